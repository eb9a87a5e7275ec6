// The one function of parse-prefer-header (the package ships no types): Prefer header → { token: value | true }.
declare module 'parse-prefer-header' {
  function parsePreferHeader(prefer: string | string[] | undefined): Record<string, string | true>;
  export default parsePreferHeader;
}
