/**
 * A rough guess of the language a page is written in, from its most common function words, else from
 * franc-min's trigram profiles (wooorm, maintained; 82 languages) when the page's text is long enough.
 * Used only where `<html lang>` is missing or is the template default "en": many themes ship lang="en"
 * on pages written in French, Danish, German or Hungarian.
 */
import { francAll } from 'franc-min';

/** ISO 639-3 codes franc answers with -> the ISO 639-1 codes the country table knows. */
const ISO_639_1: Record<string, string> = {
  eng: 'en', deu: 'de', fra: 'fr', nld: 'nl', spa: 'es', ita: 'it', por: 'pt', dan: 'da', nob: 'nb', swe: 'sv',
  fin: 'fi', pol: 'pl', ces: 'cs', slk: 'sk', hun: 'hu', slv: 'sl', hrv: 'hr', ron: 'ro', ell: 'el', est: 'et',
  lav: 'lv', lit: 'lt', isl: 'is', tur: 'tr', jpn: 'ja', bul: 'bg',
};
/** Letters a page must have before its trigrams say anything: menus and a footer are too little. */
const MIN_TRIGRAM_LETTERS = 250;
/** Characters franc reads: enough for a clear answer, and a bounded cost (about 3 ms) on a long page. */
const MAX_TRIGRAM_CHARS = 2_000;
/** The runner-up must score clearly below the top language (franc scores the top 1). */
const MAX_RUNNER_UP = 0.95;

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
  if (top && top[1] >= MIN_HITS) return !second || top[1] >= second[1] * 2 ? top[0] : undefined;
  return byTrigrams(pageWords.slice(0, n));
}

/** The language of the words by franc's trigram profiles, when the text is long enough and one language stands out. */
function byTrigrams(words: readonly string[]): string | undefined {
  const text = words.join(' ').slice(0, MAX_TRIGRAM_CHARS);
  if (text.replace(/\P{L}/gu, '').length < MIN_TRIGRAM_LETTERS) return undefined;
  const [top, second] = francAll(text, { minLength: MIN_TRIGRAM_LETTERS });
  if (!top || top[0] === 'und' || (second && second[1] > MAX_RUNNER_UP)) return undefined;
  return ISO_639_1[top[0]];
}
