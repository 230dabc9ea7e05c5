"""Main armed groups of active conflicts resolve to their own entries in the knowledge
base, with ACLED's actor category and their country."""

from __future__ import annotations

import pytest

from sitrep.kb.actors import ActorKB


@pytest.mark.parametrize(
    ("name", "kb_id", "type_", "country"),
    [
        ("VDP", "vdp", "political_militia", "BF"),
        ("Volunteers for the Defence of the Homeland", "vdp", "political_militia", "BF"),
        ("Africa Corps", "RU.africa_corps", "state_forces", "RU"),
        ("Wagner", "wagner", "external", "RU"),
        ("FDLR", "fdlr", "rebel_group", "CD"),
        ("Justice and Equality Movement", "jem_sudan", "rebel_group", "SD"),
        ("KNDF", "kndf", "rebel_group", "MM"),
        ("Gran Grif", "gran_grif", "political_militia", "HT"),
        ("Los Chapitos", "sinaloa_cartel", "political_militia", "MX"),
    ],
)
def test_a_main_armed_group_resolves(name: str, kb_id: str, type_: str, country: str) -> None:
    entry = ActorKB.load().resolve(name)
    assert entry is not None
    assert (entry.id, entry.type, entry.country) == (kb_id, type_, country)


def test_an_acronym_two_groups_share_stays_with_the_one_it_named_before() -> None:
    # "JEM" is written for Kashmir's Jaish-e-Mohammed as often as for Darfur's Justice
    # and Equality Movement: the acronym alone does not move Kashmir attacks to Sudan
    entry = ActorKB.load().resolve("JEM")
    assert entry is None or entry.id != "jem_sudan"
