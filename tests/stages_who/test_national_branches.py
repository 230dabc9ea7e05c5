"""Entities rule 1d: an international body's name followed by a state's is the body's
branch in that country ("Amnesty International Kenya"), not a mention of the state."""

from __future__ import annotations

from sitrep.model import Extraction, make_article
from sitrep.pipeline import process_article


def _extract(text: str) -> Extraction:
    return process_article(make_article(text, published="2026-06-25"))


def _entities(text: str) -> list[tuple[str, str, str | None]]:
    return [(e.evidence.text, e.label, e.kb_id) for e in _extract(text).mentions.entities]


def test_a_national_branch_is_one_mention_of_the_body() -> None:
    found = _entities("At least five people were killed, according to Amnesty International Kenya.")
    assert ("Amnesty International Kenya", "ORG", "amnesty") in found
    assert not any(label == "GPE" for _, label, _ in found)


def test_a_un_agency_branch_before_a_verb() -> None:
    found = _entities("UNICEF Somalia said 12 children were among the dead.")
    assert ("UNICEF Somalia", "ORG", "unicef") in found


def test_a_longer_name_or_a_separate_sentence_keeps_the_state() -> None:
    assert ("Syria", "GPE", "SY") in _entities("The UN Syria Envoy met rebel leaders on Monday.")
    found = _entities("The report was written by Amnesty International. Kenya rejected it.")
    assert ("Kenya", "GPE", "KE") in found
    assert ("Amnesty International", "ORG", "amnesty") in found


def test_the_branch_does_not_pull_the_act_to_the_country_level() -> None:
    text = (
        "Protesters clash with police in Kampala over new taxes\n\n"
        "KAMPALA, June 25 (AP) — Ugandan police fired tear gas and live rounds at thousands of"
        " protesters who stormed parliament on Tuesday, killing at least four people, according"
        " to Amnesty International Uganda.\n\n"
        "Demonstrators set part of the parliament building on fire as lawmakers voted. Protests"
        " also took place in Jinja, Gulu and Mbale, where shops were looted.\n"
    )
    places = {e.location.name for e in _extract(text).events if e.location}
    assert {"Jinja", "Gulu", "Mbale"} <= places
