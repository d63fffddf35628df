/**
 * Names behind labels: "Firma: …", "Raison sociale : …", a table row "Denominazione | ACME S.r.l.",
 * the line after "Angaben gemäß § 5" or "operated by", and "die Firma …" in prose.
 */
import { legalFormOf } from '../../../names/legal-forms';
import { THIRD_PARTY, isHeading } from '../address/context';
import { OTHERS, headingKinds } from '../../context/third-party';
import type { Page, TextLine } from '../../page';
import { BASE, mention, push, segments, type Mention } from './mention';
import { cleanName, isGeneric, looksLikePerson } from './name-text';

export const NAME_LABEL =
  /^(firma|firmenname|firmenbezeichnung|firmierung|unternehmen|name des unternehmens|anbieter|diensteanbieter|betreiber|herausgeber|medieninhaber|inhaber(?:in)?|träger|vereinsname|company(?: name)?|business name|registered name|legal name|raison sociale|dénomination(?: sociale)?|denominación(?: social)?|razón social|ragione sociale|denominazione(?: sociale)?|bedrijfsnaam|handelsnaam|statutaire naam|firmanavn|selskab|éditeur(?: du site)?|editeur(?: du site)?|publisher|owner|operator) ?: ?(.*)$/iu;
/** Lines that announce the provider on the next line. */
export const NEXT_LINE_LABEL = /angaben gem(?:äß|\.)|informationspflicht|betrieben von|medieninhaber|herausgeber|diensteanbieter|anbieter|verantwortlich für (?:den inhalt|diese seiten)|offenlegung|éditeur du site|site (?:publisher|operator)|operated by|owned by|titular/iu;
/** People labels: their value is a person, which names the organisation only when it carries a legal form. */
const PERSON_LABEL = /^(?:inhaber|inhaberin|owner)$/iu;
const DIE_FIRMA = /\b[Dd]ie Firma ((?:\p{Lu}[\p{L}.'-]*|&)(?: (?:\p{Lu}[\p{L}.'-]*|&)){0,5})/u;

/** Up to the first comma that is not followed by a legal form ("Hartley, APLC" stays whole). */
function cutValue(value: string): string {
  const parts = value.split(',').map((p) => p.trim());
  let name = parts[0] ?? '';
  for (let i = 1; i < parts.length; i++) {
    if (legalFormOf(`x ${parts[i]}`) === parts[i]) name += `, ${parts[i]}`;
    else break;
  }
  const separated = segments(name, false);
  return separatedPartners(name, separated) ? name : (separated[0] ?? '');
}

/**
 * "WENDORF | LÜCK Steuerberatungsgesellschaft mbH": partners' names set apart by a bar or a dot inside
 * the registered name. The legal form at the end belongs to the whole; the first part alone has none.
 * A dash sets off a tagline instead ("Anna Berg – Porträt und Bildstrategie e.U.").
 */
function separatedPartners(name: string, parts: readonly string[]): boolean {
  if (parts.length < 2 || / [–—] /u.test(name) || legalFormOf(parts[0]!) || !legalFormOf(name)) return false;
  return parts.every((p) => /^\p{Lu}/u.test(p) && !isGeneric(p));
}

/** A table row "Denominazione | ACME S.r.l." reads as "Denominazione: ACME S.r.l." (cells join without a colon). */
export function rowAsLabel(line: TextLine): string {
  const row = line.block;
  const label = row.tag === 'TR' && row.cells?.length === 2 ? row.cells[0]! : '';
  return label && label.length < 40 && line.text.startsWith(label) && NAME_LABEL.test(`${label}:`) ? `${label}: ${line.text.slice(label.length).trim()}` : line.text;
}

/** A label or an announcement rather than a value: "Nom : …", "Verantwortlich für den Inhalt". */
export function isLabelLine(text: string): boolean {
  return NAME_LABEL.test(text) || NEXT_LINE_LABEL.test(text) || /^[^:]{2,30}:/u.test(text) || isGeneric(text);
}

/** "Firma: ACME GmbH", or "Firma:" with the name on the next line. */
function labelled(page: Page, i: number, text: string, out: Mention[]): boolean {
  const m = NAME_LABEL.exec(text);
  if (!m) return false;
  const lines = page.lines;
  const value = cutValue(m[2]!);
  if (PERSON_LABEL.test(m[1]!) && !legalFormOf(value)) return true;
  // "Raison sociale: Cloudflare, Inc." under "Hébergeur": the host's, the agency's, the court's name.
  if (headingKinds(page, i) & OTHERS) return true;
  if (value) push(out, mention(value, 'label', BASE.label, 'labelled-text', text, lines[i]!.block));
  else if (lines[i + 1] && !PERSON_LABEL.test(m[1]!)) {
    push(out, mention(cutValue(lines[i + 1]!.text), 'label', BASE.labelNextLine, 'labelled-text', `${text} ${lines[i + 1]!.text}`, lines[i + 1]!.block));
  }
  return true;
}

/** "Angaben gemäß § 5 TMG:" and the like, the provider's name on the next line. */
function announced(page: Page, i: number, text: string, out: Mention[]): void {
  const next = page.lines[i + 1]?.text;
  const announces = /:\s*$|§/u.test(text) || isHeading(page, i);
  if (next === undefined || !announces || !NEXT_LINE_LABEL.test(text) || THIRD_PARTY.test(text) || text.length >= 90) return;
  if (isLabelLine(next) || /\d{3}/.test(next)) return;
  const name = cutValue(next);
  const base = looksLikePerson(cleanName(name)) ? BASE.announcedPerson : BASE.announced;
  push(out, mention(name, 'label', base, 'labelled-text', `${text} ${next}`, page.lines[i + 1]!.block));
}

export function fromLabels(page: Page, out: Mention[]): void {
  const lines = page.lines;
  for (let i = 0; i < lines.length; i++) {
    const text = rowAsLabel(lines[i]!);
    if (text.length > 200 || labelled(page, i, text, out)) continue;
    announced(page, i, text, out);
    const firma = DIE_FIRMA.exec(text);
    if (firma) push(out, mention(firma[1]!, 'text', BASE.dieFirma, 'free-text', text, lines[i]!.block));
  }
}
