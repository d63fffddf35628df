/**
 * Words that name a person's role at an organisation, in the languages the extension meets.
 * A role word next to a name is what makes a name a person of the organisation; the same words
 * also tell a role line ("Geschäftsführer:") from a name line.
 */

const EDGE = new Set([' ', ',', ';', ':', '–', '-', '|']);

/** Strips separators from both ends without a regex (an end-anchored class run is quadratic). */
export function trimPunctuation(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && EDGE.has(s[a]!)) a++;
  while (b > a && EDGE.has(s[b - 1]!)) b--;
  return s.slice(a, b);
}

const ROLES = [
  // German
  String.raw`gesch(?:[äa]|ae)ftsf(?:[üu]|ue)hr(?:er(?:in|innen)?|ung|ende[rn]?(?:\sgesellschafter(?:in)?)?)`,
  String.raw`gesch(?:[äa]|ae)ftsleitung`,
  String.raw`(?:mit)?gesellschafter(?:in)?`,
  String.raw`vorst[äa]nd(?:e|svorsitzende[rn]?|smitglied(?:er)?)?`,
  String.raw`(?:stellv\.?\s|stellvertretende[rn]?\s)?vorsitzende[rn]?`,
  String.raw`(?:praxis|mit|betriebs|medien)?inhaber(?:in)?`,
  String.raw`vertreten\sdurch`,
  String.raw`vertretungsberechtigt(?:e[rn]?)?(?:\s(?:gesellschafter|vorstand|person(?:en)?))?`,
  String.raw`prokurist(?:in)?`,
  String.raw`(?:inhaltlich|redaktionell|presserechtlich)?\s?verantwortlich(?:e[rn]?)?`,
  String.raw`v\.\s?i\.\s?S\.\s?d\.\s?P\.?`,
  // Editors of a publisher's titles: "Redaktør Kari Nordmann", "Chefredakteurin", "Editor-in-chief".
  String.raw`(?:chef|hoofd)?r[eé]d[ae][ck]t(?:[øo]r|eur|rice)(?:in)?|editor`,
  String.raw`datenschutzbeauftragte[rn]?`,
  String.raw`ansprechpartner(?:in)?`,
  String.raw`kontaktperson`,
  String.raw`herausgeber(?:in)?`,
  String.raw`(?:vize|vice\s)?pr[äaée]sident(?:e|in)?`,
  String.raw`kassen?wart(?:in)?|kassier(?:in)?|schatzmeister(?:in)?|schriftf[üu]hrer(?:in)?`,
  String.raw`\w{0,12}sportwart(?:in)?|jugendwart(?:in)?|jugendtrainer(?:in)?|cheftrainer(?:in)?`,
  String.raw`obmann|obfrau`,
  String.raw`(?:projekt|team)?leit(?:er|erin|ung)`,
  String.raw`(?:mit)?gr[üu]nder(?:in)?|mitinitiant(?:in)?`,
  String.raw`notar(?:in)?|rechtsanw[äa]lt(?:in)?|steuerberater(?:in)?|architekt(?:in)?`,
  // A master craftsman is named by his trade ("Malermeister"); a bare "Meister" is a common surname.
  String.raw`\w{2,14}(?:meister|mester)(?:in)?`,
  // Staff roles on team cards
  String.raw`mitarbeiter(?:in)?|assistenz|assistent(?:in)?|sekretariat|buchhaltung|berater(?:in)?|referent(?:in)?|sachbearbeiter(?:in)?|ingenieur(?:in)?|techniker(?:in)?|auszubildende[rn]?|azubi|(?:physio|ergo)?therapeut(?:in)?|[äa]rztin|arzt|zahn[äa]rzt(?:in)?|heilpraktiker(?:in)?|koordinator(?:in)?|kundenbetreuung`,
  String.raw`chief\s\w+\sofficer|officer|engineer|developer|consultant|accountant|assistant|coordinator|specialist|advis[eo]r|analyst|associate|receptionist|therapist|designer|architect|team\slead(?:er)?`,
  // English
  'ceo|cto|cfo|coo|cmo|cio|cso',
  String.raw`(?:co-?)?founder`,
  'owner|proprietor|principal',
  String.raw`(?:managing|executive|technical|general|creative|sales|marketing|non-executive)?\s?director`,
  String.raw`(?:managing\s|senior\s|founding\s)?partner`,
  String.raw`chair(?:man|woman|person)?|secretar(?:y|is)|treasurer`,
  String.raw`(?:general\s|office\s|practice\s)?manager`,
  String.raw`head\sof\s\w+`,
  String.raw`contact(?:\sperson)?`,
  String.raw`attorneys?(?:\sat\slaw)?|advocate|solicitor|lawyer|counsell?or`,
  String.raw`data\sprotection\sofficer|dpo`,
  // French
  String.raw`g[ée]rante?|co-?g[ée]rante?`,
  String.raw`direct(?:eur|rice|ion|ora)`,
  String.raw`responsable(?:\sde\sla\spublication)?`,
  String.raw`fondat(?:eur|rice)|associ[ée]e?`,
  String.raw`avocate?`,
  String.raw`[ée]diteur`,
  // Dutch
  String.raw`zaakvoerder|bestuur(?:der|slid|sleden)?|eigenaar|eigenaresse|voorzitter|penningmeester|oprichter|vennoot|aanspreekpersoon|contactpersoon`,
  // Danish / Norwegian
  String.raw`direkt[øo]r|adm\.?\sdirekt[øo]r|indehaver|innehaver|ejer|daglig\sleder|(?:n[æa]st)?formand|styreleder|kasserer`,
  // Board groups, written as headings above their members: "Styremedlemmer", "Varamedlemmer", "Board members".
  String.raw`\w{0,12}medlem(?:mer)?|nestleder|suppleant(?:er)?|ordf[öo]rande|\w{0,8}ledam[öo]t(?:er)?|board\s(?:members?|of\s\w+)|trustees?|directie|aufsichtsrat`,
  // Nordic and Baltic: Finnish, Icelandic, Estonian, Latvian, Lithuanian (owner, managing director, founder, chair)
  String.raw`toimitusjohtaja|omistaja|yrittäjä|perustaja|puheenjohtaja|eigandi|framkvæmdastjóri|stofnandi|stjórnarformaður|formaður|ráðgjafi|tegevjuht|juhatuse\s(?:liige|esimees)|omanik|asutaja|valdes\s(?:priekšsēdētāj[sa]|locekl(?:is|e))|īpašniek[se]|dibinātāj[sa]|direktor(?:s|ius|ė)|savinink(?:as|ė)|įkūrėj(?:as|a)|vadov(?:as|ė)`,
  // Central Europe and the Balkans: Hungarian, Polish, Czech/Slovak, Albanian (owner, managing director, founder)
  String.raw`tulajdonos|ügyvezető(?:\sigazgató)?|igazgató|alapító|prezes(?:\szarządu)?|właściciel(?:ka)?|założyciel(?:ka)?|wspólnik|jednatel(?:ka)?|majitel(?:ka)?|ředitel(?:ka)?|zakladatel(?:ka)?|konateľ(?:ka)?|riaditeľ(?:ka)?|drejtor(?:e(?:sh)?ë)?|pronare?|themeluese?`,
  // Spanish / Italian
  String.raw`titular|administradora?|gerente|fundadora?|soci[oa]?(?:\samministrator[ei])?|titolare|amministrat(?:ore|rice)(?:\s(?:unico|delegato))?|legale\srappresentante|direttore`,
  // Board offices of associations and companies in the Romance languages: secretary, treasurer, vice-chair, member
  String.raw`(?:vice-?)?pr[ée]sidenta|vice-?pr[ée]sident[ea]?|s[ée]cr[ée]taire(?:\sg[ée]n[ée]rale?)?|tr[ée]sori(?:er|[èe]re)|secretari[oa]|secret[áa]ri[oa]|segretari[oa]|tesorer[oa]|tesoureir[oa]|tesorier[ea]|vocal|consejer[oa]|consigliere|conseill(?:er|[èe]re)|comptable|charg[ée]e?\sde\s\w+|fondatore|presidencia|secretaría|tesorer[íi]a|vocal[íi]a`,
  // Indonesian / Malay and Swahili: director, commissioner, secretary, treasurer, chair, manager
  String.raw`direktur(?:\sutama)?|komisaris(?:\sutama)?|sekretaris|bendahara|ketua|manajer|pengarah(?:\surusan)?|mkurugenzi|mwenyekiti|katibu|mhazini`,
  // Compound managers and practice staff in Dutch and German ("Praktijkmanager", "Projektmanager", "Huisarts")
  String.raw`[a-z]{3,14}manager|huisarts|doktersassistente?|praktijkondersteuner|\w{0,12}verpleegkundige`,
  // Clinic staff, the commonest team pages after offices: doctor, nurse, dentist, hygienist, receptionist in the
  // Nordic, West Slavic and Romance languages ("Lege under spesialisering", "všeobecná sestra", "higienistka").
  String.raw`lege|fastlege|tannlege|l[æä]ge|tandl[æä]ge|l[äa]kare|tandl[äa]kare|l[äa][äa]k[äa]ri|hammasl[äa][äa]k[äa]ri|spesialist|sykepleier|sygeplejerske|sjuksk[öo]terska|sairaanhoitaja|l[ée]ka[řr](?:ka)?|sestra|lekarz|dentyst(?:a|ka)|higienist(?:a|ka)|igienista|asystentka|piel[ęe]gniarka|rejestratorka|recep[cč]n[íi]|recepcionista|m[ée]dic[oa]|enfermer[oa]|enfermeir[oa]|infermier[ea]|odont[óo]log[oa]|odontoiatra|dentista|fisioterapeuta|psic[óo]log[oa]`,
  // Portuguese spellings the Spanish and French stems miss: "Sócio fundador", "Diretora", "Advogada", "Contadora".
  String.raw`s[óo]ci[oa](?:[\s-](?:fundador|gerente|diretor|administrador)a?)?|diretor(?:a|ia)?|advogad[oa]|contadora?`,
  // Turkish: lawyer, founder, (general) manager, board chair/member, partner, secretary, treasurer, adviser.
  String.raw`avukat|kurucu(?:\s(?:ortak|avukat|üye))?|genel\smüdürü?|müdürü?|yönetim\skurulu(?:\s(?:başkanı|üyesi))?|başkan(?:ı|\syardımcısı)?|sekreter|sayman|danışman|mali\smüşavir|diş\shekimi|hekim|mühendis`,
  // Cyrillic (Russian, Ukrainian, Belarusian, Bulgarian, Serbian): director, deputy, head, chair, founder, owner,
  // partner, lawyer, accountant, consultant, expert, lecturer, doctor, secretary, member. Stems take up to two
  // letters of case or gender ending ("директора", "директорка", "председателя").
  `(?:${[
    'директор', 'заместител', 'заступни[кц]', 'заместник', 'руководител', 'ръководител', 'керівни[кц]', 'начальни[кц]', 'председател',
    'голова\\s(?:правлін|ради)', 'учредител', 'основател', 'съосновател', 'засновни[кц]', 'оснивач', 'владел[еи]ц', 'собственни[кц]',
    'собственик', 'сопственик', 'власни[кц]', 'управляющ', 'управител', 'партн[её]р', 'съдружни[кц]', 'менеджер', 'бухгалтер',
    'счетоводител', 'рачуновођ', 'юрист', 'адвокат', 'нотариус', 'нотаріус', 'консультант', 'эксперт', 'експерт', 'аудитор',
    'специалист', 'спеціаліст', 'инженер', 'інженер', 'преподавател', 'викладач', 'тренер', 'врач', 'лікар', 'лекар', 'стоматолог',
    'косметолог', 'терапевт', 'хирург', 'ортопед', 'медсестр', 'секретар', 'казначей', 'скарбни[кц]', 'член', 'администратор',
    'координатор', 'ассистент', 'асистент', 'президент',
  ].join('|')})[\\u0430-\\u045f]{0,2}`,
  // Greek: lawyer, managing director, director, chair, secretary, treasurer, founder, person responsible, doctor,
  // member, adviser, partner, accountant, engineer, owner. Capitals drop the accents, so each vowel takes both.
  `(?:${[
    'δικηγ[οό]ρ', 'δι[εέ]υθ[υύ]ν(?:ων|ουσα)\\sσ[υύ]μβουλ', 'δι[εέ]υθ[υύ]ντ', 'αντιπρ[οό][εέ]δρ', 'πρ[οό][εέ]δρ', 'γραμματ[εέ]',
    'ταμ[ιί]', 'συνιδρυτ', 'ιδρυτ', 'υπ[εέ][υύ]θυν', 'ιατρ', 'γιατρ', 'οδοντ[ιί]ατρ', 'μ[εέ]λ[οη]', 'σ[υύ]μβουλ', 'συνεργ[αά]τ',
    '[εέ]τα[ιί]ρ', 'λογιστ', 'μηχανικ', 'ιδιοκτ[ηή]τ',
  ].join('|')})[\\u03ac-\\u03ce]{0,4}`,
  // Korean: (managing) attorney, representative director, director, president, head of a practice, adviser, accountants.
  '대표변호사|변호사|대표이사|대표|이사장|이사|회장|사장|원장|고문|세무사|회계사|변리사|노무사|파트너',
];

