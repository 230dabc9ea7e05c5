"""Neighbours of the background-total, booty, "hours later" and air-force-strike rules
that must keep an event of their own: one act measured against the past, seizures by
security forces, a long-past act told after "soon after", a strike told as another's."""

from __future__ import annotations

from event_helpers import events_of, name_of

PUBLISHED = "2026-06-10"


def _kinds(text: str) -> list[str]:
    return [e.sub_event_type for e in events_of(text, published=PUBLISHED)]


def _tolls(text: str) -> list[int | None]:
    return [e.fatalities.best for e in events_of(text, published=PUBLISHED)]


def test_the_worst_attack_since_a_year_keeps_its_toll() -> None:
    text = (
        "Gunmen killed 40 people near Mopti on Monday in the worst attack since 2019, police said."
    )
    assert _tolls(text) == [40]


def test_the_most_violent_attack_since_a_year_keeps_its_toll() -> None:
    text = "Gunmen killed 17 people near Maiduguri on Monday in the most violent attack since 2021."
    assert _tolls(text) == [17]


def test_a_town_under_curfew_since_a_year_keeps_the_killing() -> None:
    text = "Gunmen killed five people in Jos on Monday in a district under curfew since 2021."
    assert _tolls(text) == [5]


def test_a_running_total_in_a_northwestern_region_is_still_a_total() -> None:
    text = "Bandits have killed more than 2,000 people in northwest Nigeria since 2019."
    assert _tolls(text) == []


def test_the_first_clash_in_weeks_keeps_its_toll() -> None:
    text = "A soldier was killed in the first clash in weeks near Kidal on Monday, the army said."
    assert _tolls(text) == [1]


def test_police_who_arrest_and_seize_arms_disrupt_their_use() -> None:
    text = (
        "After gunmen attacked a checkpoint on Sunday, police arrested three suspects and "
        "seized weapons in Kano on Monday."
    )
    assert "Disrupted weapons use" in _kinds(text)


def test_troops_who_storm_a_hideout_and_capture_arms_disrupt_their_use() -> None:
    text = (
        "Troops stormed a militant hideout in Borno on Monday and captured weapons, the army said."
    )
    assert "Disrupted weapons use" in _kinds(text)


def test_weapons_taken_by_attackers_are_still_their_booty() -> None:
    text = "Jihadists ambushed an army patrol near Djibo on Monday and seized weapons and vehicles."
    assert "Disrupted weapons use" not in _kinds(text)


def test_soon_after_a_dated_past_event_is_no_short_wait() -> None:
    text = (
        "BEIRUT, June 9 (Reuters) - Israeli jets struck a target in Tyre on Monday.\n\n"
        "Soon after the war began in 2006, Hezbollah said its fighters had fired rockets "
        "at a base in northern Israel."
    )
    dates = [e.date.end if e.date else None for e in events_of(text, published=PUBLISHED)]
    assert "2006-12-31" in dates


def test_a_strike_told_as_another_states_is_not_the_teller_air_forces() -> None:
    text = (
        "Suspected Chadian air strikes killed 30 people near Lake Chad on Monday, the "
        "Nigerian air force said."
    )
    (event,) = events_of(text, published=PUBLISHED)
    assert name_of(event.actor1) != "Military Forces of Nigeria"


def test_a_strike_by_unidentified_jets_is_not_the_teller_air_forces() -> None:
    text = (
        "Air strikes by unidentified jets killed 12 civilians in Idlib on Monday, the "
        "Syrian air force said."
    )
    (event,) = events_of(text, published=PUBLISHED)
    assert name_of(event.actor1) != "Military Forces of Syria"


def test_an_unqualified_strike_told_by_an_air_force_stays_its_own() -> None:
    text = (
        "Air strikes on their hideouts killed 30 bandits in Zamfara on Monday, the "
        "Nigerian air force said."
    )
    (event,) = events_of(text, published=PUBLISHED)
    assert name_of(event.actor1) == "Military Forces of Nigeria"
