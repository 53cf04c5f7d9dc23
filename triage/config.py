"""Every setting in one table (name, default, help), loaded from TOML.

A TOML file sets any of them with nested tables: `[imap] host = "..."` sets
`imap.host`. An unknown name is an error, so a typo never passes silently.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from triage.errors import ConfigError


@dataclass(frozen=True)
class Setting:
    name: str
    default: Any
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("inbox.address", "ICEcasereview@ice.dhs.gov", "The inbox's own address: replies come from it and never go to it."),
    Setting("store.path", "var/triage.db", "The SQLite record (created 0600 in a 0700 folder)."),
    Setting("source", "maildir:var/inbox", "Where mail comes from: maildir:PATH or imap (see [imap])."),
    Setting("transport", "outbox:var/outbox", "Where replies go: outbox:PATH (files) or smtp (see [smtp])."),
    Setting("limits.max_message_bytes", 25_000_000, "Larger messages are quarantined with a short reply saying so."),
    Setting("limits.max_attachments", 50, "Attachments past this count are noted, not read."),
    Setting("limits.max_pdf_pages", 50, "PDF pages read per attachment."),
    Setting("limits.max_text_chars", 1_000_000, "Extracted text kept per message."),
    Setting("limits.max_depth", 5, "Nesting depth of attached messages."),
    Setting("limits.pdf_timeout_s", 20, "Seconds one PDF may take before it is noted unreadable."),
    Setting("limits.pdf_memory_bytes", 1 << 30, "Address space one PDF worker may use."),
    # --- the daemon (issue 4): imap.*, smtp.*, daemon.*, replies.*
    # --- the digest (issue 5): digest.*
)

_BY_NAME = {s.name: s for s in SETTINGS}


class Config(dict):
    """Setting name -> value; every name of SETTINGS is present."""

    def section(self, prefix: str) -> dict[str, Any]:
        """The settings under `prefix.` without the prefix: cfg.section('limits')."""
        p = prefix + "."
        return {k[len(p):]: v for k, v in self.items() if k.startswith(p)}


def _flatten(table: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in table.items():
        name = f"{prefix}{k}"
        if isinstance(v, dict):
            out.update(_flatten(v, name + "."))
        else:
            out[name] = v
    return out


def load_config(path: str | Path | None = None, **overrides: Any) -> Config:
    """The defaults, then the TOML file at `path`, then `overrides`."""
    values = {s.name: s.default for s in SETTINGS}
    given: dict[str, Any] = {}
    if path is not None:
        try:
            given = _flatten(tomllib.loads(Path(path).read_text(encoding="utf-8")))
        except OSError as e:
            raise ConfigError(f"cannot read the config {path}: {e.strerror}") from e
        except tomllib.TOMLDecodeError as e:
            raise ConfigError(f"the config {path} is not valid TOML: {e}") from e
    given.update({k.replace("__", "."): v for k, v in overrides.items()})
    for name, value in given.items():
        setting = _BY_NAME.get(name)
        if setting is None:
            raise ConfigError(f"unknown setting {name!r} (see config.example.toml)")
        if setting.default is not None and not isinstance(value, type(setting.default)):
            raise ConfigError(f"setting {name!r} must be a {type(setting.default).__name__}")
        values[name] = value
    return Config(values)
