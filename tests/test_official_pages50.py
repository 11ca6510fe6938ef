"""Ministry releases and read-outs (round 50).

A stance named by its holder with a name-qualified topic noun after it ("reiterated China's
position on the Korean Peninsula nuclear question") names a position without stating it: a
mention with no content (ANNOTATION.md), as "the government's stance on the matter" already
was. And a quotation after a naming noun and its colon ("held under the theme: '...'", "a
banner reading: '...'") is the title of an event or the words on a banner, which nobody in the
sentence says. Pages written here in the manner of a foreign ministry's news page and a
government press release."""

from __future__ import annotations

import datetime

from tracker.extract import extract

PUBLISHED = datetime.date(2021, 4, 14)


def _said(text: str) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.text) for s in extract(text, published=PUBLISHED)]


READOUT = (
    "Foreign Minister Chen Bo Meets with Foreign Minister of Malaysia\n\n"
    "On April 14, 2021, Foreign Minister Chen Bo met with the visiting Foreign Minister of "
    "Malaysia in Xiamen.\n\n"
)
# the topic noun after a name: "the Korean Peninsula nuclear question", "the Mekong River
# water issue", "the Iran nuclear issue", "the Taiwan question"
STANCES = [
    READOUT + "Chen Bo reiterated China's principled position on the Korean Peninsula nuclear "
    "question and stressed that dialogue is the only way out.\n",
    READOUT + "Chen Bo also expounded Beijing's stance on the Mekong River water issue and "
    "noted that the upstream dams hold back no water in the dry season.\n",
    READOUT + "Chen Bo explained the Chinese side's views on the Iran nuclear issue and warned "
    "that the deal must be restored in full.\n",
    READOUT + "Chen Bo restated China's position on the Taiwan question and said that the "
    "one-China principle is the basis of ties.\n",
]


def test_a_stance_on_a_named_issue_is_a_mention() -> None:
    for text in STANCES:
        got = _said(text)
        assert len(got) == 1, got
        assert not any(w in got[0][1] for w in ("position", "stance", "views")), got


def test_a_stance_with_its_content_is_said() -> None:
    # near miss: the clause goes on after the topic, so the stance is stated
    text = READOUT + (
        "Chen Bo said China's position on the Korean Peninsula issue has not changed since "
        "the last round of talks.\n"
    )
    got = _said(text)
    assert len(got) == 1 and got[0][1].startswith("China's position on the Korean"), got


RELEASE = (
    "Media Statement\n\n"
    "Minister Thandi Mokoena has concluded her visit to Geneva, where she led the delegation "
    "to the World Health Assembly, held this year {}.\n\n"
    "Addressing the plenary, Minister Mokoena said the country would double its spending on "
    "primary care.\n"
)
NAMED = [
    "under the theme: \u201cHealth for all: building resilient systems for every community\u201d",
    'with the slogan: "Leave no one behind on the road to universal coverage"',
    "under a banner reading: \u201cNo health without peace and no peace without health\u201d",
    "in a hall whose main poster was headlined: \u201cTogether we end the epidemic by the "
    "end of the decade\u201d",
]


def test_a_quotation_after_a_naming_colon_is_no_statement() -> None:
    for named in NAMED:
        got = _said(RELEASE.format(named))
        assert [g[1][:40] for g in got] == ["the country would double its spending on"], got


def test_a_colon_after_a_speaker_still_gives_words() -> None:
    # near miss: the colon follows a clause about the speaker, not a naming noun
    text = RELEASE.format("in Geneva") + (
        "\nThe Minister was blunt: \u201cWe will not accept any further cuts to the budget "
        "of the organisation.\u201d\n"
    )
    got = _said(text)
    assert len(got) == 2 and got[1][1].startswith("We will not accept"), got


# review rv50b 3: a post's caption or hashtag is the poster's own words, not a title
POSTS = [
    "Prime Minister Ana Ribeiro shared a photograph of the flooded valley on X with the "
    "caption: \u201cWe will rebuild every bridge and every school in this region.\u201d\n",
    "The governor posted a short clip from the border crossing, captioned: \u201cOur "
    "volunteers have worked through the night to keep this road open.\u201d\n",
    "Minister Ribeiro put up a picture of the signed accord on Instagram under the "
    "hashtag: \u201cPeace is built one agreement at a time, and today we built one.\u201d\n",
]


def test_a_posted_caption_is_the_posters_words() -> None:
    for text in POSTS:
        got = _said("Regional News\n\n" + text)
        assert len(got) == 1 and got[0][0] is not None, got
        assert got[0][1].split()[0] in ("We", "Our", "Peace"), got


def test_a_banner_over_a_post_still_names() -> None:
    # near miss: the words on a banner in the photograph are nobody's statement
    text = (
        "Regional News\n\nOutside the governor's office, marchers carried a banner "
        "reading: \u201cNo more closures of our rural hospitals this year\u201d\n"
    )
    assert _said(text) == [], _said(text)


# review rv50b 4: one speaks "on the theme:" and says what follows; a theme, title or slogan
# names only after a naming preposition or participle
ON_THEME = [
    "Addressing the youth forum, the minister spoke on the theme: \u201cAfrica must feed "
    "itself by the end of this decade.\u201d\n",
    "At the closing session, the envoy had one message on the theme: \u201cNo country can "
    "face this drought alone.\u201d\n",
    "The foreign minister returned again and again to one theme: \u201cWe cannot trade "
    "our forests for a single harvest.\u201d\n",
]


def test_words_on_a_theme_are_said() -> None:
    for text in ON_THEME:
        got = _said("Media Statement\n\n" + text)
        assert len(got) == 1 and got[0][0] is not None, got


def test_a_theme_after_a_naming_word_still_names() -> None:
    # near misses: the theme or motto is named by "bearing" and "titled"
    for named in (
        "bearing the motto: \u201cOne health for one planet and all its people\u201d",
        "in a session titled: \u201cWhat the next pandemic will ask of all of us\u201d",
    ):
        got = _said(RELEASE.format(named))
        assert [g[1][:40] for g in got] == ["the country would double its spending on"], got
