"""Request bodies limited while they stream in, before any route, form parser or sign-in check runs:
a chunked body (no Content-Length) is counted as it arrives and refused at the limit, so nothing
larger is ever spooled to disk. Requests without a session cookie (only the login form needs a
body) get a small limit of their own."""

from __future__ import annotations

from starlette.exceptions import HTTPException

from mingjing.web import auth

ANONYMOUS_MAX_BODY = 64 * 1024


class BodyTooLarge(HTTPException):
    def __init__(self, limit: int):
        super().__init__(413, f"上传内容超过上限 {_size(limit)}")


def _size(n: int) -> str:
    return f"{n // 1024 // 1024} MB" if n >= 1024 * 1024 else f"{n // 1024} KB"


def _has_session(headers: list[tuple[bytes, bytes]]) -> bool:
    cookie_name = auth.SESSION_COOKIE.encode()
    return any(k == b"cookie" and cookie_name + b"=" in v for k, v in headers)


class BodyLimit:
    """ASGI middleware: at most `max_body` bytes of request body (`anonymous_max` without a session)."""

    def __init__(self, app, max_body: int, anonymous_max: int = ANONYMOUS_MAX_BODY):
        self.app = app
        self.max_body = max_body
        self.anonymous_max = anonymous_max

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = scope.get("headers", [])
        limit = self.max_body if _has_session(headers) else min(self.max_body, self.anonymous_max)
        declared = next((v for k, v in headers if k == b"content-length"), None)
        started = False

        async def tracking_send(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        if declared is not None and (not declared.isdigit() or int(declared) > limit):
            return await self._refuse(scope, tracking_send, limit)
        total = 0

        async def limited_receive():
            nonlocal total
            message = await receive()
            if message["type"] == "http.request":
                total += len(message.get("body", b""))
                if total > limit:
                    raise BodyTooLarge(limit)
            return message

        try:
            await self.app(scope, limited_receive, tracking_send)
        except BodyTooLarge:
            if not started:
                await self._refuse(scope, tracking_send, limit)

    async def _refuse(self, scope, send, limit: int) -> None:
        from starlette.responses import HTMLResponse

        body = (
            f'<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>文件过大</title>'
            f'<p role="alert">上传内容超过上限 {_size(limit)}，请压缩或删去图片后重试</p>'
            f'<p>用浏览器的“后退”回到刚才的页面，或<a href="/home">返回首页</a></p></html>'
        )
        response = HTMLResponse(body, status_code=413, headers={"Connection": "close"})
        await response(scope, _no_body, send)


async def _no_body():
    return {"type": "http.disconnect"}
