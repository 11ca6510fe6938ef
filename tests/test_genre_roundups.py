"""Multi-speaker news pages (wire stories alternating sides, reaction round-ups, analysis
quoting officials in turn): the sentence shapes that gave one speaker's words to another
or to no one. Pages written here in the manner of several outlets; each expected statement
is checked for its speaker, its first words and its day."""

import datetime

import pytest

from tracker.extract import extract

MONDAY = datetime.date(2024, 12, 16)

# a time set off before the subject ("Last week,", "Two days ago,", "On her first day in
# office, December 1,"), then a first verb naming someone else, then "and said": the
# words are the subject's, not the one the first verb met, nor a speaker called "Last"
LAST_WEEK_NAME = (
    "Blinken wraps up Asia tour\n\n"
    "TOKYO, Dec 16 (Reuters) - U.S. Secretary of State Antony Blinken said on Monday that "
    "the alliance with Japan had never been stronger.\n\n"
    "Last week, Blinken met Chinese Foreign Minister Wang Yi in Beijing and said the two "
    "sides had agreed to restore military hotlines.\n"
)
LAST_WEEK_PRONOUN = (
    "Fidan pushes Black Sea truce\n\n"
    "ANKARA, Dec 16 (AFP) - Turkish Foreign Minister Hakan Fidan said on Monday that talks "
    "on shipping safety could resume in January.\n\n"
    "Last week, he hosted his Ukrainian counterpart Andrii Sybiha in Ankara and said a "
    "ceasefire at sea was within reach.\n"
)
DAYS_AGO = (
    "Lammy presses Gulf states on Sudan\n\n"
    "LONDON, Dec 16 (PA) - Foreign Secretary David Lammy said on Monday that Britain would "
    "double its humanitarian aid to Sudan.\n\n"
    "Two days ago, he spoke with Saudi Foreign Minister Prince Faisal bin Farhan by phone "
    "and told him that the fighting in El Fasher had to stop.\n"
)
DAY_AFTER_OCCASION = (
    "Wider Europe briefing: Kallas's first weeks\n\n"
    "BRUSSELS, Dec 16 (RFE/RL) - EU foreign policy chief Kaja Kallas said on Monday that the "
    "bloc would agree its next sanctions package before Christmas.\n\n"
    "- Kallas is no stranger to the Ukraine file. On her first day in office, December 1, she "
    "travelled to Kyiv with European Council President Antonio Costa and said the EU "
    '"wants Ukraine to win this war."\n'
)
OCCASION_AFTER_DAY = (
    "Kallas takes hard line on Moscow\n\n"
    "BRUSSELS, Dec 16 (AFP) - EU foreign policy chief Kaja Kallas said on Monday that the "
    "bloc would not ease sanctions.\n\n"
    "On December 1, her first day in office, she visited Kyiv with Antonio Costa and said "
    "Europe would stand by Ukraine.\n"
)
MONTH_THEN_DAY = (
    "Kallas takes hard line on Moscow\n\n"
    "BRUSSELS, Dec 16 (AFP) - EU foreign policy chief Kaja Kallas said on Monday that the "
    "bloc would not ease sanctions.\n\n"
    "Last month, on November 20, she met Hungarian Foreign Minister Peter Szijjarto and said "
    "unanimity could not become a veto on Ukraine's future.\n"
)
WEEK_EARLIER = (
    "Lammy presses Gulf states on Sudan\n\n"
    "LONDON, Dec 16 (PA) - Foreign Secretary David Lammy said on Monday that Britain would "
    "double its humanitarian aid to Sudan.\n\n"
    "A week earlier, he hosted Emirati Minister of State Khalifa Shaheen Al Marar in London "
    "and said the warring parties had to be brought back to the table.\n"
)
LATE_LAST_MONTH = (
    "Lammy presses Gulf states on Sudan\n\n"
    "LONDON, Dec 16 (PA) - Foreign Secretary David Lammy said on Monday that Britain would "
    "double its humanitarian aid to Sudan.\n\n"
    "Late last month, he met Sudanese army chief Abdel Fattah al-Burhan in Port Sudan and "
    "said a truce was the only way to avert famine.\n"
)
OVER_THE_WEEKEND = (
    "Lammy presses Gulf states on Sudan\n\n"
    "LONDON, Dec 16 (PA) - Foreign Secretary David Lammy said on Monday that Britain would "
    "double its humanitarian aid to Sudan.\n\n"
    "Over the weekend, he spoke to Kenyan President William Ruto and said London backed "
    "African mediation.\n"
)
# near-misses that must not change: a time first with no second verb, and a day without a
# comma before the subject
PLAIN_LAST_WEEK = (
    "Fidan pushes Black Sea truce\n\n"
    "ANKARA, Dec 16 (AFP) - Turkish Foreign Minister Hakan Fidan said on Monday that talks "
    "on shipping safety could resume in January.\n\n"
    "Last week, Ukrainian Foreign Minister Andrii Sybiha said Kyiv was ready for such talks.\n"
)
DAY_NO_COMMA = (
    "Blinken wraps up Asia tour\n\n"
    "TOKYO, Dec 16 (Reuters) - U.S. Secretary of State Antony Blinken said on Monday that "
    "the alliance with Japan had never been stronger.\n\n"
    "On Sunday he met Chinese Foreign Minister Wang Yi and said the two sides would keep "
    "talking.\n"
)


