/*
 * The chain-of-custody sheet as a Word document. Its own module, loaded when a sheet is exported:
 * the docx library is ~13 MB of the main process that nothing else at startup needs (issue 8).
 */
import type * as Docx from 'docx';
import type { CustodySheet } from '../../shared/incident-schemas';
import { ACTION_LABEL, pkt, readableDetail, sheetFields } from './custody-sheet';

/** The docx library (~13 MB resident) loads on the first Word export, not with the main process (issue 8). */
let D: typeof Docx;

const cell = (text: string, bold = false, width?: number) =>
  new D.TableCell({
    width: width ? { size: width, type: D.WidthType.PERCENTAGE } : undefined,
    children: [new D.Paragraph({ children: [new D.TextRun({ text, bold, font: 'Courier New', size: 18 })] })],
  });
const textCell = (text: string, bold = false, width?: number) =>
  new D.TableCell({
    width: width ? { size: width, type: D.WidthType.PERCENTAGE } : undefined,
    children: [new D.Paragraph({ children: [new D.TextRun({ text, bold })] })],
  });

/** The sheet as a Word document (A4), the same content as the printed page. */
export const custodySheetDocx = async (s: CustodySheet): Promise<Buffer> => {
  D ??= await import('docx');
  const fields = new D.Table({
    width: { size: 100, type: D.WidthType.PERCENTAGE },
    rows: sheetFields(s).map(
      ([k, v]) => new D.TableRow({ children: [textCell(k, true, 22), k === 'SHA-256' ? cell(v) : textCell(v)] }),
    ),
  });
  const events = new D.Table({
    width: { size: 100, type: D.WidthType.PERCENTAGE },
    rows: [
      new D.TableRow({
        tableHeader: true,
        children: ['#', 'When', 'Who', 'What', 'Detail'].map((h) => textCell(h, true)),
      }),
      ...s.events.map(
        (e, i) =>
          new D.TableRow({
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
  const doc = new D.Document({
    creator: 'Muhafiz',
    title: 'Chain of custody',
    styles: { default: { document: { run: { font: 'Times New Roman', size: 22 } } } },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 } } },
        footers: {
          default: new D.Footer({
            children: [
              new D.Paragraph({
                alignment: D.AlignmentType.CENTER,
                children: [
                  new D.TextRun(s.redacted ? 'REDACTED · ' : ''),
                  new D.TextRun({ children: ['Page ', D.PageNumber.CURRENT, ' of ', D.PageNumber.TOTAL_PAGES] }),
                ],
              }),
            ],
          }),
        },
        children: [
          new D.Paragraph({
            heading: D.HeadingLevel.TITLE,
            children: [new D.TextRun('Chain of custody of an evidence item')],
          }),
          ...(s.redacted
            ? [
                new D.Paragraph({
                  children: [new D.TextRun({ text: 'REDACTED: the client is named by codename.', bold: true })],
                }),
              ]
            : []),
          fields,
          new D.Paragraph({ heading: D.HeadingLevel.HEADING_1, children: [new D.TextRun('Custody record')] }),
          events,
          new D.Paragraph({
            spacing: { before: 240 },
            children: [new D.TextRun(`Sheet made ${pkt(s.generatedAt)} by ${s.generatedBy}.`)],
          }),
          new D.Paragraph({
            children: [
              new D.TextRun(
                'The SHA-256 was computed from the bytes stored in the encrypted diary when the file was added; "Hash verified" recomputes it from the stored bytes.',
              ),
            ],
          }),
          new D.Paragraph({ spacing: { before: 480 }, children: [new D.TextRun('Signature: ______________________')] }),
        ],
      },
    ],
  });
  return D.Packer.toBuffer(doc);
};
