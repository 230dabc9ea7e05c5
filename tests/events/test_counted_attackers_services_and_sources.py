"""Who did it to whom on wire-service wording: counted unnamed attackers ("killed by two
men"), a state's armed services named by "force" ("bombed by the air force"), the dead
told as "among those killed", and the teller of a report, an accusation or a
condemnation ("drew condemnation by the UN"), who is no attacker."""

from __future__ import annotations

from event_helpers import events_of, name_of

from sitrep.model import Event


def _only(text: str) -> Event:
    events = events_of(text, published="2024-05-15")
    assert len(events) == 1, (text, events)
    return events[0]


def test_two_men_as_the_agent_of_a_killing_are_its_attackers() -> None:
    event = _only("The mayor of Soacha was shot dead by two men on Monday.")
    assert name_of(event.actor1) == "Unidentified Armed Group (Colombia)"
    assert event.actor1 is not None and event.actor1.evidence is not None
    assert event.actor1.evidence.text == "men"


def test_young_individuals_counted_as_the_agent_are_the_attackers() -> None:
    event = _only(
        "A former defence minister was killed by three young individuals in Lima on Monday."
    )
    assert name_of(event.actor1) == "Unidentified Armed Group (Peru)"


def test_counted_men_doing_harm_are_the_attackers() -> None:
    event = _only("Four men shot dead a councilman in Medellin on Friday.")
    assert name_of(event.actor1) == "Unidentified Armed Group (Colombia)"
    assert event.actor1 is not None and event.actor1.evidence is not None
    assert event.actor1.evidence.text == "men"


def test_counted_men_who_were_killed_are_not_the_attackers() -> None:
    event = _only("Two men were killed by soldiers in Medellin on Friday.")
    assert name_of(event.actor1) == "Military Forces of Colombia"


def test_counted_men_beside_the_victim_are_not_the_attackers() -> None:
    text = "The judge was accompanied by two men when a bomb exploded in Medellin on Friday."
    for event in events_of(text, published="2024-05-15"):
        assert (
            event.actor1 is None
            or event.actor1.evidence is None
            or (event.actor1.evidence.text != "men")
        )


def test_the_air_force_as_agent_is_the_states_military() -> None:
    event = _only("A church in San Salvador was bombed by the air force on Monday.")
    assert name_of(event.actor1) == "Military Forces of El Salvador"
    assert event.actor1 is not None and event.actor1.evidence is not None
    assert event.actor1.evidence.text == "air force"


def test_the_armed_forces_and_the_navy_are_the_states_military() -> None:
    for text in (
        "The armed forces shelled a village near San Salvador on Monday.",
        "The navy shelled a village near San Salvador on Monday.",
    ):
        assert name_of(_only(text).actor1) == "Military Forces of El Salvador", text


def test_a_police_task_force_is_no_armed_service() -> None:
    event = _only("Gunmen attacked a police task force in Medellin on Friday.")
    assert name_of(event.actor1) == "Unidentified Armed Group (Colombia)"


def test_people_among_those_killed_are_the_victims_not_the_killers() -> None:
    event = _only(
        "Gunmen stormed a bus station in Medellin on Monday. Two policemen were among those killed."
    )
    assert name_of(event.actor1) == "Unidentified Armed Group (Colombia)"


def test_who_condemns_a_killing_by_noun_is_no_attacker() -> None:
    event = _only(
        "The killing of a student in San Salvador on Monday drew condemnation by the "
        "United Nations."
    )
    assert name_of(event.actor1) != "United Nations"


def test_who_writes_a_report_is_no_attacker() -> None:
    event = _only(
        "A report by the United Nations said a student was killed in San Salvador on Monday."
    )
    assert name_of(event.actor1) != "United Nations"


def test_armed_forces_in_a_groups_name_are_no_state_military() -> None:
    event = _only(
        "Two missionaries were shot dead in La Paz on Monday by a group of terrorists from "
        "the Zarate Wilka Armed Forces of Liberation."
    )
    assert name_of(event.actor1) != "Military Forces of Bolivia"


def test_a_states_capitalised_armed_forces_are_its_military() -> None:
    event = _only("The Bolivian Armed Forces shelled a village near La Paz on Monday.")
    assert name_of(event.actor1) == "Military Forces of Bolivia"


def test_a_subject_past_a_relative_clause_between_commas_is_the_attacker() -> None:
    event = _only(
        "Four heavily armed individuals, who posed as secret agents, kidnapped a "
        "businessman from his home in Cali on Monday."
    )
    assert name_of(event.actor1) == "Unidentified Armed Group (Colombia)"
    assert name_of(event.actor2) == "Civilians (Colombia)"


def test_a_subject_past_a_relative_clause_of_a_passive_is_the_target() -> None:
    event = _only(
        "The soldiers, who were on patrol near the river, were ambushed near Cali on Monday."
    )
    sides = {name_of(event.actor1), name_of(event.actor2)}
    assert "Military Forces of Colombia" in sides


def test_a_group_as_the_agent_of_a_kidnapping_is_an_armed_group() -> None:
    event = _only(
        "The businessman was kidnapped on Monday in Sao Paulo by a group that drove up in "
        "an ambulance."
    )
    assert name_of(event.actor1) == "Unidentified Armed Group (Brazil)"


def test_a_group_of_protesters_is_no_armed_group() -> None:
    event = _only("The police station in Medellin was attacked by a group of protesters.")
    assert name_of(event.actor1) != "Unidentified Armed Group (Colombia)"


def test_terrorists_of_a_named_group_are_that_group() -> None:
    event = _only("Terrorists of the ELN dynamited a bank in Medellin on Monday.")
    assert name_of(event.actor1) == "National Liberation Army (Colombia)"
    assert not event.assoc_actor1


def test_soldiers_killed_by_guerrillas_of_a_group_are_its_target() -> None:
    event = _only("Four soldiers were killed by guerrillas of the FARC near Medellin on Monday.")
    assert name_of(event.actor1) == "Revolutionary Armed Forces of Colombia"
    assert name_of(event.actor2) == "Military Forces of Colombia"


def test_a_camp_of_a_group_still_names_the_group_hit() -> None:
    event = _only("Troops attacked a camp of the FARC near Medellin on Monday.")
    assert name_of(event.actor2) == "Revolutionary Armed Forces of Colombia"
