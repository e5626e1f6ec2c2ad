"""Rewrite suggestions: honest, grammatical, specific to the bullet, and clean by our own rules."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from po2pm_rewrite.cli import app
from po2pm_rewrite.engine import Linter, Source
from po2pm_rewrite.errors import RuleError
from po2pm_rewrite.extract import bullet_from_text
from po2pm_rewrite.model import Slots
from po2pm_rewrite.rewrite import MAX_CHARS, has_debris, invented, tidy
from po2pm_rewrite.templates import PLACEHOLDER, load_templates, states_a_figure

from .conftest import EXAMPLES, ROOT, read_tsv

runner = CliRunner()
WEAK = [row[1] for row in read_tsv(EXAMPLES / "pairs.tsv")]
HELDOUT_WEAK = [row[1] for row in read_tsv(ROOT / "benchmarks" / "data" / "heldout_bullets.tsv") if row[0] == "D"]


@pytest.fixture(scope="module")
def rewritten(linter):
    """Every weak example and held-out delivery bullet, rewritten in one run."""
    texts = WEAK + HELDOUT_WEAK
    report = linter.rewrite([Source("<text>", "\n".join(texts), literal=True)])
    return [b for b in report.files[0].bullets if b.findings]


def rewritten_bullet(linter, text: str):
    """The rewrite report of one bullet given as text."""
    return linter.rewrite([Source("<text>", text, literal=True)]).files[0].bullets[0]


def gives(advice_text: str | None, advice) -> bool:
    """Whether a bullet's advice is this entry's, whatever words of the bullet its text quotes."""
    return advice_text is not None and advice_text.startswith(advice.text.split("{read}")[0])


def suggestions_for(linter, text: str):
    return rewritten_bullet(linter, text).suggestions


def test_every_flagged_bullet_gets_one_to_three_suggestions_or_advice(rewritten):
    assert rewritten
    for bullet in rewritten:
        assert (1 <= len(bullet.suggestions) <= 3) != bool(bullet.advice), bullet.bullet.text


def test_a_suggestion_keeps_the_whole_original_and_extends_it(rewritten):
    for bullet in rewritten:
        for suggestion in bullet.suggestions:
            core = bullet.bullet.text.rstrip(".;:")
            if not suggestion.notes:  # nothing dropped: the person's words stand as written
                if suggestion.text.startswith("["):  # the result leads; the work follows, its verb as "-ing"
                    assert suggestion.text.endswith(" " + core.split(maxsplit=1)[1]), (core, suggestion.text)
                else:
                    assert tidy(suggestion.text, "past").startswith(tidy(core, "past")), (core, suggestion.text)
            assert suggestion.placeholders, suggestion.text


def test_suggestions_invent_no_number_name_or_result(rewritten):
    for bullet in rewritten:
        for suggestion in bullet.suggestions:
            assert invented(suggestion.text, bullet.bullet.text) == [], (bullet.bullet.text, suggestion.text)
            outside = PLACEHOLDER.sub(" ", suggestion.text)
            assert set(re.findall(r"\d+", outside)) <= set(re.findall(r"\d+", bullet.bullet.text))


def test_suggestions_filled_with_the_example_answers_pass_the_projects_own_rules(rewritten, linter):
    examples = linter.rewriter().templates.examples
    filled = [PLACEHOLDER.sub(lambda m: examples[m.group(1)], s.text) for b in rewritten for s in b.suggestions]
    for text, report in zip(filled, linter.analyze([bullet_from_text(p)[0] for p in filled])):
        assert not report.findings, (text, [f.rule for f in report.findings])


def test_suggestions_read_like_a_person_wrote_them(rewritten):
    for bullet in rewritten:
        for suggestion in bullet.suggestions:
            text = suggestion.text
            assert len(text) <= MAX_CHARS and not has_debris(text)
            assert text[0].isupper() or text.startswith("[")  # a result may lead, in brackets
            assert not re.search(r"\b(\w+) \1\b", PLACEHOLDER.sub("X", text), re.IGNORECASE), text
            assert not re.search(r"\ba [aeio]", text) and not re.search(r"\ban [bcdfgjklmnpqrstvwxyz]", text), text


def test_questions_ask_the_persons_part_first_then_one_per_bracket(rewritten, linter):
    questions = load_templates().questions
    topics = linter.rewriter()._questions
    for bullet in rewritten:
        for suggestion in bullet.suggestions:
            assert suggestion.placeholders == tuple(dict.fromkeys(PLACEHOLDER.findall(suggestion.text)))
            assert len(suggestion.questions) == 1 + len(suggestion.placeholders) <= 4
            assert suggestion.questions[0] == topics.own_part
            assert len(set(suggestion.questions)) == len(suggestion.questions), suggestion.questions
            for placeholder, question in zip(suggestion.placeholders, suggestion.questions[1:]):
                assert question in (questions[placeholder], topics.about(bullet.bullet.text, placeholder))


def test_a_topic_question_asks_about_what_the_bullet_mentions(linter):
    suggestions = suggestions_for(linter, "Wrote requirements for the loan application and led UAT with branch staff")
    outcome = [s for s in suggestions if s.angle == "outcome"]
    assert outcome, [s.text for s in suggestions]
    assert any(q.startswith("What did testing catch or change before release") for q in outcome[0].questions)
    # the same bracket on a bullet that does not mention testing gets the bracket's own question
    other = [s for s in suggestions_for(linter, "Wrote requirements for the loan application with branch staff") if s.angle == "outcome"]
    assert other and all(not q.startswith("What did testing") for s in other for q in s.questions)


def test_the_measure_that_decided_the_order_is_asked_for_as_a_measure(linter):
    """A new user's trial of `rewrite -i` (session 15): the backlog question ("what went first
    because of it?") was asked for the measure's bracket, then "what went first" again. (The
    bullet says nothing was prioritised, so no "set aside [...]" clause, which may lead, fits.)"""
    questions = load_templates().questions
    suggestions = suggestions_for(linter, "Groomed the product backlog for a team of 8 developers.")
    ordered = next(s for s in suggestions if "the customer or business measure that decided the order" in s.placeholders)
    asked = dict(zip(ordered.placeholders, ordered.questions[1:]))
    assert asked["the customer or business measure that decided the order"] == questions["the customer or business measure that decided the order"]
    assert asked["what went first, and why"].startswith("Which decision did the ordered backlog make possible")


def test_a_bullet_with_a_full_stop_keeps_one_at_the_end_of_its_rewrite(linter):
    """A new user's trial of --write (session 15): the rewritten bullet lost its full stop and
    stood out among siblings that kept theirs."""
    with_stop = suggestions_for(linter, "Managed the product backlog for the claims team.")
    without = suggestions_for(linter, "Managed the product backlog for the claims team")
    assert with_stop and without
    assert all(s.text.endswith(".") for s in with_stop), [s.text for s in with_stop]
    assert all(not s.text.endswith(".") for s in without), [s.text for s in without]


def test_tickets_and_pages_kept_for_a_system_are_no_engineering_work(flagging_linter):
    """A new user's trial (session 15): "Maintained Jira tickets and Confluence docs for the
    payments API" was told it describes engineering work."""
    bullet = rewritten_bullet(flagging_linter, "Maintained Jira tickets and Confluence docs for the payments API")
    assert bullet.advice and not bullet.advice.startswith("This bullet describes engineering work")
    built = rewritten_bullet(flagging_linter, "Maintained the REST APIs and SQL scripts for the billing module")
    assert built.advice and built.advice.startswith("This bullet describes engineering work")


def test_angles_differ_within_a_bullet(rewritten):
    for bullet in rewritten:
        angles = [s.angle for s in bullet.suggestions]
        assert len(angles) == len(set(angles))


# (startup-po-to-pm.md is not here: its one flagged bullet, "Ran sprint planning and backlog
# grooming for the core team", lists ceremonies only and gets advice, so it has no shape to count)
@pytest.mark.parametrize("name", ["backlog-heavy-po.md", "scrum-heavy-po.txt", "resume.json"])
def test_no_sentence_shape_leads_more_than_twice_in_one_resume(linter, name):
    from collections import Counter

    from po2pm_rewrite.formats import format_for

    path = EXAMPLES / "resumes" / name
    report = linter.rewrite([Source(str(path), path.read_text(encoding="utf-8"), format=format_for(str(path)))])
    shapes = Counter(
        PLACEHOLDER.sub("[]", b.suggestions[0].text[len(b.bullet.text.rstrip(".;")) :]) for b in report.files[0].bullets if b.suggestions
    )
    assert shapes and max(shapes.values()) <= 2, shapes


@pytest.mark.parametrize(
    ("bullet", "kept"),
    [
        ("Managed the product backlog for the claims team", "the claims team"),
        ("Wrote user stories and acceptance criteria for the booking app", "the booking app"),
        ("Worked closely with the developers to clarify tickets and edge cases for the booking app", "the developers"),
        ("Collaborated with QA and DevOps to ship the booking app's new checkout", "QA and DevOps"),
        # (taking part, "Involved in onboarding of ...", gets advice since session 15)
        ("Managed the onboarding of new enterprise clients", "new enterprise clients"),
    ],
)
def test_a_rewrite_keeps_the_users_own_specifics(linter, bullet, kept):
    suggestions = suggestions_for(linter, bullet)
    assert any(kept in s.text for s in suggestions), [s.text for s in suggestions]


@pytest.mark.parametrize(
    ("bullet", "tag"),
    [
        ("Managed the product backlog for the claims team", "VBD"),
        ("Manage the product backlog for the claims team", "VB"),
        ("Managing the product backlog for the claims team", "VBG"),
        ("Manages the product backlog for the claims team", "VBZ"),
    ],
)
def test_suggestions_keep_the_originals_tense(linter, bullet, tag):
    from lemminflect import getAllLemmas, getInflection

    for suggestion in suggestions_for(linter, bullet):
        if suggestion.text.startswith("["):  # the result and the call lead: the work follows as "while managing ..."
            assert " while managing the product backlog for the claims team" in suggestion.text, suggestion.text
            continue
        first = suggestion.text.split()[0].lower()
        lemma = getAllLemmas(first, upos="VERB")["VERB"][0]
        assert first in getInflection(lemma, tag=tag), (tag, suggestion.text)


@pytest.mark.parametrize(
    ("bullet", "mended", "note"),
    [
        # real bullets of the corpus had these clashes; readers of the rewrites marked them broken
        ("Worked with the claims team on detailed portal specifications, participate in feasibility reviews",
         "Worked with the claims team on detailed portal specifications, participated in feasibility reviews", "'participate' is now 'participated', in the tense of the verb the bullet opens with"),
        ("Preparing the loan app's business requirements and then converted them into functional specifications",
         "Preparing the loan app's business requirements and then converting them into functional specifications", "'converted' is now 'converting', in the tense of the verb the bullet opens with"),
        ("Formalized product roadmaps roadmaps and requirements for the claims app",
         "Formalized product roadmaps and requirements for the claims app", "'roadmaps roadmaps' is written once"),
        # seeds 2020 and 2021: the capitalised past verb after "and" says the work is done
        # (since seed 3808 the program increment objectives and planning report are project documents,
        # with advice of their own: the same shape without them)
        ("Document and Published Feature Epics, Backlog and Stories for the claims portal.",
         "Documented and Published Feature Epics, Backlog and Stories for the claims portal",
         "'Document' is now 'Documented', in the tense of 'Published' after it"),
        # set AP, both readers: the capitalised base form after "and" takes the past tense before it
        ("Managed and Lead the backlog grooming of the Loyalty app for 40 retailers",
         "Managed and Led the backlog grooming of the Loyalty app for 40 retailers",
         "'Lead' is now 'Led', in the tense of 'Managed' before it"),
        # seed 2024, both readers: an -ing verb joined by "and" to a past one
        ("Interacted with the claims support team and helping them resolve enhancement requests for the broker portal",
         "Interacted with the claims support team and helped them resolve enhancement requests for the broker portal",
         "'helping' is now 'helped', in the tense of the verb the bullet opens with"),
        # seed 2036, both readers: a verb and a base form after it (the real bullet, in the present,
        # now gets the standing-duty advice); words run together
        ("Managing and prioritize the product queue/backlog while balancing consumer & business needs for the digital workstream",
         "Managing and prioritizing the product queue/backlog while balancing consumer & business needs for the digital workstream",
         "'prioritize' is now 'prioritizing', in the tense of the verb the bullet opens with"),
        ("Successfully planned and implemented the AODocsWork Notification system by conductingUser Acceptance Testing (UAT), User Training and Pilots",
         "Successfully planned and implemented the AODocsWork Notification system by conducting User Acceptance Testing (UAT), User Training and Pilots",
         "'conductingUser' is now 'conducting User'"),
    ],
)
def test_a_tense_clash_or_a_doubled_word_is_mended_and_said(linter, bullet, mended, note):
    suggestions = suggestions_for(linter, bullet)
    assert suggestions
    for suggestion in suggestions:
        # the work as mended, opening the suggestion or after the result that leads it ("by formalizing ...")
        assert mended.split(maxsplit=1)[1] in suggestion.text, suggestion.text
        assert note in suggestion.notes


@pytest.mark.parametrize(
    ("bullet", "core", "cut"),
    [
        # (a self-written bullet the score reads as delivery-only; its wording moved with the threshold)
        ("Delivered the fee collection feature for 40 schools and led sprint planning sessions",
         "Delivered the fee collection feature for 40 schools", "led sprint planning sessions"),
        ("Designed the broker portal's claim form for 300 brokers, and hosted sprint reviews",
         "Designed the broker portal's claim form for 300 brokers", "hosted sprint reviews"),
    ],
)
def test_a_trailing_ceremony_duty_is_cut_and_said(flagging_linter, bullet, core, cut):
    """A reader of seed 120: the clause landed on "led sprint planning sessions", not on the
    feature. The issue: a suggestion drops only what the reader skips (ceremonies, tools), and says so."""
    suggestions = suggestions_for(flagging_linter, bullet)
    assert suggestions
    for suggestion in suggestions:
        assert cut not in suggestion.text and core.split(maxsplit=1)[1] in suggestion.text, suggestion.text
        assert any(cut in note and "cut" in note for note in suggestion.notes), suggestion.notes


@pytest.mark.parametrize(
    "bullet",
    [
        "Ran retrospectives and cut the release cycle for the claims app from six weeks to two",  # leads, not trails
        "Implemented the fee collection feature and led sprint planning for the mobile team of nine",  # a fact in it
    ],
)
def test_a_ceremony_that_does_not_trail_alone_stays(linter, bullet):
    for suggestion in suggestions_for(linter, bullet):
        assert not any("is cut" in note for note in suggestion.notes), suggestion


@pytest.mark.parametrize(
    "bullet",
    [
        "Managed backlog grooming sessions and authored user stories for the onboarding and KYC flows",  # "flows": a noun
        "Joined as a troubleshooter to document bug reports and negotiate priorities with product teams",  # after "to"
        "Gathered requirements and wrote user stories for the claims app",  # they agree
        "Managed the resort app's bookings for Bora Bora guests",  # a name said twice is a name
    ],
)
def test_verbs_that_agree_or_are_no_verbs_are_left_as_written(linter, bullet):
    for suggestion in suggestions_for(linter, bullet):
        assert not any("is now" in note or "written once" in note for note in suggestion.notes), suggestion


def test_clauses_that_add_a_reason_or_a_decision_ask_for_the_result_too():
    """Readers judged a reason or a decision added to delivery work still delivery work; with the
    result asked for as well, 25-30 of 28-30 real bullets were strong once filled (session 11)."""
    templates = {t.id: t for angle in load_templates().angles for t in angle.templates}
    for template_id in ("based-on", "the-call", "in-and-out", "sessions-settled", "trade-off-settled",
                        "who-agreed", "what-it-changed", "order-set-by", "goal-decides", "set-aside"):
        placeholders = PLACEHOLDER.findall(templates[template_id].text)
        assert any("what changed" in p or "what it changed" in p for p in placeholders), template_id


def test_the_guard_names_what_a_suggestion_invents():
    original = "Managed the backlog for the claims team"
    assert invented("Lifted retention 12% for Acme in a quarter", original) == ["Lifted", "12", "Acme"] or set(
        invented("Lifted retention 12% for Acme in a quarter", original)
    ) >= {"Lifted", "12", "Acme"}
    assert "$" in invented("Saved $40k for the claims team", original)
    assert invented("Ranked the claims team's work by [customer or business value]", original) == []
    assert invented("Cut [change in the metric] from churn", original) == ["Cut"]


def test_tidy_never_splits_a_number():
    assert tidy("Closed over 1,000 tickets at 10:30,then moved on", "past") == "Closed over 1,000 tickets at 10:30, then moved on"


@pytest.mark.parametrize(
    ("bullet", "fact"),
    [
        ("Managed the backlog for Allianz Direct's claims portal", "Allianz Direct"),
        ("Managed the billing system backlog for 14 enterprise clients", "14 enterprise"),
        ("Coordinated the CRM migration with 3 vendors", "CRM"),
        ("Wrote 300+ user stories for the Acme mobile app", "300+"),
    ],
)
def test_the_fact_ledger_keeps_names_numbers_and_products(linter, bullet, fact):
    suggestions = suggestions_for(linter, bullet)
    assert suggestions and all(fact in PLACEHOLDER.sub(" ", s.text) for s in suggestions), [s.text for s in suggestions]


def test_the_fact_ledger_rejects_a_dropped_fact_and_a_new_activity():
    from po2pm_rewrite.model import Slots
    from po2pm_rewrite.rewrite import Core, asserted_activities, dropped_facts

    slots = Slots(facts=("Allianz", "14 clients"))
    assert dropped_facts("Managed the claims backlog for 14 clients", slots, Core("x", ())) == ["Allianz"]
    assert dropped_facts("Managed the Allianz backlog for 14 clients", slots, Core("x", ())) == []
    assert asserted_activities("Managed the backlog and interviewed [who]", "Managed the backlog") == ["interviewed"]
    assert asserted_activities("Managed the backlog; [how you interviewed users]", "Managed the backlog") == []


def test_a_tool_name_is_dropped_with_a_note(linter):
    suggestions = suggestions_for(linter, "Managed the product backlog for the claims team using Jira and Confluence")
    assert suggestions
    for suggestion in suggestions:
        assert "Jira" not in suggestion.text and "the claims team" in suggestion.text
        assert suggestion.notes == ("Jira and Confluence belong in Skills, not in this bullet",)


def test_a_tool_list_that_ends_in_other_tools_is_dropped_whole():
    from po2pm_rewrite.rewrite import keep_core

    core = keep_core("Delivered the claims reporting and dashboards using JIRA, Confluence, and various other tools.", frozenset({"jira", "confluence"}))
    assert (core.text, core.dropped) == ("Delivered the claims reporting and dashboards", ("JIRA", "Confluence"))


def test_a_ceremonies_only_bullet_gets_cut_or_merge_advice(linter):
    report = linter.rewrite([Source("<text>", "Facilitated sprint planning, reviews and retrospectives", literal=True)])
    bullet = report.files[0].bullets[0]
    assert bullet.findings and not bullet.suggestions
    assert bullet.advice and bullet.advice.startswith("This bullet lists ceremonies or tools only. Cut it, or merge it")


def test_a_list_of_duties_beside_a_ceremony_is_told_as_the_duties_it_names(linter):
    # UAT is a PO102 phrase, but the bullet lists requirements and documentation too: "ceremonies
    # or tools only" would tell the person something untrue about their own bullet.
    report = linter.rewrite([Source("<text>", "Gathered and documented requirements, led UAT, supported users, and enhanced systems", literal=True)])
    advice = report.files[0].bullets[0].advice
    assert advice and advice.startswith("This bullet lists duties of several kinds (")
    named = advice.split("(", 1)[1].split(")", 1)[0].split(", ")
    assert sorted(named) == ["documentation", "requirements", "testing"]


def test_engineering_work_gets_advice_and_delivery_work_naming_a_technology_keeps_its_clause(flagging_linter):
    """Session 13's readers failed every clause added to an engineer's bullet ("the call would be
    technical"); a builder's verb and a technology together call the advice, nothing less."""
    def advice_of(text):
        return rewritten_bullet(flagging_linter, text).advice or ""

    assert advice_of("Developed backend REST APIs in Java for the mobile app release").startswith("This bullet describes engineering work")
    assert advice_of("Implemented fault-tolerant streaming pipelines with Kafka for the claims team").startswith("This bullet describes engineering work")
    # set X's judges, both: any filling of a clause after spreadsheet macros is an analyst's time saved
    assert advice_of("Created excel macros to reduce time creating metrics for the project team").startswith("This bullet describes engineering work")
    for delivery in (
        "Supervised the international database migration for the credit cards unit",  # a manager's verb
        "Developed user stories for the payments API with the Java team",  # delivery work naming its stack
        "Developed the onboarding flow for new merchants",  # a builder's verb, no technology named
        "Built AI-products using LLMs, RAG and semantic search for enterprise workflows",  # products built (set M)
    ):
        assert not advice_of(delivery).startswith("This bullet describes engineering work"), delivery


def test_project_administration_gets_cut_or_replace_advice_not_a_clause(linter):
    report = linter.rewrite([Source("<text>", "Prepared the project charter and the lessons learned for each phase", literal=True)])
    bullet = report.files[0].bullets[0]
    assert bullet.findings and not bullet.suggestions
    assert bullet.advice and bullet.advice.startswith("This bullet describes project administration")
    # the same words next to customer or product work are a rewrite, not advice
    report = linter.rewrite([Source("<text>", "Ran vendor meetings to settle the scope of the customer portal", literal=True)])
    assert report.files[0].bullets[0].suggestions and not report.files[0].bullets[0].advice


@pytest.fixture(scope="module")
def advising_linter(ruleset):
    """Lower still than flagging_linter: the readers' cases here are about the advice a flagged
    bullet gets, and weights derived again moved one of them ("Met the regional health board
    monthly ...", 0.49 in session 45) under 0.5."""
    return Linter(ruleset, threshold=0.4)


