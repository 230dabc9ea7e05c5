"""Open errors in who did what to whom, on ordinary news sentences."""

from __future__ import annotations

import pytest
from event_helpers import events_of, name_of


def _deaths(text: str) -> int | None:
    events = events_of(text)
    assert events, text
    return events[0].fatalities.best


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Four people were gunned down in Kaduna on Sunday.", 4),
        ("Three farmers were shot and killed in Benue state on Sunday.", 3),
        ("Two villagers were hacked to death in Plateau state on Sunday.", 2),
        ("Two U.S. citizens were killed in the attack in Mogadishu on Friday.", 2),
        # neighbours that already had their count
        ("Two villagers were stabbed to death in Plateau state on Sunday.", 2),
        ("Gunmen killed three farmers in Benue state on Friday.", 3),
    ],
)
def test_passive_killing_phrases_count_the_dead(text: str, dead: int) -> None:
    assert _deaths(text) == dead


def test_people_shot_and_wounded_are_not_counted_dead() -> None:
    assert _deaths("Three farmers were shot and wounded in Benue state on Sunday.") is None


def test_a_hacked_website_is_still_no_event() -> None:
    assert events_of("The ministry's website was hacked on Monday, officials said.") == []


def _sides(text: str) -> tuple[str | None, str | None]:
    event = events_of(text)[0]
    return name_of(event.actor1), name_of(event.actor2)


@pytest.mark.parametrize(
    ("text", "disrupter", "launcher"),
    [
        (
            "Ukraine's air force said it shot down 45 of 62 drones launched by Russia overnight.",
            "Military Forces of Ukraine",
            "Russia",
        ),
        (
            "Police defused a bomb planted by suspected militants near a market in Peshawar"
            " on Monday.",
            "Police Forces of Pakistan",
            "Unidentified Armed Group (Pakistan)",
        ),
    ],
)
def test_the_side_whose_weapon_was_stopped_is_actor2(
    text: str, disrupter: str, launcher: str
) -> None:
    assert _sides(text) == (disrupter, launcher)


def test_a_by_agent_of_the_act_itself_stays_actor1() -> None:
    actor1, _ = _sides("Two villagers were shot dead by gunmen in Zamfara state on Sunday.")
    assert actor1 == "Unidentified Armed Group (Nigeria)"


def _source_country(text: str) -> str | None:
    source = events_of(text)[0].attributed_to
    assert source is not None, text
    return source.country


def test_an_official_belongs_to_the_place_named_not_to_the_attackers_demonym() -> None:
    text = (
        "In the eastern Donetsk region, Russian shelling killed two civilians in the town"
        " of Kostiantynivka, governor Vadym Filashkin said."
    )
    assert _source_country(text) == "UA"


def test_an_official_in_a_sentence_naming_one_state_keeps_that_state() -> None:
    text = (
        "Gunmen killed three farmers in Benue state, Nigeria, on Friday,"
        " governor Hyacinth Alia said."
    )
    assert _source_country(text) == "NG"


def test_wounded_people_counted_with_a_number_are_no_muc_perpetrator() -> None:
    from sitrep.evaluate.muc4 import predict

    templates = predict("Two explosions shook the capital on Monday, wounding five persons.")
    assert templates
    assert all(not t.roles["PerpInd"] for t in templates)


def test_described_armed_men_stay_a_muc_perpetrator() -> None:
    from sitrep.evaluate.muc4 import predict

    text = "Five heavily armed men killed a judge in the capital on Monday."
    perpetrators = [m for t in predict(text) for entity in t.roles["PerpInd"] for m in entity]
    assert "heavily armed men" in perpetrators


@pytest.mark.parametrize(
    "text",
    [
        "The Nigerian Air Force said on Tuesday it had killed 30 bandits in air strikes on"
        " their hideouts in Zamfara state.",
        "The Nigerian Air Force said it had killed 30 bandits in air strikes on their"
        " hideouts in Zamfara state.",
    ],
)
def test_it_after_a_dated_speech_cue_is_the_speaker_who_struck(text: str) -> None:
    assert _sides(text) == ("Military Forces of Nigeria", "Unidentified Armed Group (Nigeria)")


def test_killed_bandits_are_never_the_unnamed_killers() -> None:
    text = "Officials said on Tuesday that air strikes had killed 30 bandits in Zamfara state."
    assert _sides(text) == (None, "Unidentified Armed Group (Nigeria)")


def test_an_unnamed_killer_of_civilians_is_still_supplied() -> None:
    text = "Three farmers were killed in Benue state on Friday."
    assert _sides(text) == ("Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)")
