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
from triage.mail.limits import Limits
from triage.policy.decide import decide
from triage.prepare import Prepared, prepare
from triage.records import Decision, Extraction, Facts, Outcome, ParsedMessage
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

    def process(self, raw: bytes, source: str, received: datetime | None = None,
                prepared: Prepared | None = None) -> Outcome:
        """`prepared`: the message read and extracted ahead (replay's workers)."""
        sha = prepared.sha if prepared else hashlib.sha256(raw).hexdigest()
        first = self.store.first_with_raw(sha)
        if first:
            return record_duplicate(self.store, source, raw, sha, first)
        p = prepared or prepare(raw, self.limits)
        if p.unreadable is not None:
            return record_quarantine(self.store, source, raw, sha, p.unreadable)
        if p.internal is not None:
            return self._internal_error(source, raw, sha, p.internal)
        if p.msg.message_id:
            first = self.store.first_with_content(p.msg.message_id, p.content)
            if first:
                return record_duplicate(self.store, source, raw, sha, first)
        try:
            return self._decide_and_record(p.msg, p.ex, raw, p.content, source, received)
        except Exception as e:
            log.error("internal error while deciding %s:\n%s", source, traceback.format_exc())
            return self._internal_error(source, raw, sha,
                                        f"internal error while deciding: {type(e).__name__}: {e}")

    def _decide_and_record(self, msg: ParsedMessage, ex: Extraction, raw: bytes, content: str,
                           source: str, received: datetime | None) -> Outcome:
        received = received or msg.date or datetime.now(timezone.utc)
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

    def _internal_error(self, source: str, raw: bytes, sha: str, error: str) -> Outcome:
        log.error("%s quarantined: %s", source, error)
        return record_quarantine(self.store, source, raw, sha, error)
