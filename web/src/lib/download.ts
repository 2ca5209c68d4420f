/**
 * Starts downloading `url` as `fileName` without leaving the page (the server answers with
 * Content-Disposition: attachment), as a click on a download link would.
 */
export function startDownload(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
}
