"""Official single-voice pages in English: the layout says whose the words below are.

Governments publish speeches, statements and spokespersons' answers on their own sites
under titles and fields that name the speaker: gov.uk's "From:" field (its value on the
next line when a copy breaks it), a title closed by a stop ("Speech by President X at the
Y Summit."), "Op-Ed by Ambassador X: <the piece's title>", "Foreign Ministry
Spokesperson's Remarks on ...", India's "Official Spokesperson's response to media
queries on ...", the UN's "Statement attributable to the Spokesperson for the
Secretary-General" signed "Name, Spokesman for ...", a "Message for <a day>" signed below, a
minister's own site ("The Hon X MP" over "Media Statement") in the first person, a ministry's
"Press Releases" section named on a line of its own. Each page is one statement of its
speaker on the page's day; a news story under a similar headline stays news.
"""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

_GOVUK_SPLIT = """GOV.UK
Home  Government  World

Speech
Minister's speech to the Commonwealth trade forum
The Minister for Trade set out plans for closer ties with the Caribbean.

From:
Department for Business and Trade and Nigel Huddleston MP
Published
9 May 2023
Delivered on
8 May 2023 (Transcript of the speech, exactly as it was delivered)

Trade between our nations has grown every year for a decade, and small firms must share in it.

That is why we are opening a new fund for exporters across the region.

Share this page
"""

_CLOSED_TITLE = """Présidence de la République
Speeches

Speech by President Emmanuel Macron at the Conference on Lebanon in Paris.
24 October 2024 - Speech

Ladies and gentlemen,

Lebanon cannot be left to face this war alone. I say clearly: France stands with its people.

We have gathered more than eighty delegations today, and we will raise the aid that is needed.
"""

_OP_ED = """U.S. Embassy in Armenia
News & Events

Op-Ed by Ambassador Kristina Kvien: Thirty Years of Friendship
September 21, 2023

When Armenia regained its independence, the United States soon opened an embassy in Yerevan.

We remain committed to helping Armenians build a secure and prosperous future.
"""

_SPOKESPERSON_REMARKS = """Ministry of Foreign Affairs of the People's Republic of China
Home > Spokesperson's Remarks

Foreign Ministry Spokesperson's Remarks on the Sanctions Announced by the European Union
2024-02-24 19:30

China is strongly dissatisfied with the EU's decision to list Chinese companies.

We urge the EU to stop this wrong practice. China will protect the rights of its firms.
"""

_MEDIA_QUERIES = """Ministry of External Affairs
Government of India
Media Center > Press Releases

Official Spokesperson's response to media queries on the remarks of the US State Department
March 27, 2024

We have taken strong exception to the remarks on certain legal processes in India.

Any such interference in our internal affairs is unacceptable and unwarranted.

New Delhi
March 27, 2024
"""

_ATTRIBUTABLE = """United Nations Secretary-General
Home > Statements

Statement attributable to the Spokesperson for the Secretary-General - on the floods in Libya
New York, 12 September 2023

The Secretary-General is deeply saddened by the devastating floods that have struck eastern Libya.

The United Nations is working with its partners to bring urgent help to the people affected.

Stéphane Dujarric, Spokesman for the Secretary-General
"""


_MESSAGE_SIGNED = """United Nations
Secretary-General

Message for World Refugee Day
20 June 2024

More than one hundred million people have been forced to flee their homes by war and persecution.

Let us stand with them, and with the countries and communities that take them in.

António Guterres
"""

_MINISTER_SITE = """Prime Minister of Australia
The Hon Anthony Albanese MP
Media Statement

New support for the people of Tonga
16 January 2022

Today I can confirm that Australia will send a second flight of relief supplies to Tonga.

We stand with our Pacific family as they recover from the eruption and the tsunami.
"""

_SECTION_ALONE = """Ministry of Foreign Affairs
Government of Pakistan

Press Releases

Pakistan condemns the bombing in Peshawar
No. 118/2023
30 January 2023

Pakistan strongly condemns the heinous bombing of a mosque in Peshawar today.

Islamabad
30 January 2023
"""


