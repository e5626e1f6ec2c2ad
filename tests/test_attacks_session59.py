"""Cases of the attack round of session 59 (ATK20, on session 58's code; issue 16): each failed on
the code before its fix."""

from __future__ import annotations

import time

from typer.testing import CliRunner

from po2pm_rewrite.cli import app

from .test_attacks_session50 import _answers, _write
from .test_attacks_session58 import _claims, _latex

runner = CliRunner()

_ITEMS = (
    "\\begin{itemize}\n\\item Managed the sprint backlog for the payments team of 8 engineers.\n"
    "\\item Cut claim wait by a third for brokers by reordering the intake queue.\n\\end{itemize}\n"
)
_READ = ["Managed the sprint backlog for the payments team of 8 engineers.", "Cut claim wait by a third for brokers by reordering the intake queue."]


def test_a_comment_block_opened_in_a_comment_or_shown_in_a_verbatim_hides_no_later_verbatim(tmp_path):
    r"""ATK20, C3 and C35: `% old layout: \begin{comment}`, or a verbatim showing `\begin{comment}`,
    made a later real verbatim open nothing: its `\item ... 100% ...` was read as a claim, and a
    write edited the verbatim's text (exit 0)."""
    shown = "\\begin{verbatim}\n\\item Ran the 100% fake verbatim line that is only shown as code.\n\\end{verbatim}\n"
    commented = _latex(tmp_path, "% old layout: \\begin{comment}\n" + _ITEMS + shown)
    assert _claims(commented) == _READ
    in_a_verbatim = _latex(tmp_path, _ITEMS + "How I hide drafts:\n\\begin{verbatim}\n\\begin{comment}\n\\end{verbatim}\n" + shown)
    assert _claims(in_a_verbatim) == _READ
    result = _write(commented, _answers(tmp_path, 9, edit="Ran the intake review with 40 brokers, cutting wait by a third"))
    assert "\\item Ran the 100% fake verbatim line that is only shown as code." in commented.read_text(encoding="utf-8"), result.output


def test_a_comment_block_opened_inside_iffalse_hides_nothing_after_its_fi(tmp_path):
    r"""ATK20, C4: a `\begin{comment}` inside `\iffalse ... \fi`, which TeX skips, paired with a later
    real `\end{comment}`: the two claims between were blanked in silence."""
    body = "\\iffalse\ndraft: \\begin{comment}\n\\fi\n" + _ITEMS + "\\begin{comment}\nold notes\n\\end{comment}\n"
    assert _claims(_latex(tmp_path, body, "\\usepackage{comment}\n")) == _READ


def test_verbatim_openings_on_a_line_with_a_comment_are_read_in_linear_time(tmp_path, monkeypatch):
    r"""ATK20, C30: one line holding `50\%` and 6,000 empty verbatims (180 KB) took 44 s: each
    opening read the line up to it again for its comment. Now each line is read once."""
    from po2pm_rewrite.formats import latex

    calls = []
    real = latex._without_line_comment
    monkeypatch.setattr(latex, "_without_line_comment", lambda line, after_a_link=False: calls.append(len(line)) or real(line, after_a_link))
    body = "Cut cost by 50\\% " + "\\begin{verbatim}\\end{verbatim}" * 2_000 + "\n" + _ITEMS
    resume = _latex(tmp_path, body)
    assert _claims(resume)[-2:] == _READ
    assert sum(calls) < 20 * resume.stat().st_size, sum(calls)


def test_thousands_of_comment_blocks_and_verbatims_are_paired_in_one_pass(tmp_path):
    """ATK20, C29: 24,000 comment blocks and 24,000 verbatims (1.4 MB) took 60 s: each verbatim
    opening was checked against every comment block."""
    body = "\\begin{comment}\\end{comment}\n" * 24_000 + "\\begin{verbatim}\\end{verbatim}\n" * 24_000 + _ITEMS
    resume = _latex(tmp_path, body, "\\usepackage{comment}\n")
    started = time.monotonic()
    claims = _claims(resume)
    assert time.monotonic() - started < 30, time.monotonic() - started
    assert claims == _READ


