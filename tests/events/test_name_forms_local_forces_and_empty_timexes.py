"""Shared definitions: a name's bracketed form, a local police force, and a timex with
no text that must not break the composition of counts."""

from __future__ import annotations

import pytest

from sitrep.events.placing import LOCAL_FORCE
from sitrep.events.tokens import MAX_FORM_WORDS, is_name_form
from sitrep.model import Span, TimexMention, make_article
from sitrep.pipeline import process_article
from sitrep.temporal.compose import elided_counts


@pytest.mark.parametrize(
    "form",
    ["TTP", "LeT", "CPI Maoist", "Sendero Luminoso", "M23", "Jamaat ul Mujahideen Bangladesh"],
)
def test_short_and_other_forms_of_names(form: str) -> None:
    assert is_name_form(form)


@pytest.mark.parametrize(
    "remark",
    [
        "al-Shabaab",  # a name's form opens with a capital
        "Photo: AFP",
        "Two killed",
        "Reuters reported on Sunday",
        "Islamic State of Iraq and the Levant",  # longer than MAX_FORM_WORDS words
    ],
)
def test_remarks_in_brackets_are_no_name_forms(remark: str) -> None:
    assert not is_name_form(remark)


def test_the_limit_counts_words_not_hyphenated_parts() -> None:
    assert MAX_FORM_WORDS == 4
    assert is_name_form("Jama'at Nusrat al-Islam wal-Muslimin")


def test_a_four_word_form_in_brackets_keeps_the_name_the_subject() -> None:
    text = (
        "The Tehreek e Taliban Pakistan (Tehreek e Taliban Pakistan) on January 18 killed"
        " four soldiers in North Waziristan."
    )
    (event,) = process_article(make_article(text, published="2024-01-20")).events
    assert event.actor1 is not None and event.actor1.name == "Tehrik-i-Taliban Pakistan"


@pytest.mark.parametrize(
    "after",
    [
        " police said",
        " Police Chief",
        " State Police Command",
        " Municipal Police",
        " County Sheriff",
    ],
)
def test_a_local_force_after_a_place_name(after: str) -> None:
    assert LOCAL_FORCE.match(after) is not None


@pytest.mark.parametrize("after", [" policeman", " State Department", ", police said"])
def test_no_local_force_after_a_place_name(after: str) -> None:
    assert LOCAL_FORCE.match(after) is None


def test_a_timex_with_empty_evidence_is_skipped_not_an_error() -> None:
    text = "The men were held for two to three days."
    empty = TimexMention(Span(22, 22, ""), "DURATION", "P3D")
    assert elided_counts(text, [empty]) == []
