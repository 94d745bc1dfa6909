"""``kzmonitor db serve`` run as a person runs it, in a child process on a free loopback port."""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path


def free_port() -> int:
    """A port nothing listens on now (the OS picks it); the server binds it a moment later."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def kzmonitor_serve(db: Path, *args: str, timeout: float = 60) -> Iterator[str]:
    """Run ``kzmonitor db serve --db DB`` until the block ends; yields its base URL once it answers."""
    port = free_port()
    command = [sys.executable, "-c", "from kzmonitor.cli import main; main()", "db", "serve", "--db", str(db), "--port", str(port), *args]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"kzmonitor db serve exited: {process.stdout.read().decode()}")
            try:
                with urllib.request.urlopen(f"{url}/-/versions.json", timeout=2):
                    break
            except (urllib.error.URLError, ConnectionError):
                if time.monotonic() > deadline:
                    raise TimeoutError(f"kzmonitor db serve did not answer on {url}") from None
                time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        process.stdout.close()
