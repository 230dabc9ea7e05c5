"""The PolNeAR reader and scorer on a hand-written brat file, and on the data if present."""

from __future__ import annotations

import pytest

from sitrep.evaluate.base import shared_dir
from sitrep.evaluate.quotes import GoldArticle, Tally, metrics, read_ann, read_split, score_article
from sitrep.model import Actor, Quote, Span

TEXT = "“We will not back down,” Clinton said.\nTrump said that the polls were rigged.\n"
ANN = "\n".join(
    [
        "T1\tContent 1 22\tWe will not back down",
        "T2\tSource 25 32\tClinton",
        "T3\tCue 33 37\tsaid",
        "T4\tAttribution 33 37\tsaid",
        "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2",
        "T5\tSource 39 44\tTrump",
        "T6\tCue 45 49\tsaid",
        "T7\tContent 50 76\tthat the polls were rigged",
        "T8\tAttribution 45 49\tsaid",
        "E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5",
    ]
)


def test_reader_links_source_cue_content_and_flags_direct() -> None:
    direct, indirect = read_ann(ANN, TEXT)
    assert direct.direct and not indirect.direct
    assert TEXT[slice(*direct.source[0])] == "Clinton"
    assert TEXT[slice(*indirect.content[0])] == "that the polls were rigged"


def test_scorer_counts_exact_content_speaker_and_cue() -> None:
    gold = GoldArticle("a", TEXT, read_ann(ANN, TEXT))
    speaker = Actor("Hillary Clinton", Span.of(TEXT, 25, 32))
    quotes = [
        Quote(speaker, "We will not back down,", Span.of(TEXT, 1, 23), Span.of(TEXT, 33, 37)),
        Quote(None, "the polls", Span.of(TEXT, 59, 68), Span.of(TEXT, 45, 49), direct=False),
    ]
    tally = Tally()
    score_article(gold, quotes, tally)
    got = metrics(tally)
    assert got["direct_exact_f1"] == 1.0 and got["speaker_accuracy"] == 1.0
    assert got["cue_f1"] == 1.0
    assert got["attribution_p"] == 0.5  # "the polls" is under half the gold content


def test_wrong_speaker_is_counted_wrong() -> None:
    gold = GoldArticle("a", TEXT, read_ann(ANN, TEXT))
    quote = Quote(Actor("Donald Trump", Span.of(TEXT, 39, 44)), "x", Span.of(TEXT, 1, 22))
    tally = Tally()
    score_article(gold, [quote], tally)
    assert metrics(tally)["speaker_accuracy"] == 0.0


def test_reads_polnear_dev_when_present() -> None:
    root = shared_dir()
    if not (root / "datasets" / "polnear").is_dir():
        pytest.skip("PolNeAR not found under the shared datasets folder")
    articles = read_split(root, "dev")
    assert len(articles) == 84
    assert any(a.direct for art in articles for a in art.attributions)


def test_direct_content_compares_quoted_words_on_both_sides() -> None:
    """A gold lead-in word ("that") outside the marks neither helps nor hurts a match."""
    text = "The commission says that “there were issues with the audio in the hall.”\n"
    start = text.index("that")
    end = text.index("”") + 1
    ann = "\n".join(
        [
            f"T1\tContent {start} {end}\t{text[start:end]}",
            "T2\tSource 0 14\tThe commission",
            "T3\tCue 15 19\tsays",
            "T4\tAttribution 15 19\tsays",
            "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2",
        ]
    )
    gold = GoldArticle("b", text, read_ann(ann, text))
    assert gold.attributions[0].direct
    inner = Span.of(text, text.index("“") + 1, text.index("”"))
    tally = Tally()
    score_article(gold, [Quote(None, inner.text, inner, direct=True)], tally)
    assert tally.exact == 1
    longer = Span.of(text, text.index("with"), text.index("”"))
    tally = Tally()
    score_article(gold, [Quote(None, longer.text, longer, direct=True)], tally)
    assert tally.exact == 0


def test_second_content_role_joins_the_quotation() -> None:
    """brat writes the part after the cue clause as `Content2`; both parts are the gold,
    so a prediction joining "“A,” he said. “B.”" is exact, and one part alone is not."""
    text = "“We will win this state,” the governor said. “Nobody should doubt it.”\n"
    first = (0, text.index(" the governor"))
    second = (text.index("“Nobody"), len(text) - 1)
    ann = "\n".join(
        [
            f"T1\tContent {first[0]} {first[1]}\t{text[slice(*first)]}",
            "T2\tSource 26 38\tthe governor",
            "T3\tCue 39 43\tsaid",
            "T4\tAttribution 39 43\tsaid",
            "E1\tAttribution:T4 Cue:T3 Source:T2 Content:T1 Content2:T5",
            f"T5\tContent {second[0]} {second[1]}\t{text[slice(*second)]}",
        ]
    )
    [gold] = read_ann(ann, text)
    assert gold.content == (first, second) and gold.direct
    article = GoldArticle("c", text, (gold,))
    joined = Span.of(text, 1, text.rindex("”"))
    tally = Tally()
    score_article(article, [Quote(None, joined.text, joined, direct=True)], tally)
    assert tally.exact == 1
    alone = Span.of(text, 1, text.index(",”"))
    tally = Tally()
    score_article(article, [Quote(None, alone.text, alone, direct=True)], tally)
    assert tally.exact == 0
