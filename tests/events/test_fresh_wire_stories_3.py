"""Fresh wire stories, third set, coded as an ACLED coder would: running totals since a
coup or between two months are no toll of the story's event, and a dateline naming its
region in several words is still the day the report was filed."""

from __future__ import annotations

from event_helpers import events_of

PUBLISHED = "2026-06-10"
CHIN_AIR_STRIKE = (
    "BANGKOK, June 9 (AP) - A military air strike on a village in Chin state killed "
    "at least 17 people on Monday, residents said.\n\n"
)


def _tolls(text: str) -> list[int | None]:
    return [e.fatalities.best for e in events_of(text, published=PUBLISHED)]


def _days(text: str) -> list[str | None]:
    return [e.date.start if e.date else None for e in events_of(text, published=PUBLISHED)]


def test_a_toll_since_the_coup_is_a_running_total() -> None:
    text = CHIN_AIR_STRIKE + (
        "Air strikes have killed more than 1,200 civilians since the coup, according "
        "to a monitoring group."
    )
    assert _tolls(text) == [17]


def test_a_toll_since_a_month_and_year_is_a_running_total() -> None:
    text = CHIN_AIR_STRIKE + (
        "More than 700 people have been killed in the state since March 2023, the group said."
    )
    assert _tolls(text) == [17]


def test_a_toll_since_the_start_of_the_war_is_a_running_total() -> None:
    text = CHIN_AIR_STRIKE + (
        "Fighting has killed about 4,000 people since the start of the war, the "
        "United Nations said."
    )
    assert _tolls(text) == [17]


def test_a_killing_since_dawn_keeps_its_toll() -> None:
    text = (
        "BANGKOK, June 9 (AP) - Troops have killed 12 villagers in Chin state since "
        "Monday, residents said."
    )
    assert _tolls(text) == [12]


def test_a_toll_between_two_months_is_a_total() -> None:
    text = (
        "GOMA, June 10 (AFP) - Rebels seized the town of Masisi on Tuesday after heavy "
        "fighting with the army, residents said.\n\n"
        "The rebels captured Bukavu in February. Fighting in the east killed around "
        "3,000 people between January and March, according to the government."
    )
    assert 3000 not in _tolls(text)


def test_a_toll_between_ten_and_twenty_is_a_range() -> None:
    text = (
        "GOMA, June 10 (AFP) - Rebels killed between 10 and 20 villagers in Masisi on "
        "Tuesday, residents said."
    )
    assert _tolls(text) != [None]


def test_a_dateline_with_a_country_in_several_words_is_the_filing_day() -> None:
    text = (
        "BUKAVU, Democratic Republic of Congo, June 10 (AFP) - Rebels seized the town of "
        "Walikale on Tuesday after fighting with the army, residents said."
    )
    assert _days(text) == ["2026-06-09"]


def test_a_dateline_with_a_territory_in_two_words_is_the_filing_day() -> None:
    text = (
        "NABLUS, West Bank, June 10 (Reuters) - Israeli forces killed three Palestinians "
        "during a raid in Nablus on Tuesday, the health ministry said."
    )
    assert _days(text) == ["2026-06-09"]


def test_a_dateline_with_a_one_word_country_keeps_its_reading() -> None:
    text = (
        "QUETTA, Pakistan, June 10 (AP) - Gunmen killed four police officers in Quetta "
        "on Tuesday, officials said."
    )
    assert _days(text) == ["2026-06-09"]


def _sub_types(text: str) -> list[str]:
    return [e.sub_event_type for e in events_of(text, published=PUBLISHED)]


CAUCA_BOMBING = (
    "BOGOTA, June 10 (AFP) - Rebels detonated a car bomb outside a police station in "
    "the town of Jamundi on Tuesday, killing three officers, police said.\n\n"
)


def test_talks_told_as_suspended_in_the_passive_are_no_agreement() -> None:
    text = CAUCA_BOMBING + (
        "Peace talks between President Ivan Duque's government and the rebel group "
        "were suspended in March, officials said."
    )
    assert "Agreement" not in _sub_types(text)


def test_talks_that_resumed_are_still_an_agreement_event() -> None:
    text = (
        "BOGOTA, June 10 (AFP) - The government and the rebels signed a ceasefire "
        "agreement in Caracas on Tuesday, officials said."
    )
    assert _sub_types(text) == ["Agreement"]


def test_an_offensive_that_killed_dozens_is_a_campaign_toll() -> None:
    text = CAUCA_BOMBING + (
        "Talks broke down in March after the group launched an offensive in the "
        "Catatumbo region that killed more than 60 people."
    )
    assert _tolls(text) == [3]


def test_an_army_operation_that_killed_militants_keeps_its_toll() -> None:
    text = (
        "PESHAWAR, June 9 (AP) - An army operation in the Khyber district that "
        "killed seven militants is continuing, the military said."
    )
    assert _tolls(text) == [7]


NABLUS_RAID = (
    "RAMALLAH, June 10 (Reuters) - Israeli forces killed four Palestinians during a raid "
    "in Nablus on Tuesday, the health ministry said.\n\n"
)


def test_the_toll_from_the_raid_rising_updates_the_raid() -> None:
    text = NABLUS_RAID + (
        "The death toll from the raid rose to five on Wednesday after a wounded man "
        "died, the ministry said."
    )
    assert _tolls(text) == [5]


