"""The web UI in real headless Chromium: load, filter, brush, open an event, follow it
to its incident (sources side by side), extract.

Screenshots go to test-artifacts/. Hostile article text (script tags, onerror
attributes, javascript: URLs) must execute nothing: `window.__pwned` stays unset and no
dialog opens on any page.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

MAP_DRAWN = "window.__sitrepMapDrawnAt !== undefined"


def assert_inert(page: Any) -> None:
    assert page.evaluate("window.__pwned") is None
    assert page.dialogs == []


def open_dashboard(page: Any, base: str) -> float:
    page.goto(base + "/")
    page.wait_for_function(MAP_DRAWN, timeout=20_000)
    page.wait_for_selector(".ag-row", timeout=10_000)
    return float(page.evaluate("window.__sitrepMapDrawnAt"))


def summary_count(page: Any) -> int:
    return int(page.get_by_test_id("summary").inner_text().split()[0])


def grid_column(page: Any, col: str) -> list[str]:
    cells = page.locator(f'.ag-center-cols-container .ag-cell[col-id="{col}"]')
    return [c.strip() for c in cells.all_inner_texts()]


def choose(page: Any, testid: str, option: str) -> None:
    page.get_by_test_id(testid).click()
    page.locator(".q-menu .q-item").filter(has_text=option).first.click()


def test_dashboard_loads_filters_and_brushes(page: Any, live_server: str, artifacts: Path) -> None:
    drawn_ms = open_dashboard(page, live_server)
    # first map render, from navigation start (kept in the artifacts, not asserted)
    (artifacts / "web-timing.json").write_text(json.dumps({"first_map_render_ms": drawn_ms}))
    assert page.evaluate("window.__sitrepMapCells") > 0
    assert page.locator("path.sitrep-cell").count() > 0
    total = summary_count(page)
    assert total > 400
    page.screenshot(path=str(artifacts / "dashboard.png"))

    choose(page, "country", "SD")
    page.wait_for_function(
        f"!document.querySelector('[data-testid=summary]').innerText.startsWith('{total}')"
    )
    sudan = summary_count(page)
    assert 0 < sudan < total
    page.wait_for_timeout(300)
    assert set(grid_column(page, "country")) == {"SD"}

    # brush the middle third of the timeline: the map and table narrow to those dates
    canvas = page.locator(".nicegui-echart canvas").first
    box = canvas.bounding_box()
    y = box["y"] + box["height"] * 0.6
    page.mouse.move(box["x"] + box["width"] * 0.35, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.65, y, steps=8)
    page.mouse.up()
    page.wait_for_function(
        "document.querySelector('[data-testid=summary]').innerText.includes(' from ')",
        timeout=10_000,
    )
    text = page.get_by_test_id("summary").inner_text()
    since, until = text.split(" from ")[1].split(" to ")
    brushed = summary_count(page)
    assert 0 < brushed < sudan
    page.wait_for_timeout(300)
    dates = grid_column(page, "date")
    assert dates and all(since <= d[:10] <= until.strip() for d in dates)
    page.screenshot(path=str(artifacts / "dashboard-brushed.png"))

    choose(page, "type", "Battles")
    page.wait_for_function(
        f"!document.querySelector('[data-testid=summary]').innerText.startsWith('{brushed} ')"
    )
    battles = summary_count(page)
    assert 0 < battles < brushed
    page.wait_for_timeout(300)
    assert set(grid_column(page, "type")) == {"Battles"}
    page.screenshot(path=str(artifacts / "dashboard-filtered.png"))

    assert_inert(page)


def test_event_page_highlights_evidence_and_stays_inert(
    page: Any, live_server: str, artifacts: Path
) -> None:
    open_dashboard(page, live_server)
    page.locator('.ag-center-cols-container .ag-cell[col-id="type"]').first.click()
    page.wait_for_url("**/event/**")
    page.wait_for_selector("mark.ev-value")
    article = page.get_by_test_id("article").inner_text()
    marks = page.locator("mark.ev-value").all_inner_texts()
    assert marks and all(m in article for m in marks)
    assert page.get_by_test_id("quote").count() >= 1

    page.goto(live_server + "/event/ev_hostile_lagos")
    page.wait_for_selector("mark.ev-value")
    text = page.get_by_test_id("article").inner_text()
    assert "<script>" in text and "onerror=" in text and "javascript:" in text
    marked = page.locator("mark.ev-value").all_inner_texts()
    assert {"Lagos", "Friday", "gunmen", "opened fire", "two people"} <= set(marked)
    assert page.locator("[data-testid=article] script, [data-testid=article] img").count() == 0
    assert page.locator("a[href^='javascript']").count() == 0
    assert "Ade, a trader" in page.get_by_test_id("quote").inner_text()
    page.screenshot(path=str(artifacts / "event-hostile.png"))
    assert_inert(page)


def test_incident_page_shows_sources_side_by_side(
    page: Any, live_server: str, artifacts: Path
) -> None:
    page.goto(live_server + "/event/ev_incident_afp")
    link = page.get_by_test_id("incident-link")
    assert "Also reported by 1 other source" in link.inner_text()
    link.click()
    page.wait_for_url("**/incident/**")
    page.wait_for_selector("[data-testid=report] mark.ev-value")
    reports = page.get_by_test_id("report")
    assert reports.count() == 2
    texts = [reports.nth(i).get_by_test_id("article").inner_text() for i in range(2)]
    assert "killing three" in texts[0] and "<script>" in texts[1] and "onmouseover" in texts[1]
    for i in range(2):
        marks = reports.nth(i).locator("mark.ev-value").all_inner_texts()
        assert {"Kharkiv", "Thursday"} <= set(marks) and all(m in texts[i] for m in marks)
    fields = page.get_by_test_id("incident-fields").inner_text()
    assert "3 / 3 / 4" in fields  # low / best (median, not the sum 7) / high
    assert page.locator("[data-testid=report] script, [data-testid=report] b").count() == 0
    page.screenshot(path=str(artifacts / "incident.png"), full_page=True)
    assert_inert(page)


def test_paste_an_article_and_see_its_events(
    page: Any, live_server: str, artifacts: Path, hostile_text: str
) -> None:
    page.goto(live_server + "/extract")
    report = (
        "Gunmen attacked a village in Zamfara state on Sunday. Eleven people were killed "
        "in the attack, police said. " + hostile_text
    )
    page.locator("textarea").first.fill(report)
    page.get_by_test_id("extract").click()
    page.wait_for_selector("[data-testid=event-card]", timeout=15_000)
    cards = page.get_by_test_id("event-card")
    assert cards.count() >= 1
    assert "Eleven people" in cards.first.inner_text()  # the fatalities evidence
    assert f"{cards.count()} event" in page.get_by_test_id("status").inner_text()
    page.screenshot(path=str(artifacts / "extract.png"))
    assert_inert(page)
