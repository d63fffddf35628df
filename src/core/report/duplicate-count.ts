/**
 * The duplicate measures: leads sharing a join key (e-mail, phone, company domain, VAT id, register)
 * with another lead of their group, or with a stored lead outside it. Every stored lead's keys are
 * counted, the selected ones per group. 100,000 leads bring some 300,000 keys: they are collected as
 * the leads come and numbered at the end in one sort, and the counts live in typed arrays, not in an
 * object per key (the garbage collector would spend more time on those than the count does).
 */

/** The group index of the total over all groups. */
export const TOTAL = -1;

export interface DuplicateFigures {
  duplicatesWithin: number;
  duplicatesStored: number;
  duplicates: number;
}

function grown(array: Int32Array<ArrayBuffer>, need: number): Int32Array<ArrayBuffer> {
  if (need <= array.length) return array;
  const next = new Int32Array(Math.max(need, array.length * 2));
  next.set(array);
  return next;
}

/** A lead's group when it is not in the selection (its keys count as stored only). */
const UNSELECTED = -2;
/** Bits left for a key's position beside a 32-bit hash in an exact double (2^53). */
const POSITION_BITS = 21;

const fnv1a = (text: string): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
};

/**
 * A number for each key, the same for equal keys, 0 … distinct - 1. Sorted by hash (hash and
 * position packed in one double: a typed array sorts without a comparator), equal hashes compared as
 * text: exact, and several times faster than a Map of 300,000 strings.
 */
export function keyNumbers(keys: readonly string[]): { ids: Int32Array; distinct: number } {
  const n = keys.length;
  const ids = new Int32Array(n);
  let next = 0;
  const byText = (from: number, to: number, at: (c: number) => number) => {
    const seen = new Map<string, number>();
    for (let c = from; c < to; c++) {
      const p = at(c);
      let id = seen.get(keys[p]!);
      if (id === undefined) seen.set(keys[p]!, (id = next++));
      ids[p] = id;
    }
  };
  if (n >= 2 ** POSITION_BITS) {
    byText(0, n, (c) => c);
    return { ids, distinct: next };
  }
  const scale = 2 ** POSITION_BITS;
  const packed = new Float64Array(n);
  for (let i = 0; i < n; i++) packed[i] = fnv1a(keys[i]!) * scale + i;
  packed.sort();
  const position = (c: number) => packed[c]! % scale;
  for (let a = 0; a < n;) {
    const hash = Math.floor(packed[a]! / scale);
    let b = a + 1;
    while (b < n && Math.floor(packed[b]! / scale) === hash) b++;
    const first = keys[position(a)];
    let same = true;
    for (let c = a + 1; c < b && same; c++) same = keys[position(c)] === first;
    if (same) {
      for (let c = a; c < b; c++) ids[position(c)] = next;
      next++;
    } else byText(a, b, position);
    a = b;
  }
  return { ids, distinct: next };
}

export function createDuplicateCounter() {
  /** Every stored lead's keys, one after another; per lead with keys: its group and where its keys end. */
  const keys: string[] = [];
  let leadGroup = new Int32Array(1024);
  let leadEnd = new Int32Array(1024);
  let leads = 0;

  return {
    /** A stored lead's join keys (each once); `group` when the lead is in the selection, else null. */
    add(leadKeys: readonly string[], group: number | null): void {
      if (!leadKeys.length) return;
      for (const k of leadKeys) keys.push(k);
      leadGroup = grown(leadGroup, leads + 1);
      leadEnd = grown(leadEnd, leads + 1);
      leadGroup[leads] = group ?? UNSELECTED;
      leadEnd[leads++] = keys.length;
    },

    /** The figures of group `g` (or TOTAL), for groups 0 … groups - 1 and the total. */
    result(groups: number): (g: number) => DuplicateFigures {
      const { ids, distinct } = keyNumbers(keys);
      const stored = new Int32Array(distinct);
      const selected = new Int32Array(distinct);
      /** The group of a key's first selected lead; a key in more than one group keeps its counts in `byGroup`. */
      const firstGroup = new Int32Array(distinct);
      const byGroup = new Map<number, Map<number, number>>();
      let start = 0;
      for (let l = 0; l < leads; l++) {
        const group = leadGroup[l]!;
        for (let i = start; i < leadEnd[l]!; i++) {
          const key = ids[i]!;
          stored[key]! += 1;
          if (group === UNSELECTED) continue;
          const n = selected[key]!;
          if (n === 0) firstGroup[key] = group;
          else if (!byGroup.has(key) && firstGroup[key] !== group) byGroup.set(key, new Map([[firstGroup[key]!, n]]));
          const perGroup = byGroup.get(key);
          perGroup?.set(group, (perGroup.get(group) ?? 0) + 1);
          selected[key] = n + 1;
        }
        start = leadEnd[l]!;
      }
      const selectedIn = (key: number, g: number): number => {
        if (g === TOTAL) return selected[key]!;
        const perGroup = byGroup.get(key);
        if (perGroup) return perGroup.get(g) ?? 0;
        return firstGroup[key] === g ? selected[key]! : 0;
      };

      const within = new Int32Array(groups + 1);
      const outside = new Int32Array(groups + 1);
      const either = new Int32Array(groups + 1);
      const slot = (g: number) => (g === TOTAL ? groups : g);
      start = 0;
      for (let l = 0; l < leads; l++) {
        const end = leadEnd[l]!;
        const group = leadGroup[l]!;
        if (group !== UNSELECTED) {
          for (const g of [group, TOTAL]) {
            let isWithin = false, isStored = false;
            for (let i = start; i < end; i++) {
              const key = ids[i]!;
              const inGroup = selectedIn(key, g);
              if (inGroup > 1) isWithin = true;
              if (stored[key]! > inGroup) isStored = true;
            }
            within[slot(g)]! += Number(isWithin);
            outside[slot(g)]! += Number(isStored);
            either[slot(g)]! += Number(isWithin || isStored);
          }
        }
        start = end;
      }
      return (g) => ({ duplicatesWithin: within[slot(g)]!, duplicatesStored: outside[slot(g)]!, duplicates: either[slot(g)]! });
    },
  };
}
