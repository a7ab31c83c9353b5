"""A real Ralph LRS on loopback for the sync tests: made, started, stopped and started
again on the same stored data, as an outage would."""

from __future__ import annotations

import base64
import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
USER, PASSWORD = "studyapp", "loopback-only-secret"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Ralph:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.port = _free_port()
        self.env = {
            **os.environ,
            "RALPH_APP_DIR": str(folder),
            "RALPH_AUTH_FILE": str(folder / "auth.json"),
            "RALPH_RUNSERVER_BACKEND": "fs",
            "RALPH_BACKENDS__DATA__FS__DEFAULT_DIRECTORY_PATH": str(folder / "data"),
            # The LRS reads and writes through its own settings, not the data backend's.
            "RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH": str(folder / "data"),
        }
        self.process: subprocess.Popen | None = None
        ralph = Path(sys.executable).parent / "ralph"
        subprocess.run(
            [
                str(ralph),
                "auth",
                "-u",
                USER,
                "-p",
                PASSWORD,
                "-s",
                "all",
                "-M",
                "mailto:lrs@example.org",
                "-w",
            ],
            env=self.env,
            check=True,
            capture_output=True,
            timeout=60,
        )

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}/xAPI/"

    def start(self) -> None:
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "uvicorn",
                "tests.collect.ralph_server:app",
                "--host",
                "127.0.0.1",
                "--port",
                str(self.port),
            ],
            env=self.env,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                self.get("/statements?limit=1")
                return
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.2)
        raise RuntimeError("Ralph did not start within 60 s")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=30)
            self.process = None

    def get(self, path: str) -> dict:
        token = base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
        request = urllib.request.Request(self.endpoint.rstrip("/") + path)
        request.add_header("Authorization", f"Basic {token}")
        request.add_header("X-Experience-API-Version", "1.0.3")
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.loads(response.read())

    def all_statement_ids(self) -> list[str]:
        """Every stored statement's id, following the store's pages."""
        ids: list[str] = []
        path = "/statements?limit=100"
        while path:
            page = self.get(path)
            ids += [s["id"] for s in page["statements"]]
            more = page.get("more") or ""
            path = more.split("/xAPI", 1)[1] if "/xAPI" in more else ""
        return ids
