"""Where a Russian cue's clause, its speaker's phrase and what was said begin and end.

What was said is the clause after "что" or a colon, the verb's object ("подчеркнула
глубокую озабоченность"), or, for a trailing attribution, the quote or clause before; a later
cue that starts its own statement ends it. A clause that is one quotation is the quote's words.
"""

from __future__ import annotations

import bisect
import re

from tracker.extract.draft import strip_span, words_in
from tracker.extract.russian import morph
from tracker.extract.russian.cue_words import (
    ANAPHORA,
    EXPLAINED_BY,
    THANKED_FOR,
    Cue,
    anaphora_at,
    is_cue_word,
    made_that_statement,
    posed_before,
    sets_out,
    thanked_object,
    verb_cue,
)
from tracker.extract.russian.dateline import MONTH
from tracker.extract.russian.lexicon import (
    ANSWERING,
    ASKING,
    JUSTIFYING,
    LIGHT_VERBS,
    MEDIA_NOUNS,
    NAMING,
    THANKING,
    WELCOMING,
    word_set,
)
from tracker.extract.russian.name_words import country_of, is_org, is_outlet, is_role, role_in_case
from tracker.extract.russian.page import CLAUSE_BREAK, POINTING_BACK, PageState
from tracker.extract.russian.speakers import fields_go_on, parse
from tracker.extract.russian.text import Sentence, Word, words
from tracker.extract.russian.title_words import title_word

# Verbs whose "о ..." object is itself a claim ("заявил о готовности", "предупредил о риске")
_ABOUT_IS_CLAIM = word_set(
    "заявить заявлять предупредить предупреждать объявить сообщить сообщать "
    "сожалеть"  # "сожалеет о решении": what is regretted
)
# Prepositions that open what a verb reports: "призвал к деэскалации", "указал на
# недопустимость", "выступил за продление"
_OBJECT_PREPOSITIONS = {
    "призвать": ("к",), "призывать": ("к",), "указать": ("на",), "указывать": ("на",),
    "настаивать": ("на",), "настоять": ("на",), "пожаловаться": ("на",),
    "жаловаться": ("на",), "выступить": ("за", "против"), "выступать": ("за", "против"),
    "высказаться": ("за", "против"), "высказываться": ("за", "против"),
    "поблагодарить": ("за",), "благодарить": ("за",),
}  # fmt: skip
# "выступил с призывом ...", "с предложением ...": the call or proposal is the object (the
# cue was kept only when the noun goes on to words said)
_APPEARING = word_set("выступить выступать")
# "выступил с заявлением, в котором подчеркивается, что ...": the statement's relative
# clause with a verb of saying alone (no subject of its own), what was said after its "что"
_STATEMENT_IN_WHICH = re.compile(
    r"\s*с\s+(?:[а-яё]+\s+)?заявлением\s*,\s*в\s+котором\s*,?\s*"
    r"(?:(?:он|она|оно|они|также|вновь|в\s+частности)\s*,?\s*){0,2}"
    r"[а-яё]+(?:ся|ет|ит|ло|ли|л|ла)\s*,\s*(?:что|чтобы)\s+",
    re.I,
)
# "обратил внимание на «аномальный» рост голосов": what was pointed out, as after "указал
# на", when it holds the speaker's words in quotation marks
_ATTENTION_DRAWN = word_set("обратить обращать")
# "обратил внимание на то, как ...": the way things go, pointed out (what "указал на то, как
# ..." says), from "на" on
_ATTENTION_TO_HOW = re.compile(
    r"\s*внимание\s+(?:[а-яё]+\s+)?(?P<on>на\s+то\s*,\s*(?:как|насколько|почему)\s)", re.I
)
# "не обратил внимание на то, как ...", "так и не обратил": nothing pointed out
_NOT_BEFORE = re.compile(r"(?<![а-яё])не\s+$", re.I)
_ATTENTION_TO_WORDS = re.compile(r"\s*внимание\s+(?:[а-яё]+\s+)?на\s+(?=[^.!?;:]*?[«\"„“])", re.I)
# "обратил внимание на опасную тенденцию, складывающуюся в ...": what was pointed out, an
# unquoted noun phrase of three words or more, taken as after "указал на" when a participle
# phrase or a relative clause set off after the noun says something of the thing ("на
# тенденцию, складывающуюся ...", "на проблему, которая ..."): a claim; a noun phrase with no
# such clause names a topic, a participle before the noun included ("обратил внимание на рост
# цен на газ", "на сложившуюся ситуацию", "на растущие цены": no words of his). Not "на то,
# что" (its clause is read as said), nor a pronoun ("обратил внимание на это")
_ATTENTION_TO_THING = re.compile(
    r"\s*внимание\s+(?:[а-яё]+\s+)?(?P<on>на\s+)(?!(?:то|это|этот|эту|эти|него|нее|неё|них)"
    r"(?![\w-]))(?=(?:[^\W\d]+[\s,-]+){2}[^\W\d])",
    re.I,
)
_THING_WORDS = 12  # how far into the phrase its participle or "который" is looked for
_THING_END = re.compile(r"[.!?;:«»\"“”„(]")
_SET_OFF_WORD = re.compile(r",\s*([^\W\d]+)")


def _says_of_the_thing(rest: str, start: int) -> bool:
    """Whether the noun phrase at ``start`` of ``rest`` holds, within its first words and
    before the sentence ends, a participle or "который" opening a clause set off by a comma
    ("на тенденцию, складывающуюся ...")."""
    stop = _THING_END.search(rest, start)
    phrase = rest[start : stop.start() if stop else len(rest)]
    first = list(re.finditer(r"[^\W\d]+", phrase))[:_THING_WORDS]
    limit = first[-1].end() if first else 0
    return any(
        m.start() < limit and (m[1].lower().startswith("котор") or morph.has_tag(m[1], "PRTF"))
        for m in _SET_OFF_WORD.finditer(phrase, 0, limit)
    )


_ASKED = re.compile(
    r"\s*(?:(?:[а-яё]+\s+){0,2}вопрос(?:ом|ы)?\s*)?[,:]\s*(?=(?:почему|зачем|как|кто|кого|"
    r"кому|где|когда|куда|откуда|сколько|чем|чего|каким|какой|какая|какое|какие|каких|что|"
    r"почему-то|неужели|разве)\b)",
    re.I,
)
# Verbs whose object is an infinitive of what is to be done ("предложил провести", "призвал
# не допустить"), which a time phrase may come before ("предложил в течение года создать")
_ASKING_TO_DO = word_set(
    "предложить предлагать призвать призывать пообещать обещать потребовать требовать "
    "поручить поручать попросить просить"
)
# A phrase of time after such a verb: "в течение двух лет", "в ближайшее время", "до конца года"
_TIME_BEFORE_DEED = re.compile(
    r"\s*(?:в течение|в ближайш\w+|в кратчайш\w+|до конца|до \d|к концу|к \d|уже в|в \d)"
    r"[^,.:;!?«»\"“”„]{0,40}?\s(?=\w+(?:ть|ти|чь)(?:ся)?\b)",
    re.I,
)
# "обратился к российскому коллеге с просьбой разместить ...": the address carries a
# request, an appeal or a proposal, which is what was said (page.py lets the verb in)
_ADDRESSING = word_set("обратиться обращаться")
_REQUEST_CARRIED = re.compile(
    r"[^,.:;!?«»\"“”„]{0,80}?(?<!\w)(?P<request>со?\s+(?:просьб|призыв|предложени|требовани)\w*)",
    re.I,
)
# "высказался скептически по поводу перемирия", "высказалась резко против уступок": a
# verb of speaking out with the judgement it gave (an adverb of approval or disapproval) and
# what it was given on; the judgement is what was said ("высказался о встрече", with no
# adverb, tells only the topic)
_STANCE_VERBS = word_set("высказаться высказываться")
# (only a judgement: "высказался осторожно/сдержанно/неоднозначно о ..." tells the manner,
# no content; "резко"/"жёстко" only with "против" or "в адрес", whom it was aimed at)
_STANCE_TAKEN = re.compile(
    r"\s*(?P<how>(?:(?:крайне|весьма|довольно|очень|более\s+чем|достаточно)\s+)?"
    r"(?:(?:скептически|скептично|критически|положительно|отрицательно|негативно|позитивно|"
    r"одобрительно|неодобрительно|категорически|оптимистично|"
    r"пессимистично|благосклонно|нелестно|пренебрежительно)"
    r"|(?:резко|жестко|жёстко)(?=\s+(?:против|в\s+адрес)\s)))"
    r"\s+(?:о|об|обо|по\s+поводу|в\s+адрес|относительно|насчет|насчёт|против|за|в\s+пользу|"
    r"в\s+отношении|в\s+поддержку)\s",
    re.I,
)
# (a stop typed for the comma, "подчеркнув. что ...", a lower-case "что" after it: a
# Russian sentence never opens in lower case, so the clause goes on; the blanks after the
# comma or stop belong to it alone, so that a run of blanks is read one way only)
THAT = re.compile(
    r"\s*(?:(?:,|\.(?-i:(?=\s+что)))\s*)?(?:что|чтобы)(?:\s*,\s*|\s+)", re.I
)  # "что, по мнению X, ..."
DASH = "-\u2013\u2014"
# "объяснил, что он имел в виду": "что" is the object of "иметь в виду", a question of
# what was meant, and the clause ends with the verb (or a comma before "говоря о ...",
# "когда ..."); no words of his are given. Not "имел в виду, прежде всего, переговоры":
# the comma of a parenthetical, and the object after it
_WHAT_MEANT = re.compile(
    r"(?:(?:он|она|они|я|мы|вы)\s+)?(?:имел|имела|имели|имеет|имеют)\s+в\s+виду\s*"
    r"(?:[.;!?]|$|,\s*(?:когда|говоря|упоминая|называя|заявляя|утверждая|отвечая|выступая|"
    r"комментируя|рассуждая|предлагая|призывая|сказав|заявив|упомянув|назвав)(?![\w-]))",
    re.I,
)
_EXPLAINED_WHAT_MEANT = re.compile(r",\s*что\s+" + _WHAT_MEANT.pattern, re.I)
DASHES = r"\-\u2013\u2014"  # for a regular expression's [...]
SPACED_DASH = re.compile(rf"\s[{DASHES}]\s")  # a dash between words, not a hyphen in one
_ADVERBIAL = re.compile(
    r"\s*(?:(?:в|во|на|при|по|после|перед|во время|в ходе|в рамках|в интервью|в беседе с|"
    r"в разговоре с|в эфире|в своем|в своём|в своей|в личном|на своей|на странице|на сайте|"
    r"на брифинге|на пресс-конференции|в комментарии для|в комментарии)\s+"
    r"(?:[^,.:;«»\"“”„]|«[^«»\n]{1,40}»|\"[^\"\n]{1,40}\")+?"  # "в эфире «Первого канала»"
    r"(?=\s*(?:,|:|$|\s(?:что|чтобы)\b))|журналистам|корреспонденту\s+[^,.:;]+?(?=\s*[,:])|"
    r"также|ранее|уже|вновь|снова|еще раз|ещё раз|официально|публично|прямо|в частности|"
    r"сегодня|вчера|накануне|тогда|затем|позднее|позже|"
    r"(?:буквально |дословно )?(?:так|следующее)(?=\s*:)|"  # "ответил так: «...»"
    # "заявил, в частности, что ...", "отметил, однако, что ...": a parenthesis set off by
    # commas between the verb and its clause
    r",\s*(?:в частности|однако|впрочем|в свою очередь|тем не менее|кроме того|при этом|"
    r"вместе с тем|в то же время|со своей стороны|между тем|правда|также|помимо этого|"
    r"в том числе|в целом|по сути|прежде всего)(?=\s*,\s*(?:что|чтобы)\b)|"
    # "12 марта", "12-го числа" (a day of the article's month, by its number alone); "во
    # вторник, 13 июня, что": the weekday's date set off by commas after it
    r"(?:(?:(?<=понедельник)|(?<=вторник)|(?<=среду)|(?<=четверг)|(?<=пятницу)|(?<=субботу)|"
    r"(?<=воскресенье)),\s*)?"
    rf"\d{{1,2}}(?:-?го)? (?:числа|(?:{MONTH})(?: \d{{4}}(?: г(?:ода?)?\.?)?)?))(?![\w-])\s*",
    re.I,
)


