"""Round-3 attribution rules on realistic news sentences: a cue that introduces the next
quotation, phrasal cues, object pronouns after a cue, name labels and newsletter
sources, and the package split of the rules."""

from __future__ import annotations

from collections.abc import Callable

from sitrep.events.speech import is_cue
from sitrep.events.tokens import tokenize
from sitrep.model import Quote


def _quotes(builder: object) -> list[Quote]:
    doc = builder.run()  # type: ignore[attr-defined]
    return [q for q in doc.quotes if q.direct]


def test_cue_introducing_the_next_quote_is_not_the_first_ones(
    build: Callable[..., object],
) -> None:
    text = (
        "Brafman said, “The zeal with which this case was brought is uncharacteristic.” "
        "He added, “In this case things happened that are not ordinary.”"
    )
    b = build(text)
    b.actor("Brafman", "Benjamin Brafman")  # type: ignore[attr-defined]
    first, second = _quotes(b)
    assert first.cue is not None and first.cue.text == "said"
    assert first.speaker is not None and first.speaker.name == "Benjamin Brafman"
    assert second.cue is not None and second.cue.text == "added"
    assert second.text == "In this case things happened that are not ordinary."


def test_phrasal_cue_after_the_quote(build: Callable[..., object]) -> None:
    text = (
        "“Voters consistently reject establishment Republicans in general elections,” "
        "Viguerie points out."
    )
    b = build(text)
    b.actor("Viguerie", "Richard Viguerie")  # type: ignore[attr-defined]
    [quote] = _quotes(b)
    assert quote.cue is not None and quote.cue.text == "points out"
    assert quote.speaker is not None and quote.speaker.name == "Richard Viguerie"


def test_phrasal_cue_after_a_determiner_is_a_noun() -> None:
    text = "The points out of reach were many."
    assert is_cue(tokenize(text, 0, len(text)), 1) == 0
    spoken = "Bozell points out the record."
    assert is_cue(tokenize(spoken, 0, len(spoken)), 1) == 2


def test_cue_with_an_object_pronoun_closes_its_clause(build: Callable[..., object]) -> None:
    text = (
        "The candidate lost patience with the hecklers. “Just one minute, come on, one "
        "second, alright?” he urged them, as he explained how tough it is to run."
    )
    b = build(text)
    b.actor("The candidate", "Donald Trump")  # type: ignore[attr-defined]
    [quote] = _quotes(b)
    assert quote.cue is not None and quote.cue.text == "urged"


def test_name_label_after_a_dash_speaks(build: Callable[..., object]) -> None:
    text = (
        "Pollsters agree - Carl Bialik: “One of the biggest lessons was a simple one: "
        "keep on contacting voters as late as possible.”"
    )
    b = build(text)
    [quote] = _quotes(b)
    assert quote.speaker is not None and quote.speaker.name == "Carl Bialik"
    assert quote.cue is not None and quote.cue.text == ":"


def test_headline_quote_with_bracketed_source(build: Callable[..., object]) -> None:
    text = (
        "UN: PEACEKEEPERS ACCUSED OF ABUSE “The United Nations has been grappling with "
        "so many abuse allegations involving its peacekeepers.” [HuffPost.]"
    )
    b = build(text)
    [quote] = _quotes(b)
    assert quote.speaker is not None and quote.speaker.name == "HuffPost"
    assert quote.text.startswith("The United Nations has been grappling")


def test_acronym_before_a_quote_is_no_headline(build: Callable[..., object]) -> None:
    text = "The group said the NRA “strongly opposes the new rules on sales.”"
    b = build(text)
    assert all("strongly opposes" not in q.text for q in _quotes(b))
