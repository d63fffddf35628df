import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Badge, BadgeState } from '../../../src/background/badge';
import { onCommand, platformSidePanel } from '../../../src/background/commands';
import { rulesOf } from '../../../src/background/context';
import { createMenus, kindOfMenuItem, MENU_PARENT, onMenuClicked, type MenuDeps } from '../../../src/background/context-menu';
import { readAddress, readEmail, readName, readPhone, readSelection } from '../../../src/background/selection-values';
import { createLead } from '../../../src/core/lead/lead';
import type { Lead } from '../../../src/core/lead/types';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';
import { fakeContext } from './fake-context';

const changes = (r: ReturnType<typeof readName>) => (r.ok ? Object.fromEntries(r.value.map((c) => [c.field, c.value])) : r.error.code);

describe('reading a selection', () => {
  it('phone: E.164 in the country given, mobile numbers as mobile', () => {
    expect(changes(readPhone('089 1234567', 'DE'))).toEqual({ phone: '+49 89 1234567' });
    expect(changes(readPhone('Tel.: +49 (0)89 / 12 34 56-7', 'DE'))).toEqual({ phone: '+49 89 1234567' });
    expect(changes(readPhone('0171 1234567', 'DE'))).toEqual({ mobile: '+49 171 1234567' });
    expect(changes(readPhone('01 234 56 78', 'AT'))).toEqual({ phone: '+43 1 2345678' });
    expect(changes(readPhone('Öffnungszeiten', 'DE'))).toBe('selection-not-phone');
  });

  it('email: company mailbox or a person\'s address', () => {
    expect(changes(readEmail('info@acme.de', []))).toEqual({ email: 'info@acme.de' });
    expect(changes(readEmail('E-Mail: Vertrieb@ACME.de.', []))).toEqual({ email: 'vertrieb@acme.de' });
    expect(changes(readEmail('mailto:max.mustermann@acme.de', []))).toEqual({ personEmail: 'max.mustermann@acme.de' });
    expect(changes(readEmail('mmustermann@acme.de', ['Max Mustermann']))).toEqual({ personEmail: 'mmustermann@acme.de' });
    expect(changes(readEmail('info(at)acme', []))).toBe('selection-not-email');
  });

  it.each([
    ['Max Mustermann', { firstName: 'Max', lastName: 'Mustermann' }],
    ['Dr. Max Mustermann', { salutation: 'Dr.', firstName: 'Max', lastName: 'Mustermann' }],
    ['Herr Prof. Dr. Max Mustermann', { salutation: 'Herr Prof. Dr.', firstName: 'Max', lastName: 'Mustermann' }],
    ['Mustermann, Max', { firstName: 'Max', lastName: 'Mustermann' }],
    ['Mustermann, Dr. Max', { salutation: 'Dr.', firstName: 'Max', lastName: 'Mustermann' }],
    ['Max von der Heide', { firstName: 'Max', lastName: 'von der Heide' }],
    ['von der Heide, Anna-Lena', { firstName: 'Anna-Lena', lastName: 'von der Heide' }],
    ['Anna Maria Schmidt, MBA', { firstName: 'Anna Maria', lastName: 'Schmidt' }],
    ['  Mustermann  ', { lastName: 'Mustermann' }],
  ])('name: %s', (text, expected) => {
    expect(changes(readName(text))).toEqual(expected);
  });

  it.each(['info@acme.de', 'Hauptstraße 12', 'a, b, c, d', ''])('name: refuses %j', (text) => {
    expect(readName(text).ok).toBe(false);
  });

  it.each([
    ['Hauptstraße 1, 80331 München', { street: 'Hauptstraße 1', postalCode: '80331', city: 'München' }],
    ['Zahnradstraße 17\n81249 München\nDeutschland', { street: 'Zahnradstraße 17', postalCode: '81249', city: 'München', country: 'DE' }],
    ['1090 Wien, Marktgasse 3', { street: 'Marktgasse 3', postalCode: '1090', city: 'Wien' }],
    ['Musterweg 5, D-12345 Berlin', { street: 'Musterweg 5', postalCode: '12345', city: 'Berlin', country: 'DE' }],
  ])('address: %j', (text, expected) => {
    expect(changes(readAddress(text))).toMatchObject(expected);
  });

  it('address: refuses text without a postal code and town', () => {
    expect(readAddress('Call us any time').ok).toBe(false);
  });

  it('refuses an empty or huge selection', () => {
    expect(readSelection('note', '   ', { country: 'DE', people: [] })).toEqual({ ok: false, error: { code: 'selection-empty' } });
    expect(readSelection('note', 'x'.repeat(3000), { country: 'DE', people: [] })).toEqual({ ok: false, error: { code: 'selection-too-long' } });
  });
});

