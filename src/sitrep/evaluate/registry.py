"""Imports every evaluator module so that each registers itself.

Add a line here when adding a dataset reader and scorer.
"""
