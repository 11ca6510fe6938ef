"""Who a surname in any case, a pronoun or a description refers to, inside one Russian article.

A wire story names a speaker in full once ("замглавы МИД РФ Сергей Рябков") and then writes
"Рябков", "Рябкова", "он", "замминистра" or "российский дипломат". Names are compared in the
nominative (the analyser puts "Рябковым" back to "Рябков"); a description goes to the last
person whose title it fits (a "замминистра" to a deputy minister, a "дипломат" to anyone
in foreign service), or, in a lead, to the one named in the next lines; a pronoun to the last
speaker of its gender.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from tracker.extract.russian import morph
from tracker.extract.russian.lexicon import DESCRIPTION_HEADS, ORG_HEADS, word_set
from tracker.extract.russian.name_words import east_asian, name_particle, son_of
from tracker.extract.russian.speakers import Speaker
from tracker.extract.spans import Spans

# Those an article quotes for their expertise: "эксперт", "политолог" refers back to them
_SCHOLARS = (
    r"эксперт|аналитик|политолог|востоковед|американист|экономист|историк|профессор|научн|"
    r"сотрудник|директор|руководител|глава (?:центра|фонда|института|совета)|председател|"
    r"редактор"
)
# The legislatures a title may name its holder's seat in
_LEGISLATURES = (
    r"госдум|(?<![\w-])дум[аыеу]|совета? федерации|совфед|(?<![\w-])сф(?![\w-])|парламент|"
    r"сенат|конгресс|"
    r"(?<![\w-])рад[аыеу](?![\w-])|бундестаг|кнессет|меджлис|сейм|кенеш|мажилис|мажлис|хурал|"
    r"законодательн|(?:национальн|народн|федеральн|государственн)\w* собрани"
)
# China's head of state by his title: "Председатель КНР", "председатель Китая"
_CHINA_CHAIRMAN = r"председател[ьяю]? (?:кнр|китая|китайской народной республики)"
_OFFICIAL = r"^(?!(?:президент|премьер|канцлер|корол|эмир|монарх|лидер|глава государства))"
# "Государственный секретарь США": the Secretary of State's title written out in full, as the
# press gives it once before "госсекретарь"
_SECRETARY_OF_STATE = r"госсекретар|государственн\w* секретар"
# What a description's head (by lemma) can refer to, as a pattern over a person's title
_HEAD_ROLES = {
    "дипломат": r"мид|министр|посол|постпред|представител|дипломат|иностранных дел|"
    rf"посланник|консул|{_SECRETARY_OF_STATE}|дипмисси",
    "замминистра": r"замминистра|замглавы|заместител[ья] (?:министра|главы)|вице-министр",
    "замглавы": r"замминистра|замглавы|заместител[ья] (?:министра|главы)",
    "заместитель": r"зам|заместител",
    "министр": r"министр|глава (?:\w+ )?(?:мид|министерства|внешнеполитическ|дипломати)",
    "глава": r"глава|министр|руководител|президент|председател|начальник|директор",
    "руководитель": r"глава|руководител|начальник|директор",
    "посол": r"посол|посланник",
    "постпред": r"постпред|постоянный представител",
    # a communications post speaks for its body: "координатор СНБ ... по стратегическим
    # коммуникациям" is later "представитель Белого дома"
    "представитель": r"представител|постпред|спикер|пресс-секретар|по (?:\w+ )?коммуникаци",
    "пресс-секретарь": r"пресс-секретар|представител|спикер|по (?:\w+ )?коммуникаци",
    # a spokesperson, and the chair of a legislature ("Председатель Национального собрания",
    # "председатель Госдумы"), the one the press also calls "спикер"
    "спикер": r"спикер|представител|пресс-секретар|"
    # (the chair of the whole house, not of one of its committees)
    rf"^председател[ья]? (?:[а-яё]+(?:ого|ой|ей|его) )?(?:{_LEGISLATURES}|национального собрания)",
    "президент": r"президент|глава государства",
    "премьер": r"премьер",
    "премьер-министр": r"премьер",
    # a leader heads a state, a government or a party, not a fund ("глава РФПИ"); China's
    # head of state is its chairman ("Председатель КНР Си Цзиньпин ... Китайский лидер")
    "лидер": r"президент|премьер|лидер|глава (?:государства|правительства|кабинета|страны|партии)|"
    rf"{_CHINA_CHAIRMAN}",
    "генсек": r"генсек|генеральный секретар",
    "генсекретарь": r"генсек|генеральный секретар",
    "канцлер": r"канцлер",
    "госсекретарь": _SECRETARY_OF_STATE,
    "советник": r"советник|помощник",
    "помощник": r"советник|помощник",
    "начальник": r"начальник|глава|руководител",
    "председатель": r"председател|глава",
    "зампред": r"зампред|заместител[ья] председател",
    # "заместитель главы Министерства ...", "замглавы МИД": a post in government is a politician's
    "политик": r"депутат|сенатор|министр|министерств|президент|премьер|лидер|глав|председател|"
    r"спикер|политик|парламентари|заместител|замминистр|замглав|госсекретар|канцлер",
    "депутат": r"депутат|парламентари|член (?:комитета|госдумы|парламента)|глава комитета|"
    r"председател[ья] комитета|"
    # "глава думского Комитета по делам СНГ": a committee of the Duma is chaired by a deputy
    r"(?:глава|председател[ья]|зампред\w*) (?:думск|парламентск)\w* комитета|"
    # "председатель постоянной комиссии парламента": a commission of a legislature
    rf"(?:председател[ья]|глава) (?:[а-яё-]+ ){{0,2}}комиссии (?:{_LEGISLATURES})",
    # "председатель Комитета СФ": the Federation Council by its initials
    "сенатор": r"сенатор|совета федерации|совфед|(?<![\w-])сф(?![\w-])",
    # any post in a legislature: "председатель комитета Госдумы", "вице-спикер Рады"
    "парламентарий": rf"депутат|сенатор|парламентари|{_LEGISLATURES}",
    # a general serves in the forces or the security apparatus: "госсекретарь Совета
    # безопасности Белоруссии" is later "белорусский генерал"
    "генерал": r"генерал|командующ|генштаб|министр обороны|минобороны|совет\w* безопасности|"
    r"совбез|войск|вооруженных сил|разведк",
    "эксперт": _SCHOLARS,
    "аналитик": _SCHOLARS,
    "политолог": _SCHOLARS,
    "коллега": r".",  # any post; only the country said ("американский коллега") tells
    # any official post ("чиновница добавила", "по словам госслужащей"), but no head of
    # state or government, whom the press does not call an official
    "чиновник": _OFFICIAL,
    "чиновница": _OFFICIAL,
    "госслужащий": _OFFICIAL,
}
# A legislature's chamber as the press names it after its full name was given
_CHAMBERS = r"палат|парламент|сенат"
# A serving post at the Kremlin, the title and its complement: the president's aide,
# adviser or spokesman ("помощник президента России", "пресс-секретарь Кремля"), not a
# former one ("бывший кремлевский чиновник") nor a foreign president's aide; the president
# may be named ("пресс-секретарь (президента) Владимира Путина"), but no country follows;
# the post may go on by its field ("помощник президента РФ по международным делам") only
# where the president is shown Russian: "помощник президента по национальной безопасности"
# is as often Washington's or Kyiv's
_KREMLIN_HEAD = r"(?:президента|главы государства|лидера)"
_KREMLIN_RU = (
    rf"(?:российского {_KREMLIN_HEAD}|{_KREMLIN_HEAD} (?:россии|рф|российской федерации))"
    r"(?: (?:владимира )?путина)?"
    rf"|(?:{_KREMLIN_HEAD} )?(?:владимира )?путина|кремля"
)
_KREMLIN_POST = (
    rf"^(?:помощник|советник|пресс-секретар)\w* (?:(?:{_KREMLIN_RU})(?: по \w+| |$)|"
    rf"{_KREMLIN_HEAD}(?: |$))(?!\w)"
)
# "глава дипмиссии" is an ambassador, "глава МИД" a foreign minister
_COMPLEMENTS = [
    # "представитель Кремля", "спикер Кремля": one who speaks for the president, his aide
    # or spokesman by his own title; no foreign envoy whose title only holds the word
    # ("спецпредставитель президента США")
    (
        r"(?<![\w-])(?:представител|спикер|пресс-секретар)\w* кремля",
        rf"{_KREMLIN_POST}|^(?:официальн\w+ )?(?:представител|спикер|пресс-секретар)\w* "
        r"(?:кремля|российского|президента? (?:россии|рф))",
    ),
    # "кремлевский дипломат", "кремлевский чиновник": the press's name for a president's
    # aide or spokesman (Ушаков, Песков), whatever his post's own words
    (
        r"кремл[её]вск\w* (?:дипломат|чиновник|чиновниц)",
        _KREMLIN_POST,
    ),
    (
        r"(?<![\w-])глав\w* (?:\w+ )?(?:дипмисси|посольств|миссии)",
        r"посол|постпред|посланник|глава",
    ),
    # the head of a foreign ministry by any of the words the press varies ("глава МИД",
    # "шеф российской дипломатии", "руководитель внешнеполитического ведомства"): its
    # minister; "шеф" and "руководитель" only with the ministry itself or an adjective before
    # it ("руководитель департамента МИД" heads a department, not the ministry)
    (
        r"(?<![\w-])(?:глав\w* (?:\w+ )?|(?:шеф|руководител)\w* (?:\w+(?:ого|его|ой|ей) )?)"
        r"(?:мид|министерства иностранных|внешнеполитическ|дипломати)",
        r"министр|госсекретар|глава (?:\w+ )?(?:мид|министерства|внешнеполитическ|дипломати)",
    ),
    # the bodies the press names a post by: "глава Госдепа" is the Secretary of State
    (
        r"(?<![\w-])(?:глав|шеф|руководител)\w* (?:госдеп|государственного департамента)",
        rf"{_SECRETARY_OF_STATE}|глава госдеп|шеф госдеп",
    ),
    (r"(?<![\w-])(?:глав|шеф|руководител)\w* пентагон", r"министр обороны|пентагон"),
    # "глава военного ведомства", "шеф оборонного ведомства": the defence minister, the
    # ministry named by its field as the wires vary their words
    (
        r"(?<![\w-])(?:глав|шеф|руководител)\w* (?:военного|оборонного) ведомств",
        r"министр обороны|глава (?:минобороны|министерства обороны|пентагон)",
    ),
    (
        r"(?<![\w-])(?:глав|шеф|руководител)\w* финансового ведомств",
        r"министр финансов|глава (?:минфин|министерства финансов)",
    ),
    (r"(?<![\w-])(?:глав|хозя)\w* белого дома", r"президент|белого дома"),
    (r"(?<![\w-])глав\w* государств", r"президент|глава государства|лидер|король|эмир"),
    # "глава ведомства" points back at the body named before, whatever its name: the head
    # of it, minister or director, not someone whose title holds the word "ведомство"
    (
        r"(?<![\w-])(?:глав|руководител|шеф)\w* (?:этого |данного )?ведомств",
        r"министр|глава|руководител|директор|начальник|госсекретар|председател",
    ),
    # the head of government, whichever body the country calls its government ("председатель
    # Кабинета министров" in Kyrgyzstan)
    (
        r"(?<![\w-])глав\w* (?:правительств|кабмин|кабинет)",
        r"премьер|(?:председатель|глава) (?:правительства|кабинета|кабмина)",
    ),
    # "глава республики", "руководитель страны": the head of state the story is about
    (
        r"(?<![\w-])(?:глав|руководител|лидер)\w* (?:республик|страны)",
        r"президент|лидер|глава государства|глава республики",
    ),
    # "глава региона", "руководитель области": the governor of the region named before
    # (regional news and the wires' regional copy), by whatever title the region gives him
    (
        r"(?<![\w-])(?:глав|руководител)\w* (?:региона|области|края|субъекта|округа)",
        r"губернатор|аким|хоким|(?:глава|руководитель) (?:\w+ )?(?:региона|области|края|округа)",
    ),
    # "спикер палаты", "глава сената": the presiding officer of the chamber named before
    # ("председатель Совета Федерации", "спикер Госдумы"), not a ministry's spokesman
    (
        rf"(?<![\w-])(?:глав|спикер|председател|руководител)\w* (?:\w+ )?(?:{_CHAMBERS})",
        rf"(?:спикер|председател|глава)\w* (?:\w+ )?(?:{_CHAMBERS}|совета федерации|совфед|"
        r"сф\b|госдум|думы|меджлис|мажилис|сейм|кнессет|конгресс|национального собрания)",
    ),
    # "глава министерства" points back at the ministry named before, as "глава ведомства"
    (
        r"(?<![\w-])(?:глав|руководител|шеф)\w* (?:этого |данного )?министерств\w*$",
        r"министр|глава|руководител",
    ),
]
# Two words that say no more than one: "глава государства" is a bare "президент", "глава
# правительства" a bare "премьер", whoever's they are
_BARE_POST = re.compile(r"глав\w* (?:государств|правительств)\w*")
# Heads of a description that name the post itself: a title holding it only in a complement
# ("помощник президента", "заместитель министра") is another post
_TOP_POSTS = frozenset(
    ["президент", "глава", "лидер", "министр", "премьер", "премьер-министр", "канцлер",
     "госсекретарь", "генсек", "генсекретарь", "посол", "постпред", "председатель"]
)  # fmt: skip


def _holds(pattern: str, role: str, head: str) -> bool:
    """Whether a title (lower case) fits a description's pattern; for a head naming a post
    (``_TOP_POSTS``), not where the match is only the complement of another post before it
    ("помощник президента" is no "глава Белого дома", "заместитель главы МИД" no
    "министр")."""
    if head not in _TOP_POSTS:
        return re.search(pattern, role) is not None
    for m in re.finditer(pattern, role):
        before = role[: m.start()].split()
        # "пресс-секретарь российского президента": the post whose complement it is stands
        # before the complement's adjectives
        while before and _modifier(before[-1]):
            before.pop()
        owner = morph.lemma(before[-1]) if before else ""
        if owner in DESCRIPTION_HEADS and owner != head and not m.group().startswith(owner):
            continue
        return True
    return False


def _modifier(word: str) -> bool:
    """Whether a word of a title is an adjective before its noun ("российского"), not a
    post."""
    return morph.lemma(word) not in DESCRIPTION_HEADS and morph.has_tag(word, "ADJF")


# Titles too general to say more than the description itself
_GENERIC = re.compile(r"^(?:\w+ )?(?:дипломат|представитель|политик|лидер)$")
# A post named by whose it is ("его первый заместитель", "ее советник"): its body is the one
# named before, which the title does not repeat; a description by membership of a body
# ("сенатор", "дипломат") cannot contradict it, one by a post ("министр") names the superior
_POST_OF_ANOTHER = re.compile(r"^(?:его|ее|её|их) ")
_MEMBERSHIP = frozenset(
    ["сенатор", "депутат", "парламентарий", "дипломат", "политик", "чиновник", "чиновница"]
)
_LEAD_AHEAD = 600
_NEWLINE = re.compile("\n")
# Whose posts a Russian page with no dateline is written among
_HOME = "Russia"
_LOOK_BACK = 64  # mentions


@dataclass
class Entity:
    """A speaker the article names, and every position where it is mentioned."""

    name: str
    kind: str
    role: str | None = None
    institution: str | None = None
    country: str | None = None
    gender: str | None = None
    head: str | None = None
    positions: list[int] = field(default_factory=list)
    order: int = 0  # the how-manieth entity of the article
    # the other posts the article gives: "глава российской делегации, помощник президента"
    other_roles: list[str] = field(default_factory=list)

    @property
    def surname(self) -> str:
        return surname_of(self.name)


def _addressed(name: str) -> bool:
    """Whether ``name`` is a given name and a patronymic alone ("Дмитрий Анатольевич"): how
    an interviewer addresses the one named in full above ("Дмитрий Медведев"), no surname
    of its own."""
    parts = name.split()
    return len(parts) == 2 and morph.has_tag(parts[1], "Patr")


def surname_of(name: str) -> str:
    """The surname of a full name, lower case: the last word, the first of an East Asian
    name ("Ван И"), the father's name before "уулу" ("Нурлан Абдыкадыр уулу")."""
    parts = name.split() or [""]
    if len(parts) >= 2 and son_of(parts[-1]):
        parts = parts[:-1]
    last = parts[0] if len(parts) > 1 and east_asian(parts[0]) else parts[-1]
    return last.lower().replace("ё", "е")


