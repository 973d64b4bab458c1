/**
 * Saves a file from the pane through a Blob download link. Excel on the web and most Windows builds let it through;
 * Excel for Mac and some Windows builds block it (office-js #2700, #1511), silently or by throwing: the caller names the
 * alternatives either way.
 */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Long enough for a slow host to start the download.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}
