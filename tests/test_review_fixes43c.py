"""Review rv43c: h43g's and h43b's rules narrowed where they over-fired.

- A live page's stamps left next to one another by entries whose bodies (an embedded post
  or video) the copy lost ("14:20", a blank line, "14:05"; "16:45" over "16:45") are still
  the page's stamps: only a run of bare times right under one another that holds a
  player's start ("0:00", "00:00") is a media player.
- "прокомментировал информацию о ... – <words>": a dash gives the words as a colon does;
  "Таким образом X прокомментировала ..." points back at the words before it.
- "A top government spokesman said ... Hayashi made the remarks ...": a spokesman whose
  words do not speak of the one named before is that one (an unnamed official whose words
  speak of him, or an official, is not).
- "— Сергей Алексеевич, X недавно заявил, что ..." with no "?": an interviewer's turn, no
  paragraph of the story.
- "Ukraine's Ambassador to the European Union and NATO said": no post read as a body's name.

Pages written here in the outlets' manner."""

import datetime

from tests.statement_checks import assert_statements
from tracker.extract import extract

PUBLISHED = datetime.date(2025, 10, 21)

# F1: an entry whose body was an embedded post, lost in the copy
LOST_EMBED_LIVE = (
    "Ukraine war live: foreign ministers meet in Brussels\n\n"
    "11:40\n\n"
    "11:25\n\n"
    "Ukraine's foreign minister Andrii Sybiha has told reporters that Kyiv expects a new "
    "package of air defence before the winter.\n\n"
    "10:55\n\n"
    "Nato's secretary general Mark Rutte has said allies will keep up their support.\n"
)
REPEATED_STAMPS_LIVE = (
    "Ukraine war live: foreign ministers meet in Brussels\n\n"
    "11:40\n"
    "11:40\n\n"
    "Ukraine's foreign minister Andrii Sybiha has told reporters that Kyiv expects a new "
    "package of air defence before the winter.\n\n"
    "10:55\n"
    "10:55\n\n"
    "Nato's secretary general Mark Rutte has said allies will keep up their support.\n"
)


def test_live_stamps_over_a_lost_embed_stay_entries() -> None:
    assert_statements(
        LOST_EMBED_LIVE,
        PUBLISHED,
        [
            ("Andrii Sybiha", "Kyiv expects a new package", "2025-10-21"),
            ("Mark Rutte", "allies will keep up", "2025-10-21"),
        ],
    )


def test_live_stamps_repeated_stay_entries() -> None:
    assert_statements(
        REPEATED_STAMPS_LIVE,
        PUBLISHED,
        [
            ("Andrii Sybiha", "Kyiv expects a new package", "2025-10-21"),
            ("Mark Rutte", "allies will keep up", "2025-10-21"),
        ],
    )


# F2: the words after a dash
COMMENTED_DASH = (
    "МОСКВА, 21 октября. /ТАСС/. Постпред России при ООН Василий Небензя прокомментировал "
    "доклад генсекретаря о положении в Сирии \u2013 документ не отражает реальной ситуации "
    "на месте. Об этом он сказал журналистам.\n"
)


def test_commented_on_then_dash_gives_words() -> None:
    assert_statements(
        COMMENTED_DASH,
        PUBLISHED,
        [("Василий Небензя", "Постпред России при ООН", "2025-10-21")],
    )
    (only,) = extract(COMMENTED_DASH, published=PUBLISHED)
    assert "документ не отражает реальной ситуации" in only.text, only.text


# F3: "Таким образом" points back at the words before
COMMENTED_THUS = (
    "МОСКВА, 21 октября. /ТАСС/. Россия не оставит без ответа высылку своих дипломатов из "
    "Эстонии. Таким образом Мария Захарова прокомментировала решение Таллина объявить "
    "сотрудников посольства персонами нон грата. Об этом она написала в своем "
    "Telegram-канале.\n"
)


