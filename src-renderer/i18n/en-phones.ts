// Moved to the one catalogue: src-main/shared/i18n/en-phones.ts (edit the texts there).
export * from '../../src-main/shared/i18n/en-phones';
