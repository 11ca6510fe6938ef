"""Countries: every fact tracker knows about them, in one table, read by extraction and services.

ISO 3166-1 alpha-2 codes validate what users type (`--country RU`). The table of
COUNTRIES says what each state is called and what its people and things are
called in English news copy: extraction reads "Russian Deputy Foreign Minister"
and "Moscow" through it, and the services give an institution named "Russian
Foreign Ministry" the country RU through it. Outlets whose country is known go
here too. Nothing here imports the rest of tracker, so both sides can use it.
"""

from __future__ import annotations

from dataclasses import dataclass

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


@dataclass(frozen=True)
class Country:
    """A state as news copy names it.

    adjectives: the words for its people and things, lower case ("russian", "u.s."), the
    usual one last; in_text: other names running text gives it ("america", "the united
    kingdom"); aliases: further names and abbreviations institutions carry ("russian
    federation", "usa"); capitals: cities that stand for its government ("Moscow said").
    """

    code: str
    name: str
    adjectives: tuple[str, ...] = ()
    in_text: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()


def _c(code: str, name: str, adjectives: str, *, in_text: str = "", aliases: str = "",
       capitals: str = "") -> Country:  # fmt: skip
    def words(text: str) -> tuple[str, ...]:
        return tuple(w.strip() for w in text.split(";") if w.strip())

    return Country(code, name, words(adjectives), words(in_text), words(aliases), words(capitals))


COUNTRIES: tuple[Country, ...] = (
    _c("RU", "Russia", "russian", aliases="russian federation", capitals="moscow"),
    _c("US", "United States", "american;us;u.s.",
       in_text="the united states;america",
       aliases="us;u.s.;usa;united states of america", capitals="washington"),
    _c("CN", "China", "chinese", aliases="prc;peoples republic of china",
       capitals="beijing"),
    _c("UA", "Ukraine", "ukrainian", capitals="kyiv;kiev"),
    _c("GB", "United Kingdom", "british;uk", in_text="britain;the united kingdom",
       aliases="uk;great britain", capitals="london"),
    _c("FR", "France", "french", capitals="paris"),
    _c("DE", "Germany", "german", capitals="berlin"),
    _c("IR", "Iran", "iranian", capitals="tehran"),
    _c("IL", "Israel", "israeli"),
    _c("TR", "Turkey", "turkish", aliases="turkiye", capitals="ankara"),
    _c("JP", "Japan", "japanese", capitals="tokyo"),
    _c("IN", "India", "indian"),
    _c("PL", "Poland", "polish", capitals="warsaw"),
    _c("BY", "Belarus", "belarusian", capitals="minsk"),
    _c("KZ", "Kazakhstan", "kazakh"),
    _c("SY", "Syria", "syrian"),
    _c("SA", "Saudi Arabia", "saudi"),
    _c("IT", "Italy", "italian"),
    _c("ES", "Spain", "spanish"),
    _c("CA", "Canada", "canadian"),
    _c("AU", "Australia", "australian"),
    _c("EE", "Estonia", "estonian"),
    _c("LV", "Latvia", "latvian"),
    _c("LT", "Lithuania", "lithuanian"),
    _c("FI", "Finland", "finnish"),
    _c("SE", "Sweden", "swedish"),
    _c("NO", "Norway", "norwegian"),
    _c("DK", "Denmark", "danish"),
    _c("NL", "Netherlands", "dutch"),
    _c("HU", "Hungary", "hungarian"),
    _c("CZ", "Czechia", "czech", aliases="czech republic"),
    _c("RO", "Romania", "romanian"),
    _c("RS", "Serbia", "serbian"),
    _c("GR", "Greece", "greek"),
    _c("AM", "Armenia", "armenian"),
    _c("AZ", "Azerbaijan", "azerbaijani"),
    _c("EG", "Egypt", "egyptian"),
    _c("QA", "Qatar", "qatari"),
    _c("PK", "Pakistan", "pakistani"),
    _c("AF", "Afghanistan", "afghan"),
    _c("IQ", "Iraq", "iraqi"),
    _c("VE", "Venezuela", "venezuelan"),
    _c("CU", "Cuba", "cuban"),
    _c("BR", "Brazil", "brazilian"),
    _c("MX", "Mexico", "mexican"),
    _c("GE", "Georgia", "georgian"),
    _c("MD", "Moldova", "moldovan"),
    _c("AT", "Austria", "austrian"),
    _c("CH", "Switzerland", "swiss"),
    _c("BE", "Belgium", "belgian"),
    _c("IE", "Ireland", "irish"),
    _c("PT", "Portugal", "portuguese"),
    _c("SK", "Slovakia", "slovak"),
    _c("BG", "Bulgaria", "bulgarian"),
    _c("HR", "Croatia", "croatian"),
    _c("SI", "Slovenia", "slovenian"),
    _c("AL", "Albania", "albanian"),
    _c("UZ", "Uzbekistan", "uzbek"),
    _c("KG", "Kyrgyzstan", "kyrgyz"),
    _c("TJ", "Tajikistan", "tajik"),
    _c("MN", "Mongolia", "mongolian"),
    _c("VN", "Vietnam", "vietnamese"),
    _c("TH", "Thailand", "thai"),
    _c("ID", "Indonesia", "indonesian"),
    _c("MY", "Malaysia", "malaysian"),
    _c("PH", "Philippines", "filipino"),
    _c("NG", "Nigeria", "nigerian"),
    _c("ZA", "South Africa", "south african"),
    _c("KE", "Kenya", "kenyan"),
    _c("ET", "Ethiopia", "ethiopian"),
    _c("DZ", "Algeria", "algerian"),
    _c("MA", "Morocco", "moroccan"),
    _c("LB", "Lebanon", "lebanese"),
    _c("JO", "Jordan", "jordanian"),
    _c("AE", "United Arab Emirates", "emirati"),
    _c("KW", "Kuwait", "kuwaiti"),
    _c("PS", "Palestine", "palestinian"),
    _c("CL", "Chile", "chilean"),
    _c("CO", "Colombia", "colombian"),
    _c("AR", "Argentina", "argentine;argentinian"),
    _c("IS", "Iceland", "icelandic"),
    _c("LU", "Luxembourg", "luxembourgish"),
    _c("MT", "Malta", "maltese"),
    _c("CY", "Cyprus", "cypriot"),
    _c("NZ", "New Zealand", "new zealand"),
    _c("KP", "North Korea", "north korean", aliases="dprk"),
    _c("KR", "South Korea", "south korean;korean"),
)  # fmt: skip