@pytest.mark.parametrize(
    ("text", "published", "speaker", "start", "day"),
    [
        pytest.param(
            _GOVUK_SPLIT,
            datetime.date(2023, 5, 9),
            "Nigel Huddleston",
            "Trade between our nations has grown",
            "2023-05-08",
            id="govuk-from-field-on-two-lines",
        ),
        pytest.param(
            _CLOSED_TITLE,
            datetime.date(2024, 10, 25),
            "Emmanuel Macron",
            "Lebanon cannot be left to face",
            "2024-10-24",
            id="speech-title-closed-by-a-stop",
        ),
        pytest.param(
            _OP_ED,
            datetime.date(2023, 9, 21),
            "Kristina Kvien",
            "When Armenia regained its independence",
            "2023-09-21",
            id="op-ed-with-its-own-title",
        ),
        pytest.param(
            _SPOKESPERSON_REMARKS,
            datetime.date(2024, 2, 24),
            "Foreign Ministry",
            "China is strongly dissatisfied with",
            "2024-02-24",
            id="spokesperson-remarks-unnamed",
        ),
        pytest.param(
            _MEDIA_QUERIES,
            datetime.date(2024, 3, 27),
            "Ministry of External Affairs",
            "We have taken strong exception",
            "2024-03-27",
            id="response-to-media-queries",
        ),
        pytest.param(
            _ATTRIBUTABLE,
            datetime.date(2023, 9, 12),
            "Stéphane Dujarric",
            "The Secretary-General is deeply saddened",
            "2023-09-12",
            id="attributable-to-the-spokesperson-signed",
        ),
        pytest.param(
            _MESSAGE_SIGNED,
            datetime.date(2024, 6, 20),
            "António Guterres",
            "More than one hundred million people",
            "2024-06-20",
            id="message-for-a-day-signed",
        ),
        pytest.param(
            _MINISTER_SITE,
            datetime.date(2022, 1, 16),
            "Anthony Albanese",
            "Today I can confirm that Australia",
            "2022-01-16",
            id="minister-site-name-over-media-statement",
        ),
        pytest.param(
            _SECTION_ALONE,
            datetime.date(2023, 1, 30),
            "Ministry of Foreign Affairs",
            "Pakistan strongly condemns the heinous",
            "2023-01-30",
            id="ministry-section-on-a-line-of-its-own",
        ),
    ],
)
def test_official_page_is_one_statement_of_its_speaker(
    text: str, published: datetime.date, speaker: str, start: str, day: str
) -> None:
    found = extract(text, published=published)
    assert [(s.speaker, s.said_on) for s in found] == [(speaker, day)]
    assert found[0].text.startswith(start)


_NEWS_UNDER_CLOSED_TITLE = """The Evening Courier
World

Speech by President Emmanuel Macron at the Lebanon conference.
24 October 2024

PARIS (Reuters) - French President Emmanuel Macron said on Thursday that the conference had
raised a billion euros for Lebanon.

"We will not abandon Lebanon," Macron told delegates.
"""

_NEWS_UNDER_SPOKESPERSON = """Global Times
China

Foreign Ministry Spokesperson's remarks on EU sanctions draw attention in Brussels
2024-02-25

BRUSSELS (AFP) - A spokesperson for the European Commission said on Sunday that the bloc
would study China's response.
"""


def test_a_news_story_under_a_closed_speech_title_stays_news() -> None:
    found = extract(_NEWS_UNDER_CLOSED_TITLE, published=datetime.date(2024, 10, 24))
    assert [s.text[:24] for s in found] == ["the conference had\nraise", "We will not abandon Leba"]
    assert {s.speaker for s in found} == {"Emmanuel Macron"}


def test_a_news_story_about_a_spokesperson_s_remarks_stays_news() -> None:
    found = extract(_NEWS_UNDER_SPOKESPERSON, published=datetime.date(2024, 2, 25))
    assert not [s for s in found if s.speaker == "Foreign Ministry"]


def test_a_minister_s_release_in_the_third_person_is_read_as_a_story() -> None:
    # the same site, the release reporting its minister with a verb and a quote: each
    # saying is read as it stands
    text = _MINISTER_SITE.replace(
        "Today I can confirm that Australia will send",
        "The Prime Minister said Australia would send",
    ).replace(
        "We stand with our Pacific family as they recover from the eruption and the tsunami.",
        '"Tonga is family," Mr Albanese said.',
    )
    found = extract(text, published=datetime.date(2022, 1, 16))
    assert [s.text[:20] for s in found] == ["Australia would send", "Tonga is family"]


def test_a_joint_media_statement_is_no_one_minister_s() -> None:
    text = _MINISTER_SITE.replace("Media Statement", "Joint media statement")
    found = extract(text, published=datetime.date(2022, 1, 16))
    assert not [s for s in found if s.text.startswith("Today I can confirm")]


_MEETING_TOLD = """Ministry of Foreign Affairs
Government of Pakistan

Press Releases

Foreign Minister meets the Foreign Minister of Uzbekistan
12 March 2023

The Minister held talks today with the Foreign Minister of Uzbekistan. They reviewed trade links.

Pakistan remains committed to a connected and prosperous Central Asia.
"""


