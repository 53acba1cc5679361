import { OFFICIALS_WORLD } from './gazetteer-officials-world';

/**
 * More built-in organizations and officials (roles as of 2025), in the formats of
 * `gazetteer-people.ts`; nobody already listed there is repeated. A line whose id is
 * already in ORGANIZATIONS only adds spellings to that organization ("Huthis", "Qaeda" for a
 * lower-case "al-Qaeda", which no key can start with). Accented spellings need no alias
 * (look-ups strip accents) unless a letter does not decompose (ø, ł, đ, ı).
 */
export const MORE_ORGANIZATIONS = `
hamas|Hamas|GROUP|Islamic Resistance Movement;Qassam Brigades;Izz al-Din al-Qassam Brigades;Ezzedine al-Qassam Brigades|
hezbollah|Hezbollah|GROUP|Hizbullah;Islamic Resistance in Lebanon|
houthis|Houthis|GROUP|Huthi;Huthis;Huthi rebels|
islamic-jihad|Palestinian Islamic Jihad|GROUP|PIJ;Al-Quds Brigades;Quds Brigades|
irgc|IRGC|GROUP|Quds Force;IRGC Quds Force;Islamic Revolutionary Guards Corps|iran
al-qaeda|al-Qaeda|GROUP|Qaeda;al-Qaida;Qaida|
un-human-rights-council|UN Human Rights Council|ORGANIZATION|United Nations Human Rights Council;U.N. Human Rights Council;UNHRC;Human Rights Council|united-nations
ohchr|UN Human Rights Office|ORGANIZATION|OHCHR;U.N. Human Rights Office;Office of the UN High Commissioner for Human Rights|united-nations
unrwa|UNRWA|ORGANIZATION|UN Relief and Works Agency;United Nations Relief and Works Agency|united-nations
unhcr|UNHCR|ORGANIZATION|UN refugee agency;U.N. refugee agency|united-nations
unicef|UNICEF|ORGANIZATION|UN Children's Fund;United Nations Children's Fund|united-nations
wfp|World Food Programme|ORGANIZATION|WFP;World Food Program;UN World Food Programme|united-nations
ocha|OCHA|ORGANIZATION|UN Office for the Coordination of Humanitarian Affairs;UN humanitarian office;U.N. humanitarian office|united-nations
unifil|UNIFIL|ORGANIZATION|UN Interim Force in Lebanon;United Nations Interim Force in Lebanon|united-nations
opcw|OPCW|ORGANIZATION|Organisation for the Prohibition of Chemical Weapons;Organization for the Prohibition of Chemical Weapons|
icrc|International Committee of the Red Cross|ORGANIZATION|ICRC|
msf|Doctors Without Borders|ORGANIZATION|MSF;Medecins Sans Frontieres|
amnesty-international|Amnesty International|ORGANIZATION|Amnesty|
human-rights-watch|Human Rights Watch|ORGANIZATION|HRW|
european-parliament|European Parliament|ORGANIZATION|EU Parliament|european-union
ecb|European Central Bank|ORGANIZATION|ECB|european-union
council-of-europe|Council of Europe|ORGANIZATION||
ecowas|ECOWAS|ORGANIZATION|Economic Community of West African States|
alliance-of-sahel-states|Alliance of Sahel States|ORGANIZATION|AES;Confederation of Sahel States|
eaeu|Eurasian Economic Union|ORGANIZATION|EAEU|
ukraine-defense-contact-group|Ukraine Defense Contact Group|ORGANIZATION|Ukraine Defence Contact Group;Ramstein group;Ramstein format|
iiss|International Institute for Strategic Studies|ORGANIZATION|IISS|
kpler|Kpler|ORGANIZATION||
rosatom|Rosatom|ORGANIZATION||russia
gazprom|Gazprom|ORGANIZATION||russia
fsb|FSB|ORGANIZATION|Federal Security Service|russia
gru|GRU|ORGANIZATION||russia
svr|SVR|ORGANIZATION||russia
sbu|SBU|ORGANIZATION|Security Service of Ukraine|ukraine
hur|HUR|ORGANIZATION|GUR;Defence Intelligence of Ukraine;Defense Intelligence of Ukraine|ukraine
mossad|Mossad|ORGANIZATION||israel
shin-bet|Shin Bet|ORGANIZATION|Shabak;Israel Security Agency|israel
mi6|MI6|ORGANIZATION|Secret Intelligence Service|united-kingdom
m23|M23|GROUP|March 23 Movement;M23 rebels;AFC/M23;Alliance Fleuve Congo|
al-shabaab|al-Shabaab|GROUP|al-Shabab;Shabaab;Shabab|
boko-haram|Boko Haram|GROUP||
iswap|Islamic State West Africa Province|GROUP|ISWAP|islamic-state
iskp|Islamic State Khorasan Province|GROUP|ISIS-K;IS-K;ISKP|islamic-state
jnim|JNIM|GROUP|Jama'at Nusrat al-Islam wal-Muslimin;Jamaat Nusrat al-Islam wal-Muslimin|al-qaeda
sdf|Syrian Democratic Forces|GROUP|SDF|
ypg|YPG|GROUP|People's Protection Units|
kataib-hezbollah|Kataib Hezbollah|GROUP|Kata'ib Hezbollah;Kataib Hizbollah;Kata'ib Hizballah|
islamic-resistance-in-iraq|Islamic Resistance in Iraq|GROUP||
fatah|Fatah|GROUP||palestine
ttp|Tehrik-i-Taliban Pakistan|GROUP|TTP;Tehreek-e-Taliban Pakistan;Pakistani Taliban|
bla|Balochistan Liberation Army|GROUP|BLA;Baloch Liberation Army|
arakan-army|Arakan Army|GROUP||
`;

