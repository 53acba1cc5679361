import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { RelataError, type Dataset } from '../../domain';
import { alive } from './lock';

/**
 * On-disk format: one JSON record per line (`{"t":"actor"|"source"|"claim","v":{…}}`) after a
 * header line, so that a million claims stream in and out without one giant string.
 * Crash safety: a snapshot is written to a temporary file, fsynced, then renamed over the
 * previous one (rename is atomic on POSIX file systems), and the directory is fsynced.
 * A kill -9 at any point leaves either the old or the new snapshot, never a torn one.
 */
export const SNAPSHOT = 'graph.jsonl';
const FORMAT = 'relata-embedded/1';

export interface SnapshotStamp {
  mtimeMs: number;
  size: number;
}

export const snapshotStamp = async (dir: string): Promise<SnapshotStamp | null> => {
  try {
    const s = await stat(join(dir, SNAPSHOT));
    return { mtimeMs: s.mtimeMs, size: s.size };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
};

export const readSnapshot = async (dir: string): Promise<Dataset | null> => {
  const file = join(dir, SNAPSHOT);
  if ((await snapshotStamp(dir)) === null) return null;
  const ds: Dataset = { actors: [], sources: [], claims: [] };
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (n === 1) {
      const header = JSON.parse(line) as { format?: string };
      if (header.format !== FORMAT)
        throw new RelataError(
          'STORE_UNAVAILABLE',
          `${file}: not a Relata store (format ${String(header.format)})`,
        );
      continue;
    }
    if (line === '') continue;
    const rec = JSON.parse(line) as { t: 'actor' | 'source' | 'claim'; v: never };
    if (rec.t === 'actor') ds.actors.push(rec.v);
    else if (rec.t === 'source') ds.sources.push(rec.v);
    else ds.claims.push(rec.v);
  }
  return ds;
};

export const writeSnapshot = async (dir: string, ds: Dataset): Promise<void> => {
  await mkdir(dir, { recursive: true });
  const tmp = join(dir, `${SNAPSHOT}.${process.pid}.tmp`);
  const out = createWriteStream(tmp, 'utf8');
  const write = async (s: string) => {
    if (!out.write(s)) await once(out, 'drain');
  };
  try {
    await write(`${JSON.stringify({ format: FORMAT, written: new Date().toISOString() })}\n`);
    for (const v of ds.actors) await write(`${JSON.stringify({ t: 'actor', v })}\n`);
    for (const v of ds.sources) await write(`${JSON.stringify({ t: 'source', v })}\n`);
    for (const v of ds.claims) await write(`${JSON.stringify({ t: 'claim', v })}\n`);
    out.end();
    await once(out, 'finish');
    await fsync(tmp);
    await rename(tmp, join(dir, SNAPSHOT));
    await fsync(dir);
  } catch (e) {
    out.destroy();
    await rm(tmp, { force: true });
    throw e;
  }
};

const fsync = async (path: string) => {
  const fh = await open(path, 'r');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
};

/** Removes half-written snapshots left by writers that died (kill -9, power loss). */
export const removeStaleTemps = async (dir: string): Promise<string[]> => {
  const removed: string[] = [];
  for (const name of await readdir(dir)) {
    const m = /^graph\.jsonl\.(\d+)\.tmp$/.exec(name);
    if (m && !alive(Number(m[1]))) {
      await rm(join(dir, name), { force: true });
      removed.push(name);
    }
  }
  return removed;
};
