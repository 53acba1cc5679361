import type { Quantity } from '../domain';
import { findFullDate, monthIndex } from './boilerplate';
import type { Tok } from './types';

/** Items: `canonical name: lemma phrase | lemma phrase …` (longest phrase wins). */
const ITEM_TABLE = `
ballistic missiles: ballistic missile
cruise missiles: cruise missile
missiles: missile | atacms | storm shadow | taurus | scalp
drones: drone | uav | shahed | unmanned aerial vehicle
rockets: rocket
bombs: bomb | glide bomb | bunker buster
artillery shells: artillery shell | artillery round | shell
artillery: artillery | howitzer
ammunition: ammunition | munition
weapons: weapon | weaponry | arm | lethal aid | lethal support | lethal assistance | military equipment | equipment | water cannon | cannon
tanks: tank
submarines: submarine
warships: warship | frigate | destroyer | corvette
fighter jets: fighter jet | f-16 | f16 | jet | warplane | aircraft | helicopter | bomber
air defence systems: air defence system | air defense system | air defence | air defense | air-defence system | air-defense system | air-defence | air-defense | patriot
troops: troop | soldier | force | personnel | serviceman | special force
dual-use technology: dual-use technology | dual-use good | dual-use item | technology | component | microchip | semiconductor | chip | engine
crude oil: crude oil | crude | oil
gas: gas | lng | natural gas | liquefied natural gas | liquified natural gas
military aid: military aid | aid | assistance | military assistance | security assistance | package
vehicles: vehicle | armored vehicle | armoured vehicle
small arms: small arm
medical supplies: medical supply
intelligence: satellite imagery | intelligence sharing | intelligence | targeting data | satellite data | data
dual-use technology: machine tool | microelectronic | nitrocellulose | electronic | electronics | avionics | spare part | aircraft part | ball bearing
commodities: fertiliser | fertilizer | grain | wheat | coal | uranium | aluminium | aluminum | steel | chemical | rare earth | mineral | metal | diesel | fuel | petroleum product | refined product | copper | nickel | potash | gold
money: loan | credit | cash | funding | fund | money
`;

const ITEMS = new Map<string, string>();
for (const line of ITEM_TABLE.trim().split('\n')) {
  const [name = '', alts = ''] = line.split(':');
  for (const alt of alts.split('|')) {
    ITEMS.set(alt.trim(), name.trim());
    ITEMS.set(alt.trim().replace(/-/g, ' - '), name.trim());
  }
}
const MAX_ITEM = 4;
const FIRST_WORDS = new Set([...ITEMS.keys()].map((k) => k.split(' ')[0]!));
const itemKey = (t: Tok): string => (t.p === 'NOUN' || t.p === 'PROPN' ? t.l : t.f);

/** Canonical items named in tokens [from, to). */
export const itemsIn = (toks: Tok[], from: number, to: number): string[] => {
  const found: string[] = [];
  for (let i = from; i < to; i++) {
    const first = itemKey(toks[i]!);
    if (!FIRST_WORDS.has(first)) continue;
    let key = first;
    let best = 0;
    let name: string | undefined;
    for (let n = 1; n <= MAX_ITEM && i + n <= to; n++) {
      if (n > 1) key += ` ${itemKey(toks[i + n - 1]!)}`;
      const hit = ITEMS.get(key);
      if (hit !== undefined) [name, best] = [hit, n];
    }
    if (name === undefined) continue;
    if (!found.includes(name)) found.push(name);
    i += best - 1;
  }
  return found;
};

const COUNTABLE = new Set([
  'troops',
  'drones',
  'missiles',
  'ballistic missiles',
  'cruise missiles',
  'rockets',
  'artillery shells',
  'tanks',
  'fighter jets',
  'vehicles',
  'air defence systems',
]);
const SCALE = new Map(
  Object.entries({
    thousand: 1e3,
    million: 1e6,
    m: 1e6,
    mn: 1e6,
    billion: 1e9,
    bn: 1e9,
    b: 1e9,
    trillion: 1e12,
    tn: 1e12,
  }),
);
const CURRENCY = new Map(
  Object.entries({
    $: 'USD',
    us$: 'USD',
    '€': 'EUR',
    '£': 'GBP',
    dollar: 'USD',
    euro: 'EUR',
    pound: 'GBP',
  }),
);

const num = (t: Tok | undefined): number | null => {
  if (!t || t.p !== 'NUM' || !/^\d[\d,]*(\.\d+)?$/.test(t.v)) return null;
  return Number(t.v.replace(/,/g, ''));
};

/** The first quantity in tokens [from, to): "10,000 troops", "$9 billion", "€1.5bn". */
export const quantityIn = (toks: Tok[], from: number, to: number): Quantity | null => {
  for (let i = from; i < to; i++) {
    const t = toks[i]!;
    const cur = CURRENCY.get(t.f);
    const prefixed = cur !== undefined ? num(toks[i + 1]) : null;
    const value = prefixed ?? num(t);
    if (value === null) continue;
    let k = prefixed !== null ? i + 2 : i + 1;
    const scale = SCALE.get(toks[k]?.f ?? '');
    if (scale !== undefined) k++;
    const total = value * (scale ?? 1);
    if (cur !== undefined) return { value: total, unit: cur };
    const after = CURRENCY.get(toks[k]?.l ?? '');
    if (after !== undefined) return { value: total, unit: after };
    // ("since 2023 and has sent troops": the unit must follow the number, not a clause later)
    for (let u = k; u < Math.min(to, k + 4); u++) {
      if (!['ADJ', 'PROPN', 'NOUN', 'PUNCT'].includes(toks[u]!.p)) break;
      const item = itemsIn(toks, u, Math.min(to, u + MAX_ITEM))[0];
      if (item !== undefined && COUNTABLE.has(item)) return { value: total, unit: item };
    }
  }
  return null;
};

const MONTH_RE =
  /\b(?:in|since|last|this|on|early|late|mid|by|until|from|of|during)[\s-]+(January|February|March|April|May|June|July|August|September|October|November|December)(?:,?\s+(\d{4}))?\b/;
const YEAR_RE = /\b(?:in|since|during|from|of)\s+(\d{4})\b/;
const pad = (n: number): string => String(n).padStart(2, '0');

/** The date a sentence gives for its event, else the article's date. */
export const sentenceDate = (sentence: string, articleDate: string | undefined): string | null => {
  const full = findFullDate(sentence);
  if (full) return full;
  const m = MONTH_RE.exec(sentence);
  if (m) {
    const month = monthIndex(m[1] ?? '');
    if (m[2]) return `${m[2]}-${pad(month)}`;
    if (articleDate) {
      const y = Number(articleDate.slice(0, 4));
      const am = Number(articleDate.slice(5, 7) || '12');
      return `${month > am ? y - 1 : y}-${pad(month)}`;
    }
  }
  const y = YEAR_RE.exec(sentence);
  if (y) return y[1] ?? null;
  return articleDate ?? null;
};
