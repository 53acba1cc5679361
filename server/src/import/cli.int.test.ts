import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const MAIN = fileURLToPath(new URL('../cli/main.ts', import.meta.url));
const GDELT = fileURLToPath(new URL('./fixtures/gdelt-events.tsv', import.meta.url));
const ICEWS = fileURLToPath(new URL('./fixtures/icews-events.tsv', import.meta.url));
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'relata-import-cli-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const relata = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], {
    env: { ...process.env, RELATA_DATA_DIR: join(dir, 'store') },
    encoding: 'utf8',
  });

describe('relata load --gdelt/--icews', { timeout: 120_000 }, () => {
  it('aborts on a malformed row with file:line, or skips and reports it', () => {
    const bad = relata('load', '--gdelt', GDELT);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain(`${GDELT}:9: expected 61 tab-separated columns, found 30`);
    expect(bad.stderr).toContain('the store is unchanged');
    const ok = relata('load', '--gdelt', GDELT, '--icews', ICEWS, '--skip-bad-rows');
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/claims\s+24 added/);
    expect(ok.stdout).toContain(
      'Skipped: 2 without two actors, 1 with the same actor at both ends, 2 malformed.',
    );
    expect(ok.stdout).toContain(`${ICEWS}:14: Event Date "2024-11-31" is not a date`);
    expect(JSON.parse(relata('stats').stdout)).toMatchObject({ claims: 24 });
  });
});
