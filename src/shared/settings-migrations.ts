/**
 * How stored settings of an older shape become the current one. Each entry turns version n into n+1
 * and is pure (plain data in, plain data out), so every step is unit-tested on its own. A shipped
 * step is never edited: a later change of shape adds the next one.
 */
import { appError, fail, type Result } from '../core/errors';
import { siteOrigin } from './site-access';

type Stored = Record<string, unknown>;

/** `MIGRATIONS[n]` upgrades a version-n object to version n+1. */
export const MIGRATIONS: Readonly<Record<number, (from: Stored) => Stored>> = {
  /**
   * 1 → 2: sites with automatic detection are kept as the browser writes their origin (lower-case
   * host, no default port), once each. Version 1 kept what it was given, so "https://Example.DE:443"
   * and "https://example.de" were two sites that no report ever matched.
   */
  1: (from) => {
    const origins = Array.isArray(from['autoDetectOrigins']) ? from['autoDetectOrigins'] : [];
    const canonical = origins.map((o) => (typeof o === 'string' ? siteOrigin(o) : null)).filter((o): o is string => o !== null);
    return { ...from, version: 2, autoDetectOrigins: [...new Set(canonical)] };
  },
};

/** The oldest version a stored object can still be read from; what carried no version is version 1. */
export const OLDEST_VERSION = 1;

/** Runs the chain from the stored version up to `current`. */
export function migrateSettings(stored: Stored, current: number): Result<Stored> {
  const version = stored['version'] ?? OLDEST_VERSION;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < OLDEST_VERSION) return fail(appError('settings-unknown-version', { version: String(version) }));
  if (version > current) return fail(appError('settings-newer-version', { version: String(version) }));
  let value: Stored = { ...stored, version };
  for (let n = version; n < current; n++) {
    const step = MIGRATIONS[n];
    if (!step) throw new Error(`No settings migration from version ${n}.`);
    value = step(value);
  }
  return { ok: true, value };
}
