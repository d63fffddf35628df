/**
 * Which lines speak about someone other than the page's organisation: the web agency, designer or
 * host in the credits, a marketing partner, the supervisory chamber or court of a regulated profession,
 * sponsors. Their numbers stay candidates but below ACCEPT.
 *
 * A marker in a heading covers everything up to the next heading of the same or a higher level; a
 * marker opening an ordinary line ("Webdesign: ...", "Websiteanpassungen:") covers that line and the
 * next few lines of its section.
 */
import type { TextLine } from '../page-text';

const MARKER_WORDS = [
  // credits: web agency, design, hosting, photos
  'webdesign', 'web-design', 'webdesigner', 'webentwicklung', 'webagentur', 'internetagentur',
  'websiteanpassungen?', 'websitegestaltung', 'website-erstellung', 'webseitenerstellung', 'homepage-erstellung', 'homepagegestaltung',
  'konzept(?:ion)?', 'gestaltung', 'realisierung', 'realisation', 'réalisation', 'realizzazione', 'umsetzung', 'technische umsetzung',
  'programmierung', 'entwicklung', 'design', 'designed by', 'developed by', 'built by', 'made by', 'site by', 'website by', 'web design by',
  'powered by', 'hosted by', 'hosting', 'hoster', 'webhosting', 'hébergeur', 'hébergement', 'hebergeur', 'hebergement',
  'conception', 'création du site', 'creation du site', 'crédits?', 'credits?', 'développé par', 'développement', 'diseño', 'diseñado por',
  'diseño web', 'desarrollo web', 'alojamiento', 'sviluppo', 'website door', 'ontwerp', 'ontwikkeling', 'gemaakt door',
  'udviklet af', 'design af', 'utviklet av', 'levert av', 'agentur', 'agency', 'bildnachweis(?:e)?', 'bildquellen?', 'fotos?', 'fotografie',
  'photos?', 'photography', 'photo credits?', 'image credits?', 'bildrechte', 'kooperation', 'in zusammenarbeit mit', 'partner',
  'sponsoren', 'sponsors?', 'trägerschaft', 'förderer',
  // supervisory bodies and courts of regulated professions
  'aufsichtsbehörden?', 'zuständige aufsichtsbehörde', 'zuständige kammer', 'kammer', 'berufskammer', 'ärztekammer', 'zahnärztekammer',
  'rechtsanwaltskammer', 'notarkammer', 'steuerberaterkammer', 'architektenkammer', 'ingenieurkammer', 'handwerkskammer',
  'zuständige behörde', 'aufsicht', 'schlichtungsstelle', 'streitschlichtung', 'verbraucherschlichtung', 'supervisory authority',
  'regulator', 'regulated by', 'autorité de contrôle', 'ordre des', 'chambre', 'tribunal', 'court', 'gericht', 'landgericht',
  'datenschutzbehörde', 'toezichthouder',
];

// eslint-disable-next-line regexp/no-useless-non-capturing-group -- the group holds the joined word list
const MARKER_START = new RegExp(`^(?:${MARKER_WORDS.join('|')})(?!\\p{L})`, 'iu');
/** Bare "Web" / "Website" is a credits heading; "Web: www.example.de" is the organisation's own field. */
const BARE_WEB = /^(?:web|website|webseite|internet)\s*:?$/iu;
/** A short "Something:" line that is not a marker ends a marker label's scope. */
const OTHER_LABEL_LINE = /^[^:\d]{1,32}:$/u;
/** A line starting with a marker counts only when it is short, or is a "Marker: value" pair. */
const MARKER_LINE_MAX = 72;
const LABEL_SCOPE_LINES = 5;
const HEADING = /^H([1-6])$/u;

function headingLevel(line: TextLine): number {
  const m = HEADING.exec(line.block.tagName.toUpperCase());
  return m ? Number(m[1]) : 0;
}

function isMarker(text: string): boolean {
  const t = text.trim();
  if (t.length > MARKER_LINE_MAX && !t.slice(0, 41).includes(':')) return false;
  return BARE_WEB.test(t) || MARKER_START.test(t);
}

/** "Webdesign:" alone (its value on the next lines) versus "Zuständige Kammer: IHK München" (value here). */
function markerValueFollows(text: string): boolean {
  const colon = text.indexOf(':');
  return colon < 0 || text.slice(colon + 1).trim().length < 3;
}

/** For each line: true when it speaks about a third party. One pass, linear in the number of lines. */
export function thirdPartyLines(lines: readonly TextLine[]): boolean[] {
  const out = new Array<boolean>(lines.length).fill(false);
  // Open headings: level and whether they (or a heading above them) mark a third party.
  const open: { level: number; third: boolean }[] = [];
  let labelScope = -1;
  let labelSection = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const level = headingLevel(line);
    if (level > 0) {
      while (open.length && open.at(-1)!.level >= level) open.pop();
      const inherited = open.some((h) => h.third);
      open.push({ level, third: inherited || isMarker(line.text) });
      labelScope = -1;
    } else if (isMarker(line.text)) {
      labelScope = markerValueFollows(line.text) ? i + LABEL_SCOPE_LINES : i;
      labelSection = line.section;
    } else if (i <= labelScope && OTHER_LABEL_LINE.test(line.text)) {
      labelScope = -1;
    }
    const underHeading = open.some((h) => h.third);
    out[i] = underHeading || (i <= labelScope && line.section === labelSection);
  }
  return out;
}

/** A credit or authority named inside the line before the number: "Website door X, 013 ...", "Diseñado por x.com". */
const INLINE_MARKER =
  /(?:^|[\s,;|·(])(?:web-?design\w*|web design|\p{L}*agentur|agency|designed by|developed by|website by|site by|built by|made by|powered by|hosted by|hosting|hébergeur|hébergement|hebergeur|réalisation|réalisé par|diseñado por|diseño web|website door|gemaakt door|udviklet af|utviklet av|aufsichtsbehörde|\p{L}*kammer|schlichtungsstelle|landgericht\w*)(?!\p{L})/iu;

export function thirdPartyInline(lead: string): boolean {
  return INLINE_MARKER.test(lead.length > 200 ? lead.slice(-200) : lead);
}
