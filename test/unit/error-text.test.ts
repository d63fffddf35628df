/**
 * Every error code reads as a sentence in both languages; a German rep reads no English. Uses the real
 * catalogs with a translator that works like the browser's (missing key: empty string, $n replaced).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, type AppError, type ErrorCode } from '../../src/core/errors';
import { errorKey, errorText } from '../../src/shared/error-text';
import type { Messages } from '../../src/shared/message-keys';

type Catalog = Record<string, { message: string }>;
const load = (lang: string): Catalog => JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Catalog;

function messagesOf(catalog: Catalog, locale: string): Messages {
  const lookup = (key: string, subs?: string | string[]) => {
    const list = subs === undefined ? [] : [subs].flat();
    return (catalog[key]?.message ?? '').replace(/\$(\d)/g, (_m, n: string) => list[Number(n) - 1] ?? '');
  };
  return { t: lookup, optional: (key) => lookup(key) || null, locale };
}

/** One example of every code, with parameters as the code's producers fill them. */
const EXAMPLES: { [C in ErrorCode]: Extract<AppError, { code: C }> } = {
  'request-refused': { code: 'request-refused' },
  'request-invalid': { code: 'request-invalid', params: { path: 'value', rule: 'max_length' } },
  'no-answer': { code: 'no-answer' },
  unexpected: { code: 'unexpected', params: { name: 'TypeError' } },
  'storage-full': { code: 'storage-full' },
  'no-active-tab': { code: 'no-active-tab' },
  'tab-gone': { code: 'tab-gone' },
  'page-restricted': { code: 'page-restricted' },
  'page-no-access': { code: 'page-no-access' },
  'page-failed': { code: 'page-failed' },
  'not-a-site': { code: 'not-a-site' },
  'nothing-detected': { code: 'nothing-detected' },
  'value-not-on-page': { code: 'value-not-on-page', params: { field: 'phone' } },
  'social-not-on-page': { code: 'social-not-on-page', params: { url: 'https://x.com/acme' } },
  'person-not-on-page': { code: 'person-not-on-page', params: { name: 'Erika Musterfrau' } },
  'lead-not-found': { code: 'lead-not-found' },
  'merge-same-lead': { code: 'merge-same-lead' },
  'merge-lead-gone': { code: 'merge-lead-gone' },
  'merge-unresolved': { code: 'merge-unresolved', params: { fields: ['companyName', 'email'] } },
  incomplete: { code: 'incomplete', params: { missing: ['phone', 'contactName'] } },
  'no-need': { code: 'no-need' },
  'no-next-step': { code: 'no-next-step' },
  'invalid-date': { code: 'invalid-date', params: { date: '2026-02-30' } },
  'past-date': { code: 'past-date', params: { date: '2026-01-05' } },
  'invalid-channel': { code: 'invalid-channel', params: { channel: 'fax' } },
  'empty-need': { code: 'empty-need' },
  'unknown-stage': { code: 'unknown-stage', params: { stage: 'won' } },
  'site-invalid': { code: 'site-invalid', params: { origin: 'ftp://acme.example' } },
  'site-permission-missing': { code: 'site-permission-missing', params: { site: 'https://acme.example' } },
  'selection-empty': { code: 'selection-empty' },
  'selection-too-long': { code: 'selection-too-long' },
  'selection-not-phone': { code: 'selection-not-phone' },
  'selection-not-email': { code: 'selection-not-email' },
  'selection-not-name': { code: 'selection-not-name' },
  'selection-not-address': { code: 'selection-not-address' },
  'notes-full': { code: 'notes-full' },
  'settings-invalid': { code: 'settings-invalid', params: { path: 'scoring.threshold' } },
  'setting-unreadable': { code: 'setting-unreadable', params: { path: 'retention' } },
  'settings-newer-version': { code: 'settings-newer-version', params: { version: '3' } },
  'settings-unknown-version': { code: 'settings-unknown-version', params: { version: 'x' } },
  'retention-not-adopted': { code: 'retention-not-adopted', params: { staleAfterMonths: 1, graceDays: 0 } },
  'import-empty-file': { code: 'import-empty-file' },
  'import-binary-file': { code: 'import-binary-file' },
  'import-spreadsheet-file': { code: 'import-spreadsheet-file' },
  'import-no-rows': { code: 'import-no-rows' },
  'import-too-many-columns': { code: 'import-too-many-columns', params: { count: 600, max: 500 } },
  'crm-not-configured': { code: 'crm-not-configured' },
  'crm-unreachable': { code: 'crm-unreachable' },
  'crm-timeout': { code: 'crm-timeout' },
  'crm-rate-limited': { code: 'crm-rate-limited', params: { retryAfterSeconds: 10 } },
  'crm-quota-exhausted': { code: 'crm-quota-exhausted', params: { retryAfterSeconds: null } },
  'crm-unavailable': { code: 'crm-unavailable', params: { status: 503 } },
  'crm-busy': { code: 'crm-busy' },
  'crm-unauthorized': { code: 'crm-unauthorized' },
  'crm-forbidden': { code: 'crm-forbidden', params: { scope: 'crm.objects.contacts.write' } },
  'crm-rejected': { code: 'crm-rejected', params: { status: 400, fields: ['email', 'lastname'] } },
  'crm-duplicate': { code: 'crm-duplicate' },
  'crm-ambiguous': { code: 'crm-ambiguous', params: { matches: 2 } },
  'crm-not-found': { code: 'crm-not-found' },
};

