"""Pack Markdown may not run HTML, load from the network, or read outside its own pack."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from studyapp.ui.markdown_view import MarkdownView

pytestmark = pytest.mark.gui
IMAGE = QTextDocument.ResourceType.ImageResource.value

HOSTILE = """# Title

<script>alert("x")</script>
<iframe src="https://example.org/"></iframe>
<form action="https://example.org/steal"><input name="q"></form>
<img src="https://example.org/track.png" onerror="alert(1)">
<a href="javascript:alert(1)" onclick="alert(2)">click</a>

![remote](https://example.org/pixel.png)
![outside](../../secret.png)
![inside](images/ok.png)
"""


@pytest.fixture
def pack_root(tmp_path: Path) -> Path:
    root = tmp_path / "pack"
    (root / "reading" / "images").mkdir(parents=True)
    (root / "reading" / "images" / "ok.png").write_bytes(b"\x89PNG fake")
    (tmp_path / "secret.png").write_bytes(b"secret")
    return root


def test_raw_html_is_shown_as_text_never_interpreted(qtbot: QtBot, pack_root: Path) -> None:
    view = MarkdownView()
    qtbot.addWidget(view)
    view.show_markdown(HOSTILE, pack_root, "reading")
    html = view.toHtml()
    text = view.toPlainText()
    assert '<script>alert("x")</script>' in text  # visible as text
    assert "<script" not in html.replace("&lt;script", "")
    assert (
        "<iframe" not in html
        and "<form" not in html
        and "onerror" not in html.replace("onerror=&quot;", "")
    )
    assert not view.openExternalLinks() and not view.openLinks()


def test_only_files_inside_the_pack_load(qtbot: QtBot, pack_root: Path) -> None:
    view = MarkdownView()
    qtbot.addWidget(view)
    view.show_markdown(HOSTILE, pack_root, "reading")
    assert view.loadResource(IMAGE, QUrl("images/ok.png")) == b"\x89PNG fake"
    for url in (
        "https://example.org/pixel.png",
        "http://example.org/x.png",
        "../../secret.png",
        "../../../secret.png",
        "file:///etc/passwd",
        "/etc/passwd",
        "//example.org/x.png",
    ):
        assert view.loadResource(IMAGE, QUrl(url)) is None, url


def test_web_links_are_reported_not_opened(qtbot: QtBot, pack_root: Path) -> None:
    view = MarkdownView()
    qtbot.addWidget(view)
    view.show_markdown("[site](https://example.org/)", pack_root)
    with qtbot.waitSignal(view.external_link, timeout=2000) as signal:
        view.anchorClicked.emit(QUrl("https://example.org/"))
    assert signal.args == ["https://example.org/"]