@pytest.mark.parametrize(
    ("bullet", "advice_id"),
    [
        # team process reads as Scrum Master work: no product result can be pinned on it
        ("Increased sprint velocity by 30% for the mobile banking squad", "team-process"),
        ("Led the agile transformation of three delivery teams at the bank", "team-process"),
        ("Maintained the project documentation and meeting notes in Confluence", "documentation-upkeep"),
        ("Prepared test plans and test scripts for the billing module", "testing-work"),
        # set ab4 (session 41): the words read first choose, here the opening "Coordinated"
        ("Coordinated with engineering and design to ensure successful delivery", "coordination-led"),
        ("Supported the release manager during the quarterly deployments", "support-role"),
        ("Coordinated the production deployments and hotfixes every Friday", "coordination-led"),
        # names nothing the work served: no product word, and the parse finds no object of the work
        ("Worked closely with the developers to clarify tickets and edge cases", "nothing-it-served"),
        # a list of things worked on: the parse finds no verb, so no clause can say what was done
        ("Payment flow specifications and refund requirements for the travel portal", "names-only"),
        ("Data migration concept for the retirement of the old policy system", "names-only"),
        # a heading of nouns the parse reads as an imperative ("Backlog" + "management")
        ("Backlog Management for the payments squad at the retail bank", "names-only"),
        # a list of nouns the parse read as a sentence: "flows" as the verb, "Payment" its subject
        ("Settlement flows, partner analysis and business rule specifications.", "names-only"),
        # seed 2022, both readers: "based on [...], leaving out [...]" after a list of nouns opening with "Marketing"
        ("Marketing requirements (MRD) execution, tech specification development, collaboration with R&D", "names-only"),
        # the documents of project management, even with "requirements" among them
        ("Wrote the work breakdown structure, cost estimates and resource requirements for the rollout", "project-documents"),
        ("Defined the API specifications between the booking engine and the payment gateway", "interface-specification"),
        ("Ran the in-house IT infrastructure projects of the regional office", "project-administration"),
        ("Created dashboards in Jira to give the four teams visibility of sprint progress", "team-process"),
        # coordinating says others did the work: a result clause would credit theirs to the person
        ("Coordinated the integration and acceptance of the billing components", "coordination-led"),
        ("Streamlined internal processes between the finance and warehouse teams", "team-process"),
        # set N: a skill claimed, and a career line, got clauses both readers failed
        ("Expertise in status report generation for different customers and their services", "skill-claim"),
        # (the readers' own career line, "Worked as a design engineer before moving into product
        # management", is not flagged since set Z joined the weights; a line of its kind stands in)
        ("Worked as a business analyst before moving into product ownership", "duty-or-role"),
        ("Working with different teams in the organisation for a streamlined output", "collaboration-only"),
        # a coach's trial: every clause offered to taking part asserted a call not made
        ("Participated in quarterly roadmap planning sessions", "taking-part"),
        # set T: a clause after a status deck or a sign-off credited the meeting with others' calls
        ("Gave weekly presentations to the steering group on release readiness status", "keeping-informed"),
        ("Obtained business signoff for the claims portal deliverables after the reviews", "keeping-informed"),
        # set T: one target or result after a sum of clients' projects fits none of them
        ("Managed 12 clients for CRM related projects through the project life cycle", "several-projects"),
        ("Managed resources to help clients with small bug fixes to major go-live projects", "several-projects"),
        # set V: one target for product work at several client companies
        ("I have been managing product development for startups from Netherlands, Singapore and Sweden in completely distributed teams.", "several-projects"),
        # the corpus pool, session 20: "[the result] by [the call you made] while gaining ..." and
        # "... while tracking ... requests on a daily basis"
        ("Gained hands-on experience in Jira ticket administration for the support desk", "skill-claim"),
        ("Tracked project and client requests on a daily basis.", "project-administration"),
        # seed 2020's readers, both of each: no filling lifted these
        ("Cut project onboarding time in half with a kickoff checklist for cross-functional teams", "project-administration"),
        ("Tasked with coordination, tracking and updating project issues risks and change controls that impacted the business unit.", "project-administration"),
        ("Enhanced decision-making through robust metrics and streamlined project management tools", "team-process"),
        ("Created visualization dashboards for senior management", "keeping-informed"),
        ("Performed GAP analysis using the AS-IS process flow document and the TO-BE process flow document.", "analysis-documents"),
        ("Managing all the SharePoint Portal Admin activities and all the Project Functional, Technical and Business documents.", "project-documents"),
        ("Led end-to-end delivery of .NET applications, coordinating development, QA, and release activities.", "release-operations"),
        # seed 2023's readers, both: the product named only as what was delivered is no product work
        ("Managed internal teams to ensure accurate and timely delivery of features.", "project-administration"),
        ("Managed content and site builds to ensure timely delivery and quality.", "project-administration"),  # seed 2024
        ("Standardizing IT project management practices through effective project governance methodology to deliver highly valued product", "internal-it-work"),
        # seed 2026's readers, both of each: stock words for what a project delivers name no product
        ("Kept the schedule and coordinated the activities of our system development projects.", "project-administration"),
        ("Tracked effort, budget and schedule so the team could deliver its work products.", "project-administration"),
        ("Drew up the agendas of the governance meetings to deliver solutions as one team", "project-administration"),
        ("Drew the wireframes, DFDs and the WBS for the intranet refresh.", "project-documents"),
        # a part in others' work, hedged at the start or after the verb
        ("Contributed to the requirement gathering, testing and showcases of the HR system upgrade.", "support-role"),
        ("Met the regional health board monthly to help in suggesting changes to the referral process.", "support-role"),
        # requirements for no product, feature or users the bullet names
        ("Wrote use cases, user stories and requirements as Product Owner for the agile development teams.", "requirements-for-nothing-named"),
        ("Analysed the business requirements and wrote consistent, complete specifications.", "requirements-for-nothing-named"),
        ("Functioned as Scrum Master for nine releases of the claims app.", "duty-or-role"),
        # seed 2027's readers, both of each: documents, tests and staffing no clause lifts
        ("Wrote the statement of work for the data warehouse upgrade, with its timelines and milestones.", "project-documents"),
        ("Documented the mapping specifications and data model of the nightly load jobs.", "analysis-documents"),
        ("Tested the release to make sure the business rules held and behaved as specified.", "testing-work"),
        ("Tracked resource availability and allocated staff across the client's three teams.", "project-administration"),
        ("Managed the release process for new product versions of the claims tools every quarter.", "release-operations"),
        # an adverb before the opening verb changes nothing
        ("Regularly coordinated the integration and acceptance of the billing components", "coordination-led"),
        # seed 2028's readers, both of each: an assisting part, and a seat at the team's stand-up
        ("Assists with the predictable and consistent delivery of the programme", "support-role"),
        ("Represent the finance team in the daily development stand-up meeting", "taking-part"),
        # seed 2028's readers, both of 3 of 3: IT work on the organisation's own systems
        ("Rolled out the new identity management system for the regional offices.", "internal-it-work"),
        ("Ran the IT pilot migration of the finance desktops and the component testing with their owners.", "internal-it-work"),
        # seed 2029's readers, both of each: a role, hand-off documents, internal brainstorming, project finance
        ("Acts as the business contact for the loan team's backlog items.", "duty-or-role"),
        ("Drew the process flows and data flows between the branch and back-office systems.", "analysis-documents"),
        ("Took the finance team's specifications and turned them into application specifications.", "analysis-documents"),
        ("Ran brainstorming sessions with the stakeholders to settle the requirements.", "requirements-for-nothing-named"),
        ("Project financials and budget submissions for the program's cost codes", "project-administration"),
        # seed 2030's readers, both of each: QA and acceptance, coaching the process, demos, execution
        ("Set the QA priorities for the claims portal release.", "testing-work"),
        ("Verified 800 user stories as done for the payments squad.", "testing-work"),
        ("Coached two teams in agile / scrum processes and groomed their backlog.", "team-process"),
        ("Demonstrated the new scheduling features to the directors.", "keeping-informed"),
        ("Lead technical execution for the $2M payroll program.", "project-administration"),
        # a product backlog names no product (seed 2029)
        ("Worked with the product owners and business stakeholders to shape the product backlogs", "coordination-only"),
        # a role told as a story's step (sets BS and BT, both readers: the clause hung on "The main task")
        ("The main task was writing the requirements document for the broker portal's change requests.", "duty-or-role"),
        ("My first involvement was to organise the acceptance testing of the new claims release.", "duty-or-role"),
        # a weeknote's meeting (set BO, both readers: one talk carries no result)
        ("Met with the product owner to talk through the release notes", "meeting-log"),
        ("We met last week to draw up the story map for the claims portal's new intake form", "meeting-log"),
        ("Meeting with the branch managers to discuss their objectives.", "meeting-log"),
        # a meeting set up (seed 3702, both readers)
        ("Initiated daily meeting with the infrastructure and support teams to keep update on the claims migration.", "meeting-log"),
        # applications managed through their whole life cycle, counted projects (seed 3704, both readers)
        ("Project managed worldwide, database-driven applications through the full software development lifecycle.", "several-projects"),
        # seed 2031's readers, both of each: a project put back on track, options sent up for approval, a
        # walkthrough of mock-ups, a supporting part, work to a customer's specification, app releases,
        # documents beside user stories, a server migration, a backlog clean-up
        ("Introduced weekly risk reviews that brought the warehouse project back on track.", "project-administration"),
        ("Present the COAs in the joint engineering meetings to be approved by the PMO, which moved epics to the program backlog.", "keeping-informed"),
        ("Drew mock-up screens in Balsamiq and gave the branch managers a walkthrough of the layout.", "keeping-informed"),
        # seed 2034, both readers of each: reports presented on a project's progress, a list of changes kept,
        # and (seed 2033) requirements passed on for others
        ("Present reports on the claims project's progress, problems and solutions", "keeping-informed"),
        ("During the move to the cloud, I was responsible to maintain the list of changes that is being migrated.", "documentation-upkeep"),
        ("Translated the client's requirements into clear briefs and acceptance criteria for the design team.", "requirements-handoff"),
        ("Support the depot signalling upgrade project with planning expertise.", "support-role"),
        # seed 4231, both readers of each: test errors tracked and reported, one's own task list
        ("Tracked and reported all system and user acceptance test errors for the claims developers", "testing-work"),
        ("To keep track of my projects I used the Infinity tool to set the tasks to be completed daily and check them off.", "own-task-list"),
        ("Worked with the engineering team on the booking site as per customer specifications.", "support-role"),
        ("Led the operations of the radio app, coordinating weekly releases for iOS and Android.", "release-operations"),
        ("Wrote the user stories and drew the process flow diagrams in Visio.", "analysis-documents"),
        ("Assessed the risks of the file server migration and wrote its user stories.", "internal-it-work"),
        ("Closed 600 stale Jira tickets and regrouped the rest under twelve epics.", "backlog-cleanup"),
        # seed 2032's readers, both of each: helping others do their work, techniques listed, unit and
        # requirements testing, technical debt
        ("Managed the analysts and helped them to overcome the issues of the claims project.", "support-role"),
        ("Used various elicitation techniques like document analysis, group discussions and requirement workshops.", "skill-claim"),
        ("Orchestrated the unit testing and coding standards of the Java team for the release.", "testing-work"),
        ("Ran the requirements testing across the test and production warehouses.", "testing-work"),
        ("Cut technical debt by a third over two sprints with review checkpoints.", "team-process"),
        # seed 2037, both readers: "after which [who] saw ..." added to a job title with no verb
        ("Scrum Product Owner for the branch network's booking system used by 900 advisers", "duty-or-role"),
        ("Technical PM on the freight tracking platform, working with two vendor teams", "duty-or-role"),
        ("Retained as Product Owner to steady a late claims project for a regional insurer.", "duty-or-role"),
        # set AM, reader A: a choice clause after leading QA and UAT, a result clause after demos to leadership
        ("Led user acceptance testing for every quarterly release of the loan app", "testing-work"),
        ("Led product demos of the scheduling module for the directors and department heads", "keeping-informed"),
        ("Ran the IT acquisition projects of the regional offices, choosing the hardware and software solutions", "internal-it-work"),
        # set AN, both readers of each: a clause credited status reports, unblocking, database upkeep,
        # vulnerability entry, sequence diagrams and story sizing with what they never decided
        ("Gave senior management the project status and the delivery dates of the claims upgrade", "keeping-informed"),
        ("Removed impediments for the two booking squads by working with the stakeholders and other team leads.", "team-mechanics"),
        ("Oversaw the three DBAs and the operations team to deliver the monthly DB maintenance and system releases.", "internal-it-work"),
        ("Entered, tracked and prioritized the open vulnerabilities of the 30 branch systems as user stories in Rally.", "security-upkeep"),
        ("Drew the sequence diagrams of the payment gateway's message flows in Visio.", "analysis-documents"),
        # seed 4224, both readers: an analyst's process models and interface specs
        ("Authored the BPMN models and partner integration specs of the claims intake; supported the build to go-live.", "analysis-documents"),
        ("Ran sprint planning and made sure every story was sized and given point values.", "project-administration"),
        # session 30's second sample, both readers of each: tracker upkeep, a review ceremony, cloud and security work
        ("Kept the Trello cards and Jira tickets in step with the release backlog.", "tracker-upkeep"),
        # seeds 4226 and 4227, both readers: a Scrum Master's dependencies told as releases and deployments
        ("Ran the claims squad as Scrum Master: sprint planning, dependency tracking and the weekly demo.", "project-administration"),
        # seeds 4224 and 4225, all four readers: the kinds of tracker items entered, listed
        ("Created the Epics, Features, Stories, Bugs and Tasks of the claims portal in Jira.", "work-item-entry"),
        ("Ran the weekly user story reviews with the two analysts.", "team-process"),
        ("Managed the project to stand up the EKS cluster for the new login service.", "internal-it-work"),
        ("Wrote the password management and encryption plan with the legal team.", "internal-it-work"),
        # sets AP and AQ, both readers of each: beside the owner of the calls, one of a team, operations,
        # a manual, test scope, impact reviews, compliance, contract scope, a role line of two titles
        ("Work closely with the product owner on the loan app's backlog and its releases.", "beside-the-owner"),
        # sets AR and AS, both readers of each: from the owner's input, assisting the owner, on time
        # and budget, a tracking tool's time entries, a single claim with "approx." in it
        ("Ordered the sprint tasks of the claims squad with the product owner's inputs.", "beside-the-owner"),
        ("Providing input for the release readiness reviews of the billing app.", "beside-the-owner"),
        ("Assisted the product owner to prioritize and groom the loans backlog.", "support-role"),
        ("Delivered the branch upgrade projects on time and well within budget.", "project-administration"),
        ("Jira tool used to track the team's time entry and follow-ups.", "tracker-upkeep"),
        # the corpus pool's sample after session 31's fixes, both readers of each: a go-between's part
        ("Provide two-way communications between the customer and the claims project team.", "go-between"),
        ("Ran the weekly calls of the loan app and served as the liaison between business and the IT teams.", "go-between"),
        ("As a member of the Harbour Mutual team, ran every phase of the claims project to go-live.", "support-role"),
        ("Managed the software releases of the booking API through the CI/CD pipelines.", "release-operations"),
        ("Ran the data center move of the billing servers for the finance team.", "internal-it-work"),
        ("Wrote a user guide for the underwriting team.", "documentation-upkeep"),
        ("Set the scope of testing for each quarterly release of the loan app.", "testing-work"),
        ("Facilitated the impact matrix reviews of the business requirements for the card programme.", "analysis-documents"),
        ("Delivered the PCI compliance work of the payments programme.", "security-upkeep"),
        ("Renegotiated the scope of work with the vendor when the claims project grew.", "project-administration"),
        ("Project leader and Scrum Master for the $2M claims portal rebuild", "duty-or-role"),
        # sets AW and AX, both readers of each: status and communications, a design gate, budgets and
        # invoices, contract oversight, the owner's direction, best practice shared, praise for the person
        ("Collated the program updates of the branch upgrade for the weekly steering pack.", "keeping-informed"),
        ("Communicated program progress and escalations of the card programme to the product stakeholders.", "keeping-informed"),
        ("Managed customer expectations and stakeholder communications for the claims portal.", "keeping-informed"),
        ("Provided design approval for the booking screens once the review changes were made.", "keeping-informed"),
        ("Managed the project budget, customer invoices and supplier payments of the branch rollout.", "project-administration"),
        ("Performed management oversight for the data services contract of the state agency.", "project-administration"),
        ("Kept the squad backlog in order based on product owner direction.", "beside-the-owner"),
        ("Kept the product owner informed of the risks in the payments stack.", "beside-the-owner"),
        ("Shared best practices across the IT and business teams of the claims project.", "team-process"),
        ("Worked closely with scrum masters so the branch teams stayed aligned with delivery dates.", "collaboration-only"),
        ("Visionary, sought-after leader who took the branch network onto a new core banking platform.", "self-praise"),
        ("Directed the release teams as a valued security consultant on the card programme.", "self-praise"),
        # sets BA and BB, both readers of each: delivery's own rate, site subcontractors, teams over several
        # products, agile efficiency and throughput, testing practice
        ("Held a 97% on-time release rate across the claims squads.", "project-administration"),
        ("Managed the subcontractors of four concurrent job site builds.", "project-administration"),
        ("Scrum Mastered three teams across multiple products to keep their velocity steady.", "several-projects"),
        ("Raised delivery efficiency by 20% by rolling out agile frameworks to the branch teams.", "team-process"),
        ("Brought in shift-left testing practices that caught integration defects before the release.", "testing-work"),
        # sets BC and BD, both readers of each: a reputation claimed, a role told in the first person
        ("Built a reputation for on-time delivery of the monthly releases of the claims portal.", "self-praise"),
        ("I am currently program managing the card platform rollout and its release plans.", "duty-or-role"),
        # sets BE, BF and BG, both readers of each: team-process measures, project risk, several projects
        ("Built a script that sends the sprint metrics of each claims squad every fortnight.", "team-process"),
        ("Lowered project risks by a third with a weekly risk-management review for the card teams.", "project-administration"),
        ("Led multiple development projects as product owner for the branch network.", "several-projects"),
        # set BG, both readers: an acting role and what it was for ("while acting PO for ...")
        ("Acting PO for the integration layer between the core banking system and the card partners.", "duty-or-role"),
        # seed 3801, both readers of each: the team's own metrics, blockers and reviews beside a word of
        # product work; stakeholders worked out; quality checked before a release
        ("Used the squad's historical team data and agile metrics to set backlog priorities and the PI plans.", "team-mechanics"),
        ("Removed impediments by setting up a workflow oriented process to keep the scope of stories small.", "team-mechanics"),
        ("Ran code reviews and demos with the process excellence group for the claims deliverables.", "team-mechanics"),
        ("Identified and analysed stakeholders of the payroll upgrade and its solution delivery.", "stakeholder-mapping"),
        ("Kept the loans teams aligned and validated feature quality before release.", "testing-work"),
        # seed 3802, both readers of each: acceptance testing directed, backlog items explained to the
        # developers, acceptance criteria for features in general
        ("Directed acceptance testing and launch readiness checks so the loyalty features held up on sale days.", "testing-work"),
        ("Clearly explaining backlog items to the loans developers from my years as a programmer.", "requirements-handoff"),
        ("Defining acceptance criteria to set the validation conditions for features.", "requirements-for-nothing-named"),
        # acceptance testing run: ", catching [the failure customers never saw ...] before release" was
        # strong for no reader in eight reads (seeds 2032, 3806 and session 36), the clause is gone
        ("Ran UAT with branch staff for the new loan application", "testing-work"),
        ("Performed user acceptance testing of the claims portal's new upload flow.", "testing-work"),
        # seeds 3806 and 3807, both readers of each: the team's own set-up and pace, reporting to
        # stakeholders, projects pulled under one programme, ERP data brought together
        ("Formed 3 scrum teams with defined scope boundaries for the claims programme.", "team-mechanics"),
        ("Built Google Sheets and Apps Script dashboards for the squads' Jira exports and velocity tracking.", "team-mechanics"),
        ("Introduced Kanban agile delivery for the loans squads, with stand-ups and backlog prioritization.", "team-mechanics"),
        ("Set up requirements governance that reduced project delivery timelines by a fifth.", "team-mechanics"),
        ("Conducted stakeholder reporting through OKR reviews and product demonstrations for the loans app.", "keeping-informed"),
        ("Pulling all digital projects of the bank under one umbrella programme.", "several-projects"),
        ("Analysed how to bring each business unit's ERP data into the group ledger.", "internal-it-work"),
        # seeds 3808 and 3809, both readers of each: IT kit replaced, the team's execution and release
        # figures, release status reported, a job told as what it mostly was, PI documents, methods sought
        ("Managed the printer refresh at four branch offices within a $40,000 budget.", "internal-it-work"),
        ("Managed the project to eliminate Windows XP from the insurer's branch offices.", "internal-it-work"),
        ("Led the team to streamline the execution of the loans app's priorities.", "team-mechanics"),
        ("Managed agile delivery for the retail apps; improved release predictability by 20% and cut bug leakage by half.", "team-mechanics"),
        ("Built data quality reporting for an accurate picture of each client's release status.", "keeping-informed"),
        ("My delivery manager job was mainly meetings, with a weekly product catch-up and a daily handover.", "duty-or-role"),
        ("Documented and published the program increment objectives and the PI planning report for the release train.", "project-documents"),
        ("Finding techniques for effective product backlog management.", "skill-claim"),
        # seeds 3810 and 3811, both readers of each: an office suite replaced, projects kept on track, a
        # sprint's labour cost, a cyclical intake process, a supporting part in the first person,
        # requirements for many systems, work along with the PO
        ("Led the Google Suite project to move the whole firm off Microsoft products.", "internal-it-work"),
        ("Found ways to resolve issues early to keep projects on track.", "project-administration"),
        ("Overseeing $150,000 of labor expense per sprint across four engineering teams", "project-administration"),
        ("Created a cyclical process for requirements gathering that kept a pipeline of features for the developers", "team-mechanics"),
        ("I supported the delivery of several development initiatives, including new feature releases.", "support-role"),
        ("Gathered the requirements for multiple systems across the group's business units.", "several-projects"),
        ("Analyzed the product backlog along with the PO and reported its inconsistencies to the configuration team", "beside-the-owner"),
        # seed 3803, both readers of each: team roles for "the flow of customer value", teams kept from
        # over-commitment, planning time cut by a framework, a programme's equipment and upkeep, a count
        # of implementation programmes, a legacy system moved to the cloud, a packaged application
        ("Set up the squad's team roles and ceremonies to improve the flow of customer value.", "team-process"),
        ("Protected the loans squads from over-commitment and prioritized their defect fixes.", "team-mechanics"),
        ("Set up one requirement-gathering framework for QA and engineering, cutting sprint-planning time by a fifth and post-release fixes.", "team-mechanics"),
        ("Managed a $40M programme of equipment and operations and maintenance services for the port.", "project-administration"),
        ("Led 10+ data implementation programs with full audit compliance for the bank's regulators.", "several-projects"),
        ("Managed the legacy system modernization and migration to cloud of the payments engine.", "internal-it-work"),
        ("Led the packaged application implementation for the billing department.", "internal-it-work"),
        # seeds 3804 and 3805, both readers of each: concurrent projects, a client's kinds of project, AI
        # for the engineers, a project's delivery speed, a team's workflow, milestones for on-time
        # releases, a list of teams worked with for "solutions to customers"
        ("Managed prioritisation and delivery across 20+ concurrent projects, balancing timelines and capacity.", "several-projects"),
        ("Led game, e-learning and web development projects for a client in Ohio.", "several-projects"),
        ("Used AI across the SDLC to write code and tests, cutting delivery timelines by a third.", "team-mechanics"),
        ("Led RPA project initiatives with the finance teams, improving project delivery speed by 20%", "team-mechanics"),
        ("Worked with my Home Solutions team on better process and standards for the teams workflow.", "team-mechanics"),
        ("Set and tracked deadlines and milestones with engineering and product leads to ensure on-time releases", "project-administration"),
        ("Worked with product management, the documentation team and support to deliver innovative solutions to customers.", "coordination-only"),
        # seed 3901, both readers of each: a support line on release day, a requirements role between
        # the product owners and the developers
        ("Staffed the branch release hotline on launch day to help tellers with failed card payments.", "release-operations"),
        ("Owned the requirements intake for the lending platform, sitting between the product owners and the developers.", "go-between"),
        # seed 3902 (the reading rounds' files), both readers of each: a backend rebuilt, systems kept
        # available, a web application developed, the creation of a service directed
        ("Rebuilt the failing Ruby billing backend as a Go service with clear module boundaries.", "engineering-work"),
        ("Managed and monitored the branch servers for the highest level of availability.", "engineering-work"),
        ("Developing web applications with a search service for the county library.", "engineering-work"),
        ("Directed creation of the ledger export service, receiving every settlement log, using Python.", "engineering-work"),
        # seed 4102, both readers of each: the team's own measures, with the call already stated
        ("Raised the sprint completion rate of the two loans squads to 90% by splitting stories smaller", "team-mechanics"),
        ("Brought in BDD for the claims squad, which improved defect detection by a third", "team-mechanics"),
        # seed 4203, both readers of each: the team as the subject, the setting as the line
        ("The team is working in two-week sprints on the claims portal, shipping to the adjusters each month.", "team-as-subject"),
        ("Our squad delivered the new loan app onboarding in six sprints.", "team-as-subject"),
        ("Operated in a fast-moving fintech environment, balancing partner demos with weekly releases.", "the-setting"),
        # seed 4204, both readers of each: a recommendation pasted among the bullets
        ("He had a clear knack for keeping the loans squad on track for every release.", "someone-elses-words"),
        ("His planning of the branch rollout contributed to its on-time delivery.", "someone-elses-words"),
        # seed 4208, both readers of each: a side word quoted, or the wrong kind of work named
        ("Key strength includes working with the sales leads and engineering, to insure alignment and successful delivery of the new card app.", "self-praise"),
        ("We collected stakeholders in a shared board then mapped them based on the level of power and interest.", "stakeholder-mapping"),
        ("Manage the upkeep of the project master plan, continuous process improvements, project risks, issues and changes", "project-administration"),
        ("Partnering with the integration architects to document procedure for the payments build-out for developers", "documentation-upkeep"),
        # seed 4210, both readers of each: a team's method called project administration for
        # "framework", story estimation called requirements work for "user stories"
        ("Led a squad of 5 engineers using the Agile & Scrum development framework", "team-process"),
        ("Worked with the loans squad on estimating user stories each sprint using poker planning", "team-process"),
        # seed 4211, both readers of each: the team's own tools moved, and its Definition of Done
        ("Moved project management from Airtable to Jira so the loans squad could track twice the requests", "team-mechanics"),
        ("Wrote the card squad's epics and stories to a stricter Definition of Done, halving post-release defects", "team-mechanics"),
        # seed 4234, both readers of each: client projects summed up, a hand-off's documents, a
        # project's plans, working "actively" for a project others led
        ("Delivered 4 digital projects, booking sites and a loyalty app for regional banks", "several-projects"),
        ("Drew the interaction specifications and test plans so the offshore developers understood the claims app's requirements.", "design-artifacts"),
        ("Wrote the project plans setting the warehouse project's goals, scope, schedule and staffing.", "project-documents"),
        ("Worked actively for the Cloud Billing project to move the claims product onto cloud hosting.", "taking-part"),
        # seed 4237, both readers of each: two kinds of programme summed up, and the timelines of the
        # organisation's own change
        ("Managed data migration programs and customer feedback pipelines", "several-projects"),
        ("We got clearer timelines and scope for the next wave of the council's internal reorganisation.", "project-administration"),
        # seed 4238, both readers of each: a testing gate, and one client's projects summed up
        ("Enforced two quality gates for the claims app: an 80% demo pass rate before UAT", "testing-work"),
        ("Managed the client's projects delivering cloud ERP solutions to food and beverage distributors.", "several-projects"),
        # seed 4239, both readers of each: clients and initiatives counted, capabilities and projects
        # named by example
        ("Owned the project lifecycle of web and native apps for 30+ clients ranging from a hospital trust to a football club.", "several-projects"),
        ("Delivered analysis for 15+ banking initiatives integrating the core ledger, the card switch and the mobile channel.", "several-projects"),
        ("Delivered the bank's key payments capabilities including instant payments and cheque imaging.", "several-projects"),
        ("Managed strategic projects in PM and BA roles, including the CRM and commission system rollouts.", "several-projects"),
    ],
)
def test_work_no_clause_can_make_pm_work_gets_advice_of_its_kind(advising_linter, bullet, advice_id):
    rewriter = advising_linter.rewriter()
    expected = next(advice for advice in rewriter._advice if advice.id == advice_id)
    bullet_report = rewritten_bullet(advising_linter, bullet)
    assert bullet_report.findings and not bullet_report.suggestions
    assert bullet_report.advice == expected.told(bullet=bullet, tools=rewriter._tools)


@pytest.mark.parametrize(
    ("bullet", "advice_id"),
    [
        # the same words beside what customers or the business gained are a rewrite
        ("Increased sprint velocity by 30%, so customers got the new checkout a quarter sooner", "team-process"),
        ("Rewrote the help-centre documentation, cutting support tickets by 20%", "documentation-upkeep"),
        ("Ran the production deployments of the new checkout, lifting conversion by 3%", "release-operations"),
        # a call about what comes first is PM work, not release operations or team process
        ("Drove feature prioritization and release planning for the claims squads", "release-operations"),
        ("Improved the delivery process by defining scope with the claims team", "team-process"),
        # one project's reach is no sum of projects (seed 4237, both readers)
        ("Led the customer data migration project during the mainframe sunset, with zero data loss across multiple systems", "several-projects"),
        # a bullet that leads with its result, or launches something, is one piece of work
        ("Reduced time to market by 50%, ensuring alignment with business objectives", "general-aim"),
        ("Oversaw the launch of the landing page, ensuring alignment with the brand", "general-aim"),
        # the team's process or testing as the setting of product work the bullet names
        ("Delivered the fraud screening solutions for the card issuer with two scrum teams", "team-process"),
        ("Wrote the test cases for the loan applications and their migration to the new core", "testing-work"),
        # a bullet that states its own result, or a call between options, is more than upkeep or process
        ("Moved the team's documentation to Notion, which resulted in half the onboarding questions", "documentation-upkeep"),
        ("Tested three pricing pages with 4,000 trial users", "testing-work"),
        ("Coordinated the move that let patients book online doctor visits", "coordination-only"),
        ("Owned the payments roadmap and the data model it needed for refunds", "analysis-documents"),
        ("Weighed technical debt against delivery commitments in prioritization decisions", "nothing-it-served"),
        ("Coordinated the launch of the savings app with marketing, reaching 40,000 customers", "coordination-led"),
        # sets BE, BF and BG, both readers: a vision driven for named work is a claim of the person's own
        ("Partnered with teams across the bank to drive the vision and delivery of the card control plane.", "coordination-led"),
        ("Presented the pricing proposal to the leadership team, which funded the pilot", "keeping-informed"),
        ("Wrote the requirements document the client signed off for the billing module", "keeping-informed"),
        # seed 2020: prioritising the backlog, or writing requirements to a team's ways of working, is no Scrum Master work
        ("Gather, manage, and prioritize the product backlog in JIRA for the team.", "team-process"),
        # what the tickets hold is the claim (stories written, a roadmap owned), not the tracker
        ("Owned the claims roadmap and wrote 300 Jira tickets for its data model.", "tracker-upkeep"),
        ("Wrote the user stories of the loan app as Jira tickets.", "tracker-upkeep"),
        ("Created the stories, bugs and tasks of the loan app in Jira, prioritized by customer complaints.", "work-item-entry"),
        # seeds 4226 and 4227, both readers: requirements elicited from people, and testing's feedback set in order
        ("Gathered the claims team's requirements through interviews, workshops and the old system's documentation.", "documentation-upkeep"),
        ("Wrote the test plans of the loan app and turned tester feedback into 30 prioritized backlog items.", "testing-work"),
        # a trade-off weighed beside the cloud teams is the person's own call
        ("Weighed the trade-offs of the cloud infrastructure options with the platform leads for the new search.", "internal-it-work"),
        ("Document business and functional requirements as per the standardised ways of working.", "team-process"),
        ("Ran a gap analysis of the claims journey that decided which two steps customers lost most at", "analysis-documents"),
        # seed 2023: named clients are facts a result clause can build on
        ("Managed digital campaigns for global brands like Acme Air and Northwind using agile methodologies", "project-administration"),
        ("Managed digital campaigns for global brands like Acme Air and Northwind using agile methodologies", "team-process"),
        # a clean-up that let the person set what comes first is their call to rewrite around
        ("Cleaned up the support backlog and reprioritized it by ticket volume per customer", "backlog-cleanup"),
        # users met in person still call advice off: only "user stories" and "user acceptance" name none
        ("Wrote the process flow diagrams with the users of the claims desk", "analysis-documents"),
        # seed 2032, both readers: a flow designed for a launch is customer-journey work, and defining
        # requirements with the client is the person's own work, not coordination
        ("Designed the loan application process flow end-to-end while the bank was going live.", "analysis-documents"),
        ("Partner with the client and its agencies to define the campaign audience requirements", "coordination-led"),
        # set AN, both readers: a named product and the people it serves are what a result clause is about;
        # a migration is work on a system, not project administration
        ("Led the agile team behind the route planner, the fleet product for dispatchers", "team-process"),
        ("Partnered with the vendor to migrate the branch approval workflows to the new forms engine", "project-administration"),
        # an order set together with the owner is a call shared (set AN, both readers: strong once filled)
        ("Work closely with the product owner in maintaining and prioritizing the loans backlog", "beside-the-owner"),
        ("Cut onboarding calls by a third as the liaison between the clinics and the booking app team", "go-between"),
        # a customer word inside the phrase that names the case does not call it off; one outside it does
        ("Managed customer expectations for the loan app by interviewing 20 customers", "keeping-informed"),
        ("Managed the customer invoices of the rollout and cut late payments by a third for our customers", "project-administration"),
        # sets BC and BD, both readers: a new order set, or dashboards built, are the person's own work
        ("Bridged the platform team's limits with the business to reprioritize the slow claims modules", "coordination-led"),
        # seed 4203: a team the person led names their part
        ("The team I led delivered the new loan app onboarding in six sprints.", "team-as-subject"),
    ],
)
def test_advice_of_a_kind_gives_way_to_customer_or_business_words(linter, bullet, advice_id):
    advice = next(advice for advice in linter.rewriter()._advice if advice.id == advice_id)
    assert not advice.applies(bullet)


def test_no_user_problem_clause_hangs_on_a_passive_at_the_end(linter):
    """ "... so the requirements are fully understood, based on [the user problem ...]": the clause
    would read on "understood" (set AN, both readers: not grammatical)."""
    for text in (
        "Worked with the claims developers and business partners so the requirements are fully understood",
        "Ran requirements sessions for the loan app until the stories are sized and point values are assigned",
    ):
        assert all("[the user problem" not in s.text for s in suggestions_for(linter, text)), text
    # the same requirements work ending on its own active verb keeps the clause
    kept = suggestions_for(linter, "Wrote the requirements for the claims portal's refund screens")
    assert any("based on [the user problem" in s.text for s in kept)


def test_no_and_clause_runs_on_after_a_list_closed_with_and(linter):
    """"..., took corrective action, and briefed the steering group, and because of it [...]": a
    second "and" after a closed list runs on (set AN, reader B)."""
    listed = "Worked with the branch managers and vendors, took corrective action where needed, and gave input to the steering group's roadmap."
    assert all(", and because of it" not in s.text for s in suggestions_for(linter, listed))
    # no list closed with "and": the clause reads on
    single = "Worked with the branch managers and the steering group on the roadmap for the claims upgrade."
    assert any(", and because of it" in s.text for s in suggestions_for(linter, single))


@pytest.mark.parametrize(
    "bullet",
    [
        "Wrote the user stories and acceptance criteria for the loyalty app's checkout.",
        "Wrote the requirements for the claims portal with the adjusters who use it.",
        "Cut rework by 30% by reviewing each requirement with QA before the sprint.",
    ],
)
def test_requirements_that_name_a_product_users_or_a_result_keep_their_clause(linter, bullet):
    advice = next(advice for advice in linter.rewriter()._advice if advice.id == "requirements-for-nothing-named")
    assert advice.applies_to_kind("Wrote the requirements and specifications for the teams.", ("requirements",))
    assert not advice.applies_to_kind(bullet, ("requirements",))


