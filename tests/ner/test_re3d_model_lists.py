"""re3d adapter: places the model runs together over a list's commas are a mention each,
and so are a name and its bracketed acronym; a place and the state after its comma stay
one mention; a pronoun the model runs on from is a mention by itself."""

from __future__ import annotations

from re3d_stubs import FixedModel, rule_stages

from sitrep.ner.corpus import Sentence
from sitrep.ner.re3d import predict_sentence


def _found(text: str, spans: list[tuple[int, int, str]], label: str) -> list[str]:
    words = text.split()
    sentence = Sentence(tuple(words), ("O",) * len(words))
    found = predict_sentence(list(rule_stages()), sentence, FixedModel(spans))
    return [" ".join(words[s:e]) for s, e, kind in found if kind == label]


def test_states_a_comma_lists_are_a_mention_each() -> None:
    text = "The group poses a threat to Iraq , Syria , and the wider international community ."
    assert _found(text, [(6, 9, "Location")], "Location") == ["Iraq", "Syria"]


def test_villages_the_model_runs_together_are_a_mention_each() -> None:
    text = "The attacks in Qamenas , Sarmin and Talamenes killed eleven people ."
    found = _found(text, [(3, 6, "Location")], "Location")
    assert found == ["Qamenas", "Sarmin", "Talamenes"]


def test_a_town_and_its_state_stay_one_place() -> None:
    text = "The strikes hit targets near Palmyra , Syria on Tuesday ."
    assert _found(text, [(5, 8, "Location")], "Location") == ["Palmyra , Syria"]


def test_a_listed_place_the_model_opens_with_a_comma_starts_at_its_word() -> None:
    text = "The cultural center will include an assembly hall , library , restaurant and baths ."
    assert "library" in _found(text, [(8, 10, "Location")], "Location")


def test_a_town_and_its_state_before_a_speaker_stay_one_place() -> None:
    text = "The convoy left a headquarters near Sarmada , Syria , Cook said ."
    assert "Sarmada , Syria" in _found(text, [(6, 9, "Location")], "Location")


def test_a_name_and_its_bracketed_acronym_are_a_mention_each() -> None:
    text = "U.S. forces are advising Syrian Democratic Forces ( SDF ) in the north ."
    found = _found(text, [(4, 9, "Organisation")], "Organisation")
    assert "Syrian Democratic Forces" in found and "SDF" in found


def test_a_pronoun_the_model_runs_on_from_is_a_mention_by_itself() -> None:
    text = "They help us plan for life once Assad is gone ."
    assert "us" in _found(text, [(2, 4, "Organisation")], "Organisation")


def test_the_us_in_capitals_is_no_pronoun() -> None:
    text = "US forces struck the convoy near the border ."
    assert "US forces" in _found(text, [(0, 2, "Organisation")], "Organisation")


def test_a_place_the_model_runs_into_the_next_clause_ends_at_its_name() -> None:
    text = "Artillery shelled Hamadiya , while residents fled south towards the river ."
    assert _found(text, [(2, 5, "Location")], "Location")[0] == "Hamadiya"


def test_a_place_the_model_runs_into_a_pronoun_ends_before_it() -> None:
    text = "The frigate patrolled off Qurayyah , he said on Tuesday ."
    found = _found(text, [(4, 7, "Location")], "Location")
    assert found == ["Qurayyah"]
