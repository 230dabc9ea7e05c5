"""Cues that are no "said": a verb of naming ("called it “a disgrace”"), a written
text that "read" its words, and shouted or chanted words; and a quotation that goes
on in the next paragraph with no cue of its own."""

from __future__ import annotations

from collections.abc import Callable

from sitrep.model import Quote


def _quotes(builder: object) -> list[Quote]:
    doc = builder.run()  # type: ignore[attr-defined]
    return list(doc.quotes)


def _cued(quotes: list[Quote], cue: str) -> list[Quote]:
    return [q for q in quotes if q.cue is not None and q.cue.text == cue]


def test_called_gives_the_object_and_the_name_as_one_claim(
    build: Callable[..., object],
) -> None:
    text = (
        "Few who endorsed the plan sounded convinced: Former Rep. Jane Harman called it "
        "“the least bad option under the circumstances.”"
    )
    b = build(text)
    b.actor("Jane Harman", "Jane Harman")  # type: ignore[attr-defined]
    [quote] = _cued(_quotes(b), "called")
    assert quote.text.startswith("it “the least bad option")
    assert not quote.direct
    assert quote.speaker is not None and quote.speaker.name == "Jane Harman"


def test_what_it_called_starts_the_claim_at_what(build: Callable[..., object]) -> None:
    text = (
        "The Security Council pledged to impose further sanctions as a deterrence to what "
        "it called “a clear threat to international peace and security.”"
    )
    [quote] = _cued(_quotes(build(text)), "called")
    assert quote.text.startswith("what it called “a clear threat")


def test_a_name_given_to_a_group_is_no_quotation(build: Callable[..., object]) -> None:
    text = "A new group called “Moms Demand Action for Gun Sense” held a rally in Denver."
    assert _cued(_quotes(build(text)), "called") == []


def test_called_for_is_no_naming(build: Callable[..., object]) -> None:
    text = "The senator called for “an immediate end to the bombing of civilian areas.”"
    assert _cued(_quotes(build(text)), "called") == []


def test_a_document_that_read_its_words_is_their_cue(build: Callable[..., object]) -> None:
    text = (
        "“If she wants to be the next president, Hillary Clinton should act like one, and "
        "come to Louisiana,” the editorial read."
    )
    [quote] = _quotes(build(text))
    assert quote.direct and quote.cue is not None and quote.cue.text == "read"
    assert quote.text.startswith("If she wants to be the next president")


def test_a_reader_who_read_a_title_quotes_nothing(build: Callable[..., object]) -> None:
    text = "As a teenager I read “War and Peace” twice over one summer."
    assert _cued(_quotes(build(text)), "read") == []


def test_chanting_cues_the_words_chanted(build: Callable[..., object]) -> None:
    text = (
        "Hundreds of pro-Sanders demonstrators marched through the city on Monday, "
        'chanting "Bernie or Jill, No Hill," as delegates arrived.'
    )
    assert len(_cued(_quotes(build(text)), "chanting")) == 1


def test_a_cueless_quote_opening_the_next_paragraph_goes_on(
    build: Callable[..., object],
) -> None:
    text = (
        "“CNN has done an awful job this election,” Barkley said.\n\n"
        "“They have followed ratings and sound bites this entire cycle. They’ve become "
        "like Fox News.”\n\n"
        "Barkley, who said he typically votes Democratic, did not name a candidate."
    )
    direct = [q for q in _quotes(build(text)) if q.direct]
    [quote] = direct
    assert quote.text.startswith("CNN has done an awful job this election")
    assert quote.text.endswith("They’ve become like Fox News.")
    assert quote.cue is not None and quote.cue.text == "said"


def test_a_quote_with_its_own_cue_in_the_next_paragraph_stands_apart(
    build: Callable[..., object],
) -> None:
    text = (
        "“CNN has done an awful job this election,” Barkley said.\n\n"
        "“We have followed the story closely and fairly,” a CNN spokesman said."
    )
    direct = [q for q in _quotes(build(text)) if q.direct]
    assert len(direct) == 2


def test_as_someone_put_it_cues_the_quotation_after_it(build: Callable[..., object]) -> None:
    text = (
        "The curfew was lifted on Monday. As the provincial governor put it: “The "
        "militants are no longer at the gates of the city. They are gone for good.”"
    )
    [quote] = _cued(_quotes(build(text)), "put it")
    assert quote.direct
    assert quote.text.startswith("The militants are no longer")
    assert quote.speaker is not None and quote.speaker.name == "the provincial governor"


def test_as_someone_put_it_cues_the_quotation_before_it(build: Callable[..., object]) -> None:
    text = (
        "“We have buried too many of our neighbours this year,” as the mayor put it on "
        "Wednesday. The village needs “a real plan for the river,” as the mayor put it."
    )
    quotes = _cued(_quotes(build(text)), "put it")
    assert len(quotes) == 2
    assert all(q.speaker is not None and q.speaker.name == "the mayor" for q in quotes)


def test_put_it_on_the_table_is_no_speech() -> None:
    from sitrep.quotes.cues import _cue_length
    from sitrep.quotes.marks import quote_tokens

    text = "The envoy put it on the table"
    tokens = quote_tokens(text, 0, len(text))
    assert _cue_length(tokens, 2) == 0
    framed = "As the envoy put it this way"
    assert _cue_length(quote_tokens(framed, 0, len(framed)), 3) == 2


def test_as_someone_put_it_past_an_appositive(build: Callable[..., object]) -> None:
    text = (
        "Or, as Ousmane Keita, a former defence minister of Mali, put it: “The army "
        "cannot hold the north without the people of the north.”"
    )
    [quote] = _cued(_quotes(build(text)), "put it")
    assert quote.speaker is not None and quote.speaker.name == "Ousmane Keita"
