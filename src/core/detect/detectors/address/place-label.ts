/**
 * Labels that announce where an organisation is ("Location:", "Lokacija:", "Staðsetning",
 * "Ubicación", "Adresa:"), and a town written after one. Small firms often give no more than that.
 */
import { countryOfName } from '../../../names/countries';
import { isFirstName } from '../../../names/first-names';
import { trimEnd, words } from '../../../text/trim';
import { namesStreet } from './street';

/** "Location" and "address" in the languages of the pages the reps read; matched as a whole label. */
export const PLACE_LABEL =
  /^(?:location|our location|address|city|town|based in|lokacija|lokace|lokalita|lokalizacja|lokalizácia|lokasyon|konum|vendndodhja|adresa|adrese|adres|adresas|cím|helyszín|székhely|sídlo|sjedište|sedež|ubicaci[óo]n|direcci[óo]n|domicilio|localiza[çc][ãa]o|localidade|morada|endereço|localit[àé]|lieu|standort|ort|sitz|anschrift|sijainti|paikkakunta|osoite|plats|sted|beliggenhed|staðsetning|heimilisfang|asukoht|aadress|atrašanās vieta|vieta|περιοχή|τοποθεσία|διεύθυνση|έδρα|alamat|alamat kantor|alamat pejabat|lokasi|địa chỉ|địa chỉ liên hệ|адрес|адреса|адрес на офиса|местоположение|oficina principal|sede principal|head office|registered office|addresses|adresy|adressen|adresser|direcciones|endereços|indirizzi|sedi|standorte|locations|our locations|osoitteet|toimipisteet)$/iu;

const MAX_TOWN_WORDS = 3;
/** Town words: capitalised ("Novi Sad"), or lower-case after the first as people type them ("Novi sad"). */
const FIRST_TOWN_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;
const NEXT_TOWN_WORD = /^[\p{L}'’.-]+$/u;
const CONNECTOR = /^(?:am|an|der|im|nad|pod|upon|on|sur|de|del|la|las|los|di|do|da|dos|das)$/u;

/**
 * A town as written alone: one to three words, no digits, neither a country, a street nor a person
 * ("Yvonne Witt"). After a place label the later words may be lower-case ("Novi sad"); elsewhere
 * (`strict`) every word but a connector is capitalised, so "Send an email" is no town.
 */
export function townName(text: string, strict = false): string | null {
  const tokens = words(trimEnd(text.trim(), '.,;'));
  if (!tokens.length || tokens.length > MAX_TOWN_WORDS || !FIRST_TOWN_WORD.test(tokens[0]!)) return null;
  const next = strict ? FIRST_TOWN_WORD : NEXT_TOWN_WORD;
  if (tokens.slice(1).some((t) => !next.test(t) && !CONNECTOR.test(t))) return null;
  // Unlabelled, "Yvonne Witt" is a person; after "Lokacija:" the label says "Novi Sad" is a place.
  if (strict && tokens.length > 1 && isFirstName(tokens[0]!)) return null;
  if (tokens.every((t) => t.length < 2)) return null;
  const town = tokens.join(' ');
  if (countryOfName(town) || namesStreet(town)) return null;
  return town;
}

/** "Lokacija: Novi sad" -> label and value; null when the text does not open with a place label. */
export function splitPlaceLabel(text: string): { label: string; value: string } | null {
  // An icon before the label ("📍 Lokacija: …") is not part of it.
  const bare = text.replace(/^\P{L}+/u, '').trim();
  const m = /^([^:]{2,30}):(.+)$/u.exec(bare);
  if (m && PLACE_LABEL.test(m[1]!.trim())) return { label: m[1]!.trim(), value: m[2]!.trim() };
  // "Staðsetning Reykjavík, Ísland": a label element glued to its value without a colon.
  const tokens = bare.split(/\s+/u);
  for (let n = 1; n <= 2 && n < tokens.length; n++) {
    const label = tokens.slice(0, n).join(' ');
    if (PLACE_LABEL.test(label)) return { label, value: tokens.slice(n).join(' ') };
  }
  return null;
}
