import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { enforced, minArgument, verdict, type Bars } from '../../scripts/accuracy.mjs';

const bars = JSON.parse(readFileSync(new URL('../../scripts/accuracy-bars.json', import.meta.url), 'utf8')) as Bars;

describe('npm run accuracy', () => {
  it('passes issue 10 bars to the scorer: micro-F1 and every field', () => {
    expect(minArgument(bars)).toBe(`all=0.97,${bars.fields.map((f) => `${f}=0.93`).join(',')}`);
    expect(bars.fields).toContain('people');
    expect(bars.fields).toHaveLength(12);
  });

  it('fails a developer run while a bar is missed', () => {
    expect(verdict({ scoreExit: 1, ci: false, enforce: false }).exit).toBe(1);
    expect(verdict({ scoreExit: 0, ci: false, enforce: false }).exit).toBe(0);
  });

  it('in CI reports a missed bar and fails only when the bars are enforced', () => {
    const reported = verdict({ scoreExit: 1, ci: true, enforce: false });
    expect(reported.exit).toBe(0);
    expect(reported.say).toMatch(/not enforced/);
    expect(verdict({ scoreExit: 1, ci: true, enforce: true }).exit).toBe(1);
  });

  it('fails whenever the scorer itself breaks, enforced or not', () => {
    expect(verdict({ scoreExit: 2, ci: true, enforce: false }).exit).toBe(2);
    expect(verdict({ scoreExit: 137, ci: true, enforce: false }).exit).toBe(137);
  });

  it('is enforced by the bars file or by LEADFILL_ACCURACY_ENFORCE=1', () => {
    expect(enforced({ ...bars, enforced: false }, {})).toBe(false);
    expect(enforced({ ...bars, enforced: true }, {})).toBe(true);
    expect(enforced({ ...bars, enforced: false }, { LEADFILL_ACCURACY_ENFORCE: '1' })).toBe(true);
  });
});
