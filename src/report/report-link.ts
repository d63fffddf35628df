/** The report page's address from another extension page (the options page lives beside it in src/). */
import type { ReportQuery } from './selection-url';
import { reportSearch } from './selection-url';

export const REPORT_PAGE = '../report/index.html';

export function reportHref(query: Partial<ReportQuery> = {}): string {
  return `${REPORT_PAGE}${reportSearch({ by: 'source', ...query })}`;
}
