import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcessDiagram } from '../../../src-main/contract';
import { Icon } from '../../ui/Icon';
import { AddStepForm, type AddRequest } from './AddStepForm';
import { LanesSection } from './LanesSection';
import { MarkerList } from './MarkerList';
import { EdgeForm, StepForm } from './StepForm';
import type { ProcessSelection } from './useProcessFlow';
import type { ProcessActions } from './useProcessDiagram';

interface PanelProps {
  diagram: ProcessDiagram;
  actions: ProcessActions;
  selection: ProcessSelection;
  onSelect: (selection: ProcessSelection) => void;
  addRequest: AddRequest;
  onAddAfter: (stepId: string) => void;
  run: (work: Promise<unknown>) => void;
  announce: (text: string) => void;
}

/** The side panel: add steps, or the details of what is selected; the markers and lanes below. */
export const ProcessPanel = forwardRef<HTMLElement, PanelProps>(function ProcessPanel(props, ref) {
  const { t } = useTranslation();
  const { diagram, actions, selection, run } = props;
  const selected = diagram.steps.filter((s) => selection.steps.includes(s.id));
  const edge = selection.edge ? diagram.edges.find((e) => e.id === selection.edge) : undefined;
  const one = selected.length === 1 ? selected[0] : undefined;
  return (
    <aside ref={ref} className="map-panel process-panel" aria-label={t('process.panel.label')} tabIndex={-1}>
      {one ? (
        <StepForm key={one.id} step={one} diagram={diagram} actions={actions} onAddAfter={props.onAddAfter} run={run} />
      ) : selected.length > 1 ? (
        <div className="panel-section">
          <h3>{t('process.panel.selectedMany', { count: selected.length })}</h3>
          <div className="button-row">
            <button type="button" className="btn btn-danger-outline" onClick={() => run(actions.removeSteps(selected.map((s) => s.id)))}>
              <Icon name="trash" />
              {t('process.panel.removeSelected')}
            </button>
            <button type="button" className="btn" onClick={() => props.onSelect({ steps: [], edge: null })}>
              {t('process.panel.clearSelection')}
            </button>
          </div>
        </div>
      ) : edge ? (
        <EdgeForm key={edge.id} edge={edge} diagram={diagram} actions={actions} run={run} />
      ) : (
        <AddStepForm diagram={diagram} actions={actions} request={props.addRequest} announce={props.announce} />
      )}
      <MarkerList diagram={diagram} actions={actions} run={run} announce={props.announce} onShow={(stepId) => props.onSelect({ steps: [stepId], edge: null })} />
      <LanesSection diagram={diagram} actions={actions} run={run} />
      <details className="panel-help">
        <summary>{t('process.panel.keyboardHeading')}</summary>
        <p>{t('process.keyboardHelp')}</p>
      </details>
    </aside>
  );
});
