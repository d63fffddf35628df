// TypeScript entry point for the static server; the implementation is plain ESM so scripts/*.mjs share it.
export { DEMO_SITE_DIR, contentType, startStaticServer, stopStaticServer } from './static-server.mjs';
export type { StaticServer, StaticServerOptions } from './static-server.mjs';
