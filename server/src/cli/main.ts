import './production-mode'; // first: before anything can load graphql
import { Command } from 'commander';
import { loadConfig } from '../config';
import { EXPORT_FORMATS } from '../export/types';
import type { ExportCliOptions } from '../export/cli';
import type { ImportCliOptions } from '../import/cli';
import type * as Commands from './commands';
import { reportError } from './output';
import type * as Serve from './serve';

const program = new Command('relata')
  .description('Relata: a knowledge-graph explorer for geopolitical analysts')
  .showHelpAfterError();

// Commands load their modules on demand: `relata stats` need not load the HTTP server.
const lazy = {
  load: async (...a: Parameters<typeof Commands.load>) => (await import('./commands')).load(...a),
  stats: async (...a: Parameters<typeof Commands.stats>) =>
    (await import('./commands')).stats(...a),
  reset: async (...a: Parameters<typeof Commands.reset>) =>
    (await import('./commands')).reset(...a),
  serve: async (...a: Parameters<typeof Serve.serve>) => (await import('./serve')).serve(...a),
};

const run =
  <A extends unknown[]>(fn: (...args: A) => Promise<void>) =>
  async (...args: A) => {
    try {
      await fn(...args);
    } catch (e) {
      process.exitCode = reportError(e);
    }
  };

program
  .command('load')
  .description('validate and load dataset files or folders (default: the sample dataset in data/)')
  .argument('[paths...]', 'YAML/JSON files or folders')
  .option('--gdelt <file>', 'import a GDELT 2.0 event export (61 tab-separated columns)')
  .option('--icews <file>', 'import an ICEWS coded event file (tab-separated, with header)')
  .option('--skip-bad-rows', 'with --gdelt/--icews: count malformed rows instead of aborting')
  .option(
    '--articles <paths...>',
    'extract claims from article text files or folders and load them',
  )
  .action(
    run(async (paths: string[], opts: ImportCliOptions & { articles?: string[] }) => {
      if (opts.articles !== undefined)
        return (await import('./articles')).loadArticles(loadConfig(), [
          ...opts.articles,
          ...paths,
        ]);
      if (opts.gdelt === undefined && opts.icews === undefined)
        return lazy.load(loadConfig(), paths);
      await (await import('../import/cli')).runImport(loadConfig(), paths, opts);
    }),
  );

program
  .command('extract')
  .description('extract claims, with their evidence sentences, from article text files or folders')
  .argument('<paths...>', 'text files or folders')
  .option('--jsonl', 'one JSON object per claim on stdout, nothing else')
  .action(
    run(async (paths: string[], opts: { jsonl?: boolean }) =>
      (await import('./articles')).extract(paths, opts),
    ),
  );

program
  .command('serve')
  .description('serve the explorer and GraphQL API (PORT, default 4000)')
  .action(run(() => lazy.serve(loadConfig(), { loadSampleIfEmpty: false })));

program
  .command('start')
  .description('load the sample dataset if the store is empty, then serve')
  .action(run(() => lazy.serve(loadConfig(), { loadSampleIfEmpty: true })));

program
  .command('stats')
  .description('print store counts')
  .action(run(() => lazy.stats(loadConfig())));

program
  .command('reset')
  .description('remove everything from the store')
  .requiredOption('--yes', 'confirm')
  .action(run(() => lazy.reset(loadConfig())));

program
  .command('export')
  .description(
    "export the whole graph or a view (focus actors + depth), with the explorer's filters",
  )
  .requiredOption('--format <format>', EXPORT_FORMATS.join(' | '))
  .requiredOption('--out <file>', 'output file, or - for stdout')
  .option('--actor-ids <ids>', 'focus actors, comma-separated (a view; default: the whole graph)')
  .option('--depth <n>', 'hops from the focus actors, 0-3 (default 1)')
  .option('--limit <n>', 'maximum actors in a view (default 200)')
  .option('--predicates <list>', 'comma-separated predicates (default: all)')
  .option(
    '--statuses <list>',
    'comma-separated claim statuses (default: ASSERTED,REPORTED,ALLEGED,DENIED)',
  )
  .option('--origins <list>', 'comma-separated claim origins (default: all)')
  .option('--from <date>', 'claims dated on or after YYYY[-MM[-DD]]')
  .option('--to <date>', 'claims dated on or before YYYY[-MM[-DD]]')
  .action(
    run(async (opts: ExportCliOptions) => {
      const [{ withStore }, { runExport }] = await Promise.all([
        import('./commands'),
        import('../export/cli'),
      ]);
      await withStore(loadConfig(), async (store) => {
        await runExport(store, opts);
      });
    }),
  );

await program.parseAsync();
