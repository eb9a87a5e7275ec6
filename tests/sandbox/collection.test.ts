/**
 * The sandbox's collection against a plain array model (the oracle): any sequence of adds, replacements and deletes
 * leaves the same entities, in the same order, newest-first pages and index lookups as the model, within the bound.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Collection, SandboxState } from '../../scripts/sandbox/state.ts';

type Item = { id: string; group: string };
type Step = { kind: 'add'; id: string; group: string } | { kind: 'delete'; id: string };

const ids = fc.constantFrom(...Array.from({ length: 12 }, (_, i) => `id${i}`));
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), id: ids, group: fc.constantFrom('a', 'b', 'c') }),
  fc.record({ kind: fc.constant('delete' as const), id: ids }),
);

/** A key unique to an entity's current state, so that a stale index entry would show. */
const keyOf = (item: Item): string => `${item.id}/${item.group}`;

/** The model: an array in creation order; a replacement keeps its place; the oldest goes when full. */
function model(steps: Step[], max: number): Item[] {
  let items: Item[] = [];
  for (const s of steps) {
    const at = items.findIndex((item) => item.id === s.id);
    if (s.kind === 'delete') {
      if (at !== -1) items.splice(at, 1);
    } else if (at !== -1) {
      items[at] = { id: s.id, group: s.group };
    } else {
      if (items.length >= max) items = items.slice(1);
      items.push({ id: s.id, group: s.group });
    }
  }
  return items;
}

describe('Collection', () => {
  it('behaves as the array model for any sequence of adds and deletes', () => {
    fc.assert(
      fc.property(
        fc.array(step, { maxLength: 200 }),
        fc.integer({ min: 1, max: 10 }),
        fc.nat(5),
        fc.integer({ min: 1, max: 6 }),
        (steps, max, skip, count) => {
          const collection = new Collection<Item>(max, { key: keyOf });
          for (const s of steps) {
            if (s.kind === 'add') collection.add({ id: s.id, group: s.group });
            else collection.delete(s.id);
          }
          const expected = model(steps, max);
          expect(collection.all()).toEqual(expected);
          expect(collection.size).toBe(expected.length);
          expect(collection.newest(count, skip)).toEqual([...expected].reverse().slice(skip, skip + count));
          expect(collection.newest(Infinity, 0, (item) => item.group === 'a')).toEqual(
            [...expected].reverse().filter((item) => item.group === 'a'),
          );
          for (const item of expected) expect(collection.get(item.id)).toEqual(item);
          // The index finds exactly the entities the model holds, by their current key, and nothing else.
          for (const id of new Set(steps.map((s) => s.id))) {
            for (const group of ['a', 'b', 'c']) {
              const held = expected.find((item) => item.id === id && item.group === group);
              expect(collection.lookup('key', keyOf({ id, group }))).toEqual(held);
            }
          }
        },
      ),
    );
  });
});

describe('Account', () => {
  it('makes only the collections its API defines, by their own names: toString or constructor is none of them', () => {
    const state = new SandboxState();
    state.defineCollections('api', { customers: { schema: '#/components/schemas/Customer' } });
    const account = state.account('api', 'a');
    expect(account.collection('customers').size).toBe(0);
    for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty'])
      expect(() => account.collection(name)).toThrow(`no collection "${name}" is defined for this account's API`);
  });
});
