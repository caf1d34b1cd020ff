# ruff: noqa: E501
"""Corpus 92, alerts, outreach and other job mail (data only): see heldout92.py."""

from __future__ import annotations

from functools import partial
from typing import Any

import heldout as H  # this folder is the script's first import path


def _zone(day: str) -> str:
    return "+0200"


m = partial(H.dated_spec, _zone)
J = "en"

MAIL: list[dict[str, Any]] = [
    m(
        "930001",
        "2025-10-02 06:30",
        "PNet Job Alerts <jobalerts@pnet.co.za>",
        "12 new jobs for 'structural engineer' in Cape Town",
        ("alert", None, None, None, "other", J),
        html="<p>Hi Lerato, here are your latest matches:</p><ul><li>Structural Engineer - Berg &amp; Mkhize Structural Engineers - Cape Town</li><li>Senior Structural Engineer - Confidential - Stellenbosch</li><li>Candidate Engineer (Civil) - Tafelkop Consulting - Bellville</li></ul><p><a href='https://www.pnet.co.za/jobs'>See all 12 jobs</a></p><p>Manage your job alerts</p>",
    ),
    m(
        "930002",
        "2025-10-05 07:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "\u201cstructural engineer\u201d: Kolosi Engineering Group - Senior Civil Engineer and more",
        ("alert", None, None, None, "linkedin", J),
        "Your job alert for structural engineer in South Africa\n\nSenior Civil Engineer: Water & Sanitation - Kolosi Engineering Group - Johannesburg (Hybrid)\nStructural Engineer - Zarnow Steel - Germiston\nBridge Engineer - Mbeki Okonkwo & Associates - Pretoria\n\nSee all jobs\n\nLinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085",
    ),
    m(
        "930003",
        "2025-10-06 08:12",
        "CareerJunction <jobmail@careerjunction.co.za>",
        "JobMail: 8 new Engineering jobs matching your profile",
        ("alert", None, None, None, "other", J),
        html="<h3>Your JobMail</h3><p>Contracts Engineer (Structures) - Ubuntu Build Contractors - Bellville</p><p>Civil Engineer (Roads) - Confidential - Durban</p><p>Resident Engineer - Recruit-Pro - Port Elizabeth</p><p><a href='https://www.careerjunction.co.za'>View all</a></p>",
    ),
    m(
        "930004",
        "2025-10-11 09:00",
        "Indeed <alert@indeed.com>",
        "New jobs for civil engineer in Western Cape",
        ("alert", None, None, None, "indeed", J),
        html="<p>Development Engineer<br>Harbour Line Developments - Cape Town<br>Easily apply</p><p>Civil Technologist<br>Drakenvlei Municipality - Paarl</p><p>Senior Civil Engineer<br>Kolosi Engineering Group - Cape Town</p><p>Unsubscribe from these emails</p>",
    ),
    m(
        "930005",
        "2025-10-13 18:45",
        "Linden Haywood Careers <talentcommunity@lindenhaywood.com>",
        "Welcome to the Linden Haywood talent community",
        ("alert", "Linden Haywood", None, None, "other", J),
        "Hi Lerato\n\nThank you for joining our Talent Community. You will now receive updates on engineering opportunities across Africa and the Middle East that match your interests (Structures; Cape Town, Johannesburg, Durban).\n\nIn the meantime, read about our work on the Maputo Port expansion.\n\nLinden Haywood Group",
    ),
    m(
        "930006",
        "2025-10-19 07:10",
        "Careers24 Alerts <alerts@careers24.com>",
        "Design Engineer and 6 other jobs for you",
        ("alert", None, None, None, "other", J),
        html="<p>Jobs we think you'll like</p><p>Design Engineer - Swartland Precast - Malmesbury</p><p>Structural Draughtsperson - Confidential - Cape Town</p><p>Junior Civil Engineer - Confidential - George</p>",
    ),
    m(
        "930007",
        "2025-10-23 10:30",
        "Keegan Naidoo <keegan.naidoo@engtalentpartners.co.za>",
        "Senior Structural Engineer | Durban | Industrial",
        ("outreach", None, "Senior Structural Engineer", None, "agency", J),
        "Hi Lerato\n\nI hope this finds you well. I have an exclusive mandate with a well-established industrial engineering firm in Durban (sugar and paper mill structures). They are looking for a Pr Eng Senior Structural Engineer. R900k-R1.1m CTC.\n\nWould you be open to a confidential conversation?\n\nKeegan Naidoo\nEngineering Talent Partners",
    ),
    m(
        "930008",
        "2025-10-26 12:00",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Lwandle Gumede sent you a message",
        ("outreach", "Gautrain Extension JV", "Senior Structural Engineer", None, "linkedin", J),
        "Lwandle Gumede\nTalent Acquisition Lead at Gautrain Extension JV\n\nHi Lerato, we are building the structures team for the elevated sections of the rail extension and your viaduct experience looks like a great fit. Are you open to opportunities in Johannesburg?\n\nView message\n\nThis email was intended for Lerato Mahlangu",
    ),
    m(
        "930009",
        "2025-11-02 06:30",
        "PNet Job Alerts <jobalerts@pnet.co.za>",
        "9 new jobs for 'structural engineer' in Cape Town",
        ("alert", None, None, None, "other", J),
        html="<p>Hi Lerato, here are your latest matches:</p><ul><li>Facade Engineer - Studio Lwazi - Woodstock</li><li>Senior Engineer - Helderberg Timber Frame - Somerset West</li><li>Structural Engineer - Tafelkop Consulting - Bellville</li></ul><p>See all 9 jobs</p>",
    ),
    m(
        "930010",
        "2025-10-27 07:05",
        "SmartRecruiters <noreply@smartrecruiters.com>",
        "Confirm your email address",
        ("other_job", "Ndlovu Africon", None, None, "smartrecruiters", J),
        "Hi Lerato,\n\nPlease confirm your email address to finish setting up your candidate account. Your verification code is 482 019.\n\nSmartRecruiters",
    ),
    m(
        "930011",
        "2025-11-09 07:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "30+ new jobs for \u201cstructural engineer\u201d in Durban",
        ("alert", None, None, None, "linkedin", J),
        "Structural Engineer: Bridges - Sithole Pieterse & Partners - Durban\nCoastal Engineer - Port Natal Marine - Durban\nResident Engineer - Khanyisa-Delport JV - Durban\n\nSee all jobs\n\nLinkedIn Corporation",
    ),
    m(
        "930012",
        "2025-11-15 09:44",
        "Naledi Power Careers <noreply@successfactors.eu>",
        "New job posting that matches your profile",
        ("alert", "Naledi Power", None, None, "other", J),
        "Dear Lerato\n\nA new position matching your saved search has been posted: Senior Engineer: Civil Design (Rosherville). Closing date: 30 November 2025.\n\nNaledi Power SOC Ltd",
    ),
    m(
        "930013",
        "2025-11-22 09:15",
        "Glassdoor <noreply@glassdoor.com>",
        "Salaries at MKC Group and 2 other companies you viewed",
        ("alert", None, None, None, "other", J),
        html="<p>Structural Engineer salaries in Cape Town: R650k - R950k</p><p>MKC Group - 4.1 stars - 38 reviews</p><p>Linden Haywood - 3.9 stars</p>",
    ),
    m(
        "930014",
        "2025-11-29 15:00",
        "Meridian Talent Assessments <noreply@meridiantalent.co.za>",
        "How was your assessment experience?",
        ("other_job", "MKC", None, None, "other", J),
        "Dear Lerato\n\nYou recently completed an assessment on behalf of MKC Group. Please take 2 minutes to rate your experience.\n\nhttps://survey.meridiantalent.co.za/x9K2\n\nThank you",
    ),
    m(
        "930015",
        "2025-12-04 10:12",
        "Kolosi Careers <careers@kolosigroup.com>",
        "We're hiring: Graduate and Candidate Engineer programme 2026",
        ("alert", "Kolosi Engineering", None, None, "direct", J),
        html="<h2>Kolosi is hiring</h2><p>Applications for our 2026 Candidate Engineer programme are open. Know someone finishing their BSc Eng? Share this with them.</p><p>Kolosi Engineering Group (Pty) Ltd</p>",
    ),
    m(
        "930016",
        "2025-12-16 06:30",
        "PNet Job Alerts <jobalerts@pnet.co.za>",
        "5 new jobs for 'structural engineer' in Cape Town",
        ("alert", None, None, None, "other", J),
        html="<p>Your latest matches: Senior Structural Engineer - Confidential - Century City; Structural Engineer - Tafelkop Consulting - Bellville</p><p>Pause this alert</p>",
    ),
    m(
        "930017",
        "2026-01-13 11:00",
        "Rowan Pillay <rowan@brightstonetech.co.za>",
        "Happy new year + a bridges role in PE",
        ("outreach", None, "Senior Bridge Engineer", None, "agency", J),
        "Hi Lerato\n\nHappy new year! I saw on LinkedIn that you have started at MKC - congrats. No pressure at all, but I have a Senior Bridge Engineer role in Gqeberha with a consultancy you would like, in case you ever want to chat.\n\nKind regards\nRowan Pillay\nBrightstone Technical Recruitment",
    ),
    m(
        "930018",
        "2026-01-19 07:00",
        "Indeed <alert@indeed.com>",
        "Structural engineer jobs near Cape Town",
        ("alert", None, None, None, "indeed", J),
        html="<p>Senior Structural Engineer - Tafelkop Consulting - Bellville</p><p>Lead Structural Engineer - Confidential - Cape Town</p><p>Unsubscribe</p>",
    ),
    m(
        "930019",
        "2026-02-06 14:20",
        "LinkedIn <messages-noreply@linkedin.com>",
        "New message from Anika Venter",
        ("outreach", "Tafelkop Consulting", "Lead Structural Engineer", None, "linkedin", J),
        "Anika Venter\nHR Manager at Tafelkop Consulting\n\nHi Lerato, congrats on the new role. We are growing our Bellville structures team and will have a Lead Structural Engineer opening mid-year. Would you be keen to keep in touch?\n\nReply",
    ),
    m(
        "930020",
        "2026-02-20 09:00",
        "NPS Talent Sourcing <talentsourcing@naledipower.co.za>",
        "Candidate experience survey",
        ("other_job", "Naledi Power", None, None, "direct", J),
        "Dear Candidate\n\nNaledi Power is committed to improving our recruitment process. Kindly complete our short candidate experience survey about your recent application with NPS.\n\nhttps://forms.naledipower.co.za/cx2026\n\nTalent Sourcing",
    ),
    m(
        "930021",
        "2026-03-04 07:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "New jobs similar to Senior Structural Engineer at MKC",
        ("alert", None, None, None, "linkedin", J),
        "Structural Engineer - Zarnow Steel - Germiston\nSenior Engineer - Helderberg Timber Frame - Somerset West\n\nSee all jobs\n\nLinkedIn Corporation",
    ),
    m(
        "930022",
        "2026-03-17 13:30",
        "Keegan Naidoo <keegan.naidoo@engtalentpartners.co.za>",
        "Following up - Senior Structural Engineer, Durban",
        ("outreach", None, "Senior Structural Engineer", None, "agency", J),
        "Hi Lerato\n\nJust following up on my note from October - the Durban industrial role is still open and the client has increased the budget. Let me know if the timing is better now.\n\nKeegan",
    ),
    m(
        "930023",
        "2025-12-18 16:00",
        "UCMM e-Recruitment <erecruitment@umgenicoast.gov.za>",
        "Reminder: update your e-Recruitment profile",
        ("other_job", "Umgeni Coast Metropolitan Municipality", None, None, "other", J),
        "Dear MS L MAHLANGU\n\nThis is a reminder to keep your e-Recruitment profile (ID number, qualifications, SAQA verification) up to date so that future applications are processed without delay.\n\nThis is a system-generated message. Do not reply.",
    ),
    m(
        "930024",
        "2025-10-07 09:02",
        "MKC Group Careers <mkcgroup@myworkday.com>",
        "Your candidate account has been created",
        ("other_job", "MKC", None, None, "workday", J),
        "Dear Lerato\n\nYour candidate account on the MKC Careers site has been created. Use this email address to sign in and manage your profile and applications.\n\nMKC Group",
    ),
    m(
        "930025",
        "2025-10-26 19:00",
        "Careers24 <noreply@careers24.com>",
        "Your profile is 70% complete",
        ("alert", None, None, None, "other", J),
        html="<p>Hi Lerato, recruiters are 3x more likely to find profiles that are complete. Add your qualifications and registrations (e.g. ECSA) to reach 100%.</p><p>Careers24</p>",
    ),
]
