"""Review of the third wave's English rules (r39o, r39q): each rule narrowed to the form it
was written for. Stories written here, in the manner of the wires' and Israeli, Chinese,
Russian and German outlets' English copy; each expected statement is checked for its
speaker, its first words and its day."""

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2024, 2, 6)

# 1. a participle after a released video is the releaser's only where the main clause
# tells of nothing but speaking then and the participle tells the video's content
REACTED_TO_VIDEO = (
    "Herzog condemns video\n\n"
    "JERUSALEM (Reuters) - Israeli President Isaac Herzog hit back on Monday after Hamas "
    'released a video of two captives, calling it "a cynical act of terror" against the '
    "families.\n"
)
SPOKE_PRAISING = (
    "Gallant on rescue\n\n"
    "TEL AVIV (Times of Israel) - Defense Minister Yoav Gallant spoke on Monday after the "
    "Israeli military released a video of the raid, praising the troops who carried it out.\n"
)
SPOKE_VOWING = (
    "Herzog vows\n\n"
    "JERUSALEM (AFP) - President Isaac Herzog spoke on Monday after Hamas's armed wing "
    "released a video of a captive, vowing to bring every hostage home.\n"
)
# near miss: the main clause only tells of speaking, the participle the video's content
SPOKE_AS_VIDEO_WARNED = (
    "Herzog speaks\n\n"
    "JERUSALEM (AFP) - President Isaac Herzog spoke on Monday as Hamas released a video of "
    "a captive, warning that time was running out for the hostages.\n"
)


def test_reacted_to_video() -> None:
    assert_statements(
        REACTED_TO_VIDEO,
        PUBLISHED,
        [("Isaac Herzog", 'it "a cynical act of terror"', "2024-02-05")],
    )


def test_spoke_praising() -> None:
    assert_statements(
        SPOKE_PRAISING,
        PUBLISHED,
        [("Yoav Gallant", "praising the troops", "2024-02-05")],
    )


def test_spoke_vowing() -> None:
    assert_statements(
        SPOKE_VOWING,
        PUBLISHED,
        [("Isaac Herzog", "to bring every hostage home", "2024-02-05")],
    )


def test_spoke_as_video_warned() -> None:
    assert_statements(
        SPOKE_AS_VIDEO_WARNED,
        PUBLISHED,
        [("Hamas", "time was running out", "2024-02-05")],
    )


# 2. a body's stance held over time ("has long insisted") is no news its spokesperson's
# day dates
BODY_HAS_LONG_INSISTED = (
    "China rejects remarks on South China Sea\n\n"
    "BEIJING (Reuters) - China's Foreign Ministry has long insisted that the South China Sea "
    "islands are China's territory and that outside powers have no role in the dispute.\n\n"
    "On Monday, Foreign Ministry spokesperson Wang Wenbin said the South China Sea islands "
    "were China's territory and that outside powers had no role in the dispute.\n"
)


def test_body_has_long_insisted() -> None:
    assert_statements(
        BODY_HAS_LONG_INSISTED,
        PUBLISHED,
        [
            ("Chinese Foreign Ministry", "the South China Sea islands are", "../2024-02-06"),
            ("Wang Wenbin", "the South China Sea islands were", "2024-02-05"),
        ],
    )


# 3. another state's spokesperson does not speak for the body of the lead
ANOTHER_STATES_SPOKESMAN = (
    "Fishing row\n\n"
    "BEIJING (AFP) - China's Foreign Ministry has condemned Japan's patrols near the disputed "
    "islands as provocative and dangerous.\n\n"
    "On Monday, a Foreign Ministry spokesman in Tokyo, Yoshimasa Hayashi, said the patrols "
    "near the disputed islands were lawful and not provocative.\n"
)


def test_another_states_spokesman() -> None:
    assert_statements(
        ANOTHER_STATES_SPOKESMAN,
        PUBLISHED,
        [
            ("Chinese Foreign Ministry", "condemned Japan's patrols", "../2024-02-06"),
            ("Yoshimasa Hayashi", "the patrols near the disputed", "2024-02-05"),
        ],
    )


