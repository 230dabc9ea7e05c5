"""re3d adapter: demonyms that "and" lists are read together whatever tagged them: listed
before a body they open it ("American and British officials"), and alone or before a
thing they are a Nationality each ("Russian and Iranian support"), even where a tagger
took the list for the name of a body."""

from __future__ import annotations

from re3d_stubs import FixedModel

from sitrep.evaluate.ner import combined_stages
from sitrep.ner.corpus import Sentence
from sitrep.ner.re3d import predict_sentence


def _typed(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    """The adapter's mentions where the statistical model found `spans` (in the entities
    stage and in the adapter alike)."""
    words = tuple(text.split())
    model = FixedModel(spans)
    found = predict_sentence(combined_stages(model), Sentence(words, ("O",) * len(words)), model)
    return [(" ".join(words[s:e]), kind) for s, e, kind in found]


def test_a_demonym_listed_before_a_tagged_body_opens_it() -> None:
    typed = _typed(
        "American and British officials met in London on Monday .", [(2, 4, "Organisation")]
    )
    assert ("American and British officials", "Organisation") in typed


def test_demonyms_tagged_as_a_body_before_a_thing_are_nationalities() -> None:
    text = "Russian and Iranian support kept Assad in power ."
    typed = _typed(text, [(0, 3, "Organisation")])
    assert ("Russian", "Nationality") in typed and ("Iranian", "Nationality") in typed
    assert ("Russian and Iranian", "Organisation") not in typed


def test_demonyms_a_tagged_body_runs_over_into_a_thing_are_nationalities() -> None:
    text = "The Russian and Chinese vetoes blocked the draft resolution ."
    typed = _typed(text, [(0, 5, "Organisation")])
    assert ("Russian", "Nationality") in typed and ("Chinese", "Nationality") in typed


def test_listed_demonyms_before_people_stay_one_body() -> None:
    text = "French and German leaders welcomed the deal on Friday ."
    typed = _typed(text, [(0, 4, "Organisation")])
    assert ("French and German leaders", "Organisation") in typed


def test_a_name_that_opens_with_a_demonym_stays_a_body() -> None:
    text = "The Syrian Democratic Forces captured the town ."
    typed = _typed(text, [(0, 4, "Organisation")])
    assert ("The Syrian Democratic Forces", "Organisation") in typed


def test_demonyms_a_hyphen_pairs_before_an_event_are_nationalities() -> None:
    text = "The Israeli - Palestinian conflict has entered a new phase ."
    typed = _typed(text, [(0, 4, "Organisation")])
    assert ("Israeli", "Nationality") in typed and ("Palestinian", "Nationality") in typed


def test_an_ethnic_group_before_refugees_opens_that_body() -> None:
    text = "About 200 Rohingya refugees arrived in Aceh on Sunday ."
    assert ("Rohingya refugees", "Organisation") in _typed(text, [])


def test_an_ethnic_group_alone_is_a_nationality() -> None:
    text = "China has detained more than a million Uyghurs in Xinjiang ."
    assert ("Uyghurs", "Nationality") in _typed(text, [])
