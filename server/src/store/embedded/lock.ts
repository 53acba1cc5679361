import { open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { RelataError } from '../../domain';

/** Serialises async work inside one process (loads never interleave). */
export class Mutex {
  private tail: Promise<unknown> = Promise.resolve();
  run<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.tail.then(fn, fn);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

/** Whether a process exists (EPERM: it does, but belongs to someone else). */
export const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Cross-process write lock: a `write.lock` file created with O_EXCL holding the writer's pid.
 * A lock left by a dead process (kill -9) is taken over.
 */
export const withFileLock = async <T>(dir: string, fn: () => Promise<T>): Promise<T> => {
  const path = join(dir, 'write.lock');
  for (let attempt = 0; ; attempt++) {
    try {
      const fh = await open(path, 'wx');
      await fh.writeFile(String(process.pid));
      await fh.close();
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const pid = Number((await readFile(path, 'utf8').catch(() => '')).trim());
      const unreadable = !Number.isInteger(pid) || pid <= 0;
      // An empty file is a writer between create and write; only a long-empty one is stale.
      if ((unreadable && attempt >= 20) || (!unreadable && !alive(pid))) {
        await rm(path, { force: true });
        continue;
      }
      if (attempt >= 100)
        throw new RelataError(
          'STORE_CONFLICT',
          `Another process (pid ${pid}) is writing to ${dir}`,
        );
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  try {
    return await fn();
  } finally {
    await rm(path, { force: true });
  }
};
