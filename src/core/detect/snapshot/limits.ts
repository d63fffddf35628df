/**
 * How much a snapshot may hold. The page is hostile input and the snapshot crosses from the page to
 * the extension: every list and string is capped where it is read, and the background checks the
 * same limits (background/snapshot-shape.ts) before the engine reads a snapshot. Real imprint and
 * contact pages stay far below all of them.
 */
export const SNAPSHOT_LIMITS = {
  lines: 20_000,
  /** A line of text is cut at this length before any detector sees it. */
  lineChars: 4_000,
  /** Block elements the text walk records (those that hold a line, a link or an address source, and their ancestors). */
  blocks: 100_000,
  classChars: 200,
  /** A block's title, aria-label or image alt text (SnapshotBlock.label). */
  labelChars: 150,
  roleChars: 100,
  pathChars: 400,
  cells: 16,
  cellChars: 200,
  /** Links read per page: the first and last ones of a page with more (see links.ts), and image-map areas. */
  links: 1_000,
  areas: 300,
  linkText: 300,
  /** An href longer than this (a data: URL, a tracking monster) is no contact or profile link. */
  hrefChars: 2_000,
  jsonLdBlocks: 50,
  /** A longer JSON-LD block is skipped: no organisation needs more, hostile pages do. */
  jsonLdChars: 500_000,
  jsonLdTotalChars: 1_000_000,
  /** Microdata, RDFa and hCard items: a shop marks up every product; the organisation's own item is among the first. */
  items: 500,
  itemProps: 5_000,
  /** hCards read: each is a dozen queries, and a page's own card is among its first. */
  hCards: 100,
  /** Values read from one hCard (its name, phones, e-mails, address parts). */
  hCardValues: 50,
  snippetChars: 300,
  dataElements: 500,
  attributeChars: 1_000,
  scripts: 200,
  /** What the engine reads of one inline script (emails/script-strings.ts reads no further either). */
  scriptChars: 100_000,
  scriptTotalChars: 500_000,
  /** Text read from hidden subtrees and templates (a team in a hidden tab panel), apart from the visible lines. */
  hiddenChars: 12_000,
  hiddenLines: 600,
  hiddenBlocks: 3_000,
  metaChars: 2_000,
  titleChars: 1_000,
  urlChars: 8_000,
} as const;
