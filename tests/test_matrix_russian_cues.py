"""A slice of the matrix of Russian cue verbs x attribution frames (issue 8, round twenty-one):
the frames that failed before, crossed with the verbs and speakers that share them, and
near-misses that must not change. Each cell asserts speaker, start and day exactly. Written
here, in new words."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

PUB = datetime.date(2023, 6, 16)  # a Friday
FRI, THU = "2023-06-16", "2023-06-15"


def _found(body: str) -> list[tuple[str | None, str, str | None]]:
    text = "Дипломатическая хроника\n\nМОСКВА, 16 июня. /ТАСС/. " + body + "\n"
    return [(s.speaker, s.text, s.said_on) for s in extract(text, published=PUB)]


def _one(body: str, speaker: str, start: str, day: str = FRI) -> None:
    found = _found(body)
    assert len(found) == 1, found
    assert found[0][0] == speaker and found[0][1].startswith(start) and found[0][2] == day, found


# --- words of manner, time or linking between the dash and the verb after a quotation --------

_MANNER = [
    "также", "в свою очередь", "с улыбкой", "еще раз", "позже", "не без иронии",
    "в ответ", "тут же", "со своей стороны", "при этом", "в интервью ТАСС",
    "на брифинге в Москве",
]  # fmt: skip


@pytest.mark.parametrize("words", _MANNER)
def test_words_between_dash_and_verb_leave_the_speaker_after_it(words: str) -> None:
    _one(
        f"«Наши предложения остаются на столе», — {words} заявил замглавы МИД Белоруссии "
        "Игорь Назарук.",
        "Игорь Назарук",
        "Наши предложения остаются на столе",
    )


@pytest.mark.parametrize(
    ("verb", "pronoun"),
    [("подчеркнула", "она"), ("добавил", "он"), ("уточнил", "он"), ("напомнила", "она")],
)
def test_words_between_dash_and_verb_with_a_pronoun_after_it(verb: str, pronoun: str) -> None:
    name = "Ольга Кравец" if pronoun == "она" else "Тимур Жаксылыков"
    a = "а" if pronoun == "она" else ""
    _one(
        f"Замминистра иностранных дел Казахстана {name} прибыл{a} в Женеву. «Мы рассчитываем "
        f"на конструктивный подход партнеров», — в свою очередь {verb} {pronoun}.",
        name,
        "Мы рассчитываем на конструктивный подход",
    )


def test_a_day_between_dash_and_verb_dates_the_quotation() -> None:
    _one(
        "«Сроки поездки пока обсуждаются», — в четверг сообщил помощник президента РФ "
        "Максим Орешкин.",
        "Максим Орешкин",
        "Сроки поездки пока обсуждаются",
        THU,
    )


def test_a_question_clause_after_a_comma_is_no_manner() -> None:
    # "сообщил, о чем говорил с X": the one after "говорил" is who was talked with
    found = _found(
        "Премьер-министр Монголии Лувсаннамсрайн Оюун-Эрдэнэ рассказал, о чем беседовал "
        "утром с президентом Южной Кореи Юн Сок Елем."
    )
    assert all(s != "Юн Сок Ель" for s, _, _ in found), found


# --- the subject before its verb after a quotation: "«...», — в МИД заявили" ----------------


@pytest.mark.parametrize(
    ("where", "verb", "speaker"),
    [
        ("в МИД Казахстана", "заявили", "МИД Казахстана"),
        ("в посольстве Франции в Москве", "уточнили", "посольство Франции в Москве"),
        ("в Кремле", "отметили", "Кремль"),
        ("в пресс-службе МИД Азербайджана", "пояснили", "пресс-служба МИД Азербайджана"),
    ],
)
def test_a_place_before_a_plural_verb_after_a_quotation(
    where: str, verb: str, speaker: str
) -> None:
    body = f"«Консульство работает в обычном режиме», — {where} {verb}."
    _one(body, speaker, "Консульство работает")


def test_a_description_before_its_verb_after_a_quotation() -> None:
    found = _found(
        "Глава МИД Сербии Марко Джурич встретился с коллегами в Вене. «Диалог должен "
        "продолжаться при любых обстоятельствах», — министр подчеркнул."
    )
    assert found == [("Марко Джурич", "Диалог должен продолжаться при любых обстоятельствах", FRI)]


# --- a gesture after a quotation names who spoke; alone it says nothing ---------------------


@pytest.mark.parametrize(
    "gesture", ["развел руками", "пожал плечами", "улыбнулся", "усмехнулся", "вздохнул"]
)
def test_a_gesture_after_a_quotation_names_the_speaker(gesture: str) -> None:
    _one(
        f"«Решение будет принято не раньше осени», — {gesture} спикер парламента Молдавии "
        "Игорь Гросу.",
        "Игорь Гросу",
        "Решение будет принято не раньше осени",
    )


@pytest.mark.parametrize(
    "body",
    [
        "Спикер парламента Молдавии Игорь Гросу улыбнулся и покачал головой.",
        "Посол Японии в России Акира Муто пожал руку своему китайскому коллеге.",
        "«Кишинев» — крупнейший отель города, улыбнулся экскурсовод.",
        "Министр развел руками в ответ на вопрос журналистов.",
    ],
)
def test_a_gesture_without_a_quotation_before_it_says_nothing(body: str) -> None:
    assert _found(body) == []


@pytest.mark.parametrize(
    ("body", "speaker", "start"),
    [
        (
            "«Я тогда только начинал работать в Токио», — вспоминает бывший посол России "
            "в Японии Александр Панов.",
            "Александр Панов",
            "Я тогда только начинал",
        ),
        (
            "Бывший посол России в Японии Александр Панов вспоминает, что переговоры в те "
            "годы шли почти без перерывов.",
            "Александр Панов",
            "переговоры в те годы шли",
        ),
        (
            "«Работать было непросто», — делится глава российской делегации Илья Ивлев.",
            "Илья Ивлев",
            "Работать было непросто",
        ),
        (
            "«Итог встречи — общее понимание угроз», — подытоживает генсек ОДКБ Имангали "
            "Тасмагамбетов.",
            "Имангали Тасмагамбетов",
            "Итог встречи",
        ),
    ],
)
def test_recalling_sharing_and_summing_up_are_said(body: str, speaker: str, start: str) -> None:
    _one(body, speaker, start)


def test_recalling_a_thing_is_no_statement() -> None:
    body = "Бывший посол России в Японии Александр Панов вспомнил о своей первой командировке."
    assert _found(body) == []


# --- frames that held before and must hold still ---------------------------------------------


@pytest.mark.parametrize(
    ("body", "speaker", "start", "day"),
    [
        ("«Сроки поездки пока обсуждаются», — заявил министр иностранных дел Латвии Байба "
         "Браже.", "Байба Браже", "Сроки поездки", FRI),
        ("Сроки поездки пока обсуждаются, сообщил ТАСС в четверг вице-премьер Сербии "
         "Ивица Дачич.", "Ивица Дачич", "Сроки поездки", THU),
        ("«Сроки поездки пока обсуждаются», — говорится в заявлении МИД Эстонии.",
         "МИД Эстонии", "Сроки поездки", FRI),
        ("«Сроки поездки пока обсуждаются», — уточнили в МИД Эстонии.", "МИД Эстонии",
         "Сроки поездки", FRI),
        ("Как в четверг отметил глава МИД Словакии Юрай Бланар, сроки поездки пока "
         "обсуждаются.", "Юрай Бланар", "сроки поездки", THU),
    ],
)  # fmt: skip
def test_frames_that_held(body: str, speaker: str, start: str, day: str) -> None:
    _one(body, speaker, start, day)


@pytest.mark.parametrize(
    "body",
    [
        "Источник в МИД Эстонии сообщил ТАСС, что сроки поездки пока обсуждаются.",
        "Сроки поездки пока обсуждаются, сообщает «Интерфакс».",
        "Глава МИД Словакии Юрай Бланар планирует посетить Белград в июле.",
        "«Сроки поездки пока обсуждаются», — в свою очередь пишет «Коммерсантъ».",
    ],
)
def test_near_misses_give_nothing(body: str) -> None:
    assert _found(body) == []


# --- "Это заявил X", "В этом уверен X": words opening the sentence point back at the one before


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        (
            "Это заявил журналистам министр иностранных дел Литвы Кестутис Будрис.",
            "Кестутис Будрис",
        ),
        ("Это в пятницу сообщил министр иностранных дел Литвы Кестутис Будрис.", "Кестутис Будрис"),
        ("В этом уверен министр иностранных дел Литвы Кестутис Будрис.", "Кестутис Будрис"),
        ("В этом убеждена глава МИД Финляндии Элина Валтонен.", "Элина Валтонен"),
        ("В этом не сомневается глава МИД Финляндии Элина Валтонен.", "Элина Валтонен"),
        ("С этим согласен министр иностранных дел Литвы Кестутис Будрис.", "Кестутис Будрис"),
    ],
)
def test_this_opening_the_sentence_points_back_at_what_was_said(opening: str, speaker: str) -> None:
    _one(f"Балтийский регион нуждается в усилении ПВО. {opening}", speaker, "Балтийский регион")


@pytest.mark.parametrize(
    "body",
    [
        "Совет ЕС утвердил новый пакет мер. Это решение поддержал глава МИД Финляндии.",
        "Совет ЕС утвердил новый пакет мер. В этом году Финляндия возглавит ОБСЕ.",
    ],
)
def test_this_with_a_noun_of_its_own_points_at_no_words(body: str) -> None:
    assert _found(body) == []


# --- the speaker of "по словам X" in the nominative, whatever the dictionary reads -------------


@pytest.mark.parametrize(
    ("genitive", "speaker"),
    [
        ("депутата Госдумы Алексея Карасина", "Алексей Карасин"),  # "карасиный"
        ("депутата Госдумы Елены Карасиной", "Елена Карасина"),
        ("официального представителя МИД КНР Линь Цзяня", "Линь Цзянь"),
        ("посла КНР в Казахстане Чжан Сяо Вэньбиня", "Чжан Сяо Вэньбинь"),
        ("канцлера Австрии Карла Нехаммера", "Карл Нехаммер"),
    ],
)
def test_by_the_words_of_one_gives_the_nominative(genitive: str, speaker: str) -> None:
    _one(f"По словам {genitive}, контакты будут продолжены.", speaker, "контакты будут")


# --- a gerund of saying opening the sentence: the subject after its clause speaks -----------


@pytest.mark.parametrize(
    ("body", "speaker", "start", "day"),
    [
        ("Заявив, что переговорный процесс зашел в тупик, глава МИД Молдавии Михай Попшой "
         "покинул зал.", "Михай Попшой", "переговорный процесс зашел", FRI),
        ("Напомнив, что переговорный процесс зашел в тупик, глава МИД Молдавии Михай Попшой "
         "в четверг покинул зал.", "Михай Попшой", "переговорный процесс зашел", THU),
        ("При этом, подчеркнув, что переговорный процесс зашел в тупик, глава МИД Молдавии "
         "Михай Попшой покинул зал.", "Михай Попшой", "переговорный процесс зашел", FRI),
        ("Заявив журналистам: «Переговорный процесс зашел в тупик», глава МИД Молдавии "
         "Михай Попшой покинул зал.", "Михай Попшой", "Переговорный процесс зашел", FRI),
    ],
)  # fmt: skip
def test_a_gerund_opening_the_sentence_is_said_by_its_subject(
    body: str, speaker: str, start: str, day: str
) -> None:
    _one(body, speaker, start, day)


@pytest.mark.parametrize(
    "body",
    [
        "Указав, что переговорный процесс зашел в тупик, газета Politico ссылается на данные ЕС.",
        "Отметив, что переговорный процесс зашел в тупик, источник в ЕС отказался от деталей.",
    ],
)
def test_a_gerund_opening_the_sentence_of_no_speaker_gives_nothing(body: str) -> None:
    assert _found(body) == []


# --- a clause about the speaker after "по словам X," / "как заявил X," is not what was said ----


@pytest.mark.parametrize(
    ("body", "speaker", "start"),
    [
        ("По словам премьер-министра Словакии Роберта Фицо, который в среду посетил Вену, "
         "транзит газа должен быть сохранен.", "Роберт Фицо", "транзит газа должен"),
        ("По словам премьер-министра Словакии Роберта Фицо, выступавшего перед депутатами, "
         "транзит газа должен быть сохранен.", "Роберт Фицо", "транзит газа должен"),
        ("По его словам, которые приводит агентство TASR, транзит газа должен быть "
         "сохранен.", None, ""),
        ("Как заявил премьер-министр Словакии Роберт Фицо, который в среду посетил Вену, "
         "транзит газа должен быть сохранен.", "Роберт Фицо", "транзит газа должен"),
        ("Как заявил премьер-министр Словакии Роберт Фицо, отвечая на вопросы депутатов, "
         "транзит газа должен быть сохранен.", "Роберт Фицо", "транзит газа должен"),
    ],
)  # fmt: skip
def test_a_clause_about_the_speaker_is_passed_over(
    body: str, speaker: str | None, start: str
) -> None:
    if speaker is None:
        body = "Премьер-министр Словакии Роберт Фицо выступил в парламенте. " + body
        speaker, start = "Роберт Фицо", "транзит газа должен"
    _one(body, speaker, start)


@pytest.mark.parametrize(
    ("body", "start"),
    [
        ("По словам Роберта Фицо, введенных ограничений недостаточно для давления.",
         "введенных ограничений"),
        ("По словам Роберта Фицо, санкции, которые ввел Евросоюз, не работают.",
         "санкции, которые ввел"),
    ],
)  # fmt: skip
def test_words_said_that_open_with_a_participle_or_a_relative_stay(body: str, start: str) -> None:
    _one(body, "Роберт Фицо", start)


# --- complements of the verb that hold what was said ------------------------------------------


@pytest.mark.parametrize(
    ("body", "start"),
    [
        ("Глава МИД Черногории Филип Иванович заявил, в частности, что визовый режим будет "
         "смягчен.", "визовый режим будет"),
        ("Глава МИД Черногории Филип Иванович отметил, однако, что визовый режим будет "
         "смягчен.", "визовый режим будет"),
        ("Глава МИД Черногории Филип Иванович выступил с призывом смягчить визовый режим.",
         "с призывом смягчить"),
        ("Глава МИД Черногории Филип Иванович выступил с предложением о смягчении визового "
         "режима.", "с предложением о смягчении"),
        ("Глава МИД Черногории Филип Иванович выступил с резкой критикой визового режима.",
         "с резкой критикой"),
        ("Глава МИД Черногории Филип Иванович считает необходимым смягчить визовый режим.",
         "необходимым смягчить"),
        ("Глава МИД Черногории Филип Иванович считает нынешний визовый режим избыточным.",
         "нынешний визовый режим"),
    ],
)  # fmt: skip
def test_complements_holding_what_was_said(body: str, start: str) -> None:
    _one(body, "Филип Иванович", start)


@pytest.mark.parametrize(
    "body",
    [
        "Глава МИД Черногории Филип Иванович выступил с заявлением для прессы.",
        "Глава МИД Черногории Филип Иванович выступил с речью в парламенте.",
        "Глава МИД Черногории Филип Иванович выступил с докладом о визовом режиме.",
        "Глава МИД Черногории Филип Иванович считает себя сторонником диалога.",
        "Глава МИД Черногории Филип Иванович считает дни до отпуска.",
    ],
)
def test_complements_holding_nothing_said(body: str) -> None:
    assert _found(body) == []
