export interface Route {
  status?: number;
  delayMs?: number;
  contentType?: string;
  body?: string;
  redirect?: string;
}
export interface SiteSpec {
  name: string;
  dir?: string;
  files?: Record<string, string>;
  routes?: Record<string, Route>;
}
export interface ResearchSite {
  name: string;
  origin: string;
  url(path?: string): string;
  /** Requests per path. */
  requests: Map<string, number>;
  total(): number;
  stop(): Promise<void>;
}
export interface ResearchSites {
  sites: Record<string, ResearchSite>;
  list: ResearchSite[];
  stop(): Promise<void>;
}
export const RESEARCH_SITES_DIR: string;
export const RESEARCH_SITE_NAMES: string[];
export function startResearchSites(options?: { sites?: SiteSpec[]; named?: boolean }): Promise<ResearchSites>;
export function inventedCompanySites(count: number): SiteSpec[];
