/** Where the rep enters what a source, campaign or batch cost; the background stores it, the report divides it. */
import { useState } from 'preact/hooks';
import type { Report } from '../core/report/report';
import { costKey } from '../core/report/selection';
import type { ReportCostRow } from '../shared/db/schema';
import { failureText, t } from '../shared/i18n';
import { send } from '../shared/send';
import { parseAmount } from './amount';
import { columnTitle } from './Tables';

export const CURRENCIES = ['EUR', 'CHF', 'USD', 'GBP'] as const;

interface Props {
  report: Report;
  costs: readonly ReportCostRow[];
  currency: string;
  onSaved: (costs: ReportCostRow[]) => void;
}

export function CostEditor({ report, costs, currency, onSaved }: Props) {
  const stored = (group: string) => costs.find((c) => c.key === costKey(report.by, group));
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [chosen, setChosen] = useState(currency);
  const [message, setMessage] = useState<string | null>(null);

  const save = async () => {
    setMessage(null);
    try {
      let latest: ReportCostRow[] = [...costs];
      for (const g of report.groups) {
        const name = g.group ?? '';
        const text = texts[name];
        if (text === undefined && stored(name)?.currency === chosen) continue;
        const amount = parseAmount(text ?? String(stored(name)?.amount ?? ''));
        if (amount === undefined) {
          setMessage(t('reportCostInvalid', columnTitle(report.by, g)));
          return;
        }
        latest = (await send({ type: 'report.setCost', by: report.by, group: name, amount, currency: chosen })).costs;
      }
      setTexts({});
      onSaved(latest);
    } catch (err) {
      setMessage(failureText(err));
    }
  };

  return (
    <form class="cost-editor no-print" onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <h3>{t('reportCostEnter')}</h3>
      {report.groups.map((g) => {
        const name = g.group ?? '';
        return (
          <label key={name}>
            {columnTitle(report.by, g)}
            <input type="text" inputMode="decimal" data-cost-group={name} value={texts[name] ?? String(stored(name)?.amount ?? '')}
              onInput={(e) => setTexts({ ...texts, [name]: e.currentTarget.value })} />
          </label>
        );
      })}
      <label>
        {t('reportCurrency')}
        <select data-control="currency" value={chosen} onChange={(e) => setChosen(e.currentTarget.value)}>
          {CURRENCIES.map((c) => <option key={c} value={c}>{c}</option>)}
        </select>
      </label>
      <button type="submit" data-action="save-costs">{t('reportCostSave')}</button>
      {message ? <p class="error" role="alert">{message}</p> : null}
    </form>
  );
}
