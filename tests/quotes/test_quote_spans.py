"""Direct-quote spans: quotations typed with mixed marks, a mixed quote that the
speaker's words go on after its cue sentence, and the scorer's reading of a quote
joined across a cue that quotes a title."""

from __future__ import annotations

from collections.abc import Callable

from sitrep.evaluate.quotes import GoldArticle, Tally, metrics, read_ann, score_article
from sitrep.model import Quote, Span
from sitrep.quotes.marks import quoted_spans


def _inside(text: str) -> list[str]:
    return [text[q.open : q.close] for q in quoted_spans(text)]


def _direct(builder: object) -> list[Quote]:
    doc = builder.run()  # type: ignore[attr-defined]
    return [quote for quote in doc.quotes if quote.direct]


def test_straight_opening_mark_closes_at_a_curly_closing_mark() -> None:
    text = (
        '"Oz has a huge bully pulpit, with the entire Oprah empire behind him,” said '
        "David Gorski, a professor of surgery. “He can’t simply dispense with facts.”"
    )
    assert _inside(text) == [
        "Oz has a huge bully pulpit, with the entire Oprah empire behind him,",
        "He can’t simply dispense with facts.",
    ]


def test_curly_title_inside_straight_marks_does_not_close_them() -> None:
    text = 'He said "I watched NBC’s “Today” show every morning" before the debate.'
    assert _inside(text) == ["I watched NBC’s “Today” show every morning"]


def test_mixed_marks_give_two_quotes_not_one_running_to_the_paragraph_end(
    build: Callable[..., object],
) -> None:
    text = (
        '"I was hoping to see more of what Ivanka sees in her father,” Graham said. '
        "“I don’t think making people more scared is the path forward.”\n\n"
        "The congresswoman left the hall before the speech ended."
    )
    [quote] = _direct(build(text))
    assert quote.text == (
        "I was hoping to see more of what Ivanka sees in her father "
        "I don’t think making people more scared is the path forward."
    )
    assert "Graham said" not in quote.text


def test_mixed_quote_goes_on_after_its_cue_sentence(build: Callable[..., object]) -> None:
    text = (
        'The summit accomplished "too little," the Hungarian prime minister said. '
        '"Without changing policies on the economy and immigration, Europe risks a lot."'
    )
    [quote] = _direct(build(text))
    assert quote.text == (
        "too little Without changing policies on the economy and immigration, Europe risks a lot."
    )
    assert quote.cue is not None and quote.cue.text == "said"
    assert text[quote.evidence.start : quote.evidence.end].startswith("too little")


def test_quote_completing_a_subordinate_clause_goes_on_as_one_report(
    build: Callable[..., object],
) -> None:
    text = (
        'Though campaigns cannot vet every donation they receive, "a wave of maxed-out '
        'checks from first-time donors is a yellow light," said Joe Birkenstock, a lawyer. '
        '"It does not mean you reject the money."'
    )
    quotes = build(text).run().quotes  # type: ignore[attr-defined]
    assert [q.direct for q in quotes] == [False]
    assert quotes[0].text.startswith("Though campaigns cannot vet every donation")
    assert quotes[0].text.endswith("you reject the money.")


def test_quote_after_a_topic_phrase_still_goes_on_as_direct_words(
    build: Callable[..., object],
) -> None:
    text = (
        'As for the polls, "they do not show the full picture," said Joe Birkenstock, a '
        'lawyer. "It does not mean you reject the money."'
    )
    quotes = _direct(build(text))
    assert [q.text for q in quotes] == [
        "they do not show the full picture It does not mean you reject the money."
    ]


def test_mixed_quote_standing_alone_stays_an_indirect_quote(
    build: Callable[..., object],
) -> None:
    text = (
        'The summit accomplished "too little," the Hungarian prime minister said. '
        "Leaders will meet again in Bratislava next month."
    )
    quotes = build(text).run().quotes  # type: ignore[attr-defined]
    assert [q.direct for q in quotes] == [False]
    assert quotes[0].text.startswith("The summit accomplished")


def test_nickname_in_quotation_marks_goes_on_no_quotation(
    build: Callable[..., object],
) -> None:
    text = (
        'Scott\'s niece, state Del. Marcia "Cia" Price, shouted to the crowd. '
        '"The nation is watching Virginia. We have to show that we have his back."'
    )
    quotes = _direct(build(text))
    assert [q.text for q in quotes] == [
        "The nation is watching Virginia. We have to show that we have his back."
    ]


def test_scorer_leaves_out_a_title_quoted_in_the_cue_between_parts() -> None:
    text = (
        "“Donald Trump is a fraud,” Perez said Sunday on NBC's “Meet the Press.” “He has "
        "spent his entire career putting his profits first.”\n"
    )
    first = (text.index("Donald"), text.index(",”"))
    second = (text.index("He has"), text.rindex(".”") + 1)
    ann = "\n".join(
        [
            f"T1\tContent {first[0]} {first[1]};{second[0]} {second[1]}\tx",
            "T2\tSource 27 32\tPerez",
            "T3\tCue 33 37\tsaid",
            "E1\tAttribution:T3 Content:T1 Cue:T3 Source:T2",
        ]
    )
    gold = GoldArticle("c", text, read_ann(ann, text))
    body = f"{text[first[0] : first[1]]} {text[second[0] : second[1]]}"
    quote = Quote(None, body, Span.of(text, first[0], second[1]), direct=True)
    tally = Tally()
    score_article(gold, [quote], tally)
    assert metrics(tally)["direct_exact_f1"] == 1.0


def test_a_quotation_resumes_past_a_short_lead_in(build: Callable[..., object]) -> None:
    text = (
        "“We were not very happy when the pipeline was first announced,” said Jock "
        "Finlayson, head of policy at the Business Council. Now, “within the business "
        "community there is a sizable constituency saying this is O.K.”\n"
    )
    b = build(text)
    b.actor("Jock Finlayson", "Jock Finlayson")  # type: ignore[attr-defined]
    [quote] = _direct(b)
    assert quote.text.startswith("We were not very happy")
    assert quote.text.endswith("saying this is O.K.")
    assert quote.speaker is not None and quote.speaker.name == "Jock Finlayson"


def test_a_lead_in_with_a_clause_of_its_own_parts_the_quotations(
    build: Callable[..., object],
) -> None:
    text = (
        "“We were not very happy when the pipeline was first announced,” said Jock "
        "Finlayson. Then they paused, “within the business community there is a sizable "
        "constituency saying this is O.K.”\n"
    )
    b = build(text)
    b.actor("Jock Finlayson", "Jock Finlayson")  # type: ignore[attr-defined]
    assert len(_direct(b)) == 2
