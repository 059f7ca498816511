import { CLOSED_MEASURE_STATUSES } from '../contract/actions';

// The SQL side of "open": the same closed statuses as isClosedStatus in the
// contract, so a query never decides differently from the UI.

/** `<column> NOT IN ('done', 'dropped')`: true for the measures that are still open. */
export const openStatusSql = (column: string): string =>
  `${column} NOT IN (${CLOSED_MEASURE_STATUSES.map((s) => `'${s}'`).join(', ')})`;
