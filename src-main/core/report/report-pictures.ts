import { SELF_CHECK_DIMENSIONS } from '../../contract';
import { liveLabelsDe, liveLabelsEn } from '../../shared/live-labels';
import { radarSvg } from '../../shared/radar';
import { diagramImage } from '../exports/process-exports';
import { processOverviewSvg } from '../exports/process-svg';
import { mapImage } from '../exports/stakeholder-exports';
import { type DrawnPicture, drawPicture } from './docx-blocks';
import type { PictureData } from './report-data';

// Every picture of a report is started as soon as its data is read, before
// any text is built: the PNGs for older Word are then drawn off the main
// thread while the rest is read and the chapters are made.

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

function start(svg: () => string, overview?: () => string): Promise<DrawnPicture> {
  const pending = drawPicture(svg(), IMAGE_WIDTH, overview?.());
  // Marked as handled here; the chapter that shows it still gets the error.
  pending.catch(() => undefined);
  return pending;
}

export function startPictures(d: PictureData): Pictures {
  const kinds = new Set(d.workshop.phases.map((p) => p.kind));
  const when = (wanted: boolean, svg: () => string, overview?: () => string): Pending => (wanted ? start(svg, overview) : null);
  const { ist, soll } = d;
  return {
    radar: when(kinds.has('selfcheck') && d.selfCheck.entries.some((e) => e.value !== null || e.note), () => radar(d)),
    stakeholders: when(kinds.has('stakeholders') && d.stakeholders.stakeholders.length > 0, () => mapImage(d.stakeholders, d.workshop, 'grid', d.language)),
    ist: when(kinds.has('process_current') && !!ist && ist.steps.length > 0, () => diagramImage(ist!, d.workshop, { variant: 'ist', language: d.language }).svg, () => processOverviewSvg(ist!)),
    soll: when(kinds.has('process_target') && !!soll && soll.steps.length > 0, () => diagramImage(soll!, d.workshop, { variant: 'soll', language: d.language }).svg, () => processOverviewSvg(soll!)),
  };
}
