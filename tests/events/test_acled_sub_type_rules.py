"""ACLED sub-types read from single news sentences, written from the codebook definitions."""

from __future__ import annotations

import pytest

from sitrep.events.tokens import tokenize
from sitrep.events.triggers import find_triggers, inert_tokens
from sitrep.model import make_article
from sitrep.pipeline import process_article

CASES = [
    ("Hundreds of nurses went on strike and picketed the main hospital over unpaid wages.",
     "Peaceful protest"),
    ("Riot police dispersed a crowd of traders protesting against the demolition of their "
     "stalls.", "Protest with intervention"),
    ("Security forces opened fire on protesters in Khartoum, killing three people.",
     "Excessive force against protesters"),
    ("Angry demonstrators stormed the governor's office and set it on fire over the fuel "
     "price hike.", "Violent demonstration"),
    ("Rioters set fire to a police station and looted shops after the arrest of a cleric.",
     "Violent demonstration"),
    ("Villagers beat to death two men suspected of witchcraft.", "Mob violence"),
    ("Supporters of two rival parties clashed with sticks and machetes in the town.",
     "Mob violence"),
    ("Rebels captured the town of Bunagana near the border with Uganda.",
     "Non-state actor overtakes territory"),
    ("Troops retook the strategic hill that had been held by the rebels since May.",
     "Government regains territory"),
    ("Helicopter gunships fired on insurgent positions in the mountains.", "Air/drone strike"),
    ("Several mortar rounds landed in a residential area of the capital.",
     "Shelling/artillery/missile attack"),
    ("A bomb blast at a bus stop killed three people.", "Remote explosive/landmine/IED"),
    ("A suicide car bomb attack targeted an army base in Mogadishu.", "Suicide bomb"),
    ("A hand grenade was hurled at a police post in Srinagar, injuring two policemen.",
     "Grenade"),
    ("Government forces used chlorine gas in an attack on the town.", "Chemical weapon"),
    ("A journalist was stabbed to death by unknown assailants.", "Attack"),
    ("Soldiers raped two women in the village.", "Sexual violence"),
    ("Authorities took a journalist into custody over his reporting on the army.", "Arrests"),
    ("The two sides exchanged prisoners as part of a deal brokered by the Red Cross.",
     "Agreement"),
    ("Fifty militants surrendered to the army along with their weapons.",
     "Change to group/activity"),
    ("The army deployed additional soldiers to the city ahead of the elections.",
     "Change to group/activity"),
    ("Bomb disposal experts defused an explosive device found near the market.",
     "Disrupted weapons use"),
    ("A protester died after being hit by a tear gas canister fired at close range by police.",
     "Excessive force against protesters"),
    ("Police arrested 12 activists who were protesting in front of the press club.",
     "Protest with intervention"),
    ("Opposition parties organised a peaceful march in the capital to demand reforms.",
     "Peaceful protest"),
    ("A suicide bomber targeted an election rally, killing 128 people.", "Suicide bomb"),
    ("Four jihadist groups merged to form a new alliance.", "Change to group/activity"),
    ("The town fell to the insurgents on Wednesday after a three-day siege.",
     "Non-state actor overtakes territory"),
    ("Unknown men destroyed a telecommunication mast in the district.",
     "Looting/property destruction"),
    ("Shopkeepers closed their shops to protest against the killing of a trader.",
     "Peaceful protest"),
    ("Protesters attacked a police station and freed detained colleagues.",
     "Violent demonstration"),
    ("Residents set upon two suspected kidnappers and burned them alive.", "Mob violence"),
    ("Security forces tortured detainees at a secret prison, a rights group said.", "Attack"),
    ("A grenade exploded at a political rally, injuring 20 supporters of the ruling party.",
     "Grenade"),
    ("Hundreds of former fighters laid down their weapons as part of the disarmament "
     "programme.", "Change to group/activity"),
]  # fmt: skip


def _sub_types(text: str) -> list[str]:
    events = process_article(make_article(text)).events
    ranked = sorted(events, key=lambda e: (-e.confidence, e.evidence.start))
    return [e.sub_event_type for e in ranked]


@pytest.mark.parametrize(("text", "sub_type"), CASES)
def test_strongest_event_has_the_codebook_sub_type(text: str, sub_type: str) -> None:
    assert _sub_types(text)[:1] == [sub_type]


def _triggers(text: str) -> list[str]:
    tokens = tokenize(text, 0, len(text))
    return [text[h.start : h.end] for h in find_triggers(tokens, [])]


def test_riot_police_and_labour_strikes_are_not_riots_or_air_strikes() -> None:
    text = "Riot police watched as dock workers went on strike."
    assert _triggers(text) == ["went on strike"]
    tokens = tokenize(text, 0, len(text))
    assert [tokens[i].text for i in sorted(inert_tokens(tokens))] == ["Riot", "police"]


def test_a_weapon_name_triggers_only_in_a_phrase_that_reaches_past_it() -> None:
    text = "A grenade blast wounded two people near a car bomb."
    grenade = text.index("grenade")
    bomb = text.index("car bomb")
    tokens = tokenize(text, 0, len(text))
    blocked = [(grenade, grenade + len("grenade")), (bomb, bomb + len("car bomb"))]
    assert [text[h.start : h.end] for h in find_triggers(tokens, blocked)] == ["grenade blast"]


def test_taking_over_a_post_and_the_month_of_march_report_nothing() -> None:
    assert _triggers("The general took over as army chief in March.") == []


def test_damage_told_after_a_strike_is_that_strike() -> None:
    text = "An airstrike destroyed two buildings and a bridge near the town."
    assert _triggers(text) == ["airstrike"]


def test_a_dismissal_is_no_shooting() -> None:
    assert _triggers("The coach was fired on Monday after a string of defeats.") == []
    assert _triggers("Gunmen fired on a bus near the town.") == ["fired on"]
