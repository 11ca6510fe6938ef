"""Review of the round that added publication dates known only to the month or year: what
stats, who, official show, the web pages, source edit, said --format json and the Python API
say about statements dated from such a page."""

from __future__ import annotations

import pytest

from tracker import Tracker
from tracker.errors import InvalidInput

# Written for these tests: a page known only to its month (December 2021).
ARTICLE = """Ryabkov rejects NATO expansion

MOSCOW -- Russian Deputy Foreign Minister Sergei Ryabkov said on Tuesday that Moscow would \
not accept any further NATO expansion to the east.

"We need legally binding guarantees," Ryabkov said.

Earlier, Maria Zakharova said that the West had ignored Russian proposals for years.
"""


@pytest.fixture
def api(db_url: str):
    with Tracker(db_url) as tracker:
        yield tracker


@pytest.mark.parametrize(
    ("given", "named"),
    [
        ({"published": "2021-12-01/2021-12-05"}, "published takes a day, a month or a year"),
        ({"published": "2021-02-30"}, "published: no such date"),
        ({"url": "ftp://example.org/x"}, "url must be an http or https URL"),
        ({"language": "english!"}, "language takes a code"),
    ],
)
def test_the_api_names_its_own_parameters_not_the_cli_options(api, given, named) -> None:
    with pytest.raises(InvalidInput) as refused:
        api.ingest_text(ARTICLE, **given)
    assert str(refused.value).startswith(named) and "--" not in str(refused.value)
    with pytest.raises(InvalidInput) as refused:
        api.extract_text(ARTICLE, **given)
    assert str(refused.value).startswith(named)