# Verbs for which a sentence-opening "Это" is the sentence before ("Это подтвердил Песков")
CONFIRMING = word_set("подтвердить подтверждать признать признавать опровергнуть опровергать")
# Someone's words as the verb's object, then what they said: "слова президента Франции
# Эмманюэля Макрона о том, что ...", "на заявление МИД Польши, что ..."
_OWNED_CLAIM = re.compile(
    r"\s*(?:(?:на|о|об)\s+)?(?:слов[аaм]\w*|заявлени\w+|высказывани\w+|утверждени\w+)\s+"
    r"[^,;:«»\"“”„.!?]{1,120}?(?:\s+о\s+том)?,\s*(?:что|чтобы)\s+",
    re.I,
)
# A few words between the verb and a colon that opens a quotation: "солидарен с коллегой:
# «...»", "ответил на вопрос о санкциях: «...»", or ends the sentence ("ответила Стуббу в
# Telegram:" over the post)
# (one name in marks among the words: "приводит «РИА Новости»: «...»"; a site's name with
# its dot: "приводит 24.kg: «...»", "Kaktus.media")
_WORDS_THEN_QUOTE = re.compile(
    r"(?:[^,.:;!?«»\"“”„\n]|\.(?=[a-z]))"
    r"{0,80}(?:«[^«»:\n]{1,40}»[^,.:;!?«»\"“”„\n]{0,40})?"
    r":\s*(?=[«\"„“]|\Z)"
)
# "Отвечая на вопрос журналиста: «Что будет с договором?», министр сказал: «...»": after the
# gerund of answering, the question's own words may stand behind the colon, a quotation
# that ends on its question mark, with the answer's verb of saying after it; those words
# are the asker's, no one's statement. Only the gerund: the sentence's own verb comes after
# it and gives the answer. A finite "ответил на вопрос о санкциях: «...»" quotes what he
# answered, a question of his own or not ("ответил ... риторическим вопросом: «А кто ...?»,
# после чего заявил"); and a dash after the quotation ("«...?» — сказал он") gives that
# quotation to the dash's verb, the answer itself.
# (the outlet that asked may be named in marks: "на вопрос «РИА Новости»: «...?»")
_ON_QUESTION = re.compile(
    r"\s*на\s+(?:[а-яё]+\s+){0,2}вопрос\w*[^:;.!?«»\"“”„\n]{0,60}"
    r"(?:«[^«»\n]{1,40}»[^:;.!?«»\"“”„\n]{0,40})?:\s*",
    re.I,
)
# "..., после чего заявил", "..., а затем добавил": a speaker's next act of saying, joined
# to the words before by a connector of sequence
_THEN_SAID = re.compile(r",\s*(?:после\s+(?:чего|этого)|а\s+(?:затем|потом)|затем)\s*$")
_QUESTION_QUOTED = re.compile(r"[«\"„“][^«»\"“”„\n]{1,300}?\?[»\"”“]")


def _question_quoted(text: str, cue: Cue, opens: int, later: list[Cue]) -> bool:
    """Whether the colon after the gerund of answering, whose words end at ``opens``, opens
    the question put, quoted (see :data:`_ON_QUESTION`): a verb of saying after the
    quotation, not a dash's, tells the answer."""
    if cue.kind != "gerund" or cue.lemma not in ANSWERING:
        return False
    if not _ON_QUESTION.fullmatch(text, cue.end, opens):
        return False
    asked = _QUESTION_QUOTED.match(text, opens)
    if asked is None or re.match(r"\s*,?\s*[-\u2013\u2014]", text[asked.end() :]):
        return False  # "«...?» — сказал он": the dash's verb tells the quotation before it
    return any(c.start >= asked.end() and c.kind == "verb" for c in later)


# "заявил в интервью, опубликованном в понедельник, что ...": a participle phrase set off
# by commas between the verb's frame and "что"; or a relative clause ("..., которое было
# опубликовано в среду, что", "..., фрагмент которого вышел в воскресенье, что")
_ASIDE_THAT = re.compile(
    r"\s*,\s*(?P<first>[а-яё]+)(?:\s+(?P<second>[а-яё]+))?[^,.;:!?«»\"“”„]{0,80},"
    r"\s*(?:что|чтобы)\s+"
)


def _participle_then_that(rest: str) -> re.Match[str] | None:
    m = _ASIDE_THAT.match(rest)
    if m is None:
        return None
    relative = any(w and w.startswith("котор") for w in (m["first"], m["second"]))
    if relative or any(p.tag.POS in ("PRTF", "GRND") for p in morph.parses(m["first"])[:1]):
        return m
    return None


# A later verb in a relative clause about someone named before it: "..., который заявил"
_RELATIVE_CLAUSE = re.compile(r",\s*котор(?:ый|ая|ое|ые)\s+(?:[\w-]+\s+){0,4}$")
# (the subject may be followed by when and where: "..., а глава фонда Кирилл Дмитриев после
# визита в Вашингтон в начале апреля заявлял, что ...", no verb of its own among them)
_OTHER_SPEAKER = re.compile(
    r",\s+(?:а|но|однако|зато|тогда как|в то время как|то)\s+(?P<who>[\w.-]+(?:\s+[\w.-]+){0,15})"
    r"\s*(?:,\s*(?:в свою очередь|со своей стороны|при этом|также)\s*,)?\s*$"  # an aside after it
)
_LONG_SUBJECT = 6  # words of a title and a name; past them, when and where the speaker spoke
_PRONOUNS = word_set("я мы он она они")


_ASIDE_SPEAKER = re.compile(r"[^,.;:!?\n«»\"]{1,80}")
_AT_BODY = word_set("в во на")


def aside_by_another(text: str, cue: Cue, lead: str) -> bool:
    """Whether an aside "как ..." after a clause joined by "однако", "а", "но" names a
    speaker other than the one whose words ``lead`` reports: a body ("как подчеркивали в
    МИД", "как сообщила пресс-служба"), another's spokesman ("как сообщил его представитель
    Стефан Дюжаррик"), a name ``lead`` does not hold; not a pronoun ("как он подчеркнул"),
    a post alone ("как подчеркнул министр") nor the name again: the one speaking goes on,
    one statement."""
    if any(w.lower() in _PRONOUNS for w in cue.word.split()[1:]):
        return False
    said = _ASIDE_SPEAKER.match(text, cue.end)
    who = [w.text for w in words(said.group())] if said else []
    if not who:
        return False
    if who[0].lower() in _AT_BODY or who[0].lower() in _POSSESSIVES or is_org(who[0]):
        return True  # "в МИД", "его представитель", "пресс-служба": another speaks
    names = [w for w in who if morph.is_name_word(w)]
    if not names:
        return False  # "как подчеркнул министр", "как отметил глава МИД России": his post
    known = {morph.lemma(w.text) for w in words(lead) if w.text[:1].isupper()}
    return not any(morph.lemma(w) in known for w in names)


# ", однако ответа Москва," before "как подчеркивали в МИД": a clause joined by "а", "но",
# "однако", its first words up to the aside's comma
CLAUSE_THEN_ASIDE = re.compile(r",\s+(?:а|но|однако|зато)\s+(?P<clause>[^,;:«»\"“”„]{3,200}),\s*$")


