/** Shared by the export tests (not a test itself): the contract fixture plus awkward values. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { ClaimSchema, type Actor, type Relationship, type Source } from '../domain';
import { dataset } from '../store/contract-fixture';
import { EmbeddedStore, type GraphStore } from '../store';
import { parseExportParams } from './params';
import type { ExportRequest } from './types';
import { exportTo, type WriteOptions } from './write';

export const TRICKY_NOTE =
  'They said, "stop" —\nthen: [1] \\ `code` *bold* \'quoted\' {x} <b>&amp;</b>';

export const extraActors: Actor[] = [
  {
    id: 'cote-d-ivoire',
    name: "Côte d'Ivoire & <Partners>",
    kind: 'GROUP',
    aliases: ['Ivory Coast, the', 'say "hi"'],
    description: 'line one\nline two',
  },
];

export const extraSources: Source[] = [
  {
    id: 'src-c',
    title: 'Report "C", part <1> & more',
    publisher: "O'Reilly\nWire",
    url: 'https://example.org/a?b=1&c=2',
  },
  { id: 'src-d', title: 'Sketchy page', url: 'javascript:alert(1)' },
];

export const extraClaims = [
  {
    id: 'k13',
    subject: 'cote-d-ivoire',
    predicate: 'CONDEMNS',
    object: 'russia',
    status: 'ASSERTED',
    date: '2024-11-06',
    source: 'src-c',
    note: TRICKY_NOTE,
  },
  {
    id: 'k14',
    subject: 'cote-d-ivoire',
    predicate: 'MEETS',
    object: 'china',
    status: 'REPORTED',
    date: '2024-07',
    source: 'src-d',
    evidence: 'They met in Beijing;\r\n\tno comment.',
  },
].map((c) => ClaimSchema.parse(c));

export interface FixtureStore {
  store: EmbeddedStore;
  dir: string;
  close(): Promise<void>;
}

/** An embedded store in a temp dir with the contract fixture and the extras loaded. */
export const openFixtureStore = async (): Promise<FixtureStore> => {
  const dir = await mkdtemp(join(tmpdir(), 'relata-export-'));
  const store = new EmbeddedStore({ dataDir: dir });
  await store.init();
  const ds = dataset();
  await store.load({
    actors: [...ds.actors, ...extraActors],
    sources: [...ds.sources, ...extraSources],
    claims: [...ds.claims, ...extraClaims],
  });
  return {
    store,
    dir,
    close: async () => {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
};

/** A Writable that keeps everything written, and how. */
export class Collector extends Writable {
  chunks: Buffer[] = [];
  constructor(options: ConstructorParameters<typeof Writable>[0] = {}) {
    super(options);
  }
  override _write(chunk: Buffer, _enc: BufferEncoding, done: (e?: Error | null) => void): void {
    this.chunks.push(chunk);
    done();
  }
  get buffer(): Buffer {
    return Buffer.concat(this.chunks);
  }
  get text(): string {
    return this.buffer.toString('utf8');
  }
}

export const NOW = new Date('2024-12-01T10:00:00.000Z');

/** Runs an export given HTTP-style parameters and returns what was written. */
export const exportOf = async (
  store: GraphStore,
  params: Record<string, unknown>,
  options: WriteOptions = {},
): Promise<Collector> => {
  const out = new Collector();
  await exportTo(store, parseExportParams(params), out, { now: NOW, ...options });
  return out;
};

/** What the explorer would show for the same request: the store's own answer. */
export const expectedGraph = async (
  store: GraphStore,
  request: ExportRequest,
): Promise<{ nodes: Actor[]; edges: Relationship[] }> => {
  if (request.view !== null) return store.neighborhood({ ...request.filter, ...request.view });
  const nodes: Actor[] = [];
  const edges: Relationship[] = [];
  for await (const b of store.streamActors()) nodes.push(...b);
  for await (const b of store.streamRelationships(request.filter)) edges.push(...b);
  return { nodes, edges };
};
