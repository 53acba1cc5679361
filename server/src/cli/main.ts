import { Command } from 'commander';
import { loadConfig } from '../config';
import * as commands from './commands';
import { reportError } from './output';

const program = new Command('relata')
  .description('Relata: a knowledge-graph explorer for geopolitical analysts')
  .showHelpAfterError();

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
  .action(run((paths: string[]) => commands.load(loadConfig(), paths)));

program
  .command('serve')
  .description('serve the explorer and GraphQL API (PORT, default 4000)')
  .action(run(() => commands.serve(loadConfig(), { loadSampleIfEmpty: false })));

program
  .command('start')
  .description('load the sample dataset if the store is empty, then serve')
  .action(run(() => commands.serve(loadConfig(), { loadSampleIfEmpty: true })));

program.command('stats').description('print store counts').action(run(() => commands.stats(loadConfig())));

program
  .command('reset')
  .description('remove everything from the store')
  .requiredOption('--yes', 'confirm')
  .action(run(() => commands.reset(loadConfig())));

await program.parseAsync();
