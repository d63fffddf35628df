import { t } from '../../shared/i18n';
import { issueKey } from '../rules-model';

/** The validation messages for one path, next to its field. */
export function FieldErrors({ issues, path }: { issues: ReadonlyMap<string, string[]>; path: string }) {
  const messages = issues.get(path);
  if (!messages?.length) return null;
  return (
    <span class="error field-error" role="alert" data-error-for={path}>
      {[...new Set(messages.map((m) => {
        const key = issueKey(path, m);
        return key ? t(key) : m;
      }))].join(' ')}
    </span>
  );
}