# A comma, then a title and a name (checked to be one person's) right before a later verb
_NAMED_AFTER_COMMA = re.compile(
    r",\s+(?:[а-яё-]+\s+){0,4}[А-ЯЁ][\w.-]*(?:\s+[А-ЯЁ][\w.-]*){0,3}\s*$"
)


def _reported_predicate(text: str, sentence_start: int, begin: int, cue: Cue) -> bool:
    """Whether ``cue``, joined by "и" to the clause said from ``begin``, is a verb in the
    present tense after a verb of saying in the past and a clause whose predicate is in the
    present ("Сийярто заявил, что Будапешт приветствует встречу и надеется, что ..."):
    Russian keeps the tense of the words reported, so the present verb is the clause's
    subject's, part of what was said, not the speaker's second verb ("и подчеркнул")."""
    if not _present(cue.word):
        return False
    said = [w.text for w in words(text, sentence_start, begin) if morph.finite_verb(w.text)]
    if not said or not morph.has_tag(said[-1], "past"):
        return False
    return any(_present(w.text) for w in words(text, begin, cue.start))


def _said_in_past(text: str, sentence_start: int, begin: int, cue: Cue) -> bool:
    """Whether ``cue`` is in the present after a verb of saying in the past ("заявил, что
    Москва выражала готовность к диалогу и выражает надежду, что ..."): the reported
    clause's own verb, the speaker's second verb keeping the tense of his first."""
    if not _present(cue.word):
        return False
    said = [w.text for w in words(text, sentence_start, begin) if morph.finite_verb(w.text)]
    return bool(said) and morph.has_tag(said[-1], "past")


def _present(word: str) -> bool:
    """A finite verb read first in the present tense ("надеется", "рассчитывает")."""
    top = morph.parses(word)[:1]
    return bool(top) and top[0].tag.POS == "VERB" and top[0].tag.tense == "pres"


def _thing_before(lead: str) -> bool:
    """Whether the word closing ``lead`` names a thing, no one who speaks ("поправки",
    "инициативы"): a relative clause about it ("поправки, которые предлагали добавить в
    текст, были направлены ...") tells what others did with it inside the words reported."""
    last = _LAST_WORD.search(lead)
    if last is None or not last.group().islower() or _NAME_ENDS.search(lead):
        return False  # ("позиции Белого дома, который пообещал ...": a body's own name)
    word = last.group()
    found = [p for p in morph.parses(word) if p.tag.POS == "NOUN"]
    return (
        bool(found)
        and all("inan" in p.tag for p in found)
        and not (is_role(word) or is_org(word) or country_of(word))
        and morph.lemma(word) not in _SPEAKING_BODIES
    )


_LAST_WORD = re.compile(r"[\w-]+(?=\W*$)")
# a capitalised name of two words or more closing the words ("Белого дома", "Европейской
# комиссии")
_NAME_ENDS = re.compile(r"(?<=\S\s)[А-ЯЁ][\w-]*\s+[\w-]+\W*$")
# bodies that speak, though the dictionary reads them as things: a relative clause of
# saying about one ("стороны, которая заявила ...") is its statement
_SPEAKING_BODIES = word_set(
    "сторона страна государство республика коалиция комиссия компания корпорация "
    "организация альянс союз блок движение оппозиция газета издание агентство телеканал "
    "радиостанция журнал сми"
)


def _names_someone(words_: str) -> bool:
    """A subject that names a speaker: a name or a title ("Ван И", "глава МИД КНР"), or a
    counterpart by name ("его российский коллега Андрей Белоусов", "ее коллега Фидан")."""
    words = words_.split()
    if words[0] in _POSSESSIVES:
        return any(w[:1].isupper() for w in words[1:])
    return words[0][:1].isupper() or is_role(words[0])


_POSSESSIVES = word_set("его ее её их")


# "выразил уверенность, что ...", "обратил внимание на то, что ...": a short object, then "что"
_OBJECT_THAT = re.compile(
    r"\s*(?:[«\"“„]?(?:[а-яё]+(?:[-.][а-яёa-z]+)*|[A-Z][\w.&-]*)[»\"”“]?(?:\s+|(?=,))){1,5}?,"
    r"\s*(?:что|чтобы)\s+",
    re.I,
)  # also "заявили «Коммерсанту», что ...", "сказал Reuters, что", "Интерфакс-Казахстан, что"
_OBJECT_WORD = re.compile(r"[а-яё]+", re.I)
# "ограничился коротким комментарием: ...": the remark's words come after its noun's colon
_CONFINING = frozenset(["ограничиться", "ограничиваться"])
_OBJECT_COLON = re.compile(r"\s*(?:[а-яё]+\s+){0,2}[а-яё]+:\s*", re.I)
# "высказал мнение: ...", "выразил уверенность: ...", "пришел к выводу: ...": a view given,
# its words after the noun's colon (what is listed, "перечислил условия: ...", keeps its noun)
_VIEW_GIVEN = word_set(
    "выразить выражать высказать высказывать поделиться делиться сделать делать прийти приходить"
    # "обратила внимание: ...", a briefing's point made with a colon for "на то, что"
    " обратить обращать"
)
_LIGHT_OBJECT_COLON = re.compile(r"\s*(?:[а-яё]+\s+)?(?P<noun>[а-яё]+):\s*", re.I)
# A naming verb's longer object, the name it gives and a second verb of saying before "что":
# "назвала итоги стамбульской встречи «конструктивными» и сообщила, что ..."
_NAMED_OBJECT_THAT = re.compile(
    r"\s*(?:[«\"“„]?(?:[а-яё]+(?:[-.][а-яёa-z]+)*|[A-Z][\w.&-]*)[»\"”“]?(?:\s+|(?=,))){6,14}?,"
    r"\s*что\s+",
    re.I,
)
# "объяснил отсутствие министра тем, что ...": what explains it is said, however long the
# thing explained
_EXPLAINING = word_set("объяснить объяснять") | JUSTIFYING


def _named_then_said(rest: str, that: re.Match[str], lemma: str) -> bool:
    """Whether a verb of naming's short object, with the name it gives, and a second verb of
    saying stand before "что" ("назвал заявления неприемлемыми и отметил, что ..."): one
    statement from the object on, as the corpus records a sentence of joined verbs."""
    if lemma not in NAMING:
        return False
    said = _OBJECT_WORD.findall(rest, 0, that.end())
    return any(map(is_cue_word, said)) and any(map(morph.instrumental, said))


# "то, что" closing a naming verb's object: the name given comes before it; "того, что"
# closing the name given, a noun whose clause it is ("сигналом того, что ...")
_WHAT_NAMED = re.compile(r"(?<![\w-])(?:то|того)\s*,\s*что\s+$", re.I)


def _name_for_what(that: re.Match[str], lemma: str) -> bool:
    """Whether a verb of naming gives its name before "то, что" ("назвала «недопустимым» то,
    что ...", "назвал странным то, что ..."): the name is what was said of the clause, so
    the statement starts with it, as "called it X that ..." is recorded from X; or whether
    the name given owns the clause ("назвал удары сигналом того, что ...", "назвала визит
    подтверждением того, что ..."): the object and its name are said, the clause with them."""
    return lemma in NAMING and _WHAT_NAMED.search(that.group()) is not None


def _name_for_clause(rest: str, that: re.Match[str], lemma: str) -> bool:
    """Whether a verb of naming gives its name, in the instrumental, right before ", что"
    ("назвал огромным шагом, что ...", "назвала недопустимым, что ..."): the clause is what
    is named, as after "то, что", and the name is the judgement said of it, so the statement
    starts with the name ("called it a big step that ..." is recorded from the name)."""
    if lemma not in NAMING or that.re is not _OBJECT_THAT:
        return False
    named = _OBJECT_WORD.findall(rest[: that.end()].rsplit(",", 1)[0])
    return bool(named) and all(morph.instrumental(w) for w in named)


def _noun_owns_clause(rest: str, that: re.Match[str]) -> bool:
    """Whether the verb's object before ", что"/", чтобы" is a noun whose clause it is, through
    "того" ("отметил символизм того, что ...", "подчеркнул важность того, чтобы ..."): the
    noun is what was said of the clause (the symbolism, the importance), so the statement
    starts with it, as "stressed the importance of ..." is recorded from its noun; not a
    preposition's phrase ("по поводу того, что", "насчет того, что"), whose clause is said."""
    named = _OBJECT_WORD.findall(rest[: that.end()].rsplit(",", 1)[0])
    if len(named) < 2 or named[-1].lower() != "того":
        return False
    first = [morph.parses(w)[:1] for w in named[:-1]]
    return (
        all(found for found in first)
        and first[-1][0].tag.POS == "NOUN"
        and not any(found[0].tag.POS == "PREP" for found in first)
    )


# Verbs of blaming someone for a deed told after "в том, что"
_ACCUSING = word_set("обвинить обвинять упрекнуть упрекать")
_OF_WHAT = re.compile(r"(?<![\w-])в\s+том\s*,\s*что\s+$", re.I)


def _accused_of_what(that: re.Match[str], lemma: str) -> bool:
    """Whether a verb of blaming names the one blamed before "в том, что" ("обвинил Киев в
    том, что ..."): the statement starts with the one blamed, as "обвинил Киев в срыве
    переговоров" and "accused Kyiv of ..." are recorded from the object."""
    of_what = _OF_WHAT.search(that.group()) if lemma in _ACCUSING else None
    return of_what is not None and bool(_OBJECT_WORD.search(that.group(), 0, of_what.start()))


# Verbs that tell someone to act, who may be named before "чтобы": "призвал Израиль и ХАМАС,
# чтобы те прекратили огонь", "предупредил Киев, чтобы тот не ..."
_TELLING_TO_DO = _ASKING_TO_DO | word_set("предупредить предупреждать")


