# ruff: noqa: E501
"""Corpus 93, job mail part one (data only): see heldout93.py."""

from __future__ import annotations

import functools
from typing import Any

import heldout as H


def _tz(day: str) -> str:
    return "+0800"


m = functools.partial(H.dated_spec, _tz)


def A(cat, co, role, app, src):
    return (cat, co, role, app, src, "en")


def J(cat, src, co=None, role=None):
    return (cat, co, role, None, src, "en")


ME = "Melvin Goh <melvin.goh.wj@gmail.com>"
HV, HVR = "Halvorsen", "Regional Procurement Manager, APAC"
KE, KER = "Kestrel", "Supply Chain Manager, APAC"
TW, TWR = "Tidewater Authority", "Senior Manager (Procurement)"
VE, VER = "Verandah", "Head of Procurement, Southeast Asia"
LB, LBR = "Lim Brothers Logistics", "Procurement Manager"
OS, OSR = "Orbis Semiconductor", "Strategic Sourcing Manager"
GP, GPR = "Greenleaf Packaging", "Purchasing Manager"
TS, TSR = "Tessellate", "Procurement Lead, APAC (Remote)"
SA, SAR = "Sampan", "Head of Supply Chain"
BW, BWR = "Brightwater Chemicals", "Procurement Manager, Raw Materials"
SM, SMR = "Seri Mutiara", "Group Procurement Manager"
KP, KPR = "Kallang Precision", "Procurement Manager"

