"""Stage 4: findings + slots -> suggestions. Plain Python; spaCy is not needed here.

Keep and extend. A suggestion keeps the person's own bullet (the work, and every name, number
and product in it) and adds, in [brackets] the person fills, what a PM hiring manager looks for:
the reason, the decision, the result. It drops only tool names, and says so. Each rendering must
pass three guards before it is shown:
- the fact ledger: every fact the parse found in the original (names, numbers, products) is
  still there, or a note says why not;
- no invention: no number, name, money amount or result verb the original does not hold, outside
  the brackets;
- no new activity: no verb of doing (interviewed, tested, pitched...) that the original lacks,
  outside the brackets: what the person may not have done is asked, never stated.
A bullet that only lists ceremonies or tools gets advice to cut or merge it instead.
Questions ask about this bullet: the first about the person's own part, then one per bracket,
the first of them chosen by what the bullet mentions (UAT, a backlog, a migration...).
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Sequence

from jinja2 import TemplateError
from jinja2.exceptions import SecurityError
from rapidfuzz import fuzz, process

from .errors import RuleError
from .model import BulletReport, Slots, Suggestion
from .rules import PLACEHOLDER, did_you_mean
from .slots import ABSTRACT_NOUN_ENDINGS, TEAM_WORDS
from .templates import (
    DELIVERY_KINDS,
    DUTY_LIST_KINDS,
    Advice,
    Angle,
    Questions,
    Template,
    TemplateSet,
    first_clause,
    inflect,
    make_environment,
    several_claims,
    states_a_figure,
)
from .word_lists import JOB_TITLE_NOUNS, PAST_RESULT_VERBS, opens_with_an_act

MAX_CHARS = 320
# The command advice points to, to try a rewrite once the bullet is mended.
_REWRITE_COMMAND = 'po2pm rewrite --text "..."'
# Longer bullets get advice to split (several claims) or shorten (one claim) first: extended, a
# bullet of 200-240 characters was judged strong 13 times in 22 ("already overlong"), against
# 3 in 4 below 200 (seeds 71-96).
LONG_BULLET = 200
# "reprioritized backlogs", "led backlog prioritization": a call, not a ceremony (set V, both readers)
_PRIORITISED = re.compile(r"\b(re)?prioriti[sz](ed|ing|e|ation)\b", re.IGNORECASE)
# Kinds of work (questions.toml) PO102 reads as ceremonies: running them, grooming, acceptance testing.
_CEREMONY_KINDS = frozenset({"ceremonies", "testing", "backlog"})
# Not after an abbreviation: "Managed 5 projects of total budget fixed to approx. $5+ million ..." is
# one claim, not a paragraph to split (sets AR and AS, both readers of the advice).
_SENTENCE_END = re.compile(r"(?<!\bapprox)(?<!\be\.g)(?<!\bi\.e)(?<!\betc)(?<!\bvs)(?<!\bincl)[.!?;](\s|$)")
# A bullet that closes on its own measured result: "..., reducing development timelines by 10%".
_TRAILING_RESULT = re.compile(
    r"(?:,\s+(?:reducing|increasing|improving|cutting|boosting|saving|raising|lifting|accelerating|driving|growing"
    r"|lowering|doubling|halving|leading to|resulting in)"
    # "... requirements and reduced migration time by 60% through workflow automation" (set BL, both readers)
    rf"|,?\s+and\s+(?:{'|'.join(PAST_RESULT_VERBS)}))"
    r"\b[^,;]*\d[^,;]*[.]?\s*$",
    re.IGNORECASE,
)
# A bullet that closes on a clause of reason or purpose: "... so nothing fell through the gap between
# teams", "... because edge cases are where self-service features fall apart". A clause added after
# a comma would hang on it (seed 4201, both readers: "based on [the user problem]" read as the gap's);
# one that goes on after a semicolon, or leads the bullet, still reads.
_CLOSES_ON_A_REASON = re.compile(r"\s(?:so|because|since|so that|as otherwise|otherwise)\s+(?!(?:far|on|forth|much|many)\b)[^,;:]+[.]?\s*$", re.IGNORECASE)
# A bullet whose last sentence closes a list with "and": "..., took corrective action, and provided
# input to the roadmap". A clause that goes on with ", and ..." after it runs on (set AN, reader B).
# A bullet that closes on a relative clause after a comma: "..., which ensured stakeholder buy-in
# from the start". A participle added after it reads as the relative clause's act ("..., which
# ensured buy-in, choosing [...]": seed 4228, both readers), so only a clause after a semicolon or
# one that leads the bullet fits.
_CLOSES_ON_A_RELATIVE = re.compile(r",\s+(?:which|who|whose)\s+[^,;:]+[.]?\s*$", re.IGNORECASE)
# A bullet that states its own call: "Extracted 9 epics from the user journey stages rather than from
# the raw workshop output", "Opting for 1-week sprints allowed ...". A bracket asking for the call
# repeats it (seed 4228, both readers of both rows), so only clauses that ask for something else fit.
_STATES_A_CALL = re.compile(
    r"\b(?:rather than|instead of|in favou?r of|opt(?:ed|ing)? (?:for|to)|chose|chosen|choosing|decided (?:to|on|against))\b",
    re.IGNORECASE,
)
_ASKS_FOR_THE_CALL = ("[the call you made", "[the option that won")
_CLOSED_LIST = re.compile(r",\s+(?:and|&)\s+[^,;.!?]*[.]?\s*$", re.IGNORECASE)
_AND_CLAUSE = "{{ original }}, and "
# A bullet that closes on a list after a dash: "... for all digital literacy levels — roadmap, UX
# improvements, sprint ceremonies, and delivery cadence". A clause added at the end hangs on the
# list's last item (set BE, both readers: "..., and delivery cadence, after which [who] saw ..."),
# so only a clause that leads the bullet fits.
_DASH_LIST = re.compile(r"\s[\u2014\u2013]\s(?=[^\u2014\u2013]*,)(?:[^\s\u2014\u2013]+\s+){0,11}[^\s\u2014\u2013]+\s*$")
# "Backlog would be groomed as business priorities evolved": a way of working, with no one's act in
# it; a clause after it credits nobody (set BL, both readers: not strong once filled).
_HOW_IT_WAS_TO_RUN = re.compile(r"^(?:[\w/&'-]+\s+){1,4}(?:would|will|should|shall|must|could|can|may)\s+(?:be|get|have)\s+\w+(?:ed|en|wn|t)\b", re.IGNORECASE)
# "Requirements definition followed an iterative process, aided by ...": the work's own course told,
# with the process as the subject and no act of the person's (seed 4213, both readers: "based on
# [...], leaving out [...]" hung on the staff who aided it; no filling credits the person).
_PROCESS_FOLLOWED = re.compile(
    r"^(?:[\w/&'-]+\s+){1,4}(?:followed|follows|went through|goes through)\s+(?:an?|the)\s+(?:[\w/&'-]+\s+){0,3}"
    r"(?:process|approach|methodology|method|framework|model|cycle|lifecycle)\b",
    re.IGNORECASE,
)
# "I would prioritize the backlog, plan and manage sprints ...": a routine, not one act (set BM,
# both readers: a turned-down request added to it fits no honest filling).
_HABIT = re.compile(
    r"^(?:I|[Ww]e)\s+(?:would|used to)\s+[a-z]+"
    # and a method told in the present: "I begin by defining a roadmap and backlog for the entire
    # project" (seed 4216, both readers: "I set aside [the request ...]" fits no routine)
    # ("We usually run ..." is a standing duty, whose advice quotes it)
    r"|^(?:I|[Ww]e)\s+(?:begin by|start by)\s+[a-z]+"
    # and the team's, after a lead-in: "After the software developers coded the enhancement release
    # and before it went live, my team would conduct User Acceptance Testing" (seed 3806, both readers)
    r"|^[^.;]{0,160}?,\s+(?:I|we|my team|our team|the team)\s+would\s+(?!have\b)[a-z]+",
    re.IGNORECASE,
)
# A case study's sentence that needs the ones before it: "We evaluated this issue and ...", "In
# addition to managing the backlog, I also took on ..." (set BM, both readers: not strong; broken
# once a clause is added).
# And one that opens on time told from an earlier sentence, or on its reason or sequel: "Eight
# weeks later, we had cut the backlog by 90%, ..." (set BO, a reader: what happened eight weeks
# after what?), "So the feature requesters were asked to send requests to me ...", "That's why I
# work closely with stakeholders ..." (sets BS and BQ, both readers). And one whose subject is a
# pronoun for what the sentence before named: "These are vetted through project stakeholders to
# ensure ..." (seed 3702, both readers: ", settling [...]" after it has no one to settle it).
_LEANS_ON_CONTEXT = re.compile(
    r"\b(?:I|[Ww]e)\s+also\b|^\s*(?:in addition to|from there|after that|then)\b|\bth(?:is|at|ese|ose)\s+(?:issue|issues|problem|problems|challenge|step|steps|phase|effort)\b"
    r"|^\s*(?:[\w-]+\s+){1,3}(?:later|afterwards|on)\b,"
    # and one that points back at what was said: "Previously as mentioned, I'm only responsible for ..."
    # (seed 4206, both readers: given a requirements clause)
    r"|^\s*(?:[\w-]+,?\s+){0,2}[Aa]s (?:I |we )?(?:mentioned|said|noted)\b"
    r"|^\s*(?:so|anyway|that['\u2019]s why|that is why|this is why|which is why|because of this|as a result)\b"
    r"|^\s*(?:these|those|they|it)\s+(?:are|were|is|was|have|has|had)\b"
    # and one that says what "this" role or project took: "This involved managing internal tools for
    # web, OTT and mobile apps ..." (seed 3801, a reader: the clause hung on a sentence with no one in it)
    r"|^\s*(?:this|that|it|these|which)\s+(?:involved|involves|included|includes|entailed|entails|required|requires|meant)\b"
    # and what "this" let others do: "This allowed us to easily track what was being worked on"
    # (seed 4201, both readers: a result of the line before, not a line that says what you did)
    r"|^\s*(?:this|that|it|these|which)\s+(?:allowed|allows|enabled|enables|let|lets)\b"
    # and what "this" meant, a summing-up, or "these" from the line before: "This means I need to
    # lead the requirements gathering ...", "In a nutshell, I'm the link between customer and our
    # development team", "I'm already involved in these, because ..." (seed 4202, both readers)
    r"|^\s*(?:this|that)\s+means\b|^\s*in a nutshell\b|\b(?:in|of|on|with)\s+these\s*,"
    # and a past act on "these" or "them" from the line before: "Translated these into a prioritized
    # backlog with explicit severity tiers" (seed 3808, both readers)
    r"|^\s*[A-Za-z]+ed\s+(?:these|those|them)\b"
    # and "the work" of the line before: "The work also improved visibility of delivery
    # responsibilities ..." (seed 4229, both readers: a continuation given a result clause)
    r"|^\s*(?:the|this|that)\s+(?:work|project|effort|change|initiative|approach|process)\s+also\b"
    # and "this process" of the story told before: "Throughout this process, we maintained close
    # coordination with technical account managers ..." (seed 4247, both readers)
    r"|^\s*(?:throughout|during|over the course of|in the course of)\s+(?:this|that|the whole)\s+(?:process|project|period|phase|engagement|transition|migration)\b",
    re.IGNORECASE,
)
# A diary's line of what is still to come: "... compiled a list of questions to discuss with our
# product manager next week" (seed 3702, both readers: no result can follow it yet).
_STILL_TO_COME = re.compile(
    r"\b(?:next week|next month|tomorrow|later this (?:week|month)|in the coming (?:days|weeks|months))\b"
    # "... porting LLM-based Bixby to AR/VR headset in partnership with Google for upcoming release"
    # (seed 3808, both readers: "after which [who] saw" claimed a result of a release still to come)
    r"|\b(?:for|ahead of) (?:an? |the )?(?:upcoming|forthcoming|future) (?:release|launch|version)\b"
    # what has to be done, not what was: "... we need to look at how to distribute the features over
    # the sprints ..." (seed 4202, both readers)
    r"|\b(?:i|we)\s+(?:need|have)\s+to\s+(?!be\b)\w+",
    re.IGNORECASE,
)
# A line of only its aim, with no act of the writer's: "To coordinate the design and production of
# the FF landing pages, as well as ..." (seed 3702, both readers: ", choosing [...]" after it has
# no one to choose). Not an aim before the act ("To cut churn, rebuilt the onboarding flow").
_AIM_FIRST = re.compile(r"^\s*to\s+[a-z]+\b", re.IGNORECASE)
# "I maintain the backlog and develop user stories ...", "For requirements, I use design thinking
# ...", "I'm responsible for setting priorities ...": the writer's standing duties in the present,
# not one thing done (set BO and BP, both readers of three such rows: a decision, target or result
# added to a duty fits no honest filling). Not a past whose form is the base ("I set the scope").
# A lead-in of a few words and the writer as the subject: "To cut churn, we ...", "I ...".
_WRITER_OPENS = r"^(?:[^,;:.]{0,60},\s+)?(I|[Ww]e)"
_HABITUALLY = r"(?:\s+(?:also|usually|often|always|regularly|typically|mainly|mostly))?"
_STANDING_DUTY = re.compile(
    # a day in the life: "Most days I handle support ...", "One day I might be troubleshooting ...",
    # "My workday includes working with clients ..." (sets BQ and BS, both readers)
    r"^(?P<day>(?i:(?:most|some|many|other|on (?:a )?typical|on (?:a )?normal) days?,? (?:I|we)\b(?:\s+[a-z]+)?"
    r"|one day,? (?:I|we) (?:might|may|could|would)\b(?:\s+be)?(?:\s+[a-z]+)?"
    r"|(?:my|our|a typical|a normal) (?:work ?day|day|week|day-to-day)s?\b(?:\s+[a-z]+)?))"
    rf"|{_WRITER_OPENS}{_HABITUALLY}"
    r"(?P<be>\s*['\u2019](?:m|re)|\s+am|\s+are)\s+(?:responsible|accountable|in charge)\b"
    rf"|{_WRITER_OPENS}{_HABITUALLY}\s+"
    r"(?:maintain|manage|own|use|wear|write|run|lead|facilitate|coordinate|support|work|help|ensure|keep|handle|"
    r"oversee|prepare|define|gather|document|create|prioriti[sz]e|groom|refine|plan|organi[sz]e|act|serve|do|make|"
    r"take|try|attend|collaborate|partner|liaise|translate|review|track|monitor|report|test|build|develop|design|"
    r"look|spend|focus|drive|align|communicate|bridge|connect)s?\b"
)
# A job description's duty in the present with no subject ("Collaborate with other Product Owners
# to forecast when ...", "Bridge between technical and non-technical stakeholders, ...", "Moderates
# Backlog Refinement Meeting ..."): a clause that pins one call and one result on it fits no
# honest filling. Judged by hand in sessions 35 to 37, the suggestions for such lines were strong
# once filled 2 times in 10, against 68 in 116 for lines in the past. Such a line gets only the
# clauses written for a duty (a template whose `tenses` name the present: what the latest round
# of research showed), and where none fits, the standing-duty advice. Not where the line states a
# result of its own ("Reduce onboarding time by 30% ..."): that is the claim to extend.
_DUTY_TENSES = frozenset({"present", "present3"})
_STATES_A_RESULT = re.compile(
    rf"\b(?:{'|'.join(PAST_RESULT_VERBS)}|reduc(?:e|es|ing)|increas(?:e|es|ing)|improv(?:e|es|ing)|cut(?:s|ting)?"
    r"|grow(?:s|ing)?|boost(?:s|ing)?|sav(?:e|es|ing)|rais(?:e|es|ing)|lower(?:s|ing)?|doubl(?:e|es|ing)"
    r"|halv(?:e|es|ing)|resulting in|leading to)\b[^.;]*\d",
    re.IGNORECASE,
)
# A target with a date is one piece of work, not a standing duty: "Collaborate with executive
# leadership to ready the product for commercial launch in 2023", "... to allow release of the
# product to the plant within 2 months" (seed 4217, both readers of each)
_DATED_TARGET = re.compile(
    r"\b(?:in|by|within|before|for)\s+(?:(?:early|mid|late|the end of|end of)\s+)?"
    r"(?:(?:19|20)\d\d|q[1-4]\b|h[12]\b|(?:\d+|one|two|three|four|five|six|eight|ten|twelve)\s+(?:days?|weeks?|months?|sprints?))",
    re.IGNORECASE,
)
# A clause after the claim that opens on what the claim changed: ", cutting sprint-planning time
# ...", "; improved release predictability by 20%" (its past form, after a semicolon)
_OPENS_ON_A_RESULT = re.compile(
    r"\W*(?:cutting|reducing|increasing|improving|raising|lowering|saving|boosting|growing|doubling|halving"
    r"|eliminating|shortening|speeding|resulting in|leading to"
    r"|cut|reduced|increased|improved|raised|lowered|saved|boosted|grew|doubled|halved|eliminated|shortened|sped up)\b",
    re.IGNORECASE,
)
# A line that leads into a list below it and stops on an open word: "... to build a mobile app
# that:" (set BO, both readers: a clause after "that" leaves the sentence without its verb).
_LEADS_INTO_A_LIST = re.compile(
    r"\b(?:that|which|who|to|including|include|includes|such as|like|for|with|by|the|a|an|of|and|or|following|"
    r"as follows|are|is|were|was|where|when|how|on|in)\s*:\s*$",
    re.IGNORECASE,
)
# A bullet whose subject is a thing or other people: "The transparency of the Product Backlog was
# increased, ...", "All modifications ... required approval ...".
_OTHERS_AS_SUBJECT = re.compile(r"(?:the|a|an|this|that|these|those|our|all|each|every|its|their|his|her)\s", re.IGNORECASE)
# A bullet whose subject is the writer ("I ran ...", "To cut churn, we ...") needs it again in a
# clause that goes on with a verb of its own after a semicolon: "...; I set aside [...]" (the
# template variable `writer`).
_WRITER_AS_SUBJECT = re.compile(rf"{_WRITER_OPENS}\s+[a-z]")
# A "by" or a "through" already in the bullet, of a measure or of how it was done ("reduced rework
# by 30% through requirements validation"): the call joins with "thanks to", since a second "by"
# would read as the first one's object (the wording two readers judged, session 40)
_BY_ALREADY = re.compile(r"\b(?:by|through|via|thanks to)\b", re.IGNORECASE)
# A bullet that already says how it got its figure: "... by optimizing internal workflows across 7+
# teams". "thanks to [the call you made]" after it stacked a second cause on the first (seed 4234,
# both readers): a clause asks for the users' gain alone (the template variable `names_its_means`).
# So too "through" a noun of doing: "Reduced rework by 30% through meticulous requirements validation"
# (seed 4238, both readers: "thanks to [the call]" after it).
_NAMES_ITS_MEANS = re.compile(
    r"\b(?:by|through|via)\s+(?:[a-z]+ly\s+)?[a-z]+ing\b|\bthrough\s+(?:[a-z]+\s+){0,2}?[a-z]+(?:ation|ment)s?\b", re.IGNORECASE
)
# One piece of work after a duty's verb, told in the past: "I lead the project that completely
# restructured our day to day operations ..." is one project, not a standing duty (seed 4234, both
# readers: told to pick one time the duty led to a call).
_ONE_PIECE_OF_WORK = re.compile(
    r"\s+the\s+(?:[\w-]+\s+){0,3}?(?:project|programme|program|initiative|migration|launch|rollout|redesign|team)\s+"
    r"(?:that|which|who)\s+(?:[a-z]+ly\s+)?[a-z]+ed\b",
    re.IGNORECASE,
)
# A bullet that closes on a change of role: "..., and later became Proxy Product Owner for the web
# team of 4 developers". A result added at the end reads as the promotion's (sets BH to BJ, both
# readers: "..., after which [who] saw ..."), so only a clause that leads the bullet fits.
_ROLE_CHANGE_AT_END = re.compile(
    r"\b(?:became|become|becoming|was promoted|got promoted|promoted to|stepped up as|took over as)\b[^,;.!?]*[.]?\s*$", re.IGNORECASE
)
TWO_CLAIMS = 160  # a bullet of two sentences or more past this length is split before it is extended
MAX_SUGGESTIONS = 3
MAX_QUESTIONS = 4
MAX_SHAPE_USES = 2  # per file: no sentence shape leads more than twice
MODEL_BULLET_MIN_SCORE = 55

_NUMBER_WORDS = {
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "million", "billion", "dozen",
    "half", "double", "twice", "triple", "percent", "%",
}
# Verbs that claim a result. A suggestion may use one only if the original did, or inside a placeholder.
_RESULT_VERBS = {
    "increase", "reduce", "lift", "raise", "grow", "boost", "double", "triple", "halve", "cut",
    "decrease", "improve", "lower", "save", "drive", "generate", "earn", "deliver", "achieve",
}
# Verbs of doing that a suggestion must not claim for the person unless the original does.
_ACTIVITY_VERBS = {
    "interview", "survey", "research", "test", "experiment", "analyse", "analyze", "prototype",
    "validate", "pitch", "present", "negotiate", "launch", "lead", "decide", "rank", "prioritize",
    "prioritise", "defer", "drop", "kill", "measure", "track", "define", "own", "run", "study",
    "observe", "discover", "price", "sell", "persuade", "convince", "propose", "recommend",
}
_VOWEL_SOUND_EXCEPTIONS = {"hour", "honest", "honour", "honor", "heir"}
_CONSONANT_SOUND_EXCEPTIONS = ("user", "use", "uni", "one", "once", "euro", "eu", "ux", "url", "usa")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d.,]*")
_DEBRIS = ("{{", "}}", "{%", "%}", "[[", "]]", "[]", "None", "Undefined")
# When no clause fits (none offered, or none passed the guards): say so rather than stay silent.
# Each says what the bullet lacks rather than what po2pm could not do: "None of the clauses po2pm
# adds fits" told the reader about the tool, not the bullet (session 40, both readers of 30
# advice rows).
_NO_CLAUSE_READS = "a clause added to it as written would not read well"
NO_CLAUSE_FITS = (
    f"This bullet says what you did but not what came of it, and {_NO_CLAUSE_READS}. "
    "Rewrite it around one result: what changed for customers or the business because of this work, and your own part "
    "in it; or cut it if nothing did."
)
# When no clause fits a bullet that already names a figure ("..., reducing delivery time by 10%"):
# "rewrite it around one result" would ignore the one it has (readers of set M).
NO_CLAUSE_FITS_FIGURE = (
    f"This bullet names a figure but not what it meant for customers or the business, and {_NO_CLAUSE_READS}. "
    "Say what the figure changed for customers or the business, and which call of yours moved it, in a rewrite of "
    "your own; or cut it if it measures only how the team worked."
)
# When no clause fits a bullet that names product work (a product, its strategy or roadmap, its
# users): "or cut it" would throw away what a PM reader looks for (sets Q and R: an AI product
# roadmap, a product strategy for utilities and OEMs, both readers of each).
NO_CLAUSE_FITS_PRODUCT = (
    f"This bullet names product work worth keeping but not what came of it, and {_NO_CLAUSE_READS}. "
    "Add what changed for users or the business because of it (from what to what), and the call of yours that moved it."
)
# ("vision" is not: "Contributes vision to a product backlog" is backlog upkeep, both readers of the A/B round)
_PRODUCT_WORK = re.compile(r"(?<![\w-])(?:strategy|roadmaps?|adoption|markets?|pricing|revenue)\b", re.IGNORECASE)
# When no clause fits a bullet that states its own call ("... rather than from the raw workshop
# output"): the clauses that ask for the call are left out (_STATES_A_CALL), and "what you did but not
# what came of it" missed the call it has (seed 4228, both readers of two rows).
def _no_clause_fits_call(words: str) -> str:
    return (
        f'This bullet states a call you made ("{words}") but not what came of it. Add what it changed for users or '
        "the business, from what to what; or cut it if it changed only how the team worked."
    )


# When no clause fits a line with no act of the writer's in it, only what happened or what others
# could then do: "Leaders could easily track the overall progress of each sprint", "Work was
# categorized into projects, then organized into one-week sprints" (seed 4201, both readers: "what
# you did but not what came of it" read them backwards).
NO_CLAUSE_FITS_NO_ACT = (
    "This line says what happened or what others could then do, with no act of yours in it. Say what you did to "
    f"make it happen and what it changed for customers or the business, then rewrite it ({_REWRITE_COMMAND})."
)
# A line that opens with someone else's act, or with work done to something: a subject, then a modal
# or a passive ("Leaders could ...", "Work was categorized ...", "All tickets were triaged ...").
_NO_ACT_OF_THE_WRITERS = re.compile(
    r"^\s*(?!(?:i|we|my|our)\b)(?:[\w'’-]+\s+){1,4}?(?:could|can|were able to|was able to|got to)\s+\w+"
    r"|^\s*(?!(?:i|we|my|our)\b)(?:[\w'’-]+\s+){1,4}?(?:was|were|has been|have been|got)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b",
    re.IGNORECASE,
)
# When no clause fits a bullet that lists several duties: one clause cannot serve them all.
NO_CLAUSE_FITS_DUTIES = (
    "This bullet holds several pieces of work, and no one clause fits them all. Keep the one where your own "
    "call mattered most, rewrite it around what it changed for users or the business "
    f"({_REWRITE_COMMAND}), and cut or merge the rest."
)
# When no clause fits one piece of work spread over a list ("Improved commerce workflows across order
# management, reporting, customer support, vendor coordination, and integration touchpoints", "Led
# the business analysis for three projects: A, B and C"): one result cannot speak for them all
# (session 40, both readers of 30 advice rows).
NO_CLAUSE_FITS_SPREAD = (
    "This bullet spreads one piece of work over several areas or projects, so no one result fits them all. Keep the one "
    "where it changed most for customers or the business, say what changed (from what to what) and your own call in it "
    f"({_REWRITE_COMMAND}); name the others in a line of scope, or give each a bullet of its own."
)
# What says the list is where one piece of work went, not who took part in it ("alignment across
# engineering, data science and commercial stakeholders"): areas of the work counted ("three
# projects: ..."), or named beside "across" ("workflows across order management, reporting, ...").
_SPREAD_NOUNS = r"(?:projects|programs|programmes|initiatives|products|modules|workstreams|domains|workflows|touchpoints|applications|business lines)"
_SPREAD_OVER = re.compile(
    rf"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+\+?)\s+(?:[\w-]+\s+){{0,4}}{_SPREAD_NOUNS}\b"
    rf"|\b{_SPREAD_NOUNS}\s+across\b|\bacross\s+(?:[\w&/-]+,?\s+){{0,8}}{_SPREAD_NOUNS}\b",
    re.IGNORECASE,
)
_TOOL_PREPOSITIONS = ("using", "in", "via", "with", "on", "through", "within")


@dataclass(frozen=True)
class Candidate:
    text: str
    angle: str
    template_id: str
    placeholders: tuple[str, ...]
    notes: tuple[str, ...] = ()

    def filled(self, examples: dict[str, str]) -> str:
        """The suggestion with each placeholder filled with its example answer, for the self-check:
        a suggestion is shown only if, filled like this, it no longer reads as delivery work."""
        return PLACEHOLDER.sub(lambda m: examples.get(m.group(1).strip(), m.group(1)), self.text)


@dataclass(frozen=True)
class Core:
    """The person's bullet as a suggestion keeps it: tool names dropped, a tense clash or a
    doubled word mended, and why."""

    text: str
    dropped: tuple[str, ...]  # tool names taken out
    mended: tuple[str, ...] = ()  # what was mended, said for the person ("'participate' is now ...")
    respelled: tuple[str, ...] = ()  # the words mend() wrote in another form ("Lead", now "Led")

    @property
    def notes(self) -> tuple[str, ...]:
        notes = []
        if self.dropped:
            names = " and ".join(self.dropped)
            notes.append(f"{names} {'belong' if len(self.dropped) > 1 else 'belongs'} in Skills, not in this bullet")
        return (*notes, *self.mended)


def mend(text: str, slots: Slots) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """The bullet with its listed verbs in the tense of its first ("Worked ..., participate in"
    -> "participated") and a word typed twice once; the changes, to say so; and the words written
    in another form."""
    text, shift, pair_mended, tense = _mend_opening_pair(text, slots.tense)
    verbs_mended = [pair_mended[1]] if pair_mended else []
    respelled = [pair_mended[0]] if pair_mended else []
    for start in sorted((at + shift if at > 0 else at) for at in slots.clashing_verbs)[::-1]:
        word = re.match(r"[A-Za-z]+", text[start:])
        if word is None:
            continue
        if start > 0 and word.group(0)[:1].isupper():
            continue  # a name mid-bullet ("co-ordinated for CUG and Live": the go-live, not "Lived")
        if _HYPHEN_AFTER.match(text, start + word.end()):
            continue  # half of a joined word ("pre -award and post -award teams": not "posted", seed 4206)
        lemma = verb_lemma(word.group(0))
        if not lemma:
            continue  # no verb after all ("workflows")
        form = inflect(lemma, tense)
        if word.group(0)[:1].isupper():
            form = form[:1].upper() + form[1:]
        if form.lower() != word.group(0).lower():
            text = text[:start] + form + text[word.end() + start :]
            verbs_mended.append(f"'{word.group(0)}' is now '{form}', in the tense of the verb the bullet opens with")
            respelled.append(word.group(0))
    text, closed = _close_an_open_bracket(text)
    doubled = [f"'{match.group(0)}' is written once" for match in _DOUBLED_WORD.finditer(text)]
    text = _DOUBLED_WORD.sub(r"\1", text)
    glued = list(_GLUED_WORDS.finditer(text))
    notes = (*reversed(verbs_mended), *closed, *doubled, *(f"'{m.group(0)}' is now '{m.group(1)} {m.group(2)}'" for m in glued))
    return _GLUED_WORDS.sub(r"\1 \2", text), notes, (*respelled, *(m.group(0) for m in glued))


def _close_an_open_bracket(text: str) -> tuple[str, list[str]]:
    """A bracket the bullet opens and never closes is closed at its end, before its full stop: a
    clause added after it would be read inside the aside ("... a distributed team (5 developers in
    India, 1 in Germany, choosing [...]": seed 4229, both readers)."""
    if text.count("(") != text.count(")") + 1 or text.rfind("(") < text.rfind(")"):
        return text, []
    body = text.rstrip()
    stop = len(body) - len(body.rstrip(".;,"))
    closed = body[: len(body) - stop] + ")" + body[len(body) - stop :] + text[len(body) :]
    return closed, ["the bracket left open is closed"]


def _mend_opening_pair(text: str, tense: str) -> tuple[str, int, tuple[str, str] | None, str]:
    """Two capitalised verbs joined by "and" that open the bullet, one a regular past and the other
    a base form: the capital after "and" is no name, and the base form takes the past. "Document
    and Published PI objectives ..." (seeds 2020 and 2021) and "Managed and Lead a team of
    architects ..." (set AP): both readers of each called the clash ungrammatical. Returns the
    text, how far the words after the pair moved, the word changed and what was said, and the
    bullet's tense."""
    pair = _OPENING_VERB_PAIR.match(text)
    if pair is None:
        return text, 0, None, tense
    words = pair.group(1), pair.group(2)
    lemmas = [verb_lemma(word.lower()) for word in words]
    is_base = [lemma == word.lower() for word, lemma in zip(words, lemmas)]
    is_past = [bool(lemma) and word.endswith("ed") and inflect(lemma, "past").lower() == word.lower() for word, lemma in zip(words, lemmas)]
    if tense == "present" and is_base[0] and is_past[1]:
        changed, kept, side = 0, 1, "after"
    elif tense == "past" and is_past[0] and is_base[1]:
        changed, kept, side = 1, 0, "before"
    else:
        return text, 0, None, tense
    past = inflect(lemmas[changed], "past")
    if side == "before" and past.lower() == words[changed].lower():
        return text, 0, None, tense  # "Managed and Set ...": its past is its base form
    past = past[:1].upper() + past[1:]
    start, end = pair.span(changed + 1)
    note = f"'{words[changed]}' is now '{past}', in the tense of '{words[kept]}' {side} it"
    return text[:start] + past + text[end:], len(past) - len(words[changed]), (words[changed], note), "past"


# Two words run together where a space was lost: "backlog groomingand continuous delivery",
# "by conductingUser Acceptance Testing" (seed 2036, both readers of one, one of the other: kept
# in the suggestion, ungrammatical). Only after an -ing or -ed form of four letters or more,
# before a small word or a capitalised one.
_GLUED_WORDS = re.compile(r"\b([a-z]{2,}(?:ing|ed))(and|or|the|with|for|to|of|[A-Z][a-z]{2,})\b")
_OPENING_VERB_PAIR = re.compile(r"([A-Z][a-z]+) and ([A-Z][a-z]+)\b")
# A hyphen after a word, a space before it or not, as a PDF's text has it ("post -award"): the
# word is half of a joined one.
_HYPHEN_AFTER = re.compile(r" ?-(?=\w)")
# "roadmaps roadmaps": a lower-case word typed twice (not "that that" or "had had", which can be
# meant, nor a name such as "Bora Bora").
_DOUBLED_WORD = re.compile(r"\b(?!(?:that|had|is|was)\b)([a-z]{3,})\s+\1\b")


def verb_lemma(word: str) -> str:
    from lemminflect import getAllLemmas  # imports spaCy: only when a suggestion is made

    lemmas = getAllLemmas(word, upos="VERB").get("VERB", ())
    return lemmas[0] if lemmas else ""


# The verbs that run a ceremony, in the forms a bullet writes them.
_RUNS = (
    r"(?:led|lead|leading|ran|run|running|facilitated|facilitate|facilitating|conducted|conduct|conducting|"
    r"organi[sz]ed|organi[sz]e|organi[sz]ing|hosted|host|hosting|attended|attend|attending|chaired|chair|chairing)"
)


def _without_trailing_ceremonies(core: str, ceremonies: frozenset[str]) -> tuple[str, str | None]:
    """The bullet without a closing duty that only runs ceremonies ("..., and led sprint planning
    sessions"), and that duty; the bullet as it was where none closes it, or nothing else is left."""
    if not ceremonies:
        return core, None
    names = "|".join(re.escape(name) for name in sorted(ceremonies, key=len, reverse=True))
    duty = re.compile(
        rf"(?:,\s*|\s+)(?:and\s+)?({_RUNS}\s+(?:the\s+|all\s+|weekly\s+|bi-weekly\s+)?(?:{names})"
        rf"(?:\s*(?:,|and|&)\s*(?:{names}))*(?:\s+(?:sessions?|meetings?))?)$",
        re.IGNORECASE,
    )
    match = duty.search(core)
    if match is None or len(core[: match.start()].split()) < 4:
        return core, None
    return core[: match.start()].rstrip(" ,;"), match.group(1)


# What a ceremony is called besides the lexicon's names: "ART syncs", "System Demos", "PI
# Planning events" (set BP, both readers: a clause after them credits the team's call to the
# facilitator). Workshops are left out: a discovery workshop is work of its own.
_MEETING_HEAD = re.compile(
    r"\b(?:meetings?|sessions?|syncs?|demos?|ceremony|ceremonies|events?|stand-?ups?|retros?|retrospectives?|"
    r"reviews?|planning|scrums?|huddles?|check-?ins?)\s*$",
    re.IGNORECASE,
)


# "... for a team of nine engineers and two testers": the people the ceremonies were run for.
_FOR_A_TEAM = re.compile(
    r"\s+(?:for|with|across)\s+[^,;]*?\b(?:team|teams|squad|squads|tribe|engineers|developers|testers|people|staff|members)\b.*$",
    re.IGNORECASE,
)


# Sessions that are discovery or analysis, not ceremonies: "Conducted various elicitation sessions
# with field staff, ..." keeps its clause of what it showed.
_WORK_OF_ITS_OWN = re.compile(
    r"\b(?:elicitation|requirements?|research|interviews?|discovery|users?|customers?|clients?|feedback|design|usability|workshops?|jad)\b",
    re.IGNORECASE,
)


def _lists_ceremonies_only(text: str, ceremonies: frozenset[str]) -> bool:
    """Is every item the bullet lists, after the verb that runs them, a meeting or ceremony?
    "Facilitated PI Planning events, ART syncs, and System Demos": capitalised ceremonies read as
    named facts, but there is nothing else in the bullet."""
    opening = re.match(rf"\s*{_RUNS}\s+(?:the\s+|all\s+)?", text, re.IGNORECASE)
    if opening is None:
        return False
    listed = _FOR_A_TEAM.sub("", text[opening.end() :].rstrip(" ."))  # who they were run for is no item
    items = [item.strip(" .") for item in re.split(r",\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+", listed)]
    return all(
        item and (_MEETING_HEAD.search(item) or item.lower() in ceremonies) and not _WORK_OF_ITS_OWN.search(item) for item in items
    )


def _without_joined_ceremony(core: str, ceremonies: frozenset[str]) -> tuple[str, str | None]:
    """The bullet without a ceremony joined by "and" to the work it names ("Led backlog
    prioritization and sprint planning across ..."), and that ceremony; the bullet as it was where
    none is joined so, or a ceremony comes first ("Ran sprint planning and ...")."""
    if not ceremonies:
        return core, None
    names = "|".join(re.escape(name) for name in sorted(ceremonies, key=len, reverse=True))
    joined = re.compile(rf",?\s+and\s+(?:the\s+)?((?:{names})(?:\s+(?:sessions?|meetings?))?)(?=[\s,;]|$)", re.IGNORECASE)
    match = joined.search(core)
    if match is None:
        return core, None
    before = core[: match.start()]
    if re.search(rf"(?:{names})\s*$", before, re.IGNORECASE) or len(before.split()) < 3:
        return core, None  # "Ran stand-ups and retrospectives": ceremonies only, told as advice
    return before + core[match.end() :], match.group(1)


# A tool phrase that goes on with "&" or "and" and a name that is no tool is kept whole: "using
# Jira & Power BI integration" lost "Jira" and left "reporting & Power BI integration" (pool, s45).
# "... using JIRA, Confluence, and various other tools": the list's tail goes with it (sets BC and
# BD, both readers: "Delivered stakeholder reporting and dashboards, and various other tools").
_OTHER_TOOLS = r"(?:\s*,?\s*(?:and|&|or)\s+(?:(?:various|many|several|some|a few)\s+)?other\s+(?:tools|platforms|software|applications|systems))?"


def keep_core(
    text: str, tools: frozenset[str], mended: tuple[str, ...] = (), ceremonies: frozenset[str] = frozenset(), respelled: tuple[str, ...] = ()
) -> Core:
    """The bullet without a closing full stop, without phrases that only name tools ("using Jira
    and Confluence", "in TFS") and without a closing duty that only runs ceremonies: the work and
    its facts stay as written. `mended`, `respelled`: what mend() changed in `text`, to say so."""
    core = _without_closing_stop(text)  # "...as a Product Owner:" heads sub-bullets; "...requirements," (set T)
    # and a stop inside the closing quote: '... for the "claims portal."' read '"claims portal.", in
    # an order set by [...]' (attack round ATK23, C3)
    core = _STOP_IN_A_CLOSING_QUOTE.sub(r"\1", core)
    core, ceremony = _without_trailing_ceremonies(core, ceremonies)
    if ceremony is None:
        core, ceremony = _without_joined_ceremony(core, ceremonies)
    if ceremony is not None:
        mended = (*mended, f"'{ceremony}' is cut: a PM hiring manager skips ceremonies, and what you add would read on them")
        # the sentence before a cut one ends in its own stop: "... for the HR team. Ran the sprint
        # reviews." read "... for the HR team., choosing [...]" (attack round ATK23, C5)
        core = _without_closing_stop(core)
    dropped: list[str] = []
    if tools:
        names = "|".join(re.escape(tool) for tool in sorted(tools, key=len, reverse=True))
        phrase = re.compile(
            rf"[ ,]+(?:{'|'.join(_TOOL_PREPOSITIONS)})\s+((?:{names})(?:\s*(?:,|and|&)\s*(?:{names}))*)"
            rf"{_OTHER_TOOLS}(?=[,.;]|$|\s+(?![A-Z0-9&+/]|(?:and|or)\s))",
            re.IGNORECASE,
        )
        for match in phrase.finditer(core):
            dropped += [part.strip() for part in re.split(r"\s*(?:,|and|&)\s*", match.group(1)) if part.strip()]
        core = phrase.sub("", core)
    return Core(" ".join(core.split()), tuple(dict.fromkeys(dropped)), mended, respelled)


_STOP_IN_A_CLOSING_QUOTE = re.compile(r"[.;:,]+([\"'\u201d\u2019])$")


def _without_closing_stop(text: str) -> str:
    return text.strip().rstrip(".;:,").rstrip()


class Rewriter:
    def __init__(
        self,
        templates: TemplateSet,
        pairs: Sequence[tuple[str, str, str]] = (),
        tools: frozenset[str] = frozenset(),
        questions: Questions | None = None,
        advice: tuple[Advice, ...] = (),
        ceremonies: frozenset[str] = frozenset(),
    ):
        """pairs: (archetype, weak, strong) examples; the nearest weak one informs the ranking.
        tools: tool names a suggestion drops ("Jira"); questions: questions about the bullet;
        advice: what to say instead of a rewrite (templates/advice.toml); ceremonies: the
        ceremonies a closing duty of a bullet may run, which a suggestion cuts."""
        self.templates = templates
        self._pairs = list(pairs)
        self._weak = [weak for _, weak, _ in self._pairs]
        self._tools = tools
        self._ceremonies = ceremonies
        self._questions = questions
        self._advice = advice
        self._nearest: dict[str, tuple[str, str, str] | None] = {}  # candidates() and finish() both ask
        self._advised: dict[tuple[str, tuple[str, ...], Slots | None], str | None] = {}  # so do they here
        self._environment = make_environment()
        known_kinds = {topic.id for topic in questions.topics if topic.id} if questions is not None else set()
        for angle in templates.angles:
            for template in angle.templates:
                for kind in template.kinds:
                    if kind not in known_kinds:
                        raise RuleError(
                            f"{template.source}: template {template.id}: field 'kinds': {kind!r} is not a topic id "
                            f"of questions.toml{did_you_mean(kind, known_kinds)}"
                        )
        self._compiled = {
            (template.source, template.id): self._environment.from_string(template.text)
            for angle in templates.angles
            for template in angle.templates
        }

    def nearest_pair(self, text: str) -> tuple[str, str, str] | None:
        if text not in self._nearest:
            found = None
            if self._weak:
                found = process.extractOne(text, self._weak, scorer=fuzz.token_set_ratio, score_cutoff=MODEL_BULLET_MIN_SCORE)
            self._nearest[text] = self._pairs[found[2]] if found else None
        return self._nearest[text]

    def advice(self, report: BulletReport) -> str | None:
        """The advice for this bullet (_advice_for), worked out once: candidates() and finish() both ask."""
        key = (report.bullet.text, tuple(finding.rule for finding in report.findings), report.slots)
        if key not in self._advised:
            self._advised[key] = self._advice_for(report)
        return self._advised[key]

    def _advice_for(self, report: BulletReport) -> str | None:
        """Advice instead of a rewrite: cut or merge a bullet that names only ceremonies or tools,
        cut or replace project administration (advice.toml), and split or shorten a paragraph,
        which no added clause can help. Cutting comes first: a long bullet of administration is
        not worth splitting; but a paragraph of several claims is split first, since a word of
        administration somewhere in it says little about the whole. Advice chosen by the kind of
        work comes last, once the bullet is known to be one claim of a readable length."""
        text = report.bullet.text
        slots = report.slots or Slots()
        sentences = len(_SENTENCE_END.findall(text.strip()))
        if len(text) > 2 * LONG_BULLET and sentences >= 2:
            return _paragraph_advice(len(text))
        ceremony = any(f.rule == "PO102" for f in report.findings)
        prioritised = _PRIORITISED.search(text) is not None  # "reprioritized backlogs": a call, not a ceremony
        kinds = self._questions.kinds_of(text) if self._questions else ()
        # "Documented requirements, led UAT, supported users": duties besides the ceremonies, told below
        other_duties = DELIVERY_KINDS.intersection(kinds) - _CEREMONY_KINDS
        if (
            ceremony
            and not prioritised
            and not other_duties
            # "Reduced cycle time with clearer Definition of Ready/Done" claims a result (seed 3702, both readers)
            and text.split(maxsplit=1)[0].lower() not in PAST_RESULT_VERBS
            # "Used sprint retrospectives to raise team velocity by 80%" claims a figure, which the
            # advice for its kind of work weighs; "Coordinating UAT with business users" is testing
            and not ("testing" in kinds and not {"ceremonies", "backlog"}.intersection(kinds))
            and _STATES_A_RESULT.search(text) is None
            and (
                not (slots.topic or slots.team or slots.customers or slots.facts)
                or len(slots.content) <= 1
                or _lists_ceremonies_only(text, self._ceremonies)
            )
        ):
            return (
                "This bullet lists ceremonies or tools only. Cut it, or merge it into a bullet about "
                "what they decided or changed for the product."
            )
        # Of the advice whose words the bullet holds, the one whose words come first: a bullet's
        # claim comes first and its side words after ("Coordinated UAT with 50+ users; ...
        # traceability in JIRA" is testing, not keeping documents). Two readers of 40 advice rows
        # that change (set ab4): reads the bullet 33 and 32 of 40 against 28 and 26 in file order,
        # preferred 23 and 23 times against 14 and 14. File order breaks ties.
        applicable = [advice for advice in self._advice if advice.applies(text, slots.topic, slots.lists_things)]
        if applicable:
            chosen = min(applicable, key=lambda advice: advice.first_read_at(text))
            # words found only past the first clause are a side of the claim, where the kind of work
            # of the first clause has advice of its own ("Decomposed complex epics into testable user
            # stories ..., maintaining end-to-end traceability through RTM" is requirements work, not
            # keeping documents: seed 4207, both readers); not where that clause states the claim's
            # result ("..., cutting sprint-planning time by a fifth": the team's machinery it moved)
            first = first_clause(text)
            rest = text.strip()[len(first) :]
            if not (rest and chosen.read_only_past_first_clause(text) and _OPENS_ON_A_RESULT.match(rest) is None):
                return chosen.told(kinds, text, self._tools)
            first_kinds = self._questions.kinds_of(first) if self._questions else ()
            # its `unless` words read in the whole bullet: "Owned the requirement lifecycle ... in a
            # small startup, ... to support a 4-platform product (...)" names its product after the
            # first clause (seed 4217, both readers: told it named none)
            by_first_kind = self._advice_by_kind(first, first_kinds, whole=text)
            if by_first_kind is not None:
                return by_first_kind.told(first_kinds, first, self._tools)
            # a first clause with no advice of its own, closed by a semicolon, is not told
            # by the words of the clause after it: "Led a five-person team ... to published patent;
            # ran weekly syncs, applied risk management ..." was told to cut project
            # administration, "Coordinate ... six streaming apps ...; own project schedules ..." to
            # cut documents (seed 4209, both readers); the checks below (length, shape) or a rewrite
            # take it. After a comma, "Monitoring, reviewing & reporting of the project progress"
            # is a list of duties, not a claim and its side, so the words after it still choose; so
            # do they after a dash, which as often leads into a list ("... into a system design —
            # data model, screen flows, ...") or follows a name ("Rapid Identity - Identity ...").
            if not rest.startswith(";"):
                return chosen.told(kinds, text, self._tools)
        if _HOW_IT_WAS_TO_RUN.match(text) or _HABIT.match(text) or _PROCESS_FOLLOWED.match(text):
            return (
                "This line says how the work was run, not one thing you did and what came of it. Name a call "
                f"that was yours and what it changed for customers or the business, then rewrite it ({_REWRITE_COMMAND})."
            )
        if _LEADS_INTO_A_LIST.search(text):
            return (
                "This line leads into a list, so it cannot stand as a bullet, and a clause added to it would "
                "have no verb to hang on. Make the list's items the bullets, or say in this line what the work "
                f"achieved for customers or the business, then rewrite it ({_REWRITE_COMMAND})."
            )
        duty = _STANDING_DUTY.match(text)
        if (
            duty is not None
            and (duty.group("day") or duty.group("be") or slots.tense != "past")
            and not _ONE_PIECE_OF_WORK.match(text, duty.end())
        ):
            return _standing_duty_advice(text[: duty.end()].split(",")[-1].strip())
        if _STILL_TO_COME.search(text):
            return (
                "This line tells what is still to come, not what you did and what came of it. Once it has "
                "happened, say what it decided or changed for customers or the business, and your part in it; "
                "or cut it."
            )
        if _is_aim_only(text):
            return (
                "This line says what the work was for, with no act of yours in it. Say what you did, to what, "
                f"and what came of it for customers or the business, then rewrite it ({_REWRITE_COMMAND})."
            )
        leaning = _LEANS_ON_CONTEXT.search(text)
        if leaning is not None:
            return (
                f"This line leans on the sentences around it (\"{leaning.group(0).strip(' ,')}\"), so it cannot stand as a "
                "bullet of its own. Say what you did, to what, and what changed for customers or the business, "
                f"in one line, then rewrite it ({_REWRITE_COMMAND})."
            )
        if len(text) > TWO_CLAIMS and sentences >= 2 and len(text) <= LONG_BULLET:
            # A clause added at the end would hang on the last sentence, not on the bullet's claim.
            return f"This bullet makes {sentences} claims, one per sentence. {_SPLIT_AND_CUT}"
        if len(text) > LONG_BULLET:
            if sentences >= 2 or len(text) > 2 * LONG_BULLET:
                return _paragraph_advice(len(text))
            return (
                f"At {len(text)} characters this bullet is too long to extend. Shorten it to its one claim "
                f"(two lines at most), then rewrite it ({_REWRITE_COMMAND})."
            )
        by_kind = self._advice_by_kind(text, kinds)
        return by_kind.told(kinds, text, self._tools) if by_kind is not None else None

    def _advice_by_kind(self, text: str, kinds: tuple[str, ...], whole: str = "") -> Advice | None:
        """The first advice chosen by the kind of work the text leads with (kinds: Questions.kinds_of
        of it), or by its list of duties; whole: the bullet the text is the first clause of, whose
        words call an advice off."""
        pieces, items = pieces_of_work(text), listed_items(text)
        return next((advice for advice in self._advice if advice.applies_to_kind(text, kinds, pieces, items, whole)), None)

    def candidates(self, report: BulletReport) -> list[Candidate]:
        """Every rendering that passes the guards, best angle first (more than will be shown)."""
        if self.advice(report) is not None:
            return []
        slots = report.slots or Slots()
        text, mended, respelled = mend(report.bullet.text, slots)
        core = keep_core(text, self._tools, mended, self._ceremonies, respelled)
        if not core.text:
            return []
        pair = self.nearest_pair(report.bullet.text)
        archetype = pair[0] if pair else None
        kinds = self._questions.kinds_of(report.bullet.text) if self._questions else ()
        variables = template_variables(slots, core.text)  # once per bullet: every template reads them
        last_item = _last_item(core.text)  # what a clause added at the end reads on
        last_kinds = self._questions.kinds_of(last_item) if self._questions else ()
        first_kinds = self._questions.kinds_of(core.text.split(",")[0]) if self._questions else ()  # the claim
        # the last act listed, which a clause of "this" at the end points at
        last_act_kinds = self._questions.kinds_of(last_piece_of_work(core.text)) if self._questions else ()
        duty_tense = _duty_tense(text, slots)
        if duty_tense and listed_items(core.text) >= 4 and DUTY_LIST_KINDS.intersection(kinds):
            # "Leads requirements gathering sessions, requirement analysis, planning, tracking and
            # delivery": no one round or result is the duty's (seed 3901, both readers); the
            # standing duty's advice says so (_why_none_fits). Not the people of one duty
            # ("Interview underwriters, business managers, and project managers to ...").
            return []
        found = []
        for angle in self._ranked_angles(report, archetype, report.bullet.text, kinds):
            found += self._render_angle(
                angle, report.bullet.text, core, slots, variables, kinds, (last_item, last_kinds), (first_kinds, last_act_kinds), duty_tense
            )
        return found

    def _ranked_angles(self, report: BulletReport, archetype: str | None, original: str, kinds: tuple[str, ...]) -> list[Angle]:
        present = set(report.signals)
        first_rule_angle = _first_angle(report)
        topic_angle = self._questions.angle_for(original) if self._questions else None

        def has_clause_for_this_work(angle: Angle) -> bool:
            return any(set(kinds).intersection(template.kinds) for template in angle.templates)

        def score(angle: Angle) -> int:
            value = 0
            if angle.name == topic_angle:
                value += 8
            if has_clause_for_this_work(angle):
                value += 6
            if angle.name == first_rule_angle:
                value += 4
            if not present.intersection(angle.signals):
                value += 2
            if archetype and archetype in angle.archetypes:
                value += 1
            return value

        # An angle whose signals the bullet already shows has nothing to add. Equal scores are
        # ordered by a stable per-bullet hash, so bare bullets do not all open the same way.
        # An angle with a clause written for this kind of work stays: the signal it would add may be
        # only a delivery measure ("to improve delivery"), which is what that clause asks about.
        # So does one with a clause for a figure the bullet closes on: the figure is there, what it
        # meant for customers is not ("... and reduced migration time by 60% through workflow
        # automation": set BL, advised that no clause fits once the discovery clause was barred).
        closes_on_a_result = _TRAILING_RESULT.search(original) is not None

        def reads_on_its_figure(angle: Angle) -> bool:
            return closes_on_a_result and any(template.measured for template in angle.templates)

        useful = [
            angle
            for angle in self.templates.angles
            if angle.fits(original)
            and (not set(angle.signals) <= present or has_clause_for_this_work(angle) or reads_on_its_figure(angle))
        ]
        spin = zlib.crc32(original.encode())
        return sorted(useful, key=lambda angle: (-score(angle), (zlib.crc32(angle.name.encode()) ^ spin) & 0xFFFF))

    def _render_angle(
        self,
        angle: Angle,
        original: str,
        core: Core,
        slots: Slots,
        variables: dict[str, str],
        kinds: tuple[str, ...] = (),
        last: tuple[str, tuple[str, ...]] = ("", ()),
        claim_kinds: tuple[tuple[str, ...], tuple[str, ...]] = ((), ()),
        duty_tense: str | None = None,
    ) -> list[Candidate]:
        """The angle's renderings that pass the guards: clauses written for this kind of work
        first (the kind the bullet's first topic names before the others), then the general
        ones, in a stable order per bullet."""
        spin = zlib.crc32(f"{angle.name}:{original}".encode())

        def kind_rank(template: Template) -> int:
            return min((kinds.index(kind) for kind in template.kinds if kind in kinds), default=len(kinds))

        # A break inside the text, whether or not the last sentence kept its full stop
        several_sentences = _SENTENCE_END.search(core.text.strip().rstrip(".!?;")) is not None
        last_sentence = _last_sentence(core.text)
        if last_sentence is not None and not opens_with_an_act(last_sentence):
            # "... were treated as acceptance criteria throughout. Health data is not the place to
            # cut corners on QA": a clause at the end would hang on an opinion, a reason or someone
            # else's act (set BK, both readers: not grammatical, not strong); none fits
            return []
        closes_on_a_result = _TRAILING_RESULT.search(core.text) is not None
        closes_a_list = _CLOSED_LIST.search(core.text) is not None
        closes_on_a_reason = _CLOSES_ON_A_REASON.search(core.text) is not None or _CLOSES_ON_A_RELATIVE.search(core.text) is not None
        only_a_lead_fits = _DASH_LIST.search(core.text) is not None or _ROLE_CHANGE_AT_END.search(core.text) is not None
        states_a_call = _STATES_A_CALL.search(core.text) is not None
        offered = [
            t
            for t in angle.templates
            if (not t.kinds or any(kind in kinds for kind in t.kinds))
            and (not t.at_end or _reads_on(t, *last))
            and (not t.at_start or _opens_and_closes_on(t.kinds, *claim_kinds))
            and not (t.lead and several_sentences)  # "[the result] by doing X. Y": Y would hang on its own
            # "..., reducing development timelines by 10%, based on [...]": a clause after the
            # bullet's own result hangs on the result (set M); only "which meant" reads on it
            and not (closes_on_a_result and not t.lead and not t.measured)
            and not (closes_a_list and t.text.startswith(_AND_CLAUSE))
            and not (closes_on_a_reason and t.text.startswith("{{ original }},"))
            and not (only_a_lead_fits and not t.lead)
            and not (duty_tense and duty_tense not in t.tenses)  # a duty takes only the clauses written for one
            and not (states_a_call and any(asked in t.text for asked in _ASKS_FOR_THE_CALL))
        ]
        # Of two clauses for the same kind of work, the one written for a measured gain first where
        # the bullet measures it: "... velocity ... by 30% ..., which freed [the time or capacity
        # freed, by how much]" asked for the figure again (seed 4251, both readers)
        measured = states_a_figure(original)

        def for_another_measure(template: Template) -> bool:
            return not (measured and template.kinds and template.measured)

        ordered = sorted(offered, key=lambda t: (kind_rank(t), not t.lead, for_another_measure(t), (zlib.crc32(t.id.encode()) ^ spin) & 0xFFFF))
        found = []
        for template in ordered:
            if not all(variables.get(slot) for slot in template.requires) or not template.fits(original, slots.tense):
                continue
            text = self._render(template, variables, core.text, slots.tense)
            if text is None or rejected(text, original, slots, core) or echoes(core.text, text):
                continue
            own = set(_placeholders_in(core.text))  # brackets of the person's own stay theirs
            added = tuple(p for p in _placeholders_in(text) if p not in own)
            found.append(Candidate(_with_the_bullets_stop(text, original), angle.name, template.id, added, core.notes))
        return found

    def _render(self, template: Template, variables: dict[str, str], core: str, tense: str) -> str | None:
        try:
            text = self._compiled[(template.source, template.id)].render(**variables)
        except SecurityError as error:
            raise RuleError(f"{template.source}: template {template.id}: field 'text': blocked by the sandbox: {error}") from None
        except TemplateError as error:  # StrictUndefined: a variable the template needs does not exist
            raise RuleError(f"{template.source}: template {template.id}: field 'text': {error}") from None
        except Exception as error:  # 1/0, a bad format string, an overflow: the template's fault, not po2pm's
            raise RuleError(f"{template.source}: template {template.id}: field 'text': {type(error).__name__}: {error}") from None
        # Only the added clause is tidied: the person's own words stand exactly as written.
        text = core + tidy_tail(text[len(core):]) if text.startswith(core) else tidy(text, tense)
        if len(text) > MAX_CHARS or has_debris(text):
            return None
        return text

    def finish(self, report: BulletReport, usable: list[Candidate], shapes_used: dict[str, int] | None = None) -> BulletReport:
        """Up to three of the candidates the self-check passed, of different angles where
        possible, avoiding shapes that already led twice in this file, with questions about
        this bullet."""
        used = shapes_used if shapes_used is not None else {}
        kept: list[Candidate] = []
        for candidate in sorted(usable, key=lambda c: used.get(c.template_id, 0) >= MAX_SHAPE_USES):
            if len(kept) == MAX_SUGGESTIONS:
                break
            if candidate.angle in {k.angle for k in kept}:
                continue  # each suggestion brings a different angle; two different ones beat three alike
            kept.append(candidate)
        if kept:
            used[kept[0].template_id] = used.get(kept[0].template_id, 0) + 1
        suggestions = tuple(
            Suggestion(c.text, c.angle, c.placeholders, self._questions_for(report, c), c.notes) for c in kept
        )
        pair = self.nearest_pair(report.bullet.text)
        advice = self.advice(report) or (None if kept else self._why_none_fits(report))
        return replace(report, suggestions=suggestions, model_bullet=pair[2] if pair else None, advice=advice)

    @staticmethod
    def _why_none_fits(report: BulletReport) -> str:
        text = report.bullet.text
        slots = report.slots or Slots()
        if _duty_tense(mend(text, slots)[0], slots):
            return _standing_duty_advice(" ".join(text.split()[:3]).rstrip(",;:.!?"))
        return _no_clause_fits(text)

    def _questions_for(self, report: BulletReport, candidate: Candidate) -> tuple[str, ...]:
        """The person's own part first; then one per bracket, in bracket order (a topic question
        where one fills that bracket and the bullet mentions its words). Templates hold three
        brackets at most, so this is four questions at most."""
        questions = [self._questions.own_part] if self._questions is not None else []
        for placeholder in candidate.placeholders:
            topical = self._questions.about(report.bullet.text, placeholder) if self._questions else None
            if topical in questions:
                topical = None  # a topic question is asked once; the next bracket gets its own
            questions.append(topical or self.templates.questions[placeholder])
        return tuple(questions[:MAX_QUESTIONS])


def _last_sentence(text: str) -> str | None:
    """The last of two sentences or more, a full stop (or ! or ?) and a capital before it; None for
    one sentence, or a last part after a semicolon ("Spec'd API contracts ...; zero requirements
    rework ...": its result, which a clause reads on)."""
    inner = text.strip().rstrip(".!?;")
    breaks = [stop for stop in _SENTENCE_END.finditer(inner) if stop.group(0)[0] in ".!?"]
    if not breaks:
        return None
    last = inner[breaks[-1].end() :].strip()
    return last if last[:1].isupper() else None


def _no_clause_fits(text: str) -> str:
    if not opens_with_an_act(text) and _NO_ACT_OF_THE_WRITERS.match(text):
        return NO_CLAUSE_FITS_NO_ACT
    # Three pieces or more: two acts are often one project and its part ("Led the Merchant
    # Commission Module project ... and co-ordinated for CUG and Live"), which readers of both
    # head-to-head rounds of session 12 said was wrongly called several pieces of work.
    if pieces_of_work(text) >= 3:
        return NO_CLAUSE_FITS_DUTIES
    if states_a_figure(text):
        return NO_CLAUSE_FITS_FIGURE
    call = _STATES_A_CALL.search(text)
    if call is not None:
        return _no_clause_fits_call(_call_words(text[call.start() :]))
    if listed_items(text) >= 3 and _SPREAD_OVER.search(text):
        return NO_CLAUSE_FITS_SPREAD
    return NO_CLAUSE_FITS_PRODUCT if _PRODUCT_WORK.search(text) else NO_CLAUSE_FITS


def _call_words(text: str) -> str:
    """The call as the bullet states it, to quote: up to its clause's end, eight words at most, and
    not into the verb the call is the subject of ("Opting for 1-week sprints", not "... allowed")."""
    words = re.split(r"[,;:.!?]", text)[0].split()[:8]
    past = next(
        (i for i, word in enumerate(words) if i >= 2 and (word.lower().endswith("ed") or word.lower() in {"which", "that", "who"})),
        len(words),
    )
    return " ".join(words[:past])


def pieces_of_work(text: str) -> int:
    """How many acts the bullet lists: its first, and each act after a comma, a semicolon, a
    full stop or "and" ("..., deployed new software ... and managed issue resolution"). Told by
    the word's form, so "functions and processes" is no act; an "-ing" word after a comma is one
    only in a bullet that opens with one ("Gathering ..., writing ..."): elsewhere it goes on
    with the same work ("..., covering its use cases")."""
    return len(_act_starts(text))


def last_piece_of_work(text: str) -> str:
    """The last act the bullet lists, with all that follows it ("Gathered the requirements,
    developed the structure, PRD and roadmap" -> "developed the structure, PRD and roadmap")."""
    return text[_act_starts(text)[-1] :].strip()


def _act_starts(text: str) -> list[int]:
    """Where each act pieces_of_work() counts begins in the text."""
    words = text.split()
    gerunds = bool(words) and words[0].lower().endswith("ing")
    # the parts between joints, with where each begins (", and": one joint)
    parts = _parts_between_joints(text)
    starts = [0]
    for (_, before), (start, part) in zip(parts, parts[1:]):
        if len([word for word in before.split() if word.lower() not in {"i", "we"}]) < 2:
            continue  # "Gathered and structured the requirements", "I defined and shipped ...": one piece of work
        if opens_with_an_act(part) and (gerunds or not part.split()[0].lower().endswith("ing")):
            starts.append(start)
    lead_start, lead = parts[0] if parts else (0, "")
    if len(starts) > 1 and len(lead.split()) <= 4 and not opens_with_an_act(lead) and text[lead_start + len(lead) :].lstrip().startswith(","):
        # a lead-in before the first act is no act of its own: "To this end, I defined and shipped
        # ..." (seed 4205, both readers: told it listed duties of several kinds)
        starts.pop(0)
    return starts


def listed_items(text: str) -> int:
    """How many items the bullet lists, acts or things: the parts between its joints."""
    return len(_parts_between_joints(text))


def _parts_between_joints(text: str) -> list[tuple[int, str]]:
    """The parts of the text between its list joints, stripped, with where each begins."""
    parts, start = [], 0
    for joint in [*_LIST_JOINTS.finditer(text), None]:
        end = joint.start() if joint else len(text)
        part = text[start:end]
        if part.strip():
            parts.append((start + len(part) - len(part.lstrip()), part.strip()))
        start = joint.end() if joint else len(text)
    return parts


# Where a list of duties or things is joined: commas, semicolons, a full stop, "and".
_LIST_JOINTS = re.compile(r"[,;]|\.\s|\band\b")


# Splitting alone turns a paragraph of reporting and coordination into more such bullets (sets BK
# and BL, both readers): keep the claims that show a call or a result, cut the rest.
_SPLIT_AND_CUT = (
    "Split it: keep each claim that shows a call you made or what changed for users or the business as a "
    "bullet of its own, strongest first, and cut the ones that only report or coordinate; then rewrite "
    f"each ({_REWRITE_COMMAND})."
)


def _duty_tense(mended: str, slots: Slots) -> str | None:
    """The tense of a line (as mend() leaves it) that is a duty in the present with no subject and
    no result of its own (see _DUTY_TENSES), that opens with a verb in the present (after an
    adverb: "Collectively with the Product Manager own ..."); None for any other line: a past the parse misread ("Rebuilt the
    claims intake form ...", "Spec'd API contracts ...") or one whose tense the mending set right
    ("Document and Published ..." is now "Documented and Published ..."). Read with no subject, a
    third person's verb ("Develops, coordinates and implements ...") is tagged as a past, the
    parse's safe guess; its form says it is a duty (seed 3702, both readers)."""
    if _STATES_A_RESULT.search(mended) or _WRITER_AS_SUBJECT.match(mended) or _DATED_TARGET.search(mended):
        return None
    words = [word.strip(",;:.()").lower() for word in mended.split()]
    first = next((word for word in words if not word.endswith("ly")), "")
    lemma = verb_lemma(first).lower() if first else ""
    if not lemma:
        return None
    if slots.tense in _DUTY_TENSES and first == lemma:
        # not a verb whose past is its base ("Cut sprint planning from a day to two hours"): the
        # parse's tense is a guess there
        return None if inflect(lemma, "past").lower() == first else slots.tense
    # and the writer's main verb in the same form, not a plural noun before it ("Risks reviewed at
    # the sprint midpoint"); the main verb may close the list ("Develops, coordinates and implements")
    third_person = (
        first != lemma
        and first in {lemma + "s", lemma + "es", lemma[:-1] + "ies"}
        and bool(slots.verb)
        and inflect(slots.verb, "present3").lower() in words
    )
    return "present3" if third_person and slots.tense in {*_DUTY_TENSES, "past"} else None


def _is_aim_only(text: str) -> bool:
    """A line that opens with its aim ("To coordinate ...") and goes on to no act of the writer's
    after a comma ("To cut churn, rebuilt ...", "To cut churn, we ...")."""
    if not _AIM_FIRST.match(text):
        return False
    after_commas = [part.strip() for part in text.split(",")[1:]]
    return not any(opens_with_an_act(part) or _WRITER_AS_SUBJECT.match(part) for part in after_commas)


def _standing_duty_advice(opening: str) -> str:
    return (
        f"This line names a standing duty ('{opening} ...'), not one thing you did and what came of it. "
        "Pick one time the duty led to a call of yours, say what it changed for customers or the business, "
        f"then rewrite it ({_REWRITE_COMMAND})."
    )


def _paragraph_advice(length: int) -> str:
    return f"At {length} characters this is a paragraph, not a bullet. {_SPLIT_AND_CUT}"


def _first_angle(report: BulletReport) -> str | None:
    for finding in report.findings:
        if finding.angle:
            return finding.angle
    return None


def template_variables(slots: Slots, original: str = "") -> dict[str, str]:
    """What a template may use: the person's own bullet (`original`), its tense, the facts the
    parse found in it, and `writer`: "I " or "we " where the bullet's subject is the writer, for a
    clause with a verb of its own ("...; we set aside [...]"), else "". `own_act`: the opening
    word, or "" where the bullet's subject is a thing or other people ("The transparency of the
    backlog was increased, ...": a clause with a verb of its own after it has no one to do it, set
    BS, both readers). `call_link`: the words that join the call behind a figure to it, "by", or
    "thanks to" where the bullet already has a "by" or "through"; `names_its_means`: "yes" where
    it already says how ("by optimizing ..."), else ""."""
    team = _with_article(slots.team)
    writer = _WRITER_AS_SUBJECT.match(original)
    return {
        "original": original,
        "tense": slots.tense,
        "topic": slots.topic,
        "team": team,
        "people": slots.people,
        "verb": slots.verb,
        "customers": slots.customers,
        "opening_verb": opening_verb(original, slots),
        "own_act": "" if _OTHERS_AS_SUBJECT.match(original) else (original.split(maxsplit=1) or [""])[0],
        "as_gerund": as_gerund(original, slots),
        "writer": "" if writer is None else ("I " if writer.group(1) == "I" else "we "),
        "call_link": "thanks to" if _BY_ALREADY.search(original) else "by",
        "names_its_means": "yes" if _NAMES_ITS_MEANS.search(original) else "",
    }


def opening_verb(core: str, slots: Slots) -> str:
    """The bullet's first word when it is its main verb ("Managed the backlog" -> "Managed"); ""
    for a bullet that opens with a title or a list of nouns ("Project manager in charge of ...",
    "Resource management, Budgeting"), after which a clause such as "and because of it" dangles."""
    words = core.split(maxsplit=1)
    if len(words) < 2 or not slots.verb or not words[0].isalpha() or slots.verb not in _lemmas(words[0]):
        return ""
    if slots.tense == "present" and (_title_case_phrase(words[0], words[1]) or _noun_heading(words[0], words[1])):
        return ""  # "Project Execution Plans", "Backlog ownership": a heading of nouns, not a verb and its object
    return words[0]


def as_gerund(core: str, slots: Slots) -> str:
    """The person's bullet as a "by ..." phrase: "Managed the backlog" -> "managing the backlog".
    Only when it opens with its main verb; else ""."""
    if not opening_verb(core, slots):
        return ""
    first, rest = core.split(maxsplit=1)
    if several_claims(rest) or first.lower() in _STATE_PARTICIPLES:
        return ""  # "Involved with design ..." is a state, not an act: "while involving with" (session 13)
    if len(_SPACED_DASH.findall(rest)) % 2:
        # a part after a dash, not a pair around an aside: "while spearheading the [...] AI platform
        # - MVP shipped on schedule" left the result hanging (seed 4234, a reader)
        return ""
    second, *after_second = rest.split(maxsplit=1)
    if slots.tense == "gerund" and second.lower() in _ROLE_NOUNS:
        return ""  # "Hiring manager for ...": a role, not "hiring" (session 13)
    if slots.tense == "gerund" and second.lower() == "of" and after_second:
        return f"{first.lower()} {after_second[0]}"  # "Monitoring of services" -> "monitoring services"
    if slots.tense == "gerund":
        return f"{first.lower()} {rest}"
    from lemminflect import getAllLemmas

    from .templates import inflect

    lemma = (getAllLemmas(first.lower()).get("VERB") or ("",))[0]  # "Oversaw" -> "oversee", whatever the parse said
    return f"{inflect(lemma, 'gerund')} {rest}" if lemma else ""


_SPACED_DASH = re.compile(r"\s[-–—]\s")
# Readers of the unseen files (session 13) found "while involving with design ...", "while hiring
# manager for ..." and "while monitoring of ...": a state, a role and a noun read as acts.
# Seed 4225, both readers: "Deputed at client location to manage ..." became "while deputing at
# ...", which sends someone else: a posting is a state too.
_STATE_PARTICIPLES = frozenset(
    {"involved", "engaged", "tasked", "assigned", "charged", "entrusted", "exposed", "deputed", "seconded", "stationed"}
)
# A gerund before a role in the singular names the role, not an act ("Hiring manager for ...",
# "Managing director"); before a plural it is the act ("Coaching engineers on ...").
_ROLE_NOUNS = JOB_TITLE_NOUNS | {"partner", "committee", "panel"}


def _title_case_phrase(first: str, rest: str) -> bool:
    """A present-tense bullet that opens like a title ("Project Execution Plans for ..."): its first
    word is a noun the parse took for an imperative. An imperative goes on in lower case ("Manage
    the backlog"), or with a team or a name ("Lead Engineering and Design teams")."""
    second = (rest.split(maxsplit=1) or [""])[0]
    return second.isalpha() and second[:1].isupper() and second.lower() not in TEAM_WORDS


def _noun_heading(first: str, rest: str) -> bool:
    """"Backlog ownership with ...", "Release management for ...": a word that is a noun as well as a
    verb, followed by an abstract noun, is a heading the parse read as an imperative ("backlogging
    ownership" read as nonsense, seed 92). "Manage development ..." stays a verb: "manage" is no noun."""
    from lemminflect import getAllLemmas

    second = (rest.split(maxsplit=1) or [""])[0].lower()
    return "NOUN" in getAllLemmas(first.lower()) and second.endswith(ABSTRACT_NOUN_ENDINGS)


def _with_article(noun_phrase: str) -> str:
    """"mobile app team" -> "the mobile app team"; "two teams" and "the claims team" stay."""
    if not noun_phrase:
        return ""
    first = noun_phrase.split()[0].lower()
    if first in {"the", "a", "an", "our", "my", "their", "two", "three", "four", "five", "several", "all", "both"} or first[0].isdigit():
        return noun_phrase
    if noun_phrase.endswith("s"):
        return noun_phrase
    return f"the {noun_phrase}"


def _placeholders_in(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(match.strip() for match in PLACEHOLDER.findall(text)))


# -- reads like a person wrote it --------------------------------------------------------------
def _with_the_bullets_stop(suggestion: str, original: str) -> str:
    """A bullet written with a full stop keeps one at its end: the clause was added after the
    stop was taken off, and the rewritten bullet stood out among its siblings without it (a new
    user's trial of --write, session 15)."""
    if original.rstrip().rstrip("\"'\u201d\u2019").endswith(".") and not suggestion.rstrip().endswith((".", "!", "?")):
        return suggestion.rstrip() + "."
    return suggestion


def tidy_tail(tail: str) -> str:
    """The added clause, tidied like a whole suggestion but never capitalised."""
    return tidy("x" + tail, "past")[1:] if tail else tail


def tidy(text: str, tense: str) -> str:
    text = " ".join(text.split())
    text = re.sub(r"([,;:])\s*[,;:]", r"\1", text)  # "…, ;" when the bullet ended in punctuation
    text = re.sub(r"\s+([,.;:])", r"\1", text)
    text = re.sub(r"([,;:])(?=[^\s\d])", r"\1 ", text)  # never inside a number: "1,000", "10:30"
    text = _drop_doubled_words(text)
    text = _fix_articles(text)
    return text[:1].upper() + text[1:]


def _drop_doubled_words(text: str) -> str:
    return re.sub(r"\b(\w+)(\s+\1\b)+", r"\1", text, flags=re.IGNORECASE)


def _fix_articles(text: str) -> str:
    def choose(match: re.Match[str]) -> str:
        article, following = match.group(1), match.group(2)
        word = following.lstrip("[").lower()
        wants_an = _starts_with_vowel_sound(word)
        fixed = "an" if wants_an else "a"
        if article[0].isupper():
            fixed = fixed.capitalize()
        return f"{fixed} {following}"

    return re.sub(r"\b(a|an|A|An)\s+(\[?[A-Za-z][\w'-]*)", choose, text)


def _reads_on(template: Template, last_item: str, last_kinds: tuple[str, ...]) -> bool:
    """Does the bullet's last list item hold what an at-end clause reads on: its kind, or for a
    general clause one of its `needs` words?"""
    if template.kinds:
        return bool(set(template.kinds) & set(last_kinds))
    return template.needs is None or bool(template.needs.search(last_item.lower()))


def _opens_and_closes_on(kinds: tuple[str, ...], first_kinds: tuple[str, ...], last_act_kinds: tuple[str, ...]) -> bool:
    """Does the bullet open on one of these kinds of work, and close on no other kind? An act of
    no kind at the end goes on with the same work ("..., gathered requirements and created use
    cases": seed 2022, both readers); one of another kind takes the clause's "this" ("Gathered
    requirements and documented the proposed extension": the finding is credited to the paper)."""
    return bool(set(kinds) & set(first_kinds)) and (not last_act_kinds or bool(set(kinds) & set(last_act_kinds)))


def _last_item(text: str) -> str:
    """The last item of a list ("..., led UAT, and supported users" -> "supported users"), or of
    the last sentence: the words a clause added at the end reads on. Not a relative clause it
    closes on ("..., which ensured stakeholder buy-in"): a clause after it reads on the act before."""
    relative = _CLOSES_ON_A_RELATIVE.search(text)
    if relative is not None and text[: relative.start()].strip():
        text = text[: relative.start()]
    return re.split(r"[,;:.]\s+(?:and\s+|or\s+)?|\s+and\s+", text.strip().rstrip(".;"))[-1]


def _starts_with_vowel_sound(word: str) -> bool:
    if any(word.startswith(prefix) for prefix in _VOWEL_SOUND_EXCEPTIONS):
        return True
    if word.startswith(_CONSONANT_SOUND_EXCEPTIONS):
        return False
    return word[:1] in "aeiou"


_TWO_MEANS = re.compile(r"\bby \w+ing\b.*\bby \w+ing\b", re.IGNORECASE)  # "by embedding ... by ensuring"


def has_debris(text: str) -> bool:
    return any(mark in text for mark in _DEBRIS) or bool(re.search(r"\s{2,}", text)) or bool(_TWO_MEANS.search(text))


# -- never invent ------------------------------------------------------------------------------
def _words_outside_placeholders(text: str) -> list[str]:
    return _WORD.findall(PLACEHOLDER.sub(" ", text))


@lru_cache(maxsize=8192)
def _lemmas(word: str) -> frozenset[str]:
    """The word and its lemmas; the guards ask about the same few words for every template."""
    # lemminflect imports spaCy when it is installed: only a fresh suggestion needs it, never a
    # rewrite answered from the cache.
    from lemminflect import getAllLemmas

    lower = word.lower()
    found = {lower}
    for group in getAllLemmas(lower).values():
        found.update(group)
    return frozenset(found)


def _lemmas_of_text(text: str) -> frozenset[str]:
    return frozenset().union(*(_lemmas(word) for word in _WORD.findall(text.lower())))


def invented(suggestion: str, original: str) -> list[str]:
    """What the suggestion states that the original does not: numbers, money, names, scale
    words, result verbs. Empty means nothing was invented."""
    original_words = {w.lower() for w in _WORD.findall(original)}
    original_lemmas = _lemmas_of_text(original)
    problems = []
    for symbol in "$€£¥%":
        if symbol in PLACEHOLDER.sub(" ", suggestion) and symbol not in original:
            problems.append(symbol)
    words = _words_outside_placeholders(suggestion)
    for index, word in enumerate(words):
        lower = word.lower()
        if word[0].isdigit() and lower not in original_words:
            problems.append(word)
        elif lower in _NUMBER_WORDS and lower not in original_words:
            problems.append(word)
        elif index > 0 and word[0].isupper() and lower not in original_words and not _lemmas(word) & original_lemmas:
            problems.append(word)  # a name, product or tool the user never mentioned ("Led" for "Lead" is a mend)
        elif _lemmas(word) & _RESULT_VERBS and not _lemmas(word) & original_lemmas:
            problems.append(word)
    return problems


def asserted_activities(suggestion: str, original: str) -> list[str]:
    """Verbs of doing, outside the brackets, that the original does not state."""
    original_lemmas = _lemmas_of_text(original)
    found = []
    for word in _words_outside_placeholders(suggestion):
        lemmas = _lemmas(word)
        if lemmas & _ACTIVITY_VERBS and not lemmas & original_lemmas:
            found.append(word)
    return found


def dropped_facts(suggestion: str, slots: Slots, core: Core) -> list[str]:
    """Facts of the original (names, numbers, products) missing from the suggestion, unless a
    note says why (a tool name moved to Skills)."""
    outside = PLACEHOLDER.sub(" ", suggestion)
    # a word mend() wrote in another form is said in a note ("'Lead' is now 'Led'"), no fact lost
    noted = {name.lower() for name in (*core.dropped, *core.respelled)}
    return [fact for fact in slots.facts if fact not in outside and fact.lower() not in noted]


def rejected(suggestion: str, original: str, slots: Slots, core: Core) -> bool:
    """A rendering is never shown if it drops a fact, invents one, or claims a new activity."""
    return bool(dropped_facts(suggestion, slots, core) or invented(suggestion, original) or asserted_activities(suggestion, original))


_FILLER = {"the", "a", "an", "of", "to", "for", "and", "or", "in", "on", "by", "with", "what", "who", "it", "its", "that", "so"}


def echoes(core: str, suggestion: str) -> bool:
    """Does the added clause open with a word the bullet ends or starts on ("can be started,
    starting from"; "Led ...; it led to")? Read aloud, the repeat sounds machine-made."""
    added = suggestion[len(core):] if suggestion.startswith(core) else ""
    # the writer named again as the clause's subject ("We ...; we set aside") is no echo
    opening = [w for w in _WORD.findall(PLACEHOLDER.sub(" ", added).lower()) if w not in _FILLER and w not in {"i", "we"}][:2]
    words = _WORD.findall(core.lower())
    ending = {w for w in words[-6:] + words[:1] if w not in _FILLER}  # and the opening verb: "Led ...; it led to"
    ending_lemmas = frozenset().union(*(_lemmas(w) for w in ending))
    return any(_lemmas(word) & ending_lemmas for word in opening)