def _given_name(name: str) -> str:
    """The given name of a full name: its first word, the last of an East Asian name ("Ван
    И" and "Ван Вэньбинь" are two people)."""
    parts = name.split()
    return parts[-1] if len(parts) > 1 and east_asian(parts[0]) else parts[0]


def same_surname(a: str, b: str) -> bool:
    """Two nominative surnames of one person; a form the analyser could not put back to the
    nominative ("Дуйшембиева" of an unknown foreign name) still meets its stem."""
    a, b = a.lower().replace("ё", "е"), b.lower().replace("ё", "е")
    if a == b:
        return True
    if len(a) == len(b) >= 4 and a[:-1] == b[:-1] and a[-1] in "аяыиую" and b[-1] in "аяыиую":
        return True  # "Кулебы", "Суги", "Сибигу" left as written beside "Кулеба", "Суга"
    short, long_ = sorted((a, b), key=len)
    return len(short) >= 4 and long_.startswith(short) and len(long_) - len(short) <= 2


def _tail_of(name: str, full: str) -> bool:
    """ "Аль Нахайян", "Лула да Силва", "фон дер Ляйен", "Жолдошбек уулу": the last words of
    a full name known ("Абдалла бен Заид Аль Нахайян"), a surname written with its article,
    particle or first part, or a father's name with "son of", which is that person's, not
    another's with another given name."""
    words = name.split()
    if not any(name_particle(w) for w in words[:-1]) and not son_of(words[-1]):
        return False  # "Мария Захарова" is no surname of "Захарова Мария Захарова"
    return full.lower().replace("ё", "е").endswith(" " + name.lower().replace("ё", "е"))


