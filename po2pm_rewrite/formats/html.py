"""HTML resumes (`.html`, `.htm`): list items, and paragraphs under an experience heading.

Read with the standard library's HTML parser, which reports where each piece of text starts;
entities (`&amp;`, `&#8217;`) are decoded and map to where they stand. `<style>`, `<script>`,
`<nav>`, `<head>`, `<template>`, `<noscript>`, `<textarea>`, `<title>` and `<xmp>` are never
read (a form's text is no claim: fifth round of attacks, A48). Headings (`h1`-`h6`) open
sections as in every other format: items under Skills, Education and the like are not bullets;
`<p>` paragraphs count only under an experience or projects heading, or in an `<article>` card
when they open with a past act (a portfolio's work page). Nested lists give one
bullet per item. Hand-written pages without lists are read too: a `<p>` or a line of loose text
(`<div class="title">Work Experience</div>`) that holds only a known section title opens that
section, and under an experience heading a line of text
outside any element that holds text, ended by `<br>` or a block, is a bullet when it reads as a
sentence.
"""

from __future__ import annotations

import re
from copy import deepcopy
from dataclasses import replace
from html import unescape
from html.parser import HTMLParser

from ..extract import (
    DATE_RANGE,
    DATES_ONLY,
    SectionTracker,
    is_bare_achievement,
    is_known_section,
    is_known_title,
    reads_as_prose,
    section_title,
    stops_mid_sentence,
)
from ..model import QUOTED, UNREAD_SECTION, Bullet, line_starts
from ..word_lists import JOB_TITLE_NOUNS, JOB_TITLE_WORDS, can_be_verb, is_leading_adverb, is_past_act
from . import section_id_title
from .mapped import MappedText

_SKIPPED = {"style", "script", "nav", "head", "template", "noscript", "svg", "button", "select", "footer", "textarea", "title", "xmp", "iframe", "object"}
# and the h7-h9 some hand-written pages use, which browsers show as text (set AR: "<h8>KEY
# EXPERIENCE</h8>", "<h8>PROFESSIONAL TRAINING</h8>" unread, 8 courses and 4 tool lines read as claims)
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6", "h7", "h8", "h9"}
_BLOCKS = {"li", "p"}
_VOID = {"br", "img", "hr", "input", "meta", "link", "wbr", "source", "area", "col", "base", "embed", "param", "track"}
# Elements that end a line of loose text (text outside any li, p or heading).
_BREAKS = {"div", "section", "article", "main", "ul", "ol", "table", "tr", "td", "th", "dl", "dt", "dd", "blockquote", "header", "aside"}
_LABEL = re.compile(r"^[A-Z][a-z]{2,15}:\s+")  # "Details: Tasked with ...": the label is not the claim's first word


def extract_html(text: str) -> list[Bullet]:
    reader = _Reader(text)
    reader.feed(text)
    reader.close()
    # Nested items close before the item around them: give the bullets back in reading order.
    return sorted(reader.bullets, key=lambda b: (b.start.line, b.start.column))


# <p class="section-subtitle">Building exceptional products across diverse industries</p>: the line a
# page sets under a section's heading (set U: two read as claims once the section was known).
# What <head> holds; any other element opens the body.
_HEAD_CONTENT = {"head", "meta", "link", "title", "style", "script", "base", "noscript", "template"} | _VOID
_STRAPLINE = re.compile(r"(?:^|[\s_-])(?:subtitle|sub-title|tagline|strapline)(?:$|[\s_-])", re.IGNORECASE)


# A section's title and a short aside after a dash or bar: "Experience — 15.2 years total".
_TITLE_AND_ASIDE = re.compile(r"^\s*([^—–|\-]{2,40}?)\s+[—–|-]\s+[^—–|]{1,40}$")


# "Software Development Coach at LeanDog": a role and its employer, whatever the role's word.
_ROLE_AT_EMPLOYER = re.compile(r"^\s*[A-Z][^.!?:]{1,80}?\s+at\s+[A-Z0-9]")


