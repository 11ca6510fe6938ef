"""Two people the story names in full who share the word a later mention uses ("Crown
Prince Mohammed" after Mohammed bin Salman and Mohammed bin Zayed): the later mention went to
the one named last, though only in an aside (round 34, second wave). Now the one its own
paragraph named in full before it; else the one of them who spoke last under the full name.
Each test in new words written here, in the style of Gulf and wire copy."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

SUNDAY = datetime.date(2025, 2, 16)


def test_the_host_who_spoke_not_the_guest_named_in_an_aside() -> None:
    assert_statements(
        "Kingdom hosts Yemen talks\n\n"
        "RIYADH: Saudi Crown Prince Mohammed bin Salman said on Saturday that the talks "
        "would give Yemenis hope.\n\n"
        "The delegations were received by the crown prince and Abu Dhabi Crown Prince "
        "Mohammed bin Zayed at Al-Yamamah Palace.\n\n"
        '"The war has gone on far too long," Crown Prince Mohammed said in his opening '
        "address.\n",
        SUNDAY,
        [
            ("Mohammed bin Salman", "the talks would give Yemenis hope", "2025-02-15"),
            ("Mohammed bin Salman", "The war has gone on far too long", "2025-02-15"),
        ],
    )


def test_the_one_the_same_paragraph_named_in_full_near_miss() -> None:
    # near miss, the same on the starting code: the paragraph's own full name, named last
    assert_statements(
        "Gulf leaders meet on oil\n\n"
        "DUBAI (Reuters) - Saudi Crown Prince Mohammed bin Salman said on Saturday that "
        "output would stay steady.\n\n"
        "Abu Dhabi Crown Prince Mohammed bin Zayed flew in later. Crown Prince Mohammed "
        "said the Emirates would raise their own output next year.\n",
        SUNDAY,
        [
            ("Mohammed bin Salman", "output would stay steady", "2025-02-15"),
            ("Mohammed bin Zayed", "the Emirates would raise their own output", "2025-02-16"),
        ],
    )


def test_sheikh_and_a_shared_given_name() -> None:
    # "Sheikh Mohammed" after the ruler of Dubai spoke and Abu Dhabi's ruler was named as
    # one who attended: the one who spoke
    assert_statements(
        "Dubai opens new airport terminal\n\n"
        "DUBAI (WAM) - Sheikh Mohammed bin Rashid, the ruler of Dubai, said on Saturday that "
        "the terminal would serve 40 million travellers.\n\n"
        "The ceremony was attended by Sheikh Mohammed bin Zayed and foreign envoys.\n\n"
        '"We build for the next fifty years," Sheikh Mohammed said.\n',
        SUNDAY,
        [
            ("Mohammed bin Rashid", "the terminal would serve 40 million travellers", "2025-02-15"),
            ("Mohammed bin Rashid", "We build for the next fifty years", "2025-02-15"),
        ],
    )


def test_the_one_who_spoke_last_near_miss() -> None:
    # near miss, the same on the starting code: the one named last also spoke last
    assert_statements(
        "Gulf leaders meet on oil\n\n"
        "DUBAI (Reuters) - Saudi Crown Prince Mohammed bin Salman said on Saturday that "
        "output would stay steady.\n\n"
        '"We will not flood the market," Abu Dhabi Crown Prince Mohammed bin Zayed said.\n\n'
        '"Prices must be fair," Crown Prince Mohammed said.\n',
        SUNDAY,
        [
            ("Mohammed bin Salman", "output would stay steady", "2025-02-15"),
            ("Mohammed bin Zayed", "We will not flood the market", "2025-02-16"),
            ("Mohammed bin Zayed", "Prices must be fair", "2025-02-16"),
        ],
    )
