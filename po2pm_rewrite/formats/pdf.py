"""PDF resumes, read only, with pdfplumber (on pdfminer.six; MIT licensed, unlike PyMuPDF).

A PDF holds positioned words, not paragraphs. The page is read back into lines of text the
plain-text rules understand:
- words at the same height form a line; lines are read top to bottom;
- a page with two columns (a gutter no line crosses, with text on both sides) is read column by
  column, left first (right first where the left one's section, or its last line, goes on on the
  next page), and a note says so;
- a line that starts with a bullet glyph opens a bullet; the lines after it that start where its
  text started (a hanging indent) continue it, and are joined into one bullet;
- a line with no glyph continues the one above where that one was wrapped: it ends no sentence,
  and this line's first word would not have fitted after it (a list whose marks are drawn, not
  written, "... Prometheus +" / "Grafana + cert-manager");
- a line set larger than the body text is a heading.
Each PDF line is one line of the rendered text, pages in order, so `po2pm extract` shows what was
read. A PDF without a text layer (a scan), or whose fonts map to no readable characters, is
refused: po2pm never guesses.
"""

from __future__ import annotations

import io
import itertools
import logging
import re
import statistics
import zlib
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from typing import Any, Iterable, Iterator, TypeAlias

from ..errors import InputError
from ..extract import BULLET_GLYPHS, is_achievement_section, is_known_section, section_title
from ..word_lists import opens_with_an_act

GLYPHS = set(BULLET_GLYPHS + "-–*")
LINE_TOLERANCE = 3.0  # points: words whose tops differ by less sit on one line
INDENT_TOLERANCE = 4.0  # points: a continuation line starts this close to the bullet's text
MIN_GUTTER = 12.0  # points: the narrowest gap between two columns
HEADING_STEP = 1.0  # points larger than the body text
SIZE_TOLERANCE = 0.5  # points: lines set in one size
# One word as pdfplumber's extract_words gives it: text, x0, x1, top, bottom, size.
_Word: TypeAlias = dict[str, Any]


@dataclass(frozen=True)
class Line:
    text: str
    x0: float
    text_x0: float  # where the text after a bullet glyph starts
    top: float
    bottom: float
    size: float
    glyph: bool
    x1: float = 0.0  # where the line's text ends
    first_width: float = 0.0  # the width of its first word


@dataclass(frozen=True)
class RenderedPdf:
    text: str
    notes: tuple[str, ...]
    page_starts: tuple[int, ...]  # the rendered line (1-based) on which each page starts


def render_pdf(data: bytes) -> RenderedPdf:
    _within_bounds(data)
    pages = _pages(data)
    if not any(words for words in pages):
        raise InputError("has no text layer (a scanned image?): po2pm cannot read it; check the Word or LaTeX file it was made from")
    texts = [w["text"] for words in pages for w in words]
    unreadable = sum(1 for t in texts if "(cid:" in t or all(0xE000 <= ord(c) <= 0xF8FF for c in t))
    if unreadable > len(texts) / 2:
        raise InputError("its fonts map to no readable characters: po2pm cannot read it; check the file it was made from")
    body_size = statistics.median(w["size"] for words in pages for w in words)
    lines_out: list[str] = []
    notes, page_starts = [], []
    gutter_before: float | None = None
    rendered_pages = []
    for words in pages:
        split, gutter_before = _columns_and_gutter(words, gutter_before)
        rendered_pages.append([_render_lines(_lines(column), body_size) for column in split])
    for number, columns in enumerate(rendered_pages, start=1):
        next_first = _first_line(rendered_pages[number]) if number < len(rendered_pages) else ""
        # (a page's full-width head, its name and contact lines, comes before both columns)
        if len(columns) > 1 and number < len(pages) and _goes_on_next_page(columns[-2], columns[-1]):
            columns[-2:] = columns[-1], columns[-2]
            notes.append(f"page {number} has two columns: read the right one, then the left one, whose section goes on on page {number + 1}")
        elif len(columns) > 1 and next_first and _last_line_goes_on(columns[-2], columns[-1], next_first):
            columns[-2:] = columns[-1], columns[-2]
            notes.append(f"page {number} has two columns: read the right one, then the left one, whose last line goes on on page {number + 1}")
        elif len(columns) > 1 and number > 1 and _goes_on_from_last_page(columns[-2], columns[-1]):
            columns[-2:] = columns[-1], columns[-2]
            notes.append(f"page {number} has two columns: read the right one, which goes on from page {number - 1}, then the left one")
        elif len(columns) > 1:
            notes.append(f"page {number} has two columns: read the left one, then the right one")
        for index, rendered in enumerate(columns):
            if index == 0 and rendered and len(lines_out) >= 2 and _carried_over(lines_out[-2], rendered[0]):
                lines_out.pop()  # the blank line between the pages: the bullet goes on
                rendered[0] = _continuation_indent(lines_out[-1]) + rendered[0].lstrip()
            if index == 0:
                page_starts.append(len(lines_out) + 1)
            lines_out += rendered
            lines_out.append("")
    text, mended = _without_mojibake("\n".join(lines_out) + "\n")
    if mended:
        notes.append(
            f"its text layer holds characters decoded twice, such as {mended!r} (a Word export's UTF-8 read as "
            "Windows-1252): read as the characters meant"
        )
    broken = sorted({match.group(0) for match in _BROKEN_LIGATURE.finditer(text)})
    if broken:
        notes.append(
            f"{len(broken)} word{'s' if len(broken) > 1 else ''} such as '{broken[0]}' hold a stray character where the PDF's font "
            "maps a ligature (fi, fl, ft) to no letter: those claims are read as the PDF writes them; check them"
        )
    return RenderedPdf(text, tuple(notes), tuple(page_starts))


