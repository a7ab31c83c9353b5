"""The one entry point: a command runs in the CLI, no command opens the app."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    if getattr(sys, "frozen", False):
        import multiprocessing

        # In the frozen app a worker process starts this executable again: this hands it
        # over to its work before any argument parsing. (Importing multiprocessing costs
        # 15 ms, so only where it is needed.)
        multiprocessing.freeze_support()
    from studyapp import cli

    args = cli.parse(list(sys.argv[1:] if argv is None else argv))
    if args.command == "selftest":
        from studyapp.ui.selftest import run as selftest

        return selftest()
    if args.command is None:
        from studyapp.ui.feature_scan import skip_feature_scan

        skip_feature_scan()
        from studyapp.ui.app import run

        return run(args)
    return cli.run(args)
