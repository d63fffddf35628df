/**
 * The words that introduce another organisation, in the languages the extension meets, by kind.
 * `start`: words that mark a line when they open it ("Webdesign: …", "Partner"); `anywhere`: the
 * more specific phrases that mark a line wherever they stand ("… designed by …", "Ärztekammer").
 * Regex fragments, matched case-insensitively.
 */

/** A bit set of third-party kinds. */
export type Kinds = number;
export const CREDITS = 1;
export const PARTNERS = 2;
export const AUTHORITY = 4;
export const COURT = 8;
export const GENERAL_PARTNER = 16;
/**
 * A bare "Web:" / "Internet" label line. Only phone numbers below it are read as the web agency's:
 * for the website and e-mail fields the same label usually introduces the organisation's own values.
 */
export const WEB_LABEL = 32;

const words = (s: string) => s.split('|');

export const KIND_WORDS: readonly (readonly [Kinds, readonly string[], readonly string[]])[] = [
  [
    CREDITS,
    words(
      'webdesign|web-design|webdesigner|webentwicklung|webagentur|internetagentur|websiteanpassungen?|websitegestaltung|website-erstellung|' +
        'webseitenerstellung|homepage-erstellung|homepagegestaltung|konzept(?:ion)?|gestaltung|realisierung|realisation|réalisation|' +
        'realizzazione|umsetzung|technische umsetzung|programmierung|entwicklung|design|designed by|developed by|built by|made by|site by|' +
        'website by|web design by|powered by|hosted by|hosting|hoster|webhosting|hébergeur|hébergement|hebergeur|hebergement|conception|' +
        'création du site|creation du site|crédits?|credits?|développé par|développement|diseño|diseñado por|diseño web|desarrollo web|' +
        'alojamiento|sviluppo|website door|ontwerp|ontwikkeling|gemaakt door|udviklet af|design af|utviklet av|levert av|agentur|agency|' +
        'bildnachweis(?:e)?|bildquellen?|fotos?|fotografie|photos?|photography|photo credits?|image credits?|bildrechte|' +
        'desenvolvido por|desenvolvimento|criado por|desarrollado por|created by|crafted by|разработка сайта|разработано|розробка сайту|створено|tasarım|geliştirme|' +
        'κατασκευή ιστοσελίδας|σχεδιασμός',
    ),
    words(
      String.raw`web\s?design|design(?:ed)?\s(?:by|door|von|par|por|af|av)\b|gestaltung|umsetzung|realisierung|réalisation|réalisé par|` +
        String.raw`realizzazione|programmierung|entwicklung|developed by|development by|built by|made by|made with|powered by|\bsite (?:by|réalisé|conçu)|` +
        String.raw`website (?:by|door|von)|gemaakt door|ontwerp|conception|diseño|diseñado|sviluppato|udviklet af|utviklet av|levert av|` +
        String.raw`laget av|internetagentur|werbeagentur|webagentur|agentur:|agency:|agence:|theme by|template by|\bhost(?:ing|er|ed by)\b|` +
        String.raw`gehostet|h[ée]berg(?:eur|ement|[ée])|alojamiento|technische betreuung|\bfoto(?:s|grafie|nachweis|credits?)?\s?:|` +
        String.raw`\bfotograf(?:in)?:|\bphoto(?:s|graphy)?\s?(?::|by\b|credits?)|bildnachweis|bildquelle|bildrechte|image credit|` +
        String.raw`picture credit|\bimages?:|\bbilder:|cr[ée]dits|\bcredits?:|beeld door|foto's|fotos door|foto door|fotografie door|` +
        String.raw`desenvolvido por|criado por|desarrollado por|creat[oa] da|realizzat[oa] da|created by|crafted by|erstellt von|cr[ée]{2}e? par|` +
        String.raw`hecho por|realizado por|разработка сайта|розробка сайту|tasarım ve geliştirme|κατασκευή ιστοσελίδας`,
    ),
  ],
  [
    PARTNERS,
    // A practice's stand-in during absences ("Urlaubsvertretung:", "Zástup:") is another practice.
    words(
      'kooperation|in zusammenarbeit mit|partner|sponsoren|sponsors?|trägerschaft|förderer|' +
        String.raw`(?:urlaubs|praxis)?vertretung(?=\s*:)|vertretungspraxis|zástup|zastupování|zastupuje|zastupovanie|zastępstwo`,
    ),
    words('kooperation|zusammenarbeit mit|in cooperation with|unterstützt von|supported by|trägerschaft|sponsored by'),
  ],
  [
    AUTHORITY,
    words(
      'aufsichtsbehörden?|zuständige aufsichtsbehörde|zuständige kammer|kammer|berufskammer|ärztekammer|zahnärztekammer|rechtsanwaltskammer|' +
        'notarkammer|steuerberaterkammer|architektenkammer|ingenieurkammer|handwerkskammer|zuständige behörde|aufsicht|schlichtungsstelle|' +
        'streitschlichtung|verbraucherschlichtung|supervisory authority|regulator|regulated by|autorité de contrôle|ordre des|chambre|' +
        'datenschutzbehörde|toezichthouder',
    ),
    words(
      String.raw`aufsicht|kammer|chamber of|supervisory|regulated by|regulators?\b|berufsrecht|schlichtung|streitbeilegung|ordre des|barreau|` +
        String.raw`ministerium|colegio oficial|datenschutzbeh[öo]rde|autorit[ée] de contr[ôo]le`,
    ),
  ],
  [COURT, words('tribunal|court|gericht|landgericht'), words(String.raw`landgericht\w*`)],
  [GENERAL_PARTNER, [], words(String.raw`pers[öo]nlich haftende|komplement[äa]r`)],
];
