/**
 * Who needs a host permission (background/host-users.ts): research notes the origins it fetches from,
 * and a permission given up by one feature goes back only when no CRM connection, chosen site or
 * research still needs it.
 */
import { describe, expect, it } from 'vitest';
import { giveBackUnused, patternsInUse, researchMayFetchWith, researchOriginsIn } from '../../../src/background/host-users';
import type { Connection } from '../../../src/core/crm/connector';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings';
import { RESEARCH_ORIGINS_KEY } from '../../../src/shared/storage-keys';
import { memoryArea } from '../../support/memory-area';

const connection = (id: string, url: string, loginUrl?: string): Connection =>
  ({ id, kind: 'webhook', label: id, url, ...(loginUrl ? { options: { loginUrl } } : {}) }) as Connection;

function settingsWith(connections: Connection[], autoDetectOrigins: string[] = []): Settings {
  return { ...DEFAULT_SETTINGS, autoDetectOrigins, crm: { ...DEFAULT_SETTINGS.crm, connections } };
}

/** Research that keeps something of these sites (the research cache's sites). */
const keeping = (...sites: string[]) => async () => new Set(sites);
const nothingKept = keeping();

function recordingPermissions() {
  const removed: string[][] = [];
  return { removed, remove: async ({ origins }: { origins: string[] }) => (removed.push(origins), true) };
}

describe('research origins', () => {
  it('notes each origin once as its permission pattern, also when a bulk run notes several at once', async () => {
    const area = memoryArea();
    const cached = keeping('acme.de', 'beta.example', 'gamma.example');
    const research = researchOriginsIn(area, cached);
    await Promise.all(['https://www.acme.de/impressum', 'https://www.acme.de', 'http://beta.example:8080/x', 'https://gamma.example'].map((o) => research.note(o)));
    expect((await research.patterns()).sort()).toEqual(['http://beta.example/*', 'https://gamma.example/*', 'https://www.acme.de/*']);
    // A worker started later reads the same list.
    expect((await researchOriginsIn(area, cached).patterns()).sort()).toEqual((await research.patterns()).sort());
  });

  it('reads a damaged list as the strings it holds', async () => {
    const research = researchOriginsIn(memoryArea({ [RESEARCH_ORIGINS_KEY]: ['https://a.example/*', 42, null] }), keeping('a.example'));
    expect(await research.patterns()).toEqual(['https://a.example/*']);
    expect(await researchOriginsIn(memoryArea({ [RESEARCH_ORIGINS_KEY]: 'nonsense' }), keeping('a.example')).patterns()).toEqual([]);
  });

  it('notes an origin only when the rep granted it', async () => {
    const research = researchOriginsIn(memoryArea(), nothingKept);
    const mayFetch = researchMayFetchWith(async (o) => o === 'https://granted.example', research);
    expect(await mayFetch('https://refused.example')).toBe(false);
    expect(await mayFetch('https://granted.example')).toBe(true);
    expect(await research.patterns()).toEqual(['https://granted.example/*']);
  });
});

