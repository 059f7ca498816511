// Fictional sample club and workshop for "Beispiel laden" (see
// ../shared/sample-workshop.md). Later features add their own content here.

export const SAMPLE_ORGANISATION = {
  name: 'TSV Musterstadt 1908 e.V.',
  legalForm: 'ev',
  field: 'Sport (Fußball, Turnen, Tischtennis, Kindersport)',
  members: 420,
  volunteers: 38,
  staff: 1,
  contact: 'Geschäftsstelle, info@tsv-musterstadt.example',
  notes: 'Geschäftsstelle in Teilzeit (15 Stunden pro Woche). Vorstand mit fünf Personen, Abteilungsleitungen für jede Sparte.',
} as const;

export const SAMPLE_WORKSHOP = {
  title: 'Verein(t) Veränderungen angehen',
  date: '2026-03-14',
  place: 'Vereinsheim, Sportplatzweg 3',
  coach: 'M. Berger',
  status: 'done',
  participantCount: 11,
} as const;

/** The sample day starts at half past nine; its printed agenda counts from there. */
export const SAMPLE_START_TIME = '09:30';

/** Notes per phase key of the day-workshop template. */
export const SAMPLE_NOTES: Record<string, string> = {
  ankommen: [
    'Erwartungen und Sorgen der Gruppe:',
    '- „Wir wollen weniger Zettelwirtschaft.“',
    '- „Angst, dass es nur mehr Arbeit wird.“',
    '- „Die Jüngeren besser einbinden.“',
    '- „Klarheit, wer wofür zuständig ist.“',
    '- „Datenschutz: Dürfen wir WhatsApp nutzen?“',
    '',
    'Regeln für den Tag: ausreden lassen, Handys stumm, alle Ideen sind willkommen.',
  ].join('\n'),
  'verein-heute': [
    'Selbsteinschätzung (1 = schwach, 5 = stark), auf die sich die Gruppe geeinigt hat:',
    '- Kommunikation: 2 – alles läuft über WhatsApp-Gruppen',
    '- Zusammenarbeit: 3',
    '- Mitglieder & Ehrenamt: 2 – die Einarbeitung hängt an Einzelnen',
    '- Wissen & Dokumentation: 1 – Ordner im Vereinsheim, vieles nur im Kopf',
    '- Datenschutz & Sicherheit: 2',
    '- Öffentlichkeitsarbeit: 3 – Website veraltet, Instagram läuft',
    '- Finanzen & Fördermittel: 3',
    '- Werkzeuge & Technik: 2 – Mitgliederverwaltung in Excel',
  ].join('\n'),
  werte: [
    'Diese Werte sollen die Veränderung leiten:',
    '- Gemeinschaft',
    '- Verlässlichkeit',
    '- Teilhabe für alle Altersgruppen',
    '- Datensparsamkeit',
    '- Ehrenamt wertschätzen',
  ].join('\n'),
  'thema-waehlen': [
    'Themen und Punkte (drei Punkte pro Person):',
    '- Einarbeitung neuer Übungsleiter:innen – 9 Punkte (gewählt)',
    '- Mitgliederverwaltung aus Excel lösen – 7 Punkte',
    '- Hallenbelegung und Terminabsprachen – 5 Punkte',
    '- Website erneuern – 2 Punkte',
    '',
    'Gewähltes Thema: „Neue Übungsleiter:innen gut ankommen lassen“.',
  ].join('\n'),
  beteiligte: [
    'Eng einbinden: Vorstand, Abteilungsleitungen, Jugendwart:in, Übungsleiter:innen.',
    'Kritisch: Geschäftsstelle (befürchtet Mehrarbeit) und Kassenwart:in (Kosten).',
    'Konflikt zwischen Geschäftsstelle und Abteilungsleitungen: Wer pflegt die Listen?',
    'Zuerst ansprechen: Geschäftsstelle – die Sorge vor Mehrarbeit ernst nehmen.',
  ].join('\n'),
  'prozess-heute': [
    'Ablauf heute: „Einarbeitung neue:r Übungsleiter:in“',
    '1. Interesse per Mundpropaganda',
    '2. Abteilungsleitung ruft an, Kennenlernen',
    '3. Geschäftsstelle lässt ein Papierformular ausfüllen',
    '4. Führungszeugnis wird per Post angefordert – Erinnerungen manuell, oft vergessen',
    '5. Vorstand prüft: Unterlagen vollständig? Wenn nein, zurück zu Schritt 3',
    '6. Aufnahme in die WhatsApp-Gruppe – Datenschutz unklar',
    '7. Schlüsselübergabe – keine Liste, wer welchen Schlüssel hat',
    '8. Erstes Training ohne Einweisung – Wissen nur im Kopf der Vorgänger:innen',
  ].join('\n'),
  'prozess-soll': [
    'So soll es künftig laufen:',
    '- Online-Formular statt Papier (digitales Potenzial)',
    '- Automatische Erinnerung an das Führungszeugnis (digitales Potenzial)',
    '- Einarbeitungs-Checkliste (Idee)',
    '- Pat:in für die ersten vier Wochen (Idee)',
    '- Vereins-Messenger mit Auftragsverarbeitungsvertrag statt privater WhatsApp-Gruppe',
    '- Schlüsselliste in der gemeinsamen Ablage',
  ].join('\n'),
  massnahmen: [
    'Vereinbarungen zum Maßnahmenplan:',
    '- Jede Maßnahme hat eine verantwortliche Person und einen ersten Schritt.',
    '- Der Vorstand schaut einmal im Monat auf die offenen Maßnahmen.',
    '- Folgetermin mit dem Coach in etwa drei Monaten.',
  ].join('\n'),
  abschluss: [
    'Rückmeldungen zum Tag:',
    '- „Endlich sehen wir, wo es hakt.“',
    '- „Mehr Zeit für den Soll-Prozess.“',
    '- „Die Karte mit den Beteiligten war augenöffnend.“',
    '- „Bitte Protokoll schnell schicken.“',
  ].join('\n'),
};

