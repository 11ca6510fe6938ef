"""A ministry's own briefing pages that name no briefer, and the bounds of a briefer's turn.

* Bare "Question:"/"Answer:" labels (or answers unlabelled) under a briefing's title naming
  no one who briefs: the answers are the ministry's the title, the head of the page or the
  site's address names (ANNOTATION.md: "the institution's name when an institution speaks");
  unknown, and so no statement, only when none of them names one.
* A page announced as a transcript ("[This is a rush transcript ...]"), no label on it and
  no briefer named: the site owner's briefing.
* An answer stays one turn, a rhetorical question of the speaker's own in it included; only
  opening remarks before any question are split at one.
* "X will also ..." adding to what the paragraph above relays X announced goes on with it.
"""

from __future__ import annotations

import datetime

from tracker.extract import extract

DAY = datetime.date(2022, 3, 9)

TITLED_RECORD = """\
Record of the Weekly Press Briefing of the Ministry of Foreign Affairs (9 March 2022)

The Ministry of Foreign Affairs held its weekly press briefing on 9 March at the Ministry.

Question: How does the Ministry view the talks on the fisheries agreement that ended last \
week in Manila?

Answer: The talks were constructive and the two sides narrowed their differences on the \
quotas. A further round will be held before the end of the year.

Question: Is there any news about the citizens stranded at the border crossing?

Answer: Our embassy is in contact with the local authorities and all twelve citizens are \
safe. Arrangements for their return home are being made.
"""


def test_bare_answers_under_a_title_naming_the_ministry_are_the_ministrys() -> None:
    found = extract(TITLED_RECORD, published=DAY)
    assert {s.speaker for s in found} == {"Ministry of Foreign Affairs"}
    assert {s.speaker_type for s in found} == {"institution"}
    assert any(s.text.startswith("The talks were constructive") for s in found)
    assert any(s.text.startswith("Our embassy is in contact") for s in found)
    # the record telling its own occasion is no one's words, the questions no statements
    assert not any(s.text.startswith(("The Ministry of Foreign", "How does")) for s in found)


def test_the_sites_address_gives_the_titled_ministry_its_state() -> None:
    found = extract(TITLED_RECORD, published=DAY, url="https://www.mfa.gov.lk/briefing-9-march/")
    assert {s.speaker for s in found} == {"Ministry of Foreign Affairs of Sri Lanka"}


UNLABELLED_ANSWERS = """\
Press Briefing on the Regional Situation

Foreign Office, Dhaka
Wednesday, 9 March 2022

Question: Has the government received a request to evacuate foreign nationals?

We have received requests from several friendly countries and are assisting them through \
the embassies concerned. The airport remains open for commercial flights.

Question: When will the joint commission meet?

The dates are being worked out through diplomatic channels and will be announced soon.
"""


def test_unlabelled_answers_under_a_line_naming_the_office_are_the_offices() -> None:
    found = extract(UNLABELLED_ANSWERS, published=DAY)
    assert {s.speaker for s in found} == {"Foreign Office"}
    assert any(s.text.startswith("We have received requests") for s in found)
    assert any(s.text.startswith("The dates are being worked out") for s in found)


NUMBERED_TITLED = """\
The 7th Regular Press Conference of the Ministry of Foreign Affairs (9th March 2022)

1. Tuoi Tre: Several foreign survey ships were reported near the continental shelf this \
week. What is the Ministry's response?

The competent authorities are monitoring the situation closely. Any survey in these waters \
requires the permission of the coastal state under international law.

2. Bloomberg: Will the Deputy Prime Minister attend the investment forum in Singapore?

The programme of the delegation is still being finalised and will be announced later.
"""


def test_a_numbered_conference_whose_title_names_the_ministry_is_the_ministrys() -> None:
    found = extract(NUMBERED_TITLED, published=DAY)
    assert {s.speaker for s in found} == {"Ministry of Foreign Affairs"}
    assert any(s.text.startswith("The competent authorities") for s in found)
    assert not any(s.text.rstrip().endswith("?") for s in found)


NUMBERED_NAMED_NOWHERE = NUMBERED_TITLED.replace(" of the Ministry of Foreign Affairs", "")


def test_a_numbered_conference_named_by_the_site_is_the_sites_ministry() -> None:
    found = extract(
        NUMBERED_NAMED_NOWHERE, published=DAY, url="https://mofa.gov.vn/en/press/7th-conf"
    )
    assert {s.speaker for s in found} == {"Ministry of Foreign Affairs of Vietnam"}


