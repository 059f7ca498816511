import { type ProcessDiagram, SELF_CHECK_DIMENSIONS } from '../../contract';
import { liveLabelsDe, liveLabelsEn } from '../../shared/live-labels';
import { radarSvg } from '../../shared/radar';
import { mapDrawing, processTitle } from '../drawing/diagrams';
import { planProcessPages, stepsOnPage } from '../drawing/process-pages';
import { PRINT_MIN_FONT, type ProcessPage, pageSize } from '../exports/process-svg';
import { numberSteps } from '../../shared/process-geometry';
import { type DrawnPicture, FALLBACK_SCALE } from './docx-blocks';
import type { PictureDrawer, PictureJob } from './picture-jobs';
import type { PictureData } from './report-data';

// Every picture of a report is started as soon as its data is read, before
// any text is built: it is drawn off the main thread (in the picture worker,
// or libuv's pool) while the rest is read and the chapters are made.

/** Width of a picture on a portrait page, in pixels (96 to the inch: the text width of A4 with 2.54 cm margins). */
const IMAGE_WIDTH = 600;
/** Room for a process picture on a page, in pixels: portrait, and landscape with the margins of LANDSCAPE_MARGIN. */
const PORTRAIT_BOX = { width: 600, height: 820 };
const LANDSCAPE_BOX = { width: 975, height: 540 };
/** Pixels per SVG unit of a printed process: its smallest type (16 units) comes out at 8.1 pt. */
export const PROCESS_SCALE = 8.1 / PRINT_MIN_FONT / 0.75;

type Pending = Promise<DrawnPicture> | null;

/** A process cut into pages at one legible scale; landscape unless it fits one portrait page. */
export interface ProcessPictures {
  landscape: boolean;
  pages: { page: ProcessPage; steps: { first: number; last: number } | null; pending: Promise<DrawnPicture> }[];
}

/** The pictures the chapters show; null where there is nothing to draw. */
export interface Pictures {
  radar: Pending;
  stakeholders: Pending;
  ist: ProcessPictures | null;
  soll: ProcessPictures | null;
}

export const selfCheckNames = (d: { language: 'de' | 'en' }): Record<(typeof SELF_CHECK_DIMENSIONS)[number], string> =>
  (d.language === 'en' ? liveLabelsEn : liveLabelsDe).dimensions;

function radar(d: PictureData): string {
  const { t, selfCheck } = d;
  const names = selfCheckNames(d);
  const series = [{ name: d.workshop.title, values: selfCheck.entries.map((e) => e.value) }];
  if (selfCheck.earlier) series.push({ name: `${t.earlier}: ${selfCheck.earlier.title}`, values: SELF_CHECK_DIMENSIONS.map((dim) => selfCheck.earlier!.values[dim]) });
  return radarSvg(
    SELF_CHECK_DIMENSIONS.map((dim) => names[dim]),
    series,
    t.radarAlt,
    { name: t.olderSessions, values: selfCheck.history.slice(0, -1).map((s) => SELF_CHECK_DIMENSIONS.map((dim) => s.values[dim])) },
  );
}

function start(drawer: PictureDrawer, job: PictureJob): Promise<DrawnPicture> {
  const pending = drawer.draw(job);
  // Marked as handled here; the chapter that shows it still gets the error.
  pending.catch(() => undefined);
  return pending;
}

/**
 * A process of more pages than this gets its PNG (which LibreOffice and older
 * Word show instead of the SVG) at the size shown rather than twice that:
 * still legible, and a 100-step process is not 25 large rasters.
 */
const SHARP_PAGES = 6;

function processPictures(d: PictureData, drawer: PictureDrawer, diagram: ProcessDiagram, variant: 'ist' | 'soll'): ProcessPictures {
  const portrait = planProcessPages(diagram, PROCESS_SCALE, PORTRAIT_BOX.width, PORTRAIT_BOX.height);
  const landscape = portrait.length > 1;
  const pages = landscape ? planProcessPages(diagram, PROCESS_SCALE, LANDSCAPE_BOX.width, LANDSCAPE_BOX.height) : portrait;
  const drawing = { variant, language: d.language, title: processTitle(d.workshop, variant, d.language) };
  const numbers = numberSteps(diagram);
  return {
    landscape,
    pages: pages.map((page) => ({
      page,
      steps: stepsOnPage(diagram, numbers, page),
      // Its own width at PROCESS_SCALE: every page at the same scale, the last one narrower.
      pending: start(drawer, { kind: 'process', diagram, drawing, page, maxWidth: pageSize(page).width * PROCESS_SCALE, fallbackScale: pages.length > SHARP_PAGES ? 1 : FALLBACK_SCALE }),
    })),
  };
}

export function startPictures(d: PictureData, drawer: PictureDrawer): Pictures {
  const kinds = new Set(d.workshop.phases.map((p) => p.kind));
  const svg = (wanted: boolean, make: () => string): Pending => (wanted ? start(drawer, { kind: 'svg', svg: make(), maxWidth: IMAGE_WIDTH }) : null);
  const diagramJob = (wanted: boolean, diagram: ProcessDiagram | null, variant: 'ist' | 'soll'): ProcessPictures | null =>
    wanted && diagram && diagram.steps.length > 0 ? processPictures(d, drawer, diagram, variant) : null;
  return {
    radar: svg(kinds.has('selfcheck') && d.selfCheck.entries.some((e) => e.value !== null || e.note), () => radar(d)),
    stakeholders: svg(kinds.has('stakeholders') && d.stakeholders.stakeholders.length > 0, () => mapDrawing(d.stakeholders, d.workshop, 'grid', d.language, true)),
    ist: diagramJob(kinds.has('process_current'), d.ist, 'ist'),
    soll: diagramJob(kinds.has('process_target'), d.soll, 'soll'),
  };
}
