"""Hard-wrapped copy: a wrap inside a paragraph is a space, other line breaks end sentences."""

from __future__ import annotations

import spacy

from sitrep.ingest.wraps import wrap_breaks
from sitrep.model import make_article
from sitrep.pipeline import Document
from sitrep.pipeline.stages.segment import SegmentStage


class _Res:
    nlp = spacy.blank("en")


def sentences(text: str) -> list[str]:
    doc = Document(make_article(text))
    SegmentStage(_Res())(doc)  # type: ignore[arg-type]
    for s in doc.sentences:
        assert text[s.start : s.end] == s.text
    return [" ".join(s.text.split()) for s in doc.sentences]


CAPS_BULLETIN = (
    "   QUITO, 4 MAY 91 (RADIO NACIONAL) -- [TEXT] SIX PEOPLE WERE KILLED AND\n"
    "ELEVEN WERE WOUNDED WHEN A CAR BOMB EXPLODED OUTSIDE THE POLICE POST IN\n"
    "SANTA ROSA DE LIMA, EL ORO PROVINCE, LAST NIGHT.  THE INTERIOR MINISTER\n"
    "SAID THE BOMB HAD BEEN LEFT IN A STOLEN VAN.\n"
    "\n"
    "   POLICE HAVE ARRESTED TWO MEN.\n"
)


def test_a_wrapped_capitals_bulletin_reads_as_whole_sentences() -> None:
    assert sentences(CAPS_BULLETIN) == [
        "QUITO, 4 MAY 91 (RADIO NACIONAL) -- [TEXT] SIX PEOPLE WERE KILLED AND ELEVEN WERE "
        "WOUNDED WHEN A CAR BOMB EXPLODED OUTSIDE THE POLICE POST IN SANTA ROSA DE LIMA, "
        "EL ORO PROVINCE, LAST NIGHT.",
        "THE INTERIOR MINISTER SAID THE BOMB HAD BEEN LEFT IN A STOLEN VAN.",
        "POLICE HAVE ARRESTED TWO MEN.",
    ]


def test_a_wrapped_mixed_case_mail_bulletin() -> None:
    text = (
        "Gunmen opened fire on a minibus carrying farm workers near the town of\n"
        "Kisoro on Tuesday evening, killing four passengers and wounding nine\n"
        "others, a district official said. The attackers fled towards the forest\n"
        "before soldiers arrived at the scene.\n"
    )
    assert sentences(text) == [
        "Gunmen opened fire on a minibus carrying farm workers near the town of Kisoro on "
        "Tuesday evening, killing four passengers and wounding nine others, a district "
        "official said.",
        "The attackers fled towards the forest before soldiers arrived at the scene.",
    ]


def test_indented_and_short_lines_still_end_paragraphs() -> None:
    text = (
        "ARMY POST ATTACKED IN THE NORTH\n"
        "Rebels attacked an army post in the hills above the river crossing at\n"
        "dawn on Sunday and held it for several hours, residents told reporters\n"
        "by telephone\n"
        "   The defence ministry has not commented on the fighting so far, and\n"
        "the number of casualties on either side is not known.\n"
    )
    assert sentences(text) == [
        "ARMY POST ATTACKED IN THE NORTH",
        "Rebels attacked an army post in the hills above the river crossing at dawn on "
        "Sunday and held it for several hours, residents told reporters by telephone",
        "The defence ministry has not commented on the fighting so far, and the number of "
        "casualties on either side is not known.",
    ]


def test_list_items_and_datelines_keep_their_lines() -> None:
    text = (
        "NAIROBI, 12 June (Reuters) -\n"
        "The regional police commander listed the places where the raiders struck\n"
        "overnight in the county, the number of animals they drove away and the\n"
        "losses they caused in each of them:\n"
        "- a cattle market near the border crossing, where three herders died\n"
        "- a school dormitory on the road to the district headquarters, burned\n"
    )
    assert sentences(text) == [
        "NAIROBI, 12 June (Reuters) -",
        "The regional police commander listed the places where the raiders struck overnight "
        "in the county, the number of animals they drove away and the losses they caused in "
        "each of them:",
        "- a cattle market near the border crossing, where three herders died",
        "- a school dormitory on the road to the district headquarters, burned",
    ]


def test_one_paragraph_per_line_text_is_unchanged() -> None:
    text = (
        "Two soldiers were killed when their patrol hit a roadside bomb in the north.\n"
        "The army said the patrol was returning to its base near the border\n"
        "Officials gave no further details.\n"
        "A curfew was imposed in the town after the attack, the governor said.\n"
    )
    assert wrap_breaks(text) == frozenset()
    assert len(sentences(text)) == 4


def test_long_paragraph_lines_are_never_wraps() -> None:
    paragraph = "Fighting continued around the airport for a third day, residents said, " * 3
    text = f"{paragraph}and\n{paragraph}and\nthe army said it held the runway.\n"
    assert wrap_breaks(text) == frozenset()
    assert len(sentences(text)) == 3


def test_wraps_are_the_offsets_of_the_wrapping_line_breaks() -> None:
    breaks = wrap_breaks(CAPS_BULLETIN)
    assert all(CAPS_BULLETIN[offset] == "\n" for offset in breaks)
    assert len(breaks) == 3  # the blank line and the last line break are no wraps


def test_windows_line_endings_wrap_too() -> None:
    text = CAPS_BULLETIN.replace("\n", "\r\n")
    assert len(sentences(text)) == 3


def test_a_shorter_line_ending_mid_phrase_is_still_a_wrap() -> None:
    text = (
        "The convoy was stopped at a checkpoint outside the provincial capital\n"
        "and the drivers were questioned by men in the uniform of\n"
        "the national guard, according to one of the drivers.\n"
    )
    assert sentences(text) == [
        "The convoy was stopped at a checkpoint outside the provincial capital and the "
        "drivers were questioned by men in the uniform of the national guard, "
        "according to one of the drivers."
    ]
