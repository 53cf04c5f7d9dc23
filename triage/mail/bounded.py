"""Run one risky call in a forked child with a wall-clock and memory bound.

OCR renders a stranger's PDF with pdfium and decodes a stranger's image with
Pillow: a crash, a hang or a memory bomb there must cost one attachment, never
the daemon. One fork per call is cheap next to OCR's seconds a page.
"""
from __future__ import annotations

import multiprocessing
import resource
import signal
import traceback
from typing import Any, Callable

from triage.errors import UnreadableAttachment


def _child(conn, fn: Callable[..., Any], args: tuple, memory_bytes: int) -> None:
    # Not the daemon's flag-setting handlers it was forked with: a kill must kill.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        # The fork starts with all of the parent's memory: the cap is on top of it.
        with open("/proc/self/statm") as f:
            used = int(f.read().split()[0]) * resource.getpagesize()
        cap = used + memory_bytes
        if hard == resource.RLIM_INFINITY or cap < hard:
            resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
        conn.send(("ok", fn(*args)))
    except BaseException as e:  # everything goes back to the parent as a sentence
        conn.send(("error", f"{type(e).__name__}: {e}", traceback.format_exc(limit=3)))
    finally:
        conn.close()


def call_bounded(fn: Callable[..., Any], *args: Any, timeout_s: float,
                 memory_bytes: int) -> Any:
    """fn(*args) in a child; UnreadableAttachment if it fails, dies or takes too long."""
    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(child, fn, args, memory_bytes), daemon=True)
    proc.start()
    child.close()
    try:
        if not parent.poll(timeout_s):
            raise UnreadableAttachment(f"timed out after {timeout_s:.0f} s")
        try:
            answer = parent.recv()
        except EOFError as e:
            raise UnreadableAttachment(f"the worker died (exit code {proc.exitcode})") from e
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join(5)
        parent.close()
    if answer[0] == "error":
        raise UnreadableAttachment(answer[1])
    return answer[1]
