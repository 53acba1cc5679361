/** Messages between the page and the ForceAtlas2 layout worker. */

export interface Fa2Request {
  id: number;
  ids: string[];
  /** x, y per node (0 where there is no position). */
  xy: Float64Array;
  /** 1 when the node has a starting position in xy. */
  hasPosition: Uint8Array;
  /** 1 when the node must not move (already placed nodes on incremental layouts). */
  fixed: Uint8Array;
  /** Pairs of node indexes. */
  edges: Uint32Array;
  iterations: number;
}

export type Fa2Response =
  { id: number; ok: true; xy: Float64Array; ms: number } | { id: number; ok: false; error: string };
