"""Countries: every fact tracker knows about them, in one table, read by extraction and services.

ISO 3166-1 alpha-2 codes validate what users type (`--country RU`). The table of the
world's states says what each is called and what its people and things are called in
English news copy: extraction reads "Russian Deputy Foreign Minister", "the Saudi FM" and
"Ambassador to Kabul" through it, and the services give an institution named "Russian
Foreign Ministry" the country RU through it. Outlets whose country is known, the buildings
that stand for governments, and regions that read like names go here too. Nothing here
imports the rest of tracker but tracker.names (which imports none of it), so both sides
can use it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from tracker.names import name_key

_CODES = """
    AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE
    BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD
    CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM
    DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF
    GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU
    ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN
    KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME
    MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
    NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM
    PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI
    SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK
    TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI
    VN VU WF WS YE YT ZA ZM ZW
"""

ISO_3166_ALPHA2 = frozenset(_CODES.split())  # the 249 officially assigned codes


_TABLE = """
AF|Afghanistan||Afghan|Kabul
AL|Albania||Albanian|Tirana
DZ|Algeria||Algerian|Algiers
AD|Andorra||Andorran|Andorra la Vella
AO|Angola||Angolan|Luanda
AG|Antigua and Barbuda||Antiguan|Saint John's
AR|Argentina||Argentine;Argentinian|Buenos Aires
AM|Armenia||Armenian|Yerevan
AU|Australia||Australian|Canberra
AT|Austria||Austrian|Vienna
AZ|Azerbaijan||Azerbaijani;Azeri|Baku
BS|Bahamas|the Bahamas|Bahamian|Nassau
BH|Bahrain||Bahraini|Manama
BD|Bangladesh||Bangladeshi|Dhaka
BB|Barbados||Barbadian|Bridgetown
BY|Belarus||Belarusian;Belarussian|Minsk
BE|Belgium||Belgian|Brussels
BZ|Belize||Belizean|Belmopan
BJ|Benin||Beninese|Porto-Novo
BT|Bhutan||Bhutanese|Thimphu
BO|Bolivia||Bolivian|Sucre;La Paz
BA|Bosnia and Herzegovina|Bosnia|Bosnian|Sarajevo
BW|Botswana||Botswanan|Gaborone
BR|Brazil||Brazilian|Brasilia;Brasília
BN|Brunei||Bruneian|Bandar Seri Begawan
BG|Bulgaria||Bulgarian|Sofia
BF|Burkina Faso||Burkinabe|Ouagadougou
BI|Burundi||Burundian|Gitega
CV|Cabo Verde|Cape Verde|Cape Verdean|Praia
KH|Cambodia||Cambodian|Phnom Penh
CM|Cameroon||Cameroonian|Yaounde;Yaoundé
CA|Canada||Canadian|Ottawa
CF|Central African Republic||Central African|Bangui
TD|Chad||Chadian|N'Djamena
CL|Chile||Chilean|Santiago
CN|China|People's Republic of China;Peoples Republic of China;PRC|Chinese|Beijing
CO|Colombia||Colombian|Bogota;Bogotá
KM|Comoros||Comorian|Moroni
CG|Congo|Republic of the Congo;Congo-Brazzaville|Congolese|Brazzaville
CD|Democratic Republic of the Congo|DR Congo;DRC;Congo-Kinshasa||Kinshasa
CR|Costa Rica||Costa Rican|San Jose;San José
CI|Cote d'Ivoire|Côte d'Ivoire;Ivory Coast|Ivorian|Yamoussoukro;Abidjan
HR|Croatia||Croatian|Zagreb
CU|Cuba||Cuban|Havana
CY|Cyprus||Cypriot|Nicosia
CZ|Czechia|Czech Republic|Czech|Prague
DK|Denmark||Danish|Copenhagen
DJ|Djibouti||Djiboutian|Djibouti
DM|Dominica||Dominican|Roseau
DO|Dominican Republic|||Santo Domingo
EC|Ecuador||Ecuadorian;Ecuadorean|Quito
EG|Egypt|Arab Republic of Egypt|Egyptian|Cairo
SV|El Salvador||Salvadoran|San Salvador
GQ|Equatorial Guinea||Equatoguinean|Malabo
ER|Eritrea||Eritrean|Asmara
EE|Estonia||Estonian|Tallinn
SZ|Eswatini|Swaziland|Swazi|Mbabane
ET|Ethiopia||Ethiopian|Addis Ababa
FJ|Fiji||Fijian|Suva
FI|Finland||Finnish|Helsinki
FR|France|French Republic|French|Paris
GA|Gabon||Gabonese|Libreville
GM|Gambia|the Gambia|Gambian|Banjul
GE|Georgia||Georgian|Tbilisi
DE|Germany|Federal Republic of Germany|German|Berlin
GH|Ghana||Ghanaian|Accra
GR|Greece|Hellenic Republic|Greek|Athens
GD|Grenada||Grenadian|St. George's
GT|Guatemala||Guatemalan|Guatemala City
GN|Guinea||Guinean|Conakry
GW|Guinea-Bissau|||Bissau
GY|Guyana||Guyanese|Georgetown
HT|Haiti||Haitian|Port-au-Prince
VA|Holy See|Vatican|Vatican|Vatican City
HN|Honduras||Honduran|Tegucigalpa
HU|Hungary||Hungarian|Budapest
IS|Iceland||Icelandic|Reykjavik
IN|India||Indian|New Delhi;Delhi
ID|Indonesia||Indonesian|Jakarta
IR|Iran|Islamic Republic of Iran|Iranian|Tehran;Teheran
IQ|Iraq||Iraqi|Baghdad
IE|Ireland||Irish|Dublin
IL|Israel||Israeli|Jerusalem;Tel Aviv
IT|Italy|Italian Republic|Italian|Rome
JM|Jamaica||Jamaican|Kingston
JP|Japan||Japanese|Tokyo
JO|Jordan||Jordanian|Amman
KZ|Kazakhstan||Kazakh;Kazakhstani|Astana;Nur-Sultan;Almaty
KE|Kenya||Kenyan|Nairobi
KI|Kiribati|||Tarawa
KP|North Korea|DPRK;Democratic People's Republic of Korea;N. Korea|North Korean;N. Korean|Pyongyang
KR|South Korea|Republic of Korea;ROK;Korea;S. Korea|South Korean;S. Korean;Korean|Seoul
KW|Kuwait||Kuwaiti|Kuwait City
KG|Kyrgyzstan|Kyrgyz Republic|Kyrgyz|Bishkek
LA|Laos|Lao PDR|Lao;Laotian|Vientiane
LV|Latvia||Latvian|Riga
LB|Lebanon||Lebanese|Beirut
LS|Lesotho||Basotho|Maseru
LR|Liberia||Liberian|Monrovia
LY|Libya||Libyan|Tripoli
LI|Liechtenstein|||Vaduz
LT|Lithuania||Lithuanian|Vilnius
LU|Luxembourg||Luxembourgish|Luxembourg
MG|Madagascar||Malagasy|Antananarivo
MW|Malawi||Malawian|Lilongwe
MY|Malaysia||Malaysian|Kuala Lumpur
MV|Maldives||Maldivian|Male;Malé
ML|Mali||Malian|Bamako
MT|Malta||Maltese|Valletta
MH|Marshall Islands||Marshallese|Majuro
MR|Mauritania||Mauritanian|Nouakchott
MU|Mauritius||Mauritian|Port Louis
MX|Mexico||Mexican|Mexico City
FM|Micronesia|Federated States of Micronesia|Micronesian|Palikir
MD|Moldova||Moldovan|Chisinau;Chişinău
MC|Monaco||Monegasque|Monaco
MN|Mongolia||Mongolian|Ulaanbaatar;Ulan Bator
ME|Montenegro||Montenegrin|Podgorica
MA|Morocco||Moroccan|Rabat
MZ|Mozambique||Mozambican|Maputo
MM|Myanmar|Burma|Myanmar;Burmese|Naypyidaw;Naypyitaw;Yangon
NA|Namibia||Namibian|Windhoek
NR|Nauru||Nauruan|Yaren
NP|Nepal||Nepali;Nepalese|Kathmandu
NL|Netherlands|the Netherlands;Holland|Dutch|Amsterdam;The Hague
NZ|New Zealand||New Zealand|Wellington
NI|Nicaragua||Nicaraguan|Managua
NE|Niger||Nigerien|Niamey
NG|Nigeria||Nigerian|Abuja
MK|North Macedonia|Macedonia|Macedonian|Skopje
NO|Norway||Norwegian|Oslo
OM|Oman||Omani|Muscat
PK|Pakistan||Pakistani|Islamabad
PW|Palau||Palauan|Ngerulmud
PS|Palestine|State of Palestine;Palestinian territories|Palestinian|Ramallah;Gaza
PA|Panama||Panamanian|Panama City
PG|Papua New Guinea||Papua New Guinean|Port Moresby
PY|Paraguay||Paraguayan|Asuncion;Asunción
PE|Peru||Peruvian|Lima
PH|Philippines|the Philippines|Philippine;Filipino|Manila
PL|Poland||Polish|Warsaw
PT|Portugal|Portuguese Republic|Portuguese|Lisbon
QA|Qatar||Qatari|Doha
RO|Romania||Romanian|Bucharest
RU|Russia|Russian Federation;the Russian Federation|Russian|Moscow
RW|Rwanda||Rwandan|Kigali
KN|Saint Kitts and Nevis|||Basseterre
LC|Saint Lucia||Saint Lucian|Castries
VC|Saint Vincent and the Grenadines|||Kingstown
WS|Samoa||Samoan|Apia
SM|San Marino||Sammarinese|San Marino
ST|Sao Tome and Principe|||Sao Tome
SA|Saudi Arabia|Kingdom of Saudi Arabia;KSA|Saudi;Saudi Arabian|Riyadh
SN|Senegal||Senegalese|Dakar
RS|Serbia||Serbian|Belgrade
SC|Seychelles||Seychellois|Victoria
SL|Sierra Leone||Sierra Leonean|Freetown
SG|Singapore||Singaporean|Singapore
SK|Slovakia|Slovak Republic|Slovak|Bratislava
SI|Slovenia||Slovenian;Slovene|Ljubljana
SB|Solomon Islands||Solomon Islander|Honiara
SO|Somalia||Somali|Mogadishu
ZA|South Africa||South African|Pretoria;Cape Town
SS|South Sudan||South Sudanese|Juba
ES|Spain||Spanish|Madrid
LK|Sri Lanka||Sri Lankan|Colombo
SD|Sudan||Sudanese|Khartoum
SR|Suriname||Surinamese|Paramaribo
SE|Sweden||Swedish|Stockholm
CH|Switzerland||Swiss|Bern;Berne;Geneva
SY|Syria|Syrian Arab Republic|Syrian|Damascus
TW|Taiwan||Taiwanese|Taipei
TJ|Tajikistan||Tajik|Dushanbe
TZ|Tanzania||Tanzanian|Dodoma;Dar es Salaam
TH|Thailand||Thai|Bangkok
TL|Timor-Leste|East Timor|Timorese|Dili
TG|Togo||Togolese|Lome;Lomé
TO|Tonga||Tongan|Nuku'alofa
TT|Trinidad and Tobago||Trinidadian|Port of Spain
TN|Tunisia||Tunisian|Tunis
TR|Turkey|Türkiye;Turkiye|Turkish|Ankara
TM|Turkmenistan||Turkmen|Ashgabat
TV|Tuvalu||Tuvaluan|Funafuti
UG|Uganda||Ugandan|Kampala
UA|Ukraine||Ukrainian|Kyiv;Kiev
AE|United Arab Emirates|UAE;the Emirates|Emirati|Abu Dhabi;Dubai
GB|United Kingdom|UK;U.K.;Britain;Great Britain|British|London
US|United States|US;U.S.;USA;U.S.A.;America;the United States of America|American;U.S.;US|Washington
UY|Uruguay||Uruguayan|Montevideo
UZ|Uzbekistan||Uzbek|Tashkent
VU|Vanuatu||Vanuatuan;Ni-Vanuatu|Port Vila
VE|Venezuela||Venezuelan|Caracas
VN|Vietnam|Viet Nam|Vietnamese|Hanoi
YE|Yemen||Yemeni|Sanaa;Sana'a
ZM|Zambia||Zambian|Lusaka
ZW|Zimbabwe||Zimbabwean|Harare
HK|Hong Kong||Hong Kong|Hong Kong
XK|Kosovo||Kosovar|Pristina
"""

# Places that are not states but read like two capitalised names in a speaker phrase.
REGIONS = frozenset(
    region.strip()  # (a line's first region without the line's indent: "east asia")
    for region in """
    middle east;south caucasus;north caucasus;central asia;south asia;southeast asia;
    east asia;west africa;east africa;north africa;latin america;south america;north america;
    western europe;eastern europe;central europe;the balkans;balkans;the sahel;sahel;
    the gulf;persian gulf;the arctic;arctic;indo-pacific;asia-pacific;asia pacific;
    south china sea;east china sea;black sea;red sea;baltic sea;mediterranean;
    korean peninsula;gaza strip;west bank;east jerusalem;golan heights;crimea;donbas;
    donbass;new york;geneva;brussels;the hague;davos;munich;vienna;sochi;jeddah;
    camp david;wall street;silicon valley;capitol hill;downing street;white house""".replace(
        "\n", " "
    ).split(";")
)


# The names a state's own ministry writes for it where news copy writes another ("Viet Nam"
# for Vietnam, "Türkiye" for Turkey): another spelling of the same short name, not a formal
# long name ("Russian Federation", "Republic of Korea", which pages use or not page by page)
SELF_NAMES: dict[str, tuple[str, ...]] = {
    "VN": ("Viet Nam",),
    "TR": ("Türkiye", "Turkiye"),
}


@dataclass(frozen=True)
class Country:
    """A state as news copy names it.

    adjectives: the words for its people and things, lower case ("russian", "u.s."), the
    usual one first; in_text: other names running text gives it ("america", "the united
    kingdom"); aliases: further names and abbreviations institutions carry ("russian
    federation", "usa"); capitals: cities that stand for its government ("Moscow said").
    """

    code: str
    name: str
    adjectives: tuple[str, ...] = ()
    in_text: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()


def _words(field: str) -> tuple[str, ...]:
    return tuple(part.strip().lower() for part in field.split(";") if part.strip())


def _country(line: str) -> Country:
    code, name, other, adjectives, capitals = line.split("|")
    names = _words(other)
    in_text = tuple(n for n in names if " " in n or n.startswith("the ") or len(n) > 4)
    return Country(code, name, _words(adjectives), in_text, names, _words(capitals))


COUNTRIES: tuple[Country, ...] = tuple(_country(line) for line in _TABLE.strip().splitlines())

# Outlets whose country is known: the country a wire story speaks from, and the one given
# to an outlet recorded as an institution.
OUTLET_COUNTRY = {
    "tass": "Russia", "ria novosti": "Russia", "interfax": "Russia", "sputnik": "Russia",
    "xinhua": "China", "cgtn": "China", "global times": "China", "ukrinform": "Ukraine",
    "yonhap": "South Korea", "kyodo": "Japan", "irna": "Iran", "mehr": "Iran", "mna": "Iran",
    "anadolu": "Turkey", "kuna": "Kuwait", "wam": "United Arab Emirates", "spa": "Saudi Arabia",
    "mena": "Egypt", "pti": "India", "ani": "India", "uni": "India", "bernama": "Malaysia",
    "kazinform": "Kazakhstan", "belta": "Belarus", "armenpress": "Armenia", "azertac": "Azerbaijan",
}  # fmt: skip

# Buildings that stand for a state's government ("the Kremlin said").
SEATS = {
    "kremlin": "Russia", "white house": "United States", "pentagon": "United States",
    "state department": "United States", "downing street": "United Kingdom",
    "elysee": "France", "élysée": "France", "quai d'orsay": "France",
    "wisma putra": "Malaysia", "malacañang": "Philippines", "malacanang": "Philippines",
    "blue house": "South Korea", "cheong wa dae": "South Korea",
}  # fmt: skip

CODE = {country.name: country.code for country in COUNTRIES}  # "Russia" -> "RU"
# The codes a country column takes: ISO's, and those tracker knows countries by that ISO
# has not assigned (XK, Kosovo's code as the EU and Wikidata use it).
COUNTRY_CODES = ISO_3166_ALPHA2 | frozenset(CODE.values())

# Views for extraction (tracker.extract.lexicon re-exports them under its own names).
NATIONALITIES = {adj: c.name for c in reversed(COUNTRIES) for adj in c.adjectives}
NAMED_IN_TEXT = (
    {c.name.lower(): c.name for c in COUNTRIES}
    | {"the " + c.name.lower(): c.name for c in COUNTRIES}
    | {name: c.name for c in COUNTRIES for name in c.aliases}
)  # "the united kingdom" -> United Kingdom
# every state's name as entities carry it ("United Kingdom"): one set for the extractors
STATE_NAMES = frozenset(NAMED_IN_TEXT.values())
# The adjective shown before a title ("Russian Foreign Minister"): the usual one.
ADJECTIVE = {c.name: c.adjectives[0].title() for c in COUNTRIES if c.adjectives}
ADJECTIVE["United States"] = "US"
CAPITALS = {city: c.name for c in COUNTRIES for city in c.capitals}
# Every word for a place: a state, its capital, a region ("Kabul" before a name is no name)
PLACE_WORDS = (
    frozenset(NAMED_IN_TEXT)
    | frozenset(CAPITALS)
    | REGIONS
    | frozenset(name[4:] for name in NAMED_IN_TEXT if name.startswith("the "))
)


@cache
def country_keys() -> dict[str, Country]:
    """Every name a country goes by in text, as a name key ("the" dropped), to the country:
    how a mention or a subject is known to be a country."""
    keys: dict[str, Country] = {}
    for country in COUNTRIES:
        for name in (country.name, *country.in_text, *country.aliases, *country.adjectives):
            key = name_key(name.removeprefix("the "))
            if key:
                keys.setdefault(key, country)
    return keys
