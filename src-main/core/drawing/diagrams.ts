import type { ProcessDiagram, ProcessVariant, StakeholderMap, WorkshopDetail } from '../../contract';
import { deDocuments } from '../../shared/i18n/de-documents';
import { enDocuments } from '../../shared/i18n/en-documents';
import { domainLabels } from '../../shared/labels';
import { numberSteps } from '../../shared/process-geometry';
import { processLabels } from '../../shared/process-labels';
import { type ProcessPage, processPageSvg, processSvg } from '../exports/process-svg';
import { type MapView, stakeholderMapSvg } from '../exports/stakeholder-svg';

// Diagrams drawn from data alone: the exports, the projector and the report
// read what they show and hand it over. Nothing here reads the database or
// knows the core's context, so the picture worker loads only this (and the
// lint rules in eslint.config.mjs keep it so).

type Language = 'de' | 'en';
export type Dated = Pick<WorkshopDetail, 'organisationName' | 'date'>;

const MAP_TEXT = { de: deDocuments.stakeholderFiles, en: enDocuments.stakeholderFiles };

/** "Stakeholder-Map – TSV Musterstadt – 2026-03-14": the picture's title and its file's name. */
export const mapTitle = (workshop: Dated, language: Language): string => [MAP_TEXT[language].file, workshop.organisationName, workshop.date ?? ''].filter(Boolean).join(' – ');

export const processTitle = (workshop: Dated, variant: ProcessVariant, language: Language): string =>
  [processLabels(language).variants[variant], workshop.organisationName, workshop.date ?? ''].filter(Boolean).join(' – ');

/** The stakeholder map as a self-contained SVG document; `print` draws it for a page (larger type). */
export function mapDrawing(map: StakeholderMap, workshop: Dated, view: MapView, language: Language, print = false): string {
  return stakeholderMapSvg(map, {
    view,
    labels: domainLabels(language),
    axisLabels: { interest: MAP_TEXT[language].interest, influence: MAP_TEXT[language].influence, unplaced: MAP_TEXT[language].unplaced },
    title: mapTitle(workshop, language),
    print,
  });
}

/** Markers numbered in the order of their steps (then as they were set): the diagram shows the number, the report the text. */
export function numberMarkers(diagram: ProcessDiagram, stepNumbers = numberSteps(diagram)): Map<string, number> {
  const ordered = [...diagram.markers].sort((a, b) => (stepNumbers.get(a.stepId) ?? 0) - (stepNumbers.get(b.stepId) ?? 0) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  return new Map(ordered.map((m, i) => [m.id, i + 1]));
}

export interface ProcessDrawing {
  variant: ProcessVariant;
  language: Language;
  title: string;
}

/** A whole process as a self-contained SVG document, the steps numbered as in the text view. */
export function processDrawing(diagram: ProcessDiagram, drawing: ProcessDrawing): string {
  return processSvg(diagram, { labels: processLabels(drawing.language), title: drawing.title, numbers: numberSteps(diagram) });
}

/** One printed page of a process: larger type, markers by number. */
export function processPageDrawing(diagram: ProcessDiagram, drawing: ProcessDrawing, page: ProcessPage): string {
  const numbers = numberSteps(diagram);
  return processPageSvg(diagram, { labels: processLabels(drawing.language), title: drawing.title, numbers, print: true, markerNumbers: numberMarkers(diagram, numbers) }, page);
}
