/** The browser's i18n: UI strings from _locales (German when the browser is German) and its language. */
import { asAppError } from '../core/errors';
import { browser } from './browser';
import { errorText } from './error-text';
import type { MessageKey, Messages } from './message-keys';

/** A UI string by its key (typed: only keys the catalog has); the key itself if a catalog lacks it. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** A UI string for a key built from data, or `fallback` when the catalog has none (see Messages.optional). */
export function tOr(key: string, fallback: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || fallback;
}

/** The UI language the browser picked, for number and date formatting. */
export function uiLocale(): string {
  return browser.i18n.getUILanguage() || 'en';
}

/** The browser's catalog for the pure modules that take one. */
export const messages: Messages = {
  t,
  optional: (key) => browser.i18n.getMessage(key) || null,
  get locale() {
    return uiLocale();
  },
};

/** Why an action failed, in the rep's language: the background's error code, or "unexpected" for anything else. */
export function failureText(err: unknown): string {
  return errorText(asAppError(err), messages);
}
