"""The intake portal: applicants upload, workers audit, auditors work through the results.

Layered above ``pipeline``: the portal only calls the pipeline's public functions (discover to
vet an upload, audit to run it) and the report modules to render; it never re-implements a rule.
"""
