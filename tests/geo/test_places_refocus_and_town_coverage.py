"""Places in US local news, round 3 of issue 4: the article's focus is read again from
the pass that used it (places stage rule 23), and bare small towns named together lean
to the one state that holds them all (sitrep.geo.focus rule 9)."""

from __future__ import annotations

from sitrep.geo.focus import TOWN_FEATURES, Focus, coverage
from sitrep.kb.gazetteer import Place
from sitrep.model import PlaceMention, Span

from .conftest import Run

_CRASH = (
    "Driver hurt in Nokomis crash. An Alexandria man was hospitalized after a two-vehicle "
    "crash on Tuesday evening. The Douglas County Sheriff's Office said the man was taken "
    "to Douglas County Hospital and later flown to St. Cloud Hospital in St. Cloud."
)


def _town(text: str, admin1: str, population: int) -> Place:
    return Place(
        name=text,
        geonameid=None,
        country="US",
        admin1_code=admin1,
        lat=40.0,
        lon=-90.0,
        feature="village",
        population=population,
    )


def _found(text: str) -> PlaceMention:
    return PlaceMention(
        evidence=Span(0, len(text), text),
        name=text,
        geonameid=None,
        country="US",
        lat=40.0,
        lon=-90.0,
        feature="village",
        admin1="US.CT",
    )


def test_a_misleading_headline_town_yields_to_the_counties_read_later(run: Run) -> None:
    doc = run(_CRASH)
    (man,) = [p for p in doc.places if p.evidence.text == "Alexandria"]
    assert man.admin1 == "US.MN"
    assert {p.admin1 for p in doc.places if p.evidence.text == "St. Cloud"} == {"US.MN"}


def test_small_towns_named_together_lean_to_the_state_holding_all() -> None:
    focus = Focus(
        towns_covered={
            "US.IA": frozenset({"wayland", "olds", "winfield"}),
            "US.KS": frozenset({"winfield"}),
        }
    )
    assert focus.leaning_admin1("") == "US.IA"
    # a name never supports itself: two names are too few for towns
    assert focus.leaning_admin1("olds") is None


def test_towns_meeting_in_two_states_alike_settle_nothing() -> None:
    both = frozenset({"new london", "winfield", "mount pleasant"})
    assert Focus(towns_covered={"US.IA": both, "US.TX": both}).leaning_admin1("") is None


def test_a_big_citys_name_is_no_evidence_of_a_state() -> None:
    gazetteer = {
        "Washington": [_town("Washington", "US.DC", 689_545), _town("Washington", "US.IL", 16_000)],
        "Salisbury": [_town("Salisbury", "US.CT", 4_000), _town("Salisbury", "US.NC", 33_000)],
    }
    found = [_found("Washington"), _found("Salisbury")]
    table = coverage(found, lambda name: gazetteer[name], TOWN_FEATURES)
    assert table == {"US.CT": frozenset({"salisbury"}), "US.NC": frozenset({"salisbury"})}
