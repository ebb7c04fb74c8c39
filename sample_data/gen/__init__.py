"""Builders behind ``sample_data/generate.py``: content, file writers, ground truth, rules."""
