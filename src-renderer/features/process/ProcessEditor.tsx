import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProcessDiagram, ProcessVariant } from '../../../src-main/contract';
import { processLabels } from '../../../src-main/shared/process-labels';
import { useApi } from '../../api/ApiProvider';
import { useQuery } from '../../api/useQuery';
import { errorMessage } from '../../i18n/errors';
import { useRevealOnce } from '../../lib/useRevealOnce';
import { useUndoShortcuts } from '../../lib/useUndoShortcuts';
import { useAnnounce } from '../../ui/Announcer';
import { EmptyState } from '../../ui/EmptyState';
import { LoadState } from '../../ui/LoadState';
import { usePresentMirror } from '../present/usePresentMirror';
import type { AddRequest } from './AddStepForm';
import { CompareView } from './CompareView';
import { CopyIstDialog } from './CopyIstDialog';
import { ProcessCanvas } from './ProcessCanvas';
import { ProcessPanel } from './ProcessPanel';
import { ProcessText } from './ProcessText';
import { type ProcessView, ProcessToolbar } from './ProcessToolbar';
import type { ProcessSelection } from './useProcessFlow';
import { type ProcessActions, useProcessDiagram } from './useProcessDiagram';
import './process.css';

/** What was deleted (here or in another window) cannot stay selected. */
function useLiveSelection(diagram: ProcessDiagram | null | undefined, selection: ProcessSelection): ProcessSelection {
  return useMemo(() => {
    if (!diagram) return selection;
    const ids = new Set(diagram.steps.map((s) => s.id));
    const edge = selection.edge && diagram.edges.some((e) => e.id === selection.edge) ? selection.edge : null;
    return { steps: selection.steps.filter((id) => ids.has(id)), edge };
  }, [diagram, selection]);
}

