"""Second review fixes: the side that fired or planted the weapon that killed is the
attacker (roles rule 3 holds the launcher apart only for an act that meets the weapon);
"X says it kills 30" is a headline's act, not a policy (nonevents rule 10); a byline
paragraph or a dated byline does not hide the dateline (dating step 13); "seized the
town and killed many civilians" tells one act (nonevents rule 13); "said late on
Tuesday it had killed" links "it" to the speaker (roles)."""

from __future__ import annotations

import pytest
from event_helpers import events_of

from sitrep.events.dating import in_dateline
from sitrep.temporal.recognize import find_timexes


@pytest.mark.parametrize(
    ("text", "attacker"),
    [
        ("Three soldiers were killed by a roadside bomb planted by al-Shabaab militants in"
         " Lower Shabelle on Monday.", "al-Shabaab"),
        ("Two civilians were killed by rockets fired by Hamas in Ashkelon on Sunday.", "Hamas"),
    ],
)  # fmt: skip
def test_the_side_whose_weapon_killed_is_the_attacker(text: str, attacker: str) -> None:
    [event] = events_of(text)
    assert event.actor1 is not None and event.actor1.name == attacker


def test_the_side_whose_weapon_was_stopped_is_the_target() -> None:
    [event] = events_of("Air defences intercepted missiles fired by the Houthis over Eilat.")
    assert event.sub_event_type == "Disrupted weapons use"
    assert event.actor2 is not None and "Houthi" in event.actor2.name


def test_a_headline_saying_it_kills_is_an_act() -> None:
    [event] = events_of("Nigerian army says it kills 30 bandits in Zamfara")
    assert event.fatalities is not None and event.fatalities.best == 30


def test_a_present_verb_with_a_word_of_policy_is_no_act() -> None:
    assert events_of("The military says it attacks only 'terrorists' and never civilians.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen kill five soldiers in Mali\n\nBy John Smith\n\nBAMAKO, March 10 (Reuters) -"
        " Gunmen killed five soldiers in central Mali, the army said.",
        "Gunmen kill five soldiers in Mali\nBy Reuters Staff, March 10, 2024\nBAMAKO, March 10"
        " (Reuters) - Gunmen killed five soldiers.",
    ],
)
def test_a_dateline_after_a_byline_is_still_a_dateline(text: str) -> None:
    at = text.index("BAMAKO, ") + len("BAMAKO, ")
    [timex] = [t for t in find_timexes(text, "2024-03-12") if t.evidence.start == at]
    assert in_dateline(timex, text)


def test_a_town_seized_and_many_killed_keeps_its_victims() -> None:
    text = (
        "The rebels have seized the town of Sake and killed many civilians, local officials"
        " said on Sunday."
    )
    victims = [e.actor2 for e in events_of(text) if e.actor2 is not None]
    assert victims and victims[0].type == "civilians"


def test_it_after_a_speech_cue_and_a_long_time_phrase_is_the_speaker() -> None:
    [event] = events_of("The Nigerian Air Force said late on Tuesday it had killed 30 bandits.")
    assert event.actor1 is not None and event.actor1.name == "Military Forces of Nigeria"
