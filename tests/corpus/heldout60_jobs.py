# ruff: noqa: E501
"""Corpus 60, English job mail (data only): see heldout60.py."""

from __future__ import annotations

from typing import Any


def _tz(day: str) -> str:
    if day < "2025-10-26" or day >= "2026-03-29":
        return "+0200"
    return "+0100"


def m(key, when, frm, subject, t, text=None, html=None, **kw: Any) -> dict[str, Any]:
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    spec: dict[str, Any] = {
        "id": f"<{key}.{when[:10].replace('-', '')}@{dom}>",
        "date": f"{when}:00 {_tz(when[:10])}",
        "from": frm,
        "subject": subject,
        "t": t,
    }
    if text:
        spec["text"] = text
    if html:
        spec["html"] = html
    spec.update(kw)
    return spec


def A(cat, co, role, app, src):
    return (cat, co, role, app, src, "en")


EU, EUR = "EUPSB", "Policy Officer (AD 7) - Digital and Cohesion Policies"
ENDI, ENDIR = "DigiInclusion Europe", "Policy Officer, Digital Rights & Inclusion"
ALT, ALT1, ALT2 = (
    "Altamira",
    "Senior Consultant, EU Affairs",
    "Project Manager, Digital Public Services",
)
CIV, CIVR = "Civicly", "Head of Partnerships & Public Affairs"
NOR, NORR = "Nordlys Energy", "EU Policy Manager"
EFMO, EFMOR = "EFMO", "Policy & Projects Officer"
PAL, PALR = "Paloma Insights", "Senior Policy Analyst (Remote, EU)"
OPF, OPFR = "Open Fields Foundation", "Programme Manager, Civic Participation"
CVL, CVLR = "Civitas Lab", "EU Funding Project Manager (remote)"
CFE, CFER = "Centre for Forward Europe", "Research & Project Coordinator"
VAL, VALR = "Banque Valorem", "Regulatory Project Manager"
TES, TESR = "Tessaly Climate", "Public Affairs Lead, Benelux"

SIG_ENDI = (
    "\n\n--\nMarta Kowalczyk\nPeople & Operations Manager\n"
    "Réseau Européen pour l'Inclusion Numérique ASBL / Europees Netwerk voor Digitale Inclusie VZW\n"
    "(DigiInclusion Europe)\nRue du Commerce 72, 1040 Bruxelles - BCE 0712.448.903"
)

