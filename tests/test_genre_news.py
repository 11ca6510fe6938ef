"""News pages beyond the plain wire story, each layout as a whole: a "What they said" box of
headings (a name and its post, with or without a colon, the post in lower case) over the
quotation of the one they name. Pages written here, in the manner of several outlets; each
expected statement is checked for its speaker, its first words and its day."""

import datetime

import pytest

from tracker.extract import extract

WEDNESDAY = datetime.date(2025, 3, 5)

BOX_POST_NAME = (
    "Security Council fails to agree on Sudan truce text\n\n"
    "NEW YORK, March 5 (Reuters) - The UN Security Council on Wednesday failed to adopt a "
    "draft resolution calling for a truce in Sudan after one permanent member voted against "
    "it and two others abstained.\n\n"
    "WHAT THEY SAID\n\n"
    "British Ambassador Barbara Woodward\n"
    '"Every day of delay costs lives in El Fasher and beyond."\n\n'
    "Algerian Ambassador Amar Bendjama\n"
    '"The council has once again let down the people of Sudan."\n'
)

BOX_NAME_POST_LOWER = (
    "Nuclear talks in Muscat: what they said\n\n"
    "MUSCAT, March 5 (AFP) - Iranian and American negotiators held a third round of indirect "
    "talks in the Omani capital on Wednesday, with both sides reporting modest progress.\n\n"
    "Esmaeil Baghaei, Iranian foreign ministry spokesman\n"
    '"We are here to test the seriousness of the other side."\n\n'
    "Badr Albusaidi, Omani foreign minister\n"
    '"The atmosphere was constructive and the talks will continue."\n'
)

BOX_NAME_POST_COLON = (
    "In their words: reactions to the Dutch election\n\n"
    "THE HAGUE, March 5 (ANP) - Party leaders gave their first reactions late on Wednesday "
    "as the count showed the centrist party winning the largest number of seats.\n\n"
    "Rob Jetten, D66 leader:\n\n"
    '"Millions of voters chose hope over fear. We will reach out to every party."\n\n'
    "Geert Wilders, PVV leader:\n\n"
    '"The voters have spoken, and we respect that. We will be back."\n'
)


@pytest.mark.parametrize(
    ("page", "want"),
    [
        (
            BOX_POST_NAME,
            [
                ("Barbara Woodward", "Every day of delay costs", "2025-03-05"),
                ("Amar Bendjama", "The council has once again", "2025-03-05"),
            ],
        ),
        (
            BOX_NAME_POST_LOWER,
            [
                ("Esmaeil Baghaei", "We are here to test", "2025-03-05"),
                ("Badr Albusaidi", "The atmosphere was constructive", "2025-03-05"),
            ],
        ),
        (
            BOX_NAME_POST_COLON,
            [
                ("Rob Jetten", "Millions of voters chose hope", "2025-03-05"),
                ("Geert Wilders", "The voters have spoken", "2025-03-05"),
            ],
        ),
    ],
    ids=["post-name-no-colon", "name-lowercase-post-no-colon", "name-lowercase-post-colon"],
)
def test_a_what_they_said_box_gives_each_quotation_to_its_heading(page, want) -> None:
    found = [(s.speaker, s.text, s.said_on) for s in extract(page, published=WEDNESDAY)]
    for speaker, start, day in want:
        hits = [f for f in found if f[1].startswith(start)]
        assert [(f[0], f[2]) for f in hits] == [(speaker, day)], (start, found)


# near-misses: a heading line over a quotation that has its own attribution, a byline over
# words the story goes on quoting: no box
NOT_A_BOX = (
    "Moscow warns over peacekeepers\n\n"
    "MOSCOW, March 5 (Reuters) - Russia said on Wednesday that troops from European "
    "countries in Ukraine would be treated as a party to the conflict.\n\n"
    "The warning came a day after Britain and France said they were drawing up plans for a "
    "force of several thousand troops to be sent once a ceasefire was agreed.\n\n"
    "Deputy Foreign Minister Alexander Grushko\n"
    '"We will regard them as combatants," Foreign Minister Sergei Lavrov told reporters.\n\n'
    "By Jane Roe, Diplomatic Correspondent\n"
    '"There is no room for compromise on this."\n\n'
    "Kyiv has said that only a force with a clear mandate and Western air cover would deter "
    "Russia from attacking again after any truce.\n"
)


def test_lines_that_are_no_box_heading_give_no_statement_of_their_own() -> None:
    found = [(s.speaker, s.text) for s in extract(NOT_A_BOX, published=WEDNESDAY)]
    combatants = [f[0] for f in found if f[1].startswith("We will regard them")]
    assert combatants == ["Sergei Lavrov"]
    assert "Jane Roe" not in [f[0] for f in found]


