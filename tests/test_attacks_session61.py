"""Cases of the attack rounds of session 61 (ATK22's failures left open, ATK23 on session 60's
code; issue 16): each failed on the code before its fix."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from po2pm_rewrite.cli import app

from .test_attacks_session58 import _claims
from .test_attacks_session60 import _told

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


def _latex_items(tmp_path, preamble: str, items: str):
    resume = tmp_path / "cv.tex"
    resume.write_text(
        f"\\documentclass{{article}}\n{preamble}\\begin{{document}}\n\\section{{Experience}}\n\\begin{{itemize}}\n{items}\\end{{itemize}}\n\\end{{document}}\n",
        encoding="utf-8",
    )
    return resume


def test_an_iffalse_given_a_name_over_two_lines_or_by_csname_or_in_a_definition_hides_nothing(tmp_path):
    """ATK23, C21 and C22: `\\expandafter\\let\\csname ifcompact\\endcsname\\iffalse`, a `\\let`
    whose `\\iffalse` stands on the next line, and `\\newcommand{\\hideit}{\\iffalse}` each opened a
    block: the printed items up to the first `\\fi` were lost in silence, or every item was told
    hidden by an `\\iffalse` never closed (exit 2, the hook passing the file unchecked)."""
    items = "\\item Managed the claims backlog for the mortgage team.\n\\item Managed the claims backlog for the loans team.\n"
    for preamble in (
        "\\expandafter\\let\\csname ifcompact\\endcsname\\iffalse\n",
        "\\let\\ifcompact\n  \\iffalse\n",
        "\\newcommand{\\hideit}{\\iffalse}\n\\def\\hideall{\\iffalse}\n",
    ):
        resume = _latex_items(tmp_path, preamble, items + "\\fi\n")
        result = runner.invoke(app, ["extract", "--format", "json", str(resume)])
        assert result.exit_code == 0, result.output
        found = json.loads(result.stdout)["files"][0]
        assert [b["text"] for b in found["bullets"]] == [
            "Managed the claims backlog for the mortgage team.", "Managed the claims backlog for the loans team.",
        ], preamble
        assert not any("never closed" in note for note in found["notes"]), (preamble, found["notes"])


def test_a_conditional_inside_an_iffalse_block_closes_at_its_own_fi(tmp_path):
    """ATK23, C23: `\\iffalse \\ifdefined\\draft ... \\fi \\item ... \\fi` ended at the first `\\fi`,
    and the item TeX hides was read, checked and edited. An etoolbox test with groups opens no
    block of its own; an `\\iffalse` a nested `\\fi` leaves open is still told never closed."""
    resume = _latex_items(
        tmp_path, "",
        "\\item Managed the claims backlog for the mortgage team.\n\\iffalse\n\\ifdefined\\draft \\item Draft line for the cards team. \\fi\n"
        "\\ifbool{long}{\\item Long line for the cards team.}{}\n\\item Managed the claims backlog for the hidden team.\n\\fi\n"
        "\\item Managed the claims backlog for the loans team.\n",
    )
    assert _claims(resume) == ["Managed the claims backlog for the mortgage team.", "Managed the claims backlog for the loans team."]
    unclosed = _latex_items(tmp_path, "", "\\item Managed the claims backlog for the mortgage team.\n\\iffalse\n\\ifx\\a\\b \\fi\n\\item Hidden.\n")
    result = runner.invoke(app, ["extract", "--format", "json", str(unclosed)])
    assert any("opens \\iffalse that is never closed" in note for note in json.loads(result.stdout)["files"][0]["notes"]), result.stdout


def test_a_duty_naming_a_span_of_years_before_a_list_is_no_jobs_line(tmp_path):
    """ATK23, C24: "Responsible for the 2019--2021 pricing roadmap across Europe" before a moderncv
    entry's list was taken for the job's dated line and dropped in silence; a job's own line of
    names and years still is one."""
    resume = tmp_path / "cv.tex"
    resume.write_text(
        "\\documentclass{moderncv}\n\\moderncvstyle{classic}\n\\begin{document}\n\\section{Experience}\n"
        "\\cventry{2019--2023}{Product Owner}{Acme Bank}{London}{}{Managed the claims backlog for the mortgage team.\\\\\n"
        "Responsible for the 2019--2021 pricing roadmap across Europe\n\\begin{itemize}\n\\item Managed the claims backlog for the cards team.\n\\end{itemize}}\n"
        "\\cventry{2016--2019}{Product Owner}{Beta}{Leeds}{}{Managed the claims backlog for the loans team.\\\\\n"
        "Northwind Health, 2016 -- 2019\n\\begin{itemize}\n\\item Managed the claims backlog for the brokers team.\n\\end{itemize}}\n"
        "\\end{document}\n",
        encoding="utf-8",
    )
    claims = _claims(resume)
    assert any("pricing roadmap across Europe" in claim for claim in claims), claims
    assert not any("Northwind" in claim for claim in claims), claims


def test_dashes_opening_an_html_sources_wrapped_lines_cut_no_sentence(tmp_path):
    """ATK23, C17 and C18: a `<p>` whose source lines wrap inside a sentence at a dash ("(Jan 2020"
    / "– Mar 2021) and grew ...", "... mortgage team" / "- about 40 people - and") was read as a
    typed list, one sentence cut into three claims, and a write put its clause mid-sentence. A
    list typed under a job's line is still one item a line."""
    page = tmp_path / "cv.html"
    page.write_text(
        "<html><body><h2>Experience</h2>\n<p>Led the claims squad through a rebuild of checkout (Jan 2020\n"
        "– Mar 2021) and grew conversion by 12%, the best result\n– by far – of any squad that year.</p>\n"
        "<p>Managed the product backlog for the mortgage team\n- about 40 people - and\n- with the CFO - set the order of the releases.</p>\n"
        "<p>Acme Bank (2019 - 2021)\n- Managed the claims backlog\n- ran the sprint reviews for four teams</p></body></html>\n",
        encoding="utf-8",
    )
    assert _claims(page) == [
        "Led the claims squad through a rebuild of checkout (Jan 2020 – Mar 2021) and grew conversion by 12%, the best result – by far – of any squad that year.",
        "Managed the product backlog for the mortgage team - about 40 people - and - with the CFO - set the order of the releases.",
        "Managed the claims backlog",
        "ran the sprint reviews for four teams",
    ]
    result = runner.invoke(app, ["rewrite", "--no-cache", "--write", "--allow-placeholders", "--pick", "1", str(page)])
    assert result.exit_code == 0, result.output
    written = page.read_text(encoding="utf-8")
    assert "<p>Managed the product backlog for the mortgage team\n- about 40 people - and\n- with the CFO - set the order of the releases" in written, written
    assert "checkout (Jan 2020\n– Mar 2021) and grew conversion by 12%, the best result\n– by far – of any squad that year" in written, written


