import type { Actor, ActorKind } from '../domain';
import { foldText } from '../domain';
import { MORE_OFFICIALS, MORE_ORGANIZATIONS } from './gazetteer-officials';
import { ORGANIZATIONS, OFFICIALS } from './gazetteer-people';
import { STATES } from './gazetteer-states';
import { phraseKeys, slugify } from './nlp';
import type { EntryType, GazActor, GazEntry, Gazetteer, TrieNode } from './types';

const list = (s: string | undefined): string[] =>
  (s ?? '')
    .split(';')
    .map((x) => x.trim())
    .filter((x) => x !== '');
const rows = (table: string): string[][] =>
  table
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map((l) => l.split('|').map((c) => c.trim()));

interface BuiltIn {
  actor: Omit<GazActor, 'curated'>;
  keys: { text: string; type: EntryType }[];
  short?: { text: string; global: boolean };
}

const builtIns = (): BuiltIn[] => {
  const out: BuiltIn[] = [];
  for (const [id = '', name = '', aliases, capitals, demonyms, places] of rows(STATES)) {
    out.push({
      actor: { id, name, kind: 'STATE', aliases: list(aliases) },
      keys: [
        ...[name, ...list(aliases)].map((text) => ({ text, type: 'name' as const })),
        ...list(capitals).map((text) => ({ text, type: 'metonym' as const })),
        ...list(demonyms).map((text) => ({ text, type: 'demonym' as const })),
        ...list(places).map((text) => ({ text, type: 'place' as const })),
      ],
    });
  }
  for (const [id = '', name = '', kind, aliases, affiliation] of rows(
    ORGANIZATIONS + MORE_ORGANIZATIONS,
  )) {
    const a = list(aliases);
    out.push({
      actor: {
        id,
        name,
        kind: kind as ActorKind,
        aliases: a,
        ...(affiliation ? { affiliation } : {}),
      },
      keys: [name, ...a].map((text) => ({ text, type: 'name' as const })),
    });
  }
  for (const [name = '', aliases, role, affiliation, short] of rows(OFFICIALS + MORE_OFFICIALS)) {
    const a = list(aliases);
    out.push({
      actor: {
        id: slugify(name),
        name,
        kind: 'OFFICIAL',
        aliases: a,
        ...(role ? { role } : {}),
        ...(affiliation ? { affiliation } : {}),
      },
      keys: [name, ...a].map((text) => ({ text, type: 'name' as const })),
      ...(short
        ? { short: { text: short.replace(/^\*/, ''), global: short.startsWith('*') } }
        : {}),
    });
  }
  return out;
};

const caseModeOf = (text: string): GazEntry['caseMode'] =>
  /^[A-Z][A-Z.+\d-]{1,5}$/.test(text) && text.replace(/[^A-Z]/g, '').length <= 5
    ? 'upper'
    : 'title';

const insert = (trie: TrieNode, text: string, entry: GazEntry): void => {
  const keys = phraseKeys(text.replace(/^the\s+/i, ''));
  if (keys.length === 0) return;
  let node = trie;
  for (const k of keys) {
    let n = node.next.get(k);
    if (!n) node.next.set(k, (n = { next: new Map() }));
    node = n;
  }
  const prev = node.entry;
  if (!prev) node.entry = entry;
  else if (prev.actorId === entry.actorId && prev.caseMode === 'upper')
    node.entry = { ...prev, caseMode: entry.caseMode };
};

/** Default short name: the surname (last token). */
const surname = (name: string): string => name.split(/\s+/).pop() ?? name;

/**
 * Builds the gazetteer from curated actors (which take precedence) and the built-in lists
 * of states, capitals and government metonyms, demonyms, organizations and officials.
 * A built-in actor whose name or alias matches a curated actor is merged into it.
 */
