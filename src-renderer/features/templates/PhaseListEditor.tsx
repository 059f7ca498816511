import { type DragEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDuration } from '../../i18n/format';
import { Icon } from '../../ui/Icon';
import { PhaseForm, type PhasePatch } from './PhaseForm';
import { PhasePreview } from './PhasePreview';
import { type EditablePhase, movePhase, newPhaseKey, totalMinutes } from './phase-list';

export type EditPhases = (change: (phases: EditablePhase[]) => EditablePhase[], label: string, group?: string) => void;

interface Props {
  phases: EditablePhase[];
  onEdit: EditPhases;
  readOnly?: boolean;
  /** What a new phase is called before the facilitator names it. */
  newTitle: string;
  /** For a workshop's agenda: new phases get their id here, so every later save knows them. */
  newId?: () => string;
}

const DRAG_TYPE = 'application/x-vereinswerkstatt-phase';

interface RowProps {
  phase: EditablePhase;
  index: number;
  count: number;
  selected: boolean;
  readOnly: boolean;
  onSelect: () => void;
  onMove: (to: number) => void;
  onDrop: (from: number) => void;
}

function PhaseRow({ phase, index, count, selected, readOnly, onSelect, onMove, onDrop }: RowProps) {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  const onKeyDown = (e: KeyboardEvent): void => {
    if (readOnly || !e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    onMove(e.key === 'ArrowUp' ? index - 1 : index + 1);
  };
  const drag = readOnly
    ? {}
    : {
        draggable: true,
        onDragStart: (e: DragEvent) => {
          e.dataTransfer.setData(DRAG_TYPE, String(index));
          e.dataTransfer.effectAllowed = 'move';
        },
        onDragOver: (e: DragEvent) => {
          if (!e.dataTransfer.types.includes(DRAG_TYPE)) return;
          e.preventDefault();
          setOver(true);
        },
        onDragLeave: () => setOver(false),
        onDrop: (e: DragEvent) => {
          e.preventDefault();
          setOver(false);
          onDrop(Number(e.dataTransfer.getData(DRAG_TYPE)));
        },
      };
  const name = t('templates.phaseName', { n: index + 1, title: phase.title || t('templates.untitled') });
  return (
    <li className={`phase-row${selected ? ' phase-row-selected' : ''}${over ? ' phase-row-over' : ''}`} data-phase-key={phase.key} {...drag}>
      <button type="button" className="phase-row-select" aria-current={selected ? 'true' : undefined} onClick={onSelect} onKeyDown={onKeyDown} aria-describedby={readOnly ? undefined : 'phase-move-help'}>
        <span className="agenda-number" aria-hidden="true">{index + 1}</span>
        <span className="phase-row-title">{phase.title || t('templates.untitled')}</span>
        <span className="phase-row-meta">
          {t(`phaseKinds.${phase.kind}`)} · {t('common.minutesShort', { count: phase.minutes })}
        </span>
      </button>
      {!readOnly && (
        <span className="phase-row-moves">
          <button type="button" className="btn btn-icon" aria-label={t('templates.moveUp', { name })} disabled={index === 0} onClick={() => onMove(index - 1)}>
            <Icon name="arrowUp" size={18} />
          </button>
          <button type="button" className="btn btn-icon" aria-label={t('templates.moveDown', { name })} disabled={index === count - 1} onClick={() => onMove(index + 1)}>
            <Icon name="arrowDown" size={18} />
          </button>
        </span>
      )}
    </li>
  );
}

interface DetailProps {
  phase: EditablePhase;
  index: number;
  total: number;
  readOnly: boolean;
  view: 'edit' | 'preview';
  onView: (view: 'edit' | 'preview') => void;
  onChange: (patch: PhasePatch, group: string) => void;
  onRemove: () => void;
}

/** The chosen phase: its fields, or a preview of how it looks in a workshop. */
function PhaseDetail({ phase, index, total, readOnly, view, onView, onChange, onRemove }: DetailProps) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <section className="phase-detail" aria-label={t('templates.phaseName', { n: index + 1, title: phase.title })}>
      <fieldset className="segmented">
        <legend className="visually-hidden">{t('templates.viewLabel')}</legend>
        {(['edit', 'preview'] as const).map((v) => (
          <label key={v} className={view === v ? 'segment segment-active' : 'segment'}>
            <input type="radio" name={name} value={v} checked={view === v} onChange={() => onView(v)} />
            {readOnly && v === 'edit' ? t('templates.views.details') : t(`templates.views.${v}`)}
          </label>
        ))}
      </fieldset>
      {view === 'preview' ? <PhasePreview phase={phase} index={index} total={total} /> : <PhaseForm key={phase.key} phase={phase} readOnly={readOnly} onChange={onChange} />}
      {!readOnly && (
        <div className="phase-detail-actions">
          <button type="button" className="btn btn-danger-outline" disabled={total <= 1} onClick={onRemove} aria-describedby={total <= 1 ? 'phase-last-hint' : undefined}>
            <Icon name="trash" />
            {t('templates.removePhase')}
          </button>
          {total <= 1 && (
            <span id="phase-last-hint" className="hint">
              {t('templates.lastPhase')}
            </span>
          )}
        </div>
      )}
    </section>
  );
}

