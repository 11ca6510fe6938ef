"""Round thirty-six, second review: a bare "центральный банк" is never "Всемирный банк";
a minister's own opening remarks under a "Выступление ..." header are his, not agency
narration; a fronted gerund whose piece holds a quotation keeps that statement; a speaking
body ("сторона", "агентство") before "..., который заявил" does not end the words. Each
test in new words."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements


def test_a_bare_central_bank_after_the_world_bank_is_not_the_world_bank() -> None:
    text = (
        "КАИР, 14 марта. /ТАСС/. Всемирный банк в пятницу сообщил, что экономика Марокко "
        "вырастет быстрее прежнего. Центральный банк в субботу сообщил, что рост цен "
        "постепенно замедляется.\n"
    )
    assert_statements(
        text,
        datetime.date(2025, 3, 15),
        [
            ("Всемирный банк", "экономика Марокко вырастет", "2025-03-14"),
            ("Центральный банк", "рост цен постепенно замедляется", "2025-03-15"),
        ],
    )