/** A role word anywhere in a text; `u` so that umlauts count as letters at the boundaries. */
/** Letters for the word boundaries (Latin, Turkish, Cyrillic, Greek, Hangul); a class without the `u` flag runs twice as fast as \p{L}. */
const LETTER = String.raw`[a-zäöüßéèêëàâçîïôûùøæåñíóúœğış\u0430-\u045f\u03ac-\u03ce\uac00-\ud7a3]`;
export const ROLE_WORD = new RegExp(String.raw`(?<!${LETTER})(?:${ROLES.join('|')})(?!${LETTER})`, 'i');
const ROLE_WORD_G = new RegExp(ROLE_WORD.source, 'gi');

/**
 * Job titles that describe a field rather than an office ("Specialist Înființări Firme", "Consultant
 * Fiscal"): the capitalised words after them are the field as often as a name.
 */
export const FIELD_TITLE = /^(?:specialist|consultant|analyst|engineer|developer|designer|assistant|coordinator|advis[eo]r|associate|accountant|architect|technician|therapist|expert|manager|manajer|berater(?:in)?|referent(?:in)?|sachbearbeiter(?:in)?|techniker(?:in)?|ingenieur(?:in)?|assistent(?:in)?|koordinator(?:in)?)$/i;

/** Lid (NL "member") is a role only as a whole line, never inside text. */
const MEMBER_LINE = /^(?:lid|member|mitglied|beisitzer(?:in)?|membre)$/i;