describe('menus', () => {
  it('are re-created from scratch with localised titles, for selections only', async () => {
    const calls: string[] = [];
    const created: { id: string; parentId?: string; title: string; contexts: string[] }[] = [];
    await createMenus(
      { removeAll: async () => void calls.push('removeAll'), create: (p) => void (calls.push('create'), created.push(p)) },
      (key) => `«${key}»`,
    );
    expect(calls[0]).toBe('removeAll');
    expect(created[0]).toEqual({ id: MENU_PARENT, title: '«menuAddSelection»', contexts: ['selection'] });
    expect(created.slice(1).map((c) => [kindOfMenuItem(c.id), c.parentId, c.title])).toEqual([
      ['phone', MENU_PARENT, '«menuAs_phone»'],
      ['email', MENU_PARENT, '«menuAs_email»'],
      ['name', MENU_PARENT, '«menuAs_name»'],
      ['address', MENU_PARENT, '«menuAs_address»'],
      ['note', MENU_PARENT, '«menuAs_note»'],
    ]);
    expect(kindOfMenuItem(MENU_PARENT)).toBeNull();
    expect(kindOfMenuItem('leadfill-add-as-__proto__')).toBeNull();
  });
});

describe('onMenuClicked', () => {
  let f: ReturnType<typeof fakeContext>;
  let shown: Map<number, BadgeState>;
  let deps: MenuDeps;
  const URL_ = 'https://www.acme.at/kontakt';
  const rules = rulesOf(DEFAULT_SETTINGS);

  beforeEach(() => {
    f = fakeContext();
    shown = new Map();
    const badge: Badge = {
      show: async (tabId, state) => void shown.set(tabId, state),
      clear: async (tabId) => void shown.set(tabId, { kind: 'none' }),
      flashDone: async (tabId) => void shown.set(tabId, { kind: 'done' }),
    };
    deps = {
      badge,
      now: () => f.ctx.now(),
      rules: async () => rules,
      leadsWithAnyKey: (keys) => f.ctx.leads.withAnyKey(keys),
      createLeadForTab: vi.fn(async (_tabId: number, url: string) => {
        const at = f.ctx.now();
        const lead: Lead = { ...createLead(f.ctx.newId(), at), fields: { website: { value: new URL(url).origin, source: { kind: 'detected', at, url, method: 'page-url' } } } };
        return f.ctx.leads.put(lead, rules);
      }),
      updateLead: (id, r, change) => f.ctx.leads.update(id, r, change),
      badgeAfterWrite: async () => ({ kind: 'none' }),
      log: vi.fn(),
    };
  });
  afterEach(async () => {
    await f.db.delete();
  });

  const click = (kind: string, selectionText: string, pageUrl = URL_) => onMenuClicked(deps, { menuItemId: `leadfill-add-as-${kind}`, selectionText, pageUrl }, { id: 3 });

  it('creates the lead for the site when there is none and sets the value as typed', async () => {
    await click('phone', '01 234 56 78');
    const [lead] = await f.ctx.leads.all();
    // .at: a national number reads as Austrian.
    expect(lead?.fields.phone).toEqual({ value: '+43 1 2345678', source: { kind: 'typed', at: f.ctx.now() } });
    expect(shown.get(3)).toEqual({ kind: 'done' });
  });

  it('writes into the existing lead of the site; the rep\'s choice replaces a detected value', async () => {
    const at = f.ctx.now();
    const existing = await f.ctx.leads.put({
      ...createLead('existing', at),
      fields: {
        website: { value: 'https://acme.at', source: { kind: 'typed', at } },
        email: { value: 'office@acme.at', source: { kind: 'detected', at, url: URL_, method: 'mailto-link' } },
      },
    }, rules);
    await click('email', 'vertrieb@acme.at');
    await click('name', 'Mag. Anna Berger');
    await click('note', 'Met at the fair');
    await click('note', 'Wants a quote');
    expect(deps.createLeadForTab).not.toHaveBeenCalled();
    const lead = await f.ctx.leads.get(existing.id);
    expect(lead?.fields.email?.value).toBe('vertrieb@acme.at');
    expect(lead?.fields.email?.source.kind).toBe('typed');
    expect(lead?.fields.firstName?.value).toBe('Anna');
    expect(lead?.fields.lastName?.value).toBe('Berger');
    expect(lead?.fields.salutation?.value).toBe('Mag.');
    expect(lead?.fields.notes?.value).toBe('Met at the fair\nWants a quote');
  });

  it('shows the reason in the badge and creates nothing for an unusable selection', async () => {
    await click('phone', 'hello world');
    expect(shown.get(3)).toEqual({ kind: 'error', error: { code: 'selection-not-phone' } });
    expect(await f.ctx.leads.count()).toBe(0);
  });

  it('refuses pages that are not web sites', async () => {
    await click('note', 'x', 'chrome://settings');
    expect(shown.get(3)).toEqual({ kind: 'error', error: { code: 'not-a-site' } });
  });

  it('refuses to overflow the notes', async () => {
    await click('note', 'a'.repeat(1500));
    await click('note', 'b'.repeat(1500));
    expect(shown.get(3)).toEqual({ kind: 'error', error: { code: 'notes-full' } });
    const [lead] = await f.ctx.leads.all();
    expect(lead?.fields.notes?.value).toHaveLength(1500);
  });

  it('ignores clicks on other menu items', async () => {
    await onMenuClicked(deps, { menuItemId: 'something-else', selectionText: 'x', pageUrl: URL_ }, { id: 3 });
    expect(shown.size).toBe(0);
  });
});

