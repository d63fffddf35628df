/**
 * Why a page could not be read, decided in the background as a code from what the browser tells about
 * the tab (its address, whether the script ran), not from the wording of browser error messages.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const tabs = new Map<number, { url?: string }>();
const session = new Map<string, unknown>();
const inject = vi.fn<() => Promise<unknown>>();
const answer = vi.fn<() => Promise<unknown>>();

vi.mock('../../../src/shared/browser', () => ({
  browser: {
    tabs: {
      get: async (id: number) => {
        const tab = tabs.get(id);
        if (!tab) throw new Error(`No tab with id: ${id}.`);
        return { id, ...tab };
      },
      sendMessage: () => answer(),
    },
    scripting: { executeScript: () => inject() },
    storage: {
      session: {
        get: async (key: string) => ({ [key]: session.get(key) }),
        set: async (items: Record<string, unknown>) => void Object.entries(items).forEach(([k, v]) => session.set(k, v)),
        remove: async (key: string) => void session.delete(key),
      },
    },
  },
}));
const { detectInTab, detectionFor } = await import('../../../src/background/tab-detection');

const GOOD = { url: 'https://acme.example/', elapsedMs: 3, record: { phones: [], faxes: [], emails: [], socials: [], people: [] }, candidates: [] };

beforeEach(() => {
  tabs.clear();
  session.clear();
  inject.mockReset().mockResolvedValue([]);
  answer.mockReset().mockResolvedValue(GOOD);
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

describe('detectInTab', () => {
  it('reads a web page it has access to', async () => {
    tabs.set(1, { url: 'https://acme.example/' });
    expect(await detectInTab(1)).toEqual({ url: 'https://acme.example/', detection: GOOD, error: null });
  });

  it('says "no access" when the browser hides the address (no activeTab, no host permission)', async () => {
    tabs.set(1, {});
    expect(await detectInTab(1)).toMatchObject({ detection: null, error: { code: 'page-no-access' } });
    expect(inject).not.toHaveBeenCalled();
  });

  it.each(['chrome://settings/', 'about:addons', 'file:///home/rep/x.html', 'https://chromewebstore.google.com/detail/x', 'https://chrome.google.com/webstore/x', 'https://addons.mozilla.org/de/firefox/'])(
    'calls %s restricted without trying to read it',
    async (url) => {
      tabs.set(1, { url });
      expect(await detectInTab(1)).toMatchObject({ detection: null, error: { code: 'page-restricted' } });
      expect(inject).not.toHaveBeenCalled();
    },
  );

  it('calls a page that refused the script, or answered nonsense, failed; and logs why', async () => {
    tabs.set(1, { url: 'https://acme.example/' });
    inject.mockRejectedValueOnce(new Error('Frame with ID 0 is showing error page'));
    expect(await detectInTab(1)).toMatchObject({ detection: null, error: { code: 'page-failed' } });
    answer.mockResolvedValueOnce({ record: 'hostile' });
    expect(await detectInTab(1)).toMatchObject({ detection: null, error: { code: 'page-failed' } });
    expect(console.error).toHaveBeenCalledTimes(2);
  });

  it('refuses a tab that is gone with its own code', async () => {
    await expect(detectInTab(9)).rejects.toMatchObject({ error: { code: 'tab-gone' } });
    await expect(detectionFor(9)).rejects.toMatchObject({ error: { code: 'tab-gone' } });
  });

  it('answers from the session cache while the tab shows the same address', async () => {
    tabs.set(1, { url: 'https://acme.example/' });
    await detectInTab(1);
    answer.mockResolvedValue({ record: 'changed' });
    expect((await detectionFor(1)).detection).toEqual(GOOD);
    tabs.set(1, { url: 'https://acme.example/impressum' });
    expect((await detectionFor(1)).error).toEqual({ code: 'page-failed' });
  });
});