def test_the_same_work_with_its_verb_is_rewritten_not_advised(linter):
    advice = next(advice for advice in linter.rewriter()._advice if advice.id == "names-only")
    text = "Wrote the payment flow specifications and refund requirements for the travel portal"
    bullet = rewritten_bullet(linter, text)
    assert bullet.slots is not None and bullet.slots.verb == "write" and not bullet.slots.lists_things
    assert not advice.applies(text, bullet.slots.topic, bullet.slots.lists_things)
    assert bullet.advice != advice.text
    assert not advice.applies("Payment flow specifications")  # no parse at hand: no shape applies
    # verbs the parse can miss (read as an adjective or a noun) still make it a claim, not a list
    for text in (
        "Leveraged historical ticket data and several agile metrics to make careful decisions on backlog ordering and sprint planning.",
        "Scoping, documenting, and overseeing the development of features for a large loyalty platform",
        "Loyalty Trade-offs: Leveraged domain background to support ordering decisions, balancing release dates with technical debt.",
        # set AM: "Develops" parsed as a plural noun, the subject of "implements"
        "Develops, coordinates and implements the dealer portal's quarterly releases for the sales regions",
        # seed 4203: "Triaged" read as an adjective, and a verb the model's lemma table lacks
        "Triaged incoming loan app issues and feature requests into reproducible tickets for the squad.",
    ):
        bullet = rewritten_bullet(linter, text)
        assert bullet.advice != advice.text, text


def test_an_unknown_advice_shape_is_a_one_line_rule_error(tmp_path):
    from po2pm_rewrite.errors import RuleError
    from po2pm_rewrite.templates import load_advice

    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "advice.toml").write_text('[[advice]]\nid = "x"\nshapes = ["no-verbs"]\ntext = "Cut it."\n')
    with pytest.raises(RuleError, match="unknown shape 'no-verbs'.*no-verb"):
        load_advice([tmp_path])


def test_a_bullet_whose_parse_finds_what_the_work_served_is_rewritten_though_no_listed_word_names_it(linter):
    # "the claims intake form" is in no word list; the parse finds it as the object of the work
    advice = next(advice for advice in linter.rewriter()._advice if advice.id == "nothing-it-served")
    text = "Rebuilt the claims intake form to reduce handling time for agents"
    assert advice.applies(text)  # by its words alone
    bullet = linter.check([Source("<text>", text, literal=True)], with_slots=True).files[0].bullets[0]
    assert bullet.slots is not None and bullet.slots.topic == "the claims intake form"
    assert linter.rewriter().advice(bullet) is None


@pytest.mark.parametrize(
    ("bullet", "kind_clauses"),
    [
        # a faster team is worth what it brought users, not a product decision
        ("Cut the release cycle of the claims app from six weeks to two", ("sooner-for-them", "time-went-to")),
        ("Wrote user stories and acceptance criteria for the claims portal", ("based-on",)),
        # the bullet names its aim; what it lacks is how far the measure moved
        ("Rebuilt the claims intake form to reduce handling time for agents", ("aim-measured",)),
    ],
)
def test_the_first_suggestion_is_a_clause_written_for_the_kind_of_work(linter, bullet, kind_clauses):
    rewriter = linter.rewriter()
    report = linter.check([Source("<text>", bullet, literal=True)], with_slots=True)
    candidates = rewriter.candidates(report.files[0].bullets[0])
    assert candidates and candidates[0].template_id in kind_clauses, [c.template_id for c in candidates]


def test_a_clause_for_one_kind_of_work_is_never_offered_to_another(linter):
    rewriter = linter.rewriter()
    report = linter.check([Source("<text>", "Wrote user stories and acceptance criteria for the claims portal", literal=True)], with_slots=True)
    offered = {c.template_id for c in rewriter.candidates(report.files[0].bullets[0])}
    assert not offered & {"sooner-for-them", "time-went-to", "sessions-settled", "used-by"}


def _offered(linter, bullet):
    report = linter.check([Source("<text>", bullet, literal=True)], with_slots=True)
    return [c.template_id for c in linter.rewriter().candidates(report.files[0].bullets[0])]


def _clause_of(linter, text: str, template_id: str) -> str:
    """The first suggestion a template makes for one bullet (the test fails where it makes none)."""
    report = linter.check([Source("<text>", text, literal=True)], with_slots=True)
    found = [c.text for c in linter.rewriter().candidates(report.files[0].bullets[0]) if c.template_id == template_id]
    assert found, text
    return found[0]


def test_an_ordering_clause_needs_the_thing_ordered_in_the_last_list_item(linter):
    assert "order-set-by" in _offered(linter, "Worked with DevOps and development teams and groomed the product backlog")
    assert "order-set-by" not in _offered(linter, "Groomed the product backlog, collaborating with DevOps and development teams")


def test_a_template_can_be_ruled_out_by_words_and_by_tense(linter):
    # a number credited to writing a specification is not believable
    assert "result-first" not in _offered(linter, "Created the functional specification for the claims portal")
    assert "result-first" in _offered(linter, "Created the onboarding flow for the claims portal")
    # "[who] saw [what changed for them" follows finished work, not an ongoing duty
    assert "change-for-customers" in _offered(linter, "Managed the rollout of the claims portal to brokers")
    assert "change-for-customers" not in _offered(linter, "Manage the rollout of the claims portal to brokers")


def test_a_bullet_with_a_figure_of_its_own_is_asked_what_it_meant_not_for_a_second_result(linter):
    measured = "Delivered four payment integrations for the claims portal, cutting delivery time by 15%"
    bare = "Delivered four payment integrations for the claims portal"
    assert "what-it-meant" in _offered(linter, measured)
    assert "against-target" not in _offered(linter, measured)
    assert "what-it-meant" not in _offered(linter, bare)
    assert "against-target" in _offered(linter, bare)


@pytest.mark.parametrize(
    "bullet",
    # (set ab4, session 41: "Acted as the focal point for customer liaison" now gets the role advice, its opening read first)
    ["Managed stakeholder relationships across business units and customer segments", "Was the focal point for customer liaison"],
)
def test_a_bullet_about_keeping_relationships_gets_advice_to_name_what_one_produced(linter, bullet):
    report = linter.rewrite([Source("<text>", bullet, literal=True)])
    assert report.files[0].bullets[0].advice.startswith("This bullet says you kept relationships")


def test_relationship_words_inside_other_work_do_not_call_the_relationship_advice(flagging_linter):
    for bullet in ("Drew entity relationship diagrams for the claims portal", "Managed partner relationships and the courier integrations for the claims portal"):
        report = rewritten_bullet(flagging_linter, bullet)
        assert report.findings  # flagged, so advice was considered
        advice = report.advice
        assert not (advice or "").startswith("This bullet says you kept relationships")


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('tenses = ["future"]\n', "field 'tenses': must be a list of past, present, present3, gerund"),
        ("at_end = 1\n", "field 'at_end': must be true or false"),
        ('measured = "yes"\n', "field 'measured': must be true or false"),
        ('unless = "spec"\n', "field 'unless': must be a list of words"),
    ],
)
def test_a_template_field_of_the_wrong_shape_is_reported(tmp_path, ruleset, line, message):
    folder = _template_folder(tmp_path, "{{ original }}, for [customer segment]")
    path = folder / "templates" / "discovery.toml"
    path.write_text(path.read_text(encoding="utf-8") + line, encoding="utf-8")
    linter = Linter(ruleset, rule_dirs=[folder])
    with pytest.raises(RuleError, match=re.escape(message)):
        linter.rewrite([Source("<text>", "Managed the product backlog for the claims team", literal=True)])


def test_a_clause_naming_an_unknown_kind_of_work_is_reported(tmp_path, ruleset):
    folder = _template_folder(tmp_path, "{{ original }}, for [customer segment]")
    path = folder / "templates" / "discovery.toml"
    path.write_text(path.read_text(encoding="utf-8") + 'kinds = ["testng"]\n', encoding="utf-8")
    linter = Linter(ruleset, rule_dirs=[folder])
    with pytest.raises(RuleError, match=r"template mine: field 'kinds': 'testng' is not a topic id of questions.toml \(did you mean 'testing'\?\)"):
        linter.rewrite([Source("<text>", "Managed the product backlog for the claims team", literal=True)])


def test_advice_chosen_by_words_past_the_first_clause_gives_way_to_the_first_clauses_kind_of_work(linter):
    """Seed 4207, both readers: "traceability" after ", maintaining" chose the advice on keeping
    documents for a bullet whose claim is splitting epics into stories. The words of the first
    clause still choose where they hold any."""
    bullet = "Decomposed complex epics into testable user stories with clear acceptance criteria, maintaining end-to-end traceability through RTM."
    advice = linter.rewrite([Source("<text>", bullet, literal=True)]).files[0].bullets[0].advice or ""
    assert advice.startswith("This bullet describes requirements work") and "traceability" not in advice
    kept = linter.rewrite([Source("<text>", "Kept requirement traceability in JIRA; wrote user stories for the team", literal=True)])
    assert '("traceability")' in (kept.files[0].bullets[0].advice or "")


def test_a_first_clause_with_no_advice_of_its_own_is_not_told_by_the_words_after_its_semicolon(linter):
    """Seed 4209, both readers: a team led to a published patent was told to cut "risk management",
    a word of the clause after the semicolon; the bullet is two claims, and told so. After a comma
    or a dash the words still choose: those lead into a list of duties more often than a side."""
    patent = (
        "Led a five-person team across three engineering disciplines from concept to published patent; ran weekly "
        "syncs, applied risk management to dependencies, and resolved blockers between hardware and software sub-teams."
    )
    advice = linter.rewrite([Source("<text>", patent, literal=True)]).files[0].bullets[0].advice or ""
    assert "risk management" not in advice and "project administration" not in advice, advice
    listed = "Monitoring, reviewing & reporting of the project progress"
    advice = linter.rewrite([Source("<text>", listed, literal=True)]).files[0].bullets[0].advice or ""
    assert advice.startswith("This bullet describes project administration"), advice


def test_a_team_named_administrative_is_no_administration_and_a_result_calls_coordination_off(flagging_linter):
    """Seed 4210, both readers: "administrative" quoted as the case of a bullet that names an
    administrative team; "Aligned" told as coordination where the bullet states its own result."""
    teams = rewritten_bullet(flagging_linter, "Designed the project requirements alongside the marketing and administrative teams of the bank.")
    assert "project administration" not in (teams.advice or ""), teams.advice
    aligned = rewritten_bullet(flagging_linter, "Aligned the sprint backlog with the claims adjusters and reduced rework tickets by 30% each sprint.")
    assert aligned.findings and aligned.suggestions and aligned.advice is None, aligned.advice


def test_a_tools_name_is_quoted_only_where_no_other_word_chose_the_advice(linter):
    """Seed 4209, both readers: "in Jira" quoted as the case of a bullet about sprint-health
    dashboards; "SharePoint" beside the documents a bullet kept there."""
    dashboards = linter.rewrite([Source("<text>", "Developed KPI dashboards in Jira and Confluence to track sprint health and throughput.", literal=True)])
    advice = dashboards.files[0].bullets[0].advice or ""
    assert '("sprint health")' in advice and "Jira" not in advice, advice
    stored = "Used SharePoint to store the all the artifacts such as BRD, SRS, Communication plan and Traceability matrix (RTM) etc."
    advice = linter.rewrite([Source("<text>", stored, literal=True)]).files[0].bullets[0].advice or ""
    assert '("Communication plan")' in advice and "SharePoint" not in advice, advice
    only_a_tool = linter.rewrite([Source("<text>", "Jira tool used to track product and follow up.", literal=True)])
    assert '"Jira tool"' in (only_a_tool.files[0].bullets[0].advice or "")


def test_a_role_told_in_the_first_person_is_quoted_by_the_role_not_the_lead_in(linter):
    """Seed 4207, both readers: "I'm currently" quoted where the line names the Scrum Master role."""
    bullet = "I'm currently beginning my role as Scrum Master for a team of 4 for a live client module at uni."
    advice = linter.rewrite([Source("<text>", bullet, literal=True)]).files[0].bullets[0].advice or ""
    assert advice.startswith('This line names a role or a duty ("Scrum Master")')
    other = linter.rewrite([Source("<text>", "I am a Product Owner with 5 years in fintech, working with teams.", literal=True)])
    assert '("Product Owner")' in (other.files[0].bullets[0].advice or "")


def test_a_collaboration_only_bullet_gets_advice_to_name_what_came_of_it(linter):
    report = linter.rewrite([Source("<text>", "Facilitated collaboration between design, engineering and operations", literal=True)])
    bullet = report.files[0].bullets[0]
    assert bullet.findings and not bullet.suggestions
    assert bullet.advice and bullet.advice.startswith("This bullet says whom you worked with")
    # aligned with a design language or a standard is not with people (seed 4207, both readers)
    report = linter.rewrite([Source("<text>", "Drove alignment with the bank's Global Experience Language across the card teams", literal=True)])
    assert not (report.files[0].bullets[0].advice or "").startswith("This bullet says whom you worked with")


def test_tidy_fixes_articles_and_doubled_words():
    assert tidy("ranked the the work by a [outcome metric] and a user story", "past") == (
        "Ranked the work by an [outcome metric] and a user story"
    )
    assert tidy("an customer call , with  gaps", "past") == "A customer call, with gaps"


def test_clean_bullets_get_no_suggestions(linter):
    report = linter.rewrite([Source("<text>", "Cut onboarding drop-off 18% by testing three signup flows with new users", literal=True)])
    bullet = report.files[0].bullets[0]
    assert not bullet.findings and not bullet.suggestions


# -- templates are data from possibly untrusted folders ------------------------------------------
def _template_folder(tmp_path: Path, text: str, extra_placeholders: str = "") -> Path:
    folder = tmp_path / "rules"
    (folder / "templates").mkdir(parents=True)
    (folder / "templates" / "placeholders.toml").write_text(
        f'[placeholders."customer segment"]\nquestion = "Who?"\nexample = "clinic managers"\n{extra_placeholders}', encoding="utf-8"
    )
    (folder / "templates" / "discovery.toml").write_text(
        f'angle = "discovery"\nsignals = ["discovery", "customer"]\n\n[[templates]]\nid = "mine"\ntext = """{text}"""\n',
        encoding="utf-8",
    )
    return folder


def test_a_template_cannot_reach_python_internals(tmp_path, ruleset):
    marker = tmp_path / "pwned"
    attack = "{{ cycler.__init__.__globals__.os.system('touch " + str(marker) + "') }} [customer segment]"
    folder = _template_folder(tmp_path, attack)
    linter = Linter(ruleset, rule_dirs=[folder])
    # refused when the file is loaded (no calls in a template), before the sandbox is even reached
    with pytest.raises(RuleError, match=r"template mine: field 'text': a template cannot call functions or methods"):
        linter.rewrite([Source("<text>", "Managed the product backlog for the claims team", literal=True)])
    assert not marker.exists()


def test_a_missing_template_variable_is_an_error_not_an_empty_string(tmp_path, ruleset):
    folder = _template_folder(tmp_path, "{{ 'interview' | verb }} [customer segment] about {{ no_such_slot }}")
    linter = Linter(ruleset, rule_dirs=[folder])
    with pytest.raises(RuleError, match="no_such_slot"):
        linter.rewrite([Source("<text>", "Managed the product backlog for the claims team", literal=True)])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("{{ 'interview' | verb }} [custmer segment]", "placeholder [custmer segment] has no question in placeholders.toml (did you mean 'customer segment'?)"),
        ("{{ 'interview' | verb }} {% if %} [customer segment]", "field 'text': template syntax error"),
        ('{% include "other.txt" %} [customer segment]', "field 'text': a template cannot include, import or extend another template"),
        ('{% extends "base" %} [customer segment]', "field 'text': a template cannot include, import or extend another template"),
    ],
)
def test_broken_templates_are_reported_with_file_template_and_field(tmp_path, text, expected):
    folder = _template_folder(tmp_path, text)
    with pytest.raises(RuleError) as caught:
        load_templates([folder])
    assert str(caught.value).startswith(str(folder / "templates" / "discovery.toml") + ": template mine: ")
    assert expected in str(caught.value)


# -- the command ----------------------------------------------------------------------------------
def test_rewrite_json_adds_suggestions_to_checks_schema():
    result = runner.invoke(app, ["rewrite", "-f", "json", "--text", "Managed the product backlog for the claims team", "--text", "Cut churn 3% by fixing refunds"])
    assert result.exit_code == 0
    document = json.loads(result.output)
    weak, strong = document["files"][0]["bullets"]
    assert document["version"] == 1
    assert 1 <= len(weak["suggestions"]) <= 3
    first = weak["suggestions"][0]
    assert set(first) == {"text", "angle", "placeholders", "questions", "notes"}
    assert len(first["questions"]) == len(first["placeholders"]) + 1
    assert strong["suggestions"] == [] and strong["findings"] == []
    jsonschema = pytest.importorskip("jsonschema")
    from po2pm_rewrite.output import load_json_schema

    jsonschema.validate(document, load_json_schema())


def test_rewrite_text_shows_original_reason_suggestions_and_questions():
    result = runner.invoke(app, ["rewrite", "--text", "Managed the product backlog for the claims team"])
    assert result.exit_code == 0
    output = result.output
    assert "Managed the product backlog for the claims team" in output
    assert "PO101 warning" in output and "Keep your bullet and add what a PM hiring manager looks for" in output
    assert "    1. Managed the product backlog for the claims team" in output
    assert "Questions for suggestion 1:" in output
    assert output.rstrip().endswith("1 bullet to rewrite")


def test_rewrite_diff_replaces_only_the_flagged_bullets(tmp_path):
    resume = tmp_path / "resume.md"
    original = "# Jane\n\n- Cut churn 3% by fixing the refund flow\n- Managed the product backlog for\n  the claims team\n"
    resume.write_text(original, encoding="utf-8")
    result = runner.invoke(app, ["rewrite", "--diff", str(resume)])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0] == f"--- a/{resume}" and lines[1] == f"+++ b/{resume}"
    # the clause is added after the person's own text, which keeps its line breaks
    assert "-  the claims team" in lines and "-- Managed the product backlog for" not in lines
    added = [line for line in lines if line.startswith("+")][1:]
    assert len(added) == 1 and added[0].startswith("+  the claims team, ")
    assert resume.read_text(encoding="utf-8") == original  # --diff never writes


@pytest.mark.parametrize("name", ["jakes-resume.tex", "awesome-cv.tex", "moderncv.tex", "resume.json", "rendercv.yaml", "backlog-heavy-po.md", "scrum-heavy-po.txt"])
def test_applying_suggestions_keeps_the_file_valid_in_its_format(linter, name):
    """Every top suggestion, written into the file in its own syntax, reads back as itself."""
    from po2pm_rewrite.apply import apply_edits, edits_for
    from po2pm_rewrite.formats import extract, format_for

    path = EXAMPLES / "resumes" / name
    text = path.read_text(encoding="utf-8")
    file_format = format_for(str(path))
    report = linter.rewrite([Source(str(path), text, format=file_format)])
    bullets = report.files[0].bullets
    suggested = [b.suggestions[0].text for b in bullets if b.suggestions]
    assert suggested
    from po2pm_rewrite.answers import choices

    edited = apply_edits(text, edits_for(text, bullets, choices(bullets, None, 1), file_format=file_format))
    reread = [b.text for b in extract(edited, file_format)]  # parses: JSON and YAML stay valid
    for suggestion in suggested:
        assert suggestion in reread


def test_latex_specials_in_a_suggestion_are_escaped():
    from po2pm_rewrite.apply import encode

    assert encode("Ranked R&D work by [business goal] at 100%", "latex", "", 0) == r"Ranked R\&D work by [business goal] at 100\%"
    assert encode('Tied the "ETA" page to [outcome metric]', "json", "", 0) == r"Tied the \"ETA\" page to [outcome metric]"
    assert encode("Chose: [decision you made]", "yaml", "- x", 2) == '"Chose: [decision you made]"'


@pytest.mark.parametrize(
    ("bullet", "phrase"),
    [
        ("Managed the product backlog for the mortgage applications team", "managing the product backlog for the mortgage applications team"),
        ("Oversaw the migration of 40 clients to the new billing platform", "overseeing the migration of 40 clients to the new billing platform"),
        ("Facilitating sprint planning for two squads", "facilitating sprint planning for two squads"),
        # two verbs: only the first would turn into "-ing", so no phrase
        ("Developed the product roadmap, redesigned the booking flow", ""),
        ("Estimate work effort and schedule releases", ""),
        ("Responsible for the claims portal backlog", ""),
        # a title of nouns, not an imperative: "projecting Execution Plans" would not read
        ("Project Execution Plans for the rail signalling upgrade", ""),
        ("Manage the product backlog for the claims team", "managing the product backlog for the claims team"),
    ],
)
def test_a_bullet_becomes_a_by_phrase_only_when_it_reads(linter, bullet, phrase):
    from po2pm_rewrite.rewrite import as_gerund, keep_core

    report = linter.check([Source("<text>", bullet, literal=True)], with_slots=True)
    assert as_gerund(keep_core(bullet, frozenset()).text, report.files[0].bullets[0].slots) == phrase


def test_the_result_can_lead_with_the_persons_work_as_the_means(linter):
    suggestions = suggestions_for(linter, "Managed the product backlog for the mortgage applications team")
    outcome = [s for s in suggestions if s.angle == "outcome"]
    assert outcome and outcome[0].text == (
        "[the result, as what rose or fell and from what to what] by [the call you made: what you chose, cut or changed]"
        " while managing the product backlog for the mortgage applications team"
    )


def test_a_long_bullet_of_project_administration_is_advised_to_go_not_to_be_split(linter):
    text = (
        "Prepared the weekly status reports, the risk register and the minutes of every steering meeting for the "
        "programme board, kept the project plans and schedules up to date across four workstreams, and chased "
        "timesheets from nine vendors every Friday afternoon"
    )
    assert len(text) > 240
    bullet = rewritten_bullet(linter, text)
    assert bullet.advice and bullet.advice.startswith("This bullet describes project administration")


@pytest.mark.parametrize("attack", ["{{ 7 ** 999999999 }}", "{{ 'a' * 10 ** 9 }}"])
def test_a_template_cannot_hang_or_fill_memory_with_arithmetic(tmp_path, ruleset, attack):
    folder = _template_folder(tmp_path, attack + " [customer segment]")
    linter = Linter(ruleset, rule_dirs=[folder])
    with pytest.raises(RuleError, match=r"template mine: field 'text': blocked by the sandbox: '\*\*?'"):
        linter.rewrite([Source("<text>", "Managed the product backlog for the claims team", literal=True)])


@pytest.mark.parametrize(
    ("bullet", "told"),
    [
        # a duty alone is not told to move a role to the job title line (set ab4, both readers)
        ("Responsible for the requirements of the claims portal", 'This line names a duty ("Responsible for"), not what you did in it. Write one thing'),
        ("Product owner for pharmacy serialization software", "This line names a role or a duty, not what you did in it. Put the role in the job title line"),
    ],
)
def test_a_role_or_duty_line_gets_advice_to_say_what_was_achieved(flagging_linter, bullet, told):
    report = rewritten_bullet(flagging_linter, bullet)
    assert report.findings and not report.suggestions
    assert report.advice and report.advice.startswith(told), report.advice


def test_the_rewrite_output_ends_with_a_plan_for_the_resume(tmp_path):
    resume = tmp_path / "resume.md"
    resume.write_text(
        "## Experience\n\n- Managed the product backlog for the claims team\n"
        "- Facilitated sprint planning, reviews and retrospectives\n"
        "- Responsible for the requirements of the claims portal\n",
        encoding="utf-8",
    )
    output = runner.invoke(app, ["rewrite", "-f", "text", str(resume)]).output
    assert output.rstrip().endswith("3 bullets to rewrite: 1 to extend with the suggestions above, 2 to cut, merge or split first (lines 4, 5)")


@pytest.mark.parametrize(
    ("text", "advice_starts"),
    [
        # two sentences: a clause added at the end would hang on the second, not on the claim
        (
            "Wrote the requirements for the freight booking portal with the operations leads. Ran weekly "
            "sprint reviews with the forwarders' account managers and kept the backlog groomed for the team.",
            "This bullet makes 2 claims, one per sentence. Split it",
        ),
        # a paragraph of one long sentence is shortened, not split
        (
            "Wrote the user stories and acceptance criteria for the freight booking portal with the customs team, "
            "the warehouse supervisors in three countries and the finance controllers, and groomed the backlog "
            "with the developers before every sprint planning",
            "At 247 characters this bullet is too long to extend",
        ),
        # a paragraph of several claims is split first, whatever one word in it suggests ("documentation")
        (
            "Managed the rollout of the new telehealth platform for the hospital group, from the proof of concept "
            "to the contract and the deployment to 14 clinics. This included the support model and the hand-over "
            "documentation for the service desk. Coordinated the vendors, ran the weekly status meetings with the "
            "clinic managers and kept the project plan, the risk log and the budget up to date for the steering committee.",
            "At 411 characters this is a paragraph",
        ),
    ],
)
def test_a_bullet_of_several_claims_is_split_and_a_long_one_shortened_first(linter, text, advice_starts):
    bullet = rewritten_bullet(linter, text)
    assert bullet.findings and not bullet.suggestions
    assert bullet.advice and bullet.advice.startswith(advice_starts), bullet.advice


def test_compliance_work_is_not_asked_for_the_option_it_chose(linter):
    # a standard, not a product call, decides compliance work: the option would be the auditor's
    text = "Ensure the applications, platforms and solutions meet security and risk compliance set by the group security team"
    suggestions = rewritten_bullet(linter, text).suggestions
    assert not any("[the option chosen]" in s.text for s in suggestions)


def test_compliance_work_is_not_asked_for_the_user_problem_behind_it(linter):
    # a regulation, not a user, is where a compliance requirement comes from
    text = "Wrote the requirements for the GDPR consent flow of the booking app"
    suggestions = rewritten_bullet(linter, text).suggestions
    assert suggestions and all(s.angle != "discovery" for s in suggestions)
    # the same work without the regulation is
    plain = linter.rewrite([Source("<text>", "Wrote the requirements for the consent flow of the booking app", literal=True)])
    assert any(s.angle == "discovery" for s in plain.files[0].bullets[0].suggestions)


@pytest.mark.parametrize(
    ("bullet", "verb"),
    [
        ("Groomed and prioritized the product backlog for the claims app", "; set aside ["),
        ("Prioritising the product backlog for the claims app", "; setting aside ["),
    ],
)
def test_the_set_aside_clause_has_a_verb_in_the_bullets_tense(linter, bullet, verb):
    report = linter.check([Source("<text>", bullet, literal=True)], with_slots=True)
    rendered = [c.text for c in linter.rewriter().candidates(report.files[0].bullets[0]) if c.template_id == "set-aside"]
    assert rendered and verb in rendered[0]


def test_a_request_is_said_to_be_set_aside_only_where_something_was_prioritised(linter):
    assert "set-aside" not in _offered(linter, "Manages the product backlog for the claims app")


def test_no_suggestion_gives_the_work_two_means():
    """"[the result] by embedding X by ensuring Y" reads as a stutter; such a rendering is dropped."""
    from po2pm_rewrite.rewrite import has_debris

    assert has_debris("[the result] by embedding AI practices by ensuring audit trails were kept")
    assert not has_debris("[the result] by embedding AI practices, ensuring audit trails were kept")


def test_a_bullet_no_clause_fits_gets_advice_to_rewrite_it_around_a_result(linter):
    """Never silence: when no clause fits (none offered, or none passed the guards), the bullet
    gets advice saying so."""
    from po2pm_rewrite.rewrite import NO_CLAUSE_FITS

    report = linter.rewrite([Source("<text>", "Managed the insurer's document scanning projects", literal=True)])
    bullet = report.files[0].bullets[0]
    assert bullet.findings and not bullet.suggestions
    assert bullet.advice == NO_CLAUSE_FITS


@pytest.mark.parametrize(
    ("bullet", "several"),
    [
        ("Ran the claims team's intake, triaged broker tickets and managed issue resolution", True),
        ("Gathering broker requirements, writing stories and running demos", True),
        ("Created the functional specification for the claims intake, covering its use cases", False),
        ("Documented the claims functions and processes", False),
        ("Gathered and structured the claims requirements with teams from cloud, frontend and data", False),
    ],
)
def test_a_list_of_duties_no_clause_fits_is_advised_to_keep_the_one_that_mattered(linter, bullet, several):
    """One choice or result clause fits none of the duties a bullet lists (readers of seeds 112-114
    failed 5 of 5); when nothing else fits, the advice says why."""
    from po2pm_rewrite.rewrite import NO_CLAUSE_FITS_DUTIES, pieces_of_work

    assert (pieces_of_work(bullet) > 1) == several
    if several:
        assert "the-call" not in _offered(linter, bullet)
    if bullet.startswith("Ran"):
        assert rewritten_bullet(linter, bullet).advice == NO_CLAUSE_FITS_DUTIES

    # two acts of one project are no list of duties: when no clause fits, the advice does not say
    # "several pieces of work" (readers of both head-to-head rounds of session 12)
    from po2pm_rewrite.rewrite import NO_CLAUSE_FITS, _no_clause_fits

    assert _no_clause_fits("Led the settlement fees module project from end to end and co-ordinated its launch") == NO_CLAUSE_FITS


