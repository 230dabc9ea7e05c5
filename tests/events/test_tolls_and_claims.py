"""Death tolls told as totals and claims of dead told by a party to the fight."""

from __future__ import annotations

import pytest
from event_helpers import events_of, first_event, name_of

from sitrep.events.measures import party_claim
from sitrep.model import Quantity, Span


def _best(text: str) -> int | None:
    fatalities = first_event(text).fatalities
    return fatalities.best if fatalities else None


@pytest.mark.parametrize(
    ("text", "best"),
    [
        # a party's claim of the other side's dead is not added to an independent count
        (
            "Clashes between Fano militiamen and government troops near Gondar killed at "
            "least 30 people on Thursday, residents said. A Fano spokesman claimed his "
            "fighters had killed more than 50 soldiers.",
            30,
        ),
        (
            "Clashes between al-Shabaab fighters and government troops near Baidoa killed "
            "14 soldiers on Thursday, officials said. Al-Shabaab said its fighters had "
            "killed 60 soldiers and seized weapons.",
            14,
        ),
        # neighbours: a claim beside counts of other sides, and genuine sums, still add up
        (
            "The army said its troops killed 20 militants in the clash near Gao. Two "
            "soldiers were also killed.",
            22,
        ),
        ("The army said 12 soldiers and 30 militants were killed in the clash near Gao.", 42),
    ],
)
def test_party_claims_are_not_added_to_independent_counts(text: str, best: int) -> None:
    assert _best(text) == best


@pytest.mark.parametrize(
    ("text", "best"),
    [
        ("The death toll from a Russian missile strike on Odesa rose to 14, officials said.", 14),
        (
            "The toll in the city of Kharkiv from Saturday's shelling has risen to at least "
            "11, the governor said.",
            11,
        ),
        (
            "A Russian missile strike on an apartment block in Odesa killed five people "
            "overnight, officials said. The death toll from the strike rises to 9 by Monday "
            "evening, the governor says.",
            9,
        ),
    ],
)
def test_a_toll_of_an_attack_told_as_a_total(text: str, best: int) -> None:
    assert _best(text) == best


@pytest.mark.parametrize(
    ("text", "count", "claimed"),
    [
        ("A militia spokesman claimed 50 soldiers were killed.", "50 soldiers", True),
        ("JNIM said its fighters had ambushed a convoy, killing 40 soldiers.", "40 soldiers", True),
        ("Officials said the bombing claimed the lives of 12 people.", "12 people", False),
        ("The blast claimed 12 lives, police said.", "12", False),
        ("The group claimed responsibility for the raid that killed 7 guards.", "7 guards", False),
        ("The army said 6 soldiers were killed.", "6 soldiers", False),
    ],
)
def test_a_party_claim(text: str, count: str, claimed: bool) -> None:
    start = text.index(count)
    quantity = Quantity(Span.of(text, start, start + len(count)), None)
    assert party_claim(quantity, text) is claimed


_EARLIER_GROUP = (
    "Fighting between Fano militiamen and government troops near the town of Gondar killed "
    "at least 20 people on Tuesday, residents said.\n\n"
)


@pytest.mark.parametrize(
    "unknown",
    [
        "It was not clear who carried out the strike.",
        "It was not immediately clear who carried out the strike.",
        "No group has claimed responsibility and it was unclear who carried out the strike.",
    ],
)
def test_an_unclear_perpetrator_is_not_an_actor_named_elsewhere(unknown: str) -> None:
    text = (
        _EARLIER_GROUP + "On Friday, a drone strike hit a market in the town of Dessie, "
        f"killing nine civilians, two residents said. {unknown}"
    )
    strike = next(e for e in events_of(text) if e.sub_event_type == "Air/drone strike")
    assert name_of(strike.actor1) == "Unidentified Armed Group (Ethiopia)"


def test_an_initiator_named_in_the_event_sentence_stays() -> None:
    text = (
        "Fano militiamen attacked a police station in Gondar on Friday, killing four "
        "officers. It was not clear who led the attack."
    )
    assert name_of(first_event(text).actor1) == "Fano"


@pytest.mark.parametrize(
    "text",
    [
        "Guinea's Presidential Guard fired on protesters in Conakry on Tuesday.",
        "Guinea's elite Presidential Guard opened fire on protesters in Conakry, killing two.",
    ],
)
def test_a_states_own_guard_is_its_military(text: str) -> None:
    event = first_event(text)
    assert name_of(event.actor1) == "Protesters (Guinea)"
    assert name_of(event.actor2) == "Military Forces of Guinea"


def test_a_states_possessive_on_its_speaking_government_leaves_the_soldiers() -> None:
    event = first_event("Guinea's government said soldiers fired on protesters in Conakry.")
    assert name_of(event.actor2) == "Military Forces of Guinea"
