/** Saves a blob through the browser's download (Electron shows its save dialog). */
const saveBlob = (filename: string, blob: Blob): void => {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
};

export const downloadText = (filename: string, content: string, type = 'text/calendar;charset=utf-8'): void =>
  saveBlob(filename, new Blob([content], { type }));

/** A binary file that crossed IPC as base64 (a Word document, say). */
export const downloadBase64 = (filename: string, base64: string, type: string): void =>
  saveBlob(filename, new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type }));
