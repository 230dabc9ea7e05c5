"""Actor errors from the third and fourth re-audits (issue 6).

The state that owns a mission that was attacked ("the U.S. embassies") is on the target
side, never the attacker; a state whose tie to an act is its experience of or help with
such acts is no perpetrator; and a report that says no one knows who did an act makes
its perpetrator an unidentified armed group.
"""

from __future__ import annotations

from sitrep.model import Event, make_article
from sitrep.pipeline import process_article


def _events(text: str, published: str) -> list[Event]:
    return list(process_article(make_article(text, published=published)).events)


def _name(actor: object) -> str | None:
    return getattr(actor, "name", None)


def _abductions(events: list[Event]) -> list[Event]:
    return [e for e in events if e.sub_event_type == "Abduction/forced disappearance"]


def test_the_state_owning_bombed_embassies_is_not_the_bomber() -> None:
    events = _events(
        "NAIROBI, Kenya (AP) _ The bombings of the U.S. embassies in Nairobi and Dar es "
        "Salaam killed 224 people on Friday, officials said.",
        "1998-08-10",
    )
    assert events
    assert all(_name(e.actor1) != "United States" for e in events)


def test_attacks_at_a_consulate_name_no_attacking_state() -> None:
    events = _events(
        "ISTANBUL (AP) _ Attacks on Friday at the Israeli consulate in Istanbul killed three "
        "people, police said.",
        "2004-03-14",
    )
    assert events
    assert all(_name(e.actor1) not in {"Israel", "Military Forces of Israel"} for e in events)


def test_a_state_with_experience_of_kidnappings_is_no_kidnapper() -> None:
    events = _events(
        "CARACAS, March 3 (Reuters) - A Venezuelan businessman was kidnapped near the border "
        "on Sunday, the interior minister said. He said the Colombian government has much "
        "experience with kidnappings and was helping the search.",
        "2020-03-03",
    )
    abductions = _abductions(events)
    assert abductions
    assert all(_name(e.actor1) != "Government of Colombia" for e in abductions)


def test_unknown_kidnappers_are_an_unidentified_armed_group() -> None:
    events = _events(
        "CARACAS, March 3 (Reuters) - A Venezuelan businessman was kidnapped near the border "
        'on Sunday, the interior minister said. "We do not know who the kidnappers are," he '
        "told reporters. He said the Colombian government has much experience with "
        "kidnappings and was helping the search.",
        "2020-03-03",
    )
    abductions = _abductions(events)
    assert abductions
    assert _name(abductions[0].actor1) == "Unidentified Armed Group (Venezuela)"


def test_a_named_kidnapper_is_kept_when_another_is_unknown() -> None:
    events = _events(
        "BOGOTA, May 2 (Reuters) - ELN rebels kidnapped an oil engineer in Arauca on "
        "Saturday, the army said. Police said they did not know who the kidnappers of a "
        "second man were.",
        "2021-05-02",
    )
    abductions = _abductions(events)
    assert abductions
    assert "Unidentified" not in (_name(abductions[0].actor1) or "")
