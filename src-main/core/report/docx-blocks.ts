import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import { svgSize, svgToPngWidth, svgToPngWidthSync } from '../exports/png';
import type { ReportText } from './report-text';

// Small building blocks for the Word report: real heading styles, tables
// with a repeated header row, images as SVG with a PNG for older Word.

/** Pixels of the fallback PNG per pixel shown (LibreOffice shows the PNG): 2 is sharp in print. */
export const FALLBACK_SCALE = 2;

const LEVELS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

/** A heading that stays on the page of what follows it (never alone at a page's foot). */
export const heading = (text: string, level: 1 | 2 | 3 = 1): Paragraph => new Paragraph({ text, heading: LEVELS[level - 1], keepNext: true, keepLines: true });

/** Text width of an A4 page with the default margins (2.54 cm), in twips (1/20 pt): portrait, and landscape with LANDSCAPE_MARGIN. */
export const TEXT_WIDTH = { portrait: 11906 - 2 * 1440, landscape: 16838 - 2 * 1080 } as const;
/** Margins of the landscape pages (1.9 cm): wide processes get a little more room. */
export const LANDSCAPE_MARGIN = { top: 1080, bottom: 1080, left: 1080, right: 1080, header: 540, footer: 540 } as const;

/** Text as typed: line breaks stay line breaks. */
export function para(text: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}): Paragraph {
  const lines = text.split(/\r?\n/);
  return new Paragraph({
    spacing: { after: 120 },
    children: lines.map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0, bold: options.bold, italics: options.italics, size: options.size })),
  });
}

export const bullet = (text: string, level = 0): Paragraph => new Paragraph({ text, bullet: { level } });

export const numbered = (n: number, text: string): Paragraph =>
  new Paragraph({ spacing: { after: 60 }, children: [new TextRun({ text: `${n}. `, bold: true }), new TextRun(text)] });

function cell(text: string, header: boolean, width: number): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: header ? { type: ShadingType.CLEAR, fill: 'DCE6F0', color: 'auto' } : undefined,
    // Body text carries no bold setting at all, so a club's own style decides.
    children: text.split(/\r?\n/).map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: header || undefined })] })),
  });
}

/**
 * Width of text at 11 pt, in twips: generous enough for DejaVu Sans, which
 * LibreOffice shows where Calibri (and its twin Carlito) is not installed,
 * so that a word estimated to fit does.
 */
const textTwips = (text: string, bold: boolean): number => [...text].length * 11 * (bold ? 0.72 : 0.62) * 20;
/** Cell margins left and right, with room to spare. */
const CELL_PAD = 2 * 100 + 80;

const longestWord = (text: string, bold: boolean): number => Math.max(0, ...text.split(/\s+/).map((w) => textTwips(w, bold)));
const longestLine = (text: string, bold: boolean): number => Math.max(0, ...text.split(/\r?\n/).map((l) => textTwips(l, bold)));

/**
 * Column widths from the content: no column is narrower than its longest
 * header word (so "Einzelwerte" never breaks), and what room is left goes
 * to the columns whose text is longer.
 */
export function columnWidths(header: readonly string[], rows: readonly (readonly string[])[], total: number): number[] {
  const least = header.map((h, i) => CELL_PAD + Math.max(longestWord(h, true), Math.min(total * 0.3, Math.max(0, ...rows.map((r) => longestWord(r[i] ?? '', false))))));
  const wanted = header.map((h, i) => Math.max(least[i]!, CELL_PAD + Math.min(total, Math.max(longestLine(h, true), ...rows.map((r) => longestLine(r[i] ?? '', false))))));
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
  let widths: number[];
  if (sum(wanted) <= total) widths = wanted.map((w) => (w * total) / sum(wanted));
  else if (sum(least) <= total) {
    const extra = sum(wanted) - sum(least);
    widths = least.map((w, i) => w + ((total - sum(least)) * (wanted[i]! - w)) / extra);
  } else widths = least.map((w) => (w * total) / sum(least));
  const rounded = widths.map((w) => Math.floor(w));
  rounded[rounded.length - 1]! += total - sum(rounded);
  return rounded;
}

