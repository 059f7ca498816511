// Moved to the one catalogue: src-main/shared/i18n/de-errors.ts (edit the texts there).
export * from '../../src-main/shared/i18n/de-errors';
