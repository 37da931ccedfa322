"""A local OpenAI-compatible chat-completions server for the drafting tests (real HTTP).

The model name chooses the behaviour: good (prose from the notes' own facts), invent (adds a
number), slow (answers after 3 s), error (HTTP 500), flaky (HTTP 500 from the third request),
garbage (not JSON), shapeless (JSON without choices)."""

from __future__ import annotations

import json
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

GOOD_OPENING = "这个问题我在会前反复想过，根子在自己。"


class Handler(BaseHTTPRequestHandler):
    requests: ClassVar[list[dict]] = []

    def log_message(self, *args):  # keep test output clean
        pass

    def do_POST(self):
        length = int(self.headers.get("Content-Length", 0))
        body = json.loads(self.rfile.read(length).decode("utf-8"))
        Handler.requests.append({"path": self.path, "body": body, "auth": self.headers.get("Authorization")})
        model = body["model"]
        prompt = body["messages"][-1]["content"]
        facts = re.findall(r"^事实：(.+)$", prompt, re.M)
        if model == "slow":
            time.sleep(3)
        if model == "error" or (model == "flaky" and len(Handler.requests) > 2):
            self.send_error(500, "boom")
            return
        if model == "garbage":
            self._send(b"<html>not json{")
            return
        if model == "shapeless":
            self._send(json.dumps({"error": {"message": "model not found"}}).encode("utf-8"))
            return
        content = GOOD_OPENING + (f"比如，{facts[0]}。" if facts else "")
        if model == "invent":
            content += "全年类似情况共有99次。"
        payload = {
            "id": "stub",
            "object": "chat.completion",
            "model": model,
            "choices": [
                {"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}
            ],
        }
        self._send(json.dumps(payload, ensure_ascii=False).encode("utf-8"))

    def _send(self, data: bytes):
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        try:
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass


class StubServer:
    def __enter__(self):
        Handler.requests = []
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        return self

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    @property
    def requests(self) -> list[dict]:
        return Handler.requests

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()
