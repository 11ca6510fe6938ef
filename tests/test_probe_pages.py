"""Pages of other genres than the wire story, probed one construction at a time (issue 8):
live blogs, interviews, briefing transcripts, agency notes and government releases.

Every text here is invented, written in the manner of those pages; names are made up.
"""

from __future__ import annotations

import datetime

from tracker.extract import extract

PUBLISHED = datetime.date(2025, 3, 14)


def _by_text(found, start):
    return [s for s in found if s.text.startswith(start)]


# The Kremlin prints a meeting as turns labelled by initials and surname; the host often
# closes it with a word of thanks ("В.Путин: Спасибо."), a turn too short to be a statement
# but still a line of speech, which must not make the two long turns look like news.
TALKS_CLOSED_BY_THANKS = """\
Встреча с Президентом Бельмонта Арвидом Кастеллом

Президент провёл переговоры с Президентом Бельмонта Арвидом Кастеллом.

14 марта 2025 года
15:30
Москва, Кремль

Д.Воронцов: Уважаемый господин Президент! Уважаемые друзья!

Наши страны связывают давние отношения. Объём торговли за прошлый год вырос почти вдвое, \
и мы намерены сохранить эту динамику.

А.Кастелл (как переведено): Бельмонт высоко ценит помощь в строительстве новых портов \
и в подготовке инженеров.

Д.Воронцов: Благодарю.
"""


def test_a_closing_word_of_thanks_leaves_a_kremlin_meeting_a_transcript() -> None:
    found = extract(TALKS_CLOSED_BY_THANKS, published=PUBLISHED)
    host = [s for s in found if "вырос почти вдвое" in s.text]
    guest = [s for s in found if "ценит помощь" in s.text]
    assert host and host[0].speaker.endswith("Воронцов") and host[0].kind == "direct"
    assert guest and guest[0].speaker.endswith("Кастелл")
    assert host[0].said_on == "2025-03-14"
