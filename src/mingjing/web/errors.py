"""Every error answer is the app's own Chinese page: a malformed query or form value (FastAPI's
validation error, English JSON by default) and an unexpected failure (500) included."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response

log = logging.getLogger("mingjing.web")
PLACES = {"query": "网址参数", "path": "网址", "body": "表单", "header": "请求头", "cookie": "Cookie"}


def install_error_pages(app: FastAPI, error_page) -> None:
    """Register the Chinese pages for validation errors and unexpected exceptions on `app`."""

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        names = []
        for error in exc.errors():
            loc = [str(part) for part in error.get("loc", ())]
            if loc:
                names.append(f"{PLACES.get(loc[0], loc[0])}中的“{'.'.join(loc[1:]) or loc[0]}”")
        detail = "、".join(dict.fromkeys(names)) or "请求内容"
        return error_page(request, 400, f"{detail}无效")

    async def failed(request: Request, exc: Exception) -> Response:
        log.error("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
        message = "服务器内部错误，已记录；请稍后重试或联系管理员"
        try:
            return error_page(request, 500, message)
        except Exception:  # the page itself could not be made (the database is the failure)
            from fastapi.responses import HTMLResponse

            return HTMLResponse(
                f'<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>服务器错误</title>'
                f'<p role="alert">{message}</p></html>',
                status_code=500,
            )

    app.add_exception_handler(Exception, failed)
