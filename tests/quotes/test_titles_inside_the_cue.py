"""A short quotation inside the words between a quote and its cue ("“…,” Bill
Eastland, wearing “Ted Cruz” campaign pins, said") is a title or a name in the
speaker's appositive: it hides no cue, takes none, and the speaker stands before it."""

from __future__ import annotations

import pytest
from quotes_helpers import quotes_of

from sitrep.model import Quote


def _quotes(text: str) -> list[Quote]:
    return quotes_of(text, "2024-07-21")


def test_a_title_in_the_speakers_appositive_does_not_hide_the_cue() -> None:
    quotes = _quotes(
        "“We have had better conventions than this one,” Texas delegate Bill Eastland, "
        "wearing a cowboy hat and “Ted Cruz” campaign pins, said on Thursday.\n"
    )
    direct = [q for q in quotes if q.direct]
    assert [q.text for q in direct] == ["We have had better conventions than this one"]
    [quote] = direct
    assert quote.cue is not None and quote.cue.text == "said"
    assert quote.speaker is not None and "Eastland" in quote.speaker.name


def test_the_title_takes_no_cue_of_its_own() -> None:
    quotes = _quotes(
        "“We will not back down,” the senator, a longtime critic of the “Obamacare” "
        "law, said on Monday.\n"
    )
    assert not any("Obamacare" in q.text for q in quotes)
    [quote] = quotes
    assert quote.direct and quote.text == "We will not back down"
    assert quote.speaker is not None and quote.speaker.name.endswith("senator")


def test_a_quotation_of_its_own_before_the_cue_still_stops_the_search() -> None:
    quotes = _quotes("“The plan failed.” “We will try again,” the mayor said.\n")
    [quote] = quotes
    assert quote.text == "The plan failed. We will try again"
    assert quote.cue is not None and quote.cue.text == "said"


def test_a_cue_before_a_short_quotation_still_cues_it() -> None:
    quotes = _quotes(
        "The campaign released a web ad, “Playing Trump,” in which children bash a "
        "dollhouse, yelling “eminent domain!”\n"
    )
    [chant] = [q for q in quotes if "eminent domain" in q.text]
    assert chant.cue is not None and chant.cue.text == "yelling"


def test_a_cue_clause_introducing_the_next_quotation_past_an_adverb_is_its_cue() -> None:
    quotes = _quotes(
        "The aide answers the senator with, “Why now? Was that on my way to Kabul?” "
        "The senator then writes back, “You look tired.”\n"
    )
    direct = {q.text: q for q in quotes if q.direct}
    assert set(direct) == {"Why now? Was that on my way to Kabul?", "You look tired."}
    first = direct["Why now? Was that on my way to Kabul?"]
    assert first.cue is not None and first.cue.text == "answers"
    second = direct["You look tired."]
    assert second.cue is not None and second.cue.text == "writes"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We will not back down,” the “Squad” member said on Monday.", "member"),
        ("“It was a massacre,” the BBC’s “Newsnight” presenter said.", "presenter"),
    ],
)
def test_a_title_inside_the_speakers_noun_phrase_keeps_the_head_noun(
    text: str, speaker: str
) -> None:
    quotes = quotes_of(text, "2024-03-12")
    assert [q.speaker.name if q.speaker else None for q in quotes if q.direct] == [speaker]
