"""A trailing attribution with a clause of its own joined on after its day ("..., the top
government spokesman said Wednesday, while the minister in charge released a statement that
urged ..."): the words of the first verb are the clause before its speaker, never what
follows the "that" of the joined clause. Not an occasion ("said on Wednesday, while visiting
Osaka"), whose clause before is the words as ever. Stories written here in the manner of
Kyodo's English copy."""

import datetime

from tracker.extract import extract

PUBLISHED = datetime.date(2013, 5, 22)

JOINED = (
    "TOKYO (Kyodo) -- Japan may reopen talks with North Korea on the abduction issue, Chief "
    "Cabinet Secretary Yoshihide Suga said Wednesday, while the minister in charge of the "
    "issue released a statement that urged Pyongyang to make the right decision.\n"
)
# near miss: the while-clause tells the occasion, no subject of its own
OCCASION = (
    "TOKYO (Kyodo) -- Japan may reopen talks with North Korea on the abduction issue, Chief "
    "Cabinet Secretary Yoshihide Suga said Wednesday, while visiting Osaka.\n"
)


def _texts(page: str) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.text) for s in extract(page, published=PUBLISHED)]


def test_joined_clause_after_the_day_leaves_the_words_before() -> None:
    got = _texts(JOINED)
    assert got, got
    assert got[0] == (
        "Yoshihide Suga",
        "Japan may reopen talks with North Korea on the abduction issue",
    ), got
    assert all(
        not text.startswith("urged Pyongyang") or who != "Yoshihide Suga" for who, text in got
    ), got


def test_occasion_after_the_day_keeps_the_words_before() -> None:
    got = _texts(OCCASION)
    assert got == [
        ("Yoshihide Suga", "Japan may reopen talks with North Korea on the abduction issue")
    ], got
