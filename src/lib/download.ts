/** Saves text as a file through the browser's download (Electron shows its save dialog). */
export const downloadText = (filename: string, content: string, type = 'text/calendar;charset=utf-8'): void => {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
};
