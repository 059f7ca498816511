// Small helpers for drawing SVG from data in the core (no DOM here).

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export { fitText, textWidth, wrapText } from '../../shared/text-fit';

// eslint-disable-next-line vw/no-document-literal -- font names, not words for the user
export const FONT_FAMILY = "'DejaVu Sans', 'Noto Sans', 'Segoe UI', Arial, Helvetica, sans-serif";
