"""Lines a news site's page sets around a story, as a select-all copy of the page keeps them.

"Advertisement" between two paragraphs, "Skip to main content" and the site's menu above the
headline, "Share / Tweet / Email / Print" under it, "Updated 3 hours ago", a newsletter's
sign-up box, a cookie notice, "Reporting by X; Editing by Y", "Our Standards: The Thomson
Reuters Trust Principles." and the copyright line under the story: they carry no words of the
story, but stand where its lines do. Above the headline they were taken for the title; between
a quotation and the paragraph that names its speaker, for a break in the story. They go, each
run of them with the line breaks that follow it, so the paragraphs around them meet as the
story set them; the other lines keep their places.

English pages only; each pattern matches a whole line, which a sentence of a story never is.
"""

from __future__ import annotations

import re

_SECTIONS = (
    r"(?:home|news|world(?:\s+news)?|latest(?:\s+news)?|breaking\s+news|top\s+news|u\.?s\.?|uk|"
    r"europe|americas|asia(?:[\s-]+pacific)?|middle\s+east|africa|australia|china|india|"
    r"politics|business|markets|tech(?:nology)?|science|health|sports?|culture|opinion|"
    r"video|videos|live(?:\s+tv)?|podcasts?|sections|menu|search)"
)
# "Story continues below advertisement", "Article continues after this advertisement": an
# advertising slot's words (a line of chrome, or glued to the paragraph after it)
_AD_SLOT = (
    r"story\s+continues\s+below(?:\s+this)?\s+advertisement"
    r"|article\s+continues\s+(?:below|after\s+(?:this\s+)?advertisement)"
)
_SOCIAL = r"(?:facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|e-?mail|print)"
_CHROME_LINE = re.compile(
    r"(?im)^[ \t]*(?:"
    # advertising slots
    r"(?:[-\u2013\u2014][ \t]*)?advertisement(?:[ \t]*[\u00b7|\-\u2013\u2014:][ \t]*"
    r"(?:scroll\s+to\s+continue(?:\s+with\s+content)?|continue\s+reading(?:\s+below)?))?"
    r"(?:[ \t]*[-\u2013\u2014])?"
    r"|advertising|skip\s+advertisement|ad\s+feedback"
    r"|sponsored(?:\s+(?:content|links?|stories|posts?))?"
    r"|promoted(?:\s+content)?|paid\s+(?:content|post)"
    r"|scroll\s+(?:down\s+)?to\s+continue(?:\s+reading)?|continue\s+reading(?:\s+below)?"
    rf"|{_AD_SLOT}"
    r"|continue\s+reading\s+the\s+main\s+story"
    # the site's menu: "Skip to main content", "Sign in", "Home | World | Europe", "Home > World"
    r"|(?:skip|jump|go)\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|menu|search)"
    r"|(?:open|close)\s+(?:the\s+)?(?:navigation\s+)?menu|accessibility\s+help|loading\.{0,3}"
    r"|sign\s+in|log\s+in|register|subscribe(?:\s+now)?"
    r"|home|(?:world\s+|top\s+|latest\s+|breaking\s+)?news|latest|video|videos|live\s+tv|podcasts?"
    r"|sections|menu|search|edition[ \t]*:?[ \t]*[a-z]{2,20}"
    r"|(?:international|global|us|uk|europe|asia|africa)\s+edition"
    rf"|{_SECTIONS}(?:[ \t]*[|>\u203a/][ \t]*{_SECTIONS}){{1,12}}[ \t]*[|>\u203a/]?"
    # the buttons beside a story
    r"|share(?:\s+this\s+(?:article|story))?[ \t]*:?|share\s+(?:on|via)\s+[a-z]{1,12}|tweet"
    r"|copy\s+link|save|bookmark|gift\s+(?:this\s+)?article|reuse\s+this\s+content"
    r"|click\s+to\s+(?:share|print|e-?mail)\b[^\n]{0,60}"
    r"|listen(?:\s+to\s+(?:this\s+)?(?:article|story))?"
    r"|comments?(?:[ \t]*\(\d{1,5}\))?|\d{1,5}\s+comments?"
    rf"|{_SOCIAL}(?:[ \t]*[|\u00b7,/]?[ \t]*{_SOCIAL}){{0,8}}"
    # "Follow us on Google News", "Join our WhatsApp channel", "Support our journalism."
    r"|(?:[^\n]{0,60}[.:!][ \t]*)?follow\s+us\s+on\s+[^\n]{1,60}"
    # "Follow India-Pakistan ceasefire updates on May 15", "Follow AP's coverage at ...",
    # "Follow the Foreign Office on Twitter": a link to the site's other pages or accounts
    # (not a story's line starting on the verb: "Follow the money, Senator X told reporters,
    # saying coverage of ...", "Follow their officials on Twitter, and you will find ...": no
    # comma before "updates", and no clause joined or verb of saying after a comma)
    r"|follow\s+(?![^\n]*,\s*(?:and|but|or|so|saying|said|says|told|tells)\b)"
    r"(?:(?:[^\n,]{1,80}?\s)?(?:live\s+)?(?:updates|coverage|live\s+blog)\b[^\n]{0,120}"
    r"|[^\n]{1,60}?\s+on\s+(?:twitter|facebook|instagram|youtube|linkedin|telegram"
    r"|threads|bluesky|x)\b[^\n]{0,80})"
    r"|join\s+our\s+[^\n]{0,40}\b(?:channel|community|group)\b[^\n]{0,40}"
    r"|support\s+(?:our|independent)\s+journalism\b[^\n]{0,80}"
    # the page's clock: "Updated 3 hours ago", "Published 34 minutes ago", "5 min read"
    r"|(?:(?:updated|published|posted|last\s+updated)[ \t]*:?[ \t]*)?\d{1,3}\s+"
    r"(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago"
    r"|\d{1,3}[ \t]*(?:h|m|hrs?|mins?)\s+ago"
    r"|(?:updated|published|posted)[ \t]*:?[ \t]*\d{1,2}[:.]\d{2}(?:[ \t]*(?:[ap]\.?m\.?))?"
    r"(?:[ \t]+[a-z]{2,4})?"
    r"|\d{1,3}[ \t]*[- ]?min(?:ute)?s?(?:\s+read)?"
    # a newsletter's sign-up box and a cookie notice
    r"|sign\s+up(?:\s+(?:here|now|for\s+[^\n]{1,80}))?[ \t]*[.!]?"
    r"|enter\s+your\s+e-?mail(?:\s+address)?"
    r"|email\s+address|[^\n]{0,80}\b(?:to|in)\s+your\s+inbox\b[^\n]{0,80}"
    r"|[^\n]{0,60}\b(?:subscribe|sign\s+up)\b[^\n]{0,40}\bnewsletters?\b[^\n]{0,40}"
    r"|we\s+use\s+cookies\b[^\n]{0,250}|accept(?:\s+all)?(?:\s+cookies)?|reject\s+all"
    r"|manage\s+(?:preferences|cookies|settings)|cookie\s+(?:settings|policy|preferences)"
    r"|privacy\s+policy|terms\s+(?:of\s+(?:use|service)|and\s+conditions)|contact\s+us"
    # under the story: the wire's credits and its copyright
    r"|\(?(?:additional\s+)?reporting\s+by\s+[^\n;]{2,120};[^\n]{0,120}"
    r"\b(?:writing|editing)\s+by\s+[^\n]{2,160}"
    r"|[^\n]{1,100}\bcontributed\s+(?:to\s+)?(?:this\s+)?(?:report|story|article)(?:ing)?\.?"
    r"|this\s+(?:article|story)\s+(?:was\s+)?(?:originally|first)\s+(?:published|appeared)"
    r"\b[^\n]{0,120}"
    r"|contact\s+the\s+(?:author|writer|reporter)[ \t]*:[^\n]{1,80}"
    # "(With inputs from agencies)", "(With AP and AFP)": the sources a desk credits
    r"|\(with\s+(?:inputs?\s+from\s+)?(?:agencies|ap|afp|reuters|pti|ani|ians|dpa)"
    r"(?:\s*(?:,|and)\s*(?:agencies|ap|afp|reuters|pti|ani|ians|dpa))*\)"
    r"|our\s+standards:\s+the\s+thomson\s+reuters\s+trust\s+principles\.?"
    r"|(?:\u00a9|\(c\)|copyright)[^\n]{0,80}?all\s+rights\s+reserved\.?"
    r"|all\s+rights\s+reserved\.?[ \t]*(?:\u00a9|\(c\)|copyright)[^\n]{0,80}"
    # the line that links a story of the site's: "Read more: ...", "RELATED: ...", "WATCH: ..."
    r"|(?:read\s+(?:more|also)|also\s+read|see\s+also|related|watch|video|listen|more"
    r"|in\s+pictures)"
    r"[ \t]*[:|\u2013\u2014-][ \t]*\S[^\n]{0,200}"
    # the frame of a list of links as a screen reader hears it: "list of 3 items", "end of list"
    r"|list\s+\d{1,2}\s+of\s+\d{1,2}|end\s+of\s+list"
    # the story's tags: "Topics: Iran, Middle East", "Tags: Russia | NATO"
    r"|(?:tags|topics|related\s+topics|filed\s+under)[ \t]*:[ \t]*[^\n]{1,200}"
    # the line under a story about its writer: "Jane Roe is a senior correspondent covering ..."
    r"|(?-i:[A-Z][\w.'-]+(?:[ \t]+[A-Z][\w.'-]+){1,3})[ \t]+is\s+an?\s+(?:[\w-]+\s+){0,4}"
    r"(?:correspondent|reporter|editor|journalist|writer|columnist|producer)\b[^\n]{0,300}"
    r")[ \t]*$"
)
_LINE_CHARS = 500  # no chrome line is longer; a longer one is the story's
# an advertising slot's words run into the paragraph after it, the line break lost in the
# copy: "Article continues after this advertisementHong said ...". No word of a story ends
# in "advertisement" with the next word's capital right after it, no space between.
_GLUED_AD = re.compile(
    rf"(?im)^[ \t]*(?:{_AD_SLOT}|advertisement)"
    r"(?=(?-i:[A-Z][a-z])|[\"\u201c\u2018])"
)
# the site's menu set one section a line: three of them or more
_MENU = re.compile(rf"(?im)^(?:[ \t]*{_SECTIONS}[ \t]*\n){{3,}}")
# a box's heading over the headlines of other stories of the site, one a line up to a blank line
_LIST_HEADING = re.compile(
    r"(?im)^[ \t]*(?:most\s+(?:read|popular|viewed|shared)|popular(?:\s+now)?"
    r"|trending(?:\s+(?:now|stories))?|top\s+(?:stories|headlines)|editor'?s\s+picks|don'?t\s+miss"
    r"|(?:latest|more)\s+(?:stories|headlines)|what\s+to\s+read\s+next|keep\s+reading"
    r"|list\s+of\s+\d{1,2}\s+items"
    r"|now\s+playing|play\s+video|watch\s+more|more\s+videos?|media\s+caption,?"
    r"|more\s+(?:from|in|on)\s+(?:this\s+(?:story|topic)|[a-z]+(?:\s+[a-z]+)?)"
    r"|recommended(?:\s+(?:stories|for\s+you|reading))?|you\s+(?:may|might)\s+also\s+like"
    r"|(?:read\s+(?:more|also)|also\s+read|see\s+also"
    r"|related(?:\s+(?:news|stories|articles|content|coverage|links))?)"
    r"|tags|topics|related\s+topics|explore\s+more\s+on\s+th(?:is|ese)\s+topics?"
    r"|(?P<newsletter>newsletters?|get\s+[^\n]{1,80}?newsletter|sign\s+up\s+for\s+[^\n]{1,80}))"
    r"[ \t]*:?[ \t]*$"
)
# a line of such a box: a headline ("1. Lavrov says ...", 'Zelenskiy says Ukraine needs
# "planes, not words"' closing on its quotation), a clip's length ("02:14"), a newsletter's
# blurb and its button; not a sentence of the story (no full stop closing it, or closing the
# quotation it ends on: '... is far too high."', '"We are ready,"')
_LIST_LINE = re.compile(
    r"[ \t]*(?:\d{1,2}[.)][ \t]*)?[^\s][^\n]{0,160}"
    r"(?<![.!?\u2026])(?<![.!?,\u2026][\"\u201d\u2019'])[ \t]*(?:\n|\Z)"
)
# a newsletter's blurb ends with a full stop; its box ends with the button
_LIST_BUTTON = re.compile(
    r"(?im)[ \t]*(?:sign\s+up|subscribe)(?:\s+now)?[ \t]*[.!]?[ \t]*(?:\n|\Z)"
)
# any short line inside such a box (a newsletter's blurb may end with a full stop)
_BOX_LINE = re.compile(r"[ \t]*\S[^\n]{0,200}(?:\n|\Z)")
_LIST_LINES = 12
# a line that is one quotation alone, as a pull quote sets it in large type
_QUOTE_LINE = re.compile(
    r"(?m)^[ \t]*(?:[\"\u201c]([^\"\u201c\u201d\n]{25,400}?)[,.;]?[\"\u201d]"
    r"|\u2018([^\u2018\u2019\n]{25,400}?)[,.;]?\u2019)[ \t]*$"
    # the speaker's name set under it: "— Sergei Lavrov"
    r"(?:\n[ \t]*[\u2014\u2013-][ \t]*[^\W\d_][^\n]{0,60}$)?"
)
_PULL_QUOTES = 40  # the quotation lines a text's pull quotes are looked for among
# the line's break and the blank lines after it
_BREAKS = re.compile(r"(?:[ \t]*\n)*")


