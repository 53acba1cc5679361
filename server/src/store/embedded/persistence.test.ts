import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dataset } from '../contract-fixture';
import { EmbeddedStore } from '.';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'relata-persist-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const open = async (refreshIntervalMs = 1000) => {
  const s = new EmbeddedStore({ dataDir: dir, refreshIntervalMs });
  await s.init();
  return s;
};

describe('embedded store on disk', () => {
  it('keeps what was loaded across a restart', async () => {
    const a = await open();
    await a.load(dataset());
    const before = await a.neighborhood({ actorIds: ['russia'], depth: 2, limit: 50 });
    await a.close();
    const b = await open();
    expect(await b.stats()).toEqual({ actors: 8, relationships: 10, claims: 12, sources: 2 });
    expect(await b.neighborhood({ actorIds: ['russia'], depth: 2, limit: 50 })).toEqual(before);
    await b.close();
  });

  it('sees a load made by another process', async () => {
    const server = await open(0);
    const cli = await open();
    await cli.load(dataset());
    expect((await server.stats()).claims).toBe(12);
    await Promise.all([server.close(), cli.close()]);
  });

  it('serialises concurrent loads', async () => {
    const s = await open();
    const loads = Array.from({ length: 5 }, () => s.load(dataset()));
    const summaries = await Promise.all(loads);
    expect(summaries.filter((x) => x.claims.added === 12)).toHaveLength(1);
    expect(summaries.filter((x) => x.claims.unchanged === 12)).toHaveLength(4);
    await s.close();
  });

  it('survives kill -9 in the middle of a write with the previous data readable', async () => {
    const s = await open();
    await s.load(dataset());
    await s.close();
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        fileURLToPath(new URL('./testdata/load-big.ts', import.meta.url)),
        dir,
        '300000',
      ],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const exited = new Promise<NodeJS.Signals | null>((r) => child.on('exit', (_c, sig) => r(sig)));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (b: Buffer) => {
        if (b.toString().includes('writing')) {
          // Let the snapshot write get under way, then pull the plug.
          setTimeout(() => {
            child.kill('SIGKILL');
            resolve();
          }, 150);
        }
        if (b.toString().includes('done')) reject(new Error('child finished before it was killed'));
      });
    });
    expect(await exited).toBe('SIGKILL');
    const files = await readdir(dir);
    expect(files.filter((f) => f.endsWith('.tmp'))).toHaveLength(1); // killed mid-write
    const after = await open();
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(await after.stats()).toEqual({ actors: 8, relationships: 10, claims: 12, sources: 2 });
    // A stale lock from the dead writer does not block the next load.
    expect((await after.load(dataset())).claims.unchanged).toBe(12);
    await after.close();
    console.info(`after kill -9: ${files.join(', ')}`);
  });
});

describe('embedded store size limits', () => {
  it('refuses a load past its limits with LIMIT_EXCEEDED and keeps the previous data', async () => {
    const s = new EmbeddedStore({ dataDir: dir, limits: { maxClaims: 12 } });
    await s.init();
    await s.load(dataset());
    const more = dataset();
    more.claims.push({ ...more.claims[0]!, id: 'k-extra' });
    await expect(s.load(more)).rejects.toMatchObject({ code: 'LIMIT_EXCEEDED' });
    expect((await s.stats()).claims).toBe(12);
    await s.close();
  });
});

describe('neighbourhood edge cap', () => {
  it('keeps the best-attested edges up to the cap and says the view is truncated', async () => {
    const { capEdges } = await import('../filter');
    const edges = Array.from({ length: 7 }, (_, i) => ({ id: `e${i}`, claimCount: i % 3 }));
    expect(capEdges(edges, 10)).toEqual({ edges, cut: false });
    const { edges: kept, cut } = capEdges(edges, 3);
    expect(cut).toBe(true);
    expect(kept.map((e) => e.id)).toEqual(['e1', 'e2', 'e5']); // two with 2 claims, then e1 before e4
  });
});