def test_no_clause_fits_a_bullet_with_a_figure_and_the_advice_says_so():
    """Set M's readers: "rewrite it around one result" told a bullet that names its figure to find
    one."""
    from po2pm_rewrite.rewrite import NO_CLAUSE_FITS, NO_CLAUSE_FITS_FIGURE, _no_clause_fits

    assert _no_clause_fits("Managed four payment integrations, accelerating feature delivery by 15%") == NO_CLAUSE_FITS_FIGURE
    assert _no_clause_fits("Managed the insurer's document scanning projects") == NO_CLAUSE_FITS


@pytest.mark.parametrize(
    "bullet",
    [
        "Liaised with the architects and the vendor on the claims platform",
        "Partnered with product managers and engineers to turn broker needs into technical specifications",
        # (session 47: "... for feedback on the claims proposals" scores as PM work, 0.48)
        "Reach out across the company for sign-off on the claims release plan",
        "Aligned the broker requirements with technical delivery and operations",
        "Bridged business requirements, process analysis, and product support in a regulated banking context",  # set V
    ],
)
def test_liaising_partnering_aligning_and_reaching_out_get_coordination_advice(flagging_linter, bullet):
    """Every clause after these openers failed with the four readers of seeds 111-114 (6 of 6)."""
    advice = rewritten_bullet(flagging_linter, bullet).advice
    assert advice is not None and advice.startswith("This bullet says you coordinated work that others did")


@pytest.mark.parametrize(
    "bullet",
    ["Managed the claims platform projects", "Facilitated data privacy compliance work for the claims platform", "Gathered feedback from brokers on the claims app proposals"],
)
def test_no_result_leads_projects_compliance_or_gathering_feedback(linter, bullet):
    assert "result-first" not in _offered(linter, bullet)


def test_a_heading_of_nouns_is_not_turned_into_a_gerund(linter):
    """"Backlog ownership with ..." became "[the result] by backlogging ownership ..." (seed 92)."""
    assert "result-first" not in _offered(linter, "Backlog ownership with customer and stakeholder input")
    assert "result-first" in _offered(linter, "Managed development of the claims portal")


def test_a_clause_that_needs_the_persons_own_verb_is_not_offered_after_a_title(linter):
    assert "what-it-changed" in _offered(linter, "Presented the quarterly roadmap to the steering committee")
    assert "what-it-changed" not in _offered(
        linter, "Software development project manager in charge of a portfolio of projects for the steering committee"
    )
    # and a requirements clause does not repeat the bullet's own "based on"
    assert "based-on" not in _offered(linter, "Wrote requirements based on defined rules for the claims portal")
    assert "based-on" in _offered(linter, "Wrote requirements for the claims portal")


def test_general_clauses_are_offered_only_where_the_bullet_gives_them_something_to_read_on(linter):
    # "[who] agreed to [the decision]" needs something to agree to
    assert "who-agreed" not in _offered(linter, "Ran the day to day work of the web team for the claims portal")
    assert "who-agreed" in _offered(linter, "Proposed a new onboarding approach for the claims portal")
    # the outcome clauses know plural work as well as singular
    assert "change-for-customers" in _offered(linter, "Delivered four courier integrations for the pharmacy chain")
    # someone agrees to finished work, not to an ongoing effort; a target fits a feature, not its specification
    assert "who-agreed" not in _offered(linter, "Developing a new onboarding approach for the claims portal")
    assert "against-target" not in _offered(linter, "Wrote the data migration concept for the claims portal")
    assert "against-target" in _offered(linter, "Rolled out the rebuilt data migration of the claims portal for brokers")


def test_a_result_never_leads_a_bullet_of_two_sentences(linter):
    """Seeds 97 and 102: "[the result] by handling the backlog. Analyzing ..." left the second
    sentence hanging on its own."""
    text = "Handling the loyalty backlog with scrum. Writing acceptance criteria for the points feature."
    bullet = rewritten_bullet(linter, text)
    assert bullet.findings
    assert all(not suggestion.text.startswith("[") for suggestion in bullet.suggestions)
    one = linter.rewrite([Source("<text>", "Handling the loyalty backlog with scrum for the points feature", literal=True)])
    assert any(c.text.startswith("[") for c in linter.rewriter().candidates(one.files[0].bullets[0]))  # one sentence: it may


def test_a_target_is_asked_of_one_piece_of_work_not_of_a_list_of_duties(linter):
    """The target clause was judged strong 32 times in 54 (seeds 89-104), most failures lists of
    duties: one target fits none of them."""
    rewriter = linter.rewriter()

    def templates_for(text: str) -> list[str]:
        bullet = linter.check([Source("<text>", text, literal=True)], with_slots=True).files[0].bullets[0]
        return [candidate.template_id for candidate in rewriter.candidates(bullet)]

    assert "against-target" in templates_for("Delivered the loyalty app for the retail bank's branch staff")
    assert "against-target" not in templates_for(
        "Gathered needs for the loyalty platform, led its UAT, supported store users and enhanced the app"
    )


@pytest.mark.parametrize(
    "bullet",
    [
        # too broad for one user problem
        "Refined and wrote the user stories for the lending app across 40 sprints",
        "Wrote user stories and acceptance criteria for the insurance portal for five years",
        # requirements that came from engineering or someone else's breakdown
        "Gathered technical requirements for the mobile app from the platform engineers",
        "Broke down high level requirements for the broker portal into user stories",
        # the needs analysis is how the problem was learned; a trailing "resulting in" would leave it dangling
        "Conducted a needs analysis and wrote the business specifications for the claims app with stakeholders",
        "Split the checkout feature into user stories, resulting in smaller releases",
    ],
)
def test_the_user_problem_clause_is_not_offered_where_it_cannot_fit(linter, bullet):
    bullet_report = rewritten_bullet(linter, bullet)
    assert bullet_report.findings
    assert not any("[the user problem" in suggestion.text for suggestion in bullet_report.suggestions)


def test_the_user_problem_clause_still_follows_requirements_for_a_named_product(linter):
    text = "Wrote the user stories for the mortgage app's document upload"
    bullet_report = rewritten_bullet(linter, text)
    assert any("[the user problem" in suggestion.text for suggestion in bullet_report.suggestions)


# Session 12: the full pool of suggestions judged twice over; each case below is a kind of bullet
# both readers failed with a clause, or a clause that claimed more than the bullet says.


@pytest.mark.parametrize(
    ("bullet", "pieces"),
    [
        ("Gathered and documented the claims requirements, led UAT, supported users, and enhanced the forms", 4),
        ("Wrote requirements for the loan application and led UAT with branch staff", 2),
        ("Handled the backlog for the card squad. Wrote acceptance criteria for the disputes flow", 2),
        ("Documented the claims functions and processes", 1),
    ],
)
def test_pieces_of_work_counts_the_acts_a_bullet_lists(bullet, pieces):
    from po2pm_rewrite.rewrite import pieces_of_work

    assert pieces_of_work(bullet) == pieces


def test_a_list_of_duties_of_several_kinds_gets_advice_to_keep_one(linter):
    advice = next(advice.text for advice in linter.rewriter()._advice if advice.id == "duty-list")
    listed = "Gathered and documented the claims requirements, led UAT, supported users, and enhanced the forms"
    bullet = rewritten_bullet(linter, listed)
    assert bullet.advice == advice.replace("{kinds}", "testing, requirements, documentation") and not bullet.suggestions
    # coordination is one of a list's kinds (seed 2028, both readers: a result after screens,
    # coordinated sprints and UAT still read as execution), but not of a ceremony bullet's duties
    coordinated = "Drew the checkout screens in Figma, coordinated the engineering sprints and led UAT."
    bullet = rewritten_bullet(linter, coordinated)
    assert bullet.advice == advice.replace("{kinds}", "testing, coordination") and not bullet.suggestions
    meetings = linter.rewrite([Source("<text>", "Moderated the review meetings with the business stakeholders.", literal=True)])
    assert meetings.files[0].bullets[0].advice.startswith("This bullet lists ceremonies or tools only")
    # two pieces of one feature, one kind of work, or a list that says what it was for keep a clause
    for kept in (
        "Wrote requirements for the loan application and led UAT with branch staff",
        "Defined the roadmap, prioritized features and wrote the release plan with the card squad",
        "Wrote the stories, ran UAT and managed releases to reduce failed card payments at checkout",
    ):
        bullet = rewritten_bullet(linter, kept)
        assert bullet.advice != advice, kept


def test_a_bullet_that_leads_with_coordination_and_names_no_product_gets_advice(linter):
    advice = next(advice.text for advice in linter.rewriter()._advice if advice.id == "coordination-only")
    for text in (
        "Managed stakeholder engagement, collaboration of teams and the PMO network",
        "Guided stakeholders on approaches to the project objectives",
    ):
        bullet = rewritten_bullet(linter, text)
        assert bullet.advice == advice, text
    named = "Collaborated with the claims stakeholders on the roadmap of the broker portal"
    assert rewritten_bullet(linter, named).advice != advice


def test_a_faster_team_is_asked_what_the_time_went_to_not_that_users_got_it_sooner(linter):
    sooner, freed = "sooner-for-them", "time-went-to"
    offered = _offered(linter, "Improved analysis throughput of the BA team by 30% with AI-assisted tools")
    assert sooner not in offered
    offered = _offered(linter, "Reduced rework on the claims portal by 30% through requirements reviews")
    assert sooner not in offered and freed in offered
    assert sooner in _offered(linter, "Shortened the release cycle of the mobile banking app from six weeks to two")


def test_the_finding_clause_follows_research_that_is_the_claim_not_a_trailing_mention(linter):
    assert "what-it-showed" in _offered(linter, "Gathered requirements through 40 interviews with branch staff on the loan app")
    assert "what-it-showed" not in _offered(
        linter, "Owned the delivery of the landing page module, translating user feedback into stories for the team"
    )
    # and interviews are research: a suggestion where "no clause fits" was said before
    bullet = linter.rewrite(
        [Source("<text>", "Requirement Gathering through interviews and brainstorming sessions with branch stakeholders", literal=True)]
    ).files[0].bullets[0]
    assert any("this showed [the finding]" in s.text for s in bullet.suggestions), bullet.advice


def test_a_money_amount_that_sizes_the_work_is_not_a_result():
    from po2pm_rewrite.templates import states_a_figure

    assert not states_a_figure("Owned delivery of a $4M application modernization program with ten engineers")
    assert not states_a_figure("Ran the €2.5M loyalty project for the retail bank")
    assert states_a_figure("Added $2M in annual revenue with the new pricing page")
    assert states_a_figure("Owned the $4M program and cut churn by 12%")
    # seed 2021, both readers: "which meant [what the figure changed]" on a budget written "$5M+"
    assert not states_a_figure("Lead technical execution for $5M+ labor program")
    assert states_a_figure("Grew subscription revenue by $5M+ in a year")
    # set AM: "which meant [...]" after a budget of "approximately $15 million"
    assert not states_a_figure("Ran two platform releases with a total budget of approximately $9 million")
    assert not states_a_figure("Ran the warehouse rollout on a budget of ~$2M")
    assert not states_a_figure("Directed ERP programs, managing budgets up to $6M")
    # seed 3801, both readers of each: a grant programme's size, up to five words of its name between
    assert not states_a_figure("Managed the town-centre project, a £4.5m brownfield improvement grant programme")
    assert not states_a_figure("Oversaw a $295M Regional Reconstruction Relief Fund construction program")
    assert states_a_figure("Brought $2M in savings through the vendor consolidation program")
    assert states_a_figure("Won $3M revenue for the partner program")


def test_a_requirements_document_or_its_sign_off_gets_no_after_which_clause(linter):
    """Seed 2021, both readers: "after which [who] saw ..." on a requirements document and on a
    sign-off credited the paper with what the build did."""
    for text in (
        "Prepared high level requirements and got that validated from Business user.",
        "Analyzed and developed Business Requirements documentation for the proposed claims application.",
    ):
        bullet = rewritten_bullet(linter, text)
        assert bullet.findings and not any("[who] saw [what changed for them" in s.text for s in bullet.suggestions), text


def test_the_target_clause_asks_for_a_customer_or_business_measure(linter):
    text = "Own the product roadmap for the form builder feature of the claims portal"
    bullet = rewritten_bullet(linter, text)
    targets = [s.text for s in bullet.suggestions if "against a target of" in s.text]
    assert all("[the customer or business measure you aimed at, and its target]" in t for t in targets)


def test_a_sum_of_several_programmes_gets_advice_to_pick_one(linter):
    advice = next(advice for advice in linter.rewriter()._advice if advice.id == "several-projects")
    for text in ("Managed complex product and delivery programs", "End-to-end lead on all technology programmes, working with the product and engineering teams"):
        bullet = rewritten_bullet(linter, text)
        assert bullet.advice == advice.told(bullet=text), text
    named = "Led the Digital Lending and AI Credit Scoring projects for the retail bank"
    assert rewritten_bullet(linter, named).advice != advice


def test_a_shorter_ceremony_is_asked_what_the_days_won_went_to(linter):
    assert "time-went-to" in _offered(linter, "Reduced PI Planning from 5 to 2 days by revising epics and focusing the agenda")


def test_research_that_goes_on_is_asked_what_the_latest_round_showed(linter):
    """Present-tense discovery work ("Facilitate discovery sessions to ...") had no clause and was
    told "no clause fits" (both readers of the full pool, session 12, called that advice wrong)."""
    # (flagged: the same bullet "to understand the loan application's problems" scores just under
    # the threshold since session 15's weights)
    text = "Facilitate discovery sessions with branch staff to gather the loan application's requirements"
    bullet = rewritten_bullet(linter, text)
    assert any("; the latest round showed [the finding]" in s.text for s in bullet.suggestions), bullet.advice
    assert "latest-showed" not in _offered(linter, "Facilitated discovery sessions with branch staff on the loan application")


def test_gathering_requirements_from_people_is_asked_what_it_showed(linter):
    """Requirements gathered from people are something learned: "based on [the user problem]"
    after them reads as circular (both readers of the full pool, session 12, failed it on
    "Gathering requirements from ..." and on requirements workshops)."""
    for text in (
        "Gathering requirements from the telecom operator's billing team",
        "Conducted requirements workshops involving underwriters, IT subject matter experts and the external supplier",
    ):
        top = rewritten_bullet(linter, text).suggestions[0]
        assert top.text.startswith(text + "; this showed [the finding]"), top.text
        assert "What did you learn from them" in " ".join(top.questions)
    # Not after a result the bullet closes with: "this" would point at the result.
    closed = "Ran requirements workshops with the claims team, leading to a 15% rise in sprint velocity"
    assert "what-it-showed" not in _offered(linter, closed)


def test_unseen_bullets_that_open_with_a_state_a_role_or_a_noun_are_not_made_acts(flagging_linter):
    """Readers of rewrites for bullets the templates were never tuned on (session 13) found
    "while involving with design ...", "while hiring manager for ...", "while monitoring of ..."
    and "to debug and fixed ..." (a verb of an infinitive mended to the opening verb's tense)."""
    def top(text):
        bullet = rewritten_bullet(flagging_linter, text)
        return [s.text for s in bullet.suggestions]

    assert not any("while involving" in s for s in top("Involved with design and development of the claims interface for the insurer"))
    assert not any("while hiring manager" in s for s in top("Hiring manager for multiple teams across web and mobile"))
    # a plural after the gerund is the act's object, not a role
    assert any("while coaching engineers on" in s for s in top("Coaching engineers on the release checklist for the claims portal"))
    # (the readers' own bullet, on Prometheus and Grafana, now gets the engineering advice)
    monitoring = top("Monitoring of payment flows in the merchant portal")
    assert any("while monitoring payment flows in the merchant portal" in s for s in monitoring)
    assert not any("monitoring of" in s for s in monitoring)
    assert all("to debug and fix unexpected" in s for s in top('Acted in a "firefighter" role to debug and fix unexpected system issues.'))
    # seed 4225, both readers: a posting is a state; "while deputing" would send someone else
    posted = top("Deputed at client location to manage the Supplier Net project for a global Supply Chain System.")
    assert posted and not any("deputing" in s for s in posted)


def test_a_verb_after_a_modal_keeps_its_form(linter):
    """Seed 3901, both readers: "user stories ... developers could build from" became "could built
    from", in the tense of the opening verb."""
    text = "Turned messy trading workflows into user stories and acceptance criteria developers could build from without guessing."
    suggestions = rewritten_bullet(linter, text).suggestions
    assert suggestions
    assert all("could build from" in s.text and "could built" not in s.text for s in suggestions)


def test_a_to_with_its_object_opens_no_infinitive(flagging_linter):
    """Set AM, one reader: "Owned the product and develop the product vision" was kept as
    written because "from strategic planning to tactical activities" stood before it."""
    text = "Managed the loyalty app's whole life cycle from early planning to daily operations; Owned the product and define the product vision and roadmap"
    bullet = rewritten_bullet(flagging_linter, text)
    assert bullet.suggestions
    assert all("and defined the product vision" in s.text for s in bullet.suggestions)


def test_a_noun_the_parse_took_for_a_listed_verb_is_not_put_in_the_past(linter):
    """Set M's readers: "across hardware, firmware, and cloud software" became "clouded software"
    (the parse made "cloud" a verb of the bullet's list): a fact changed outside the brackets."""
    text = "Scoped and executed proof-of-concept iterations, acceptance testing, and field trials across hardware, firmware, and cloud software to validate features prior to scaling."
    bullet = rewritten_bullet(linter, text)
    assert bullet.suggestions
    assert all("and cloud software" in s.text and "clouded" not in s.text for s in bullet.suggestions)
    # a verb of the list is still put in the opening verb's tense
    listed = linter.rewrite([Source("<text>", "Gathered requirements from the branch staff, write the user stories for the loan app", literal=True)])
    assert any("wrote the user stories" in s.text for s in listed.files[0].bullets[0].suggestions)
    # seed 2033, both readers: "launch readiness reviews" is a kind of review, not a second act
    # (since seed 3802 acceptance testing and launch readiness get the testing advice; the same
    # shape without them)
    reviews = "Directed the pilot rollout and go-live readiness reviews to make sure the new loyalty features felt reliable and ready for peak sale days."
    suggestions = rewritten_bullet(linter, reviews).suggestions
    assert suggestions and all("and go-live readiness reviews" in s.text for s in suggestions)
    # set BF, both readers: "change control", the last of the things managed, became "changed
    # control"; since seed 3701 (both readers: any result of qualifying systems is a compliance one)
    # the bullet gets the compliance advice, and no suggestion to mend
    control = rewritten_bullet(linter, "Managed IQ/OQ/PQ validation, risk assessments, and change control across regulated releases")
    assert not control.suggestions and (control.advice or "").startswith("This bullet describes security or compliance upkeep")


def test_a_pair_of_words_that_names_one_thing_is_not_put_in_the_past(linter):
    """Set T's readers: "a walkthrough of the look and feel" became "the look and felt". (A
    walkthrough gets advice since seed 2031; a preview keeps a rewrite.)"""
    text = "Prepared mock up sample screens using Wireframing tool Lucid Chart and give our business user a preview of the look and feel, navigation and layout of the screen"
    suggestions = rewritten_bullet(linter, text).suggestions
    assert suggestions
    assert all("the look and feel" in s.text and "felt" not in s.text for s in suggestions)
    assert any("and gave our business user" in s.text for s in suggestions)


def test_an_artifact_named_by_a_verb_and_a_noun_is_not_put_in_a_tense(linter):
    """Set AM: in "Writing user stories, roadmaps, use cases" the parse made "use" a verb of the
    list, and the suggestion read "using cases"."""
    text = "Drafting user stories, journeys, use cases"
    suggestions = rewritten_bullet(linter, text).suggestions
    assert suggestions
    assert all("use cases" in s.text and "using cases" not in s.text for s in suggestions)


@pytest.mark.parametrize(
    "text",
    [
        "Actively assisted in the acceptance and validation of the stories by testing the delivered stories.",
        "Enhance team's delivery capability by monitoring their work and providing guidance in understanding the requirements and resolving issues.",
        "Working with Scrum teams to manage product backlogs and user stories for monthly build and release testing.",
    ],
)
def test_testing_and_coaching_work_is_not_asked_for_the_user_problem_behind_it(flagging_linter, text):
    """Set T's readers failed "based on [the user problem] ..., leaving out [...]" on each of these:
    no user problem lies behind testing delivered stories or guiding a team."""
    bullet = rewritten_bullet(flagging_linter, text)
    assert bullet.findings
    assert not any("based on [the user problem" in s.text for s in bullet.suggestions)


def test_requirements_work_is_still_asked_for_the_user_problem_behind_it(flagging_linter):
    bullet = rewritten_bullet(flagging_linter, "Wrote PRDs and MVP specs for core messaging (personal, group, multi-select chat).")
    assert "based on [the user problem" in bullet.suggestions[0].text


def test_a_bullet_that_ends_in_a_comma_gets_one_comma_before_the_clause(linter):
    """Set T's readers: "according to the customer requirements,, based on ..."."""
    text = "Developed new products according to the customer requirements,"
    suggestions = rewritten_bullet(linter, text).suggestions
    assert suggestions
    assert not any(",," in s.text or s.text.rstrip().endswith(",") for s in suggestions)


def test_set_m_readers_findings_on_clauses_and_advice(linter):
    """Four readers of rewrites for set M's bullets (session 14), each case failed by both readers
    of it."""
    def top(text):
        bullet = rewritten_bullet(linter, text)
        return bullet.suggestions[0].text if bullet.suggestions else "", bullet.advice or ""

    # a clause after the bullet's own result hung on the result; "which meant" reads on it
    suggestion, _ = top("Authored BRDs, SRS, and user stories for 10+ projects, reducing development timelines by 10%")
    assert "based on [" not in suggestion and suggestion.endswith(
        ", thanks to [the call you made: what you chose, cut or changed], which meant [what the figure changed for customers or the business]"
    )
    # "[who] agreed to" after the team's own sprint planning, or after specs made from someone else's strategy
    for coordination in (
        "Partnered across 3+ cross-functional squads (product, design, backend) to plan sprints and ship features on schedule.",
        "Translated high-level product strategy into technical specifications and user stories across hardware, firmware, and software, managing the backlog for end-to-end system integration.",
    ):
        assert "agreed to" not in top(coordination)[0]
    # advice that misread the bullet
    _, advice = top("Owned end-to-end delivery of the Direct Merchant Application, live since March 2026 with 8,000+ applications processed and average time-to-submit under 2 minutes.")
    assert not advice.startswith("This bullet describes project administration")  # "2 minutes" is no meeting's minutes
    _, advice = top("Oversee proof of concept phases, pilot rollouts, and staged deployments, incorporating feedback into final releases.")
    assert not advice.startswith("This bullet is about releases and deployments")
    _, advice = top("Drove ISRO-Qualcomm-Xiaomi collaboration — 25%+ Android handset penetration")
    assert not advice.startswith("This bullet says how the work was run")
    # (set M's own wording now scores just under the threshold, with weights from a larger corpus)
    _, advice = top("Refactored the mobile app using Swift and the latest Android framework for the next release.")
    assert advice.startswith("This bullet describes engineering work")


def test_sets_q_and_r_readers_findings_on_clauses_and_advice(linter):
    """Four readers of rewrites for sets Q and R (session 16), each case failed by both readers of it."""
    from po2pm_rewrite.rewrite import NO_CLAUSE_FITS_PRODUCT

    def top(text):
        bullet = rewritten_bullet(linter, text)
        return bullet.suggestions[0].text if bullet.suggestions else "", bullet.advice or ""

    # the result that leads, only where the work names something customers use or the business earns from
    for work in ("Maintains project objectives", "Meeting with business managers to discuss business objectives."):
        suggestion, _ = top(work)
        assert not suggestion.startswith("[the result, as what rose or fell")
    # a budget range sizes the work: no "which meant" on it; a role line gets the role advice
    suggestion, advice = top("Project Manager for multiple new information technology systems per year, ranging from $500k to $4M budgets, reporting status weekly")
    assert "which meant" not in suggestion and advice.startswith("This line names a role or a duty")
    _, advice = top("Primary role: Manage portfolio of all PMO projects related to Corporate Services")
    assert advice.startswith("This line names a role or a duty")
    # a role that names what it improved is rewritten; requirements are no Scrum practice; a trial is no administration
    _, advice = top("Acted as a product point person for under-owned feature areas, improving prioritization clarity and time-to-resolution")
    assert not advice.startswith("This line names a role or a duty")
    _, advice = top("Translated complex business objectives into clear, actionable product requirements, significantly improving team velocity.")
    assert not advice.startswith("This bullet is about how the team works")
    _, advice = top("Led cross-functional trials of new R&D tooling with the SPACE framework across 400 engineers")
    assert not advice.startswith("This bullet describes project administration")
    # no clause fits product strategy, but "cut it" would throw away what a PM reader looks for
    _, advice = top("Delivered internal training and documentation to support feature adoption and reduce repeat support issues")
    assert advice == NO_CLAUSE_FITS_PRODUCT and "cut" not in advice


def test_a_ceremony_joined_to_the_work_is_cut_and_said(linter):
    """Like a trailing ceremony duty (seed 120): "which ended in [...]" hung on "sprint reviews"
    in "Managed the product backlog and sprint reviews for the claims app"."""
    suggestions = suggestions_for(linter, "Managed the product backlog and sprint reviews for the claims app")
    assert suggestions
    for suggestion in suggestions:
        assert "sprint reviews" not in suggestion.text and "product backlog for the claims app" in suggestion.text, suggestion.text
        assert any("'sprint reviews' is cut" in note for note in suggestion.notes), suggestion.notes


@pytest.mark.parametrize(
    ("bullet", "wrong_advice"),
    [
        # set V, both readers: prioritising is a call, not a ceremony
        ("Led backlog prioritization and sprint planning across digital and corporate banking initiatives.", "This bullet lists ceremonies or tools only"),
        # set V, both readers: judging requests for viability is a go/no-go call, not administration
        ("Part of the team that assesses new initiatives and model requests for viability, then develop the project charter for approved requests.", "This bullet describes project administration"),
    ],
)
def test_a_call_in_the_bullet_is_not_called_ceremony_or_administration(linter, bullet, wrong_advice):
    advice = rewritten_bullet(linter, bullet).advice
    assert advice is None or not advice.startswith(wrong_advice), advice


def test_a_name_mid_bullet_is_never_put_in_the_tense_of_the_opening_verb(linter):
    """A corpus bullet, "Led the Merchant Commission Module project from end-to-end and
    co-ordinated for CUG and Live": the parse took "Live" (the go-live) for a verb joined to
    "co-ordinated", the mend wrote "Lived", the guard against invented words then refused every
    clause, and the person got "No clause fits" instead of a rewrite."""
    suggestions = suggestions_for(linter, "Led the Merchant Commission Module project from end-to-end and co-ordinated for CUG and Live")
    assert suggestions and all("CUG and Live" in s.text and "Lived" not in s.text for s in suggestions)


def test_an_adverb_after_and_does_not_hide_the_second_claim(linter):
    """Set X's judges: "[the result] ... while focusing on value delivered to the customer and
    constantly work with client facing counterparts" (both: the second verb kept its form after
    the first became "focusing"). "and constantly work" is a second claim, as "and work" is."""
    for suggestion in suggestions_for(linter, "Focus on value delivered to the customer and constantly work with client facing counterparts."):
        assert "while focusing" not in suggestion.text, suggestion.text


def test_worked_with_people_and_nothing_it_served_gets_the_coordination_advice(linter):
    """Set X's judges, both: "[the result] by [the call] while working with programmers and
    off-site consultants to ensure client project deliverables" was not strong however filled (an
    honest result would be on time and on budget). "Worked with" is coordination, as
    "collaborated with" is, and with no product, feature or customer named it gets the advice."""
    bullet = rewritten_bullet(linter, "Worked with programmers and off-site consultants to ensure client project deliverables.")
    assert not bullet.suggestions and bullet.advice.startswith("This bullet is about working with other people")


def test_an_order_is_not_asked_for_an_example_named_in_passing(linter):
    """Set X's judges, both: "Developed annual planning process to support capital improvement
    planning activities such as project identification and prioritization, in an order set by
    [...]": the person built a process; nothing they ordered is named."""
    for suggestion in suggestions_for(linter, "Developed annual planning process to support capital improvement planning activities such as project identification and prioritization."):
        assert suggestion.angle != "prioritization", suggestion.text


