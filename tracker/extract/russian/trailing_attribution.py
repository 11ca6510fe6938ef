"""The trailing attribution: the speaker after the verb, what was said before it.

"«...», — заявил Рябков."; "..., заявил постпред."; "Об этом заявил посол." with what was said
in the sentence before; "«..., — сказал министр. — ...»" with the reporter's words inside the
marks. A verb that quotes ("цитирует ТАСС Лаврова") gives the one quoted, not the outlet.
"""

from __future__ import annotations

import re

from tracker.extract.draft import strip_span, words_in
from tracker.extract.russian import morph
from tracker.extract.russian.clause_boundaries import (
    CONFIRMING,
    DASH,
    DASHES,
    SPACED_DASH,
    THAT,
    points_at_object,
)
from tracker.extract.russian.cue_words import (
    ANAPHORA,
    Cue,
    plural_verb,
    posed_before,
    sets_out,
    with_governing_verb,
)
from tracker.extract.russian.dateline import find_dateline
from tracker.extract.russian.lexicon import POSSESSIVES, word_set
from tracker.extract.russian.name_words import is_org, is_outlet, is_role
from tracker.extract.russian.page import Draft
from tracker.extract.russian.speakers import Speaker, parse
from tracker.extract.russian.subjects import SubjectReading
from tracker.extract.russian.text import Sentence, Word, words

_QUOTING = frozenset(["цитировать", "процитировать"])
# "приводит слова X": a verb that quotes only with "слова"
# ("«...», — приводятся в заявлении слова генсека": its passive, the words its subject)
_CITING = frozenset(
    ["привести", "приводить", "передать", "передавать", "приводиться", "цитироваться"]
)
# An indirect question before the verb names what was explained, not what was said
# (the words that ask only: "как", "когда", "где" also open adverbial clauses); so does "о
# том," and a clause that is no "что" ("О том, чего Москва ждет ..., рассказал X")
_QUESTION_WORD = re.compile(
    r"(?:[Пп]очему|[Зз]ачем|[Сс]колько|[Кк]аким образом)\s|[Оо]б? том,\s*(?!что\b|чтобы\b)"
)
# Words that join a sentence to the one before and say nothing themselves
_CONNECTOR = re.compile(
    r"(?:[Кк]роме того|[Пп]ри этом|[Оо]днако|[Вв]прочем|[Бб]олее того|[Вв] то же время|"
    r"[Тт]ем не менее|[Вв]месте с тем|[Тт]акже|[Пп]омимо этого|[Сс] другой стороны)"
)
# The outlet that quotes, named by its kind, one or many, in the nominative: "цитирует
# издание министра", "цитируют российские СМИ министра", "цитирует его агентство"
_MEDIA = word_set(
    "сми издание издания агентство агентства газета газеты телеканал телеканалы журнал "
    "журналы портал порталы радиостанция радиостанции"
)
# an outlet's own name after its kind: "агентство MTI", "телеканал RT", "издание Politico"
_OUTLET_NAME = re.compile(r"[A-Z][\w.-]*$|[А-ЯЁ]{2,}$")
# An aside between "об этом" and its verb: "Об этом, в частности, сказал ..."
_ASIDE = r"(?:,\s*(?:в частности|в свою очередь|кроме того|в том числе|со своей стороны)\s*,)"
_POINTING = re.compile(rf"\s*[Оо]б? (?:этом|том)\b(?:{_ASIDE}|(?!\s*,))")  # not "О том, что"
# "О том, что СБ ООН проведет заседание, ранее сообщал Полянский": what was said ahead
_ABOUT_THAT = re.compile(
    r"\s*(?:[А-ЯЁ][а-яё]+(?: [а-яё]+)?,\s*)?[Оо]б? том\s*,\s*(?:что|чтобы)\s+"
)  # "Напомним, о том, что ..."
# "Это подтвердил «Ъ» Песков": "это" is the sentence before, for a verb that confirms
_THIS = re.compile(r"\s*Это\s")
_OPENING_MARKS = '«"“„'  # the marks a quotation opens with
_QUOTED_CLAIM = re.compile(rf"[:{DASHES}]\s*[{_OPENING_MARKS}]")
_OPENS_QUOTED = re.compile(rf"\s*[{_OPENING_MARKS}]")  # a quotation opening the sentence
_RUN_SENTENCES = 8  # the longest run of unquoted speech read back from its attribution
# Words of one who speaks for himself or his side: "мы", "нашего", "у нас", "я"
_FIRST_PERSON = re.compile(
    r"(?i)(?<![\w-])(?:я|мы|нас|нам|нами|меня|мне|мной|наш\w*|мо[йеяи]\w*)(?![\w-])"
)
# Reported words that open by pointing back at the sentence before ("Это похоже на ...",
# "С учетом этих факторов ...", "А предложение ..."): without a dash, the paragraph before
# them in the same run is what was said too ("Власти ... не прекращают давление. С учетом
# этого перспектив нет, подчеркнула Захарова.")
_LINKED = re.compile(
    r"\s*(?:(?:А|Но|Однако|Поэтому|Это|Эт(?:от|а|и|их|им|ого|ой|у)|Таким образом|Так что|"
    r"(?:С учетом|С учётом|В связи с|Исходя из|На фоне) эт\w+)(?![\w-]))"
)
# "Мы уже говорили", "я не раз заявлял", "Нам говорят": a verb of saying the speaker tells of, in
# the words printed without quote marks
# (not the outlet's own "Как мы уже писали", "Напомним, мы уже сообщали": see _we_said)
_WE_SAID = re.compile(
    r"(?i)(?<![\w-])(?<!как\s)(?<!напомним,\s)(?<!напомним\s)"
    r"(?:я|мы|(?P<dative>мне|нам))(?:\s+(?:уже|ведь|же|ранее|неоднократно|не раз|всегда|давно|"
    r"тоже|также|не))*\s+$"
)
# the press's verbs: "мы уже писали/сообщали" is the outlet's stock phrase, not the speaker's
_PRESS_VERBS = word_set("писать написать сообщать сообщить")
# "Зеленский говорит о готовности ...": a verb of speaking proper followed by its topic still
# reports another's words (unlike "Запад вспоминает о посольствах")
_SPEAKING_OF = _PRESS_VERBS | word_set(
    "говорить сказать заявлять заявить рассказывать рассказать объявлять объявить"
)
# a verb followed by what it is about: "вспоминает о посольствах"
_ABOUT_TOPIC = re.compile(r"\S*\s+(?:о|об|обо)\s")
# Marks of one who speaks his own view, which news narration lacks in any tense: a sweeping
# negation ("ничего", "никаких доказательств"), an adverb of certainty or of how things really
# stand ("безусловно", "фактически", "до сих пор"), a charged word ("агрессивную политику",
# "навязанный курс"), "то же самое" pointing back. A sentence read back into unquoted words
# with no first person must carry one ("Переговоры продолжаются второй день" is the
# reporter's, "В этих сообщениях не соответствует ничего" the speaker's).
_STANCE = re.compile(
    r"(?i)(?<![\w-])(?:никак\w*|ничего|ничем|никто|никого|никому|никогда|нисколько|"
    r"безусловно|разумеется|конечно|очевидно|абсолютно|совершенно|фактически|"
    r"до сих пор|то же самое|агрессивн\w*|навязанн\w*|недружественн\w*|враждебн\w*|"
    r"абсурдн\w*|циничн\w*|провокационн\w*)(?![\w-])"
)


