/**
 * Streaming reads: keyset pagination in id order, one read transaction per page, so a consumer
 * never holds a transaction open. Order is by code point, like the embedded store's `.sort()`.
 */
import type { Actor, Relationship } from '../../domain';
import { aggregateClaims } from '../../domain';
import { resolveFilter } from '../filter';
import type { ClaimFilter } from '../types';
import type { Runner } from './executor';
import { actorFromProps, claimFromProps } from './mapping';
import { filterParams, integer } from './params';

const DEFAULT_BATCH = 1000;

const pageSize = (n: number) => integer(Math.max(1, Math.floor(n)));

export async function* streamActors(ex: Runner, batchSize = DEFAULT_BATCH): AsyncIterable<Actor[]> {
  let after = '';
  for (;;) {
    const rows = await ex.readOne('read-actors-page', { after, batchSize: pageSize(batchSize) });
    const page = rows.map((r) => actorFromProps(r.actor));
    if (page.length > 0) yield page;
    const last = page.at(-1);
    if (last === undefined || page.length < batchSize) return;
    after = last.id;
  }
}

export async function* streamRelationships(
  ex: Runner,
  filter: ClaimFilter,
  batchSize = DEFAULT_BATCH,
): AsyncIterable<Relationship[]> {
  const fp = filterParams(resolveFilter(filter));
  let after = '';
  for (;;) {
    const params = { after, batchSize: pageSize(batchSize), ...fp };
    const rows = await ex.readOne('read-relationships-page', params);
    const groups = new Map<string, ReturnType<typeof claimFromProps>[]>();
    for (const r of rows) {
      const relId = typeof r.relId === 'string' ? r.relId : '';
      const group = groups.get(relId) ?? [];
      group.push(claimFromProps(r.claim));
      groups.set(relId, group);
    }
    const ids = [...groups.keys()].sort();
    const page = ids.flatMap((id) => aggregateClaims(groups.get(id) ?? []) ?? []);
    if (page.length > 0) yield page;
    const last = ids.at(-1);
    if (last === undefined || ids.length < batchSize) return;
    after = last;
  }
}
