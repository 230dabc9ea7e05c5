"""Quotation marks in every convention: curly, straight, two apostrophes, typewriter
``…'' and British single quotes, with the apostrophes that look like them."""

from __future__ import annotations

from collections.abc import Callable

from sitrep.evaluate.quotes import read_ann
from sitrep.model import Quote
from sitrep.quotes.marks import quote_tokens, quoted_spans


def _inside(text: str) -> list[str]:
    return [text[q.open : q.close] for q in quoted_spans(text)]


def _quotes(builder: object) -> list[Quote]:
    doc = builder.run()  # type: ignore[attr-defined]
    return list(doc.quotes)


def test_two_apostrophes_pair_as_quotation_marks() -> None:
    text = (
        "''The lack of reciprocity is deplorable,'' said Elez Biberaj, the director of "
        "the VOA Eurasian division."
    )
    [quoted] = quoted_spans(text)
    assert text[quoted.mark_start : quoted.open] == "''"
    assert text[quoted.open : quoted.close] == "The lack of reciprocity is deplorable,"
    assert text[quoted.close : quoted.mark_end] == "''"


def test_typewriter_backticks_open_and_apostrophes_close() -> None:
    text = "``We will not negotiate with terrorists,'' the minister said on Tuesday."
    assert _inside(text) == ["We will not negotiate with terrorists,"]


def test_nested_single_quote_closes_before_the_outer_pair() -> None:
    text = "She said, ''I had to step back and think, 'This is their lives.'''"
    assert _inside(text) == ["I had to step back and think, 'This is their lives.'"]


def test_apostrophes_in_words_do_not_open_a_quotation() -> None:
    text = (
        "The Taliban's fighters, who grew up on rock 'n' roll in the '90s, said the "
        "officials' claims were false."
    )
    assert quoted_spans(text) == []


def test_british_single_quotes_pair_when_they_close_a_clause() -> None:
    text = "‘We will not be cowed by these attacks,’ the prime minister said in London."
    assert _inside(text) == ["We will not be cowed by these attacks,"]


def test_curly_apostrophes_open_no_quotation() -> None:
    text = (
        "The Taliban’s commanders, veterans of the ‘90s, played rock ‘n’ roll while the "
        "officials’ convoy passed. “We saw nothing,” a guard said."
    )
    assert _inside(text) == ["We saw nothing,"]


def test_unclosed_double_quote_runs_to_the_paragraph_end() -> None:
    text = "''We will rebuild every school.\n''And every clinic,'' the governor said."
    assert _inside(text) == ["We will rebuild every school.", "And every clinic,"]


def test_quote_tokens_keep_two_character_marks_whole() -> None:
    text = "told me, ''We're a content provider.''"
    tokens = [t.text for t in quote_tokens(text, 0, len(text))]
    assert tokens == ["told", "me", ",", "''", "We're", "a", "content", "provider", ".", "''"]


def test_quote_in_two_apostrophes_gets_its_cue_and_speaker(
    build: Callable[..., object],
) -> None:
    text = (
        "''Their strategy is very clear: to create the appearance of being a legitimate "
        "source of news,'' Michael McFaul, a former United States ambassador to Russia, "
        "said of RT."
    )
    b = build(text)
    b.entity("Michael McFaul", "PERSON")  # type: ignore[attr-defined]
    [quote] = _quotes(b)
    assert quote.direct
    assert quote.text.startswith("Their strategy is very clear")
    assert quote.cue is not None and quote.cue.text == "said"
    assert quote.speaker is not None and quote.speaker.name == "Michael McFaul"


def test_split_quotation_in_two_apostrophes_is_one_quote(
    build: Callable[..., object],
) -> None:
    text = "''Hopefully,'' the president said, ''this museum can help us talk to each other.''"
    [quote] = _quotes(build(text))
    assert quote.text == "Hopefully this museum can help us talk to each other."
    assert quote.cue is not None and quote.cue.text == "said"


def test_british_quote_before_its_cue(build: Callable[..., object]) -> None:
    text = (
        "‘The strikes hit a weapons depot and a command post,’ the Ministry of Defence "
        "said on Friday."
    )
    [quote] = _quotes(build(text))
    assert quote.direct
    assert quote.text == "The strikes hit a weapons depot and a command post"
    assert quote.speaker is not None and quote.speaker.name == "Ministry of Defence"