def _names_a_job(text: str) -> bool:
    """A definition list's term that names a job ("<dt>Software Development Coach at
    LeanDog</dt>", its paragraphs in the <dd> after it): no claim; with no Experience heading
    above it, it opens one, and the paragraphs are its claims (set RD: a coach's page of 20
    engagements, some 70 claims, read as none and told only of its three navigation items)."""
    return 0 < len(text.split()) <= 12 and (JOB_TITLE_WORDS.search(text) is not None or _ROLE_AT_EMPLOYER.match(text) is not None)


_DISPLAY_NONE = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b", re.IGNORECASE)


def _quotes_own_act(text: str) -> bool:
    """A <blockquote> is most often someone else's words (set RD's testimonials, "Stephan is an
    outstanding technologist and coach", were read as claims), but a page may set the person's own
    highlight in one: "<blockquote><p><strong>Key Achievement:</strong> Successfully developed new
    product designs ...</p></blockquote>" after each job's list (round SN: five dropped in silence).
    Read only where it opens, after a label of three words at most, with a past act."""
    label = _QUOTE_LABEL.match(text)
    words = [word.strip(",.;:") for word in text[label.end() if label else 0 :].split()[:2]]
    if len(words) == 2 and is_leading_adverb(words[0]):
        words = words[1:]
    return bool(words) and is_past_act(words[0])


_QUOTE_LABEL = re.compile(r"\s*(?:[\w&/-]+\s+){0,2}[\w&/-]+:\s+")


def _is_hidden(attrs: list[tuple[str, str | None]]) -> bool:
    """An element no visitor sees: `hidden`, aria-hidden="true", or an inline display:none."""
    named = {name.lower(): (value or "") for name, value in attrs}
    return (
        "hidden" in named
        or named.get("aria-hidden", "").strip().lower() == "true"
        or bool(_DISPLAY_NONE.search(named.get("style", "")))
    )