def test_a_ministry_s_page_telling_of_a_meeting_held_gives_it_no_words() -> None:
    # under "Press Releases", the paragraph telling of the meeting reports an event; the one in
    # the ministry's own voice is still its words
    found = extract(_MEETING_TOLD, published=datetime.date(2023, 3, 12))
    assert [(s.speaker, s.text[:24]) for s in found] == [
        ("Ministry of Foreign Affairs", "Pakistan remains committ")
    ]


# the US government's banner atop each of its sites, and other sites' chrome, above the page
_US_BANNER = (
    "An official website of the United States Government Here's how you know\n\n"
    "Official websites use .gov\n\n"
    "A .gov website belongs to an official government organization in the United States.\n\n"
    "Secure .gov websites use HTTPS\n\n"
)
_SKIP_AND_MENU = "Skip to main content\n\nMenu\nSearch\nHome\nNews\nContact\n\n"

_STATE_PRESS_STATEMENT = """U.S. DEPARTMENT of STATE

Home > Office of the Spokesperson > Press Releases > Release of Detained Aid Workers

Release of Detained Aid Workers
Press Statement
Antony J. Blinken, Secretary of State
March 3, 2024

We welcome the release of the aid workers held for months without charge.

The United States will keep working for the release of every American wrongfully detained abroad.
"""

_WH_STATEMENT = """The White House
Briefing Room > Statements and Releases

Statement from President Joe Biden on the Anniversary of the Camp David Summit
August 18, 2024

One year ago, I hosted the leaders of Japan and the Republic of Korea at Camp David.

Together we opened a new era of partnership among our three nations.
"""

_MINISTRY_STATEMENT = """Department of International Relations and Cooperation
Home > Media > Media Statements

South Africa welcomes the ceasefire in Gaza
16 January 2025

South Africa welcomes the announcement of a ceasefire agreement between Israel and Hamas.

Enquiries: Chrispin Phiri
"""


@pytest.mark.parametrize(
    ("page", "published", "speaker", "start"),
    [
        (_STATE_PRESS_STATEMENT, datetime.date(2024, 3, 3), "Antony J. Blinken", "We welcome the"),
        (_WH_STATEMENT, datetime.date(2024, 8, 18), "Joe Biden", "One year ago, I hosted"),
        (
            _MINISTRY_STATEMENT,
            datetime.date(2025, 1, 16),
            "Department of International Relations and Cooperation",
            "South Africa welcomes the",
        ),
    ],
)
@pytest.mark.parametrize("chrome", ["", _US_BANNER, _SKIP_AND_MENU], ids=["bare", "us", "menu"])
def test_site_chrome_above_an_official_page_changes_nothing(
    chrome: str, page: str, published: datetime.date, speaker: str, start: str
) -> None:
    found = extract(chrome + page, published=published)
    assert [(s.speaker, s.said_on) for s in found] == [(speaker, published.isoformat())]
    assert found[0].text.startswith(start)


def test_a_share_bar_under_a_ministry_statement_s_title_is_no_footer() -> None:
    # "Share" / "Print" right under the date: the page's links above its text, not the
    # contacts and buttons that close it
    text = _MINISTRY_STATEMENT.replace(
        "16 January 2025\n\n", "16 January 2025\n\nShare\nFacebook\nX\nPrint\n\n"
    )
    found = extract(text, published=datetime.date(2025, 1, 16))
    assert [s.text[:25] for s in found] == ["South Africa welcomes the"]


_KREMLIN_LABELLED = """President of Russia
Events / Statements

Address by the President of Russia
March 16, 2024, 21:00, The Kremlin, Moscow

Vladimir Putin addressed the nation on the eve of the election.

Vladimir Putin: Citizens of Russia, friends, tomorrow is the last day of voting.

By coming to the polling stations you are showing that the future of the country is yours.
"""


def test_a_speech_page_that_labels_its_one_speaker_is_theirs() -> None:
    found = extract(_KREMLIN_LABELLED, published=datetime.date(2024, 3, 16))
    assert [(s.speaker, s.said_on) for s in found] == [("Vladimir Putin", "2024-03-16")]
    assert found[0].text.startswith("Citizens of Russia, friends")


def test_a_speech_title_ending_in_its_quoted_motto_under_chrome() -> None:
    # under the ministry's name and path, a title that ends in a quote reads as a sentence;
    # over words in the first person it is the title all the same
    text = (
        "Ministry of Foreign Affairs of Estonia\nHome > Speeches\n\n"
        'Keynote speech by Minister Margus Tsahkna: "Deterrence is cheaper than war"\n'
        "3 May 2024\n\n"
        "Our region has paid for the illusion that trade alone keeps the peace. We will not "
        "pay for it twice.\n\nEstonia will spend more than three percent on defence.\n"
    )
    found = extract(text, published=datetime.date(2024, 5, 4))
    body = [s for s in found if s.text.startswith("Our region has paid")]
    assert [(s.speaker, s.said_on) for s in body] == [("Margus Tsahkna", "2024-05-03")]


