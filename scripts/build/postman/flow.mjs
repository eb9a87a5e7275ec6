// @ts-check
/**
 * The order a Postman run takes through an API, derived from the spec's OpenAPI `links`: each link from a create
 * operation to an operation that takes the new id becomes a collection variable, saved by the request that creates
 * the id and used by every request that takes it (a path or query parameter, or an example id in a request body).
 * Requests are grouped by tag; folders and requests are ordered so that every variable is saved before it is used.
 */
import { BuildError } from '../build-error.mjs';
import { requestBodyExamples, responseExamples } from '../../lib/examples.mjs';
import { resolveLocalRef, valueAt } from '../../lib/local-ref.mjs';
import { listOperations } from '../../lib/operations.mjs';

/** @typedef {Record<string, any>} Json */
/** @typedef {import('../../lib/operations.mjs').OperationInfo} OperationInfo */

/**
 * A step the spec cannot hold, declared by the API's registry module (`postman.steps`): a sandbox control route
 * (`request`) or an operation called again with another example (`operationId`, `example`, `body` overrides).
 * @typedef {object} ExtraStep
 * @property {string} name
 * @property {string} folder the tag whose folder holds it
 * @property {string} [after] operationId it follows in that folder
 * @property {string} [before] operationId it precedes in that folder
 * @property {{ method: string, path: string, body?: Json }} [request] a sandbox control route, `path` below the sandbox's origin
 * @property {Record<string, string>} [saves] variable → JSON pointer into the answer
 * @property {string} [operationId]
 * @property {string} [example] the request-body example's name
 * @property {Json} [body] fields that replace the example's (objects merged key by key)
 */

/**
 * @typedef {object} Step One request of the run.
 * @property {string} name
 * @property {string} folder
 * @property {number} rank document order, which breaks ties
 * @property {OperationInfo} [operation] the spec operation it calls (none for a control route)
 * @property {ExtraStep} [extra]
 * @property {Record<string, string>} parameters path and query parameters taken from variables: name → variable
 * @property {{ mediaType: string, value: unknown } | undefined} body the request body, ids replaced by `{{variable}}`
 * @property {string[]} consumes variables it needs
 * @property {Record<string, string>} saves variable → JSON pointer into its answer
 * @property {Record<string, string>} copies variable → variable it takes the value of (a link's `$request.path.*`)
 * @property {number} status the success status its test expects
 */

/**
 * The collection variable for a path or query parameter: the parameter's own name when it says what it is
 * (`token_id`, `bank_id`), else the resource before it (`/orders/{id}` → `order_id`; a query `id` of
 * `/customer/get` → `customer_id`).
 * @param {string} path
 * @param {string} name
 * @returns {string}
 */
export function variableName(path, name) {
  if (name !== 'id') return name;
  const segments = path.split('/').filter(Boolean);
  const at = segments.indexOf(`{${name}}`);
  const resource = at > 0 ? segments[at - 1] : segments[0];
  return `${(resource ?? 'resource').replace(/s$/, '')}_id`;
}

/** The prefix of a vendor id (`cust_` of `cust_4xbQrmEoA5WJ01`), or undefined. @param {unknown} value */
const idPrefix = (value) => (typeof value === 'string' ? /^([A-Za-z]+_)[A-Za-z0-9]{6,}$/.exec(value)?.[1] : undefined);

/**
 * A copy of `value` with every string that is an id of a known prefix replaced by `{{variable}}`.
 * @param {unknown} value
 * @param {Map<string, string>} prefixes id prefix → variable
 * @param {Set<string>} used collects the variables put in
 * @returns {unknown}
 */
export function withIdVariables(value, prefixes, used) {
  if (typeof value === 'string') {
    const variable = prefixes.get(idPrefix(value) ?? '');
    if (!variable) return value;
    used.add(variable);
    return `{{${variable}}}`;
  }
  if (Array.isArray(value)) return value.map((item) => withIdVariables(item, prefixes, used));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withIdVariables(item, prefixes, used)]));
  }
  return value;
}

/**
 * `value` with the fields of `changes` put in, objects merged key by key (a registry's fix of an example that has
 * aged: a date now in the past).
 * @param {unknown} value
 * @param {Json} changes
 * @returns {unknown}
 */
