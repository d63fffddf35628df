/** The text walk (snapshot/text.ts): where lines break. */
import { describe, expect, it } from 'vitest';
import { pageOf } from '../../support/detect';

describe('<pre> imprints', () => {
  it('breaks a line at every newline inside <pre>', () => {
    const page = pageOf('<pre>Beispielverein e.V.\nLindenweg 4\n12345 Musterdorf</pre><p>danach</p>');
    expect(page.lines.map((l) => l.text)).toEqual(['Beispielverein e.V.', 'Lindenweg 4', '12345 Musterdorf', 'danach']);
  });

  it('leaves newlines outside <pre> as spaces', () => {
    expect(pageOf('<p>Lindenweg 4\n12345 Musterdorf</p>').lines.map((l) => l.text)).toEqual(['Lindenweg 4 12345 Musterdorf']);
  });
});

describe('utility-CSS block spans', () => {
  it('starts a new line at span.block and a.d-block, not at inline-block', () => {
    const page = pageOf(
      '<address><span class="block font-semibold">Erika Beispiel</span><span class="block">Talweg 3</span><span class="inline-block">8000</span> <span>Zürich</span><a class="d-block" href="#">Karte</a></address>',
    );
    expect(page.lines.map((l) => l.text)).toEqual(['Erika Beispiel', 'Talweg 3', '8000 Zürich', 'Karte']);
  });
});
