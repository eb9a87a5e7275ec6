// @ts-check
/**
 * The SDK classes of an API whose registry entry has `client.sdk` (the gateway's `CloudlessPayment`), built from
 * the `x-sdk` annotation of each operation (CONTRIBUTING.md, "SDK methods: `x-sdk`"): one property per
 * resource, one method per entry, each a call of the generated openapi-fetch client. A new operation reaches the
 * SDK by being added to the spec with its `x-sdk`.
 */
import { resolveLocalRef } from '../lib/local-ref.mjs';
import { listOperations } from '../lib/operations.mjs';
import { BuildError } from './build-error.mjs';

/** @typedef {Record<string, any>} Json */
/** @typedef {import('../lib/operations.mjs').OperationInfo} OperationInfo */

/**
 * @typedef {object} SdkMethod One method of the SDK, as an operation's `x-sdk` entry declares it.
 * @property {string} resource the SDK object's property, e.g. `customer`
 * @property {string} method e.g. `fetchById`
 * @property {Json[]} arguments the path and query parameters it takes, in argument order
 * @property {{ required: boolean } | undefined} body the operation's JSON request body: the last argument, `data`
 * @property {{ vendor?: string, entity?: string }} result what the success envelope's `data.result` is narrowed to
 * @property {string} successStatus the lowest documented 2xx status, whose JSON body the method resolves to
 * @property {OperationInfo} operation
 */

const NAME = /^[a-z][A-Za-z0-9]*$/;
/** Names that would shadow what every object or class already has. */
const RESERVED = new Set(['constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty']);
const ENTRY_KEYS = new Set(['resource', 'method', 'arguments', 'result']);
const RESULT_KEYS = new Set(['vendor', 'entity']);

/**
 * Every SDK method of the API, in spec order, checked: each operation has `x-sdk`, names are identifiers, every
 * argument is a path or query parameter of its operation, every required one is an argument, and no
 * resource has a method twice. A BuildError names the operation and the field at fault.
 * @param {string} apiName
 * @param {Json} document the bundled description
 * @returns {SdkMethod[]}
 */
export function sdkMethods(apiName, document) {
  /** @type {SdkMethod[]} */
  const methods = [];
  /** @type {Map<string, string>} */
  const seen = new Map();
  for (const operation of listOperations(document)) {
    const where = `${apiName}: ${operation.method.toUpperCase()} ${operation.path} (${operation.operationId})`;
    const annotation = operation.operation['x-sdk'];
    if (annotation === undefined)
      throw new BuildError(`${where} has no x-sdk: every ${apiName} operation names its SDK resource and method`);
    const entries = Array.isArray(annotation) ? annotation : [annotation];
    if (entries.length === 0) throw new BuildError(`${where}: x-sdk is an empty list`);
    for (const [index, entry] of entries.entries()) {
      const field = `${where}: x-sdk${Array.isArray(annotation) ? `[${index}]` : ''}`;
      const method = readEntry(document, field, entry, operation);
      const key = `${method.resource}.${method.method}`;
      const earlier = seen.get(key);
      if (earlier) throw new BuildError(`${field}: ${key} is already the SDK method of ${earlier}`);
      seen.set(key, operation.operationId);
      methods.push(method);
    }
  }
  return methods;
}

/**
 * @param {Json} document
 * @param {string} field where the entry is, for messages
 * @param {unknown} entry
 * @param {OperationInfo} operation
 * @returns {SdkMethod}
 */
