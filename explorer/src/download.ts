/** Saving files: a link with `download` (same-origin exports) or a Blob made in the page. */

/** Starts the browser download of a same-origin address under `filename`. */
export function downloadUrl(url: URL | string, filename: string): void {
  const link = document.createElement('a');
  link.href = String(url);
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}

/** Saves a Blob made in the page; its object URL is released once the download has started. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  downloadUrl(url, filename);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
