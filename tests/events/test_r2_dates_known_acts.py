"""Event dating on follow-up stories: an act referred to as known ("the bombing", "the
bomb that exploded") in the phrase of another predicate does not take the day of that
predicate (dating step 12); a count's period ("the 41st this month") is no date of the
act; a day still ahead that an act came before ("ahead of next Tuesday's primary") gives
a past act no date unless it is a plan (step 2)."""

from __future__ import annotations

import pytest
from event_helpers import date_of, events_of


@pytest.mark.parametrize(
    ("text", "trigger", "published"),
    [
        (
            "The ambassador met the interior minister on Wednesday to resume talks that "
            "were interrupted by the car bombing of the consulate.",
            "car",
            "2025-06-18",
        ),
        (
            "Below are the latest figures as of Monday for the dead and injured in the "
            "bombings of the two hotels.",
            "bombings",
            "2025-06-16",
        ),
        (
            "Norway said Friday in response to missile attacks on militia camps in Syria "
            "that every state may defend its citizens.",
            "missile",
            "2025-06-20",
        ),
        (
            "Two key suspects in the hotel bombing were flown to Paris on Tuesday for trial.",
            "hotel",
            "2025-06-18",
        ),
        (
            "The interior ministry on Tuesday opened an inquiry into the shelling of the market.",
            "shelling",
            "2025-06-17",
        ),
    ],
)
def test_a_known_act_does_not_take_the_day_of_its_aftermath(
    text: str, trigger: str, published: str
) -> None:
    dated = date_of(text, trigger, published)
    assert dated.date is not None and dated.date.inferred and dated.settled
    assert dated.date.precision == "month" and dated.strength == 0
    assert dated.date.start < dated.date.end


def test_the_aftermath_window_ends_on_the_sentences_day() -> None:
    text = (
        "The ambassador met the interior minister on Wednesday to resume talks that "
        "were interrupted by the car bombing of the consulate."
    )
    dated = date_of(text, "car", "2025-06-20")
    assert dated.date is not None
    assert (dated.date.start, dated.date.end) == ("2025-05-19", "2025-06-18")


def test_a_relative_clause_on_a_known_bomb_takes_no_story_day() -> None:
    text = (
        "Investigators said the parts of the bomb that exploded in Mombasa were brought in by boat."
    )
    dated = date_of(text, "exploded", "2025-06-20")
    assert dated.date is not None and dated.settled and dated.date.precision == "month"


_OWN_DAY_CASES = [
    # the act's own toll dates it
    ("Five people were killed on Friday in the bombing of a bus station.", "bombing"),
    # the day inside the act's own phrase dates it
    ("Police on Monday questioned two men over the bombing on Friday of a bus station.", "bombing"),
    # people, not an act
    ("On Friday, police fired tear gas at the protesters outside parliament.", "protesters"),
    # an indefinite act is news, not a known one
    ("Troops responded on Friday with an attack on the rebel base.", "attack"),
    # "wounded" the verb dates the blast ("the wounded in the blast" would not)
    ("Five people were wounded on Friday in the blast near the embassy.", "blast"),
]


def test_an_act_told_by_its_verb_after_after_is_no_known_act() -> None:
    text = "Security was tightened on Friday after gunmen shot two guards."
    dated = date_of(text, "shot", "2025-06-16")
    assert not dated.settled


@pytest.mark.parametrize(("text", "trigger"), _OWN_DAY_CASES)
def test_an_act_told_with_its_own_day_or_as_news_keeps_the_day(text: str, trigger: str) -> None:
    dated = date_of(text, trigger, "2025-06-16")
    assert dated.date is not None and not dated.settled
    assert dated.date.start == dated.date.end == "2025-06-13"


def test_a_charge_over_a_known_killing_keeps_the_legal_window() -> None:
    dated = date_of(
        "A man was charged on Tuesday over the killing of a guard.", "killing", "2025-06-18"
    )
    assert dated.date is not None and dated.date.precision == "year"


def test_the_count_of_this_month_is_no_date_of_the_attack() -> None:
    text = (
        "The grenade attack, the 12th in the capital during this month, came only hours "
        "after another blast."
    )
    dated = date_of(text, "grenade", "2025-06-20")
    assert dated.date is not None and dated.date.precision == "day"
    assert dated.date.evidence is None or "month" not in dated.date.evidence.text


def test_the_second_bombing_last_week_keeps_last_week() -> None:
    dated = date_of("A second bombing last week wrecked the bridge.", "bombing", "2025-06-20")
    assert dated.date is not None and dated.date.precision == "week"


def test_a_rally_held_ahead_of_next_tuesdays_vote_is_not_dated_by_it() -> None:
    text = "The candidate was holding a rally in Madison ahead of next Tuesday's primary."
    dated = date_of(text, "rally", "2016-03-30")
    assert dated.strength == 0 and dated.date is not None
    assert dated.date.end <= "2016-03-30"


