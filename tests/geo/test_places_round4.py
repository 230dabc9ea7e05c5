"""Round 4 of the places stage: recall in organisation names, datelines, model spans that
overrun a name, one sense per article, person names, regions over villages, streets."""

from __future__ import annotations

from sitrep.evaluate.geo import GoldDoc, GoldToponym, streets_unscored
from sitrep.geo import persons
from sitrep.geo.context import civic_after, typed_within
from sitrep.geo.demonyms import ADJECTIVAL_CONFIDENCE
from sitrep.model import PlaceMention
from sitrep.pipeline.document import Document
from sitrep.pipeline.stages.places import LOCATIVE_CONFIDENCE

from .conftest import Run


def _places(doc: Document) -> dict[str, PlaceMention]:
    return {p.evidence.text: p for p in doc.places}


def test_civic_bodies_after_a_name_are_context() -> None:
    text = "Dublin City Council met. Torrington firefighters came. An Alexandria man"
    assert civic_after(text, text.index(" City Council"))
    assert civic_after(text, text.index(" firefighters"))
    assert civic_after(text, text.index(" man"))
    assert not civic_after(text, text.index(" met"))
    assert typed_within("Orange County")
    assert not typed_within("Orange")


def test_town_named_in_a_fire_department(run: Run) -> None:
    doc = run(
        "The Torrington Fire Department responded to the blaze on Sunday night and "
        "no residents were injured, officials said."
    )
    town = _places(doc)["Torrington"]
    assert town.country == "US"


def test_county_named_alone_at_sentence_start(run: Run) -> None:
    doc = run("Boone County's unemployment rate reached 7.7 percent in February.")
    county = _places(doc)["Boone County"]
    assert county.feature == "admin2"
    assert county.confidence >= 0.7


def test_all_capital_dateline_without_punctuation(run: Run) -> None:
    doc = run("LONDON\nPope Francis once again brought the case of the sick child up.")
    assert _places(doc)["LONDON"].country == "GB"


def test_dateline_with_a_date_after_the_comma(run: Run) -> None:
    doc = run("PESHAWAR, April 5 (APP): The army chief inaugurated two projects.")
    assert _places(doc)["PESHAWAR"].country == "PK"


def test_model_span_overrunning_an_ocean(run: Run) -> None:
    doc = run("Although hurricane season in the Atlantic starts June 1, most storms form later.")
    ocean = _places(doc)["Atlantic"]
    assert ocean.feature == "natural"


def test_one_sense_per_article(run: Run) -> None:
    doc = run(
        "A fire broke out in Torrington on Monday. Officials said Torrington would pay "
        "for the repairs from its emergency fund."
    )
    spans = [p.evidence.text for p in doc.places]
    assert spans.count("Torrington") == 2
    second = doc.places[-1]
    assert second.confidence < 0.7  # accepted by the article's sense, not by context


def test_person_named_in_the_article_is_not_a_town(run: Run) -> None:
    doc = run(
        "Police arrested Jason Terrell Jones, 23, after a chase. Jones fled on foot "
        "when officers arrived, the complaint said."
    )
    assert "Jones" not in _places(doc)


def test_person_word_still_a_place_with_context(run: Run) -> None:
    doc = run("Flooding closed two roads in Nelson, British Columbia, on Tuesday.")
    assert "Nelson" in _places(doc)


def test_packaged_person_names_exclude_states() -> None:
    names = persons.packaged_names()
    assert "kelly" in names
    assert "iraq" not in names


def test_first_level_region_no_town_is_named_after_has_coordinates(run: Run) -> None:
    doc = run("The case began in Kasba Bonli, a market town in Rajasthan state.")
    region = _places(doc)["Rajasthan"]
    assert region.feature == "admin1"
    assert region.lat is not None and 23 < region.lat < 30


def test_region_outranks_a_village_of_the_same_name(run: Run) -> None:
    doc = run(
        "Officials in Baltimore, Maryland, said the talks on the Middle East would "
        "resume in Washington next week."
    )
    assert _places(doc)["Middle East"].feature == "region"


def test_facility_words_are_never_places_alone(run: Run) -> None:
    doc = run("The protesters gathered at City Hall and then marched down Locust Street.")
    found = _places(doc)
    assert "Hall" not in found
    assert "Street" not in found


def test_running_example_nationalities_stay_actors(run: Run) -> None:
    doc = run(
        "Jordanian and Turkish aircraft joined the strikes in Syria, near the border "
        "with Turkey and Iraq, officials in the Middle East said."
    )
    found = _places(doc)
    assert {"Syria", "Turkey", "Iraq", "Middle East"} <= set(found)
    # "Jordanian" and "Turkish" name their states adjectivally: below any place named
    # outright, so the actors stage keeps them as actors' countries
    assert found["Jordanian"].country == "JO"
    assert found["Turkish"].confidence == ADJECTIVAL_CONFIDENCE < LOCATIVE_CONFIDENCE


def test_streets_without_ids_can_be_unscored() -> None:
    doc = GoldDoc(
        "d",
        "Royal Street in New Orleans",
        (
            GoldToponym(0, 12, "Royal Street", None, None, None),
            GoldToponym(16, 27, "New Orleans", 4335045, 29.95, -90.07),
        ),
    )
    (out,) = streets_unscored([doc])
    assert [t.scored for t in out.toponyms] == [False, True]


def test_type_words_choose_region_or_settlement(run: Run) -> None:
    doc = run(
        "Bombs exploded in the port city of Tartus and in the northwest province of "
        "Latakia, while shelling hit Idlib province."
    )
    kinds = {p.evidence.text: p.feature for p in doc.places}
    assert kinds["Tartus"] == "city"
    assert kinds["Latakia"] == "admin1"  # the region, placed at its namesake capital
    assert kinds["Idlib"] == "admin1"
