"""Gradio's per-session message queues, bounded without dropping a session that still waits for a result.

Gradio keeps one message queue per session (`Queue.pending_messages_per_session`) in an LRU cache of
2,000 that evicts the oldest session on every insert, whatever that session is waiting for, and keeps
a finished session until it is evicted. Every raw API call (`/gradio_api/call/ask`) is a session of
its own, so after 2,000 of them the oldest sessions go: a long upload's, or a client's that has asked
since the start. The evicted upload's stream then ends with "session not found" before its result,
and an evicted client's queued question makes the queue's next status broadcast raise `KeyError`
inside Gradio's dispatch loop, which ends that loop and stops the queue for everyone ("Queue is
stopped." on every later request). Measured with `bench/load.py --mixed` (issue 15).

`SessionMessages` keeps the bound but chooses what to evict: the oldest session with nothing left to
deliver; failing that, the oldest whose events have all finished (a result nobody came to read); a
session with an event queued or running is never evicted, so the cache holds at most as many more
sessions as there are events in the queue.
"""

from __future__ import annotations

from collections import OrderedDict

import gradio as gr

GRADIO_SESSIONS = 2000  # Gradio's own bound (gradio.queueing.Queue)


class SessionMessages(OrderedDict):
    """Drop-in for Gradio's LRU cache of session message queues, oldest session first."""

    def __init__(self, queue, max_size: int = GRADIO_SESSIONS) -> None:
        super().__init__()
        self.queue = queue
        self.max_size = max_size

    def __setitem__(self, session: str, messages) -> None:
        if session in self:
            self.move_to_end(session)
        elif len(self) >= self.max_size:
            evictable = self.evictable()
            if evictable is not None:
                del self[evictable]
                self.queue.pending_event_ids_session.pop(evictable, None)
        super().__setitem__(session, messages)

    def evictable(self) -> str | None:
        live = {event.session_hash for event in self.queue.event_ids_to_events.values()}
        finished = None
        for session in self:
            if session in live:
                continue
            if not self.queue.pending_event_ids_session.get(session):
                return session
            finished = finished or session
        return finished


def keep_waiting_sessions(app: gr.Blocks, max_size: int = GRADIO_SESSIONS) -> None:
    """Give `app`'s queue (after `app.queue()`, before any request) a `SessionMessages` cache."""
    app._queue.pending_messages_per_session = SessionMessages(app._queue, max_size)