def _topic_only(text: str, c: Cue, linked: bool) -> bool:
    """ "Запад вспоминает о посольствах": in reported words read back, a verb followed by
    what it is about ("о", "об") gives no words of its own."""
    return (
        linked
        and c.lemma not in _SPEAKING_OF
        and _ABOUT_TOPIC.match(text, c.start, c.start + 60) is not None
    )


def _we_said(text: str, t: Sentence, c: Cue) -> bool:
    """ "Мы уже говорили, что ...": the speaker tells of their own saying (not the outlet's
    "Как мы уже писали", "Напомним, мы уже сообщали")."""
    if c.lemma in _PRESS_VERBS:
        return False
    m = _WE_SAID.search(text, max(t.start, c.start - 40), c.start)
    if m is None:
        return False
    # "Нам говорят, что ..." (what the speaker's side keeps being told) but not "Мне
    # рассказали в кулуарах, что ...": a dative told of in the past is the reporter's source
    return m["dative"] is None or not morph.has_tag(c.word, "past")


_SAID_NOUNS = word_set("слово заявление высказывание реплика обращение")
# a quotation's closing mark, then a dash: "«...», — слова X приводит ТАСС"
_QUOTE_THEN_DASH = re.compile(rf"[»\"”]\s*,?\s*[{DASHES}]+\s*")
_WORDS_NOUN = word_set("слово")
_SHORT_NAME_WORDS = 3  # a name in marks this short is read with the phrase around it
# "ли" right after the verb: an indirect question ("спросили, считает ли он ..."), no attribution
_ASKING = re.compile(r"\s+ли(?![\w-])")
# the preposition of a verb's topic ("заявил о", "сообщил об"): the words after it are what
# was spoken of, so a name among them is no subject
_TOPIC_PREPOSITIONS = word_set("о об обо")


# "Как передает Day.Az со ссылкой на АЗЕРТАДЖ, об этом сказал ...": the outlet that passes
# the words on, before the words pointing back at what was said
_AS_OUTLET = re.compile(
    r"\s*[Кк]ак (?:передает|передаёт|сообщает|пишет|информирует|отмечает) "
    r"(?:[^,.;:!?«»\"]|\.(?=\w)){1,60},"
)


