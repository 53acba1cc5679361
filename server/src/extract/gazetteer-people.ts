/**
 * Built-in organizations and officials (roles as of late 2024).
 *
 * ORGANIZATIONS: `id | Name | kind | aliases | affiliation`
 * OFFICIALS:     `Name | aliases | role | affiliation | short name`
 * The short name (surname by default; given explicitly for East Asian names) refers to
 * the person only after the full name has appeared in the same article, unless it is
 * marked `*` (heads of state and government known by surname alone).
 */
export const ORGANIZATIONS = `
nato|NATO|ORGANIZATION|North Atlantic Treaty Organization;Nato;the Atlantic alliance;NATO alliance|
european-union|European Union|ORGANIZATION|EU;E.U.;Brussels;European Commission;European Council;EU Commission|
united-nations|United Nations|ORGANIZATION|UN;U.N.;UN General Assembly;U.N. General Assembly|
un-security-council|UN Security Council|ORGANIZATION|United Nations Security Council;U.N. Security Council;UNSC|united-nations
iaea|IAEA|ORGANIZATION|International Atomic Energy Agency|united-nations
brics|BRICS|ORGANIZATION||
g7|G7|ORGANIZATION|Group of Seven;G-7|
g20|G20|ORGANIZATION|Group of 20;G-20|
asean|ASEAN|ORGANIZATION|Association of Southeast Asian Nations|
african-union|African Union|ORGANIZATION|AU|
opec|OPEC|ORGANIZATION|OPEC+|
sco|Shanghai Cooperation Organisation|ORGANIZATION|SCO;Shanghai Cooperation Organization|
csto|CSTO|ORGANIZATION|Collective Security Treaty Organization|
osce|OSCE|ORGANIZATION|Organization for Security and Co-operation in Europe|
arab-league|Arab League|ORGANIZATION|League of Arab States|
gulf-cooperation-council|Gulf Cooperation Council|ORGANIZATION|GCC|
imf|IMF|ORGANIZATION|International Monetary Fund|
world-bank|World Bank|ORGANIZATION||
icc|International Criminal Court|ORGANIZATION|ICC|
icj|International Court of Justice|ORGANIZATION|ICJ;World Court|united-nations
who|World Health Organization|ORGANIZATION|WHO|united-nations
wto|World Trade Organization|ORGANIZATION|WTO|
european-political-community|European Political Community|ORGANIZATION||
aukus|AUKUS|ORGANIZATION||
quad|Quad|ORGANIZATION|Quadrilateral Security Dialogue|
hamas|Hamas|GROUP||
hezbollah|Hezbollah|GROUP|Hizbollah;Hizballah|
houthis|Houthis|GROUP|Houthi;Houthi rebels;Ansar Allah;Ansarallah|
islamic-jihad|Palestinian Islamic Jihad|GROUP|Islamic Jihad|
taliban|Taliban|GROUP||
islamic-state|Islamic State|GROUP|ISIS;ISIL;Daesh|
al-qaeda|al-Qaeda|GROUP|al Qaeda;Al-Qaeda|
wagner-group|Wagner Group|GROUP|Wagner;Africa Corps|russia
irgc|IRGC|GROUP|Islamic Revolutionary Guard Corps;Revolutionary Guards;Revolutionary Guard|iran
hts|Hayat Tahrir al-Sham|GROUP|HTS|
pkk|PKK|GROUP|Kurdistan Workers' Party|
rsf|Rapid Support Forces|GROUP|RSF|
rand-corporation|RAND Corporation|ORGANIZATION|RAND|
csis|Center for Strategic and International Studies|ORGANIZATION|CSIS|
rusi|Royal United Services Institute|ORGANIZATION|RUSI|
isw|Institute for the Study of War|ORGANIZATION|ISW|
carnegie-endowment|Carnegie Endowment for International Peace|ORGANIZATION|Carnegie Endowment|
atlantic-council|Atlantic Council|ORGANIZATION||
chatham-house|Chatham House|ORGANIZATION||
sipri|SIPRI|ORGANIZATION|Stockholm International Peace Research Institute|
kiel-institute|Kiel Institute for the World Economy|ORGANIZATION|Kiel Institute|
`;

