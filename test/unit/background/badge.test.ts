import { describe, expect, it, vi } from 'vitest';
import { badgeText, badgeTitle, createBadge, type BadgeApi } from '../../../src/background/badge';
import type { Messages } from '../../../src/shared/message-keys';

const t = (key: string, subs?: string | string[]) => (subs === undefined ? key : `${key}(${[subs].flat().join(',')})`);
const m: Messages = { t, optional: () => null, locale: 'en' };

function fakeApi() {
  const calls: string[] = [];
  const state = new Map<number, { text: string; color: string; title: string }>();
  const at = (tabId: number) => state.get(tabId) ?? state.set(tabId, { text: '', color: '', title: '' }).get(tabId)!;
  const api: BadgeApi = {
    setBadgeText: vi.fn(async ({ tabId, text }) => void (calls.push(`text:${text}`), (at(tabId).text = text))),
    setBadgeBackgroundColor: vi.fn(async ({ tabId, color }) => void (at(tabId).color = color)),
    setTitle: vi.fn(async ({ tabId, title }) => void (at(tabId).title = title)),
  };
  return { api, state, calls };
}

describe('badge text and title', () => {
  it('shows the count of fillable fields, nothing for zero, capped at 99', () => {
    expect(badgeText({ kind: 'fillable', count: 3 })).toBe('3');
    expect(badgeText({ kind: 'fillable', count: 0 })).toBe('');
    expect(badgeText({ kind: 'fillable', count: 250 })).toBe('99');
    expect(badgeTitle({ kind: 'fillable', count: 3 }, m)).toBe('badgeFillable(3)');
    expect(badgeTitle({ kind: 'fillable', count: 0 }, m)).toBe('actionTitle');
  });

  it('"+" when a lead can be created, "✓" after a write, "!" with the reason in the title', () => {
    expect(badgeText({ kind: 'no-lead' })).toBe('+');
    expect(badgeText({ kind: 'done' })).toBe('✓');
    expect(badgeText({ kind: 'error', error: { code: 'selection-not-phone' } })).toBe('!');
    // The reason is the error code's message, in the browser's language.
    expect(badgeTitle({ kind: 'error', error: { code: 'selection-not-phone' } }, m)).toBe('badgeError(err_selection_not_phone)');
    expect(badgeText({ kind: 'none' })).toBe('');
  });
});

describe('createBadge', () => {
  it('sets text, colour and title for the one tab only', async () => {
    const { api, state } = fakeApi();
    await createBadge(api, m).show(4, { kind: 'fillable', count: 2 });
    expect(state.get(4)).toEqual({ text: '2', color: '#1a73e8', title: 'badgeFillable(2)' });
    expect(state.has(5)).toBe(false);
  });

  it('clear empties the text and restores the default title', async () => {
    const { api, state } = fakeApi();
    const badge = createBadge(api, m);
    await badge.show(4, { kind: 'no-lead' });
    await badge.clear(4);
    expect(state.get(4)).toMatchObject({ text: '', title: 'actionTitle' });
  });

  it('flashDone shows ✓, waits, then what `after` says', async () => {
    const { api, state, calls } = fakeApi();
    const waits: number[] = [];
    const badge = createBadge(api, m, async (ms) => void waits.push(ms));
    await badge.flashDone(1, async () => ({ kind: 'fillable', count: 1 }));
    expect(calls).toEqual(['text:✓', 'text:1']);
    expect(waits).toEqual([2000]);
    expect(state.get(1)?.text).toBe('1');
  });

  it('flashDone falls back to an empty badge when the recount fails', async () => {
    const { api, state } = fakeApi();
    await createBadge(api, m, async () => {}).flashDone(1, () => Promise.reject(new Error('db closed')));
    expect(state.get(1)?.text).toBe('');
  });

  it('a closed tab does not throw', async () => {
    const api: BadgeApi = {
      setBadgeText: () => Promise.reject(new Error('No tab with id: 9')),
      setBadgeBackgroundColor: () => Promise.reject(new Error('No tab with id: 9')),
      setTitle: () => Promise.reject(new Error('No tab with id: 9')),
    };
    await expect(createBadge(api, m).show(9, { kind: 'done' })).resolves.toBeUndefined();
  });
});
