"""Owners as written, the alias table, and alias proposals (fictional Borough of Wexcombe)."""
import pytest

from ingest.classify import Candidate
from ingest.lines import Line
from ingest.owners import normalise, owner_from_text, owner_of, propose_aliases
from ingest.segment import AgendaPart, MeetingPart, Segmented


def cand(kind, text, hint=None):
    return Candidate(kind, None, text, True, "x", 0.9, Line(text), text, owner_hint=hint)


DOC = Segmented("annual-report", "Wexcombe Leisure Service Annual Report", None, [], {}, service="Wexcombe Leisure Service")
PART = AgendaPart(None, None, None, [])
MEETING = MeetingPart("Place Scrutiny Committee", None, [PART])


@pytest.mark.parametrize("text,owner", [
    ("That the Director of Place bring a report on the Riverside car park charges to the next meeting.", "Director of Place"),
    ("that relevant Heads of Services provide a full update on any outstanding items.", "relevant Heads of Services"),
    ("That the Committee recommends to Cabinet that the evening tariff be withdrawn.", "Cabinet"),
    ("DELEGATE authority to the Director of Housing to agree the final wording, in consultation with the Leader.",
     "Director of Housing"),
    ("To delegate authority to the Chief Executive, in consultation with the Leader, to agree pay.", "Chief Executive"),
    ("That a recommendations monitor be established, to be maintained by the scrutiny team.", "scrutiny team"),
    ("That the annual report be presented to Annual Council", "Annual Council"),
    ("That the Cabinet Member for Transport report the results to Council.", "Cabinet Member for Transport"),
    ("That the report be noted.", None),
])
def test_owner_from_text(text, owner):
    assert owner_from_text(text) == owner


def test_the_deciding_body_is_not_the_owner_of_its_own_noting():
    assert owner_of(cand("resolution", "That the Committee note the report."), PART, MEETING, DOC) is None


def test_action_owner_from_the_hint_first():
    c = cand("action", "Circulate the play area survey", hint="Clerk")
    assert owner_of(c, PART, MEETING, DOC) == "Clerk"


def test_initials_pair_from_a_table_cell():
    c = cand("action", "Draft the survey questions", hint="JN/AC")
    assert owner_of(c, PART, MEETING, DOC) == "JN and AC"


def test_commitment_owner_is_the_speaker():
    c = cand("commitment", "The Parking Manager replied that the machines would be installed by May.", hint="Parking Manager")
    assert owner_of(c, PART, MEETING, DOC) == "Parking Manager"


def test_priority_owner_defaults_to_the_reports_service():
    assert owner_of(cand("priority", "Launch a concession card for carers."), PART, MEETING, DOC) == "Wexcombe Leisure Service"


def test_pronouns_are_not_owners():
    assert owner_of(cand("action", "They have also agreed to spray the weeds.", hint="They"), PART, MEETING, DOC) is None


def test_metrics_have_no_owner():
    assert owner_of(cand("metric", "87% of lessons were booked", hint="Leisure"), PART, MEETING, DOC) is None


def test_normalise_through_aliases_case_insensitive():
    aliases = {"DoP": "Director of Place", "the director of place": "Director of Place"}
    assert normalise("dop", aliases) == "Director of Place"
    assert normalise("The Director of Place", aliases) == "Director of Place"
    assert normalise("Head of Legal", aliases) == "Head of Legal"
    assert normalise(None, aliases) is None
    assert normalise("Clerk", {}) == "Clerk"


def test_propose_aliases_finds_spellings_and_initialisms_but_merges_nothing():
    owners = ["Director of Place", "Director of Place", "director of place.", "Directr of Place", "DoP", "Clerk",
              "Head of Legal Services"]
    got = propose_aliases(owners, {})
    pairs = {(v, c) for v, c, _ in got}
    assert ("Directr of Place", "Director of Place") in pairs
    assert ("DoP", "Director of Place") in pairs
    assert not any("Clerk" in (v, c) for v, c in pairs)
    assert all(0.85 <= s <= 1 for _, _, s in got)
    assert owners.count("Director of Place") == 2  # the input is not changed


def test_known_aliases_are_not_proposed_again():
    got = propose_aliases(["Director of Place", "Directr of Place"], {"Directr of Place": "Director of Place"})
    assert got == []


