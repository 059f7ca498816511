import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { StakeholderMap } from '../../../src-main/contract';
import { Icon } from '../../ui/Icon';
import { AddStakeholderForm, type Placement } from './AddStakeholderForm';
import type { MapSelection } from './MapCanvas';
import { RelationForm } from './RelationForm';
import { StakeholderForm } from './StakeholderForm';
import type { StakeholderActions } from './useStakeholderMap';

interface PanelProps {
  map: StakeholderMap;
  actions: StakeholderActions;
  selection: MapSelection;
  onSelect: (selection: MapSelection) => void;
  placement: Placement | null;
  focusAdd: number;
  keyboardHelp: string;
  run: (work: Promise<unknown>) => void;
  announce: (text: string) => void;
}

/** The side panel: add people, or the details of what is selected on the map. */
export const StakeholderPanel = forwardRef<HTMLElement, PanelProps>(function StakeholderPanel(props, ref) {
  const { t } = useTranslation();
  const { map, actions, selection, run, announce } = props;
  const selected = map.stakeholders.filter((s) => selection.stakeholders.includes(s.id));
  const relation = selection.relation ? map.relations.find((r) => r.id === selection.relation) : undefined;
  const one = selected.length === 1 ? selected[0] : undefined;

  return (
    <aside ref={ref} className="map-panel" aria-label={t('stakeholders.panel.label')} tabIndex={-1}>
      {one ? (
        <StakeholderForm key={one.id} stakeholder={one} map={map} actions={actions} run={run} announce={announce} />
      ) : selected.length > 1 ? (
        <div className="panel-section">
          <h3>{t('stakeholders.panel.selectedMany', { count: selected.length })}</h3>
          <ul className="plain-list">
            {selected.map((s) => (
              <li key={s.id}>{s.name}</li>
            ))}
          </ul>
          <div className="button-row">
            <button type="button" className="btn btn-danger-outline" onClick={() => run(actions.remove(selected.map((s) => s.id)))}>
              <Icon name="trash" />
              {t('stakeholders.panel.removeSelected')}
            </button>
            <button type="button" className="btn" onClick={() => props.onSelect({ stakeholders: [], relation: null })}>
              {t('stakeholders.panel.clearSelection')}
            </button>
          </div>
        </div>
      ) : relation ? (
        <RelationForm key={relation.id} relation={relation} map={map} actions={actions} run={run} />
      ) : (
        <AddStakeholderForm actions={actions} placement={props.placement} focusRequest={props.focusAdd} announce={announce} />
      )}
      <details className="panel-help">
        <summary>{t('stakeholders.panel.keyboardHeading')}</summary>
        <p>{props.keyboardHelp}</p>
      </details>
    </aside>
  );
});
