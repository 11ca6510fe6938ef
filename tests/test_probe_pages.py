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


# Australian and other governments' joint releases set off each minister's words under a
# line of their own: "Quotes attributable to <post>, <name>:", then the quotes, unattributed.
QUOTES_ATTRIBUTABLE = """\
Media release

Relief for flood-hit communities in Belmont

14 March 2025

The Government is providing $3 million to help communities affected by floods in Belmont.

Quotes attributable to Minister for Foreign Affairs, Senator the Hon Margaret Ellery:

"Our thoughts are with the people of Belmont at this difficult time."

Quote from the Minister for Trade, the Hon Daniel Frew MP:

"Our exporters will help rebuild the bridges that the water swept away."
"""


def test_quotes_attributable_to_a_minister_are_the_ministers() -> None:
    found = extract(QUOTES_ATTRIBUTABLE, published=PUBLISHED)
    first = _by_text(found, "Our thoughts are with")
    second = _by_text(found, "Our exporters will help")
    assert first and first[0].speaker == "Margaret Ellery" and first[0].kind == "direct"
    assert second and second[0].speaker == "Daniel Frew"


# Canada's news releases close with a "Quotes" section: each quote, then its signature on the
# line below, set off by a dash. The quote is the signer's, issued with the release on its day,
# whatever occasion the story above placed the minister at.
QUOTES_SIGNED_BELOW = """\
News release

March 14, 2025 - Ottawa, Ontario - Global Affairs Canada

Today, the Honourable Claire Dubois, Minister of Foreign Affairs, announced that Canada will \
provide $5 million for flood relief in Belmont.

The announcement follows a donors' meeting in Geneva on March 11, which Minister Dubois attended.

Quotes

"Our thoughts are with the people of Belmont. Canada will stand with them as they rebuild."
- The Honourable Claire Dubois, Minister of Foreign Affairs

"This funding will help our partners reach the most vulnerable families quickly."
- The Honourable Marc Tremblay, Minister of International Development
"""


def test_a_quote_signed_on_the_line_below_is_the_signers_on_the_release_day() -> None:
    found = extract(QUOTES_SIGNED_BELOW, published=PUBLISHED)
    first = _by_text(found, "Our thoughts are with")
    second = _by_text(found, "This funding will help")
    assert first and first[0].speaker == "Claire Dubois" and first[0].said_on == "2025-03-14"
    assert second and second[0].speaker == "Marc Tremblay" and second[0].kind == "direct"


# A live blog stamps each entry with its day and the time it was posted; an entry posted the
# evening before the page's day was said that evening's day.
LIVE_BLOG_STAMPS = """\
Belmont crisis live: talks collapse in Geneva

Fri 14 Mar 2025 09.10 GMT

Foreign Minister Arvid Castell says his government will not return to the talks until the \
shelling of Lindau stops.

Thu 13 Mar 2025 22.45 GMT

The UN envoy, Maria Soto, said the two delegations remained "far apart" after a day of talks.
"""


def test_a_live_blog_entry_takes_the_day_of_its_time_stamp() -> None:
    found = extract(LIVE_BLOG_STAMPS, published=PUBLISHED)
    today = _by_text(found, "his government will not return")
    evening = [s for s in found if "far apart" in s.text]
    assert today and today[0].said_on == "2025-03-14"
    assert evening and evening[0].speaker == "Maria Soto" and evening[0].said_on == "2025-03-13"


# The Foreign Ministry's briefing pages list their topics under "Содержание:" before the
# briefer's opening remarks; that field, set off by a colon like a label, is no one's turn,
# and the remarks under each topic are still the briefer's, the one the title names below the
# "Брифинги" of the site's breadcrumbs.
BRIEFING_WITH_CONTENTS = """\
Министерство иностранных дел
Главная / Пресс-служба / Брифинги

Брифинг официального представителя МИД М.А.Светловой, Москва, 14 марта 2025 года

Содержание:
- О визите в Бельмонт
- Из ответов на вопросы

О визите в Бельмонт

17 марта Министр иностранных дел посетит Бельмонт. Планируется обсуждение строительства \
новых портов и подготовки инженеров.

Из ответов на вопросы:

Вопрос: Как вы оцениваете последние заявления властей Бельмонта?

Ответ: Мы приветствуем их готовность к диалогу и рассчитываем на скорое продолжение переговоров.
"""


def test_a_briefings_list_of_contents_is_no_turn_and_the_opening_is_the_briefers() -> None:
    found = extract(BRIEFING_WITH_CONTENTS, published=PUBLISHED)
    opening = _by_text(found, "17 марта Министр")
    answer = _by_text(found, "Мы приветствуем")
    assert opening and opening[0].speaker.endswith("Светлова") and opening[0].kind == "direct"
    assert answer and answer[0].speaker.endswith("Светлова")