/** No diagram yet: start one, or (for the target process) begin with a copy of today's. */
function StartDiagram({ workshopId, variant, run, onCreated }: { workshopId: string; variant: ProcessVariant; run: (w: Promise<unknown>) => void; onCreated: () => void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const ist = useQuery('process.get', { workshopId, variant: 'ist' });
  const [choosing, setChoosing] = useState(false);
  const create = (): void =>
    // Then straight on to the first step's text: the button that had focus is gone with the empty state.
    run(api.call('process.create', { workshopId, variant, laneNames: processLabels(i18n.language === 'en' ? 'en' : 'de').defaultLanes }).then(onCreated));
  if (variant === 'ist') {
    return (
      <EmptyState title={t('process.empty.istTitle')} text={t('process.empty.istText')}>
        <button type="button" className="btn btn-primary" onClick={create}>
          {t('process.empty.create')}
        </button>
      </EmptyState>
    );
  }
  return (
    <EmptyState title={t('process.empty.sollTitle')} text={ist.data === null ? t('process.empty.noIst') : t('process.empty.sollText')}>
      {ist.data && (
        <button type="button" className="btn btn-primary" onClick={() => setChoosing(true)}>
          {t('process.copyIst')}
        </button>
      )}
      <button type="button" className="btn" onClick={create}>
        {t('process.empty.startEmpty')}
      </button>
      {choosing && (
        <CopyIstDialog
          replacing={false}
          onClose={() => setChoosing(false)}
          onCopy={async (markers) => void (await api.call('process.copyIstToSoll', { workshopId, markers }))}
        />
      )}
    </EmptyState>
  );
}

interface WorkspaceProps {
  diagram: ProcessDiagram;
  actions: ProcessActions;
  view: ProcessView;
  run: (work: Promise<unknown>) => void;
  announce: (text: string) => void;
  addRequest: AddRequest;
  onAddAfter: (stepId: string) => void;
  onAddAt: (laneId: string, x: number) => void;
  focus: string | null;
}

/** The step to show first: the one asked for, or the step of the marker asked for. */
function focusedStep(diagram: ProcessDiagram, focus: string | null): string[] {
  if (!focus) return [];
  if (diagram.steps.some((s) => s.id === focus)) return [focus];
  const marker = diagram.markers.find((m) => m.id === focus);
  return marker ? [marker.stepId] : [];
}

function DiagramWorkspace(props: WorkspaceProps) {
  const [rawSelection, setSelection] = useState<ProcessSelection>(() => ({ steps: focusedStep(props.diagram, props.focus), edge: null }));
  const [live, setLive] = useState('');
  const selection = useLiveSelection(props.diagram, rawSelection);
  usePresentMirror(props.diagram.workshopId, { selection: selection.steps });
  const panel = useRef<HTMLElement>(null);
  const addAfter = (stepId: string): void => {
    setSelection({ steps: [], edge: null });
    props.onAddAfter(stepId);
  };
  const common = { diagram: props.diagram, actions: props.actions, selection, onSelect: setSelection, run: props.run };
  return (
    <div className="map-layout">
      <div className="map-stage process-stage">
        {props.view === 'diagram' ? (
          <ProcessCanvas
            {...common}
            onOpenPanel={() => panel.current?.querySelector<HTMLElement>('input, select, textarea, button')?.focus()}
            onAddAfter={addAfter}
            onAddAt={(laneId, x) => {
              setSelection({ steps: [], edge: null });
              props.onAddAt(laneId, x);
            }}
            announce={setLive}
          />
        ) : (
          <ProcessText diagram={props.diagram} />
        )}
        <p className="visually-hidden" role="status" aria-live="polite">
          {live}
        </p>
      </div>
      <ProcessPanel ref={panel} {...common} addRequest={props.addRequest} onAddAfter={addAfter} announce={props.announce} />
    </div>
  );
}

/** A process diagram of a workshop: today's (Ist) or the target (Soll). */
export function ProcessEditor({ workshopId, variant, focus = null }: { workshopId: string; variant: ProcessVariant; focus?: string | null }) {
  const { t } = useTranslation();
  const api = useApi();
  const toast = useAnnounce();
  const { diagram, error, reload, actions, history } = useProcessDiagram(workshopId, variant);
  const [view, setView] = useState<ProcessView>('diagram');
  // The projector follows: diagram or "Vergleich mit heute".
  usePresentMirror(workshopId, { processView: view });
  const [addRequest, setAddRequest] = useState<AddRequest>({ after: null, laneId: null, x: null, focus: 0 });
  const [confirmCopy, setConfirmCopy] = useState(false);
  const reveal = useRevealOnce<HTMLElement>(focus !== null);
  useUndoShortcuts(history);
  const run = useCallback((work: Promise<unknown>) => void work.catch((e: unknown) => toast(errorMessage(t, e))), [t, toast]);
  const ask = (request: Omit<AddRequest, 'focus'>): void => {
    if (view === 'compare') setView('diagram');
    setAddRequest((r) => ({ ...request, focus: r.focus + 1 }));
  };

  if (diagram === undefined) return <LoadState error={error} onRetry={reload} />;
  if (diagram === null || !actions) {
    return (
      <section className="process-editor" aria-label={t(`processDomain.variants.${variant}`)}>
        <StartDiagram workshopId={workshopId} variant={variant} run={run} onCreated={() => ask({ after: null, laneId: null, x: null })} />
      </section>
    );
  }
  const copyIst = async (markers: boolean): Promise<void> => {
    await api.call('process.copyIstToSoll', { workshopId, markers });
    setConfirmCopy(false);
    toast(t('process.copied'));
  };
  return (
    <section ref={reveal} className="process-editor" aria-label={t(`processDomain.variants.${variant}`)}>
      <ProcessToolbar
        workshopId={workshopId}
        variant={variant}
        view={view}
        onView={setView}
        onAdd={() => ask({ after: null, laneId: null, x: null })}
        onLayout={() => run(actions.layout())}
        onCopyIst={variant === 'soll' ? () => setConfirmCopy(true) : null}
        history={history}
        announce={toast}
      />
      {view === 'compare' ? (
        <CompareView workshopId={workshopId} />
      ) : (
        <DiagramWorkspace
          diagram={diagram}
          actions={actions}
          view={view}
          run={run}
          announce={toast}
          addRequest={addRequest}
          onAddAfter={(stepId) => ask({ after: stepId, laneId: diagram.steps.find((s) => s.id === stepId)?.laneId ?? null, x: null })}
          onAddAt={(laneId, x) => ask({ after: null, laneId, x })}
          focus={focus}
        />
      )}
      {confirmCopy && (
        <CopyIstDialog replacing onClose={() => setConfirmCopy(false)} onCopy={copyIst} />
      )}
    </section>
  );
}
