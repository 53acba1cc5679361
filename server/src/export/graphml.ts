import { EDGE_ATTRS, NODE_ATTRS, isDirected, valuesOf, type AttrDef, type AttrType } from './attrs';
import { metaLines, viewTitle } from './meta';
import type { ExportScope } from './scope';
import type { ChunkSink } from './sink';
import { XML_DECLARATION, attrs, xmlComment, xmlText } from './xml';

const GRAPHML_TYPE: Record<AttrType, string> = {
  string: 'string',
  int: 'int',
  double: 'double',
  boolean: 'boolean',
};

/** Graph-level data: the export's metadata. */
const GRAPH_KEYS = ['title', 'generatedAt', 'filters', 'revision'] as const;

const key = <T>(scope: 'node' | 'edge', d: AttrDef<T>) =>
  `  <key${attrs({ id: `${scope[0]}_${d.name}`, for: scope, 'attr.name': d.name, 'attr.type': GRAPHML_TYPE[d.type] })}/>\n`;

const data = <T>(scope: 'node' | 'edge', defs: readonly AttrDef<T>[], x: T) =>
  valuesOf(defs, x)
    .map(([d, v]) => `      <data key="${scope[0]}_${d.name}">${xmlText(String(v))}</data>\n`)
    .join('');

/**
 * GraphML (Gephi, yEd, NetworkX, graphology-graphml), streamed. Edges default to directed;
 * symmetric predicates carry `directed="false"`, and every edge also has a `directed` data key.
 */
export const writeGraphml = async (scope: ExportScope, out: ChunkSink): Promise<void> => {
  const lines = metaLines(scope.meta);
  await out.write(
    XML_DECLARATION +
      `${xmlComment(`Relata export\n${lines.join('\n')}\n`)}\n` +
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" ' +
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
      `  <desc>${xmlText(lines.join('; '))}</desc>\n` +
      GRAPH_KEYS.map(
        (k) => `  <key id="g_${k}" for="graph" attr.name="${k}" attr.type="string"/>\n`,
      ).join('') +
      NODE_ATTRS.map((d) => key('node', d)).join('') +
      EDGE_ATTRS.map((d) => key('edge', d)).join('') +
      '  <graph id="relata" edgedefault="directed">\n' +
      `    <data key="g_title">${xmlText(viewTitle(scope.meta))}</data>\n` +
      `    <data key="g_generatedAt">${xmlText(scope.meta.generatedAt)}</data>\n` +
      `    <data key="g_filters">${xmlText(JSON.stringify(scope.meta.filter))}</data>\n` +
      `    <data key="g_revision">${xmlText(scope.meta.revision)}</data>\n`,
  );
  for await (const batch of scope.nodes())
    for (const a of batch)
      await out.write(
        `    <node${attrs({ id: a.id })}>\n${data('node', NODE_ATTRS, a)}    </node>\n`,
      );
  for await (const batch of scope.edges())
    for (const r of batch) {
      const head = attrs({
        id: r.id,
        source: r.subject,
        target: r.object,
        directed: isDirected(r),
      });
      await out.write(`    <edge${head}>\n${data('edge', EDGE_ATTRS, r)}    </edge>\n`);
    }
  await out.write('  </graph>\n</graphml>\n');
};
