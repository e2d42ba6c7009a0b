/** How long the object URL lives after the click: Safari and Firefox read it after the click returns. */
const REVOKE_AFTER_MS = 10_000;

/**
 * Saves `blob` as `fileName` through a hidden link in `root` (a widget's shadow root), then frees the
 * object URL once the browser has had time to start the download.
 */
export function downloadBlob(root: ParentNode, blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  root.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