def _nominative_ending(new: str, known: str) -> bool:
    """ "Суга" after "Ёсихидэ Суги", "Сибига" after "Андрея Сибигу": a surname in "-а", "-я"
    where the one known ends in "-ы", "-и", "-у", "-ю", a genitive or accusative the analyser
    could not put back and left as written."""
    return (
        len(new) == len(known) >= 4
        and new[:-1] == known[:-1]
        and new[-1] in "ая"
        and known[-1] in "ыиую"
    )


def _case_ending_dropped(new: str, known: str) -> bool:
    """ "Си Цзиньпин" after "Си Цзиньпина" in a headline: a foreign name ending in a consonant,
    known first in a case the analyser could not put back ("-а", "-у", "-ом", "-е" added)."""
    new, known = new.lower().replace("ё", "е"), known.lower().replace("ё", "е")
    return (
        len(new) >= 4
        and new[-1] not in _VOWELS
        and known.startswith(new)
        and known[len(new) :] in ("а", "у", "ом", "е")
    )


_VOWELS = frozenset("аеиоуыэюяй")


def _his_name_declined(name: str, known: str) -> bool:
    """ "Александра Грушко", "Евгения Шевченко" after "Александр Грушко", "Евгений Шевченко"
    named before: an undeclined surname after the genitive of the man's given name, which
    reads as a woman's name ("интервью Александра Грушко" is his interview, not hers)."""
    first, surname = name.split()[0], surname_of(name)
    return (
        len(name.split()) == 2
        and len(known.split()) == 2
        and surname == surname_of(known)
        and first.lower() != known.split()[0].lower()
        and known.split()[0].lower().replace("ё", "е") in morph.lemmas(first)
    )


_NEAR = 40  # characters either side of a name its verb stands within, in its clause
_CLAUSE_STOP = re.compile(r"[.!?;:,\n]")
_WORD = re.compile(r"\w+")
_VERB_WORDS = 3  # "Александра Шевченко в среду заявила": the verb within three words


def _her_verb(text: str, start: int, end: int) -> bool:
    """Whether a verb in the feminine past stands by the name at ``[start, end)``, in its
    clause ("Александра Шевченко заявила", "заявила журналист Александра Шевченко"): a
    woman speaks, whatever man of her surname was named before (not a participle of
    another noun: "запись выступления Евгения Шевченко опубликована")."""
    after = _CLAUSE_STOP.split(text[end : end + _NEAR], 1)[0]
    before = _CLAUSE_STOP.split(text[max(0, start - _NEAR) : start])[-1]
    near = _WORD.findall(after)[:_VERB_WORDS] + _WORD.findall(before)
    return any(
        p.tag.POS == "VERB" and p.tag.gender == "femn" for w in near for p in morph.parses(w)
    )


def _compatible(gender: str | None, entity: Entity) -> bool:
    return gender is None or entity.gender is None or gender == entity.gender


def _service_or_delegation(name: str) -> bool:
    """Whether an institution's name is a press service or a delegation: bodies that a
    generic "МИД", "ведомство" never refers back to."""
    words = [morph.lemma(w) for w in name.split()[:2]]
    return words[:1] == ["пресс-служба"] or "делегация" in words


def _foreign(name: str) -> bool:
    """Whether an institution's name is a foreign ministry's ("МИД Казахстана",
    "Министерство иностранных дел")."""
    low = name.lower()
    return low.startswith("мид") or "иностранных дел" in low or "внешнеполитическ" in low


# Bodies that are no government department: a mission, a secretariat, an international
# organization. A generic "ведомство", "министерство" or "МИД" names a ministry or agency,
# so it refers back past them to the department named before ("МИД уведомил Турцию и
# секретариат ООН ... говорится в заявлении министерства")
_NO_DEPARTMENT = word_set(
    "секретариат представительство постпредство миссия дипмиссия диппредставительство "
    "посольство консульство генконсульство оон нато ес евросоюз обсе магатэ мккк вооз "
    "юнеско одкб снг шос брикс еаэс генассамблея ассамблея"
)


def _department(name: str) -> bool:
    """Whether an institution may be what a generic "ведомство" refers back to first."""
    return not _NO_DEPARTMENT.intersection(morph.lemma(w) for w in name.split()[:2])


# A post of "this country" ("президент республики", "глава МИД страны"): of the country the
# story is filed from, not of the outlet's
_OF_THIS_COUNTRY = re.compile(r"(?<![\w-])(?:республики|страны)$")


# A country named as a republic: "республики Казахстан", "Республика Беларусь", "Киргизской
# Республики" (a noun after, or an adjective before); read in the first characters only
_REPUBLIC_NAMED = re.compile(
    r"(?:(?P<before>[А-ЯЁ][а-яё]+) )?(?<![\w-])[Рр]еспублик[аеиуо]\w{0,2}"
    r"(?: (?P<after>[А-ЯЁ][а-яё-]+))?"
)
_REPUBLIC_READ = 20000
# "МИД республики", "внешнеполитическое ведомство республики": a body named by its kind and
# the bare genitive "республики" (not "этой республики", which points back)
_OF_REPUBLIC = re.compile(r"(?<![\w-])республики$")


def _of_the_republic(speaker: Speaker) -> bool:
    """Whether an institution is named by its kind and "республики" alone."""
    name = (speaker.name or "").lower()
    if not _OF_REPUBLIC.search(name) or _POINTING_COUNTRY.search(name):
        return False
    return _bare(speaker)


def by_its_country(text: str, name: str, country: str | None) -> str:
    """ "МИД республики" in a story filed from Minsk that writes "МИД Беларуси" elsewhere: a
    body of "this country" by the name the story gives it with its country's."""
    from tracker.extract.russian.name_words import country_of

    of_this = _OF_THIS_COUNTRY.search(name.lower())
    if of_this is None or country is None:
        return name
    head = name[: of_this.start()].strip()
    for m in re.finditer(rf"(?<![\w-]){re.escape(head)}\s+(?P<land>[А-ЯЁ][\w-]+)", text):
        if country_of(m["land"]) == country:
            return f"{head} {m['land']}"
    return name


# "отвечая на просьбу прокомментировать данное заявление", "комментируя эти слова": the
# speaker answers words reported before, which are someone else's (not "свои слова")
_COMMENTING = re.compile(
    r"(?<!\w)(?:прокомментировать|комментируя|прокомментировав)\s+"
    r"(?:данн|эт|так|подобн|упомянут)\w*\s+(?:заявлени|слов|высказывани|утверждени)",
    re.I,
)
_COMMENT_REACH = 200  # characters either side of the pronoun
# Words telling that the words a sentence reports were said before ("Ранее Макрон заявил")
_EARLIER_WORDS = re.compile(r"(?<!\w)(?:ранее|до этого|перед этим)(?!\w)", re.I)
_EARLIER_AFTER = 40  # characters after a mention its sentence's verb may come in
_QUOTE_MARKS = ('"', "«", "»", "“", "”", "„")
# the posts of one who speaks for a country abroad: "постоянный представитель", "посол",
# "постпред", "спецпредставитель", "посланник"
_ENVOY_POST = re.compile(r"представител|посол|постпред|посланник", re.I)
# a place or occasion put before a description: "На консультациях в Женеве китайский ..."
_OCCASION_FIRST = re.compile(r"\s*(?:на|в|во)\s", re.I)


def _own_occasion(text: str, pos: int) -> bool:
    """Whether the sentence of the description at ``pos`` opens with a place or occasion
    of its own before it."""
    start = max(text.rfind(". ", 0, pos) + 1, text.rfind("\n", 0, pos) + 1)
    return _OCCASION_FIRST.match(text, start, pos) is not None