# (the words open with a letter: a hyphen typed for the dash is no word, "», - снова сказал")
_MANNER_SPAN = re.compile(rf"[,{DASHES}]\s*(\w[\w-]*(?:\s+[\w-]+){{0,4}})$")
_MANNER_POS = frozenset(["ADVB", "PRCL", "CONJ", "COMP", "PRED", "INTJ"])
# Words of time or number the analyser reads first as nouns or adjectives: "еще раз",
# "позднее", "ранее", "раньше"
_MANNER_WORDS = word_set("раз позднее ранее раньше")
# Words that open a question's clause ("сообщил, о чем говорил с X"): no manner
_ASKING_WORDS = word_set("что кто который какой чей сколько где когда куда откуда почему зачем как")
_IN_PHRASE_POS = frozenset(["NOUN", "ADJF", "NPRO", "NUMR", "ADJS"])


def _manner_dropped(lead: str) -> str:
    """ "«...», — коротко ответил X", "— также отметил X", "— в свою очередь добавил X",
    "— с улыбкой сказал X", "— еще раз подчеркнул X": the lead without the words of manner,
    time or linking between the dash and the verb. Those words are adverbs, particles and
    phrases led by a preposition; a noun of their own would be the verb's subject set
    before it ("— министр подчеркнул"), so none stands outside a preposition's phrase."""
    m = _MANNER_SPAN.search(lead)
    if m and manner_words(m.group(1).split()):
        return lead[: m.start(1)].rstrip()
    return lead


def manner_words(ws: list[str]) -> bool:
    """Whether the words are all adverbs, particles or words of a phrase a preposition
    leads ("с улыбкой", "в свою очередь", "не без иронии", "в интервью ТАСС", "на брифинге
    в Москве"); a capitalised word only inside such a phrase."""
    governed = False
    for w in ws:
        top = morph.parses(w)[:1]
        if not top or _ASKING_WORDS & morph.lemmas(w):
            return False
        pos = top[0].tag.POS
        if pos == "PREP" and w.islower():
            governed = True
        elif governed and (w[:1].isupper() or pos in _IN_PHRASE_POS):
            continue
        elif not (w.islower() and (pos in _MANNER_POS or w in _MANNER_WORDS)):
            return False
    return morph.parses(ws[-1])[0].tag.POS != "PREP"


# "Это заявил журналистам Песков", "В этом уверен посол", "С этим согласен министр": words
# opening the sentence that point back at the one before as what was said
_THIS_OPENING = re.compile(r"\s*(?:Это|[Вв] этом|С этим)(?![\w-])(.*)$", re.S)


def _this_said(lead: str) -> bool:
    """Whether ``lead`` (the sentence up to its verb) is "это", "в этом" or "с этим" and only
    words of manner or time ("Это в четверг заявил"), not "Это решение поддержал"."""
    m = _THIS_OPENING.match(lead)
    if m is None:
        return False
    rest = m.group(1).split()
    return not rest or manner_words(rest)


def _pointing_after_outlet(text: str, start: int, end: int) -> bool:
    m = _AS_OUTLET.match(text, start, end)
    return bool(m) and _POINTING.match(text, m.end(), end) is not None


def words_of(ws: list[Word]) -> int | None:
    """Where the owner starts in "слова Лаврова", "заявление дипломата" (an index into
    ``ws``), if the words name someone's words. "слова" first: in "приводятся в заявлении
    альянса слова генсека" the statement is where the words are cited, their owner after
    "слова"."""
    for nouns in (_WORDS_NOUN, _SAID_NOUNS):
        for n, w in enumerate(ws[:-1]):
            if (w.text.islower() or n == 0) and morph.lemma(w.text) in nouns:
                return n + 1
    return None


# A clause that only reports a comment made, its verb last: "Это событие прокомментировали в
# МИД", "Решение Вашингтона уже прокомментировал посол"
_COMMENTED = re.compile(
    r"(?<![\w-])(?:прокомментировал[аи]?|отреагировал[аи]?|высказал(?:ся|ась|ись))"
    r"(?:\s+(?:уже|также|тоже))?(?:\s+(?:в|во)\s+[А-ЯЁ][\w-]*(?:\s+[А-ЯЁ][\w-]*)?)?\s*$",
    re.I,
)


def _owned_words(ws: list[Word]) -> Word | None:
    """The possessive pronoun before "слова" in "приводит ТАСС её слова", if any."""
    for n, w in enumerate(ws[1:], 1):
        low = ws[n - 1].text.lower()
        if morph.lemma(w.text) in _SAID_NOUNS and low in POSSESSIVES and low != "свой":
            return ws[n - 1]
    return None


def _has_predicate(ws: list[Word]) -> bool:
    """A finite verb, a short adjective or participle, or "не": a clause's predicate."""
    return any(w.text.lower() == "не" or morph.predicate(w.text) for w in ws)


# An outlet's verb after the attribution ("..., заявил Песков, передает ТАСС"): the sentence
# ends with its source, no main clause resumes
_OUTLET_VERB = re.compile(r"(?:переда[её]т|передают|сообща[ею]т|пиш(?:ет|ут)|информирует)(?![\w-])")