def test_one_act_over_a_list_of_ceremonies_and_duties_gets_the_duty_list_advice(linter):
    """The corpus pool, session 20: "Conducted Daily Scrum meeting, Planning Sessions, Backlog
    updates, User Stories updates, Continuous Testing" got "..., after which [who] saw [...]": one
    clause after five duties fits none of them. A list of one kind keeps its clause."""
    listed = linter.rewrite([Source("<text>", "Conducted Daily Scrum meeting, Planning Sessions, Backlog updates, User Stories updates, Continuous Testing.", literal=True)])
    report = listed.files[0].bullets[0]
    assert not report.suggestions and report.advice is not None
    assert report.advice.startswith("This bullet lists duties of several kinds (") and "ceremonies" in report.advice and "testing" in report.advice


def test_jad_sessions_and_sme_interviews_are_eliciting_and_get_what_it_showed(flagging_linter):
    """Seed 2022, both readers: "Conducted JAD sessions ..., held SME interviews, gathered
    requirements and created use cases" is one discovery flow, told "several pieces of work"."""
    text = "Conducted JAD sessions for each assignment, held SME interviews, gathered requirements and created use cases."
    bullet = rewritten_bullet(flagging_linter, text)
    assert any("; this showed [the finding] and changed [" in s.text for s in bullet.suggestions), bullet.advice


def test_a_list_of_acts_on_one_object_is_no_list_of_things(linter):
    """Seed 2020: "Gather, manage, and prioritize the product backlog in JIRA" was told it names
    things, not acts (and before that, that it was Scrum Master work)."""
    acts = linter.rewrite([Source("<text>", "Gather, manage, and prioritize the product backlog in JIRA for the team.", literal=True)])
    assert acts.files[0].bullets[0].slots is not None and not acts.files[0].bullets[0].slots.lists_things
    things = linter.rewrite([Source("<text>", "Backlog, sprints and releases for the claims squad", literal=True)])
    assert things.files[0].bullets[0].slots is not None and things.files[0].bullets[0].slots.lists_things


def test_an_approval_won_gets_what_it_let_go_ahead_not_what_research_showed(flagging_linter):
    """Seed 2026, both readers: "this showed [the finding]" after an approval received from
    leadership treats the approval as research; what it funded or unlocked is the clause."""
    # (session 47: with "the loyalty roadmap" the weights score it 0.49, PM work)
    text = "Presented the loyalty release plan to the VP of Retail and the finance director. Received positive feedback and approval to proceed."
    suggestions = suggestions_for(flagging_linter, text)
    assert suggestions and not any("this showed" in s.text or "agreed to" in s.text for s in suggestions)
    assert suggestions[0].text.startswith(text[:-1] + ", and because of it [what leadership or other teams decided or funded]")
    assert "What did the approval let go ahead, and what did that change for users or the business?" in suggestions[0].questions


@pytest.mark.parametrize(
    "text",
    [
        "Organised and facilitated the sprint ceremonies and backlog refinement of the claims squad",
        "Updated the agile tracking tools to give transparency on the product and sprint backlogs",
        "Found techniques for effective product backlog management on the claims squad",
    ],
)
def test_running_sessions_keeping_tools_or_finding_methods_gets_no_order_or_result_clause(flagging_linter, text):
    """Seeds 2025 and 2026, both readers: "in an order set by [...]" after facilitating ceremonies or
    finding techniques names an order nobody set; "[the result] by [the call] while finding
    techniques ..." credits a result to a search for methods."""
    bullet = rewritten_bullet(flagging_linter, text)
    assert bullet.findings
    assert not any("in an order set by" in s.text or s.text.startswith("[the result") for s in bullet.suggestions)


def test_a_list_of_people_with_subject_matter_experts_is_one_piece_of_work(flagging_linter):
    """Seed 2027, both readers: "Lead a team of 13 software developers, subject matter experts, and
    testers to redesign a claims adjudication system ..." got "no clause fits": "subject" after a
    comma was read as a second act."""
    from po2pm_rewrite.templates import several_claims

    assert not several_claims("a team of 9 analysts, subject matter experts, and testers to redesign the loan system")
    assert several_claims("the loan system, designed its screens and tested them")
    text = "Led a team of 9 analysts, subject matter experts, and testers to redesign a loan origination system for credit unions"
    bullet = rewritten_bullet(flagging_linter, text)
    assert bullet.findings and bullet.suggestions and bullet.advice is None


def test_it_work_that_names_the_people_it_served_is_not_told_it_is_only_it_work(flagging_linter):
    """The people who used what changed are what a result can be about: no internal-IT advice."""
    it_advice = next(advice for advice in flagging_linter.rewriter()._advice if advice.id == "internal-it-work")
    for bullet in ("Moved the help desk to ServiceNow for 2,000 staff across the branches.", "Rolled out the identity management system behind the customer portal."):
        bullet_report = rewritten_bullet(flagging_linter, bullet)
        assert bullet_report.findings and not gives(bullet_report.advice, it_advice), bullet


def test_a_comma_inside_a_number_joins_no_clauses():
    """"2,000 staff": the comma of the number was read as a joiner and "staff" as a second act, so
    the templates for one piece of work were withheld from the bullet."""
    from po2pm_rewrite.templates import several_claims

    assert not several_claims("Rolled out the claims portal to 2,000 staff in the branches")
    assert several_claims("Rolled out the claims portal, staffed its help line")


def test_plural_product_words_let_a_result_clause_fit(flagging_linter):
    """Seed 2028, both readers: "Managed Agile programs delivering ... dashboards across multi-cloud
    platforms" names a product its users saw, yet got "no clause fits": the templates' word lists
    knew "platform" and not "platforms". A list of areas worked on still gets no single change."""
    named = "Managed agile programs delivering clinic analytics dashboards across hybrid cloud platforms"
    bullet = rewritten_bullet(flagging_linter, named)
    assert bullet.findings and bullet.suggestions and bullet.advice is None
    listed = "Worked on the promotions, the payment flows and the internal admin tools"
    assert not any("[who] saw [what changed for them" in s.text for s in suggestions_for(flagging_linter, listed))
    closely = "Worked closely on the promotions, the payment flows and the internal admin tools"  # seed 3704, both readers
    assert not any("[who] saw [what changed for them" in s.text for s in suggestions_for(flagging_linter, closely))
    by_example = "Managed ward quality projects including staff in-services and new procedures"  # seed 3801
    assert not any("[who] saw [what changed for them" in s.text for s in suggestions_for(flagging_linter, by_example))


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        # seed 3802, both readers of each: teams managed as they kept up applications, mock-ups for
        # planning, leadership's decision after a backlog the person ordered
        ("Managed medium-sized remote teams creating and maintaining web applications with modern tools", "[who] saw [what changed for them"),
        ("Built mockups and wireframes for the kick-off and feature planning.", "[who] saw [what changed for them"),
        ("Worked with the loans stakeholders to understand their needs and prioritized the backlog for each release", "because of it [what leadership"),
        # seeds 3804 and 3805, both readers of each: design sessions with the offshore team, a network moved
        ("Conducting JAD sessions with the offshore team to design the claims intake.", "this showed"),
        ("Managed the migration from legacy networking systems for 12 offices and 900 staff.", "[who] saw [what changed for them"),
        # seeds 3806 and 3807, both readers of each: documents, support help and project methods credited
        # with what users saw, regression feedback loops, people managed as they gave status updates, a
        # trade-off settled by training guides
        ("Documented the current and future state and the data mappings of the card payments flow.", "[who] saw [what changed for them"),
        ("Interacted with the support team and helped them resolve support issues on enhancement requests.", "[who] saw [what changed for them"),
        ("Applied project management methods and tools to deliver ERP solutions to the firm's clients", "[who] saw [what changed for them"),
        ("Reprioritized the high-friction modules and set up clean regression feedback loops.", "this showed"),
        ("Managing the customer success team members in providing status updates before customer calls.", "[the result, as what rose"),
        ("Authored the PRDs, UAT plans and training guides to align stakeholders and ensure adoption.", "settling [the trade-off"),
        # seeds 3808 and 3809, both readers of each: a project plan for requested features, backlog upkeep
        ("Developed, managed and tracked the project plan to implement the requested features of the loans app.", "[who] saw [what changed for them"),
        ("Managed product backlog efficiently for the loans app (ordering, refining and maintaining stories)", "based on [the user problem"),
        # seeds 3810 and 3811, both readers of each: a platform kept supported, an office phone system,
        # infrastructure upgrades for staff
        ("Migrated the charity's website to the latest CMS release to prevent incompatibility issues and an unsupported platform.", "[the measure it moved"),
        ("Migrated the charity's website to the latest CMS release to prevent incompatibility issues and an unsupported platform.", "[who] saw [what changed for them"),
        ("Project leader for the cloud phone system rollout to 800 staff.", "[who] saw [what changed for them"),
        ("Managed the infrastructure upgrades for 1,000 staff across three offices.", "[who] saw [what changed for them"),
    ],
)
def test_a_clause_the_readers_found_unfit_for_the_work_is_not_offered(flagging_linter, text, clause):
    assert not any(clause in s.text for s in suggestions_for(flagging_linter, text)), text


@pytest.mark.parametrize(
    "text",
    [
        # seed 3803, both readers: talks with clients that "provided insight into products" got a result clause
        "Communicated with clients and programme stakeholders who provided insight into the loans products.",
        # seed 3810, both readers: stakeholder discussions got a target
        "Conducted stakeholder discussions to understand the branch network's priorities and constraints.",
    ],
)
def test_talks_that_gave_insight_ask_what_they_showed(flagging_linter, text):
    """What the talks showed and the call it changed is the PM part."""
    assert any("this showed [the finding]" in s.text for s in suggestions_for(flagging_linter, text))


def test_a_standing_duty_over_a_list_of_four_gets_the_duty_advice(flagging_linter):
    """Seed 3901, both readers: "Leads requirements gathering sessions, requirement analysis,
    planning, tracking and delivery; the latest round showed ..." : no one round is the duty's."""
    report = rewritten_bullet(flagging_linter, "Leads requirements workshops, requirement analysis, planning, tracking and delivery.")
    assert report.findings and not report.suggestions
    assert (report.advice or "").startswith("This line names a standing duty ('Leads requirements workshops ...')")
    # two items keep their clause
    two = rewritten_bullet(flagging_linter, "Runs requirements workshops for the claims portal and writes its user stories.")
    assert two.suggestions


def test_a_target_is_offered_only_for_work_that_shipped(flagging_linter):
    """Seeds 3801-3901, both readers of each: a target on work that reached no user (a forecast, an
    introduction for another team, an office system) was strong 4 times in 30 reads, 3 of them on
    work shipped or launched."""
    rewriter = flagging_linter.rewriter()

    def offers_a_target(text: str) -> bool:
        return any(c.template_id == "against-target" for c in rewriter.candidates(rewritten_bullet(flagging_linter, text)))

    assert offers_a_target("Shipped four AI features for the claims portal.")
    assert offers_a_target("Launched the loans app's new onboarding flow with the branch teams.")
    assert not offers_a_target("Forecasted with the other product owners when new features of the loans platform could start.")
    assert not offers_a_target("Ran an introduction to our work for the campaigns team, some of whom join us in October.")
    assert not offers_a_target("Led the packaged billing system implementation for the utility's finance team.")


def test_a_verb_after_to_keeps_its_form_whatever_the_parse_hung_on_the_to(flagging_linter):
    """Seed 3806, both readers: "... training guides to align stakeholders and ensure adoption"
    became "and ensured adoption", an aim told as done."""
    text = "Authored PRDs, rollout plans, and help guides to align stakeholders and ensure adoption."
    suggestions = suggestions_for(flagging_linter, text)
    assert suggestions and all("ensured" not in s.text for s in suggestions)


def test_the_settled_sessions_clause_agrees_with_one_meeting_in_the_present(flagging_linter):
    """Seed 2028, both readers: "... stand-up meeting, which end in [...]" does not agree."""
    rewriter = flagging_linter.rewriter()
    for text in ("Leading the quarterly planning session for the card app", "Leading the quarterly planning sessions for the card app"):
        report = rewritten_bullet(flagging_linter, text)
        settled = [c.text for c in rewriter.candidates(report) if c.template_id == "sessions-settled"]
        assert settled and all(", each ending in [" in clause and "which end in" not in clause for clause in settled), settled


def test_a_measured_gain_in_the_teams_pace_is_asked_what_the_time_went_to(ruleset):
    """Seed 2029, both readers: "..., improving analysis throughput by 30-40%, which meant [...]"
    still reads as the analyst's productivity; the clause asks what the time won went to. (At a
    low threshold: which bullets are flagged is not this test's subject.)"""
    linter = Linter(ruleset, threshold=0.1)
    text = "Applied AI-assisted techniques to speed up requirement discovery and legacy system understanding, improving analysis throughput by about 30%."
    report = rewritten_bullet(linter, text)
    assert report.findings and report.suggestions
    # the first clause offered (at this low threshold the filled-in example of a suggestion may be
    # flagged again and not shown: the self-check's subject, not this test's)
    first = linter.rewriter().candidates(report)[0]
    assert first.template_id == "freed-time-went-to"
    assert first.text.endswith(", thanks to [the call you made: what you chose, cut or changed], and the time it freed went to [the customer problem the time went to].")


def test_dashboards_rolled_out_are_work_of_the_persons_own_not_coordination(flagging_linter):
    """Sets BC and BD, both readers: "Led development and rollout of automated Power BI dashboards
    ..., coordinating timelines across teams ..." was told it names no product, only coordination."""
    coordination = next(advice.text for advice in flagging_linter.rewriter()._advice if advice.id == "coordination-only")
    bullet = rewritten_bullet(flagging_linter, "Led the rollout of automated Power BI dashboards for the claims leads, coordinating timelines across teams.")
    assert bullet.findings and bullet.advice != coordination


def test_analysis_toward_a_redesign_is_not_told_it_keeps_documents(flagging_linter):
    """Seed 2030, both readers: process analysis for a re-engineering was given the
    documentation-upkeep advice, which misreads it."""
    upkeep = next(advice for advice in flagging_linter.rewriter()._advice if advice.id == "documentation-upkeep")
    text = "Reviewed the process documentation to support the re-engineering of the claims process."
    bullet = rewritten_bullet(flagging_linter, text)
    assert bullet.findings and not gives(bullet.advice, upkeep)


def test_estimating_and_grooming_get_no_user_problem_clause(linter):
    """Seed 2032, both readers: "based on [the user problem ...]" hung on "... ensure stories and
    tasks are properly estimated"; estimation answers no user problem."""
    text = "Lead the backlog grooming and clarify the requirements and stories, so that every story is properly estimated."
    bullet = rewritten_bullet(linter, text)
    assert bullet.findings
    assert not any("based on [the user problem" in suggestion.text for suggestion in bullet.suggestions)


def test_a_past_tense_written_with_an_apostrophe_is_the_bullets_own_verb(linter):
    """Seed 2033, both readers: "Spec'd API contracts ..." was told it names what was worked on,
    not an act; the model knew no tag for the word until a subject stood before it."""
    text = "Spec'd API contracts across payment partners; zero requirements rework across engineering handoffs"
    bullet = rewritten_bullet(linter, text)
    assert bullet.advice is None and bullet.suggestions
    assert all(s.text.startswith("Spec'd API contracts across payment partners") for s in bullet.suggestions)


def test_a_result_claimed_only_as_big_is_asked_for_its_measure(flagging_linter):
    """Seed 2033, both readers: "..., significantly improving user collaboration and security" was
    told no clause fits; a bracket for the number fits, and the question asks for it."""
    text = "Spearheaded the development of a multi-user login feature for EasyPost's shipping API platform, significantly improving user collaboration and security."
    bullet = rewritten_bullet(flagging_linter, text)
    assert bullet.advice is None
    top = bullet.suggestions[0]
    assert top.text.startswith(text[:-1] + ": [the measure it moved, from before to after]")
    assert "You say it moved a lot: which measure, from what to what, and how do you know?" in top.questions


def test_requirements_translated_for_others_get_advice_not_a_clause_crediting_others_calls(linter):
    """Seed 2033, both readers, 3 rows: requirements translated for, or checked with, the people
    who own the scope got a scope or user-problem clause that credits the person with others'
    calls, and no honest filling made them PM work. They get advice that asks for what the
    checking caught, or for a call made in translating them (seed 4230, both readers: "what your
    checking caught" did not fit "Translated ... objectives into ... requirements"); where
    translating is only a clause beside another claim, that claim keeps its own suggestions."""
    def rewritten(text):
        return rewritten_bullet(linter, text)

    for text in (
        "Translated client requirements into actionable workstreams and clear deliverables",
        "Translated complex business objectives into clear, actionable product requirements, significantly improving team velocity.",
    ):
        bullet = rewritten(text)
        assert not bullet.suggestions and bullet.advice.startswith("This bullet passes on requirements that others own"), bullet.advice
        assert "a call of your own in turning them into work" in bullet.advice and "checking caught" not in bullet.advice
    checked = rewritten("Cross-verified requirements with US-based PMs to identify gaps, dependencies, and scope changes before execution.")
    assert not checked.suggestions and checked.advice.startswith("This bullet checks requirements that others own")
    assert "what your checking caught" in checked.advice
    owned = rewritten("I owned the delivery of a new landing page module, translating business needs and user feedback into actionable requirements for the engineering team.")
    assert owned.suggestions and owned.advice is None

def test_seed_2035_readers_a_price_is_no_figure_to_mean_something_and_no_rounds_are_invented(flagging_linter):
    """Seed 2035, both readers: "which meant [what the figure changed]" after a rollout's or a
    modernization's price, and "the latest round showed [...]" after consolidating feedback, which
    names no rounds. A bullet of interviews still gets the rounds clause."""
    for text in ("Delivered a $3M document management rollout for a petroleum client", "Led $100M+ HR system modernization"):
        assert not any("meant [what the figure changed" in s.text for s in suggestions_for(flagging_linter, text)), text
    assert not any("the latest round" in s.text for s in suggestions_for(flagging_linter, "Consolidate Outcomes and articulate the Partner attendance and Feedback."))
    interviews = "Interview underwriters, business managers, and project managers to gather, assimilate and document pertinent information"
    assert any("the latest round" in s.text for s in suggestions_for(flagging_linter, interviews))


def test_seed_2035_readers_a_teams_workflow_cutting_time_to_market_gets_the_team_process_advice(linter):
    """Seed 2035, both readers: "Redesigned JIRA workflows ... cutting time-to-market by 20%" got
    "which meant [what the figure changed]", which no honest filling makes product work: "market"
    in "time-to-market" called the team-process advice off as if the bullet named a market."""
    report = linter.rewrite([Source("<text>", "Redesigned JIRA workflows to automate status handoffs between QA and iOS teams, cutting time-to-market by 20%.", literal=True)])
    bullet = report.files[0].bullets[0]
    assert not bullet.suggestions and (bullet.advice or "").startswith("This bullet is about how the team works")


def test_seed_2036_readers_clauses_that_do_not_fit_the_work_are_not_offered(linter):
    """Seed 2036, both readers of each: "because of it [what leadership ... decided or funded]"
    after backlog grooming support, matched on "project management"; "settling [the trade-off
    between the teams]" after product demonstrations; "against a target" after "Worked on ...
    using agile scrum methodology". A bullet that names senior management keeps its clause."""
    grooming = "Collaborated with PMO teams for backlog grooming and JIRA prioritization, contributing to efficient project management."
    assert not any("what leadership or other teams decided or funded" in s.text for s in suggestions_for(linter, grooming))
    management = "Prepared the quarterly roadmap review for upper management"
    assert any("what leadership or other teams decided or funded" in s.text for s in suggestions_for(linter, management))
    demos = "Perform product demonstrations for potential customers, stakeholders and Executive leadership"
    assert not any("settling [the trade-off" in s.text for s in suggestions_for(linter, demos))
    scrum = "Worked on real estate web apps & iOS applications using agile scrum methodology."
    assert not any("against a target of" in s.text for s in suggestions_for(linter, scrum))


@pytest.mark.parametrize(
    ("text", "advice"),
    [
        # seed 2036, both readers of each: one result cannot stand for them all
        ("Implemented projects across Medicaid, Medicare, Dental, Vision, Pharmacy and Behavioral Health domains", "This bullet sums up several projects"),
        ("I managed the delivery of numerous initiatives spanning these website properties.", "This bullet sums up several projects"),
        ("Anchored PMO oversight for enterprise programs across digital commerce, ERP integration, and SaaS platforms", "This bullet sums up several projects"),
        # an honest filling is a release-operations or team-process figure
        ("Manage releases for digital products with digital banking platform provider and internal developers", "This bullet is about releases and deployments"),
        ("Integrated the Scrum workflow into existing tools utilized by the software team", "This bullet is about how the team works"),
    ],
)
def test_seed_2036_readers_wide_or_internal_work_gets_advice(flagging_linter, text, advice):
    bullet = rewritten_bullet(flagging_linter, text)
    assert not bullet.suggestions and (bullet.advice or "").startswith(advice)


def test_seed_2036_readers_a_measured_cut_in_release_cycles_is_extended_not_cut(linter):
    """Seed 2036, both readers: "Cut deployment failures by 50% and release cycles from 6 months to 2
    weeks ..." got "cut or merge" advice for its deployments; what a PM reader misses is what the
    faster releases brought customers."""
    text = "Cut deployment failures by 50% and release cycles from 6 months to 2 weeks on a shared Salesforce platform by optimizing internal workflows across 7+ teams."
    bullet = rewritten_bullet(linter, text)
    assert bullet.advice is None and bullet.suggestions


@pytest.mark.parametrize(
    ("text", "advice"),
    [
        # seed 2037, both readers of each: no honest filling makes these product work
        ("Managed team to build Exchange 2013 environment, communicate changes to entire organization and migrate mailboxes", "This bullet describes IT work on the organisation's own systems"),
        ("Developed and maintained the Project Scrum tools, including story and action boards, charts, and product backlogs.", "This bullet is about how the team works"),
        ("Manage $2+ Million budget consisting of 4 major Financial Services clientele", "This bullet describes project administration"),
    ],
)
def test_seed_2037_readers_internal_it_scrum_tooling_and_a_budget_get_advice(flagging_linter, text, advice):
    bullet = rewritten_bullet(flagging_linter, text)
    assert not bullet.suggestions and (bullet.advice or "").startswith(advice)


def test_seed_2037_readers_advice_that_misnamed_the_work_is_not_given(flagging_linter):
    """Seed 2037, both readers: "analysis documents" for coordinating dependencies that cut
    integration failures 15% (a data flow named), "project administration" for leading a report's
    development (a supplier named); and "this showed [the finding]" after a process made."""
    measured = rewritten_bullet(flagging_linter, "Coordinated cross-functional dependencies across Wallet, Payments, and Loyalty teams, ensuring accurate data flow and seamless API integrations, reducing integration failures by 15%.")
    assert not (measured.advice or "").startswith("This bullet describes analysis documents")
    led = rewritten_bullet(flagging_linter, "Supplier Shipment Status Tracking project: Initiated and led the development of Supplier Shipment Status Tracking Report.")
    assert not (led.advice or "").startswith("This bullet describes project administration")
    process = rewritten_bullet(flagging_linter, "Created cyclical process for business requirements gathering which established consistent pipeline of features to development team")
    assert not any("this showed [the finding]" in s.text for s in process.suggestions)


@pytest.mark.parametrize(
    ("opening", "is_role"),
    [
        ("Scrum Product Owner for the booking system", True),
        ("Lead product owner for checkout and returns", True),
        ("Senior Business Analyst on the claims programme, gathering rules", True),
        ("Scrum master for three payments teams", True),
        # a verb, an act or a function word before the title noun: the person did something
        ("Worked with the product owner for the booking system", False),
        ("Supported the product owner for the claims squad", False),
        ("Lead the migration of the booking system", False),
        ("Managed owner onboarding for the marketplace", False),
        ("Coordinated with the project manager for the releases", False),
    ],
)
def test_a_role_line_is_told_from_a_claim_about_a_role(opening, is_role):
    from po2pm_rewrite.word_lists import opens_with_a_role

    assert opens_with_a_role(opening) is is_role


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        # sets AR and AS, both readers of each: the clause would order meetings, turn down a request
        # where every one was met, or leave out a requirement where every one was kept
        ("Organized and led the backlog grooming sessions of the claims squad", "in an order set by"),
        ("Prioritized the loan app's backlog and managed the resolution of all requests within the agreed service levels", "aside [the request"),
        ("Ensured that all requirements of the claims portal were traceable through backlog refinement", "leaving out [what stayed out"),
    ],
)
def test_a_clause_the_bullet_contradicts_is_not_offered(linter, text, clause):
    bullet = rewritten_bullet(linter, text)
    assert bullet.findings
    assert not any(clause in s.text for s in bullet.suggestions)


def test_an_abbreviation_ends_no_sentence():
    """Sets AR and AS, both readers: "Managed 5 projects of total budget fixed to approx. $5+ million each
    year: ..." was told to split a paragraph, though it makes one claim."""
    from po2pm_rewrite.rewrite import _SENTENCE_END

    assert not _SENTENCE_END.findall("Ran 5 projects with a budget of approx. $5M each, e.g. the loans app, etc. in 2021")
    assert len(_SENTENCE_END.findall("Ran the loans app. Cut costs 5%.")) == 2


def test_no_clause_is_added_after_a_list_that_closes_the_bullet_after_a_dash(flagging_linter):
    """Set BE, both readers: "... levels — roadmap, UX improvements, sprint ceremonies, and delivery
    cadence, after which [who] saw ...": the clause hung on the list's last item. Only a clause that
    leads the bullet fits; without one, advice."""
    text = "Took ownership of the branch booking app and rebuilt it for older customers — roadmap, UX fixes, sprint ceremonies, and release cadence."
    bullet = rewritten_bullet(flagging_linter, text)
    assert bullet.suggestions or bullet.advice
    assert not any(s.text.startswith(text.rstrip(".")) for s in bullet.suggestions)
    # with no list after a dash, the clause goes at the end
    plain = "Took ownership of the branch booking app backlog and rebuilt the release plan for older customers"
    assert any(s.text.startswith(plain) for s in rewritten_bullet(flagging_linter, plain).suggestions)


def test_work_with_others_that_names_what_it_built_is_not_told_it_names_no_product(flagging_linter):
    """Sets BE, BF and BG, both readers: "Collaborated with data scientists to implement credit
    scoring algorithms" was told it "names no product, feature or customer"."""
    coordination = next(advice.text for advice in flagging_linter.rewriter()._advice if advice.id == "coordination-only")
    built = rewritten_bullet(flagging_linter, "Collaborated with the data scientists to implement the credit scoring models of the loan desk.")
    assert built.findings and built.advice != coordination
    bare = rewritten_bullet(flagging_linter, "Collaborated with the data scientists and the risk team every week.")
    assert bare.advice == coordination


def test_a_bullet_that_closes_on_a_change_of_role_gets_no_clause_at_its_end(flagging_linter):
    """Sets BH to BJ, both readers: "..., and later became Proxy Product Owner for the web team of 4
    developers, after which [who] saw [...]" credited the promotion with the result."""
    bullet = rewritten_bullet(flagging_linter, "Wrote the PRDs for the booking app, and later became Proxy Product Owner for the web team of 4 developers.")
    assert bullet.findings
    assert all(not s.text.startswith("Wrote the PRDs") for s in bullet.suggestions), [s.text for s in bullet.suggestions]


@pytest.mark.parametrize("text", [
    "Resolved user feedback to ensure an exceptional platform experience.",
    "Led stakeholder meetings to gather requirements, align on priorities, and communicate delivery progress across the project lifecycle.",
])
def test_feedback_acted_on_or_meetings_that_report_progress_are_not_told_what_they_showed(flagging_linter, text):
    """Sets BH to BJ, both readers: "this showed [the finding]" after fixing reported issues, or
    after meetings that also report progress, credits them with research."""
    bullet = rewritten_bullet(flagging_linter, text)
    assert bullet.findings
    assert not any("showed [the finding]" in s.text for s in bullet.suggestions), [s.text for s in bullet.suggestions]


def test_one_who_collaborated_is_not_told_to_name_the_option_chosen(flagging_linter):
    """Sets BH to BJ, both readers: "Collaborated closely with software engineers during IKEA's
    migration ..., choosing [the option that won ...]" gave the engineers' call to the person."""
    bullet = rewritten_bullet(flagging_linter, "Collaborated closely with software engineers during the shop's migration from Akamai to Cloudflare.")
    assert bullet.findings
    assert not any(", choosing [" in s.text for s in bullet.suggestions), [s.text for s in bullet.suggestions]


def test_one_who_facilitated_is_not_told_to_name_the_option_chosen(flagging_linter):
    """Seed 4212, both readers: "Facilitated executive alignment on governance roles, decision rights
    ..., choosing [the option that won ...]" gave the executives' call to the person who ran the room."""
    bullet = rewritten_bullet(flagging_linter, "Facilitated leadership alignment on the decision rights and platform foundations of the card data.")
    assert bullet.findings
    assert not any(", choosing [" in s.text for s in bullet.suggestions), [s.text for s in bullet.suggestions]


