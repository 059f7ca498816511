import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, MARKER_KINDS, type MarkerKind, type ProcessDiagram, type ProcessEdge, type ProcessMarker, type ProcessStep, SEVERITIES, type Severity } from '../../../src-main/contract';
import { numberSteps } from '../../../src-main/shared/process-geometry';
import { errorMessage, fieldErrors } from '../../i18n/errors';
import { useDraft } from '../../lib/useDraft';
import { SelectField, TextField } from '../../ui/fields';
import { LinkedMeasures } from '../actions/MeasureLinks';
import { decisionLabel } from './AddStepForm';
import { MarkerBadge } from './StepNode';
import type { ProcessActions } from './useProcessDiagram';

/** Severity 1–3 as catalogue key. */
export const SEVERITY_WORDS = { 1: 'low', 2: 'medium', 3: 'high' } as const;

interface SectionProps {
  step: ProcessStep;
  diagram: ProcessDiagram;
  actions: ProcessActions;
  run: (work: Promise<unknown>) => void;
}

function MarkerRow({ marker, actions, run }: { marker: ProcessMarker; actions: ProcessActions; run: SectionProps['run'] }) {
  const { t } = useTranslation();
  return (
    <li className="marker-item">
      <MarkerBadge marker={marker} word={t(`processDomain.markers.${marker.kind}`)} />
      <span className="marker-text">{marker.text}</span>
      {marker.kind === 'pain' && (
        <select
          aria-label={`${t('process.panel.severity')}: ${marker.text}`}
          value={String(marker.severity ?? 2)}
          onChange={(e) => run(actions.updateMarker(marker.id, { severity: Number(e.target.value) as Severity }))}
        >
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {t(`process.severities.${SEVERITY_WORDS[s]}`)}
            </option>
          ))}
        </select>
      )}
      <button type="button" className="btn btn-small" aria-label={t('process.panel.removeMarkerLabel', { text: marker.text })} onClick={() => run(actions.removeMarkers([marker.id]))}>
        {t('process.panel.removeMarker')}
      </button>
      <LinkedMeasures kind="marker" id={marker.id} label={marker.text} kindLabel={t(`processDomain.markers.${marker.kind}`)} compact {...(marker.kind === 'pain' ? {} : { suggestedTitle: marker.text })} />
    </li>
  );
}

/** Pain points, ideas and digital potential on one step. */
export function MarkersSection({ step, diagram, actions, run }: SectionProps) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<MarkerKind>('pain');
  const [text, setText] = useState('');
  const [severity, setSeverity] = useState<Severity>(2);
  const [error, setError] = useState<string | null>(null);
  const markers = diagram.markers.filter((m) => m.stepId === step.id);
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    actions.addMarker(step.id, kind, text, kind === 'pain' ? severity : null).then(
      () => {
        setText('');
        setError(null);
      },
      (e: unknown) => setError(fieldErrors(t, e).text ?? errorMessage(t, e)),
    );
  };
  return (
    <div className="panel-subsection">
      <h4>{t('process.panel.markersHeading')}</h4>
      {markers.length === 0 ? <p className="hint">{t('process.panel.noMarkers')}</p> : (
        <ul className="marker-items">
          {markers.map((m) => <MarkerRow key={m.id} marker={m} actions={actions} run={run} />)}
        </ul>
      )}
      <form onSubmit={submit} noValidate className="connect-form">
        <div className="form-row">
          <SelectField label={t('process.panel.markerKind')} name="markerKind" value={kind} options={MARKER_KINDS.map((k) => ({ value: k, label: t(`processDomain.markers.${k}`) }))} onChange={(v) => v && setKind(v)} />
          {kind === 'pain' && (
            <SelectField label={t('process.panel.severity')} name="severity" value={String(severity) as '1' | '2' | '3'} options={SEVERITIES.map((s) => ({ value: String(s) as '1' | '2' | '3', label: t(`process.severities.${SEVERITY_WORDS[s]}`) }))} onChange={(v) => v && setSeverity(Number(v) as Severity)} />
          )}
        </div>
        <TextField label={t('process.panel.markerText')} name="text" value={text} onChange={setText} error={error ?? undefined} maxLength={LIMITS.shortText} />
        <button type="submit" className="btn">{t('process.panel.addMarker')}</button>
      </form>
    </div>
  );
}

function EdgeRow({ edge, target, actions, run }: { edge: ProcessEdge; target: string; actions: ProcessActions; run: SectionProps['run'] }) {
  const { t } = useTranslation();
  const label = useDraft(edge.label, (value) => actions.updateEdge(edge.id, { label: value }));
  return (
    <li className="edge-item">
      <span>→ {target}</span>
      <input type="text" aria-label={`${t('process.panel.edgeLabel')}: ${target}`} value={label.value} maxLength={LIMITS.name} onChange={(e) => label.change(e.target.value)} onBlur={label.flush} />
      <button type="button" className="btn btn-small" aria-label={t('process.panel.removeEdgeLabel', { target })} onClick={() => run(actions.removeEdges([edge.id]))}>
        {t('process.panel.removeEdge')}
      </button>
    </li>
  );
}

/** Arrows leaving this step (with labels such as Ja / Nein), and connecting to another step. */
export function EdgesSection({ step, diagram, actions, run }: SectionProps) {
  const { t } = useTranslation();
  const numbers = numberSteps(diagram);
  const name = (id: string): string => {
    const s = diagram.steps.find((x) => x.id === id);
    return s ? `${numbers.get(s.id)}. ${s.label}` : '';
  };
  const outgoing = diagram.edges.filter((e) => e.sourceId === step.id);
  const suggested = decisionLabel(diagram, step.id, t('process.yes'), t('process.no'));
  const [targetId, setTargetId] = useState('');
  const [label, setLabel] = useState<string | null>(null);
  const others = diagram.steps.filter((s) => s.id !== step.id).sort((a, b) => (numbers.get(a.id) ?? 0) - (numbers.get(b.id) ?? 0));
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (!targetId) return;
    run(actions.connect(step.id, targetId, label ?? suggested).then(() => {
      setTargetId('');
      setLabel(null);
    }));
  };
  return (
    <div className="panel-subsection">
      <h4>{t('process.panel.edgesHeading')}</h4>
      {outgoing.length === 0 ? <p className="hint">{t('process.panel.noEdges')}</p> : (
        <ul className="edge-items">
          {outgoing.map((e) => <EdgeRow key={e.id} edge={e} target={name(e.targetId)} actions={actions} run={run} />)}
        </ul>
      )}
      {others.length > 0 && (
        <form onSubmit={submit} noValidate className="connect-form">
          <SelectField label={t('process.panel.connectTo')} name="targetId" value={targetId} emptyLabel={t('process.panel.connectChoose')} options={others.map((o) => ({ value: o.id, label: name(o.id) }))} onChange={setTargetId} />
          <TextField label={t('process.panel.edgeLabel')} name="edgeLabel" value={label ?? suggested} onChange={setLabel} maxLength={LIMITS.name} />
          <button type="submit" className="btn" disabled={!targetId}>{t('process.panel.connect')}</button>
        </form>
      )}
    </div>
  );
}
