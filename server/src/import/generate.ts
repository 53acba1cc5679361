import { allPlaces, type Place } from './countries';
import { G, GDELT_COLUMNS } from './gdelt';

/**
 * Synthetic GDELT 2.0 event rows for scale tests: deterministic for a seed, constant memory
 * (one Float64Array of actor weights), with a heavy-tailed degree distribution — actors are
 * drawn from a Zipf law over popularity ranks, so a few hubs (the big states) hold most events.
 */
export interface GenerateOptions {
  actors: number;
  claims: number;
  seed?: number;
  /** First day of the two-year window (default 2023-01-01). */
  start?: string;
  /** Zipf exponent (default 1.0). */
  skew?: number;
}

const FIRST = [
  'USA',
  'RUS',
  'CHN',
  'UKR',
  'IRN',
  'PRK',
  'GBR',
  'FRA',
  'DEU',
  'ISR',
  'IND',
  'JPN',
  'KOR',
  'TUR',
];
const STATES: readonly Place[] = (() => {
  const seen = new Set<string>();
  const all = allPlaces().filter((p) => p.kind === 'STATE' && !seen.has(p.id) && seen.add(p.id));
  const rank = (p: Place) => (FIRST.includes(p.code) ? FIRST.indexOf(p.code) : FIRST.length);
  return all.sort((a, b) => rank(a) - rank(b));
})();
const TYPES = ['GOV', 'MIL', 'LEG', 'JUD', 'COP', 'OPP', 'REB', 'BUS', 'MED', 'CVL', 'SPY', 'ELI'];
const SYL =
  'ka lo mi ren dor va sel tin bar quo zen ha ru pe lis mar no tav gri del cho an vik sor bel um ted ja nis fol ge ri'.split(
    ' ',
  );
const HOSTS = [
  'news.example.com',
  'wire.example.org',
  'daily.example.net',
  'post.example.com',
  'herald.example.org',
  'tribune.example.net',
  'observer.example.com',
  'ledger.example.org',
];

/** CAMEO root mix (share of GDELT events, approximate) and a few codes per root. */
const ROOTS: [string, number, number, string[]][] = [
  ['01', 19, 0, ['010', '012', '013', '014', '018']],
  ['02', 5, 3, ['020', '021', '022', '023', '026']],
  ['03', 7, 4, ['030', '031', '032', '036']],
  ['04', 20, 1, ['040', '042', '043', '045', '046']],
  ['05', 10, 3.5, ['050', '051', '052', '057']],
  ['06', 2, 6, ['060', '061', '062']],
  ['07', 2.5, 7, ['070', '071', '072', '073', '074']],
  ['08', 2.5, 5, ['080', '081', '084', '087']],
  ['09', 1.5, -2, ['090']],
  ['10', 2, -5, ['100', '101', '102', '104']],
  ['11', 6, -2, ['110', '111', '112', '1121', '114']],
  ['12', 2, -4, ['120', '125', '128']],
  ['13', 2, -6, ['130', '131', '138']],
  ['14', 2, -6.5, ['140', '141', '145']],
  ['15', 1, -7.2, ['150', '152', '154']],
  ['16', 1.5, -4, ['160', '161', '163', '166']],
  ['17', 6, -7, ['170', '172', '173', '175']],
  ['18', 3.5, -9, ['180', '181', '182', '183']],
  ['19', 4, -10, ['190', '193', '194', '195']],
  ['20', 0.1, -10, ['200', '202', '204']],
];
const ROOT_TOTAL = ROOTS.reduce((s, r) => s + r[1], 0);

/** mulberry32: small, fast, deterministic. */
const prng = (seed: number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};
/** A pure hash of an integer, in [0, 1). */
const hash01 = (n: number, salt: number) => prng(Math.imul(n + 1, 0x9e3779b1) ^ salt)();

interface SynthActor {
  code: string;
  name: string;
  country: Place;
  type: string;
}

/** The actor at popularity rank r: states first, then state institutions, then named actors. */
export const actorAt = (r: number): SynthActor => {
  const C = STATES.length;
  if (r < C)
    return {
      code: STATES[r]!.code,
      name: STATES[r]!.name.toUpperCase(),
      country: STATES[r]!,
      type: '',
    };
  const j = r - C;
  if (j < C * TYPES.length) {
    const country = STATES[j % C]!;
    const type = TYPES[Math.floor(j / C)]!;
    return { code: country.code + type, name: country.name.toUpperCase(), country, type };
  }
  const k = j - C * TYPES.length;
  const S = SYL.length;
  const syl = (d: number) => SYL[Math.floor(k / S ** d) % S]!;
  const name = `${syl(0)}${syl(1)} ${syl(2)}${syl(3)}${k >= S ** 4 ? syl(4) : ''}`.toUpperCase();
  const country = STATES[Math.floor(C * hash01(k, 17) ** 2)]!;
  const type = TYPES[Math.floor(TYPES.length * hash01(k, 29))]!;
  return { code: country.code + type, name, country, type };
};

