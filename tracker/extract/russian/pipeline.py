"""From a Russian article's text to proposed statements, the same records as for English.

A first pass (:mod:`.named`) collects everyone the article names with a title or a full
name, in whatever case ("главы МИД РФ Сергея Лаврова"). Then each sentence is read around
its verbs of saying (:mod:`.frames`); quotes without a cue continue the statement before
them; everything before the dateline (headline, standfirst) and a first line restating the
body are dropped; speakers are resolved through the registry; each statement is dated from
its own attribution words, the statement by the same speaker it continues, or the last day
the narrative named.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime
import itertools
import re

import snowballstemmer

from tracker.extract.draft import words_in
from tracker.extract.model import ProposedStatement
from tracker.extract.pipeline import confidence, read_part
from tracker.extract.russian import morph
from tracker.extract.russian.capitals import recased_headlines
from tracker.extract.russian.channel_posts import post_heads
from tracker.extract.russian.clause_boundaries import SPACED_DASH
from tracker.extract.russian.coref import Entity, Registry, by_its_country, same_surname
from tracker.extract.russian.cue_words import Cue
from tracker.extract.russian.dateline import find_dateline
from tracker.extract.russian.digest import digest_drafts
from tracker.extract.russian.frames import Page
from tracker.extract.russian.lexicon import (
    ASKING,
    CAPITALS,
    DOCUMENTS,
    OUTLET_COUNTRY,
    SAYING,
    word_set,
)
from tracker.extract.russian.live_entries import live_entry_drafts
from tracker.extract.russian.name_words import in_case, is_org, is_role, lemmas
from tracker.extract.russian.named import collect, credited
from tracker.extract.russian.occasion import TALKED_WITH, Attribution, date_statements
from tracker.extract.russian.page import Draft
from tracker.extract.russian.signed import signed_drafts
from tracker.extract.russian.speakers import Speaker, interviewed_by_outlet, parse
from tracker.extract.russian.statement_page import statement_page_drafts
from tracker.extract.russian.text import (
    Sentence,
    Word,
    caption_lines,
    heading_at,
    link_lines,
    plain_marks,
)
from tracker.extract.russian.transcript import Transcript, read_transcript
from tracker.extract.russian.when import date_phrases, weekday_heads
from tracker.extract.spans import Spans

_STEMMER = snowballstemmer.stemmer("russian")
_WORD = re.compile(r"[а-яёa-z0-9]+")


def _country(dateline) -> str | None:
    if dateline is None:
        return None
    outlet = (dateline.outlet or "").lower()
    for name, country in OUTLET_COUNTRY.items():
        if name in outlet:
            return country
    return _place_country(dateline)


def _place_country(dateline) -> str | None:
    """The country of the dateline's capital ("АНКАРА" -> Turkey), None when not a capital."""
    if dateline is None:
        return None
    place = (dateline.place or "").lower()
    return CAPITALS.get(place) or CAPITALS.get(morph.lemma(place))


def _stems(text: str) -> set[str]:
    return {_STEMMER.stemWord(w) for w in _WORD.findall(text.lower()) if len(w) > 3}


def _restates(front: str, body: list[str]) -> bool:
    found = _stems(front)
    if not found:
        return True
    return any(len(found & _stems(b)) >= 0.5 * len(found) for b in body)


def _kind(page: Page, quoted: set[tuple[int, int]], pieces: list[tuple[int, int]]) -> str:
    """direct (all words quoted), mixed (a quotation inside reported speech) or indirect;
    ``quoted`` holds the pieces of every quotation."""
    if all(p in quoted for p in pieces):
        return "direct"
    if any(q.end <= b for a, b in pieces for q in page.quotes_from(a - 1, b)):
        return "mixed"
    return "indirect"


def _window(draft: Draft) -> list[tuple[int, int]]:
    """The attribution's own words (its frame outside what was said): where its date stands."""
    out = []
    for a, b in draft.frame:
        for pa, pb in sorted(draft.pieces):
            if a <= pa < b:
                out.append((a, pa))
                a = max(a, pb)
        if a < b:
            out.append((a, b))
    return out


def _asides_in_words(draft: Draft) -> list[tuple[int, int]]:
    """The attribution's own words standing inside what was said, an aside ("Переговоры, как
    заявил во вторник Лавров, зашли в тупик"): a day there dates the words."""
    return [(a, b) for a, b in draft.frame if any(pa < a and b < pb for pa, pb in draft.pieces)]


