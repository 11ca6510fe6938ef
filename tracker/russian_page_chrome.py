"""Lines a Russian news page sets around its story, as a copy of the whole page gives them.

Select-all on a page of ТАСС, РИА Новости, Интерфакс, Коммерсантъ, Известия, РБК, Лента or a
regional site (or a scraper that keeps too much) brings the page's chrome into the text:
"Реклама", "Поделиться", "18+", "Подписывайтесь на наш Telegram-канал", a photo's caption
with its credit ("Фото: Сергей Бобылев/ТАСС"), a video's title ("Видео: ..."), the page's
tags ("Теги: ...") and copyright ("© 2024 ТАСС"), and lists of other stories under
"Читайте также", "Материалы по теме" or "Главное за день", whose headlines name other
officials and quote them ("Лавров: Запад играет с огнем"). None of it is the story: a
headline in a list was read as a statement or as a transcript's speaker label, a caption
or a list standing between a quotation and its attribution cut the quotation from its
speaker, a list's "Вчера, 18:20" dated the story's statements. A pull quote, a body
quotation set again on its own line, is the story's words said once.

These lines go, each with its line break and the blank lines after it; the story keeps its
own lines (the page's date under its title stays: it dates the story). Only a text written
mostly in Cyrillic is read so.
"""

from __future__ import annotations

import re

from tracker.text import guess_language

# a line alone that opens a list of other stories
_LIST_HEADING = re.compile(
    r"(?:Читайте также|Смотрите также|Читайте еще|Читайте ещё|Материалы по теме|"
    r"Еще по теме|Ещё по теме|По теме|Ранее по теме|Также читайте|Главное за день|Главное(?!:)|"
    r"Самое читаемое|Самое популярное|Популярное|Последние новости|Лента новостей|"
    r"Новости партнеров|Новости партнёров|Новости СМИ2|Новости по теме|Выбор редакции|"
    r"Другие новости|Похожие новости|Рекомендуем|Интересное)[ \t]*:?",
    re.I,
)
# a link to another story, its headline on the same line: "Читайте также: Лавров: ..."
_LINK = re.compile(
    r"(?:Читайте также|Смотрите также|Читайте еще|Читайте ещё|Материалы по теме|Еще по теме|"
    r"Ещё по теме|По теме|Ранее по теме|Также читайте|Подробнее)[ \t]*[:\u2014\u2013-][ \t]*\S",
    re.I,
)
# a line of its own that is the page's, not the story's
_CHROME_LINE = re.compile(
    r"(?:Реклама|Поделиться|Сохранить|Комментировать|ВКонтакте|Одноклассники|Telegram|"
    r"Дзен|Яндекс Дзен|(?:Новые )?комментарии(?: \+)?|Сообщить об (?:опечатке|ошибке)|"
    r"Все новости|Все материалы|Все права защищены\b.*|\d{1,2}\+|-0-|"
    r"(?:Подписывайтесь|Подпишитесь|Читайте нас|Следите за нами|Читайте [\w.-]+)\b.*|"
    r"Нашли (?:ошибку|опечатку)\?.*|Все новости по теме\b.*|[\w .-]{2,30} в (?:Telegram|Дзен|MAX)|"
    r"(?:Видео|Смотрите видео|Фото|Фотогалерея|Инфографика)\s*:.*|"
    # the photo bank's link under a picture's credit ("© РИА Новости / ... " over "Медиабанк")
    r"(?:Перейти в )?(?:Медиабанк|Фотобанк)|"
    r"(?:Темы|Теги|Тэги|Персоны|Рубрика|Рубрики|Сюжет)\s*:.*|Главная\s*[/»>|].*|"
    r"(?:Автор|Авторы|Текст|Беседовал|Беседовала|Беседовали)\s*:.*|Редакция сайта [\w .-]+)",
    re.I,
)
# a photo's caption or a page's footer with its credit: "Фото: ...", "Фото АР", "... ©
# Михаил Терещенко/ТАСС", "© 2024 ТАСС", "Министр ... в Минске. Фото: пресс-служба МИД"
_CREDIT = re.compile(
    r"(?:^|[.!?»\s])(?:(?:Фото|Фотография|Иллюстрация|Скриншот|Кадр)\s*:|©)"
    r"|[.!?»]\s*(?:Архивное фото|Фото из архива|Иллюстративное фото)\.?$"
    r"|^(?:Фото|Фотография)\s+[\w/ .-]{1,30}$",
    re.I,
)
_CREDIT_WORDS = 30  # a caption is short; a paragraph of the story is not one
# a time stamp alone on its line, as a list of stories gives each headline
_STAMP = re.compile(
    r"(?:(?:Сегодня|Вчера|Позавчера)(?:,\s*|\s+в\s+)\d{1,2}:\d{2}|\d{1,2}:\d{2}(?:,?\s+.{0,25})?|"
    r"\d{1,2}\s+[а-яё]+(?:\s+\d{4})?(?:\s*(?:г\.)?,?\s*\d{1,2}:\d{2})?|"
    r"\d{1,2}\.\d{1,2}\.\d{2,4}(?:,?\s+\d{1,2}:\d{2})?)",
    re.I,
)
# the page's time under its title, and a name alone under it: the byline ("Кирилл Петров")
_PAGE_TIME = re.compile(
    r"(?:(?:Обновлено|Опубликовано|Последнее обновление|Дата публикации)\s*:?\s*)?"
    r"(?:\d{1,2}:\d{2},?\s+)?\d{1,2}(?:\s+[а-яё]+|\.\d{1,2}\.)\s*\d{4}(?:,?\s+\d{1,2}:\d{2})?",
    re.I,
)
_BYLINE = re.compile(r"[А-ЯЁ][а-яё]+ [А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?")
# the time a list gives another story: an hour, and a day or "Вчера" before it
_LISTED_TIME = re.compile(
    r"(?:(?:Сегодня|Вчера|Позавчера)(?:,\s*|\s+в\s+)|(?:\d{1,2}:\d{2},?\s+)?)?"
    r"(?:\d{1,2}:\d{2}|\d{1,2}\s+[а-яё]+(?:\s+\d{4})?,?\s*\d{1,2}:\d{2}|"
    r"\d{1,2}\.\d{1,2}\.\d{2,4},?\s+\d{1,2}:\d{2}|\d{1,2}:\d{2},?\s+\d{1,2}(?:\s+[а-яё]+|\.\d{1,2}\.)\s*\d{2,4})",
    re.I,
)
_TITLE_WORDS = 4  # a page's title: a rubric ("Политика", "В мире") is shorter
# a headline: no sentence's end, not long
_HEADLINE_WORDS = 30
_SENTENCE_END = re.compile(r"[.!?…][\"»”)]*$")
# a sentence ending inside a line: one a headline never holds (a paragraph the excerpt cut does)
_SENTENCE_INSIDE = re.compile(r"[.!?…][\"»”)]*\s+[«\"„“(\u2014\u2013-]?\s?[А-ЯЁA-Z]")
_QUOTE_LINE = re.compile(r"[«\"„“]([^\n]{30,600}?)[»\"”]\.?")
_PULLED = 40  # characters of a pull quote found again in a paragraph of the story
_PULL_QUOTES = 20  # quotation lines looked up elsewhere in the text: the work stays bounded
_LINE = re.compile(r"[^\n]*\n?[ \t\n]*")


