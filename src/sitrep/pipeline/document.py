"""The working state of one article as it passes through the stages.

Each stage reads the layers it `requires` and sets the layers it `assigns`; the
pipeline checks, when it is built, that every required layer is assigned earlier.
Layers hold frozen model values; only the Document itself is mutable.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sitrep.model import (
    Actor,
    Article,
    EntityMention,
    Event,
    PlaceMention,
    Quantity,
    Quote,
    Span,
    TimexMention,
    Weapon,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass
class Document:
    article: Article
    #: the date relative expressions are resolved against (ISO), usually `published`.
    anchor_date: str | None = None
    #: segment: the spaCy Doc (tokens with sentence starts) and the sentence spans.
    tokens: Doc | None = None
    sentences: tuple[Span, ...] = ()
    #: timex: temporal expressions with values and intervals.
    timex: tuple[TimexMention, ...] = ()
    #: quantities: numbers with qualifiers, bounds and what they count.
    quantities: tuple[Quantity, ...] = ()
    #: entities: named and designated things (labels in model.ENTITY_LABELS).
    entities: tuple[EntityMention, ...] = ()
    #: places: toponyms resolved to the gazetteer.
    places: tuple[PlaceMention, ...] = ()
    #: actors: actor and person mentions linked to the knowledge base (evidence = mention).
    actors: tuple[Actor, ...] = ()
    #: actors: weapons and platforms with categories and operators.
    weapons: tuple[Weapon, ...] = ()
    #: quotes: direct and indirect quotations with speakers.
    quotes: tuple[Quote, ...] = ()
    #: events: typed, dated, placed events with roles and numbers.
    events: tuple[Event, ...] = ()
    #: stage name -> version, filled in by the pipeline as stages run.
    stage_versions: dict[str, str] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.article.text

    def span(self, start: int, end: int) -> Span:
        """The evidence span `text[start:end]`."""
        return Span.of(self.article.text, start, end)

    def sentence_of(self, span: Span) -> Span | None:
        """The sentence that contains the start of `span`, if segmented."""
        for sentence in self.sentences:
            if sentence.start <= span.start < sentence.end:
                return sentence
        return None


#: the layers a stage may require or assign.
LAYERS: frozenset[str] = frozenset(
    f.name for f in dataclasses.fields(Document) if f.name not in {"stage_versions"}
)
