/**
 * One fixture pair per breaking-change rule (tests/diff/fixtures/<case>/before.yaml → after.yaml): each
 * pair must produce exactly the listed classified changes (annotations aside) and the listed gate verdict.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { blocks, compareApi } from '../../scripts/diff/compare.js';
import { loadSpecFile } from '../../scripts/diff/load.js';
import type { ChangeClass } from '../../scripts/diff/rules.js';

const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));

interface Case {
  /** Distinct `rule → class` pairs of the non-annotation changes. */
  changes: string[];
  blocks: boolean;
  annotations?: boolean;
}

const b = (rule: string) => `${rule} → breaking`;
const nb = (rule: string) => `${rule} → non-breaking`;

const CASES: Record<string, Case> = {
  // Request side: the server may only come to accept more.
  'request-required-added': { changes: [b('request-required-added')], blocks: true },
  'request-parameter-required-added': { changes: [b('request-parameter-required-added')], blocks: true },
  'request-parameter-optional-added': { changes: [nb('request-parameter-added')], blocks: false },
  'request-limit-narrowed': { changes: [b('request-limit-narrowed')], blocks: true },
  'request-limit-widened': { changes: [nb('request-limit-widened')], blocks: false },
  'request-pattern-added': { changes: [b('request-limit-narrowed')], blocks: true },
  'request-enum-value-removed': { changes: [b('request-enum-narrowed')], blocks: true },
  'request-enum-value-added': { changes: [nb('request-enum-widened')], blocks: false },
  'request-closed-object': { changes: [b('request-closed-object-narrowed')], blocks: true },
  'request-property-added': { changes: [nb('request-property-added')], blocks: false },
  'operation-removed': { changes: [b('operation-removed')], blocks: true },
  'operation-added': { changes: [nb('operation-added')], blocks: false },
  // Response side: the server may only come to return less.
  'response-property-removed': { changes: [b('response-property-removed')], blocks: true },
  'response-property-added': { changes: [nb('response-property-added')], blocks: false },
  'response-field-retyped': { changes: [b('response-type-changed')], blocks: true },
  'response-field-nullable': { changes: [b('response-type-widened')], blocks: true },
  'response-type-narrowed': { changes: [nb('response-type-narrowed')], blocks: false },
  'response-required-removed': { changes: [b('response-required-removed')], blocks: true },
  'response-enum-value-added': { changes: [b('response-enum-widened')], blocks: true },
  'response-enum-value-removed': { changes: [nb('response-enum-narrowed')], blocks: false },
  'response-limit-narrowed': { changes: [nb('response-limit-narrowed')], blocks: false },
  'response-limit-widened': { changes: [b('response-limit-widened')], blocks: true },
  'response-status-removed': { changes: [b('response-status-removed')], blocks: true },
  'response-status-added': { changes: [nb('response-status-added')], blocks: false },
  // A component used on both sides is judged per side.
  'shared-schema-narrowed': { changes: [b('request-limit-narrowed'), nb('response-limit-narrowed')], blocks: true },
  'documentation-only': { changes: [], blocks: false, annotations: true },
  // The escape hatch: breaking changes ship only with a new major version.
  'major-version-bump': { changes: [b('operation-removed')], blocks: false },
  'minor-version-bump': { changes: [b('operation-removed')], blocks: true },
};

function compareFixture(name: string) {
  const dir = `${fixtures}${name}/`;
  return compareApi(name, loadSpecFile(`${dir}before.yaml`), loadSpecFile(`${dir}after.yaml`), `${dir}before.yaml`);
}

describe('breaking-change rules', () => {
  it('has an expectation for every fixture pair and a fixture pair for every expectation', () => {
    expect(readdirSync(fixtures).sort()).toEqual(Object.keys(CASES).sort());
  });

  for (const [name, expected] of Object.entries(CASES)) {
    it(`${name}: ${expected.changes.join(', ') || 'annotations only'}; gate ${expected.blocks ? 'blocks' : 'passes'}`, () => {
      const report = compareFixture(name);
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
    const [change] = compareFixture('request-limit-narrowed').changes;
    expect(change).toMatchObject({
      operation: 'POST /customers',
      pointer: '#/paths/~1customers/post/requestBody/content/application~1json/schema/properties/name/maxLength',
      before: 50,
      after: 40,
    });
  });

  it('reports no changes between a spec and itself', () => {
    const spec = loadSpecFile(`${fixtures}operation-removed/before.yaml`);
    expect(compareApi('same', spec, structuredClone(spec), 'same').changes).toEqual([]);
  });
});