const day = (start: number, offset: number) => {
  const d = new Date(start + offset * 86_400_000);
  return `${d.getUTCFullYear()}${String(d.getUTCMonth() + 1).padStart(2, '0')}${String(d.getUTCDate()).padStart(2, '0')}`;
};

/** GDELT 2.0 event rows (61 tab-separated columns, no trailing newline), one per claim. */
export function* generateRows(o: GenerateOptions): Generator<string> {
  const rand = prng(o.seed ?? 1);
  const n = Math.max(2, o.actors);
  const cum = new Float64Array(n);
  for (let r = 0, s = 0; r < n; r++) cum[r] = s += 1 / (r + 1) ** (o.skew ?? 1);
  const zipf = () => {
    const u = rand() * cum[n - 1]!;
    let lo = 0;
    for (let hi = n - 1; lo < hi;) {
      const mid = (lo + hi) >> 1;
      if (cum[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const start = Date.parse(`${o.start ?? '2023-01-01'}T00:00:00Z`);
  const storiesPerDay = Math.max(1, Math.round(o.claims / 730 / 3));
  const f: string[] = GDELT_COLUMNS.map(() => '');
  const set = (col: string, v: string | number) => (f[G[col]!] = String(v));
  for (let i = 0; i < o.claims; i++) {
    // Every actor appears at least once (as subject of one of the first n events).
    const s = i < n ? i : zipf();
    let t = zipf();
    while (t === s) t = zipf();
    const [a1, a2] = [actorAt(s), actorAt(t)];
    let pick = rand() * ROOT_TOTAL;
    const root = ROOTS.find((x) => (pick -= x[1]) < 0) ?? ROOTS[0]!;
    const code = root[3][Math.floor(rand() * root[3].length)]!;
    const offset = Math.floor(rand() * 730);
    const d = day(start, offset);
    const mentions = Math.floor(1 / (1 - rand() * 0.98) ** 1.3);
    const sources = Math.min(mentions, 1 + Math.floor(-Math.log(1 - rand()) * 1.5));
    set('GlobalEventID', 1_100_000_000 + i);
    set('Day', d);
    set('MonthYear', d.slice(0, 6));
    set('Year', d.slice(0, 4));
    set('FractionDate', (Number(d.slice(0, 4)) + ((offset % 365) + 0.5) / 365).toFixed(4));
    for (const [p, a] of [
      ['Actor1', a1],
      ['Actor2', a2],
    ] as const) {
      set(`${p}Code`, a.code);
      set(`${p}Name`, a.name);
      set(`${p}CountryCode`, a.country.code);
      set(`${p}Type1Code`, a.type);
      geo(set, `${p}Geo`, a.country);
    }
    set('IsRootEvent', rand() < 0.6 ? 1 : 0);
    set('EventCode', code);
    set('EventBaseCode', code.slice(0, 3));
    set('EventRootCode', root[0]);
    set('QuadClass', +root[0] <= 5 ? 1 : +root[0] <= 8 ? 2 : +root[0] <= 13 ? 3 : 4);
    set('GoldsteinScale', root[2].toFixed(1));
    set('NumMentions', mentions);
    set('NumSources', sources);
    set('NumArticles', Math.max(sources, mentions - Math.floor(rand() * mentions * 0.2)));
    set('AvgTone', ((rand() + rand() + rand() - 1.5) * 6 - 1.5).toFixed(4));
    geo(set, 'ActionGeo', a1.country);
    set(
      'DATEADDED',
      `${day(start, offset + 1)}${String(Math.floor(rand() * 24)).padStart(2, '0')}${String(15 * Math.floor(rand() * 4)).padStart(2, '0')}00`,
    );
    const story = Math.floor(rand() * storiesPerDay);
    const host = HOSTS[Math.floor(hash01(offset * 7919 + story, 3) * HOSTS.length)]!;
    set(
      'SOURCEURL',
      `https://${host}/${d.slice(0, 4)}/${d.slice(4, 6)}/${d.slice(6)}/story-${story}`,
    );
    yield f.join('\t');
  }
}

const geo = (set: (c: string, v: string | number) => void, p: string, c: Place) => {
  const h = hash01(
    c.code.charCodeAt(0) * 65536 + c.code.charCodeAt(1) * 256 + c.code.charCodeAt(2),
    5,
  );
  set(`${p}_Type`, 1);
  set(`${p}_FullName`, c.name);
  set(`${p}_CountryCode`, c.code.slice(0, 2));
  set(`${p}_Lat`, (h * 120 - 50).toFixed(4));
  set(`${p}_Long`, (((h * 7919) % 1) * 340 - 170).toFixed(4));
  set(`${p}_FeatureID`, c.code.slice(0, 2));
};
