"""Derive geocoding/data/physical_features.json: seas, straits, lakes, rivers, ranges, deserts, valleys and
macro-regions with English and French names, a representative point and a radius in km.

Run by hand (needs npm and the registry): python scripts/physical_features.py
The app and the tests only read the JSON file it writes.

Sources:
- the curated table below (names in English and French, points and radii of well-known features; written for
  Newsmap, released with it); the polar regions are discs round the poles reaching a little past the polar circles
  (66.56 degrees, 2,606 km from the pole), so a town on the circle ('Salekhard', 'Kharp') lies in the Arctic;
- macro-regions named by their member countries: point and radius computed from the countryinfo package
  (PyPI, MIT licence) country centres and areas;
- marine features' points checked to lie at sea in the npm package @geo-maps/earth-seas-10m (geometry from
  OpenStreetMap, ODbL 1.0; only read to check, nothing of it is copied into the data file).
"""
from __future__ import annotations

import json
import math
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

import numpy as np
from countryinfo import CountryInfo

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "geocoding" / "data" / "physical_features.json"
SEAS_PACKAGE = "@geo-maps/earth-seas-10m@0.6.0"
MARINE_CLASSES = ("ocean", "sea", "gulf", "bay", "strait")
EARTH_RADIUS_KM = 6371.0

