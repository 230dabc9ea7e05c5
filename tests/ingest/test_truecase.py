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


def test_words_english_does_not_know_are_names_when_they_come_together() -> None:
    text = (
        "the supreme court ordered an inquiry into the murder of jecar neghme. "
        "guerrillas threw molotov cocktails at the hydrochloric acid plant."
    )
    out = truecase(text)
    assert "the murder of Jecar Neghme." in out
    # English words the lexicon lacks keep their case: a plural, an adjective in -ic
    assert "threw molotov cocktails at the hydrochloric acid plant" in out


def test_a_given_name_joins_the_surname_after_it() -> None:
    out = truecase("students mario flores and julio torres were seized by police.")
    assert out.startswith("Students Mario Flores and Julio Torres were seized")


def test_an_abbreviation_or_title_ends_no_sentence() -> None:
    out = truecase("the u.s. government said col. isaacs was safe. the army agreed.")
    assert out == "The U.S. government said Col. Isaacs was safe. The army agreed."


def test_an_acronym_in_brackets_names_the_words_it_spells() -> None:
    out = truecase(
        "a bomb damaged the administrative department of security (das) building, and "
        "the patriotic union (up) blamed the people's revolutionary army (erp)."
    )
    assert "the Administrative Department of Security (DAS) building" in out
    assert "the Patriotic Union (UP) blamed" in out
    assert "(ERP)" in out
    assert truecase("he was (as heard) in the city (words indistinct).") == (
        "He was (as heard) in the city (words indistinct)."
    )


def test_a_surname_particle_stays_inside_a_name() -> None:
    out = truecase(
        "justice minister monica de greiff resigned, and lawyer stela torrado de otalora was shot."
    )
    assert "Justice Minister Monica de Greiff resigned" in out
    assert "lawyer Stela Torrado de Otalora was shot" in out


def test_a_name_that_looks_like_a_plural_in_es_is_still_a_name() -> None:
    # "jam" + "es" is no English plural: "james" stays a given name
    out = truecase("the victims were identified as david lecky and james arthur donnelly.")
    assert out.endswith("identified as David Lecky and James Arthur Donnelly.")
    assert "boxes" in truecase("soldiers carried boxes of ammunition.")
