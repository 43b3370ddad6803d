"""Sign-in attempts rate-limited per client address, in front of Gradio's `/login`.

Gradio calls an auth function with the user name and password only, so the limit sits in an ASGI
middleware, which sees the client address of every request. Every attempt counts (success too):
parallel guesses cannot slip through between a check and the failure it would record, and a person
signs in once per session anyway. The lockout answer is the same whatever the user name, so it
tells nothing about which names exist. The counts live in memory: one server process, as `qa serve`
runs.
"""

from __future__ import annotations

import math
import time

from limits import parse, storage, strategies
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Receive, Scope, Send

LOCKOUT = "Too many sign-in attempts from this address; try again in {seconds} seconds."


def policy(rate: str) -> str:
    """What a person on the sign-in page reads about the limit."""
    return f"Sign-in attempts are limited per address ({parse(rate)}); after that, wait a little."


class LoginRateLimit:
    def __init__(self, app: ASGIApp, rate: str) -> None:
        self.app = app
        self.rate = parse(rate)
        self.limiter = strategies.MovingWindowRateLimiter(storage.MemoryStorage())

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST" or not scope["path"].rstrip("/").endswith("/login"):
            await self.app(scope, receive, send)
            return
        client = (scope.get("client") or ("unknown",))[0]
        if not self.limiter.hit(self.rate, client):
            reset = self.limiter.get_window_stats(self.rate, client).reset_time
            seconds = max(1, math.ceil(reset - time.time()))
            response = JSONResponse({"detail": LOCKOUT.format(seconds=seconds)}, status_code=429,
                                    headers={"Retry-After": str(seconds)})
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)
