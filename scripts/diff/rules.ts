/**
 * The repository's breaking-change rules (README "Breaking-change rules"). api-smart-diff finds and describes
 * the changes; these rules decide their class wherever our contract says something, because the library's
 * built-in OpenAPI rules are not always direction-aware (e.g. it calls a retyped response field or a removed
 * response property non-breaking). The principle: a request may only come to accept more, a response may
 * only come to return less — plus two explicit exceptions: adding a property is never breaking and removing
 * one always is.
 */
import type { Diff } from 'api-smart-diff';
import type { Location } from './location.js';

export type ChangeClass = 'breaking' | 'non-breaking' | 'annotation';

export interface Verdict {
  class: ChangeClass;
  /** Rule id as listed in the README table, or `library:<type>` when api-smart-diff's own class stands. */
  rule: string;
}

/** What a change does to the set of values a schema allows. */
type Effect = 'narrowed' | 'widened' | 'changed';

const UPPER_LIMITS = new Set(['maxLength', 'maxItems', 'maxProperties', 'maximum', 'exclusiveMaximum', 'maxContains']);
const LOWER_LIMITS = new Set(['minLength', 'minItems', 'minProperties', 'minimum', 'exclusiveMinimum', 'minContains']);
const RESTRICTIONS = new Set(['pattern', 'format', 'multipleOf', 'uniqueItems', 'contentEncoding', 'contentMediaType']);
const CLOSED_OBJECT_KEYWORDS = new Set(['additionalProperties', 'unevaluatedProperties']);

function limitEffect(keyword: string, diff: Diff): Effect {
  if (diff.action === 'add') return 'narrowed';
  if (diff.action === 'remove') return 'widened';
  const [before, after] = [Number(diff.before), Number(diff.after)];
  if (before === after) return 'changed';
  const tighter = UPPER_LIMITS.has(keyword) ? after < before : after > before;
  return tighter ? 'narrowed' : 'widened';
}

function asSet(value: unknown): Set<string> {
  return new Set((Array.isArray(value) ? value : [value]).map((item) => JSON.stringify(item)));
}

/** Compares two value sets (enum lists, type lists); `integer` is a subset of `number`. */
function setEffect(before: unknown, after: unknown, numberCoversInteger = false): Effect {
  const [b, a] = [asSet(before), asSet(after)];
  const covers = (outer: Set<string>, inner: Set<string>) =>
    [...inner].every((item) => outer.has(item) || (numberCoversInteger && item === '"integer"' && outer.has('"number"')));
  if (covers(b, a) && !covers(a, b)) return 'narrowed';
  if (covers(a, b) && !covers(b, a)) return 'widened';
  return 'changed';
}

/** Effect of a change to a list keyword (`enum`, `type`): an item or the whole keyword. */
function listEffect(diff: Diff, whole: boolean, numberCoversInteger: boolean): Effect {
  if (whole) {
    if (diff.action === 'add') return 'narrowed';
    if (diff.action === 'remove') return 'widened';
    return setEffect(diff.before, diff.after, numberCoversInteger);
  }
  if (diff.action === 'add') return 'widened';
  if (diff.action === 'remove') return 'narrowed';
  return 'changed';
}

function closedObjectEffect(diff: Diff): Effect {
  const opens = (value: unknown) => value === undefined || value === true;
  if (opens(diff.before) && !opens(diff.after)) return 'narrowed';
  if (!opens(diff.before) && opens(diff.after)) return 'widened';
  return 'changed';
}

/** What a schema keyword change does to the allowed values, or undefined when the library should decide. */
function schemaEffect(keyword: string, rest: (string | number)[], diff: Diff): Effect | undefined {
  if (UPPER_LIMITS.has(keyword) || LOWER_LIMITS.has(keyword)) return limitEffect(keyword, diff);
  if (keyword === 'enum') return listEffect(diff, rest.length === 0, false);
  if (keyword === 'type') return listEffect(diff, rest.length === 0, true);
  if (keyword === 'const' || RESTRICTIONS.has(keyword)) {
    return diff.action === 'add' ? 'narrowed' : diff.action === 'remove' ? 'widened' : 'changed';
  }
  if (CLOSED_OBJECT_KEYWORDS.has(keyword) && rest.length === 0) return closedObjectEffect(diff);
  return undefined;
}

const KEYWORD_RULE: Record<string, string> = {
  enum: 'enum',
  type: 'type',
  const: 'enum',
  additionalProperties: 'closed-object',
  unevaluatedProperties: 'closed-object',
};

