/**
 * More built-in officials (roles as of 2025): Russia, Ukraine, Asia, the Middle East,
 * Africa and Oceania. Format and conventions: see `gazetteer-officials.ts`. East Asian
 * names are written family name first and their short name is the family name; it is left
 * empty when the family name is too common to be told apart ("Kim", "Lee", "Li", "Zhang").
 */
export const OFFICIALS_WORLD = `
Sergei Ryabkov|Sergey Ryabkov|Russian Deputy Foreign Minister|russia|Ryabkov
Yuri Ushakov|Yury Ushakov|Kremlin foreign policy aide|russia|Ushakov
Kirill Dmitriev||Head of the Russian Direct Investment Fund and Kremlin special envoy|russia|Dmitriev
Vladimir Medinsky||Kremlin aide and head of Russia's delegation to talks with Ukraine|russia|Medinsky
Mikhail Mishustin||Prime Minister of Russia|russia|Mishustin
Alexander Bortnikov||Director of Russia's FSB security service|russia|Bortnikov
Sergei Naryshkin|Sergey Naryshkin|Director of Russia's SVR foreign intelligence service|russia|Naryshkin
Igor Kostyukov||Head of Russia's GRU military intelligence|russia|Kostyukov
Vyacheslav Volodin||Chairman of the Russian State Duma|russia|Volodin
Valentina Matviyenko||Chair of Russia's Federation Council|russia|Matviyenko
Ramzan Kadyrov||Head of the Chechen Republic|russia|Kadyrov
Alexei Likhachev|Alexey Likhachev|Head of Rosatom|rosatom|Likhachev
Yulia Svyrydenko||Prime Minister of Ukraine|ukraine|Svyrydenko
Valerii Zaluzhnyi|Valery Zaluzhny;Valeriy Zaluzhnyi|Ukrainian Ambassador to the United Kingdom, former Commander-in-Chief|ukraine|Zaluzhnyi
Andriy Hnatov|Andrii Hnatov|Chief of the General Staff of Ukraine's Armed Forces|ukraine|Hnatov
Ihor Klymenko||Ukrainian Interior Minister|ukraine|Klymenko
Heorhii Tykhyi|Heorhiy Tykhyi|Ukrainian Foreign Ministry spokesman|ukraine|Tykhyi
Yuriy Ihnat|Yurii Ihnat|Ukrainian Air Force spokesman|ukraine|Ihnat
Mykhailo Podolyak||Adviser to the head of the Ukrainian Presidential Office|ukraine|Podolyak
Serhiy Kyslytsya|Sergiy Kyslytsya|Ukrainian First Deputy Foreign Minister|ukraine|Kyslytsya
Olha Stefanishyna|Olga Stefanishyna|Ukrainian Ambassador to the United States|ukraine|Stefanishyna
Ruslan Stefanchuk||Speaker of Ukraine's parliament|ukraine|Stefanchuk
Dmytro Lubinets||Ukrainian human rights commissioner|ukraine|Lubinets
Vitali Klitschko|Vitaliy Klitschko|Mayor of Kyiv|ukraine|Klitschko
Han Zheng||Vice President of China|china|
He Lifeng||Chinese Vice Premier|china|
Zhang Youxia||Vice Chairman of China's Central Military Commission|china|
Qin Gang||Former Chinese Foreign Minister|china|Qin
Li Shangfu||Former Chinese Defence Minister|china|
Guo Jiakun||Chinese Foreign Ministry spokesman|china|Guo
Wang Wenbin||Former Chinese Foreign Ministry spokesman|china|
Zhao Lijian||Former Chinese Foreign Ministry spokesman|china|
Zhang Xiaogang||Chinese Defence Ministry spokesman|china|
Fu Cong||Chinese Ambassador to the United Nations|china|Fu
Xie Feng||Chinese Ambassador to the United States|china|Xie
Liu Pengyu||Chinese Embassy spokesman in Washington|china|
John Lee|John Lee Ka-chiu|Chief Executive of Hong Kong|china|
Tsai Ing-wen||Former President of Taiwan|taiwan|Tsai
Hsiao Bi-khim||Vice President of Taiwan|taiwan|Hsiao
Cho Jung-tai||Premier of Taiwan|taiwan|
Lin Chia-lung||Taiwanese Foreign Minister|taiwan|
Wellington Koo||Taiwanese Defence Minister|taiwan|Koo
Joseph Wu||Secretary-General of Taiwan's National Security Council|taiwan|
Sanae Takaichi||Prime Minister of Japan|japan|*Takaichi
Toshimitsu Motegi||Japanese Foreign Minister|japan|Motegi
Shinjiro Koizumi||Japanese Defence Minister|japan|Koizumi
Minoru Kihara||Japanese Chief Cabinet Secretary|japan|Kihara
Takeshi Iwaya||Former Japanese Foreign Minister|japan|Iwaya
Gen Nakatani||Former Japanese Defence Minister|japan|Nakatani
Yoshimasa Hayashi||Former Japanese Chief Cabinet Secretary|japan|Hayashi
Yoko Kamikawa||Former Japanese Foreign Minister|japan|Kamikawa
Lee Jae-myung||President of South Korea|south-korea|
Kim Min-seok||Prime Minister of South Korea|south-korea|
Cho Hyun||South Korean Foreign Minister|south-korea|
Ahn Gyu-back||South Korean Defence Minister|south-korea|Ahn
Wi Sung-lac||South Korean National Security Adviser|south-korea|Wi
Choi Sang-mok||Former acting President of South Korea|south-korea|
Moon Jae-in||Former President of South Korea|south-korea|Moon
Pak Thae Song||Premier of North Korea|north-korea|Pak
No Kwang Chol||North Korean Defence Minister|north-korea|
Kim Song||North Korean Ambassador to the United Nations|north-korea|
Ali Larijani||Secretary of Iran's Supreme National Security Council|iran|Larijani
Esmaeil Baghaei|Esmail Baghaei;Ismail Baghaei|Iranian Foreign Ministry spokesman|iran|Baghaei
Mohammad Bagher Ghalibaf|Mohammad Baqer Qalibaf;Mohammad Bagher Qalibaf|Speaker of Iran's parliament|iran|Ghalibaf
Aziz Nasirzadeh||Iranian Defence Minister|iran|Nasirzadeh
Abdolrahim Mousavi||Chief of Staff of Iran's Armed Forces|iran|Mousavi
Mohammad Bagheri||Former Chief of Staff of Iran's Armed Forces (killed in 2025)|iran|Bagheri
Mohammad Pakpour||Commander-in-Chief of the IRGC|irgc|Pakpour
Hossein Salami||Former Commander-in-Chief of the IRGC (killed in 2025)|irgc|Salami
Esmail Qaani|Ismail Qaani;Esmail Ghaani|Commander of the IRGC's Quds Force|irgc|Qaani
Amir Saeid Iravani||Iranian Ambassador to the United Nations|iran|Iravani
Mohammad Eslami||Head of the Atomic Energy Organization of Iran|iran|Eslami
Mohammad Javad Zarif||Former Iranian Foreign Minister|iran|Zarif
Kazem Gharibabadi||Iranian Deputy Foreign Minister|iran|Gharibabadi
Majid Takht-Ravanchi||Iranian Deputy Foreign Minister|iran|Takht-Ravanchi
Mohammad Reza Aref||First Vice President of Iran|iran|Aref
Fatemeh Mohajerani||Iranian government spokeswoman|iran|Mohajerani
Gideon Saar|Gideon Sa'ar|Israeli Foreign Minister|israel|Saar
Eyal Zamir||Chief of Staff of the Israel Defense Forces|israel|Zamir
Herzi Halevi||Former Chief of Staff of the Israel Defense Forces|israel|Halevi
Effie Defrin||Israeli military spokesman|israel|Defrin
Daniel Hagari||Former Israeli military spokesman|israel|Hagari
Avichay Adraee||Israeli military Arabic-language spokesman|israel|Adraee
David Barnea||Director of Mossad|israel|Barnea
Ronen Bar||Former Director of the Shin Bet|israel|
David Zini||Director of the Shin Bet|israel|Zini
Ron Dermer||Israeli Strategic Affairs Minister|israel|Dermer
Tzachi Hanegbi||Former Israeli National Security Adviser|israel|Hanegbi
Itamar Ben-Gvir||Israeli National Security Minister|israel|Ben-Gvir
Bezalel Smotrich||Israeli Finance Minister|israel|Smotrich
Benny Gantz||Former member of Israel's war cabinet|israel|Gantz
Eli Cohen||Israeli Energy Minister, former Foreign Minister|israel|
Danny Danon||Israeli Ambassador to the United Nations|israel|Danon
Yechiel Leiter||Israeli Ambassador to the United States|israel|Leiter
Mahmoud Abbas|Abu Mazen|President of the Palestinian Authority|palestine|Abbas
Mohammad Mustafa||Prime Minister of the Palestinian Authority|palestine|
Hussein al-Sheikh||Vice President of the Palestinian Authority|palestine|
Riyad Mansour||Palestinian Ambassador to the United Nations|palestine|Mansour
Khalil al-Hayya||Senior Hamas leader and chief negotiator|hamas|Hayya
Mohammed Deif||Former commander of Hamas's armed wing (killed in 2024)|hamas|Deif
Mohammed Sinwar||Former commander of Hamas's armed wing in Gaza (killed in 2025)|hamas|
Khaled Meshaal|Khaled Mashaal;Khaled Mashal|Senior Hamas leader|hamas|Meshaal
Osama Hamdan||Senior Hamas official|hamas|Hamdan
Sami Abu Zuhri||Senior Hamas official|hamas|Abu Zuhri
Mousa Abu Marzouk|Moussa Abu Marzouk|Senior Hamas official|hamas|Abu Marzouk
Abu Obeida|Abu Ubaida|Former spokesman of Hamas's armed wing (killed in 2025)|hamas|
Hashem Safieddine||Former senior Hezbollah leader (killed in 2024)|hezbollah|Safieddine
Mohammad Raad||Head of Hezbollah's parliamentary bloc|hezbollah|Raad
Ziyad al-Nakhalah|Ziad al-Nakhala|Secretary-General of Palestinian Islamic Jihad|islamic-jihad|Nakhalah
Yahya Saree|Yahya Sarea|Houthi military spokesman|houthis|Saree
Mohammed Abdulsalam|Mohammed Abdul Salam|Houthi spokesman and chief negotiator|houthis|Abdulsalam
Mahdi al-Mashat||Head of the Houthis' Supreme Political Council|houthis|Mashat
Hibatullah Akhundzada|Haibatullah Akhundzada|Supreme leader of the Taliban|taliban|Akhundzada
Zabihullah Mujahid||Taliban spokesman|taliban|Mujahid
Amir Khan Muttaqi||Foreign Minister of Afghanistan's Taliban government|afghanistan|Muttaqi
Sirajuddin Haqqani||Interior Minister of Afghanistan's Taliban government|afghanistan|Haqqani
Mohammad Hassan Akhund||Prime Minister of Afghanistan's Taliban government|afghanistan|Akhund
Salman bin Abdulaziz Al Saud|King Salman;Salman bin Abdulaziz|King of Saudi Arabia|saudi-arabia|
Faisal bin Farhan|Faisal bin Farhan Al Saud;Prince Faisal bin Farhan|Saudi Foreign Minister|saudi-arabia|
Khalid bin Salman|Khalid bin Salman Al Saud;Prince Khalid bin Salman|Saudi Defence Minister|saudi-arabia|
Abdulaziz bin Salman|Prince Abdulaziz bin Salman|Saudi Energy Minister|saudi-arabia|
Mohamed bin Zayed Al Nahyan|Mohamed bin Zayed;Mohammed bin Zayed;MBZ|President of the United Arab Emirates|united-arab-emirates|
Abdullah bin Zayed Al Nahyan|Abdullah bin Zayed|Emirati Foreign Minister|united-arab-emirates|
Mohammed bin Rashid Al Maktoum|Mohammed bin Rashid|Vice President and Prime Minister of the UAE, Ruler of Dubai|united-arab-emirates|
Anwar Gargash||Diplomatic adviser to the UAE President|united-arab-emirates|Gargash
Tamim bin Hamad Al Thani|Tamim bin Hamad;Sheikh Tamim|Emir of Qatar|qatar|
Mohammed bin Abdulrahman Al Thani|Mohammed bin Abdulrahman|Prime Minister and Foreign Minister of Qatar|qatar|
Majed al-Ansari||Qatari Foreign Ministry spokesman|qatar|Ansari
Haitham bin Tariq|Sultan Haitham bin Tariq;Haitham bin Tarik|Sultan of Oman|oman|
Badr Albusaidi|Badr al-Busaidi|Omani Foreign Minister|oman|Albusaidi
Mishal al-Ahmad al-Jaber al-Sabah|Sheikh Mishal al-Ahmad;Sheikh Mishal|Emir of Kuwait|kuwait|
Hamad bin Isa Al Khalifa|King Hamad bin Isa Al Khalifa;King Hamad|King of Bahrain|bahrain|
Badr Abdelatty|Badr Abdel Aty|Egyptian Foreign Minister|egypt|Abdelatty
Mostafa Madbouly|Moustafa Madbouly|Prime Minister of Egypt|egypt|Madbouly
Sameh Shoukry||Former Egyptian Foreign Minister|egypt|Shoukry
Abdullah II|King Abdullah II;King Abdullah|King of Jordan|jordan|
Ayman Safadi||Jordanian Foreign Minister|jordan|Safadi
Jafar Hassan||Prime Minister of Jordan|jordan|
Yasar Guler||Turkish Defence Minister|turkey|Guler
Ibrahim Kalin|Ibrahim Kalın|Head of Turkey's MIT intelligence agency|turkey|Kalin
Cevdet Yilmaz||Vice President of Turkey|turkey|
Ahmed al-Sharaa|Ahmad al-Sharaa;Abu Mohammed al-Jolani;Abu Mohammad al-Jolani;Abu Mohammed al-Julani|President of Syria|syria|*Sharaa
Asaad al-Shaibani|Asaad Hassan al-Shibani;Asaad al-Shibani|Syrian Foreign Minister|syria|Shaibani
Murhaf Abu Qasra||Syrian Defence Minister|syria|Abu Qasra
Mazloum Abdi|Mazloum Kobani|Commander of the Syrian Democratic Forces|sdf|Abdi
Joseph Aoun||President of Lebanon|lebanon|Aoun
Nawaf Salam||Prime Minister of Lebanon|lebanon|Salam
Najib Mikati||Former Prime Minister of Lebanon|lebanon|Mikati
Youssef Rajji|Youssef Raggi|Lebanese Foreign Minister|lebanon|Rajji
Nabih Berri||Speaker of Lebanon's parliament|lebanon|Berri
Mohammed Shia al-Sudani||Prime Minister of Iraq|iraq|Sudani
Fuad Hussein||Iraqi Foreign Minister|iraq|
Abdul Latif Rashid||President of Iraq|iraq|
Rashad al-Alimi||Chairman of Yemen's Presidential Leadership Council|yemen|Alimi
Rajnath Singh||Indian Defence Minister|india|
Ajit Doval||Indian National Security Adviser|india|Doval
Droupadi Murmu||President of India|india|Murmu
Randhir Jaiswal||Indian External Affairs Ministry spokesman|india|Jaiswal
Vikram Misri||Indian Foreign Secretary|india|Misri
Shehbaz Sharif|Shahbaz Sharif|Prime Minister of Pakistan|pakistan|Sharif
Asif Ali Zardari||President of Pakistan|pakistan|Zardari
Ishaq Dar||Deputy Prime Minister and Foreign Minister of Pakistan|pakistan|Dar
Khawaja Asif|Khawaja Muhammad Asif|Pakistani Defence Minister|pakistan|Asif
Asim Munir|Syed Asim Munir|Chief of Pakistan's Army (Field Marshal)|pakistan|Munir
Imran Khan||Former Prime Minister of Pakistan|pakistan|
Muhammad Yunus|Mohammad Yunus|Chief Adviser of Bangladesh's interim government|bangladesh|Yunus
Sheikh Hasina||Former Prime Minister of Bangladesh|bangladesh|Hasina
Anura Kumara Dissanayake||President of Sri Lanka|sri-lanka|Dissanayake
Sushila Karki||Interim Prime Minister of Nepal|nepal|Karki
KP Sharma Oli|K.P. Sharma Oli;Khadga Prasad Sharma Oli|Former Prime Minister of Nepal|nepal|Oli
Min Aung Hlaing||Head of Myanmar's military government|myanmar|
Aung San Suu Kyi||Former State Counsellor of Myanmar (detained)|myanmar|Suu Kyi
Anutin Charnvirakul||Prime Minister of Thailand|thailand|Anutin
Paetongtarn Shinawatra||Former Prime Minister of Thailand|thailand|Paetongtarn
Thaksin Shinawatra||Former Prime Minister of Thailand|thailand|Thaksin
Hun Manet||Prime Minister of Cambodia|cambodia|
Hun Sen||President of Cambodia's Senate, former Prime Minister|cambodia|
To Lam||General Secretary of Vietnam's Communist Party|vietnam|Lam
Luong Cuong||President of Vietnam|vietnam|Cuong
Pham Minh Chinh||Prime Minister of Vietnam|vietnam|Chinh
Bui Thanh Son||Vietnamese Foreign Minister|vietnam|
Anwar Ibrahim||Prime Minister of Malaysia|malaysia|*Anwar
Mohamad Hasan||Malaysian Foreign Minister|malaysia|
Lawrence Wong||Prime Minister of Singapore|singapore|Wong
Vivian Balakrishnan||Singaporean Foreign Minister|singapore|Balakrishnan
Prabowo Subianto||President of Indonesia|indonesia|*Prabowo
Joko Widodo|Jokowi|Former President of Indonesia|indonesia|Widodo
Sugiono||Indonesian Foreign Minister|indonesia|
Retno Marsudi||Former Indonesian Foreign Minister|indonesia|Marsudi
Rodrigo Duterte||Former President of the Philippines|philippines|
Sara Duterte||Vice President of the Philippines|philippines|
Theresa Lazaro|Ma. Theresa Lazaro;Maria Theresa Lazaro|Philippine Foreign Secretary|philippines|Lazaro
Enrique Manalo||Former Philippine Foreign Secretary|philippines|Manalo
Gilberto Teodoro|Gilberto Teodoro Jr.|Philippine Defence Secretary|philippines|Teodoro
Jay Tarriela||Philippine Coast Guard spokesman|philippines|Tarriela
Kassym-Jomart Tokayev||President of Kazakhstan|kazakhstan|*Tokayev
Shavkat Mirziyoyev||President of Uzbekistan|uzbekistan|*Mirziyoyev
Sadyr Japarov|Sadyr Zhaparov|President of Kyrgyzstan|kyrgyzstan|Japarov
Emomali Rahmon||President of Tajikistan|tajikistan|Rahmon
Serdar Berdimuhamedov||President of Turkmenistan|turkmenistan|
Ukhnaagiin Khurelsukh|Ukhnaa Khurelsukh|President of Mongolia|mongolia|Khurelsukh
Luvsannamsrain Oyun-Erdene||Former Prime Minister of Mongolia|mongolia|Oyun-Erdene
Penny Wong||Australian Foreign Minister|australia|Wong
Richard Marles||Australian Deputy Prime Minister and Defence Minister|australia|Marles
Christopher Luxon||Prime Minister of New Zealand|new-zealand|Luxon
Winston Peters||New Zealand Foreign Minister|new-zealand|Peters
Ronald Lamola||South African Foreign Minister|south-africa|Lamola
Naledi Pandor||Former South African Foreign Minister|south-africa|Pandor
Bola Tinubu|Bola Ahmed Tinubu|President of Nigeria|nigeria|*Tinubu
Abiy Ahmed|Abiy Ahmed Ali|Prime Minister of Ethiopia|ethiopia|*Abiy
Taye Atske Selassie||President of Ethiopia|ethiopia|Taye
William Ruto||President of Kenya|kenya|*Ruto
Abdel Fattah al-Burhan||Head of Sudan's army and Sovereignty Council|sudan|*Burhan
Mohamed Hamdan Dagalo|Hemedti;Mohamed Hamdan Daglo;Mohammed Hamdan Dagalo;Mohammed Hamdan Daglo|Commander of the Rapid Support Forces|rsf|Dagalo
Kamil Idris||Prime Minister of Sudan|sudan|Idris
Salva Kiir||President of South Sudan|south-sudan|Kiir
Riek Machar||Suspended First Vice President of South Sudan|south-sudan|Machar
Abdul Hamid Dbeibah|Abdulhamid Dbeibah;Abdul Hamid Dbeibeh|Prime Minister of Libya's Tripoli-based government|libya|Dbeibah
Khalifa Haftar||Commander of eastern Libya's forces|libya|Haftar
Abdelmadjid Tebboune||President of Algeria|algeria|*Tebboune
Mohammed VI|King Mohammed VI|King of Morocco|morocco|
Nasser Bourita||Moroccan Foreign Minister|morocco|Bourita
Kais Saied||President of Tunisia|tunisia|Saied
Assimi Goita||President of Mali's transitional government|mali|*Goita
Abdoulaye Diop||Malian Foreign Minister|mali|
Ibrahim Traore||President of Burkina Faso's transitional government|burkina-faso|Traore
Abdourahamane Tiani|Abdourahamane Tchiani;Abdourahmane Tchiani;Omar Tchiani|Head of Niger's military government|niger|Tiani
Mahamat Idriss Deby|Mahamat Deby;Mahamat Idriss Deby Itno|President of Chad|chad|Deby
Felix Tshisekedi||President of the Democratic Republic of the Congo|democratic-republic-of-the-congo|*Tshisekedi
Joseph Kabila||Former President of the Democratic Republic of the Congo|democratic-republic-of-the-congo|Kabila
Paul Kagame||President of Rwanda|rwanda|*Kagame
Olivier Nduhungirehe||Rwandan Foreign Minister|rwanda|Nduhungirehe
Corneille Nangaa||Leader of the AFC/M23 rebel alliance|m23|Nangaa
Sultani Makenga||Military leader of M23|m23|Makenga
Hassan Sheikh Mohamud||President of Somalia|somalia|Mohamud
Isaias Afwerki||President of Eritrea|eritrea|Isaias
Faustin-Archange Touadera||President of the Central African Republic|central-african-republic|Touadera
Ilham Aliyev||President of Azerbaijan|azerbaijan|Aliyev
Nikol Pashinyan||Prime Minister of Armenia|armenia|Pashinyan
Ararat Mirzoyan||Foreign Minister of Armenia|armenia|Mirzoyan
Jeyhun Bayramov||Foreign Minister of Azerbaijan|azerbaijan|Bayramov
Irakli Kobakhidze||Prime Minister of Georgia|georgia|Kobakhidze
Bidzina Ivanishvili||Founder of the Georgian Dream party|georgia|Ivanishvili
Salome Zourabichvili||Former President of Georgia|georgia|Zourabichvili
Nancy Pelosi||Former Speaker of the US House of Representatives|united-states|Pelosi
Kevin McCarthy||Former Speaker of the US House of Representatives|united-states|McCarthy
Chuck Schumer||US Senate Democratic leader|united-states|Schumer
Christopher Wray||Former FBI Director|united-states|Wray
Kash Patel||FBI Director|united-states|Patel
`;
