import type { deErrors } from './de-errors';
import type { Catalogue } from './types';

export const enErrors: Catalogue<typeof deErrors> = {
  validation: {
    required: 'Please fill in “{{field}}”.',
    tooShort: '“{{field}}” is too short: at least {{min}} characters.',
    tooLong: '“{{field}}” is too long: at most {{max}} characters. Please shorten the text.',
    tooSmall: '“{{field}}” must be at least {{min}}.',
    tooBig: '“{{field}}” must be at most {{max}}.',
    tooFewItems: '“{{field}}” needs at least {{min}} entries.',
    tooManyItems: '“{{field}}” has too many entries: at most {{max}}.',
    wrongType: '“{{field}}” is not in the right form. Please check your entry.',
    invalidChoice: 'Please choose an entry from the list for “{{field}}”.',
    unknownField: 'Vereinswerkstatt does not know these details: {{keys}}.',
    invalidFormat: '“{{field}}” is not in the right form. Please check your entry.',
    invalid: 'This entry is not valid. Please check it.',
    date: 'Please enter the date as DD.MM.YYYY, for example 14.03.2026.',
    wholeNumber: 'Please enter a whole number, for example 12.',
  },
  required: {
    name: 'The name is missing. Please enter a name.',
    title: 'The title is missing. Please enter a title.',
  },
  notFound: {
    organisation: 'This club no longer exists. It may have just been deleted.',
    workshop: 'This workshop no longer exists. It may have just been deleted.',
    phase: 'This phase no longer exists. Please reload the workshop.',
    template: 'This template does not exist. Please choose another one.',
  },
  conflict: {
    constraint: 'This does not fit the saved data. Please reload the page and try again.',
  },
  storage: {
    unavailable: 'The data cannot be reached right now. Nothing was saved.',
    corrupt: 'The file is damaged and cannot be read.',
    locked: 'The file is being used by another program.',
    noAccess: 'There is no access to the file or its folder.',
    unreadable: 'The file cannot be read.',
    notOpened: 'The data has not been opened yet.',
    full: 'This computer’s disk is full. Please free some space; the last change was not saved.',
    busy: 'The data is busy. Please try again in a moment.',
    readOnly: 'The file is read-only. The last change was not saved.',
    io: 'Writing to the disk failed. The last change was not saved.',
    write: 'The change could not be saved. Please try again.',
  },
  request: {
    unknownMethod: 'This action does not exist.',
    forbidden: 'This page may not use Vereinswerkstatt. Please open the address shown at start-up.',
    tooLarge: 'This entry is too large and was not saved. Please shorten it.',
    badJson: 'The request could not be read and was not carried out.',
    badMethod: 'This request is not allowed.',
    hostUnreachable: 'Vereinswerkstatt does not answer. Is “npm run serve” still running? Your earlier entries are saved.',
    badResponse: 'Vereinswerkstatt’s answer could not be read. Please reload the page.',
  },
  internal: 'Something went wrong. Your earlier entries are saved. Please try again.',
};
