/** The leads the lead list shows under the filter it handed over: asked from the background, as the list asks. */
import { filtersFromParams, matchingIds } from '../shared/list-query';
import { send } from '../shared/send';

export async function listFilterIds(params: Readonly<Record<string, string>>): Promise<Set<string>> {
  return new Set(await matchingIds(filtersFromParams(params), (q) => send(q)));
}
