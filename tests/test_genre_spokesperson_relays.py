"""Call readouts in which a spokesperson tells what the minister or leader he speaks for
said: "The minister stressed that ..., Foreign Ministry Spokesman X said in a statement" and
"According to X, the Jordanian minister told Y that ...". The words are the minister's; the
spokesperson named with his post only relays them (as "..., the spokesman said" already
did). A bare post after a named source ("According to Peskov, the president ...") stays
with the source, and a deed or a sentence without a verb of saying of its own stays the
spokesperson's. Stories written here, in the manner of Gulf, Levant and Moscow wire copy."""

import datetime

import pytest

from tests.statement_checks import assert_statements

# the minister's words, a named spokesman's attribution after them
NAMED_SPOKESMAN_AFTER = (
    "Jordan, Turkey discuss Gaza aid in phone call\n\n"
    "AMMAN, March 3 (Petra) - Foreign Minister Ayman Safadi stressed in a call with his "
    "Turkish counterpart Hakan Fidan on Monday that Amman would keep working with Ankara to "
    "secure aid access to Gaza, ministry spokesman Sufian Qudah said in a statement.\n"
)
KREMLIN_AFTER = (
    "Putin, Erdogan discuss grain corridor\n\n"
    "MOSCOW, July 12 (Wire) - Russian President Vladimir Putin told Turkish President Tayyip "
    "Erdogan on Wednesday that Moscow was open to reviving the Black Sea grain deal, Kremlin "
    "spokesman Dmitry Peskov said.\n"
)
# "according to" a named spokesperson, then a post with its country that tells
ACCORDING_TO_NAMED = (
    "UAE, Oman review regional developments\n\n"
    "ABU DHABI, 14th May, 2025 (WAM) -- Sheikh Abdullah bin Zayed, Minister of Foreign "
    "Affairs, received a phone call today from Omani Foreign Minister Badr Albusaidi, ministry "
    "spokeswoman Afra Al Hameli said.\n\n"
    "According to Al Hameli, the Omani minister told his Emirati counterpart that Muscat "
    "would host another round of talks on Yemen next month.\n"
)
# near misses, the same on both: a bare post after a named source; a deed relayed; an act
# with no clause said ("condemned the shelling"), which stays the spokesperson's account
BARE_POST = (
    "Kremlin reports call with Ankara\n\n"
    "MOSCOW, July 12 (Wire) - Russian President Vladimir Putin spoke by phone with Turkish "
    "President Tayyip Erdogan on Wednesday, Kremlin spokesman Dmitry Peskov said. According "
    "to Peskov, the president assured his guest that Moscow valued the partnership.\n"
)
DEED_RELAYED = (
    "Moscow recalls envoy\n\n"
    "MOSCOW, July 12 (Wire) - Russia has recalled its ambassador for consultations, Kremlin "
    "spokesman Dmitry Peskov said on Wednesday.\n"
)
ACT_RELAYED = (
    "Kuwait denounces shelling\n\n"
    "KUWAIT, Jan 9 (KUNA) -- Foreign Minister Abdullah Al-Yahya condemned the shelling of a "
    "shelter in Gaza, ministry spokesman Ahmad Al-Shuraim said on Thursday.\n"
)


@pytest.mark.parametrize(
    ("page", "published", "want"),
    [
        (
            NAMED_SPOKESMAN_AFTER,
            datetime.date(2025, 3, 3),
            [("Ayman Safadi", "Amman would keep working with Ankara", "2025-03-03")],
        ),
        (
            KREMLIN_AFTER,
            datetime.date(2023, 7, 12),
            [("Vladimir Putin", "Moscow was open to reviving", "2023-07-12")],
        ),
        (
            ACCORDING_TO_NAMED,
            datetime.date(2025, 5, 14),
            [
                ("Afra Al Hameli", "Sheikh Abdullah bin Zayed, Minister", "2025-05-14"),
                ("Badr Albusaidi", "Muscat would host another round", "2025-05-14"),
            ],
        ),
        (
            BARE_POST,
            datetime.date(2023, 7, 12),
            [
                ("Dmitry Peskov", "Russian President Vladimir Putin spoke", "2023-07-12"),
                ("Dmitry Peskov", "the president assured his guest", "2023-07-12"),
            ],
        ),
        (
            DEED_RELAYED,
            datetime.date(2023, 7, 12),
            [("Dmitry Peskov", "Russia has recalled its ambassador", "2023-07-12")],
        ),
        (
            ACT_RELAYED,
            datetime.date(2025, 1, 9),
            [("Ahmad Al-Shuraim", "Foreign Minister Abdullah Al-Yahya", "2025-01-09")],
        ),
    ],
)
def test_spokesperson_relays(page: str, published: datetime.date, want: list) -> None:
    assert_statements(page, published, want)


def test_relayed_words_end_before_the_spokesman() -> None:
    """The minister's words stop at the comma before the spokesman's post and name."""
    from tracker.extract import extract

    (found,) = extract(KREMLIN_AFTER, published=datetime.date(2023, 7, 12))
    assert found.text == "Moscow was open to reviving the Black Sea grain deal"