@pytest.mark.parametrize("text,owner", [
    ("That the Panel recommends that the Head of Housing consult tenants on the new repairs standard.", "Head of Housing"),
    ("Also that the Service Manager, Adult Learning report on enrolments to the Panel in June.", "Service Manager, Adult Learning"),
    ("That the work programme be noted, and that the Chair and Vice-Chair agree the items for the July meeting.",
     "Chair and Vice-Chair"),
    ("That the Head of Leisure, in consultation with the Cabinet Member for Culture, be authorised to set the fees.",
     "Head of Leisure"),
])
def test_owner_of_the_inner_decision(text, owner):
    assert owner_from_text(text) == owner


def test_a_promise_in_a_services_annual_report_is_the_services():
    c = cand("commitment", "The audit was delayed and will now take place in the autumn.")
    assert owner_of(c, PART, MEETING, DOC) == "Wexcombe Leisure Service"
    minutes = Segmented("minutes", "Minutes", None, [], {})
    assert owner_of(c, PART, MEETING, minutes) is None


def test_a_delegation_without_the_word_authority_names_the_officer_first_named():
    # the later "to the Constitution" is what the officer changes, not who acts
    assert owner_from_text("Delegates to the Monitoring Officer to make the necessary changes to the Constitution once "
                           "the partner council has agreed them.") == "Monitoring Officer"
    assert owner_from_text("that delegated authority be given to the Director of Place to agree the terms") == "Director of Place"


@pytest.mark.parametrize("text,owner", [
    # a decision notice's past-tense list
    ("Requested that the Director of Finance report the running costs to Cabinet in June.", "Director of Finance"),
    ("Delegated authority to the Director of Place, in consultation with the Leader and the Section 151 Officer, "
     "to: (a) appoint the contractor", "Director of Place"),
    # Scottish "remit to"
    ("to remit to the Head of Legal Services to conclude the lease of the kiosk", "Head of Legal Services"),
    # two owners joined by "with"
    ("That the Chair, with the Scrutiny Officer, write to the Police and Crime Commissioner.", "Chair and Scrutiny Officer"),
    # the verb in the third person
    ("That the Panel recommends that the Commissioner publishes response times each quarter.", "Commissioner"),
    ("the Head of Housing reports the number of empty homes brought back into use each year", "Head of Housing"),
    # a request or direction to someone named
    ("Referral from Supervisor Ames: request the County Administrator to study a dog park at Wexcombe Point.",
     "County Administrator"),
    ("ask the Cabinet Member for Leisure to report to Cabinet on the pool repairs", "Cabinet Member for Leisure"),
])
def test_owner_of_genre_forms(text, owner):
    assert owner_from_text(text) == owner


# An owner is the object of a request verb, in any tense and whether or not the title is capitalised.
@pytest.mark.parametrize("text,owner", [
    ("(d) instructed the Chief Finance Officer to submit proposals to close the remaining budget gap.", "Chief Finance Officer"),
    ("The Panel directed the Head of Leisure to publish the revised opening hours.", "Head of Leisure"),
    ("Commissioner Vale moved to adopt Resolution 2025-09 authorizing the Chair to sign the lease.", "Chair"),
    ("That the Committee asks the Fund's actuarial adviser to present funding options in September.", "Fund's actuarial adviser"),
    ("The Sub-Committee asked licensing officers to visit the premises within a month.", "licensing officers"),
    ("By consensus, the Board directed staff to report back within 60 days.", "staff"),
    # "asked/requested that X do": X
    ("Members asked that officers report on the use of the town hall car park.", "officers"),
    ("Trustee Marsh requested that staff provide enrolment figures by school.", "staff"),
    ("AGREED - that officers bring back a report on the skate park to the February meeting.", "officers"),
    # a recommendation in capitals, to the full Council, is owned by that Council
    ("It was RESOLVED to RECOMMEND to Full Council that the precept be set at £98,000.", "Full Council"),
    ("AGREED - to recommend to Council that glass be collected every four weeks.", "Council"),
    # the body itself does the task
    ("AGREED - that the Council write to the Chief Constable about patrols at the lido.", "Council"),
    ("That the Committee consider the draft plan at its next meeting.", None),
])
def test_owner_is_the_object_of_a_request_verb(text, owner):
    assert owner_from_text(text) == owner


