import { describe, expect, it } from 'vitest';
import type { BadgeApi } from '../../../src/background/badge';
import { createResearchBadge, leftText, researchLeft } from '../../../src/background/research-badge';
import type { Messages } from '../../../src/shared/message-keys';
import type { JobView } from '../../../src/shared/messages';

const t = (key: string, subs?: string | string[]) => [key, ...[subs ?? []].flat()].join(':');
const m: Messages = { t, optional: () => null, locale: 'en' } as unknown as Messages;

const job = (over: Partial<JobView> & { done?: number; failed?: number; total?: number | null }): JobView => ({
  id: 'j', kind: 'research', state: 'running', error: null, retryAt: null, createdAt: 1, updatedAt: 1,
  progress: { done: over.done ?? 0, failed: over.failed ?? 0, total: over.total === undefined ? 50 : over.total },
  ...over,
});

function fakeApi() {
  const calls: Record<string, unknown>[] = [];
  const api: BadgeApi = {
    setBadgeText: async (d) => void calls.push({ text: d.text, tabId: d.tabId }),
    setBadgeBackgroundColor: async () => {},
    setTitle: async (d) => void calls.push({ title: d.title, tabId: d.tabId }),
  };
  return { api, calls };
}

describe('bulk research on the badge', () => {
  it('counts the leads open runs have left, the failed ones as read', () => {
    expect(researchLeft([])).toBeNull();
    expect(researchLeft([job({ done: 10, failed: 2 })])).toBe(38);
    expect(researchLeft([job({ done: 10 }), job({ id: 'k', state: 'paused', total: 5 }), job({ id: 'r', kind: 'rescore', total: 900 })])).toBe(45);
    expect(researchLeft([job({ state: 'done', done: 50 }), job({ state: 'cancelled', done: 3 })])).toBeNull();
    // Before the first chunk a run knows no total yet: it shows as open with 0 left counted.
    expect(researchLeft([job({ total: null })])).toBe(0);
    expect(leftText(0)).toBe('…');
    expect(leftText(12_000)).toBe('1k+');
  });

  it('shows the count on every tab without its own while a run is open, and clears it after', async () => {
    const { api, calls } = fakeApi();
    const show = createResearchBadge(api, m);
    await show([job({ done: 10 })]);
    await show([job({ done: 10 })]);
    await show([job({ done: 14 })]);
    await show([job({ state: 'done', done: 50 })]);
    expect(calls).toEqual([
      { text: '40', tabId: undefined }, { title: 'badgeResearchLeft:40', tabId: undefined },
      { text: '36', tabId: undefined }, { title: 'badgeResearchLeft:36', tabId: undefined },
      { text: '', tabId: undefined }, { title: 'actionTitle', tabId: undefined },
    ]);
  });
});
