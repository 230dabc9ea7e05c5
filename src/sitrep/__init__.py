"""sitrep: conflict news in, source-linked event data out."""

from sitrep.model import Article, Event, Extraction, Quote, Span, make_article
from sitrep.pipeline import process_article
from sitrep.settings import Settings

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
