"""Fresh wire stories: a headline over a suburb's attack, later acts of the same kind,
territory taken by state forces or armed groups, speakers that are no means of attack."""

from __future__ import annotations

from event_helpers import events_of, name_of

_SUBURB_STORY = (
    "Gang attack on Tegucigalpa suburb kills 9, hundreds flee\n\n"
    "TEGUCIGALPA, May 4 (Reuters) - Gang members attacked the town of Santa Lucia on the "
    "outskirts of Tegucigalpa on Friday, killing at least nine people, local officials "
    "said on Sunday.\n\n"
    "Police said they had arrested three gang members in a raid on Saturday and retaken "
    "part of the town."
)


def test_headline_over_a_suburb_joins_the_leads_attack_not_a_later_act() -> None:
    events = events_of(_SUBURB_STORY, "2026-05-04")
    attacks = [e for e in events if e.sub_event_type == "Attack"]
    assert len(attacks) == 1
    assert attacks[0].location is not None and attacks[0].location.name == "Santa Lucía"
    assert attacks[0].date.start == "2026-05-01"
    assert attacks[0].fatalities is not None and attacks[0].fatalities.best == 9


def test_headline_told_again_in_the_lead_stays_one_event() -> None:
    text = (
        "Suicide bomber kills 10 at Kabul market\n\n"
        "KABUL, March 3 (AP) - A suicide bomber blew himself up at a crowded market in "
        "Kabul on Tuesday, killing 10 people, police said."
    )
    events = events_of(text, "2026-03-03")
    assert len(events) == 1
    assert events[0].fatalities is not None and events[0].fatalities.best == 10


def test_fighters_of_a_named_army_overtake_territory() -> None:
    events = events_of("Fighters of the Kachin Independence Army seized the town of Hpakant.")
    assert [e.sub_event_type for e in events] == ["Non-state actor overtakes territory"]
    assert name_of(events[0].actor1) == "Kachin Independence Army"


def test_a_state_army_still_regains_territory() -> None:
    events = events_of("The Myanmar Army recaptured the town of Hpakant on Sunday.")
    assert [e.sub_event_type for e in events] == ["Government regains territory"]


def test_an_air_force_telling_a_raid_is_no_air_strike() -> None:
    events = events_of(
        "The Nigerian air force said gunmen killed 12 villagers in Katsina state on Sunday."
    )
    assert [e.sub_event_type for e in events] == ["Attack"]


def test_an_air_force_telling_its_own_jets_strike_stays_an_air_strike() -> None:
    events = events_of(
        "The Nigerian air force said its jets killed 30 bandits in Katsina state on Sunday."
    )
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]


def test_jets_reported_to_have_fired_keep_their_air_strike() -> None:
    events = events_of(
        "On Sunday, Israeli jets were reported to have fired missiles at an air base near Homs."
    )
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]


_DENIED_CLAIM = (
    "Al Shabaab claims attack on Kenyan army camp, army denies heavy losses\n\n"
    "NAIROBI, March 3 (Reuters) - Al Shabaab said on Tuesday that its fighters had "
    "attacked a Kenyan army camp near the town of Mandera in the northeast of the country, "
    "killing more than 30 soldiers.\n\n"
    "The army denied the claim, saying in a statement that the troops had repelled the "
    'attack and that "many militants were neutralised". It said four soldiers were killed.'
)


def test_a_denial_of_a_claimed_attack_joins_it_with_the_lower_toll() -> None:
    events = events_of(_DENIED_CLAIM, "2026-03-03")
    assert len(events) == 1
    assert name_of(events[0].actor1) == "al-Shabaab"
    assert events[0].location is not None and events[0].location.name == "Mandera"
    assert events[0].fatalities is not None and events[0].fatalities.best == 4


def test_counts_of_other_groups_after_a_denial_still_add_up() -> None:
    text = (
        "Militants attacked an army camp near Mandera on Tuesday, killing 12 soldiers, "
        "officials said. The army denied that the camp had been overrun. It said 20 "
        "militants were killed in the fighting."
    )
    events = [e for e in events_of(text, "2026-03-05") if e.sub_event_type == "Armed clash"]
    assert len(events) == 1
    assert events[0].fatalities is not None and events[0].fatalities.best == 32


def test_police_retaking_a_town_after_arrests_is_a_government_gain() -> None:
    events = events_of(
        "Police said they had arrested three gang members in a raid on Saturday and "
        "retaken part of the town of Santa Lucia."
    )
    taken = [e for e in events if e.event_type == "Battles"]
    assert [e.sub_event_type for e in taken] == ["Government regains territory"]
    assert (name_of(taken[0].actor1) or "").startswith("Police Forces")


def test_rebels_killing_soldiers_stay_the_attackers() -> None:
    events = events_of("Rebels said they had killed 12 soldiers near the town of Kidal.")
    assert name_of(events[0].actor1) == "Unidentified Armed Group (Mali)"
    assert name_of(events[0].actor2) == "Military Forces of Mali"
