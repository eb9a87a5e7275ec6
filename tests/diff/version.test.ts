import { describe, expect, it } from 'vitest';
import { renderReport } from '../../scripts/diff/render.js';
import { major, majorBumped } from '../../scripts/diff/version.js';

describe('info.version and the major-bump escape hatch', () => {
  it('licenses breaking changes only when the major number goes up', () => {
    expect(majorBumped('1.0.0', '2.0.0')).toBe(true);
    expect(majorBumped('1.9.3', '10.0.0')).toBe(true);
    expect(majorBumped('v1', 'v2')).toBe(true);
    expect(majorBumped('1.0.0', '1.1.0')).toBe(false);
    expect(majorBumped('2.0.0', '1.0.0')).toBe(false);
  });

  it('never licenses them for versions that are not semantic', () => {
    expect(major('2024-01-03')).toBeUndefined();
    expect(majorBumped('2024-01-03', '2025-01-01')).toBe(false);
    const change = {
      class: 'breaking' as const,
      rule: 'operation-removed',
      operation: 'GET /x',
      pointer: '#/paths/~1x/get',
      description: '[Removed] operation GET /x',
    };
    expect(
      renderReport({ name: 'juspay', baseVersion: '2024-01-03', headVersion: '2024-02-01', changes: [change], breakingAllowed: false }),
    ).toContain('"2024-02-01" is not a semantic version');
  });
});
