import { asAppError } from '../core/errors';
import { browser } from './browser';
import { errorText } from './error-text';

/** A UI string from _locales (German when the browser is German); the key itself if it is missing. */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** The UI language the browser picked, for number and date formatting. */
export function uiLocale(): string {
  return browser.i18n.getUILanguage() || 'en';
}

/** Why an action failed, in the rep's language: the background's error code, or "unexpected" for anything else. */
export function failureText(err: unknown): string {
  return errorText(asAppError(err), t, uiLocale());
}
