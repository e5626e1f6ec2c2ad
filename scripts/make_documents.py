"""Make the Word and PDF fixtures for po2pm-rewrite's .docx and .pdf readers.

Run from the repository root:  python scripts/make_documents.py

It writes
- examples/resumes/<stem>.docx and examples/resumes/<stem>.pdf for every sample resume there: the
  same resume as a person would have typed it in Word (name, contact lines, section headings,
  job lines and every bullet, with each bullet's text exactly as po2pm extract reads the original);
- tests/data/documents/two-column.pdf: scrum-heavy-po laid out in two columns on one page;
- tests/data/documents/scanned.pdf: one resume page as an image only, with no text layer;
- tests/data/documents/README.md: what those two files are.

It needs python-docx and fpdf2 (Pillow comes with fpdf2). They are dev-only tools for making
these files, not runtime dependencies of po2pm-rewrite.

The outlines below are written by hand rather than parsed from six source formats; each bullet's
text is copied from `po2pm extract --format json` on the original file.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from docx import Document
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Mm, Pt
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
RESUMES = ROOT / "examples" / "resumes"
DOCUMENTS = ROOT / "tests" / "data" / "documents"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONT = FONT_DIR / "DejaVuSans.ttf"
FONT_BOLD = FONT_DIR / "DejaVuSans-Bold.ttf"
# One fixed timestamp so that running the script twice gives the same bytes.
FIXED_DATE = datetime(2024, 1, 1, tzinfo=timezone.utc)
FIXED_ZIP_TIME = (2024, 1, 1, 0, 0, 0)


# ---------------------------------------------------------------------------------------------
# The outline of a resume
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bullet:
    text: str
    level: int = 0  # 1 = nested under the bullet before it
    bold: str = ""  # a part of the text set in bold, mid-sentence, as people do with numbers


@dataclass(frozen=True)
class Para:
    """A plain line: a summary, or a skills/languages line ("label: text")."""

    text: str
    label: str = ""

    def line(self) -> str:
        return f"{self.label}: {self.text}" if self.label else self.text


@dataclass(frozen=True)
class Job:
    title: str  # job title and employer; empty for a dated item without a title
    dates: str = ""
    where: str = ""  # employer or place on a line of its own, when the source has one
    bullets: tuple[Bullet, ...] = ()
    numbered: bool = False  # a numbered list in the source (Word "List Number")


@dataclass(frozen=True)
class Section:
    heading: str
    items: tuple[Job | Para | Bullet, ...]
    table: bool = False  # Word layout: dates in a left cell, the job and its bullets on the right


@dataclass(frozen=True)
class Resume:
    stem: str
    name: str
    contact: tuple[str, ...]
    sections: tuple[Section, ...]
    glyph_bullets: bool = False  # Word: "• text" typed in Normal paragraphs instead of a list style
    dates_beside_title: bool = False  # "title<TAB>dates" on one line, as in the plain-text source


def bullets(*texts: str) -> tuple[Bullet, ...]:
    return tuple(Bullet(text) for text in texts)


RESUME_OUTLINES: tuple[Resume, ...] = (
    Resume(
        stem="awesome-cv",
        name="Tomasz Wróbel",
        contact=(),
        sections=(
            Section("Experience", (
                Job("Product Owner, Nordlys Energy", "Mar. 2020 - Present", "Oslo, Norway", bullets(
                    "Responsible for the backlog of the customer billing portal",
                    "Ran usability tests with 12 households and simplified the meter-reading flow, "
                    "halving support calls about estimated bills",
                    "Planned the releases of the billing portal with the operations team – every two weeks",
                )),
            )),
            Section("Skills", (Para("Jira, Confluence, Figma", label="Tools"),)),
        ),
    ),
    Resume(
        stem="backlog-heavy-po",
        name="Dana Whitfield",
        contact=("dana.whitfield@example.com · +44 7700 900123 · Leeds, UK",),
        sections=(
            Section("Summary", (Para("Certified Product Owner with six years in financial services delivery teams."),)),
            Section("Experience", (
                Job("Product Owner, Northgate Building Society", "March 2021 – present", bullets=(
                    Bullet("Managed the product backlog for the mortgage applications team"),
                    Bullet("Facilitated sprint planning, daily stand-ups and retrospectives for a team of "
                           "nine engineers and two testers"),
                    Bullet("Wrote user stories and acceptance criteria in Jira for every new feature request "
                           "from the business"),
                    Bullet("Worked closely with the architects on the migration to the new core banking platform"),
                    Bullet("Increased team velocity by 20% over three quarters", bold="20%"),
                )),
                Job("Junior Product Owner, Calder Insurance", "2018 – 2021", bullets=(
                    Bullet("Responsible for backlog refinement and release notes"),
                    Bullet("Participated in PI planning with the wider release train"),
                    Bullet("Reduced support calls about renewals by 30% after rewriting the renewal letters "
                           "with input from twelve customers"),
                    Bullet("Tested three letter versions with customers before choosing one", level=1),
                )),
            )),
            Section("Education", (Bullet("BSc Business Management, University of Leeds, 2017"),)),
        ),
    ),
    Resume(
        stem="jakes-resume",
        name="Priya Natarajan",
        contact=("priya@example.com | Pune, India",),
        sections=(
            Section("Experience", (
                Job("Senior Product Owner", "Jan 2021 – Present", "Lakeshore Payments, Remote", (
                    # \textbf{product backlog} in the source: a bold run mid-sentence.
                    Bullet("Managed the product backlog for the merchant onboarding squad", bold="product backlog"),
                    Bullet("Cut onboarding drop-off by 22% after interviewing 18 small merchants about the "
                           "KYC step and removing two document uploads"),
                    Bullet("Facilitated sprint planning and retrospectives for 2 teams"),
                )),
                Job("Product Owner", "Jun 2018 – Dec 2020", "Tandem Insurance, Pune", bullets(
                    "Worked closely with QA & developers on ticket clean-up before each sprint",
                    "Chose to retire the fax claims channel after usage fell under 1%, saving $40k a year",
                )),
            )),
        ),
    ),
    Resume(
        stem="moderncv",
        name="Lucía Ferrer",
        contact=(),
        sections=(
            # moderncv's classic style puts dates in a left column: the Word file does it with a table.
            Section("Experience", (
                Job("Product Owner", "2021–2024", "Viaje Rail, Madrid", bullets(
                    "Participated in PI planning with the release train",
                    "Defined the success metric for the new seat-booking flow and reviewed adoption "
                    "30 days after launch",
                )),
                Job("", "2019", bullets=bullets("Wrote the user stories with station staff for the new booking app")),
                Para("Spanish, English", label="Languages"),
            ), table=True),
        ),
    ),
    Resume(
        stem="pm-ready-po",
        name="Jonas Ekberg - Product Owner, Marketplace Growth",
        contact=(),
        sections=(
            Section("Experience", (
                Bullet("Own the seller onboarding journey for a marketplace of 18,000 sellers"),
                Bullet("Lifted first-listing conversion from 41% to 58% by removing the tax form from the "
                       "first step, after watching 20 sellers set up their shops", bold="41% to 58%"),
                Bullet("Deprioritised the bulk-upload tool when interviews showed small sellers listed fewer "
                       "than ten items, and explained the call to the sales team"),
                Bullet("Defined the activation metric the growth team reports on each month"),
                Bullet("Pitched a seller-fees experiment to the leadership team that lowered churn among new "
                       "sellers by 9%"),
            )),
        ),
    ),
    Resume(
        stem="rendercv",
        name="Jonas Berg",
        contact=("Stockholm, Sweden",),
        sections=(
            Section("Experience", (
                Job("Product Owner, Kvarn Analytics", "Apr 2021 – present", bullets=bullets(
                    "Managed the backlog and release schedule for three apps",
                    "Raised trial-to-paid conversion from 9% to 13% by testing two onboarding flows with new users",
                    "Defined the dashboard requirements with business users for the data team's reporting app",
                    "Wrote user stories for the reporting module",
                )),
            )),
            Section("Projects", (Job("Side project", bullets=bullets("Contributed to an open-source Scrum board")),)),
            Section("Summary Bullets", bullets("Attended daily standups and sprint reviews for the mobile team")),
        ),
    ),
    Resume(
        stem="resume",
        name="Amara Okafor",
        contact=("Product Owner",),
        sections=(
            Section("Summary", (Para("Product Owner with seven years in logistics software."),)),
            Section("Work", (
                # po2pm reads the job's summary as a bullet, so it is one here too.
                Job("Product Owner, Harbour Freight Systems", "Feb 2020 – present", bullets=bullets(
                    "Owned the customer portal for freight forwarders.",
                    "Groomed the backlog every week with the dev team",
                    "Interviewed 25 forwarders and found that \"shipment ETA\" was the first thing they "
                    "checked, which became the portal's home page",
                    "Tracked velocity and reported sprint progress to the steering committee",
                )),
            )),
            Section("Volunteer", (Job("Code Club", bullets=bullets(
                "Helped volunteers plan the spring term – twelve sessions",
            )),)),
            Section("Projects", (Job("Rate calculator", bullets=bullets(
                "Launched a self-serve rate calculator that brought in 140 new paying shippers in a quarter",
            )),)),
        ),
    ),
    Resume(
        stem="scrum-heavy-po",
        name="MARTA KOWALSKI",
        contact=("Product Owner | Scrum | SAFe", "Warsaw, Poland   marta.k@example.org"),
        sections=(
            Section("PROFESSIONAL EXPERIENCE", (
                Job("Senior Product Owner - Vistula Retail Group", "2020 - 2024", bullets=bullets(
                    "Owned the backlog for two scrum teams working on the loyalty app",
                    "Organised backlog refinement sessions and estimation poker every week",
                    "Liaised between marketing stakeholders and the development teams to clarify requirements "
                    "for campaign features",
                    "Delivered 22 releases on time and within budget",
                    "Involved in the redesign of the store locator",
                    "Tracked velocity and burndown charts, reporting progress to the delivery manager each sprint",
                )),
                Job("Product Owner - Baltic Payments", "2017 - 2020", bullets=bullets(
                    "Duties included writing user stories, accepting completed work and preparing sprint review demos",
                    "Helped the team adopt Jira and Confluence",
                    "Cut failed card payments by 12% by choosing a second payment provider for high-risk regions",
                )),
            )),
            Section("SKILLS", bullets("Scrum, SAFe, Jira, Confluence, Miro")),
        ),
        glyph_bullets=True,  # the source's "•" lines, pasted into Word as they are
        dates_beside_title=True,
    ),
    Resume(
        stem="startup-po-to-pm",
        name="Ravi Menon",
        contact=("ravi@menon.dev | linkedin.com/in/ravimenon",),
        sections=(
            Section("Experience", (
                Job("Product Owner → acting Product Manager, Tidewell (Series A, 40 people), 2022–2025",
                    numbered=True,
                    bullets=bullets(
                        "Interviewed 35 clinic managers about missed appointments and made reminder timing the "
                        "first theme of the roadmap",
                        "Chose to drop the desktop app after usage data showed under 5% of sessions, freeing two "
                        "engineers for the mobile booking flow",
                        "Grew weekly active clinics from 120 to 410 by focusing onboarding on the first booking "
                        "instead of full setup",
                        "Set the pricing for the first paid tier with finance, reaching $38k MRR in six months",
                        "Ran sprint planning and backlog grooming for the core team",
                    )),
                Job("Product Owner, Brightline Logistics, 2019–2022", bullets=bullets(
                    "Worked on the driver app",
                    "Defined success metrics for each release and reviewed adoption 30 days later",
                    "Presented the quarterly product review to the leadership team",
                )),
            )),
        ),
    ),
)


def resume_by_stem(stem: str) -> Resume:
    return next(resume for resume in RESUME_OUTLINES if resume.stem == stem)


def all_bullets(resume: Resume) -> list[Bullet]:
    """Every bullet of a resume in reading order (skills and education items included)."""
    found: list[Bullet] = []
    for section in resume.sections:
        for item in section.items:
            if isinstance(item, Bullet):
                found.append(item)
            elif isinstance(item, Job):
                found.extend(item.bullets)
    return found


# ---------------------------------------------------------------------------------------------
# Word
# ---------------------------------------------------------------------------------------------


def add_text_runs(paragraph, text: str, bold: str = "") -> None:
    """Add text as runs, with the `bold` part (if any) in a bold run of its own."""
    if bold and bold in text:
        before, after = text.split(bold, 1)
        paragraph.add_run(before)
        paragraph.add_run(bold).bold = True
        paragraph.add_run(after)
    else:
        paragraph.add_run(text)


def add_docx_bullet(container, bullet: Bullet, glyphs: bool, numbered: bool) -> None:
    """One bullet: a real Word list paragraph, or a Normal paragraph starting with a typed glyph."""
    if glyphs:
        paragraph = container.add_paragraph(style="Normal")
        paragraph.paragraph_format.left_indent = Mm(5 + 5 * bullet.level)
        add_text_runs(paragraph, "• " + bullet.text, bullet.bold)
        return
    style = "List Number" if numbered else "List Bullet"
    if bullet.level:
        style += f" {bullet.level + 1}"  # "List Bullet 2": the nested level
    add_text_runs(container.add_paragraph(style=style), bullet.text, bullet.bold)


def add_docx_job(container, job: Job, resume: Resume, in_table: bool = False) -> None:
    if job.title:
        style = "Normal" if in_table else "Heading 2"
        title = container.add_paragraph(style=style)
        title_run = title.add_run(job.title)
        title_run.bold = True
        if resume.dates_beside_title and job.dates:
            # A right tab stop at the text edge puts the dates on the right, as typed in Word.
            title.paragraph_format.tab_stops.add_tab_stop(Mm(160), WD_TAB_ALIGNMENT.RIGHT)
            title.add_run("\t" + job.dates)
    if job.where:
        container.add_paragraph(job.where, style="Normal")
    if job.dates and not resume.dates_beside_title and not in_table:
        container.add_paragraph(style="Normal").add_run(job.dates).italic = True
    for bullet in job.bullets:
        add_docx_bullet(container, bullet, resume.glyph_bullets, job.numbered)


def add_docx_table_section(document, section: Section, resume: Resume) -> None:
    """Dates (or a label) in the left cell, the job with its bullets in the right cell."""
    table = document.add_table(rows=0, cols=2)
    for item in section.items:
        row = table.add_row()
        left, right = row.cells
        left.width, right.width = Mm(30), Mm(130)
        right_first = right.paragraphs[0]  # a new cell holds one empty paragraph: use it
        if isinstance(item, Job):
            left.paragraphs[0].text = item.dates
            right._element.remove(right_first._element)
            add_docx_job(right, item, resume, in_table=True)
        elif isinstance(item, Para):
            left.paragraphs[0].text = item.label
            right_first.text = item.text
        else:
            right._element.remove(right_first._element)
            add_docx_bullet(right, item, resume.glyph_bullets, numbered=False)


def fix_core_properties(document) -> None:
    properties = document.core_properties
    properties.author = "po2pm-rewrite"
    properties.last_modified_by = "po2pm-rewrite"
    properties.created = FIXED_DATE.replace(tzinfo=None)
    properties.modified = FIXED_DATE.replace(tzinfo=None)
    properties.last_printed = FIXED_DATE.replace(tzinfo=None)
    properties.revision = 1


def save_docx_reproducibly(document, path: Path) -> None:
    """python-docx stamps each zip entry with the current time; rewrite them with a fixed one."""
    buffer = io.BytesIO()
    document.save(buffer)
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            fixed = zipfile.ZipInfo(entry.filename, date_time=FIXED_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, source.read(entry.filename))


def write_docx(resume: Resume, path: Path) -> None:
    document = Document()
    document.styles["Normal"].font.size = Pt(10.5)
    document.add_paragraph(resume.name, style="Title")
    for line in resume.contact:
        document.add_paragraph(line, style="Normal")
    for section in resume.sections:
        document.add_paragraph(section.heading, style="Heading 1")
        if section.table:
            add_docx_table_section(document, section, resume)
            continue
        for item in section.items:
            if isinstance(item, Job):
                add_docx_job(document, item, resume)
            elif isinstance(item, Para):
                document.add_paragraph(item.line(), style="Normal")
            else:
                add_docx_bullet(document, item, resume.glyph_bullets, numbered=False)
    fix_core_properties(document)
    save_docx_reproducibly(document, path)


# ---------------------------------------------------------------------------------------------
# PDF
# ---------------------------------------------------------------------------------------------

BODY_PT = 10.5
LINE_MM = 5.0
BULLET_INDENT_MM = 4.0  # where the "•" sits, from the left margin
NESTED_INDENT_MM = 6.0  # extra indent per nesting level
GLYPH_GAP_MM = 4.5  # from the glyph to the text: the hanging indent
BULLET_TEXT_MM = 125.0  # narrower than the page so that long bullets wrap onto 2+ lines
# multi_cell justifies by default; resumes are set ragged-right, so every call says align="L".


def new_pdf() -> FPDF:
    pdf = FPDF(orientation="P", unit="mm", format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_author("po2pm-rewrite")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=18)
    # A Unicode TTF font, so "•", "–" and "→" are real characters in the text layer.
    pdf.add_font("DejaVu", "", str(FONT))
    pdf.add_font("DejaVu", "B", str(FONT_BOLD))
    pdf.set_font("DejaVu", "", BODY_PT)
    return pdf


def pdf_line(pdf: FPDF, text: str, size: float = BODY_PT, bold: bool = False, x: float | None = None,
             width: float = 0) -> None:
    """A line of text starting at x (the left margin by default); wraps if wider than the page."""
    pdf.set_font("DejaVu", "B" if bold else "", size)
    pdf.set_x(pdf.l_margin if x is None else x)
    pdf.multi_cell(width, size * 0.5, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("DejaVu", "", BODY_PT)


def pdf_left_right(pdf: FPDF, left: str, right: str, bold: bool = True) -> None:
    """A title on the left and its dates on the right of the same line."""
    y = pdf.get_y()
    pdf.set_font("DejaVu", "B" if bold else "", BODY_PT)
    pdf.cell(0, LINE_MM, left)
    pdf.set_font("DejaVu", "", BODY_PT)
    pdf.set_xy(pdf.l_margin, y)
    pdf.cell(0, LINE_MM, right, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def pdf_bullet(pdf: FPDF, bullet: Bullet, left: float | None = None, text_width: float = BULLET_TEXT_MM) -> None:
    """A "•" at the bullet indent, then the text in a cell whose wrapped lines start under the
    text, not under the glyph (a hanging indent)."""
    left = pdf.l_margin if left is None else left
    glyph_x = left + BULLET_INDENT_MM + NESTED_INDENT_MM * bullet.level
    if pdf.will_page_break(LINE_MM):
        pdf.add_page()
    y = pdf.get_y()
    pdf.set_xy(glyph_x, y)
    pdf.cell(GLYPH_GAP_MM, LINE_MM, "•")
    pdf.set_xy(glyph_x + GLYPH_GAP_MM, y)
    text = bullet.text
    if bullet.bold:
        # fpdf2's markdown mode draws the **part** in the bold font, inside the same wrapped cell.
        text = text.replace(bullet.bold, f"**{bullet.bold}**", 1)
    pdf.multi_cell(text_width - NESTED_INDENT_MM * bullet.level, LINE_MM, text, markdown=bool(bullet.bold),
                   align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_x(pdf.l_margin)


def pdf_heading(pdf: FPDF, text: str) -> None:
    pdf.ln(2.5)
    pdf_line(pdf, text, size=13, bold=True)
    pdf.ln(1.5)


def pdf_job(pdf: FPDF, job: Job, resume: Resume) -> None:
    pdf.ln(1)
    if job.title and resume.dates_beside_title and job.dates:
        pdf_left_right(pdf, job.title, job.dates)
    elif job.title:
        pdf_line(pdf, job.title, bold=True)
    if job.where:
        pdf_line(pdf, job.where)
    if job.dates and not resume.dates_beside_title:
        pdf_line(pdf, job.dates)
    for bullet in job.bullets:
        pdf_bullet(pdf, bullet)


def write_pdf(resume: Resume, path: Path) -> None:
    pdf = new_pdf()
    pdf.set_title(resume.name)
    pdf.add_page()
    pdf_line(pdf, resume.name, size=18, bold=True)
    pdf.ln(1.5)
    for line in resume.contact:
        pdf_line(pdf, line)
    for section in resume.sections:
        pdf_heading(pdf, section.heading)
        for item in section.items:
            if isinstance(item, Job):
                pdf_job(pdf, item, resume)
            elif isinstance(item, Para):
                pdf_line(pdf, item.line())
            else:
                pdf_bullet(pdf, item)
    pdf.output(str(path))


def write_two_column_pdf(resume: Resume, path: Path) -> None:
    """Contact and skills in a narrow left column, experience in a wide right column, so that
    lines at the same height sit side by side."""
    pdf = new_pdf()
    pdf.set_title(resume.name + " (two columns)")
    pdf.set_auto_page_break(False)  # one page: both columns must stay on it
    pdf.add_page()
    left_x, left_w = 15.0, 52.0
    right_x, right_w = 75.0, 120.0
    top = 18.0

    # Left column: name, contact lines, then the listing sections (skills).
    pdf.set_xy(left_x, top)
    pdf.set_font("DejaVu", "B", 14)
    pdf.multi_cell(left_w, 6.5, resume.name, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_font("DejaVu", "", 9.5)
    pdf.ln(1)
    for line in resume.contact:
        pdf.set_x(left_x)
        pdf.multi_cell(left_w, 4.5, " ".join(line.split()), align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
    experience, *others = resume.sections
    for section in others:
        pdf.ln(4)
        pdf.set_x(left_x)
        pdf.set_font("DejaVu", "B", 11)
        pdf.cell(left_w, 5.5, section.heading, new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.set_font("DejaVu", "", 9.5)
        for item in section.items:
            text = item.text if isinstance(item, Bullet) else item.line()
            pdf.set_x(left_x)
            pdf.multi_cell(left_w, 4.5, text, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)

    # Right column: the experience section with wrapped, bulleted bullets.
    pdf.set_xy(right_x, top)
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(right_w, 6.5, experience.heading, new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_font("DejaVu", "", 10)
    for job in experience.items:
        pdf.ln(2)
        y = pdf.get_y()
        pdf.set_xy(right_x, y)
        pdf.set_font("DejaVu", "B", 10)
        pdf.cell(right_w - 22, LINE_MM, job.title)
        pdf.set_font("DejaVu", "", 10)
        pdf.set_xy(right_x, y)
        pdf.cell(right_w, LINE_MM, job.dates, align="R", new_x=XPos.LEFT, new_y=YPos.NEXT)
        for bullet in job.bullets:
            pdf_bullet(pdf, bullet, left=right_x - BULLET_INDENT_MM,
                       text_width=right_w - GLYPH_GAP_MM)
            pdf.set_x(right_x)
    pdf.output(str(path))


# ---------------------------------------------------------------------------------------------
# Scanned PDF: an image of a page, no text layer
# ---------------------------------------------------------------------------------------------

SCAN_DPI = 150
A4_MM = (210, 297)


def mm_to_px(mm: float) -> int:
    return round(mm / 25.4 * SCAN_DPI)


def wrap_for_image(text: str, font: ImageFont.FreeTypeFont, width_px: int) -> list[str]:
    lines, current = [], ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if current and font.getlength(candidate) > width_px:
            lines.append(current)
            current = word
        else:
            current = candidate
    return lines + [current] if current else lines


def render_page_image(resume: Resume) -> Image.Image:
    """Draw the resume's text as a grayscale page image, as a scanner would give it."""
    page = Image.new("L", (mm_to_px(A4_MM[0]), mm_to_px(A4_MM[1])), color=255)
    draw = ImageDraw.Draw(page)
    body = ImageFont.truetype(str(FONT), 22)  # ~10.5 pt at 150 dpi
    bold = ImageFont.truetype(str(FONT_BOLD), 22)
    heading = ImageFont.truetype(str(FONT_BOLD), 28)
    title = ImageFont.truetype(str(FONT_BOLD), 36)
    left, y, line_px = mm_to_px(20), mm_to_px(20), 32
    draw.text((left, y), resume.name, font=title, fill=0)
    y += 56
    for line in resume.contact:
        draw.text((left, y), line, font=body, fill=0)
        y += line_px
    for section in resume.sections:
        y += 16
        draw.text((left, y), section.heading, font=heading, fill=0)
        y += 44
        for item in section.items:
            if isinstance(item, Job):
                for line in (item.title, item.where, item.dates):
                    if line:
                        draw.text((left, y), line, font=bold if line == item.title else body, fill=0)
                        y += line_px
                entries = list(item.bullets)
            else:
                entries = [item]
            for entry in entries:
                text = entry.text if isinstance(entry, Bullet) else entry.line()
                glyph_x, text_x = left + mm_to_px(4), left + mm_to_px(8.5)
                draw.text((glyph_x, y), "•", font=body, fill=0)
                for line in wrap_for_image(text, body, mm_to_px(125)):
                    draw.text((text_x, y), line, font=body, fill=0)
                    y += line_px
    return page


