/// <reference types="vite/client" />
import type { AppEvent, Envelope, ExportResult, MethodName, OpenedFileResult } from '../src-main/contract';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the browser host. */
    vereinswerkstatt?: {
      api: Record<MethodName, (input: unknown) => Promise<Envelope<unknown>>>;
      onEvent(listener: (event: AppEvent) => void): () => void;
      exportFile(kind: string, input: unknown): Promise<Envelope<ExportResult>>;
      openPresenter(workshopId: string): Promise<Envelope<{ opened: boolean }>>;
      takeOpenedFiles(): Promise<Envelope<OpenedFileResult[]>>;
      onOpenedFiles(listener: () => void): () => void;
    };
  }
}

export {};
