"""Reading IMS QTI question banks: Canvas' QTI 1.2 export and QTI 2.1 packages.

Single choice, multiple response and true/false items become pack items, their
per-choice and general feedback the explanation. Items of any other kind are listed by
id and kind, never silently dropped. XML is parsed with defusedxml (no entity expansion,
no external entities, no DTDs); the zip is checked entry by entry as pack zips are.
"""

from __future__ import annotations

import html
import re
import zipfile
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath
from xml.etree.ElementTree import Element

from studyapp.content import archive
from studyapp.content.problems import PackError

MAX_XML_BYTES = 20_000_000
MAX_OPTIONS = 10
SUPPORTED_12 = {
    "multiple_choice_question": "single-best",
    "multiple_answers_question": "multiple-response",
    "true_false_question": "true-false",
}


@dataclass(frozen=True)
class ImportedItem:
    source_id: str
    kind: str  # single-best | multiple-response | true-false
    stem: str
    options: tuple[str, ...]  # in order; keys A, B, C… are given when written
    correct: frozenset[int]  # positions in options
    explanation: str


@dataclass(frozen=True)
class Skipped:
    source_id: str
    kind: str
    why: str


@dataclass
class QtiBank:
    title: str = ""
    items: list[ImportedItem] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in ("br", "p", "div", "li"):
            self.parts.append(" ")


def plain(markup: str | None) -> str:
    """HTML as the plain text a stem or option holds (tags dropped, entities read)."""
    if not markup:
        return ""
    parser = _Text()
    parser.feed(html.unescape(markup) if "&lt;" in markup else markup)
    parser.close()
    return re.sub(r"\s+", " ", "".join(parser.parts)).strip()


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _children(node: Element, name: str) -> list[Element]:
    return [c for c in node.iter() if _local(c.tag) == name]


def _first(node: Element, name: str) -> Element | None:
    return next(iter(_children(node, name)), None)


def _parse(data: bytes, label: str) -> Element:
    from xml.etree.ElementTree import ParseError

    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        return fromstring(data, forbid_dtd=True)
    except DefusedXmlException as exc:
        raise PackError.single(
            label, "file", f"uses XML features refused for safety ({type(exc).__name__})"
        ) from exc
    except ParseError as exc:
        raise PackError.single(label, "file", f"is not well-formed XML ({exc})") from exc


def _mattext(node: Element | None) -> str:
    if node is None:
        return ""
    texts = [m.text or "" for m in _children(node, "mattext")]
    return plain(" ".join(texts))


# --- QTI 1.2 (Canvas) ------------------------------------------------------------------


def _metadata(item: Element) -> dict[str, str]:
    fields: dict[str, str] = {}
    for entry in _children(item, "qtimetadatafield"):
        label, value = _first(entry, "fieldlabel"), _first(entry, "fieldentry")
        if label is not None and value is not None:
            fields[(label.text or "").strip()] = (value.text or "").strip()
    return fields


def _item_12(item: Element) -> ImportedItem | Skipped:
    ident = item.get("ident", "")
    qtype = _metadata(item).get("question_type", "")
    lid = _first(item, "response_lid")
    if not qtype:  # not from Canvas: tell the kind from the response
        cardinality = lid.get("rcardinality", "") if lid is not None else ""
        qtype = {"Single": "multiple_choice_question", "Multiple": "multiple_answers_question"}.get(
            cardinality, "unknown"
        )
    if qtype not in SUPPORTED_12 or lid is None:
        return Skipped(ident, qtype or "unknown", "not a kind StudyApp imports")
    presentation = _first(item, "presentation")
    stem = _mattext(_first(presentation, "material")) if presentation is not None else ""
    labels = _children(lid, "response_label")
    idents = [label.get("ident", "") for label in labels]
    texts = [_mattext(label) for label in labels]
    correct_ids = _correct_12(item)
    correct = frozenset(i for i, x in enumerate(idents) if x in correct_ids)
    feedback = {fb.get("ident", ""): _mattext(fb) for fb in _children(item, "itemfeedback")}
    kind = SUPPORTED_12[qtype]
    if kind == "true-false":
        truths = [t.casefold() for t in texts]
        if sorted(truths) != ["false", "true"] or len(correct) != 1:
            return Skipped(ident, qtype, "its two choices are not True and False")
        texts = ["True", "False"]
        correct = frozenset({0 if truths[next(iter(correct))] == "true" else 1})
    return _checked(ident, kind, stem, texts, correct, _explanation(feedback, idents, texts))


