import { type Envelope, type PrintInput, parseInput, printInput } from '../../contract';
import { deDesktop } from '../../shared/i18n/de-desktop';
import { enDesktop } from '../../shared/i18n/en-desktop';
import { toErrorData } from '../api/dispatch';
import { getWorkshop } from '../services/workshops';
import { getSettings } from '../services/settings';
import type { Workspace } from '../workspace';
import { workshopFileName } from './file-names';

const WHAT = { de: deDesktop.print, en: enDesktop.print };

/**
 * Checks a print request from the page (a workshop that exists, a known
 * document) and names its PDF like the workshop's other files:
 * "<Verein kurz> – <Workshop> – Ablauf – <TT.MM.JJJJ>.pdf". The desktop's
 * main process calls this before it renders anything.
 */
export function preparePrint(workspace: Workspace, input: unknown): Envelope<{ input: PrintInput; fileName: string }> {
  if (!workspace.isOpen) return { ok: false, error: { kind: 'storage', messageKey: 'errors.storage.unavailable' } };
  const parsed = parseInput(printInput, input);
  if (!parsed.ok) return parsed;
  try {
    const ctx = workspace.context;
    const workshop = getWorkshop(ctx, parsed.value.workshopId);
    const what = WHAT[getSettings(ctx.db).language][parsed.value.document];
    const fileName = workshopFileName({ club: workshop.organisationName, workshop: workshop.title, date: workshop.date, what }, 'pdf');
    return { ok: true, value: { input: parsed.value, fileName } };
  } catch (error) {
    return { ok: false, error: toErrorData(error) };
  }
}
