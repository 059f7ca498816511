import { z } from 'zod';
import { id } from './fields';

// Printed documents of a workshop: the day's agenda ("Ablauf") for the
// coach's clipboard and the room's wall, and the action plan for the club's
// noticeboard. Both are print views of the renderer. The desktop app's main
// process renders one to PDF and asks where to save it; the page names only
// the workshop and the document, never a path. The browser host prints the
// same view with the browser's own print dialog.

export const PRINT_DOCUMENTS = ['agenda', 'actions'] as const;
export type PrintDocument = (typeof PRINT_DOCUMENTS)[number];

export const printInput = z.object({ workshopId: id, document: z.enum(PRINT_DOCUMENTS) }).strict();
export type PrintInput = z.infer<typeof printInput>;

/** The agenda is a tall list (portrait); the action plan a wide table (landscape). */
export const PRINT_LANDSCAPE: Record<PrintDocument, boolean> = { agenda: false, actions: true };

/** The print view's route. `auto`: print at once when it has loaded (the browser host's buttons). */
export const printPath = (workshopId: string, document: PrintDocument, auto = false): string =>
  `#/print/${document}/${encodeURIComponent(workshopId)}${auto ? '/auto' : ''}`;

/** The print view sets this attribute on <html> once its content is complete: then it may be printed. */
export const PRINT_READY_ATTRIBUTE = 'data-print-ready';

export const IPC_PRINT_CHANNEL = 'vw-print';
