"""The world's states as news text names them: ISO code, name, other names, adjectives, capital.

One table, read by extraction (a "Kabul" before a name is a place, not a first name; "the
Saudi FM" speaks for Saudi Arabia) and by the services that file institutions under a
country. Each line: ``ISO | name | other names | adjectives | capital (other spellings)``,
lists separated by ``;``. Regions and bodies of water that read like names follow.
"""

from __future__ import annotations

from dataclasses import dataclass

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
CN|China|People's Republic of China;PRC|Chinese|Beijing
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
EG|Egypt||Egyptian|Cairo
SV|El Salvador||Salvadoran|San Salvador
GQ|Equatorial Guinea||Equatoguinean|Malabo
ER|Eritrea||Eritrean|Asmara
EE|Estonia||Estonian|Tallinn
SZ|Eswatini|Swaziland|Swazi|Mbabane
ET|Ethiopia||Ethiopian|Addis Ababa
FJ|Fiji||Fijian|Suva
FI|Finland||Finnish|Helsinki
FR|France||French|Paris
GA|Gabon||Gabonese|Libreville
GM|Gambia|the Gambia|Gambian|Banjul
GE|Georgia||Georgian|Tbilisi
DE|Germany||German|Berlin
GH|Ghana||Ghanaian|Accra
GR|Greece||Greek|Athens
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
IT|Italy||Italian|Rome
JM|Jamaica||Jamaican|Kingston
JP|Japan||Japanese|Tokyo
JO|Jordan||Jordanian|Amman
KZ|Kazakhstan||Kazakh;Kazakhstani|Astana;Nur-Sultan;Almaty
KE|Kenya||Kenyan|Nairobi
KI|Kiribati|||Tarawa
KP|North Korea|DPRK;Democratic People's Republic of Korea|North Korean|Pyongyang
KR|South Korea|Republic of Korea;ROK;Korea|South Korean;Korean|Seoul
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
FM|Micronesia||Micronesian|Palikir
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
PT|Portugal||Portuguese|Lisbon
QA|Qatar||Qatari|Doha
RO|Romania||Romanian|Bucharest
RU|Russia|Russian Federation|Russian|Moscow
RW|Rwanda||Rwandan|Kigali
KN|Saint Kitts and Nevis|||Basseterre
LC|Saint Lucia||Saint Lucian|Castries
VC|Saint Vincent and the Grenadines|||Kingstown
WS|Samoa||Samoan|Apia
SM|San Marino||Sammarinese|San Marino
ST|Sao Tome and Principe|||Sao Tome
SA|Saudi Arabia|Kingdom of Saudi Arabia;KSA|Saudi|Riyadh
SN|Senegal||Senegalese|Dakar
RS|Serbia||Serbian|Belgrade
SC|Seychelles||Seychellois|Victoria
SL|Sierra Leone||Sierra Leonean|Freetown
SG|Singapore||Singaporean|Singapore
SK|Slovakia||Slovak|Bratislava
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
    """middle east;south caucasus;north caucasus;central asia;south asia;southeast asia;
    east asia;west africa;east africa;north africa;latin america;south america;north america;
    western europe;eastern europe;central europe;the balkans;balkans;the sahel;sahel;
    the gulf;persian gulf;the arctic;arctic;indo-pacific;asia-pacific;asia pacific;
    south china sea;east china sea;black sea;red sea;baltic sea;mediterranean;
    korean peninsula;gaza strip;west bank;east jerusalem;golan heights;crimea;donbas;
    donbass;new york;geneva;brussels;the hague;davos;munich;vienna;sochi;jeddah;
    camp david;wall street;silicon valley;capitol hill;downing street;white house""".replace(
        "\n", ""
    ).split(";")
)


@dataclass(frozen=True)
class Country:
    """One state: its ISO 3166-1 alpha-2 code and the words news text uses for it."""

    code: str
    name: str
    other_names: tuple[str, ...]
    adjectives: tuple[str, ...]
    capitals: tuple[str, ...]


def _split(field: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in field.split(";") if part.strip())


COUNTRY_LIST: tuple[Country, ...] = tuple(
    Country(code, name, _split(other), _split(adjectives), _split(capitals))
    for code, name, other, adjectives, capitals in (
        line.split("|") for line in _TABLE.strip().splitlines()
    )
)
BY_CODE = {c.code: c for c in COUNTRY_LIST}
# lower-cased name, other name or adjective -> country
BY_WORD: dict[str, Country] = {}
for _c in COUNTRY_LIST:
    for _w in (_c.name, *_c.other_names, *_c.adjectives):
        BY_WORD.setdefault(_w.lower(), _c)
        if _w.lower().startswith("the "):
            BY_WORD.setdefault(_w.lower()[4:], _c)
BY_CAPITAL: dict[str, Country] = {
    cap.lower(): c for c in COUNTRY_LIST for cap in c.capitals if cap.lower() not in BY_WORD
}
PLACE_WORDS = frozenset(BY_WORD) | frozenset(BY_CAPITAL) | REGIONS


def adjective(country: Country) -> str:
    """The adjective news text puts before a ministry: "Russian", "US", "Saudi"."""
    if country.code == "US":
        return "US"
    return country.adjectives[0] if country.adjectives else country.name
