"""File > Import questions into a pack: a QTI question bank (Canvas QTI 1.2 or QTI 2.1)
previewed, then added to a pack folder's pre-test or post-test. For authors, on pack
folders on disk; installed activities never change."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from studyapp.content.problems import PackError
from studyapp.core.activity import TestKind
from studyapp.services import qti_import
from studyapp.services.errors import UserError
from studyapp.ui.form_names import name_form_fields
from studyapp.ui.i18n import translate
from studyapp.ui.reasons import error_text, say
from studyapp.ui.tasks import run_in_background


class QtiDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("QtiDialog", "Import questions into a pack"))
        self.setMinimumWidth(620)
        self.plan: qti_import.ImportPlan | None = None
        self.package = QLineEdit(
            readOnly=True, placeholderText=translate("QtiDialog", "a QTI .zip or .xml file")
        )
        self.pack = QLineEdit(
            readOnly=True,
            placeholderText=translate("QtiDialog", "the pack folder (with activity.toml)"),
        )
        choose_package = QPushButton(translate("QtiDialog", "Choose &file…"))
        choose_package.clicked.connect(self._choose_package)
        choose_pack = QPushButton(translate("QtiDialog", "Choose &pack…"))
        choose_pack.clicked.connect(self._choose_pack)
        self.test = QComboBox()
        self.test.addItem(say(TestKind.POST.label), "posttest")
        self.test.addItem(say(TestKind.PRE.label), "pretest")
        self.test.currentIndexChanged.connect(self._replan)
        form = QFormLayout()
        form.addRow(translate("QtiDialog", "Question &bank:"), _row(self.package, choose_package))
        form.addRow(translate("QtiDialog", "Into &pack:"), _row(self.pack, choose_pack))
        form.addRow(translate("QtiDialog", "Add to the &test:"), self.test)
        name_form_fields(form)
        self.heading = QLabel(translate("QtiDialog", "Choose a question bank and a pack folder."))
        self.heading.setWordWrap(True)
        self.details = QPlainTextEdit(readOnly=True)
        self.details.setAccessibleName(translate("QtiDialog", "What the import found"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton(
            translate("QtiDialog", "&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self._import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.heading)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)

    def _choose_package(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            translate("QtiDialog", "Question bank"),
            str(Path.home()),
            translate("QtiDialog", "QTI packages (*.zip *.xml);;All files (*)"),
        )
        if path:
            self.set_package(Path(path))

    def _choose_pack(self) -> None:
        path = QFileDialog.getExistingDirectory(
            self, translate("QtiDialog", "Pack folder"), str(Path.home())
        )
        if path:
            self.set_pack(Path(path))

    def set_package(self, path: Path) -> None:
        self.package.setText(str(path))
        self._replan()

    def set_pack(self, path: Path) -> None:
        self.pack.setText(str(path))
        self._replan()

    def _replan(self) -> None:
        self.plan = None
        self.import_button.setEnabled(False)
        if not self.package.text() or not self.pack.text():
            return
        self.heading.setText(translate("QtiDialog", "Reading the question bank…"))
        args = (Path(self.package.text()), Path(self.pack.text()), self.test.currentData())
        run_in_background(qti_import.plan, args, on_success=self._planned, on_failure=self._failed)

    def _planned(self, plan: qti_import.ImportPlan) -> None:
        self.plan = plan
        self.details.setPlainText(plan.summary())
        if plan.bank.items:
            self.heading.setText(
                translate("QtiDialog", "<b>Check the questions below, then import them.</b>")
            )
            self.import_button.setEnabled(True)
        else:
            self.heading.setText(
                translate("QtiDialog", "<b>No question in this bank can be imported.</b>")
            )

    def _failed(self, exc: BaseException) -> None:
        name = html.escape(Path(self.package.text()).name)
        if isinstance(exc, PackError):
            self.heading.setText(
                translate(
                    "QtiDialog", "<b>{name} cannot be imported.</b> Nothing was changed."
                ).format(name=name)
            )
            self.details.setPlainText("\n".join(str(p) for p in exc.problems))
        elif isinstance(exc, UserError | OSError):
            self.heading.setText(
                translate(
                    "QtiDialog", "<b>{name} cannot be imported.</b> Nothing was changed."
                ).format(name=name)
            )
            self.details.setPlainText(error_text(exc))
        else:
            self.heading.setText(
                translate(
                    "QtiDialog", "<b>{name} could not be read.</b> Nothing was changed."
                ).format(name=name)
            )
            self.details.setPlainText(
                translate("QtiDialog", "An unexpected problem stopped it: {reason!r}").format(
                    reason=exc
                )
            )
            raise exc

    def _import(self) -> None:
        if self.plan is None:
            return
        self.import_button.setEnabled(False)
        try:
            qti_import.apply(self.plan)
        except PackError as exc:
            self.heading.setText(
                translate(
                    "QtiDialog",
                    "<b>The questions were not added:</b> the pack would not load with them. Its "
                    "file is as it was.",
                )
            )
            self.details.setPlainText("\n".join(str(p) for p in exc.problems))
            return
        except UserError as exc:
            self.heading.setText(translate("QtiDialog", "<b>The questions were not added.</b>"))
            self.details.setPlainText(error_text(exc))
            return
        self.heading.setText(
            translate(
                "QtiDialog",
                "<b>Added {count} questions to {name}.</b> Check them with `studyapp pack lint` "
                "before you build the pack.",
            ).format(count=len(self.plan.ids), name=self.plan.target.name)
        )
        self.details.setPlainText(self.plan.summary(done=True))


def _row(field: QLineEdit, button: QPushButton) -> QWidget:
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(field, 1)
    row.addWidget(button)
    return box


def open_dialog(parent: QWidget) -> QtiDialog:
    dialog = QtiDialog(parent)
    dialog.open()
    return dialog