def test_sections_under_quoted_keys_or_keys_with_marks_are_named_as_not_read(tmp_path):
    """ATK23, C30 and C31: a RenderCV section or a top-level YAML key written in quotes or with "&"
    or "(" ("awards" quoted, "Education (BSc)", "Skills & Tools") was neither read nor named under
    the sections not read: its claims vanished in silence."""
    rendercv = tmp_path / "cv.yaml"
    rendercv.write_text(
        'cv:\n  name: A\n  sections:\n    "Work & Leadership":\n      - company: Acme Bank\n        position: Product Owner\n'
        "        highlights:\n          - Managed the claims backlog for the mortgage team.\n"
        '    Skills & Tools:\n      - label: Tools\n        details: Jira, SQL\n    Education (BSc):\n      - institution: Leeds\n'
        "        highlights:\n          - Led the student fintech society and grew it from 40 to 200.\n"
        '    "awards":\n      - name: Best PO 2021\n        summary: Rebuilt the onboarding flow and cut drop-off by 20%.\n',
        encoding="utf-8",
    )
    top = tmp_path / "resume.yaml"
    top.write_text(
        'work:\n  - name: Acme\n    highlights:\n      - Managed the claims backlog for the mortgage team.\n'
        '"awards":\n  - summary: Rebuilt the onboarding flow and cut drop-off by 20%.\n'
        '"Education & Training":\n  - highlights:\n      - Led the student fintech society.\n',
        encoding="utf-8",
    )
    for resume, expected in ((rendercv, ["Skills & Tools", "Education (BSc)", "awards"]), (top, ["awards", "Education & Training"])):
        result = runner.invoke(app, ["extract", "--format", "json", str(resume)])
        named = [section["heading"] for section in json.loads(result.stdout)["files"][0]["skipped_sections"]]
        assert all(key in named for key in expected), (resume.name, named)


