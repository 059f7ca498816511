import { dataProtectionLabelsEn as labels } from '../data-protection-labels';

const cap = <K extends string>(values: Record<K, string>): Record<K, string> =>
  Object.fromEntries(Object.entries<string>(values).map(([k, v]) => [k, v.charAt(0).toUpperCase() + v.slice(1)])) as Record<K, string>;

// The phases "Checklist" and "Data map" (data-protection consultation, handover).
export const enDataProtection = {
  states: cap(labels.states),
  unanswered: labels.unanswered.charAt(0).toUpperCase() + labels.unanswered.slice(1),
  consent: cap(labels.consent),
  checklist: {
    heading: 'Checklist',
    summary: 'Done: {{done}} · partly: {{partial}} · open: {{open}} · does not apply: {{na}} · not discussed yet: {{rest}}',
    stateOf: 'State: {{item}}',
    note: 'Note',
    noteOf: 'Note on “{{item}}”',
    noItems: 'This checklist has no items yet. Add items in the workshop’s agenda (workshop details → adapt the agenda).',
    kindLabel: 'Checklist item',
    saved: '“{{item}}”: {{state}}',
  },
  dataMap: {
    heading: 'Data map',
    caption: 'The club’s data',
    add: 'Add a row',
    addTitle: 'Add a row to the data map',
    editTitle: 'Edit the row',
    edit: 'Edit',
    editLabel: 'Edit “{{kind}}”',
    remove: 'Delete',
    removeLabel: 'Delete “{{kind}}”',
    removed: '“{{kind}}” deleted.',
    restored: '“{{kind}}” is back.',
    undoRemove: 'Deleting “{{kind}}”',
    save: 'Save',
    addSubmit: 'Add',
    empty: 'No data entered yet. Use “Add a row” to enter the first kind of data, for example “member data”.',
    kindLabel: 'Data map row',
    actionsOf: 'Actions for “{{kind}}”',
    columns: {
      dataKind: 'Which data?',
      storage: 'Stored where?',
      access: 'Who has access?',
      legalBasis: 'Legal basis',
      consent: 'Consent needed?',
      deletion: 'Deletion period',
      measure: 'Measure',
    },
    hints: {
      dataKind: 'For example “member data (name, address, bank details)” or “photos of events”.',
      storage: 'For example a folder in the clubhouse, a spreadsheet, the cloud, a messenger group.',
      access: 'Who can see the data today?',
      legalBasis: 'Why may the club use the data?',
      deletion: 'When is the data deleted or shredded?',
    },
    legalBases: { contract: 'Membership or contract', law: 'Legal obligation', interest: 'Legitimate interest', consent: 'Consent', unclear: 'Not clear yet' },
  },
  made: 'Measure: {{title}}',
  present: {
    empty: 'No data entered yet.',
  },
  templates: {
    items: 'Checklist items',
    itemsHint: 'What the group checks, with a short explanation in plain language.',
    itemTitle: 'Item {{n}}',
    itemExplanation: 'Explanation of item {{n}}',
    addItem: 'Add an item',
    removeItem: 'Remove item {{n}}',
    moveUp: 'Move item {{n}} up',
    newItem: 'New item',
    notice: 'Notice for the club',
    noticeHint: 'Shown above the results, on the projector and in the report, for example “For orientation – not legal advice”.',
    noItems: 'No items yet.',
  },
};
