"""Named perpetrators (`sitrep.events.perpetrators`): the frames that hold a person
responsible, the speakers, victims and owners they leave alone, and the events stage
putting such a person on the initiator's side."""

from __future__ import annotations

from sitrep.events.modality import alleges
from sitrep.events.perpetrators import named_perpetrators
from sitrep.model import Event, Span, make_article
from sitrep.pipeline import process_article


def _names(text: str, *names: str) -> list[Span]:
    spans = []
    for name in names:
        start = text.index(name)
        spans.append(Span.of(text, start, start + len(name)))
    return spans


def _held(text: str, *names: str) -> list[str]:
    return [held.person.text for held in named_perpetrators(text, _names(text, *names))]


def _alleged(text: str, *names: str) -> list[bool]:
    return [held.alleged for held in named_perpetrators(text, _names(text, *names))]


def _events(text: str) -> list[Event]:
    return list(process_article(make_article(text, published="2024-03-12")).events)


def _associates(event: Event) -> list[str]:
    return [a.evidence.text for a in event.assoc_actor1 if a.evidence is not None]


# --- frame 1: accused, blamed, held responsible, linked --------------------------------


def test_an_accused_officer_past_his_rank_is_held_responsible() -> None:
    text = "The commission accused army Colonel Guillermo Benavides of ordering the murder."
    assert _held(text, "Guillermo Benavides") == ["Guillermo Benavides"]


def test_blamed_held_responsible_and_linked_persons_are_held_responsible() -> None:
    blamed = "The government blamed Pablo Escobar for the bombing of the airliner."
    held = "Prosecutors held Captain Ivan Markov responsible for the shelling deaths."
    linked = "A sworn statement links Roberto Dalton to the 1980 assassination of the bishop."
    assert _held(blamed, "Pablo Escobar") == ["Pablo Escobar"]
    assert _held(held, "Ivan Markov") == ["Ivan Markov"]
    assert _held(linked, "Roberto Dalton") == ["Roberto Dalton"]


def test_a_person_whom_someone_accused_of_masterminding_is_held_responsible() -> None:
    text = (
        "The list includes Captain Alvaro Saravia, whom the president accused of being "
        "the mastermind of the assassination of the archbishop."
    )
    assert _held(text, "Alvaro Saravia") == ["Alvaro Saravia"]


def test_an_accusation_of_something_other_than_harm_takes_nobody() -> None:
    text = "Minister Juan Gomez accused Archbishop Arturo Rivera of being a poor administrator."
    assert _held(text, "Juan Gomez", "Arturo Rivera") == []


def test_the_speaker_of_an_accusation_is_not_held_responsible() -> None:
    text = (
        "Interior Minister Carlos Lemos accused Henry Perez of ordering the killing of "
        "the judge, Lemos told reporters."
    )
    assert _held(text, "Carlos Lemos", "Henry Perez") == ["Henry Perez"]


# --- frame 2: the agent of a passive, orders, command -----------------------------------


def test_the_agent_of_an_ordered_killing_and_every_name_of_its_list() -> None:
    text = (
        "A caller said the killing had been ordered by Fidel Castano and Henry Perez, "
        "heads of the paramilitary militias."
    )
    assert _held(text, "Fidel Castano", "Henry Perez") == ["Fidel Castano", "Henry Perez"]


def test_the_planner_and_the_one_who_carried_out_a_bombing_are_held_responsible() -> None:
    text = (
        'The rebels said the bombing "was planned by Colonel Rene Ponce and carried out '
        'by Major Elena Fuentes."'
    )
    assert _held(text, "Rene Ponce", "Elena Fuentes") == ["Rene Ponce", "Elena Fuentes"]


def test_the_commander_of_troops_who_killed_is_held_responsible() -> None:
    led = "Troops commanded by Lieutenant Jose Pacheco murdered two farmers."
    under = "Five villagers were shot dead by soldiers under the command of Major Ali Haidar."
    assert _held(led, "Jose Pacheco") == ["Jose Pacheco"]
    assert _held(under, "Ali Haidar") == ["Ali Haidar"]


def test_orders_count_only_in_a_sentence_telling_a_harm() -> None:
    harm = "He was acting under the orders of Kiki Castano when he killed the pilot."
    supply = "Following orders from Fidel Castro, the ministry supplies food to the region."
    assert _held(harm, "Kiki Castano") == ["Kiki Castano"]
    assert _held(supply, "Fidel Castro") == []


def test_a_leader_of_something_harmless_is_not_held_responsible() -> None:
    text = (
        "Search operations ordered by President Alan Garcia continued, and the government "
        "led by Alfredo Cristiani depends on the response."
    )
    assert _held(text, "Alan Garcia", "Alfredo Cristiani") == []


# --- frame 3: the subject of ordering, planning, doing ---------------------------------


def test_a_person_who_ordered_the_killing_is_held_responsible() -> None:
    text = (
        "The chief of the gang, Pablo Escobar Gaviria, ordered the assassination of "
        "Medellin policemen, said Colonel Valdemar Franklin Quintero."
    )
    assert _held(text, "Pablo Escobar Gaviria", "Valdemar Franklin Quintero") == [
        "Pablo Escobar Gaviria"
    ]


