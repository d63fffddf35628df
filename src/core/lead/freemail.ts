/**
 * Free-mail providers: an address at one of these says nothing about the company a person works for,
 * so their domains never become company keys and never join leads into duplicate groups.
 */
import { parse } from 'tldts';

const FREE_MAIL_DOMAINS = new Set([
  'gmail.com', 'googlemail.com', 'web.de', 'gmx.de', 'gmx.net', 'gmx.at', 'gmx.ch', 'gmx.com', 'gmx.eu',
  't-online.de', 'icloud.com', 'me.com', 'mac.com', 'aol.com', 'aol.de', 'freenet.de', 'posteo.de', 'posteo.net',
  'mailbox.org', 'protonmail.com', 'protonmail.ch', 'proton.me', 'pm.me', 'bluewin.ch', 'mail.com', 'email.de',
  'orange.fr', 'free.fr', 'wanadoo.fr', 'laposte.net', 'sfr.fr', 'libero.it', 'virgilio.it', 'tiscali.it',
  'arcor.de', 'vodafone.de', 'kabelmail.de', 'online.de', '1und1.de', 'ewe.net', 'osnanet.de', 'yandex.ru',
  'yandex.com', 'mail.ru', 'zoho.com', 'tutanota.com', 'tutanota.de', 'tuta.io', 'hey.com', 'fastmail.com',
  'seznam.cz', 'wp.pl', 'o2.pl', 'onet.pl', 'interia.pl', 'hispeed.ch', 'sunrise.ch', 'aon.at', 'chello.at',
  'a1.net', 'telenet.be', 'skynet.be', 'ziggo.nl', 'kpnmail.nl', 'planet.nl', 'btinternet.com', 'sky.com',
  'comcast.net', 'verizon.net', 'att.net', 'qq.com', '163.com',
]);

/** Providers with one brand under many country suffixes (outlook.de, hotmail.co.uk, yahoo.fr, gmx.li, …). */
const FREE_MAIL_BRANDS = new Set(['outlook', 'hotmail', 'live', 'msn', 'yahoo', 'ymail', 'rocketmail', 'gmx', 'aol']);

const BRAND_HINT = new RegExp([...FREE_MAIL_BRANDS].join('|'));

/** Whether an e-mail domain (or any subdomain of one) belongs to a free-mail provider. */
export function isFreeMailDomain(domain: string): boolean {
  const d = domain.trim().toLowerCase().replace(/\.$/, '');
  // Cheap checks first: an import asks this for every row.
  for (let at = -1; at < d.length; at = d.indexOf('.', at + 1)) {
    if (FREE_MAIL_DOMAINS.has(d.slice(at + 1))) return true;
    if (d.indexOf('.', at + 1) < 0) break;
  }
  if (!BRAND_HINT.test(d)) return false;
  const brand = parse(d).domainWithoutSuffix;
  return brand !== null && FREE_MAIL_BRANDS.has(brand);
}
