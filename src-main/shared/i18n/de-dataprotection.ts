import { dataProtectionLabelsDe as labels } from '../data-protection-labels';

const cap = <K extends string>(values: Record<K, string>): Record<K, string> =>
  Object.fromEntries(Object.entries<string>(values).map(([k, v]) => [k, v.charAt(0).toUpperCase() + v.slice(1)])) as Record<K, string>;

// The phases "Checkliste" and "Datenlandkarte" (data-protection consultation, handover).
export const deDataProtection = {
  states: cap(labels.states),
  unanswered: labels.unanswered.charAt(0).toUpperCase() + labels.unanswered.slice(1),
  consent: cap(labels.consent),
  checklist: {
    heading: 'Checkliste',
    summary: 'Erledigt: {{done}} · teilweise: {{partial}} · offen: {{open}} · trifft nicht zu: {{na}} · noch nicht besprochen: {{rest}}',
    stateOf: 'Stand: {{item}}',
    note: 'Notiz',
    noteOf: 'Notiz zu „{{item}}“',
    noItems: 'Diese Checkliste hat noch keine Punkte. Ergänzen Sie Punkte im Ablauf des Workshops (Workshop-Details → Ablauf anpassen).',
    kindLabel: 'Punkt der Checkliste',
    saved: '„{{item}}“: {{state}}',
  },
  dataMap: {
    heading: 'Datenlandkarte',
    caption: 'Die Daten des Vereins',
    add: 'Zeile hinzufügen',
    addTitle: 'Zeile zur Datenlandkarte hinzufügen',
    editTitle: 'Zeile bearbeiten',
    edit: 'Bearbeiten',
    editLabel: '„{{kind}}“ bearbeiten',
    remove: 'Löschen',
    removeLabel: '„{{kind}}“ löschen',
    removed: '„{{kind}}“ gelöscht.',
    restored: '„{{kind}}“ ist wieder da.',
    undoRemove: 'Löschen von „{{kind}}“',
    save: 'Speichern',
    addSubmit: 'Hinzufügen',
    empty: 'Noch keine Daten eingetragen. Legen Sie mit „Zeile hinzufügen“ die erste Art von Daten an, zum Beispiel „Mitgliederdaten“.',
    kindLabel: 'Zeile der Datenlandkarte',
    actionsOf: 'Aktionen für „{{kind}}“',
    columns: {
      dataKind: 'Welche Daten?',
      storage: 'Wo gespeichert?',
      access: 'Wer hat Zugriff?',
      legalBasis: 'Rechtsgrundlage',
      consent: 'Einwilligung nötig?',
      deletion: 'Löschfrist',
      measure: 'Maßnahme',
    },
    hints: {
      dataKind: 'Zum Beispiel „Mitgliederdaten (Name, Anschrift, Bankverbindung)“ oder „Fotos von Festen“.',
      storage: 'Zum Beispiel Ordner im Vereinsheim, Excel-Liste, Cloud, Messenger-Gruppe.',
      access: 'Wer kann die Daten heute sehen?',
      legalBasis: 'Warum darf der Verein die Daten nutzen?',
      deletion: 'Wann werden die Daten gelöscht oder geschreddert?',
    },
    legalBases: { contract: 'Mitgliedschaft oder Vertrag', law: 'Gesetzliche Pflicht', interest: 'Berechtigtes Interesse', consent: 'Einwilligung', unclear: 'Noch unklar' },
  },
  made: 'Maßnahme: {{title}}',
  present: {
    empty: 'Noch keine Daten eingetragen.',
  },
  templates: {
    items: 'Punkte der Checkliste',
    itemsHint: 'Was die Gruppe prüft, mit einer kurzen Erklärung in einfacher Sprache.',
    itemTitle: 'Punkt {{n}}',
    itemExplanation: 'Erklärung zu Punkt {{n}}',
    addItem: 'Punkt hinzufügen',
    removeItem: 'Punkt {{n}} entfernen',
    moveUp: 'Punkt {{n}} nach oben',
    newItem: 'Neuer Punkt',
    notice: 'Hinweis für den Verein',
    noticeHint: 'Steht über den Ergebnissen, auf der Leinwand und im Bericht, zum Beispiel „Zur Orientierung – keine Rechtsberatung“.',
    noItems: 'Noch keine Punkte.',
  },
};
