import type { ProcessDiagram, WorkshopDetail } from '../../contract';
import { diagramImage } from '../exports/process-exports';
import { processOverviewSvg } from '../exports/process-svg';
import { type DrawnPicture, drawPicture, drawPictureSync } from './docx-blocks';

/** A report picture to draw: an SVG made already, or a process (whose SVG is the larger part of the work). */
export type PictureJob =
  | { kind: 'svg'; svg: string; maxWidth: number }
  | {
      kind: 'process';
      diagram: ProcessDiagram;
      workshop: Pick<WorkshopDetail, 'organisationName' | 'date'>;
      variant: 'ist' | 'soll';
      language: 'de' | 'en';
      maxWidth: number;
    };

/** Draws report pictures: in a worker thread in the app, on the main thread's pool where there is none. */
export interface PictureDrawer {
  draw(job: PictureJob): Promise<DrawnPicture>;
  close(): void;
}

function sources(job: PictureJob): { svg: string; overview?: string } {
  if (job.kind === 'svg') return { svg: job.svg };
  const svg = diagramImage(job.diagram, job.workshop, { variant: job.variant, language: job.language }).svg;
  return { svg, overview: processOverviewSvg(job.diagram) };
}

export function drawJob(job: PictureJob): Promise<DrawnPicture> {
  const { svg, overview } = sources(job);
  return drawPicture(svg, job.maxWidth, overview);
}

export function drawJobSync(job: PictureJob): DrawnPicture {
  const { svg, overview } = sources(job);
  return drawPictureSync(svg, job.maxWidth, overview);
}

/** Without a worker: the drawing still happens off the main thread, in libuv's pool. */
export const inThreadDrawer: PictureDrawer = { draw: drawJob, close: () => undefined };
