import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** The destination went away (client disconnected, pipe closed) before the export finished. */
export class ExportAbortedError extends Error {
  override readonly name = 'ExportAbortedError';
}

/**
 * Collects small pieces into chunks of about `chunkSize` bytes and writes them to a Writable,
 * waiting for 'drain' whenever `write` reports a full buffer, so a slow reader slows the
 * export down instead of the export filling memory. Hand-written because the formats produce
 * output from async store reads in between writes; `stream.pipeline` would need each format
 * rewritten as a Readable for no gain. Never ends the Writable: the caller does.
 */
export class ChunkSink {
  private parts: Buffer[] = [];
  private size = 0;
  /** Bytes handed to the Writable so far. */
  written = 0;

  constructor(
    private readonly out: Writable,
    private readonly chunkSize = 64 * 1024,
  ) {}

  async write(piece: string | Uint8Array): Promise<void> {
    const buf = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : Buffer.from(piece);
    if (buf.length === 0) return;
    this.parts.push(buf);
    this.size += buf.length;
    if (this.size >= this.chunkSize) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.size === 0) return;
    const chunk = this.parts.length === 1 ? this.parts[0]! : Buffer.concat(this.parts, this.size);
    this.parts = [];
    this.size = 0;
    // A big piece (one batch of a format) goes out in chunkSize slices, each awaiting drain.
    for (let at = 0; at < chunk.length; at += this.chunkSize) {
      if (this.out.destroyed || this.out.writableEnded)
        throw new ExportAbortedError('output closed');
      const slice = chunk.subarray(at, at + this.chunkSize);
      this.written += slice.length;
      if (!this.out.write(slice)) await drained(this.out);
    }
  }
}

/** Resolves on 'drain'; rejects on 'error' (via `once`) or when the stream closes first. */
const drained = async (out: Writable): Promise<void> => {
  if (out.destroyed) throw new ExportAbortedError('output closed');
  const ac = new AbortController();
  const closed = once(out, 'close', { signal: ac.signal }).then(() => {
    throw new ExportAbortedError('output closed');
  });
  try {
    await Promise.race([once(out, 'drain', { signal: ac.signal }), closed]);
  } finally {
    ac.abort();
  }
};
