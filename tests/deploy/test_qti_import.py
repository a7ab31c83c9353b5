"""QTI import: question banks made at test time by a third-party tool (text2qti, which
writes Canvas QTI 1.2), a QTI 2.1 package, and hostile packages refused with a reason and
nothing changed."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from studyapp.content import loader, qti
from studyapp.content.problems import PackError
from studyapp.core.activity import ItemKind
from studyapp.paths import bundled_packs_dir
from studyapp.services import qti_import
from studyapp.ui.qti_dialog import QtiDialog
from tests.conftest import JOURNAL_CLUB
from tests.test_architecture import run_cli

QUIZ = """\
Quiz title: IL-6 basics

1.  Which receptor does tocilizumab block?
... Tocilizumab binds the IL-6 receptor.
*a) IL-6 receptor
... Right: it blocks the soluble and the membrane receptor.
b) TNF receptor
... No: that is the target of infliximab.
c) IL-1 receptor
d) CD20

2.  Which are effects of IL-6? Select all that apply.
[*] Acute-phase protein production
[*] Fever
[ ] Hair growth

3.  Tocilizumab is a monoclonal antibody.
*a) True
b) False

4.  How many patients were in the cohort?
=   20

5.  Name the drug class.
*   monoclonal antibody

6.  Discuss IL-6 in systemic sclerosis.
____
"""


@pytest.fixture
def canvas_zip(tmp_path: Path) -> Path:
    """A Canvas QTI 1.2 package, made by text2qti from a text quiz."""
    quiz = tmp_path / "quiz.md"
    quiz.write_text(QUIZ, "utf-8")
    text2qti = Path(sys.executable).parent / "text2qti"
    subprocess.run([str(text2qti), str(quiz)], check=True, cwd=tmp_path, capture_output=True)
    return tmp_path / "quiz.zip"


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    folder = tmp_path / "pack"
    shutil.copytree(bundled_packs_dir() / JOURNAL_CLUB, folder)
    return folder


def test_a_canvas_bank_imports_its_three_kinds_and_lists_the_rest(
    canvas_zip: Path, pack: Path
) -> None:
    before = loader.load(pack).posttest
    done = run_cli("pack", "import-qti", str(canvas_zip), "--into", str(pack))
    assert done.returncode == 1  # some items were skipped
    out = done.stdout
    assert "3 questions added to posttest.toml from IL-6 basics:" in out
    assert "3 not imported (StudyApp takes single choice, multiple response and true/false):" in out
    for kind in ("numerical_question", "short_answer_question", "essay_question"):
        assert f"({kind}): not a kind StudyApp imports" in out
    after = loader.load(pack).posttest
    assert after[: len(before)] == before  # what was there is untouched
    single, multiple, true_false = after[len(before) :]
    assert (single.id, single.kind) == ("qti-1", ItemKind.SINGLE_BEST)
    assert single.stem == "Which receptor does tocilizumab block?"
    assert [o.text for o in single.options] == [
        "IL-6 receptor",
        "TNF receptor",
        "IL-1 receptor",
        "CD20",
    ]
    assert single.answer == {"A"}
    assert single.explanation == (
        "Tocilizumab binds the IL-6 receptor. A: Right: it blocks the soluble and the "
        "membrane receptor. B: No: that is the target of infliximab."
    )
    assert multiple.kind is ItemKind.MULTIPLE_RESPONSE and multiple.answer == {"A", "B"}
    assert true_false.kind is ItemKind.TRUE_FALSE and true_false.answer == {"T"}


def test_importing_again_gives_new_ids_and_the_pre_test_can_be_chosen(
    canvas_zip: Path, pack: Path
) -> None:
    for test in ("posttest", "posttest", "pretest"):
        qti_import.apply(qti_import.plan(canvas_zip, pack, test))
    activity = loader.load(pack)
    ids = [i.id for i in activity.posttest if i.id.startswith("qti-")]
    assert ids == ["qti-1", "qti-2", "qti-3", "qti-4", "qti-5", "qti-6"]
    assert [i.id for i in activity.pretest if i.id.startswith("qti-")] == [
        "qti-1",
        "qti-2",
        "qti-3",
    ]


QTI21_SINGLE = """<?xml version="1.0" encoding="UTF-8"?>
<assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="dose"
    title="Dose" adaptive="false" timeDependent="false">
  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier">
    <correctResponse><value>B</value></correctResponse>
  </responseDeclaration>
  <itemBody>
    <choiceInteraction responseIdentifier="RESPONSE" shuffle="false" maxChoices="1">
      <prompt>What dose was given each week?</prompt>
      <simpleChoice identifier="A">80 mg<feedbackInline outcomeIdentifier="FEEDBACK"
          identifier="A" showHide="show">Too little.</feedbackInline></simpleChoice>
      <simpleChoice identifier="B">162 mg</simpleChoice>
      <simpleChoice identifier="C">400 mg</simpleChoice>
    </choiceInteraction>
  </itemBody>
  <modalFeedback outcomeIdentifier="FEEDBACK" identifier="general" showHide="show">
    The label dose is 162 mg weekly.</modalFeedback>
