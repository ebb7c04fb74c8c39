"""Exit status of the command line (spec fixes 0 and 2; 1 and 3 are our decision)."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0  # report written, whatever it found
    FAIL_ON = 1  # report written, and a finding at or above --fail-on was found
    USAGE_OR_UNREADABLE_PACKAGE = 2  # bad arguments, missing/unreadable package or manifest
    INTERNAL_ERROR = 3  # a bug in preaudit: the traceback is printed, please report it
    INTERRUPTED = 130  # Ctrl-C (128 + SIGINT, as shells report it); finished reports are kept
    BROKEN_PIPE = 141  # the reader of stdout went away (`explain … | head`): 128 + SIGPIPE


class PackageError(Exception):
    """The package as a whole cannot be audited (exit 2); ``str()`` says why, plainly."""
