/**
 * A one-line address ("Hauptstraße 5, 80331 München, Deutschland"; Pipedrive's "Organization -
 * Address", Google's "Address 1 - Formatted") as street, postal code, city and country where the
 * parts are plain; what cannot be told apart stays in the street.
 */
import { countryFromAddress } from './row-country';

export interface AddressParts {
  street?: string | undefined;
  postalCode?: string | undefined;
  city?: string | undefined;
  country?: string | undefined;
}

/** "80331 München", "A-1010 Wien", "75008 Paris": postal code before the city. */
const POSTAL_CITY = /^(?<postal>(?:[A-Z]{1,2}-)?\d{4,5})\s+(?<city>\p{L}[\p{L} .'-]*)$/u;
/** "Toronto, ON M5X 1A9" or "Austin, TX 78701": region and postal code after the city. */
const REGION_POSTAL = /^[A-Z]{2}\s+(?<postal>[A-Z]\d[A-Z] ?\d[A-Z]\d|\d{5}(?:-\d{4})?)$/;

export function splitOneLineAddress(text: string): AddressParts {
  const parts = text.split(/[,\n]/).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return { street: text.trim() };
  const out: AddressParts = {};
  const country = countryFromAddress(text);
  if (country) {
    out.country = parts.pop();
  }
  for (let i = parts.length - 1; i >= 1; i--) {
    const part = parts[i] as string;
    const postalCity = POSTAL_CITY.exec(part);
    if (postalCity) {
      out.postalCode = postalCity.groups?.['postal'];
      out.city = postalCity.groups?.['city'];
      parts.splice(i, 1);
      break;
    }
    const regionPostal = REGION_POSTAL.exec(part);
    if (regionPostal && i >= 2) {
      out.postalCode = regionPostal.groups?.['postal'];
      out.city = parts[i - 1];
      parts.splice(i - 1, 2);
      break;
    }
  }
  out.street = parts.join(', ');
  return out;
}
