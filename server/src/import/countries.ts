import { slugify } from './text';

/**
 * CAMEO country and region codes. CAMEO country codes are ISO 3166-1 alpha-3, plus a few
 * CAMEO-specific ones (ROM, TMP, MTN, KSV) and regional codes (EUR, MEA, WST…).
 * Each entry: `CODE:Name;alias;alias`. The slug of the name is the actor id, which matches the
 * curated ids of the sample dataset (russia, north-korea, united-states…). Aliases are other
 * names seen in GDELT actor names and ICEWS country columns (capitals, demonyms, long forms).
 */
const COUNTRIES = `
AFG:Afghanistan;Kabul;Afghan|ALB:Albania;Tirana|DZA:Algeria;Algiers|AND:Andorra|AGO:Angola;Luanda
ARG:Argentina;Buenos Aires;Argentine|ARM:Armenia;Yerevan;Armenian|AUS:Australia;Canberra;Australian
AUT:Austria;Vienna;Austrian|AZE:Azerbaijan;Baku|BHS:Bahamas|BHR:Bahrain;Manama|BGD:Bangladesh;Dhaka
BRB:Barbados|BLR:Belarus;Minsk;Belarusian|BEL:Belgium;Brussels;Belgian|BLZ:Belize|BEN:Benin
BTN:Bhutan|BOL:Bolivia|BIH:Bosnia and Herzegovina;Bosnia;Sarajevo|BWA:Botswana|BRA:Brazil;Brasilia;Brazilian
BRN:Brunei;Brunei Darussalam|BGR:Bulgaria;Sofia|BFA:Burkina Faso|BDI:Burundi|KHM:Cambodia;Phnom Penh
CMR:Cameroon|CAN:Canada;Ottawa;Canadian|CPV:Cape Verde;Cabo Verde|CAF:Central African Republic|TCD:Chad
CHL:Chile;Santiago|CHN:China;Beijing;Chinese;PRC;People's Republic of China|COL:Colombia;Bogota
COM:Comoros|COD:Democratic Republic of the Congo;Democratic Republic of Congo;DR Congo;Kinshasa
COG:Republic of the Congo;Congo;Brazzaville|CRI:Costa Rica|CIV:Ivory Coast;Cote d'Ivoire|HRV:Croatia;Zagreb
CUB:Cuba;Havana;Cuban|CYP:Cyprus;Nicosia|CZE:Czech Republic;Czechia;Prague|DNK:Denmark;Copenhagen;Danish
DJI:Djibouti|DMA:Dominica|DOM:Dominican Republic|TMP:East Timor;Timor-Leste|TLS:East Timor;Timor-Leste
ECU:Ecuador|EGY:Egypt;Cairo;Egyptian|SLV:El Salvador|GNQ:Equatorial Guinea|ERI:Eritrea|EST:Estonia;Tallinn
ETH:Ethiopia;Addis Ababa|FJI:Fiji|FIN:Finland;Helsinki;Finnish|FRA:France;Paris;French;Elysee
GAB:Gabon|GMB:Gambia|GEO:Georgia;Tbilisi;Georgian|DEU:Germany;Berlin;German|GHA:Ghana;Accra
GRC:Greece;Athens;Greek|GRD:Grenada|GTM:Guatemala|GIN:Guinea|GNB:Guinea-Bissau|GUY:Guyana|HTI:Haiti
VAT:Vatican;Vatican City;Holy See|HND:Honduras|HKG:Hong Kong|HUN:Hungary;Budapest;Hungarian|ISL:Iceland
IND:India;New Delhi;Indian|IDN:Indonesia;Jakarta;Indonesian|IRN:Iran;Tehran;Iranian;Islamic Republic of Iran
IRQ:Iraq;Baghdad;Iraqi|IRL:Ireland;Dublin;Irish|ISR:Israel;Tel Aviv;Israeli|ITA:Italy;Rome;Italian
JAM:Jamaica|JPN:Japan;Tokyo;Japanese|JOR:Jordan;Amman;Jordanian|KAZ:Kazakhstan;Astana
KEN:Kenya;Nairobi|KIR:Kiribati|PRK:North Korea;Pyongyang;North Korean;DPRK;Democratic People's Republic of Korea
KOR:South Korea;Seoul;South Korean;Republic of Korea|KSV:Kosovo;Pristina|XKX:Kosovo;Pristina
KWT:Kuwait;Kuwaiti|KGZ:Kyrgyzstan;Bishkek|LAO:Laos;Vientiane|LVA:Latvia;Riga|LBN:Lebanon;Beirut;Lebanese
LSO:Lesotho|LBR:Liberia|LBY:Libya;Tripoli;Libyan|LIE:Liechtenstein|LTU:Lithuania;Vilnius;Lithuanian
LUX:Luxembourg|MAC:Macao;Macau|MKD:North Macedonia;Macedonia;Skopje|MDG:Madagascar|MWI:Malawi
MYS:Malaysia;Kuala Lumpur|MDV:Maldives|MLI:Mali;Bamako|MLT:Malta|MHL:Marshall Islands|MRT:Mauritania
MUS:Mauritius|MEX:Mexico;Mexico City;Mexican|FSM:Micronesia|MDA:Moldova;Chisinau|MCO:Monaco
MNG:Mongolia;Ulaanbaatar|MTN:Montenegro;Podgorica|MNE:Montenegro;Podgorica|MAR:Morocco;Rabat
MOZ:Mozambique|MMR:Myanmar;Burma;Naypyidaw|NAM:Namibia|NRU:Nauru|NPL:Nepal;Kathmandu
NLD:Netherlands;The Hague;Amsterdam;Dutch|NZL:New Zealand;Wellington|NIC:Nicaragua|NER:Niger;Niamey
NGA:Nigeria;Abuja;Nigerian|NOR:Norway;Oslo;Norwegian|OMN:Oman;Muscat|PAK:Pakistan;Islamabad;Pakistani
PLW:Palau|PSE:Palestine;Occupied Palestinian Territory;Palestinian Territories;Palestinian|PAN:Panama
PNG:Papua New Guinea|PRY:Paraguay|PER:Peru;Lima|PHL:Philippines;Manila;Philippine|POL:Poland;Warsaw;Polish
PRT:Portugal;Lisbon|PRI:Puerto Rico|QAT:Qatar;Doha;Qatari|ROM:Romania;Bucharest;Romanian|ROU:Romania;Bucharest
RUS:Russia;Moscow;Russian;Kremlin;Russian Federation|RWA:Rwanda;Kigali|KNA:Saint Kitts and Nevis
LCA:Saint Lucia|VCT:Saint Vincent and the Grenadines|WSM:Samoa|SMR:San Marino|STP:Sao Tome and Principe
SAU:Saudi Arabia;Riyadh;Saudi|SEN:Senegal;Dakar|SRB:Serbia;Belgrade;Serbian|SYC:Seychelles
SLE:Sierra Leone|SGP:Singapore|SVK:Slovakia;Bratislava|SVN:Slovenia;Ljubljana|SLB:Solomon Islands
SOM:Somalia;Mogadishu;Somali|ZAF:South Africa;Pretoria;South African|SSD:South Sudan;Juba|ESP:Spain;Madrid;Spanish
LKA:Sri Lanka;Colombo|SDN:Sudan;Khartoum;Sudanese|SUR:Suriname|SWZ:Eswatini;Swaziland|SWE:Sweden;Stockholm;Swedish
CHE:Switzerland;Bern;Geneva;Swiss|SYR:Syria;Damascus;Syrian|TWN:Taiwan;Taipei;Taiwanese|TJK:Tajikistan;Dushanbe
TZA:Tanzania;Dodoma|THA:Thailand;Bangkok;Thai|TGO:Togo|TON:Tonga|TTO:Trinidad and Tobago|TUN:Tunisia;Tunis
TUR:Turkey;Ankara;Turkish;Turkiye|TKM:Turkmenistan|TUV:Tuvalu|UGA:Uganda;Kampala|UKR:Ukraine;Kyiv;Kiev;Ukrainian
ARE:United Arab Emirates;UAE;Abu Dhabi|GBR:United Kingdom;London;British;Britain;UK;Great Britain
USA:United States;Washington;American;US;USA;United States of America;White House|URY:Uruguay
UZB:Uzbekistan;Tashkent|VUT:Vanuatu|VEN:Venezuela;Caracas;Venezuelan|VNM:Vietnam;Hanoi;Viet Nam;Vietnamese
ESH:Western Sahara|YEM:Yemen;Sanaa;Yemeni|ZMB:Zambia;Lusaka|ZWE:Zimbabwe;Harare|GRL:Greenland
`;

