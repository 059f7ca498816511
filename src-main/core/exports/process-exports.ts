import type { ExportedFile, ExportParsedInput } from '../../contract';
import type { CoreContext } from '../context';
import { processDrawing, processTitle } from '../drawing/diagrams';
import { CoreError } from '../errors';
import { getDiagram } from '../process/diagrams';
import { getWorkshop } from '../services/workshops';
import { safeFileName } from './file-names';
import { svgToPng } from './png';

type ProcessInput = ExportParsedInput<'process.png'>;

/** Reads a process and hands it to the drawing: a self-contained SVG document, the steps numbered as in the text view. */
export function processImage(ctx: CoreContext, input: ProcessInput): { svg: string; baseName: string } {
  const diagram = getDiagram(ctx, input.workshopId, input.variant);
  if (!diagram) throw new CoreError('validation', 'errors.process.empty');
  const baseName = processTitle(getWorkshop(ctx, input.workshopId), input.variant, input.language);
  return { svg: processDrawing(diagram, { variant: input.variant, language: input.language, title: baseName }), baseName };
}

export async function processPng(ctx: CoreContext, input: ProcessInput): Promise<ExportedFile> {
  const { svg, baseName } = processImage(ctx, input);
  return { fileName: safeFileName(baseName, 'png'), mimeType: 'image/png', bytes: (await svgToPng(svg, 2)).bytes };
}

export function processSvgFile(ctx: CoreContext, input: ProcessInput): ExportedFile {
  const { svg, baseName } = processImage(ctx, input);
  return {
    fileName: safeFileName(baseName, 'svg'),
    mimeType: 'image/svg+xml',
    bytes: new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`),
  };
}
