"""Roles on news wording from a code review: who stands behind "it was behind", which
verb conducts the operation an "in which" clause tells of, sheriff's deputies, and
participles of inquiry that qualify their subject; and the one list of inquiry verbs
that roles, senses and nonevents share."""

from __future__ import annotations

from event_helpers import events_of, name_of

from sitrep.events import nonevents, roles, senses
from sitrep.events.tokens import clause_bounds, tokenize
from sitrep.events.vocabulary import INQUIRY_NOUNS, INQUIRY_VERBS


def _actor1(text: str) -> str | None:
    events = events_of(text, published="2024-05-15")
    assert events, text
    return name_of(events[0].actor1)


def test_a_group_saying_it_was_behind_a_bombing_is_its_actor1() -> None:
    text = (
        "The Islamic State group said it was behind the bombing of a market in Baghdad "
        "on Monday that killed 20 people."
    )
    assert _actor1(text) == "Islamic State"


def test_it_was_an_ambush_names_the_act_not_an_agent() -> None:
    text = "The army said it was an ambush"
    tokens = tokenize(text, 0, len(text))
    at = next(t.i for t in tokens if t.lower == "it")
    assert not roles._reported(tokens, at)
    for other in ("The army said it was behind the raid", "The group said it was responsible"):
        tokens = tokenize(other, 0, len(other))
        at = next(t.i for t in tokens if t.lower == "it")
        assert roles._reported(tokens, at), other


def test_an_investigation_into_a_raid_conducts_no_raid() -> None:
    text = (
        "The UN launched an investigation into a raid in which 12 civilians were killed "
        "in Darfur on Monday."
    )
    assert _actor1(text) != "United Nations"


def test_the_conductor_of_a_raid_in_which_people_died_did_the_killing() -> None:
    text = "Police carried out a dawn raid in which two suspects were killed in Lagos on Monday."
    assert _actor1(text) == "Police Forces of Nigeria"


def test_in_which_after_a_place_is_no_conducted_operation() -> None:
    text = "Soldiers conducted a sweep of the village in which three men were killed"
    tokens = tokenize(text, 0, len(text))
    which = next(t.i for t in tokens if t.lower == "which")
    assert roles._conducted_clause(tokens, which) is None
    made = "The rebels made an attack in which three men were killed"
    tokens = tokenize(made, 0, len(made))
    which = next(t.i for t in tokens if t.lower == "which")
    assert roles._conducted_clause(tokens, which) is None  # "made" conducts nothing


def test_sheriffs_deputies_are_police() -> None:
    assert _actor1("Sheriff's deputies shot a man dead in Phoenix on Monday.") == (
        "Police Forces of the United States"
    )


def test_deputies_of_a_parliament_are_no_police() -> None:
    text = "Duma deputies shot down the bill in Moscow on Monday."
    tokens = tokenize(text, 0, len(text))
    deputies = next(t for t in tokens if t.lower == "deputies")
    assert roles._generic(deputies, "Russia", "RU", text) is None


def test_soldiers_probing_reports_still_do_the_killing() -> None:
    text = "Soldiers probing reports of an ambush killed five villagers in Borno on Monday."
    assert _actor1(text) == "Military Forces of Nigeria"


def test_police_investigating_a_shooting_make_the_arrest() -> None:
    text = "Police investigating the shooting arrested two men in Lagos on Monday."
    assert _actor1(text) == "Police Forces of Nigeria"


def test_soldiers_probing_a_killing_told_in_a_clause_are_no_killers() -> None:
    text = "Soldiers probing reports that militants killed five villagers searched Kaduna."
    tokens = tokenize(text, 0, len(text))
    first = next(t.i for t in tokens if t.lower == "killed")
    found = roles.find_roles(
        tokens, clause_bounds(tokens, first), first, first, [], clash=False,
        country_name="Nigeria", country="NG", text=text,
    )  # fmt: skip
    assert name_of(found.actor1) != "Military Forces of Nigeria"