const REGIONS = `
AFR:Africa|ASA:Asia|BLK:Balkans|CRB:Caribbean|CAU:Caucasus|CFR:Central Africa|CAS:Central Asia
CEU:Central Europe|EIN:East Indies|EAF:Eastern Africa|EEU:Eastern Europe|EUR:Europe|LAM:Latin America
MEA:Middle East|MDT:Mediterranean|NAF:North Africa|NMR:North America|PGS:Persian Gulf|SCN:Scandinavia
SAM:South America|SAS:South Asia|SEA:Southeast Asia|SAF:Southern Africa|WAF:West Africa
WST:Western countries;The West;West;Western
`;

export interface Place {
  code: string;
  /** Actor id (slug of the name). */
  id: string;
  name: string;
  aliases: string[];
  kind: 'STATE' | 'GROUP';
}

const byCode = new Map<string, Place>();
const byName = new Map<string, Place>();

const parse = (table: string, kind: Place['kind']) => {
  for (const entry of table.split(/[|\n]/)) {
    if (entry.trim() === '') continue;
    const [code = '', rest = ''] = entry.split(':');
    const [name = '', ...aliases] = rest.split(';');
    const place: Place = { code, id: slugify(name), name, aliases, kind };
    byCode.set(code, place);
    for (const n of [name, ...aliases]) if (!byName.has(slugify(n))) byName.set(slugify(n), place);
  }
};
parse(COUNTRIES, 'STATE');
parse(REGIONS, 'GROUP');

/** A CAMEO country or region by its three-letter code. */
export const placeByCode = (code: string): Place | undefined => byCode.get(code.toUpperCase());

/** A country or region by any of its names (case and punctuation insensitive). */
export const placeByName = (name: string): Place | undefined => byName.get(slugify(name));

export const allPlaces = (): Place[] => [...byCode.values()];
