"""Indirect quotes without "that" and mixed quotation marks, on realistic news
sentences: bare reported clauses, content before its cue, participles and paragraph
bounds."""

from __future__ import annotations

from collections.abc import Callable

from sitrep.model import Quote


def _quotes(builder: object) -> list[Quote]:
    doc = builder.run()  # type: ignore[attr-defined]
    return list(doc.quotes)


def test_bare_clause_opening_with_a_noun_phrase(build: Callable[..., object]) -> None:
    text = "Johnson said local election officials should reach out to the federal government."
    b = build(text)
    b.actor("Johnson", "Jeh Johnson")  # type: ignore[attr-defined]
    [quote] = _quotes(b)
    assert not quote.direct
    assert quote.text == "local election officials should reach out to the federal government"
    assert quote.speaker is not None and quote.speaker.name == "Jeh Johnson"


def test_bare_clause_past_a_day_after_the_cue(build: Callable[..., object]) -> None:
    text = "The ministry said Monday the convoy had been shelled near the border."
    [quote] = _quotes(build(text))
    assert quote.text == "the convoy had been shelled near the border"


def test_cue_before_a_circumstance_reports_nothing(build: Callable[..., object]) -> None:
    text = "Hollande said Friday as he entered the talks in Bratislava."
    assert _quotes(build(text)) == []


def test_content_before_a_source_said(build: Callable[..., object]) -> None:
    text = "The convoy was diverted to a hospital outside the city, a source said."
    [quote] = _quotes(build(text))
    assert not quote.direct
    assert quote.text == "The convoy was diverted to a hospital outside the city"
    assert quote.cue is not None and quote.cue.text == "said"


def test_content_before_a_speaker_and_appositive(build: Callable[..., object]) -> None:
    text = (
        "An acre of trees can absorb 150 tons of carbon over the years, "
        "Chandler Van Voorhis, a founder of the company, said on Tuesday."
    )
    b = build(text)
    b.entity("Chandler Van Voorhis", "PERSON")  # type: ignore[attr-defined]
    [quote] = _quotes(b)
    assert quote.text == "An acre of trees can absorb 150 tons of carbon over the years"
    assert quote.speaker is not None and quote.speaker.name == "Chandler Van Voorhis"


def test_participle_after_a_comma_reports_the_rest(build: Callable[..., object]) -> None:
    text = "Trump defended the remark on Tuesday, saying he was only joking about the debate."
    b = build(text)
    b.actor("Trump", "Donald Trump")  # type: ignore[attr-defined]
    [quote] = _quotes(b)
    assert quote.text == "he was only joking about the debate"
    assert quote.speaker is not None and quote.speaker.name == "Donald Trump"


def test_name_ending_in_a_cue_word_is_no_cue(build: Callable[..., object]) -> None:
    text = "Trade between the United States and Mexico has grown every year since 1994."
    assert _quotes(build(text)) == []


def test_reported_clause_stops_at_the_paragraph(build: Callable[..., object]) -> None:
    # a headline run into the first paragraph: no report crosses the break
    text = "Officials in the capital said\nthe convoy had been shelled near the border."
    assert _quotes(build(text)) == []


def test_mixed_quotation_marks_close_where_a_reader_closes(
    build: Callable[..., object],
) -> None:
    text = (
        '“Immunity deals should not be a requirement for cooperating with the FBI," '
        "Chaffetz said in a statement."
    )
    b = build(text)
    b.actor("Chaffetz", "Jason Chaffetz")  # type: ignore[attr-defined]
    [quote] = _quotes(b)
    assert quote.direct
    assert quote.text == "Immunity deals should not be a requirement for cooperating with the FBI"
    assert quote.speaker is not None and quote.speaker.name == "Jason Chaffetz"


def test_poll_shows_that_reports_its_finding(build: Callable[..., object]) -> None:
    text = "A Bloomberg poll shows that wealthy voters have abandoned the Republican party."
    [quote] = _quotes(build(text))
    assert quote.text == "that wealthy voters have abandoned the Republican party"
    assert quote.cue is not None and quote.cue.text == "shows"


