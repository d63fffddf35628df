import { describe, expect, it } from 'vitest';
import { Failure, type AppError } from '../../../src/core/errors';
import { DEFAULT_RETENTION } from '../../../src/core/lead/retention';
import { applyPatch, DEFAULT_SETTINGS, readSettings, SETTINGS_VERSION } from '../../../src/shared/settings';
import { DEFAULT_CRM_SETTINGS } from '../../../src/shared/crm-settings';
import { migrateSettings, MIGRATIONS } from '../../../src/shared/settings-migrations';

/** Settings as version 1 of the extension wrote them to storage.local. */
const V1 = {
  version: 1,
  profile: [{ id: 'companyName', anyOf: [['companyName']] }],
  scoring: DEFAULT_SETTINGS.scoring,
  retention: { staleAfterMonths: 24, graceDays: 60 },
  autoDetectOrigins: ['https://Www.Acme.DE:443', 'https://www.acme.de', 'http://127.0.0.1:8080'],
};

/** The paths of the parts that could not be read. */
const unreadable = (problems: AppError[]) => problems.flatMap((p) => (p.code === 'setting-unreadable' ? [p.params.path] : []));

/** The error a call refused with. */
function refusal(call: () => unknown): AppError | null {
  try {
    call();
  } catch (err) {
    if (err instanceof Failure) return err.error;
    throw err;
  }
  return null;
}

describe('settings migrations', () => {
  it('has one step from every version below the current one', () => {
    for (let n = 1; n < SETTINGS_VERSION; n++) expect(MIGRATIONS[n], `step ${n} → ${n + 1}`).toBeTypeOf('function');
  });

  it('1 → 2 keeps each site once, as the browser writes its origin, and leaves the rest alone', () => {
    const v2 = MIGRATIONS[1]!(V1);
    expect(v2).toEqual({ ...V1, version: 2, autoDetectOrigins: ['https://www.acme.de', 'http://127.0.0.1:8080'] });
    expect(MIGRATIONS[1]!({ version: 1, autoDetectOrigins: 'x' })['autoDetectOrigins']).toEqual([]);
  });

  it('reads what carried no version as version 1, and refuses versions it does not know', () => {
    expect(migrateSettings({ autoDetectOrigins: ['https://A.de'] }, 2)).toEqual({ ok: true, value: { version: 2, autoDetectOrigins: ['https://a.de'] } });
    expect(migrateSettings({ version: 3 }, 2)).toEqual({ ok: false, error: { code: 'settings-newer-version', params: { version: '3' } } });
    expect(migrateSettings({ version: '1' }, 2)).toEqual({ ok: false, error: { code: 'settings-unknown-version', params: { version: '1' } } });
    expect(migrateSettings({ version: 0 }, 2)).toEqual({ ok: false, error: { code: 'settings-unknown-version', params: { version: '0' } } });
  });
});

