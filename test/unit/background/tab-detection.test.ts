/**
 * Why a page could not be read, decided in the background as a code from what the browser tells about
 * the tab (its address, whether the script ran), not from the wording of browser error messages.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const tabs = new Map<number, { url?: string }>();
const session = new Map<string, unknown>();
const refuseWrites = { on: false };
const slowWrites: { until: Promise<void> } = { until: Promise.resolve() };
const inject = vi.fn<() => Promise<unknown>>();
const answer = vi.fn<() => Promise<unknown>>();
/** An answer handed over as it is, not as JSON text (a forged or broken content script). */
class Raw {
  constructor(readonly value: unknown) {}
}

vi.mock('../../../src/shared/browser', () => ({
  browser: {
    tabs: {
      get: async (id: number) => {
        const tab = tabs.get(id);
        if (!tab) throw new Error(`No tab with id: ${id}.`);
        return { id, ...tab };
      },
    },
    // content.js ends with a call of its page reader: the injection's result is the answer, a snapshot as JSON text.
    scripting: {
      executeScript: async (o: { files?: string[] }) => {
        if (o.files) await inject();
        const a = await answer();
        return [{ frameId: 0, result: a instanceof Raw ? a.value : JSON.stringify(a) }];
      },
    },
    storage: {
      session: {
        get: async (key: string) => ({ [key]: session.get(key) }),
        set: async (items: Record<string, unknown>) => {
          // storage.session's quota: a full store refuses the write.
          if (refuseWrites.on) throw new Error('Session storage quota bytes exceeded. Values were not stored.');
          await slowWrites.until;
          Object.entries(items).forEach(([k, v]) => session.set(k, v));
        },
        remove: async (key: string) => void session.delete(key),
      },
    },
  },
}));
const { detectInTab, detectionAsSeen, detectionFor, written } = await import('../../../src/background/tab-detection');
const { detectSnapshot, takeSnapshot } = await import('../../../src/core/detect');
const { parseHtml } = await import('../../../src/node/parse-html');
const { detectionKey } = await import('../../../src/shared/storage-keys');
const { MAX_ANSWER_CHARS } = await import('../../../src/shared/reader-messages');

const PAGE = '<html lang="de"><body><h1>Impressum</h1><p>Acme GmbH<br>Musterweg 1<br>12345 Musterstadt</p><p>Tel. 030 1234567</p></body></html>';
/** What the content script answers: a snapshot of the page. */
const GOOD = takeSnapshot(parseHtml(PAGE), 'https://acme.example/');
const DETECTED = detectSnapshot(GOOD);
/** A directory page: many people, each a candidate. */
const TEAM = takeSnapshot(
  parseHtml(`<html><body>${Array.from({ length: 120 }, (_, i) => `<h3>Anna Muster${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}</h3><p>Geschäftsführerin</p>`).join('')}</body></html>`),
  'https://acme.example/team',
);
const timeless = ({ elapsedMs: _e, ...rest }: { elapsedMs: number }) => rest;

