/// <reference types="vite/client" />
import type { DesktopBridge } from '../src-main/contract';

declare global {
  interface Window {
    /** Set by the Electron preload (its type comes from the contract); absent in the browser host. */
    vereinswerkstatt?: DesktopBridge;
  }
}

export {};
