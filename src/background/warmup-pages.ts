/**
 * Invented pages for the engine's warm-up (engine-warmup.ts), in the shapes and languages real pages
 * come in: a UK contact page, a US team page with people cards, a French legal notice, a Spanish and
 * a Polish contact page, numbers from New Zealand and Brazil. A real page's first reading after a
 * worker start runs code and expressions the German imprint alone never reaches (other countries'
 * phone metadata and addresses, the people readers, register and tax formats), and paid for them:
 * in Node, the first dev page read after the imprint alone took 111 ms (median of 15 fresh
 * processes), after three real pages 28 ms. All names, numbers and addresses are made up.
 */
import type { PageSnapshot, SnapshotBlock, SnapshotLine, SnapshotLink } from '../core/detect/snapshot/types';

interface InventedBlock {
  tag: string;
  /** Index of the enclosing invented block; the body when absent. */
  in?: number;
  cls?: string;
  /** The block's lines; a table row's cells are separated by a tab, as the snapshot reads them. */
  lines?: string[];
}

interface InventedLink {
  href: string;
  text: string;
  /** Index of the invented block it sits in. */
  at: number;
}

interface InventedPage {
  url: string;
  title: string;
  lang: string;
  blocks: InventedBlock[];
  links?: InventedLink[];
  jsonLd?: unknown[];
}

const HEADING = /^H[1-6]$/;
/** Blocks 0 and 1 are <html> and <body>; invented block i is block i + 2. */
const FIRST = 2;

/** A page snapshot as the content script would read the invented page. */
export function inventedSnapshot(page: InventedPage): PageSnapshot {
  const blocks: SnapshotBlock[] = [
    { tag: 'HTML', parent: -1, depth: 0 },
    { tag: 'BODY', parent: 0, depth: 1 },
  ];
  const lines: SnapshotLine[] = [];
  let section = 0;
  for (const b of page.blocks) {
    const parent = b.in === undefined ? 1 : b.in + FIRST;
    const block: SnapshotBlock = { tag: b.tag, parent, depth: blocks[parent]!.depth + 1 };
    if (b.cls) block.cls = b.cls;
    const own = b.lines ?? [];
    if (own.length === 1 && own[0]!.includes('\t')) block.cells = own[0]!.split('\t');
    blocks.push(block);
    if (HEADING.test(b.tag)) section++;
    for (const text of own) lines.push({ text, block: blocks.length - 1, section });
  }
  const links: SnapshotLink[] = (page.links ?? []).map((l) => ({ href: l.href, text: l.text, block: l.at + FIRST, depth: blocks[l.at + FIRST]!.depth + 1 }));
  return {
    url: page.url,
    title: page.title,
    lang: page.lang,
    meta: {},
    blocks,
    lines,
    truncated: false,
    links,
    jsonLd: (page.jsonLd ?? []).map((x) => JSON.stringify(x)),
    items: [],
    dataElements: [],
    scripts: [],
    readMs: 0,
    readAt: 0,
  };
}

const UK_CONTACT: InventedPage = {
  url: 'https://www.northwind-widgets.example/contact-us',
  title: 'Contact us | Northwind Widgets Ltd',
  lang: 'en-gb',
  blocks: [
    { tag: 'H1', lines: ['Contact us'] },
    { tag: 'ADDRESS', lines: ['Northwind Widgets Ltd', 'Unit 4, Riverside Park', 'Manchester M1 2AB', 'United Kingdom'] },
    { tag: 'TABLE' },
    { tag: 'TR', in: 2, lines: ['Telephone:\t+44 161 496 0123'] },
    { tag: 'TR', in: 2, lines: ['Fax:\t0161 496 0999'] },
    { tag: 'TR', in: 2, lines: ['Mobile:\t07700 900123'] },
    { tag: 'P', lines: ['Email: sales (at) northwind-widgets.example'] },
    { tag: 'FOOTER', lines: ['Registered in England and Wales, Company No. 04817263', 'VAT Reg. No. GB 123 4567 89', '© 2026 Northwind Widgets Ltd. All rights reserved.', 'Website by Pixelkraft Studio'] },
  ],
  links: [
    { href: 'mailto:sales@northwind-widgets.example', text: 'sales@northwind-widgets.example', at: 6 },
    { href: 'https://www.linkedin.com/company/northwind-widgets', text: 'LinkedIn', at: 7 },
    { href: 'https://x.com/northwindwidgets', text: 'X', at: 7 },
    { href: 'https://www.facebook.com/sharer.php?u=northwind', text: 'Share', at: 7 },
    { href: '/privacy', text: 'Privacy policy', at: 7 },
  ],
  jsonLd: [{ '@context': 'https://schema.org', '@type': 'LocalBusiness', name: 'Northwind Widgets Ltd', telephone: '+44 161 496 0123', email: 'sales@northwind-widgets.example', address: { '@type': 'PostalAddress', streetAddress: 'Unit 4, Riverside Park', postalCode: 'M1 2AB', addressLocality: 'Manchester', addressCountry: 'GB' }, sameAs: ['https://www.linkedin.com/company/northwind-widgets'] }],
};

