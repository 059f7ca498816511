import type { TFunction } from 'i18next';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type StakeholderMap, isPlaced } from '../../../src-main/contract';
import { errorMessage } from '../../i18n/errors';
import { useRevealOnce } from '../../lib/useRevealOnce';
import { useUndoShortcuts } from '../../lib/useUndoShortcuts';
import { useAnnounce } from '../../ui/Announcer';
import { LoadState } from '../../ui/LoadState';
import { usePresentMirror } from '../present/usePresentMirror';
import type { Placement } from './AddStakeholderForm';
import { type MapSelection, MapCanvas } from './MapCanvas';
import { type EditorView, MapToolbar } from './MapToolbar';
import { StakeholderPanel } from './StakeholderPanel';
import { StakeholderTable } from './StakeholderTable';
import { StakeholderTray } from './StakeholderTray';
import { useTrayPlacement } from './useTrayPlacement';
import { useStakeholderMap } from './useStakeholderMap';
import './stakeholders.css';

/** What was deleted (here or in another window) cannot stay selected. */
function useLiveSelection(map: StakeholderMap | undefined, selection: MapSelection): MapSelection {
  return useMemo<MapSelection>(() => {
    if (!map) return selection;
    const ids = new Set(map.stakeholders.map((s) => s.id));
    const relation = selection.relation && map.relations.some((r) => r.id === selection.relation) ? selection.relation : null;
    return { stakeholders: selection.stakeholders.filter((id) => ids.has(id)), relation };
  }, [map, selection]);
}

/** What an empty map says: add people, or (all of them waiting in the tray) place them. */
function emptyMapText(map: StakeholderMap, view: EditorView, t: TFunction): string {
  if (map.stakeholders.length === 0) return t('stakeholders.empty');
  return view === 'grid' && !map.stakeholders.some(isPlaced) ? t('stakeholders.tray.emptyGrid') : '';
}

/** The stakeholder map of a workshop: grid, onion and table over the same data. */
export function StakeholderEditor({ workshopId, focus = null }: { workshopId: string; focus?: string | null }) {
  const { t } = useTranslation();
  const toast = useAnnounce();
  const { map, error, reload, actions, history } = useStakeholderMap(workshopId);
  const [view, setView] = useState<EditorView>('grid');
  const [rawSelection, setSelection] = useState<MapSelection>({ stakeholders: focus ? [focus] : [], relation: null });
  const [placement, setPlacement] = useState<Placement | null>(null);
  const [focusAdd, setFocusAdd] = useState(0);
  const [live, setLive] = useState('');
  const panel = useRef<HTMLElement>(null);

  const selection = useLiveSelection(map, rawSelection);
  const reveal = useRevealOnce<HTMLElement>(focus !== null);
  // The projector shows the same view and can zoom to the selection.
  usePresentMirror(workshopId, { stakeholderView: view, selection: selection.stakeholders });

  const run = useCallback(
    (work: Promise<unknown>) => {
      work.catch((e: unknown) => toast(errorMessage(t, e)));
    },
    [t, toast],
  );

  const askForName = (place: Placement | null): void => {
    setSelection({ stakeholders: [], relation: null });
    setPlacement(place);
    if (view === 'table') setView('grid');
    setFocusAdd((n) => n + 1);
  };

  const openPanel = (): void => {
    panel.current?.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
  };

  const { pickFromTray, placed } = useTrayPlacement(map, setSelection, panel, setLive);

  useUndoShortcuts(history);

  if (!map) return <LoadState error={error} onRetry={reload} />;
  const emptyText = emptyMapText(map, view, t);

  return (
    <section ref={reveal} className="stakeholder-editor" aria-label={t('stakeholders.heading')}>
      <MapToolbar workshopId={workshopId} view={view} onView={setView} onAdd={() => askForName(null)} history={history} announce={toast} />
      <p className="visually-hidden" role="status" aria-live="polite">
        {live}
      </p>
      {view === 'table' ? (
        <StakeholderTable map={map} actions={actions} run={run} />
      ) : (
        <div className="map-layout">
          <div className="map-stage map-stage-tray">
            <div className="map-stage-inner">
              {view === 'grid' && <StakeholderTray stakeholders={map.stakeholders} selectedIds={selection.stakeholders} onPick={pickFromTray} />}
              <div className="map-stage-canvas">
                {emptyText && <p className="map-empty">{emptyText}</p>}
                <MapCanvas
                  key={view}
                  map={map}
                  view={view}
                  actions={actions}
                  selection={selection}
                  onSelect={setSelection}
                  onOpenPanel={openPanel}
                  onAddAt={(place) => askForName(place)}
                  onPlaced={placed}
                  announce={setLive}
                  run={run}
                />
              </div>
            </div>
          </div>
          <StakeholderPanel
            ref={panel}
            map={map}
            actions={actions}
            selection={selection}
            onSelect={setSelection}
            placement={placement}
            focusAdd={focusAdd}
            keyboardHelp={view === 'grid' ? t('stakeholders.keyboardHelp') : t('stakeholders.keyboardHelpOnion')}
            run={run}
            announce={toast}
          />
        </div>
      )}
    </section>
  );
}