def test_a_numbered_conference_no_one_names_stays_no_ones() -> None:
    assert not extract(NUMBERED_NAMED_NOWHERE, published=DAY)


RUSH_TRANSCRIPT = """\
[This is a rush transcript. It may be revised later]

Thank you for joining us today.

This week marks the opening of our new consulate in Erbil, which will serve the growing \
community of our citizens working in the region and expand trade with our partners there.

We welcome the agreement reached in Doha on the exchange of detainees and hope it will \
build confidence between the parties.
"""


def test_a_labelless_rush_transcript_is_the_site_owners_briefing() -> None:
    found = extract(RUSH_TRANSCRIPT, published=DAY, url="https://mofa.gov.pk/weekly-briefing/")
    owner = [s for s in found if s.speaker == "Ministry of Foreign Affairs of Pakistan"]
    assert owner
    assert any("This week marks the opening" in s.text for s in owner)
    assert {s.speaker_type for s in owner} == {"institution"}


def test_a_labelless_rush_transcript_of_no_known_site_is_no_ones() -> None:
    assert not extract(RUSH_TRANSCRIPT, published=DAY)


OWN_QUESTION_IN_AN_ANSWER = """\
Press Conference by Foreign Minister KATO Hiroshi

Wednesday, March 9, 2022, 3:05 p.m. Ministry of Foreign Affairs

Jiji Press, MORI: What is your response to the launch this morning?

Minister KATO: The launch this morning violates the Security Council resolutions. Japan has \
lodged a strong protest through diplomatic channels.

What will the other side do next? We cannot rule anything out, and we will keep in close \
touch with our partners.

Jiji Press, MORI: Thank you.
"""


def test_an_answer_stays_whole_past_the_speakers_own_question() -> None:
    found = extract(OWN_QUESTION_IN_AN_ANSWER, published=DAY)
    assert len(found) == 1
    assert found[0].text.startswith("The launch this morning")
    assert "What will the other side do next?" in found[0].text


RELAYED_THEN_ALSO = """\
Department Press Briefing

Spokesperson Jane Carter
Washington, DC
March 9, 2022

MS CARTER: Good afternoon. A few things at the top. Earlier today the Secretary announced \
that the United States is providing $150 million in new humanitarian assistance for people \
displaced by the floods, bringing our total this year to $400 million.

The United States will also provide $40 million to help rebuild schools and clinics in the \
districts worst hit by the floods.

QUESTION: Thank you. On the floods, how will the aid be delivered?

MS CARTER: Through our partners on the ground, as before.
"""


def test_also_adding_to_the_announcement_relayed_above_goes_on_with_it() -> None:
    found = extract(RELAYED_THEN_ALSO, published=DAY)
    carter = [s for s in found if s.speaker == "Jane Carter"]
    assert not any(s.text.startswith("The United States will also") for s in carter)
    assert any("The United States will also provide $40 million" in s.text for s in carter)


TITLED_SPOKESPERSON = """\
Regular Press Conference of Foreign Ministry Spokesperson Lin Meihua on 9 March 2022

Q: The two sides resumed border talks yesterday. What is the Ministry's comment?

A: We welcome the resumption of the talks and hope both sides will keep up the momentum.

Q: Will the Foreign Minister attend the summit next month?

A: We will release information on that in due course.
"""

SPOKESPERSON_ANSWERS = """\
Spokesperson Tran Van Minh answers questions at the regular press conference

Question: What is the Ministry's response to the survey ship's activities in the area?

Answer: We demand that the ship leave the area at once. Any activity there without our \
consent is null and void.
"""


def test_a_spokesperson_the_title_names_answers_not_the_site_ministry() -> None:
    """The title names who briefs ("... Spokesperson Lin Meihua on ...", "Spokesperson X
    answers questions ..."): the bare answers are that person's, never the ministry's the
    title or the site's address names (a review of round 40 found them given to the
    ministry)."""
    for text, who in ((TITLED_SPOKESPERSON, "Lin Meihua"), (SPOKESPERSON_ANSWERS, "Tran Van Minh")):
        for url in (None, "https://www.mofa.gov.vn/en/press/briefing-1"):
            said = extract(text, published=DAY, url=url)
            assert said, (who, url)
            assert {s.speaker for s in said} == {who}, (who, url, [s.speaker for s in said])