describe('pruning the research origins', () => {
  it('drops the origins of sites whose research the cache no longer keeps, when the next one is noted', async () => {
    const area = memoryArea({ [RESEARCH_ORIGINS_KEY]: ['https://www.old.example/*', 'https://shop.kept.example/*', 'http://127.0.0.1/*', 'https://gone.example/*'] });
    const sites = new Set(['kept.example', '127.0.0.1:4173']);
    const research = researchOriginsIn(area, async () => sites);
    // Read: only what research still uses (an IP site's pattern serves every port of it).
    expect(await research.patterns()).toEqual(['https://shop.kept.example/*', 'http://127.0.0.1/*']);
    await research.note('https://www.new.example/impressum');
    expect(area.items.get(RESEARCH_ORIGINS_KEY)).toEqual(['https://shop.kept.example/*', 'http://127.0.0.1/*', 'https://www.new.example/*']);
    // The cache dropped kept.example; new.example's run has not written its entry yet, but this worker noted it.
    sites.delete('kept.example');
    await research.note('https://another.example');
    expect(area.items.get(RESEARCH_ORIGINS_KEY)).toEqual(['http://127.0.0.1/*', 'https://www.new.example/*', 'https://another.example/*']);
    // A worker started later keeps only what the cache holds.
    sites.add('another.example');
    expect(await researchOriginsIn(area, async () => sites).patterns()).toEqual(['http://127.0.0.1/*', 'https://another.example/*']);
  });

  it('stays as small as the research cache, however many sites were researched', async () => {
    const area = memoryArea();
    const sites = new Set<string>();
    const research = researchOriginsIn(area, async () => sites);
    for (let i = 0; i < 300; i++) {
      await research.note(`https://www.site${i}.example`);
      sites.add(`site${i}.example`);
      // The cache keeps the last 20 sites.
      sites.delete(`site${i - 20}.example`);
    }
    const restarted = researchOriginsIn(area, async () => sites);
    expect(await restarted.patterns()).toHaveLength(20);
    await restarted.note('https://www.site299.example');
    expect(area.items.get(RESEARCH_ORIGINS_KEY)).toHaveLength(20);
  });

  it('no longer holds a permission research gave up once a CRM connection lets it go', async () => {
    const sites = new Set(['acme.de']);
    const area = memoryArea();
    await researchOriginsIn(area, async () => sites).note('https://hooks.acme.de');
    const permissions = recordingPermissions();
    const later = researchOriginsIn(area, async () => sites);
    expect(await giveBackUnused(['https://hooks.acme.de/*'], settingsWith([]), later, permissions)).toEqual([]);
    sites.clear();
    expect(await giveBackUnused(['https://hooks.acme.de/*'], settingsWith([]), later, permissions)).toEqual(['https://hooks.acme.de/*']);
  });
});

describe('giving a permission back', () => {
  const crm = connection('c1', 'https://hooks.acme.de/in');

  it('removes what nobody needs any more', async () => {
    const permissions = recordingPermissions();
    const gone = await giveBackUnused(['https://hooks.acme.de/*'], settingsWith([]), researchOriginsIn(memoryArea(), nothingKept), permissions);
    expect(gone).toEqual(['https://hooks.acme.de/*']);
    expect(permissions.removed).toEqual([['https://hooks.acme.de/*']]);
  });

  it('keeps what research, another connection or a chosen site still needs', async () => {
    const research = researchOriginsIn(memoryArea(), nothingKept);
    await research.note('https://hooks.acme.de');
    const permissions = recordingPermissions();
    expect(await giveBackUnused(['https://hooks.acme.de/*'], settingsWith([]), research, permissions)).toEqual([]);
    const other = connection('c2', 'https://hooks.acme.de/other');
    expect(await giveBackUnused(['https://hooks.acme.de/*'], settingsWith([other]), researchOriginsIn(memoryArea(), nothingKept), permissions)).toEqual([]);
    expect(await giveBackUnused(['https://hooks.acme.de/*'], settingsWith([], ['https://hooks.acme.de']), researchOriginsIn(memoryArea(), nothingKept), permissions)).toEqual([]);
    expect(permissions.removed).toEqual([]);
  });

  it('gives back only the unused part of several patterns (Salesforce: API and login host)', async () => {
    const research = researchOriginsIn(memoryArea(), nothingKept);
    await research.note('https://acme.my.salesforce.com');
    const permissions = recordingPermissions();
    const sf = connection('sf', 'https://acme.my.salesforce.com', 'https://login.salesforce.com');
    expect(await giveBackUnused(['https://acme.my.salesforce.com/*', 'https://login.salesforce.com/*'], settingsWith([crm]), research, permissions)).toEqual(['https://login.salesforce.com/*']);
    expect(patternsInUse(settingsWith([sf]), [])).toEqual(new Set(['https://acme.my.salesforce.com/*', 'https://login.salesforce.com/*']));
  });

  it('loses nothing when the browser refuses to remove a permission the manifest grants', async () => {
    const refusing = { remove: async () => { throw new Error('required permission'); } };
    await expect(giveBackUnused(['https://hooks.acme.de/*'], settingsWith([]), researchOriginsIn(memoryArea(), nothingKept), refusing)).resolves.toEqual(['https://hooks.acme.de/*']);
  });
});
