"""Near misses of round 51's rules of saying (review rv51c), on pages written here in the
manner of local news, police reports, business copy, ministries' pages and UN read-outs.

* A feeling told in the present ("is deeply concerned about ...") is an issuer's words only
  of a post alone ("The High Commissioner") or on a body's own page (a statement, a read-out),
  not in news prose about anyone a story names, and never in a sentence that goes on to its
  own attribution (", his wife told reporters", ", according to ...").
* Condolences sent or extended are words only when the noun is the object, not a modifier
  ("sent her sympathy card collection").
* The lists these rules share are one list each (lexicon).
"""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from tests.statement_checks import ingested_statements
from tracker.extract import extract, lexicon, statement_page, transcript_paragraphs
from tracker.extract.cues import FEELING_FORMS, find_cues

PUBLISHED = datetime.date(2024, 3, 5)  # a Tuesday


def _read(text: str) -> list[tuple[str | None, str, str]]:
    return [(s.speaker, s.cue or "", s.text) for s in extract(text, published=PUBLISHED)]


def _feeling_cues(text: str) -> list[str]:
    return [c.word for c in find_cues(text, 0, len(text)) if c.word in FEELING_FORMS]


# -- 1. a feeling in the present: a post alone, or any issuer on a body's own page ----------

LOCAL_NEWS = (
    "HARTFORD (AP) - The school board voted on Monday to shut two elementary schools.\n\n"
    "Councilwoman Dana Ruiz is dismayed by the vote, which she fought for a year.\n\n"
    "Okafor remains worried, and Okafor is troubled about the bus routes his children take.\n\n"
    "The National Weather Service is concerned about flooding along the river.\n\n"
    "Microsoft is alarmed over the leak of its source code, the filing shows.\n"
)
BUSINESS = (
    "The Bank of England is concerned that wage growth could keep inflation high, "
    "minutes of its meeting showed.\n\n"
    "Chief executive Priya Nair is troubled by the slump in orders, and the board is too.\n"
)
READ_OUT = (
    "Statement attributable to the Spokesperson for the Secretary-General\n\n"
    "The Secretary-General is gravely alarmed by the attack on the convoy in the south.\n\n"
    "He remains deeply troubled that aid workers continue to be targeted.\n"
)
MINISTRY = (
    "Ministry of Foreign Affairs\n\nPress Releases\n\n"
    "Norway is deeply saddened by the loss of life in the floods.\n"
)


def test_a_post_alone_or_an_issuer_on_its_own_page_feels_in_words():
    found = _feeling_cues(READ_OUT)
    assert "is gravely alarmed" in found
    assert "remains deeply troubled" in found
    assert "is deeply saddened" in _feeling_cues(MINISTRY)
    # a post alone, even in news copy: the way a statement in its name is worded
    assert "is deeply concerned" in _feeling_cues(
        "GENEVA (Reuters) - Shelling went on.\n\nThe High Commissioner is deeply concerned "
        "about the fate of the detainees.\n"
    )


def test_news_prose_of_a_named_persons_or_bodys_feeling_tells_no_words():
    for text in (LOCAL_NEWS, BUSINESS):
        assert _feeling_cues(text) == [], text
        assert not any(cue.startswith(("is ", "remains ")) for _, cue, _ in _read(text)), text


def test_a_statement_told_of_in_a_storys_lead_makes_no_own_page():
    story = (
        "The mayor said in a statement on Monday that the bridge would close.\n\n"
        "Garcia is concerned about the detour the trucks will take.\n"
    )
    assert _feeling_cues(story) == []


# -- 2. a sentence that ends with its own attribution -------------------------------------------


def test_a_feeling_ending_in_its_own_attribution_is_the_attributors():
    for sentence in (
        "She is alarmed at how fast the rules changed, her husband told the court.",
        "The Governor remains concerned for the safety of the crews, aides said.",
        "The Secretary-General is troubled by the reports, according to his spokesman.",
        "The Prime Minister is concerned about the polls, people close to him believe.",
    ):
        text = f"Statement\n\nThe talks resumed.\n\n{sentence}\n"
        assert _feeling_cues(text) == [], sentence
    # (the attributor's verb still takes the sentence)
    said = _read(
        "LONDON (Reuters) - Markets fell.\n\n"
        "He is alarmed at the speed of the cuts, his daughter told reporters.\n"
    )
    assert [(who, cue) for who, cue, _ in said] == [("his daughter", "told")]


# -- 3. condolences as the object, not as a modifier ---------------------------------------------


def test_condolences_are_words_only_as_the_verbs_object():
    said = _read(
        "The ambassador extended her sincere sympathies to the people of Chile.\n\n"
        "The Foreign Minister sent his heartfelt condolences over the loss of the crew.\n\n"
        "The embassy sent condolences to the bereaved families.\n\n"
        "The widow sent her sympathy cards to the printer on Friday.\n\n"
        "The council sent its condolences book to the archive.\n"
    )
    cues = [cue for _, cue, _ in said]
    assert cues.count("extended her") == 1
    assert "sent his" in cues
    assert "sent condolences" in cues
    assert not any("cards" in text or "book" in text for _, _, text in said)


# -- 4. one list each ---------------------------------------------------------------------------


def test_the_feelings_and_condolence_words_are_one_list_each():
    for feeling in lexicon.STANCE_FEELINGS:
        assert f"is {feeling}" in FEELING_FORMS
        assert f"remains deeply {feeling}" in FEELING_FORMS
        assert transcript_paragraphs._POST_STANDS.match(f"The Secretary-General is {feeling}")
        assert statement_page._BODY_STANCE.match(f" is gravely {feeling}")
    assert "sympathy" in lexicon.CONDOLENCE_NOUNS
    assert "heartfelt" in lexicon.CONDOLENCE_ADJECTIVES


