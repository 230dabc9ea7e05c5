"""Sides told outside the event's own words: the group or state a lead sentence accuses
of an attack (`perpetrators.credit_accused`), and the forces holding a military site an
attack hits (`actor_rules.military_site_targets`, its rule 16)."""

from __future__ import annotations

from event_helpers import events_of, name_of

from sitrep.events.actor_rules import military_site_targets
from sitrep.model import Actor, Event, Location, Plover, Span

# --- an accused side introduces the attack told next ---------------------------------

_LEAD = "Armenia has accused Azerbaijan of bombarding a border district overnight."
_SHELLS = "Local officials said several shells landed near the village of Sotk, damaging homes."


def test_the_side_a_lead_accuses_is_the_alleged_initiator_of_the_attack_told_next() -> None:
    events = events_of(f"{_LEAD}\n{_SHELLS}")
    shelling = next(e for e in events if e.event_type == "Explosions/Remote violence")
    assert name_of(shelling.actor1) == "Azerbaijan"
    assert shelling.modality == "claimed"


def test_an_accusation_of_no_attack_lends_no_initiator() -> None:
    text = (
        "Pakistan has accused the Taliban of sheltering militants.\n"
        "A suicide bomber struck a police station in Peshawar on Monday."
    )
    bombing = events_of(text)[0]
    assert name_of(bombing.actor1) is None
    assert bombing.modality == "asserted"


def test_an_accusation_does_not_reach_past_its_paragraph_or_two_sentences() -> None:
    other_paragraph = f"{_LEAD}\n\n{_SHELLS}"
    later = (
        f"{_LEAD}\nThe defence ministry said talks would resume next week.\n"
        "Officials in Yerevan met the mediators on Saturday.\n"
        "On Sunday, several shells landed near the village of Sotk, damaging homes."
    )
    for text in (other_paragraph, later):
        shelling = next(e for e in events_of(text) if e.sub_event_type.startswith("Shelling"))
        assert shelling.actor1 is None, text


def test_an_attack_that_names_its_own_initiator_keeps_it() -> None:
    text = f"{_LEAD}\nSeparately, Armenian troops shelled a position near Sotk on Sunday."
    shelling = next(e for e in events_of(text) if e.sub_event_type.startswith("Shelling"))
    assert name_of(shelling.actor1) == "Military Forces of Armenia"
    assert shelling.modality == "asserted"


# --- rule 16: a military site hit names the forces holding it ------------------------


def test_an_attack_on_a_military_base_targets_the_countrys_military() -> None:
    event = events_of("Islamic State fighters attacked a military base in Anbar on Monday.")[0]
    assert name_of(event.actor1) == "Islamic State"
    assert name_of(event.actor2) == "Military Forces of Iraq"


def test_the_airport_is_military_when_the_article_said_so_before() -> None:
    text = (
        "Explosions were reported at a military airport outside Mykolaiv overnight.\n"
        "Local officials said on Monday that several missiles struck the airport."
    )
    strike = next(e for e in events_of(text) if e.sub_event_type.startswith("Shelling"))
    assert name_of(strike.actor2) == "Military Forces of Ukraine"


def test_a_civil_airport_a_held_site_and_a_groups_base_name_no_state_forces() -> None:
    texts = (
        "Protesters gathered at the Baghdad airport on Monday.\n"
        "Rockets struck the airport on Tuesday.",
        "Russian jets bombed the military airport of Abu al-Duhur, held by rebels, on Sunday.",
        "Drones struck the Islamic State's military base near Raqqa on Sunday.",
    )
    for text in texts:
        event = next(e for e in events_of(text) if e.event_type != "Protests")
        assert event.actor2 is None or event.actor2.type != "state_forces", text


def _strike(text: str, actor1: Actor | None) -> Event:
    start = text.index("shelled")
    trigger = Span.of(text, start, start + len("shelled"))
    place = Location("Latakia", "SY", "admin1", None)
    return Event(
        id="e1",
        event_type="Explosions/Remote violence",
        sub_event_type="Shelling/artillery/missile attack",
        plover=Plover("ASSAULT", "aerial"),
        date=None,
        location=place,
        actor1=actor1,
        actor2=None,
        evidence=Span.of(text, 0, len(text)),
        trigger=trigger,
    )


def test_the_site_of_a_named_state_and_the_initiators_own_site() -> None:
    text = "Rebels shelled the Russian air base in Latakia province on Sunday."
    rebels = Actor("Unidentified Armed Group (Syria)", None, None, "SY", "rebel_group")
    target = military_site_targets([_strike(text, rebels)], text)[0].actor2
    assert target is not None and target.country == "RU"
    assert target.evidence is not None and target.evidence.text == "the Russian air base"
    own = "Syrian artillery shelled the army barracks in Latakia province after its capture."
    syria = Actor("Military Forces of Syria", None, "SY.military", "SY", "state_forces")
    assert military_site_targets([_strike(own, syria)], own)[0].actor2 is None


# --- roles rule 3: "held by X" names the holder of the place hit, not the attacker ----


def test_the_holder_of_the_site_struck_is_the_target_not_the_attacker() -> None:
    text = "The coalition struck the Tabqa airbase held by Islamic State fighters on Monday."
    strike = events_of(text)[0]
    assert name_of(strike.actor1) == "Global Coalition against Daesh"
    assert name_of(strike.actor2) == "Islamic State"


def test_a_holder_gives_way_to_the_victims_of_a_passive() -> None:
    text = "Ten civilians were killed by rebels in a town held by the army on Sunday."
    attack = events_of(text)[0]
    assert attack.actor1 is not None and attack.actor1.type == "rebel_group"
    assert attack.actor2 is not None and attack.actor2.type == "civilians"
