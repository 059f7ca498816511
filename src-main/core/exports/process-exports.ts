import type { ExportedFile, ExportParsedInput, ProcessDiagram, WorkshopDetail } from '../../contract';
import { numberSteps } from '../../shared/process-geometry';
import { processLabels } from '../../shared/process-labels';
import type { CoreContext } from '../context';
import { CoreError } from '../errors';
import { getDiagram } from '../process/diagrams';
import { getWorkshop } from '../services/workshops';
import { safeFileName } from './file-names';
import { svgToPng } from './png';
import { processSvg } from './process-svg';

type ProcessInput = ExportParsedInput<'process.png'>;

/** A diagram already read, as a self-contained SVG document with the steps numbered as in the text view. */
export function diagramImage(diagram: ProcessDiagram, workshop: Pick<WorkshopDetail, 'organisationName' | 'date'>, input: Omit<ProcessInput, 'workshopId'>): { svg: string; baseName: string } {
  const labels = processLabels(input.language);
  const baseName = [labels.variants[input.variant], workshop.organisationName, workshop.date ?? ''].filter(Boolean).join(' – ');
  const svg = processSvg(diagram, { labels, title: baseName, numbers: numberSteps(diagram.steps, diagram.lanes) });
  return { svg, baseName };
}

export function processImage(ctx: CoreContext, input: ProcessInput): { svg: string; baseName: string } {
  const diagram = getDiagram(ctx, input.workshopId, input.variant);
  if (!diagram) throw new CoreError('validation', 'errors.process.empty');
  return diagramImage(diagram, getWorkshop(ctx, input.workshopId), input);
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
