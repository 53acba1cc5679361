/**
 * Child process for the crash-safety test: loads a large synthetic dataset into the store at
 * argv[2] and prints "writing" when the snapshot write starts, so the parent can kill -9 it.
 */
import { EmbeddedStore } from '..';
import type { Dataset } from '../../../domain';

const dir = process.argv[2]!;
const n = Number(process.argv[3] ?? 200_000);
const ds: Dataset = {
  actors: Array.from({ length: 1000 }, (_, i) => ({
    id: `a${i}`,
    name: `Actor ${i}`,
    kind: 'GROUP' as const,
    aliases: [],
  })),
  sources: [{ id: 'big', title: 'Synthetic' }],
  claims: Array.from({ length: n }, (_, i) => ({
    id: `big-${i}`,
    subject: `a${i % 1000}`,
    predicate: 'MEETS' as const,
    object: `a${(i * 7 + 1) % 1000 === i % 1000 ? (i + 1) % 1000 : (i * 7 + 1) % 1000}`,
    status: 'REPORTED' as const,
    confidence: 0.5,
    source: 'big',
    origin: 'IMPORTED' as const,
    note: `synthetic claim number ${i}`,
  })),
};
const store = new EmbeddedStore({ dataDir: dir });
await store.init();
await store.load(ds, {
  onProgress: (p) => {
    if (p.phase === 'commit' && p.done === 0) process.stdout.write('writing\n');
  },
});
process.stdout.write('done\n');
