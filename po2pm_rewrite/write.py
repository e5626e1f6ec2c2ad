"""Writing rewrites into a resume file without risking it.

- The new text replaces the edited bullets only (apply.py), in the file's own syntax.
- The original is kept beside the file as `NAME.po2pm.bak` (overwritten by the next write), so
  every write can be undone by hand: `mv resume.md.po2pm.bak resume.md`.
- It is written in the file's encoding, with its byte-order mark; line endings and the final
  newline are untouched because nothing outside the bullets changes.
- The file is written to a temporary file in the same folder and moved over the original with
  os.replace, so a crash leaves either the old file or the new one, never half of each.
- If the file's bytes changed since they were read, nothing is written.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Sequence

from .apply import Edit, apply_edits, edits_for
from .errors import InputError
from .formats.latex import verbatim_text_blanked, without_comments
from .inputs import digest_of
from .marks import split_by_edit
from .model import FileReport, Report, Source
from .rules import PLACEHOLDER, own_placeholders

BACKUP_SUFFIX = ".po2pm.bak"


@dataclass(frozen=True)
class WritePlan:
    path: Path
    before: str
    after: str
    edits: int
    with_placeholders: int  # how many of the chosen texts still hold po2pm's [placeholders]
    # Bullets left as they were, each with why: an edit that would not read back as written
    # (markup closing after the bullet's last character, "**Q3**", "<b>Q3</b>") or that holds a
    # control character no resume file should.
    left_alone: tuple[str, ...] = ()
    written: frozenset[int] = frozenset()  # the bullets edited (indexes into the file's bullets)


@dataclass(frozen=True)
class WriteOutcome:
    """What writing one file came to: the plan (its diff, its count of edits), the notes on what
    a write could not keep, or the error that left the file as it was."""

    path: str
    change: WritePlan | None = None
    notes: tuple[str, ...] = ()
    error: str | None = None


def write_all(
    sources: Sequence[Source],
    report: Report,
    chosen: Mapping[int, Mapping[int, str]],
    allow_placeholders: bool,
    placeholder_words: frozenset[str],
    dry_run: bool = False,
) -> list[WriteOutcome]:
    """Write each file's chosen rewrites (chosen[i]: bullet index -> text, for report.files[i]);
    a file that cannot be written safely is left as it was and the others are still written."""
    outcomes = []
    for i, (source, file) in enumerate(zip(sources, report.files)):
        if file.error:
            continue
        change = plan(source, file, chosen[i], placeholder_words)
        try:
            notes = write(source, change, allow_placeholders, dry_run=dry_run)
        except InputError as error:
            outcomes.append(WriteOutcome(file.path, error=str(error)))
            continue
        outcomes.append(WriteOutcome(file.path, change, (*_what_the_suggestions_changed(file, chosen[i], change), *notes)))
    return outcomes


def _what_the_suggestions_changed(file: FileReport, choices: Mapping[int, str], change: WritePlan) -> tuple[str, ...]:
    """The notes of each suggestion written (a ceremony cut, a word mended): a write that cut "Ran
    the sprint reviews." from a bullet said nothing of it, where `rewrite` did (attack round ATK23,
    C5)."""
    told = []
    for index in sorted(change.written):
        bullet = file.bullets[index]
        for suggestion in bullet.suggestions:
            if suggestion.text == choices[index] or _filled_from(suggestion.text, choices[index]):
                told += [f"line {bullet.bullet.start.line}: {note}" for note in suggestion.notes]
                break
    return tuple(told)


def _filled_from(suggestion: str, text: str) -> bool:
    """Is `text` the suggestion with its [brackets] filled in (an --answers pick: attack round
    ATK24, C25, the note of a ceremony cut was matched against the unfilled text and never told)?"""
    parts = PLACEHOLDER.split(suggestion)[::2]  # the text between the brackets
    if len(parts) == 1:
        return False
    return re.fullmatch(".+?".join(re.escape(part) for part in parts), text, re.DOTALL) is not None


def plan(source: Source, report: FileReport, choices: Mapping[int, str], placeholder_words: frozenset[str] = frozenset()) -> WritePlan:
    """choices: bullet index -> its new text (answers.choices). Each edit is tried alone first:
    one that would not read back as the text chosen is left out, with a note, and the others
    are still written."""
    kept: dict[int, str] = {}
    left_alone = []
    for index, new_text in sorted(choices.items()):
        problem = _control_character(new_text) or _harms_markup(source, report, index, new_text)
        if problem:
            left_alone.append(f"line {report.bullets[index].bullet.start.line}: left as it was: {problem}")
        else:
            kept[index] = new_text
    for index, problem in _unbalancing_latex(source, report, kept).items():
        left_alone.append(f"line {report.bullets[index].bullet.start.line}: left as it was: {problem}")
        del kept[index]
    before = _bullet_texts(source, source.text)
    if kept and before is not None:
        for index, problem in sorted(_edits_reading_back_wrong(source, report, before, kept).items()):
            left_alone.append(f"line {report.bullets[index].bullet.start.line}: left as it was: {problem}")
            del kept[index]
    edits = edits_for(source.text, report.bullets, kept, source.format)
    return WritePlan(
        Path(source.path),
        source.text,
        apply_edits(source.text, edits),
        len(edits),
        sum(1 for text in kept.values() if unfinished(text, placeholder_words)),
        tuple(left_alone),
        frozenset(kept),
    )


def _edits_reading_back_wrong(source: Source, report: FileReport, before: Counter[str], edits: Mapping[int, str]) -> dict[int, str]:
    """The edits that, written, would not read back as the text chosen (index -> why), found by
    halves: all of them are read back together first, and only a half that does not read back is
    split again. One read of the file per edit, every time, made a write quadratic; so did trying
    each edit alone once all of them together failed (attack round ATK23, C34: one such edit among
    1,990 bullets took 374 s)."""
    problem = _reads_back_wrong(source, report, before, edits)
    if not problem:
        return {}
    indices = sorted(edits)
    if len(indices) == 1:
        return {indices[0]: problem}
    middle = len(indices) // 2
    halves = ({index: edits[index] for index in indices[:middle]}, {index: edits[index] for index in indices[middle:]})
    return {index: why for half in halves for index, why in _edits_reading_back_wrong(source, report, before, half).items()}


# A link's address or an image in the words an edit replaces: "[Managed](url)", `<a href=...>`,
# `<img ...>`, "![logo](x.png)", LaTeX's \href{...}, \url{...} and \hyperref[...]; and (an attack
# round, session 50) reference links and images ("![logo][lg]"), autolinks ("<https://...>"),
# bare addresses ("https://...", "www.acme.example"); LaTeX's \hyperlink{target}{...} (attack round
# ATK9, FU3: written over, exit 0). Not \hypertarget{name}{...}, the place a link points to: the
# write keeps it before the new text, as it keeps \label (apply.py, _link_targets).
_LINK_OR_IMAGE = re.compile(
    r"\]\(|\bhref\s*=|<img\b|\\(?:href|url|hyperref|hyperlink)\b|\bhttps?://|\bwww\.[a-z0-9-]", re.IGNORECASE
)
# (not in LaTeX, where "][" is two optional arguments: \makebox[2cm][l]{Grew})
_REFERENCE_LINK = re.compile(r"\]\[")


def _harms_markup(source: Source, report: FileReport, index: int, new_text: str) -> str | None:
    """What an edit would break in the markup around the words it replaces, if anything; the
    bullet is then left as it was, saying why.
    - A link or an image in those words (a bullet that opens with `<a href="...">Managed</a>` or
      "![logo](x.png)"): its address would go with no word (attack round ATK6). Not in JSON or
      YAML, whose theme's markup a rewrite replaces with the bullet, as documented
      (docs/input-handling.md).
    - A Markdown attribute block that names a link target ("{#launch}"), which the new text would
      drop, and nothing says where to put it back (attack round ATK9; an HTML anchor or a LaTeX
      label is kept before the new text: apply.py).
    - A tag, or a mark of bold, italics, strikeout or code, that opens before those words and
      closes inside them: the opening one would stay and run on over the new text and the items
      after it (attack round ATK8: a list mark inside the bold, "<b>- Managed</b> ...", a run-in
      title inside it, "**Engagement Growth. Increased** ..."; ATK9: "*...*", "_..._", "~~...~~",
      and marks a count of the raw text was fooled by, marks.py; each written with exit 0); or a
      tag that opens in those words and closes after them: its end would be left on its own, and
      the text after it would lose its bold (ATK10: an item typed after "<br>" in a paragraph)."""
    links = source.format not in ("json", "yaml", "javascript")
    # the bullet's own markup: an item of a LaTeX list in a Markdown file is checked as LaTeX
    # (attack round ATK16, C3: its "$\alpha$" was written as a bare "α")
    syntax = report.bullets[index].bullet.written_in(source.format)
    for edit in edits_for(source.text, report.bullets, {index: new_text}, source.format):
        if links and (
            _LINK_OR_IMAGE.search(source.text, edit.start, edit.end)
            or (syntax != "latex" and _REFERENCE_LINK.search(source.text, edit.start, edit.end))
        ):
            return "a link or an image sits in the words this edit replaces, and the new text would drop it; keep those words and add to them, or edit the file by hand"
        if syntax == "markdown" and _LATEX_LIST_MARKUP.search(source.text, edit.start, edit.end):
            # "- Acme: \\begin{itemize} \\item ...": a LaTeX list read as words of a Markdown item, whose
            # edit deleted its other items (attack round ATK17, C45)
            return "a LaTeX list (\\begin, \\item, \\end) sits in the words this edit replaces, and the new text would delete its items; edit the file by hand"
        if syntax == "latex" and _LATEX_MATH.search(source.text, edit.start, edit.end):
            return "LaTeX math sits in the words this edit replaces, and the new text would write it as plain characters; keep those words and add to them, or edit the file by hand"
        target = _MARKDOWN_TARGET.search(source.text, edit.start, edit.end) if syntax == "markdown" else None
        if target is not None and target.group(0) not in new_text:
            return (
                f"a link target ({target.group(0)}) sits in the words this edit replaces, and links to it would break; "
                "keep those words and add to them, or edit the file by hand"
            )
        harm = split_by_edit(source.text, edit.start, edit.end, source.format) if syntax in _MARKED_UP else None
        if harm == "split":
            return "a bold, italics, strikeout or link opens before the words this edit replaces and closes inside them, so the new text would leave it open; edit the file by hand"
        if harm == "closed after":
            return "a bold, italics or link opens in the words this edit replaces and closes after them, so the new text would leave its end on its own; edit the file by hand"
        if harm == "unread":
            return "the words this edit replaces hold markup po2pm cannot read for sure (a comment or a tag left open); edit the file by hand"
    return None


_MARKED_UP = frozenset({"markdown", "html", "text", "json", "yaml", "javascript"})
# Math in a LaTeX bullet: "$>$40-person", "$\alpha$", "\(x\)", "\begin{math}". A replacing edit
# writes the bullet's words as read, and the math as the characters it shows, which do not print
# (">" is "¿" in the default font encoding) or stop the build ("α") (attack round ATK15, C17).
_LATEX_MATH = re.compile(r"(?<!\\)\$|\\[(\[]|\\begin\{(?:math|displaymath|equation\*?)\}|\\ensuremath\b")
# The markup of a LaTeX list in a Markdown item's words
_LATEX_LIST_MARKUP = re.compile(r"\\(?:begin|end)\s*\{|\\item\b")
# A Markdown attribute block that names an element's id: pandoc's "[launch]{#launch}", kramdown's
# "{: #launch}", "{id=launch}".
_MARKDOWN_TARGET = re.compile(r"\{:?[ \t]*(?:[^{}\n]*\s)?(?:#[A-Za-z_]|id\s*=)[^{}\n]*\}")


def _unbalancing_latex(source: Source, report: FileReport, choices: Mapping[int, str]) -> dict[int, str]:
    """The edits of a LaTeX file that would change how its braces balance, or add or remove an
    environment's \\begin or \\end, each with why; the others are still written (attack round
    ATK10, A27 and A28: one such edit left the whole file unwritten, and a brace the file itself
    left open was blamed on po2pm). Each is tried alone only when all of them together change the
    balance, as the read-back check does."""
    # a LaTeX file's, and the items of LaTeX lists in a Markdown file (attack round ATK16, C1)
    choices = {index: text for index, text in choices.items() if report.bullets[index].bullet.written_in(source.format) == "latex"}
    if not choices:
        return {}
    blocks = source.format == "latex"  # a Markdown file's LaTeX lists: its line comments only
    depth, environments = balance = _latex_balance(source.text, blocks)

    def edits(chosen: Mapping[int, str]) -> list[Edit]:
        return edits_for(source.text, report.bullets, chosen, source.format)

    def balance_after(found: list[Edit]) -> tuple[int, Counter[tuple[str, str]]]:
        return _latex_balance(apply_edits(source.text, found), blocks)

    if balance_after(edits(choices)) == balance:
        return {}
    problems: dict[int, str] = {}
    for index, new_text in choices.items():
        alone = edits({index: new_text})
        after = balance_after(alone)
        if after[1] != environments:
            # a safeguard: an edit that took an environment's opening for the bullet's macro
            # deleted it and left its \end (attack round ATK18, C9: exit 0, a file that no longer compiles)
            problems[index] = (
                "the edit would add or remove a LaTeX environment's \\begin or \\end, and the file would no longer "
                "compile; keep those words and add to them, or edit the file by hand"
            )
        elif after != balance:
            unpaired = depth != 0 and any(_brace_depth(source.text[edit.start : edit.end], blocks) != 0 for edit in alone)
            problems[index] = (
                "the file's own braces were already unbalanced around this bullet (a { or } with no pair), and the edit "
                "would change that; pair the brace by hand and run po2pm again"
                if unpaired
                # a group that opens in the bullet and closes past it (`{\small Managed ...} for ...`,
                # a bold that spans the bullet's blank line): a limit of the write, not a fault to
                # report (attack round ATK16, C27)
                else "the bullet's words hold one end of a { } group whose other end lies outside them, and the new text "
                "would leave it unpaired; keep those words and add to them, or edit the file by hand"
            )
    return problems


def _control_character(text: str) -> str | None:
    found = next((char for char in text if ord(char) < 32 or 127 <= ord(char) < 160), None)
    return f"the new text holds the control character {found!r}, which no resume file should" if found else None


def _bullet_texts(source: Source, text: str) -> Counter[str] | None:
    """The bullets `text` reads as in the source's format; None if it does not read (the
    whole-file check in write() says why)."""
    from .formats import extract
    from .screen import pieces

    try:
        read = extract(text, source.format, source.bullet_macros, source.section)
    except (InputError, RecursionError):
        return None
    # as the screen cut them (a paragraph's sentences, a claim after its employer's sentence):
    # an edit of one is checked against what it replaced
    return Counter(piece.text for piece, _ in pieces(read, paragraphs=not source.literal))


_NEW_MARKUP = re.compile(r"[*_`]|~~|\]\(|<[A-Za-z/][^>]*>")


def _reads_back_wrong(source: Source, report: FileReport, before: Counter[str], choices: Mapping[int, str]) -> str | None:
    """Would the file, with these edits, read back with each new text where its bullet was?"""
    after = _bullet_texts(source, apply_edits(source.text, edits_for(source.text, report.bullets, choices, source.format)))
    if after is None:
        return None
    from .screen import without_run_in_label  # the screen's patterns load only when a write is checked

    expected, as_read = Counter(before), Counter(before)
    for index, new_text in choices.items():
        expected[report.bullets[index].bullet.text] -= 1
        as_read[report.bullets[index].bullet.text] -= 1
        expected[" ".join(new_text.split())] += 1
        as_read[without_run_in_label(" ".join(new_text.split()))] += 1
    if after == +as_read:
        # "Claims: Cut claim time 20% ...", kept after `\item[Claims]`, reads as its act: a run-in
        # label before an act is no part of the claim (an attack round of session 48: refused)
        return None
    if after != +expected:
        read_back = next(iter(after - expected), "")
        shown = f" as {read_back[:60]!r}{'...' if len(read_back) > 60 else ''}" if read_back else " as something else"
        unread = [new_text for new_text in choices.values() if " ".join(new_text.split()) not in after]
        if any(_NEW_MARKUP.search(new_text) for new_text in unread):
            # the new text's own "*y*" or "<b>" is what changed, not markup of the file (attack
            # round, session 44: a bullet with no markup was blamed on "a link, bold text")
            return (
                f"written, it would read back{shown}: the new text's *, _, `, ~~, [...](...) or <...> read as formatting in a "
                f"{source.format} file; leave them out of the edit, or edit the file by hand"
            )
        label = _label_read_with(read_back, unread)
        if label:
            # the run-in label the screen cut off the old text is kept, and read with a new text
            # that does not open with an act (an attack round of session 47 blamed "a link, bold text")
            return (
                f"written, it would read back{shown}: the label {label!r} before it is kept, and read as part of a new "
                "text that does not open with what you did; open the edit with a verb, or edit the file by hand"
            )
        return f"written, it would read back{shown}: markup po2pm cannot replace safely (a link, bold text, an escape) is in the way; edit it by hand"
    return None


def _label_read_with(read_back: str, unread: list[str]) -> str | None:
    """The words before a new text where the file would read back as them and the new text."""
    for new_text in unread:
        new = " ".join(new_text.split())
        if read_back.endswith(new) and len(read_back) > len(new):
            return read_back[: -len(new)].strip() or None
    return None


def unfinished(text: str, placeholder_words: frozenset[str]) -> bool:
    """Does the text still hold a bracket po2pm wrote (not a person's own "[1]")?"""
    return bool(own_placeholders(text, placeholder_words))


def _letter_new_to_a_guessed_encoding(source: Source, change: WritePlan) -> str | None:
    """A letter outside ASCII that the rewrite brings into a file whose encoding was guessed (an
    attack round, session 50: a cp1252 file guessed as cp775 got "Café" written as cp775's
    byte, which its real code page shows as "Caf‚"). A letter the file already holds is written
    with the bytes it already has, whatever the guess."""
    if not source.encoding_guessed:
        return None
    held = set(change.before)
    return next((char for char in change.after if ord(char) > 127 and char not in held), None)


def write(source: Source, change: WritePlan, allow_placeholders: bool, dry_run: bool = False) -> tuple[str, ...]:
    """Carry out a plan, or raise InputError saying why nothing was written. With dry_run, every
    check runs as it would for the write, and nothing is written. Returns notes on what the
    write could not keep (a Word bullet's mixed formatting)."""
    if change.edits == 0:
        return ()  # no edit: the file is not touched at all
    if source.lossy:
        raise InputError(
            f"{change.path}: holds bytes that are not valid UTF-8; writing it would change them too; nothing written. "
            "Save it as UTF-8 first"
        )
    new_letter = _letter_new_to_a_guessed_encoding(source, change)
    if new_letter is not None:
        raise InputError(
            f"{change.path}: its encoding ({source.encoding}) is a guess from its bytes, and the rewrite holds {new_letter!r}, "
            "which the file does not hold yet: in a wrong guess it would be written as another letter; nothing written. "
            "Save the file as UTF-8 first, or leave that letter out"
        )
    if source.format == "pdf":
        raise InputError(
            f"{change.path}: po2pm does not write PDF files; nothing written. Make the change in the document "
            "the PDF was made from (Word, LaTeX, Markdown...) and export it again"
        )
    if change.with_placeholders and not allow_placeholders:
        raise InputError(
            f"{change.path}: {change.with_placeholders} of the rewrites still {'holds' if change.with_placeholders == 1 else 'hold'}"
            " [placeholders]; nothing written. "
            "Fill them in with `po2pm rewrite -i` (in a terminal) or `--answers FILE`, or pass --allow-placeholders "
            "(PO201 then flags each until you fill it in)"
        )
    _writable(change.path)
    try:
        current = change.path.read_bytes()
    except OSError as error:
        raise InputError(f"{change.path}: cannot read it again before writing: {error.strerror or error}") from None
    if digest_of(current) != source.digest:
        raise InputError(f"{change.path}: changed since it was read; nothing written (run po2pm again)")
    problem = still_valid(change.before, change.after, source.format, source.bullet_macros, source.section)
    if problem:
        raise InputError(f"{change.path}: after the rewrite the file {problem}; nothing written (please report this)")
    notes: tuple[str, ...] = ()
    if source.format == "docx":
        data, notes = _docx_bytes(change, current)
    else:
        try:
            data = source.bom + change.after.encode(source.encoding)
        except UnicodeEncodeError as error:
            raise InputError(
                f"{change.path}: the rewrite holds {error.object[error.start]!r}, which {source.encoding} cannot store; nothing written"
            ) from None
    if dry_run:
        return notes
    target = change.path.resolve()  # through a symlink: the link stays a link, its target is rewritten
    backup = change.path.with_name(change.path.name + BACKUP_SUFFIX)
    try:
        _replace_atomically(backup, current, like=target)
        _replace_atomically(target, data, unchanged=source.digest)
    except OSError as error:
        if _exists_as_other_than_a_file(backup):  # the backup's path is the problem, not the folder (attack A25)
            raise InputError(f"{backup}: cannot write the backup: {error.strerror or error}; {change.path} is unchanged") from None
        raise InputError(f"{change.path}: cannot write: {error.strerror or error}; the file is unchanged") from None
    if change.path.is_symlink():
        # the file rewritten may be outside the folder the user looked at (attack round, session 44)
        notes = (*notes, f"a link: the file rewritten is its target {target}; the link is kept")
    return notes


def _exists_as_other_than_a_file(path: Path) -> bool:
    """A folder or the like where the backup goes; False where the name itself cannot be (a
    file name of 246 bytes whose backup's is over 255: an attack round, exit 3)."""
    try:
        return path.exists() and not path.is_file()
    except OSError:
        return False


def _docx_bytes(change: WritePlan, current: bytes) -> tuple[bytes, tuple[str, ...]]:
    """The Word file with the edited paragraphs changed, read back before it is used: it must
    render exactly as the rewrite intended."""
    from .formats.docx import render_docx, write_docx

    try:
        written = write_docx(current, change.before, change.after)
    except InputError as error:
        raise InputError(f"{change.path}: {error}") from None
    if render_docx(written.data) != change.after:
        raise InputError(f"{change.path}: after the rewrite the document would not read as intended; nothing written (please report this)")
    return written.data, written.notes


def _writable(path: Path) -> None:
    """Files po2pm will not replace, said before anything is written."""
    target = path.resolve()
    try:
        status = target.stat()
    except OSError as error:
        raise InputError(f"{path}: cannot write: {error.strerror or error}; nothing written") from None
    if not stat.S_ISREG(status.st_mode):
        raise InputError(f"{path}: is not a regular file (a pipe or a device); nothing written (write the rewrite to a file instead)")
    if not os.access(target, os.W_OK) or not status.st_mode & 0o222:
        raise InputError(f"{path}: is read-only; nothing written (make it writable first if you want the rewrite)")
    if status.st_nlink > 1:
        raise InputError(
            f"{path}: has {status.st_nlink} hard links, which a safe write (a new file moved into place) would split; nothing written"
        )


def still_valid(before: str, after: str, file_format: str, bullet_macros: tuple[str, ...] = (), section: str = "") -> str | None:
    """Read the rewritten file back in its own format before it replaces the original: what
    would be wrong with it, or None. A JSON or YAML file must still parse; a LaTeX file must keep
    its braces balanced; every format must give as many bullets as before."""
    from .formats import extract

    try:
        bullets_after = extract(after, file_format, bullet_macros, section)
    except InputError as error:
        return f"would not read as {file_format} ({error})"
    if file_format == "latex" and _brace_depth(after) != _brace_depth(before):
        return "would have unbalanced braces"
    try:
        bullets_before = extract(before, file_format, bullet_macros, section)
    except InputError:
        return None  # it did not read before either; the check above is what counts
    if len(bullets_after) != len(bullets_before):
        return f"would read as {len(bullets_after)} bullets instead of {len(bullets_before)}"
    return None


def _latex_balance(text: str, blocks: bool = True) -> tuple[int, Counter[tuple[str, str]]]:
    r"""The text's brace depth (_brace_depth) and each `\begin{name}` and `\end{name}` outside
    comments and verbatim text, counted: what an edit must leave as it was."""
    read = verbatim_text_blanked(without_comments(text, blocks))
    return _depth(read), Counter(_ENVIRONMENT_MARK.findall(read))


_ENVIRONMENT_MARK = re.compile(r"\\(begin|end)\s*\{([^{}]*)\}")


def _brace_depth(text: str, blocks: bool = True) -> int:
    r"""Unescaped opening braces minus closing ones, outside comments (TeX never reads those:
    one in "% note }" hid a stray "}" the edit left, attack round ATK10, A26) and outside
    verbatim text (`\verb|}|`: ATK16, C11, an edit refused for braces the file had balanced)."""
    return _depth(verbatim_text_blanked(without_comments(text, blocks)))


def _depth(text: str) -> int:
    """Unescaped opening braces minus closing ones, in text TeX reads."""
    depth, index = 0, 0
    while index < len(text):
        char = text[index]
        if char == "\\":
            index += 2
            continue
        depth += char == "{"
        depth -= char == "}"
        index += 1
    return depth


def write_text_atomically(path: Path, text: str) -> None:
    """A new or replaced UTF-8 file, never half-written."""
    if not path.parent.is_dir():
        raise InputError(f"{path}: folder not found; nothing written")
    try:
        _replace_atomically(path, text.encode("utf-8"))
    except OSError as error:
        raise InputError(f"{path}: cannot write: {error.strerror or error}") from None


def _replace_atomically(path: Path, data: bytes, like: Path | None = None, unchanged: str | None = None) -> None:
    """like: take the file mode from this file (for a backup of it). unchanged: the digest the
    file must still have at the moment it is replaced (an editor may save it while po2pm writes)."""
    folder = path.resolve().parent
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".po2pm", dir=folder)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        original = like if like is not None else path if path.exists() else None
        if original is not None:
            # Owner first: changing it clears setuid and setgid, which the mode then puts back.
            _copy_owner(original, temporary)
            shutil.copymode(original, temporary)  # mkstemp makes the file private; keep the original's mode
            _copy_extended_attributes(original, temporary)
        else:
            os.chmod(temporary, 0o644 & ~_umask())
        if unchanged is not None and digest_of(path.read_bytes()) != unchanged:
            raise InputError(f"{path}: changed while po2pm was writing it; nothing written (run po2pm again)")
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _copy_owner(original: Path, temporary: str) -> None:
    """The new file keeps the original's owner and group where the user may set them (root may)."""
    status = original.stat()
    try:
        os.chown(temporary, status.st_uid, status.st_gid)
    except (PermissionError, AttributeError):
        pass  # an ordinary user's own file: it is theirs already


def _copy_extended_attributes(original: Path, temporary: str) -> None:
    """Extended attributes (a tag, a label, a quarantine mark) stay with the file where the system
    has them; one that cannot be set is left, as `cp --preserve=xattr` would."""
    if not hasattr(os, "listxattr"):
        return
    try:
        names = os.listxattr(original)
    except OSError:
        return
    for name in names:
        try:
            os.setxattr(temporary, name, os.getxattr(original, name))
        except OSError:
            pass


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
