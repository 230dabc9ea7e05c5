"""Taking territory needs territory: a boat or a tanker seized is no change of
control; a port seized still is."""

from __future__ import annotations

from event_helpers import events_of


def _sub_types(text: str) -> list[str | None]:
    return [e.sub_event_type for e in events_of(text, published="1990-02-16")]


# -- territory needs territory ------------------------------------------------------


def test_a_seized_fishing_boat_is_no_territory() -> None:
    text = "A Salvadoran fishing boat was seized by the Honduran navy in the gulf on Monday."
    assert _sub_types(text) == []


def test_a_seized_tanker_is_no_territory() -> None:
    text = "The coast guard seized a tanker off the coast of Hodeidah on Monday."
    assert _sub_types(text) == []


def test_a_seized_port_is_still_territory() -> None:
    text = "The port of Hodeidah was seized by rebels on Monday."
    assert _sub_types(text) == ["Non-state actor overtakes territory"]
