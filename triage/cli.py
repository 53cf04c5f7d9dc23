"""The `triage` command: click commands only.

Each command turns the library's TriageError into one plain line on stderr
and a non-zero exit; anything else is a bug and keeps its traceback.
"""
from __future__ import annotations

import json
import logging

import click

from triage.config import load_config
from triage.cli_common import plain_errors




@click.group()
@click.version_option(package_name="casereview-triage")
@click.option("-v", "--verbose", is_flag=True, help="Log every message's decision to stderr.")
def main(verbose: bool) -> None:
    """The first read of the ICE Case Review inbox."""
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s %(message)s")


@main.command()
@click.argument("source", type=click.Path())
@click.option("--report", required=True, type=click.Path(dir_okay=False),
              help="Where to write the JSON Lines report.")
@click.option("--db", type=click.Path(dir_okay=False),
              help="The database to record into (default: a fresh one in a temporary folder).")
@click.option("--outbox", type=click.Path(file_okay=False),
              help="Where replies are written as .eml files (default: a temporary folder).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False),
              help="A TOML config (for limits and the inbox address).")
@click.option("--workers", type=click.IntRange(min=0), default=None,
              help="Processes that read and extract ahead (default: replay.workers; 0: one a core; "
                   "1: none). The report is the same whatever the number.")
@plain_errors
def replay(source, report, db, outbox, config_path, workers) -> None:
    """Run the pipeline over SOURCE (mbox, Maildir or folder of .eml) with no network."""
    from triage.replay import replay as run_replay

    summary = run_replay(source, report, db=db, outbox=outbox,
                         config=load_config(config_path), workers=workers)
    counts = ", ".join(f"{k} {v}" for k, v in sorted(summary.decisions.items()))
    click.echo(f"{summary.messages} messages: {counts}; {summary.replies} replies written "
               f"to {summary.outbox}; {summary.quarantined} quarantined, "
               f"{summary.duplicates} duplicates; record: {summary.db_path}", err=True)


@main.command()
@click.argument("report", type=click.Path(exists=True, dir_okay=False))
@click.argument("labels", type=click.Path(exists=True, dir_okay=False))
@click.option("--errors", "show_errors", is_flag=True, help="List every message scored wrong.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@plain_errors
def score(report, labels, show_errors, as_json) -> None:
    """Score a replay REPORT against LABELS (both JSON Lines in the report's form)."""
    from triage.score import format_score, read_jsonl, score as run_score

    s = run_score(read_jsonl(report), read_jsonl(labels))
    if as_json:
        click.echo(json.dumps({**s.summary(), "errors": s.errors if show_errors else None},
                              ensure_ascii=False, indent=2))
        return
    click.echo(format_score(labels, s))
    if show_errors:
        for e in s.errors:
            click.echo(json.dumps(e, ensure_ascii=False, default=str))


def _register_commands() -> None:
    # Each area keeps its commands beside its code; this is the one list of them.
    from triage import cli_maint, cli_model, cli_ops, cli_review

    for area in (cli_maint, cli_model, cli_ops, cli_review):
        area.register(main)


_register_commands()
