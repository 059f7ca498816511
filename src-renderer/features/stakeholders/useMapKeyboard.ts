import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CLOSENESS_LEVELS, type Closeness, type PlacedStakeholder, type Stakeholder, type StakeholderMap, isPlaced } from '../../../src-main/contract';
import { quadrantOf, roundScore } from '../../../src-main/shared/stakeholder-geometry';
import type { Direction } from '../canvas/canvas-keys';
import { useCanvasKeyboard } from '../canvas/useCanvasKeyboard';
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

/**
 * The new values of these stakeholders after an arrow key on the grid: up
 * raises the influence, right the interest, by 0.1 (0.5 with Shift). Only
 * those on the grid move; someone not yet placed gets values from the tray
 * or the details.
 */
export function gridMoves(stakeholders: readonly Stakeholder[], ids: readonly string[], direction: Direction, big: boolean) {
  const step = big ? 0.5 : 0.1;
  return stakeholders
    .filter((s): s is PlacedStakeholder => ids.includes(s.id) && isPlaced(s))
    .map((s) => ({ id: s.id, influence: roundScore(s.influence - direction.dy * step), interest: roundScore(s.interest + direction.dx * step) }));
}

/** The ring after an arrow key on the onion: up and left go nearer the middle, down and right further out, not past the last ring. */
export function ringAfter(closeness: Closeness, direction: Direction): Closeness {
  const index = CLOSENESS_LEVELS.indexOf(closeness) + direction.dx + direction.dy;
  return CLOSENESS_LEVELS[Math.min(CLOSENESS_LEVELS.length - 1, Math.max(0, index))]!;
}

/**
 * Keyboard control of the map, so that nothing needs a mouse: Tab moves
 * between stakeholders, the arrows change their values (or ring), Enter
 * selects and then opens the details, Space adds to the selection.
 */
export function useMapKeyboard(o: KeyboardOptions): (event: KeyboardEvent) => void {
  const { t, i18n } = useTranslation();

  const moveOnGrid = (ids: string[], direction: Direction, big: boolean): void => {
    const moves = gridMoves(o.map.stakeholders, ids, direction, big);
    const first = moves[0];
    if (!first) return;
    o.run(o.actions.move(moves));
    o.announce(
      t('stakeholders.moved', {
        name: o.map.stakeholders.find((s) => s.id === first.id)?.name ?? '',
        influence: formatScore(first.influence, i18n.language),
        interest: formatScore(first.interest, i18n.language),
        quadrant: t(`domain.quadrants.${quadrantOf(first)}`),
      }),
    );
  };

  const moveRing = (id: string, direction: Direction): void => {
    const s = o.map.stakeholders.find((x) => x.id === id);
    if (!s) return;
    const closeness = ringAfter(s.closeness, direction);
    if (closeness === s.closeness) return;
    o.run(o.actions.update(id, { closeness }));
    o.announce(t('stakeholders.movedRing', { name: s.name, closeness: t(`domain.closeness.${closeness}`) }));
  };

  return useCanvasKeyboard({
    allIds: () => o.map.stakeholders.map((s) => s.id),
    selectedIds: o.selectedIds,
    select: o.select,
    openPanel: o.openPanel,
    move: ({ id, targets, direction, big }) => (o.view === 'grid' ? moveOnGrid(targets, direction, big) : moveRing(id, direction)),
    remove: (targets) => o.run(o.actions.remove(targets)),
  });
}