@pytest.mark.parametrize(
    ("page", "want"),
    [
        (LAST_WEEK_NAME, [("Antony Blinken", "the two sides had agreed", "2024-12-09/2024-12-15")]),
        (LAST_WEEK_PRONOUN, [("Hakan Fidan", "a ceasefire at sea", "2024-12-09/2024-12-15")]),
        (DAYS_AGO, [("David Lammy", "the fighting in El Fasher", "2024-12-14")]),
        (DAY_AFTER_OCCASION, [("Kaja Kallas", 'the EU "wants Ukraine', "2024-12-01")]),
        (OCCASION_AFTER_DAY, [("Kaja Kallas", "Europe would stand by", "2024-12-01")]),
        (MONTH_THEN_DAY, [("Kaja Kallas", "unanimity could not become", "2024-11-20")]),
        (WEEK_EARLIER, [("David Lammy", "the warring parties", "2024-12-09")]),
        (LATE_LAST_MONTH, [("David Lammy", "a truce was the only way", "2024-11")]),
        (OVER_THE_WEEKEND, [("David Lammy", "London backed African", "2024-12-14/2024-12-15")]),
        (PLAIN_LAST_WEEK, [("Andrii Sybiha", "Kyiv was ready", "2024-12-09/2024-12-15")]),
        (DAY_NO_COMMA, [("Antony Blinken", "the two sides would keep", "2024-12-15")]),
    ],
    ids=[
        "last-week-name",
        "last-week-pronoun",
        "days-ago",
        "occasion-then-day",
        "day-then-occasion",
        "month-then-day",
        "a-week-earlier",
        "late-last-month",
        "over-the-weekend",
        "near-miss-plain",
        "near-miss-no-comma",
    ],
)
def test_a_time_set_off_first_leaves_the_subject_the_speaker(page, want) -> None:
    found = [(s.speaker, s.text, s.said_on) for s in extract(page, published=MONDAY)]
    for speaker, start, day in want:
        hits = [f for f in found if f[1].startswith(start)]
        assert [(f[0], f[2]) for f in hits] == [(speaker, day)], (start, found)
    assert not [f for f in found if f[0] in ("Last", "Two", "On")], found


WEDNESDAY = datetime.date(2023, 11, 29)

# a "whose" clause set off inside the subject or after the attribution ("X, whose
# government denies the accusation, said ..."): its verb frames no words, "whose
# government" is no speaker; the sentence's own verb gives the words
WHOSE_DENIES = (
    "Finland shuts last border crossing with Russia\n\n"
    "HELSINKI, Nov 29 (AFP) - Finland said on Wednesday it would close its last open "
    "crossing with Russia, accusing Moscow of pushing migrants towards the border.\n\n"
    "Kremlin spokesman Dmitry Peskov, whose government denies the accusation, said the "
    "closure was an excessive measure.\n"
)
WHOSE_WARNED_TOLD = (
    "EU ministers split over Russian gas ban\n\n"
    "BRUSSELS, Nov 29 (Reuters) - European Union energy ministers failed on Wednesday to "
    "agree on a date to end imports of Russian gas.\n\n"
    "Hungarian Foreign Minister Peter Szijjarto, whose country has repeatedly warned "
    "against cutting off Russian supplies, told reporters Budapest would take the matter to "
    "court.\n"
)
WHOSE_AFTER_WORDS = (
    "Iran says ready for talks\n\n"
    "TEHRAN, Nov 29 (AP) \u2014 Iran is ready to resume talks on its nuclear programme, its "
    "top diplomat said on Wednesday.\n\n"
    '"We will not negotiate under threats," said Foreign Minister Abbas Araqchi, whose '
    "government insists its programme is peaceful.\n"
)
# near-misses: a name after "whose" is the one who speaks; a clause telling no saying
WHOSE_NAMED = (
    "Turkey proposes Black Sea talks\n\n"
    "ANKARA, Nov 29 (AFP) - Turkey on Wednesday proposed new talks on shipping in the Black "
    "Sea.\n\n"
    "The proposal was welcomed by the Kremlin, whose spokesman Dmitry Peskov said Moscow was "
    "ready to listen.\n"
)
WHOSE_HOLDS = (
    "EU weighs new Georgia measures\n\n"
    "BRUSSELS, Nov 29 (RFE/RL) - EU foreign ministers discussed on Wednesday how to respond "
    "to the crackdown on protesters in Georgia.\n\n"
    "Polish Foreign Minister Radoslaw Sikorski, whose country holds the rotating EU "
    "presidency, said the bloc would study visa measures.\n"
)


