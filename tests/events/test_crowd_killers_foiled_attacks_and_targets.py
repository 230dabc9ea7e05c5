"""Who killed in a demonstration, attacks said foiled that did harm, attacked targets, and the one
victim before an aside."""

from __future__ import annotations

from event_helpers import events_of, name_of


def _types(text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.sub_event_type) for e in events_of(text)]


# --- a crowd that kills riots; force on a crowd stays excessive force ---------------------


def test_journalist_killed_by_protesters_is_a_violent_demonstration() -> None:
    text = "A journalist was killed by protesters in Lagos on Monday."
    assert _types(text) == [("Riots", "Violent demonstration")]
    [event] = events_of(text)
    assert event.fatalities.low == 1


def test_protesters_who_kill_an_officer_riot() -> None:
    text = "Protesters killed a police officer in Lagos on Monday."
    assert _types(text) == [("Riots", "Violent demonstration")]


def test_police_killing_protesters_is_still_excessive_force() -> None:
    text = "Police killed two protesters in Lagos on Monday."
    assert _types(text) == [("Protests", "Excessive force against protesters")]


def test_protesters_killed_with_no_killer_told_are_excessive_force() -> None:
    text = "Two protesters were killed in Lagos on Monday."
    assert _types(text) == [("Protests", "Excessive force against protesters")]


def test_man_killed_by_a_mob_is_mob_violence() -> None:
    text = "A man was beaten to death by a mob in Lagos on Monday."
    assert _types(text) == [("Riots", "Mob violence")]


# --- an attack said foiled that killed people happened -----------------------------------


def test_thwarted_attack_that_killed_people_is_typed_by_the_harm() -> None:
    text = "Police said they foiled a thwarted attack that killed ten people in Kabul on Monday."
    events = events_of(text)
    assert [e.sub_event_type for e in events] != ["Disrupted weapons use"]
    assert len(events) == 1 and events[0].fatalities.low == 10


def test_attack_on_a_checkpoint_that_killed_soldiers_is_a_battle() -> None:
    text = (
        "Security forces thwarted an attack on a checkpoint in Kabul on Monday that "
        "killed two soldiers."
    )
    [event] = events_of(text)
    assert event.sub_event_type == "Armed clash"
    assert event.fatalities.low == 2
    assert name_of(event.actor1) == "Unidentified Armed Group (Afghanistan)"
    assert name_of(event.actor2) == "Military Forces of Afghanistan"


def test_thwarted_bomb_attack_on_a_church_is_disrupted_weapons_use() -> None:
    text = "Police thwarted a bomb attack on a church in Lahore on Monday."
    assert _types(text) == [("Strategic developments", "Disrupted weapons use")]


def test_foiled_plot_that_would_have_killed_is_disrupted_weapons_use() -> None:
    text = "Police foiled a plot that would have killed hundreds in Lahore on Monday."
    assert _types(text) == [("Strategic developments", "Disrupted weapons use")]


# --- the target of attacks is never their actor1 -----------------------------------------


def test_country_targeted_by_attacks_is_not_their_actor1() -> None:
    for event in events_of("Peru has been the target of bloody terrorist attacks."):
        assert name_of(event.actor1) != "Peru"


# --- a crowd that was attacked is no mob ---------------------------------------------------


def test_villagers_targeted_by_soldiers_are_civilians_attacked_by_the_state() -> None:
    [event] = events_of("The villagers were the target of an attack by soldiers on Sunday.")
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert name_of(event.actor1) is not None and "Military Forces" in str(name_of(event.actor1))


def test_villagers_targeted_by_an_unnamed_attack_are_no_mob() -> None:
    text = "The villagers were the target of an attack in Kachin on Sunday."
    assert ("Riots", "Mob violence") not in _types(text)


def test_villagers_who_attack_a_police_post_are_a_mob() -> None:
    text = "Villagers attacked a police post in Kachin on Sunday."
    assert _types(text) == [("Riots", "Mob violence")]


