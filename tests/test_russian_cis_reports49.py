"""Russian articles in the manner of CIS outlets (Казинформ, Trend, Sputnik Беларусь, 24.kg,
Новости-Армения), as ANNOTATION.md records them: an interview headed "X отвечает на вопросы
газеты ..." whose unlabelled questions are answered in paragraphs opening with a dash is X's
words; a teaser cut off with "..." that repeats the story's opening is no second statement;
an item of news with its source cited after it ("Встреча состоялась сегодня, сообщает
пресс-служба") is no one's statement; "обратил внимание на" + a noun phrase is what was
pointed out, as "указал на". Every sentence here was written for these tests."""

from __future__ import annotations

import datetime

from tracker.extract import extract

DAY = datetime.date(2024, 5, 6)


def _said(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.text) for s in extract(text, published=DAY)]


STANDFIRST_INTERVIEW = (
    "«Мы открыты для диалога со всеми партнерами»\n\n"
    "Посол Казахстана в Беларуси Ерлан Абдрахманов отвечает на вопросы корреспондента "
    "МИА «Казинформ»\n\n\n"
    "Как вы оцениваете нынешний уровень казахстанско-белорусских отношений?\n\n\n"
    "— Отношения между нашими странами носят стратегический характер. За последние годы "
    "товарооборот вырос почти вдвое.\n\n"
    "Отдельно хотел бы сказать о культурных связях: в Минске регулярно проходят дни "
    "казахстанской культуры.\n\n\n"
    "Какие визиты ожидаются в ближайшее время?\n\n\n"
    "— Мы готовим визит делегации правительства во второй половине года.\n"
)


def test_standfirst_names_the_one_answering_dashed_answers() -> None:
    said = _said(STANDFIRST_INTERVIEW)
    assert [who for who, _ in said] == ["Ерлан Абдрахманов", "Ерлан Абдрахманов"]
    assert said[0][1].startswith("Отношения между нашими странами")
    assert "дни казахстанской культуры" in said[0][1]
    assert said[1][1].startswith("Мы готовим визит")


ONE_QUESTION = (
    "Кулубаев: Бишкек рассчитывает на скорейшее завершение делимитации\n\n"
    "Министр иностранных дел Кыргызстана Жээнбек Кулубаев ответил на вопросы 24.kg.\n\n"
    "Когда будет подписан договор о границе?\n\n"
    "— Рабочие группы завершают описание последних участков. Я думаю, что документ будет "
    "готов к подписанию до конца года.\n"
)


def test_one_question_is_enough_under_a_standfirst() -> None:
    said = _said(ONE_QUESTION)
    assert [who for who, _ in said] == ["Жээнбек Кулубаев"]
    assert said[0][1].startswith("Рабочие группы завершают")


NEWS_WITH_DASHED_QUOTE = (
    "Президент ответил на вопросы журналистов по итогам саммита\n\n"
    "Президент Армении Ваагн Хачатурян ответил на вопросы журналистов по итогам саммита в "
    "Ереване.\n\n"
    "Что будет с транспортными коммуникациями?\n\n"
    "— Мы готовы к разблокированию всех коммуникаций, — сказал он.\n"
)


def test_a_news_story_quote_under_a_question_is_no_dashed_answer() -> None:
    said = _said(NEWS_WITH_DASHED_QUOTE)
    assert [text for _, text in said] == ["Мы готовы к разблокированию всех коммуникаций"]


TEASER = (
    "Архив\n"
    "Минск предложил Киеву новый формат переговоров\n"
    "Минск предложил Киеву провести консультации на уровне заместителей министров.Об этом "
    "заявил сегодня журналистам министр иностранных дел Беларуси Максим Рыженков, назвав "
    "«устаревшими» прежние...\n"
    "Минск предложил Киеву провести консультации на уровне заместителей министров.\n"
    "Об этом заявил сегодня журналистам министр иностранных дел Беларуси Максим Рыженков, "
    "назвав «устаревшими» прежние форматы диалога между странами.\n"
    "«Мы готовы принять делегацию в любое удобное время», - сказал Рыженков, передает "
    "Sputnik Беларусь.\n"
)