class _Reader(HTMLParser):
    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=False)
        self.text = text
        self.starts = line_starts(text)
        self.bullets: list[Bullet] = []
        self.skipping = 0  # depth inside elements that are never read
        # an element the page hides (`hidden`, aria-hidden="true", display:none): its tag and how many
        # of that tag are open inside it, so its end is found whatever it holds
        self.hidden_tag: str | None = None
        self.hidden_depth = 0
        self.open: list[tuple[str, MappedText]] = []  # the li/p elements being read, innermost last
        self.heading: MappedText | None = None
        self.heading_level = 0
        self.paragraphs_in_item = 0  # <p> elements read as part of the <li> around them
        self.section = SectionTracker()
        self.loose = MappedText()  # text outside any li, p or heading, up to the next <br> or block
        # a loose line typed with a list mark ("<div>• Led ...</div>"), held while the lines after it
        # may be its wrap (a PDF exported to HTML sets each printed line in a <div> of its own)
        self.typed_item: MappedText | None = None
        self.straplines: set[int] = set()  # the <p class="section-subtitle"> being read, by id
        self.articles = 0  # depth inside <article> elements: a portfolio's cards of work
        self.in_head = False  # inside <head>, which a page may leave unclosed
        self.quoting = 0  # depth inside <blockquote>: read only where it opens with the person's act

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.in_head and tag not in _HEAD_CONTENT:
            # a page that never closes <head>: its first element of the body closes it, as a browser
            # does (set AM: a resume whose <head> stayed open was read as empty)
            self.in_head = False
            self.skipping = max(0, self.skipping - 1)
        if tag == "head" and not self.skipping:
            self.in_head = True
        if tag in _VOID:
            if tag == "br":
                self._line_break()
            return
        if self.hidden_tag is not None:
            self.hidden_depth += tag == self.hidden_tag
            return
        if tag in _BREAKS or tag in _HEADINGS or tag in _BLOCKS:
            self._flush_loose()
        if tag in _HEADINGS or tag in _BLOCKS:
            self._end_typed_item()  # a heading, list or paragraph is no wrapped line of it
        if not self.skipping and _is_hidden(attrs):
            # a loader's captions, a closed dialog or chat widget (round RR: a product owner's page,
            # 9 of its 13 lines read were text no visitor sees)
            self._flush_loose()
            self.hidden_tag, self.hidden_depth = tag, 1
            self.skipping += 1
            return
        if tag in _SKIPPED:
            self.skipping += 1
            return
        if self.skipping:
            return
        if tag == "blockquote":
            self.quoting += 1
        if tag == "section":
            self._section_by_id(dict(attrs).get("id") or "")
        if tag == "article":
            self.articles += 1
        if tag in _BLOCKS and self.heading is not None:
            # "<h6> Dec 2006 – Sep 2010 <h6>" never closed: a list or paragraph ends it (set AB: the
            # list under it was read as the heading's text and lost in silence)
            self._end_heading()
        if tag in _HEADINGS:
            self._close_all()
            self.heading = MappedText()
            self.heading_level = int(tag[1:])
        elif tag in _BLOCKS:
            if tag == "li" and self.open and self.open[-1][0] == "p":
                self._close_top()
            if tag == "p" and self.open and self.open[-1][0] == "li":
                self.paragraphs_in_item += 1  # <li><p>text</p></li>: the paragraph is the item's text
                return
            self.open.append((tag, MappedText()))
            if tag == "p" and _STRAPLINE.search(dict(attrs).get("class") or ""):
                self.straplines.add(id(self.open[-1][1]))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br" and not self.skipping:
            self._line_break()

    def _line_break(self) -> None:
        if self.heading is None and not self.open:
            self._flush_loose()
        else:
            # a line break inside a paragraph or item: a list typed line by line after it is told
            # apart when the element closes (_close_top); elsewhere it reads as a space
            self._add("\n" if self.heading is None else " ", self._offset())

    def _flush_loose(self) -> None:
        """A line of loose text under an experience heading that reads as a sentence is a bullet."""
        mapped, self.loose = self.loose, MappedText()
        if self.skipping:
            return
        text = " ".join("".join(mapped.chars).split())
        if not text or self._wraps_the_typed_item(mapped, text):
            return
        self._end_typed_item()
        # <div class="title">Work Experience</div>: a heading in all but its tag ("Language: Python",
        # a label and its value, is not one)
        if ":" not in text.rstrip(":") and self._opens_section(text, exact=True):
            return
        if not self.section.achievements or self.section.listing:
            return
        if self.quoting and not _quotes_own_act(text):
            return
        # "- Managed ...\n- Responsible ..." typed in a <div> of a Markdown page: one item a line
        # (a kramdown block's two claims were read as one once a typed line counted as an item)
        typed = mapped.typed_list()
        for line in self._typed_items_read(typed) if typed else [mapped]:
            self._loose_line(line)

    def _loose_line(self, mapped: MappedText) -> None:
        """One line of loose text: an item where a list mark is typed before it, else a claim where
        it reads as one, or told where it reads as prose."""
        text = " ".join("".join(mapped.chars).split())
        if not text:
            return
        self._end_typed_item()
        unmarked = mapped.without_marker()
        if unmarked is not mapped:
            # "<div><span>• </span>Led the development ...</div>": an item typed with its mark, as a
            # list item is, whatever word it opens with (round SAF: a PDF exported to HTML, its nine
            # claims told "without a list mark", the file read as empty)
            self.typed_item = unmarked
            return
        claim = is_bare_achievement(_LABEL.sub("", text))
        # "Executive-level consultant helping companies ... Co-created the first agency AI offering
        # ...": prose that opens with no act of the person's is told, as a text file's is, not
        # dropped (round RX: a timeline's paragraph lost in silence)
        if claim or reads_as_prose(text):
            bullet = mapped.to_bullet(self.starts)
            if bullet is not None:
                self.bullets.append(bullet if claim else replace(bullet, passed_over=True))

    def _wraps_the_typed_item(self, mapped: MappedText, text: str) -> bool:
        """Joins a line to the typed item above it where it goes on with its sentence: it opens in
        lower case with no list mark, and the item stops with no full stop ("... to achieve a
        relative increase in" / "user value of 2% ...", round SAF)."""
        if self.typed_item is None or not text[:1].islower() or mapped.without_marker() is not mapped:
            return False
        if self.typed_item.ends_a_sentence():
            return False
        self.typed_item.join_in_place(mapped)  # the held item is its own copy (without_marker's)
        return True

    def _end_typed_item(self) -> None:
        """The held typed item, with any wrapped lines joined to it, as a bullet."""
        item, self.typed_item = self.typed_item, None
        bullet = None if item is None else item.to_bullet(self.starts)
        if bullet is not None:
            self.bullets.append(bullet)

    def _end_heading(self) -> None:
        """The open heading's text decides the section (see handle_endtag)."""
        assert self.heading is not None
        text = "".join(self.heading.chars)
        title = section_title(text, True)
        # A known section heading switches the section; any other heading (a job title under
        # Experience, a name) leaves it as it was, but for one at a skipped section's level or
        # above ("PROJECTS DONE" after "AREA OF INTEREST"), which ends that section.
        if title is not None and is_known_section(title):
            self.section.heading(title, level=self.heading_level)
        elif title is not None and self.section.listing and self.heading_level <= self.section.level:
            self.section.heading(title, level=self.heading_level)
        elif not self.section.achievements and not self.section.listing and DATE_RANGE.search(text):
            # "F5 Networks, Seattle WA – 2004-2016" with no Experience heading above it: a job,
            # so the paragraph that sums it up is a claim (set M: seven dropped in silence)
            self.section.heading("experience", level=self.heading_level)
        self.heading = None

    def handle_endtag(self, tag: str) -> None:
        if self.hidden_tag is not None:
            if tag == self.hidden_tag:
                self.hidden_depth -= 1
                if self.hidden_depth == 0:
                    self.hidden_tag = None
                    self.skipping = max(0, self.skipping - 1)
            return
        if tag == "head":
            if self.in_head:
                self.in_head = False
                self.skipping = max(0, self.skipping - 1)
            return
        if tag in _SKIPPED:
            self.skipping = max(0, self.skipping - 1)
            return
        if self.skipping:
            return
        if tag == "dt" and _names_a_job("".join(self.loose.chars)):
            self.loose = MappedText()  # the job's title, no claim
            if not self.section.achievements and not self.section.listing:
                self.section.heading("experience", level=2)
        if tag in _BREAKS:
            self._flush_loose()
        if tag == "blockquote":
            self.quoting = max(0, self.quoting - 1)
        if tag == "article":
            self.articles = max(0, self.articles - 1)
        if tag in _HEADINGS and self.heading is not None:
            self._end_heading()
        elif tag == "p" and self.paragraphs_in_item:
            self.paragraphs_in_item -= 1
            self._add(" ", self._offset())
        elif tag in _BLOCKS:
            while self.open:
                name, _ = self.open[-1]
                self._close_top()
                if name == tag:
                    break

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self._add(data, self._offset())

    def handle_entityref(self, name: str) -> None:
        if self.skipping:
            return
        offset = self._offset()
        decoded = unescape(f"&{name};")
        if decoded == f"&{name};":
            # no entity: a bare "&" in the text ("the R&D branch": set AF read "R&D;"), as written
            end = offset + len(name) + 1
            self._add(self.text[offset : end + 1 if self.text[end : end + 1] == ";" else end], offset)
        else:
            self._add_one(decoded, offset)

    def handle_charref(self, name: str) -> None:
        if not self.skipping:
            self._add_one(unescape(f"&#{name};"), self._offset())

    def close(self) -> None:
        super().close()
        self._close_all()
        self._flush_loose()
        self._end_typed_item()

    def _target(self) -> MappedText:
        return self.heading if self.heading is not None else (self.open[-1][1] if self.open else self.loose)

    def _add(self, data: str, offset: int) -> None:
        self._target().add(data, offset)

    def _add_one(self, char: str, offset: int) -> None:
        """A decoded entity: every character it stands for maps to where the entity starts."""
        target = self._target()
        for piece in char:
            target.add_one(piece, offset)

    def _close_top(self) -> None:
        name, mapped = self.open.pop()
        strapline = id(mapped) in self.straplines
        self.straplines.discard(id(mapped))
        if name == "p" and (self._opens_section(text := "".join(mapped.chars)) or self._dates_a_job(text)):
            return
        if strapline:
            return  # a heading's strapline, not a claim
        if self.section.listing:
            return
        if self.quoting and not _quotes_own_act("".join(mapped.chars)):
            self._tell_quoted(name, mapped)
            return
        if name == "p" and not self.section.achievements and not self._work_card(mapped):
            self._tell_unread_paragraph(mapped)
            return
        # "<p><strong>Acme</strong> (Present)<br>- Delivered ...<br>- Processed ...</p>": a Markdown
        # list the page never rendered (round SQ: a Quarto page's six claims read as two, each with
        # its employer and dates glued on); one bullet an item, the line above them one of its own
        typed = mapped.typed_list()
        for item in self._typed_items_read(typed) if typed else _acts_a_line(mapped) or [mapped.without_marker()]:
            bullet = item.to_bullet(self.starts)
            if bullet is not None:
                self.bullets.append(bullet)

    def _typed_items_read(self, typed: list[MappedText]) -> list[MappedText]:
        """The items of a list typed in one paragraph that are read as its section's lines. A
        section title typed among them ("<b>Education</b><br>• ...") opens its section for the
        items after it, which are told there where its lines are no claims (_told_in_its_section);
        only in that paragraph: a page's sections are set by its headings, and a "Skills" typed in
        a job's paragraph ended the job's later lists (attack round ATK22, C18)."""
        outside, retitled, read = deepcopy(self.section), False, []
        for item in typed:
            if self._opens_a_typed_section(item):
                retitled = True
            elif not retitled or not self._told_in_its_section(item):
                read.append(item)
        if retitled:
            self.section = outside
        return read

    def _opens_a_typed_section(self, item: MappedText) -> bool:
        """Does the item title a section (and so open it, as _opens_section does)?"""
        text = " ".join("".join(item.chars).split())
        return ":" not in text.rstrip(":") and self._opens_section(text, exact=True)

    def _told_in_its_section(self, item: MappedText) -> bool:
        """An item after a section title typed among a paragraph's items, in a section whose lines
        are no claims (Education): told where it reads as work, not read (True); False in one of claims."""
        if self.section.achievements and not self.section.listing:
            return False
        self._tell_unread_paragraph(item)
        return True

    def _tell_quoted(self, name: str, mapped: MappedText) -> None:
        """A list item in a quotation under Experience, or a line of it that reads as work: told,
        not dropped (attack round ATK5: a job's list set in a <blockquote>, and the lists after a
        testimonial whose quote a stray </div> never closed, lost "Responsible for ..." items in
        silence). A testimonial's own sentences ("Jane is the best ...") are not told."""
        if not self.section.achievements:
            return
        bullet = mapped.without_marker().to_bullet(self.starts)
        if bullet is not None and (name == "li" or is_bare_achievement(_LABEL.sub("", bullet.text))):
            self.bullets.append(bullet.told_as(QUOTED))

    def _tell_unread_paragraph(self, mapped: MappedText) -> None:
        """A paragraph that reads as the person's work under a heading po2pm does not read as
        Experience or Projects ("Where I have worked"): told, not dropped (set RG: a page's 11
        claims under a heading in another language, lost without a word)."""
        bullet = mapped.without_marker().to_bullet(self.starts)
        if bullet is not None and is_bare_achievement(_LABEL.sub("", bullet.text)):
            self.bullets.append(bullet.told_as(UNREAD_SECTION))

    def _dates_a_job(self, text: str) -> bool:
        """A paragraph of only a span of dates ("<p class="time-period">Feb 2012 - March 2013</p>"
        beside "<h1>Foster Moore</h1>") heads a job: with no Experience heading above it, the
        paragraphs that follow are its claims (set AQ: 12 dropped in silence), as under a heading
        that holds its own dates."""
        if self.section.achievements or self.section.listing or DATES_ONLY.match(text) is None or DATE_RANGE.search(text) is None:
            return False
        self.section.heading("experience", level=2)
        return True

    def _work_card(self, mapped: MappedText) -> bool:
        """A paragraph of an <article> card that opens with a past act ("Researched and compiled
        ... data to create charts ..."): a portfolio page's piece of work, under a heading that
        names the employer, not a section (set AI: a work page's 37 claims, read as empty)."""
        words = "".join(mapped.chars).split()
        return self.articles > 0 and len(words) >= 5 and is_past_act(words[0].strip(",.;:"))

    def _opens_section(self, text: str, exact: bool = False) -> bool:
        """A paragraph or a line written as a section title ("<p class="title">{Experience}</p>",
        "<div class="title">Work Experience</div>") opens it. `exact`: a line outside any
        paragraph counts only as a title known in full, not one that holds a section's word
        (set J: the job title "Product Manager, Teacher Tools" and the employer "Discovery
        Education" in <div>s ended the page)."""
        aside = _TITLE_AND_ASIDE.match(text)  # "Experience — 15.2 years total" (set AP: 18 claims lost)
        if aside:
            text = aside.group(1)
        words = text.split()
        title = section_title(text, True) if 0 < len(words) <= 4 else None
        if title is None or not (is_known_title(title) if exact else is_known_section(title)):
            return False
        self.section.heading(title, level=2)
        return True

    def _section_by_id(self, element_id: str) -> None:
        """<section id="experience">, <section id="contact">: the page names its section where its
        heading may not ("Professional Journey", "Let's Build Something Amazing": set U read the
        contact section's line as a claim). Only an id that is a section title known in full."""
        title = section_id_title(element_id)
        if title and is_known_title(title):
            self._close_all()
            self.section.heading(title, level=2)

    def _close_all(self) -> None:
        while self.open:
            self._close_top()


