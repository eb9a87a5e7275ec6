import { describe, expect, it } from 'vitest';
import { splitCallingCode } from '../../scripts/lib/calling-code.ts';

describe('splitCallingCode', () => {
  it('splits codes of one, two and three digits', () => {
    expect(splitCallingCode('14155550100')).toEqual({ code: '1', number: '4155550100' });
    expect(splitCallingCode('6591234567')).toEqual({ code: '65', number: '91234567' });
    expect(splitCallingCode('919876543210')).toEqual({ code: '91', number: '9876543210' });
    expect(splitCallingCode('971501234567')).toEqual({ code: '971', number: '501234567' });
  });

  it('finds no code where none is assigned', () => {
    // No country has +999 or +0 (ITU).
    expect(splitCallingCode('999123456789')).toBeUndefined();
    expect(splitCallingCode('0123456789')).toBeUndefined();
    expect(splitCallingCode('')).toBeUndefined();
  });
});
