import { PREDICATE_INFO } from '../domain';
import { EDGE_ATTRS, NODE_ATTRS, isDirected, valuesOf, type AttrDef, type AttrType } from './attrs';
import { metaLines } from './meta';
import type { ExportScope } from './scope';
import type { ChunkSink } from './sink';
import { XML_DECLARATION, attrs, xmlText } from './xml';

const GEXF_TYPE: Record<AttrType, string> = {
  string: 'string',
  int: 'integer',
  double: 'double',
  boolean: 'boolean',
};

/** `label` is GEXF's own node/edge attribute, so it is not repeated as an attvalue. */
const declared = <T>(defs: readonly AttrDef<T>[]) => defs.filter((d) => d.name !== 'label');

const declarations = <T>(cls: 'node' | 'edge', defs: readonly AttrDef<T>[]) =>
  `    <attributes class="${cls}">\n` +
  defs
    .map(
      (d) => `      <attribute${attrs({ id: d.name, title: d.name, type: GEXF_TYPE[d.type] })}/>\n`,
    )
    .join('') +
  '    </attributes>\n';

const attvalues = <T>(defs: readonly AttrDef<T>[], x: T) => {
  const vs = valuesOf(declared(defs), x);
  if (vs.length === 0) return '';
  const items = vs.map(
    ([d, v]) => `          <attvalue${attrs({ for: d.name, value: String(v) })}/>\n`,
  );
  return `        <attvalues>\n${items.join('')}        </attvalues>\n`;
};

/**
 * GEXF 1.3 (Gephi), streamed; graphology-gexf's writer would build the whole document first.
 * Edges default to directed; symmetric predicates are `type="undirected"`. The edge `kind`
 * is the predicate (GEXF's way to keep parallel edges apart) and `weight` the claim count.
 */
export const writeGexf = async (scope: ExportScope, out: ChunkSink): Promise<void> => {
  const { meta } = scope;
  await out.write(
    XML_DECLARATION +
      '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n' +
      `  <meta lastmodifieddate="${meta.generatedAt.slice(0, 10)}">\n` +
      '    <creator>Relata</creator>\n' +
      `    <keywords>${xmlText(`relata, ${meta.filter.statuses.join(', ')}`)}</keywords>\n` +
      `    <description>${xmlText(metaLines(meta).join('\n'))}</description>\n` +
      '  </meta>\n' +
      '  <graph defaultedgetype="directed" mode="static">\n' +
      declarations('node', declared(NODE_ATTRS)) +
      declarations('edge', declared(EDGE_ATTRS)) +
      '    <nodes>\n',
  );
  for await (const batch of scope.nodes())
    for (const a of batch)
      await out.write(
        `      <node${attrs({ id: a.id, label: a.name })}>\n${attvalues(NODE_ATTRS, a)}      </node>\n`,
      );
  await out.write('    </nodes>\n    <edges>\n');
  for await (const batch of scope.edges())
    for (const r of batch) {
      const head = attrs({
        id: r.id,
        source: r.subject,
        target: r.object,
        type: isDirected(r) ? 'directed' : 'undirected',
        kind: r.predicate,
        label: PREDICATE_INFO[r.predicate].label,
        weight: r.claimCount,
      });
      await out.write(`      <edge${head}>\n${attvalues(EDGE_ATTRS, r)}      </edge>\n`);
    }
  await out.write('    </edges>\n  </graph>\n</gexf>\n');
};
