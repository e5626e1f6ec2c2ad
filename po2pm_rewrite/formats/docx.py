"""Word resumes (.docx), read and written with python-docx and lxml.

Reading renders the document as text, one line per paragraph, in document order: body
paragraphs, then the paragraphs of table cells where the table stands (row by row, cell by cell),
and text boxes. A paragraph's line holds its text exactly, so a finding's LINE is the
paragraph's number and its COLUMN the character in that paragraph: what a user counts in Word.
Two control characters, which a Word document cannot contain (XML 1.0 forbids them), end a
line to carry what the text does not show (at the end, so every column stays the paragraph's):
- LIST_ITEM: the paragraph is an item of a bulleted or numbered Word list (numbering properties
  on the paragraph or its style);
- HEADING: the paragraph has a heading or title style, once per level ("Heading 3": three marks;
  Title one), so a sub-heading stays inside the section above it.
A third stands inside a line for a line break (Shift+Enter) of a paragraph that types its list
that way ("Acme | 2021 - 2023", break, "- Led ...", break, "- Ran ..."): SOFT_BREAK, one character
for the break's one, so the list's items are read as lines while every column stays the paragraph's.
Paragraphs that start with a typed glyph ("• ", "") are read as bullets by the plain-text rules.

Writing changes only the text of the edited paragraphs inside word/document.xml; every other part
of the file is copied byte for byte. The kept start and end of a paragraph keep their runs and
formatting; the new middle goes into the run where the change starts (its first run outside a
link, field or tracked insertion, where it reaches past one; a run of its own beside one it is all
inside of), except text added at a run's edge, which goes into a
run of its own formatted as most of the paragraph is (a clause after a bold figure is not bold),
beside the link, field or tracked insertion that run ends, not in it. A link, field or tracked
insertion whose shown words are all replaced goes whole, keeping the bookmarks and comment ranges
it held. A change that spans runs
formatted differently (a bold number inside the bullet) cannot keep that formatting, and says so.
A paragraph that types its list line by line is changed line by line, so its breaks stay.
"""

from __future__ import annotations

import io
import re
import zipfile
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Iterator, Mapping

from ..errors import InputError
from ..extract import BULLET_GLYPHS, extract_bullets, is_known_section, section_title
from ..model import Bullet, Segment, split_lines
from ..word_lists import opens_with_an_act

if TYPE_CHECKING:
    from docx.document import Document
    from docx.oxml.document import CT_Body
    from docx.oxml.text.paragraph import CT_P
    from docx.oxml.xmlchemy import BaseOxmlElement

LIST_ITEM = "\x1f"
HEADING = "\x1e"
SOFT_BREAK = "\x1d"
DOCUMENT_PART = "word/document.xml"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_TEXT_LIKE = {f"{{{_W}}}t": None, f"{{{_W}}}tab": "\t", f"{{{_W}}}ptab": "\t", f"{{{_W}}}br": " ", f"{{{_W}}}cr": " ", f"{{{_W}}}noBreakHyphen": "-"}


def _w(tag: str) -> str:
    return f"{{{_W}}}{tag}"


# -- reading ---------------------------------------------------------------------------------------
# A resume has a few hundred; a 66 KB file of 3,300,000 empty ones took 107 s to read.
MAX_PARAGRAPHS = 50_000

def render_docx(data: bytes) -> str:
    """The document as text: one line per paragraph (see the module docstring)."""
    document = _open(data)
    numbering = _numbering_formats(document)
    lines = []
    # what each style says, worked out once, from a table of the styles read once: python-docx
    # finds a style by searching them all, and a chain of 3,000 styles based on each other, walked
    # for every paragraph, reached the 30 s bound (an attack round of session 48); so did 1,000
    # styles each a chain's start, one per paragraph (ATK5)
    table = _StyleTable.of(document)
    run_styles = table.run_styles(_document_hides(document))
    styles: dict[str | None, tuple[int, "BaseOxmlElement | None"]] = {}
    for count, paragraph in enumerate(_paragraphs(document.element.body), 1):
        if count > MAX_PARAGRAPHS:
            raise InputError(f"more than {MAX_PARAGRAPHS:,} paragraphs: not read as a resume")
        text = rendered_text(paragraph, run_styles)
        style_id = paragraph.style  # CT_P.style: the pStyle value, or None
        if style_id not in styles:
            styles[style_id] = table.facts(style_id)
        level, style_numbering = styles[style_id]
        if level and (title := _known_title_before_a_break(paragraph, run_styles)) is not None:
            # "PROJECTS", a line break, then the first project's title, in one heading paragraph
            # (set AS: read as one long heading, no section opened, and the project's claims were
            # taken for the Skills list above it): the heading is its first line. (One line per
            # paragraph still: --write finds paragraphs by their line.)
            lines.append(title + HEADING * level)
            continue
        if level and text.strip() and not _prose(text) and not _bulleted_claim(text, paragraph, numbering):
            lines.append(text + HEADING * level)
        elif _list_format(paragraph, style_numbering, numbering) not in (None, "none") and text.strip():
            lines.append(text + LIST_ITEM)
        else:
            lines.append(text)
    return "\n".join(lines) + "\n"


_DATE_SET_RIGHT = re.compile(r"(?:\t|\s{3,})[^\t]*\b(?:19|20)\d\d\s*$")


def _bulleted_claim(text: str, paragraph: "CT_P", numbering: dict[tuple[str, str], str]) -> bool:
    """A paragraph in a heading style with a bullet of its own that opens with an act: a list
    item, not a heading (set AK: a resume set its job bullets in "Heading 1", and 7 claims were
    read as headings, in silence). Only its own bullet, as a heading style may number every
    heading ("1. Experience"); and only an act, as bulleted project titles in a heading style
    ("Network Scanner – Port Detection  January 2025": sets AG and AH) are titles, as is one whose
    date is set to the right ("Encrypted File Transfer – Secure Data Transmission      January 2025")."""
    typed = _TYPED_BULLET.match(text)
    if typed:
        # a bullet typed as the paragraph's first character ("• Built a cross-platform app ...":
        # set AS, ten claims in "Heading 1" read as headings, the file as empty)
        return opens_with_an_act(text[typed.end() :]) and not _DATE_SET_RIGHT.search(text)
    return opens_with_an_act(text) and not _DATE_SET_RIGHT.search(text) and _num_pr(paragraph) is not None and _list_format(paragraph, None, numbering) == "bullet"


# The glyphs people type or paste as bullets, one list for every reader (extract.BULLET_GLYPHS).
_TYPED_BULLET = re.compile(rf"^\s*[{BULLET_GLYPHS}]\s+")


