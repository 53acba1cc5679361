import { stringify } from 'csv-stringify/sync';
import type { Claim, Source } from '../domain';
import { EDGE_ATTRS, LIST_SEPARATOR, NODE_ATTRS, type AttrDef } from './attrs';
import { metaLines } from './meta';
import type { ExportScope } from './scope';
import type { ChunkSink } from './sink';
import { writeZip } from './zip';

type Row = Record<string, string | number | boolean | null | undefined>;

/** RFC 4180 via csv-stringify: fields with commas, quotes or newlines are quoted. */
const csv = (columns: readonly string[], rows: readonly Row[], header: boolean) =>
  stringify(rows as Row[], {
    columns: [...columns],
    header,
    record_delimiter: '\r\n',
    cast: { boolean: (v) => String(v) },
  });

const row = <T>(defs: readonly AttrDef<T>[], x: T): Row =>
  Object.fromEntries(defs.map((d) => [d.name, d.get(x)]));

export const NODE_COLUMNS = ['id', ...NODE_ATTRS.map((d) => d.name)];
export const EDGE_COLUMNS = ['id', 'source', 'target', ...EDGE_ATTRS.map((d) => d.name)];
export const CLAIM_COLUMNS = [
  'id',
  'relationshipId',
  'subject',
  'predicate',
  'object',
  'status',
  'date',
  'confidence',
  'origin',
  'note',
  'evidence',
  'attributedTo',
  'role',
  'items',
  'quantityValue',
  'quantityUnit',
  'cameo',
  'sourceId',
  'sourceTitle',
  'sourcePublisher',
  'sourceDate',
  'sourceUrl',
  'sourceFile',
];

const claimRow = (relId: string, c: Claim, s: Source | undefined): Row => ({
  id: c.id,
  relationshipId: relId,
  subject: c.subject,
  predicate: c.predicate,
  object: c.object,
  status: c.status,
  date: c.date,
  confidence: c.confidence,
  origin: c.origin,
  note: c.note,
  evidence: c.evidence,
  attributedTo: c.attributedTo,
  role: c.role,
  cameo: c.cameo,
  items: c.items?.join(LIST_SEPARATOR),
  quantityValue: c.quantity?.value,
  quantityUnit: c.quantity?.unit,
  sourceId: c.source,
  sourceTitle: s?.title,
  sourcePublisher: s?.publisher,
  sourceDate: s?.publishedDate,
  sourceUrl: s?.url,
  sourceFile: s?.file,
});

/**
 * A zip of metadata.json, nodes.csv, edges.csv and claims.csv (one row per claim, with its
 * source). Edges are read twice (edges.csv, then claims.csv) so that no file is buffered.
 */
export const writeCsvZip = async (scope: ExportScope, out: ChunkSink): Promise<void> => {
  const meta = { ...scope.meta, description: metaLines(scope.meta) };
  await writeZip(
    out,
    [
      { name: 'metadata.json', write: (put) => put(`${JSON.stringify(meta, null, 2)}\n`) },
      {
        name: 'nodes.csv',
        write: async (put) => {
          await put(csv(NODE_COLUMNS, [], true));
          for await (const batch of scope.nodes())
            await put(
              csv(
                NODE_COLUMNS,
                batch.map((a) => ({ id: a.id, ...row(NODE_ATTRS, a) })),
                false,
              ),
            );
        },
      },
      {
        name: 'edges.csv',
        write: async (put) => {
          await put(csv(EDGE_COLUMNS, [], true));
          for await (const batch of scope.edges()) {
            const rows = batch.map((r) => ({
              id: r.id,
              source: r.subject,
              target: r.object,
              ...row(EDGE_ATTRS, r),
            }));
            await put(csv(EDGE_COLUMNS, rows, false));
          }
        },
      },
      {
        name: 'claims.csv',
        write: async (put) => {
          await put(csv(CLAIM_COLUMNS, [], true));
          for await (const batch of scope.edges()) {
            const claims = await scope.claimsOf(batch);
            const sources = await scope.sources(claims.flat().map((c) => c.source));
            const rows = batch.flatMap((r, i) =>
              (claims[i] ?? []).map((c) => claimRow(r.id, c, sources.get(c.source))),
            );
            await put(csv(CLAIM_COLUMNS, rows, false));
          }
        },
      },
    ],
    new Date(scope.meta.generatedAt),
  );
};