# 4. the words after an event keep the event's day when the lead has an occasion of its
# own, or when commas set the day off as the saying's
LEAD_IN_AN_INTERVIEW = (
    "Lavrov says West ignores Moscow\n\n"
    "MOSCOW (Reuters) - Russian Foreign Minister Sergei Lavrov said on Monday that the West "
    "had ignored Moscow's security proposals, speaking in an interview with state "
    "television.\n\n"
    "Following the talks with his Iranian counterpart in Tehran on Sunday, Lavrov told a "
    "news conference that Moscow and Tehran agreed on the need for calm in the Red Sea.\n"
)
DAY_SET_OFF = (
    "Lavrov, Wang meet\n\n"
    "BEIJING (Xinhua) - Russian Foreign Minister Sergei Lavrov said on Monday that relations "
    "with China were at their best in history.\n\n"
    "After the talks, on Sunday, Lavrov told reporters that the two sides would meet again "
    "in the spring.\n"
)


def test_lead_in_an_interview() -> None:
    assert_statements(
        LEAD_IN_AN_INTERVIEW,
        PUBLISHED,
        [
            ("Sergei Lavrov", "the West had ignored", "2024-02-05"),
            ("Sergei Lavrov", "Moscow and Tehran agreed", "2024-02-04"),
        ],
    )


def test_day_set_off() -> None:
    assert_statements(
        DAY_SET_OFF,
        PUBLISHED,
        [
            ("Sergei Lavrov", "relations with China", "2024-02-05"),
            ("Sergei Lavrov", "the two sides would meet", "2024-02-04"),
        ],
    )


# 5. an aside that repeats the lead's words tells them again with its day
ASIDE_TELLS_AGAIN = (
    "Blinken warns Beijing\n\n"
    "WASHINGTON (AP) - Any Chinese supply of weapons to Russia for the war in Ukraine would "
    "have serious consequences, U.S. Secretary of State Antony Blinken has warned.\n\n"
    "Blinken, who warned on Saturday that any supply of weapons to Russia would have serious "
    "consequences, also said the allies were ready to act together.\n"
)


def test_aside_tells_again() -> None:
    assert_statements(
        ASIDE_TELLS_AGAIN,
        PUBLISHED,
        [
            ("Antony Blinken", "Any Chinese supply of weapons", "2024-02-03"),
            ("Antony Blinken", "any supply of weapons to Russia", "2024-02-03"),
            ("Antony Blinken", "the allies were ready", "2024-02-06"),
        ],
    )


# 6. "earlier on the day" before a relative clause or a broadcast is no day of the story
EARLIER_ON_THE_DAY_HE = (
    "Iran on talks\n\n"
    "TEHRAN (IRNA) -- Iranian President Ebrahim Raisi said on Saturday that sanctions had "
    "failed.\n\n"
    "Foreign Minister Hossein Amirabdollahian spoke earlier on the day he flew to Beirut, "
    "saying Tehran would keep talking to its neighbours.\n"
)
EARLIER_ON_THE_PROGRAMME = (
    "Iran on talks\n\n"
    "TEHRAN (IRNA) -- Iranian President Ebrahim Raisi said on Saturday that sanctions had "
    "failed.\n\n"
    "Earlier on the evening news of state TV, Amirabdollahian said Tehran would keep talking "
    "to its neighbours.\n"
)


def test_earlier_on_the_day_he() -> None:
    assert_statements(
        EARLIER_ON_THE_DAY_HE,
        PUBLISHED,
        [
            ("Ebrahim Raisi", "sanctions had failed", "2024-02-03"),
            ("Hossein Amirabdollahian", "Tehran would keep talking", "../2024-02-06"),
        ],
    )


def test_earlier_on_the_programme() -> None:
    assert_statements(
        EARLIER_ON_THE_PROGRAMME,
        PUBLISHED,
        [
            ("Ebrahim Raisi", "sanctions had failed", "2024-02-03"),
            ("Amirabdollahian", "Tehran would keep talking", "../2024-02-06"),
        ],
    )


# 7. a name others gave a thing, quoted after "known as", is no words of the speaker's
REFERRED_TO_KNOWN_AS = (
    "Scholz in Paris\n\n"
    "PARIS (DW) - Chancellor Olaf Scholz on Monday referred to the three-way format "
    'known as the "Weimar Triangle" during a visit to Paris.\n\n'
    "Scholz said Europe had to stand together.\n"
)


def test_referred_to_known_as() -> None:
    assert_statements(
        REFERRED_TO_KNOWN_AS,
        PUBLISHED,
        [("Olaf Scholz", "Europe had to stand together", "2024-02-05")],
    )
