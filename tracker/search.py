"""Full-text query syntax: what a user types, turned into a safe FTS5 MATCH or tsquery string.

Syntax (documented in `tracker search --help`):

    security guarantees      both words (AND is implied)
    "security guarantees"    the exact phrase
    guarant*                 any word starting with "guarant"
    nato OR alliance         either word
    nato NOT ukraine         NATO but not Ukraine (also: nato -ukraine)
    (nato OR alliance) expansion

Russian words are matched by their Snowball stems on both engines ("гарантии" finds
"гарантий" and "гарантиями"): PostgreSQL stems them in its text search configuration;
SQLite's FTS5 has no Russian stemmer, so the statement's stems are computed here
(:func:`text_stems`), stored beside the text and indexed as a column of their own, and a
query's Cyrillic words are stemmed the same way and looked up in that column (and, as
prefixes, in the speaker names).

AND, OR and NOT are operators only in capitals. Every word is reduced to its
letters and digits before it reaches the database, so quote marks,
apostrophes, dashes and stray operators can never make a syntax error: a word
such as "Russia's" becomes the phrase "russia s", an operator without operands
is dropped, and a query with nothing left to search for is an InvalidInput.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from tracker.errors import InvalidInput

_TOKEN = re.compile(
    r'"(?P<phrase>[^"]*)"?|(?P<paren>[()])|(?P<minus>-(?=[("]))|(?P<word>[^\s()"]+)'
)
_PART = re.compile(r"[^\W_]+")
OPERATORS = ("AND", "OR", "NOT")
_CYRILLIC = re.compile("[\u0400-\u04ff]")


@lru_cache(maxsize=1)
def _russian_stemmer():
    import snowballstemmer

    return snowballstemmer.stemmer("russian")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A lower-case word's Snowball stem when it is Russian; other words as they are."""
    word = word.replace("ё", "е")
    return _russian_stemmer().stemWord(word) if _CYRILLIC.search(word) else word


def text_stems(text: str | None) -> str | None:
    """The words of a text holding Russian, lower-cased, the Russian ones reduced to their
    stems, in order: what SQLite's full-text index reads for Russian. None for a text
    without Cyrillic letters (English is stemmed by FTS5's own Porter tokenizer)."""
    if not text or not _CYRILLIC.search(text):
        return None
    return " ".join(stem(w) for w in _PART.findall(text.lower()))


@dataclass(frozen=True)
class Term:
    """Words that must appear in this order; `prefix`: the last one may continue."""

    words: tuple[str, ...]
    prefix: bool = False


@dataclass(frozen=True)
class All:
    """Every positive part matches and no negative part does."""

    positive: tuple
    negative: tuple


@dataclass(frozen=True)
class Any:
    """At least one part matches."""

    parts: tuple


def compile_query(text: str, dialect: str, *, text_only: bool = False) -> str:
    """The query `text` as an FTS5 MATCH string ("sqlite") or a to_tsquery string
    ("postgresql"); InvalidInput when it has nothing to search for.

    text_only: match the statement's words only, not its speaker's names (the FTS5 column
    `text`; the tsvector's weight A).
    """
    node = _Parser(text or "").parse()
    if node is None:
        raise InvalidInput(
            f"nothing to search for in {text!r}: give at least one word "
            '(e.g. tracker search "security guarantees")'
        )
    if dialect == "sqlite":
        if text_only and not _russian(node):
            return f"text : ({_fts5(node, False)})"
        return _fts5(node, text_only)
    return _tsquery(node, "A" if text_only else "")


