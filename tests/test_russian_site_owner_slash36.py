"""Round thirty-six, review fix: a channel's first line may give the embassy's name in the
host's language after a slash with no blanks around it ("Посольство России в
Австрии/Botschaft ..."); the embassy is still the page's owner, and the comment it posts its
own statement. In new words."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements


def test_an_unspaced_slash_after_the_embassys_name_still_names_the_owner() -> None:
    text = (
        "Посольство России в Австрии/Botschaft der Russischen Föderation in Österreich\n\n"
        "❗️ Комментарий Посольства в связи с высылкой российских дипломатов\n\n"
        "Решение австрийских властей продиктовано не интересами безопасности, а "
        "политической конъюнктурой.\n\n"
        "Ответные меры не заставят себя ждать.\n\n"
        "👁 6.2K  16:40\n"
    )
    embassy = "Посольство России в Австрии"
    assert_statements(
        text,
        datetime.date(2025, 5, 21),
        [
            (embassy, "Решение австрийских властей", "2025-05-21"),
            (embassy, "Ответные меры не заставят", "2025-05-21"),
        ],
    )
