import { useEffect, useMemo, useState } from 'preact/hooks';
import { decodeCsv, type CsvEncoding, type Decoded } from '../../core/import/decode';
import { isBlocking } from '../../core/import/file-issues';
import { previewDecoded, type RejectedRow } from '../../core/import/import-file';
import type { ColumnMapping, ImportTarget } from '../../core/import/targets';
import { errorText } from '../../shared/error-text';
import { messages, t, uiLocale } from '../../shared/i18n';
import type { MessageKey } from '../../shared/message-keys';
import type { JobView } from '../../shared/messages';
import { send } from '../../shared/send';
import { handOver } from '../import-upload';
import { watchJobs } from '../jobs-watch';
import { saveText } from '../../shared/download';
import { downloadName } from '../../shared/download-name';
import { formatNumber } from '../../shared/format';
import { IMPORT_COUNTRIES, countryName, proposedImportCountry } from '../import-country';
import { importErrorText, importIssueText, vendorLabel } from '../labels';
import { mappingRows, mappingWarnings, setColumnTarget } from '../mapping-model';
import { rejectedRowsCsv } from '../rejected-csv';
import { useAction } from '../use-action';
import { ImportPreview } from './ImportPreview';
import { MappingTable } from './MappingTable';
import { RejectedRows } from './RejectedRows';

const ENCODINGS: Record<CsvEncoding, string> = {
  'utf-8': 'UTF-8', 'utf-8-bom': 'UTF-8 (BOM)', 'utf-16le': 'UTF-16 LE', 'utf-16be': 'UTF-16 BE', 'windows-1252': 'Windows-1252',
};
const DELIMITER_KEYS: Record<string, MessageKey> = { ';': 'optDelimiterSemicolon', ',': 'optDelimiterComma', '\t': 'optDelimiterTab' };

interface Outcome {
  fileName: string;
  headers: string[];
  delimiter: ';' | ',' | '\t';
  dataRows: number;
  rejected: RejectedRow[];
  added: number;
  /** Rows stored already (imported before): not added again. */
  known: number;
}

/** The import job this page started, with what the result needs from the file it was started on. */
interface Started {
  job: JobView;
  fileName: string;
  headers: string[];
  delimiter: ';' | ',' | '\t';
}

const finished = (job: JobView) => job.state === 'done' || job.state === 'cancelled' || job.state === 'failed';

