"""`StudyApp selftest`: what an installer must prove before it ships, run by the built app
itself on a temporary data folder, offscreen.

It runs the migrations from the bundled scripts, installs the bundled packs, opens the
library in the real window, completes an activity and claims its credit, renders the
certificate and checks its record, signs and checks a transcript long enough to use the
worker processes, and exercises the text handling that the trimmed ICU data serves.
Exit status 0 only when every check passes; each check is printed as it runs.
"""

from __future__ import annotations

import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCollator, QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

Check = Callable[[], str]


def _complete(ctx, learner_id: int, pack_id: int) -> None:
    """Answer every item rightly, fill in the evaluation, as a learner would."""
    from studyapp.core.activity import TestKind
    from studyapp.services import attempts, evaluations, library

    act = library.activity(ctx, pack_id)
    for test in (TestKind.PRE, TestKind.POST):
        attempt = attempts.start(ctx, learner_id, pack_id, test)
        for item in act.items(test):
            attempts.save_answer(ctx, attempt.id, item.id, sorted(item.answer))
        attempts.submit(ctx, attempt.id)
    for question in act.evaluation:
        value = {"likert": "4", "yes-no": "yes", "number": "1"}.get(question.kind.value, "ok")
        evaluations.save_answer(ctx, learner_id, pack_id, question.id, value)
    evaluations.submit(ctx, learner_id, pack_id)


