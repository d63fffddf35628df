/**
 * The name written above an address block: the nearest line with a legal form, else the top line
 * of the block, else the heading right above it.
 */
import { ORG_TYPE_WORD, legalFormOf } from '../../../names/legal-forms';
import { ADDRESS_LABEL, THIRD_PARTY, isHeading } from '../address/context';
import { findTextAddresses, type TextAddress } from '../address/text-addresses';
import type { Page } from '../../page';
import { NAME_LABEL, NEXT_LINE_LABEL, isLabelLine, rowAsLabel } from './labels';
import { BASE, beforeDash, mention, push, type Mention } from './mention';
import { cleanName, isOwnersBusiness, isPlaceHeading, looksLikePerson, nameKey } from './name-text';

const CONTACT = /@|\d{3}|:\s*$|^[^:]{2,30}:\s/u;
/** "Pon-Pt 8-16", "Mo–Fr 9:00–17:00": opening hours, not a name. */
const HOURS = /\d{1,2}(?:[:.]\d{2})?\s?[-–]\s?\d{1,2}(?:[:.]\d{2})?\b/u;
/** "Adres", "Adresa", "Endereço": the block's label, not the organisation. */
const MAX_LABEL_WORDS = 3;

function isBlockLabel(text: string): boolean {
  return text.split(' ').length <= MAX_LABEL_WORDS && ADDRESS_LABEL.test(text);
}
const ENTITY_FACT = /^(?:rechtsform|firmenbuch\w*|registergericht|handelsregister\w*|firmensitz|uid-?\w*|legal form)\s?:/iu;
/** "Muster Beschriftungen Einzelunternehmen": the trading name, with the form written out after it (CH/AT). */
const SOLE_TRADER = /\s(?:eingetragenes\s)?(?:Einzelunternehmen|Einzelfirma)$/iu;
/** "Sjekk gjerne eksempel.no", "See example.com": a sentence pointing to a lower-case domain, not a name. */
const POINTER = /\s\p{Ll}[\p{L}\d-]*\.\p{Ll}{2,}\b/u;
/** A lower-case word of a sentence, longer than the particles names keep ("in", "und", "de", "van der"). */
const PHRASE_WORD = /^\p{Ll}{4,}$/u;
/** Lines above the address that may still belong to its block, more when entity facts stand between. */
const BLOCK_LINES = 3;
const BLOCK_LINES_WITH_FACTS = 7;

/** "Acme AG Hauptstrasse 1 8000 Zürich": a paragraph whose line breaks were lost starts with the name. */
function gluedName(page: Page, a: TextAddress, out: Mention[]): boolean {
  const text = page.lines[a.top]!.text;
  const at = a.hit.street ? text.indexOf(a.hit.street) : -1;
  if (at <= 0 || !legalFormOf(text.slice(0, at).trim())) return false;
  push(out, mention(text.slice(0, at), 'block', BASE.addressBlock, 'labelled-text', text, page.lines[a.top]!.block));
  return true;
}

/** The lines of the block above the address (nearest first), and the heading that ends it, or -1. */
function blockAbove(page: Page, top: number): { block: number[]; heading: number } {
  const block: number[] = [];
  let reach = top - BLOCK_LINES;
  for (let i = top - 1; i >= 0 && i >= reach; i--) {
    const t = page.lines[i]!.text;
    if (isHeading(page, i)) return { block, heading: i };
    // "Rechtsform: …", "Firmenbuchgericht: …" may stand between the name and its address (AT, CH).
    if (ENTITY_FACT.test(t) && reach > top - BLOCK_LINES_WITH_FACTS) {
      reach--;
      continue;
    }
    if (CONTACT.test(t) || HOURS.test(t) || t.length > 90 || isLabelLine(t) || isBlockLabel(t) || THIRD_PARTY.test(t) || POINTER.test(t)) break;
    block.push(i);
  }
  return { block, heading: -1 };
}

/** The block's name line: the one with a legal form, else the top one, else the business under its owner. */
function nameLine(page: Page, block: readonly number[]): { pick: number | undefined; legal: boolean; under: number | undefined } {
  const legal = block.find((i) => legalFormOf(beforeDash(page.lines[i]!.text)) || SOLE_TRADER.test(page.lines[i]!.text));
  let pick = legal ?? block[block.length - 1];
  // "Rezan Yilmaz / Autoreinigung Yilmaz": the owner on top, the business named after him below.
  const under = block[block.length - 2];
  if (legal === undefined && pick !== undefined && under !== undefined && isOwnersBusiness(cleanName(page.lines[pick]!.text), page.lines[under]!.text)) pick = under;
  return { pick, legal: legal !== undefined, under };
}

export function fromAddressBlocks(page: Page, out: Mention[]): void {
  for (const a of findTextAddresses(page)) {
    if (a.context.thirdParty || a.context.branch || gluedName(page, a, out)) continue;
    const { block, heading } = blockAbove(page, a.top);
    const { pick, legal, under } = nameLine(page, block);
    const addressLine = page.lines[a.line]!.text;
    if (pick !== undefined) {
      const line = page.lines[pick]!;
      const labelled = NAME_LABEL.exec(rowAsLabel(line));
      let name = beforeDash(labelled ? labelled[2]! : line.text).replace(SOLE_TRADER, '');
      const above = page.lines[pick - 1]?.text ?? '';
      // "Verein" / "Stiftung" on a line of its own belongs to the name.
      if (ORG_TYPE_WORD.test(above.trim())) name = `${above.trim()} ${name}`;
      else if (ORG_TYPE_WORD.test(name.trim()) && under !== undefined) name = `${name.trim()} ${page.lines[under]!.text}`;
      const clean = cleanName(name);
      const phrase = !legal && clean.split(/\s+/).slice(1).some((w) => PHRASE_WORD.test(w));
      const base = legal || pick === under ? BASE.addressBlock : looksLikePerson(clean) ? BASE.addressBlockPerson : clean.includes(' ') && !phrase ? BASE.addressBlock : BASE.addressBlockWord;
      push(out, mention(name, 'block', base, 'labelled-text', `${name} / ${addressLine}`, line.block));
    } else if (heading >= 0) {
      const t = page.lines[heading]!.text;
      // "Πειραιάς" above "… 185 35 Πειραιάς": a heading that is the address's own town names the office, not the firm.
      const town = nameKey(t) === nameKey(a.hit.city);
      // "Lokacija pisarne", "Our office": a heading that goes on in lower-case words is a phrase about the place.
      const phrase = t.split(/\s+/).slice(1).some((w) => PHRASE_WORD.test(w));
      if (!town && !isPlaceHeading(t) && !NEXT_LINE_LABEL.test(t)) push(out, mention(t, 'block', phrase ? BASE.addressBlockWord : BASE.addressHeading, 'labelled-text', `${t} / ${addressLine}`, page.lines[heading]!.block));
    }
  }
}
