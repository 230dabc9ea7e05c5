"""Where one quotation ends and the next begins: a quotation repeated in the body after
a lead quoted it, and a title of any length inside the cue sentence between two parts."""

from __future__ import annotations

from quotes_helpers import quotes_of

from sitrep.model import Quote


def _quotes(text: str) -> list[Quote]:
    return quotes_of(text, "2024-05-14")


def _direct(text: str) -> list[str]:
    return [q.text for q in _quotes(text) if q.direct]


def test_a_quotation_the_lead_gave_first_is_kept_in_the_body() -> None:
    text = (
        "Pentagon officials said the new air defence would be “as big as it needs to "
        "be.”\n\n"
        "Asked at a briefing how large the deployment would be, the spokesman paused. "
        "“How big will it be?” Pentagon spokesman Pat Ryder said in response. “As big "
        "as it needs to be.”\n"
    )
    direct = _direct(text)
    assert any(d.startswith("How big will it be?") and "As big as" in d for d in direct)


def test_a_pull_quote_in_a_paragraph_of_its_own_is_still_dropped() -> None:
    text = (
        "“The city is quiet tonight,” the mayor of Kharkiv said. “We have restored power "
        "to every district after the strikes.”\n\n"
        "“We have restored power to every district after the strikes.”\n\n"
        "Repairs to the grid would take weeks, officials said.\n"
    )
    direct = _direct(text)
    assert len(direct) == 1
    assert direct[0].count("We have restored power") == 1


def test_a_title_case_title_in_the_cue_sentence_does_not_part_the_quotation() -> None:
    text = (
        "''With your help, we are going to win this district,'' the candidate told a "
        "crowd of 1,300 here on Tuesday after she took the stage to ''Eye of the "
        "Tiger.'' ''And we will unify our party to win this election.''\n"
    )
    direct = _direct(text)
    assert len(direct) == 1
    assert direct[0].startswith("With your help")
    assert direct[0].endswith("win this election.")
    assert "Tiger" not in direct[0]
