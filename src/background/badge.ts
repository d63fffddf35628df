/**
 * The toolbar badge, per tab: how many missing fields the page can fill, "+" when a lead can be
 * created, a short "✓" after the context menu wrote to a lead, "!" with the reason in the title.
 * The browser API comes in as `BadgeApi`, so this runs against a fake in unit tests.
 */
import type { AppError } from '../core/errors';
import { errorText } from '../shared/error-text';
import type { Messages } from '../shared/message-keys';

/** The part of browser.action the badge uses (see badge-adapter.ts for the real one). */
/** Without `tabId` a call sets what every tab shows unless it has its own (research-badge.ts). */
export interface BadgeApi {
  setBadgeText(details: { tabId?: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId?: number; color: string }): Promise<void>;
  setTitle(details: { tabId?: number; title: string }): Promise<void>;
}


export type BadgeState =
  | { kind: 'none' }
  | { kind: 'fillable'; count: number }
  | { kind: 'no-lead' }
  | { kind: 'done' }
  | { kind: 'error'; error: AppError };

const COLORS = { fillable: '#1a73e8', 'no-lead': '#5f6368', done: '#188038', error: '#d93025' } as const;

/** How long "✓" stays before the badge shows the page's count again. */
export const DONE_MS = 2000;

export function badgeText(state: BadgeState): string {
  switch (state.kind) {
    case 'fillable':
      return state.count > 0 ? String(Math.min(state.count, 99)) : '';
    case 'no-lead':
      return '+';
    case 'done':
      return '✓';
    case 'error':
      return '!';
    case 'none':
      return '';
  }
}

export function badgeTitle(state: BadgeState, m: Messages): string {
  const { t } = m;
  switch (state.kind) {
    case 'fillable':
      return state.count > 0 ? t('badgeFillable', String(state.count)) : t('actionTitle');
    case 'no-lead':
      return t('badgeNoLead');
    case 'done':
      return t('badgeDone');
    case 'error':
      return t('badgeError', errorText(state.error, m));
    case 'none':
      return t('actionTitle');
  }
}

export interface Badge {
  show(tabId: number, state: BadgeState): Promise<void>;
  clear(tabId: number): Promise<void>;
  /** "✓" for DONE_MS, then `after()` says what to show (the page's recomputed count, usually). */
  flashDone(tabId: number, after: () => Promise<BadgeState>): Promise<void>;
}

export function createBadge(api: BadgeApi, m: Messages, wait: (ms: number) => Promise<void> = sleep): Badge {
  const show = async (tabId: number, state: BadgeState): Promise<void> => {
    try {
      const text = badgeText(state);
      if (state.kind !== 'none') await api.setBadgeBackgroundColor({ tabId, color: COLORS[state.kind] });
      await api.setBadgeText({ tabId, text });
      await api.setTitle({ tabId, title: badgeTitle(state, m) });
    } catch {
      // The tab closed meanwhile: nothing to show on.
    }
  };
  return {
    show,
    clear: (tabId) => show(tabId, { kind: 'none' }),
    async flashDone(tabId, after) {
      await show(tabId, { kind: 'done' });
      await wait(DONE_MS);
      await show(tabId, await after().catch((): BadgeState => ({ kind: 'none' })));
    },
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
