import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { storeContract } from '../contract';
import { EmbeddedStore } from '.';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

storeContract('embedded', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'relata-contract-'));
  dirs.push(dir);
  const store = new EmbeddedStore({ dataDir: dir });
  await store.init();
  return store;
});
