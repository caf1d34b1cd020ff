# ruff: noqa: E501
"""Corpus 99, state, county, school, university, nonprofit and agency job mail (data only): see heldout99.py."""

from __future__ import annotations

from typing import Any

from heldout99_jobs import A, m, reply, thread

GJ = "governmentjobs.com"
AG, AGR = "Ashgrove County", "Housing Policy Analyst"
FL, FLR = "Fairlane County", "Management Analyst II"
MD, MDR = "Maryland Commission on Housing Stability", "Policy Analyst II"
DC, DCR = "DC Office of Neighborhood Investment", "Program Analyst"
RC, RCR = "Ridgeley County Public Schools", "Research and Evaluation Analyst"
PC, PCR = "Potomac Crest University", "Research Associate, Center for Metropolitan Policy"
CL, CLR = "Civic Ledger Institute", "Policy Analyst, Fiscal Transparency"
OS, OSR = "Open Streets Coalition", "Senior Policy Associate"
HH, HHR = "Harborlight Housing Partners", "Policy and Data Analyst"
TV, TVR = "Tenant Voice DC", "Research and Policy Analyst"
LA, LAR = "Larchmont Analytics Group", "Program Analyst (federal contract)"
BW, BWR = "Brightwater Policy Center", "Research Analyst, Health Policy"
MC, MCR = "Meridian Civic Data", "Data Policy Analyst"
CS, CSR = "Capitol Square Research Associates", "Policy Research Associate"


def neogov(key, when, agency_from, subject, t, body, **kw):
    html = (
        "<html><body><div style='max-width:620px;font-family:Helvetica,Arial'>"
        f"{body}"
        "<hr><p style='font-size:11px'>You are receiving this email because you applied for a job through governmentjobs.com. "
        "Powered by NEOGOV. Please do not reply to this message; contact the agency directly with questions.</p></div></body></html>"
    )
    return m(key, when, f"{agency_from} <noreply@{GJ}>", subject, t, html=html, **kw)


