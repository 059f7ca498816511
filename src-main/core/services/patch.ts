/**
 * Builds "UPDATE <table> SET …" for the fields a patch actually carries.
 * Only columns listed in `columns` can ever be written; updated_at is always set.
 */
export function patchStatement(
  table: string,
  columns: Record<string, string>,
  id: string,
  patch: Record<string, unknown>,
  now: string,
): { sql: string; values: Record<string, unknown> } {
  const sets: string[] = [];
  const values: Record<string, unknown> = { id, now };
  for (const [key, column] of Object.entries(columns)) {
    const value = patch[key];
    if (value === undefined) continue;
    sets.push(`${column} = @${key}`);
    values[key] = value;
  }
  sets.push('updated_at = @now');
  return { sql: `UPDATE ${table} SET ${sets.join(', ')} WHERE id = @id`, values };
}
