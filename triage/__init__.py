"""casereview-triage: the first read of the ICE Case Review inbox."""

__version__ = "0.1.0"
