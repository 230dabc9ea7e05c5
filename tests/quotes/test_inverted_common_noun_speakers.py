"""A quotation that ends its own sentence ("…?”") takes a cue right after it whose
speaker is an inverted noun phrase opened by a determiner ("asked the boy", "said one
voter"), also when a relative clause about the speaker follows; a cue with its
subject before it, or one followed by reported content, cues nothing back."""

from __future__ import annotations

from quotes_helpers import quotes_of

from sitrep.model import Quote


def _quotes(text: str) -> list[Quote]:
    return quotes_of(text, "2024-02-12")


def test_an_inverted_common_noun_speaker_with_a_relative_clause() -> None:
    quotes = _quotes(
        "The crowd cheered as the candidate spoke.\n\n"
        "“How tall will the wall be?” asked the boy, who was wearing a red cap, as "
        "the audience laughed.\n"
    )
    [quote] = [q for q in quotes if q.direct]
    assert quote.text == "How tall will the wall be?"
    assert quote.cue is not None and quote.cue.text == "asked"
    assert quote.speaker is not None and quote.speaker.name.endswith("boy")


def test_an_inverted_speaker_ending_the_sentence() -> None:
    quotes = _quotes(
        "Turnout was low in the northern districts.\n\n"
        "“Nobody here trusts the count.” said one voter.\n"
    )
    [quote] = [q for q in quotes if q.direct]
    assert quote.cue is not None and quote.cue.text == "said"


def test_a_cue_followed_by_reported_content_does_not_cue_the_quote_before() -> None:
    quotes = _quotes(
        "The talks ended late on Sunday.\n\n"
        "“We lost the vote.” Officials said the army would leave the town by Friday.\n"
    )
    [quote] = [q for q in quotes if q.direct]
    assert quote.cue is None