class _Run:
    def __init__(self, root: Path) -> None:
        from studyapp.paths import DataPaths

        self.paths = DataPaths(root / "data")
        self.ctx = None
        self.pack_ids: list[int] = []
        self.learner_id = 0
        self.record_id = ""
        self.tmp = root

    def migrations(self) -> str:
        from studyapp.services.context import open_context

        self.paths.ensure()
        self.ctx = open_context(self.paths)
        with self.ctx.db.transaction() as s:
            from sqlalchemy import text

            version = s.execute(text("SELECT version_num FROM alembic_version")).scalar()
        return f"database made by the bundled migrations, at revision {version}"

    def packs(self) -> str:
        from studyapp.services import library

        self.pack_ids = library.install_bundled(self.ctx)
        titles = [library.activity(self.ctx, p).title for p in self.pack_ids]
        if not titles:
            raise AssertionError("no bundled pack was installed")
        return f"{len(titles)} bundled packs installed: {'; '.join(titles)}"

    def claim(self) -> str:
        from studyapp.services import credit, learners

        learner = learners.create(
            self.ctx, learners.Profile("Selftest Learner", "MD", "Medicine", "self@test.invalid")
        )
        learners.remember(self.ctx, learner.id)
        self.learner_id = learner.id
        pack = self.pack_ids[0]
        _complete(self.ctx, learner.id, pack)
        self.record_id = credit.claim(self.ctx, learner.id, pack, Decimal("0.25"), 15, True)
        return f"activity completed and credit claimed (record {self.record_id})"

    def certificate(self) -> str:
        from studyapp.services import credit, record_signing

        pdf = self.tmp / "certificate.pdf"
        pdf.write_bytes(credit.certificate_pdf(self.ctx, self.record_id))
        check = record_signing.check_file(pdf, record_signing.known_keys(self.ctx))
        if not check.valid:
            raise AssertionError(check.message)
        return f"certificate rendered ({pdf.stat().st_size:,} bytes); its record checks out"

    def transcript(self) -> str:
        import datetime as dt

        from studyapp.records import completion, rdfc, transcript_credential
        from studyapp.records.transcript_credential import Period
        from studyapp.services import credit, record_signing

        record = completion.facts_from_record(
            __import__("json").loads(credit.record_json(self.ctx, self.record_id))
        )
        count = transcript_credential.PARALLEL_FROM + 2
        with self.ctx.db.transaction() as s:
            key = record_signing.signing_key(s, self.ctx.now())
            did, private = key.did, key.private_key
        now = dt.datetime.now(dt.UTC)
        records = [
            rdfc.sign(
                completion.build(
                    completion.CompletionFacts(
                        **{**record.__dict__, "record_id": f"{n:08d}-0000-4000-8000-000000000000"}
                    ),
                    did,
                ),
                private,
                now,
            )
            for n in range(count)
        ]
        unsigned = transcript_credential.build(
            records,
            transcript_id="00000000-0000-4000-8000-5e1f7e570000",
            learner_name="Selftest Learner",
            learner_email="",
            issuer_id=did,
            issuer_name=completion.ISSUER_NAME,
            issued=now,
            period=Period(None, None),
        )
        signed = rdfc.sign(unsigned, private, now)
        import logging

        fallbacks: list[logging.LogRecord] = []
        handler = logging.Handler(logging.WARNING)
        handler.emit = fallbacks.append  # type: ignore[method-assign]
        logging.getLogger(transcript_credential.__name__).addHandler(handler)
        started = time.perf_counter()
        try:
            result = transcript_credential.verify(signed)
        finally:
            logging.getLogger(transcript_credential.__name__).removeHandler(handler)
        if fallbacks:
            raise AssertionError(f"no worker processes: {fallbacks[0].getMessage()}")
        if not result.valid:
            raise AssertionError("the transcript does not check out")
        return (
            f"transcript of {count} records signed and checked in worker processes "
            f"({time.perf_counter() - started:.1f} s)"
        )

    def collect(self) -> str:
        """The exports an institution takes (the accreditor's workbook needs openpyxl in
        the bundle) and a question bank read through the XML parser QTI import uses."""
        from studyapp.content import qti
        from studyapp.services import record_exports

        csv_rows = record_exports.export(self.ctx, record_exports.Format.CSV).rows
        book = record_exports.export(
            self.ctx, record_exports.Format.PARS, excel=True, skip_incomplete=True
        )
        if not book.data.startswith(b"PK"):
            raise AssertionError("the PARS workbook is not an .xlsx file")
        statements = record_exports.export(self.ctx, record_exports.Format.XAPI).rows
        bank = self.tmp / "bank.xml"
        bank.write_text(
            '<questestinterop><item ident="q"><presentation><material><mattext>Why?'
            "</mattext></material></presentation></item></questestinterop>",
            "utf-8",
        )
        skipped = len(qti.read_bank(bank).skipped)
        return (
            f"CSV {csv_rows} row, PARS workbook {len(book.data):,} bytes, "
            f"{statements} xAPI statements, a QTI bank read ({skipped} item listed)"
        )

    def review(self) -> str:
        """Spaced review schedules with the fsrs package, which must be in the bundle."""
        from studyapp.services import library, spaced_review

        pack = self.pack_ids[0]
        item = library.activity(self.ctx, pack).posttest[0]
        with self.ctx.db.transaction() as s:
            spaced_review.add_missed(s, self.learner_id, pack, [item.id], self.ctx.now())
        done = spaced_review.answer(self.ctx, self.learner_id, pack, item.id, sorted(item.answer))
        return f"a review scheduled by FSRS (next due {done.next_due:%Y-%m-%d %H:%M} UTC)"

    def text(self) -> str:
        collator = QCollator(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        words = sorted(["zebra", "Émile", "apple", "Zürich"], key=collator.sortKey)
        if words != ["apple", "Émile", "zebra", "Zürich"]:
            raise AssertionError(f"collation gave {words}")
        upper = QLocale(QLocale.Language.German).toUpper("straße")
        if upper != "STRASSE":
            raise AssertionError(f"upper case gave {upper}")
        number = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates).toString(1234.5)
        if number != "1,234.5":
            raise AssertionError(f"number formatting gave {number}")
        return "sorting, case mapping and number formatting work (ICU data)"

    def languages(self) -> str:
        """The compiled translations and Qt's own Spanish words are in the bundle."""
        from studyapp.ui import i18n

        try:
            if i18n.install("es") != "es":
                raise AssertionError(f"no Spanish translation in {i18n.translations_dir()}")
            menu = i18n.translate("MainWindow", "&File")
            button = QCoreApplication.translate("QPlatformTheme", "Cancel")
            if menu != "&Archivo" or button != "Cancelar":
                raise AssertionError(f"Spanish gave {menu!r} and {button!r}")
            day = i18n.date_text(__import__("datetime").date(2026, 11, 22))
        finally:
            i18n.install("en")
        return f"Spanish menus, Qt's buttons and dates ({day})"

    def window(self) -> str:
        from studyapp.ui.app import start
        from studyapp.ui.main_window import MainWindow

        self.ctx.close()
        self.ctx = None
        window = MainWindow(self.paths.logs / "studyapp.log")
        window.show()
        start(window, self.paths)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            QCoreApplication.processEvents()
            if window.ctx is not None and len(window.library.row_texts()) >= len(self.pack_ids):
                break
            time.sleep(0.01)
        else:
            raise AssertionError("the library did not show the bundled packs within 30 s")
        rows = window.library.row_texts()
        image = window.grab()
        if image.isNull():
            raise AssertionError("the window could not be drawn")
        window.close()
        from studyapp.ui.tasks import drain

        drain()  # the start-up backup and sample install finish before the folder goes
        if window.ctx is not None:
            window.ctx.close()
        return f"library window shows {len(rows)} activities ({image.width()}x{image.height()})"

    def close(self) -> None:
        if self.ctx is not None:
            self.ctx.close()


def run() -> int:
    app = QApplication.instance() or QApplication([sys.argv[0], "-platform", "offscreen"])
    failed = 0
    with tempfile.TemporaryDirectory(
        prefix="studyapp-selftest-", ignore_cleanup_errors=True
    ) as tmp:
        checks = _Run(Path(tmp))
        steps: list[tuple[str, Check]] = [
            ("migrations", checks.migrations),
            ("packs", checks.packs),
            ("claim", checks.claim),
            ("certificate", checks.certificate),
            ("transcript", checks.transcript),
            ("collect", checks.collect),
            ("review", checks.review),
            ("text", checks.text),
            ("languages", checks.languages),
            ("window", checks.window),
        ]
        try:
            for name, step in steps:
                try:
                    print(f"ok   {name}: {step()}", flush=True)
                except Exception:
                    failed += 1
                    print(f"FAIL {name}:\n{traceback.format_exc()}", flush=True)
                    break  # later steps build on earlier ones
        finally:
            checks.close()
    del app
    print("selftest passed" if not failed else "selftest FAILED", flush=True)
    return 1 if failed else 0