# A subordinate clause opening a sentence, its main clause still to come: "Если бы ...",
# "Когда ...", "Хотя ...", "Пока ...", "Чтобы ..." (after "и", "но", "а" at most)
_SUBORDINATE_LEAD = re.compile(
    r"(?:(?:[Ии]|[Нн]о|[Аа]|[Оо]днако)\s+)?"
    r"(?:[Ее]сли|[Дд]аже если|[Кк]огда|[Хх]отя|[Пп]ока|[Пп]оскольку|[Тт]ак как|[Кк]ак только|"
    r"[Пп]осле того как|[Пп]режде чем|[Чч]тобы|[Вв] случае если)(?![\w-])"
)


def _subordinate_lead(text: str, a: int, b: int) -> bool:
    """Whether the words before an attribution set into a sentence are one subordinate
    clause opening it ("Если бы США выполнили обязательства, убеждена дипломат, они бы
    ..."): its verb is no predicate of the sentence, whose main clause comes after the
    attribution; not when a comma inside may already have closed it and begun the main one
    ("Если ..., Россия ответит, — заявил он")."""
    return _SUBORDINATE_LEAD.match(text, a, b) is not None and "," not in text[a:b]


def _resumes(word: str) -> bool:
    """Whether ``word`` may open the rest of a sentence an attribution was set into: a word
    in lower case, or a name in Cyrillic, the subject of the clause resumed ("После этого,
    отметил он, Брюссель предпринял меры"), not an outlet passing the words on."""
    return word.islower() or (
        re.match(r"[А-ЯЁ]", word) is not None and not is_outlet(word.strip('«»"'))
    )


def _opens_frame(word: str) -> bool:
    """A word that opens the reporter's frame or a new clause, not the rest of what was
    said: a gerund or participle ("выступая"), a preposition ("в ходе"), a conjunction or
    a relative word ("который", "что")."""
    top = morph.parses(word)[:1]
    return word.lower() in _FRAME_OPENERS or any(
        p.tag.POS in ("GRND", "PRTF", "PREP", "CONJ") for p in top
    )


_FRAME_OPENERS = word_set("который которая которое которые что чтобы когда где как")


def _past_the_media(ws: list[Word], text: str = "") -> list[Word]:
    """The words of "цитируют российские СМИ министра" or "цитирует Лаврова ТАСС" after the
    outlet that quotes, if any follow it, else before it: the one quoted, in the
    accusative. An outlet's name in quote marks (агентство «Арменпресс», «Sputnik Абхазия»)
    is the outlet's to its closing mark, every word of it: a title, never the one quoted."""
    media = [n for n, w in enumerate(ws[:4]) if is_outlet(w.text) or w.text.lower() in _MEDIA]
    if not media:
        return ws
    last = media[-1]
    if (
        last + 1 < len(ws)
        and ws[last].text.lower() in _MEDIA
        and (_OUTLET_NAME.match(ws[last + 1].text) or _opens_title(text, ws[last + 1]))
    ):
        media.append(last + 1)  # "цитирует Орбана агентство MTI": the agency's own name
    last = media[-1]
    if _opens_title(text, ws[last]) or (last > 0 and _opens_title(text, ws[last - 1])):
        # ("«Sputnik Абхазия»": the title runs on to its closing mark)
        while last + 1 < len(ws) and text[ws[last].end : ws[last + 1].start].strip() == "":
            last += 1
        media.append(last)
    return ws[media[-1] + 1 :] or ws[: media[0]]


def _opens_title(text: str, w: Word) -> bool:
    """Whether ``w`` opens words set in quote marks (a title: «Арменпресс», "Sputnik ...")."""
    return 0 < w.start <= len(text) and text[w.start - 1] in _OPENING_MARKS


def _known_owner(owned: list[Word], known) -> list[Word]:
    """ "цитирует слова Токаева Акорда", "цитирует Токаева Акорда": a surname the article
    named before, here in another case than it was named in (the genitive of the one whose
    words are quoted, or the accusative, alike for a man), ends the owner; the capitalised
    word after it is the quoting verb's subject, not more of the name
    (a Russian name ends with the surname)."""
    if (
        len(owned) >= 2
        and known is not None
        and owned[1].text[:1].isupper()
        and known(owned[0].text)
        and not known(owned[0].text, True)
    ):
        return owned[:1]
    return owned


def _not_the_subject(after: list[Word], speaker_at: int, dashed: bool) -> bool:
    """Whether the one found after the cue cannot be its subject: a verb stands between
    ("..., призвал лидеров определиться с членством в НАТО": the name is in that verb's
    clause), a preposition governs it ("призвал к вступлению в МАГАТЭ"), it is the
    genitive of the noun before it ("назвала слова Пашиняна ..."), or the verb's topic
    ("заявил о ...") runs up to it, the name a part of what was spoken of; after words set
    off by a dash ("«...», — заявил о позиции Москвы Лавров") the speaker may follow the topic."""
    before = [w for w in after if w.start < speaker_at]
    if before and any(p.tag.POS == "PREP" for p in morph.parses(before[-1].text)[:1]):
        return True
    name = next((w for w in after if w.start == speaker_at), None)
    if before and name is not None and _owned_by_name(before[-1], name):
        return True
    if not dashed and any(w.text.lower() in _TOPIC_PREPOSITIONS for w in before):
        return True  # "..., заявил о переброске войск в связи с приездом Кеннеди": the topic
    return any(morph.finite_verb(w.text) or morph.has_tag(w.text, "INFN") for w in before)


