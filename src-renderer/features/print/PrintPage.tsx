import { type ReactNode, useEffect, useMemo, useRef } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { type Language, PRINT_READY_ATTRIBUTE, type PrintDocument } from '../../../src-main/contract';
import { useQuery } from '../../api/useQuery';
import { paths } from '../../app/router';
import { Icon } from '../../ui/Icon';
import { LoadState } from '../../ui/LoadState';
import { ActionPlanPrint } from './ActionPlanPrint';
import { AgendaPrint } from './AgendaPrint';
import './print.css';

/**
 * Marks the page as complete once its content and fonts are there: the
 * desktop app's main process waits for this before it prints to PDF, and the
 * browser host's buttons print then (`auto`).
 */
function usePrintReady(ready: boolean, auto: boolean, title: string): void {
  const printed = useRef(false);
  useEffect(() => {
    if (!ready) return undefined;
    document.title = title;
    let cancelled = false;
    void document.fonts.ready.then(() => {
      if (cancelled) return;
      document.documentElement.setAttribute(PRINT_READY_ATTRIBUTE, '');
      if (auto && !printed.current) {
        printed.current = true;
        window.print();
      }
    });
    return () => {
      cancelled = true;
      document.documentElement.removeAttribute(PRINT_READY_ATTRIBUTE);
    };
  }, [ready, auto, title]);
}

/** Shown on screen only: what the page is, print again, back to the workshop. */
function PrintToolbar({ workshopId }: { workshopId: string }) {
  const { t } = useTranslation();
  return (
    <div className="print-toolbar">
      <a className="btn" href={paths.workshopDetails(workshopId)}>
        <Icon name="arrowLeft" />
        {t('print.back')}
      </a>
      <button type="button" className="btn btn-primary" onClick={() => window.print()}>
        {t('print.printNow')}
      </button>
      <p className="hint">{t('print.previewHint')}</p>
    </div>
  );
}

/**
 * The paper speaks the workshop's language (as its report does), whatever the
 * app's: an English workshop's agenda stays English on a German coach's laptop.
 */
function Sheet({ workshopId, document, language, children }: { workshopId: string; document: PrintDocument; language: Language; children: ReactNode }) {
  const { i18n } = useTranslation();
  const sheetI18n = useMemo(() => i18n.cloneInstance({ lng: language }), [i18n, language]);
  return (
    <div className={`print-frame print-frame-${document}`}>
      <PrintToolbar workshopId={workshopId} />
      <main id="main" lang={language} className={`print-sheet print-sheet-${document}`}>
        <I18nextProvider i18n={sheetI18n}>{children}</I18nextProvider>
      </main>
    </div>
  );
}

function AgendaDocument({ id, auto }: { id: string; auto: boolean }) {
  const { t } = useTranslation();
  const workshop = useQuery('workshops.get', { id });
  const w = workshop.data;
  usePrintReady(!!w, auto, w ? `${w.organisationName} – ${w.title} – ${t('print.agendaTitle')}` : '');
  if (!w) return <LoadState error={workshop.error} onRetry={workshop.reload} />;
  return (
    <Sheet workshopId={id} document="agenda" language={w.language}>
      <AgendaPrint workshop={w} />
    </Sheet>
  );
}

function ActionsDocument({ id, auto }: { id: string; auto: boolean }) {
  const { t } = useTranslation();
  const workshop = useQuery('workshops.get', { id });
  const plan = useQuery('measures.list', { workshopId: id });
  const w = workshop.data;
  usePrintReady(!!w && !!plan.data, auto, w ? `${w.organisationName} – ${w.title} – ${t('print.actionsTitle')}` : '');
  if (!w || !plan.data) return <LoadState error={workshop.error ?? plan.error} onRetry={workshop.error ? workshop.reload : plan.reload} />;
  return (
    <Sheet workshopId={id} document="actions" language={w.language}>
      <ActionPlanPrint workshop={w} plan={plan.data} />
    </Sheet>
  );
}

/** "Ablauf drucken" / "Maßnahmenplan drucken": a page made for paper (A4), without the app around it. */
export function PrintPage({ id, document, auto }: { id: string; document: PrintDocument; auto: boolean }) {
  return document === 'agenda' ? <AgendaDocument id={id} auto={auto} /> : <ActionsDocument id={id} auto={auto} />;
}
