"""Places 30: capital-letter "US" that is the pronoun ("LET US REMEMBER"), an adjective in
"-ic" ("Olympic officials"), a country or state written as a given name before a surname
the article repeats ("Chad LaBumbard ... LaBumbard said"), a town's motorists, council or
selectmen ("a Jordan motorcyclist"), a village named by its own civic body ("the Crestwood
Board of Education"), two places joined by a hyphen ("the Washington-Moscow route"),
and the counties of an article that meet in one state ("Williamson County ... Perry
County" in Tennessee)."""

from __future__ import annotations

from sitrep.geo import candidates
from sitrep.geo.focus import Focus

from .conftest import Run


def _places(run: Run, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(p.evidence.text, p.country, p.admin1) for p in run(text).places]


def test_capital_letter_us_after_let_or_a_verb_is_the_pronoun(run: Run) -> None:
    text = (
        "LET US REMEMBER THE VICTIMS OF THE ATTACK. THE GUERRILLAS TOLD US THEY WOULD "
        "ATTACK AGAIN, BUT THE ARMY WILL PROTECT ALL OF US, THE MAYOR OF MEDELLIN SAID."
    )
    assert "US" not in [name for name, _, _ in _places(run, text)]


def test_capital_letter_us_before_a_noun_is_the_country(run: Run) -> None:
    text = "THE US ARMY SENT AID FOR US TROOPS IN IRAQ, OFFICIALS SAID."
    found = [(name, country) for name, country, _ in _places(run, text)]
    assert found.count(("US", "US")) == 2


def test_the_caps_pronoun_rule_reads_only_capital_letter_copy() -> None:
    text = "Officials told US Central Command about it. LET US GO."
    assert not candidates.is_caps_pronoun(text, text.index("US"), text.index("US") + 2)
    last = text.rindex("US")
    assert candidates.is_caps_pronoun(text, last, last + 2)


def test_an_adjective_in_ic_is_no_town(run: Run) -> None:
    text = (
        "The Olympic team arrived in Athens on Monday. Olympic officials said the "
        "Olympic Games would go ahead despite the protests."
    )
    names = [name for name, _, _ in _places(run, text)]
    assert "Olympic" not in names
    assert "Athens" in names


def test_a_country_written_as_a_given_name_is_a_person(run: Run) -> None:
    text = (
        "Chad LaBumbard, technical director, said the current lighting was extremely "
        "antiquated. LaBumbard said the new controls would help the theater."
    )
    assert "Chad" not in [name for name, _, _ in _places(run, text)]


def test_a_country_before_a_weekday_is_still_the_country(run: Run) -> None:
    text = "Boko Haram fighters attacked Chad Sunday, killing 12 soldiers near Lake Chad."
    assert ("Chad", "TD", None) in _places(run, text)


def test_a_town_motorcyclist_is_the_town_not_the_country(run: Run) -> None:
    text = (
        "Family of Jordan motorcyclist finds him injured in ditch. A wife's quick action "
        "may have saved the life of a Jordan man whose motorcycle left Highway 282 near "
        "Sand Creek Township in Scott County, Minnesota."
    )
    jordans = [country for name, country, _ in _places(run, text) if name == "Jordan"]
    assert jordans and set(jordans) == {"US"}


def test_counties_that_meet_in_one_state_hold_each_other() -> None:
    focus = Focus(
        covered={
            "US.TN": frozenset({"williamson county", "perry county", "hickman county"}),
            "US.IL": frozenset({"williamson county", "perry county"}),
        }
    )
    assert focus.covering_admin1("hickman county") is None  # a tie without it
    assert focus.covering_admin1("lake county") == "US.TN"
    assert focus.leaning_admin1("lake county") == "US.TN"


def test_counties_named_in_one_state_place_the_article_there(run: Run) -> None:
    text = (
        "Unemployment rose to 9.1 percent from 8.6 percent in January. Williamson County "
        "has the state's lowest rate among counties at 6.2 percent. Perry County is "
        "highest at 24.1 percent, and Hickman County and Lewis County follow it."
    )
    found = {name: admin1 for name, _, admin1 in _places(run, text)}
    assert found.get("Williamson County") == "US.TN"
    assert found.get("Perry County") == "US.TN"


def test_two_places_joined_by_a_hyphen_name_each_other(run: Run) -> None:
    text = (
        "United Airlines will start flights to Russia next Sunday after postponing the "
        "Washington-Moscow route last year because of high fuel costs."
    )
    found = {name: country for name, country, _ in _places(run, text)}
    assert found.get("Washington") == "US"
    assert found.get("Moscow") == "RU"


def test_a_hyphenated_brand_is_no_pair_of_places(run: Run) -> None:
    text = "Harley-Davidson sales fell by a third last year, the company said."
    assert _places(run, text) == []


def test_a_village_named_by_its_own_civic_body_is_found(run: Run) -> None:
    text = (
        "A few unexpected expenses might require the Crestwood Board of Education to "
        "amend its budget in May, Superintendent Lorraine Bailey said."
    )
    assert ("Crestwood", "US") in [(name, country) for name, country, _ in _places(run, text)]
