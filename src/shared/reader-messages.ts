/**
 * Messages between the background and the two page readers, the content script (a live page) and
 * the offscreen document (HTML the background fetched, in Chrome), typed here and re-exported by
 * messages.ts (the protocol's one place). A module of its own because both readers bundle it: they
 * must not pull in the extension pages' schemas.
 */
import * as v from 'valibot';
import type { PageSnapshot } from '../core/detect/snapshot/types';

/** HTML read per page: more is cut off before parsing (no imprint needs more; see background/html-detection.ts). */
export const MAX_HTML_CHARS = 5_000_000;

/**
 * Where the content script installs its page reader in its own world (a symbol: no page element can
 * shadow it). The background calls it through scripting.executeScript, in the content script's world,
 * and gets the snapshot as the call's result: no message, so no runtime a page could shadow.
 */
export const PAGE_READER = Symbol.for('leadfill.readPage');

/**
 * What the page reader returns: the snapshot as JSON text, parsed and checked against
 * background/snapshot-shape.ts before the engine reads it. One string crosses from the page to the
 * background faster than the same data as thousands of small objects, which the browser converts
 * value by value on each side.
 */
export type ContentAnswer = string;

/** The longest answer the background parses: a snapshot within its limits is far smaller. */
export const MAX_ANSWER_CHARS = 8_000_000;

/** The snapshot as the page reader answers it. */
export const answerOf = (snapshot: PageSnapshot): ContentAnswer => JSON.stringify(snapshot);

/** Background to offscreen document: parse this HTML (never run it) and read it into a snapshot. */
export const OffscreenRequestSchema = v.strictObject({
  type: v.literal('offscreen.snapshot'),
  html: v.pipe(v.string(), v.maxLength(MAX_HTML_CHARS)),
  url: v.pipe(v.string(), v.maxLength(8_000)),
});
export type OffscreenRequest = v.InferOutput<typeof OffscreenRequestSchema>;

/**
 * Content script to background, once per page load in the top frame: "I am here". Carries nothing
 * the page could forge into a decision; the background checks the sender's origin against the
 * settings it alone keeps.
 */
export const ContentReadySchema = v.strictObject({ type: v.literal('content.ready') });
export type ContentReady = v.InferOutput<typeof ContentReadySchema>;
