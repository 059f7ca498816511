import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Organisation, OrganisationSummary } from '../../../src-main/contract';
import { snapshot } from '../../helpers/snapshot';
import { type TestWorkspace, createTestWorkspace } from '../../helpers/workspace';

let tw: TestWorkspace;
beforeEach(() => {
  tw = createTestWorkspace();
});
afterEach(() => tw.cleanup());

const db = () => tw.workspace.connection!;

describe('organisations (clubs)', () => {
  it('are created with defaults, listed in German order, updated and deleted', async () => {
    const a = await tw.call<Organisation>('organisations.create', { name: '  Ökogarten Musterstadt e.V. ' });
    expect(a).toMatchObject({ name: 'Ökogarten Musterstadt e.V.', legalForm: null, members: null, notes: '' });
    await tw.call('organisations.create', { name: 'Zirkus Zappelino', legalForm: 'ev', members: 12 });
    await tw.call('organisations.create', { name: 'Anglerfreunde 1960' });

    const list = await tw.call<OrganisationSummary[]>('organisations.list');
    expect(list.map((o) => o.name)).toEqual(['Anglerfreunde 1960', 'Ökogarten Musterstadt e.V.', 'Zirkus Zappelino']);
    expect(list[0]).toMatchObject({ workshopCount: 0, lastWorkshopDate: null });

    const updated = await tw.call<Organisation>('organisations.update', { id: a.id, members: 80, notes: 'Garten' });
    expect(updated).toMatchObject({ name: 'Ökogarten Musterstadt e.V.', members: 80, notes: 'Garten' });

    await tw.call('organisations.delete', { id: a.id });
    const missing = await tw.api.invoke('organisations.get', { id: a.id });
    expect(missing).toEqual({ ok: false, error: { kind: 'not_found', messageKey: 'errors.notFound.organisation' } });
  });

  it('deleting a club deletes its workshops and their phases', async () => {
    const club = await tw.call<Organisation>('organisations.create', { name: 'TSV' });
    await tw.call('workshops.create', {
      organisationId: club.id,
      templateId: 'builtin-vereint-veraenderungen-angehen',
      title: 'Tag 1',
    });
    await tw.call('organisations.delete', { id: club.id });
    const counts = db().prepare('SELECT (SELECT COUNT(*) FROM workshops) AS w, (SELECT COUNT(*) FROM workshop_phases) AS p').get();
    expect(counts).toEqual({ w: 0, p: 0 });
  });

  it('emit a change event only after the write committed', async () => {
    await tw.call('organisations.create', { name: 'Chor am Markt' });
    expect(tw.events).toContainEqual(expect.objectContaining({ name: 'organisations.changed' }));
  });
});

describe('bad input for organisations writes nothing', () => {
  const cases: [string, string, unknown, string][] = [
    ['missing name', 'organisations.create', {}, 'errors.validation.required'],
    ['blank name', 'organisations.create', { name: '   ' }, 'errors.validation.required'],
    ['10 MB name', 'organisations.create', { name: 'x'.repeat(10 * 1024 * 1024) }, 'errors.validation.tooLong'],
    ['wrong type', 'organisations.create', { name: 42 }, 'errors.validation.wrongType'],
    ['negative count', 'organisations.create', { name: 'A', members: -1 }, 'errors.validation.tooSmall'],
    ['fractional count', 'organisations.create', { name: 'A', members: 1.5 }, 'errors.validation.wrongType'],
    ['unknown legal form', 'organisations.create', { name: 'A', legalForm: 'gmbh' }, 'errors.validation.invalidChoice'],
    ['unknown field', 'organisations.create', { name: 'A', hacked: true }, 'errors.validation.unknownField'],
    ['not an object', 'organisations.create', 'DROP TABLE organisations', 'errors.validation.wrongType'],
    ['update unknown id', 'organisations.update', { id: 'nope', name: 'B' }, 'errors.notFound.organisation'],
    ['delete unknown id', 'organisations.delete', { id: 'nope' }, 'errors.notFound.organisation'],
    ['update to empty name', 'organisations.update', { id: 'x', name: '' }, 'errors.validation.required'],
  ];

  it.each(cases)('%s', async (_label, method, input, messageKey) => {
    await tw.call('organisations.create', { name: 'Bestand e.V.' });
    const before = snapshot(db());
    const result = await tw.api.invoke(method, input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.messageKey).toBe(messageKey);
    expect(snapshot(db())).toEqual(before);
  });

  it('names the failing field so the form can show the message next to it', async () => {
    const result = await tw.api.invoke('organisations.create', { name: '' });
    expect(result).toMatchObject({
      ok: false,
      error: { kind: 'validation', params: { field: 'name' }, issues: [{ field: 'name' }] },
    });
  });

  it('an unknown method is refused', async () => {
    const result = await tw.api.invoke('organisations.dropAll', {});
    expect(result).toMatchObject({ ok: false, error: { messageKey: 'errors.request.unknownMethod' } });
  });
});
