"""Names for screen readers from a form's own labels: a field wrapped in a row with a
button or an error line is not the label's buddy, so it would be read without a name."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

FIELDS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox)


def label_text(label: QLabel) -> str:
    return label.text().replace("&", "").rstrip(":").strip()


def name_form_fields(form: QFormLayout) -> None:
    """Each row's unnamed fields take the row's label as their accessible name; with
    several fields in a row, each is numbered after it ("Dates, 2")."""
    for row in range(form.rowCount()):
        label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if label_item is None or field_item is None:
            continue
        label = label_item.widget()
        if not isinstance(label, QLabel):
            continue
        name = label_text(label)
        field = field_item.widget()
        candidates: list[QWidget] = []
        if field is not None:
            candidates = [field] if isinstance(field, FIELDS) else field.findChildren(QWidget)
        else:
            layout = field_item.layout()
            if layout is not None:
                candidates = [
                    w for i in range(layout.count()) if (w := layout.itemAt(i).widget()) is not None
                ]
        # An editable combo box's own line edit is read as part of it.
        inputs = [
            w
            for w in candidates
            if isinstance(w, FIELDS) and not isinstance(w.parentWidget(), QComboBox)
        ]
        for n, widget in enumerate(inputs, start=1):
            if not widget.accessibleName():
                widget.setAccessibleName(name if len(inputs) == 1 else f"{name}, {n}")
            if isinstance(widget, QComboBox) and widget.lineEdit() is not None:
                widget.lineEdit().setAccessibleName(widget.accessibleName())
        for button in (w for w in candidates if isinstance(w, QAbstractButton)):
            if not button.accessibleName() and not button.text():
                button.setAccessibleName(name)
