"""Cases of the attack round of session 58 (ATK19, on session 57's code; issue 16): each failed on
the code before its fix."""

from __future__ import annotations

import json
import time

from typer.testing import CliRunner

from po2pm_rewrite.cli import app

from .test_attacks_session50 import _answers, _write
from .test_reading_session57 import one_claim_docx_repackaged

runner = CliRunner()


def _claims(path) -> list[str]:
    result = runner.invoke(app, ["extract", "--format", "json", str(path)])
    assert result.exit_code == 0, result.output
    return [b["text"] for b in json.loads(result.stdout)["files"][0]["bullets"]]


def _latex(tmp_path, body: str, preamble: str = ""):
    resume = tmp_path / "cv.tex"
    resume.write_text(f"\\documentclass{{article}}\n{preamble}\\begin{{document}}\n\\section{{Experience}}\n{body}\\end{{document}}\n", encoding="utf-8")
    return resume


_ITEMS = (
    "\\begin{itemize}\n\\item Managed the release calendar for the mobile team.\n"
    "\\item Reduced checkout latency by 40\\% by rewriting the cache layer.\n\\end{itemize}\n"
)
_LATER_VERBATIM = "\\section{Projects}\n\\begin{verbatim}\nmake all\n\\end{verbatim}\n"


def test_a_verbatim_opened_in_a_comment_or_a_comment_block_hides_no_claims(tmp_path):
    r"""ATK19, C1 and C4: `% ... \begin{verbatim} snippet` and `\begin{comment}\begin{verbatim}\end{comment}`
    paired with a real `\end{verbatim}` further on: every claim between was blanked in silence."""
    commented = _latex(tmp_path, "% TODO: maybe show a \\begin{verbatim} snippet here\n" + _ITEMS + _LATER_VERBATIM)
    assert _claims(commented) == ["Managed the release calendar for the mobile team.", "Reduced checkout latency by 40% by rewriting the cache layer."]
    block = _latex(tmp_path, "\\begin{comment}\n\\begin{verbatim}\n\\end{comment}\n" + _ITEMS + _LATER_VERBATIM, "\\usepackage{comment}\n")
    assert _claims(block) == ["Managed the release calendar for the mobile team.", "Reduced checkout latency by 40% by rewriting the cache layer."]


def test_an_environment_named_in_an_inline_verbatim_opens_nothing_and_a_write_keeps_the_file_whole(tmp_path):
    r"""ATK19, C2 and C41: `\verb|\begin{verbatim}|` in an item was read as "Wrote a guide to |", the
    items after it lost in silence, and a write left a bare `\begin{verbatim}` that swallowed the rest
    of the document (exit 0); `\verb|\begin{comment}|` and `\verb|\iffalse|` blanked the rest too."""
    for shown in ("verbatim", "comment"):
        body = f"\\begin{{itemize}}\n\\item Wrote a guide to \\verb|\\begin{{{shown}}}| blocks for the docs team.\n" + _ITEMS[len("\\begin{itemize}\n") :] + _LATER_VERBATIM
        resume = _latex(tmp_path, body)
        assert _claims(resume) == [
            f"Wrote a guide to \\begin{{{shown}}} blocks for the docs team.",
            "Managed the release calendar for the mobile team.",
            "Reduced checkout latency by 40% by rewriting the cache layer.",
        ], shown
    resume = _latex(tmp_path, "\\begin{itemize}\n\\item Wrote a guide to \\verb|\\iffalse| blocks for the docs team.\n" + _ITEMS[len("\\begin{itemize}\n") :])
    result = runner.invoke(app, ["extract", str(resume)])
    assert "Managed the release calendar" in result.stdout and "never closed" not in result.output, result.output
    resume = _latex(tmp_path, "\\begin{itemize}\n\\item Wrote a guide to \\verb|\\begin{verbatim}| blocks for the docs team.\n" + _ITEMS[len("\\begin{itemize}\n") :] + _LATER_VERBATIM)
    result = _write(resume, _answers(tmp_path, 5, edit="Wrote a guide used by 30 engineers for the docs team"))
    assert result.exit_code == 0, result.output
    written = resume.read_text(encoding="utf-8")
    assert "\\item Wrote a guide used by 30 engineers for the docs team\n" in written, written
    assert written.count("\\begin{verbatim}") == 1 and "\\item Managed the release calendar for the mobile team." in written, written