export function withFields(value, changes) {
  const isObject = (/** @type {unknown} */ node) => node !== null && typeof node === 'object' && !Array.isArray(node);
  if (!isObject(value)) return changes;
  /** @type {Json} */
  const merged = { .../** @type {Json} */ (value) };
  for (const [key, change] of Object.entries(changes)) merged[key] = isObject(change) ? withFields(merged[key], change) : change;
  return merged;
}

/** @param {OperationInfo} operation */
const successStatus = (operation) =>
  Number(Object.keys(operation.operation.responses ?? {}).find((status) => /^2\d\d$/.test(status)) ?? 200);

/**
 * What the links say: per variable, the operations that save it (with the pointer) and the example ids it holds.
 * @param {Json} document
 * @param {OperationInfo[]} operations
 */
function linkVariables(document, operations) {
  /** @type {Map<string, Record<string, string>>} operationId → variable → pointer */
  const saves = new Map();
  /** @type {Map<string, Record<string, string>>} operationId → variable → variable */
  const copies = new Map();
  /** @type {Map<string, string>} id prefix → variable */
  const prefixes = new Map();
  for (const source of operations) {
    for (const [status, response] of Object.entries(source.operation.responses ?? {})) {
      if (!/^2\d\d$/.test(status)) continue;
      const example = Object.values(responseExamples(document, source, status))[0];
      for (const [linkName, reference] of Object.entries(
        /** @type {Record<string, Json>} */ (resolveLocalRef(document, response)?.links ?? {}),
      )) {
        const link = resolveLocalRef(document, reference) ?? {};
        const target = operations.find((operation) => operation.operationId === link.operationId);
        if (!target) throw new BuildError(`${source.pointer}/responses/${status}/links/${linkName}: no operation ${link.operationId}`);
        for (const [parameter, expression] of Object.entries(/** @type {Record<string, string>} */ (link.parameters ?? {}))) {
          const variable = variableName(target.path, parameter);
          const pointer = /^\$response\.body#(\/.*)$/.exec(expression)?.[1];
          const requestParameter = /^\$request\.(?:path|query)\.(.+)$/.exec(expression)?.[1];
          if (pointer !== undefined) {
            saves.set(source.operationId, { ...saves.get(source.operationId), [variable]: pointer });
            const prefix = idPrefix(valueAt(example, pointer));
            if (prefix && !prefixes.has(prefix)) prefixes.set(prefix, variable);
          } else if (requestParameter !== undefined) {
            const from = variableName(source.path, requestParameter);
            if (from !== variable) copies.set(source.operationId, { ...copies.get(source.operationId), [variable]: from });
          } else {
            throw new BuildError(`${source.pointer}/responses/${status}/links/${linkName}: cannot follow ${parameter}: ${expression}`);
          }
        }
      }
    }
  }
  return { saves, copies, prefixes };
}

/**
 * The steps of a run, in folders ordered so that every variable is saved before a request uses it.
 * @param {Json} document the bundled description
 * @param {{ steps?: ExtraStep[], bodies?: Record<string, Json> }} [registry] the API's registry module's `postman`:
 *   extra steps, and fields that replace those of an operation's example body
 * @returns {Array<{ name: string, steps: Step[] }>}
 */
