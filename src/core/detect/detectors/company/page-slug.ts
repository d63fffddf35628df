/**
 * The page's own name in its address ("kontakty.html", "/iletisim", "epikoinonia.html"): a title or
 * heading that spells it ("Контакты", "İletişim", "Επικοινωνία") names the page's section, not the
 * organisation, in any script. Names are compared transliterated to Latin (text/transliterate.ts, the
 * table of @sindresorhus/transliterate) by their consonants, so "Контакти" (Ukrainian) meets "kontakty" and "Contact us" meets "contact-us".
 */
import { transliterate } from '../../../text/transliterate';
import type { Page } from '../../page';

/** Fewer consonants than this spell too little to say two words are one ("om", "uber"). */
const MIN_SKELETON = 3;
/** File names that say nothing about the page ("index.html", "page.php"). */
const NAMELESS = /^(?:index|default|home|page|main|start)$/iu;

function skeleton(text: string): string {
  return transliterate(text).toLowerCase().replace(/[^a-z]/g, '').replace(/[aeiouy]/g, '');
}

const slugs = new WeakMap<Page, string>();

/** The consonants of the page's file or last path segment, without its extension; '' when it names nothing. */
function pageSlug(page: Page): string {
  const known = slugs.get(page);
  if (known !== undefined) return known;
  let slug = '';
  if (page.url) {
    let last = '';
    try {
      last = decodeURIComponent(page.url.pathname.split('/').filter(Boolean).pop() ?? '');
    } catch {
      last = page.url.pathname.split('/').filter(Boolean).pop() ?? '';
    }
    const bare = last.replace(/\.\w{2,5}$/u, '');
    if (bare && !NAMELESS.test(bare)) slug = skeleton(bare);
  }
  slugs.set(page, slug);
  return slug;
}

/** True when `name` spells the page's own address ("Контакты" on …/kontakty.html). */
export function namesPageSlug(page: Page, name: string): boolean {
  const slug = pageSlug(page);
  return slug.length >= MIN_SKELETON && skeleton(name) === slug;
}
