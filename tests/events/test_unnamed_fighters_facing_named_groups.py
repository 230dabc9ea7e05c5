"""Unnamed armed people who clash with a named group fought it: the named group is their
enemy, not a later name for them."""

from __future__ import annotations

from event_helpers import events_of, name_of


def test_clan_militiamen_clash_with_al_shabaab() -> None:
    text = (
        "MOGADISHU, March 10 (Reuters) - Clan militiamen clashed with al Shabaab fighters "
        "near Beledweyne on Sunday, killing seven people, residents said."
    )
    [event] = events_of(text, published="2024-03-10")
    assert event.sub_event_type == "Armed clash"
    assert name_of(event.actor1) == "Unidentified Armed Group (Somalia)"
    assert name_of(event.actor2) == "al-Shabaab"


def test_attackers_named_later_by_a_claim_stay_one_side() -> None:
    text = (
        "OUAGADOUGOU, March 10 (Reuters) - Gunmen attacked a convoy near Djibo on Sunday, "
        "killing 12 soldiers. JNIM claimed responsibility for the attack."
    )
    [event] = events_of(text, published="2024-03-10")
    assert name_of(event.actor1) == "Jama'at Nusrat al-Islam wal-Muslimin"
    assert name_of(event.actor2) == "Military Forces of Burkina Faso"
