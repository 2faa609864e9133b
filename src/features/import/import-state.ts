import type {
  DateOrder,
  ImportField,
  ImportPreview,
  ImportRequest,
  PreviewRow,
  RecordCounts,
} from '../../../electron/shared/import-schemas';
import type { TFunction } from 'i18next';
import { MAX_IMPORT_BYTES } from '../../../electron/shared/import-schemas';

/* What the import screens keep between steps, and small helpers for them. */

export type PickedFile = { filename: string; base64: string; size: number };

export type Choices = {
  sheet: string | null;
  headerRow: number | null;
  mapping: (ImportField | null)[] | null;
  dateOrder: Record<string, DateOrder>;
};

export const request = (file: PickedFile, c: Choices): ImportRequest => ({
  filename: file.filename,
  base64: file.base64,
  sheet: c.sheet,
  headerRow: c.headerRow,
  mapping: c.mapping,
  dateOrder: c.dateOrder,
});

export const fileProblem = (file: File): 'tooBig' | 'wrongType' | null => {
  if (!/\.(xlsx|csv)$/i.test(file.name)) return 'wrongType';
  return file.size > MAX_IMPORT_BYTES ? 'tooBig' : null;
};

/** A picked file's bytes as base64, in slices (a long spread would overflow the call stack). */
export const readPicked = async (file: File): Promise<PickedFile> => {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { filename: file.name, base64: btoa(binary), size: file.size };
};

export type RowFilter = 'all' | PreviewRow['status'];

export const COUNT_KEYS: (keyof RecordCounts)[] = ['clients', 'cases', 'hearings', 'notes', 'courts', 'policeStations'];

/** "2 clients, 1 case, 3 hearings": the counts that are not zero, in words. */
export const countList = (t: TFunction, counts: Partial<Record<keyof RecordCounts, number>>): string =>
  COUNT_KEYS.filter((k) => (counts[k] ?? 0) > 0)
    .map((k) => t(`import.count.${k}`, { count: counts[k] }))
    .join(', ');

/** The two readings of an ambiguous date such as 03/04/2026, as calendar dates. */
export const readings = (sample: string): { dmy: string; mdy: string } | null => {
  const m = /^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{2}|\d{4})$/.exec(sample.trim());
  if (!m) return null;
  const y = m[3]?.length === 2 ? `20${m[3]}` : (m[3] as string);
  const pad = (s: string | undefined) => (s ?? '').padStart(2, '0');
  return { dmy: `${y}-${pad(m[2])}-${pad(m[1])}`, mdy: `${y}-${pad(m[1])}-${pad(m[2])}` };
};

export type Preview = ImportPreview;