def test_a_rally_held_ahead_of_next_tuesdays_vote_takes_the_storys_day() -> None:
    text = (
        "Supporters queued outside the arena in Madison on Tuesday. The candidate was "
        "holding a rally there ahead of next Tuesday's primary."
    )
    dates = {(e.date.start, e.date.end) for e in events_of(text, "2016-03-30") if e.date}
    assert dates == {("2016-03-29", "2016-03-29")}


def test_a_march_planned_ahead_of_next_tuesdays_vote_may_reach_it() -> None:
    text = "Students will march in Madison ahead of next Tuesday's primary."
    dated = date_of(text, "march", "2016-03-30")
    assert dated.date is not None and dated.date.end == "2016-04-05"


def test_a_march_planned_for_next_tuesday_is_that_tuesday() -> None:
    dated = date_of("Students will march in Madison next Tuesday.", "march", "2016-03-30")
    assert dated.date is not None
    assert dated.date.start == dated.date.end == "2016-04-05"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # "and" joins two acts of the news; it is no modifier of a known one
        (
            "On Friday, attacks against convoys and clashes between rebels and troops "
            "were reported across the province.",
            "clashes",
        ),
        # a relative clause on people tells the news, not a known act
        (
            "On Friday, helicopters fired rockets at the rebel columns that attacked the garrison.",
            "attacked",
        ),
    ],
)
def test_news_told_beside_a_known_act_pattern_keeps_the_day(text: str, trigger: str) -> None:
    dated = date_of(text, trigger, "2025-06-16")
    assert dated.date is not None and not dated.settled
    assert dated.date.start == dated.date.end == "2025-06-13"


def test_a_that_after_a_verb_opens_no_relative_clause() -> None:
    # the report's object (step 7: the week up to Friday), not a known act's month
    text = "On Friday, officials confirmed that a soldier died in the ambush near the border."
    dated = date_of(text, "ambush", "2025-06-16")
    assert dated.date is not None and dated.date.precision == "week"
    assert dated.date.end == "2025-06-13"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # "over" before a count is "more than", not a preposition of answer
        ("On Friday, the cartel carried out over 30 bomb attacks in the city.", "bomb"),
        # a verb between the preposition and the act tells the news
        ("On Friday, soon after having launched their offensive, rebels took it.", "offensive"),
        # "about" may tell the news itself
        ("On Friday, radio stations carried reports about rocket fire in the capital.", "rocket"),
    ],
)  # fmt: skip
def test_counts_verbs_and_about_open_no_known_act(text: str, trigger: str) -> None:
    dated = date_of(text, trigger, "2025-06-16")
    assert not dated.settled


def test_the_first_days_of_this_year_are_a_part_of_it_not_a_count() -> None:
    text = "Fierce fighting raged near the border during the first few days of this year."
    dated = date_of(text, "fighting", "2025-06-16")
    assert dated.date is not None and dated.date.evidence is not None
    assert "this year" in dated.date.evidence.text


def test_an_undated_known_act_is_left_to_the_storys_day() -> None:
    # no day of an aftermath in its sentence: the story's day (step 5) may still date it
    dated = date_of("After the battle, they fled with their wounded.", "battle", "2025-06-16")
    assert dated.date is not None and dated.date.precision == "month"
    assert not dated.settled


def test_a_known_act_beside_its_aftermaths_day_is_settled() -> None:
    text = "On Monday, relatives buried the victims of the massacre."
    dated = date_of(text, "massacre", "2025-06-16")
    assert dated.date is not None and dated.settled and dated.date.precision == "month"


def test_a_relative_clause_on_a_known_bomb_takes_no_story_day_in_a_follow_up() -> None:
    text = (
        "On Sunday, investigators said they had found where the explosives came from. "
        "Reports in Mombasa said the components of the bomb that exploded in the port were "
        "brought in by boat."
    )
    dates = {(e.date.start, e.date.end) for e in events_of(text, "2025-06-16") if e.date}
    assert ("2025-06-15", "2025-06-15") not in dates


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        (
            "The president said he was alarmed over the assassination of Juan Perez, the "
            "interior minister, by gunmen early this morning in the capital.",
            "assassination",
            "2025-06-16",
        ),
        (
            "Rebels who have been abiding by the truce since early this year met envoys on Monday.",
            "truce",
            "2025-01-01",
        ),
    ],
)
def test_a_known_acts_own_day_may_stand_past_an_appositive_or_a_clause_of_time(
    text: str, trigger: str, day: str
) -> None:
    dated = date_of(text, trigger, "2025-06-16")
    assert dated.date is not None and dated.date.start == day


def test_a_day_after_a_comma_and_a_conjunction_is_a_new_predicates() -> None:
    text = "Police questioned two men over the bombing, and on Friday they raided a house."
    dated = date_of(text, "bombing", "2025-06-16")
    assert dated.date is not None and dated.date.precision == "month"
