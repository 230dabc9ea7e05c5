"""Special forces units belong to their state's military: a soldier of one killed abroad
is that state's loss, not the host country's."""

from __future__ import annotations

from sitrep.kb.actors import ActorKB
from sitrep.model import make_article
from sitrep.pipeline import process_article


def test_british_special_forces_belong_to_the_uk_military() -> None:
    kb = ActorKB.load()
    for name in ("SAS", "Special Air Service", "Special Boat Service"):
        entry = kb.resolve(name)
        assert entry is not None and entry.parent == "GB.military", name
        assert kb.state_code(entry.id) == "GB"


def test_an_sas_soldier_killed_abroad_is_no_soldier_of_the_host_state() -> None:
    text = "An SAS soldier was killed by a roadside bomb near Raqqa, Syria, on Tuesday."
    events = process_article(make_article(text, published="2018-04-05")).events
    assert len(events) == 1
    victim = events[0].actor2
    assert victim is not None and victim.country == "GB"
