"""The body whose site a page is, read from the page's address: the issuer of last resort.

A ministry prints its releases and its spokesperson's briefings in its own voice, often
naming itself nowhere in English: "We strongly condemn the attack ..." under a title of its
topic alone, or a weekly briefing that opens "Today marks ...". Only the address says whose
page it is: www.mfa.gov.tr is Turkey's Ministry of Foreign Affairs, mofa.gov.pk Pakistan's.
The readers of a body's own page (``transcript_labels.Cast.page_body``,
``statement_page.issued_document``) ask :func:`site_owner` only where the text names no
issuer; nothing else reads it, so a page that names its issuer is read the same with or
without its address.

:data:`MINISTRY_LABELS` is the one table: a label of the host's name that is a foreign
ministry's ("mfa", "mofa", "mea", ...) and the ministry's name, with ``{country}`` for the
state whose domain the host is under (its country-code top-level domain: ``.tr``, ``.go.jp``,
``.gov.pk``), the ministry's label directly before that domain or before a government's
label under it (``gov``, ``go``, ``gouv``, ...). Add a ministry's label there; a host under
no country's domain (``.org``, ``.int``, ``.com``), under a company's (``.com.au``) or
naming no ministry (an embassy's site, a news site) names no owner.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from urllib.parse import urlsplit

from tracker.countries import COUNTRIES, SELF_NAMES, Country
from tracker.extract.speaker_phrase import SpeakerPhrase

# a label of a foreign ministry's host name -> the ministry's name ({country}: the state of
# the host's country-code domain)
MINISTRY_LABELS = {
    "mfa": "Ministry of Foreign Affairs of {country}",  # mfa.gov.tr, mfa.gov.cn, mfa.am
    "mofa": "Ministry of Foreign Affairs of {country}",  # mofa.go.jp, mofa.gov.pk
    "mofat": "Ministry of Foreign Affairs and Trade of {country}",  # mofat.go.kr (older)
    "mfaic": "Ministry of Foreign Affairs and International Cooperation of {country}",
    "mofaic": "Ministry of Foreign Affairs and International Cooperation of {country}",
    "mea": "Ministry of External Affairs of {country}",  # mea.gov.in
    "fmprc": "Ministry of Foreign Affairs of {country}",  # fmprc.gov.cn
    "mid": "Ministry of Foreign Affairs of {country}",  # mid.ru
    "mfat": "Ministry of Foreign Affairs and Trade of {country}",  # mfat.govt.nz
    "dfat": "Department of Foreign Affairs and Trade of {country}",  # dfat.gov.au
    "dfa": "Department of Foreign Affairs of {country}",  # dfa.gov.ph, dfa.ie
    "msz": "Ministry of Foreign Affairs of {country}",  # msz.gov.pl (gov.pl/web/dyplomacja)
    "mzv": "Ministry of Foreign Affairs of {country}",  # mzv.gov.cz
    "auswaertiges-amt": "Federal Foreign Office of {country}",  # auswaertiges-amt.de
    "diplomatie": "Ministry for Europe and Foreign Affairs of {country}",  # diplomatie.gouv.fr
    "exteriores": "Ministry of Foreign Affairs of {country}",  # exteriores.gob.es
    "itamaraty": "Ministry of Foreign Affairs of {country}",  # itamaraty.gov.br
}

# the labels a government's hosts sit under, between the ministry's label and the
# country's code ("mea.gov.in", "mofa.go.jp", "mfat.govt.nz", "diplomatie.gouv.fr",
# "exteriores.gob.es", "bmeia.gv.at"): under any other ("mea.com.au", "mfa.co.uk") the
# label is some company's
_GOVERNMENT_LABELS = frozenset({"gov", "go", "govt", "gouv", "gob", "gv"})
# a ministry's label that is a plain word in its language, the ministry's only under one
# domain ("diplomatie.belgium.be" is Belgium's, not France's)
_ONLY_UNDER = {"diplomatie": ("gouv", "fr")}
_STATE_OF_CODE = {c.code: c for c in COUNTRIES}

_SITE: ContextVar[SpeakerPhrase | None] = ContextVar("site", default=None)


def ministry_of(url: str | None, text: str = "") -> SpeakerPhrase | None:
    """The foreign ministry whose site ``url`` is on ("https://www.mfa.gov.tr/..." ->
    Ministry of Foreign Affairs of Turkey), its state named as the page ``text`` names it;
    None for any other address."""
    if not url:
        return None
    try:
        host = (urlsplit(url.strip()).hostname or "").lower()
    except ValueError:
        return None
    labels = host.split(".")
    if len(labels) < 2:
        return None
    top = labels[-1]
    state = _STATE_OF_CODE.get(top.upper()) if len(top) == 2 else None
    if state is None:
        return None
    # (the labels before the country's domain; "lusaka-be.mfa.gov.tr": an embassy's pages on
    # the ministry's site are the ministry's too)
    at = next((i for i, x in enumerate(labels[:-1]) if x in MINISTRY_LABELS), None)
    if at is None:
        return None
    under = labels[at + 1 :]
    if not all(x in _GOVERNMENT_LABELS for x in under[:-1]):
        return None
    if labels[at] in _ONLY_UNDER and tuple(under) != _ONLY_UNDER[labels[at]]:
        return None
    found = MINISTRY_LABELS[labels[at]]
    name = found.format(country=_named_as_in(state, text))
    return SpeakerPhrase("institution", name, name=name, institution=name, country=state.name)


def _named_as_in(state: Country, text: str) -> str:
    """The state's name as the page spells it: a ministry writes its own country's name its
    own way ("Viet Nam", "Türkiye"), and its page is the ministry of that name; the usual
    name when the page uses it or no other."""
    if re.search(rf"\b{re.escape(state.name)}\b", text):
        return state.name
    for other in SELF_NAMES.get(state.code, ()):
        # only another spelling of the short name: a formal long name ("Russian Federation",
        # "Republic of Korea") comes and goes page by page and names no other issuer
        spelled = re.search(rf"\b{re.escape(other)}\b", text, re.IGNORECASE)
        if spelled is not None and spelled[0][0].isupper():
            return spelled[0]
    return state.name


@contextmanager
def site_of(url: str | None, text: str = "") -> Iterator[None]:
    """Read the page ``text`` in the context of its address (see :func:`site_owner`)."""
    token = _SITE.set(ministry_of(url, text))
    try:
        yield
    finally:
        _SITE.reset(token)


def site_owner() -> SpeakerPhrase | None:
    """The ministry whose site the page being read is on, from its address; None when the
    address names none or was not given. Ask it only where the text names no issuer."""
    return _SITE.get()
