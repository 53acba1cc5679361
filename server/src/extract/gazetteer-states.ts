/**
 * Built-in states. One line per state:
 *   `id | Name | aliases | capitals and government metonyms | demonyms | places`
 * Lists are `;`-separated. Capitals and metonyms ("the Kremlin", "Pyongyang") stand
 * for the state as an actor; demonyms ("North Korean") name it when they modify an
 * actor-like noun ("North Korean troops"); places (regions, cities) only stand for
 * the state as a location (the object of an attack or deployment).
 */
export const STATES = `
united-states|United States|US;U.S.;USA;U.S.A.;America;United States of America;Biden administration;Trump administration;Obama administration;US administration;U.S. administration;US government;U.S. government|Washington;Washington D.C.;White House;Pentagon;State Department;U.S. State Department;US State Department;Department of State;Department of Defense;Defense Department;U.S. Defense Department;Treasury;US Treasury;U.S. Treasury;Treasury Department;US Treasury Department;U.S. Treasury Department;US Department of the Treasury;U.S. Department of the Treasury;Congress;Capitol Hill;National Security Council;CIA;US Central Command;U.S. Central Command;CENTCOM;Foggy Bottom;FBI;Justice Department;Department of Justice;Commerce Department;Department of Commerce;US Commerce Department;U.S. Commerce Department;NSA;US Navy;U.S. Navy;US Army;U.S. Army;US Air Force;U.S. Air Force;US military;U.S. military;Office of Foreign Assets Control;OFAC;Bureau of Industry and Security;Defense Security Cooperation Agency;DSCA;US Trade Representative;USTR;Indo-Pacific Command;INDOPACOM;US Indo-Pacific Command;U.S. Indo-Pacific Command;European Command;US European Command;U.S. European Command;Africa Command;AFRICOM|American|
russia|Russia|Russian Federation|Moscow;Kremlin;Duma;State Duma;TASS;RIA Novosti|Russian|Kursk;Belgorod;Bryansk;Vladivostok;Kaliningrad;St Petersburg;Saint Petersburg;Kazan;Rostov;Novorossiysk;Siberia;Primorsk;Ust-Luga;Murmansk;Sevastopol;Yekaterinburg;Novosibirsk;Chelyabinsk;Voronezh;Krasnodar;Tatarstan;Tuapse;Saratov;Engels;Ryazan;Oryol;Lipetsk;Tambov;Smolensk;Kaluga;Tula;Samara;Volgograd;Astrakhan;Sochi;Yelabuga;Alabuga;Taganrog;Yeysk;Kstovo;Nizhny Novgorod;Pskov;Leningrad region;Moscow region;Rostov region;Krasnodar region;Kursk region;Belgorod region;Bryansk region;Voronezh region
ukraine|Ukraine||Kyiv;Kiev;Zelensky government;Zelenskyy government;Verkhovna Rada|Ukrainian|Kharkiv;Odesa;Odessa;Zaporizhzhia;Dnipro;Lviv;Donetsk;Luhansk;Kherson;Sumy;Chernihiv;Poltava;Mykolaiv;Pokrovsk;Bakhmut;Avdiivka;Nikopol;Cherkasy;Zhytomyr;Khmelnytskyi;Donbas;Vinnytsia;Kryvyi Rih;Ternopil;Izmail;Kramatorsk;Sloviansk;Kostiantynivka;Kupiansk;Huliaipole;Rivne;Lutsk;Ivano-Frankivsk;Uzhhorod;Chernivtsi;Kropyvnytskyi;Bila Tserkva;Pavlohrad;Kremenchuk;Okhtyrka;Shostka;Konotop;Starokostiantyniv;Brovary;Bucha;Irpin;Mariupol;Berdiansk;Melitopol;Enerhodar;Chasiv Yar;Toretsk;Vuhledar;Lyman;Siversk;Orikhiv;Myrnohrad;Dobropillia;Druzhkivka;Kyiv region;Odesa region;Kharkiv region;Volyn;Volhynia;Zakarpattia;Kirovohrad;Izium;Selydove;Kurakhove;Velyka Novosilka;Pokrovske;Dnipropetrovsk;Kirovohrad region
north-korea|North Korea|DPRK;N. Korea;Democratic People's Republic of Korea|Pyongyang;Korean People's Army;KCNA;Korean Central News Agency;Rodong Sinmun;Korean Central Television|North Korean;N. Korean|
south-korea|South Korea|Republic of Korea;ROK;S. Korea|Seoul;Blue House|South Korean;S. Korean|Busan
china|China|People's Republic of China;PRC|Beijing;Zhongnanhai;People's Liberation Army;PLA;Taiwan Affairs Office;Eastern Theater Command;Southern Theater Command;Xinhua;Xinhua News Agency|Chinese|Shanghai;Hong Kong;Xinjiang;Tibet;Shenzhen;Guangzhou;Guangdong;Shandong;Fujian;Zhejiang;Jiangsu;Tianjin;Dalian;Ningbo;Kowloon;Qingdao;Xiamen;Hainan
taiwan|Taiwan|Republic of China|Taipei|Taiwanese|Kaohsiung;Kinmen;Matsu;Penghu
japan|Japan||Tokyo|Japanese|Okinawa;Hokkaido
iran|Iran|Islamic Republic of Iran;Islamic Republic|Tehran;IRNA;Islamic Republic News Agency|Iranian|Isfahan;Natanz;Fordow;Bandar Abbas;Tabriz;Shiraz;Mashhad;Kermanshah;Bushehr;Arak;Kharg Island;Chabahar
iraq|Iraq||Baghdad|Iraqi|Mosul;Erbil;Basra
syria|Syria||Damascus|Syrian|Aleppo;Idlib;Homs;Latakia;Tartus;Deir ez-Zor
israel|Israel|Jewish state|Jerusalem;Knesset;Israel Defense Forces;IDF|Israeli|Tel Aviv;Haifa;Eilat;Golan Heights;Beersheba;Nevatim;Ashkelon;Sderot
palestine|Palestine|Palestinian Authority;Palestinian territories|Ramallah|Palestinian|Gaza;Gaza Strip;West Bank;Rafah;Khan Younis;Jenin
lebanon|Lebanon||Beirut|Lebanese|Tyre;Sidon;Nabatieh;Baalbek
yemen|Yemen||Sanaa|Yemeni|Hodeidah;Aden
saudi-arabia|Saudi Arabia|Kingdom of Saudi Arabia|Riyadh|Saudi|Jeddah
united-arab-emirates|United Arab Emirates|UAE;Emirates|Abu Dhabi|Emirati|Dubai;Sharjah;Fujairah;Ras Al Khaimah;Jebel Ali
qatar|Qatar||Doha|Qatari|Al Udeid
egypt|Egypt||Cairo|Egyptian|Sinai
jordan|Jordan||Amman|Jordanian|
turkey|Turkey|Türkiye;Turkiye|Ankara|Turkish|Istanbul;Izmir;Mersin;Ceyhan
united-kingdom|United Kingdom|UK;U.K.;Britain;Great Britain|London;Downing Street;Whitehall;Foreign Office;HM Treasury;UK Treasury;U.K. Treasury;British Treasury;Britain's Treasury;UK's Treasury;Office of Financial Sanctions Implementation;OFSI|British|Scotland;Wales;Northern Ireland
france|France||Paris;Elysee;Élysée;Elysee Palace;Quai d'Orsay|French|Marseille
germany|Germany||Berlin;Bundestag;Chancellery|German|Munich;Hamburg
italy|Italy||Rome|Italian|Milan
spain|Spain||Madrid|Spanish|Barcelona
portugal|Portugal||Lisbon|Portuguese|
netherlands|Netherlands|Holland;the Netherlands|Amsterdam;The Hague|Dutch|Rotterdam
belgium|Belgium|||Belgian|Antwerp
poland|Poland||Warsaw|Polish|Krakow;Rzeszow
lithuania|Lithuania||Vilnius|Lithuanian|
latvia|Latvia||Riga|Latvian|
estonia|Estonia||Tallinn|Estonian|
finland|Finland||Helsinki|Finnish|
sweden|Sweden||Stockholm|Swedish|Gotland
norway|Norway||Oslo|Norwegian|
denmark|Denmark||Copenhagen|Danish|Greenland
iceland|Iceland||Reykjavik|Icelandic|
ireland|Ireland|Republic of Ireland|Dublin|Irish|
austria|Austria||Vienna|Austrian|
switzerland|Switzerland||Bern|Swiss|Geneva;Zurich
czech-republic|Czech Republic|Czechia|Prague|Czech|
slovakia|Slovakia||Bratislava|Slovak|
hungary|Hungary||Budapest|Hungarian|
romania|Romania||Bucharest|Romanian|
bulgaria|Bulgaria||Sofia|Bulgarian|
greece|Greece||Athens|Greek|
cyprus|Cyprus||Nicosia|Cypriot|
croatia|Croatia||Zagreb|Croatian|
serbia|Serbia||Belgrade|Serbian|
slovenia|Slovenia||Ljubljana|Slovenian|
bosnia-and-herzegovina|Bosnia and Herzegovina|Bosnia|Sarajevo|Bosnian|
kosovo|Kosovo||Pristina|Kosovar|
albania|Albania||Tirana|Albanian|
north-macedonia|North Macedonia||Skopje|Macedonian|
montenegro|Montenegro||Podgorica|Montenegrin|
moldova|Moldova||Chisinau|Moldovan|Transnistria
belarus|Belarus||Minsk|Belarusian|
georgia|Georgia||Tbilisi|Georgian|Abkhazia;South Ossetia
armenia|Armenia||Yerevan|Armenian|
azerbaijan|Azerbaijan||Baku|Azerbaijani|Nagorno-Karabakh
kazakhstan|Kazakhstan||Astana|Kazakh|Almaty
uzbekistan|Uzbekistan||Tashkent|Uzbek|
kyrgyzstan|Kyrgyzstan||Bishkek|Kyrgyz|
tajikistan|Tajikistan||Dushanbe|Tajik|
turkmenistan|Turkmenistan||Ashgabat|Turkmen|
mongolia|Mongolia||Ulaanbaatar|Mongolian|
afghanistan|Afghanistan||Kabul|Afghan|Kandahar
pakistan|Pakistan||Islamabad|Pakistani|Karachi;Lahore;Rawalpindi;Peshawar;Quetta
india|India||New Delhi|Indian|Mumbai;Kashmir;Pahalgam;Ladakh;Arunachal Pradesh;Jamnagar;Chennai;Kolkata;Gujarat
bangladesh|Bangladesh||Dhaka|Bangladeshi|
sri-lanka|Sri Lanka||Colombo|Sri Lankan|
nepal|Nepal||Kathmandu|Nepalese|
myanmar|Myanmar|Burma|Naypyidaw|Myanmar;Burmese|
thailand|Thailand||Bangkok|Thai|
vietnam|Vietnam|Viet Nam|Hanoi|Vietnamese|
laos|Laos||Vientiane|Lao|
cambodia|Cambodia||Phnom Penh|Cambodian|
malaysia|Malaysia||Kuala Lumpur|Malaysian|
singapore|Singapore|||Singaporean|
indonesia|Indonesia||Jakarta|Indonesian|
philippines|Philippines|the Philippines|Manila|Philippine;Filipino|Luzon;Mindanao;Palawan;Cebu;Subic Bay
australia|Australia||Canberra|Australian|Sydney
new-zealand|New Zealand||Wellington|New Zealand|
canada|Canada||Ottawa|Canadian|Toronto
mexico|Mexico||Mexico City|Mexican|
cuba|Cuba||Havana|Cuban|
venezuela|Venezuela||Caracas|Venezuelan|
colombia|Colombia||Bogota|Colombian|
brazil|Brazil||Brasilia|Brazilian|Rio de Janeiro;Sao Paulo
argentina|Argentina||Buenos Aires|Argentine;Argentinian|
chile|Chile||Santiago|Chilean|
peru|Peru||Lima|Peruvian|
nicaragua|Nicaragua||Managua|Nicaraguan|
south-africa|South Africa||Pretoria|South African|Johannesburg;Cape Town
nigeria|Nigeria||Abuja|Nigerian|Lagos
ethiopia|Ethiopia||Addis Ababa|Ethiopian|Tigray
kenya|Kenya||Nairobi|Kenyan|
sudan|Sudan||Khartoum|Sudanese|Darfur;El Fasher;Port Sudan;Omdurman
south-sudan|South Sudan||Juba|South Sudanese|
libya|Libya||Tripoli|Libyan|Benghazi
algeria|Algeria||Algiers|Algerian|
morocco|Morocco||Rabat|Moroccan|
tunisia|Tunisia||Tunis|Tunisian|
mali|Mali||Bamako|Malian|
niger|Niger||Niamey|Nigerien|
burkina-faso|Burkina Faso||Ouagadougou|Burkinabe|
chad|Chad||N'Djamena|Chadian|
somalia|Somalia||Mogadishu|Somali|
eritrea|Eritrea||Asmara|Eritrean|
democratic-republic-of-the-congo|Democratic Republic of the Congo|Democratic Republic of Congo;DR Congo;DRC;Congo;Congo-Kinshasa;the Congo|Kinshasa|Congolese|Goma;Bukavu
rwanda|Rwanda||Kigali|Rwandan|
central-african-republic|Central African Republic||Bangui|Central African|
oman|Oman||Muscat|Omani|
kuwait|Kuwait||Kuwait City|Kuwaiti|
bahrain|Bahrain||Manama|Bahraini|
vatican|Vatican|Holy See|Vatican City||
guyana|Guyana||Georgetown|Guyanese|Essequibo
suriname|Suriname||Paramaribo|Surinamese|
ecuador|Ecuador||Quito|Ecuadorian|Guayaquil
bolivia|Bolivia||La Paz;Sucre|Bolivian|
paraguay|Paraguay||Asuncion;Asunción|Paraguayan|
uruguay|Uruguay||Montevideo|Uruguayan|
panama|Panama||Panama City|Panamanian|Panama Canal
costa-rica|Costa Rica||San Jose;San José|Costa Rican|
honduras|Honduras||Tegucigalpa|Honduran|
guatemala|Guatemala||Guatemala City|Guatemalan|
el-salvador|El Salvador||San Salvador|Salvadoran;Salvadorean|
haiti|Haiti||Port-au-Prince|Haitian|
dominican-republic|Dominican Republic||Santo Domingo|Dominican|
jamaica|Jamaica|||Jamaican|
trinidad-and-tobago|Trinidad and Tobago||Port of Spain|Trinidadian|
ghana|Ghana||Accra|Ghanaian|
senegal|Senegal||Dakar|Senegalese|
ivory-coast|Ivory Coast|Cote d'Ivoire;Côte d'Ivoire|Abidjan;Yamoussoukro|Ivorian|
guinea|Guinea||Conakry|Guinean|
guinea-bissau|Guinea-Bissau||Bissau|Bissau-Guinean|
sierra-leone|Sierra Leone||Freetown|Sierra Leonean|
liberia|Liberia||Monrovia|Liberian|
togo|Togo||Lome;Lomé|Togolese|
benin|Benin||Porto-Novo;Cotonou|Beninese|
cameroon|Cameroon||Yaounde;Yaoundé|Cameroonian|Douala
gabon|Gabon||Libreville|Gabonese|
republic-of-the-congo|Republic of the Congo|Congo-Brazzaville|Brazzaville||
angola|Angola||Luanda|Angolan|Cabinda
zambia|Zambia||Lusaka|Zambian|
zimbabwe|Zimbabwe||Harare|Zimbabwean|
mozambique|Mozambique||Maputo|Mozambican|Cabo Delgado
malawi|Malawi||Lilongwe|Malawian|
tanzania|Tanzania||Dodoma;Dar es Salaam|Tanzanian|Zanzibar
uganda|Uganda||Kampala|Ugandan|
burundi|Burundi||Gitega;Bujumbura|Burundian|
djibouti|Djibouti|||Djiboutian|
madagascar|Madagascar||Antananarivo|Malagasy|
namibia|Namibia||Windhoek|Namibian|
botswana|Botswana||Gaborone|Motswana|
mauritania|Mauritania||Nouakchott|Mauritanian|
gambia|Gambia|The Gambia|Banjul|Gambian|
equatorial-guinea|Equatorial Guinea||Malabo|Equatoguinean|
bhutan|Bhutan||Thimphu|Bhutanese|
maldives|Maldives||Male;Malé|Maldivian|
brunei|Brunei||Bandar Seri Begawan|Bruneian|
timor-leste|Timor-Leste|East Timor|Dili|Timorese|
papua-new-guinea|Papua New Guinea||Port Moresby|Papua New Guinean|
fiji|Fiji||Suva|Fijian|
solomon-islands|Solomon Islands||Honiara||
vanuatu|Vanuatu||Port Vila||
cook-islands|Cook Islands||Avarua||
kiribati|Kiribati||Tarawa||
tonga|Tonga||Nuku'alofa|Tongan|
samoa|Samoa||Apia|Samoan|
nauru|Nauru|||Nauruan|
palau|Palau||Ngerulmud|Palauan|
tuvalu|Tuvalu||Funafuti||
marshall-islands|Marshall Islands||Majuro||
luxembourg|Luxembourg|||Luxembourgish|
malta|Malta||Valletta|Maltese|
`;
