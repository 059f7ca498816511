import {
  type AppEvent,
  ApiError,
  type ExportInput,
  type ExportKind,
  type ExportResult,
  type MethodInput,
  type MethodName,
  type MethodResult,
  type OpenedFileResult,
  type PrintDocument,
} from '../../src-main/contract';
import type { Transport } from './transport';

export interface ApiClient {
  /** Calls one contract method; throws ApiError with typed data when it fails. */
  call<M extends MethodName>(name: M, input: MethodInput<M>): Promise<MethodResult<M>>;
  subscribe(listener: (event: AppEvent) => void): () => void;
  /** Builds a file; the desktop app asks where to save it, the browser downloads it. */
  exportFile<K extends ExportKind>(kind: K, input: ExportInput<K>): Promise<ExportResult>;
  /** Opens the projector view of a workshop; false when the browser blocked the new tab. */
  openPresenter(workshopId: string): Promise<boolean>;
  /** "Ablauf drucken" / "Maßnahmenplan drucken": saved (desktop, unless cancelled) or handed to the browser's print dialog. */
  printDocument(workshopId: string, document: PrintDocument): Promise<ExportResult>;
  /** Imports of files opened from outside the app, each handed out once. */
  takeOpenedFiles(): Promise<OpenedFileResult[]>;
  onOpenedFiles(listener: () => void): () => void;
}

export function createClient(transport: Transport): ApiClient {
  const listeners = new Set<(event: AppEvent) => void>();
  let unsubscribe: (() => void) | null = null;
  return {
    async call(name, input) {
      const envelope = await transport.invoke(name, input);
      if (!envelope.ok) throw new ApiError(envelope.error);
      return envelope.value as MethodResult<typeof name>;
    },
    async exportFile(kind, input) {
      const envelope = await transport.exportFile(kind, input);
      if (!envelope.ok) throw new ApiError(envelope.error);
      return envelope.value;
    },
    async openPresenter(workshopId) {
      const envelope = await transport.openPresenter(workshopId);
      if (!envelope.ok) throw new ApiError(envelope.error);
      return envelope.value.opened;
    },
    async printDocument(workshopId, document) {
      const envelope = await transport.printDocument(workshopId, document);
      if (!envelope.ok) throw new ApiError(envelope.error);
      return envelope.value;
    },
    async takeOpenedFiles() {
      const envelope = await transport.takeOpenedFiles();
      if (!envelope.ok) throw new ApiError(envelope.error);
      return envelope.value;
    },
    onOpenedFiles: (listener) => transport.onOpenedFiles(listener),
    subscribe(listener) {
      listeners.add(listener);
      // One connection for the whole page, however many screens listen.
      unsubscribe ??= transport.subscribe((event) => {
        for (const l of listeners) l(event);
      });
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && unsubscribe) {
          unsubscribe();
          unsubscribe = null;
        }
      };
    },
  };
}
