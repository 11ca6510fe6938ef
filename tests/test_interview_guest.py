"""Two readings checked on articles written after a blind set showed them: the guest of an
interview is the one its introduction says gave it, not another person the same sentence
names; and after "According to X," a post followed by a name set off by commas is that
name's, the subject of the words that follow."""

import datetime

import pytest

from tracker.extract import extract

INTERVIEW = """{minister}: "Our recognition is a step towards peace, not a punishment"

Madrid, May 26, 2024 (EFE).- Spain's Foreign Minister José Manuel Albares said on Saturday \
that the recognition of Palestine next week served peace in the region.

In an interview with EFE at the ministry in Madrid, held on Saturday, Albares also dismissed \
the steps taken on Friday by his Israeli counterpart, {counterpart}, who said Spain's \
consulate would be restricted.

Q: Why now?

A: Because the war goes on and the two-state solution needs support now, not in ten years.

Q: Your counterpart has attacked you personally. Your answer?

A: I do not answer insults. Our policy is made in Madrid and follows international law.
"""


@pytest.mark.parametrize("counterpart", ["Israel Katz", "Eli Cohen"])
def test_the_answers_are_the_guests_not_the_counterpart_named_after_him(counterpart):
    text = INTERVIEW.format(minister="Albares", counterpart=counterpart)
    found = extract(text, published=datetime.date(2024, 5, 26))
    answers = [s for s in found if s.text.startswith(("Because the war", "I do not answer"))]
    assert [s.speaker for s in answers] == ["José Manuel Albares"] * 2
    relayed = [s for s in found if s.text.startswith("Spain's consulate")]
    assert [s.speaker for s in relayed] == [counterpart]


ACCORDING = """Ministers press junta on dialogue - Hasan

KUALA LUMPUR, March 3 (Wire) -- South-East Asian ministers urged the junta to halt the \
fighting before any vote, said Foreign Minister Datuk Seri Ahmad Hasan.

Hasan, who chaired the meeting here today, said the bloc wanted a ceasefire first.

According to Hasan, {post}, the talks in Bangkok would resume.
"""


def test_a_post_before_a_name_set_off_is_the_names_and_opens_the_words():
    text = ACCORDING.format(
        post="Thailand's envoy, Special Representative Somchai Jaidee, outlined a plan"
    )
    text = text.replace(", the talks in Bangkok would resume", " for talks in Bangkok")
    found = extract(text, published=datetime.date(2025, 3, 3))
    last = found[-1]
    assert last.speaker == "Ahmad Hasan"
    assert last.text.startswith("Thailand's envoy, Special Representative Somchai Jaidee")


def test_a_post_set_off_after_the_source_is_still_the_sources():
    text = ACCORDING.format(post="Malaysia's foreign minister")
    found = extract(text, published=datetime.date(2025, 3, 3))
    last = found[-1]
    assert last.speaker == "Ahmad Hasan"
    assert last.text.startswith("the talks in Bangkok would resume")
