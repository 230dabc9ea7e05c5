"""Actor names read in their context: a state's possessive before a described armed
group, and a group's people joined to it by "from"."""

from __future__ import annotations

from event_helpers import events_of, first_event, name_of


def test_state_possessive_before_described_group_is_only_its_country() -> None:
    event = first_event(
        "Sudan's paramilitary Rapid Support Forces (RSF) stormed the town of Mellit "
        "on Sunday, residents said."
    )
    assert name_of(event.actor1) == "Rapid Support Forces"


def test_state_possessive_before_led_group_is_only_its_country() -> None:
    event = first_event(
        "Syria's Kurdish-led SDF attacked the village of Hajin on Friday, killing 12 "
        "Islamic State fighters."
    )
    assert name_of(event.actor1) == "Syrian Democratic Forces"


def test_state_possessive_before_its_army_stays_its_forces() -> None:
    event = first_event(
        "Sudan's army fought the paramilitary Rapid Support Forces in Omdurman on Sunday."
    )
    assert name_of(event.actor1) == "Military Forces of Sudan"
    assert name_of(event.actor2) == "Rapid Support Forces"


def test_state_possessive_before_its_armed_forces_stays_its_forces() -> None:
    event = first_event(
        "Mali's armed forces killed 20 jihadists near Mopti on Friday, the army said."
    )
    assert name_of(event.actor1) == "Military Forces of Mali"


def test_state_possessive_before_sponsored_group_is_only_its_country() -> None:
    event = first_event(
        "Yemen's Iran-backed Houthi rebels fired a missile at a ship in the Red Sea on Friday."
    )
    assert name_of(event.actor1) == "Houthis (Ansar Allah)"


def test_fighters_from_a_named_group_are_the_group() -> None:
    event = first_event(
        "Fighters from the al-Shabaab group attacked a village near Beni on Tuesday, "
        "killing five civilians."
    )
    assert name_of(event.actor1) == "al-Shabaab"


def test_gunmen_from_a_named_group_are_the_group() -> None:
    event = first_event(
        "Gunmen from the Islamic State group attacked a checkpoint in Diyala on Tuesday, "
        "killing two soldiers."
    )
    assert name_of(event.actor1) == "Islamic State"


def test_militants_from_a_state_are_no_state_forces() -> None:
    event = first_event(
        "Militants from Nigeria attacked a village in Niger on Tuesday, killing five civilians."
    )
    assert name_of(event.actor1) == "Unidentified Armed Group (Niger)"


def test_claim_after_the_attack_credits_the_claimant() -> None:
    events = events_of(
        "Gunmen attacked a police checkpoint in Bannu on Monday, killing four officers. "
        "The Pakistani Taliban (TTP) claimed responsibility for the attack on the checkpoint."
    )
    assert events
    assert name_of(events[0].actor1) == "Tehrik-i-Taliban Pakistan"
