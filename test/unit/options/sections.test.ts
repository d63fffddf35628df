import { describe, expect, it } from 'vitest';
import { sectionFromHash } from '../../../src/options/sections';
import { formatPercent } from '../../../src/shared/format';

describe('options page helpers', () => {
  it('opens the section named in the hash, the lead list otherwise', () => {
    expect(sectionFromHash('#import')).toBe('import');
    expect(sectionFromHash('')).toBe('leads');
    expect(sectionFromHash('#nope')).toBe('leads');
  });

  it('formats percentages per locale', () => {
    expect(formatPercent(75, 'en')).toBe('75%');
    expect(formatPercent(75, 'de').replace(/\s/g, ' ')).toBe('75 %');
  });
});
