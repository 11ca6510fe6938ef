"""Russian national media (Газета.Ru, Взгляд, АиФ, Коммерсантъ): a gerund of saying whose
clause goes on with the words just reported ("заявил, что ..., отметив, что ..."), one
statement as "said that ..., adding that ..." is; a day alone before "по его словам" ("Вчера,
по его словам, ..."), the reported clause's own day, not the saying's; "прокомментировал
информацию о ..." followed by "Об этом сообщается на сайте ...", a sentence telling only
what was commented on, no one's words; and a lead paragraph whose final stop the page lost,
read as the story, not as a headline. Stories written here in those outlets' manner; each
expected statement is checked for its speaker, its first words and its day."""

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2025, 10, 21)

GERUND_GOES_ON = (
    "Лавров оценил новые санкции\n\n"
    "Глава МИД России Сергей Лавров заявил, что очередные ограничения Евросоюза введены без "
    "всяких оснований, подчеркнув, что они не помогут урегулированию на Украине.\n"
)
GERUND_AFTER_NAMING = (
    "Мирзоян назвал Россию партнером\n\n"
    "Глава армянского МИД Арарат Мирзоян назвал Россию важным партнером Еревана, отметив, что "
    "у двух стран «глубокие исторические связи».\n"
)
# near miss: after a quotation and its attribution the gerund's clause is a statement apart
GERUND_AFTER_ATTRIBUTION = (
    "Небензя ответил генсеку ООН\n\n"
    "«Секретариат не может брать на себя функции Совета Безопасности», — заявил российский "
    "постпред Василий Небензя, подчеркнув, что такие решения принимают только члены Совбеза.\n"
)
# near miss: after a deed that is no saying, the gerund's clause is the only statement
GERUND_AFTER_DEED = (
    "Слуцкий сделал выговор депутату\n\n"
    "Глава комитета Госдумы по международным делам Леонид Слуцкий сделал депутату выговор, "
    "подчеркнув, что позиция комитета по этому вопросу не изменилась.\n"
)

DAY_BEFORE_BY_WORDS = (
    "Рябков: о встрече министров не договаривались\n\n"
    "Замглавы МИД России Сергей Рябков пояснил, что такая встреча требует долгой подготовки. "
    "Вчера, по его словам, этой теме был посвящен телефонный разговор министра с госсекретарем "
    "США.\n"
)
# near miss: a day with the verb of saying itself still dates the saying
DAY_WITH_VERB = (
    "Рябков: о встрече министров не договаривались\n\n"
    "Замглавы МИД России Сергей Рябков вчера заявил, что такая встреча требует долгой "
    "подготовки.\n"
)

COMMENTED_ON_SITE = (
    "Володин осудил задержание депутата\n\n"
    "Председатель Госдумы Вячеслав Володин прокомментировал информацию о задержании "
    "российского депутата в аэропорту Нью-Йорка. Об этом сообщается на сайте Госдумы.\n\n"
    "Он подчеркнул, что США нарушают международные обязательства.\n"
)
# near miss: a sentence with words of its own is the site's statement, as before
NEWS_ON_SITE = (
    "Госдума ответила на задержание депутата\n\n"
    "Российский депутат задержан в аэропорту Нью-Йорка и вызван на допрос. Об этом "
    "сообщается на сайте Госдумы.\n"
)


def test_gerund_goes_on() -> None:
    assert_statements(
        GERUND_GOES_ON,
        PUBLISHED,
        [("Сергей Лавров", "очередные ограничения Евросоюза введены", "2025-10-21")],
    )


def test_gerund_goes_on_keeps_its_clause() -> None:
    from tracker.extract import extract

    (only,) = extract(GERUND_GOES_ON, published=PUBLISHED)
    assert only.text.endswith("не помогут урегулированию на Украине"), only.text


def test_gerund_after_naming() -> None:
    assert_statements(
        GERUND_AFTER_NAMING,
        PUBLISHED,
        [("Арарат Мирзоян", "Россию важным партнером Еревана, отметив", "2025-10-21")],
    )


def test_gerund_after_attribution() -> None:
    assert_statements(
        GERUND_AFTER_ATTRIBUTION,
        PUBLISHED,
        [
            ("Василий Небензя", "Секретариат не может брать", "2025-10-21"),
            ("Василий Небензя", "такие решения принимают только", "2025-10-21"),
        ],
    )


def test_gerund_after_deed() -> None:
    assert_statements(
        GERUND_AFTER_DEED,
        PUBLISHED,
        [("Леонид Слуцкий", "позиция комитета по этому вопросу", "2025-10-21")],
    )


def test_day_before_by_words() -> None:
    assert_statements(
        DAY_BEFORE_BY_WORDS,
        PUBLISHED,
        [
            ("Сергей Рябков", "такая встреча требует долгой подготовки", "2025-10-21"),
            ("Сергей Рябков", "Вчера, по его словам, этой теме", "2025-10-21"),
        ],
    )


def test_day_with_verb() -> None:
    assert_statements(
        DAY_WITH_VERB,
        PUBLISHED,
        [("Сергей Рябков", "такая встреча требует долгой подготовки", "2025-10-20")],
    )


def test_commented_on_site() -> None:
    assert_statements(
        COMMENTED_ON_SITE,
        PUBLISHED,
        [("Вячеслав Володин", "США нарушают международные обязательства", "2025-10-21")],
    )


def test_news_on_site() -> None:
    assert_statements(
        NEWS_ON_SITE,
        PUBLISHED,
        [("Госдума", "Российский депутат задержан", "2025-10-21")],
    )


LEAD_LOST_STOP = (
    "Текст: Иван Петров\n\n"
    "Рябков заявил журналистам, что никакой даты новой встречи министров пока не "
    "согласовано, а значит, говорить о ее переносе преждевременно, передает «Интерфакс»\n\n"
    "«Мы ничего не откладывали. У нас не было договоренности ни о сроках, ни о месте», – "
    "подчеркнул он.\n"
)
# near miss: a short line over the story is a headline, still no statement of the story
HEADLINE_NO_STOP = (
    "Рябков заявил, что дата встречи министров не согласована\n\n"
    "«Мы ничего не откладывали. У нас не было договоренности ни о сроках, ни о месте», – "
    "подчеркнул замминистра иностранных дел России Сергей Рябков.\n"
)


def test_lead_lost_stop() -> None:
    assert_statements(
        LEAD_LOST_STOP,
        PUBLISHED,
        [
            ("Рябков", "никакой даты новой встречи министров", "2025-10-21"),
            ("Рябков", "Мы ничего не откладывали", "2025-10-21"),
        ],
    )


def test_headline_no_stop() -> None:
    assert_statements(
        HEADLINE_NO_STOP,
        PUBLISHED,
        [("Сергей Рябков", "Мы ничего не откладывали", "2025-10-21")],
    )
