/** Settings in storage.local, read through readSettings so damaged or old data never breaks the worker. */
import { browser } from '../shared/browser';
import { readSettings, SettingsSchema, type Settings } from '../shared/settings';
import * as v from 'valibot';

const KEY = 'settings';

export async function loadSettings(): Promise<{ settings: Settings; problems: string[] }> {
  const stored = (await browser.storage.local.get(KEY))[KEY];
  return readSettings(stored);
}

export async function saveSettings(settings: Settings): Promise<Settings> {
  const valid = v.parse(SettingsSchema, settings);
  await browser.storage.local.set({ [KEY]: valid });
  return valid;
}