def _known_title_before_a_break(paragraph: "CT_P", run_styles: "_RunStyles") -> str | None:
    """The paragraph's text up to its first line break, where that is a section title po2pm
    knows and more text follows the break; None otherwise."""
    first: list[str] = []
    pieces = iter(_pieces(paragraph, run_styles))
    for element, piece in pieces:
        if element.tag in _BREAKS:
            break
        first.append(piece)
    else:
        return None  # no break
    if not "".join(piece for _, piece in pieces).strip():
        return None  # nothing after it
    title = section_title("".join(first), True)
    return "".join(first).strip() if title is not None and is_known_section(title) else None


_BREAKS = frozenset({f"{{{_W}}}br", f"{{{_W}}}cr"})


def _prose(text: str) -> bool:
    """A paragraph in a heading style that reads as prose: sentences, not a title (set AI: a
    resume set each project's description in "Heading 4", and its six claims were read as
    headings, in silence). A title is short and ends in no full stop."""
    words = len(text.split())
    return words > 20 or (words > 8 and re.search(r"[.!?](?:\s|$)", text.strip()) is not None) or _LABELLED_PROSE.match(text) is not None


# "Retail Worker, and Tour Guide: Guided tourists on a walk through the factory and ...": a role's
# label and what was done, set in a heading style (set AO: read as a heading, it closed the
# Experience section, and the three jobs' 8 claims were lost in silence).
_LABELLED_PROSE = re.compile(r"^\s*[^:\n]{2,60}:\s+(?:\S+\s+){6,}\S+")


def extract_docx(text: str) -> list[Bullet]:
    """Bullets of a rendered document: Word list items, typed-glyph paragraphs, and sentence
    paragraphs under an experience heading (the plain-text rules, headings known by style)."""
    plain_lines: list[str] = []
    origins: list[tuple[int, int]] = []  # per plain line: the paragraph's line, and the column shift to it
    for number, line in enumerate(split_lines(text), start=1):
        if line.endswith(HEADING):
            text_of = line.rstrip(HEADING)
            plain_lines.append("#" * (len(line) - len(text_of)) + " " + text_of)
            origins.append((number, 0))
            continue
        marked = line.endswith(LIST_ITEM)
        pieces = (line[:-1] if marked else line).split(SOFT_BREAK)
        offset = 0
        for index, piece in enumerate(pieces):
            # A list marker for the plain-text rules on a Word list item, and on a typed list's
            # other lines (its job or project titles, a Skills paragraph's "PROJECT MANAGEMENT"):
            # items of the section the paragraph stands in, never headings of sections of their own.
            listed = (marked and index == 0) or (len(pieces) > 1 and bool(piece.strip()) and not _TYPED_LIST_MARK.match(piece))
            plain_lines.append("•" + piece if listed else piece)
            origins.append((number, offset - 1 if listed else offset))  # the marker is po2pm's, not the paragraph's
            offset += len(piece) + 1
    bullets = extract_bullets("\n".join(plain_lines) + "\n", bare_lines=True, whole_paragraphs=True)
    return [replace(b, segments=tuple(_in_paragraph(s, origins[s.line - 1]) for s in b.segments)) for b in bullets]


def _in_paragraph(segment: Segment, origin: tuple[int, int]) -> Segment:
    line, shift = origin
    return replace(segment, line=line, column=segment.column + shift)


def paragraph_text(paragraph: "CT_P", run_styles: "_RunStyles | None" = None) -> str:
    return "".join(piece for _, piece in _pieces(paragraph, run_styles or _NO_RUN_STYLES))


def rendered_text(paragraph: "CT_P", run_styles: "_RunStyles | None" = None) -> str:
    """The paragraph's line: its text, each line break a space, or SOFT_BREAK where the paragraph
    types a list line by line (set AZ: a Word resume's jobs and projects, each one paragraph of a
    title and "- " lines, were read as one long line each: 15 claims, none read whole)."""
    text = "".join(SOFT_BREAK if element.tag in _BREAKS else piece for element, piece in _pieces(paragraph, run_styles or _NO_RUN_STYLES)).replace("\n", " ")
    typed_list = sum(1 for line in text.split(SOFT_BREAK)[1:] if _TYPED_LIST_MARK.match(line)) >= 2
    return text if typed_list else text.replace(SOFT_BREAK, " ")


_TYPED_LIST_MARK = re.compile(rf"^\s*[-–—*{BULLET_GLYPHS}]\s+\S")


# An OLE2 compound file: an old Word .doc, or a .docx saved with a password (Word encrypts it into one).
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
OLE2_HINT = "an old Word .doc file or a password-protected document: save it as .docx, without a password, and check that"


def _open(data: bytes) -> "Document":
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError

    if data.startswith(OLE2_MAGIC):  # a Word user's trial: "File is not a zip file"
        raise InputError(OLE2_HINT)
    try:
        _within_bounds(data)
        try:
            return Document(io.BytesIO(data))
        except (KeyError, ValueError) as error:
            if "\\" not in str(error) and not _names_a_part_with_a_backslash(data):
                raise
            # a part named with Windows' backslash ("word/media\image1.jpg"), as some converters
            # write it (round SAC: an image-only resume refused as no Word document), in a
            # relationship or in the package's own entry names ("word\document.xml": ATK19, C34)
            return Document(io.BytesIO(_relationships_with_forward_slashes(data)))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as error:
        other = _other_office_format(data)
        if other:
            raise InputError(f"{other} saved under a .docx name, not a Word document: save it as .docx (Word format) and check that") from None
        # the library names the file by its in-memory object ("file '<_io.BytesIO object at 0x...>' is
        # not a Word file"): the user is told the reason, not the object (ATK19, C34)
        reason = _OBJECT_NAME.sub("", str(error)).strip()
        raise InputError(f"not a Word document that can be read ({reason})") from None


_OBJECT_NAME = re.compile(r"'?<[\w.]+ object at 0x[0-9a-fA-F]+>'?\s*")


