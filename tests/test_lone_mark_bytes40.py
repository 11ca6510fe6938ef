"""A wire story (AP) republished by a station's site whose encoding broke it: every curly
quotation mark, apostrophe and dash left as the first byte of its UTF-8 form alone ("ā"
under ISO 8859-13, "â" under ISO 8859-1), so the dateline's dash and the quotes are no
marks. Read as the marks they were, the dateline and quotations are found again; a page
whose "ā" and "â" are letters of names is left as written. Pages written here, in the
manner of that copy."""

import datetime

import pytest

from tests.statement_checks import assert_statements

DAY = datetime.date(2025, 11, 16)

# ISO 8859-13: "ā" for each mark
BALTIC = (
    "TEHRAN ā Iranās foreign minister said Sunday that the country is ready to talk about its "
    "atomic program, trying to signal openness to the West.\n\n"
    "āWe have never left the table. Our program is peaceful,ā Foreign Minister Abbas "
    "Araghchi said. āThe other side has to show it is serious.ā\n\n"
    "Araghchi said Iranās position wasnāt going to change under pressure.\n"
)
# ISO 8859-1: "â" for each mark
LATIN = BALTIC.replace("ā", "â")
# near miss: the letters are letters (a Māori party's name, a Romanian city), true marks
# throughout; nothing is read as a mark
LETTERS = (
    "WELLINGTON \u2014 Te Pāti Māori co-leader Rawiri Waititi said Sunday the bill \u201cwill "
    "not pass.\u201d\n\n"
    "Ion Stânescu, the mayor of Brâncoveni, said the town\u2019s budget was approved.\n"
)


@pytest.mark.parametrize("page", [BALTIC, LATIN])
def test_lone_first_bytes_read_as_the_marks_they_were(page):
    assert_statements(
        page,
        DAY,
        [
            ("Abbas Araghchi", "the country is ready to talk", "2025-11-16"),
            ("Abbas Araghchi", "We have never left the table.", "2025-11-16"),
            ("Abbas Araghchi", "Iran\u2019s position wasn\u2019t going to change", "2025-11-16"),
        ],
    )


def test_letters_of_names_stay_letters():
    assert_statements(
        LETTERS,
        DAY,
        [
            ("Rawiri Waititi", "the bill", "2025-11-16"),
            ("Ion Stânescu", "the town\u2019s budget was approved", "2025-11-16"),
        ],
    )