def _told_to_act(rest: str, that: re.Match[str], lemma: str) -> bool:
    """Whether the object before ", чтобы" of a verb telling someone to act is the one told
    ("призвал стороны, чтобы они ..."), or the deed asked before a purpose ("призвал стороны
    проявить сдержанность, чтобы ..."): the statement starts with it, as the corpus records
    "called on Israel to halt ..." (not an aside: "призвал, в частности, чтобы ...")."""
    if lemma not in _TELLING_TO_DO or not that.group().rstrip().endswith("чтобы"):
        return False
    told = _OBJECT_WORD.findall(rest[: that.end()].rsplit(",", 1)[0])
    # "потребовал от Киева прекратить обстрелы, чтобы ...": the one told, after "от"
    from_whom = bool(told) and told[0].lower() == "от" and lemma in _DEMANDING
    if not told or (told[0].lower() in _NOT_ADDRESSEE and not from_whom):
        return False
    if any(morph.parses(w)[0].tag.POS == "INFN" for w in told if morph.parses(w)):
        return True  # "призвал стороны проявить сдержанность, чтобы ...": the deed asked
        # for, the purpose after it part of what was asked
    if any(morph.parses(w)[0].tag.POS == "VERB" for w in told if morph.parses(w)):
        return False
    return morph.has_tag(told[0], "accs") or told[0][:1].isupper()


# Verbs of demanding, whose one told follows "от" ("потребовал от Киева прекратить ...")
_DEMANDING = word_set("потребовать требовать")


def _told_to_grant(rest: str, that: re.Match[str], lemma: str) -> bool:
    """Whether the words before ", что" after a verb asking for a deed hold the deed, an
    infinitive ("призвал президента признать, что ...", "попросил не забывать, что ..."):
    the call is what was said, the clause after "что" only part of it."""
    if lemma not in _ASKING_TO_DO or not that.group().rstrip().endswith("что"):
        return False
    asked = _OBJECT_WORD.findall(rest[: that.end()].rsplit(",", 1)[0])
    return any(p.tag.POS == "INFN" for w in asked for p in morph.parses(w)[:1])


# Words that open an aside or a circumstance, never the one told: "в частности", "также"
_NOT_ADDRESSEE = word_set(
    "в во на по при с со к ко у от из за для также еще ещё уже вновь снова тогда затем "
    "при этом кроме"
)


# Punctuation that ends a speaker's phrase; not an initial's stop ("М.Галузин", "К.-Ж.Токаев")
# A day set off by commas between a verb and its subject: ", 26 марта," ", 5 мая 2023 года,"
_DAY_ASIDE = re.compile(rf"\s*\d{{1,2}}\s+{MONTH}(?:\s+\d{{4}}(?:\s+г(?:ода|\.))?)?\s*,")
# an aside between commas after a cue: "— говорится, в частности, в послании ...", "— отметил,
# в частности, министр": the speaker's phrase goes on past it
_ASIDE = re.compile(
    r"\s*(?:в частности|в том числе|кроме того|помимо прочего|при этом|также|в свою очередь)\s*,",
    re.I,
)
_PHRASE_END = re.compile(r"[,;:!?()]|(?<![^\w][А-ЯЁA-Z])(?<!^[А-ЯЁA-Z])\.")


# A short name in quotation marks inside a post, a person's name right after it: "главный
# редактор журнала «Россия в глобальной политике» Федор Лукьянов"
_BODY_NAME_WORDS = 6
_NOUN_BEFORE = re.compile(r"[а-яё-]+\s$")
_NAME_AFTER = re.compile(r"\s[А-ЯЁ][а-яё]+")
_WORD_AFTER = re.compile(r"\s([а-яё-]+)")


# A dash, then a clause of its own whose subject is a pronoun just before the verb: "..., —
# во вторник, уже в Вашингтоне, он", "..., — а уже в воскресенье она"
# (words one by one, at most eight, read in the lead's last characters only: no
# backtracking over a long lead)
_DASH_THEN_HE = re.compile(
    rf",?\s+[{DASHES}]\s+(?:[^\s,.;:!?«»\"{DASHES}]+,?\s+){{0,8}}"
    r"(?:он|она|они)(?:\s+(?:уже|также|затем|вновь|снова|же))?\s*$"
)
_DASH_THEN_HE_REACH = 160  # characters: the dash, eight words and the pronoun


def _names_a_body(text: str, outer: tuple[int, int]) -> bool:
    """Whether the quotation at ``outer`` names the journal, party or fund of the post before
    it or the event the words were said at: a few words between a lowercase noun and a
    capitalised name or a post, so the phrase after the cue goes on past it to the speaker."""
    a, b = outer
    return (
        words_in(text[a:b]) <= _BODY_NAME_WORDS
        and _NOUN_BEFORE.search(text, max(a - 40, 0), a) is not None
        and (
            _NAME_AFTER.match(text, b) is not None
            # "на выставке «Отдых без границ и виз» глава Ростуризма ...": the post next
            or ((post := _WORD_AFTER.match(text, b)) is not None and is_role(post[1]))
        )
    )


def _joins_words(ws: list[Word], n: int) -> bool:
    """Whether the "и" at ``ws[n]``, in a clause opened after a comma ("Выступая на
    брифинге, верховный представитель ЕС по иностранным делам и политике безопасности
    Жозеп Боррель заявил"), joins two words of a title: a lower-case word after it, no post
    in the nominative (not "министр X и министр Y заявили", two people)."""
    if n + 1 >= len(ws) or not ws[n + 1].text.islower():
        return False
    after = ws[n + 1].text
    return not (is_role(after) and morph.has_tag(after, "nomn"))


# Words that may stand between "и" and a second verb sharing the subject ("и также отметил")
_LIGHT = word_set("также затем тут же потом кроме того еще ещё вновь снова")


# "К этому призвал Лавров", "На это указал посол": the object a verb takes with its
# preposition, pointing back at the sentence before
_POINTED_AT_BY = {**_OBJECT_PREPOSITIONS, "обратить": ("на",), "обращать": ("на",)}
_POINTING_OBJECT = re.compile(r"\s*(?:[Кк] этому|[Нн]а (?:это|этом))\s")


_POINTER_AFTER = re.compile(r"\s+об этом(?![\w-])(?!\s*[,:]?\s*(?:что|чтобы)\b)")


def points_at_object(text: str, start: int, cue: Cue) -> bool:
    """Whether the clause from ``start`` opens with the cue's prepositional object as a
    pointer back ("К этому ... призвал", for "призвать к"), not with its words."""
    m = _POINTING_OBJECT.match(text, start, cue.start)
    return bool(m) and m.group().split()[0].lower() in _POINTED_AT_BY.get(cue.lemma, ())


# a verb of speaking with only its topic after it ("высказался о встрече", "прокомментировал
# переговоры"): the act reported, none of the words
_SPOKE_ABOUT = re.compile(
    r"\b(?:высказал(?:ся|ась|ись)|рассказал[аи]?|прокомментировал[аи]?|отреагировал[аи]?)"
    r"\s+(?:о|об|на|про)\s(?!том,?\s+(?:что|как|чтобы))",
    re.I,
)

# "прокомментировал информацию о ...", "прокомментировала заявление Гросу": the thing
# commented on, its object (not "прокомментировал: ..." nor "... о том, что ...")
_COMMENTED_ON = re.compile(r"\bпрокомментировал[аи]?\s+(?!(?:это|так|том)\b)(?=[^\W\d_])", re.I)
# the words given after it: a colon, a quotation, "о том, что", or a dash between words
# ("прокомментировал информацию о встрече – такая встреча не планируется")
_WORDS_GIVEN = re.compile(r"[:«\"“„]|\bтом,?\s+(?:что|как|чтобы)\b|\s[\u2014\u2013-]\s")
# "Таким образом X прокомментировал ...", "Так ...", "Этими словами ...": the comment is the
# words before, pointed back at, not only its object told
_COMMENT_POINTED_BACK = re.compile(
    r"\s*(?:Таким\s+образом|Так|Этими\s+словами|Такими\s+словами|Этим\s+заявлением)\b"
)

# a subject pointing back at the words before ("Эти страны", "Такие европейские государства"):
# those words go on, no speaker reported. Plural only, and only countries, states and
# bodies: "Этот республиканский политик", "Эта женщина" are speakers pointed back at, and
# "Эти слова прокомментировал Песков" is the verb's object, its subject after it
_POINTING_SUBJECT = re.compile(r"(?:Эти|Такие)\s")
_POINTED_BODIES = word_set(
    "страна государство держава республика сторона правительство столица власть коалиция "
    "альянс союз блок организация"
)
_ADJECTIVES_BEFORE = 3  # "Эти крупные азиатские государства"


def _points_back(text: str, a: int, b: int) -> bool:
    """Whether the sentence at ``a``..``b`` opens with a plural subject pointing back at
    countries, states or bodies named before ("Эти страны отреагировали на ..."): its head
    noun after any adjectives ("Эти азиатские государства") one of those, plural and
    nominative, and the first verb after it plural, agreeing with it."""
    if _POINTING_SUBJECT.match(text, a, b) is None:
        return False
    ws = words(text, a, b)[1:]
    n = 0
    while n < min(len(ws) - 1, _ADJECTIVES_BEFORE) and morph.has_tag(ws[n].text, "ADJF"):
        n += 1  # "Эти азиатские государства": the adjectives before the noun
    head = ws[n].text if ws else ""
    if not morph.has_tag(head, "NOUN", "plur", "nomn"):
        return False
    if morph.lemma(head) not in _POINTED_BODIES and not is_org(head):
        return False
    verb = next((w for w in ws[n + 1 :] if morph.finite_verb(w.text)), None)
    return verb is not None and morph.has_tag(verb.text, "plur")


