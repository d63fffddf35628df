import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detect } from '../../../src/core/detect';
import { parseHtml } from '../../../src/node/parse-html';

const DEMO = new URL('../../fixtures/demo-site/', import.meta.url);

describe('the detection engine', () => {
  it.each(readdirSync(DEMO).filter((f) => f.endsWith('.html')))('leaves the document of %s exactly as it was', (file) => {
    const doc = parseHtml(readFileSync(new URL(file, DEMO), 'utf8'));
    const before = doc.documentElement.outerHTML;
    const result = detect(doc, `https://www.musterwerk.example/${file}`);
    expect(doc.documentElement.outerHTML).toBe(before);
    // And the answer is plain data that survives the trip to the background.
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});
