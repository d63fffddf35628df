/**
 * The social networks the extension knows, and which of their URLs are PROFILES. Share buttons,
 * hashtag and search pages, single posts, videos, playlists and repositories are not profiles.
 */

export interface Profile {
  network: string;
  /** https, no tracking query, no trailing slash; the path as written (some ids are case-sensitive). */
  url: string;
  /** The account name in the URL, lower-case, for comparing with the organisation's name. */
  handle: string;
  /** Minor networks are taken only when the handle looks like the organisation's. */
  minor: boolean;
}

interface Network {
  name: string;
  hosts: RegExp;
  /** The handle and how many leading path segments make up the profile, or null when not a profile. */
  profile: (segments: string[], query: URLSearchParams) => Match | null;
  minor?: boolean;
  /** Query parameters that are part of the profile's identity. */
  keepQuery?: string[];
}

/** `from`: leading segments that only frame the profile (facebook.com/watch/<page>) and are left out. */
type Match = [handle: string, keep: number, from?: number];

const HANDLE = /^@?[\w.%-]{1,100}$/;
const SUBPAGE = /^(?:about|videos|featured|posts|photos|repositories|followers|reels|tagged|streams|shorts|playlists|community|mycompany|life|jobs|people)$/;

/** First path segment names an account, unless it is one of the network's own pages. */
function single(reserved: RegExp): (s: string[]) => Match | null {
  return (s) => (s.length >= 1 && s.length <= 2 && HANDLE.test(s[0]!) && !reserved.test(s[0]!) && (s.length === 1 || SUBPAGE.test(s[1]!)) ? [s[0]!.replace(/^@/, ''), 1] : null);
}

/** "/kind/name[/subpage]" profiles such as linkedin.com/company/acme. */
function typed(kinds: RegExp): (s: string[]) => Match | null {
  return (s) => (s.length >= 2 && kinds.test(s[0]!) && HANDLE.test(s[1]!) && (s.length === 2 || SUBPAGE.test(s[2]!)) ? [s[1]!, 2] : null);
}

const NETWORKS: Network[] = [
  {
    name: 'facebook',
    hosts: /(?:^|\.)(?:facebook\.com|fb\.com|fb\.me)$/,
    keepQuery: ['id'],
    profile: (s, q) => {
      if (s[0] === 'profile.php') return q.get('id') ? [`id${q.get('id')}`, 1] : null;
      if (s[0] === 'pages' && s.length >= 2) return [s.slice(1).join('/'), s.length];
      if (s[0] === 'groups' && s[1]) return [s[1], 2];
      // The newer page URLs: "/p/Name-1000…" and the copied page link "/share/1AbC…" (the share button is "sharer.php?u=").
      if ((s[0] === 'p' || s[0] === 'people') && s[1] && HANDLE.test(s[1]) && s.length <= 3) return [s[1], s[0] === 'people' && s[2] ? 3 : 2];
      if (s[0] === 'share' && s.length === 2 && HANDLE.test(s[1]!) && !q.has('u') && !q.has('href')) return [s[1]!, 2];
      // A page's videos tab ("/watch/<page>/") and the old page path ("/pg/<page>"): the page itself.
      if ((s[0] === 'watch' || s[0] === 'pg') && s.length <= 3 && s[1] && HANDLE.test(s[1]) && !/^(?:live|latest|saved|shows|search|videos)$/.test(s[1]) && !q.has('v') && (s.length === 2 || SUBPAGE.test(s[2]!))) return [s[1], 2, 1];
      return single(/^(?:sharer(?:\.php)?|share(?:\.php)?|dialog|plugins|tr|hashtag|search|events|watch|photo(?:\.php)?|story\.php|permalink\.php|login|home\.php|policies|privacy|help|l\.php|ads|business|gaming|marketplace)$/)(s);
    },
  },
  { name: 'instagram', hosts: /(?:^|\.)instagram\.com$/, profile: single(/^(?:p|reel|reels|tv|explore|stories|accounts|direct|about|legal|developer)$/) },
  {
    name: 'x',
    hosts: /(?:^|\.)(?:twitter\.com|x\.com)$/,
    profile: single(/^(?:intent|share|hashtag|search|home|i|explore|settings|login|signup|notifications|messages|tos|privacy|compose|status)$/),
  },
  {
    name: 'linkedin',
    hosts: /(?:^|\.)linkedin\.com$/,
    profile: typed(/^(?:company|in|school|showcase|pub)$/),
  },
  {
    name: 'xing',
    hosts: /(?:^|\.)xing\.(?:com|de)$/,
    profile: typed(/^(?:pages|companies|profile|company)$/),
  },
  {
    name: 'youtube',
    hosts: /(?:^|\.)youtube\.com$/,
    profile: (s) => {
      if (s[0]?.startsWith('@')) return single(/^$/)(s);
      return typed(/^(?:channel|c|user)$/)(s);
    },
  },
  { name: 'github', hosts: /(?:^|\.)github\.com$/, profile: (s) => (s.length === 1 ? single(/^(?:sponsors|features|about|login|join|pricing|topics|explore|marketplace|orgs|settings|site|security|enterprise|collections|trending|search|apps)$/)(s) : s.length === 2 && s[0] === 'orgs' ? [s[1]!, 2] : null) },
  { name: 'gitlab', hosts: /(?:^|\.)gitlab\.com$/, profile: (s) => (s.length === 1 ? single(/^(?:explore|users|help|search|dashboard)$/)(s) : null) },
  { name: 'bitbucket', hosts: /(?:^|\.)bitbucket\.org$/, profile: (s) => (s.length === 1 ? single(/^(?:product|account|dashboard|repo)$/)(s) : null) },
  { name: 'tiktok', hosts: /(?:^|\.)tiktok\.com$/, profile: (s) => (s[0]?.startsWith('@') ? single(/^$/)(s) : null) },
  { name: 'pinterest', hosts: /(?:^|\.)pinterest\.(?:com|de|at|ch|fr|co\.uk|es|it|ca|nl|dk|se|pt|ie)$/, profile: (s) => (s.length === 1 || (s.length === 2 && /^_(?:saved|created|profile)$/.test(s[1]!)) ? single(/^(?:pin|search|ideas|today|explore|business|_)$/)([s[0]!]) : null) },
  { name: 'vimeo', hosts: /(?:^|\.)vimeo\.com$/, profile: (s) => (s.length === 1 && !/^\d+$/.test(s[0]!) ? single(/^(?:channels|groups|categories|watch|search|features|upgrade|blog|help|log_in|join)$/)(s) : null) },
  {
    name: 'stackoverflow',
    hosts: /(?:^|\.)stackoverflow\.com$/,
    profile: (s) => (s.length >= 2 && s[0] === 'company' ? [s[1]!, 2] : s.length >= 3 && s[0] === 'jobs' && s[1] === 'companies' ? [s[2]!, 3] : null),
  },
  { name: 'threads', hosts: /(?:^|\.)threads\.(?:net|com)$/, profile: (s) => (s[0]?.startsWith('@') ? single(/^$/)(s) : null) },
  { name: 'bluesky', hosts: /(?:^|\.)bsky\.app$/, profile: typed(/^profile$/) },
  { name: 'flickr', hosts: /(?:^|\.)flickr\.com$/, minor: true, profile: (s) => (s.length >= 2 && s.length <= 3 && s[0] === 'photos' && HANDLE.test(s[1]!) ? [s[1]!, 2] : null) },
  { name: 'behance', hosts: /(?:^|\.)behance\.net$/, minor: true, profile: single(/^(?:search|galleries)$/) },
  { name: 'dribbble', hosts: /(?:^|\.)dribbble\.com$/, minor: true, profile: single(/^(?:shots|search)$/) },
  { name: 'soundcloud', hosts: /(?:^|\.)soundcloud\.com$/, minor: true, profile: single(/^(?:search|discover|charts)$/) },
  { name: 'medium', hosts: /(?:^|\.)medium\.com$/, minor: true, profile: (s) => (s[0]?.startsWith('@') ? single(/^$/)(s) : null) },
];

