"""Places 49: a country's capital where the article names that country; a big city's
name beside two small neighbours of its namesake."""

from __future__ import annotations

from sitrep.geo import proximity
from sitrep.kb.actors import fold
from sitrep.kb.gazetteer import Gazetteer

from .conftest import Run


def _paris(run: Run, text: str) -> set[str | None]:
    return {p.country for p in run(text).places if p.evidence.text == "Paris"}


def test_a_capital_is_itself_where_the_article_names_its_country(run: Run) -> None:
    text = (
        "GEORGETOWN, Ky. - Students from Georgetown College are safe after a gunman "
        "opened fire on police on Paris' iconic Champs-Elysees boulevard in France. "
        "They had plans to leave Paris on Saturday and will return to Kentucky next week."
    )
    assert _paris(run, text) == {"FR"}


def test_a_home_town_written_with_its_state_stays_home(run: Run) -> None:
    text = (
        "Tourism to France has fallen, a Paris, Tenn., travel agent said, and few Paris "
        "residents will fly this year."
    )
    assert _paris(run, text) == {"US"}


def test_a_home_town_stays_home_where_no_country_is_named(run: Run) -> None:
    assert _paris(
        run, "A Paris man was arrested in Union City, the Tennessee Highway Patrol said."
    ) == {"US"}


def _support_of_london(*names: str) -> dict[str, float]:
    """What the other names of "a London man ... near Woodstock and Tavistock" give each
    London."""
    gazetteer = Gazetteer.load()
    near = proximity.support({fold(n): gazetteer.lookup(n) for n in ("London", *names)})
    return {
        str(p.country): near.get(proximity.key(p), 0.0)
        for p in gazetteer.lookup("London")
        if p.feature == "city" and p.country in ("GB", "CA")
    }


def test_two_small_neighbours_support_the_big_name_beside_them() -> None:
    # "Police said the London man was driving home from Woodstock when his car left
    # the road near Tavistock": London, Ontario, lies beside both; London, England,
    # beside neither
    support = _support_of_london("Woodstock", "Tavistock")
    assert support["CA"] > 0
    assert support["GB"] == 0


def test_one_small_namesake_nearby_or_famous_names_prove_nothing() -> None:
    assert _support_of_london("Woodstock") == {"CA": 0.0, "GB": 0.0}
    # "talks in London, Paris and Brussels": Paris and Brussels, Ontario, prove nothing
    assert _support_of_london("Paris", "Brussels")["CA"] == 0
