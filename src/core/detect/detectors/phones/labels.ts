/**
 * What the words next to a number say it is: a phone, a mobile, a fax, both ("Tel./Fax"), or something
 * that only looks like a phone number (IBAN, VAT id, register number, ...). Labels in the languages of
 * the markets the extension serves; every regex here runs on a short slice of one line.
 */

export type Label = 'voice' | 'mobile' | 'fax' | 'both' | 'other';

/** Anchored at the end of the text before a number: the label closest to it decides. */
const BOTH_END = /(?:^|[^\p{L}])t\s?\/\s?f\s?[:.]\s*$|(?:^|[^\p{L}])(?:тел|телефон)\.?\s?\/\s?факс\.?(?:\s*[:.])?\s*$|(?:tel(?:efon|ephone|éphone|efoon)?|phone|fon)\.?\s*(?:[/+&,]|und|and|et|en|u\.|or|oder|ou|eller)\s*(?:tele)?fax\.?(?:\s*(?:nr|no|n°|number|nummer)\.?)?\s*(?:[:.]\s*)?$/iu;
const FAX_BOTH_END = /(?:tele)?fax\.?\s*(?:[/+&,]|und|and|et|en|u\.|or|oder|ou|eller)\s*(?:tel(?:efon|ephone|éphone|efoon)?|phone|fon)\.?\s*(?:[:.]\s*)?$/iu;

interface LabelWord {
  label: Label;
  re: RegExp;
}

/**
 * Label words; the one that ends last before the number wins. Single letters ("T:", "F:", "M:") only
 * count with their colon or dot. Non-phone labels (IBAN, VAT, register, ...) mark look-alikes.
 */
const LABEL_WORDS: readonly LabelWord[] = [
  { label: 'fax', re: /(?:^|[^\p{L}])(?:tele)?fax|télécopie|telecopie|facsimile|\bfaks|\btelefaks|(?<!\p{L})(?:факс|φαξ)(?!\p{L})/giu },
  { label: 'mobile', re: /(?:^|[^\p{L}])(?:mobil\w*|handy|natel|cell\w*|gsm|portable|móvil|movil|mobiel|mob|моб|мобильный|мобільний|κιν|κινητό)(?!\p{L})|📱/giu },
  {
    label: 'voice',
    re: /(?:^|[^\p{L}])(?:tel|telefon\w*|telephone|téléphone|telefoon|teléfono|phone|fon|ph|ruf|rufnummer|call|ring|bel|tlf|puhelin|hotline|zentrale|switchboard|landline|festnetz|whatsapp|office|büro|kontakt|contact|tél|anrufen|fijo|тел|телефон\p{L}*|τηλ|τηλέφωνο)(?!\p{L})|[☎📞✆]/giu,
  },
  { label: 'fax', re: /(?:^|[\s|·,;(])f\s?[:.]/giu },
  { label: 'mobile', re: /(?:^|[\s|·,;(])m\s?[:.]/giu },
  { label: 'voice', re: /(?:^|[\s|·,;(])[tp]\s?[:.]/giu },
  {
    label: 'other',
    re: /(?:^|[^\p{L}])(?:iban|bic|swift|blz|konto\w*|kto|account|sort\s?code|routing|ust\w*|uid\w*|vat|tva|btw|iva|mwst|steuer\w*|tax|siren|siret|rcs|rea|naf|ape|kvk|hrb|hra|fn|vr|gnr|register\w*|registr\w*|firmenbuch\w*|company\s?(?:number|no)|reg\.?\s?no|crn|cvr|org\.?\s?nr|abn|acn|nif|cif|nie|dni|p\.?\s?iva|partita|codice|gstin|pan|cin|gln|gisa|ean|isbn|issn|kunden\w*|customer|order|bestell\w*|auftrag\w*|rechnung\w*|invoice|artikel\w*|art\.?-?nr|sku|postfach|p\.?\s?o\.?\s?box|plz|zip|postcode|postal|capital|kapital|stammkapital|autorización|autorizacion|licen[cs]e|lizenz|aktenzeichen|ref|referenz|reference|fax-?abruf|\p{L}*tunnus|verkkolasku\p{L}*|e-?invoice|e-?rechnung|peppol|ovt|инн|кпп|огрн\p{L}*|окпо|оквэд|бин|иин|бик|унп|єдрпоу|іпн|рнокпп|мфо|р\/с|к\/с|сч[её]т|рахунок|αφμ|γεμη|vergi|mersis|nipc|nuit)(?!\p{L})/giu,
  },
];

/** Where the last label in `text` ends, and which label it is. */
function lastLabel(text: string): { label: Label; end: number } | null {
  let best: { label: Label; end: number } | null = null;
  for (const { label, re } of LABEL_WORDS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const end = m.index + m[0].length;
      if (!best || end > best.end || (end === best.end && label === 'fax')) best = { label, end };
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  return best;
}

/**
 * The label that `lead` (the text between the previous number, or the line start, and this number)
 * puts on the number. Only its last 48 characters count: a label further away belongs to something else.
 */
export function labelBefore(lead: string): Label | null {
  const tail = lead.length > 48 ? lead.slice(-48) : lead;
  if (BOTH_END.test(tail) || FAX_BOTH_END.test(tail)) return 'both';
  return lastLabel(tail)?.label ?? null;
}

const TRAILING = /^\s*[([]([^)\]]{1,40})[)\]]/u;
const BOTH_ANY = /(?:tel|phone|fon)\w*\.?\s*(?:[/+&,]|und|and|et|en|u\.|or|oder|ou|eller)\s*(?:tele)?fax|fax\w*\s*(?:[/+&,]|und|and|et|en|u\.|or|oder|ou|eller)\s*(?:tel|phone|fon)/iu;

/** A label in brackets right after the number: "0208-3787034 (Fax und Telefon)", "(mobil)". */
export function labelAfter(rest: string): Label | null {
  const m = TRAILING.exec(rest.length > 60 ? rest.slice(0, 60) : rest);
  if (!m) return null;
  const inside = m[1]!;
  if (BOTH_ANY.test(inside)) return 'both';
  const found = lastLabel(inside);
  return found && found.label !== 'other' ? found.label : null;
}

/** A line that is nothing but a label ("Telefon", "Fax Number:", "Telefon Mobil", "📞"), for the number on the next line. */
const LABEL_LINE_MAX = 32;
export function labelOfLabelLine(text: string): Label | null {
  if (text.length > LABEL_LINE_MAX || /\d/.test(text)) return null;
  return labelBefore(text);
}
