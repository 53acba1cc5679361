import { build } from 'vite';

/** Browser tests run against the real built front end: build it once per run. */
export default async function setup(): Promise<void> {
  await build({
    configFile: new URL('../client/vite.config.ts', import.meta.url).pathname,
    logLevel: 'warn',
  });
}
