"""Russian reports of a minister's remarks at a press conference: "Он также выразил
благодарность российской стороне за теплый прием" is a statement of his, as "выразил
признательность" already was (the real gold counts thanks put in words as it counts
condolences); the statement starts after the verb. Near miss: "получил благодарность" is
no saying. Sentences written here, in the manner of Russian wire copy."""

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2025, 5, 27)

THANKS = (
    "Министр иностранных дел Турции Хакан Фидан заявил, что переговоры в Москве были "
    "продуктивными. Он также выразил благодарность российской стороне за теплый прием и "
    "гостеприимство.\n"
)

# near miss: thanks received, no words said
THANKS_RECEIVED = (
    "Министр иностранных дел Турции Хакан Фидан заявил, что переговоры в Москве были "
    "продуктивными. Посол также получил благодарность от министерства за многолетнюю "
    "работу.\n"
)


def test_gratitude_expressed() -> None:
    assert_statements(
        THANKS,
        PUBLISHED,
        [
            ("Хакан Фидан", "переговоры в Москве были", "2025-05-27"),
            ("Хакан Фидан", "благодарность российской стороне", "2025-05-27"),
        ],
    )


def test_gratitude_received() -> None:
    assert_statements(
        THANKS_RECEIVED,
        PUBLISHED,
        [("Хакан Фидан", "переговоры в Москве были", "2025-05-27")],
    )