# an embedded post copied with its text unquoted above its signature: the poster's words,
# on the day the signature gives
POST_DAY_BEFORE = (
    "Dutch premier backs joint EU borrowing for defence\n\n"
    "THE HAGUE, March 6 (ANP) - Prime Minister Dick Schoof said on Thursday that the "
    "Netherlands would no longer block a discussion of joint European borrowing for "
    "defence, a shift that surprised several of his coalition partners.\n\n"
    "Schoof first signalled the change in a message posted late the night before.\n\n"
    "Europe must be able to defend itself. We are ready to talk about every option, "
    "including common financing. pic.twitter.com/Xy12AbCd\n\n"
    "\u2014 Dick Schoof (@MinPres) March 5, 2025\n\n"
    "Finance Minister Eelco Heinen said the cabinet had not yet taken a decision.\n"
)

POST_WITH_FLAGS = (
    "Estonia calls for shadow fleet crackdown\n\n"
    "TALLINN, March 5 (ERR) - Estonia on Wednesday urged its European partners to stop "
    "tankers of Russia's shadow fleet from passing through the Gulf of Finland after "
    "another cable was damaged.\n\n"
    "Russia's shadow fleet is a threat to our infrastructure and to the environment. "
    "It is time to act together. https://t.co/q1w2e3r4\n\n"
    "\u2014 Margus Tsahkna \U0001f1ea\U0001f1ea (@Tsahkna) March 4, 2025\n\n"
    "The Kremlin has denied any involvement in damage to undersea cables.\n"
)

POST_INTRODUCED = (
    "Sanchez proposes European defence fund\n\n"
    "MADRID, March 5 (EFE) - Spanish Prime Minister Pedro Sanchez on Wednesday proposed "
    "that the European Union set up a common fund for defence and security spending.\n\n"
    "In a post on X, Sanchez wrote:\n\n"
    "Our security is shared, and so must be its financing. Spain will defend this at the "
    "summit.\n\n"
    "\u2014 Pedro Sanchez (@sanchezcastejon) March 5, 2025\n\n"
    "Dutch Prime Minister Dick Schoof said the Netherlands remained opposed to joint "
    "borrowing.\n"
)


@pytest.mark.parametrize(
    ("page", "published", "want"),
    [
        (
            POST_DAY_BEFORE,
            datetime.date(2025, 3, 6),
            [
                ("Dick Schoof", "the Netherlands would no longer", "2025-03-06"),
                ("Dick Schoof", "Europe must be able to defend", "2025-03-05"),
                ("Eelco Heinen", "the cabinet had not yet", "2025-03-06"),
            ],
        ),
        (
            POST_WITH_FLAGS,
            WEDNESDAY,
            [("Margus Tsahkna", "Russia's shadow fleet is a threat", "2025-03-04")],
        ),
        (
            POST_INTRODUCED,
            WEDNESDAY,
            [
                ("Pedro Sanchez", "Our security is shared", "2025-03-05"),
                ("Dick Schoof", "the Netherlands remained opposed", "2025-03-05"),
            ],
        ),
    ],
    ids=["post-day-before", "post-name-with-flags", "post-introduced-by-a-colon"],
)
def test_an_embedded_post_s_text_is_the_poster_s_on_its_day(page, published, want) -> None:
    found = [(s.speaker, s.text, s.said_on) for s in extract(page, published=published)]
    for speaker, start, day in want:
        hits = [f for f in found if f[1].startswith(start)]
        assert [(f[0], f[2]) for f in hits] == [(speaker, day)], (start, found)
    # the link closing the post is no part of its words
    assert not [f for f in found if "pic.twitter" in f[1] or "t.co/" in f[1]]


# a story's paragraph above a signature whose post was not copied: the story's own words
POST_LOST = (
    "Kallas urges allies to keep up pressure\n\n"
    "BRUSSELS, March 5 (Reuters) - The EU's foreign policy chief said on Wednesday that "
    "Europe would keep up the pressure on Moscow until a just peace was reached.\n\n"
    "Kaja Kallas said the bloc would present a new sanctions package within weeks.\n\n"
    "\u2014 Kaja Kallas (@kajakallas) March 5, 2025\n\n"
    "Hungary has threatened to veto the package unless some individuals are removed.\n"
)


def test_a_story_paragraph_above_a_signature_stays_the_story_s() -> None:
    found = [(s.speaker, s.text, s.kind) for s in extract(POST_LOST, published=WEDNESDAY)]
    package = [f for f in found if f[1].startswith("the bloc would present")]
    assert [(f[0], f[2]) for f in package] == [("Kaja Kallas", "indirect")]


