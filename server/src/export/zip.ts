import { Zip, ZipDeflate, strToU8 } from 'fflate';
import type { ChunkSink } from './sink';

export interface ZipEntry {
  name: string;
  /** Writes the entry's content piece by piece; each piece is compressed and passed on. */
  write(put: (text: string) => Promise<void>): Promise<void>;
}

/**
 * Streams a zip archive with fflate's synchronous streaming `Zip`/`ZipDeflate`: every piece is
 * deflated as it arrives and the compressed bytes go straight to the sink (with backpressure).
 * Entries are written one after the other, since a zip cannot interleave them.
 */
export const writeZip = async (
  out: ChunkSink,
  entries: readonly ZipEntry[],
  mtime: Date,
): Promise<void> => {
  const pending: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((err, chunk) => {
    if (err) failure = err;
    else pending.push(chunk);
  });
  const drain = async () => {
    if (failure) throw failure;
    for (let c = pending.shift(); c !== undefined; c = pending.shift()) await out.write(c);
  };
  for (const entry of entries) {
    const file = new ZipDeflate(entry.name, { level: 6 });
    file.mtime = mtime;
    zip.add(file);
    await entry.write(async (text) => {
      file.push(strToU8(text));
      await drain();
    });
    file.push(new Uint8Array(0), true);
    await drain();
  }
  zip.end();
  await drain();
};
