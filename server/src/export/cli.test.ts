import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExport } from './cli';
import { Collector, openFixtureStore, type FixtureStore } from './test-fixture';

let fx: FixtureStore;
let dir: string;
beforeAll(async () => {
  fx = await openFixtureStore();
  dir = await mkdtemp(join(tmpdir(), 'relata-export-out-'));
});
afterAll(async () => {
  await fx.close();
  await rm(dir, { recursive: true, force: true });
});

describe('runExport', () => {
  it('writes a file and reports it', async () => {
    const out = join(dir, 'view.gexf');
    const stderr = new Collector();
    const r = await runExport(
      fx.store,
      { format: 'gexf', out, actorIds: 'russia', depth: '1', statuses: 'ASSERTED,REPORTED' },
      { stderr },
    );
    const g = parseGexf(Graph, await readFile(out, 'utf8'));
    expect(g.order).toBeGreaterThan(1);
    expect(r).toMatchObject({
      out,
      suggestedName: expect.stringMatching(/^relata-russia-\d{4}-\d{2}-\d{2}\.gexf$/) as unknown,
    });
    expect(stderr.text).toBe(`Exported gexf (${r.bytes} bytes) to ${out}\n`);
  });

  it("writes to stdout for '-'", async () => {
    const stdout = new Collector();
    const r = await runExport(fx.store, { format: 'brief', out: '-' }, { stdout });
    expect(stdout.text).toMatch(/^# Relata brief: Whole graph/);
    expect(r.bytes).toBe(stdout.buffer.length);
    expect(stdout.writableEnded).toBe(false);
  });

  it('leaves no file behind when the export fails', async () => {
    const out = join(dir, 'missing.json');
    await expect(
      runExport(fx.store, { format: 'json', out, actorIds: 'atlantis' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(runExport(fx.store, { format: 'xls', out })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect((await readdir(dir)).filter((f) => f.startsWith('missing'))).toEqual([]);
  });
});

it('`relata export` runs from the command line', { timeout: 60_000 }, async () => {
  const out = join(dir, 'cli.json');
  const cwd = new URL('../../../', import.meta.url).pathname;
  const run = (args: string[]) =>
    promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'server/src/cli/main.ts', 'export', ...args],
      {
        cwd,
        env: { ...process.env, RELATA_DATA_DIR: fx.dir, RELATA_STORE: 'embedded' },
      },
    );
  const { stderr } = await run([
    '--format',
    'json',
    '--out',
    out,
    '--actor-ids',
    'north-korea',
    '--depth',
    '1',
    '--statuses',
    'ASSERTED,DENIED',
  ]);
  expect(stderr).toContain(`to ${out}`);
  const doc = JSON.parse(await readFile(out, 'utf8')) as {
    elements: { nodes: { data: { id: string } }[] };
  };
  expect(doc.elements.nodes.map((n) => n.data.id).sort()).toEqual([
    'north-korea',
    'russia',
    'united-states',
  ]);
  await expect(run(['--format', 'json', '--out', out, '--from', 'June'])).rejects.toMatchObject({
    code: 1,
    stderr: expect.stringContaining('error [BAD_USER_INPUT]') as unknown,
  });
});
