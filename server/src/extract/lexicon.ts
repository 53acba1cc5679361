/** Word lists used to recognise actor phrases. All entries are lower-case lemmas or folded tokens. */
const set = (s: string) => new Set(s.split(/\s+/).filter((w) => w !== ''));

/** Heads that make a demonym or possessive phrase an actor: "North Korean troops", "Russia's military". */
export const TROOP_HEADS =
  set(`troop soldier force personnel serviceman battalion brigade unit contingent regiment division
  fighter mercenary commando infantry marine officer general commander warship fleet navy submarine adviser advisor
  instructor trainer peacekeeper ship vessel boat gunner sniper pilot paratrooper reservist conscript
  volunteer guard reinforcement deminer sapper sailor seaman airman`);
export const AGENT_HEADS =
  set(`military army navy government official authority leader leadership diplomat firm company
  entity bank regime ministry intelligence agency president counterpart presidency jet warplane aircraft warship
  bomber helicopter plane
  fleet coast guard prosecutor spokesperson spokesman spokeswoman embassy ambassador envoy delegation side operator
  hacker state media minister secretary chancellor premier administration parliament lawmaker court command
  national citizen spy cabinet service team negotiator representative source air counterpart crew
  militant manufacturer maker producer industry refiner refinery contractor shipper trader entity network
  airline carrier lender insurer
  board council assembly committee senate congress mission office mediator`);
export const WEAPON_HEADS =
  set(`drone missile rocket shell artillery munition ammunition weapon arm weaponry bomb tank
  equipment technology component chip`);
/** Heads naming a state's act: "Israeli strikes", "Russian aggression". */
export const EVENT_HEADS =
  set(`strike attack offensive invasion airstrike shelling bombardment barrage aggression occupation
  incursion raid assault war deployment decision action involvement interference escalation provocation crackdown
  export shipment delivery transfer`);
export const PLACE_HEADS =
  set(`territory soil city town village region oblast province position target base airfield
  airbase port infrastructure facility depot border capital grid frontline front airspace
  water coast island site district neighbourhood neighborhood area settlement station substation
  airport hospital school bridge dam pipeline compound`);

/** Words for people's roles; used to recognise officials and their titles. */
export const ROLE_WORDS =
  set(`president minister secretary chancellor premier leader spokesperson spokesman spokeswoman
  ambassador envoy general gen commander chief director governor mayor senator congressman congresswoman
  representative rep adviser advisor official analyst expert fellow researcher journalist commentator
  professor dr mr mrs ms sir king queen prince ayatollah emir sheikh chairman chairwoman chair head deputy
  vice prime foreign defence defense interior finance security intelligence national press deputy maj col lt
  admiral colonel major lieutenant captain sgt counterpart founder co-founder billionaire tycoon oligarch
  businessman businesswoman activist dissident lawmaker legislator candidate`);
/** Roles that make the person an official of a state or organization. */
export const OFFICIAL_ROLES =
  set(`president minister secretary chancellor premier leader spokesperson spokesman
  spokeswoman ambassador envoy general commander chief governor mayor senator congressman congresswoman official
  king queen prince emir chairman head ayatollah admiral diplomat`);
/** Head words of organization names: "Royal United Services Institute". */
export const ORG_HEADS =
  set(`institute institution ministry department agency council committee corporation company
  center centre university foundation endowment party bank fund organization organisation union command group
  program programme service office commission parliament assembly court forum association federation league
  network guard brigade army navy tribunal bureau authority alliance coalition movement front academy school
  cartel
  times post journal news agency press`);
/** Where a company or a ship is based: "companies based in China", "Sharjah-based traders". */
export const BASED = set('based headquartered registered incorporated owned flagged');
/** Last words of company names ("Tordex Trading", "Hanwha Aerospace", "Tulpar Bank"). */
export const COMPANY_HEADS =
  set(`corp corporation inc ltd llc plc co company holdings holding trading industries technologies
  electronics systems shipping logistics petrochemical petroleum aerospace supplies enterprises
  airlines airways refinery energy metals mining marine shipyard shipbuilding bank group`);
/** Last words of an organization's or a company's name. */
export const isOrgHead = (f: string): boolean => ORG_HEADS.has(f) || COMPANY_HEADS.has(f);

/** Capitalised words that never start or form a name. */
export const NOT_NAME =
  set(`the a an in on at of for and or but if as by to from with this that these those it its
  he she they we our his her their there here meanwhile however moreover also still yet while although though
  after before since during amid despite according mr monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december jan feb mar apr jun
  jul aug sep sept oct nov dec president minister secretary general prime chancellor analyst expert official
  officials east west north south eastern western northern southern central new ukrainian`);

/** Nouns that sum up an act named before ("the decision", "the strikes"). */
export const EVENT_REFS = new Set(
  `decision refusal move step measure sanction strike attack exercise drill deployment launch test visit
  deal agreement treaty pact action actions announcement incursion offensive assault bombing shelling
  raid seizure arrest ban plan policy transfer delivery shipment trip meeting summit remark comment
  speech barrage salvo bombardment onslaught vote resolution package veto flight patrol operation stance manoeuvre maneuver listing
  firing
  designation`.split(/\s+/),
);

/** Words that make "called X …" a condemnation. */
export const VERDICTS = new Set(
  `unacceptable illegal illegitimate provocation provocative reckless dangerous irresponsible outrageous
  violation terror terrorism terrorist crime criminal aggression blackmail unjustified destabilising
  destabilizing escalation escalatory barbaric atrocity hostile irrational baseless absurd shameful
  cynical genocide genocidal war insult unfair unjustified unreasonable protectionist bullying dumb
  stupid devastating ridiculous regrettable deplorable disgraceful hypocritical hypocrisy threat
  unjustifiable unwarranted counterproductive coercion coercive disgrace sham farce travesty betrayal
  piracy unlawful lawless barbarism cowardly heinous despicable abhorrent appalling hasty rash
  misguided shortsighted sighted interference meddling`.split(/\s+/),
);

/** Words that make a "that" clause a threat of consequences. */
export const CONSEQUENCES = new Set(
  `price consequence response respond retaliate retaliation regret punish punishment pay face
  target decisive crushing harsh severe destroy annihilate counter countermeasure unpunished
  unanswered fire strike hit force damage party`.split(/\s+/),
);

/** Words that make a number approximate ("around 10,000 troops"), not prepositions. */
export const ROUGHLY = new Set(['around', 'about', 'over', 'nearly', 'some', 'roughly', 'almost']);

/** Event nouns and the verb lemma of their act ("the bombing" names what "bombed" did). */
export const ACT_OF: Record<string, string> = {
  bombing: 'bomb',
  shelling: 'shell',
  invasion: 'invade',
  airstrike: 'strike',
  bombardment: 'bombard',
};

/** Research institutes: their warnings are analyses, not threats ("the think tank" refers to one). */
export const THINK_TANKS = new Set([
  'rusi',
  'isw',
  'csis',
  'rand-corporation',
  'carnegie-endowment',
  'atlantic-council',
  'chatham-house',
  'sipri',
  'kiel-institute',
]);

/** Verbs that stop a flow of goods: "halted all trade with Israel" is a sanction. */
export const CUT_VERBS = set('halt suspend cut sever stop freeze end');
