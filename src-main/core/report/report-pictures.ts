import { type ProcessDiagram, SELF_CHECK_DIMENSIONS } from '../../contract';
import { liveLabelsDe, liveLabelsEn } from '../../shared/live-labels';
import { radarSvg } from '../../shared/radar';
import { mapImage } from '../exports/stakeholder-exports';
import type { DrawnPicture } from './docx-blocks';
import type { PictureDrawer, PictureJob } from './picture-jobs';
import type { PictureData } from './report-data';

// Every picture of a report is started as soon as its data is read, before
// any text is built: it is drawn off the main thread (in the picture worker,
// or libuv's pool) while the rest is read and the chapters are made.

/** Width of a picture on a portrait page, in pixels. */
const IMAGE_WIDTH = 600;

type Pending = Promise<DrawnPicture> | null;

/** The pictures the chapters show; null where there is nothing to draw. */
export interface Pictures {
  radar: Pending;
  stakeholders: Pending;
  ist: Pending;
  soll: Pending;
}

export const selfCheckNames = (d: PictureData): Record<(typeof SELF_CHECK_DIMENSIONS)[number], string> =>
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
  );
}

function start(drawer: PictureDrawer, job: PictureJob): Promise<DrawnPicture> {
  const pending = drawer.draw(job);
  // Marked as handled here; the chapter that shows it still gets the error.
  pending.catch(() => undefined);
  return pending;
}

export function startPictures(d: PictureData, drawer: PictureDrawer): Pictures {
  const kinds = new Set(d.workshop.phases.map((p) => p.kind));
  const svg = (wanted: boolean, make: () => string): Pending => (wanted ? start(drawer, { kind: 'svg', svg: make(), maxWidth: IMAGE_WIDTH }) : null);
  const workshop = { organisationName: d.workshop.organisationName, date: d.workshop.date };
  const diagramJob = (wanted: boolean, diagram: ProcessDiagram | null, variant: 'ist' | 'soll'): Pending =>
    wanted && diagram && diagram.steps.length > 0 ? start(drawer, { kind: 'process', diagram, workshop, variant, language: d.language, maxWidth: IMAGE_WIDTH }) : null;
  return {
    radar: svg(kinds.has('selfcheck') && d.selfCheck.entries.some((e) => e.value !== null || e.note), () => radar(d)),
    stakeholders: svg(kinds.has('stakeholders') && d.stakeholders.stakeholders.length > 0, () => mapImage(d.stakeholders, d.workshop, 'grid', d.language)),
    ist: diagramJob(kinds.has('process_current'), d.ist, 'ist'),
    soll: diagramJob(kinds.has('process_target'), d.soll, 'soll'),
  };
}