def test_relative_clauses_and_appositives_before_the_frame() -> None:
    signed = (
        "Colonel Orlando Zepeda, who was the one who signed the order to assassinate the "
        "priests, kept his post."
    )
    chief = (
        "The officers state that Colonel Hector Hernandez, chief of the Treasury Police, "
        "is responsible for the murders."
    )
    behind = (
        "He said that Pablo Escobar and Gonzalo Rodriguez Gacha, the biggest drug "
        'traffickers, "are behind this criminal attack."'
    )
    assert _held(signed, "Orlando Zepeda") == ["Orlando Zepeda"]
    assert _held(chief, "Hector Hernandez") == ["Hector Hernandez"]
    assert _held(behind, "Pablo Escobar", "Gonzalo Rodriguez Gacha") == [
        "Pablo Escobar",
        "Gonzalo Rodriguez Gacha",
    ]


def test_a_person_charged_with_or_suspected_of_the_crime_is_alleged() -> None:
    charged = (
        "A judge issued a warrant for Jaime Valencia Martinez, who has been charged with "
        "masterminding the crime."
    )
    suspected = "Police arrested Omar Haddad, suspected of the bombing of the market."
    assert _held(charged, "Jaime Valencia Martinez") == ["Jaime Valencia Martinez"]
    assert _held(suspected, "Omar Haddad") == ["Omar Haddad"]
    assert _alleged(charged, "Jaime Valencia Martinez") == [True]


def test_a_person_who_killed_someone_is_held_responsible_not_one_killed() -> None:
    killer = (
        "Intelligence officials said Roberto Farias, who killed army Lieutenant Pedro "
        "Reed in a shootout, had fled."
    )
    headline = "Colonel Juan Ruiz killed in an ambush near the border."
    assert _held(killer, "Roberto Farias", "Pedro Reed") == ["Roberto Farias"]
    assert _held(headline, "Juan Ruiz") == []


def test_a_demand_for_dismissal_for_a_part_in_the_murders() -> None:
    text = (
        "They demand the dismissal of Colonel Rene Ponce, chief of staff, for his "
        "responsibility in the bombings of the civilian population."
    )
    assert _held(text, "Rene Ponce") == ["Rene Ponce"]


# --- frame 4 and owners -----------------------------------------------------------------


def test_the_owner_of_the_men_who_did_it_is_held_responsible() -> None:
    men = "Witnesses said Henry Perez's men fired on the farmers."
    hired = "The judge was shot by Jorge Ochoa's hired assassins, police said."
    assert _held(men, "Henry Perez") == ["Henry Perez"]
    assert _held(hired, "Jorge Ochoa") == ["Jorge Ochoa"]


def test_the_owner_of_a_government_is_no_person_acting() -> None:
    text = "This massacre planned by Alfredo Cristiani's government shocked the world."
    assert _held(text, "Alfredo Cristiani") == []


# --- modality ---------------------------------------------------------------------------


def test_accusing_words_allege_and_stating_words_do_not() -> None:
    assert alleges("accused of ordering the murder")
    assert alleges("held responsible")
    assert alleges(", suspected of the bombing")
    assert not alleges(", who ordered the massacre")
    assert not alleges("the killing was ordered by")


# --- the events stage -------------------------------------------------------------------


def test_the_stage_puts_the_person_who_ordered_it_beside_the_initiator() -> None:
    text = (
        "Gunmen killed a judge in Medellin on Monday. Police said the killing had been "
        "ordered by Pablo Escobar, the head of the cartel."
    )
    (event,) = [e for e in _events(text) if e.event_type == "Violence against civilians"]
    assert _associates(event) == ["Pablo Escobar"]
    assert event.actor1 is not None and event.actor1.name != "Pablo Escobar"


def test_an_accusation_in_the_events_own_sentence_makes_it_claimed() -> None:
    text = (
        "Human rights groups accused Colonel Ivan Markov of ordering the killing of six "
        "farmers in the village of Kivu on Sunday."
    )
    (event,) = _events(text)
    assert _associates(event) == ["Ivan Markov"]
    assert event.modality == "claimed"


def test_the_victim_whose_killers_are_hunted_is_not_made_a_perpetrator() -> None:
    text = (
        "Gunmen shot dead Judge Maria Lopez in Soacha on Friday. Police are hunting "
        "Maria Lopez's killers."
    )
    (event,) = _events(text)
    # ACLED codes a named victim by their side: the judge is a civilian, cited by name
    assert event.actor2 is not None and event.actor2.name == "Civilians (Colombia)"
    assert event.actor2.evidence is not None
    assert event.actor2.evidence.text == "Judge Maria Lopez"
    assert _associates(event) == []


def test_the_one_who_ordered_a_judges_killing_joins_it_and_the_judge_does_not() -> None:
    text = (
        "Gunmen shot dead Judge Maria Lopez in Soacha on Friday. Police said the killing "
        "had been ordered by Jorge Ochoa."
    )
    (event,) = _events(text)
    assert _associates(event) == ["Jorge Ochoa"]


def test_a_speaker_beside_an_accusation_joins_no_event() -> None:
    text = (
        "Rebels shelled the market in Goma on Tuesday, killing four people, said "
        "Governor Jean Bakole, who blamed the army."
    )
    events = _events(text)
    assert events
    assert all(not _associates(e) or "Jean Bakole" not in _associates(e) for e in events)
