"""One sentence, one speaker, a participle after the first statement: "..., Minister X said
Thursday, confirming the recall of ...", "..., she added, noting the loss of immunity ...",
"X отметил ..., указывая ...". The participle has no subject of its own and what it takes
goes on telling the same statement: the corpus's gold records one statement, starting at
the first verb's words (or leaves the split optional). Left apart: verbs of saying and
adding ("adding that ...", "добавив, что ..."), a participle with its own "that" clause
("stressing that ...", "подчеркнув, что ...", which the gold records both ways), and a
finite verb joined by "and" ("..., and called the demands non-starters"), and a participle
after a whole quotation ('"...," X said, calling on ...': a call of its own)."""

from __future__ import annotations

import re
from dataclasses import replace

from tracker.extract.model import ProposedStatement

# the longest stretch between the first statement's words and the second verb's (an
# attribution in between: ', Foreign Minister Melanie Joly said Thursday, confirming ')
_GAP = 160
# a sentence ends in between (a full stop, "?" or "!" then a space), or a line does
# (or with no space: "Putin said.The Russian president, commenting ...")
_BREAK = re.compile(r"[.!?\u2026][\"\u201d\u00bb']*(?:\s|[A-ZА-Я])|\n")
# the second verb, a participle joined on by a comma (", noting", ", while warning",
# ", отметив", ", указывая"), with at most an adverb before it; a finite verb joined by
# "and" ("..., and called the demands non-starters") may open a statement of its own
_CONNECTIVE = r",\s*(?:(?:while|thereby|при\s+этом)\s+)?(?:(?:also|further|thus|также|тоже)\s+)?"
_PARTICIPLE = re.compile(r"[^\W\d_]{2,}(?:ing|[ая]|ясь|в|вшись)", re.IGNORECASE)
_JOINED = re.compile(
    _CONNECTIVE + r"(?P<verb>[^\W\d_]+)(?:\s+(?:on|for|out|upon|against|at|на|к))?\s*$",
    re.IGNORECASE,
)
# (or the second statement's words open with its verb: ", calling on European countries")
_JOINED_BARE = re.compile(_CONNECTIVE + r"$", re.IGNORECASE)
# the words between the first statement's and the connective: none but marks, or the first
# statement's own attribution after its words, ending in its verb and at most three words
# more ('," he said', ', Minister Melanie Joly said Thursday', '», — сказала Захарова')
_MARKS_ONLY = re.compile(r"[\W_]*")
_AFTER_VERB = re.compile(r"(?:\W+[^\W\d_]+){0,3}[\W_]*")
# the participle's own "that" clause, within its first words ("expressing hope that")
_THAT_CLAUSE = re.compile(r"[^\W\d_]+(?:\s+[^\W\d_]+){0,2}?\s*,?\s+(?:that|что)\b", re.IGNORECASE)
# verbs of saying and adding: a statement of their own
_OWN_STATEMENT = re.compile(
    r"(?:sa(?:id|ys?|ying)|add(?:s|ed|ing)?|t(?:old|ells?|elling)|заяв|сказа|добав|сообщ)",
    re.IGNORECASE,
)


def _kind(a: str, b: str) -> str:
    return a if a == b else "mixed"


def joined_verbs(words: str, proposals: list[ProposedStatement]) -> list[ProposedStatement]:
    """``proposals`` with each statement a participle of the same sentence introduces taken
    into the statement before it in the text, when both are the same speaker's of the same
    day. One look back per statement, in the text's order: linear after the sort."""
    order = sorted(range(len(proposals)), key=lambda i: proposals[i].span)
    into: dict[int, int] = {}  # a statement taken in -> the one it joins
    kept = dict(enumerate(proposals))
    last = None
    for i in order:
        if last is not None and _joined_on(words, kept[last], proposals[i]):
            first, p = kept[last], proposals[i]
            kept[last] = replace(
                first,
                kind=_kind(first.kind, p.kind),
                text=f"{first.text} {p.text}",
                span=(first.span[0], max(first.span[1], p.span[1])),
            )
            into[i] = last
            continue
        last = i
    return [kept[i] for i in range(len(proposals)) if i not in into]


def _joined_on(words: str, first: ProposedStatement, second: ProposedStatement) -> bool:
    if first.speaker is None or first.speaker != second.speaker:
        return False
    if first.said_on != second.said_on or not second.cue:
        return False
    if first.kind == "direct":
        return False  # '"...," the minister said, calling on ...': a call after a whole quote
    end, start = first.span[1], second.span[0]
    if not 0 <= start - end <= _GAP:
        return False
    gap = words[end:start]
    if _BREAK.search(gap):
        return False
    # (a closing quotation mark may stand right after the first statement's words)
    verb = second.cue.split()[0]
    m = _JOINED.search(gap)
    if m is None or m.group("verb").lower() != verb.lower():
        m = _JOINED_BARE.search(gap)
        if m is None or not second.text.lower().startswith(verb.lower()):
            return False
        if _THAT_CLAUSE.match(second.text):
            return False  # ", expressing hope that ...": a clause of its own
    if _OWN_STATEMENT.match(verb) or not _PARTICIPLE.fullmatch(verb):
        return False
    return _attribution_only(gap[: m.start()], first.cue)


def _attribution_only(before: str, cue: str | None) -> bool:
    """Whether ``before`` holds nothing but marks, or the first statement's own attribution
    ending in its verb (no clause of another subject: ', though he declined to ...')."""
    if _MARKS_ONLY.fullmatch(before):
        return True
    if not cue:
        return False
    verb = cue.split()[-1].lower()
    low = before.lower()
    at = low.rfind(verb)
    return at >= 0 and _AFTER_VERB.fullmatch(before, at + len(verb)) is not None
