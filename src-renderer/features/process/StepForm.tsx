import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, STEP_KINDS, type ProcessDiagram, type ProcessEdge, type ProcessStep } from '../../../src-main/contract';
import { numberSteps } from '../../../src-main/shared/process-geometry';
import { fieldErrors } from '../../i18n/errors';
import { useDraft } from '../../lib/useDraft';
import { SelectField, TextField } from '../../ui/fields';
import { Icon } from '../../ui/Icon';
import { LinkedMeasures } from '../actions/MeasureLinks';
import { EdgesSection, MarkersSection } from './StepSections';
import type { ProcessActions } from './useProcessDiagram';

interface StepFormProps {
  step: ProcessStep;
  diagram: ProcessDiagram;
  actions: ProcessActions;
  onAddAfter: (stepId: string) => void;
  run: (work: Promise<unknown>) => void;
}

/** Everything about one step: text, kind, lane, markers, arrows; saved at once, undoable. */
export function StepForm({ step, diagram, actions, onAddAfter, run }: StepFormProps) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | undefined>();
  const label = useDraft(step.label, async (text) => {
    try {
      await actions.updateStep(step.id, { label: text });
      setError(undefined);
    } catch (e) {
      setError(fieldErrors(t, e).label);
      throw e;
    }
  });
  const number = numberSteps(diagram).get(step.id) ?? 0;
  return (
    <div className="panel-section">
      <h3>{t('process.panel.editHeading', { number })}</h3>
      <div className="form-grid panel-form">
        <TextField label={t('process.panel.text')} name="label" value={label.value} onChange={label.change} onBlur={label.flush} required multiline rows={2} maxLength={LIMITS.shortText} error={error} />
        <div className="form-row">
          <SelectField label={t('process.panel.kind')} name="kind" value={step.kind} options={STEP_KINDS.map((k) => ({ value: k, label: t(`processDomain.stepKinds.${k}`) }))} onChange={(v) => v && run(actions.updateStep(step.id, { kind: v }))} />
          <SelectField label={t('process.panel.lane')} name="laneId" value={step.laneId} options={diagram.lanes.map((l) => ({ value: l.id, label: l.name }))} onChange={(v) => v && run(actions.updateStep(step.id, { laneId: v }))} />
        </div>
      </div>
      <button type="button" className="btn btn-primary panel-next" onClick={() => onAddAfter(step.id)}>
        <Icon name="plus" />
        {t('process.panel.next')}
      </button>
      <MarkersSection step={step} diagram={diagram} actions={actions} run={run} />
      <div className="panel-subsection">
        <h4>{t('actions.fromStepHeading')}</h4>
        <LinkedMeasures kind="step" id={step.id} label={step.label} />
      </div>
      <EdgesSection step={step} diagram={diagram} actions={actions} run={run} />
      <button type="button" className="btn btn-danger-outline panel-delete" onClick={() => run(actions.removeSteps([step.id]))}>
        <Icon name="trash" />
        {t('process.panel.remove')}
      </button>
    </div>
  );
}

/** An arrow picked in the diagram: its label, or remove it. */
export function EdgeForm({ edge, diagram, actions, run }: { edge: ProcessEdge; diagram: ProcessDiagram; actions: ProcessActions; run: (work: Promise<unknown>) => void }) {
  const { t } = useTranslation();
  const label = useDraft(edge.label, (value) => actions.updateEdge(edge.id, { label: value }));
  const name = (id: string): string => diagram.steps.find((s) => s.id === id)?.label ?? '';
  return (
    <div className="panel-section">
      <h3>{t('process.panel.edgeHeading')}</h3>
      <p>{t('process.panel.edgeFrom', { from: name(edge.sourceId), to: name(edge.targetId) })}</p>
      <TextField label={t('process.panel.edgeLabel')} name="edgeLabel" value={label.value} onChange={label.change} onBlur={label.flush} maxLength={LIMITS.name} />
      <button type="button" className="btn btn-danger-outline panel-delete" onClick={() => run(actions.removeEdges([edge.id]))}>
        <Icon name="trash" />
        {t('process.panel.removeEdge')}
      </button>
    </div>
  );
}
