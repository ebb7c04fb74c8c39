"""preaudit: pre-audit of after-sales service certification packages (GB/T 27922-2011).

The stages live in sibling folders of the source tree (model/, parsers/, checks/, reports/,
pipeline/, portal/; ARCHITECTURE.md) and install as subpackages of this one —
``preaudit.pipeline``, ``preaudit.parsers`` … (pyproject.toml [tool.setuptools.package-dir]) —
so nothing with a generic name lands in site-packages.
"""