def web_chrome(text: str) -> tuple[str, list[int]]:
    """The positions of ``text``'s page chrome: each run of chrome lines with the line breaks
    after it (the blank lines that parted it from the next paragraph), and ``text``
    (unchanged: the other lines keep their places)."""
    if "\n" not in text:
        return text, []
    positions = _chrome_lines(text)
    for glued in _GLUED_AD.finditer(text):
        positions.extend(range(glued.start(), glued.end()))
    for menu in _MENU.finditer(text):
        positions.extend(range(menu.start(), _BREAKS.match(text, menu.end()).end()))
    taken = set(positions)
    for heading in _LIST_HEADING.finditer(text):
        box = heading.group("newsletter") is not None
        if heading.start() in taken and not box:
            continue
        positions.extend(range(heading.start(), _list_end(text, heading.end() + 1, newsletter=box)))
    positions.extend(_pull_quotes(text))
    return text, sorted(set(positions))


def _chrome_lines(text: str) -> list[int]:
    """The positions of the chrome lines, each with its break and the blank lines after it."""
    out: list[int] = []
    at = 0
    after_chrome = False
    for line in text.split("\n"):
        stop = min(at + len(line) + 1, len(text))
        if after_chrome and not line.strip():
            out.extend(range(at, stop))  # the blank lines that parted it from the next line
        elif len(line) <= _LINE_CHARS and _CHROME_LINE.fullmatch(line):
            out.extend(range(at, stop))
            after_chrome = True
        else:
            after_chrome = False
        at = stop
    return out


