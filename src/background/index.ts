/**
 * Service worker (Chrome) / event page (Firefox). Listeners are registered synchronously at the top
 * level, because a worker woken by an event only sees listeners added during its first turn.
 */
import { browser, extensionOrigin, type Runtime } from '../shared/browser';
import { db } from '../shared/db/db';
import { createHandlers } from './handlers';
import { createLeadsRepo } from './repos/leads.repo';
import { route } from './router';
import { forgetTab } from './tab-detection';

const handlers = createHandlers(createLeadsRepo(db));
const check = { extensionId: browser.runtime.id, extensionOrigin: extensionOrigin() };

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => route(message, sender, check, handlers));

browser.tabs.onRemoved.addListener((tabId) => {
  void forgetTab(tabId);
});
