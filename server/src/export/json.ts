import type { Actor, Relationship } from '../domain';
import { EDGE_ATTRS, NODE_ATTRS, valuesOf, type AttrDef, type AttrValue } from './attrs';
import { viewTitle } from './meta';
import type { ExportScope } from './scope';
import type { ChunkSink } from './sink';

const dataOf = <T>(defs: readonly AttrDef<T>[], x: T): Record<string, AttrValue> =>
  Object.fromEntries(valuesOf(defs, x).map(([d, v]) => [d.name, v]));

/** Cytoscape element data; `name`/`interaction` are what Cytoscape desktop shows. */
export const nodeElement = (a: Actor) => ({
  data: { id: a.id, name: a.name, ...dataOf(NODE_ATTRS, a) },
});

export const edgeElement = (r: Relationship) => ({
  data: {
    id: r.id,
    source: r.subject,
    target: r.object,
    interaction: r.predicate,
    ...dataOf(EDGE_ATTRS, r),
  },
});

/**
 * Cytoscape JSON (`.cyjs`: Cytoscape desktop and cytoscape.js `cy.json()`/`elements`), streamed
 * one element per line. The export's metadata goes into the top-level `data`.
 */
export const writeCytoscapeJson = async (scope: ExportScope, out: ChunkSink): Promise<void> => {
  const head = {
    format_version: '1.0',
    generated_by: 'relata',
    target_cytoscapejs_version: '~3',
    data: { name: `Relata: ${viewTitle(scope.meta)}`, ...scope.meta },
  };
  await out.write(`${JSON.stringify(head).slice(0, -1)},"elements":{"nodes":[`);
  let first = true;
  for await (const batch of scope.nodes())
    for (const a of batch) {
      await out.write(`${first ? '' : ','}\n${JSON.stringify(nodeElement(a))}`);
      first = false;
    }
  await out.write('\n],"edges":[');
  first = true;
  for await (const batch of scope.edges())
    for (const r of batch) {
      await out.write(`${first ? '' : ','}\n${JSON.stringify(edgeElement(r))}`);
      first = false;
    }
  await out.write('\n]}}\n');
};
