import { browser } from './browser';

/** A UI string from _locales (German when the browser is German); the key itself if it is missing. */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/** The UI language the browser picked, for number and date formatting. */
export function uiLocale(): string {
  return browser.i18n.getUILanguage() || 'en';
}