def _spoke_about(text: str, a: int, b: int) -> bool:
    """Whether the sentence at ``a``..``b`` tells only what someone spoke about
    ("Рябков высказался о встрече", "Этот политик высказался о ...", "Володин
    прокомментировал информацию о задержании"), not "Эти страны отреагировали на ...",
    which goes on with the words before."""
    if _points_back(text, a, b):
        return False
    if _SPOKE_ABOUT.search(text, a, b):
        return True
    if _EXPLAINED_WHAT_MEANT.search(text, a, b):
        return True  # "Рябков объяснил, что он имел в виду, говоря о ...": what he meant, untold
    # "прокомментировал информацию о ...": what he commented on, no words of his, when
    # neither a colon nor a quotation gives them after it
    on = _COMMENTED_ON.search(text, a, b)
    return (
        on is not None
        and _WORDS_GIVEN.search(text, on.end(), b) is None
        and _COMMENT_POINTED_BACK.match(text, a, on.start()) is None
    )


# "есть" as "there is": the owner after "у" is at most this many words ("У Европы и США
# есть"); not after these ("то есть", "что есть у Европы", "как есть")
_OWNER_WORDS = 4
_NOT_THERE_IS = word_set("то что как если")
_CLAUSE_PUNCT = re.compile(r"[,.;:!?()«»\"—–-]")


# A post set out whole under its lead-in's colon: some words, closing a sentence
_POST_WORDS = 6
_POST_END = re.compile(r"[.!?\u2026)]\s*$")
# the story's frame naming a source: "По словам Стубба", "по его мнению", "по данным МИД"
_SOURCE_NAMED = re.compile(
    r"\bпо\s+(?:[\w-]+\s+){0,3}?(?:словам|мнению|данным|информации|оценке)\b", re.I
)
# a past verb's ending: "заявил", "написала", "отметили", "высказался"
_PAST = re.compile(r"(?:л|ла|ло|ли|лся|лась|лось|лись)$", re.I)


def _reporters_verb(w: Word) -> bool:
    """A verb of saying as the story tells a saying: in the past ("заявил", "написала"), or
    a document's "говорится", "сообщается" (a post's own verbs are in the present)."""
    cue = verb_cue(w)
    return cue is not None and (cue.kind != "verb" or _PAST.search(w.text) is not None)


# A news site's label over a post it sets out: "Публикация:", "Текст поста:"
_POST_LABEL = re.compile(r"(?:Публикация|Пост|Текст (?:публикации|поста|сообщения)|Цитата)\s*:\s*")


# An outlet named after a comma at the sentence's end: "..., передает ТАСС."
_OUTLET_TAIL = re.compile(
    r",\s*(?:[-\u2013\u2014]+\s*)?(?:передает|передаёт|сообщает|пишет|информирует)\s+"
    r"(?P<who>[^,;:«»\"]{2,40}?)\s*[.!]?\s*$"
)


# The same with the outlet named by what it is, then its title ("телеканал «Имеди»",
# "армянское издание News.am", "Telegram-канал "Бейбарс"")
_MEDIA_TAIL = re.compile(
    r",\s*(?:[-\u2013\u2014]+\s*)?(?:передает|передаёт|сообщает|пишет|информирует)\s+"
    r"(?:[а-яё]+\s+){0,2}(?P<noun>[\w-]+)\s+"
    r"(?:«[^«»\n]{1,40}»|\"[^\"\n]{1,40}\"|[A-ZА-ЯЁ][\w.-]*(?:\s+[A-ZА-ЯЁ][\w.-]*){0,2})"
    r"\s*[.!]?\s*$"
)


_REPORTER_TAIL = re.compile(
    r",\s*(?:[-\u2013\u2014]+\s*)?(?:передает|передаёт|сообщает|пишет)\s+"
    r"(?:(?:специальный|собственный|наш)\s+)?(?:корреспондент|спецкор|журналист|обозреватель)"
    r"\b[^.!?]*[.!]?\s*$"
)


def _post_with_complements(ws: list[Word]) -> bool:
    """Whether ``ws`` are a post in the nominative with the lower-case words it governs
    ("глава российской делегации", "глава МИД России"), after a circumstance of the verb
    if any ("по итогам встречи", "журналистам"): no name among them, so a post that a
    second one in apposition goes on to name."""
    at = next((n for n, w in enumerate(ws) if is_role(w.text)), None)
    if at is None or not role_in_case(ws[at].text, "nomn"):
        return False
    lead, complements = ws[:at], ws[at + 1 :]
    return all(
        w.text.islower() and morph.parses(w.text)[0].tag.POS not in _NOT_CIRCUMSTANCE for w in lead
    ) and all(
        (w.text.islower() and title_word(w.text, "nomn")) or is_org(w.text) or country_of(w.text)
        for w in complements
    )


# Words that open a clause or make one: no part of a circumstance before the subject
_NOT_CIRCUMSTANCE = frozenset(["VERB", "INFN", "CONJ", "PRTF", "PRTS", "GRND"])


