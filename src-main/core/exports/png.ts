import { renderAsync } from '@resvg/resvg-js';
import { encodePng } from './png-encode';

/** Longest side of a PNG we write: larger files freeze image viewers and cost hundreds of MB while drawn. */
export const MAX_PNG_SIDE = 16_000;

/**
 * Renders an SVG document to PNG at the given scale (2 = twice the SVG's
 * size, sharp on projectors and in print), smaller where that would exceed
 * MAX_PNG_SIDE (a process of 100 steps is 26,000 units wide).
 */
export async function svgToPng(svg: string, scale = 2): Promise<{ bytes: Uint8Array; width: number; height: number }> {
  const size = /<svg\b[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(svg);
  const width = Number(size?.[1]);
  const height = Number(size?.[2]);
  // Our own drawings always say their size; anything else is a bug, not input.
  if (!(width > 0 && height > 0)) throw new Error('svgToPng: the SVG has no width and height');
  return svgToPngWidth(svg, width * Math.min(scale, MAX_PNG_SIDE / width, MAX_PNG_SIDE / height));
}

/** Letters smaller than this many pixels cannot be read, only seen as a grey smear. */
export const MIN_LEGIBLE_PX = 4;

const TEXT_ELEMENT = /<text\b([^>]*)>[\s\S]*?<\/text>/g;
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

/**
 * Renders an SVG document to a PNG of the given width in pixels, off the main
 * thread: pictures of a report are drawn side by side. Text too small to read
 * at that width is left out; when none is left and a simpler picture of the
 * same size is given (`overview`), that one is drawn instead.
 */
export async function svgToPngWidth(svg: string, width: number, overview?: string): Promise<{ bytes: Uint8Array; width: number; height: number }> {
  const target = Math.max(1, Math.round(width));
  const svgWidth = Number(/<svg\b[^>]*\swidth="([\d.]+)"/.exec(svg)?.[1]);
  const legible = svgWidth > 0 ? withoutIllegibleText(svg, target / svgWidth) : svg;
  const drawn = overview !== undefined && !legible.includes('<text') ? overview : legible;
  const rendered = await renderAsync(drawn, {
    fitTo: { mode: 'width', value: target },
    // Reading the system's fonts takes longer than drawing a picture without words.
    font: { loadSystemFonts: drawn.includes('<text'), defaultFontFamily: 'DejaVu Sans' },
    background: '#ffffff',
  });
  // The white background makes every pixel opaque, so resvg's premultiplied pixels are plain RGBA.
  return { bytes: await encodePng(rendered.pixels, rendered.width, rendered.height), width: rendered.width, height: rendered.height };
}
