"""The one path of a message: read, extract, decide, reply, record.

`Pipeline.process(raw, source)` takes a message's bytes and returns its
Outcome, with everything recorded in one transaction. It never raises for a
bad message: what cannot be read is quarantined with its bytes and the error.
Acting on the outcome (writing or sending the reply, filing the message) is
the caller's, so replay and the daemon share every decision.
"""
from __future__ import annotations

import hashlib
import logging
import traceback
from datetime import datetime, timezone

from triage import cases
from triage.config import Config
from triage.dedupe import content_sha256
from triage.errors import UnreadableMessage
from triage.extract.fields import extract
from triage.mail.limits import Limits
from triage.mail.message import read_message
from triage.policy.decide import decide
from triage.records import Decision, Facts, Outcome, ParsedMessage
from triage.reply.compose import compose_reply
from triage.store.db import Store
from triage.store.record import record_duplicate, record_outcome, record_quarantine

log = logging.getLogger("triage.pipeline")


class Pipeline:
    def __init__(self, store: Store, config: Config):
        self.store = store
        self.config = config
        self.limits = Limits(**config.section("limits"))
        self.our_address = config["inbox.address"]

    def process(self, raw: bytes, source: str, received: datetime | None = None) -> Outcome:
        sha = hashlib.sha256(raw).hexdigest()
        first = self.store.first_with_raw(sha)
        if first:
            return record_duplicate(self.store, source, raw, sha, first)
        try:
            msg = read_message(raw, self.limits)
        except UnreadableMessage as e:
            return record_quarantine(self.store, source, raw, sha, str(e))
        except Exception as e:  # a bug in reading must cost one message, not the run
            return self._internal_error(source, raw, sha, "reading", e)
        content = content_sha256(raw)
        if msg.message_id:
            first = self.store.first_with_content(msg.message_id, content)
            if first:
                return record_duplicate(self.store, source, raw, sha, first)
        try:
            return self._decide_and_record(msg, raw, content, source, received)
        except Exception as e:
            return self._internal_error(source, raw, sha, "deciding", e)

    def _decide_and_record(self, msg: ParsedMessage, raw: bytes, content: str, source: str,
                           received: datetime | None) -> Outcome:
        received = received or msg.date or datetime.now(timezone.utc)
        ex = extract(msg)
        decision = decide(cases.single(ex))
        case, facts, how = None, cases.single(ex), None
        if decision.decision != "ignore":
            case, how = cases.find_case(self.store, msg, ex)
            if case:
                history = [cases.from_record(r) for r in self.store.case_extractions(case["id"])]
                facts = cases.merge(history, ex, {f.field for f in ex.found})
                decision = decide(facts)
        with self.store.db.atomic():
            case_ref = self._case_ref(case, decision, received)
            reply = self._reply(msg, facts, decision, case_ref, received)
            return record_outcome(self.store, source=source, raw=raw, content_sha=content,
                                  msg=msg, ex=ex, facts=facts, decision=decision, case=case,
                                  joined_by=how, case_ref=case_ref, reply=reply,
                                  received=received)

    def _case_ref(self, case: dict | None, decision: Decision, received: datetime) -> str | None:
        if decision.decision == "ignore":
            return None
        return case["ref"] if case else self.store.next_case_ref(received.year)

    def _reply(self, msg: ParsedMessage, facts: Facts, decision: Decision,
               case_ref: str | None, received: datetime):
        return compose_reply(msg, facts, decision, case_ref,
                             our_address=self.our_address, received=received)

    def _internal_error(self, source: str, raw: bytes, sha: str, stage: str,
                        e: Exception) -> Outcome:
        log.error("internal error while %s %s:\n%s", stage, source, traceback.format_exc())
        error = f"internal error while {stage}: {type(e).__name__}: {e}"
        return record_quarantine(self.store, source, raw, sha, error)