MAIL: list[dict[str, Any]] = [
    # --- 1 EUPSB competition ---------------------------------------------------------------
    m(
        "71003",
        "2025-10-03 11:20",
        "EUPSB Candidate Account <noreply-candidates@eupsb-selection.eu>",
        "EUPSB/AD/412/25 - Confirmation of your application",
        A("confirmation", EU, EUR, 1, "other"),
        "Dear Ms VAN DEN BROECK-MOREAU,\n\nWe confirm that your application for competition "
        "EUPSB/AD/412/25 - Policy Officers (AD 7) in the field of Digital and Cohesion Policies "
        "has been validated on 03/10/2025 at 11:18 (Brussels time).\n\nApplication number: "
        "2025-412-0088731\n\nThe computer-based multiple-choice tests (verbal, numerical and "
        "abstract reasoning, EU knowledge) will take place in accredited test centres. You will "
        "be invited to book a slot via your EUPSB account. Please consult your account regularly: "
        "all communication concerning this competition will take place through it.\n\n"
        "European Union Personnel Selection Bureau\nThis is an automatic message; please do not reply.",
    ),
    m(
        "71044",
        "2025-10-29 09:02",
        "EUPSB Candidate Account <noreply-candidates@eupsb-selection.eu>",
        "New message in your EUPSB account",
        A("assessment", EU, EUR, 1, "other"),
        "Dear candidate,\n\nA new message concerning competition EUPSB/AD/412/25 has been posted "
        "in your EUPSB account.\n\nSubject of the message: Invitation to book your computer-based "
        "tests (reasoning tests and EU knowledge test)\n\nBooking window: 03/11/2025 - 14/11/2025. "
        "Tests will be held between 17/11/2025 and 05/12/2025 in test centres in the EU Member "
        "States or remotely proctored.\n\nPlease log in to read the message and book your slot.\n\n"
        "EUPSB - European Union Personnel Selection Bureau",
    ),
    m(
        "71045",
        "2025-11-05 16:47",
        "Pearson VUE <noreply@pearsonvue.com>",
        "Confirmation of your appointment - EUPSB computer-based tests",
        A("assessment", EU, EUR, 1, "other"),
        html="<html><body><p>Dear Sofie Van den Broeck-Moreau,</p><p>Thank you for scheduling with "
        "Pearson VUE. This email confirms your appointment for:</p><table><tr><td>Exam:</td><td>EUPSB "
        "AD/412/25 - CBT reasoning + EU knowledge</td></tr><tr><td>Date:</td><td>Tuesday, 25 November "
        "2025, 09:00</td></tr><tr><td>Test centre:</td><td>Brussels - Avenue Louise 231, 1050 Ixelles</td></tr>"
        "<tr><td>Registration ID:</td><td>EPB-77410-2245</td></tr></table><p>Please arrive 30 minutes "
        "early and bring a valid identity document. Rescheduling is possible up to 48 hours before "
        "your appointment.</p><p>Pearson VUE Candidate Services</p></body></html>",
    ),
    m(
        "71078",
        "2026-01-22 10:15",
        "EUPSB Candidate Account <noreply-candidates@eupsb-selection.eu>",
        "New message in your EUPSB account",
        A("rejection", EU, EUR, 1, "other"),
        "Dear candidate,\n\nA new message concerning competition EUPSB/AD/412/25 has been posted "
        "in your EUPSB account.\n\nSubject of the message: Results of the computer-based tests\n\n"
        "We regret to inform you that your score in the reasoning tests (31.5/50) is below the "
        "threshold needed to be among the candidates invited to the next stage, and you will "
        "therefore not be admitted to the assessment phase. Your detailed marks are available in "
        "the account. You may request a review within 10 calendar days.\n\n"
        "EUPSB - European Union Personnel Selection Bureau",
    ),
    # --- 5 DigiInclusion Europe (ASBL/VZW, Teamtailor) - accepted ----------------------------
    m(
        "71102",
        "2025-11-12 22:41",
        "DigiInclusion Europe <no-reply@teamtailor-mail.com>",
        "Thanks for your application, Sofie!",
        A("confirmation", ENDI, ENDIR, 5, "teamtailor"),
        html="<html><body><div style='font-family:Arial'><h2>Thanks for applying!</h2><p>Hi Sofie,</p>"
        "<p>We've received your application for <b>Policy Officer, Digital Rights &amp; Inclusion</b>. "
        "We read every application ourselves - there's no robot deciding - so please give us until "
        "the end of the month.</p><p>If you haven't heard from us by 5 December, it unfortunately "
        "means we went ahead with other profiles this time.</p><p>Warmly,<br>The ENDI team</p>"
        "<p style='font-size:11px;color:#888'>Réseau Européen pour l'Inclusion Numérique ASBL · "
        "career.digiinclusion.eu · Powered by Teamtailor</p></div></body></html>",
    ),
    m(
        "71131",
        "2025-11-26 14:03",
        "Marta Kowalczyk <marta.kowalczyk@digiinclusion.eu>",
        "Your application - first conversation",
        A("interview", ENDI, ENDIR, 5, "direct"),
        "Dear Sofie,\n\nThank you for your application, which we enjoyed reading - the mix of EU "
        "project management and work with communes on e-inclusion is quite rare.\n\nWe would like to "
        "invite you to a first 45-minute conversation on Teams with me and Jonas Peeters, our Head of "
        "Policy. I have sent an invitation for Wednesday 3 December at 10:00. If that does not work, "
        "just reply with two or three alternatives." + SIG_ENDI,
        ics={
            "uid": "AAMkAGE1NzQ0ZDg3LTk2-endi-1@digiinclusion.eu",
            "start": "2025-12-03 10:00:00 +0100",
            "minutes": 45,
            "style": "outlook",
            "summary": "ENDI - Policy Officer - first interview (S. Van den Broeck-Moreau)",
            "organizer": ("Marta Kowalczyk", "marta.kowalczyk@digiinclusion.eu"),
            "attendees": [("Jonas Peeters", "jonas.peeters@digiinclusion.eu")],
            "location": "Microsoft Teams Meeting",
            "description": "Join on your computer, mobile app or room device. Meeting ID: 371 552 908 114 Passcode: qT8vX2",
        },
    ),
    m(
        "71158",
        "2026-01-14 17:30",
        "Marta Kowalczyk <marta.kowalczyk@digiinclusion.eu>",
        "RE: Your application - first conversation",
        A("interview", ENDI, ENDIR, 5, "direct"),
        "Dear Sofie,\n\nGood news: we'd like you to come to the second round. It is in person at our "
        "office (Rue du Commerce 72) and has two parts: a 60-minute written exercise (a short "
        "position note on a draft EU act, we give you the material on the spot) followed by a "
        "conversation with our Secretary-General, Hélène Martin, and a board member.\n\n"
        "Sorry for the silence over the holidays - the board had to approve the budget line first. Would Thursday 29 January, 13:30, suit you?\n\nKind regards,\nMarta"
        + SIG_ENDI
        + "\n\n-----Original Message-----\nFrom: Sofie Van den Broeck-Moreau <sofie.vdbm@mailbox.org>\n"
        "Sent: mercredi 3 décembre 2025 12:12\nSubject: Re: Your application - first conversation\n\n"
        "Dear Marta, dear Jonas, thank you again for this morning's conversation...",
    ),
    m(
        "71159",
        "2026-01-15 08:12",
        "Marta Kowalczyk <marta.kowalczyk@digiinclusion.eu>",
        "Invitation: ENDI - second round (written exercise + interview) @ Thu 29 Jan 2026 13:30",
        A("interview", ENDI, ENDIR, 5, "direct"),
        "Confirmed for Thursday 29 January 13:30-15:30 at Rue du Commerce 72, 1040 Brussels. "
        "Ring at 'ENDI / 3rd floor'.",
        ics={
            "uid": "AAMkAGE1NzQ0ZDg3LTk2-endi-2@digiinclusion.eu",
            "start": "2026-01-29 13:30:00 +0100",
            "minutes": 120,
            "style": "outlook",
            "summary": "ENDI second round - S. Van den Broeck-Moreau",
            "organizer": ("Marta Kowalczyk", "marta.kowalczyk@digiinclusion.eu"),
            "attendees": [("Hélène Martin", "helene.martin@digiinclusion.eu")],
            "location": "ENDI office, Rue du Commerce 72, 1040 Bruxelles",
        },
    ),
    m(
        "71187",
        "2026-02-19 11:48",
        "Hélène Martin <helene.martin@digiinclusion.eu>",
        "Policy Officer position",
        A("offer", ENDI, ENDIR, 5, "direct"),
        "Dear Sofie,\n\nI'm very pleased to tell you that, after the second round, "
        "the selection panel would like to offer you the position of Policy Officer, Digital Rights & "
        "Inclusion, on an open-ended contract (CDI / contrat à durée indéterminée), 38h/week, "
        "joint committee 329.02, starting 4 May 2026 if possible.\n\nMarta will send you the "
        "details of the package (gross monthly salary, meal vouchers, hybrid-work allowance) by "
        "e-mail today, and the contract for e-signature once you've had time to look at it. Don't "
        "hesitate to call me with any question.\n\nWarm regards,\nHélène Martin\nSecretary-General, "
        "DigiInclusion Europe",
    ),
    m(
        "71205",
        "2026-02-25 15:22",
        "Marta Kowalczyk via DocuSign <dse_na4@docusign.net>",
        "Please DocuSign: Contrat de travail - Van den Broeck-Moreau S. - ENDI ASBL",
        A("offer", ENDI, ENDIR, 5, "docusign"),
        html="<html><body><table width='100%'><tr><td><p>Marta Kowalczyk sent you a document to review "
        "and sign.</p><p><a href='https://na4.docusign.net/Signing/EmailStart.aspx?a=4d1f'>REVIEW "
        "DOCUMENT</a></p><p>Marta Kowalczyk<br>marta.kowalczyk@digiinclusion.eu</p><p>Hello Sofie, "
        "please find your employment contract and the work regulations annex. Sign where indicated "
        "- thank you!</p><p style='font-size:11px'>Do Not Share This Email. This email contains a "
        "secure link to DocuSign.</p></td></tr></table></body></html>",
    ),
    m(
        "71206",
        "2026-02-26 09:04",
        "DocuSign <dse_na4@docusign.net>",
        "Completed: Contrat de travail - Van den Broeck-Moreau S. - ENDI ASBL",
        A("offer", ENDI, ENDIR, 5, "docusign"),
        html="<html><body><p>All parties have completed <b>Contrat de travail - Van den Broeck-Moreau "
        "S. - ENDI ASBL</b>.</p><p><a href='https://na4.docusign.net/'>VIEW COMPLETED DOCUMENT</a></p>"
        "<p>Powered by DocuSign</p></body></html>",
        st="accepted",
    ),
    m(
        "71231",
        "2026-03-24 10:30",
        "Marta Kowalczyk <marta.kowalczyk@digiinclusion.eu>",
        "Welcome aboard - your first day on 4 May",
        ("other_job", ENDI, ENDIR, None, "direct", "en"),
        "Hi Sofie,\n\nLess than six weeks to go! Some practicalities for your first day: please be at the office "
        "at 9:30, we'll have breakfast with the team. Could you send me your IBAN, a copy of your ID "
        "card and your mutualité details for the payroll (our social secretariat needs them before 20 "
        "April)? Your laptop will be ready.\n\nSee you soon,\nMarta" + SIG_ENDI,
    ),
    # --- 6/7 Altamira Public Affairs SA/NV (Workday), two roles -------------------------------
    m(
        "71240",
        "2025-10-08 19:55",
        "Altamira Public Affairs <altamirapa@myworkday.com>",
        "Thank you for applying - Senior Consultant, EU Affairs (R-10442)",
        A("confirmation", ALT, ALT1, 6, "workday"),
        "Dear Sofie,\n\nThank you for your interest in Altamira. We have received your application for "
        "Senior Consultant, EU Affairs (R-10442), Brussels.\n\nOur Talent Acquisition team will review "
        "your profile against the requirements of the role. Should your background match, a member of "
        "the team will reach out to you. You can follow the status of your application at any time in "
        "the Candidate Home of our careers site.\n\nBest regards,\nTalent Acquisition\n"
        "Altamira Public Affairs SA/NV | Rue Belliard 40, 1040 Brussels | RPM/RPR Bruxelles 0655.310.227",
    ),
    m(
        "71241",
        "2025-10-08 20:03",
        "Altamira Public Affairs <altamirapa@myworkday.com>",
        "Thank you for applying - Project Manager, Digital Public Services (R-10457)",
        A("confirmation", ALT, ALT2, 7, "workday"),
        "Dear Sofie,\n\nThank you for your interest in Altamira. We have received your application for "
        "Project Manager, Digital Public Services (R-10457), Brussels / Luxembourg.\n\nOur Talent "
        "Acquisition team will review your profile against the requirements of the role. Should your "
        "background match, a member of the team will reach out to you. You can follow the status of "
        "your application at any time in the Candidate Home of our careers site.\n\nBest regards,\n"
        "Talent Acquisition\nAltamira Public Affairs SA/NV | Rue Belliard 40, 1040 Brussels",
    ),
    m(
        "71262",
        "2025-10-30 08:40",
        "Altamira Public Affairs <altamirapa@myworkday.com>",
        "Your application with APA",
        A("rejection", ALT, ALT1, 6, "workday"),
        "Dear Sofie,\n\nThank you for the time you took to apply for Senior Consultant, EU Affairs "
        "(R-10442). We were impressed by the breadth of your experience, and the decision was not an "
        "easy one.\n\nAfter careful review, we have decided to move forward with candidates whose "
        "experience in direct advocacy for private clients more closely matches the needs of this "
        "role.\n\nWe will keep your details and encourage you to apply for future openings.\n\n"
        "Kind regards,\nTalent Acquisition - APA",
    ),
    m(
        "71270",
        "2025-11-04 13:16",
        "Inès Carvalho <ines.carvalho@altamira-pa.eu>",
        "Project Manager Digital Public Services - next step",
        A("interview", ALT, ALT2, 7, "direct"),
        "Hello Sofie,\n\nI'm the recruiter for our Digital Public Services practice. Your profile for "
        "the Project Manager role (R-10457) caught our attention - especially the interoperability "
        "project with the Brussels communes.\n\nCould we have a 30-minute call first? You can pick a "
        "slot directly here: https://calendly.com/ines-carvalho-apa/30min\n\nBest,\nInès Carvalho\n"
        "Talent Acquisition Partner | Altamira\nM +32 478 22 19 04",
    ),
    m(
        "71271",
        "2025-11-05 09:31",
        "Calendly <notifications@calendly.com>",
        "New Event: Sofie Van den Broeck-Moreau - 09:30 Fri, 7 Nov 2025 - 30 Minute Meeting",
        A("interview", ALT, ALT2, 7, "other"),
        "Hi Sofie Van den Broeck-Moreau,\n\nA new event has been scheduled.\n\nEvent Type:\n30 Minute "
        "Meeting\n\nInvitee:\nSofie Van den Broeck-Moreau\n\nEvent Date/Time:\n09:30 - Friday, 7 November "
        "2025 (Central European Time)\n\nLocation:\nMicrosoft Teams - details to follow from the host\n\n"
        "Host: Inès Carvalho\n\nView event in Calendly",
        ics={
            "uid": "cal-8f23b1@calendly.com",
            "start": "2025-11-07 09:30:00 +0100",
            "minutes": 30,
            "summary": "Sofie Van den Broeck-Moreau and Inès Carvalho",
            "organizer": ("Inès Carvalho", "ines.carvalho@altamira-pa.eu"),
        },
    ),
    m(
        "71283",
        "2025-11-18 18:02",
        "Inès Carvalho <ines.carvalho@altamira-pa.eu>",
        "Re: Project Manager Digital Public Services - next step",
        A("interview", ALT, ALT2, 7, "direct"),
        "Hi Sofie,\n\nThanks again for the call. Philippe Dumont (Partner) and Ana Reis (Associate "
        "Director) would like to meet you. I've sent a Teams invitation for Tuesday 25 November at "
        "16:00. The format is a competency-based interview plus a short case discussion (no "
        "preparation needed).\n\nBest,\nInès",
        ics={
            "uid": "040000008200E00074C5B7101A82E008-apa-pm2",
            "start": "2025-11-25 16:00:00 +0100",
            "minutes": 60,
            "style": "outlook",
            "summary": "Interview - PM Digital Public Services - Sofie Van den Broeck-Moreau",
            "organizer": ("Inès Carvalho", "ines.carvalho@altamira-pa.eu"),
            "attendees": [("Philippe Dumont", "philippe.dumont@altamira-pa.eu")],
            "location": "Microsoft Teams Meeting",
        },
    ),
    m(
        "71299",
        "2026-02-27 17:44",
        "Inès Carvalho <ines.carvalho@altamira-pa.eu>",
        "Re: Withdrawing my application - R-10457",
        A("confirmation", ALT, ALT2, 7, "direct"),
        "Dear Sofie,\n\nThank you for letting us know, and congratulations on your new position! I've "
        "withdrawn your application for R-10457 in our system. Philippe asked me to say it was a "
        "pleasure to meet you and that we'd be happy to hear from you in the future.\n\nAll the best,\n"
        "Inès\n\nOn 27 Feb 2026, at 15:02, Sofie Van den Broeck-Moreau <sofie.vdbm@mailbox.org> wrote:\n"
        "> Dear Inès, I wanted to let you know that I have accepted another offer and would like to "
        "withdraw from the process for the Project Manager role...",
        st="withdrawn",
    ),
    # --- 11 Civicly (founder on Gmail) ------------------------------------------------------
    m(
        "71310",
        "2025-11-02 21:14",
        "Thibault Rensonnet <thibault.rensonnet@gmail.com>",
        "Civicly - your message on LinkedIn",
        A("interview", CIV, CIVR, 11, "direct"),
        "Hi Sofie,\n\nThanks for your note and CV via LinkedIn about the Head of Partnerships post. "
        "Writing from my personal address because our Google Workspace is being migrated this week "
        "(startup life).\n\nI'd love to grab a coffee - would Thursday 6/11 at 8:30 at Café Belga "
        "(Flagey) work for you? It'll be informal, me and my co-founder Leila.\n\nCheers,\nThibault\n"
        "Co-founder & CEO, Civicly - civic participation made simple\ncivicly.be",
    ),
    m(
        "71322",
        "2025-11-13 08:02",
        "Thibault Rensonnet <thibault.rensonnet@gmail.com>",
        "Re: Civicly - your message on LinkedIn",
        A("interview", CIV, CIVR, 11, "direct"),
        "Hi Sofie,\n\nGreat to meet you last week - Leila and I left the café with lots of ideas. Next "
        "step would be a short case: how you would land our first three communes in Wallonia. 20 "
        "minutes of presenting, then discussion, at our desk at the Coworking Sainte-Catherine on "
        "Wednesday 19/11 at 14:00?\n\nThibault\n\n\nLe jeu. 6 nov. 2025 à 10:41, Sofie Van den "
        "Broeck-Moreau <sofie.vdbm@mailbox.org> a écrit :\n> Thanks both for the coffee this morning!",
    ),
    m(
        "71345",
        "2025-11-28 19:33",
        "Thibault Rensonnet <thibault.rensonnet@gmail.com>",
        "Re: Civicly - your message on LinkedIn",
        A("rejection", CIV, CIVR, 11, "direct"),
        "Hi Sofie,\n\nI owe you an answer, sorry for the delay. Your presentation was honestly the most "
        "thoughtful we saw, and Leila keeps quoting your point about procurement thresholds. But after "
        "a lot of back and forth we've realised that what we need in the next 12 months is really a "
        "sales hire with SaaS quotas, and we've made an offer to someone with that background.\n\n"
        "It's not the answer I hoped to give you. If we raise our seed round next year and create a "
        "public affairs role, you'll be the first person I call.\n\nThibault",
    ),
    # --- 12 Nordlys Energy (LinkedIn Easy Apply) --------------------------------------------
    m(
        "71401",
        "2025-10-14 12:09",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Sofie, your application was sent to Nordlys Energy",
        A("confirmation", NOR, NORR, 12, "linkedin"),
        html="<html><body><table><tr><td><p>Your application was sent to Nordlys Energy</p><p><b>EU "
        "Policy Manager</b><br>Nordlys Energy · Brussels, Brussels Region, Belgium (Hybrid)</p><p>"
        "Applied on 14 October 2025</p><p><a href='https://www.linkedin.com/jobs/view/4021778345'>View "
        "job</a></p><p>Now, take these next steps for more success with your job search</p><p>"
        "You received this email because you applied for a job. © 2025 LinkedIn Ireland Unlimited "
        "Company, Wilton Plaza, Dublin 2.</p></td></tr></table></body></html>",
    ),
    m(
        "71402",
        "2025-10-17 07:51",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Nordlys Energy",
        A("viewed", NOR, NORR, 12, "linkedin"),
        html="<html><body><p>Sofie, your application was viewed</p><p>Nordlys Energy viewed your "
        "application for <b>EU Policy Manager</b>.</p><p>Applied 3 days ago</p><p><a "
        "href='https://www.linkedin.com/jobs/tracker/applied/'>See your applications</a></p></body></html>",
    ),
    m(
        "71403",
        "2025-11-06 14:25",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your update from Nordlys Energy",
        A("rejection", NOR, NORR, 12, "linkedin"),
        html="<html><body><p>Your update from Nordlys Energy</p><p><b>EU Policy Manager</b> · Brussels</p>"
        "<p>Thank you for your interest in the EU Policy Manager position at Nordlys Energy in Brussels. "
        "Unfortunately, we will not be moving forward with your application, but we appreciate your "
        "time and interest in Nordlys Energy.</p><p>Regards,<br>Nordlys Energy</p><p><a href="
        "'https://www.linkedin.com/jobs/'>Search for more jobs</a></p></body></html>",
    ),
    # --- 15 EFMO (via EuroBrussels) -----------------------------------------------------------
    m(
        "71501",
        "2025-10-21 10:27",
        "EFMO Secretariat <jobs@efmo-mobility.eu>",
        "Automatic reply: Application - Policy & Projects Officer (ref. EB-2025-118)",
        A("confirmation", EFMO, EFMOR, 15, "direct"),
        "Thank you for your message. This confirms that your application to the European Federation "
        "of Mobility Operators has been received. Due to the high number of applications, only "
        "shortlisted candidates will be contacted; if you do not hear from us by 20 November 2025, "
        "please consider that your application has not been retained.\n\nEFMO aisbl - Avenue de "
        "Tervueren 13, 1040 Brussels",
    ),
    m(
        "71518",
        "2025-11-14 12:55",
        "Anneke De Smet <a.desmet@efmo-mobility.eu>",
        "Interview invitation - Policy & Projects Officer",
        A("interview", EFMO, EFMOR, 15, "direct"),
        "Dear Ms Van den Broeck-Moreau,\n\nFurther to your application for the position of Policy & "
        "Projects Officer advertised on EuroBrussels, I am pleased to invite you to an interview with "
        "our Director-General and the Head of EU Projects on Monday 24 November at 11:00 via Webex "
        "(link below). The interview will last about 45 minutes and will be held in English, with a "
        "short part in French.\n\nhttps://efmo.webex.com/meet/a.desmet\n\nPlease confirm your "
        "availability.\n\nBest regards,\nAnneke De Smet\nHR & Office Manager\nEFMO - European Federation "
        "of Mobility Operators aisbl",
    ),
    m(
        "71531",
        "2025-12-04 16:20",
        "Anneke De Smet <a.desmet@efmo-mobility.eu>",
        "Policy & Projects Officer - outcome",
        A("rejection", EFMO, EFMOR, 15, "direct"),
        "Dear Sofie,\n\nThank you once again for taking part in our selection procedure. The panel "
        "appreciated your knowledge of EU funding instruments and your clear presentation.\n\nAfter "
        "much deliberation, however, we have decided to offer the position to another candidate whose "
        "experience in the transport sector was a closer fit. We sincerely hope our paths cross again.\n\n"
        "Best regards,\nAnneke De Smet",
    ),
    # --- 16 Paloma Insights (Greenhouse) -----------------------------------------------------
    m(
        "71601",
        "2025-10-16 15:38",
        "Paloma Insights <no-reply@greenhouse.io>",
        "Paloma Insights - we've got your application",
        A("confirmation", PAL, PALR, 16, "greenhouse"),
        "Hi Sofie,\n\nThanks for applying for the Senior Policy Analyst (Remote, EU) role at Paloma "
        "Insights! We're a small team, so our hiring manager reviews every application personally.\n\n"
        "If your experience is a strong match, we'll be in touch within two weeks to set up a first "
        "call. Unfortunately we can't reply individually to every applicant, but we'll let you know "
        "either way once the role is filled.\n\nThe Paloma team",
    ),
    m(
        "71622",
        "2025-11-20 21:07",
        "Paloma Insights <no-reply@greenhouse.io>",
        "Update on the Senior Policy Analyst role",
        A("rejection", PAL, PALR, 16, "greenhouse"),
        "Hi Sofie,\n\nThank you for your patience while we reviewed applications for the Senior Policy "
        "Analyst role. We had more than 400 applicants from 19 countries, and your background in "
        "public-sector digital projects really stood out.\n\nWe've now filled the role with a "
        "candidate whose experience in quantitative regulatory analysis was a closer match to what "
        "the team needs right now, so we won't be progressing your application.\n\nWe really "
        "appreciate the time you gave us and wish you the very best.\n\nWarmly,\nCamille, on behalf of "
        "Paloma Insights",
    ),
    # --- 17 Open Fields Foundation (Recruitee) ------------------------------------------------
    m(
        "71701",
        "2025-12-01 09:12",
        "Open Fields Foundation <openfieldsfoundation@recruitee.com>",
        "Application received: Programme Manager, Civic Participation",
        A("confirmation", OPF, OPFR, 17, "recruitee"),
        "Dear Sofie,\n\nThank you for applying to the position of Programme Manager, Civic "
        "Participation. We confirm receipt of your application.\n\nThe deadline for applications is "
        "15 December. Shortlisted candidates will be asked to complete a short written assignment "
        "before interviews in January.\n\nBest wishes,\nOpen Fields Foundation - People team",
    ),
    m(
        "71712",
        "2025-12-19 11:40",
        "Open Fields Foundation <openfieldsfoundation@recruitee.com>",
        "Written assignment - Programme Manager, Civic Participation",
        A("assessment", OPF, OPFR, 17, "recruitee"),
        "Dear Sofie,\n\nWe are pleased to let you know that you have been shortlisted. As a next step "
        "we ask you to complete a written assignment: a two-page concept note for a participatory "
        "budgeting pilot in a mid-sized European city (brief attached). Please upload it via the link "
        "below by Monday 5 January, 12:00 CET. We estimate it will take 3 hours.\n\n"
        "https://openfieldsfoundation.recruitee.com/o/programme-manager-civic/assignment\n\n"
        "Best wishes,\nOpen Fields Foundation - People team",
        attach=[
            (
                "OFF_assignment_brief.txt",
                "text/plain",
                "Concept note brief - participatory budgeting pilot. Max 2 pages.",
            )
        ],
    ),
    m(
        "71729",
        "2026-01-13 14:10",
        "Open Fields Foundation <openfieldsfoundation@recruitee.com>",
        "Programme Manager, Civic Participation",
        A("rejection", OPF, OPFR, 17, "recruitee"),
        "Dear Sofie,\n\nThank you for the concept note you submitted - it was well structured and we "
        "enjoyed the section on inclusion of non-voters.\n\nWe received many strong assignments and "
        "have invited a small number of candidates to interview. We are sorry to say that yours was "
        "not among them this time.\n\nWith our thanks and best wishes,\nOpen Fields Foundation - "
        "People team",
    ),
    # --- 20 Civitas Lab (Lever), ghosted -----------------------------------------------------
    m(
        "71801",
        "2025-12-08 13:27",
        "Civitas Lab <no-reply@hire.lever.co>",
        "Thank you for your application to Civitas Lab",
        A("confirmation", CVL, CVLR, 20, "lever"),
        "Hi Sofie,\n\nThank you for your interest in Civitas Lab! We've received your application for "
        "EU Funding Project Manager (remote) and our team is reviewing it.\n\nIn the meantime, feel "
        "free to learn more about our work at civitaslab.org.\n\nCheers,\nCivitas Lab",
    ),
    # --- 22 Centre for Forward Europe (SmartRecruiters-like? no: direct) ----------------------
    m(
        "71901",
        "2026-02-03 10:05",
        "CFE Recruitment <recruitment@forwardeurope.org>",
        "Your application to CFE - Research & Project Coordinator",
        A("confirmation", CFE, CFER, 22, "direct"),
        "Dear Sofie Van den Broeck-Moreau,\n\nThis is to confirm that we have received your "
        "application for the position of Research & Project Coordinator. Interviews are foreseen "
        "for the first half of March. If you are not selected for interview, we will unfortunately "
        "not be able to give individual feedback.\n\nKind regards,\nCFE - Centre for Forward Europe "
        "(a think tank registered as an AISBL under Belgian law)",
    ),
    m(
        "71912",
        "2026-03-02 15:37",
        "Eleni Markou <eleni.markou@forwardeurope.org>",
        "CFE - interview for the Research & Project Coordinator position",
        A("interview", CFE, CFER, 22, "direct"),
        "Dear Sofie,\n\nThank you for your application to CFE. We would like to invite you to an interview "
        "on Tuesday 10 March at 11:00 at our offices (Rue de la Loi 155, 1040 Brussels). The panel "
        "will include our Director of Research and myself. Please bring a short (max 1 page) idea "
        "for a project proposal under the CERV programme.\n\nKind regards,\nEleni Markou\nOperations "
        "Manager, Centre for Forward Europe",
    ),
    m(
        "71913",
        "2026-03-03 08:05",
        "Sofie Van den Broeck-Moreau <sofie.vdbm@mailbox.org>",
        "Fwd: Your application to CFE - Research & Project Coordinator",
        A("confirmation", CFE, CFER, 22, "direct"),
        "Pour info - celui-là je vais probablement le décliner maintenant que j'ai signé chez ENDI, "
        "mais je voulais ton avis.\n\n---------- Forwarded message ---------\nFrom: CFE Recruitment "
        "<recruitment@forwardeurope.org>\nDate: Tue, 3 Feb 2026 at 10:05\nSubject: Your application to "
        "CFE - Research & Project Coordinator\nTo: Sofie Van den Broeck-Moreau <sofie.vdbm@mailbox.org>\n\n"
        "Dear Sofie Van den Broeck-Moreau,\n\nThis is to confirm that we have received your application "
        "for the position of Research & Project Coordinator. Interviews are foreseen for the first half "
        "of March. If you are not selected for interview, we will unfortunately not be able to give "
        "individual feedback.",
        to="Mathieu Moreau <mathieu.moreau.be@gmail.com>",
        st="interviewing",
    ),
    # --- 23 Banque Valorem Luxembourg S.A. (SuccessFactors) ------------------------------------
    m(
        "72001",
        "2025-10-22 08:18",
        "Banque Valorem Careers <noreply@successfactors.eu>",
        "Your application: Regulatory Project Manager (Req 8812)",
        A("confirmation", VAL, VALR, 23, "other"),
        "Dear Sofie,\n\nThank you for applying for the position Regulatory Project Manager (Req 8812) "
        "in Luxembourg-Kirchberg.\n\nWe will carefully review your application and get back to you. "
        "Please note that we process personal data in accordance with our candidate privacy notice.\n\n"
        "Kind regards,\nHR Talent Acquisition\nBanque Valorem Luxembourg S.A. - R.C.S. Luxembourg B 41.227",
    ),
    m(
        "72012",
        "2025-11-10 10:45",
        "Banque Valorem Careers <noreply@successfactors.eu>",
        "Online assessment - Regulatory Project Manager (Req 8812)",
        A("assessment", VAL, VALR, 23, "other"),
        "Dear Sofie,\n\nAs part of our selection process, we invite you to complete an online "
        "assessment consisting of a numerical reasoning test and a personality questionnaire. You "
        "will receive a separate e-mail from our partner SHL with your personal link. Please complete "
        "the assessment within 5 days.\n\nKind regards,\nHR Talent Acquisition - Banque Valorem",
    ),
    m(
        "72013",
        "2025-11-10 10:47",
        "SHL Assessments <noreply@shl.com>",
        "Banque Valorem Luxembourg - your assessment invitation",
        A("assessment", VAL, VALR, 23, "other"),
        html="<html><body><p>Dear Sofie Van den Broeck-Moreau,</p><p>Banque Valorem Luxembourg S.A. "
        "has invited you to complete the following assessments:</p><ul><li>Verify G+ (numerical, "
        "deductive, inductive) - approx. 36 min</li><li>OPQ32r - approx. 25 min</li></ul><p>Please "
        "complete them by <b>15 November 2025 23:59 CET</b>.</p><p><a href='https://candidate.shl.com/'>"
        "Start assessment</a></p><p>Good luck!<br>SHL</p></body></html>",
    ),
    m(
        "72031",
        "2025-11-27 17:05",
        "Banque Valorem Careers <noreply@successfactors.eu>",
        "Regulatory Project Manager (Req 8812) - your application",
        A("rejection", VAL, VALR, 23, "other"),
        "Dear Sofie,\n\nThank you for completing our assessments and for your interest in Banque "
        "Valorem. After reviewing all profiles, we regret to inform you that we will not pursue your "
        "application further. We will keep your data for 24 months in case another opportunity "
        "arises, unless you ask us otherwise.\n\nKind regards,\nHR Talent Acquisition",
    ),
    # --- 24 Tessaly Climate (Greenhouse), on hold ---------------------------------------------
    m(
        "72101",
        "2026-01-28 18:22",
        "Tessaly Climate Recruiting <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Tessaly",
        A("confirmation", TES, TESR, 24, "greenhouse"),
        "Hi Sofie,\n\nThanks for your interest in Tessaly! We've received your application for Public "
        "Affairs Lead, Benelux and will review it as soon as possible.\n\nIf there's a fit, someone "
        "from our team will reach out to schedule a call.\n\nBest,\nTessaly Talent Team",
    ),
    m(
        "72118",
        "2026-02-24 09:14",
        "Noor Haddad <noor.haddad@tessaly.com>",
        "Public Affairs Lead, Benelux - pausing the search",
        A("confirmation", TES, TESR, 24, "direct"),
        "Hi Sofie,\n\nI wanted to give you a transparent update: following our last board meeting we "
        "have paused hiring for the Public Affairs Lead, Benelux role until after our Q2 planning. "
        "Your application stays active and we'll get back to you as soon as the role reopens - "
        "probably not before June.\n\nApologies for the wait, and thanks for your interest.\n\n"
        "Noor Haddad\nTalent Partner, Tessaly",
        st="on_hold",
    ),
    # --- job mail without an application ---------------------------------------------------
    m(
        "72201",
        "2025-10-06 07:30",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        '"policy officer": 14 new jobs in Brussels Region',
        ("alert", None, None, None, "linkedin", "en"),
        html="<html><body><p>Your job alert for <b>policy officer</b> in Brussels Region, Belgium</p>"
        "<p>Policy Officer - Climate · Verdance Network · Brussels</p><p>EU Affairs Officer · "
        "Fédération Européenne du Bois · Brussels (Hybrid)</p><p>Junior Policy Officer · "
        "Eurocities-like Network · Brussels</p><p><a href='https://www.linkedin.com/jobs/search/'>See "
        "all jobs</a></p></body></html>",
    ),
    m(
        "72202",
        "2025-11-10 07:31",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        '"project manager public sector": new jobs in Brussels',
        ("alert", None, None, None, "linkedin", "en"),
        html="<html><body><p>New jobs match your preferences</p><p>Project Manager Smart City · "
        "Urbaxis · Brussels</p><p>Programme Officer · Fondation Solidaris · Brussels</p><p>PMO "
        "Consultant (FR/NL) · Kinetic Public Advisory · Brussels</p></body></html>",
    ),
    m(
        "72203",
        "2026-01-12 07:29",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "Lead Policy Analyst at Vireo Institute and 9 more jobs for you",
        ("alert", None, None, None, "linkedin", "en"),
        html="<html><body><p>Jobs you may be interested in</p><p>Lead Policy Analyst · Vireo Institute "
        "· Brussels</p><p>Head of EU Projects · Lumen Grid · Luxembourg</p></body></html>",
    ),
    m(
        "72210",
        "2025-10-09 08:00",
        "EuroBrussels <jobs@eurobrussels.com>",
        "EuroBrussels Jobs: 23 new EU jobs matching your profile",
        ("alert", None, None, None, "other", "en"),
        "EuroBrussels - the leading site for EU jobs\n\nNew jobs matching: Policy, Project Management\n\n"
        "- Policy & Projects Officer - European Federation of Mobility Operators (EFMO) - Brussels\n"
        "- Communications Manager - Alliance for Clean Shipping - Brussels\n- Senior Adviser, Digital "
        "- Association of European Municipal Utilities - Brussels\n\nManage your alerts: "
        "www.eurobrussels.com/account",
    ),
    m(
        "72211",
        "2025-12-11 08:00",
        "EuroBrussels <jobs@eurobrussels.com>",
        "EuroBrussels Jobs: 17 new EU jobs matching your profile",
        ("alert", None, None, None, "other", "en"),
        "EuroBrussels - the leading site for EU jobs\n\n- Programme Manager - Open Fields Foundation - "
        "Brussels\n- Policy Officer, Water - Aquanet Europe - Brussels\n- Research & Project "
        "Coordinator - Centre for Forward Europe - Brussels\n\nManage your alerts.",
    ),
    m(
        "72215",
        "2025-10-27 19:12",
        "Indeed <alert@indeed.com>",
        "Project manager jobs in Bruxelles - 11 new",
        ("alert", None, None, None, "indeed", "en"),
        html="<html><body><p>11 new project manager jobs in Bruxelles</p><p>Project Manager Subsidies "
        "- Delvaux &amp; Partners - Bruxelles</p><p>Project Manager Mobility - Mobilis Consult - "
        "Bruxelles</p><p>Easily apply</p></body></html>",
    ),
    m(
        "72220",
        "2025-10-19 10:02",
        "Jobat <noreply@jobat.be>",
        "Jobat: new jobs for 'policy advisor' (English)",
        ("alert", None, None, None, "other", "en"),
        "Hi Sofie,\n\nNew vacancies for your search 'policy advisor' in Brussels:\n- Policy Advisor EU "
        "Affairs - Federatie Logistiek VZW - Brussels\n- Senior Policy Advisor - Stedenhuis vzw - "
        "Brussels\n\nUnsubscribe from this job alert in your Jobat profile.",
    ),
    m(
        "72230",
        "2025-11-20 12:00",
        "Greenhouse <no-reply@greenhouse.io>",
        "Complete your application to Vireo Institute",
        ("alert", "Vireo Institute", "Lead Policy Analyst", None, "greenhouse", "en"),
        "Hi Sofie,\n\nYou started an application for Lead Policy Analyst at Vireo Institute but didn't "
        "finish it. Your progress has been saved - pick up where you left off before the posting "
        "closes.\n\nContinue application",
    ),
    m(
        "72240",
        "2025-10-24 15:50",
        "Talent Community - Altamira <altamirapa@myworkday.com>",
        "Welcome to the Altamira Talent Community",
        ("alert", ALT, None, None, "workday", "en"),
        "Dear Sofie,\n\nThank you for joining the Altamira Talent Community. You will receive updates "
        "on opportunities that match your interests (EU Affairs, Digital). Joining our community is "
        "not an application for a specific role.\n\nTalent Acquisition, Altamira Public Affairs SA/NV",
    ),
    m(
        "72250",
        "2025-11-25 16:02",
        "Rafael Oliveira <rafael@hartwellsearch.eu>",
        "Head of EU Affairs - confidential search",
        ("outreach", None, "Head of EU Affairs", None, "agency", "en"),
        "Dear Sofie,\n\nI lead the public affairs practice at Hartwell Search in Brussels. We're "
        "retained by a European industry association (energy storage) to find a Head of EU Affairs - "
        "team of four, reporting to the Director-General. Package around EUR 110k plus car.\n\nIs this "
        "something you would consider? Happy to share more on a call.\n\nBest regards,\nRafael Oliveira\n"
        "Partner, Hartwell Search",
    ),
    m(
        "72251",
        "2025-12-02 09:22",
        "Lotte Janssens via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Sofie, a programme manager role at Meridia Foundation?",
        ("outreach", "Meridia Foundation", "Senior Programme Manager", None, "linkedin", "en"),
        "Hi Sofie,\n\nI came across your profile and thought of you for our Senior Programme Manager "
        "opening at Meridia Foundation (Brussels, hybrid). We fund digital inclusion projects across "
        "Europe - very close to your work at the communes. Would you be open to a chat?\n\nLotte "
        "Janssens, Talent Lead, Meridia Foundation",
    ),
    m(
        "72260",
        "2026-02-05 11:11",
        "Rafael Oliveira <rafael@hartwellsearch.eu>",
        "Automatic reply: Re: Head of EU Affairs - confidential search",
        ("other_job", None, None, None, "agency", "en"),
        "Thank you for your email. I am out of the office until 16 February with limited access to "
        "e-mail. For urgent matters please contact office@hartwellsearch.eu.\n\nRafael",
    ),
    m(
        "72270",
        "2026-01-06 09:00",
        "Paloma Insights <no-reply@greenhouse.io>",
        "How was your candidate experience with Paloma Insights?",
        ("other_job", PAL, PALR, None, "greenhouse", "en"),
        "Hi Sofie,\n\nWe'd love to hear about your recent candidate experience. This 2-minute survey is "
        "anonymous and helps us improve.\n\nTake the survey",
    ),
]

# Replies to mail she sent (her own messages are not in this mailbox).
_REPLIES = {
    "71158": "<b7e1c2d4-0f3a-4c55-9a61-endi1203@mailbox.org>",
    "71283": "<3f9a77c0-5d2e-4c1b-8f44-apa1107@mailbox.org>",
    "71299": "<0d44e9b2-71c8-4a0f-b3e5-apa0227@mailbox.org>",
    "71322": "<CAF8mXv2q+ZkC7n0L1pYt3WcR9e@mail.gmail.com>",
    "71345": "<CAF8mXv2q+ZkC7n0L1pYt3WcR9e@mail.gmail.com>",
}
for _spec in MAIL:
    _key = _spec["id"][1:].split(".", 1)[0]
    if _key in _REPLIES:
        _spec["In-Reply-To"] = _spec["References"] = _REPLIES[_key]
