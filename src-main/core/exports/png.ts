import { existsSync } from 'node:fs';
import { Resvg, renderAsync } from '@resvg/resvg-js';
import { encodePng, encodePngSync } from './png-encode';

/** Longest side of a PNG we write: larger files freeze image viewers and cost hundreds of MB while drawn. */
export const MAX_PNG_SIDE = 16_000;

/** The width and height an SVG document gives itself; null when it gives none. */
export function svgSize(svg: string): { width: number; height: number } | null {
  const size = /<svg\b[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(svg);
  const width = Number(size?.[1]);
  const height = Number(size?.[2]);
  return width > 0 && height > 0 ? { width, height } : null;
}

/**
 * Renders an SVG document to PNG at the given scale (2 = twice the SVG's
 * size, sharp on projectors and in print), smaller where that would exceed
 * MAX_PNG_SIDE (a process of 100 steps is 26,000 units wide). Shrunk that
 * far, words under MIN_LEGIBLE_PX are left out like in the report.
 */
export async function svgToPng(svg: string, scale = 2): Promise<{ bytes: Uint8Array; width: number; height: number }> {
  const size = svgSize(svg);
  // Our own drawings always say their size; anything else is a bug, not input.
  if (!size) throw new Error('svgToPng: the SVG has no width and height');
  // Rounded down, so the longer side never ends one pixel over the limit.
  return svgToPngWidth(svg, Math.floor(size.width * Math.min(scale, MAX_PNG_SIDE / size.width, MAX_PNG_SIDE / size.height)));
}

/** Letters smaller than this many pixels cannot be read, only seen as a grey smear. */
export const MIN_LEGIBLE_PX = 4;

const TEXT_ELEMENT = /<text\b([^>]*?)(?:\/>|>[\s\S]*?<\/text>)/g;
const FONT_SIZE = /\sfont-size="([\d.]+)"/;

/**
 * Leaves out the text elements that would come out smaller than `minPx` when
 * the SVG is drawn at `scale`. Shaping text is most of resvg's drawing time,
 * and for a long process shrunk to a page width its labels are far below one
 * readable pixel. Text without its own font size stays.
 */
export function withoutIllegibleText(svg: string, scale: number, minPx = MIN_LEGIBLE_PX): string {
  return svg.replace(TEXT_ELEMENT, (element: string, attributes: string) => {
    const size = FONT_SIZE.exec(attributes);
    return size && Number(size[1]) * scale < minPx ? '' : element;
  });
}

type FontOptions = { loadSystemFonts: boolean; defaultFontFamily: string; fontFiles?: string[] };
type RasterPlan = { svg: string; width: number; options: { fitTo: { mode: 'width'; value: number }; font: FontOptions; background: string } };

/** Where Debian, Ubuntu and Fedora keep DejaVu Sans, the first font our drawings ask for. */
const DEJAVU_DIRS = ['/usr/share/fonts/truetype/dejavu', '/usr/share/fonts/dejavu-sans-fonts', '/usr/share/fonts/TTF'];
let dejaVu: string[] | null | undefined;

/**
 * DejaVu Sans (regular and bold, which also has the markers' symbols) where
 * it is installed: resvg then reads two files instead of scanning every
 * system font for each picture (~10 ms a picture, 50 pictures in a long
 * report). Elsewhere the system's fonts are read as before.
 */
function dejaVuFiles(): string[] | null {
  if (dejaVu === undefined) {
    const dir = DEJAVU_DIRS.find((d) => existsSync(`${d}/DejaVuSans.ttf`) && existsSync(`${d}/DejaVuSans-Bold.ttf`));
    dejaVu = dir ? [`${dir}/DejaVuSans.ttf`, `${dir}/DejaVuSans-Bold.ttf`] : null;
  }
  return dejaVu;
}

/** Letters DejaVu Sans lacks (CJK, emoji and the like): for these the system's fonts are read. */
const BEYOND_DEJAVU = /[\u{3000}-\u{10FFFF}]/u;

function fontOptions(svg: string): FontOptions {
  // Reading the system's fonts takes longer than drawing a picture without words.
  if (!svg.includes('<text')) return { loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' };
  const files = BEYOND_DEJAVU.test(svg) ? null : dejaVuFiles();
  return files ? { loadSystemFonts: false, fontFiles: files, defaultFontFamily: 'DejaVu Sans' } : { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' };
}

/** What to draw at a width: legible text only, or the overview when none is left. */
function rasterPlan(svg: string, width: number, overview?: string): RasterPlan {
  const target = Math.max(1, Math.round(width));
  const size = svgSize(svg);
  const legible = size ? withoutIllegibleText(svg, target / size.width) : svg;
  const drawn = overview !== undefined && !legible.includes('<text') ? overview : legible;
  return {
    svg: drawn,
    width: target,
    options: {
      fitTo: { mode: 'width', value: target },
      font: fontOptions(drawn),
      background: '#ffffff',
    },
  };
}

/**
 * Renders an SVG document to a PNG of the given width in pixels, off the main
 * thread: pictures of a report are drawn side by side. Text too small to read
 * at that width is left out; when none is left and a simpler picture of the
 * same size is given (`overview`), that one is drawn instead.
 */
export async function svgToPngWidth(svg: string, width: number, overview?: string): Promise<{ bytes: Uint8Array; width: number; height: number }> {
  const plan = rasterPlan(svg, width, overview);
  const rendered = await renderAsync(plan.svg, plan.options);
  // The white background makes every pixel opaque, so resvg's premultiplied pixels are plain RGBA.
  return { bytes: await encodePng(rendered.pixels, rendered.width, rendered.height), width: rendered.width, height: rendered.height };
}

/** The same PNG drawn on the calling thread: for the picture worker. */
export function svgToPngWidthSync(svg: string, width: number, overview?: string): { bytes: Uint8Array; width: number; height: number } {
  const plan = rasterPlan(svg, width, overview);
  const rendered = new Resvg(plan.svg, plan.options).render();
  return { bytes: encodePngSync(rendered.pixels, rendered.width, rendered.height), width: rendered.width, height: rendered.height };
}