class Registry:
    """The people and institutions of one article, and the rules that resolve a mention."""

    def __init__(
        self, country: str | None, place_country: str | None = None, text: str = ""
    ) -> None:
        self.country = country
        # the country of the dateline's place ("АНКАРА, 13 марта. /ТАСС/."): the one "президент
        # республики" is of, where the outlet's own country is another
        self.place_country = place_country
        self.entities: list[Entity] = []
        self.hidden = Spans()
        self.aside = Spans()
        self._by_key: dict[object, list[Entity]] = {}  # see _index
        # (position, -entity order, entity), sorted: at one position the entity named first
        # is met first walking back
        self._mentions: list[tuple[int, int, Entity]] = []
        self.pending: Callable[[], None] | None = None  # adds the institutions, when needed
        # where a description fits several people the text tells apart by nothing
        self.undecided: set[int] = set()
        # where the article's paragraphs end, in order
        self.breaks = [m.start() for m in _NEWLINE.finditer(text)]
        self._text = text
        self._republics: tuple | None = None  # see _republic

    def hide(self, spans: list[tuple[int, int]], aside: Sequence[tuple[int, int]] = ()) -> None:
        """Mentions inside these spans (what was said) are not candidate speakers, nor, even
        for a description that may mean someone quoted, those ``aside`` the story (links to
        other stories, photo captions)."""
        self.hidden = Spans([*spans, *aside])
        self.aside = Spans(aside)

    def _visible(self, pos: int) -> bool:
        return pos not in self.hidden

    def knows(self, word: str, exactly: bool = False) -> bool:
        """Whether ``word`` is the surname of a person the article named; ``exactly``: in the
        very form it was named in, the nominative."""
        w = word.lower().replace("ё", "е")
        return any(
            e.kind == "person"
            and (e.surname.replace("ё", "е") == w if exactly else same_surname(e.surname, word))
            for e in self._candidates(word)
        )

    def mention_known(self, word: str, pos: int) -> None:
        """A surname alone, in any case, of the one person named so before ("требовавшие от
        Зеленского"): a mention a later description may mean ("Сам президент ..."), though
        it names no one new."""
        forms = {word.lower().replace("ё", "е")} | {
            form.replace("ё", "е") for form in morph.lemmas(word)
        }
        found = {
            id(e): e
            for form in forms
            for e in self._candidates(form)
            if e.kind == "person" and same_surname(e.surname, form)
        }
        if len(found) == 1:
            # only as a mention met walking back, no place the person is named at (the
            # date beside a passing name is not the day the person spoke); but the surname
            # as it was named ("Во вторник Трамп объяснил ..."), a subject: a place too
            entity = next(iter(found.values()))
            if word.lower().replace("ё", "е") == entity.surname.lower().replace("ё", "е"):
                self._mention(entity, pos)
            else:
                self._met(entity, pos)

    def _candidates(self, surname: str) -> list[Entity]:
        """People whose surname may be ``surname`` by :func:`same_surname`: the same, up to
        two letters shorter or longer, or another last letter; in the order they were named."""
        w = surname.lower().replace("ё", "е")
        out: list[Entity] = []
        for key in (("=", w), ("=", w[:-1]), ("=", w[:-2]), ("-1", w), ("-2", w), ("-1", w[:-1])):
            out.extend(e for e in self._by_key.get(key, ()) if e not in out)
        return sorted(out, key=lambda e: e.order) if len(out) > 1 else out

    def _index(self, entity: Entity) -> None:
        if entity.kind == "person":
            s = entity.surname
            keys: list[object] = [("=", s), ("-1", s[:-1]), ("-2", s[:-2])]
            words = entity.name.split()
            if len(words) > 1:
                keys.append(("given", words[0].lower().replace("ё", "е")))
        else:
            keys = [_institution_key(entity.name)]
        for key in keys:
            found = self._by_key.setdefault(key, [])
            if entity not in found:
                found.append(entity)

    def _mention(self, entity: Entity, pos: int) -> None:
        bisect.insort(entity.positions, pos)
        self._met(entity, pos)

    def _met(self, entity: Entity, pos: int) -> None:
        """A mention met walking back from a description or a pronoun."""
        key = (pos, -entity.order)
        i = bisect.bisect_left(self._mentions, key)
        if i == len(self._mentions) or self._mentions[i][:2] != key:
            self._mentions.insert(i, (pos, -entity.order, entity))

    def find(self, speaker: Speaker) -> Entity | None:
        found = self._find(speaker, speaker.name or "")
        written = speaker.text.split()[-1] if speaker.text else ""
        if found is None and speaker.kind == "person" and " " not in (speaker.name or " "):
            # "По словам Шольца": a foreign surname the analyser puts back wrongly ("Шолец")
            # still meets the one named in full as written
            found = self._find(speaker, written)
        if found is None and speaker.kind == "person" and " " not in (speaker.name or " "):
            found = self._by_given_name(speaker.name or "", speaker.start)
        if found is None and speaker.kind == "person" and " " not in (speaker.name or " "):
            found = self._man_in_genitive(speaker.name or "")
        if found is None and speaker.kind == "person" and _addressed(speaker.name or ""):
            found = self._by_given_name(speaker.name.split()[0], speaker.start)
        return found

    def _man_in_genitive(self, word: str) -> Entity | None:
        """ "переговоры Путина и Трампа": a lone surname in "-а" read as a woman's is the
        genitive of a man the article names in full ("Владимир Путин"), not another person."""
        stem = word.lower().replace("ё", "е")[:-1]
        if not word.endswith("а"):
            return None
        found = [
            e
            for e in self._candidates(stem)
            if e.kind == "person" and " " in e.name and e.gender == "m" and e.surname == stem
        ]
        return found[0] if len(found) == 1 else None

    def _by_given_name(self, name: str, pos: int) -> Entity | None:
        """The one person named in full before ``pos`` whose given name ``name`` is
        ("президент Индонезии Прабово Субианто ... Прабово говорил"): some peoples' leaders
        go by it alone, and no surname of the article is that word."""
        found = self._by_key.get(("given", name.lower().replace("ё", "е")), [])
        if len(found) != 1 or not found[0].positions or found[0].positions[0] >= pos:
            return None
        return found[0]

    def _find(self, speaker: Speaker, name: str) -> Entity | None:
        if not name:
            return None
        candidates = (
            self._candidates(surname_of(name))
            if speaker.kind == "person"
            else self._by_key.get(_institution_key(name), [])
        )
        for e in reversed(candidates):
            if e.kind != speaker.kind:
                continue
            if e.kind == "institution" and _same_institution(e.name, name):
                return e
            if e.kind == "person" and same_surname(e.surname, surname_of(name)):
                first, efirst = _given_name(name), _given_name(e.name)
                if not _compatible(speaker.gender, e) and not (
                    e.positions
                    and e.positions[0] < speaker.start
                    and _his_name_declined(name, e.name)
                    and not _her_verb(self._text, speaker.start, speaker.end)
                ):
                    continue
                if " " not in name or " " not in e.name or first[:3] == efirst[:3]:
                    return e
                if _tail_of(name, e.name):
                    return e
        return None

    def add(self, speaker: Speaker, pos: int | None = None) -> Entity:
        """Record a named mention; a surname joins the full name already known."""
        found = self.find(speaker)
        country = speaker.country or (self.country if speaker.role else None)
        if (
            not speaker.country
            and self.place_country
            and _OF_THIS_COUNTRY.search((speaker.role or "").lower())
        ):
            country = self.place_country
        if found is None:
            found = Entity(
                speaker.name or speaker.text,
                speaker.kind,
                speaker.role,
                speaker.institution,
                country,
                speaker.gender,
                speaker.head,
            )
            found.order = len(self.entities)
            self.entities.append(found)
            self._index(found)
        else:
            if len((speaker.name or "").split()) > len(found.name.split()):
                nominative = found.name.split()[-1]
                found.name = speaker.name or found.name
                if _nominative_ending(nominative.lower(), found.surname):
                    # "Сибига ... цитирует министра Андрея Сибигу": the ending named first
                    found.name = found.name[: -len(nominative)] + nominative
                self._index(found)
            elif _nominative_ending(surname_of(speaker.name or ""), found.surname) and (
                found.name.lower().replace("ё", "е").endswith(found.surname)
            ):
                found.name = found.name[: -len(found.surname)] + speaker.name.split()[-1]
                self._index(found)
            elif _case_ending_dropped(speaker.name or "", found.name):
                found.name = speaker.name or found.name
                self._index(found)
            if speaker.role and (not found.role or _GENERIC.match(found.role.lower())):
                found.role = speaker.role
            elif speaker.kind == "person" and speaker.role and _new_post(speaker.role, found):
                found.other_roles.append(speaker.role)
            found.institution = found.institution or speaker.institution
            found.country = found.country or country
            found.gender = found.gender or speaker.gender
        self._mention(found, speaker.start if pos is None else pos)
        return found

    def _collect_institutions(self) -> None:
        """The institutions the page names in full, once, when first needed."""
        if self.pending is not None:
            collect, self.pending = self.pending, None
            collect()

    def _recent(
        self,
        pos: int,
        ok,
        *,
        hidden_too: bool = False,
        skip: Callable[[int], bool] | None = None,
    ) -> Entity | None:
        """The entity of the last visible mention before ``pos`` that ``ok`` accepts, among
        the last few mentions (a description refers back a few sentences, not a book); not
        one at a place ``skip`` refuses."""
        i = bisect.bisect_left(self._mentions, (pos, -len(self.entities) - 1))
        for p, _, e in reversed(self._mentions[max(0, i - _LOOK_BACK) : i]):
            if skip is not None and skip(p):
                continue
            if (self._visible(p) or (hidden_too and p not in self.aside)) and ok(e):
                return e
        return None

    def _only_recent(self, pos: int, ok, *, hidden_too: bool = False) -> Entity | None:
        """The one entity among the last few visible mentions before ``pos`` that ``ok``
        accepts (with ``hidden_too``, those in what was said as well); None when they name
        more than one (``pos`` is then kept in ``undecided``)."""
        i = bisect.bisect_left(self._mentions, (pos, -len(self.entities) - 1))
        found = {
            id(e): e
            for p, _, e in self._mentions[max(0, i - _LOOK_BACK) : i]
            if (self._visible(p) or (hidden_too and p not in self.aside)) and ok(e)
        }
        if len(found) > 1:
            self.undecided.add(pos)
        return next(iter(found.values())) if len(found) == 1 else None

    def people_named(self, start: int, end: int) -> list[tuple[int, Entity]]:
        """Where each person is mentioned, outside what was said, in ``[start, end)``."""
        i = bisect.bisect_left(self._mentions, (start, -len(self.entities) - 1))
        j = bisect.bisect_left(self._mentions, (end, -len(self.entities) - 1))
        return [
            (p, e) for p, _, e in self._mentions[i:j] if e.kind == "person" and self._visible(p)
        ]

    def describes_one_named(self, speaker: Speaker, before: int) -> bool:
        """Whether a description ("министр", "глава государства") may refer to a person the
        article named before ``before``: one whose title fits it, or one named without a
        title whom nothing contradicts (someone whose words another may pass on)."""
        head = speaker.head or ""
        pattern = _HEAD_ROLES.get(head) or (
            re.escape(head[: max(4, len(head) - 2)]) if head else None
        )
        for said, means in _COMPLEMENTS:
            if re.search(said, (speaker.role or "").lower()):
                pattern = means  # "глава государства" is a president
        if pattern is None:
            return False
        return any(
            _holds(pattern, f"{e.role} {e.institution or ''}".lower(), head)
            if e.role
            else _compatible(speaker.gender, e)
            and (not speaker.country or not e.country or speaker.country == e.country)
            for _, e in self.people_named(0, before)
        )

    def institution(
        self,
        head: str,
        pos: int,
        country: str | None = None,
        *,
        central_bank: bool = False,
        skip: Callable[[int], bool] | None = None,
    ) -> Entity | None:
        """The institution "ведомство", "министерство" or "посольство" refers back to; of
        ``country`` when given ("азербайджанское ведомство"); a central or national bank
        only when ``central_bank`` ("центральный банк"); not one named where ``skip``
        refuses."""
        self._collect_institutions()
        generic = head in ("ведомство", "министерство", "мид")
        kind = _SAME_KIND.get(head, head)
        # "регулятор", "Центробанк": a central bank, never "Всемирный банк"
        central_bank = central_bank or (kind == "банк" and head != "банк")

        def refers_to(e: Entity) -> bool:
            return (
                e.kind == "institution"
                and (country is None or e.country == country)
                and (not central_bank or _CENTRAL_BANK.search(e.name.lower()) is not None)
                and (
                    # ("в ведомстве": a ministry, never someone's press service, nor the
                    # delegation a ministry sent: "Делегация Грузии потребовала ...,
                    # говорится в сообщении МИД"); "МИД" names its kind, a foreign
                    # ministry, not the government or council named before
                    (
                        generic
                        and not _service_or_delegation(e.name)
                        and (head != "мид" or bool(_FOREIGN_MINISTRY.search(e.name.lower())))
                    )
                    or _SAME_KIND.get(morph.lemma(e.name.split()[0]), "") == kind
                    or morph.lemma(e.name.split()[0]) == kind
                    or e.head in (head, kind)
                )
            )

        if generic:
            department = self._recent(
                pos, lambda e: refers_to(e) and _department(e.name), skip=skip
            )
            if department is not None:
                return department
        return self._recent(pos, refers_to, skip=skip)

    def _republic(self) -> tuple[str, str | None] | None:
        """The one country the text names as a republic ("республики Казахстан", "Киргизской
        Республики"), the one its "республики" means, with the noun it names it by when it
        follows ("Казахстан"); None when the text names none, or several."""
        from tracker.extract.russian.name_words import country_of

        if self._republics is not None:
            return self._republics[0]
        found: dict[str, str | None] = {}
        for m in _REPUBLIC_NAMED.finditer(self._text[:_REPUBLIC_READ]):
            after, before = m["after"], m["before"]
            if after and not morph.has_tag(after, "ADJF") and country_of(after):
                found[country_of(after)] = after
            if before and morph.has_tag(before, "ADJF") and country_of(before):
                found.setdefault(country_of(before), None)
        self._republics = (next(iter(found.items())) if len(found) == 1 else None,)
        return self._republics[0]

    def _body_of(self, speaker: Speaker, head: str, republic: tuple, pos: int) -> Entity:
        """A body named by its kind and "республики", of the ``republic`` the text names: the
        body of that country named before (a foreign ministry, when the name says one: not
        the republic's embassy), else a new one, by the name the text gives a foreign
        ministry of that country ("МИД Казахстана") or, wanting it, by the republic's name
        in the genitive; by its own words for any other body."""
        country, noun = republic
        foreign = _foreign(speaker.name or "")

        def fits(e: Entity) -> bool:
            return _department(e.name) and (not foreign or _foreign(e.name))

        found = self.institution(head, pos, country)
        if found is not None and not fits(found):
            found = self._recent(
                pos, lambda e: e.kind == "institution" and e.country == country and fits(e)
            )
        if found is None:
            name = speaker.name or ""
            if foreign:
                name = by_its_country(self._text, "МИД", country)
                if name == "МИД" and noun is not None:
                    name = f"МИД {morph.genitive(noun)}"
            found = self.add(replace(speaker, name=name, country=country))
        self._mention(found, pos)
        return found

    def _place_in_words(self, words: Sequence[tuple[int, int]]) -> Callable[[int], bool]:
        """Whether a mention stands inside ``words`` (what was said) after a preposition: a
        body the words name as a place or an addressee ("посольство направило в МИД Украины
        ноту"), not the one that reports them."""

        def refuses(p: int) -> bool:
            return any(a <= p < b for a, b in words) and (
                _SENT_TO.search(self._text[max(0, p - _SENT_REACH) : p]) is not None
            )

        return refuses

    def resolve(
        self,
        speaker: Speaker,
        last: Entity | None,
        subject: Entity | None = None,
        ahead_from: int | None = None,
        ahead_until: int | None = None,
        words: Sequence[tuple[int, int]] = (),
    ) -> Entity | None:
        """The entity a speaker phrase refers to; None when it names no one resolvable.
        ``last`` is the last speaker, ``subject`` the person the sentences before are about
        (whom "он" and "министр" refer to first); a description in a lead may refer to one
        named in the next lines, from ``ahead_from`` on (for a sentence's subject, the end of
        that sentence: the others its clause names are not the subject), and before
        ``ahead_until`` when given; ``words`` are what the speaker said, where one speaks
        of others, not of oneself by name."""
        pos = speaker.start
        if speaker.kind in ("person", "institution"):
            anaphor = _anaphor_in(speaker) if speaker.kind == "institution" else None
            country = None
            if anaphor is None and speaker.kind == "institution":
                # "азербайджанское ведомство": that country's body named before
                anaphor = _kind_of_country(speaker)
                country = speaker.country if anaphor else None
            if anaphor in _DESCRIBED_ONLY and len((speaker.name or "").split()) > 1:
                return None  # "антимонопольный регулятор": a body of its own, left unnamed
            republic = self._republic() if anaphor and _of_the_republic(speaker) else None
            if republic is not None:
                # "МИД республики" in a story that names "республики Казахстан": that
                # republic's ministry, not the last ministry named (another state's)
                return self._body_of(speaker, anaphor, republic, pos)
            if anaphor is not None:
                # "посольство", "пресс-служба ведомства": the institution named before
                found = self.institution(
                    anaphor, pos, country, central_bank=_central_bank_by_kind(speaker)
                )
                if (
                    found is not None
                    and words
                    and last is not None
                    and last is not found
                    and last.kind == "institution"
                    and anaphor in _BODY_ANAPHORS
                ):
                    # "..., посольство направило в МИД Украины ноту, сообщили в министерстве"
                    # after the Russian ministry's words: the ministry that has been speaking,
                    # not the one its words name as where the note went
                    kept = self.institution(
                        anaphor,
                        pos,
                        country,
                        central_bank=_central_bank_by_kind(speaker),
                        skip=self._place_in_words(words),
                    )
                    if kept is last:
                        found = last
                if found is not None:
                    if found is not last:
                        found = self._home_ministry(speaker, found, last) or found
                    self._mention(found, pos)
                    return found
                if anaphor in _DESCRIBED_ONLY:
                    return None  # "антимонопольный регулятор": a body no name was given
            if speaker.kind == "institution":
                # "в китайском внешнеполитическом ведомстве" after "в сообщении МИД КНР":
                # the ministry named before, by its name
                self._collect_institutions()
                speaker = self._leaders_service(speaker, pos)
            return self.add(speaker)
        if speaker.kind == "pronoun":
            return self._pronoun(speaker, pos, subject or last)
        if speaker.kind == "description":
            found = self._describe(
                speaker, pos, last, subject, ahead_from or pos, ahead_until, words
            )
            body = self._body_served(speaker, pos)
            if (
                body is not None
                and (found is None or not _serves(found, body))
                and not (found is not None and _post_by_field(speaker, found))
            ):
                # "говорится в комментарии официального представителя ведомства" after "В
                # МИД КНР ...": no one named of that ministry; the ministry speaks
                self._mention(body, pos)
                return body
            if found is not None:
                self._mention(found, pos)
                # a bare "министр" tells nothing new; "глава российского МИД" does
                said_more = len((speaker.role or "").split()) > 1
                if said_more and (not found.role or _GENERIC.match(found.role.lower())):
                    found.role = speaker.role
                    found.institution = found.institution or speaker.institution
                found.country = found.country or speaker.country
            return found
        return None

    def _home_ministry(self, speaker: Speaker, found: Entity, last: Entity | None) -> Entity | None:
        """A bare "МИД" in a story datelined at home ("МОСКВА, ..."; "Как сообщили в МИД")
        right after another state's ministry was named only as the body of the last speaker
        ("представитель МИД КНР Линь Цзянь заявил"): the home ministry, which a foreign one
        is never named without its state; None otherwise (or when the home ministry has no
        name to give it: only Russia's is known unnamed). Once another has spoken since
        ("... Песков заявил ... В МИД отметили"), the bare name goes back to the ministry
        named, as a reader takes it."""
        home = self.place_country
        if speaker.name != "МИД" or home is None or found.country in (None, home):
            return None
        if last is None or last.kind != "person" or last.institution != found.name:
            # "МИД Японии выразил протест": the ministry itself was the subject; or
            # someone else spoke after its spokesman
            return None
        for e in reversed(self.entities):
            if e.kind == "institution" and e.country == home and e.name.startswith("МИД"):
                return e
        if home != _HOME:
            return None
        return self.add(replace(speaker, name="МИД России", country=_HOME))

    def _leaders_service(self, speaker: Speaker, pos: int) -> Speaker:
        """ "пресс-служба главы государства" after "Президент Узбекистана Шавкат Мирзиёев":
        the press service of the president named before, named by his post ("пресс-служба
        Президента Узбекистана"), when he is the story's subject, the first person it
        names; unchanged when no president, or two, were named, or when another came first
        ("Владимир Путин провел переговоры с президентом Казахстана ...": a leader the
        reader knows needs no post, and the service may be his)."""
        if _LEADERS_SERVICE.fullmatch((speaker.name or "").lower()) is None:
            return speaker

        def president(e: Entity) -> bool:
            return e.kind == "person" and _PRESIDENT_OF.fullmatch(e.role or "") is not None

        leader = self._recent(pos, president, hidden_too=True)
        if leader is None or self._recent(
            pos, lambda e: president(e) and e is not leader, hidden_too=True
        ):
            return speaker  # a call of two presidents: whose service, the words do not say
        first = next((e for _, _, e in self._mentions if e.kind == "person"), None)
        if first is not leader:
            return speaker
        post, country = (leader.role or "").split(" ", 1)
        return replace(speaker, name=f"пресс-служба {post}а {country}")

    def _body_served(self, speaker: Speaker, pos: int) -> Entity | None:
        """The institution a description serves by "ведомство" or "министерство" ("представитель
        ведомства"): the one named before; None for any other description."""
        words = (speaker.role or "").lower().split()
        at = next((n for n, w in enumerate(words) if morph.lemma(w) == speaker.head), None)
        if at is None:
            return None
        served = [morph.lemma(w) for w in words[at + 1 : at + 3]]
        mission = next((w for w in served if _SAME_KIND.get(w, w) == "посольство"), None)
        if mission is not None and speaker.head in _SPOKESPEOPLE:
            # "Ответ пресс-секретаря Посольства на вопрос СМИ" under the embassy's name: no
            # one of the embassy named, the embassy speaks (not the one its answer names)
            return self.institution(mission, pos)
        if not any(w in _BODY_ANAPHORS for w in served):
            return None
        if any(w.startswith("внешнеполитическ") for w in words[at + 1 : at + 3]):
            # "спикер внешнеполитического ведомства": a foreign ministry, not the press
            # centre the briefing was held at
            return self._recent(pos, lambda e: e.kind == "institution" and _foreign(e.name))
        return self.institution("ведомство", pos)

    def _abroad(self, speaker: Speaker, pos: int, named: int) -> bool:
        """Whether a description holds a post of a country other than the outlet's and the
        dateline's (Russia's, on a Russian page with no dateline), and the one named without
        a post at ``named`` is in a later paragraph: "Госсекретарь США" in a Russian wire
        story's lead is no "Лавров" of the next paragraph, whom nothing ties to the post
        (but "президент Турции заявил ... - сказал Эрдоган" in one paragraph is he)."""
        home = {self.country, self.place_country} - {None} or {_HOME}
        if speaker.country is None or speaker.country in home:
            return False
        return bisect.bisect_left(self.breaks, pos) != bisect.bisect_left(self.breaks, named)

    def _pronoun(self, speaker: Speaker, pos: int, last: Entity | None) -> Entity | None:
        # "Трамп поблагодарил Путина, а тот ответил": the last one named other than ``last``,
        # the one the clause before is about. "Ранее Зеленский заявил, что ... «...», —
        # сказал он, отвечая на просьбу прокомментировать данное заявление": one who
        # comments on the words just reported is not their author, but the one named before
        # him; unless the last one named spoke in the pronoun's own paragraph and his words
        # are not the earlier ones reported ("«...», - сказал Песков. «...», - добавил он,
        # комментируя эти слова"), who goes on ("Ранее Макрон заявил, что ... «...», -
        # сказал он, отвечая на просьбу прокомментировать": Макрон's words are commented on)
        commenting = (
            speaker.head != "тот"
            and last is not None
            and last.kind == "person"
            and self._comments_on_words(pos)
            and not self._named_in_paragraph(last, pos)
        )
        if speaker.head == "тот" or commenting:
            other = self._recent(
                pos,
                lambda e: e.kind == "person" and e is not last and _compatible(speaker.gender, e),
            )
            if speaker.head == "тот" or other is not None:
                return other
        if (
            last is not None
            and _compatible(speaker.gender, last)
            and (last.kind == "person" or speaker.gender is None)
        ):
            return last

        def fits(e: Entity) -> bool:
            return e.kind == "person" and _compatible(speaker.gender, e) and bool(e.role)

        found = self._recent(pos, fits)
        since = self._recent(pos, fits, hidden_too=True)
        if found is not since and not self._named_again(found, since, pos):
            # "По ее словам, посол Антонов поднимал этот вопрос. Тогда он подчеркнул": one
            # who fits named since in what was said; whom "он" means is unclear, so no one
            return None
        return found

    def _comments_on_words(self, pos: int) -> bool:
        """Whether the sentence of the pronoun at ``pos`` says its speaker comments on words
        reported before ("отвечая на просьбу прокомментировать данное заявление",
        "комментируя эти слова"): its sentence only, and a short reach either side."""
        text = self._text
        # (each look bounded by the reach: a pronoun in a long paragraph scans no further)
        lo, hi = max(pos - _COMMENT_REACH, 0), pos + _COMMENT_REACH
        start = max(text.rfind("\n", lo, pos), text.rfind(". ", lo, pos), pos - _COMMENT_REACH)
        ends = [e for e in (text.find("\n", pos, hi), text.find(".", pos, hi)) if e >= 0]
        end = min([*ends, pos + _COMMENT_REACH])
        return _COMMENTING.search(text, max(start, 0), end) is not None

    def _named_in_paragraph(self, entity: Entity, pos: int) -> bool:
        """Whether ``entity`` was named in the paragraph of ``pos``, before it (among the
        last few mentions)."""
        paragraph = bisect.bisect_left(self.breaks, pos)
        i = bisect.bisect_left(self._mentions, (pos, -len(self.entities) - 1))
        for p, _, e in reversed(self._mentions[max(0, i - _LOOK_BACK) : i]):
            if bisect.bisect_left(self.breaks, p) != paragraph:
                return False
            if e is entity:
                return not self._told_as_earlier(p)
        return False

    def _told_as_earlier(self, pos: int) -> bool:
        """Whether the mention at ``pos`` stands in a sentence reporting earlier words
        ("Ранее президент Франции Эммануэль Макрон заявил", "Макрон ранее заявил"): outside
        quotation marks, from the sentence's start to a little after the mention."""
        text = self._text
        lo = max(pos - _COMMENT_REACH, 0)
        start = max(text.rfind(c, lo, pos) for c in ("\n", ". ", "! ", "? "))
        start = max(start, lo, *(text.rfind(q, lo, pos) + 1 for q in _QUOTE_MARKS))
        end = pos + _EARLIER_AFTER
        for stop in (".", *_QUOTE_MARKS):
            at = text.find(stop, pos, end)
            if at >= 0:
                end = at
        return _EARLIER_WORDS.search(text, start, end) is not None

    def _named_again(self, found: Entity | None, since: Entity | None, pos: int) -> bool:
        """Whether the words that named ``since`` also point back to ``found`` by his post
        ("Посол Антонов посетил Госдепартамент. Захарова сообщила, что О'Брайен принял
        посла. Позднее он подчеркнул"): the one they are about is still ``found``."""
        if found is None or since is None or not found.role:
            return False
        posts = {morph.lemma(w) for w in found.role.split()} & DESCRIPTION_HEADS
        after = max((p for p in since.positions if p < pos), default=pos)
        return any(morph.lemma(m.group()) in posts for m in _WORD.finditer(self._text, after, pos))

    def _envoy(self, speaker: Speaker, pos: int) -> Entity | None:
        """ "Китайский представитель" in a paragraph that named one of that country: the
        nearest whose post is an envoy's ("Постоянный представитель КНР Фу Цун", not the
        leader named after him); else, with no occasion of its own ("Бразильский
        представитель выразил" after "Министр Бразилии X, выступая на встрече, отметил"),
        the nearest of that country by whatever post. One left unnamed at another occasion
        ("На консультациях в Женеве китайский представитель") or paragraphs after that
        country's minister is no one."""
        paragraph = bisect.bisect_left(self.breaks, pos)
        i = bisect.bisect_left(self._mentions, (pos, -len(self.entities) - 1))
        nearest: Entity | None = None
        for p, _, e in reversed(self._mentions[max(0, i - _LOOK_BACK) : i]):
            if bisect.bisect_left(self.breaks, p) != paragraph:
                break
            if (
                self._visible(p)
                and e.kind == "person"
                and e.country == speaker.country
                and _compatible(speaker.gender, e)
            ):
                if _ENVOY_POST.search(e.role or ""):
                    return e
                nearest = nearest or e
        if nearest is None or _own_occasion(self._text, pos):
            return None
        return nearest

    def _describe(
        self,
        speaker: Speaker,
        pos: int,
        last: Entity | None,
        subject: Entity | None,
        ahead_from: int,
        ahead_until: int | None = None,
        words: Sequence[tuple[int, int]] = (),
    ) -> Entity | None:
        head = speaker.head or ""
        if head == "коллега" and not speaker.country:
            return None  # "его коллега": whose colleague, the text says by a country only
        if head == "представитель" and speaker.country and len((speaker.role or "").split()) == 2:
            envoy = self._envoy(speaker, pos)
            if envoy is not None:
                return envoy
        pattern = _HEAD_ROLES.get(head)
        complements = _complements(speaker.role or "", head)
        for said, means in _COMPLEMENTS:
            if re.search(said, (speaker.role or "").lower()):
                pattern, complements = means, []  # "глава государства" is a president
        if pattern is None:
            # a title with no known kin ("депутат", "сенатор"): the subject before, the last
            # one named with that title, or no one
            pattern = re.escape(head[: max(4, len(head) - 2)]) if head else None
            if pattern is None:
                return None

        def fits(e: Entity) -> bool:
            if e.kind != "person" or not e.role:
                return False
            role = f"{e.role} {e.institution or ''}".lower()
            if not _holds(pattern, role, head):
                # "руководитель российской делегации": another post the article gave
                held = [r.lower() for r in e.other_roles if _holds(pattern, r.lower(), head)]
                if not held:
                    return False
                role = held[0]
            if any(not _holds_complement(c, role) for c in complements):
                return False  # "министр обороны" is not the foreign minister
            if _other_body(speaker.institution, e.institution):
                return False  # "глава Минобороны" is not the head of the МИД
            if speaker.country and e.country and speaker.country != e.country:
                return False
            return _compatible(speaker.gender, e)

        def unknown_kin(e: Entity) -> bool:
            """A head with no list of kin titles fits the subject before unless a country
            or gender says otherwise ("Слуцкий ... По мнению депутата"), or another post the
            subject holds while one named before holds that very title ("вице-премьер ...
            Новак", then a spokeswoman, then "Вице-премьер также отметил")."""
            return (
                head not in _HEAD_ROLES
                and e.kind == "person"
                and (not speaker.country or not e.country or speaker.country == e.country)
                and _compatible(speaker.gender, e)
                and not (e.role and self._recent(pos, fits) is not None)
            )

        def open_to(e: Entity | None) -> bool:
            """Nothing known about ``e`` contradicts the description: a person without a
            title ("С.В.Лавров провел разговор ... министр подчеркнул")."""
            return (
                e is not None
                and e.kind == "person"
                and (
                    not e.role
                    or bool(_GENERIC.match(e.role.lower()))
                    or (head in _MEMBERSHIP and bool(_POST_OF_ANOTHER.match(e.role.lower())))
                )
                and (not speaker.country or not e.country or speaker.country == e.country)
                and _compatible(speaker.gender, e)
            )

        # A bare description ("министр", "дипломат") stands for the person the sentences
        # before are about, unless their title says otherwise; one that says more
        # ("китайский министр", "представитель Кремля") for the last one it fits.
        role = (speaker.role or "").lower()
        specific = len(role.split()) > 1 and not _BARE_POST.fullmatch(role)
        open_subject = subject is not None and (open_to(subject) or unknown_kin(subject))
        found: Entity | None = None
        if (subject is not None and fits(subject)) or (open_subject and not specific):
            found = subject
        if found is not None and speaker.country and found.country is None:
            # "министр ... сообщил. ... ссылались на пресс-секретаря президента Турции X. По
            # словам турецкого чиновника": the country the description says is one named
            # for a person just before, not that of a subject whose country the text never
            # gave (which would take the description's country by mistake)
            found = self._recent(pos, lambda e: fits(e) and e.country == speaker.country) or found
        if found is None and speaker.country:
            found = self._recent(pos, lambda e: fits(e) and e.country == speaker.country)
        if found is None:
            found = self._recent(pos, fits)
        if found is None and open_subject and not _named_in(subject, words):
            found = subject
        if found is None and speaker.country:
            # "Песков сообщил, что Путин говорил с президентом Казахстана Токаевым ... Ранее
            # президент Казахстана заявлял": the one given that very post and country, if
            # only in another's words, before any leader named without a post
            found = self._recent(
                pos, lambda e: fits(e) and e.country == speaker.country, hidden_too=True
            )
        if found is None and speaker.country:
            # "глава турецкого МИД": the Turkish colleague named before without a post
            found = self._recent(
                pos,
                lambda e: (
                    e.kind == "person"
                    and not e.role
                    and e.country == speaker.country
                    and _compatible(speaker.gender, e)
                ),
            )
        if (
            found is None
            and speaker.country
            and head in ("президент", "премьер", "премьер-министр", "лидер")
        ):
            # "Состоялся разговор Владимира Путина с ... Президент России подчеркнул": the
            # leader named before without a post or a country; when the story has named two
            # such ("переговоры Путина и Трампа"), nothing in the text says which one is of
            # that country: the one named next in the paragraph, or no one
            def open_leader(e: Entity) -> bool:
                # ("Президент США сказал, что Путин «...»": not one the words speak of)
                return (
                    e.kind == "person"
                    and not e.role
                    and e.country is None
                    and _compatible(speaker.gender, e)
                    and not _named_in(e, words)
                )

            found = self._only_recent(pos, open_leader)
            if found is None and pos not in self.undecided:
                # "Путин напомнил, что Лукашенко давно предлагал ... Белорусский лидер
                # говорил": the one leader named, if only in another's words
                found = self._only_recent(pos, open_leader, hidden_too=True)
        # "сказал Рябков ... пояснил дипломат": nothing about the last speaker contradicts
        if found is None and open_to(last):
            found = last
        if found is None:
            # "сказал российский дипломат. По словам Чуркина, ...": named in the next lines;
            # not one its own sentence names beside it ("Американский лидер встретился с
            # Андреем Пленковичем": someone else)
            i = bisect.bisect_right(self._mentions, (ahead_from, 1))
            for p, _, e in self._mentions[i : i + _LOOK_BACK]:
                if p >= pos + _LEAD_AHEAD or (ahead_until is not None and p >= ahead_until):
                    break
                if (
                    e.kind == "person"
                    and (fits(e) or (not e.role and not self._abroad(speaker, pos, p)))
                    and _compatible(speaker.gender, e)
                    and p not in self.aside
                ):
                    return e
        if found is None and specific and pattern is not None:
            # "Ушаков не исключил, что ... Трамп может ... Глава Белого дома заявил": one
            # the description fits, named only inside what another said
            found = self._recent(pos, fits, hidden_too=True)
        return found