class ClauseBoundaries(PageState):
    """Finds the bounds of a cue's clause and of what was said around it."""

    def _points_back(self, s: Sentence, cue: Cue) -> bool:
        """Whether the sentence opens with words pointing back at the one before ("Об этом",
        "Такое заявление") and the verb has nothing said after it."""
        return bool(
            re.match(
                r"\s*(?:(?:[Пп]о (?:данным|информации|сведениям)|[Кк]ак (?:сообщает|сообщают|"
                r"пишет|пишут|передает|передаёт|передают))\s[^,.;:]{1,60},\s*)?"  # the source
                r"(?:[Оо]б? (?:этом|том)\b(?:,\s*(?:в частности|в свою очередь|кроме того|"
                r"в том числе|со своей стороны)\s*,|(?!\s*,))|[Тт]ак\s+(?!,))",
                self.text[s.start : cue.start],
            )
            # ("Эти заявления Лавров назвал «шантажом»": with a verb of naming, the words
            # pointing back are the thing named, and the name given is what was said)
            or (ANAPHORA.match(self.text, s.start, cue.start) and cue.lemma not in NAMING)
            or (sets_out(cue.word) and posed_before(self.text, s.start, cue.start))
            # "Он заявил об этом во время встречи ...": the pointer after the verb
            or _POINTER_AFTER.match(self.text, cue.end, s.end)
            or made_that_statement(self.text, cue.word, cue.end, s.end)
            or points_at_object(self.text, s.start, cue)
            or (cue.lemma in CONFIRMING and re.match(r"\s*Это\s", self.text[s.start : cue.start]))
        )

    def _clause_start(self, s: Sentence, cue: Cue) -> tuple[int, bool]:
        """Where the cue's clause starts, and whether it is joined by "и"/"а" to the one
        before ("... и подчеркнул")."""
        text = self.text
        start = s.start
        for m in CLAUSE_BREAK.finditer(text, s.start, cue.start):
            if self.in_quote(m.start()) and text[m.start()] not in '«»"“”„':
                continue
            if self.quoted_name(m.start()):
                continue  # "Рябков в беседе с «Ъ» подтвердил": a name in marks, no clause
            start = m.end()
        opened = start
        joined = False
        ws = words(text, start, cue.start)
        read, verb_before = 0, False  # how far ws has been read for a verb, and if one stood
        for n, w in enumerate(ws):
            conjunction = w.text.islower() or w.start == s.start  # not "Ван И"
            if (
                w.text == "и"
                and 0 < n < len(ws) - 1
                and ws[n - 1].text[:1].isupper()
                and ws[n + 1].text[:1].isupper()
            ):
                continue  # "разговора Лаврова и Рубио сообщил": two names joined, no clause
            if w.text == "и" and start == opened and (opened == s.start or _joins_words(ws, n)):
                while read < n and not verb_before:
                    verb_before, read = morph.predicate(ws[read].text), read + 1
                if not verb_before:
                    # "Верховный представитель ЕС по иностранным делам и политике безопасности
                    # Жозеп Боррель сказал": no verb before, so "и" joins words, not clauses
                    continue
            if w.text.lower() in ("и", "а", "но") and conjunction and not self.in_quote(w.start):
                start, joined = w.end, True
        if joined and words(text, start, cue.start):
            tail = words(text, start, cue.start)
            joined = all(w.text.lower() in _LIGHT for w in tail)
            if joined:
                start = tail[-1].end  # "..., а также отметил": no words of its own
        return start, joined

    def _content_after(
        self, s: Sentence, cue: Cue, later: list[Cue], *, object_ok: bool, start: int | None = None
    ) -> list[tuple[int, int]]:
        """What follows a cue: the clause after "что", a colon's quote, or the verb's object."""
        text = self.text
        at = cue.end if start is None else start
        head = _ADVERBIAL.match(text, at, s.end)
        while (
            head
            and head.end() > at
            and not _time_then_deed(text[at : s.end], cue.lemma)
            and not _object_phrase(text, head, cue.lemma, s.end)
            and not _asked_whom(head, cue.lemma)
        ):
            at = head.end()
            head = _ADVERBIAL.match(text, at, s.end)
        if _POINTER_AFTER.match(text, at, s.end):
            return []  # "заявил об этом в интервью": what was said is the sentence before
        rest = text[at : s.end]
        colon = re.match(r"\s*:\s*", rest) or _WORDS_THEN_QUOTE.match(rest)
        if colon is None and cue.lemma in _CONFINING:
            colon = _OBJECT_COLON.match(rest)  # "ограничился коротким комментарием: ..."
        light = (
            _LIGHT_OBJECT_COLON.match(rest) if colon is None and cue.lemma in _VIEW_GIVEN else None
        )
        if light and morph.lemma(light["noun"]) in LIGHT_VERBS.get(cue.lemma, ()):
            colon = light  # "высказал мнение: ...", "выразил уверенность: ...": after the noun
        that = THAT.match(rest) or _OBJECT_THAT.match(rest) or _participle_then_that(rest)
        if that is None and cue.lemma in _EXPLAINING:
            that = EXPLAINED_BY.match(rest)
        if that is None and cue.lemma in NAMING:
            that = _NAMED_OBJECT_THAT.match(rest)
            named = that and (
                _named_then_said(rest, that, cue.lemma) or _name_for_what(that, cue.lemma)
            )
            that = that if named else None
        asked = _ASKED.match(rest) if cue.lemma in ASKING else None
        if asked:
            colon, that = None, asked  # "задался вопросом, почему ...": the question asked
        if colon and _question_quoted(text, cue, at + colon.end(), later):
            return []  # "Отвечая на вопрос: «...?», министр сказал": the question, not his
        if colon and not text[at + colon.end() : s.end].strip():
            return self._next_quote(s)  # "Пашинян заявил журналистам:" and a quote below
        if colon:
            begin = at + colon.end()
        elif that is not None and (
            that.re is _NAMED_OBJECT_THAT
            or (that.re is _OBJECT_THAT and _named_then_said(rest, that, cue.lemma))
            or (that.re is _OBJECT_THAT and _name_for_what(that, cue.lemma))
            or _name_for_clause(rest, that, cue.lemma)
            or (that.re is _OBJECT_THAT and _accused_of_what(that, cue.lemma))
            or (that.re is _OBJECT_THAT and _noun_owns_clause(rest, that))
        ):
            begin = at + len(rest) - len(rest.lstrip())
            later = [c for c in later if c.start >= at + that.end()]
        elif that and that.re is _OBJECT_THAT and _told_to_act(rest, that, cue.lemma):
            begin = at + len(rest) - len(rest.lstrip())  # "призвал стороны, чтобы они ..."
        elif that and that.re is _OBJECT_THAT and _told_to_grant(rest, that, cue.lemma):
            begin = at + len(rest) - len(rest.lstrip())  # "призвал Х признать, что ..."
        elif that and _WHAT_MEANT.match(rest, that.end()):
            return []  # "объяснил, что он имел в виду, говоря о ...": what he meant, untold
        elif that:
            begin = at + that.end()
        elif owned := _OWNED_CLAIM.match(rest):
            begin = at + owned.end()  # "прокомментировал слова ... Макрона о том, что ..."
        elif (
            cue.lemma in _ATTENTION_DRAWN
            and not _NOT_BEFORE.search(text, max(0, cue.start - 4), cue.start)
            and (how := _ATTENTION_TO_HOW.match(rest))
        ):
            begin = at + how.start("on")  # "обратил внимание на то, как ...", as "указал на"
        elif cue.lemma in _ATTENTION_DRAWN and (drawn := _ATTENTION_TO_WORDS.match(rest)):
            begin = at + drawn.end()  # "обратил внимание на «аномальный» рост голосов"
        elif (
            cue.lemma in _ATTENTION_DRAWN
            and not _NOT_BEFORE.search(text, max(0, cue.start - 4), cue.start)
            and (thing := _ATTENTION_TO_THING.match(rest))
            and _says_of_the_thing(rest, thing.end())
        ):
            begin = at + thing.start("on")  # "обратил внимание на опасную тенденцию, ..."
        elif cue.lemma in _ADDRESSING and (request := _REQUEST_CARRIED.match(rest)):
            begin = at + request.start("request")  # "обратился к X с просьбой разместить"
        elif cue.lemma in _STANCE_VERBS and (stance := _STANCE_TAKEN.match(rest)):
            begin = at + stance.start("how")  # "высказался скептически по поводу ...": the stance
        else:
            first = re.match(r"\s*(\w+)", rest)
            if first is None and (
                cue.lemma in LIGHT_VERBS or cue.lemma in _ASKING_TO_DO or cue.lemma in NAMING
            ):
                # "выразил «глубокую озабоченность» ...", "предложил журналистам «внимательно
                # перечитать» ...": the object noun or the deed asked for, quoted (its words
                # in the speaker's own); "назвал «коллективным наказанием» действия ...": the
                # name given, quoted before what it names
                first = re.match(r"\s*[«\"“„](\w+)", rest)
            about = first is not None and first.group(1).lower() in ("о", "об", "обо")
            claim = (about and cue.lemma in _ABOUT_IS_CLAIM) or (
                first is not None
                and first.group(1).lower() in _OBJECT_PREPOSITIONS.get(cue.lemma, ())
            )
            if not object_ok and not claim:
                return []  # "сообщил о переносе встречи" is a claim; "сообщил журналистам" not
            word = first.group(1).lower() if first else ""
            if _time_then_deed(rest, cue.lemma):
                word = ""  # "предложил в течение года создать ...": the deed asked for
            if first and cue.lemma in WELCOMING and _someone(first.group(1)):
                return []  # "приветствовал участников форума": a greeting, nothing said
            if not first or (
                word in ("в", "на", "к", "с", "и", "а", "по", "за", "против")
                and word not in _OBJECT_PREPOSITIONS.get(cue.lemma, ())
                and not (word == "с" and cue.lemma in _APPEARING)  # "выступил с призывом"
            ):
                return []  # "сказал в интервью", not what was said; but "призвал к миру"
            if first.group(1).lower() in ("о", "об", "обо") and cue.lemma not in _ABOUT_IS_CLAIM:
                about = re.search(r",\s*(?:что|чтобы)\s+", rest)
                if not about:
                    return []
                begin = at + about.end()
            elif cue.lemma in _APPEARING and (relative := _STATEMENT_IN_WHICH.match(rest)):
                begin = at + relative.end()
            elif cue.lemma in THANKING and start is None:
                # "поблагодарил Трампа за поддержку": the thanks are the words said, from the
                # verb on ("Трампа за поддержку" alone says nothing)
                begin = cue.start
            else:
                begin = at + len(rest) - len(rest.lstrip(" ,"))
        end = self._content_end(s, begin, later)
        if cue.lemma in THANKING and (za := THANKED_FOR.match(text, cue.end)):
            # "поблагодарил офицеров за службу и вручил им погоны": the thanks end before
            # the next act
            end = min(end, thanked_object(text, za.end()))
        a, b = strip_span(text, begin, end)
        if words_in(text[a:b]) < 2:
            return []
        return self._quote_pieces(a, b)

    def _next_quote(self, s: Sentence) -> list[tuple[int, int]]:
        """The quotation opening the sentence after ``s`` (the next paragraph, after a colon
        that ends one)."""
        i = bisect.bisect_right(self._sentence_starts, s.start)
        if i >= len(self.sents):
            return []
        nxt = self.sents[i]
        q = self.in_quote(nxt.start)
        if q is None and nxt.para == s.para + 1:
            return self._post_below(i)
        if q is None or q.outer[0] != nxt.start or self.is_claimed(q.start):
            return []
        return list(q.pieces)

    def _post_below(self, i: int) -> list[tuple[int, int]]:
        """The paragraph opening at sentence ``i``, unquoted, under a colon that ends the one
        above: a post or a message set out whole ("Захарова написала в своем Telegram-канале:"
        or "Мария Захарова:" over the post's text). Not a paragraph with a quotation or a
        verb of saying of its own (the story's), nor one ending no sentence, nor a speech
        opened by a dash (read as such)."""
        k = i
        while k < len(self.sents) and self.sents[k].para == self.sents[i].para:
            k += 1
        a, b = strip_span(self.text, self.sents[i].start, self.sents[k - 1].end, " \t")
        if (
            words_in(self.text[a:b]) < _POST_WORDS
            or self.text[a] in DASH  # a speech opened by a dash: read as one
            or not _POST_END.search(self.text, a, b)
            or self.claimed.overlaps(a, b)
            or any(a <= q.outer[0] < b for q in self.quotes)
            or _SOURCE_NAMED.search(self.text, a, b)
            or any(_reporters_verb(w) for t in self.sents[i:k] for w in self.words(t))
        ):
            return []
        return [(a, b)]

    def _quote_below(self, s: Sentence) -> list[tuple[int, int]]:
        """The quotation that is the whole next paragraph, when ``s`` ends its own: "Медведев
        отреагировал на решение Вашингтона в своем Telegram-канале." over "«...»", the post
        set out below with no verb of its own."""
        i = bisect.bisect_right(self._sentence_starts, s.start)
        para = s.para + 1
        if i < len(self.sents) and _POST_LABEL.fullmatch(
            self.text, self.sents[i].start, self.sents[i].end
        ):
            i, para = i + 1, para + 1  # "Публикация:" over the post
        if i >= len(self.sents) or self.sents[i].para != para:
            return []
        nxt = self.sents[i]
        q = self.in_quote(nxt.start)
        if q is None or q.outer[0] != nxt.start or self.is_claimed(q.start):
            return []
        k = i
        while k < len(self.sents) and self.sents[k].para == nxt.para:
            k += 1
        if self.sents[k - 1].end > q.outer[1] + 2 or words_in(self.text[q.start : q.end]) < 6:
            return []  # "«...», — написал он": the paragraph has its own attribution
        return list(q.pieces)

    def _content_end(self, s: Sentence, begin: int, later: list[Cue]) -> int:
        """A later cue that starts its own statement ends this one: "..., — говорится",
        "... и подчеркнул: ...", "..., добавив, что ..."."""
        text = self.text
        for c in later:
            if c.start < begin:
                continue
            lead = text[begin : c.start]
            if re.search(rf",\s*[{DASHES}]+\s*$", lead) or (
                c.kind in ("document", "passive") and lead.rstrip().endswith(",")
            ):
                return begin + lead.rstrip().rstrip(DASH).rstrip().rstrip(",").__len__()
            if c.kind == "gerund" and lead.rstrip().endswith(","):
                return text.rfind(",", begin, c.start)
            own = re.match(r"\s*(?:,\s*)?(?:что|чтобы)\b|\s*:", text[c.end : c.end + 40])
            then = _THEN_SAID.search(lead) if own and c.kind == "verb" else None
            if then and not self.in_quote(c.start):
                # "ответил: «...?», после чего заявил, что ...": the same speaker's next act
                # of saying, its own words after it
                return begin + then.start()
            light = own is None and _light_verb_clause(text, c)
            own = own or light
            tail = max(0, len(lead) - _DASH_THEN_HE_REACH)
            resumed = _DASH_THEN_HE.search(lead, tail) if own and c.kind == "verb" else None
            if resumed and not self.in_quote(c.start):
                # "сказал, что ..., — во вторник он заявил, что ...": after the dash the
                # speaker, named again, says more on another occasion
                return begin + resumed.start()
            if (
                c.kind == "as"
                and not self.in_quote(c.start)
                and (joined := CLAUSE_THEN_ASIDE.search(lead))
                and aside_by_another(text, c, text[s.start : begin + joined.start()])
            ):
                # "..., однако ответа Москва, как подчеркивали в МИД, не получила": the
                # clause after "однако" is the aside's, its subject named after its verb
                return begin + joined.start()
            # "..., а Ван И подчеркнул, что ...", "..., а Зеленский, в свою очередь, обвинил
            # ...": another speaker's own clause
            other = _OTHER_SPEAKER.search(lead)
            if (
                other
                and (own or c.kind == "verb")
                and not self.in_quote(c.start)
                and _names_someone(other["who"])
                and not any(map(morph.predicate, other["who"].split()[_LONG_SUBJECT:]))
            ):
                return begin + other.start()
            named = _NAMED_AFTER_COMMA.search(lead)
            if (
                named
                and own
                and c.kind == "verb"
                and not self.in_quote(c.start)
                and self._person_named(begin + named.start() + 1, c.start)
            ):
                # "Дмитриев назвал публикацию фейком, Ушаков заявил, что ...": a second
                # speaker's own clause, joined by a comma alone
                return begin + named.start()
            if c.kind == "verb" and lead.rstrip().endswith(",") and self._names_source(c, s):
                return text.rfind(",", begin, c.start)
            relative = _RELATIVE_CLAUSE.search(lead)
            if (
                relative
                and not self.in_quote(c.start)
                and (own or not _thing_before(lead[: relative.start()]))
            ):
                return text.rfind(",", begin, c.start)  # "..., который заявил": another speaker
            joint = re.search(
                r"(?:,\s*)?\s(?P<word>и|а|но)\s+(?:(?:также|затем|тут же)\s+)?$", lead
            )
            if (
                joint
                and joint.group().startswith(",")
                and not own
                and self._deed_after_that_clause(begin, c)
            ):
                return begin + joint.start()
            if joint and own and not self.in_quote(c.start):
                if joint["word"] == "но":
                    # "подтвердил, что центр появится, но уточнил, что ...": a reservation
                    # on the same point, one statement that goes on (as "but warned that")
                    continue
                if light and _light_verb_reported(text, s.start, begin, c):
                    continue  # "сообщил, что Путин провел разговор и выразил надежду, что"
                if joint.group() == f" {joint['word']} " and (
                    _reported_predicate(text, s.start, begin, c)
                    or (light and _said_in_past(text, s.start, begin, c))
                ):
                    continue  # "заявил, что Будапешт приветствует встречу и надеется, что"
                return begin + joint.start()
        # "..., передает специальный корреспондент «Ъ» ...": the reporter closes it too
        reporter = _REPORTER_TAIL.search(text, begin, s.end)
        if reporter and not self.in_quote(reporter.start()):
            return reporter.start()
        # "..., передает Анадолу.": the outlet passing the words on closes the sentence
        tail = _OUTLET_TAIL.search(text, begin, s.end)
        if tail and not self.in_quote(tail.start()):
            ws = words(text, tail.start("who"), s.end)
            if ws and (is_outlet(ws[0].text) or re.fullmatch(r"[A-Z][\w.-]*", ws[0].text)):
                return tail.start()
        # "..., передает телеканал «Имеди».", "..., пишет Telegram-канал "X"": an outlet
        # named by what it is and its title closes the sentence as its bare name does
        tail = _MEDIA_TAIL.search(text, begin, s.end)
        if tail and not self.in_quote(tail.start()) and morph.lemmas(tail["noun"]) & MEDIA_NOUNS:
            return tail.start()
        return s.end

    def _deed_after_that_clause(self, begin: int, cue: Cue) -> bool:
        """Whether ``cue`` asks for a deed (", и призвал стороны проявлять сдержанность") after
        a "что"-clause the comma closes: a past verb joined to the main one, not the clause's
        own, so its object is a second statement of the same speaker."""
        return (
            cue.lemma in _ASKING_TO_DO
            and cue.kind == "verb"
            and morph.has_tag(cue.word, "past")  # "и призывает": the clause's own verb
            and not self.in_quote(cue.start)
            and re.search(r"(?:что|чтобы)[\s,]*$", self.text[max(0, begin - 12) : begin])
            is not None
        )

    def _person_named(self, start: int, end: int) -> bool:
        """Whether the words in ``[start, end)`` are all one person's phrase in the
        nominative ("помощник президента Юрий Ушаков")."""
        ws = words(self.text, start, end)
        found = parse(ws, self.text, "nomn", sentence_start=-1, known=self.known)
        return (
            found is not None
            and found.kind == "person"
            and found.start == ws[0].start
            and found.end == ws[-1].end
        )

    def _names_source(self, cue: Cue, s: Sentence) -> bool:
        """ "..., сообщила пресс-служба Кремля.": a verb closing the sentence with the one who
        reported it after it, nothing said after it."""
        rest = self.text[cue.end : s.end]
        if re.search(r"[,:;«»\"“”„]|\b(?:что|чтобы)\b", rest):
            return False
        after = [w for w in self.words(s) if w.start >= cue.end]
        return bool(after) and (
            after[0].text[:1].isupper() or any(is_org(w.text) or is_role(w.text) for w in after)
        )

    def _quote_pieces(self, a: int, b: int) -> list[tuple[int, int]]:
        """A clause that is one quotation is the quote's words; else the clause itself."""
        inside = [q for q in self.quotes_from(a - 1, b + 1) if q.outer[1] <= b + 1]
        if len(inside) == 1 and inside[0].outer[0] <= a and inside[0].outer[1] >= b:
            return list(inside[0].pieces)
        return [(a, b)]

    def _posts_in_apposition(self, a: int, comma: int) -> bool:
        """Whether the words from ``a`` to ``comma`` are a post alone ("статс-секретарь")
        and a comma then another post follows ("..., замглавы МИД"). A post with a verb of
        its own after it opens the words said ("Как рассказала дипломат, посол вручит ноту"),
        and is no second post of the one speaking."""
        if self.text[comma] != ",":
            return False
        before = words(self.text, a, comma)
        after = words(self.text, comma + 1, min(len(self.text), comma + 40))
        if not before or not after or not is_role(after[0].text):
            return False
        clause_end = _PHRASE_END.search(self.text, comma + 1)
        clause = words(self.text, comma + 1, clause_end.start() if clause_end else len(self.text))
        if any(morph.finite_verb(w.text) for w in clause[1:]):
            return False
        if len(before) <= 2 and all(is_role(w.text) for w in before):
            return True
        return _post_with_complements(before)

    def _speaker_end(self, s: Sentence, cue: Cue) -> int:
        """Where the phrase after a cue ends: at punctuation, or at a quotation (a title in
        quote marks, "в интервью «Интерфаксу»", is passed over)."""
        end = s.end
        at = cue.end
        while m := _PHRASE_END.search(self.text, at, s.end):
            comma = self.text[m.start()] == ","
            day = (
                _DAY_ASIDE.match(self.text, m.end()) or _ASIDE.match(self.text, m.end())
                if comma
                else None
            )
            if day is None and (
                self._posts_in_apposition(at, m.start())
                or (comma and fields_go_on(self.text, m.start()))
            ):
                # "заявил статс-секретарь, замглавы МИД Евгений Иванов": two posts of one man
                at = m.end()
                continue
            if day is None:
                end = m.start()
                break
            at = day.end()  # "сделала сегодня, 26 марта, официальный представитель ...", an aside
        for q in self.quotes_from(cue.end, end):
            if words_in(self.text[q.start : q.end]) > 3 and not _names_a_body(self.text, q.outer):
                return q.outer[0]
        return end

    def _before(self, a: int, b: int) -> list[tuple[int, int]]:
        carried = self.in_quote(a)
        if carried and carried.outer[1] >= b and carried.outer[0] < a - 1:
            return list(carried.pieces)  # the end of a quote carried over paragraphs
        return self._quote_pieces(a, b)

    def _sentence_before(self, s: Sentence) -> list[tuple[int, int]]:
        """ "Россия ... программы. Об этом заявил посол": the sentence before is what was said."""
        i = bisect.bisect_left(self._sentence_starts, s.start)
        if i == 0 or s.para - self.sents[i - 1].para > 1:
            return []
        t = self.sents[i - 1]
        if self.is_claimed(t.start):
            return []
        if any(d.sentence.start == t.start and d.pieces[0][0] < t.start for d in self.found):
            # "... Об этом заявил посол. Такое заявление он сделал на встрече": the sentence
            # before is the attribution of a statement read already, no words of its own
            return []
        if POINTING_BACK.match(self.text, t.start, t.end) or anaphora_at(self.text, t.start, t.end):
            # "... Об этом говорится в заявлении МИД. Такое мнение высказал также X": the
            # sentence before points back itself, an attribution with no words of its own
            # (as one read already is, above, whatever order the two were read in)
            return []
        if _spoke_about(self.text, t.start, t.end):
            # "Рябков высказался о встрече. Об этом дипломат заявил журналистам.": the
            # sentence before tells only what he spoke about, no words of his
            return []
        # "Об этом заявил ..." opening a paragraph: the whole paragraph before; in a
        # paragraph's middle, the sentences of it before ("Россия сокращает штаты. Функции
        # сохранятся. Об этом сообщила Захарова."); from after any that is another's
        # statement already
        k = i - 1
        while k > 0 and self.sents[k - 1].para == t.para:
            k -= 1
        whole = self.sents[k:i]
        while len(whole) > 1 and (
            not self._has_verb(whole[0])
            or _spoke_about(self.text, whole[0].start, whole[0].end)
            or self.claimed.overlaps(whole[0].start, whole[0].end)
        ):
            # "МОСКВА, 14 февраля.": a dateline, no sentence said; "Лавров отреагировал на
            # ...": the speaking reported, not its words
            whole = whole[1:]
        first = whole[0] if not self.claimed.overlaps(whole[0].start, whole[0].end) else t
        a, b = strip_span(self.text, first.start, t.end)
        return self._quote_pieces(a, b) if words_in(self.text[a:b]) >= 3 else []

    def _has_verb(self, s: Sentence) -> bool:
        """Whether a sentence holds a predicate: a verb, a short form ("заняты"), "пора", the
        "есть" of "У России есть друзья" (which the dictionary reads as "to eat" first)."""
        ws = words(self.text, s.start, s.end)
        return any(morph.predicate(w.text) for w in ws) or any(
            self._there_is(ws, n) for n, w in enumerate(ws) if w.text.lower() == "есть"
        )

    def _there_is(self, ws: list[Word], n: int) -> bool:
        """Whether the "есть" at ``ws[n]`` is "there is": after "у" and its owner ("У России
        еще есть друзья") or right after a noun opening the clause ("Выход есть"); not "то
        есть", nor "что есть у Европы"."""
        if n and ws[n - 1].text.lower() in _NOT_THERE_IS:
            return False
        for j in range(n - 2, max(-1, n - _OWNER_WORDS - 2), -1):
            if self._clause_break(ws[j + 1], ws[j + 2]):
                break
            if ws[j].text.lower() == "у":
                return True
        opens = n == 1 or (n > 1 and self._clause_break(ws[n - 2], ws[n - 1]))
        return opens and morph.nominative_noun(ws[n - 1].text)

    def _clause_break(self, w: Word, after: Word) -> bool:
        """Whether punctuation stands between two words next to each other."""
        return _CLAUSE_PUNCT.search(self.text, w.end, after.start) is not None

    def _paragraph_before(self, s: Sentence) -> list[tuple[int, int]]:
        """The whole paragraph before the one ``s`` opens, when none of it is claimed."""
        i = bisect.bisect_left(self._sentence_starts, s.start)
        if i == 0 or self.sents[i - 1].para != s.para - 1:
            return []
        k = i - 1
        while k > 0 and self.sents[k - 1].para == self.sents[i - 1].para:
            k -= 1
        first, last = self.sents[k], self.sents[i - 1]
        if self.claimed.overlaps(first.start, last.end):
            return []
        a, b = strip_span(self.text, first.start, last.end)
        return self._quote_pieces(a, b) if words_in(self.text[a:b]) >= 3 else []

    def _previous_quote(self, s: Sentence) -> list[tuple[int, int]]:
        i = bisect.bisect_left(self._sentence_starts, s.start)
        if i == 0 or self.sents[i - 1].para != s.para:
            return []
        prev = self.sents[i - 1]
        q = self.in_quote(prev.start) or self.in_quote(prev.start + 1)
        if q and not self.is_claimed(q.start) and q.outer[1] >= prev.end - 2:
            return list(q.pieces)
        return []

    def _continuation(self, s: Sentence, after: int) -> list[tuple[int, int]]:
        """ "«...», — сказал он, — «...»": the second half of a quote broken by attribution."""
        out = []
        for q in self.quotes_from(after, s.end):
            if not self.is_claimed(q.start):
                between = self.text[after : q.outer[0]]
                if words_in(between) == 0 and re.search(rf"[,{DASHES}]", between):
                    out.extend(q.pieces)
                    after = q.outer[1]
        return out