describe('readSettings', () => {
  it('gives the defaults for nothing stored, without problems', () => {
    expect(readSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
    expect(readSettings(null)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('reads an old version through the migrations', () => {
    const { settings, problems } = readSettings(V1);
    expect(problems).toEqual([]);
    // The CRM and research parts came later without a version step: settings stored before them read their defaults.
    expect(settings).toEqual({ ...V1, version: SETTINGS_VERSION, autoDetectOrigins: ['https://www.acme.de', 'http://127.0.0.1:8080'], crm: DEFAULT_CRM_SETTINGS, research: { auto: false } });
  });

  it('reads "research automatically" as stored, and off when it is missing or damaged', () => {
    const stored = { ...DEFAULT_SETTINGS, research: undefined };
    expect(readSettings(stored).settings.research).toEqual({ auto: false });
    expect(readSettings({ ...DEFAULT_SETTINGS, research: { auto: true } }).settings.research).toEqual({ auto: true });
    const damaged = readSettings({ ...DEFAULT_SETTINGS, research: { auto: 'yes' } });
    expect(damaged.settings.research).toEqual({ auto: false });
    expect(damaged.problems).toEqual([{ code: 'setting-unreadable', params: { path: 'research.auto' } }]);
    expect(applyPatch(DEFAULT_SETTINGS, { research: { auto: true } }).research).toEqual({ auto: true });
  });

  it('fills a partial object from the defaults', () => {
    const { settings, problems } = readSettings({ version: 2, retention: { staleAfterMonths: 6, graceDays: 10 } });
    expect(problems).toEqual([]);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, retention: { staleAfterMonths: 6, graceDays: 10 } });
  });

  it('replaces a damaged part by its default and names it, keeping the good parts', () => {
    const { settings, problems } = readSettings({ ...V1, version: 2, autoDetectOrigins: [], profile: 'everything', scoring: { threshold: 'high' } });
    expect(settings.profile).toEqual(DEFAULT_SETTINGS.profile);
    expect(settings.scoring).toEqual(DEFAULT_SETTINGS.scoring);
    expect(settings.retention).toEqual(V1.retention);
    expect(unreadable(problems).some((p) => p.startsWith('profile'))).toBe(true);
    expect(unreadable(problems).some((p) => p.startsWith('scoring'))).toBe(true);
  });

  it.each([
    ['a retention below its bounds', { staleAfterMonths: 0, graceDays: 30 }],
    ['a negative grace period', { staleAfterMonths: 12, graceDays: -5 }],
    ['a retention above its bounds', { staleAfterMonths: 100_000, graceDays: 30 }],
    ['fractions', { staleAfterMonths: 1.5, graceDays: 0.5 }],
    ['strings', { staleAfterMonths: '1', graceDays: '0' }],
  ])('never uses %s: the default applies, with a problem', (_name, retention) => {
    const { settings, problems } = readSettings({ ...DEFAULT_SETTINGS, retention });
    expect(settings.retention).toEqual(DEFAULT_RETENTION);
    expect(unreadable(problems)[0]).toMatch(/^retention\./);
  });

  it('reads a newer or unknown version part by part and says so', () => {
    const { settings, problems } = readSettings({ ...DEFAULT_SETTINGS, version: 99, retention: { staleAfterMonths: 6, graceDays: 10 } });
    expect(settings.retention).toEqual({ staleAfterMonths: 6, graceDays: 10 });
    expect(settings.version).toBe(SETTINGS_VERSION);
    expect(problems).toEqual([{ code: 'settings-newer-version', params: { version: '99' } }]);
    const unreadableAll = { settings: DEFAULT_SETTINGS, problems: [{ code: 'setting-unreadable', params: { path: 'settings' } }] };
    expect(readSettings('garbage')).toEqual(unreadableAll);
    expect(readSettings([1, 2])).toEqual(unreadableAll);
  });
});

describe('applyPatch', () => {
  it('changes only the given parts and validates the result', () => {
    const next = applyPatch(DEFAULT_SETTINGS, { retention: { staleAfterMonths: 6, graceDays: 0 }, profile: undefined });
    expect(next).toEqual({ ...DEFAULT_SETTINGS, retention: { staleAfterMonths: 6, graceDays: 0 } });
    expect(refusal(() => applyPatch(DEFAULT_SETTINGS, { retention: { staleAfterMonths: 0, graceDays: 0 } }))).toEqual({ code: 'settings-invalid', params: { path: 'retention.staleAfterMonths' } });
    expect(refusal(() => applyPatch(DEFAULT_SETTINGS, { autoDetectOrigins: ['https://A.de'] }))).toEqual({ code: 'settings-invalid', params: { path: 'autoDetectOrigins.0' } });
    expect(refusal(() => applyPatch(DEFAULT_SETTINGS, { autoDetectOrigins: ['https://a.de', 'https://a.de'] }))).toEqual({ code: 'settings-invalid', params: { path: 'autoDetectOrigins' } });
  });
});

describe('CRM settings', () => {
  const connection = { id: 'webhook-1', kind: 'webhook', label: 'Team', url: 'https://hooks.example.com/leads' } as const;

  it('keeps connections, push rule and timing within bounds; a damaged part is reported and its default used', () => {
    const crm = { connections: [connection], pushRule: 'qualified', timing: { backoffBaseMs: 100, backoffCapMs: 2_000, timeoutMs: 1_000 } };
    expect(readSettings({ ...DEFAULT_SETTINGS, crm })).toEqual({ settings: { ...DEFAULT_SETTINGS, crm }, problems: [] });
    const damaged = readSettings({ ...DEFAULT_SETTINGS, crm: { ...crm, pushRule: 'always', timing: { backoffBaseMs: 1, backoffCapMs: 2_000, timeoutMs: 1_000 } } });
    expect(damaged.settings.crm).toEqual(DEFAULT_CRM_SETTINGS);
    expect(unreadable(damaged.problems)).toEqual(['crm.pushRule', 'crm.timing.backoffBaseMs']);
  });

  it('refuses two connections with one id, an unknown kind and more than ten connections', () => {
    const save = (connections: unknown[]) => refusal(() => applyPatch(DEFAULT_SETTINGS, { crm: { ...DEFAULT_CRM_SETTINGS, connections } as never }));
    expect(save([connection])).toBeNull();
    expect(save([connection, connection])).toEqual({ code: 'settings-invalid', params: { path: 'crm.connections' } });
    expect(save([{ ...connection, kind: 'fax' }])).toEqual({ code: 'settings-invalid', params: { path: 'crm.connections.0.kind' } });
    expect(save(Array.from({ length: 11 }, (_, i) => ({ ...connection, id: `w${i}` })))).toEqual({ code: 'settings-invalid', params: { path: 'crm.connections' } });
  });
});
