import { eq } from 'drizzle-orm';
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { CustodyAction, CustodySheet, IncidentKind } from '../../shared/incident-schemas';
import type { Db } from '../db/client';
import { clients, incidents } from '../db/schema';
import { must } from '../errors';
import { pkDate } from '../lib/time';
import { readProfile } from '../repos/audit';
import { getEvidence, listCustody } from '../repos/evidence';
import { familyNamesOf } from './protection-names';
import { aliasOf, makeScrub, noScrub, redactByDefault } from './reports/redaction';

/*
 * The chain-of-custody sheet of one evidence item (issue 10): who added it and when, its SHA-256,
 * size, type and source, and every later access. Redacted like every printout (issue 6): on by
 * default for a sensitive client or one at high or critical risk; a redacted sheet names the
 * client by codename and scrubs the client's name, numbers and family from the free text.
 */

export const buildCustodySheet = (db: Db, id: string, asked: boolean | undefined, now: string): CustodySheet => {
  const item = getEvidence(db, id);
  const inc = must(db.select().from(incidents).where(eq(incidents.id, item.incidentId)).get(), 'The incident');
  const client = must(db.select().from(clients).where(eq(clients.id, inc.clientId)).get(), 'The client');
  const redactedByDefault = redactByDefault([client]);
  const redacted = asked ?? redactedByDefault;
  const alias = aliasOf(client, 0);
  const scrub = redacted ? makeScrub([{ client, alias, family: familyNamesOf(db, client.id) }]) : noScrub;
  const s = (t: string | null) => scrub(t);
  return {
    redacted,
    redactedByDefault,
    clientLabel: redacted ? alias : client.fullName,
    item: {
      ...item,
      filename: s(item.filename) ?? item.filename,
      sourceUrl: s(item.sourceUrl),
      description: s(item.description),
    },
    incident: { date: inc.date, time: inc.time, place: s(inc.place), kind: inc.kind },
    events: listCustody(db, id).map((e) => ({ ...e, detail: s(e.detail) })),
    generatedAt: now,
    printedOn: pkDate(new Date(now)),
    generatedBy: readProfile(db).name,
  };
};

const KIND_LABEL: Record<IncidentKind, string> = {
  threat_in_person: 'Threat in person',
  online_threat: 'Online threat or doxxing',
  raid: 'Raid',
  surveillance: 'Surveillance',
  arrest_without_warrant: 'Arrest without warrant',
  abduction: 'Abduction or disappearance',
  assault: 'Assault',
  family_harassment: 'Harassment of family',
  defamation_campaign: 'Defamation campaign',
  travel_ban: 'Travel ban or Exit Control List',
  device_seizure: 'Account or device seizure',
  other: 'Other',
};

export const ACTION_LABEL: Record<CustodyAction, string> = {
  added: 'Added',
  viewed: 'Viewed',
  exported: 'File exported',
  verified: 'Hash verified',
  edited: 'Details edited',
  sheet_printed: 'Custody sheet printed',
  sheet_exported: 'Custody sheet exported',
};

/** UTC instant as Pakistan time, "27-11-2026 14:05:09 PKT" (UTC+5, no daylight saving). */
export const pkt = (iso: string): string => {
  const d = new Date(Date.parse(iso) + 5 * 3600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}-${p(d.getUTCMonth() + 1)}-${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} PKT`;
};
/** Hashes in groups of eight and the verification's result in words, as on the printed sheet. */
const readableDetail = (detail: string | null): string =>
  (detail ?? '')
    .replace(/^match: /, 'Hash matches: ')
    .replace(/^MISMATCH: /, 'Hash does NOT match: ')
    .replace(/\b[0-9a-f]{64}\b/g, (h) => h.match(/.{8}/g)?.join(' ') ?? h)
    .replace(/(\d+) bytes$/, (_m, n: string) => `${Number(n).toLocaleString('en-US')} bytes`);

const dmy = (date: string) => date.split('-').reverse().join('-');

const cell = (text: string, bold = false, width?: number) =>
  new TableCell({
    width: width ? { size: width, type: WidthType.PERCENTAGE } : undefined,
    children: [new Paragraph({ children: [new TextRun({ text, bold, font: 'Courier New', size: 18 })] })],
  });
const textCell = (text: string, bold = false, width?: number) =>
  new TableCell({
    width: width ? { size: width, type: WidthType.PERCENTAGE } : undefined,
    children: [new Paragraph({ children: [new TextRun({ text, bold })] })],
  });

export const sheetFields = (s: CustodySheet): [string, string][] => [
  ['Client', s.clientLabel],
  [
    'Incident',
    `${KIND_LABEL[s.incident.kind]}, ${dmy(s.incident.date)}${s.incident.time ? ` ${s.incident.time}` : ''}${s.incident.place ? `, ${s.incident.place}` : ''}`,
  ],
  ['File name', s.item.filename],
  ['Type', s.item.mime],
  ['Size', `${s.item.sizeBytes.toLocaleString('en-US')} bytes`],
  ['SHA-256', s.item.sha256],
  ['Source', s.item.sourceUrl ?? '—'],
  ['Description', s.item.description ?? '—'],
  ['Added', `${pkt(s.item.addedAt)} by ${s.item.addedBy}`],
  ['Item id', s.item.id],
];

/** The sheet as a Word document (A4), the same content as the printed page. */
export const custodySheetDocx = async (s: CustodySheet): Promise<Buffer> => {
  const fields = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: sheetFields(s).map(
      ([k, v]) => new TableRow({ children: [textCell(k, true, 22), k === 'SHA-256' ? cell(v) : textCell(v)] }),
    ),
  });
  const events = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: ['#', 'When', 'Who', 'What', 'Detail'].map((h) => textCell(h, true)),
      }),
      ...s.events.map(
        (e, i) =>
          new TableRow({
            children: [
              textCell(String(i + 1)),
              textCell(pkt(e.at)),
              textCell(e.actor),
              textCell(ACTION_LABEL[e.action]),
              textCell(readableDetail(e.detail)),
            ],
          }),
      ),
    ],
  });
  const doc = new Document({
    creator: 'Muhafiz',
    title: 'Chain of custody',
    styles: { default: { document: { run: { font: 'Times New Roman', size: 22 } } } },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun(s.redacted ? 'REDACTED · ' : ''),
                  new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] }),
                ],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({
            heading: HeadingLevel.TITLE,
            children: [new TextRun('Chain of custody of an evidence item')],
          }),
          ...(s.redacted
            ? [
                new Paragraph({
                  children: [new TextRun({ text: 'REDACTED: the client is named by codename.', bold: true })],
                }),
              ]
            : []),
          fields,
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Custody record')] }),
          events,
          new Paragraph({
            spacing: { before: 240 },
            children: [new TextRun(`Sheet made ${pkt(s.generatedAt)} by ${s.generatedBy}.`)],
          }),
          new Paragraph({
            children: [
              new TextRun(
                'The SHA-256 was computed from the bytes stored in the encrypted diary when the file was added; "Hash verified" recomputes it from the stored bytes.',
              ),
            ],
          }),
          new Paragraph({ spacing: { before: 480 }, children: [new TextRun('Signature: ______________________')] }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
};
