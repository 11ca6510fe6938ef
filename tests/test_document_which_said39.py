"""A document its issuer put out, then the document telling: "issued a statement on Tuesday,
which stressed that ...", "выступил с заявлением, в котором подчеркивается, что ...": the
issuer speaks, and what was said is the clause after "that"/"что", not the document named.
Stories written here, in the manner of English-language wires and Russian agencies."""

import datetime

import pytest

from tests.statement_checks import assert_statements

WHICH_STRESSED = (
    "China rejects sanctions plan\n\n"
    "BEIJING, June 5 (Reuters) - China's Foreign Ministry issued a statement on Tuesday, "
    "which stressed that the country would never accept sanctions imposed by Washington.\n"
)
WHICH_SAID = (
    "Embassy blames coast guard\n\n"
    "MANILA, June 5 (Reuters) - The Chinese embassy in Manila released a statement on "
    "Wednesday which said that the Philippine vessels had entered the waters first.\n"
)
# near miss, right on both: a document issued, then an act of its own ("showed"), no saying
WHICH_SHOWED = (
    "Ministry releases footage\n\n"
    "BEIJING, June 5 (Reuters) - China's Foreign Ministry released a video on Tuesday, which "
    "showed coast guard vessels near the shoal.\n"
)
APPEARED_WITH_STATEMENT = (
    "Москва ответила на санкции\n\n"
    "МОСКВА, 5 июня. /ТАСС/. Министр иностранных дел России Сергей Лавров во вторник "
    "выступил с заявлением, в котором подчеркнул, что Москва не признает новые ограничения.\n"
)
APPEARED_PASSIVE_ASIDE = (
    "Москва ответила на санкции\n\n"
    "МОСКВА, 5 июня. /ТАСС/. МИД России во вторник выступил с заявлением, в котором, "
    "в частности, говорится, что Москва не признает новые ограничения Евросоюза.\n"
)
# near miss, right on both: "выступил с заявлением о том, что ..." opens at its own "что"
APPEARED_ABOUT = (
    "Москва ответила на санкции\n\n"
    "МОСКВА, 5 июня. /ТАСС/. Сергей Лавров во вторник выступил с заявлением о том, что "
    "Москва не признает новые ограничения.\n"
)


@pytest.mark.parametrize(
    ("page", "want"),
    [
        (
            WHICH_STRESSED,
            [("Chinese Foreign Ministry", "the country would never accept", "2026-06-02")],
        ),
        (
            WHICH_SAID,
            [("Chinese Embassy in Manila", "the Philippine vessels had entered", "2026-06-03")],
        ),
        (WHICH_SHOWED, []),
        (
            APPEARED_WITH_STATEMENT,
            [("Сергей Лавров", "Москва не признает новые ограничения", "2026-06-02")],
        ),
        (
            APPEARED_PASSIVE_ASIDE,
            [("МИД России", "Москва не признает новые ограничения", "2026-06-02")],
        ),
        (APPEARED_ABOUT, [("Сергей Лавров", "Москва не признает новые ограничения", "2026-06-02")]),
    ],
)
def test_the_issuer_speaks_in_the_document_it_issued(page, want):
    assert_statements(page, datetime.date(2026, 6, 5), want)
