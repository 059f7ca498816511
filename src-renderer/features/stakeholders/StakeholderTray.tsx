import { type DragEvent, type KeyboardEvent, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { type Stakeholder, isPlaced } from '../../../src-main/contract';
import { formatScore } from './map-nodes';

/** What a tray item carries while it is dragged onto the map. */
export const TRAY_DRAG_TYPE = 'application/x-vereinswerkstatt-stakeholder';

interface TrayProps {
  stakeholders: readonly Stakeholder[];
  selectedIds: readonly string[];
  /** Select one and open its details, where influence and interest can be typed. */
  onPick: (id: string) => void;
}

/**
 * "Noch nicht eingeordnet": stakeholders without both values wait here,
 * beside the grid, instead of standing at a position that is not in the data.
 * Drag one onto the grid (the drop point gives its values), or pick it and
 * type its values in the details.
 */
export function StakeholderTray({ stakeholders, selectedIds, onPick }: TrayProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const waiting = stakeholders.filter((s) => !isPlaced(s));
  if (waiting.length === 0) return null;
  const known = (s: Stakeholder): string => {
    const parts = [
      s.influence !== null ? `${t('stakeholders.fields.influence')} ${formatScore(s.influence, i18n.language)}` : '',
      s.interest !== null ? `${t('stakeholders.fields.interest')} ${formatScore(s.interest, i18n.language)}` : '',
    ].filter(Boolean);
    return parts.join(' · ');
  };
  const onDragStart = (event: DragEvent, id: string): void => {
    event.dataTransfer.setData(TRAY_DRAG_TYPE, id);
    event.dataTransfer.effectAllowed = 'move';
  };
  const onKeyDown = (event: KeyboardEvent, id: string): void => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onPick(id);
    }
  };
  return (
    <section className="sh-tray" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="sh-tray-heading">
        {t('stakeholders.tray.heading')} <span className="sh-tray-count">({waiting.length})</span>
      </h3>
      <p id={`${id}-hint`} className="sh-tray-hint">{t('stakeholders.tray.hint')}</p>
      <ul className="sh-tray-list">
        {waiting.map((s) => {
          const values = known(s);
          return (
            <li key={s.id}>
              <button
                type="button"
                draggable
                className={selectedIds.includes(s.id) ? 'sh-tray-item sh-tray-item-selected' : 'sh-tray-item'}
                aria-pressed={selectedIds.includes(s.id)}
                aria-describedby={`${id}-hint`}
                data-stakeholder-id={s.id}
                onDragStart={(e) => onDragStart(e, s.id)}
                onClick={() => onPick(s.id)}
                onKeyDown={(e) => onKeyDown(e, s.id)}
              >
                <span className="sh-tray-name">{s.name}</span>
                {values && <span className="sh-tray-values">{values}</span>}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
