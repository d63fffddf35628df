/**
 * Links to the site's own front page and the page's menus: the link home names the site (or, as the
 * first item of a menu, the page it opens); the texts of links to other pages name the site's sections.
 */
import type { Page, PageLink } from '../../page';
import { nameKey } from './name-text';

/** A link to the site's front page. */
export const HOME_HREF = /^(?:\.?\/|(?:\.\/|\/)?index\.\w{3,4}|\.\.\/)?$/i;

/** "index.html#header", "/?lang=fr": still the front page. */
export function withoutFragment(href: string): string {
  const end = href.search(/[?#]/);
  return end < 0 ? href : href.slice(0, end);
}

/** Longest text of a link that names one of the site's sections ("Tým", "Nossa equipe"). */
export const MAX_SECTION_CHARS = 40;

/** Links to the site's other pages that make a list a menu. */
const MENU_MIN_OTHERS = 2;

/** The list a link is an item of: the list around its item, or the block it stands in. */
function listOf(page: Page, link: PageLink): number {
  const block = page.blocks[link.block];
  return block?.tag === 'LI' ? block.parent : link.block;
}

/**
 * The texts of the items of the page's menus: lists (or blocks) holding links to several of the site's
 * other pages. A menu item pointing home is named after the page it opens, not the site.
 */
export function menuItemTexts(page: Page): Set<string> {
  const others = new Map<number, number>();
  for (const l of page.links) {
    if (/^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i.test(l.href) || isHomeLink(page, l.href)) continue;
    const list = listOf(page, l);
    others.set(list, (others.get(list) ?? 0) + 1);
  }
  const texts = new Set<string>();
  for (const l of page.links) {
    const list = listOf(page, l);
    const count = (others.get(list) ?? 0) - (isHomeLink(page, l.href) ? 0 : 1);
    if (list >= 0 && count >= MENU_MIN_OTHERS && l.text.length <= MAX_SECTION_CHARS) texts.add(nameKey(l.text));
  }
  return texts;
}

export function isHomeLink(page: Page, href: string): boolean {
  if (HOME_HREF.test(withoutFragment(href))) return true;
  try {
    const u = new URL(href);
    return page.url !== null && u.host === page.url.host && HOME_HREF.test(u.pathname);
  } catch {
    return false;
  }
}