def _names_a_part_with_a_backslash(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return any("\\" in name for name in archive.namelist())
    except (zipfile.BadZipFile, OSError):
        return False


def _relationships_with_forward_slashes(data: bytes) -> bytes:
    """The package with every relationship part's backslashes, and its entries' names', written as
    the "/" they mean (within the bounds _within_bounds checked before)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as fixed:
        for item in source.infolist():
            content = source.read(item)
            if item.filename.endswith(".rels"):
                content = content.replace(b"\\", b"/")
            item.filename = item.filename.replace("\\", "/")
            fixed.writestr(item, content)
    return out.getvalue()


def images_only(data: bytes, text: str) -> str | None:
    """A note for a document whose resume is pictures (a scan or a designed page pasted in as an
    image): a few words of text, and images in the package, so its empty reading is explained."""
    if len(text.split()) >= 30:
        return None
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        images = [name for name in archive.namelist() if name.startswith("word/media/")]
    if not images:
        return None
    return (
        f"its text is almost all in {len(images)} picture{'s' if len(images) != 1 else ''}, which po2pm cannot read:"
        " check the file the pictures were made from, or a text version"
    )


def _other_office_format(data: bytes) -> str | None:
    """An OpenDocument file (LibreOffice, Google Docs' .odt export) named .docx: its `mimetype`
    entry says which, so the user is told what to do rather than a library's missing-part message."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            kind = archive.read("mimetype")[:100].decode("ascii", "replace") if "mimetype" in archive.namelist() else ""
    except (zipfile.BadZipFile, OSError, ValueError):
        return None
    if kind.startswith("application/vnd.oasis.opendocument.text"):
        return "an OpenDocument text file (.odt)"
    if kind.startswith("application/vnd.oasis.opendocument"):
        return "an OpenDocument file"
    return None


MAX_DOCUMENT_BYTES = 64 * 1024 * 1024  # word/document.xml (or any one part) unpacked; a resume's is well under 1 MB
MAX_PACKAGE_BYTES = 4 * MAX_DOCUMENT_BYTES  # every part together, its pictures included
MAX_RUNS = 500_000
# Under any prefix: Word's namespace can be bound to another one ("<x:r/>": an attack round of
# session 45 hid 6 million runs so)
_PARAGRAPH_TAG = re.compile(rb"<(?:[\w.-]+:)?p[\s>/]")
_RUN_TAG = re.compile(rb"<(?:[\w.-]+:)?r[\s>/]")
# The main part's name in the package relationship that points to it: not always word/document.xml
_RELATIONSHIP = re.compile(rb"<Relationship\b[^>]*>")
_OFFICE_DOCUMENT = re.compile(rb'Type="[^"]*/officeDocument"')
_TARGET = re.compile(rb'Target="/?([^"]+)"')
_DOCTYPE = re.compile(rb"<!DOCTYPE", re.IGNORECASE)


def _within_bounds(data: bytes) -> None:
    """Refuse, before the XML is parsed, a document whose paragraphs or runs no resume has: a few
    hundred kilobytes can unpack to millions of them (fourth round of attacks: 16 million
    paragraphs hidden in text-box fallbacks, 6 million runs in one paragraph, 2-3 GB each)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        # Every part python-docx may load counts, not the text alone: a custom XML, styles or
        # numbering part unpacking to 1.5 GB took 3 GB of memory (sixth round of attacks, A24). A
        # part is never read past the size its header gives, so the headers bound it.
        sizes = [item.file_size for item in archive.infolist()]
        if max(sizes, default=0) > MAX_DOCUMENT_BYTES:
            raise InputError(f"a part of it unpacks to more than {MAX_DOCUMENT_BYTES // (1024 * 1024)} MB: not read as a resume")
        if sum(sizes) > MAX_PACKAGE_BYTES:
            raise InputError(f"its parts unpack to more than {MAX_PACKAGE_BYTES // (1024 * 1024)} MB: not read as a resume")
        for item in archive.infolist():
            if item.filename.endswith((".xml", ".rels")) and _declares_a_dtd(archive, item.filename):
                # Word never writes one; its entities were dropped from the text in silence, and
                # --write failed on them with exit 3 (a fresh attack round, F3; session 45: in a
                # main part not named word/document.xml)
                raise InputError("its text declares a DTD (<!DOCTYPE>), which Word never writes: not read (save it again from Word)")
        try:
            stream = archive.open(_main_part_name(archive))
        except KeyError:
            return  # python-docx says what is missing
        with stream:
            xml = stream.read(MAX_DOCUMENT_BYTES + 1)
    if len(xml) > MAX_DOCUMENT_BYTES:
        raise InputError(f"its text unpacks to more than {MAX_DOCUMENT_BYTES // (1024 * 1024)} MB: not read as a resume")
    if len(_PARAGRAPH_TAG.findall(xml)) > MAX_PARAGRAPHS:
        raise InputError(f"more than {MAX_PARAGRAPHS:,} paragraphs: not read as a resume")
    if len(_RUN_TAG.findall(xml)) > MAX_RUNS:
        raise InputError(f"more than {MAX_RUNS:,} runs of text: not read as a resume")


def _declares_a_dtd(archive: zipfile.ZipFile, name: str) -> bool:
    with archive.open(name) as stream:
        return bool(_DOCTYPE.search(stream.read(4096)))


def _main_part_name(archive: zipfile.ZipFile) -> str:
    """The part python-docx reads as the document: the package relationship of type officeDocument."""
    try:
        with archive.open("_rels/.rels") as stream:
            relationships = stream.read(MAX_DOCUMENT_BYTES)
    except KeyError:
        return "word/document.xml"
    for relationship in _RELATIONSHIP.findall(relationships):
        target = _TARGET.search(relationship) if _OFFICE_DOCUMENT.search(relationship) else None
        if target:
            return target.group(1).decode("utf-8", "replace")
    return "word/document.xml"


_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


_CHOICE = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Choice"


def _other_copies(paragraph: "CT_P", text: str, found: "_CopiesFound") -> list["CT_P"]:
    """The other copies of a text box's paragraph read from its first mc:Choice, where they say
    the same: the old-style one in its mc:Fallback, and those of any other mc:Choice. Rewritten
    with it, so a reader of another copy (an older Word, an ATS that reads every w:t) does not see
    the old bullet (attack rounds of session 47 and ATK5: only the Choice was rewritten).
    `found`: the paragraphs of each copy that say a text, looked up once a write (attack round
    ATK8: a box of 2,000 copies of one bullet read them all again for each, minutes)."""
    copies: list["CT_P"] = []
    # every Choice the paragraph sits in: a box inside a box has a copy in the outer box's
    # Fallback too (an attack round, session 50: that copy kept the old bullet)
    for choice in (ancestor for ancestor in paragraph.iterancestors() if ancestor.tag == _CHOICE):
        here = found.copies(choice, text)
        rank = here.rank[id(paragraph)]
        for other in (sibling for sibling in choice.itersiblings() if sibling.tag in (_CHOICE, _FALLBACK)):
            there = found.copies(other, text)
            # the same bullet twice in a box (two jobs with one duty): the copy at the same place,
            # not both (an attack round, session 50: the Fallback had both rewritten); where the
            # copies do not line up, every one that says the same
            copies += [there.read[rank], *there.unread] if len(there.read) == len(here.read) else there.read + there.unread
    return copies


@dataclass
class _Copies:
    """The paragraphs of a Choice or Fallback that say one text: those the reader reads there (each
    box inside it counted once, by its first Choice), in order, and the other copies of them."""

    read: list["CT_P"] = field(default_factory=list)
    unread: list["CT_P"] = field(default_factory=list)
    rank: dict[int, int] = field(default_factory=dict)  # id of a read paragraph -> its place among them


class _CopiesFound:
    """The copies of each text in each Choice or Fallback, as it stood when first asked."""

    def __init__(self, run_styles: "_RunStyles") -> None:
        self._run_styles = run_styles
        # id of a container -> the container (kept alive: lxml gives a node the same object, and
        # so the same id, only while one is) and its paragraphs by text
        self._found: dict[int, tuple["BaseOxmlElement", dict[str, _Copies]]] = {}

    def copies(self, container: "BaseOxmlElement", text: str) -> _Copies:
        if id(container) not in self._found:
            self._found[id(container)] = (container, _copies_by_text(container, self._run_styles))
        return self._found[id(container)][1].get(text, _Copies())


def _copies_by_text(container: "BaseOxmlElement", run_styles: "_RunStyles") -> dict[str, _Copies]:
    """Every paragraph of a Choice or Fallback, by what it says, from one reading of them all (attack
    round ATK9, FY2: a box of 500 different bullets read all its paragraphs again for each, minutes)."""
    by_text: dict[str, _Copies] = {}
    for paragraph in container.iter(_w("p")):
        copies = by_text.setdefault(rendered_text(paragraph, run_styles), _Copies())
        if _read_copy(paragraph, container):
            copies.rank[id(paragraph)] = len(copies.read)
            copies.read.append(paragraph)
        else:
            copies.unread.append(paragraph)
    return by_text


def _paragraphs(body: "CT_Body") -> Iterator["CT_P"]:
    """Every w:p in document order: tables and text boxes where they stand. A text box is stored
    more than once (one or more modern shapes, mc:Choice, and an old-style copy, mc:Fallback):
    only its first Choice is read, or its Fallback where it has no Choice (attack round ATK5: two
    Choices read a bullet twice, and a box with only a Fallback was dropped in silence)."""
    return (p for p in body.iter(_w("p")) if _read_copy(p))


def _read_copy(paragraph: "CT_P", within: "BaseOxmlElement | None" = None) -> bool:
    """Is this the copy of its text box the reader reads (up to `within`, where one is given)?"""
    for ancestor in paragraph.iterancestors():
        if ancestor is within:
            break
        if ancestor.tag not in (_CHOICE, _FALLBACK):
            continue
        content = ancestor.getparent()
        first_choice = content.find(_CHOICE) if content is not None else None
        if ancestor.tag == _FALLBACK and first_choice is not None:
            return False
        if ancestor.tag == _CHOICE and first_choice is not ancestor:
            return False
    return True


def _pieces(paragraph: "CT_P", run_styles: "_RunStyles") -> Iterator[tuple["BaseOxmlElement", str]]:
    """(element, text) for each piece of the paragraph's own text, in order: run text, tabs and
    breaks; not deleted text, not the paragraphs of a text box anchored inside it."""
    for child in _shown_run_children(paragraph, run_styles):
        if child.tag in _TEXT_LIKE:
            yield child, _piece_text(child)


def _piece_text(element: "BaseOxmlElement") -> str:
    stands_for = _TEXT_LIKE[element.tag]  # None: the element's own text
    return (element.text or "") if stands_for is None else stands_for


def _shown_run_children(paragraph: "CT_P", run_styles: "_RunStyles") -> Iterator["BaseOxmlElement"]:
    """The children of the paragraph's own shown runs, in order."""
    for run in paragraph.iter(_w("r")):
        if _owner(run) is not paragraph or _not_shown(run, paragraph, run_styles):
            continue
        yield from run


# what a run holds beside its text that is not read: a symbol of a symbol font, a footnote or
# endnote mark; where one stood inside the words a rewrite replaced, it was left glued after the
# new text (attack round ATK12, C9)
_UNREAD_MARKS = (_w("sym"), _w("footnoteReference"), _w("endnoteReference"))


def _owner(element: "BaseOxmlElement") -> "CT_P | None":
    return next(element.iterancestors(_w("p")), None)


def _not_shown(run: "BaseOxmlElement", paragraph: "CT_P", run_styles: "_RunStyles") -> bool:
    """A run the document does not show once its changes are accepted: deleted, moved away
    (`w:moveFrom`: its words stand where they were moved to), or hidden (`w:vanish`). Such text
    was read into the claim, and a write put the new text inside it, where accepting the changes
    deleted it or hid it (attack round ATK12, C4 and C18)."""
    properties = run.find(_w("rPr"))
    own = properties.find(_w("vanish")) if properties is not None else None
    if _is_on(own) or (own is None and run_styles.hide(properties, paragraph)):
        return True
    for ancestor in run.iterancestors():
        if ancestor is paragraph:
            return False
        if ancestor.tag in _NOT_SHOWN:
            return True
    return False


_NOT_SHOWN = frozenset({_w("del"), _w("moveFrom")})


def _is_on(toggle: "BaseOxmlElement | None") -> bool:
    """A Word on/off property present and not switched off (`<w:vanish/>`, not `w:val="0"`)."""
    return toggle is not None and toggle.get(_w("val"), "true") not in {"0", "false", "off"}


@dataclass(frozen=True)
class _Style:
    """What po2pm reads of one style: its name (lower case), the style it is based on, its type,
    and the list numbering its paragraph properties set."""

    name: str
    based_on: str | None
    kind: str | None
    num_pr: "BaseOxmlElement | None"
    vanish: bool | None = None  # what its run properties say of hidden text; None: nothing


@dataclass(frozen=True)
class _StyleTable:
    """The styles part, read once into a table by id, looked up as python-docx looks them up: a
    paragraph's style by its id if it is a paragraph style, else the default paragraph style (the
    last marked default); a base style by its id, of any type."""

    by_id: dict[str, _Style]
    default: str | None

    @classmethod
    def of(cls, document: "Document") -> "_StyleTable":
        by_id: dict[str, _Style] = {}
        default = None
        try:
            elements = list(document.styles.element.iterchildren(_w("style")))
        except (KeyError, ValueError, NotImplementedError):
            elements = []
        for element in elements:
            style_id = element.get(_w("styleId"))
            kind = element.get(_w("type"))
            if kind == "paragraph" and element.get(_w("default")) in ("1", "true", "on"):
                default = style_id
            if style_id is None or style_id in by_id:
                continue  # the first of an id, as python-docx's search finds it
            name = (_val(element.find(_w("name"))) or "").lower()
            by_id[style_id] = _Style(name, _val(element.find(_w("basedOn"))), kind, _num_pr(element), _style_vanish(element))
        return cls(by_id, default)

    def run_styles(self, document_hides: bool = False) -> "_RunStyles":
        """What the styles say of hidden text, by themselves or by a style they are based on (a
        style with no type is a paragraph style, as the standard says: ATK14, C2), and the
        character styles of links. document_hides: the document's default run properties hide
        text (ATK14, C1)."""
        characters = {style_id: hides for style_id, style in self.by_id.items() if style.kind == "character" and (hides := self._hides(style_id)) is not None}
        paragraphs = {style_id: hides for style_id, style in self.by_id.items() if style.kind in ("paragraph", None) and (hides := self._hides(style_id)) is not None}
        default = self._hides(self.default) if self.default is not None else None
        known = frozenset(style_id for style_id, style in self.by_id.items() if style.kind in ("paragraph", None))
        links = frozenset(style_id.lower() for style_id in self.by_id if self._is_a_link_style(style_id)) | _LINK_STYLES
        return _RunStyles(characters, paragraphs, known, default, document_hides, links)

    def _is_a_link_style(self, style_id: str) -> bool:
        """A link's character style by its name, or by a style it is based on ("Resume Link" based
        on "Hyperlink": attack round ATK16, C18, new text kept its blue underline with no link)."""
        return any(style.name in _LINK_STYLES or found.lower() in _LINK_STYLES for found, style in self._based_on(style_id))

    def _hides(self, style_id: str) -> bool | None:
        """Whether the style, or the first style of its chain that says, hides text; None: none says."""
        return next((style.vanish for _, style in self._based_on(style_id) if style.vanish is not None), None)

    def _based_on(self, style_id: str) -> Iterator[tuple[str, _Style]]:
        """The style and the styles it is based on, each once and at most _MOST_STYLES_DEEP of them
        (two styles based on each other made a walk endless)."""
        current: str | None = style_id
        seen: set[str] = set()
        while current is not None and current not in seen and len(seen) < _MOST_STYLES_DEEP and current in self.by_id:
            seen.add(current)
            yield current, self.by_id[current]
            current = self.by_id[current].based_on

    def facts(self, style_id: str | None) -> tuple[int, "BaseOxmlElement | None"]:
        """The heading level a paragraph style gives (_heading_level), and the list numbering it or
        a style it is based on sets (None: none), from one walk of its chain."""
        chain = list(self._chain(style_id))
        return _heading_level([style.name for style in chain]), next((style.num_pr for style in chain if style.num_pr is not None), None)

    def _chain(self, style_id: str | None) -> Iterator[_Style]:
        """The style and the styles it is based on, each once: two styles based on each other (an
        attack round's 1 KB file) made the walk endless, stopped only by the 30-second bound."""
        own = self.by_id.get(style_id) if style_id is not None else None
        current = style_id if own is not None and own.kind == "paragraph" else self.default
        seen: set[str] = set()
        while current is not None and current not in seen and len(seen) < _MOST_STYLES_DEEP and current in self.by_id:
            seen.add(current)
            style = self.by_id[current]
            yield style
            current = style.based_on


def _document_hides(document: "Document") -> bool:
    """Whether the document's default run properties hide text (w:docDefaults)."""
    try:
        styles = document.styles.element
    except (KeyError, ValueError, NotImplementedError):
        return False
    toggle = styles.find(f"{_w('docDefaults')}/{_w('rPrDefault')}/{_w('rPr')}/{_w('vanish')}")
    return _is_on(toggle)


def _style_vanish(style: "BaseOxmlElement") -> bool | None:
    properties = style.find(_w("rPr"))
    toggle = properties.find(_w("vanish")) if properties is not None else None
    return None if toggle is None else _is_on(toggle)


@dataclass(frozen=True)
class _RunStyles:
    """What a document's styles say of its runs. Which hide their text (w:vanish in a style's run
    properties): a run in such a character style, or in a paragraph of such a style, shows nothing;
    their words were read into the claim, and a write put the new text in them (attack round
    ATK13, C14: a bullet written into a run of a "Hidden" style, an empty bullet on the page; C15).
    And which mark a link, by id or by name: a French Word's "Lienhypertexte" is named
    "Hyperlink" (C12: new text kept its look, with no link behind it)."""

    characters: Mapping[str, bool] = field(default_factory=dict)  # style id -> hides, where its chain says
    paragraphs: Mapping[str, bool] = field(default_factory=dict)
    known: frozenset[str] = frozenset()  # the paragraph style ids; a paragraph of another takes the default
    default: bool | None = None  # what the default paragraph style says
    document_hides: bool = False  # the document's default run properties
    links: frozenset[str] = frozenset()  # lower case

    def hide(self, properties: "BaseOxmlElement | None", paragraph: "CT_P") -> bool:
        """Whether a run with these run properties, in this paragraph, is hidden: by its character
        style where that says, else by its paragraph's style, else by the document's defaults."""
        character = _val(properties.find(_w("rStyle"))) if properties is not None else None
        if character is not None and character in self.characters:
            return self.characters[character]
        style_id = paragraph.style
        says = self.paragraphs.get(style_id) if style_id is not None and style_id in self.known else self.default
        return self.document_hides if says is None else says


_NO_RUN_STYLES = _RunStyles()


_HEADING_STYLE = re.compile(r"heading\s*(\d)?")


def _heading_level(names: list[str]) -> int:
    """1-6 for a heading or title style ("Heading 3": 3; Title 1, Subtitle 2), the first of a style
    chain's names (lower case) that is one; 0 for any other. A sub-heading keeps its level, so
    "Heading 4" under a "Heading 3" Training section is one of its parts (set P: course titles
    under such sub-headings were read as claims)."""
    for name in names:
        if name in ("title", "subtitle"):
            return 1 if name == "title" else 2
        heading = _HEADING_STYLE.match(name)
        if heading:
            return min(6, max(1, int(heading.group(1) or 1)))
    return 0


_MOST_STYLES_DEEP = 100


def _list_format(paragraph: "CT_P", style_numbering: "BaseOxmlElement | None", numbering: dict[tuple[str, str], str]) -> str | None:
    """The numbering format of a list paragraph ("bullet", "decimal", ...), by its own numbering or
    else its style's (_style_facts); None if not a list."""
    num_pr = _num_pr(paragraph)
    if num_pr is None:
        num_pr = style_numbering
    if num_pr is None:
        return None
    num_id = _val(num_pr.find(_w("numId")))
    if num_id in (None, "0"):  # numId 0: numbering switched off
        return None
    level = _val(num_pr.find(_w("ilvl"))) or "0"
    return numbering.get((num_id, level), "bullet")


def _num_pr(element: "BaseOxmlElement") -> "BaseOxmlElement | None":
    p_pr = element.find(_w("pPr"))
    return p_pr.find(_w("numPr")) if p_pr is not None else None


def _val(element: "BaseOxmlElement | None") -> str | None:
    return element.get(_w("val")) if element is not None else None


def _numbering_formats(document: "Document") -> dict[tuple[str, str], str]:
    """(numId, level) -> numFmt, from the numbering part."""
    try:
        root = document.part.numbering_part.element
    except (KeyError, NotImplementedError):
        return {}
    abstract = {}
    for definition in root.iter(_w("abstractNum")):
        levels = {lvl.get(_w("ilvl")): _val(lvl.find(_w("numFmt"))) or "decimal" for lvl in definition.iter(_w("lvl"))}
        abstract[definition.get(_w("abstractNumId"))] = levels
    formats = {}
    for num in root.iter(_w("num")):
        levels = abstract.get(_val(num.find(_w("abstractNumId"))), {})
        for level, number_format in levels.items():
            formats[(num.get(_w("numId")), level)] = number_format
    return formats


# -- writing ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class DocxWrite:
    data: bytes
    notes: tuple[str, ...]  # per paragraph: formatting that could not be kept


def write_docx(data: bytes, before: str, after: str) -> DocxWrite:
    """The document with each paragraph whose rendered line changed given its new text."""
    old_lines, new_lines = split_lines(before), split_lines(after)
    if len(old_lines) != len(new_lines):
        raise InputError("a rewrite would add or remove paragraphs; nothing written")
    changed = {n: (without_marks(o), without_marks(t)) for n, (o, t) in enumerate(zip(old_lines, new_lines)) if o != t}
    document = _open(data)
    from lxml import etree

    root = document.element
    notes = []
    run_styles = _StyleTable.of(document).run_styles(_document_hides(document))
    found = _CopiesFound(run_styles)
    for number, paragraph in enumerate(_paragraphs(root.body)):
        if number not in changed:
            continue
        old, new = changed[number]
        if rendered_text(paragraph, run_styles) != old:
            raise InputError(f"paragraph {number + 1} is not as it was read; nothing written")
        copies = _other_copies(paragraph, old, found)  # found while the paragraph still says what they say
        if not _replace_text(paragraph, old, new, run_styles):
            notes.append(f"paragraph {number + 1}: the rewritten part had mixed formatting (bold, italics, links); the new text takes the formatting of its first run")
        for copy in copies:
            _replace_text(copy, old, new, run_styles)
    xml = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    return DocxWrite(_with_part(data, _main_entry(data), xml), tuple(notes))


def without_marks(line: str) -> str:
    """A rendered line as the paragraph's text, without po2pm's list or heading mark."""
    return line[:-1] if line[-1:] == LIST_ITEM else line.rstrip(HEADING)


def _replace_text(paragraph: "CT_P", old: str, new: str, run_styles: "_RunStyles") -> bool:
    """Replace the changed middle of each of the paragraph's lines; True if formatting was all kept."""
    pieces = _PlacedPieces.of(paragraph, run_styles)  # once: every change is placed in the text as read
    kept = True
    for start, end_old, middle in _changes(old, new):
        kept = _replace_span(pieces, start, end_old, middle) and kept
    return kept


def _changes(old: str, new: str) -> list[tuple[int, int, str]]:
    """(start, end in `old`, new text) of each changed middle: one a line of a paragraph that types
    its list line by line (SOFT_BREAK between), one for any other. Diffed whole, the middle of two
    items edited in one run spans the line break between them, and the break's control character
    was written into a w:t (attack round ATK9, FD: exit 3)."""
    old_lines, new_lines = old.split(SOFT_BREAK), new.split(SOFT_BREAK)
    if len(old_lines) != len(new_lines):
        old_lines, new_lines = [old], [new]  # a break added or taken away: the whole line is one change
    changes, offset = [], 0
    for old_line, new_line in zip(old_lines, new_lines):
        if old_line != new_line:
            start, end_old, middle = _changed_middle(old_line, new_line)
            changes.append((offset + start, offset + end_old, middle))
        offset += len(old_line) + 1
    if any(SOFT_BREAK in middle for _, _, middle in changes):
        # a break would go into a run's text, which XML cannot hold
        raise InputError("a rewrite would move a line break inside a paragraph; nothing written")
    return changes


def _changed_middle(old: str, new: str) -> tuple[int, int, str]:
    """Where `old` and `new` differ, between the start and end they share: (start, end in `old`, new text)."""
    start = 0
    while start < min(len(old), len(new)) and old[start] == new[start]:
        start += 1
    end_old, end_new = len(old), len(new)
    while end_old > start and end_new > start and old[end_old - 1] == new[end_new - 1]:
        end_old, end_new = end_old - 1, end_new - 1
    return start, end_old, new[start:end_new]


@dataclass(frozen=True)
class _PlacedPieces:
    """A paragraph's pieces (_pieces) where they stand in its text as read, and the formatting of
    its run texts: found once for all the changes in the paragraph, each placed in the text as
    read (a paragraph of thousands of typed items, each edited, is not read again for each)."""

    elements: list["BaseOxmlElement"]
    starts: list[int]
    ends: list[int]
    formats: dict["BaseOxmlElement", bytes]  # of the run texts (w:t) only
    body: "BaseOxmlElement | None"  # the first run text formatted as most of the text is (by length)
    links: dict["BaseOxmlElement", "_Link"]  # run text -> the link or field it is shown in
    unread: list[tuple["BaseOxmlElement", int]]  # _UNREAD_MARKS and where each stands in the text
    link_styles: frozenset[str]  # _RunStyles.links

    @classmethod
    def of(cls, paragraph: "CT_P", run_styles: "_RunStyles") -> "_PlacedPieces":
        links = {text: link for link in _links(paragraph) for text in link.texts}
        elements, starts, ends, position = [], [], [], 0
        weights = Counter[bytes]()
        formats = {}
        unread = []
        for element in _shown_run_children(paragraph, run_styles):
            if element.tag in _UNREAD_MARKS:
                unread.append((element, position))
            if element.tag not in _TEXT_LIKE:
                continue
            piece = _piece_text(element)
            elements.append(element)
            starts.append(position)
            position += len(piece)
            ends.append(position)
            if element.tag == _w("t"):
                formats[element] = _run_format(element)
                weights[formats[element]] += len(piece)
        body = weights.most_common(1)[0][0] if weights else None
        return cls(elements, starts, ends, formats, next((e for e, format_of in formats.items() if format_of == body), None), links, unread, run_styles.links)

    def from_(self, at: int) -> range:
        """The indexes of the pieces that end at `at` or later."""
        return range(bisect_left(self.ends, at), len(self.elements))


def _replace_span(pieces: _PlacedPieces, start: int, end_old: int, middle: str) -> bool:
    """Replace the text from `start` to `end_old` (placed as read) with `middle`; True if formatting was all kept."""
    _drop_unread_marks_inside(pieces, start, end_old)
    if end_old == start and _insert_in_body_format(pieces, start, middle):
        return True
    touched = _touched(pieces, start, end_old)
    texts = [element for element, _, _ in touched if element.tag == _w("t")]
    if not texts:
        raise InputError("the rewritten text has no run to go into; nothing written")
    cut_at: dict["BaseOxmlElement", int] = {}  # run text -> where the replaced part was cut out
    for element, cut_from, cut_to in touched:
        if element.tag != _w("t"):
            if cut_from < cut_to:  # a tab or break inside the replaced part goes
                element.getparent().remove(element)
            continue
        text = element.text or ""
        element.text = text[:cut_from] + text[cut_to:]
        cut_at[element] = cut_from
    # outside a link, field or tracked insertion where the words replaced reach past it (attack
    # rounds ATK10, A32: a bullet whose first word was a HYPERLINK field's result became one link;
    # ATK11, B15: one whose first word was a reviewer's insertion became all the reviewer's)
    into = next((text for text in texts if text not in pieces.links), None)
    if into is None:
        into = _outside_the_link(pieces, texts[0], cut_at[texts[0]])
    kept, at = into.text or "", cut_at.get(into, 0)
    into.text = kept[:at] + middle + kept[at:]
    for element in [*cut_at, into]:
        _keep_spaces(element)
    _drop_emptied_links(pieces, [element for element, cut_from, cut_to in touched if cut_from < cut_to], into.getparent())
    return len({_run_format(element) for element, _, _ in touched}) <= 1


def _drop_unread_marks_inside(pieces: _PlacedPieces, start: int, end_old: int) -> None:
    """A symbol between the words replaced goes with them; a footnote or endnote mark there would
    lose the words it notes, so the write is refused."""
    for element, at in pieces.unread:
        if not start < at < end_old:
            continue
        if element.tag != _w("sym"):
            raise InputError("the rewritten words hold a footnote or endnote mark, which would lose the words it notes; nothing written (edit that bullet in Word)")
        element.getparent().remove(element)


def _outside_the_link(pieces: _PlacedPieces, text: "BaseOxmlElement", at: int) -> "BaseOxmlElement":
    """Where the new text goes when every run text it replaces is in a link, field or tracked
    insertion, `text` (cut at `at`) the first: a run text of its own after that one (before it,
    where the change starts at its start), as at a run's edge; `text` itself where the change
    keeps words of it on both sides."""
    link = pieces.links[text]
    index = link.texts.index(text)
    kept_before = bool((text.text or "")[:at]) or any(shown.text for shown in link.texts[:index])
    kept_after = bool((text.text or "")[at:]) or any(shown.text for shown in link.texts[index + 1 :])
    if kept_before and kept_after:
        return text
    run = _run_in_body_format(pieces, text, "")
    edge = link.texts[-1] if kept_before else link.texts[0]
    beside = _beside(pieces, edge, after=kept_before)
    (beside.addnext if kept_before else beside.addprevious)(run)
    added: "BaseOxmlElement" = run[-1]
    return added


def _touched(pieces: _PlacedPieces, start: int, end_old: int) -> list[tuple["BaseOxmlElement", int, int]]:
    """(piece, cut from, cut to in its text) of each piece the replaced part overlaps, after the
    run text it starts at the end of, if any (text added there goes at that end)."""
    touched: list[tuple["BaseOxmlElement", int, int]] = []
    for index in pieces.from_(start):
        element, piece_start, piece_end = pieces.elements[index], pieces.starts[index], pieces.ends[index]
        if piece_start > end_old:
            break
        overlap_start, overlap_end = max(piece_start, start), min(piece_end, end_old)
        first_text = element.tag == _w("t") and not any(e.tag == _w("t") for e, _, _ in touched)
        if overlap_start < overlap_end or (first_text and piece_start <= start <= piece_end):
            touched.append((element, overlap_start - piece_start, max(overlap_start, overlap_end) - piece_start))
    return touched


@dataclass(frozen=True)
class _Link:
    """A link or field of a paragraph, or a tracked insertion, which new text is kept out of: the
    elements it is made of (a w:hyperlink, w:fldSimple, w:ins or w:moveTo; a complex field's runs,
    from its fldChar "begin" to its "end") and the run texts it shows."""

    parts: list["BaseOxmlElement"]
    texts: list["BaseOxmlElement"]


# links and fields, and a reviewer's tracked insertions: new text written inside one would be the
# reviewer's, and "Reject all" would take it (attack round ATK11, B15)
_LINK_TAGS = (_w("hyperlink"), _w("fldSimple"), _w("ins"), _w("moveTo"))
# what a dropped link, field or insertion holds that other parts point at: a bookmark (the target of an
# internal link or a REF field) and a comment's range
_MARKS = (_w("bookmarkStart"), _w("bookmarkEnd"), _w("commentRangeStart"), _w("commentRangeEnd"))


def _links(paragraph: "CT_P") -> list[_Link]:
    """The paragraph's links, fields and tracked insertions, each outermost one (a HYPERLINK or
    DATE field's result is its text as the page shows it; the field code, w:instrText, is not
    read as text)."""
    links = []
    for element in paragraph.iter(*_LINK_TAGS):
        inside = list(element.iterancestors())
        if _owner(element) is paragraph and not any(a.tag in _LINK_TAGS for a in inside[: inside.index(paragraph)]):
            links.append(_Link([element], [t for t in element.iter(_w("t")) if _owner(t) is paragraph]))
    parts: list["BaseOxmlElement"] = []
    depth = 0
    for run in paragraph.iter(_w("r")):
        if _owner(run) is not paragraph:
            continue
        kinds = [char.get(_w("fldCharType")) for char in run.findall(_w("fldChar"))]
        depth += kinds.count("begin")
        if depth > 0:
            parts.append(run)
        depth -= kinds.count("end")
        if depth <= 0:
            if parts:
                links.append(_Link(parts, [t for part in parts for t in part.findall(_w("t"))]))
            parts, depth = [], 0
    return links


def _drop_emptied_links(pieces: _PlacedPieces, cut: list["BaseOxmlElement"], new_run: "BaseOxmlElement") -> None:
    """A link, field or tracked insertion whose shown text the change took whole goes whole: left
    empty, its address or field code would stay on (an empty HYPERLINK before the new text; a
    DATE that Word fills in again). The bookmarks and comment ranges it held stay, before the
    new text's run (attack round ATK11, B14: a link elsewhere to the bookmark pointed nowhere)."""
    emptied = {id(link): link for element in cut if (link := pieces.links.get(element)) is not None and not any(t.text for t in link.texts)}
    moved_ends = []
    after_new_text = new_run
    for part in (part for link in emptied.values() for part in link.parts if part.getparent() is not None):
        for mark in list(part.iter(*_MARKS)):
            new_run.addprevious(mark)
            if mark.tag in _START_OF:
                moved_ends.append(mark)
        # a footnote, endnote or comment mark at the link's end stays, after the new text: dropped
        # with the link, it left its note with no mark (attack round ATK14, C10 and C11)
        marked_runs = [run for run in part.iter(_w("r")) if next(run.iter(*_NOTE_MARKS), None) is not None]
        for run in marked_runs:
            after_new_text.addnext(run)
            after_new_text = run
        if part not in marked_runs:  # a complex field's run that holds the mark is the mark's run
            part.getparent().remove(part)
    _starts_before_ends(moved_ends)


_NOTE_MARKS = (_w("footnoteReference"), _w("endnoteReference"), _w("commentReference"))


# each range's end mark, and the start mark it closes
_START_OF = {_w("bookmarkEnd"): _w("bookmarkStart"), _w("commentRangeEnd"): _w("commentRangeStart")}


def _starts_before_ends(ends: list["BaseOxmlElement"]) -> None:
    """A range that opened before the dropped link and closed inside it: its end, moved before the
    new text, would stand before its start, which Word ignores, and the bookmark or comment range
    was lost (attack round ATK12, C10). Its start moves to just before its end."""
    for end in ends:
        paragraph = _owner(end)
        if paragraph is None:
            continue
        elements = list(paragraph.iter())  # held, so lxml gives each element the same proxy below
        start = next((e for e in elements if e.tag == _START_OF[end.tag] and e.get(_w("id")) == end.get(_w("id"))), None)
        if start is not None and elements.index(start) > elements.index(end):
            end.addprevious(start)


def _insert_in_body_format(pieces: _PlacedPieces, at: int, text: str) -> bool:
    """Text added at a run's edge (a clause after "... by 40%" with "40%" in bold) goes into a
    run of its own, formatted as most of the paragraph's text is, not as the run it touches (a
    Word user's trial: a clause after a bold number was all bold); beside a link, field or
    tracked change the run ends or opens, not inside it (attack round ATK10, A33: a clause after
    a linked "claims team" was part of the link). False where the run it touches is already
    formatted so and is in none of these, or the insertion falls inside a run: the caller puts
    it there."""
    if pieces.body is None:
        return False
    body = pieces.formats[pieces.body]
    for index in pieces.from_(at):  # tabs and breaks count in the positions, as in `at`
        element, position, end = pieces.elements[index], pieces.starts[index], pieces.ends[index]
        edge_after, edge_before = at == end, at == position
        if element in pieces.formats and (edge_after or edge_before):
            beside = _beside(pieces, element, edge_after)
            if pieces.formats[element] != body or beside is not element.getparent():
                (beside.addnext if edge_after else beside.addprevious)(_run_in_body_format(pieces, element, text))
                return True
        if position <= at < end or edge_after:
            return False
    return False


# The character styles of links, by name or id: Word's, and LibreOffice's "Internet Link" and
# "Visited Internet Link" (attack round ATK15, C10: new text kept a LibreOffice export's blue,
# underlined link style with no link behind it)
_LINK_STYLES = frozenset({
    "hyperlink", "followedhyperlink", "followed hyperlink",
    "internet link", "internetlink", "visited internet link", "visitedinternetlink",
})


def _run_in_body_format(pieces: _PlacedPieces, like: "BaseOxmlElement", text: str) -> "BaseOxmlElement":
    """A new run of `text`, formatted as most of the paragraph's text is, its run text a copy of `like`."""
    from copy import deepcopy

    assert pieces.body is not None  # a paragraph with a run text to be like has a body format
    run: "BaseOxmlElement" = deepcopy(pieces.body.getparent())
    for child in list(run):
        if child.tag != _w("rPr"):
            run.remove(child)
    # the new run is never a link: a bullet that was all a link gave its text the link's blue,
    # underlined style with no link behind it (attack round ATK12, C3)
    for style in run.findall(f"{_w('rPr')}/{_w('rStyle')}"):
        if (style.get(_w("val")) or "").lower() in pieces.link_styles:
            properties = style.getparent()
            properties.remove(style)
            if len(properties) == 0:
                run.remove(properties)
    added = deepcopy(like)
    added.text = text
    run.append(added)
    _keep_spaces(added)
    return run


def _beside(pieces: _PlacedPieces, text: "BaseOxmlElement", after: bool) -> "BaseOxmlElement":
    """What text added after (or before) a run text goes beside: its run; or the link or field it
    shows the last (first) text of, and any element (a tracked insertion w:ins, a content control)
    whose last (first) run that is."""
    paragraph = _owner(text)
    edge = -1 if after else 0
    link = pieces.links.get(text)
    # its last (first) text shown: a link that ends in hidden words ends, on the page, at the text
    # before them (attack round ATK15, C6: the clause went inside the link)
    shown = [t for t in link.texts if t in pieces.formats] if link is not None else []
    node = link.parts[edge] if link is not None and shown and shown[edge] is text else text.getparent()
    while (parent := node.getparent()) is not None and parent is not paragraph:
        runs = [run for run in parent.iter(_w("r")) if _owner(run) is paragraph]
        if not runs or not (runs[edge] is node or node in runs[edge].iterancestors()):
            break
        node = parent
    return node


def _run_format(element: "BaseOxmlElement") -> bytes:
    from lxml import etree

    run = element.getparent()
    properties = run.find(_w("rPr")) if run is not None else None
    return etree.tostring(properties) if properties is not None else b""


def _keep_spaces(element: "BaseOxmlElement") -> None:
    if element.text and (element.text[0].isspace() or element.text[-1].isspace()):
        element.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


def _main_entry(data: bytes) -> str:
    """The zip entry that holds the document python-docx read: the package's officeDocument part,
    not always word/document.xml (ATK19, C35: "word/main.xml", every write refused as a bug to
    report), and as the package names it, backslashes and all (ATK19, C34: "word\\document.xml")."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        main = _main_part_name(archive).replace("\\", "/") if "_rels/.rels" in names else DOCUMENT_PART
    return next((name for name in names if name.replace("\\", "/") == main), DOCUMENT_PART)


def _with_part(data: bytes, name: str, content: bytes) -> bytes:
    """The zip with one part's content replaced; every other entry copied as it was."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            target.writestr(info, content if info.filename == name else source.read(info.filename))
    return out.getvalue()