# Outlets whose country is known: the country a wire story speaks from, and the one given
# to an outlet recorded as an institution.
OUTLET_COUNTRY = {
    "tass": "Russia", "ria novosti": "Russia", "interfax": "Russia", "sputnik": "Russia",
    "xinhua": "China", "cgtn": "China", "global times": "China", "ukrinform": "Ukraine",
}  # fmt: skip

# Buildings that stand for a state's government ("the Kremlin said").
SEATS = {
    "kremlin": "Russia", "white house": "United States", "pentagon": "United States",
    "state department": "United States", "downing street": "United Kingdom",
}  # fmt: skip

CODE = {country.name: country.code for country in COUNTRIES}  # "Russia" -> "RU"

# Views for extraction (tracker.extract.lexicon re-exports them under its own names).
NATIONALITIES = {adj: c.name for c in COUNTRIES for adj in c.adjectives}  # "russian" -> Russia
NAMED_IN_TEXT = {c.name.lower(): c.name for c in COUNTRIES} | {
    name: c.name for c in COUNTRIES for name in c.in_text
}  # "the united kingdom" -> United Kingdom
# The adjective shown before a title ("Russian Foreign Minister"): the last long one listed.
ADJECTIVE = {c.name: adj.title() for c in COUNTRIES for adj in c.adjectives if len(adj) > 3}
ADJECTIVE["United States"] = "US"
CAPITALS = {city: c.name for c in COUNTRIES for city in c.capitals}
