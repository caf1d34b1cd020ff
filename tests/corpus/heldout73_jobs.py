# ruff: noqa: E501
"""Corpus 73, Canadian job mail in English (data only): see heldout73.py."""

from __future__ import annotations

from functools import partial
from typing import Any

import heldout as H


def _tz(day: str) -> str:
    if day < "2025-11-02" or day >= "2026-03-08":
        return "-0400"
    return "-0500"


m = partial(H.dated_spec, _tz)


def A(cat: str, co: str | None, role: str | None, app: int | None, src: str) -> tuple:
    return (cat, co, role, app, src, "en")


def ics(
    uid: str,
    start: str,
    summary: str,
    organizer: tuple,
    location: str,
    minutes: int = 60,
    **kw: Any,
) -> dict[str, Any]:
    ev: dict[str, Any] = {
        "uid": uid,
        "start": start,
        "minutes": minutes,
        "summary": summary,
        "organizer": organizer,
        "location": location,
    }
    ev.update(kw)
    return ev


SIG_NADIA = "\n\nNadia Ferreira-Mackenzie, EIT\n416-555-0148\n"

HB, HBR = "Halbrook Infrastructure", "Mechanical Engineer-in-Training, Transit Projects"
EL, ELR = "City of Elmbridge", "Project Engineer, Transportation Infrastructure"
OH, OHR = "Ontario Hydrolink", "Engineer-in-Training, Mechanical (Generation)"
OHR2 = "Mechanical Engineer-in-Training, Generation Maintenance"
CH, CHR = "Cascadia Hydro", "Engineer in Training - Mechanical, Dam Safety"
DU, DUR = "Dunmore Constructors", "Field Engineer (EIT)"
NL, NLR = "Northlake Mechanical", "Mechanical Estimator"
TW, TWR = "Tessaly Water", "Water Resources EIT"
CR, CRR = "Corvane Robotics", "Mechanical Design Engineer"
MW, MWR = "Maplewood HVAC Services", "Junior Mechanical Engineer"
TP, TPR = "Trillium Precast", "Civil Engineering Technologist / EIT"
SE, SER = "Stellarc Energy", "Mechanical EIT, Pipelines"
FR, FRR = "Forthbridge Rail", "Rolling Stock Engineer EIT"
AC, ACR, ACR2 = (
    "Alderstone Consulting Engineers",
    "Building Services Engineer (Mechanical)",
    "Energy Modelling Engineer",
)
BW, BWR = "Bramblewood Energy", "Mechanical Engineer, Thermal Systems"
QM, QMR = "Quayside Modular", "Civil/Structural Designer"
HC, HCR = "Hollis & Crane", "Municipal Engineer-in-Training"
AA, AAR = "Ashgrove Aerospace", "Stress Engineer I"
KP, KPR = "Kinsale Precision", "Manufacturing Engineer"
IV, IVR = "Ironvale Steel", "Structural Steel Detailer / Junior Engineer"

