import type { OpenedFileResult } from './archive';
import type { AppEvent, MethodName } from './contract';
import type { Envelope } from './errors';
import type { ExportKind, ExportResult } from './exports';
import type { PrintDocument } from './print';

// What the sandboxed preload hands the page as window.vereinswerkstatt. The
// preload is typed with it and the renderer reads it, so the two cannot drift;
// the unit test of the built preload checks the same names at run time.

export const DESKTOP_BRIDGE_NAME = 'vereinswerkstatt';

export interface DesktopBridge {
  /** One function per contract method; the main process validates every input. */
  api: Record<MethodName, (input: unknown) => Promise<Envelope<unknown>>>;
  /** The core's events (only names of the event contract reach the page). */
  onEvent(listener: (event: AppEvent) => void): () => void;
  /** Builds a file in the main process, which asks where to save it. */
  exportFile(kind: ExportKind, input: unknown): Promise<Envelope<ExportResult>>;
  /** Opens the projector window for a workshop; the main process places it. */
  openPresenter(workshopId: string): Promise<Envelope<{ opened: boolean }>>;
  /** "Ablauf drucken" / "Maßnahmenplan drucken": the main process renders the print view to PDF and asks where to save it. */
  printDocument(workshopId: string, document: PrintDocument): Promise<Envelope<ExportResult>>;
  /** Workshop files opened from outside the app, imported by the main process; each handed out once. */
  takeOpenedFiles(): Promise<Envelope<OpenedFileResult[]>>;
  onOpenedFiles(listener: () => void): () => void;
}

/** The bridge's functions besides `api`: every one named once (the compiler checks the list against the type). */
const BRIDGE_FUNCTIONS = {
  onEvent: true,
  exportFile: true,
  openPresenter: true,
  printDocument: true,
  takeOpenedFiles: true,
  onOpenedFiles: true,
} as const satisfies Record<Exclude<keyof DesktopBridge, 'api'>, true>;

export const DESKTOP_BRIDGE_FUNCTIONS = Object.keys(BRIDGE_FUNCTIONS) as Exclude<keyof DesktopBridge, 'api'>[];
