import { describe, expect, it } from 'vitest';
import { NONE, isSelected, pageState, selectedCount, toggle, togglePage, without, type Selection } from '../../../src/options/selection';

const page = ['a', 'b', 'c'];

describe('selection', () => {
  it('toggles single rows', () => {
    const s = toggle(toggle(NONE, 'a', page), 'b', page);
    expect(isSelected(s, 'a') && isSelected(s, 'b')).toBe(true);
    expect(pageState(s, page)).toBe('some');
    expect(isSelected(toggle(s, 'a', page), 'a')).toBe(false);
  });

  it('selects the whole page, then clears it', () => {
    const all = togglePage(NONE, page);
    expect(pageState(all, page)).toBe('all');
    expect(pageState(togglePage(all, page), page)).toBe('none');
  });

  it('keeps rows of other pages when the page is toggled', () => {
    const s = togglePage(toggle(NONE, 'x', ['x']), page);
    expect(selectedCount(s, 100)).toBe(4);
  });

  it('counts "all matching" as the total, and unticking one row narrows it to the page', () => {
    const matching: Selection = { kind: 'matching' };
    expect(selectedCount(matching, 12345)).toBe(12345);
    expect(isSelected(matching, 'anything')).toBe(true);
    const s = toggle(matching, 'b', page);
    expect(s).toEqual({ kind: 'ids', ids: new Set(['a', 'c']) });
    expect(togglePage(matching, page)).toBe(NONE);
  });

  it('drops deleted leads from the selection and keeps the rest', () => {
    const s = togglePage(NONE, page);
    expect(without(s, ['b', 'z'])).toEqual({ kind: 'ids', ids: new Set(['a', 'c']) });
    expect(without({ kind: 'matching' }, ['a'])).toEqual({ kind: 'matching' });
  });
});
