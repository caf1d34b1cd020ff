# ruff: noqa: E501
"""Corpus 56, alerts, outreach and other job mail (data only): see heldout56.py."""

from __future__ import annotations

from typing import Any

from heldout56_jobs import m


def J(cat, src, co=None, role=None):
    return (cat, co, role, None, src, "en")


def _seek(key, when, title, jobs):
    rows = "".join(f"<tr><td><b>{t}</b><br>{c} - {loc}</td></tr>" for t, c, loc in jobs)
    return m(
        key,
        when,
        "SEEK <jobmail@s.seek.com.au>",
        title,
        J("alert", "other"),
        html=f"<html><body><table width='600'><tr><td><h3>New jobs for you</h3><p>Based on your saved search: clinical informatics, Sydney NSW</p></td></tr>{rows}<tr><td><a href='https://www.seek.com.au/'>See all jobs</a><br><small>You're receiving this JobMail because you created a saved search. Unsubscribe anytime.</small></td></tr></table></body></html>",
    )


def _li(key, when, subject, body):
    return m(
        key,
        when,
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        subject,
        J("alert", "linkedin"),
        body
        + "\n\nSee all jobs: https://www.linkedin.com/jobs/\nYou are receiving LinkedIn job alert emails.\nLinkedIn Corporation, 1000 W Maude Ave, Sunnyvale, CA 94085",
    )


