"""The MUC-4 adapter: a state's force held to have harmed civilians is a PerpOrg when
the text writes the force as a body ("the army"), even where no recogniser labelled the
words a group, and a PerpInd when it writes the force's people ("Honduran troops",
"policemen"), a nationality before them being no name (rule 2 of `sitrep.evaluate.muc4`)."""

from __future__ import annotations

from sitrep.evaluate.gtt_metric import Template, normalise
from sitrep.evaluate.muc4 import templates_of
from sitrep.ingest.truecase import truecase
from sitrep.model import make_article
from sitrep.pipeline import process_article


def _templates(text: str) -> list[Template]:
    return templates_of(process_article(make_article(text)))


def _fillers(templates: list[Template], role: str) -> set[str]:
    return {
        normalise(mention)
        for template in templates
        for entity in template.roles[role]
        for mention in entity
    }


def test_the_army_accused_of_a_bombing_is_the_perpetrating_organisation() -> None:
    text = (
        "opposition leaders said a bomb attack against the offices of the teachers union "
        "killed four people at noon today. the leaders are accusing the army and the "
        '"hardline" sectors of the government of carrying out the bomb attack against the '
        "union offices."
    )
    templates = _templates(truecase(text))
    assert "army" in _fillers(templates, "PerpOrg")
    assert "army" not in _fillers(templates, "PerpInd")


def test_troops_named_with_their_nationality_are_the_individual_perpetrators() -> None:
    templates = _templates(
        "Honduran troops burned three houses and killed two peasants in the border village "
        "of Las Vueltas on Sunday, residents said."
    )
    assert "honduran troops" in _fillers(templates, "PerpInd")
    assert "honduran troops" not in _fillers(templates, "PerpOrg")


def test_policemen_who_shot_marchers_are_the_individual_perpetrators() -> None:
    templates = _templates("Policemen shot dead two students during a march in Lima on Friday.")
    assert "policemen" in _fillers(templates, "PerpInd")
    assert "policemen" not in _fillers(templates, "PerpOrg")