def test_a_word_of_an_item_set_in_an_environment_of_its_own_is_read_and_a_write_refuses_to_drop_it(tmp_path):
    r"""ATK19, C39: `\item ... with \begin{small}weekly\end{small} demos.` was read as "... with", the
    rest cut in silence, and a write left the old tail after the new text (exit 0)."""
    resume = _latex(tmp_path, "\\begin{itemize}\n\\item Managed the release calendar for the mobile team with \\begin{small}weekly\\end{small} demos.\n\\end{itemize}\n")
    assert _claims(resume) == ["Managed the release calendar for the mobile team with weekly demos."]
    before = resume.read_text(encoding="utf-8")
    result = _write(resume, _answers(tmp_path, 5, edit="Cut claim wait by a third for the payments team"))
    assert result.exit_code == 2 and "\\begin or \\end" in result.output, result.output
    assert resume.read_text(encoding="utf-8") == before


def test_sentences_in_a_starred_environment_are_read(tmp_path):
    r"""ATK19, C24: sentences in `\begin{multicols*}{2}` and in a class's `\begin{job*}` under
    Experience were lost in silence, where the unstarred forms were read."""
    body = (
        "\\begin{multicols*}{2}\n\\textbf{Acme Corp} \\hfill 2019 -- 2021\n\n"
        "Rebuilt the claims intake form for 40 brokers, cutting handling time by 30\\%.\n\n"
        "Launched a self-serve refund flow that cut support tickets by 25\\% in one quarter.\n\\end{multicols*}\n"
        "\\begin{job*}\nRan pricing experiments across 3 markets that raised conversion by 8\\% in six months.\n\\end{job*}\n"
    )
    resume = _latex(tmp_path, body, "\\usepackage{multicol}\n\\newenvironment{job*}{\\par}{\\par}\n")
    assert _claims(resume) == [
        "Rebuilt the claims intake form for 40 brokers, cutting handling time by 30%.",
        "Launched a self-serve refund flow that cut support tickets by 25% in one quarter.",
        "Ran pricing experiments across 3 markets that raised conversion by 8% in six months.",
    ]


def test_a_claim_with_a_figure_before_a_list_is_no_label_of_it(tmp_path):
    r"""ATK19, C12: "Selected 3 vendors, saving \$2M yearly:" on its own line before a list was taken
    for the list's label (its first word one of the label participles) and lost in silence."""
    body = (
        "\\cventry{2019--2021}{Product Manager}{Acme}{}{}{Owned the claims product end to end for 40 brokers.\\\\\n"
        "Selected 3 vendors, saving \\$2M yearly:\n\\begin{itemize}\n\\item Managed the release calendar for the mobile team.\n\\end{itemize}}\n"
    )
    claims = _claims(_latex(tmp_path, body, "\\newcommand{\\cventry}[6]{#6}\n"))
    assert any("Selected 3 vendors, saving $2M yearly:" in claim for claim in claims), claims


def test_many_empty_lines_before_a_list_are_read_in_linear_time(tmp_path, monkeypatch):
    r"""ATK19, C26: a 24 KB entry of one sentence, 8,000 lines of `\\` and a list took 61 s: each
    line break's stretch to the list was decoded again. Now each line is decoded about once."""
    from po2pm_rewrite.formats import latex

    decoded = []
    real = latex._plain
    monkeypatch.setattr(latex, "_plain", lambda code, start, end, macros=None: decoded.append(end - start) or real(code, start, end, macros))
    body = "\\cventry{2019}{PM}{Acme}{}{}{Rebuilt the claims intake form for 40 brokers.\n" + "\\\\\n" * 3_000 + "\\begin{itemize}\n\\item Managed the release calendar for the mobile team.\n\\end{itemize}}\n"
    resume = _latex(tmp_path, body, "\\newcommand{\\cventry}[6]{#6}\n")
    claims = _claims(resume)
    assert "Managed the release calendar for the mobile team." in claims, claims
    assert sum(decoded) < 20 * resume.stat().st_size, sum(decoded)


