/**
 * The side panel follows the rep: the active tab of its own window, read again when the rep switches
 * tabs or a page finishes loading. Only tab ids are used, so no host permission is needed for this.
 */
import { detectionKey } from '../shared/storage-keys';

interface Listenable<F> {
  addListener(listener: F): void;
  removeListener(listener: F): void;
}

type Activated = (info: { tabId: number; windowId: number }) => void;
type Updated = (tabId: number, change: { status?: string | undefined; url?: string | undefined }) => void;
type StorageChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => void;

/** The slice of the browser API the side panel needs, so Node tests can hand in fakes. */
export interface FollowApi {
  windows: { getCurrent(): Promise<{ id?: number | undefined }> };
  tabs: {
    query(query: { active: true; windowId: number }): Promise<{ id?: number | undefined }[]>;
    onActivated: Listenable<Activated>;
    onUpdated: Listenable<Updated>;
  };
  storage: { onChanged: Listenable<StorageChanged> };
}

export type FollowReason = 'initial' | 'activated' | 'loaded' | 'granted';

export interface FollowOptions {
  onTab: (tabId: number | null, reason: FollowReason) => void;
  /** Whether the tab shown still waits for access: then a new reading of it (toolbar click) reloads. */
  waitingForAccess?: () => boolean;
}

// The background's tab-detection writes a tab's reading under detectionKey (also when the popup opens on it).
function hasDetection(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { detection?: unknown }).detection != null;
}

/** Starts following; returns the function that stops it. */
export function followActiveTab(api: FollowApi, { onTab, waitingForAccess = () => false }: FollowOptions): () => void {
  let windowId: number | null = null;
  let current: number | null = null;
  let stopped = false;

  const show = (tabId: number | null, reason: FollowReason) => {
    if (stopped) return;
    current = tabId;
    onTab(tabId, reason);
  };

  const activated: Activated = ({ tabId, windowId: w }) => {
    if (windowId !== null && w === windowId && tabId !== current) show(tabId, 'activated');
  };
  // 'complete' covers navigation and reload; a history.pushState site fires it too in both browsers.
  const updated: Updated = (tabId, change) => {
    if (tabId === current && change.status === 'complete') show(tabId, 'loaded');
  };
  const stored: StorageChanged = (changes, area) => {
    if (area !== 'session' || current === null || !waitingForAccess()) return;
    const change = changes[detectionKey(current)];
    if (change && hasDetection(change.newValue)) show(current, 'granted');
  };

  api.tabs.onActivated.addListener(activated);
  api.tabs.onUpdated.addListener(updated);
  api.storage.onChanged.addListener(stored);

  void (async () => {
    const win = await api.windows.getCurrent();
    if (win.id === undefined) return show(null, 'initial');
    windowId = win.id;
    const [tab] = await api.tabs.query({ active: true, windowId: win.id });
    // An activation that arrived meanwhile is newer than this answer.
    if (current === null) show(tab?.id ?? null, 'initial');
  })().catch(() => show(null, 'initial'));

  return () => {
    stopped = true;
    api.tabs.onActivated.removeListener(activated);
    api.tabs.onUpdated.removeListener(updated);
    api.storage.onChanged.removeListener(stored);
  };
}