/** The sample club's stakeholder map (phase 5). */
export const SAMPLE_STAKEHOLDERS = [
  { name: 'Vorstand', category: 'board', influence: 4.8, interest: 4.2, attitude: 'supportive', targetAttitude: 'supportive', closeness: 'core' },
  { name: 'Abteilungsleitungen', category: 'volunteers', influence: 4.0, interest: 3.8, attitude: 'neutral', targetAttitude: 'supportive', closeness: 'core' },
  { name: 'Übungsleiter:innen', category: 'volunteers', influence: 3.2, interest: 4.6, attitude: 'neutral', targetAttitude: 'supportive', closeness: 'direct' },
  { name: 'Neue Übungsleiter:innen', category: 'volunteers', influence: 1.5, interest: 4.8, attitude: 'supportive', targetAttitude: 'supportive', closeness: 'direct' },
  { name: 'Geschäftsstelle', category: 'staff', influence: 3.0, interest: 4.0, attitude: 'critical', targetAttitude: 'neutral', closeness: 'direct', notes: 'Befürchtet Mehrarbeit durch neue Abläufe.' },
  { name: 'Jugendwart:in', category: 'volunteers', influence: 3.4, interest: 4.4, attitude: 'supportive', targetAttitude: 'supportive', closeness: 'core' },
  { name: 'Eltern', category: 'members', influence: 2.2, interest: 3.0, attitude: 'neutral', targetAttitude: 'neutral', closeness: 'indirect' },
  { name: 'Mitglieder', category: 'members', influence: 2.0, interest: 1.8, attitude: 'neutral', targetAttitude: 'neutral', closeness: 'indirect' },
  { name: 'Kassenwart:in', category: 'board', influence: 3.8, interest: 2.4, attitude: 'critical', targetAttitude: 'neutral', closeness: 'core', notes: 'Sorgt sich um die Kosten.' },
  { name: 'Stadtsportbund', category: 'partners', influence: 2.8, interest: 1.6, attitude: 'supportive', targetAttitude: 'supportive', closeness: 'environment' },
  { name: 'Sportamt der Stadt', category: 'administration', influence: 3.6, interest: 1.2, attitude: 'neutral', targetAttitude: 'neutral', closeness: 'environment' },
  { name: 'Sparkasse (Sponsor)', category: 'funders', influence: 2.6, interest: 1.4, attitude: 'neutral', targetAttitude: 'neutral', closeness: 'environment' },
] as const;

/** Relations by stakeholder name. */
export const SAMPLE_RELATIONS = [
  { source: 'Vorstand', target: 'Kassenwart:in', type: 'influences', label: '' },
  { source: 'Jugendwart:in', target: 'Übungsleiter:innen', type: 'collaborates', label: '' },
  { source: 'Geschäftsstelle', target: 'Abteilungsleitungen', type: 'conflict', label: 'Wer pflegt die Listen?' },
  { source: 'Abteilungsleitungen', target: 'Neue Übungsleiter:innen', type: 'collaborates', label: 'Einarbeitung' },
] as const;
