/**
 * A person's name split into salutation, given names and surname: for a name the engine detected,
 * a name the rep selected on a page, and a full-name column of an import.
 */
import { trimEnd } from '../text/trim';

const SALUTATION = /^(?:herr|frau|hr\.?|fr\.?|mr\.?|mrs\.?|ms\.?|mx\.?|madame|monsieur|mme\.?|sig\.?|sig\.ra|signora|signor|señor|señora|sr\.?|sra\.?)$/iu;
const TITLE = /^(?:dr\.?|prof\.?|dipl[\p{L}.-]*|mag\.?a?|ing\.?|med\.?|rer\.?|nat\.?|jur\.?|phil\.?|dent\.?|h\.c\.|pd|ra|univ\.-?prof\.?)$/iu;
const POST_NOMINAL = /^(?:mba|msc|bsc|ma|ba|phd|ll\.?m\.?|m\.\s?sc\.?|b\.\s?sc\.?|m\.a\.|b\.a\.|jr\.?|sr\.?|ceo|cto|cfo|coo|gf)$/iu;
/** Particles belong to the surname: "Max von der Heide" -> "von der Heide". */
const PARTICLE = /^(?:von|van|vom|der|den|de|del|della|di|da|dos|du|zu|zum|zur|ter|ten|le|la)$/iu;
const NAME_WORD = /^\p{L}[\p{L}'’.-]*$/u;
const MAX_NAME_CHARS = 120;
const MAX_NAME_WORDS = 6;

export interface PersonName {
  /** Salutation and academic titles as written in front ("Herr Dr."); "" when none. */
  salutation: string;
  /** "" for a surname alone. */
  firstName: string;
  lastName: string;
}

/**
 * "Dr. Max Mustermann", "Herr Prof. Dr. Max von Mustermann", "Mustermann, Max", "Max Mustermann, MBA":
 * null when the text is not a person's name (digits, an address, more than six words).
 */
export function splitPersonName(text: string): PersonName | null {
  let s = trimEnd(text.replace(/\s+/g, ' ').trim(), ',;:.');
  if (!s || s.length > MAX_NAME_CHARS || /[\d@/\\|<>]/.test(s)) return null;
  let surnameWords = 0;
  const parts = s.split(',').map((p) => p.trim()).filter(Boolean);
  if (parts.length >= 2) {
    // "Max Mustermann, MBA" keeps its order; "Mustermann, Max" is surname first.
    const tail = parts.slice(1).join(' ').split(' ');
    if (tail.every((w) => POST_NOMINAL.test(w))) s = parts[0]!;
    else if (parts.length === 2) {
      s = `${parts[1]} ${parts[0]}`;
      surnameWords = parts[0]!.split(' ').filter(Boolean).length;
    } else return null;
  }
  const words = s.split(' ').filter(Boolean);
  const lead: string[] = [];
  // "DI" (Diplom-Ingenieur) only in capitals: "Di" starts Italian surnames.
  while (words.length > 1 && (SALUTATION.test(words[0]!) || TITLE.test(words[0]!) || words[0] === 'DI')) lead.push(words.shift()!);
  // With "Mustermann, Dr. Max" the titles were in the given-name part and are now in front too.
  while (words.length > 1 && POST_NOMINAL.test(words[words.length - 1]!)) words.pop();
  if (!words.length || words.length > MAX_NAME_WORDS || !words.every((w) => NAME_WORD.test(w))) return null;
  let cut = words.length - 1;
  // Reversed input told us the surname exactly: everything that was before the comma.
  if (surnameWords) cut = words.length - surnameWords;
  else while (cut > 1 && PARTICLE.test(words[cut - 1]!)) cut--;
  cut = Math.max(cut, 0);
  return { salutation: lead.join(' '), firstName: words.slice(0, cut).join(' '), lastName: words.slice(cut).join(' ') };
}