/** Qualifiers in front of a role: "1.", "2.", "stellv.", "Derzeitige". */
const ROLE_PREFIX = /^(?:\d\.\s?|(?:derzeitige[rn]?|aktuelle[rn]?|unser(?:e[rn]?)?|our|the|der|die|das|le|la|de|het)\s)/i;

/** Navigation and headings that start with a role word but name none: "Contact us", "Kontakt". */
export const NOT_A_ROLE_LINE = /^(?:contact|direction|leitung|management|partner|responsable|bestuur)(?:\s(?:us|info|details|form|information|page|nous|en\s\w+))?$/i;

/** All role words of a text with their positions. */
export function roleWords(text: string): { index: number; end: number; word: string }[] {
  const out: { index: number; end: number; word: string }[] = [];
  ROLE_WORD_G.lastIndex = 0;
  for (let m = ROLE_WORD_G.exec(text); m; m = ROLE_WORD_G.exec(text)) {
    if (!m[0]) {
      ROLE_WORD_G.lastIndex++;
      continue;
    }
    out.push({ index: m.index, end: m.index + m[0].length, word: m[0] });
  }
  return out;
}

/** A line of this many words ending with a full stop is a sentence. */
const SENTENCE_WORDS = 4;

/** True when the whole (short) line reads as a role: "1. Vorsitzender", "Managing Director", "Geschäftsführung:". */
export function isRoleLine(text: string): boolean {
  const t = trimPunctuation(text).replace(ROLE_PREFIX, '').trim();
  if (!t || t.length > 90) return false;
  // "For analyst queries, document requests and investor meetings.": a sentence, not a role.
  if (t.endsWith('.') && t.split(' ').length >= SENTENCE_WORDS) return false;
  if (MEMBER_LINE.test(t)) return true;
  if (NOT_A_ROLE_LINE.test(t)) return false;
  const m = ROLE_WORD.exec(t);
  // "Home / Contact" is navigation: "contact" names a role only as "contact person".
  return !!m && m.index <= 12 && !/^contact$/i.test(m[0]);
}

const LEGAL_REFERENCE = /\s(?:gem(?:äß|\.)|nach|i\.\s?S\.\s?d\.|im Sinne|according to|selon|conform)\s/i;

/** Cleans a role label for display: no trailing colon, no legal reference. */
export function cleanRole(text: string): string {
  const legal = LEGAL_REFERENCE.exec(text);
  return trimPunctuation(legal ? text.slice(0, legal.index) : text).slice(0, 80);
}
