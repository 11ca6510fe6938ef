"""Everyone a Russian article names, before any statement is read: people with a title or
a full name, in whatever case ("главы МИД РФ Сергея Лаврова", "с турецким коллегой Мевлютом
Чавушоглу"), and institutions named in full, for descriptions and "ведомство" to refer back
to. Names the dictionary lacks are read in the case their endings and the noun beside them
allow.
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from tracker.extract.russian import morph
from tracker.extract.russian.coref import Registry
from tracker.extract.russian.cue_words import BY_WORDS, is_cue_word, verb_cue
from tracker.extract.russian.frames import Page
from tracker.extract.russian.lexicon import word_set
from tracker.extract.russian.name_words import (
    country_of,
    first_name_before,
    in_case,
    is_org,
    is_role,
    name_like,
    name_run,
    names_a_region,
    place_where,
    plain_gap,
    role_in_case,
    run_in_case,
)
from tracker.extract.russian.speakers import (
    Speaker,
    governed,
    listed_fields,
    parse,
    subject_after_body,
)
from tracker.extract.russian.text import tag_rows
from tracker.extract.russian.title_words import body_name_word, headed_by, title_word


def collect(text: str, page: Page, registry: Registry) -> None:
    """Everyone named with a title or a full name, in any case, into the registry; the
    institutions named in full when the registry first needs them."""
    registry.pending = lambda: _collect_institutions(text, page, registry)
    tags = tag_rows(text)
    for s in page.sents:
        if any(a <= s.start < b for a, b in tags):
            continue  # "Россия Владимир Путин Дмитрий Песков": tags, not one long name
        ws = page.words(s)
        i = taken = 0
        while i < len(ws):
            w = ws[i]
            if (
                not w.text[:1].isupper()
                or not name_like(w, w.start == s.start)
                or page.in_quote(w.start)
                or body_name_word(ws, i, text)  # "Милли Меджлиса": a parliament, no one
                or names_a_region(ws, i, text)  # "Атырауской области": a region, no one
            ):
                i += 1
                continue
            end = max(name_run(ws, i, text, s.start), i + 1)
            found = None
            if i > taken and first_name_before(ws, i - 1, text):
                # "с коллегой Хаканом Фиданом": a first name read as a noun; but not
                # "Журналист Такер Карлсон", a noun opening the sentence, nor the last word
                # of the name just read ("с Анналеной Бербок Лавров")
                found = _named_at(ws, i - 1, end, text, s.start)
            found = found or _named_at(ws, i, end, text, s.start)
            if found is not None and not credited(text, found.start):
                registry.add(found)
            elif found is None and end == i + 1:
                registry.mention_known(w.text, w.start)
            i = taken = end
    _paired_posts(text, registry)


# "Президенты России и США Владимир Путин и Дональд Трамп": one post of two countries, then
# two names, each of the country in the same place
_PAIRED_POSTS = {
    "президенты": "президент",
    "лидеры": "лидер",
    "премьер-министры": "премьер-министр",
    "премьеры": "премьер",
    "министры иностранных дел": "министр иностранных дел",
    "главы мид": "глава МИД",
    "главы внешнеполитических ведомств": "глава внешнеполитического ведомства",
}
_NAME = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
# the names stop at a line's end ("... Владимир Путин и Дональд Трамп\nВстреча ...")
_NAMES = rf"{_NAME}(?:[^\S\n]+{_NAME}){{1,2}}"
_PAIRED = re.compile(
    r"(?<![\w-])(?P<post>(?i:" + "|".join(_PAIRED_POSTS) + r"))\s+"
    r"(?P<c1>[А-ЯЁ][\w-]+)\s+и\s+(?P<c2>[А-ЯЁ][\w-]+)[^\S\n]+"
    rf"(?P<n1>{_NAMES})[^\S\n]+и[^\S\n]+(?P<n2>{_NAMES})"
    r"(?![\w-])"
)
# "Бывшие президенты ...", "Заместители главы МИД ...", "Супруги президентов": a word before
# the post makes the people others than the posts' holders
_NOT_HOLDERS = re.compile(
    r"(?<![\w-])(?:бывш|экс|прежн|будущ|покойн|перв|втор|заместител|замест|зам|вице|"
    r"временн|исполняющ|врио|и\.\s*о|помощник|советник|представител|пресс-секретар|"
    r"супруг|жен|вдов|сын|доч|дет|родствен|послы|посл|кандидат)[а-яё.]*\s*$",
    re.I,
)


def _paired_posts(text: str, registry: Registry) -> None:
    """Each of two people named after one post of two countries ("Президенты России и США
    Владимир Путин и Дональд Трамп") holds the post of the country in the same place, for a
    description ("Российский президент") to find; not where either country is unknown, nor
    for a person the article gives another post or country."""
    for m in _PAIRED.finditer(text):
        if _NOT_HOLDERS.search(text, max(0, m.start() - 30), m.start()):
            continue
        countries = country_of(m["c1"]), country_of(m["c2"])
        if None in countries or countries[0] == countries[1]:
            continue
        post = _PAIRED_POSTS[m["post"].lower()]
        for k, land, country in (("n1", "c1", countries[0]), ("n2", "c2", countries[1])):
            name = " ".join(m[k].split())
            said = Speaker("person", m[k], m.start(k), m.end(k), name=name)
            known = registry.find(said)
            if known is not None and (known.role or known.country):
                continue
            if post == "лидер":
                # a leader may be a president or a premier: the country alone is known
                registry.add(dataclasses.replace(said, country=country))
                continue
            role = f"{post[:1].upper()}{post[1:]} {m[land]}"
            head = post.split()[0]
            registry.add(dataclasses.replace(said, role=role, head=head, country=country))


# A photo's credit: "Фото: Иван Петров, Коммерсантъ", "© Александр Щербак/ТАСС"; an
# author's: "Текст: Анна Белова", "Автор: ...", "Беседовала ..."
_CREDIT = re.compile(
    r"(?:(?<![\w-])(?:Фото|Фотография|Видео|Иллюстрация)\s*:?|©|"
    r"(?<![\w-])(?:Текст(?: и фото)?|Авторы?(?: материала| статьи)?)\s*:|"
    r"(?<![\w-])(?:Беседовал|Подготовил|Записал)[аи]?\s*:?)\s*$",
    re.I,
)


# How far before a name its credit's label can begin: the longest label and its spaces.
_CREDIT_REACH = 60


def credited(text: str, start: int) -> bool:
    """Whether the name at ``start`` is a photographer's or an author's in a credit: the
    one who made the page says nothing in it ("Текст: Анна Белова. ... президент республики
    объявил": not the author)."""
    line = text.rfind("\n", max(0, start - _CREDIT_REACH), start) + 1
    return _CREDIT.search(text, max(line, start - _CREDIT_REACH), start) is not None


def _named_at(ws: list, i: int, end: int, text: str, sentence_start: int) -> Speaker | None:
    """The person a name run ``ws[i:end]`` names, with the title before it, in whichever
    case the name and its title agree on ("Президента Казахстана Касым-Жомарта Токаева" is
    genitive, though "Токаева" alone could be a woman in the nominative)."""
    best = None
    owner = _owner_case(ws, i, text)
    agreeing = frozenset((owner,)) if owner else _apposition_cases(ws, i, text)
    agreeing = agreeing or _subject_cases(ws, i, end, text)
    agreeing = agreeing or _object_cases(ws, i, text) or _coordinated_cases(ws, i, text)
    # "по словам X", "обращение X": the owner's genitive only, no other case's title
    cases = [owner] if owner else _cases_by_endings(ws[i:end], agreeing, text)
    for case in cases:
        if not run_in_case([x.text for x in ws[i:end] if len(x.text) > 1], case):
            continue
        k = i
        while k > 0 and i - k < 8 and title_word(ws[k - 1].text, case):
            if headed_by(ws, k - 1):
                break  # "делегация во главе с вице-президентом Х": the title starts after it
            gap = text[ws[k - 1].end : ws[k].start]
            if any(c in gap for c in ',;:()«»"“”„\n') and not (
                gap == ", " and listed_fields(ws, k, text)
            ):
                break  # ("цифрового развития, связи и массовых коммуникаций": one post's list)
            if (
                ws[k - 1].text[:1].isupper()
                and name_like(ws[k - 1], False)
                and not body_name_word(ws, k - 1, text)
                and not names_a_region(ws, k - 1, text)
            ):
                break  # another person's name: "Путина и Президента Казахстана Токаева"
            k -= 1
        while (
            k > 0
            and i - k < 10
            and _adjective_in(ws[k - 1].text, case)
            and (ws[k - 1].start == sentence_start or not ws[k - 1].text[:1].isupper())
        ):
            # "Верховный представитель ЕС по иностранным делам и политике ...", not another
            # name the dictionary reads as an adjective ("Тасмагамбетовым Шойгу")
            k -= 1
        if k < i and is_org(ws[k].text) and governed(ws, k, text):
            # "заседания коллегий МИД Беларуси и РФ министр ...": the body is the noun's
            k = next((n for n in range(k, i) if is_role(ws[n].text)), i)
        # the title's head is its first post noun; the posts after it are its complements
        # ("Заместитель постпреда России при ООН")
        head = next((w for w in ws[k:i] if is_role(w.text)), None)
        if (head is not None and not role_in_case(head.text, case)) or (
            k < i and k > 0 and is_role(ws[k - 1].text) and plain_gap(text, ws[k - 1], ws[k])
        ):
            continue  # "с главой МИД КНР Ван И": the post heads the title in another case
        found = parse(ws[k:end], text, case, sentence_start=sentence_start)
        if (found is None or found.kind != "person") and k < i:
            # "журналиста Такера Карлсона": no title, but the name in that case
            found = parse(ws[i:end], text, case, sentence_start=sentence_start)
        if found is None or found.kind != "person" or _opens_with_place(ws, k, end, found.start):
            continue
        at = next((n for n in range(k, i) if ws[n].start == found.start), i)
        if found.role and found.role == found.institution and subject_after_body(ws, at, i, text):
            # "На заседании Совбеза Шойгу доложил": the body is where he spoke, no post of
            # his; he is its member, not its "Совбез"
            return dataclasses.replace(found, role=None)
        if found.role:
            return found
        if best is None and " " in (found.name or ""):
            best = found
    if best is not None and not best.country:
        country = _colleague_country(ws, i)
        best = dataclasses.replace(best, country=country) if country else best
    return best


def _opens_with_place(ws: list, k: int, end: int, start: int) -> bool:
    """Whether the name found at ``start`` (among the words ``ws[k:end]``, a title and a
    name) begins with a town after "в" ("В Минске Лукашенко" read together in the
    locative): the place where, and the subject after it."""
    at = next((n for n in range(k, end) if ws[n].start == start), 0)
    return at > 0 and place_where(ws[at - 1].text, ws[at].text)


def _colleague_country(ws: list, i: int) -> str | None:
    """The country of a colleague named without a post: "с турецким коллегой Мевлютом
    Чавушоглу" is a Turkish official, whom "глава турецкого МИД" may describe later."""
    if i < 2 or morph.lemma(ws[i - 1].text) != "коллега":
        return None
    return country_of(ws[i - 2].text) if morph.has_tag(ws[i - 2].text, "ADJF") else None


def _cases_by_endings(
    name: list, apposition: frozenset[str] = frozenset(), text: str = ""
) -> list[str]:
    """The cases: first those of the person noun the name stands beside, then those in
    which no word of the name the dictionary lacks is without a guessed reading ("Имангали
    Тасмагамбетовым" is instrumental, not a nominative); among those alike, the case whose
    nominative of an unknown surname the article writes alone ("Поездка Олафа Шольца ...
    Шольц ответил": genitive, not a woman "Олафа Шольца")."""
    unknown = [w.text for w in name if len(w.text) > 1 and not morph.known(w.text)]
    surname = name[-1].text if unknown and unknown[-1] == name[-1].text else ""
    # a given name the dictionary lacks in "-у", "-ю" still shows its case as Russian does
    # ("Нарендру" is an accusative), where its surname may not decline at all ("Моди"); one
    # in "-а" may be a nominative as well as a genitive ("Лула да Силва")
    given = name[0].text if len(name) > 1 and name[0].text in unknown else ""
    given = given if given.endswith(("у", "ю")) else ""
    return sorted(
        morph.CASES,
        key=lambda case: (
            case not in apposition,
            sum(case not in _guessed_cases(w) for w in unknown),
            not (surname and _written_alone(morph.nominative(surname, case), surname, text)),
            bool(given) and case not in _guessed_cases(given),
        ),
    )


def _written_alone(form: str, surname: str, text: str) -> bool:
    """Whether ``form``, another form than ``surname``, stands in ``text`` as a word."""
    return form != surname and form in _words_of(text)


@lru_cache(maxsize=4)
def _words_of(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\w+", text))


@lru_cache(maxsize=16384)
def _guessed_cases(word: str) -> frozenset[str]:
    return frozenset(p.tag.case for p in morph.parses(word) if p.tag.number != "plur")


@lru_cache(maxsize=16384)
def _person_noun_cases(word: str) -> frozenset[str]:
    return frozenset(
        p.tag.case
        for p in morph.parses(word)
        if p.tag.POS == "NOUN" and p.tag.animacy == "anim" and p.tag.number != "plur"
    )


def _apposition_cases(ws: list, i: int, text: str) -> frozenset[str]:
    """The cases of a person noun right before a name, which the name agrees with ("с
    турецким коллегой Мевлютом Чавушоглу"; "журналиста Такера Карлсона", genitive or
    accusative, never nominative); none when that noun is itself the complement of a
    title ("заместитель министра ...") or there is none."""
    if i == 0 or text[ws[i - 1].end : ws[i].start] != " ":
        return frozenset()
    cases = _person_noun_cases(ws[i - 1].text)
    if "gent" in cases and i > 1 and morph.has_tag(ws[i - 2].text, "NOUN"):
        return frozenset()
    return cases


def _object_cases(ws: list, i: int, text: str) -> frozenset[str]:
    """ "принимавший в пятницу Ильхама Алиева и Никола Пашиняна", "принял в Кремле Александра
    Лукашенко": a name right after a verb that is no verb of saying (past the time or place
    it names, and a name joined by "и") is its object, accusative or genitive, though it may
    read as a nominative ("Ильхама" as a woman's name); after "заявил" it is the subject."""
    k = i - 1
    while k >= 0 and ws[k].text.lower() == "и" and k > 0 and ws[k - 1].text[:1].isupper():
        k -= 1  # "... Алиева и": the name before, in the same case
        while k > 0 and ws[k - 1].text[:1].isupper() and plain_gap(text, ws[k - 1], ws[k]):
            k -= 1
        k -= 1
    if k >= 1 and ws[k - 1].text.lower() in _CIRCUMSTANCE:
        k -= 2  # "в пятницу", "в Кремле"
    if k < 0 or not plain_gap(text, ws[k], ws[min(k + 1, i)]):
        return frozenset()
    before = ws[k].text
    readings = morph.parses(before)
    if not readings or readings[0].tag.POS not in ("VERB", "PRTF", "GRND", "INFN"):
        return frozenset()
    return frozenset() if is_cue_word(before) or verb_cue(ws[k]) else frozenset(("accs", "gent"))


_CIRCUMSTANCE = word_set("в во на")


def _subject_cases(ws: list, i: int, end: int, text: str) -> frozenset[str]:
    """ "Сигэру Исиба сказал", "«...», — сказал Сигэру Исиба", "Как отметил Сигэру Исиба,": a
    name right before a verb of saying in the singular, or right after one that follows a
    quotation's dash or "как", is its subject, in the nominative, though its foreign words
    may read as another case ("Исиба" as "of Исиб", "Саломе" as "to Салома")."""
    after = ws[end] if end < len(ws) and plain_gap(text, ws[end - 1], ws[end]) else None
    if after is not None and verb_cue(after) and morph.verb_gender(after.text) is not None:
        return frozenset(("nomn",))
    if i > 1 and plain_gap(text, ws[i - 1], ws[i]) and verb_cue(ws[i - 1]):
        before = text[ws[i - 2].end : ws[i - 1].start]
        if _DASH_END.search(before) or (ws[i - 2].text.lower() == "как" and before == " "):
            return frozenset(("nomn",))  # "— сказал X", "Как отметил X,"
    return frozenset()


_DASH_END = re.compile(r"[—–-]\s*$")


def _coordinated_cases(ws: list, i: int, text: str) -> frozenset[str]:
    """ "разговор Владимира Путина и Ёсихидэ Суги": a name joined by "и" to a name before it
    stands in that name's case, though its own words may read as a nominative ("Суги" as a
    plural); the cases the name before can take, when its words narrow them."""
    if i < 2 or ws[i - 1].text != "и" or not plain_gap(text, ws[i - 2], ws[i - 1]):
        return frozenset()
    k = i - 2
    while k > 0 and ws[k - 1].text[:1].isupper() and plain_gap(text, ws[k - 1], ws[k]):
        k -= 1
    before = [w.text for w in ws[k : i - 1] if len(w.text) > 1]
    if not before or not all(name_like(w, False) for w in ws[k : i - 1]):
        return frozenset()
    cases = frozenset(c for c in morph.CASES if run_in_case(before, c))
    if {"gent", "accs"} <= cases:
        # one form for a man ("Путина"); the genitive puts "Исибы" back to "Исиба"
        cases -= {"accs"}
    return cases if len(cases) < len(morph.CASES) - 1 else frozenset()


def _owner_case(ws: list, i: int, text: str) -> str | None:
    """ "по словам Игнацио Кассиса", "заявление Антониу Гутерриша": a name right after the
    words it owns is genitive, though its surname may read as a nominative ("Кассиса")."""
    if i == 0 or text[ws[i - 1].end : ws[i].start] != " ":
        return None
    before = ws[i - 1].text
    if before.lower() in BY_WORDS and i > 1 and ws[i - 2].text.lower() == "по":
        return "gent"
    return "gent" if before.islower() and morph.lemma(before) in _OWNED_WORDS else None


# Nouns of what someone said, whose owner follows in the genitive
_OWNED_WORDS = word_set("слово заявление высказывание мнение позиция оценка комментарий обращение")


def _collect_institutions(text: str, page: Page, registry: Registry) -> None:
    """Every institution named in full ("британский МИД", "посольство России"), in any
    case, into the registry: what "ведомство" may refer back to."""
    for s in page.sents:
        ws = page.words(s)
        for i, w in enumerate(ws):
            if is_org(w.text) and not page.in_quote(w.start):
                _collect_institution(ws, i, text, registry)


def _adjective_in(word: str, case: str) -> bool:
    return any(p.tag.POS == "ADJF" and p.tag.case == case for p in morph.parses(word)[:2])


def _adjective(word: str) -> bool:
    """A word read first as an adjective ("британский"), not a noun that may be one
    ("данным": "по данным МИД")."""
    found = morph.parses(word)
    return bool(found) and found[0].tag.POS == "ADJF"


def _body_before_name(ws: list, start: int, person, text: str, case: str):
    """The body named right before a person's name in a post ("МИД России" of "замглавы
    МИД России Андрей Руденко"), read alone."""
    upto = [w for w in ws[start:] if w.end <= person.end]
    body = upto[: len(upto) - len((person.name or "").split())]
    return parse(body, text, case, sentence_start=-1) if body else None


def _collect_institution(ws: list, i: int, text: str, registry: Registry) -> None:
    """The institution an organisation word heads, in whatever case it stands, when it is
    named in full (with its country or as an abbreviation), not by its kind alone."""
    start = i
    while start > 0 and i - start < 2 and _adjective(ws[start - 1].text):
        start -= 1  # "британский МИД"; not "по данным МИД"
    for case in morph.CASES:
        if not in_case(ws[i].text, case):
            continue
        found = parse(ws[start : i + 12], text, case, sentence_start=-1)
        if found is not None and found.kind == "person" and found.role == found.institution:
            # "Замглавы МИД России Андрей Руденко": the body the post is in, named in full
            # before the name; its name runs up to the one holding the post
            found = _body_before_name(ws, start, found, text, case)
        if found is not None and found.kind == "institution" and found.start == ws[start].start:
            if found.country or " " in (found.name or ""):
                registry.add(found)
            return
