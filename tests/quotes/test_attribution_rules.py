"""Round-2 attribution rules on realistic news sentences: abbreviations, cue clauses
after a closed quote, mixed quotes, dash signatures, transcripts and colon leads."""

from __future__ import annotations

from collections.abc import Callable

from sitrep.events.speech import is_sentence_end, subject_phrase
from sitrep.events.tokens import tokenize
from sitrep.model import Quote
from sitrep.quotes.marks import inside_quotation, quoted_spans


def _quotes(builder: object) -> list[Quote]:
    doc = builder.run()  # type: ignore[attr-defined]
    return list(doc.quotes)


def test_abbreviated_title_does_not_end_the_cue_clause(build: Callable[..., object]) -> None:
    text = '"It will be first-order business," Mr. Podesta said. "We start on the first day."'
    b = build(text)
    b.actor("Podesta", "Podesta")  # type: ignore[attr-defined]
    [quote] = _quotes(b)
    assert quote.speaker is not None and quote.speaker.name == "Podesta"
    assert quote.text == "It will be first-order business We start on the first day."
    assert quote.cue is not None and quote.cue.text == "said"


def test_question_closed_quote_takes_the_cue_after_it(build: Callable[..., object]) -> None:
    text = "“Does anybody know what the platform of the party is?” Graham asked. “Neither do I.”"
    b = build(text)
    b.actor("Graham", "Lindsey Graham")  # type: ignore[attr-defined]
    [quote] = _quotes(b)
    assert quote.speaker is not None and quote.speaker.name == "Lindsey Graham"
    assert quote.text.endswith("Neither do I.")


def test_closed_quote_before_a_new_report_keeps_no_cue(build: Callable[..., object]) -> None:
    text = (
        "“We will fight on until the city is free again.” The minister said he would "
        "visit the front on Monday."
    )
    quote, report = _quotes(build(text))
    assert quote.cue is None
    assert not report.direct and report.text == "he would visit the front on Monday"


def test_second_cue_between_parts_keeps_them_apart(build: Callable[..., object]) -> None:
    text = (
        "“We certainly can’t afford to do this anymore,” Trump said, adding later, "
        "“NATO is costing us a fortune and we are spending a lot of money.”"
    )
    b = build(text)
    b.actor("Trump", "Donald Trump")  # type: ignore[attr-defined]
    first, second = _quotes(b)
    assert first.text.startswith("We certainly") and first.text.endswith("anymore")
    assert second.text.startswith("NATO is costing")
    assert second.cue is not None and second.cue.text == "adding"


def test_long_appositive_before_the_cue(build: Callable[..., object]) -> None:
    text = (
        "“It’s an invasion, in our estimation, of the state regulatory domain,” Scott "
        "Pruitt, the Republican attorney general of Oklahoma, one of the states suing the "
        "agency, said at a hearing."
    )
    b = build(text)
    b.actor("Scott Pruitt", "Scott Pruitt")  # type: ignore[attr-defined]
    [quote] = _quotes(b)
    assert quote.cue is not None and quote.cue.text == "said"
    assert quote.speaker is not None and quote.speaker.name == "Scott Pruitt"


def test_embedded_quote_with_cue_after_is_mixed(build: Callable[..., object]) -> None:
    text = "The country “has made dramatic changes for the better,” McConnell said in June."
    b = build(text)
    b.actor("McConnell", "Mitch McConnell")  # type: ignore[attr-defined]
    [quote] = _quotes(b)
    assert not quote.direct
    assert quote.text.startswith("The country “has made")
    assert quote.speaker is not None and quote.speaker.name == "Mitch McConnell"


def test_dash_signature_names_the_speaker(build: Callable[..., object]) -> None:
    text = (
        "Readers sent us their views.\n"
        "“Maybe we can build a wall around the candidate.” ― Steve Quinlan.\n"
        "“The most unqualified child to ever run for president.”― Francisco Herrero \n"
    )
    first, second = _quotes(build(text))
    assert first.speaker is not None and first.speaker.name == "Steve Quinlan"
    assert second.speaker is not None and second.speaker.name == "Francisco Herrero"
    assert first.cue is not None and first.cue.text == "―"


def test_transcript_turns_are_separate_quotes(build: Callable[..., object]) -> None:
    text = (
        "Partial transcript as follows:\n\n"
        '"WALLACE: Will she be there tomorrow night?\n\n'
        '"PENCE: She will not be attending the debate tomorrow night.\n'
    )
    first, second = _quotes(build(text))
    assert first.speaker is not None and first.speaker.name == "Wallace"
    assert first.text == "Will she be there tomorrow night?"
    assert second.speaker is not None and second.speaker.name == "Pence"


