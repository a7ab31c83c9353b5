"""Run every benchmark in one go and print their reports (copy them into RESULTS.md).

.venv/bin/python bench/run_all.py

bench/response.py needs a virtual X server: `bash .ci/bootstrap bench` first (it says so
and fails, rather than being left out, when it is missing). The 10x folder takes minutes
to make, so the slow sizes are separate runs: `bench/scale.py --scale 10` and
`bench/response.py --sizes 10x`.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHES = [
    ("startup.py", ["--runs", "9"]),
    ("answer_save.py", []),
    ("scale.py", ["--runs", "10"]),
    ("pack_import.py", []),
    ("records.py", []),
    ("long_session.py", ["--switches", "1000"]),
    ("response.py", ["--runs", "5", "--sizes", "sample,1x"]),
]


def main() -> int:
    failed = 0
    for script, args in BENCHES:
        print(f"== {script} {' '.join(args)}", flush=True)
        result = subprocess.run([sys.executable, str(HERE / script), *args], check=False)
        failed += result.returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