def test_ten_launches_at_once_get_the_several_projects_advice(flagging_linter):
    """Sets BH to BJ, both readers: one "[who] saw [what changed]" cannot cover ten launches."""
    bullet = rewritten_bullet(flagging_linter, "Delivered 10+ product launches working with a team of up to 8 people")
    assert not bullet.suggestions
    assert bullet.advice and bullet.advice.startswith("This bullet sums up several projects or programmes at once")


def test_a_line_of_things_with_a_result_is_told_it_lacks_the_persons_part(flagging_linter):
    """Sets BH to BJ, both readers: "Timely delivery with very high customer satisfaction, leading to
    new business" was told it names only what was worked on; it states a result, and lacks the act."""
    bullet = rewritten_bullet(flagging_linter, "Timely delivery with very high customer satisfaction, leading to new business.")
    assert bullet.advice and bullet.advice.startswith("This line states a result but not your part in it.")
    things = rewritten_bullet(flagging_linter, "Data migration concept for the legacy claims application")
    assert things.advice and things.advice.startswith("This line names what you worked on")


def test_two_sentences_that_close_on_no_act_of_the_persons_get_no_clause(flagging_linter):
    """Sets BK and BL, both readers: "... acceptance criteria throughout. Health data is not the
    place to cut corners on QA: [the measure it moved] ..." hung the result on an opinion."""
    bullet = rewritten_bullet(flagging_linter, "Wrote the acceptance criteria for the claims app, with security as a hard gate. Claims data is no place to cut corners on QA.")
    assert bullet.findings
    assert not bullet.suggestions and bullet.advice
    acts = rewritten_bullet(flagging_linter, "Wrote the acceptance criteria for the records app. Ran the UAT sessions with the clinic staff.")
    assert acts.suggestions or acts.advice


def test_a_way_of_working_with_no_act_in_it_is_told_so(flagging_linter):
    """Sets BK and BL, both readers: "Backlog would be groomed as business priorities evolved, in an
    order set by [...]" kept a process with no one's act in it."""
    bullet = rewritten_bullet(flagging_linter, "The backlog would be groomed each week as the business priorities evolved")
    assert not bullet.suggestions
    assert bullet.advice and bullet.advice.startswith("This line says how the work was run, not one thing you did")


def test_a_figure_after_and_with_its_means_gets_only_the_clause_for_a_figure(flagging_linter):
    """Sets BK and BL: "... requirements and reduced semantic model migration time by 60% through
    workflow automation, based on [...], leaving out [...]" hung a discovery clause on the figure
    (one reader: not grammatical); what the figure meant is the clause that reads on it (alone, as
    the bullet names its means: seed 4238)."""
    bullet = rewritten_bullet(flagging_linter, "Coordinated data platform modernization requirements and reduced dashboard migration time by 60% through workflow automation.")
    assert bullet.suggestions, bullet.advice
    assert all(s.text.endswith("through workflow automation, which meant [what the figure changed for customers or the business].") for s in bullet.suggestions), [s.text for s in bullet.suggestions]


def test_scope_alone_is_not_given_an_order(flagging_linter):
    """Sets BK and BL, both readers: "... to define project requirements and scope, in an order set
    by [...]": what is in or out of scope is the call, not an order."""
    for text in ("Defined the project requirements and scope with the consulting firm", "Set the scope of the claims portal release with the vendor"):
        bullet = rewritten_bullet(flagging_linter, text)
        assert not any("in an order set by" in s.text or "behind the order" in s.text for s in bullet.suggestions), [s.text for s in bullet.suggestions]


def test_start_of_production_is_no_project_administration(flagging_linter):
    """Sets BK and BL, both readers: "Led development and mass-production projects from RfQ to SOP
    for High-Speed Data cables, ..." was told to cut its project administration; SOP is the start of
    production there, not a standard operating procedure."""
    bullet = rewritten_bullet(flagging_linter, "Led development projects from RfQ to SOP for the sensor housings")
    assert not (bullet.advice or "").startswith("This bullet describes project administration")


def test_advice_to_split_also_says_to_cut_what_only_reports(flagging_linter):
    """Sets BK and BL, both readers: "Split it into one bullet per claim" for "Led project teams
    against milestones; reported via ...; managed stakeholder ... communication" asked for three
    bullets of administration; the advice keeps the claims with a call or a result and cuts the rest."""
    bullet = rewritten_bullet(
        flagging_linter,
        "Wrote the requirements for the freight booking portal with the operations leads. Ran weekly "
        "sprint reviews with the forwarders' account managers and kept the backlog groomed for the team.",
    )
    assert bullet.advice and bullet.advice.startswith("This bullet makes 2 claims, one per sentence. Split it:")
    assert "cut the ones that only report or coordinate" in bullet.advice


def test_a_routine_or_a_sentence_that_leans_on_others_gets_advice(flagging_linter):
    """Sets BM and BN, both readers: "I would prioritize the backlog, plan and manage sprints ...;
    set aside [...]", "We evaluated this issue and ...; set aside [...]" and "In addition to ...,
    I also took on a quasi-QA role in testing; set aside [...]" were broken and not strong: a
    routine, and a case study's sentences that need the ones around them."""
    routine = rewritten_bullet(flagging_linter, "I would prioritize the claims backlog with the operations leads before each release")
    assert not routine.suggestions and routine.advice.startswith("This line says how the work was run")
    for text in (
        "We reviewed this issue with the claims team and ranked it in our backlog with RICE",
        "In addition to keeping the product backlog, I also took on the UAT test runs for the claims app",
    ):
        bullet = rewritten_bullet(flagging_linter, text)
        assert not bullet.suggestions and bullet.advice.startswith("This line leans on the sentences around it"), text


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("Eight weeks later, we had cut the claims backlog by 90% and halved planning time", "Eight weeks later"),
        ("We reviewed this issue with the claims team and ranked it in our backlog with RICE", "this issue"),
        ("I also wrote the acceptance criteria for the broker portal's release", "I also"),
        # sets BS and BQ, both readers: a sequel or a reason told in the sentence before
        ("So the feature requests from the branches were sent to me and I logged them on the board", "So"),
    ],
)
def test_advice_on_a_leaning_line_quotes_the_words_it_leans_on(flagging_linter, text, quoted):
    """Set BO, one reader: "Eight weeks later, we had cut the backlog by 90%, ..." needs the
    story before it; the advice names what the line leans on, not a fixed pair of examples."""
    bullet = rewritten_bullet(flagging_linter, text)
    assert not bullet.suggestions
    assert bullet.advice.startswith(f'This line leans on the sentences around it ("{quoted}")'), bullet.advice


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        ("I maintain the backlog and develop user stories and acceptance criteria for the claims app.", "I maintain"),
        ("For the development of requirements, I use design thinking to collaborate with branch staff.", "I use"),
        ("I’m responsible for setting priorities for the tasks in the loans pipeline.", "I’m responsible"),
        ("We usually run the backlog refinement for the payments squad.", "We usually run"),
        # a day in the life (sets BQ and BS, both readers)
        ("Most days I handle support for the claims projects and run UAT on new releases.", "Most days I handle"),
        ("One day I might be fixing the claims system, on another running requirements workshops.", "One day I might be fixing"),
        ("My workday includes working with the branch staff to find what they need in the loans app.", "My workday includes"),
    ],
)
def test_a_standing_duty_in_the_present_gets_advice(flagging_linter, text, opening):
    """Sets BO and BP, both readers of three rows: a decision, a target or a result added to "I
    maintain the backlog and ...", "I use design thinking ..." or "I'm responsible for ..." fits no
    honest filling; the writer is asked for one time the duty led to a call of theirs."""
    bullet = rewritten_bullet(flagging_linter, text)
    assert not bullet.suggestions
    assert bullet.advice.startswith(f"This line names a standing duty ('{opening} ...')"), bullet.advice


def test_one_act_in_the_past_is_no_standing_duty(flagging_linter):
    """A past whose form is the base ("I set ...") and a past tense are one thing done: they keep
    their suggestions."""
    for text in ("I set the release scope for the loans app with the branch leads", "I groomed the backlog for the loans app"):
        bullet = rewritten_bullet(flagging_linter, text)
        assert bullet.suggestions and not (bullet.advice or "").startswith("This line names a standing duty"), text


@pytest.mark.parametrize(
    ("text", "advice"),
    [
        # seed 3701, both readers of each: any honest result is an IT or compliance figure
        ("Supervised the database migration of the loans ledger for the credit division", "This bullet describes IT work"),
        ("Controlled enhancements and production support for the branch tools, logging unplanned work", "This bullet describes IT work"),
        ("Ran IQ/OQ/PQ validation and change control for the lab system's regulated releases", "This bullet describes security or compliance upkeep"),
    ],
)
def test_seed_3701_readers_internal_it_and_validation_work_gets_advice(flagging_linter, text, advice):
    bullet = rewritten_bullet(flagging_linter, text)
    assert bullet.findings and not bullet.suggestions and (bullet.advice or "").startswith(advice), bullet.advice


@pytest.mark.parametrize(
    ("text", "advice"),
    [
        # seed 3702, both readers of each
        ("Develops, coordinates and implements marketing website projects including design, development, and maintenance phases", "This line names a standing duty ('Develops, coordinates and ...')"),
        ("These are groomed with the branch leads to keep the loans app's backlog in priority order.", 'This line leans on the sentences around it ("These are")'),
        ("To coordinate the design of the claims portal's landing pages, as well as its payment integration.", "This line says what the work was for, with no act of yours in it."),
        ("Compiled a list of questions about the loans roadmap to discuss with the product manager next week.", "This line tells what is still to come"),
        # seed 3801, a reader: what "this" role took, with no one in the sentence
        ("This involved managing the internal tools of the news apps and their ad-server integrations.", 'This line leans on the sentences around it ("This involved")'),
        # seeds 3806 and 3808, both readers of each: a team's habit, a release still to come, a line acting
        # on "these" from the line before
        ("After the developers coded the release and before it went live, my team would run acceptance tests.", "This line says how the work was run"),
        ("Ported the voice assistant to the AR headset with a partner for the upcoming release", "This line tells what is still to come"),
        ("Translated these into a prioritized backlog with explicit severity tiers.", 'This line leans on the sentences around it ("Translated these")'),
    ],
)
def test_seed_3702_readers_lines_no_clause_can_hang_on_get_advice(flagging_linter, text, advice):
    bullet = rewritten_bullet(flagging_linter, text)
    assert bullet.findings and not bullet.suggestions
    assert (bullet.advice or "").startswith(advice), bullet.advice


def test_seed_3702_readers_a_third_persons_list_is_a_duty_but_a_plural_subject_is_not(flagging_linter):
    """Read with no subject, "Develops" is tagged as a past; "Risks reviewed at ..." opens with a
    plural noun, the subject of its own verb."""
    from po2pm_rewrite.rewrite import _duty_tense, mend

    def tense(text):
        slots = rewritten_bullet(flagging_linter, text).slots or Slots()
        return _duty_tense(mend(text, slots)[0], slots)

    assert tense("Develops, coordinates and implements marketing website projects including design, development, and maintenance phases") == "present3"
    assert tense("Risks reviewed at the sprint midpoint of the claims app, with room to cut scope") is None
    assert tense("Rebuilt the claims intake form for the branch agents") is None


def test_seed_3702_readers_a_result_won_through_ceremonies_is_not_told_it_lists_ceremonies_only(flagging_linter):
    """"Reduced cycle time with clearer Definition of Ready/Done" states a result: "lists ceremonies
    or tools only" was the wrong advice (both readers)."""
    for text in ("Reduced cycle time with a clearer Definition of Ready for the claims squad", "Increased team velocity by 25% within six months through retrospectives"):
        advice = rewritten_bullet(flagging_linter, text).advice or ""
        assert advice and not advice.startswith("This bullet lists ceremonies or tools only"), advice
    assert rewritten_bullet(flagging_linter, "Facilitated daily stand-ups and retrospectives").advice.startswith("This bullet lists ceremonies or tools only")


@pytest.mark.parametrize(
    ("text", "told"),
    [
        # a figure won through ceremonies is weighed by the advice for its kind of work
        ("Used sprint retrospectives to raise team velocity by 40%.", "This bullet is about how the team works"),
        ("Facilitated sprint planning and retrospectives, which raised team velocity by 25%.", "This bullet is about how the team works"),
        # acceptance testing with no ceremony named is testing work, not a list of ceremonies
        ("Reviewed QA test cases and managed UAT sessions", "This bullet is about testing"),
    ],
)
def test_a_ceremony_bullet_with_a_figure_or_only_testing_is_not_told_it_lists_ceremonies_only(flagging_linter, text, told):
    advice = rewritten_bullet(flagging_linter, text).advice or ""
    assert advice.startswith(told), advice


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # seed 3703, both readers of each: a product its customers see, institutions served
        ("Provided leadership to the agile team delivering new functionality to the bank's externally facing loans application using the agile methodology.", "This bullet is about how the team works"),
        ("Worked closely with medical institutions to meet their real-time reporting needs", "This bullet describes project administration"),
        # seed 3805, both readers: requirements written for clients beside the agile delivery they supported
        ("Documented software requirements and supported agile delivery for insurance clients.", "This bullet is about how the team works"),
    ],
)
def test_seed_3703_readers_customer_work_is_not_told_it_is_process_or_administration(flagging_linter, text, wrong):
    bullet = rewritten_bullet(flagging_linter, text)
    assert bullet.findings and not (bullet.advice or "").startswith(wrong), bullet.advice


def test_seed_3703_readers_a_walkthrough_is_not_asked_for_the_user_problem_behind_it(linter):
    assert "based-on" not in _offered(linter, "Ran requirement walk through sessions for the claims portal's branch users")
    assert "based-on" in _offered(linter, "Wrote requirements for the claims portal")


def test_a_verb_whose_past_is_its_base_is_no_duty(flagging_linter):
    """"Cut sprint planning from a day to two hours ...": the parse's present is a guess."""
    from po2pm_rewrite.rewrite import _duty_tense, mend

    text = "Cut sprint planning from a day to two hours with a refined backlog"
    slots = rewritten_bullet(flagging_linter, text).slots or Slots()
    assert _duty_tense(mend(text, slots)[0], slots) is None


def test_seed_3702_readers_a_noun_before_its_noun_is_not_put_in_the_past(linter):
    """"... by 50% and release cycles from 6 months to 2 weeks" was mended to "released cycles"."""
    text = "Cut deployment failures by 50% and release cycles from 6 months to 2 weeks on the shared claims platform by optimizing internal workflows across 7 teams."
    suggestions = rewritten_bullet(linter, text).suggestions
    assert suggestions and all("and release cycles from" in s.text for s in suggestions)


def test_seed_3701_readers_a_halted_project_has_no_after(linter):
    """"..., but the project was halted due to budget constraints, after which [who] saw ..." (both readers)."""
    after = next(t for angle in linter.rewriter().templates.angles for t in angle.templates if t.id == "change-for-customers")
    assert not after.fits("Created the claims app's MVP and began UAT, but the project was halted due to budget constraints")
    assert after.fits("Created the claims app's MVP and began UAT with the brokers")


def test_seed_3701_readers_no_one_agreed_to_a_budget_or_a_discipline(linter):
    for text in ("Directed a team of 6 data engineers for timely, on-budget delivery of the claims platform",
                 "Directed the rollout of a formal change management program for the claims platform"):
        assert not any("agreed to [the decision" in s.text for s in rewritten_bullet(linter, text).suggestions), text


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        # seed 3701 and set BW's sample, both readers of each: a clause pins one call on a duty
        ("Collaborate with other product owners to forecast when the loans app's new features can start.", "Collaborate with other"),
        ("Bridge between technical and non-technical stakeholders, ensuring the claims portal's processes meet customer needs", "Bridge between technical"),
        ("Moderates the backlog refinement meeting for the payments squad, ensuring tickets are sized", "Moderates the backlog"),
        ("Own the product roadmap for the Form Builder feature", "Own the product"),
    ],
)
def test_a_duty_in_the_present_with_no_subject_gets_advice(flagging_linter, text, opening):
    """Judged in sessions 35 to 37, the suggestions for lines in the present with no subject ("Own
    the roadmap for ...", "Moderates ...") were strong once filled 2 times in 10 (past lines: 68 of
    116): they read as a job description's duties, as the writer's own present duties do."""
    bullet = rewritten_bullet(flagging_linter, text)
    assert bullet.findings and not bullet.suggestions
    assert bullet.advice.startswith(f"This line names a standing duty ('{opening} ...')"), bullet.advice


@pytest.mark.parametrize(
    "text",
    [
        "Reduce the claims portal's handling time by 30% by cutting the intake form to five fields",  # a result of its own
        "Rebuilt the claims intake form for the branch agents",  # a past the parse may take for the present
        "Facilitate discovery sessions with branch staff to gather the loan application's requirements",  # research goes on
        "Groomed and prioritized the product backlog for the claims app",
    ],
)
def test_a_present_line_with_its_own_result_research_or_a_past_is_no_duty(flagging_linter, text):
    bullet = rewritten_bullet(flagging_linter, text)
    assert not (bullet.advice or "").startswith("This line names a standing duty"), bullet.advice


def test_a_line_that_leads_into_a_list_gets_advice(flagging_linter):
    """Set BO, both readers: "... and created logic diagrams to build a mobile app that:" got ",
    based on [...]" after "that", which leaves the sentence with no verb."""
    bullet = rewritten_bullet(flagging_linter, "Managed the vendor team and wrote feature requirements to build a claims app that:")
    assert not bullet.suggestions and bullet.advice.startswith("This line leads into a list")
    heading = rewritten_bullet(flagging_linter, "Groomed the backlog for the claims app with the vendor team:")
    assert not (heading.advice or "").startswith("This line leads into a list")  # a whole clause before its colon


def test_ceremonies_named_in_capitals_are_still_ceremonies_only(flagging_linter):
    """Set BP, both readers: "Facilitated PI Planning events, ART syncs, and System Demos" got a
    decision clause that credits the team's call to the facilitator: its capitals read as named
    facts, but every item is a meeting."""
    bullet = rewritten_bullet(flagging_linter, "Facilitated PI Planning events, ART syncs, and System Demos")
    assert not bullet.suggestions and bullet.advice.startswith("This bullet lists ceremonies or tools only")
    # the team they were run for is no item of the list (the shipped example resume got the
    # project-administration advice for "... retrospectives for a team of nine engineers and two testers")
    for_a_team = rewritten_bullet(flagging_linter, "Facilitated sprint planning, daily stand-ups and retrospectives for a team of nine engineers and two testers")
    assert not for_a_team.suggestions and for_a_team.advice.startswith("This bullet lists ceremonies or tools only")
    product = rewritten_bullet(flagging_linter, "Facilitated PI Planning events for the Claims Portal and the Broker App")
    assert not (product.advice or "").startswith("This bullet lists ceremonies or tools only")


def test_what_it_showed_is_not_offered_where_the_last_act_is_other_work(flagging_linter):
    """Set BO, both readers: "this showed [the finding]" after "..., developed the structure, PRD
    and the development roadmap" credits the roadmap with the finding. A last act of another kind
    takes the clause's "this"; one of no kind goes on with the same work (seed 2022)."""
    documented = suggestions_for(flagging_linter, "Gathered requirements from the branch staff and documented the proposed extension to the loans app.")
    assert not any("; this showed [the finding]" in s.text for s in documented)
    interviews = suggestions_for(flagging_linter, "Gathered requirements through 40 interviews with branch staff for the loans app.")
    assert any("; this showed [the finding]" in s.text for s in interviews)


def test_a_clause_after_a_semicolon_names_the_writer_again(linter):
    """Sets BM and BN, one reader: "We evaluated ...; set aside [...]" has no subject after the
    semicolon; where the bullet's subject is the writer, the clause names them again."""
    from po2pm_rewrite.engine import Source

    rewriter = linter.rewriter()
    report = linter.rewrite([Source("<t>", "We reprioritized the loans backlog for the branch staff", literal=True)]).files[0].bullets[0]
    texts = [c.text for c in rewriter.candidates(report)]
    assert "We reprioritized the loans backlog for the branch staff; we set aside [the request you turned down] for [what won, and why]; [what it changed for users or the business, and by how much]" in texts
    plain = linter.rewrite([Source("<t>", "Reprioritized the loans backlog for the branch staff", literal=True)]).files[0].bullets[0]
    assert any(c.text.startswith("Reprioritized the loans backlog for the branch staff; set aside [") for c in rewriter.candidates(plain))


def test_a_trade_off_or_a_look_at_the_users_is_not_project_administration(flagging_linter):
    """Sets BS and BT, both readers: "Some compromises on scope ... got the project back on track"
    and "I sat in on many artist meetings to get a better understanding of their view ..." were
    told to cut project administration; a rewrite asking what was cut, or learned, serves them."""
    administration = next(advice for advice in flagging_linter.rewriter()._advice if advice.id == "project-administration")
    for text in (
        "Some compromises on scope with the broker team got the claims project back on track.",
        "Sat in on the branch managers' meetings to get a better understanding of their view of the loans project.",
    ):
        bullet = rewritten_bullet(flagging_linter, text)
        assert bullet.findings and not (bullet.advice or "").startswith("This bullet describes project administration"), text
    back_on_track = "Got the claims project back on track with weekly status reports"
    assert rewritten_bullet(flagging_linter, back_on_track).advice == administration.told(bullet=back_on_track)


def test_a_clause_with_a_verb_of_its_own_needs_the_bullet_to_open_with_its_act(flagging_linter):
    """Set BS, both readers: "The transparency of the Product Backlog was increased, making
    prioritization clear ...; set aside [the request you turned down]" has no one to set it aside."""
    passive = suggestions_for(flagging_linter, "The claims backlog was reprioritized, making the priorities clear to the brokers and the branch staff.")
    assert not any("set aside [" in s.text for s in passive), [s.text for s in passive]
    own = suggestions_for(flagging_linter, "Reprioritized the claims backlog for the brokers and the branch staff.")
    assert any("; set aside [" in s.text for s in own), [s.text for s in own]


def test_a_meeting_to_learn_from_users_is_no_meeting_log(flagging_linter):
    """Seed 3603, both readers: "I met with end users, stakeholders and developers to understand
    the business needs ..." was told it records a meeting; it is discovery."""
    meeting_log = next(advice for advice in flagging_linter.rewriter()._advice if advice.id == "meeting-log")
    bullet = rewritten_bullet(flagging_linter, "I met with the branch staff and the developers to understand the loan officers' needs.")
    assert bullet.findings and not gives(bullet.advice, meeting_log)


def test_session_37_readers_a_clause_of_consequence_asks_for_the_call_behind_it(linter):
    """Two readers of the corpus pool's 34 bullets given a clause that asked only for a
    consequence ("which meant [...]", "so that [who] got [what] sooner", "freeing [the time] for
    [...]"): strong once filled 14 and 21 times without the call behind the figure, 29 and 32 with
    it. The call comes before "so that", which then reads on the bullet."""
    rewriter = linter.rewriter()
    report = linter.check([Source("<text>", "Cut the release cycle of the claims app from six weeks to two", literal=True)], with_slots=True)
    sooner = [c.text for c in rewriter.candidates(report.files[0].bullets[0]) if c.template_id == "sooner-for-them"]
    assert sooner and sooner[0].endswith(", by [the call you made: what you chose, cut or changed], so that [who] got [what users got] sooner")


def test_session_40_readers_the_call_behind_a_figure_is_joined_without_an_it(linter):
    """"...; it came from [the call]" left "it" to point at whatever closed the bullet (a platform,
    a budget figure): two readers of 30 pool bullets called it ungrammatical 30 and 10 times, the
    wording joined by "by" (or "thanks to" where the bullet already says how) 3 and 6 times."""
    def clause(text: str, template_id: str) -> str:
        return _clause_of(linter, text, template_id)

    plain = clause("Successfully delivered a real-time billing system handling over $1.5M a year", "what-it-meant")
    assert plain.endswith(", by [the call you made: what you chose, cut or changed], which meant [what the figure changed for customers or the business]"), plain
    said_how = clause("Reduced rework on the claims portal by 30% across the loans teams", "time-went-to")
    assert ", thanks to [the call you made: what you chose, cut or changed], " in said_how and "it came from" not in said_how, said_how


def test_session_40_readers_the_call_leads_its_own_clause_after_the_work(linter):
    """", after which [who] saw [...] because of [the call]" hung on whatever closed the bullet
    ("... a remote team out of Mumbai, India, after which"; "... until a permanent Scrum Master was
    hired, after which"): two readers of 30 pool bullets called it ungrammatical 9 and 19 times, a
    clause of its own once each. The call leads it, after a semicolon."""
    rewriter = linter.rewriter()
    text = "Led the localisation team for a global IT client, including a remote team in Mumbai"
    report = linter.check([Source("<text>", text, literal=True)], with_slots=True)
    found = [c.text for c in rewriter.candidates(report.files[0].bullets[0]) if c.template_id == "change-for-customers"]
    assert found == [
        text + "; because of [the call you made: what you chose, cut or changed], [who] saw [what changed for them, and by how much]"
    ], found


def test_seed_4001_readers_production_support_paperwork_and_a_team_hired_get_advice(flagging_linter):
    """Seed 4001, both readers of each: production support, mail and file administration, a
    building project's change orders and a team hired got a clause no honest filling makes
    product work; each gets the advice for its kind of work."""
    cases = {
        # (the readers' bullet, "... across the lending systems ...", reads as PM even at 0.5 since set CN
        # joined, and with ", log analysis and root-cause investigation" since sets CW to CZ)
        "Resolved production issues for the lending team through SQL and log analysis": "IT work",
        "Managed customer email accounts and shared files through FTP": "IT work",
        "Managed changes due to client preference and created and issued change orders, adhering to a strict budget.": "project administration",
        "Hired and structured a product design team of 7 experts, fostering collaboration across UX, UI, prototyping and product management.": "building a team",
    }
    for text, told in cases.items():
        bullet = rewritten_bullet(flagging_linter, text)
        assert bullet.findings and not bullet.suggestions and told in (bullet.advice or ""), (text, bullet.advice)


def test_session_40_advice_when_no_clause_fits_says_what_the_bullet_lacks(linter):
    """Two readers of 30 advice rows: "None of the clauses po2pm adds fits this bullet" told them
    about the tool, not the bullet, and missed that one piece of work was spread over three named
    projects or five areas. The advice now says what the bullet lacks; for work spread over areas
    or projects, that no one result fits them all."""
    from po2pm_rewrite.rewrite import NO_CLAUSE_FITS, NO_CLAUSE_FITS_SPREAD, _no_clause_fits

    assert "po2pm" not in NO_CLAUSE_FITS
    spread = (
        "Led end-to-end business analysis for three government education projects: a grievance system, an analytics dashboard, and a portal",
        "Improved customer-facing commerce workflows across order management, reporting, customer support, vendor coordination, and integration touchpoints.",
    )
    for text in spread:
        assert _no_clause_fits(text) == NO_CLAUSE_FITS_SPREAD, text
    # a list of the people who took part is no spread of the work
    assert _no_clause_fits("Managed cross-functional alignment across engineering, data science, and commercial stakeholders") != NO_CLAUSE_FITS_SPREAD


@pytest.mark.parametrize(
    ("bullet", "expected"),
    [
        # the words as written, in order, each once
        ("Instituted RAID logs, forecast models, and steering committee reports", 'project administration ("RAID", "reports"),'),
        ("Ran reporting and Reporting for the payments programme", 'project administration ("reporting"),'),
        # the opening words past a leading adverb, in the bullet's own case
        ("Constantly Partnered with the vendors and the QA leads on the release", 'coordinated work that others did ("Partnered with"),'),
        # a phrase found mid-sentence without the preposition (and its article) that ties it to the
        # rest; an audience named is part of the phrase (seed 4206: "demos to keep delivery aligned"
        # is no demo given to someone)
        ("Conduct system demos to a large audience and business stakeholders", 'getting sign-off ("demos"),'),
        ("Work with developers to build proofs of concept for the loans app and demo to client", 'getting sign-off ("demo to client"),'),
        # at most three
        ("Wrote test cases, test plans, test scripts and test scenarios for the loans app", 'about testing ("test cases", "test plans", "test scripts"),'),
    ],
)
def test_advice_quotes_the_words_it_was_chosen_by(flagging_linter, bullet, expected):
    # A diagnosis chosen by one word is only as good as that word: the person sees which it was.
    advice = rewritten_bullet(flagging_linter, bullet).advice or ""
    assert expected in advice, advice


def test_advice_chosen_by_shape_quotes_nothing(flagging_linter):
    advice = rewritten_bullet(flagging_linter, "Conducted Daily Scrum meeting, Planning Sessions, Backlog updates, User Stories updates, Continuous Testing.").advice or ""
    assert advice.startswith("This bullet lists duties of several kinds (testing, ceremonies, backlog, requirements), which"), advice


def test_the_advice_whose_words_come_first_is_given(flagging_linter):
    """Set ab4 (session 41): advice went to the first entry of advice.toml whose words the bullet
    held anywhere, so a side word at its end chose the diagnosis ("... traceability in Jira" read as
    keeping documents). The entry whose words come first now chooses; two readers preferred it."""
    uat = rewritten_bullet(flagging_linter, "Coordinated UAT with 50 brokers; standardised test case traceability in Jira").advice or ""
    # (the clause after the semicolon is quoted no more: seed 4207's readers)
    assert uat.startswith('This bullet is about testing ("Coordinated UAT")'), uat


