import { useEffect, useState } from 'react';
import { PRINT_DOCUMENTS, type PrintDocument } from '../../src-main/contract';

// Hash routes: they work the same under app:// in Electron and over HTTP in
// the browser host, and need no server support.

export type Route =
  | { name: 'start' }
  | { name: 'club'; id: string }
  /** focus: something on the phase to show at once (a step, a stakeholder, a measure). */
  | { name: 'workshop'; id: string; phaseId: string | null; focus: string | null }
  | { name: 'workshopDetails'; id: string }
  | { name: 'settings' }
  | { name: 'templates' }
  | { name: 'template'; id: string }
  /** The room's view on the projector: no app chrome, follows the coach. */
  | { name: 'present'; id: string }
  /** A printed agenda or action plan: no app chrome; `auto` prints at once (the browser host's buttons). */
  | { name: 'print'; id: string; document: PrintDocument; auto: boolean }
  | { name: 'notFound' };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [first, id, sub, subId, focusWord, focus] = parts;
  if (parts.length === 0) return { name: 'start' };
  if (first === 'settings' && parts.length === 1) return { name: 'settings' };
  if (first === 'templates' && parts.length === 1) return { name: 'templates' };
  if (first === 'templates' && id && parts.length === 2) return { name: 'template', id };
  if (first === 'clubs' && id && parts.length === 2) return { name: 'club', id };
  if (first === 'present' && id && parts.length === 2) return { name: 'present', id };
  if (first === 'print' && id && sub && (parts.length === 3 || (parts.length === 4 && subId === 'auto'))) {
    const document = PRINT_DOCUMENTS.find((d) => d === id);
    if (document) return { name: 'print', id: sub, document, auto: parts.length === 4 };
  }
  if (first === 'workshops' && id) {
    if (parts.length === 2) return { name: 'workshop', id, phaseId: null, focus: null };
    if (sub === 'phases' && subId && parts.length === 4) return { name: 'workshop', id, phaseId: subId, focus: null };
    if (sub === 'phases' && subId && focusWord === 'focus' && focus && parts.length === 6) return { name: 'workshop', id, phaseId: subId, focus };
    if (sub === 'details' && parts.length === 3) return { name: 'workshopDetails', id };
  }
  return { name: 'notFound' };
}

export const paths = {
  start: (): string => '#/',
  club: (id: string): string => `#/clubs/${encodeURIComponent(id)}`,
  workshop: (id: string): string => `#/workshops/${encodeURIComponent(id)}`,
  phase: (id: string, phaseId: string, focus?: string): string =>
    `#/workshops/${encodeURIComponent(id)}/phases/${encodeURIComponent(phaseId)}${focus ? `/focus/${encodeURIComponent(focus)}` : ''}`,
  workshopDetails: (id: string): string => `#/workshops/${encodeURIComponent(id)}/details`,
  settings: (): string => '#/settings',
  templates: (): string => '#/templates',
  template: (id: string): string => `#/templates/${encodeURIComponent(id)}`,
};

export function navigate(path: string): void {
  window.location.hash = path;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = (): void => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