MAIL: list[dict[str, Any]] = [
    # --- 8 Ashgrove County DHCA (NEOGOV) -> offer declined ------------------------------------
    neogov(
        "81102",
        "2025-08-08 13:20",
        "Ashgrove County Government",
        "Thank you for applying - Housing Policy Analyst (Recruitment #25-01447)",
        A("confirmation", AG, AGR, 8, "other"),
        "<p>Dear Marisol Okafor-Reyes,</p><p>Thank you for your interest in employment with Ashgrove County, Maryland. We have received "
        "your application for <b>Housing Policy Analyst</b> (Department of Housing and Community Affairs).</p><p>Applications will be "
        "reviewed by the Office of Human Resources to determine which applicants meet the minimum qualifications. Qualified applicants "
        "will be rated and placed on an eligible list. You will be notified by email of your status.</p>",
    ),
    neogov(
        "81118",
        "2025-09-03 10:05",
        "Ashgrove County Government",
        "Application status: Housing Policy Analyst",
        A("confirmation", AG, AGR, 8, "other"),
        "<p>Dear Marisol,</p><p>Your application for the position of Housing Policy Analyst (Recruitment #25-01447) has been evaluated. "
        "You have been rated <b>Well Qualified</b> and your name has been placed on the eligible list for this classification. The "
        "eligible list will be valid for twelve (12) months.</p><p>Placement on the eligible list does not guarantee an interview. "
        "The hiring department will contact candidates it wishes to interview.</p><p>Ashgrove County Office of Human Resources</p>",
    ),
    m(
        "81131",
        "2025-09-22 11:47",
        "Gloria Pemberton <gpemberton@ashgrovecountymd.gov>",
        "DHCA Interview - Housing Policy Analyst",
        A("interview", AG, AGR, 8, "direct"),
        "Ms. Okafor-Reyes,\n\nThe Department of Housing and Community Affairs would like to invite you to a panel interview for the "
        "Housing Policy Analyst position. Interviews will be held virtually on Microsoft Teams on Wednesday, October 1. Your slot is "
        "9:30 AM. The interview will last approximately 45 minutes and will be followed by a 20-minute exercise in which you will "
        "summarize a short policy memo.\n\nKindly reply to confirm.\n\nGloria Pemberton\nAdministrative Specialist III\nDHCA | Ashgrove County Government\n"
        "101 Courthouse Square, Ashgrove, MD",
    ),
    m(
        "81133",
        "2025-09-23 08:58",
        "Gloria Pemberton <gpemberton@ashgrovecountymd.gov>",
        "Invitation: DHCA HPA Interview (Okafor-Reyes)",
        A("interview", AG, AGR, 8, "direct"),
        "Microsoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_ashgrove_dhca\nMeeting ID: 219 448 801 775",
        ics={
            "start": "2025-10-01 09:30:00 -0400",
            "minutes": 65,
            "summary": "DHCA HPA Interview (Okafor-Reyes)",
            "organizer": ("Gloria Pemberton", "gpemberton@ashgrovecountymd.gov"),
            "uid": "dhca-hpa-20251001-0930@ashgrovecountymd.gov",
            "location": "Microsoft Teams Meeting",
        },
        **reply("81131"),
    ),
    m(
        "81160",
        "2025-10-27 16:14",
        "Ashgrove County OHR <ohr-recruitment@ashgrovecountymd.gov>",
        "Conditional Offer of Employment",
        A("offer", AG, AGR, 8, "direct"),
        "Dear Ms. Okafor-Reyes,\n\nOn behalf of the Ashgrove County Department of Housing and Community Affairs, I am pleased to offer you "
        "the position of Housing Policy Analyst (Grade 23) at an annual salary of $88,410. This offer is conditional upon a satisfactory "
        "criminal background check and pre-employment drug screening.\n\nPlease sign and return the attached offer letter by November 3, 2025.\n\n"
        "Sincerely,\nDarnell Huxley\nRecruitment Manager, Office of Human Resources",
        attach=[
            (
                "Offer_Letter_HPA_OkaforReyes.pdf",
                "application/pdf",
                "%PDF-1.4 conditional offer letter\n",
            )
        ],
    ),
    m(
        "81164",
        "2025-10-31 12:40",
        "Darnell Huxley <dhuxley@ashgrovecountymd.gov>",
        "RE: Conditional Offer of Employment",
        A("offer", AG, AGR, 8, "direct"),
        "Ms. Okafor-Reyes,\n\nThank you for letting us know. We are sorry you won't be joining DHCA but we understand, and congratulations on "
        "the federal position. I have withdrawn the offer in our system and will notify the hiring manager.\n\nBest of luck,\nDarnell\n\n"
        "From: Marisol Okafor-Reyes <marisol.okaforreyes@gmail.com>\nSent: Thursday, October 30, 2025 9:12 PM\n"
        "To: Huxley, Darnell <dhuxley@ashgrovecountymd.gov>\nSubject: RE: Conditional Offer of Employment\n\n"
        "Dear Mr. Huxley, after a great deal of thought I have decided to respectfully decline the offer...",
        st="declined",
        **reply("81160"),
    ),
    # --- 9 Fairlane County OMB (NEOGOV): exam, list, ghosted -----------------------------------
    neogov(
        "81109",
        "2025-08-21 18:02",
        "Fairlane County, VA",
        "Fairlane County - Application Received",
        A("confirmation", FL, FLR, 9, "other"),
        "<p>Thank you for applying for <b>Management Analyst II</b> with the Department of Management and Budget. Your application "
        "has been submitted successfully.</p><p>Due to the high volume of applications, only those applicants selected for further "
        "consideration will be contacted.</p>",
    ),
    neogov(
        "81123",
        "2025-09-10 09:30",
        "Fairlane County, VA",
        "Notice of Written Exercise - Management Analyst II",
        A("assessment", FL, FLR, 9, "other"),
        "<p>Dear Applicant,</p><p>You have met the minimum qualifications for Management Analyst II. The next step in the selection "
        "process is an online written exercise (budget analysis memo). You will receive a link on <b>September 16 at 9:00 AM</b> and must "
        "submit your response within 3 hours.</p><p>Failure to complete the exercise will remove you from consideration.</p>",
    ),
    neogov(
        "81141",
        "2025-10-06 14:11",
        "Fairlane County, VA",
        "Exam Results - Management Analyst II",
        A("assessment", FL, FLR, 9, "other"),
        "<p>Your score on the written exercise for Management Analyst II was <b>86.5</b>. The passing score was 70. Your name has been "
        "placed on the eligible list in rank order. Eligible lists are referred to hiring managers as vacancies occur.</p>",
    ),
    # --- 10 Maryland commission (NEOGOV): rejection -----------------------------------------------
    neogov(
        "81126",
        "2025-09-12 20:45",
        "State of Maryland",
        "Application Confirmation - Policy Analyst II",
        A("confirmation", MD, MDR, 10, "other"),
        "<p>Your application for <b>Policy Analyst II</b>, Maryland Commission on Housing Stability, was received on 09/12/2025.</p>"
        "<p>Applicants who meet the minimum qualifications will be placed on the eligible list. If you are not selected, you will "
        "still be notified.</p>",
    ),
    neogov(
        "81155",
        "2025-10-22 15:02",
        "State of Maryland",
        "Your application status for Policy Analyst II",
        A("rejection", MD, MDR, 10, "other"),
        "<p>Dear Marisol Okafor-Reyes,</p><p>Thank you for applying for Policy Analyst II (Recruitment #25-008812-0019). "
        "The selection process has been completed. We regret to inform you that you have not been chosen for this position.</p>"
        "<p>We appreciate your interest in serving the State of Maryland.</p>",
    ),
    # --- 11 DC Office of Neighborhood Investment: ghosted -------------------------------------
    neogov(
        "81148",
        "2025-10-13 22:18",
        "District of Columbia Government",
        "Thank you for your application: Program Analyst",
        A("confirmation", DC, DCR, 11, "other"),
        "<p>Your application for the position of <b>Program Analyst, CS-0343-12</b> with the Office of Neighborhood Investment has "
        "been received. You may review the status of your application at any time by logging into your account.</p>",
    ),
    # --- 12 Ridgeley County Public Schools (PeopleAdmin) ----------------------------------------
    m(
        "81115",
        "2025-08-28 11:03",
        "RCPS Careers <noreply@ridgeleyschools.peopleadmin.com>",
        "Thank you for applying - Posting #ADM-2026-0219",
        A("confirmation", RC, RCR, 12, "other"),
        "Dear Marisol,\n\nThank you for your interest in Ridgeley County Public Schools. This email confirms that we have received your "
        "application for Research and Evaluation Analyst (Office of Accountability, Research & Evaluation), Posting #ADM-2026-0219.\n\n"
        "If your qualifications meet the needs of the position, you will be contacted for an interview.\n\nRCPS Department of Human Resources",
    ),
    m(
        "81150",
        "2025-10-16 13:39",
        "RCPS Careers <noreply@ridgeleyschools.peopleadmin.com>",
        "Posting #ADM-2026-0219",
        A("rejection", RC, RCR, 12, "other"),
        "Dear Marisol Okafor-Reyes,\n\nThank you for your application for Research and Evaluation Analyst. The position has now been filled. "
        "We were fortunate to have many highly qualified candidates, and we encourage you to continue to watch our website for other openings.\n\n"
        "RCPS Department of Human Resources",
    ),
    # --- 13 Potomac Crest University (Interfolio) -> withdrawn -----------------------------------
    m(
        "81136",
        "2025-09-26 17:25",
        "Interfolio <noreply@interfolio.com>",
        "Application submitted: Research Associate, Center for Metropolitan Policy",
        A("confirmation", PC, PCR, 13, "other"),
        html="<html><body><p>Hi Marisol,</p><p>Your application to <b>Research Associate, Center for Metropolitan Policy</b> at "
        "<b>Potomac Crest University</b> has been submitted. Documents included: CV, Cover Letter, Writing Sample, List of References.</p>"
        "<p>You can view your application in your Interfolio Dossier.</p><p>- The Interfolio Team</p></body></html>",
    ),
    m(
        "81152",
        "2025-10-17 10:22",
        "Hannah Voss <hvoss@potomaccrest.edu>",
        "Research Associate search - next step",
        A("assessment", PC, PCR, 13, "direct"),
        "Dear Marisol,\n\nThank you for applying to the Research Associate position at the Center for Metropolitan Policy. The search "
        "committee would like to move you to the next stage. Please complete the attached data-to-memo exercise: using the provided "
        "county-level eviction filings table, draft a two-page memo for a council staffer. Please return it within one week.\n\n"
        "Best regards,\nHannah Voss, PhD\nAssociate Director, Center for Metropolitan Policy\nSchool of Public Affairs, Potomac Crest University",
        attach=[
            (
                "PCU_RA_exercise_data.csv",
                "text/csv",
                "county,year,filings\nA,2023,1830\nB,2023,2204\n",
            )
        ],
    ),
    m(
        "81162",
        "2025-10-29 09:15",
        "Hannah Voss <hvoss@potomaccrest.edu>",
        "Re: Research Associate search - next step",
        A("interview", PC, PCR, 13, "direct"),
        "Marisol,\n\nThanks for the memo, the committee enjoyed reading it. We'd like to invite you to a 45-minute Zoom conversation "
        "with the search committee. Please pick a time here: https://calendly.com/hvoss-cmp/ra-search\n\nHannah\n\n"
        "On Fri, Oct 24, 2025 at 4:51 PM Marisol Okafor-Reyes <marisol.okaforreyes@gmail.com> wrote:\n> Dear Dr. Voss, attached please find my memo.",
        **reply("81152"),
    ),
    m(
        "81166",
        "2025-11-04 10:30",
        "Calendly <notifications@calendly.com>",
        "New Event: Marisol Okafor-Reyes - 11:00am Fri, Nov 7, 2025 - RA Search Committee (Zoom)",
        A("interview", PC, PCR, 13, "other"),
        "Hi Marisol,\n\nA new event has been scheduled.\n\nEvent Type: RA Search Committee (Zoom)\nInvitee: Marisol Okafor-Reyes\n"
        "Event Date/Time: 11:00am - 11:45am (Eastern Time - US & Canada) Friday, November 7, 2025\nLocation: Zoom (details in invite)\n",
        ics={
            "start": "2025-11-07 11:00:00 -0500",
            "minutes": 45,
            "summary": "RA Search Committee (Zoom) - Marisol Okafor-Reyes",
            "organizer": ("Hannah Voss", "hvoss@potomaccrest.edu"),
            "uid": "calendly-7f1c2e90-ra-search@calendly.com",
            "location": "https://potomaccrest.zoom.us/j/93011227781",
        },
    ),
    m(
        "81172",
        "2025-11-26 14:48",
        "Hannah Voss <hvoss@potomaccrest.edu>",
        "Re: Withdrawing my application",
        A("confirmation", PC, PCR, 13, "direct"),
        "Marisol,\n\nCongratulations, BRES is lucky to have you. I've let the committee know and withdrawn your file from the search. "
        "Please stay in touch - we'd love to have you speak to the MPP students some time.\n\nWarmly,\nHannah\n\n"
        "On Wed, Nov 26, 2025 at 9:02 AM Marisol Okafor-Reyes wrote:\n> Dear Dr. Voss, I have accepted a federal position and would like "
        "to withdraw my application for the Research Associate role. Thank you for the kind consideration.",
        st="withdrawn",
    ),
    # --- 14 Civic Ledger Institute (Greenhouse): writing exercise, panel, rejection -----------------
    m(
        "81105",
        "2025-08-14 09:51",
        "Civic Ledger Institute <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Civic Ledger!",
        A("confirmation", CL, CLR, 14, "greenhouse"),
        "Hi Marisol,\n\nThank you for your interest in Civic Ledger Institute! We've received your application for Policy Analyst, "
        "Fiscal Transparency and our team is reviewing it.\n\nBecause we are a small team, it may take us a few weeks to respond. "
        "Unfortunately we are not able to give individual feedback to every applicant, but we will let you know either way.\n\n"
        "Warmly,\nThe Civic Ledger team\n\nCivic Ledger Foundation, Inc. is an equal opportunity employer.",
    ),
    m(
        "81120",
        "2025-09-05 13:30",
        "Priya Anand <priya@civicledger.org>",
        "Civic Ledger - writing exercise for Policy Analyst",
        A("assessment", CL, CLR, 14, "greenhouse"),
        "Hi Marisol,\n\nThanks for chatting last week! As a next step, we'd like you to complete a short writing exercise: a 600-800 word "
        "blog post explaining a state's rainy-day fund to a general audience, using the budget documents linked below. Please plan for "
        "about 2 hours; submit through the link by Friday 9/12.\n\nhttps://app.greenhouse.io/tests/4f27c1a0b\n\nPriya Anand\nSenior Manager, Talent\nCivic Ledger",
        sender="no-reply@greenhouse.io",
    ),
    m(
        "81129",
        "2025-09-19 15:05",
        "Priya Anand <no-reply@greenhouse.io>",
        "Interview confirmation: Civic Ledger - Panel Interview",
        A("interview", CL, CLR, 14, "greenhouse"),
        "Hi Marisol,\n\nYour panel interview with Civic Ledger is confirmed.\n\nWhen: Tuesday, September 23, 2:00 - 3:00 PM EDT\n"
        "Where: Zoom - https://civicledger.zoom.us/j/88120557214\nWith: Owen Cartwright (Director, State Policy), Lucía Barrera (Data Lead), "
        "Sam Whitfield (Communications)\n\nLooking forward to it!\nPriya",
        ics={
            "start": "2025-09-23 14:00:00 -0400",
            "summary": "Civic Ledger - Panel Interview (Marisol Okafor-Reyes)",
            "organizer": ("Priya Anand", "priya@civicledger.org"),
            "uid": "gh-interview-5520178-civicledger@greenhouse.io",
            "location": "https://civicledger.zoom.us/j/88120557214",
        },
    ),
    m(
        "81139",
        "2025-10-03 11:20",
        "Civic Ledger Institute <no-reply@us.greenhouse-mail.io>",
        "Your application to Civic Ledger",
        A("rejection", CL, CLR, 14, "greenhouse"),
        "Hi Marisol,\n\nThank you so much for the time you spent with our team, and for a writing sample the panel described as "
        '"genuinely fun to read." This was a very hard decision. In the end we have decided to move forward with a candidate whose '
        "background in state budget offices more closely matches this role.\n\nWe'd love to keep in touch and would encourage you to "
        "apply for future openings.\n\nAll the best,\nPriya Anand\nCivic Ledger",
    ),
    # --- 15 Civic Ledger re-application (reposted role) -----------------------------------------
    m(
        "81190",
        "2026-01-08 18:44",
        "Civic Ledger Institute <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Civic Ledger!",
        A("confirmation", CL, CLR, 15, "greenhouse"),
        "Hi Marisol,\n\nThank you for your interest in Civic Ledger Institute! We've received your application for Policy Analyst, "
        "Fiscal Transparency and our team is reviewing it.\n\nWarmly,\nThe Civic Ledger team\n\nCivic Ledger Foundation, Inc. is an equal opportunity employer.",
    ),
    # --- 16 Open Streets Coalition (Lever, slug osc-action) -----------------------------------
    m(
        "81112",
        "2025-08-25 10:17",
        "Open Streets Action Fund <no-reply@hire.lever.co>",
        "Your application to Open Streets Action Fund",
        A("confirmation", OS, OSR, 16, "lever"),
        "Hi Marisol,\n\nThanks for applying for the Senior Policy Associate role! We're a small team working to make streets in the "
        "DMV safer for everyone who walks, bikes and rides transit. We'll review your application and be in touch if there's a fit.\n\n"
        "- Open Streets Coalition\n\nhttps://jobs.lever.co/osc-action",
    ),
    m(
        "81125",
        "2025-09-11 16:40",
        "Jamal Whitaker <jamal@openstreetscoalition.org>",
        "Quick call about the Senior Policy Associate role?",
        A("interview", OS, OSR, 16, "lever"),
        "Hi Marisol,\n\nThanks for applying! I'd love to do a 30-minute intro call. Grab any slot that works on my calendar: "
        "https://jobs.lever.co/osc-action/interview/7b8e2f\n\nJamal Whitaker\nPolicy Director | Open Streets Coalition\nhe/him",
        sender="no-reply@hire.lever.co",
    ),
    # --- 17 Harborlight Housing Partners (Workable) --------------------------------------------
    m(
        "81128",
        "2025-09-16 08:55",
        "Harborlight Housing Partners <noreply@candidates.workablemail.com>",
        "Harborlight Housing Partners - your application",
        A("confirmation", HH, HHR, 17, "workable"),
        html="<html><body><p>Dear Marisol,</p><p>Thank you for applying to the <b>Policy and Data Analyst</b> position at Harborlight "
        "Housing Partners. We have received your application and will review it carefully.</p><p>We receive a large number of "
        "applications, so unfortunately we cannot respond to each one individually. If you are not selected for an interview, please "
        "know that we truly appreciate your interest.</p><p>Best,<br>Harborlight People &amp; Culture</p></body></html>",
    ),
    m(
        "81145",
        "2025-10-09 17:36",
        "Harborlight Housing Partners <noreply@candidates.workablemail.com>",
        "Update on the Policy and Data Analyst role",
        A("rejection", HH, HHR, 17, "workable"),
        html="<html><body><p>Hi Marisol,</p><p>Thank you for your patience while we reviewed applications. We were impressed by your "
        "experience, but we have decided to move forward with other candidates for this position.</p><p>We wish you the best in your "
        "search.</p><p>Harborlight People &amp; Culture</p></body></html>",
    ),
    # --- 18 Tenant Voice DC (Idealist; ED from gmail) -> on hold ---------------------------------
    m(
        "81135",
        "2025-09-25 21:09",
        "Idealist <notifications@idealist.org>",
        "Your application to Tenant Voice DC was sent",
        A("confirmation", TV, TVR, 18, "other"),
        "Hi Marisol,\n\nYour application for Research and Policy Analyst at Tenant Voice DC was sent to the organization. They'll contact "
        "you directly if they'd like to move forward.\n\nGood luck!\nIdealist",
    ),
    m(
        "81147",
        "2025-10-10 07:52",
        "Bernadette Quaye <bquaye.tvdc@gmail.com>",
        "Research & Policy Analyst - let's talk",
        A("interview", TV, TVR, 18, "direct"),
        "Hi Marisol,\n\nI'm the executive director at Tenant Voice DC. I loved your cover letter, especially the part about the rent "
        "stabilization hearings. Are you free to meet for coffee (or Zoom) next week? Tuesday afternoon or Thursday morning work for me - "
        "Busboys on 14th is my usual spot.\n\nBernadette\n\n--\nBernadette Quaye\nExecutive Director, Tenant Voice DC\n(sent from my personal account, our org email is down again)",
    ),
    m(
        "81169",
        "2025-11-18 20:21",
        "Bernadette Quaye <bquaye.tvdc@gmail.com>",
        "Re: Research & Policy Analyst - let's talk",
        A("confirmation", TV, TVR, 18, "direct"),
        "Marisol,\n\nI owe you an update and I'm sorry it isn't better news. One of our two foundation grants was pushed to the spring "
        "cycle, so the board has asked me to pause hiring for the analyst position until we know where we stand, probably March. "
        "You're still at the top of my list. I'll reach out as soon as I can.\n\nB.\n\n> On Oct 10, 2025, at 7:52 AM, Bernadette Quaye wrote:\n> Hi Marisol, I'm the executive director...",
        st="on_hold",
        **reply("81147"),
    ),
    # --- 19 Larchmont Analytics via Keystone Federal Talent (agency) -> withdrawn --------------
    m(
        "81142",
        "2025-10-07 12:03",
        "Colby Fairbanks <cfairbanks@keystonefedtalent.com>",
        "Program Analyst opportunity - mid-size federal consulting firm (Reston, hybrid)",
        ("outreach", None, LAR, None, "agency", "en"),
        "Hi Marisol,\n\nI came across your profile and wanted to reach out about a Program Analyst role with a mid-size federal consulting "
        "firm in Reston supporting a civilian agency's grants modernization program. Hybrid (2 days onsite), Public Trust required (they "
        "can sponsor), $95-110K DOE.\n\nWould you be open to a quick call this week?\n\nColby Fairbanks\nSenior Technical Recruiter\n"
        "Keystone Federal Talent | Federal Staffing & Search",
    ),
    m(
        "81146",
        "2025-10-09 15:27",
        "Colby Fairbanks <cfairbanks@keystonefedtalent.com>",
        "RE: Program Analyst opportunity - submittal confirmation",
        A("confirmation", LA, LAR, 19, "agency"),
        "Marisol,\n\nGreat speaking with you. As discussed, I've submitted your resume to Larchmont Analytics Group (LAG) for the Program "
        "Analyst position on the grants modernization contract. Their hiring manager usually turns things around within a week.\n\n"
        "Thanks,\nColby",
        **reply("81142"),
    ),
    m(
        "81154",
        "2025-10-20 09:11",
        "Colby Fairbanks <cfairbanks@keystonefedtalent.com>",
        "Larchmont interview - Thursday 10/23 at 3 PM",
        A("interview", LA, LAR, 19, "agency"),
        "Good news - Larchmont would like to interview you Thursday 10/23 at 3:00 PM via Teams with Rachel Dunmore (Program Manager) "
        "and one of their senior analysts. I'll send you a prep sheet tonight.\n\nColby",
    ),
    m(
        "81167",
        "2025-11-06 11:34",
        "Colby Fairbanks <cfairbanks@keystonefedtalent.com>",
        "RE: Larchmont - withdrawing",
        A("confirmation", LA, LAR, 19, "agency"),
        "Understood, and congrats on the federal offer! I've let LAG know you're withdrawing from consideration. If anything changes "
        "or you ever want to look at contractor roles again, you know where to find me.\n\nColby",
        st="withdrawn",
    ),
    # --- 20 Brightwater Policy Center (Greenhouse) -------------------------------------------
    m(
        "81117",
        "2025-09-02 14:09",
        "Brightwater Policy Center <no-reply@us.greenhouse-mail.io>",
        "Application received - Research Analyst, Health Policy",
        A("confirmation", BW, BWR, 20, "greenhouse"),
        "Dear Marisol,\n\nThank you for applying to the Research Analyst, Health Policy position at Brightwater. We've received your "
        "materials. If your experience matches our needs, a member of the team will reach out to discuss next steps.\n\nBrightwater Policy Center",
    ),
    m(
        "81121",
        "2025-09-06 10:00",
        "Brightwater Policy Center <no-reply@us.greenhouse-mail.io>",
        "Regarding your application",
        A("rejection", BW, BWR, 20, "greenhouse"),
        "Dear Marisol,\n\nThank you for your interest in Brightwater. After reviewing your application, we have decided not to move "
        "forward at this time. We'll keep your information on file should a position open that better aligns with your background.\n\n"
        "Brightwater Policy Center",
    ),
    # --- 21 Meridian Civic Data (LinkedIn Easy Apply) -------------------------------------------
    m(
        "81108",
        "2025-08-19 08:27",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Marisol, your application was sent to Meridian Civic Data",
        A("confirmation", MC, MCR, 21, "linkedin"),
        html="<html><body><p>Your application was sent to <b>Meridian Civic Data</b></p><p>Data Policy Analyst<br>Meridian Civic Data · "
        "Washington, DC (Hybrid)</p><p>Applied on August 19, 2025</p><p><a href='https://www.linkedin.com/jobs/view/4119052231'>View job</a></p></body></html>",
    ),
    m(
        "81113",
        "2025-08-26 13:01",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Meridian Civic Data",
        A("viewed", MC, MCR, 21, "linkedin"),
        html="<html><body><p>Good news, Marisol! Your application for <b>Data Policy Analyst</b> was viewed by Meridian Civic Data.</p></body></html>",
    ),
    m(
        "81124",
        "2025-09-10 19:12",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application to Data Policy Analyst at Meridian Civic Data",
        A("rejection", MC, MCR, 21, "linkedin"),
        html="<html><body><p>Thank you for your interest in the Data Policy Analyst position at Meridian Civic Data in Washington, DC. "
        "Unfortunately, Meridian Civic Data has decided not to proceed with your application.</p></body></html>",
    ),
    # --- 22 Capitol Square Research Associates (Indeed) -----------------------------------------
    m(
        "81137",
        "2025-09-29 22:40",
        "Indeed Apply <indeedapply@indeed.com>",
        "Indeed Application: Policy Research Associate",
        A("confirmation", CS, CSR, 22, "indeed"),
        "Application submitted\n\nPolicy Research Associate\nCapitol Square Research Associates, LLC - Washington, DC 20005\n\n"
        "The employer will contact you directly if they'd like to move forward. Good luck!\n\nIndeed",
    ),
    m(
        "81157",
        "2025-10-24 10:49",
        "CSRA Recruiting <recruiting@capsquareresearch.com>",
        "Policy Research Associate",
        A("rejection", CS, CSR, 22, "direct"),
        "Hello Marisol,\n\nThank you for your interest in joining CSRA. We've reviewed your qualifications carefully, and although your "
        "background is impressive, we've decided to pursue other candidates for the Policy Research Associate role.\n\n"
        "Regards,\nCSRA Talent Team\nCapitol Square Research Associates",
    ),
]
MAIL = thread(MAIL)
