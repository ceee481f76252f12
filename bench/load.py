"""Concurrent HTTP clients on loopback and the figures of what they measured.

Rules: each client is a thread with its own connection (and its own cookies, for a signed-in
client); a row is bounded in requests and in time; any answer but the expected status stops
the bench (a figure of error pages is no figure). p95 is the value below which 95% of the
latencies fall (nearest rank), as bench/search.py reports it.
"""

import http.client
import statistics
import threading
import time

HOST = "127.0.0.1"


class Client:
    """One visitor: a connection of its own, the cookies it sends, its latencies in ms."""

    def __init__(self, port, cookies=None):
        self.connection = http.client.HTTPConnection(HOST, port, timeout=120)
        self.headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in (cookies or {}).items())}
        self.latencies = []

    def get(self, path, status=200):
        started = time.perf_counter()
        self.connection.request("GET", path, headers=self.headers)
        response = self.connection.getresponse()
        response.read()
        self.latencies.append((time.perf_counter() - started) * 1000)
        if response.status != status:
            raise RuntimeError(f"GET {path}: {response.status}, expected {status}")
        return response

    def run(self, path, requests, deadline):
        for _ in range(requests):
            if time.perf_counter() > deadline:
                return
            self.get(path)


def measure(clients, path, requests, seconds):
    """`requests` GETs of `path` by each of `clients` at once, stopping after `seconds`; returns
    the latencies (ms) and the wall time (s)."""
    for client in clients:
        client.latencies = []
    deadline = time.perf_counter() + seconds
    errors = []

    def run(client):
        try:
            client.run(path, requests, deadline)
        except Exception as error:  # reported in the main thread
            errors.append(error)

    threads = [threading.Thread(target=run, args=(client,)) for client in clients]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return [ms for client in clients for ms in client.latencies], time.perf_counter() - started


def figures(latencies, elapsed_seconds):
    """p50, p95 and max in ms and requests/s of one measured row."""
    ordered = sorted(latencies)
    return {
        "requests": len(ordered),
        "p50_ms": round(statistics.median(ordered), 1),
        "p95_ms": round(ordered[max(int(len(ordered) * 0.95) - 1, 0)], 1),
        "max_ms": round(ordered[-1], 1),
        "requests_per_s": round(len(ordered) / elapsed_seconds, 1),
    }
