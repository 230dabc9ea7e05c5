"""Knowledge a coder of South Asian, Latin American, Caucasian, British and US news needs:
group factions with their parent, parties, and national police services."""

from __future__ import annotations

from sitrep.kb.actors import ActorKB


def test_jamaat_ul_ahrar_is_a_faction_of_the_pakistani_taliban() -> None:
    kb = ActorKB.load()
    for name in ("Jamaat-ul-Ahrar", "Jama'at-ul-Ahrar", "Jama at ul Ahrar", "JuA"):
        entry = kb.resolve(name)
        assert entry is not None and entry.id == "jamaat_ul_ahrar", name
    faction = kb.get("jamaat_ul_ahrar")
    assert faction is not None and faction.parent == "ttp" and faction.type == "rebel_group"


def test_the_maoists_and_shining_path_under_their_other_names() -> None:
    kb = ActorKB.load()
    maoists = kb.resolve("CPI Maoist")
    assert maoists is not None and maoists.id == "naxalites"
    shining_path = kb.resolve("Sendero Luminoso")
    assert shining_path is not None and shining_path.id == "shining_path"


def test_national_police_services_belong_to_their_countrys_police() -> None:
    kb = ActorKB.load()
    fbi = kb.resolve("FBI")
    assert fbi is not None and fbi.parent == "US.police" and kb.state_code(fbi.id) == "US"
    met = kb.resolve("Metropolitan Police")
    assert met is not None and met.parent == "GB.police"


def test_parties_are_unarmed_organisations_of_their_country() -> None:
    kb = ActorKB.load()
    pti = kb.resolve("Pakistan Tehreek-i-Insaf")
    assert pti is not None and pti.type == "civilians" and pti.country == "PK"
    party = kb.resolve("Democratic Movement-United Georgia")
    assert party is not None and party.kind == "organisation" and party.country == "GE"
