/**
 * The UI strings' keys, typed from the English catalog (the manifest's default locale): `t()` takes
 * only a key the catalog has, so a missing or misspelt key fails the typecheck. The German catalog has
 * the same keys (test/unit/locales.test.ts).
 */
import type catalog from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof catalog;

/** A UI-string lookup by a known key. */
export type Translate = (key: MessageKey, substitutions?: string | string[]) => string;

/** What pure modules (error texts, the badge) get instead of the browser's i18n, so tests can hand in a catalog. */
export interface Messages {
  t: Translate;
  /**
   * For keys built from data the catalog may or may not cover (a detector's method, a rule or
   * requirement id the rep named): the text, or null when there is none.
   */
  optional(key: string): string | null;
  /** BCP 47 language for number, date and list formatting. */
  readonly locale: string;
}

/** An id as catalog keys spell it, at the type level too: "needs-research" → "needs_research". */
export type KeyPart<S extends string> = S extends `${infer Head}-${infer Rest}` ? `${Head}_${KeyPart<Rest>}` : S;

export function keyPart<S extends string>(id: S): KeyPart<S> {
  return id.replace(/-/g, '_') as KeyPart<S>;
}

/** A data-driven id as a key part: anything but letters and digits becomes "_" (catalog keys allow no more). */
export const dataKeyPart = (id: string): string => id.replace(/[^a-z0-9]/gi, '_');
