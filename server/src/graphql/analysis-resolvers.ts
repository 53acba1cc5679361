import {
  allPaths,
  buildProjection,
  computeMetrics,
  shortestPath,
  wholeGraphProjection,
  type Path,
} from '../analysis';
import { RelataError } from '../domain';
import { LIMITS, type ClaimFilter } from '../store';
import { actorIdList, intInRange, toFilter, type FilterArgs } from './args';
import type { RelataContext, RelationshipNode } from './context';

type PathArgs = Omit<FilterArgs, 'from' | 'to'> & {
  from: string;
  to: string;
  window?: { from?: string | null; to?: string | null } | null;
};

const requireActors = async (ctx: RelataContext, ids: string[]) => {
  const found = await ctx.loaders.actor.loadMany(ids);
  const missing = ids.filter((_, i) => found[i] === null);
  if (missing.length > 0)
    throw new RelataError('NOT_FOUND', `Unknown actor(s): ${missing.join(', ')}`, { ids: missing });
};

const pathFilter = (a: PathArgs): ClaimFilter =>
  toFilter({ ...a, from: a.window?.from ?? null, to: a.window?.to ?? null });

const present = (p: Path, filter: ClaimFilter) => ({
  length: p.length,
  nodes: p.nodes,
  edges: p.edges.map((e): RelationshipNode => ({ ...e, filter })),
});

export const analysisResolvers = {
  paths: async (
    _: unknown,
    a: PathArgs & { maxLength: number; limit: number },
    ctx: RelataContext,
  ) => {
    const filter = pathFilter(a);
    const maxLength = intInRange(a.maxLength, 'maxLength', 1, 6);
    const limit = intInRange(a.limit, 'limit', 1, 100);
    await requireActors(ctx, [a.from, a.to]);
    const projection = await wholeGraphProjection(ctx.store, filter);
    return allPaths(projection, a.from, a.to, maxLength, limit).paths.map((p) =>
      present(p, filter),
    );
  },
  shortestPath: async (_: unknown, a: PathArgs, ctx: RelataContext) => {
    const filter = pathFilter(a);
    await requireActors(ctx, [a.from, a.to]);
    const p = shortestPath(await wholeGraphProjection(ctx.store, filter), a.from, a.to);
    return p === null ? null : present(p, filter);
  },
  metrics: async (
    _: unknown,
    a: FilterArgs & { actorIds?: string[] | null; depth: number; limit: number },
    ctx: RelataContext,
  ) => {
    const filter = toFilter(a);
    if (a.actorIds === null || a.actorIds === undefined) {
      const m = computeMetrics(await wholeGraphProjection(ctx.store, filter));
      return { scope: 'GRAPH', ...m };
    }
    const actorIds = actorIdList(a.actorIds, 'actorIds');
    await requireActors(ctx, actorIds);
    const sub = await ctx.store.neighborhood({
      ...filter,
      actorIds,
      depth: intInRange(a.depth, 'depth', 0, LIMITS.maxDepth),
      limit: intInRange(a.limit, 'limit', 1, LIMITS.maxNodes),
    });
    for (const n of sub.nodes) ctx.loaders.actor.prime(n.id, n);
    return { scope: 'VIEW', ...computeMetrics(buildProjection(sub.edges, sub.nodes)) };
  },
};

export const pathResolvers = {
  Path: {
    nodes: async (p: { nodes: string[] }, _: unknown, ctx: RelataContext) =>
      (await ctx.loaders.actor.loadMany(p.nodes)).filter(
        (x) => x !== null && !(x instanceof Error),
      ),
  },
  NodeMetrics: {
    actor: (m: { id: string }, _: unknown, ctx: RelataContext) => ctx.loaders.actor.load(m.id),
  },
};
