"""Collector for device telemetry: length-prefixed JSON frames over TCP."""
import json
import logging
import socketserver
import struct

log = logging.getLogger("collector")
HEADER = struct.Struct("!HI")  # version, payload length
SUPPORTED_VERSION = 2


def recv_exact(sock, n: int) -> bytes:
    buf = bytearray()
    while len(buf) < n:
        chunk = sock.recv(min(65536, n - len(buf)))
        if not chunk:
            raise ConnectionError("peer closed mid-frame")
        buf.extend(chunk)
    return bytes(buf)


class TelemetryHandler(socketserver.BaseRequestHandler):
    def handle(self) -> None:
        peer = "%s:%d" % self.client_address
        log.debug("connection from %s", peer)
        try:
            while True:
                header = self.request.recv(HEADER.size, 0)
                if not header:
                    break
                if len(header) < HEADER.size:
                    header += recv_exact(self.request, HEADER.size - len(header))
                version, length = HEADER.unpack(header)
                if version != SUPPORTED_VERSION:
                    log.warning("%s speaks version %d", peer, version)
                    break
                payload = recv_exact(self.request, length)
                self.server.store(peer, json.loads(payload))
        except (ConnectionError, json.JSONDecodeError) as exc:
            log.info("%s dropped: %s", peer, exc)


class Collector(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True

    def __init__(self, addr, sink):
        super().__init__(addr, TelemetryHandler)
        self.sink = sink

    def store(self, peer, record) -> None:
        self.sink.append((peer, record))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    Collector(("0.0.0.0", 7070), []).serve_forever()