def test_colon_lead_from_the_paragraph_before(build: Callable[..., object]) -> None:
    text = (
        "Dr. Ward stated:\n\n"
        "“The department isn’t about equal justice under law anymore.”\n\n"
        "Cruz called them on it: “The questions asked in this debate illustrate why "
        "people don’t trust the media.”"
    )
    b = build(text)
    b.actor("Ward", "Kelli Ward")  # type: ignore[attr-defined]
    b.actor("Cruz", "Ted Cruz")  # type: ignore[attr-defined]
    first, second = _quotes(b)
    assert first.speaker is not None and first.speaker.name == "Kelli Ward"
    assert second.speaker is not None and second.speaker.name == "Ted Cruz"
    assert second.cue is not None and second.cue.text == "called"


def test_colon_lead_past_the_subjects_appositive(build: Callable[..., object]) -> None:
    text = (
        "Amina Diallo, a senior analyst at the Sahel Security Institute, agreed: “The "
        "junta has lost control of the roads north of Gao and cannot win them back.”"
    )
    b = build(text)
    b.actor("Amina Diallo", "Amina Diallo")  # type: ignore[attr-defined]
    [quote] = _quotes(b)
    assert quote.speaker is not None and quote.speaker.name == "Amina Diallo"
    assert quote.cue is not None and quote.cue.text == "agreed"


def test_colon_lead_past_a_party_label(build: Callable[..., object]) -> None:
    text = (
        "Mitch McConnell, R-Ky., delivered a blunt message to the nominee: "
        "“It is time to quit attacking various people and get on message.”"
    )
    b = build(text)
    b.actor("Mitch McConnell", "Mitch McConnell")  # type: ignore[attr-defined]
    [quote] = _quotes(b)
    assert quote.speaker is not None and quote.speaker.name == "Mitch McConnell"
    assert quote.cue is not None and quote.cue.text == "delivered"


def test_unnamed_subject_phrase_is_the_speaker(build: Callable[..., object]) -> None:
    text = "“Oh, my God, it is really him,” a young woman exclaimed upon seeing him."
    [quote] = _quotes(build(text))
    assert quote.speaker is not None and quote.speaker.name == "a young woman"
    assert quote.speaker.evidence is not None


def test_addressee_of_told_is_not_the_speaker(build: Callable[..., object]) -> None:
    text = "“We will win this state in November,” Sarandon told MSNBC on Tuesday."
    b = build(text)
    b.entity("MSNBC", "ORG")  # type: ignore[attr-defined]
    [quote] = _quotes(b)
    assert quote.speaker is not None and quote.speaker.name == "Sarandon"


def test_sentence_end_skips_abbreviations() -> None:
    text = "Rep. G.K. Butterfield (D-N.C.) said it. Then he left."
    toks = tokenize(text, 0, len(text))
    ends = [t.text for k, t in enumerate(toks) if is_sentence_end(toks, k)]
    assert len(ends) == 2


def test_subject_phrase_stops_at_the_clause() -> None:
    text = "He left, and the ad’s narrator says it again."
    toks = tokenize(text, 0, len(text))
    cue = next(k for k, t in enumerate(toks) if t.text == "says")
    span = subject_phrase(toks, cue, 0, len(toks), text)
    assert span is not None and span.text == "the ad’s narrator"


def test_colon_lead_past_a_title_before_the_name(build: Callable[..., object]) -> None:
    text = (
        "The talks collapsed on Friday.\n\n"
        "Mr. Keita released the following statement: “We will not sign an agreement that "
        "leaves the north to the armed groups.”"
    )
    b = build(text)
    b.actor("Keita", "Ibrahim Keita")  # type: ignore[attr-defined]
    [quote] = _quotes(b)
    assert quote.speaker is not None and quote.speaker.name == "Ibrahim Keita"
    assert quote.cue is not None and quote.cue.text == "released"


def test_colon_lead_past_a_leading_conjunction(build: Callable[..., object]) -> None:
    text = (
        "The opposition boycotted the vote.\n\n"
        "But Gen. Moussa Traore gloated: “The elections will go ahead as planned in "
        "every region.”"
    )
    b = build(text)
    b.actor("Gen. Moussa Traore", "Moussa Traore")  # type: ignore[attr-defined]
    [quote] = _quotes(b)
    assert quote.speaker is not None and quote.speaker.name == "Moussa Traore"


