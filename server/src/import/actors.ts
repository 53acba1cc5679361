import type { Actor, ActorKind } from '../domain';
import { CAMEO_TYPES, KNOWN_GROUPS, knownGroupBySlug } from './cameo';
import { placeByCode, placeByName, type Place } from './countries';
import { displayName, slugify } from './text';

/** An actor resolved from an event row, plus the state it is affiliated with (if any). */
export interface ActorRef {
  id: string;
  actors: Actor[];
}

const make = (id: string, name: string, kind: ActorKind, affiliation?: Place): ActorRef => {
  const a: Actor = { id, name: name.slice(0, 200), kind, aliases: [] };
  const state = affiliation?.kind === 'STATE' && affiliation.id !== id ? affiliation : undefined;
  if (state === undefined) return { id, actors: [a] };
  a.affiliation = state.id;
  return { id, actors: [a, placeActor(state).actors[0]!] };
};

const placeActor = (p: Place): ActorRef => ({
  id: p.id,
  actors: [
    { id: p.id, name: p.name, kind: p.kind, aliases: p.aliases.filter((x) => x !== p.name) },
  ],
});

/** Words that make a name an institution rather than a person. */
const ORG_WORDS =
  /\b(ministry|department|council|house|party|army|forces?|court|committee|organi[sz]ation|agency|bank|union|nations|office|service|assembly|parliament|congress|senate|government|commission|front|movement|alliance|institute|university|company|corporation|group|brigade|guard|navy|police|military|pentagon|kremlin|league|fund|association|federation|network|news|times|post|press|television|radio|embassy|cabinet|bureau|authority|command|coalition|people)\b/i;

/** Role words GDELT uses as actor names for type matches ("POLICE", "PRESIDENT"). */
const PERSON_ROLES = new Set(
  'president prime-minister minister foreign-minister defense-minister leader ambassador spokesman spokesperson governor mayor king queen prince chancellor diplomat judge prosecutor attorney lawyer lawmaker senator official general commander envoy head-of-state head-of-government'.split(
    ' ',
  ),
);
const GROUP_ROLES = new Set(
  'police police-officer government military army navy air-force troops soldier soldiers security-forces authorities court parliament cabinet ministry embassy opposition protester protesters demonstrator demonstrators rebel rebels militant militants insurgent insurgents terrorist terrorists gang criminal citizen citizens people resident residents civilian civilians student students worker workers employee refugee refugees migrant migrants company business firm bank media journalist reporter newspaper activist activists university school hospital doctor party union intelligence legislature congress senate community village prison prisoner farmer child children women youth settler peacekeeper special-forces'.split(
    ' ',
  ),
);

