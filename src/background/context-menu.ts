/**
 * "Add selection to lead as …" on selected text: phone, e-mail, name, address or note, written into the
 * lead for the tab's site (created when there is none) as values the rep typed, so they win over what a
 * detection found. The result shows in the badge: "✓" for a moment, or "!" with the reason in its title.
 */
import { countryFromTld } from '../core/detect/context/country';
import { leadCountry } from '../core/lead/keys';
import { fillField } from '../core/lead/fill';
import { appError, asAppError, Failure, orThrow } from '../core/errors';
import type { Rules } from '../core/lead/summary';
import type { Lead } from '../core/lead/types';
import { siteOrigin } from '../shared/site-access';
import { siteKeys, siteLead } from './auto-detect';
import type { Translate } from '../shared/message-keys';
import type { Badge, BadgeState } from './badge';
import { appendNote, readSelection, SELECTION_KINDS, type FieldChange, type SelectionKind } from './selection-values';

export const MENU_PARENT = 'leadfill-add-selection';
const ITEM_PREFIX = 'leadfill-add-as-';

/** Longest notes field a lead may have: what an export can import again. */
const MAX_NOTES = 2000;

export interface MenusApi {
  removeAll(): Promise<void>;
  create(props: { id: string; parentId?: string; title: string; contexts: ['selection'] }): void;
}

/** Called from runtime.onInstalled: menus persist, so they are made once per install or update. */
export async function createMenus(menus: MenusApi, t: Translate): Promise<void> {
  await menus.removeAll();
  menus.create({ id: MENU_PARENT, title: t('menuAddSelection'), contexts: ['selection'] });
  for (const kind of SELECTION_KINDS) {
    menus.create({ id: `${ITEM_PREFIX}${kind}`, parentId: MENU_PARENT, title: t(`menuAs_${kind}`), contexts: ['selection'] });
  }
}

export function kindOfMenuItem(id: string | number): SelectionKind | null {
  const kind = String(id).startsWith(ITEM_PREFIX) ? String(id).slice(ITEM_PREFIX.length) : '';
  return (SELECTION_KINDS as readonly string[]).includes(kind) ? (kind as SelectionKind) : null;
}

export interface MenuDeps {
  badge: Badge;
  now(): number;
  rules(): Promise<Rules>;
  leadsWithAnyKey(keys: readonly string[]): Promise<Lead[]>;
  /** A new lead for the site in the tab (the activeTab grant of the click allows reading the page). */
  createLeadForTab(tabId: number, url: string): Promise<Lead>;
  updateLead(id: string, rules: Rules, change: (lead: Lead) => Lead): Promise<Lead>;
  /** What the badge shows once "✓" is gone: the tab's recomputed count, or nothing. */
  badgeAfterWrite(tabId: number): Promise<BadgeState>;
  /** Where failures that are not the rep's to fix go (the worker's console). */
  log(what: string, err: unknown): void;
}

export interface MenuClick {
  menuItemId: string | number;
  selectionText?: string;
  pageUrl?: string;
}

export function applyChanges(lead: Lead, changes: readonly FieldChange[], at: number): Lead {
  let next = lead;
  for (const change of changes) {
    let value = change.value;
    if (change.field === 'notes') {
      value = appendNote(next.fields.notes?.value, change.value);
      if (value.length > MAX_NOTES) throw new Failure(appError('notes-full'));
    }
    next = fillField(next, change.field, value, { kind: 'typed', at }).lead;
  }
  return next;
}

function pageCountry(url: string): string {
  try {
    return countryFromTld(new URL(url).hostname) ?? 'DE';
  } catch {
    return 'DE';
  }
}

export async function onMenuClicked(deps: MenuDeps, info: MenuClick, tab: { id?: number; url?: string } | undefined): Promise<void> {
  const kind = kindOfMenuItem(info.menuItemId);
  const tabId = tab?.id;
  if (!kind || tabId === undefined || tabId < 0) return;
  try {
    const url = info.pageUrl ?? tab?.url ?? '';
    if (!siteOrigin(url)) throw new Failure(appError('not-a-site'));
    const candidates = await deps.leadsWithAnyKey(siteKeys(url, null));
    let lead = siteLead(candidates, url, null);
    const people = lead ? [...lead.people.map((p) => p.name), [lead.fields.firstName?.value, lead.fields.lastName?.value].filter(Boolean).join(' ')] : [];
    const reading = readSelection(kind, info.selectionText ?? '', {
      country: lead ? leadCountry(lead, pageCountry(url)) : pageCountry(url),
      people: people.filter(Boolean),
    });
    // Read first: an unusable selection must not leave an empty new lead behind.
    const changes = orThrow(reading);
    const rules = await deps.rules();
    lead ??= await deps.createLeadForTab(tabId, url);
    await deps.updateLead(lead.id, rules, (current) => applyChanges(current, changes, deps.now()));
    await deps.badge.flashDone(tabId, () => deps.badgeAfterWrite(tabId));
  } catch (err) {
    if (!(err instanceof Failure)) deps.log('context menu', err);
    await deps.badge.show(tabId, { kind: 'error', error: asAppError(err) });
  }
}
