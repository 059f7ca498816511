import type { CardColor, SelfCheckDimension } from '../contract/live';

// Names of the self-check's fields and of the card colours, in German and
// English. Shared by the UI catalogue and the report, so both say the same.

export interface LiveLabels {
  dimensions: Record<SelfCheckDimension, string>;
  colors: Record<CardColor, string>;
}

export const liveLabelsDe: LiveLabels = {
  dimensions: {
    communication: 'Kommunikation',
    collaboration: 'Zusammenarbeit',
    members: 'Mitglieder & Ehrenamt',
    knowledge: 'Wissen & Dokumentation',
    privacy: 'Datenschutz & Sicherheit',
    publicity: 'Öffentlichkeitsarbeit',
    finances: 'Finanzen & Fördermittel',
    tools: 'Werkzeuge & Technik',
  },
  colors: { yellow: 'Gelb', blue: 'Blau', green: 'Grün', pink: 'Rosa', orange: 'Orange', white: 'Weiß' },
};

export const liveLabelsEn: LiveLabels = {
  dimensions: {
    communication: 'Communication',
    collaboration: 'Collaboration',
    members: 'Members & volunteers',
    knowledge: 'Knowledge & documentation',
    privacy: 'Data protection & security',
    publicity: 'Public relations',
    finances: 'Finances & funding',
    tools: 'Tools & technology',
  },
  colors: { yellow: 'Yellow', blue: 'Blue', green: 'Green', pink: 'Pink', orange: 'Orange', white: 'White' },
};

/** Card colours as printed paper cards: light enough for black text at AAA contrast. */
export const CARD_FILLS: Record<CardColor, string> = {
  yellow: '#fff3a8',
  blue: '#cfe6ff',
  green: '#d3f2d0',
  pink: '#ffd6e5',
  orange: '#ffdcb8',
  white: '#ffffff',
};