MAIL: list[dict[str, Any]] = [
    _seek(
        "71001",
        "2025-09-03 07:00",
        "3 new jobs: clinical informatics",
        [
            ("Clinical Informatics Nurse", "Confidential", "Sydney NSW"),
            ("eMR Trainer", "Riverlands Private Hospital", "Penrith NSW"),
            ("Nurse Educator - Digital", "Bayview Health", "Sydney NSW"),
        ],
    ),
    _seek(
        "71002",
        "2025-09-17 07:00",
        "New jobs for you: clinical informatics",
        [
            ("Clinical Product Specialist", "Coralbay Health", "Sydney NSW"),
            ("Health Informatics Officer", "Western Districts PHN", "Parramatta NSW"),
        ],
    ),
    _seek(
        "71003",
        "2025-10-08 07:00",
        "5 new jobs: clinical informatics",
        [
            ("Clinical Applications Analyst", "Tidewater Radiology", "North Sydney NSW"),
            ("Digital Health Lead", "Pelican Care", "Newcastle NSW"),
            ("Nursing Informatics Consultant", "Confidential", "Sydney NSW"),
        ],
    ),
    _seek(
        "71004",
        "2025-11-19 07:00",
        "2 new jobs: clinical informatics",
        [
            ("Clinical Safety Officer", "Harrowgate Digital", "Melbourne VIC"),
            ("Product Analyst - Health", "Bluegum Software", "Sydney NSW"),
        ],
    ),
    _seek(
        "71005",
        "2026-01-14 07:00",
        "New jobs for you: product analyst health",
        [
            ("Clinical Product Analyst", "Beacon Telehealth", "Remote"),
            ("Product Analyst", "Wattle Insurance", "Sydney NSW"),
        ],
    ),
    _li(
        "71011",
        "2025-09-10 06:45",
        "“clinical informatics”: 12 new jobs in Sydney",
        "Your job alert for clinical informatics in Greater Sydney Area\n\nClinical Informatics Lead - Harbourside Private - Sydney\nFounding Clinical Product Lead - Wardround - Sydney (Hybrid)\nImplementation Consultant - Pathline - Remote\n\n12 new jobs match your preferences.",
    ),
    _li(
        "71012",
        "2025-10-01 06:45",
        "Clinical Product Manager at Lumenfield and 8 more jobs for you",
        "Jobs you may be interested in\n\nClinical Product Manager - Lumenfield - Darlinghurst\nNurse Informatician - Metro Bayside Hospital and Health Service - Brisbane\nDigital Nursing Lead - Kinnear Health - Sydney",
    ),
    _li(
        "71013",
        "2026-01-28 06:45",
        "“product manager health”: 9 new jobs",
        "Your job alert for product manager health in Australia\n\nProduct Manager, Care Coordination - Hollis Digital - Melbourne\nSenior Product Analyst - Tern Health - Remote\n",
    ),
    m(
        "71021",
        "2025-09-13 08:00",
        "Indeed <alert@indeed.com>",
        "Nurse Consultant jobs in Sydney NSW",
        J("alert", "indeed"),
        html="<html><body><p><b>indeed</b></p><p>12 new jobs for <b>nurse consultant digital</b> in Sydney NSW</p><p>Nurse Consultant, Virtual Care - CareLoop - Melbourne VIC - Easily apply<br>Clinical Nurse Consultant - Telehealth - Lakeshore Health - Sydney NSW</p><p><a href='https://au.indeed.com/'>See all jobs</a></p><p style='font-size:11px'>Unsubscribe from these alerts</p></body></html>",
    ),
    m(
        "71022",
        "2025-12-02 08:00",
        "Indeed <alert@indeed.com>",
        "Your job alert: clinical informatics",
        J("alert", "indeed"),
        html="<html><body><p><b>indeed</b></p><p>3 new jobs for <b>clinical informatics</b></p><p>Informatics Nurse - Ridgeway Hospital - Sydney NSW</p><p style='font-size:11px'>Unsubscribe</p></body></html>",
    ),
    m(
        "71031",
        "2025-09-22 12:00",
        "Ethical Jobs <jobs@ethicaljobs.com.au>",
        "Your weekly Ethical Jobs alert: Health & Community",
        J("alert", "other"),
        "Hi Mei Lin,\n\nHere are this week's jobs matching Health, Digital:\n\nDigital Health Project Officer - Greenvale Community Health - Brunswick VIC\nCare Navigator - Inner West Refugee Health - Sydney NSW\nData and Systems Coordinator - Headspring Youth - Remote\n\nFind work that matters.\nEthical Jobs",
    ),
    m(
        "71032",
        "2025-10-20 12:00",
        "Ethical Jobs <jobs@ethicaljobs.com.au>",
        "Your weekly Ethical Jobs alert: Health & Community",
        J("alert", "other"),
        "Hi Mei Lin,\n\nThis week's jobs matching Health, Digital:\n\nDigital Health Officer - Coastal Primary Health Network - Gosford NSW\nQuality & Systems Lead - Mallee Community Care - Mildura VIC\n\nEthical Jobs",
    ),
    m(
        "71041",
        "2025-10-02 19:00",
        "Jora <no-reply@jora.com>",
        "New jobs matching 'clinical systems trainer'",
        J("alert", "other"),
        "Hi Mei Lin,\n\n4 new jobs matching your search:\n\nClinical Systems Trainer - Meridian Pathology - Parramatta NSW\nEMR Trainer - Confidential - Sydney NSW\n\nJora Australia",
    ),
    m(
        "71051",
        "2025-10-04 10:00",
        "Kinnear Healthcare Group <kinnear@myworkday.com>",
        "Welcome to the Kinnear Health Talent Community",
        J("alert", "workday", "Kinnear Health"),
        "Dear Mei Lin,\n\nThank you for joining the Kinnear Health Talent Community. We'll keep you informed of new opportunities that match your interests in Nursing and Digital Health.\n\nKinnear Healthcare Group Talent Acquisition",
    ),
    m(
        "71052",
        "2025-10-04 09:41",
        "Kinnear Healthcare Group <kinnear@myworkday.com>",
        "Verify your candidate account",
        J("other_job", "workday", "Kinnear Health"),
        "Please verify your email to finish creating your Kinnear Healthcare Group candidate account.\n\nVerification code: 448102\n\nThis code expires in 30 minutes.",
    ),
    m(
        "71053",
        "2025-12-01 09:00",
        "Kinnear Healthcare Group <kinnear@myworkday.com>",
        "Jobs you might like at Kinnear Health",
        J("alert", "workday", "Kinnear Health"),
        "Dear Mei Lin,\n\nBased on your talent profile, you might be interested in:\n\nNurse Unit Manager - Surgical - North Shore\nClinical Informatics Educator - Parramatta\n\nKinnear Healthcare Group Talent Acquisition",
    ),
    m(
        "71061",
        "2025-09-30 14:00",
        "Queensland Government <noreply@smartjobs.qld.gov.au>",
        "Job alert: Nursing - Informatics",
        J("alert", "other"),
        "Smart jobs and careers\n\nNew jobs matching your job alert 'Nursing - Informatics':\n\nClinical Nurse Consultant - Digital Health (QLD/NMHHS-88120) - Townsville\n\nThis is an automatically generated email.",
    ),
    m(
        "71071",
        "2025-11-10 11:22",
        "Zara Pillay <zara.pillay@northcoastrecruit.com.au>",
        "Nurse Unit Manager opportunity - Gold Coast",
        J("outreach", "agency", None, "Nurse Unit Manager"),
        "Hi Mei Lin,\n\nI'm working on a Nurse Unit Manager vacancy for a private hospital client on the Gold Coast (surgical ward, 28 beds) with relocation support available.\n\nIf you or anyone you know might be interested, I'd love to chat.\n\nZara Pillay\nNorth Coast Recruitment\n07 5528 1190",
    ),
    m(
        "71072",
        "2025-11-10 11:30",
        "Zara Pillay <zara.pillay@northcoastrecruit.com.au>",
        "Automatic reply: Nurse Unit Manager opportunity - Gold Coast",
        J("other_job", "agency"),
        "Thanks for your email. I'm out of the office until Monday 17 November with limited access to email. For urgent matters please call the North Coast Recruitment office on 07 5528 1100.\n\nZara",
    ),
    m(
        "71073",
        "2025-12-09 16:40",
        "Tom Whelan via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Clinical Product Owner - contract - Canberra/remote",
        J("outreach", "linkedin", None, "Clinical Product Owner"),
        "Hi Mei Lin,\n\nCongrats on the new role at Lumenfield! I know it's early days, but I'm working on a 6 month Clinical Product Owner contract with a federal health agency program (remote with occasional Canberra travel, baseline clearance required). Would you be open to hearing more in the new year?\n\nTom Whelan\nDirector, Capital Digital Talent\n\nReply on LinkedIn: https://www.linkedin.com/messaging/",
    ),
    m(
        "71074",
        "2026-01-19 09:05",
        "Rhys Donnelly <rhys@talentharbour.com.au>",
        "Happy new year + a product role",
        J("outreach", "agency", None, "Senior Clinical Product Manager"),
        "Hi Mei Lin,\n\nHappy new year! I hope the move to Lumenfield has been great. No pressure at all, but I've got a Senior Clinical Product Manager brief with a Melbourne-based medtech (remote friendly) and your name came straight to mind. Happy to share details if you're curious.\n\nCheers,\nRhys\nTalent Harbour Recruitment",
    ),
    m(
        "71081",
        "2025-11-20 10:00",
        "Coralbay Health <no-reply@greenhouse.io>",
        "How did we do? A quick survey about your experience with Coralbay Health",
        J("other_job", "greenhouse", "Coralbay Health"),
        "Hi Mei Lin,\n\nWe'd love your honest feedback about your recent interview experience with Coralbay Health. The survey takes 3 minutes and responses are anonymous.\n\nTake the survey: https://app.greenhouse.io/survey/cb/119203\n\nThank you!",
    ),
    m(
        "71082",
        "2025-09-19 20:30",
        "NSW Health Recruitment <nswhealth.recruitment@taleo.net>",
        "Your NSW Health careers account",
        J("other_job", "taleo"),
        "Dear Mei Lin Hartono,\n\nYour NSW Health careers account has been created. Your username is meilin.hartono.\n\nPlease keep this email for your records. If you did not create this account please contact the ROB helpdesk.\n\nNSW Health Recruitment and Onboarding",
    ),
    m(
        "71091",
        "2025-11-26 13:00",
        "SEEK <noreply@s.seek.com.au>",
        "You have an unsubmitted application",
        J("alert", "other"),
        html="<html><body><p>Hi Mei Lin,</p><p>You started applying for <b>Clinical Safety Officer</b> at <b>Harrowgate Digital</b> but didn't finish. Pick up where you left off.</p><p><a href='https://www.seek.com.au/'>Continue application</a></p></body></html>",
    ),
    m(
        "71092",
        "2025-12-15 18:10",
        "Wellfound <team@wellfound.com>",
        "Startups are hiring clinical product folks",
        J("alert", "wellfound"),
        "Hi Mei Lin,\n\n5 health startups in Sydney and Melbourne are actively hiring for roles like yours this week:\n\nTern Health - Product Analyst\nSaltbush AI - Clinical Lead\n\nBrowse jobs on Wellfound",
    ),
]
