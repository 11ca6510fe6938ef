"""A spokesperson's name set off before the post ("Stano, a spokesman for the Commission,")
starts a word: a capital inside a longer run of letters is no name. Without that, each
capital inside one endless word was tried to the word's end (quadratic; its cost is
measured by tests/benchmarks/bench_worst_case.py, 'one endless word')."""

from tracker.extract.frames import _NAME_THEN_POST, spokespeople_surnames


def test_a_name_set_off_before_the_post_is_found() -> None:
    text = "Peter Stano, a spokesman for the European Commission, said the talks had ended."
    assert spokespeople_surnames(text) == frozenset({"stano"})


def test_a_capital_inside_a_word_starts_no_name() -> None:
    assert _NAME_THEN_POST.search("wordStano, a spokesman for the Commission, said") is None
    assert spokespeople_surnames("reStano, a spokesman for the Commission, said") == frozenset()