@pytest.mark.parametrize(
    ("page", "want"),
    [
        (WHOSE_DENIES, [("Dmitry Peskov", "the closure was an excessive")]),
        (WHOSE_WARNED_TOLD, [("Peter Szijjarto", "Budapest would take the matter")]),
        (WHOSE_AFTER_WORDS, [("Abbas Araqchi", "We will not negotiate")]),
        (WHOSE_NAMED, [("Dmitry Peskov", "Moscow was ready to listen")]),
        (WHOSE_HOLDS, [("Radoslaw Sikorski", "the bloc would study")]),
    ],
    ids=["denies-said", "warned-told", "after-the-words", "near-miss-named", "near-miss-holds"],
)
def test_a_whose_clause_in_the_subject_frames_no_words(page, want) -> None:
    found = [(s.speaker, s.text, s.said_on) for s in extract(page, published=WEDNESDAY)]
    for speaker, start in want:
        hits = [f for f in found if f[1].startswith(start)]
        assert [(f[0], f[2]) for f in hits] == [(speaker, "2023-11-29")], (start, found)
    assert not [f for f in found if (f[0] or "").lower().startswith("whose")], found


TUESDAY = datetime.date(2025, 9, 9)

# a factbox of reactions: a heading in capitals naming a body (and how its words came, "IN
# A STATEMENT"), with or without a colon, or a post with a body's initials ("U.N."), over
# the quotation of its statement; the quotation is the body's (or the person's)
FACTBOX = (
    "FACTBOX-Reactions to Israeli strike on Hamas leaders in Doha\n\n"
    "Sept 9 (Reuters) - Israel carried out an air strike on Hamas leaders in the Qatari "
    "capital on Tuesday. Following are reactions:\n\n"
    "SAUDI FOREIGN MINISTRY, IN A STATEMENT\n\n"
    '"The Kingdom condemns in the strongest terms this brutal Israeli aggression."\n\n'
    "JORDAN'S FOREIGN MINISTRY:\n\n"
    '"This attack is a dangerous escalation and a violation of Qatar\'s sovereignty."\n\n'
    "U.N. SECRETARY-GENERAL ANTONIO GUTERRES\n\n"
    '"All parties must work towards achieving a permanent ceasefire, not destroying it."\n'
)
# near-misses: a state's name heads a section, and a sentence's own attribution ending in a
# colon is no heading
FACTBOX_NEAR_MISSES = (
    "FACTBOX-Reactions to Israeli strike on Hamas leaders in Doha\n\n"
    "Sept 9 (Reuters) - Israel carried out an air strike on Hamas leaders in the Qatari "
    "capital on Tuesday. Following are reactions:\n\n"
    "RUSSIA\n\n"
    '"Such actions only push the region further towards a wider war."\n\n'
    "THE MINISTRY ADDED:\n\n"
    '"We call on all sides to show restraint."\n'
)


def test_a_factbox_heading_naming_a_body_gives_it_the_quotation_below() -> None:
    found = [(s.speaker, s.text, s.said_on) for s in extract(FACTBOX, published=TUESDAY)]
    want = [
        ("saudi foreign ministry", "The Kingdom condemns"),
        ("jordanian foreign ministry", "This attack is a dangerous"),
        ("antonio guterres", "All parties must work"),
    ]
    for speaker, start in want:
        hits = [f for f in found if f[1].startswith(start)]
        assert [((f[0] or "").lower(), f[2]) for f in hits] == [(speaker, "2025-09-09")], found