/** The phases of a template or a workshop: a list to reorder, the chosen phase to edit or preview. */
export function PhaseListEditor({ phases, onEdit, readOnly = false, newTitle, newId }: Props) {
  const { t } = useTranslation();
  const [selectedKey, setSelectedKey] = useState(phases[0]?.key ?? '');
  const [view, setView] = useState<'edit' | 'preview'>(readOnly ? 'preview' : 'edit');
  const follow = useRef<string | null>(null);
  const index = Math.max(0, phases.findIndex((p) => p.key === selectedKey));
  const selected = phases[index];

  // Keep the keyboard on a phase that just moved, or in the title of a new one.
  useEffect(() => {
    const key = follow.current;
    if (!key) return;
    follow.current = null;
    document.querySelector<HTMLElement>(`[data-phase-key="${CSS.escape(key)}"] .phase-row-select`)?.focus();
  }, [phases]);

  const move = (from: number, to: number): void => {
    if (to < 0 || to >= phases.length || from === to) return;
    follow.current = phases[from]!.key;
    onEdit((list) => movePhase(list, from, to), t('templates.steps.move', { title: phases[from]!.title }));
  };
  const add = (): void => {
    const key = newPhaseKey(newTitle, new Set(phases.map((p) => p.key)));
    const phase: EditablePhase = { ...(newId ? { id: newId() } : {}), key, title: newTitle, kind: 'discussion', minutes: 15, purpose: '', instructions: '', prompts: [], materials: [] };
    onEdit((list) => [...list.slice(0, index + 1), phase, ...list.slice(index + 1)], t('templates.steps.add'));
    setSelectedKey(key);
    setView('edit');
    requestAnimationFrame(() => document.querySelector<HTMLInputElement>('.phase-form input[name="title"]')?.select());
  };
  const remove = (): void => {
    if (!selected || phases.length <= 1) return;
    const next = phases[index + 1] ?? phases[index - 1];
    onEdit((list) => list.filter((p) => p.key !== selected.key), t('templates.steps.remove', { title: selected.title }));
    if (next) setSelectedKey(next.key);
  };
  const patch = (change: PhasePatch, group: string): void => {
    if (!selected) return;
    onEdit((list) => list.map((p) => (p.key === selected.key ? { ...p, ...change } : p)), t('templates.steps.edit', { title: selected.title }), `${selected.key}:${group}`);
  };

  return (
    <div className="phase-editor-frame">
      <div className="phase-editor">
        <div className="phase-list-column">
          <p className="phase-total" aria-live="polite">
            {t('templates.total', { count: phases.length, duration: formatDuration(totalMinutes(phases), t) })}
          </p>
          <ol className="phase-list" aria-label={t('templates.phasesLabel')}>
            {phases.map((p, i) => (
              <PhaseRow key={p.key} phase={p} index={i} count={phases.length} selected={p.key === selected?.key} readOnly={readOnly} onSelect={() => setSelectedKey(p.key)} onMove={(to) => move(i, to)} onDrop={(from) => move(from, i)} />
            ))}
          </ol>
          {!readOnly && (
            <>
              <p id="phase-move-help" className="hint">
                {t('templates.moveHelp')}
              </p>
              <button type="button" className="btn" onClick={add}>
                <Icon name="plus" />
                {t('templates.addPhase')}
              </button>
            </>
          )}
        </div>
        {selected && (
          <PhaseDetail phase={selected} index={index} total={phases.length} readOnly={readOnly} view={view} onView={setView} onChange={patch} onRemove={remove} />
        )}
      </div>
    </div>
  );
}