function readEntry(document, field, entry, operation) {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    throw new BuildError(`${field} must be an object { resource, method, arguments?, result? } or a list of them`);
  }
  const record = /** @type {Json} */ (entry);
  for (const key of Object.keys(record)) {
    if (!ENTRY_KEYS.has(key)) throw new BuildError(`${field}.${key} is not an x-sdk field (known: ${[...ENTRY_KEYS].join(', ')})`);
  }
  for (const key of ['resource', 'method']) {
    const value = record[key];
    if (typeof value !== 'string' || !NAME.test(value) || RESERVED.has(value)) {
      throw new BuildError(`${field}.${key} must be a camelCase identifier, got ${JSON.stringify(value)}`);
    }
  }
  const names = record.arguments ?? [];
  if (!Array.isArray(names)) throw new BuildError(`${field}.arguments must be a list of parameter names`);
  const candidates = operation.parameters.filter((parameter) => parameter.in === 'path' || parameter.in === 'query');
  const args = names.map((name, index) => {
    const parameter = candidates.find((candidate) => candidate.name === name);
    if (!parameter) {
      const known = candidates.map((candidate) => candidate.name).join(', ') || 'none';
      throw new BuildError(
        `${field}.arguments[${index}]: ${JSON.stringify(name)} is not a path or query parameter of the operation (it has: ${known})`,
      );
    }
    if (!NAME.test(name)) throw new BuildError(`${field}.arguments[${index}]: ${JSON.stringify(name)} cannot be an argument name`);
    if (names.indexOf(name) !== index) throw new BuildError(`${field}.arguments[${index}]: ${name} is listed twice`);
    return parameter;
  });
  for (const parameter of operation.parameters) {
    if (parameter.required && !args.includes(parameter)) {
      throw new BuildError(`${field}.arguments must list the required ${parameter.in} parameter ${parameter.name}`);
    }
  }
  const result = record.result ?? {};
  if (typeof result !== 'object' || result === null || Array.isArray(result)) throw new BuildError(`${field}.result must be an object`);
  for (const [key, value] of Object.entries(result)) {
    if (!RESULT_KEYS.has(key)) throw new BuildError(`${field}.result.${key} is not a result tag (known: ${[...RESULT_KEYS].join(', ')})`);
    if (typeof value !== 'string') throw new BuildError(`${field}.result.${key} must be a string`);
  }
  return {
    resource: record.resource,
    method: record.method,
    arguments: args,
    body: requestBody(document, field, operation),
    result,
    successStatus: successStatus(document, field, operation),
    operation,
  };
}

/**
 * @param {Json} document
 * @param {string} field
 * @param {OperationInfo} operation
 * @returns {{ required: boolean } | undefined}
 */
function requestBody(document, field, operation) {
  const body = resolveLocalRef(document, operation.operation.requestBody);
  if (!body) return undefined;
  if (!body.content?.['application/json'])
    throw new BuildError(`${field}: the SDK sends JSON bodies only; the operation takes ${Object.keys(body.content ?? {}).join(', ')}`);
  return { required: body.required === true };
}

/**
 * @param {Json} document
 * @param {string} field
 * @param {OperationInfo} operation
 * @returns {string}
 */
function successStatus(document, field, operation) {
  const responses = operation.operation.responses ?? {};
  const statuses = Object.keys(responses)
    .filter((status) => /^2\d\d$/.test(status) && resolveLocalRef(document, responses[status])?.content?.['application/json'])
    .sort();
  if (!statuses[0]) throw new BuildError(`${field}: the operation documents no 2xx JSON answer for the SDK method to resolve to`);
  return statuses[0];
}

const quote = JSON.stringify;
const capitalized = (/** @type {string} */ name) => name[0]?.toUpperCase() + name.slice(1);

/** @param {SdkMethod} method */
function argumentTypes(method) {
  const operation = `operations[${quote(method.operation.operationId)}]`;
  const params = method.arguments.map(
    (parameter) =>
      `${parameter.name}: NonNullable<NonNullable<${operation}['parameters'][${quote(parameter.in)}]>[${quote(parameter.name)}]>`,
  );
  if (method.body) {
    const content = method.body.required ? `${operation}['requestBody']` : `NonNullable<${operation}['requestBody']>`;
    params.push(`data${method.body.required ? '' : '?'}: ${content}['content']['application/json']`);
  }
  return params.join(', ');
}

