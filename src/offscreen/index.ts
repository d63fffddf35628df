/**
 * Chrome's offscreen document (reason DOM_PARSER): Chrome's service worker has no DOMParser, so HTML
 * the background fetched (research) is parsed here, never run, and read into a page snapshot exactly
 * as the content script reads a live page. The engine itself stays in the worker.
 */
import * as v from 'valibot';
import { SNAPSHOT_BUDGET_MS } from '../core/detect/budget';
import { takeSnapshot } from '../core/detect/snapshot';
import { browser, type Runtime } from '../shared/browser';
import { OffscreenRequestSchema } from '../shared/reader-messages';

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id || !v.is(OffscreenRequestSchema, message)) return undefined;
  // A parsed document runs no scripts and loads nothing; the reader only reads attributes and text.
  const doc = new DOMParser().parseFromString(message.html, 'text/html');
  const started = performance.now();
  return Promise.resolve(takeSnapshot(doc, message.url, { now: () => performance.now(), deadline: started + SNAPSHOT_BUDGET_MS }));
});
