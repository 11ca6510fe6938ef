"""A spokesperson the story leaves unnamed speaks for the body named with the title, also
when another outlet carried the words ("A Foreign Office spokesperson quoted by the Mail
said", no commas) and when the body's name joins its fields with "and" ("a spokesperson for
the Ministry of Foreign Affairs and Trade": the ministry, never a person called "Trade").
Articles written here in the manner of British and Australasian wire copy."""

from __future__ import annotations

import datetime

from tracker.extract import extract

RELAYED = (
    "UK summons Iranian envoy over detained aid worker\n\n"
    "LONDON, Jan 14 \u2014 Britain has summoned Iran's ambassador after a British-Iranian "
    "aid worker was sentenced to a further year in prison.\n\n"
    'A Foreign Office spokesperson quoted by the Mail said the sentence was "wholly '
    'unjustified" and that London would continue to press Tehran for her release.\n\n'
    "Iran does not recognise dual nationality.\n"
)

RELAYED_AGENCY = (
    "Ankara protests over border incident\n\n"
    "ANKARA (dpa) - Turkey has lodged a protest with Damascus over shelling near the "
    "border town of Akcakale.\n\n"
    "A Foreign Ministry spokesman cited by the state-run Anadolu news agency said the "
    "government would respond to any further violation of its territory.\n"
)

AND_IN_THE_BODY = (
    "Wellington raises concern over Pacific drills\n\n"
    "WELLINGTON, July 8 (AAP) - New Zealand has raised concern over live-fire exercises "
    "near its Pacific partners.\n\n"
    "A spokesperson for the Ministry of Foreign Affairs and Trade said the government had "
    "raised the matter through diplomatic channels.\n\n"
    "A Department of Foreign Affairs and Trade spokeswoman said Australia "
    "shared those concerns.\n"
)


def _read(text: str) -> list[tuple[str | None, str | None, str]]:
    return [
        (s.speaker, s.speaker_type, " ".join(s.text.split()[:3]))
        for s in extract(text, published=datetime.date(2023, 7, 8))
    ]


def test_an_outlet_that_relayed_the_words_leaves_the_body_speaking():
    assert ("Foreign Office", "institution", "the sentence was") in _read(RELAYED)


def test_an_agency_that_relayed_the_words_leaves_the_body_speaking():
    got = _read(RELAYED_AGENCY)
    assert any(sp == "Foreign Ministry" and w == "the government would" for sp, _, w in got)
    assert not any(sp and "Anadolu" in sp for sp, _, _ in got)


def test_a_body_whose_name_joins_its_fields_by_and_speaks_through_its_spokesperson():
    got = _read(AND_IN_THE_BODY)
    assert ("Ministry of Foreign Affairs and Trade", "institution", "the government had") in got
    dfat = ("Department of Foreign Affairs and Trade", "institution", "Australia shared those")
    assert dfat in got
    assert not any(sp == "Trade" for sp, _, _ in got)
