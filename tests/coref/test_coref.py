"""Coreference rules on realistic news sentences, documents built by hand."""

from __future__ import annotations

import spacy

from sitrep.coref import CorefMap, build_coref, resolve_mention
from sitrep.model import Actor, EntityMention, Span, make_article
from sitrep.pipeline.document import Document
from sitrep.pipeline.stages.segment import SegmentStage


class _Res:
    nlp = spacy.blank("en")


def _span(text: str, phrase: str, nth: int = 0) -> Span:
    at = -1
    for _ in range(nth + 1):
        at = text.index(phrase, at + 1)
    return Span.of(text, at, at + len(phrase))


def _doc(
    text: str, people: list[tuple[str, str | None]], actors: list[Actor] | None = None
) -> Document:
    """A segmented document; `people` are (mention, role) PERSON actors in text order."""
    doc = Document(make_article(text, published="2026-01-10"))
    SegmentStage(_Res())(doc)  # type: ignore[arg-type]
    found: list[Actor] = list(actors or [])
    entities: list[EntityMention] = []
    seen: dict[str, int] = {}
    for mention, role in people:
        nth = seen.get(mention, 0)
        seen[mention] = nth + 1
        ev = _span(text, mention, nth)
        entities.append(EntityMention(ev, "PERSON", mention))
        found.append(Actor(mention, ev, role=role))
    doc.entities = tuple(sorted(entities, key=lambda e: e.evidence.start))
    doc.actors = tuple(sorted(found, key=lambda a: a.evidence.start if a.evidence else 0))
    return doc


HEALEY = (
    "Defence Secretary John Healey visited the base on Monday. "
    "Healey said the strikes had been a success. "
    "The defence secretary later told reporters that more jets would deploy. "
    "He added that France had taken part."
)


def test_surname_joins_the_full_name_and_inherits_the_role() -> None:
    doc = _doc(HEALEY, [("John Healey", "Defence Secretary"), ("Healey", None)])
    found = resolve_mention(doc, _span(HEALEY, "Healey", 1))
    assert found is not None and found.name == "John Healey"
    assert found.role == "Defence Secretary"
    assert found.evidence is not None and found.evidence.start == HEALEY.index("Healey said")


def test_role_phrase_resolves_to_the_person_holding_the_role() -> None:
    doc = _doc(HEALEY, [("John Healey", "Defence Secretary"), ("Healey", None)])
    found = resolve_mention(doc, _span(HEALEY, "The defence secretary"))
    assert found is not None and found.name == "John Healey"
    assert found.evidence is not None and found.evidence.text == "The defence secretary"


def test_pronoun_takes_the_latest_person_subject() -> None:
    doc = _doc(HEALEY, [("John Healey", "Defence Secretary"), ("Healey", None)])
    at = HEALEY.index("He added")
    found = resolve_mention(doc, Span.of(HEALEY, at, at + 2))
    assert found is not None and found.name == "John Healey"
    assert found.evidence is not None and found.evidence.text == "He"


def test_pronoun_skips_names_inside_quotes_and_wrong_gender() -> None:
    text = "Mr Trump attacked Ms Clinton at a rally in Ohio. “Barack Obama failed you,” she said."
    doc = _doc(text, [("Trump", "Mr"), ("Clinton", "Ms"), ("Barack Obama", None)])
    coref = build_coref(doc)
    she = _span(text, "she")
    found = coref.resolve(she)
    assert found is not None and found.name == "Clinton"
    assert found.role is None  # an honorific is no role


def test_group_noun_resolves_to_the_last_armed_group() -> None:
    text = (
        "Islamic State fighters attacked a checkpoint near Deir ez-Zor on Sunday. "
        "The group later claimed the attack on its Amaq channel."
    )
    isis = Actor("Islamic State", _span(text, "Islamic State"), "islamic_state", type="rebel_group")
    doc = _doc(text, [], [isis])
    found = resolve_mention(doc, _span(text, "The group"))
    assert found is not None and found.kb_id == "islamic_state"


def test_org_head_resolves_to_the_last_ministry() -> None:
    text = (
        "The Ministry of Defence confirmed that RAF Typhoons struck the site. "
        "US Central Command said it had provided support. "
        "The ministry did not say how many fighters were killed."
    )
    mod = Actor("Ministry of Defence", _span(text, "Ministry of Defence"), "GB.mod", "GB")
    cc = Actor("US Central Command", _span(text, "US Central Command"), "US.centcom", "US")
    doc = _doc(text, [], [mod, cc])
    found = resolve_mention(doc, _span(text, "The ministry"))
    assert found is not None and found.kb_id == "GB.mod"
    at = text.index("it had")
    it = CorefMap(doc).resolve(Span.of(text, at, at + 2))
    assert it is not None and it.kb_id == "US.centcom"


def test_unknown_phrases_resolve_to_nothing() -> None:
    text = "The weather was poor. The convoy moved on. He said nothing."
    doc = _doc(text, [])
    assert resolve_mention(doc, _span(text, "The convoy")) is None
    assert resolve_mention(doc, _span(text, "He")) is None
