"""Who "the Kenyan president" or "the prime minister" is (issue 8, round nineteen), probed
with stories written here in the styles of live pages, wire copy and ministry pages. Each
test in new words."""

from __future__ import annotations

import datetime

from tracker.extract import extract

PUB = datetime.date(2023, 6, 16)


def _speaker(text: str, start: str) -> str | None:
    """Who the extractor says spoke the words opening with ``start``."""
    found = [s.speaker for s in extract(text, published=PUB) if s.text.startswith(start)]
    return found[0] if len(found) == 1 else None


# --- a minister of the state named with his post is not its head of state or government


def test_a_minister_of_the_state_does_not_stop_the_untitled_one_being_its_president() -> None:
    for minister, leader, description in (
        ("Ghana's finance minister, Ken Ofori-Atta,", "Nana Akufo-Addo", "the Ghanaian president"),
        ("Peru's foreign minister, Ana Gervasi,", "Dina Boluarte", "the Peruvian president"),
        ("Greece's defence minister, Nikos Dendias,", "Kyriakos Mitsotakis", "the Greek premier"),
        ("Hungary's foreign minister, Peter Szijjarto,", "Viktor Orban", "the Hungarian PM"),
        (
            "Slovakia's finance minister, Ladislav Kamenicky,",
            "Robert Fico",
            "the Slovak prime minister",
        ),
        (
            "Turkey's interior minister, Ali Yerlikaya,",
            "Recep Tayyip Erdogan",
            "the Turkish leader",
        ),
    ):
        text = (
            "Regional talks open\n\n"
            f"{minister} opened the session on Friday.\n\n"
            f"{leader} later addressed the delegates. "
            f'"We will see this through to the end," {description} said.'
        )
        assert _speaker(text, "We will see this through") == leader, description


def test_the_minister_who_spoke_last_is_not_the_president_of_his_state() -> None:
    text = (
        "Border talks\n\n"
        "Chile's interior minister, Carolina Toha, said on Thursday that patrols would double.\n\n"
        'Gabriel Boric visited the northern border on Friday. "Order will be restored," the '
        "Chilean president told local radio."
    )
    assert _speaker(text, "patrols would double") == "Carolina Toha"
    assert _speaker(text, "Order will be restored") == "Gabriel Boric"


def test_a_minister_of_the_state_is_still_the_minister_or_official_described() -> None:
    text = (
        "Ministers meet\n\n"
        "Kenya's foreign minister, Musalia Mudavadi, met Josep Borrell on Friday. "
        '"We need a lasting ceasefire," the Kenyan official said.'
    )
    assert _speaker(text, "We need a lasting ceasefire") == "Musalia Mudavadi"
    text = (
        "Ministers meet\n\n"
        "Egypt's foreign minister, Sameh Shoukry, said on Friday the crossing would reopen. "
        "President Abdel Fattah al-Sisi later met the envoy. The Egyptian president said aid "
        "must flow."
    )
    assert _speaker(text, "the crossing would reopen") == "Sameh Shoukry"
    assert _speaker(text, "aid must flow") == "Abdel Fattah al-Sisi"


def test_one_of_the_state_named_since_keeps_the_description_from_the_stateless_one() -> None:
    text = (
        "Ushakov said he had not seen the remarks of French Senator Claude Malhuret. According "
        'to the French president, Moscow "has chosen escalation".'
    )
    assert _speaker(text, "Moscow") != "Ushakov"


# --- a paragraph that introduces someone with no post, then uses a post, gives their post


def test_a_post_after_a_paragraph_introduces_someone_untitled_is_theirs() -> None:
    for titled, introduced, occasion, description in (
        (
            "Spain's prime minister, Pedro Sanchez,",
            "Mark Rutte",
            "has laid a wreath at the memorial in The Hague. In a statement,",
            "the prime minister",
        ),
        (
            "Canadian Prime Minister Justin Trudeau",
            "Anthony Albanese",
            "spent the morning at a shipyard in Adelaide. Speaking afterwards,",
            "the prime minister",
        ),
        (
            "Polish President Andrzej Duda",
            "Alexander Stubb",
            "has spoken to the broadcaster Yle from Helsinki.",
            "The president",
        ),
        (
            "Foreign Minister Sergey Lavrov",
            "Annalena Baerbock",
            "travelled to Kyiv on Friday. At a news conference there,",
            "the foreign minister",
        ),
    ):
        text = (
            "Leaders' day\n\n"
            f"{titled} arrived in Kyiv on Friday morning.\n\n"
            f"{introduced} {occasion} {description} said the aid would be sent next week."
        )
        assert _speaker(text, "the aid would be sent") == introduced, introduced


def test_one_who_replies_answers_the_paragraphs_subject_and_is_not_it() -> None:
    text = (
        "Reform row\n\n"
        "President Gustavo Petro presented the health reform on Thursday.\n\n"
        'Alvaro Uribe called the reform "a disaster" on Friday. The president replied that '
        "the critics offered no alternative."
    )
    assert _speaker(text, "the critics offered") == "Gustavo Petro"
    text = (
        "Reform row\n\n"
        "Prime Minister Kyriakos Mitsotakis unveiled the plan on Thursday.\n\n"
        "Alexis Tsipras spent Friday touring the islands. The prime minister, for his part, "
        "responded that the plan was already working."
    )
    assert _speaker(text, "the plan was already") == "Kyriakos Mitsotakis"


def test_someone_named_before_the_paragraph_does_not_take_a_post_it_uses() -> None:
    text = (
        "Climate talks\n\n"
        "Prime Minister Justin Trudeau met the activist Greta Thunberg on Friday.\n\n"
        "Greta Thunberg spoke to students afterwards. The prime minister said the meeting had "
        "been useful."
    )
    assert _speaker(text, "the meeting had been") == "Justin Trudeau"


# --- "prime" names a head of government's post, as "president" does


def test_the_states_prime_minister_is_the_one_untitled_person_named_in_a_clause() -> None:
    for clause, name, description in (
        ("The talks broke down on Thursday, when", "Mark Rutte", "The Dutch prime minister"),
        ("Markets slid on Thursday as", "Kyriakos Mitsotakis", "The Greek PM"),
        ("The row deepened on Thursday after", "Narendra Modi", "The Indian prime minister"),
        ("Nothing moved on Thursday until", "Anthony Albanese", "The Australian Prime Minister"),
    ):
        text = (
            "Talks stall\n\n"
            f"{clause} {name} left the room. {description} called the offer "
            '"a step backwards".'
        )
        assert _speaker(text, "the offer") == name, name


def test_a_ministers_post_still_asks_for_one_who_speaks() -> None:
    text = (
        "Talks stall\n\n"
        "The talks broke down on Thursday, when Mark Rutte left the room. The Dutch foreign "
        'minister called the offer "a step backwards".'
    )
    assert _speaker(text, "the offer") != "Mark Rutte"
