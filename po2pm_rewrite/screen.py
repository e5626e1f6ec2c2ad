"""Between extraction and parsing: keep only the bullets worth judging, and say what was left out.

Every format's extractor finds list items; some of them are not claims about work. Decided from
the text's shape alone (no language model), whatever section they stand in:
- skills and tool lists ("Jira, Confluence, SQL, Tableau");
- certificates ("Certified Scrum Product Owner (CSPO)") and degrees ("MSc Computer Science");
- job-title lines (a title, a company, dates);
- tags (one or two words, or a few capitalised ones: "VPN", "Cloud Automation with Terraform"),
  unless they name a duty ("Vendor Management"), links alone, lines about the employer;
- talks and papers named by a title in quotes that is most of the line; a short lead-in ending
  in ":" (its list's items are the claims);
- a contact block's short details and language levels, job lines led by dates or lengths ("2 years
  as ... at ..."), a project's name with its stack, a template's "Lorem ipsum";
- bullets in another language (its function words, or mostly another script): po2pm's rules read
  English.
A paragraph that writes its bullets one after another ("• Greeted ... • Handled ...") is one
bullet per glyph first (inline_items).
A bullet that opens with a sentence about the employer or the product and goes on with the
person's work keeps the work; the sentence is left out.
Each left-out line is reported with its reason (`po2pm extract`), and counted in a note.
"""

from __future__ import annotations

import re
import unicodedata

from .extract import DATE_RANGE, DATES_ONLY, INLINE_GLYPHS, MONTH, ONE_DATE, RUN_IN_TITLE, is_listing_section, section_key
from .model import NO_ACT_IN_PARAGRAPH, PASSED_OVER, Bullet, Skipped
from .word_lists import (
    ACADEMIC_ROLE_WORDS,
    DEGREE,
    FIRST_PERSON_ACT,
    JOB_TITLE_ALTERNATIVES,
    JOB_TITLE_WORDS,
    PAST_RESULT_VERBS,
    can_be_verb,
    is_capitalised_duty,
    is_leading_adverb,
    is_only_a_verb,
    is_past_act,
    opens_with_an_act,
)

