/**
 * A short, stable, non-cryptographic hash of a text (FNV-1a, twice with different seeds: 64 bits as 16
 * hex digits), for ids that must come out the same in every worker and every version: content-script
 * registration ids, idempotency keys. Not for secrets.
 */
function fnv1a(text: string, seed: number): string {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

// Changing the seeds changes every stored id derived from them (registered scripts, outbox keys).
export function stableHash(text: string): string {
  return `${fnv1a(text, 0x811c9dc5)}${fnv1a(text, 0x2f6b1a3d)}`;
}