# -- 5. "identified X as Y" by those who investigate, or naming who someone is ------------------

POLICE_NEWS = (
    "PHOENIX (AP) - Two people died in a house fire on Saturday.\n\n"
    "Investigators identified the owner as a retired firefighter who lived alone.\n\n"
    "The county coroner identified the second victim as Ana Morales, 61.\n\n"
    "State troopers on Sunday identified the man in the truck as a 27-year-old from Mesa.\n\n"
    "Lieutenant Carla Reyes identified the caller as the owner's nephew.\n\n"
    "The fire chief said the cause was an electric heater.\n"
)


def test_an_identification_by_investigators_or_of_a_person_is_no_view():
    said = _read(POLICE_NEWS)
    assert not any(cue.startswith("identif") for _, cue, _ in said), said
    # (nor does a later speaker go to the investigators as one already speaking)
    assert not any(who and ("Investigators" in who or "troopers" in who) for who, _, _ in said)
    said = _read(
        "DALLAS (AP) - A clerk was robbed on Friday.\n\n"
        "Detectives identified the robber as a former employee of the store.\n\n"
        "The judge said the bail hearing would be held next week.\n"
    )
    assert [(who, cue) for who, cue, _ in said] == [("The judge", "said")], said


def test_a_judgement_given_by_identifying_a_thing_stays():
    said = _read(
        "NAIROBI (Xinhua) - The summit ended on Friday.\n\n"
        "President Ruto identified the cost of credit as the biggest barrier to trade.\n\n"
        "The finance minister identified weak revenue collection as a threat to the budget.\n"
    )
    assert [(who, cue) for who, cue, _ in said][:1] == [("Ruto", "identified")]


# -- 6. "cited X for ..." and "cited X as he ...": a summons, and a clause of time ---------------


def test_a_citation_for_an_offence_or_as_a_time_clause_is_no_judgement():
    said = _read(
        "TULSA (AP) - The parade was delayed.\n\n"
        "Troopers cited the bus driver for speeding as he pulled out of the depot.\n\n"
        "Inspectors cited the bakery for health code violations last month.\n\n"
        "The mayor cited the traffic as she left the meeting early.\n"
    )
    assert not any(cue == "cited" for _, cue, _ in said), said


def test_a_reason_cited_as_such_stays():
    said = _read(
        "LONDON (Reuters) - The strike began.\n\n"
        "Union leader Ann Cole cited the need for new contracts as the main reason for the "
        "walkout.\n\n"
        "The minister cited concerns for the safety of staff as the cause of the delay.\n"
    )
    assert [cue for _, cue, _ in said].count("cited") == 2, said


# -- 7. a lower-case day of the week in a noun of its own ----------------------------------------


def test_a_lower_case_weekday_in_a_noun_is_no_day_of_the_words():
    said = extract(
        "KANO (Daily Trust) - Schools reopened after the floods.\n\n"
        "The imam said friday prayers would hold at the central mosque.\n\n"
        "Parents told reporters sunday school lessons had been cancelled.\n\n"
        "The vendor said saturday markets were crowded again.\n\n"
        "The editor announced sunday editions would cost more from April.\n",
        published=PUBLISHED,
    )
    assert len(said) == 4, said
    assert all(s.said_on == PUBLISHED.isoformat() for s in said), said
    # (the words keep their noun)
    assert any(s.text.startswith("friday prayers") for s in said), said
    assert any(s.text.startswith("sunday school lessons") for s in said), said


def test_a_lower_case_weekday_standing_as_a_day_still_dates_the_words():
    said = extract(
        "ABUJA (Punch) - The bill passed.\n\n"
        "The governor on monday said the road would be finished by June.\n\n"
        "The senator told reporters sunday that the vote was close.\n",
        published=PUBLISHED,
    )
    assert [s.said_on for s in said] == ["2024-03-04", "2024-03-03"], said


# -- 8. a title's "(N.N)" that is a thing's number, not a day ------------------------------------

TRANSCRIPT_BODY = (
    "\n\nQuestion: When does it take effect?\n\n"
    "Minister Park: It takes effect next month, across all agencies.\n"
)


@pytest.mark.parametrize(
    "page",
    [
        # the same numbers in the body, as a version
        "Remarks by the Minister at the launch of the Cyber Security Plan (3.2)\n\n"
        "Minister Park: Today we publish version 3.2 of the plan." + TRANSCRIPT_BODY,
        # "v3.2", "release 3.2" in the body
        "Remarks by the Minister on the National Data Framework (3.2)\n\n"
        "Minister Park: The framework, v3.2, replaces the old rules." + TRANSCRIPT_BODY,
        "Remarks by the Minister at the Open Government Summit (3.2)\n\n"
        "Minister Park: Release 3.2 of the portal is live." + TRANSCRIPT_BODY,
    ],
)
def test_a_titles_numbered_thing_is_no_day(tmp_path: Path, page: str) -> None:
    said = ingested_statements(tmp_path, page, PUBLISHED)
    assert said
    assert all(s["said_on"] not in ("2024-03-02", "2024-02-03") for s in said), said


def test_a_titles_short_day_with_its_stop_stays_a_day(tmp_path: Path) -> None:
    page = (
        "Minister Park's Interview with the Korea Times (2.28.)\n\n"
        "Minister Park: We met on 2.28. and agreed to talk again." + TRANSCRIPT_BODY
    )
    said = ingested_statements(tmp_path, page, PUBLISHED)
    assert said and all(s["said_on"] == "2024-02-28" for s in said), said