def test_a_fence_line_inside_a_longer_fence_does_not_close_it(tmp_path):
    """ATK20, C19: a ``` line inside a ```` fence (or a ~~~ fence) closed it, and the LaTeX sample
    shown after it made the Markdown resume read as LaTeX: no bullets, exit 0 under the hook's
    --allow-empty; from stdin too."""
    for opening, closing in (("````markdown", "````"), ("~~~", "~~~")):
        text = (
            "# Experience\n\n- Managed the sprint backlog for the payments team of 8 engineers.\n"
            "- Cut claim wait by a third for brokers by reordering the intake queue.\n\n"
            f"## How I build this page\n\n{opening}\nThe template's sample:\n```\n\\documentclass{{article}}\n```\n{closing}\n"
        )
        resume = tmp_path / "cv.md"
        resume.write_text(text, encoding="utf-8")
        assert _claims(resume) == _READ, opening
        piped = runner.invoke(app, ["extract", "-"], input=text)
        assert "read as latex" not in piped.output and "Cut claim wait" in piped.output, piped.output


def test_a_list_label_holding_years_is_no_part_of_the_claim_above_and_an_adverb_opens_no_label(tmp_path):
    r"""ATK20, C1 and C2: "Key results 2018--2019:" before a list was read into the sentence above it
    (its years taken for a figure), and a write of that sentence deleted the label; "Successfully
    launched the broker mobile app:" was taken for a label and lost in silence."""
    preamble = "\\newcommand{\\cventry}[6]{#6}\n"
    labelled = _latex(
        tmp_path,
        "\\cventry{2017--2019}{Analyst}{Beta}{Paris}{}{Rebuilt the quoting flow used by 40 agents across the region.\\\\\n"
        "Key results 2018--2019:\n\\begin{itemize}\n\\item Cut quote time from 3 days to 4 hours for small-business customers.\n\\end{itemize}}\n",
        preamble,
    )
    assert _claims(labelled) == ["Rebuilt the quoting flow used by 40 agents across the region.", "Cut quote time from 3 days to 4 hours for small-business customers."]
    result = _write(labelled, _answers(tmp_path, 5, edit="Rebuilt the quoting flow for 40 agents, cutting quote time by half"))
    assert result.exit_code == 0, result.output
    assert "Key results 2018--2019:\n\\begin{itemize}" in labelled.read_text(encoding="utf-8")
    adverb = _latex(
        tmp_path,
        "\\cventry{2019--2021}{PO}{Acme}{Berlin}{}{Owned the claims roadmap for the brokers.\\\\\n"
        "Successfully launched the broker mobile app:\n\\begin{itemize}\n\\item Ran sprint reviews with the broker council.\n\\end{itemize}}\n",
        preamble,
    )
    assert any("Successfully launched the broker mobile app:" in claim for claim in _claims(adverb)), _claims(adverb)


def test_lines_of_work_under_a_key_po2pm_does_not_read_are_told_wherever_they_stand(tmp_path):
    """ATK20, C13 to C15: a list of claim strings under `leadership:`, a `details:` that opens with an
    act outside any list, and a claim of six words in a list of entries were dropped in silence."""
    from .test_reading_session58 import _extracted

    resume = tmp_path / "cv.yaml"
    resume.write_text(
        "work:\n  - name: Acme\n    highlights:\n      - Managed the sprint backlog for the payments team of 8 engineers.\n"
        "leadership:\n  - Led the 12-person product guild and ran its quarterly planning.\n"
        "current_role:\n  company: Gamma\n  details: Led the pricing revamp for three enterprise tiers, lifting ARR by 12%.\n"
        "freelance:\n  - client: Delta\n    summary: Cut churn 20% by redesigning onboarding.\n"
        "languages:\n  - English\n  - French\n",
        encoding="utf-8",
    )
    report = _extracted(resume)
    assert [b["text"] for b in report["bullets"]] == ["Managed the sprint backlog for the payments team of 8 engineers."]
    told = [s["text"] for s in report["skipped"]]
    assert told == [
        "Led the 12-person product guild and ran its quarterly planning.",
        "Led the pricing revamp for three enterprise tiers, lifting ARR by 12%.",
        "Cut churn 20% by redesigning onboarding.",
    ], told
    as_json = tmp_path / "cv.json"
    as_json.write_text(
        '{"work": [{"name": "Acme", "highlights": ["Managed the sprint backlog for the payments team of 8 engineers."]}],\n'
        ' "leadership": ["Led the 12-person product guild and ran its quarterly planning."]}\n',
        encoding="utf-8",
    )
    assert [s["text"] for s in _extracted(as_json)["skipped"]] == ["Led the 12-person product guild and ran its quarterly planning."]


