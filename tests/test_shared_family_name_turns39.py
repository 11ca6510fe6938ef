"""Two people of one family name in a live page (WION, NDTV): the spokesman Wang Wenbin
quoted, then the top diplomat Wang Yi named in full as a sentence's subject, then '"...,"
Wang told Lavrov': the story has turned to Wang Yi. Named only inside another's sentence
("ahead of a visit by Wang Yi"), he is not whom "Wang" goes on to name.
Pages written here, in the manner of those outlets."""

import datetime

import pytest

from tests.statement_checks import assert_statements

TURNED = (
    "Wang Yi in Moscow Live updates:\n\n"
    '"We oppose any official contact with Taiwan," Chinese foreign ministry spokesperson Wang '
    'Wenbin said in Beijing. "Stop meddling in the Taiwan issue," Wang said.\n\n'
    "On Wednesday, China's top diplomat Wang Yi arrived in Moscow for talks on the war.\n\n"
    '"I am ready to exchange views with you, my old friend," Wang told Russian Foreign '
    "Minister Sergei Lavrov during their meeting Wednesday.\n"
)
# near miss, right on both: Wang Yi named only after a preposition, never a subject
NOT_TURNED = (
    "Beijing warns Washington Live updates:\n\n"
    '"We oppose any official contact with Taiwan," Chinese foreign ministry spokesperson Wang '
    "Wenbin said in Beijing.\n\n"
    "The remarks came ahead of a visit to Moscow by China's top diplomat Wang Yi.\n\n"
    '"Stop meddling in the Taiwan issue," Wang told reporters on Wednesday.\n'
)


@pytest.mark.parametrize(
    ("page", "want"),
    [
        (
            TURNED,
            [
                ("Wang Wenbin", "We oppose any official contact", "2023-02-22"),
                ("Wang Wenbin", "Stop meddling in the Taiwan issue", "2023-02-22"),
                ("Wang Yi", "I am ready to exchange views", "2023-02-22"),
            ],
        ),
        (
            NOT_TURNED,
            [
                ("Wang Wenbin", "We oppose any official contact", "2023-02-22"),
                ("Wang Wenbin", "Stop meddling in the Taiwan issue", "2023-02-22"),
            ],
        ),
    ],
)
def test_the_family_name_names_whom_the_story_turned_to(page, want):
    assert_statements(page, datetime.date(2023, 2, 22), want)