def _pull_quotes(text: str) -> list[int]:
    """The positions of the pull quotes: a quotation alone on its line whose words the story
    gives on a longer line, below its headline (with the words that name its speaker)."""
    first = _BREAKS.match(text).end()
    headline_end = text.find("\n", first)
    out: list[int] = []
    for n, m in enumerate(_QUOTE_LINE.finditer(text)):
        if n == _PULL_QUOTES:
            break
        words = m.group(1) or m.group(2)
        at = text.find(words)
        while at >= 0:
            begin = text.rfind("\n", 0, at) + 1
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            if begin > headline_end and end - begin > m.end() - m.start():
                out.extend(range(m.start(), _BREAKS.match(text, m.end()).end()))
                break
            at = text.find(words, at + 1)
    return out


def _list_end(text: str, pos: int, *, newsletter: bool) -> int:
    """Where a box of links or a newsletter's box that starts at ``pos`` ends: past its lines
    (up to a blank line or a sentence of the story) and the breaks after them."""
    at = pos
    for _ in range(_LIST_LINES if newsletter else 0):  # closed by its button: blurb and all
        button = _LIST_BUTTON.match(text, at)
        if button is not None:
            return _BREAKS.match(text, button.end()).end()
        line = _BOX_LINE.match(text, at)
        if line is None:
            break
        at = line.end()
    if newsletter:
        return pos  # no button below: the heading's line alone
    end = pos
    for _ in range(_LIST_LINES):
        line = _LIST_LINE.match(text, pos)
        if line is None:
            break
        pos = end = line.end()
    return _BREAKS.match(text, end).end() if end < len(text) else end