# "выразил надежду, что ...", "высказал мнение: ...", "дал понять, что ...", "обратил
# внимание на то, что ...": a light verb and its object noun, then the clause said
_LIGHT_THEN_THAT = re.compile(
    r"\s+(?:[а-яё]+\s+)?(?P<noun>[а-яё]+)(?:\s+(?:на\s+то|в\s+том|тем))?"
    r"\s*(?:,\s*(?:что|чтобы)\b|:)",
    re.I,
)


def _light_verb_clause(text: str, cue: Cue) -> bool:
    """Whether a light verb of saying opens its own clause through its object noun
    ("..., и выразил надежду, что ..."): a second statement as "..., и заявил, что ..."."""
    objects = LIGHT_VERBS.get(cue.lemma)
    if not objects or cue.kind != "verb":
        return False
    m = _LIGHT_THEN_THAT.match(text, cue.end, cue.end + 60)
    return m is not None and morph.lemma(m["noun"]) in objects


def _light_verb_reported(text: str, sentence_start: int, begin: int, cue: Cue) -> bool:
    """Whether a light verb joined to the clause said from ``begin`` ("сообщил, что Путин
    провел разговор с Эрдоганом и выразил надежду, что ...") is that clause's second
    predicate, part of what was said, not the speaker's second verb: its number or gender
    is not the speaker's verb's ("Захарова заявила, что Блинкен ... и выразил", "Лавров
    заявил, что США ... и дали понять"), or the clause has a nominative subject of its own
    that the verb agrees with ("Путин провел ... и выразил"; not "отметил, что новые санкции
    не скажутся ..., и выразил надежду": the plural clause is not his)."""
    own = _number_gender(cue.word)
    if own is None:
        return False
    said = [w.text for w in words(text, sentence_start, begin) if morph.finite_verb(w.text)]
    speaker = _number_gender(said[-1]) if said else None
    if speaker is not None and not _agree(speaker, own):
        return True
    clause = [w.text for w in words(text, begin, cue.start)]
    at = next((i for i, w in enumerate(clause) if morph.predicate(w)), None)
    if at is None:
        return False
    subjects = [w for w in clause[:at] if _nominative_gender(w) is not False]
    if not subjects:
        return False  # "заявил, что готов к диалогу и выразил надежду": the speaker's own
    number, gender = _number_gender(clause[at]) or (None, None)
    if number == "sing" and gender is None:
        gender = _nominative_gender(subjects[-1])  # "Россия будет ... и выразила"
    return _agree((number, gender), own)


