/*
 * The chain-of-custody sheet as a Word document. Its own module, loaded when a sheet is exported:
 * the docx library is ~13 MB of the main process that nothing else at startup needs (issue 8).
 */
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
import type { CustodySheet } from '../../shared/incident-schemas';
import { ACTION_LABEL, pkt, readableDetail, sheetFields } from './custody-sheet';

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
