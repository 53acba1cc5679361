import type { Predicate } from '../domain';

/**
 * Extraction rules as data. A rule line reads
 *   `PREDICATE | head lemmas | object markers | flags`
 * Object markers: `_` is a direct object ("supplied Russia"), `that` the subject of a
 * complement clause, `poss` a possessive before the head noun ("India's supplier"), any
 * other word the preposition introducing the object ("sanctions on Iran"); `purpose` the object of
 * a purpose clause ("troops to bolster Russia").
 * Flags:
 *   item      an item word (weapons, aid, money…) must follow the verb (for generic verbs)
 *   troops    a troop noun must follow the verb ("sent 10,000 soldiers to")
 *   notroops  no troop noun may follow (those are deployments, not supplies)
 *   troopsubj the subject must be troops ("North Korean troops are in Russia")
 *   forcesubj the subject must be troops or an armed group ("M23 rebels pushed into Goma")
 *   inverse   the grammatical subject is the recipient; the actor after `from` the supplier
 *   negated   the verb itself says the relation did not happen ("withheld … from")
 *   agentive  the noun names the actor ("Russia became India's largest supplier")
 *   fallback  with no explicit subject, the clause subject is used ("travelled … for talks with")
 *   org       the object must be an organization
 *   vow       only as the object of a threat ("vowed a firm response to")
 *   weaponsubj the subject must be weapons ("Iranian drones have reached Russia")
 *   named     the subject must be a named actor, not troops or weapons ("Xi arrived in Moscow")
 *   econ      only with economic weapons after the object ("hit Denmark with tariffs"); noecon: never
 *   verdict   only when a condemning word follows ("called the launch unacceptable")
 *   threat    only a "that" clause threatening consequences gives the object ("vowed that X would pay")
 *   noing     not as a gerund or participle ("sanctions targeting banks")
 *   noposs    the object may not be a possessive ("embraced Putin", not "embraced Kyiv's bid")
 *   noitem    not with an item after the verb ("flew weapons to" is a supply, not a visit)
 *   joint     only a joint text ("signed a joint declaration")
 *   signed    only after a verb of signing ("signed a strategic partnership with")
 *   demand    only a "that" clause whose subject must act gives the object ("said Kyiv must withdraw")
 *   list      only with a sanctions list after the object ("placed X on its entity list")
 *   build     only when the object is followed by a verb of making ("help North Korea build satellites")
 *   person    the object must be a person ("received the Iranian foreign minister")
 *   vowcue    only after a vow or a modal: a threat, asserted ("vowed to respond to India")
 *   cannon    only with a water cannon named ("blasted the vessel with water cannon"); nocannon: never
 *   terror    only with a terror listing after the object ("designated the cartels as terrorist …")
 *   assets    only with assets or funds named just after the verb ("froze the assets of …")
 */
export interface Rule {
  p: Predicate;
  lemmas: Set<string>;
  obj: Set<string>;
  /** the object markers without the direct object (for passives) */
  prepObj: Set<string>;
  flags: Set<string>;
}

const parse = (table: string): Rule[] =>
  table
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => {
      const [p = '', lemmas = '', obj = '', flags = ''] = l.split('|').map((c) => c.trim());
      const words = (s: string) => new Set(s.split(/\s+/).filter((w) => w !== ''));
      const o = words(obj);
      return {
        p: p as Predicate,
        lemmas: words(lemmas),
        obj: o,
        prepObj: new Set([...o].filter((x) => x !== '_')),
        flags: words(flags),
      };
    });

