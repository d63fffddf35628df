import { describe, expect, it } from 'vitest';
import { followActiveTab, type FollowApi, type FollowReason } from '../../../src/sidepanel/follow-tab';
import { detectionKey } from '../../../src/shared/storage-keys';

class FakeEvent<F extends (...args: never[]) => void> {
  listeners = new Set<F>();
  addListener(f: F) { this.listeners.add(f); }
  removeListener(f: F) { this.listeners.delete(f); }
  fire(...args: Parameters<F>) { for (const f of this.listeners) f(...args); }
}

function fakeApi(activeTab: number | undefined) {
  const onActivated = new FakeEvent<(info: { tabId: number; windowId: number }) => void>();
  const onUpdated = new FakeEvent<(tabId: number, change: { status?: string; url?: string }) => void>();
  const onChanged = new FakeEvent<(changes: Record<string, { newValue?: unknown }>, area: string) => void>();
  const api: FollowApi = {
    windows: { getCurrent: async () => ({ id: 1 }) },
    tabs: { query: async () => (activeTab === undefined ? [] : [{ id: activeTab }]), onActivated, onUpdated },
    storage: { onChanged },
  };
  return { api, onActivated, onUpdated, onChanged };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('followActiveTab', () => {
  it('shows the active tab, follows activation in its own window and page loads in the shown tab', async () => {
    const f = fakeApi(3);
    const seen: [number | null, FollowReason][] = [];
    const stop = followActiveTab(f.api, { onTab: (id, why) => seen.push([id, why]) });
    await tick();
    f.onActivated.fire({ tabId: 9, windowId: 2 }); // another window: not ours
    f.onActivated.fire({ tabId: 4, windowId: 1 });
    f.onUpdated.fire(3, { status: 'complete' }); // no longer shown
    f.onUpdated.fire(4, { status: 'loading' });
    f.onUpdated.fire(4, { status: 'complete' });
    expect(seen).toEqual([[3, 'initial'], [4, 'activated'], [4, 'loaded']]);

    stop();
    f.onActivated.fire({ tabId: 5, windowId: 1 });
    expect(seen).toHaveLength(3);
    expect(f.onActivated.listeners.size + f.onUpdated.listeners.size + f.onChanged.listeners.size).toBe(0);
  });

  it('reads the tab again when it gets read elsewhere while the panel waits for access', async () => {
    const f = fakeApi(3);
    let waiting = true;
    const seen: FollowReason[] = [];
    followActiveTab(f.api, { onTab: (_id, why) => seen.push(why), waitingForAccess: () => waiting });
    await tick();
    f.onChanged.fire({ [detectionKey(3)]: { newValue: { detection: null, error: { code: 'page-no-access' } } } }, 'session');
    f.onChanged.fire({ [detectionKey(8)]: { newValue: { detection: {} } } }, 'session');
    f.onChanged.fire({ [detectionKey(3)]: { newValue: { detection: {} } } }, 'local');
    f.onChanged.fire({ [detectionKey(3)]: { newValue: { detection: {} } } }, 'session');
    waiting = false;
    f.onChanged.fire({ [detectionKey(3)]: { newValue: { detection: {} } } }, 'session');
    expect(seen).toEqual(['initial', 'granted']);
  });

  it('reports no tab when the window has none active', async () => {
    const f = fakeApi(undefined);
    const seen: (number | null)[] = [];
    followActiveTab(f.api, { onTab: (id) => seen.push(id) });
    await tick();
    expect(seen).toEqual([null]);
  });
});
