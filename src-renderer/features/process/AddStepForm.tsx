import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS, STEP_KINDS, type ProcessDiagram, type StepKind } from '../../../src-main/contract';
import { numberSteps } from '../../../src-main/shared/process-geometry';
import { fieldErrors } from '../../i18n/errors';
import { SelectField } from '../../ui/fields';
import type { ProcessActions } from './useProcessDiagram';

export interface AddRequest {
  /** The step the new one follows (an arrow is drawn from it). */
  after: string | null;
  laneId: string | null;
  x: number | null;
  /** Bumped to move the focus into the text field. */
  focus: number;
}

interface Props {
  diagram: ProcessDiagram;
  actions: ProcessActions;
  request: AddRequest;
  announce: (text: string) => void;
}

/** The last step in reading order: where a new one continues the flow. */
function lastStep(diagram: ProcessDiagram): string | null {
  const numbers = numberSteps(diagram);
  return [...diagram.steps].sort((a, b) => (numbers.get(b.id) ?? 0) - (numbers.get(a.id) ?? 0))[0]?.id ?? null;
}

/** Arrows out of a decision are labelled: the first "Ja", the second "Nein". */
export function decisionLabel(diagram: ProcessDiagram, fromId: string, yes: string, no: string): string {
  if (diagram.steps.find((s) => s.id === fromId)?.kind !== 'decision') return '';
  const existing = diagram.edges.filter((e) => e.sourceId === fromId).length;
  return existing === 0 ? yes : existing === 1 ? no : '';
}

/**
 * Fast capture while the room talks: type what happens, press Enter, type
 * the next. Each new step follows the one before, with an arrow.
 */
export function AddStepForm({ diagram, actions, request, announce }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [label, setLabel] = useState('');
  const [kind, setKind] = useState<StepKind>('step');
  const [laneId, setLaneId] = useState(request.laneId ?? diagram.lanes[0]?.id ?? '');
  const [chain, setChain] = useState<{ request: AddRequest; after: string | null }>({ request, after: request.after });
  const [error, setError] = useState<string | null>(null);
  if (chain.request !== request) {
    setChain({ request, after: request.after });
    if (request.laneId) setLaneId(request.laneId);
  }
  useEffect(() => {
    if (request.focus > 0) input.current?.focus();
  }, [request.focus]);

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const after = request.x === null ? (chain.after ?? lastStep(diagram)) : null;
    const edgeLabel = after ? decisionLabel(diagram, after, t('process.yes'), t('process.no')) : '';
    actions
      .addStep({ laneId, kind, label, edgeLabel, ...(after ? { after } : {}), ...(request.x !== null && !chain.after ? { x: request.x } : {}) })
      .then((step) => {
        announce(t('process.panel.added', { number: diagram.steps.length + 1 }));
        setChain({ request, after: step.id });
        setLabel('');
        setKind('step');
        setError(null);
        input.current?.focus();
      })
      .catch((e: unknown) => setError(fieldErrors(t, e).label ?? t('errors.internal')));
  };

  return (
    <form className="panel-section" onSubmit={submit} noValidate>
      <h3>{t('process.panel.addHeading')}</h3>
      <p id={`${id}-hint`} className="hint">
        {t('process.panel.addHint')}
      </p>
      <div className={error ? 'field field-invalid' : 'field'}>
        <label htmlFor={id} className="field-label">
          {t('process.panel.text')}
        </label>
        {error && <p className="field-error">{error}</p>}
        <div className="inline-form">
          <input ref={input} id={id} type="text" autoComplete="off" value={label} maxLength={LIMITS.shortText} aria-describedby={`${id}-hint`} aria-invalid={error ? true : undefined} onChange={(e) => setLabel(e.target.value)} />
          <button type="submit" className="btn btn-primary">
            {t('process.panel.add')}
          </button>
        </div>
      </div>
      <div className="palette" role="group" aria-label={t('process.panel.palette')}>
        {STEP_KINDS.map((k) => (
          <button
            key={k}
            type="button"
            className={kind === k ? 'palette-item palette-active' : 'palette-item'}
            aria-pressed={kind === k}
            onClick={() => {
              setKind(k);
              input.current?.focus();
            }}
          >
            <span className={`palette-shape palette-${k}`} aria-hidden="true" />
            {t(`processDomain.stepKinds.${k}`)}
          </button>
        ))}
      </div>
      <div className="form-row">
        <SelectField label={t('process.panel.lane')} name="laneId" value={laneId} options={diagram.lanes.map((l) => ({ value: l.id, label: l.name }))} onChange={setLaneId} />
        <SelectField label={t('process.panel.kind')} name="kind" value={kind} options={STEP_KINDS.map((k) => ({ value: k, label: t(`processDomain.stepKinds.${k}`) }))} onChange={(v) => v && setKind(v)} />
      </div>
    </form>
  );
}