# class | English name | other English names ; ... | French names ; ... | lat | lon | radius km | country (one only)
CURATED = """
ocean|Pacific Ocean|Pacific|océan Pacifique;Pacifique|0|-160|7000|
ocean|Atlantic Ocean|Atlantic|océan Atlantique;Atlantique|10|-30|5000|
ocean|Indian Ocean||océan Indien|-20|75|4000|
ocean|Arctic Ocean||océan Arctique|85|0|2000|
ocean|Southern Ocean|Antarctic Ocean|océan Austral|-62|0|3000|
polar-region|Arctic|Arctic region;Arctic Circle|Arctique;région arctique;cercle arctique;cercle polaire arctique|90|0|2700|
polar-region|Antarctic|Antarctic region;Antarctic Circle|région antarctique;cercle antarctique;cercle polaire antarctique|-90|0|2700|
sea|Mediterranean Sea|Mediterranean;the Med|mer Méditerranée;Méditerranée|35.0|18.0|900|
sea|Black Sea||mer Noire|43.4|34.0|370|
sea|Sea of Azov|Azov Sea|mer d'Azov|46.1|36.6|115|
sea|Caspian Sea||mer Caspienne|41.7|50.6|340|
sea|Red Sea||mer Rouge|20.3|38.5|370|
sea|Arabian Sea||mer d'Arabie;mer d'Oman|15.0|65.0|1000|
gulf|Persian Gulf|Arabian Gulf|golfe Persique;golfe Arabo-Persique|26.9|51.5|290|
gulf|Gulf of Oman||golfe d'Oman|24.5|58.5|200|
gulf|Gulf of Aden||golfe d'Aden|12.5|48.0|330|
strait|Strait of Hormuz|Hormuz Strait;Straits of Hormuz|détroit d'Ormuz;détroit d'Hormuz|26.57|56.25|60|
strait|Bab-el-Mandeb|Bab el-Mandeb;Bab al-Mandab;Bab-el-Mandeb Strait|détroit de Bab-el-Mandeb|12.58|43.33|40|
canal|Suez Canal||canal de Suez|30.5|32.33|80|EG
canal|Panama Canal||canal de Panama|9.1|-79.7|40|PA
gulf|Gulf of Suez||golfe de Suez|28.8|33.0|130|EG
gulf|Gulf of Aqaba|Gulf of Eilat|golfe d'Aqaba|28.75|34.75|90|
sea|Sea of Japan|East Sea|mer du Japon;mer de l'Est|40.0|134.5|560|
sea|Yellow Sea|West Sea|mer Jaune|35.5|123.5|350|
sea|East China Sea||mer de Chine orientale|29.0|125.0|600|
sea|South China Sea|West Philippine Sea|mer de Chine méridionale|12.0|114.0|1000|
sea|Philippine Sea||mer des Philippines|20.0|130.0|1300|
strait|Taiwan Strait|Formosa Strait|détroit de Taïwan;détroit de Formose|24.3|119.5|150|
strait|Strait of Malacca|Malacca Strait|détroit de Malacca|3.0|100.5|300|
strait|Korea Strait|Tsushima Strait|détroit de Corée|34.5|129.0|100|
sea|Sea of Okhotsk||mer d'Okhotsk|53.0|150.0|700|
sea|Bering Sea||mer de Béring|58.0|-178.0|850|
strait|Bering Strait||détroit de Béring|65.6|-169.0|60|
sea|Barents Sea||mer de Barents|74.0|40.0|680|
sea|Kara Sea||mer de Kara|76.0|75.0|530|
sea|White Sea||mer Blanche|65.5|38.0|200|RU
sea|Baltic Sea|Baltic|mer Baltique;Baltique|58.0|20.0|400|
gulf|Gulf of Finland||golfe de Finlande|59.8|26.0|150|
gulf|Gulf of Bothnia||golfe de Botnie|63.0|20.0|300|
sea|North Sea||mer du Nord|56.0|3.0|430|
sea|Norwegian Sea||mer de Norvège|69.0|3.0|600|
strait|Skagerrak||Skagerrak|57.8|9.0|120|
strait|Kattegat||Cattégat;Kattegat|56.8|11.5|100|
strait|English Channel||mer de la Manche;la Manche|50.2|-1.0|200|
strait|Strait of Dover|Dover Strait|détroit du Pas-de-Calais|51.0|1.45|40|
sea|Irish Sea||mer d'Irlande|53.7|-5.0|150|
sea|Celtic Sea||mer Celtique|50.5|-8.0|250|
bay|Bay of Biscay||golfe de Gascogne|45.5|-4.5|300|
strait|Strait of Gibraltar||détroit de Gibraltar|35.95|-5.6|40|
sea|Alboran Sea||mer d'Alboran|36.0|-3.5|150|
sea|Adriatic Sea|Adriatic|mer Adriatique;Adriatique|43.0|15.5|250|
sea|Ionian Sea||mer Ionienne|38.0|19.0|250|
sea|Aegean Sea|Aegean|mer Égée|39.0|25.0|250|
sea|Tyrrhenian Sea||mer Tyrrhénienne|40.0|12.5|250|
sea|Ligurian Sea||mer Ligure|43.6|9.0|100|
gulf|Gulf of Lion|Gulf of Lions|golfe du Lion|43.0|4.0|100|
strait|Strait of Messina||détroit de Messine|38.2|15.6|15|IT
strait|Strait of Sicily|Sicilian Channel|canal de Sicile;détroit de Sicile|37.2|11.5|80|
sea|Sea of Marmara|Marmara Sea|mer de Marmara|40.7|28.2|80|TR
strait|Bosphorus|Bosporus;Bosphorus Strait|Bosphore;détroit du Bosphore|41.12|29.07|20|TR
strait|Dardanelles|Dardanelles Strait|détroit des Dardanelles;Dardanelles|40.2|26.4|35|TR
strait|Kerch Strait|Strait of Kerch|détroit de Kertch|45.3|36.5|25|
gulf|Gulf of Sidra|Gulf of Sirte|golfe de Syrte|31.5|18.5|200|LY
gulf|Gulf of Guinea||golfe de Guinée|2.0|3.0|700|
strait|Mozambique Channel||canal du Mozambique|-18.0|41.0|500|
gulf|Gulf of Mexico|Gulf of America|golfe du Mexique|25.0|-90.0|750|
sea|Caribbean Sea|Caribbean|mer des Caraïbes;Caraïbes;mer des Antilles|15.0|-75.0|1000|
gulf|Gulf of California||golfe de Californie|27.5|-111.5|350|MX
bay|Hudson Bay||baie d'Hudson|60.0|-85.0|700|CA
sea|Beaufort Sea||mer de Beaufort|72.0|-140.0|500|
sea|Labrador Sea||mer du Labrador|60.0|-55.0|500|
bay|Bay of Bengal||golfe du Bengale|15.0|88.0|800|
sea|Andaman Sea||mer d'Andaman|10.0|96.0|450|
sea|Java Sea||mer de Java|-5.0|111.0|380|ID
sea|Celebes Sea||mer de Célèbes|3.5|122.0|350|
sea|Sulu Sea||mer de Sulu|8.5|120.0|350|
sea|Coral Sea||mer de Corail|-18.0|155.0|1000|
sea|Tasman Sea||mer de Tasman|-40.0|160.0|1000|
sea|Timor Sea||mer de Timor|-11.0|127.5|400|
gulf|Gulf of Thailand|Gulf of Siam|golfe de Thaïlande;golfe du Siam|9.5|101.5|300|
gulf|Gulf of Tonkin||golfe du Tonkin|20.0|107.5|200|
sea|Bohai Sea|Bohai Gulf|mer de Bohai;golfe de Bohai|38.7|119.5|200|CN
strait|Drake Passage||passage de Drake|-58.0|-65.0|400|
strait|Strait of Magellan||détroit de Magellan|-53.0|-70.5|150|
lake|Dead Sea||mer Morte|31.5|35.5|40|
lake|Sea of Galilee|Lake Tiberias;Lake Kinneret|lac de Tibériade;mer de Galilée|32.82|35.59|12|
lake|Aral Sea||mer d'Aral|45.0|60.0|150|
lake|Lake Chad||lac Tchad|13.0|14.5|90|
lake|Lake Victoria||lac Victoria|-1.0|33.0|150|
lake|Lake Tanganyika||lac Tanganyika|-6.0|29.5|300|
lake|Lake Malawi|Lake Nyasa|lac Malawi;lac Nyassa|-12.0|34.5|280|
lake|Lake Kivu||lac Kivu|-2.0|29.2|50|
lake|Lake Albert||lac Albert|1.7|30.9|80|
lake|Lake Turkana||lac Turkana|3.6|36.1|130|KE
lake|Lake Tana||lac Tana|12.0|37.3|40|ET
lake|Lake Nasser||lac Nasser|22.5|31.8|150|
lake|Lake Volta||lac Volta|7.5|-0.2|120|GH
lake|Lake Baikal||lac Baïkal|53.5|108.2|320|RU
lake|Lake Ladoga||lac Ladoga|60.8|31.5|110|RU
lake|Lake Van||lac de Van|38.6|42.9|50|TR
lake|Lake Titicaca||lac Titicaca|-15.9|-69.3|90|
lake|Lake Maracaibo||lac de Maracaibo|9.8|-71.6|80|VE
lake|Lake Geneva|Lac Leman|lac Léman;Léman;lac de Genève|46.45|6.55|35|
lake|Lake Constance|Bodensee|lac de Constance|47.6|9.4|35|
lake|Great Lakes|North American Great Lakes|Grands Lacs américains|45.5|-84.0|600|
lake|Lake Superior||lac Supérieur|47.7|-87.5|250|
lake|Lake Michigan||lac Michigan|44.0|-87.0|220|US
lake|Lake Huron||lac Huron|44.8|-82.4|200|
lake|Lake Erie||lac Érié|42.2|-81.2|170|
lake|Lake Ontario||lac Ontario|43.7|-77.9|130|
river|Nile|Nile River;River Nile|Nil;fleuve Nil|19.0|32.5|1700|
river|Blue Nile|Blue Nile River|Nil Bleu|12.0|35.5|350|
river|White Nile|White Nile River|Nil Blanc|9.5|31.5|700|
river|Niger River|River Niger|fleuve Niger|15.0|-1.0|1300|
river|Congo River|River Congo;Zaire River|fleuve Congo|-1.0|18.5|1000|
river|Zambezi|Zambezi River|Zambèze;fleuve Zambèze|-16.5|28.0|900|
river|Senegal River||fleuve Sénégal|15.5|-13.5|400|
river|Jordan River|River Jordan|Jourdain;fleuve Jourdain|32.3|35.55|100|
river|Euphrates|Euphrates River|Euphrate|35.0|40.5|700|
river|Tigris|Tigris River|fleuve Tigre|35.5|43.3|550|
river|Shatt al-Arab|Arvand Rud|Chatt-el-Arab;Chott-el-Arab|30.4|48.2|60|
river|Litani|Litani River|fleuve Litani|33.35|35.5|50|LB
river|Orontes|Orontes River|Oronte|35.0|36.5|150|
river|Indus|Indus River|fleuve Indus|28.0|69.0|1000|
river|Ganges|Ganges River|Gange|25.3|83.0|900|IN
river|Brahmaputra|Brahmaputra River|Brahmapoutre|26.0|91.0|900|
river|Mekong|Mekong River|Mékong|18.0|102.0|1200|
river|Yangtze|Yangtze River;Chang Jiang|Yangzi Jiang;Yangtsé;fleuve Bleu|30.5|111.0|1400|CN
river|Yellow River|Huang He|fleuve Jaune|36.5|107.0|1300|CN
river|Amur River||fleuve Amour|50.5|130.0|1000|
river|Irrawaddy|Irrawaddy River;Ayeyarwady River|fleuve Irrawaddy|20.0|95.0|700|MM
river|Volga|Volga River|fleuve Volga|52.0|47.0|1200|RU
river|Don River|River Don|fleuve Don|49.0|41.0|600|RU
river|Dnieper|Dnipro River;Dnieper River;Dnipro river|Dniepr;fleuve Dniepr|50.5|31.0|600|
river|Dniester|Dnister;Dniester River|Dniestr|47.5|28.5|450|
river|Danube|Danube River|fleuve Danube|46.5|19.0|1000|
river|Rhine|Rhine River|Rhin|49.5|7.7|550|
river|Rhone|Rhone River;Rhône River|fleuve Rhône|45.0|5.0|300|
river|Seine|Seine River|fleuve Seine|48.8|2.5|300|FR
river|Loire River||fleuve Loire|47.3|1.0|400|FR
river|Thames|River Thames|Tamise|51.5|-0.9|150|GB
river|Elbe|Elbe River|fleuve Elbe|52.0|11.5|500|
river|Oder|Oder River;Odra|fleuve Oder|52.0|15.0|350|
river|Vistula|Vistula River|Vistule|52.0|20.0|450|PL
river|Po River||fleuve Pô|45.0|10.5|300|IT
river|Mississippi River||fleuve Mississippi|37.0|-90.0|1500|US
river|Colorado River||fleuve Colorado|36.0|-112.0|900|
river|St. Lawrence River|Saint Lawrence River|fleuve Saint-Laurent|48.0|-70.0|600|CA
river|Amazon River||fleuve Amazone;Amazone|-3.0|-60.0|2000|
river|Orinoco|Orinoco River|Orénoque|7.5|-65.0|800|
river|Rio de la Plata|River Plate|Río de la Plata|-35.0|-57.0|150|
river|Ob River||fleuve Ob|60.0|75.0|1500|RU
river|Yenisei|Yenisei River|Ienisseï|62.0|90.0|1500|RU
river|Lena River||fleuve Léna|64.0|125.0|1300|RU
river|Syr Darya||Syr-Daria|43.0|67.0|800|
river|Amu Darya||Amou-Daria|39.5|63.5|800|
range|Atlas Mountains|Atlas|Atlas;monts de l'Atlas;chaîne de l'Atlas;massif de l'Atlas|31.5|-6.0|700|
range|High Atlas|High Atlas Mountains|Haut Atlas;Haut-Atlas|31.2|-7.0|350|MA
range|Middle Atlas||Moyen Atlas;Moyen-Atlas|33.3|-5.0|180|MA
range|Anti-Atlas|Anti Atlas|Anti-Atlas|29.8|-8.5|250|MA
range|Rif Mountains||montagnes du Rif;chaîne du Rif|35.0|-4.5|150|MA
range|Aures Mountains|Aurès Mountains|massif des Aurès;Aurès|35.2|6.5|100|DZ
range|Alps|Alpine mountains|Alpes|46.5|10.0|500|
range|Pyrenees||Pyrénées|42.7|0.5|220|
range|Apennines|Apennine Mountains|Apennins|42.5|13.0|500|IT
range|Carpathians|Carpathian Mountains|Carpates|47.5|24.5|650|
range|Caucasus Mountains|Greater Caucasus|Grand Caucase;montagnes du Caucase|42.7|44.0|550|
range|Ural Mountains|Urals|Oural;monts Oural|60.0|59.5|1000|RU
range|Himalayas|Himalaya;Himalayan mountains|Himalaya|29.0|84.0|1200|
range|Hindu Kush||Hindou Kouch|35.5|70.5|400|
range|Karakoram||Karakorum|35.8|76.0|250|
range|Pamir Mountains|Pamirs|Pamir|38.5|73.5|250|
range|Tian Shan|Tien Shan;Tianshan|Tian Shan;Tien Shan|42.0|80.0|1000|
range|Altai Mountains||monts Altaï;Altaï|49.0|89.0|600|
range|Zagros Mountains|Zagros|monts Zagros|33.0|48.0|750|IR
range|Taurus Mountains||monts Taurus|37.0|33.5|300|TR
range|Nuba Mountains||monts Nouba|11.5|30.0|120|SD
range|Jebel Marra|Jabal Marra|djebel Marra|13.0|24.3|70|SD
range|Sinjar Mountains|Mount Sinjar;Jebel Sinjar|mont Sinjar;djebel Sinjar|36.35|41.7|40|IQ
range|Qandil Mountains|Mount Qandil|monts Qandil|36.4|45.0|40|IQ
range|Tora Bora|Tora Bora mountains|Tora Bora|34.1|70.2|20|AF
range|Tibesti Mountains||massif du Tibesti|21.0|17.5|250|TD
range|Ahaggar Mountains|Hoggar Mountains;Hoggar|Hoggar;massif du Hoggar;Ahaggar|23.3|5.5|250|DZ
range|Air Mountains|Aïr Mountains;Aïr massif|massif de l'Aïr|18.0|8.5|200|NE
range|Adrar des Ifoghas|Ifoghas Mountains|Adrar des Ifoghas;massif des Ifoghas|19.5|1.5|150|ML
range|Andes|Andes Mountains|cordillère des Andes|-18.0|-67.0|3000|
range|Rocky Mountains|Rockies|montagnes Rocheuses;Rocheuses|45.0|-110.0|1500|
range|Appalachian Mountains|Appalachians|Appalaches|38.0|-80.0|1000|US
plateau|Golan Heights|Golan|plateau du Golan;hauteurs du Golan;Golan|33.0|35.8|35|
plateau|Ethiopian Highlands||hauts plateaux éthiopiens|9.0|39.0|500|ET
plateau|Tibetan Plateau||plateau tibétain;plateau du Tibet|33.0|88.0|1000|CN
desert|Sahara|Sahara Desert|désert du Sahara;Sahara|23.0|12.0|1700|
desert|Negev|Negev Desert|désert du Néguev;Néguev|30.8|34.8|70|IL
desert|Gobi Desert|Gobi|désert de Gobi|42.5|103.0|900|
desert|Kalahari|Kalahari Desert|désert du Kalahari|-23.0|22.0|500|
desert|Namib Desert|Namib|désert du Namib|-24.5|15.0|400|NA
desert|Rub' al Khali|Empty Quarter;Rub al-Khali|Rub al-Khali;désert du Rub al-Khali|20.0|50.0|600|
desert|Syrian Desert|Badia|désert de Syrie|33.0|39.0|400|
desert|Thar Desert||désert du Thar|27.0|71.0|350|
desert|Atacama Desert||désert d'Atacama|-24.0|-69.5|300|CL
desert|Taklamakan Desert|Taklamakan;Taklimakan|désert du Taklamakan|38.9|82.5|400|CN
desert|Tenere|Ténéré;Tenere Desert|Ténéré;désert du Ténéré|19.0|10.5|300|NE
valley|Great Rift Valley|Rift Valley;East African Rift|vallée du Rift;Grand Rift|2.0|37.0|800|
valley|Jordan Valley||vallée du Jourdain|32.0|35.55|60|
valley|Bekaa Valley|Bekaa;Beqaa Valley|plaine de la Bekaa;vallée de la Bekaa;Bekaa|33.85|35.95|50|LB
valley|Panjshir Valley||vallée du Panchir;vallée du Panjshir;Panchir|35.3|69.6|60|AF
valley|Fergana Valley|Ferghana Valley|vallée de Ferghana|40.8|71.5|150|
valley|Swat Valley||vallée de Swat|35.2|72.4|60|PK
valley|Kashmir Valley|Vale of Kashmir|vallée du Cachemire|34.0|74.8|70|IN
valley|Pankisi Gorge|Pankisi Valley|gorges du Pankissi;vallée de Pankissi|42.2|45.3|25|GE
valley|Silicon Valley||Silicon Valley|37.4|-122.0|40|US
peninsula|Korean Peninsula||péninsule coréenne|37.5|127.5|450|
peninsula|Arabian Peninsula||péninsule Arabique|23.0|46.0|1300|
peninsula|Crimea|Crimean Peninsula|Crimée;péninsule de Crimée|45.3|34.4|130|UA
peninsula|Sinai|Sinai Peninsula|Sinaï;péninsule du Sinaï|29.5|33.8|150|EG
peninsula|Iberian Peninsula||péninsule Ibérique|40.0|-4.0|500|
peninsula|Kola Peninsula||péninsule de Kola|67.8|35.5|250|RU
peninsula|Kamchatka Peninsula||péninsule du Kamtchatka;Kamtchatka|56.0|160.0|500|RU
peninsula|Anatolia|Asia Minor|Anatolie|39.0|35.0|500|TR
macro-region|Sahel||Sahel|14.5|1.0|900|
macro-region|Liptako-Gourma||Liptako-Gourma|14.5|0.5|350|
macro-region|Lake Chad Basin|Lake Chad region|bassin du lac Tchad;région du lac Tchad|13.0|14.5|400|
macro-region|Great Lakes region|African Great Lakes|région des Grands Lacs;Grands Lacs africains|-1.5|29.5|400|
macro-region|Darfur||Darfour|13.5|24.5|400|SD
macro-region|Kordofan||Kordofan|13.0|29.5|300|SD
macro-region|Ogaden||Ogaden|7.0|44.0|300|ET
macro-region|Niger Delta||delta du Niger|5.0|6.0|200|NG
macro-region|Mekong Delta||delta du Mékong|10.0|105.8|120|VN
macro-region|Nile Delta||delta du Nil|30.9|31.0|100|EG
macro-region|Gaza Strip||bande de Gaza|31.42|34.38|20|PS
macro-region|West Bank||Cisjordanie|31.95|35.25|45|PS
macro-region|Donbas|Donbass;Donets Basin|Donbass|48.3|38.5|180|UA
macro-region|South Ossetia||Ossétie du Sud|42.3|44.0|40|GE
macro-region|Nagorno-Karabakh|Karabakh|Haut-Karabakh|39.9|46.7|60|AZ
macro-region|Kashmir||Cachemire|34.5|76.0|300|
macro-region|Iraqi Kurdistan|Kurdistan Region|Kurdistan irakien|36.2|44.0|150|IQ
macro-region|Syrian Kurdistan|Rojava|Kurdistan syrien|36.5|40.5|250|SY
macro-region|North Caucasus||Caucase du Nord|43.3|45.0|350|RU
macro-region|Caucasus||Caucase|42.0|44.5|500|
macro-region|Siberia||Sibérie|62.0|100.0|1800|RU
macro-region|Russian Far East||Extrême-Orient russe|60.0|140.0|1500|RU
macro-region|Patagonia||Patagonie|-45.0|-69.0|700|
macro-region|Amazonia|Amazon rainforest;Amazon|Amazonie;forêt amazonienne|-4.0|-62.0|1200|
macro-region|Indochina||Indochine|15.0|103.0|1000|
macro-region|Silk Road|Central Asian steppe|route de la soie|40.0|65.0|1500|
"""

