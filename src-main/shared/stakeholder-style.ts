import type { Attitude, RelationType } from '../contract/stakeholders';
import type { Quadrant } from './stakeholder-geometry';

// Colours of the map, shared by the canvas and the exported image. Never the
// only carrier of meaning: every attitude also has a symbol and a word.

export const ATTITUDE_COLORS: Record<Attitude, string> = {
  supportive: '#1f7a3a',
  neutral: '#5b6470',
  critical: '#b3261e',
};

export const QUADRANT_FILLS: Record<Quadrant, string> = {
  manageClosely: '#fbe3d6',
  keepSatisfied: '#fdf1c7',
  keepInformed: '#dcebf7',
  monitor: '#eceef0',
};

export const RELATION_STYLES: Record<RelationType, { color: string; dash: string | null; arrow: boolean }> = {
  collaborates: { color: '#4a5563', dash: null, arrow: false },
  influences: { color: '#1c5a86', dash: null, arrow: true },
  conflict: { color: '#b3261e', dash: '10 7', arrow: false },
};

/** Onion rings from the centre outwards. */
export const RING_FILLS = ['#fbe3d6', '#fdf1c7', '#dcebf7', '#eceef0'] as const;
