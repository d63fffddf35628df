/**
 * Imprints name other organisations next to their own: the hosting provider, the web agency, the
 * supervisory authority or chamber, the general partner of a KG. Their register numbers, VAT ids
 * and people are real values of the wrong organisation, so the block they sit in is recognised
 * by its heading or label and their values are kept below ACCEPT.
 */
import type { Page } from '../page';

/** Words that open a block about someone other than the page's organisation. */
const THIRD_PARTY = new RegExp(
  [
    String.raw`\bhost(?:ing|er|ed by|ing provider)?\b`,
    String.raw`\bgehostet`,
    String.raw`h[ée]berg(?:eur|ement|[ée] par)`,
    String.raw`\bwebdesign`,
    String.raw`\bweb ?design(?:ed)? by`,
    String.raw`\b(?:design|realisation|realisierung|umsetzung|konzeption|programmierung|gestaltung|entwicklung|technische betreuung)\s?(?:und\b|&|by\b|von\b|durch\b|:)`,
    String.raw`\b(?:designed|developed|powered|built|created|made) by\b`,
    String.raw`\b(?:web|internet|werbe)?agentur:`,
    String.raw`\bfotografie:|\bfotograf(?:in)?:|\bbilder:|\bimages?:|\bcredits?:`,
    String.raw`schlichtungsstelle`,
    String.raw`\bsite (?:by|réalisé|conçu)`,
    String.raw`\bwebsite (?:by|door|von|made by)`,
    String.raw`\bconception (?:et|&|du site|graphique)`,
    String.raw`\baufsichtsbeh[öo]rde`,
    String.raw`\bzust[äa]ndige (?:kammer|aufsicht|beh[öo]rde)`,
    String.raw`\b(?:rechtsanwalts|notar|ärzte|aerzte|zahnärzte|handwerks|architekten|ingenieur|steuerberater|wirtschafts)kammer`,
    String.raw`\bpers[öo]nlich haftende`,
    String.raw`\bkomplement[äa]r`,
    String.raw`\bstreitschlichtung`,
    String.raw`\bbildnachweis|\bbildquellen|\bfotonachweis|\bfotos?:|\bphotos?:|\bphoto credits?|\bcr[ée]dits? photo`,
    String.raw`\bdatenschutzbeh[öo]rde`,
    String.raw`\bautorit[ée] de contr[ôo]le`,
  ].join('|'),
  'i',
);

/** How far back a third-party heading still governs the lines below it. */
const LOOK_BACK = 6;

/** True when the line itself, or a recent line of its section, introduces another organisation. */
export function inThirdPartyBlock(page: Page, index: number): boolean {
  return thirdPartyMarker(page, index) !== null;
}

/** The words that put the line into another organisation's block, or null. */
export function thirdPartyMarker(page: Page, index: number): string | null {
  const line = page.lines[index];
  if (!line) return null;
  const own = THIRD_PARTY.exec(line.text.slice(0, 200));
  if (own) return own[0];
  for (let i = index - 1; i >= 0 && i >= index - LOOK_BACK; i--) {
    const prev = page.lines[i]!;
    if (prev.section !== line.section) break;
    const m = prev.text.length < 160 ? THIRD_PARTY.exec(prev.text) : null;
    if (m) return m[0];
    // A short "Label:" line of its own opens the next block ("Verantwortlich für den Inhalt:").
    if (prev.text.length < 80 && prev.text.endsWith(':')) return null;
  }
  // The heading that opened the section.
  for (let i = index - 1 - LOOK_BACK; i >= 0; i--) {
    const prev = page.lines[i]!;
    if (prev.section !== line.section) {
      const head = page.lines[i + 1];
      const m = head && head.text.length < 80 ? THIRD_PARTY.exec(head.text) : null;
      return m ? m[0] : null;
    }
  }
  return null;
}
