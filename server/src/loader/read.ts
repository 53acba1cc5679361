import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';
import { DatasetError } from '../domain';
import type { InputFile } from './parse';

const DATA_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);

/** Expands files and directories (recursively, sorted) into dataset files, read as UTF-8. */
export const readInputFiles = async (
  paths: readonly string[],
  extensions: ReadonlySet<string> = DATA_EXTENSIONS,
  cwd = process.cwd(),
): Promise<InputFile[]> => {
  const files: string[] = [];
  for (const p of paths) await collect(p, files, extensions);
  return Promise.all(
    files.map(async (f) => ({ file: displayPath(f, cwd), text: await readFile(f, 'utf8') })),
  );
};

/** Paths inside the working directory are shown relative to it, others absolute. */
const displayPath = (f: string, cwd: string) => {
  const rel = relative(cwd, f);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? resolve(f) : rel;
};

const collect = async (path: string, out: string[], extensions: ReadonlySet<string>) => {
  let s;
  try {
    s = await stat(path);
  } catch {
    throw new DatasetError([{ file: path, line: null, message: 'no such file or directory' }]);
  }
  if (s.isFile()) {
    out.push(path);
    return;
  }
  const entries = (await readdir(path, { withFileTypes: true })).sort((a, b) =>
    a.name.localeCompare(b.name),
  );
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const full = join(path, e.name);
    if (e.isDirectory()) await collect(full, out, extensions);
    else if (extensions.has(extname(e.name).toLowerCase())) out.push(full);
  }
};
