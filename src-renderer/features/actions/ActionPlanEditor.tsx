import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionPlan, MeasureStatus } from '../../../src-main/contract';
import { errorMessage } from '../../i18n/errors';
import { useUndoShortcuts } from '../../lib/useUndoShortcuts';
import { useAnnounce } from '../../ui/Announcer';
import { EmptyState } from '../../ui/EmptyState';
import { LoadState } from '../../ui/LoadState';
import { ActionFilters } from './ActionFilters';
import { ActionToolbar, type PlanView } from './ActionToolbar';
import { CreateMeasureDialog } from './CreateMeasureDialog';
import { MeasureBoard } from './MeasureBoard';
import { MeasureDialog } from './MeasureDialog';
import { MeasureTable } from './MeasureTable';
import { DEFAULT_SORT, PAGE_SIZE, collationRanks, type MeasureFilter, type MeasureSort, NO_FILTER, filterMeasures, isFiltered, ownersOf, sortMeasures } from './measure-filter';
import type { MeasureActions } from './measure-actions';
import { useActionPlan } from './useActionPlan';
import { usePresentMirror } from '../present/usePresentMirror';
import './actions.css';

interface ListProps {
  plan: ActionPlan;
  view: PlanView;
  actions: MeasureActions;
  onOpen: (id: string) => void;
}

/** The filtered, sorted plan in the chosen view, with a line that says how much is shown. */
export function MeasureList({ plan, view, actions, onOpen }: ListProps) {
  const { t } = useTranslation();
  const toast = useAnnounce();
  const [filter, setFilter] = useState<MeasureFilter>(NO_FILTER);
  const [sort, setSort] = useState<MeasureSort>(DEFAULT_SORT);
  const [limit, setLimit] = useState(PAGE_SIZE);
  // Typing in the search stays responsive even on a very long plan; a chosen filter shows at once.
  const text = useDeferredValue(filter.text);
  // Sorted once per sort order, then filtered: filtering keeps the order, so a new filter on a long plan never sorts again.
  const ranks = useMemo(() => collationRanks(plan.measures), [plan.measures]);
  const sorted = useMemo(() => sortMeasures(plan.measures, sort, ranks), [plan.measures, sort, ranks]);
  const shown = useMemo(() => filterMeasures(sorted, { ...filter, text }, plan.today), [sorted, filter, text, plan.today]);
  const owners = useMemo(() => ownersOf(plan.measures), [plan.measures]);
  const visible = useMemo(() => (shown.length > limit ? shown.slice(0, limit) : shown), [shown, limit]);
  const overdue = plan.measures.filter((m) => m.overdue).length;
  const move = useCallback(
    (id: string, status: MeasureStatus) => {
      const title = plan.measures.find((m) => m.id === id)?.title ?? '';
      actions.update(id, { status }).then(
        () => toast(t('actions.board.moved', { title, status: t(`actions.statuses.${status}`) })),
        (e: unknown) => toast(errorMessage(t, e)),
      );
    },
    [actions, plan.measures, t, toast],
  );
  return (
    <>
      <ActionFilters filter={filter} owners={owners} onChange={setFilter} />
      <p className="plan-summary" role="status">
        {isFiltered(filter) ? t('actions.summaryFiltered', { shown: shown.length, count: plan.measures.length }) : t('actions.summary', { count: plan.measures.length })}
        {overdue > 0 && <strong className="plan-summary-overdue"> · {t('actions.summaryOverdue', { count: overdue })}</strong>}
      </p>
      {shown.length === 0 ? (
        <p className="hint">{t('actions.noneMatch')}</p>
      ) : view === 'table' ? (
        <MeasureTable measures={visible} sort={sort} onSort={setSort} onOpen={onOpen} />
      ) : (
        <MeasureBoard measures={visible} onOpen={onOpen} onMove={move} />
      )}
      {shown.length > visible.length && (
        <p className="show-more">
          <span>{t('actions.showing', { shown: visible.length, count: shown.length })}</span>
          <button type="button" className="btn" onClick={() => setLimit((l) => l + PAGE_SIZE)}>
            {t('actions.showMore', { count: Math.min(PAGE_SIZE, shown.length - visible.length) })}
          </button>
        </p>
      )}
    </>
  );
}

/**
 * When a measure's dialog closes, the focus goes back to that measure's row,
 * wherever a changed date or status has moved it (the table's rows are keyed by
 * place, so the element that opened the dialog may now show another measure).
 */
function useFocusBack(openId: string | null): void {
  const last = useRef<string | null>(null);
  useEffect(() => {
    if (openId) {
      last.current = openId;
      return;
    }
    const id = last.current;
    last.current = null;
    if (id) document.querySelector<HTMLElement>(`.measure-table [data-measure-id="${CSS.escape(id)}"] .measure-title`)?.focus();
  }, [openId]);
}

/** The action plan of a workshop: table and board over the same measures. */
export function ActionPlanEditor({ workshopId, focus }: { workshopId: string; focus?: string | null }) {
  const { t } = useTranslation();
  const toast = useAnnounce();
  const { plan, error, reload, actions, history } = useActionPlan(workshopId);
  const [view, setView] = useState<PlanView>('table');
  usePresentMirror(workshopId, { actionView: view });
  const [creating, setCreating] = useState(false);
  const [openId, setOpenId] = useState<string | null>(focus ?? null);
  useUndoShortcuts(history);
  useFocusBack(openId);
  if (!plan) return <LoadState error={error} onRetry={reload} />;
  const open = plan.measures.find((m) => m.id === openId);
  return (
    <section className="action-plan" aria-label={t('actions.heading')}>
      <ActionToolbar workshopId={workshopId} view={view} onView={setView} onAdd={() => setCreating(true)} history={history} announce={toast} />
      {plan.measures.length === 0 ? (
        <EmptyState title={t('actions.emptyTitle')} text={t('actions.emptyText')}>
          <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
            {t('actions.add')}
          </button>
        </EmptyState>
      ) : (
        <MeasureList plan={plan} view={view} actions={actions} onOpen={setOpenId} />
      )}
      {creating && <CreateMeasureDialog origin={null} owners={plan.owners} create={actions.create} onClose={() => setCreating(false)} />}
      {open && <MeasureDialog measure={open} today={plan.today} owners={plan.owners} actions={actions} onClose={() => setOpenId(null)} />}
    </section>
  );
}
