import { useTranslation } from 'react-i18next';
import type { Phase } from '../../../src-main/contract';
import { useQuery } from '../../api/useQuery';
import { BOARD_UPDATES } from '../cards/board-patch';
import { errorMessage } from '../../i18n/errors';
import { useAnnounce } from '../../ui/Announcer';
import { Icon } from '../../ui/Icon';
import type { Live } from '../live/useLive';
import { useProjectorKeys } from './useProjectorKeys';

/** Ergebnis zeigen and the group on the projector, for a phase with cards. */
function CardControls({ phase, live }: { phase: Phase; live: Live }) {
  const { t } = useTranslation();
  const { data: board } = useQuery('cards.board', { phaseId: phase.id }, BOARD_UPDATES);
  const p = live.live?.presentation;
  if (!board || !p) return null;
  const groupId = p.groupId && board.clusters.some((c) => c.id === p.groupId) ? p.groupId : '';
  return (
    <>
      {board.vote && (
        <button type="button" className="btn" aria-pressed={p.revealVote} onClick={() => void live.present({ revealVote: !p.revealVote })}>
          <Icon name="star" />
          {p.revealVote ? t('present.controls.conceal') : t('present.controls.reveal')}
        </button>
      )}
      {board.clusters.length > 0 && (
        <label className="projector-group">
          {t('present.controls.group')}
          <select value={groupId} onChange={(e) => void live.present({ groupId: e.target.value || null })}>
            <option value="">{t('present.controls.allGroups')}</option>
            {board.clusters.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
      )}
    </>
  );
}

/**
 * The coach's controls for the projector: picture off (B), time hidden, the
 * vote result revealed, zoom to all or to the selection, and pages back and
 * forth when not all fits at a legible size.
 */
export function ProjectorControls({ phase, live }: { phase: Phase; live: Live }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  useProjectorKeys(live, { paging: false });
  const p = live.live?.presentation;
  if (!p) return null;
  const set = (patch: Parameters<Live['present']>[0]): void => void live.present(patch).catch((e: unknown) => announce(errorMessage(t, e)));
  const diagram = ['stakeholders', 'process_current', 'process_target'].includes(phase.kind);
  return (
    <div className="live-buttons projector-controls" role="group" aria-label={t('present.controls.label')}>
      <button type="button" className="btn" aria-pressed={p.blank} aria-keyshortcuts="B" onClick={() => set({ blank: !p.blank })}>
        <Icon name="screen" />
        {p.blank ? t('present.controls.unblank') : t('present.controls.blank')}
      </button>
      <button type="button" className="btn" aria-pressed={p.hideTimer} onClick={() => set({ hideTimer: !p.hideTimer })}>
        <Icon name="clock" />
        {p.hideTimer ? t('present.controls.showTimer') : t('present.controls.hideTimer')}
      </button>
      {(phase.kind === 'cards' || phase.kind === 'voting') && <CardControls phase={phase} live={live} />}
      {diagram && (
        <>
          <button type="button" className="btn" aria-pressed={p.zoom === 'fit'} onClick={() => set({ zoom: 'fit' })}>
            <Icon name="fit" />
            {t('present.controls.zoomFit')}
          </button>
          <button type="button" className="btn" aria-pressed={p.zoom === 'selection'} onClick={() => set({ zoom: 'selection' })}>
            <Icon name="plus" />
            {t('present.controls.zoomSelection')}
          </button>
        </>
      )}
      <button type="button" className="btn btn-quiet" disabled={p.page === 0} onClick={() => set({ page: Math.max(0, p.page - 1) })}>
        {t('present.controls.previous')}
      </button>
      {p.pages !== null && p.pages > 1 && (
        <span className="projector-page" role="status">
          {t('present.controls.pageOf', { page: Math.min(p.page, p.pages - 1) + 1, pages: p.pages })}
        </span>
      )}
      <button type="button" className="btn btn-quiet" disabled={p.pages !== null && p.page >= p.pages - 1} onClick={() => set({ page: p.page + 1 })}>
        {t('present.controls.next')}
      </button>
    </div>
  );
}
