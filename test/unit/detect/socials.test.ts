import { describe, expect, it } from 'vitest';
import { socialsDetector } from '../../../src/core/detect/detectors/socials';
import { parseProfile, profileKey } from '../../../src/core/detect/detectors/socials/networks';
import { readPage } from '../../support/detect';
import { parseHtml } from '../../../src/node/parse-html';

const URL = 'https://www.acme-bau.de/kontakt';

function run(body: string, url = URL, head = '') {
  const page = readPage(parseHtml(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`), url);
  return socialsDetector.detect(page, { country: undefined, found: [] });
}

function accepted(body: string, url = URL, head = ''): string[] {
  return run(body, url, head).filter((c) => c.confidence >= 0.5).map((c) => profileKey((c.value as { url: string }).url)).sort();
}

describe('profile URLs', () => {
  it.each([
    ['https://www.facebook.com/AcmeBau/', 'https://www.facebook.com/AcmeBau'],
    ['https://m.facebook.com/pages/category/Pub/Caf%C3%A9-92146/?locale2=fr_FR', 'https://www.facebook.com/pages/category/Pub/Caf%C3%A9-92146'],
    ['https://www.facebook.com/profile.php?id=1000288&fref=ts', 'https://www.facebook.com/profile.php?id=1000288'],
    ['https://web.facebook.com/watch/AcmeBauAbogados/?_rdc=1&_rdr#', 'https://www.facebook.com/AcmeBauAbogados'],
    ['https://www.facebook.com/pg/AcmeBau/about/', 'https://www.facebook.com/AcmeBau'],
    ['https://www.linkedin.com/company/acme-bau/about/', 'https://www.linkedin.com/company/acme-bau'],
    ['https://de.linkedin.com/in/max-muster', 'https://www.linkedin.com/in/max-muster'],
    ['https://twitter.com/acmebau?lang=de', 'https://twitter.com/acmebau'],
    ['https://www.youtube.com/channel/UCKMoLDL5kERY', 'https://www.youtube.com/channel/UCKMoLDL5kERY'],
    ['https://www.youtube.com/@acmebau', 'https://www.youtube.com/@acmebau'],
    ['https://github.com/acme?tab=repositories', 'https://github.com/acme'],
    ['https://www.xing.com/pages/acme-bau', 'https://www.xing.com/pages/acme-bau'],
    ['https://www.tiktok.com/@acmebau', 'https://www.tiktok.com/@acmebau'],
    ['http://careers.stackoverflow.com/company/acme', 'https://careers.stackoverflow.com/company/acme'],
    ['https://mastodon.social/@acme', 'https://mastodon.social/@acme'],
    ['https://bitbucket.org/AcmeBau/', 'https://bitbucket.org/AcmeBau'],
  ])('%s', (href, url) => {
    expect(parseProfile(href)?.url).toBe(url);
  });
  it.each([
    'https://www.facebook.com/sharer/sharer.php?u=https://acme.de',
    'https://twitter.com/intent/tweet?text=hi',
    'https://twitter.com/share?url=x',
    'https://twitter.com/hashtag/acme',
    'https://www.linkedin.com/shareArticle?mini=true&url=x',
    'https://www.linkedin.com/sharing/share-offsite/?url=x',
    'https://www.xing.com/spi/shares/new?url=x',
    'https://www.youtube.com/playlist?list=PLx',
    'https://www.youtube.com/watch?v=abc',
    'https://www.facebook.com/watch/?v=1234567890',
    'https://www.facebook.com/watch/live/?ref=watch_permalink',
    'https://github.com/acme/website',
    'https://www.instagram.com/p/Cx123/',
    'https://pinterest.com/pin/create/button/?url=x',
    'https://wa.me/4917612345',
    'https://chat.whatsapp.com/abc',
    'https://www.yelp.com/biz/acme',
  ])('not a profile: %s', (href) => {
    expect(parseProfile(href)).toBeNull();
  });
});

describe('the organisation\'s own profiles', () => {
  it('takes icon-only footer links and drops share buttons and hashtags', () => {
    const body = '<footer><p>© Acme · <a href="https://www.facebook.com/AcmeBau/"><i class="fa fa-facebook"></i></a>'
      + ' <a href="https://twitter.com/hashtag/acme">Twitter</a> <a href="https://www.facebook.com/sharer.php?u=x">Teilen</a>'
      + ' <a href="#"><i class="fa fa-instagram"></i></a></p></footer>';
    expect(accepted(body)).toEqual(['facebook.com/acmebau']);
  });
  it('keeps the photographer credited in the footer below acceptance', () => {
    const body = '<footer><div><a href="https://www.instagram.com/acmebau/">Instagram</a></div>'
      + '<div>Website door Jan · Foto\'s &amp; beeld door <a href="https://www.instagram.com/studio.lens/">StudioLens</a></div></footer>';
    expect(accepted(body)).toEqual(['instagram.com/acmebau']);
  });
  it('keeps the web agency\'s profiles in a credits section below acceptance', () => {
    const body = '<h2>Impressum</h2><p>Acme Bau GmbH</p><h2>Webdesign</h2><p>Pixel Agentur <a href="https://www.facebook.com/pixelagentur">Facebook</a></p>';
    expect(accepted(body)).toEqual([]);
  });
  it('keeps the developer "Created by" in the footer below acceptance', () => {
    const body = '<footer><div><a href="https://www.instagram.com/acmebau/"><i class="fab fa-instagram"></i></a></div>'
      + '<p>© 2025 Acme Bau</p><p>Created by <a href="https://github.com/PixelDevs"><strong>Pixel Development</strong></a></p></footer>';
    expect(accepted(body)).toEqual(['instagram.com/acmebau']);
  });
  it('keeps an account named like another site the page links to below acceptance (the agency credited by its site)', () => {
    const body = '<div><a href="https://www.instagram.com/acmebau/"><img alt="instagram"></a></div>'
      + '<footer><h5>Designed by</h5><h2>Jo Web</h2><h4>In cooperation with <a href="https://www.pixelwerkstatt.example/">Pixelwerkstatt</a></h4>'
      + '<h5>Socialize</h5><a href="https://www.linkedin.com/company/pixel-werkstatt/"><img alt="linkedin"></a></footer>';
    expect(accepted(body)).toEqual(['instagram.com/acmebau']);
  });
  it('drops a template\'s unfilled accounts', () => {
    for (const url of ['https://www.facebook.com/votrepage', 'https://www.instagram.com/yourusername/', 'https://www.linkedin.com/company/your-company/']) expect(parseProfile(url)).toBeNull();
    expect(parseProfile('https://www.facebook.com/pagebleue')?.url).toBe('https://www.facebook.com/pagebleue');
  });
  it('treats many LinkedIn person profiles as the team\'s, not the organisation\'s', () => {
    const body = '<div><a href="https://www.linkedin.com/in/anna">LinkedIn</a></div><div><a href="https://www.linkedin.com/in/bernd">LinkedIn</a></div>'
      + '<footer><a href="https://www.linkedin.com/company/acme-bau"></a></footer>';
    expect(accepted(body)).toEqual(['linkedin.com/company/acme-bau']);
  });
  it('takes one owner profile of a one-person business', () => {
    expect(accepted('<footer><a href="https://www.linkedin.com/in/christa-winter-42b1/"></a></footer>', 'https://winter-recht.ch/contact/')).toEqual(['linkedin.com/in/christa-winter-42b1']);
  });
  it('reads sameAs from the Organization JSON-LD, not directory entries', () => {
    const head = '<script type="application/ld+json">{"@type":"Organization","sameAs":["https://de.linkedin.com/in/leo-b","https://www.gelbeseiten.de/acme","https://www.provenexpert.com/acme"]}</script>';
    expect(accepted('<p>Hallo</p>', URL, head)).toEqual(['linkedin.com/in/leo-b']);
  });
  it('takes a minor network (Flickr) only when the account is the organisation\'s name', () => {
    const body = '<ul><li><a href="https://www.flickr.com/photos/acmebau/">Flickr</a></li><li><a href="https://www.flickr.com/photos/fotoclub/albums">Flickr / Fotoclub</a></li></ul>';
    expect(accepted(body)).toEqual(['flickr.com/photos/acmebau']);
  });
  it('lists one profile once, however often and however written it is linked', () => {
    const body = '<a href="https://www.facebook.com/AcmeBau">Facebook</a><a href="https://m.facebook.com/acmebau/">fb</a>';
    expect(run(body)).toHaveLength(1);
  });
});

describe('newer Facebook page URLs and locale hosts', () => {
  it('reads /p/, /people/ and copied /share/ page links as profiles, share buttons and bare roots not', async () => {
    const { parseProfile } = await import('../../../src/core/detect/detectors/socials/networks');
    expect(parseProfile('https://www.facebook.com/p/Example-Club-100012345678901/')?.url).toBe('https://www.facebook.com/p/Example-Club-100012345678901');
    expect(parseProfile('https://www.facebook.com/people/Example-Studio/100083123/')?.url).toBe('https://www.facebook.com/people/Example-Studio/100083123');
    expect(parseProfile('https://www.facebook.com/share/1AbCdEfGh/')?.url).toBe('https://www.facebook.com/share/1AbCdEfGh');
    expect(parseProfile('https://www.facebook.com/sharer.php?u=https%3A%2F%2Fexample.de')).toBeNull();
    expect(parseProfile('https://www.facebook.com/share/?u=https%3A%2F%2Fexample.de')).toBeNull();
    expect(parseProfile('https://www.facebook.com/')).toBeNull();
    expect(parseProfile('https://de-de.facebook.com/example.gmbh')?.url).toBe('https://www.facebook.com/example.gmbh');
    expect(parseProfile('https://uk.linkedin.com/company/example')?.url).toBe('https://www.linkedin.com/company/example');
  });
});
