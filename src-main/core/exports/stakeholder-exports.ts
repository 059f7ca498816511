import type { ExportedFile, ExportParsedInput, Stakeholder, StakeholderMap, WorkshopDetail } from '../../contract';
import { deDocuments } from '../../shared/i18n/de-documents';
import { enDocuments } from '../../shared/i18n/en-documents';
import { domainLabels } from '../../shared/labels';
import { placedQuadrant } from '../../shared/stakeholder-geometry';
import type { CoreContext } from '../context';
import { getStakeholderMap } from '../services/stakeholders';
import { getWorkshop } from '../services/workshops';
import { toCsv } from './csv';
import { safeFileName } from './file-names';
import { svgToPng } from './png';
import { mapDrawing } from '../drawing/diagrams';
import type { MapView } from './stakeholder-svg';

// The words live in the one catalogue (shared/i18n).
const TEXT = { de: deDocuments.stakeholderFiles, en: enDocuments.stakeholderFiles };

type Dated = Pick<WorkshopDetail, 'organisationName' | 'date'>;

const mapTitle = (workshop: Dated, language: 'de' | 'en'): string => [TEXT[language].file, workshop.organisationName, workshop.date ?? ''].filter(Boolean).join(' – ');

const baseName = (ctx: CoreContext, workshopId: string, language: 'de' | 'en'): string => mapTitle(getWorkshop(ctx, workshopId), language);

/** A map already read, as a self-contained SVG document. */
export function mapImage(map: StakeholderMap, workshop: Dated, view: MapView, language: 'de' | 'en'): string {
  return mapDrawing(map, workshop, view, language);
}

export function stakeholderMapImage(ctx: CoreContext, workshopId: string, view: MapView, language: 'de' | 'en'): string {
  return mapImage(getStakeholderMap(ctx, workshopId), getWorkshop(ctx, workshopId), view, language);
}

export async function stakeholderPng(ctx: CoreContext, input: ExportParsedInput<'stakeholders.png'>): Promise<ExportedFile> {
  const svg = stakeholderMapImage(ctx, input.workshopId, input.view, input.language);
  return {
    fileName: safeFileName(baseName(ctx, input.workshopId, input.language), 'png'),
    mimeType: 'image/png',
    bytes: (await svgToPng(svg, 2)).bytes,
  };
}

export function stakeholderCsv(ctx: CoreContext, input: ExportParsedInput<'stakeholders.csv'>): ExportedFile {
  const labels = domainLabels(input.language);
  const map = getStakeholderMap(ctx, input.workshopId);
  const quadrant = (s: Stakeholder): string => {
    const q = placedQuadrant(s);
    return q ? labels.quadrants[q] : '';
  };
  // Not yet placed: empty cells, not made-up values.
  const rows = map.stakeholders.map((s) => [
    s.name,
    labels.categories[s.category],
    s.influence,
    s.interest,
    quadrant(s),
    labels.attitudes[s.attitude],
    labels.attitudes[s.targetAttitude],
    labels.closeness[s.closeness],
    s.notes,
  ]);
  return {
    fileName: safeFileName(baseName(ctx, input.workshopId, input.language), 'csv'),
    mimeType: 'text/csv; charset=utf-8',
    bytes: toCsv(TEXT[input.language].header, rows, { language: input.language }),
  };
}
