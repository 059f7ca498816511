import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, MAX_LANES, type ProcessDiagram, type ProcessLane } from '../../../src-main/contract';
import { useDraft } from '../../lib/useDraft';
import { Dialog } from '../../ui/Dialog';
import { SelectField } from '../../ui/fields';
import { Icon } from '../../ui/Icon';
import type { ProcessActions } from './useProcessDiagram';

interface LanesProps {
  diagram: ProcessDiagram;
  actions: ProcessActions;
  run: (work: Promise<unknown>) => void;
}

/** A lane with steps asks first: move the steps to another lane, or delete them too. */
function DeleteLaneDialog({ lane, diagram, actions, run, onClose }: LanesProps & { lane: ProcessLane; onClose: () => void }) {
  const { t } = useTranslation();
  const others = diagram.lanes.filter((l) => l.id !== lane.id);
  const [target, setTarget] = useState(others[0]?.id ?? '');
  const count = diagram.steps.filter((s) => s.laneId === lane.id).length;
  const remove = (moveTo: string | null): void => {
    onClose();
    run(actions.removeLane(lane.id, moveTo));
  };
  return (
    <Dialog title={t('process.laneDelete.title', { name: lane.name })} description={t('process.laneDelete.text', { count })} onClose={onClose}>
      <SelectField label={t('process.laneDelete.moveTo')} name="moveTo" value={target} options={others.map((l) => ({ value: l.id, label: l.name }))} onChange={setTarget} />
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose} data-autofocus>
          {t('common.cancel')}
        </button>
        <button type="button" className="btn btn-danger-outline" onClick={() => remove(null)}>
          {t('process.laneDelete.deleteSteps')}
        </button>
        <button type="button" className="btn btn-primary" onClick={() => remove(target)}>
          {t('process.laneDelete.moveSubmit')}
        </button>
      </div>
    </Dialog>
  );
}

function LaneRow({ lane, index, last, props, onDelete }: { lane: ProcessLane; index: number; last: boolean; props: LanesProps; onDelete: () => void }) {
  const { t } = useTranslation();
  const name = useDraft(lane.name, (value) => props.actions.updateLane(lane.id, { name: value }));
  return (
    <li className="lane-item">
      <input type="text" aria-label={t('process.panel.laneName', { number: index + 1 })} value={name.value} maxLength={LIMITS.name} onChange={(e) => name.change(e.target.value)} onBlur={name.flush} />
      <button type="button" className="btn btn-icon" aria-label={t('process.panel.laneUp', { name: lane.name })} disabled={index === 0} onClick={() => props.run(props.actions.updateLane(lane.id, { position: index - 1 }))}>
        <Icon name="arrowUp" />
      </button>
      <button type="button" className="btn btn-icon" aria-label={t('process.panel.laneDown', { name: lane.name })} disabled={last} onClick={() => props.run(props.actions.updateLane(lane.id, { position: index + 1 }))}>
        <Icon name="arrowDown" />
      </button>
      <button type="button" className="btn btn-icon" aria-label={t('process.panel.laneRemove', { name: lane.name })} disabled={props.diagram.lanes.length <= 1} onClick={onDelete}>
        <Icon name="trash" />
      </button>
    </li>
  );
}

/** The roles as lanes: rename, reorder, add, delete. */
export function LanesSection(props: LanesProps) {
  const { t } = useTranslation();
  const { diagram, actions, run } = props;
  const [deleting, setDeleting] = useState<ProcessLane | null>(null);
  const [name, setName] = useState('');
  const add = (event: FormEvent): void => {
    event.preventDefault();
    if (!name.trim()) return;
    run(actions.addLane(name).then(() => setName('')));
  };
  const removeLane = (lane: ProcessLane): void => {
    if (diagram.steps.some((s) => s.laneId === lane.id)) setDeleting(lane);
    else run(actions.removeLane(lane.id, null));
  };
  return (
    <details className="panel-section lanes-section">
      <summary>{t('process.panel.lanesHeading')}</summary>
      <ol className="lane-items">
        {diagram.lanes.map((lane, i) => (
          <LaneRow key={lane.id} lane={lane} index={i} last={i === diagram.lanes.length - 1} props={props} onDelete={() => removeLane(lane)} />
        ))}
      </ol>
      {diagram.lanes.length < MAX_LANES && (
        <form onSubmit={add} className="inline-form" noValidate>
          <input type="text" aria-label={t('process.panel.newLane')} value={name} maxLength={LIMITS.name} onChange={(e) => setName(e.target.value)} />
          <button type="submit" className="btn">
            {t('process.panel.addLane')}
          </button>
        </form>
      )}
      {deleting && <DeleteLaneDialog {...props} lane={deleting} onClose={() => setDeleting(null)} />}
    </details>
  );
}