export function ImportSection({ hidden, onImported }: { hidden: boolean; onImported: () => void }) {
  const [file, setFile] = useState<{ name: string; bytes: Uint8Array; decoded: Decoded } | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [batch, setBatch] = useState('');
  const [country, setCountry] = useState(() => proposedImportCountry([navigator.language, ...navigator.languages]));
  const [uploading, setUploading] = useState(false);
  const [started, setStarted] = useState<Started | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const { busy, error, run } = useAction();
  const locale = uiLocale();

  // The import runs as a durable job in the background: its progress comes with the jobs' announcements.
  useEffect(() => watchJobs((jobs) => {
    setStarted((s) => {
      const job = s && jobs.find((j) => j.id === s.job.id);
      return job && s ? { ...s, job } : s;
    });
  }), []);
  const job = started?.job ?? null;
  const running = job !== null && !finished(job);
  useEffect(() => {
    if (!started || started.job.state !== 'done') return;
    let current = true;
    run(async () => {
      const r = await send({ type: 'leads.importResult', job: started.job.id });
      if (!current || !r) return;
      setOutcome({ fileName: started.fileName, headers: started.headers, delimiter: started.delimiter, dataRows: r.dataRows, rejected: r.rejected, added: r.added, known: r.known });
      if (r.added > 0) onImported();
    });
    return () => { current = false; };
  }, [started?.job.id, started?.job.state]);

  const preview = useMemo(
    () => (file ? previewDecoded(file.decoded, { rows: 10, defaultCountry: country, ...(mapping ? { mapping } : {}) }, file.bytes) : null),
    [file, mapping, country],
  );

  const choose = (input: HTMLInputElement) => run(async () => {
    const chosen = input.files?.[0];
    setOutcome(null);
    setStarted(null);
    setMapping(null);
    if (!chosen) return setFile(null);
    const bytes = new Uint8Array(await chosen.arrayBuffer());
    setFile({ name: chosen.name, bytes, decoded: decodeCsv(bytes) });
    setBatch(chosen.name);
  });

  const changeTarget = (column: number, target: ImportTarget | null) => {
    if (preview) setMapping(setColumnTarget(preview.mapping, column, target));
  };

  const startImport = () => run(async () => {
    if (!file || !preview) return;
    setOutcome(null);
    setStarted(null);
    setUploading(true);
    try {
      // The file is stored in the background first; the job then reads it from there.
      const { upload, pieces } = await handOver(file.decoded.text);
      const started = await send({
        type: 'leads.importStart', upload, pieces, encoding: file.decoded.encoding, mapping: preview.mapping, batch: batch.trim() || file.name, defaultCountry: country,
      });
      setStarted({ job: started, fileName: file.name, headers: preview.headers, delimiter: preview.delimiter });
      // It may have moved on (or finished) before this page listened.
      const latest = (await send({ type: 'jobs.list' })).find((j) => j.id === started.id);
      if (latest) setStarted((s) => (s?.job.id === latest.id && latest.updatedAt >= s.job.updatedAt ? { ...s, job: latest } : s));
    } finally {
      setUploading(false);
    }
  });

  const downloadRejected = () => {
    if (!outcome) return;
    const csv = rejectedRowsCsv(outcome.rejected, {
      headers: outcome.headers, rowLabel: t('optImportRow'), errorsLabel: t('optRejectedReason'), describe: importErrorText, delimiter: outcome.delimiter,
    });
    saveText(csv, downloadName('rejected', 'csv', new Date(), outcome.fileName), 'csv');
  };

  const blocking = preview?.issues.filter(isBlocking) ?? [];
  const warnings = preview ? mappingWarnings(preview.mapping, preview.columns) : null;
  const countries = IMPORT_COUNTRIES.includes(country as (typeof IMPORT_COUNTRIES)[number]) ? IMPORT_COUNTRIES : [country, ...IMPORT_COUNTRIES];
  return (
    <section hidden={hidden} data-section="import">
      <h2>{t('optNavImport')}</h2>
      <p class="muted">{t('optImportIntro')}</p>
      <label class="file">
        {t('optImportChoose')}
        <input type="file" accept=".csv,.tsv,.txt,.vcf,text/csv,text/vcard" data-testid="csv-file" disabled={busy} onChange={(e) => choose(e.currentTarget)} />
      </label>
      {preview && file && (
        <>
          <p data-testid="import-detected">
            {preview.format === 'vcard'
              ? t('optImportDetectedVcard', [ENCODINGS[preview.encoding], formatNumber(preview.headers.length, locale)])
              : t('optImportDetected', [ENCODINGS[preview.encoding], t(DELIMITER_KEYS[preview.delimiter] ?? 'optDelimiterComma'), formatNumber(preview.headers.length, locale)])}
          </p>
          {preview.issues.length > 0 && (
            <ul class="issues" data-testid="import-issues">
              {preview.issues.map((issue) => (
                <li key={issue.code} class={isBlocking(issue) ? 'error' : 'warning'} data-issue={issue.code} role={isBlocking(issue) ? 'alert' : undefined}>
                  {importIssueText(issue)}
                </li>
              ))}
            </ul>
          )}
          {blocking.length === 0 && (
            <>
              <p data-testid="import-vendor">{preview.vendor ? t('optImportRecognised', vendorLabel(preview.vendor)) : t('optImportNotRecognised')}</p>
              <label>
                {t('optImportCountryLabel')}{' '}
                <select data-testid="import-country" value={country} onChange={(e) => setCountry(e.currentTarget.value)}>
                  {countries.map((c) => <option key={c} value={c}>{countryName(c, locale)}</option>)}
                </select>
              </label>
              <h3>{t('optImportMapping')}</h3>
              <MappingTable rows={mappingRows(preview.headers, preview.mapping, preview.columns, preview.sample)} onChange={changeTarget} />
              {warnings && warnings.guessed > 0 && <p class="warning" data-testid="import-guessed">{t('optImportGuessedCount', formatNumber(warnings.guessed, locale))}</p>}
              {warnings?.noIdentity && <p class="error" role="alert">{t('optImportNoIdentity')}</p>}
              <h3>{t('optImportPreview')}</h3>
              <ImportPreview rows={preview.rows} defaultCountry={country} />
              <div class="row">
                <label>
                  {t('optImportBatch')}
                  <input type="text" value={batch} maxLength={200} onInput={(e) => setBatch(e.currentTarget.value)} />
                </label>
                <button type="button" data-action="import" disabled={busy || running || warnings?.noIdentity} onClick={startImport}>{t('optImportStart')}</button>
              </div>
            </>
          )}
        </>
      )}
      {uploading && <p class="muted" role="status">{t('optImportUploading')}</p>}
      {job && !outcome && (
        <p class="progress" data-testid="import-job" data-state={job.state}>
          <progress max={job.progress.total ?? 1} value={job.progress.done + job.progress.failed} data-testid="import-progress" />{' '}
          {t('optImportProgress', [formatNumber(job.progress.done, locale), formatNumber(job.progress.total ?? 0, locale)])}{' '}
          {running && <button type="button" class="secondary" data-action="import-cancel" onClick={() => run(async () => { await send({ type: 'jobs.cancel', id: job.id }); })}>{t('jobCancel')}</button>}
        </p>
      )}
      {job && (job.state === 'cancelled' || job.state === 'failed') && (
        <p class="error" role="alert" data-testid="import-stopped">
          {t('optImportStopped', [formatNumber(job.progress.done + job.progress.failed, locale), formatNumber(job.progress.total ?? 0, locale)])}
          {job.error && <> {errorText(job.error, messages)}</>}
        </p>
      )}
      {error && <p class="error" role="alert">{error}</p>}
      {outcome && (
        <div data-testid="import-result">
          <p class="ok" role="status">
            {t('optImportDone', [formatNumber(outcome.added, locale), formatNumber(outcome.dataRows, locale), formatNumber(outcome.rejected.length, locale)])}
          </p>
          {outcome.known > 0 && <p class="muted" data-testid="import-known">{t('optImportKnown', formatNumber(outcome.known, locale))}</p>}
          {outcome.rejected.length > 0 && <RejectedRows rows={outcome.rejected} onDownload={downloadRejected} />}
        </div>
      )}
    </section>
  );
}
