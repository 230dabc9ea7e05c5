from __future__ import annotations

from sitrep.model import make_article
from sitrep.pipeline import Document
from sitrep.pipeline.stages.segment import SegmentStage
from sitrep.pipeline.tokenizer import english


class _Res:
    nlp = english()


def sentences(text: str) -> list[str]:
    doc = Document(make_article(text))
    SegmentStage(_Res())(doc)  # type: ignore[arg-type]
    for s in doc.sentences:
        assert text[s.start : s.end] == s.text
    return [s.text for s in doc.sentences]


def test_lines_and_full_stops_end_sentences() -> None:
    text = (
        "US Central Command confirmed the strikes took place at 5.30pm today. "
        "Officials gave no toll.\n"
        "However, the location of the strikes is not yet clear."
    )
    assert sentences(text) == [
        "US Central Command confirmed the strikes took place at 5.30pm today.",
        "Officials gave no toll.",
        "However, the location of the strikes is not yet clear.",
    ]


def test_abbreviations_do_not_end_sentences() -> None:
    text = "The U.S. Army said on Dec. 13 that Gen. Smith had arrived in Baghdad. He left."
    assert sentences(text) == [
        "The U.S. Army said on Dec. 13 that Gen. Smith had arrived in Baghdad.",
        "He left.",
    ]


def test_place_name_prefixes_do_not_end_sentences_in_any_case() -> None:
    text = (
        "ST. LOUIS -- Police said two men were shot. FT. WORTH, Texas -- A man died.\n"
        "ST. PAUL, Minn. -- The mayor spoke. Ste. Genevieve and Ft. Worth agreed.\n"
        "MT. VERNON, N.Y. -- Fire crews from Mt. Kisco helped. They left."
    )
    assert sentences(text) == [
        "ST. LOUIS -- Police said two men were shot.",
        "FT. WORTH, Texas -- A man died.",
        "ST. PAUL, Minn. -- The mayor spoke.",
        "Ste. Genevieve and Ft. Worth agreed.",
        "MT. VERNON, N.Y. -- Fire crews from Mt. Kisco helped.",
        "They left.",
    ]


def test_a_press_wire_dateline_splits_at_its_double_hyphens() -> None:
    text = "SAN JOSE, Calif.--(BUSINESS WIRE)--Acme Corp said on Monday it had cut 40 jobs."
    doc = Document(make_article(text))
    SegmentStage(_Res())(doc)  # type: ignore[arg-type]
    words = [t.text for t in doc.tokens]
    assert words[:11] == [
        "SAN", "JOSE", ",", "Calif.", "--", "(", "BUSINESS", "WIRE", ")", "--", "Acme"
    ]  # fmt: skip
    assert len(doc.sentences) == 1


def test_quotes_close_with_their_sentence() -> None:
    text = "“We will never forget.” Hegseth said it twice. “Never relent,” he added."
    assert sentences(text) == [
        "“We will never forget.”",
        "Hegseth said it twice.",
        "“Never relent,” he added.",
    ]


def test_blank_lines_and_empty_text() -> None:
    assert sentences("\n\n  Fighting resumed in Goma.  \n\n") == ["Fighting resumed in Goma."]
    assert sentences("") == []


def test_full_stops_before_several_spaces_end_sentences() -> None:
    text = (
        "The FARC members blew up a power pylon in Cauca.    "
        "The guerrillas also burned three vehicles.  A large area was left without power."
    )
    assert sentences(text) == [
        "The FARC members blew up a power pylon in Cauca.",
        "The guerrillas also burned three vehicles.",
        "A large area was left without power.",
    ]


def test_a_sentence_never_runs_on_without_end() -> None:
    # a scraped page with no full stops: 7 words x 120 = 840 words in one line
    text = "Gunmen killed three soldiers in Mosul, officials said " * 120
    found = sentences(text.strip())
    assert len(found) > 1
    assert max(len(s.split()) for s in found) <= 250
    # cut at a clause mark once past the soft limit
    assert all(s.endswith(",") for s in found[:-1])


def test_long_real_sentences_are_kept_whole() -> None:
    clause = "the convoy, which carried food and medicine for displaced families, "
    text = "Officials said " + clause * 8 + "was stopped at the checkpoint."
    assert len(text.split()) < 150
    assert sentences(text) == [text]