</assessmentItem>"""

QTI21_MULTIPLE = """<?xml version="1.0" encoding="UTF-8"?>
<assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="measures"
    title="Measures" adaptive="false" timeDependent="false">
  <responseDeclaration identifier="RESPONSE" cardinality="multiple" baseType="identifier">
    <correctResponse><value>M1</value><value>M3</value></correctResponse>
  </responseDeclaration>
  <itemBody>
    <p>Which measures were used?</p>
    <choiceInteraction responseIdentifier="RESPONSE" shuffle="false" maxChoices="0">
      <simpleChoice identifier="M1">mRSS</simpleChoice>
      <simpleChoice identifier="M2">Six-minute walk</simpleChoice>
      <simpleChoice identifier="M3">DAS28</simpleChoice>
    </choiceInteraction>
  </itemBody>
</assessmentItem>"""

QTI21_TEXT = """<?xml version="1.0" encoding="UTF-8"?>
<assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="count"
    title="Count" adaptive="false" timeDependent="false">
  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="string"/>
  <itemBody><p>How many patients? <textEntryInteraction responseIdentifier="RESPONSE"/></p>
  </itemBody>
</assessmentItem>"""


def make_zip(path: Path, files: dict[str, str | bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return path


def test_a_qti_21_package_imports_choices_and_lists_other_interactions(
    tmp_path: Path, pack: Path
) -> None:
    package = make_zip(
        tmp_path / "bank21.zip",
        {
            "imsmanifest.xml": "<manifest/>",
            "items/dose.xml": QTI21_SINGLE,
            "items/measures.xml": QTI21_MULTIPLE,
            "items/count.xml": QTI21_TEXT,
        },
    )
    plan = qti_import.plan(package, pack, "pretest")
    assert [s.kind for s in plan.bank.skipped] == ["textEntryInteraction"]
    assert [s.source_id for s in plan.bank.skipped] == ["count"]
    qti_import.apply(plan)
    added = [i for i in loader.load(pack).pretest if i.id.startswith("qti-")]
    dose, measures = added
    assert dose.stem == "What dose was given each week?"
    assert [o.text for o in dose.options] == ["80 mg", "162 mg", "400 mg"]
    assert dose.answer == {"B"}
    assert dose.explanation == "The label dose is 162 mg weekly. A: Too little."
    assert measures.kind is ItemKind.MULTIPLE_RESPONSE
    assert measures.stem == "Which measures were used?"
    assert measures.answer == {"A", "C"}


BOMB = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<questestinterop><item ident="x">&lol3;</item></questestinterop>"""

EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE item [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
<questestinterop><item ident="x">&secret;</item></questestinterop>"""


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ({"bank.xml": BOMB}, "uses XML features refused for safety"),
        ({"bank.xml": EXTERNAL}, "uses XML features refused for safety"),
        ({"../escape.xml": QTI21_SINGLE}, "points outside the pack ('..')"),
        ({"/abs.xml": QTI21_SINGLE}, "has an absolute path"),
        ({"bank.xml": "<questestinterop><item"}, "is not well-formed XML"),
        ({"readme.txt": "hello"}, "holds no QTI items (QTI 1.2 or 2.1)"),
    ],
    ids=["entity bomb", "external entity", "zip slip", "absolute path", "broken xml", "empty"],
)
def test_hostile_packages_are_refused_and_nothing_changes(
    tmp_path: Path, pack: Path, files: dict[str, str], message: str
) -> None:
    package = make_zip(tmp_path / "hostile.zip", files)
    before = (pack / "posttest.toml").read_bytes()
    done = run_cli("pack", "import-qti", str(package), "--into", str(pack))
    assert done.returncode == 1
    assert message in done.stderr
    assert "Traceback" not in done.stderr
    assert (pack / "posttest.toml").read_bytes() == before
    assert not (tmp_path / "escape.xml").exists()


@pytest.mark.parametrize(
    ("method", "message"),
    [
        (zipfile.ZIP_STORED, "huge.zip:bank.xml: is over 20 MB; too large for a question bank"),
        (
            zipfile.ZIP_DEFLATED,
            "huge.zip:bank.xml: is compressed suspiciously well (over 100:1); refusing a "
            "possible zip bomb",
        ),
    ],
    ids=["huge", "bomb"],
)
def test_huge_and_bomb_entries_are_refused_before_they_are_read(
    tmp_path: Path, pack: Path, method: int, message: str
) -> None:
    package = tmp_path / "huge.zip"
    with zipfile.ZipFile(package, "w", method) as zf:
        zf.writestr("bank.xml", b"<questestinterop>" + b" " * (qti.MAX_XML_BYTES + 10))
    with pytest.raises(PackError) as caught:
        qti_import.plan(package, pack, "posttest")
    assert str(caught.value) == message


def test_a_result_that_would_not_load_leaves_the_file_as_it_was(tmp_path: Path, pack: Path) -> None:
    broken = QTI21_SINGLE.replace("What dose", "What\x7f dose")  # a control character
    package = make_zip(tmp_path / "ctl.zip", {"dose.xml": broken})
    before = (pack / "posttest.toml").read_bytes()
    with pytest.raises(PackError, match="control character"):
        qti_import.apply(qti_import.plan(package, pack, "posttest"))
    assert (pack / "posttest.toml").read_bytes() == before


def test_a_folder_that_is_not_a_pack_is_refused(canvas_zip: Path, tmp_path: Path) -> None:
    done = run_cli("pack", "import-qti", str(canvas_zip), "--into", str(tmp_path / "nothing"))
    assert done.returncode == 1
    assert "is not a pack folder (it has no activity.toml)" in done.stderr


def test_the_dialog_previews_then_imports(qtbot: QtBot, canvas_zip: Path, pack: Path) -> None:
    dialog = QtiDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_package(canvas_zip)
    dialog.set_pack(pack)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
    preview = dialog.details.toPlainText()
    assert preview.startswith("3 questions to add to posttest.toml from IL-6 basics:")
    assert "(essay_question): not a kind StudyApp imports" in preview
    assert "qti-1" not in (pack / "posttest.toml").read_text("utf-8")  # nothing yet
    dialog.import_button.click()
    assert dialog.heading.text().startswith("<b>Added 3 questions to posttest.toml.</b>")
    assert 'id = "qti-1"' in (pack / "posttest.toml").read_text("utf-8")
    assert tomllib.loads((pack / "posttest.toml").read_text("utf-8"))