def test_a_teaser_cut_off_repeats_the_story() -> None:
    texts = [text for _, text in _said(TEASER)]
    assert texts == [
        "Минск предложил Киеву провести консультации на уровне заместителей министров",
        "«устаревшими» прежние форматы диалога между странами",
        "Мы готовы принять делегацию в любое удобное время",
    ]


CUT_WITHOUT_REPEAT = (
    "Ереван ждет ответа Баку\n"
    "Министр иностранных дел Армении Арарат Мирзоян заявил, что Ереван передал Баку свои "
    "предложения...\n"
    "«Мяч на стороне Баку», - сказал он, сообщает «Новости-Армения».\n"
)


def test_a_line_cut_off_that_repeats_nothing_is_kept() -> None:
    texts = [text for _, text in _said(CUT_WITHOUT_REPEAT)]
    assert texts[0].startswith("Ереван передал Баку")


MEETING_REPORTED = (
    "АСТАНА. КАЗИНФОРМ – Министр иностранных дел Казахстана Мурат Нуртлеу встретился с "
    "послом Японии Ичиро Огасаварой. Встреча состоялась в Астане 12 марта, сообщает "
    "пресс-служба МИД РК.\n\n"
    "«В ходе беседы стороны обсудили подготовку визита», - говорится в сообщении. Нуртлеу "
    "отметил, что Казахстан заинтересован в японских инвестициях.\n"
)


def test_an_event_with_its_source_cited_is_no_statement() -> None:
    said = _said(MEETING_REPORTED)
    assert not any(text.startswith("Встреча состоялась") for _, text in said)
    # the press service's quoted release is still its words
    assert ("пресс-служба МИД РК", "В ходе беседы стороны обсудили подготовку визита") in said
    assert ("Мурат Нуртлеу", "Казахстан заинтересован в японских инвестициях") in said


TOOK_PART = (
    "БАКУ /Trend/ - Министр иностранных дел Азербайджана Джейхун Байрамов принял участие в "
    "заседании Совета министров иностранных дел СНГ, сообщает Trend со ссылкой на МИД "
    "Азербайджана.\n\n"
    "Министр подчеркнул важность региональных транспортных проектов.\n"
)


def test_taking_part_cited_to_a_ministry_is_no_statement() -> None:
    said = _said(TOOK_PART)
    assert said == [("Джейхун Байрамов", "важность региональных транспортных проектов")]


ANNOUNCED = (
    "БИШКЕК, 3 апр — Sputnik. Переговоры глав МИД Кыргызстана и Таджикистана пройдут в "
    "Бишкеке в конце месяца, сообщает пресс-служба министерства иностранных дел.\n"
)


def test_an_event_announced_is_still_said() -> None:
    said = _said(ANNOUNCED)
    assert [text[:20] for _, text in said] == ["Переговоры глав МИД "]


ATTENTION = (
    "МИНСК, 5 мая – Sputnik. Министр иностранных дел Беларуси Максим Рыженков обратил "
    "внимание на милитаризацию, нарастающую в соседних с республикой государствах.\n\n"
    "По его словам, это создает угрозу для всего региона.\n"
)


def test_attention_drawn_to_a_noun_phrase() -> None:
    said = _said(ATTENTION)
    pointed = "на милитаризацию, нарастающую в соседних с республикой государствах"
    assert ("Максим Рыженков", pointed) in said


NO_ATTENTION = (
    "БИШКЕК, 5 мая — 24.kg. Министр иностранных дел Кыргызстана Жээнбек Кулубаев не обратил "
    "внимание на критику оппозиции в парламенте. Глава МИД также обратил внимание на это. "
    "Позже министр обратил внимание на вопросы водопользования в приграничных районах. "
    "Министр обратил внимание на сложившуюся ситуацию на границе. Глава МИД также обратил "
    "внимание на растущие цены на энергоносители в Европе.\n"
)


def test_attention_not_drawn_to_a_pronoun_or_a_bare_topic() -> None:
    """Nothing pointed out: a negated verb, a pronoun, a noun phrase naming a topic alone."""
    assert _said(NO_ATTENTION) == []
