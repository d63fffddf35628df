/**
 * The push state in words, in both catalogs: the lead list's word and the popup's sentence say the same
 * state; a retry names its time and error, a refusal the field to fix; a record link is only ever http(s).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recordLink } from '../../../src/core/crm/record-link';
import type { PushStateView } from '../../../src/core/crm/outbox-rules';
import type { Messages } from '../../../src/shared/message-keys';
import { holdText, pushStateText } from '../../../src/shared/push-state-text';

type Catalog = Record<string, { message: string }>;
function messagesOf(lang: string): Messages {
  const catalog = JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Catalog;
  const lookup = (key: string, subs?: string | string[]) => {
    const list = subs === undefined ? [] : [subs].flat();
    return (catalog[key]?.message ?? '').replace(/\$(\d)/g, (_m, n: string) => list[Number(n) - 1] ?? '');
  };
  return { t: lookup, optional: (key) => lookup(key) || null, locale: lang };
}

const AT = Date.UTC(2026, 11, 4, 14, 5);
const STATES: PushStateView[] = [
  { connectionId: 'c', state: 'not-sent' },
  { connectionId: 'c', state: 'pending' },
  { connectionId: 'c', state: 'sent', remoteId: 'rcv_42', recordUrl: 'https://crm.example/records/rcv_42', sentAt: AT },
  { connectionId: 'c', state: 'retrying', nextAttemptAt: AT, lastError: { code: 'crm-unavailable', params: { status: 503 } } },
  { connectionId: 'c', state: 'attention', error: null, fields: ['postalCode'] },
];

describe('push state text', () => {
  it('gives every state a word and a sentence in English and German, never the same in both', () => {
    const en = STATES.map((s) => pushStateText(s, messagesOf('en')));
    const de = STATES.map((s) => pushStateText(s, messagesOf('de')));
    for (const [i, s] of STATES.entries()) {
      expect(en[i]!.short, s.state).toBeTruthy();
      expect(en[i]!.full, s.state).toBeTruthy();
      expect(de[i]!.short, s.state).toBeTruthy();
      if (s.state !== 'not-sent') expect(de[i]!.full, s.state).not.toBe(en[i]!.full);
    }
    expect(new Set(en.map((x) => x.short)).size).toBe(STATES.length);
    expect(en[2]).toMatchObject({ full: expect.stringContaining('rcv_42'), recordUrl: 'https://crm.example/records/rcv_42' });
    expect(en[4]!.full).toContain('Postal code');
    expect(de[4]!.full).toContain('PLZ');
  });

  it('a retry says when it goes again and what went wrong', () => {
    const text = pushStateText(STATES[3]!, messagesOf('en'));
    expect(text.full).toContain(new Intl.DateTimeFormat('en', { timeStyle: 'short' }).format(new Date(AT)));
    expect(text.full).toMatch(/·/);
  });
});

describe('a connection held by its CRM', () => {
  it('says until when (with the day when it is not today) and why, in both languages', () => {
    const hold = { connectionId: 'c', until: AT, reason: { code: 'crm-rate-limited' as const, params: { retryAfterSeconds: 30 } }, since: AT - 30_000 };
    const en = holdText(hold, AT - 30_000, messagesOf('en'));
    const de = holdText(hold, AT - 30_000, messagesOf('de'));
    expect(en).toContain(new Intl.DateTimeFormat('en', { timeStyle: 'short' }).format(new Date(AT)));
    expect(en).toMatch(/^Paused by the CRM until .+ · ./);
    expect(de).toMatch(/^Vom CRM pausiert bis .+ · ./);
    expect(de.split(' · ')[1]).not.toBe(en.split(' · ')[1]);
    const day = { ...hold, reason: { code: 'crm-quota-exhausted' as const, params: { retryAfterSeconds: 36_000 } } };
    expect(holdText(day, AT - 86_400_000, messagesOf('en'))).toContain(new Intl.DateTimeFormat('en', { dateStyle: 'short', timeStyle: 'short' }).format(new Date(AT)));
  });
});

describe('record link', () => {
  it('keeps absolute http(s) addresses and nothing else', () => {
    expect(recordLink('https://app.crm.example/contacts/1')).toBe('https://app.crm.example/contacts/1');
    expect(recordLink('http://127.0.0.1:8080/records/1')).toBe('http://127.0.0.1:8080/records/1');
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'crm.example/1', '/records/1', '', 42, null, `https://x.example/${'a'.repeat(2_100)}`]) {
      expect(recordLink(bad), String(bad).slice(0, 30)).toBeNull();
    }
  });
});
