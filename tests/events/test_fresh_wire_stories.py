"""Fresh wire stories coded as an ACLED coder would: background tolls, restated tolls."""

from __future__ import annotations

from event_helpers import events_of

NIGER_IED = (
    "NIAMEY, June 3 (Reuters) - A landmine struck a military truck near Tillaberi on "
    "Sunday, killing five soldiers, the defence ministry said.\n\n"
)


def _tolls(text: str) -> list[int | None]:
    return [e.fatalities.best for e in events_of(text, published="2026-06-04")]


def test_a_coordinated_perfect_toll_of_an_insurgency_is_no_event_toll() -> None:
    text = NIGER_IED + (
        "Niger's military government has struggled to contain a jihadist insurgency that "
        "has spread from neighbouring Mali and killed thousands of people."
    )
    assert _tolls(text) == [5]


def test_militants_who_have_killed_tens_of_thousands_tell_no_event() -> None:
    text = NIGER_IED + (
        "Islamic State fighters in the region have killed tens of thousands of people "
        "and uprooted millions."
    )
    assert _tolls(text) == [5]


def test_a_war_toll_after_an_aside_is_no_event() -> None:
    text = NIGER_IED + (
        "The war between the government and the rebels, which began in late 2023, has "
        "killed more than 60,000 people."
    )
    assert _tolls(text) == [5]


def test_a_coordinated_simple_past_killing_keeps_its_toll() -> None:
    text = (
        "NIAMEY, June 3 (Reuters) - Gunmen stormed the village of Tera on Sunday and "
        "killed 14 civilians, officials said."
    )
    assert _tolls(text) == [14]


def test_a_campaign_toll_with_a_day_is_still_news() -> None:
    text = (
        "KHARTOUM, June 3 (AFP) - The offensive on the town, which began at dawn, has "
        "killed 30 people since Sunday, medics said."
    )
    assert _tolls(text) == [30]


def test_a_headline_toll_told_again_in_the_lead_is_not_added() -> None:
    text = (
        "Air strike kills four in Yemen's Marib\n\n"
        "SANAA, June 3 (Reuters) - An air strike hit a house in Marib on Monday, killing "
        "four members of one family, residents said."
    )
    assert _tolls(text) == [4]


def test_a_headline_toll_stands_where_the_body_counts_none() -> None:
    text = (
        "Air strike kills four in Yemen's Marib\n\n"
        "SANAA, June 3 (Reuters) - An air strike hit a house in Marib on Monday, "
        "residents said."
    )
    assert _tolls(text) == [4]


def _places(text: str) -> list[str | None]:
    return [
        e.location.name if e.location else None for e in events_of(text, published="2026-06-04")
    ]


def test_a_headline_takes_the_place_the_lead_names_not_the_dateline() -> None:
    text = (
        "Four soldiers killed in clash with rebels\n\n"
        "BOGOTA, June 3 (AP) - Four Colombian soldiers were killed on Tuesday in a clash "
        "with FARC dissidents near Tibu, the army said."
    )
    assert _places(text) == ["Tibú"]


def test_an_ambush_told_with_the_fighting_it_started_is_that_fight() -> None:
    text = (
        "BOGOTA, June 3 (AP) - Four Colombian soldiers were killed on Tuesday in a clash "
        "with ELN guerrillas in the eastern province of Arauca, the army said.\n\n"
        "The fighting broke out near the town of Tame when a patrol was ambushed by the "
        "rebels, the army said."
    )
    assert _places(text) == ["Tame"]


def test_an_ambush_in_another_sentence_of_the_province_stays_apart() -> None:
    text = (
        "BOGOTA, June 3 (AP) - Four Colombian soldiers were killed on Tuesday in a clash "
        "with ELN guerrillas in the eastern province of Arauca, the army said.\n\n"
        "Separately, a police patrol was ambushed by FARC dissidents near Jamundi on "
        "Monday, police said."
    )
    assert len(_places(text)) == 2


def _sub_types(text: str) -> list[str]:
    return [e.sub_event_type for e in events_of(text, published="2026-06-04")]


def test_grenades_among_firearms_make_no_grenade_attack() -> None:
    text = (
        "QUETTA, June 3 (AP) - Militants armed with rifles and hand grenades stormed a "
        "police post in Turbat on Tuesday, killing three officers, police said."
    )
    assert "Grenade" not in _sub_types(text)


def test_a_grenade_thrown_by_gunmen_stays_a_grenade_attack() -> None:
    text = (
        "MOMBASA, June 3 (Reuters) - Gunmen threw a grenade at a bar in Mombasa on "
        "Friday, wounding four people, police said."
    )
    assert _sub_types(text) == ["Grenade"]


def test_a_policy_told_in_the_present_after_it_is_no_event() -> None:
    text = (
        "BANGKOK, June 3 (Reuters) - An air strike hit a monastery in Myanmar's Magway "
        "region on Sunday, killing nine people, residents said.\n\n"
        'The army says it attacks only "terrorists", the term it uses for rebel fighters.'
    )
    assert len(events_of(text, published="2026-06-04")) == 1


def test_a_cityless_dateline_is_the_filing_day_not_the_act_day() -> None:
    text = (
        "June 3 (Reuters) - An air strike hit a monastery in Myanmar's Magway region on "
        "Sunday, killing nine people, residents said."
    )
    (event,) = events_of(text, published="2026-06-05")
    assert event.date is not None and event.date.start == "2026-05-31"


def test_a_date_opening_a_line_without_an_agency_stays_the_act_day() -> None:
    text = (
        "On May 30 - a Saturday - an air strike hit a monastery in Myanmar's Magway "
        "region, killing nine people, residents said."
    )
    (event,) = events_of(text, published="2026-06-05")
    assert event.date is not None and event.date.start == "2026-05-30"


def test_suspended_peace_talks_are_no_agreement() -> None:
    text = (
        "BOGOTA, June 3 (AP) - The government suspended peace talks with the Gulf Clan "
        "last month after a wave of killings of police officers."
    )
    assert "Agreement" not in _sub_types(text)


def test_a_truce_agreed_after_suspended_talks_is_still_an_agreement() -> None:
    text = (
        "BOGOTA, June 3 (AP) - The government and the Gulf Clan signed a ceasefire "
        "agreement on Tuesday, months after talks were suspended."
    )
    assert "Agreement" in _sub_types(text)


def _initiators(text: str) -> list[str | None]:
    return [e.actor1.name if e.actor1 else None for e in events_of(text, published="2026-06-04")]


def test_the_body_names_the_initiator_a_headline_shortens() -> None:
    text = (
        "Myanmar junta air strike kills nine in Magway\n\n"
        "BANGKOK, June 3 (Reuters) - A Myanmar military air strike hit a monastery in "
        "Magway region on Sunday, killing nine people, residents said."
    )
    assert _initiators(text) == ["Myanmar military (Tatmadaw)"]
