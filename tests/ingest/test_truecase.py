"""Truecasing caseless news: same length, same letters, names and sentences restored."""

from __future__ import annotations

import pytest

from sitrep.ingest.truecase import needs_truecasing, truecase

LOWER = (
    "president cerezo said on monday that the guatemalan army will not negotiate. "
    "the attack took place on 3 may 1989 in guatemala city, and i saw the bodies.  "
    "an m-16 rifle was found near the united states embassy in san salvador."
)
CAPS = LOWER.upper()


@pytest.mark.parametrize("text", [LOWER, CAPS])
def test_only_letter_case_changes(text: str) -> None:
    out = truecase(text)
    assert len(out) == len(text)
    assert out.lower() == text.lower()


@pytest.mark.parametrize("text", [LOWER, CAPS])
def test_names_titles_and_sentences_are_restored(text: str) -> None:
    out = truecase(text)
    for name in (
        "President Cerezo",
        "Monday",
        "Guatemalan",
        "3 May 1989",
        "Guatemala City",
        " I saw",
        "M-16",
        "United States",
        "San Salvador",
        "The attack",
        "An M-16",
    ):
        assert name in out


def test_common_words_that_are_also_names_stay_lower() -> None:
    out = truecase("the bill may pass in march, and the army will mark the day.")
    assert out == "The bill may pass in march, and the army will mark the day."


def test_needs_truecasing_detects_caseless_text() -> None:
    assert needs_truecasing(LOWER)
    assert needs_truecasing(CAPS)
    assert not needs_truecasing(truecase(LOWER))
    assert not needs_truecasing("short")


def test_person_names_spread_and_repeat_through_the_text() -> None:
    text = (
        "carlos julio torrado, mayor of abrego, was killed on 5 january. "
        "police said torrado's car was blown up by four explosive charges."
    )
    out = truecase(text)
    assert out.startswith("Carlos Julio Torrado, mayor")
    assert "Police said Torrado's car" in out
    assert "January" in out


def test_wire_copy_in_capitals_reads_as_news() -> None:
    wire = (
        "SAN SALVADOR, 12 JAN 90 -- FMLN GUERRILLAS BLEW UP SEVERAL POWER PYLONS IN "
        "USULUTAN DEPARTMENT ON MONDAY, ACCORDING TO COLONEL CARLOS GUZMAN."
    )
    out = truecase(wire)
    assert out.startswith("San Salvador, 12 Jan 90 -- FMLN guerrillas blew up several power")
    assert "in Usulutan department on Monday" in out
    assert out.endswith("according to Colonel Carlos Guzman.")
