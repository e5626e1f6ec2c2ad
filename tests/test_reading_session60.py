"""Reading round SAG (session 60) and the attack round's regression in text files: each case
failed on the code before its fix."""

from __future__ import annotations

from .test_attacks_session58 import _claims
from .test_reading_session58 import _extracted


def test_a_heading_set_between_stars_opens_its_section(tmp_path):
    """ATK21, C28: "*** EXPERIENCE ***" was read as a list item (session 59 made "***" a list mark
    for AsciiDoc), so Experience never opened and its claims were told as under another heading."""
    resume = tmp_path / "cv.txt"
    resume.write_text(
        "*** EXPERIENCE ***\n\nAcme Corp - Product Owner (2019 - 2021)\n"
        "Cut claim handling time 20% by ranking the backlog by adjuster wait.\n"
        "Launched the broker mobile app to 12,000 brokers in four months.\n\n*** EDUCATION ***\nBSc Computing, Leeds\n",
        encoding="utf-8",
    )
    assert _claims(resume) == ["Cut claim handling time 20% by ranking the backlog by adjuster wait.", "Launched the broker mobile app to 12,000 brokers in four months."]
    listed = tmp_path / "list.txt"
    listed.write_text("EXPERIENCE\n\n*** Cut claim handling time 20% by ranking the backlog by adjuster wait.\n*** Launched the broker mobile app to 12,000 brokers.\n", encoding="utf-8")
    assert len(_claims(listed)) == 2


def test_the_employer_describing_itself_as_we_is_no_claim(tmp_path):
    """Round SAG: JSON Resume job summaries copied from the employer's page ("We offer reliable web
    data extraction ...", "We accelerate digital transformation of ...") were read as claims."""
    resume = tmp_path / "resume.json"
    resume.write_text(
        '{"work": [{"name": "Acme", "summary": "We offer claims software and data services to forty insurers across Europe.",\n'
        '  "highlights": ["Cut claim handling time 20% by ranking the backlog by adjuster wait"]},\n'
        ' {"name": "Northwind", "summary": "We accelerate the claims work of forty insurers across Europe and the US.",\n'
        '  "highlights": ["Launched the broker mobile app to 12,000 brokers in four months"]}]}\n',
        encoding="utf-8",
    )
    claims = _claims(resume)
    assert "We offer claims software and data services to forty insurers across Europe." not in claims
    assert "We accelerate the claims work of forty insurers across Europe and the US." not in claims
    assert claims == ["Cut claim handling time 20% by ranking the backlog by adjuster wait", "Launched the broker mobile app to 12,000 brokers in four months"]


def test_a_project_description_whose_second_sentence_is_the_persons_act_is_read(tmp_path):
    """Round SAG: "Python data validation library (28k+ stars). Contributed 8 PRs from 2019 to
    2020." under projects[].description was told whole as a description of a product."""
    resume = tmp_path / "resume.yaml"
    resume.write_text(
        "work:\n  - name: Acme\n    highlights:\n      - Cut claim handling time 20% by ranking the backlog by adjuster wait\n"
        "projects:\n  - name: validator\n    description: Python data validation library (28k+ stars). Contributed 8 pull requests from 2019 to 2020.\n"
        "  - name: mount\n    description: Astrophotography mount using high precision stepper motors and a Raspberry Pi.\n",
        encoding="utf-8",
    )
    assert any("Contributed 8 pull requests from 2019 to 2020." in claim for claim in _claims(resume))
    assert "Astrophotography mount using high precision stepper motors and a Raspberry Pi." in [b["text"] for b in _extracted(resume)["skipped"]]
