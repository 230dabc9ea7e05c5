"""Short wire stories: what one act's sentence lends to another. A "Separately," act is
no means of the raid told above it; a region owned by its country past a direction word
places the raid; "The attackers stormed ..., said <name>, a police spokesman" is the raid
retold; a background toll ("have killed thousands ... in recent years") and a toll told
for the whole country ("killed nationwide") count the dead of no one act; a cause told
after its toll is that toll's act."""

from __future__ import annotations

from event_helpers import events_of, name_of

from sitrep.model import Event


def _by_trigger(events: list[Event], trigger: str) -> Event:
    found = [e for e in events if e.trigger.text == trigger]
    assert len(found) == 1, [(e.trigger.text, e.sub_event_type) for e in events]
    return found[0]


def _dead(event: Event) -> int | None:
    return event.fatalities.best if event.fatalities else None


# --- A: "Separately," opens other acts ---------------------------------------------------

_RAID_THEN_AIR_STRIKES = (
    "Gunmen attacked a village in Nigeria's Borno state on Sunday, killing at least nine "
    "people, residents said.\n\n"
    "Separately, the Nigerian air force said it had killed 20 bandits in air strikes on "
    "their hideouts in the Sambisa forest on Sunday."
)


def test_a_separate_air_strike_lends_no_mode_to_the_raid_told_before() -> None:
    events = events_of(_RAID_THEN_AIR_STRIKES)
    raid = _by_trigger(events, "attacked")
    assert (raid.event_type, raid.sub_event_type) == ("Violence against civilians", "Attack")
    assert _dead(raid) == 9


def test_the_air_strikes_are_the_means_of_the_killing_told_before_them() -> None:
    strikes = [
        e for e in events_of(_RAID_THEN_AIR_STRIKES) if e.sub_event_type == "Air/drone strike"
    ]
    assert len(strikes) == 1
    assert name_of(strikes[0].actor1) == "Military Forces of Nigeria"
    assert _dead(strikes[0]) == 20


def test_a_separately_told_act_still_keeps_the_toll_of_its_own_sentence() -> None:
    text = (
        "Gunmen attacked a village in Nigeria's Borno state on Sunday, killing at least nine "
        "people, residents said. Separately, gunmen attacked a police post in Kano on "
        "Sunday, killing two officers."
    )
    post = [e for e in events_of(text) if e.location and e.location.name == "Kano"]
    assert len(post) == 1
    assert _dead(post[0]) == 2


def test_a_meanwhile_sentence_naming_the_act_told_is_that_act() -> None:
    text = (
        "A car bomb exploded at a crowded market in Mogadishu on Sunday, killing 12 people, "
        "police said. Meanwhile, the bombing was claimed by al Shabaab."
    )
    events = events_of(text)
    assert len(events) == 1, [(e.trigger.text, name_of(e.actor1)) for e in events]
    assert name_of(events[0].actor1) == "al-Shabaab"
    assert _dead(events[0]) == 12


# --- B: "in <country>'s <direction> <region>" -----------------------------------------------


def test_a_region_owned_by_its_country_past_a_direction_places_the_raid() -> None:
    text = (
        "Gunmen killed at least nine people in a raid on a farming village in Nigeria's "
        "northeastern Borno state on Sunday."
    )
    where = events_of(text)[0].location
    assert where is not None and (where.name, where.precision) == ("Borno", "admin1")


def test_other_owned_regions_past_a_direction_are_the_place_too() -> None:
    text = (
        "Gunmen killed at least nine people in a raid on a farming village in Mali's "
        "central Mopti region on Sunday."
    )
    where = events_of(text)[0].location
    assert where is not None and (where.name, where.precision) == ("Mopti", "admin1")


def test_a_region_owned_with_no_direction_keeps_its_place() -> None:
    text = "Gunmen killed at least nine people in a raid on a village in Nigeria's Borno state."
    where = events_of(text)[0].location
    assert where is not None and where.name == "Borno"


# --- C: the raid retold, and a background toll --------------------------------------------


def test_the_attackers_storming_a_village_with_a_long_attribution_is_the_raid() -> None:
    text = (
        "Gunmen attacked a village in Katsina state on Sunday, killing six people, police "
        "said. The attackers stormed Dutsinma village late on Sunday, shooting residents and "
        "burning homes, said Gambo Isah, a police spokesman for the state."
    )
    events = events_of(text)
    assert len(events) == 1, [(e.trigger.text, e.sub_event_type) for e in events]
    assert events[0].sub_event_type == "Attack"
    assert _dead(events[0]) == 6


