/**
 * application/x-www-form-urlencoded bodies, read the way the request's media type describes them: a key
 * `field[a][b]=v` nests only when the media type's `encoding` gives `field` the `deepObject` style (Razorpay's
 * `notes[key]=value`, as its PHP server reads forms); every other key is taken literally, so Juspay's dotted
 * `options.get_client_auth_token` and keys such as `__proto__[x]` stay flat, unknown fields. Objects are
 * prototype-free (see untrusted.ts).
 */
import { dict, dictFrom, type Dict } from './untrusted.ts';

/** PHP's `max_input_vars` and `max_input_nesting_level` defaults, which the vendors' front ends share. */
export const MAX_FORM_FIELDS = 1000;
export const MAX_FORM_DEPTH = 64;

export class FormError extends Error {}

/**
 * @param nested names of the top-level fields whose encoding is `deepObject`
 * @throws FormError for more than MAX_FORM_FIELDS fields or brackets nested deeper than MAX_FORM_DEPTH
 */
export function parseFormBody(body: string, nested: ReadonlySet<string> = new Set()): Dict {
  const out = dict();
  let fields = 0;
  for (const [key, value] of new URLSearchParams(body)) {
    if (++fields > MAX_FORM_FIELDS) throw new FormError(`the form has more than ${MAX_FORM_FIELDS} fields`);
    const open = key.indexOf('[');
    const head = open > 0 ? key.slice(0, open) : key;
    if (open <= 0 || !nested.has(head) || !/^(\[[^[\]]*\])+$/.test(key.slice(open))) {
      out[key] = value;
      continue;
    }
    const path = [head, ...key.slice(open + 1, -1).split('][')];
    if (path.length > MAX_FORM_DEPTH) throw new FormError(`form field ${head} nests deeper than ${MAX_FORM_DEPTH} levels`);
    assign(out, path, value);
  }
  return out;
}

/**
 * Sets `value` at `path`, creating prototype-free objects (and arrays for `[]` segments) on the way. An array takes
 * only appends: any other key (`notes[length]`, `notes[100000000]`) turns it into a map of its items, as PHP's arrays
 * are maps, so that no key can resize an array.
 */
function assign(target: Dict, path: string[], value: string): void {
  let holder: Dict = target;
  let key = path[0]!;
  for (let i = 1; i <= path.length; i++) {
    let container = holder[key];
    const segment = path[i];
    if (segment === undefined) {
      holder[key] = value;
      return;
    }
    if (typeof container !== 'object' || container === null) container = holder[key] = segment === '' ? [] : dict();
    if (Array.isArray(container) && segment !== '' && segment !== String(container.length)) {
      container = holder[key] = dictFrom(container.map((item, index) => [String(index), item] as const));
    }
    if (Array.isArray(container)) {
      // An append: the array becomes the holder of its next index, through a map view of it.
      container.push(undefined);
      holder = container as unknown as Dict;
      key = String(container.length - 1);
    } else {
      holder = container as Dict;
      key = segment;
    }
  }
}

/**
 * Encodes an object as a form body: nested objects and arrays as `key[inner]=…` / `key[]=…` (what the
 * deepObject style reads back), `null` as an empty value (a form has no null), `undefined` as nothing.
 */
export function encodeFormBody(value: Dict, form = new URLSearchParams(), prefix = ''): URLSearchParams {
  for (const [key, inner] of Object.entries(value)) {
    const name = prefix ? `${prefix}[${Array.isArray(value) ? '' : key}]` : key;
    if (inner === undefined) continue;
    if (inner === null) form.append(name, '');
    else if (typeof inner === 'object') encodeFormBody(inner as Dict, form, name);
    else form.append(name, String(inner));
  }
  return form;
}

/** The names of the fields a form media type encodes as `deepObject`. */
export function deepObjectFields(media: { encoding?: Dict<{ style?: string }> } | undefined): Set<string> {
  return new Set(
    Object.entries(media?.encoding ?? {})
      .filter(([, encoding]) => encoding?.style === 'deepObject')
      .map(([name]) => name),
  );
}
