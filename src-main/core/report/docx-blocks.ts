import {
  AlignmentType,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { svgSize, svgToPngWidth, svgToPngWidthSync } from '../exports/png';
import type { ReportText } from './report-text';

// Small building blocks for the Word report: real heading styles, tables
// with a repeated header row, images as SVG with a PNG for older Word.

/** Pixels of the fallback PNG per pixel shown. */
const FALLBACK_SCALE = 2;

const LEVELS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

export const heading = (text: string, level: 1 | 2 | 3 = 1): Paragraph => new Paragraph({ text, heading: LEVELS[level - 1] });

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
    width: { size: width, type: WidthType.PERCENTAGE },
    shading: header ? { type: ShadingType.CLEAR, fill: 'DCE6F0', color: 'auto' } : undefined,
    // Body text carries no bold setting at all, so a club's own style decides.
    children: text.split(/\r?\n/).map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: header || undefined })] })),
  });
}

/** A table whose header row repeats on every page; widths in percent. */
export function table(header: readonly string[], rows: readonly (readonly string[])[], widths?: readonly number[]): Table {
  const w = widths ?? header.map(() => Math.floor(100 / header.length));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
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
function pictureSize(svg: string, maxWidth: number): { width: number; height: number; pngWidth: number } {
  const { width, height } = svgSize(svg) ?? { width: maxWidth, height: maxWidth * 0.6 };
  const scale = Math.min(1, maxWidth / width, 820 / height);
  // Word 2016 and later show the SVG; the PNG for older programs is drawn at twice
  // the size it is shown at: sharp in print, yet small (a long process is not 50,000 px wide).
  return { width: Math.round(width * scale), height: Math.round(height * scale), pngWidth: width * scale * FALLBACK_SCALE };
}

/**
 * Scales an SVG to fit the given width (and a page's height) and draws its PNG
 * off the main thread, from `overview` when none of the SVG's words could be read.
 */
export async function drawPicture(svg: string, maxWidth: number, overview?: string): Promise<DrawnPicture> {
  const { width, height, pngWidth } = pictureSize(svg, maxWidth);
  return { svg, png: (await svgToPngWidth(svg, pngWidth, overview)).bytes, width, height };
}

/** The same picture, drawn on the calling thread (the picture worker's). */
export function drawPictureSync(svg: string, maxWidth: number, overview?: string): DrawnPicture {
  const { width, height, pngWidth } = pictureSize(svg, maxWidth);
  return { svg, png: svgToPngWidthSync(svg, pngWidth, overview).bytes, width, height };
}

/** A centred picture: SVG with its PNG fallback and alt text. */
export function pictureParagraph(picture: DrawnPicture, alt: { title: string; description: string }, id: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 200 },
    children: [
      new ImageRun({
        type: 'svg',
        data: new TextEncoder().encode(picture.svg),
        fallback: { type: 'png', data: picture.png },
        transformation: { width: picture.width, height: picture.height },
        altText: { name: id, title: alt.title, description: alt.description },
      }),
    ],
  });
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