def _caption(line: str) -> bool:
    return bool(_CREDIT.search(line)) and len(line.split()) <= _CREDIT_WORDS


def _headline(line: str) -> bool:
    return (
        bool(line)
        and len(line.split()) <= _HEADLINE_WORDS
        and not _SENTENCE_END.search(line)
        and not _SENTENCE_INSIDE.search(line)
        and line[-1] != ":"
    )


def _pull_quote(line: str, text: str, at: int) -> bool:
    """A line that is a quotation alone whose words another paragraph of the text gives."""
    m = _QUOTE_LINE.fullmatch(line)
    if m is None:
        return False
    said = m.group(1)[:_PULLED]
    start = 0
    while (found := text.find(said, start)) >= 0:
        if not at <= found < at + len(line):
            return True
        start = found + 1
    return False


def _alt_text(line: str, after: str) -> bool:
    """A picture's alt text: the caption under it says the same words, then its credit
    ("Кшиштоф Краевский" over "Кшиштоф Краевский. Фото: Gov.pl / Wikimedia")."""
    return bool(line) and after.startswith(line) and _caption(after)


def _teaser(line: str, after: str, story_begun: bool) -> bool:
    """Another story's headline and its time under it, set alone between the story's
    paragraphs ("Лавров: Запад играет с огнем" over "14:35, 12 марта 2025"), or above the
    story's first sentence once the page's own title and time were given."""
    return story_begun and _headline(line) and _LISTED_TIME.fullmatch(after) is not None


def page_chrome(text: str) -> tuple[str, list[int]]:
    """The positions of ``text``'s page chrome, each line with its break and the blank lines
    after it, and ``text`` (unchanged: the other lines keep their places)."""
    if guess_language(text) != "ru":
        return text, []
    spans = [(m.start(), m.end()) for m in _LINE.finditer(text) if m.end() > m.start()]
    lines = [text[a:b].strip() for a, b in spans]
    drop: list[int] = []  # which lines
    looked_up = 0  # quotation lines looked up as pull quotes
    listing = False  # inside a list of other stories
    sentence_ended = False  # a sentence of the story has ended
    titled = dated = False  # the page's title was given, and its time
    for n, line in enumerate(lines):
        after = lines[n + 1] if n + 1 < len(lines) else ""
        if _LIST_HEADING.fullmatch(line) or (
            listing and (_STAMP.fullmatch(line) or _headline(line))
        ):
            listing = True
            drop.append(n)
            continue
        listing = False
        looked_up += line.startswith(("«", '"', "„", "“"))
        if _teaser(line, after, sentence_ended or (titled and dated)):
            drop += [n, n + 1]
        elif (
            (n > 0 and _PAGE_TIME.fullmatch(lines[n - 1]) and _BYLINE.fullmatch(line))
            or _LINK.match(line)
            or _CHROME_LINE.fullmatch(line)
            or _caption(line)
            or _alt_text(line, after)
            or (looked_up < _PULL_QUOTES and _pull_quote(line, text, spans[n][0]))
        ):
            drop.append(n)
        elif n not in drop:
            sentence_ended = sentence_ended or bool(_SENTENCE_END.search(line))
            titled = titled or len(line.split()) >= _TITLE_WORDS
            dated = dated or bool(_PAGE_TIME.fullmatch(line) or _LISTED_TIME.fullmatch(line))
    return text, [at for n in sorted(set(drop)) for at in range(*spans[n])]
