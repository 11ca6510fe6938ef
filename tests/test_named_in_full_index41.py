"""what_was_said.named_in_full_before answers from an index of capitalised words built once
per text (a page of thousands of distinct names asked about was quadratic: bench_worst_case
'remarks on a topic in one sentence'); these pin the answers the scan gave."""

from tracker.extract.what_was_said import named_in_full_before

TEXT = (
    "Foreign Minister Sergei Lavrov met Stephen O'Brien on Monday. "
    "The minister said lavrov-style talks were over, and Lavrov's aide agreed. "
    "later Kuleba spoke, and Kuleba said the talks had failed."
)


def test_a_surname_closing_a_full_name_before_the_point_is_found() -> None:
    assert named_in_full_before(TEXT, "Lavrov", len(TEXT))
    assert named_in_full_before(TEXT, "O'Brien", len(TEXT))
    assert named_in_full_before(TEXT, "Sergei Lavrov", len(TEXT))


def test_a_surname_named_in_full_only_after_the_point_is_not() -> None:
    assert not named_in_full_before(TEXT, "Lavrov", TEXT.index("Lavrov"))
    assert not named_in_full_before(TEXT, "Lavrov", TEXT.index("Lavrov") + 3)


def test_a_surname_after_a_word_in_lower_case_is_no_full_name() -> None:
    # "later Kuleba", "and Kuleba": no capitalised given name before it
    assert not named_in_full_before(TEXT, "Kuleba", len(TEXT))


def test_a_surname_that_is_only_the_start_of_a_longer_word_is_not_found() -> None:
    assert not named_in_full_before("Minister Sergei Lavrovsky said.", "Lavrov", 31)