def test_a_claim_of_a_few_words_between_stars_is_an_item(tmp_path):
    """ATK23, C32: "*** Cut churn by 20% ***" and "*** Launched Apple Pay ***" were taken for
    headings (a few words between stars) and lost in silence; a section title so set still opens
    its section."""
    resume = tmp_path / "cv.txt"
    resume.write_text(
        "*** EXPERIENCE ***\n\n*** Cut churn by 20% ***\n*** Shipped the broker app ***\n*** Launched Apple Pay ***\n\n"
        "*** Selected Projects ***\n- Cut claim handling time by 20% across the book.\n\n*** EDUCATION ***\nBSc Computing\n",
        encoding="utf-8",
    )
    assert _claims(resume) == ["Cut churn by 20%", "Shipped the broker app", "Launched Apple Pay", "Cut claim handling time by 20% across the book."]


def test_an_undefined_environments_options_and_name_over_lines_are_no_part_of_its_paragraph(tmp_path):
    """ATK23, C25: `\\begin{jobentry}[Remote,\\n part time]{Acme Bank}` and `\\begin{jobentry}[Hybrid]`
    with `{Beta Ltd}` on the next line, an environment of a class the file does not define: their
    paragraphs were lost in silence (the second also ended on an acronym, "with the CRO.", which
    was no sentence's end). A claim set alone in a group there is still read."""
    resume = tmp_path / "cv.tex"
    resume.write_text(
        "\\documentclass{article}\n\\begin{document}\n\\section*{Experience}\n"
        "\\begin{jobentry}[Remote,\n  part time]{Acme Bank}\nManaged the claims backlog for the payments team and set the order with the CTO.\n\\end{jobentry}\n"
        "\\begin{jobentry}[Hybrid]\n{Beta Ltd}\nManaged the claims backlog for the loans team and set the order with the CRO.\n\\end{jobentry}\n"
        "\\begin{jobentry}[Hybrid]\n{Rebuilt the claims form for 40 brokers}\nand cut handling time by a fifth across the book.\n\\end{jobentry}\n"
        "\\end{document}\n",
        encoding="utf-8",
    )
    assert _claims(resume) == [
        "Managed the claims backlog for the payments team and set the order with the CTO.",
        "Managed the claims backlog for the loans team and set the order with the CRO.",
        "Rebuilt the claims form for 40 brokers and cut handling time by a fifth across the book.",
    ]


def test_the_else_branch_of_an_iffalse_is_read(tmp_path):
    """ATK23, C47: `\\iffalse <long version> \\else <claim> \\fi` blanked the `\\else` branch, which
    TeX prints, with the hidden one: the claim was lost in silence."""
    resume = _latex_items(
        tmp_path, "",
        "\\item Managed the claims backlog for the mortgage team.\n\\iffalse\n\\item Long version for the loans team.\n"
        "\\else\n\\item Cut claim handling time 20\\% by ranking the backlog by adjuster wait.\n\\fi\n",
    )
    assert _claims(resume) == ["Managed the claims backlog for the mortgage team.", "Cut claim handling time 20% by ranking the backlog by adjuster wait."]


