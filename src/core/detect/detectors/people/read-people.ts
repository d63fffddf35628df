/**
 * The layouts in which pages name their people, one reader per layout, each working on a line and
 * its neighbours (role-readers.ts, phrase-readers.ts). The readers run line by line in a fixed order:
 * where two read the same name, the people detector keeps the surer reading.
 */
import { isFirstName } from '../../../names/first-names';
import type { Page } from '../../page';
import { givenName } from './person-names';
import { cardPeople } from './card-readers';
import { parallelColumnPeople } from './parallel-columns';
import { contactCard, founderSentence, MAX_SENTENCE_CHARS, nameField, ownerSentence, profession, providerBlock, signature, teamBio } from './phrase-readers';
import { labelledSiblings, nameAndRole, nameThenRoleLine, roleAndNames, roleThenNames } from './role-readers';
import { scanPeople, type PersonHit } from './scan';

export type { PersonHit } from './scan';

export function readPeople(page: Page): PersonHit[] {
  const hits: PersonHit[] = [];
  const scan = scanPeople(page, hits);
  scan.lines.forEach((line, i) => {
    // A paragraph this long is prose: only an "operated by …" sentence in it names somebody.
    if (line.text.length > MAX_SENTENCE_CHARS) {
      ownerSentence(scan, i);
      founderSentence(scan, i);
      return;
    }
    if (!roleAndNames(scan, i)) roleThenNames(scan, i);
    // A line that is one of a run of links names a page, not a person.
    const listed = (scan.nameAt(i, true) ?? '') !== '' && scan.linkList(i);
    const own = listed ? null : scan.nameAt(i);
    // A lenient "name" that is itself a role label ("Vertreten durch") heads a card.
    // A name read only leniently (capitals, a lower-case surname) heads a card when its first name is known.
    const lenient = listed || own ? null : scan.nameAt(i, true);
    const card = listed ? null : (own ?? (lenient && isFirstName(givenName(lenient)) ? lenient : null));
    nameThenRoleLine(scan, i, own, card);
    nameAndRole(scan, i);
    nameField(scan, i);
    ownerSentence(scan, i);
    founderSentence(scan, i);
    providerBlock(scan, i);
    profession(scan, i);
    signature(scan, i);
    contactCard(scan, i, own);
    teamBio(scan, i, own);
  });
  labelledSiblings(scan, hits);
  // Team pages: one repeated block per person, read by its structure.
  hits.push(...cardPeople(page));
  // Boards as two columns side by side: names in one, offices in the other, paired by row.
  hits.push(...parallelColumnPeople(page));
  return hits;
}
