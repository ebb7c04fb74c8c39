"""Discovers the package, runs parsers safely, hands records to checks, writes outputs."""
