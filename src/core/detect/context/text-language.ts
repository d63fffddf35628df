/**
 * A rough guess of the language a page is written in, from its most common function words. Used only
 * where `<html lang>` is missing or is the template default "en": many themes ship lang="en" on pages
 * written in French, Danish or German.
 */

const FUNCTION_WORDS: Record<string, readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'for', 'with', 'is', 'are', 'our', 'you', 'your', 'we', 'on', 'in', 'this'],
  de: ['der', 'die', 'das', 'und', 'mit', 'für', 'ist', 'nicht', 'sie', 'wir', 'ein', 'eine', 'den', 'von', 'auf'],
  fr: ['le', 'la', 'les', 'et', 'des', 'du', 'pour', 'avec', 'une', 'est', 'vous', 'nous', 'sur', 'au', 'dans'],
  nl: ['het', 'een', 'van', 'en', 'voor', 'met', 'zijn', 'niet', 'wij', 'ons', 'uw', 'op', 'bij', 'naar', 'de'],
  es: ['el', 'los', 'las', 'y', 'para', 'con', 'una', 'por', 'del', 'que', 'en', 'es', 'su', 'al', 'nuestro'],
  it: ['il', 'gli', 'della', 'per', 'con', 'una', 'che', 'non', 'sono', 'del', 'di', 'le', 'nel', 'alla', 'dei'],
  da: ['og', 'er', 'til', 'med', 'på', 'af', 'det', 'som', 'vi', 'en', 'et', 'jer', 'har', 'ikke', 'fra'],
  nb: ['og', 'er', 'til', 'med', 'på', 'av', 'det', 'som', 'vi', 'en', 'et', 'dere', 'har', 'ikke', 'fra'],
  sv: ['och', 'är', 'till', 'med', 'på', 'av', 'det', 'som', 'vi', 'en', 'ett', 'för', 'har', 'inte', 'från'],
};

const WORD_LANGS = new Map<string, string[]>();
for (const [lang, words] of Object.entries(FUNCTION_WORDS)) {
  for (const w of words) {
    const list = WORD_LANGS.get(w);
    if (list) list.push(lang);
    else WORD_LANGS.set(w, [lang]);
  }
}

const MAX_WORDS = 1_500;
const MIN_HITS = 5;

/** The most likely language code from the page's first words (lower-case), or undefined when too short or mixed. */
export function guessTextLanguage(pageWords: readonly string[]): string | undefined {
  const score = new Map<string, number>();
  const n = Math.min(pageWords.length, MAX_WORDS - 1);
  for (let i = 0; i < n; i++) {
    const langs = WORD_LANGS.get(pageWords[i]!);
    if (!langs) continue;
    for (const l of langs) score.set(l, (score.get(l) ?? 0) + 1 / langs.length);
  }
  const ranked = [...score.entries()].sort((a, b) => b[1] - a[1]);
  const [top, second] = ranked;
  if (!top || top[1] < MIN_HITS) return undefined;
  return !second || top[1] >= second[1] * 2 ? top[0] : undefined;
}