def _without_mojibake(text: str) -> tuple[str, str | None]:
    """The text with its mojibake mended by ftfy ("TheÂ Technical" -> "The Technical", "â€“" ->
    "–"), line by line, and the first word that held it. Only encoding errors: quotes, ligatures
    and widths stay as the PDF writes them. Round SL: 3 of 14 LiveCareer PDFs held "Â" inside their
    claims. A line whose mending would make a control, format or separator character (a line
    separator that splits the line, a right-to-left mark, a NUL: an attack round of session 48)
    stays as written."""
    import ftfy

    lines, first = text.split("\n"), None
    for number, line in enumerate(lines):
        if line.isascii():
            continue
        given = _UNDEFINED_IN_1252.sub(lambda match: chr(int(match.group(1))), line)
        mended = ftfy.fix_encoding(given)
        if mended == given or set(_UNWANTED_AFTER_MENDING.findall(mended)) - set(_UNWANTED_AFTER_MENDING.findall(line)):
            continue
        if first is None:
            first = next((before for before, after in zip(line.split(), mended.split()) if before != after), line.strip()[:20])
        # a no-break space decoded twice and left alone at a line's end ("... success.  Â") is no word
        lines[number] = _LONE_A_CIRCUMFLEX.sub("", mended.replace("\u00a0", " "))
    return ("\n".join(lines), first) if first is not None else (text, None)


