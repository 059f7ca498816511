import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CLOSENESS_LEVELS, type PlacedStakeholder, type StakeholderMap, isPlaced } from '../../../src-main/contract';
import { quadrantOf, roundScore } from '../../../src-main/shared/stakeholder-geometry';
import { formatScore, type MapView } from './map-nodes';
import type { StakeholderActions } from './useStakeholderMap';

interface KeyboardOptions {
  map: StakeholderMap;
  view: MapView;
  actions: StakeholderActions;
  selectedIds: readonly string[];
  select: (ids: string[]) => void;
  openPanel: () => void;
  announce: (text: string) => void;
  run: (work: Promise<unknown>) => void;
}

const ARROWS: Record<string, { influence: number; interest: number; ring: number }> = {
  ArrowUp: { influence: 1, interest: 0, ring: -1 },
  ArrowDown: { influence: -1, interest: 0, ring: 1 },
  ArrowRight: { influence: 0, interest: 1, ring: 1 },
  ArrowLeft: { influence: 0, interest: -1, ring: -1 },
};

/** The id of the stakeholder box that has focus, if any. */
function focusedNodeId(event: KeyboardEvent): string | undefined {
  return (event.target as HTMLElement).closest<HTMLElement>('.react-flow__node')?.dataset.id;
}

/**
 * Keyboard control of the map, so that nothing needs a mouse: Tab moves
 * between stakeholders, the arrows change their values (or ring), Enter
 * selects and then opens the details, Space adds to the selection.
 */
export function useMapKeyboard(o: KeyboardOptions): (event: KeyboardEvent) => void {
  const { t, i18n } = useTranslation();

  const moveOnGrid = (ids: string[], arrow: { influence: number; interest: number }, big: boolean): void => {
    const step = big ? 0.5 : 0.1;
    // Only those on the grid move; someone not yet placed gets values from the tray or the details.
    const moves = o.map.stakeholders
      .filter((s): s is PlacedStakeholder => ids.includes(s.id) && isPlaced(s))
      .map((s) => ({
        id: s.id,
        influence: roundScore(s.influence + arrow.influence * step),
        interest: roundScore(s.interest + arrow.interest * step),
      }));
    const first = moves[0];
    const name = o.map.stakeholders.find((s) => s.id === first?.id)?.name ?? '';
    if (!first) return;
    o.run(o.actions.move(moves));
    o.announce(
      t('stakeholders.moved', {
        name,
        influence: formatScore(first.influence, i18n.language),
        interest: formatScore(first.interest, i18n.language),
        quadrant: t(`domain.quadrants.${quadrantOf(first)}`),
      }),
    );
  };

  const moveRing = (id: string, direction: number): void => {
    const s = o.map.stakeholders.find((x) => x.id === id);
    if (!s) return;
    const index = Math.min(CLOSENESS_LEVELS.length - 1, Math.max(0, CLOSENESS_LEVELS.indexOf(s.closeness) + direction));
    const closeness = CLOSENESS_LEVELS[index]!;
    if (closeness === s.closeness) return;
    o.run(o.actions.update(id, { closeness }));
    o.announce(t('stakeholders.movedRing', { name: s.name, closeness: t(`domain.closeness.${closeness}`) }));
  };

  return (event) => {
    if (event.ctrlKey && event.key.toLowerCase() === 'a') {
      event.preventDefault();
      o.select(o.map.stakeholders.map((s) => s.id));
      return;
    }
    const id = focusedNodeId(event);
    if (!id) return;
    const targets = o.selectedIds.includes(id) ? [...o.selectedIds] : [id];
    const arrow = ARROWS[event.key];
    if (arrow) {
      event.preventDefault();
      if (o.view === 'grid') moveOnGrid(targets, arrow, event.shiftKey);
      else moveRing(id, arrow.ring);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (o.selectedIds.includes(id)) o.openPanel();
      else o.select([id]);
    } else if (event.key === ' ') {
      event.preventDefault();
      o.select(o.selectedIds.includes(id) ? o.selectedIds.filter((x) => x !== id) : [...o.selectedIds, id]);
    } else if (event.key === 'Escape') {
      o.select([]);
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      // The focused box disappears: keep the focus on the map, not lost on the page.
      (event.currentTarget as HTMLElement).focus();
      o.run(o.actions.remove(targets));
    }
  };
}
