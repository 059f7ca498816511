import type Database from 'better-sqlite3';
import { expect } from 'vitest';

// Hand-written checks of a migrated fixture, one per schema version: a fixture
// of version N passes the checks 1..N. They name values literally, so that the
// value-by-value comparison in migration-fixtures.test.ts cannot pass on an
// empty or wrong fixture. Each runs on the latest schema.

type Db = Database.Database;

const one = (db: Db, sql: string, ...params: unknown[]): Record<string, unknown> | undefined =>
  db.prepare(sql).get(...params) as Record<string, unknown> | undefined;
const count = (db: Db, table: string): number => (one(db, `SELECT COUNT(*) AS n FROM ${table}`)!.n as number);

export const SPOT_CHECKS: Record<number, (db: Db) => void> = {
  1(db) {
    expect(one(db, "SELECT value FROM settings WHERE key = 'language'")).toEqual({ value: 'de' });
    expect(one(db, "SELECT name, legal_form, members, staff FROM organisations WHERE name LIKE 'TSV%'")).toEqual({
      name: 'TSV Musterstadt 1908 e.V.', legal_form: 'ev', members: 420, staff: 1,
    });
    expect(one(db, "SELECT legal_form, staff FROM organisations WHERE name = 'Förderverein der Grundschule Am Mühlbach e.V.'")).toEqual({ legal_form: null, staff: null });
    expect(count(db, 'workshops')).toBe(3);
    expect(one(db, "SELECT date, status, participant_count, template_id FROM workshops WHERE title = 'Verein(t) Veränderungen angehen'")).toEqual({
      date: '2026-03-14', status: 'done', participant_count: 11, template_id: 'builtin-vereint-veraenderungen-angehen',
    });
    expect(count(db, 'workshop_phases')).toBe(9 + 6 + 8);
    const arrival = one(db, "SELECT p.notes, p.prompts FROM workshop_phases p JOIN workshops w ON w.id = p.workshop_id WHERE w.status = 'done' AND p.key = 'ankommen'")!;
    expect(arrival.notes).toContain('- „Wir wollen weniger Zettelwirtschaft.“');
    expect(JSON.parse(arrival.prompts as string)).toContain('Was wünschen Sie sich von diesem Tag?');
  },
  2(db) {
    // Placed stakeholders only: version 9 adds some without values (checked there).
    expect(one(db, 'SELECT COUNT(*) AS n FROM stakeholders WHERE influence IS NOT NULL AND interest IS NOT NULL')).toEqual({ n: 14 });
    expect(one(db, "SELECT influence, interest, attitude, target_attitude, closeness FROM stakeholders WHERE name = 'Übungsleiter:innen'")).toEqual({
      influence: 3.2, interest: 4.6, attitude: 'neutral', target_attitude: 'supportive', closeness: 'direct',
    });
    expect(
      one(db, `SELECT s.name AS source, t.name AS target, r.type FROM stakeholder_relations r JOIN stakeholders s ON s.id = r.source_id
               JOIN stakeholders t ON t.id = r.target_id WHERE r.label = 'Wer pflegt die Listen?'`),
    ).toEqual({ source: 'Geschäftsstelle', target: 'Abteilungsleitungen', type: 'conflict' });
    expect(one(db, 'SELECT COUNT(*) AS n FROM stakeholder_relations r JOIN stakeholders s ON s.id = r.source_id WHERE s.interest IS NOT NULL')).toEqual({ n: 5 });
  },
  3(db) {
    expect([count(db, 'process_diagrams'), count(db, 'process_lanes'), count(db, 'process_steps'), count(db, 'process_edges'), count(db, 'process_markers')]).toEqual([2, 8, 19, 19, 10]);
    expect(one(db, "SELECT kind, severity FROM process_markers WHERE text = 'Wissen nur im Kopf der Vorgänger:innen'")).toEqual({ kind: 'pain', severity: 3 });
    expect(one(db, "SELECT o.label FROM process_steps s JOIN process_steps o ON o.id = s.origin_id WHERE s.label = 'Online-Formular ausfüllen'")).toEqual({
      label: 'Papierformular ausfüllen lassen',
    });
    expect(
      one(db, `SELECT t.label FROM process_edges e JOIN process_steps s ON s.id = e.source_id JOIN process_steps t ON t.id = e.target_id
               JOIN process_diagrams d ON d.id = e.diagram_id WHERE d.variant = 'ist' AND e.label = 'Nein'`),
    ).toEqual({ label: 'Papierformular ausfüllen lassen' });
    expect(one(db, "SELECT x FROM process_steps WHERE label = 'Einarbeitungs-Checkliste durchgehen'")).toEqual({ x: 2172.25 });
  },
  4(db) {
    expect(count(db, 'measures')).toBe(10);
    // Version 11 adds entries made in a follow-up session (workshop_id set).
    expect(one(db, 'SELECT COUNT(*) AS n FROM measure_history WHERE workshop_id IS NULL')).toEqual({ n: 4 });
    expect(one(db, "SELECT due_date, status, owner, origin_kind, origin_label FROM measures WHERE title = 'Schlüsselliste anlegen'")).toEqual({
      due_date: '2026-04-15', status: 'open', owner: 'Abteilungsleitung Fußball', origin_kind: 'marker', origin_label: 'Keine Liste, wer welchen Schlüssel hat',
    });
    expect(one(db, "SELECT status, blocked_reason FROM measures WHERE title = 'Kosten klären'")).toEqual({ status: 'blocked', blocked_reason: 'Wartet auf Angebote der Softwareanbieter' });
    // A loose origin link whose pain point was deleted keeps its label; no migration may "clean" it away.
    const orphan = one(db, "SELECT origin_id, origin_label FROM measures WHERE title = 'Hallenschlüssel nachmachen lassen'")!;
    expect(orphan.origin_label).toBe('Nur ein Schlüssel für den Schulkeller');
    expect(one(db, 'SELECT 1 FROM process_markers WHERE id = ?', orphan.origin_id)).toBeUndefined();
    expect(
      db.prepare("SELECT h.date, h.previous_status FROM measure_history h JOIN measures m ON m.id = h.measure_id WHERE m.title = 'Einarbeitungs-Checkliste erstellen' ORDER BY h.date").all(),
    ).toEqual([{ date: '2026-03-28', previous_status: 'open' }, { date: '2026-04-21', previous_status: 'in_progress' }]);
  },
  5(db) {
    expect(count(db, 'templates')).toBe(3);
    const own = one(db, "SELECT version, phases, phase_count, total_minutes, based_on FROM templates WHERE name = 'Ehrenamtsabend: Danke sagen und Aufgaben verteilen'")!;
    expect(own).toMatchObject({ version: 2, phase_count: 3, total_minutes: 75, based_on: null });
    expect((JSON.parse(own.phases as string) as { title: string }[]).map((p) => p.title)).toEqual(['Danke sagen', 'Aufgaben für das nächste Halbjahr', 'Wer macht was bis wann?']);
    expect(one(db, "SELECT language, based_on FROM templates WHERE name = 'Volunteer evening'")).toEqual({ language: 'en', based_on: 'builtin-wissen-bleibt' });
  },
  6(db) {
    // The coach's cards only: version 10 adds one from a phone (checked there).
    const coachCards = one(db, "SELECT COUNT(*) AS n FROM cards WHERE origin = 'coach'")!.n as number;
    expect([coachCards, count(db, 'card_clusters'), count(db, 'vote_sessions'), count(db, 'phase_timers'), count(db, 'selfcheck_entries')]).toEqual([23, 6, 2, 4, 9]);
    expect(one(db, "SELECT c.color, k.name AS cluster FROM cards c JOIN card_clusters k ON k.id = c.cluster_id WHERE c.text = 'Datenschutz: dürfen wir WhatsApp nutzen?'")).toEqual({
      color: 'pink', cluster: 'Sorgen',
    });
    expect(one(db, 'SELECT k.name, k.votes, v.dots_per_person FROM vote_sessions v JOIN card_clusters k ON k.id = v.chosen_id')).toEqual({
      name: 'Einarbeitung neuer Übungsleiter:innen', votes: 9, dots_per_person: 3,
    });
    expect(one(db, "SELECT agreed, note, ratings FROM selfcheck_entries WHERE dimension = 'knowledge' AND agreed IS NOT NULL")).toEqual({
      agreed: 1, note: 'Ordner im Vereinsheim, vieles nur im Kopf.', ratings: '[1,1,2,1,1,2,1,1,3,1,1]',
    });
    expect(one(db, "SELECT elapsed_ms, started_at, extra_minutes FROM phase_timers WHERE state = 'running'")).toEqual({
      elapsed_ms: 420_000, started_at: '2026-03-27T17:12:00.000Z', extra_minutes: 10,
    });
    expect(one(db, "SELECT p.key FROM workshops w JOIN workshop_phases p ON p.id = w.live_phase_id WHERE w.status = 'done'")).toEqual({ key: 'abschluss' });
  },
  7(db) {
    const day = one(db, "SELECT follow_up_date, participant_names, participants_consent FROM workshops WHERE status = 'done'")!;
    expect(day).toMatchObject({ follow_up_date: '2026-06-20', participants_consent: 1 });
    expect((day.participant_names as string).split('\n')).toContain('Lea Öztürk (Jugendwartin)');
    expect(one(db, "SELECT participant_names, participants_consent FROM workshops WHERE status = 'running'")).toEqual({
      participant_names: 'Sabine Krüger\nGül Öztürk\nJörg Weiß', participants_consent: 0,
    });
  },
  8(db) {
    const kept = db.prepare('SELECT results, removed_at FROM removed_phase_results').all() as { results: string; removed_at: string }[];
    expect(kept).toHaveLength(1);
    const results = JSON.parse(kept[0]!.results) as { cards: { text: string }[]; phase_timers: { elapsed_ms: number }[] };
    expect(results.cards.map((c) => c.text)).toEqual(['Wer backt für das Sommerfest?', 'Spendenliste für Kuchen führen']);
    expect(results.phase_timers[0]!.elapsed_ms).toBe(300_000);
    expect(kept[0]!.removed_at).toBe('2026-03-27T17:15:00.000Z');
  },
  9(db) {
    expect(count(db, 'stakeholders')).toBe(16);
    expect(db.prepare('SELECT name, influence, interest, notes FROM stakeholders WHERE influence IS NULL OR interest IS NULL ORDER BY name').all()).toEqual([
      { name: 'Hausmeister der Schule', influence: null, interest: null, notes: 'Hat den Schlüssel zum Schulkeller.' },
      { name: 'Schulsekretariat', influence: 2.5, interest: null, notes: '' },
    ]);
    expect(one(db, "SELECT s.name AS source, t.name AS target FROM stakeholder_relations r JOIN stakeholders s ON s.id = r.source_id JOIN stakeholders t ON t.id = r.target_id WHERE r.label = 'Schlüssel'")).toEqual({
      source: 'Hausmeister der Schule', target: 'Schulleitung',
    });
    // The rebuilt table keeps the trigger that carries a renamed stakeholder into its measures' origin.
    expect(one(db, "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'stakeholders'")).toEqual({ name: 'measures_follow_stakeholder' });
  },
  10(db) {
    expect(db.prepare('SELECT status, ask_names FROM workshops ORDER BY status').all()).toEqual([
      { status: 'done', ask_names: 0 }, { status: 'planned', ask_names: 0 }, { status: 'running', ask_names: 1 },
    ]);
    expect(db.prepare('SELECT p.key, s.moderation, s.closed FROM phase_phone_settings s JOIN workshop_phases p ON p.id = s.phase_id ORDER BY p.key').all()).toEqual([
      { key: 'kritisches-wissen', moderation: 'review', closed: 0 }, { key: 'wer-weiss-was', moderation: 'direct', closed: 1 },
    ]);
    expect(one(db, "SELECT COUNT(*) AS n FROM cards WHERE origin = 'coach'")).toEqual({ n: count(db, 'cards') - 1 });
    expect(one(db, "SELECT c.text, c.author, c.votes, o.session_id FROM cards c JOIN phone_cards o ON o.card_id = c.id WHERE c.origin = 'phone'")).toEqual({
      text: 'Wer hat welche Schlüssel für den Schulkeller?', author: 'Jörg', votes: 2, session_id: 'ph-7c2f9a4e1b',
    });
    expect(db.prepare('SELECT text, author, session_id FROM card_queue ORDER BY created_at').all()).toEqual([
      { text: 'Das Passwort fürs Online-Banking steht auf einem Zettel', author: '', session_id: 'ph-03d81e6b5a' },
      { text: 'Die Chronik des Vereins', author: 'Gül', session_id: null },
    ]);
    const ballot = one(db, 'SELECT b.dots, p.key FROM phone_ballots b JOIN workshop_phases p ON p.id = b.phase_id')!;
    expect(ballot.key).toBe('kritisches-wissen');
    expect((JSON.parse(ballot.dots as string) as { count: number }[]).map((d) => d.count)).toEqual([1, 1]);
    expect(one(db, 'SELECT dimension, rating FROM phone_ratings')).toEqual({ dimension: 'knowledge', rating: 2 });
  },
  11(db) {
    expect(
      one(db, `SELECT f.title AS follow_up, d.title AS follows FROM workshops f JOIN workshops d ON d.id = f.follows_workshop_id`),
    ).toEqual({ follow_up: 'Folgetermin: Neue Übungsleiter:innen gut ankommen lassen', follows: 'Verein(t) Veränderungen angehen' });
    expect(one(db, "SELECT status, dropped_reason FROM measures WHERE title = 'Pat:innen-Modell einführen'")).toEqual({
      status: 'dropped', dropped_reason: 'Der Landessportbund bietet ab Herbst ein Mentoring an; das übernehmen wir.',
    });
    expect(
      db.prepare(`SELECT m.title, h.status, w.title AS session FROM measure_history h JOIN measures m ON m.id = h.measure_id
                  JOIN workshops w ON w.id = h.workshop_id ORDER BY h.created_at`).all(),
    ).toEqual([
      { title: 'Pat:innen-Modell einführen', status: 'dropped', session: 'Folgetermin: Neue Übungsleiter:innen gut ankommen lassen' },
      { title: 'Folgetermin Coaching', status: 'done', session: 'Folgetermin: Neue Übungsleiter:innen gut ankommen lassen' },
    ]);
  },
  12(db) {
    const checklist = one(db, "SELECT kind, items FROM workshop_phases WHERE key = 'checkliste' AND kind = 'checklist'")!;
    expect((JSON.parse(checklist.items as string) as { key: string }[]).map((i) => i.key)).toEqual(['aufgaben', 'zugaenge-sperren', 'schluessel']);
    expect(
      db.prepare(`SELECT a.item_key, a.state, a.note, m.title AS measure FROM checklist_answers a LEFT JOIN measures m ON m.id = a.measure_id ORDER BY a.updated_at`).all(),
    ).toEqual([
      { item_key: 'aufgaben', state: 'partial', note: 'Die Kasse hat eine Liste, der Vorstand nicht.', measure: 'Übergabemappe für die Kasse anlegen' },
      { item_key: 'zugaenge-sperren', state: 'open', note: 'Der frühere Kassenwart ist noch im Online-Banking.', measure: null },
      { item_key: 'schluessel', state: null, note: 'Wer hat den dritten Hallenschlüssel?', measure: null },
    ]);
    expect(one(db, "SELECT title, notice FROM workshop_phases WHERE kind = 'datamap'")).toEqual({ title: 'Unsere Datenlandkarte', notice: 'Zur Orientierung – keine Rechtsberatung.' });
    expect(
      db.prepare(`SELECT r.data_kind, r.consent, r.deletion, m.title AS measure FROM data_map_rows r LEFT JOIN measures m ON m.id = r.measure_id ORDER BY r.position`).all(),
    ).toEqual([
      { data_kind: 'Kontaktdaten der Eltern', consent: 'no', deletion: 'Nach Austritt', measure: null },
      { data_kind: 'Fotos vom Schulfest', consent: 'yes', deletion: '1 Jahr', measure: 'Hallenschlüssel nachmachen lassen' },
    ]);
    // Phases from before version 12 get no items and no notice.
    expect(one(db, "SELECT COUNT(*) AS n FROM workshop_phases WHERE items = '[]' AND notice = ''")).toEqual({ n: 9 + 6 + 8 - 2 });
  },
  13(db) {
    expect(db.prepare('SELECT title, impact_stage FROM measures WHERE impact_stage IS NOT NULL ORDER BY title').all()).toEqual([
      { title: 'Hallenschlüssel nachmachen lassen', impact_stage: 'outcome' },
      { title: 'Pat:innen-Modell einführen', impact_stage: 'impact' },
      { title: 'Übergabemappe für die Kasse anlegen', impact_stage: 'output' },
    ]);
  },
  14(db) {
    expect(db.prepare('SELECT title, start_time FROM workshops ORDER BY start_time IS NULL, start_time').all()).toEqual([
      { title: 'Verein(t) Veränderungen angehen', start_time: '09:30' },
      { title: 'Wenn Ehrenamtliche gehen', start_time: '18:00' },
      { title: 'Folgetermin: Neue Übungsleiter:innen gut ankommen lassen', start_time: null },
    ]);
  },
  15(db) {
    expect(db.prepare('SELECT title, language FROM workshops ORDER BY language, title').all()).toEqual([
      { title: 'Folgetermin: Neue Übungsleiter:innen gut ankommen lassen', language: 'de' },
      { title: 'Verein(t) Veränderungen angehen', language: 'de' },
      { title: 'Wenn Ehrenamtliche gehen', language: 'en' },
    ]);
  },
};