def _named_in(person: Entity | None, words: Sequence[tuple[int, int]]) -> bool:
    """Whether ``person`` is named in ``words`` someone said: one the speaker speaks of."""
    if person is None:
        return False
    for a, b in words:
        k = bisect.bisect_left(person.positions, a)
        if k < len(person.positions) and person.positions[k] < b:
            return True
    return False


def _post_by_field(speaker: Speaker, found: Entity) -> bool:
    """Whether a description names a post by its body's field ("глава военного ведомства"
    is the defence minister) and the one found holds that post by its full name ("министр
    обороны", not a bare "министр"): that one speaks, though the body was named before by
    the same words ("заседание коллегии военного ведомства")."""
    role = (speaker.role or "").lower()
    held = f"{found.role or ''} {found.institution or ''}".lower()
    for said, means in _COMPLEMENTS:
        if re.search(said, role):
            post = re.search(means, held)
            return post is not None and " " in post.group().strip()
    return False


def _serves(person: Entity, body: Entity) -> bool:
    """Whether a person's post is in an institution: its name in the title ("официальный
    представитель МИД КНР"), the ministry's head by its field, or its kind and the same
    country."""
    post = f"{person.role or ''} {person.institution or ''}".lower()
    if body.name.lower() in post:
        return True
    kind = morph.lemma(body.name.split()[0])
    field = body.name.lower().split()[1:2]
    if kind == "министерство" and field and f"министр {field[0]}" in post:
        return True  # "Министр обороны" heads the "Министерство обороны"
    return person.country == body.country and kind in {morph.lemma(w) for w in post.split()}


