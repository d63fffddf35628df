/**
 * Service worker (Chrome) / event page (Firefox). Listeners are registered synchronously at the top
 * level, because a worker woken by an event only sees listeners added during its first turn.
 */
import { browser, extensionOrigin, type Runtime } from '../shared/browser';
import { db } from '../shared/db/db';
import type { HandlerContext } from './context';
import { createHandlers } from './handlers';
import { runRetention } from './handlers-privacy';
import { createLeadsRepo } from './repos/leads.repo';
import { route } from './router';
import { loadSettings, saveSettings } from './settings-store';
import { forgetTab } from './tab-detection';

const context: HandlerContext = {
  leads: createLeadsRepo(db),
  settings: async () => (await loadSettings()).settings,
  saveSettings,
  now: Date.now,
  newId: () => crypto.randomUUID(),
};
const handlers = createHandlers(context, async () => (await loadSettings()).problems);
const check = { extensionId: browser.runtime.id, extensionOrigin: extensionOrigin() };

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => route(message, sender, check, handlers));

browser.tabs.onRemoved.addListener((tabId) => {
  void forgetTab(tabId);
});

// Stale leads are flagged and, after the grace period, deleted once a day. Alarms may not survive a
// browser restart, so the alarm is re-created on every start.
const RETENTION_ALARM = 'retention';
browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === RETENTION_ALARM) void runRetention(context);
});
void browser.alarms.get(RETENTION_ALARM).then((existing) => {
  if (!existing) void browser.alarms.create(RETENTION_ALARM, { delayInMinutes: 5, periodInMinutes: 24 * 60 });
});