export const OFFICIALS = `
Joe Biden|Biden;Joseph Biden;President Biden|President of the United States|united-states|*Biden
Donald Trump|Trump;President Trump;Donald J. Trump|President-elect of the United States|united-states|*Trump
Kamala Harris||Vice President of the United States|united-states|Harris
JD Vance|J.D. Vance|Vice President-elect of the United States|united-states|Vance
Antony Blinken|Tony Blinken|US Secretary of State|united-states|*Blinken
Lloyd Austin||US Secretary of Defense|united-states|Austin
Jake Sullivan||US National Security Adviser|united-states|Sullivan
John Kirby||White House national security spokesman|united-states|Kirby
Matthew Miller||US State Department spokesman|united-states|Miller
Pat Ryder||Pentagon press secretary|united-states|Ryder
Sabrina Singh||Deputy Pentagon press secretary|united-states|Singh
Linda Thomas-Greenfield||US Ambassador to the United Nations|united-states|Thomas-Greenfield
Janet Yellen||US Treasury Secretary|united-states|Yellen
William Burns|Bill Burns|CIA Director|united-states|Burns
Marco Rubio||US Senator|united-states|Rubio
Vladimir Putin|Putin;Vladimir Vladimirovich Putin|President of Russia|russia|*Putin
Sergey Lavrov|Sergei Lavrov|Russian Foreign Minister|russia|*Lavrov
Dmitry Peskov|Dmitri Peskov|Kremlin spokesman|russia|*Peskov
Maria Zakharova||Russian Foreign Ministry spokeswoman|russia|*Zakharova
Sergei Shoigu|Sergey Shoigu|Secretary of Russia's Security Council|russia|*Shoigu
Andrei Belousov|Andrey Belousov|Russian Defence Minister|russia|*Belousov
Dmitry Medvedev|Dmitri Medvedev|Deputy Chairman of Russia's Security Council|russia|*Medvedev
Valery Gerasimov||Chief of the Russian General Staff|russia|Gerasimov
Vasily Nebenzya||Russian Ambassador to the United Nations|russia|Nebenzya
Volodymyr Zelensky|Zelensky;Zelenskyy;Zelenskiy;Volodymyr Zelenskyy;Volodymyr Zelenskiy|President of Ukraine|ukraine|*Zelensky
Dmytro Kuleba||Former Ukrainian Foreign Minister|ukraine|*Kuleba
Andrii Sybiha|Andriy Sybiha|Ukrainian Foreign Minister|ukraine|*Sybiha
Rustem Umerov||Ukrainian Defence Minister|ukraine|*Umerov
Andriy Yermak|Andrii Yermak|Head of the Ukrainian Presidential Office|ukraine|*Yermak
Denys Shmyhal||Prime Minister of Ukraine|ukraine|Shmyhal
Oleksandr Syrskyi||Commander-in-Chief of the Armed Forces of Ukraine|ukraine|Syrskyi
Kyrylo Budanov||Head of Ukraine's military intelligence|ukraine|Budanov
Kim Jong Un|Kim Jong-un;Kim Jong-Un|Supreme Leader of North Korea|north-korea|Kim
Kim Yo Jong|Kim Yo-jong|Senior North Korean official|north-korea|
Choe Son Hui|Choe Son-hui|North Korean Foreign Minister|north-korea|Choe
Yoon Suk Yeol|Yoon Suk-yeol|President of South Korea|south-korea|*Yoon
Han Duck-soo|Han Duck Soo|Prime Minister of South Korea|south-korea|Han
Cho Tae-yul|Cho Tae Yul|South Korean Foreign Minister|south-korea|Cho
Kim Yong-hyun|Kim Yong Hyun|South Korean Defence Minister|south-korea|Kim
Xi Jinping|Xi;President Xi|President of China|china|*Xi
Wang Yi||Chinese Foreign Minister|china|Wang
Li Qiang||Premier of China|china|Li
Dong Jun||Chinese Defence Minister|china|Dong
Lin Jian||Chinese Foreign Ministry spokesman|china|
Mao Ning||Chinese Foreign Ministry spokeswoman|china|
Lai Ching-te|William Lai|President of Taiwan|taiwan|Lai
Ali Khamenei|Ayatollah Ali Khamenei;Ayatollah Khamenei;Khamenei|Supreme Leader of Iran|iran|*Khamenei
Masoud Pezeshkian||President of Iran|iran|*Pezeshkian
Ebrahim Raisi||Former President of Iran|iran|Raisi
Abbas Araghchi||Iranian Foreign Minister|iran|*Araghchi
Hossein Amir-Abdollahian||Former Iranian Foreign Minister|iran|Amir-Abdollahian
Benjamin Netanyahu|Netanyahu;Bibi Netanyahu|Prime Minister of Israel|israel|*Netanyahu
Yoav Gallant||Former Israeli Defence Minister|israel|*Gallant
Israel Katz||Israeli Defence Minister|israel|Katz
Isaac Herzog||President of Israel|israel|Herzog
Keir Starmer||Prime Minister of the United Kingdom|united-kingdom|*Starmer
Rishi Sunak||Former Prime Minister of the United Kingdom|united-kingdom|*Sunak
David Lammy||British Foreign Secretary|united-kingdom|*Lammy
John Healey||British Defence Secretary|united-kingdom|Healey
David Cameron||Former British Foreign Secretary|united-kingdom|Cameron
Emmanuel Macron|Macron|President of France|france|*Macron
Michel Barnier||Prime Minister of France|france|Barnier
Jean-Noel Barrot|Jean-Noël Barrot|French Foreign Minister|france|Barrot
Olaf Scholz|Scholz|Former Chancellor of Germany|germany|*Scholz
Annalena Baerbock||German Foreign Minister|germany|*Baerbock
Boris Pistorius||German Defence Minister|germany|*Pistorius
Friedrich Merz||Chancellor of Germany|germany|*Merz
Giorgia Meloni|Meloni|Prime Minister of Italy|italy|*Meloni
Donald Tusk||Prime Minister of Poland|poland|*Tusk
Andrzej Duda||President of Poland|poland|*Duda
Radoslaw Sikorski|Radosław Sikorski|Polish Foreign Minister|poland|Sikorski
Viktor Orban|Viktor Orbán;Orban;Orbán|Prime Minister of Hungary|hungary|*Orban
Robert Fico||Prime Minister of Slovakia|slovakia|*Fico
Recep Tayyip Erdogan|Erdogan;Erdoğan;Recep Tayyip Erdoğan|President of Turkey|turkey|*Erdogan
Hakan Fidan||Turkish Foreign Minister|turkey|*Fidan
Narendra Modi|Modi|Prime Minister of India|india|*Modi
Subrahmanyam Jaishankar|S. Jaishankar;Jaishankar|Indian External Affairs Minister|india|*Jaishankar
Fumio Kishida||Former Prime Minister of Japan|japan|*Kishida
Shigeru Ishiba||Prime Minister of Japan|japan|*Ishiba
Alexander Lukashenko|Lukashenko;Alyaksandr Lukashenka|President of Belarus|belarus|*Lukashenko
Mohammed bin Salman|MBS|Crown Prince of Saudi Arabia|saudi-arabia|
Bashar al-Assad|Assad;Bashar Assad|President of Syria|syria|*Assad
Abdel Fattah el-Sisi|Sisi;el-Sisi|President of Egypt|egypt|*Sisi
Luiz Inacio Lula da Silva|Lula;Luiz Inácio Lula da Silva|President of Brazil|brazil|*Lula
Cyril Ramaphosa||President of South Africa|south-africa|Ramaphosa
Justin Trudeau||Prime Minister of Canada|canada|Trudeau
Anthony Albanese||Prime Minister of Australia|australia|Albanese
Ferdinand Marcos Jr.|Bongbong Marcos|President of the Philippines|philippines|Marcos
Mark Rutte||NATO Secretary General|nato|*Rutte
Jens Stoltenberg||Former NATO Secretary General|nato|*Stoltenberg
Antonio Guterres|António Guterres|UN Secretary-General|united-nations|*Guterres
Ursula von der Leyen||President of the European Commission|european-union|*von der Leyen
Josep Borrell||Former EU foreign policy chief|european-union|*Borrell
Kaja Kallas||EU foreign policy chief|european-union|*Kallas
Charles Michel||Former President of the European Council|european-union|Michel
Antonio Costa|António Costa|President of the European Council|european-union|Costa
Rafael Grossi||IAEA Director General|iaea|*Grossi
Yahya Sinwar||Hamas leader|hamas|*Sinwar
Ismail Haniyeh||Hamas political leader|hamas|*Haniyeh
Hassan Nasrallah||Hezbollah leader|hezbollah|*Nasrallah
Naim Qassem||Hezbollah leader|hezbollah|Qassem
Abdul-Malik al-Houthi||Houthi leader|houthis|
Yevgeny Prigozhin||Founder of the Wagner Group|wagner-group|Prigozhin
`;