def _without_gaps(said: Spans, gaps: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """What was said less the reporter's words inside a quotation's marks ("«..., — заявил в
    субботу министр. — ...»"): a day there dates the words, as one after the marks does."""
    out = []
    starts = [ga for ga, _ in gaps]
    for a, b in said:
        k = bisect.bisect_left(starts, a)
        while k < len(gaps) and gaps[k][0] < b:
            out.append((a, gaps[k][0]))
            a = max(a, gaps[k][1])
            k += 1
        if a < b:
            out.append((a, b))
    return out


def _hidden(page: Page, drafts: list[Draft], news: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where mentions are no candidate speakers: what was said, except the events an
    institution reports in its own words ("Путин и Раиси провели разговор, сообщает
    пресс-служба Кремля. Иранский президент отметил ..."): their actors are the story's;
    and except the news a turn relays ("С.В.Лавров заявил во вторник, что ..." in the
    briefer's answer): its speaker and its day are the relay's own."""
    reported_events = {
        id(d)
        for d in drafts
        if d.speaker is not None
        and d.speaker.kind == "institution"
        and not any(page.in_quote(a) for a, _ in d.pieces)
    }
    hidden = [p for d in drafts if id(d) not in reported_events and not d.turn for p in d.pieces]
    hidden += [q.outer for q in page.quotes]
    return hidden + [p for d in drafts if d.turn for p in _less(d.pieces, news)]


def _less(pieces: list[tuple[int, int]], out: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of ``pieces`` outside the spans ``out``."""
    left = list(pieces)
    for a, b in out:
        left = [q for s, e in left for q in ((s, min(e, a)), (max(s, b), e)) if q[0] < q[1]]
    return left


# "Дословно: «...»", "Прямая речь: «...»": a news site's label over the verbatim words of the
# one its story reports (Ukrainska Pravda sets one under each paraphrase, its source line
# between)
_VERBATIM = re.compile(r"(?:Дословно|Дослівно|Прямая речь|Пряма мова|Цитата):[ \t]*")


def _orphan_quotes(page: Page, drafts: list[Draft]) -> list[Draft]:
    """Quotes with no cue of their own: continuations of the statement before them, within
    the next paragraph (two, when a label marks them verbatim)."""
    out = list(drafts)
    index = {s.start: n for n, s in enumerate(page.sents)}
    ends = sorted((d.pieces[-1][1], n) for n, d in enumerate(drafts) if d.pieces)
    k = 0
    last: Draft | None = None  # the statement that ends last before the quote
    for q in page.quotes:
        while k < len(ends) and ends[k][0] <= q.start:
            last = drafts[ends[k][1]]
            k += 1
        if page.is_claimed(q.start) or words_in(page.text[q.start : q.end]) < 4:
            continue
        sent = page.sentence_at(q.outer[0])
        if sent is None:
            continue
        verbatim = _VERBATIM.fullmatch(page.text, sent.start, q.outer[0]) is not None
        if q.outer[0] > sent.start + 1 and not verbatim:
            continue
        if words_in(page.text[q.outer[1] : sent.end]) > 0:
            continue  # "«Закон о ...» был принят": a name in marks, the sentence goes on
        if last is None or sent.para - last.sentence.para > (2 if verbatim else 1):
            told = _told_without_words(page, index[sent.start], drafts)
            if told is not None:
                # "Посол ... рассказал «Известиям» о перспективах союза.\n\n«...»": the
                # quotation is what the one who told said
                lead, cue = told
                last = Draft(list(q.pieces), None, cue.start, cue.word, lead, sentence_subject=True)
                out.append(last)
                page.claim(q.pieces)
            continue
        last = Draft(list(q.pieces), None, q.start, "", sent, inherit=True)
        out.append(last)
        page.claim(q.pieces)
    for line in _DASH_LINE.finditer(page.text):
        # "...рассказал «Известиям» о перспективах союза.\n\n— Мы выходим на новый уровень.":
        # direct speech set on a dash's line, with no verb of its own
        sent = page.sentence_at(line.start("said"))
        if sent is None or page.is_claimed(line.start("said")) or words_in(line["said"]) < 4:
            continue
        n = index[sent.start]
        if any(page.cues(t) for t in page.sents[n:] if t.start < line.end()):
            continue
        told = _told_without_words(page, n, out)
        if told is not None:
            lead, cue = told
            pieces = [line.span("said")]
            out.append(Draft(pieces, None, cue.start, cue.word, lead, sentence_subject=True))
            page.claim(pieces)
    out.sort(key=lambda d: d.at)
    return out


# a paragraph of direct speech opened by a dash, as Izvestia and Kommersant set it
_DASH_LINE = re.compile(
    r"^[ \t]*[\u2014\u2013][ \t]+(?P<said>[А-ЯЁ«\"][^\n]*[.!…»\"])[ \t]*$", re.M
)


def _told_without_words(page: Page, i: int, drafts: list[Draft]) -> tuple[Sentence, Cue] | None:
    """The paragraph right before a quotation that opens its own paragraph (sentence ``i``),
    when its last sentence tells that someone spoke and gives none of the words ("... в
    интервью «Известиям» рассказал о перспективах союза."): that sentence and its verb."""
    if i == 0 or page.sents[i - 1].para != page.sents[i].para - 1:
        return None
    lead = page.sents[i - 1]
    if any(d.sentence.start == lead.start for d in drafts):
        return None  # its words were given there
    verbs = [c for c in page.cues(lead) if c.kind == "verb" and not page.in_quote(c.start)]
    return (lead, verbs[-1]) if len(verbs) == 1 else None


# The mark a wire closes its story with ("...паспорта.-0-" at BelTA)
_END_MARK = re.compile(r"-0-(?=\s*$)")


def _end_mark_blank(text: str) -> str:
    """The text with a closing "-0-" blanked (offsets kept): the story is whole, and the
    mark belongs to no sentence."""
    m = _END_MARK.search(text)
    return text[: m.start()] + "   " + text[m.end() :] if m else text


# The reporter's words that close a sentence of a quotation broken by them: "«...
# взаимодействия, — отметила она. — Даже ...": what stands before them was said whole
_SENTENCE_GAP = re.compile(
    r"[\s,]*[\-\u2013\u2014]{1,2}\s[^«»\"“”„\n]{1,80}?[.!?]\s*[\-\u2013\u2014]{1,2}\s*"
)


def _cut_off(text: str, drafts: list[Draft]) -> set[int]:
    """Statements running into the end of an excerpt cut mid-sentence are not statements.
    A quotation broken by the reporter's words after a whole sentence ("«..., — отметила
    она. — Даже ... уровень отнош") keeps that sentence: only the piece after it is cut."""
    tail = text.rstrip()
    if not tail or tail[-1] in '.!?…»"”);':
        # ("— Президент России поблагодарил ... за гостеприимство;": a list's point, ended)
        return set()
    last_para = tail.rfind("\n") + 1
    cut = set()
    for d in drafts:
        if not (d.pieces and d.pieces[-1][1] > last_para and d.pieces[-1][1] >= len(tail) - 2):
            continue
        if len(d.pieces) > 1 and _SENTENCE_GAP.fullmatch(text, d.pieces[-2][1], d.pieces[-1][0]):
            d.pieces = d.pieces[:-1]
            continue
        cut.add(id(d))
    return cut


# a paragraph broken off mid-word or mid-sentence by an ellipsis: "... назвав «циничными»
# сегодняшнее..."
_BROKEN_OFF = re.compile(r"[\w,»]\s*(?:\.\.\.|…)\s*$")
_TEASER_OPENING = 40  # characters of a paragraph's opening a teaser repeats


def _teasers(text: str, drafts: list[Draft]) -> set[int]:
    """Statements in a teaser: a paragraph above the story that repeats the story's opening
    words and breaks off with "..." mid-sentence, as a site's summary of its own story does
    ("Грузия отзывает посла ... Об этом сообщила министр ..., назвав «циничными»
    сегодняшнее..." over the story that opens "Грузия отзывает посла ..."). Its words are
    the story's, told again and cut: the story's own paragraphs give them whole."""
    teasers: dict[int, int] = {}  # a paragraph's start: its end when it is a teaser, else -1
    dropped = set()
    for d in drafts:
        if not d.pieces:
            continue
        start = text.rfind("\n", 0, d.at) + 1
        if start not in teasers:
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            opening = text[start : start + _TEASER_OPENING]
            teaser = (
                end - start > _TEASER_OPENING
                and _BROKEN_OFF.search(text, start, end)
                and text.find("\n" + opening, end) >= 0
            )
            teasers[start] = end if teaser else -1
        if d.pieces[-1][1] <= teasers[start]:
            dropped.add(id(d))
    return dropped


# A source cited after a news item: "..., сообщает пресс-служба", "..., передает агентство",
# "..., сообщает Trend со ссылкой на МИД"
_SOURCE_CITED = word_set("сообщать передавать информировать")
_CITING = re.compile(r"со\s+ссылкой\s+на", re.I)
# What happened, in the past: an event that took place ("Встреча состоялась сегодня",
# "Переговоры прошли в Минске"), one who spoke at, took part in, met or visited
# ("выступил на заседании", "принял участие в саммите", "встретился с послом", "провел
# переговоры"); not "выступил с призывом", "выступил за продление": a call is words
_EVENT_TOLD = re.compile(
    r"(?<![\w-])(?:(?:встреч|переговор|саммит|заседани|беседа|бесед[ыу]|консультаци|"
    r"совещани|визит|форум|конференци)\w*\s+(?:[\w-]+\s+){0,3}?"
    r"(?:прош(?:[её]л|ла|ло|ли)|состоял(?:ся|ась|ось|ись)|заверш(?:ил|ились|илась|ился))|"
    r"выступил[аи]?\s+(?:на|в|во|перед)|принял[аи]?\s+участие|"
    r"встретил(?:ся|ась|ись)|посетил[аи]?|прибыл[аи]?|"
    r"пров[её]л[аи]?\s+(?:[\w-]+\s+){0,2}?(?:встреч|переговор|бесед|консультаци))"
    r"(?![\w-])",
    re.I,
)


def _events_cited(text: str, drafts: list[Draft]) -> set[int]:
    """Items of news whose source is cited after them ("Встреча состоялась сегодня, 15
    октября, сообщает пресс-служба", "Министр X выступил на заседании совета, сообщает
    Trend со ссылкой на МИД"): the words tell, unquoted, only that an event took place or
    who took part in it, and the source is where the reporter had the news from, not one
    who stated a position. A quotation of the press service ("«Такая встреча не
    запланирована», - сообщает пресс-служба") or words on what someone said ("министр
    заверил, что ...") stay statements."""
    dropped = set()
    for d in drafts:
        if not d.pieces or d.turn or d.cue_start < d.pieces[-1][1]:
            continue
        cue = d.cue_word.split()  # (empty for words signed by a caption line: no source cited)
        if not cue or not (_CITING.fullmatch(d.cue_word) or morph.lemmas(cue[0]) & _SOURCE_CITED):
            continue
        a, b = d.pieces[0][0], d.pieces[-1][1]
        said = text[a:b]
        if any(m in said for m in '«»“”„"'):
            continue
        event = _EVENT_TOLD.search(said)
        if event is None:
            continue
        rest = said[: event.start()] + " " + said[event.end() :]
        if any(morph.lemmas(w) & SAYING for w in _A_WORD.findall(rest)):
            continue  # "выступил на заседании, подчеркнув, что ...": his words as well
        dropped.add(id(d))
    return dropped


def _front_matter(
    text: str, drafts: list[Draft], body_start: int, dateline_at: int | None
) -> set[int]:
    if dateline_at is not None:
        return {
            id(d)
            for d in drafts
            if d.at < body_start and not _points_at_headline(text, d, (dateline_at, body_start))
        }
    first = re.search(r"\S[^\n]*", text)
    if not first or first.group().rstrip().endswith("."):
        return set()  # Russian headlines never end in a full stop: this is the story
    line_end = first.end()
    body = [" ".join(text[a:b] for a, b in d.pieces) for d in drafts if d.at >= line_end]
    return {
        id(d)
        for d in drafts
        if d.at < line_end and _restates(" ".join(text[a:b] for a, b in d.pieces), body)
    }


# words in a line long past any headline's: a paragraph of the story that lost its stop
_PARAGRAPH_WORDS = 20
_SOME_WORD = re.compile(r"\S")
_A_WORD = re.compile(r"\w+")


def _lost_stop(text: str, pos: int) -> bool:
    """Whether the line holding ``pos`` is a paragraph of the story whose final stop the page
    lost ("Рябков заявил журналистам, что ..., передает «Интерфакс»" with no full stop),
    not a headline: not the page's first line, of _PARAGRAPH_WORDS words at least, with more
    of the story after it."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    if end < 0 or not _SOME_WORD.search(text, 0, start) or not _SOME_WORD.search(text, end):
        return False  # (a search that stops at the first letter: no copy of the page per line)
    # (counted up to the bound only: a line of thousands read once per statement in it)
    found = _A_WORD.finditer(text, start, end)
    return (
        sum(1 for _ in itertools.islice(found, _PARAGRAPH_WORDS)) >= _PARAGRAPH_WORDS
        # ("— Сергей Алексеевич, госсекретарь США недавно заявил, что ...": an interviewer's
        # turn addressing the one asked by name, a question whose "?" the page lost;
        # _ADDRESSED is defined below, with the reader of such turns)
        and _ADDRESSED.match(text, start, end) is None
    )


def _points_at_headline(text: str, d: Draft, dateline: tuple[int, int] | None = None) -> bool:
    """ "Лавров: Запад проиграл борьбу за глобальный Юг" over "Об этом заявил министр ...",
    "Такое мнение высказал ...": the story's first sentence points back at the headline,
    whose words are then the statement's own (the page gives them nowhere else). A wire's
    dateline may stand between them ("МИНСК, 25 августа. /БелТА/. Об этом заявил ..."): it
    tells where and when, no words the sentence could point at instead."""
    if len(d.pieces) != 1 or heading_at(text, d.cue_start):
        return False
    first = re.search(r"\S[^\n]*", text)
    if first is None or not first.start() <= d.pieces[0][0] < first.end():
        return False
    gap = text[first.end() : d.sentence.start]
    if dateline is not None and first.end() <= dateline[0] and dateline[1] <= d.sentence.start:
        gap = text[first.end() : dateline[0]] + text[dateline[1] : d.sentence.start]
    return not gap.strip()


# "Лавров: ..." opening a headline: the speaker's label, no words of his
_SPEAKER_LABEL = re.compile(r"[А-ЯЁ][\w-]+(?: [А-ЯЁ][\w-]+){0,2}:\s+")


def _past_speaker_label(text: str, a: int, b: int) -> tuple[int, int]:
    label = _SPEAKER_LABEL.match(text, a, b)
    return (label.end(), b) if label else (a, b)


def _turn_drafts(page: Page, transcript: Transcript) -> list[Draft]:
    out = []
    for t in transcript.turns:
        sent = page.sentence_at(t.start)
        if sent is None:
            continue
        out.append(Draft(list(t.pieces), t.speaker, t.start, "", sent, turn=True, aired=t.aired))
        # (the news a turn relays stays open to its own cues)
        page.claim(_less(list(t.pieces), transcript.narrative))
    return out


def _interviewee(page: Page, registry: Registry, transcript: Transcript | None) -> Entity | None:
    """Who answers a dash interview: the one the first question addresses by given name and
    patronymic ("— Сергей Алексеевич, ...?"); else the one the outlet says it spoke with
    ("Радио в пятницу поговорило с Иваном Петровым, бывшим послом": the news before it is
    about others); else
    the person with a title the paragraph above the first answer names after its verb of
    telling ("Что это значит, «Радио» рассказал эксперт Иван Петров.": the news above is
    about the one the talk is about); else the first person with a title the reporter's
    introduction has as a sentence's subject ("Накануне визита госсекретаря США Майка
    Помпео министр Владимир Макей ответил на вопросы": Макей, not the visitor), else the
    first person with a title it names ("в интервью ТАСС замглавы МИД Сергей Рябков
    рассказал"), else the person the headline opens with ("Алексей Оверчук: ...")."""
    if transcript is None or not transcript.narrative:
        return None
    # (the introduction above the first answer: the news the page sets between or after the
    # answers is about others, "Зеленский в октябре 2022 года объявил ...")
    first_turn = min((t.start for t in transcript.turns), default=len(page.text))
    end = max((b for a, b in transcript.narrative if a < first_turn), default=0)
    addressed = _addressed_guest(page.text, registry, end, first_turn)
    if addressed is not None:
        return addressed
    talked = _talked_with(page.text, registry, end)
    if talked is not None:
        return talked
    told = [
        s
        for s in page.sents
        if s.start < end and any(a <= s.start < b for a, b in transcript.narrative)
    ]
    for s in _lead_in(page, told, transcript):
        told_at = _telling_at(page, s)
        if told_at is None:
            continue
        subject = _subject(page, s, s.end, registry, None)
        after = subject is not None and any(told_at < p < s.end for p in subject.positions)
        if after and _titled(subject):
            return subject
    for s in told:
        subject = _subject(page, s, s.end, registry, None)
        if _titled(subject):
            return subject
    named = [
        (min(e.positions), e)
        for e in registry.entities
        if e.kind == "person" and e.role and e.positions and min(e.positions) < end
    ]
    if named:
        return min(named, key=lambda pe: pe[0])[1]
    return _headline_guest(page.text, registry, end)


# "Алексей Оверчук: Коридор заработает в полную силу": an interview's headline, the guest's
# name and his words, over a lead that calls him by his post alone ("Вице-премьер рассказал")
_HEADLINE_LABEL = re.compile(r"^[А-ЯЁ][а-яё-]+(?: [А-ЯЁ][а-яё-]+){1,2}:[ \t]+\S", re.M)


def _headline_guest(text: str, registry: Registry, end: int) -> Entity | None:
    """The person an interview's headline opens with, as "Name: words", before ``end``."""
    for m in _HEADLINE_LABEL.finditer(text, 0, end):
        for e in registry.entities:
            if e.kind == "person" and m.start() in e.positions:
                return e
    return None


def _titled(entity: Entity | None) -> bool:
    """Whether ``entity`` is a person the page gives a title, as one interviewed is."""
    return entity is not None and entity.kind == "person" and bool(entity.role)


def _lead_in(page: Page, told: list[Sentence], transcript: Transcript) -> list[Sentence]:
    """The narrative's sentences in its paragraph just above the first answer: the one that
    introduces the one answering, while the news above often reports the one the talk is
    about."""
    first_turn = min((t.start for t in transcript.turns), default=None)
    above = [s for s in told if first_turn is not None and s.start < first_turn]
    return [s for s in above if s.para == above[-1].para]


def _telling_at(page: Page, s: Sentence) -> int | None:
    """Where a verb of telling stands in ``s``: an introduction names the one answering
    after it ("Что это значит, «Радио» рассказал эксперт Иван Петров.")."""
    return next((w.start for w in page.words(s) if lemmas(w.text) & SAYING), None)


_TALK_REACH = 60  # characters from "с" to the name: "с бывшим послом Иваном Петровым"
_SENTENCE_STOP = re.compile(r"[.!?\n]")


def _talked_with(text: str, registry: Registry, end: int) -> Entity | None:
    """The person named right after the introduction's "поговорило с", before ``end``."""
    people = [e for e in registry.entities if e.kind == "person"]
    named = sorted((p, n) for n, e in enumerate(people) for p in e.positions)
    starts = [p for p, _ in named]
    for m in TALKED_WITH.finditer(text, 0, end):
        stop = _SENTENCE_STOP.search(text, m.end(), m.end() + _TALK_REACH)
        reach = stop.start() if stop else m.end() + _TALK_REACH
        k = bisect.bisect_right(starts, m.end())
        if k < len(named) and starts[k] < reach:
            return people[named[k][1]]
    return None


# "— Сергей Алексеевич, чем ...?": the interviewer's question opening with the given name
# and patronymic of the one it asks
_ADDRESSED = re.compile(
    r"^[ \t]*[\u2014\u2013-][ \t]+([А-ЯЁ][а-яё]+)[ \t]+[А-ЯЁ][а-яё]+(?:вич|вна|чна),", re.M
)


def _addressed_guest(text: str, registry: Registry, start: int, end: int) -> Entity | None:
    """The one person named before the first answer whose given name the first question
    addresses ("— Сергей Алексеевич, ...?"): the guest, whoever the news above him is about
    ("Накануне президент Владимир Путин объявил ...")."""
    m = _ADDRESSED.search(text, start, end)
    if m is None or not morph.has_tag(m.group(1), "Name"):
        return None
    given = m.group(1).lower().replace("ё", "е")
    named = [
        e
        for e in registry.entities
        if e.kind == "person"
        and e.positions
        and min(e.positions) < m.start()
        and e.name.lower().replace("ё", "е").split()[0] == given
    ]
    return named[0] if len(named) == 1 else None


def _agreeing(entity: Entity | None, verb: str) -> Entity | None:
    """``entity`` when a past verb's gender allows it as its subject ("... пояснил Калныньш.
    Ранее Россия понизила уровень отношений и потребовала ...": not Kalnins)."""
    if entity is not None and entity.kind == "person" and morph.plural_past(verb):
        # "Сопредседатели отметили ... и призвали ...": a plural subject, not the one person
        # who spoke before ("в МИД заявили" still speaks for a body)
        return None
    gender = morph.verb_gender(verb)
    if entity is None or gender is None or entity.gender in (None, gender):
        return entity
    return None


def _subject(
    page: Page, s: Sentence, end: int, registry: Registry, subject: Entity | None
) -> Entity | None:
    """The person a sentence is about: its nominative subject before ``end`` outside quotes
    ("Помощник президента Юрий Ушаков провел встречу с советником ... Салливаном": Ушаков),
    a pronoun standing for the subject before, or None."""
    ws = _past_source(
        page.text, [w for w in page.words(s) if w.start < end and not page.in_quote(w.start)]
    )
    found = parse(ws, page.text, "nomn", sentence_start=s.start, known=page.known)
    host = _host(page, ws)
    if host is not None and (found is None or found.start >= host.start):
        found = host
    if found is None:
        found = _speech_giver(page, ws)
    if found is None:
        return None
    if found.kind == "person":
        if credited(page.text, found.start):
            return None  # "Фото: Иван Петров, Коммерсантъ": the photographer, no subject
        if _his_surname_in_oblique_case(registry, found):
            # "на встречу Путина и Трампа": "Путина" read as a woman's nominative is, in an
            # article naming the man, his genitive: a mention of him, no one new
            found = dataclasses.replace(found, gender="m")
        return registry.find(found) or registry.add(found)
    if found.kind == "pronoun" and subject is not None:
        # a foreign name may tell no gender ("Жан-Ноэль Барро"): "он" may still be him
        agrees = None in (found.gender, subject.gender) or found.gender == subject.gender
        return subject if agrees else None
    if found.kind == "pronoun":
        # "... интервью с замминистра Сергеем Рябковым. Он высказался о ..., а также заявил,
        # что ...": no subject before; "он" stands for the one named, as for a verb of its own
        return registry.resolve(found, None, None)
    if found.kind == "description":  # "В среду министр провел переговоры ...": placed there
        # (not the one the sentence has him meet: "Американский лидер встретился с Вучичем");
        # once the story has a subject, not one named past this paragraph
        until = _paragraph_end(page.text, s) if subject is not None else None
        return registry.resolve(found, None, subject, ahead_from=s.end, ahead_until=until)
    return None


# "Как сообщила пресс-служба МИД, министр ...": the source that passes the clause on, set off
# by a comma before the clause's own subject
_SOURCE_ASIDE = re.compile(
    r"\s*[Кк]ак (?:сообщила?|сообщили|сообщает|сообщают|передает|передаёт|передают|"
    r"информирует|отмечает|отмечают|уточнили|уточняет)\s[^,.;:!?«»]{1,80},"
)


def _past_source(text: str, ws: list[Word]) -> list[Word]:
    """The words of a sentence past a source's aside that opens it ("Как сообщила
    пресс-служба МИД, министр проинформировал ..."), or all of them."""
    if not ws:
        return ws
    m = _SOURCE_ASIDE.match(text, ws[0].start)
    return [w for w in ws if w.start >= m.end()] if m else ws


def _his_surname_in_oblique_case(registry: Registry, found: Speaker) -> bool:
    """Whether ``found`` is a lone surname read as a woman's ("Путина", "Лаврова") where the
    article names a man whose surname it is a case form of."""
    if found.gender != "f" or " " in (found.name or " "):
        return False
    return any(
        e.kind == "person" and e.gender == "m" and same_surname(e.surname, found.name or "")
        for e in registry.entities
    )


def _body_subject(page: Page, s: Sentence, end: int, registry: Registry) -> Entity | None:
    """A body as the sentence's subject ("МИД России вызвал посла и предупредил, что ..."):
    the verb joined to its deed is the body's, not the last speaker's."""
    ws = [w for w in page.words(s) if w.start < end and not page.in_quote(w.start)]
    found = parse(ws, page.text, "nomn", sentence_start=s.start, known=page.known)
    if found is None or found.kind != "institution":
        return None
    lead = page.text[s.start : found.start]
    aside = _SOURCE_ASIDE.match(page.text, s.start)
    if (
        (aside and aside.end() > found.start)
        or "," in lead
        or re.search(r"(?<![\w-])(?:в|во|на|из|от|у|с|со|при|по|к)\s*$", lead, re.I)
    ):
        return None  # "Как сообщили в МИД, Байрамов ...": a place or a source, no subject
    return registry.resolve(found, None, None)


# Talks named by the one who held them: "Состоялся телефонный разговор Владимира Путина с ..."
_TALKS = frozenset(("разговор", "встреча", "переговоры", "беседа"))


def _host(page: Page, ws: list[Word]) -> Speaker | None:
    """The person in the genitive right after talks named as the sentence's subject
    ("Состоялся разговор С.В.Лаврова с М.Рубио"): whose talks they are, whom "министр"
    below refers to; not the partner after "с", nor "Лаврова" read as a woman's name."""
    for i, w in enumerate(ws[:-1]):
        if lemmas(w.text) & _TALKS and in_case(w.text, "nomn"):
            found = parse(ws[i + 1 :], page.text, "gent", sentence_start=-1, known=page.known)
            if found is not None and found.kind == "person" and found.start == ws[i + 1].start:
                return found
            return None
    return None


# A speech named by the one who gave it: "Встреча открылась выступлением министра X"
_SPEECHES = frozenset(("выступление", "речь", "обращение", "доклад"))


def _speech_giver(page: Page, ws: list[Word]) -> Speaker | None:
    """The person in the genitive right after a speech the sentence tells of, in a sentence
    with no one as its subject ("Встреча открылась выступлением главы МИД Турции X"): the
    one the sentence is about, whom "он" in the next refers to, not the subject of some
    sentence further back."""
    for i, w in enumerate(ws[:-1]):
        if lemmas(w.text) & _SPEECHES:
            found = parse(ws[i + 1 :], page.text, "gent", sentence_start=-1, known=page.known)
            if found is not None and found.kind == "person" and found.start == ws[i + 1].start:
                return found
    return None


# the unnamed people a sentence may be about: "источник в МИД", "собеседник агентства"
_UNNAMED_PEOPLE = frozenset(("источник", "собеседник"))


def _described_no_one(page: Page, s: Sentence) -> bool:
    """Whether a sentence's subject is a person's description ("Американский президент",
    "Глава МИД") (whom the caller found no one for)."""
    ws = [w for w in page.words(s) if not page.in_quote(w.start)]
    found = parse(ws, page.text, "nomn", sentence_start=s.start, known=page.known)
    return found is not None and found.kind == "description"


def _unnamed_subject(page: Page, s: Sentence) -> bool:
    """Whether a sentence opens with someone unnamed as its subject ("Источник в МИД
    сообщил ...", "Собеседник “Ъ” говорит ...")."""
    ws = [w for w in page.words(s) if not page.in_quote(w.start)]
    return any(
        lemmas(w.text) & _UNNAMED_PEOPLE
        and in_case(w.text, "nomn")
        and not interviewed_by_outlet(ws, i)  # "Собеседник агентства": named before
        # "Источник: обращение президента": a site's line naming where the words are from
        and not page.text.startswith(":", w.end)
        for i, w in enumerate(ws[:3])
    )


def _resolve(
    page: Page,
    drafts: list[Draft],
    dropped: set[int],
    registry: Registry,
    narrative: list[tuple[int, int]],
    interviewee: Entity | None = None,
    links: Spans | None = None,
    captions: Spans | None = None,
) -> list[tuple[Draft, Entity]]:
    """Each kept draft with the entity that says it, reading sentence by sentence: a pronoun
    or a description refers to the subject of the sentences before (not to the nearest
    name), a quotation without a cue to the speaker before it. A link to another story
    changes no one's subject, nor does a photo's caption once the story has one (above the
    story, it pictures whom the story is about)."""
    in_sentence: dict[int, list[Draft]] = {}
    for d in drafts:
        if id(d) not in dropped:
            in_sentence.setdefault(d.sentence.start, []).append(d)
    kept: list[tuple[Draft, Entity]] = []
    last: Entity | None = None  # the last speaker
    # the last institution to speak (a readout's issuer), with the sentence it spoke in
    last_body: tuple[Entity, Sentence] | None = None
    subject: Entity | None = None  # the person the sentences before are about
    unnamed_before = False  # the sentence before was about an unnamed source
    unknown_before = False  # ... or about one a description names whom the text does not tell
    # such descriptions, read again once the whole story has told who holds which post
    # ("президент России" after two bare names, one of whom "Президент Украины ... - сказал
    # Зеленский" later ties to Ukraine), with the pronouns that went on with them
    deferred: list[tuple[Draft, Entity | None, Entity | None, int | None, list[Draft]]] = []
    digests: dict[int, Entity] = {}  # whose a digest's points are, by where its heading is
    told: dict[int, tuple[Entity | None, Entity | None]] = {}  # last speaker, subject by sentence
    for s in page.sents:
        own = in_sentence.get(s.start, [])
        first: Entity | None = None
        joined: Entity | None = None  # the subject of a clause after ", а"
        # the sentence is about one a description fits among several the text tells apart
        # by nothing ("президент России заявил ..." with two presidents named bare): "он"
        # next is that one, still unknown, not the speaker before
        described_unknown = False
        for d in own:
            speaker = d.speaker
            if d.point and d.cue_start in digests:
                # a digest's later points are the one its first was given to, whoever a topic
                # line between them names ("О визите Путина в Казахстан")
                entity = digests[d.cue_start]
            elif (
                d.point
                and speaker is not None
                and speaker.kind == "pronoun"
                and (heading := page.sentence_at(speaker.start)) is not None
                and heading.start in told
            ):
                # "Ее главные заявления:" is the one the story was about at that heading, not
                # one a topic line under it names ("О поездке Блинкена в Киев")
                entity = registry.resolve(speaker, *told[heading.start])
            elif d.turn and speaker is None:
                entity = interviewee
            elif d.document and speaker is None:
                # "Согласно документу, ..." with no owner and none in the sentence before:
                # an agreement or a law as often as the last speaker's text (but "Согласно
                # сообщению" is the message just quoted)
                entity = _issuer(page, s, registry) or (
                    None if _according_to_a_text(page.text, d) else last
                )
                if (
                    entity is not None
                    and entity.kind == "person"
                    and _according_to_a_message(page.text, d)
                    and not _published_a_message(page, s, entity)
                ):
                    # "Согласно сообщению, беседа прошла ..." after "Путин высоко оценил ...":
                    # a message is a body's readout (the Kremlin's, which told of him), not the
                    # person's remark; a body that told of someone else is no one's issuer
                    entity = (
                        last_body[0]
                        if last_body is not None and _mentioned(entity, last_body[1])
                        else None
                    )
            elif d.inherit:
                entity = last
            elif d.sentence_subject and first is None and _unnamed_subject(page, s):
                # "Источник в делегации признает, что ..., но отмечает, что ...": the unnamed
                # source goes on speaking, not whoever was named before
                entity = None
            elif d.sentence_subject:
                entity = (
                    _subject(page, s, d.cue_start, registry, subject)
                    or _body_subject(page, s, d.cue_start, registry)
                    or _agreeing(first or last, d.cue_word)
                )
            elif (
                speaker is not None
                and speaker.kind == "pronoun"
                and (
                    unnamed_before
                    or unknown_before
                    or (first is None and _unnamed_subject(page, s))
                )
            ):
                # "он" after "Источник в МИД сообщил ...", or in its own sentence
                # ("Источник “Ъ” утверждает ...: по его словам, ..."): that source
                entity = None
                if unknown_before and deferred and not unnamed_before:
                    deferred[-1][4].append(d)
            elif speaker is not None and speaker.head == "тот":
                # "Трамп поблагодарил Путина, а тот ответил": not the one the clause before
                # is about
                here = _subject(page, s, speaker.start, registry, subject)
                entity = registry.resolve(speaker, last, here or subject)
            elif speaker is not None and _after_colon(page.text, s, speaker):
                # "Багаи оказался сдержаннее: он заявил": the one the clause before is about
                here = _subject(page, s, speaker.start, registry, subject)
                entity = registry.resolve(speaker, last, here or subject)
            elif (
                speaker is not None
                and first is not None
                and first.kind == "person"
                and _after_dash(page.text, s, speaker)
            ):
                # "X назвал соглашение историческим, — а уже в воскресенье он признал ...":
                # the one this sentence named, not the one the story was about before
                entity = registry.resolve(speaker, first, first)
            elif speaker is not None:
                # a description looks ahead for its name in a headline or lead, before anyone
                # has spoken ("сказал российский дипломат. По словам Чуркина"); once the
                # story has speakers, not past its own paragraph (a colleague named next)
                until = _paragraph_end(page.text, s) if last is not None else None
                entity = registry.resolve(speaker, last, subject, ahead_until=until, words=d.pieces)
                if entity is None and speaker.start in registry.undecided:
                    deferred.append((d, last, subject, until, []))
            else:
                entity = None
            if entity is None and first is None and speaker is not None and not d.relative:
                described_unknown = described_unknown or speaker.start in registry.undecided
            if entity is None or _a_delegation(entity):
                continue  # no one to say it: "сообщалось", an unnamed source, a group
            kept.append((d, entity))
            if d.point:
                digests.setdefault(d.cue_start, entity)
            if not d.relative:  # "... Каллас, которая назвала ...": not whom the text is about
                first = first or entity
                if entity is not first and _after_but(page.text, s, speaker):
                    joined = entity
            if not d.turn:
                last = entity
            if entity.kind == "institution":
                last_body = (entity, s)
        # "Собеседник “Ъ” в МИДе говорит, что ... «...», — отметил он": "он" is that source,
        # whom no one can be recorded for, not whoever was named before
        unnamed_before = first is None and _unnamed_subject(page, s)
        unknown_before = first is None and described_unknown
        if own and joined is not None and joined.kind == "person":
            # "X заявил, что ..., а Y сказал, что ... Он также предложил": the subject of
            # the last clause, the nearer one
            subject = joined
        elif own and first is not None and first.kind == "person":
            subject = first
        elif own and first is not None:
            # "Токаев провел разговор с Путиным, сообщает пресс-служба Акорды": an
            # institution's report is about its own subject, whom "глава государства" below
            # refers to, not the one he spoke with
            subject = _subject(page, s, s.end, registry, subject) or subject
        elif unnamed_before:
            subject = last = None
        elif own and first is None and any(d.relative for d in own):
            # "Захарова отреагировала на слова Каллас, которая назвала ...": the sentence is
            # about its own subject, whom "она" below refers to
            subject = _subject(page, s, s.end, registry, subject) or subject
        elif first is None and (asked := _asked(page, s, registry)) is not None:
            subject = asked  # the question itself is no one's statement
        elif (
            not own
            and any(a <= s.start < b for a, b in narrative)
            and not (links and s.start in links)
            and not (captions and subject is not None and s.start in captions)
        ):
            here = _subject(page, s, s.end, registry, subject)
            if here is None and _described_no_one(page, s):
                # "Американский президент не скрывал удовлетворения. По его словам, ...": the
                # sentence is about one its description names and the story never does;
                # "его" next is that one, not the speaker before
                unnamed_before = True
                subject = last = None
            else:
                subject = here or _named_aside(page, s, registry) or subject
        told[s.start] = (last, subject)
    if deferred:
        for d, last, subject, until, followers in deferred:
            assert d.speaker is not None
            entity = registry.resolve(d.speaker, last, subject, ahead_until=until)
            if entity is not None and entity.kind == "person":
                kept.extend((one, entity) for one in (d, *followers))
        kept.sort(key=lambda pair: pair[0].at)
    return kept


def _named_aside(page: Page, s: Sentence, registry: Registry) -> Entity | None:
    """The one person a sentence without a person as its subject names in another case
    ("Встреча открылась выступлением министра Турции Хакана Фидана. Он призвал ..."): the
    new one on stage, whom "он" in the next sentence means, not the subject of the
    sentences before it; so too under a body as the subject ("МИД Турции распространил
    обращение Фидана"). Two people named tell no one, nor a partner in talks ("Встреча с
    Фиданом продлилась два часа": the talks of the one the story is about)."""
    ws = [w for w in page.words(s) if not page.in_quote(w.start)]
    found = parse(ws, page.text, "nomn", sentence_start=s.start, known=page.known)
    if found is not None and found.kind in ("person", "pronoun", "description"):
        return None
    named = registry.people_named(s.start, s.end)
    people = {id(e): e for _, e in named}
    if len(people) != 1 or any(_partner(page.text, s.start, p) for p, _ in named):
        # "Встреча с Хаканом Фиданом продлилась ...": the partner in the subject's talks,
        # no one new on stage
        return None
    return next(iter(people.values()))


# "с" and up to two words right before a mention: "встреча с Фиданом", "переговоры с
# турецким коллегой ..."
_WITH_BEFORE = re.compile(r"(?<![\w-])(?:с|со)\s+((?:[а-яё-]+\s+){0,2})$", re.I)


def _partner(text: str, start: int, at: int) -> bool:
    """Whether the mention at ``at`` is someone met with: "с" and the instrumental
    ("встреча с Фиданом", "с турецким коллегой Фиданом"), not "с" of where a thing
    begins ("начались с выступления министра Фидана")."""
    m = _WITH_BEFORE.search(text, start, at)
    if m is None:
        return False
    first = re.match(r"[\w-]+", m.group(1) or text[at : at + 40])
    return first is not None and in_case(first.group(), "ablt")


def _after_but(text: str, s: Sentence, speaker: Speaker | None) -> bool:
    """Whether a named speaker opens a clause joined by ", а" ("..., а президент Y
    сказал"): the subject of a clause of its own."""
    if speaker is None or speaker.kind != "person" or speaker.start - s.start < 4:
        return False
    return text[speaker.start - 4 : speaker.start] in (", а ", ",\xa0а ")


def _a_delegation(entity: Entity) -> bool:
    """ "Российская делегация пообещала ...", "заявили в украинской делегации": the people
    sent to talks speak as a group, for no one body (the one who heads them speaks by
    name)."""
    return entity.kind == "institution" and any(
        morph.lemma(w) == "делегация" for w in entity.name.split()[:2]
    )


def _paragraph_end(text: str, s: Sentence) -> int:
    """Where the paragraph of sentence ``s`` ends."""
    end = text.find("\n", s.end)
    return len(text) if end < 0 else end


# nouns for any document: "В документе подчеркивается ..." after "говорится в письме X"
_ANY_TEXT = frozenset(["документ", "текст"])


def _issuer(page: Page, s: Sentence, registry: Registry) -> Entity | None:
    """Whose is a document the sentence names without an owner ("«...», — говорится в
    заявлении."): the person or institution the sentence before, in the same or the paragraph
    before, has as its subject ("МИД Армении выступил с заявлением ...")."""
    i = page.sents.index(s)
    if i == 0 or s.para - page.sents[i - 1].para > 1:
        return None
    before = page.sents[i - 1]
    ws = [w for w in page.words(before) if not page.in_quote(w.start)]
    comma = page.text.find(",", ws[1].end, before.end) if len(ws) > 2 else -1
    cited = comma > 0 and ws[0].text == "Как" and bool(lemmas(ws[1].text) & SAYING)
    if cited:
        # "Как сообщает РИА Новости, об этом говорится в письме Небензи. В письме
        # подчеркивается ...": the same document, its owner named there, not the outlet
        named = [w for w in ws if w.start > comma]
        here = {morph.lemma(w.text) for w in page.words(s)} & DOCUMENTS
        same = [
            n
            for n, w in enumerate(named)
            if morph.lemma(w.text) in DOCUMENTS
            and (morph.lemma(w.text) in here or here & _ANY_TEXT)
        ]
        owner = _document_owner(page, named[same[0] :], registry) if same else None
        if owner is not None:
            return owner
        # "Как сообщила 28 мая пресс-служба Кремля, Путин ... В сообщении уточнялось": the
        # report the sentence before cites is the document, and its source the owner
        ws = [w for w in ws[2:] if w.end <= comma]
    # a cited source may follow the day it spoke on: "Как сообщила 28 мая пресс-служба"
    for k in range(len(ws) if cited else min(_CIRCUMSTANCE_WORDS + 1, len(ws))):
        found = parse(ws[k:], page.text, "nomn", sentence_start=before.start, known=page.known)
        if k and not cited and found is not None and not _after_circumstance(ws, found.start):
            break  # (past a time, "Вечером того же дня МИД ...", only the subject it opens on)
        if found is not None and found.kind in ("person", "institution"):
            if cited:
                return registry.resolve(found, None, None)
            owner = _document_owner(page, ws, registry)
            if owner is not None:
                return owner
            if found.start == ws[0].start or _after_circumstance(ws, found.start):
                return registry.resolve(found, None, None)
            return None
    return None if cited else _document_owner(page, ws, registry)


def _document_owner(page: Page, ws: list[Word], registry: Registry) -> Entity | None:
    """The owner named in the genitive after the document of the sentence before ("Было
    опубликовано заявление МИД. «...», — говорится в нем."): whose the document is. Of
    two, the one the verb issued, not the place it was put ("На сайте ведомства было
    опубликовано заявление МИД": the site is where, the statement what)."""
    docs = [n for n, w in enumerate(ws) if morph.lemma(w.text) in DOCUMENTS]
    if not docs:
        return None
    issued = [n for n in docs if n == 0 or ws[n - 1].text.lower() not in ("на", "в", "во")]
    at = issued[0] if issued and len(docs) > 1 else docs[0]
    found = parse(ws[at + 1 :], page.text, "gent", sentence_start=-1, known=page.known)
    if found is None or found.kind not in ("person", "institution"):
        return None
    if found.start != ws[at + 1].start:
        return None  # "заявление по итогам встречи Лаврова": not the owner
    return registry.resolve(found, None, None)


# a time before a subject: "Вчера вечером", "В понедельник", "10 марта", "Поздно вечером
# того же дня"
_CIRCUMSTANCE_WORDS = 5


def _after_circumstance(ws: list[Word], start: int) -> bool:
    """Whether only a circumstance of time stands before the subject at ``start`` ("Вчера
    вечером МИД Китая выступил с заявлением"): a few words, none a verb, a name or a post."""
    before = [w for w in ws if w.start < start]
    return len(before) <= _CIRCUMSTANCE_WORDS and not any(
        (n and w.text[:1].isupper())
        or morph.finite_verb(w.text)
        or is_role(w.text)
        or is_org(w.text)
        for n, w in enumerate(before)
    )


_TEXT_OF_ANY_KIND = re.compile(r"согласно\s+(?:документу|тексту)(?![\w-])", re.I)


_ACCORDING_TO_A_MESSAGE = re.compile(r"согласно\s+сообщению(?![\w-])", re.I)


def _according_to_a_message(text: str, d: Draft) -> bool:
    """ "Согласно сообщению, ...": a body's written message (a readout, a press release)."""
    return _ACCORDING_TO_A_MESSAGE.match(text, d.cue_start) is not None


# a message someone put out: "опубликовала сообщение в своем Telegram-канале"
_A_MESSAGE = re.compile(r"(?<![\w-])сообщени[ея](?![\w-])", re.I)


def _published_a_message(page: Page, s: Sentence, person: Entity) -> bool:
    """Whether the sentence before ``s`` names ``person`` and a message ("Захарова
    опубликовала сообщение в своем Telegram-канале. Согласно сообщению, ..."): the message
    is that person's own."""
    i = page.sents.index(s)
    if i == 0:
        return False
    before = page.sents[i - 1]
    return _mentioned(person, before) and bool(
        _A_MESSAGE.search(page.text, before.start, before.end)
    )


def _mentioned(entity: Entity, s: Sentence) -> bool:
    """Whether the article mentions ``entity`` inside ``s``."""
    return any(s.start <= p < s.end for p in entity.positions)


def _according_to_a_text(text: str, d: Draft) -> bool:
    """ "Согласно документу, ...": a text of any kind (a treaty, a law), no one's statement."""
    return _TEXT_OF_ANY_KIND.match(text, d.cue_start) is not None


# Words of time or order that may open the clause after a colon before its pronoun
# ("сделал два заявления: сначала он ...", ": в понедельник, например, он ..."): lower-case
# words and commas, a few
_BEFORE_PRONOUN = re.compile(r"\s*(?:[а-яё]+,?\s+){0,4}")


def _after_colon(text: str, s: Sentence, speaker: Speaker) -> bool:
    """Whether a pronoun speaker opens a clause after a colon that closes a clause about
    someone: "... Эсмаил Багаи оказался сдержаннее: он заявил, что ...", "сделал
    противоречивые заявления: сначала он допустил ..." (no verb of its own between)."""
    if speaker.kind != "pronoun":
        return False
    colon = text.rfind(":", s.start, speaker.start)
    if colon < 0 or _BEFORE_PRONOUN.fullmatch(text, colon + 1, speaker.start) is None:
        return False
    between = text[colon + 1 : speaker.start].replace(",", " ").split()
    return not any(map(morph.finite_verb, between))


_DASH_REACH = 160  # characters: the dash, a few words of time and place, the pronoun


def _after_dash(text: str, s: Sentence, speaker: Speaker) -> bool:
    """Whether a pronoun speaker opens a clause after a dash in its sentence: "X сказал, что
    ..., — во вторник он заявил, что ..."."""
    start = max(s.start, speaker.start - _DASH_REACH)
    return speaker.kind == "pronoun" and SPACED_DASH.search(text, start, speaker.start) is not None


# Verbs of asking someone: "Корреспондент ТАСС спросил Пескова, ...", "поинтересовался у
# Лаврова", "задал вопрос министру", "адресовал вопрос министру" (not "задался вопросом":
# wondering asks no one)
_ASKING_SOMEONE = (ASKING - {"задаться"}) | {"адресовать"}
_ASKED_CASES = ("accs", "gent", "datv")


def _asked(page: Page, s: Sentence, registry: Registry) -> Entity | None:
    """The person a sentence asks ("Журналист спросил пресс-секретаря Дмитрия Пескова,
    ..."): the one whose answer follows, whom "ответил он" below refers to."""
    ws = [w for w in page.words(s) if not page.in_quote(w.start)]
    at = next((n for n, w in enumerate(ws) if lemmas(w.text) & _ASKING_SOMEONE), None)
    if at is None:
        return None
    rest = ws[at + 1 :]
    for case in _ASKED_CASES:
        found = parse(rest, page.text, case, sentence_start=-1, known=page.known)
        if found is not None and found.kind == "person":
            return registry.find(found) or registry.add(found)
    return None


def extract(text: str, *, published: datetime.date | None) -> list[ProposedStatement]:
    """Proposed statements of a Russian ``text``; ``published`` dates relative phrases. Only
    the first READ_LIMIT characters are read, as in English: time grows with the length
    read, and no further."""
    written = read_part(text)  # what was said is given as written
    text = _end_mark_blank(plain_marks(written))
    dateline = find_dateline(text)
    text = recased_headlines(text, dateline.start if dateline else None)
    body_start = dateline.end if dateline else 0
    page = Page(text, body_start)
    registry = Registry(_country(dateline), _place_country(dateline), text)
    collect(text, page, registry)
    page.known = registry.knows
    page.fits_one_named = registry.describes_one_named
    transcript = read_transcript(text)
    drafts = _turn_drafts(page, transcript) if transcript else []
    drafts += digest_drafts(page)
    drafts += live_entry_drafts(page)
    drafts += signed_drafts(page)
    drafts += statement_page_drafts(page)
    allowed = transcript.narrative if transcript else [(0, len(text))]
    for s in page.sents:
        if any(a <= s.start < b for a, b in allowed):
            drafts.extend(d for d in page.analyse(s) if d.pieces)
    drafts = _orphan_quotes(page, drafts)
    for d in drafts:  # speakers named later in a lead ("сказал дипломат. По словам Чуркина")
        if d.speaker is not None and d.speaker.kind == "person":
            registry.add(d.speaker)
    dropped = _front_matter(text, drafts, body_start, dateline.start if dateline else None)
    dropped |= _cut_off(text, drafts)
    dropped |= _teasers(text, drafts)
    # (an item of news is no one's statement, but its source speaks on in what follows:
    # "..., сообщает пресс-служба. «...», — говорится в пресс-релизе")
    cited = _events_cited(text, drafts)
    lines = (dateline.start, dateline.end) if dateline else None
    for d in drafts:
        if _points_at_headline(text, d, lines):
            d.pieces = [_past_speaker_label(text, *d.pieces[0])]
    dropped |= {
        id(d)
        for d in drafts
        if not (d.turn or d.point)
        and heading_at(text, d.at)
        and not _points_at_headline(text, d, lines)
        and not _lost_stop(text, d.at)
    }
    said = Spans(_hidden(page, drafts, transcript.narrative if transcript else []))
    # links to other stories and photo captions: no one there is whom the story goes on about
    links, captions = link_lines(text), caption_lines(text)
    registry.hide([*said, *captions], links)
    kept = _resolve(
        page,
        drafts,
        dropped,
        registry,
        allowed,
        _interviewee(page, registry, transcript),
        Spans(links),
        Spans(captions),
    )
    kept = [(d, entity) for d, entity in kept if id(d) not in cited]
    for _, entity in kept:
        if entity.kind == "institution":
            entity.name = by_its_country(text, entity.name, registry.place_country)
    quoted = {p for q in page.quotes for p in q.pieces}
    kinds = ["direct" if d.turn or d.signed else _kind(page, quoted, d.pieces) for d, _ in kept]
    places: dict[int, list[int]] = {}  # where each speaker is named outside what was said
    # (and, in a transcript, outside the exchange: "Вопрос: Сергей Викторович, на этой неделе
    # ..." addresses the one answering, it does not place him on a day)
    told_by_page = Spans(allowed)
    for _, entity in kept:
        if id(entity) not in places:
            places[id(entity)] = [
                p for p in entity.positions if p not in said and p in told_by_page
            ]
    attributions = []
    previous: int | None = None
    for n, (d, entity) in enumerate(kept):
        attributions.append(
            Attribution(
                speaker=entity,
                window=_window(d),
                cue_at=d.cue_start,
                start=d.at,
                speaker_at=places[id(entity)],
                turn=d.turn and not d.aired,  # a soundbite is dated as the report is
                # a soundbite bears out the report before it, on the day that report reached
                continues=previous if d.inherit or d.aired else None,
                reported=d.pieces if kinds[n] != "direct" else (),
                person=entity.kind == "person",
                name=entity.name,
            )
        )
        if not d.turn:
            previous = n
    sentences = [(s.start, s.end) for s in page.sents]
    asides = [f for d, _ in kept for f in _asides_in_words(d)]
    phrases = date_phrases(
        text, published, Spans(_without_gaps(said, sorted(set(page.gaps + asides))))
    )
    # days in reported speech outside quotation marks, in the reporter's words ("довольны
    # итогами саммита, который прошел накануне"): they may tell when an event took place
    reported = Spans([p for a in attributions for p in a.reported])
    every = date_phrases(text, published)
    told = [
        p for p in every if p.start in reported and not any(a <= p.start < b for a, b in quoted)
    ]
    heads = weekday_heads(text, published) or post_heads(text, published)
    dates = date_statements(
        text, sentences, attributions, phrases, published, told, heads, inner=every
    )
    return [
        ProposedStatement(
            speaker=entity.name,
            speaker_type=entity.kind,
            role=entity.role,
            institution=entity.institution,
            kind=kind,
            said_on=when.edtf,
            date_evidence=when.evidence or None,
            text=" ".join(written[a:b] for a, b in d.pieces),
            span=(d.pieces[0][0], d.pieces[-1][1]),
            confidence=confidence(
                d.speaker.kind if d.speaker is not None else None, entity is not None, kind, when
            ),
            cue=d.cue_word or None,
        )
        for (d, entity), kind, when in zip(kept, kinds, dates, strict=True)
    ]
