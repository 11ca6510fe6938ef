"""Review fixes of round 40, Russian rules. Stories written here, in the manner of Russian
wire copy (ТАСС, РИА Новости, Интерфакс); each expected statement is checked for its
speaker, its first words and its day.

- "Позднее"/"Позже"/"После этого" is later than an "earlier" statement (``../``) only right
  after it: a sentence of its own paragraph between, a statement of the page's day or an
  event, is what the later words follow (the page's day);
- thanks given by a document of office ("распоряжением выразил благодарность", "объявил
  благодарность") are a commendation, no words said;
- "»" closes a nested quotation and the outer one together only where no dash naming the
  speaker follows in the paragraph (the outer closing mark left out before ", — сказал");
- the other words of the writer's recall ("Нелишне/Нужно/Необходимо напомнить, что").
"""

from __future__ import annotations

import datetime

import pytest

from tests.statement_checks import assert_statements
from tracker.extract.russian.text import find_quotes

PUBLISHED = datetime.date(2025, 3, 12)  # a Wednesday

# 1. "later" after an "earlier" statement, something else between


def test_later_after_a_statement_of_the_day_between() -> None:
    assert_statements(
        "МОСКВА, 12 марта — РИА Новости. Министр финансов Антон Силуанов не раз заявлял, что "
        "бюджет выдержит новые ограничения.\n\n"
        "Глава Еврокомиссии Урсула фон дер Ляйен объявила о подготовке очередного пакета "
        "санкций. Позже Силуанов сказал журналистам, что министерство оценит последствия.\n",
        PUBLISHED,
        [
            ("Антон Силуанов", "бюджет выдержит", "../2025-03-12"),
            ("Урсула фон дер Ляйен", "о подготовке", "2025-03-12"),
            ("Антон Силуанов", "министерство оценит", "2025-03-12"),
        ],
    )


def test_after_that_following_an_event_paragraph() -> None:
    assert_statements(
        "КУРСК, 12 марта. /ТАСС/. Губернатор Курской области Александр Хинштейн заявил, что "
        "при атаке беспилотника пострадал один человек.\n\n"
        "Ранее Минобороны России сообщало о перехвате дронов над областью.\n\n"
        "Днем ВСУ обстреляли поселок Теткино. После этого Хинштейн заявил, что в поселок "
        "направлены аварийные бригады.\n",
        PUBLISHED,
        [
            ("Александр Хинштейн", "при атаке беспилотника", "2025-03-12"),
            ("Минобороны России", "о перехвате дронов", "../2025-03-12"),
            ("Александр Хинштейн", "в поселок направлены", "2025-03-12"),
        ],
    )


@pytest.mark.parametrize(
    "background",
    [
        "Как сообщалось, визит Вана был согласован на прошлой неделе.",
        "Как сообщалось, визит Вана был согласован заранее.",
        "Визит Вана был согласован на прошлой неделе.",
    ],
)
def test_after_that_following_talks_on_the_wire(background: str) -> None:
    assert_statements(
        "Москва. 12 марта. INTERFAX.RU - Глава МИД РФ Сергей Лавров провел в среду переговоры "
        "с китайским коллегой Ван И, сообщили в российском внешнеполитическом ведомстве.\n\n"
        f"{background}\n\n"
        "По итогам встречи министры провели совместную пресс-конференцию. После этого Лавров "
        "заявил, что стороны условились о новых консультациях.\n",
        PUBLISHED,
        [
            ("МИД РФ", "Глава МИД РФ", "2025-03-12"),
            ("Сергей Лавров", "стороны условились", "2025-03-12"),
        ],
    )


# near miss: a sentence going on with the earlier paragraph's story, saying nothing, and
# "Позднее" opening the next paragraph: later than the earlier words still
def test_later_after_an_earlier_paragraph_with_its_background() -> None:
    assert_statements(
        "МОСКВА, 12 марта. /ТАСС/. Ранее министр обороны Андрей Белоусов сообщил, что ВСУ "
        "пытались атаковать Крымский мост безэкипажными катерами. Все они были уничтожены.\n"
        "Позднее МИД Турции назвал атаку на мост «опасной эскалацией».\n",
        PUBLISHED,
        [
            ("Андрей Белоусов", "ВСУ пытались атаковать", "../2025-03-12"),
            ("МИД Турции", "атаку на мост", "../2025-03-12"),
        ],
    )


# 2. thanks given by a document of office


@pytest.mark.parametrize(
    "act",
    [
        "Президент России Владимир Путин распоряжением выразил благодарность",
        "Президент России Владимир Путин указом выразил благодарность",
        "Министр обороны Андрей Белоусов приказом объявил благодарность",
        "Президент России Владимир Путин объявил благодарность",
    ],
)
def test_thanks_by_a_document_of_office_are_no_statement(act: str) -> None:
    assert_statements(
        f"МОСКВА, 12 марта. /ТАСС/. {act} сотрудникам Росгвардии за проявленное мужество при "
        "ликвидации последствий наводнения. Документ размещен на портале правовой информации.\n",
        PUBLISHED,
        [],
    )


# 3. the outer closing mark left out before a dash naming the speaker

GREF = (
    "«В этом году мы откроем новое отделение «Сбер Казахстана» в Алма-Ате и расширим "
    "кредитование фермеров, — сказал Греф журналистам."
)


def test_a_dash_naming_the_speaker_keeps_the_outer_quotation_open() -> None:
    quotes = [[GREF[a:b] for a, b in q.pieces] for q in find_quotes(GREF)]
    assert len(quotes) == 1
    assert quotes[0][0].startswith("В этом году мы откроем")
    assert "расширим кредитование фермеров" in quotes[0][0]  # on past the inner one


def test_the_words_before_the_dash_are_direct() -> None:
    assert_statements(
        "АЛМА-АТА, 12 марта. /ТАСС/. Глава Сбербанка Герман Греф рассказал о планах банка в "
        f"Казахстане.\n\n{GREF}\n\nОн также отметил, что банк не намерен уходить из страны.\n",
        PUBLISHED,
        [
            ("Герман Греф", "В этом году мы откроем", "2025-03-12"),
            ("Герман Греф", "банк не намерен", "2025-03-12"),
        ],
    )


# 4. the other words of the writer's recall


@pytest.mark.parametrize(
    "recall", ["Нелишне напомнить, что", "Нужно напомнить, что", "Необходимо напомнить, что"]
)
def test_other_words_of_recall(recall: str) -> None:
    assert_statements(
        "МОСКВА, 12 марта. /ТАСС/. Глава МИД России Сергей Лавров заявил, что Москва открыта к "
        f"диалогу с Вашингтоном.\n\n{recall} пресс-секретарь президента Дмитрий Песков "
        "заявил, что Кремль не получал предложений от Вашингтона.\n",
        PUBLISHED,
        [
            ("Сергей Лавров", "Москва открыта", "2025-03-12"),
            ("Дмитрий Песков", "Кремль не получал", "../2025-03-12"),
        ],
    )