def test_seed_4201_readers_no_comma_clause_after_a_reason_and_no_user_problem_for_delivery_checks(flagging_linter):
    """Seed 4201, both readers of each: ", based on [the user problem] ..." after "... so nothing
    fell through the gap between teams" or "..., because edge cases are where ..." hung on the
    reason; after "Ensured solutions were delivered in accordance with business requirements" or a
    process run for many change requests, no one user problem fits."""
    for text in (
        "Owned end-to-end requirements across six backend services so nothing fell through the gap between teams",
        "Mapped every edge case before writing a single requirement, because edge cases are where self-service features fall apart",
    ):
        suggestions = [s.text for s in rewritten_bullet(flagging_linter, text).suggestions]
        assert suggestions and not any(s.startswith(text + ",") for s in suggestions), (text, suggestions)
    text = "Ensured solutions were delivered in accordance with business requirements and digital transformation objectives."
    suggestions = [s.text for s in rewritten_bullet(flagging_linter, text).suggestions]
    assert suggestions and not any("based on [the user problem" in s for s in suggestions), (text, suggestions)
    # (the full SDLC run for change requests gets a duty's advice since seed 4249, both readers)
    sdlc = rewritten_bullet(flagging_linter, "Managed the Full SDLC for change requests, from gathering new requirements to deploying patches and training users.")
    assert sdlc.advice or not any("based on [the user problem" in s.text for s in sdlc.suggestions), sdlc


def test_seed_4201_readers_a_line_with_no_act_of_the_writers_is_told_so(flagging_linter):
    """Seed 4201, both readers of each: "what you did but not what came of it" was said of lines
    that state only what came of it, or what was done by no one named."""
    told = {
        "Leaders could easily track the overall progress of each sprint, and for each project.": "This line says what happened or what others could then do",
        "Work was categorized into projects, then organized into one-week sprints, with individual tasks sized to fit within the week.": "This line says what happened or what others could then do",
        "This allowed us to easily track what was currently being worked on, and the progress of any project.": 'This line leans on the sentences around it ("This allowed")',
    }
    for text, start in told.items():
        bullet = rewritten_bullet(flagging_linter, text)
        assert bullet.findings and (bullet.advice or "").startswith(start), (text, bullet.advice)


@pytest.mark.parametrize(
    ("text", "not_told"),
    [
        # seed 4201, both readers of each: a side word taken for the claim
        ("Hired a vendor to build the claims application, with myself operating as the product owner.", "This bullet is about building a team"),
        ("Led developer documentation effort and portal implementation", "This bullet is about keeping documents"),
        ("Partnered with engineering and risk to define user stories, validate feasibility, and ship efficiency controls into BAU", "This bullet describes project administration"),
        ("Authored Agile/Scrum User Stories for Web, iOS, and Services within the Scaled Agile Framework (SAFe).", "This bullet is about how the team works"),
        ("Authored Agile/Scrum User Stories for Web, iOS, and Services within the Scaled Agile Framework (SAFe).", "This bullet describes project administration"),
    ],
)
def test_seed_4201_readers_side_words_do_not_choose_the_advice(flagging_linter, text, not_told):
    advice = rewritten_bullet(flagging_linter, text).advice or ""
    assert not advice.startswith(not_told), advice


@pytest.mark.parametrize(
    ("text", "told"),
    [
        # seed 4201, both readers of each: how the team runs, where no filling gives a customer result
        ("We created a system of tracking work in ClickUp, where we previously did not use any product management software.", "This bullet is about keeping a tracking tool up to date"),
        ("To start, I ran daily sessions with the founder until we reached enough shared understanding of the product.", "This line records a meeting"),
        ("Produced UML architecture diagrams and system workflows in Visio and Lucidchart to align engineering teams.", "This bullet is about keeping documents"),
        ("In addition, as part of the Project Delivery team I designed and proposed an overhaul to the way Tech operated in the business.", "This bullet is about how the team works"),
        ("Guided the project team in following consistent patterns for Epic writing, User Story writing, and rigorous Backlog management.", "This bullet is about how the team works"),
    ],
)
def test_seed_4201_readers_how_the_team_runs_gets_advice(flagging_linter, text, told):
    bullet = rewritten_bullet(flagging_linter, text)
    assert not bullet.suggestions and (bullet.advice or "").startswith(told), bullet.advice


@pytest.mark.parametrize(
    ("text", "told"),
    [
        # seed 4202, both readers of each: a duty, a need or a summing-up, not a piece of work done
        ("My main responsibilities are managing and prioritizing the product backlog for the claims app.", "This line names a duty"),
        ("This means we need to look at how to distribute the features over the sprints and refine them.", "This line tells what is still to come"),
        ("In a nutshell, I\u2019m the link between customer and our development team.", "This line leans on the sentences around it"),
        ("I'm already involved in these, because I accompany the entire process as a product owner.", "This line leans on the sentences around it"),
    ],
)
def test_seed_4202_readers_a_duty_a_need_or_a_summing_up_gets_advice(flagging_linter, text, told):
    bullet = rewritten_bullet(flagging_linter, text)
    assert bullet.findings and not bullet.suggestions and (bullet.advice or "").startswith(told), (bullet.advice, [s.text for s in bullet.suggestions])


def test_no_scope_clause_contradicts_a_bullet_that_says_nothing_was_cut(linter):
    """Seed 4204, both readers: "Shipped ... on time and without reduction in scope, ..., keeping
    [what did not make the cut] out of scope" says a cut was made where the bullet says none was."""
    text = "Scoped and shipped the loan app's document upload on time and without reduction in scope."
    assert all("out of scope" not in s.text and "aside [" not in s.text for s in suggestions_for(linter, text))
    # the same scoping with no such words keeps the clause
    kept = suggestions_for(linter, "Scoped and shipped the loan app's document upload for the branch staff.")
    assert any("out of scope" in s.text or "aside [" in s.text for s in kept)


def test_a_lead_in_and_the_writers_i_make_no_pieces_of_work(linter):
    """Seed 4205, both readers: "To this end, I defined and shipped updated requirements for
    joining Pinterest's Verified Merchant Program" was told it listed duties of several kinds, then
    that it named nothing the requirements were for; it is one claim to extend."""
    from po2pm_rewrite.rewrite import pieces_of_work

    text = "To this end, I defined and shipped updated requirements for joining the bank's Verified Merchant Program."
    assert pieces_of_work(text) == 1
    assert pieces_of_work("Defined and shipped the requirements, ran UAT, and trained the branch staff") == 3
    bullet = rewritten_bullet(linter, text)
    assert bullet.findings and bullet.suggestions and bullet.advice is None


def test_seed_4206_readers_a_joined_word_keeps_its_form_and_advice_reads_the_claim(flagging_linter):
    """Seed 4206, both readers: "pre -award and post -award teams" became "posted -award" (a word
    joined by a hyphen taken for a listed verb); "demos to keep delivery aligned" was read as demos
    given to someone, and "ensuring clarity" as the Clarity tool, so the advice quoted a side word."""
    joined = rewritten_bullet(flagging_linter, "Collaborated with pre -award and post -award teams to gather requirements for trial planning.")
    assert joined.suggestions and all("post -award" in s.text and "posted" not in s.text for s in joined.suggestions)
    ceremonies = rewritten_bullet(
        flagging_linter, "Facilitated sprint planning, backlog grooming, and stakeholder demos to keep delivery aligned with business goals and timelines."
    )
    assert ceremonies.advice and "ceremonies" in ceremonies.advice and '"demos"' not in ceremonies.advice
    shown = rewritten_bullet(flagging_linter, "Delivered product demos to stakeholders at each deployment milestone")
    assert shown.advice and shown.advice.startswith("This bullet is about keeping people informed")
    clear = rewritten_bullet(flagging_linter, "Engaged and aligned key stakeholders across business units to ensure clarity of project goals and deliverables")
    assert clear.advice and '"clarity"' not in clear.advice
    tool = rewritten_bullet(flagging_linter, "Manage day to day activities of project team to budget and schedule using Clarity")
    assert tool.advice and "Clarity" in tool.advice


def test_seed_4206_readers_a_summary_line_and_a_line_pointing_back_get_advice(flagging_linter):
    """Seed 4206, both readers of each: "I've specialized in ..." and "..., my objective is to ..."
    are a summary's lines, and "Previously as mentioned, I'm only responsible for ..." leans on the
    text before it; each got a clause no honest filling makes one claim (or advice to shorten)."""
    for text in (
        "I've specialized in leading and facilitating software development through the complete life cycle, from ideation to delivery.",
        "As a business analyst previously, my objective is to use my cash management knowledge to advise on the product.",
    ):
        bullet = rewritten_bullet(flagging_linter, text)
        assert bullet.findings and not bullet.suggestions, text
        assert bullet.advice.startswith("This line describes you or what you are looking for"), bullet.advice
    pointing = rewritten_bullet(flagging_linter, "Previously as mentioned, I'm only responsible for gathering requirements and make sure the end product works.")
    assert pointing.advice and pointing.advice.startswith("This line leans on the sentences around it")


def test_a_tool_phrase_that_goes_on_past_the_tool_names_is_kept_whole():
    from po2pm_rewrite.rewrite import keep_core

    tools = frozenset({"jira", "confluence"})
    bullet = "Standardized backlog management and reporting using Jira & Power BI integration"
    assert keep_core(bullet, tools).text == bullet
    assert keep_core("Tracked the backlog using Jira and ran the reviews", tools).text == "Tracked the backlog using Jira and ran the reviews"
    assert keep_core("Tracked the claims backlog using Jira & Confluence", tools).text == "Tracked the claims backlog"


def test_advice_quotes_the_words_of_the_first_clause_not_of_a_participle_after_it(linter):
    """Seed 4207, both readers: "Waterfall" and "methodologies" quoted as the bullet's case, words of
    a clause after the claim; the items of a list are still quoted."""
    bullet = "Lead and manage multiple projects concurrently, ensuring projects are within scope, budget and timeline utilizing Agile-Scrum and Waterfall methodologies"
    report = linter.rewrite([Source("<text>", bullet, literal=True)])
    advice = report.files[0].bullets[0].advice
    assert advice is not None and '("multiple projects")' in advice
    listed = linter.rewrite([Source("<text>", "Create project schedule, maintains budget plan, communication plan, tracking & reporting variables", literal=True)])
    assert '"schedule", "communication plan"' in (listed.files[0].bullets[0].advice or "")


def test_people_and_programmes_talked_to_are_not_project_paperwork(advising_linter):
    """Seed 4211, both readers: "reports" quoted as project administration where the bullet names
    direct reports, and "programs" where it names the people talked to."""
    administration = next(advice for advice in advising_linter.rewriter()._advice if advice.id == "project-administration")
    assert administration.applies("Wrote the weekly status reports for the steering group")
    assert not administration.applies("Leading 4 direct reports and 9 indirect reports on the loans platform")
    assert not administration.applies("Communicate effectively with programs and IT to raise issues and clear blockers")


@pytest.mark.parametrize(
    ("text", "not_told"),
    [
        # seed 4211, both readers of each: a role line that goes on to its result, and requirements
        # met rather than written (the "based on [the user problem]" clause hung on nothing)
        ("Served as Scrum Master for the two loans squads and applied WIP limits to improve their velocity by 20%.", "This line names a role or a duty"),
        ("Worked with the branch staff and the vendor teams to meet business requirements and review workflow practices.", "based on [the user problem"),
    ],
)
def test_seed_4211_readers_a_role_with_its_result_and_requirements_met(flagging_linter, text, not_told):
    report = rewritten_bullet(flagging_linter, text)
    told = [report.advice or ""] + [suggestion.text for suggestion in report.suggestions]
    assert report.findings and not any(not_told in words for words in told), told


@pytest.mark.parametrize(
    ("text", "not_told"),
    [
        # seed 4212, both readers of each: a side word quoted for the claim, and a role line that goes
        # on to what it made
        ("Reviewed the product wireframes with the designers to improve usability and alignment with the branch needs.", "This bullet says whom you worked with"),
        ("Guided the design vendor through the UX/UI design work from concept to hand-off.", "This bullet describes project administration"),
        ("Acted as the bridge between the bank and the developers to turn feedback from users into a product roadmap.", "This line names a role or a duty"),
    ],
)
def test_seed_4212_readers_side_words_and_a_role_that_made_a_roadmap(flagging_linter, text, not_told):
    report = rewritten_bullet(flagging_linter, text)
    assert report.findings and not (report.advice or "").startswith(not_told), report.advice


def test_seed_4212_readers_effort_and_budget_tracking_is_quoted_for_what_it_is(flagging_linter):
    report = rewritten_bullet(flagging_linter, "Tracked the level of effort and budget expenditures of the loans programme against its schedule.")
    assert (report.advice or "").startswith('This bullet describes project administration ("level of effort", "budget expenditures"')


@pytest.mark.parametrize(
    ("text", "told"),
    [
        # seed 4213, both readers of each: what the advice quotes is the claim, or the advice fits the work
        ("Built Tableau dashboards for the programme's steering committees and their monthly reviews.", 'This bullet is about keeping people informed or getting sign-off ("steering committees")'),
        ("Ran the yearly planning event to rank procurement needs by project criticality.", 'This bullet describes project administration ("procurement needs")'),
        ("Requirements gathering followed an iterative process, aided by the analysts on both sides.", "This line says how the work was run"),
        ("Resolved a few questions for the finance team about the next release.", 'This bullet says you supported work someone else owned ("a few questions")'),
        ("Managed a team of 5 testers using Scrum and Kanban boards", 'This bullet is about managing people ("Managed a team of")'),
        ("Support the branch network by serving as the liaison between branch managers and the developers.", 'This bullet says you passed word between groups ("as the liaison")'),
        ("I was a key member in introducing Scrum to the department, using a Scrum board in Jira.", 'This bullet is about how the team works ("introducing Scrum"'),
        ("Created mock-ups and wireframes in Balsamiq and Visio for the loans team.", 'This bullet is about design artifacts ("mock-ups", "wireframes")'),
        # seed 4214, both readers of each: defects tracked are testing, a Scrum Master's teams and a
        # role that names whom it worked with are a role line
        ("Tracking defects and working with the developers to prioritize fixes before launch", 'This bullet is about testing ("Tracking defects")'),
        ("Supported 2 loans teams as scrum master", 'This line names a role or a duty ("teams as scrum master")'),
        ("As a Product Owner collaborated with the card platform and the risk team.", 'This line names a role or a duty ("As a Product Owner collaborated")'),
        # seed 4215, both readers of each: people led with no product named, a project management
        # team, an intern's help, processes mapped, demos given
        ("Led cross-functional team of 4 Systems Engineers and 3 Software Squads (Java)", 'This bullet is about managing people ("Led cross-functional team of")'),
        ("Led the project management team for a large retail client, with a remote team in Pune.", 'This bullet describes project administration ("project management team")'),
        ("As a summer intern assisting the product owner, I supported the release of the loans app.", 'This bullet says you supported work someone else owned ("intern assisting")'),
        ("I identified and mapped out the business processes of the claims office", 'This bullet describes analysis documents ("mapped out the business processes")'),
        ("Facilitated sprint demos and stakeholder reviews, ensuring alignment across the programme.", 'This bullet is about keeping people informed or getting sign-off ("sprint demos"'),
        # seed 4218, both readers of each: updates given to management are keeping people informed,
        # requirements analysed with the product manager are work beside the owner, a team's sprint
        # predictability and velocity are how the team works
        ("Gave the steering group timely updates of projects in the loans programme", 'This bullet is about keeping people informed or getting sign-off ("timely updates")'),
        ("Analyzed requirements with the product manager and stakeholders for a SaaS loans platform used by 40 banks.", "This bullet says you worked beside the person who owned the calls"),
        ("Partnered with product owners and stakeholders to keep sprint predictability and team velocity up across both squads.", 'This bullet is about how the team works ("sprint predictability"'),
    ],
)
def test_readers_advice_that_reads_the_claim(flagging_linter, text, told):
    """Seeds 4213, 4214, 4215 and 4218, both readers of each row: the advice reads the claim, not a side word."""
    report = rewritten_bullet(flagging_linter, text)
    assert report.findings and (report.advice or "").startswith(told), report.advice


@pytest.mark.parametrize(
    ("text", "not_told"),
    [
        # seed 4213, both readers: clients met to learn their needs, and metrics proposed, are not
        # coordination that "names no product, feature or customer"; release planning after the
        # sprint's own is not deployment work
        ("Working with the branch clients to understand their needs.", "names no product, feature or customer"),
        ("Track existing metrics and propose new metrics, working with the finance stakeholders.", "names no product, feature or customer"),
        ("Led the Sprint Planning sessions of the loans team and set up Release planning.", "This bullet is about releases and deployments"),
    ],
)
def test_seed_4213_readers_learning_measuring_and_planning_are_not_misread(flagging_linter, text, not_told):
    report = rewritten_bullet(flagging_linter, text)
    assert report.findings and not_told not in (report.advice or ""), report.advice


def test_seed_4213_readers_a_tool_for_setting_the_order_asks_what_it_put_first(flagging_linter):
    """Seed 4213, both readers: "Created a business value model and priority calculator ..." was
    told that no clause would read well; the one clause written for it had been dropped by the
    guard, which read "the test for the order" as a test run the bullet never states."""
    report = rewritten_bullet(flagging_linter, "Built a priority calculator and value model for the claims programme backlog.")
    assert report.findings and report.suggestions, report.advice
    assert any("with [the business goal] behind the order and [what you put off or turned down] left out" in s.text for s in report.suggestions), [s.text for s in report.suggestions]


@pytest.mark.parametrize(
    "text",
    [
        "Lead requirement gatherings & weekly Scrum meetings to help the team reach deliverables and solutions through SDLC best practices.",
        "Lead refinement sessions & planning meetings to help the team reach deliverables and solutions through SDLC best practices.",
    ],
)
def test_seeds_4221_and_4223_readers_lead_before_a_noun_of_a_phrase_is_the_act(flagging_linter, text):
    """Seeds 4221 and 4223, both readers of each: "Lead refinement and planning sessions ..." was
    told it named what was worked on and to open with a verb: "Lead" and the "-ment" noun after it
    were read as a heading of nouns ("Project Management of ..."), though the noun only modifies
    the sessions the person leads."""
    report = rewritten_bullet(flagging_linter, text)
    assert report.findings and "Open with your own verb" not in (report.advice or ""), report.advice


def test_seed_4216_readers_a_method_told_in_the_present_is_how_the_work_was_run(flagging_linter):
    """Seed 4216, both readers: "I begin by defining a roadmap and backlog for the entire project;
    I set aside [the request you turned down] ..." put a one-off call on a routine."""
    report = rewritten_bullet(flagging_linter, "I begin by defining a roadmap and a backlog for the whole claims project.")
    assert report.findings and (report.advice or "").startswith("This line says how the work was run"), report.advice


@pytest.mark.parametrize(
    ("text", "not_told"),
    [
        # seed 4217, both readers of each: the product named after the first clause, a side of the
        # setting quoted (what it lacked, what it ran under), a dated target called a standing duty,
        # the person's own work after "Partnered with", a business approval step called IT risk work
        (
            "Owned the whole requirement lifecycle — from discovery to UAT — in a small startup with no documentation structure, "
            "designing processes and templates from scratch to support a 3-app product (Admin, Driver, Rider).",
            "names no product, feature or users",
        ),
        (
            "Owned the whole requirement lifecycle — from discovery to UAT — in a small startup with no documentation structure, "
            "designing processes and templates from scratch to support a 3-app product (Admin, Driver, Rider).",
            "This bullet is about keeping documents",
        ),
        ("Managing the Dynamics 365 CRM enhancements project for the loans unit with a dispersed team under a $2 million SOW", "This bullet lists the documents"),
        ("Lead the tool consolidation to allow release of the loans product to the new plant within 2 months.", "names a standing duty"),
        ("Collaborate with the executive team to ready the card app for its commercial launch in 2025", "names a standing duty"),
        ("Partnered with the finance team, defined, and implemented governance processes to manage stakeholder alignment.", "coordinated work that others did"),
        (
            "Partnered and consulted with the HR teams and the outsourcer to complete the change control process and presented business requirements for approval.",
            "security or compliance upkeep",
        ),
        # seed 4219, both readers of each: a side word, a tool's name or the setting quoted for the claim
        ("Leading end-to-end development of an AI knowledge base for the state's economic office, giving small businesses access to 50+ grants", "This bullet is about keeping documents"),
        ("Led transition of risk-assessment tools from downloadable software to web-based platform, including the agency's Vulnerability Self Assessment Tool and its Flood Planner tool.", "security or compliance upkeep"),
        ("Execution of a successful Pre-Prod environment migration and testing sign-off.", "keeping people informed or getting sign-off"),
        ("Provided support for senior management team focused on converting business PCs and virtual desktops to Windows 10 across the bank.", "keeping people informed or getting sign-off"),
        # seeds 4220 and 4221, both readers of each: the frame the work ran in quoted as the claim
        # (project administration, "framework")
        ("Prioritizing the loans product backlog and coordinating development within a fast-paced Agile (Scrum) framework.", "project administration"),
    ],
)
def test_readers_the_claim_not_its_setting(flagging_linter, text, not_told):
    """Seeds 4217, 4219, 4220 and 4221, both readers of each row: the advice reads the claim, not
    its setting or a side word."""
    report = rewritten_bullet(flagging_linter, text)
    told = [report.advice or ""] + [suggestion.text for suggestion in report.suggestions]
    assert report.findings and not any(not_told in words for words in told), told


def test_seed_4221_readers_a_list_of_acts_in_the_present_gets_no_past_clause(flagging_linter):
    """Seed 4221, one reader: "Elicit, analyze, and document ... requirements; this showed [the
    finding] ..." put a past clause on a present duty: the bullet was parsed as written, its first
    verb read as a name, so its tense was guessed as past."""
    report = rewritten_bullet(flagging_linter, "Elicit, analyze, and document functional and non-functional business requirements")
    assert report.slots is not None and report.slots.tense == "present"
    assert report.findings and not any("this showed" in s.text for s in report.suggestions), [s.text for s in report.suggestions]


def test_seed_4220_readers_no_ceremony_clause_hangs_on_a_figure_the_bullet_closes_on(flagging_linter):
    """Seed 4220, both readers: "... across PI planning cycles with 91% on-time delivery, which ended
    in [what the team cut ...]" hung the ceremony clause on the figure; the clause that asks what
    the figure meant fits instead."""
    report = rewritten_bullet(flagging_linter, "Led 26 squads (185 members) across yearly PI planning cycles with 91% on-time delivery")
    texts = [s.text for s in report.suggestions]
    assert report.findings and texts and not any("which ended in" in text for text in texts), texts


def test_seed_4220_readers_a_game_is_a_product_a_clause_fits(flagging_linter):
    """Seed 4220, both readers: "I led the development of a 3D game ..." was told its work was
    Scrum Master work, and without the method's words told that no clause would read well: no
    clause's list of things built named a game."""
    report = rewritten_bullet(flagging_linter, "Led the development of a 3D game for a nine-person studio.")
    assert report.findings and report.suggestions and report.advice is None, report.advice
    assert "the development of a 3D game" in report.suggestions[0].text, report.suggestions[0].text


def test_seed_4217_readers_a_tracker_made_uniform_is_tracker_upkeep(flagging_linter):
    """Seed 4217, both readers: "Standardized backlog management and reporting using Jira & Power BI
    integration" got "; because of [the call ...], [who] saw [...]": internal tooling, which no
    honest filling makes PM work."""
    report = rewritten_bullet(flagging_linter, "Standardised backlog management and reporting for the loans squads using Jira and Power BI.")
    assert report.findings and (report.advice or "").startswith("This bullet is about keeping a tracking tool up to date"), report.advice


def test_seed_4218_readers_a_list_of_duties_with_a_roadmap_among_them_is_a_duty_list(flagging_linter):
    """Seed 4218, both readers: "Ran requirements workshops; produced BRDs/FRDs, user stories, and
    acceptance criteria; aligned roadmap with KPIs ..." got "based on [the user problem] ..." hung on
    its last duty; a roadmap among the duties no longer calls the duty-list advice off."""
    report = rewritten_bullet(flagging_linter, "Ran the requirements workshops; wrote the BRDs, user stories and acceptance criteria; aligned the roadmap with the loans team's KPIs.")
    assert report.findings and (report.advice or "").startswith("This bullet lists duties of several kinds"), report.advice


def test_seed_4228_readers_a_reporting_line_before_a_duty_is_a_duty_line(flagging_linter):
    """Seed 4228, both readers: "Reporting to the CTO, responsible for delivery of ..." got "[the
    result] by [the call] while reporting to the CTO, ...": a duty given a result, the reporting
    line read as the act."""
    report = rewritten_bullet(flagging_linter, "Reporting to the COO, responsible for delivery of the claims and billing product streams.")
    assert report.findings and not report.suggestions
    assert (report.advice or "").startswith('This line names a duty ("responsible for")'), report.advice


def test_seed_4228_readers_no_participle_after_a_closing_which_clause(flagging_linter):
    """Seed 4228, both readers: "..., which ensured stakeholder buy-in from the start, choosing [...]"
    read as if the buy-in chose; a clause after a semicolon reads on the act before the "which"."""
    for text in (
        "Hosted workshops with the underwriters to map the quoting process the portal supported, which kept the sponsors on board.",
        "Ran discovery workshops with branch staff for the loans app, which shaped the onboarding backlog.",
    ):
        report = rewritten_bullet(flagging_linter, text)
        assert report.findings, text
        texts = [s.text for s in report.suggestions]
        assert not any(", choosing [" in t or ", based on [" in t or ", keeping [" in t for t in texts), texts
    shaped = rewritten_bullet(flagging_linter, "Ran discovery workshops with branch staff for the loans app, which shaped the onboarding backlog.")
    assert any("; this showed [" in s.text for s in shaped.suggestions), [s.text for s in shaped.suggestions]


def test_seed_4228_readers_a_gerund_subject_keeps_its_verb(flagging_linter):
    """Seed 4228, both readers: "Opting for 1-week sprints allowed rapid iteration ..." was mended
    to "allowing", which left the sentence without its verb: the opening -ing verb is the subject."""
    from po2pm_rewrite.rewrite import mend

    text = "Switching the team to weekly sprints allowed faster feedback from the adjusters."
    report = rewritten_bullet(flagging_linter, text)
    mended, notes, _ = mend(text, report.slots)
    assert mended == text and not notes, (mended, notes)
    # a verb listed after the opening one is still put in its form
    listed = "Gathering requirements from the adjusters and wrote the stories for the claims portal."
    assert "writing the stories" in mend(listed, rewritten_bullet(flagging_linter, listed).slots)[0]


def test_seed_4228_readers_a_bullet_that_states_its_call_is_not_asked_for_it(flagging_linter):
    """Seed 4228, both readers of two rows: "Extracted 9 epics from the user journey stages rather
    than from the raw workshop output" got "by [the call you made ...]" though it states its call;
    no clause asks for it again, and where none is left the advice quotes the call."""
    report = rewritten_bullet(flagging_linter, "Split the billing backlog into 12 epics by customer journey rather than by system component.")
    assert report.findings
    assert not any("[the call you made" in s.text or "[the option that won" in s.text for s in report.suggestions), report.suggestions
    if not report.suggestions:
        assert (report.advice or "").startswith('This bullet states a call you made ("rather than by system component")'), report.advice


def test_seed_4228_readers_a_result_after_stakeholder_sessions_calls_coordination_off(linter):
    """Seed 4228, both readers: "Conducted stakeholder alignment sessions, increasing project
    approvals by 40% ..." was told it names no product and that a result is missing. A result
    claimed up front ("Increased team alignment by ...") still gets the coordination advice."""
    advice = next(advice for advice in linter.rewriter()._advice if advice.id == "coordination-only")
    assert not advice.applies_to_kind("Ran stakeholder alignment sessions for the branch network, raising change approvals by 25%", ("coordination",))
    assert advice.applies_to_kind("Ran stakeholder alignment sessions for the branch network", ("coordination",))
    assert advice.applies_to_kind("Increased team alignment by setting up weekly syncs with the branch network", ("coordination",))


def test_seed_4229_readers_a_line_about_the_work_before_leans_on_it(flagging_linter):
    """Seed 4229, both readers: "The work also improved visibility of delivery responsibilities
    ..." got a result clause; it continues the line before and names no work of its own."""
    report = rewritten_bullet(flagging_linter, "The project also improved the visibility of release owners and the basis for the support handover.")
    assert report.findings and not report.suggestions
    assert (report.advice or "").startswith('This line leans on the sentences around it ("The project also")'), report.advice