/** The United States, Europe, the Americas and international organizations. */
const OFFICIALS_WEST = `
Pete Hegseth|Peter Hegseth|US Secretary of Defense (Secretary of War)|united-states|Hegseth
Mike Waltz|Michael Waltz|US Ambassador to the United Nations, former National Security Adviser|united-states|Waltz
Steve Witkoff|Steven Witkoff|US Special Envoy to the Middle East|united-states|Witkoff
Keith Kellogg||US Special Envoy for Ukraine|united-states|Kellogg
Karoline Leavitt||White House press secretary|united-states|Leavitt
Karine Jean-Pierre||Former White House press secretary|united-states|Jean-Pierre
Tammy Bruce||US State Department spokeswoman|united-states|Bruce
Tulsi Gabbard||US Director of National Intelligence|united-states|Gabbard
Avril Haines||Former US Director of National Intelligence|united-states|Haines
John Ratcliffe||CIA Director|united-states|Ratcliffe
Scott Bessent||US Treasury Secretary|united-states|Bessent
Howard Lutnick||US Commerce Secretary|united-states|Lutnick
Gina Raimondo||Former US Commerce Secretary|united-states|Raimondo
Jamieson Greer||US Trade Representative|united-states|Greer
Katherine Tai||Former US Trade Representative|united-states|Tai
Kristi Noem||US Secretary of Homeland Security|united-states|Noem
Dan Caine|Daniel Caine;John Daniel Caine|Chairman of the US Joint Chiefs of Staff|united-states|Caine
Charles Q. Brown|CQ Brown;Charles Q. Brown Jr.|Former Chairman of the US Joint Chiefs of Staff|united-states|
Mark Milley||Former Chairman of the US Joint Chiefs of Staff|united-states|Milley
Dan Driscoll|Daniel Driscoll|US Army Secretary|united-states|Driscoll
Dorothy Shea||US Deputy Ambassador to the United Nations|united-states|Shea
Mike Huckabee||US Ambassador to Israel|united-states|Huckabee
Tom Barrack|Thomas Barrack|US Ambassador to Turkey and Special Envoy for Syria|united-states|Barrack
Richard Grenell|Ric Grenell|US Special Presidential Envoy for Special Missions|united-states|Grenell
Amos Hochstein||Former US envoy and senior adviser to President Biden|united-states|Hochstein
Brett McGurk||Former White House Middle East coordinator|united-states|McGurk
Jared Kushner||Former senior White House adviser|united-states|Kushner
Mike Pompeo||Former US Secretary of State|united-states|Pompeo
Mike Johnson||Speaker of the US House of Representatives|united-states|Johnson
Lindsey Graham||US Senator|united-states|Graham
Yvette Cooper||British Foreign Secretary|united-kingdom|Cooper
Rachel Reeves||British Chancellor of the Exchequer|united-kingdom|Reeves
Jonathan Powell||British National Security Adviser|united-kingdom|Powell
King Charles III|King Charles;Charles III|King of the United Kingdom|united-kingdom|
Boris Johnson||Former Prime Minister of the United Kingdom|united-kingdom|Johnson
Sebastien Lecornu||Prime Minister of France|france|*Lecornu
Francois Bayrou||Former Prime Minister of France|france|Bayrou
Catherine Vautrin||French Armed Forces Minister|france|Vautrin
Stephane Sejourne||EU Executive Vice-President, former French Foreign Minister|european-union|Sejourne
Johann Wadephul||German Foreign Minister|germany|Wadephul
Frank-Walter Steinmeier||President of Germany|germany|*Steinmeier
Lars Klingbeil||German Vice-Chancellor and Finance Minister|germany|Klingbeil
Sergio Mattarella||President of Italy|italy|*Mattarella
Antonio Tajani||Italian Foreign Minister|italy|Tajani
Guido Crosetto||Italian Defence Minister|italy|Crosetto
Pedro Sanchez||Prime Minister of Spain|spain|Sanchez
Jose Manuel Albares||Spanish Foreign Minister|spain|Albares
Luis Montenegro||Prime Minister of Portugal|portugal|
Marcelo Rebelo de Sousa||President of Portugal|portugal|Rebelo de Sousa
Paulo Rangel||Portuguese Foreign Minister|portugal|Rangel
Dick Schoof||Prime Minister of the Netherlands|netherlands|Schoof
David van Weel||Dutch Foreign Minister|netherlands|Weel
Bart De Wever||Prime Minister of Belgium|belgium|De Wever
Alexander De Croo||Former Prime Minister of Belgium|belgium|De Croo
Maxime Prevot||Belgian Foreign Minister|belgium|Prevot
Christian Stocker||Chancellor of Austria|austria|Stocker
Karl Nehammer||Former Chancellor of Austria|austria|Nehammer
Alexander Van der Bellen||President of Austria|austria|Van der Bellen
Beate Meinl-Reisinger||Austrian Foreign Minister|austria|Meinl-Reisinger
Micheal Martin||Taoiseach (Prime Minister of Ireland)|ireland|
Simon Harris||Tanaiste and Irish Foreign Minister|ireland|
Catherine Connolly||President of Ireland|ireland|Connolly
Karol Nawrocki||President of Poland|poland|*Nawrocki
Wladyslaw Kosiniak-Kamysz|Władysław Kosiniak-Kamysz|Polish Defence Minister|poland|Kosiniak-Kamysz
Petr Pavel||President of the Czech Republic|czech-republic|Pavel
Andrej Babis||Prime Minister of the Czech Republic|czech-republic|Babis
Petr Fiala||Former Prime Minister of the Czech Republic|czech-republic|Fiala
Peter Pellegrini||President of Slovakia|slovakia|Pellegrini
Juraj Blanar||Slovak Foreign Minister|slovakia|Blanar
Peter Szijjarto||Hungarian Foreign Minister|hungary|Szijjarto
Tamas Sulyok||President of Hungary|hungary|Sulyok
Nicusor Dan||President of Romania|romania|
Ilie Bolojan||Prime Minister of Romania|romania|Bolojan
Klaus Iohannis||Former President of Romania|romania|Iohannis
Rumen Radev||President of Bulgaria|bulgaria|Radev
Kyriakos Mitsotakis||Prime Minister of Greece|greece|*Mitsotakis
Giorgos Gerapetritis|George Gerapetritis|Greek Foreign Minister|greece|Gerapetritis
Nikos Christodoulides||President of Cyprus|cyprus|Christodoulides
Andrej Plenkovic||Prime Minister of Croatia|croatia|Plenkovic
Zoran Milanovic||President of Croatia|croatia|Milanovic
Robert Golob||Prime Minister of Slovenia|slovenia|Golob
Alexander Stubb||President of Finland|finland|*Stubb
Petteri Orpo||Prime Minister of Finland|finland|Orpo
Elina Valtonen||Finnish Foreign Minister|finland|Valtonen
Sauli Niinisto||Former President of Finland|finland|Niinisto
Ulf Kristersson||Prime Minister of Sweden|sweden|Kristersson
Maria Malmer Stenergard||Swedish Foreign Minister|sweden|Malmer Stenergard
Pal Jonson||Swedish Defence Minister|sweden|Jonson
Jonas Gahr Store|Jonas Gahr Støre;Jonas Gahr Stoere|Prime Minister of Norway|norway|
Espen Barth Eide||Norwegian Foreign Minister|norway|Eide
Mette Frederiksen||Prime Minister of Denmark|denmark|*Frederiksen
Lars Lokke Rasmussen|Lars Løkke Rasmussen;Lars Loekke Rasmussen|Danish Foreign Minister|denmark|Rasmussen
Troels Lund Poulsen||Danish Defence Minister|denmark|Poulsen
Kristrun Frostadottir||Prime Minister of Iceland|iceland|Frostadottir
Alar Karis||President of Estonia|estonia|Karis
Kristen Michal||Prime Minister of Estonia|estonia|Michal
Margus Tsahkna||Estonian Foreign Minister|estonia|Tsahkna
Edgars Rinkevics||President of Latvia|latvia|Rinkevics
Evika Silina||Prime Minister of Latvia|latvia|Silina
Baiba Braze||Latvian Foreign Minister|latvia|Braze
Gitanas Nauseda||President of Lithuania|lithuania|*Nauseda
Inga Ruginiene||Prime Minister of Lithuania|lithuania|Ruginiene
Kestutis Budrys||Lithuanian Foreign Minister|lithuania|Budrys
Gabrielius Landsbergis||Former Lithuanian Foreign Minister|lithuania|Landsbergis
Aleksandar Vucic||President of Serbia|serbia|*Vucic
Djuro Macut|Đuro Macut;Duro Macut|Prime Minister of Serbia|serbia|Macut
Marko Djuric|Marko Đurić;Marko Duric|Serbian Foreign Minister|serbia|Djuric
Vjosa Osmani||President of Kosovo|kosovo|Osmani
Albin Kurti||Prime Minister of Kosovo|kosovo|*Kurti
Milorad Dodik||Former President of Republika Srpska|bosnia-and-herzegovina|Dodik
Edi Rama||Prime Minister of Albania|albania|Rama
Hristijan Mickoski||Prime Minister of North Macedonia|north-macedonia|Mickoski
Milojko Spajic||Prime Minister of Montenegro|montenegro|Spajic
Maia Sandu||President of Moldova|moldova|*Sandu
Dorin Recean||Former Prime Minister of Moldova|moldova|Recean
Mihai Popsoi||Moldovan Foreign Minister|moldova|Popsoi
Pope Leo XIV|Pope Leo;Robert Prevost;Robert Francis Prevost|Pope|vatican|
Pope Francis||Pope from 2013 until his death in 2025|vatican|
Mark Carney||Prime Minister of Canada|canada|*Carney
Anita Anand||Canadian Foreign Minister|canada|Anand
Melanie Joly||Canadian Industry Minister, former Foreign Minister|canada|Joly
Chrystia Freeland||Former Deputy Prime Minister of Canada|canada|Freeland
David McGuinty||Canadian Defence Minister|canada|McGuinty
Claudia Sheinbaum||President of Mexico|mexico|*Sheinbaum
Andres Manuel Lopez Obrador|AMLO;Lopez Obrador|Former President of Mexico|mexico|Lopez Obrador
Marcelo Ebrard||Mexican Economy Secretary|mexico|Ebrard
Miguel Diaz-Canel||President of Cuba|cuba|*Diaz-Canel
Bruno Rodriguez|Bruno Rodriguez Parrilla|Cuban Foreign Minister|cuba|
Nicolas Maduro||President of Venezuela|venezuela|*Maduro
Delcy Rodriguez||Vice President of Venezuela|venezuela|
Yvan Gil||Venezuelan Foreign Minister|venezuela|Gil
Vladimir Padrino Lopez|Vladimir Padrino|Venezuelan Defence Minister|venezuela|Padrino
Diosdado Cabello||Venezuelan Interior Minister|venezuela|Cabello
Gustavo Petro||President of Colombia|colombia|Petro
Mauro Vieira||Brazilian Foreign Minister|brazil|Vieira
Celso Amorim||Chief foreign policy adviser to the President of Brazil|brazil|Amorim
Jair Bolsonaro||Former President of Brazil|brazil|Bolsonaro
Javier Milei||President of Argentina|argentina|*Milei
Gabriel Boric||President of Chile|chile|Boric
Dina Boluarte||Former President of Peru|peru|Boluarte
Daniel Ortega||President of Nicaragua|nicaragua|Ortega
Rosario Murillo||Co-President of Nicaragua|nicaragua|Murillo
Volker Turk||UN High Commissioner for Human Rights|united-nations|Turk
Tom Fletcher||UN humanitarian chief|united-nations|Fletcher
Martin Griffiths||Former UN humanitarian chief|united-nations|Griffiths
Stephane Dujarric||UN spokesman|united-nations|Dujarric
Amina Mohammed|Amina J. Mohammed|UN Deputy Secretary-General|united-nations|
Francesca Albanese||UN Special Rapporteur on the occupied Palestinian territories|united-nations|
Hans Grundberg||UN Special Envoy for Yemen|united-nations|Grundberg
Philippe Lazzarini||Commissioner-General of UNRWA|unrwa|Lazzarini
Filippo Grandi||UN High Commissioner for Refugees|unhcr|Grandi
Cindy McCain||Executive Director of the World Food Programme|wfp|McCain
Catherine Russell||Executive Director of UNICEF|unicef|Russell
Karim Khan|Karim A.A. Khan|ICC Prosecutor|icc|
Tomoko Akane||President of the International Criminal Court|icc|Akane
Yuji Iwasawa||President of the International Court of Justice|icj|Iwasawa
Tedros Adhanom Ghebreyesus|Tedros Adhanom|WHO Director-General|who|Tedros
Roberta Metsola||President of the European Parliament|european-parliament|Metsola
Maros Sefcovic||EU Trade Commissioner|european-union|Sefcovic
Andrius Kubilius||EU Defence Commissioner|european-union|Kubilius
Marta Kos||EU Enlargement Commissioner|european-union|Kos
Christine Lagarde||President of the European Central Bank|ecb|Lagarde
Alexus Grynkewich||NATO Supreme Allied Commander Europe|nato|Grynkewich
Christopher Cavoli||Former NATO Supreme Allied Commander Europe|nato|Cavoli
Haitham al-Ghais||OPEC Secretary General|opec|Ghais
Mahmoud Ali Youssouf||Chairperson of the African Union Commission|african-union|Youssouf
Moussa Faki Mahamat|Moussa Faki|Former Chairperson of the African Union Commission|african-union|Faki
Kao Kim Hourn||ASEAN Secretary-General|asean|Kao
Ahmed Aboul Gheit||Secretary-General of the Arab League|arab-league|Aboul Gheit
Kristalina Georgieva||IMF Managing Director|imf|Georgieva
Ajay Banga||World Bank President|world-bank|Banga
Ngozi Okonjo-Iweala||WTO Director-General|wto|Okonjo-Iweala
Feridun Sinirlioglu||OSCE Secretary General|osce|Sinirlioglu
Jasem Albudaiwi|Jasem Mohamed Albudaiwi|Secretary-General of the Gulf Cooperation Council|gulf-cooperation-council|Albudaiwi
Alain Berset||Secretary General of the Council of Europe|council-of-europe|Berset
Mirjana Spoljaric|Mirjana Spoljaric Egger|President of the International Committee of the Red Cross|icrc|Spoljaric
Agnes Callamard||Secretary General of Amnesty International|amnesty-international|Callamard
`;

export const MORE_OFFICIALS = OFFICIALS_WEST + OFFICIALS_WORLD;
