import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));
// A short report written for this test, in the style of the sample corpus.
const ARTICLE = `Pyongyang Expands Its Role in the War

Seoul, Nov. 12 (Test Wire) - North Korea has sent about 10,000 soldiers to Russia, according to South Korea's intelligence service.
The Kremlin denied the reports.
Iran shipped drones to Russia last year, the State Department said.
China could supply artillery shells to Moscow if the fighting drags on, analysts warned.
`;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'relata-articles-'));
  await mkdir(join(dir, 'news'));
  await writeFile(join(dir, 'news', 'report.txt'), ARTICLE);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const relata = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', MAIN, ...args], {
    env: { ...process.env, RELATA_DATA_DIR: join(dir, 'store') },
    encoding: 'utf8',
  });

interface Line {
  subject: string;
  predicate: string;
  object: string;
  status: string;
  source: string;
  evidence: string;
  start: number;
  end: number;
}

describe('relata extract and load --articles', { timeout: 120_000 }, () => {
  it('prints one JSON object per claim, with evidence at its offsets, and nothing else', async () => {
    const r = relata('extract', join(dir, 'news'), '--jsonl');
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Line);
    const text = await readFile(join(dir, 'news', 'report.txt'), 'utf8');
    for (const l of lines) {
      expect(Object.keys(l).sort()).toEqual([
        'confidence',
        'date',
        'end',
        'evidence',
        'items',
        'object',
        'predicate',
        'quantity',
        'source',
        'start',
        'status',
        'subject',
      ]);
      expect(text.slice(l.start, l.end)).toBe(l.evidence);
      expect(l.source).toBe('report.txt');
    }
    const found = lines.map((l) => `${l.subject} ${l.predicate} ${l.object} ${l.status}`);
    expect(found).toContain('North Korea DEPLOYS_TROOPS_TO Russia reported');
    expect(found).toContain('Iran SUPPLIES Russia reported');
    expect(
      found.some((f) => f.startsWith('China SUPPLIES Russia') && !f.endsWith('asserted')),
    ).toBe(true);
  });

  it('loads extracted claims once: re-loading the article adds nothing', () => {
    const first = relata('load', '--articles', join(dir, 'news'));
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/claims\s+[1-9]\d* added/);
    const again = relata('load', '--articles', join(dir, 'news'));
    expect(again.stdout).toMatch(/claims\s+0 added\s+0 updated/);
  });
});
