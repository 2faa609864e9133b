import { i18n } from '../../i18n';
import { localDigits } from '../../lib/localize';

export const bytesText = (bytes: number): string =>
  i18n.t('incidents.evidence.bytesCount', { count: bytes, n: bytes.toLocaleString('en-US') });

/** 1.4 MB, 820 KB, 312 bytes (بائٹس in Urdu). */
export const fileSize = (bytes: number): string => {
  if (bytes >= 1024 * 1024) return localDigits(`${(bytes / (1024 * 1024)).toFixed(1)} MB`);
  if (bytes >= 1024) return localDigits(`${Math.round(bytes / 1024)} KB`);
  return bytesText(bytes);
};

/** The exact size, for the custody sheet: "19 KB (19,055 bytes)"; under a kilobyte just the bytes. */
export const exactSize = (bytes: number): string =>
  bytes < 1024 ? fileSize(bytes) : `${fileSize(bytes)} (${bytesText(bytes)})`;

/**
 * Left to right whatever the paragraph: a hash, an id or an address inside Urdu text keeps its order
 * (without the isolate, the bidi algorithm moves a group of digits to the other end of the line).
 */
export const ltr = (s: string): string => `\u2066${s}\u2069`;

/** The hash in groups of eight, so a clerk can read it aloud and compare: "3f2a9c1b 7d…". */
export const groupedHash = (hex: string): string => hex.match(/.{1,8}/g)?.join(' ') ?? hex;

/** Images the window can show from their bytes (the CSP allows data: images). */
export const canPreview = (mime: string): boolean => /^image\/(png|jpeg|gif|webp)$/.test(mime);
