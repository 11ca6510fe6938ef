"""Forms of the analysis piece quoting experts (Xinhua, ECNS, Global Times) and of the
write-up of a minister's op-ed (Breitbart and other US outlets):

* "..., said Carnegie's Paal": an expert named before, by surname, after the body he works
  at; he speaks (not "Kim's Sister", a headline's capitals on whom someone has);
* "Kim, by his visit to China, also signaled to Washington that ..., said X, a fellow": the
  whole sentence is what X said; Kim's verb is inside it;
* "an op-ed by minister X in which he demands that ...": the author, not the paper, speaks;
* "Enjoying the platform his government denies to its critics, X argues that ...": the verb
  inside the participle put first says nothing; X's verb is the sentence's;
* "He hints darkly that ...": an op-ed's present "hints", with a manner adverb before "that";
* "has published an op-ed by X in which he ...": the piece put out before the story's day,
  as "has written" tells ("../"); a statement's own perfect is left as it was.

Stories written here, in the manner of those outlets."""

import datetime

import pytest

from tests.statement_checks import assert_statements

SURNAME_AFTER_BODY = (
    "Experts see signal in Kim visit\n\n"
    "Bonnie Glaser, a senior adviser at the Center for Strategic and International Studies, "
    "told Xinhua by phone that the trip had been carefully prepared.\n\n"
    'Beijing "wants a say in what comes next" on the peninsula, said CSIS\'s Glaser.\n'
)
# near miss, right on both: whom someone has, capitalised, is no surname
KIN_CAPITALISED = (
    "Talks over, says Pyongyang\n\n"
    "Kim's Sister said the talks with Seoul were over.\n\n"
    "Bonnie Glaser, a senior adviser at CSIS, said the statement was a warning.\n"
)
SIGNALED_THEN_SAID = (
    "Experts see signal in Kim visit\n\n"
    "Kim Jong Un, by his trip to Beijing, also signaled to Washington that Pyongyang wants a "
    "seat at the table in any talks, said Scott Snyder, director of the program on U.S.-Korea "
    "policy at the Council on Foreign Relations.\n"
)
# near miss, right on both: the aside and the verb with no name closing the sentence
WARNED_NO_TAIL = (
    "Pompeo warns Tehran\n\n"
    "Mike Pompeo, in his speech at the Heritage Foundation, warned that Iran would pay a heavy "
    "price for any attack.\n"
)
OP_ED = (
    "Iran's Foreign Minister Writes Op-ed in Washington Post\n\n"
    "The Washington Post has published an op-ed by Iranian foreign minister Javad Zarif in "
    "which he demands that Washington drop its sanctions before any new talks. Enjoying the "
    "platform his government denies to its critics, Zarif argues that the region needs a "
    "security forum of its own.\n\n"
    "He hints darkly that the U.S. navy should leave the Persian Gulf.\n"
)
# near miss: "hints" a noun; "hinted at" with no clause, the next sentence's "that" not its
# own (int39 read "at a deal" as words, its adjunct running across the full stop)
HINTS_NOUN = (
    "Talks stall\n\n"
    "There were hints that the talks had stalled, Javad Zarif said on Monday.\n\n"
    "The minister hinted at a deal.\n\n"
    "He boasted proudly that his team had the upper hand.\n"
)


@pytest.mark.parametrize(
    ("page", "want"),
    [
        (
            SURNAME_AFTER_BODY,
            [
                ("Bonnie Glaser", "the trip had been carefully prepared", "2018-03-29"),
                ("Bonnie Glaser", 'Beijing "wants a say', "2018-03-29"),
            ],
        ),
        (
            KIN_CAPITALISED,
            [("Bonnie Glaser", "the statement was a warning", "2018-03-29")],
        ),
        (
            SIGNALED_THEN_SAID,
            [("Scott Snyder", "Kim Jong Un, by his trip to Beijing", "2018-03-29")],
        ),
        (WARNED_NO_TAIL, [("Mike Pompeo", "Iran would pay a heavy price", "2018-03-29")]),
    ],
)
def test_expert_named_after_the_words(page, want):
    assert_statements(page, datetime.date(2018, 3, 29), want)


@pytest.mark.parametrize(
    ("page", "want"),
    [
        (
            OP_ED,
            [
                # ("has published an op-ed": words put out before the story's day, "../")
                ("Javad Zarif", "demands that Washington drop its sanctions", "../2015-04-20"),
                ("Javad Zarif", "the region needs a security forum", "2015-04-20"),
                ("Javad Zarif", "the U.S. navy should leave", "2015-04-20"),
            ],
        ),
        (
            HINTS_NOUN,
            [
                ("Javad Zarif", "There were hints that the talks had stalled", "2015-04-20"),
                ("Javad Zarif", "his team had the upper hand", "2015-04-20"),
            ],
        ),
    ],
)
def test_op_ed_author_speaks(page, want):
    assert_statements(page, datetime.date(2015, 4, 20), want)
