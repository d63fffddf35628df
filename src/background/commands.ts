/**
 * Keyboard shortcuts. Alt+Shift+L is the manifest's `_execute_action` (the browser opens the popup);
 * Alt+Shift+K is `open-side-panel`: Chrome delivers it here, Firefox maps it to its own
 * `_execute_sidebar_action` (see vite.config.ts) and never calls this.
 */

export const OPEN_SIDE_PANEL = 'open-side-panel';

/** Ways to open the side panel this browser has; each must be called while the shortcut's gesture lasts. */
export interface SidePanelOpeners {
  /** Chrome: chrome.sidePanel.open. */
  openForTab?: (options: { tabId: number }) => Promise<void>;
  /** Firefox: browser.sidebarAction.open, should the command ever arrive there. */
  openSidebar?: () => Promise<void>;
}

/** `log` receives a failed opening (the panel is disabled by policy, the window closed meanwhile). */
export function onCommand(command: string, tab: { id?: number } | undefined, open: SidePanelOpeners, log: (what: string, err: unknown) => void): boolean {
  if (command !== OPEN_SIDE_PANEL) return false;
  // No await before opening: the user gesture of the shortcut is gone after the first await.
  const tabId = tab?.id;
  if (open.openForTab && tabId !== undefined && tabId >= 0) {
    open.openForTab({ tabId }).catch((err: unknown) => log('open side panel', err));
    return true;
  }
  if (open.openSidebar) {
    open.openSidebar().catch((err: unknown) => log('open sidebar', err));
    return true;
  }
  return false;
}

interface ChromeLike {
  sidePanel?: { open(options: { tabId: number }): Promise<void> };
}
interface FirefoxLike {
  sidebarAction?: { open(): Promise<void> };
}

/** The openers the running browser provides (read from the globals, not the polyfill: sidePanel is Chrome's own). */
export function platformSidePanel(scope: unknown = globalThis): SidePanelOpeners {
  const chrome = (scope as { chrome?: ChromeLike }).chrome;
  const browser = (scope as { browser?: FirefoxLike }).browser;
  const openers: SidePanelOpeners = {};
  if (chrome?.sidePanel) openers.openForTab = (o) => chrome.sidePanel!.open(o);
  if (browser?.sidebarAction) openers.openSidebar = () => browser.sidebarAction!.open();
  return openers;
}