def test_a_state_s_name_or_an_attribution_over_a_quotation_is_no_factbox_heading() -> None:
    found = [(s.speaker, s.text) for s in extract(FACTBOX_NEAR_MISSES, published=TUESDAY)]
    assert not [f for f in found if f[0] in ("RUSSIA", "Russia") or "Added" in (f[0] or "")]


THURSDAY = datetime.date(2025, 3, 6)

# a journalist named with their trade ("Fox News host X", "Reuters reporter Y") asks
# someone in one sentence; "he said" in the next is the one asked, who answers
HOST_ASKED = (
    "Rubio says Russia deal still some way off\n\n"
    "WASHINGTON, March 6 (Reuters) - U.S. Secretary of State Marco Rubio said on Thursday "
    "that a deal to end the war in Ukraine was still some way off.\n\n"
    'Fox News host Sean Hannity asked Rubio about the timetable for talks. "We are not there '
    'yet, and anyone who says otherwise is guessing," he said.\n'
)
REPORTER_ASKED = (
    "Rubio says Russia deal still some way off\n\n"
    "WASHINGTON, March 6 (Reuters) - U.S. Secretary of State Marco Rubio said on Thursday "
    "that a deal to end the war in Ukraine was still some way off.\n\n"
    "Reuters reporter Jane Roe asked Rubio whether he trusted the Kremlin. He said trust "
    "would have to be earned through deeds.\n"
)
PRESSED_OVER_PARAGRAPH = (
    "Rubio says Russia deal still some way off\n\n"
    "WASHINGTON, March 6 (Reuters) - U.S. Secretary of State Marco Rubio said on Thursday "
    "that a deal to end the war in Ukraine was still some way off.\n\n"
    "CNN anchor John Doe pressed Rubio on whether sanctions would be eased.\n\n"
    '"Nothing is off the table, and nothing is on it yet," he said.\n'
)
# near-miss: a host who interviews, then "he said": no question put, the sentence's subject
# is the host (left as it was)
HOST_INTERVIEWED = (
    "Rubio says Russia deal still some way off\n\n"
    "WASHINGTON, March 6 (Reuters) - U.S. Secretary of State Marco Rubio said on Thursday "
    "that a deal to end the war in Ukraine was still some way off.\n\n"
    "CBS anchor Margaret Brennan asked Rubio about the talks. She said the answer had "
    "surprised her.\n"
)


@pytest.mark.parametrize(
    ("page", "start", "speaker"),
    [
        (HOST_ASKED, "We are not there yet", "Marco Rubio"),
        (REPORTER_ASKED, "trust would have to be earned", "Marco Rubio"),
        (PRESSED_OVER_PARAGRAPH, "Nothing is off the table", "Marco Rubio"),
        (HOST_INTERVIEWED, "the answer had surprised her", "Margaret Brennan"),
    ],
    ids=["host-asked", "reporter-asked", "pressed-over-paragraph", "near-miss-she"],
)
def test_he_after_a_journalist_s_question_is_the_one_asked(page, start, speaker) -> None:
    found = [(s.speaker, s.text, s.said_on) for s in extract(page, published=THURSDAY)]
    hits = [f for f in found if f[1].startswith(start)]
    assert [(f[0], f[2]) for f in hits] == [(speaker, "2025-03-06")], found


# a round-up's lead telling of states no name gives ("Countries around the world
# welcomed ..."): no one's statement, not the first leader named below it
STATES_LEAD = (
    "Reactions pour in after Iran-Israel ceasefire\n\n"
    "Dawn.com\nPublished June 24, 2025\n\n"
    "Countries around the world on Tuesday welcomed the ceasefire between Iran and Israel "
    "announced by US President Donald Trump.\n\n"
    "Pakistan \u2014 Prime Minister Shehbaz Sharif said the truce should pave the way for "
    "lasting peace in the region.\n\n"
    "Russia \u2014 Kremlin spokesman Dmitry Peskov said Moscow hoped the ceasefire would be "
    "sustainable.\n"
)
NATIONS_LEAD = (
    "Gulf states welcome truce\n\n"
    "DUBAI, June 24 (Gulf News) - Nations across the Gulf welcomed the ceasefire between "
    "Iran and Israel on Tuesday, saying it had to hold.\n\n"
    "Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani said Doha had worked "
    "with Washington to secure the truce.\n"
)


