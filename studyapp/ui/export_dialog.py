"""File > Export records: CSV, the accreditor's learner report (PARS, Excel or text) or
xAPI statements, for a period; written off the UI thread with progress."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from studyapp.services import exports, record_exports
from studyapp.services.context import Context
from studyapp.services.errors import UserError
from studyapp.ui.i18n import translate
from studyapp.ui.reasons import error_text, say
from studyapp.ui.tasks import run_in_background
from studyapp.ui.toast import notify

# (label, format, suffix, file filter); the words marked here, translated where shown.
CHOICES = (
    (
        QT_TRANSLATE_NOOP("ExportDialog", "Spreadsheet of records (CSV)"),
        "csv",
        ".csv",
        QT_TRANSLATE_NOOP("ExportDialog", "CSV files (*.csv)"),
    ),
    (
        QT_TRANSLATE_NOOP("ExportDialog", "Accreditor's learner report, Excel (PARS)"),
        "pars",
        ".xlsx",
        QT_TRANSLATE_NOOP("ExportDialog", "Excel workbooks (*.xlsx)"),
    ),
    (
        QT_TRANSLATE_NOOP("ExportDialog", "Accreditor's learner report, tab-delimited (PARS)"),
        "pars",
        ".txt",
        QT_TRANSLATE_NOOP("ExportDialog", "Text files (*.txt)"),
    ),
    (
        QT_TRANSLATE_NOOP("ExportDialog", "xAPI statements (JSON)"),
        "xapi",
        ".json",
        QT_TRANSLATE_NOOP("ExportDialog", "JSON files (*.json)"),
    ),
)


class ExportDialog(QDialog):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(translate("ExportDialog", "Export records"))
        self.kind = QComboBox()
        for label, *_rest in CHOICES:
            self.kind.addItem(translate("ExportDialog", label))
        self.all_dates = QCheckBox(translate("ExportDialog", "&All dates"))
        self.all_dates.setChecked(True)
        today = QDate.currentDate()
        self.start = QDateEdit(today.addYears(-1), calendarPopup=True)
        self.end = QDateEdit(today, calendarPopup=True)
        for edit in (self.start, self.end):
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
        self.all_dates.toggled.connect(
            lambda on: (self.start.setEnabled(not on), self.end.setEnabled(not on))
        )
        self.skip = QCheckBox(
            translate("ExportDialog", "Leave out learners whose profiles are &incomplete")
        )
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("export-message")
        dates = QHBoxLayout()
        dates.addWidget(self.all_dates)
        self.start.setAccessibleName(translate("ExportDialog", "Records from"))
        self.end.setAccessibleName(translate("ExportDialog", "Records to"))
        dates.addWidget(QLabel(translate("ExportDialog", "From")))
        dates.addWidget(self.start)
        dates.addWidget(QLabel("to"))
        dates.addWidget(self.end)
        form = QFormLayout()
        form.addRow(translate("ExportDialog", "&Export:"), self.kind)
        form.addRow("Dates:", dates)
        form.addRow(self.skip)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(
            translate("ExportDialog", "&Export…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.clicked.connect(self._export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def _export(self) -> None:
        _label, fmt, suffix, pattern = CHOICES[self.kind.currentIndex()]
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("ExportDialog", "Export records"),
            str(Path.home() / f"studyapp-{fmt}{suffix}"),
            translate("ExportDialog", pattern),
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != suffix:
            target = target.with_suffix(suffix)
        self.export_to(target)

    def export_to(self, target: Path) -> None:
        _label, fmt, suffix, _pattern = CHOICES[self.kind.currentIndex()]
        start = end = None
        if not self.all_dates.isChecked():
            start, end = self.start.date().toPython(), self.end.date().toPython()
        progress = QProgressDialog(
            translate("ExportDialog", "Reading the records…"), "", 0, 100, self
        )
        progress.setObjectName("export-progress")
        progress.setWindowTitle(translate("ExportDialog", "Exporting"))
        progress.setCancelButton(None)
        progress.setMinimumDuration(500)  # a quick export shows no dialog at all
        progress.setAutoClose(False)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.export_button.setEnabled(False)
        self.message.setText("Exporting…")
        skip = self.skip.isChecked()

        def work(progress) -> record_exports.Exported:
            done = record_exports.export(
                self.ctx,
                record_exports.Format(fmt),
                start=start,
                end=end,
                excel=suffix == ".xlsx",
                skip_incomplete=skip,
                progress=progress,
            )
            exports.save_file(target, done.data)
            return done

        def step(percent: int, text: str) -> None:
            progress.setValue(percent)
            progress.setLabelText(say(text))

        def finished(done: record_exports.Exported) -> None:
            progress.close()
            self.export_button.setEnabled(True)
            notes = " ".join(say(n) for n in done.notes)
            if done.rows == 1:
                saved = translate("ExportDialog", "Saved 1 row to {target}.")
                toast = translate("ExportDialog", "Export done: 1 row saved to {target}.")
                if fmt == "xapi":
                    saved = translate("ExportDialog", "Saved 1 statement to {target}.")
                    toast = translate("ExportDialog", "Export done: 1 statement saved to {target}.")
            elif fmt == "xapi":
                saved = translate("ExportDialog", "Saved {count} statements to {target}.")
                toast = translate(
                    "ExportDialog", "Export done: {count} statements saved to {target}."
                )
            else:
                saved = translate("ExportDialog", "Saved {count} rows to {target}.")
                toast = translate("ExportDialog", "Export done: {count} rows saved to {target}.")
            self.message.setText(f"{saved.format(count=done.rows, target=target)} {notes}".strip())
            notify(self, toast.format(count=done.rows, target=target))

        def failed(exc: BaseException) -> None:
            progress.close()
            self.export_button.setEnabled(True)
            if isinstance(exc, UserError):
                self.message.setText(error_text(exc))
            else:
                self.message.setText(
                    translate(
                        "ExportDialog", "The export failed: {reason}. Nothing was written."
                    ).format(reason=exc)
                )
                raise exc

        run_in_background(work, on_success=finished, on_failure=failed, on_progress=step)


def open_dialog(parent: QWidget, ctx: Context) -> ExportDialog:
    dialog = ExportDialog(ctx, parent)
    dialog.open()
    return dialog
