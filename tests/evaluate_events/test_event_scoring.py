"""Scoring of sitrep events against ACLED-coded gold, MUC-4 mapping and CASE labels."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from sitrep.evaluate.case2021 import ACLED_TO_CASE, CASE_TO_ACLED, accuracy_macro_f1
from sitrep.evaluate.events_gold import Tally, score_document, split_of
from sitrep.evaluate.muc4 import incident_type, templates_of
from sitrep.events.taxonomy import load_taxonomy
from sitrep.model import make_article
from sitrep.pipeline import process_article

TEXT = (
    "Near Mosul, five strikes engaged four ISIL tactical units on Jan. 8, 2017, "
    "Coalition officials said."
)


def _gold(**over: Any) -> dict[str, Any]:
    gold: dict[str, Any] = {
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Air/drone strike",
        "date": "2017-01-08",
        "country": "IQ",
        "location": "Mosul",
        "actor1": "Global Coalition against Daesh",
        "actor2": "Islamic State",
        "fatalities": None,
        "quantities": {"strikes": "five"},
        "evidence": TEXT,
        "doubtful": False,
    }
    gold.update(over)
    return gold


def test_split_is_fixed_and_covers_both_halves() -> None:
    ids = [f"{i:032X}" for i in range(40)]
    assert {split_of(i) for i in ids} == {"dev", "heldout"}
    assert [split_of(i) for i in ids] == [split_of(i) for i in ids]


def test_event_far_in_time_is_not_a_match() -> None:
    events = process_article(make_article(TEXT, published="2017-01-09")).events
    tally = Tally()
    fields: dict[str, list[bool]] = {k: [] for k in ("sub_type", "actors", "location",
                                                     "fatalities", "quantities")}  # fmt: skip
    score_document(events, [_gold(date="2016-06-01")], TEXT, False, tally, fields)
    assert tally.tp == 0 and tally.fn == 1


def test_lenient_ignores_doubtful_gold() -> None:
    tally = Tally()
    fields: dict[str, list[bool]] = {k: [] for k in ("sub_type", "actors", "location",
                                                     "fatalities", "quantities")}  # fmt: skip
    score_document((), [_gold(doubtful=True)], TEXT, True, tally, fields)
    assert (tally.tp, tally.fp, tally.fn) == (0, 0, 0)
    score_document((), [_gold(doubtful=True)], TEXT, False, tally, fields)
    assert tally.fn == 1


def test_two_events_of_one_sentence_pair_with_the_gold_at_their_places() -> None:
    [mosul] = process_article(make_article(TEXT, published="2017-01-09")).events
    assert mosul.location is not None and mosul.location.name == "Mosul"
    tal_afar = replace(mosul, location=replace(mosul.location, name="Tal Afar"))
    gold = [_gold(location="Tal Afar"), _gold(location="Mosul")]
    # both overlap both gold events: each is paired with the one at its own place
    for events in ((mosul, tal_afar), (tal_afar, mosul)):
        tally = Tally()
        fields: dict[str, list[bool]] = {k: [] for k in ("sub_type", "actors", "location",
                                                         "fatalities", "quantities")}  # fmt: skip
        score_document(events, gold, TEXT, False, tally, fields)
        assert tally.tp == 2 and fields["location"] == [True, True]


def test_case_labels_cover_every_acled_sub_type() -> None:
    names = {e.sub_event_type for e in load_taxonomy().entries}
    assert set(CASE_TO_ACLED.values()) == names
    assert ACLED_TO_CASE["Air/drone strike"] == "AIR_STRIKE"


def test_macro_f1_averages_over_labels() -> None:
    acc, macro, rows = accuracy_macro_f1(["A", "A", "B"], ["A", "B", "B"], ["A", "B"])
    assert round(acc, 3) == 0.667
    assert rows["A"]["precision"] == 1.0 and rows["B"]["recall"] == 1.0
    assert round(macro, 3) == round((2 / 3 + 2 / 3) / 2, 3)


def test_muc_template_from_a_bombing_report() -> None:
    text = (
        "Urban guerrillas detonated a car bomb outside the Defence Ministry building in "
        "Bogota on Tuesday, killing four people."
    )
    extraction = process_article(make_article(text, published="1989-05-10"))
    kinds = [incident_type(e) for e in extraction.events]
    assert "bombing" in kinds
    [template] = [t for t in templates_of(extraction) if t.incident_type == "bombing"]
    assert template.incident_type == "bombing"
