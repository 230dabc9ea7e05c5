"""Quote speakers resolved through coreference, and quotes in several parts."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sitrep.model import Quote


def _quotes(builder: Any) -> list[Quote]:
    return list(builder.run().quotes)


def test_pronoun_speaker_cites_the_pronoun_and_names_the_person(
    build: Callable[..., Any],
) -> None:
    text = (
        "Defence Secretary John Healey visited RAF Akrotiri on Monday.\n"
        "“Our crews performed superbly,” he said."
    )
    b = build(text)
    b.entity("John Healey", "PERSON")
    b.actor("John Healey", "John Healey", role="Defence Secretary", country="GB")
    [quote] = _quotes(b)
    assert quote.speaker is not None and quote.speaker.name == "John Healey"
    assert quote.speaker.role == "Defence Secretary" and quote.speaker.country == "GB"
    assert quote.speaker.evidence is not None and quote.speaker.evidence.text == "he"


def test_role_phrase_speaker(build: Callable[..., Any]) -> None:
    text = (
        "Defence Secretary John Healey visited RAF Akrotiri on Monday.\n"
        "“This action shows our resolve,” the defence secretary said."
    )
    b = build(text)
    b.entity("John Healey", "PERSON")
    b.actor("John Healey", "John Healey", role="Defence Secretary")
    [quote] = _quotes(b)
    assert quote.speaker is not None and quote.speaker.name == "John Healey"
    assert quote.speaker.evidence is not None
    assert quote.speaker.evidence.text == "the defence secretary"


def test_surname_speaker_gets_the_full_name(build: Callable[..., Any]) -> None:
    text = (
        "US Defence Secretary Pete Hegseth spoke at the Pentagon on Friday.\n"
        "“We will never forget,” Hegseth said."
    )
    b = build(text)
    b.entity("Pete Hegseth", "PERSON")
    b.actor("Pete Hegseth", "Pete Hegseth", role="US Defence Secretary", country="US")
    [quote] = _quotes(b)
    assert quote.speaker is not None and quote.speaker.name == "Pete Hegseth"
    assert quote.speaker.role == "US Defence Secretary"


def test_quote_resumed_after_the_cue_sentence_is_one_quote(build: Callable[..., Any]) -> None:
    text = (
        "“The militants fled towards the river,” Colonel Ahmed Saleh said. "
        "“We are still searching the villages.”"
    )
    b = build(text)
    b.actor("Ahmed Saleh", "Ahmed Saleh", role="Colonel")
    [quote] = _quotes(b)
    assert quote.text.startswith("The militants fled") and quote.text.endswith("villages.")
    assert quote.speaker is not None and quote.speaker.name == "Ahmed Saleh"


def test_quote_paragraph_goes_on_with_the_previous_speaker(build: Callable[..., Any]) -> None:
    text = (
        "“The shelling did not stop all night,” said Oksana Melnyk, a nurse in Kharkiv.\n"
        "The hospital lost power twice.\n"
        "“We moved the children to the basement and kept working by torchlight.”"
    )
    b = build(text)
    b.actor("Oksana Melnyk", "Oksana Melnyk")
    quotes = _quotes(b)
    assert len(quotes) == 2
    assert quotes[1].speaker is None  # a sentence of narration stands between them
    # a cue clause that goes on with a report of its own keeps the next paragraph's
    # quotation apart, and that quotation goes on with the speaker
    text2 = text.replace(
        "a nurse in Kharkiv.\nThe hospital lost power twice.\n",
        "who added that the staff stayed.\n",
    )
    b2 = build(text2)
    b2.actor("Oksana Melnyk", "Oksana Melnyk")
    later = _quotes(b2)[-1]
    assert later.text.startswith("We moved the children")
    assert later.speaker is not None and later.speaker.name == "Oksana Melnyk"
    assert later.cue is None
    # with nothing between them, the quotation goes on across the paragraph break
    text3 = text.replace("The hospital lost power twice.\n", "")
    b3 = build(text3)
    b3.actor("Oksana Melnyk", "Oksana Melnyk")
    [joined] = [q for q in _quotes(b3) if q.direct]
    assert joined.text.endswith("kept working by torchlight.")
    assert joined.speaker is not None and joined.speaker.name == "Oksana Melnyk"


def test_participle_cue_takes_the_clause_subject(build: Callable[..., Any]) -> None:
    text = (
        "Zelensky thanked the allies after the attack, telling reporters: "
        "“We need more air defence systems now.”"
    )
    b = build(text)
    b.actor("Zelensky", "Volodymyr Zelensky", role="President")
    [quote] = _quotes(b)
    assert quote.speaker is not None and quote.speaker.name == "Volodymyr Zelensky"
    assert quote.cue is not None and quote.cue.text == "telling"