def test_commented_thus_keeps_the_words_before() -> None:
    assert_statements(
        COMMENTED_THUS,
        PUBLISHED,
        [("Мария Захарова", "Россия не оставит без ответа", "2025-10-21")],
    )


# F4: the spokesman is the one named before
SPOKESMAN_MADE_REMARKS = (
    "TOKYO, Oct. 21 (Kyodo) -- Chief Cabinet Secretary Yoshimasa Hayashi said Monday the "
    "government will keep urging Beijing to resume imports of Japanese beef.\n\n"
    "A top government spokesman said Tuesday that Tokyo had asked Beijing for consular "
    "access to a detained Japanese businessman.\n\n"
    "Hayashi made the remarks at a regular press conference.\n"
)
# near misses: an official whose words speak of the one named; an official, no spokesman
OFFICIAL_SPEAKS_OF_HIM = (
    "TOKYO, Oct. 21 (Kyodo) -- Foreign Minister Toshimitsu Motegi told a parliamentary "
    "committee Tuesday that Japan would not accept the claims.\n\n"
    "A government spokesman said Monday that the format of the event prevented "
    "Motegi from answering at once.\n\n"
    "Motegi made the comments during the committee session.\n"
)
OFFICIAL_NOT_SPOKESMAN = (
    "SEOUL, Oct. 21 (Yonhap) -- Unification Minister Chung Dong-young said Monday that "
    "Seoul will seek talks with Pyongyang.\n\n"
    "A senior ministry official said Tuesday that the government was reviewing ways to "
    'restore the liaison line. "We are ready to talk at any time," the official said.\n\n'
    "Chung made the comments during a parliamentary audit on Monday.\n"
)


def test_spokesman_named_before_made_the_remarks() -> None:
    assert_statements(
        SPOKESMAN_MADE_REMARKS,
        PUBLISHED,
        [
            ("Yoshimasa Hayashi", "the government will keep urging", "2025-10-20"),
            ("Yoshimasa Hayashi", "Tokyo had asked Beijing", "2025-10-21"),
        ],
    )


def test_spokesman_speaking_of_him_is_another() -> None:
    got = extract(OFFICIAL_SPEAKS_OF_HIM, published=PUBLISHED)
    assert not any(
        s.speaker == "Toshimitsu Motegi" and s.text.startswith("the format of the event")
        for s in got
    ), got


def test_official_named_before_is_no_spokesman() -> None:
    got = extract(OFFICIAL_NOT_SPOKESMAN, published=PUBLISHED)
    assert [s.speaker for s in got if "ready to talk" in s.text] in ([], [None]), got


# _lost_stop: an interviewer's turn with no "?"
QUESTION_WITHOUT_MARK = (
    "Рябков: «Мы не будем никого уговаривать»\n\n"
    "Заместитель министра иностранных дел России Сергей Рябков в интервью «Известиям» "
    "рассказал о перспективах контроля над вооружениями.\n\n"
    "\u2014 Сергей Алексеевич, госсекретарь США Марко Рубио на днях заявил, что Вашингтон "
    "готов начать переговоры о новом договоре по стратегическим вооружениям без всяких "
    "предварительных условий\n\n"
    "\u2014 Мы не будем никого уговаривать. Если американцы готовы к серьезному "
    "разговору, мы его проведем.\n"
)


def test_interview_question_without_mark_is_no_paragraph() -> None:
    got = extract(QUESTION_WITHOUT_MARK, published=PUBLISHED)
    assert not any(s.speaker == "Марко Рубио" for s in got), got


# _SECOND_BODY with no name after the second body
AMBASSADOR_TWO_BODIES = (
    "BRUSSELS (Reuters) - Ukraine's Ambassador to the European Union and NATO said on "
    "Tuesday that Kyiv needed more artillery shells before the spring.\n"
)


def test_post_of_two_bodies_is_no_body_name() -> None:
    got = extract(AMBASSADOR_TWO_BODIES, published=PUBLISHED)
    assert not any((s.speaker or "").startswith("Ambassador To") for s in got), got