const looksLikePerson = (name: string): boolean => {
  const words = name.trim().split(/\s+/);
  return (
    words.length >= 2 && words.length <= 4 && !ORG_WORDS.test(name) && /^[\p{L}.'\- ]+$/u.test(name)
  );
};

export interface GdeltActorFields {
  code: string;
  name: string;
  countryCode: string;
  knownGroup: string;
  types: string[];
}

/** Resolves a GDELT actor (code, name, country, types) to a stable actor id; null if absent. */
export const gdeltActor = (f: GdeltActorFields): ActorRef | null => {
  const code = f.code.trim().toUpperCase();
  const name = f.name.trim();
  if (code === '' && name === '') return null;
  const known =
    KNOWN_GROUPS[f.knownGroup.trim().toUpperCase()] ??
    (code.length === 3 ? KNOWN_GROUPS[code] : undefined);
  if (known !== undefined) return make(known.id, known.name, known.kind);
  const exact = code.length === 3 ? placeByCode(code) : undefined;
  if (exact !== undefined) return placeActor(exact);
  const typeCode = f.types
    .map((t) => t.trim().toUpperCase())
    .find((t) => CAMEO_TYPES[t] !== undefined);
  const role = typeCode === undefined ? undefined : CAMEO_TYPES[typeCode];
  const country =
    placeByCode(code.slice(0, 3)) ??
    (f.countryCode.trim() ? placeByCode(f.countryCode.trim()) : undefined);
  const namePlace = name === '' ? undefined : placeByName(name);
  const base = country ?? namePlace;
  // The actor is a country itself, or one of its institutions ("RUSGOV" named "RUSSIA").
  if (base !== undefined && (name === '' || namePlace !== undefined)) {
    if (role === undefined) return placeActor(base);
    const kind = role.kind === 'OFFICIAL' ? 'GROUP' : role.kind;
    return make(`${base.id}-${slugify(role.label)}`, `${role.label} (${base.name})`, kind, base);
  }
  if (name === '') {
    const label = role?.label ?? code;
    return make(
      slugify(label),
      label,
      role?.kind === 'OFFICIAL' ? 'GROUP' : (role?.kind ?? 'GROUP'),
    );
  }
  const slug = slugify(name) || slugify(code);
  if (slug === '') return null;
  const group = knownGroupBySlug(slug);
  if (group !== undefined) return make(group.id, group.name, group.kind);
  const shown = displayName(name);
  // A role word ("POLICE", "PRESIDENT"): one actor per country, not one for the whole world.
  if (PERSON_ROLES.has(slug) || GROUP_ROLES.has(slug)) {
    const kind: ActorKind = PERSON_ROLES.has(slug) ? 'OFFICIAL' : (role?.kind ?? 'GROUP');
    return country === undefined
      ? make(slug, shown, kind)
      : make(`${country.id}-${slug}`, `${shown} (${country.name})`, kind, country);
  }
  const political =
    role === undefined ||
    ['GOV', 'ELI', 'LEG', 'JUD', 'MIL', 'SPY', 'COP', 'OPP'].includes(typeCode!);
  const kind: ActorKind =
    political && looksLikePerson(shown) ? 'OFFICIAL' : (role?.kind ?? 'GROUP');
  return make(
    slug,
    shown,
    kind,
    kind === 'OFFICIAL' || kind === 'ORGANIZATION' ? country : undefined,
  );
};

const ICEWS_ORG_SECTORS =
  /Government|Military|Police|Judicial|Legislative|Executive|Ministry|Business|Media|Education|Health|Organization|Parties|Foreign Affairs/;
const ICEWS_PERSON_ROLE =
  /^(Head of (Government|State)|President|Prime Minister|(Foreign |Defense )?Minister|King|Queen)\b/;

/** Resolves an ICEWS actor (name, sectors, country) to a stable actor id; null if absent. */
export const icewsActor = (
  rawName: string,
  rawSectors: string,
  rawCountry: string,
): ActorRef | null => {
  const name = rawName.trim();
  if (name === '' || name === 'NA') return null;
  const sectors = rawSectors.trim() === 'NA' ? '' : rawSectors.trim();
  const country =
    rawCountry.trim() === '' || rawCountry.trim() === 'NA' ? undefined : placeByName(rawCountry);
  const namePlace = placeByName(name);
  if (namePlace !== undefined) return placeActor(namePlace);
  // Sector actors: "Government (China)", "Police (India)", "Citizen (Australia)".
  const m = /^(.+?) \((.+)\)$/.exec(name);
  if (m) {
    const [, role = '', where = ''] = m;
    const place = placeByName(where) ?? country;
    const kind: ActorKind = ICEWS_PERSON_ROLE.test(role)
      ? 'OFFICIAL'
      : ICEWS_ORG_SECTORS.test(`${sectors} ${role}`)
        ? 'ORGANIZATION'
        : 'GROUP';
    return make(`${place?.id ?? slugify(where)}-${slugify(role)}`, name, kind, place);
  }
  const id = slugify(name);
  if (id === '') return null;
  const group = knownGroupBySlug(id);
  if (group !== undefined) return make(group.id, group.name, group.kind);
  const org = ORG_WORDS.test(name) || /Organization|Non-Governmental|IGO/.test(sectors);
  const kind: ActorKind = org ? 'ORGANIZATION' : looksLikePerson(name) ? 'OFFICIAL' : 'GROUP';
  return make(id, name, kind, country);
};
