"""A dateline's agency credit is no actor; a place's police link needs a dominant place."""

from __future__ import annotations

import pytest

from sitrep.model import Extraction, make_article
from sitrep.pipeline import process_article


def _extract(text: str) -> Extraction:
    return process_article(make_article(text, published="2024-05-06"))


def _kb_ids(text: str) -> set[str | None]:
    return {e.kb_id for e in _extract(text).mentions.entities}


@pytest.mark.parametrize(
    "text",
    [
        "ISLAMABAD (PTI) - Gunmen killed three policemen in Peshawar on Sunday, police said.",
        "Islamabad, May 5 (PTI): Two soldiers were killed in an attack in North Waziristan.",
        "ISLAMABAD (PTI) - Gunmen killed three policemen in Peshawar on Sunday, a senior"
        " official told PTI.",
    ],
)
def test_the_press_trust_of_india_credit_is_not_the_party(text: str) -> None:
    extraction = _extract(text)
    assert "pti" not in {e.kb_id for e in extraction.mentions.entities}
    names = {a.name for ev in extraction.events for a in (ev.actor1, ev.actor2) if a}
    assert "Pakistan Tehreek-e-Insaf" not in names


def test_the_credit_in_the_dateline_names_no_entity() -> None:
    text = "ISLAMABAD, May 5 (PTI) - Two soldiers were killed in an attack in North Waziristan."
    credit = text.index("PTI")
    spans = [(e.evidence.start, e.evidence.end) for e in _extract(text).mentions.entities]
    assert not any(start <= credit < end for start, end in spans)


@pytest.mark.parametrize(
    "text",
    [
        "LAHORE (APP) - Police arrested 20 PTI workers during a protest in Lahore on Sunday.",
        "ISLAMABAD (PTI) - Police detained leaders of the Pakistan Tehreek-e-Insaf on Sunday"
        " after PTI workers blocked roads in Rawalpindi.",
    ],
)
def test_the_party_is_still_linked_where_the_text_is_about_it(text: str) -> None:
    assert "pti" in _kb_ids(text)


def test_police_of_a_town_with_unsized_namesakes_abroad_link_no_country() -> None:
    # Badrah lies in Iraq and in Mongolia, neither with a known population: no link.
    ids = _kb_ids("Badrah police said two men were arrested on Sunday.")
    assert not any(kb_id and kb_id.endswith(".police") for kb_id in ids)


@pytest.mark.parametrize(
    ("text", "police"),
    [
        ("Charleston police arrested a man on Sunday.", "US.police"),
        ("The Kano Municipal Police arrested a man on Sunday.", "NG.police"),
    ],
)
def test_police_of_a_dominant_place_are_its_countrys(text: str, police: str) -> None:
    assert police in _kb_ids(text)


def test_an_alias_inside_a_hyphened_name_is_no_actor() -> None:
    text = (
        "PORT-AU-PRINCE, Oct 4 (Reuters) - Gang members killed at least 70 people in an"
        " attack on the town of Pont-Sonde in central Haiti, the United Nations said."
    )
    assert "au" not in _kb_ids(text)


@pytest.mark.parametrize(
    ("text", "kb_id"),
    [
        ("AU-led peacekeepers came under fire near Mogadishu on Tuesday.", "au"),
        ("Pro-ISIS channels celebrated the attack on the checkpoint.", "islamic_state"),
        ("Hamas-run media said 12 people were killed in the strike.", "hamas"),
    ],
)
def test_an_alias_hyphened_on_one_side_still_names_its_actor(text: str, kb_id: str) -> None:
    assert kb_id in _kb_ids(text)
