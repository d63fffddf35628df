import { t } from '../../shared/i18n';
import { issueKey } from '../rules-model';

/** The validation messages for one path, next to its field, in the rep's language. */
export function FieldErrors({ issues, path }: { issues: ReadonlyMap<string, string[]>; path: string }) {
  const rules = issues.get(path);
  if (!rules?.length) return null;
  return (
    <span class="error field-error" role="alert" data-error-for={path}>
      {[...new Set(rules.map((rule) => t(issueKey(path, rule))))].join(' ')}
    </span>
  );
}
