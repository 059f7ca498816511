import type { ProcessDiagram } from '../../contract';
import { type ProcessDrawing, processPageDrawing } from '../drawing/diagrams';
import type { ProcessPage } from '../exports/process-svg';
import { type DrawnPicture, drawPicture, drawPictureSync } from './docx-blocks';

// What the picture worker is handed: data only (an SVG, or a process and
// the page of it to draw). It never reads the database; the report reads
// and hands the data over, so the worker loads no more than the drawing.

/** A report picture to draw: an SVG made already, or one page of a process (whose SVG is the larger part of the work). */
export type PictureJob =
  | { kind: 'svg'; svg: string; maxWidth: number }
  | { kind: 'process'; diagram: ProcessDiagram; drawing: ProcessDrawing; page: ProcessPage; maxWidth: number; fallbackScale: number };

/** Draws report pictures: in a worker thread in the app, on the main thread's pool where there is none. */
export interface PictureDrawer {
  draw(job: PictureJob): Promise<DrawnPicture>;
  close(): void;
}

const svgOf = (job: PictureJob): string => (job.kind === 'svg' ? job.svg : processPageDrawing(job.diagram, job.drawing, job.page));

export function drawJob(job: PictureJob): Promise<DrawnPicture> {
  return drawPicture(svgOf(job), job.maxWidth, undefined, job.kind === 'process' ? job.fallbackScale : undefined);
}

export function drawJobSync(job: PictureJob): DrawnPicture {
  return drawPictureSync(svgOf(job), job.maxWidth, undefined, job.kind === 'process' ? job.fallbackScale : undefined);
}

/** Without a worker: the drawing still happens off the main thread, in libuv's pool. */
export const inThreadDrawer: PictureDrawer = { draw: drawJob, close: () => undefined };