def _owned_by_name(noun: Word, name: Word) -> bool:
    """Whether ``name`` right after the verb's object is that object's owner in the
    genitive ("назвала эти слова Пашиняна знаком", "осудила заявление Лаврова"), not a
    woman named after it as the subject: the analyser reads it first as a man's genitive,
    and the noun before is one a verb takes as its object, no post ("глава МИД Лавров") and
    not whom the words were told ("сказала журналистам")."""
    if name.start - noun.end != 1 or is_role(noun.text) or is_org(noun.text):
        return False
    if not morph.mans_genitive_first(name.text):
        return False
    return any(
        p.tag.POS == "NOUN" and p.tag.case in ("nomn", "accs") for p in morph.parses(noun.text)
    )


class TrailingAttributionReading(SubjectReading):
    """Reads a cue whose speaker follows it."""

    def _inverted(
        self,
        s: Sentence,
        cue: Cue,
        clause: int,
        gender: str | None,
        plural: bool,
        later: list[Cue],
    ) -> Draft | None:
        """ "«...», — заявил Рябков." / "Об этом заявил посол ..." / "..., заявил постпред.":
        the speaker after the verb, what was said before it."""
        text = self.text
        cue = with_governing_verb(self.words(s), cue)  # "— поспешил заверить министр"
        if _ASKING.match(text, cue.end):
            return None  # "ответил на вопрос, считает ли он ...": a question asked, no one's words
        end = self._speaker_end(s, cue)
        if any(c.kind == "citing" and cue.end <= c.start < end for c in later):
            return None  # "сообщает РИА Новости со ссылкой на X": the one cited is read there
        after = self._past_venue_names([w for w in self.words(s) if cue.end <= w.start < end])
        if cue.lemma in _QUOTING or (
            cue.lemma in _CITING
            and (words_of(after) is not None or _owned_words(after) is not None)
        ):
            # "«...», — цитирует ТАСС Лаврова", "приводит слова Галузина пресс-служба": the one
            # quoted is the object, not the outlet
            owner = words_of(after)
            own = _owned_words(after)
            if own is not None:
                # "— приводит ТАСС её слова", "— приводит его слова РИА Новости": the one the
                # possessive stands for
                speaker = Speaker(
                    "pronoun", own.text, own.start, own.end, gender=POSSESSIVES[own.text.lower()]
                )
            elif owner is not None:
                owned = _known_owner(after[owner:], self.known)
                # "слова его генерального секретаря Йенса Столтенберга": the one named after
                # the possessive, which only says whose secretary-general he is
                owned = [
                    w
                    for i, w in enumerate(owned)
                    if not (i < 2 and w.text.lower() in POSSESSIVES and i + 2 < len(owned))
                ]
                speaker = parse(owned, text, "gent", sentence_start=-1, known=self.known)
            else:
                # "цитируют российские СМИ министра ...", "цитирует Жапарова Акипресс"
                quoted = _known_owner(_past_the_media(after, text), self.known)
                speaker = parse(quoted, text, "accs", sentence_start=-1, known=self.known)
        elif plural and self._institution_at(after):
            speaker = self._institution_at(after)  # "«...», — сообщили в пресс-службе МИД"
        else:
            speaker = parse(
                after,
                text,
                "nomn",
                sentence_start=-1,
                gender=gender,
                plural=plural,
                known=self.known,
            )
            if speaker is not None and (
                _not_the_subject(
                    after,
                    speaker.start,
                    re.search(rf"[{DASHES}]\s*$", text[s.start : cue.start]) is not None,
                )
                or self._dash_between(cue.end, speaker.start)
                or self._named_in_another_case(speaker)
            ):
                return None
        if speaker is None:
            return None
        lead = text[s.start : cue.start]
        frame = [(clause, s.end)]
        tail = text[speaker.end : s.end]
        # "...сказал Рябков: «...»" / "заявил Рябков, что ..."
        if re.match(r"\s*:", tail) or THAT.match(tail):
            fake = Cue(cue.start, speaker.end, cue.word, cue.lemma, cue.kind)
            piece = self._content_after(s, fake, later, object_ok=False)
            if piece:
                return Draft(piece, speaker, cue.start, cue.word, s, frame=[(s.start, piece[0][0])])
        about = _ABOUT_THAT.match(text, s.start, cue.start)
        if about:
            end = text.rfind(",", about.end(), cue.start)  # the comma that closes the clause
            a, b = strip_span(text, about.end(), end) if end >= 0 else (0, 0)
            if words_in(text[a:b]) >= 2:
                return Draft(
                    self._before(a, b), speaker, cue.start, cue.word, s, frame=[(b, s.end)]
                )
        if (
            re.search(
                rf"(?:^|\s)(?:[Оо]б? (?:этом|том){_ASIDE}?|[Тт]ак)\s+(?:\w+\s+){{0,4}}$",
                text[clause : cue.start] + " ",
            )
            or ANAPHORA.match(text, clause, cue.start)
            or (sets_out(cue.word) and posed_before(text, clause, cue.start))
            or _POINTING.match(text, s.start, cue.start)  # "Об этом в среду, 15 марта, ..."
            or _pointing_after_outlet(text, s.start, cue.start)
            or points_at_object(text, clause, cue)  # "К этому страны призвал министр"
            or (cue.lemma in CONFIRMING and _THIS.match(text, s.start, cue.start))
            or _this_said(text[s.start : cue.start])
        ):
            said = strip_span(text, s.start, clause)
            if (
                words_in(text[said[0] : said[1]]) >= 2
                and not _POINTING.match(text, s.start)
                # a quotation or words set off by a dash; not "Как сообщает ..., об этом ..."
                and (
                    self.in_quote(said[0] + 1) is not None
                    or re.search(f"[{DASHES}]", text[said[1] : clause]) is not None
                    or self._clause_said_before(s, said, clause)
                )
            ):
                # "«...», — с таким заявлением выступил ...": the quotation before it
                pieces = self._before(*said)
                return Draft(pieces, speaker, cue.start, cue.word, s, frame=[(said[1], s.end)])
            pieces = self._sentence_before(s)
            return Draft(pieces, speaker, cue.start, cue.word, s, frame=[(s.start, s.end)])
        stripped = _manner_dropped(lead.rstrip())
        if not stripped:  # «...» ended the sentence before: "«...» Сказал он ..." is rare
            pieces = self._previous_quote(s)
            return Draft(pieces, speaker, cue.start, cue.word, s, frame=frame) if pieces else None
        if re.fullmatch(rf"\s*[{DASHES}]+", stripped):
            # "...вопреки нашим оговоркам,\n— подчеркнул Лавров": a quotation set apart
            # on the page (its marks lost in the copy), the attribution opening the line below
            pieces = self._paragraph_before(s)
            if pieces:
                return Draft(pieces, speaker, cue.start, cue.word, s, frame=[(s.start, s.end)])
        if not re.search(rf"[,{DASHES}]\s*$", stripped):
            return None
        cut = len(stripped.rstrip(DASH).rstrip().rstrip(","))
        a, b = strip_span(text, s.start, s.start + cut)
        if _QUESTION_WORD.match(text, a, b) and self.in_quote(a) is None:
            return None  # "Почему интервью вышло на русском, объяснил X": what it was about
        if self.in_quote(a) is None and _COMMENTED.search(text, a, b):
            # "Это решение прокомментировали в МИД, сообщил X": a comment was made, and
            # none of its words is given
            return None
        if _CONNECTOR.fullmatch(text, a, b):
            # "Кроме того, добавил генсек, в концепции упомянут и Китай": a connector
            # before the attribution, what was said after it
            return self._after_attribution(s, speaker, cue, later)
        resumed = self._resumed(s, a, b, speaker.end, later)
        around = self.in_quote(a)
        quoted = around is not None and around.outer[1] >= b
        if words_in(text[a:b]) < (1 if resumed or quoted else 2):
            return None  # "«Нет», — ответил министр": a one-word quotation is said too
        run = None if resumed or around is not None else self._speech_run_before(s, a, b, cue)
        if run is not None:
            a = run  # "Процесс идет ... Поддерживаем диалог, — сказал он.": the whole line
        pieces = self._before(a, b)
        if resumed:
            # "Армения, добавил премьер, не будет финансировать блок": the sentence goes on
            frame = [(b, resumed[0])]
            if around is None and len(pieces) == 1:
                # reported words, not a quotation: given as the source has them, one run
                # with the attribution inside
                pieces = [(pieces[0][0], resumed[1])]
                return Draft(pieces, speaker, cue.start, cue.word, s, frame=frame)
            return Draft(pieces + [resumed], speaker, cue.start, cue.word, s, frame=frame)
        pieces += self._continuation(s, speaker.end)
        return Draft(pieces, speaker, cue.start, cue.word, s, frame=[(b, s.end)])

    def _named_in_another_case(self, speaker: Speaker) -> bool:
        """Whether the one found after the cue is a surname alone that the article named
        before in another form ("указал на трудности Байдена" after "Джо Байден"): the
        genitive of that man, which an unknown foreign surname's ending cannot tell from a
        woman's nominative, so no subject of the verb."""
        word = self.text[speaker.start : speaker.end]
        return (
            speaker.kind == "person"
            and self.known is not None
            and " " not in word
            and self.known(word)
            and not self.known(word, True)
        )

    def _past_venue_names(self, ws: list[Word]) -> list[Word]:
        """``ws`` without the name in quotation marks of a place the words were said at ("на
        форуме «Транспортная неделя России и СНГ» глава Минтранса ..."): a preposition's
        noun before it, so no body in it is the speaker; a post's body ("редактор журнала
        «...»") stays with the post."""
        kept: list[Word] = []
        skipped = None  # the name being passed over
        for n, w in enumerate(ws):
            quote = self.in_quote(w.start)
            if quote is not None and quote is skipped:
                continue
            if (
                quote is not None
                and n >= 2
                and quote.outer[0] >= ws[n - 1].end
                and self.in_quote(ws[n - 1].start) is None
                and any(p.tag.POS == "PREP" for p in morph.parses(ws[n - 2].text)[:1])
                and not is_org(ws[n - 1].text)  # "в пресс-службе «...»": the body speaks
                and words_in(self.text[quote.start : quote.end]) > _SHORT_NAME_WORDS
            ):
                skipped = quote
                continue
            kept.append(w)
        return kept

    def _dash_between(self, a: int, b: int) -> bool:
        """Whether a dash outside quotation marks stands between the cue and the one found
        after it ("оценил саммит как «лучше чем супер» — так он ответил ..."): the dash opens
        another clause, whose subject is not the cue's."""
        return any(not self.in_quote(m.start()) for m in SPACED_DASH.finditer(self.text, a, b))

    def _speech_run_before(self, s: Sentence, a: int, b: int, cue: Cue) -> int | None:
        """Where direct speech printed without quote marks starts when it runs over several
        sentences of one paragraph and a dash then the verb close it ("Посольство работает.
        Вопрос стоит об эвакуации наших сотрудников, — заявил ..."): the paragraph's start,
        when the sentences before hold no quotation, no verb of saying (but the speaker's
        own "Мы уже говорили", "Нам говорят, что ...") and no statement; else None. The
        dash closing unquoted words marks them as direct speech, so they need not speak in
        the first person ("Сообщения не соответствуют действительности. Министр работает,
        — отметил он."), when they tell no event in the past."""
        text = self.text
        linked = False
        if not re.search(rf"\s[{DASHES}]+\s*$", text[b : cue.start]):
            # no dash: reported words, read back only when they open by pointing at the
            # sentence before ("Это похоже на ..., заявил X")
            if self.in_quote(a) is not None or not _LINKED.match(text, a, b):
                return None
            linked = True
        i = self.sents.index(s)
        k = i
        while k > 0 and self.sents[k - 1].para == s.para and i - k < _RUN_SENTENCES:
            k -= 1
        if k == i or (k > 0 and self.sents[k - 1].para == s.para):
            return None  # none before, or a paragraph longer than a run of speech
        start = self.sents[k].start
        if linked and (line := find_dateline(text)) is not None and start <= line.start < a:
            start = max(start, line.end)  # "МОСКВА, 14 ноября. /ТАСС/. Власти ..."
        own = not linked and _FIRST_PERSON.search(text, start, b) is not None
        for t in self.sents[k:i]:
            if self._quotes_run(t, linked):
                return None
            if not own and (
                not _STANCE.search(text, t.start, t.end)
                or any(morph.has_tag(w.text, "past", "VERB") for w in words(text, *t[:2]))
            ):
                # "Польша выслала дипломата. Это ошибка, заявил X", "Путин и Трамп проведут
                # разговор. Этот разговор будет посвящен Украине, сообщил Y", "Лавров
                # находится в Анкаре. Переговоры будут непростыми, — сказал он": news told
                # (in any tense), not the words of one speaking for himself ("В Анкоридже
                # мы приняли ...") or giving his own view ("Никаких доказательств нет")
                return None
            if any(
                not _we_said(text, t, c) and not _topic_only(text, c, linked) for c in self.cues(t)
            ):
                return None  # the reporter's verb; but "Мы уже говорили, что ...": the speaker's
            if self.claimed.overlaps(t.start, t.end):
                return None
        return strip_span(text, start, a)[0]

    def _quotes_run(self, t: Sentence, linked: bool) -> bool:
        """Whether a quotation in a sentence before keeps the run from it: any, for speech
        without marks; for reported words, one that opens the sentence (not a phrase quoted
        inside it: 'реализуя курс на "тотальную дерусификацию"')."""
        if not self.quotes_from(t.start, t.end):
            return False
        # a quotation opening the sentence, or standing after a dash or colon as what one
        # holds ("Для Зеленского переговоры — «пустая трата времени»"): another's words
        opening = _OPENS_QUOTED.match(self.text, t.start, t.end)
        return not linked or bool(opening or _QUOTED_CLAIM.search(self.text, t.start, t.end))

    def _clause_said_before(self, s: Sentence, said: tuple[int, int], clause: int) -> bool:
        """ "Путин провел разговор с Трампом, об этом сообщил Ушаков.": a clause with a
        verb of its own, then a comma and "об этом": the clause is what was said (not "Как
        сообщает ТАСС, об этом ...", nor a connective)."""
        text = self.text
        if not text[said[1] : clause].strip().startswith(","):
            return False
        if _AS_OUTLET.match(text, s.start, clause) or _CONNECTOR.fullmatch(text, *said):
            return False
        ws = words(text, said[0], said[1])
        return (
            len(ws) >= 3
            and not re.match(
                r"\s*(?:[Кк]ак|[Пп]о (?:словам|данным|информации|мнению))\b",
                text[said[0] : said[1]],
            )
            and _has_predicate(ws)
            and not self.claimed.overlaps(*said)
        )

    def _after_attribution(
        self, s: Sentence, speaker: Speaker, cue: Cue, later: list[Cue]
    ) -> Draft | None:
        """The rest of the sentence after an attribution set off by commas."""
        text = self.text
        gap = re.match(rf"[^,.;:!?«»\"“”„{DASHES}]{{0,40}}?,\s*", text[speaker.end : s.end])
        if gap is None:
            return None
        begin = speaker.end + gap.end()
        a, b = strip_span(text, begin, self._content_end(s, begin, later))
        if words_in(text[a:b]) < 2:
            return None
        return Draft(self._quote_pieces(a, b), speaker, cue.start, cue.word, s,
                     frame=[(s.start, a)])  # fmt: skip

    def _resumed(
        self, s: Sentence, a: int, b: int, after: int, later: list[Cue]
    ) -> tuple[int, int] | None:
        """The rest of a sentence an attribution was set into ("Армения, добавил премьер,
        не будет ..."): what was said before it has no predicate of its own, and the words
        after it, back from the aside, supply one. None when the sentence ended, or a frame
        ("..., заявил Лавров, выступая на форуме") or a new clause follows."""
        text = self.text
        # "заявил Пашинян в парламенте, ...": the attribution's own words end at the mark
        gap = re.match(
            rf"[^,.;:!?«»\"“”„{DASHES}]{{0,40}}?(?:,|\s[{DASHES}]+)\s*", text[after : s.end]
        )
        if (
            gap is None
            or self.in_quote(a)
            or (_has_predicate(words(text, a, b)) and not _subordinate_lead(text, a, b))
        ):
            return None
        rest = words(text, after + gap.end(), s.end)
        if not rest or not _resumes(rest[0].text) or _opens_frame(rest[0].text):
            return None
        if _OUTLET_VERB.match(rest[0].text):
            return None  # "..., заявил Песков, передает ТАСС": an outlet's tail, no main clause
        begin = rest[0].start
        end = self._content_end(s, begin, later)
        ra, rb = strip_span(text, begin, end)
        if words_in(text[ra:rb]) < 2 or not _has_predicate(words(text, ra, rb)):
            return None
        return ra, rb

    def _words_named_before(self, s: Sentence, cue: Cue) -> Draft | None:
        """ "«...». Слова Лаврова приводит ТАСС.": the words named before a verb that quotes
        are the quotation ending the sentence before; their owner speaks. So in one sentence,
        after a dash: "«...», — слова Марии Захаровой приводит РИА Новости" (Lenta, Gazeta,
        Sputnik write it so)."""
        if cue.lemma not in _CITING:
            return None
        before = [w for w in self.words(s) if w.start < cue.start]
        # the last quotation's close before the verb
        dash = max(_QUOTE_THEN_DASH.finditer(self.text, s.start, cue.start), default=None,
                   key=lambda m: m.start())  # fmt: skip
        if dash is not None:
            before = [w for w in before if w.start >= dash.end()]
        owner = words_of(before)
        if owner != 1 or not before:
            return None
        speaker = parse(before[owner:], self.text, "gent", sentence_start=-1, known=self.known)
        if dash is not None:
            a, b = strip_span(self.text, s.start, dash.start() + 1)
            quoted = self.in_quote(a) is not None or self.in_quote(a + 1) is not None
            pieces = self._before(a, b) if speaker is not None and quoted else []
            return (
                Draft(pieces, speaker, cue.start, cue.word, s, frame=[(b, s.end)])
                if pieces
                else None
            )
        pieces = self._previous_quote(s) if speaker is not None else []
        if not pieces:
            return None
        return Draft(pieces, speaker, cue.start, cue.word, s, frame=[(s.start, s.end)])

    def _broken_quote(self, s: Sentence, cue: Cue, gap: tuple[int, int]) -> Draft | None:
        """ "«..., — сказал министр. — ...»": the reporter's words inside the marks name the
        speaker of the whole quotation."""
        text = self.text
        quote = self.in_quote(gap[0] - 1)
        if quote is None:
            return None
        ws = [w for w in self.words(s) if gap[0] <= w.start < gap[1]]
        after = [w for w in ws if w.start >= cue.end]
        before = [w for w in ws if w.end <= cue.start]
        gender, plural = morph.verb_gender(cue.word), plural_verb(cue.word)
        # "— ..., — заявили в посольстве.": the institution its unnamed speakers work in
        speaker = self._institution_at(after) if plural and after else None
        for side in (after, before):
            if speaker is None and side:
                speaker = parse(
                    side,
                    text,
                    "nomn",
                    sentence_start=-1,
                    gender=gender,
                    plural=plural,
                    known=self.known,
                )
        if speaker is None or self.is_claimed(quote.start):
            return None
        return Draft(list(quote.pieces), speaker, cue.start, cue.word, s, frame=[gap])