_UNWANTED_AFTER_MENDING = re.compile("[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_UNDEFINED_IN_1252 = re.compile(r"(?<=[\u00c2\u00c3\u00e2\u20ac])\(cid:(129|141|143|144|157)\)")
_LONE_A_CIRCUMFLEX = re.compile(r"(?<=\s)Â(?=[ \t]|$)")  # one line at a time


# A word with "!" or "\\" inside, or a capital N between small letters: a font whose ligature glyph
# has no letter behind it, which pdfminer gives as its code ("so!ware", "o!en": round SD; "Nirst",
# "efNiciency", "\\irst": round SB), or U+FFFD where a ligature given as NUL made no known word
# (_ligature_for_nul). Read as written, with a note, so the person is not left guessing. Each
# alternative is anchored at a word's start: "\w*\ufffd\w*" alone tried every letter of a
# 100,000-letter word as a start (an attack round of session 48: an 835-byte PDF took 25 s).
_BROKEN_LIGATURE = re.compile(r"(?<![\w!\\])[a-z]+[!\\][a-z]+\b|\b[a-z]+N[a-z]+\b|(?<![\w\\])\\[a-z]{2,}\b|(?<!\w)\w*\ufffd\w*")


def _goes_on_from_last_page(left: list[str], right: list[str]) -> bool:
    """Does a later page's main column (the right one, longer) open with no heading beside a
    sidebar that opens with one? Then it goes on with the last page's section, and is read first
    (set RC: page 2's claims, read after its sidebar's Languages and Licenses, fell under them)."""
    left_text = [line for line in left if line.strip()]
    right_text = [line for line in right if line.strip()]
    return bool(left_text and right_text) and left_text[0].startswith("# ") and not right_text[0].startswith("# ") and len(right_text) > len(left_text)


def _goes_on_next_page(left: list[str], right: list[str]) -> bool:
    """Does the left column end in a section of claims and the right one in a list (Skills,
    Strengths)? Then the left column is the page's main one, and the next page goes on with its
    section: read last, it is the section the next page's lines fall under (set AL: a work history
    that went on on page 2 was read under the right column's last heading, Strengths, and its 10
    claims were lost in silence)."""
    return _last_section(left) == "claims" and _last_section(right) == "list"


def _last_line_goes_on(left: list[str], right: list[str], next_first: str) -> bool:
    """Does the left column's last line go on at the top of the next page, where the right one's
    does not, and the left column open with a section heading of its own? Then the left column is
    read last, so the claim cut at the page break is read whole (round SY: "... initially selling
    products at" / "NorthGate Mall and ..." read as two lines with the right column between, the
    second left out with three claims in it); read first, its first lines stay in its own section."""
    left_text = [line for line in left if line.strip()]
    right_text = [line for line in right if line.strip()]
    if not (left_text and right_text) or not _carried_over(left_text[-1], next_first) or _carried_over(right_text[-1], next_first):
        return False
    # not a sidebar's list ("SKILLS" ... "Tableau dashboards and"): read last, it took the next
    # page's claims into its section (attack round ATK16, C17: three claims lost in silence)
    # (ATK17, C36: so too one whose SKILLS heading is set at body size, which the last section's
    # scan does not see: the heading it opens with must be one of claims)
    return any(_opens_claims(line) for line in left_text[:3]) and _last_section(left_text) != "list"


def _opens_claims(line: str) -> bool:
    title = section_title(line, True)
    return title is not None and is_achievement_section(title)


def _first_line(columns: list[list[str]]) -> str:
    return next((line for line in (columns[0] if columns else []) if line.strip()), "")


def _last_section(rendered: list[str]) -> str | None:
    """"claims" or "list": the kind of the last known section heading in a column, if any."""
    for line in reversed(rendered):
        title = section_title(line, True) if line.startswith("#") else None
        if title is not None and is_known_section(title):
            return "claims" if is_achievement_section(title) else "list"
    return None


# What a resume's PDF never needs, checked before pdfminer reads it (fifth round of attacks: a
# 778 KB file whose stream unpacks to 800 MB took 6 s and 1.6 GB; a 31 KB file of three million
# text operators took 105 s and ran out of memory). A long resume unpacks to a few MB, fonts
# included, and shows a few thousand pieces of text a page.
MAX_PDF_UNPACKED = 64 * 1024 * 1024
MAX_PDF_TEXT_OPERATORS = 200_000
# Shapes (a path's start, "m", or a rectangle, "re": each a drawn object to pdfminer): a 3 KB page
# of 100,000 rectangles took 11 s and 600 MB, a million ran past a minute (a fresh attack round,
# F4). Their segments (lines and curves) cost less: 240,000 in one path took 3.6 s and 280 MB.
# A designer's two-column resume drew 7,854 shapes of 91,551 operators, its headings' letters
# drawn as curves (round RL: refused whole under a bound of 50,000 operators of either kind).
MAX_PDF_SHAPES = 50_000
MAX_PDF_PATH_OPERATORS = 250_000
# Pages, counted before any is laid out: 20,000 pages that all show one small stream (190 KB, the
# text operators counted once) took 57 s and 3.4 GB (attack round of session 44, F2). A long
# academic CV runs to a few dozen pages.
MAX_PDF_PAGES = 100
_PICTURE = re.compile(rb"/Subtype\s*/Image|/DCTDecode|/JPXDecode|/CCITTFaxDecode|/JBIG2Decode|/FontFile")
_PATH_OPERATOR = re.compile(rb"(?<![\w/.\-])(?:re|m|l|c|v|y)(?=[\s\[\]/<>(])")
_STREAM = re.compile(rb"(?<!end)stream\r?\n")
_END_STREAM = re.compile(rb"endstream")
_SHOWS_TEXT = re.compile(rb"(?:\)|\]|>)\s*(?:Tj|TJ|'|\")")


def _within_bounds(data: bytes) -> None:
    """Unpack each Flate stream under a running cap, each of its Flate layers in turn, and count
    the operators that show text, those of the forms a stream draws included."""
    unpacked = shown = drawn = shapes = 0
    streams: dict[bytes, tuple[int, Counter[bytes]]] = {}  # object number: (text shows, forms drawn by name)
    references = _content_references(data)  # pages may name one content stream many times
    for start in _STREAM.finditer(data):
        dictionary = data[max(0, start.start() - 512) : start.start()]
        end = _END_STREAM.search(data, start.end())
        if end is None:
            continue
        content = data[start.end() : end.start()]
        own = dictionary[dictionary.rfind(b"<<") :]  # this stream's dictionary, not the object before it
        layers = own.count(b"/FlateDecode")
        # "[/FlateDecode /FlateDecode]": a 2.5 KB file whose second layer unpacked to over 1 GB
        # took 2 GB of memory (sixth round of attacks, A25); each layer counts toward the cap
        content, unpacked = _unpacked_under_cap(content, layers, unpacked)
        shows = len(_SHOWS_TEXT.findall(content))
        if layers:
            shown += shows
        if not _PICTURE.search(own):  # a picture's bytes are no operators
            operators = _PATH_OPERATOR.findall(content)
            drawn += len(operators)
            shapes += sum(1 for operator in operators if operator in (b"m", b"re"))
        if shapes > MAX_PDF_SHAPES:
            raise InputError(f"draws more than {MAX_PDF_SHAPES:,} lines and shapes: not read as a resume")
        if drawn > MAX_PDF_PATH_OPERATORS:
            raise InputError(f"draws paths of more than {MAX_PDF_PATH_OPERATORS:,} segments: not read as a resume")
        if shown > MAX_PDF_TEXT_OPERATORS:
            raise InputError(f"shows more than {MAX_PDF_TEXT_OPERATORS:,} pieces of text: not read as a resume")
        number = _OBJECT_NUMBER.findall(data, max(0, start.start() - 4096), start.start())
        if number:
            streams[number[-1]] = (shows, Counter(_DRAWS_FORM.findall(content)))
        if layers:
            references.update(_content_references(content))  # pages kept in a packed object stream
    shown += len(_SHOWS_TEXT.findall(data))  # content streams written without compression
    # "/Contents [5 0 R 5 0 R ...]": a 7 KB page that names one stream of 2,000 pieces a thousand
    # times ran past two minutes and 4 GB (an attack round, session 41, pdf02); each naming past
    # the first shows its pieces again
    shown += sum(shows * (references[number] - 1) for number, (shows, _) in streams.items() if references[number] > 1)
    if shown > MAX_PDF_TEXT_OPERATORS or _most_shown_by_one_stream(streams, _named_objects(data)) > MAX_PDF_TEXT_OPERATORS:
        raise InputError(f"shows more than {MAX_PDF_TEXT_OPERATORS:,} pieces of text: not read as a resume")
    if _ENCRYPTED.search(data):
        _deciphered_within_bounds(data)


# An encrypted file's streams are ciphertext to the scan above, which can measure none of them
# (a fresh attack round, session 30, F5: RC4 with an empty password, 1 MB unpacking to 1 GB, read
# in 28 s with 2 GB of memory).
_ENCRYPTED = re.compile(rb"/Encrypt\s*(?:\d+\s+\d+\s+R|<<)")


def _deciphered_within_bounds(data: bytes) -> None:
    """Each stream deciphered as pdfminer would decipher it, then unpacked under the same cap."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import LITERALS_FLATE_DECODE, PDFStream
    from pdfminer.psparser import LIT

    image = LIT("Image")
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)))
    except Exception:  # a password or a broken file: reading it says so
        return
    unpacked = 0
    for xref in document.xrefs:
        for number in xref.get_objids():
            try:
                stream = document.getobj(number)
            except Exception:
                continue
            if not isinstance(stream, PDFStream) or stream.rawdata is None:
                continue
            layers = sum(1 for name, _ in stream.get_filters() if name in LITERALS_FLATE_DECODE)
            # pdfminer's RC4 is written in Python (about 50 KB a second): decipher only what reading
            # the text unpacks, not a picture (a photo's bytes are never unpacked to read a resume)
            if not layers or stream.get("Subtype") is image:
                continue
            content = stream.rawdata
            if stream.decipher and stream.objid is not None and stream.genno is not None:
                content = stream.decipher(stream.objid, stream.genno, content, stream.attrs)
            _, unpacked = _unpacked_under_cap(content, layers, unpacked)


def _unpacked_under_cap(content: bytes, layers: int, unpacked: int) -> tuple[bytes, int]:
    """A stream's Flate layers unpacked in turn (at most 8), each counted toward the cap on what
    all of a file's streams unpack to; the stream's content and the new running total."""
    for _ in range(min(layers, 8)):
        content, size = _inflated(content, MAX_PDF_UNPACKED - unpacked + 1)
        unpacked += size
        if unpacked > MAX_PDF_UNPACKED:
            raise InputError(f"its streams unpack to more than {MAX_PDF_UNPACKED // (1024 * 1024)} MB: not read as a resume")
    return content, unpacked


_OBJECT_NUMBER = re.compile(rb"(?<![\d])(\d{1,10})\s+\d{1,5}\s+obj\b")
_REFERENCE = re.compile(rb"(?<![\d])(\d{1,10})\s+\d{1,5}\s+R\b")
_CONTENTS = re.compile(rb"/Contents\s*(\[[^\]]*\]|\d{1,10}\s+\d{1,5}\s+R\b)")
_NAMED_OBJECT = re.compile(rb"/([^\s/<>\[\]()]{1,127})\s+(\d{1,10})\s+\d{1,5}\s+R\b")
_DRAWS_FORM = re.compile(rb"/([^\s/<>\[\]()]{1,127})\s+Do\b")


def _content_references(data: bytes) -> Counter[bytes]:
    """How often pages name each content stream (`/Contents 6 0 R`, `/Contents [4 0 R 6 0 R]`);
    not the structure tree's `/Stm 17 0 R`, which a tagged PDF writes once per marked piece."""
    return Counter(number for contents in _CONTENTS.findall(data) for number in _REFERENCE.findall(contents))


def _named_objects(data: bytes) -> dict[bytes, set[bytes]]:
    """Each name a resource dictionary gives an object ("/X0 6 0 R"), whichever page it is on."""
    named: dict[bytes, set[bytes]] = {}
    for name, number in _NAMED_OBJECT.findall(data):
        named.setdefault(name, set()).add(number)
    return named


def _most_shown_by_one_stream(streams: dict[bytes, tuple[int, Counter[bytes]]], named: dict[bytes, set[bytes]]) -> int:
    """The most pieces of text one stream shows once the forms it draws, and theirs, are counted
    (sixth round of attacks, A26: eight nested forms, each drawing the one below ten times, showed
    ten million pieces from 2.7 KB and ran past two minutes). A form that draws itself never ends."""
    limit = MAX_PDF_TEXT_OPERATORS + 1
    totals: dict[bytes, int] = {}

    def total(number: bytes, drawing: frozenset[bytes]) -> int:
        if number in drawing or len(drawing) > 32:  # a loop, or forms nested past any layout's need
            return limit
        if number not in totals:
            shows, draws = streams.get(number, (0, Counter()))
            count = shows
            for name, times in draws.items():
                drawn = max((total(target, drawing | {number}) for target in named.get(name, ()) if target in streams), default=0)
                count = min(limit, count + times * drawn)
            totals[number] = count
        return totals[number]

    return max((total(number, frozenset()) for number in streams), default=0)


def _inflated(packed: bytes, cap: int) -> tuple[bytes, int]:
    """A Flate layer unpacked, no further than `cap` bytes (one past it says it went over), and
    its size; what a damaged stream gives up to the damage (pdfminer says what it makes of it)."""
    inflater = zlib.decompressobj()
    pieces, size, chunk = [], 0, packed
    while chunk and size <= cap:
        try:
            piece = inflater.decompress(chunk, cap - size + 1)
        except zlib.error:
            break
        pieces.append(piece)
        size += len(piece)
        chunk = inflater.unconsumed_tail
    return b"".join(pieces), size


def _carried_over(last: str, first: str) -> bool:
    """Does a page open by going on with the last line of the page before: that line ends no
    sentence, and the page's first line opens in lower case or the last line stops on a word no
    clause ends on (set U: "..., 15% improvement in
    product-market fit" / "metrics, and direct contribution to 15% revenue growth ($2.8M ARR)."
    lost its result)?"""
    return bool(last.strip()) and not _ends_a_sentence(last) and (first.lstrip()[:1].islower() or _ends_open(last))


# The words and marks no sentence or clause ends on: a line that stops on one goes on below
# ("... selling products at" / "NorthGate Mall and ...": set RB, a claim cut at the page break).
_OPEN_ENDINGS = frozenset(
    "a an the and or of to for with in on at by from as into via than between across including my our their its his her".split()
)


def _ends_open(line: str) -> bool:
    text = line.rstrip()
    return text.endswith((",", "+", "/", "&", "–", "—")) or text.rsplit(None, 1)[-1].lower() in _OPEN_ENDINGS


def _ends_a_sentence(line: str) -> bool:
    """A line that ends on a full stop, a question mark, a colon... but not on a title's
    abbreviation: "Helped raise $50,000 for St." goes on with "Jude's Children's Research Hospital"
    (round SN: the rest of a Google Docs PDF's claim lost in silence)."""
    text = line.rstrip()
    if text.endswith(".") and text.rsplit(None, 1)[-1].lower().rstrip(".") in _NEVER_END_A_SENTENCE:
        return False
    return text.endswith((".", "!", "?", ":", ";"))


_NEVER_END_A_SENTENCE = frozenset({"st", "dr", "mr", "mrs", "ms", "prof", "vs", "e.g", "i.e", "approx"})


def _continuation_indent(line: str) -> str:
    """The indent a line that goes on after `line` takes: a bullet's text column, or the same."""
    stripped = line.lstrip()
    indent = line[: len(line) - len(stripped)]
    glyph = re.match(rf"[{BULLET_GLYPHS}]\s+", stripped)
    return indent + " " * glyph.end() if glyph else indent


def _pages(data: bytes) -> list[list[_Word]]:
    import pdfplumber

    # pdfminer logs what it works around in a font ("Could not get FontBBox ..."); with no logging
    # set up, Python prints each to stderr, where a linter's user takes them for po2pm's own errors.
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            if _more_pages_than(pdf, MAX_PDF_PAGES):
                raise InputError(f"has more than {MAX_PDF_PAGES} pages: not read as a resume")
            return [
                _with_drawn_bullets(
                    _with_symbol_glyphs(upright.extract_words(x_tolerance=1.5, y_tolerance=LINE_TOLERANCE, extra_attrs=["size"]), upright.chars),
                    [*page.curves, *page.rects],
                )
                for page in pdf.pages
                for upright in [page.filter(_is_upright)]
            ]
    except InputError:
        raise
    except Exception as error:  # pdfminer raises its own types, and plain ones, for encrypted or broken files
        if b"/Encrypt" in data[-4096:] or b"/Encrypt" in data[:4096]:  # "PdfminerException: " and nothing more (a Word user's trial)
            raise InputError("a password-protected PDF: save a copy without the password (or check the document it was made from)") from None
        raise InputError(f"not a PDF that can be read ({type(error).__name__}: {error})") from None


def _is_upright(page_object: dict[str, Any]) -> bool:
    """Not a letter of text set on its side: a label run up a page's margin came apart into one
    letter a line, which split the claims beside it into headings and fragments (an attack round,
    session 50: 10 of 20 claims lost in silence)."""
    return page_object.get("object_type") != "char" or bool(page_object.get("upright", True))


def _more_pages_than(pdf: Any, limit: int) -> bool:
    """Does the page tree hold more than `limit` pages? Walked, not taken from its /Count, which a
    file can state falsely; and stopped one page past the limit, before any page is laid out."""
    from pdfminer.pdfpage import PDFPage

    return sum(1 for _ in itertools.islice(PDFPage.create_pages(pdf.doc), limit + 1)) > limit


# A bullet drawn with a symbol font's letter: ZapfDingbats' "n" is a square, Wingdings' "l" a dot
# (set J: a PDF of twelve such bullets read as empty, its squares extracted as the letter "n").
# Told by the font of the character, not by grouping words by font, which splits words wherever
# a font changes ("API's" became "AP I's").
_SYMBOL_FONTS = re.compile(r"dingbat|wingding|symbol", re.IGNORECASE)
# Icon fonts whose letters are mostly icons (a phone, a letter), and which draw the bullet with one
# of them: moderncv's MarVoSym, whose bullet comes out as "{" (round RM: a moderncv PDF's bullets
# dropped in silence, its phone and mail icons beside the name left as they are).
_BULLET_OF_ICON_FONT = {"marvosym": "{"}


def _draws_a_bullet(char: _Word) -> bool:
    font = str(char.get("fontname", "")).lower()
    return _SYMBOL_FONTS.search(font) is not None or any(
        name in font and char["text"] == bullet for name, bullet in _BULLET_OF_ICON_FONT.items()
    )


def _with_symbol_glyphs(words: list[_Word], chars: list[_Word]) -> list[_Word]:
    symbols = {(round(c["x0"]), round(c["top"])) for c in chars if _draws_a_bullet(c)}
    if not symbols:
        return words
    return [{**w, "text": "•"} if len(w["text"]) == 1 and (round(w["x0"]), round(w["top"])) in symbols else w for w in words]


def _columns_and_gutter(words: list[_Word], gutter_before: float | None = None) -> tuple[list[list[_Word]], float | None]:
    """One column, or two split at the widest gap that almost no word crosses in the middle of
    the text, when both sides hold a fair share of the words. The few lines that cross it (a
    name, a title, a contact line set across the page) are read first, as a block of their own.
    Returns the page's columns and the gutter they part at (None: one column). `gutter_before`: the
    gutter of the page before, which this page keeps where few lines cross it, however few words
    its side holds (set RC: page 2's sidebar of two short lists, Languages and Licenses, was read
    line by line into the claims beside it, which fell under those lists)."""
    if len(words) < 20:
        return [words], None
    gutter = _gutter(words)
    if gutter is not None:
        columns = _split_at(words, gutter, min_share=0.08)
        if len(columns) > 1:
            return columns, gutter
    if gutter_before is not None and _crossing_lines(words, gutter_before) <= _allowed_crossings(words):
        columns = _split_at(words, gutter_before, min_share=0.0)
        if len(columns) > 1:
            return columns, gutter_before
    return [words], None


def _allowed_crossings(words: list[_Word]) -> int:
    # Lines set across the page that a gutter may have across it: a tenth of the page's lines
    # (set RD: a name, two lines of summary and three of a two-column Education block crossed a
    # sidebar's gutter; counted as words against a hundredth of the words, the page was read as
    # one column, every claim glued to a skill word of the sidebar)
    return max(3, len({_row(w) for w in words}) // 10)


def _crossing_lines(words: list[_Word], x: float) -> int:
    return len(_rows_across(words, x))


def _rows_across(words: list[_Word], x: float) -> set[int]:
    """The lines (as _row gives them) that have a word across `x`."""
    return {_row(w) for w in words if w["x0"] < x < w["x1"]}


def _row(word: _Word) -> int:
    """The line a word sits on: its top, in steps of the line tolerance."""
    return round(float(word["top"]) / LINE_TOLERANCE)


def _gutter(words: list[_Word]) -> float | None:
    """The middle of the widest gap, in the middle three fifths of the text, that at most the
    allowed lines cross, if it is a gutter's width. Found by one sweep over the lines' word edges,
    not by stepping a point at a time across the page (attack round ATK6: an 11 KB PDF a million
    points wide took 32 s)."""
    left_edge, right_edge = min(w["x0"] for w in words), max(w["x1"] for w in words)
    width = right_edge - left_edge
    low, high = left_edge + width * 0.2, left_edge + width * 0.8
    allowed = _allowed_crossings(words)
    best, best_width = None, 0.0
    gap_start: float | None = low
    for x, crossing in _crossings_from(words, low):
        if x >= high:
            break
        if crossing > allowed and gap_start is not None:
            if x - gap_start > best_width:
                best, best_width = (gap_start + x) / 2, x - gap_start
            gap_start = None
        elif crossing <= allowed and gap_start is None:
            gap_start = x
    if gap_start is not None and high - gap_start > best_width:
        best, best_width = (gap_start + high) / 2, high - gap_start
    return None if best is None or best_width < MIN_GUTTER else best


def _crossings_from(words: list[_Word], start: float) -> Iterator[tuple[float, int]]:
    """(x, how many lines have a word across the points just right of x), at `start` and at each
    word edge after it where that number changes: each line's words merged into spans first."""
    spans: dict[int, list[list[float]]] = {}
    for word in sorted(words, key=lambda w: float(w["x0"])):
        row = spans.setdefault(_row(word), [])
        if row and float(word["x0"]) < row[-1][1]:
            row[-1][1] = max(row[-1][1], float(word["x1"]))
        else:
            row.append([float(word["x0"]), float(word["x1"])])
    events = sorted((x, change) for row in spans.values() for x0, x1 in row for x, change in ((x0, 1), (x1, -1)))
    count = sum(1 for row in spans.values() for x0, x1 in row if x0 <= start < x1)
    yield start, count
    for x, change in events:
        if x <= start:
            continue
        count += change
        yield x, count


def _split_at(words: list[_Word], gutter: float, min_share: float) -> list[list[_Word]]:
    spanning_rows = _rows_across(words, gutter)
    rest = [w for w in words if _row(w) not in spanning_rows]
    left = [w for w in rest if w["x1"] <= gutter]
    right = [w for w in rest if w["x0"] >= gutter]
    spanning = []
    right_edge = max(w["x1"] for w in words)
    for row in sorted(spanning_rows):
        parted = _parted_at_gutter([w for w in words if _row(w) == row], gutter, right_edge)
        if parted is None:
            spanning += [w for w in words if _row(w) == row]
        else:
            left += parted[0]
            right += parted[1]
    if not left or not right or min(len(left), len(right)) < min_share * len(words) or not _side_by_side(left, right):
        return [words]
    return [column for column in (spanning, left, right) if column]


def _parted_at_gutter(row: list[_Word], gutter: float, right_edge: float) -> tuple[list[_Word], list[_Word]] | None:
    """A line across the gutter that is two columns' lines side by side, or a left column's line
    that runs a word past it: its words on each side, where a gap of a gutter's width parts them
    (or nothing stands right of it, near the gutter). None for a line set across the page (a name,
    a summary). Round SO: a project's claim ran 10 points past a two-column PDF's gutter, level
    with a degree's line in the right column; both were read as one line across the page, ahead
    of every heading, and lost in silence."""
    ordered = sorted(row, key=lambda w: w["x0"])
    # the word across the gutter belongs to the side that holds most of it
    on_left = [w for w in ordered if (w["x0"] + w["x1"]) / 2 < gutter]
    on_right = ordered[len(on_left) :]
    if not on_left or on_left != ordered[: len(on_left)]:
        return None
    if on_right:
        parted = on_right[0]["x0"] - on_left[-1]["x1"] >= MIN_GUTTER
        return (on_left, on_right) if parted else None
    # nothing right of it: a line of the left column, not one across the page, if it ends near the gutter
    return (on_left, []) if on_left[-1]["x1"] - gutter < (right_edge - gutter) / 4 else None


def _side_by_side(left: list[_Word], right: list[_Word]) -> bool:
    """Do both sides hold text at the same heights (columns), not one above the other? Three
    lines of the left side or more are level with words of the right side: their heights overlap
    (set RC: a sidebar's lines sat 3 points off the claims beside them, never at the same top)."""
    lines: dict[int, _Word] = {}
    for word in left:
        lines.setdefault(_row(word), word)
    spans = [(w["top"], _bottom(w)) for w in right]
    beside = sum(1 for word in lines.values() if any(top < _bottom(word) and word["top"] < bottom for top, bottom in spans))
    return beside >= 3


def _bottom(word: _Word) -> float:
    return float(word.get("bottom", word["top"] + word.get("size", 10.0)))


def _lines(words: list[_Word]) -> list[Line]:
    lines: list[list[_Word]] = []
    for word in sorted(_glyphs_on_their_lines(words), key=lambda w: (w["top"], w["x0"])):
        if lines and abs(word["top"] - lines[-1][0]["top"]) <= LINE_TOLERANCE:
            lines[-1].append(word)
        else:
            lines.append([word])
    groups = [sorted(group, key=lambda w: w["x0"]) for group in lines]
    return [_line(part) for group in groups for part in _label_apart(group, _text_edges(groups))]


def _text_edges(groups: list[list[_Word]]) -> set[int]:
    """Where three lines or more start: the left edges of the page's text."""
    starts = [round(group[0]["x0"]) for group in groups]
    return {x for x in set(starts) if starts.count(x) >= 3}


def _label_apart(words: list[_Word], edges: set[int]) -> list[list[_Word]]:
    """A section's label set in a narrow left column, on the line of the first words beside it
    ("Work Experience Indiana University, Bloomington, IN": set M, a web page printed to PDF,
    whose sections all read as one): the label as a line of its own, when the words after it
    start at one of the text's left edges and the label names a section po2pm knows."""
    for index in range(1, min(len(words), 4)):
        at = round(words[index]["x0"])
        if not any(abs(at - edge) <= 2 for edge in edges) or at - round(words[0]["x0"]) < 40:
            continue
        title = section_title(" ".join(word["text"] for word in words[:index]), True)
        if title is not None and is_known_section(title):
            return [words[:index], words[index:]]
    return [words]


# The widest gap between a list mark and its text: Word's hanging indent is a quarter inch (18
# points) from the mark's left edge to the text (set AQ: a symbol-font mark 13.4 points from its
# text was not taken for one, and ten claims were read as lines with no list mark).
_MARK_GAP = 18.0


# A bullet drawn as a shape, not set as a character: a small filled dot or square just left of a
# line's first word (round SL: LiveCareer's PDFs, whose claims that opened with no verb were left
# out as lines without a list mark, 12 of 14 files; round SK: a JSON Resume theme's PDF, its items
# glued into one line). Its sides, in points: a rating bar's dots or a rule's ends are not it.
_DRAWN_BULLET_SIDE = (1.0, 8.0)


def _with_drawn_bullets(words: list[_Word], shapes: list[_Word]) -> list[_Word]:
    """The page's words and a "•" for each drawn bullet: a small filled shape whose middle lies
    within the height of a word at most _MARK_GAP to its right, with no word or other such shape
    just before it on its line (a rating's dots, a dot between words)."""
    low, high = _DRAWN_BULLET_SIDE
    dots = [
        shape for shape in shapes
        if shape.get("fill") and low <= shape["x1"] - shape["x0"] <= high and low <= shape["bottom"] - shape["top"] <= high
    ]
    if not dots:
        return words
    # by the point rows each covers, so a page of many shapes and words is not read shapes times words
    words_at, dots_at = _by_row(words), _by_row(dots)
    marks = []
    for dot in dots:
        row = int((float(dot["top"]) + float(dot["bottom"])) / 2)
        on_line = [word for word in words_at.get(row, ()) if _on_its_line(dot, word)]
        after = [word for word in on_line if 0.0 <= word["x0"] - dot["x1"] <= _MARK_GAP]
        if not after:
            continue
        before = [word for word in on_line if 0.0 <= dot["x0"] - word["x1"] <= 2 * _MARK_GAP]
        beside = [other for other in dots_at.get(row, ()) if other is not dot and abs(other["x0"] - dot["x0"]) <= 2 * _MARK_GAP and _on_its_line(other, dot)]
        if before or beside:
            continue
        first = min(after, key=lambda word: word["x0"])
        marks.append({**first, "text": "•", "x0": dot["x0"], "x1": dot["x1"], "width": dot["x1"] - dot["x0"]})
    return words + marks


def _by_row(items: list[_Word]) -> dict[int, list[_Word]]:
    """Each item under every whole point its height covers (half a point to spare each side)."""
    rows: dict[int, list[_Word]] = {}
    for item in items:
        for row in range(int(float(item["top"]) - 0.5), int(float(item["bottom"]) + 0.5) + 1):
            rows.setdefault(row, []).append(item)
    return rows


def _glyphs_on_their_lines(words: list[_Word]) -> list[_Word]:
    """A bullet glyph set at the top of the word to its right. Word's PDF export draws a symbol
    font's dot a few points lower than its text (set M: 3.3 points, more than the line
    tolerance), so the dot made a line of its own or joined the line above: bullets split, cut
    short or lost; a symbol font's mark may sit a point higher (set AQ). A glyph whose middle lies
    within the height of a word just right of it belongs to that word's line."""
    body_size = _body_size(words)
    # the words by their left and by their right edge, so a glyph looks only at the words that
    # start or end beside it (an attack round, session 50: a page of 20,000 one-character words
    # compared each with every other, 30 s a page)
    by_left = _WordsByEdge(words, "x0")
    by_right = _WordsByEdge(words, "x1")
    moved = []
    for word in words:
        icon = _ICON_GLYPH.fullmatch(word["text"]) is not None
        if icon and _inside_a_word(word, by_right.between(word["x0"] - 1.0, word["x0"] + 0.5)):
            # "0(cid:25)1", "research(cid:25)production": a symbol with no character between two
            # letters of a line, a TeX arrow, is no mark of a list (round SD: a claim cut in two)
            moved.append({**word, "text": "–"})
            continue
        if (len(word["text"]) == 1 and word["text"] in GLYPHS) or icon:
            beside = [
                other for other in by_left.between(word["x1"] - 1.0, word["x1"] + _MARK_GAP)
                # not the mark itself: pdfminer gives "(cid:127)" no width, so its own left edge is
                # 0 points from its right one (set AV: a PDF's 14 claims read as none)
                # a dot drawn a point wide where the text starts (set RC: 0.75 points high, set
                # between a bullet's two lines, so every two-line claim was read as two)
                if other is not word and -1.0 <= other["x0"] - word["x1"] <= _MARK_GAP and word["x0"] <= other["x0"]
                and len(other["text"]) > 1 and _on_its_line(word, other)
            ]
            if beside:
                nearest = min(beside, key=lambda other: other["x0"])
                word = {**word, "top": nearest["top"], "x0": min(word["x0"], nearest["x0"] - 0.01)}
                # not a contact line's phone or e-mail icon, nor a heading's (set AQ: a graduation
                # cap before "Education", set larger than the text, made the heading a bullet)
                if icon and nearest["text"][:1].isalpha() and nearest.get("size", body_size) <= body_size + 0.5:
                    word["text"] = "•"
        moved.append(word)
    return moved


def _inside_a_word(glyph: _Word, words: list[_Word]) -> bool:
    """Does a word of the glyph's line end where the glyph starts (it is set inside the text)?"""
    return any(other is not glyph and -0.5 <= glyph["x0"] - other["x1"] <= 1.0 and _on_its_line(glyph, other) for other in words)


class _WordsByEdge:
    """A page's words sorted by one horizontal edge ("x0" or "x1"), to find those whose edge lies
    in a range without reading the others."""

    def __init__(self, words: list[_Word], edge: str) -> None:
        self._words = sorted(words, key=lambda word: word[edge])
        self._edges = [word[edge] for word in self._words]

    def between(self, low: float, high: float) -> list[_Word]:
        return self._words[bisect_left(self._edges, low) : bisect_right(self._edges, high)]


def _on_its_line(glyph: _Word, word: _Word) -> bool:
    """Does the glyph's middle lie within the height of the word (half a point to spare)?"""
    middle = (float(glyph["top"]) + float(glyph["bottom"])) / 2
    return float(word["top"]) - 0.5 <= middle <= float(word["bottom"]) + 0.5


def _body_size(words: list[_Word]) -> float:
    """The font size most of a page's words are set in."""
    sizes = Counter(round(float(word.get("size", 0.0)), 1) for word in words if len(word["text"]) > 1)
    return sizes.most_common(1)[0][0] if sizes else 0.0


# A glyph of an icon font with no character behind it: pdfminer writes "(cid:102)" for it, or a
# character of Unicode's private use area. Set AI: a resume's every bullet was a Font Awesome
# icon, so 35 claims were read as lines with no list mark. Beside the start of a text line, it
# marks a bullet as a dot would.
_ICON_GLYPH = re.compile(r"\(cid:\d+\)|[\ue000-\uf8ff]")


def _line(words: list[_Word]) -> Line:
    first = words[0]["text"]
    lone_glyph = len(first) == 1 and first in GLYPHS and len(words) > 1  # "• Managed ..."
    glued_glyph = len(first) > 1 and first[0] in GLYPHS and first[0] not in "-–*"  # "•Managed"; not "-based"
    return Line(
        _plain_letters(_joined(w["text"] for w in words)),
        words[0]["x0"],
        words[1]["x0"] if lone_glyph else words[0]["x0"],
        min(w["top"] for w in words),
        max(w["bottom"] for w in words),
        max(w["size"] for w in words),
        lone_glyph or glued_glyph,
        max(w["x1"] for w in words),
        words[0]["x1"] - words[0]["x0"],
    )


_CLOSING = re.compile(r"[,.;:!?)\]]+")
# A font's ligature glyphs, as the letters they join: "eﬀiciency" (set AB) is "efficiency"
_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"})
# TeX's own fonts keep their ligatures at codes 27 to 31 (ff fi fl ffi ffl, the OT1 encoding); a
# PDF that maps them to no character gives "di(cid:27)erent", "(cid:28)ghting" (set RA). Inside a
# word only: elsewhere such a code is an icon (_ICON_GLYPH).
_TEX_LIGATURES = {"27": "ff", "28": "fi", "29": "fl", "30": "ffi", "31": "ffl"}
_TEX_LIGATURE = re.compile(r"(?<=[A-Za-z])\(cid:(2[7-9]|3[01])\)|\(cid:(2[7-9]|3[01])\)(?=[a-z])")


# A non-breaking hyphen (U+2011) inside a word, which pdfplumber may give as a word of its own
# with the halves apart (set RC: "white ‑ labeled", "third ‑ party" in a PM's claims): one word
# with a plain hyphen, as the parse and the rules know it.
_NON_BREAKING_HYPHEN = re.compile(r"(?<=\w) ?\u2011 ?(?=\w)")


def _plain_letters(text: str) -> str:
    """The text with a font's ligature glyphs, and TeX's unmapped ones, as the letters they join;
    and a word's non-breaking hyphens as plain ones."""
    text = _NON_BREAKING_HYPHEN.sub("-", text.translate(_LIGATURES))
    if "\x00" in text:
        text = _NUL_LIGATURE.sub(_ligature_for_nul, text)
    return _TEX_LIGATURE.sub(lambda cid: _TEX_LIGATURES[cid.group(1) or cid.group(2)], text)


# A font that maps its ligature glyphs to code 0: pdfplumber gives "speci\x00cations", "across
# \x00eet" (round SG: the NUL was read into the claims). Which ligature it was is told by the word
# it makes; one that makes no known word is left as U+FFFD, which the note on such words names.
_NUL_LIGATURE = re.compile(r"([A-Za-z]*)\x00([A-Za-z]*)")
_LIGATURE_LETTERS = ("fi", "fl", "ff", "ffi", "ffl", "ft")


def _ligature_for_nul(match: re.Match[str]) -> str:
    from lemminflect import getAllLemmas  # only for a PDF whose font lacks its ligatures

    before, after = match.group(1), match.group(2)
    for letters in _LIGATURE_LETTERS:
        word = before + letters + after
        if getAllLemmas(word.lower()):
            return word
    return before + "\ufffd" + after


def _joined(texts: Iterable[str]) -> str:
    """A line's words with a space between them, but none before a word that is only closing
    punctuation: a PDF sets a gap before "," or "." that is no space (set U: "patients , increasing",
    "by 52% .")."""
    line = ""
    for text in texts:
        line += text if line and _CLOSING.fullmatch(text) else (" " + text if line else text)
    return line


def _render_lines(lines: list[Line], body_size: float) -> list[str]:
    """Text lines for the plain-text rules: headings marked, bullets with their glyph, and
    hanging-indent continuation lines indented under them."""
    out: list[str] = []
    bullet: Line | None = None
    previous: Line | None = None
    right_edge = max((line.x1 for line in lines if abs(line.size - body_size) <= SIZE_TOLERANCE), default=0.0)
    for line in lines:
        if line.glyph:
            out.append(line.text)
            bullet = line
        elif bullet is not None and previous is not None and _continues(line, bullet, previous):
            out.append("  " + line.text)  # indented: a continuation of the bullet above
        elif bullet is not None and bullet is previous and _explains_a_figure(line, bullet):
            out.append("  " + line.text)
        elif previous is not None and out and not out[-1].startswith("# ") and _wrapped_onto(line, previous, right_edge):
            out.append("  " + line.text)
        elif line.size > body_size + HEADING_STEP:
            out.append("# " + line.text)
            bullet = None
        else:
            out.append(line.text)
            bullet = None
        previous = line
    return out


def _continues(line: Line, bullet: Line, previous: Line) -> bool:
    return _close_below(line, previous) and abs(line.x0 - bullet.text_x0) <= INDENT_TOLERANCE


# A figure and the few words of what it measured: "32% YoY engagement increase", "$2M ARR added"
_HEADLINE_FIGURE = re.compile(r"^[~+$£€]?\d[\d.,]*\s*(?:%|x|k|m|bn)?(?:\s+\S+){0,4}$", re.IGNORECASE)


def _explains_a_figure(line: Line, bullet: Line) -> bool:
    """Is `line` the work behind a headline figure's bullet just above it, set under its glyph
    ("• 32% YoY engagement increase" over "Overhauled teacher-side app based on user research ...")?
    Round SAC: each figure was read alone and the work beneath it told apart, or lost."""
    figure = bullet.text.lstrip(BULLET_GLYPHS + " ")
    return (
        _HEADLINE_FIGURE.match(figure) is not None and not line.glyph and _close_below(line, bullet)
        and abs(line.x0 - bullet.x0) <= INDENT_TOLERANCE and abs(line.size - bullet.size) <= SIZE_TOLERANCE
        and opens_with_an_act(line.text)
    )


def _all_capitalised(text: str) -> bool:
    """Does every word that opens with a letter open with a capital ("Guild Education Remote")?"""
    words = [word for word in text.split() if word[:1].isalpha()]
    return bool(words) and all(word[0].isupper() for word in words)


def _close_below(line: Line, previous: Line) -> bool:
    height = previous.bottom - previous.top
    return line.top - previous.bottom < max(height, 1.0) * 1.2


def _wrapped_onto(line: Line, previous: Line, right_edge: float) -> bool:
    """Is `line` the rest of `previous`, wrapped where the column ran out? `previous` ends no
    sentence and this line's first word would not have fitted after it; and this line does not
    open with an act of its own, unless `previous` stops on a word no clause ends on ("... at",
    "... +"). Set RA: wrapped lines that opened with a capital ("Grafana + cert-manager ...",
    "Kubernetes (RKE) stand-up ...") were read as items of their own, cutting 5 claims of 19."""
    if line.glyph or abs(line.size - previous.size) > SIZE_TOLERANCE:
        return False
    # under the line's text, or back under its glyph: a LinkedIn profile wraps a bullet to the
    # glyph's edge (round RP: "... AmLaw 200 firms and Fortune" / "500 companies" lost its end); not
    # a line of capitalised words there, the next entry's name ("Guild Education Remote": round RL)
    under_glyph = previous.glyph and abs(line.x0 - previous.x0) <= INDENT_TOLERANCE and not _all_capitalised(line.text)
    if abs(line.x0 - previous.text_x0) > INDENT_TOLERANCE and not under_glyph:
        return False
    if not _close_below(line, previous) or _ends_a_sentence(previous.text):
        return False
    space = previous.size * 0.2
    if previous.x1 + space + line.first_width <= right_edge:
        return False  # the word would have fitted: the line above ended where its writer ended it
    return _ends_open(previous.text) or not opens_with_an_act(line.text.lstrip())
