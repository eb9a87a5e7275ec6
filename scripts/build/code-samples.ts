import { apiProfile } from './api-profiles.ts';

type Json = Record<string, any>;
interface CodeSample {
  lang: string;
  label: string;
  source: string;
}

const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/**
 * A copy of a bundled document for the docs only, with `x-codeSamples` (curl and the generated
 * TypeScript client) on every operation, built from the operation's first request example and its
 * parameters' examples. generated/<api>/openapi.json stays free of them.
 */
export function withCodeSamples(apiName: string, bundled: Json): Json {
  const document = structuredClone(bundled);
  const serverUrl: string = document.servers?.[0]?.url ?? '';
  for (const [path, pathItem] of Object.entries<Json>(document.paths ?? {})) {
    for (const method of methods) {
      const operation = pathItem[method];
      if (!operation) continue;
      const request = exampleRequest(document, pathItem, operation);
      operation['x-codeSamples'] = [
        { lang: 'Shell', label: 'curl', source: curlSample(apiName, serverUrl, path, method, request) },
        { lang: 'TypeScript', label: 'TypeScript', source: typeScriptSample(apiName, path, method, request) },
      ] satisfies CodeSample[];
    }
  }
  return document;
}

interface ExampleRequest {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  header: Record<string, unknown>;
  body?: { mediaType: string; value: unknown };
}

function exampleRequest(document: Json, pathItem: Json, operation: Json): ExampleRequest {
  const request: ExampleRequest = { path: {}, query: {}, header: {} };
  const parameters = [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])].map((p) => deref(document, p));
  for (const parameter of parameters) {
    if (!parameter.required || !(parameter.in in request)) continue;
    (request as any)[parameter.in][parameter.name] = parameterExample(document, parameter);
  }
  const content = deref(document, operation.requestBody ?? {}).content ?? {};
  const [mediaType] = Object.keys(content);
  if (mediaType) {
    const media = content[mediaType];
    const firstExample = Object.values<Json>(media.examples ?? {})[0];
    const value = firstExample ? deref(document, firstExample).value : media.example;
    if (value !== undefined) request.body = { mediaType, value };
  }
  return request;
}

function parameterExample(document: Json, parameter: Json): unknown {
  if (parameter.example !== undefined) return parameter.example;
  const firstExample = Object.values<Json>(parameter.examples ?? {})[0];
  if (firstExample) return deref(document, firstExample).value;
  const schema = deref(document, parameter.schema ?? {});
  return schema.example ?? schema.examples?.[0] ?? schema.default ?? `<${parameter.name}>`;
}

/** Follows local `#/…` references, which is all a bundled document has. */
function deref(document: Json, node: Json): Json {
  let current = node;
  for (let hops = 0; current?.$ref && hops < 32; hops++) {
    current = String(current.$ref)
      .replace(/^#\//, '')
      .split('/')
      .map((token) => decodeURIComponent(token.replaceAll('~1', '/').replaceAll('~0', '~')))
      .reduce((value: Json, token) => value?.[token], document);
  }
  if (!current) throw new Error(`unresolvable reference ${node.$ref}`);
  return current;
}

const shellQuote = (text: string): string => `'${text.replaceAll("'", `'\\''`)}'`;

function curlSample(apiName: string, serverUrl: string, path: string, method: string, request: ExampleRequest): string {
  let url = serverUrl + path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(String(request.path[name])));
  const query = new URLSearchParams(Object.entries(request.query).map(([k, v]) => [k, String(v)])).toString();
  if (query) url += `?${query}`;
  const lines = [`curl --request ${method.toUpperCase()}`, `--url ${shellQuote(url)}`, ...apiProfile(apiName).curlAuth];
  for (const [name, value] of Object.entries(request.header)) lines.push(`--header ${shellQuote(`${name}: ${value}`)}`);
  if (request.body) {
    lines.push(`--header ${shellQuote(`Content-Type: ${request.body.mediaType}`)}`);
    if (request.body.mediaType === 'application/x-www-form-urlencoded') {
      for (const [name, value] of Object.entries(request.body.value as Json)) {
        lines.push(`--data-urlencode ${shellQuote(`${name}=${value}`)}`);
      }
    } else {
      lines.push(`--data ${shellQuote(JSON.stringify(request.body.value, null, 2))}`);
    }
  }
  return lines.join(' \\\n  ');
}

function typeScriptSample(apiName: string, path: string, method: string, request: ExampleRequest): string {
  const profile = apiProfile(apiName);
  const header = Object.fromEntries(
    Object.entries(request.header).filter(([name]) => !profile.clientHeaders.includes(name.toLowerCase())),
  );
  const params = Object.fromEntries(
    Object.entries({ path: request.path, query: request.query, header }).filter(([, values]) => Object.keys(values).length > 0),
  );
  const options: Json = {};
  if (Object.keys(params).length > 0) options.params = params;
  if (request.body) options.body = request.body.value;
  const args = [JSON.stringify(path)];
  if (Object.keys(options).length > 0) args.push(JSON.stringify(options, null, 2));
  return [
    `import { ${profile.factory} } from '${profile.importPath}';`,
    '',
    `const ${profile.variable} = ${profile.factory}(${profile.factoryOptions});`,
    '',
    `const { data, error, response } = await ${profile.variable}.${method.toUpperCase()}(${args.join(', ')});`,
    `if (error) throw new Error(\`HTTP \${response.status}: \${JSON.stringify(error)}\`);`,
    'console.log(data);',
  ].join('\n');
}