def _correct_12(item: Element) -> set[str]:
    """The choices a full-score condition requires (those under <not> excluded)."""
    for condition in _children(item, "respcondition"):
        setvar = _first(condition, "setvar")
        if setvar is None or (setvar.get("action", "Set") not in ("Set", "Add")):
            continue
        try:
            if float(setvar.text or 0) <= 0:
                continue
        except ValueError:
            continue
        conditionvar = _first(condition, "conditionvar")
        if conditionvar is None:
            continue
        negated = {id(v) for n in _children(conditionvar, "not") for v in _children(n, "varequal")}
        return {
            (v.text or "").strip()
            for v in _children(conditionvar, "varequal")
            if id(v) not in negated
        }
    return set()


def _explanation(feedback: dict[str, str], idents: list[str], texts: list[str]) -> str:
    parts = [feedback.get(k, "") for k in ("general_fb", "correct_fb")]
    letters = "ABCDEFGHIJ"
    for n, ident in enumerate(idents[:MAX_OPTIONS]):
        said = feedback.get(f"{ident}_fb", "")
        if said:
            parts.append(f"{letters[n] if len(texts) > 2 else texts[n]}: {said}")
    return " ".join(p for p in parts if p)


# --- QTI 2.1 ---------------------------------------------------------------------------

INTERACTIONS_21 = (
    "choiceInteraction",
    "textEntryInteraction",
    "extendedTextInteraction",
    "matchInteraction",
    "orderInteraction",
    "associateInteraction",
    "gapMatchInteraction",
    "inlineChoiceInteraction",
    "hotspotInteraction",
    "sliderInteraction",
    "uploadInteraction",
)


def _item_21(root: Element) -> ImportedItem | Skipped:
    ident = root.get("identifier", "")
    kinds = [_local(c.tag) for c in root.iter() if _local(c.tag) in INTERACTIONS_21]
    if kinds != ["choiceInteraction"]:
        kind = "+".join(kinds) or "no interaction"
        return Skipped(ident, kind, "not a kind StudyApp imports")
    interaction = _first(root, "choiceInteraction")
    assert interaction is not None
    declaration = _first(root, "responseDeclaration")
    cardinality = declaration.get("cardinality", "single") if declaration is not None else ""
    correct_ids = {
        (v.text or "").strip()
        for v in _children(_first(root, "correctResponse") or Element("x"), "value")
    }
    choices = _children(interaction, "simpleChoice")
    idents = [c.get("identifier", "") for c in choices]
    texts = [_words(choice, skip="feedbackInline") for choice in choices]
    inline = {
        f"{choice.get('identifier', '')}_fb": " ".join(
            _words(fb) for fb in _children(choice, "feedbackInline")
        )
        for choice in choices
    }
    prompt = _first(interaction, "prompt")
    body = _first(root, "itemBody")
    stem = _words(prompt) if prompt is not None else ""
    if not stem and body is not None:
        stem = " ".join(_words(p) for p in list(body) if _local(p.tag) == "p")
    correct = frozenset(i for i, x in enumerate(idents) if x in correct_ids)
    modal = {mf.get("identifier", ""): _words(mf) for mf in _children(root, "modalFeedback")}
    feedback = {**inline, **{f"{k}_fb": v for k, v in modal.items() if k in idents}}
    feedback["general_fb"] = " ".join(v for k, v in modal.items() if k not in idents)
    if len(texts) == 2 and sorted(t.casefold() for t in texts) == ["false", "true"]:
        true_at = [t.casefold() for t in texts].index("true")
        return _checked(
            ident,
            "true-false",
            stem,
            ["True", "False"],
            frozenset({0 if true_at in correct else 1}),
            _explanation(feedback, idents, texts),
        )
    kind = "multiple-response" if cardinality == "multiple" else "single-best"
    return _checked(ident, kind, stem, texts, correct, _explanation(feedback, idents, texts))