# a live page whose entries are stamped with their day as well as the time ("Wed 5 Mar 2025
# 10.02 GMT", "Tuesday 4 March 2025 20:45", "March 4, 2025, 9:15 p.m. ET"), or "Posted at
# 16:40": an entry's opening "X has said" is news of the entry's day
LIVE_GUARDIAN = (
    "Ukraine war live: European leaders meet in Brussels\n\n"
    "Wed 5 Mar 2025 11.40 GMT\n"
    "Costa: 'Europe must take its security in its own hands'\n\n"
    "The European Council president, Antonio Costa, has said the EU is ready to take "
    "responsibility for its own defence.\n\n"
    "Tue 4 Mar 2025 19.05 GMT\n"
    "Kallas urges unity\n\n"
    "The EU's foreign policy chief, Kaja Kallas, has told reporters that divisions only help "
    "Moscow.\n"
)

LIVE_SKY = (
    "Ukraine latest: Kyiv studies US proposal\n\n"
    "Wednesday 5 March 2025 09:12\n"
    "Sybiha: Kyiv will give its answer within days\n\n"
    "Ukraine's foreign minister Andrii Sybiha has said Kyiv is studying the proposal "
    "carefully and will reply soon.\n\n"
    "Tuesday 4 March 2025 21:30\n"
    "Peskov: no contacts planned\n\n"
    "Kremlin spokesman Dmitry Peskov has said no new contacts with Washington are planned "
    "this week.\n"
)

LIVE_BBC = (
    "Leaders meet in London - live\n\n"
    "Posted at 16:40\n"
    "Tusk: 'Europe must arm itself'\n\n"
    "Poland's prime minister has told reporters that Europe cannot rely on others for its "
    "security any longer.\n\n"
    "Posted at 15:55\n"
    "Meloni arrives\n\n"
    "Italian Prime Minister Giorgia Meloni has said she wants to avoid a split between Europe "
    "and the United States.\n"
)

LIVE_NYT = (
    "Live Updates: Talks on a Ceasefire in Jeddah\n\n"
    "March 5, 2025, 8:30 a.m. ET\n"
    "Saudi officials say the talks will continue\n\n"
    "Prince Faisal bin Farhan, the Saudi foreign minister, has told reporters that the "
    "delegations would meet again on Thursday.\n\n"
    "March 4, 2025, 10:15 p.m. ET\n"
    "Rubio says both sides must give ground\n\n"
    "Secretary of State Marco Rubio has said that Ukraine and Russia will both have to make "
    "concessions to end the war.\n"
)


@pytest.mark.parametrize(
    ("page", "want"),
    [
        (
            LIVE_GUARDIAN,
            [
                ("Antonio Costa", "the EU is ready to take", "2025-03-05"),
                ("Kaja Kallas", "divisions only help Moscow", "2025-03-04"),
            ],
        ),
        (
            LIVE_SKY,
            [
                ("Andrii Sybiha", "Kyiv is studying the proposal", "2025-03-05"),
                ("Dmitry Peskov", "no new contacts with Washington", "2025-03-04"),
            ],
        ),
        (
            LIVE_BBC,
            [
                ("Tusk", "Europe cannot rely on others", "2025-03-05"),
                ("Giorgia Meloni", "she wants to avoid a split", "2025-03-05"),
            ],
        ),
        (
            LIVE_NYT,
            [
                ("Faisal bin Farhan", "the delegations would meet again", "2025-03-05"),
                ("Marco Rubio", "Ukraine and Russia will both", "2025-03-04"),
            ],
        ),
    ],
    ids=[
        "weekday-day-month-year-time",
        "weekday-full-no-mark",
        "posted-at-time",
        "month-day-year-time",
    ],
)
def test_a_live_entry_stamped_with_its_day_dates_its_opening_perfect(page, want) -> None:
    found = [(s.speaker, s.text, s.said_on) for s in extract(page, published=WEDNESDAY)]
    for speaker, start, day in want:
        hits = [f for f in found if f[1].startswith(start)]
        assert [(f[0], f[2]) for f in hits] == [(speaker, day)], (start, found)


# a story whose page prints its day and time once on a line of its own: no live page, its
# "has said" still reaches back to the page's day or before
STORY_STAMPED_ONCE = (
    "Ankara offers to host Black Sea talks\n\n"
    "Wednesday 5 March 2025 09:40\n\n"
    "Turkish Foreign Minister Hakan Fidan has said Turkey is ready to host talks on shipping "
    "in the Black Sea.\n\n"
    "Diplomats said the first meeting could take place in Istanbul later this month.\n"
)


def test_a_story_stamped_once_is_no_live_page() -> None:
    found = [
        (s.speaker, s.text, s.said_on) for s in extract(STORY_STAMPED_ONCE, published=WEDNESDAY)
    ]
    hits = [f for f in found if f[1].startswith("Turkey is ready to host")]
    assert [(f[0], f[2]) for f in hits] == [("Hakan Fidan", "../2025-03-05")]


