/**
 * Content script. It installs the page reader, which returns a snapshot of the page: plain data (text
 * lines, links, structured data, see core/detect/snapshot) as JSON text, which the engine in the background reads.
 * Injected on demand (popup, shortcut) as content.js, whose last statement calls the reader, so the
 * injection's result is the snapshot; registered for the sites the rep chose as content-auto.js,
 * which says it is ready, and the background then calls the reader (scripting.executeScript in this
 * script's world). No message carries the snapshot, so a page that shadows the extension's globals
 * (an element with id="browser" or id="chrome") cannot stop it. The script never changes the page,
 * never runs page scripts, has no access to the database and reads no settings.
 */
import { SNAPSHOT_BUDGET_MS } from '../core/detect/budget';
import { takeSnapshot } from '../core/detect/snapshot';
import { answerOf, PAGE_READER, type ContentAnswer, type ContentReady } from '../shared/reader-messages';
import { extensionRuntime } from './runtime';

const scope = globalThis as { [PAGE_READER]?: () => ContentAnswer };

// Injection may happen several times into the same page; the first reader stays.
if (!scope[PAGE_READER]) {
  scope[PAGE_READER] = () => {
    const started = performance.now();
    return answerOf(takeSnapshot(document, location.href, { now: () => performance.now(), deadline: started + SNAPSHOT_BUDGET_MS }));
  };
  // Only the registered script, in the top frame: automatic detection reads the page the tab shows,
  // not its embeds. Only a real extension runtime: where the page has shadowed it, the badge stays
  // empty rather than the page answering in its place.
  const runtime = import.meta.env.CONTENT_ROLE === 'registered' ? extensionRuntime() : null;
  if (runtime && globalThis.top === globalThis.self) {
    const ready: ContentReady = { type: 'content.ready' };
    // The extension may have been reloaded meanwhile: then nobody listens, and the badge stays empty.
    runtime.sendMessage(ready).catch(() => {});
  }
}