def _other_body(said: str | None, known: str | None) -> bool:
    """Two bodies by their usual short names that differ ("Минобороны ФРГ", "МИД ФРГ")."""
    if not said or not known:
        return False
    a, b = said.split()[0].lower(), known.split()[0].lower()
    return a != b and a in _SHORT_BODIES and b in _SHORT_BODIES


_SHORT_BODIES = frozenset(
    ["мид", "минобороны", "минфин", "минэкономразвития", "минюст", "мвд", "фсб", "свр",
     "госдеп", "госдепартамент", "пентагон", "кремль", "минэнерго", "минпромторг"]
)  # fmt: skip


def _complements(role: str, head: str) -> list[str]:
    """The stems of the lower-case nouns a description's head governs ("министр обороны":
    "оборон"), which the title of the one described must hold too."""
    words = role.split()
    at = next((n for n, w in enumerate(words) if morph.lemma(w) == head), None)
    if at is None:
        return []
    out = []
    for w in words[at + 1 :]:
        if not w.islower() or len(w) < 4 or not morph.has_tag(w, "NOUN", "gent"):
            break
        if morph.lemma(w) in _BODY_ANAPHORS:
            continue  # "представитель ведомства": the body named before, whatever its name
        out.append(w[: max(4, len(w) - 2)])
    return out


