import { Resvg, renderAsync } from '@resvg/resvg-js';

/** Renders an SVG document to PNG at the given scale (2 = twice the SVG's size, sharp on projectors and in print). */
export function svgToPng(svg: string, scale = 2): { bytes: Uint8Array; width: number; height: number } {
  const rendered = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
    background: '#ffffff',
  }).render();
  return { bytes: new Uint8Array(rendered.asPng()), width: rendered.width, height: rendered.height };
}

/**
 * Renders an SVG document to a PNG of the given width in pixels, off the main
 * thread: pictures of a report are drawn side by side.
 */
export async function svgToPngWidth(svg: string, width: number): Promise<{ bytes: Uint8Array; width: number; height: number }> {
  const rendered = await renderAsync(svg, {
    fitTo: { mode: 'width', value: Math.max(1, Math.round(width)) },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
    background: '#ffffff',
  });
  return { bytes: new Uint8Array(rendered.asPng()), width: rendered.width, height: rendered.height };
}
