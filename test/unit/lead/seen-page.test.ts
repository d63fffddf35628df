import { describe, expect, it } from 'vitest';
import { detect } from '../../../src/core/detect';
import { checkSeen, readingDigest } from '../../../src/core/lead/seen-page';
import { parseHtml } from '../../../src/node/parse-html';

const URL_SEEN = 'https://www.musterwerk.example/kontakt';
const PAGE = '<html lang="de"><body><h1>Kontakt</h1><p>Musterwerk Maschinenbau GmbH<br>Zahnradstraße 17<br>81249 München</p><p>Telefon: +49 89 4711280-0</p></body></html>';
const recordOf = (html: string, url = URL_SEEN) => detect(parseHtml(html), url).record;

describe('what the rep saw of a page', () => {
  it('digests equal readings alike, whatever their key order, and other readings apart', async () => {
    const record = recordOf(PAGE);
    const digest = await readingDigest(record);
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
    const reordered = Object.fromEntries(Object.entries(record).reverse()) as typeof record;
    expect(await readingDigest(reordered)).toBe(digest);
    expect(await readingDigest(JSON.parse(JSON.stringify(record)) as typeof record)).toBe(digest);
    // One digit of the phone number swapped is another reading.
    expect(await readingDigest(recordOf(PAGE.replace('4711280-0', '4711280-9')))).not.toBe(digest);
    expect(await readingDigest(null)).not.toBe(digest);
  });

  it('accepts the page as seen and refuses one with another address or another reading', async () => {
    const seen = { url: URL_SEEN, digest: await readingDigest(recordOf(PAGE)) };
    expect(checkSeen(seen, { ...seen })).toEqual({ ok: true, value: undefined });
    // history.pushState to another address, text unchanged.
    expect(checkSeen(seen, { url: `${URL_SEEN}/neu`, digest: seen.digest })).toEqual({ ok: false, error: { code: 'page-changed' } });
    // Same address, the text swapped.
    const swapped = await readingDigest(recordOf(PAGE.replace('Musterwerk Maschinenbau GmbH', 'Fremdfirma Handels AG')));
    expect(checkSeen(seen, { url: URL_SEEN, digest: swapped })).toEqual({ ok: false, error: { code: 'page-changed' } });
  });
});
