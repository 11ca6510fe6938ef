"""Word lists for reading speaker phrases: nationalities, titles, kinds of institution.

Country names, nationalities, capitals and outlets' countries come from tracker.countries
(the one table services read too) and are re-exported here under the names the rules use.

Kept apart from the rules in :mod:`tracker.extract.speakers` so they can grow without touching
them. Lists are written as space- or semicolon-separated strings to stay compact.
"""

from __future__ import annotations

import re

from tracker.countries import (  # noqa: F401
    ADJECTIVE,
    NATIONALITIES,
    OUTLET_COUNTRY,
    PLACE_WORDS,
    REGIONS,
)
from tracker.countries import CAPITALS as _ALL_CAPITALS
from tracker.countries import NAMED_IN_TEXT as COUNTRIES  # noqa: F401


def _set(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Capitals that stand for a state ("Moscow said"); those that are also first names are left
# out: "Victoria" is more often a person.
CAPITALS = {
    city: state
    for city, state in _ALL_CAPITALS.items()
    if city not in ("victoria", "kingston", "georgetown", "santiago", "sofia", "male", "malé")
}
ROLE_WORDS = _set(
    "attache attaché ayatollah baron baroness cardinal charge chargé chairperson consul "
    # the second word of "Chargé d'Affaires X", in capitals as missions' pages write it
    "d'affaires d\u2019affaires "
    "consul-general coordinator councillor councilor counsellor czar dame emissary emir fm "
    "h.e. hr/vp lord mep mla mna mp mufti patriarch pm premier sheikh sheikha tsar vice-minister "
    # "H.E Moussa X": the style with its second stop left out
    "h.e "
    # the Gulf style as Bahrain's agency spells it: "Shaikh Khalid bin Ahmed"
    "shaikh shaikha "
    # a clergyman's style as British copy writes it, with no full stop: "the Rev Paul X"
    "rev revd "
    # Kenya's Cabinet Secretary, Prime Cabinet Secretary and Principal Secretary, as its papers
    # write them before a name and alone ("Foreign Affairs CS X", "the CS added")
    "cs pcs ps "
    # India's External Affairs Minister, as the MEA's releases write the post ("EAM called on")
    "eam "
    "vice-chairman vice-premier vp deputy-minister undersecretary-general "
    # a post two hold together, written before a name ("Green Party co-leader X")
    "co-leader co-chair co-chairman co-chairwoman co-chairperson co-founder "
    # the OSCE's rotating chair: "the Chairperson-in-Office, Foreign Minister X"
    "chairman-in-office chairperson-in-office chairwoman-in-office chair-in-office "
    "under-secretary-general "
    "secretary-general's "
    "acting activist adm. admiral adviser advisor affairs aide ambassador analyst anchor "
    "assistant attorney billionaire businessman businesswoman campaign candidate capt. ceo "
    "chair chairman chairwoman chancellor chief col. columnist commander commissioner "
    "congressman congresswoman consultant correspondent counsel counselor crown defence defense "
    "delegate democrat democratic deputy deputy-director diplomat director director-general "
    "facilitator mediator rapporteur "
    # a state's or body's seat at the UN without a vote: "Permanent Observer of the State of X"
    "observer "
    "economist editor emir envoy ex executive finance first foreign former founder gen. general "
    "gop gov. governor head high host independent interior judge justice king lawmaker leader "
    "politician interviewer moderator presenter "
    "del. leading lt. maj. majority manager mayor minister minority national negotiator "
    "nominee "
    "officer official permanent policy pollster pope president president-elect presidential "
    "press prime prince prof. professor queen rep. reporter representative republican secretary "
    "secretary-general security sen. senator senior sgt. sir speaker special spokesman "
    "spokesmen spokesperson spokeswoman staff state strategist top under undersecretary veteran "
    "vice vice-president whip "
    # a post as official sites of non-English-speaking ministries misspell it in titles
    # ("Remarks by MOFA's Spokeperson X"): the post, not a given name
    "spokeperson spokeman "
    # the same ranks without their dots, as British and Commonwealth papers write them
    # ("Lt Gen", "Maj Gen", "Amb"), and a title of faith worn before a name
    "adm amb amb. brig brig. capt cdr cmdr col gen lt maj prof sgt archbishop"
    # military ranks written out before a name ("Colonel X", "Commodore X", "Air Marshal X"):
    # the real corpus names "Colonel Major X" as X, the ranks his post (a family name
    # "Major" ends a name, it does not open one)
    " lieutenant commodore sergeant marshal brigadier colonel major"
    # the Sahel and French-speaking armies' rank above colonel ("Colonel-Major X")
    " colonel-major"
    # occupations and standings written before a name ("Pastor X", "Actor X", "rival X"),
    # and titles in the plural before names ("Senators X and Y", "Foreign Ministers X and Y")
    " actor pastor journalist rival challenger supervisor recorder senators presidents captain"
    " ministers secretaries ambassadors governors"
    # ("Historian X", "Kremlin critic X", "Comedian X said": the calling, not a first name)
    " actress comedian singer novelist writer historian scholar researcher scientist lawyer"
    " critic dissident blogger commentator campaigner donor rabbi imam cleric sheriff"
    # a race's standings before a name ("Democratic front-runner X", "presidential hopeful X")
    " front-runner frontrunner hopeful contender"
    # members of a city's council ("Alderman X", "Councilwoman X")
    " alderman alderwoman councilman councilwoman councilmember"
    # a party's members of its national committee ("the Republican National Committeeman")
    " committeeman committeewoman"
    # Ireland's head of government and deputy, written before a name as "Prime Minister" is
    # ("Taoiseach Mary Doyle", "the Tánaiste said"), with and without the accent
    " taoiseach tánaiste tanaiste"
    # offices that head an agency or keep a government's books and law, written before a
    # name ("EPA Administrator X", "State Treasurer X", "Inspector General X")
    " administrator treasurer comptroller auditor inspector ombudsman prosecutor superintendent"
    # a head of state's spouse ("First Lady X", "Second Lady X"), as "Lord" and "Dame" are worn
    " lady"
)
# A post someone is about to take, written as one hyphenated word before or beside a name
# ("Germany's chancellor-in-waiting, X, said", "Premier-designate X", "Mayor-elect X"):
# the London papers and wires write these for the winner of an election or a nominee.
ROLE_WORDS = ROLE_WORDS | frozenset(
    f"{post}-{state}"
    for post in _set(
        "chancellor president premier minister secretary governor mayor speaker leader pm "
        "ambassador senator chair chairman taoiseach prime-minister"
    )
    for state in ("elect", "designate", "in-waiting")
)
# The words a post begins with, after the portfolio a body is named by: "Department of
# Foreign Affairs Spokesperson", "Office of ASEAN Affairs Deputy Assistant Secretary"
POST_WORDS = _set(
    "minister secretary spokesperson spokesman spokeswoman deputy assistant director chief "
    "head ambassador envoy president chairman chairwoman chair officer adviser advisor "
    "representative coordinator commissioner undersecretary under-secretary counsellor "
    "counselor principal senior acting"
)
# The words that qualify a state's polity in its formal name ("The Arab Republic of Egypt",
# "the Islamic Republic of Iran", "The Hashemite Kingdom of Jordan"), as a pattern
STATE_QUALIFIERS = (
    r"(?:Arab|Islamic|Federal|Democratic|United|Hashemite|Socialist|People['\u2019]s)"
)
HONORIFICS = {"mr.": "m", "mr": "m", "mrs.": "f", "mrs": "f", "ms.": "f", "ms": "f"}
HONORIFICS |= {"dr.": None, "dr": None, "h.e.": None, "h.e": None, "prince": "m", "sheikh": "m"}
HONORIFICS |= {"sheikha": "f", "sir": "m", "dame": "f", "lord": "m"}
HONORIFICS |= {"shaikh": "m", "shaikha": "f"}  # Bahrain's spelling of "Sheikh", "Sheikha"
HONORIFICS |= {"madam": "f", "alhaji": "m", "alhaja": "f"}
# "Shri Randhir Jaiswal", "Smt. Meenakashi Lekhi", "Senator the Hon Penny Wong", "Rt Hon"
HONORIFICS |= {"shri": None, "smt": "f", "smt.": "f", "hon": None, "hon.": None, "rt": None}
HONORIFICS |= {"rt.": None, "honourable": None, "honorable": None}
HONORIFICS |= {"shrimati": "f", "sushri": "f"}  # "Shrimati Sushma Swaraj"
# Oman's royal style: "Sayyid Badr Albusaidi", "Sayyida Dr. Mona Al-Said"
HONORIFICS |= {"sayyid": "m", "sayyida": "f"}
# Pakistan's papers style a lawyer-politician so: "Barrister Gohar Ali Khan"
HONORIFICS |= {"barrister": None}
# Malaysia's titles of honour: "Datuk Seri Anwar Ibrahim", "Dato' Saifuddin Abdullah"
HONORIFICS |= {"datuk": None, "dato": None, "dato'": None, "datin": "f", "seri": None}
HONORIFICS |= {"paduka": None}  # "Datin Paduka"
# courtesy titles of other Englishes: Singapore's and Malaysia's "Mdm Halimah", French
# "Mme Colonna" or "Madame Colonna", Burmese "Daw Aung San Suu Kyi", Malay "Puan"
HONORIFICS |= {"mdm": "f", "mdm.": "f", "mme": "f", "mme.": "f", "madame": "f", "daw": "f"}
HONORIFICS |= {"puan": "f", "u": "m"}  # Burmese "U Kyaw Moe Tun" (Mr.), as "Daw" (Mrs.)
# North Korea's style, which Seoul's and Beijing's agencies quote: "Comrade Kim Jong Un"
HONORIFICS |= {"comrade": None}
# the UN's agencies, funds and programmes by their initials, as "the IAEA" ("WHO" is left out:
# it is the pronoun)
UN_AGENCY_INITIALS = frozenset(
    [
        "IAEA",
        "UNICEF",
        "UNDP",
        "WFP",
        "UNHCR",
        "UNRWA",
        "UNFPA",
        "UNESCO",
        "OCHA",
        "UNCTAD",
        "UNEP",
        "UNIDO",
        "IFAD",
        "IOM",
        "OPCW",
        "FAO",
        "ILO",
    ]
)
# bodies of states by their initials, lower-cased: whose possessive a headline puts before
# one who serves them ("EU's X", "NATO's Rutte")
BODIES_OF_STATES = frozenset(
    ("eu", "nato", "un", "u.n.", "osce", "imf", "wto", "oic", "gcc", "au", "opec", "asean")
    + ("sco", "csto", "oas", "icc", "icj", "who", "ecowas", "cis", "brics")
) | frozenset(a.lower() for a in UN_AGENCY_INITIALS)
# the bodies an envoy is posted to, beside states and cities ("envoy to the UN", "the EU
# Kirill Logvinov"): the widest known of BODIES_OF_STATES, by initials and in full (not all:
# "who", "au", "cis" are words too, and an envoy "to who" is none)
POSTED_BODIES = frozenset(("un", "u.n.", "eu", "nato", "osce")) | frozenset(
    ("united nations", "european union", "african union")
)
ORG_HEADS = _set(
    "abc administration afp agency alliance allies ap army assembly association authorities "
    "authority axios bank bbc board breitbart bureau cabinet campaign cbs center centre channel "
    "caucus league borders forum chairpersonship chairmanship "
    "club cnn coalition command commission committee congress council court daily delegation "
    "department dept division duma economist embassy eu forces foundation fund gazette globe "
    "government group guardian headquarters herald house iaea institute journal kremlin magazine "
    "military ministry mission msn msnbc nations nato nbc network news newspaper office "
    "organisation organization osce pac parliament party pentagon police politico poll post "
    "presidency press regime report reuters review secretariat senate service statement study "
    "survey tass telegraph times tribune un union website weekly xinhua "
    # fronts and movements of parties and armed groups: "the Polisario Front said", "the
    # Islamic Resistance Movement", "the Muslim Brotherhood"
    "front movement brotherhood "
    # a religious body speaks as one: "the Russian Orthodox Church said"
    "church patriarchate synod diocese " + " ".join(sorted(UN_AGENCY_INITIALS)).lower() + " "
    # the UN's agencies by their initials: "the head of UNDP", "the Executive Director of UNICEF"
    # places of learning, which a professor is "at", never a person's name
    "university college academy school polytechnic "
    # carriers: "Qatar Airways said", "Turkish Airlines said"
    "airlines airline airways "
    # an industry's body as wire copy names it: "Germany's VDA auto lobby said"
    "lobby"
    # armed services and coast guards speak as bodies: "the China Coast Guard said"
    " navy guard guards force corps"
    # watchdogs and aid groups by the last word of their names: "Human Rights Watch",
    # "the Syrian Observatory", "the Palestine Red Crescent"
    " watch observatory crescent"
    # a seat of government speaks as its office does ("the presidential palace said"), and is
    # no one's surname after an adjective ("at the Presidential Palace in Helsinki")
    " palace"
    # newspapers and programmes by the last word of their names ("the Des Moines Register")
    " register insider beacon chronicle examiner courier sentinel sun-times show"
    # unions and employers by the word that heads their names ("the Korean Confederation of
    # Trade Unions", "the Korea Chamber of Commerce and Industry")
    " confederation chamber"
    # a government's directorates speak as its offices do ("Türkiye's Communications
    # Directorate said", "the Main Intelligence Directorate"): a body, never a surname
    " directorate"
)
# nouns a story calls a state by instead of its name ("the South American republic", "the
# Gulf state", "the country's foreign ministry"), as a regex alternation
STATE_NOUNS = "country|republic|state|kingdom|nation|emirate|monarchy"
# the kind of body a definite article shortens a name to ("the Ministry" for the Ministry
# of Foreign Affairs named before); bodies whose short form is itself a name ("the
# Presidency", "the Government", "the Kremlin") are left out
GENERIC_BODIES = _set(
    "office ministry department service commission council committee agency embassy mission "
    "secretariat bureau directorate authority board court"
)
PRONOUNS = {"he": "m", "she": "f", "they": None, "it": None, "we": None, "i": None, "you": None}
PRONOUNS |= {"him": "m", "her": "f", "them": None}  # "according to her"
# Nouns for one person a story may leave unnamed: "a Western diplomat", "one official",
# "a senior Revolutionary Guards commander"; "the official" after one goes on with them
ONE_UNNAMED_HEADS = (
    *("official", "diplomat", "source", "aide", "envoy", "adviser", "advisor", "officer"),
    *("spokesperson", "spokesman", "spokeswoman", "commander", "general", "negotiator"),
    *("mediator", "lawmaker", "legislator"),
)
UNNAMED_HEADS = _set(
    "aides americans analysts authorities critics democrats diplomats experts insiders "
    "lawmakers leaders many media members ministers observers officials others people reports "
    "representatives republicans residents russians some source sources spokesmen supporters "
    "voters witnesses proponents opponents advocates organizers protesters economists activists "
    "researchers scientists investigators prosecutors police polls surveys skeptics sceptics "
    "doubters detractors"
    # groups nobody can be recorded for: "the monitors said", "the inspectors said"
    " monitors inspectors negotiators mediators delegates participants militants rebels "
    "fighters soldiers troops medics rescuers"
    # markets: "Investors said the move ...", "Traders said ..."; the trade of a country,
    # none of its firms named: "according to Lithuanian businesses", "exporters complained"
    " investors traders bankers creditors bondholders businesses companies firms exporters"
    " importers producers manufacturers farmers businessmen entrepreneurs shippers"
    # "both sides described the talks as ...": the parties together, no one of them
    " sides"
    # a briefer's sources: "Our humanitarian colleagues tell us ...", "our partners say"
    " colleagues partners"
    # "Human rights groups said", "aid agencies warned", "opposition parties demanded": bodies
    # of a kind, none of them named
    " groups agencies organisations organizations parties"
    # "Republican senators voiced unease": members of a chamber, none of them named;
    # "Governments pledged billions": states together, none of them named
    " senators congressmen legislators governments"
    # the press by its trade: "Reporters asked Lavrov ... He said" is no one named
    # "Reporters"; "he" after it is the one asked
    " reporters journalists correspondents interviewers commentators"
)
# Words that open a sentence but never a name ("But a senior official said")
OPENERS = _set(
    "but and yet so also still even only just then now here there perhaps indeed later earlier "
    "finally instead meanwhile neither either nor both however moreover furthermore additionally "
    "separately notably besides likewise similarly consequently therefore thus previously"
    # a speaker's or writer's comment on the sentence, or its time, put first with no comma:
    # "Interestingly Blocher became ...", "Certainly Putin knows ...", "Recently she said"
    " interestingly importantly crucially significantly curiously ironically clearly certainly"
    " obviously surely frankly honestly admittedly undoubtedly evidently apparently plainly"
    " fortunately unfortunately sadly regrettably ultimately eventually initially subsequently"
    " recently lately originally accordingly nevertheless nonetheless"
    # an interjection put first, its comma after it: "Alas, within hours he was ..."
    " alas"
)
INDEFINITE = _set(
    "a all an anonymous another both few many most numerous one other several some three two "
    "unnamed various"
)
DEFINITE = _set("her his its our that the their these this those")
FEMALE_FIRST = _set(
    "amy angela ann anna annalena barbara carly catherine condoleezza dana debbie donna elena "
    "elizabeth ellen emily hannah helen hillary hope huma ivanka jane janet jen jennifer jill "
    "julia kaja kamala karen kate katrina kellyanne kirsten laura linda lisa liz lynne "
    "madeleine margaret maria marie mary megyn melania michelle nancy natalia nikki olga "
    "patricia rachel samantha sarah sheila susan theresa tulsi ursula valentina victoria wendy "
    # women who lead states and ministries in diplomatic news, by given names no man bears
    "agnieszka amina beata claudia cristina dilma evika federica frances giorgia gina hadja "
    "hina ingrida iryna jacinda julie kersti kristalina maia marise mette nanaia naledi ngozi "
    "nirmala olena oksana penny priti retno samia sanna smriti sushma suella svetlana tatiana "
    "tzipi viola xiomara yulia yvette zuzana "
    # given names only women bear, in every country and spelling, by the regions diplomatic news
    # covers (names a man bears anywhere are left out: Jean, Andrea, Nicola, Simone, Kim, Anne)
    # English-speaking countries
    "abigail alice alison amanda anita brenda caroline charlotte christine chrystia claire "
    "deborah diana dorothy eleanor elise emma fiona gillian gloria grace heather irene "
    "jacqueline jessica joanna joyce judith kathleen katherine kristi louise lucy marcia "
    "marsha melanie melissa nicole pamela pauline rebecca rose ruth sandra sophie stephanie "
    "susie tammy teresa valerie vanessa virginia "
    # French, German, Dutch
    "agnès amélie brigitte cécile chantal élisabeth élise françoise geneviève hélène isabelle "
    "karine martine mathilde mélanie monique nathalie rachida ségolène sylvie valérie "
    "véronique annegret anke birgit christiane franziska heike ilse karin katja kerstin "
    "petra renate ricarda sabine saskia svenja ulrike femke kajsa liesje sigrid "
    # Spanish, Portuguese, Italian
    "alicia ana beatriz delcy dolores gabriela isabel leticia lucía lucia luisa marcela "
    "margarita marta mónica monica paula pilar raquel rosa sofía sofia alessandra antonella "
    "chiara daniela elisabetta elly francesca giulia paola roberta silvia stefania "
    # Nordic and Baltic
    "anniken ebba elina erna helle ingrid margrethe pia tarja ylva annika birgitta dalia "
    "vaira "
    # Polish, Czech, Slovak, Hungarian, Romanian, Balkan, Greek
    "danuta elżbieta elzbieta ewa halina izabela katarzyna małgorzata malgorzata renata "
    "urszula jana markéta marketa lucie kateřina katerina lenka ivana iveta veronika judit "
    "katalin viorica ecaterina biljana dragana gordana jadranka jasmina ljiljana marija "
    "mirjana nataša natasa snežana snezana tanja vesna kolinda dubravka tatjana milica dora "
    "eleni "
    # Ukrainian and Russian, in Latin letters
    "alla anastasia daria darya ekaterina yekaterina elvira galina halyna irina kateryna "
    "larisa lyudmila liudmyla marina maryna nadezhda natalya nataliya tatyana tetiana "
    "viktoriia yelena yuliia zoya alina "
    # Turkish, Arabic, Persian, in their usual English spellings
    "ayşe ayse emine fatma meral tansu zeynep merve aisha ayesha dina fatima fatemeh hanan "
    "huda hoda khadija layla leila lina maryam mariam mona nadia najla najat rania reem "
    "rima salma samira shirin nasrin yasmin yasmine zainab zeinab lubna sahar "
    # South Asian, African, Indonesian and Malay, Filipino
    "priyanka pratibha indira sonia mamata mayawati hasina sunita meenakshi supriya "
    "nkosazana lindiwe thandi winnie fatou aminata fatoumata saara netumbo megawati puan "
    "susi dewi siti azizah leni imee risa corazon imelda"
)
# men's given names in diplomatic news that no woman bears: "she" after "Michel said" is not
# Charles Michel
MALE_FIRST = _set(
    "abbas abdel abdullah alexander aleksandr alexei ali andrzej antony anthony ararat benjamin "
    "boris charles david dmitry dmytro donald ebrahim emmanuel fumio hakan hossein ilham james "
    "jens john joseph josep keir kevin mahmoud mark mevlut michael mohammed muhammad narendra "
    "nikol olaf oleksandr pedro peter recep richard rishi robert sergei sergey shehbaz tamim "
    "viktor vladimir volodymyr william yair "
    # given names only men bear, in every country and spelling, by region (names a woman bears
    # anywhere are left out: Jean, Andrea, Nicola, Jan, Michal, Nikita, Kai, Ariel, Omer)
    # English-speaking countries
    "adam andrew bill brian bruce christopher colin craig daniel dennis douglas edward eric "
    "frank gary george gordon gregory harold henry howard jack jason jeffrey jeremy jim joe "
    "jonathan justin keith kenneth larry lloyd malcolm martin matthew mike mitch neil "
    "nicholas nigel patrick paul philip raymond roger ronald scott sean simon stephen steven "
    "steve stuart thomas timothy tony walter warren barack bernie dominic oliver harvey tim "
    "jeff elon rupert "
    # French and German
    "alain bernard bruno christophe édouard edouard françois francois gérald gerald jacques "
    "jean-yves jean-noël jean-luc jean-marc jean-claude laurent lionel michel nicolas olivier "
    "philippe pierre sébastien sebastien stéphane stephane thierry yves gérard gerard hubert "
    "didier benoît benoit armin friedrich gerhard guido heiko helmut horst joachim jürgen "
    "jurgen karl klaus markus matthias norbert ralf rolf sigmar stefan ulrich werner wolfgang "
    "hans heinz christoph cem sven volker dieter florian philipp "
    # Spanish, Portuguese, Italian
    "alberto alejandro alfonso álvaro alvaro andrés andres antonio carlos diego eduardo "
    "emilio enrique ernesto esteban fernando felipe francisco gustavo ignacio javier jorge "
    "josé jose juan julio luis luiz manuel marcelo mario miguel pablo rafael ramón ramon "
    "raúl raul ricardo roberto rodrigo sergio gonzalo guillermo jaime joaquín joaquin "
    "mauricio nayib vicente paulo joão joao marcos alessandro carlo enrico fabio francesco "
    "giorgio giovanni giuseppe lorenzo luca luigi marco massimo matteo maurizio paolo "
    "pietro silvio stefano vincenzo gianni giancarlo "
    # Dutch, Nordic and Baltic
    "bart geert hendrik jeroen klaas maarten pieter wopke wouter henk frans ruud willem "
    "anders erik fredrik gustav håkon haakon henrik jonas kristian lars magnus mikael morten "
    "niels olof pekka sauli ulf bjørn bjorn timo juha antti heikki edgars egils gabrielius "
    "gitanas krišjānis krisjanis linas margus toomas urmas valdis andrus jüri raimonds "
    "vytautas algirdas saulius "
    # Polish, Czech, Slovak, Hungarian, Romanian, Bulgarian, Balkan, Greek
    "bogdan jacek jarosław jaroslaw krzysztof lech marcin mariusz mateusz paweł pawel piotr "
    "radosław radoslaw rafał rafal stanisław stanislaw szymon tomasz władysław wladyslaw "
    "zbigniew witold wojciech andrej jakub jiří jiri josef karel miloš milos pavel petr "
    "tomáš václav vaclav igor juraj marek miroslav jozef péter zoltán zoltan gábor gabor "
    "tamás lászló laszlo jános janos istván istvan ferenc attila csaba nicolae mircea "
    "gheorghe vasile florin sorin rumen boyko georgi kiril dimitar aleksandar ante darko "
    "dragan goran ivica marko milorad nenad petar slobodan tomislav zoran zlatko željko "
    "zeljko dejan branko albin kyriakos nikos georgios giorgos dimitris antonis nikolaos "
    "konstantinos kostas "
    # Ukrainian and Russian, in Latin letters
    "aleksei alexey anatoly andrei andriy andrii anton arseniy artem denys dmitri evgeny ilya "
    "yevgeny gennady grigory ihor ivan kirill konstantin leonid maxim maksym mikhail "
    "mykhailo mykola nikolai oleg oleh petro ruslan rustem serhiy sergiy taras vadim vadym "
    "vasily vitaly vitali vitaliy vyacheslav yuri yuriy yury vasyl yevhen kostiantyn "
    # Turkish, Arabic, Persian, Hebrew, in their usual English spellings
    "ahmet binali bülent bulent devlet ekrem ibrahim ismail kemal mehmet mustafa numan ömer "
    "süleyman suleyman tayyip murat yusuf abdelaziz abdulaziz abdul adel ahmad ahmed amr "
    "anwar ayman bashar faisal fahd hamad hamid hasan hassan hussein jamal karim khalid "
    "khaled majid marwan mohamed mohammad mohamad mostafa nabil nasser omar osama tariq "
    "tarek walid yahya yasser yousef youssef zayed salman ghassan hisham khalil kamal "
    "mansour moussa najib nayef saad saeed sami samir wael waleed ziad javad masoud mehdi "
    "mojtaba reza asif bilawal imran ishaq nawaz shahbaz isaac yitzhak naftali "
    "gideon avigdor bezalel itamar moshe ehud shimon yoav gilad "
    # South Asian, African, Indonesian and Malay, Filipino, Japanese
    "amit arvind ashok rahul rajnath piyush nitin manmohan sanjay suresh ramesh rajiv vikram "
    "vijay ajit arun hardeep jairam rajesh ravi mallikarjun akhilesh ranil mahinda "
    "gotabaya anura cyril thabo jacob julius uhuru raila yoweri emmerson hakainde félix "
    "felix macky bassirou ousmane alassane mahamat muhammadu olusegun mokgweetsi abiy "
    "isaias salva riek amadou abdoulaye mamadou boubacar faure joko prabowo susilo gibran "
    "mahathir muhyiddin anies ganjar airlangga luhut bambang ferdinand benigno gilberto "
    "teodoro bongbong panfilo rolando shinzo shigeru yoshihide taro yoshimasa"
)
# given names men and women both bear, left out of both lists above
SHARED_FIRST = _set("andrea anne jean jan kim nicola simone michal nikita kai ariel jerry sam alex")
# a word known as someone's given name: "producer Harvey Weinstein" is a person, "operator
# National Grid" a firm
GIVEN_NAMES = FEMALE_FIRST | MALE_FIRST | SHARED_FIRST
FEMALE_SUFFIX = ("ova", "eva", "ayeva", "skaya", "ina")
# Spanish and Portuguese family names that end as a Slavic woman's does and are a man's as
# much as a woman's: "Villanueva", "Cueva", "Medina", "Molina", "Espina", "Reina"
NOT_FEMALE_SURNAMES = ("ueva", "medina", "molina", "espina", "reina", "salina", "encina")
# (Portuguese "dos Santos", "das Neves", Dutch "ter Horst", "den Uyl"; Spanish, Italian and
# Filipino "del", "Albert del Rosario": a delegate's "Del." keeps its dot, and is no particle)
# ("do": the Portuguese one, "André Corrêa do Lago", "Maria do Rosário")
PARTICLES = _set(
    "abu al bin bint da das de del den der di do dos du el ibn la le ter ul ur van von"
)
# given names written short with a dot, part of the name and no title: Bangladesh's and
# Malaysia's "Md." and "Mohd." (Mohammad), the Philippines' "Ma." (Maria), "Wm." (William)
SHORT_GIVEN_NAMES = _set("md mohd muhd ma wm")
CONNECTORS = _set("and for of on the to")
# Heads of things that are named like people but never speak: "the Middle East Peace Process"
EVENT_HEADS = _set(
    "process initiative plan agreement accord treaty deal summit conference forum dialogue "
    "talks programme program strategy declaration charter resolution convention protocol "
    "framework roadmap games olympics festival war crisis operation mission "
    # a page's section, not a person: "Meetings Coverage", "Daily Press Briefing"
    "briefing briefings coverage meetings highlights remarks transcript transcripts updates "
    "travel travels "
    # a place, not a person: "the Taiwan Strait", "the Gaza Strip", "the Korean Peninsula"
    "sea gulf strait island islands river peninsula desert valley ocean canal coast strip "
    "corridor border crossing dam port airport "
    # a law or a pact, which is quoted but never speaks: "the Foreign Agents Registration Act",
    # "the Second Amendment", "the Minsk Accords"; a protected place: "the Wildlife Refuge"
    "act accords amendment amendments doctrine refuge monument "
    # an attack, which a headline names in capitals: "Deadly Kyiv Strike"
    "strike strikes attack attacks bombing shelling raid raids "
    # a site's software, in the notice a scraped page keeps: "Jannah Theme License is not
    # validated"
    "license licence plugin"
)
NOT_NAMES = _set(
    "a after all also an and april as asked at august before both but december earlier february "
    "friday he her here his how however i if in it its january july june last later many march "
    "may meanwhile monday most my no not november now october on our saturday september she so "
    "some speaking still such sunday that the their then there they this thursday today tuesday "
    "we wednesday what when while who why yesterday yet you "
    "excerpts "  # a parliament site's link beside a member's name
    "more "  # "Read More", "See more": a link, not a surname
    "for from with despite unlike according "  # "For Stein, ...": prepositions, no names
    # adjectives that open a sentence before a plural noun: "Growing calls for a truce ..."
    "growing mounting renewed repeated fresh increasing rising widespread recent previous "
    "further urgent several multiple"
    # a count of one nobody names: "One Western diplomat said", "Another Arab official"
    " one another each every"
    # counts before a plural ("Six Gannett papers", "Two Trump aides") and verbs of saying
    # that open a sentence after a quotation ("Stated Stone: ...", "Continued Velisk")
    " two three four five six seven eight nine ten dozens hundreds stated continued"
    " dear"  # a letter's salutation: "Dear Walter"
    # the manner of a decision, opening a communiqué's listed line ("- Strongly condemned
    # the coup;", "Firmly rejects any ...")
    " strongly firmly fully deeply categorically unanimously resolutely vigorously"
    " emphatically formally solemnly unequivocally earnestly sincerely warmly urgently"
)
# Words that make a phrase a clause, not the name of a speaker
CLAUSE_WORDS = _set(
    "what which that who how when if whether it's there here this these those it they is are "
    "was were be been being has have had will would can could should may might must do does "
    "did not n't than"
)
# Places that read like two-word names ("New York said" is never a person)
PLACES = _set(
    "alabama alaska arizona arkansas california colorado connecticut delaware florida georgia "
    "hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts "
    "michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon "
    "pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming "
    "new_hampshire new_jersey new_mexico new_york north_carolina north_dakota rhode_island "
    "south_carolina south_dakota west_virginia los_angeles san_francisco las_vegas "
    "new_orleans st._louis hong_kong saudi_arabia south_africa north_korea south_korea "
    "gaza west_bank isis "
    # a region's adjective in a post or a bloc ("for East Asian and Pacific Affairs", "the
    # West African bloc", "Middle Eastern diplomats"): no one's name either
    "east_asian south_asian southeast_asian central_asian middle_eastern near_eastern "
    "west_african east_african north_african southern_african"
) | frozenset(w.replace(" ", "_") for w in PLACE_WORDS if " " in w)
AUXILIARIES = _set(
    "is are was were be been being has have had will would can could should may might must do "
    "does did not n't"
)
# Verbs that headlines capitalise right after a name ("Lindsey Graham Says ...")
HEADLINE_VERBS = _set(
    "says warns urges tells speaks meets hosts visits holds slams rejects vows backs seeks "
    "calls denies accuses praises hails blasts welcomes condemns confirms insists claims "
    "announces reveals admits defends rules pledges promises asks demands expects plans "
    "goes sees gets takes makes gives puts faces eyes wins loses leads heads signs "
    "weighs mulls touts pushes lashes signals hints responds reacts reaffirms reiterates "
    "stresses opposes supports criticizes criticises thanks congratulates discusses arrives "
    "refuses "
    # blame and rebuke: "Moscow Blames Washington for ...", "Kyiv Decries ..."
    "blames threatens cautions dismisses decries denounces rebukes lambasts assails chides "
    # state agencies' headlines: "Minister Retno Presents ...", "PM Abiy Lauds ..."
    "presents outlines unveils launches receives expresses highlights underscores lauds "
    "commends briefs addresses attends inaugurates emphasizes emphasises affirms "
    # a ministry's page of one exchange: "Spokesperson X Answers a Reporter's Question on ..."
    "answers replies comments chairs joins delivers"
)
# News outlets by their own names: "Reuters", "Kyodo", "MENA" (each also a surname or a
# word of one: "Michael Bloomberg", "Liam Fox", "Carlos Mena")
OUTLET_NAMES = _set(
    "reuters afp ap tass xinhua ria interfax sputnik cnn bbc anadolu irna kuna yonhap kyodo wam "
    "mena bernama pti ani nhk cgtn dpa efe ansa bloomberg axios politico msnbc nbc cbs abc fox "
    "cctv kcna yna mehr tasnim fars isna ians upi jiji nikkei asahi "
    "izvestia kommersant vedomosti rbc belta armenpress azertac kazinform ukrinform unian unn sana "
    "wafa qna petra trt "
    # Asian outlets' own names ("Kyodo News", "Antara", "VNA", "PNA")
    "antara vna pna vnexpress yomiuri mainichi chosun joongang hankyoreh"
)
# papers named by their own language's word for news, newspaper, daily or courier, as
# "shimbun" and "ilbo" are, at the end of the name ("Helsingin Sanomat", "Süddeutsche
# Zeitung", "Dagens Nyheter"); also surnames ("Mayor Joel Diario", "Ali Akhbar"), so after a
# given name or a title a person's (subject_phrase._surname_like_an_outlet)
NEWS_WORD_NAMES = _set(
    "sanomat zeitung nyheter nieuws noticias diario tidende dagblad dagbladet rundschau "
    "tageblatt tagblatt akhbar"
)
# News outlets and the words that name one: sources of reports, not speakers
MEDIA_HEADS = OUTLET_NAMES | _set(
    "newspaper paper daily times post journal tribune herald gazette telegraph guardian "
    "observer broadcaster television tv radio channel outlet media website magazine wire "
    "outlets newspapers broadcasters channels websites dailies publication publications tabloid "
    "networks newswire network press shimbun ilbo express inquirer "
    # a picture agency, credited in a caption ("(Getty Images)", "PA Images")
    "images "
    # Russian outlets by their Russian words for "news", "newspaper", "truth": "RIA Novosti",
    # "Rossiyskaya Gazeta", "Komsomolskaya Pravda", "Vesti"
    "novosti gazeta pravda vesti izvestiya"
)
MEDIA_HEADS |= NEWS_WORD_NAMES
MEDIA = _set("ft rt") | frozenset(
    ("financial times", "wall street journal", "new york times", "washington post", "al jazeera")
    + ("state media", "state tv", "state television", "news agency", "state news agency")
    # a broadcaster by the building it sends from ("the news station", "a local TV station",
    # "broadcasting station KBS"); "station" alone is as often a police or a railway station
    + ("news station", "tv station", "radio station", "television station")
    + ("broadcasting station", "news stations", "tv stations", "radio stations")
    + ("press agency", "state press agency")
    + ("al arabiya", "al-arabiya", "al-monitor", "al mayadeen", "press tv")
    + ("kyodo news", "yonhap news", "nhk news", "nhk world", "antara news", "xinhua news")
    # state agencies of Latin America and Africa whose names read like a person's ("Prensa
    # Latina": a given name and a surname to the parser)
    + ("prensa latina", "news agency of nigeria")
)
# Platforms words are posted on, by names that read like a person's ("posts on Truth
# Social"): where something was said, never who said it
PLATFORMS = frozenset(("truth social",))
# Head nouns that can name someone who speaks, beside titles and kinds of institution
SPEAKER_NOUNS = _set(
    "statement document communique communiqué declaration note reply letter text message "
    "response readout release spokesman spokeswoman spokesperson diplomat official head "
    "envoy emissary negotiator side delegation country nation state kingdom republic leader"
)

# titles of the press: those who ask, report and present, and speak for no one in the story
PRESS_TITLES = frozenset(
    ("reporter", "reporters", "journalist", "journalists", "correspondent", "moderator")
    + ("anchor", "host", "interviewer", "questioner", "presenter", "columnist", "editor")
)


# Posts no outlet's staff hold: an army's ranks and a government's offices. Before one of
# them an outlet's acronym is another body's ("AFP chief Gen. X": the Armed Forces of the
# Philippines; "AP Chief Minister X": Andhra Pradesh)
NOT_PRESS_POSTS = _set(
    "gen. gen general adm. adm admiral col. col colonel lt. lt lieutenant maj. maj brig. brig "
    "brigadier marshal commodore sergeant sgt. capt. captain minister governor"
)


def press_role(role: str | None) -> bool:
    """Whether a post is the press's: its head, the last word, is a press title ("TV host",
    "senior correspondent"); in "host president" the word before the head only qualifies
    it. A press title joined by "and" to another press post heads its own conjunct
    ("journalist and former editor-in-chief")."""
    words = (role or "").lower().split()
    if not words:
        return False
    # "journalist and former editor-in-chief of X": a press title coordinated with another
    # press post is the head of its own conjunct ("host and" may be a summit's host; "former
    # journalist and now senator" holds the post after). The conjunct after "and" must be
    # the press's too: "journalist and lawmaker", "journalist and State Duma deputy" name a
    # lawmaker, whose words are statements. Past its word of time the conjunct may hold no
    # post read at all ("Journalist and Former": the reader knows offices, and stops at a
    # newsroom's post such as "editor-in-chief"), which is no office either.
    at = words.index("and") if "and" in words[1:] else 0
    rest = [w for w in words[at + 1 :] if w not in _TIME_BEFORE_PRESS_POST]
    joined = (
        at > 0
        and words[at - 1] in PRESS_TITLES - {"host"}
        and "former" not in words[:at]
        and words[at + 1 : at + 2] != ["now"]
        and (not rest or any(w in _PRESS_POSTS for w in rest))
    )
    return words[-1] in PRESS_TITLES or joined


# words of time before a post ("former editor"), none a post of its own
_TIME_BEFORE_PRESS_POST = frozenset(("former", "then", "ex", "ex-", "also", "current", "later"))
# the press's posts: its titles and the newsroom's own
_PRESS_POSTS = PRESS_TITLES | frozenset(
    ("editor-in-chief", "publisher", "commentator", "broadcaster", "blogger", "newscaster")
)


# Bodies known by one name that reads like a person's ("Hamas said", "the Taliban said")
NAMED_BODIES = (
    _set(
        "hamas hezbollah hizbollah fatah taliban houthis ansarallah isis isil daesh al-shabaab "
        "al-qaeda wagner ecowas asean opec mercosur interpol europol frontex gazprom rosatom "
        "naftogaz polisario"
        # seats of government that speak for it, as "the Kremlin" does
        " elysee élysée chancellery farnesina itamaraty zhongnanhai"
        # a state's treasury, parliament, central bank or service known by its own one-word
        # name, which reads like a surname ("The U.S. Treasury said", "the Knesset voted")
        " treasury exchequer bundestag bundesrat knesset majlis majilis mazhilis sejm storting"
        " riksdag folketing eduskunta althing politburo bundesbank bundeswehr mossad"
    )
    | frozenset(("islamic state", "islamic jihad", "hayat tahrir al-sham"))
    | frozenset(
        ("downing street", "number 10", "no 10", "no. 10", "elysee palace", "élysée palace")
        + ("quai d'orsay", "quai d\u2019orsay")
        # Malaysia's foreign ministry, the Philippine presidential palace and the South Korean
        # presidential office, as Bernama, PNA and Yonhap copy lets them speak
        + ("wisma putra", "malacañang", "malacanang", "blue house", "cheong wa dae")
        # the military's joint command, whose plural "Chiefs" reads like a name (Yonhap copy)
        + ("joint chiefs of staff",)
    )
)

# a seat of government by its house number, known by its street: "No 10 said" is Downing Street
SEAT_BY_NUMBER = {n: "Downing Street" for n in ("number 10", "no 10", "no. 10")}

# a word ending so describes who or what follows it ("Texas-based Matt Mackowiak",
# "Qaeda-linked groups", "Pulitzer Prize-winning"): never part of a name
DESCRIPTOR = re.compile(
    r"-(?:based|area|linked|winning|born|backed|led|run|owned|funded|allied|aligned|affiliated)$"
)

# Nouns for a document, which speaks for whoever issued it ("the statement said")
DOCUMENTS = frozenset(
    {
        "statement",
        "document",
        "communique",
        "communiqu\u00e9",  # the same word with the accent most outlets keep
        "declaration",
        "note",
        "reply",
        "letter",
        "text",
        "message",
        "response",
        # "a previous release had said", "the readout said": the issuer's words too
        "release",
        "readout",
        # "the Council's conclusions say", "the text of the conclusions reads": the EU's
        # councils issue their positions as conclusions
        "conclusions",
    }
)

# Posts held for someone else, named by whom they serve: "the spokesman for President X",
# "Putin's foreign policy aide" (a regex alternation)
AIDE_POSTS = (
    r"spokesman|spokeswoman|spokesperson|press secretary|aide|adviser|advisor|envoy|"
    r"representative|assistant|deputy|chief of staff"
)

# a nickname in quotes between a person's given and family names ('Joko "Jokowi" Widodo',
# 'Ferdinand “Bongbong” Marcos')
QUOTED_NICKNAME = r"[\"\u201c\u2018][A-Z][a-z][\w'\u2019-]*[\"\u201d\u2019]"

# a stand taken in the present by the one who holds it ("We strongly condemn ...", "The
# Secretary-General welcomes ..."): the verbs both transcript readers share (the briefer's
# items, a post alone stating its stand), each adding its own; and the adverbs before them
STANCE_VERBS = ("condemn", "welcome", "commend", "congratulate", "deplore", "applaud", "urge")
STANCE_ADVERBS = r"also\s+|strongly\s+|warmly\s+"
# a feeling in the present by which a statement words its issuer's stand ("The
# Secretary-General is deeply concerned by ...", "He remains gravely alarmed at ..."), and the
# degree words before it: the one list the cue reader (cues.FEELING_FORMS), the transcript
# reader (a post alone stating its stand) and the statement page (a body's stance) share
STANCE_FEELINGS = (
    *("concerned", "alarmed", "saddened", "troubled", "dismayed", "appalled", "disturbed"),
    "shocked",
)
FEELING_DEGREES = (
    *("deeply", "gravely", "extremely", "seriously", "greatly", "very", "profoundly"),
    *("particularly", "also", "still", "increasingly"),
)
# the adjectives of the formula of condolence ("extends his deepest condolences", "offered
# her heartfelt sympathy"), and its nouns
CONDOLENCE_ADJECTIVES = (
    *("deepest", "deep", "sincere", "sincerest", "heartfelt", "profound", "warmest", "warm"),
    *("heartiest", "personal"),
)
CONDOLENCE_NOUNS = ("condolences", "sympathies", "sympathy")


# the common irregular pasts, past as "-ed" is: those that open a verb of saying ("drew
# attention to", "spoke of", "gave assurances", "held that", "paid tribute to", "took note
# of", "sought") and those of a deed told ("met", "led", "came", "sent"); not the forms a
# present shares ("put", "read", "hit", "forecast")
IRREGULAR_PAST = frozenset(
    ("said", "told", "wrote", "went", "made", "drew", "spoke", "gave", "held", "kept", "paid")
    + ("took", "sought", "began", "shot", "struck", "swore", "foresaw", "brought", "felt")
    + ("met", "led", "came", "sent")
)