def _acts_a_line(mapped: MappedText) -> list[MappedText] | None:
    """A paragraph of acts, each set on its own line with <br> and wrapped by more <br>s ("Build,
    develop, implement and maintain the billing cycle<br>for the hospital in Francistown<br>Drive
    multiple projects and full systems ..."): one item per line that opens with an act in the same
    form as the first line's (round SAD: two claims read as one, twice), the wrapped lines kept with
    the act above them; None where fewer than two lines open so."""
    lines = [line for line in mapped.lines() if "".join(line.chars).strip()]
    if len(lines) < 2 or (past := _opening_act(lines[0])) is None:
        return None
    items = [lines[0]]
    for line in lines[1:]:
        text = "".join(line.chars)
        opens_an_act = _opening_act(line) == past and len(text.split()) >= 4
        if opens_an_act and not stops_mid_sentence("".join(items[-1].chars)):
            items.append(line)
        else:
            items[-1] = items[-1].joined(line)
    return items if len(items) >= 2 else None


def _opening_act(line: MappedText) -> bool | None:
    """Whether a line opens with an act in the past (True) or as a duty (False, "Build", "Drive"),
    the act's word capitalised; None where it opens with no act."""
    match = re.match(r"\s*([A-Z][a-z]+(?:-[a-z]+)?)\b", "".join(line.chars))
    if match is None:
        return None
    word = match.group(1)
    if is_past_act(word):
        return True
    return False if can_be_verb(word) and word.lower() not in JOB_TITLE_NOUNS else None
