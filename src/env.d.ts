/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Which browser this build is for; declared once here, set in vite.config.ts. */
  readonly BROWSER: 'chrome' | 'firefox';
  /** Which content-script file is being built (vite.config.ts CONTENT_FILES); undefined elsewhere. */
  readonly CONTENT_ROLE?: 'on-demand' | 'registered';
}
