"""The knowledge and tokenizer the stages share, loaded once per process."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sitrep.settings import Settings

if TYPE_CHECKING:
    from spacy.language import Language

    from sitrep.kb.actors import ActorKB
    from sitrep.kb.gazetteer import Gazetteer
    from sitrep.kb.weapons import WeaponKB


@dataclass(frozen=True)
class Resources:
    #: a blank English spaCy pipeline with the project's tokenizer rules
    #: (`sitrep.pipeline.tokenizer`): tokenizer only (stages add no components to it).
    nlp: Language
    actors: ActorKB
    weapons: WeaponKB
    gazetteer: Gazetteer


def load_resources(settings: Settings | None = None) -> Resources:
    """The resources for these settings; loaded once and shared afterwards."""
    settings = settings or Settings()
    return _load(settings.extra_kb)


@functools.lru_cache(maxsize=4)
def _load(extra_kb: tuple[object, ...]) -> Resources:
    from pathlib import Path

    from sitrep.kb.actors import ActorKB
    from sitrep.kb.gazetteer import Gazetteer
    from sitrep.kb.weapons import WeaponKB
    from sitrep.pipeline.tokenizer import english

    extra = tuple(Path(str(p)) for p in extra_kb)
    return Resources(
        nlp=english(),
        actors=ActorKB.load(extra),
        weapons=WeaponKB.load(extra),
        gazetteer=Gazetteer.load(),
    )
