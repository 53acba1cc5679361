const MAX_SLUG = 120;

/** Lower-case ASCII slug: "Kim Jong Un" → "kim-jong-un", "Côte d'Ivoire" → "cote-d-ivoire". */
export const slugify = (s: string): string => {
  const slug = s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.length <= MAX_SLUG ? slug : slug.slice(0, MAX_SLUG).replace(/-+$/, '');
};

/** "VLADIMIR PUTIN" → "Vladimir Putin"; mixed-case input is kept as given. */
export const displayName = (s: string): string => {
  const t = s.trim().replace(/\s+/g, ' ');
  if (t !== t.toUpperCase()) return t;
  return t
    .toLowerCase()
    .replace(/(^|[\s\-'(])(\p{L})/gu, (_m, pre: string, c: string) => pre + c.toUpperCase());
};

/**
 * Short stable id for a URL or citation: 16 hex digits of a 64-bit non-cryptographic hash (two
 * 32-bit multiply-xorshift lanes, as in cyrb53). Much cheaper than SHA-1 on a million rows.
 */
export const shortHash = (s: string): string => {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
};

/** A Map that forgets everything when full: a cheap cache for values that repeat a lot. */
export class BoundedCache<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly max: number) {}
  get(k: string): V | undefined {
    return this.map.get(k);
  }
  set(k: string, v: V): void {
    if (this.map.size >= this.max) this.map.clear();
    this.map.set(k, v);
  }
}

/**
 * Shares equal strings (dates, notes) between records: a million claims then hold a few thousand
 * distinct strings instead of a million copies.
 */
export class Interner {
  private readonly cache: BoundedCache<string>;
  constructor(max = 100_000) {
    this.cache = new BoundedCache(max);
  }
  get(s: string): string {
    const hit = this.cache.get(s);
    if (hit !== undefined) return hit;
    this.cache.set(s, s);
    return s;
  }
}

const dateCache = new BoundedCache<string | null>(20_000);

/** `YYYYMMDD` or `YYYY-MM-DD` → `YYYY-MM-DD` if it is a real calendar date, else null. */
export const isoDate = (s: string): string | null => {
  const hit = dateCache.get(s);
  if (hit !== undefined) return hit;
  const m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(s.trim());
  let out: string | null = null;
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d)
      out = `${m[1]}-${m[2]}-${m[3]}`;
  }
  dateCache.set(s, out);
  return out;
};

/** An optional number column: '' or NA → undefined, a number → it, anything else → NaN. */
export const optNumber = (s: string | undefined): number | undefined => {
  const t = (s ?? '').trim();
  if (t === '' || t === 'NA') return undefined;
  const n = Number(t);
  return Number.isFinite(n) && !/[xob]/i.test(t) ? n : NaN;
};
