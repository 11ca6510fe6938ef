"""Days of Russian statements told against others (read set w30c):

- "на прошлой неделе ... Позднее он допустил": later than a span with no day of it told is
  some day up to the page's, not the page's day;
- "X, председательствующий в Совбезе в феврале, сообщил": a month in a phrase about the
  speaker's post (a participle the dictionary reads as a noun) does not date the words;
- "обратил внимание на «аномальный» рост": what was pointed out, holding the speaker's
  words, is said, as after "указал на".

Sentences written here, in the manner of wires and dailies.
"""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

WEDNESDAY = datetime.date(2024, 2, 28)


def test_later_than_last_week_is_up_to_the_page_s_day() -> None:
    assert_statements(
        "ЕРЕВАН, 28 февраля. /ТАСС/. Премьер-министр Армении Никол Пашинян на прошлой неделе "
        "в интервью телеканалу сообщил, что участие в ОДКБ заморожено. Позднее, выступая в "
        "парламенте, он допустил, что республика может выйти из организации.",
        WEDNESDAY,
        [
            ("Никол Пашинян", "участие в ОДКБ заморожено", "2024-02-19/2024-02-25"),
            ("Никол Пашинян", "республика может выйти", "../2024-02-28"),
        ],
    )


def test_later_than_a_day_told_stays_as_it_was() -> None:
    """Near miss, the same on the starting code."""
    assert_statements(
        "БАКУ, 28 февраля. /ТАСС/. Президент Азербайджана Ильхам Алиев 20 февраля сказал, что "
        "мирный договор «близок». Позднее он уточнил, что подписание возможно до конца года.",
        WEDNESDAY,
        [
            ("Ильхам Алиев", "мирный договор «близок»", "2024-02-20"),
            ("Ильхам Алиев", "подписание возможно", "../2024-02-28"),
        ],
    )


def test_a_month_of_the_speaker_s_post_does_not_date_the_words() -> None:
    assert_statements(
        "НЬЮ-ЙОРК, 7 марта. /ТАСС/. Постоянный представитель Словении при ООН Самуэль Жбогар, "
        "председательствующий в Совбезе в феврале, сообщил журналистам, что консультации "
        "продолжатся.",
        datetime.date(2024, 3, 7),
        [("Самуэль Жбогар", "консультации продолжатся", "2024-03-07")],
    )


def test_attention_drawn_to_the_speaker_s_words_is_said() -> None:
    assert_statements(
        "МОСКВА, 22 октября. /ТАСС/. Пресс-секретарь президента России Дмитрий Песков в "
        "понедельник обратил внимание на «аномальный» рост числа голосов в поддержку "
        "евроинтеграции.",
        datetime.date(2024, 10, 22),
        [("Дмитрий Песков", "«аномальный» рост числа голосов", "2024-10-21")],
    )


def test_attention_drawn_to_a_thing_alone_is_no_statement() -> None:
    """Near miss, the same on the starting code: no words of the speaker's."""
    assert_statements(
        "МОСКВА, 22 октября. /ТАСС/. Глава МИД Словакии Юрай Бланар в понедельник обратил "
        "внимание на рост цен на газ.",
        datetime.date(2024, 10, 22),
        [],
    )