/** A table whose header row repeats on every page, its columns as wide as their content needs; `total` in twips. */
export function table(header: readonly string[], rows: readonly (readonly string[])[], total: number = TEXT_WIDTH.portrait): Table {
  const w = columnWidths(header, rows, total);
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: w,
    layout: TableLayoutType.FIXED,
    // Once for the table rather than in every cell: a 60-row plan stays small.
    margins: { top: 60, bottom: 60, left: 100, right: 100 },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: header.map((h, i) => cell(h, true, w[i]!)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, false, w[i]!)) })),
    ],
  });
}

/** A picture ready for the document: the SVG as drawn from the data, its PNG for older Word, its size on the page. */
export interface DrawnPicture {
  svg: string;
  png: Uint8Array;
  width: number;
  height: number;
}

/** The size an SVG is shown at (fitting the width and a page's height) and the width of its PNG. */
function pictureSize(svg: string, maxWidth: number, fallbackScale = FALLBACK_SCALE): { width: number; height: number; pngWidth: number } {
  const { width, height } = svgSize(svg) ?? { width: maxWidth, height: maxWidth * 0.6 };
  const scale = Math.min(1, maxWidth / width, 820 / height);
  // Word 2016 and later show the SVG; the PNG for older programs is drawn at twice
  // the size it is shown at: sharp in print, yet small (a long process is not 50,000 px wide).
  return { width: Math.round(width * scale), height: Math.round(height * scale), pngWidth: width * scale * fallbackScale };
}

/**
 * Scales an SVG to fit the given width (and a page's height) and draws its PNG
 * off the main thread, from `overview` when none of the SVG's words could be read.
 */
export async function drawPicture(svg: string, maxWidth: number, overview?: string, fallbackScale?: number): Promise<DrawnPicture> {
  const { width, height, pngWidth } = pictureSize(svg, maxWidth, fallbackScale);
  return { svg, png: (await svgToPngWidth(svg, pngWidth, overview)).bytes, width, height };
}

/** The same picture, drawn on the calling thread (the picture worker's). */
export function drawPictureSync(svg: string, maxWidth: number, overview?: string, fallbackScale?: number): DrawnPicture {
  const { width, height, pngWidth } = pictureSize(svg, maxWidth, fallbackScale);
  return { svg, png: svgToPngWidthSync(svg, pngWidth, overview).bytes, width, height };
}

/**
 * The image runs made for a kept picture: docx hashes an image's bytes (in
 * JavaScript) for every run it makes, and a long process has dozens of
 * pages. A run only registers its media when a document is written, so the
 * same run serves the next report of unchanged data.
 */
const imageRuns = new WeakMap<DrawnPicture, Map<string, ImageRun>>();

function imageRun(picture: DrawnPicture, alt: { title: string; description: string }, id: string): ImageRun {
  let runs = imageRuns.get(picture);
  if (!runs) {
    runs = new Map();
    imageRuns.set(picture, runs);
  }
  const key = JSON.stringify([id, alt.title, alt.description]);
  let run = runs.get(key);
  if (!run) {
    run = new ImageRun({
      type: 'svg',
      data: new TextEncoder().encode(picture.svg),
      fallback: { type: 'png', data: picture.png },
      transformation: { width: picture.width, height: picture.height },
      altText: { name: id, title: alt.title, description: alt.description },
    });
    runs.set(key, run);
  }
  return run;
}

/** A centred picture: SVG with its PNG fallback and alt text. */
export function pictureParagraph(picture: DrawnPicture, alt: { title: string; description: string }, id: string): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [imageRun(picture, alt, id)] });
}

/** Club and date above, page numbers below, on every page. */
export function pageFrame(club: string, date: string, t: ReportText): { headers: { default: Header }; footers: { default: Footer } } {
  return {
    headers: {
      default: new Header({
        children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: [club, date].filter(Boolean).join(' · '), size: 18, color: '44505C' })] })],
      }),
    },
    footers: {
      default: new Footer({
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ size: 18, children: [`${t.page} `, PageNumber.CURRENT, ` ${t.of} `, PageNumber.TOTAL_PAGES] })],
          }),
        ],
      }),
    },
  };
}

/** A report as a Word document: its title and language for Word's accessibility check, fields updated on opening. */
export function reportDocument(title: string, club: string, locale: string, sections: ISectionOptions[]): Document {
  return new Document({
    title,
    subject: club,
    creator: 'Vereinswerkstatt',
    description: `${title} – ${club}`,
    features: { updateFields: true },
    styles: { default: { document: { run: { font: 'Calibri', size: 22, language: { value: locale } } } } },
    sections,
  });
}