# Nouns that name a body by its kind alone and so point back at the one named before
# ("представитель ведомства" after "официальный представитель МИД РК"): no word the title
# of the one described must spell
_BODY_ANAPHORS = frozenset(["ведомство", "министерство"])
# A verb of sending or handing to before the mention's "в"/"к", at most a noun between
# ("направило в МИД Украины ноту", "передали ноту в", "нота поступила в"): the body the
# words name is where something went; not where one was summoned ("был вызван в МИД
# России, где ему был заявлен протест": the body that summoned him may be reporting it)
_SENT_TO = re.compile(
    r"(?<![\w-])(?:направ|переда|отправ|поступи|адресова|вручи)\w*"
    r"(?:\s+[\w-]+){0,2}\s+(?:в|во|к|ко)\s+$",
    re.I,
)
_SENT_REACH = 60  # characters before the mention
# The posts that speak for a mission and none of their own: an embassy's unnamed press
# secretary or spokesperson is the embassy (an unnamed counsellor is only a source)
_SPOKESPEOPLE = frozenset(["пресс-секретарь", "представитель", "спикер", "пресс-атташе"])


# The one a post serves, by the other words the press calls that one: "помощник
# президента" is "помощник российского лидера", "помощник главы государства"; the body
# a chairman heads, by its other names
_SERVED_ALIKE = {
    # the Kremlin is the president's office: its spokesman is the president's press
    # secretary ("представитель Кремля ... По словам пресс-секретаря президента")
    "президен": ("президен", "лидер", "главы государства", "кремл"),
    "лиде": ("лидер", "президен", "главы государства", "кремл"),
    # "председатель кабмина" is the "председатель Кабинета министров" named before
    "кабми": ("кабми", "кабинет", "правительств"),
    "кабине": ("кабине", "кабми", "правительств"),
    "правительст": ("правительст", "кабми", "кабинет"),
    # "генсек альянса" is the "генеральный секретарь НАТО" named before
    "альян": ("альян", "нато", "североатлантическ"),
}


