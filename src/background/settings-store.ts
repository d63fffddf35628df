/**
 * The rep's settings, kept in the extension's IndexedDB where no content script can write (issue 13
 * item 7: content scripts can write storage.local, and the daily retention run used to trust it).
 * Written only here, through validated patches in one transaction each, so two pages saving at once
 * cannot undo each other; read through readSettings, so old or damaged data never breaks the worker.
 */
import { appError, type AppError } from '../core/errors';
import type { LeadfillDb, SettingsRow } from '../shared/db/schema';
import { logFailure } from './log';
import { applyPatch, DEFAULT_SETTINGS, readSettings, type InternalPatch, type Settings } from '../shared/settings';

/** Where settings lived before version 2 of the database (storage.local "settings"); read once. */
export interface LegacySettingsArea {
  read(): Promise<unknown>;
  remove(): Promise<void>;
}

export interface LoadedSettings {
  settings: Settings;
  problems: AppError[];
}

const ROW = 'current';

/**
 * Settings found in storage.local when the database took them over. Anything there may have been
 * written by a content script, so a retention stricter than the default is not taken over: the
 * default applies until the rep sets it again in the options page.
 */
export function adoptLegacy(stored: unknown): LoadedSettings {
  const { settings, problems } = readSettings(stored);
  const { staleAfterMonths, graceDays } = settings.retention;
  const defaults = DEFAULT_SETTINGS.retention;
  if (staleAfterMonths >= defaults.staleAfterMonths && graceDays >= defaults.graceDays) return { settings, problems };
  return {
    settings: { ...settings, retention: { ...defaults } },
    problems: [...problems, appError('retention-not-adopted', { staleAfterMonths, graceDays })],
  };
}

export function createSettingsStore(db: LeadfillDb, legacy: LegacySettingsArea) {
  let current: Promise<LoadedSettings> | null = null;

  const fromRow = (row: SettingsRow): LoadedSettings => {
    const read = readSettings(row.value);
    return { settings: read.settings, problems: [...row.problems, ...read.problems] };
  };

  /** The stored row; on the first start of database version 2, taken over from storage.local. */
  async function row(): Promise<SettingsRow> {
    const stored = await db.settings.get(ROW);
    if (stored) return stored;
    // Unreadable old storage counts as nothing stored: the defaults apply, and the log says why.
    const adopted = adoptLegacy(await legacy.read().catch((err: unknown) => void logFailure('read the settings in storage.local', err)));
    const taken = await db.transaction('rw', db.settings, async () => {
      const raced = await db.settings.get(ROW);
      if (raced) return raced;
      const fresh: SettingsRow = { id: ROW, value: adopted.settings, problems: adopted.problems };
      await db.settings.put(fresh);
      return fresh;
    });
    // Nothing reads it any more; removing it keeps an old copy from looking authoritative.
    await legacy.remove().catch((err: unknown) => logFailure('remove the settings from storage.local', err));
    return taken;
  }

  function load(): Promise<LoadedSettings> {
    current ??= row().then(fromRow);
    // A failed read is not cached: the next request tries again.
    current.catch(() => { current = null; });
    return current;
  }

  return {
    load,
    settings: async () => (await load()).settings,

    /**
     * Applies a patch (or a patch computed from the settings as stored at that moment) in one
     * transaction: reads, patches, validates and writes with nothing in between. Problems noted at
     * the take-over are cleared: the rep has now saved through the options page.
     */
    async update(patch: InternalPatch | ((stored: Settings) => InternalPatch)): Promise<Settings> {
      await row();
      const saved = await db.transaction('rw', db.settings, async () => {
        const stored = readSettings((await db.settings.get(ROW))?.value).settings;
        const next = applyPatch(stored, typeof patch === 'function' ? patch(stored) : patch);
        await db.settings.put({ id: ROW, value: next, problems: [] });
        return next;
      });
      current = Promise.resolve({ settings: saved, problems: [] });
      return saved;
    },
  };
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;