# English name | other English names ; ... | French names ; ... | member countries (ISO 3166 alpha-2)
MACRO_REGIONS = """
West Africa|Western Africa|Afrique de l'Ouest;Afrique occidentale|BJ BF CV CI GM GH GN GW LR ML MR NE NG SN SL TG
East Africa|Eastern Africa|Afrique de l'Est;Afrique orientale|KE TZ UG RW BI ET SO SS DJ ER
Central Africa|Middle Africa|Afrique centrale|CM CF TD CG CD GQ GA
North Africa|Northern Africa|Afrique du Nord|MA DZ TN LY EG
Southern Africa||Afrique australe|ZA NA BW LS SZ ZW MZ
Sub-Saharan Africa||Afrique subsaharienne|NG ET CD TZ ZA KE UG AO ML NE TD SD SS CM CI GH MZ MG ZM ZW SN SO
Maghreb|Maghrib|Maghreb|MA DZ TN LY MR
Horn of Africa||Corne de l'Afrique|ET SO DJ ER
Middle East|Mideast|Moyen-Orient|BH CY EG IR IQ IL JO KW LB OM PS QA SA SY TR AE YE
Near East||Proche-Orient|IL PS LB SY JO
Levant||Levant|IL PS LB SY JO
Gulf states|Persian Gulf states;Gulf countries|pays du Golfe;monarchies du Golfe|SA AE QA BH KW OM
Balkans|Balkan Peninsula|Balkans;péninsule balkanique|AL BA BG HR ME MK RS
Western Balkans||Balkans occidentaux|AL BA ME MK RS
South Caucasus|Transcaucasia|Caucase du Sud;Transcaucasie|AM AZ GE
Central Asia||Asie centrale|KZ KG TJ TM UZ
South Asia||Asie du Sud|BD BT IN NP PK LK
Southeast Asia|South-East Asia;South East Asia|Asie du Sud-Est|BN KH ID LA MY MM PH SG TH TL VN
East Asia|Far East|Asie de l'Est;Asie orientale;Extrême-Orient|CN JP KP KR MN TW
Scandinavia||Scandinavie|NO SE DK
Nordic countries|the Nordics|pays nordiques|NO SE DK FI IS
Baltic states|Baltics;Baltic countries;Baltic republics|pays baltes;États baltes|EE LV LT
Western Europe||Europe de l'Ouest;Europe occidentale|AT BE FR DE LU NL CH
Eastern Europe||Europe de l'Est;Europe orientale|BY BG CZ HU PL MD RO SK UA
Central Europe||Europe centrale|AT CZ HU PL SK SI
Southern Europe||Europe du Sud|ES PT IT GR MT
Central America||Amérique centrale|BZ CR SV GT HN NI PA
Latin America||Amérique latine|MX GT HN SV NI CR PA CU DO HT CO VE EC PE BO CL AR UY PY BR
"""


