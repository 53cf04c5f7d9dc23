"""One family of errors. Low-level exceptions are wrapped where they enter our
code and turned into plain sentences at the CLI edge."""


class TriageError(Exception):
    """Anything the bot can explain to an operator."""


class UnreadableMessage(TriageError):
    """The message cannot be parsed at all: it is quarantined with its bytes."""


class UnreadableAttachment(TriageError):
    """An attachment cannot be read; the message is decided from what remains."""


class SourceError(TriageError):
    """A mailbox cannot be opened or read."""


class ConfigError(TriageError):
    """A setting is missing or wrong."""
