"""The MUC-4 adapter: a state's force held to have harmed civilians is a PerpOrg when
the text writes the force as a body ("the army"), even where no recogniser labelled the
words a group, and a PerpInd when it writes the force's people ("Honduran troops",
"policemen"), a nationality before them being no name (rule 2 of `sitrep.evaluate.muc4`)."""

from __future__ import annotations

from muc4_helpers import fillers

from sitrep.evaluate.gtt_metric import Template
from sitrep.evaluate.muc4 import templates_of
from sitrep.ingest.truecase import truecase
from sitrep.model import make_article
from sitrep.pipeline import process_article


def _templates(text: str) -> list[Template]:
    return templates_of(process_article(make_article(text)))


def test_the_army_accused_of_a_bombing_is_the_perpetrating_organisation() -> None:
    text = (
        "opposition leaders said a bomb attack against the offices of the teachers union "
        "killed four people at noon today. the leaders are accusing the army and the "
        '"hardline" sectors of the government of carrying out the bomb attack against the '
        "union offices."
    )
    templates = _templates(truecase(text))
    assert "army" in fillers(templates, "PerpOrg")
    assert "army" not in fillers(templates, "PerpInd")


def test_troops_named_with_their_nationality_are_the_individual_perpetrators() -> None:
    templates = _templates(
        "Honduran troops burned three houses and killed two peasants in the border village "
        "of Las Vueltas on Sunday, residents said."
    )
    assert "honduran troops" in fillers(templates, "PerpInd")
    assert "honduran troops" not in fillers(templates, "PerpOrg")


def test_policemen_who_shot_marchers_are_the_individual_perpetrators() -> None:
    templates = _templates("Policemen shot dead two students during a march in Lima on Friday.")
    assert "policemen" in fillers(templates, "PerpInd")
    assert "policemen" not in fillers(templates, "PerpOrg")
