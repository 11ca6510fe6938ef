"""A ministry's page of one speaker's own words: a title naming whose words the page gives
("Комментарий официального представителя МИД России М.В.Захаровой в связи с ...",
"Заявление МИД России о ..."), then paragraphs in the first person. Each paragraph is that
speaker's direct speech, as the English pages' "Spokeswoman X's comment on ..." is read by
:mod:`tracker.extract.transcript`.

A news story under such a headline reports the statement ("МИД России заявил ..."): the
first paragraph must speak in the first person ("мы", "осуждаем"), with no dateline, unless
the page's first line names the ministry whose site it is ("Министерство иностранных дел
Российской Федерации"): on its own site the statement may open by telling events.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.draft import strip_span, words_in
from tracker.extract.russian import morph
from tracker.extract.russian.channel_posts import posts
from tracker.extract.russian.page import Draft, PageState
from tracker.extract.russian.speakers import Speaker, parse
from tracker.extract.russian.text import words

_LINE = re.compile(r"[^\n]+")
_TITLE = re.compile(
    r"[^\w\n]*(?:Комментарий|Заявление|Ответ|Сообщение)\s+(?P<who>[^\n]{3,160}?)\s+"
    r"(?:в связи с|по поводу|относительно|на вопрос|о|об|по)\s[^\n]*"
)
_HEAD_LINES = 6  # the title stands among the page's first lines
_PARAGRAPH_END = re.compile(r"[.!?…][»\"”]?\s*$")
_DATELINE = re.compile(r"/ТАСС/|INTERFAX|РИА Новости|\(Reuters\)", re.I)
# the site's owner on the page's first line: a ministry, an embassy, a mission; a channel
# may give its English name first ("Russian Embassy in Canada | Посольство России в Канаде")
# or after a slash, spaced or not ("Посольство России в Германии / Botschaft der Russischen
# Föderation", "Посольство России в Австрии/Botschaft ...")
_SITE_OWNER = re.compile(
    r"(?:[^|\n]{3,80}\|)?[ \t]*(?P<owner>(?:Министерство|Посольство|Постоянное\s+"
    r"представительство|МИД)\s[^\n|/]{3,100}?)(?:[ \t]*/[ \t]*[^\n]{3,100})?"
)
_FIRST_PERSON = re.compile(r"(?i)(?<![\w-])(?:мы|нас|нам|нами|наш\w*|я|мне|меня)(?![\w-])")
# a journalist's question on an answer page ("Ответ ... на вопрос СМИ"): "Вопрос: ...",
# "Вопрос (переведен с английского): ..."; no words of the page's speaker
_QUESTION = re.compile(r"[ \t]*Вопрос\b[^:\n]{0,40}:")
# the issuer's side named in the third person ("Российская сторона неоднократно заявляла"):
# still the issuer's own words
_OWN_SIDE = re.compile(r"(?i)(?<![\w-])(?:российская сторона|россия|москва)(?![\w-])")
# the issuer's own words that only pass on news ("Сообщаем также, что посол ... заявил"): the
# one named in the clause speaks
_TELLING_FRAME = re.compile(
    r"\s*(?:Сообщаем|Напомним|Напоминаем|Информируем)(?:\s+также)?\s*,?\s*что\s"
)


def statement_page_drafts(page: PageState) -> list[Draft]:
    """A direct statement for each paragraph under a statement page's title; on a channel
    copied as one page, under the title of each post ("❗️ Комментарий Посольства ...")."""
    return [d for a, b in posts(page.text) for d in _post_drafts(page, a, b)]


def _post_drafts(page: PageState, start: int, end: int) -> list[Draft]:
    """The statements under the title among the first lines of ``page.text[start:end]``."""
    text = page.text
    lines = [m for m in _LINE.finditer(text, start, end) if m.group().strip()]
    for n, line in enumerate(lines[:_HEAD_LINES]):
        title = _TITLE.fullmatch(text, line.start(), line.end())
        # a lead goes on to a verb of saying and ends as a sentence does; a title never
        # ends in a full stop, even when it names another's words ("... о том, что X призвал")
        if (
            title is not None
            and _PARAGRAPH_END.search(line.group())
            and _tells_speech(page, title.end("who"), line.end())
        ):
            title = None
        speaker = _issuer(page, title) if title is not None else None
        if speaker is None:
            continue
        body = [m for m in lines[n + 1 :] if _PARAGRAPH_END.search(m.group())]
        if not body or not issuers_words(text, body[0].start(), body[0].end()):
            return []
        out = []
        for m in body:
            a, b = strip_span(text, m.start(), m.end())
            sentence = page.sentence_at(a)
            if sentence is None or words_in(text[a:b]) < 4 or _QUESTION.match(text, a):
                continue
            if page.is_claimed(a) or page.is_claimed(b - 1):  # the answer a transcript's turn holds
                continue
            if _tells_others_words(page, a, b):
                continue  # "Посол ... заявил, что ...": read as news, the one named speaks
            out.append(
                Draft([(a, b)], speaker, line.start(), "", sentence,
                      frame=[(line.start(), line.end())], signed=True)
            )  # fmt: skip
            page.claim([(a, b)])
        return out
    return []


def _tells_speech(page: PageState, a: int, b: int) -> bool:
    """Whether a verb of saying stands in ``text[a:b]``, after the words the line opens with:
    a title names its document ("Заявление МИД России в связи с ..."), a news lead that opens
    with the words someone spoke on goes on to tell who said what ("Заявление президента о
    том, что ..., может свидетельствовать о ..., сказал посол"): a sentence, not a title."""
    return any(
        cue.kind == "verb" and a <= cue.start < b
        for s in page.sents
        if s.start < b and s.end > a
        for cue in page.cues(s)
    )


def issuers_words(text: str, a: int, b: int) -> bool:
    """Whether the page's first paragraph, ``text[a:b]``, may be its issuer's: on the site
    of a ministry or embassy (its first line names it), or spoken in the first person."""
    return _site_owner(text) is not None or _own_voice(text, a, b)


def _site_owner(text: str) -> str | None:
    """The ministry or embassy the page's first line names as the site's owner."""
    first = re.match(r"\s*([^\n]+)", text)
    owner = _SITE_OWNER.fullmatch(first.group(1).rstrip()) if first else None
    return owner.group("owner").strip() if owner else None


def _issuer(page: PageState, title: re.Match[str]) -> Speaker | None:
    """The person or body the title names, in the genitive, as the whole of its phrase."""
    who = words(page.text, title.start("who"), title.end("who"))
    found = parse(who, page.text, "gent", sentence_start=-1, known=page.known)
    if found is None or found.kind not in ("person", "institution") or not who:
        return None
    if found.end != who[-1].end:
        return None
    owner = _site_owner(page.text)
    if (
        found.kind == "institution"
        and owner is not None
        and len(found.name.split()) == 1
        and owner.split()[0] == found.name
    ):
        # "Комментарий Посольства ..." on the embassy's own channel: that embassy
        return replace(found, name=owner)
    return found


def _tells_others_words(page: PageState, a: int, b: int) -> bool:
    """Whether a paragraph of the page tells, in the third person, what someone said ("Глава
    МИД Молдавии ... заявил, что ..."), and nothing in the issuer's own voice: the one named
    speaks there, as in a news story."""
    if _own_voice(page.text, a, b) and not _TELLING_FRAME.match(page.text, a, b):
        return False
    return any(
        (cue.kind == "gerund" or (cue.kind == "verb" and morph.has_tag(cue.word, "VERB", "past")))
        and not _OWN_SIDE.search(page.text, s.start, cue.start)
        for s in page.sents
        if a <= s.start < b
        for cue in page.cues(s)
    )


def _own_voice(text: str, a: int, b: int) -> bool:
    """A paragraph in the first person (a pronoun, a verb's own ending: "осуждаем", or an
    opening verb with "мы" left out), with no dateline of a news story."""
    if _DATELINE.search(text, a, b):
        return False
    if _FIRST_PERSON.search(text, a, b):
        return True
    ws = words(text, a, b)
    # "Приняли к сведению ...": a verb in the past plural opening with no subject, "мы" left out
    if ws and ws[0].text[:1].isupper() and morph.has_tag(ws[0].text, "VERB", "past", "plur"):
        return True
    return any(_first_person_verb(w.text) for w in ws)


def _first_person_verb(word: str) -> bool:
    """A verb in the first person ("осуждаем"), by a dictionary reading: a name the
    dictionary does not know ("Рийгикогу") is guessed a verb by its ending only."""
    return any(p.is_known and p.tag.POS == "VERB" and "1per" in p.tag for p in morph.parses(word))
