"""One sense per article for villages (sitrep.geo.acceptance rule 4): a village named in
locative context is the village where it stands alone again, when the article places
other towns in its country and its name is no ordinary English word nor a person's."""

from __future__ import annotations

from .conftest import Run


def _places(run: Run, text: str) -> list[tuple[str, str | None]]:
    doc = run(text)
    return [(p.evidence.text, p.admin1) for p in doc.places]


def test_village_recalled_before_a_noun(run: Run) -> None:
    text = (
        "A fire broke out at a monastery in Pewaukee on Sunday, and crews from Waukesha "
        "responded. Police said the Pewaukee monastery had been empty for years."
    )
    places = _places(run, text)
    assert places.count(("Pewaukee", "US.WI")) == 2


def test_village_recalled_opening_a_sentence(run: Run) -> None:
    text = (
        "Flooding closed roads in Shiloh and Mascoutah on Monday. Officials said Shiloh "
        "residents should avoid the area. Shiloh has seen three floods since 2008."
    )
    places = _places(run, text)
    assert places.count(("Shiloh", "US.IL")) == 3


def test_village_not_recalled_in_a_country_the_article_is_not_in(run: Run) -> None:
    text = (
        "The Blue Jays lost again in Toronto on Tuesday. Fans recalled the night the ball "
        "flew to Bautista. Bautista's big moments are still played on the radio."
    )
    places = [t for t, _ in _places(run, text)]
    assert places.count("Bautista") <= 1  # the player, not a village of the Philippines


def test_ordinary_word_village_not_recalled(run: Run) -> None:
    text = (
        "Deputies searched a barn in Hope and a field near Prescott on Friday. Hope was "
        "all the family had left, the sheriff said."
    )
    places = [t for t, _ in _places(run, text)]
    assert places.count("Hope") <= 1
    assert "Prescott" in places
