"""The daemon's commands: `triage run`, `triage status`, `triage requeue`.

`register(main)` adds them to the `triage` group (cli.py calls it).
"""
from __future__ import annotations

import logging
import sys

import click

from triage.cli_common import plain_errors

from triage.config import load_config

CONFIG = click.option("--config", "config_path", required=True,
                      type=click.Path(exists=True, dir_okay=False),
                      help="The TOML config (see config.example.toml).")




@click.command()
@CONFIG
@click.option("--once", is_flag=True, help="Process what is waiting, then exit (for cron).")
@click.option("--dry-run", is_flag=True,
              help="Decide and log what would be sent and filed; change nothing.")
@click.option("--reply-to-backlog", is_flag=True,
              help="Also answer mail received before the cut-off (first start).")
@plain_errors
def run(config_path, once, dry_run, reply_to_backlog) -> None:
    """Run the daemon on the configured mailbox until SIGTERM/SIGINT."""
    from triage.ops import open_daemon

    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.INFO, stream=sys.stderr,
                            format="%(asctime)s %(levelname)s %(name)s %(message)s")
    logging.getLogger("triage").setLevel(logging.INFO)
    daemon, cleanup = open_daemon(load_config(config_path), dry_run=dry_run,
                                  reply_to_backlog=reply_to_backlog or None)
    try:
        code = daemon.run(once=once)
    finally:
        cleanup()
    if dry_run:
        click.echo(f"dry run: {len(daemon.handled)} messages, nothing changed", err=True)
    sys.exit(code)


@click.command()
@CONFIG
@plain_errors
def status(config_path) -> None:
    """Last poll, backlog, errors, pending replies, quarantine; non-zero when stale."""
    from triage.ops import status as read_status

    s = read_status(load_config(config_path))
    for line in s.lines():
        click.echo(line)
    sys.exit(1 if s.stale else 0)


@click.command()
@CONFIG
@click.option("--all", "all_", is_flag=True, help="Every quarantined message.")
@click.argument("ids", nargs=-1, type=int)
@plain_errors
def requeue(config_path, all_, ids) -> None:
    """Send quarantined messages (by record ID, or --all) through the pipeline again."""
    from triage.ops import requeue as run_requeue

    if not all_ and not ids:
        raise click.UsageError("give message IDs or --all")
    for r in run_requeue(load_config(config_path), None if all_ else list(ids)):
        state = "quarantined again" if r["quarantined"] else r["decision"]
        click.echo(f"{r['id']} {r['source']}: {state}"
                   f"{'; reply pending' if r['reply'] else ''}")


def register(main: click.Group) -> None:
    for command in (run, status, requeue):
        main.add_command(command)


if __name__ == "__main__":  # `python -m triage.cli_ops run ...` before cli.py wires it in
    group = click.Group("triage")
    register(group)
    group()
