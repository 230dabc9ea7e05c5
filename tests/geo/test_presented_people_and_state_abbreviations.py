"""Places 28, from local news: people the text presents by name (speaking, aged or
described as a person) are no towns wherever their surnames stand again, a speaker ends
a list of towns, and AP state abbreviations written without their final period."""

from __future__ import annotations

from sitrep.geo import persons
from sitrep.kb.gazetteer import Gazetteer
from sitrep.model import make_article
from sitrep.pipeline.document import Document

from .conftest import Run


def _texts(doc: Document) -> list[str]:
    return [p.evidence.text for p in doc.places]


def _presented(text: str) -> frozenset[str]:
    doc = Document(make_article(text), anchor_date="2026-01-10")
    return persons.presented_person_words(doc, Gazetteer.load())


def test_speaking_aged_and_described_people_are_presented() -> None:
    assert {"christopher", "huff"} <= _presented(
        "Community Development Director Christopher Huff said the store opens in May."
    )
    assert {"tasha", "shelton"} <= _presented(
        "Police identified her as Tasha Nicole Shelton, 33, of Glen Allen."
    )
    assert "parker" in _presented('"It is the easiest thing to do," said Sharon Parker, 41.')
    assert "fairfield" in _presented(
        "A plea deal is being discussed for Elizabeth Fairfield, a Lebanon woman accused of "
        "neglect."
    )


def test_towns_bodies_and_ordinary_words_are_not_presented_as_people() -> None:
    # a town the gazetteer knows by both words, or a body named after a town
    assert _presented("Officials in Kansas City said the roads were closed.") == frozenset()
    assert _presented("Dublin Police said the road was reopened.") == frozenset()
    # teams take "who" as people do: no rule on it
    assert _presented("The Portland Trail Blazers, who lost on Tuesday, left.") == frozenset()


def test_a_presented_surname_standing_alone_is_no_town(run: Run) -> None:
    doc = run(
        "Officials in Sidney, Ohio, said Toni Botkins, 55, died Saturday. Botkins said in a "
        "letter that she feared the winter."
    )
    assert "Botkins" not in _texts(doc)
    assert "Sidney" in _texts(doc)


def test_a_speaker_does_not_continue_a_list_of_places(run: Run) -> None:
    doc = run(
        "Community Development Director Christopher Huff said the store will open in "
        "Schaumburg. The site lies east of Woodfield, Huff said."
    )
    assert "Schaumburg" in _texts(doc)
    assert "Huff" not in _texts(doc)


def test_a_state_abbreviation_without_its_period_after_a_party_letter_or_town(
    run: Run,
) -> None:
    doc = run(
        "House Speaker Nancy Pelosi, D-Calif, told colleagues the bonuses must be returned. "
        "He was convicted in Bronx County, N.Y, of selling drugs."
    )
    found = {p.evidence.text: p for p in doc.places}
    assert found["Calif"].name == "California"
    assert found["N.Y"].name == "New York"


def test_titles_spelled_like_a_state_stay_titles(run: Run) -> None:
    doc = run("Thank you, Miss Smith, for the flowers you sent from Springfield.")
    assert "Miss" not in _texts(doc)


def test_a_town_named_whole_though_a_model_split_it(run: Run) -> None:
    doc = run(
        "This senior citizen residence in Grand Ledge was the scene of a criminal investigation."
    )
    found = {p.evidence.text: p for p in doc.places}
    assert found["Grand Ledge"].admin1 == "US.MI"


def test_a_towns_own_civic_body_names_the_town(run: Run) -> None:
    doc = run("Registration will be held today at the Oakdale Fire Department.")
    assert "Oakdale" in _texts(doc)
    # an ordinary word before a civic word is still no town
    assert _texts(run("Area woman sentenced for mortgage fraud.")) == []


def test_a_name_after_a_kinship_noun_is_a_person(run: Run) -> None:
    doc = run(
        "The couple lost their first child, Hailey, in May 2006 in Ravenel. Hailey is "
        "never far from their minds."
    )
    assert _texts(doc) == ["Ravenel"]
    assert "hailey" in _presented("The couple lost their first child, Hailey, in May.")
    doc = run("I did have a daughter Elizabeth and she did die in Sligo.")
    assert _texts(doc) == ["Sligo"]


def test_irish_and_english_counties_are_places(run: Run) -> None:
    found = {
        p.evidence.text: p
        for p in run(
            "Mayo County Council said it was happy with its policy, and the High Sheriff "
            "of Cambridgeshire presented the awards."
        ).places
    }
    assert (found["Mayo County"].country, found["Mayo County"].feature) == ("IE", "admin2")
    assert found["Cambridgeshire"].country == "GB"


def test_a_saints_abbreviation_spelled_out_finds_a_country() -> None:
    gazetteer = Gazetteer.load()
    assert gazetteer.lookup("St. Lucia")[0].feature == "country"
    assert gazetteer.lookup("St. Kitts and Nevis")[0].country == "KN"
