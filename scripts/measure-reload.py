#!/usr/bin/env python3
"""Measures save-to-reload time of a running `dossier serve`, the way a browser tab sees it.

Usage: scripts/measure-reload.py URL DOSSIER ARTICLE [ROUNDS]
  URL      the address `dossier serve` printed (http://127.0.0.1:8000/)
  DOSSIER  the dossier folder being served
  ARTICLE  an article file below DOSSIER/content/articles (its page is fetched after each reload)

Each round appends a marker sentence to the article, times (a) the save to the server's reload
message on the live-reload WebSocket and (b) the save to the new page fetched with the marker
in it, then restores the article. Loopback only; standard library only.
"""
import base64
import os
import socket
import statistics
import sys
import time
import urllib.parse
import urllib.request


def connect(host, port):
    sock = socket.create_connection((host, port), timeout=120)
    key = base64.b64encode(os.urandom(16)).decode()
    sock.sendall(
        (f"GET /__dossier/live-reload HTTP/1.1\r\nHost: {host}:{port}\r\nUpgrade: websocket\r\n"
         f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
    head = b""
    while not head.endswith(b"\r\n\r\n"):
        head += sock.recv(1)
    assert head.startswith(b"HTTP/1.1 101"), head
    return sock


def read_exact(sock, count):
    data = b""
    while len(data) < count:
        chunk = sock.recv(count - len(data))
        if not chunk:
            raise EOFError("socket closed")
        data += chunk
    return data


def next_message(sock):
    while True:
        first, second = read_exact(sock, 2)
        length = second & 0x7F
        if length == 126:
            length = int.from_bytes(read_exact(sock, 2), "big")
        elif length == 127:
            length = int.from_bytes(read_exact(sock, 8), "big")
        payload = read_exact(sock, length)
        if first & 0x0F == 1:
            return payload.decode()


def main():
    url, dossier, article = sys.argv[1], sys.argv[2], sys.argv[3]
    rounds = int(sys.argv[4]) if len(sys.argv) > 4 else 10
    parts = urllib.parse.urlparse(url)
    path = os.path.join(dossier, "content", "articles", article)
    page = urllib.parse.urljoin(url, "articles/" + os.path.splitext(os.path.basename(article))[0] + "/")
    original = open(path, encoding="utf-8").read()
    to_message, to_page = [], []
    try:
        for round_number in range(rounds):
            # A new connection each round, as a tab that reloaded opens one; the server's first
            # message tells which build is current.
            sock = connect(parts.hostname, parts.port)
            next_message(sock)
            marker = f"Reload marker {round_number} {time.time()}."
            started = time.perf_counter()
            with open(path, "w", encoding="utf-8") as file:
                file.write(original + "\n" + marker + "\n")
            next_message(sock)
            to_message.append(time.perf_counter() - started)
            sock.close()
            body = urllib.request.urlopen(page, timeout=10).read().decode()
            to_page.append(time.perf_counter() - started)
            assert marker in body, "the new page lacks the marker"
            time.sleep(0.3)
    finally:
        with open(path, "w", encoding="utf-8") as file:
            file.write(original)
    for name, values in (("save → reload message", to_message), ("save → new page fetched", to_page)):
        ms = sorted(v * 1000 for v in values)
        print(f"{name}: median {statistics.median(ms):.0f} ms, min {ms[0]:.0f} ms, max {ms[-1]:.0f} ms ({len(ms)} saves)")


if __name__ == "__main__":
    main()
