import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { StakeholderMap } from '../../../src-main/contract';
import { type Scores, quadrantOf } from '../../../src-main/shared/stakeholder-geometry';
import type { MapSelection } from './MapCanvas';
import { formatScore } from './map-nodes';

/** What the tray "Noch nicht eingeordnet" does to the editor: open a pick's details, announce a placement. */
export function useTrayPlacement(
  map: StakeholderMap | undefined,
  select: (selection: MapSelection) => void,
  panel: RefObject<HTMLElement | null>,
  announce: (text: string) => void,
) {
  const { t, i18n } = useTranslation();

  // Picked by click or keyboard: the details open at the influence field, so the values can be typed at once.
  const pickFromTray = (id: string): void => {
    select({ stakeholders: [id], relation: null });
    requestAnimationFrame(() => panel.current?.querySelector<HTMLElement>('.score-input')?.focus());
  };

  const placed = (id: string, scores: Scores): void => {
    announce(
      t('stakeholders.moved', {
        name: map?.stakeholders.find((s) => s.id === id)?.name ?? '',
        influence: formatScore(scores.influence, i18n.language),
        interest: formatScore(scores.interest, i18n.language),
        quadrant: t(`domain.quadrants.${quadrantOf(scores)}`),
      }),
    );
  };

  return { pickFromTray, placed };
}