def test_thousands_of_environments_of_distinct_names_are_paired_in_one_pass(tmp_path):
    """ATK19, C25: 12,000 environments of distinct names (246 KB) took 19 s to check and 84 s to
    write: each name was paired in a pass over the whole file."""
    import itertools
    import string

    names = ["".join(letters) for size in (1, 2, 3) for letters in itertools.product(string.ascii_letters, repeat=size)][:12_000]
    body = "".join(f"\\begin{{{name}}}\\end{{{name}}}\n" for name in names) + "\\begin{itemize}\n\\item Managed the sprint backlog for the payments team.\n\\end{itemize}\n"
    resume = _latex(tmp_path, body)
    line = 4 + len(names) + 1
    started = time.monotonic()
    result = _write(resume, _answers(tmp_path, line, edit="Cut claim wait by a third for the payments team"))
    assert time.monotonic() - started < 40, time.monotonic() - started
    assert result.exit_code == 0, result.output
    assert "\\item Cut claim wait by a third for the payments team\n" in resume.read_text(encoding="utf-8")


def test_a_markdown_resume_that_shows_a_latex_sample_in_a_fence_is_read_as_markdown(tmp_path):
    """ATK19, C21: a ```latex fence holding `\\documentclass` made the whole .md file read as LaTeX:
    the sample's one item was the only bullet, the three real claims not even told."""
    resume = tmp_path / "cv.md"
    resume.write_text(
        "# Experience\n\n- Managed the sprint backlog for the payments team.\n"
        "- Led the migration of 40 services to Kubernetes, cutting hosting costs by 30%.\n\n"
        "```latex\n\\documentclass{article}\n\\begin{document}\n\\begin{itemize}\n\\item Your claim here\n\\end{itemize}\n\\end{document}\n```\n",
        encoding="utf-8",
    )
    claims = _claims(resume)
    assert claims == ["Managed the sprint backlog for the payments team.", "Led the migration of 40 services to Kubernetes, cutting hosting costs by 30%."], claims


def test_a_pdf_line_of_work_that_names_a_product_second_is_told(tmp_path):
    """ATK19, C19: "Launched Apple Pay checkout for 2M users" under a heading po2pm does not know was
    lost in silence for its capitalised second word, where "Launched the new checkout ..." was told."""
    from .test_bad_input import _extracted_from_pdf

    stream = (
        b"BT /F1 14 Tf 72 710 Td (EXPERIENCE) Tj ET\n"
        b"BT /F1 10 Tf 72 675 Td (\x95 Managed the sprint backlog for the payments team.) Tj ET\n"
        b"BT /F1 14 Tf 72 645 Td (HIGHLIGHTS OF MY CAREER) Tj ET\n"
        b"BT /F1 10 Tf 72 625 Td (Launched Apple Pay checkout for 2M users) Tj ET\n"
        b"BT /F1 10 Tf 72 595 Td (Launched the new checkout for 2M users) Tj ET\n"
    )
    report = json.loads(_extracted_from_pdf(tmp_path, stream).stdout)["files"][0]
    told = [s["text"] for s in report["skipped"]] + [b["text"] for b in report["bullets"]]
    assert "Launched Apple Pay checkout for 2M users" in told, told
    # a title that opens with a past form is still no line of work
    from po2pm_rewrite.extract import reads_as_work

    assert not reads_as_work("Certified Product Owner with Scrum Alliance since 2019", min_words=4)
    assert not reads_as_work("Advanced Data Analytics and Machine Learning Certificate", min_words=4)


