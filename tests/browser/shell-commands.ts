/**
 * The shell commands the portal's "Try it" shows, read the way a shell reads them (quotes, `$VARIABLE`s set by an
 * `export` line, `\` line continuations) and replayed with fetch: the curl options the docs' samples use.
 */

/** The words of one command line: single quotes literal, double quotes and bare words expand `$NAME`. */
export function shellWords(line: string, variables: Record<string, string>): string[] {
  const words: string[] = [];
  let word: string | undefined;
  const expand = (rest: string): [string, number] => {
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(rest)?.[0] ?? '';
    if (!name) return ['$', 0];
    if (!(name in variables)) throw new Error(`$${name} is not set by the commands`);
    return [variables[name]!, name.length];
  };
  for (let index = 0; index < line.length; index++) {
    const char = line[index]!;
    if (/\s/.test(char)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (char === "'") {
      const end = line.indexOf("'", index + 1);
      if (end < 0) throw new Error(`unterminated ' in ${line}`);
      word = (word ?? '') + line.slice(index + 1, end);
      index = end;
    } else if (char === '"') {
      word ??= '';
      for (index++; index < line.length && line[index] !== '"'; index++) {
        if (line[index] === '$') {
          const [value, length] = expand(line.slice(index + 1));
          word += value;
          index += length;
        } else {
          word += line[index];
        }
      }
    } else if (char === '$') {
      const [value, length] = expand(line.slice(index + 1));
      word = (word ?? '') + value;
      index += length;
    } else {
      word = (word ?? '') + char;
    }
  }
  if (word !== undefined) words.push(word);
  return words;
}

export interface CurlRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

/** The curl commands of a snippet, after its `export` lines set the variables they read. */
export function curlRequests(snippet: string): CurlRequest[] {
  const variables: Record<string, string> = {};
  const requests: CurlRequest[] = [];
  for (const line of snippet
    .replace(/\\\n\s*/g, ' ')
    .split('\n')
    .filter((text) => text.trim())) {
    const [command, ...args] = shellWords(line, variables);
    if (command === 'export') {
      for (const assignment of args) {
        const at = assignment.indexOf('=');
        variables[assignment.slice(0, at)] = assignment.slice(at + 1);
      }
      continue;
    }
    if (command !== 'curl') throw new Error(`not a curl or export command: ${line}`);
    const request: CurlRequest = { method: 'GET', url: '', headers: {} };
    const form: string[] = [];
    for (let index = 0; index < args.length; index += 2) {
      const [option, value = ''] = [args[index], args[index + 1]];
      if (option === '--request') request.method = value;
      else if (option === '--url') request.url = value;
      else if (option === '--header') {
        const colon = value.indexOf(':');
        request.headers[value.slice(0, colon).trim().toLowerCase()] = value.slice(colon + 1).trim();
      } else if (option === '--user') request.headers.authorization = `Basic ${Buffer.from(value).toString('base64')}`;
      else if (option === '--data') request.body = value;
      else if (option === '--data-urlencode') {
        const equals = value.indexOf('=');
        form.push(`${encodeURIComponent(value.slice(0, equals))}=${encodeURIComponent(value.slice(equals + 1))}`);
      } else throw new Error(`curl option the replay does not know: ${option}`);
    }
    if (form.length > 0) request.body = form.join('&');
    requests.push(request);
  }
  return requests;
}
