"""What every command module shares: library errors become one plain line."""
from __future__ import annotations

import functools
import sys

import click

from triage.errors import TriageError


def plain_errors(fn):
    """A TriageError becomes `triage: <sentence>` on stderr and exit code 2;
    anything else is a bug and keeps its traceback."""
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except TriageError as e:
            click.echo(f"triage: {e}", err=True)
            sys.exit(2)
    return wrapper
