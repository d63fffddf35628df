import { MIME, type DownloadFormat } from './download-name';

/** Saves text as a file through a Blob link: no downloads permission needed. */
export function saveText(text: string, name: string, format: DownloadFormat): void {
  saveBlob(new Blob([text], { type: MIME[format] }), name);
}

/** Saves a Blob (an export written page by page) as a file. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: the browser reads the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
