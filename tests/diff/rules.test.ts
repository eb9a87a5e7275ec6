/**
 * One case per breaking-change rule (tests/diff/cases.ts: the base spec changed in one place): each must produce
 * exactly the listed classified changes (annotations aside) and the listed gate verdict.
 */
import { describe, expect, it } from 'vitest';
import { blocks, compareApi } from '../../scripts/diff/compare.js';
import type { ChangeClass } from '../../scripts/diff/rules.js';
import { CASES, caseSpecs } from './cases.ts';

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

  it('points every change at an operation of the resolved document', () => {
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
