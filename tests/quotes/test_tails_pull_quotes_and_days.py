"""Round 5 of the PolNeAR quotation work: a quotation whose clause goes on past its
closing mark is part of a longer claim (a mixed quote), a pull quote that repeats words
quoted before is no new quotation, and the day of a report never speaks."""

from __future__ import annotations

from quotes_helpers import quotes_of, speaker_name

from sitrep.model import Quote


def _quotes(text: str) -> list[Quote]:
    return quotes_of(text, "2024-05-16")


def test_a_quotation_whose_clause_goes_on_before_its_cue_is_a_mixed_quote() -> None:
    text = (
        "The supreme court threw out the ban on Wednesday.\n\n"
        "“We’re extremely happy” about the decision, said Maria Lopez, a lawyer for "
        "the plaintiffs.\n"
    )
    [quote] = [q for q in _quotes(text) if "extremely happy" in q.text]
    assert quote.direct is False
    assert quote.text == "“We’re extremely happy” about the decision"
    assert quote.speaker is not None and quote.speaker.name == "Maria Lopez"


def test_a_tail_runs_from_the_sentence_start_of_a_quotation_inside_it() -> None:
    text = (
        "Analysts expect a close race in the province.\n\n"
        "The vote will be “a real test” for the governor, Ahmed Khan said.\n"
    )
    [quote] = [q for q in _quotes(text) if "a real test" in q.text]
    assert quote.direct is False
    assert quote.text == "The vote will be “a real test” for the governor"


def test_a_quotation_closed_by_its_own_comma_stays_direct() -> None:
    text = (
        "The supreme court threw out the ban on Wednesday.\n\n"
        "“We’re extremely happy with the decision,” said Maria Lopez, a lawyer for "
        "the plaintiffs.\n"
    )
    [quote] = _quotes(text)
    assert quote.direct
    assert quote.text == "We’re extremely happy with the decision"


def test_a_quotation_before_a_pronoun_cue_with_no_comma_stays_direct() -> None:
    text = "Rescue teams reached the village at dawn.\n\n“Nobody here has slept” he said.\n"
    [quote] = _quotes(text)
    assert quote.direct
    assert quote.text == "Nobody here has slept"


def test_a_pull_quote_repeating_a_quotation_is_no_new_quote() -> None:
    text = (
        "The minister spoke to reporters in Kyiv on Tuesday.\n\n"
        "“The air defence held,” Defence Minister Rustem Umerov said. “Every missile "
        "aimed at the capital was shot down before it reached the city.”\n\n"
        '"Every missile aimed at the capital was shot down before it reached the city.\n\n'
        "Officials said repairs to the power grid would take weeks.\n"
    )
    direct = [q for q in _quotes(text) if q.direct]
    [quote] = direct
    assert quote.text.count("Every missile") == 1
    assert quote.text.startswith("The air defence held")


def test_a_quotation_repeated_with_a_cue_of_its_own_is_kept() -> None:
    text = (
        "“We will rebuild the bridge,” the mayor said on Monday.\n\n"
        "On Friday she told the council again: “We will rebuild the bridge.”\n"
    )
    direct = [q for q in _quotes(text) if q.direct]
    assert len(direct) == 2


def test_the_day_a_report_was_published_is_never_its_speaker() -> None:
    text = (
        "Fighting continued near the border overnight.\n\n"
        "A news report published Wednesday said the army had moved two brigades "
        "to the frontier.\n"
    )
    quotes = _quotes(text)
    assert speaker_name(quotes, "two brigades") == "A news report"


def test_a_subject_before_the_day_of_its_statement_speaks() -> None:
    text = (
        "Shelling resumed in the south.\n\n"
        "The army on Sunday said it had repelled an attack on the airport.\n"
    )
    quotes = _quotes(text)
    assert speaker_name(quotes, "repelled an attack") != "Sunday"


def test_a_quotation_ending_its_sentence_as_a_verbs_object_is_quoted_speech() -> None:
    text = (
        "Gunmen attacked a market in the city on Thursday.\n\n"
        "Foreign Minister Amina Diallo issued a statement condemning “what appears to be a "
        "deliberate attack on civilians.” Rescue teams worked through the night.\n"
    )
    [quote] = [q for q in _quotes(text) if "deliberate attack" in q.text]
    assert quote.cue is not None and quote.cue.text == "condemning"
    assert quote.text.strip("“”") == "what appears to be a deliberate attack on civilians."
    assert quote.speaker is not None and quote.speaker.name == "Amina Diallo"


def test_a_short_quoted_object_stays_a_scare_quote() -> None:
    text = "The general dismissed the “so-called experts” and left the briefing.\n"
    assert not [q for q in _quotes(text) if "so-called" in q.text]


def test_a_stage_direction_in_a_transcript_is_no_part_of_the_turn() -> None:
    text = (
        "Partial transcript as follows:\n\n"
        '"WALLACE: Governor, will the talks resume next week?\n\n'
        '"PENCE: Well, look, the talks will resume when the shelling stops and not '
        "a day before that.\n\n"
        '"(CROSSTALK.)\n\n'
        '"WALLACE: Thank you, Governor."\n'
    )
    quotes = [q for q in _quotes(text) if q.direct]
    assert all("CROSSTALK" not in q.text for q in quotes)
    [turn] = [q for q in quotes if "talks will resume" in q.text]
    assert turn.text.endswith("not a day before that.")


def test_a_party_and_state_in_brackets_do_not_hide_the_speaker() -> None:
    text = (
        "Black lawmakers met in Washington on Friday.\n\n"
        "“It is a dog whistle to all Americans,” Rep. Gwen Moore (D-Wis.) said Friday.\n"
    )
    assert speaker_name(_quotes(text), "dog whistle") == "Gwen Moore"
