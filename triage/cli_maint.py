"""Maintenance commands: `triage purge`.

`register(main)` adds them to the `triage` group (cli.py calls it).
"""
from __future__ import annotations

from pathlib import Path

import click

from triage.cli_common import plain_errors

from triage.config import load_config
from triage.errors import TriageError


def _store_path(config_path: str | None, db: str | None) -> Path:
    path = Path(db) if db else Path(load_config(config_path)["store.path"])
    if not path.is_file():
        raise TriageError(f"no database at {path}")
    return path


@click.command()
@click.option("--older-than", "days", required=True, type=click.IntRange(min=0),
              metavar="DAYS", help="Purge mail received more than DAYS days ago.")
@click.option("--config", "config_path", type=click.Path(exists=True, dir_okay=False),
              help="The TOML config (its store.path is the database).")
@click.option("--db", type=click.Path(dir_okay=False),
              help="The database (default: store.path of the config).")
@plain_errors
def purge(days, config_path, db) -> None:
    """Remove raw mail, text and extracted values of closed cases and of
    ignored or quarantined mail older than DAYS; keep the digest's counts."""
    from triage.purge import purge as run_purge
    from triage.store.db import Store, open_db

    database = open_db(_store_path(config_path, db))
    try:
        counts = run_purge(Store(database), days)
    finally:
        database.close()
    click.echo("purged: " + ", ".join(f"{k} {v}" for k, v in counts.items()))


def register(main: click.Group) -> None:
    main.add_command(purge)
