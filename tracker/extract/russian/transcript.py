"""Russian transcripts: briefings and press conferences (mid.ru, kremlin.ru) and interviews.

Turns are labelled "Вопрос:", "Ответ:", "С.В.Лавров:", "В.В.Путин:", "К.-Ж.Токаев (говорит
по-казахски):" (talks without questions and interviews labelled by full names too; a radio
station's "С.БУНТМАН:", a magazine's initials alone, "Д.А.:"; a post alone, "Посол:"), or, in a
wire interview (TASS, RIA Novosti, Kommersant), opened by a dash: "— Сергей Алексеевич, как
вы оцениваете ...?" asks, the next dash answers; a page that lost its marks leaves each
question a paragraph ending with "?" that addresses the one answering. As in English
(:mod:`tracker.extract.transcript`), each answering turn is one direct statement of its
speaker, all its paragraphs together; questions, greetings and floor management ("Спасибо.",
"Следующий вопрос") are no statements. "Ответ:" is the briefer the header names ("Брифинг
официального представителя МИД России М.В.Захаровой"), who also speaks everything between
the header and the first question, one statement per topic under its heading. In a dash
interview the one answering is the person the reporter's introduction names; that
introduction is news, read as such. A statement issued as a page of its own ("Заявление МИД
России в связи с ...") is one direct statement of its issuer, read like a turn.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from tracker.extract.russian import morph
from tracker.extract.russian.channel_posts import parted, post_end
from tracker.extract.russian.dateline import date_line, find_dateline
from tracker.extract.russian.initials_labels import INITIALS_LABEL, initials_of, named_by_initials
from tracker.extract.russian.lexicon import HELD, MEDIA_NOUNS, SAYING, word_set
from tracker.extract.russian.live_stamps import time_lines
from tracker.extract.russian.name_words import is_outlet, is_role
from tracker.extract.russian.speakers import Speaker, parse
from tracker.extract.russian.statement_page import issuers_words
from tracker.extract.russian.text import Word, opens_links, words

# A capitalised name word; a compound one may capitalise its second part too
# ("Сассу-Нгессо", "Томас-Гринфилд", "МакКейн"), as the Kremlin prints foreign names
_NAME_WORD = r"[А-ЯЁ][а-яё-]+(?:[А-ЯЁ][а-яё-]+)?"
# The words of a name after its initials: "Б.Абдель Аты", "Ф.бен Фархан Аль Сауд"
_NAME_ON = rf"(?: (?:{_NAME_WORD}|бен|бин|ибн|аль|эль|фон|дер|ван|де|ди|да|ла|ле)){{0,3}}"
_INITIALLED_NAME = (
    rf"(?:[А-ЯЁ]\.-?\s?){{1,3}}(?P<name>(?:(?:бен|бин|ибн|фон) )?{_NAME_WORD}{_NAME_ON})"
)
# "Президент России Владимир Путин:", "Министр иностранных дел Армении Арарат Мирзоян:": a
# leader's statement to the press, labelled by post and full name
_POSTS = (
    r"(?:Президент|Премьер-министр|Председатель|Министр|Глава|Генеральный|Канцлер|"
    r"Госсекретарь|Вице-президент|Вице-премьер|Заместитель|Пресс-секретарь|Посол|Спикер)"
)
_POSTED_NAME = rf"{_POSTS}(?: [а-яёА-ЯЁ][а-яё-]*){{0,5}} {_NAME_WORD} {_NAME_WORD}"
_LABEL = re.compile(
    rf"^(?P<label>{_INITIALLED_NAME}|{_POSTED_NAME}|"
    # "Сергей Лавров:", "Ван И (говорит по-китайски):"
    rf"{_NAME_WORD}(?: [А-ЯЁ][а-яё-]*(?:[А-ЯЁ][а-яё-]+)?){{0,2}}|"
    r"[А-ЯЁ][а-яё-]+ (?:газета|журнал|радио|телеканал|агентство)|"  # "Российская газета:"
    r"«[^«»\n]{1,40}»|"  # "«Известия»:", "«Ъ»:": the outlet, in its marks, asks
    # "Вопрос обоим министрам:", "Вопрос от турецких СМИ:": whom it asks or who asks (not
    # a topic, "Вопрос о Карабахе: ...")
    r"Вопрос (?:от|из|к|обоим|двум|всем|для|адресован\w*)\b[^:\n]{0,40}|"
    # "К.КОСАЧЕВ:", "О.ЖУРАВЛЕВА:": a radio transcript's initial and surname in capitals
    r"[А-ЯЁ]\.[ \t]?[А-ЯЁ]{2,}(?:-[А-ЯЁ]{2,})?|"
    r"Корр\.|КОРРЕСПОНДЕНТ|[А-ЯЁA-Z]{2,8}(?: [А-ЯЁ][а-яё]+)?)"  # "Корр.:", "ТАСС:" asking
    r"(?:\s*\([^)\n]{1,80}\))?:(?:[ \t]+(?=\S)|[ \t]*$)",  # or alone on its line, the turn below
    re.M,
)
# A name in capitals, then a dash, opening a turn: "ВЛАДИМИР ПУТИН – ...", "В. ПУТИН – ...",
# "ЛАРРИ КИНГ – ..." (a transcript as newspapers print it)
_INITIALLED = re.compile(_INITIALLED_NAME)
_CAPS_LABEL = re.compile(
    r"^(?P<label>(?:[А-ЯЁ]\.[ \t]?)?[А-ЯЁ]{2,}(?:[ \t-][А-ЯЁ]{2,}){0,2})"
    r"[ \t]+[\u2013\u2014-][ \t]+(?=\S)",
    re.M,
)

# A name in its own letters, then a dash, opening a turn: "Арарат Мирзоян - Благодарю ...",
# "Вопрос - Господин министр, ...?" (an agency's excerpts of a press conference); a dash
# also joins subject and predicate ("Сергей Лавров - опытный переговорщик"), so such labels
# are turns only where they make a dialogue of their own (see :func:`_dashed_labels`)
_DASHED_LABEL = re.compile(
    rf"^(?P<label>{_NAME_WORD}(?: {_NAME_WORD}){{1,2}}|Вопрос|Ответ)"
    r"[ \t]+[\u2013\u2014-][ \t]+(?=\S)",
    re.M,
)

# A broadcast's caption over a soundbite: the name in capitals, a comma and the post, and
# "(перевод)" when voiced over ("ИВАН ПЕТРОВ, МИНИСТР ИНОСТРАННЫХ ДЕЛ:"); the name speaks.
# Some channels set the post in its own letters ("ИВАН ПЕТРОВ, министр иностранных дел
# (перевод):"), the host's and the correspondent's too ("ИВАН ПЕТРОВ, ведущий:")
_CAPTION_LABEL = re.compile(
    r"^(?P<label>[А-ЯЁ]{2,}(?:[ \t-][А-ЯЁ]{2,}){1,2}),[ \t]+"
    r"(?P<post>[А-ЯЁ][А-ЯЁ0-9 .,«»\"-]{1,120}?|[а-яё][а-яёА-ЯЁ0-9 .,«»\"-]{1,120}?)"
    r"(?:[ \t]*\([^)\n]{1,80}\))?:(?:[ \t]+(?=\S)|[ \t]*$)",
    re.M,
)

# The same soundbite marked on one line, the name in its own letters: "СИНХРОН: Сергей
# Лавров, министр иностранных дел РФ: «...»", "СИНХРОН: Марко Рубио, госсекретарь США
# (перевод): «...»"; the one named speaks, not the marker
_SOUNDBITE = re.compile(
    r"^(?:СИНХРОН|Синхрон):[ \t]+"
    rf"(?P<label>{_INITIALLED_NAME}|[А-ЯЁ][а-яё-]+(?: [А-ЯЁ][а-яё-]+){{1,2}}),[ \t]+"
    r"[^:\n«\"]{1,160}?(?:[ \t]*\([^)\n]{1,80}\))?:[ \t]+(?=\S)",
    re.M,
)

# the words of a soundbite set in quotation marks, as a whole line: «...». or "..."
_MARKED_LINE = re.compile(r"[«\"](?P<said>[^«»\"\n]+)[»\"]\.?")


def _label_at(text: str, start: int) -> re.Match[str] | None:
    return (
        _SOUNDBITE.match(text, start)
        or _LABEL.match(text, start)
        or _CAPS_LABEL.match(text, start)
        or _CAPTION_LABEL.match(text, start)
    )


_QUESTION = frozenset(
    ["вопрос", "журналист", "корреспондент", "корр", "ведущий", "модератор", "реплика"]
)
_ANSWER = frozenset(["ответ"])
# The host and the correspondent of a broadcast's transcript: their turns ask the guest, or
# read the news ("Сергей Рябков вышел к журналистам ... Он подчеркнул, что ...")
_ON_AIR = frozenset(["корреспондент", "ведущий", "ведущая"])
# "Российская газета:", "Новая газета:": an outlet named by what it is asks
# The kind of page, then its speaker in the genitive: "Выступление и ответы на вопросы СМИ
# Министра ... С.В.Лаврова", "Ответы ... М.В.Захаровой на вопросы СМИ"
_HEADER = re.compile(
    # what part of it the page gives ("Текст интервью", "Выдержки из ответов"), and a
    # transcript's "Стенограмма интервью ...", "Из стенограммы ответов ..."
    r"(?:(?:Из|Выдержки из|Тезисы|Фрагмент\w*|Текст)\s+)?"
    r"(?:[Сс]тенограмм\w*\s+(?=[Ии]нтервью|[Оо]твет))?"
    # "Ответ официального представителя ... на вопрос СМИ": one answer is a page too
    # ("Вступительное слово Министра ... С.В.Лаврова в ходе переговоров ...": a speech too)
    r"(?P<kind>[Бб]рифинг\w*|[Вв]ыступлени\w+|"
    r"(?:[Вв]ступительн|[Пп]риветственн|[Зз]аключительн)\w+ слово|[Рр]ечь|[Оо]бращени\w+|"
    r"[Ии]нтервью|[Оо]твет(?:ы|ов)?|[Пп]ресс-конференци\w+|"
    r"[Сс]тенограмм\w+|[Зз]аявлени\w+|[Кк]омментари\w+)"
    r"(?:\s+и\s+ответ(?:ы|ов))?(?:\s+на\s+вопросы?(?:\s+(?:СМИ|журналистов|средств массовой "
    r"информации))?)?(?P<who>[^\n]{0,200})",
)
_DASH_LINE = re.compile(r"^[ \t]*[\u2014\u2013-][ \t]+(?=\S)", re.M)
# Paragraphs that greet, thank or pass the floor: no position of the speaker's
_COURTESY = re.compile(
    r"\s*(?:уважаем\w*|дорог\w*|добр\w+ (?:день|утро|вечер)|здравствуйте|благодар\w*|"
    r"спасибо|пожалуйста|коллеги|дамы и господа|следующий вопрос|прошу|да,? пожалуйста|"
    # those addressed, set off by "!" or ",": "Представители СМИ!", "Друзья,"
    r"(?:представител\w* (?:СМИ|прессы|средств массовой информации)|друзья|господа|"
    r"товарищи)(?=\s*[!,]))"
    r"(?![\w-])",
    re.I,
)
# Thanks for something or to someone, opening a paragraph which goes on ("Благодарю вас за
# теплый прием. Это мой первый визит ...", "Благодарю моего коллегу. Я рад ..."): the turn's
# first words; a bare "Спасибо." or "Благодарю, коллеги." is passed over
_THANKS = re.compile(
    r"\s*(?:благодар\w*(?=\s+[^\W\d])|спасибо(?:\s+(?:вас|вам|тебе|всем))?\s+за(?![\w-]))",
    re.I,
)
# Giving the floor and closing the event: "Следующий вопрос", "Слово предоставляется ...",
# "Передаю слово коллеге", "Переходим к вопросам", "Пресс-конференция завершена"
_FLOOR = re.compile(
    r"(?:(?:следующ|последн|перв)\w*|ещ[её] один)\s+вопрос|слово\s+предоставл\w+|"
    r"(?:передаю|предоставляю)\s+слово|ваш\s+вопрос|переходим\s+к\s+вопросам|"
    r"давайте\s+(?:следующ|по\s+одному)|до\s+свидания|всего\s+доброго|"
    r"спасибо\s+за\s+внимание|(?:пресс-конференция|брифинг)\s+(?:завершен|окончен|закончен)",
    re.I,
)
_FLOOR_WORDS = 8  # a longer sentence may hold a position as well
# The chair calls on one by name and patronymic: "Андрей Рэмович, пожалуйста, ...",
# "Алексей Борисович, давайте начнем с ...", "Марат Шакирзянович, прошу вас."
_CALLS_ON = re.compile(
    r"[А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+(?:вич|вна|ична|чна),\s+"
    r"(?:пожалуйста|прошу|давайте (?:начн|продолж)\w*|начн\w+ с)(?![\w-])"
)
_CALL_WORDS = 12
# A speech's salutation, a line of its own ending in a comma, as a letter's: "Уважаемые
# коллеги, друзья,", "Уважаемый господин Председатель,"
_SALUTATION = re.compile(r"\s*[^.!?…\n]{1,80},\s*")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?…])\s+")
_COURTESY_END = re.compile(r"[.!?…,]+\s*")  # where a greeting or thanks ends
# The one greeted or thanked, up to the end of the sentence: "господин Президент."
_ADDRESS = re.compile(r"(?:[А-ЯЁа-яё-]+ ?){1,3}[.!]+\s*")
_MIN_WORDS = 4  # shorter turns ("Да, конечно.", "Спасибо, коллеги.") carry no position


@dataclass(frozen=True)
class Turn:
    """One statement of a transcript: an answering turn or one topic of an opening.
    ``speaker`` is None in a dash interview, where the pipeline names the interviewee."""

    speaker: Speaker | None
    pieces: tuple[tuple[int, int], ...]
    # a broadcast's soundbite under its caption: said where the report around it says, not
    # on the day the transcript went on air
    aired: bool = False

    @property
    def start(self) -> int:
        return self.pieces[0][0]


@dataclass(frozen=True)
class Transcript:
    turns: list[Turn]
    narrative: list[tuple[int, int]]  # spans read as news


# a lower-case word or a comma right before: the header's noun stands inside a sentence
_IN_PROSE = re.compile(r"(?:[а-яё]|,)\s*$")


def _briefer(head: str) -> Speaker | None:
    """The one answering, from the header: "Брифинг ... М.В.Захаровой" (genitive); a
    person named there before a post alone ("Брифинги официального представителя" in the
    site's breadcrumbs above it)."""
    found = []
    for m in _HEADER.finditer(head):
        if m.group()[0].islower() and _IN_PROSE.search(head, 0, m.start()):
            continue  # "главной темой стала совместная пресс-конференция": the story's prose
        ws = words(head, m.start("who"), m.end())
        speaker = parse(ws, head, "gent", sentence_start=-1) if ws else None
        if speaker is not None and speaker.kind == "person":
            return speaker
        found.append(speaker)
    return next((f for f in found if f is not None), None)


_WORD = re.compile(r"\w")


def _header_line(text: str, first: int, briefer: Speaker | None) -> int:
    """Where the line naming the briefer below the page's first line starts, when a post's
    break stands above it (0: none): on a channel copied as one page ("* * *" between posts)
    an earlier post's news stands above "Ответ Посла ... на вопрос СМИ", no words of his; a
    briefing's topic heading "Комментарий ... М.В.Захаровой ..." parts no posts. So does
    the ministry's readout of talks above "Из ответов ... Д.А.Гусева на вопросы СМИ" when
    no line above names him: the readout is news, none of his words."""
    if briefer is None:
        return 0
    told = False  # a paragraph of prose above, under a page title naming another
    own_title = False  # the page's first line names him: his words follow it
    for start, end in _lines(text, 0, first):
        head = _HEADER.search(text, start, end)
        titled = head is not None and not _WORD.search(text, start, head.start())
        named = _briefer(text[start:end]) if titled else None  # (past "🇷🇺🇺🇸")
        if named is None or named.name != briefer.name:
            told = told or _prose(text[start:end])
        elif text.find("\n", 0, start) < 0:
            own_title = True
        else:
            return start if parted(text, 0, start) or (told and not own_title) else 0
    return 0


def _asks(label: str) -> bool:
    """A label of the one asking: "Вопрос", "Корр.", or the outlet itself ("ТАСС",
    "Российская газета")."""
    first = label.split()[0].lower().rstrip(".")
    return (
        label.startswith("«")
        or first in _QUESTION
        or is_outlet(first)
        or any(morph.lemma(w) in MEDIA_NOUNS for w in label.split()[1:])
    )


def _on_air(label: re.Match[str]) -> bool:
    """Whether a label is the broadcast's host or correspondent, by post or by name of the
    post ("КОРРЕСПОНДЕНТ:", "ИВАН ПЕТРОВ, ведущий:")."""
    if label.re is _CAPTION_LABEL:
        return label["post"].split()[0].lower() in _ON_AIR
    return label["label"].lower() in _ON_AIR


def _label_speaker(label: str, at: int = 0) -> Speaker | None:
    """The person a label names; ``at`` is where the label stands in the text, where the
    speaker is placed (a label's name places its speaker as a name in prose does)."""
    if label.isupper():  # "ВЛАДИМИР ПУТИН", "В. ПУТИН": the name in its own letters
        label = re.sub(r"[А-ЯЁ]+", lambda m: m.group().capitalize(), label)
    ws = words(label)
    found = parse(ws, label, "nomn", sentence_start=-1)
    initialled = _INITIALLED.fullmatch(label)
    if found is None and initialled:
        # "Б.Абдель Аты", "Ф.бен Фархан Аль Сауд": the label is a name, however foreign
        return Speaker("person", label, at, at + len(label), name=initialled["name"])
    if found is None or found.kind != "person":
        return None
    return replace(found, start=found.start + at, end=found.end + at)


_HEADING_WORDS = 15  # "О ситуации вокруг АЭС «Запорожская»": a topic heading is short


def _prose(line: str) -> bool:
    """A paragraph of speech, not a topic heading ("Об итогах переговоров в Женеве"). A
    line that ends in a closing quote mark is speech when the quotation ends a sentence
    («...!», «...?»; a sentence's point stands after the quote mark), not when it names a
    project or a ship ("О планах строительства порта «Северный»"), unless too long for a
    heading."""
    line = line.strip()
    if line.endswith(("»", '"', "”")) and line[-2:-1] not in (".", "!", "?", "…"):
        return len(line.split()) > _HEADING_WORDS
    return line.endswith((".", "!", "?", "…", "»", '"', "”", ",")) and len(line.split()) >= 3


def _lines(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    stop = len(text) if end is None else end
    return [(m.start(), m.start() + len(m.group().rstrip())) for m in re.finditer(r"[^\n]+", text)
            if start <= m.start() < stop]  # fmt: skip


def _turn(
    speaker: Speaker | None, pieces: list[tuple[int, int]], text: str, aired: bool = False
) -> Turn | None:
    """The statement of one turn: its paragraphs, less the courtesies that open it
    ("Уважаемые дамы и господа!", "Благодарю за вопрос.")."""
    pieces = list(pieces)
    while pieces and _COURTESY.match(text, pieces[0][0]):
        a, b = pieces[0]
        if _SALUTATION.fullmatch(text, a, b):
            pieces.pop(0)  # "Уважаемые коллеги, друзья,": the address a speech opens with
            continue
        stop = _COURTESY_END.search(text, a, b)
        address = stop and text[stop.start()] == "," and _ADDRESS.match(text, stop.end(), b)
        if address:  # "Спасибо, господин Президент.": the one thanked goes with the thanks
            stop = address
        if stop is None or stop.end() >= b:
            pieces.pop(0)
        elif _THANKS.match(text, a):
            break  # "Благодарю вас за теплый прием. Это ...": the turn's first words
        else:
            pieces[0] = (stop.end(), b)
    if sum(len(text[a:b].split()) for a, b in pieces) < _MIN_WORDS:
        return None
    if _manages_the_floor(" ".join(text[a:b] for a, b in pieces)):
        return None
    return Turn(speaker, tuple(pieces), aired)


def _manages_the_floor(said: str) -> bool:
    """A turn of short sentences that each give the floor, close the event or thank ("Первый
    вопрос от агентства ТАСС.", "Передаю слово моему коллеге.", "Спасибо за внимание. До
    свидания."): the event run, no position of the speaker's. So is a chair's turn calling
    on the next by name and patronymic ("Андрей Рэмович, пожалуйста, о гособоронзаказе.",
    "Алексей Борисович, давайте начнем с обстановки в районах.")."""
    sentences = [s for s in _SENTENCE_BREAK.split(said.strip()) if s.strip()]
    return bool(sentences) and all(
        (len(s.split()) <= _FLOOR_WORDS and (_FLOOR.search(s) or _COURTESY.match(s)))
        or (len(s.split()) <= _CALL_WORDS and _CALLS_ON.match(s))
        for s in sentences
    )


def read_transcript(text: str) -> Transcript | None:
    """Turns of a transcript; None when ``text`` is not one."""
    return (
        _by_initials(text)
        or _labelled(text)
        or _dialogue(text)
        or _topics_answered(text)
        or _asked_in_paragraphs(text)
        or _release(text)
        or _monologue(text)
    )


# Words of one speaking for himself or his side: "я", "мы", "нас", "наш", "подчеркну"
_FIRST_PERSON = re.compile(
    r"(?<![\w-])(?:[Яя]|[Мм]ы|[Нн]ас|[Нн]ам|[Нн]ами|[Мм]не|[Мм]еня|[Нн]аш\w*|[Мм]о[йеяи]\w*|"
    r"[Пп]одчеркну|[Оо]тмечу|[Нн]апомню|[Хх]очу|[Хх]отела?|[Сс]читаем|[Пп]ризываем)(?![\w-])"
)


# pages of one person's words: a briefing's remarks, a speech, opening words at talks
_SPOKEN_PAGES = (
    "брифинг",
    "выступлени",
    "вступительн",
    "приветственн",
    "заключительн",
    "речь",
    "обращени",
)


# lines of site chrome a page's title may sit under: the site's name, its breadcrumbs, a date
_CHROME_LINES = 4


# A title closing on a name in quote marks (an outlet, a journal: "... агентству «РИА
# Новости»", "... для журнала «Россия в глобальной политике»"), no sentence before it (the
# period of an initial, "С.В.Лаврова", ends none)
_NAME_IN_MARKS = re.compile(r"^(?:[^.!?…\n]|(?<=[А-ЯЁ])\.)*«[^«».!?\n]{1,60}»\s*$")


def _title(text: str, fits: Callable[[str], object]) -> re.Match[str] | None:
    """The page's title line, when it ``fits``: the first line, or one under a few lines of
    the site's chrome ("Министерство иностранных дел Российской Федерации", "Главная /
    Выступления"), none of them prose; a paragraph of prose above it makes the page a story."""
    for n, line in enumerate(re.finditer(r"[^\n]*\S[^\n]*", text)):
        if n > _CHROME_LINES or (_prose(line.group()) and not _NAME_IN_MARKS.search(line.group())):
            return None
        if fits(line.group()):
            return line
    return None


def _spoken_page(line: str) -> bool:
    """A title naming a page of one person's words: "Выступление Министра ... С.В.Лаврова"."""
    head = _HEADER.match(line.strip())
    return head is not None and head.group().lower().startswith(_SPOKEN_PAGES)


def _monologue(text: str) -> Transcript | None:
    """The opening remarks of a briefing with no questions in the excerpt: a header naming
    the briefer in the genitive ("Брифинг официального представителя МИД России
    М.В.Захаровой, Москва, 12 мая 2016 года"), then topic headings and paragraphs spoken in
    the first person; each topic's paragraphs are one direct statement of the briefer. Not
    news about a briefing: a paragraph with a reporter's verb ("заявила") makes it news."""
    first = _title(text, _spoken_page)
    if first is None:
        return None
    briefer = _briefer(first.group())
    if briefer is None or briefer.kind != "person":
        return None
    lines = _lines(text, first.end())
    prose = [(a, b) for a, b in lines if _prose(text[a:b])]
    if not prose or not any(_FIRST_PERSON.search(text, a, b) for a, b in prose):
        return None
    for a, b in prose:
        ws = words(text, a, b)
        for n, w in enumerate(ws):
            own = any(x.text.lower() in ("я", "мы") for x in ws[max(0, n - 3) : n])
            if _reported(w.text) and not own:
                return None  # "Захарова заявила ...": news about the briefing
    turns: list[Turn] = []
    pieces: list[tuple[int, int]] = []
    for a, b in lines:
        if _prose(text[a:b]):
            pieces.append((a, b))
            continue
        if pieces:  # a topic heading closes the topic before
            turn = _turn(briefer, pieces, text)
            if turn is not None:
                turns.append(turn)
        pieces = []
    if pieces:
        turn = _turn(briefer, pieces, text)
        if turn is not None:
            turns.append(turn)
    return Transcript(turns, []) if turns else None


def _labelled(text: str) -> Transcript | None:
    labels = sorted(
        [_SOUNDBITE.match(text, m.start()) or m for m in _LABEL.finditer(text) if m.start() > 0]
        + [
            m
            for m in _CAPS_LABEL.finditer(text)
            if m.start() > 0 and not _LABEL.match(text, m.start())
        ]
        + [m for m in _CAPTION_LABEL.finditer(text) if m.start() > 0],
        key=lambda m: m.start(),
    )
    dashed = {m.start(): m for m in _dashed_labels(text)}
    labels = sorted(labels + list(dashed.values()), key=lambda m: m.start())
    labels = [m for m in labels if not _field(m, text)]
    # a newspaper's interview: its questions in bold, unlabelled, each answer labelled with
    # the guest's name ("Когда ...?" then "Александр Дарчиев: ...")
    unlabelled_asks = _answers_under_questions(labels, text)
    first = labels[0].start() if labels else 0
    # "Ответы ... М.В.Захаровой на вопросы СМИ" over "Вопрос:" lines only: the paragraphs
    # under each question answer it, the one the header names speaking
    answered = None
    if labels and all(_asks(m["label"]) for m in labels):
        answered = _briefer(text[:first])
        answered = answered if answered is not None and answered.kind == "person" else None
    if not labels or (
        len({m["label"] for m in labels}) < 2
        and not _initialled(labels, text)
        and not unlabelled_asks
        and answered is None
    ):
        return None
    asked = bool(unlabelled_asks) or any(_asks(m["label"]) for m in labels)
    if not asked and not _conversation(labels, text):
        return None
    briefer = _briefer(text[:first]) if asked else None
    # a spokesperson's answers relay what the minister or the president said; a minister's
    # own press conference recounts talks, his words throughout
    relaying = briefer is not None and _SPEAKS_FOR_OTHERS.search(text, 0, first) is not None
    turns: list[Turn] = []
    current: Speaker | None = None
    pieces: list[tuple[int, int]] = []
    news: list[tuple[int, int]] = []

    def close(answered_by: Speaker | None = None) -> None:
        # in a conversation the interviewer, labelled by name, asks; so does a moderator
        # named among "Вопрос:" and "Реплика:" labels, asking the one who answers next
        # ("Ф.Лукьянов: ... Как вы оцениваете ...?" then "В.Путин: ...")
        said = " ".join(text[a:b] for a, b in pieces)
        addresses = _ADDRESS_WORDS.search(said) is not None
        asking = bool(pieces) and (
            (not asked and (said.endswith("?") or ("?" in said and addresses)))
            or (
                said.endswith("?")
                and addresses
                and None not in (current, answered_by)
                and not _same_person(current, answered_by)
            )
        )  # "... вы заверили ... «На нас нападут?»."
        if (current is not None or guest) and pieces and not asking:
            turn = _turn(current, pieces, text, aired)
            if turn is not None:
                turns.append(turn)
                if relaying and _same_person(current, briefer):
                    news.extend(r for a, b in turn.pieces for r in _relays(text, a, b))
        pieces.clear()

    aired = False  # the turn is a soundbite under its caption
    # "Ответ:" on a page whose header names no one ("Министр ... дал интервью газете"):
    # the guest the reporter's introduction names answers, as in a dash interview
    guest = False
    # after the header, a briefing opens with the briefer's remarks, a statement a topic;
    # an interview with the reporter's introduction ("Министр ... в воскресенье ответил на
    # вопросы нашего корреспондента"), news
    interview = asked and _interview_title(text, first)
    current = None if interview else briefer
    opening = _header_line(text, first, briefer)
    # a minister's press conference as an agency prints it: the story's lead under the
    # header tells of the talks in the third person, before anyone's words
    narrating = not relaying and _SPEECH_TITLE.match(text) is None
    # a live page of a briefing ("13:05" over each entry): the entries above the first label
    # are the agency's, telling the briefer's words in the third person ("..., заявила
    # Захарова."), not her opening remarks
    live = _live_page(text, first)
    for start, end in _lines(text, 1, first):
        if text.find("\n", 0, start) < 0 or start < opening:
            continue  # the header itself, or an earlier post of a channel above it
        if briefer is not None and _HEADER.match(text, start) and _briefer(text[start:end]):
            close()  # (a topic heading "Комментарий ... М.В.Захаровой в связи с ..." too)
            continue  # "Интервью ... С.В.Лаврова газете «Известия»" under a headline: a title
        narrating = narrating and _narrates(text, start, end)
        if narrating or live:
            news.append((start, end))
        elif _prose(text[start:end]):
            pieces.append((start, end))
        else:
            close()  # a topic heading
    close()
    after = labels[-1].start()
    reporting: list[int] = []  # where an on-air reporter's turn opened, and where it ends
    interjected = False  # the page's news set between two turns
    # the agency's interview opens on its dateline ("Москва. 12 ноября. INTERFAX.RU - ...")
    agency = (lead := find_dateline(text)) is not None and lead.end <= first
    spaced = "\n\n" in text  # paragraphs parted by blank lines, hard-wrapped lines in them

    def report(until: int) -> None:
        # a broadcast's host or correspondent that does not ask reads the news on air
        if reporting and not text[reporting[0] : until].rstrip().endswith("?"):
            news.append((reporting[0], until))
        reporting.clear()

    signed_off = _thanks_exchanged(labels, text)
    for start, end in _lines(text, first):
        if start > after and (
            (signed_off and not _FIRST_PERSON.search(_IN_MARKS.sub(" ", text[start:end])))
            or _news_again(text, start, end)
            or _closed_part(text, start, end)
        ):
            # "Ранее X заявил, что ...": past the last turn, the page reports again
            report(start)
            news.append((start, len(text)))
            break
        label = _label_at(text, start) or dashed.get(start)
        if label is not None and _field(label, text):
            label = None
        if (
            label is None
            and current is not None
            and not reporting
            and (
                interjected
                or (
                    (para := _paragraph_at(text, start, end, spaced)) is not None
                    and _tells_of(current, text, start, para, agency=agency)
                )
            )
        ):
            # "Отдельно министр остановился на ... — напомнил Лавров.": the page reports on
            # the one answering, up to the next label
            close()
            news.append((start, end))
            interjected = True
            continue
        interjected = False
        if label is not None:
            report(start)
            if _on_air(label):
                reporting.append(start)
        if label is None and not _prose(text[start:end]):
            close()
            # "Комментарий посольства" after the last answer: the body's words follow
            current = _body_heading(text, start, end, briefer) or current
            continue  # a topic heading between answers
        if label is None and unlabelled_asks and text[start:end].rstrip().endswith("?"):
            close()
            current = None
            continue  # the interviewer's question, unlabelled
        if label:
            close(None if _asks(label["label"]) else _label_speaker(label["label"]))
            word = label["label"].split()[0].lower().rstrip(".")
            guest = False
            if _asks(label["label"]) or _on_air(label):
                current = None
            elif word in _ANSWER or _post_alone(label["label"]):
                # "Посол:", "Министр:" under "Интервью Посла ... С.Г.Толченова": the one the
                # header names answers, as under "Ответ:"
                current = briefer
                guest = briefer is None
            else:
                current = _label_speaker(label["label"], label.start("label"))
            aired = label.re in (_SOUNDBITE, _CAPTION_LABEL)
            start = label.end()
            if label.re is _SOUNDBITE and (marked := _MARKED_LINE.fullmatch(text, start, end)):
                start, end = marked.span("said")  # the soundbite's marks are the page's
            if unlabelled_asks and label.start() not in unlabelled_asks:
                # the guest's words as the interview's headline: the reporter's intro follows
                pieces.append((start, end))
                close()
                current = None
                continue
        elif dash := _DASH_LINE.match(text, start, end):
            start = dash.end()  # "Сергей Лавров:" above, "– Есть ..." below
        if (current is not None or guest) and text[start:end].strip():
            pieces.append((start, end))
        if label and answered is not None and _asks(label["label"]):
            current = answered  # the question's line read, its answer follows unlabelled
    close()
    report(len(text))
    # a conversation without questions (talks at the Kremlin) is introduced by the reporter;
    # so is a story quoting an exchange: no briefer's page, and its news goes on after it;
    # so is an interview answered by "Ответ:" whose guest only the introduction names; and
    # a story that ends on a labelled exchange on air, no briefer's header above it
    # and an earlier post above the header of a channel's answer is news too
    introduced = interview or not asked or briefer is None
    lead = first if introduced else opening
    return Transcript(turns, ([(0, lead)] if lead else []) + news)


# A heading that gives the words below it to the briefer's own body: "Комментарий
# посольства", "Комментарий МИД России"
_BODY_HEADING = re.compile(r"\s*Комментарий\s+(?P<issuer>[^\n]{2,60}?)[\s.:]*")


def _body_heading(text: str, start: int, end: int, briefer: Speaker | None) -> Speaker | None:
    """The body a heading between answers gives the words below it to ("Комментарий
    посольства", "Комментарий МИД"): its statement, no longer the answer above; None for
    any other heading. Only the briefer's own body (the ambassador's embassy, the
    spokeswoman's ministry): the words below "Заявление МИД Германии" are still the
    briefer's, who sums up the foreign body's position to argue with it."""
    m = _BODY_HEADING.fullmatch(text, start, end)
    if m is None or briefer is None:
        return None
    ws = words(text, m.start("issuer"), m.end("issuer"))
    issuer = parse(ws, text, "gent", sentence_start=-1) if ws else None
    if issuer is None or issuer.kind != "institution" or issuer.end != ws[-1].end:
        return None
    if len(ws) > 1:
        return issuer if issuer.country == briefer.country else None
    head = morph.lemma(ws[0].text)
    own = briefer.institution or ""
    role = (briefer.role or "").lower()
    if own and morph.lemma(own.split()[0]) == head:
        return replace(issuer, name=own, country=briefer.country)
    if head == "посольство" and role.startswith("посол "):
        return replace(
            issuer, name="Посольство" + briefer.role[len("посол") :], country=briefer.country
        )
    return issuer


def _by_initials(text: str) -> Transcript | None:
    """An interview labelled by initials alone ("А.О.:", "Д.А.:"), or by initials and the
    outlet's label asking ("«ПГ»:", "Л. С.:"): each label is the one the introduction names
    with those initials; a turn that asks is the interviewer's, no statement."""
    labels = list(INITIALS_LABEL.finditer(text))
    if len(labels) < 2:
        return None
    lines = _lines(text)
    outlet = [a for a, _ in lines if (m := _LABEL.match(text, a)) and _asks(m["label"])]
    first = min([labels[0].start(), *outlet])
    keys = {initials_of(m["label"]) for m in labels}
    people = {key: named_by_initials(text[:first], key) for key in keys}
    if not any(people.values()):
        return None
    turns: list[Turn] = []
    speaker: Speaker | None = None
    pieces: list[tuple[int, int]] = []

    def close() -> None:
        said = " ".join(text[a:b] for a, b in pieces)
        if speaker is not None and pieces and not said.endswith("?"):
            turn = _turn(speaker, pieces, text)
            if turn is not None:
                turns.append(turn)
        pieces.clear()

    for a, b in lines:
        if a < first:
            continue
        label = INITIALS_LABEL.match(text, a)
        if label is not None or a in outlet or not _prose(text[a:b]):
            close()  # a new turn, or the page's credits below ("Беседовал Армен Оганесян")
            speaker = people[initials_of(label["label"])] if label is not None else None
            a = label.end() if label is not None else b
        if speaker is not None and a < b:
            pieces.append((a, b))
    close()
    return Transcript(turns, [(0, first)]) if turns else None


def _post_alone(label: str) -> bool:
    """A label that is a post and nothing else ("Посол", "Министр", "Постпред")."""
    return " " not in label and is_role(label)


def _interview_title(text: str, first: int) -> bool:
    """Whether a line above the first label is an interview's title ("Интервью министра
    ...", "Из интервью ..."), not a briefing's."""
    return any(
        m.group().lstrip().lower().startswith(("интервью", "из интервью"))
        and not text[text.rfind("\n", 0, m.start()) + 1 : m.start()].strip()
        for m in _HEADER.finditer(text, 0, first)
    )


def _answers_under_questions(labels: list[re.Match[str]], text: str) -> set[int]:
    """Where the labels naming a person that open the paragraph right under an unlabelled
    one that asks start, when there are two or more: a newspaper interview's answers to its
    bold questions (empty otherwise)."""
    answers = set()
    for m in labels:
        end = m.start()
        while end > 0 and text[end - 1].isspace():
            end -= 1  # (read in place: a page of many labels is not copied once per label)
        line_start = text.rfind("\n", 0, end) + 1
        asks = text[line_start:end].endswith("?") and _label_at(text, line_start) is None
        if asks and _label_speaker(m["label"]) is not None:
            answers.add(m.start())
    return answers if len(answers) >= 2 else set()


def _dashed_labels(text: str) -> list[re.Match[str]]:
    """Names and "Вопрос" opening paragraphs of speech with a dash, where they make a
    dialogue: two people and a question or a third turn, or one asked twice. A story's
    "Сергей Лавров - опытный переговорщик" is a sentence, not a turn."""
    found = [
        m
        for m in _DASHED_LABEL.finditer(text)
        if m.start() > 0
        and _label_at(text, m.start()) is None
        and _prose(_line_at(text, m.start()))
    ]
    asking = [m for m in found if _asks(m["label"])]
    people = [
        m
        for m in found
        if m not in asking
        and _label_speaker(m["label"]) is not None
        and not _described(_said_after(m, text))
    ]
    names = {m["label"] for m in people}
    # with no question asked, the turns must speak for themselves ("Мы обсудили ...")
    spoken = [m for m in people if _FIRST_PERSON.search(_IN_MARKS.sub(" ", _said_after(m, text)))]
    dialogue = len(names) >= 2 and (asking or (len(people) >= 3 and len(spoken) >= 2))
    if not dialogue and not (asking and len(people) >= 2):  # an interview: asked, answered
        return []
    return sorted(asking + people, key=lambda m: m.start())


_DESCRIBING_WORDS = 3  # "бывший посол Италии", "опытный дипломат": a post within three words


def _described(said: str) -> bool:
    """Whether what follows a name and a dash tells who the person is ("помощник
    президента России, он ...", "бывший министр образования ..."): a post opens it, alone or
    after its adjectives; a turn opens with what is said."""
    for w in words(said)[:_DESCRIBING_WORDS]:
        if is_role(w.text):
            return True
        if not morph.has_tag(w.text, "ADJF"):
            return False
    return False


def _field(label: re.Match[str], text: str) -> bool:
    """A field of the page, not a turn: one word without initials, over no sentence ("Темы:
    Внешняя политика", "Персоны: ...", "Теги: ..." under a Kremlin page)."""
    word = label["label"]
    if word.lower() in _ON_AIR:
        # "Ведущий: Сергей Бунтман" over a radio transcript: who hosts, no turn
        return not _prose(_said_after(label, text))
    if " " in word or "." in word or _asks(word) or word.lower() in _ANSWER:
        return False
    return not _prose(_said_after(label, text))


def _said_after(label: re.Match[str], text: str) -> str:
    """The first line of a label's turn: the rest of its line, or the line below."""
    end = text.find("\n", label.end())
    said = text[label.end() : len(text) if end < 0 else end]
    return said if said.strip() else _line_at(text, label.start())


def _conversation(labels: list[re.Match[str]], text: str) -> bool:
    """Two or more people labelled by name, one of them more than once ("В.Путин:",
    "Э.Макрон (как переведено):", "Сергей Лавров:"): talks at the Kremlin, or an interview
    whose questions are labelled with the interviewer's name."""
    people = [
        m["label"]
        for m in labels
        if _label_speaker(m["label"]) is not None and _prose(_line_at(text, m.start()))
    ]  # not a list of links to other stories ("Лавров: Запад утратил монополию")
    # (a wire story under a dateline that opens a paragraph "В.Путин: ..." quotes; it is
    # no transcript page)
    # "Президент России X:" and "Президент Киргизии Y:" after talks: leaders' statements,
    # each in their turn, labelled by post and full name as no story's prose runs
    posted = {p for p in people if _POSTED.fullmatch(p)}
    return (
        (len(set(people)) >= 2 and len(people) >= 3)
        or len(posted) >= 2
        or (_initialled(labels, text) and find_dateline(text) is None)
    )


_POSTED = re.compile(_POSTED_NAME)


def _initialled(labels: list[re.Match[str]], text: str) -> bool:
    """Every label names a person by initials and surname, over a paragraph of speech: the
    way the Kremlin and the Foreign Ministry print their transcripts ("В.Путин:",
    "Р.Т.Эрдоган (как переведено):"); news never opens a paragraph of speech so, and an
    excerpt may hold only one or two long turns, and end on a host's thanks ("В.Путин:
    Спасибо.")."""
    lines = [_line_at(text, m.start()) for m in labels]
    return all(
        (_INITIALLED.fullmatch(m["label"]) or _interpreted(m))
        and _label_speaker(m["label"]) is not None
        and (_prose(line) or _courtesy_only(_said_after(m, text)))
        for m, line in zip(labels, lines, strict=True)
    ) and any(_prose(line) for line in lines)


def _interpreted(label: re.Match[str]) -> bool:
    """A label marked as interpreted speech, however the name is printed: "То Лам (как
    переведено):", "Си Цзиньпин (говорит по-китайски):" (names the Kremlin prints without
    initials)."""
    note = label.string[label.end("label") : label.end()]
    return re.search(r"\((?:как )?переведено\)|\(говорит по-", note) is not None


# "Спасибо.", "И вам спасибо!", "Благодарю вас.": thanks and nothing more
_THANKS_ONLY = re.compile(
    r"\s*(?:и\s+)?(?:вам\s+)?(?:(?:большое\s+)?спасибо|благодарю)(?:\s+(?:и\s+)?(?:вам|вас|всем))?"
    r"(?:\s*[.!])*\s*",
    re.I,
)


def _thanks_exchanged(labels: list[re.Match[str]], text: str) -> bool:
    """Whether the last two turns are thanks alone ("Вопрос: Спасибо." then "Мария
    Захарова: И вам спасибо."): the exchange is over; a paragraph after it not in the
    first person is the page's again, whatever it opens with ("Как сообщал ранее замглавы
    МИД ...")."""
    return len(labels) >= 2 and all(
        _THANKS_ONLY.fullmatch(_said_after(m, text)) is not None for m in labels[-2:]
    )


def _courtesy_only(said: str) -> bool:
    """A turn of thanks or greeting alone, too short to hold a position ("Спасибо.",
    "Благодарю Вас.")."""
    return _COURTESY.match(said) is not None and len(said.split()) < _MIN_WORDS


def _line_at(text: str, start: int) -> str:
    """The line a label opens; for a label alone on its line, the line below."""
    end = text.find("\n", start)
    line = text[start : len(text) if end < 0 else end]
    if line.rstrip().endswith(":") and end >= 0:
        return _line_at(text, end + 1)
    return line


def _dialogue(text: str) -> Transcript | None:
    """A wire interview: dash lines, questions ending in "?" and the answers after them."""
    dashes = [m for m in _DASH_LINE.finditer(text)]
    asks = [
        m
        for m in dashes
        if _asking_line(text[m.end() : text.find("\n", m.start()) % (len(text) + 1)])
    ]
    if (
        (len(dashes) < 3 or len(asks) < 2)
        and not _one_asked(text, dashes, asks)
        and not _asked_then_prompted(text, dashes, asks)
    ):
        return None
    first = dashes[0].start()
    turns: list[Turn] = []
    pieces: list[tuple[int, int]] = []
    answering = False
    interjected = False  # the page's news set between two answers
    spaced = "\n\n" in text  # paragraphs parted by blank lines, hard-wrapped lines in them
    narrative = [(0, first)]
    last = dashes[-1].start()
    for start, end in _lines(text, first):
        if start > last and (
            _news_again(text, start, end) or _cites_the_introduced(text, start, end, first)
        ):
            # "Ранее премьер-министр X заявил, что ...": past the last exchange, the agency
            # reports again; all below is its news
            narrative.append((start, len(text)))
            break
        dash = _DASH_LINE.match(text, start)
        para = None if dash or not answering else _paragraph_at(text, start, end, spaced)
        if para is not None and _news_between(text, start, para):
            # "Напомним, в пятницу X заявила ...": the agency reports between the answers,
            # up to the next question
            answering = False
            interjected = True
        if (dash or interjected) and pieces:
            turn = _turn(None, pieces, text)
            if turn is not None:
                turns.append(turn)
            pieces = []
        if interjected and not dash:
            narrative.append((start, end))
            continue
        interjected = False
        if dash:
            line = text[dash.end() : end]
            # a short line after an answer is the interviewer's again, even unasked ("—
            # Говорят, что ... превращается в «озеро НАТО».")
            answering = not _asking_line(line) and not (answering and _prompt(line))
            start = dash.end()
        if answering and _prose(text[start:end]):
            pieces.append((start, end))
    if pieces:
        turn = _turn(None, pieces, text)
        if turn is not None:
            turns.append(turn)
    return Transcript(turns, narrative)


_SPEAKS_FOR_OTHERS = re.compile(r"(?:[Оо]фициальн\w+ представител|[Пп]ресс-секретар)\w*")


def _same_person(one: Speaker | None, other: Speaker | None) -> bool:
    if one is None or other is None:
        return False
    return one is other or (one.name is not None and one.name == other.name)


# a sentence's end after a word, not an initial's stop ("С.В.Лавров", "В. Путин")
_SENTENCE_END = re.compile(r"(?<=[а-яёa-z0-9»\")])[.!?\u2026]+(?=\s|$)")
_INITIAL = re.compile(r"[А-ЯЁ]")  # "С", "В" of "С.В.Лавров": no words of the sentence
_RELAY_REACH = 15  # "Министр иностранных дел России С.В.Лавров вчера в интервью ... заявил"


_QUOTED = re.compile(r"«[^«»]*»")
_QUOTE_CLOSES = re.compile(r":\s*«[^«»]*»[.!?…]?\s*$")  # "X заявил: «...»." to its end


def _relays(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of a paragraph of the briefer's answer that tell what someone else
    said, in the third person and the past ("С.В.Лавров заявил на пресс-конференции во
    вторник, что ...", "Накануне Д.С.Песков сказал, что ..."): that official's words,
    relayed, are his statement, news within the briefer's turn, up to her own voice again
    ("Мы ..."). "Как заявил Президент, ..." cites him in passing, her words alone."""
    spans: list[tuple[int, int]] = []
    relay: int | None = None  # where the relay being read opened
    at = start
    while at < end:
        stop = _SENTENCE_END.search(text, at, end)
        close = stop.end() if stop else end
        own = _QUOTED.sub("", text[at:close])  # "X заявил: «Мы ...»": X's "мы", not hers
        if _FIRST_PERSON.search(own):
            if relay is not None:
                spans.append((relay, at))
            relay = None
        elif relay is None and _tells_what_was_said(text, at, close):
            # (the sentences read as news are the page's: a paragraph's first opens at the
            # label's line)
            relay = text.rfind("\n", 0, at) + 1 if at == start else at
            if _QUOTE_CLOSES.search(text, at, close):
                # "X заявил: «...»." relays his words in full; her comment on them follows
                spans.append((relay, close))
                relay = None
        at = close
        while at < end and text[at].isspace():
            at += 1
    if relay is not None:
        spans.append((relay, end))
    return spans


def _live_page(text: str, first: int) -> bool:
    """Whether ``text`` is a live page whose stamped entries (a line holding only a time)
    begin above its first label at ``first``: the agency's, telling someone's words in the
    third person, with no first person of their own ("Начну с графика Министра", "Мы
    внимательно следим ..." under video timecodes are the speaker's remarks)."""
    stamped = time_lines(text)
    if len(stamped) < _LIVE_ENTRIES or stamped[0].start() >= first:
        return False
    entries = text[stamped[0].end() : first]
    return _FIRST_PERSON.search(_IN_MARKS.sub(" ", entries)) is None and any(
        _reported(w.text) for w in words(_IN_MARKS.sub(" ", entries))
    )


_LIVE_ENTRIES = 2  # one time line is a story's, not a live page's


def _tells_what_was_said(text: str, start: int, end: int) -> bool:
    """Whether the sentence reports someone's words: "По словам X, ...", or a verb of saying
    in the third person or the past among its first words, a subject before it, not "Как
    ..." citing."""
    said = [w for w in words(text, start, end) if not _INITIAL.fullmatch(w.text)]
    said = said[:_RELAY_REACH]
    if [w.text.lower() for w in said[:2]] == ["по", "словам"]:
        return True  # "По словам X, ...": X's words, told in the briefer's sentence
    verb = next((w for w in said if _reported(w.text)), None)
    return verb is not None and verb is not said[0] and said[0].text.lower() != "как"


def _paragraph_at(text: str, start: int, end: int, spaced: bool) -> int | None:
    """Where the paragraph opening at the line ``[start, end)`` ends: at the next blank line
    when the page parts its paragraphs so (a copy wrapped at 72 columns goes on below), at the
    line's end when it does not; None when the line goes on a paragraph opened above."""
    if not spaced:
        return end
    if start > 1 and text[:start].rstrip(" \t")[-2:] != "\n\n":
        return None
    stop = text.find("\n\n", end)
    return len(text) if stop < 0 else stop


# the words of a quotation, in either marks: "X заявил: «Мы ...»" is X's "мы", not the page's
_IN_MARKS = re.compile(r"«[^«»\n]*»|(?<![\w\"])\"[^\"\n]*\"(?![\w\"])")
# "Напомним, ...": the editor's reminder, set between the answers of an interview
_REMINDER = re.compile(r"[ \t]*Напомним\b")


def _news_between(text: str, start: int, end: int) -> bool:
    """Whether an unmarked paragraph between the answers of a dash interview is the page's
    news, not the one answering going on: the editor's reminder ("Напомним, ..."), or a
    paragraph telling, sentence by sentence, what someone named in full said ("Спецпосланник
    президента США Стив Уиткофф на прошлой неделе говорил, что ..."), as the agency names
    people, where the one answering says "Трамп заявлял" or comments on it ("Генсек Марк
    Рютте заявил, что ... Это беспрецедентная цифра.")."""
    if _DASH_LINE.match(text, start):
        return False
    if _REMINDER.match(text, start, end):
        return True
    said = _reports_others(text, start, end)
    if not said:
        return False
    own = _IN_MARKS.sub(" ", text[start:end])
    if not all(
        any(_reported(w.text) for w in words(sentence))
        for sentence in _SENTENCE_END.split(own)
        if sentence.strip()
    ):
        return False
    verb = next(n for n, w in enumerate(said) if _reported(w.text))
    return any(
        a.text[:1].isupper() and b.text[:1].isupper() and b.start - a.end == 1
        for a, b in zip(said[1:verb], said[2:verb], strict=False)
    )


def _reports_others(text: str, start: int, end: int) -> list[Word]:
    """The words outside quotation marks of a paragraph that tells what someone said in the
    third person and the past, with no first person outside its quotations; [] when it is
    no such paragraph."""
    own = _IN_MARKS.sub(" ", text[start:end])
    said = words(own)
    if not said or said[0].text.lower() == "как" or _FIRST_PERSON.search(own):
        return []
    return said if any(_reported(w.text) for w in said) else []


def _tells_of(speaker: Speaker, text: str, start: int, end: int, *, agency: bool) -> bool:
    """Whether an unlabelled paragraph under ``speaker``'s turn is the page's: its reminder
    ("Напомним, ..."), or news naming the speaker in the third person ("— напомнил Лавров"),
    or, on a page an ``agency`` leads with its dateline, by a post that opens it before a
    verb of saying ("Посол напомнил, что ..."); on the ministry's own transcript such a
    paragraph is the speaker's, telling of a third ("Премьер-министр заявила, что ...")."""
    if _REMINDER.match(text, start, end):
        return True
    said = _reports_others(text, start, end)
    by_post = (
        agency
        and len(said) > 1
        and is_role(said[0].text)
        and _nominative(said[0].text)
        and _reported(said[1].text)
    )
    return by_post or _tells_by_name(speaker, said)


def _tells_by_name(speaker: Speaker, said: list[Word]) -> bool:
    """Whether the paragraph's words ``said`` name ``speaker`` by surname in its news."""
    surname = (speaker.name or "").split()[-1:]
    if not surname:
        return False
    stem = surname[0].rstrip("аяо") if len(surname[0]) > 4 else surname[0]
    return any(w.text.startswith(stem) for w in said)


# "Далее работа продолжилась в закрытом режиме.", "(Встреча продолжилась без участия СМИ.)":
# the page's note that the public part of a meeting ended, no one's words
_CLOSED_PART = re.compile(
    r"[ \t(]*[А-ЯЁ][\w-]*\s+(?:[\w-]+\s+){0,3}продолжил\w*\s+(?:в закрытом режиме|в узком составе|"
    r"без (?:участия |присутствия )?(?:прессы|СМИ|представителей СМИ|журналистов))"
)


def _closed_part(text: str, start: int, end: int) -> bool:
    """Whether a paragraph after the last turn is the page's note that the meeting went on
    without the press, not the last speaker going on."""
    return _CLOSED_PART.match(text, start, end) is not None


def _narrates(text: str, start: int, end: int) -> bool:
    """Whether a paragraph opening a transcript's page is the agency's lead, not the
    speaker's opening remarks: no first person or salutation, and its first sentence tells
    that the occasion took place ("На Спиридоновке прошли переговоры ...", "В Минске
    завершилось заседание ..."), what one named by a post did ("министр провел переговоры")
    or what someone said ("Лавров заявил, что ...")."""
    own = _IN_MARKS.sub(" ", text[start:end])
    if _FIRST_PERSON.search(own) or _COURTESY.match(text, start, end):
        return False
    lead = words(_SENTENCE_END.split(own, maxsplit=1)[0])
    return (
        (any(_took_place(w.text) for w in lead) and _third_person(lead))
        or _acted(lead)
        or _news_again(text, start, end)
    )


# "Выступление и ответы на вопросы СМИ ...", "Вступительное слово ...": a page of the
# speaker's own speech; its first paragraphs are his, even with no "мы" ("Состоялись
# переговоры с Министром ... Обсудили ...")
_SPEECH_TITLE = re.compile(r"\s*(?:Выступление|Вступительное слово)\b")


def _third_person(lead: list[Word]) -> bool:
    """Whether a sentence telling that talks took place names their sides in the third
    person ("переговоры министров иностранных дел России и Алжира"), not only the
    speaker's counterpart ("переговоры с Министром ...": the speaker's own report)."""
    return any(
        is_role(w.text) and (n == 0 or lead[n - 1].text.lower() not in ("с", "со"))
        for n, w in enumerate(lead)
    )


def _acted(lead: list[Word]) -> bool:
    """ "глава МИД России Сергей Лавров провел переговоры", "министр ответил на вопросы": one
    named by a post, then a verb in the past singular; a speaker tells his own deeds with
    "я" or "мы"."""
    post = next((n for n, w in enumerate(lead) if is_role(w.text) and _nominative(w.text)), None)
    return post is not None and any(
        p.tag.POS == "VERB" and p.tag.tense == "past" and p.tag.number == "sing"
        for w in lead[post + 1 :]
        for p in morph.parses(w.text)[:1]
    )


def _nominative(word: str) -> bool:
    return any(p.tag.case == "nomn" for p in morph.parses(word)[:1])


def _took_place(word: str) -> bool:
    """ "прошли", "состоялась", "завершилось": an occasion said to have taken place."""
    return any(
        p.tag.POS == "VERB" and p.normal_form in HELD and p.tag.tense == "past"
        for p in morph.parses(word)
    )


def _news_again(text: str, start: int, end: int) -> bool:
    """Whether a paragraph with no dash reports what someone said, in the third person and
    the past, as an agency does ("Ранее X заявил, что ..."), not the one answering citing
    someone ("Как заявил президент, мы ...")."""
    if _DASH_LINE.match(text, start):
        return False
    said = words(text, start, end)
    if not said or said[0].text.lower() == "как":
        return False
    if _FIRST_PERSON.search(_IN_MARKS.sub(" ", text[start:end])):
        return False  # (not "X подчеркнул: «Мы ...»": the quoted "мы" is X's)
    return any(_reported(w.text) or _named_or_announced(w.text) for w in said)


# "Как подчеркнул Галузин, ...": a paragraph opening with who said it, by surname alone
_AS_SAID_BY = re.compile(r"[ \t]*Как[ \t]+(\w+)[ \t]+([А-ЯЁ][а-яё-]+),")


def _cites_the_introduced(text: str, start: int, end: int, first: int) -> bool:
    """Whether a paragraph with no dash past the answers opens by citing, by surname, one the
    introduction above the first question names ("Как подчеркнул Галузин, Москва ..."): the
    agency telling the rest of the talk; the one answering cites another ("Как заявил
    президент, ...") and does not name himself so."""
    m = _AS_SAID_BY.match(text, start, end)
    if m is None or not (morph.lemmas(m.group(1)) & SAYING and morph.has_tag(m.group(1), "past")):
        return False
    surname = m.group(2)
    stem = surname[:-1] if len(surname) > 4 and surname[-1] in "аяуюео" else surname
    return any(w.text.startswith(stem) for w in words(text, 0, first))


def _named_or_announced(word: str) -> bool:
    """ "назвала решение «окончательным»", "объявил о приостановке": a reporter's verb of
    naming or announcing, in the past (a speech says "называют" of others too)."""
    return any(
        p.tag.POS == "VERB" and p.normal_form in _NAMING_ANNOUNCING and p.tag.tense == "past"
        for p in morph.parses(word)
    )


_NAMING_ANNOUNCING = word_set("назвать называть объявить объявлять")


_ATTRIBUTED = re.compile(r"[,!?.…]\s*[\u2013\u2014-]\s")  # ", — сказал он"
_REQUEST_WORDS = 5  # "Господин посол, расскажите ...": the request opens the line


def _asking_line(line: str) -> bool:
    """Whether an interviewer's dash line asks: it ends with "?", or it is a request in the
    imperative ("Расскажите о подготовке визита.", "Давайте поговорим о туризме."), which
    Russian interviewers use as often as a question."""
    line = line.rstrip()
    if line.endswith("?"):
        return True
    if not line.endswith(".") or len(line.split()) > 40 or _ATTRIBUTED.search(line):
        return False  # "— Прекратите огонь, — призвал министр.": a quote in a news story
    return any(_requesting(w.text) for w in words(line, 0, len(line))[:_REQUEST_WORDS])


_PROMPT_WORDS = 25  # "— Говорят, что ...": an interviewer's prompt is short


def _prompt(line: str) -> bool:
    """Whether a dash line is short and opens with a capital, as a prompt of the interviewer
    does after an answer (a list item inside an answer opens in lower case)."""
    line = line.strip()
    return line[:1].isupper() and len(line.split()) <= _PROMPT_WORDS


def _requesting(word: str) -> bool:
    """Whether ``word`` is most likely a plural imperative ("расскажите", "давайте")."""
    found = morph.parses(word)
    return bool(found) and {"impr", "plur"} <= found[0].tag.grammemes


def _one_asked(text: str, dashes: list[re.Match[str]], asks: list[re.Match[str]]) -> bool:
    """A wire interview of one question, or cut after its first answer: the reporter's
    introduction names the interview, a dash line asks the one answering by name or "вы",
    and a dash line after it answers."""
    if not asks or not _INTERVIEW.search(text, 0, dashes[0].start()):
        return False
    ask = asks[0]
    end = text.find("\n", ask.start())
    if not _ADDRESS_WORDS.search(text[ask.end() : len(text) if end < 0 else end]):
        return False
    return any(m.start() > ask.start() and m not in asks for m in dashes)


# The page says it is an interview: "в интервью", "ответил на вопросы", "рассказал
# корреспонденту “Ъ”", "рассказал «Известиям»", "побеседовал с", or the credits under it
# ("Беседовала Анна Белова", "Интервью взял ...")
_NAMES_INTERVIEW = re.compile(
    r"(?<![\w-])(?:интервью|ответил[аи]? на вопросы|"
    r"рассказал[аи]? (?:корреспонденту|обозревателю|журналисту)|"
    r"(?:по)?беседовал[аи]? с|поговорил[аи]? с)(?![\w-])|"
    r"(?<![\w-])рассказал[аи]? [«“\"]|"  # "рассказал «Известиям»", "рассказал “Ъ”"
    r"^(?:Беседовал[аи]?|Интервью взял[аи]?|Вопросы задавал[аи]?) [А-ЯЁ]",
    re.I | re.M,
)


def _asked_then_prompted(text: str, dashes: list[re.Match[str]], asks: list[re.Match[str]]) -> bool:
    """A newspaper interview whose interviewer asks once, then prompts with a statement
    after an answer ("— Западные страны обвиняют Россию в ...", Kommersant's and Izvestia's
    way): the first dash line asks, the page names an interview, and the dash lines read
    as the interviewer's, asking or prompting, are two or more."""
    if not asks or asks[0] is not dashes[0] or len(dashes) < 4:
        return False
    if not _NAMES_INTERVIEW.search(text, 0, dashes[0].start()) and not _NAMES_INTERVIEW.search(
        text, dashes[-1].end()
    ):
        return False
    asked, answering = 0, False
    for m in dashes:
        end = text.find("\n", m.start())
        line = text[m.end() : len(text) if end < 0 else end]
        if _ATTRIBUTED.search(line):
            return False  # "— Мы не отступим, — сказал он.": a news story's quote
        interviewer = _asking_line(line) or (answering and _prompt(line))
        asked += interviewer
        answering = not interviewer
    return asked >= 2


_TOPIC_WORDS = 12  # "О переговорах с Украиной:": a topic line is short


def _topics_answered(text: str) -> Transcript | None:
    """An interview given as its answers under topic lines, the questions left out: the
    reporter's introduction names the interview, then "О переговорах с Украиной:" and the
    answer in a dash paragraph below it. Each answer is the interviewee's direct statement."""
    dashes = list(_DASH_LINE.finditer(text))
    if not dashes or not _INTERVIEW.search(text, 0, dashes[0].start()):
        return None
    lines = _lines(text)
    at = next((n for n, (a, _) in enumerate(lines) if a == dashes[0].start()), None)
    if not at:
        return None
    topic = text[lines[at - 1][0] : lines[at - 1][1]]
    if not topic.endswith(":") or len(topic.split()) > _TOPIC_WORDS or opens_links(topic):
        return None  # "Читайте также:" over dashed headlines: links, no answers
    turns: list[Turn] = []
    pieces: list[tuple[int, int]] = []

    def close() -> None:
        if pieces:
            turn = _turn(None, pieces, text)
            if turn is not None:
                turns.append(turn)
        pieces.clear()

    answering = False
    for a, b in lines[at:]:
        line = text[a:b]
        dash = _DASH_LINE.match(text, a, b)
        if dash:
            if line.endswith("?"):
                return None  # a question asked: a dialogue, not this
            close()
            answering = True
            a = dash.end()
        elif line.endswith(":") and len(line.split()) <= _TOPIC_WORDS:
            close()  # the next topic
            answering = False
            continue
        elif not _prose(line):
            close()
            answering = False
            continue
        if answering:
            pieces.append((a, b))
    close()
    return Transcript(turns, [(0, lines[at - 1][0])]) if turns else None


# An interviewer's question: addresses the one answering ("вы", "Николай Владимирович,")
_ADDRESS_WORDS = re.compile(
    r"(?<![\w-])(?:[Вв]ы|[Вв]ас|[Вв]ам|[Вв]ами|[Вв]аш\w*)(?![\w-])|"
    r"^[А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+(?:вич|вна),",
    re.M,
)
_INTERVIEW = re.compile(r"(?<![\w-])интервью(?![\w-])", re.I)


def _asked_in_paragraphs(text: str) -> Transcript | None:
    """An interview whose page lost its marks: each question a paragraph of its own that
    ends with "?" and addresses the one answering, the answer the paragraphs after it; the
    reporter's introduction above names the interview ("в интервью РИА Новости"). A
    ministry's page titled as one person's answers ("Ответы официального представителя МИД
    ... на вопросы журналистов", "Интервью Посла ...") needs neither: its title names who
    answers every question, numbered or not ("1. Каковы итоги саммита?")."""
    lines = _lines(text)
    asks = [
        n
        for n, (a, b) in enumerate(lines)
        if n > 0 and text[a:b].endswith("?") and len(text[a:b].split()) <= 60
    ]
    if not asks:
        return None
    title = _title(text[: lines[asks[0]][0]], _answers_title)
    if title is not None and any(
        _prose(text[a:b]) and not date_line(text[a:b])
        for a, b in lines[: asks[0]]
        if a > title.end()
    ):
        # a story under the title tells of the answers: news, not the page (the page's date
        # line, "29 января 2025 г.", ends with a full stop but tells nothing)
        title = None
    answering = _briefer(title.group()) if title is not None else None
    if answering is not None and answering.kind != "person":
        answering = None
    standfirst = False
    if answering is None:
        answering = _puts_the_questions(text, lines[: asks[0]])
        standfirst = answering is not None
    if standfirst and not _dashed_answers(text, lines, asks):
        answering = None
    if answering is None and (
        len(asks) < 2
        or not any(_ADDRESS_WORDS.search(text, *lines[n]) for n in asks)
        or not _NAMES_INTERVIEW.search(text, 0, lines[asks[0]][0])
    ):
        return None
    turns: list[Turn] = []
    for k, n in enumerate(asks):
        stop = asks[k + 1] if k + 1 < len(asks) else len(lines)
        # (an answer may open with a dash under a question in bold: "— Потому что ...")
        pieces = [(_after_dash(text, a), b) for a, b in lines[n + 1 : stop] if _prose(text[a:b])]
        if answering is not None and any(
            _reports_the_one(text, a, b, answering) for a, b in pieces
        ):
            return None  # a digest of what the one the title names said: news, no answers
        turn = _turn(answering, pieces, text) if pieces else None
        if turn is not None:
            turns.append(turn)
    if len(turns) < (1 if answering else 2):
        return None
    return Transcript(turns, [(0, lines[asks[0]][0])])


# "Министр иностранных дел РК Ерлан Идрисов отвечает на вопросы газеты “Мегаполис”": the
# standfirst of an interview naming, in the nominative, the one who answers
_ANSWERS_QUESTIONS = re.compile(
    r"(?P<who>[^\n.!?:;«»“”\"]{3,160}?)\s+(?:отвечает|ответил[аи]?)\s+на\s+вопросы(?![\w-])"
)


def _puts_the_questions(text: str, above: list[tuple[int, int]]) -> Speaker | None:
    """The one answering, from a standfirst among the page's first lines that names him in
    the nominative before "отвечает на вопросы" ("Министр иностранных дел РК Ерлан Идрисов
    отвечает на вопросы газеты ..."), as CIS papers head an interview whose questions stand
    unlabelled and whose answers open with a dash. The name must be the line's subject
    from its first word: "Журналисты спросили, как министр ответил на вопросы" names none."""
    for a, b in above[: _CHROME_LINES + 2]:
        m = _ANSWERS_QUESTIONS.match(text, a, b)
        if m is None:
            continue
        ws = words(text, m.start("who"), m.end("who"))
        found = parse(ws, text, "nomn", sentence_start=-1) if ws else None
        if (
            found is not None
            and found.kind == "person"
            and found.name
            and (found.start, found.end) == (ws[0].start, m.end("who"))
        ):
            return found
    return None


def _dashed_answers(text: str, lines: list[tuple[int, int]], asks: list[int]) -> bool:
    """Whether each question, a paragraph of its own with no dash, is answered by paragraphs
    the first of which opens with a dash ("— Если вспомнить историю вопроса, ..."), none of
    them a news story's quote with its attribution after a second dash ("— Мы готовы, —
    сказал он.")."""
    for k, n in enumerate(asks):
        stop = asks[k + 1] if k + 1 < len(asks) else len(lines)
        below = lines[n + 1 : stop]
        if _DASH_LINE.match(text, *lines[n]) or not below:
            return False
        if not _DASH_LINE.match(text, *below[0]):
            return False
        if any(_ATTRIBUTED.search(text, a + 2, b) for a, b in below):
            return False
    return True


# "Министр заявил, что ...", "По словам Лаврова, ...": a paragraph opening on who said it,
# then "что"; or on "по словам" and whose words they are
_REPORTS_THE_ONE = re.compile(
    r"(?:По словам\s+(?P<by>[\w.-]+)|(?P<lead>[^,.!?:;«»\n]{1,120}?),\s+что\b)"
)


def _reports_the_one(text: str, start: int, end: int, answering: Speaker) -> bool:
    """Whether a paragraph under a question tells in the third person what the one the title
    names said ("Министр заявил, что ...", "Лавров сообщил, что ...", "По словам Лаврова,
    ..."): a news digest under the title's headings, not his answers, which he gives in his
    own voice ("Я уже говорил, что ...", "Президент сказал, что ...": another's words cited)."""
    m = _REPORTS_THE_ONE.match(text, start, end)
    if m is None:
        return False
    if m.group("by"):
        return _names_the_one(m.group("by"), answering)
    lead = [w.text for w in words(text, m.start("lead"), m.end("lead"))]
    return (
        not _FIRST_PERSON.search(m.group("lead"))
        and any(morph.lemmas(w) & SAYING and morph.has_tag(w, "past") for w in lead)
        and any(_names_the_one(w, answering) and _nominative(w) for w in lead)
    )


def _names_the_one(word: str, answering: Speaker) -> bool:
    """Whether ``word`` names the one answering: his surname in any case ("Лаврова"), or the
    head of his post ("министр", "посла" for "Министр иностранных дел", "Посол ...")."""
    name = answering.name or ""
    if name and len(word) >= 4 and word[:1].isupper():
        stem = name[:-1] if len(name) > 4 and name[-1] in "аяуюеоиы" else name
        if word.startswith(stem) and len(word) - len(stem) <= 3:
            return True
    post = (answering.role or "").split()
    head = next((w for w in post if morph.has_tag(w, "NOUN")), None)
    return head is not None and morph.lemma(word) == morph.lemma(head)


def _after_dash(text: str, start: int) -> int:
    dash = _DASH_LINE.match(text, start)
    return dash.end() if dash else start


def _answers_title(line: str) -> bool:
    """A title naming a page of one person's answers: "Ответы ... на вопросы", "Интервью
    ...", "Стенограмма интервью ..."."""
    head = _HEADER.match(line.strip())
    return (
        head is not None
        and head["kind"].lower().startswith(("ответ", "интервью"))
        and not any(morph.finite_verb(w.text) for w in words(line, 0, len(line)))
    )  # "Интервью Лаврова обсуждают в соцсетях": a headline about the interview


# "Заявление МИД России в связи с ...", "Комментарий официального представителя МИД России
# М.В.Захаровой по поводу ...": a page that is one statement of the one it names
# The issuer in the genitive, then the topic, the medium the words were given to ("Комментарий
# Посла ... агентству «РИА Новости»"), or an article's title ("Статья Министра ...
# С.В.Лаврова «Мир на перепутье» для журнала ...")
_RELEASE = re.compile(
    r"\s*(?P<kind>Заявление|Комментарий|Сообщение для СМИ|Сообщение|Статья)\s+"
    r"(?P<issuer>[^\n]{2,160}?)(?:\s+(?:(?:в связи с|по поводу|относительно|о|об|для|агентству|"
    r"информагентству|газете|журналу|изданию|телеканалу|порталу)\s|«)[^\n]*)?$",
    re.M,
)


def _release(text: str) -> Transcript | None:
    """A statement, comment or article issued as a page of its own (mid.ru): its first line names
    the issuer in the genitive; every paragraph of prose below is the issuer's, one
    direct statement."""
    first = _title(text, _RELEASE.fullmatch)
    if first is None:
        return None
    m = _RELEASE.fullmatch(first.group())
    ws = words(text, first.start() + m.start("issuer"), first.start() + m.end("issuer"))
    issuer = parse(ws, text, "gent", sentence_start=-1) if ws else None
    if issuer is None or issuer.kind not in ("person", "institution"):
        return None
    if any(morph.has_tag(w.text, "VERB") for w in ws if w.start >= issuer.end):
        # "Заявление Лаврова вызвало споры": a headline about a statement (a verb's form
        # inside the issuer's post, "дел" of "Министра иностранных дел", is none)
        return None
    # on a channel copied as one page, the issuer's words end with the post; the posts
    # after it are news
    end = post_end(text, first.start())
    own = _lines(text, first.end(), end)
    pieces = [(a, b) for a, b in own if _prose(text[a:b])]
    if any(_reported(w.text) for a, b in pieces for w in words(text, a, b)):
        return None  # "Захарова заявила ...": news about the statement, not the statement
    if pieces and first.start() > 0 and not issuers_words(text, *pieces[0]):
        return None  # under a newspaper's name, paragraphs telling events are its report
    turn = _turn(issuer, pieces, text) if pieces else None
    later = [(end, len(text))] if end < len(text) else []
    return Transcript([turn], later) if turn is not None else None


def _reported(word: str) -> bool:
    """A verb of saying in the third person or the past ("заявила", "сообщает"): a
    reporter's words; an issuer speaks in the first person ("Расцениваем", "Призываем")."""
    return any(
        p.tag.POS == "VERB"
        and p.normal_form in _REPORTING
        and (p.tag.tense == "past" or p.tag.person == "3per")
        for p in morph.parses(word)
    )


_REPORTING = word_set(
    "заявить заявлять сообщить сообщать сказать говорить отметить отмечать подчеркнуть "
    "заметить напомнить пояснить пояснять разъяснить разъяснять "
    "подчёркивать подчеркивать добавить добавлять говориться написать "
    "предупредить предупреждать указать указывать"
)
