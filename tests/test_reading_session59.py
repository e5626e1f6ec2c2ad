"""Cases of reading round SAF (session 59, on session 58's code; issue 11's reading part): each
failed on the code before its fix."""

from __future__ import annotations

from .test_reading_session58 import _extracted


def test_an_html_line_typed_with_a_bullet_glyph_is_an_item_with_its_wrapped_lines(tmp_path):
    """Round SAF, a PDF exported to HTML: each printed line a <div>, each claim opening with a
    "•" span, were all told "without a list mark" and the file read as empty; the lines a claim
    wraps onto are joined to it, and a line that starts a sentence of its own is not."""
    page = tmp_path / "resume.html"
    page.write_text(
        "<html><body><div>EXPERIENCE</div>\n"
        "<div><span>Claims Co, Product Owner</span></div>\n"
        "<div><span>• </span><span>Developed the claims upload flow to raise the share of claims filed</span></div>\n"
        "<div><span>online from 40% to 70% for the insurer's brokers.</span></div>\n"
        "<div><span>• </span><span>Led the pricing study of the quote engine.</span></div>\n"
        "<div><span>Quote Co, Analyst</span></div>\n"
        "<div>• Wrote the requirements of the broker portal</div>\n"
        "</body></html>\n",
        encoding="utf-8",
    )
    read = [b["text"] for b in _extracted(page)["bullets"]]
    assert read == [
        "Developed the claims upload flow to raise the share of claims filed online from 40% to 70% for the insurer's brokers.",
        "Led the pricing study of the quote engine.",
        "Wrote the requirements of the broker portal",
    ], read


def test_an_asciidoc_lists_nested_items_are_read_or_told(tmp_path):
    """Round SAF, a text file written in AsciiDoc: the "**" items under "* Coding features,
    including:" were neither read nor told (14 of 21 lost in silence)."""
    resume = tmp_path / "resume.txt"
    resume.write_text(
        "Experience\n==========\n\nClaims Co - Frontend Engineer, 2019 - 2023\n\n"
        "* Built the claims upload flow for the insurer's brokers\n"
        "* Coding features, including:\n"
        "** pull to refresh\n** geolocation\n** instant chats and notifications with WebSockets\n",
        encoding="utf-8",
    )
    report = _extracted(resume)
    read = {b["text"] for b in report["bullets"]}
    told = {s["text"] for s in report["skipped"]}
    for item in ("pull to refresh", "geolocation", "instant chats and notifications with WebSockets"):
        assert item in read | told, (item, read, told)
    assert "Built the claims upload flow for the insurer's brokers" in read


def test_a_portfolio_heading_that_names_skills_is_no_skills_section(tmp_path):
    """Round SAF: "PORTFOLIO FOR STATISTICAL SKILLS" under Relevant Experience was read as a
    skills section, and the projects under it were not read; a skills heading still is one."""
    resume = tmp_path / "resume.txt"
    resume.write_text(
        "RELEVANT EXPERIENCE\n\n"
        "PORTFOLIO FOR STATISTICAL SKILLS\n"
        "- Built a regression model that predicts claim losses for the insurer\n"
        "- Led a team of four forecasting claim volumes with ARIMA\n\n"
        "TECHNICAL SKILLS\n"
        "- Built dashboards in Tableau\n",
        encoding="utf-8",
    )
    report = _extracted(resume)
    read = [b["text"] for b in report["bullets"]]
    assert read == [
        "Built a regression model that predicts claim losses for the insurer",
        "Led a team of four forecasting claim volumes with ARIMA",
    ], read


def test_a_role_row_before_a_macros_sentence_is_not_read_into_the_claim(tmp_path):
    r"""Round SAF, a class of the person's own: `\CVItem{Boots (2019)}{\textbf{Customer Advisor} \\
    As a part of Boots, I worked ...}` was read as "Customer Advisor As a part of Boots, ...";
    a sentence in the field with no role row above it is read whole, as before."""
    resume = tmp_path / "cv.tex"
    resume.write_text(
        "\\documentclass{CVformat}\n\\begin{document}\n\\CVHeading{Experience}\n\n"
        "\\CVItem{Claims Co (April 2020 - May 2020)}{\\textbf{Administrative Assistant}\\\\\n"
        "I managed the post for the claims team, ensuring letters were identified and assigned.}\n\n"
        "\\CVItem{Quote Co (2019)}{As a part of Quote Co, I worked in the store to deal with customer needs and stock.}\n"
        "\\end{document}\n",
        encoding="utf-8",
    )
    read = [b["text"] for b in _extracted(resume)["bullets"]]
    assert read == [
        "I managed the post for the claims team, ensuring letters were identified and assigned.",
        "As a part of Quote Co, I worked in the store to deal with customer needs and stock.",
    ], read