def test_an_attack_on_a_patrol_with_a_long_attribution_stays_a_clash() -> None:
    text = (
        "Gunmen attacked an army patrol in Katsina state on Sunday, said Gambo Isah, a "
        "police spokesman for the state."
    )
    assert events_of(text)[0].sub_event_type == "Armed clash"


def test_a_background_toll_in_recent_years_is_no_toll_of_the_raid() -> None:
    text = (
        "Gunmen attacked a village in Katsina state on Sunday, killing six people, police "
        "said. The attackers stormed Dutsinma village late on Saturday, shooting residents. "
        "No group has claimed responsibility for the attack, but armed gangs have killed "
        "thousands of people in the region in recent years."
    )
    events = events_of(text)
    assert all(_dead(e) in (None, 6) for e in events), [_dead(e) for e in events]


def test_a_toll_in_the_present_perfect_with_a_day_of_its_own_counts() -> None:
    text = "Gunmen have killed five people in an attack on a village in Katsina state on Sunday."
    assert _dead(events_of(text)[0]) == 5


# --- D: a toll told for the whole country -------------------------------------------------


def test_a_nationwide_toll_goes_to_no_city_named_in_a_list_of_protests() -> None:
    text = (
        "Police shot dead three protesters in Dakar on Friday. Protests also took place in "
        "Thies, Ziguinchor and Kaolack. A rights group said 16 people were killed across "
        "the country."
    )
    events = events_of(text)
    assert all(_dead(e) in (None, 3) for e in events), [_dead(e) for e in events]
    dakar = [e for e in events if e.location and e.location.name == "Dakar"]
    assert len(dakar) == 1 and _dead(dakar[0]) == 3


def test_a_toll_told_for_one_town_of_the_list_keeps_it() -> None:
    text = (
        "Police shot dead three protesters in Dakar on Friday. Protests also took place in "
        "Thies and Kaolack. In Kaolack, two people were killed."
    )
    kaolack = [
        e for e in events_of(text) if e.location and e.location.name == "Kaolack" and _dead(e)
    ]
    assert [_dead(e) for e in kaolack] == [2]


# --- E: a "Meanwhile," sentence's reference, and a killing's noun naming its victim ------


def test_a_meanwhile_reference_lends_its_troops_to_the_killing_of_its_sentence() -> None:
    text = (
        "Rebels burned three buses on the highway near Cucuta on Monday, police said. "
        "Meanwhile, troops have stepped up operations in a rural area of Tibu municipality "
        "after killing six rebels."
    )
    killing = _by_trigger(events_of(text), "killing")
    assert name_of(killing.actor1) == "Military Forces of Colombia"
    assert _dead(killing) == 6


def test_the_noun_of_a_killing_naming_its_victim_after_of_is_an_event() -> None:
    text = (
        "The Liberal Party said on Thursday that the assassination on 14 May of Pedro "
        "Alvarez, its candidate for governor, forced it to withdraw from the race."
    )
    events = events_of(text)
    assert [e.sub_event_type for e in events] == ["Attack"]


def test_the_noun_of_a_killing_with_no_victim_named_is_still_no_event() -> None:
    text = (
        "The Liberal Party said on Thursday that the murder of its candidate forced it to "
        "withdraw from the race."
    )
    assert events_of(text) == []


# --- E: a dateline's date is the day the report was filed -----------------------------


def test_a_dateline_date_does_not_date_the_act_when_its_own_day_is_stated() -> None:
    text = (
        "KADUNA, Nigeria, March 10 (Reuters) - Gunmen killed at least 11 people in a raid "
        "on a village in Kaduna state late on Saturday, police said."
    )
    when = events_of(text)[0].date
    assert when is not None and (when.start, when.end) == ("2024-03-09", "2024-03-09")


def test_a_dateline_date_parts_no_raid_from_its_retelling_on_the_day_before() -> None:
    text = (
        "KADUNA, Nigeria, March 10 (Reuters) - Gunmen killed at least 11 people in a raid "
        "on a village in Kaduna state, police said. The attackers stormed the village late "
        "on Saturday, shooting residents."
    )
    events = events_of(text)
    assert len(events) == 1, [(e.trigger.text, e.date) for e in events]
    assert events[0].date is not None and events[0].date.start == "2024-03-09"


def test_a_date_told_in_the_first_sentence_without_a_dateline_still_dates_the_act() -> None:
    text = (
        "Gunmen killed at least 11 people in a raid on a village in Kaduna state on "
        "March 10, police said."
    )
    when = events_of(text)[0].date
    assert when is not None and when.start == "2024-03-10" and not when.inferred
