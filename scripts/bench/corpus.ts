import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface BenchPage {
  id: string;
  url: string;
  file: string;
  html: string;
}

/**
 * The pages to time: the shared corpus beside the project when it is there (`--corpus DIR` to choose),
 * otherwise the demo site, so the bench also runs on a fresh clone without ../shared.
 */
export function loadPages(root: string, corpusArg: string | undefined): { dir: string; pages: BenchPage[] } {
  const dir = resolve(root, corpusArg ?? '../shared/corpus/dev');
  if (existsSync(dir)) {
    const pages = readdirSync(dir)
      .filter((f) => f.endsWith('.html'))
      .sort()
      .map((f) => {
        const id = f.replace(/\.html$/, '');
        const meta = join(dir, `${id}.json`);
        const url = existsSync(meta) ? (JSON.parse(readFileSync(meta, 'utf8')) as { url?: string }).url ?? '' : '';
        return { id, url, file: f, html: readFileSync(join(dir, f), 'utf8') };
      });
    return { dir, pages };
  }
  const demo = resolve(root, 'test/fixtures/demo-site');
  const pages = readdirSync(demo)
    .filter((f) => f.endsWith('.html'))
    .map((f) => ({ id: f, url: `https://musterwerk.example/${f}`, file: f, html: readFileSync(join(demo, f), 'utf8') }));
  return { dir: demo, pages };
}

/**
 * A hostile-sized page of about `bytes`: a long imprint-like body with many numbers, addresses,
 * links and e-mail look-alikes, for the "no run over 50 ms even on a 2 MB page" figure.
 */
export function bigPage(bytes: number): string {
  const block = (i: number) =>
    `<div class="entry"><h3>Filiale ${i}</h3><p>Musterstraße ${i % 200}, ${10000 + (i % 89999)} Musterstadt<br>` +
    `Tel. +49 30 ${1000000 + i} · Fax +49 30 ${2000000 + i}<br>E-Mail: filiale${i} [at] example [dot] de · logo${i}@2x.png</p>` +
    `<p>Bestellnummer ${i}-${i * 7} vom 12.03.2024, IBAN DE89 3704 0044 0532 0130 00, ${i}.99 EUR</p>` +
    `<a href="https://www.facebook.com/sharer.php?u=${i}">Teilen</a> <a href="/seite/${i}">Mehr</a></div>\n`;
  const parts: string[] = ['<!doctype html><html lang="de"><head><title>Gross</title></head><body><h1>Filialen</h1>'];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const b = block(i);
    parts.push(b);
    size += b.length;
  }
  parts.push('<h2>Impressum</h2><p>Musterwerk GmbH, Musterstraße 1, 80331 München</p></body></html>');
  return parts.join('');
}
