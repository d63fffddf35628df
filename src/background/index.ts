/**
 * Service worker (Chrome) / event page (Firefox). Listeners are registered synchronously at the top
 * level, because a worker woken by an event only sees listeners added during its first turn. Work a
 * listener starts and nobody awaits goes through `logRejection`, so its failure reaches the log.
 */
import { browser, extensionOrigin, type Runtime } from '../shared/browser';
import { db } from '../shared/db/db';
import { JOBS_KEY, LEGACY_SETTINGS_KEY } from '../shared/storage-keys';
import { rulesOf, type HandlerContext } from './context';
import { OUTBOX_ALARM, outboxParticipant } from './crm/outbox';
import { createCrm } from './crm/wiring';
import { createHandlers } from './handlers';
import { runRetention } from './handlers-privacy';
import { importJob } from './jobs/import';
import { rescoreJob } from './jobs/rescore';
import { createJobRunner, JOBS_ALARM } from './jobs/runner';
import { logFailure, logRejection } from './log';
import { createImportFiles } from './repos/import-files.repo';
import { createLeadsRepo } from './repos/leads.repo';
import { createReportCostsRepo } from './repos/report-costs.repo';
import { route } from './router';
import { createSecretsStore } from './secrets';
import { createSettingsStore } from './settings-store';
import { forgetTab } from './tab-detection';
import { messages, t } from '../shared/i18n';
import { browserBadgeApi } from './badge-adapter';
import { createResearchBadge } from './research-badge';
import { onCommand, platformSidePanel } from './commands';
import { createMenus, onMenuClicked } from './context-menu';
import { autoDetectFor, browserMenus, menuDeps, reconcileScripts, siteDeps } from './features';
import { createSiteHandlers } from './handlers-sites';
import { warmEngineWhenIdle } from './engine-warmup';
import { createSiteResearch, grantedOrigin } from './research/site-research';
import { researchMayFetchWith, researchOriginsIn, type KeyValueArea } from './host-users';
import { cachedSiteResearch } from './research/cached-research';
import { localResearchStore, researchCacheIn, type LocalArea } from './research/research-cache';
import { localPageMemo } from './research/page-memo-store';
import { fetchPage } from './research/fetch-page';
import { readFetchedPage } from './research/read-page';
import { researchLeadsJob } from './jobs/research-leads';

const settings = createSettingsStore(db, {
  read: async () => (await browser.storage.local.get(LEGACY_SETTINGS_KEY))[LEGACY_SETTINGS_KEY],
  remove: () => browser.storage.local.remove(LEGACY_SETTINGS_KEY),
});
// Every lead write also enqueues what the push rule makes due, in the same transaction.
const leads = createLeadsRepo(db, [outboxParticipant(db, Date.now)], logFailure);
const imports = createImportFiles(db, Date.now);
const rules = async () => rulesOf(await settings.settings());
// One cache for the popup's research and bulk runs: its size is counted, and its writes queued, in one place.
const researchCache = researchCacheIn(browser.storage.local as unknown as LocalArea, { now: Date.now });
// Research notes the origins it fetches from, so a CRM or a site turned off never takes their permission
// away; an origin leaves the list with the last cached research of its site.
const researchOrigins = researchOriginsIn(browser.storage.local as unknown as KeyValueArea, () => researchCache.sites());
const researchMayFetch = researchMayFetchWith(grantedOrigin, researchOrigins);
const researchStore = localResearchStore(researchCache);
const researchBadge = createResearchBadge(browserBadgeApi(), messages);
// Every kind of durable job is registered here, so a restarted worker can continue any of them.
const jobs = createJobRunner({
  db,
  kinds: [
    rescoreJob({ db, leads, rules }),
    importJob({ db, leads, files: imports, rules }),
    researchLeadsJob({
      db,
      leads,
      rules,
      now: Date.now,
      mayFetch: researchMayFetch,
      research: cachedSiteResearch({ store: researchStore, memo: localPageMemo(researchCache), now: Date.now, io: { fetch: (url, want) => fetchPage(url, want), read: readFetchedPage } }),
    }),
  ],
  owner: crypto.randomUUID(),
  now: Date.now,
  newId: () => crypto.randomUUID(),
  alarms: browser.alarms,
  // The options page reads the runs from session storage; the toolbar counts bulk research's leads left.
  announce: (views) => Promise.all([browser.storage.session.set({ [JOBS_KEY]: views }), researchBadge(views).catch((err: unknown) => logFailure('research badge', err))]),
  log: logFailure,
});
const research = createSiteResearch({ store: researchStore, now: Date.now, mayFetch: researchMayFetch });
const context: HandlerContext = {
  leads,
  reportCosts: createReportCostsRepo(db),
  settings: settings.settings,
  updateSettings: settings.update,
  secrets: createSecretsStore(),
  jobs,
  imports,
  now: Date.now,
  newId: () => crypto.randomUUID(),
  researchReadings: (pageUrl) => research.readings(pageUrl),
};
const crm = createCrm(db, context, researchOrigins);
const handlers = createHandlers(context, { ...createSiteHandlers(siteDeps(context, researchOrigins)), ...crm.handlers }, {
  settingsProblems: async () => (await settings.load()).problems,
  research,
});
const autoDetect = autoDetectFor(context);
const check = { extensionId: browser.runtime.id, extensionOrigin: extensionOrigin() };

