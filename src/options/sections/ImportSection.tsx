import { useMemo, useState } from 'preact/hooks';
import type { ColumnMapping, ImportTarget } from '../../core/lead/csv-columns';
import { importCsv, previewCsv, type RejectedRow } from '../../core/lead/csv-import';
import type { CsvEncoding } from '../../core/lead/decode';
import type { Lead } from '../../core/lead/types';
import { t, uiLocale } from '../../shared/i18n';
import { send } from '../../shared/send';
import { sendInChunks } from '../chunks';
import { saveText } from '../download';
import { downloadName } from '../download-name';
import { formatNumber } from '../format';
import { sampleRows } from '../import-sample';
import { importErrorText } from '../labels';
import { mappingRows, mappingWarnings, setColumnTarget } from '../mapping-model';
import { rejectedRowsCsv } from '../rejected-csv';
import { useAction } from '../use-action';
import { ImportPreview } from './ImportPreview';
import { MappingTable } from './MappingTable';
import { RejectedRows } from './RejectedRows';

const ENCODINGS: Record<CsvEncoding, string> = {
  'utf-8': 'UTF-8', 'utf-8-bom': 'UTF-8 (BOM)', 'utf-16le': 'UTF-16 LE', 'utf-16be': 'UTF-16 BE', 'windows-1252': 'Windows-1252',
};
const DELIMITER_KEYS: Record<string, string> = { ';': 'optDelimiterSemicolon', ',': 'optDelimiterComma', '\t': 'optDelimiterTab' };

interface Outcome {
  fileName: string;
  headers: string[];
  delimiter: ';' | ',' | '\t';
  dataRows: number;
  rejected: RejectedRow[];
  /** Leads not yet accepted by the background: kept so a failed import can continue. */
  pending: Lead[];
  added: number;
}

export function ImportSection({ hidden, onImported }: { hidden: boolean; onImported: () => void }) {
  const [file, setFile] = useState<{ name: string; bytes: Uint8Array } | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [batch, setBatch] = useState('');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const { busy, error, run } = useAction();
  const locale = uiLocale();

  const preview = useMemo(() => (file ? previewCsv(file.bytes, mapping ? { rows: 10, mapping } : { rows: 10 }) : null), [file, mapping]);
  const sample = useMemo(() => (file ? sampleRows(file.bytes, 3) : []), [file]);

  const choose = (input: HTMLInputElement) => run(async () => {
    const chosen = input.files?.[0];
    setOutcome(null);
    setProgress(null);
    setMapping(null);
    if (!chosen) return setFile(null);
    setFile({ name: chosen.name, bytes: new Uint8Array(await chosen.arrayBuffer()) });
    setBatch(chosen.name);
  });

  const changeTarget = (column: number, target: ImportTarget | null) => {
    if (preview) setMapping(setColumnTarget(preview.mapping, column, target));
  };

  const deliver = async (current: Outcome) => {
    let { pending, added } = current;
    try {
      await sendInChunks(pending, async (leads) => {
        const r = await send({ type: 'leads.import', leads });
        added += r.added;
        pending = pending.slice(leads.length);
      }, (done, total) => setProgress({ done, total }));
    } finally {
      setOutcome({ ...current, pending, added });
      if (added > current.added) onImported();
    }
  };

  const startImport = () => run(async () => {
    if (!file || !preview) return;
    setProgress({ done: 0, total: 0 });
    // Lets the progress bar paint before the file is parsed in one go.
    await new Promise((r) => setTimeout(r, 0));
    const result = importCsv(file.bytes, { at: Date.now(), batch: batch.trim() || file.name, mapping: preview.mapping });
    await deliver({ fileName: file.name, headers: result.headers, delimiter: result.delimiter, dataRows: result.dataRows, rejected: result.rejected, pending: result.leads, added: 0 });
  });

  const downloadRejected = () => {
    if (!outcome) return;
    const csv = rejectedRowsCsv(outcome.rejected, {
      headers: outcome.headers, rowLabel: t('optImportRow'), errorsLabel: t('optRejectedReason'), describe: importErrorText, delimiter: outcome.delimiter,
    });
    saveText(csv, downloadName('rejected', 'csv', new Date(), outcome.fileName), 'csv');
  };

  const warnings = preview ? mappingWarnings(preview.mapping) : null;
  return (
    <section hidden={hidden} data-section="import">
      <h2>{t('optNavImport')}</h2>
      <p class="muted">{t('optImportIntro')}</p>
      <label class="file">
        {t('optImportChoose')}
        <input type="file" accept=".csv,.txt,text/csv" data-testid="csv-file" disabled={busy} onChange={(e) => choose(e.currentTarget)} />
      </label>
      {preview && file && (
        <>
          <p data-testid="import-detected">
            {t('optImportDetected', [ENCODINGS[preview.encoding], t(DELIMITER_KEYS[preview.delimiter] ?? 'optDelimiterComma'), formatNumber(preview.headers.length, locale)])}
          </p>
          <h3>{t('optImportMapping')}</h3>
          <MappingTable rows={mappingRows(preview.headers, preview.mapping, preview.proposedMapping, sample)} onChange={changeTarget} />
          {warnings?.noIdentity && <p class="error" role="alert">{t('optImportNoIdentity')}</p>}
          <h3>{t('optImportPreview')}</h3>
          <ImportPreview rows={preview.rows} />
          <div class="row">
            <label>
              {t('optImportBatch')}
              <input type="text" value={batch} maxLength={200} onInput={(e) => setBatch(e.currentTarget.value)} />
            </label>
            <button type="button" data-action="import" disabled={busy || warnings?.noIdentity} onClick={startImport}>{t('optImportStart')}</button>
          </div>
        </>
      )}
      {progress && (
        <p class="progress">
          <progress max={progress.total || 1} value={progress.done} data-testid="import-progress" />{' '}
          {t('optImportProgress', [formatNumber(progress.done, locale), formatNumber(progress.total, locale)])}
        </p>
      )}
      {error && <p class="error" role="alert">{error}</p>}
      {outcome && (
        <div data-testid="import-result">
          <p class="ok" role="status">
            {t('optImportDone', [formatNumber(outcome.added, locale), formatNumber(outcome.dataRows, locale), formatNumber(outcome.rejected.length, locale)])}
          </p>
          {outcome.pending.length > 0 && (
            <p class="error">
              {t('optImportPending', formatNumber(outcome.pending.length, locale))}{' '}
              <button type="button" disabled={busy} onClick={() => run(() => deliver(outcome))}>{t('optImportContinue')}</button>
            </p>
          )}
          {outcome.rejected.length > 0 && <RejectedRows rows={outcome.rejected} onDownload={downloadRejected} />}
        </div>
      )}
    </section>
  );
}
