import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { acceptAnswer, acceptSender, createAutoDetect, fillableFields, siteKeys, siteLead, type ReportStore, type StoredReport } from '../../../src/background/auto-detect';
import { createScriptRegistry, scriptFor, scriptId, type RegisteredScript } from '../../../src/background/auto-detect-scripts';
import type { Badge, BadgeState } from '../../../src/background/badge';
import { createSiteHandlers } from '../../../src/background/handlers-sites';
import { researchOriginsIn } from '../../../src/background/host-users';
import { detect } from '../../../src/core/detect';
import { createLead } from '../../../src/core/lead/lead';
import { suggestionsFrom } from '../../../src/core/lead/suggestions';
import { parseHtml } from '../../../src/node/parse-html';
import { applyPatch, DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings';
import { originPattern } from '../../../src/shared/site-access';
import { memoryArea } from '../../support/memory-area';
import { cand, lead, record } from '../lead/helpers';
import { fakeContext } from './fake-context';

const URL_ = 'https://www.musterwerk.example/kontakt';
const ORIGIN = 'https://www.musterwerk.example';
const KONTAKT = `<html lang="de"><body><h1>Kontakt</h1><address>Musterwerk Maschinenbau GmbH<br>Zahnradstraße 17<br>81249 München</address>
<p>Telefon: <a href="tel:+4989471128000">+49 89 4711280-0</a><br>Telefax: +49 89 4711280-19<br>E-Mail: <a href="mailto:info@musterwerk.example">info@musterwerk.example</a></p></body></html>`;
const pageRecord = () => detect(parseHtml(KONTAKT), URL_).record;
/** The content script's answer to "detect". */
const answer = (rec = pageRecord(), url = URL_) => ({ url, record: rec, candidates: [], elapsedMs: 3 });
const READY = { type: 'content.ready' };
const sender = (over: Record<string, unknown> = {}) => ({ id: 'ext', url: URL_, frameId: 0, tab: { id: 5 }, ...over }) as never;

describe('acceptSender / acceptAnswer', () => {
  it('accepts our content script in the top frame of a tab on an enabled origin', () => {
    expect(acceptSender(sender(), 'ext', [ORIGIN])).toEqual({ tabId: 5, url: URL_ });
    expect(acceptAnswer(answer(), { url: URL_ })?.phones.length).toBeGreaterThan(0);
  });

  it.each([
    ['another extension', sender({ id: 'other' })],
    ['no tab (an extension page)', sender({ tab: undefined })],
    ['a subframe', sender({ frameId: 3 })],
    ['an origin the rep did not enable', sender({ url: 'https://evil.example/x' })],
    ['http on an https-only choice', sender({ url: 'http://www.musterwerk.example/' })],
    ['a non-web page', sender({ url: 'file:///etc/passwd' })],
  ])('refuses %s', (_name, s) => {
    expect(acceptSender(s, 'ext', [ORIGIN])).toBeNull();
  });

  it('refuses malformed or oversized records', () => {
    const page = { url: URL_ };
    const big = record({ emails: Array.from({ length: 500 }, (_, i) => cand('email', `a${i}@x.de`)) });
    expect(acceptAnswer(answer(big), page)).toBeNull();
    expect(acceptAnswer(answer({ ...record(), phones: 'x' } as never), page)).toBeNull();
    const badPhone = record({ phones: [cand('phone', { e164: 'javascript:1', kind: 'voice', raw: 'x' })] });
    expect(acceptAnswer(answer(badPhone), page)).toBeNull();
    expect(acceptAnswer({ url: URL_ }, page)).toBeNull();
    expect(acceptAnswer(null, page)).toBeNull();
  });

  it('refuses an answer from another site (the tab moved on in between)', () => {
    expect(acceptAnswer(answer(pageRecord(), 'https://other-company.example/'), { url: URL_ })).toBeNull();
  });
});

describe('fillableFields', () => {
  it('counts the empty fields the page offers a value for', () => {
    const fields = fillableFields(lead({ companyName: 'Musterwerk Maschinenbau GmbH' }), suggestionsFrom(pageRecord()));
    expect(fields).toEqual(expect.arrayContaining(['phone', 'fax', 'email', 'street', 'postalCode', 'city']));
    expect(fields).not.toContain('companyName');
  });

  it('counts like the popup: a mobile offered for phone and mobile fills both', () => {
    const rec = record({ phones: [cand('phone', { e164: '+491711234567', kind: 'mobile', raw: '0171 1234567' })] });
    expect(fillableFields(lead({}), suggestionsFrom(rec))).toEqual(['phone', 'mobile']);
    expect(fillableFields(lead({ phone: '+49 89 1' }), suggestionsFrom(rec))).toEqual(['mobile']);
  });
});

describe('siteKeys / siteLead', () => {
  it('finds the lead by the page domain', () => {
    const keys = siteKeys(URL_, pageRecord());
    expect(keys).toContain('domain:musterwerk.example');
    const mine = lead({ website: 'https://musterwerk.example' }, { id: 'mine' });
    const other = lead({ website: 'https://other.example' }, { id: 'other' });
    expect(siteLead([other, mine], URL_, pageRecord())?.id).toBe('mine');
    expect(siteLead([other], URL_, null)).toBeUndefined();
  });

  it('keys an IP-address site by its host', () => {
    expect(siteKeys('http://127.0.0.1:4173/kontakt.html', null)).toContain('domain:127.0.0.1');
  });
});

function memoryStore(): ReportStore & { map: Map<number, StoredReport> } {
  const map = new Map<number, StoredReport>();
  return {
    map,
    get: async (id) => map.get(id),
    set: async (id, r) => void map.set(id, r),
    remove: async (id) => void map.delete(id),
    tabIds: async () => [...map.keys()],
  };
}

function fakeBadge() {
  const shown = new Map<number, BadgeState>();
  const badge: Badge = {
    show: async (tabId, state) => void shown.set(tabId, state),
    clear: async (tabId) => void shown.set(tabId, { kind: 'none' }),
    flashDone: async (tabId, after) => void shown.set(tabId, await after()),
  };
  return { badge, shown };
}

describe('createAutoDetect', () => {
  let f: ReturnType<typeof fakeContext>;
  beforeEach(() => {
    f = fakeContext();
  });
  afterEach(async () => {
    await f.db.delete();
  });

  function setup(enabled = [ORIGIN]) {
    const store = memoryStore();
    const { badge, shown } = fakeBadge();
    // What the content script in each tab answers to "detect".
    const pages = new Map<number, unknown>([[5, answer()]]);
    const asked: number[] = [];
    const auto = createAutoDetect({
      runtimeId: 'ext',
      badge,
      enabledOrigins: async () => enabled,
      leadsWithAnyKey: (keys) => f.ctx.leads.withAnyKey(keys),
      reports: store,
      detectInTopFrame: async (tabId) => { asked.push(tabId); return pages.get(tabId); },
      log: vi.fn(),
      subscribeToLeads: (listener) => f.ctx.leads.subscribe(listener),
    });
    return { auto, store, shown, pages, asked };
  }
  const rules = { profile: DEFAULT_SETTINGS.profile, scoring: DEFAULT_SETTINGS.scoring };

  it('shows "+" when no lead matches the site', async () => {
    const { auto, shown } = setup();
    expect(await auto.onMessage(READY, sender())).toBe(true);
    expect(shown.get(5)).toEqual({ kind: 'no-lead' });
  });

  it('shows how many missing fields the page can fill, and never writes the lead', async () => {
    const stored = await f.ctx.leads.put(lead({ companyName: 'Musterwerk', website: 'https://www.musterwerk.example', phone: '+49 89 4711280-0' }), rules);
    const { auto, shown } = setup();
    await auto.onMessage(READY, sender());
    const state = shown.get(5);
    expect(state?.kind).toBe('fillable');
    // legal form, fax, e-mail, street, postal code, city, country (name, website and phone are there)
    expect(state && 'count' in state ? state.count : 0).toBe(7);
    expect(await f.ctx.leads.get(stored.id)).toEqual(stored);
  });

  it('ignores reports it does not accept, and other messages', async () => {
    const { auto, shown, store, asked, pages } = setup();
    expect(await auto.onMessage(READY, sender({ url: 'https://evil.example/' }))).toBe(false);
    expect(await auto.onMessage({ type: 'tab.state', tabId: 1 }, sender())).toBe(false);
    // A page may pretend to be a report: the background never takes a record it did not ask for.
    expect(await auto.onMessage({ type: 'content.detected', result: answer() }, sender())).toBe(false);
    expect(await auto.onMessage({ ...READY, extra: 1 }, sender())).toBe(false);
    expect(asked).toEqual([]);
    pages.set(5, answer(pageRecord(), 'https://evil.example/'));
    expect(await auto.onMessage(READY, sender())).toBe(false);
    expect(shown.size).toBe(0);
    expect(store.map.size).toBe(0);
  });

  it('clears the badge when the tab navigates, and forgets closed tabs', async () => {
    const { auto, shown, store } = setup();
    await auto.onMessage(READY, sender());
    await auto.onTabUpdated(5, { status: 'complete' });
    expect(shown.get(5)).toEqual({ kind: 'no-lead' });
    await auto.onTabUpdated(5, { status: 'loading' });
    expect(shown.get(5)).toEqual({ kind: 'none' });
    expect(store.map.has(5)).toBe(false);
    await auto.onMessage(READY, sender());
    await auto.onTabRemoved(5);
    expect(store.map.has(5)).toBe(false);
  });

  it('recounts when the leads repository announces a change, whoever made it', async () => {
    const { auto, shown } = setup();
    await auto.onMessage(READY, sender());
    expect(shown.get(5)).toEqual({ kind: 'no-lead' });
    await f.ctx.leads.get('n');
    await new Promise((r) => setTimeout(r, 400));
    expect(shown.get(5)).toEqual({ kind: 'no-lead' });
    await f.ctx.leads.put({ ...createLead('n', 1), fields: { website: { value: ORIGIN, source: { kind: 'typed', at: 1 } } } }, rules);
    await vi.waitFor(() => expect(shown.get(5)?.kind).toBe('fillable'));
    await f.ctx.leads.delete('n');
    await vi.waitFor(() => expect(shown.get(5)).toEqual({ kind: 'no-lead' }));
  });

  it('forgetOrigin clears the tabs on that site only', async () => {
    const { auto, shown, store, pages } = setup([ORIGIN, 'https://b.example']);
    await auto.onMessage(READY, sender());
    pages.set(6, answer(record(), 'https://b.example/'));
    await auto.onMessage(READY, sender({ url: 'https://b.example/', tab: { id: 6 } }));
    await auto.forgetOrigin(ORIGIN);
    expect(shown.get(5)).toEqual({ kind: 'none' });
    expect(store.map.has(6)).toBe(true);
  });
});

function fakeScripting(grantedPatterns: Set<string>) {
  const registered = new Map<string, RegisteredScript>();
  const scripting = {
    registerContentScripts: vi.fn(async (scripts: RegisteredScript[]) => {
      for (const s of scripts) {
        if (registered.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        registered.set(s.id, s);
      }
    }),
    getRegisteredContentScripts: vi.fn(async () => [...registered.values()]),
    unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => ids.forEach((id) => registered.delete(id))),
  };
  const permissions = {
    contains: vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => grantedPatterns.has(o))),
    remove: vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => grantedPatterns.delete(o))),
  };
  return { scripting, permissions, registered };
}

