"""The knowledge-gain chart: per objective, a pre-test bar and a post-test bar, each with
its percentage written beside it (the numbers are said, not only drawn in colour)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from studyapp.core.knowledge_gain import KnowledgeGain
from studyapp.ui.i18n import translate

ROW = 44  # pixels per objective: two bars and a gap
LABEL = 70
NUMBER = 92


class GainChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gain: KnowledgeGain | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_gain(self, gain: KnowledgeGain | None) -> None:
        self.gain = gain
        self.updateGeometry()
        self.setAccessibleName(translate("GainChart", "Knowledge gain by objective"))
        self.setAccessibleDescription("; ".join(self.row_texts()))
        if gain is not None:
            self.setToolTip("\n".join(f"{o.objective_id}: {o.text}" for o in gain.objectives))
        self.update()

    def rows(self) -> list[tuple[str, int, int]]:
        """(objective id, pre-test %, post-test %) for each bar pair drawn."""
        if self.gain is None:
            return []
        return [(o.objective_id, o.pre.percent, o.post.percent) for o in self.gain.objectives]

    def row_texts(self) -> list[str]:
        return [
            translate("GainChart", "{oid}: pre-test {pre}%, post-test {post}%").format(
                oid=oid, pre=pre, post=post
            )
            for oid, pre, post in self.rows()
        ]

    def sizeHint(self) -> QSize:
        return QSize(420, max(1, len(self.rows())) * ROW + 8)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        post_colour = palette.color(QPalette.ColorRole.Highlight)
        pre_colour = QColor(post_colour)
        pre_colour.setAlpha(90)  # the same hue, lighter: the words say which is which
        width = max(10.0, self.width() - LABEL - NUMBER - 8)
        for n, (oid, pre, post) in enumerate(self.rows()):
            top = 4 + n * ROW
            painter.setPen(text)
            painter.drawText(QRectF(0, top, LABEL - 6, ROW - 8), Qt.AlignmentFlag.AlignVCenter, oid)
            for k, (percent, colour, word) in enumerate(
                (
                    (pre, pre_colour, translate("GainChart", "Pre")),
                    (post, post_colour, translate("GainChart", "Post")),
                )
            ):
                bar = QRectF(LABEL, top + k * 17, width * percent / 100, 14)
                painter.fillRect(bar, colour)
                painter.drawRect(QRectF(LABEL, top + k * 17, width, 14))
                painter.drawText(
                    QRectF(LABEL + width + 6, top + k * 17 - 2, NUMBER, 18),
                    Qt.AlignmentFlag.AlignVCenter,
                    f"{word} {percent}%",
                )
        painter.end()
