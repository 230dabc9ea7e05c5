"""Direct quotations the cue rules used to miss, and reports whose bounds cut a
quotation: "“…,” according to CNN", a short quotation that is a full sentence after its
cue clause, a particle closing the cue clause, contractions between a cue and its
quotation, a clause that opens with a closed quotation, and a report that enters a
quotation of several sentences."""

from __future__ import annotations

from collections.abc import Callable

from sitrep.model import Quote


def _quotes(builder: object) -> list[Quote]:
    doc = builder.run()  # type: ignore[attr-defined]
    return list(doc.quotes)


def test_according_to_after_the_quote_is_its_cue(build: Callable[..., object]) -> None:
    text = (
        "Investigators have interviewed dozens of officials.\n"
        "“Officials overseeing the probe now expect to complete their work in the next few "
        "weeks,” according to CNN.\n"
    )
    b = build(text)
    b.entity("CNN", "ORG")  # type: ignore[attr-defined]
    [quote] = _quotes(b)
    assert quote.direct
    assert quote.text.startswith("Officials overseeing the probe")
    assert quote.cue is not None and quote.cue.text == "according to"
    assert quote.speaker is not None and quote.speaker.name == "CNN"


def test_a_participle_after_the_quote_still_opens_a_report_of_its_own(
    build: Callable[..., object],
) -> None:
    text = (
        "The minister spoke for an hour. “We will rebuild every school in the province,” "
        "adding that the army would stay.\n"
    )
    quotes = _quotes(build(text))
    assert all(q.cue is None or q.cue.text != "adding" or not q.direct for q in quotes)


def test_a_short_full_sentence_after_its_cue_clause_is_a_quote(
    build: Callable[..., object],
) -> None:
    text = "Htay Oo, its acting chairman, told the Reuters news agency simply, “We lost.”"
    b = build(text)
    b.actor("Htay Oo", "Htay Oo")  # type: ignore[attr-defined]
    [quote] = _quotes(b)
    assert quote.direct and quote.text == "We lost."
    assert quote.speaker is not None and quote.speaker.name == "Htay Oo"


def test_a_name_alone_after_a_cue_clause_is_no_quote(build: Callable[..., object]) -> None:
    text = "Singing the old anthem at the rally, she added the words, “Hillary Clinton.”"
    assert [q for q in _quotes(build(text)) if q.direct] == []


def test_a_particle_closes_the_cue_clause(build: Callable[..., object]) -> None:
    text = "He asked who would pay for the wall. “Mexico!” the audience screamed back."
    asked, quote = _quotes(build(text))
    assert asked.text == "who would pay for the wall" and not asked.direct
    assert quote.direct and quote.text == "Mexico!"
    assert quote.cue is not None and quote.cue.text == "screamed"


def test_a_contraction_between_cue_and_quotation_keeps_the_partial_quote(
    build: Callable[..., object],
) -> None:
    text = "The congressman also said he’s “liked Trump since the beginning.”"
    [quote] = _quotes(build(text))
    assert not quote.direct
    assert quote.text.startswith("he’s “liked Trump")
    assert quote.cue is not None and quote.cue.text == "said"


def test_a_clause_opening_with_a_closed_quotation_ends_at_its_mark(
    build: Callable[..., object],
) -> None:
    text = (
        "Kasich cautioned “let’s not get ahead of ourselves,” before predicting that a "
        "contested convention could heal the party."
    )
    b = build(text)
    b.actor("Kasich", "John Kasich")  # type: ignore[attr-defined]
    cautioned = [q for q in _quotes(b) if q.cue is not None and q.cue.text == "cautioned"]
    [quote] = cautioned
    assert quote.evidence.text == "“let’s not get ahead of ourselves,”"


def test_a_quoted_fragment_in_a_clause_goes_on_with_the_clause(
    build: Callable[..., object],
) -> None:
    text = (
        "He did not give a cost estimate, though he said “budget reforms” and the "
        "collection of unpaid taxes would pay for the plan."
    )
    [quote] = [q for q in _quotes(build(text)) if q.cue is not None and q.cue.text == "said"]
    assert quote.evidence.text.endswith("would pay for the plan")


def test_a_report_entering_a_quotation_runs_to_its_closing_mark(
    build: Callable[..., object],
) -> None:
    text = (
        "Trump said that “ethanol people” “do a fantastic job. And it’s so important. "
        "It’s another form of staying away from OPEC.”\n"
    )
    b = build(text)
    b.actor("Trump", "Donald Trump")  # type: ignore[attr-defined]
    [quote] = [q for q in _quotes(b) if q.cue is not None and q.cue.text == "said"]
    assert quote.evidence.text.startswith("that “ethanol people”")
    assert quote.evidence.text.endswith("staying away from OPEC.”")


def test_a_reporters_adjunct_after_a_partial_quotation_stays_out(
    build: Callable[..., object],
) -> None:
    text = (
        "Clinton vowed to “stop the Republicans from ripping all our progress away” while "
        "clips of Donald Trump and Ted Cruz played on the screen behind her."
    )
    b = build(text)
    b.actor("Clinton", "Hillary Clinton")  # type: ignore[attr-defined]
    [quote] = [q for q in _quotes(b) if q.cue is not None and q.cue.text == "vowed"]
    assert quote.evidence.text.endswith("progress away”")
    assert "clips" not in quote.text