def test_one_list_of_inquiry_verbs_is_shared() -> None:
    assert roles.INQUIRY_VERBS is INQUIRY_VERBS
    assert INQUIRY_VERBS | INQUIRY_NOUNS <= senses._INVESTIGATING
    assert {cue for cue in nonevents._RESPONSES if len(cue) == 1} >= {
        (verb,) for verb in INQUIRY_VERBS
    }


def test_a_bombing_being_probed_is_no_new_event() -> None:
    text = "Detectives in Nairobi on Tuesday were probing the deadly bombing of a bus."
    assert events_of(text, published="2024-05-15") == []


def test_police_investigating_an_attack_who_speak_of_it_are_no_attackers() -> None:
    text = "Police investigating the attack said gunmen killed five villagers in Borno on Monday."
    assert _actor1(text) not in {None, "Police Forces of Nigeria"}
    tokens = tokenize(text, 0, len(text))
    probing = next(t.i for t in tokens if t.lower == "investigating")
    killed = next(t.i for t in tokens if t.lower == "killed")
    assert not roles._qualifying_participle(tokens, probing, killed)


def test_a_county_deputy_governor_is_no_police_officer() -> None:
    text = "Gunmen shot dead a county deputy governor in Marsabit on Monday."
    events = events_of(text, published="2024-05-15")
    assert events
    assert name_of(events[0].actor2) != "Police Forces of Kenya"
    for police in ("County deputies shot a man", "A sheriff's deputy shot a man"):
        tokens = tokenize(police, 0, len(police))
        deputy = next(t for t in tokens if t.lower.startswith("deput"))
        assert roles._sheriffs_deputy(deputy, police), police


def test_the_conductor_of_a_raid_on_a_place_in_which_people_died_did_it() -> None:
    text = (
        "Israeli troops carried out a raid on the Jenin camp in which three Palestinians "
        "were killed on Monday."
    )
    assert _actor1(text) == "Military Forces of Israel"
    text = (
        "Nigerian soldiers launched an operation in Borno State on Monday during which "
        "20 militants were killed."
    )
    assert _actor1(text) == "Military Forces of Nigeria"


def test_the_bombing_inquiry_rule_reads_every_shared_inquiry_word() -> None:
    from sitrep.events import classify

    assert INQUIRY_VERBS | INQUIRY_NOUNS <= classify._INQUIRY
    assert {"probed", "investigated", "inquiries"} <= classify._INQUIRY  # "probed the bombing"


def test_made_an_air_strike_counts_one_strike() -> None:
    from sitrep.events import measures

    text = "The coalition made an air strike on the bridge"
    tokens = tokenize(text, 0, len(text))
    strike = next(t.i for t in tokens if t.lower == "strike")
    found = measures._one_strike(tokens, strike - 1, strike, text)
    assert found is not None and found.low == 1


def test_a_county_deputy_alone_is_a_police_officer() -> None:
    assert _actor1("A Harris County deputy shot and killed a man in Houston on Monday.") == (
        "Police Forces of the United States"
    )


def test_attackers_counted_with_about_keep_their_by() -> None:
    text = "The army base in Borno was attacked by about 1500 Boko Haram fighters on Monday."
    assert _actor1(text) == "Boko Haram (JAS)"


def test_people_who_free_captives_are_no_attackers() -> None:
    text = (
        "The kidnapped girls were freed by two men from the village after soldiers raided "
        "the camp in Zamfara on Monday."
    )
    assert all(
        name_of(e.actor1) != "Unidentified Armed Group (Nigeria)"
        for e in events_of(text, published="2024-05-15")
    )
    assert _actor1("The judge was shot dead by two men in Cali on Monday.") == (
        "Unidentified Armed Group (Colombia)"
    )


def test_a_band_named_after_by_a_group_of_is_the_agent() -> None:
    text = "The convoy was ambushed by a group of bandits in Katsina on Monday."
    assert _actor1(text) == "Unidentified Armed Group (Nigeria)"
    kidnap = events_of(
        "He was kidnapped by a gang of armed men in Kaduna on Monday.", published="2024-05-15"
    )
    assert name_of(kidnap[0].actor2) == "Civilians (Nigeria)"
