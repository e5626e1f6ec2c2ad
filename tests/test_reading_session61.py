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
