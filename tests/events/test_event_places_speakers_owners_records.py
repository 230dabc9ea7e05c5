"""Where an event happened when the sentence also names where it was reported, whose
embassy was hit, a person's criminal record, a neighbour across a border or one of a
country's people; and towns the tagger read as a person or an organisation."""

from __future__ import annotations

from event_helpers import events_of, first_event

from sitrep.events.placing import biographical, speaker_place, speaking_places, usable_places
from sitrep.model import EntityMention, PlaceMention, Span


def _place(text: str, phrase: str, country: str, feature: str, name: str = "") -> PlaceMention:
    start = text.index(phrase)
    where = Span.of(text, start, start + len(phrase))
    return PlaceMention(where, name or phrase, 1, country, 1.0, 1.0, feature, None, 0.9, ())


def _entity(text: str, phrase: str, label: str) -> EntityMention:
    start = text.index(phrase)
    return EntityMention(Span.of(text, start, start + len(phrase)), label, phrase)


def test_the_place_of_the_spokesman_is_not_the_place_of_the_arrests() -> None:
    text = (
        "Soldiers arrested at least 30 striking miners at La Oroya on Monday, a "
        "military spokesman in Lima said."
    )
    event = first_event(text)
    assert event.location is not None
    assert event.location.name == "La Oroya"


def test_a_report_given_in_the_capital_places_nothing() -> None:
    text = "A union leader reported in Lima that soldiers had arrested 22 miners."
    start = text.index("Lima")
    assert speaker_place(start, start + len("Lima"), text)
    passive = "Clashes were reported in Homs, activists said."
    start = passive.index("Homs")
    assert not speaker_place(start, start + len("Homs"), passive)


def test_an_embassy_stands_in_its_host_country_not_its_owner() -> None:
    text = "Investigators said Friday's bombing of the U.S. embassy in Nairobi killed 213 people."
    event = first_event(text)
    assert event.location is not None
    assert event.location.country == "KE"


def test_the_owner_of_an_embassy_or_an_office_is_set_aside() -> None:
    text = "Kenya helped probe last Friday's bombings of U.S. embassies."
    places = [_place(text, "Kenya", "KE", "country"), _place(text, "U.S.", "US", "country")]
    kept = speaking_places(places, text)
    assert [p.evidence.text for p in kept] == ["Kenya"]


def test_a_region_named_across_a_border_is_no_place_of_the_event() -> None:
    text = "Police seized a car bomb on Sunday in a town bordering Northern Ireland."
    places = [_place(text, "Northern Ireland", "GB", "admin1")]
    assert speaking_places(places, text) == []


def test_a_criminal_record_does_not_place_a_local_arrest() -> None:
    text = (
        "Police arrested a 23-year-old man on Tuesday after he pulled a gun on a guest "
        "at a motel in Charleston. He had been convicted in 2006 of selling cocaine in "
        "Kings County, N.Y., records show."
    )
    for event in events_of(text):
        assert event.location is None or event.location.admin1 != "NY"
        assert event.location is None or event.location.name != "New York"


def test_one_of_a_countrys_people_is_no_town() -> None:
    text = "Police said they had arrested 14 foreigners, including a Turk and two Somalis."
    turk = _place(text, "Turk", "IN", "city", name="Durg")
    assert usable_places([turk], [], [], text) == []


def test_a_town_after_at_read_as_a_person_is_still_the_town() -> None:
    text = "Troops detained 12 protesters at La Oroya on Friday."
    town = _place(text, "La Oroya", "PE", "city")
    person = _entity(text, "La Oroya", "PERSON")
    assert usable_places([town], [person], [person.evidence], text) == [town]


def test_a_region_before_its_kind_read_as_a_person_is_still_the_region() -> None:
    text = "In Peru, the police post in Tocache, San Martin department, was attacked."
    peru = _place(text, "Peru", "PE", "country")
    region = _place(text, "San Martin", "PE", "admin1")
    person = _entity(text, "San Martin", "PERSON")
    kept = usable_places([peru, region], [person], [person.evidence], text)
    assert region in kept