beforeEach(() => {
  vi.restoreAllMocks();
  tabs.clear();
  session.clear();
  refuseWrites.on = false;
  slowWrites.until = Promise.resolve();
  inject.mockReset().mockResolvedValue([]);
  answer.mockReset().mockResolvedValue(GOOD);
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

describe('detectInTab', () => {
  it('reads a web page it has access to: the engine here reads the snapshot the page sent', async () => {
    tabs.set(1, { url: 'https://acme.example/' });
    const d = await detectInTab(1);
    expect(d).toMatchObject({ url: 'https://acme.example/', error: null });
    expect(timeless(d.detection!)).toEqual(timeless(DETECTED));
    expect(d.detection!.record.company?.value.name).toBe('Acme GmbH');
    expect(Object.keys(d.timings!).sort()).toEqual(['checkMs', 'detectMs', 'digestMs', 'injectMs', 'snapshotMs', 'transferMs', 'warmMs']);
  });

  it('answers before the session copy is written; the next look at the cache waits for it', async () => {
    tabs.set(1, { url: 'https://acme.example/' });
    let release = () => {};
    slowWrites.until = new Promise<void>((r) => (release = r));
    const d = await detectInTab(1);
    expect(session.has(detectionKey(1))).toBe(false);
    // An action right after the answer (fill, create lead) reads the cache: it waits, and the page is not read again.
    inject.mockClear();
    const asSeen = detectionAsSeen(1, { url: d.url, digest: d.digest });
    release();
    expect((await asSeen).digest).toBe(d.digest);
    expect(inject).not.toHaveBeenCalled();
    expect(session.has(detectionKey(1))).toBe(true);
  });

  it('caches a capped record: no candidates, at most 50 entries per list', async () => {
    tabs.set(1, { url: 'https://acme.example/team' });
    answer.mockResolvedValue(TEAM);
    const d = await detectInTab(1);
    expect(d.detection!.record.people.length).toBeGreaterThan(50);
    await written(1);
    const cached = session.get(detectionKey(1)) as typeof d;
    expect(cached.detection!.candidates).toEqual([]);
    expect(cached.detection!.record.people).toHaveLength(50);
    expect(cached.detection!.record.people).toEqual(d.detection!.record.people.slice(0, 50));
  });

  it('still answers when session storage refuses the write, and keeps no stale reading', async () => {
    tabs.set(1, { url: 'https://acme.example/' });
    session.set(detectionKey(1), { url: 'https://acme.example/', detection: null, error: { code: 'page-failed' } });
    refuseWrites.on = true;
    const d = await detectInTab(1);
    await written(1);
    expect(d.detection!.record.company?.value.name).toBe('Acme GmbH');
    expect(session.has(detectionKey(1))).toBe(false);
    expect(console.error).toHaveBeenCalledTimes(1);
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

  it('reads only a snapshot sent as JSON text of a readable size: an object, broken JSON or an endless string fail', async () => {
    tabs.set(1, { url: 'https://acme.example/' });
    for (const forged of [GOOD, '{"url":', `"${'x'.repeat(MAX_ANSWER_CHARS)}"`, 42]) {
      answer.mockResolvedValueOnce(new Raw(forged));
      expect(await detectInTab(1)).toMatchObject({ detection: null, error: { code: 'page-failed' } });
    }
    answer.mockResolvedValueOnce(new Raw(JSON.stringify(GOOD)));
    expect((await detectInTab(1)).detection?.record.company?.value.name).toBe('Acme GmbH');
  });

  it('refuses a tab that is gone with its own code', async () => {
    await expect(detectInTab(9)).rejects.toMatchObject({ error: { code: 'tab-gone' } });
    await expect(detectionFor(9)).rejects.toMatchObject({ error: { code: 'tab-gone' } });
  });

  it('answers from the session cache while the tab shows the same address', async () => {
    tabs.set(1, { url: 'https://acme.example/' });
    await detectInTab(1);
    answer.mockResolvedValue({ record: 'changed' });
    expect((await detectionFor(1)).detection?.record).toEqual(DETECTED.record);
    tabs.set(1, { url: 'https://acme.example/impressum' });
    expect((await detectionFor(1)).error).toEqual({ code: 'page-failed' });
  });

  it('acts on the reading the rep saw only while the tab still shows it', async () => {
    tabs.set(1, { url: 'https://acme.example/' });
    const shown = await detectInTab(1);
    const seen = { url: shown.url, digest: shown.digest };
    expect((await detectionAsSeen(1, seen)).detection?.record).toEqual(DETECTED.record);

    // history.pushState: another address; the page is not read again, the address alone refuses.
    tabs.set(1, { url: 'https://acme.example/angebot' });
    inject.mockClear();
    await expect(detectionAsSeen(1, seen)).rejects.toMatchObject({ error: { code: 'page-changed' } });
    expect(inject).not.toHaveBeenCalled();

    // Back at the address with the cache gone (a refused write): read again, and the text differs.
    tabs.set(1, { url: 'https://acme.example/' });
    session.clear();
    answer.mockResolvedValue(takeSnapshot(parseHtml(PAGE.replace('030 1234567', '030 7654321')), 'https://acme.example/'));
    await expect(detectionAsSeen(1, seen)).rejects.toMatchObject({ error: { code: 'page-changed' } });
    // Read again and unchanged: accepted.
    session.clear();
    answer.mockResolvedValue(GOOD);
    expect((await detectionAsSeen(1, seen)).digest).toBe(seen.digest);
  });
});
