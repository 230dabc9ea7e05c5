"""A day still ahead told as the possessive of another event ("ahead of next Tuesday's
primary") is not the day a story has reached: a later count ("A day earlier") runs from
the last day the story told of, not from it."""

from __future__ import annotations

from timex_helpers import value

MAR30 = "2016-03-30"  # a Wednesday


def test_a_day_earlier_does_not_count_back_from_next_tuesdays_primary() -> None:
    text = (
        "Supporters queued outside the arena on Tuesday, where the senator held a rally "
        "ahead of next Tuesday's primary. A day earlier, six protesters were arrested in "
        "the lobby."
    )
    assert value(text, "next Tuesday", MAR30) == "2016-04-05"
    assert value(text, "A day earlier", MAR30) == "2016-03-28"


def test_a_day_earlier_still_counts_back_from_a_coming_day_told_as_the_storys_own() -> None:
    text = "The vote will be held next Tuesday. A day earlier, the candidates will debate."
    assert value(text, "A day earlier", MAR30) == "2016-04-04"


def test_a_day_earlier_counts_back_from_a_past_possessive_day() -> None:
    text = "Tuesday's bombing killed 12 people. A day earlier, police had raised the alert."
    assert value(text, "A day earlier", MAR30) == "2016-03-28"
