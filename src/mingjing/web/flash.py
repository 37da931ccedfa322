"""What a POST leaves for the page it redirects to (post/redirect/get): held in memory for the
session that made it, taken when shown — never in a URL, gone after one look or a restart."""

from __future__ import annotations

from fastapi import Request

from mingjing.web import auth


def _box(request: Request) -> dict:
    if not hasattr(request.app.state, "flashes"):
        request.app.state.flashes = {}
    return request.app.state.flashes


def _key(request: Request, name: str) -> tuple[str, str]:
    return auth.token_hash(request.cookies.get(auth.SESSION_COOKIE, "")), name


def put(request: Request, name: str, value) -> None:
    box = _box(request)
    box[_key(request, name)] = value
    while len(box) > 1000:  # never grows without bound
        box.pop(next(iter(box)))


def take(request: Request, name: str):
    return _box(request).pop(_key(request, name), None)


def peek(request: Request, name: str):
    """The value, left in place (a page that may be reloaded, such as a sheet import's result)."""
    return _box(request).get(_key(request, name))