def test_relative_that_after_a_noun_cue_reports_nothing(build: Callable[..., object]) -> None:
    text = "The claim that was made on Tuesday surprised the committee."
    assert _quotes(build(text)) == []


def test_that_past_a_circumstance_with_commas(build: Callable[..., object]) -> None:
    text = "Clinton says at a campaign stop in Toledo, Ohio, that the tax code is rigged."
    b = build(text)
    b.actor("Clinton", "Hillary Clinton")  # type: ignore[attr-defined]
    [quote] = _quotes(b)
    assert quote.text == "that the tax code is rigged"
    assert quote.speaker is not None and quote.speaker.name == "Hillary Clinton"


def test_that_of_a_later_clause_is_not_the_cue_s(build: Callable[..., object]) -> None:
    text = "Mulgrew said he hopes the rally sends a message that schools matter."
    [quote] = _quotes(build(text))
    assert quote.text == "he hopes the rally sends a message that schools matter"


def test_bare_clause_after_an_appositive_subject(build: Callable[..., object]) -> None:
    text = "The state’s campaign chairman, Phil Lovas, said he cannot comment on the letter."
    b = build(text)
    b.entity("Phil Lovas", "PERSON")  # type: ignore[attr-defined]
    [quote] = _quotes(b)
    assert quote.text == "he cannot comment on the letter"
    assert quote.speaker is not None and quote.speaker.name == "Phil Lovas"


def test_content_ends_before_a_second_speech_act(build: Callable[..., object]) -> None:
    text = (
        "Trump said he would order a review of the nation’s computer defenses and warned "
        "against hackers from China."
    )
    b = build(text)
    b.actor("Trump", "Donald Trump")  # type: ignore[attr-defined]
    [quote] = _quotes(b)
    assert quote.text == "he would order a review of the nation’s computer defenses"


def test_parenthetical_cue_reports_both_sides(build: Callable[..., object]) -> None:
    text = "The museum, Mr. Bush said, celebrated several of his heroes, including Chuck Berry."
    b = build(text)
    b.actor("Bush", "George W. Bush")  # type: ignore[attr-defined]
    [quote] = _quotes(b)
    assert quote.text == "The museum celebrated several of his heroes, including Chuck Berry"
    assert quote.evidence.text.startswith("The museum, Mr. Bush said, celebrated")
    assert quote.speaker is not None and quote.speaker.name == "George W. Bush"


def test_parenthetical_cue_after_the_main_verb_reports_both_sides(
    build: Callable[..., object],
) -> None:
    text = "There was, the envoy said, “an unwritten bargain between the two capitals.”"
    [quote] = _quotes(build(text))
    assert not quote.direct
    assert quote.evidence.text.startswith("There was, the envoy said, “an unwritten")
    assert quote.speaker is not None and quote.speaker.name == "the envoy"


def test_parenthetical_cue_after_an_introductory_phrase_leaves_the_quote(
    build: Callable[..., object],
) -> None:
    text = (
        "After the rally in Mosul, where he was greeted by hundreds, the governor said, "
        "“thank you all for standing with us.”"
    )
    [quote] = _quotes(build(text))
    assert quote.direct
    assert quote.text.startswith("thank you all")


def test_unnamed_subject_past_an_adverb_speaks(build: Callable[..., object]) -> None:
    text = "Security sources later said more than 70 people were killed in the attack."
    [quote] = _quotes(build(text))
    assert quote.text == "more than 70 people were killed in the attack"
    assert quote.speaker is not None and quote.speaker.name == "Security sources"


def test_bare_clause_opening_with_a_titled_name(build: Callable[..., object]) -> None:
    """A title's full stop ("Mr.", "Gen.") does not end the search for the clause's verb."""
    text = "The spokesman said Gen. Hassan had ordered the withdrawal from the northern towns."
    [quote] = _quotes(build(text))
    assert not quote.direct
    assert quote.text == "Gen. Hassan had ordered the withdrawal from the northern towns"


def test_sentence_end_after_said_still_stops_the_search(build: Callable[..., object]) -> None:
    text = "The army denied what the spokesman said. Later the convoy had reached the town."
    assert [q for q in _quotes(build(text)) if q.cue is not None and q.cue.text == "said"] == []
