import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';

/**
 * `paths`, `components` and `operations` for one bundled document.
 * `defaultNonNullable: false` keeps request fields that have a default optional.
 */
export async function generateTypes(document: Record<string, any>): Promise<string> {
  // openapi-typescript takes ownership of the object it is given; keep the caller's copy intact.
  const nodes = await openapiTS(structuredClone(document) as OpenAPI3, { defaultNonNullable: false, silent: true });
  return astToString(nodes);
}
