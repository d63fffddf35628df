/** The extension's own message catalogs, so tests compare UI text with the catalog instead of copying it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './extension-copy';

type Catalog = Record<string, { message: string }>;

/** `msg(key, ...substitutions)` in `lang` as chrome.i18n renders it ($1…$9 replaced). */
export function catalog(lang: 'en' | 'de'): (key: string, ...subs: string[]) => string {
  const messages = JSON.parse(readFileSync(join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8')) as Catalog;
  return (key, ...subs) => {
    const entry = messages[key];
    if (!entry) throw new Error(`No message "${key}" in the ${lang} catalog`);
    return entry.message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  };
}
