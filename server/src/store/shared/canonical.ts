/**
 * Key-order-insensitive JSON of a record, shared by both stores to tell an unchanged record
 * from an updated one: records are plain JSON data validated by zod, so equal strings ⇔ equal
 * records.
 */
export const canonical = (v: unknown): string =>
  JSON.stringify(v, (_k, val: unknown) =>
    val !== null && typeof val === 'object' && !Array.isArray(val)
      ? Object.fromEntries(Object.entries(val).sort(([a], [b]) => a.localeCompare(b)))
      : val,
  );