const en = load('en');
const de = load('de');
const inEnglish = (e: AppError) => errorText(e, messagesOf(en, 'en'));
const inGerman = (e: AppError) => errorText(e, messagesOf(de, 'de'));

describe('error texts', () => {
  it('has a message for every code in English and German, and no message for a code that does not exist', () => {
    for (const code of ERROR_CODES) {
      expect(en[errorKey(code)]?.message, code).toBeTruthy();
      expect(de[errorKey(code)]?.message, code).toBeTruthy();
    }
    const known = new Set<string>(ERROR_CODES.map(errorKey));
    expect(Object.keys(en).filter((k) => k.startsWith('err_') && !known.has(k))).toEqual([]);
  });

  it('translates every code into German: no German text equals or contains its English one', () => {
    for (const code of ERROR_CODES) {
      const english = inEnglish(EXAMPLES[code]);
      const german = inGerman(EXAMPLES[code]);
      expect(german, code).not.toBe(english);
      // The English sentence without its parameters must not reappear in German.
      expect(german, code).not.toContain(en[errorKey(code)]!.message.replace(/\$\d/g, '').slice(0, 20));
    }
  });

  it('fills every placeholder', () => {
    for (const code of ERROR_CODES) {
      expect(inEnglish(EXAMPLES[code]), code).not.toMatch(/\$\d/);
      expect(inGerman(EXAMPLES[code]), code).not.toMatch(/\$\d/);
    }
  });

  it('names fields and requirements in the rep\'s language, and formats dates and lists for it', () => {
    expect(inGerman(EXAMPLES.incomplete)).toBe(`Kontaktdaten unvollständig, es fehlt: ${de['field_phone']!.message} und ${de['requirement_contactName']!.message}.`);
    expect(inEnglish(EXAMPLES.incomplete)).toBe(`Contact data incomplete: ${en['field_phone']!.message} and ${en['requirement_contactName']!.message} missing.`);
    expect(inGerman(EXAMPLES['past-date'])).toBe('Der nächste Schritt am 05.01.2026 liegt in der Vergangenheit.');
    expect(inEnglish(EXAMPLES['value-not-on-page'])).toContain(`“${en['field_phone']!.message}”`);
    // A requirement the rep named in the profile has no catalog label: its id is shown.
    expect(inEnglish({ code: 'incomplete', params: { missing: ['tradeFairBadge'] } })).toBe('Contact data incomplete: tradeFairBadge missing.');
  });
});
