"""Page layout of transcripts, speeches, press conferences and live pages in real copy, round
thirteen (classes taken from the errors left on the open sets). Each test in new words."""

from __future__ import annotations

import datetime

from tracker.extract import extract

TUESDAY = datetime.date(2023, 9, 12)


def _starting(found: list, *openings: str) -> list:
    return [s for s in found if s.text.startswith(openings)]


def test_an_opening_statement_splits_at_announcements_and_named_topics() -> None:
    # "Today, I can announce ...", "As for X, ...", "Ministers will also ...": each opens the
    # next item of a prepared opening statement, a statement of its own
    text = (
        "Press conference\n"
        "by the Director-General Amara Lindqvist ahead of the ministerial meeting\n\n"
        "12 Sep. 2023\n\n"
        "Moderator: Good afternoon. The Director-General will say a few words first.\n\n"
        "Director-General Amara Lindqvist: Good afternoon.\n\n"
        "Tomorrow, trade ministers from all our members will gather here to discuss the "
        "reform of the dispute settlement system and the rules on fishing subsidies.\n\n"
        "Today, I can announce that forty members have now ratified the agreement on "
        "fisheries subsidies. That is twice as many as a year ago, and it brings the "
        "agreement close to entering into force.\n\n"
        "As for agriculture, the positions remain far apart, and I do not expect a "
        "breakthrough this week. But every conversation helps.\n\n"
        "Ministers will also discuss how to help the poorest members build the capacity "
        "they need to trade online, which matters more every year.\n\n"
        "Moderator: Thank you. First question, please.\n\n"
        "Question [Agence Presse]: Will the dispute system be working again by next year?\n\n"
        "Director-General: I hope so. Members know that a trading system without a referee "
        "cannot last, and the talks have moved forward over the summer.\n"
    )
    found = extract(text, published=TUESDAY)
    items = _starting(found, "Today, I can announce", "As for agriculture", "Ministers will also")
    assert [s.speaker for s in items] == ["Amara Lindqvist"] * 3


def test_a_parallel_item_opens_with_at_the_same_time() -> None:
    # "At the same time, we welcome ...": a briefer's second item of the opening, set beside
    # the condolences before it
    text = (
        "Department Press Briefing\n\n"
        "MS. HALVERSEN: Good afternoon. A few things at the top.\n\n"
        "First, we offer our deepest condolences to the people of Chile after the floods "
        "that struck the south of the country over the weekend.\n\n"
        "At the same time, we welcome the agreement reached yesterday between the parties "
        "in Guatemala, and we look forward to working with the new cabinet.\n\n"
        "QUESTION: Will the Secretary travel to the region?\n\n"
        "MS. HALVERSEN: I have no travel to announce today, but we are in close touch with "
        "our partners there.\n"
    )
    found = extract(text, published=TUESDAY)
    assert [s.speaker for s in _starting(found, "At the same time")] == ["Halversen"]


def test_a_cookie_notice_does_not_end_the_head_of_a_speech_page() -> None:
    # the site's notice of its cookies is chrome above the page: the "Speech" kind and the
    # "From:" field below it still say whose the unlabelled opening is, not the guest's whom
    # the first paragraph thanks
    text = (
        "Skip to main content\n"
        "Cookies on the portal\n"
        "We use some essential cookies to make this website work properly.\n"
        "Accept cookies   Reject cookies\n\n"
        "Home\n"
        "World\n"
        "Trade\n\n"
        "Speech\n"
        "Trade Secretary remarks at the Port Summit: 12 September 2023\n"
        "The Trade Secretary's remarks and answers to questions after the Port Summit.\n\n"
        "From: Department for Business and Trade and The Rt Hon Miriam Okafor MP\n"
        "Published 12 September 2023\n"
        "Location: Liverpool\n\n"
        "Good morning.\n\n"
        "I want to begin by thanking the ministers who joined us today, and Minister "
        "Haraldsen of Norway above all.\n\n"
        "Our ports handle nine tenths of the goods this country buys and sells, and we "
        "cannot let them fall behind those of our neighbours.\n\n"
        "That is why we will invest two billion pounds in new cranes and rail links over "
        "the next five years, starting in the north.\n\n"
        "Thank you. I'll take some questions.\n\n"
        "Ali Brook, Northern Post: Will the money reach the smaller ports?\n\n"
        "Trade Secretary: Yes. A third of it is set aside for ports outside the ten largest.\n"
    )
    found = extract(text, published=TUESDAY)
    said = [s for s in found if "Our ports handle" in s.text]
    assert [s.speaker for s in said] == ["Miriam Okafor"]


def test_a_quote_of_several_paragraphs_in_straight_marks_opened_once_and_closed_once() -> None:
    # plain-text copy of a release printed in full: the straight mark opens the first
    # paragraph and closes the last, the paragraphs between carry no mark; all of it is the
    # statement, as when each paragraph reopens the quotation
    text = (
        "Lima welcomes river treaty\n\n"
        "The Foreign Ministry on Tuesday welcomed the treaty signed in Quito on the shared "
        "management of the Amazon basin. The ministry said in its statement:\n\n"
        '"We welcome the treaty signed today in Quito between the states of the basin on '
        "the protection of its rivers and forests.\n\n"
        "Peru has always held that the basin can only be protected by the countries that "
        "share it, acting together and in good faith.\n\n"
        "We expect the treaty to enter into force within a year, and we will host the first "
        'meeting of its commission in Iquitos."\n\n'
        "The treaty was negotiated over four years.\n"
    )
    found = extract(text, published=TUESDAY)
    said = [s for s in found if s.text.startswith("We welcome the treaty")]
    assert len(said) == 1
    assert "Peru has always held" in said[0].text
    assert said[0].text.rstrip(' ."').endswith("commission in Iquitos")
