/** Batched statement helpers for the load transaction. */
import { RelataError } from '../../domain';
import type { Tx } from './executor';
import type { Row } from './mapping';
import { chunk } from './params';
import type { QueryName } from './queries';

/** Runs a look-up statement over `ids` in batches and concatenates the rows. */
export const lookUp = async (
  tx: Tx,
  name: QueryName,
  key: 'ids' | 'relIds',
  ids: string[],
  size: number,
) => {
  const rows: Row[] = [];
  for (const batch of chunk(ids, size)) rows.push(...(await tx.run(name, { [key]: batch })));
  return rows;
};

export const text = (v: unknown): string => {
  if (typeof v !== 'string') throw new RelataError('INTERNAL', 'Unexpected row from Neo4j');
  return v;
};
export const optText = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** Writes rows in batches, reporting progress; checks each batch wrote every row. */
export const writeBatches = async <T>(
  tx: Tx,
  name: QueryName,
  items: readonly T[],
  size: number,
  toRow: (item: T) => Record<string, unknown>,
  report: (written: number) => void,
): Promise<void> => {
  let written = 0;
  report(0);
  for (const batch of chunk(items, size)) {
    const rows = await tx.run(name, { rows: batch.map(toRow) });
    const n = rows[0]?.written ?? rows[0]?.linked;
    if (typeof n !== 'number' || n !== batch.length) {
      throw new RelataError(
        'INTERNAL',
        `${name}: wrote ${JSON.stringify(n)} of ${batch.length} rows`,
      );
    }
    written += batch.length;
    report(written);
  }
};
