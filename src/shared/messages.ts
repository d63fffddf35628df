/**
 * Every message between the extension's contexts, typed in one place. The background validates each
 * request against these schemas before acting; anything else is rejected and changes nothing.
 */
import * as v from 'valibot';
import type { DetectionResult } from '../core/detect/types';
import { LEAD_FIELDS, type Lead } from '../core/lead/types';

const TabId = v.pipe(v.number(), v.integer(), v.minValue(0));
const LeadId = v.pipe(v.string(), v.minLength(1), v.maxLength(64));

/** Requests from extension pages (popup, options) to the background. */
export const RequestSchema = v.variant('type', [
  v.strictObject({ type: v.literal('tab.state'), tabId: TabId }),
  v.strictObject({ type: v.literal('lead.createFromTab'), tabId: TabId }),
  v.strictObject({
    type: v.literal('lead.fill'),
    leadId: LeadId,
    field: v.picklist(LEAD_FIELDS),
    value: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(2000)),
    /** When set, the value must be one the page in this tab showed: it is stored as detected there. */
    tabId: v.optional(TabId),
  }),
  v.strictObject({ type: v.literal('lead.list') }),
]);

export type Request = v.InferOutput<typeof RequestSchema>;
export type RequestType = Request['type'];

export interface TabState {
  tabId: number;
  url: string;
  /** The site's registrable domain (or host for IP addresses); "" for pages that are not web sites. */
  domain: string;
  detection: DetectionResult | null;
  /** Why detection could not run (restricted page, no permission, page error). */
  detectionError: string | null;
  lead: Lead | null;
}

export interface Responses {
  'tab.state': TabState;
  'lead.createFromTab': Lead;
  'lead.fill': Lead;
  'lead.list': Lead[];
}

export type Response<T extends RequestType> = { ok: true; data: Responses[T] } | { ok: false; error: string };

/** Background to content script: run the engine on the page. */
export const ContentRequestSchema = v.strictObject({ type: v.literal('detect') });
export type ContentRequest = v.InferOutput<typeof ContentRequestSchema>;