# a live entry whose heading names the one it reports and whose first paragraph goes on by
# the post alone: the post is the one the heading names; a heading that names a meeting
# ("X meets Y") names no one the post must be
LIVE_HEADED = (
    "Ukraine talks: live updates\n\n"
    "12:05 GMT\n"
    "Fidan: 'Turkey is ready to host the next round'\n\n"
    "Turkey's foreign minister told a news conference that Ankara could host negotiators "
    "from both sides as soon as next week.\n\n"
    "11:20 GMT\n"
    "Grossi warns of risks at Zaporizhzhia plant\n\n"
    "The UN nuclear watchdog's director general said the situation at the plant remained "
    "fragile after another power line was cut.\n\n"
    "10:35 GMT\n"
    "Barrot meets Wadephul in Paris\n\n"
    "Germany's foreign minister said the two countries would present joint proposals on air "
    "defence to their partners.\n"
)


@pytest.mark.parametrize(
    ("start", "speaker"),
    [
        ("Ankara could host negotiators", "Fidan"),
        ("the situation at the plant remained", "Grossi"),
        ("the two countries would present", "Germany's foreign minister"),
    ],
)
def test_a_live_entry_s_post_is_the_one_its_heading_names(start, speaker) -> None:
    found = [(s.speaker, s.text) for s in extract(LIVE_HEADED, published=WEDNESDAY)]
    assert [f[0] for f in found if f[1].startswith(start)] == [speaker], found


# the same layout in a story: the headline names the one the lead describes by the post
# alone; a headline telling of a meeting names no one the post must be
@pytest.mark.parametrize(
    ("page", "start", "speaker"),
    [
        (
            "Sybiha rejects 'frozen conflict' in Ukraine\n\n"
            "KYIV, March 5 (Reuters) - Ukraine's foreign minister said on Wednesday that Kyiv "
            "would not accept any deal that froze the front line without guarantees.\n\n"
            "Officials in Kyiv said a delegation would travel to Riyadh next week.\n",
            "Kyiv would not accept any deal",
            "Sybiha",
        ),
        (
            "Grossi warns of 'dangerous' situation at Zaporizhzhia\n\n"
            "VIENNA, March 5 (AP) - The head of the UN nuclear watchdog said on Wednesday that "
            "the plant had lost its last backup power line for several hours.\n\n"
            "Rafael Grossi told the agency's board that he would travel to the site again.\n",
            "the plant had lost its last",
            "Rafael Grossi",
        ),
        (
            "Sikorski hits back at Musk over Starlink\n\n"
            "WARSAW, March 5 (PAP) - Poland's top diplomat said on Wednesday that Warsaw would "
            "look for other suppliers if SpaceX proved unreliable.\n",
            "Warsaw would look for other suppliers",
            "Sikorski",
        ),
        (
            "Lavrov meets Fidan in Ankara\n\n"
            "ANKARA, March 5 (Reuters) - Turkey's foreign minister said on Wednesday that "
            "Ankara was ready to host talks between Moscow and Kyiv.\n",
            "Ankara was ready to host talks",
            "Turkey's foreign minister",
        ),
    ],
    ids=[
        "headline-surname",
        "headline-full-name-below",
        "top-diplomat-under-headline",
        "a-meeting-headline-names-no-one",
    ],
)
def test_a_headline_names_the_one_its_lead_describes(page, start, speaker) -> None:
    found = [(s.speaker, s.text) for s in extract(page, published=WEDNESDAY)]
    assert [f[0] for f in found if f[1].startswith(start)] == [speaker], found


# a round-up of reactions under a lead: the lead's day dates the reactions when it is the
# reacting's ("Leaders around the world on Tuesday welcomed ..."), not when it is the deal's
# ("welcomed the deal reached late on Tuesday"): then undated reactions are of the page's day
ROUNDUP_LEAD = (
    "World reacts to Sudan truce\n\n"
    "March 5, 2025\n\n"
    "Leaders around the world {when}. Here is what they said:\n\n"
    "Kenya: President William Ruto said the truce was a chance the people of Sudan could "
    "not afford to lose.\n\n"
    "Norway: Foreign Minister Espen Barth Eide said Oslo would fund the monitoring mission.\n"
)


@pytest.mark.parametrize(
    ("when", "day"),
    [
        ("welcomed the agreement announced late on Tuesday", "2025-03-05"),
        ("welcomed the deal reached on Tuesday", "2025-03-05"),
        ("on Tuesday welcomed the truce agreement", "2025-03-04"),
    ],
)
def test_a_reaction_lead_s_day_dates_the_reactions_only_when_it_is_theirs(when, day) -> None:
    page = ROUNDUP_LEAD.format(when=when)
    found = [(s.speaker, s.said_on) for s in extract(page, published=WEDNESDAY)]
    assert found == [("William Ruto", day), ("Espen Barth Eide", day)], found
