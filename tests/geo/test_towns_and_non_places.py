"""Towns named beside a wire dateline, and words that only look like places."""

from __future__ import annotations

from sitrep.model import PlaceMention

from .conftest import Run


def _place(run: Run, text: str, name: str) -> PlaceMention | None:
    found = [p for p in run(text).places if p.evidence.text == name]
    return found[0] if found else None


def test_a_town_in_a_capital_datelined_wire_report_is_the_town_itself(run: Run) -> None:
    text = (
        "OUAGADOUGOU, March 3 (Reuters) - Gunmen killed 12 soldiers in an attack on an "
        "army post near the town of Dori in the east of the country, security sources "
        "said on Friday.\n\nThe army said it had repelled the attack."
    )
    dori = _place(run, text, "Dori")
    assert dori is not None
    assert (dori.feature, dori.country) == ("city", "BF")
    assert dori.lat is not None and dori.lat > 13.5  # Dori itself, not Ouagadougou's region


def test_a_somali_town_near_a_mogadishu_dateline_keeps_its_own_place(run: Run) -> None:
    text = (
        "MOGADISHU, Feb 14 (AP) - A roadside bomb struck a police vehicle in the village "
        "of Afgoye, west of the capital, killing four officers, police said.\n\n"
        "Al-Shabaab claimed the attack."
    )
    town = _place(run, text, "Afgoye")
    assert town is not None
    assert town.feature == "city" and town.geonameid is not None


def test_a_local_datelined_report_still_places_a_missing_town_at_home(run: Run) -> None:
    # neighbour: a small-town dateline keeps rule 26 for towns the gazetteer lacks
    text = (
        "FALLS VILLAGE — Volunteers from the Falls Village Fire Department visited "
        "residents in Sharon, Cornwall and Salisbury on Saturday, Connecticut officials "
        "said. Torrington, Connecticut firefighters helped."
    )
    cornwall = _place(run, text, "Cornwall")
    assert cornwall is None or cornwall.country == "US"


_GAME = (
    "Spirit Lake beat Cherokee 52-47 on Friday night in Spirit Lake. The Spirit Lake "
    "girls travel to Okoboji and Estherville next week, and Storm Lake visits Cherokee. "
    "In the girls game, Cherokee won 49-40 behind 16 points from {name}."
)


def test_a_surname_after_a_given_name_is_no_town(run: Run) -> None:
    for name in ("Emma Hansen", "Jenna Hansen", "Kaylee Hansen"):
        text = _GAME.format(name=name)
        assert "Hansen" not in [p.evidence.text for p in run(text).places], name


def test_a_surname_alone_and_a_town_in_a_longer_region_name_keep_todays_answer(
    run: Run,
) -> None:
    assert "Hansen" not in [
        p.evidence.text for p in run("Hansen said the team played well.").places
    ]
    places = [p.evidence.text for p in run(_GAME.format(name="Tyler Lundquist")).places]
    assert "Cherokee" in places and "Okoboji" in places


_PLANT = (
    "GALESBURG — Knox Metal Products said Tuesday it will close its plant by June. "
    "Workers come from Galesburg, Knoxville, Abingdon and Monmouth, the company said. "
    "{opening} officials in Peoria said they would try to negotiate severance."
)


def test_an_ordinary_word_opening_a_sentence_before_officials_is_no_town(run: Run) -> None:
    for opening in ("Union", "Liberty"):
        places = [p.evidence.text for p in run(_PLANT.format(opening=opening)).places]
        assert opening not in places, opening
        assert "Peoria" in places


def test_a_towns_own_name_before_officials_stays_its_civic_body(run: Run) -> None:
    places = [p.evidence.text for p in run(_PLANT.format(opening="Knoxville")).places]
    assert places.count("Knoxville") == 2


def test_a_given_name_before_a_surname_in_a_models_place_guess_is_no_town(run: Run) -> None:
    text = (
        "The 96-year-old Fremont woman receives a lunch delivery from Linda Wasserman, a "
        "16-year volunteer with Fremont-based LIFE ElderCare Meals on Wheels."
    )
    places = [p.evidence.text for p in run(text).places]
    assert "Linda" not in places
    assert "Fremont" in places
    coach = (
        "In an executive session, the board accepted the resignation of Ashley Nickles as "
        "girls basketball coach and hired a new one from Paris."
    )
    assert "Ashley" not in [p.evidence.text for p in run(coach).places]
