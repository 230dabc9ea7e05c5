"""MUC-4 adapter: the named subject of a passive harm is a victim also past two
appositions (an age and a role), as wire copy writes them; an ordinal ("a 5th infantry
brigade unit") names nobody."""

from __future__ import annotations

from muc4_helpers import fillers

from sitrep.evaluate.gtt_metric import Template
from sitrep.evaluate.muc4 import templates_of
from sitrep.model import make_article
from sitrep.pipeline import process_article


def _templates(text: str) -> list[Template]:
    return templates_of(process_article(make_article(text)))


def test_a_victim_past_an_age_and_a_role_is_named() -> None:
    text = (
        "Meanwhile, Amalio Escobar Monzon, 21, a member of the civil self-defense "
        "patrols, was shot to death in San Pablo, San Marcos department, by unidentified "
        "men."
    )
    assert "amalio escobar monzon" in fillers(_templates(text), "Victim")


def test_a_speaker_past_an_apposition_is_no_victim() -> None:
    text = (
        "Colonel Carlos Ortiz, the army spokesman, said a farmer was killed by "
        "guerrillas near San Pablo on Monday."
    )
    assert "carlos ortiz" not in fillers(_templates(text), "Victim")


def test_an_ordinal_after_an_attack_is_no_victim() -> None:
    text = (
        "The report states that at 0330 on 25 March, an FMLN unit launched a 5-minute "
        "attack against a 5th infantry brigade unit located at Las Delicias hacienda."
    )
    assert "5th" not in fillers(_templates(text), "Victim")
