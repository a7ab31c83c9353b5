"""Reading sections: Markdown files whose images and links must stay inside the pack."""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath

from studyapp.content.problems import PackProblem
from studyapp.core.activity import ReadingSection

# Inline links and images: [text](target) and ![alt](target "title"). The link text may not
# hold brackets: with them, a line of 400,000 "[" took 52 s to check (each "[" scanned the
# rest of the line); without, each character is looked at a bounded number of times.
LINK = re.compile(r"(!?)\[[^\[\]]*\]\(\s*<?([^()\s<>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
# Reference definitions, "[label]: target", and images that use them: ![alt][label],
# ![label][] and ![label].
DEFINITION = re.compile(r"^ {0,3}\[([^\[\]]+)\]:\s*<?([^\s<>]+)>?")
REFERENCE_IMAGE = re.compile(r"!\[([^\[\]]*)\](?:\[([^\[\]]*)\])?(?![\[(])")
WEB_SCHEMES = ("http", "https", "mailto")
# Bounds that keep the Reading tab from freezing: on a 2-core laptop with software
# rendering a 200 KB section draws in about 60 ms and a 150-row table in about 50 ms.
MAX_SECTION_BYTES = 200_000
MAX_LINE = 10_000
MAX_TABLE_ROWS = 150
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def scheme(target: str) -> str | None:
    match = re.match(r"^([a-zA-Z][a-zA-Z0-9+.-]*):", target)
    return match.group(1).lower() if match else None


def local_target(target: str) -> str | None:
    """The pack-relative file a link points at, or None for an anchor or a web link."""
    if target.startswith("#") or scheme(target):
        return None
    return target.split("#", 1)[0]


def check_sections(root: Path, sections: tuple[ReadingSection, ...]) -> list[PackProblem]:
    problems: list[PackProblem] = []
    for n, section in enumerate(sections, start=1):
        if not section.file:
            continue
        where = f"sections[{n}].file"
        path = _inside(root, section.file)
        if path is None:
            problems.append(
                PackProblem("activity.toml", where, f"'{section.file}' points outside the pack")
            )
            continue
        if not path.is_file():
            problems.append(
                PackProblem("activity.toml", where, f"'{section.file}' does not exist in the pack")
            )
            continue
        if path.stat().st_size > MAX_SECTION_BYTES:
            problems.append(
                PackProblem(
                    section.file,
                    "file",
                    f"is larger than {MAX_SECTION_BYTES // 1000} KB; split it into sections",
                )
            )
            continue
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = raw[: exc.start].count(b"\n") + 1
            problems.append(PackProblem(section.file, f"line {line}", "is not valid UTF-8 text"))
            continue
        problems.extend(_check_links(root, section.file, text))
    return problems


def _check_links(root: Path, file: str, text: str) -> list[PackProblem]:
    problems: list[PackProblem] = []
    base = PurePosixPath(file).parent

    def problem(lineno: int, message: str) -> None:
        problems.append(PackProblem(file, f"line {lineno}", message))

    def check(lineno: int, target: str, is_image: bool) -> None:
        kind = "image" if is_image else "link"
        local = local_target(target)
        if local is None:
            if target.startswith("#"):
                return
            if is_image:
                problem(
                    lineno,
                    f"image '{target}' is not inside the pack; images must be files in the pack",
                )
            elif scheme(target) not in WEB_SCHEMES:
                problem(
                    lineno,
                    f"link '{target}' uses '{scheme(target)}:'; links may be web addresses "
                    "(http, https), mailto or files in the pack",
                )
            return
        path = _inside(root, str(base / local)) if local else None
        if path is None or not path.is_file():
            problem(lineno, f"{kind} '{target}' does not resolve to a file in the pack")

    definitions: dict[str, tuple[int, str]] = {}
    table_rows = 0
    lines = text.splitlines()
    for lineno, line in enumerate(lines, start=1):
        if len(line) > MAX_LINE:
            problem(lineno, f"is {len(line):,} characters long; at most {MAX_LINE:,} per line")
            continue
        bad = CONTROL.search(line)
        if bad:
            problem(lineno, f"holds a control character (U+{ord(bad.group()):04X}); remove it")
            continue
        table_rows = table_rows + 1 if line.lstrip().startswith("|") else 0
        if table_rows == MAX_TABLE_ROWS + 1:
            problem(lineno, f"a table has more than {MAX_TABLE_ROWS} rows; split it up")
        definition = DEFINITION.match(line)
        if definition:
            label, target = definition.group(1).strip().lower(), definition.group(2)
            definitions.setdefault(label, (lineno, target))
            check(lineno, target, is_image=False)
        for match in LINK.finditer(line):
            check(lineno, match.group(2), is_image=match.group(1) == "!")
    images_by_reference: set[str] = set()
    for line in lines:
        if len(line) <= MAX_LINE:
            for match in REFERENCE_IMAGE.finditer(line):
                images_by_reference.add((match.group(2) or match.group(1)).strip().lower())
    for label in sorted(images_by_reference & definitions.keys()):
        lineno, target = definitions[label]
        if local_target(target) is None:
            check(lineno, target, is_image=True)
    return problems


def _inside(root: Path, relative: str) -> Path | None:
    if PurePosixPath(relative).is_absolute() or "\\" in relative or "\x00" in relative:
        return None
    candidate = (root / relative).resolve()
    try:
        candidate.relative_to(root.resolve())
    except ValueError:
        return None
    return candidate