/** Seas, straits and regions: matched so that "South China Sea" is not read as China. */
const REGIONS = `South China Sea;East China Sea;Black Sea;Red Sea;Baltic Sea;Sea of Japan;East Sea;
  Yellow Sea;Caspian Sea;Arabian Sea;Sea of Azov;Mediterranean Sea;Persian Gulf;Gulf of Aden;
  Gulf of Oman;Strait of Hormuz;Taiwan Strait;Korea Strait;Bab el-Mandeb;Korean Peninsula;
  Arctic;Sahel;Middle East;Horn of Africa;Indo-Pacific;Caucasus;South Caucasus;Balkans;
  Western Balkans;Indian Ocean;Pacific;Atlantic;Gulf of Mexico;Gulf of America`;

export const buildGazetteer = (curated: readonly Actor[]): Gazetteer => {
  const actors = new Map<string, GazActor>();
  const trie: TrieNode = { next: new Map() };
  const shortNames = new Map<string, { key: string; global: boolean }>();
  const byName = new Map<string, string>();
  const byFullName = new Map<string, string>();
  for (const a of curated) {
    actors.set(a.id, {
      id: a.id,
      name: a.name,
      kind: a.kind,
      aliases: [...a.aliases],
      curated: true,
      ...(a.role ? { role: a.role } : {}),
      ...(a.affiliation ? { affiliation: a.affiliation } : {}),
    });
    for (const n of [a.name, ...a.aliases]) byName.set(foldText(n), a.id);
    byFullName.set(foldText(a.name), a.id);
  }
  const redirect = new Map<string, string>();
  const all = builtIns();
  for (const b of all) {
    // the same actor under another id: its name is a curated name or alias, or one of its
    // aliases is a curated name (two aliases alike, such as "AU", prove nothing)
    const target = actors.get(b.actor.id)?.curated
      ? b.actor.id
      : (byName.get(foldText(b.actor.name)) ??
        b.actor.aliases.map((n) => byFullName.get(foldText(n))).find((x) => x !== undefined));
    if (target !== undefined) redirect.set(b.actor.id, target);
  }
  const idOf = (id: string): string => redirect.get(id) ?? id;
  const builtinIds = new Set(all.map((b) => idOf(b.actor.id)));
  for (const a of curated) {
    // a person's bare surname ("Austin") names them only once the full name has appeared
    const parts = a.kind === 'OFFICIAL' ? a.name.split(/\s+/).map(foldText) : [];
    const scoped = (text: string) =>
      parts.length > 1 &&
      !/\s/.test(text.trim()) &&
      [parts[0], parts[parts.length - 1]].includes(foldText(text));
    for (const text of [a.name, ...a.aliases])
      if (!scoped(text))
        insert(trie, text, { actorId: a.id, type: 'name', caseMode: caseModeOf(text) });
    // the built-in list knows name order ("Kim Jong Un" is "Kim", or nothing when ambiguous)
    if (a.kind === 'OFFICIAL' && !builtinIds.has(a.id))
      shortNames.set(a.id, { key: phraseKeys(surname(a.name)).join(' '), global: false });
  }
  for (const b of all) {
    const id = idOf(b.actor.id);
    if (!actors.has(id)) {
      const affiliation = b.actor.affiliation === undefined ? undefined : idOf(b.actor.affiliation);
      actors.set(id, { ...b.actor, id, curated: false, ...(affiliation ? { affiliation } : {}) });
    }
    for (const k of b.keys)
      insert(trie, k.text, { actorId: id, type: k.type, caseMode: caseModeOf(k.text) });
    if (b.short && !shortNames.has(id)) {
      shortNames.set(id, { key: phraseKeys(b.short.text).join(' '), global: b.short.global });
      if (b.short.global)
        insert(trie, b.short.text, { actorId: id, type: 'name', caseMode: 'title' });
    }
  }
  // regions that contain a state's name but stand for no actor ("the South China Sea")
  for (const text of REGIONS.split(';'))
    insert(trie, text.trim(), { actorId: '', type: 'place', caseMode: 'title' });
  return { actors, trie, shortNames };
};
