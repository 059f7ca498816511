import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataMapRow, Phase, WorkshopDetail } from '../../../src-main/contract';
import { useApi } from '../../api/ApiProvider';
import { useQuery } from '../../api/useQuery';
import { errorMessage } from '../../i18n/errors';
import { useEditable } from '../../lib/useEditable';
import { useUndoStack } from '../../lib/useUndoStack';
import { useAnnounce } from '../../ui/Announcer';
import { Icon } from '../../ui/Icon';
import { LoadState } from '../../ui/LoadState';
import { UndoButtons } from '../../ui/UndoButtons';
import { DataMapDialog, type DataMapValues } from './DataMapDialog';
import { MakeMeasure } from './MakeMeasure';
import { PhaseNotice } from './PhaseNotice';
import './dataprotection.css';

// "Datenlandkarte": the club's data as a table. Rows are added and edited in
// a dialog, deleted with undo, and each can become a measure.

const COLUMNS = ['dataKind', 'storage', 'access', 'legalBasis', 'consent', 'deletion'] as const;

function useDataMap(phaseId: string) {
  const { t } = useTranslation();
  const api = useApi();
  const announce = useAnnounce();
  const query = useQuery('dataMap.get', { phaseId });
  const fail = useCallback((error: unknown) => announce(errorMessage(t, error)), [announce, t]);
  const history = useUndoStack(fail);
  const { data, change, tracked } = useEditable(query, history);
  const { push } = history;
  const actions = useMemo(
    () => ({
      add: tracked(async (values: DataMapValues) => {
        const next = await api.call('dataMap.add', { phaseId, ...values });
        change(() => next);
      }),
      update: tracked(async (id: string, values: DataMapValues) => {
        const next = await api.call('dataMap.update', { id, ...values });
        change(() => next);
      }),
      remove: tracked(async (row: DataMapRow) => {
        change((m) => ({ ...m, rows: m.rows.filter((r) => r.id !== row.id) }));
        let removed = await api.call('dataMap.delete', { id: row.id });
        announce(t('dataProtection.dataMap.removed', { kind: row.dataKind }));
        push({
          label: t('dataProtection.dataMap.undoRemove', { kind: row.dataKind }),
          undo: async () => {
            const next = await api.call('dataMap.restore', { row: removed });
            change(() => next);
            announce(t('dataProtection.dataMap.restored', { kind: row.dataKind }));
          },
          redo: async () => {
            removed = await api.call('dataMap.delete', { id: removed.id });
            change((m) => ({ ...m, rows: m.rows.filter((r) => r.id !== removed.id) }));
          },
        });
      }),
    }),
    [announce, api, change, phaseId, push, t, tracked],
  );
  return { map: data, error: query.error, reload: query.reload, actions, history, fail };
}

function RowCells({ row }: { row: DataMapRow }) {
  const { t } = useTranslation();
  return (
    <>
      <th scope="row">{row.dataKind}</th>
      <td>{row.storage || '–'}</td>
      <td>{row.access || '–'}</td>
      <td>{row.legalBasis || '–'}</td>
      <td>{t(`dataProtection.consent.${row.consent}`)}</td>
      <td>{row.deletion || '–'}</td>
    </>
  );
}

interface TableProps {
  workshop: WorkshopDetail;
  phase: Phase;
  rows: readonly DataMapRow[];
  onEdit: (row: DataMapRow) => void;
  onRemove: (row: DataMapRow) => void;
}

/** The rows, each with its tools on a line of their own below it, so the six columns keep the width. */
function DataMapTable({ workshop, phase, rows, onEdit, onRemove }: TableProps) {
  const { t } = useTranslation();
  return (
    <div className="dp-table-wrap">
      <table className="dp-table">
        <caption className="visually-hidden">{t('dataProtection.dataMap.caption')}</caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th key={c} scope="col">
                {t(`dataProtection.dataMap.columns.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        {rows.map((row) => (
          <tbody key={row.id} className="dp-row">
            <tr>
              <RowCells row={row} />
            </tr>
            <tr className="dp-row-tools">
              <td colSpan={COLUMNS.length}>
                <div className="dp-row-actions-inner" role="group" aria-label={t('dataProtection.dataMap.actionsOf', { kind: row.dataKind })}>
                  <MakeMeasure workshop={workshop} phaseId={phase.id} from={{ kind: 'dataMap', rowId: row.id }} label={row.dataKind} kindLabel={t('dataProtection.dataMap.kindLabel')} measure={row.measure} />
                  <button type="button" className="btn btn-small" aria-label={t('dataProtection.dataMap.editLabel', { kind: row.dataKind })} onClick={() => onEdit(row)}>
                    <Icon name="edit" size={18} />
                    {t('dataProtection.dataMap.edit')}
                  </button>
                  <button type="button" className="btn btn-small" aria-label={t('dataProtection.dataMap.removeLabel', { kind: row.dataKind })} onClick={() => onRemove(row)}>
                    <Icon name="trash" size={18} />
                    {t('dataProtection.dataMap.remove')}
                  </button>
                </div>
              </td>
            </tr>
          </tbody>
        ))}
      </table>
    </div>
  );
}

export function DataMapEditor({ workshop, phase }: { workshop: WorkshopDetail; phase: Phase }) {
  const { t } = useTranslation();
  const { map, error, reload, actions, history, fail } = useDataMap(phase.id);
  const [editing, setEditing] = useState<DataMapRow | 'new' | null>(null);
  if (!map) return <LoadState error={error} onRetry={reload} />;
  return (
    <section className="phase-section dp-section" aria-labelledby={`datamap-${phase.id}`}>
      <h2 id={`datamap-${phase.id}`}>{t('dataProtection.dataMap.heading')}</h2>
      <PhaseNotice text={phase.notice} />
      <div className="editor-toolbar" role="toolbar" aria-label={t('dataProtection.dataMap.heading')}>
        <button type="button" className="btn btn-primary" onClick={() => setEditing('new')}>
          <Icon name="plus" />
          {t('dataProtection.dataMap.add')}
        </button>
        <UndoButtons history={history} />
      </div>
      {map.rows.length === 0 ? (
        <p className="empty-hint">{t('dataProtection.dataMap.empty')}</p>
      ) : (
        <DataMapTable workshop={workshop} phase={phase} rows={map.rows} onEdit={setEditing} onRemove={(row) => void actions.remove(row).catch(fail)} />
      )}
      {editing && (
        <DataMapDialog
          row={editing === 'new' ? null : editing}
          save={(values) => (editing === 'new' ? actions.add(values) : actions.update(editing.id, values))}
          onClose={() => setEditing(null)}
        />
      )}
    </section>
  );
}
