"""What was said, in the press releases of international bodies and the wire copy that
follows them: "..., in what X described as ...", the speaker's name for the event the
sentence tells; "It has repeatedly called on ..." after a sentence about a body; "X
welcomed the deal as '...', telling reporters that ...", two statements. Pages written here,
in the manner of such releases; each expected statement is checked for its speaker, its
first words and its day."""

import datetime

from tests.statement_checks import assert_statements

TUESDAY = datetime.date(2024, 10, 8)


def test_the_name_a_speaker_gave_the_event_told_is_their_statement() -> None:
    page = (
        "Update 251 - IAEA Director General Statement on Situation in Ukraine\n\n"
        "Press Release\nVienna, Austria\n8 October 2024\n\n"
        "A drone struck the training centre of the Zaporizhzhya Nuclear Power Plant today, in "
        "what IAEA Director General Rafael Mariano Grossi described as an alarming disregard "
        "for the safety of the site.\n\n"
        "Grain silos in the port of Izmail were set on fire by a missile, in what Foreign "
        "Minister Andrii Sybiha called a deliberate attack on global food security.\n"
    )
    assert_statements(
        page,
        TUESDAY,
        [
            ("Rafael Mariano Grossi", "an alarming disregard for the safety", "2024-10-08"),
            ("Andrii Sybiha", "a deliberate attack on global food", "2024-10-08"),
        ],
    )


def test_a_name_given_by_someone_the_sentence_does_not_name_is_no_statement() -> None:
    # a near miss that passes on the starting code too: "in what he called" names no one
    page = (
        "In what he called a fresh start, Prime Minister Jan Kowal named six new ministers "
        "on Tuesday.\n"
    )
    assert_statements(page, TUESDAY, [])


def test_it_opening_a_sentence_is_the_body_the_sentence_before_was_about() -> None:
    # a release's last paragraph: "The WFP has been working in Sudan since 1963. It has
    # repeatedly called on ...": the body named as that sentence's subject (by the initials
    # the release gave it), not the country named after it nor the last one quoted
    page = (
        "Sudan: WFP reaches El Fasher with first convoy in months\n\n"
        "News release\n8 October 2024\n\n"
        "Port Sudan - The World Food Programme (WFP) today delivered food to El Fasher for the "
        "first time since April.\n\n"
        '"Every truck that gets through saves lives," said Eddie Rowe, the WFP country '
        "director.\n\n"
        "The WFP has been working in Sudan since 1963. It has repeatedly called on the "
        "warring parties to open safe routes for aid convoys.\n"
    )
    assert_statements(
        page,
        TUESDAY,
        [
            ("Eddie Rowe", "Every truck that gets through", "2024-10-08"),
            ("World Food Programme", "repeatedly called on the warring", "../2024-10-08"),
        ],
    )


def test_words_told_to_someone_after_another_act_of_speech_are_a_statement() -> None:
    # "X welcomed the agreement as '...', telling reporters that ...": two statements, the
    # second told to those the participle names
    page = (
        'Foreign Minister Espen Barth Eide welcomed the agreement as "a turning point for the '
        'region", telling reporters in Oslo on Tuesday that Norway would send monitors to the '
        "border.\n"
    )
    assert_statements(
        page,
        TUESDAY,
        [
            ("Espen Barth Eide", 'welcomed the agreement as "a turning point', "2024-10-08"),
            ("Espen Barth Eide", "Norway would send monitors", "2024-10-08"),
        ],
    )


def test_words_told_after_a_saying_go_on_with_it() -> None:
    # a near miss that passes on the starting code too: after "said", "telling reporters
    # that ..." goes on with what was said
    page = (
        "President Alexander Stubb said the deal was fair, telling reporters that he expected "
        "a vote in parliament soon.\n"
    )
    assert_statements(page, TUESDAY, [("Alexander Stubb", "the deal was fair", "2024-10-08")])