def test_an_environments_optional_first_argument_counts_whether_given_or_not(tmp_path):
    r"""ATK20, C6: with `\newenvironment{job}[2][Remote]`, `\begin{job}{Acme Corp}` takes one
    argument, but two were skipped: `{\bfseries Rebuilt}` went as the second, the claim lost in
    silence. Given, the option is skipped with the name after it."""
    preamble = "\\newenvironment{job}[2][Remote]{\\textbf{#2} (#1)\\par}{\\par}\n"
    claim = "{\\bfseries Rebuilt} the claims intake form for 40 brokers and cut errors by half in one quarter.\n"
    for opening in ("\\begin{job}{Acme Corp}\n", "\\begin{job}[Berlin]{Acme Corp}\n"):
        resume = _latex(tmp_path, _ITEMS + opening + claim + "\\end{job}\n", preamble)
        assert _claims(resume) == [*_READ, "Rebuilt the claims intake form for 40 brokers and cut errors by half in one quarter."], opening


def test_an_inline_environment_wrapped_onto_the_next_line_or_holding_another_keeps_the_item(tmp_path):
    r"""ATK20, C5: `\item Led \begin{small}weekly` / `demos\end{small} with brokers ...` and
    `\begin{small}weekly \begin{em}broker\end{em} demos\end{small}` cut each item to its first word."""
    body = (
        "\\begin{itemize}\n\\item Led \\begin{small}weekly\ndemos\\end{small} with brokers and cut claim wait by a third across 12 regions.\n"
        "\\item Ran \\begin{small}weekly \\begin{em}broker\\end{em} demos\\end{small} and cut claim wait by a third for brokers.\n\\end{itemize}\n"
    )
    assert _claims(_latex(tmp_path, body)) == [
        "Led weekly demos with brokers and cut claim wait by a third across 12 regions.",
        "Ran weekly broker demos and cut claim wait by a third for brokers.",
    ]


def test_a_role_or_a_liaison_that_states_its_own_call_is_not_told_it_names_only_the_role():
    """ATK20, C20 to C22: a bullet that names a role and the call made in it ("as an application
    owner ..., choosing which of 40 broker requests shipped first", "I was assigned to lead ...,
    where I chose to drop ...", "as the liaison for 3 hospital clients, deciding with them ...") was
    told it names only a role, or to name the decision it names."""
    from po2pm_rewrite.engine import Linter
    from po2pm_rewrite.model import Source
    from po2pm_rewrite.rules import load_ruleset

    linter = Linter(load_ruleset(), threshold=0.5)
    for text, wrong in (
        ("Managed the backlog as an application owner for the claims app, choosing which of 40 broker requests shipped first.", "This line names a role or a duty"),
        ("I was assigned to lead the backlog for onboarding, where I chose to drop the manual KYC step.", "This line names a role or a duty"),
        ("Ran sprint planning as the liaison for 3 hospital clients, deciding with them which discharge features shipped first.", "This bullet says you passed word between groups"),
    ):
        bullet = linter.rewrite([Source("<text>", text, literal=True)]).files[0].bullets[0]
        assert not (bullet.advice or "").startswith(wrong), (text, bullet.advice)
