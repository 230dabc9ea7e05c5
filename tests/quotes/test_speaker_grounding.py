"""Round 17 (the full pipeline): a ministry, army or police force that names no country
is linked to none (the knowledge base never matches a generic body loosely), while one
that names its country keeps it; a sentence
adverb before a cue clause leaves its quotation direct; a pledge quotes its words; a
bracketed source ("[NYT.]") names only a quotation that stands free."""

from __future__ import annotations

from sitrep.model import Actor, make_article
from sitrep.pipeline import process_article


def _speaker(text: str, words: str) -> Actor:
    quotes = process_article(make_article(text, published="2024-03-10")).quotes
    [quote] = [q for q in quotes if words in q.text]
    assert quote.speaker is not None
    return quote.speaker


def test_a_ministry_naming_no_country_speaks_unlinked() -> None:
    speaker = _speaker(
        "A gunman opened fire at a checkpoint on Tuesday, killing two guards. "
        '"The attacker was killed at the scene," the Interior Ministry said.',
        "attacker was killed",
    )
    assert speaker.name == "Interior Ministry"
    assert speaker.kb_id is None and speaker.country is None


def test_a_place_in_another_country_does_not_ground_the_link() -> None:
    speaker = _speaker(
        "A car bomb exploded near a market in Kabul on Monday, killing 12 people. "
        '"We are hunting the cell behind this attack," the Interior Ministry said.',
        "hunting the cell",
    )
    assert speaker.name == "Interior Ministry"
    assert speaker.kb_id is None


def test_a_generic_ministry_is_never_linked_by_loose_matching() -> None:
    speaker = _speaker(
        "British troops came under fire near the border on Sunday. "
        '"Two soldiers were lightly wounded," the Interior Ministry said.',
        "lightly wounded",
    )
    assert "Interior Ministry" in speaker.name
    assert speaker.kb_id is None  # no longer the UK's by a near spelling ("UK interior ministry")


def test_a_ministry_naming_its_country_keeps_the_link() -> None:
    speaker = _speaker(
        "A roadside bomb struck a convoy on Monday. "
        '"Three policemen were killed," Iraq\'s Interior Ministry said.',
        "policemen were killed",
    )
    assert speaker.country == "IQ"


def _quote(text: str, words: str) -> tuple[bool, str | None]:
    quotes = process_article(make_article(text, published="2024-03-10")).quotes
    [quote] = [q for q in quotes if words in q.text]
    return quote.direct, quote.speaker.name if quote.speaker is not None else None


def test_a_sentence_adverb_before_the_cue_leaves_the_quotation_direct() -> None:
    direct, speaker = _quote(
        "“The program can continue to be a powerful tool,” Clinton wrote. Still, she "
        "added, “we also can’t ignore significant changes to the energy landscape.”",
        "can’t ignore",
    )
    assert direct and speaker == "Clinton"


def test_a_name_before_the_cue_is_the_subject_the_quotation_completes() -> None:
    text = (
        "Senator Elizabeth Warren spent the day in Ohio with the nominee. Warren, the "
        "campaign said, “exposes the governor for what he really is.”"
    )
    quotes = process_article(make_article(text, published="2024-03-10")).quotes
    [quote] = [q for q in quotes if "exposes the governor" in q.text]
    assert not quote.direct
    assert quote.text.startswith("Warren")


def test_a_pronoun_before_the_cue_is_the_subject_the_quotation_completes() -> None:
    direct, _ = _quote(
        "The panel reviewed the border plan. That, the commission said, “would be "
        "helpful in avoiding uncertainty for the families who live there.”",
        "avoiding uncertainty",
    )
    assert not direct


def test_a_weekday_before_the_cue_leaves_the_quotation_direct() -> None:
    direct, _ = _quote(
        "The mayor spoke to reporters on Tuesday. Tuesday, he said, “we saw the worst "
        "day this city has known in a generation.”",
        "worst day",
    )
    assert direct


def test_a_clause_before_the_cue_makes_a_mixed_quote() -> None:
    direct, _ = _quote(
        "The reality is, he added, “there are no recusals in this case at all.”",
        "no recusals",
    )
    assert not direct


def test_a_pledge_quotes_its_words() -> None:
    direct, speaker = _quote(
        "Facing a new wave of attacks, Trump pledges to "
        '"quickly and decisively bomb the hell out of ISIS."',
        "bomb the hell",
    )
    assert speaker == "Trump"
    assert not direct  # a partial quote: "to" and the quotation


def test_a_bracketed_source_names_a_free_quotation_only() -> None:
    text = (
        "As the race tightens in Iowa, Bernie Sanders said his rival candidate is in "
        "“serious trouble.” [NYT.]\n\n"
        "UN: PEACEKEEPERS PAYING FOR SEX “The report is very troubling for all of us.” "
        "[HuffPost.]"
    )
    assert _quote(text, "serious trouble") == (False, "Bernie Sanders")
    assert _quote(text, "very troubling") == (True, "HuffPost")
