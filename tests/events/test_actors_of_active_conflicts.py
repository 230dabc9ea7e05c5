"""Actors of active conflicts on modern wire copy, coded as ACLED codes them: the
army in the Palestinian territories is Israel's, pro-government militias and Russia's
expeditionary forces are named actors, and the sides of a fight told in a clause
introduced by "after" are the fight's sides."""

from __future__ import annotations

from event_helpers import events_of, name_of

PUBLISHED = "2025-06-10"


def _actors(text: str) -> list[tuple[str | None, str | None]]:
    return [(name_of(e.actor1), name_of(e.actor2)) for e in events_of(text, PUBLISHED)]


def test_bare_soldiers_in_the_west_bank_are_israels() -> None:
    text = (
        "NABLUS, West Bank (Reuters) - Soldiers shot dead a Palestinian man near Nablus "
        "on Tuesday, the Palestinian health ministry said."
    )
    assert _actors(text)[0][0] == "Military Forces of Israel"


def test_bare_troops_firing_in_a_west_bank_village_are_israels() -> None:
    text = (
        "RAMALLAH, West Bank (AP) - Troops opened fire on stone-throwers in the village "
        "of Beita on Friday, wounding three, the Palestinian Red Crescent said."
    )
    assert _actors(text)[0][0] == "Military Forces of Israel"


def test_palestinian_security_forces_stay_palestinian() -> None:
    text = (
        "Palestinian Authority security forces clashed with gunmen in the Jenin camp on "
        "Sunday, killing one."
    )
    events = events_of(text, PUBLISHED)
    sides = [events[0].actor1, *events[0].assoc_actor1]
    assert all(a is not None and a.country == "PS" for a in sides)


def test_the_vdp_militia_is_a_named_pro_government_militia() -> None:
    text = (
        "The VDP militia killed 15 civilians in the village of Solenzo, a rights group "
        "said on Monday."
    )
    actor1 = events_of(text, PUBLISHED)[0].actor1
    assert actor1 is not None
    assert (actor1.kb_id, actor1.type) == ("vdp", "political_militia")


def test_the_africa_corps_is_russias_state_force_not_wagner() -> None:
    text = "Russian Africa Corps troops killed 20 civilians near Timbuktu, witnesses said."
    actor1 = events_of(text, PUBLISHED)[0].actor1
    assert actor1 is not None
    assert (actor1.kb_id, actor1.country, actor1.type) == (
        "RU.africa_corps",
        "RU",
        "state_forces",
    )


def test_dozo_hunters_fighting_beside_soldiers_are_a_communal_militia() -> None:
    text = "Dozo hunters and soldiers clashed with jihadists near Bama on Sunday."
    event = events_of(text, PUBLISHED)[0]
    sides = [a.kb_id for a in (event.actor1, *event.assoc_actor1) if a is not None]
    assert "dozo" in sides


def test_a_sinaloa_faction_is_the_sinaloa_cartel() -> None:
    text = (
        "Members of Los Chapitos clashed with rivals loyal to El Mayo Zambada in Culiacan "
        "on Sunday, killing six."
    )
    assert _actors(text)[0][0] == "Sinaloa Cartel"


def test_protesters_burning_a_police_station_face_no_police() -> None:
    text = "Protesters set fire to a police station in Kathmandu on Tuesday, police said."
    assert _actors(text) == [("Rioters (Nepal)", None)]


def test_demonstrators_torching_a_police_station_face_no_police() -> None:
    text = "Demonstrators torched a police station in Dhaka on Monday, police said."
    assert _actors(text)[0][1] is None


def test_militants_torching_army_trucks_attack_no_army() -> None:
    text = "Militants torched two army trucks near Kunduz on Monday, officials said."
    assert _actors(text)[0][1] is None


def test_protesters_clashing_with_police_still_face_them() -> None:
    text = "Protesters clashed with police in Dhaka on Monday, police said."
    assert _actors(text)[0][1] == "Police Forces of Bangladesh"


def test_clashes_erupting_after_a_raid_have_the_raiders_as_a_side() -> None:
    text = (
        "JENIN, West Bank (Reuters) - Clashes erupted after Israeli troops raided the town "
        "of Qabatiya on Monday, residents said."
    )
    assert _actors(text)[0][0] == "Military Forces of Israel"


def test_fighting_breaking_out_when_rebels_advance_has_the_rebels_as_a_side() -> None:
    text = (
        "GOMA, June 9 (AFP) - Fighting broke out when M23 rebels advanced on the town of "
        "Uvira on Friday, local officials said."
    )
    assert _actors(text)[0][0] == "M23 (March 23 Movement)"


def test_fighting_between_cartel_factions_is_a_clash_within_the_cartel() -> None:
    text = (
        "CULIACAN, Mexico (Reuters) - Fighting between factions of the Sinaloa cartel "
        "killed at least 10 people in Culiacan on Sunday, officials said."
    )
    events = events_of(text, PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Armed clash"]
    assert _actors(text) == [("Sinaloa Cartel", "Sinaloa Cartel")]


def test_a_shootout_between_cartel_factions_is_no_mob_violence() -> None:
    text = (
        "A shootout between rival factions of the Sinaloa Cartel left 12 dead in Culiacan "
        "on Saturday, state prosecutors said."
    )
    events = events_of(text, PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Armed clash"]
    assert _actors(text) == [("Sinaloa Cartel", "Sinaloa Cartel")]


def test_a_junta_air_strike_is_the_military_s() -> None:
    text = (
        "BANGKOK, June 9 (AP) - A junta air strike killed 17 people at a monastery in "
        "Sagaing region of Myanmar on Friday, residents said."
    )
    assert _actors(text)[0][0] == "Military Forces of Myanmar"


def test_a_strike_blamed_on_a_described_group_is_that_group_s() -> None:
    text = (
        "KHARTOUM (Reuters) - A drone strike blamed on the paramilitary RSF hit a market "
        "in Omdurman on Sunday, killing 20 people, medics said."
    )
    assert _actors(text)[0] == ("Rapid Support Forces", "Civilians (Sudan)")


def test_gunmen_believed_to_belong_to_a_cartel_are_the_cartel() -> None:
    text = (
        "Gunmen believed to belong to the Jalisco New Generation Cartel killed eight "
        "people at a party in Guanajuato, Mexico, on Sunday, prosecutors said."
    )
    assert _actors(text)[0][0] == "Jalisco New Generation Cartel"


def test_gunmen_linked_to_a_rebel_group_are_the_group() -> None:
    text = (
        "BENI, Congo (AP) - Gunmen linked to the ADF killed 12 villagers in Beni "
        "territory on Tuesday, local officials said."
    )
    assert _actors(text)[0][0] == "Allied Democratic Forces"


def test_gang_members_of_a_named_coalition_are_the_coalition() -> None:
    text = (
        "PORT-AU-PRINCE, Haiti (AP) - Gang members of the Viv Ansanm coalition attacked "
        "the town of Mirebalais on Monday, killing at least 10 people."
    )
    event = events_of(text, PUBLISHED)[0]
    assert name_of(event.actor1) == "Viv Ansanm"
    assert not event.assoc_actor1
