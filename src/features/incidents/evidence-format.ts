import { localDigits } from '../../lib/localize';

/** 1.4 MB, 820 KB, 312 bytes. */
export const fileSize = (bytes: number): string => {
  if (bytes >= 1024 * 1024) return localDigits(`${(bytes / (1024 * 1024)).toFixed(1)} MB`);
  if (bytes >= 1024) return localDigits(`${Math.round(bytes / 1024)} KB`);
  return localDigits(`${bytes} bytes`);
};

/** The hash in groups of eight, so a clerk can read it aloud and compare: "3f2a9c1b 7d…". */
export const groupedHash = (hex: string): string => hex.match(/.{1,8}/g)?.join(' ') ?? hex;

/** Images the window can show from their bytes (the CSP allows data: images). */
export const canPreview = (mime: string): boolean => /^image\/(png|jpeg|gif|webp)$/.test(mime);