# A student's grade average: "Maintained a 3.8 GPA ...", "GPA: 3.9", "Graduated with a 3.8/4.0 GPA"
# (not "Built a GPA calculator": the grade must be a figure)
_GRADE_AVERAGE = re.compile(
    r"\d(?:\.\d+)?\s*(?:/\s*\d(?:\.\d+)?\s*)?c?gpa\b|\bc?gpa\b\s*(?:of|:|-)?\s*\d(?:\.\d+)?\b",
    re.IGNORECASE,
)
# When a student finishes: "Expected Graduation: June 2025", "Graduation date - 2024" (set RB: read as
# a claim where a school's name in capitals had closed the Education section)
_GRADUATION = re.compile(r"^\W*(?:expected\s+|anticipated\s+)?graduation(?:\s+date)?\s*[:–—-]", re.IGNORECASE)
# A summary of the person under a label of its own: "About me: Cross-functional PM with ..." (set AT)
_ABOUT_ME = re.compile(r"^\W*(?:about\s+me|who\s+i\s+am|more\s+about\s+me)\s*[:–—-]\s", re.IGNORECASE)
# A certificate the person was given, among a job's claims: "Received SiteCore certification for
# ASP.NET" (set AT). Not "Achieved ISO 27001 certification for the platform": work for the firm.
_CERTIFICATE_EARNED = re.compile(r"^\s*(?:received|earned|obtained|passed|awarded)\s+(?:the\s+|a\s+|an\s+|my\s+)?(?:[\w.+#-]+\s+){0,4}(?:certification|certificate|certified)\b", re.IGNORECASE)
# "certified over 1300 components": an act done to a number of things, not a certificate held (set AH)
_CERTIFIED_A_COUNT = re.compile(r"\bcertified\s+(?:over\s+|more\s+than\s+|about\s+)?\d", re.IGNORECASE)
_CERTIFICATE = re.compile(
    r"\b(certified|certification|certificate|cspo|pspo|csm|psm|a-csm|(?-i:SAFe|SAFE)\s*\d*|pmp|prince2|itil|togaf|cbap|pmi-acp|"
    r"scrum\.org|scrum alliance|aws certified|professional scrum)\b",
    re.IGNORECASE,
)  # SAFe in its own spelling: "a safe deployment pipeline" is a claim (a real bullet was left out)
_DATES = re.compile(rf"\b(19|20)\d\d\b|\b{MONTH}\s+['‘’]?(19|20)?\d\d\b|\bpresent\b|\bcurrent\b", re.IGNORECASE)
# A word to the reader, not a claim: "Please refer to my LinkedIn profile for ...", "Also see my
# Developer Story ...", "References available on request", a page's "Copyright 2020 ... All rights
# reserved", "Click here to check the screenshots", "Live demo available" (set K: five were read as claims).
_NOTE_TO_READER = re.compile(
    r"^\s*(?:please\s+(?:refer|see|visit|find|contact|check)\b|(?:also\s+)?see\s+my\b|for\s+more\s+(?:details|information)\b"
    # "Learn more at www.ontra.ai." (round RP: a LinkedIn company blurb), "View resume pdf here" (round RQ)
    r"|(?:learn|find\s+out|read)\s+more\s+(?:at|on|about)\b|view\s+(?:my\s+|the\s+)?(?:resume|cv|résumé)\b"
    r"|references?\s+(?:are\s+)?available\b|copyright\b|©|click\s+here\b|(?:live\s+)?demo\s+(?:available|here|link)\b"
    r"|(?:source\s+)?code\s+(?:available|here)\b)|\ball\s+rights\s+reserved\b"
    r"|^\s*no\s+(?:project\s+)?(?:repo|repository|code|link|demo)\b.*\b(?:nda|confidential)"  # set M
    r"|^\W*(?:subject\s+to|under)\s+(?:an?\s+)?nda\W*$"  # "Subject to NDA." under a job (set RC: read as a claim)
    r"|^\W*note\s*:\s*(?:please\s+)?(?:check|see|visit|refer)\b"  # "*Note: Check Github repoes to see actual work" (set Y)
    r"|\b(?:generated|written|drafted|created|produced)\s+(?:\w+\s+){0,2}(?:with|by|using)\s+(?:the\s+)?(?:assistance\s+of\s+|help\s+of\s+)?(?:ai|chatgpt|an?\s+ai)\b",  # set AA
    re.IGNORECASE,
)
_SEPARATORS = re.compile(r"\s[|–—-]\s|\s@\s|,\s|\bat\b")
_VERB_START = re.compile(r"^[A-Za-z]+(ed|ing|s)\b")
# "Technologies used: React, Relay", "Tech stack: ...", "Tools: ...": a label, then what was used.
_SKILLS_LABEL = re.compile(
    r"^\s*([A-Za-z/&+-]+\s+){0,2}(technologies|technology|tech|stack|tools|tooling|environment|"
    r"skills|languages|language|frameworks|keywords|platforms|libraries|databases|strengths|competencies|expertise|traits)(\s+used)?\s*(?::|[–—-]\s)",
    re.IGNORECASE,
)
_FOCUS_LABEL = re.compile(r"^\s*(?:key\s+|main\s+)?focus(?:\s+areas?)?\s*:", re.IGNORECASE)
# Lines about the employer, not the person's work. The employer is named first: capitalised, and
# no pronoun or article ("The team is a ..." is no employer; "We are a ..." is the person).
_NOT_A_PRONOUN = r"(?!(?:we|the|this|that|it|i|our|my|their|they|he|she|these|those|so|there|here|then|also|now|but|and)\b)"
_EMPLOYER_NAME = r"[A-Z][\w&.'’ -]{1,40}?"
# "Acme is an interactive design agency.", "Acme provides a matching service."
_ABOUT_EMPLOYER = re.compile(
    rf"^{_NOT_A_PRONOUN}{_EMPLOYER_NAME}\s"
    r"(?:(is|are|was|were)\s(a|an|the|one of the)|(provides|offers|operates|sells|makes|runs)\s(a|an|the))\s"
    # and with no article, its kind last: "frog is global design, technology and strategy consultancy.",
    # "MSREF is Morgan Stanley's flagship real estate private equity fund" (round RQ: read as claims)
    rf"|^{_NOT_A_PRONOUN}{_EMPLOYER_NAME}\s(?:is|was)\s(?:[\w,&'’-]+\s){{1,7}}"
    r"(?:consultancy|agency|company|firm|startup|start-up|bank|retailer|manufacturer|provider|organi[sz]ation|non-?profit|fund)\b",
    re.IGNORECASE,
)
# "Northwind provides loan software to car dealers": what the employer does, with no article after
# the verb; the name must not open with a verb ("Managed and provides ...": _about_employer).
_EMPLOYER_DOES = re.compile(
    rf"^{_NOT_A_PRONOUN}(?!(?:who|which)\b)(?P<name>{_EMPLOYER_NAME})\s"
    r"(?:provides|provide|offers|develops|builds|specializes|specialises|serves|helps|sells|operates"
    r"|combines|designs|produces|manufactures"
    r"|works\s+with|partners\s+with)\s",  # "Ontra works with the world's leading investment banks ..." (round RP)
    re.IGNORECASE,
)
# What the employer is making now: "Cinch Financial is building the world's first autonomous
# personal financial manager ..." (round SU: a JSON job's summary read as a claim)
_EMPLOYER_BUILDING = re.compile(
    r"^(?!(?:We|I|They|He|She|It|The|This|Our|My|Team)\b)[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}\s+(?:is|are)\s+"
    r"(?:building|developing|creating|reinventing|transforming|redefining)\s"
)
# "Laszlo Systems created a development platform ...": a name of capitalised words and a past
# act that is the employer's (set M); not "Lead the documentation effort and created ...".
_EMPLOYER_MADE = re.compile(rf"^(?i:{_NOT_A_PRONOUN})[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){{0,4}}\s+(?:created|developed)\s")
_EMPLOYER_PLACE = re.compile(r"^(?:Based|Headquartered|Founded|Located)\s+in\s+[^,]{2,60},\s+")
# What became of the employer, or what "they" sell, in the sentences after its name (set AT: a JSON
# job's summary, "RDVO was acquired by [another firm] in 2009.", "They offer a b2b REST API as well
# as web and mobile applications.", read as claims after its first sentence was left out)
_EMPLOYER_FATE = re.compile(
    # and what the employer's own products do, in the present: "Ontra's solutions improve the contract
    # lifecycle ..." (round RP: a LinkedIn company blurb read as a claim after its first sentences were left out)
    r"^[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}['’]s\s+(?:solutions|products|platform|platforms|software|services|tools)\s+(?!\w+ed\b)[a-z]+\s"
    r"|^[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4}\s+(?:was|were|has\s+been|got)\s+(?:acquired|bought|founded|incorporated)\s+(?:by|in)\b"
    r"|^They\s+(?:offer|provide|sell|make|build|operate|serve|develop|specialize|specialise)\s"
)
# "The United States Military Entrance Processing Command is a Major Command of ...": a name that
# opens with "The", told from "The team is a ..." by its capitals.
_THE_NAMED_EMPLOYER = re.compile(r"^The\s+(?:[A-Z][\w&.'’-]*\s+){1,8}(?:is|was)\s+(?:a|an|the|one of the)\s")
# "Healthcare company with 300k+ employees and $95+ billion annual revenue": the employer's kind,
# as a line under its name (set K).
_KIND_OF_EMPLOYER = re.compile(
    r"^[A-Z][\w&-]*\s+(?:[\w&-]+\s+){0,3}(?:company|startup|start-up|firm|agency|consultancy|bank|retailer|manufacturer|"
    r"provider|organi[sz]ation|non-?profit)\s+(?:with|of|that|based|serving|providing|in|focused|specializing|specialising"
    # what it did, as the line under its name says it: "Startup company developed an application
    # suite ...", "IT consulting firm pioneered ..." (set AL: read as claims)
    r"|developed|develops|built|builds|pioneered|pioneers|sells|sold|makes|made|offers|offered)\b"
    r"|^Maker\s+of\s"  # "Maker of storage software, with expertise in ..." (set AL)
)
# A sentence that opens a bullet and says what the employer is: "A Leeds-based startup selling
# ...", "Bramble, a Manchester-based company, is known for ..." (the rest of the bullet may claim).
_EMPLOYER_SENTENCE = re.compile(
    r"^(?:an?|the)\s+(?:[\w-]+\s+){0,4}?(?:company|startup|start-up|firm|agency|consultancy|organi[sz]ation|"
    r"non-?profit|provider|bank|retailer|manufacturer|enterprise|business|group)\b"
    r"|^[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,3},\s+(?:an?|the)\s+[^,]{0,60},",
    re.IGNORECASE,
)
# "Iris Software Inc - New York, USA (Client: Two Large Banks)", "Acme | Leeds, UK": an entry's
# employer and place, laid out as a line of their own.
# Capitalised words, each after white space: no way to split a run of letters two ways, so a
# long line that does not match fails at once (an optional space between them backtracked for
# seconds on "Acme - AAAA...A!").
# "First & Leading Albanian Fintech" (set U); "University of Maryland College Park" (round SG: "Division
# of IT - University of Maryland College Park, MD" read as a claim)
_CAPITALISED_WORDS = r"[A-Z][\w.'’-]*(?:\s+(?:(?:&|of|the|for|de)\s+)?[A-Z][\w.'’-]*)*"
_EMPLOYER_AND_PLACE = re.compile(
    rf"^[^,:;]{{2,60}}?\s[-–—|@]\s{_CAPITALISED_WORDS}(?:,\s*{_CAPITALISED_WORDS})*\s*(?:\([^()]{{0,80}}\))?\s*$"
)
_FIRST_PERSON = re.compile(r"\b(I|my|we|our)\b")
# The employer speaking of itself in the present: "We offer reliable web data extraction ...", "We
# accelerate digital transformation of Fortune-1000 US enterprises." (round SAG: a JSON Resume's
# job summaries, copied from the employers' pages, read as claims); not "We are ...", which the
# corpus holds as a team's work ("We are constantly making marketing plans ..."), nor "We help ...",
# "We partner with ...", a person's own team at work (attack round ATK22, C29).
_WE_THE_EMPLOYER = re.compile(
    r"^\s*We\s+(?:offer|provide|accelerate|serve|speciali[sz]e|sell|bring)\s", re.IGNORECASE
)
_SINGULAR_FIRST_PERSON = re.compile(r"\b(?:I|my|me)\b")
# One capitalised word, then a bar: an employer's name, though it can be a verb ("Google | Search –
# Data Privacy": round SD, three such lines read as claims while "LinkedIn | ..." was left out).
_NAME_AND_BAR = re.compile(r"^\s*[A-Z][\w&.'’-]*\s+\|\s")
_LAID_OUT_IN_PARTS = re.compile(r"\S[ \t]*\t[ \t]*\S")
# A line that is only a link, or a label and a link: "[Repository](https://...)", "Slides: https://..."
_LINK_ONLY = re.compile(r"^[^:\[\]]{0,60}:?\s*(\[[^\]]*\]\([^)]*\)|<?https?://\S+>?)\s*[.,;]?\s*$", re.IGNORECASE)
# A link's text with no scheme: "example.com/route-planner", "instagram/leeds_skate".
_ADDRESS_ONLY = re.compile(
    r"^\s*(?:[a-z][\w-]*\.)+(?:com|org|net|io|dev|app|me|co|ai|uk|de|eu)(?:/\S*)?\s*$"
    r"|^\s*(?:instagram|twitter|x|github|gitlab|linkedin|medium|behance|dribbble|youtube|facebook)(?:\.com)?/\S+\s*$",
    re.IGNORECASE,
)
# "14.06.21 - now: Freelance", "01/2019 - 03/2021: Trainee at Northwind": a job led by its dates.
_DATED_JOB = re.compile(
    r"^\s*(?:\d{1,2}[./-]){0,2}\d{2,4}\s*[-–—]\s*(?:now|present|current|today|(?:\d{1,2}[./-]){0,2}\d{2,4})\s*:\s*(.*)$",
    re.IGNORECASE,
)
# A template's filler, or a line promising content later ("Details to come!": set AD, read as a claim).
_PLACEHOLDER_TEXT = re.compile(
    # "Description goes here", "Your text here" (set AK: a theme's filler read as a claim)
    r"^\W*(?:lorem ipsum\b|(?:(?:more\s+)?details|more|content|description)\s+(?:to\s+come|coming\s+soon)\W*$"
    r"|(?:(?:job|project|role|short|your|some)\s+)?(?:description|details|text|content|summary|bullet)\s+(?:goes\s+)?here\W*$"
    r"|coming\s+soon\W*$|(?:tbd|tba|to\s+be\s+(?:added|announced|updated|completed))\W*$)",
    re.IGNORECASE,
)
# "Kitchen employee from 2017 - 2019", "Delivery driver from 2019 - current.": a job and its years.
_JOB_FROM_YEARS = re.compile(
    r"^\s*[A-Z][\w-]*(?:\s+[\w-]+){0,3}\s+from\s+(?:19|20)\d\d\s*(?:[-–—]|to)\s*(?:(?:19|20)\d\d|current|present|now|today)\W*$",
    re.IGNORECASE,
)
# "2 years as Front-End Captain at Synthesio from 2014 to today": a job and its length.
_YEARS_AS = re.compile(r"^\s*\d+\+?\s+(?:[Yy]ears?|[Mm]onths?)\s+(?:as\s+|(?=[A-Z]))[^,.;:]{1,60}?\s+at\s+[^.;:]{1,80}?\b(?:19|20)\d\d\b")
# "Russian - native", "English (fluent)": a language and how well it is spoken.
_LANGUAGE_LEVEL = re.compile(
    r"^\s*[A-Z][a-z]+\s*(?:[-–—:(]\s*)(?:native|mother tongue|fluent|bilingual|intermediate|basic|advanced|"
    r"professional|conversational|elementary|upper[- ]intermediate|working proficiency|[abc][12])\b[\w )]*$",
    re.IGNORECASE,
)
# "Permission to work: United Kingdom", "Recommendations: LinkedIn": a detail of a contact block,
# a short label and a short value with no figure (a claim's "Result: churn down 20%" has one).
_PERSONAL_DETAIL = re.compile(r"^\s*([A-Za-z][A-Za-z ]{1,30}):\s+([^\d:]{1,40})$")
# "EVENT: National Level Hackathon 2018", "Client: Acme Bank", "Location: Remote": a detail of a
# project or job entry, by a label entries use; the value may hold a year. (Not "Role:", whose
# value is most often the duties: "Role: Requirement gathering, gap analysis, ...".)
_ENTRY_DETAIL = re.compile(
    r"^\s*(?:(?P<who>(?:end\s+)?clients?|customers?|client name|industry|industries|domain|sector)"
    r"|(?P<project>project|project name)|event|date|dates|duration|period|location|venue|team size|type|status|year|"
    r"organi[sz]ation|company|employer|place|url|link|demo|website|github)\s*:\s*(?P<value>\S+)",
    re.IGNORECASE,
)
# "Value: $10B+ Employees: 90k+": labelled figures of the employer's size, two or more and nothing
# else (set Y: a JSON Resume's job summaries, read as five claims).
# (Possessive runs: each piece can be read one way only, so a long line fails at once.)
_LABELLED_FIGURES = re.compile(
    r"^\s*+(?:[A-Z][A-Za-z ]{0,23}[A-Za-z]:[ \t]*+[<>~≈]?[$€£]?\d[\d.,]*+(?:[A-Za-z]{1,2}(?![A-Za-z]))?\+?[ \t]*+[,;|]?[ \t]*+){2,}$"
)  # "Value: $10B+ Employees: 90k+" (set Y), "Value: >$10B Employees: >90k" (set AB)
# A claim's opening word, then a lower-case one: not a name's first word ("United Health is ...").
_OPENING_WORD = re.compile(r"^\s*(?P<word>[A-Za-z]+(?:-[A-Za-z]+)?)\s+[a-z]")  # and "Co-founded"
_SUBJECT_OF_BE = re.compile(r"^\s*[A-Za-z]+\s+(?:is|are|was|were)\b", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")
# Function words that mark a language; a bullet is read as English unless another language's
# outnumber English ones (resume bullets drop most articles, so short bullets stay English).
_ENGLISH = frozenset("the and of to for with on by from as at our their was were is are a an in this that which into across".split())
_OTHER = frozenset(
    "und der die das mit für von zu den dem des ein eine einer im zur zum bei auf sowie "
    "le la les des et pour avec une dans du au aux sur "
    "el los las y para con una en del por "
    "het een van voor met op naar "
    "de il di della delle dei degli del nel nella alla gli che "
    "da das dos uma na nas nos ao à pela pelo em "
    # set M's Lithuanian file was read as English (its words are in none of the lists above); and
    # Polish, Czech, the Scandinavian languages, Indonesian and Turkish, whose resumes turn up too
    "ir su kad bei kaip iš apie nuo oraz się dla przez jest jako také při och för på att og til ved hos "
    "yang untuk dengan dari pada ve ile için".split()
)
# Letters that English words and most names in English resumes do not hold (Lithuanian, Polish,
# Czech, Turkish): a word with one counts as another language's ("konkrečios", "dviračius").
# (Matched against the lower-cased word, without IGNORECASE: under it Turkish "ı" matches "i".)
_OTHER_LETTERS = re.compile(r"[ąčęėįšųūžłńśźżřůěğş]")


def _is_link_line(text: str) -> bool:
    """A link, after a short label or none ("Portfolio: https://..."). A claim that ends on a link
    is a claim: "Managed the product backlog for the savings team (see https://...)" (an attack
    round, session 41, js11: left out as a link)."""
    link = _LINK_ONLY.match(text)
    if link is None:
        return False
    before = text[: link.start(1)]
    return len(_WORD.findall(before)) < 4 or not opens_with_an_act(before.strip())


def screen(bullets: list[Bullet], paragraphs: bool = True) -> tuple[list[Bullet], list[Skipped]]:
    """The claims among a file's bullets, and the lines left out with why. `paragraphs`: read a
    paragraph of prose a sentence at a time (not for text given as one bullet, `--text`)."""
    kept, skipped = [], []
    claims = []
    for piece, reason in pieces(bullets, paragraphs):
        if reason is None:
            claims.append(piece)
        else:
            skipped.append(Skipped(piece, reason))
    reasons = [bullet.left_out_as or (_passed_over_reason(bullet.text) if bullet.passed_over else why_not_a_claim(bullet.text)) for bullet in claims]
    # In a file half or more in another language, a short line with no English function word is in it
    # too ("mise en place Adobe PDF extract API"), though it holds too few of that language's.
    foreign = reasons.count("another language")
    if foreign >= 3 and foreign * 2 >= len(claims):
        reasons = [
            "another language" if reason is None and not _english_words(bullet.text) else reason
            for bullet, reason in zip(claims, reasons)
        ]
    reasons = _tags_among_tags(claims, reasons)
    for bullet, reason in zip(claims, reasons):
        if reason is None:
            kept.append(bullet)
        else:
            skipped.append(Skipped(bullet, reason))
    skipped.sort(key=lambda item: (item.bullet.start.line, item.bullet.start.column))
    return kept, skipped


# A list of tags: lines each at most two lines below the one before, two thirds or more of them
# left out as tags. A short line in it with no act and no figure is one more tag, whatever its
# words: "Agile, Scrum" among "Software Craftmanship" and "PMBOK", "Windows + Visual Studio" among
# "Linux + Eclipse" (round SY: a text CV's 8 such lines read as claims beside 37 left out).
_TAG_REASONS = frozenset({"keyword", "skills list"})
_LINES_APART_IN_A_LIST = 2
_TAG_WORDS_AT_MOST = 5


def _tags_among_tags(bullets: list[Bullet], reasons: list[str | None]) -> list[str | None]:
    result = list(reasons)
    for run in _runs_of_lines(bullets):
        tags = sum(1 for index in run if reasons[index] in _TAG_REASONS)
        if len(run) < 3 or tags * 3 < len(run) * 2:
            continue
        for index in run:
            if reasons[index] is None and _reads_as_a_tag(bullets[index].text):
                result[index] = "keyword"
    return result


def _runs_of_lines(bullets: list[Bullet]) -> list[list[int]]:
    """The bullets (by index, in file order) in runs of lines close together."""
    order = sorted(range(len(bullets)), key=lambda index: (bullets[index].start.line, bullets[index].start.column))
    runs: list[list[int]] = []
    for index in order:
        line = bullets[index].start.line
        if runs and line - bullets[runs[-1][-1]].end.line <= _LINES_APART_IN_A_LIST:
            runs[-1].append(index)
        else:
            runs.append([index])
    return runs


def _reads_as_a_tag(text: str) -> bool:
    return (
        len(text.split()) <= _TAG_WORDS_AT_MOST
        and not any(character.isdigit() for character in text)
        and not text.rstrip().endswith(".")
        and not opens_with_an_act(text)
    )


# What a line the reader passed over is told when the screen names it so (a title or date line);
# the shapes of a list item ("skills list", "keyword") would misname a line of prose.
_PASSED_OVER_SHAPES = frozenset(
    {"job title", "company and place", "dates", "degree", "personal detail", "note to the reader", "line about the employer", "another language", "line with no words"}
)


def _passed_over_reason(text: str) -> str:
    reason = why_not_a_claim(text)
    return reason if reason in _PASSED_OVER_SHAPES else PASSED_OVER


def pieces(bullets: list[Bullet], paragraphs: bool = True) -> list[tuple[Bullet, str | None]]:
    """The pieces the screen judges, each at its place in the file: the items of a line of glyph
    bullets, a bullet without its opening sentence about the employer, a paragraph's sentences;
    with the reason a piece is left out before it is judged (None: judge it). `--write` reads a
    file back through this too, so an edit is checked at the level it was made."""
    found: list[tuple[Bullet, str | None]] = []
    for bullet in (item for written in bullets for item in inline_items(written)):
        claim_at = _after_employer_sentence(bullet.text)
        if claim_at is not None:  # "Acme is a claims software company. I led ...": the claim stays
            found.append((bullet.head(claim_at), "sentence about the employer or the product"))
            bullet = bullet.tail(claim_at)
        dated_at = _trailing_date_at(bullet.text)
        if dated_at is not None and opens_with_an_act(bullet.text[:dated_at]):
            # "Collaborated with ... for a Blood Donation Camp | March '19": the date is the entry's,
            # not the claim's (round SC); a job line keeps its dates, which say what it is
            bullet = bullet.head(dated_at)
        label_end = run_in_label_end(bullet.text)
        if label_end is not None:
            bullet = bullet.tail(label_end)  # "Solution : Built scalable pipelines ...": the act is the claim
        sentences = paragraph_sentences(bullet) if paragraphs and not bullet.passed_over else None
        if sentences is None:
            found.append((bullet, None))
            continue
        found += [(sentence, NO_ACT_IN_PARAGRAPH if describes_a_thing(sentence.text) else None) for sentence in sentences]
    return found


def run_in_label_end(text: str) -> int | None:
    """Where the claim starts after a run-in label the screen cuts off ("Solution : Built ...",
    "Claims Platform: Manage ..."); None where there is none to cut. `--write` reads an edit's
    expected text through this too (write.py)."""
    run_in = _RUN_IN_LABEL.match(text)
    if run_in and _NAMES_A_CLIENT.search(run_in.group(0)):
        run_in = None  # "Committee for Climate Change: Researched ...": whom the work was for, part of the claim
    labelled = _PART_LABEL.match(text) or run_in
    if labelled and _opens_with_an_act_of_any_tense(text[labelled.end() :]) and not _is_entry_detail(text):
        return labelled.end()
    titled = RUN_IN_TITLE.match(text)
    if titled and not opens_with_an_act(text) and is_past_act((text[titled.end() :].split(maxsplit=1) or [""])[0]):
        return titled.end()
    return None


def without_run_in_label(text: str) -> str:
    """The text as the screen reads it when a run-in label opens it ("Claims: Cut claim time 20%"
    reads as its act); any other text as it is."""
    label_end = run_in_label_end(text)
    return text[label_end:] if label_end is not None else text


# A date or a span of dates after a bar or a middle dot at a claim's end, as a PDF sets the entry's
# date on the right of its line: "Collaborated with ... for a Blood Donation Camp | March '19".
_TRAILING_DATE = re.compile(rf"\s+[|·•]\s*\(?(?:{DATE_RANGE.pattern}|{ONE_DATE})\)?\s*$", re.IGNORECASE)
_DATE_AT_MOST = 120  # characters from the line's end a trailing date can start at


def _trailing_date_at(text: str) -> int | None:
    """Where the claim ends before a trailing date after a bar or a middle dot; None where there
    is none. Searched only near the end: from every space of a long run of spaces the search
    went on to the end (an attack round, session 50: a 200 KB bullet of spaces ran for minutes)."""
    end = len(text.rstrip())
    dated = _TRAILING_DATE.search(text, max(0, end - _DATE_AT_MOST))
    return None if dated is None else len(text[: dated.start()].rstrip())
# Bullets written one after another in one paragraph or list item: "• Greeted customers ... •
# Handled cash ..." (set K: an HTML page's 14 claims were read as 4).
_INLINE_GLYPH = re.compile(rf"(?:^|\s)[{INLINE_GLYPHS}]\s+")


def inline_items(bullet: Bullet) -> list[Bullet]:
    """The bullets a paragraph holds when it writes each after a bullet glyph, each at its place
    in the file, without the glyph; the bullet as it is otherwise. A skills line ("Python • SQL •
    Tableau") stays one line: most items of a paragraph of claims have four words or more."""
    glyphs = list(_INLINE_GLYPH.finditer(bullet.text))
    if not glyphs:
        return [bullet]
    starts = [match.end() for match in glyphs]
    ends = [match.start() for match in glyphs[1:]] + [len(bullet.text)]
    if glyphs[0].start() > 0:
        starts.insert(0, 0)
        ends.insert(0, glyphs[0].start())
    items = [bullet.part(start, len(bullet.text[:end].rstrip())) for start, end in zip(starts, ends)]
    items = [item for item in items if item.text.strip()]
    if len(items) == 1 and glyphs[0].start() == 0:
        return [bullet.tail(glyphs[0].end())]  # one claim after a glyph the reader did not take as a marker
    long_items = sum(1 for item in items if len(item.text.split()) >= 4)
    return items if len(items) >= 2 and long_items * 2 >= len(items) else [bullet]


# A sentence ends at ". " before a capital, but not after an initial ("U.S. Department") or an
# abbreviation ("Acme Inc. Group", "e.g. MRC work": set AK). After an acronym it does ("... using
# JAX. Achieved 2X ...": set AM, two claims read as one).
_SENTENCE_END = re.compile(
    r"(?<!\b[A-Z])(?<!\bInc)(?<!\bLtd)(?<!\bCo)(?<!\bCorp)(?<!\bDr)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bSt)(?<!\bvs)(?<!\betc)(?<!\be\.g)(?<!\bi\.e)"
    r"[.!?]\s+(?=[A-Z\"“])"
)


# A paragraph of prose under a job ("I was hired by Acme to drive ... This role required ...
# Spent time standardizing ... Mentored ..."): its claims are its sentences (set AF: 72 claims read
# as 21 run-on bullets). Two sentences or more past this length are a paragraph; shorter ones
# ("Led the move to AWS. Cut hosting costs 30%.", "Terminal administration of the remote servers.
# Configuration, control, monitoring.") stay one bullet, which the rewrite advises to split, unless
# three of them open with an act (_acts_in_a_row).
PARAGRAPH_CHARACTERS = 250


def paragraph_sentences(bullet: Bullet) -> list[Bullet] | None:
    """The sentences of a paragraph, each at its place in the file; None for a bullet that is no paragraph."""
    stops = list(_SENTENCE_END.finditer(bullet.text))
    starts = [0] + [stop.end() for stop in stops]
    if not stops or (len(bullet.text) <= PARAGRAPH_CHARACTERS and not _acts_in_a_row(bullet.text, starts)):
        return None
    ends = [stop.start() + 1 for stop in stops] + [len(bullet.text)]
    spans: list[list[int]] = []
    for start, end in zip(starts, ends):
        if spans and _goes_on_with_the_claim(bullet.text[start:end]):
            spans[-1][1] = end  # "... This was an end-to-end project ... Currently used to manage 5% of ...": the same claim
        else:
            spans.append([start, end])
    parts = [bullet.part(start, end) for start, end in spans]
    return [part for part in parts if part.text.strip()]


def _acts_in_a_row(text: str, starts: list[int]) -> bool:
    """Three sentences or more (starting at `starts`) that open with an act, however short: claims
    written one after another ("Designed the interfaces. Architected the Flex applications.
    Developed the back end ...": set AM, an HTML paragraph of four claims and a Word one of three
    read as one bullet)."""
    return sum(1 for start in starts if opens_with_an_act(text[start:])) >= 3


# A sentence that goes on with the claim before it, what it was or what came of it: "Developed an
# R application to rebalance portfolios. This was an end-to-end project that automated ...
# Currently used to manage 5% of the fund lineup" (set AK: the result stood alone as a claim and
# the middle sentence was left out as about the product). "Including LDAP, CAS, ..." lists what the
# sentence before it named (set AM).
_REFERS_BACK = re.compile(
    r"^\W*(?:this|that|these|those|it|which|currently|now|as a result|including|the (?:solution|result|results|outcome|change|changes))\b",
    re.IGNORECASE,
)


# What the work just told of brought, measured: "The underway replenishment provided a $250,000
# cost savings compared to ..." (set AQ: left out as a sentence about the product, the bullet's
# result lost).
_RESULT_OF_IT = re.compile(
    r"^\W*the\b[^.]{0,60}?\b(?:provided|saved|generated|yielded|produced|cut|reduced|increased|improved|raised|lowered)\b"
    r"[^.]*?(?:[$€£]\s?\d|\d\s?%)",
    re.IGNORECASE,
)


# What the thing just built will bring, in words: "The EBrief application is in the process of being
# implemented and will save hours per day for dozens of prosecutors across the state." (round SAE: told
# apart as a sentence about the product, the act before it judged without its result)
_WILL_BRING = re.compile(
    r"^\W*(?:the|this|it)\b[^.]{0,80}?\bwill\s+(?:save|cut|reduce|increase|improve|lower|raise|free up|speed up|halve|double)\b",
    re.IGNORECASE,
)


def _goes_on_with_the_claim(sentence: str) -> bool:
    """A sentence that tells more of the claim before it: what it was, or what came of it; or a
    fragment of a few words that opens with no verb ("... Brought $4.6M of dead stock online. First
    in the industry.": round SQ, read as a claim of its own; not "Report to senior executives.")."""
    words = _WORD.findall(sentence)
    fragment = len(words) <= _FRAGMENT_WORDS and not can_be_verb(words[0] if words else "")
    return bool(
        fragment or _REFERS_BACK.match(sentence) or _RESULT_OF_IT.match(sentence) or _WILL_BRING.match(sentence) or _states_a_result(sentence)
    )


_FRAGMENT_WORDS = 4


def _states_a_result(sentence: str) -> bool:
    """What the work before it brought, measured, and no work of its own: "Increased overall usage
    by over 150% ...", "Over 10% of users opted for ...", "On average, customers experienced an 80%
    drop ...", "Result: Cut collation time 70% ...", "Forecast: $4M ..." (sets AY and AZ: a list
    item's result sentence read as a claim of its own, the act before it left without its result).
    A result reached by means of its own ("Reduced churn 5% by rewriting the onboarding emails") is
    a claim of its own."""
    if not _QUANTITY.search(sentence) or _BY_MEANS_OF.search(sentence):
        return False
    opening = _RESULT_LABEL.sub("", sentence).strip()
    if _RESULT_VERB.match(opening):
        return True
    # not the person's own act, written in the first person anywhere ("Together with my colleagues, we wrote ...")
    first = (_WORD.findall(opening) or [""])[0]
    verb = first.lower() not in _MEASURE_OPENERS and is_only_a_verb(first)  # "Over 10% of users ...": no act
    return not (opens_with_an_act(opening) or verb or _ANY_FIRST_PERSON.search(opening))


_MEASURE_OPENERS = frozenset({"over", "under", "nearly", "almost", "about", "around", "up", "more", "less", "within"})


# A number standing alone or a share (not the digits of a name: "RFC5925", "ia32", "G2P").
_QUANTITY = re.compile(r"(?<![A-Za-z\d])[$€£]?\d[\d,.]*(?:%|x|k|m|bn|\+)?(?![A-Za-z\d])|\b(?:a third|a quarter|half|twice|doubled|tripled|halved)\b", re.IGNORECASE)
_BY_MEANS_OF = re.compile(r"\b(?:by|through|via)\s+[a-z]+ing\b", re.IGNORECASE)
_RESULT_LABEL = re.compile(r"^\W*(?:results?|outcomes?|impact|forecast)\s*:\s*", re.IGNORECASE)
_RESULT_VERB = re.compile(
    r"^(?:cut|reduced|increased|grew|raised|lowered|improved|saved|boosted|lifted|doubled|tripled|halved|decreased|"
    r"drove|generated|achieved|resulted|resulting|helped (?:to )?(?:increase|grow|reduce|cut|raise|lower|improve|save|boost|drive))\b",
    re.IGNORECASE,
)


def describes_a_thing(sentence: str) -> bool:
    """A sentence of a paragraph about the product or the role, not the person's work: it opens
    with the thing ("This service has been designed ...", "The platform provides ...", "Features
    include ...", "A modern web application built with ...") and says nothing in the first person.
    "Architecture and implementation of the Ember.js front end." stays: work written as a noun."""
    return bool(_THING_FIRST.match(sentence)) and not _ANY_FIRST_PERSON.search(sentence)


_THING_FIRST = re.compile(
    # not the person's work referred back to: "This work on ... led to ...", "This involved
    # interacting with ...", "The results of this analysis were ..." (set AI: three sentences of a
    # JSON job summary left out as about the product)
    r"^\W*(?!(?:this|that)\s+(?:work|effort|initiative|involved|included|required|meant|led|resulted|enabled)\b"
    r"|the\s+results?\s+of\s+(?:this|that|my|our)\b)"
    # and one more part of a system: "Another service manages profiles for clients" (set AL: a prose
    # resume's system read as claims); not "Each app ... is used by millions of users", a result
    r"(?:this|that|these|those|the|it|its|they|their|there|a|an|another|features|key features|technologies|tech stack)\b",
    re.IGNORECASE,
)


def _after_employer_sentence(text: str) -> int | None:
    """Where the claim starts, when a bullet opens with a sentence about the employer and goes on
    with the person's work (a real JSON Resume's job summaries); None otherwise."""
    end = _SENTENCE_END.search(text)
    if end is None or len(text[end.end() :].split()) < 5:
        return None
    first = text[: end.start() + 1]
    if _FIRST_PERSON.search(first) or _starts_with_action(first) or is_only_a_verb((_WORD.findall(first) or [""])[0]):
        return None
    if _about_employer(first) or _EMPLOYER_SENTENCE.match(first):
        return end.end()
    # or the product, then an act of the person's ("Python data validation library (28k+ stars).
    # Contributed 8 PRs from 2019 to 2020.": round SAG, nine YAML project descriptions told whole)
    rest = text[end.end() :]
    if _STACK_SENTENCE.match(rest):
        return None  # "... web app. Designed with Django as backend ...": its stack, no act of the person's
    return end.end() if _describes_a_thing(first, first.split()) and _starts_with_action(rest) and is_past_act(rest.split()[0]) else None


_STACK_SENTENCE = re.compile(r"\s*(?:Designed|Developed|Built|Made|Written|Implemented|Created|Coded)\s+(?:with|using|in|on)\b", re.IGNORECASE)


def _english_words(text: str) -> int:
    return sum(1 for word in _WORD.findall(text) if word.lower() in _ENGLISH)


def mostly_in_another_language(text: str) -> bool:
    """A whole file whose function words are mostly another language's: twelve of them at least,
    and more than twice its English ones, "a" and "in" aside, which are Portuguese, Italian or German
    words too (set RE: a Portuguese resume, 29 of its sentences lost in silence and 11 fragments read)."""
    lower = [word.lower() for word in _WORD.findall(text)]
    foreign = sum(1 for word in lower if word in _OTHER and word not in _ENGLISH)
    english = sum(1 for word in lower if word in _ENGLISH and word not in _SHARED_FUNCTION_WORDS)
    return foreign >= 12 and foreign > 2 * english


_SHARED_FUNCTION_WORDS = frozenset({"a", "in"})


def mostly_another_script(text: str) -> bool:
    """More letters of another script than Latin ones: Chinese, Cyrillic, Arabic... (no list of
    function words can tell them, and a line of Chinese has no spaces to count words by)."""
    letters = [char for char in text if char.isalpha()]
    latin = sum(1 for char in letters if char.isascii() or unicodedata.name(char, "").startswith("LATIN"))
    return len(letters) - latin > latin


# "... to validate the pricing change": what the talking was for makes it work.
_PURPOSE = re.compile(r"\b(?:to|so)\s+[a-z]{3,}")
# What the person knows, not what they did: "Expertise in ...", "Proficient in ...", "Strong
# knowledge of ...", "Have a strong knowledge of ..." (sets AN and AO).
_SKILL_STATEMENT = re.compile(
    r"^\s*(?:(?:have|has|having)\s+)?(?:an?\s+)?(?:(?:strong|good|excellent|solid|deep|sound|working|extensive|hands-on)\s+)?"
    r"(?:expertise|proficien(?:t|cy)|knowledge|understanding|familiar(?:ity)?|skilled|well[- ]versed|adept)\s+(?:in|of|with|as|on)\b",
    re.IGNORECASE,
)


def _names_a_field(rest: str) -> bool:
    """Tools, products or a domain by their names ("Selenium, TestNG, Maven", "ISO8583 Network
    Authorizations"), not an activity in words ("making Project Plans", "report generation for
    ...": the corpus readers took those for delivery claims)."""
    content = [word for word in _WORD.findall(rest) if word.lower() not in {"and", "or", "of", "the", "a", "an", "in", "with", "for", "like", "such", "as"}]
    named = [word for word in content if word[:1].isupper() or word[:1].isdigit()]
    return bool(content) and (content[0][:1].isupper() or content[0][:1].isdigit()) and len(named) >= 0.6 * len(content)


# A talk given or a show appeared on: the person's standing, not their work.
_APPEARANCE = re.compile(
    r"(?:spoke|speaker|keynote(?:d)?(?:\s+speaker)?|panell?ist|guest(?:\s+speaker)?)\s+(?:at|on|for|in)\b(?!\s+(?:behalf|the\s+team))",
    re.IGNORECASE,
)


# The role a person held or holds, said in the first person, and nothing done in it.
# And the employer and place before the role, a volunteer's role, "I was a ... analyst" (round RQ:
# "I worked at Kyoto Japanese Restaurant in Santa Barbara, California as a server from June 2015 to
# August 2017.", "I was a mergers & acquisitions analyst based in New York." read as claims); a
# comma only before a name ("..., California"), not before what was done ("..., where I ran ...").
_ROLE_SENTENCE = re.compile(
    r"^\s*I\s+(?:currently\s+|previously\s+|also\s+)?"
    r"(?:(?:work|worked|am\s+working|was\s+working|serve|served|am\s+serving|volunteered|interned)\s+(?:at\s+(?:[^,;]|,\s*(?-i:[A-Z])){2,80}?\s+)?as\s+(?:an?|the)\b"
    r"|was\s+(?:an?|the)\s+(?=(?:[^,;]*\s)?(?:" + JOB_TITLE_ALTERNATIVES + r")s?\b))"
    r"(?:[^,;]|,\s*(?=(?-i:[A-Z])))*[.]?\s*$",
    re.IGNORECASE,
)
# "... and ran discovery with 12 clinics", "... to find ...": something done in the role too; not
# "and" or "to" inside a name or a span of dates ("Commercial and Industrial Services", "June 2015 to August 2017").
_MORE_THAN_A_ROLE = re.compile(r"\b(?:and|to|by|while|who|that|which|where)\s(?![A-Z0-9])")
# How many hours were worked: "I worked 40 hours/week ...", "I worked 3 hours a day, 3 times a week ...".
_HOURS_SENTENCE = re.compile(r"^\s*I\s+(?:worked|work)\s+(?:about\s+|around\s+|roughly\s+)?\d+\s*(?:-\s*\d+\s*)?hours?\b", re.IGNORECASE)


def _is_contact_line(text: str) -> bool:
    """A line that holds an e-mail address or a phone number and opens with no act: "175 East Main
    Street • Frankfort, KY • Cell: ... • Email: ..." (set AO: a Word file's contact line, set as a
    list item, was read as a claim)."""
    without_links = _WEB_ADDRESS.sub(" ", text)  # an article's address holds runs of digits too
    return (_EMAIL_ADDRESS.search(text) is not None or _PHONE_NUMBER.search(without_links) is not None) and not opens_with_an_act(text)


_WEB_ADDRESS = re.compile(r"(?:https?://|www\.)\S+")
# Tried only where a run of address letters starts, each part bounded: read from every letter of a
# long run of word letters, an unbounded pattern took 39 s on a 450 KB bullet.
_EMAIL_ADDRESS = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+")
_PHONE_NUMBER = re.compile(r"(?<![\w.,])\+?(?:\d[ ().-]{0,2}){9,}\d(?![\w.,%])")


def _is_personal_detail(text: str) -> bool:
    detail = _PERSONAL_DETAIL.match(text.strip())
    if detail is None:
        return False
    label, value = detail.group(1).split(), detail.group(2).split()
    if len(label) > 4 or not value or len(value) > 3 or _can_be_verb(label[0]):
        return False
    if len(value) >= 2 and value[-1].islower() and _is_gerund_act(value[-1]) and not is_listing_section(section_key(detail.group(1))):
        # "GP Newspaper: news reporting": work done for a client (round ST: told as a personal
        # detail); "Interests: hill walking" is one
        return False
    # A name ("United Kingdom", "LinkedIn") is a detail; a lower-case verb ("cut churn") opens a claim.
    return value[0][:1].isupper() or not _can_be_verb(value[0])


# How long the person held the job, on a line of its own: "Employed 5 years" (set AR).
_TENURE = re.compile(r"^\s*(?:employed|worked there)\s+(?:for\s+)?\d+\+?\s+(?:years?|months?)\s*\.?\s*$", re.IGNORECASE)
# A company's name and its legal form, nothing else.
# A school's name and its place, all in capitalised words: "University of Maryland College Park, MD",
# "Imperial College London".
_SCHOOL_AND_PLACE = re.compile(
    r"^\s*(?:The\s+)?(?:(?:University|College|Institute|School)\s+of\s+(?:[A-Z][\w&'’.-]*\s*){1,6}"
    r"|(?:[A-Z][\w&'’.-]*\s+){1,4}(?:University|College)\b(?:\s+[A-Z][\w&'’.-]*){0,3})"
    r"(?:,\s*(?:[A-Z][\w.'’-]*\s*){1,3})*\s*$"
)
_COMPANY_NAME = re.compile(
    r"^\s*(?:[A-Z][\w&'’.-]*\s+){1,4}(?:LLC|L\.L\.C\.|Inc\.?|Ltd\.?|Limited|Corp\.?|Corporation|GmbH|AG|PLC|plc|LLP|Pvt\.?\s+Ltd\.?)\s*$"
)


def _is_entry_detail(text: str) -> bool:
    """A labelled detail of an entry; whom the work was for names them, whatever word opens the
    value ("Clients: Centralised & Decentralised Cryptocurrency SaaS Platform; DApps – Russia",
    round SB: read as a claim); other labels' values are no act ("Project: Led the migration ...")."""
    detail = _ENTRY_DETAIL.match(text)
    value = _WORD.findall(detail.group("value")) if detail else []
    if detail is None or not value:
        return False
    if detail.group("who"):
        return True
    if detail.group("project"):  # "Project: Loan origination portal" ("loan" can be a verb)
        return not opens_with_an_act(text[detail.start("value") :])
    return not _can_be_verb(value[0])


# "Certent (previously Equity Administration Solutions Inc.) combines ...": the aside after the name.
_ASIDE_AFTER_NAME = re.compile(r"^([A-Z][\w&.'’ -]{1,40}?)\s*\([^()]{1,80}\)")


# "A grassroots web app to ...", "An advanced survey platform built with ...", "This project
# demonstrates ...": what a project is, not what the person did (set AA: 13 such lines read as
# claims). Not "A 20% lift in retention ..." (a result written first) nor "A/B tested ...".
_THING_OPENING = re.compile(
    r"^(?:(?:A|An)\s+(?![\d$€£])|This\s+(?:project|app|application|tool|website|site|platform|library)\b"
    # set AI, project lines of three students' resumes read as claims: what it holds ("Includes
    # MUI/React frontend."), its goal ("Goal is interactive Android in browser ..."), what the
    # named thing does ("REPL supports configuration through startup dotfiles."), or the thing
    # itself ("Cross-platform mobile app for travelling and hotel booking", "Robot to sort coins")
    r"|(?:Includes|Contains|Consists of|Comes with)\b|Features\s+(?:a|an|the)\b"
    # what a project is built on or lets its users do: "Uses Twitter Bootstrap library", "Uses a
    # Bulbapedia webpage and scrapes it ..." (set AO: an HTML page's project lines)
    # (not "Uses SQL to find churn drivers ...": a person's act, with what it was for)
    r"|Uses\s+(?:an?\s+|the\s+)?[A-Z](?![^.]*\bto\s+[a-z])|(?:Allows|Lets)\s+(?:users?|you|people|customers|players|students)\b"
    r"|(?:The\s+)?(?:[Gg]oal|[Aa]im|[Ii]dea|[Pp]urpose)\s+(?:is|was)\b"
    r"|[A-Z][\w.+#-]*\s+(?:supports|includes|mimics|provides|allows|lets|enables|offers|contains|features|displays|generates)\b"
    # (not work written as a noun: "Development of website using HTML5 ..." is the person's)
    r"|(?!(?:Development|Design|Implementation|Creation|Architecture|Maintenance|Migration|Management|Redesign|"
    r"Rebuild|Launch|Delivery|Integration|Setup|Build|Building|Deployment|Testing|Ownership)\b)"
    r"[A-Z][\w/+.-]*(?:\s+[\w/+.-]+){0,3}?\s+(?:app|application|website|site|robot|tool|platform|game|bot|library|extension|"
    r"plugin|dashboard|chatbot|clone)\s+(?:for|to|that|which|using|with|built|made|written|where|in)\b"
    r"|(?:App|Application|Website|Site|Robot|Tool|Platform|Game|Bot|Library|Extension|Plugin|Dashboard|Chatbot)\s+"
    r"(?:for|to|that|which|using|with|built|made|written|where|in)\b"
    r")"
)
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+")
_THING_VERBS = frozenset({"Includes", "Contains", "Consists", "Comes", "Features", "Uses", "Allows", "Lets"})
_PART_BREAK = re.compile(r"[:;]\s+|\s+[-–—]\s+")
_ANY_FIRST_PERSON = re.compile(r"\b(?:I|me|my|we|us|our)\b")
_PASSIVE_PAST = re.compile(r"\b(?:was|were|has been|have been|had been)\b", re.IGNORECASE)
# A thing whose result the line states with a figure
_THING_RESULT = re.compile(rf"\b(?:{'|'.join(PAST_RESULT_VERBS)})\b[^.]*?\d", re.IGNORECASE)
_RESULT_NOUNS = frozenset({"increase", "decrease", "reduction", "lift", "growth", "improvement", "rise", "drop", "gain", "cut", "boost", "uplift", "saving", "savings"})
# A piece of work written as a noun ("A massive responsive replatform of Telegraph.co.uk, with a
# focus on newsroom tools ...") or a thing of the person's work that did something to an object ("A
# two-week validation run produced a concrete requirements document."): the person's claim, not a
# project described (set CN, both readers: delivery and PM work).
_WORK_AS_A_NOUN = re.compile(
    r"^(?:A|An)\s+(?:[\w'’-]+\s+){0,3}?(?:re-?platform(?:ing)?|migration|redesign|rebuild|overhaul|roll-?out|relaunch"
    r"|transformation|moderni[sz]ation|revamp)\s+(?:of|for|to)\b"
    r"|^(?:A|An)\s+(?:(?!(?:that|which|who)\b)[\w'’-]+\s+){1,4}?(?:produced|drove|gave|enabled|generated|unlocked|secured|won|delivered)"
    r"\s+(?:a|an|the|our|\d)",
)


# and with the work named as an act: "Includes developing new plan, process and schedules to kick
# project off from scratch." (set DQ: a project manager's duty left out as a description)
_WORK_IT_INCLUDED = re.compile(
    r"^\s*(?:(?:this|that|it)\s+)?(?:includes|included|involves|involved|entails|entailed)\s+(?:activities|tasks|duties|responsibilities|[a-z]+ing)\b",
    re.IGNORECASE,
)


def _describes_a_thing(text: str, words: list[str]) -> bool:
    if not _THING_OPENING.match(text) or _ANY_FIRST_PERSON.search(text):
        return False  # "A packet sniffer built in Python ..., taught me every protocol" (set I): the person's own
    if words and words[0] not in {"A", "An", "This", "The"} and _can_be_verb(words[0]) and words[0] not in _THING_VERBS:
        return False  # "Built a tool for the claims team", "Ran a bot that ...": the person's act
    if is_past_act((text.split() or [""])[0].strip(",.;:")):
        return False  # "Re-built the company website that ...": an act with a prefix, which _WORD splits
    opening = " ".join(words[:6])
    if JOB_TITLE_WORDS.search(opening) or {"role", "position", "part"} & {w.lower() for w in words[:6]}:
        return False  # "A hands-on role as a PM coordinating ...": the person's role, described
    if _WORK_IT_INCLUDED.match(text):
        # "This includes activities such as Daily Standups, Weekly retrospectives, ... and managing the
        # backlogs" (set DP): the person's own work, listed after the line it goes on from
        return False
    if _RESULT_NOUNS & {w.lower() for w in words[:5]} or _THING_RESULT.search(text) or _WORK_AS_A_NOUN.match(text):
        return False  # "A personalized in-app dashboard that increased activation rates by 11%" (set BK): a claim of its result
    first, *later = _SENTENCE_BREAK.split(text)
    if _PASSIVE_PAST.search(first):
        return False  # "A hike of 2,189 miles was completed on time": the person's work, in the passive
    # "A citizen service for land data. Built on a new stack ...": a later sentence says what was done,
    # as a part after a colon, semicolon or dash does ("Payments platform for 3M users: owned the roadmap")
    parts = later + _PART_BREAK.split(first)[1:]
    return not any(opens_with_an_act(part.strip()) for part in parts)


def _about_employer(text: str) -> bool:
    text = _EMPLOYER_PLACE.sub("", text, count=1)  # "Based in Silicon Valley, Acme provides ..." (set L)
    text = _ASIDE_AFTER_NAME.sub(r"\1", text, count=1)
    opening = _OPENING_WORD.match(text)
    if opening and is_past_act(opening["word"]):
        return False  # "Built a show runtime where each show is a Python program ...": the person's act (set J)
    if opening and _is_gerund_act(opening["word"]) and not _SUBJECT_OF_BE.match(text):
        # "Helping the bank with the transition to ...": the person's act, under a client heading
        # (set AJ); not "Snagging is a large part of ...", where the -ing word is what it describes
        return False
    if opening and is_leading_adverb(opening["word"]):
        return False  # "Jointly runs the delivery forum ...": the person's duty, not a name (set L)
    if opening and is_only_a_verb(opening["word"]) and not opening["word"].lower().endswith(("ed", "en", "oke", "ought")):
        # "Publish open-source Terraform provider with ...": the person's act in the present, no
        # name (round RN); not a past form that describes ("Bespoke web development agency ...")
        return False
    if _ABOUT_EMPLOYER.match(text) or _THE_NAMED_EMPLOYER.match(text) or _KIND_OF_EMPLOYER.match(text) or _EMPLOYER_MADE.match(text) or _EMPLOYER_FATE.match(text) or _EMPLOYER_BUILDING.match(text):
        return True
    does = _EMPLOYER_DOES.match(text)
    if does is None or re.search(r"\b(that|which|who|to)\b", does.group("name"), re.IGNORECASE):
        return False  # "Tool that helps ...": a thing the person made, described
    if re.search(r"\s(?:and|&)$", does.group("name")):
        return False  # "Build alignment with product teams and provide feedback ...": two acts of the person's (round RM)
    if re.search(r"\s[-–—]\s*$", does.group("name")):
        return False  # "Stakeholder Management - Builds strong client relationships ...": a label, then the duty (set T)
    if re.match(r"\s+(?:designs|builds|offers|produces)\s+(?:for|of)\b", text[does.end("name") :], re.IGNORECASE):
        return False  # "Solution designs for all internally developed tools ...": the person's work as a noun (set CN)
    name = does.group("name")
    if not any(char.isupper() for char in name) and "." not in name:
        return False  # "complaints about poor personal offers dropped by 10%": no name (set L); "defi SOLUTIONS", "pan-net.cloud" are
    return not is_only_a_verb(_WORD.findall(name)[0])


def _is_gerund_act(word: str) -> bool:
    """"Helping", "Supporting": a verb's -ing form ("Boeing" and "Ring" are none)."""
    return len(word) > 4 and word.lower().endswith("ing") and can_be_verb(word)


def why_not_a_claim(text: str) -> str | None:
    words = _WORD.findall(text)
    if not words:
        return "line with no words" if text.strip() else None
    lower = [word.lower() for word in words]
    lower_words = set(lower)
    foreign = sum(1 for word in lower if (word in _OTHER or _OTHER_LETTERS.search(word)) and word not in _ENGLISH)
    english = sum(1 for word in lower if word in _ENGLISH)
    if foreign >= 2 and foreign > english or mostly_another_script(text):
        return "another language"
    starts_with_verb = bool(_VERB_START.match(text.strip())) and not text.strip().lower().startswith(("certified",))
    if DATES_ONLY.match(text):
        return "dates"
    if len(words) <= 20 and _NOTE_TO_READER.search(text):
        return "note to the reader"
    skills_label = _SKILLS_LABEL.match(text)
    if _is_skill_list(text, words) or (skills_label and not _states_a_figure(text[skills_label.end() :])):
        return "skills list"  # not "API-First Stack: 83% reduction in time-to-market" (set BN), a result
    focus = _FOCUS_LABEL.match(text)
    if focus and not opens_with_an_act(text[focus.end() :].strip()):
        # "Focus: User interaction psychology, game loops, ...": the topics of a project, no act of
        # the person's (round SU: three read as claims)
        return "description of a project or product"
    skill = _SKILL_STATEMENT.match(text) if len(words) <= 25 else None
    if skill and _names_a_field(text[skill.end():]):
        return "skill statement"  # "Expertise in ISO8583 Network Authorizations and Digital Payments." (set AO: 7 read as claims)
    context = _CONTEXT_LABEL.match(text)
    # "Opportunity: Identified ..." is a claim, and so is "Problem: ...; Action: Executed ...; Result:
    # ..." on one line (set CO and round SD: three claims left out as a project's context)
    if context and not opens_with_an_act(text[context.end() - 1 :]) and not _STATES_ITS_ACTION.search(text):
        return "project's context"
    labelled = _ENTRY_LABEL.match(text)
    if labelled and not opens_with_an_act(labelled.group("rest")):  # "Role: Led the team of four" is a claim
        # a project's labelled lines in a Word resume (set AM): "Summary: Application to find the
        # top 10 restaurants ...", "Role: Part of a team of 4.", "Experience with: NetSuite, Asana, ..."
        kind, rest = labelled.group("label").lower().split()[-1], labelled.group("rest")
        if kind in {"with", "in"}:
            return "skills list"
        if kind != "role":
            return "description of a project or product"
        if len(rest.split()) <= 6 and "," not in rest:
            return "personal detail"  # not a role's duties: "Role: Requirement gathering, gap analysis, ..." (corpus)
    numbered = _NUMBERED_PROJECT.match(text.strip())
    if numbered and len(_WORD.findall(numbered["title"])) <= 12 and not opens_with_an_act(numbered["title"]) and not numbered["title"].rstrip().endswith("."):
        return "project title"
    if _is_link_line(text) or _ADDRESS_ONLY.match(text):
        return "link"
    if _PLACEHOLDER_TEXT.match(text):
        return "template placeholder"
    if _LANGUAGE_LEVEL.match(text):
        return "language level"
    if _is_contact_line(text):
        return "personal detail"
    if _ABOUT_ME.match(text):
        return "personal detail"  # "About me: Cross-functional PM with ..." under a Word file's Experience heading (set AT)
    if len(words) <= 22 and _ROLE_SENTENCE.match(text) and not _MORE_THAN_A_ROLE.search(text):
        return "job title"  # "I currently work as an account executive at ..." (set AP: read as claims)
    if len(words) <= 30 and _HOURS_SENTENCE.match(text):
        return "detail of an entry"  # "I worked 40 hours/week full-time during the summer ..." (set AP)
    if _is_personal_detail(text):
        return "personal detail"
    if len(words) <= 12 and (_is_entry_detail(text) or _LABELLED_FIGURES.match(text) or _TENURE.match(text)):
        return "detail of an entry"
    if _about_employer(text.strip()) and not _FIRST_PERSON.search(text):
        return "line about the employer"
    if _WE_THE_EMPLOYER.match(text) and not _SINGULAR_FIRST_PERSON.search(text):
        return "line about the employer"
    if _describes_a_thing(text.strip(), words):
        return "description of a project or product"
    if _YEARS_AS.match(text) or (_JOB_FROM_YEARS.match(text) and not _can_be_verb(words[0])):
        return "job title"
    if _is_title_and_stack(text) or _is_title_bar_stack(text) or (_BUILT_ON.match(text) and lower[0] not in _PARTICIPLES and not opens_with_an_act(text) and not _SAYS_MORE.search(text)):
        return "project title and its stack"
    if len(words) <= 30 and _given_a_role(text, lower[0]):
        return "job title"  # "Outsourced by Acme to Initech and assigned in the role of Engineer." (set AM)
    if len(words) <= 8 and " + " in text and JOB_TITLE_WORDS.search(text) and not opens_with_an_act(text):
        return "job title"  # "Architect + Developer + Tester (flew solo)" (set AM)
    if _is_dated_job(text) or _is_job_line(text, words):
        return "job title"
    # Both read only lines that open with no word that can be a verb: "Cut cloud costs 30% - AWS
    # Savings Plans" and "Set the pricing with finance:" are claims (fourth round of attacks:
    # 18 of 41 such bullets were left out while "Cut", "Set", "Lead" counted as nouns).
    if _COMPANY_NAME.match(text) and not opens_with_an_act(text):
        return "company and place"  # "Trailercakes LLC" (set AR: read as a claim, its first word taken for a verb)
    if _SCHOOL_AND_PLACE.match(text) and not opens_with_an_act(text):
        # "University of Maryland College Park, MD" (round SAA: read as a claim under a PDF's job);
        # not "Launched Boston College Alumni Mobile App" (attack round ATK18, C16)
        return "company and place"
    if len(words) <= 14 and _EMPLOYER_AND_PLACE.match(text.strip()) and (not _can_be_verb(words[0]) or _NAME_AND_BAR.match(text)):
        return "company and place"
    if len(words) <= 10 and _NAME_AND_BAR.match(text) and not any(char.isdigit() for char in text) and _is_title_case(words[1:]):
        # "Google | Docs Assisted Writing and Reading": an employer and its team, in title case
        return "company and place"
    if len(words) <= 8 and _LAID_OUT_IN_PARTS.search(text.strip()) and not _can_be_verb(words[0]) and not _FIRST_PERSON.search(text):
        # "Mood Indigo<TAB>IIT bombay": an employer and its place set apart by a tab, the way a
        # Word or PDF resume lays out an entry's heading (set U: read as a claim as a list item)
        return "company and place"
    if _is_name_dash_stack(text) and not _DATES.search(text):  # after a job's or a company's line
        return "project title and its stack"
    if _is_name_and_language(text, words):
        return "project title and its stack"
    if len(words) <= 5 and _NAMES_WHAT_FOLLOWS.search(text):
        return "lead-in to a list"  # "Highlights include:" (round RN: read as a claim twice)
    opening = words[:2] if is_leading_adverb(words[0]) else words[:1]  # "Personally oversaw ..."
    if (
        text.rstrip().endswith(":") and len(words) <= 12 and not any(_can_be_verb(w) for w in opening)
        and not FIRST_PERSON_ACT.search(text) and not _STATES_A_FINDING.search(text)
    ):
        # "Since taking on the PO role:", "Certifications:": its items are the claims; not "To
        # understand the drop-off, I led a mixed-methods discovery process:" (set BM), a claim itself
        return "lead-in to a list"
    if text.rstrip().endswith(":") and len(words) <= 4 and _is_title_case(words) and not is_past_act(words[0]):
        # "Cost Management:", "Cross-Functional Coordination:" above their claims, whose first word can be
        # a verb (set AU: read as claims while "Infrastructure Provisioning:" beside them was left out)
        return "lead-in to a list"
    if len(words) <= 14 and _APPEARANCE.match(text.strip()) and not _PURPOSE.search(text):
        return "talk or publication title"  # "Spoke at NationJS 2015", "Guest on CodeNewbie podcast - 2021" (set AO: 14 read as claims)
    if _is_a_title_in_quotes(text, len(words)):
        outside = _WORD.findall(_QUOTED.sub(" ", text))  # what the line says around the title: "Wrote ..." is a claim
        # and so is a sentence of its own around it ("Self-guided, long-term project management for
        # dissertation: "How ageing shapes ..."": set I left a real bullet out)
        if not outside or not (_starts_with_action(outside[0]) or is_only_a_verb(outside[0]) or len(outside) >= 7):
            return "talk or publication title"
    # "Manage NYConnects and Certified Residential Opportunities (CRO) Database projects." (set DB):
    # a present-tense act that names a certified thing is a claim
    acts = (opens_with_an_act(text) or is_only_a_verb(words[0])) and not text.strip().lower().startswith("certified")
    if len(words) <= 10 and _CERTIFICATE.search(text) and not _starts_with_action(text) and not acts and not _CERTIFIED_A_COUNT.search(text):
        return "certificate"  # "Built ISO 9001 certification management tools" is a claim (set L)
    if len(words) <= 8 and _CERTIFICATE_EARNED.match(text):
        return "certificate"  # "Received SiteCore certification for ASP.NET" among a job's highlights (set AT)
    if len(words) <= 12 and DEGREE.search(text) and not starts_with_verb:
        return "degree"
    if len(words) <= 8 and _GRADUATION.match(text):
        return "graduation date"
    if len(words) <= 16 and _GRADE_AVERAGE.search(text):
        return "grade average"  # "Maintained a 4.0 GPA during the summer semester of 2021." (set AY: nine read as claims)
    # "Present to the board ..." is a verb; "Current acting Scrum Master for the team." an adjective (set AR)
    dated = _DATES.search(re.sub(r"^\s*(?:present\b|current\s+(?=[a-z]))", "", text, flags=re.IGNORECASE))
    if len(words) <= 12 and dated and JOB_TITLE_WORDS.search(text) and not starts_with_verb and not _reads_as_a_sentence(text):
        return "job title"
    # "Optimize developer code." is a sentence, a verb and words in lower case (set AB: left out as a
    # title between two claims read)
    sentence = text.rstrip().endswith(".") and _can_be_verb(words[0]) and not _is_title_case(words)
    # a title word that can be a verb opens a duty when the words after it are in lower case and hold
    # no title: "Lead weekly project meetings" (set AW), not "Lead developer"
    titled = " ".join(words[1:]) if len(words) > 1 and _can_be_verb(words[0]) and not _is_title_case(words) else text
    # not a figure and what it measures: "50% delivery lead time reduction" (round SE: an HTML
    # page's impact tiles left out as job titles, "delivery lead" read as one)
    figure_first = text.lstrip()[:1].isdigit()
    if len(words) <= 4 and JOB_TITLE_WORDS.search(titled) and not starts_with_verb and not _starts_with_action(text) and not sentence and not figure_first:
        return "job title"  # "Front End Developer", "Senior Product Owner, Acme"
    if (
        len(words) <= 8 and _SLASHED.search(text) and not starts_with_verb and not _starts_with_action(text) and not acts
        and not _can_be_verb(words[0])  # "Administer Gnu/Linux servers."
        # "Successfully develop strategic strategies and project plans/schedules." (set DQ)
        and not (is_leading_adverb(words[0]) and len(words) > 1 and _can_be_verb(words[1]))
        and not lower_words & (_DUTY_WORDS | _PHRASE_WORDS)  # "Design/Implementation of the payments API" is work
    ):
        return "skills list"  # "TOSCA / powershell / SQL / python / selenium (java)", "Avaloq system / financial domain" (set AJ)
    tokens = len(text.split())
    few_words = tokens <= 2 or (tokens <= 5 and _is_title_case(words))
    short = tokens == 1 or (few_words and not starts_with_verb and not is_only_a_verb(words[0]))  # "Perform Code Reviews", not "Cloud Automation"
    if short and _FIGURE_FIRST.match(text):
        short = False  # "40%+ Mobile Traffic", "200K+ Followers on Social": a result in a few words (set L)
    if short and _two_acts_and_an_object(words):
        short = False
    if short and len(words) >= 2 and text.rstrip().endswith(".") and _can_be_verb(words[0]):
        short = False  # "Document Process." among "Gather requirements." and "Review Test Cases with the QA Team." (set AS)
    if short and not lower_words & _DUTY_WORDS:
        return "keyword"  # "VPN", "Multi Cloud Networking", "Web App and API Protection": tags, not claims
    if _TECHNOLOGY_NAME.match(text) and not _starts_with_action(text) and not is_past_act(words[0]):
        return "keyword"  # "React JS", "Express JS", "Replicate AI": a name whose first word can be a verb (set AM)
    return None


# A technology's two-word name: a word and a suffix that names a library or a model ("React Native"
# in a JSON Resume's highlights among 22 tool names, set AR).
_TECHNOLOGY_NAME = re.compile(r"^\s*[A-Z][A-Za-z]+\s+(?:JS|js|AI|ML|DB|UI|IO|SDK|API|Native)\s*$")


# Things set side by side with slashes, the way a skills line lists them: "SQL / python", "Hardware/Software".
# not "visitors/month", nor a term written with a slash ("UI/UX", "CI/CD", "A/B")
_NOT_A_UNIT = r"(?!(?:month|wk|week|year|yr|day|hr|hour|mo)\b)"
# (Each match starts at a word's start: from inside a long word the search tried every letter and
# read to its end, minutes on a bullet of one long word: sixth round of attacks, A17.)
_SLASHED = re.compile(
    rf"(?<![A-Za-z])(?:[A-Za-z]{{3,}}|[A-Za-z]+\))\s*/\s*{_NOT_A_UNIT}[A-Za-z(]|[A-Za-z)]\s*/\s*{_NOT_A_UNIT}(?:[A-Za-z]{{3,}}|\()",
    re.IGNORECASE,
)
# words of work or of a phrase, which a list of tools has none of
_PHRASE_WORDS = frozenset({
    "of", "for", "the", "to", "with", "on", "at", "from", "by", "implementation", "design", "administration",
    "development", "support", "consulting", "engagements",
})


# A short line with one of these words is a duty written as a fragment ("Vendor Management",
# "Product Backlog Creation & Requirement Gathering"), which a hiring manager reads and po2pm judges.
_DUTY_WORDS = frozenset({
    "product", "products", "backlog", "backlogs", "requirement", "requirements", "stakeholder", "stakeholders",
    "roadmap", "roadmaps", "sprint", "sprints", "scrum", "story", "stories", "customer", "customers", "client",
    "clients", "vendor", "vendors", "user", "users", "market", "delivery", "release", "releases", "planning",
    "management", "communication", "ownership", "creation", "gathering", "research", "analysis", "frd",
    "brd", "prd", "uat", "testing", "documentation", "prioritization", "prioritisation", "discovery",
    # ceremonies and their tools (a Word user's trial: "Daily stand-ups" in a resume's list was set
    # aside as a keyword, and the delivery-only bullet went unjudged)
    "stand", "standup", "standups", "ceremonies", "ceremony", "retrospective", "retrospectives", "retros",
    "grooming", "refinement", "demos", "jira", "kanban",
    "responsible",  # "Responsible for OTN Network" (set AS: four such duties set aside as keywords)
})
_SMALL_WORDS = frozenset({"and", "or", "with", "for", "of", "the", "a", "an", "in", "on", "to", "as", "via"})


def _two_acts_and_an_object(words: list[str]) -> bool:
    """"Design and Implement DSLs" (set K): two acts joined and what they made, a claim in title
    case; "Build and Release Engineering" names a discipline, not an object."""
    discipline = words[-1].lower().endswith(("ing", "ment", "tion", "ance", "ity"))
    return len(words) >= 4 and words[1].lower() == "and" and _can_be_verb(words[0]) and _can_be_verb(words[2]) and not discipline


def _reads_as_a_sentence(text: str) -> bool:
    """Small words in lower case run through it, as a title's do not: "Lead KBS consolidation
    efforts throughout 2016-2017 in efforts to maintain a single set of tools", "Functional Owner
    of Office 2016, OneDrive for Business, Windows 10, and PowerBI." (set AL: both claims left out
    as job titles for their years and "Lead", "Owner")."""
    small = sum(1 for word in text.split() if word.strip(",.;:").lower() in _SMALL_WORDS and word[:1].islower())
    return small >= 5 or (small >= 3 and text.rstrip().endswith("."))


def _is_title_case(words: list[str]) -> bool:
    return all(word[:1].isupper() for word in words if word.lower() not in _SMALL_WORDS)


def _can_be_verb(word: str) -> bool:
    return _starts_with_action(word) or can_be_verb(word)


# "Leeds-based", "VC-backed", "data-driven": a compound adjective, not an act ("Co-led" is one).
_COMPOUND_ADJECTIVE = re.compile(r"^[\w&.]+-(?:based|headquartered|owned|funded|backed|focused|oriented|driven)$")


def _starts_with_action(text: str) -> bool:
    """ "Led the CSPO training for 40 POs" is a claim; "Certified Scrum Product Owner" is not."""
    first = text.strip().split()[0].lower() if text.strip() else ""
    if _COMPOUND_ADJECTIVE.match(first):
        return False
    return first.endswith("ed") and first != "certified" or first.endswith("ing")


_QUOTED = re.compile(r"[\"“”«»„]([^\"“”«»„]{3,})[\"“”«»„]")


def _is_a_title_in_quotes(text: str, word_count: int) -> bool:
    """"DevOps Finland meetup: "Empowering Developers With AI"", "\"EOS: 3D files over SQLite\"
    Speaker at ...": a talk or a paper, named by its title in quotes, which is most of the line."""
    quoted = sum(len(_WORD.findall(match.group(1))) for match in _QUOTED.finditer(text))
    return quoted >= 3 and quoted * 2 >= word_count


def _is_dated_job(text: str) -> bool:
    """"14.06.21 - now: Freelance": dates, then a short title that opens no claim."""
    dated = _DATED_JOB.match(text)
    if dated is None:
        return False
    rest = dated.group(1)
    first = (_WORD.findall(rest) or [""])[0]
    return len(rest.split()) <= 6 and not _starts_with_action(rest) and not is_only_a_verb(first)


# "Cashier (May 2019 – Jun. 2021 Burlington, NC) Chick-fil-A": a job with its dates between others.
_FIGURE_FIRST = re.compile(r"^\s*[$€£]?\d[\d.,]*\s*(?:%\+?|[kKmMbB]\+?(?![A-Za-z])|\+|x(?![A-Za-z]))")
_FIGURE = re.compile(r"\d+\s*%|[$€£]\s*\d|\b\d+[kKmM]?\+")


def _is_job_line(text: str, words: list[str]) -> bool:
    """A job's line, set K: a title and company around a date range ("Skilled Labor June 2021 -
    Sep. 2021 Elite Garage"), or capitalised parts joined by " | " or " - " of which one names a
    title ("Hunch (Dating & Social App) | Associate Product Manager", "Coordinator - Oslo Scholars -
    Tufts"); never a line that opens with an act or holds a figure ("Cut churn 20% | retention squad")."""
    if opens_with_an_act(text) or _FIGURE.search(text):
        return False
    if any(_can_be_verb((_WORD.findall(part) or [""])[0]) for part in re.split(r"[:;]\s+", text)[1:]):
        return False  # "2019 - 2021: Cut claim handling time ...": the dates lead a claim
    if any(is_past_act((_WORD.findall(part) or [""])[0]) for part in re.split(r"\s[–—]\s", text)[1:]):
        return False  # "Undergraduate (2012-2015) – Worked in laboratory of ...": a role and its years lead a claim (set AB)
    if len(words) <= 20 and DATE_RANGE.search(text) and not _reads_as_a_sentence(text):
        return True
    if len(words) <= 40 and _TRAILING_DATES.search(text) and (JOB_TITLE_WORDS.search(text) or ACADEMIC_ROLE_WORDS.search(text)):
        # "Selection Panel Member, Arts Undergraduate Society Conference. (Feb 2018)", a role and
        # where it was held, dated at the end: an academic CV's list of roles (set W: 6 of 24 such
        # lines read as claims, the longer ones)
        return True
    parts = [part.strip() for part in re.split(r"\s[|–—-]\s", text)]
    named = all(part[:1].isupper() for part in parts)  # a title, a company, a place: no claim in lower case
    if 2 <= len(parts) <= 4 and len(words) <= 12 and DATES_ONLY.match(parts[-1]):
        # "VoiceStream Wireless: Operations and Systems Production Support – 2000": names in
        # title case, then the year (set M: read as a claim beside its sibling job lines)
        return all(word[:1].isupper() for part in parts[:-1] for word in _WORD.findall(part) if len(word) > 3)
    if 2 <= len(parts) <= 4 and len(words) <= 12 and named and any(JOB_TITLE_WORDS.search(part) for part in parts):
        return True
    return _is_titles_of_one_job(text, words)


def _is_titles_of_one_job(text: str, words: list[str]) -> bool:
    """Two to four titles of one job, set side by side with commas or "&": "Executive Chef,
    Banquet & Catering Manager", "Pastoral Secretary, Office Manager, Volunteer Coordinator" (set
    AR: an HTML page's job lines read as claims). Every longer word in capitals, and no sentence."""
    titles = re.split(r",\s+|\s+&\s+", text.strip().rstrip("*").strip())
    return (
        2 <= len(titles) <= 4 and len(words) <= 10 and not text.rstrip().endswith(".")
        and all(word[:1].isupper() for word in words if len(word) > 3)
        and any(JOB_TITLE_WORDS.search(title) for title in titles)
    )


_NAME_DASH = re.compile(r"\s[–—-]\s")
# "(Feb 2018)", "(Sep 2019 – Apr 2020)", "(May 2018 – Present)" closing a line.
_TRAILING_DATES = re.compile(rf"\((?:{ONE_DATE})(?:\s*(?:[-–—]|to)\s*(?:{ONE_DATE}|present|current|now|today))?\)\s*\.?\s*$", re.IGNORECASE)


def _is_name_dash_stack(text: str) -> bool:
    """"UI/UX Makeover – (Angular.js, jQuery, ui-router)", "Reports/Services – Spring Batch
    framework, Java": a project's name in title case, a dash, then the tools it was built with,
    two or more, none of them an act (set M: four of six such lines of one list were read)."""
    parts = _NAME_DASH.split(text.strip(), maxsplit=1)
    if len(parts) != 2:
        return False
    name, rest = parts
    name_words = _WORD.findall(name)
    if not 1 <= len(name_words) <= 5 or not all(word[:1].isupper() or word[:1].isdigit() for word in name_words):
        return False
    if is_only_a_verb(name_words[0]) or is_past_act(name_words[0]):
        return False
    items = [item.strip() for item in re.split(r"[,()]", rest) if item.strip()]
    return len(items) >= 2 and all(
        # an act in it ("cut drop-off by 12%", "reducing ..."); a capitalised "-ing" is a name ("Spring Batch")
        len(item.split()) <= 4 and not any(is_past_act(word) or (word[:1].islower() and word.endswith("ing")) for word in item.split())
        for item in items
    )


# "Woofs (Python)", "Libdaemon (C)", "Crypto Intro (Python, C++)": a project's name and the
# language it is written in, a title above its bullets (set O: read as a claim beside siblings
# left out as keywords).
_NAME_AND_LANGUAGE = re.compile(r"^\s*(?P<name>[\w.+#' -]{1,40}?)\s*\((?P<stack>[A-Z][\w+#.]*(?:\s*[,/]\s*[A-Z][\w+#.]*){0,2})\)\s*$")


def _is_name_and_language(text: str, words: list[str]) -> bool:
    found = _NAME_AND_LANGUAGE.match(text)
    if found is None or not 1 <= len(found.group("name").split()) <= 4:
        return False
    first = words[0]
    return not (is_past_act(first) or is_only_a_verb(first) or first.lower().endswith("ing") or first.lower() in {"i", "we"})


# What a project was built on, with no act: "Web Application on Angular, with Spring Boot and NoSQL
# database", "Web application on Laravel 6.13 + PostgreSQL 11.6" (set AM: read as claims).
_BUILT_ON = re.compile(
    r"^\s*(?:(?!of\b|for\b)[A-Za-z][\w.-]*\s+){0,2}(?:application|app|website|site|platform|service|api|system)s?\s+"
    r"(?:on|using|built (?:on|with)|written in)\s",
    re.IGNORECASE,
)
_PARTICIPLES = frozenset({"written", "built", "made", "run", "done", "grown", "drawn", "shipped"})  # "Written applications using ..."
_SAYS_MORE = re.compile(r"\b(?:that|which|who|where)\b|%")  # "Payments platform on AWS that grew to 3M users" is a claim
# A role the person was given, told as the line's claim.
_GIVEN_A_ROLE = frozenset({"outsourced", "assigned", "appointed", "hired", "placed", "seconded", "deployed"})
_ROLE_ASSIGNED = re.compile(r"\b(?:assigned|appointed|hired|placed)\s+(?:in|into|to)\s+the\s+role\s+of\b", re.IGNORECASE)


def _given_a_role(text: str, first: str) -> bool:
    """The line tells the role the person was given and nothing they did in it ("Outsourced by Acme
    to Initech and assigned in the role of Engineer."); "... and rebuilt the backlog" is a claim."""
    given = _ROLE_ASSIGNED.search(text)
    if given is None or not (first in _GIVEN_A_ROLE or not opens_with_an_act(text)):
        return False
    return not any(is_past_act(word) for word in re.findall(r"\band\s+(\w+)", text[given.end() :]))


def _is_title_and_stack(text: str) -> bool:
    """"Claims Tracker Web application MongoDB, Express, React, Node": a project's name in title
    case, then its stack (a PDF's project line); no word in it can open a claim."""
    items = [item.strip() for item in text.split(",")]
    if len(items) < 4 or not all(item and len(item.split()) <= 2 and item[:1].isupper() for item in items[1:]):
        return False
    head = items[0].split()
    if len(head) < 3 or any(_can_be_verb(word) and not word[:1].isupper() for word in head):
        return False
    return not is_only_a_verb(head[0]) and sum(1 for word in head if word[:1].isupper()) >= len(head) - 1


def _is_title_bar_stack(text: str) -> bool:
    """"SusWord — Real-Time Multiplayer Social Deduction Game | React · TypeScript · Socket.IO":
    a project's title with no act in it, a bar, then the tools it was built with, two or more set
    apart by middle dots or bullets, each a name of a word or two (round SG: two such lines of a
    PDF were read as claims while "Forex | MongoDB, Express, ..." beside them was a skills list)."""
    head, bar, tail = text.partition(" | ")
    if not bar or "|" in tail or opens_with_an_act(head) or len(head.split()) > 12:
        return False
    items = [item.strip() for item in re.split(r"\s[\u00b7\u2022]\s", tail)]
    return len(items) >= 2 and all(item and len(item.split()) <= 2 and (item[:1].isupper() or item[:1].isdigit()) for item in items)


# A short line that says what its list holds: "Highlights include:", "Responsibilities included:".
_NAMES_WHAT_FOLLOWS = re.compile(r"\b(?:include|includes|included|including|are|were|as follows)\s*:\s*$", re.IGNORECASE)
# A finding stated before the list of what it found: "The research revealed four key pain points
# blocking clinical AI adoption:" (set CV, both readers: a claim, left out as a lead-in to a list).
_STATES_A_FINDING = re.compile(r"\b(?:revealed|showed|uncovered|surfaced|confirmed)\b", re.IGNORECASE)


def _states_a_figure(text: str) -> bool:
    """A number and a word of a result: "83% reduction in time-to-market"."""
    return any(char.isdigit() for char in text) and bool(_RESULT_NOUNS & {word.lower() for word in _WORD.findall(text)})


_LIST_TIED_TO_WORK = re.compile(r"\b(?:for|across|by|to|in|at|with|from|over|through)\s+\S|\d")


def _is_skill_list(text: str, words: list[str]) -> bool:
    """Short items separated by commas, pipes or slashes, with no sentence in them; or two and
    more after a label of the writer's own ("Practices: Agile, Scrum, CI/CD", "DevOps/Monitoring:
    Grafana, New Relic": set I read them while "Languages: ..." beside them was left out)."""
    label = _LIST_LABEL.match(text)
    if label is not None and _is_labelled_list(label, text[label.end():]):
        return True
    used = _TOOLS_USED.match(text)
    if used is not None and (_is_skill_list(text[used.end():], words) or _names_only(text[used.end():])):
        return True  # "Used PHP, APIs, Zend Framework 2, Bootstrap, JavaScript, SQL" (set AL): the job's tools
    if _is_grid_row(text, words):
        return True
    items = [item.strip() for item in re.split(r"[,|;/•·]|\s\+\s", text) if item.strip()]
    if len(items) < 4 or ":" in items[0]:
        return False
    if _ENDS_IN_DUTIES.search(items[-1]):
        return False  # "Scrum ceremonies, TFS, SharePoint, forecasting, and budgetary duties." (set AP): the job's duties
    first = items[0].split()
    if len(first) >= 3 and _can_be_verb(first[0]) and any(word[:1].islower() and word.lower() not in _ENGLISH for word in first[1:]):
        return False  # "Lead pre-sales activities, RFPs, JAD sessions and SOWs": a duty in words, then its list
    # the words of an item, not its "&" or the aside in brackets ("Network & Physical Architecture",
    # "ROS 1&2 [Robotics Operating System]": set Y read two such tool lists as claims; an aside in
    # parentheses stays, as it may be a place or a date)
    longest = max(len(_ITEM_WORD.findall(_BRACKETED.sub("", item))) for item in items)
    # Skills are names: tools, methods, acronyms ("Jira", "SQL", "Design Thinking"); a list of
    # duties in lower case ("risk identification, issue escalation") is the person's work.
    named = sum(1 for item in items if item[:1].isupper() or item[:1].isdigit())
    # (A first item of one name may end like a verb: "Jenkins, Travis, Redmine, Jira".)
    # (not an opening that only looks like a verb: "Robotics R&D, GCP, Machine Learning, ..." was read
    # as a claim twice, round SV)
    # nor one that opens with an irregular past and says what the list was for or where ("Drove
    # Growth, Retention, Pricing, Onboarding for 2M users", "Grew ARR, NPS, DAU across EMEA": read as
    # skills lists, attack round ATK13, C29); "Built Environment, Urban Planning, GIS" and "Set
    # Theory, Graph Theory" name areas (ATK14: read as claims)
    irregular_act = is_past_act(first[0]) and _LIST_TIED_TO_WORK.search(text) is not None
    opens_with_a_verb = (_VERB_START.match(text.strip()) is not None or irregular_act) and _can_be_verb(first[0])
    return longest <= 3 and named >= 0.6 * len(items) and not (opens_with_a_verb and len(first) > 1)


def _opens_with_an_act_of_any_tense(text: str) -> bool:
    """An act as a claim opens with it (opens_with_an_act), or in the present tense: "Systems
    Integrity: Manage the security posture of ..." kept its label where "... Framework: Designed
    ..." did not (round SK: a Markdown page's 16 labels cut, 2 kept). Only a word that is no noun
    ("Manage", "Deploy"): "Lead" or "Design" may name the label's topic instead."""
    words = text.split(maxsplit=1)
    return opens_with_an_act(text) or (bool(words) and is_capitalised_duty(words[0]))


def _is_grid_row(text: str, words: list[str]) -> bool:
    """A row of a skills grid, its cells run together: "Analytical Skills Good Interpersonal Skills
    Organizational Skills Communication Skills" (round SL: LiveCareer's "Highlights" grids, whose
    dots mark each row, read as claims). Eight words or more, every one capitalised but "and",
    nothing but letters, spaces, "&" and "/", none of them a past act. Shorter title-case lines and those
    with a preposition are bullets people write ("Ongoing Process Reviews and Process
    Improvement", "Event Management Functionality for Scripture Union": corpus rows), as is
    "Launched Self-Serve Refunds For The Claims App"."""
    if len(words) < 8 or re.search(r"[^\w\s&/'’-]|[\d_]", text):
        return False  # a comma, a figure, a full stop, a bar or a dash between cells: a line of another kind
    if any(is_past_act(word) for word in words):
        return False
    return all(word[:1].isupper() or word in ("and", "&", "/", "|") for word in words)


def _names_only(text: str) -> bool:
    """Two names or more and nothing else: "CSS, HTML.", "Sharepoint, Latex, Word." (set AO: three
    such short tool lines were read as claims while five longer ones beside them were not)."""
    items = [item.strip() for item in re.split(r",|\band\b|&", text.strip().rstrip(".")) if item.strip()]
    return len(items) >= 2 and all(len(item.split()) <= 2 and (item[:1].isupper() or item[:1].isdigit()) for item in items)


_ENDS_IN_DUTIES = re.compile(r"\b(?:duties|responsibilities|tasks|activities)\W*$", re.IGNORECASE)
_TOOLS_USED = re.compile(r"^\s*(?:used|using|utili[sz]ed|leveraged)\s+(?=(?-i:[A-Z0-9]))", re.IGNORECASE)  # then a name
_BRACKETED = re.compile(r"\[[^\]]*\]")
_ITEM_WORD = re.compile(r"[^\W\d_]{2,}")  # "L.L.C." is no three words
# "Practices:", "Tools & Practices:", "DevOps/Monitoring:": a short label that opens a line.
_LIST_LABEL = re.compile(r"^\s*(?P<label>[A-Za-z][A-Za-z/&+ -]{1,30}?)\s*:\s+(?=\S)")
# Labels of a claim's parts ("Result: churn down 20%, NPS up 12"), never of a list of skills.
_CLAIM_LABELS = frozenset({
    "result", "results", "outcome", "outcomes", "impact", "scope", "achievement", "achievements", "goal",
    "problem", "solution", "challenge", "action", "situation", "task", "role", "summary", "highlights",
    "key achievements", "key results", "key outcomes", "key contributions",  # set P: "Key achievements : Indonesia (2022), ..."
})


_DUTY_OPENERS = frozenset({"responsible", "accountable", "in"})  # "Responsible for:", "In charge of:"


# "Challenge: Negative consumption experience reduced users' willingness to ...", "Context: ...":
# a case study's situation, not what the person did; its Approach and Impact lines are the claims
# (set W: an HTML page's 4 such lines read as claims; STAR's Action and Result stay claims).
_CONTEXT_LABEL = re.compile(
    r"^\s*(?:the\s+)?(?:challenge|challenges|context|background|problem|problem statement|situation|objective|objectives|"
    r"goal|goals|the ask|opportunity|business need|business needs|need|use case)\s*:\s+\S",  # set AS: "Business Need : Medical facilities require ..."
    re.IGNORECASE,
)
# A later part of a case study's one-line story that says what the person did, or what came of it.
_STATES_ITS_ACTION = re.compile(r"[;.|–—-]\s*(?:action|actions|solution|approach|what i did|my role|result|results|outcome|impact)\s*:", re.IGNORECASE)
# The label of a case study's line that tells what the person did ("Solution : Built scalable
# preprocessing pipelines ...", "Action: Led ..."): the claim is what follows it (set AS: four
# claims read with their label in front).
_PART_LABEL = re.compile(r"^\s*(?:solution|solutions|action|actions|approach|conclusion|what i did|my part)\s*:\s*(?=\S)", re.IGNORECASE)
# A run-in label in title case before the act ("AI Workflow Strategy & Execution: Built ...",
# "Project Manager: Managed ...", "Document Summarizer (Next.js/OpenAI): Created ..."): a heading of
# the claim, not part of it (set RC: 18 of a page's 19 claims read with the label in front, whose
# words then spoke for the claim).
_LABEL_WORD = r"(?:[A-Z0-9][\w&/+'’.-]*|\([^()]{1,40}\)|[&/+–—]|and|of|for|to|in|the|with|via|on|at|a|an)"
# The act opens a sentence of its own ("Outcome: provisioning lead time fell ..." stays whole).
_RUN_IN_LABEL = re.compile(rf"^\s*[A-Z][\w&/+'’.-]*(?:\s+{_LABEL_WORD}){{0,7}}\s*:\s+(?=[A-Z])")
# A run-in label that names an organisation, the client the work was for: "Committee for Climate
# Change: Researched ...", "Reader's Digest: Contributing chapters ..." (round ST: a freelancer's
# client lines read without the client). By a word only an organisation's name holds, or a possessive.
_NAMES_A_CLIENT = re.compile(
    r"\b(?:committee|council|commission|agency|association|society|institute|foundation|university|college|hospital|"
    r"ministry|corporation|magazine|newspaper|digest|ltd|limited|inc|llc|plc|gmbh)\b|\w['’]s\b",
    re.IGNORECASE,
)
# The labels of a project's lines that describe it rather than the person's work in it (an act
# after the label is a claim: "Role: Led the team of four").
_ENTRY_LABEL = re.compile(
    r"^\s*(?P<label>summary|overview|description|role|my role|(?:with\s+)?experience\s+(?:with|in))\s*:\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)
# "Project 1: Bullet Comment & Interaction Experience Optimization": a numbered project's title.
_NUMBERED_PROJECT = re.compile(r"^(?:project|case study|initiative)\s*#?\d{1,2}\s*[:.–—-]\s*(?P<title>\S.*)$", re.IGNORECASE)


# Labels of things listed, whose items are names however they are written (not "Objectives:", a
# project's aims in lower case, set M)
_THINGS_LISTED = frozenset({"modules", "courses", "coursework", "subjects", "skills", "tools", "technologies", "languages", "interests", "hobbies"})


def _is_labelled_list(label: re.Match[str], rest: str) -> bool:
    words = label.group("label").lower().split()
    # A label names a kind of thing ("Practices", "DevOps/Monitoring", "Key clients"); one that
    # opens with an act or a duty ("Led:", "Responsible for:") opens a claim.
    if len(words) > 3 or " ".join(words) in _CLAIM_LABELS or is_past_act(words[0]) or words[0] in _DUTY_OPENERS:
        return False
    if len(words) >= 2 and words[1] in ("to", "into") and _can_be_verb(words[0].split("-")[-1]):
        return False  # "Soft-launch to A-Countries: CAN, SWE, AUS" (set CI): an act and where it went
    items = [item.strip() for item in re.split(r"[,|;•·]|\s\+\s|\s-\s", rest.rstrip(". ")) if item.strip()]
    if len(items) < 2 or re.search(r"[%$€£]", rest):
        return False
    named = sum(1 for item in items if item[:1].isupper() or item[:1].isdigit())  # "n8n" is a name too
    # half the items named: tools are often written in lower case ("docker, docker-compose, Kubernetes"),
    # and an item may hold a short note ("TCP/IP (IPv4 & IPv6)": set K); under a listing's own label
    # none need be ("Modules: epidemiology, statistics for public health": round SAA, read as a claim)
    listed = named >= 0.5 * len(items) or bool(_THINGS_LISTED.intersection(section_key(label.group("label")).split()))
    return listed and max(len(item.split()) for item in items) <= 4


