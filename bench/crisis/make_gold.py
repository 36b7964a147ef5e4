"""Write bench/crisis/crisis.jsonl, a small crisis-news geo check in French and English, from the sentences below
(written for Newsmap: short sentences of its own, no article text). Run by hand after editing: python
bench/crisis/make_gold.py. Markup: [words](Name:CC:class) is a gold place, the GeoNames name, country code and class
of its gazetteer entry (class 'river', 'sea', 'range'... for geocoding/data/physical_features.json); [words](-) is
a mention with no gold place (a seat standing for its government, a people's adjective): a prediction there is neither right nor wrong.
Words left unmarked ('Al', 'Centre', 'Sud', people's names) are no places: a prediction there is a false positive.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from geocoding.areas import PHYSICAL_CLASSES, physical_features  # noqa: E402
from geocoding.gazetteer import default_gazetteer  # noqa: E402

OUT = Path(__file__).with_name("crisis.jsonl")
MARK = re.compile(r"\[(?P<words>[^\]]+)\]\((?P<gold>[^)]*)\)")

# id | language | class of failure | text with marks
SENTENCES = """
niger-1|en|country vs namesake|[NIAMEY](Niamey:NE:city), [Niger](Niger:NE:country) (AP) — Soldiers who seized power in [Niger](Niger:NE:country) said on Thursday they had closed the borders.
niger-2|fr|country vs namesake|[NIAMEY](Niamey:NE:city) (AFP) - Les militaires au pouvoir au [Niger](Niger:NE:country) ont annoncé jeudi la fermeture des frontières du pays.
niger-3|en|country vs namesake|The junta in [Niger](Niger:NE:country) expelled the [French](-) ambassador, and thousands rallied in [Niamey](Niamey:NE:city) in support.
mali-1|en|country vs namesake|[Mali](Mali:ML:country) and [Burkina Faso](Burkina Faso:BF:country) warned that any intervention in [Niger](Niger:NE:country) would be a declaration of war.
mali-2|fr|country vs namesake|Le [Mali](Mali:ML:country) et le [Burkina Faso](Burkina Faso:BF:country) ont mis en garde contre toute intervention au [Niger](Niger:NE:country).
burma-1|en|country vs namesake|[Burma](Myanmar:MM:country)'s generals moved the capital to [Nay Pyi Taw](Nay Pyi Taw:MM:city) in 2005.
burma-2|fr|country vs namesake|La junte de [Birmanie](Myanmar:MM:country) a transféré la capitale à [Naypyidaw](Nay Pyi Taw:MM:city) en 2005.
tt-1|en|country vs namesake|Flights from [Port of Spain](Port of Spain:TT:city) were cancelled as [Trinidad and Tobago](Trinidad and Tobago:TT:country) declared a state of emergency.
tt-2|fr|country vs namesake|Les vols au départ de [Port-d'Espagne](Port of Spain:TT:city) ont été annulés et [Trinité-et-Tobago](Trinidad and Tobago:TT:country) a décrété l'état d'urgence.
rostov-1|en|well-known city|Wagner fighters seized the army headquarters in [Rostov-on-Don](Rostov-on-Don:RU:city) before heading north. In [Rostov](Rostov-on-Don:RU:city), shops stayed shut.
rostov-2|fr|well-known city|Les combattants de Wagner ont pris le quartier général de l'armée à [Rostov-sur-le-Don](Rostov-on-Don:RU:city) avant de remonter vers [Moscou](Moscow:RU:city).
marrakesh-1|en|well-known city|[MARRAKESH](Marrakesh:MA:city), [Morocco](Morocco:MA:country) (AP) — Rescuers dug through rubble in villages of the [High Atlas](High Atlas::range).
marrakesh-2|fr|well-known city|[MARRAKECH](Marrakesh:MA:city) (AFP) - Les secours fouillaient les décombres dans les villages du [Haut Atlas](High Atlas::range).
marrakesh-3|fr|capital at city precision|Le séisme a été ressenti à [Marrakech](Marrakesh:MA:city) et à [Fès](Fes:MA:city), au [Maroc](Morocco:MA:country).
marrakesh-4|en|capital at city precision|The quake was felt in [Marrakech](Marrakesh:MA:city), in [Fez](Fes:MA:city) and in [Rabat](Rabat:MA:city), the capital.
domodedovo-1|fr|well-known place|L'avion a atterri samedi à l'aéroport de [Moscou](Moscow:RU:city) [Domodedovo](Domodedovo:RU:city).
domodedovo-2|en|well-known place|The plane landed at [Domodedovo](Domodedovo:RU:city) airport outside [Moscow](Moscow:RU:city) on Saturday.
zamfara-1|en|X State|Gunmen abducted 24 students in [Zamfara State](Zamfara:NG:region), police in [Gusau](Gusau:NG:city) said.
zamfara-2|en|X State|[GUSAU](Gusau:NG:city), [Nigeria](Nigeria:NG:country) (AP) — Gunmen stormed a school in [Zamfara](Zamfara:NG:region) state overnight.
zamfara-3|fr|X State|Des hommes armés ont enlevé des élèves dans l'État de [Zamfara](Zamfara:NG:region), dans le nord-ouest du [Nigeria](Nigeria:NG:country).
tver-1|en|X Region|Drones struck an oil depot in the [Tver Region](Tver:RU:region) overnight, the governor said.
tver-2|fr|X Region|Des drones ont frappé un dépôt pétrolier dans la région de [Tver](Tver:RU:region) dans la nuit.
dnipro-1|en|X River|Ukrainian troops crossed the [Dnipro River](Dnieper::river) near [Kherson](Kherson:UA:city).
dnipro-2|fr|X River|Les troupes ukrainiennes ont franchi le [Dniepr](Dnieper::river) près de [Kherson](Kherson:UA:city).
sea-1|en|seas and ranges|A [North Korean](-) missile fell into the [Sea of Japan](Sea of Japan::sea), [Tokyo](Tokyo:JP:city) said.
sea-2|fr|seas and ranges|Le missile nord-coréen est tombé en [mer du Japon](Sea of Japan::sea), selon [Tokyo](Tokyo:JP:city).
sea-3|fr|seas and ranges|Des migrants ont disparu en [Méditerranée](Mediterranean Sea::sea) au large de la [Libye](Libya:LY:country).
sea-4|en|seas and ranges|The quake shook the [Atlas Mountains](Atlas Mountains::range) south of [Marrakesh](Marrakesh:MA:city).
nonplace-1|en|non-places|Al Jazeera reported that fighters attacked a base near [Mogadishu](Mogadishu:SO:city), and Elon Musk offered satellite links.
nonplace-2|fr|non-places|Dans le Sud, les combats continuent; le Centre national de crise a été activé à [Paris](Paris:FR:city).
nonplace-3|en|non-places|Jordan Bardella and Victoria Nuland spoke in [Glasgow](Glasgow:GB:city) on Monday.
nonplace-4|fr|non-places|Le Centre de crise et de soutien suit la situation au [Soudan](Sudan:SD:country), a indiqué Dominique Martin.
capital-1|en|capital at city precision|Air raid sirens sounded across [Kyiv](Kyiv:UA:city) as missiles hit [Odesa](Odesa:UA:city).
capital-2|fr|capital at city precision|Les sirènes ont retenti à [Kiev](Kyiv:UA:city) et à [Odessa](Odesa:UA:city) dans la nuit.
capital-3|fr|capital at city precision|À [Niamey](Niamey:NE:city), des milliers de manifestants ont défilé samedi.
seat-1|en|seats of government|Protesters gathered outside the [White House](Washington:US:city) as [the Kremlin](-) denied any role.
seat-2|fr|seats of government|Des manifestants se sont rassemblés devant la [Maison Blanche](Washington:US:city), tandis que [l'Élysée](-) appelait au calme.
seat-3|en|seats of government|[Downing Street](-) said the prime minister would chair a meeting at [Downing Street](London:GB:city) later.
seat-4|fr|seats of government|Les syndicats ont été reçus à [Matignon](Paris:FR:city) puis au [Quai d'Orsay](Paris:FR:city).
berlin-1|en|country vs namesake|By Anna Schmidt, [Berlin](Berlin:DE:city)\\n\\n[German](-) officials met their [French](-) counterparts in [Paris](Paris:FR:city).
names-1|en|common country name|[Britain](United Kingdom:GB:country) and [Bosnia](Bosnia and Herzegovina:BA:country) signed a defence pact in [London](London:GB:city) on Tuesday.
names-2|fr|common country name|La [Grande-Bretagne](United Kingdom:GB:country) et la [Bosnie](Bosnia and Herzegovina:BA:country) ont signé mardi un accord de défense à [Londres](London:GB:city).
names-3|en|common country name|[Macedonia](North Macedonia:MK:country) and [Greece](Greece:GR:country) settled their dispute over the name in 2018.
names-4|fr|former country name|Sous Mobutu, le [Zaïre](Democratic Republic of the Congo:CD:country) a accueilli des réfugiés venus du [Rwanda](Rwanda:RW:country).
names-5|en|region by common name|[Russian](-) troops fought rebels in [Chechnya](Chechen:RU:region) and [Dagestan](Dagestan:RU:region), south of [Grozny](Grozny:RU:city).
names-6|fr|region by common name|Des combats ont éclaté en [Tchétchénie](Chechen:RU:region), à l'ouest du [Daguestan](Dagestan:RU:region).
site-1|fr|town after a site word|L'opposant est mort vendredi dans la colonie pénitentiaire de [Kharp](Kharp:RU:city), au-delà du cercle polaire.
site-2|en|town after a site word|Sea drones damaged a landing ship in the port of [Novorossiysk](Novorossiysk:RU:city) overnight.
site-3|fr|town after a site word|Les jihadistes ont tiré des obus sur l'aéroport de [Tombouctou](Timbuktu:ML:city) mardi.
site-4|en|town after a site word|The wounded were taken to the hospital of [Kramatorsk](Kramatorsk:UA:city), officials said.
person-1|en|big city tagged as a person|Armoured vehicles were seen in [Rostov](Rostov-on-Don:RU:city) on Saturday morning, the governor said.
person-2|fr|big city tagged as a person|Des blindés ont été vus à [Rostov](Rostov-on-Don:RU:city) samedi matin, selon le gouverneur.
person-3|en|big city tagged as a person|The junta's leader flew back to [Naypyidaw](Nay Pyi Taw:MM:city) after the summit.
a-city-1|fr|French 'à' before a capital named like its country|Un puissant séisme a fait vaciller les immeubles à [Mexico](Mexico City:MX:city) jeudi.
a-city-2|fr|French 'à' before a capital named like its country|Les ministres se sont retrouvés à [Luxembourg](Luxembourg:LU:city) avant de rejoindre [Bruxelles](Brussels:BE:city).
a-city-3|fr|French 'à' before a capital named like its country|Des milliers de personnes ont manifesté à [Guatemala](Guatemala City:GT:city) contre la corruption.
a-city-4|fr|French 'à' before a capital named like its country|Le ministre est arrivé au [Mexique](Mexico:MX:country) lundi, puis a rencontré des élus à [Mexico](Mexico City:MX:city) mardi.
qualified-1|fr|region with a qualifier|Des explosions ont été entendues à [Vladikavkaz](Vladikavkaz:RU:city), capitale de l'[Ossétie du Nord](North Ossetia-Alania:RU:region).
qualified-2|en|region with a qualifier|Missiles struck near [Erbil](Erbil:IQ:city) in [Iraqi Kurdistan](Iraqi Kurdistan:IQ:macro-region) overnight.
qualified-3|fr|region with a qualifier|Des frappes de drones ont visé des villages du [Kurdistan](Iraqi Kurdistan:IQ:macro-region) irakien.
qualified-4|fr|region with a qualifier|Les combats ont repris au [Darfour du Nord](North Darfur:SD:region), selon l'ONU.
town-1|en|town after a settlement word|Gunmen attacked a checkpoint in [Mali](Mali:ML:country), near the town of [Kidal](Kidal:ML:city), on Sunday.
town-2|fr|town after a settlement word|Une bombe a explosé dans la ville de [Kidal](Kidal:ML:city), dans le nord du [Mali](Mali:ML:country).
town-3|en|town after a settlement word|The dissident was transferred to the penal colony of [Kharp](Kharp:RU:city) in December.
struck-1|fr|city as the object of a verb|Dans la nuit, des drones ukrainiens ont bombardé [Belgorod](Belgorod:RU:city), blessant trois civils.
struck-2|en|city as the object of a verb|Ukrainian artillery shelled [Belgorod](Belgorod:RU:city) again on Sunday, the governor said.
region-after-1|en|town before its region|Vigils were held in [Regina](Regina:CA:city), [Saskatchewan](Saskatchewan:CA:region), and [Hamilton](Hamilton:CA:city), [Ontario](Ontario:CA:region).
region-after-2|fr|town before its region|Des veillées ont eu lieu à [Hamilton](Hamilton:CA:city) ([Ontario](Ontario:CA:region)) et à [Halifax](Halifax:CA:city).
listed-1|en|big towns listed with a place|Overnight strikes hit [Zaporizhzhia](Zaporizhzhia:UA:city), [Mykolaiv](Mykolayiv:UA:city) and [Belgorod](Belgorod:RU:city), officials said.
listed-2|fr|big towns listed with a place|Des frappes ont visé dans la nuit [Kharkiv](Kharkiv:UA:city) et [Belgorod](Belgorod:RU:city), selon les autorités.
unaccented-1|fr|'A' for 'À' opening a sentence|A [Mitrovica](Mitrovicë:XK:city), où les soldats achèvent leur mandat au [Kosovo](Kosovo:XK:country), le calme est revenu.
polar-1|en|town in a polar region|The opposition leader died in [Kharp](Kharp:RU:city) in the [Arctic](Arctic::polar-region), his team said.
polar-2|fr|town in a polar region|L'opposant est mort à [Kharp](Kharp:RU:city), dans l'[Arctique](Arctic::polar-region), selon son équipe.
capital-beside-1|en|capital named like its country beside a foreign capital|Finance ministers gathered in [Luxembourg](Luxembourg:LU:city) on Friday, a week after talks in [Brussels](Brussels:BE:city).
article-1|en|Arabic article|Militias overran [El Geneina](Al-Junaynah:SD:city), the capital of [West Darfur](West Darfur:SD:region), in June.
article-2|en|Arabic article|Aid workers said [Geneina](Al-Junaynah:SD:city) had no running water left.
article-3|fr|Arabic article|Des milliers d'habitants ont fui [El Geneina](Al-Junaynah:SD:city) vers le [Tchad](Chad:TD:country).
positioned-1|en|town tagged as a person or a people|Rescuers searched for survivors off the coast of [Zanzibar](Zanzibar:TZ:city) after the ferry sank.
positioned-2|fr|town tagged as a person or a people|Les secours cherchaient des survivants au large de [Zanzibar](Zanzibar:TZ:city) après le naufrage.
positioned-3|en|town tagged as a person or a people|Herders and farmers clashed near [Djibo](Djibo:BF:city) on Tuesday, the army said.
positioned-4|en|town tagged as a person or a people|Jerome Powell said prices were easing, and investors kept their faith in Powell.
positioned-5|en|town tagged as a person or a people|Crowds waited in [Paris](Paris:FR:city) for hours to catch a glimpse of Paris Hilton.
positioned-6|en|town tagged as a person or a people|Paris Hilton flew to [Los Angeles](Los Angeles:US:city) on Tuesday for a film premiere.
bracket-1|en|event note 'Town (District, Region)'|On 14 February 2024, a roadside bomb hit a bus near [Boni](-) ([Hombori](-), [Mopti](Mopti:ML:region)), killing 4 passengers.
bracket-2|fr|event note 'Town (District, Region)'|Le 14 février 2024, un engin explosif a touché un bus près de [Boni](-) ([Hombori](-), [Mopti](Mopti:ML:region)), tuant 4 passagers.
bracket-3|en|event note 'Town (District, Region)'|On 9 June 2024, militants attacked an army post in [Djibo](Djibo:BF:city) ([Soum](Soum:BF:region), [Sahel](Sahel:BF:region)), killing 6 soldiers.
bracket-4|en|event note 'Town (District, Region)'|On 3 May 2024, gunmen raided a market near [Gao](Gao:ML:city) ([Gao](-), [Gao](-)), killing 2 traders.
bracket-5|en|event note 'Town (District, Region)'|On 21 March 2024, bandits abducted 12 farmers near [Kachia](Kachia:NG:city) ([Kaduna](Kaduna:NG:region)).
bracket-6|en|event note 'Town (District, Region)'|On 12 May 2024, a mine hit an army truck near [Tillaberi](Tillabéri:NE:city) ([Tillaberi](-), [Tillaberi](Tillabéri:NE:region)), killing 3 soldiers.
bracket-7|fr|event note 'Town (District, Region)'|Le 12 mai 2024, une mine a touché un camion de l'armée près de [Tillaberi](Tillabéri:NE:city) ([Tillaberi](-), [Tillaberi](Tillabéri:NE:region)), tuant 3 soldats.
region-word-1|en|region named by the word after it|A drone hit an oil depot in [Bryansk](Bryansk:RU:region) region overnight, the governor said.
bracket-8|en|event note 'Town (District, Region)'|On 3 April 2024, unidentified gunmen abducted 12 passengers near [Katari](-) ([Kachia](Kachia:NG:city), [Kaduna](Kaduna:NG:region)).
bracket-9|en|event note 'Town (District, Region)'|On 5 March 2024, ADF militants killed 8 civilians in [Bunia town](Bunia:CD:city) ([Irumu](-), [Ituri](Ituri:CD:region)).
bracket-10|en|event note 'Town (District, Region)'|On 5 March 2024, Al-Shabaab fighters attacked an army base in [Bal'ad](-) ([Bal'ad](-), [Middle Shabelle](Middle Shebelle:SO:region)).
hodeidah-1|en|Arabic article|The strikes hit targets in [Sanaa](Sanaa:YE:city), the port city of [Hodeidah](Al Ḩudaydah:YE:city) and the northern stronghold of [Saada](Sa'dah:YE:city).
hodeidah-2|en|Arabic article|The Houthis said they fired a missile at a ship about 90 kilometres west of the port of [Hodeidah](Al Ḩudaydah:YE:city).
hodeidah-3|fr|Arabic article|Les frappes ont visé le port de [Hodeïda](Al Ḩudaydah:YE:city), tenu par les Houthis.
oblast-1|en|region named by the word after it|[Russian](-) shelling hit [Kherson Oblast](Khersonska:UA:region) and the [Donetsk](Donetska:UA:region) region on Monday.
oblast-2|en|region named by the word after it|Drones struck [Kyiv Oblast](Kyivska:UA:region) overnight, but [Kyiv](Kyiv:UA:city) itself was spared.
oblast-3|fr|region named by the word after it|Des frappes russes ont touché la région de [Kherson](Khersonska:UA:region) lundi.
person-name-1|en|place name as a first name|Paris Hilton said on Monday she would open a hotel in [Dubai](Dubai:AE:city).
person-name-2|en|place name as a first name|Israel Katz met his [German](-) counterpart in [Berlin](Berlin:DE:city) on Tuesday.
person-name-3|fr|place name as a first name|Paris Hilton a fêté son anniversaire à [Las Vegas](Las Vegas:US:city) samedi.
person-name-4|fr|place name as a first name|Le ministre Israel Katz s'est rendu à [Kiev](Kyiv:UA:city) lundi.
person-name-5|en|place name as a first name|Fans of Paris Hilton gathered in [London](London:GB:city) on Sunday.
saada-1|en|town the text calls a city|Airstrikes pounded the city of [Saada](Sa'dah:YE:city) in [Saada province](Saada:YE:region) on Friday.
saada-2|fr|town the text calls a city|Des frappes ont visé la ville de [Saada](Sa'dah:YE:city), fief des Houthis, dans le nord du [Yémen](Yemen:YE:country).
saada-3|fr|town after a town's preposition|À [Saada](Sa'dah:YE:city), fief des Houthis, les habitants ont fui les bombardements.
saada-4|en|town after a town's preposition|Residents fled the bombing in [Saada](Sa'dah:YE:city), the Houthis' northern stronghold.
oblast-4|fr|region named by the word before it|Des bombardements ont touché l'oblast de [Donetsk](Donetska:UA:region) dans la nuit.
oblast-5|fr|region named by the word before it|Les troupes russes avancent dans l'oblast de [Zaporijia](Zaporizka:UA:region).
oblast-6|en|region named by the word after it|[Russian](-) troops shelled villages in the [Zaporizhzhia](Zaporizka:UA:region) region.
oblast-7|en|region named by the word after it|Fighting raged in [Zaporizhzhia Oblast](Zaporizka:UA:region) on Monday.
spelling-1|fr|city in another romanisation|Des explosions ont été entendues à [Zaporijjia](Zaporizhzhya:UA:city) et à [Vinnitsa](Vinnytsya:UA:city).
spelling-2|en|city in another romanisation|Explosions were heard in [Zaporizhia](Zaporizhzhya:UA:city) and in [Vinnitsa](Vinnytsya:UA:city) overnight.
spelling-3|en|city in another romanisation|A missile hit [Vinnytsia](Vinnytsya:UA:city) on Tuesday, killing 20 people.
spelling-4|en|city in another romanisation|[Russian](-) shelling hit [Zaporizhzhia](Zaporizhzhya:UA:city) overnight.
spelling-5|fr|city in another romanisation|Une frappe russe sur [Zaporijia](Zaporizhzhya:UA:city) a fait trois morts.
spelling-6|en|city in another romanisation|Rescuers searched the rubble of a block of flats in [Zaporizhzhia](Zaporizhzhya:UA:city) on Wednesday.
spelling-7|fr|city in another romanisation|Une frappe de missile a tué cinq civils à [Vinnitsa](Vinnytsya:UA:city) mardi.
spelling-8|fr|city in another romanisation|Les drones russes ont visé [Zaporijia](Zaporizhzhya:UA:city) pour la troisième nuit.
stronghold-1|en|town the text calls a town|Airstrikes hit [Saada](Sa'dah:YE:city) city overnight, the rebels' television said.
stronghold-2|en|town the text calls a town|Jets struck the rebel stronghold of [Saada](Sa'dah:YE:city) in northern [Yemen](Yemen:YE:country).
stronghold-3|fr|town the text calls a town|Les avions ont bombardé le bastion rebelle de [Saada](Sa'dah:YE:city), dans le nord du [Yémen](Yemen:YE:country).
oblast-8|en|region named by the word after it|Drones struck an energy plant in [Vinnytsia](Vinnytska:UA:region) oblast overnight.
oblast-9|fr|region named by the word before it|Les bombardements ont repris dans l'oblast de [Kharkiv](Kharkivska:UA:region) et dans la région de [Zaporijia](Zaporizka:UA:region).
oblast-10|en|region named by the word after it|Evacuations were ordered in the [Zaporizhzhia](Zaporizka:UA:region) region and in [Donetsk Oblast](Donetska:UA:region).
person-name-6|en|place name as a first name|Paris Hilton and her sister attended a gala in [New York](New York City:US:city) on Friday.
person-name-7|fr|place name as a first name|L'héritière Paris Hilton a présenté sa collection à [Milan](Milan:IT:city) jeudi.
person-name-8|en|place name as a first name|Reporters asked Paris Hilton about her new show during a visit to [Dubai](Dubai:AE:city).
person-name-9|en|place name as a first name|Paris Jackson performed at a festival in [Austin](Austin:US:city) on Saturday.
person-name-10|en|place name as a first name|A statue of Washington Irving was unveiled in [Madrid](Madrid:ES:city) on Monday.
person-name-11|fr|place name as a first name|Paris Jackson a chanté samedi soir à [Lyon](Lyon:FR:city).
person-name-12|en|place name as a first name|Paris Jackson performed on Friday, a week after her tour reached [Lyon](Lyon:FR:city).
state-1|en|US state after a first name that is a US place|Brooklyn Beckham married the actress in [Florida](Florida:US:region) in April.
state-2|fr|US state after a first name that is a US place|Brooklyn Beckham s'est marié en [Floride](Florida:US:region) au mois d'avril.
airport-1|en|airport named by its city and its own name|Flights to [Paris](Paris:FR:city) [Orly](Orly:FR:city) were cancelled on Friday because of the strike.
airport-2|fr|airport named by its city and its own name|Les vols au départ de [Paris](Paris:FR:city) [Orly](Orly:FR:city) ont été annulés vendredi.
article-4|en|Arabic article|[Turkish](-) drones struck [Qamishli](Al Qāmishlī:SY:city), a Kurdish-held town in northeast [Syria](Syria:SY:country).
article-5|fr|Arabic article|Des drones turcs ont frappé [Qamichli](Al Qāmishlī:SY:city) lundi, dans le nord-est de la [Syrie](Syria:SY:country).
reached-1|en|city after a verb of reaching|Protests spread on Tuesday and by the evening had reached [Marseille](Marseille:FR:city).
reached-2|fr|city after a verb of reaching|La tournée de la chanteuse a atteint [Lyon](Lyon:FR:city) vendredi soir.
person-name-13|fr|place name as a first name|Un buste de Washington Irving a été dévoilé lundi à [Séville](Sevilla:ES:city).
shabelle-1|en|region spelt another way|On 12 May 2024, Al-Shabaab militants attacked a police post in [Lower Shabelle](Lower Shebelle:SO:region) region, killing 3 officers.
shabelle-2|fr|region spelt another way|Des combats ont eu lieu dans la région du [Moyen-Chébéli](Middle Shebelle:SO:region), au nord de [Mogadiscio](Mogadishu:SO:city).
offset-1|en|town a distance is told from|On 3 June 2024, JNIM fighters ambushed a convoy 40 km north of [Djibo](Djibo:BF:city), in [Soum](Soum:BF:region) province.
offset-2|fr|town a distance is told from|Le 3 juin 2024, des jihadistes ont tendu une embuscade à un convoi à 30 km au sud de [Djibo](Djibo:BF:city).
offset-3|en|town a distance is told from|A roadside bomb exploded 15 km east of [Kidal](Kidal:ML:city), in northern [Mali](Mali:ML:country).
state-3|en|X State|Gunmen killed 11 villagers in [Bokkos](Bokkos:NG:city), [Plateau State](Plateau:NG:region), on Christmas Eve, local officials said.
apposed-1|en|town an apposition names|[KHARTOUM](Khartoum:SD:city), [Sudan](Sudan:SD:country) (Reuters) — Fighting between the army and the RSF spread to [Wad Madani](Wad Medani:SD:city), the capital of [Gezira State](Al Jazirah:SD:region).
apposed-2|en|town an apposition names|Protesters blocked the road to [Goma](Goma:CD:city), the capital of [North Kivu](Nord-Kivu:CD:region) province, as M23 rebels advanced.
myanmar-1|en|X Region|[Myanmar](Myanmar:MM:country)'s military launched airstrikes on villages in [Sagaing Region](Sagaing:MM:region) and in northern [Shan State](Shan:MM:region).
landmark-1|en|landmark in a region|Arakan Army fighters seized the town of [Paletwa](Chin:MM:region) in [Chin State](Chin:MM:region), near the border with [Bangladesh](Bangladesh:BD:country).
oblast-11|en|region named by the word after it|[Russian](-) forces shelled [Kupiansk](Kupyansk:UA:city) and the surrounding villages in [Kharkiv Oblast](Kharkivska:UA:region) on Tuesday.
krai-1|en|region named by the word after it|A [Ukrainian](-) drone hit a refinery in [Tuapse](Tuapse:RU:city), in [Russia](Russia:RU:country)'s [Krasnodar](Krasnodar:RU:region) Krai.
krai-2|fr|region named by the word before it|Un drone a frappé une raffinerie à [Touapsé](Tuapse:RU:city), dans le kraï de [Krasnodar](Krasnodar:RU:region).
sea-5|en|seas and ranges|[North Korea](North Korea:KP:country) launched a ballistic missile from [Sunan](Sunan:KP:city), near [Pyongyang](Pyongyang:KP:city), into the [East Sea](Sea of Japan::sea).
sea-6|en|seas and ranges|Houthi forces fired a missile at a tanker in the [Red Sea](Red Sea::sea) off the coast of [Yemen](Yemen:YE:country).
darfur-1|en|town before its region|Heavy fighting was reported in [Nyala](Nyala:SD:city), [South Darfur](South Darfur:SD:region), as RSF fighters surrounded the army base.
gaza-1|en|seas and ranges|[Israeli](-) strikes hit [Khan Younis](Khān Yūnis:PS:city) and [Rafah](Rafaḩ:PS:city) in the southern [Gaza Strip](Gaza Strip::macro-region) overnight.
niger-river-1|en|country vs namesake|Armed groups attacked the town of [Mopti](Mopti:ML:city) in central [Mali](Mali:ML:country), and clashes spread towards the [Niger River](Niger River::river).
contained-1|en|big towns put in their country|Floods swept through the [Sahel](Sahel::macro-region), hitting [Maradi](Maradi:NE:city) and [Zinder](Zinder:NE:city) in southern [Niger](Niger:NE:country).
possessive-1|en|landmark after its town's possessive|On 8 February 2024, a suicide bomber struck a market in [Mogadishu](Mogadishu:SO:city)'s [Hodan](Mogadishu:SO:city) district, killing 10 people.
possessive-2|en|landmark after its town's possessive|Security forces fired tear gas at protesters in [Nairobi](Nairobi:KE:city)'s [Kibera](Nairobi:KE:city) neighbourhood.
hiran-1|en|non-places|Al Shabaab claimed the attack in [Beledweyne](Beledweyne:SO:city), the capital of [Hiran](Hiran:SO:region) region.
landmark-2|en|landmark in a region|Fighting raged around the Azovstal plant in [Mariupol](Mariupol:UA:city), in [Donetsk](Donetska:UA:region) region.
gaza-2|en|landmark in a region|Dozens were killed at Al-Shifa hospital in [Gaza City](Gaza:PS:city), the health ministry said.
state-4|en|X State|On 2 March 2024, protesters burned tyres in [Sittwe](Sittwe:MM:city), [Rakhine State](Rakhine:MM:region), over fuel shortages.
state-5|en|X State|Clashes erupted in [Upper Nile State](Upper Nile:SS:region) near [Malakal](Malakal:SS:city), the UN said.
landmark-3|fr|landmark in a region|Des hommes armés ont attaqué le village de [Koutougou](Soum:BF:region), dans la province du [Soum](Soum:BF:region), tuant 15 civils.
landmark-4|fr|landmark in a region|Les rebelles du M23 se sont emparés de [Rubaya](Nord-Kivu:CD:region), dans le territoire de [Masisi](Nord-Kivu:CD:region), au [Nord-Kivu](Nord-Kivu:CD:region).
herat-1|fr|region named by the word before it|Un séisme de magnitude 6,3 a frappé la province d'[Hérat](Herat:AF:region), dans l'ouest de l'[Afghanistan](Afghanistan:AF:country).
darfur-2|fr|town an apposition names|Les combats se sont intensifiés à [El Fasher](El Fasher:SD:city), capitale du [Darfour du Nord](North Darfur:SD:region), selon l'ONU.
listed-3|fr|big towns listed with a place|Des frappes russes ont visé [Kharkiv](Kharkiv:UA:city) et [Soumy](Sumy:UA:city) dans la nuit de lundi à mardi.
myanmar-2|fr|region named by the word before it|L'armée birmane a bombardé un village de la région de [Sagaing](Sagaing:MM:region), dans le nord-ouest du pays.
myanmar-3|fr|region named by the word before it|Des affrontements ont éclaté dans l'État de [Rakhine](Rakhine:MM:region), près de [Sittwe](Sittwe:MM:city).
capital-5|fr|capital the tagger misreads|Des militants ont manifesté à [Dakar](Dakar:SN:city) contre le report de l'élection présidentielle.
nonplace-5|fr|non-places|Le Centre de crise du [Quai d'Orsay](-) suit la situation à [Port-au-Prince](Port-au-Prince:HT:city), où les gangs contrôlent la capitale.
gao-1|fr|region named by the word before it|Des hommes armés ont attaqué le poste de [Tessit](Tessit:ML:city), dans la région de [Gao](Gao:ML:region), dans le nord-est du [Mali](Mali:ML:country).
ituri-1|fr|town before its region|Le 12 mai 2024, des miliciens ont incendié des maisons à [Bunia](Bunia:CD:city), en [Ituri](Ituri:CD:region).
person-name-15|fr|place name as a first name|Assimi Goïta s'est rendu à [Kayes](Kayes:ML:city) pour inaugurer une centrale solaire.
landmark-5|fr|landmark in a region|Des hommes armés ont tué 12 civils à [Barsalogho](Sanmatenga:BF:region), dans la province du [Sanmatenga](Sanmatenga:BF:region).
apposed-3|en|X Province|Protesters clashed with police in [Lahore](Lahore:PK:city), the capital of [Punjab](Punjab:PK:region) province, on Friday.
dateline-1|en|dated dateline beside its region|[KADUNA](Kaduna:NG:city), [Nigeria](Nigeria:NG:country), March 8 (AP) — Gunmen stormed a school in the village of [Kuriga](Kaduna:NG:region) in [Kaduna](Kaduna:NG:region) state.
state-6|en|X state in lower case|More than 300 girls were taken from a school in [Jangebe](Zamfara:NG:region), [Zamfara](Zamfara:NG:region) state, in 2021.
title-1|en|first name after a person's title|[Kaduna](Kaduna:NG:region) state governor Uba Sani said the pupils would be freed.
sound-1|en|village sounding like another name of a city abroad|On Thursday, gunmen stormed a school in [Kuriga](-).
nonplace-6|fr|non-places|L'attaque a été revendiquée par le Groupe de soutien à l'islam et aux musulmans (JNIM), lié à Al-Qaïda.
territory-1|fr|town put in its territory|L'armée israélienne a démoli deux maisons palestiniennes à [Beit Ummar](Bayt Ūmmar:PS:city), en [Cisjordanie](West Bank::macro-region).
"""


def gold_place(reference: str) -> dict:
    """The gold point of a reference 'Name:CC:class', from the gazetteer or the physical features file."""
    name, country, feature_class = reference.split(":")
    if feature_class in PHYSICAL_CLASSES:
        feature = next(f for f in physical_features() if f["name"] == name and f["class"] == feature_class)
        return {"name": name, "lat": feature["lat"], "lon": feature["lon"], "type": feature_class}
    found = [c for c in default_gazetteer().lookup(name) if c.country_code == country
             and c.feature_class == feature_class and c.name == name]
    if not found:
        raise SystemExit(f"no {reference} in the gazetteer")
    place = max(found, key=lambda c: c.population)
    return {"name": name, "lat": place.lat, "lon": place.lon, "geonameid": place.geonameid, "type": feature_class}


def line(identifier: str, language: str, kind: str, marked: str) -> dict:
    """One gold line: the text without marks, its toponyms and its ignored spans."""
    marked = marked.replace("\\n", "\n")
    text, toponyms, ignore, position = "", [], [], 0
    for match in MARK.finditer(marked):
        text += marked[position:match.start()]
        start, words = len(text), match.group("words")
        text += words
        if match.group("gold") == "-":
            ignore.append([start, start + len(words)])
        else:
            toponyms.append({"start": start, "end": start + len(words), **gold_place(match.group("gold"))})
        position = match.end()
    text += marked[position:]
    return {"id": f"crisis:{identifier}", "language": language, "published": "2023-09-10", "class": kind,
            "text": text, "toponyms": toponyms, "ignore": ignore}


def main() -> None:
    rows = [line(*raw.split("|", 3)) for raw in SENTENCES.strip().splitlines()]
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} documents, {sum(len(r['toponyms']) for r in rows)} places -> {OUT}")


if __name__ == "__main__":
    main()
