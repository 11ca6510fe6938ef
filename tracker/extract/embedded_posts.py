"""The text of a post a web page embeds, above the post's signature.

A page copied from the web keeps an embedded post as its text, with no quotation marks, and
under it the signature line "— Jane Doe (@janedoe) March 3, 2025" (the link to a picture,
"pic.twitter.com/...", or to the post, "https://t.co/...", closing the text). The text is
the poster's own words, given directly, and the signature's day is the day of the post, not
the story's.
"""

from __future__ import annotations

import bisect
import re

from tracker.extract.cues import find_cues
from tracker.extract.draft import Draft, strip_span
from tracker.extract.frames import ArticleReading
from tracker.extract.segment import Sentence
from tracker.extract.transcript_people import person

# "— Radosław Sikorski 🇵🇱🇪🇺 (@sikorskiradek) March 9, 2025": the poster's name before the
# handle, signs and flags beside it left out
_SIGNATURE = re.compile(
    r"^[ \t]*[\u2014\u2013-][ \t]*(?P<name>[^\n()\u2014\u2013]{1,60}?)[^\w\n()]*"
    r"\(@\w{1,30}\)[^\n]{0,40}$",
    re.M,
)
# a post copied as its card shows it: the poster's name, the handle on a line of its own,
# the text, and the time and day it was posted ("3:45 PM · Apr 22, 2024")
_CARD = re.compile(
    r"^[ \t]*(?P<name>[^\W\d_][^\n@()]{2,60}?)[ \t]*\n[ \t]*@\w{1,30}[ \t]*\n"
    r"(?P<text>(?:[ \t]*\S[^\n]{0,600}\n){1,8}?)"
    r"[ \t]*(?P<stamp>\d{1,2}:\d{2}[ \t]*(?:[AaPp]\.?[Mm]\.?)?[ \t]*\u00b7[ \t]*[^\n\u00b7]{6,30})"
    r"[ \t]*$",
    re.M,
)
# the links a copied post's text ends with
_TRAILING_LINKS = re.compile(r"(?:\s*(?:pic\.twitter\.com/\w+|https?://\S+))+\s*$")
# a text that ends a sentence: words said, not a picture's caption ("Crowds outside the
# ministry this morning pic.twitter.com/...")
_ENDS_SENTENCE = re.compile(r"[.!?\u2026][\"'\u201d\u2019)]*$")


def post_drafts(art: ArticleReading, drafts: list[Draft]) -> list[Draft]:
    """A draft for each embedded post's text standing unquoted right above its signature,
    the poster's words, dated by the signature (its sentence runs on to the signature's
    end). A paragraph with its own quotation or verb of saying, or already read as someone's
    words, is the story's, not the post's; a text ending no sentence is a picture's
    caption. A post the story brings in with a colon ("X wrote on X:") is read as the
    words after that colon (one of ``drafts``), and dated by the signature too."""
    out = []
    # the words after a colon, by where they start: each post looks up its own paragraph's
    introduced = sorted(
        ((d.pieces[0][0], n) for n, d in enumerate(drafts) if d.colon_next and d.pieces)
    )
    for m in _SIGNATURE.finditer(art.text):
        signature = art.sentence_at(m.start("name"))
        body = art.by_paragraph.get(signature.para - 1, []) if signature else []
        named = person(m["name"].strip())
        if not body or named is None or len((named.name or "").split()) < 2:
            continue
        paragraph = body[0].start, body[-1].end
        links = _TRAILING_LINKS.search(art.text, *paragraph)
        a, b = strip_span(art.text, paragraph[0], links.start() if links else paragraph[1], " \t")
        if b <= a or not _ENDS_SENTENCE.search(art.text, a, b) or art.quotes_in(a, b):
            continue
        if art.claimed.overlaps(a, b):
            k = bisect.bisect_left(introduced, (paragraph[0], -1))
            if k < len(introduced) and introduced[k][0] < paragraph[1]:
                _introduced_post(drafts[introduced[k][1]], paragraph, (a, b), m.end())
            continue
        if find_cues(art.text, a, b):
            continue
        art.claim([(a, b)])
        sentence = Sentence(a, m.end(), body[0].para)
        out.append(
            Draft([(a, b)], named, m.start("name"), None, sentence, verbatim=True, posted=True)
        )
    return out + _card_drafts(art)


def _card_drafts(art: ArticleReading) -> list[Draft]:
    """A draft for each post copied as its card: the text between the handle's line and the
    line of its time and day, the poster's words (the card's frame makes them so, whatever
    verbs they hold), dated by that line."""
    out = []
    for m in _CARD.finditer(art.text):
        named = person(m["name"].strip())
        if named is None or len((named.name or "").split()) < 2:
            continue
        links = _TRAILING_LINKS.search(art.text, m.start("text"), m.end("text"))
        a, b = strip_span(art.text, m.start("text"), links.start() if links else m.end("text"))
        if b <= a or art.quotes_in(a, b) or art.claimed.overlaps(a, b):
            continue
        at = art.sentence_at(a)
        art.claim([(a, b)])
        sentence = Sentence(a, m.end("stamp"), at.para if at else 0)
        out.append(
            Draft([(a, b)], named, m.start("name"), None, sentence, verbatim=True, posted=True)
        )
    return out


def _introduced_post(
    d: Draft, paragraph: tuple[int, int], post: tuple[int, int], signed_at: int
) -> None:
    """``d``, whose words after a colon open the post's ``paragraph``, made the post's: its
    words are the ``post`` less the links closing it, and its sentence runs on to the
    signature's end, whose day is the post's ("Landsbergis also wrote on Twitter:", the
    post, "— Gabrielius Landsbergis (@GLandsbergis) June 20, 2022")."""
    if d.pieces[-1][1] <= paragraph[1]:
        d.pieces = [(a, min(b, post[1])) for a, b in d.pieces if a < post[1]]
        d.sentence = Sentence(d.sentence.start, signed_at, d.sentence.para)
        d.posted = True