def test_seed_4229_readers_a_bracket_left_open_is_closed_before_a_clause(flagging_linter):
    """Seed 4229, both readers: "... a distributed team (5 developers in India, 1 in Germany." got
    its clause inside the open bracket; the bracket is closed first, and the note says so."""
    from po2pm_rewrite.rewrite import mend

    text = "Rebuilt the claims intake form with the adjusters (12 interviews, 3 regions."
    mended, notes, _ = mend(text, rewritten_bullet(flagging_linter, text).slots)
    assert mended == "Rebuilt the claims intake form with the adjusters (12 interviews, 3 regions)."
    assert "the bracket left open is closed" in notes
    balanced = "Rebuilt the claims intake form (12 interviews) with the adjusters."
    assert mend(balanced, rewritten_bullet(flagging_linter, balanced).slots)[0] == balanced


def test_seed_4229_readers_a_role_leading_a_team_is_a_role_line(flagging_linter):
    """Seed 4229, both readers: "Scrum Product Owner leading a distributed team (...)" got a choice
    clause; a title and what the role led is a role line."""
    report = rewritten_bullet(flagging_linter, "Senior Product Owner leading a remote squad of six engineers for the loans app.")
    assert report.findings and not report.suggestions
    assert (report.advice or "").startswith("This line names a role or a duty"), report.advice


def test_seed_4229_readers_a_result_after_coordination_calls_the_coordination_advice_off(linter):
    """Seed 4229, both readers: "Coordinated cross-functional dependencies across Wallet, Payments,
    and Loyalty teams, ..., reducing integration failures by 15%" was told it coordinated others'
    work, its result unread."""
    advice = next(advice for advice in linter.rewriter()._advice if advice.id == "coordination-led")
    assert not advice.applies("Coordinated the loans and cards teams, reducing failed handovers by 15%")
    assert advice.applies("Coordinated the loans and cards teams on the handover plan")


def test_seed_4230_readers_a_bound_set_on_the_work_is_no_figure_to_mean_something(flagging_linter):
    """Seed 4230, both readers: "Dev Demo >=80% pass rate before proceeding to UAT" is a gate's
    bound, not a result, and got "which meant [what the figure changed]". A figure the work
    moved still gets it."""
    # (since seed 4238 the gate gets the testing advice: no suggestion at all)
    gate = suggestions_for(flagging_linter, "Enforced dual quality gates: Dev Demo >=80% pass rate before proceeding to UAT")
    assert not any("which meant [what the figure changed" in s.text for s in gate)
    moved = suggestions_for(flagging_linter, "Managed the claims intake backlog, cutting the UAT defect rate by 80% for the loans team")
    assert any("which meant [what the figure changed" in s.text for s in moved), [s.text for s in moved]


def test_seeds_4229_and_4232_readers_leadership_is_credited_only_where_a_case_was_put_to_it(flagging_linter):
    """Seeds 4229 and 4232, both readers of three rows: "and because of it [what leadership or
    other teams decided or funded]" after alignment work or a tool set up for leadership credited
    leadership with a call the bullet never led to. It stays where the person put a case to them."""
    aligned = "Secured a 95% post -project satisfaction rate by bridging communication gaps between Service Owners and delivery teams, while aligning goals with Stakeholders and Product Owners."
    configured = "Configured Asana to support multiple use cases for individual contributors and leadership."
    for text in (aligned, configured):
        assert not any("what leadership or other teams decided" in s.text for s in suggestions_for(flagging_linter, text)), text
    pitched = "Presented the claims feature design and roadmap to the Head of Claims and the COO. Received positive feedback and approval to proceed."
    assert any("what leadership or other teams decided" in s.text for s in suggestions_for(flagging_linter, pitched))


def test_seed_4234_readers_advice_that_misread_the_bullet(flagging_linter):
    """Seed 4234, both readers of each: a way of working the person replaced was told to cut
    "meetings" as administration, and one project led ("I lead the project that restructured ...")
    was told it named a standing duty."""
    replaced = rewritten_bullet(flagging_linter, "Replaced the weekly spec meetings with short live demos and recorded walkthrough videos")
    assert not (replaced.advice or "").startswith("This bullet describes project administration"), replaced.advice
    project = rewritten_bullet(flagging_linter, "I lead the project that completely restructured our claims operations across three regions.")
    assert project.advice or project.suggestions
    assert not (project.advice or "").startswith("This line names a standing duty"), project.advice
    duty = rewritten_bullet(flagging_linter, "I lead the sprint reviews of the claims app and keep its stakeholders informed.")
    assert (duty.advice or "").startswith("This line names a standing duty"), duty.advice


def test_seed_4234_readers_clauses_that_did_not_fit_the_work(linter):
    """Seed 4234, both readers of each: "keeping [...] out of scope" after a strategy to raise
    awareness of scope; "[the result] by [the call you made] while facilitating executive
    alignment ..." (the executives' calls); a result-first clause that left a part after a dash
    hanging; and "thanks to [the call you made]" after a bullet that already says how."""
    assert "in-and-out" not in _offered(linter, "Ran a change campaign geared at increasing project scope awareness across the bank")
    assert "in-and-out" in _offered(linter, "Set the scope of the claims portal release with the vendor")
    facilitated = "Facilitated executive alignment on data ownership, decision rights and the claims platform's foundations"
    assert not {"result-first", "change-for-customers"} & set(_offered(linter, facilitated))
    assert "result-first" not in _offered(linter, "Spearheaded the claims assistant platform - MVP shipped on schedule")
    assert "result-first" in _offered(linter, "Spearheaded the claims assistant platform for the loans team")
    def clause(text: str, template_id: str) -> str:
        return _clause_of(linter, text, template_id)

    said_how = clause("Cut deployment failures by 50% on the claims platform by optimizing the release workflow across 7 teams.", "what-it-meant")
    assert said_how.endswith("across 7 teams, which meant [what the figure changed for customers or the business]."), said_how
    plain = clause("Cut deployment failures by 50% on the claims platform across 7 teams.", "what-it-meant")
    assert "[the call you made: what you chose, cut or changed], which meant [" in plain, plain


def test_seed_4235_readers_what_it_showed_is_not_asked_after_what_the_work_delivered(linter):
    """Seed 4235, both readers: "Gathered requirements from ... stakeholders, delivering an executive
    Power BI reporting ecosystem used by 20+ senior leaders; this showed [the finding]" read as the
    dashboards showing it."""
    delivered = "Gathered requirements from the finance and claims stakeholders, delivering an executive reporting suite used by 20 senior leaders."
    assert "what-it-showed" not in _offered(linter, delivered)
    assert "what-it-showed" in _offered(linter, "Gathered requirements from the finance and claims stakeholders for the reporting suite.")


def test_seed_4236_readers_no_scope_or_set_aside_clause_where_none_was_the_persons(linter):
    """Seed 4236, both readers: "keeping [...] out of scope" after scope communicated to others, and
    "set aside [the request you turned down]" after a work queue cleared with prioritisation shown
    as a skill."""
    communicated = _offered(linter, "Communicating the work pack scope and sending the design inputs to the claims stakeholders")
    assert not {"in-and-out", "set-aside"} & set(communicated), communicated
    cleared = "Successfully addressed a three-month backlog of claims within the first year, showcasing strategic prioritization capabilities."
    assert "set-aside" not in _offered(linter, cleared)
    assert "set-aside" in _offered(linter, "Prioritized the claims portal roadmap for the loans team.")


def test_seed_4238_readers_no_second_cause_after_a_means_named_by_a_noun(linter):
    """Seed 4238, both readers: "Reduced rework by 30% through meticulous requirements validation ...,
    thanks to [the call you made], which freed ..." stacked a second cause on the bullet's own; the
    clause asks where the time went alone, still joined by "and" where the team's pace was measured."""
    said_how = _clause_of(linter, "Reduced rework on the claims portal by 30% through stricter requirements validation.", "time-went-to")
    assert said_how.endswith("requirements validation, which freed [the time or capacity freed, by how much] for [the customer problem the time went to]."), said_how
    plain = _clause_of(linter, "Reduced rework on the claims portal by 30%.", "time-went-to")
    assert "[the call you made: what you chose, cut or changed], which freed [" in plain, plain
    pace = _clause_of(linter, "Accelerated the velocity of the claims squad by 30% by rebuilding and prioritizing its 150-item technical backlog.", "freed-time-went-to")
    assert pace.endswith("technical backlog, and the time it freed went to [the customer problem the time went to]."), pace


def test_seed_4239_readers_a_count_is_quoted_with_its_number(advising_linter):
    """The advice quotes the words that chose it: "+ clients" read as junk; "30+ clients" is the bullet's."""
    bullet = rewritten_bullet(advising_linter, "Owned the project lifecycle of web and native apps for 30+ clients ranging from a hospital trust to a football club.")
    assert '("30+ clients")' in (bullet.advice or ""), bullet.advice


def test_seed_4240_readers_no_set_aside_clause_after_a_choice_the_bullet_states(linter):
    """Seed 4240, both readers: "Rather than treating the platform as one monolithic migration, I
    structured delivery around ten prioritized use cases ...; set aside [the request you turned
    down]" stacked a second trade-off on the one stated; what it lacks is the result."""
    stated = "Rather than treating the claims platform as one migration, I structured delivery around ten prioritized use cases."
    assert "set-aside" not in _offered(linter, stated)
    assert "set-aside" in _offered(linter, "Prioritized the claims portal roadmap for the loans team.")
    # nor a user problem and a cut after documents written to the organisation's requirements, or
    # after UAT (both readers of each)
    problem = next(t.id for angle in linter.rewriter().templates.angles for t in angle.templates if "based on [the user problem" in t.text)
    for text in ("Prepared the BRD and FRD for the claims portal as per the organization's product requirements.",
                 "Ran data analysis in SQL for the claims portal, validating requirements and ensuring successful UAT execution."):
        assert problem not in _offered(linter, text), text


def test_seeds_4241_and_4242_readers_advice_where_no_clause_fits(flagging_linter):
    """Seeds 4241 and 4242, both readers of each: one clause after a standing duty over projects worth
    a sum or over a sector's clients, after ordering the enterprise's projects, or after input given
    to someone else's design, fitted none of them; flow charts are process documents; and a bullet
    that ships something is not told it names nothing."""
    def advice(text: str) -> str:
        return rewritten_bullet(flagging_linter, text).advice or ""

    assert advice("Managed sprint delivery for squads of up to 9 people on projects exceeding $2M each.").startswith("This bullet sums up several projects")
    assert advice("Wrote software requirements and supported delivery for public-sector clients.").startswith("This bullet sums up several projects")
    assert advice("Result: clear project prioritisation across the insurer, easing the shortage of analysts.").startswith("This bullet sums up several projects")
    assert advice("Provided input on the design of the claims portal's new upload feature.").startswith("This bullet says you worked beside the person who owned the calls")
    assert advice("Drew workflow charts and diagrams so the claims team met its client deadlines.").startswith("This bullet lists the documents of project management")
    shipped = rewritten_bullet(flagging_linter, "Worked with risk to define user stories, check feasibility and ship fraud controls into BAU")
    assert not (shipped.advice or "").startswith("This bullet describes requirements work but names no product"), shipped.advice
    # one project of a stated size is not several
    one = advice("Managed the backlog of the claims portal, a project exceeding $2M.")
    assert one and not one.startswith("This bullet sums up several projects"), one


def test_seeds_4243_and_4244_readers_advice_where_no_clause_fits(flagging_linter):
    """Seeds 4243 and 4244, both readers of each: a mid-sprint risk review is the team's machinery;
    delivery of a company's IT products named by example is several products; swim lane diagrams
    and process models are documents; and a flow the person architected is not told it keeps
    documents for naming its documentation."""
    def advice(text: str) -> str:
        return rewritten_bullet(flagging_linter, text).advice or ""

    assert advice("Risks were reviewed at the sprint midpoint, leaving room to drop stories then.").startswith("This bullet is about the team's own machinery")
    assert advice("Guided delivery of all the insurer's IT products, such as its claims portal, quote engine and broker app.").startswith("This bullet sums up several projects")
    assert advice("Kept swim lane diagrams and process models of the claims journey up to date for the team.").startswith("This bullet is about keeping documents")
    built = "Architected and implemented the claims disputes flow, with clear documentation for the finance team."
    assert not advice(built).startswith("This bullet is about keeping documents"), advice(built)


def test_seeds_4243_and_4244_readers_no_user_problem_clause_on_leading_or_bridging_work(linter):
    """Seeds 4243 and 4244, both readers of each: "based on [the user problem], leaving out [...]"
    hung on "Led team responsible for ... requirements baselines" and on "I bridged the founder and
    dev across ... acceptance criteria": the requirements were not the person's to write."""
    problem = next(t.id for angle in linter.rewriter().templates.angles for t in angle.templates if "based on [the user problem" in t.text)
    for text in ("Led the team responsible for the claims portal's integration and its requirements baselines.",
                 "I bridged the founder and the developers across the claims app's design and acceptance criteria."):
        assert problem not in _offered(linter, text), text
    assert problem in _offered(linter, "Wrote the requirements and acceptance criteria for the claims portal's upload feature.")


def _advice_of(linter, text: str) -> str:
    return rewritten_bullet(linter, text).advice or ""


def _assert_advice_opens(linter, expected: dict[str, str]) -> None:
    """Each bullet (a key) gets advice that opens with its value."""
    for text, opening in expected.items():
        assert _advice_of(linter, text).startswith(opening), (text, _advice_of(linter, text))


def test_seeds_4245_and_4246_readers_advice_where_no_clause_fits(flagging_linter):
    """Seeds 4245 and 4246, both readers of each: requirements gathered with product managers and
    design inputs taken from a client's manager were the managers' calls; "help inform
    prioritization decisions" is help; past-tense responsibilities, a team one was assigned to and a
    life cycle walked stage by stage are duties; data mapping and feature lists are an analyst's
    documents; an SDLC flow and a separate backlog are the team's process; "distinct projects" are
    several; work "from concept through final delivery of product or service" is a general aim."""
    expected = {
        "Gathered requirements with product managers, wrote user stories, and contributed to sprint planning for the claims portal.":
            "This bullet says you worked beside the person who owned the calls",
        "Collected the required design inputs from the client's PM for the claims portal's upload feature.":
            "This bullet says you worked beside the person who owned the calls",
        "Worked with engineering to surface recurring claims issues and help inform prioritization decisions.":
            "This bullet says you supported work someone else owned",
        "My responsibilities included writing the claims portal's migration plan and coordinating its vendors.":
            "This line names a duty",
        "I was assigned to the claims team, where I was in charge of two of its portal initiatives.":
            "This line names a role or a duty",
        "Managed the claims product lifecycle across discovery, sprint planning, UAT and release coordination.":
            "This line names a role or a duty",
        "Defined the data mapping between the old claims system and Salesforce.":
            "This bullet describes analysis documents",
        "Prepared feature lists for the claims portal, including its integrations.":
            "This bullet describes analysis documents",
        "Re-launched the SDLC flow for faster releases of the claims portal.":
            "This bullet is about how the team works",
        "Set up a separate backlog and a metric to track claims support work.":
            "This bullet is about how the team works",
        "Guided the design and execution of distinct projects for the insurer's claims division.":
            "This bullet sums up several projects",
        "Collaborated with the insurer from concept through final delivery of product or service.":
            "This bullet names a general aim",
    }
    _assert_advice_opens(flagging_linter, expected)
    # a product brought to market is not a mere name of work, and defects that reached users, cut, are
    # a result: neither gets the advice it got before
    launched = _advice_of(flagging_linter, "End-to-end coordination of development and market introduction of a claims sensor")
    assert not launched.startswith("This line names what you worked on"), launched
    # mapping a flow's life cycle is an act, and inputs sent to others are the person's own
    mapped = _advice_of(flagging_linter, "Mapped the end-to-end claims payment lifecycle across Stripe and the ledger for the finance team.")
    assert not mapped.startswith("This line names a role or a duty"), mapped
    sent = _advice_of(flagging_linter, "Sending the required design inputs to the claims stakeholders for the upload feature.")
    assert not sent.startswith("This bullet says you worked beside the person"), sent
    defects = _advice_of(flagging_linter, "Defined stories mapped to a stricter Definition of Done, driving a 40% cut in post-release defects on the claims portal.")
    assert not defects.startswith("This bullet is about the team's own machinery"), defects


def test_seeds_4247_and_4248_readers_advice_where_no_clause_fits(flagging_linter):
    """Seeds 4247 and 4248, both readers of each: the functions aligning with no act of the person's,
    a sentence of a story ("Throughout this process, we ..."), a PMO liaison's role and fifteen
    requirements documents at once fitted no clause."""
    expected = {
        "Engineering, product, and leadership aligned around one plan for the claims portal.": "This line says what the team did",
        "Throughout this process, we kept close coordination with the integration partners to ensure smooth transitions.": "This line leans on the sentences around it",
        "PMO Liaison for the claims division; helped define its roadmap using Kanban.": "This line names a role or a duty",
        "Authored more than 15 BRD and FRD documents supporting the insurer's claims products.": "This bullet describes analysis documents",
    }
    _assert_advice_opens(flagging_linter, expected)
    # requirements documents that cut rework for brokers are a claim a clause can finish
    assert not _advice_of(flagging_linter, "Wrote the BRD and FRD for the claims portal, cutting rework by 20% for the brokers.").startswith("This bullet describes analysis documents")


def test_seeds_4249_and_4250_readers_advice_where_no_clause_fits_and_a_rewrite_where_one_does(flagging_linter):
    """Seeds 4249 and 4250, both readers of each: the full SDLC run for change requests, an
    application owner's role and service providers managed fitted no clause; notes of store visits
    turned into findings, documentation written to ease onboarding and hotfixes chosen from what
    Customer Care heard were told to cut documents or releases, where a rewrite fits."""
    expected = {
        "Managed the full SDLC for the claims portal's change requests, from requirements to patches.": "This line names a role or a duty",
        "Handling the claims portal for the UK and Germany as an Application Owner.": "This line names a role or a duty",
        "Managed the claims data service providers to ensure quality of deliverables.": "This bullet describes project administration",
    }
    _assert_advice_opens(flagging_linter, expected)
    for text, wrong in (
        ("Turned meeting notes from store visits into backlog items for the claims portal and reported findings to the board.", "This bullet is about keeping documents"),
        ("Pushed for better documentation of the claims API to lower friction in broker onboarding.", "This bullet is about keeping documents"),
        ("Worked with Customer Care to analyze claims service issues and prioritize hotfixes.", "This bullet is about releases and deployments"),
    ):
        assert not _advice_of(flagging_linter, text).startswith(wrong), (text, _advice_of(flagging_linter, text))


def test_seeds_4251_and_4252_readers_advice_where_no_clause_fits(flagging_linter):
    """Seeds 4251 and 4252, both readers of each: stories written in the Product Owner's session and
    requirements defined with architects and a PM were the owners' calls; a team for tooling
    integration and configuration management is the organisation's own plumbing."""
    expected = {
        "Split the claims portal's scope into user stories in a story writing session with the Product Owner.":
            "This bullet says you worked beside the person who owned the calls",
        "Collaborated with architects, PM, and QA to define requirements for the claims system.":
            "This bullet says you worked beside the person who owned the calls",
        "Led the team responsible for tooling integration and configuration management of the claims squads.":
            "This bullet describes IT work on the organisation's own systems",
    }
    _assert_advice_opens(flagging_linter, expected)
    # a platform owned end to end is not an analyst's document for naming its data model
    platform = _advice_of(flagging_linter, "Owned end-to-end delivery of the claims data model, a unified analytics platform for the insurer's brokers.")
    assert not platform.startswith("This bullet describes analysis documents"), platform


def test_seeds_4251_and_4252_readers_no_clause_that_points_at_the_wrong_thing(linter):
    """Seeds 4251 and 4252, both readers of each: "this showed [the finding]" after "I ensured
    deadlines were met" pointed at the deadlines; "based on [the user problem]" hung on keeping
    everyone in sync with the requirements; and after a pace already measured, "which freed [the
    time or capacity freed, by how much]" asked for the figure again, where "and the time it freed
    went to [...]" does not."""
    assert "what-it-showed" not in _offered(linter, "By adding playtesting feedback and moving priorities, I made sure the claims app's deadlines were met.")
    assert "what-it-showed" in _offered(linter, "By adding playtesting feedback, I reordered the claims app's priorities.")
    assert "based-on" not in _offered(linter, "Managed design and content deliverables of the claims portal, ensuring everyone was in sync with the scope, requirements and milestones.")
    for text in ("Accelerated delivery and velocity of the claims features by 30% by rebuilding and prioritizing a 150+ item technical backlog.",
                 "Increased throughput of the claims team by 25% by rebuilding and prioritizing its technical backlog."):
        report = linter.check([Source("<text>", text, literal=True)], with_slots=True)
        first = linter.rewriter().candidates(report.files[0].bullets[0])[0]
        assert first.template_id == "freed-time-went-to", (text, first.text)


def test_seeds_4253_and_4254_readers_advice_of_the_right_kind_or_none(flagging_linter):
    """Seeds 4253 and 4254, both readers of each: a data network and phones put in are IT work;
    teams aligned on decisions, a roadmap and its priorities defined, a template of one's own and a
    maintenance product's "schedule maintenance" module were told to cut or coordinate, where a
    rewrite or other advice fits."""
    _assert_advice_opens(flagging_linter, {
        "Managed the implementation of a Cisco based data network and VoIP telephone system at the insurer's main campuses.":
            "This bullet describes IT work on the organisation's own systems",
    })
    for text, wrong in (
        ("Aligned 5 cross-functional teams on the claims API's performance and scalability decisions through PRDs.", "This bullet says you coordinated work"),
        ("Defined product roadmap and feature prioritization for the claims portal, ensuring alignment between business goals and delivery.", "This bullet names a general aim"),
        ("I created a standardized intake (problem brief + evidence checklist) and a lean PRD template with acceptance criteria.", "This bullet describes requirements work but names no product"),
        ("Ran 2 implementation streams of the maintenance suite covering work orders and schedule maintenance for 10 clients.", "This bullet describes project administration"),
    ):
        assert not _advice_of(flagging_linter, text).startswith(wrong), (text, _advice_of(flagging_linter, text))


def test_seeds_4255_and_4256_readers_advice_where_no_clause_fits(flagging_linter):
    """Seeds 4255 and 4256, both readers of each: packaged systems put in for clients, a tracker and
    a code host used to run development, and master data governance read as implementation, tool
    or IT work, where a result clause only invites a date kept or an internal figure."""
    _assert_advice_opens(flagging_linter, {
        "Completed on time and on budget three implementations of Oracle's ERP suite for insurance clients.":
            "This bullet describes putting in a packaged business system",
        "Used Jira and Git to run the claims reporting system's development and testing.":
            "This bullet is about keeping a tracking tool up to date",
        "Enabled master data governance across the insurer's suppliers and partners.":
            "This bullet describes IT work on the organisation's own systems",
    })


def test_seeds_4255_and_4256_readers_no_advice_of_the_wrong_kind(flagging_linter, linter):
    """Seeds 4255 and 4256, both readers of each: a requirements session with the people who use
    the product was told it named nothing (what it showed fits); integrations built were told they
    kept documents or the team's machinery for "reading documentation" and "mapping
    dependencies"; a bullet opening on its own result was told it named only whom it worked with."""
    for text, wrong in (
        ("Led API integrations with the billing and CRM systems, reading technical documentation and mapping dependencies.", "This bullet is about keeping documents"),
        ("Led API integrations with the billing and CRM systems, reading technical documentation and mapping dependencies.", "This bullet is about the team's own machinery"),
        ("Cut claim handling time by 30% by turning the roadmap into PRDs, ensuring alignment with the claims team.", "This bullet says whom you worked with"),
        ("Ran a requirements session with the claims handlers before the team built the intake form.", "This bullet describes requirements work but names no product"),
    ):
        assert not _advice_of(flagging_linter, text).startswith(wrong), (text, _advice_of(flagging_linter, text))
    assert "what-it-showed" in _offered(linter, "Ran a requirements session with the claims handlers before the team built the intake form.")
    # the tool named as how the work was done, not as the work: no tracker advice
    backlog = _advice_of(flagging_linter, "Managed the claims backlog and sprint planning using Jira, aligned with quarterly objectives.")
    assert not backlog.startswith("This bullet is about keeping a tracking tool up to date"), backlog


def test_seeds_4257_and_4258_readers_a_project_turned_round_is_not_told_to_be_cut(flagging_linter):
    """Seeds 4257 and 4258, both readers of each: "Redefined the implementation approach to get the
    project back on track ..." and "I was brought in ... to get the project back on track" were told
    to cut them as project administration ("back on track" quoted); the rescue holds a call of the
    person's, which a rewrite or advice to rewrite around its result asks for."""
    for text in (
        "Redefined the rollout approach to get the claims portal project back on track after a year.",
        "I was brought in by my director to get the claims project back on track, with a 12-week deadline.",
    ):
        advice = _advice_of(flagging_linter, text)
        assert not advice.startswith("This bullet describes project administration"), (text, advice)
    # a project kept on track by process is still administration
    kept = _advice_of(flagging_linter, "Brought project delivery back on track with weekly RAID reviews and status reports.")
    assert kept.startswith("This bullet describes project administration"), kept


def test_seeds_4259_and_4260_readers_no_clause_that_misreads_the_work(linter):
    """Seeds 4259 and 4260, both readers of each: "this showed [the finding]" after AI tooling
    brought in to streamline requirements gathering credited the tooling with a finding; "which
    meant [what the figure changed]" read a statement of work's price as a result."""
    assert "what-it-showed" not in _offered(linter, "Brought generative AI tools into the claims team to streamline requirements gathering and enhance research.")
    assert "what-it-showed" in _offered(linter, "Ran 14 interviews with claims handlers to map where the intake form lost them.")
    assert not states_a_figure("Managed the claims CRM upgrade with a dispersed team under a $5 million SOW")
    assert not states_a_figure("Ran the claims CRM upgrade under a statement of work of $2M")
    assert states_a_figure("Cut the claims CRM's licence cost by $5 million a year")


def test_seeds_4259_and_4260_readers_the_facilitator_of_a_planning_event_made_no_call(flagging_linter, linter):
    """Seed 4259, both readers: "Facilitated PI Planning, value stream identification, and
    portfolio-level roadmap alignment; [who] agreed to [the decision, on the case you made]" (and,
    that clause gone, "set aside [the request you turned down]") credited the facilitator with the
    room's calls. It is the team's process, which its advice says."""
    text = "Facilitated PI Planning and portfolio-level roadmap alignment for the claims release train."
    offered = _offered(linter, text)
    assert "who-agreed" not in offered and "set-aside" not in offered, offered
    _assert_advice_opens(flagging_linter, {text: "This bullet is about how the team works"})
    # a case the person put to a board is still theirs to have agreed to
    assert "who-agreed" in _offered(linter, "Presented the claims portal's pricing proposal to the board.")


def test_seeds_4257_and_4259_readers_a_build_the_person_facilitated_takes_a_clause(linter, flagging_linter):
    """Seeds 4257 and 4259, both readers of each: "Facilitated development of a new reporting suite
    for fraud analytics" was told a clause would not read well, where a rewrite fits: "facilitated"
    rules out the calls of a meeting the person ran, not a build they steered."""
    offered = _offered(linter, "Facilitated development of a new claims reporting suite for the fraud analysts.")
    assert {"result-first", "the-call"} & set(offered), offered
    assert not _offered(linter, "Facilitated the quarterly planning workshops for the claims platform.")


def test_seeds_4261_and_4262_readers_advice_for_lines_that_state_no_act(flagging_linter):
    """Seeds 4260 and 4262, both readers of each: "I needed to present our release strategy ..."
    and "I had to ensure all migrations were completed ..." say what the person had to do, and a
    clause had nothing done to hang on; seeds 4257 and 4261: "Two releases shipped in five months."
    names no actor and no product; seed 4262: "Planned and executed projects for modernization of
    legacy systems" sums up several projects."""
    _assert_advice_opens(flagging_linter, {
        "I needed to present the claims portal's release plan to the executive team.": "This line says what you had to do",
        "I had to ensure every claims migration was done before the old platform's contract ran out.": "This line says what you had to do",
        "Three claims releases shipped in four months.": "This line counts what shipped",
        "Planned and executed projects for modernization of the insurer's legacy claims systems.": "This bullet sums up several projects",
    })
    # features shipped to clients are the setting of the person's own act
    stories = _advice_of(flagging_linter, "Wrote user stories and acceptance criteria for claims features shipped to enterprise clients.")
    assert not stories.startswith("This line counts what shipped"), stories


def test_seeds_4261_and_4262_readers_a_finding_asks_for_its_result_and_a_volume_is_no_result(linter):
    """Seed 4262, both readers of three rows: "...; this showed [the finding] and changed [what was
    built ...]" after requirements work still read as an analyst's, with no result for users or the
    business; seeds 4257 and 4261, both readers of each: "a payment platform now processing $10M+
    annually, by [the call you made], which meant [...]" read the platform's volume as a result."""
    finding = _clause_of(linter, "Ran 14 interviews with claims handlers to map where the intake form lost them.", "what-it-showed")
    assert finding.endswith("; [what it changed for users or the business, and by how much].") and finding.count("[") == 3, finding
    assert not states_a_figure("Owned delivery and compliance of the claims payment platform now processing $10M+ annually")
    assert "what-it-meant" not in _offered(linter, "Owned delivery and compliance of the claims payment platform now processing $10M+ annually")
