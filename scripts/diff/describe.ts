/**
 * One-line description of a change. api-smart-diff's own text is used where it is right; it mislabels
 * repeated uses of a shared component as "annotation (<key>)" and calls every added parameter "required",
 * so those are described here from the change's location instead.
 */
import type { Diff } from 'api-smart-diff';
import type { Location } from './location.js';

const VERBS: Record<Diff['action'], string> = { add: 'Added', remove: 'Removed', replace: 'Replaced', rename: 'Renamed' };

function context(path: Diff['path']): string {
  const content = path.indexOf('content');
  const mediaType = content >= 0 ? ` content (${String(path[content + 1])})` : '';
  if (path.includes('requestBody')) return ` in Request Body${mediaType}`;
  const responses = path.indexOf('responses');
  if (responses >= 0) return ` in Response ${String(path[responses + 1])}${mediaType}`;
  return '';
}

function parameterDescription(diff: Diff): string | undefined {
  const parameter = (diff.action === 'add' ? diff.after : diff.before) as { name?: string; in?: string; required?: boolean } | undefined;
  if (!parameter?.name) return undefined;
  const required = parameter.required === true ? 'required ' : 'optional ';
  return `[${VERBS[diff.action]}] ${required}${parameter.in ?? ''} parameter \`${parameter.name}\``;
}

export function describe(diff: Diff, location: Location): string {
  const last = diff.path[diff.path.length - 1];
  if (typeof last === 'number' && diff.path[diff.path.length - 2] === 'parameters') {
    const text = parameterDescription(diff);
    if (text) return text;
  }
  const misleading = diff.description === undefined || (!location.documentationOnly && /\] annotation \(/.test(diff.description));
  if (!misleading) return diff.description!;
  const spot = location.schema;
  const named = (name: unknown) => [spot?.field, String(name)].filter(Boolean).join('.');
  const what = !spot
    ? String(last)
    : spot.keyword === 'property'
      ? `property \`${spot.field}\``
      : spot.keyword === 'required' && spot.rest.length === 1
        ? `required status of \`${named(diff.action === 'add' ? diff.after : diff.before)}\``
        : `${spot.keyword}${spot.rest.length ? `[${spot.rest.join('.')}]` : ''} of \`${spot.field || '(root)'}\``;
  return `[${VERBS[diff.action]}] ${what}${context(diff.path)}`;
}