describe('open-side-panel command', () => {
  it('opens Chrome\'s side panel for the tab, synchronously', () => {
    const open = vi.fn(async () => {});
    expect(onCommand('open-side-panel', { id: 8 }, { openForTab: open }, vi.fn())).toBe(true);
    expect(open).toHaveBeenCalledWith({ tabId: 8 });
  });

  it('logs an opening the browser refused instead of losing it', async () => {
    const refusal = new Error('sidePanel.open() may only be called in response to a user gesture.');
    const log = vi.fn();
    onCommand('open-side-panel', { id: 8 }, { openForTab: async () => Promise.reject(refusal) }, log);
    await vi.waitFor(() => expect(log).toHaveBeenCalledWith('open side panel', refusal));
  });

  it('falls back to Firefox\'s sidebar and ignores other commands', () => {
    const sidebar = vi.fn(async () => {});
    expect(onCommand('open-side-panel', undefined, { openSidebar: sidebar }, vi.fn())).toBe(true);
    expect(sidebar).toHaveBeenCalled();
    expect(onCommand('_execute_action', { id: 1 }, { openSidebar: sidebar }, vi.fn())).toBe(false);
  });

  it('finds the openers the browser has', () => {
    const open = vi.fn(async () => {});
    expect(platformSidePanel({ chrome: { sidePanel: { open } } }).openForTab).toBeTypeOf('function');
    expect(platformSidePanel({}).openForTab).toBeUndefined();
  });
});