def write_scanned_pdf(resume: Resume, path: Path) -> None:
    pdf = FPDF(orientation="P", unit="mm", format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(resume.name + " (scanned)")
    pdf.add_page()
    pdf.image(render_page_image(resume), x=0, y=0, w=A4_MM[0], h=A4_MM[1])
    pdf.output(str(path))


# ---------------------------------------------------------------------------------------------

DOCUMENTS_README = """\
# Document fixtures, made by `python scripts/make_documents.py` (with python-docx and fpdf2)
- `two-column.pdf`: scrum-heavy-po.txt on one page in two columns (contact, skills left; experience right).
- `scanned.pdf`: pm-ready-po.txt drawn into an image that fills the page; the PDF has no text layer.
"""


def main() -> None:
    DOCUMENTS.mkdir(parents=True, exist_ok=True)
    for resume in RESUME_OUTLINES:
        write_docx(resume, RESUMES / f"{resume.stem}.docx")
        write_pdf(resume, RESUMES / f"{resume.stem}.pdf")
    write_two_column_pdf(resume_by_stem("scrum-heavy-po"), DOCUMENTS / "two-column.pdf")
    write_scanned_pdf(resume_by_stem("pm-ready-po"), DOCUMENTS / "scanned.pdf")
    (DOCUMENTS / "README.md").write_text(DOCUMENTS_README, encoding="utf-8")
    print(f"wrote {2 * len(RESUME_OUTLINES)} files in {RESUMES.relative_to(ROOT)}"
          f" and 3 in {DOCUMENTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
