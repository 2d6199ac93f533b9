import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { chartSvg } from '../../domain/report/chart-svg';
import type { KeyFigure, ReportModel, ReportTable } from '../../domain/report/report.types';

/**
 * A report as PDF (pdfkit, A4, the PDF standard fonts: nothing fetched or installed). Charts are
 * the same SVG as the HTML page, embedded with svg-to-pdfkit; tables repeat their header row on
 * each page they span; every page carries the footer and its number.
 */
const MARGIN = 48;
const INK = '#1f2933';
const MUTED = '#616e7c';
const GREEN = '#1f7a5a';
const LINE = '#cbd2d9';

/** Characters above U+00FF that the catalogue uses and WinAnsi encodes: kept as they are. */
const WIN_ANSI_ABOVE_LATIN1 = '–—…‘’“”•€';

/**
 * The standard fonts only encode WinAnsi: "→" becomes "->", and any other UTF-16 code unit above U+00FF
 * not in WIN_ANSI_ABOVE_LATIN1 becomes "?".
 */
export const pdfText = (s: string): string =>
  s.replace(/→/g, '->').replace(/[\u0100-\uffff]/g, (c) => (WIN_ANSI_ABOVE_LATIN1.includes(c) ? c : '?'));

type Doc = PDFKit.PDFDocument;
const contentWidth = (doc: Doc) => doc.page.width - 2 * MARGIN;
const bottom = (doc: Doc) => doc.page.height - MARGIN - 20;
function ensureRoom(doc: Doc, height: number): void {
  if (doc.y + height > bottom(doc)) doc.addPage();
}

function heading(doc: Doc, text: string): void {
  ensureRoom(doc, 60);
  doc.moveDown(0.8).font('Helvetica-Bold').fontSize(14).fillColor(INK).text(pdfText(text), MARGIN, doc.y);
  doc
    .moveTo(MARGIN, doc.y + 2)
    .lineTo(MARGIN + contentWidth(doc), doc.y + 2)
    .lineWidth(1.5)
    .strokeColor(GREEN)
    .stroke();
  doc.moveDown(0.6);
}

function keyFigures(doc: Doc, figures: KeyFigure[]): void {
  const perRow = 3;
  const gap = 8;
  const w = (contentWidth(doc) - gap * (perRow - 1)) / perRow;
  for (let i = 0; i < figures.length; i += perRow) {
    ensureRoom(doc, 66);
    const y = doc.y;
    figures.slice(i, i + perRow).forEach((k, j) => {
      const x = MARGIN + j * (w + gap);
      doc.roundedRect(x, y, w, 60, 4).lineWidth(0.7).strokeColor(LINE).stroke();
      doc
        .font('Helvetica-Bold')
        .fontSize(14)
        .fillColor(GREEN)
        .text(pdfText(k.valueText), x + 8, y + 6, { width: w - 16, lineBreak: false });
      doc
        .font('Helvetica')
        .fontSize(8)
        .fillColor(INK)
        .text(pdfText(k.label), x + 8, y + 24, { width: w - 16, height: 20, ellipsis: true });
      doc
        .fontSize(7)
        .fillColor(MUTED)
        .text(pdfText(k.detail), x + 8, y + 46, { width: w - 16, height: 10, ellipsis: true });
    });
    doc.x = MARGIN;
    doc.y = y + 60 + gap;
  }
}

/** Point size of table cells, and of the headers of a table whose header words would leave its cells little room. */
const CELL_SIZE = 8;
const TIGHT_HEADER_SIZE = 7;

/**
 * Column widths: each column gets at least its longest header word (headers never break inside
 * a word), then the room left is shared in proportion to how much wider each column would like
 * to be (its longest cell, capped), all fitted to the page. When the header words alone would take
 * more than four fifths of the page (a table of many columns), the headers are set a point smaller
 * so the indicator names keep room to read.
 */
function columnWidths(doc: Doc, table: ReportTable): { widths: number[]; headerSize: number } {
  const pad = 10;
  const page = contentWidth(doc);
  const headerWords = (size: number) => {
    doc.font('Helvetica-Bold').fontSize(size);
    return table.columns.map(
      (c) =>
        Math.max(
          ...pdfText(c.label)
            .split(/\s+/)
            .map((w) => doc.widthOfString(w)),
        ) + pad,
    );
  };
  let headerSize = CELL_SIZE;
  let min = headerWords(headerSize);
  if (min.reduce((a, b) => a + b, 0) > 0.8 * page) {
    headerSize = TIGHT_HEADER_SIZE;
    min = headerWords(headerSize);
  }
  doc.font('Helvetica').fontSize(CELL_SIZE);
  const want = table.columns.map((c, i) =>
    Math.max(
      min[i],
      Math.min(170, Math.max(...table.rows.map((r) => doc.widthOfString(pdfText(r[i]?.text ?? '')))) + pad),
    ),
  );
  const minTotal = min.reduce((a, b) => a + b, 0);
  if (minTotal >= page) return { widths: min.map((w) => (w / minTotal) * page), headerSize };
  const extra = want.map((w, i) => w - min[i]);
  const extraTotal = extra.reduce((a, b) => a + b, 0);
  const room = page - minTotal;
  return {
    widths: min.map((w, i) => w + (extraTotal > 0 ? (extra[i] / extraTotal) * room : room / min.length)),
    headerSize,
  };
}

