import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/node/parse-html';

describe('parseHtml reads saved pages as a browser does', () => {
  it('keeps what a page has after its </body> or </html> in the body', () => {
    const doc = parseHtml('<html><body><p>Kontakt</p></body></html><section><p>Vorstand: Jana Beispiel</p></section>');
    expect(doc.body.textContent).toContain('Vorstand: Jana Beispiel');
    const early = parseHtml('<html><body><p>Team</p></body><div>Kassenwart: Ole Muster</div></html>');
    expect(early.body.textContent).toContain('Kassenwart: Ole Muster');
  });

  it('leaves a well-formed page as it was', () => {
    const doc = parseHtml('<!doctype html><html lang="de"><head><title>Impressum</title></head><body><p>Musterwerk GmbH</p></body></html>');
    expect(doc.title).toBe('Impressum');
    expect(doc.documentElement.getAttribute('lang')).toBe('de');
    expect(doc.body.textContent).toBe('Musterwerk GmbH');
  });
});