_POST_TITLED = """Prime Minister's Office

English rendering of PM's address at the Global South Summit

Posted On: 17 NOV 2023 10:05AM by PIB Delhi

The Prime Minister, Shri Narendra Modi addressed the Voice of Global South Summit today.

Excellencies,

The developing world has borne the cost of crises it did not cause.

We will carry your priorities to every forum where the rules are written.
"""


def test_a_title_naming_the_post_takes_the_holder_the_lead_names() -> None:
    found = extract(_POST_TITLED, published=datetime.date(2023, 11, 17))
    assert [(s.speaker, s.said_on) for s in found] == [("Narendra Modi", "2023-11-17")]
    assert found[0].text.startswith("The developing world has borne")


def test_a_story_about_the_post_s_speech_stays_news() -> None:
    text = (
        "The Daily Ledger\n\nPM's address at the Global South Summit draws praise\n\n"
        "Prime Minister Narendra Modi addressed the summit by video link on Friday, and "
        "several leaders welcomed his proposals.\n\n"
        '"We were encouraged by what we heard," said Kenyan President William Ruto.\n'
    )
    found = extract(text, published=datetime.date(2023, 11, 17))
    assert [s.speaker for s in found] == ["William Ruto"]


def test_a_state_s_qualified_formal_name_opens_its_ministry_s_words() -> None:
    # "The Arab Republic of Egypt welcomes ...": on its ministry's page the state speaks
    # through the ministry, however formal its name
    text = (
        "Ministry of Foreign Affairs\nArab Republic of Egypt\nNews > Press Releases\n\n"
        "Egypt Welcomes Ceasefire in Gaza\nCairo, 15 January 2025\n\n"
        "The Arab Republic of Egypt welcomes the agreement on a ceasefire in the Gaza Strip.\n\n"
        "Egypt will continue its efforts with its partners to secure lasting calm.\n"
    )
    found = extract(text, published=datetime.date(2025, 1, 15))
    assert [(s.speaker, s.text[:22]) for s in found] == [
        ("Ministry of Foreign Affairs", "The Arab Republic of E"),
        ("Ministry of Foreign Affairs", "Egypt will continue it"),
    ]


@pytest.mark.parametrize(
    "state",
    [
        "The Arab Republic of Egypt",
        "The Islamic Republic of Iran",
        "The Hashemite Kingdom of Jordan",
    ],
)
def test_a_state_s_formal_name_is_no_description_of_a_headline_s_words(state: str) -> None:
    # under a headline in title case, the state by its formal name is the state itself (no
    # speaker, as "Egypt" is), never the capitalised words of the headline
    text = (
        "Cairo Welcomes Humanitarian Truce in Sudan\n\n"
        f"{state} welcomes the signing of the ceasefire agreement in Jeddah.\n"
    )
    found = extract(text, published=datetime.date(2023, 5, 22))
    assert not [s for s in found if s.speaker == "Humanitarian Truce"]


@pytest.mark.parametrize("aside", ["in part", "among other things", "in particular"])
def test_a_message_given_in_part_is_its_sender_s(aside: str) -> None:
    # a leader's site or a wire relays a message: "The message reads, in part: ..." gives the
    # words of the one who sent it, the aside before the colon notwithstanding
    text = (
        "President of Russia\nEvents / News\n\nGreetings to President of Kazakhstan\n"
        "December 16, 2024\n\n"
        "Vladimir Putin sent greetings to President of Kazakhstan Kassym-Jomart Tokayev on "
        "the country's Independence Day.\n\n"
        f'The message reads, {aside}: "Our relations of alliance are developing dynamically '
        'in every field."\n'
    )
    found = extract(text, published=datetime.date(2024, 12, 16))
    assert [(s.speaker, s.text[:20]) for s in found] == [("Vladimir Putin", "Our relations of all")]


@pytest.mark.parametrize("sep", ["\u00bb", "\u203a"])
def test_a_ministry_s_path_may_be_set_off_by_guillemets(sep: str) -> None:
    text = _MINISTRY_STATEMENT.replace(
        "Home > Media > Media Statements", f"Home {sep} Media {sep} Media Statements"
    )
    found = extract(text, published=datetime.date(2025, 1, 16))
    assert [(s.speaker, s.text[:25]) for s in found] == [
        ("Department of International Relations and Cooperation", "South Africa welcomes the")
    ]
