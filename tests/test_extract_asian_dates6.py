"""Dates in Asian outlets' copy that a careful reader fixes a day before the publication
day (issue 8, sixth round), found by running the extractor on real pages of Xinhua, People's
Daily, China Daily, VNA, Korean and Japanese outlets; each test in new words written here."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import ProposedStatement, extract
from tracker.extract.meta import find_dateline

WEDNESDAY = datetime.date(2024, 5, 15)


def run(
    text: str, published: datetime.date | None = WEDNESDAY, unnamed: bool = False
) -> list[ProposedStatement]:
    return extract(text, published=published, unnamed=unnamed)


def ingested(tmp_path, text: str, published: datetime.date = WEDNESDAY) -> list[ProposedStatement]:
    """The statements as `tracker ingest FILE --published DAY` proposes them: the dateline's
    day, when the text gives one, is the day the story speaks from."""
    from tracker import reader
    from tracker.article import Overrides
    from tracker.services.ingest import prepare

    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    prepared = prepare(reader.Input(str(path), "file"), overrides=Overrides(published=published))
    return list(prepared.statements)


def test_the_pages_own_date_line_dates_no_meeting_on_a_caption(tmp_path) -> None:
    # the crawl's date line glued to a photo caption naming a meeting: the page's day, not
    # the meeting's, which the lead gives (VNA relaying Antara)
    text = (
        " date 2024-05-15 Thai Foreign Minister Maris Sangiampongsa (left) hosts a working "
        "meeting with his Lao and Cambodian counterparts in Bangkok on May 14. (Photo: VNA)\n\n"
        "Bangkok (VNA) \u2013 Thai Foreign Minister Maris Sangiampongsa on May 14 reviewed "
        "border trade, river transport and the fight against online scam rings with his Lao and "
        "Cambodian colleagues at a working meeting in the Thai capital.\n\n"
        "Talking to journalists after the meeting, Maris said the three neighbours would open "
        "two more checkpoints before the rainy season.\n\n"
        "He added that the ministers had agreed to meet again in Vientiane.\n"
    )
    found = run(text)
    assert [s.said_on for s in found] == ["2024-05-14", "2024-05-14"]


@pytest.mark.parametrize(
    "stamp",
    [
        "Updated: 2024-05-15 07:42",
        "2024-05-15 19:05:00",
        "08:30, May 15, 2024",
        "Published : May 15, 2024 - 08:30",
    ],
)
def test_a_page_stamp_with_its_clock_time_dates_no_meeting(stamp: str) -> None:
    text = (
        f"Ministers hold talks on river dams {stamp}\n\n"
        "Vietnamese Deputy Foreign Minister Do Hung Viet met his Cambodian counterpart on "
        "Tuesday in Hanoi.\n\n"
        "After the talks, Viet said both sides would share data on the water level every week.\n"
    )
    assert run(text)[-1].said_on == "2024-05-14"


def test_a_dateline_glued_to_the_pages_date_line_still_gives_the_stories_day(tmp_path) -> None:
    # " date 2024-05-15 KUALA LUMPUR, May 14 (Bernama) --": the page went up the day after
    # (Bernama's "today" is the dateline's day)
    text = (
        " date 2024-05-15 KUALA LUMPUR, May 14 (Bernama) -- Foreign Minister Mohamad Hasan "
        "said today that Malaysia would keep its channels to both Koreas open.\n\n"
        "He said trade with Seoul had grown steadily.\n"
    )
    assert [s.said_on for s in ingested(tmp_path, text)] == ["2024-05-14", "2024-05-14"]


def test_a_dateline_after_a_photo_credit_on_the_same_line_is_read(tmp_path) -> None:
    text = (
        "Chinese Premier Li Qiang speaks at a forum in Tianjin, May 14, 2024. (Xinhua/Wang Ye) "
        "TIANJIN, May 14 (Xinhua) -- Chinese Premier Li Qiang said that open markets would "
        "serve every economy in the region.\n\n"
        "Li said more trade fairs would follow.\n"
    )
    dateline = find_dateline(text)
    assert dateline is not None and (dateline.place, dateline.outlet) == ("TIANJIN", "Xinhua")
    assert [s.said_on for s in ingested(tmp_path, text)] == ["2024-05-14", "2024-05-14"]


@pytest.mark.parametrize(
    "line, place, outlet",
    [
        ("BEIJING, May.14 (Xinhua) -- ", "BEIJING", "Xinhua"),
        ("LAHORE, May 14th (APP): ", "LAHORE", "APP"),
        ("New Delhi [India], May 14 (ANI): ", "New Delhi", "ANI"),
    ],
)
def test_asian_wire_datelines_in_their_own_spellings(line: str, place: str, outlet: str) -> None:
    text = line + "The minister said the visit would go ahead.\n"
    dateline = find_dateline(text)
    assert dateline is not None
    assert (dateline.place, dateline.outlet, dateline.month_day) == (place, outlet, (5, 14))


def test_made_the_remarks_when_he_addressed_an_occasion_on_a_day_dates_the_words() -> None:
    # next-day China Daily copy: "X says ..." in the present, then the sentence placing the
    # words at a dinner the evening before the meeting
    text = (
        'Foreign Minister Wang Yi says China and the Pacific island states should "row the '
        'same boat" through rough economic waters.\n\n'
        "Wang made the remarks when he addressed a reception on Tuesday for envoys attending "
        "the ministerial meeting on Wednesday, in Xiamen, Fujian province.\n\n"
        '"Small economies must not be left to face the storms alone," Wang said.\n'
    )
    assert [s.said_on for s in run(text)] == ["2024-05-14", "2024-05-14"]


def test_made_the_remarks_when_he_commented_on_a_days_vote_is_no_occasion() -> None:
    text = (
        "Foreign Minister Wang Yi says the island states are free to choose their partners.\n\n"
        "Wang made the remarks when he commented on a vote in the regional assembly on Monday.\n"
    )
    assert run(text)[0].said_on != "2024-05-13"


def test_a_spokesperson_after_someone_elses_earlier_words_speaks_on_the_leads_day() -> None:
    # China Daily: the ministry's lead has Wednesday; the words it answered, of Tuesday, are
    # told in passing; then the ministry's spokesman is quoted with no day of his own
    text = (
        'Manila\'s account of the reef collision is "a distortion of the facts", the Chinese '
        "Foreign Ministry said on Wednesday.\n\n"
        "Philippine coast guard spokesman Jay Tarriela said on Tuesday that a Chinese vessel had "
        "rammed a supply boat, AFP reported.\n\n"
        '"The Philippine side must stop sending ships into these waters," Foreign Ministry '
        "spokesman Lin Jian said in Beijing.\n"
    )
    found = run(text)
    assert [s.said_on for s in found] == ["2024-05-15", "2024-05-14", "2024-05-15"]
    text = text.replace("said on Wednesday", "said on Tuesday").replace(
        "said on Tuesday that", "said on Monday that"
    )
    assert [s.said_on for s in run(text)] == ["2024-05-14", "2024-05-13", "2024-05-14"]


def test_someone_elses_words_of_the_leads_day_still_part_spokesperson_and_lead() -> None:
    text = (
        'Manila\'s account of the reef collision is "a distortion of the facts", the Chinese '
        "Foreign Ministry said on Tuesday.\n\n"
        "Philippine coast guard spokesman Jay Tarriela said on Tuesday that a Chinese vessel had "
        "rammed a supply boat.\n\n"
        '"The Philippine side must stop sending ships into these waters," Foreign Ministry '
        "spokesman Lin Jian said in Beijing.\n"
    )
    assert run(text)[-1].said_on == "2024-05-15"


def test_a_leads_day_after_the_verbs_object_dates_the_briefing_below() -> None:
    # "Beijing slammed ... remarks on Tuesday that Washington made ...": the day of the
    # slamming, and of the spokesman's words at the daily briefing (China Daily)
    text = (
        "Beijing rejected groundless remarks on Tuesday that Washington made about a Chinese "
        "research ship, saying the vessel kept to international law.\n\n"
        "On Friday, State Department spokesman Matthew Miller said the ship's voyage was "
        '"deeply troubling".\n\n'
        '"Scientific research at sea is the right of every nation," Foreign Ministry '
        "spokeswoman Mao Ning said at a daily news briefing.\n"
    )
    found = run(text, unnamed=True)
    assert found[0].said_on == "2024-05-14"
    assert found[-1].said_on == "2024-05-14"


def test_said_with_a_day_after_its_first_words_is_no_leads_day() -> None:
    text = "Foreign Minister Wang Yi said talks on Tuesday had gone well.\n"
    assert run(text)[0].said_on == "2024-05-15"


def test_a_pages_key_words_line_opens_no_transcript() -> None:
    # People's Daily's digest of a briefing, published the morning after it: "Key Words:"
    # is the page's furniture, not a speaker's turn; the words are of the briefing's day
    text = (
        "Latest News:\n\n"
        "China's voice on May 14, 2024\n\n"
        "08:10, May 15, 2024\n\n"
        "Foreign Ministry Spokesperson Wang Wenbin held a press conference on May 14, 2024."
        "(Photo/ Foreign Ministry of China)\n\n"
        "Key Words: China's voice; Foreign Ministry; Wang Wenbin;\n\n"
        ">>>>China hopes for calm at sea\n\n"
        "China on Tuesday urged all parties to keep calm over the latest incident near the "
        "shoal.\n\n"
        '"Dialogue is the only way out," Foreign Ministry spokesman Wang Wenbin said at a '
        "daily press briefing on Tuesday.\n\n"
        ">>>>No Chinese hurt in the flood\n\n"
        '"We have found no Chinese citizens among the victims so far," Wang said.\n'
    )
    found = run(text)
    assert all(s.speaker != "Key Words" for s in found)
    assert [s.said_on for s in found if s.speaker == "Wang Wenbin"] == ["2024-05-14"] * 2


def test_an_old_photo_credited_to_a_social_media_page_dates_no_briefing() -> None:
    # Pakistani papers credit a file picture by a dash and where it was taken from: the
    # briefing it shows is an older one, not the one the words were said at
    text = (
        "Foreign Office spokesperson Mumtaz Zahra Baloch speaks at a weekly press briefing in "
        "Islamabad on March 21, 2024. \u2014 Facebook/ForeignOfficePk\n\n"
        "ISLAMABAD: The Foreign Office on Tuesday said that Pakistan would keep its border "
        "crossings with Afghanistan open for traders.\n\n"
        "Pakistan wants closer trade ties with Kabul, Baloch said during the briefing.\n"
    )
    assert run(text)[-1].said_on == "2024-05-14"


def test_following_an_event_the_previous_day_dates_the_event_not_the_words() -> None:
    # Korea Herald: the words came at a doorstep interview the day after the nomination
    text = (
        "Unification Minister nominee Chung Dong-young said Wednesday that talks with "
        "Pyongyang should resume without conditions.\n"
        '"The door to dialogue must stay open," Chung told reporters at his office following '
        "his nomination the previous day.\n"
        '"Trust is built one step at a time," he said.\n'
    )
    assert [s.said_on for s in run(text)] == ["2024-05-15"] * 3


def test_an_interview_the_intro_dates_without_a_year_is_before_the_pages_posting() -> None:
    # a Chinese embassy posts the transcript the morning after: "On 14 May, Ambassador X gave
    # an interview to ..." under the page's stamp of the 15th
    text = (
        "Ambassador Xie Feng Gives Interview to PBS NewsHour\n\n"
        "2024-05-15 09:20\n\n"
        "On 14 May, Ambassador Xie Feng gave an interview to PBS NewsHour on China-US "
        "relations. The following is the transcript:\n\n"
        "PBS: Ambassador, are the two countries talking enough?\n\n"
        "Ambassador Xie: We have more channels open than a year ago, and we want to keep "
        "them open.\n\n"
        "PBS: And on trade?\n\n"
        "Ambassador Xie: Tariffs hurt farmers and families on both sides of the Pacific.\n"
    )
    found = run(text)
    assert [s.said_on for s in found] == ["2024-05-14", "2024-05-14"]


def test_a_press_conference_held_yesterday_in_the_intro_dates_the_turns() -> None:
    text = (
        "Transcript of the Press Conference by Vice Foreign Minister Ma Zhaoxu\n\n"
        "2024-05-15\n\n"
        "Vice Foreign Minister Ma Zhaoxu held a press conference yesterday on the coming "
        "summit in Tianjin.\n\n"
        "Ma Zhaoxu: Good afternoon. Leaders of ten countries have confirmed they will come.\n\n"
        "Xinhua: What are the summit's priorities?\n\n"
        "Ma Zhaoxu: Connectivity comes first, and the leaders will also talk about trade and "
        "green energy.\n"
    )
    assert [s.said_on for s in run(text)] == ["2024-05-14", "2024-05-14"]


def test_a_meeting_on_a_weekday_still_ahead_in_the_intro_dates_no_turns() -> None:
    text = (
        "Interview with Foreign Minister Wang Yi ahead of the summit\n\n"
        "2024-05-15\n\n"
        "Ahead of a meeting of foreign ministers on Friday, Wang Yi answered questions from "
        "the press.\n\n"
        "Q: What do you expect from Friday?\n\n"
        "Wang Yi: We expect the ministers to agree on a plan for the next decade.\n"
    )
    assert [s.said_on for s in run(text)] == ["2024-05-15"]


@pytest.mark.parametrize(
    "when, day",
    [
        ("told Tuesday's press briefing", "2024-05-14"),  # the briefing the words were told to
        ("said late last evening", "2024-05-14"),  # Indian copy's yesterday evening
        ("said the day before yesterday", "2024-05-13"),
        ("said on 2024.05.14", "2024-05-14"),  # year first, as Korean and Chinese copy writes
        ("said on May.14", "2024-05-14"),  # no space after the month's stop
    ],
)
def test_days_written_the_asian_way_date_the_words(when: str, day: str) -> None:
    text = f"Foreign Secretary Vikram Misri {when} that the talks had been useful.\n"
    assert run(text)[0].said_on == day


def test_the_previous_evening_counts_back_from_the_day_the_story_named() -> None:
    text = (
        "India on Tuesday urged both sides to show restraint.\n"
        "Foreign Secretary Vikram Misri said the previous evening that the talks had been "
        "useful.\n"
    )
    assert run(text)[-1].said_on == "2024-05-13"


@pytest.mark.parametrize(
    "placing",
    ["The remarks came on Tuesday.", "Her comments were made on Tuesday."],
)
def test_a_sentence_placing_the_remarks_just_told_at_a_day_dates_them(placing: str) -> None:
    text = (
        "Foreign Ministry spokeswoman Mao Ning said Beijing would answer any new tariffs in "
        f"kind. {placing}\n"
    )
    assert run(text)[0].said_on == "2024-05-14"


def test_a_spokesperson_under_a_states_dated_lead_of_no_words_speaks_that_day() -> None:
    # "Beijing on Tuesday hit back at ...": the lead's verb says no words, so no statement
    # carries its day; the ministry's spokesperson quoted below speaks for it, that day
    text = (
        "Beijing on Tuesday hit back at the new export controls on chip-making tools.\n\n"
        "Foreign Ministry spokesperson Lin Jian said the curbs would hurt companies on both "
        "sides.\n\n"
        "He added that China would protect the rights of its firms.\n"
    )
    assert [s.said_on for s in run(text)] == ["2024-05-14", "2024-05-14"]


def test_a_lead_of_something_else_on_a_day_gives_the_spokesperson_no_day() -> None:
    text = (
        "Heavy rain flooded parts of Guangdong on Tuesday.\n\n"
        "Foreign Ministry spokesperson Lin Jian said the curbs would hurt companies on both "
        "sides.\n"
    )
    assert run(text)[0].said_on == "2024-05-15"


@pytest.mark.parametrize("passive", ["were Tuesday rejected by", "were rejected on Tuesday by"])
def test_a_passive_lead_after_a_that_clause_places_its_agent_at_the_day(passive: str) -> None:
    # "Claims that the drill broke the law were Tuesday rejected by spokesman X": the day
    # goes with the main verb, not with the that-clause before it
    text = (
        f"Claims that a naval drill near the islands had broken maritime law {passive} "
        "Foreign Ministry spokesman Lin Jian.\n\n"
        "Lin told a regular briefing that the drill had been announced in advance.\n"
    )
    assert run(text)[-1].said_on == "2024-05-14"


def test_a_page_wrapped_at_a_fixed_width_is_read_as_its_paragraphs() -> None:
    # an old news archive keeps the printed line breaks inside sentences
    text = (
        "The Foreign Ministry said yesterday that the new visa rules\n"
        "would not affect journalists covering the Asian Games in\n"
        "Hangzhou.\n"
        "Ministry spokesman Wang Wenbin made the remarks at a regular\n"
        "press conference when asked about the rules.\n"
        "He said the rules were aimed at making travel easier for\n"
        "business people and tourists from neighbouring countries.\n"
        '"China welcomes foreign reporters," said Wang. The country\n'
        "also hoped visitors would respect local laws, he added.\n"
    )
    found = run(text)
    assert len(found) >= 4
    assert {s.said_on for s in found} == {"2024-05-14"}
    assert all(text[s.span[0] : s.span[1]].replace("\n", " ") == s.text for s in found[:1])


def test_a_glued_dateline_is_looked_for_in_bounded_time_on_one_endless_line() -> None:
    import time

    text = "Minister Ada Lind said it was over. (See below.) " * 4000
    start = time.perf_counter()
    find_dateline(text)
    assert time.perf_counter() - start < 2


def test_the_foreign_ministrys_dated_briefing_in_the_lead_dates_its_spokesperson() -> None:
    text = (
        "The Foreign Ministry held its last regular briefing before the holiday on Tuesday.\n\n"
        "Spokesperson Wang Wenbin said the ministry would answer questions online next week.\n"
    )
    assert run(text)[0].said_on == "2024-05-14"


def test_kyodos_dateline_with_the_agency_after_a_comma_is_read(tmp_path) -> None:
    # "TOKYO, May 14, Kyodo" on a line of its own (Kyodo's English service), the page stamped
    # the next day: "today" is the dateline's day
    text = (
        "Japan eyes talks with China on seafood ban\n\n"
        "TOKYO, May 14, Kyodo\n\n"
        "Foreign Minister Yoko Kamikawa said today that Japan wanted early talks with China "
        "on lifting its ban on Japanese seafood.\n"
    )
    dateline = find_dateline(text)
    assert dateline is not None and (dateline.outlet, dateline.month_day) == ("Kyodo", (5, 14))
    assert [s.said_on for s in ingested(tmp_path, text)] == ["2024-05-14"]


def test_a_readouts_title_ending_in_a_year_first_date_dates_its_words() -> None:
    text = (
        "Outcome of the Korea-Japan Foreign Ministers' Meeting (2024.5.14)\n\n"
        "Foreign Minister Cho Tae-yul held a meeting with Japanese Foreign Minister Yoko "
        "Kamikawa in Seoul.\n\n"
        "Minister Cho said the two countries should keep working together on North Korea.\n"
    )
    assert [s.said_on for s in run(text)] == ["2024-05-14"]


@pytest.mark.parametrize(
    "sentence",
    [
        "On the 14th, Minister Cho Tae-yul said Seoul would send aid to the flood victims.",
        "Minister Cho Tae-yul on 14th Mar. said Seoul would send aid to the flood victims.",
        "Minister Cho Tae-yul said Seoul would send aid to the flood victims at a press "
        "conference on Tuesday.",
    ],
)
def test_a_day_opening_the_sentence_between_subject_and_verb_or_at_the_words_end(
    sentence: str,
) -> None:
    found = run(sentence + "\n")
    assert [s.said_on for s in found] == ["2024-03-14" if "Mar." in sentence else "2024-05-14"]


def test_a_briefing_still_to_come_at_the_words_end_dates_nothing() -> None:
    text = "Minister Cho Tae-yul said the plan would be explained at a briefing on Friday.\n"
    assert run(text)[0].said_on == "2024-05-15"


def test_unwrapping_a_page_keeps_its_dateline_on_a_line_of_its_own() -> None:
    from tracker.extract.pipeline import unwrap

    text = (
        "Chinese FM meets Brazilian counterpart\n"
        "BEIJING, May 14 (Xinhua) -- Chinese Foreign Minister Wang Yi met with his\n"
        "counterpart from Brazil here on Tuesday and said the two countries should\n"
        "work together on trade and the climate, and that the\n"
        "talks had been useful for both sides in many ways so far this year and\n"
        "that more visits would follow next year in the\n"
        "capital and in the provinces of both countries as planned.\n"
    )
    unwrapped = unwrap(text)
    assert len(unwrapped) == len(text)
    assert "\nBEIJING, May 14" in unwrapped and "should work together" in unwrapped


def test_a_day_of_may_before_said_is_no_modal() -> None:
    # "Wang Wenbin on 14 May said that ...": "May" before the verb was read as the modal
    # "may", and the statement lost
    text = "Foreign Ministry spokesman Lin Qiang on 14 May said that the visit was a provocation."
    found = extract(text, published=datetime.date(2024, 5, 16))
    assert [(s.speaker, s.said_on) for s in found] == [("Lin Qiang", "2024-05-14")]


def test_an_unnamed_spokesman_is_not_another_states_spokeswoman_named_next() -> None:
    # "A US State Department spokesman said ... Chinese Foreign Ministry spokeswoman X said
    # ...": the unnamed American's words were given to the Chinese spokeswoman named next
    # (they are the body's: round 34's test_real_spokesperson_body34)
    text = (
        "A US State Department spokesman said on Tuesday that the arms sale was routine. "
        "Chinese Foreign Ministry spokeswoman Lin Yue said on Wednesday that China firmly "
        "opposed it."
    )
    found = extract(text, published=datetime.date(2024, 5, 16))
    assert [(s.speaker, s.text) for s in found] == [
        ("US State Department", "the arms sale was routine"),
        ("Lin Yue", "China firmly opposed it"),
    ]


def test_a_numbered_points_mark_is_no_part_of_the_title() -> None:
    # "1. Minister Cho Tae-yul said ...": the readout's numbering was kept as "1. Minister"
    text = (
        "Readout of the talks\n\n1. Minister Han Seo-jin said that the two sides would deepen "
        "cooperation.\n\n2. Minister Ota said that Japan welcomed the talks."
    )
    found = extract(text, published=datetime.date(2024, 5, 16))
    assert [(s.speaker, s.role) for s in found] == [
        ("Han Seo-jin", "Minister"),
        ("Ota", "Minister"),
    ]


def test_a_rank_before_a_body_belongs_to_the_title() -> None:
    # "Chief Cabinet Secretary X": the body was "Chief Cabinet", the title "Secretary"
    from tracker.extract.speakers import parse_speaker

    found = parse_speaker("Chief Cabinet Secretary Ren Hayashida")
    assert found is not None
    assert (found.role, found.institution) == ("Chief Cabinet Secretary", "Cabinet")
    # a field before the body stays the body's: "Foreign Ministry Spokeswoman"
    other = parse_speaker("Foreign Ministry Spokeswoman Ana Ruiz")
    assert other is not None and (other.role, other.institution) == (
        "Spokeswoman",
        "Foreign Ministry",
    )
