/**
 * Requests that turn automatic detection on or off for a site. The page (popup or side panel) asks the
 * rep for the host permission first, in its click handler; the background only checks that it was
 * granted, remembers the choice in the settings and registers the content script.
 */
import { appError, Failure } from '../core/errors';
import type { Request, Responses } from '../shared/messages';
import type { InternalPatch, Settings } from '../shared/settings';
import { originPattern, siteOrigin } from '../shared/site-access';
import type { PermissionsApi, ScriptRegistry } from './auto-detect-scripts';
import { giveBackUnused, type ResearchOrigins } from './host-users';

export interface SiteDeps {
  /** Patches the stored settings atomically (the function sees them as stored at that moment). */
  updateSettings(patch: (stored: Settings) => InternalPatch): Promise<Settings>;
  registry: ScriptRegistry;
  permissions: PermissionsApi;
  /** Clears the badges of tabs on a site that was turned off. */
  forgetOrigin(origin: string): Promise<void>;
  /** The origins research uses: a site turned off keeps its permission while research needs it. */
  researchOrigins: ResearchOrigins;
}

type SiteRequest<T extends 'sites.enableAutoDetect' | 'sites.disableAutoDetect'> = Extract<Request, { type: T }>;

function canonical(origin: string): string {
  const o = siteOrigin(origin);
  if (!o) throw new Failure(appError('site-invalid', { origin }));
  return o;
}

export function createSiteHandlers(deps: SiteDeps) {
  return {
    async 'sites.enableAutoDetect'({ origin }: SiteRequest<'sites.enableAutoDetect'>): Promise<Responses['sites.enableAutoDetect']> {
      const site = canonical(origin);
      if (!(await deps.registry.granted(site))) {
        throw new Failure(appError('site-permission-missing', { site }));
      }
      const saved = await deps.updateSettings(({ autoDetectOrigins: now }) => ({ autoDetectOrigins: now.includes(site) ? now : [...now, site] }));
      await deps.registry.reconcile(saved.autoDetectOrigins);
      return { origins: saved.autoDetectOrigins };
    },

    async 'sites.disableAutoDetect'({ origin }: SiteRequest<'sites.disableAutoDetect'>): Promise<Responses['sites.disableAutoDetect']> {
      const site = canonical(origin);
      const saved = await deps.updateSettings(({ autoDetectOrigins: now }) => ({ autoDetectOrigins: now.filter((o) => o !== site) }));
      await deps.registry.reconcile(saved.autoDetectOrigins);
      await deps.forgetOrigin(site);
      // http and https of one host, or two ports, share a pattern: it stays while another site, a CRM
      // connection or research still needs it.
      await giveBackUnused([originPattern(site)], saved, deps.researchOrigins, deps.permissions);
      return { origins: saved.autoDetectOrigins };
    },
  };
}
