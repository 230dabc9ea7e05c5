"""sitrep: conflict news in, source-linked event data out.

    >>> from sitrep import make_article, process_article
    >>> extraction = process_article(make_article(text, published="2026-01-10"))

`process_article` is imported on first use, so that `import sitrep` stays light.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sitrep.model import Article, Event, Extraction, Quote, Span, make_article
from sitrep.settings import Settings

if TYPE_CHECKING:
    from sitrep.pipeline import process_article

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Event",
    "Extraction",
    "Quote",
    "Settings",
    "Span",
    "__version__",
    "make_article",
    "process_article",
]


def __getattr__(name: str) -> Any:
    if name == "process_article":
        from sitrep.pipeline import process_article

        return process_article
    raise AttributeError(f"module 'sitrep' has no attribute {name!r}")
