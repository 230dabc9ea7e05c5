"""Mixed quotes (a quotation inside a reported clause is part of the report) and the
rarer speech cues ("opined", "assured")."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sitrep.model import Quote


def _quotes(builder: Any) -> list[Quote]:
    return list(builder.run().quotes)


def _speaker(quote: Quote) -> str | None:
    return quote.speaker.name if quote.speaker is not None else None


def test_quotation_after_that_is_part_of_the_report(build: Callable[..., Any]) -> None:
    text = "He says that “as a nation, we have to do better on gun safety.”"
    [quote] = _quotes(build(text))
    assert not quote.direct
    assert quote.text.startswith("that “as a nation")
    assert quote.cue is not None and quote.cue.text == "says"


def test_quotation_deep_in_a_that_clause_gives_way_to_the_report(
    build: Callable[..., Any],
) -> None:
    text = (
        "Bolton said that whatever choice voters are going to make, “they should not "
        "make it on the basis that Hillary will be better for national security.”"
    )
    b = build(text)
    b.entity("Bolton", "PERSON").entity("Hillary", "PERSON")
    [quote] = _quotes(b)
    assert not quote.direct
    assert quote.text.startswith("that whatever choice voters")
    assert quote.text.endswith("national security.”")
    assert _speaker(quote) == "Bolton"


def test_fragment_inside_a_paraphrase_is_one_indirect_quote(
    build: Callable[..., Any],
) -> None:
    text = (
        "The defence minister said the offensive was “a complete disaster for our "
        "forces” and would be halted within days."
    )
    [quote] = _quotes(build(text))
    assert not quote.direct
    assert quote.text.startswith("the offensive was “a complete disaster")
    assert quote.text.endswith("halted within days")


def test_quotation_after_a_colon_stays_direct(build: Callable[..., Any]) -> None:
    text = (
        "The governor said the curfew would stay in place: “We will not lift it until "
        "the militias have left the city.”"
    )
    quotes = _quotes(build(text))
    direct = [q for q in quotes if q.direct]
    assert [q.text for q in direct] == [
        "We will not lift it until the militias have left the city."
    ]


def test_full_sentence_quotation_stays_direct(build: Callable[..., Any]) -> None:
    text = "“We will never forget, and never relent,” the defence secretary said."
    [quote] = _quotes(build(text))
    assert quote.direct
    assert quote.text == "We will never forget, and never relent"


def test_rare_cue_verb_opined(build: Callable[..., Any]) -> None:
    text = "“The ceasefire will not hold past the weekend,” the former envoy opined."
    [quote] = _quotes(build(text))
    assert quote.direct
    assert quote.cue is not None and quote.cue.text == "opined"


def test_rare_cue_verb_assured_before_the_quote(build: Callable[..., Any]) -> None:
    text = "The commander assured residents: “No one will be left behind in the evacuation.”"
    [quote] = _quotes(build(text))
    assert quote.direct
    assert quote.cue is not None and quote.cue.text == "assured"


def test_parenthetical_cue_splitting_a_mixed_quote(build: Callable[..., Any]) -> None:
    text = "The reality is, the spokesman added, “there are no safe corridors left in the city.”"
    [quote] = _quotes(build(text))
    assert not quote.direct
    assert quote.cue is not None and quote.cue.text == "added"
    assert quote.text.startswith("The reality is")
    assert quote.text.endswith("left in the city.”")
    assert "the spokesman added" not in quote.text


def test_capitalised_quotation_after_said_comma_stays_direct(
    build: Callable[..., Any],
) -> None:
    text = (
        "Maria Lopez, who runs the aid convoy for the Red Cross, said, “We have not been "
        "able to reach the northern villages for a week.”"
    )
    b = build(text)
    b.entity("Maria Lopez", "PERSON").entity("Red Cross", "ORG")
    [quote] = _quotes(b)
    assert quote.direct
    assert quote.text.startswith("We have not been able")
    assert _speaker(quote) == "Maria Lopez"


def test_a_month_is_no_verb_of_a_reported_clause(build: Callable[..., Any]) -> None:
    text = "The general bragged about the offensive in May."
    assert _quotes(build(text)) == []


def test_addressee_after_told_ends_the_cue_clause(build: Callable[..., Any]) -> None:
    text = "“We will hold this town whatever it costs!” the commander told the cheering crowd."
    [quote] = _quotes(build(text))
    assert quote.direct
    assert quote.cue is not None and quote.cue.text == "told"
    assert _speaker(quote) == "the commander"


def test_no_break_space_after_said_comma_keeps_the_quotation_direct(
    build: Callable[..., Any],
) -> None:
    """Web copy often puts a no-break space between "said," and the opening mark; the
    capitalised quotation still opens a sentence of its own."""
    text = (
        "Asked by reporters to respond to the strike, Maria Lopez said,\xa0“What does it "
        "say about a government that bombs a hospital?”"
    )
    b = build(text)
    b.entity("Maria Lopez", "PERSON")
    [quote] = _quotes(b)
    assert quote.direct
    assert quote.text.startswith("What does it say")
    assert _speaker(quote) == "Maria Lopez"


def test_no_break_space_before_a_lower_case_quotation_leaves_it_in_the_report(
    build: Callable[..., Any],
) -> None:
    text = (
        "Asked by reporters about the strike, Maria Lopez said,\xa0“there was no warning "
        "at all before the shelling began.”"
    )
    b = build(text)
    b.entity("Maria Lopez", "PERSON")
    [quote] = _quotes(b)
    assert not quote.direct


def test_a_free_quotation_after_a_report_goes_on_with_it(build: Callable[..., Any]) -> None:
    text = (
        "Greene added that the central bank wants to get out of the way before the "
        "election. “They don’t like to talk about it, but I think they will be moving "
        "for political reasons.”\n"
    )
    b = build(text)
    b.actor("Greene", "Greene")
    [quote] = _quotes(b)
    assert not quote.direct
    assert quote.text.startswith("that the central bank wants")
    assert quote.text.endswith("moving for political reasons.")
    assert _speaker(quote) == "Greene"


def test_a_quotation_after_another_paragraph_stays_apart(build: Callable[..., Any]) -> None:
    text = (
        "Greene added that the central bank wants to get out of the way before the "
        "election.\n\n“They don’t like to talk about it, but I think they will be moving "
        "for political reasons.”\n"
    )
    b = build(text)
    b.actor("Greene", "Greene")
    assert len(_quotes(b)) == 2


def test_quotation_the_sentence_goes_on_after_is_part_of_the_report(
    build: Callable[..., Any],
) -> None:
    text = (
        "Asked whether the leaks had hampered the inquiry, the mayor said, “I have not "
        "heard that particular concern” from city police officials."
    )
    [quote] = [q for q in _quotes(build(text)) if q.cue is not None and q.cue.text == "said"]
    assert not quote.direct
    assert quote.text.endswith("from city police officials")


def test_quotation_closed_by_its_own_stop_stays_direct(build: Callable[..., Any]) -> None:
    text = (
        "Asked whether the leaks had hampered the inquiry, the mayor said, “I have not "
        "heard that particular concern.” Police officials declined to comment."
    )
    quotes = [q for q in _quotes(build(text)) if q.direct]
    assert [q.text for q in quotes] == ["I have not heard that particular concern."]


def test_cue_after_an_introductory_phrase_opens_a_new_sentence(
    build: Callable[..., Any],
) -> None:
    text = (
        "Sanders told reporters in 2001 that he had “very serious concerns about the "
        "growing power of the biotechnology industry.” In a later vote, he warned of the "
        "dangers of cloning."
    )
    [quote] = [q for q in _quotes(build(text)) if "biotechnology" in q.text]
    assert quote.cue is not None and quote.cue.text == "told"
    assert quote.text.startswith("that he had")
