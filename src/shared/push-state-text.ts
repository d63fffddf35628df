/**
 * A lead's push state for one CRM connection in the rep's language: a short word for the lead list's
 * column and the full sentence the popup shows (and the list as the word's hint). Pure (the translator
 * comes in), so the popup and the options page say the same thing.
 */
import type { ConnectionHold } from '../core/crm/connection-hold';
import type { PushStateView } from '../core/crm/outbox-rules';
import { errorText } from './error-text';
import { fieldText } from './label-text';
import type { Messages } from './message-keys';

export interface PushStateText {
  short: string;
  full: string;
  /** Opens the record in the CRM (an http(s) address: core/crm/record-link.ts). */
  recordUrl: string | null;
}

const time = (at: number, { locale }: Messages) => new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(new Date(at));

/** A connection's hold for the options page: until when (with the day when it is not today) and why. */
export function holdText(hold: ConnectionHold, now: number, m: Messages): string {
  const sameDay = new Date(hold.until).toDateString() === new Date(now).toDateString();
  const until = sameDay ? time(hold.until, m) : new Intl.DateTimeFormat(m.locale, { dateStyle: 'short', timeStyle: 'short' }).format(new Date(hold.until));
  return `${m.t('optCrmHeld', until)} · ${errorText(hold.reason, m)}`;
}

export function pushStateText(s: PushStateView, m: Messages): PushStateText {
  switch (s.state) {
    case 'not-sent': return { short: m.t('popPushNotSent'), full: m.t('popPushNotSent'), recordUrl: null };
    case 'pending': return { short: m.t('pushPendingShort'), full: m.t('popPushPending'), recordUrl: null };
    case 'sent': return { short: m.t('pushSentShort'), full: m.t('popPushSent', s.remoteId), recordUrl: s.recordUrl };
    case 'retrying': {
      const full = m.t('popPushRetrying', time(s.nextAttemptAt, m));
      return { short: m.t('pushRetryingShort'), full: s.lastError ? `${full} · ${errorText(s.lastError, m)}` : full, recordUrl: null };
    }
    case 'attention': {
      const parts = [s.error ? `${m.t('popPushAttention')}: ${errorText(s.error, m)}` : m.t('popPushAttention')];
      if (s.fields.length) parts.push(m.t('popPushFix', s.fields.map((f) => fieldText(f, m)).join(', ')));
      return { short: m.t('pushAttentionShort'), full: parts.join(' · '), recordUrl: null };
    }
  }
}
