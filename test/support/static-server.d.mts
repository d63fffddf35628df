import type { Server } from 'node:http';

export interface StaticServerOptions {
  /** Directory to serve; defaults to the demo site (test/fixtures/demo-site). */
  root?: string;
  /** Port on 127.0.0.1; 0 (default) picks a free one. */
  port?: number;
  /** When the fixed `port` is busy, try the next ports instead of failing. */
  fallback?: boolean;
  /** Called with one line per request, e.g. "200 GET /kontakt.html". */
  log?: (line: string) => void;
}

export interface StaticServer {
  readonly root: string;
  readonly port: number;
  /** e.g. http://127.0.0.1:41234 */
  readonly origin: string;
  /** Absolute URL of a path on this server, e.g. url('/kontakt.html'). */
  url(path?: string): string;
  stop(): Promise<void>;
  readonly server: Server;
}

export const DEMO_SITE_DIR: string;
export function contentType(file: string): string;
export function startStaticServer(options?: StaticServerOptions): Promise<StaticServer>;
export function stopStaticServer(server: Server): Promise<void>;