describe('content script registrations', () => {
  it('uses port-less patterns (Firefox rejects ports) and stable ids', () => {
    expect(originPattern('http://127.0.0.1:4173')).toBe('http://127.0.0.1/*');
    expect(scriptId('https://a.example')).toBe(scriptId('https://a.example'));
    expect(scriptId('https://a.example')).not.toBe(scriptId('https://b.example'));
    expect(scriptFor('https://a.example')).toMatchObject({ matches: ['https://a.example/*'], js: ['content-auto.js'], runAt: 'document_idle', persistAcrossSessions: true });
  });

  it('reconciles to granted ∩ chosen, leaving foreign registrations alone', async () => {
    const { scripting, permissions, registered } = fakeScripting(new Set(['https://a.example/*', 'https://c.example/*']));
    registered.set('other-feature', { id: 'other-feature', matches: ['https://x.example/*'] });
    registered.set(scriptId('https://gone.example'), scriptFor('https://gone.example'));
    const registry = createScriptRegistry(scripting, permissions);
    await registry.reconcile(['https://a.example', 'https://b.example', 'https://gone.example']);
    expect([...registered.keys()].sort()).toEqual(['other-feature', scriptId('https://a.example')].sort());
    // Nothing to do the second time.
    scripting.registerContentScripts.mockClear();
    await registry.reconcile(['https://a.example']);
    expect(scripting.registerContentScripts).not.toHaveBeenCalled();
  });

  it('serialises concurrent reconciles, so no id is registered twice', async () => {
    const { scripting, permissions, registered } = fakeScripting(new Set(['https://a.example/*']));
    const registry = createScriptRegistry(scripting, permissions);
    await Promise.all([registry.reconcile(['https://a.example']), registry.reconcile(['https://a.example'])]);
    expect(registered.size).toBe(1);
  });
});

