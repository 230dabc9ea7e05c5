"""Round-3 rules on realistic news sentences: speakers read from the clause subject
(past appositives, adverbs, participles and introductory phrases), pronouns kept as
written, cue-less quotes going on with their paragraph's speaker, and the cue a quote
takes when a cue stands right before it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sitrep.events.speech import is_sentence_end
from sitrep.events.tokens import tokenize
from sitrep.model import Quote


def _quotes(builder: Any) -> list[Quote]:
    return list(builder.run().quotes)


def _speaker(quote: Quote) -> str | None:
    return quote.speaker.name if quote.speaker is not None else None


def test_relative_clause_between_subject_and_cue(build: Callable[..., Any]) -> None:
    text = (
        "Dick Dever, who was listed on the Cruz slate, told POLITICO, "
        "“Of the three, I like John Kasich the best.”"
    )
    b = build(text)
    b.entity("Dick Dever", "PERSON").entity("POLITICO", "ORG").entity("John Kasich", "PERSON")
    [quote] = _quotes(b)
    assert _speaker(quote) == "Dick Dever"


def test_appositive_age_after_the_quote(build: Callable[..., Any]) -> None:
    text = "“I kind of got into a panic,” Ki Hong, 33, said of the discovery."
    [quote] = _quotes(build(text))
    assert _speaker(quote) == "Ki Hong"


def test_adverb_between_pronoun_and_cue(build: Callable[..., Any]) -> None:
    text = (
        "Paul Manafort bragged about the campaign in May.\n\n"
        "“This is not a hard race,” he later said."
    )
    b = build(text)
    b.entity("Paul Manafort", "PERSON")
    [quote] = _quotes(b)
    assert _speaker(quote) == "Paul Manafort"
    assert quote.speaker is not None and quote.speaker.evidence is not None
    assert quote.speaker.evidence.text == "he"


def test_unresolved_pronoun_speaks_as_written(build: Callable[..., Any]) -> None:
    text = (
        "“In line with this commitment, the members of the council will begin to work "
        "immediately on appropriate measures,” they said."
    )
    [quote] = _quotes(build(text))
    assert _speaker(quote) == "they"


def test_participle_cue_gives_the_clause_subject(build: Callable[..., Any]) -> None:
    text = 'He then defended the remark, saying, "I don\'t think this is a ridiculous idea."'
    [quote] = _quotes(build(text))
    assert quote.speaker is not None and quote.speaker.evidence is not None
    assert quote.speaker.evidence.text == "He"


def test_introductory_phrase_before_the_subject(build: Callable[..., Any]) -> None:
    text = (
        "In a statement, Peabody said: “Patriot Coal was highly successful when it became "
        "an independent company,” adding that its market value quadrupled."
    )
    [quote] = [q for q in _quotes(build(text)) if q.direct]
    assert _speaker(quote) == "Peabody"
    assert quote.cue is not None and quote.cue.text == "said"


def test_inverted_cue_opening_the_sentence(build: Callable[..., Any]) -> None:
    text = "Said Ellis: “I don’t get the sense she’s the least bit interested in tax reform.”"
    [quote] = _quotes(build(text))
    assert _speaker(quote) == "Ellis"


def test_according_to_before_the_quote(build: Callable[..., Any]) -> None:
    text = (
        "According to Woodward, “The New York real estate world is more complex than "
        "the CIA,” presumably meaning it is opaque."
    )
    b = build(text)
    b.entity("Woodward", "PERSON")
    [quote] = _quotes(b)
    assert _speaker(quote) == "Woodward"


def test_circumstance_after_the_cue_never_speaks(build: Callable[..., Any]) -> None:
    text = (
        "“The 13th Amendment has a clause that is a criminality clause,” DuVernay "
        "explained in an interview with The Huffington Post."
    )
    b = build(text)
    b.entity("The Huffington Post", "ORG")
    [quote] = _quotes(b)
    assert _speaker(quote) == "DuVernay"


def test_name_right_before_the_cue_beats_an_earlier_mention(build: Callable[..., Any]) -> None:
    text = (
        "Quite suddenly, after Trump and Maples divorced, Crawford said, “Marla called "
        "and said she could not do it.”"
    )
    b = build(text)
    b.entity("Trump", "PERSON").entity("Maples", "PERSON")
    [quote] = _quotes(b)
    assert _speaker(quote) == "Crawford"


def test_cueless_quote_goes_on_with_the_paragraph_speaker(build: Callable[..., Any]) -> None:
    text = (
        '"We\'ve had problems with cyber intrusions from Russia in the past," Obama said '
        "after meeting Vladimir Putin. He didn't suggest retaliation. \"Our goal is not "
        'to duplicate a cycle of escalation in the cyber arena."'
    )
    b = build(text)
    b.entity("Obama", "PERSON").entity("Vladimir Putin", "PERSON")
    [quote] = _quotes(b)  # the quotation resumes past the narrative: one attribution
    assert quote.text.startswith("We've had problems") and quote.text.endswith("arena.")
    assert quote.cue is not None and quote.cue.text == "said"
    assert _speaker(quote) == "Obama"


def test_parenthetical_cue_after_a_closed_quote_is_not_its_cue(
    build: Callable[..., Any],
) -> None:
    text = (
        '"We are a small town," said Dennis Gaskin, a retiree. "Hindus are more '
        'noticeable here. You almost never see a Muslim." Perhaps, he said, this '
        '"small town has gotten too big too fast."'
    )
    b = build(text)
    b.entity("Dennis Gaskin", "PERSON")
    quotes = [q for q in _quotes(b) if q.direct]
    assert quotes[0].text.endswith("You almost never see a Muslim.")


def test_governed_quote_takes_no_cue_after_it(build: Callable[..., Any]) -> None:
    text = (
        "But even as Trump claimed on Tuesday that “General Petraeus got in trouble for "
        "far less,” one of the former prosecutors said the two cases were different."
    )
    b = build(text)
    b.entity("Trump", "PERSON")
    [quote] = [q for q in _quotes(b) if "Petraeus" in q.text]
    assert quote.cue is not None and quote.cue.text == "claimed"
    assert _speaker(quote) == "Trump"


def test_lead_in_before_a_comma_makes_a_mixed_quote(build: Callable[..., Any]) -> None:
    text = (
        "Based on her actions that night, “I don’t see how anyone can trust her as a "
        "commander-in-chief,” Tiegen said."
    )
    [quote] = _quotes(build(text))
    assert not quote.direct
    assert quote.evidence.text.startswith("Based on her actions that night")


def test_quotation_its_clause_goes_on_after_is_partial(build: Callable[..., Any]) -> None:
    text = (
        "Scott Reed, who managed Bob Dole's 1996 campaign, said \"the fear is as high as "
        "it's ever been\" in the establishment."
    )
    [quote] = _quotes(build(text))
    assert not quote.direct
    assert quote.text.endswith("in the establishment")


def test_partial_quote_content_starts_at_that(build: Callable[..., Any]) -> None:
    text = (
        "The commission says on its website that “there were issues regarding Donald "
        "Trump’s audio that affected the sound level in the debate hall.”"
    )
    [quote] = _quotes(build(text))
    assert quote.text.startswith("that “there were issues")


def test_full_stop_before_a_comma_or_bracket_ends_no_sentence() -> None:
    text = "Trump warned in Everett, Wash., recently. Sen. Claire McCaskill (D-Mo.) said."
    toks = tokenize(text, 0, len(text))
    ends = [t for k, t in enumerate(toks) if is_sentence_end(toks, k)]
    assert [t.text for t in ends] == [".", "."]
    assert ends[0].end == text.index(" Sen.")


def test_bare_reported_clause_after_said(build: Callable[..., Any]) -> None:
    text = "Sanders said he would stay in the race until the convention in July."
    b = build(text)
    b.entity("Sanders", "PERSON")
    [quote] = _quotes(b)
    assert not quote.direct
    assert quote.text == "he would stay in the race until the convention in July"
    assert _speaker(quote) == "Sanders"


def test_addressee_after_told_opens_no_reported_clause(build: Callable[..., Any]) -> None:
    text = "Trump told the crowd in Michigan to vote early."
    assert _quotes(build(text)) == []


def test_cue_inside_a_scare_quote_is_no_report(build: Callable[..., Any]) -> None:
    text = "Democrats are to blame for focusing on “he said this, he tweeted that.”"
    assert [q for q in _quotes(build(text)) if not q.direct] == []


def test_according_to_gives_the_clause_after_its_comma(build: Callable[..., Any]) -> None:
    text = "According to the Health Ministry, at least 40 people died in the strike."
    b = build(text)
    b.entity("Health Ministry", "ORG")
    [quote] = _quotes(b)
    assert not quote.direct
    assert quote.text == "at least 40 people died in the strike"
    assert _speaker(quote) == "Health Ministry"


def test_according_to_after_the_clause_gives_the_clause_before(
    build: Callable[..., Any],
) -> None:
    text = "At least 40 people died in the strike, according to the Health Ministry."
    b = build(text)
    b.entity("Health Ministry", "ORG")
    [quote] = _quotes(b)
    assert quote.text == "At least 40 people died in the strike"
    assert _speaker(quote) == "Health Ministry"


def test_title_between_parts_does_not_part_them(build: Callable[..., Any]) -> None:
    text = (
        "“I was sitting in a house in Florida, with a bad earpiece,” Trump told NBC’s "
        "“Today” on Monday. “I could hardly hear what he’s saying.”"
    )
    b = build(text)
    b.entity("Trump", "PERSON")
    [quote] = _quotes(b)
    assert quote.text.startswith("I was sitting") and quote.text.endswith("he’s saying.")


def test_second_cue_in_an_ended_cue_sentence_does_not_part_them(
    build: Callable[..., Any],
) -> None:
    text = (
        "“The committee understands that a lawsuit has been filed,” spokesman Jamal Ware "
        "said in a statement, according to The Blaze. “We disagree strongly with those "
        "claims.”"
    )
    [quote] = [q for q in _quotes(build(text)) if q.direct]
    assert quote.text.endswith("We disagree strongly with those claims.")


def test_according_to_an_unnamed_source_keeps_the_phrase(build: Callable[..., Any]) -> None:
    text = "At least 27 people were killed in the fighting, according to a local committee."
    [quote] = _quotes(build(text))
    assert _speaker(quote) == "a local committee"


def test_group_named_after_its_sponsor_speaks(build: Callable[..., Any]) -> None:
    text = (
        "The al-Qaeda affiliated group JNIM claimed responsibility for the attack, "
        "saying its fighters had inflicted heavy losses on the junta's forces."
    )
    b = build(text)
    b.entity("al-Qaeda", "ORG").entity("JNIM", "ORG")
    [quote] = _quotes(b)
    assert _speaker(quote) == "JNIM"


def test_sponsor_alone_still_speaks(build: Callable[..., Any]) -> None:
    text = "Al-Qaeda said in a statement that its fighters had inflicted heavy losses."
    b = build(text)
    b.entity("Al-Qaeda", "ORG")
    [quote] = _quotes(b)
    assert _speaker(quote) == "Al-Qaeda"
