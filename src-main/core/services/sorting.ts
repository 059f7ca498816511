/** Sorts names the way German readers expect (Ä with A, case-insensitive). */
export const germanCollator = new Intl.Collator('de', { sensitivity: 'base', numeric: true });