export function planFlow(document, { steps: extraSteps = [], bodies = {} } = {}) {
  const operations = listOperations(document);
  const { saves, copies, prefixes } = linkVariables(document, operations);
  // A registry step whose operations this document lacks (a test fixture's cut-down spec) is left out.
  const known = new Set(operations.map((operation) => operation.operationId));
  const applicable = extraSteps.filter((step) =>
    [step.after, step.before, step.operationId].every((id) => id === undefined || known.has(id)),
  );
  const saved = new Set([...saves.values(), ...copies.values()].flatMap((variables) => Object.keys(variables)));
  for (const extra of applicable) for (const variable of Object.keys(extra.saves ?? {})) saved.add(variable);

  /** @type {(operation: OperationInfo, rank: number, extra?: ExtraStep) => Step} */
  const operationStep = (operation, rank, extra) => {
    /** @type {Set<string>} */
    const used = new Set();
    /** @type {Record<string, string>} */
    const parameters = {};
    for (const parameter of operation.parameters) {
      if (parameter.in !== 'path' && parameter.in !== 'query') continue;
      const variable = variableName(operation.path, parameter.name);
      if (!saved.has(variable)) continue;
      parameters[parameter.name] = variable;
      used.add(variable);
    }
    const examples = requestBodyExamples(document, operation);
    const example = extra?.example ? examples.find((candidate) => candidate.name === extra.example) : examples[0];
    if (extra?.example && !example)
      throw new BuildError(`postman step "${extra.name}": ${operation.operationId} has no example ${extra.example}`);
    const changes = { ...(Object.hasOwn(bodies, operation.operationId) ? bodies[operation.operationId] : {}), ...extra?.body };
    const value = Object.keys(changes).length > 0 ? withFields(example?.value, changes) : example?.value;
    const body = example && { mediaType: example.mediaType, value: withIdVariables(value, prefixes, used) };
    return {
      name: extra?.name ?? operation.operation.summary ?? operation.operationId,
      folder: extra?.folder ?? operation.operation.tags?.[0] ?? 'Requests',
      rank,
      operation,
      ...(extra ? { extra } : {}),
      parameters,
      body,
      consumes: [...used],
      saves: saves.get(operation.operationId) ?? {},
      copies: copies.get(operation.operationId) ?? {},
      status: successStatus(operation),
    };
  };
  const steps = operations.map((operation, index) => operationStep(operation, index));
  const rankOf = (/** @type {string} */ operationId) =>
    /** @type {Step} */ (steps.find((step) => step.operation?.operationId === operationId)).rank;
  for (const extra of applicable) {
    const rank = extra.after ? rankOf(extra.after) + 0.5 : extra.before ? rankOf(extra.before) - 0.5 : steps.length;
    const operation = operations.find((candidate) => candidate.operationId === extra.operationId);
    if (operation) {
      steps.push(operationStep(operation, rank, extra));
    } else {
      const used = new Set(
        [...JSON.stringify(extra.request?.body ?? null).matchAll(/\{\{(\w+)\}\}/g)].map((match) => /** @type {string} */ (match[1])),
      );
      steps.push({
        name: extra.name,
        folder: extra.folder,
        rank,
        extra,
        parameters: {},
        body: extra.request?.body === undefined ? undefined : { mediaType: 'application/json', value: extra.request.body },
        consumes: [...used],
        saves: extra.saves ?? {},
        copies: {},
        status: 200,
      });
    }
  }
  return orderInFolders(document, steps);
}

/**
 * Folders in tag order, each taken as soon as all its requests can run; within a folder, requests in document
 * order unless one waits for a variable another saves.
 * @param {Json} document
 * @param {Step[]} steps
 */
function orderInFolders(document, steps) {
  const tags = [...(document.tags ?? []).map((/** @type {Json} */ tag) => String(tag.name))];
  for (const step of steps) if (!tags.includes(step.folder)) tags.push(step.folder);
  /** @type {Array<{ name: string, steps: Step[] }>} */
  const folders = [];
  /** @type {Set<string>} */
  const available = new Set();
  let pending = tags.filter((tag) => steps.some((step) => step.folder === tag));
  while (pending.length > 0) {
    const next = pending
      .map((tag) => ({
        tag,
        ordered: orderFolder(
          steps.filter((step) => step.folder === tag),
          available,
        ),
      }))
      .find(({ ordered }) => ordered);
    if (!next?.ordered) {
      const stuck = steps.filter((step) => pending.includes(step.folder) && step.consumes.some((variable) => !available.has(variable)));
      throw new BuildError(
        `postman: no order saves every variable before it is used: ${stuck.map((step) => `${step.name} needs ${step.consumes.filter((variable) => !available.has(variable)).join(', ')}`).join('; ')}`,
      );
    }
    for (const step of next.ordered)
      for (const variable of [...Object.keys(step.saves), ...Object.keys(step.copies)]) available.add(variable);
    folders.push({ name: next.tag, steps: next.ordered });
    pending = pending.filter((tag) => tag !== next.tag);
  }
  return folders;
}

/**
 * The folder's steps in an order where each finds its variables saved, or undefined when there is none yet.
 * @param {Step[]} steps
 * @param {Set<string>} available
 * @returns {Step[] | undefined}
 */
function orderFolder(steps, available) {
  const known = new Set(available);
  const left = [...steps].sort((a, b) => a.rank - b.rank);
  /** @type {Step[]} */
  const ordered = [];
  while (left.length > 0) {
    const index = left.findIndex((step) => step.consumes.every((variable) => known.has(variable)));
    if (index < 0) return undefined;
    const [step] = /** @type {[Step]} */ (left.splice(index, 1));
    ordered.push(step);
    for (const variable of [...Object.keys(step.saves), ...Object.keys(step.copies)]) known.add(variable);
  }
  return ordered;
}