const US_TEAM: InventedPage = {
  url: 'https://www.bluepeak-analytics.example/about/team',
  title: 'Our Team – Bluepeak Analytics, Inc.',
  lang: 'en-us',
  blocks: [
    { tag: 'H1', lines: ['Meet our team'] },
    { tag: 'DIV', cls: 'team-member' },
    { tag: 'H3', in: 1, lines: ['Jordan Ellison'] },
    { tag: 'P', in: 1, lines: ['Chief Executive Officer'] },
    { tag: 'P', in: 1, lines: ['jordan.ellison@bluepeak-analytics.example'] },
    { tag: 'DIV', cls: 'team-member' },
    { tag: 'H3', in: 5, lines: ['Priya Ramaswamy'] },
    { tag: 'P', in: 5, lines: ['VP of Sales'] },
    { tag: 'P', in: 5, lines: ['Direct: (212) 555-0147'] },
    { tag: 'DIV', cls: 'team-member' },
    { tag: 'H3', in: 9, lines: ['Marcus O’Neill'] },
    { tag: 'P', in: 9, lines: ['Head of Customer Success'] },
    { tag: 'FOOTER', lines: ['Bluepeak Analytics, Inc.', '350 Fifth Avenue, Suite 1200', 'New York, NY 10118', 'Phone: +1 212-555-0100 | Fax: +1 212-555-0199', 'Auckland office: +64 9 555 0123', 'São Paulo: +55 11 5555-0123'] },
  ],
  links: [
    { href: 'https://www.linkedin.com/in/jordan-ellison-example', text: 'LinkedIn', at: 1 },
    { href: 'tel:+12125550147', text: '(212) 555-0147', at: 8 },
    { href: 'https://www.instagram.com/bluepeakanalytics', text: 'Instagram', at: 12 },
    { href: 'https://www.youtube.com/@bluepeakanalytics', text: 'YouTube', at: 12 },
  ],
  jsonLd: [{ '@context': 'https://schema.org', '@graph': [{ '@type': 'Organization', name: 'Bluepeak Analytics, Inc.', url: 'https://www.bluepeak-analytics.example' }, { '@type': 'Person', name: 'Jordan Ellison', jobTitle: 'Chief Executive Officer' }] }],
};

const FR_LEGAL: InventedPage = {
  url: 'https://www.atelier-exemple.example/mentions-legales',
  title: 'Mentions légales - Atelier Exemple',
  lang: 'fr',
  blocks: [
    { tag: 'H1', lines: ['Mentions légales'] },
    { tag: 'H2', lines: ['Éditeur du site'] },
    { tag: 'P', lines: ['Atelier Exemple SARL au capital de 10 000 €', '12 rue de l’Exemple', '75002 Paris, France', 'Tél. : 01 99 00 12 34', 'Courriel : contact@atelier-exemple.example'] },
    { tag: 'P', lines: ['RCS Paris B 482 731 650 – SIRET 482 731 650 00016', 'N° TVA intracommunautaire : FR 94 482731650', 'Directrice de la publication : Claire Fontaine, gérante'] },
    { tag: 'H2', lines: ['Hébergement'] },
    { tag: 'P', lines: ['Hébergeur : Nuage Exemple SAS, 2 avenue du Serveur, 59100 Roubaix'] },
  ],
};

const ES_CONTACT: InventedPage = {
  url: 'https://www.ejemplo-soluciones.example/contacto',
  title: 'Contacto | Ejemplo Soluciones S.L.',
  lang: 'es',
  blocks: [
    { tag: 'H1', lines: ['Contacto'] },
    { tag: 'P', lines: ['Ejemplo Soluciones S.L.', 'Calle Mayor 21, 2º B', '28013 Madrid, España', 'Teléfono: +34 910 000 123', 'Móvil: 600 000 123', 'CIF: B82743162'] },
    { tag: 'FOOTER', lines: ['Aviso legal · Política de privacidad', 'Diseño web: Estudio Ejemplo'] },
  ],
  links: [{ href: 'mailto:info@ejemplo-soluciones.example', text: 'info@ejemplo-soluciones.example', at: 1 }],
};

const PL_CONTACT: InventedPage = {
  url: 'https://przyklad-serwis.example/kontakt',
  title: 'Kontakt – Przykład Serwis Sp. z o.o.',
  lang: 'pl',
  blocks: [
    { tag: 'H1', lines: ['Kontakt'] },
    { tag: 'P', lines: ['Przykład Serwis Sp. z o.o.', 'ul. Przykładowa 5/7', '00-950 Warszawa', 'tel. 22 000 12 34, kom. 600 000 000', 'NIP: 123-456-32-18, KRS: 0000123456, REGON: 123456785'] },
    { tag: 'P', lines: ['Prezes Zarządu: Anna Kowalska-Przykład'] },
  ],
};

/** The invented pages beside the German imprint, read in turn by the warm-up. */
export const WARMUP_PAGES: readonly PageSnapshot[] = [UK_CONTACT, US_TEAM, FR_LEGAL, ES_CONTACT, PL_CONTACT].map(inventedSnapshot);
