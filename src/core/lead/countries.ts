/** Country names as CRMs export them ("Deutschland", "Germany", "D") → ISO 3166-1 alpha-2, for phone defaults. */

const NAMES: Record<string, string> = {
  deutschland: 'DE', germany: 'DE', d: 'DE', brd: 'DE', allemagne: 'DE',
  osterreich: 'AT', oesterreich: 'AT', austria: 'AT', a: 'AT',
  schweiz: 'CH', switzerland: 'CH', suisse: 'CH', svizzera: 'CH',
  liechtenstein: 'LI', luxemburg: 'LU', luxembourg: 'LU',
  niederlande: 'NL', netherlands: 'NL', holland: 'NL', 'the netherlands': 'NL',
  belgien: 'BE', belgium: 'BE', belgique: 'BE', frankreich: 'FR', france: 'FR',
  italien: 'IT', italy: 'IT', italia: 'IT', spanien: 'ES', spain: 'ES', espana: 'ES',
  portugal: 'PT', danemark: 'DK', denmark: 'DK', polen: 'PL', poland: 'PL',
  tschechien: 'CZ', 'czech republic': 'CZ', czechia: 'CZ', schweden: 'SE', sweden: 'SE',
  norwegen: 'NO', norway: 'NO', finnland: 'FI', finland: 'FI', irland: 'IE', ireland: 'IE',
  'vereinigtes konigreich': 'GB', grossbritannien: 'GB', 'united kingdom': 'GB', uk: 'GB', england: 'GB',
  usa: 'US', 'united states': 'US', 'united states of america': 'US', 'vereinigte staaten': 'US',
  ungarn: 'HU', hungary: 'HU', slowakei: 'SK', slovakia: 'SK', slowenien: 'SI', slovenia: 'SI',
  kroatien: 'HR', croatia: 'HR', rumanien: 'RO', romania: 'RO', griechenland: 'GR', greece: 'GR',
  turkei: 'TR', turkey: 'TR', kanada: 'CA', canada: 'CA',
};

/** ISO code for a country written as code or common German/English name; null when unknown. */
export function toCountryCode(value: string | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  if (/^[A-Z]{2}$/.test(v)) return v === 'UK' ? 'GB' : v;
  const key = v.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ');
  return NAMES[key] ?? (/^[a-z]{2}$/.test(key) && key !== 'uk' ? key.toUpperCase() : null);
}
