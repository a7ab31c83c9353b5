"""Make the README's screenshots, offscreen, in a scratch data folder: the library, an
activity's step rail, the Post-Test review, the Credit tab with the knowledge-gain chart,
the CME history, the wallet and the queue.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots.py [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from studyapp.content import requirements_file
from studyapp.core.activity import TestKind
from studyapp.core.requirements import CredentialKind
from studyapp.paths import DataPaths
from studyapp.services import (
    attempts,
    credit,
    evaluations,
    learners,
    library,
    outside_credit,
    places,
    wallet,
)
from studyapp.services.context import open_context
from studyapp.ui.main_window import MainWindow

HERE = Path(__file__).resolve().parent / "screenshots"
SHOTS = ("library", "activity", "review", "credit", "history", "wallet", "queue")


def take(test: TestKind, ctx, learner_id: int, pack_id: int, right: int) -> None:
    activity = library.activity(ctx, pack_id)
    attempt = attempts.start(ctx, learner_id, pack_id, test)
    for n, item in enumerate(activity.items(test)):
        wrong = [k for k in item.option_keys if k not in item.answer][:1]
        attempts.save_answer(ctx, attempt.id, item.id, sorted(item.answer) if n < right else wrong)
    attempts.submit(ctx, attempt.id)


def evaluate(ctx, learner_id: int, pack_id: int) -> None:
    for q in library.activity(ctx, pack_id).evaluation:
        value = {"likert": "4", "yes-no": "yes", "number": "55"}.get(q.kind.value, "Useful.")
        evaluations.save_answer(ctx, learner_id, pack_id, q.id, value)
    evaluations.submit(ctx, learner_id, pack_id)


def add_licence(ctx, learner_id: int) -> None:
    """A licence with the example file's (made-up) requirements, and an outside course."""
    rules = requirements_file.load(Path(__file__).resolve().parent / "requirements-example.toml")
    today = ctx.today()
    base = wallet.CredentialData(
        CredentialKind.LICENCE,
        "Massachusetts",
        "Physician",
        "MD-204817",
        dt.date(today.year - 1, 1, 1),
        dt.date(today.year - 1, 1, 1),
    )
    wallet.save_credential(
        ctx, learner_id, wallet.from_requirement_set(base, rules.sets[0], rules.provenance())
    )
    outside_credit.add(
        ctx,
        learner_id,
        outside_credit.OutsideData(
            "Safer opioid prescribing",
            "State Medical Society",
            today - dt.timedelta(days=90),
            Decimal("2.5"),
            "AMA PRA Category 1 Credit™",
            ("Controlled-substance prescribing",),
        ),
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE)
    out: Path = parser.parse_args().out
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        ctx = open_context(DataPaths(Path(tmp)))
        library.install_bundled(ctx)
        learner = learners.create(
            ctx, learners.Profile("Maria Lopez", "MD", "Rheumatology", "maria@example.org")
        )
        learners.remember(ctx, learner.id)
        rows = {r.activity_id: r.pack_id for r in library.rows(ctx, learner.id)}
        il6, club = rows["il6-treat-to-target"], rows["ssc-tocilizumab-journal-club"]
        take(TestKind.PRE, ctx, learner.id, club, right=1)
        take(TestKind.POST, ctx, learner.id, club, right=5)
        evaluate(ctx, learner.id, club)
        credit.claim(ctx, learner.id, club, Decimal("0.25"), 20, True)
        places.set_queued(ctx, learner.id, il6, True)
        window = MainWindow()
        window.resize(1100, 720)
        window.show()
        window.attach(ctx)
        while not window.library_loaded:  # read on a worker, as at a real start
            app.processEvents()
            time.sleep(0.01)
        shots: dict[str, QWidget] = {}

        def shot(name: str) -> None:
            app.processEvents()
            window.grab().save(str(out / f"{name}.png"))
            shots[name] = window

        shot("library")
        window.open_activity(il6)
        view = window.activity_view
        assert view is not None
        take(TestKind.PRE, ctx, learner.id, il6, right=5)
        view.show_tab("reading")
        shot("activity")
        take(TestKind.POST, ctx, learner.id, il6, right=7)
        view.show_tab("posttest")
        post = view.posttest
        post.scroll.ensureWidgetVisible(post.questions[7])
        shot("review")
        window.open_activity(club)
        assert window.activity_view is not None
        window.activity_view.show_tab("credit")
        shot("credit")
        window.show_history()
        shot("history")
        add_licence(ctx, learner.id)
        window.show_wallet()
        for _ in range(500):  # the wallet is read off the UI thread
            if window.wallet_view.credential_list.count():
                break
            app.processEvents()
            time.sleep(0.01)
        shot("wallet")
        window.show_library()
        window.show_queue()
        app.processEvents()
        window.queue_dialog.grab().save(str(out / "queue.png"))
        window.queue_dialog.reject()
        window.close()
        ctx.close()
    for name in SHOTS:
        print(out / f"{name}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
