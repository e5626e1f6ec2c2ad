"""Reading round SAH (session 61): each case failed on the code before its fix."""

from __future__ import annotations

from .test_attacks_session58 import _claims
from .test_attacks_session60 import _told


def test_a_sentence_naming_a_year_is_told_not_dropped_as_a_title(tmp_path):
    """Round SAH: an unmarked line of a plain-text job, "Head of the platform team since 2019,
    growing it from 3 to 9 engineers.", was taken for a job's dated title line and dropped in
    silence. It is a sentence: told, as the other lines that open with no act of the person's are.
    A title line with its dates stays a title."""
    resume = tmp_path / "cv.txt"
    resume.write_text(
        "Experience\n\nAcme Corp, Platform Lead, 2019 - 2023\n"
        "Head of the claims platform team since 2019, growing it from 3 to 9 engineers.\n"
        "Since 2019 head of the claims platform team, growing it from 3 to 9 engineers.\n"
        "Led the move of the claims platform to Kubernetes.\n",
        encoding="utf-8",
    )
    assert _claims(resume) == ["Led the move of the claims platform to Kubernetes."]
    assert _told(resume) == [
        "Head of the claims platform team since 2019, growing it from 3 to 9 engineers.",
        "Since 2019 head of the claims platform team, growing it from 3 to 9 engineers.",
    ]


def test_a_research_sections_paragraphs_are_claims(tmp_path):
    """Round SAI: under `\\section{Research}` a researcher's paragraphs ("\\textbf{TL;DR} ... I lead the
    design and implementation of ...") were dropped in silence, while the items beside them were
    read: "Research" was no section po2pm knew, so the Education title above held."""
    resume = tmp_path / "cv.tex"
    resume.write_text(
        "\\documentclass{article}\n\\begin{document}\n\\section{Education}\n\\textbf{Leeds}, BSc Computing \\hfill 2018\n"
        "\\section{Research}\n\\subsection*{Claims triage}\n"
        "\\textbf{TL;DR} A triage model for insurance claims. I led the design of the model and cut handling time by a fifth.\n"
        "\\begin{itemize}\n\\item Ran 14 interviews with claims handlers to map where the intake form lost them.\n\\end{itemize}\n"
        "\\end{document}\n",
        encoding="utf-8",
    )
    claims = _claims(resume)
    assert any("I led the design of the model" in claim for claim in claims), claims
