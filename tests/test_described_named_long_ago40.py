"""A description ("the minister") is looked for among the people named before it: all of
them in any real article, however far back the one meant was named; on a page with more
entities than any article names, among the people named last (Registry.named_lately), so
the one just named is still found there. Stories written here; each expected statement is
checked for its speaker, its first words and its day."""

import datetime

from tests.statement_checks import assert_statements
from tracker.extract import pipeline
from tracker.extract.coref import Registry

PUBLISHED = datetime.date(2024, 5, 1)

# the minister named once, in the lead, and 300 sentences of no one before "the minister"
NAMED_LONG_AGO = (
    "MOSCOW, May 1 (Wire) - Russian Foreign Minister Sergei Lavrov arrived in the capital "
    "on Wednesday for talks on the grain deal.\n\n"
    + "The convoy crossed the river and the weather stayed mild all day. " * 300
    + "\n\nThe minister said the talks were over.\n"
)

# a page naming 400 people, each a speaker, then a minister named and described
CROWDED = (
    "".join(f"Aide Anna{n} Smith{n} said the talks were over. " for n in range(400))
    + "Foreign Minister Sergei Lavrov arrived on Wednesday. "
    + "The minister said the deal was dead.\n"
)


def test_minister_named_long_ago() -> None:
    assert_statements(
        NAMED_LONG_AGO,
        PUBLISHED,
        [("Sergei Lavrov", "the talks were over", "2024-05-01")],
    )


def test_minister_named_just_before_on_a_crowded_page() -> None:
    found = [
        (s.speaker, s.text)
        for s in pipeline.extract(CROWDED, published=PUBLISHED)
        if s.text.startswith("the deal was dead")
    ]
    assert found == [("Sergei Lavrov", "the deal was dead")]


def test_all_entities_of_an_article() -> None:
    # (an article's registry: every entity, the very list, whatever the position)
    reg = Registry(NAMED_LONG_AGO, None, [0], [])
    assert reg.named_lately(len(NAMED_LONG_AGO)) is reg.entities