def _words(node: Element, skip: str = "") -> str:
    """The text of an XHTML element and all it holds (a subtree named `skip` left out)."""
    parts: list[str] = []

    def walk(element: Element) -> None:
        if skip and _local(element.tag) == skip:
            parts.append(element.tail or "")
            return
        parts.append(element.text or "")
        for child in element:
            walk(child)
        parts.append(element.tail or "")

    parts.append(node.text or "")
    for child in node:
        walk(child)
    return re.sub(r"\s+", " ", "".join(parts)).strip()


# --- both ------------------------------------------------------------------------------


def _checked(
    ident: str,
    kind: str,
    stem: str,
    texts: list[str],
    correct: frozenset[int],
    explanation: str,
) -> ImportedItem | Skipped:
    if not stem:
        return Skipped(ident, kind, "it has no question text")
    if len(texts) > MAX_OPTIONS:
        return Skipped(ident, kind, f"it has {len(texts)} choices; packs allow {MAX_OPTIONS}")
    if len(texts) < 2 or any(not t for t in texts):
        return Skipped(ident, kind, "a choice has no text")
    if kind == "single-best" and len(correct) != 1:
        return Skipped(ident, kind, "it does not mark exactly one choice correct")
    if kind == "multiple-response" and len(correct) < 1:
        return Skipped(ident, kind, "it marks no choice correct")
    return ImportedItem(ident, kind, stem, tuple(texts), correct, explanation)


def _add(bank: QtiBank, found: ImportedItem | Skipped) -> None:
    (bank.items if isinstance(found, ImportedItem) else bank.skipped).append(found)


def read_bank(source: Path) -> QtiBank:
    """Every item of a QTI package (zip) or a single QTI XML file. Raises PackError for a
    file that is not a QTI package or is refused for safety."""
    bank = QtiBank()
    for label, data in _documents(source):
        root = _parse(data, label)
        name = _local(root.tag)
        if name == "questestinterop":
            assessment = _first(root, "assessment")
            if assessment is not None and not bank.title:
                bank.title = assessment.get("title", "")
            for item in _children(root, "item"):
                _add(bank, _item_12(item))
        elif name == "assessmentItem":
            _add(bank, _item_21(root))
    if not bank.items and not bank.skipped:
        raise PackError.single(source.name, "file", "holds no QTI items (QTI 1.2 or 2.1)")
    return bank


def _documents(source: Path) -> list[tuple[str, bytes]]:
    if source.suffix.lower() == ".xml":
        if source.stat().st_size > MAX_XML_BYTES:
            raise PackError.single(source.name, "file", "is over 20 MB; not a question bank")
        return [(source.name, source.read_bytes())]
    try:
        zf = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise PackError.single(source.name, "file", f"is not a readable zip ({exc})") from exc
    documents = []
    with zf:
        infos = zf.infolist()
        archive.check_entries(source.name, infos)
        for info in infos:
            name = PurePosixPath(info.filename)
            if info.is_dir() or name.suffix.lower() != ".xml" or name.name == "imsmanifest.xml":
                continue
            if name.name == "assessment_meta.xml":
                continue  # Canvas' quiz settings, not questions
            if info.file_size > MAX_XML_BYTES:
                raise PackError.single(
                    source.name, info.filename, "is over 20 MB; too large for a question bank"
                )
            try:
                with zf.open(info) as member:
                    data = member.read(MAX_XML_BYTES + 1)
            except (zipfile.BadZipFile, OSError, EOFError, RuntimeError) as exc:
                raise PackError.single(
                    source.name, info.filename, f"cannot be read ({exc})"
                ) from exc
            if len(data) > MAX_XML_BYTES:
                raise PackError.single(source.name, info.filename, "unpacks to over 20 MB")
            documents.append((f"{source.name}:{info.filename}", data))
    return documents
