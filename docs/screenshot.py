"""Make docs/screenshot.png: the Post-Test review after a first attempt, in a scratch data folder.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshot.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from studyapp.core.activity import TestKind
from studyapp.paths import DataPaths
from studyapp.services import attempts, learners, library
from studyapp.services.context import open_context
from studyapp.ui.main_window import MainWindow

OUT = Path(__file__).resolve().parent / "screenshot.png"


def main() -> int:
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        ctx = open_context(DataPaths(Path(tmp)))
        library.install_bundled(ctx)
        learner = learners.create(ctx, learners.Profile("Maria Lopez", "MD", "Rheumatology",
                                                        "maria@example.org"))
        pack_id = next(r.pack_id for r in library.rows(ctx, learner.id)
                       if r.activity_id == "il6-treat-to-target")
        activity = library.activity(ctx, pack_id)
        for test, right in ((TestKind.PRE, 6), (TestKind.POST, 7)):
            attempt = attempts.start(ctx, learner.id, pack_id, test)
            for n, item in enumerate(activity.items(test)):
                wrong = [k for k in item.option_keys if k not in item.answer][:1]
                attempts.save_answer(ctx, attempt.id, item.id,
                                     sorted(item.answer) if n < right else wrong)
            attempts.submit(ctx, attempt.id)
        window = MainWindow()
        window.resize(1100, 760)
        window.show()
        window.attach(ctx)
        window.open_activity(pack_id)
        assert window.activity_view is not None
        window.activity_view.show_tab("posttest")
        post = window.activity_view.posttest
        post.scroll.ensureWidgetVisible(post.questions[6])
        app.processEvents()
        window.grab().save(str(OUT))
        window.close()
        ctx.close()
    print(OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