@pytest.mark.parametrize("text,owner", [
    # joint owners: a name, a role and initials in a list
    ("RESOLVED that the Chair and Cllr Pryce attend the drop-in session at the library.", "Chair and Cllr Pryce"),
    ("It was agreed that a working group of TG, LM and RB be set up to review the moorings policy.", "TG, LM and RB"),
    ("Agreed that a task group comprising AB & CD review the fees.", "AB & CD"),
    # a request answered by who took it on: the one who agreed to act owns it
    ("Cllr Dane asked that the next report show the rural routes separately. The Director of Transport agreed to "
     "include that analysis.", "Director of Transport"),
    ("Mr Ober asked for employers to see their rates early; the Head of Pensions agreed to write to them by July.",
     "Head of Pensions"),
    ("Commissioner Lyle asked that staff draft a noise ordinance. By consensus, the Board directed the County Attorney "
     "to prepare it for a future workshop.", "County Attorney"),
    ("The Chair asked for the item to be deferred.", None),
])
def test_joint_owners_and_who_took_the_request_on(text, owner):
    assert owner_from_text(text) == owner


@pytest.mark.parametrize("text,owner", [
    ("That staff be directed to install new signage at Riverside Park by June 30, 2025.", "staff"),
    ("That the premises licence holder be required to fit CCTV within 28 days.", "premises licence holder"),
    ("That the applicant be asked to submit a noise management plan.", "applicant"),
    ("That the Head of Planning be directed to review the policy.", "Head of Planning"),
    ("That the residents be contacted by Democratic Services about the consultation.", "Democratic Services"),
])
def test_the_subject_of_a_be_directed_resolution_or_the_agent_after_by_is_the_owner(text, owner):
    assert owner_from_text(text) == owner


@pytest.mark.parametrize("text,owner", [
    # US minutes: a later clause empowers officers to sign; they, not the contractor, must act
    ("That the contract for the Mill Lane paving be awarded to Acme Paving Ltd and the Mayor and Clerk be authorized "
     "to sign the agreement.", "Mayor and Clerk"),
    ("That the Mayor and Town Clerk be authorised to execute the lease of the old pump house.", "Mayor and Town Clerk"),
    ("That the bid from Harbour Works be accepted, and the Town Manager be authorized to execute the contract.",
     "Town Manager"),
])
def test_officers_authorized_to_sign_in_a_later_clause_are_the_owner(text, owner):
    assert owner_from_text(text) == owner


# ---- a person named as owner is given the office the document introduced them with -------------------------------

def test_people_introduced_with_their_office_are_found():
    from ingest.owners import roles_in

    text = ("Angela Voss, Virtual School Headteacher, introduced the report. The Place Director for the Integrated Care "
            "Board, Mark Uttley, said that a draft would follow. Mr Okafor (Head of Leisure and Culture) confirmed it. "
            "Mr Hale, Head of Risk & Delivery Assurance and David Whittle, Director of Strategy, attended. "
            "Present: Councillor Smith, Councillor Jones.")
    assert roles_in(text) == {"voss": "Virtual School Headteacher",
                              "uttley": "Place Director for the Integrated Care Board",
                              "okafor": "Head of Leisure and Culture", "hale": "Head of Risk & Delivery Assurance"}


def test_a_surname_given_two_offices_is_left_as_written():
    from ingest.owners import roles_in

    assert roles_in("Ms Lee, Head of Housing, spoke. Mr Lee, Director of Place, replied.") == {}


@pytest.mark.parametrize("speaker, owner", [
    ("Ms Voss", "Virtual School Headteacher (Ms Voss)"),
    ("Angela Voss", "Virtual School Headteacher (Angela Voss)"),
])
def test_a_promise_by_a_person_is_owned_by_their_office_and_name(speaker, owner):
    doc = ("Agenda item - Virtual School Annual Report\n\nMeeting: 19/02/2025 - Corporate Parenting Panel (Item 7)\n\n"
           "Minutes:\n\nAngela Voss, Virtual School Headteacher, introduced the report.\n\n"
           f"{speaker} said she would bring a breakdown of suspensions to the Panel's June meeting.\n")
    from ingest.classify import classify
    from ingest.lines import Text
    from ingest.read_text import text_to_lines
    from ingest.segment import segment

    seg = segment(Text(lines=text_to_lines(doc), format="text"))
    got = [(c.kind, owner_of(c, a, m, seg)) for m in seg.meetings for a in m.agenda for c in classify(a, m, seg)]
    assert [g for g in got if g[0] == "commitment"] == [("commitment", owner)]