def test_an_environments_arguments_are_counted_as_the_file_defines_them(tmp_path):
    r"""ATK19, C7 and C22: after `\newenvironment{jobbody}{\par}{\par}` (no arguments), the group of
    `\begin{jobbody}{\bfseries Rebuilt} the ...` was skipped as an argument and the claim lost in
    silence; after `\newenvironment{job}[3]`, arguments set on the lines below `\begin{job}{Acme}` were
    read into the claim ("Product Manager2017 – 2019 Launched ...") or lost it."""
    preamble = "\\newenvironment{jobbody}{\\par}{\\par}\n\\newenvironment{job}[3]{\\textbf{#1} #2 \\hfill #3\\par}{\\par}\n"
    body = (
        "\\begin{jobbody}{\\bfseries Rebuilt} the claims intake form for 40 brokers, cutting handling time by 30\\%.\n\\end{jobbody}\n"
        "\\begin{job}{Acme Corp}\n  {Senior Product Manager}\n  {2019 -- 2021}\n"
        "Launched a self-serve refund flow that cut support tickets by 25\\% in one quarter.\n\\end{job}\n"
        "\\begin{job}{Beta Corp}%\n{Product Manager}{2017 -- 2019}\n"
        "Ran pricing experiments across 3 markets that raised conversion by 8\\% in six months.\n\\end{job}\n"
    )
    assert _claims(_latex(tmp_path, body, preamble)) == [
        "Rebuilt the claims intake form for 40 brokers, cutting handling time by 30%.",
        "Launched a self-serve refund flow that cut support tickets by 25% in one quarter.",
        "Ran pricing experiments across 3 markets that raised conversion by 8% in six months.",
    ]


def _docx_renamed(path, rename) -> None:
    """A Word file whose package's entry names pass through `rename`, and the references to its main part."""

    def renamed(name: str, content: bytes) -> tuple[str, bytes]:
        if name in ("_rels/.rels", "[Content_Types].xml"):
            content = content.replace(b"word/document.xml", rename("word/document.xml").encode())
        return rename(name), content

    one_claim_docx_repackaged(path, renamed)


def test_a_word_file_whose_main_part_is_named_otherwise_is_read_and_written(tmp_path):
    r"""ATK19, C34 and C35: a package whose entries are named with Windows' backslash
    ("word\document.xml") was refused with a Python object in the message ("file '<_io.BytesIO object
    at 0x...>' is not a Word file"); one whose main part is "word/main.xml" was read, but every write
    was refused as a bug to report (the write replaced word/document.xml)."""
    answers = tmp_path / "a.toml"
    answers.write_text('[[bullet]]\nline = 2\nedit = "Cut claim wait by a third for the payments team"\n', encoding="utf-8")
    for name, rename in (
        ("backslash.docx", lambda entry: entry.replace("/", "\\") if entry.startswith("word/") else entry),
        ("main.docx", lambda entry: "word/main.xml" if entry == "word/document.xml" else entry),
    ):
        resume = tmp_path / name
        _docx_renamed(resume, rename)
        assert _claims(resume) == ["Managed the claims backlog for the payments team."], name
        result = runner.invoke(app, ["rewrite", "--no-cache", "--write", "--answers", str(answers), str(resume)])
        assert result.exit_code == 0, (name, result.output)
        assert _claims(resume) == ["Cut claim wait by a third for the payments team"], name


def test_a_word_files_refusal_names_no_python_object(tmp_path):
    """ATK19, C34: the refusal of a package that is no Word document quoted the library's message,
    which names the file by its in-memory object."""
    import io
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/></Types>',
        )
        package.writestr(
            "_rels/.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"'
            ' Target="word/document.xml"/></Relationships>',
        )
        package.writestr("word/document.xml", '<?xml version="1.0"?><document/>')
    resume = tmp_path / "cv.docx"
    resume.write_bytes(out.getvalue())
    result = runner.invoke(app, ["extract", str(resume)])
    assert result.exit_code == 2, result.output
    assert "object at 0x" not in result.output and "not a Word document that can be read" in result.output, result.output
