// Moved to the one catalogue: src-main/shared/i18n/types.ts.
export type { Catalogue } from '../../src-main/shared/i18n/types';