function schemaVerdict(location: Location, diff: Diff): Verdict | undefined {
  const spot = location.schema;
  if (!spot || (location.direction !== 'request' && location.direction !== 'response')) return undefined;
  const side = location.direction;

  if (spot.keyword === 'property') {
    return diff.action === 'remove'
      ? { class: 'breaking', rule: `${side}-property-removed` }
      : { class: 'non-breaking', rule: `${side}-property-added` };
  }
  if (spot.keyword === 'required') {
    const adds = diff.action === 'add';
    if (diff.action === 'replace' && spot.rest.length > 0) return { class: 'breaking', rule: `${side}-required-changed` };
    if (side === 'request') {
      return adds ? { class: 'breaking', rule: 'request-required-added' } : { class: 'non-breaking', rule: 'request-required-removed' };
    }
    return adds ? { class: 'non-breaking', rule: 'response-required-added' } : { class: 'breaking', rule: 'response-required-removed' };
  }

  const effect = schemaEffect(spot.keyword, spot.rest, diff);
  if (!effect) return undefined;
  const family = KEYWORD_RULE[spot.keyword] ?? 'limit';
  const breaking = side === 'request' ? effect !== 'widened' : effect !== 'narrowed';
  return { class: breaking ? 'breaking' : 'non-breaking', rule: `${side}-${family}-${effect}` };
}

/** Rules about whole webhooks: users subscribe to them, so one may be added but not taken away. */
function webhookVerdict(path: (string | number)[], diff: Diff): Verdict | undefined {
  if (path[0] !== 'webhooks' || path.length > 3) return undefined;
  if (diff.action === 'remove') return { class: 'breaking', rule: 'webhook-removed' };
  if (diff.action === 'add') return { class: 'non-breaking', rule: 'webhook-added' };
  return undefined;
}

/** Rules about whole operations, responses and parameters. */
function structureVerdict(location: Location, path: (string | number)[], diff: Diff): Verdict | undefined {
  if (location.direction === 'document' || location.schema) return undefined;
  const methodAt = path.length === 3 && location.operation.includes(' ');
  if (methodAt) {
    if (diff.action === 'remove') return { class: 'breaking', rule: 'operation-removed' };
    if (diff.action === 'add') return { class: 'non-breaking', rule: 'operation-added' };
  }
  if (location.status !== undefined) {
    if (diff.action === 'remove') return { class: 'breaking', rule: 'response-status-removed' };
    if (diff.action === 'add') return { class: 'non-breaking', rule: 'response-status-added' };
  }
  const last = path[path.length - 1];
  const inParameter = path.includes('parameters') && location.direction === 'request';
  // A webhook's parameters are headers the API sends: one may be added, none taken away.
  if (path.includes('parameters') && location.direction === 'response' && typeof last === 'number') {
    if (diff.action === 'add') return { class: 'non-breaking', rule: 'response-header-added' };
    if (diff.action === 'remove') return { class: 'breaking', rule: 'response-header-removed' };
  }
  if (inParameter && typeof last === 'number') {
    const required = (diff.after as { required?: boolean } | undefined)?.required === true;
    if (diff.action === 'add') {
      return required
        ? { class: 'breaking', rule: 'request-parameter-required-added' }
        : { class: 'non-breaking', rule: 'request-parameter-added' };
    }
    if (diff.action === 'remove') return { class: 'breaking', rule: 'request-parameter-removed' };
  }
  if (location.direction === 'request' && last === 'required') {
    return diff.after === true
      ? { class: 'breaking', rule: 'request-required-added' }
      : { class: 'non-breaking', rule: 'request-required-removed' };
  }
  // A header the API sends (a response header, a webhook's header parameter) that becomes optional may be missing.
  if (location.direction === 'response' && last === 'required') {
    return diff.after === true
      ? { class: 'non-breaking', rule: 'response-required-added' }
      : { class: 'breaking', rule: 'response-required-removed' };
  }
  return undefined;
}

export function classify(diff: Diff, location: Location): Verdict {
  if (location.documentationOnly) return { class: 'annotation', rule: 'documentation' };
  if (diff.path[diff.path.length - 1] === 'deprecated') return { class: 'non-breaking', rule: 'deprecated' };
  const verdict = webhookVerdict(diff.path, diff) ?? structureVerdict(location, diff.path, diff) ?? schemaVerdict(location, diff);
  if (verdict) return verdict;
  switch (diff.type) {
    case 'breaking':
    case 'non-breaking':
    case 'annotation':
      return { class: diff.type, rule: `library:${diff.type}` };
    case 'deprecated':
      return { class: 'non-breaking', rule: 'deprecated' };
    default:
      // A change the library cannot classify is held back until someone writes a rule for it.
      return { class: 'breaking', rule: 'unclassified' };
  }
}
