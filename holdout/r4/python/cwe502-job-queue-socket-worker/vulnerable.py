#!/usr/bin/env python3
"""Worker that receives jobs from the dispatcher over TCP and runs them.

Each message is a 4-byte big-endian length followed by the job payload.
A job is a dict: {"task": "resize", "args": {...}}.
"""
import logging
import pickle
import socket
import struct

from tasks import TASKS  # name -> callable

HOST, PORT = "0.0.0.0", 9500
log = logging.getLogger("worker")


def recv_exact(conn: socket.socket, size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = conn.recv(size - len(data))
        if not chunk:
            raise ConnectionError("connection closed")
        data += chunk
    return data


def handle(conn: socket.socket) -> None:
    (length,) = struct.unpack(">I", recv_exact(conn, 4))
    job = pickle.loads(recv_exact(conn, length))
    task = TASKS.get(job.get("task"))
    if task is None:
        log.warning("unknown task %r", job.get("task"))
        return
    result = task(**job.get("args", {}))
    reply = pickle.dumps({"ok": True, "result": result})
    conn.sendall(struct.pack(">I", len(reply)) + reply)


def serve() -> None:
    with socket.create_server((HOST, PORT)) as server:
        log.info("worker listening on %s:%d", HOST, PORT)
        while True:
            conn, addr = server.accept()
            with conn:
                try:
                    handle(conn)
                except Exception:
                    log.exception("job from %s failed", addr)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    serve()