export const VERB_RULES = parse(`
SUPPLIES          | supply deliver ship export sell furnish arm equip smuggle resell re-export | _ to for | notroops
SUPPLIES          | provide give send offer transfer hand donate gift lend pledge reward release | _ to for | item notroops
SUPPLIES          | help assist pay | _ | build
SUPPLIES          | receive obtain acquire buy purchase import get seek procure source | from | inverse item
SUPPLIES          | use employ field | from | inverse item noing
SUPPLIES          | withhold | from to | negated
SUPPLIES          | pour funnel channel fly airlift ferry transport pump | into to | item
SUPPLIES          | pass share leak | _ to with | item
SUPPLIES          | reach arrive end | _ in to | weaponsubj
DEPLOYS_TROOPS_TO | deploy send dispatch station move redeploy transfer mass amass have keep maintain base ship fly airlift ferry transport bring rotate put | to in into inside at toward towards alongside on along near purpose for | troops
DEPLOYS_TROOPS_TO | host house welcome | _ | inverse troops
DEPLOYS_TROOPS_TO | be remain stay serve operate | in into inside at alongside for | troopsubj
DEPLOYS_TROOPS_TO | fight serve | in inside at alongside for | troopsubj
DEPLOYS_TROOPS_TO | arrive join enter mass gather engage cross reach land | _ in into to alongside for | troopsubj
WARNS             | warn threaten caution | _ |
WARNS             | vow promise pledge insist declare say tell | that | threat
WARNS             | respond retaliate avenge | to against _ | vowcue
SANCTIONS         | sanction blacklist embargo penalize penalise | _ |
SANCTIONS         | hit slap target punish strike | _ | econ
SANCTIONS         | place put add | _ | list
SANCTIONS         | designate | _ | terror
SANCTIONS         | freeze | _ of | assets
SANCTIONS         | ban | from _ to of | noing
CONDEMNS          | condemn denounce criticize criticise slam decry censure rebuke lambast deplore | _ |
CONDEMNS          | blast | _ | nocannon
CONDEMNS          | protest | _ against |
CONDEMNS          | oppose | _ |
CONDEMNS          | summon | _ |
CONDEMNS          | object | to |
CONDEMNS          | lash | at |
ACCUSES           | accuse blame | _ |
ACCUSES           | blame | on |
CONDEMNS          | call describe brand label term dub reject dismiss | _ | verdict
MEETS             | meet host visit | _ with |
MEETS             | receive | _ | person
MEETS             | embrace greet hug welcome | _ | noposs
MEETS             | speak talk | with to |
MEETS             | sit | with |
MEETS             | discuss | with |
MEETS             | phone telephone ring | _ |
MEETS             | travel fly arrive | to in | named noitem
SUPPORTS          | support back endorse champion bolster praise assist aid help hail laud applaud commend | _ |
SUPPORTS          | stand side | with by behind |
URGES             | urge press implore exhort pressure ask lobby | _ |
URGES             | demand | _ that from |
URGES             | call | on upon |
URGES             | appeal | to |
URGES             | say tell insist declare state add reiterate | that | demand
ATTACKS           | attack strike hit bomb shell invade raid bombard pound kill assassinate sabotage ram | _ in inside into across on against near outside around at | noecon
ATTACKS           | retaliate | against on |
ATTACKS           | slam crash smash plough plow | into in | weaponsubj
ATTACKS           | blast spray douse | _ | cannon
ATTACKS           | turn aim train fire use | on at against | cannon
ATTACKS           | fight battle combat destroy | _ against |
ATTACKS           | target | _ | noing noecon
ATTACKS           | board seize capture hijack overrun | _ of |
ATTACKS           | push advance storm thrust | into on toward towards | forcesubj
ATTACKS           | press sweep pour surge march | into toward towards | forcesubj
ATTACKS           | fire shoot | on at upon |
ATTACKS           | shoot | down |
ATTACKS           | use employ | against | item noing
ATTACKS           | fire launch drop | at on against into toward towards inside across in | item
MEMBER_OF         | join | _ | org
`);

/** The first verb rule of a predicate: the rule an inferred frame of that predicate uses. */
export const verbRule = (p: Predicate): Rule => VERB_RULES.find((r) => r.p === p)!;