/** Mastodon and other fediverse servers: "/@name" on a host that says what it is. */
const FEDIVERSE_HOST = /(?:^|\.)(?:mastodon|mstdn|social|toot|fosstodon|chaos|troet|norden|muenchen|det|fediverse)\b|\.social$/;

function trimSlashes(path: string): string {
  let end = path.length;
  while (end > 0 && path[end - 1] === '/') end--;
  return path.slice(0, end);
}

/** A template's account left unfilled: "facebook.com/votrepage", "instagram.com/yourusername", "/your-company". */
const PLACEHOLDER_HANDLE =
  /^(?:your|votre|vos|ton|tu|su|deine?|ihre?|uw|jouw|je|tua?|sua?)[-_.]?(?:page|pagina|página|seite|company|business|brand|name|nom|nombre|user(?:name)?|account|profile|handle|channel|firma|empresa|entreprise|soci[eé]t[eé]|bedrijf|azienda)$|^(?:username|pagename|yourpage|page|profile|account)$/iu;

export function parseProfile(href: string): Profile | null {
  let u: URL;
  try {
    u = new URL(href);
  } catch {
    return null;
  }
  if (!/^https?:$/.test(u.protocol)) return null;
  const host = u.hostname.toLowerCase();
  const original = u.pathname.split('/').filter(Boolean);
  const segments = original.map((s) => s.toLowerCase());
  for (const n of NETWORKS) {
    if (!n.hosts.test(host)) continue;
    const match = n.profile(segments, u.searchParams);
    if (!match) return null;
    const [handle, keepSegments, from = 0] = match;
    if (PLACEHOLDER_HANDLE.test(handle)) return null;
    // Query and subpages ("/about", "?tab=repositories", "?locale=…") are dropped: the profile is the account.
    const path = `/${original.slice(from, keepSegments).join('/')}`;
    const keep = (n.keepQuery ?? []).filter((k) => u.searchParams.has(k)).map((k) => `${k}=${encodeURIComponent(u.searchParams.get(k)!)}`);
    // "de-de.facebook.com", "es-la.facebook.com", "m.facebook.com": one profile, written with www.
    const cleanHost = host.replace(/^(?:m|mobile|touch|web|[a-z]{2}(?:[-_][a-z]{2})?)\.(?=[a-z\d-]+\.[a-z]{2,}$)/, 'www.');
    return { network: n.name, url: `https://${cleanHost}${path}${keep.length ? `?${keep.join('&')}` : ''}`, handle: handle.toLowerCase(), minor: !!n.minor };
  }
  if (FEDIVERSE_HOST.test(host) && segments.length === 1 && segments[0]!.startsWith('@') && HANDLE.test(segments[0]!)) {
    return { network: 'mastodon', url: `https://${host}/${original[0]!}`, handle: segments[0]!.slice(1), minor: false };
  }
  return null;
}

/** The comparison key the scorer uses: host without www/m/2-letter prefix, twitter = x, path lower-case. */
export function profileKey(url: string): string {
  try {
    const u = new URL(url);
    let h = u.hostname.toLowerCase().replace(/^(?:www|m|mobile|[a-z]{2})\./, '');
    if (h === 'twitter.com') h = 'x.com';
    return `${h}${trimSlashes(u.pathname).toLowerCase()}`;
  } catch {
    return url.toLowerCase();
  }
}
