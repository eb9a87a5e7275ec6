/**
 * One case per breaking-change rule (tests/diff/cases.ts: the base spec changed in one place): each must produce
 * exactly the listed classified changes (annotations aside) and the listed gate verdict.
 */
import { describe, expect, it } from 'vitest';
import { blocks, compareApi } from '../../scripts/diff/compare.js';
import type { ChangeClass } from '../../scripts/diff/rules.js';
import { HTTP_METHODS } from '../../scripts/lib/http-methods.mjs';
import { CASES, caseSpecs } from './cases.ts';

/** A JSON pointer segment as written (RFC 6901). */
const unescapePointer = (segment: string) => segment.replace(/~1/g, '/').replace(/~0/g, '~');

function compareCase(name: string) {
  const { before, after } = caseSpecs(name);
  return compareApi(name, before, after, `${name} (before)`);
}

describe('breaking-change rules', () => {
  for (const [name, expected] of Object.entries(CASES)) {
    it(`${name}: ${expected.changes.join(', ') || 'annotations only'}; gate ${expected.blocks ? 'blocks' : 'passes'}`, () => {
      const report = compareCase(name);
      const classified = report.changes.filter((change) => change.class !== 'annotation');
      expect([...new Set(classified.map((change) => `${change.rule} → ${change.class}`))].sort()).toEqual([...expected.changes].sort());
      expect(blocks(report)).toBe(expected.blocks);
      if (expected.annotations) {
        expect(report.changes.length).toBeGreaterThan(0);
        expect(report.changes.every((change) => change.class === ('annotation' satisfies ChangeClass))).toBe(true);
      }
    });
  }

  it('points every change inside an operation at that operation of either side, and any other change at none', () => {
    for (const name of Object.keys(CASES)) {
      const { before, after } = caseSpecs(name);
      for (const change of compareCase(name).changes) {
        const where = `${name}: ${change.pointer}`;
        const [, section, key, method] = change.pointer.split('/').map(unescapePointer);
        if (section === 'paths') {
          // A change to the path item itself (its shared parameters, the whole path) belongs to all its operations.
          const atMethod = HTTP_METHODS.includes(method!);
          expect(change.operation, where).toBe(atMethod ? `${method!.toUpperCase()} ${key}` : key);
          const item = (spec: Record<string, any>) => spec.paths?.[key!];
          expect(
            [before, after].some((spec) => (atMethod ? item(spec)?.[method!] : item(spec))),
            `${where}: exists`,
          ).toBe(true);
        } else if (section === 'webhooks') {
          expect(change.operation, where).toBe(`webhook ${key}`);
          expect(
            [before, after].some((spec) => spec.webhooks?.[key!]),
            `${where}: webhook ${key} exists`,
          ).toBe(true);
        } else {
          expect(change.operation, where).toBe('');
        }
      }
    }
    const [change] = compareCase('request-limit-narrowed').changes;
    expect(change).toMatchObject({
      operation: 'POST /customers',
      pointer: '#/paths/~1customers/post/requestBody/content/application~1json/schema/properties/name/maxLength',
      before: 50,
      after: 40,
    });
  });

  it('reports no changes between a spec and itself', () => {
    const { before: spec } = caseSpecs('operation-removed');
    expect(compareApi('same', spec, structuredClone(spec), 'same').changes).toEqual([]);
  });
});