MAIL: list[dict[str, Any]] = [
    # --- job alerts, boards, talent communities --------------------------------------------
    m(
        "730001",
        "2025-10-02 07:14",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        '30+ new jobs for "mechanical engineer" in Greater Toronto Area',
        ("alert", None, None, None, "linkedin", "en"),
        "Your job alert for mechanical engineer in Greater Toronto Area\n\nMechanical Designer - Halbrook Infrastructure Ltd. - Toronto, ON\nJunior Mechanical Engineer - Maplewood HVAC Services - Vaughan, ON (Easy Apply)\nMechanical Design Engineer - Corvane Robotics - Toronto, ON\nProcess Engineer - Larkfield Foods - Mississauga, ON\n\nSee all jobs\n\nYou are receiving Job Alert emails. Unsubscribe\nLinkedIn Corporation, 1000 W Maude Ave, Sunnyvale, CA 94085",
    ),
    m(
        "730002",
        "2025-10-09 06:02",
        "Indeed <alert@indeed.com>",
        "EIT jobs in Toronto, ON - 14 new",
        ("alert", None, None, None, "indeed", "en"),
        html="<html><body><h2>14 new jobs for EIT in Toronto, ON</h2><p><b>Engineer-in-Training, Civil</b><br>Regional Municipality of Wexford - Brampton, ON<br>$72,000 - $84,000 a year</p><p><b>Junior Mechanical Engineer</b><br>Maplewood HVAC Services - Vaughan, ON<br>Easily apply</p><p><b>Field Engineer</b><br>Keystone Technical Staffing - Toronto, ON</p><p><a href='https://ca.indeed.com/jobs?q=EIT'>See more jobs</a></p><p style='font-size:11px'>Indeed, 6433 Champion Grandview Way, Austin, TX. Unsubscribe from this alert.</p></body></html>",
    ),
    m(
        "730003",
        "2025-10-16 09:40",
        "Job Bank <noreply-nepasrepondre@jobbank.gc.ca>",
        "Job Alert / Alerte-emploi: civil engineering technologist",
        ("alert", None, None, None, "other", "en"),
        'Job Bank - Job Alert\n\n6 new jobs match your alert "civil engineering technologist" near Toronto (ON).\n\n- Civil engineering technologist - Trillium Precast Ltd. - Bolton (ON) - $30.00 to $36.00 hourly\n- Civil engineering technician - Fenwick Surveys - Oshawa (ON)\n- Engineering technologist, civil - Harlow Paving - Markham (ON)\n\nView on Job Bank: https://www.jobbank.gc.ca/jobsearch\n\nTo stop receiving this alert, sign in to your Job Bank account.\n\n(Le français suit)\nGuichet-Emplois - Alerte-emploi : 6 nouveaux emplois.',
    ),
    m(
        "730004",
        "2025-10-22 12:05",
        "Ontario Hydrolink Careers <careers@ohl-careers.ca>",
        "Welcome to the Ontario Hydrolink Talent Community",
        ("alert", OH, None, None, "taleo", "en"),
        "Hello Nadia,\n\nThank you for joining the Ontario Hydrolink Talent Community. We'll email you when positions that match your interests (Engineering - Mechanical; Toronto / Pickering) are posted.\n\nJoining the talent community is not an application for employment. To be considered for a specific posting, please apply through our careers site.\n\nOntario Hydrolink Talent Acquisition",
    ),
    m(
        "730005",
        "2025-11-05 07:30",
        "LinkedIn <jobs-listings@linkedin.com>",
        "Nadia, Stellarc Energy is hiring: Mechanical EIT, Pipelines",
        ("alert", SE, SER, None, "linkedin", "en"),
        "Stellarc Energy is hiring\nMechanical EIT, Pipelines\nVancouver, British Columbia, Canada (Hybrid)\n\n12 applicants · Promoted\n\nApply now\n\nYou're receiving job recommendations. Unsubscribe · Help",
    ),
    m(
        "730006",
        "2025-11-19 06:55",
        "Indeed <alert@indeed.com>",
        "Mechanical Engineer jobs in Vancouver, BC - 9 new",
        ("alert", None, None, None, "indeed", "en"),
        html="<html><body><h2>9 new jobs for Mechanical Engineer in Vancouver, BC</h2><p><b>Civil/Structural Designer</b><br>Quayside Modular - Delta, BC</p><p><b>Mechanical Engineer in Training</b><br>Cascadia Hydro - Burnaby, BC</p><p><b>HVAC Design Engineer</b><br>Saltmarsh Building Systems - Vancouver, BC</p><p><a href='https://ca.indeed.com/'>See all</a></p></body></html>",
    ),
    m(
        "730007",
        "2025-12-03 10:12",
        "Halbrook Infrastructure <halbrook@myworkday.com>",
        "Complete your application - Mechanical Designer (Rail)",
        ("alert", HB, "Mechanical Designer (Rail)", None, "workday", "en"),
        "Hi Nadia,\n\nYou started an application for Mechanical Designer (Rail) (R-10482) but haven't submitted it yet. Your progress has been saved.\n\nSign in to the Halbrook Infrastructure careers site to finish your application before the posting closes.\n\nThank you,\nHalbrook Talent Acquisition",
    ),
    m(
        "730008",
        "2026-01-07 07:02",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "New jobs similar to Mechanical Design Engineer at Corvane Robotics",
        ("alert", None, None, None, "linkedin", "en"),
        "Jobs similar to Mechanical Design Engineer at Corvane Robotics\n\nMechanical Engineer II - Torvik Automation - Markham, ON\nDesign Engineer, Enclosures - Pellston Electric - Toronto, ON\nMechanical Engineer-in-Training - Halbrook Infrastructure Ltd. - Toronto, ON\n\nSee all jobs",
    ),
    m(
        "730009",
        "2026-01-28 08:20",
        "Alderstone Careers <noreply@successfactors.com>",
        "New jobs matching your profile at Alderstone",
        ("alert", AC, None, None, "other", "en"),
        'Dear Nadia,\n\nThe following new jobs match your saved search "mechanical":\n\nEnergy Modelling Engineer - Toronto, ON\nBuilding Services Engineer (Mechanical) - Vancouver, BC\n\nView jobs on the Alderstone Consulting Engineers career site.\n\nTo unsubscribe, update your job alert settings.',
    ),
    m(
        "730010",
        "2026-02-11 07:00",
        "Indeed <alert@indeed.com>",
        "P.Eng. jobs in Toronto, ON - 21 new",
        ("alert", None, None, None, "indeed", "en"),
        html="<html><body><h2>21 new jobs for P.Eng. in Toronto, ON</h2><p><b>Mechanical Engineer (P.Eng. or EIT)</b><br>Dorrance Building Group - Toronto, ON</p><p><b>Senior Civil Engineer</b><br>Regional Municipality of Wexford - Brampton, ON</p><p><a href='https://ca.indeed.com/'>See all jobs</a></p></body></html>",
    ),
    # --- outreach (recruiters, agencies) ---------------------------------------------------
    m(
        "730020",
        "2025-10-14 11:48",
        "Ryan Szabo <rszabo@keystonetechstaffing.ca>",
        "Field Engineer opportunity - Tier 1 GC - Toronto",
        ("outreach", None, "Field Engineer (EIT)", None, "agency", "en"),
        "Hi Nadia,\n\nI came across your profile on LinkedIn and thought you'd be a strong fit for a Field Engineer (EIT) role I'm recruiting for on behalf of a leading Tier 1 contractor in the GTA. They're delivering a large transit station package downtown and are building out the site engineering team.\n\n- Permanent, full time, $78-88K + vehicle allowance\n- EIT with PEO, 1-3 yrs site or design experience\n- Work toward your P.Eng. with a licensed mentor on site\n\nWould you be open to a quick call this week? I can share more detail on the client once we've spoken.\n\nBest,\nRyan Szabo\nSenior Recruiter, Construction & Infrastructure\nKeystone Technical Staffing\n647-555-0193",
    ),
    m(
        "730021",
        "2025-11-03 14:22",
        "Priya Venkataraman <priya@meridianengrecruit.com>",
        "Municipal EIT role - major consulting firm, Vancouver",
        ("outreach", None, "Municipal Engineer-in-Training", None, "agency", "en"),
        "Hello Nadia,\n\nI'm a recruiter with Meridian Engineering Recruitment. One of our clients, a major multidisciplinary consulting firm in Vancouver, is hiring a Municipal Engineer-in-Training for its infrastructure group (watermains, road rehab, development servicing).\n\nI saw that you're considering a move west. Would you like me to put your resume forward? The client is open to EITs registered in Ontario who will transfer to EGBC.\n\nKind regards,\nPriya Venkataraman\nMeridian Engineering Recruitment | Vancouver · Calgary · Toronto",
    ),
    m(
        "730022",
        "2025-12-09 16:05",
        "Mark Delacroix via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Mechanical EIT - building services - Ottawa",
        ("outreach", None, "Mechanical EIT", None, "linkedin", "en"),
        "Hi Nadia, I lead recruiting for Pembrook Building Engineering in Ottawa. We're growing our mechanical team (HVAC, plumbing, fire protection) and your Revit experience stood out. Any interest in chatting? Relocation support is available.\n\nMark Delacroix\nTalent Partner, Pembrook Building Engineering\n\nReply  ·  Not interested",
    ),
    m(
        "730023",
        "2026-01-13 10:30",
        "Ryan Szabo <rszabo@keystonetechstaffing.ca>",
        "Checking in + new site engineer roles",
        ("outreach", None, "Site Engineer", None, "agency", "en"),
        "Hi Nadia,\n\nHope your holidays were good. Even though the Dunmore role didn't work out, I have two new site engineer openings with a heavy civil contractor in Vaughan. Let me know if you'd like me to send details.\n\nRyan\n\nRyan Szabo | Keystone Technical Staffing",
    ),
    m(
        "730024",
        "2026-03-02 09:12",
        "Hadley Ng <hadley.ng@torvikautomation.com>",
        "Mechanical Engineer II at Torvik",
        ("outreach", None, "Mechanical Engineer II", None, "direct", "en"),
        "Hi Nadia,\n\nI'm the engineering manager at Torvik Automation in Markham. A former colleague of yours, Jun, mentioned you might be looking. We're hiring a Mechanical Engineer II for our conveyor systems group. Coffee sometime?\n\nHadley Ng, P.Eng.\nTorvik Automation",
    ),
    # --- 1 Halbrook Infrastructure (Workday; "Halbrook Infrastructure Ltd." / HIL), accepted --
    m(
        "730101",
        "2026-01-06 21:14",
        "Halbrook Infrastructure <halbrook@myworkday.com>",
        "Thank you for applying - R-10551",
        A("confirmation", HB, HBR, 1, "workday"),
        "Hi Nadia,\n\nThank you for your interest in Halbrook Infrastructure Ltd. We have received your application for Mechanical Engineer-in-Training, Transit Projects (R-10551).\n\nOur Talent Acquisition team will review your qualifications. If your experience is a match, a member of our team will contact you. You can check the status of your application at any time by signing in to your candidate home.\n\nRegards,\nHIL Talent Acquisition\n\nThis is an automated message. Please do not reply.",
    ),
    m(
        "730102",
        "2026-01-15 13:26",
        "Simone Achebe <simone.achebe@halbrookinfra.ca>",
        "Halbrook - Mechanical EIT - next steps",
        A("interview", HB, HBR, 1, "direct"),
        "Hi Nadia,\n\nThanks for applying to the Mechanical EIT role on our Transit Projects team. I'd like to set up a 30-minute phone conversation to learn more about your background and walk you through the role.\n\nPlease choose a time that works for you here: https://calendly.com/simone-achebe-hil/30min\n\nLooking forward to speaking with you,\n\nSimone Achebe\nTalent Acquisition Partner\nHalbrook Infrastructure Ltd. | 200 Wellington St W, Suite 900, Toronto ON\nhalbrookinfra.ca",
    ),
    m(
        "730103",
        "2026-01-15 19:02",
        "Calendly <notifications@calendly.com>",
        "New Event: Nadia Ferreira-Mackenzie - 08:30am Mon, Jan 19, 2026 - 30 Minute Phone Screen",
        A("interview", HB, HBR, 1, "other"),
        "Hi Nadia Ferreira-Mackenzie,\n\nYour event has been scheduled.\n\nEvent: 30 Minute Phone Screen\nInvitee: Simone Achebe\nDate/Time: 08:30am - 09:00am Monday, January 19, 2026 (Eastern Time - US & Canada)\nLocation: Simone will call you at 416-555-0148\n\nNeed to make changes to this event? Cancel / Reschedule\n\nPowered by Calendly",
        ics=ics(
            "calendly-8a7e21@calendly.com",
            "2026-01-19 08:30:00 -0500",
            "30 Minute Phone Screen between Simone Achebe and Nadia Ferreira-Mackenzie",
            ("Simone Achebe", "simone.achebe@halbrookinfra.ca"),
            "Phone call",
            30,
        ),
    ),
    m(
        "730104",
        "2026-01-22 15:40",
        "Simone Achebe <simone.achebe@halbrookinfra.ca>",
        "Panel interview invitation - HIL Transit Projects",
        A("interview", HB, HBR, 1, "direct"),
        "Hi Nadia,\n\nThanks again for the great conversation on Monday. The hiring team would like to invite you to a panel interview with:\n\n- Graham Kowal, P.Eng., Manager, Mechanical Systems\n- Ines Barros, P.Eng., Senior Project Engineer\n- Me\n\nThe interview will be 75 minutes on Microsoft Teams and will include a short technical discussion on ventilation and fire-life-safety for underground stations. A calendar invitation follows.\n\nBest,\nSimone",
    ),
    m(
        "730105",
        "2026-01-22 15:44",
        "Simone Achebe <simone.achebe@halbrookinfra.ca>",
        "Halbrook | Panel Interview - Nadia Ferreira-Mackenzie",
        A("interview", HB, HBR, 1, "direct"),
        "Microsoft Teams meeting\n\nJoin on your computer, mobile app or room device\nClick here to join the meeting\nMeeting ID: 241 889 306 112\nPasscode: q7Rw2k\n\nDial in by phone: +1 647-555-0110,,81234567# Canada, Toronto\n\nFor organizers: Meeting options",
        ics=ics(
            "040000008200E00074C5B7101A82E008000000004b3a1-hil",
            "2026-02-03 10:00:00 -0500",
            "Halbrook | Panel Interview - Nadia Ferreira-Mackenzie",
            ("Simone Achebe", "simone.achebe@halbrookinfra.ca"),
            "Microsoft Teams Meeting",
            75,
            attendees=[
                ("Graham Kowal", "graham.kowal@halbrookinfra.ca"),
                ("Ines Barros", "ines.barros@halbrookinfra.ca"),
            ],
        ),
    ),
    m(
        "730106",
        "2026-02-09 11:05",
        "SkillSurvey <noreply@skillsurvey.com>",
        "Halbrook Infrastructure Ltd. reference check - action required",
        ("other_job", HB, HBR, None, "other", "en"),
        "Dear Nadia,\n\nHalbrook Infrastructure Ltd. uses SkillSurvey to gather online references for candidates. Please provide contact information for at least three references, including two former supervisors.\n\nYour references will be asked to complete a confidential survey. Once the minimum number of surveys is complete, the results will be sent to the hiring team.\n\nStart here: https://www.skillsurvey.com/candidate\n\nThis link expires in 5 business days.",
    ),
    m(
        "730107",
        "2026-02-13 09:50",
        "Certn <no-reply@certn.co>",
        "HIL has requested a background check",
        ("other_job", HB, HBR, None, "other", "en"),
        "Hi Nadia,\n\nHIL (Halbrook Infrastructure Ltd.) has requested that you complete a background screening as part of their hiring process. The screening includes:\n\n- Criminal record check (Canada)\n- Education verification\n- Employment verification\n\nPlease complete your application within 72 hours.\n\nComplete my screening\n\nCertn - Fast, accurate background screening",
    ),
    m(
        "730108",
        "2026-02-18 16:30",
        "Graham Kowal <graham.kowal@halbrookinfra.ca>",
        "Offer - Mechanical EIT, Transit Projects",
        A("offer", HB, HBR, 1, "direct"),
        "Hi Nadia,\n\nIt was a pleasure speaking with you this afternoon. As discussed, I'm delighted to extend you an offer to join Halbrook's Transit Projects team as a Mechanical Engineer-in-Training.\n\nYour formal offer letter is attached. Highlights:\n- Base salary: $82,500\n- 3 weeks' vacation, RRSP matching to 5%\n- PEO licensing fees and P.Eng. exam costs covered\n- Start date: March 16, 2026\n\nSimone will send the letter through DocuSign for signature. Please let us know by Tuesday, February 24.\n\nWelcome (hopefully!),\nGraham\n\nGraham Kowal, P.Eng.\nManager, Mechanical Systems\nHalbrook Infrastructure Ltd.",
        attach=[
            (
                "HIL_Offer_Letter_NFerreiraMackenzie.pdf",
                "application/pdf",
                "%PDF-1.4 offer letter placeholder",
            )
        ],
    ),
    m(
        "730109",
        "2026-02-19 10:02",
        "Simone Achebe via DocuSign <dse_NA3@docusign.net>",
        "Please DocuSign: HIL_Offer_Letter_NFerreiraMackenzie.pdf",
        A("offer", HB, HBR, 1, "docusign"),
        html="<html><body><p>Simone Achebe sent you a document to review and sign.</p><p><a href='https://na3.docusign.net/Signing'>REVIEW DOCUMENT</a></p><p>Simone Achebe<br>simone.achebe@halbrookinfra.ca</p><p>Hi Nadia, please review and sign your offer letter. Congratulations!</p><p style='font-size:11px'>Do Not Share This Email. This email contains a secure link to DocuSign.</p></body></html>",
    ),
    m(
        "730110",
        "2026-02-20 08:15",
        "DocuSign <dse_NA3@docusign.net>",
        "Completed: HIL_Offer_Letter_NFerreiraMackenzie.pdf",
        A("offer", HB, HBR, 1, "docusign"),
        html="<html><body><p>Your document has been completed</p><p>All signers completed HIL_Offer_Letter_NFerreiraMackenzie.pdf.</p><p><a href='https://na3.docusign.net/'>VIEW COMPLETED DOCUMENT</a></p><p style='font-size:11px'>Powered by DocuSign</p></body></html>",
        st="accepted",
    ),
    m(
        "730111",
        "2026-03-06 12:00",
        "Halbrook Infrastructure <halbrook@myworkday.com>",
        "Welcome to Halbrook! Your onboarding tasks",
        ("other_job", HB, HBR, None, "workday", "en"),
        "Hi Nadia,\n\nWelcome to Halbrook Infrastructure! Before your first day on March 16, please complete the following onboarding tasks in Workday:\n\n- Personal information and emergency contacts\n- Direct deposit\n- TD1 and TD1ON tax forms\n- Policy acknowledgements\n\nYour manager, Graham Kowal, will meet you at reception at 8:30 a.m.\n\nPeople & Culture",
    ),
    # --- 2 City of Elmbridge (municipal portal), rejected ---------------------------------
    m(
        "730201",
        "2025-10-10 16:12",
        "City of Elmbridge Careers <careers@elmbridge.ca>",
        "Application Received: Job ID 2025-0847 Project Engineer, Transportation Infrastructure",
        A("confirmation", EL, ELR, 2, "other"),
        "Dear Nadia Ferreira-Mackenzie,\n\nThank you for your interest in employment with the City of Elmbridge. This email confirms that we have received your application for Job ID 2025-0847, Project Engineer, Transportation Infrastructure (Permanent Full-Time, CUPE Local 1104 exempt).\n\nWe thank all applicants; however, only those selected for an interview will be contacted. If you are not selected, your application will be kept on file for the duration of this competition.\n\nThe City of Elmbridge is an equal opportunity employer. Accommodation is available upon request for applicants with disabilities throughout the recruitment process.\n\nHuman Resources Division\nCity of Elmbridge",
    ),
    m(
        "730202",
        "2025-11-04 10:40",
        "Dana Whitfield <dana.whitfield@elmbridge.ca>",
        "Interview - Job ID 2025-0847",
        A("interview", EL, ELR, 2, "direct"),
        "Good morning Nadia,\n\nYou have been shortlisted for an interview for the position of Project Engineer, Transportation Infrastructure. Interviews will be held in person at Elmbridge Civic Centre, 3 Civic Square, 4th floor, on Wednesday, November 12.\n\nPlease reply with your preferred time from the following: 9:30 a.m., 11:00 a.m. or 1:30 p.m. The interview will be approximately 60 minutes and includes a 20-minute written exercise. Please bring your PEO licence number and a photo ID.\n\nRegards,\nDana Whitfield\nHuman Resources Consultant\nCity of Elmbridge",
    ),
    m(
        "730203",
        "2025-11-05 08:14",
        "Dana Whitfield <dana.whitfield@elmbridge.ca>",
        "RE: Interview - Job ID 2025-0847",
        A("interview", EL, ELR, 2, "direct"),
        "Hi Nadia,\n\nConfirmed for 11:00 a.m. on November 12. Please check in at the main security desk. The panel will be Jeff Moretti (Manager, Capital Works) and Sandra Liu (Senior Project Engineer).\n\nRegards,\nDana\n\n-----Original Message-----\nFrom: Nadia Ferreira-Mackenzie <nadia.fmackenzie@gmail.com>\nSent: Tuesday, November 4, 2025 7:52 PM\nSubject: Re: Interview - Job ID 2025-0847\n\nHi Dana, 11:00 a.m. would be great. Thank you!",
        **{"In-Reply-To": "<730202.20251104.28@elmbridge.ca>"},
    ),
    m(
        "730204",
        "2025-12-01 14:02",
        "City of Elmbridge Careers <careers@elmbridge.ca>",
        "Job ID 2025-0847 - Competition Update",
        A("rejection", EL, ELR, 2, "other"),
        "Dear Nadia,\n\nThank you for taking the time to interview for the position of Project Engineer, Transportation Infrastructure. The panel was impressed with your preparation and your technical knowledge.\n\nAfter careful consideration, the competition has concluded and we have selected another candidate whose experience more closely matches our current needs.\n\nWe encourage you to continue to watch for future opportunities at elmbridge.ca/careers.\n\nHuman Resources Division\nCity of Elmbridge",
    ),
    # --- 3 Ontario Hydrolink (Taleo), assessment, panel, position cancelled ---------------------
    m(
        "730301",
        "2025-10-24 22:31",
        "Ontario Hydrolink <ontariohydrolink@taleo.net>",
        "Ontario Hydrolink - Application Acknowledgement - Req 51877",
        A("confirmation", OH, OHR, 3, "taleo"),
        "Dear Nadia Ferreira-Mackenzie,\n\nThank you for applying for Engineer-in-Training, Mechanical (Generation) (Requisition 51877) at Ontario Hydrolink.\n\nWe review every application carefully. Unfortunately, due to the volume of applications we receive, we are unable to contact each applicant individually. If your qualifications match our requirements, a member of our Talent Acquisition team will contact you.\n\nYou may review your application status at any time through the Career Section.\n\nSincerely,\nTalent Acquisition\nOntario Hydrolink\n\nPlease do not reply to this automated message.",
    ),
    m(
        "730302",
        "2025-11-10 09:15",
        "Ontario Hydrolink <ontariohydrolink@taleo.net>",
        "Next step: Technical Assessment - Req 51877",
        A("assessment", OH, OHR, 3, "taleo"),
        "Dear Nadia,\n\nCongratulations, you have been selected to move forward in the recruitment process for Engineer-in-Training, Mechanical (Generation).\n\nThe next step is an online technical assessment (approx. 90 minutes) covering thermodynamics, fluid mechanics, rotating equipment and engineering economics. Please complete it by November 17, 2025 at 11:59 p.m. ET.\n\nAssessment link: https://assess.ohl-careers.ca/t/51877\n\nIf you require accommodation, please contact talent@ohl-careers.ca.\n\nTalent Acquisition, Ontario Hydrolink",
    ),
    m(
        "730303",
        "2025-11-28 11:02",
        "Farah Qureshi <farah.qureshi@ontariohydrolink.ca>",
        "OHL - Panel Interview - Req 51877 EIT Mechanical",
        A("interview", OH, OHR, 3, "direct"),
        "Hello Nadia,\n\nThank you for completing the technical assessment. We would like to invite you to a panel interview for Req 51877. Please book a slot using the link below (Calendly). Interviews are 60 minutes on Zoom.\n\nhttps://calendly.com/ohl-ta-panels/req-51877\n\nPanel: Station Engineering Manager, Senior Mechanical Engineer, HR Business Partner.\n\nRegards,\nFarah Qureshi\nTalent Acquisition Specialist | Ontario Hydrolink\n700 University Ave, Toronto, ON",
    ),
    m(
        "730304",
        "2025-11-28 20:47",
        "Calendly <notifications@calendly.com>",
        "Confirmed: Req 51877 Panel Interview with OHL TA Panels on Thursday, December 4, 2025",
        A("interview", OH, OHR, 3, "other"),
        "Hi Nadia Ferreira-Mackenzie,\n\nA new event has been scheduled.\n\nEvent Type: Req 51877 Panel Interview\nDate/Time: 1:00pm - 2:00pm (Eastern Time - US & Canada) Thursday, December 4, 2025\nLocation: Zoom. Join details will be in the calendar invitation.\n\nCancel or reschedule: https://calendly.com/cancellations/",
        ics=ics(
            "calendly-ohl-51877-0412@calendly.com",
            "2025-12-04 13:00:00 -0500",
            "Req 51877 Panel Interview (Nadia Ferreira-Mackenzie)",
            ("Farah Qureshi", "farah.qureshi@ontariohydrolink.ca"),
            "https://ontariohydrolink.zoom.us/j/83310299441",
            60,
        ),
    ),
    m(
        "730305",
        "2025-12-19 15:18",
        "Ontario Hydrolink <ontariohydrolink@taleo.net>",
        "Update regarding Requisition 51877",
        A("rejection", OH, OHR, 3, "taleo"),
        "Dear Nadia,\n\nThank you for your interest in Engineer-in-Training, Mechanical (Generation) at Ontario Hydrolink, and for the time you invested in our recruitment process.\n\nWe are writing to let you know that this position has been cancelled due to a change in business requirements, and no appointment will be made from this competition.\n\nWe value your interest in Ontario Hydrolink and encourage you to apply to future postings.\n\nSincerely,\nTalent Acquisition",
    ),
    # --- 21 Ontario Hydrolink re-posted role (Taleo), ghosted -------------------------------
    m(
        "730306",
        "2026-01-30 19:20",
        "Ontario Hydrolink <ontariohydrolink@taleo.net>",
        "Ontario Hydrolink - Application Acknowledgement - Req 52240",
        A("confirmation", OH, OHR2, 21, "taleo"),
        "Dear Nadia Ferreira-Mackenzie,\n\nThank you for applying for Mechanical Engineer-in-Training, Generation Maintenance (Requisition 52240) at Ontario Hydrolink.\n\nWe review every application carefully. Unfortunately, due to the volume of applications we receive, we are unable to contact each applicant individually. If your qualifications match our requirements, a member of our Talent Acquisition team will contact you.\n\nSincerely,\nTalent Acquisition\nOntario Hydrolink",
    ),
    # --- 4 Cascadia Hydro (SuccessFactors, parent mailbox), rejected ----------------------------
    m(
        "730401",
        "2025-11-20 01:12",
        "Cascadia Hydro and Power Authority <noreply@successfactors.com>",
        "Application received: Engineer in Training - Mechanical, Dam Safety (Req 14402)",
        A("confirmation", CH, CHR, 4, "other"),
        "Hi Nadia,\n\nThank you for applying to Cascadia Hydro. We have received your application for Engineer in Training - Mechanical, Dam Safety (Req 14402), Burnaby, BC.\n\nWhat happens next: our recruitment team reviews all applications after the posting closes on December 3. Shortlisted candidates will be contacted by email.\n\nCascadia Hydro and Power Authority\nPeople Services",
    ),
    m(
        "730402",
        "2025-12-16 18:40",
        "Cascadia Hydro and Power Authority <noreply@successfactors.com>",
        "Your application with Cascadia Hydro",
        A("rejection", CH, CHR, 4, "other"),
        "Hi Nadia,\n\nThank you for your interest in the Engineer in Training - Mechanical, Dam Safety position. We received many strong applications for this role.\n\nAfter reviewing your application, we will not be moving forward with your candidacy at this time. Please don't let this discourage you from applying for other opportunities with us.\n\nPeople Services\nCascadia Hydro",
    ),
    # --- 5 Keystone Technical Staffing for Dunmore Constructors (agency), rejected -------------
    m(
        "730501",
        "2025-10-17 15:30",
        "Ryan Szabo <rszabo@keystonetechstaffing.ca>",
        "Submitted: Field Engineer (EIT) - Dunmore Constructors",
        A("confirmation", DU, DUR, 5, "agency"),
        "Hi Nadia,\n\nGreat chatting yesterday. As promised, I've now formally submitted your resume to the client. Now that you've approved the submission I can tell you it's Dunmore Constructors (the Ashbridge Station package). Their project director, Colin Reyes, reviews submissions on Mondays, so expect to hear back next week.\n\nPlease don't apply directly on their website, since that would create a duplicate submission.\n\nThanks,\nRyan\n\nRyan Szabo\nSenior Recruiter, Construction & Infrastructure\nKeystone Technical Staffing",
        **{"In-Reply-To": "<730020.20251014.48@keystonetechstaffing.ca>"},
    ),
    m(
        "730502",
        "2025-10-22 12:11",
        "Ryan Szabo <rszabo@keystonetechstaffing.ca>",
        "Dunmore wants to meet you!",
        A("interview", DU, DUR, 5, "agency"),
        "Hi Nadia,\n\nGood news: Dunmore would like to interview you. Colin Reyes and their site superintendent can do Tuesday Oct 28 at 7:30 a.m. at the Ashbridge site trailer (bring boots, vest and hard hat). I'll send you the address and a prep sheet.\n\nLet me know if that works.\n\nRyan",
    ),
    m(
        "730503",
        "2025-11-07 17:45",
        "Ryan Szabo <rszabo@keystonetechstaffing.ca>",
        "Dunmore feedback",
        A("rejection", DU, DUR, 5, "agency"),
        "Hi Nadia,\n\nI heard back from Colin today. He really liked you, especially your HVAC commissioning background, but they've decided to go with a candidate who has more time on active site work and already holds a G licence with clean abstract for the fleet truck.\n\nSorry it's not better news. I'll keep you in mind for the next one.\n\nRyan",
    ),
    # --- 8 Northlake Mechanical (Dayforce), rejected -----------------------------------------
    m(
        "730801",
        "2025-10-29 10:04",
        "Northlake Mechanical Contractors Inc. <noreply@dayforcehcm.com>",
        "We've received your application",
        A("confirmation", NL, NLR, 8, "other"),
        "Hello Nadia,\n\nThank you for applying to the Mechanical Estimator position at Northlake Mechanical Contractors Inc. Your application has been successfully submitted.\n\nWe'll review your qualifications and reach out if there is a match.\n\nThank you,\nNorthlake Mechanical Contractors Inc.\n\nPowered by Dayforce",
    ),
    m(
        "730802",
        "2025-11-14 16:25",
        "Northlake Mechanical Contractors Inc. <noreply@dayforcehcm.com>",
        "Mechanical Estimator - Northlake Mechanical",
        A("rejection", NL, NLR, 8, "other"),
        "Hello Nadia,\n\nThank you for your interest in Northlake Mechanical and for applying to the Mechanical Estimator position. We enjoyed learning about your experience.\n\nAt this time we have decided to proceed with other candidates whose background better aligns with the needs of the role. We'll keep your profile on file.\n\nBest regards,\nHuman Resources\nNorthlake Mechanical",
    ),
    # --- 9 Tessaly Water (a division of Brightmoor Holdings; iCIMS), assessment, rejected --------
    m(
        "730901",
        "2025-11-06 14:50",
        "Brightmoor Holdings Careers <careers-brightmoor@icims.com>",
        "Thank you for your application - Water Resources EIT",
        A("confirmation", TW, TWR, 9, "icims"),
        "Dear Nadia,\n\nThank you for applying for the Water Resources EIT position with Tessaly Water, a Brightmoor company. We have received your application and our recruitment team is reviewing it.\n\nYou can track your application status in the Brightmoor candidate portal.\n\nBrightmoor Holdings Inc. Talent Acquisition",
    ),
    m(
        "730902",
        "2025-11-18 09:30",
        "Brightmoor Holdings Careers <careers-brightmoor@icims.com>",
        "Action required: technical exercise",
        A("assessment", TW, TWR, 9, "icims"),
        "Dear Nadia,\n\nAs the next step for the Water Resources EIT role at Tessaly, we ask candidates to complete a short take-home technical exercise: a culvert sizing and stormwater management calculation for a small subdivision (data provided). Please return your calculations and a one-page memo within 5 business days.\n\nInstructions are attached.\n\nTalent Acquisition",
        attach=[("Tessaly_EIT_Exercise.pdf", "application/pdf", "%PDF-1.4 exercise placeholder")],
    ),
    m(
        "730903",
        "2025-12-02 11:00",
        "Owen Marchetti <omarchetti@tessalywater.ca>",
        "Interview - Water Resources EIT",
        A("interview", TW, TWR, 9, "direct"),
        "Hi Nadia,\n\nThanks for the exercise, nicely done. I'd like to have a 45-minute Teams interview with you and Leah from our stormwater group. Invite attached for Monday.\n\nOwen Marchetti, P.Eng.\nManager, Water Resources\nTessaly Water",
        ics=ics(
            "040000008200E00074C5B7101A82E0080000000077tessaly",
            "2025-12-08 14:00:00 -0500",
            "Interview: Nadia Ferreira-Mackenzie - Water Resources EIT",
            ("Owen Marchetti", "omarchetti@tessalywater.ca"),
            "Microsoft Teams Meeting",
            45,
            attendees=[("Leah Tran", "ltran@tessalywater.ca")],
        ),
    ),
    m(
        "730904",
        "2025-12-18 10:20",
        "Brightmoor Holdings Careers <careers-brightmoor@icims.com>",
        "Regarding your application",
        A("rejection", TW, TWR, 9, "icims"),
        "Dear Nadia,\n\nThank you for the time you spent with our team. Your culvert exercise was one of the strongest we received, and the panel enjoyed meeting you.\n\nUnfortunately, we have decided to move forward with another candidate for the Water Resources EIT position.\n\nWe wish you every success in your search.\n\nBrightmoor Holdings Inc. Talent Acquisition",
    ),
    # --- 10 Corvane Robotics (LinkedIn Easy Apply, founder from Gmail), withdrawn -------------
    m(
        "731001",
        "2025-11-12 20:33",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Nadia, your application was sent to Corvane Robotics",
        A("confirmation", CR, CRR, 10, "linkedin"),
        "Your application was sent to Corvane Robotics\n\nMechanical Design Engineer\nCorvane Robotics · Toronto, Ontario, Canada (On-site)\nApplied on November 12, 2025\n\nView job\n\nNow, take these next steps for more success with your job search...",
    ),
    m(
        "731002",
        "2025-11-14 08:03",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Corvane Robotics",
        A("viewed", CR, CRR, 10, "linkedin"),
        "Your application was viewed\n\nCorvane Robotics viewed your application for Mechanical Design Engineer.\n\nView job",
    ),
    m(
        "731003",
        "2025-11-16 21:15",
        "Tariq Benhamou <tariq.benhamou@gmail.com>",
        "Corvane - Mech Design role",
        A("interview", CR, CRR, 10, "direct"),
        "Hi Nadia,\n\nI'm Tariq, co-founder and CTO at Corvane (we build autonomous pallet movers). Saw your LinkedIn application, love the sheet metal + DFM work on your profile. Could you come by our shop in Liberty Village for a chat and a walk-through? Thursday Nov 20 at 4pm would be ideal.\n\nSorry for the gmail, our domain mail is being migrated this week.\n\nTariq\n\nSent from my iPhone",
    ),
    m(
        "731004",
        "2025-11-24 09:40",
        "Tariq Benhamou <tariq@corvanerobotics.com>",
        "Corvane - second round + design exercise",
        A("assessment", CR, CRR, 10, "direct"),
        "Hi Nadia,\n\nGreat meeting you on Thursday. Next step is a short design exercise: bracket + enclosure for our lidar mount, in SolidWorks or Onshape, due in a week. Then a final chat with my co-founder.\n\nDetails attached.\n\nTariq Benhamou\nCTO, Corvane Robotics Inc.",
        attach=[
            (
                "Corvane_design_exercise_lidar_mount.pdf",
                "application/pdf",
                "%PDF-1.4 exercise placeholder",
            )
        ],
    ),
    m(
        "731005",
        "2025-11-27 19:12",
        "Tariq Benhamou <tariq@corvanerobotics.com>",
        "Re: Withdrawing - Corvane Mech Design",
        A("confirmation", CR, CRR, 10, "direct"),
        "Hi Nadia,\n\nTotally understand, and thanks for letting us know early rather than doing the exercise. Sorry the equity-heavy comp didn't work for you right now. Door's open if things change.\n\nTariq\n\nOn Wed, Nov 26, 2025 at 10:48 PM Nadia Ferreira-Mackenzie wrote:\n> Hi Tariq, thank you for the time last week. After a lot of thought I've decided to withdraw from the process; the compensation structure isn't workable for me this year.",
        st="withdrawn",
    ),
    # --- 11 Maplewood HVAC (Indeed), ghosted ------------------------------------------------
    m(
        "731101",
        "2025-10-09 19:44",
        "Indeed Apply <indeedapply@indeed.com>",
        "Indeed Application: Junior Mechanical Engineer",
        A("confirmation", MW, MWR, 11, "indeed"),
        html="<html><body><p><b>Application submitted</b></p><p>Junior Mechanical Engineer<br>Maplewood HVAC Services - Vaughan, ON</p><p>The following items were sent to <b>Maplewood HVAC Services</b>. Good luck!</p><ul><li>Application</li><li>Resume</li></ul><p>Next, track your application on My Jobs.</p><p style='font-size:11px'>&copy; 2025 Indeed</p></body></html>",
    ),
    # --- 12 Trillium Precast (Job Bank, direct email), rejected -----------------------------
    m(
        "731201",
        "2025-10-21 09:12",
        "Bev Lindqvist <hr@trilliumprecast.ca>",
        "RE: Application - Civil engineering technologist (Job Bank 3381027)",
        A("confirmation", TP, TPR, 12, "direct"),
        "Good morning Nadia,\n\nThank you for your resume for the civil engineering technologist position posted on Job Bank. I have passed it along to our engineering manager. We will be in touch if we'd like to set up an interview.\n\nBev Lindqvist\nHR & Payroll Administrator\nTrillium Precast Ltd.\n14 Industrial Rd, Bolton ON",
    ),
    m(
        "731202",
        "2025-10-30 14:20",
        "Bev Lindqvist <hr@trilliumprecast.ca>",
        "Interview",
        A("interview", TP, TPR, 12, "direct"),
        "Hi Nadia,\n\nOur engineering manager Tom Hulsebos would like to meet with you at our Bolton plant on Thursday, November 6 at 10am. The interview includes a tour of the casting floor so please wear closed-toe shoes.\n\nPlease confirm.\n\nBev",
    ),
    m(
        "731203",
        "2025-11-17 11:30",
        "Bev Lindqvist <hr@trilliumprecast.ca>",
        "Trillium Precast",
        A("rejection", TP, TPR, 12, "direct"),
        "Hi Nadia,\n\nThank you for coming out to Bolton to meet Tom. We enjoyed the conversation. We have offered the position to someone with more precast production experience, but we were impressed and would like to keep your resume on file.\n\nAll the best,\nBev",
    ),
    # --- 13 Stellarc Energy (Workday), rejected --------------------------------------------
    m(
        "731301",
        "2025-11-06 00:52",
        "Stellarc <stellarc@myworkday.com>",
        "Your application for Mechanical EIT, Pipelines",
        A("confirmation", SE, SER, 13, "workday"),
        "Dear Nadia,\n\nThank you for applying to Stellarc Energy Corp. We've received your application for Mechanical EIT, Pipelines (JR-22918), Vancouver, BC.\n\nWe will review your application and, if there's a fit, a recruiter will contact you.\n\nStellarc Talent Acquisition",
    ),
    m(
        "731302",
        "2025-11-10 13:11",
        "Stellarc <stellarc@myworkday.com>",
        "Update on your Stellarc application",
        A("rejection", SE, SER, 13, "workday"),
        "Dear Nadia,\n\nThank you for your interest in the Mechanical EIT, Pipelines role. After careful review, we have decided not to move forward with your application. This decision was based on the requirement for prior Alberta or BC pipeline field experience.\n\nWe encourage you to review other openings on our career site.\n\nStellarc Talent Acquisition",
    ),
    # --- 14 Forthbridge Rail (Taleo), ghosted -----------------------------------------------
    m(
        "731401",
        "2025-12-04 18:06",
        "Forthbridge Rail Careers <forthbridge@taleo.net>",
        "Application Confirmation - Rolling Stock Engineer EIT",
        A("confirmation", FR, FRR, 14, "taleo"),
        "Dear Nadia,\n\nWe confirm receipt of your application for Rolling Stock Engineer EIT (2500731) in Toronto, Ontario / Montréal, Québec.\n\nIf you are not selected for an interview, you will not be contacted. Your profile will remain active in our system for future opportunities.\n\nForthbridge Rail Inc.\nTalent Acquisition\n\n*** This is an automatically generated email. Please do not reply. ***",
    ),
    # --- 15/22 Alderstone Consulting Engineers (SuccessFactors; "ACE"), two roles -------------
    m(
        "731501",
        "2025-11-25 12:40",
        "Alderstone Careers <noreply@successfactors.com>",
        "Thank you for applying: Building Services Engineer (Mechanical)",
        A("confirmation", AC, ACR, 15, "other"),
        "Dear Nadia,\n\nThank you for your interest in Alderstone Consulting Engineers Inc. Your application for Building Services Engineer (Mechanical), Vancouver, BC (Req 7742) has been received.\n\nYou can track the status of your application in our career site under My Applications.\n\nAlderstone Talent Acquisition",
    ),
    m(
        "731502",
        "2025-12-05 10:15",
        "Jasmine Park <jasmine.park@alderstone.com>",
        "ACE Vancouver - interview for Building Services Engineer",
        A("interview", AC, ACR, 15, "direct"),
        "Hi Nadia,\n\nThanks for your interest in ACE's Vancouver office. The team would like to meet you on Zoom for a first interview (45 min). Please grab a time here: https://calendly.com/jpark-ace/first-interview\n\nCheers,\nJasmine Park\nTalent Acquisition, Western Canada\nAlderstone Consulting Engineers",
    ),
    m(
        "731503",
        "2025-12-05 17:33",
        "Calendly <notifications@calendly.com>",
        "New Event: Nadia Ferreira-Mackenzie - 12:00pm Wed, Dec 10, 2025 - First Interview",
        A("interview", AC, ACR, 15, "other"),
        "Hi Nadia Ferreira-Mackenzie,\n\nA new event has been scheduled.\n\nEvent Type: First Interview\nInvitee: Jasmine Park\nEvent Date/Time: 12:00pm - 12:45pm (Eastern Time - US & Canada) Wednesday, December 10, 2025\nLocation: Zoom\n\nView event in Calendly",
        ics=ics(
            "calendly-ace-1210@calendly.com",
            "2025-12-10 12:00:00 -0500",
            "First Interview: Jasmine Park and Nadia Ferreira-Mackenzie",
            ("Jasmine Park", "jasmine.park@alderstone.com"),
            "https://alderstone.zoom.us/j/91744402231",
            45,
        ),
    ),
    m(
        "731504",
        "2025-12-15 16:02",
        "Jasmine Park <jasmine.park@alderstone.com>",
        "Second interview - panel (Vancouver Mechanical)",
        A("interview", AC, ACR, 15, "direct"),
        "Hi Nadia,\n\nGood news: the team would like to bring you back for a panel interview with Derek Fong (Principal, Mechanical) and Aisha Rahman (Associate). 60 min on Zoom; Zoom invite attached. Please come prepared to talk through a recent HVAC load calculation.\n\nJasmine",
        ics=ics(
            "alderstone-panel-7742-nfm@alderstone.com",
            "2025-12-18 13:00:00 -0500",
            "ACE | Panel Interview | Nadia Ferreira-Mackenzie",
            ("Jasmine Park", "jasmine.park@alderstone.com"),
            "https://alderstone.zoom.us/j/91744417720",
            60,
            attendees=[
                ("Derek Fong", "derek.fong@alderstone.com"),
                ("Aisha Rahman", "aisha.rahman@alderstone.com"),
            ],
        ),
    ),
    m(
        "731505",
        "2026-01-09 11:48",
        "Jasmine Park <jasmine.park@alderstone.com>",
        "Following up - Building Services Engineer",
        A("rejection", AC, ACR, 15, "direct"),
        "Hi Nadia,\n\nHappy new year, and thank you for your patience over the holidays. Derek and Aisha really enjoyed meeting you. Your load calculation walkthrough was excellent and they appreciated how clearly you explained your assumptions.\n\nIn the end, they've decided to offer the role to a candidate who is already registered with EGBC and based in Vancouver, which matters for the project's start date. I'm sorry to bring this news.\n\nI'd love to keep in touch. Our Toronto office will likely be posting an energy modelling role soon.\n\nBest,\nJasmine",
    ),
    m(
        "731506",
        "2026-01-29 20:10",
        "Alderstone Careers <noreply@successfactors.com>",
        "Thank you for applying: Energy Modelling Engineer",
        A("confirmation", AC, ACR2, 22, "other"),
        "Dear Nadia,\n\nThank you for your interest in Alderstone Consulting Engineers Inc. Your application for Energy Modelling Engineer, Toronto, ON (Req 7810) has been received.\n\nYou can track the status of your application in our career site under My Applications.\n\nAlderstone Talent Acquisition",
    ),
    m(
        "731507",
        "2026-02-23 09:30",
        "Alderstone Careers <noreply@successfactors.com>",
        "Your application status - Req 7810",
        A("rejection", AC, ACR2, 22, "other"),
        "Dear Nadia,\n\nThank you for applying for the Energy Modelling Engineer role. We have reviewed your application carefully and regret to inform you that we will not be proceeding with it further.\n\nWe appreciate your interest in Alderstone.\n\nAlderstone Talent Acquisition",
    ),
    # --- 16 Bramblewood Energy (Greenhouse), take-home, rejected ---------------------------------
    m(
        "731601",
        "2025-10-27 14:02",
        "Bramblewood Energy <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Bramblewood!",
        A("confirmation", BW, BWR, 16, "greenhouse"),
        "Hi Nadia,\n\nThanks for applying for the Mechanical Engineer, Thermal Systems role at Bramblewood. We're a small team building thermal storage for district heating, so every application gets read by a human (usually our head of engineering).\n\nWe aim to reply to everyone within two weeks, but if you are not selected to move forward, please know it is often about timing.\n\nCheers,\nThe Bramblewood team",
    ),
    m(
        "731602",
        "2025-11-03 16:45",
        "Elif Demir <elif@bramblewood.energy>",
        "Bramblewood take-home challenge",
        A("assessment", BW, BWR, 16, "direct"),
        "Hi Nadia,\n\nThanks for the chat last week! As a next step we'd like you to try our take-home: size a heat exchanger and pump for a 2 MWh sand battery discharge loop (brief attached). Most people take 3-4 hours. Send back whatever you have by Monday.\n\nElif Demir\nHead of Engineering, Bramblewood Energy",
        attach=[
            ("Bramblewood_thermal_takehome.pdf", "application/pdf", "%PDF-1.4 takehome placeholder")
        ],
    ),
    m(
        "731603",
        "2025-11-13 12:00",
        "Bramblewood Energy <no-reply@us.greenhouse-mail.io>",
        "Interview confirmation: Bramblewood Energy",
        A("interview", BW, BWR, 16, "greenhouse"),
        "Hi Nadia,\n\nYour interviews for Mechanical Engineer, Thermal Systems are confirmed:\n\nTuesday, November 18, 2025\n1:00 pm - 1:45 pm EST: Take-home review with Elif Demir\n2:00 pm - 2:30 pm EST: Culture chat with Sam Whitlock (CEO)\n\nLocation: Google Meet (link in invite)\n\nThe Bramblewood team",
        ics=ics(
            "gh-bramblewood-2291@greenhouse.io",
            "2025-11-18 13:00:00 -0500",
            "Interview: Nadia Ferreira-Mackenzie (Mechanical Engineer, Thermal Systems)",
            ("Bramblewood Recruiting", "recruiting@bramblewood.energy"),
            "https://meet.google.com/hvk-pqsa-ezr",
            90,
        ),
    ),
    m(
        "731604",
        "2025-11-26 17:20",
        "Elif Demir <no-reply@us.greenhouse-mail.io>",
        "Bramblewood update",
        A("rejection", BW, BWR, 16, "greenhouse"),
        "Hi Nadia,\n\nThank you for all the effort on the take-home. Your pump curve analysis was really thorough, and Sam enjoyed your questions about the pilot site.\n\nWe've decided to move forward with a candidate with more hands-on controls experience. It was a close call. I hope our paths cross again.\n\nElif",
        reply_to="elif@bramblewood.energy",
    ),
    # --- 17 Quayside Modular (Lever), rejected ----------------------------------------------
    m(
        "731701",
        "2025-11-21 13:30",
        "Quayside Modular <no-reply@hire.lever.co>",
        "Thank you for your application to Quayside Modular",
        A("confirmation", QM, QMR, 17, "lever"),
        "Hi Nadia,\n\nThank you for applying for the Civil/Structural Designer position at Quayside Modular. Our team will review your application and reach out if there's a potential fit.\n\nRegards,\nQuayside Modular Homes Ltd.",
    ),
    m(
        "731702",
        "2025-12-11 15:10",
        "Quayside Modular <no-reply@hire.lever.co>",
        "Quayside Modular - Civil/Structural Designer",
        A("rejection", QM, QMR, 17, "lever"),
        "Hi Nadia,\n\nThanks again for your interest in Quayside Modular. We've had a chance to review your background and, while it's impressive, we've decided to pursue other candidates whose experience more closely matches the role.\n\nWe'll keep your info on file and may reach out about future roles.\n\nQuayside Modular",
    ),
    # --- 18 Meridian Engineering Recruitment for Hollis & Crane (agency), withdrawn ------------
    m(
        "731801",
        "2026-01-20 11:05",
        "Priya Venkataraman <priya@meridianengrecruit.com>",
        "Your profile submitted - Municipal EIT (Hollis & Crane Engineering)",
        A("confirmation", HC, HCR, 18, "agency"),
        "Hi Nadia,\n\nThanks for getting back to me. Your resume has now been submitted to the client for the Municipal Engineer-in-Training role. I can now share that the client is Hollis & Crane Engineering Ltd. (their Burnaby office).\n\nI'll be in touch as soon as I hear back.\n\nPriya Venkataraman\nMeridian Engineering Recruitment",
    ),
    m(
        "731802",
        "2026-02-04 10:20",
        "Priya Venkataraman <priya@meridianengrecruit.com>",
        "H&C interview - Feb 12",
        A("interview", HC, HCR, 18, "agency"),
        "Hi Nadia,\n\nH&C would like a video interview with you on Thursday, Feb 12 at 12:00 p.m. Pacific (3:00 p.m. Toronto) on Teams, with their municipal group lead, Brent Ogawa. I've attached their invite.\n\nPriya",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000hollis-crane-0212",
            "2026-02-12 15:00:00 -0500",
            "Hollis & Crane - Municipal EIT interview - N. Ferreira-Mackenzie",
            ("Brent Ogawa", "bogawa@holliscrane.com"),
            "Microsoft Teams Meeting",
            45,
            attendees=[("Priya Venkataraman", "priya@meridianengrecruit.com")],
        ),
    ),
    m(
        "731803",
        "2026-02-24 14:05",
        "Priya Venkataraman <priya@meridianengrecruit.com>",
        "RE: Withdrawing from H&C process",
        A("confirmation", HC, HCR, 18, "agency"),
        "Hi Nadia,\n\nCongratulations on the Halbrook offer! I've let Brent know you are withdrawing from the Hollis & Crane process. He wished you well.\n\nPlease keep me in mind if you ever think about Vancouver again.\n\nPriya\n\n-----Original Message-----\nFrom: Nadia Ferreira-Mackenzie\nSent: February 23, 2026 8:02 PM\nSubject: Withdrawing from H&C process\n\nHi Priya, I've accepted an offer in Toronto and would like to withdraw my candidacy with Hollis & Crane. Thank you for everything.",
        st="withdrawn",
    ),
    # --- 19 Ashgrove Aerospace (Workday), rejected ------------------------------------------
    m(
        "731901",
        "2025-12-10 22:18",
        "Ashgrove Aerospace Inc. <ashgrove@myworkday.com>",
        "Application received - Stress Engineer I",
        A("confirmation", AA, AAR, 19, "workday"),
        "Hello Nadia,\n\nThank you for applying for Stress Engineer I (Mississauga, ON). We have received your application and it is under review. Please note that due to export control regulations, this position requires eligibility under the Controlled Goods Program.\n\nAshgrove Aerospace Talent Acquisition",
    ),
    m(
        "731902",
        "2026-01-14 09:40",
        "Ashgrove Aerospace Inc. <ashgrove@myworkday.com>",
        "Stress Engineer I - status update",
        A("rejection", AA, AAR, 19, "workday"),
        "Hello Nadia,\n\nThank you for your interest in Ashgrove. We regret to inform you that we have filled the Stress Engineer I position. We appreciate your interest and invite you to apply for future openings.\n\nAshgrove Aerospace Talent Acquisition",
    ),
    # --- 20 Kinsale Precision (iCIMS), rejected ---------------------------------------------
    m(
        "732001",
        "2026-01-08 15:55",
        "Kinsale Precision Inc. <careers-kinsale@icims.com>",
        "Kinsale Precision: We received your application",
        A("confirmation", KP, KPR, 20, "icims"),
        "Hello Nadia,\n\nThank you for your interest in the Manufacturing Engineer position at Kinsale Precision Inc., Cambridge, ON. We have received your application. If your qualifications are a match, a recruiter will reach out to discuss next steps.\n\nKinsale Precision HR",
    ),
    m(
        "732002",
        "2026-02-02 08:45",
        "Kinsale Precision Inc. <careers-kinsale@icims.com>",
        "Thank you from Kinsale Precision",
        A("rejection", KP, KPR, 20, "icims"),
        "Hello Nadia,\n\nThank you for taking the time to apply. After reviewing your application, we have decided to move forward with candidates whose experience more closely matches the requirements of this role.\n\nKinsale Precision HR",
    ),
    # --- 24 Ironvale Steel (careers mailbox on the group domain), rejected ---------------------
    m(
        "732401",
        "2026-02-05 10:12",
        "Ironvale Group Careers <careers@ironvale-group.com>",
        "Application - Structural Steel Detailer / Junior Engineer",
        A("confirmation", IV, IVR, 24, "direct"),
        "Hi Nadia,\n\nWe got your application for the Structural Steel Detailer / Junior Engineer position at our Hamilton shop. Thanks! Someone from the Ironvale Steel team will be in touch if we'd like to chat.\n\nIronvale Group Careers",
    ),
    m(
        "732402",
        "2026-02-10 13:48",
        "Lorne Battaglia <lbattaglia@ironvalesteel.ca>",
        "Quick call?",
        A("interview", IV, IVR, 24, "direct"),
        "Nadia,\n\nGot your resume from our careers inbox. Can I call you Thursday around 11 for 20 minutes? Just a quick chat about Tekla experience and the role.\n\nLorne Battaglia\nChief Engineer, Ironvale Steel Fabricators\n905-555-0127",
    ),
    m(
        "732403",
        "2026-02-16 16:12",
        "Lorne Battaglia <lbattaglia@ironvalesteel.ca>",
        "Re: Quick call?",
        A("rejection", IV, IVR, 24, "direct"),
        "Hi Nadia,\n\nThanks for the call Thursday. Honestly I think you'd be bored here, we need someone mostly in Tekla all day, and you're clearly more of a design engineer. I'm going to go with someone more detailing-focused. Good luck out there, you'll land something good.\n\nLorne",
        **{"In-Reply-To": "<732402.20260210.11@ironvalesteel.ca>"},
    ),
    # --- other job mail -----------------------------------------------------------------------
    m(
        "730030",
        "2025-10-31 09:00",
        "Ontario Hydrolink <ontariohydrolink@taleo.net>",
        "Your Ontario Hydrolink candidate account",
        ("other_job", OH, None, None, "taleo", "en"),
        "Dear Nadia,\n\nYour password for the Ontario Hydrolink Career Section was reset. If you did not request this change, please contact support.\n\nUser name: nfmackenzie\n\nThis is an automated message.",
    ),
    m(
        "730031",
        "2025-12-22 10:00",
        "City of Elmbridge Careers <careers@elmbridge.ca>",
        "Tell us about your recruitment experience",
        ("other_job", EL, None, None, "other", "en"),
        "Dear Applicant,\n\nThe City of Elmbridge is committed to a fair and accessible hiring process. Please take 3 minutes to complete our anonymous candidate experience survey.\n\nStart the survey\n\nThank you,\nHuman Resources",
    ),
    m(
        "730032",
        "2026-01-20 10:31",
        "Simone Achebe <simone.achebe@halbrookinfra.ca>",
        "Automatic reply: Thank you for the call",
        ("other_job", HB, HBR, None, "direct", "en"),
        "Thank you for your email. I am out of the office at a campus career fair until Wednesday, January 21 with limited access to email. I will respond when I return.\n\nSimone Achebe\nTalent Acquisition Partner, HIL",
    ),
]
