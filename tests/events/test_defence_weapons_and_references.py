"""Actor rules 7-10 of `sitrep.events.actor_rules` and the generic nouns of `roles`:
defenders are targets, state-only weapons, civilian gathering places, definite references."""

from __future__ import annotations

from sitrep.model import Event, make_article
from sitrep.pipeline import process_article


def _events(text: str, published: str = "2016-05-03") -> list[Event]:
    return list(process_article(make_article(text, published=published)).events)


def _names(event: Event) -> tuple[str | None, str | None]:
    return (
        event.actor1.name if event.actor1 else None,
        event.actor2.name if event.actor2 else None,
    )


def test_side_that_repels_an_attack_is_its_target() -> None:
    text = (
        "Kurdish Peshmerga fighters repelled an attack by Islamic State militants on their "
        "positions near Sinjar on Tuesday."
    )
    (event,) = _events(text)
    assert _names(event) == ("Islamic State", "Peshmerga")
    assert not event.assoc_actor1


def test_unnamed_counterattackers_are_the_articles_one_armed_group() -> None:
    text = (
        "Islamic State fighters seized the town of Hit on Monday. Iraqi troops fought off "
        "several counterattacks near Ramadi on Tuesday."
    )
    clash = next(e for e in _events(text) if e.sub_event_type == "Armed clash")
    assert _names(clash) == ("Islamic State", "Military Forces of Iraq")


def test_barrel_bombs_are_dropped_by_the_state_military() -> None:
    text = "Barrel bomb attacks in Aleppo on Friday killed 12 civilians, activists said."
    (event,) = _events(text)
    assert _names(event) == ("Military Forces of Syria", "Civilians (Syria)")


def test_bombing_at_a_crowded_market_targets_civilians() -> None:
    text = "A car bomb exploded outside a crowded mosque in Kirkuk on Friday, police said."
    (event,) = _events(text)
    assert event.sub_event_type == "Remote explosive/landmine/IED"
    assert event.actor2 is not None and event.actor2.name == "Civilians (Iraq)"


def test_bombing_of_a_convoy_near_a_school_keeps_the_convoy_as_target() -> None:
    text = "A roadside bomb hit an army convoy near a school in Diyala on Friday."
    (event,) = _events(text)
    assert event.actor2 is not None and event.actor2.name == "Military Forces of Iraq"


def test_the_militants_refers_back_to_the_group_named_before() -> None:
    text = (
        "Islamic State fighters attacked the town of Kobani on Monday. "
        "The militants killed 20 civilians."
    )
    attack = next(e for e in _events(text) if e.evidence.text.startswith("The militants"))
    assert attack.actor1 is not None and attack.actor1.name == "Islamic State"


def test_unknown_gunmen_stay_an_unidentified_armed_group() -> None:
    (event,) = _events("Unknown gunmen shot dead two policemen in Mosul, Iraq on Monday.")
    assert _names(event) == ("Unidentified Armed Group (Iraq)", "Police Forces of Iraq")


def test_head_noun_of_a_named_group_is_not_another_actor() -> None:
    text = (
        "The Iraqi defence ministry said Islamic State militants attacked an army checkpoint "
        "near Samarra on Monday."
    )
    (event,) = _events(text)
    assert _names(event) == ("Islamic State", "Military Forces of Iraq")
    assert not event.assoc_actor1


def test_regime_and_pro_government_forces_are_the_military() -> None:
    shelling = "Regime forces shelled the town of Douma in Syria on Monday, killing 7 civilians."
    (event,) = _events(shelling)
    assert _names(event) == ("Military Forces of Syria", "Civilians (Syria)")
    clash = "Pro-government forces attacked Free Syrian Army positions near Hama, Syria on Monday."
    (event,) = _events(clash)
    assert _names(event) == ("Military Forces of Syria", "Free Syrian Army")


def test_subject_before_a_support_phrase_between_commas_acts() -> None:
    text = (
        "Kurdish Peshmerga forces, with support from coalition aircraft, retook the town of "
        "Sinjar from Islamic State on Friday."
    )
    (event,) = _events(text)
    assert event.sub_event_type == "Government regains territory"
    assert _names(event) == ("Peshmerga", "Islamic State")
    assert [a.name for a in event.assoc_actor1] == ["Global Coalition against Daesh"]


def test_side_named_with_support_from_joins_the_initiator() -> None:
    text = (
        "In Mosul, with support from the coalition, the army attacked Islamic State positions "
        "on Monday."
    )
    (event,) = _events(text)
    assert _names(event) == ("Military Forces of Iraq", "Islamic State")
    assert [a.name for a in event.assoc_actor1] == ["Global Coalition against Daesh"]


def test_sponsor_named_in_a_modifier_takes_no_part() -> None:
    (event,) = _events("Iranian-backed Houthi rebels attacked Saudi border posts on Monday.")
    assert event.actor1 is not None and event.actor1.name == "Houthis (Ansar Allah)"
    assert not event.assoc_actor1


def test_territory_taken_from_a_group_has_it_as_actor2() -> None:
    text = (
        "US-backed Syrian Democratic Forces captured the town of Manbij from Islamic State "
        "on Friday."
    )
    (event,) = _events(text)
    assert event.sub_event_type == "Non-state actor overtakes territory"
    assert _names(event) == ("Syrian Democratic Forces", "Islamic State")


def test_government_right_before_the_strike_is_its_military() -> None:
    text = (
        "The Syrian Observatory for Human Rights said government airstrikes killed 10 "
        "civilians in Idlib, Syria on Sunday."
    )
    (event,) = _events(text)
    assert _names(event) == ("Military Forces of Syria", "Civilians (Syria)")