def test_one_edit_that_does_not_read_back_is_found_by_halves(tmp_path, monkeypatch):
    """ATK23, C34: one edit among many that would not read back made the write read the whole file
    back once per edit (700 bullets: 43 s; 1,990: 374 s). The edits are now split in halves, and
    only a half that fails is read again: about two reads per halving, whatever the file's size."""
    from po2pm_rewrite import write

    reads = []
    original = write._reads_back_wrong
    monkeypatch.setattr(write, "_reads_back_wrong", lambda *args: reads.append(1) or original(*args))
    teams = [f"{area} {unit}" for area in ("mortgage", "claims", "payments", "loans", "cards", "savings", "fraud", "audit") for unit in ("team", "squad", "portal", "app", "platform", "unit", "service", "journey")]
    resume = tmp_path / "cv.md"
    resume.write_text(
        "## Experience\n\n" + "".join(f"- Managed the product backlog for the {team}.\n" for team in teams)
        + "- Managed the product backlog for the treasury team.\\\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["rewrite", "--no-cache", "--write", "--dry-run", "--allow-placeholders", str(resume)])
    assert "left as it was" in result.output, result.output
    assert len(reads) <= 2 * 7 + 1, len(reads)  # 65 edits: seven halvings


def test_a_write_that_cuts_a_ceremony_says_so_and_leaves_no_stray_stop(tmp_path):
    """ATK23, C5 and C3: "Managed the product backlog for the HR team. Ran the sprint reviews."
    was written "... HR team., choosing [...]", the second sentence cut with no word on --write
    (plain `rewrite` said so); a stop inside a closing quote gave '"claims portal.", in an order
    set by [...]'."""
    resume = tmp_path / "cv.md"
    resume.write_text(
        '## Experience\n\n- Managed the product backlog for the HR team. Ran the sprint reviews.\n'
        '- Managed the product backlog for the "claims portal."\n',
        encoding="utf-8",
    )
    result = runner.invoke(app, ["rewrite", "--no-cache", "--write", "--allow-placeholders", str(resume)])
    assert result.exit_code == 0, result.output
    written = resume.read_text(encoding="utf-8")
    assert "HR team, " in written and "team.," not in written, written
    assert '"claims portal", ' in written and '.",' not in written, written
    assert "line 3: 'Ran the sprint reviews' is cut" in result.output, result.output


# ATK24, on this session's own fixes

_RSECTION_ROWS = (
    "\\documentclass{resume}\n\\begin{document}\n\\begin{rSection}{Experience}\n"
    "\\textbf{Product Owner} \\hfill Jan 2019 - Dec 2021\\\\\nAcme Payments \\hfill Berlin\\\\\n"
    "Managed the product backlog for the checkout team.\\\\\n"
    "\\textbf{Business Analyst} \\hfill 2016 - 2018\\\\\nBeta Bank, Munich\\\\\n"
    "Wrote user stories and acceptance criteria for the loan origination system.\n"
    "\\end{rSection}\n\\end{document}\n"
)


def test_a_sections_rows_with_no_blank_lines_keep_the_next_jobs_lines_out_of_a_claim(tmp_path):
    """ATK24, C5, C26 and C2: with no blank line between them, the next job's `\\textbf{Business
    Analyst} \\hfill 2016 - 2018\\\\` row and its "Beta Bank, Munich\\\\" row were read into the claims
    round them (in a CRLF file too), and an `--answers` edit deleted them (exit 0)."""
    for newline in ("\n", "\r\n"):
        resume = tmp_path / "cv.tex"
        resume.write_bytes(_RSECTION_ROWS.replace("\n", newline).encode("utf-8"))
        assert _claims(resume) == [
            "Managed the product backlog for the checkout team.",
            "Wrote user stories and acceptance criteria for the loan origination system.",
        ], repr(newline)
        result = runner.invoke(app, ["rewrite", "--no-cache", "--write", "--allow-placeholders", str(resume)])
        assert result.exit_code == 0, result.output
        written = resume.read_bytes().decode("utf-8")
        for line in ("\\textbf{Business Analyst} \\hfill 2016 - 2018\\\\", "Beta Bank, Munich\\\\", "Acme Payments \\hfill Berlin\\\\"):
            assert line + newline in written, (line, written)


def test_an_environments_paragraphs_are_cut_only_where_tex_ends_one(tmp_path):
    """ATK24, C3 and C23: a blank line inside a `{\\bfseries ...}` group, or inside an `\\iffalse`
    block between two halves of a sentence, ended the paragraph there: the sentence after the
    group, or the half after the block, was lost in silence."""
    resume = tmp_path / "cv.tex"
    resume.write_text(
        "\\documentclass{resume}\n\\begin{document}\n\\begin{rSection}{Experience}\n\n"
        "{\\bfseries Managed the product backlog for the checkout team\n\nand wrote the release notes for every release.}\n\n"
        "Rebuilt the claims form for the brokers\n\\iffalse\nold words\n\nmore old words\n\\fi\nand cut handling time by a fifth.\n\n"
        "\\end{rSection}\n\\end{document}\n",
        encoding="utf-8",
    )
    assert _claims(resume) == [
        "Managed the product backlog for the checkout team and wrote the release notes for every release.",
        "Rebuilt the claims form for the brokers and cut handling time by a fifth.",
    ]


def test_a_sections_paragraphs_drawn_with_hand_marks_or_short_are_read(tmp_path):
    """ATK24, C4 and C6: paragraphs of a resume.cls section opening with `$\\bullet$`, `\\textbullet\\ `
    or `--`, and short sentences of an act ("Ran the daily standups."), were lost in silence once a
    section's paragraphs were read one by one."""
    resume = tmp_path / "cv.tex"
    resume.write_text(
        "\\documentclass{resume}\n\\begin{document}\n\\begin{rSection}{Experience}\n\n"
        "\\textbf{Product Owner} \\hfill Jan 2019 - Dec 2021\\\\\nAcme Payments \\hfill Berlin\n\n"
        "$\\bullet$ Managed the product backlog and ran sprint planning for the checkout team.\n\n"
        "\\textbullet\\ Rebuilt the claims form for 40 brokers and cut handling time by 20\\%.\n\n"
        "-- Wrote user stories and acceptance criteria for the loan origination system.\n\n"
        "Ran the daily standups.\n\n\\end{rSection}\n\\end{document}\n",
        encoding="utf-8",
    )
    assert _claims(resume) == [
        "Managed the product backlog and ran sprint planning for the checkout team.",
        "Rebuilt the claims form for 40 brokers and cut handling time by 20%.",
        "Wrote user stories and acceptance criteria for the loan origination system.",
        "Ran the daily standups.",
    ]


def test_conditionals_are_counted_as_tex_counts_them(tmp_path):
    """ATK24, C7, C8, C10 and C29: an `\\else` or `\\fi` with a `{` after it on the next line was no
    token (the branch TeX prints lost, or every item told hidden), a `\\newif\\ifcompact` inside a
    block opened a conditional, and `\\verb|\\ifx|` inside a block hid the rest of the file."""
    items = "\\item Managed the claims backlog for the checkout team.\n"
    for hidden in (
        "\\iffalse\n\\item Ran the daily standups.\n\\else\n{\\item Rebuilt the claims form for 40 brokers.}\n\\fi\n",
        "\\iffalse\n\\item Ran the daily standups.\n\\fi\n{\\item Rebuilt the claims form for 40 brokers.}\n",
        "\\iffalse\nold: \\newif\\ifcompact\n\\fi\n\\item Rebuilt the claims form for 40 brokers.\n",
        "\\iffalse\nsee \\verb|\\ifx| in my notes\n\\fi\n\\item Rebuilt the claims form for 40 brokers.\n",
    ):
        resume = _latex_items(tmp_path, "", items + hidden)
        assert _claims(resume) == ["Managed the claims backlog for the checkout team.", "Rebuilt the claims form for 40 brokers."], hidden


def test_commented_out_items_after_a_list_opening_are_passed_in_bounded_time(tmp_path):
    """ATK24, C9 (older than this session): 320 commented-out `% \\item ...` lines after
    `\\begin{itemize}` (24 KB) took 90 s to check: a title pattern tried every way of sharing out
    the spaces the blanked comments left."""
    import time

    resume = _latex_items(tmp_path, "", "".join(f"% \\item Old claim number {n} about a job I no longer list here at all\n" for n in range(320)) + "\\item Managed the claims backlog for the checkout team.\n")
    started = time.monotonic()
    assert _claims(resume) == ["Managed the claims backlog for the checkout team."]
    assert time.monotonic() - started < 15


def test_a_claim_in_a_group_alone_below_an_environments_title_and_options_over_lines(tmp_path):
    """ATK24, C13 and C24: `{\\bfseries Rebuilt the claims form}` and `{\\em Successfully launched the
    broker app}` alone on the line below `\\begin{rSection}{...}` were skipped as names, and options
    wrapped over two lines after the title group were not skipped: each claim lost in silence."""
    resume = tmp_path / "cv.tex"
    resume.write_text(
        "\\documentclass{resume}\n\\begin{document}\n\\begin{rSection}{Experience}\n{\\bfseries Rebuilt the claims form}\n"
        "for 40 brokers and cut handling time by 20\\% in the first quarter.\n\\end{rSection}\n"
        "\\begin{rSection}{Projects}\n{\\em Successfully launched the broker app}\nused by 40,000 agents across Europe in six months.\n\\end{rSection}\n"
        "\\begin{rSection}{Work}[Remote,\n  part time]\nManaged the claims backlog for the checkout team and set the order with the CTO.\n\\end{rSection}\n"
        "\\end{document}\n",
        encoding="utf-8",
    )
    assert _claims(resume) == [
        "Rebuilt the claims form for 40 brokers and cut handling time by 20% in the first quarter.",
        "Successfully launched the broker app used by 40,000 agents across Europe in six months.",
        "Managed the claims backlog for the checkout team and set the order with the CTO.",
    ]


def test_html_dashes_wrapping_a_sentence_and_a_typed_list_after_a_lead_in(tmp_path):
    """ATK24, C15 and C14: a sentence wrapped at a pair of dashes round capitalised names ("– Allianz,
    AXA and Zurich –") was cut into three claims; a typed list of lower-case items after a lead-in
    line was glued into its lead-in."""
    page = tmp_path / "cv.html"
    page.write_text(
        "<html><body><h2>Experience</h2>\n<p>Managed the claims backlog for our three largest partners\n"
        "– Allianz, AXA and Zurich – and ran sprint planning for the smaller ones\n– Baloise and Helvetia – with the checkout team.</p>\n"
        "<p>Responsibilities at Acme Payments covered the checkout and refunds teams\n- managed the claims backlog for the checkout team\n"
        "- ran sprint planning and the daily standups for three squads</p></body></html>\n",
        encoding="utf-8",
    )
    assert _claims(page) == [
        "Managed the claims backlog for our three largest partners – Allianz, AXA and Zurich – and ran sprint planning for the smaller ones – Baloise and Helvetia – with the checkout team.",
        "Responsibilities at Acme Payments covered the checkout and refunds teams",
        "managed the claims backlog for the checkout team",
        "ran sprint planning and the daily standups for three squads",
    ]


def test_a_dated_sentence_with_no_stop_is_told(tmp_path):
    """ATK24, C19: "In 2017 I rebuilt the loan approval flow with the credit team and cut approval
    time by a third", with no final stop, was neither read nor told."""
    resume = tmp_path / "cv.txt"
    resume.write_text(
        "Experience\n\nAcme Corp, Platform Lead, 2019 - 2023\n"
        "In 2017 I rebuilt the claims approval flow with the credit team and cut approval time by a third\n"
        "Led the move of the claims platform to Kubernetes.\n",
        encoding="utf-8",
    )
    assert "Led the move of the claims platform to Kubernetes." in _claims(resume)
    assert _told(resume) == ["In 2017 I rebuilt the claims approval flow with the credit team and cut approval time by a third"]


def test_a_ceremony_cut_from_an_answered_pick_is_told(tmp_path):
    """ATK24, C25: with `--answers` and a filled pick, "Ran the sprint reviews." was cut with no
    note: the note was matched against the suggestion's text before its brackets were filled."""
    resume = tmp_path / "cv.md"
    resume.write_text("## Experience\n\n- Managed the product backlog for the HR team. Ran the sprint reviews.\n", encoding="utf-8")
    answers = tmp_path / "answers.toml"
    answers.write_text(
        '[[bullet]]\nline = 3\npick = 1\n[bullet.answers]\n"the option that won, over which other" = "self-serve onboarding over a custom HR export"\n'
        '"the customer or business reason" = "30% fewer support calls"\n"what it changed for users or the business, and by how much" = "onboarding fell from 5 days to 2"\n',
        encoding="utf-8",
    )
    result = runner.invoke(app, ["rewrite", "--no-cache", "--write", "--answers", str(answers), str(resume)])
    assert result.exit_code == 0, result.output
    assert "line 3: 'Ran the sprint reviews' is cut" in result.output, result.output


def test_a_group_never_closed_before_thousands_of_paragraphs_is_read_in_bounded_time(tmp_path):
    """The review of session 61: with a group opened and never closed above 20,000 paragraphs of a
    section (1.4 MB), each blank line counted the braces again from the group, and the one claim
    they made was cut into its sentences each from its first segment: minutes, where a file with
    the group closed took 11 s."""
    import time

    resume = tmp_path / "cv.tex"
    resume.write_text(
        "\\documentclass{resume}\n\\begin{document}\n\\begin{rSection}{Experience}\n{\\bfseries open group\n\n"
        + "".join(f"Managed the claims backlog for team {n} and ran its sprint planning.\n\n" for n in range(6000))
        + "\\end{rSection}\n\\end{document}\n",
        encoding="utf-8",
    )
    started = time.monotonic()
    result = runner.invoke(app, ["extract", "--format", "json", str(resume)])
    assert result.exit_code == 0, result.output
    assert time.monotonic() - started < 20
