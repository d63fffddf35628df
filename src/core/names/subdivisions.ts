/**
 * First-level subdivisions of the world's countries (states, provinces, regions: "Banten", "Pichincha",
 * "Kelantan", "Bình Dương") by name, from iso-3166 (wooorm; maintained ISO 3166-2 data, about 56 kB
 * gzipped in the engine bundle). An address that ends "Quito, Pichincha" names the town before its
 * province; the detectors use this to tell the region after a town from the town itself.
 */
import { iso31662 } from 'iso-3166/2.js';

function fold(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

let byName: Map<string, Set<string>> | null = null;

function index(): Map<string, Set<string>> {
  if (byName) return byName;
  byName = new Map();
  for (const entry of iso31662) {
    // Only the first level: second-level entries are often towns ("Roma", "Milano" as provinces).
    if (entry.parent.length !== 2) continue;
    // "Madrid, Comunidad de" and "Bristol, City of" are written "Madrid" and "Bristol" on pages.
    for (const name of [entry.name, entry.name.split(',')[0]!]) {
      const key = fold(name);
      let countries = byName.get(key);
      if (!countries) byName.set(key, (countries = new Set()));
      countries.add(entry.parent);
    }
  }
  return byName;
}

/** The countries that have a first-level subdivision of this name ("Pichincha" -> EC). */
export function subdivisionCountries(name: string): ReadonlySet<string> | undefined {
  if (name.length < 3 || name.length > 60) return undefined;
  return index().get(fold(name));
}

/**
 * True when `name` is a first-level subdivision of one of `countries`, or of any country when none is
 * known. Town-named provinces ("İstanbul", "Lima", "Wien") are subdivisions too: callers only use this
 * for the part after another town-like part, never to drop the only town.
 */
export function isSubdivisionOf(name: string, countries: readonly string[]): boolean {
  const found = subdivisionCountries(name);
  if (!found) return false;
  return countries.length ? countries.some((c) => found.has(c)) : true;
}
