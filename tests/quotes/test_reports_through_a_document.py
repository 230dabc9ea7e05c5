"""Reports whose cue is followed by the document they were made in: "said in a
statement released on Tuesday that …", "said in a report titled “…” that …"."""

from __future__ import annotations

from quotes_helpers import quotes_of


def _reports(text: str) -> list[tuple[str | None, str]]:
    return [
        (q.speaker.name if q.speaker else None, q.text)
        for q in quotes_of(text, "2024-10-04")
        if not q.direct
    ]


def test_a_statement_released_on_a_day_before_that() -> None:
    text = "Hamas said in a statement released on Tuesday that it did not target civilians."
    assert _reports(text) == [("Hamas", "that it did not target civilians")]


def test_a_title_quoted_after_titled_is_no_clause_of_its_own() -> None:
    text = (
        'Hamas said in a statement titled "The Truth About October 7" that it did not '
        "target civilians."
    )
    assert _reports(text) == [("Hamas", "that it did not target civilians")]


def test_a_long_title_does_not_put_that_out_of_reach() -> None:
    text = (
        "The group said in a report titled “They Killed Us From the Inside” that troops "
        "had executed 40 men in the village."
    )
    assert [t for _, t in _reports(text)] == ["that troops had executed 40 men in the village"]


def test_a_verb_after_a_noun_that_is_no_document_still_opens_a_clause() -> None:
    text = "The ministry said the army released a statement that denied the raid."
    assert all(not t.startswith("that denied") for _, t in _reports(text))


def test_until_after_a_partial_quotation_belongs_to_what_was_pledged() -> None:
    text = 'The army pledged to "hold the line" until reinforcements arrive in Pokrovsk.'
    assert [t for _, t in _reports(text)] == [
        'to "hold the line" until reinforcements arrive in Pokrovsk'
    ]
