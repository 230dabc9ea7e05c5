"""The MUC-4 adapter's filler rules that do not need the pipeline."""

from __future__ import annotations

from sitrep.evaluate.muc4 import (
    _collective,
    _nationality,
    _with_modifiers,
    _written_as_name,
    templates_of,
)
from sitrep.ingest.truecase import truecase
from sitrep.model import Span, make_article
from sitrep.pipeline import process_article


def test_a_name_needs_a_capital_beyond_the_sentence_opening() -> None:
    assert _written_as_name("the FMLN", opens_sentence=False)
    assert _written_as_name("Farabundo Marti rebels", opens_sentence=True)
    assert not _written_as_name("Terrorists", opens_sentence=True)
    assert not _written_as_name("urban guerrillas", opens_sentence=False)


def test_a_singular_collective_head_names_an_organisation() -> None:
    assert _collective("the army")
    assert _collective("the salvadoran armed forces")
    assert not _collective("five soldiers")
    assert not _collective("urban guerrillas")


def test_a_nationality_or_country_word_fills_no_role() -> None:
    assert _nationality("Chilean")
    assert _nationality("U.S.")
    assert not _nationality("Chilean Government")
    assert not _nationality("FMLN")


def test_templates_take_passive_agents_victims_and_devices() -> None:
    text = truecase(
        "six priests were murdered by uniformed men in san salvador on monday. "
        "guerrillas dynamited a power pylon in usulutan with a homemade bomb."
    )
    templates = {
        t.incident_type: t.roles for t in templates_of(process_article(make_article(text)))
    }
    assert templates["attack"]["PerpInd"] == [["uniformed men"]]
    assert templates["attack"]["Victim"] == [["priests"]]
    assert templates["bombing"]["PerpInd"] == [["Guerrillas"]]
    assert ["bomb"] in templates["bombing"]["Weapon"]


def test_fighting_between_armed_sides_is_no_terrorist_incident() -> None:
    text = truecase("heavy fighting raged between the army and the rebels in chalatenango.")
    assert templates_of(process_article(make_article(text))) == []


def test_an_unnamed_side_keeps_its_adjectives() -> None:
    text = "Yesterday urban guerrillas attacked the bank."
    sentence = Span.of(text, 0, len(text))
    assert _with_modifiers(Span.of(text, 16, 26), sentence) == "urban guerrillas"
    assert _with_modifiers(Span.of(text, 40, 44), sentence) == "bank"