/** @param {SdkMethod} method */
function resultType(method) {
  const success = `operations[${quote(method.operation.operationId)}]['responses'][${method.successStatus}]['content']['application/json']`;
  const { vendor, entity } = method.result;
  if (vendor === undefined && entity === undefined) return success;
  return `Narrowed<${success}, ${vendor === undefined ? 'string' : quote(vendor)}, ${entity === undefined ? 'string' : quote(entity)}>`;
}

/** @param {SdkMethod} method */
function implementation(method) {
  const { operation } = method;
  const names = method.arguments.map((parameter) => parameter.name);
  /** @type {string[]} */
  const params = [];
  for (const location of ['path', 'query']) {
    const here = method.arguments.filter((parameter) => parameter.in === location).map((parameter) => parameter.name);
    if (here.length > 0) params.push(`${location}: { ${here.join(', ')} }`);
  }
  const init = ['...init', ...(params.length > 0 ? [`params: { ${params.join(', ')} }`] : []), ...(method.body ? ['body: data'] : [])];
  const call = `client.${operation.method.toUpperCase()}(${quote(operation.path)}, { ${init.join(', ')} })`;
  const tags = Object.entries(method.result).map(([tag, value]) => `${tag}: ${quote(value)}`);
  const kind = tags.length > 0 ? `, { ${tags.join(', ')} }` : '';
  const args = [...names, ...(method.body ? ['data'] : [])].join(', ');
  return `${method.method}: (${args}) => send(${quote(operation.method.toUpperCase())}, (init) => ${call}${kind}),`;
}

/**
 * The SDK part of generated/<api>/client.ts: one interface per resource and the class, whose constructor calls
 * the registry's `connect(options)` (the API's own part, `client.sdk.source`).
 * @param {string} apiName
 * @param {Json} document
 * @param {import('../apis/index.mjs').ApiSdk} sdk
 * @returns {string}
 */
export function renderSdk(apiName, document, sdk) {
  /** @type {Map<string, SdkMethod[]>} */
  const resources = new Map();
  for (const method of sdkMethods(apiName, document)) resources.set(method.resource, [...(resources.get(method.resource) ?? []), method]);
  const interfaces = [...resources].map(([resource, methods]) => {
    const members = methods.map((method) => {
      const { operation } = method;
      return `  /**
   * ${operation.operation.summary ?? operation.operationId}: \`${operation.method.toUpperCase()} ${operation.path}\` (${operation.operationId}).
   * Rejects with a \`${sdk.className}Error\`.
   */
  ${method.method}(${argumentTypes(method)}): Promise<${resultType(method)}>;`;
    });
    return `/** \`${sdk.variable}.${resource}\`: the operations whose \`x-sdk.resource\` is \`${resource}\`. */
export interface ${capitalized(resource)}Resource {
${members.join('\n')}
}
`;
  });
  const properties = [...resources.keys()].map((resource) => `  readonly ${resource}: ${capitalized(resource)}Resource;`);
  const assignments = [...resources].map(
    ([resource, methods]) => `    this.${resource} = {
${methods.map((method) => `      ${implementation(method)}`).join('\n')}
    };`,
  );
  return `
${interfaces.join('\n')}
/**
 * The ${document.info?.title ?? apiName} SDK: \`const ${sdk.variable} = new ${sdk.className}(${sdk.options});\`, then
 * ${[...resources].map(([resource, methods]) => methods.map((method) => `\`${sdk.variable}.${resource}.${method.method}(…)\``).join(', ')).join(', ')}.
 * Built from the spec's \`x-sdk\` annotations on the generated client; every call rejects with a \`${sdk.className}Error\`.
 */
export class ${sdk.className} {
${properties.join('\n')}

  constructor(options: ${sdk.className}Options) {
    const { client, send } = connect(options);
${assignments.join('\n')}
  }
}
`;
}