# --- the one victim before an aside ---------------------------------------------------------


def test_victim_before_an_aside_of_companions_is_the_one_dead() -> None:
    [event] = events_of("The pastor, accompanied by two men, was shot dead on Sunday.")
    assert (event.fatalities.low, event.fatalities.high) == (1, 1)


def test_victim_before_a_relative_aside_is_the_one_dead() -> None:
    [event] = events_of("The pastor, who led a small church in the town, was shot dead on Sunday.")
    assert event.fatalities.low == 1


def test_victim_and_companions_killed_together_count_three() -> None:
    [event] = events_of("A pastor and two men were shot dead on Sunday.")
    assert event.fatalities.low == 3


# --- each place keeps the dead told for it ------------------------------------------------


def _dead_by_place(text: str) -> dict[str, int | None]:
    return {e.location.name: e.fatalities.low for e in events_of(text, "1998-08-08") if e.location}


def test_dead_counted_for_two_cities_make_two_events() -> None:
    text = (
        "Bombs exploded outside the US embassies in Kenya and Tanzania on Friday. At least "
        "75 people were killed in Nairobi and 10 in Dar es Salaam."
    )
    assert _dead_by_place(text) == {"Nairobi": 75, "Dar es Salaam": 10}


def test_embassies_named_before_their_dead_keep_one_event_each() -> None:
    text = (
        "Bombs exploded outside the US embassies in Nairobi and Dar es Salaam on Friday, "
        "killing at least 75 people in Nairobi and 10 in Dar es Salaam."
    )
    assert _dead_by_place(text) == {"Nairobi": 75, "Dar es Salaam": 10}


def test_dead_counted_in_a_city_of_the_country_told_are_one_event() -> None:
    text = "A bomb exploded in a market in Kenya on Friday, killing 75 people in Nairobi."
    assert _dead_by_place(text) == {"Nairobi": 75}


def test_embassies_named_with_us_give_no_place_named_the() -> None:
    for event in events_of("Bombs exploded outside the US embassies in Kenya and Tanzania."):
        assert event.location is None or event.location.name != "the"


# --- a closing summary line of the dead ------------------------------------------------------


def _tolls(text: str) -> list[int | None]:
    return [e.fatalities.low for e in events_of(text)]


def test_summary_line_alone_is_no_event() -> None:
    assert events_of("Total dead: 192") == []


def test_summary_line_gives_the_toll_of_the_one_act_told() -> None:
    text = "Suicide bombers struck two mosques in Baghdad on Friday.\nDeath toll: 192\nWounded: 300"
    assert _tolls(text) == [192]


def test_summary_line_replaces_an_open_toll() -> None:
    text = (
        "A car bomb exploded in a market in Baghdad on Monday, killing dozens of shoppers.\n"
        "Total Dead: 192"
    )
    assert _tolls(text) == [192]


def test_summary_line_after_two_acts_is_no_toll_of_either() -> None:
    text = (
        "A car bomb exploded in a market in Baghdad on Monday, killing 40 shoppers.\n"
        "Gunmen killed 12 people at a checkpoint in Mosul on Monday.\n"
        "Total Dead: 192"
    )
    assert sorted(t or 0 for t in _tolls(text)) == [12, 40]


# --- one list of report nouns: charges rejected are a denial like reports rejected --------


def test_rejected_charges_deny_the_act_like_rejected_reports() -> None:
    for noun in ("reports", "charges", "allegations"):
        text = f"The ministry rejected {noun} that its jets bombed a market in Idlib on Monday."
        assert events_of(text) == [], noun


def test_act_told_beside_a_rejection_of_something_else_stands() -> None:
    text = (
        "The ministry rejected the budget on Monday. Jets bombed a market in Idlib on "
        "Monday, killing five people."
    )
    assert [e.sub_event_type for e in events_of(text)] == ["Air/drone strike"]
