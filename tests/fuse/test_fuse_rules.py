"""Fusion rules on realistic pairs of reports (sitrep.fuse)."""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest
from fuse_reports import (
    ARRESTS_KHARKIV,
    KHARKIV_SALTIVSKYI,
    KYIV,
    STRIKE_AP,
    STRIKE_KHARKIV_LATER,
    STRIKE_KYIV,
    STRIKE_REUTERS,
    report,
    russia,
)

import sitrep.fuse.incidents as fuse_incidents
from sitrep.api.synthetic import synthetic_extractions
from sitrep.fuse import THRESHOLD, Report, compare, group, incident_id
from sitrep.model import Actor


def ap() -> Report:
    return report(STRIKE_AP, actor1=russia(STRIKE_AP, "Russian drones"), dead=(3, 3, 3))[0]


def reuters() -> Report:
    return report(
        STRIKE_REUTERS,
        where="Kharkiv Saltivskyi",
        point=KHARKIV_SALTIVSKYI,
        actor1=russia(STRIKE_REUTERS, "Russian drone"),
        dead=(4, 4, None),
    )[0]


def test_two_agencies_on_one_kharkiv_strike_make_one_incident() -> None:
    a, b = ap(), reuters()
    result = compare(a, b)
    assert result.veto is None and result.score >= THRESHOLD and result.matches
    (incident,) = group([a, b])
    assert incident.sub_event_type == "Air/drone strike"
    assert incident.event_ids == tuple(sorted((a.event.id, b.event.id)))
    assert (incident.date_start, incident.date_end) == ("2026-01-15", "2026-01-15")
    # tolls are not summed across sources: best is the (lower) median, low/high the extremes
    assert incident.fatalities_best == 3
    assert incident.fatalities_low == 3
    assert incident.fatalities_high == 3
    assert [x.kb_id for x in incident.actors1] == ["RU_military"]
    assert incident.actors1[0].evidence is None  # evidence stays with the members
    assert incident.id == incident_id([b.event.id, a.event.id])


def test_best_is_the_median_of_three_sources() -> None:
    third = report(
        "Five people died after a Russian drone struck a Kharkiv apartment block on Thursday.",
        actor1=None,
        dead=(5, 5, 6),
    )[0]
    (incident,) = group([ap(), reuters(), third])
    assert incident.fatalities_best == 4
    assert (incident.fatalities_low, incident.fatalities_high) == (3, 6)


def test_kharkiv_and_kyiv_on_the_same_day_stay_apart() -> None:
    kyiv = report(
        STRIKE_KYIV, where="Kyiv", point=KYIV, actor1=russia(STRIKE_KYIV, "Russian drone")
    )[0]
    result = compare(ap(), kyiv)
    assert result.veto == "place differs" and not result.matches
    assert group([ap(), kyiv]) == []


def test_same_place_days_apart_stays_apart() -> None:
    later = report(STRIKE_KHARKIV_LATER, day="2026-01-18")[0]
    assert compare(ap(), later).veto == "date differs"
    assert group([ap(), later]) == []


def test_arrests_are_not_a_strike() -> None:
    arrests = report(ARRESTS_KHARKIV, event_type="Strategic developments", sub_type="Arrests")[0]
    assert compare(ap(), arrests).veto == "type differs"


def test_events_of_one_article_never_fuse() -> None:
    a = ap()
    twin = replace(a, event=replace(a.event, id="ev_other_in_same_article"))
    assert compare(a, twin).veto == "same article"
    assert group([a, twin]) == []


def test_conflicting_actor_ids_on_one_role_veto() -> None:
    b = reuters()
    militia = Actor("Freedom of Russia Legion", None, kb_id="freedom_of_russia_legion")
    assert compare(ap(), replace(b, event=replace(b.event, actor1=militia))).veto == (
        "actors differs"
    )


def test_compatible_sub_types_match_weaker() -> None:
    b = reuters()
    shelling = replace(
        b, event=replace(b.event, sub_event_type="Shelling/artillery/missile attack")
    )
    same, compatible = compare(ap(), b), compare(ap(), shelling)
    assert compatible.matches and compatible.score < same.score


def test_wider_intervals_match_weaker() -> None:
    week = report(
        "Russian drones repeatedly struck Kharkiv last week, Syniehubov said on Sunday.",
        day="2026-01-12",
        end="2026-01-18",
    )[0]
    day = report(STRIKE_AP)[0]  # no actors known on either side
    assert 0 < compare(day, week).score < compare(day, report(STRIKE_REUTERS)[0]).score
    assert not compare(day, week).matches


def test_country_precision_needs_agreeing_actors() -> None:
    def vague(text: str, actor: Actor | None) -> Report:
        return report(text, where="Ukraine", point=None, precision="country", actor1=actor)[0]

    assert not compare(vague(STRIKE_AP, None), vague(STRIKE_REUTERS, None)).matches
    assert compare(
        vague(STRIKE_AP, russia(STRIKE_AP, "Russian drones")),
        vague(STRIKE_REUTERS, russia(STRIKE_REUTERS, "Russian drone")),
    ).matches


def test_daily_strikes_do_not_chain_into_one_incident() -> None:
    days = ["2026-01-14", "2026-01-15", "2026-01-16", "2026-01-17"]
    reports = [report(STRIKE_AP + f" ({i})", day=d)[0] for i, d in enumerate(days)]
    day_of = {r.event.id: int(r.event.date.start[-2:]) for r in reports if r.event.date}
    incidents = group(reports)
    # adjacent days may pair up (a day of slack), but never all four into one incident
    assert 1 <= len(incidents) <= 2
    for incident in incidents:
        members = [day_of[i] for i in incident.event_ids]
        assert max(members) - min(members) <= 1


def test_grouping_ignores_input_order() -> None:
    reports = [ap(), reuters(), report(STRIKE_KYIV, where="Kyiv", point=KYIV)[0]]
    assert group(reports) == group(list(reversed(reports)))


def test_blocking_finds_what_comparing_all_pairs_finds(monkeypatch: pytest.MonkeyPatch) -> None:
    reports = [
        Report(event, x.article.id)
        for x in synthetic_extractions(1500, seed=7, max_events=5)
        for event in x.events
    ]
    blocked = group(reports)
    monkeypatch.setattr(
        fuse_incidents, "_pairs", lambda rs: itertools.combinations(range(len(rs)), 2)
    )
    assert group(reports) == blocked and len(blocked) >= 5


def test_a_state_and_its_forces_are_one_actor() -> None:
    from sitrep.fuse.rules import _same_actor

    assert _same_actor("RU", "RU.military") is True
    assert _same_actor("RU.military", "RU.police") is None
    assert _same_actor("RU", "UA.military") is False
    assert _same_actor(None, "RU") is None