def test_colon_inside_a_quotation_names_no_new_speaker(build: Callable[..., object]) -> None:
    text = (
        "Amina Diallo, the mayor of Gao, said in a statement:\n\n"
        "“The government has ignored our town for two years. These are our demands:\n\n"
        "“Reopen the road to Timbuktu and pay the teachers what they are owed.”"
    )
    b = build(text)
    b.actor("Amina Diallo", "Amina Diallo")  # type: ignore[attr-defined]
    [quote] = _quotes(b)
    assert quote.speaker is not None and quote.speaker.name == "Amina Diallo"
    assert quote.text.endswith("pay the teachers what they are owed.")


def test_colon_lead_opening_with_a_capitalised_word_names_no_speaker(
    build: Callable[..., object],
) -> None:
    text = (
        "Each rainy season, there is a warning the farmers repeat but few officials "
        "hear: “The river will take the bridge again this year.”"
    )
    [quote] = _quotes(build(text))
    assert quote.speaker is None or quote.speaker.name.lower() != "each"


def test_comma_cue_reaches_past_a_long_appositive(build: Callable[..., object]) -> None:
    text = (
        "The clinic reopened on Monday. Said Amina Diallo, who has run the clinic in the "
        "camp for nine years, “We have not received any medicine since March.”"
    )
    b = build(text)
    b.actor("Amina Diallo", "Amina Diallo")  # type: ignore[attr-defined]
    [quote] = _quotes(b)
    assert quote.direct
    assert quote.speaker is not None and quote.speaker.name == "Amina Diallo"
    assert quote.cue is not None and quote.cue.text == "Said"


def test_far_cue_does_not_take_a_quotation_its_clause_goes_on_after(
    build: Callable[..., object],
) -> None:
    text = (
        "Diallo said the new road, which the army built with Chinese loans last year, "
        "“will not last a single rainy season” without repairs."
    )
    b = build(text)
    b.actor("Diallo", "Amina Diallo")  # type: ignore[attr-defined]
    assert not any(q.direct for q in _quotes(b))


def test_inverted_cue_gives_the_speech_to_an_unnamed_one_phrase(
    build: Callable[..., object],
) -> None:
    text = (
        "“The convoy was stopped twice before it reached the border,” said one aid "
        "worker who spoke on the condition of anonymity."
    )
    [quote] = _quotes(build(text))
    assert quote.speaker is not None and quote.speaker.name == "one aid worker"


def test_a_bare_one_after_an_inverted_cue_names_no_speaker(
    build: Callable[..., object],
) -> None:
    text = (
        "Residents of the village gathered outside the mosque after the raid. "
        "“We have no choice but to fight,” said one."
    )
    [quote] = _quotes(build(text))
    assert quote.speaker is None or quote.speaker.name.lower() != "one"


def test_a_colon_inside_a_quotation_is_found_from_its_paragraph_alone() -> None:
    text = (
        "The commander spoke to reporters on Monday and ended with a warning:\n\n"
        "“We will respond with full force. These are our terms:\n\n"
        "“Withdraw from the river.” He left: “No more questions.”\n"
        "“Our demands stand:” the statement read."
    )
    colons = [i + 1 for i, ch in enumerate(text) if ch == ":"]
    whole = [any(q.open < end <= q.close for q in quoted_spans(text)) for end in colons]
    assert [inside_quotation(text, end) for end in colons] == whole
    assert whole == [False, True, False, True]


def test_a_title_named_by_its_verb_is_no_quote(build: Callable[..., object]) -> None:
    text = (
        "On Monday night, Clinton campaign manager Robby Mook released a memo titled "
        "“The Facts on Where the Race Stands.” Mr. Ryan leads a national campaign he calls "
        "“Confident America,” but he said he would not run.\n"
    )
    b = build(text)
    b.actor("Robby Mook", "Robby Mook")  # type: ignore[attr-defined]
    b.actor("Mr. Ryan", "Paul Ryan")  # type: ignore[attr-defined]
    doc = b.run()  # type: ignore[attr-defined]
    assert not [q for q in doc.quotes if "Facts on Where" in q.text or "Confident" in q.text]


def test_a_lower_case_name_given_by_a_speaker_is_still_quoted(
    build: Callable[..., object],
) -> None:
    text = "Trump called the ruling “a disgrace to our country” in a post on Sunday.\n"
    b = build(text)
    b.actor("Trump", "Donald Trump")  # type: ignore[attr-defined]
    doc = b.run()  # type: ignore[attr-defined]
    assert [q for q in doc.quotes if "a disgrace to our country" in q.text]
