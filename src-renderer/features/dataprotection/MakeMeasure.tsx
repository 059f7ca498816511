import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LinkedMeasure, MethodInput, WorkshopDetail } from '../../../src-main/contract';
import { useApi } from '../../api/ApiProvider';
import { useQuery } from '../../api/useQuery';
import { paths } from '../../app/router';
import { Icon } from '../../ui/Icon';
import { CreateMeasureDialog } from '../actions/CreateMeasureDialog';
import { MeasureStatusBadge } from '../actions/MeasureBadges';

// "Maßnahme daraus machen" for a checklist item or a data map row, and the
// measure made from it, a link into the action plan.

type From = MethodInput<'dataprotection.makeMeasure'>['from'];

interface Props {
  workshop: WorkshopDetail;
  phaseId: string;
  from: From;
  /** The item's or row's words: the dialog says what it comes from and prefills the title. */
  label: string;
  kindLabel: string;
  measure: LinkedMeasure | null;
}

export function MakeMeasure({ workshop, phaseId, from, label, kindLabel, measure }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const [open, setOpen] = useState(false);
  const plan = useQuery('measures.list', { workshopId: workshop.id });
  const actionPhase = workshop.phases.find((p) => p.kind === 'actions');
  if (measure) {
    const href = actionPhase ? paths.phase(workshop.id, actionPhase.id, measure.id) : null;
    return (
      <p className="dp-measure">
        <Icon name="link" size={16} />
        {href ? <a href={href}>{t('dataProtection.made', { title: measure.title })}</a> : <span>{t('dataProtection.made', { title: measure.title })}</span>}
        <MeasureStatusBadge status={measure.status} />
      </p>
    );
  }
  return (
    <>
      <button type="button" className="btn btn-small make-measure" aria-label={t('actions.makeFromLabel', { label })} onClick={() => setOpen(true)}>
        <Icon name="plus" size={18} />
        {t('actions.makeFrom')}
      </button>
      {open && (
        <CreateMeasureDialog
          origin={{ kind: 'note', id: phaseId, label, kindLabel, suggestedTitle: label }}
          owners={plan.data?.owners ?? []}
          create={({ origin: _origin, ...fields }) =>
            api.call('dataprotection.makeMeasure', {
              from,
              measure: { title: fields.title, owner: fields.owner ?? '', dueDate: fields.dueDate ?? null, firstStep: fields.firstStep ?? '', priority: fields.priority ?? 'medium' },
            })
          }
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
