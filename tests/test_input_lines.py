"""An article whose line breaks were lost gives the statements its clean copy gives.

A feed's JSON field, a spreadsheet cell or a chat message gives an article on one line:
headline, standfirst, byline, dateline and paragraphs joined by single spaces. Others keep
the paragraphs' breaks but glue the headline to the lead. The reader took the headline's
verb for the lead's ("Norway offers to host ..." for Eide's words), and a day one paragraph
gave ran on into the next ones (Valtonen's words of Tuesday dated Monday).
"""

from __future__ import annotations

import datetime
import re

import pytest

from tracker.extract import extract
from tracker.extract.lost_lines import relined

DAY = datetime.date(2025, 3, 4)

WIRE = """Norway offers to host new round of Sudan ceasefire talks
Oslo says it is ready to bring the warring sides together before the rainy season
By Kari Lund
OSLO, March 3 (Reuters) - Norway is prepared to host a fresh round of talks between \
Sudan's warring parties, Foreign Minister Espen Barth Eide said on Monday.
"We have told both delegations that our door is open, and we will not set conditions on \
who sits at the table," Eide told reporters in Oslo.
The offer came a day after mediators in Jeddah suspended their own effort.
On Friday, the African Union's envoy Mohamed Ibn Chambas said the suspension was "a \
setback but not the end of the road."
"Nobody wins this war on the battlefield," Chambas said. "The only way out is through \
negotiation, and the sooner the better."
Eide said Norway had already spoken with officials in Cairo and Abu Dhabi about the plan.
"""

UNDATELINED = """Finland urges Russia to return seized embassy property
Finland on Tuesday called on Russia to return the embassy buildings it seized in Moscow \
last month, Foreign Minister Elina Valtonen said.
"Diplomatic premises are protected under the Vienna Convention, and this is not \
negotiable," Valtonen told parliament.
Russia's ambassador Pavel Kuznetsov said on Monday that the buildings had been "abandoned \
for years" and that Moscow acted within the law.
Valtonen said Helsinki would raise the matter with its European partners at Thursday's \
meeting in Brussels.
"""

RUSSIAN = """МИД Казахстана: Астана не получала запроса об экстрадиции
Астана не получала от Москвы официального запроса о выдаче задержанного бизнесмена, \
заявил во вторник официальный представитель МИД Казахстана Айбек Смадияров.
"Как только такой запрос поступит, он будет рассмотрен в установленном порядке", - сказал \
он на брифинге.
В понедельник посол России в Астане Алексей Бородавкин сообщил журналистам, что документы \
готовятся.
"Мы рассчитываем на понимание казахстанских партнеров", - отметил посол.
Смадияров добавил, что вопрос будет обсуждаться на встрече министров в пятницу.
"""


def _one_line(text: str) -> str:
    """Every line break a space (a JSON field's, a spreadsheet cell's copy)."""
    return re.sub(r"\s*\n\s*", " ", text).strip()


def _headline_glued(text: str) -> str:
    """The headline run into the lead; the paragraphs keep their single breaks."""
    return text.replace("\n", " ", 1)


def _byline_glued(text: str) -> str:
    """Headline, byline and dateline on one line (the standfirst left out, as feeds do)."""
    headline, _, byline, rest = text.split("\n", 3)
    return f"{headline} {byline} {rest}"


def _read(text: str) -> list[tuple[str | None, str | None, str]]:
    return [
        (s.speaker, s.said_on, " ".join(s.text.split()[:4])) for s in extract(text, published=DAY)
    ]


@pytest.mark.parametrize(
    ("article", "copy"),
    [
        (WIRE, _one_line),
        (WIRE, _byline_glued),
        (UNDATELINED, _one_line),
        (UNDATELINED, _headline_glued),
        (RUSSIAN, _one_line),
        (RUSSIAN, _headline_glued),
    ],
)
def test_copy_without_line_breaks_reads_as_the_article(article, copy):
    assert _read(copy(article)) == _read(article)


def test_the_clean_wire_story_reads_as_expected():
    assert _read(WIRE) == [
        ("Espen Barth Eide", "2025-03-03", "Norway is prepared to"),
        ("Espen Barth Eide", "2025-03-03", "We have told both"),
        ("Mohamed Ibn Chambas", "2025-02-28", 'the suspension was "a'),
        ("Mohamed Ibn Chambas", "2025-02-28", "Nobody wins this war"),
        ("Espen Barth Eide", "2025-03-03", "Norway had already spoken"),
    ]


TASS = """Moscow ready to resume grain talks - Vershinin
The deputy minister said the grain deal's terms should be written down this time
MOSCOW, March 3. /TASS/. Russia is ready to return to the talks on grain exports if its \
demands are met, Deputy Foreign Minister Sergey Vershinin told reporters on Monday.
"We are waiting for an answer from the UN, and it has not come," he said.
"""


def test_tass_dateline_inside_one_line_opens_the_lead():
    text = _one_line(TASS)
    # headline, standfirst and the dateline opening the lead each on a line, as given
    assert relined(text).startswith("\n".join(TASS.split("\n")[:3]))
    assert _read(text) == _read(TASS)
    assert _read(TASS) == [
        ("Sergey Vershinin", "2025-03-03", "Russia is ready to"),
        ("Sergey Vershinin", "2025-03-03", "We are waiting for"),
    ]


def test_page_stamp_glued_between_headline_and_lead_is_a_line_of_its_own():
    text = (
        "Итоги переговоров в Стамбуле: главные заявления 16 мая 2025, 18:40 Делегации России "
        "и Украины встретились в пятницу, 16 мая, в Стамбуле. Встреча продолжалась менее двух "
        "часов. Глава российской делегации Владимир Мединский заявил журналистам, что Москва "
        "удовлетворена итогами и готова продолжать контакты."
    )
    assert relined(text).split("\n")[1] == "16 мая 2025, 18:40"


@pytest.mark.parametrize(
    "text",
    [
        # a headline attributed with a dash, alone on its line
        "Kazakhstan ready to host new round of talks on Syria - MFA\n\nASTANA. KAZINFORM - "
        "Kazakhstan is ready to host the talks, the ministry said.",
        # a lead opening on a post and a name: no headline before it
        "Turkiye's Foreign Minister Hakan Fidan discussed the Quran burning with his Saudi "
        "counterpart by phone, the Turkish Foreign Ministry said on Saturday.\nMore follows.",
        # a crawl's date stamp before a dateline that opens the text
        " date 2024-04-08 QUITO - Ecuador's police entered the Mexican embassy, officials "
        "said.\n\nMore follows.",
        # a dateline that opens the text, its place in two words
        "NEW DELHI, June 3 (Xinhua) -- India's foreign minister met his Chilean counterpart "
        "on Monday, the ministry said.",
        # a known place before a dash inside a sentence
        'Envoy Karin Holm had spent a decade in Sudan - "ten hard years" - and said the new '
        "mission would need twice the staff.",
        # a place and a day inside a sentence, no credit: no dateline
        "Lavrov and Blinken met in Geneva, January 21 and said the talks were useful. The "
        "two sides agreed to keep talking.\n\nMore follows.",
    ],
)
def test_lines_as_given_stay(text):
    assert relined(text) == text
