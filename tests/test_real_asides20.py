"""Speakers kept apart from their verbs by an aside (issue 8, round twenty), probed with
sentences written here in the styles of several outlets. Each test in new words."""

from __future__ import annotations

import datetime

from tracker.extract import extract

_PUB = datetime.date(2023, 6, 16)


def _only(sentence: str) -> list[tuple[str, str, str | None]]:
    found = extract("Envoy sees thaw\n\n" + sentence + "\n", published=_PUB)
    return [(s.speaker, s.text, s.said_on) for s in found]


def _one(sentence: str, speaker: str, start: str, day: str) -> bool:
    found = _only(sentence)
    return (
        len(found) == 1
        and found[0][0] == speaker
        and found[0][1].startswith(start)
        and (found[0][2] == day)
    )


# --- a participle phrase before its noun names the subject, whatever aside follows


def test_russian_participle_before_the_title_then_a_gerund_aside() -> None:
    assert _one(
        "Принимавший гостей премьер-министр Армении Никол Пашинян, открывая заседание, "
        "отметил, что стороны близки к соглашению.",
        "Никол Пашинян", "стороны близки к соглашению", "2023-06-16",
    )  # fmt: skip
    assert _one(
        "Председательствовавший на встрече канцлер Германии Олаф Шольц, подводя итоги, "
        "указал, что решение принято единогласно.",
        "Олаф Шольц", "решение принято единогласно", "2023-06-16",
    )  # fmt: skip


def test_russian_participle_after_its_noun_names_no_one_else() -> None:
    assert _one(
        "Глава МИД Греции Никос Дендиас, находившийся во вторник в Афинах, назвал решение "
        "Москвы ошибочным.",
        "Никос Дендиас", "решение Москвы ошибочным", "2023-06-13",
    )  # fmt: skip
    assert _one(
        "Канцлер Германии Олаф Шольц, встречавший в аэропорту президента Франции Эмманюэля "
        "Макрона, сказал, что визит важен.",
        "Олаф Шольц", "визит важен", "2023-06-16",
    )  # fmt: skip


# --- an "according to" set off between a subject and its own verb of saying


def test_according_to_aside_between_a_name_and_told() -> None:
    assert _one(
        "Ruto, according to a transcript released by State House, told the envoys that Kenya "
        "would keep its troops in Haiti.",
        "Ruto", "Kenya would keep its troops", "2023-06-16",
    )  # fmt: skip
    assert _one(
        "Kovacs, according to a readout issued by the Hungarian Foreign Ministry on Thursday "
        "evening, told his counterpart that Budapest would not block the aid package.",
        "Kovacs", "Budapest would not block", "2023-06-15",
    )  # fmt: skip


def test_according_to_aside_before_said_with_its_adverb() -> None:
    assert _one(
        "President Lula, according to his office, said on Tuesday that Brazil would host the "
        "talks.",
        "Lula", "Brazil would host the talks", "2023-06-13",
    )  # fmt: skip
    assert _one(
        "Foreign Minister Penny Wong, according to a transcript posted by her department, also "
        "said Canberra had raised the detentions.",
        "Penny Wong", "Canberra had raised the detentions", "2023-06-16",
    )  # fmt: skip


def test_according_to_leading_the_sentence_still_relays_the_named_speaker() -> None:
    assert _one(
        "According to the Elysee, Macron stressed that Paris backed the plan.",
        "Macron", "Paris backed the plan", "2023-06-16",
    )  # fmt: skip


# --- an outlet's acronym before a rank or an office names another body


def test_rank_after_an_outlets_acronym_is_an_armys_officer() -> None:
    assert _one(
        "AFP chief Gen. Carlos Mendez Jr., in a briefing last Tuesday, demanded that the "
        "fishing vessels leave the disputed shoal.",
        "Carlos Mendez Jr.", "the fishing vessels leave", "2023-06-13",
    )  # fmt: skip
    assert _one(
        "AFP spokesperson Col. Maria Reyes said the troops would stay on the island.",
        "Maria Reyes", "the troops would stay on the island", "2023-06-16",
    )  # fmt: skip


def test_office_after_an_outlets_acronym_is_a_governments() -> None:
    assert _one(
        "AP Chief Minister N. Chandrababu Naidu said on Tuesday that the state would seek more "
        "funds.",
        "N. Chandrababu Naidu", "the state would seek more funds", "2023-06-13",
    )  # fmt: skip


