"""Reading the Russian noun phrase that names a speaker: title, institution, name, case.

"замглавы МИД РФ Сергей Рябков", "официальный представитель МИД России Мария Захарова",
"российский постпред при ООН Василий Небензя", "пресс-служба МИД Армении", "он", "дипломат".
A phrase is found by its anchor, the first word in the case the syntax asks for (the subject
of "заявил" is nominative, the one after "по словам" genitive) that is a title, an institution,
a pronoun or a name; it runs on through the title's complements ("МИД РФ", "при ООН") to the
name that closes it. Names and titles are put back into the nominative, so "главы МИД РФ
Сергея Лаврова" and "глава МИД РФ Сергей Лавров" are the same speaker.

Which words can be names, posts or bodies is told by :mod:`.name_words`; what a title governs
by :mod:`.title_words`; this module finds the phrase and builds the :class:`Speaker`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tracker.extract.russian import morph
from tracker.extract.russian.lexicon import (
    CHANNELS,
    DESCRIPTION_HEADS,
    MEDIA_NOUNS,
    POSSESSIVES,
    PRONOUNS,
    ROLE_HEADS,
    THE_OTHER,
    UNNAMED,
    word_set,
)
from tracker.extract.russian.name_words import (
    FAMILY_ARTICLES,
    after_first,
    closes_a_title,
    country_of,
    east_asian,
    first_name_before,
    first_name_in,
    in_case,
    is_org,
    is_outlet,
    is_role,
    lemmas,
    name_in_case,
    name_like,
    name_particle,
    name_run,
    names_a_region,
    normal_name,
    not_a_name_part,
    place_as_given_name,
    place_where,
    plain_gap,
    qualifies_a_noun,
    role_in_case,
    surname_shaped,
    two_word_body,
)
from tracker.extract.russian.quoted_bodies import quoted_body
from tracker.extract.russian.text import Word, words
from tracker.extract.russian.title_words import (
    body_name_word,
    institution_of,
    is_time_noun,
    named_by_country,
    opens_occasion,
    place_after,
    title_complement,
    title_word,
)


@dataclass(frozen=True)
class Speaker:
    """A speaker phrase: ``kind`` is person, institution, pronoun or description."""

    kind: str
    text: str
    start: int
    end: int
    name: str | None = None
    role: str | None = None
    institution: str | None = None
    country: str | None = None
    gender: str | None = None
    head: str | None = None


def _title(ws: list[Word], text: str, case: str, gender: str | None) -> str:
    if case == "nomn":
        title = text[ws[0].start : ws[-1].end]
        if title.count("«") > title.count("»") and text.startswith("»", ws[-1].end):
            title += "»"  # "редактор журнала «Эксперт»": the name in guillemets ends the title
        elif title.count('"') % 2 and text.startswith('"', ws[-1].end):
            title += '"'  # 'фракции "Армения"': in straight marks
        elif title.count("„") > title.count("“") + title.count("”"):
            closing = text[ws[-1].end : ws[-1].end + 1]
            title += closing if closing in "“”" else ""
        return title
    said = morph.phrase_nominative([w.text for w in ws], case, gender)
    # the commas of a post that lists its fields ("министра развития, связи и ...") stay
    return "".join(
        word
        + ("," if k + 1 < len(ws) and text[ws[k].end : ws[k + 1].start] == ", " else "")
        + (" " if k + 1 < len(said) else "")
        for k, word in enumerate(said)
    )


# courtesy titles before a name: "господин Лавров", "госпожа Захарова"
_COURTESY_TITLES = frozenset(("господин", "госпожа", "мистер", "миссис", "мисс", "мадам"))


def _fronted_addressee(name: str, pronoun: str) -> bool:
    """Whether ``name`` (a name's last word) right before ``pronoun`` ("он", "она") is one
    addressed: a dative or a name that never declines ("Макрону", "Меркель он"), not one
    that reads as a nominative of the pronoun's gender ("Лавров он", "Захарова она")."""
    if not (morph.has_tag(name, "datv") or morph.undeclined(name)):
        return False
    gender = "masc" if pronoun == "он" else "femn"
    return not any(
        p.tag.POS == "NOUN" and p.tag.case == "nomn" and (gender in p.tag or "Ms-f" in p.tag)
        for p in morph.parses(name)
    )


def parse(
    ws: list[Word],
    text: str,
    case: str,
    *,
    sentence_start: int = -1,
    gender: str | None = None,
    plural: bool = False,
    known=None,
) -> Speaker | None:
    """The speaker phrase among ``ws`` (the words where the syntax puts a subject or a
    possessor), or None."""
    skip_to = -1
    if (
        len(ws) > 2
        and is_role(ws[0].text)
        and is_role(ws[1].text)
        and "," in text[ws[0].end : ws[1].start]
    ):
        ws = ws[1:]  # "статс-секретарь, замглавы МИД Евгений Иванов": one man's two posts
    for i, w in enumerate(ws):
        word = w.text
        low = word.lower()
        if i < skip_to and is_org(word) and not is_role(word):
            continue  # "с генсеком ООН Антониу Гутеррешем": the body is the title's
        if case == "nomn" and low in PRONOUNS and (plural or low != "они"):
            return Speaker("pronoun", word, w.start, w.end, gender=PRONOUNS[low])
        if case == "nomn" and low in THE_OTHER and len(ws) == 1:
            return Speaker("pronoun", word, w.start, w.end, gender=THE_OTHER[low], head="тот")
        # "по его словам"; "«...», — цитирует ее ТАСС": him or her, as the one quoted
        if case in ("gent", "accs") and low in POSSESSIVES and low != "свой":
            return Speaker("pronoun", word, w.start, w.end, gender=POSSESSIVES[low])
        if is_outlet(word) or morph.lemma(word) in _COURTESY_TITLES:
            continue  # ("Господин Лавров, ...": how he is addressed, no part of his name)
        if _news_service(ws, i):
            return None  # "Общественная служба новостей сообщала": an outlet, no speaker
        if lemmas(word) & UNNAMED and case == "nomn" and _after_preposition(ws, i, text):
            continue  # "В беседе со СМИ Рябков заявил": a word that does not decline, governed
        if lemmas(word) & UNNAMED and in_case(word, case, plural) and not _named(ws, i, text, case):
            if interviewed_by_outlet(ws, i):
                return Speaker(
                    "description", text[w.start : ws[i + 1].end], w.start, ws[i + 1].end,
                    role=None, head="собеседник",
                )  # fmt: skip
            return None  # "сообщил источник в МИД": an unnamed source, not the ministry
        if (
            lemmas(word) & CHANNELS  # (media beside those in UNNAMED)
            and morph.has_tag(word, case)  # (not "в Telegram-канале": the dictionary's case)
            and not _named(ws, i, text, case)
            and not (
                i + 1 < len(ws)
                and plain_gap(text, w, ws[i + 1])
                and (is_org(ws[i + 1].text) or is_role(ws[i + 1].text))
            )
        ):
            # "пишет Telegram-канал «Бейбарс»", "сообщает портал ...": a channel or a site
            # named as the source is an outlet, as a paper is, and no speaker; not "канал
            # Минобороны" (the body's own channel: the body speaks)
            return None
        body = two_word_body(ws, i, case)
        if body is not None:  # "Белый дом сообщил", "по словам Белого дома"
            name, country, end = body
            return Speaker(
                "institution", text[w.start : ws[end - 1].end], w.start, ws[end - 1].end,
                name=name, country=country, head=morph.lemma(ws[i + 1].text),
            )  # fmt: skip
        if case == "nomn" and _counterpart(word) and not _named_after(ws, i, text):
            return _colleague(ws, i, text)
        first = w.start == sentence_start
        titled = is_role(word) or is_org(word) or _acting(ws, i)
        if (
            titled
            and word.isupper()
            and not is_role(word)
            and i + 1 < len(ws)
            and plain_gap(text, w, ws[i + 1])
            and is_role(ws[i + 1].text)
            and role_in_case(ws[i + 1].text, case)
        ):
            continue  # "на Генассамблее ООН дипломат заявил": the post after it speaks
        if titled and not is_role(word) and governed(ws, i, text):
            # "по итогам заседания коллегий МИД Беларуси и РФ министр ...": the body belongs
            # to the noun before it, and the title to come is the subject's
            skip_to = _complements_end(ws, i, text)
            continue
        if titled and in_case(word, case, plural) and not _other_noun(word, case, plural):
            found = _from_title(ws, i, text, case, gender, sentence_start)
            if found.kind == "description" and not in_case(word, case):
                return None  # "Эксперты полагают": a group, no one person described
            return found
        if titled:
            # "с главой МИД Японии Таро Коно": a title in another case, with all it governs
            j = i + 1
            while j < len(ws) and (
                (title_word(ws[j].text, case) and not name_like(ws[j], False))
                or body_name_word(ws, j, text)
            ):
                j += 1
            # "в пресс-службе Кремля, Владимир Путин ...": a comma closes the phrase; the
            # name after it is no longer the title's
            if (
                j < len(ws)
                and name_like(ws[j], False)
                and plain_gap(text, ws[j - 1], ws[j])
                and not _subject_after_phrase(ws, i, j, text, case, sentence_start)
                and not _subject_after_body(ws, i, j, text, case, plural)
            ):
                j = _coordinated_end(
                    ws, name_run(ws, j, text, sentence_start), text, sentence_start
                )
            skip_to = j
            continue
        if i < skip_to:
            continue
        quoted = None
        if (
            case == "nomn"
            and not plural
            and not (i and ws[i - 1].text.lower() in _PREPOSITIONS)
            and not titles_a_medium(ws, i, text)
        ):
            quoted = quoted_body(ws, i, text, case, gender)
        if quoted is not None:  # "«Роснефть» заявила": a company named in quotation marks
            name, end = quoted
            return Speaker(
                "institution", text[w.start : ws[end - 1].end], w.start, ws[end - 1].end,
                name=name, head=morph.lemma(w.text),
            )  # fmt: skip
        if i and _place_named(ws[i - 1].text) and plain_gap(text, ws[i - 1], w):
            # "во дворце Долмабахче", "на площади Тахрир": the place's own name
            skip_to = name_run(ws, i, text, sentence_start)
            continue
        if (
            (not first and first_name_before(ws, i, text))
            or (first and place_as_given_name(ws, i, text))
            or (case == "nomn" and _thing_as_given_name(ws, i, text))
        ):
            end = name_run(ws, i + 1, text, sentence_start)  # "Хаканом Фиданом"
        elif (
            name_like(w, first)
            or (first and surname_shaped(word))
            or (known is not None and word[:1].isupper() and known(word))
        ):
            end = max(name_run(ws, i, text, sentence_start), i + 1)
        else:
            continue
        if case == "nomn" and _given_name_after_particles(ws, i, end, text):
            skip_to = i + 1  # "с госпожой Фон дер Ляйен Эммануэль Макрон"
            continue
        split = case == "nomn" and next(
            (
                j
                for j in range(i + 1, end)
                if name_particle(ws[j - 1].text.lower())
                and not name_particle(ws[j].text.lower())
                and _given_name_after_particles(ws, j, end, text)
            ),
            None,
        )
        if split:
            skip_to = split + 1  # "с Урсулой фон дер Ляйен Олаф Шольц": hers ends at Ляйен
            continue
        if case == "nomn" and _after_preposition(ws, i, text) and _governed_alone(ws, i, end):
            # "в ходе встречи с Мелони Эрдоган заявил": the surname after the preposition,
            # which does not decline, is its object; the subject's name follows it
            skip_to = i + 1
            continue
        if (
            case == "nomn"
            and _after_preposition(ws, i, text)
            and (not morph.known(ws[end - 1].text) or morph.undeclined(ws[end - 1].text))
        ):
            # "пресс-конференция с Шольцем": a surname the dictionary lacks takes its case
            # from the preposition, as do the names joined to it; so does one that never
            # declines ("в ходе беседы с Меркель российская сторона указала")
            skip_to = _coordinated_end(ws, end, text, sentence_start)
            continue
        if not all(
            name_in_case(x.text, case, given=n == 0 and end - i > 1)
            for n, x in enumerate(ws[i:end])
            if len(x.text) > 1
            and not (n and east_asian(ws[i + n - 1].text))
            # "по словам Ван И", "Линь Цзяня": a Chinese or Korean surname does not decline
            and not (n == 0 and end - i > 1 and east_asian(x.text))
            and not (n and ws[i + n - 1].text in FAMILY_ARTICLES)  # "Аль Тани" in any case
            and not (n == 0 and end - i > 1 and _hers(x.text, case, gender))
            # "Хавьер Милей": a foreign surname the dictionary reads as a common word takes
            # the case of the first name before it
            and not (n and first_name_in(ws[i + n - 1].text, case))
        ) and not (case == "nomn" and end == i + 1 and known is not None and known(word, True)):
            # (a surname alone in the form the article named it in is that nominative, though
            # the dictionary reads a common noun's case: "Кошта" is no "кошт")
            skip_to = end  # "с послом Томасом Шэнноном": a name in another case
            continue
        if (
            case == "nomn"
            and end < len(ws)
            and plain_gap(text, ws[end - 1], ws[end])
            and (name_like(ws[end], False) or _thing_as_given_name(ws, end, text))
        ):
            # "(с главой МИД КНР) Ван И Лавров": a name right before another is governed by
            # the words before it, which the clause read from here has left out
            skip_to = end
            continue
        if (
            case == "nomn"
            and end < len(ws)
            and plain_gap(text, ws[end - 1], ws[end])
            and ws[end].text.lower() in ("он", "она")
            and _fronted_addressee(ws[end - 1].text, ws[end].text.lower())
        ):
            # "Макрону он сказал, что ...": a name right before "он" is the one addressed,
            # fronted; the pronoun is the subject (not "Сергей Лавров он сказал", "Мария
            # Захарова она подтвердила": a subject the pronoun repeats)
            skip_to = end
            continue
        lone = end == i + 1 and first
        lone = lone and (not morph.is_name_word(word) or morph.mostly_a_pronoun(word))
        if lone and not (known is not None and known(word)) and not surname_shaped(word):
            continue  # a capitalised first word that is no name: "Дума", "Москва"
        if _quoted_alone(text, w.start, ws[end - 1].end):
            # "В эфире «России-24» он пояснил": a name set alone in quotation marks is a
            # channel's, a paper's or a firm's, never a person's
            skip_to = end
            continue
        name, g = normal_name(ws[i:end], case, gender)
        if not name:
            continue
        return Speaker(
            "person", text[w.start : ws[end - 1].end], w.start, ws[end - 1].end, name, gender=g
        )
    return None


def titles_a_medium(ws: list[Word], i: int, text: str) -> bool:
    """Whether the name in quotation marks at ``ws[i]`` is the title of the medium named
    right before it ("в эфире телеканала «Пинк»", "в эфире "Пинк""): that noun's own name,
    governed with it, and no subject of the verb."""
    if i == 0 or text[ws[i - 1].end : ws[i].start].strip() not in ("«", '"', "„", "“"):
        return False
    return bool(lemmas(ws[i - 1].text) & (UNNAMED | MEDIA_NOUNS | _AIR))


_AIR = word_set("эфир программа передача")


def _quoted_alone(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands alone between quotation marks ("«России-24»"), or
    between straight ones as many sites type them ('корреспондентом "Новости-Армения"'): a
    name so set off is a title, never a person's."""
    if start > 0 and text[start - 1] == '"' and text[end : end + 1] == '"':
        return True
    return start > 0 and text[start - 1] in "«„“" and text[end : end + 1] in ("»", "“", "”")


# common nouns of bodies and firms, standing before their name as no given name does
_BODY_NOUNS = word_set(
    "концерн компания команда группа холдинг корпорация фонд завод комбинат фирма банк "
    "агентство издательство театр клуб союз партия движение объединение институт центр "
    "ассоциация общество предприятие корабль самолёт самолет"
)


def _thing_as_given_name(ws: list[Word], i: int, text: str) -> bool:
    """Whether ``ws[i]`` is a given name the dictionary knows only as a thing ("Хакан",
    "Жордан", "Алмаз"), right before a surname, the two closing the subject's words (or
    repeated by "он"/"она"): "Хакан Фидан он сообщил", "с Ле Пен Жордан Барделла заявил". A
    person's calling before a surname ("Политолог Марков", "Адвокат Гарсия") is animate, and
    so no such thing."""
    w = ws[i]
    rest = [x.text.lower() for x in ws[i + 2 :]]
    if not (rest == [] or rest in (["он"], ["она"])) or i + 1 >= len(ws):
        return False
    if not w.text[:1].isupper() or w.text.isupper() or not plain_gap(text, w, ws[i + 1]):
        return False
    if country_of(w.text) or is_org(w.text) or is_role(w.text) or is_outlet(w.text):
        return False
    found = morph.parses(w.text)
    if any(p.normal_form in _BODY_NOUNS for p in found):
        return False  # "Концерн Калашников сообщил", "Команда Байдена он сообщил": a body
    # (a being's noun, "Хакан" the khagan, only where "он" repeats the whole and the surname
    # is one the dictionary lacks: "Хакан Фидан он сообщил"; no calling stands so)
    beings = ("inan", "anim") if rest and not morph.known(ws[i + 1].text) else ("inan",)
    return (
        morph.known(w.text)
        and all(
            p.tag.POS == "NOUN"
            and p.tag.animacy in beings
            and p.tag.number == "sing"
            and not {"Geox", "Orgn", "Abbr"} & p.tag.grammemes
            for p in found
        )
        and found[0].tag.case == "nomn"
        and name_like(ws[i + 1], False)
        and (not morph.known(ws[i + 1].text) or _surname_known(ws[i + 1].text))
    )


def _surname_known(word: str) -> bool:
    return any("Surn" in p.tag.grammemes for p in morph.parses(word)[:2])


def _hers(word: str, case: str, gender: str | None) -> bool:
    """A given name the dictionary reads only as a man's in another case, where a woman's
    stands: "Кая" ("of Кай") as the subject of "заявила", "Каю" ("to Кай") as the one
    "цитирует ТАСС" quotes; her own name, which the dictionary lacks."""
    if not (case == "nomn" and gender == "f" and word.endswith(("а", "я"))) and not (
        case == "accs" and word.endswith("ю")
    ):
        return False
    names = [p for p in morph.parses(word) if "Name" in p.tag.grammemes]
    return bool(names) and all(p.tag.gender == "masc" and p.tag.case != case for p in names)


# Prepositions, none of which governs the nominative
_PREPOSITIONS = word_set(
    "в во на о об обо при по с со к ко у от из за для через без до после между перед "
    "передо над под про"
)


def _after_preposition(ws: list[Word], i: int, text: str) -> bool:
    """Whether the name at ``ws[i]`` is governed by the preposition right before it, in a
    case no subject stands in; a courtesy title may stand between them ("на встрече с
    господином Помпео", "после беседы с госпожой Бербок")."""
    k = i - 1
    if k > 0 and morph.lemma(ws[k].text) in _COURTESY_TITLES and plain_gap(text, ws[k], ws[i]):
        k -= 1
    return k >= 0 and ws[k].text.lower() in _PREPOSITIONS and plain_gap(text, ws[k], ws[k + 1])


def _subject_after_phrase(
    ws: list[Word], i: int, j: int, text: str, case: str, sentence_start: int
) -> bool:
    """Whether the name at ``ws[j]``, right after a title or body in another case at
    ``ws[i]``, is no apposition to it but the clause's subject: "На совещании с членами
    правительства Путин", "на заседании Совбеза Путин" (a name the dictionary declines,
    in the nominative and never in the case of the phrase before it). A name it cannot
    decline ("с главой МИД Японии Таро Коно") stays the title's."""
    if case != "nomn":
        return False
    readings = [p for p in morph.parses(ws[i].text) if p.tag.POS == "NOUN"]
    if any(p.tag.case == "gent" and p.tag.number == "sing" for p in readings):
        # "правительства", "Совбеза": the genitive after a noun, no plural subject
        readings = [p for p in readings if p.tag.number == "sing"]
    cases = {p.tag.case for p in readings}
    if not cases or "nomn" in cases or east_asian(ws[j].text):
        return False  # ("Китая Ван И": a Chinese name reads in no case)
    end = name_run(ws, j, text, sentence_start)
    name = [w.text for w in ws[j:end] if len(w.text) > 1]
    return (
        bool(name)
        and all(morph.known(w) for w in name)
        and all(name_in_case(w, "nomn") for w in name)
        and not any(name_in_case(w, c) for w in name for c in cases)
    )


def _subject_after_body(ws: list[Word], i: int, j: int, text: str, case: str, plural: bool) -> bool:
    """Whether the name at ``ws[j]`` after a body named by its own capitalised name in an
    oblique case ("В Госдуме Руденко заявил", "на заседании Госдумы Руденко", "в Кремле
    Шойгу") is the clause's subject even when the name does not decline: a body's own
    name takes no person's name in apposition, and no person owns it ("с главой МИД Японии
    Таро Коно" has a post before the body, which keeps the name; "в администрации
    Порошенко" has a common noun, which may take a possessor; a plural verb has some other
    subject)."""
    if case != "nomn" or plural or j - i > 3:
        return False
    phrase = ws[i:j]
    if any(is_role(w.text) or not w.text[:1].isupper() for w in phrase):
        return False
    if not all(plain_gap(text, ws[k], ws[k + 1]) for k in range(i, j)):
        return False
    readings = [p for p in morph.parses(ws[i].text) if p.tag.POS == "NOUN"]
    if not readings or any(p.tag.case == "nomn" for p in readings):
        return False
    end = name_run(ws, j, text, sentence_start=-1)
    name = [w.text for w in ws[j:end] if len(w.text) > 1]
    if not name or not all(name_in_case(w, "nomn") and not _declined(w) for w in name):
        return False
    # "В Кремле Токаева заверил президент": a verb right after the name agrees with it
    if end < len(ws) and plain_gap(text, ws[end - 1], ws[end]):
        verb = [
            p
            for p in morph.parses(ws[end].text.lower())
            if p.tag.POS == "VERB" and "past" in p.tag.grammemes
        ]
        gender = verb[0].tag.gender if verb and not ws[end].text[:1].isupper() else None
        if gender in ("masc", "femn") and not all(_of_gender(w, gender) for w in name):
            return False
    return True


def subject_after_body(ws: list[Word], i: int, j: int, text: str) -> bool:
    """Whether the name at ``ws[j]`` after a body's own name at ``ws[i:j]`` in an oblique
    case is a subject ("На заседании Совбеза Шойгу доложил"), not one of the body's."""
    return _subject_after_body(ws, i, j, text, "nomn", False)


# The oblique cases a declined name may stand in after a body ("Токаева", "Володина")
_OBLIQUE = frozenset(["gent", "datv", "accs", "ablt", "loct"])


def _declined(word: str) -> bool:
    """Whether a name word may be an oblique case of a declined name ("Токаева" of
    "Токаев"), not only an undeclined one ("Руденко", "Шойгу") or a nominative."""
    return any(
        p.tag.case in _OBLIQUE and "Fixd" not in p.tag.grammemes
        for p in morph.parses(word)
        if p.tag.POS in ("NOUN", "ADJF", None) and p.tag.number != "plur"
    )


def _of_gender(word: str, gender: str) -> bool:
    """Whether a name word in the nominative may be of ``gender`` (an undeclined surname
    is of either)."""
    readings = [
        p
        for p in morph.parses(word)
        if p.tag.POS in ("NOUN", "ADJF", None) and p.tag.case == "nomn" and p.tag.number != "plur"
    ]
    return not readings or any(
        p.tag.gender == gender or "ms-f" in p.tag.grammemes for p in readings
    )


# A given name's and a patronymic's initials before a surname: "В.А.Небензи", "С. В. Лаврова"
_PATRONYMIC_INITIALS = re.compile(r"[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ][а-яё]")


def _given_name_after_particles(ws: list[Word], i: int, end: int, text: str) -> bool:
    """Whether ``ws[i]`` is a surname joined to its particles right after a preposition and
    a given name follows it ("с госпожой Фон дер Ляйен Эммануэль Макрон"): the surname,
    which does not decline, is the preposition's object; the name after it the subject's."""
    k = i - 1
    while k >= 0 and name_particle(ws[k].text.lower()) and plain_gap(text, ws[k], ws[k + 1]):
        k -= 1
    if k == i - 1 or i + 2 >= end:
        return False
    if not _after_preposition(ws, k + 1, text) and not (
        # "с Урсулой фон дер Ляйен Олаф Шольц": her given name between the preposition and
        # the particles
        k > 0 and ws[k].text[:1].isupper() and _after_preposition(ws, k, text)
    ):
        return False
    given = ws[i + 1].text
    if morph.known(given) and any(
        "Name" in p.tag.grammemes and p.tag.case == "nomn" for p in morph.parses(given)[:1]
    ):
        return True
    # "с Фон дер Ляйен Олаф Шольц", "с Ле Пен Жордан Барделла": a given name the dictionary
    # lacks (or reads as a common noun), then a surname, no particle of a longer name among
    # them and none in an oblique case's ending
    rest = [w.text for w in ws[i + 1 : end]]
    return all(
        not name_particle(w.lower())
        and name_in_case(w, "nomn")
        and not (not morph.known(w) and w.endswith(_OBLIQUE_ENDINGS))
        for w in rest
    )


# endings of a name declined out of the nominative ("Олафом Шольцем", "Анналеной")
_OBLIQUE_ENDINGS = ("ом", "ем", "ём", "ым", "им", "ой", "ей", "ою", "ую")


def _governed_alone(ws: list[Word], i: int, end: int) -> bool:
    """Whether the run of capitalised words ``ws[i:end]`` after a preposition is two: the
    preposition's object alone (a surname that does not decline, a place), then a name
    that reads only as a nominative ("с Бербок Лавров", "с Моди Сергей Лавров", "В Анкаре
    Эрдоган"): the words of one name agree in case."""
    first, rest = ws[i].text, [w.text for w in ws[i + 1 : end]]
    if not rest or east_asian(first) or name_particle(rest[0]):
        return False  # "с Ван И", "с Лулой да Силвой": one name
    if place_where(ws[i - 1].text, first):
        return True  # "В Минске Лукашенко", "в Софии Радев": no name opens with a town
    if morph.known(first) and any("Name" in p.tag.grammemes for p in morph.parses(first)):
        return False  # "с Анналеной Бербок": a given name opens the one name (a guess for
        # a word the dictionary lacks is none: "с господином Гросси Алексей Лихачев")
    return morph.known(rest[-1]) and all(morph.nominative_only(w) for w in rest)


def _coordinated_end(ws: list[Word], end: int, text: str, sentence_start: int) -> int:
    """The end of the names joined by "и" to the one ending at ``end``, which share its
    case ("с Лавровым и Марко Рубио": Rubio too is governed by "с")."""
    while (
        end + 1 < len(ws)
        and ws[end].text == "и"
        and plain_gap(text, ws[end - 1], ws[end])
        and name_like(ws[end + 1], False)
    ):
        end = max(name_run(ws, end + 1, text, sentence_start), end + 2)
    return end


# Buildings, squares and streets, bases, towns and regions: a capitalised word right after
# one names the place ("на военной базе Элмендорф-Ричардсон", "в штате Аляска", "в провинции
# Идлиб"), no one standing beside it
_NAMED_PLACES = word_set(
    "дворец резиденция отель гостиница особняк площадь проспект улица бульвар набережная "
    "аэропорт вокзал комплекс зал парк сквер мечеть собор монастырь вилла крепость замок "
    "база авиабаза аэродром космодром полигон порт лагерь стадион курорт остров полуостров "
    "город село деревня поселок посёлок штат провинция округ"
)


def _place_named(word: str) -> bool:
    """Whether ``word`` is a lower-case noun of a place that takes a name after it."""
    return word.islower() and bool(lemmas(word) & _NAMED_PLACES)


# Posts held for someone, whose name in the genitive may follow: "пресс-секретарь Токаева"
_AIDES = frozenset(
    ["пресс-секретарь", "помощник", "советник", "представитель", "спикер", "заместитель",
     "пресс-атташе", "спецпредставитель", "спецпосланник", "посланник", "секретарь"]
)  # fmt: skip


def _other_noun(word: str, case: str, plural: bool) -> bool:
    """A word that names a post only in another case: "политика" in the nominative is
    "policy" ("Мировая политика", a newspaper's rubric), the post "политик" only in the
    genitive."""
    if word.lower().startswith("экс-"):
        word = word[4:]  # "экс-президент"
    if not is_role(word) or is_org(word) or not morph.known(word):
        return False
    posts = [p for p in morph.parses(word) if p.normal_form.replace("ё", "е") in ROLE_HEADS]
    return bool(posts) and not any(
        (p.tag.case == case or "Fixd" in p.tag.grammemes) and (plural or p.tag.number != "plur")
        for p in posts
    )


def _acting(ws: list[Word], i: int) -> bool:
    """ "исполняющий обязанности постпреда": an acting post, a title as "врио" is (the
    participle heads it, and the post it stands in for follows in the genitive)."""
    return (
        i + 1 < len(ws)
        and morph.lemma(ws[i + 1].text) == "обязанность"
        and any(
            p.tag.POS == "PRTF" and p.normal_form == "исполнять" for p in morph.parses(ws[i].text)
        )
    )


def _genitive_before(word: str, following: str) -> bool:
    """Whether a capitalised word before a first name is whose ("Представитель Зеленского
    Сергей Никифоров"): the analyser reads it in the genitive and never in the nominative,
    or as a surname in the genitive and in the nominative only of the other sex ("Путина" is
    a woman's nominative, "Путина Дмитрий" no one's name)."""
    found = [p for p in morph.parses(word) if p.tag.POS in ("NOUN", "ADJF")]
    sexes = {
        p.tag.gender for p in morph.parses(following) if "Name" in p.tag and p.tag.case == "nomn"
    }
    if not any(p.tag.case == "gent" for p in found):
        return False
    if not any(p.tag.case == "nomn" for p in found):
        return True
    return (
        bool(sexes)
        and any(p.tag.case == "gent" and "Surn" in p.tag for p in found)
        and not any(p.tag.case == "nomn" and p.tag.gender in sexes for p in found)
    )


def _nominative_of(word: str, gender: str) -> bool:
    """Whether a name word the dictionary knows can be a nominative of ``gender`` ("m",
    "f"): "Путина" is a woman's surname or a man's in the genitive."""
    if not morph.known(word):
        # a surname the dictionary lacks: "-ова", "-ина" after a man's verb is his genitive
        return not (gender == "m" and word.lower().endswith(("ова", "ева", "ёва", "ина", "ына")))
    want = "masc" if gender == "m" else "femn"
    return any(
        p.tag.case == "nomn" and (p.tag.gender in (want, None) or "Ms-f" in p.tag.grammemes)
        for p in morph.parses(word)
        if p.tag.POS in ("NOUN", "ADJF", None) and p.tag.number != "plur"
    )


def _news_service(ws: list[Word], i: int) -> bool:
    """ "служба новостей", "новостная служба": a news outlet named by what it is."""
    low = ws[i].text.lower()
    if not low.startswith("служб"):
        return False
    after = ws[i + 1].text.lower() if i + 1 < len(ws) else ""
    before = ws[i - 1].text.lower() if i > 0 else ""
    return after.startswith("новост") or before.startswith(("новостн", "информационн"))


def _named_in_apposition(
    ws: list[Word], j: int, text: str, case: str, gender: str | None, sentence_start: int
) -> Speaker | None:
    """The person a title names through an apposition after a comma: ", полковник в
    отставке Виктор Литовкин" (a few lower-case words, then the name that ends the phrase),
    or a second post with its own name: "Председатель Африканского союза, президент Коморских
    Островов Азали Ассумани" (one man's two posts, the name closing the second)."""
    if j >= len(ws) or text[ws[j - 1].end : ws[j].start].strip() != ",":
        return None
    if is_role(ws[j].text) and role_in_case(ws[j].text, case):
        second = _from_title(ws, j, text, case, gender, sentence_start)
        if second.kind == "person":
            return second
    for k in range(j, min(len(ws), j + 6)):
        w = ws[k]
        if k > j and text[ws[k - 1].end : w.start] != " ":
            return None
        if w.text[:1].isupper():
            if not name_like(w, False):
                return None
            end = name_run(ws, k, text, sentence_start)
            if end - k < 2 or (end < len(ws) and text[ws[end - 1].end : ws[end].start] == " "):
                return None  # a full name that closes the phrase
            name, g = normal_name(ws[k:end], case, gender)
            return Speaker("person", text[w.start : ws[end - 1].end], w.start, ws[end - 1].end,
                           name=name, gender=g)  # fmt: skip
        if any(p.tag.POS in ("VERB", "GRND", "PRTF", "CONJ") for p in morph.parses(w.text)[:1]):
            return None
    return None


def listed_fields(ws: list[Word], j: int, text: str) -> bool:
    """Words from ``j`` (after a comma) go on listing the fields of the post before it in the
    genitive and close the list with "и" before a name: "цифрового развития, связи и
    массовых коммуникаций Максут Шадаев"."""
    if not _genitive_word(ws[j - 1].text):
        return False
    closed = False
    for k in range(j, min(len(ws), j + 12)):
        word = ws[k].text
        if k > j and text[ws[k - 1].end : ws[k].start] not in (" ", ", "):
            return False
        if word == "и":
            closed = k > j
        elif word[:1].isupper():
            return (
                closed
                and k > j + 1
                and plain_gap(text, ws[k - 1], ws[k])
                and name_like(ws[k], False)
            )
        elif not _genitive_word(word):
            return False
    return False


def fields_go_on(text: str, comma: int) -> bool:
    """Whether the comma at ``comma`` only parts the fields of one post's list ("по словам
    министра цифрового развития, связи и массовых коммуникаций Максута Шадаева, ..."), so
    the phrase naming the speaker does not end there."""
    ws = words(text, max(0, comma - 40), min(len(text), comma + 160))
    k = next((n for n, w in enumerate(ws) if w.start > comma), None)
    return bool(k) and text[comma : ws[k].start] == ", " and listed_fields(ws, k, text)


def _genitive_word(word: str) -> bool:
    """A lower-case noun or adjective in the genitive ("связи", "массовых")."""
    return word.islower() and any(
        p.tag.POS in ("NOUN", "ADJF") and p.tag.case == "gent" for p in morph.parses(word)[:2]
    )


def _genitive_noun(word: str) -> bool:
    return word.islower() and any(
        p.tag.POS == "NOUN" and p.tag.case == "gent" for p in morph.parses(word)[:2]
    )


def _counterpart(word: str) -> bool:
    """ "коллега", "визави" in the nominative: someone's counterpart, not that someone."""
    return any(
        p.normal_form in ("коллега", "визави") and p.tag.case == "nomn" and p.tag.number == "sing"
        for p in morph.parses(word)
    )


def _named_after(ws: list[Word], i: int, text: str) -> bool:
    """ "турецкий коллега Хакан Фидан": a full name in the nominative right after the word
    names the colleague; "коллега Лаврова" names the other side."""
    if i + 1 >= len(ws) or not plain_gap(text, ws[i], ws[i + 1]):
        return False
    if first_name_before(ws, i + 1, text):
        end = name_run(ws, i + 2, text, -1)  # "Хакан Фидан": a first name read as a noun
    elif name_like(ws[i + 1], False):
        end = name_run(ws, i + 1, text, -1)
    else:
        return False
    return end - (i + 1) >= 2 and all(name_in_case(w.text, "nomn") for w in ws[i + 1 : end])


def _colleague(ws: list[Word], i: int, text: str) -> Speaker:
    """ "Американский коллега Лаврова", "его турецкий визави": a description whose country
    (from the adjectives before it) tells who is meant; the one named after it is the other
    side."""
    start = _adjectives_before(ws, i, "nomn", text)
    while start > 0 and ws[start - 1].text.lower() in POSSESSIVES:
        start -= 1
    country = next((c for w in ws[start:i] if (c := country_of(w.text))), None)
    role = text[ws[start].start : ws[i].end]
    return Speaker(
        "description", role, ws[start].start, ws[i].end, role=role, country=country,
        head="коллега",
    )  # fmt: skip


_MEDIA_HEADS = frozenset(["агентство", "газета", "издание", "телеканал", "радиостанция", "журнал"])


def _named(ws: list[Word], i: int, text: str, case: str) -> bool:
    """ "эксперт РСМД Андрей Кортунов", "аналитик Игорь Юшков": the word that would make a
    source unnamed, with the person's name after it (its body between, if any)."""
    for j in range(i + 1, min(len(ws), i + 4)):
        if not plain_gap(text, ws[j - 1], ws[j]):
            return False
        if j == i + 1 and morph.lemma(ws[i].text) in _MEDIA_HEADS:
            return False  # "агентство Франс Пресс": the outlet's own name, no person
        if name_like(ws[j], False) and (j + 1 < len(ws) and after_first(ws[j])):
            return (
                plain_gap(text, ws[j], ws[j + 1])
                and ws[j + 1].text[:1].isupper()
                and all(name_in_case(w.text, case) for w in ws[j : j + 2])
            )
    return False


def interviewed_by_outlet(ws: list[Word], i: int) -> bool:
    """ "собеседник агентства": the one an agency interviewed, named before; not
    "собеседник агентства в МИД" (an unnamed source)."""
    if morph.lemma(ws[i].text) != "собеседник" or i + 1 >= len(ws):
        return False
    owner = ws[i + 1].text.lower()
    if not (is_outlet(owner) or morph.lemma(owner) in ("агентство", "издание", "газета")):
        return False
    return not (i + 2 < len(ws) and ws[i + 2].text.lower() in ("в", "во", "из", "на"))


def _adjectives_before(ws: list[Word], i: int, case: str, text: str) -> int:
    """Agreeing adjectives before the head ("российский постпред", "официальный представитель"),
    singular as the one person's post is: "В минувшие выходные генсек" has none; of the
    head's gender ("Позднее МИД РФ уточнил": a neuter form, the adverb's twin, is no
    adjective of "МИД"); nor a form that reads as a comparative, which stands before a
    noun only as an adverb ("Позднее Минобороны сообщило": later); nor a word a comma or
    other mark parts from the head, which closes a phrase of its own ("Кроме того, МИД
    пообещал": "того" is the pronoun of "кроме того", no adjective of "МИД")."""
    genders = _genders(ws[i].text, case)
    while (
        i > 0
        and not text[ws[i - 1].end : ws[i].start].strip()
        and not morph.has_tag(ws[i - 1].text, "COMP")
        and any(
            p.tag.POS == "ADJF"
            and p.tag.case == case
            and p.tag.number != "plur"
            and _agrees(p.tag.gender, genders, ws[i].text)
            for p in morph.parses(ws[i - 1].text)
        )
    ):
        i -= 1
    return i


def _genders(word: str, case: str) -> set[str | None]:
    """The genders ``word`` has as a singular noun in ``case`` (None: common or unknown)."""
    return {
        p.tag.gender for p in morph.parses(word) if p.tag.case == case and p.tag.number != "plur"
    }


def _agrees(gender: str | None, genders: set[str | None], head: str) -> bool:
    """Whether an adjective of ``gender`` can modify a head of ``genders``: the same gender,
    or a feminine one before a man's post held by a woman ("британская министр")."""
    if not genders or None in genders or gender is None or gender in genders:
        return True
    return gender == "femn" and "masc" in genders and is_role(head)


def governed(ws: list[Word], i: int, text: str) -> bool:
    """Whether the word at ``i`` follows a noun that governs it in the genitive
    ("коллегий МИД", "заседания СБ ООН"), with nothing but a space between; the noun may be
    a body's own name after a preposition ("на Генеральной Ассамблее ООН"), though no post.
    A noun of time governs none: "Вечером того же дня МИД опубликовал" says when."""
    if i == 0 or not plain_gap(text, ws[i - 1], ws[i]) or is_time_noun(ws[i - 1].text):
        return False
    before = ws[i - 1].text
    found = morph.parses(before)
    if not found or found[0].tag.POS != "NOUN":
        return False
    if before.islower():
        return found[0].tag.case == "gent" or _retelling(ws, i, found[0])
    return found[0].tag.case == "loct" and not is_role(before)


# Nouns of retelling: "в изложении министерства", "в пересказе пресс-службы" say whose
# account it is, so the body after them is theirs; any other noun after "в"/"на" is a
# place or occasion ("На пресс-конференции Кремль", "В итоге МИД") and governs nothing.
_RETELLING_NOUNS = frozenset({"изложение", "пересказ", "трактовка", "интерпретация"})


def _retelling(ws: list[Word], i: int, noun) -> bool:
    """Whether the lower-case noun before ``i`` is one of retelling in the locative after
    "в" ("в изложении МИД")."""
    return (
        i > 1
        and ws[i - 2].text.lower() in ("в", "во")
        and noun.tag.case == "loct"
        and noun.normal_form in _RETELLING_NOUNS
    )


def _complements_end(ws: list[Word], i: int, text: str) -> int:
    """Past a body's name and its country complements ("МИД Беларуси и РФ"), up to the next
    post word or anything else."""
    j = i + 1
    while j < len(ws) and plain_gap(text, ws[j - 1], ws[j]) and not is_role(ws[j].text):
        if not (ws[j].text == "и" or is_org(ws[j].text) or country_of(ws[j].text)):
            break
        j += 1
    return j


def _declined_body(word: str) -> bool:
    """Whether ``word`` can be a body named in the genitive inside a title ("Совфеда",
    "Минобороны", "Росатома"): it ends in a vowel, as such a genitive does; a foreign first
    name in a consonant ("Бадр", "Фейсал") is the name's own first word."""
    return word[-1:].lower() in "аяыиуюео" and not east_asian(word)


# The name of a journal, party or company in guillemets: "журнала «Россия в глобальной политике»"
# (or in straight or German marks, as many sites write it: 'фракции "Армения"', its first and
# last letters touching the marks, so that a closing mark is not read as an opening one)
_QUOTED_NAME = re.compile(
    r' ?(?:«[^«»\n]{1,60}»|"(?=\w)[^"\n]{1,60}(?<=\w)"|„(?=\w)[^„“”\n]{1,60}(?<=\w)[“”]) ?'
)
_OPENING_MARKS = '«"„'
_QUOTED_NAME_WORDS = 6


def _past_quoted_name(ws: list[Word], j: int, text: str) -> int:
    """The index of the word after the name in guillemets that opens at the gap before word
    ``j`` ("журнала «Мир в политике» Федор Иванов": the journal's name belongs to the title,
    and the person's name follows it), or -1 when no short name in guillemets is there."""
    marks = [text.find(c, ws[j - 1].end, ws[j].start + 1) for c in _OPENING_MARKS]
    opening = min((at for at in marks if at >= 0), default=-1)
    m = _QUOTED_NAME.match(text, max(opening, 0))
    if opening < 0 or m is None:
        return -1
    k = j
    while k < len(ws) and ws[k].start < m.end():
        k += 1
    if k - j > _QUOTED_NAME_WORDS or k >= len(ws) or text[m.end() : ws[k].start].strip():
        return -1
    return k


def _name_in_its_case(
    ws: list[Word], j: int, end: int, text: str, case: str, sentence_start: int
) -> tuple[int, int]:
    """The name closing a title: the one from ``j`` to ``end``, or, when that one is in
    another case, the name right after it ("президента Владимира Путина Юрий Ушаков",
    "с главой МИД Турции Хаканом Фиданом Лавров": whose or with whom, then who)."""
    if end < len(ws) and not all(name_in_case(x.text, case) for x in ws[j:end]):
        after = name_run(ws, end, text, sentence_start)
        if after > end and plain_gap(text, ws[end - 1], ws[end]):
            return end, after
    return j, end


def _from_title(
    ws: list[Word], i: int, text: str, case: str, gender: str | None, sentence_start: int
) -> Speaker:
    start = _adjectives_before(ws, i, case, text)
    # the name that closes the title, if one follows within the phrase
    j = i + 1
    name_at = name_end = -1
    while j < len(ws):
        gap = text[ws[j - 1].end : ws[j].start]
        opens = any(c in gap for c in _OPENING_MARKS)
        if (opens and (j - 1 > i or ws[j].text[:1].isupper())) or _QUOTED_NAME.fullmatch(gap):
            # "редактор журнала «Эксперт» Олег Смирнов"; "Председатель «Единого
            # национального движения» Леван ...": the party's name right after the post
            j = _past_quoted_name(ws, j, text)
            if j < 0:
                break
            gap = " "
        if gap == ", " and j - 1 > i and listed_fields(ws, j, text):
            gap = " "  # "Министр цифрового развития, связи и массовых коммуникаций Максут
            # Шадаев": one ministry's fields listed, not a second phrase
        if any(c in gap for c in ',;:()«»"“”„') or "\n" in gap:
            break
        w = ws[j]
        if w.text.islower() and (place := place_after(ws, j, text)):
            j += place  # "Посольство КНР в Объединенных Арабских Эмиратах": where it is, and
            continue  # no name ("Эмиратах" is the state's; "В.А." initials are no "в")
        if body_name_word(ws, j, text) or names_a_region(ws, j, text):
            j += 1  # "депутат Жогорку Кенеша Дастан Бекешев": the body's name, then the man's
            continue  # ("аким Атырауской области Серик ...": the region's adjective)
        if qualifies_a_noun(ws, j, text) and title_word(ws[j + 1].text, case):
            j += 1  # "профессор Московского государственного университета Андрей ..."
            continue
        if name_like(w, False) and not is_org(w.text):
            end = name_run(ws, j, text, sentence_start)
            j, end = _name_in_its_case(ws, j, end, text, case, sentence_start)
            if end > j:
                name_at, name_end = j, end
            break
        if first_name_before(ws, j, text):
            # "глава МИД Турции Хакан Фидан": a first name the dictionary reads as a noun
            end = name_run(ws, j + 1, text, sentence_start)
            name_at, name_end = _name_in_its_case(ws, j, end, text, case, sentence_start)
            break
        if not title_word(w.text, case) or opens_occasion(ws, j):
            break
        j += 1
    if name_at < 0:
        end = i + 1
        while end < len(ws) and plain_gap(text, ws[end - 1], ws[end]):
            if title_complement(ws[end].text):
                end += 1
            elif (
                ws[end].text == "и"
                and end + 2 < len(ws)
                and end - 1 > i
                and plain_gap(text, ws[end], ws[end + 1])
                and _genitive_noun(ws[end - 1].text)
                and _genitive_noun(ws[end + 1].text)
            ):
                end += 2  # "Департамент информации и печати МИД России"
            elif place := place_after(ws, end, text):
                end += place  # "посольство РФ в Берлине", "постпред при ООН"
            else:
                break
        title_ws = ws[start:end]
        title = _title(title_ws, text, case, gender)
        head = morph.lemma(ws[i].text)
        named = _named_in_apposition(ws, end, text, case, gender, sentence_start)
        inst, country = institution_of(title.split())
        if named is not None:
            # "военный эксперт, полковник в отставке Виктор Литовкин": the name after a
            # second title set off by a comma; the first title's country and body are his
            # ("Глава российской делегации, помощник президента X": later "глава российской
            # делегации" is he)
            return Speaker(
                "person", text[ws[start].start : named.end], ws[start].start, named.end,
                name=named.name, role=title, institution=inst, country=country,
                gender=named.gender,
            )  # fmt: skip
        kind = "institution" if is_org(ws[i].text) and not is_role(ws[i].text) else "description"
        if kind == "institution":
            return Speaker(
                "institution",
                text[ws[start].start : ws[end - 1].end],
                ws[start].start,
                ws[end - 1].end,
                name=named_by_country(title),
                country=country,
                head=head,
            )
        return Speaker(
            "description",
            text[ws[start].start : ws[end - 1].end],
            ws[start].start,
            ws[end - 1].end,
            role=title,
            institution=inst,
            country=country,
            # "представитель ... заявил" may agree with the title, not the person; "министр
            # заявила" is a woman
            gender="f" if gender == "f" else None,
            head=head if head in DESCRIPTION_HEADS else morph.lemma(ws[i].text),
        )
    if (
        name_end - name_at > 2
        and not_a_name_part(ws[name_at].text)
        and _declined_body(ws[name_at].text)
        and after_first(ws[name_at + 1])
        and not closes_a_title(ws, name_at, text)  # "МИД Египта Бадра Абдель Аты": a name
    ):
        name_at += 1  # "комитета Совфеда Владимир Джабаров": a body the dictionary lacks
    elif (
        name_end - name_at > 2
        and case == "nomn"
        and not east_asian(ws[name_at].text)  # "Юн Сок Ёль": a surname, not whose
        and not name_particle(ws[name_at + 1].text)  # "Фейсал бен Фархан": one name
        and _genitive_before(ws[name_at].text, ws[name_at + 1].text)
        and all(name_in_case(x.text, "nomn") for x in ws[name_at + 1 : name_end])
    ):
        name_at += 1  # "Представитель Зеленского Сергей Никифоров": whose, then who
    if (
        case == "nomn"
        and is_role(ws[i].text)
        and morph.lemma(ws[i].text) in _AIDES
        and name_at == i + 1
        and gender in ("m", "f")
        and not all(_nominative_of(x.text, gender) for x in ws[name_at:name_end])
        and all(name_in_case(x.text, "gent") for x in ws[name_at:name_end])
    ):
        # "подчеркнул пресс-секретарь Токаева", "Помощник Путина заявил": the name in the
        # genitive is whose aide speaks, not who speaks
        role = text[ws[start].start : ws[name_end - 1].end]
        return Speaker(
            "description", role, ws[start].start, ws[name_end - 1].end, role=role,
            head=morph.lemma(ws[i].text),
        )  # fmt: skip
    name, g = normal_name(ws[name_at:name_end], case, gender)
    if not name:  # only initials: no name after all
        return _from_title(ws[:name_at], i, text, case, gender, sentence_start)
    post = next((w.text for w in reversed(ws[i + 1 : name_at]) if is_role(w.text)), None)
    if (
        is_org(ws[i].text)
        and not is_role(ws[i].text)
        and (
            not all(name_in_case(x.text, case) for x in ws[name_at:name_end])
            or (post is not None and not role_in_case(post, case))  # "президента ... X"
        )
        # whose office it is reads in the genitive; a name in the nominative after a body
        # ("Замглавы МИД России Андрей Руденко") is the one holding a post in it
        and all(name_in_case(x.text, "gent") for x in ws[name_at:name_end])
    ):
        # "офис третьего президента Армении Сержа Саргсяна назвал": the office speaks; the
        # name, in another case, is whose office it is
        return Speaker(
            "institution", text[ws[start].start : ws[name_end - 1].end], ws[start].start,
            ws[name_end - 1].end, name=text[ws[start].start : ws[name_end - 1].end],
        )  # fmt: skip
    role_words = ws[start:name_at]
    role = _title(role_words, text, case, g) if role_words else None
    inst, country = institution_of(role.split()) if role else (None, None)
    # "В.А.Небензи": a patronymic's initial marks a Russian's (or a neighbour's) name
    patronymic = _PATRONYMIC_INITIALS.match(text, ws[name_at].start, ws[name_end - 1].end)
    slavic = country or ("Russia" if patronymic else None)
    if case == "gent" and (surname := morph.slavic_genitive_in_ya(name.split()[-1], slavic)):
        name = name[: name.rindex(" ") + 1] + surname if " " in name else surname
    return Speaker(
        "person",
        text[ws[start].start : ws[name_end - 1].end],
        ws[start].start,
        ws[name_end - 1].end,
        name=name,
        role=role,
        institution=inst,
        country=country,
        gender=g,
    )
