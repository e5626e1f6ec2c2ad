"""Cases of the attack rounds of session 61 (ATK22's failures left open, ATK23 on session 60's
code; issue 16): each failed on the code before its fix."""

from __future__ import annotations

from typer.testing import CliRunner

from po2pm_rewrite.cli import app

from .test_attacks_session58 import _claims

runner = CliRunner()

_RESUME_CLS = (
    "\\documentclass{resume}\n\\begin{document}\n\\begin{rSection}{Experience}\n\n"
    "\\textbf{Product Owner} \\hfill Jan 2019 - Dec 2021\\\\\nAcme Payments \\hfill Berlin\n"
    "%\nManaged the product backlog and ran sprint planning for the checkout team,\n% a kept note\n"
    "and wrote the release notes for every release.\n\n"
    "\\textbf{Business Analyst} \\hfill 2016 - 2018\\\\\nBeta Bank \\hfill Munich\n\n"
    "Wrote user stories and acceptance criteria for the loan origination system.\n\n"
    "\\end{rSection}\n\\end{document}\n"
)


def test_an_environments_paragraphs_are_claims_of_their_own_without_their_job_lines(tmp_path):
    """ATK22, C21: a resume.cls section's body was read as one paragraph, its job lines, both
    claims and the next job's lines glued into one claim, and a write of it deleted the next job's
    line (exit 0). Each paragraph is read now, its job rows dropped; a comment's line ends none."""
    resume = tmp_path / "cv.tex"
    resume.write_text(_RESUME_CLS, encoding="utf-8")
    assert _claims(resume) == [
        "Managed the product backlog and ran sprint planning for the checkout team, and wrote the release notes for every release.",
        "Wrote user stories and acceptance criteria for the loan origination system.",
    ]
    result = runner.invoke(app, ["rewrite", "--no-cache", "--write", "--allow-placeholders", str(resume)])
    assert result.exit_code == 0, result.output
    written = resume.read_text(encoding="utf-8")
    for line in _RESUME_CLS.splitlines():
        if not line.startswith(("and wrote", "Wrote user")):
            assert line in written.splitlines(), line
