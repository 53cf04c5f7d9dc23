"""The reviewers' commands: `triage digest`, `triage show`, `triage browse`.

`register(main)` adds them to the `triage` click group (cli.py calls it).
"""
from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import click

from triage.cli_common import plain_errors

from triage.config import Config, load_config
from triage.errors import TriageError
from triage.store.db import Store, open_db

_config_option = click.option("--config", "config_path", type=click.Path(dir_okay=False),
                              help="A TOML config (default: the built-in settings).")
_db_option = click.option("--db", type=click.Path(dir_okay=False),
                          help="The database to read (default: the config's store.path).")




def _open(config: Config, db: str | None) -> Store:
    path = Path(db or config["store.path"])
    if not path.exists():
        raise TriageError(f"no database at {path} (give --db, or run the daemon or replay first)")
    return Store(open_db(path))


def _digest(date_, out, send, config_path, db) -> None:
    """Build the digest; print its text, write it to FILE, or --send it to the reviewers."""
    from triage.digest import render
    from triage.digest.build import build_digest
    from triage.digest.send import SmtpSender, compose, deliver, mark_sent

    config = load_config(config_path)
    store = _open(config, db)
    now = datetime.now(timezone.utc)
    day = date_.date() if date_ else now.astimezone(ZoneInfo(config["digest.timezone"])).date()
    if send:
        msg = compose(store, config, day, now)
        where = deliver(msg, config, day, SmtpSender(config))
        mark_sent(store, day, where, msg["Message-ID"], now)
        click.echo(f"digest for {day} sent to {where}", err=True)
    if out:
        path = Path(out)
        if path.suffix in (".html", ".htm"):
            path.write_text(render.render_html(build_digest(store, day, config, now)), "utf-8")
        elif path.suffix == ".txt":
            path.write_text(render.render_text(build_digest(store, day, config, now)), "utf-8")
        else:
            path.write_bytes(bytes(compose(store, config, day, now)))
        click.echo(f"digest for {day} written to {path}", err=True)
    if not out and not send:
        click.echo(render.render_text(build_digest(store, day, config, now)))


def _show(case_ref, as_json, config_path, db) -> None:
    """Everything the record holds on CASE_REF, and why the bot decided it."""
    from triage.show import case_record, format_case

    store = _open(load_config(config_path), db)
    record = case_record(store, case_ref)
    if as_json:
        click.echo(json.dumps(record, ensure_ascii=False, indent=2, default=str))
    else:
        click.echo(format_case(record))


def _browse(port, live, config_path, db) -> None:
    """Serve the database read-only with Datasette on 127.0.0.1."""
    from triage.browse import serve

    config = load_config(config_path)
    path = Path(db or config["store.path"])
    if not path.exists():
        raise TriageError(f"no database at {path}")
    serve(path, port=port, live=live, echo=lambda s: click.echo(s, err=True))


def register(main: click.Group) -> None:
    """Add digest, show and browse to `main`."""
    main.command("digest")(
        click.option("--date", "date_", type=click.DateTime(["%Y-%m-%d"]),
                     help="The digest's day (default: today in digest.timezone).")(
        click.option("--out", type=click.Path(dir_okay=False),
                     help="Write it to FILE: .html, .txt, or anything else for the .eml.")(
        click.option("--send", is_flag=True,
                     help="Send it to digest.reviewers through SMTP and record it as sent.")(
        _config_option(_db_option(plain_errors(_digest)))))))
    main.command("show")(
        click.argument("case_ref")(
        click.option("--json", "as_json", is_flag=True, help="Print the record as JSON.")(
        _config_option(_db_option(plain_errors(_show))))))
    main.command("browse")(
        click.option("--port", default=8001, show_default=True, help="Port on 127.0.0.1.")(
        click.option("--live", is_flag=True,
                     help="Serve the live file read-only instead of a snapshot taken now.")(
        _config_option(_db_option(plain_errors(_browse))))))
