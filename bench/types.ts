/** One benchmark's outcome: a ratio against a baseline measured in the same run. */
export interface BenchResult {
  name: string;
  /** Measured ÷ baseline, oriented so the target reads as in `target`. */
  ratio: number;
  /** What the ratio should be, e.g. "≥ 0.3" or "≤ 1.5". */
  target?: string;
  details: Record<string, number | string>;
}

export type Bench = (options: BenchOptions) => Promise<BenchResult | BenchResult[] | null>;

export interface BenchOptions {
  /** Claims in the large synthetic graph (default 1,000,000; --quick uses 100,000). */
  claims: number;
  actors: number;
  quick: boolean;
}
