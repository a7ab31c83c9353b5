"""Threads share two C heaps (arenas) once the limit is set, instead of one each."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Eight threads each allocate from the C heap at once, then the process counts its
# glibc heaps: anonymous maps starting on a 64 MiB boundary, which is how glibc places
# each arena it adds beside the main one.
CODE = """
import sys, threading
from studyapp.ui import c_heap
if sys.argv[1] == "limit":
    c_heap.limit_arenas()
held, ready = [], threading.Barrier(8)
def allocate():
    held.append(bytearray(65536))
    ready.wait()
threads = [threading.Thread(target=allocate) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
heaps = set()
for line in open("/proc/self/maps"):
    fields = line.split()
    start = int(fields[0].split("-")[0], 16)
    if len(fields) == 5 and fields[4] == "0" and start % (64 << 20) == 0:
        heaps.add(start)
print(len(heaps))
"""


def arenas_added(mode: str) -> int:
    result = subprocess.run(
        [sys.executable, "-c", CODE, mode], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return int(result.stdout)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's arenas: Linux only")
def test_threads_share_two_heaps_once_limited() -> None:
    assert arenas_added("free") >= 4, "without the limit, threads get heaps of their own"
    assert arenas_added("limit") <= 1, "with it, one heap beside the main one"
