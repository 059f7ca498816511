import { type DragEvent, type KeyboardEvent, memo, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MEASURE_STATUSES, type Measure, type MeasureStatus } from '../../../src-main/contract';
import { Icon } from '../../ui/Icon';
import { DueDate, PriorityLabel, STATUS_ICONS } from './MeasureBadges';

const DRAG_TYPE = 'application/x-vereinswerkstatt-measure';

interface CardProps {
  measure: Measure;
  onOpen: (id: string) => void;
  onMove: (id: string, status: MeasureStatus) => void;
}

/**
 * The columns a card moves through by arrow or drag. "Verworfen" needs a
 * reason, so a card gets there only through its dialog; its column shows
 * only when it holds something.
 */
const FLOW: readonly MeasureStatus[] = MEASURE_STATUSES.filter((s) => s !== 'dropped');
const neighbour = (status: MeasureStatus, step: -1 | 1): MeasureStatus | undefined => (FLOW.includes(status) ? FLOW[FLOW.indexOf(status) + step] : undefined);

const Card = memo(function Card({ measure: m, onOpen, onMove }: CardProps) {
  const { t } = useTranslation();
  const left = neighbour(m.status, -1);
  const right = neighbour(m.status, 1);
  const onKeyDown = (e: KeyboardEvent): void => {
    if (!e.altKey || (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight')) return;
    const target = e.key === 'ArrowLeft' ? left : right;
    e.preventDefault();
    if (target) onMove(m.id, target);
  };
  const onDragStart = (e: DragEvent): void => {
    e.dataTransfer.setData(DRAG_TYPE, m.id);
    e.dataTransfer.setData('text/plain', m.title);
    e.dataTransfer.effectAllowed = 'move';
  };
  return (
    <li className={m.overdue ? 'board-card board-card-overdue' : 'board-card'} data-measure-id={m.id} draggable onDragStart={onDragStart} onKeyDown={onKeyDown}>
      <button type="button" className="board-card-title" onClick={() => onOpen(m.id)} aria-describedby="board-help">
        {m.title}
      </button>
      <p className="board-card-meta">
        <span>{m.owner || t('actions.noOwner')}</span>
        <DueDate dueDate={m.dueDate} overdue={m.overdue} />
        <PriorityLabel priority={m.priority} />
      </p>
      {m.status === 'blocked' && m.blockedReason && <p className="board-card-reason">{m.blockedReason}</p>}
      {m.status === 'dropped' && m.droppedReason && <p className="board-card-reason">{m.droppedReason}</p>}
      <div className="board-card-moves">
        {left && (
          <button type="button" className="btn btn-icon" aria-label={t('actions.board.moveTo', { title: m.title, status: t(`actions.statuses.${left}`) })} onClick={() => onMove(m.id, left)}>
            <Icon name="arrowLeft" size={18} />
          </button>
        )}
        {right && (
          <button type="button" className="btn btn-icon" aria-label={t('actions.board.moveTo', { title: m.title, status: t(`actions.statuses.${right}`) })} onClick={() => onMove(m.id, right)}>
            <Icon name="arrowRight" size={18} />
          </button>
        )}
      </div>
    </li>
  );
});

interface BoardProps {
  measures: readonly Measure[];
  onOpen: (id: string) => void;
  onMove: (id: string, status: MeasureStatus) => void;
}

/** One column per status; a measure moves by drag, by its arrow buttons, or with Alt + arrow keys. */
export function MeasureBoard({ measures, onOpen, onMove }: BoardProps) {
  const { t } = useTranslation();
  const [over, setOver] = useState<MeasureStatus | null>(null);
  const follow = useRef<string | null>(null);

  // Keep the keyboard on a measure that just changed columns.
  useEffect(() => {
    const id = follow.current;
    if (!id) return;
    follow.current = null;
    document.querySelector<HTMLElement>(`.board [data-measure-id="${CSS.escape(id)}"] .board-card-title`)?.focus();
  }, [measures]);

  const move = (id: string, status: MeasureStatus): void => {
    follow.current = id;
    onMove(id, status);
  };
  const drop = (status: MeasureStatus) => (e: DragEvent) => {
    e.preventDefault();
    setOver(null);
    const id = e.dataTransfer.getData(DRAG_TYPE);
    const measure = measures.find((m) => m.id === id);
    if (measure && measure.status !== status) onMove(id, status);
  };
  return (
    <div className="board">
      {MEASURE_STATUSES.map((status) => {
        const items = measures.filter((m) => m.status === status);
        if (status === 'dropped' && items.length === 0) return null;
        return (
          <section
            key={status}
            className={over === status ? 'board-column board-column-over' : 'board-column'}
            aria-labelledby={`board-${status}`}
            data-status={status}
            onDragOver={(e) => {
              if (!e.dataTransfer.types.includes(DRAG_TYPE) || !FLOW.includes(status)) return;
              e.preventDefault();
              setOver(status);
            }}
            onDragLeave={() => setOver((o) => (o === status ? null : o))}
            onDrop={drop(status)}
          >
            <h3 id={`board-${status}`} className="board-column-title">
              <Icon name={STATUS_ICONS[status]} />
              {t(`actions.statuses.${status}`)} <span className="board-count">({items.length})</span>
            </h3>
            {items.length === 0 ? (
              <p className="hint board-empty">{t('actions.board.empty')}</p>
            ) : (
              <ul className="board-list">
                {items.map((m) => (
                  <Card key={m.id} measure={m} onOpen={onOpen} onMove={move} />
                ))}
              </ul>
            )}
          </section>
        );
      })}
      <p id="board-help" className="hint board-hint">
        {t('actions.board.help')}
      </p>
    </div>
  );
}
