"""The entities stage with the statistical model: knowledge wins, the model fills gaps."""

from __future__ import annotations

from collections.abc import Callable

from sitrep.model import make_article
from sitrep.pipeline.document import Document
from sitrep.pipeline.resources import Resources
from sitrep.pipeline.stages.entities import EntitiesStage
from sitrep.pipeline.stages.segment import SegmentStage

Run = Callable[[str], Document]


def _entities(resources: Resources, text: str, *, with_model: bool) -> list[tuple[str, str]]:
    doc = Document(make_article(text))
    SegmentStage(resources)(doc)
    stage = EntitiesStage(resources) if with_model else EntitiesStage(resources, model=None)
    stage(doc)
    return [(e.label, e.evidence.text) for e in doc.entities]


def test_model_adds_names_the_knowledge_base_does_not_know(resources: Resources) -> None:
    text = (
        "Coalition forces conducted strikes near Mosul on Tuesday, the spokesman "
        "Colonel John Dorrian said, while residents fled toward Tal Afar."
    )
    rules = _entities(resources, text, with_model=False)
    combined = _entities(resources, text, with_model=True)
    assert set(rules) <= set(combined)  # the model only adds here
    assert len(combined) > len(rules)
    assert ("PERSON", "John Dorrian") in combined


def test_knowledge_base_wins_where_both_match(run: Run) -> None:
    doc = run("Islamic State fighters attacked Syrian Democratic Forces positions in Raqqa.")
    by_text = {e.evidence.text: e for e in doc.entities}
    assert by_text["Syrian Democratic Forces"].kb_id == "sdf"
    assert by_text["Syrian Democratic Forces"].label == "ARMED_GROUP"
    assert any(e.kb_id == "islamic_state" for e in doc.entities)


def test_titles_stay_out_of_person_spans_and_pronouns_are_never_entities(run: Run) -> None:
    doc = run("We condemn the attack, Foreign Secretary Boris Johnson said. He called it cowardly.")
    texts = [e.evidence.text for e in doc.entities]
    assert "Boris Johnson" in texts
    assert not [t for t in texts if "Secretary" in t]
    assert not [t for t in texts if t.lower() in {"we", "he", "it"}]


def test_model_spans_drop_leading_determiners(run: Run) -> None:
    doc = run("Officials from the Kurdistan Regional Government met the Asad regime's envoys.")
    assert all(not e.evidence.text.lower().startswith("the ") for e in doc.entities)


def test_empty_text_gives_no_entities(run: Run) -> None:
    assert run("").entities == ()