MAIL: list[dict[str, Any]] = [
    # --- 1 Halvorsen (Workday, group mail) -> counter-offer -> accepted --------------------
    m(
        "930101",
        "2025-09-08 21:14",
        "Halvorsen Asia Pacific Pte. Ltd. <halvorsen@myworkday.com>",
        "Application received - Regional Procurement Manager, APAC (R-24817)",
        A("confirmation", HV, HVR, 1, "workday"),
        "Dear Melvin,\n\nThank you for applying for the position of Regional Procurement Manager, APAC (R-24817) with Halvorsen Asia Pacific Pte. Ltd.\n\nOur Talent Acquisition team will review your profile against the requirements of the role. Due to the high volume of applications, only shortlisted candidates will be contacted. You may track the status of your application in the Candidate Home section of our careers site.\n\nWarm regards,\nTalent Acquisition\nHalvorsen Group\n\nThis is a system-generated email. Please do not reply.",
    ),
    m(
        "930102",
        "2025-09-16 10:02",
        "TalentMetriq Assessments <no-reply@talentmetriq.com>",
        "Halvorsen: Online assessment invitation (complete by 23 Sep)",
        A("assessment", HV, HVR, 1, "other"),
        "Dear Melvin Goh,\n\nHalvorsen Asia Pacific has invited you to complete the following assessments as part of your application for Regional Procurement Manager, APAC:\n\n  - Numerical Reasoning (approx. 25 mins)\n  - Workplace Behaviour Questionnaire (approx. 20 mins)\n\nPlease complete both by 23 September 2025, 23:59 (SGT). Find a quiet place and ensure a stable internet connection; the timed sections cannot be paused.\n\nStart here: https://candidate.talentmetriq.com/a/hap-7Y3K2\n\nGood luck!\nTalentMetriq on behalf of Halvorsen",
    ),
    m(
        "930103",
        "2025-09-29 17:45",
        "Nur Aisyah Binte Rahman <nuraisyah.rahman@halvorsen-group.com>",
        "Interview Invitation: Regional Procurement Manager, APAC",
        A("interview", HV, HVR, 1, "direct"),
        "Hi Melvin,\n\nThank you for completing the assessments. I am pleased to share that you have been shortlisted for a panel interview with our hiring team.\n\nPanel: Stefan Aalders (VP Procurement, APAC) and Jasmine Ong (Finance Business Partner)\nDate: Tuesday, 7 October 2025\nTime: 3:00pm - 4:00pm SGT (9:00am CEST for Stefan, who will join from Amsterdam)\nFormat: Microsoft Teams, link in the calendar invite\n\nKindly confirm your availability by replying to this email. Do prepare a short walk-through of a cost-savings initiative you led.\n\nBest regards,\nNur Aisyah\nTalent Acquisition Partner | Halvorsen Asia Pacific Pte. Ltd.\n1 Harbourfront Avenue #14-01, Singapore 098632",
        ics={
            "start": "2025-10-07 15:00:00 +0800",
            "minutes": 60,
            "organizer": ("Nur Aisyah Binte Rahman", "nuraisyah.rahman@halvorsen-group.com"),
            "uid": "040000008200E00074C5B7101A82E008000000009A1C3F",
            "attendees": [
                ("Stefan Aalders", "stefan.aalders@halvorsen-group.com"),
                ("Jasmine Ong", "jasmine.ong@halvorsen-group.com"),
            ],
            "summary": "Panel Interview - Melvin Goh - Regional Procurement Manager APAC",
            "location": "Microsoft Teams Meeting",
            "description": "Join on your computer or mobile app: https://teams.microsoft.com/l/meetup-join/19%3ameeting_HAP77",
            "style": "outlook",
        },
    ),
    m(
        "930104",
        "2025-09-30 08:31",
        ME,
        "RE: Interview Invitation: Regional Procurement Manager, APAC",
        A("interview", HV, HVR, 1, "direct"),
        "Hi Nur Aisyah,\n\nNoted with thanks. I confirm my availability on 7 Oct, 3pm SGT, and look forward to speaking with Stefan and Jasmine.\n\nRegards,\nMelvin\n\n-----Original Message-----\nFrom: Nur Aisyah Binte Rahman\nSent: Monday, 29 September 2025 5:45 PM\nSubject: Interview Invitation: Regional Procurement Manager, APAC\n\nHi Melvin, ... you have been shortlisted for a panel interview ...",
        to="Nur Aisyah Binte Rahman <nuraisyah.rahman@halvorsen-group.com>",
    ),
    m(
        "930105",
        "2025-10-15 11:20",
        "Nur Aisyah Binte Rahman <nuraisyah.rahman@halvorsen-group.com>",
        "Next steps - final round with our COO",
        A("interview", HV, HVR, 1, "direct"),
        "Hi Melvin,\n\nGood news - the panel enjoyed the conversation and would like you to meet Richard Tham, our Chief Operating Officer (Asia), for a final conversation. He is in Sydney that week, so we have proposed Wednesday 22 Oct, 10:30am SGT (1:30pm AEDT) on Zoom.\n\nZoom: https://halvorsen.zoom.us/j/93355120041\n\nBest,\nNur Aisyah\nHAP Talent Acquisition",
    ),
    m(
        "930106",
        "2025-10-30 18:05",
        "Nur Aisyah Binte Rahman <nuraisyah.rahman@halvorsen-group.com>",
        "Letter of Offer - Melvin Goh (Strictly Private & Confidential)",
        A("offer", HV, HVR, 1, "direct"),
        "Dear Melvin,\n\nFurther to our call this afternoon, I am delighted to attach your Letter of Offer for the position of Regional Procurement Manager, APAC with Halvorsen Asia Pacific Pte. Ltd.\n\nThe key terms are: monthly basic salary of SGD 11,800, AWS (13th month), variable bonus target of 15%, and a start date to be agreed in light of your notice period.\n\nKindly review and let us know if you have any questions. We would appreciate your response by 6 November 2025.\n\nWarm regards,\nNur Aisyah",
        attach=[
            (
                "HAP_LetterOfOffer_MelvinGoh.pdf",
                "application/pdf",
                "%PDF-1.4 Letter of Offer - Halvorsen Asia Pacific Pte. Ltd. - Melvin Goh",
            )
        ],
    ),
    m(
        "930107",
        "2025-11-03 09:12",
        ME,
        "Re: Letter of Offer - Melvin Goh (Strictly Private & Confidential)",
        A("offer", HV, HVR, 1, "direct"),
        "Dear Nur Aisyah,\n\nThank you once again for the offer - I am very keen on the role. Having considered it carefully, and given that my current employer has made me a counter-offer, I would like to ask if there is flexibility on the basic salary, in the region of SGD 12,800, or alternatively a sign-on bonus to bridge the difference.\n\nHappy to discuss over a call.\n\nBest regards,\nMelvin",
        to="Nur Aisyah Binte Rahman <nuraisyah.rahman@halvorsen-group.com>",
    ),
    m(
        "930108",
        "2025-11-05 16:40",
        "Nur Aisyah Binte Rahman <nuraisyah.rahman@halvorsen-group.com>",
        "Re: Letter of Offer - Melvin Goh (Strictly Private & Confidential)",
        A("offer", HV, HVR, 1, "direct"),
        "Hi Melvin,\n\nThank you for your patience. Stefan and I have discussed your request and I am happy to share a revised Letter of Offer: basic salary SGD 12,400 per month plus a one-time sign-on bonus of SGD 6,000. All other terms remain the same.\n\nDo sign via the DocuSign link that follows, or let me know if you would like to speak first.\n\nCheers,\nNur Aisyah",
        attach=[
            (
                "HAP_LetterOfOffer_MelvinGoh_revised.pdf",
                "application/pdf",
                "%PDF-1.4 Revised Letter of Offer",
            )
        ],
    ),
    m(
        "930109",
        "2025-11-06 10:15",
        "Halvorsen Asia Pacific via DocuSign <dse_NA3@docusign.net>",
        "Completed: HAP_LetterOfOffer_MelvinGoh_revised",
        A("offer", HV, HVR, 1, "docusign"),
        html="<html><body><p>All parties have completed <b>HAP_LetterOfOffer_MelvinGoh_revised</b>.</p><p>Sent by Nur Aisyah Binte Rahman, Halvorsen Asia Pacific Pte. Ltd.</p><p>View the completed document in DocuSign.</p></body></html>",
        st="accepted",
    ),
    m(
        "930110",
        "2025-11-20 14:00",
        "Halvorsen People Services <onboarding@halvorsen-group.com>",
        "Welcome to Halvorsen! Pre-onboarding checklist",
        J("other_job", "direct", HV, HVR),
        "Hi Melvin,\n\nWelcome to the Halvorsen family! Before your first day on 5 January 2026, kindly complete the following in the onboarding portal: personal particulars and NRIC, CPF details, bank account for salary crediting, pre-employment medical check-up at any Fullerton Health clinic.\n\nSee you soon,\nPeople Services, Halvorsen Asia Pacific",
    ),
    # --- 2 Kestrel (SuccessFactors, group domain) -> rejected -------------------------------
    m(
        "930201",
        "2025-09-05 13:22",
        "Kestrel Life Sciences Group <careers@kestrel-lsg.com>",
        "Your application for Supply Chain Manager, APAC (Job ID 60412)",
        A("confirmation", KE, KER, 2, "other"),
        "Dear Melvin Goh,\n\nThank you for your interest in a career with Kestrel. We have received your application for Supply Chain Manager, APAC (Job ID 60412), Singapore.\n\nOur recruiters will review it and contact you should your qualifications match the requirements of the role. If you are not shortlisted, your profile will be kept in our talent pool for 12 months.\n\nKind regards,\nKestrel Talent Acquisition\n\nPowered by SAP SuccessFactors",
    ),
    m(
        "930202",
        "2025-10-02 09:48",
        "Kestrel Life Sciences Group <careers@kestrel-lsg.com>",
        "Update on Job ID 60412",
        A("rejection", KE, KER, 2, "other"),
        "Dear Melvin,\n\nThank you for taking the time to apply for the Supply Chain Manager, APAC role. We were impressed by your background in regional distribution and procurement.\n\nAfter careful consideration, we regret to inform you that we will not be progressing your application further at this time, as we have identified candidates whose experience more closely matches our current needs.\n\nWe wish you every success in your career.\n\nKestrel Talent Acquisition",
    ),
    # --- 23 Kestrel re-application -> ghosted ------------------------------------------------
    m(
        "932301",
        "2025-11-27 22:07",
        "Kestrel Life Sciences Group <careers@kestrel-lsg.com>",
        "Your application for Procurement Manager, Indirect (Job ID 61988)",
        A("confirmation", KE, "Procurement Manager, Indirect", 23, "other"),
        "Dear Melvin Goh,\n\nThank you for your interest in a career with Kestrel. We have received your application for Procurement Manager, Indirect (Job ID 61988), Singapore.\n\nOur recruiters will review it and contact you should your qualifications match the requirements of the role. If you are not shortlisted, your profile will be kept in our talent pool for 12 months.\n\nKind regards,\nKestrel Talent Acquisition\n\nPowered by SAP SuccessFactors",
    ),
    # --- 3 Tidewater Authority (statutory board portal) -> ghosted after interview ----------
    m(
        "930301",
        "2025-09-11 15:30",
        "Tidewater Authority Careers <no-reply@careers.tidewater.gov.sg>",
        "Acknowledgement of Application - TWA/PROC/2025/118",
        A("confirmation", TW, TWR, 3, "other"),
        "Dear Mr Goh Wei Jie Melvin,\n\nThis is to acknowledge receipt of your application for the position of Senior Manager (Procurement), Reference TWA/PROC/2025/118.\n\nWe will be reviewing all applications and only shortlisted candidates will be notified. Applicants who are not contacted within 8 weeks of the closing date may consider their application unsuccessful.\n\nThank you for your interest in joining the Tidewater Authority.\n\nHuman Resource Division\nTidewater Authority\n\nThis is a computer-generated email. No signature is required.",
    ),
    m(
        "930302",
        "2025-10-20 10:10",
        "Lee Siew Ling <lee_siew_ling@tidewater.gov.sg>",
        "Shortlisted - Interview for Senior Manager (Procurement)",
        A("interview", TW, TWR, 3, "direct"),
        "Dear Mr Goh,\n\nWe are pleased to inform you that you have been shortlisted for an interview for the position of Senior Manager (Procurement).\n\nDate: 30 October 2025 (Thursday)\nTime: 2:30pm\nVenue: Tidewater Authority, 40 Scotts Road, Level 9, Meeting Room 9-3\n\nKindly bring along your NRIC and original certificates. Please also complete the attached Application for Employment form and bring it on the day.\n\nPlease acknowledge receipt of this email.\n\nYours sincerely,\nLee Siew Ling (Ms)\nSenior Executive, Talent Acquisition\nHuman Resource Division, Tidewater Authority",
        attach=[
            (
                "TWA_Application_for_Employment_Form.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "TWA Application for Employment",
            )
        ],
    ),
    # --- 4 Verandah via Crestline Search (agency) -> offer declined -------------------------
    m(
        "930401",
        "2025-09-18 12:04",
        "Daniel Koh <daniel.koh@crestlinesearch.com.sg>",
        "Confidential opportunity - Head of Procurement, SEA (leading consumer MNC)",
        J("outreach", "agency", None, VER),
        "Dear Melvin,\n\nI hope this finds you well. I lead the supply chain practice at Crestline Search and am retained by a leading MNC in the consumer space to find their Head of Procurement for Southeast Asia, based in Singapore with oversight of Malaysia, Thailand, Vietnam and Indonesia.\n\nThe role reports to the regional CFO and manages a team of 9. Package is competitive and benchmarked for the regional HQ level.\n\nGiven your experience in direct materials and co-manufacturing, I thought of you. Would you be open to a confidential chat this week?\n\nBest regards,\nDaniel Koh\nPartner, Supply Chain & Operations Practice\nCrestline Search Partners Pte. Ltd. | EA Licence No. 19C9931",
    ),
    m(
        "930402",
        "2025-09-24 19:16",
        "Daniel Koh <daniel.koh@crestlinesearch.com.sg>",
        "RE: Confidential opportunity - Head of Procurement, SEA",
        A("confirmation", VE, VER, 4, "agency"),
        "Hi Melvin,\n\nThanks for the call earlier. As discussed, the client is Verandah Consumer Asia (home and personal care brands). With your consent, I have submitted your CV to their Regional HR Director today and will revert once I have their feedback.\n\nDo note this is strictly confidential at this stage.\n\nRegards,\nDaniel\nCrestline Search Partners",
    ),
    m(
        "930403",
        "2025-10-06 11:30",
        "Daniel Koh <daniel.koh@crestlinesearch.com.sg>",
        "Verandah - first interview confirmed",
        A("interview", VE, VER, 4, "agency"),
        "Hi Melvin,\n\nGreat news - Verandah would like to meet you. Details:\n\nInterviewer: Priscilla Wee, Regional HR Director, and Arjun Mehta, CFO SEA\nWhen: Monday 13 October, 9:00am SGT\nWhere: Verandah office, Mapletree Business City, or Teams if you prefer\n\nI will send a short briefing note on the business before then.\n\nDaniel",
    ),
    m(
        "930404",
        "2025-11-04 20:20",
        "Daniel Koh <daniel.koh@crestlinesearch.com.sg>",
        "Verandah - verbal offer",
        A("offer", VE, VER, 4, "agency"),
        "Hi Melvin,\n\nI am happy to share that Verandah would like to make you an offer for Head of Procurement, SEA: base SGD 14,500/month, 2 months AWS, 20% bonus target, and a car allowance. The formal letter of offer will follow from their HR.\n\nI know you are weighing another offer - let us speak tomorrow morning.\n\nDaniel",
    ),
    m(
        "930405",
        "2025-11-07 09:55",
        "Daniel Koh <daniel.koh@crestlinesearch.com.sg>",
        "RE: Verandah - decision",
        A("offer", VE, VER, 4, "agency"),
        "Hi Melvin,\n\nThank you for letting me know, and for being upfront throughout. Naturally the client is disappointed, but I have conveyed your decision to decline the offer and your thanks to Priscilla and Arjun.\n\nCongratulations on the Halvorsen role - let us keep in touch; I am sure our paths will cross again.\n\nWarm regards,\nDaniel",
        st="declined",
    ),
    # --- 5 Lim Brothers Logistics (JobStreet MY) -> viewed -> rejected ----------------------
    m(
        "930501",
        "2025-09-09 22:41",
        "JobStreet <noreply@jobstreet.com>",
        "Your application was successfully submitted",
        A("confirmation", LB, LBR, 5, "other"),
        html="<html><body><h2>Application sent</h2><p>Hi Melvin,</p><p>Your application for <b>Procurement Manager</b> at <b>Lim Brothers Logistics Sdn. Bhd.</b> (Shah Alam, Selangor) has been sent.</p><p>Track your applications anytime in your JobStreet profile.</p><p>JobStreet by SEEK</p></body></html>",
    ),
    m(
        "930502",
        "2025-09-12 10:03",
        "JobStreet <noreply@jobstreet.com>",
        "Your application was viewed by Lim Brothers Logistics Sdn. Bhd.",
        A("viewed", LB, LBR, 5, "other"),
        html="<html><body><p>Hi Melvin,</p><p>Good news! The employer has viewed your application for <b>Procurement Manager</b>.</p><p>Lim Brothers Logistics Sdn. Bhd.</p><p>Tip: Make sure your profile is up to date.</p></body></html>",
    ),
    m(
        "930503",
        "2025-09-26 16:18",
        "HR Lim Brothers <hr@limbrothers.com.my>",
        "Procurement Manager position",
        A("rejection", LB, LBR, 5, "direct"),
        "Dear Mr Melvin,\n\nThank you for your interest in the Procurement Manager position with Lim Brothers Logistics. We appreciate the time you took to apply.\n\nWe regret to inform you that we have decided to proceed with candidates who are based in Malaysia and able to start immediately.\n\nWe wish you all the best in your job search.\n\nThank you.\n\nHuman Resources Department\nLim Brothers Logistics Sdn. Bhd. (201001012345)",
    ),
    # --- 6 Orbis Semiconductor (LinkedIn Easy Apply) -> viewed -> ghosted -------------------
    m(
        "930601",
        "2025-09-15 08:12",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Melvin, your application was sent to Orbis Semiconductor",
        A("confirmation", OS, OSR, 6, "linkedin"),
        "Your application was sent to Orbis Semiconductor\n\nStrategic Sourcing Manager\nOrbis Semiconductor - Singapore (Hybrid)\nApplied on 15 Sep 2025\n\nNow, take these next steps for more success with your job search: Keep applying to jobs you are a fit for.\n\nView similar jobs",
    ),
    m(
        "930602",
        "2025-09-19 13:40",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Orbis Semiconductor",
        A("viewed", OS, OSR, 6, "linkedin"),
        "Your application was viewed by Orbis Semiconductor\n\nStrategic Sourcing Manager - Singapore (Hybrid)\n\nThe hiring team viewed your application. Stay tuned for next steps!\n\nLinkedIn Singapore Pte. Ltd.",
    ),
    # --- 7 Greenleaf Packaging (Indeed) -> phone interview -> rejected ----------------------
    m(
        "930701",
        "2025-09-22 23:05",
        "Indeed <indeedapply@indeed.com>",
        "Application submitted: Purchasing Manager",
        A("confirmation", GP, GPR, 7, "indeed"),
        "Indeed\n\nApplication submitted\n\nPurchasing Manager\nGreenleaf Packaging Pte. Ltd. - Tuas, Singapore\n\nThe following items were sent to Greenleaf Packaging Pte. Ltd.: resume, answers to screener questions.\n\nGood luck!\nYou can track your application on My Jobs.",
    ),
    m(
        "930702",
        "2025-09-30 14:55",
        "Sharon Chia <sharon.chia@greenleafpack.sg>",
        "Purchasing Manager - phone interview",
        A("interview", GP, GPR, 7, "direct"),
        "Hi Melvin,\n\nThanks for applying through Indeed. I'm the HR Manager at Greenleaf. Are you available for a 30-minute phone interview this Friday, 3 Oct, at 11am? If so I'll call you at 9123 4567.\n\nThanks,\nSharon Chia\nHR Manager\nGreenleaf Packaging Pte. Ltd.\n21 Tuas South Ave 6, Singapore 637021",
    ),
    m(
        "930703",
        "2025-10-14 17:30",
        "Sharon Chia <sharon.chia@greenleafpack.sg>",
        "Following up",
        A("rejection", GP, GPR, 7, "direct"),
        "Hi Melvin,\n\nThank you for speaking with me and with our GM last week. Everyone enjoyed the conversation and your regional experience is impressive.\n\nUnfortunately, we have decided to go with a candidate with more hands-on experience in paper and resin buying, which is what the plant needs right now. We'll keep your details on file.\n\nAll the best,\nSharon",
    ),
    # --- 8 Tessellate (Greenhouse, remote) -> interview -> withdrawn ------------------------
    m(
        "930801",
        "2025-10-01 11:11",
        "Tessellate <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Tessellate!",
        A("confirmation", TS, TSR, 8, "greenhouse"),
        "Hi Melvin,\n\nThanks for applying for the Procurement Lead, APAC (Remote) role at Tessellate! We've received your application and our team is reviewing it.\n\nWe're a fully distributed team across 14 countries, so please bear with us while we coordinate across time zones. If your background is a match, someone will be in touch within two weeks.\n\nCheers,\nThe Tessellate Talent Team",
    ),
    m(
        "930802",
        "2025-10-09 07:50",
        "Brooke Calloway <brooke@tessellate.io>",
        "Tessellate <> Melvin: intro chat",
        A("interview", TS, TSR, 8, "direct"),
        "Hi Melvin!\n\nI'm the recruiter for our APAC procurement role and would love to grab 30 minutes. I'm in San Francisco, so early mornings your time tend to work best - please pick a slot here: https://calendly.com/brooke-tessellate/30min\n\nLooking forward to it,\nBrooke",
    ),
    m(
        "930803",
        "2025-10-10 06:05",
        "Calendly <notifications@calendly.com>",
        "New Event: Melvin Goh - 08:00 Wed, 15 Oct 2025 - Tessellate Intro (30 min)",
        A("interview", TS, TSR, 8, "other"),
        "Hi Melvin Goh,\n\nA new event has been scheduled.\n\nEvent Type: Tessellate Intro (30 min)\nInvitee: Brooke Calloway\nDate/Time: 08:00 - 08:30 (Singapore Time), Wednesday, 15 October 2025\nLocation: Google Meet\n\nA calendar invitation has been sent to your email address.",
        ics={
            "start": "2025-10-15 08:00:00 +0800",
            "minutes": 30,
            "organizer": ("Brooke Calloway", "brooke@tessellate.io"),
            "uid": "cal-tess-5f2a9e@calendly.com",
            "summary": "Tessellate Intro (30 min) - Melvin Goh",
            "location": "https://meet.google.com/kpq-xtrm-aav",
        },
    ),
    m(
        "930804",
        "2025-11-06 12:12",
        ME,
        "Withdrawing my application - Procurement Lead, APAC",
        A("confirmation", TS, TSR, 8, "direct"),
        "Hi Brooke,\n\nThank you for the time you and the team have spent with me. I have just accepted another offer and would like to withdraw from the process for the Procurement Lead role, so as not to take up more of the team's time.\n\nWishing Tessellate all the best with the APAC build-out.\n\nBest,\nMelvin",
        to="Brooke Calloway <brooke@tessellate.io>",
        st="withdrawn",
    ),
    m(
        "930805",
        "2025-11-07 02:30",
        "Brooke Calloway <brooke@tessellate.io>",
        "Re: Withdrawing my application - Procurement Lead, APAC",
        A("confirmation", TS, TSR, 8, "direct"),
        "Hi Melvin,\n\nThanks so much for letting us know, and congrats on the new role! I've withdrawn your candidacy on our side. Door's always open.\n\nBrooke\n\nOn Thu, Nov 6, 2025 at 8:12 PM Melvin Goh <melvin.goh.wj@gmail.com> wrote:\n> I would like to withdraw from the process for the Procurement Lead role",
        st="withdrawn",
    ),
    # --- 9 Sampan (Lever) -> rejected with "unfortunately" ---------------------------------
    m(
        "930901",
        "2025-10-03 20:48",
        "Sampan <no-reply@hire.lever.co>",
        "Thank you for your application to Sampan",
        A("confirmation", SA, SAR, 9, "lever"),
        "Hi Melvin,\n\nThanks for your interest in the Head of Supply Chain role at Sampan. We read every application personally. Unfortunately we cannot always reply to everyone quickly, but we promise to get back to you either way.\n\nTerima kasih and best,\nSampan Hiring Team",
    ),
    m(
        "930902",
        "2025-10-21 10:26",
        "Sampan <no-reply@hire.lever.co>",
        "Your application at Sampan",
        A("rejection", SA, SAR, 9, "lever"),
        "Hi Melvin,\n\nThank you for your patience while we reviewed applications for Head of Supply Chain. Your experience at a regional HQ is impressive, and it was a tough call.\n\nWe've decided to move forward with candidates who have more start-up experience in last-mile delivery, so we won't be progressing your application.\n\nWe really appreciate your interest in Sampan.\n\nSampan Hiring Team",
    ),
    # --- 10 Brightwater Chemicals (Workday tenant bwcgroup) -> interview -> on hold --------
    m(
        "931001",
        "2025-10-08 09:09",
        "BWC Group Careers <bwcgroup@myworkday.com>",
        "Thank you for your application",
        A("confirmation", BW, BWR, 10, "workday"),
        "Dear Melvin,\n\nThank you for your application for Procurement Manager, Raw Materials (JR-10933) at our Jurong Island site.\n\nWe are reviewing your application and will be in touch if your profile matches our requirements.\n\nKind regards,\nTalent Acquisition\nBrightwater Chemicals Singapore Pte. Ltd., a BWC Group company",
    ),
    m(
        "931002",
        "2025-10-22 15:00",
        "Ravi Chandran <ravi.chandran@bwcgroup.com>",
        "Interview for JR-10933",
        A("interview", BW, BWR, 10, "direct"),
        "Dear Melvin,\n\nThank you for your interest in Brightwater. We would like to invite you for a virtual interview with our Site Procurement Lead and Regional Category Director.\n\nDate: Thursday, 30 October 2025\nTime: 4:00pm SGT / 9:00am CET\nPlatform: Microsoft Teams\n\nPlease accept the calendar invitation to confirm.\n\nRegards,\nRavi Chandran\nHR Business Partner, Brightwater Chemicals",
        ics={
            "start": "2025-10-30 16:00:00 +0800",
            "minutes": 45,
            "organizer": ("Ravi Chandran", "ravi.chandran@bwcgroup.com"),
            "uid": "040000008200E00074C5B7101A82E00800000000BW10933",
            "summary": "Interview: Melvin Goh / Procurement Manager, Raw Materials",
            "location": "Microsoft Teams Meeting",
            "style": "outlook",
        },
    ),
    m(
        "931003",
        "2025-11-12 11:45",
        "Ravi Chandran <ravi.chandran@bwcgroup.com>",
        "Update on Procurement Manager role",
        A("confirmation", BW, BWR, 10, "direct"),
        "Dear Melvin,\n\nI am writing to update you on the Procurement Manager, Raw Materials position. Following an announcement last week, the group is undergoing a restructuring of its APAC procurement organisation, and the role has been put on hold until the new structure is confirmed, likely in Q2 next year.\n\nThis is in no way a reflection on your candidacy; the panel spoke highly of you. We will reach out if the role reopens.\n\nThank you for your understanding.\n\nRegards,\nRavi",
        st="on_hold",
    ),
    # --- 11 Seri Mutiara Holdings Berhad (KL, direct HR) -> Zoom interview -> rejected ------
    m(
        "931101",
        "2025-10-13 10:30",
        "SMH Talent Acquisition <talent@smhberhad.com.my>",
        "Acknowledgement: Group Procurement Manager (Kuala Lumpur)",
        A("confirmation", SM, SMR, 11, "direct"),
        "Dear Melvin Goh,\n\nThank you for your application for the position of Group Procurement Manager at Seri Mutiara Holdings Berhad. We confirm receipt of your CV.\n\nWe note that you are currently based in Singapore; kindly indicate your expected salary in RM and your notice period in your reply.\n\nShould your application be shortlisted, we will contact you within 3 weeks.\n\nThank you.\n\nTalent Acquisition\nGroup Human Capital, SMH\nMenara Seri Mutiara, Jalan Tun Razak, 50400 Kuala Lumpur",
    ),
    m(
        "931102",
        "2025-10-27 14:22",
        "Farah Izzati <farah.izzati@smhberhad.com.my>",
        "Interview Session - Group Procurement Manager",
        A("interview", SM, SMR, 11, "direct"),
        "Dear Melvin,\n\nWe are pleased to invite you to an online interview session as follows:\n\nDate: 4 November 2025 (Tuesday)\nTime: 10.00am (Malaysia time)\nPanel: En. Hafiz Kamal (Chief Procurement Officer) and Ms Tan Mei Fong (Head, Group Human Capital)\nPlatform: Zoom, Meeting ID 845 2290 1173, Passcode SMH2025\n\nKindly confirm your attendance.\n\nThank you.\n\nFarah Izzati\nExecutive, Talent Acquisition\nSeri Mutiara Holdings Berhad",
        ics={
            "start": "2025-11-04 10:00:00 +0800",
            "minutes": 60,
            "organizer": ("Farah Izzati", "farah.izzati@smhberhad.com.my"),
            "uid": "zoom-84522901173@smhberhad.com.my",
            "summary": "Interview - Melvin Goh (Group Procurement Manager)",
            "location": "https://smhberhad.zoom.us/j/84522901173",
        },
    ),
    m(
        "931103",
        "2025-11-18 17:02",
        "Farah Izzati <farah.izzati@smhberhad.com.my>",
        "Application Status - Group Procurement Manager",
        A("rejection", SM, SMR, 11, "direct"),
        "Dear Melvin,\n\nThank you for attending the interview for the position of Group Procurement Manager. The panel appreciated your insights on supplier consolidation.\n\nWe regret to inform you that your application has not been successful on this occasion. We will keep your resume in our database for future openings.\n\nWe wish you all the best in your future endeavours.\n\nThank you.\n\nFarah Izzati\nSeri Mutiara Holdings Berhad",
    ),
    # --- 12 Kallang Precision (gov job board) -> ghosted -----------------------------------
    m(
        "931201",
        "2025-09-03 21:50",
        "WorkForward SG <no-reply@workforward.gov.sg>",
        "Application submitted: Procurement Manager at KALLANG PRECISION PTE. LTD.",
        A("confirmation", KP, KPR, 12, "other"),
        html="<html><body><p>Dear MELVIN GOH WEI JIE,</p><p>You have successfully applied for the following job:</p><table><tr><td>Job title</td><td>PROCUREMENT MANAGER</td></tr><tr><td>Company</td><td>KALLANG PRECISION PTE. LTD.</td></tr><tr><td>Job post ID</td><td>WFSG-2025-0871244</td></tr></table><p>The employer will contact you directly if you are shortlisted. You may view your applications under 'My Applications'.</p><p>This is an automated email from WorkForward SG, a Singapore Government Agency Website. Please do not reply.</p></body></html>",
    ),
]


def _thread(pairs: tuple[tuple[str, str], ...]) -> None:
    """Reply headers from the parent's Message-ID (child key, parent key)."""
    by_key = {spec["id"][1:].split(".", 1)[0]: spec for spec in MAIL}
    for child, parent in pairs:
        by_key[child]["In-Reply-To"] = by_key[parent]["id"]
        by_key[child]["References"] = by_key[parent]["id"]


_thread(
    (
        ("930104", "930103"),
        ("930107", "930106"),
        ("930108", "930107"),
        ("930402", "930401"),
        ("930405", "930404"),
        ("930805", "930804"),
    )
)
