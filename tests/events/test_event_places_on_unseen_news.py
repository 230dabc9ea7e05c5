"""Where an event happened, on unseen news: the dateline, a person's home and past are
no event places when the sentence names another; a town inside a region the article
names keeps its place, a homonym falls back to the named region, never to the country;
country precision never cites a town; a region's kind and "south of" set the precision;
a demonym opens no place's name; a compass-named part of a town is the town."""

from __future__ import annotations

from sitrep.events.placing import (
    focus_country,
    locate,
    precision_of,
    rehome_homonyms,
    unresolved_location,
    usable_places,
)
from sitrep.model import EntityMention, PlaceMention, Span


def _at(text: str, phrase: str, occurrence: int = 0) -> Span:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    return Span.of(text, start, start + len(phrase))


def _town(
    text: str,
    phrase: str,
    country: str,
    feature: str = "city",
    admin1: str | None = None,
    confidence: float = 0.9,
    occurrence: int = 0,
    precision: str | None = None,
) -> PlaceMention:
    where = _at(text, phrase, occurrence)
    return PlaceMention(
        where, phrase, 1, country, 1.0, 1.0, feature, admin1, confidence, (), precision
    )


def _whole(text: str) -> tuple[tuple[int, int], Span]:
    return (0, len(text)), Span.of(text, 0, len(text))


def test_the_dateline_is_no_place_when_the_sentence_names_another() -> None:
    text = "KABUL (Reuters) - A suicide bomber killed 12 people at a Jalalabad market."
    places = [_town(text, "KABUL", "AF"), _town(text, "Jalalabad", "AF")]
    clause, sentence = _whole(text)
    found = locate(places, clause, sentence, [], text)
    assert found is not None and found.evidence == _at(text, "Jalalabad")
    # alone in its sentence, the dateline still places the event
    alone = locate(places[:1], clause, sentence, [], text)
    assert alone is not None and alone.evidence == _at(text, "KABUL")


def test_a_dateline_alone_places_the_event_at_its_town_not_its_state() -> None:
    text = "CHARLESTON, W.Va. -- Two men were shot dead Saturday outside a bar, police said."
    places = [
        _town(text, "CHARLESTON", "US", admin1="US.WV"),
        _town(text, "W.Va", "US", feature="admin1", admin1="US.WV"),
    ]
    clause = (text.index(", W.Va"), len(text))  # a clause may begin at the comma
    found = locate(places, clause, Span.of(text, 0, len(text)), [], text)
    assert found is not None and (found.name, found.precision) == ("CHARLESTON", "exact")


def test_where_a_person_lives_or_served_is_not_where_the_event_happened() -> None:
    text = "A resident of Springfield was shot dead outside a Chicago bar on Friday."
    places = [_town(text, "Springfield", "US"), _town(text, "Chicago", "US")]
    clause, sentence = _whole(text)
    found = locate(places, clause, sentence, [], text)
    assert found is not None and found.name == "Chicago"
    text = "A soldier who served two tours in Iraq was arrested in Byesville on Friday."
    iraq = _town(text, "Iraq", "IQ", feature="country")
    byesville = _town(text, "Byesville", "US", feature="village")
    clause, sentence = _whole(text)
    found = locate([iraq, byesville], clause, sentence, [], text)
    assert found is not None and found.name == "Byesville"
    assert locate([iraq], clause, sentence, [], text) is None


def test_a_town_inside_a_named_region_is_never_rehomed() -> None:
    text = "BYESVILLE, Ohio -- A veteran of the war in Iraq was arrested in Byesville."
    places = [
        _town(text, "BYESVILLE", "US", feature="village", admin1="US.OH", confidence=0.8),
        _town(text, "Ohio", "US", feature="admin1", admin1="US.OH"),
        _town(text, "Iraq", "IQ", feature="country"),
        _town(text, "Byesville", "US", feature="village", admin1="US.OH"),
    ]
    assert rehome_homonyms(places, [], text) == places


def test_a_homonym_falls_back_to_the_named_region_not_the_country() -> None:
    text = "Militants killed two officers in Dagestan. Gunmen also attacked a post in Salem."
    dagestan = _town(text, "Dagestan", "RU", feature="admin1", admin1="RU.17")
    salem = _town(text, "Salem", "IN", feature="village", admin1="IN.25", confidence=0.7)
    [_, moved] = rehome_homonyms([dagestan, salem], [], text)
    assert (moved.name, moved.country, moved.admin1, moved.feature) == (
        "Salem",
        "RU",
        "RU.17",
        "admin1",
    )
    assert precision_of(moved, text) == "admin1"


def test_country_precision_never_cites_a_town() -> None:
    text = "Police in Greenwood arrested five protesters, a day after a march in Jackson."
    towns = [_town(text, "Greenwood", "US"), _town(text, "Jackson", "US")]
    focus = focus_country(towns, text)
    assert focus is not None and (focus.country, focus.precision) == ("US", "country")
    assert focus.evidence is None
    text = "Protests spread across Mississippi, from Greenwood to Jackson."
    places = [
        _town(text, "Mississippi", "US", feature="admin1", admin1="US.MS"),
        _town(text, "Greenwood", "US", admin1="US.MS"),
        _town(text, "Jackson", "US", admin1="US.MS"),
    ]
    focus = focus_country(places, text)
    assert focus is not None and (focus.name, focus.precision) == ("Mississippi", "admin1")


def test_a_regions_kind_and_a_compass_offset_set_the_precision() -> None:
    text = "Gunmen killed five soldiers in Kandahar province, 20 miles south of Kandahar."
    province = _town(text, "Kandahar", "AF")
    near = _town(text, "Kandahar", "AF", occurrence=1, precision="near")
    assert precision_of(province, text) == "admin1"
    assert precision_of(near, text) == "near"


def test_a_name_opened_by_a_demonym_is_no_place() -> None:
    text = "In Russia, police clashed with fighters at Dagestani Battle Group positions."
    russia = [_town(text, "Russia", "RU", feature="country")]
    entity = EntityMention(_at(text, "Dagestani Battle Group"), "LOC", "Dagestani Battle Group")
    assert unresolved_location([entity], russia, (0, len(text)), text, None) is None
    text = "In Russia, police clashed with fighters at Kizlyar Battle Group positions."
    russia = [_town(text, "Russia", "RU", feature="country")]
    entity = EntityMention(_at(text, "Kizlyar Battle Group"), "LOC", "Kizlyar Battle Group")
    found = unresolved_location([entity], russia, (0, len(text)), text, None)
    assert found is not None and found.country == "RU"


def test_a_compass_named_part_of_a_town_leaves_the_town_usable() -> None:
    text = "Troops clashed with fighters in the heart of East Mosul on Tuesday."
    mosul = _town(text, "Mosul", "IQ")
    entity = EntityMention(_at(text, "heart of East Mosul"), "LOC", "heart of East Mosul")
    assert usable_places([mosul], [entity], [], text) == [mosul]