def test_the_toll_from_tuesday_s_air_strike_rising_updates_it() -> None:
    text = (
        "GAZA, June 10 (Reuters) - An Israeli air strike on a house in Khan Younis killed "
        "seven people on Tuesday, medics said.\n\n"
        "The death toll from Tuesday's strike climbed to nine, medics said."
    )
    assert _tolls(text) == [9]


def test_the_toll_from_the_war_rising_is_no_toll_of_the_raid() -> None:
    text = NABLUS_RAID + ("The death toll from the war in Gaza rose to 35,000, the ministry said.")
    assert _tolls(text) == [4]


def _actor_names(text: str) -> list[tuple[str | None, str | None]]:
    return [
        (getattr(e.actor1, "name", None), getattr(e.actor2, "name", None))
        for e in events_of(text, published=PUBLISHED)
    ]


def test_a_ship_s_flag_state_is_no_side_of_the_attack() -> None:
    text = (
        "DUBAI, June 10 (Reuters) - Houthi militants fired two missiles at a "
        "Panamanian-flagged oil tanker in the Gulf of Aden on Tuesday, UKMTO said."
    )
    assert all("Panama" not in str(pair) for pair in _actor_names(text))


def test_the_maker_of_a_drone_is_no_side_of_the_strike() -> None:
    text = (
        "KYIV, June 10 (Reuters) - Iranian-made drones struck an apartment block in "
        "Odesa on Tuesday, killing two people, officials said."
    )
    assert all("Iran" not in str(pair) for pair in _actor_names(text))


def test_a_state_s_own_warship_still_names_its_forces() -> None:
    text = (
        "DUBAI, June 10 (Reuters) - A British warship shot down a Houthi drone over the "
        "Red Sea on Tuesday, the defence ministry said."
    )
    assert any("United Kingdom" in str(pair) for pair in _actor_names(text))


def _places(text: str) -> list[str | None]:
    return [e.location.name if e.location else None for e in events_of(text, PUBLISHED)]


def test_dying_in_hospital_names_no_place_of_the_fighting() -> None:
    text = (
        "PORT SUDAN, June 9 (Reuters) - Paramilitary fighters shelled a market in El "
        "Obeid on Monday, killing nine civilians, activists said. The toll rose to 12 on "
        "Tuesday after three of the wounded died in hospital.\n\n"
        "The army said on Tuesday its troops repelled an assault on the city's eastern "
        "front, killing dozens of fighters."
    )
    assert "hospital" not in _places(text)


def test_a_jet_dropping_bombs_is_an_air_strike() -> None:
    text = (
        "BANGKOK, June 9 (AP) - A fighter jet dropped two bombs on a village in Magway "
        "region on Monday, killing eight people, residents said."
    )
    assert _sub_types(text) == ["Air/drone strike"]


def test_the_day_of_the_dropped_bombs_dates_the_air_strike() -> None:
    text = (
        "BANGKOK, June 9 (AP) - A military air strike on a village in Magway region "
        "killed at least 17 people, residents said on Tuesday.\n\n"
        "A fighter jet dropped two bombs on the village on Monday morning, a resident "
        "said."
    )
    assert _days(text) == ["2026-06-08"]


def test_charges_dropped_are_no_strike() -> None:
    text = (
        "BANGKOK, June 9 (AP) - Prosecutors dropped charges against two journalists "
        "in Yangon on Monday, their lawyer said."
    )
    assert _sub_types(text) == []


def test_bodies_found_on_a_day_and_dumped_count_the_dead() -> None:
    text = (
        "MEXICO CITY, June 9 (Reuters) - Authorities found the bodies of six men on "
        "Monday dumped beside a highway north of Mazatlan, the state prosecutor's office "
        "said."
    )
    assert _tolls(text) == [6]


def test_bodies_recovered_after_a_flood_are_no_attack() -> None:
    text = (
        "MEXICO CITY, June 9 (Reuters) - Rescuers recovered the bodies of six people on "
        "Monday after floods swept through villages near Mazatlan, officials said."
    )
    assert _sub_types(text) == []


def test_a_sea_named_with_its_article_is_the_place_of_a_ship_attack() -> None:
    text = (
        "DUBAI, June 10 (Reuters) - Yemen's Houthi militants fired a missile at a "
        "Greek-owned bulk carrier in the Gulf of Aden on Tuesday, UKMTO said."
    )
    assert _places(text) == ["Gulf of Aden"]


def test_the_state_of_a_president_is_still_no_locative_place() -> None:
    text = (
        "DUBAI, June 10 (Reuters) - The President of the United States said on Tuesday "
        "that Houthi militants fired a missile at a ship off Hodeidah on Monday."
    )
    assert "United States" not in _places(text)


KHYBER_RAID = (
    "PESHAWAR, June 9 (AP) - Security forces killed six militants in a raid in the "
    "Khyber district on Tuesday, the military said. "
)


def test_a_soldier_also_killed_adds_to_the_toll() -> None:
    assert _tolls(KHYBER_RAID + "A soldier was also killed in the clash.") == [7]


def test_a_soldier_wounded_adds_nothing_to_the_toll() -> None:
    assert _tolls(KHYBER_RAID + "A soldier was also wounded in the clash.") == [6]
