"""A ministry's page in its own voice that names no issuer in English: its address does.

A release under a title of its topic alone ("No: 88, 4 March 2021, Press Release Regarding
...") or with no title at all, in the first person plural ("We strongly condemn ..."), is
the ministry's whose site the page is on (mfa.gov.tr, mofa.go.jp): extraction reads the
page's address (``url``) through :mod:`tracker.extract.site`, only where the text names no
issuer. Pages written here in the manner of a ministry's release."""

from __future__ import annotations

import datetime

from tracker.extract import extract
from tracker.extract.site import ministry_of

DAY = datetime.date(2021, 3, 4)

UNTITLED = (
    "We strongly condemn the remarks made yesterday by the Deputy Foreign Minister of "
    "Freedonia about our country and its institutions. Such remarks have no place in "
    "relations between neighbours.\n\n"
    "We call on the Freedonian authorities to act with restraint and to return to dialogue "
    "without delay.\n"
)

TOPIC_TITLE = (
    "No: 88, 4 March 2021, Press Release Regarding the Bombing in Sylvania\n\n"
    "We strongly condemn the bombing carried out today at a market in the capital of "
    "Sylvania, which killed and injured many civilians.\n\n"
    "We convey our deepest condolences to the families of those who lost their lives and "
    "wish a speedy recovery to the wounded.\n"
)


def _speakers(text: str, url: str | None) -> list[tuple[str | None, str]]:
    return [
        (s.speaker, " ".join(s.text.split()[:3])) for s in extract(text, published=DAY, url=url)
    ]


def test_host_of_a_foreign_ministry_names_it_with_its_state():
    found = ministry_of("https://www.mfa.gov.tr/no_-88_-sylvania.en.mfa")
    assert found is not None and found.name == "Ministry of Foreign Affairs of Turkey"
    assert ministry_of("https://www.mofa.go.jp/press/release/page1e_000001.html").name == (
        "Ministry of Foreign Affairs of Japan"
    )
    # an embassy's pages on the ministry's site carry the ministry's releases
    assert ministry_of("https://lima-be.mfa.gov.tr/Mission/ShowAnnouncement/1").name == (
        "Ministry of Foreign Affairs of Turkey"
    )
    assert ministry_of("https://www.mea.gov.in/press-releases.htm").name == (
        "Ministry of External Affairs of India"
    )


def test_other_hosts_name_no_owner():
    assert ministry_of("https://www.reuters.com/world/mfa-story") is None
    assert ministry_of("https://news.un.org/en/story/2021/03/1") is None
    assert ministry_of("https://lima.embassy.example.pe/news") is None
    assert ministry_of(None) is None
    assert ministry_of("not a url") is None


def test_untitled_release_in_the_first_person_plural_is_the_sites_ministry():
    got = _speakers(UNTITLED, "https://www.mfa.gov.tr/no_-87_-freedonia.en.mfa")
    assert ("Ministry of Foreign Affairs of Turkey", "We strongly condemn") in got


def test_release_titled_by_its_topic_is_the_sites_ministry():
    got = _speakers(TOPIC_TITLE, "https://www.mfa.gov.tr/no_-88_-sylvania.en.mfa")
    assert ("Ministry of Foreign Affairs of Turkey", "We strongly condemn") in got


def test_without_the_address_or_on_another_site_no_issuer_is_guessed():
    for url in (None, "https://www.example-news.com/world/sylvania"):
        got = _speakers(UNTITLED, url)
        assert not any(who and "Ministry" in who for who, _ in got)


def test_a_page_naming_its_issuer_is_read_as_before():
    # a body speaking in its own name keeps it, whatever site prints it
    text = (
        "Statement by the Ministry of Foreign Affairs of Ruritania\n\n"
        "We strongly condemn the attack on the convoy of humanitarian workers in the north "
        "of Sylvania.\n"
    )
    got = _speakers(text, "https://www.mfa.gov.tr/statement.en.mfa")
    assert got and all(who != "Ministry of Foreign Affairs of Turkey" for who, _ in got)


def test_a_ministry_label_under_another_domain_names_no_owner():
    # a company's host ("mea.com.au"), a plain word under another state's domain
    # ("diplomatie.belgium.be" is no French ministry's), a code that is no state's ("uk")
    assert ministry_of("https://www.mea.com.au/about") is None
    assert ministry_of("https://mfa.co.uk/news") is None
    assert ministry_of("https://diplomatie.belgium.be/en/news") is None
    assert ministry_of("https://www.diplomatie.gouv.fr/en/news").name == (
        "Ministry for Europe and Foreign Affairs of France"
    )


JOINT = (
    "Joint Statement of the Trilateral Meeting of the Foreign Ministers of Sylvania, "
    "Freedonia and Ruritania\n\n"
    "We the Foreign Ministers of Sylvania, Freedonia and Ruritania met in the capital of "
    "Ruritania on 4 March 2021.\n\n"
    "We reaffirm our commitment to the sovereignty and territorial integrity of our states.\n"
)

GROUP = (
    "G20 Foreign Ministers' Statement on Sylvania\n\n"
    "We condemn the attack on the capital of Sylvania in the strongest terms. We call on all "
    "parties to return to talks.\n"
)

REMARKS = (
    "Foreign Secretary's opening remarks at the Sylvania Joint Commission\n\n"
    "We are happy to welcome the delegation of Sylvania. We value our long friendship.\n"
)


def test_a_joint_or_groups_statement_or_remarks_is_not_the_sites_ministrys():
    # its "we" is several states, a group, or one person: the host's ministry printing it
    # is no more its issuer than any other member's
    for text in (JOINT, GROUP, REMARKS):
        for url in ("https://www.mfa.gov.tr/x.en.mfa", "https://www.mea.gov.in/x.htm"):
            got = _speakers(text, url)
            assert not any(who and who.startswith("Ministry") for who, _ in got), (text, url)