def test_a_title_after_a_county_name_keeps_the_misread_out() -> None:
    text = "Moore County District Attorney Jane Doe said the gunman acted alone."
    county = _place(text, "Moore County", "US", "admin2")
    person = _entity(text, "Moore County District Attorney Jane Doe", "PERSON")
    assert usable_places([county], [person], [person.evidence], text) == []


def test_a_place_glossed_in_brackets_survives_a_run_on_reading() -> None:
    text = (
        "A bomb went off outside the house of a lawmaker in Gulbahar area of Peshawar "
        "(Peshawar District) on Monday, injuring his son."
    )
    event = first_event(text)
    assert event.location is not None
    assert event.location.name == "Peshawar"


def test_the_one_town_of_a_story_places_its_placeless_events() -> None:
    text = (
        "Gunmen shot dead the former interior minister and his driver on Friday. "
        "Foreign diplomats called what happened in San Salvador a crime against democracy."
    )
    event = first_event(text)
    assert event.location is not None
    assert event.location.name == "San Salvador"
    assert event.location.precision == "exact"


def test_a_sentence_opened_by_a_pronoun_goes_on_with_the_place_before_it() -> None:
    text = (
        "BELFAST, Northern Ireland (AP) - Irish police found 600 kilograms of explosives "
        "on Sunday in a shed in Dundalk, 50 miles south of Belfast. They arrested two "
        "men in connection with the bomb factory."
    )
    arrests = [e for e in events_of(text) if e.sub_event_type == "Arrests"]
    assert arrests
    assert all(e.location is not None and e.location.name == "Dundalk" for e in arrests)


def test_a_new_paragraph_does_not_go_on_with_the_place_before_it() -> None:
    text = (
        "Irish police found explosives on Sunday in a shed in Dundalk.\n\n"
        "They arrested two men in Belfast on Monday."
    )
    arrests = [e for e in events_of(text) if e.sub_event_type == "Arrests"]
    assert arrests
    assert all(e.location is not None and e.location.name == "Belfast" for e in arrests)


def test_the_town_of_a_local_force_places_its_acts_when_nothing_else_does() -> None:
    text = (
        "Kano State Police Command said on Thursday that it had arrested 12 suspected kidnappers."
    )
    event = first_event(text)
    assert event.location is not None
    assert event.location.name == "Kano"
    assert event.location.precision == "admin1"


def test_a_place_named_for_the_event_beats_the_town_of_the_local_force() -> None:
    text = "Kano State Police said they had arrested 12 suspected kidnappers in Wudil on Monday."
    event = first_event(text)
    assert event.location is not None
    assert event.location.name != "Kano"


def test_a_recent_conviction_still_tells_where_the_crime_was() -> None:
    text = "A man was convicted on Monday of the bombing in Boston last month."
    assert not biographical(_place(text, "Boston", "US", "city"), text)
    text = "Smith was convicted in 2004 of armed robbery in Bronx County, N.Y., police said."
    assert biographical(_place(text, "Bronx County", "US", "admin2"), text)
    assert biographical(_place(text, "N.Y.", "US", "admin1"), text)


def test_a_force_named_for_its_region_keeps_the_region_as_a_place() -> None:
    text = "He said the Osun State Police Command would extend the amnesty by a month."
    region = _place(text, "Osun", "NG", "admin1")
    force = _entity(text, "Osun State Police Command", "ORG")
    assert usable_places([region], [force], [force.evidence], text) == [region]


def test_a_reading_that_runs_into_the_bracket_after_a_town_leaves_the_town() -> None:
    text = "The blast hit a house in Gulbahar area of Peshawar (Peshawar District) on Monday."
    town = _place(text, "Peshawar", "PK", "city")
    person = _entity(text, "Peshawar (Peshawar District", "PERSON")
    assert usable_places([town], [person], [person.evidence], text) == [town]
