/**
 * Automatic detection, badge and context menu bound to the real browser APIs and the background's
 * handler context. Everything here is a thin binding; the logic lives in the modules it wires.
 */
import type { DetectionRecord } from '../core/detect/types';
import { browser } from '../shared/browser';
import { messages } from '../shared/i18n';
import { autoReportKey, tabOfAutoReportKey } from '../shared/storage-keys';
import { createAutoDetect, type AutoDetect, type ReportStore, type StoredReport } from './auto-detect';
import { createScriptRegistry, type PermissionsApi, type ScriptingApi, type ScriptRegistry } from './auto-detect-scripts';
import { createBadge, type Badge } from './badge';
import { browserBadgeApi } from './badge-adapter';
import type { MenuDeps, MenusApi } from './context-menu';
import { rulesOf, type HandlerContext } from './context';
import { leadForPage } from './handlers-tab';
import type { SiteDeps } from './handlers-sites';
import type { ResearchOrigins } from './host-users';
import { detectPage } from './engine';
import { logFailure } from './log';
import { askTopFrame } from './page-reading';

/** Session storage: gone with the browser session, survives a worker restart, never reaches the database. */
export function sessionReportStore(): ReportStore {
  const key = autoReportKey;
  return {
    async get(tabId) {
      return (await browser.storage.session.get(key(tabId)))[key(tabId)] as StoredReport | undefined;
    },
    set: (tabId, report: { url: string; record: DetectionRecord }) => browser.storage.session.set({ [key(tabId)]: report }),
    remove: (tabId) => browser.storage.session.remove(key(tabId)),
    async tabIds() {
      const all = await browser.storage.session.get(null);
      return Object.keys(all).map(tabOfAutoReportKey).filter((id): id is number => id !== null);
    },
  };
}

let registry: ScriptRegistry | undefined;
let badge: Badge | undefined;
const autoDetects = new WeakMap<HandlerContext, AutoDetect>();

/** One registry per worker, so every reconcile goes through the same queue. */
export function scriptRegistry(): ScriptRegistry {
  registry ??= createScriptRegistry(browser.scripting as unknown as ScriptingApi, browser.permissions as unknown as PermissionsApi);
  return registry;
}

export function toolbarBadge(): Badge {
  badge ??= createBadge(browserBadgeApi(), messages);
  return badge;
}

export function autoDetectFor(ctx: HandlerContext): AutoDetect {
  let auto = autoDetects.get(ctx);
  if (!auto) {
    auto = createAutoDetect({
      runtimeId: browser.runtime.id,
      badge: toolbarBadge(),
      enabledOrigins: async () => (await ctx.settings()).autoDetectOrigins,
      leadsWithAnyKey: (keys) => ctx.leads.withAnyKey(keys),
      reports: sessionReportStore(),
      // The registered content script reads the page; the engine here reads its snapshot.
      detectInTopFrame: async (tabId) => {
        const snapshot = await askTopFrame(tabId);
        return snapshot ? detectPage(snapshot) : null;
      },
      log: logFailure,
      // Whatever wrote the leads (a request, the context menu, a job), the badges recount.
      subscribeToLeads: (listener) => ctx.leads.subscribe(listener),
    });
    autoDetects.set(ctx, auto);
  }
  return auto;
}

/** What `createSiteHandlers` needs (spread into createHandlers). */
export function siteDeps(ctx: HandlerContext, researchOrigins: ResearchOrigins): SiteDeps {
  return {
    updateSettings: (patch) => ctx.updateSettings(patch),
    registry: scriptRegistry(),
    permissions: browser.permissions as unknown as PermissionsApi,
    forgetOrigin: (origin) => autoDetectFor(ctx).forgetOrigin(origin),
    researchOrigins,
  };
}

/** Registered scripts = granted ∩ chosen origins; called at startup and when permissions change. */
export async function reconcileScripts(ctx: HandlerContext): Promise<void> {
  await scriptRegistry().reconcile((await ctx.settings()).autoDetectOrigins);
}

export function browserMenus(): MenusApi {
  return {
    removeAll: () => browser.contextMenus.removeAll(),
    create: (props) => {
      // The callback reads lastError, so a menu that exists already is not an uncaught error.
      browser.contextMenus.create(props, () => void browser.runtime.lastError);
    },
  };
}

export function menuDeps(ctx: HandlerContext): MenuDeps {
  return {
    badge: toolbarBadge(),
    now: () => ctx.now(),
    rules: async () => rulesOf(await ctx.settings()),
    leadsWithAnyKey: (keys) => ctx.leads.withAnyKey(keys),
    // The rep right-clicked the page itself: what it shows now is what they saw.
    createLeadForTab: async (tabId) => (await leadForPage(ctx, tabId)).lead,
    updateLead: (id, rules, change) => ctx.leads.update(id, rules, change),
    badgeAfterWrite: (tabId) => autoDetectFor(ctx).stateFor(tabId),
    log: logFailure,
  };
}