def names(field: str) -> list[str]:
    """The names of a ';'-separated field, without blanks."""
    return [name.strip() for name in field.split(";") if name.strip()]


def curated_features() -> list[dict]:
    """The curated table as features."""
    features = []
    for line in CURATED.strip().splitlines():
        kind, name, english, french, lat, lon, radius, country = line.split("|")
        features.append({"name": name, "class": kind, "lat": float(lat), "lon": float(lon),
                         "radius_km": float(radius), "country": country, "en": [name, *names(english)],
                         "fr": names(french), "from": "curated"})
    return features


def country_facts() -> dict[str, tuple[float, float, float]]:
    """Each country's centre and area in km² (countryinfo), by ISO alpha-2 code."""
    facts = {}
    for info in CountryInfo().all().values():
        code, area, centre = (info.get("ISO") or {}).get("alpha2"), info.get("area"), info.get("latlng")
        if code and isinstance(area, (int, float)) and area > 0 and centre and len(centre) == 2:
            facts[code.upper()] = (float(centre[0]), float(centre[1]), float(area))
    return facts


def centre_of(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The mean direction of points on the sphere: a centre that does not wrap at the antimeridian."""
    x = y = z = 0.0
    for lat, lon in points:
        p, q = math.radians(lat), math.radians(lon)
        x, y, z = x + math.cos(p) * math.cos(q), y + math.cos(p) * math.sin(q), z + math.sin(p)
    return round(math.degrees(math.atan2(z, math.hypot(x, y))), 2), round(math.degrees(math.atan2(y, x)), 2)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance between two points."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))


def macro_region_features(facts: dict[str, tuple[float, float, float]]) -> list[dict]:
    """Macro-regions named by their countries: the centre of the members' centres, and a radius that reaches the
    farthest member's centre or holds their area, whichever is larger."""
    features = []
    for line in MACRO_REGIONS.strip().splitlines():
        name, english, french, members = line.split("|")
        known = [facts[code] for code in members.split() if code in facts]
        lat, lon = centre_of([(c[0], c[1]) for c in known])
        spread = max(haversine_km(lat, lon, c[0], c[1]) for c in known)
        disc = math.sqrt(sum(c[2] for c in known) / math.pi)
        features.append({"name": name, "class": "macro-region", "lat": lat, "lon": lon,
                         "radius_km": float(round(max(spread, disc) / 10) * 10), "country": "",
                         "en": [name, *names(english)], "fr": names(french), "members": members.split(),
                         "from": "countryinfo"})
    return features


def seas_geometry() -> list[np.ndarray]:
    """The rings of the world's seas and oceans from the npm package, fetched with `npm pack`."""
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(["npm", "pack", SEAS_PACKAGE, "--silent"], cwd=folder, check=True, capture_output=True)
        archive = next(Path(folder).glob("*.tgz"))
        with tarfile.open(archive) as tar:
            member = tar.extractfile("package/map.geo.json")
            collection = json.load(member)
    rings = []
    for geometry in collection["geometries"]:
        polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        rings.extend(np.asarray(ring, dtype=float) for polygon in polygons for ring in polygon)
    return rings


def at_sea(lat: float, lon: float, rings: list[np.ndarray]) -> bool:
    """Whether a point lies inside an odd number of the seas' rings (even-odd rule, holes included)."""
    inside = False
    for ring in rings:
        xs, ys = ring[:, 0], ring[:, 1]
        if not (xs.min() <= lon <= xs.max() and ys.min() <= lat <= ys.max()):
            continue
        x1, y1, x2, y2 = xs[:-1], ys[:-1], xs[1:], ys[1:]
        crosses = (y1 > lat) != (y2 > lat)
        with np.errstate(divide="ignore", invalid="ignore"):
            at = x1 + (lat - y1) * (x2 - x1) / (y2 - y1)
        inside ^= bool(np.count_nonzero(crosses & (lon < at)) % 2)
    return inside


def check_marine_points(features: list[dict]) -> list[str]:
    """The marine features whose point the seas geometry puts on land."""
    rings = seas_geometry()
    return [f["name"] for f in features if f["class"] in MARINE_CLASSES and not at_sea(f["lat"], f["lon"], rings)]


def main() -> None:
    """Write the data file, refusing if a marine point lies on land."""
    features = curated_features() + macro_region_features(country_facts())
    if "--no-check" not in sys.argv:
        on_land = check_marine_points(features)
        if on_land:
            sys.exit(f"points on land, move them: {', '.join(on_land)}")
    document = {
        "about": "Seas, straits, lakes, rivers, ranges, deserts, valleys and macro-regions with English and French "
                 "names, a representative point and a radius in km; written by scripts/physical_features.py.",
        "sources": {
            "curated": "table in scripts/physical_features.py, written for Newsmap, released with it",
            "countryinfo": "macro-regions: centres and areas of their member countries from the countryinfo "
                           "package (PyPI, MIT licence)",
            "check": f"marine points checked to lie at sea in {SEAS_PACKAGE} (npm; OpenStreetMap data, ODbL 1.0); "
                     "no geometry of it is copied here",
        },
        "features": features,
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(document, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(features)} features, {sum(len(f['en']) + len(f['fr']) for f in features)} names -> {OUT}")


if __name__ == "__main__":
    main()
