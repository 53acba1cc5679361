import { aggregateClaims, parseRelationshipId, relationshipId, type Claim } from '../../domain';
import type { LoadProgress } from '../types';
import type { Tx } from './executor';
import { claimFromProps } from './mapping';
import { chunk } from './params';
import { relationshipProps } from './props';

/**
 * Re-aggregates every relationship whose claims changed, from all its claims (any status),
 * and writes it as a typed relationship between the two actors; relationships left without
 * claims are deleted.
 */
export const rebuildRelationships = async (
  tx: Tx,
  relIds: string[],
  size: number,
  onProgress: (p: LoadProgress) => void,
) => {
  let done = 0;
  onProgress({ phase: 'relationships', done, total: relIds.length });
  for (const batch of chunk(relIds, size)) {
    const rows = await tx.run('load-relationship-claims', { relIds: batch });
    const groups = new Map<string, Claim[]>(batch.map((id) => [id, []]));
    for (const r of rows) {
      const c = claimFromProps(r.claim);
      groups.get(relationshipId(c.subject, c.predicate, c.object))?.push(c);
    }
    const upserts: Record<string, unknown>[] = [];
    const deletes: Record<string, unknown>[] = [];
    for (const [id, claims] of groups) {
      const rel = aggregateClaims(claims);
      if (rel === null) deletes.push({ ...parseRelationshipId(id) });
      else
        upserts.push({
          subject: rel.subject,
          predicate: rel.predicate,
          object: rel.object,
          props: relationshipProps(rel),
        });
    }
    if (upserts.length > 0) await tx.run('load-relationships', { rows: upserts });
    if (deletes.length > 0) await tx.run('load-delete-relationships', { rows: deletes });
    done += batch.length;
    onProgress({ phase: 'relationships', done, total: relIds.length });
  }
};