def test_an_outlets_reporter_is_still_press() -> None:
    assert _only("AFP correspondent Jean Roux said the convoy had left.") == []
    assert _only("ANI reporter Sameer Das said the convoy had left.") == []


# --- a wire page's row of tags runs names together; it names no one


def test_russian_tag_row_under_the_story_glues_no_names() -> None:
    text = (
        "В Кремле ответили на вопрос о переговорах с Токио\n\n"
        "МОСКВА, 14 июн — РИА Новости. Россия не видит оснований для возобновления "
        "переговоров о мирном договоре с Японией, заявил пресс-секретарь президента России "
        "Дмитрий Песков.\n\n"
        '"Никаких условий для этого сейчас нет", — сказал Песков журналистам.\n\n'
        "Япония Россия Владимир Путин Дмитрий Песков\n"
    )
    found = extract(text, published=datetime.date(2023, 6, 14))
    speakers = {s.speaker for s in found}
    assert speakers == {"Дмитрий Песков"}
    assert len(found) == 2


# --- two heads of bodies named in one breath, each by the title of its body


def _two_secretaries(first: str, second: str) -> list[tuple[str, str]]:
    text = (
        "Summit closes with joint call\n\n"
        "Speaking at a joint news conference on Sunday with Secretary-General of the Gulf "
        "Cooperation Council Amina Bello and Secretary-General of the Shanghai Cooperation "
        "Organisation (SCO) Peter Okafor, the President said the meeting had produced "
        '"a common voice."\n\n'
        f"For his part, the Secretary-General of the {first} described the outcome as "
        '"a turning point," adding that donors must act.\n\n'
        f'Later, the Secretary-General of the {second} said the plan was "realistic and funded."\n'
    )
    return [(s.speaker, s.text[:14]) for s in extract(text, published=datetime.date(2023, 6, 18))]


def test_body_initials_between_title_and_name_keep_the_title() -> None:
    found = _two_secretaries("Shanghai Cooperation Organisation", "Gulf Cooperation Council")
    assert ("Peter Okafor", "the outcome as") in found
    assert ("Amina Bello", 'the plan was "') in found


def test_a_title_naming_its_body_is_that_bodys_head() -> None:
    found = _two_secretaries("Gulf Cooperation Council", "Shanghai Cooperation Organisation")
    assert ("Amina Bello", "the outcome as") in found
    assert ("Peter Okafor", 'the plan was "') in found


# --- "его" after a sentence about one a description names and the story never does


def _host_text(opening: str) -> str:
    return (
        "Сделка в Белом доме\n\n"
        f"ВАШИНГТОН, 12 мая. /ТАСС/. {opening}\n\n"
        "«Мы ждали этого двадцать лет», — заявил в пятницу президент Сербии Александр Вучич. "
        "Премьер Косова Альбин Курти, в свою очередь, назвал встречу «поворотной».\n\n"
        "Американский президент не скрывал удовлетворения. По его словам, стороны "
        "договорились «открыть границы для торговли».\n"
    )


def test_russian_his_words_after_an_unnamed_described_subject_are_not_the_last_speakers() -> None:
    found = extract(
        _host_text("Лидеры Сербии и Косова в пятницу встретились в Белом доме."),
        published=datetime.date(2023, 5, 12),
    )
    assert not [s for s in found if s.text.startswith("стороны договорились")]


def test_russian_his_words_after_a_described_subject_named_before_are_that_ones() -> None:
    found = extract(
        _host_text(
            "Президент США Джо Байден в пятницу принял в Белом доме лидеров Сербии и Косова."
        ),
        published=datetime.date(2023, 5, 12),
    )
    assert [s.speaker for s in found if s.text.startswith("стороны договорились")] == ["Джо Байден"]


# --- a score on a scale is said, as a figure is


def test_russian_score_out_of_ten_is_said() -> None:
    assert _one(
        "В интервью телеканалу CNN президент Финляндии Александр Стубб оценил переговоры на "
        "«восемь из десяти».",
        "Александр Стубб", "переговоры на «восемь из десяти", "2023-06-16",
    )  # fmt: skip
    assert _one(
        "Премьер-министр Индии Нарендра Моди оценил итоги саммита на пять баллов.",
        "Нарендра Моди", "итоги саммита на пять баллов", "2023-06-16",
    )  # fmt: skip


def test_russian_looking_over_a_place_is_no_score() -> None:
    assert _only("Министр оценил обстановку на границе из окна вертолета.") == []
