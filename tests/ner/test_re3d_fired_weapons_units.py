"""re3d adapter: how a weapon is fired, mounted or guided qualifies it ("a shoulder-fired
missile", "GPS-guided bombs"), and temperatures, areas in hectares and volumes in barrels
or gallons are measures, a Quantity with their unit ("45 degrees Celsius")."""

from __future__ import annotations

from re3d_stubs import rule_stages

from sitrep.ner.corpus import Sentence
from sitrep.ner.re3d import predict_sentence


def _found(text: str, label: str) -> list[str]:
    words = tuple(text.split())
    sentence = Sentence(words, ("O",) * len(words))
    spans = predict_sentence(list(rule_stages()), sentence)
    return [" ".join(words[s:e]) for s, e, kind in spans if kind == label]


def test_a_shoulder_fired_missile_is_one_weapon_with_its_article() -> None:
    text = "The rebels shot down a helicopter with a shoulder - fired missile ."
    assert "a shoulder - fired missile" in _found(text, "Weapon")


def test_guided_and_mounted_weapons_keep_their_modifier() -> None:
    text = "Troops found a vehicle - mounted machine gun and several GPS - guided bombs ."
    found = _found(text, "Weapon")
    assert "a vehicle - mounted machine gun" in found and "GPS - guided bombs" in found


def test_a_temperature_is_a_quantity_with_its_unit() -> None:
    text = "Temperatures in the camp reached 45 degrees Celsius on Tuesday ."
    assert "45 degrees Celsius" in _found(text, "Quantity")


def test_hectares_and_barrels_are_units() -> None:
    text = "The fire burned 2,000 hectares and spilled 500 barrels of oil ."
    found = _found(text, "Quantity")
    assert "2,000 hectares" in found and "500 barrels" in found


def test_african_currencies_make_money() -> None:
    assert "5 million naira" in _found("The ransom of 5 million naira was paid .", "Money")
    assert "50,000 CFA francs" in _found("Each family received 50,000 CFA francs .", "Money")


def test_a_year_before_a_verb_is_no_money() -> None:
    text = "Zelensky , who in 2019 won the election , spoke in Kyiv ."
    assert _found(text, "Money") == []


def _platforms(text: str) -> list[str]:
    return _found(text, "MilitaryPlatform")


def test_a_catalogued_vehicle_keeps_its_class_noun() -> None:
    text = "The army deployed Leopard 2 tanks and Bradley fighting vehicles near Bakhmut ."
    assert "Bradley fighting vehicles" in _platforms(text)


def test_a_catalogued_aircraft_keeps_its_role_noun() -> None:
    text = "Two MiG-29 jets and a Su-25 ground attack aircraft were lost on Sunday ."
    assert "Su-25 ground attack aircraft" in _platforms(text)