def _number_gender(word: str) -> tuple[str | None, str | None] | None:
    """The number and gender a verb or short form read first shows ("выразил": singular,
    masculine; "выразили": plural; "будет": singular, no gender), or None."""
    top = morph.parses(word)[:1]
    if not top or top[0].tag.POS not in ("VERB", "PRTS", "ADJS"):
        return None
    tag = top[0].tag
    return tag.number, tag.gender if tag.number != "plur" else None


def _nominative_gender(word: str) -> str | None | bool:
    """The gender of ``word`` as a nominative noun or pronoun (None when it shows none),
    False when it cannot be one."""
    for p in morph.parses(word):
        if p.tag.POS in ("NOUN", "NPRO") and p.tag.case == "nomn":
            return p.tag.gender if p.tag.number != "plur" else None
    return False


def _agree(a: tuple[str | None, str | None], b: tuple[str | None, str | None]) -> bool:
    """Whether two (number, gender) forms can share a subject (what is unknown agrees)."""
    return all(x is None or y is None or x == y for x, y in zip(a, b, strict=True))


def _someone(word: str) -> bool:
    """Whether a verb's object starting with ``word`` is a person or people: an animate
    noun, a pronoun or a name ("гостей", "Вас", "Феридуна")."""
    first = morph.parses(word)[:1]
    return bool(first) and (
        "anim" in first[0].tag or first[0].tag.POS == "NPRO" or morph.is_name_word(word)
    )


def _object_phrase(text: str, head: re.Match[str], lemma: str, end: int) -> bool:
    """Whether a phrase read as a circumstance ("на брифинге,") opens with the preposition
    the verb takes its object by and no clause of what was said follows it ("указал на
    недопустимость давления, говорится в сообщении"): it is the object, what was said."""
    first = re.match(r"\s*(\w+)", head.group())
    if first is None or first.group(1).lower() not in _OBJECT_PREPOSITIONS.get(lemma, ()):
        return False
    return re.match(r"\s*(?:,\s*)?(?:что|чтобы)\b|\s*:", text[head.end() : end]) is None


def _asked_whom(head: re.Match[str], lemma: str) -> bool:
    """Whether the word read as a circumstance is the one a verb of asking to do asks
    ("предложил журналистам вчитаться в текст"): part of the request, as the one urged is
    ("urged the partners to ..."), not a hearer of a statement ("заявил журналистам, что")."""
    return lemma in _ASKING_TO_DO and head.group().strip().lower() == "журналистам"


def _time_then_deed(rest: str, lemma: str) -> bool:
    """Whether what follows a verb of asking to do is a phrase of time, then the infinitive
    of the deed ("предложил в течение года создать ..."): all of it was said."""
    timed = _TIME_BEFORE_DEED.match(rest) if lemma in _ASKING_TO_DO else None
    deed = re.match(r"\w+", rest[timed.end() :]) if timed else None
    return deed is not None and any(p.tag.POS == "INFN" for p in morph.parses(deed.group())[:2])