describe('sites handlers', () => {
  function setup(granted: string[]) {
    const fake = fakeScripting(new Set(granted));
    let settings: Settings = DEFAULT_SETTINGS;
    const forgotten: string[] = [];
    const researchOrigins = researchOriginsIn(memoryArea(), async () => new Set());
    const handlers = createSiteHandlers({
      updateSettings: async (patch) => (settings = applyPatch(settings, patch(settings))),
      registry: createScriptRegistry(fake.scripting, fake.permissions),
      permissions: fake.permissions,
      forgetOrigin: async (o) => void forgotten.push(o),
      researchOrigins,
    });
    return { ...fake, handlers, settings: () => settings, forgotten, researchOrigins };
  }

  it('enables a granted origin: setting saved, script registered', async () => {
    const s = setup(['https://www.acme.de/*']);
    const res = await s.handlers['sites.enableAutoDetect']({ type: 'sites.enableAutoDetect', origin: 'https://www.acme.de' });
    expect(res.origins).toEqual(['https://www.acme.de']);
    expect(s.settings().autoDetectOrigins).toEqual(['https://www.acme.de']);
    expect(s.registered.has(scriptId('https://www.acme.de'))).toBe(true);
    // Twice is once.
    await s.handlers['sites.enableAutoDetect']({ type: 'sites.enableAutoDetect', origin: 'https://www.acme.de' });
    expect(s.settings().autoDetectOrigins).toHaveLength(1);
  });

  it('refuses an origin whose permission was not granted, and changes nothing', async () => {
    const s = setup([]);
    await expect(s.handlers['sites.enableAutoDetect']({ type: 'sites.enableAutoDetect', origin: 'https://www.acme.de' })).rejects.toThrow(/permission/);
    expect(s.settings().autoDetectOrigins).toEqual([]);
    expect(s.registered.size).toBe(0);
  });

  it('disables: registration, setting and permission removed, badges cleared', async () => {
    const s = setup(['https://www.acme.de/*']);
    await s.handlers['sites.enableAutoDetect']({ type: 'sites.enableAutoDetect', origin: 'https://www.acme.de' });
    const res = await s.handlers['sites.disableAutoDetect']({ type: 'sites.disableAutoDetect', origin: 'https://www.acme.de' });
    expect(res.origins).toEqual([]);
    expect(s.registered.size).toBe(0);
    expect(s.permissions.remove).toHaveBeenCalledWith({ origins: ['https://www.acme.de/*'] });
    expect(s.forgotten).toEqual(['https://www.acme.de']);
  });

  it('keeps a permission another chosen origin still needs (same host, other port)', async () => {
    const s = setup(['http://127.0.0.1/*']);
    await s.handlers['sites.enableAutoDetect']({ type: 'sites.enableAutoDetect', origin: 'http://127.0.0.1:4173' });
    await s.handlers['sites.enableAutoDetect']({ type: 'sites.enableAutoDetect', origin: 'http://127.0.0.1:8080' });
    await s.handlers['sites.disableAutoDetect']({ type: 'sites.disableAutoDetect', origin: 'http://127.0.0.1:8080' });
    expect(s.permissions.remove).not.toHaveBeenCalled();
    expect(s.registered.has(scriptId('http://127.0.0.1:4173'))).toBe(true);
  });

  it('keeps the permission of a site turned off while research still uses it', async () => {
    const s = setup(['https://www.acme.de/*']);
    await s.researchOrigins.note('https://www.acme.de');
    await s.handlers['sites.enableAutoDetect']({ type: 'sites.enableAutoDetect', origin: 'https://www.acme.de' });
    await s.handlers['sites.disableAutoDetect']({ type: 'sites.disableAutoDetect', origin: 'https://www.acme.de' });
    expect(s.permissions.remove).not.toHaveBeenCalled();
    expect(s.registered.size).toBe(0);
  });
});
