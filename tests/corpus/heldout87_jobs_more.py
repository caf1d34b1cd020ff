# ruff: noqa: E501
"""Corpus 87, job mail part two, alerts and outreach (data only): see heldout87.py."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def _tz(day: str) -> str:
    if day < "2025-10-05" or day >= "2026-04-05":
        return "+1000"
    return "+1100"


m = partial(dated_spec, _tz)


def A(cat, co, role, app, src):
    return (cat, co, role, app, src, "en")


def J(cat, src):
    return (cat, None, None, None, src, "en")


CA, CAR = "Calder Built", "Senior Project Manager - Education"
NM, NMR = "Norwest Modular", "Project Manager - Modular Construction"
IU, IU1, IU2 = (
    "Ironbark Utilities",
    "Senior Project Manager - Substations",
    "Project Manager - Network Upgrades",
)
VE, VER = "Voltreach Energy", "Project Manager, Grid Connections"
SD, SDR = "Stratum Data Centres", "Construction Project Manager"
RC, RCR = "Riverbend City Council", "Capital Works Project Manager"
KF, KFR = "Kestrel Fitout Group", "Project Manager - Commercial Interiors"
SB, SBR = "Saltbush Projects", "Project Manager"
PB, PBR = "Pelican Bay Ports", "Senior Project Manager - Marine Infrastructure"
CR, CRR = "Coastline Rail Services", "Project Manager - Rail Systems"
HW, HWR = "Harbour City Water", "Senior Project Manager, Capital Delivery"

MAIL: list[dict[str, Any]] = [
    # --- 12 Calder Built via Fortis (named) ---------------------------------------------------
    m(
        "871202",
        "2026-01-22 15:37",
        "Ben Kariuki <ben.kariuki@fortisbuild.com.au>",
        "RE: Senior PM - Education - Calder Built",
        A("confirmation", CA, CAR, 12, "agency"),
        text=(
            "Hi Lachlan,\n\nGreat to chat. As discussed the client is Calder Built (Calder Building Group Pty Ltd) - they're based in Brunswick. I've sent your "
            "CV to their GM Operations, Fiona Leckie, with my notes. I expect feedback by end of next week.\n\nBen\n\nFortis Build Recruitment | fortisbuild.com.au"
        ),
    ),
    m(
        "871203",
        "2026-01-29 12:10",
        "Fiona Leckie <fiona.leckie@calderbuilding.com.au>",
        "Calder Built / Lachlan Mercer-Doyle - Teams chat",
        A("interview", CA, CAR, 12, "direct"),
        text=(
            "Hi Lachlan,\n\nBen passed on your details - thanks for your interest. I've sent through a Teams invite for Tuesday at 12:30 for a first conversation. "
            "Nothing formal, about 45 minutes.\n\nRegards,\nFiona Leckie\nGM Operations\nCalder Building Group Pty Ltd\n"
        ),
        ics={
            "uid": "calder-0203-leckie@calderbuilding.com.au",
            "start": "2026-02-03 12:30:00 +1100",
            "summary": "Calder Built / Lachlan Mercer-Doyle - Teams chat",
            "organizer": ("Fiona Leckie", "fiona.leckie@calderbuilding.com.au"),
            "minutes": 45,
            "style": "outlook",
            "location": "Microsoft Teams Meeting",
        },
    ),
    m(
        "871204",
        "2026-02-06 17:22",
        "Ben Kariuki <ben.kariuki@fortisbuild.com.au>",
        "Calder feedback",
        A("rejection", CA, CAR, 12, "agency"),
        text=(
            "Hi Lachlan,\n\nHeard back from Fiona. She enjoyed the conversation and rated your civil delivery experience, but for this role they're going with a "
            "candidate who's already delivered VSBA schools - they won't be progressing you to the second round. Sorry mate, I know you were keen.\n\n"
            "I'll keep you front of mind for anything in Sydney.\n\nBen"
        ),
    ),
    # --- 13 Norwest Modular (SEEK only; ghosted) ------------------------------------------------
    m(
        "871301",
        "2025-10-25 13:02",
        "SEEK <noreply@s.seek.com.au>",
        "Your application was successfully submitted",
        A("confirmation", NM, NMR, 13, "other"),
        html=(
            "<html><body style='font-family:Arial'><h2>Hi Lachlan, your application has been sent</h2>"
            "<p><b>Project Manager - Modular Construction</b><br>Norwest Modular Pty Ltd<br>Castle Hill, Sydney NSW</p>"
            "<p>Submitted: 25 October 2025, 1:02 pm<br>Resume: Lachlan_Mercer-Doyle_CV_2025.pdf<br>Cover letter: None</p>"
            "<p><a href='https://www.seek.com.au/my-activity/applied-jobs'>View your applied jobs</a></p></body></html>"
        ),
    ),
    # --- 14/15 Ironbark Utilities (rejected, then re-applied) ----------------------------------
    m(
        "871401",
        "2025-10-14 19:20",
        "SEEK <noreply@s.seek.com.au>",
        "Your application was successfully submitted",
        A("confirmation", IU, IU1, 14, "other"),
        html=(
            "<html><body style='font-family:Arial'><h2>Hi Lachlan, your application has been sent</h2>"
            "<p><b>Senior Project Manager - Substations</b><br>Ironbark Utilities<br>Homebush, Sydney NSW</p>"
            "<p>Submitted: 14 October 2025, 7:20 pm</p><p><a href='https://www.seek.com.au/my-activity/applied-jobs'>View your applied jobs</a></p></body></html>"
        ),
    ),
    m(
        "871402",
        "2025-10-16 09:05",
        "SEEK <noreply@s.seek.com.au>",
        "Your application was viewed by Ironbark Utilities",
        A("viewed", IU, IU1, 14, "other"),
        html=(
            "<html><body><p>Good news, Lachlan.</p><p>Ironbark Utilities viewed your application for <b>Senior Project Manager - Substations</b> on 16 Oct.</p>"
            "<p>Employers view many applications, so this doesn't mean you've been shortlisted.</p></body></html>"
        ),
    ),
    m(
        "871403",
        "2025-10-30 14:47",
        "Ironbark Utilities via SEEK <noreply@s.seek.com.au>",
        "An update on your application for Senior Project Manager - Substations",
        A("rejection", IU, IU1, 14, "other"),
        html=(
            "<html><body><p>Hi Lachlan,</p><p>Thank you for your interest in the Senior Project Manager - Substations role at Ironbark Utilities Pty Ltd.</p>"
            "<p>We've reviewed your application carefully and unfortunately you have been unsuccessful on this occasion. We received a high number of "
            "applications from candidates with direct HV substation experience.</p><p>We wish you every success in your job search.</p>"
            "<p>Ironbark Recruitment Team</p><hr><p style='font-size:11px'>This message was sent to you by the employer through SEEK.</p></body></html>"
        ),
    ),
    m(
        "871501",
        "2026-01-08 20:11",
        "SEEK <noreply@s.seek.com.au>",
        "Your application was successfully submitted",
        A("confirmation", IU, IU2, 15, "other"),
        html=(
            "<html><body style='font-family:Arial'><h2>Hi Lachlan, your application has been sent</h2>"
            "<p><b>Project Manager - Network Upgrades</b><br>Ironbark Utilities<br>Parramatta, Sydney NSW</p>"
            "<p>Submitted: 8 January 2026, 8:11 pm</p><p><a href='https://www.seek.com.au/my-activity/applied-jobs'>View your applied jobs</a></p></body></html>"
        ),
    ),
    m(
        "871502",
        "2026-01-13 11:37",
        "SEEK <noreply@s.seek.com.au>",
        "Your application was viewed by Ironbark Utilities",
        A("viewed", IU, IU2, 15, "other"),
        html=(
            "<html><body><p>Good news, Lachlan.</p><p>Ironbark Utilities viewed your application for <b>Project Manager - Network Upgrades</b> on 13 Jan.</p>"
            "<p>Employers view many applications, so this doesn't mean you've been shortlisted.</p></body></html>"
        ),
    ),
    # --- 16 Voltreach Energy (Greenhouse) ------------------------------------------------------
    m(
        "871601",
        "2025-11-03 22:09",
        "Voltreach Energy <no-reply@greenhouse.io>",
        "Thanks for applying to Voltreach!",
        A("confirmation", VE, VER, 16, "greenhouse"),
        text=(
            "Hi Lachlan,\n\nThanks for applying for the Project Manager, Grid Connections role in Melbourne. We're building the transmission and battery projects "
            "that will keep the lights on as coal retires, and we're glad you want to be part of it.\n\n"
            "Our team reviews every application. If there's a fit we'll reach out to set up a call; if not, we'll let you know either way.\n\n"
            "The Voltreach Talent Team"
        ),
    ),
    m(
        "871602",
        "2025-11-24 10:26",
        "Voltreach Energy <no-reply@greenhouse.io>",
        "Your application to Voltreach",
        A("rejection", VE, VER, 16, "greenhouse"),
        text=(
            "Hi Lachlan,\n\nThanks so much for your interest in Voltreach and for taking the time to apply. Your background in complex civil delivery is impressive, "
            "and we enjoyed reading about your work.\n\nAfter reviewing your application against this role's focus on AEMO connection processes, we've decided "
            "not to move forward at this stage.\n\nWe'd love you to keep an eye on our careers page as we grow.\n\nWarmly,\nThe Voltreach Talent Team"
        ),
    ),
    # --- 17 Stratum Data Centres (Lever) -------------------------------------------------------
    m(
        "871701",
        "2025-10-16 12:44",
        "Stratum Data Centres <no-reply@hire.lever.co>",
        "Your application to Stratum Data Centres",
        A("confirmation", SD, SDR, 17, "lever"),
        text=(
            "Hi Lachlan,\n\nThank you for applying to the Construction Project Manager position at Stratum (Sydney - Eastern Creek campus). "
            "We have received your application and our team will review it shortly.\n\nThanks again,\nStratum Data Centres"
        ),
    ),
    m(
        "871702",
        "2025-10-21 09:58",
        "Chloe Adeyemi <chloe.adeyemi@stratumdc.com>",
        "Stratum - quick chat?",
        A("interview", SD, SDR, 17, "lever"),
        text=(
            "Hi Lachlan,\n\nThanks for applying for our Construction PM role at Eastern Creek. I'd love to set up a 30-minute phone screen. Grab a time that suits here: "
            "https://calendly.com/chloe-adeyemi-stratum/30min\n\nChloe Adeyemi\nTalent Partner, APAC | Stratum Data Centres\n\nSent via Lever"
        ),
    ),
    m(
        "871703",
        "2025-10-21 13:15",
        "Calendly <notifications@calendly.com>",
        "Confirmed: 30 Minute Meeting with Chloe Adeyemi on Friday, 24 October 2025",
        A("interview", SD, SDR, 17, "other"),
        text=(
            "Hi Lachlan Mercer-Doyle,\n\nYour event has been scheduled.\n\n30 Minute Meeting with Chloe Adeyemi (Stratum Data Centres)\n"
            "Event Date/Time: 11:00am - Friday, 24 October 2025 (Australia/Sydney)\nLocation: Phone call - Chloe will call 0412 558 903\n\n"
            "Need to make changes to this event? Cancel or Reschedule.\n\nPowered by Calendly"
        ),
        ics={
            "uid": "cal-77f2a1b9-stratum@calendly.com",
            "start": "2025-10-24 11:00:00 +1100",
            "summary": "Lachlan Mercer-Doyle and Chloe Adeyemi",
            "organizer": ("Chloe Adeyemi", "chloe.adeyemi@stratumdc.com"),
            "minutes": 30,
            "style": "google",
        },
    ),
    m(
        "871704",
        "2025-11-05 16:30",
        "Chloe Adeyemi <chloe.adeyemi@stratumdc.com>",
        "Interview with Stratum - Construction Project Manager",
        A("interview", SD, SDR, 17, "lever"),
        text=(
            "Hi Lachlan,\n\nThe hiring team would like to meet you in person. Wednesday 12 November, 1:00pm at Stratum's Eastern Creek site office with Raj Malhotra "
            "(Head of Construction APAC) and Pete Donnellan (Senior PM). We'll also do a short walk of the SYD3 hall under construction, so enclosed shoes please.\n\n"
            "Chloe"
        ),
        ics={
            "uid": "lever-int-5523-mercerdoyle@stratumdc.com",
            "start": "2025-11-12 13:00:00 +1100",
            "summary": "Interview: Lachlan Mercer-Doyle - Construction Project Manager",
            "organizer": ("Chloe Adeyemi", "chloe.adeyemi@stratumdc.com"),
            "minutes": 90,
            "style": "google",
            "location": "Stratum SYD3 site office, Eastern Creek NSW",
        },
    ),
    m(
        "871705",
        "2025-12-08 11:02",
        "Chloe Adeyemi <chloe.adeyemi@stratumdc.com>",
        "Following up - Stratum",
        A("rejection", SD, SDR, 17, "lever"),
        text=(
            "Hi Lachlan,\n\nThanks again for coming out to Eastern Creek and for your patience while we worked through the process. Raj and Pete really enjoyed "
            "meeting you.\n\nWe've now made a decision and we won't be moving forward with your application - we've gone with a candidate with hyperscale "
            "data-centre commissioning experience. I'm sorry it's not better news.\n\nAll the best,\nChloe"
        ),
    ),
    # --- 18 Riverbend City Council (ghosted after interview) -----------------------------------
    m(
        "871801",
        "2025-11-09 18:45",
        "Riverbend City Council <recruitment@riverbend.nsw.gov.au>",
        "Application Acknowledgement - Capital Works Project Manager (Position 2025/188)",
        A("confirmation", RC, RCR, 18, "direct"),
        text=(
            "Dear Mr Mercer-Doyle\n\nThank you for your application for the position of Capital Works Project Manager (Position 2025/188).\n\n"
            "Applications will be assessed after the closing date. If you are shortlisted for interview you will be contacted by the convenor. Applicants who are "
            "not shortlisted will be notified in writing.\n\nCouncil is an EEO employer and a child safe organisation.\n\n"
            "Yours sincerely\nPeople & Culture\nRiverbend City Council\nPO Box 40, Riverbend NSW 2150"
        ),
    ),
    m(
        "871802",
        "2025-11-25 10:10",
        "Tanya Ristovski <tristovski@riverbend.nsw.gov.au>",
        "Interview - Capital Works Project Manager",
        A("interview", RC, RCR, 18, "direct"),
        text=(
            "Good morning Lachlan\n\nYou've been shortlisted for an interview for the Capital Works Project Manager role. Are you available Monday 1 December at "
            "2pm at the Council Administration Centre, Level 2? Interviews run for 45 minutes with a panel of three.\n\nPlease confirm by reply.\n\n"
            "Tanya Ristovski\nCoordinator Capital Works | City Assets\nRiverbend City Council"
        ),
    ),
    # --- 19 Kestrel Fitout Group (SmartRecruiters) -------------------------------------------
    m(
        "871901",
        "2025-11-10 08:20",
        "Kestrel Fitout Group <noreply@smartrecruiters.com>",
        "Thank you for your application",
        A("confirmation", KF, KFR, 19, "smartrecruiters"),
        text=(
            "Dear Lachlan,\n\nThank you for applying for Project Manager - Commercial Interiors at Kestrel Fitout Group. We have received your application and "
            "will review it.\n\nIf we feel your experience is a match we will reach out. Unfortunately, if you are not selected we may not always be able to reply "
            "personally.\n\nKestrel Fitout Group | Talent"
        ),
    ),
    m(
        "871902",
        "2025-11-14 13:30",
        "Kestrel Fitout Group <noreply@smartrecruiters.com>",
        "Kestrel Fitout Group - Project Manager - Commercial Interiors",
        A("rejection", KF, KFR, 19, "smartrecruiters"),
        text=(
            "Dear Lachlan,\n\nThank you for taking the time to apply. We have carefully reviewed your application and, while your experience is strong, we have "
            "decided to pursue other candidates with a commercial fitout background.\n\nKind regards,\nKestrel Fitout Group | Talent"
        ),
    ),
    # --- 20 Saltbush Projects (Workable; ghosted) -------------------------------------------
    m(
        "872001",
        "2025-12-05 15:55",
        "Saltbush Projects <noreply@candidates.workablemail.com>",
        "Thanks for applying to Saltbush Projects",
        A("confirmation", SB, SBR, 20, "workable"),
        text=(
            "Hi Lachlan,\n\nThanks for your interest in the Project Manager position at Saltbush Projects. Your application has been received and our team will "
            "review it shortly.\n\nBest regards,\nSaltbush Projects Hiring Team\n\nPowered by Workable"
        ),
    ),
    # --- 21 Pelican Bay Ports (LinkedIn, Brisbane) ----------------------------------------------
    m(
        "872101",
        "2025-10-24 21:17",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Lachlan, your application was sent to Pelican Bay Ports",
        A("confirmation", PB, PBR, 21, "linkedin"),
        html=(
            "<html><body><p>Your application was sent to Pelican Bay Ports</p><p><b>Senior Project Manager - Marine Infrastructure</b><br>Pelican Bay Ports · "
            "Brisbane, Queensland, Australia (On-site)</p><p>Applied on October 24, 2025</p></body></html>"
        ),
    ),
    m(
        "872102",
        "2025-11-07 08:41",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your update from Pelican Bay Ports",
        A("rejection", PB, PBR, 21, "linkedin"),
        html=(
            "<html><body><p>Hi Lachlan,</p><p>Thank you for your interest in the Senior Project Manager - Marine Infrastructure position at Pelican Bay Ports "
            "in Brisbane. Unfortunately, we will not be moving forward with your application, but we appreciate your time and interest in Pelican Bay Ports.</p>"
            "<p>Regards,<br>Pelican Bay Ports</p></body></html>"
        ),
    ),
    # --- 22 Coastline Rail Services (Teamtailor, forwarded from old address; ghosted) ----------
    m(
        "872201",
        "2025-10-19 10:03",
        "Lachlan Mercer-Doyle <lmd.civil@bigpond.com>",
        "Fwd: Thanks for your application, Lachlan!",
        A("confirmation", CR, CRR, 22, "teamtailor"),
        text=(
            "sending to my main address\n\n---------- Forwarded message ---------\nFrom: Coastline Rail Services <no-reply@teamtailor-mail.com>\n"
            "Date: Sat, 18 Oct 2025 at 16:41\nSubject: Thanks for your application, Lachlan!\nTo: <lmd.civil@bigpond.com>\n\n"
            "Hi Lachlan,\n\nThank you for applying for Project Manager - Rail Systems. We've received your application and will get back to you as soon as we've "
            "reviewed it.\n\nKind regards,\nCoastline Rail Services Pty Ltd - People Team\n"
        ),
    ),
    # --- 23 Harbour City Water (NSW Government portal) ----------------------------------------
    m(
        "872301",
        "2025-11-16 12:12",
        "NSW Government Careers <no-reply@iworkfor.nsw.gov.au>",
        "Application received: Senior Project Manager, Capital Delivery (REQ0045920)",
        A("confirmation", HW, HWR, 23, "other"),
        text=(
            "Dear Lachlan Mercer-Doyle,\n\nThank you for applying for the role of Senior Project Manager, Capital Delivery with Harbour City Water.\n\n"
            "Your application reference is REQ0045920-1174. Applications close on 30 November 2025. If you are not selected for the next stage we will let you "
            "know by email.\n\nRecruitment Services\nHarbour City Water | NSW Government"
        ),
    ),
    m(
        "872302",
        "2025-12-18 09:33",
        "NSW Government Careers <no-reply@iworkfor.nsw.gov.au>",
        "REQ0045920 - your application",
        A("rejection", HW, HWR, 23, "other"),
        text=(
            "Dear Lachlan,\n\nThank you for your interest in the Senior Project Manager, Capital Delivery role at Harbour City Water.\n\nWe received a strong field "
            "of applicants. On this occasion you have not been shortlisted for interview. We will keep your details on file for similar roles.\n\n"
            "Recruitment Services\nHarbour City Water"
        ),
    ),
    # --- alerts, nudges, talent communities -----------------------------------------------------
    m(
        "879001",
        "2025-10-06 06:00",
        "SEEK Job Mail <jobmail@s.seek.com.au>",
        "12 new jobs for Senior Project Manager in Sydney NSW",
        J("alert", "other"),
        html=(
            "<html><body><h3>New jobs matching: senior project manager civil, Sydney NSW</h3><ul>"
            "<li><b>Senior Project Manager - Civil</b> - Harbourstone Construction - Sydney NSW - $190k-$220k</li>"
            "<li><b>Project Manager - Substations</b> - Ironbark Utilities - Homebush</li><li><b>Project Manager</b> - Kurrajong Civil - Penrith</li>"
            "<li>Senior PM - Rail - Confidential - Sydney</li></ul><p><a href='https://www.seek.com.au/'>See all 12 jobs</a></p>"
            "<p style='font-size:11px'>Manage your SEEK Job Mail.</p></body></html>"
        ),
    ),
    m(
        "879002",
        "2025-10-20 06:00",
        "SEEK Job Mail <jobmail@s.seek.com.au>",
        "8 new jobs for Project Manager Infrastructure in Melbourne VIC",
        J("alert", "other"),
        html=(
            "<html><body><h3>New jobs matching: project manager infrastructure, Melbourne VIC</h3><ul><li>Construction Manager - Melbourne Metro Works - Lendmark</li>"
            "<li>Package Manager - Stations - Parkline Recruitment</li><li>Project Manager, Grid Connections - Voltreach Energy</li></ul>"
            "<p><a href='https://www.seek.com.au/'>See all 8 jobs</a></p></body></html>"
        ),
    ),
    m(
        "879003",
        "2025-11-17 06:00",
        "SEEK Job Mail <jobmail@s.seek.com.au>",
        "5 new jobs for Senior Project Manager in Brisbane QLD",
        J("alert", "other"),
        html="<html><body><h3>New jobs matching: senior project manager, Brisbane QLD</h3><ul><li>Senior PM - Marine - Pelican Bay Ports</li><li>Senior Project Manager - Tier 2 Builder - Alder & Finch</li></ul></body></html>",
    ),
    m(
        "879004",
        "2026-01-05 06:00",
        "SEEK Job Mail <jobmail@s.seek.com.au>",
        "Back to work? 21 new jobs for Senior Project Manager in Sydney NSW",
        J("alert", "other"),
        html="<html><body><h3>21 new jobs since your last visit</h3><ul><li>Project Manager - Network Upgrades - Ironbark Utilities</li><li>Senior Project Manager - Civil - Harbourstone Construction</li><li>Senior PM - Health - Confidential</li></ul></body></html>",
    ),
    m(
        "879005",
        "2025-10-11 08:30",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“senior project manager”: Stratum Data Centres - Construction Project Manager and more",
        J("alert", "linkedin"),
        html=(
            "<html><body><p>Your job alert for <b>senior project manager</b> in Greater Sydney Area</p><ul><li>Construction Project Manager - Stratum Data Centres - "
            "Eastern Creek (Actively recruiting)</li><li>Development Manager - Tidewell Developments - Sydney</li><li>Project Director - Corvale Civil - Sydney</li></ul>"
            "<p><a href='https://www.linkedin.com/jobs/'>See all jobs</a></p></body></html>"
        ),
    ),
    m(
        "879006",
        "2025-12-13 08:30",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“project manager infrastructure”: 30+ new jobs in Brisbane",
        J("alert", "linkedin"),
        html="<html><body><p>Your job alert for <b>project manager infrastructure</b> in Brisbane, Queensland</p><ul><li>Senior Project Manager - Lendmark - Brisbane</li><li>Project Manager - Roads - Confidential</li></ul></body></html>",
    ),
    m(
        "879007",
        "2025-10-27 07:15",
        "Indeed <alert@indeed.com>",
        "Project Manager Construction jobs in Sydney NSW - 14 new",
        J("alert", "indeed"),
        text=(
            "14 new jobs for Project Manager Construction in Sydney NSW\n\nProject Manager - Kestrel Fitout Group - Alexandria NSW - Easily apply\n"
            "Construction Project Manager - Saltbush Projects - Sydney NSW\nSite Manager - Brightwater Builders - Brookvale NSW\n\nSee all jobs: https://au.indeed.com/\n\n"
            "You're receiving this because you created a job alert on Indeed. Unsubscribe."
        ),
    ),
    m(
        "879008",
        "2025-11-30 07:15",
        "Jora Job Alerts <alerts@jora.com>",
        "New project manager jobs near Sydney NSW",
        J("alert", "other"),
        html="<html><body><p>Hi Lachlan, here are the latest jobs matching <b>project manager</b> near Sydney NSW.</p><ul><li>Project Manager - Residential - Northern Beaches</li><li>Assistant PM - Civil - Western Sydney</li></ul></body></html>",
    ),
    m(
        "879009",
        "2025-11-03 07:00",
        "NSW Government Careers <no-reply@iworkfor.nsw.gov.au>",
        "Job alert: 6 new roles match 'project manager'",
        J("alert", "other"),
        text=(
            "Hello Lachlan\n\n6 new roles match your saved search 'project manager' (Infrastructure, Grade 11 and above):\n\n"
            "- Senior Project Manager, Capital Delivery - Harbour City Water - closes 30 Nov\n- Manager, Project Controls - Infrastructure Delivery Authority\n"
            "- Senior Project Officer - Department of Planning - closes 14 Nov\n\nView roles on I work for NSW."
        ),
    ),
    m(
        "879010",
        "2025-10-21 10:00",
        "Lendmark Group <lendmarkgroup@myworkday.com>",
        "Welcome to the Lendmark Talent Community",
        J("alert", "workday"),
        text=(
            "Hi Lachlan,\n\nThanks for joining the Lendmark Talent Community. We'll send you roles that match your interests in Project Management and "
            "Construction across Australia and New Zealand.\n\nLendmark Talent Acquisition"
        ),
    ),
    m(
        "879011",
        "2025-10-09 19:00",
        "Harbourstone Careers <careers@harbourstoneholdings.com.au>",
        "You haven't finished your application",
        J("alert", "other"),
        text=(
            "Hi Lachlan,\n\nYou started an application for Project Engineer - Tunnelling (Req 4390) but haven't submitted it yet. Your progress is saved - "
            "pick up where you left off any time before the ad closes on 15 October.\n\nHarbourstone Holdings Talent Acquisition"
        ),
    ),
    m(
        "879012",
        "2026-02-23 06:00",
        "SEEK <noreply@s.seek.com.au>",
        "Recommended for you: Senior Project Manager roles",
        J("alert", "other"),
        html="<html><body><p>Based on your recent activity, Lachlan, these roles might suit you.</p><ul><li>Senior PM - Transport - Sydney</li><li>Project Director - Water - Sydney</li></ul><p>Not looking anymore? Update your SEEK Profile visibility.</p></body></html>",
    ),
    # --- outreach ----------------------------------------------------------------------------
    m(
        "879101",
        "2025-10-30 13:48",
        "Sophie Tran via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Senior Project Manager opportunity - Brisbane",
        ("outreach", "Meridan Homes", "Senior Project Manager", None, "linkedin", "en"),
        text=(
            "Hi Lachlan,\n\nI lead talent acquisition at Meridan Homes in Brisbane. We're growing our build-to-rent arm and I think your experience would translate "
            "well. Would you be open to a chat about a Senior Project Manager role?\n\nSophie Tran\nHead of Talent, Meridan Homes\n\nReply on LinkedIn"
        ),
    ),
    m(
        "879102",
        "2025-11-19 11:25",
        "Grace O'Rourke <grace.orourke@alderfinch.com.au>",
        "Tier-2 builder - Project Manager - Brisbane",
        ("outreach", None, "Project Manager", None, "agency", "en"),
        text=(
            "Hi Lachlan,\n\nI came across your CV on SEEK. I'm recruiting for a tier-2 builder in Brisbane delivering health and aged care projects. Project "
            "Manager, $180-200k plus super. Are you open to Brisbane? Let me know a good time to call.\n\nGrace O'Rourke\nAlder & Finch Recruitment | Brisbane"
        ),
    ),
    m(
        "879103",
        "2025-12-22 08:02",
        "Jarrod Finnegan <jarrod.finnegan@keystonetalent.com.au>",
        "Automatic reply: Happy Christmas + a couple of roles",
        ("other_job", None, None, None, "agency", "en"),
        text=(
            "Hi,\n\nThanks for your email. Keystone Talent Partners is closed from 22 December and reopens Monday 12 January. I'll respond when I'm back.\n\n"
            "Merry Christmas,\nJarrod"
        ),
    ),
    m(
        "879104",
        "2026-03-10 14:05",
        "Olivia Strand <olivia@parklinerecruitment.com.au>",
        "Sydney roles - catch up?",
        ("outreach", None, None, None, "agency", "en"),
        text=(
            "Hi Lachlan,\n\nSaw on LinkedIn you've started at Harbourstone - congrats! No pitch, just wanted to say keep in touch; when you're building your team "
            "I'd love to help.\n\nOlivia\nParkline Recruitment"
        ),
    ),
    # --- other job mail ---------------------------------------------------------------------
    m(
        "879201",
        "2026-02-13 10:20",
        "Fit2Work <no-reply@fit2work.com.au>",
        "Harbourstone Holdings has requested a National Police Check",
        (
            "other_job",
            "Harbourstone Construction",
            "Senior Project Manager - Civil",
            None,
            "other",
            "en",
        ),
        text=(
            "Hi Lachlan,\n\nHarbourstone Holdings Limited has asked you to complete a National Police Check as part of your employment. Please complete the "
            "online form and verify your identity within 5 days.\n\nhttps://www.fit2work.com.au/check/HH-55120\n\nFit2Work"
        ),
    ),
    m(
        "879202",
        "2025-12-16 09:00",
        "SEEK <noreply@s.seek.com.au>",
        "How was your application experience with Stratum Data Centres?",
        ("other_job", "Stratum Data Centres", None, None, "other", "en"),
        html="<html><body><p>Hi Lachlan, tell us about your experience applying with Stratum Data Centres. It takes 2 minutes and helps other candidates.</p><p><a href='https://www.seek.com.au/'>Write a review</a></p></body></html>",
    ),
    m(
        "879203",
        "2025-12-12 10:00",
        "NSW Government Careers <no-reply@iworkfor.nsw.gov.au>",
        "Tell us about your recruitment experience",
        ("other_job", "Infrastructure Delivery Authority NSW", None, None, "other", "en"),
        text="Dear Lachlan\n\nYou recently took part in a recruitment process with Infrastructure Delivery Authority. Please complete our 3-minute candidate experience survey.\n\nThank you\nNSW Public Service Commission",
    ),
]