def _holds_complement(stem: str, role: str) -> bool:
    """Whether a title (lower case) holds a description's complement, or another word for
    the one it serves."""
    return any(word in role for word in _SERVED_ALIKE.get(stem, (stem,)))


# Words that describe a body the story named before and are no name of one themselves
_DESCRIBED_ONLY = frozenset(["регулятор"])
# Words for one kind of institution: "дипмиссия" is the embassy named before; "регулятор"
# (bare: "антимонопольный регулятор" is another body) the central bank ("Банк России", "ЦБ",
# "Нацбанк Казахстана"), as the economic press calls it
_SAME_KIND = {
    "дипмиссия": "посольство",
    "диппредставительство": "посольство",
    "регулятор": "банк",
    "цб": "банк",
    "центробанк": "банк",
    "нацбанк": "банк",
    "ецб": "банк",
}
# A central or national bank by its name, the one "регулятор", "ЦБ" and "Центробанк" refer
# back to; "Всемирный банк" or a commercial bank is none
_CENTRAL_BANK = re.compile(
    r"(?:банк\w* росси|(?<![\w-])(?:цб|ецб|центробанк\w*|нацбанк\w*)(?![\w-])"
    r"|(?:центральн|национальн)\w* банк)"
)
# The adjectives that name a bank by its kind alone ("центральный банк" is the one named
# before); any other names a bank of its own ("Всемирный банк", "Европейский центральный банк")
_KIND_OF_BANK = frozenset(["центральный", "национальный"])
# The names of a foreign ministry, in any case: "МИД России", "Министерства иностранных дел"
_FOREIGN_MINISTRY = re.compile(r"(?<![\w-])мид(?![\w-])|иностранных дел|внешнеполитическ")


# a leader's press service named by his post alone: "пресс-служба главы государства",
# "пресс-служба президента"
_LEADERS_SERVICE = re.compile(r"пресс-служба (?:главы государства|президента|лидера)")
# "Президент Беларуси", "президент Казахстана": a country's president, by post and country
_PRESIDENT_OF = re.compile(r"[Пп]резидент [А-ЯЁ][а-яё]+(?: [А-ЯЁ][а-яё]+)?")


def _anaphor_in(speaker: Speaker) -> str | None:
    """The head an institution named by its kind alone refers back with ("посольство",
    "ведомство"), also as a press service's owner ("пресс-служба ведомства"); None for an
    institution named in full, or by a name with no kind to refer back by ("Белый дом")."""
    if _bare(speaker):
        return speaker.head or None
    words = (speaker.name or "").split()
    if len(words) == 2 and morph.lemma(words[0]) == "пресс-служба" and not words[1].isupper():
        return morph.lemma(words[1])
    return None


def _central_bank_by_kind(speaker: Speaker) -> bool:
    """Whether the speaker is a bank named by its kind alone ("центральный банк",
    "Национальный банк"): a central bank, never "Всемирный банк" named before."""
    words = (speaker.name or "").split()
    return (
        len(words) > 1
        and morph.lemma(words[-1]) == "банк"
        and all(morph.lemma(w) in _KIND_OF_BANK for w in words[:-1])
    )


def _new_post(role: str, entity: Entity) -> bool:
    """Whether ``role`` is a post the entity has not been given yet."""
    return role.lower() not in {r.lower() for r in (entity.role or "", *entity.other_roles)}


def _kind_of_country(speaker: Speaker) -> str | None:
    """The generic head of an institution named by its country's adjective and kind alone
    ("азербайджанское ведомство", "турецкое министерство"), or None."""
    from tracker.extract.russian.name_words import country_of

    words = (speaker.name or "").split()
    if len(words) != 2 or not speaker.country or not country_of(words[0]):
        return None
    head = morph.lemma(words[1])
    return head if head in ("ведомство", "министерство") else None


# A country named only by pointing back at it: "соседней страны", "этого государства"
_POINTING_COUNTRY = re.compile(r"(?:соседн|эт|данн)\w+ (?:стран|государств|республик)\w*")
# "ведомство республики", "министерство страны": the country the story is about, by a bare
# genitive noun
_THE_COUNTRY = re.compile(r"(?:страны|государства|республики)")


def _bare(speaker: Speaker) -> bool:
    """An institution named by its kind alone ("посольство", "ведомство", "внешнеполитическое
    ведомство"), or "МИД" with no country: the one named before."""
    from tracker.extract.russian.name_words import country_of

    words = (speaker.name or "").split()
    if len(words) > 2 and _POINTING_COUNTRY.fullmatch(" ".join(words[-2:]).lower()):
        words = words[:-2]  # "ведомство соседней страны": the country is the one named before
    elif len(words) > 1 and _THE_COUNTRY.fullmatch(words[-1].lower()):
        words = words[:-1]  # "внешнеполитическое ведомство республики": as much
    if len(words) == 1:
        return not words[0].isupper() or words[0] == "МИД"
    # ("Белый дом": a body's proper name, its noun no kind of body)
    return (
        1 < len(words) <= 3
        and not words[-1].isupper()
        and morph.lemma(words[-1]) in ORG_HEADS
        and all(morph.has_tag(w, "ADJF") and not country_of(w) for w in words[:-1])
        and (
            morph.lemma(words[-1]) != "банк"
            or all(morph.lemma(w) in _KIND_OF_BANK for w in words[:-1])
        )
    )


def _same_institution(a: str, b: str) -> bool:
    ka, kb = _institution_key(a), _institution_key(b)
    return ka == kb


def _institution_key(name: str) -> tuple[str, ...]:
    """Lemmas of an institution's words, "МИД РФ" and "МИД России" meeting on one country."""
    from tracker.extract.russian.name_words import country_of

    out = []
    for w in re.findall(r"[\w-]+", name):
        country = country_of(w)
        out.append(country if country else morph.lemma(w) if not w.isupper() else w.lower())
    return tuple(sorted(out))  # "российский МИД" is "МИД России"