class _Parser:
    """Recursive descent over: or := and (OR and)*; and := unary+; unary := (NOT|-) unary | atom."""

    def __init__(self, text: str) -> None:
        self.tokens = [self._token(m) for m in _TOKEN.finditer(text)]
        self.pos = 0

    @staticmethod
    def _token(match: re.Match) -> tuple[str, str]:
        if match.group("phrase") is not None:
            return ("phrase", match.group("phrase"))
        if match.group("paren"):
            return (match.group("paren"), match.group("paren"))
        if match.group("minus"):
            return ("NOT", "-")
        word = match.group("word")
        if word in OPERATORS:
            return (word, word)
        return ("word", word)

    def peek(self) -> str | None:
        return self.tokens[self.pos][0] if self.pos < len(self.tokens) else None

    def take(self) -> tuple[str, str]:
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def parse(self) -> All | Any | Term | None:
        node = None
        while self.pos < len(self.tokens):
            found = self.or_expr()
            node = _either(node, found)
            if self.peek() == ")":  # an unmatched closing parenthesis: skip it
                self.take()
        return _check_negations(node)

    def or_expr(self):
        parts = [self.and_expr()]
        while self.peek() == "OR":
            self.take()
            parts.append(self.and_expr())
        kept = tuple(p for p in parts if p is not None)
        if len(kept) <= 1:
            return kept[0] if kept else None
        return Any(kept)

    def and_expr(self):
        positive, negative = [], []
        while self.peek() not in (None, "OR", ")"):
            if self.peek() == "AND":
                self.take()
                continue
            negated, node = self.unary()
            if node is not None:
                (negative if negated else positive).append(node)
        if not positive and not negative:
            return None
        if len(positive) == 1 and not negative:
            return positive[0]
        return All(tuple(positive), tuple(negative))

    def unary(self) -> tuple[bool, object]:
        kind, value = self.take()
        if kind == "NOT":
            if self.peek() in (None, "OR", ")", "AND"):
                return False, None
            negated, node = self.unary()
            return not negated, node
        if kind == "(":
            node = self.or_expr()
            if self.peek() == ")":
                self.take()
            return False, node
        if kind == "phrase":
            return False, _term(value, prefix=False)
        if kind == "word" and value.startswith("-") and _PART.search(value):
            return True, _term(value[1:], prefix=value.endswith("*"))
        if kind == "word":
            return False, _term(value, prefix=value.endswith("*"))
        return False, None  # a stray ")" inside an expression


def _term(text: str, *, prefix: bool) -> Term | None:
    words = tuple(w.lower() for w in _PART.findall(text))
    return Term(words, prefix) if words else None


def _either(left, right):
    if left is None or right is None:
        return left if right is None else right
    return All((left, right), ())


def _check_negations(node):
    """A part that only excludes cannot be searched for on its own (FTS5 has no unary NOT)."""
    if isinstance(node, All):
        if not node.positive:
            raise InvalidInput(
                "NOT needs something to exclude from: write e.g. nato NOT ukraine "
                "(a query cannot consist of exclusions only)"
            )
        for part in (*node.positive, *node.negative):
            _check_negations(part)
    elif isinstance(node, Any):
        for part in node.parts:
            _check_negations(part)
    return node


def _fts5(node, text_only: bool) -> str:
    if isinstance(node, Term):
        return _fts5_term(node, text_only)
    if isinstance(node, Any):
        return "(" + " OR ".join(_fts5(p, text_only) for p in node.parts) + ")"
    text = "(" + " AND ".join(_fts5(p, text_only) for p in node.positive) + ")"
    for part in node.negative:
        text = f"({text} NOT {_fts5(part, text_only)})"
    return text


def _russian(node) -> bool:
    """Whether a query holds a Cyrillic word anywhere."""
    if isinstance(node, Term):
        return any(_CYRILLIC.search(w) for w in node.words)
    parts = node.parts if isinstance(node, Any) else (*node.positive, *node.negative)
    return any(_russian(p) for p in parts)


def _fts5_term(term: Term, text_only: bool) -> str:
    """A phrase: in the text (and speaker names), or, when it holds Russian, by its stems in
    the stems column (and as a prefix of the speaker names: "Захаровой" finds "Захарова")."""
    star = "*" if term.prefix else ""
    if not any(_CYRILLIC.search(w) for w in term.words):
        phrase = '"' + " ".join(term.words) + '"' + star
        return f"text : {phrase}" if text_only else phrase
    stems = '"' + " ".join(stem(w) for w in term.words) + '"'
    if text_only:
        return f"text_stems : {stems}{star}"
    return f"(text_stems : {stems}{star} OR speaker : {stems}*)"


def _tsquery(node, weight: str) -> str:
    if isinstance(node, Term):
        lexemes = [f"'{w}'" + (f":{weight}" if weight else "") for w in node.words]
        if node.prefix:
            lexemes[-1] = f"'{node.words[-1]}':*{weight}"
        return "(" + " <-> ".join(lexemes) + ")"
    if isinstance(node, Any):
        return "(" + " | ".join(_tsquery(p, weight) for p in node.parts) + ")"
    parts = [_tsquery(p, weight) for p in node.positive]
    parts += [f"!{_tsquery(p, weight)}" for p in node.negative]
    return "(" + " & ".join(parts) + ")"
