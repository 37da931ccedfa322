"""The client's address: the connection's peer, or — only when that peer is a configured trusted
proxy — the address the proxy reports in X-Forwarded-For. A client cannot forge its address by
sending the header itself (the login limit and the audit log rely on the address)."""

from __future__ import annotations

import ipaddress

# uvicorn's own proxy-header handling trusts 127.0.0.1 by default: turned off wherever the app is served
UVICORN_SETTINGS = {"proxy_headers": False, "server_header": False}


def parse_proxies(values: list[str] | None) -> list:
    """Networks of the trusted proxies (`10.0.0.5`, `10.0.0.0/24`, `::1`); InputError for a bad one."""
    from mingjing.errors import InputError

    networks = []
    for value in values or []:
        for part in value.replace(",", " ").split():
            try:
                networks.append(ipaddress.ip_network(part, strict=False))
            except ValueError:
                raise InputError(
                    f"可信代理地址“{part}”无效，应为 IP 地址或网段（如 10.0.0.5、10.0.0.0/24）"
                ) from None
    return networks


def _trusted(host: str, networks: list) -> bool:
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return any(address in n for n in networks)


class ForwardedFor:
    """ASGI middleware: replace the client address from X-Forwarded-For only behind a trusted proxy."""

    def __init__(self, app, trusted_proxies: list[str] | None = None):
        self.app = app
        self.networks = parse_proxies(trusted_proxies)

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and self.networks and scope.get("client"):
            host, port = scope["client"]
            if _trusted(host, self.networks):
                header = b",".join(v for k, v in scope.get("headers", []) if k == b"x-forwarded-for").decode(
                    "latin-1"
                )
                hops = [h.strip() for h in header.split(",") if h.strip()]
                # the right-most address that is not one of our proxies is the one a proxy saw
                while hops and _trusted(hops[-1], self.networks):
                    hops.pop()
                if hops:
                    try:
                        scope = {**scope, "client": (str(ipaddress.ip_address(hops[-1])), port)}
                    except ValueError:
                        pass
        await self.app(scope, receive, send)
