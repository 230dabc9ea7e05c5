"""The entities stage over a model's wrong guesses: places the model took for people or
organisations, names it ran together, descriptions it kept in a person's name."""

from __future__ import annotations

from spacy.tokens import Doc

from sitrep.model import make_article
from sitrep.ner.model import NerModel
from sitrep.pipeline.document import Document
from sitrep.pipeline.resources import Resources
from sitrep.pipeline.stages.entities import EntitiesStage
from sitrep.pipeline.stages.segment import SegmentStage


class _GuessingModel(NerModel):
    """A stand-in for the statistical model that tags the phrases it was given (re3d
    types), each at its last place in the text."""

    def __init__(self, guesses: list[tuple[str, str]]) -> None:
        self.guesses = guesses

    def predict_raw(self, doc: Doc) -> list[tuple[int, int, str]]:
        out: list[tuple[int, int, str]] = []
        for phrase, kind in self.guesses:
            start = doc.text.rindex(phrase)
            span = doc.char_span(start, start + len(phrase))
            assert span is not None, phrase
            out.append((span.start, span.end, kind))
        return sorted(out)


def _entities(
    resources: Resources, text: str, guesses: list[tuple[str, str]]
) -> set[tuple[str, str]]:
    doc = Document(make_article(text))
    SegmentStage(resources)(doc)
    EntitiesStage(resources, model=_GuessingModel(guesses))(doc)
    return {(e.label, e.evidence.text) for e in doc.entities}


def test_a_well_known_town_after_a_preposition_is_a_place_not_a_person(
    resources: Resources,
) -> None:
    text = "Israeli warplanes struck a house in Khan Younis on Tuesday, killing 12 people."
    found = _entities(resources, text, [("Khan Younis", "Person")])
    assert ("LOC", "Khan Younis") in found


def test_a_state_closed_by_its_type_word_is_a_place_not_an_organisation(
    resources: Resources,
) -> None:
    text = "Gunmen abducted 30 students from a boarding school in Kaduna State on Thursday."
    found = _entities(resources, text, [("Kaduna State", "Organisation")])
    assert ("LOC", "Kaduna State") in found


def test_a_city_before_its_airport_is_a_place_not_a_person(resources: Resources) -> None:
    text = "Drones struck Al Ubayyid airport on Monday, witnesses said."
    found = _entities(resources, text, [("Al Ubayyid", "Person")])
    assert ("LOC", "Al Ubayyid") in found


def test_a_city_standing_for_its_government_keeps_the_models_reading(
    resources: Resources,
) -> None:
    text = "Officials said the plan was ignored for years by Washington and by others."
    found = _entities(resources, text, [("Washington", "Person")])
    assert ("PERSON", "Washington") in found  # no preposition of place: the places stage decides


def test_a_small_town_named_like_a_person_stays_the_models_person(resources: Resources) -> None:
    text = "The senator sent a letter to Clinton on Monday asking for the files."
    found = _entities(resources, text, [("Clinton", "Person")])
    assert ("PERSON", "Clinton") in found


def test_a_place_a_person_of_the_article_is_named_after_stays_a_person(
    resources: Resources,
) -> None:
    text = "Austin Powell spoke to a crowd of students in Austin on Friday."
    found = _entities(resources, text, [("Austin Powell", "Person"), ("Austin", "Person")])
    assert ("PERSON", "Austin") in found


def test_a_name_run_on_over_towards_is_two_names(resources: Resources) -> None:
    text = "Residents fled north of Dayr az Zawr towards Raqqa, activists said."
    found = _entities(resources, text, [("Dayr az Zawr towards Raqqa", "Location")])
    assert ("LOC", "Dayr az Zawr") in found
    assert not [t for _, t in found if "towards" in t]


def test_a_description_before_a_persons_name_stays_out_of_it(resources: Resources) -> None:
    text = "A crowd gathered, said 33-year-old resident Shaya Tenenbaum, who saw the arrest."
    found = _entities(resources, text, [("resident Shaya Tenenbaum", "Person")])
    assert ("PERSON", "Shaya Tenenbaum") in found
    assert ("PERSON", "resident Shaya Tenenbaum") not in found


def _rule_entities(resources: Resources, text: str) -> list[tuple[str, str]]:
    doc = Document(make_article(text))
    SegmentStage(resources)(doc)
    EntitiesStage(resources, model=None)(doc)
    return [(e.label, e.evidence.text) for e in doc.entities]


def test_a_name_given_an_age_and_speaking_is_a_person_wherever_it_stands(
    resources: Resources,
) -> None:
    text = (
        "Yulia Skripal was poisoned in Salisbury in March. “My strength is growing daily,” "
        "Yulia Skripal, 33, said in a statement."
    )
    found = _rule_entities(resources, text)
    assert found.count(("PERSON", "Yulia Skripal")) == 2


def test_a_name_set_off_by_commas_before_speech_is_a_person(resources: Resources) -> None:
    text = (
        "The head of the inquiry in Mombasa, Kenneth Piernick, said investigators had "
        "questioned more than 100 people."
    )
    assert ("PERSON", "Kenneth Piernick") in _rule_entities(resources, text)


def test_a_speaking_name_leaves_out_the_nationality_and_title_before_it(
    resources: Resources,
) -> None:
    text = "Talks stalled on Monday. Chilean President Gabriel Boric said the army would stay."
    found = _rule_entities(resources, text)
    assert ("PERSON", "Gabriel Boric") in found
    assert not [t for label, t in found if label == "PERSON" and "President" in t]


def test_a_speaking_place_or_office_is_no_person(resources: Resources) -> None:
    text = "Kansas City said the roads were closed. Police Chief said nothing more."
    assert not [t for label, t in _rule_entities(resources, text) if label == "PERSON"]


def test_an_organisation_guess_describing_a_person_is_that_persons_name(
    resources: Resources,
) -> None:
    text = "British journalist John Cantlie was kidnapped in northern Syria in 2012."
    found = _entities(resources, text, [("British journalist John Cantlie", "Organisation")])
    assert ("PERSON", "John Cantlie") in found
    assert not [t for _, t in found if "journalist" in t]


def test_a_place_after_a_lower_case_word_is_no_described_person(resources: Resources) -> None:
    text = "Aid convoys reached the border town Khan Younis on Monday after days of delay."
    found = _entities(resources, text, [("border town Khan Younis", "Location")])
    assert not [t for label, t in found if label == "PERSON"]


def test_a_city_guessed_a_people_after_a_preposition_is_a_place(resources: Resources) -> None:
    text = "A soldier was killed by sniper fire in Donetsk on Monday."
    found = _entities(resources, text, [("Donetsk", "Nationality")])
    assert ("LOC", "Donetsk") in found


def test_an_organisation_guess_opening_with_a_clause_keeps_only_the_name(
    resources: Resources,
) -> None:
    text = "Thousands of people demonstrated in Tel Aviv on Saturday, demanding a deal."
    found = _entities(resources, text, [("people demonstrated in Tel Aviv", "Organisation")])
    assert ("LOC", "Tel Aviv") in found
    assert not [t for _, t in found if "demonstrated" in t]


def test_a_person_guess_running_on_into_a_place_ends_before_in(resources: Resources) -> None:
    text = "Police arrested Rafiqul Haque in Dhaka on Sunday, officials said."
    found = _entities(resources, text, [("Rafiqul Haque in Dhaka", "Person")])
    assert ("PERSON", "Rafiqul Haque") in found
    assert not [t for _, t in found if " in " in t]
