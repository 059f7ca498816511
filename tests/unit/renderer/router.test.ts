import { describe, expect, it } from 'vitest';
import { printPath } from '../../../src-main/contract';
import { parseRoute, paths } from '../../../src-renderer/app/router';

describe('hash routes', () => {
  it('round-trip every screen, including a phase opened on one thing', () => {
    expect(parseRoute(paths.start())).toEqual({ name: 'start' });
    expect(parseRoute(paths.club('c 1'))).toEqual({ name: 'club', id: 'c 1' });
    expect(parseRoute(paths.workshop('w'))).toEqual({ name: 'workshop', id: 'w', phaseId: null, focus: null });
    expect(parseRoute(paths.phase('w', 'p'))).toEqual({ name: 'workshop', id: 'w', phaseId: 'p', focus: null });
    expect(parseRoute(paths.phase('w', 'p', 'm/1'))).toEqual({ name: 'workshop', id: 'w', phaseId: 'p', focus: 'm/1' });
    expect(parseRoute(paths.workshopDetails('w'))).toEqual({ name: 'workshopDetails', id: 'w' });
    expect(parseRoute(paths.templates())).toEqual({ name: 'templates' });
    expect(parseRoute(paths.template('t-1'))).toEqual({ name: 'template', id: 't-1' });
    expect(parseRoute(printPath('w 1', 'agenda'))).toEqual({ name: 'print', id: 'w 1', document: 'agenda', auto: false });
    expect(parseRoute(printPath('w', 'actions', true))).toEqual({ name: 'print', id: 'w', document: 'actions', auto: true });
  });

  it('send anything else to "not found"', () => {
    for (const hash of ['#/nope', '#/workshops/w/phases/p/focus', '#/workshops/w/phases/p/other/x', '#/clubs', '#/print/poster/w', '#/print/agenda/w/now']) {
      expect(parseRoute(hash)).toEqual({ name: 'notFound' });
    }
  });
});
