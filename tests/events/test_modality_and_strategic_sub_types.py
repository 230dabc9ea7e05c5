"""Modality of threats, calls, plans and conditionals; Disrupted weapons use, territory
handed over, bases, property destruction and ACLED's Other, from news sentences."""

from __future__ import annotations

import pytest

from sitrep.events.modality import modality_of, starts_event
from sitrep.events.tokens import clause_bounds, tokenize
from sitrep.events.triggers import find_triggers
from sitrep.model import make_article
from sitrep.pipeline import process_article


def _modality(text: str, trigger: str) -> str:
    tokens = tokenize(text, 0, len(text))
    at = text.index(trigger)
    [hit] = [h for h in find_triggers(tokens, []) if h.start == at]
    return modality_of(tokens, clause_bounds(tokens, hit.first), hit.first)


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        ("Opposition parties plan to hold a protest in the capital next week.", "protest",
         "planned"),
        ("The teachers' union called for a nationwide strike to demand higher pay.",
         "nationwide strike", "planned"),
        ("Activists urged residents to join a rally against the new law.", "rally",
         "planned"),
        ("The president ordered the army to retake the town from the rebels.", "retake",
         "planned"),
        ("Traders are expected to stage a protest against the new market levy on Monday.",
         "protest", "hypothetical"),
        ("The minister warned that police will arrest anyone who joins the banned rally.",
         "rally", "hypothetical"),
        ("Police foiled an attempted bombing and arrested a man carrying an explosive belt.",
         "arrested", "asserted"),
        ("Demonstrators calling for the release of prisoners marched to parliament.",
         "marched", "asserted"),
        ("The army denied carrying out the air strike on the village.", "air strike",
         "denied"),
        ("The ministry rejected claims that its jets had bombed a hospital.", "bombed",
         "denied"),
        ("The embassy warned of protests in the capital this weekend.", "protests",
         "hypothetical"),
        ("Police warned the crowd and arrested three men.", "arrested", "asserted"),
    ],
)  # fmt: skip
def test_calls_plans_and_generic_clauses_set_the_modality(
    text: str, trigger: str, modality: str
) -> None:
    assert _modality(text, trigger) == modality


def test_only_asserted_and_claimed_mentions_start_events() -> None:
    assert [m for m in ("asserted", "claimed", "planned", "hypothetical") if starts_event(m)] == [
        "asserted",
        "claimed",
    ]


def _strongest(text: str) -> str | None:
    events = process_article(make_article(text)).events
    if not events:
        return None
    return max(events, key=lambda e: (e.confidence, -e.evidence.start)).sub_event_type


@pytest.mark.parametrize(
    "text",
    [
        "The teachers' union called for a nationwide strike to demand higher pay.",
        "If the talks fail, the rebels would resume attacks on army positions, a spokesman said.",
        "The government announced plans to deploy more troops to the border.",
    ],
)
def test_unrealised_events_make_no_event(text: str) -> None:
    assert _strongest(text) is None


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        ("Security forces seized a weapons cache belonging to the militants.",
         "Disrupted weapons use"),
        ("Police seized a large number of weapons and ammunition during a search.",
         "Disrupted weapons use"),
        ("Air defences intercepted two missiles fired at the city.", "Disrupted weapons use"),
        ("An unexploded mortar shell was found near a school and safely detonated by the "
         "army.", "Disrupted weapons use"),
        ("Police recovered a hand grenade from a bag left at the bus stop.",
         "Disrupted weapons use"),
        ("The armed group peacefully handed the checkpoint over to the police.",
         "Non-violent transfer of territory"),
        ("Rebels retook the village without a fight after the army pulled out.",
         "Non-violent transfer of territory"),
        ("Al Shabaab took over the town after the troops withdrew from their base there.",
         "Non-violent transfer of territory"),
        ("Security forces set up a new military post in the area.",
         "Headquarters or base established"),
        ("Settlers uprooted olive trees belonging to Palestinian farmers.",
         "Looting/property destruction"),
        ("Boko Haram fighters handed themselves over to the army.",
         "Change to group/activity"),
        ("The group announced the appointment of a new leader after the death of its "
         "founder.", "Change to group/activity"),
        ("The authorities banned all political rallies in the capital.",
         "Change to group/activity"),
        ("Houthi forces sent military reinforcements to the frontline in the district.",
         "Change to group/activity"),
        ("IS militants used mustard gas against Peshmerga positions near the city.",
         "Chemical weapon"),
        ("The government and the rebel group signed a memorandum of understanding.",
         "Agreement"),
        ("The two communities agreed to end hostilities after talks mediated by elders.",
         "Agreement"),
        ("Two soldiers were killed when their vehicle hit a landmine near the border.",
         "Remote explosive/landmine/IED"),
        ("A mass grave containing 30 bodies was discovered near the town.", "Other"),
        ("More than 100 inmates escaped in a prison break in the city.", "Other"),
    ],
)  # fmt: skip
def test_strategic_sub_types_from_the_codebook(text: str, sub_type: str) -> None:
    assert _strongest(text) == sub_type


def test_a_capture_with_fighting_told_stays_a_battle() -> None:
    text = "Rebels captured the town after heavy fighting with the army."
    assert _strongest(text) == "Non-state actor overtakes territory"
