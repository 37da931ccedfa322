"""Logs of the server: one line per event on stderr (journald keeps them under systemd), in the unit's
local time with its UTC offset, each line carrying the id of the request it belongs to.

text:  2024-06-30T09:15:02+08:00 INFO mingjing.access [3f9c2a7b1d4e5f60] 10.1.2.3 "POST /rounds/1/upload" 303 812ms
json:  {"time": "2024-06-30T09:15:02+08:00", "level": "INFO", "logger": "mingjing.access", "request_id": …, "message": …}
"""

from __future__ import annotations

import json
import logging
import logging.config
from contextvars import ContextVar

REQUEST_ID: ContextVar[str] = ContextVar("mingjing_request_id", default="-")


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = REQUEST_ID.get()
        return True


class LocalTimeFormatter(logging.Formatter):
    def formatTime(self, record, datefmt=None):
        from datetime import datetime

        from mingjing.localtime import unit_zone

        return datetime.fromtimestamp(record.created, unit_zone()).isoformat(timespec="seconds")


class TextFormatter(LocalTimeFormatter):
    def __init__(self):
        super().__init__("%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s")


class JsonFormatter(LocalTimeFormatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": self.formatTime(record),
            "level": record.levelname,
            "logger": record.name,
            "request_id": getattr(record, "request_id", "-"),
            "message": record.getMessage(),
        }
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def log_config(level: str = "info", fmt: str = "text") -> dict:
    """A dictConfig for mingjing's and uvicorn's loggers (uvicorn's own access log is off: the
    request log below writes one line per request with its id and duration)."""
    formatter = (
        "mingjing.service_log.JsonFormatter" if fmt == "json" else "mingjing.service_log.TextFormatter"
    )
    level = level.upper()
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"request_id": {"()": "mingjing.service_log.RequestIdFilter"}},
        "formatters": {"default": {"()": formatter}},
        "handlers": {
            "stderr": {
                "class": "logging.StreamHandler",
                "stream": "ext://sys.stderr",
                "formatter": "default",
                "filters": ["request_id"],
            }
        },
        "loggers": {
            "mingjing": {"handlers": ["stderr"], "level": level, "propagate": False},
            "uvicorn": {"handlers": ["stderr"], "level": level, "propagate": False},
            "uvicorn.error": {"handlers": ["stderr"], "level": level, "propagate": False},
            "uvicorn.access": {"handlers": [], "level": "WARNING", "propagate": False},
        },
    }


def configure(level: str = "info", fmt: str = "text") -> None:
    logging.config.dictConfig(log_config(level, fmt))
