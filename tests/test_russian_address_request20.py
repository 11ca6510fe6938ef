"""'обратился к коллеге с просьбой разместить ...', 'обратилась с призывом к сторонам ...':
an address that carries a request, an appeal or a proposal says it, as 'попросил' does;
'обратился в суд', 'обратился к врачу' say nothing (issue 8, round twenty). Each test in new
words."""

from __future__ import annotations

import datetime

from tracker.extract import extract

PUB = datetime.date(2024, 4, 19)


def _found(body: str) -> list[tuple[str | None, str]]:
    text = "Переговоры в Астане\n\nАСТАНА, 19 апреля. /ТАСС/. " + body + "\n"
    return [(s.speaker, s.text) for s in extract(text, published=PUB)]


def test_an_address_carrying_a_request_says_it() -> None:
    found = _found(
        "Президент Киргизии Садыр Жапаров обратился к казахстанскому коллеге с просьбой "
        "ускорить поставки зерна в южные районы республики."
    )
    assert any(s == "Садыр Жапаров" and t.startswith("с просьбой ускорить") for s, t in found)


def test_an_address_carrying_an_appeal_or_a_proposal_says_it() -> None:
    for noun in ("с призывом", "с предложением"):
        found = _found(
            f"Глава МИД Узбекистана Бахтиёр Саидов в четверг обратился {noun} к соседям "
            "провести встречу по водным ресурсам до конца мая."
        )
        assert any(s == "Бахтиёр Саидов" and t.startswith(noun) for s, t in found), noun


def test_an_address_to_a_court_or_a_doctor_says_nothing() -> None:
    for body in (
        "Министр юстиции Таджикистана Музаффар Ашуриён обратился в международный суд.",
        "Посол Туркмении Ата Сердаров обратился к врачу после перелета.",
    ):
        assert _found(body) == [], body
