/**
 * The content script registrations behind automatic detection: one per chosen site, and only while its
 * host permission is granted. `reconcile` makes the registered set equal granted ∩ chosen; it runs at
 * startup, after an install or update, whenever a permission comes or goes, and after each change.
 */
import { originPattern } from '../shared/site-access';
import { stableHash } from '../core/text/stable-hash';

export interface RegisteredScript {
  id: string;
  matches?: string[];
  js?: string[];
  runAt?: 'document_start' | 'document_end' | 'document_idle';
  persistAcrossSessions?: boolean;
}

/** The part of browser.scripting used here. */
export interface ScriptingApi {
  registerContentScripts(scripts: RegisteredScript[]): Promise<unknown>;
  getRegisteredContentScripts(): Promise<RegisteredScript[]>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<unknown>;
}

/** The part of browser.permissions used here. */
export interface PermissionsApi {
  contains(permissions: { origins: string[] }): Promise<boolean>;
  remove(permissions: { origins: string[] }): Promise<boolean>;
}

export const SCRIPT_PREFIX = 'auto-';

/** A stable id per origin ("auto-<64-bit hash>"): the same origin always maps to the same registration. */
export function scriptId(origin: string): string {
  return `${SCRIPT_PREFIX}${stableHash(origin)}`;
}

export function scriptFor(origin: string): RegisteredScript {
  return {
    id: scriptId(origin),
    matches: [originPattern(origin)],
    js: ['content-auto.js'],
    runAt: 'document_idle',
    persistAcrossSessions: true,
  };
}

function sameList(a: readonly string[] = [], b: readonly string[] = []): boolean {
  const x = [...a].sort();
  const y = [...b].sort();
  return x.length === y.length && x.every((item, i) => item === y[i]);
}

export interface ReconcileResult {
  registered: string[];
  unregistered: string[];
}

export function createScriptRegistry(scripting: ScriptingApi, permissions: PermissionsApi) {
  let queue: Promise<unknown> = Promise.resolve();

  async function granted(origin: string): Promise<boolean> {
    try {
      return await permissions.contains({ origins: [originPattern(origin)] });
    } catch {
      return false;
    }
  }

  async function run(chosen: readonly string[]): Promise<ReconcileResult> {
    const wanted = new Map<string, RegisteredScript>();
    for (const origin of chosen) if (await granted(origin)) wanted.set(scriptId(origin), scriptFor(origin));
    const ours = (await scripting.getRegisteredContentScripts()).filter((s) => s.id.startsWith(SCRIPT_PREFIX));
    // A registration that no longer matches what we would register now (older build) is replaced.
    const stale = ours.filter((s) => {
      const want = wanted.get(s.id);
      return !want || !sameList(s.matches, want.matches) || !sameList(s.js, want.js);
    });
    const kept = new Set(ours.filter((s) => !stale.includes(s)).map((s) => s.id));
    if (stale.length) await scripting.unregisterContentScripts({ ids: stale.map((s) => s.id) });
    const missing = [...wanted.values()].filter((s) => !kept.has(s.id));
    for (const script of missing) {
      try {
        await scripting.registerContentScripts([script]);
      } catch {
        // Registered meanwhile by another path (a second worker start): replace it once.
        await scripting.unregisterContentScripts({ ids: [script.id] }).catch(() => {});
        await scripting.registerContentScripts([script]);
      }
    }
    return { registered: missing.map((s) => s.id), unregistered: stale.map((s) => s.id) };
  }

  return {
    /** Registered scripts become exactly the chosen origins whose permission is granted. Serialised. */
    reconcile(chosen: readonly string[]): Promise<ReconcileResult> {
      const next = queue.then(() => run(chosen));
      queue = next.catch(() => {});
      return next;
    },
    granted,
  };
}

export type ScriptRegistry = ReturnType<typeof createScriptRegistry>;