def test_quote_between_typed_dashes_stands_free(build: Callable[..., object]) -> None:
    text = (
        "Critics seized on the remark -- ''It is disqualifying for a nominee to refuse "
        "to release his returns'' -- and on the silence that followed."
    )
    [quote] = _quotes(build(text))
    assert quote.direct and quote.text.startswith("It is disqualifying")


def test_quote_after_a_dash_ending_the_sentence_is_no_free_quote(
    build: Callable[..., object],
) -> None:
    text = (
        "The museum tells the stories of people often left out of history books -- "
        "''the porter, the slave and the activist.''"
    )
    assert [q for q in _quotes(build(text)) if q.direct] == []


def test_scorer_counts_two_apostrophe_quotations_as_direct() -> None:
    text = "''We are going to win this state,'' Mr. Kaine said.\n"
    ann = "\n".join(
        [
            "T1\tContent 0 35\t''We are going to win this state,''",
            "T2\tSource 36 45\tMr. Kaine",
            "T3\tCue 46 50\tsaid",
            "E1\tAttribution:T3 Content:T1 Cue:T3 Source:T2",
        ]
    )
    [attribution] = read_ann(ann, text)
    assert attribution.direct


def test_cue_sentence_ending_inside_a_title_still_joins_the_parts(
    build: Callable[..., object],
) -> None:
    text = (
        "''Obama doesn't get along with Putin,'' he said on ABC's ''This Week.'' "
        "''Putin can't stand our president and it's causing us difficulty.''"
    )
    [quote] = [q for q in _quotes(build(text)) if q.direct]
    assert quote.text.startswith("Obama doesn't get along with Putin")
    assert quote.text.endswith("causing us difficulty.")


def test_parenthetical_cue_after_a_closed_quote_belongs_to_what_follows(
    build: Callable[..., object],
) -> None:
    text = (
        "“If you see that, you know what you're getting.” That's why, he added, viewers "
        "often encounter endless sequels."
    )
    quote = next(q for q in _quotes(build(text)) if q.direct)
    assert quote.cue is None


def test_quotation_does_not_resume_past_another_report(
    build: Callable[..., object],
) -> None:
    text = (
        "''We will hold the bridge at any cost,'' the commander said. Officials in the "
        "capital said the talks would resume. ''The army has lost the initiative in the "
        "east.''"
    )
    quotes = _quotes(build(text))
    direct = [q for q in quotes if q.direct]
    assert [q.text for q in direct] == ["We will hold the bridge at any cost"]
    # the quotation goes on with the report right before it (`mixed` rule 6)
    [report] = [q for q in quotes if not q.direct]
    assert report.text.startswith("the talks would resume")
    assert report.text.endswith("The army has lost the initiative in the east.")


def test_inch_marks_after_a_digit_open_no_quotation() -> None:
    text = "The letter says Trump is 6'3'' tall and weighs 236 pounds, his doctor said."
    assert quoted_spans(text) == []


def test_curly_opening_mark_typed_as_a_closer_closes_the_quotation() -> None:
    text = (
        "“It's a dangerous precedent,“ said Maria Lopez, a lawyer for the families. "
        "“We will appeal.” The governor called the ruling “reckless“ in a statement."
    )
    assert _inside(text) == ["It's a dangerous precedent,", "We will appeal.", "reckless"]


def test_curly_opening_mark_before_a_word_still_opens_a_nested_quotation() -> None:
    text = "“They told us “leave now” and we ran,” a resident said."
    assert _inside(text) == ["They told us “leave now"]


def test_quote_closed_by_a_wrong_way_mark_gets_its_cue(build: Callable[..., object]) -> None:
    text = (
        "“The army has not left the town,“ said Amina Diallo, the district's mayor. "
        "“People are still afraid.”"
    )
    b = build(text)
    b.entity("Amina Diallo", "PERSON")  # type: ignore[attr-defined]
    [quote] = _quotes(b)
    assert quote.text == "The army has not left the town People are still afraid."
    assert quote.speaker is not None and quote.speaker.name == "Amina Diallo"
