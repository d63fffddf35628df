/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Which browser this build is for; declared once here, set in vite.config.ts. */
  readonly BROWSER: 'chrome' | 'firefox';
}
