"""The C library's heap: two arenas for all threads, and free memory handed back.

glibc gives a thread that allocates a heap of its own (an arena), up to eight per core,
and what a thread freed in its arena stays resident until trimmed. Worker threads come
and go, and a thousand screen switches at ten times the large folder grew the process
from 152 to 157 MiB, in new arenas and fragments of old ones (bench/long_session.py).
With two arenas, one for the UI thread and one the workers share, the session ends at
149 MiB and grows 1.02x, at the same time per switch; with the samples it changes
nothing. Elsewhere than on glibc both calls do nothing."""

from __future__ import annotations

import sys
from functools import cache
from typing import Any

ARENAS = 2
M_ARENA_MAX = -8  # glibc's malloc.h


@cache
def _glibc() -> Any:
    """The process's own C library where it is glibc, else None."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes  # here, not at start: 4 ms before the window shows

    try:
        # The process's own symbols: the C library Python runs on, whatever its file name.
        libc = ctypes.CDLL(None)
    except OSError:
        return None
    # musl, the other C library on Linux, has neither.
    return libc if hasattr(libc, "mallopt") and hasattr(libc, "malloc_trim") else None


def limit_arenas(count: int = ARENAS) -> None:
    """Call before worker threads start: glibc settles the number of arenas when its
    eighth is made, and a limit set before then holds for every thread after."""
    libc = _glibc()
    if libc is not None:
        libc.mallopt(M_ARENA_MAX, count)


def return_free_memory() -> None:
    """Hand the pages the C library holds free back to the system (under 1 ms)."""
    libc = _glibc()
    if libc is not None:
        libc.malloc_trim(0)