@pytest.mark.parametrize(
    ("page", "want"),
    [
        (
            STATES_LEAD,
            [
                ("Shehbaz Sharif", "the truce should pave"),
                ("Dmitry Peskov", "Moscow hoped the ceasefire"),
            ],
        ),
        (NATIONS_LEAD, [("Mohammed bin Abdulrahman Al Thani", "Doha had worked")]),
    ],
    ids=["countries-around-the-world", "nations-across-the-gulf"],
)
def test_a_lead_of_states_no_name_gives_is_no_one_s_statement(page, want) -> None:
    found = [(s.speaker, s.text) for s in extract(page, published=datetime.date(2025, 6, 24))]
    assert sorted(found) == sorted(
        next(f for f in found if f[1].startswith(start) and f[0] == speaker)
        for speaker, start in want
    ), found


# a round-up's list, an item a line: a leader named with their post (or a body) before a
# colon, then the gist of what they said, unquoted; the words after the colon are theirs,
# not a statement of the state their clause opens with
LISTED_GISTS = (
    "How leaders reacted to the Iran-Israel ceasefire\n\n"
    "June 24 (Reuters) - Leaders around the world reacted on Tuesday to the ceasefire "
    "between Iran and Israel announced overnight.\n\n"
    "- French President Emmanuel Macron: France stands ready to help turn the truce into a "
    "lasting settlement.\n"
    "- German Chancellor Friedrich Merz: Germany welcomes the truce and urges both sides to "
    "return to talks.\n"
    "- Saudi Foreign Ministry: The kingdom hopes the ceasefire will hold and calls for "
    "restraint.\n"
    "- Emmanuel Bonne, Macron's diplomatic adviser: Paris will host envoys next week. The "
    "date is still being set.\n"
)
# near-misses: a topic before the colon, and a state whose clause has its own speaker
LISTED_TOPICS = (
    "Iran-Israel ceasefire: what we know\n\n"
    "June 24 (Reuters) - A ceasefire between Iran and Israel took hold on Tuesday.\n\n"
    "- Oil prices: Brent crude fell 6% after the ceasefire was announced overnight.\n"
    "- Israel: The military said strikes on Tehran had ended for now.\n"
)


def test_a_listed_leader_s_gist_after_a_colon_is_theirs() -> None:
    found = [(s.speaker, s.text) for s in extract(LISTED_GISTS, published=TUESDAY)]
    want = [
        ("Emmanuel Macron", "France stands ready to help"),
        ("Friedrich Merz", "Germany welcomes the truce"),
        ("Saudi Foreign Ministry", "The kingdom hopes the ceasefire"),
        ("Emmanuel Bonne", "Paris will host envoys next week. The date"),
    ]
    assert sorted(found) == sorted(
        next(f for f in found if f[1].startswith(start)) for _, start in want
    ), found
    for speaker, start in want:
        assert [f[0] for f in found if f[1].startswith(start)] == [speaker], found


def test_a_listed_topic_before_a_colon_says_nothing() -> None:
    found = [(s.speaker, s.text) for s in extract(LISTED_TOPICS, published=TUESDAY)]
    assert not [f for f in found if "Brent" in f[1]], found
    assert [f[0] for f in found if f[1].startswith("strikes on Tehran")] == ["The military"]


# a summit's wrap-up: a leader titled before the name, then "the host" or "host of the
# G20" set off after it, hosts the gathering; no broadcast's host, whose words a tracker
# leaves out
SUMMIT_HOSTS = (
    "BRICS leaders open Rio summit with call for reform\n\n"
    "RIO DE JANEIRO, July 6 (AFP) - Leaders of the BRICS group opened their summit on "
    "Sunday with a call to reform global institutions.\n\n"
    "Brazilian President Luiz Inacio Lula da Silva, the host, told the summit that the world "
    "was witnessing the collapse of multilateralism.\n\n"
    "South African President Cyril Ramaphosa, host of this year's G20, said the bloc had to "
    "speak for the Global South.\n\n"
    "Jane Roe, the host of a Brazilian talk show, said the mood in the hall was tense.\n"
)


def test_a_leader_set_off_as_the_host_of_a_summit_speaks() -> None:
    found = [
        (s.speaker, s.text) for s in extract(SUMMIT_HOSTS, published=datetime.date(2025, 7, 6))
    ]
    assert [f[0] for f in found if f[1].startswith("the world was witnessing")] == [
        "Luiz Inacio Lula da Silva"
    ]
    assert [f[0] for f in found if f[1].startswith("the bloc had to speak")] == ["Cyril Ramaphosa"]
    assert not [f for f in found if f[0] == "Jane Roe"], found
