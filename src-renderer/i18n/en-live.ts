// Moved to the one catalogue: src-main/shared/i18n/en-live.ts (edit the texts there).
export * from '../../src-main/shared/i18n/en-live';