/** Requests being served now: the engine's warm-up waits until there are none. */
let serving = 0;
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  serving++;
  return route(message, sender, check, handlers).finally(() => {
    serving--;
  });
});

// The lead list's rows: loaded from their stored copy at the first query, or, when that copy is
// incomplete (a worker stopped before storing it), read from the leads now, ahead of that query.
logRejection('lead list', context.leads.warmList());

browser.tabs.onRemoved.addListener((tabId) => {
  logRejection('forget closed tab', forgetTab(tabId));
});

// Stale leads are flagged and, after the grace period, deleted once a day. Alarms may not survive a
// browser restart, so the alarm is re-created on every start.
const RETENTION_ALARM = 'retention';
browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === RETENTION_ALARM) logRejection('retention', runRetention(context));
});
logRejection('retention alarm', browser.alarms.get(RETENTION_ALARM).then(async (existing) => {
  if (!existing) await browser.alarms.create(RETENTION_ALARM, { delayInMinutes: 5, periodInMinutes: 24 * 60 });
}));

// Durable jobs: the alarm wakes a worker for a job whose previous worker stopped mid-chunk; every
// start continues what was running (or sets the alarm for when the dead worker's lease expires).
browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === JOBS_ALARM) logRejection('jobs', jobs.wake());
});
logRejection('jobs at start', jobs.wake());

// The CRM outbox: every start sends what is due (or sets the alarm for when a dead worker's lease
// expires); the alarm wakes a worker for the next retry; a lead write that enqueued a push wakes it now.
browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === OUTBOX_ALARM) logRejection('outbox', crm.outbox.wake());
});
context.leads.subscribe((change) => {
  if (change.kind === 'created' || change.kind === 'updated') logRejection('outbox after a lead write', crm.outbox.wake());
});
logRejection('outbox at start', crm.outbox.wake());

// Automatic detection on the sites the rep chose, the toolbar badge, the context menu, the side panel key.
// Content scripts' reports: a path of their own, apart from the router, that only ever sets the badge.
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  logRejection('content report', autoDetect.onMessage(message, sender));
  return undefined;
});
browser.tabs.onUpdated.addListener((tabId, change) => {
  logRejection('tab update', autoDetect.onTabUpdated(tabId, change));
});
browser.tabs.onRemoved.addListener((tabId) => {
  logRejection('closed tab report', autoDetect.onTabRemoved(tabId));
});
browser.permissions.onRemoved.addListener(() => {
  logRejection('content scripts after a permission was removed', reconcileScripts(context));
});
browser.permissions.onAdded.addListener(() => {
  logRejection('content scripts after a permission was granted', reconcileScripts(context));
});
browser.runtime.onStartup.addListener(() => {
  logRejection('content scripts at startup', reconcileScripts(context));
});
browser.runtime.onInstalled.addListener(() => {
  logRejection('content scripts after install', reconcileScripts(context));
  logRejection('context menu', createMenus(browserMenus(), t));
});
browser.contextMenus.onClicked.addListener((info, tab) => {
  logRejection('context menu click', onMenuClicked(menuDeps(context), info, tab));
});
const sidePanel = platformSidePanel();
browser.commands.onCommand.addListener((command, tab) => {
  onCommand(command, tab, sidePanel, logFailure);
});

// After the listeners, once the requests that woke the worker have been served: the engine's first
// run happens here rather than in the rep's first popup.
warmEngineWhenIdle(() => serving > 0);