/** A header row (bold, at `headerSize`) or a body row (regular, at CELL_SIZE). */
function rowHeight(doc: Doc, cells: string[], widths: number[], headerSize: number | null): number {
  doc.font(headerSize ? 'Helvetica-Bold' : 'Helvetica').fontSize(headerSize ?? CELL_SIZE);
  return Math.max(...cells.map((c, i) => doc.heightOfString(pdfText(c), { width: widths[i] - 8 }))) + 6;
}

function row(doc: Doc, cells: string[], widths: number[], numeric: boolean[], headerSize: number | null): void {
  const h = rowHeight(doc, cells, widths, headerSize);
  const y = doc.y;
  let x = MARGIN;
  cells.forEach((c, i) => {
    if (headerSize) doc.rect(x, y, widths[i], h).fillColor('#f0f4f8').fill();
    doc.rect(x, y, widths[i], h).lineWidth(0.5).strokeColor(LINE).stroke();
    doc.fillColor(INK).text(pdfText(c), x + 4, y + 3, { width: widths[i] - 8, align: numeric[i] ? 'right' : 'left' });
    x += widths[i];
  });
  doc.x = MARGIN;
  doc.y = y + h;
}

function table(doc: Doc, t: ReportTable, sectionHeading: string): void {
  ensureRoom(doc, 50);
  if (t.title !== sectionHeading)
    doc.font('Helvetica-Bold').fontSize(9).fillColor(INK).text(pdfText(t.title), MARGIN, doc.y).moveDown(0.3);
  if (t.rows.length === 0) {
    doc.font('Helvetica-Oblique').fontSize(9).fillColor(MUTED).text(pdfText(t.emptyText));
    doc.moveDown(0.6);
    return;
  }
  const { widths, headerSize } = columnWidths(doc, t);
  const numeric = t.columns.map((c) => c.numeric);
  const header = t.columns.map((c) => c.label);
  ensureRoom(
    doc,
    rowHeight(doc, header, widths, headerSize) +
      rowHeight(
        doc,
        t.rows[0].map((c) => c.text),
        widths,
        null,
      ),
  );
  row(doc, header, widths, numeric, headerSize);
  for (const r of t.rows) {
    const cells = r.map((c) => c.text);
    if (doc.y + rowHeight(doc, cells, widths, null) > bottom(doc)) {
      doc.addPage();
      row(doc, header, widths, numeric, headerSize);
    } // the header again on the next page
    row(doc, cells, widths, numeric, null);
  }
  doc.moveDown(0.8);
}

function chart(doc: Doc, svg: string): void {
  const [, w, h] = /width="(\d+)" height="(\d+)"/.exec(svg)!.map(Number);
  const width = contentWidth(doc);
  const height = (h / w) * width;
  ensureRoom(doc, height + 10);
  SVGtoPDF(doc, pdfText(svg), MARGIN, doc.y, { width, height, assumePt: false });
  doc.x = MARGIN;
  doc.y += height + 14;
}

function footers(doc: Doc, text: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const y = doc.page.height - MARGIN + 8;
    doc.page.margins.bottom = 0;
    doc
      .font('Helvetica')
      .fontSize(7)
      .fillColor(MUTED)
      .text(pdfText(text), MARGIN, y, { width: contentWidth(doc) - 40, lineBreak: false });
    doc.text(`${i + 1} / ${range.count}`, MARGIN, y, { width: contentWidth(doc), align: 'right', lineBreak: false });
  }
}

export function reportPdf(model: ReportModel): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    lang: model.locale,
    info: { Title: pdfText(`${model.title} — ${model.subtitle}`), Creator: 'Jejak' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font('Helvetica-Bold').fontSize(22).fillColor(INK).text(pdfText(model.title));
  doc.font('Helvetica').fontSize(13).fillColor(MUTED).text(pdfText(model.subtitle)).moveDown(0.5);
  for (const f of model.facts)
    doc
      .font('Helvetica-Bold')
      .fontSize(9)
      .fillColor(INK)
      .text(`${pdfText(f.label)}: `, { continued: true })
      .font('Helvetica')
      .text(pdfText(f.value));
  for (const s of model.sections) {
    heading(doc, s.heading);
    for (const p of s.paragraphs)
      doc
        .font('Helvetica')
        .fontSize(9.5)
        .fillColor(INK)
        .text(pdfText(p), MARGIN, doc.y, { width: contentWidth(doc) })
        .moveDown(0.4);
    if (s.keyFigures.length) keyFigures(doc, s.keyFigures);
    for (const t of s.tables) table(doc, t, s.heading);
    for (const c of s.charts) chart(doc, chartSvg(c));
  }
  footers(doc, model.footer);
  doc.end();
  return done;
}
