import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'relata-cli-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const env = () => ({
  ...process.env,
  RELATA_DATA_DIR: join(dir, 'store'),
  PORT: '0',
  HOST: '127.0.0.1',
});
const relata = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], { env: env(), encoding: 'utf8' });

describe('relata CLI', { timeout: 120_000 }, () => {
  it('loads the sample dataset, idempotently, with a summary', () => {
    const first = relata('load');
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/actors\s+\d+ added/);
    const stats = JSON.parse(relata('stats').stdout) as { actors: number; claims: number };
    expect(stats.actors).toBeGreaterThanOrEqual(60);
    expect(stats.claims).toBeGreaterThanOrEqual(120);
    const again = relata('load');
    expect(again.stdout).toMatch(/claims\s+0 added\s+0 updated\s+\d+ unchanged/);
  });

  it('prints file:line problems, exits 1 and changes nothing on bad input', async () => {
    relata('load');
    const before = relata('stats').stdout;
    const bad = join(dir, 'bad.yaml');
    await writeFile(
      bad,
      'claims:\n  - id: x-1\n    subject: russia\n    predicate: LOVES\n    object: iran\n    status: ASSERTED\n    source: nope\n    note: n\n',
    );
    const r = relata('load', bad);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${bad}:4: claim x-1: predicate must be one of`);
    expect(r.stderr).toContain('the store is unchanged');
    expect(relata('stats').stdout).toBe(before);
  });

  it('serves, then shuts down cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, 'start'], {
      env: env(),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let log = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (b: Buffer) => {
        log += b.toString();
        const m = /GraphQL\s+(http:\/\/\S+)/.exec(log);
        if (m) resolve(m[1]!);
      });
      child.on('exit', () => reject(new Error(`exited early:\n${log}`)));
    });
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { actors } }' }),
    });
    expect(res.status).toBe(200);
    const inflight = fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ metrics { nodes { pagerank } } }' }),
    });
    await new Promise((r) => setTimeout(r, 5));
    const exit = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    child.kill('SIGTERM');
    expect((await inflight).status).toBe(200);
    expect(await exit).toBe(0);
    expect(log).toContain('SIGTERM: shutting down');
  });
});