export const NOUN_RULES = parse(`
SUPPLIES          | supply delivery shipment transfer sale export provision aid assistance package | to for |
SUPPLIES          | supplier provider exporter seller | poss to for | agentive
SUPPLIES          | buyer importer purchaser customer | of from | agentive inverse
SUPPLIES          | purchase import | of from | inverse
DEPLOYS_TROOPS_TO | deployment dispatch presence | to in into alongside purpose |
SIGNS_TREATY_WITH | treaty pact agreement accord deal ceasefire truce armistice roadmap memorandum protocol charter contract arrangement | with between | fallback
SIGNS_TREATY_WITH | declaration statement communique | with between | fallback joint
SIGNS_TREATY_WITH | partnership | with between | signed
WARNS             | warning ultimatum | to against about |
WARNS             | response retaliation reprisal consequence countermeasure | to against for | vow
SANCTIONS         | sanction embargo tariff ban freeze control restriction curb cap penalty blacklisting duty levy | on against |
SANCTIONS         | measure | against |
CONDEMNS          | condemnation criticism rebuke | of |
CONDEMNS          | protest representation | with to against over |
CONDEMNS          | opposition | to _ |
ACCUSES           | accusation | against |
MEETS             | meeting talk summit visit call conversation negotiation | with to between | fallback
SUPPORTS          | support backing | for of to |
SUPPORTS          | commitment guarantee | to for |
SUPPORTS          | solidarity | for of to with |
SUPPORTS          | backer supporter sponsor enabler patron | poss of | agentive
URGES             | appeal | to |
ATTACKS           | attack strike invasion assault offensive bombardment raid incursion airstrike shelling barrage salvo volley bombing aggression assassination cyberattack sabotage | on against of in into inside across at toward towards | fallback
`);

/** Verbs that take a trigger noun as object and lend it their subject ("imposed sanctions on"). */
export const LIGHT_VERBS = new Set(
  `impose announce unveil introduce levy slap extend expand tighten approve adopt join hold have conduct
   launch carry mount stage express voice pledge offer provide give send deliver issue sign ink conclude
   ratify seal reach step ramp increase boost continue resume intensify reaffirm reiterate show order
   authorize authorise agree finalize finalise renew make begin start announce draw propose threaten plan
   consider prepare weigh lift ease remove drop scrap end suspend pause halt freeze delay block
   cancel postpone resume reimpose reinstate broaden widen raise double triple accelerate speed negotiate
   discuss initial initialle collect lodge file register take retaliate respond react hit strike answer
   counter finance fund`.split(/\s+/),
);

const set = (s: string) => new Set(s.split(/\s+/).filter((w) => w !== ''));

/** Reporting verbs: the claim is attributed to their subject. */
export const SPEECH_VERBS =
  set(`say tell state add note claim confirm announce report insist argue assert stress
  emphasize emphasise explain indicate estimate suggest believe write tweet remark acknowledge allege reveal
  warn conclude find show testify disclose brief observe contend maintain admit predict comment suspect`);
/** Reporting verbs with other common senses ("adds a lifeline"): they report only before a clause or quote. */
export const WEAK_SPEECH = set(
  'add note find show maintain observe conclude reveal indicate explain stress emphasize emphasise acknowledge admit predict brief comment warn suspect',
);
/** Reporting verbs that present the claim as an allegation. */
export const ALLEGE_VERBS = set('claim allege accuse charge suspect');
/** Verbs of denial: the claims they govern are DENIED. */
export const DENY_VERBS = set('deny reject dismiss refute');
/** Nouns a denial can point back to ("denied the reports"). */
export const DENIED_NOUNS = set(
  'claim report allegation accusation charge story it this them assertion suggestion',
);

/** Status cues in the verb group before a trigger. */
export const NEGATION =
  set(`not n't never no neither nor refuse decline fail stop cease halt suspend pause refrain yet without
  restrict restricted bar barred ban banned prevent prevented prohibit prohibited lift ease remove drop scrap end block
  pause halt freeze delay withhold cancel postpone avoid veto oppose`);
export const HYPOTHETICAL =
  set(`could may might would should can will shall must 'll 'd going plan intend aim seek try want hope
  threaten consider weigh mull expect prepare ready willing likely unlikely poised set about propose offer decide vow
  promise pledge need able possible potential possibility prospect risk planned proposed future any ensure schedule
  potentially possibly perhaps probably intention desire willingness readiness bid attempt negotiate
  discuss due commit`);
/** Verbs whose infinitive object is a wished-for, not an actual, event ("urged China to stop"). */
export const CONTROL_VERBS = set(
  'urge ask call press pressure allow permit force encourage want expect invite authorize authorise persuade demand implore lobby agree appeal',
);
/** Conjunctions opening a conditional or open clause: everything after them is hypothetical. */
export const CONDITIONALS = set('if unless whether lest');
export const ALLEGED_CUES = set('alleged allegedly purported purportedly suspected');
