# ruff: noqa: E501
"""Corpus 41: Spanish, French and agency application mail, alerts, outreach and other job mail
(see heldout41.py). Held out: measured, never tuned on."""

from __future__ import annotations

from heldout41_jobs import m

APPS = {
    18: ("Casa Aurora", "Program Manager, Family Engagement"),
    19: ("Réseau Horizons Solidaires", "Program Manager, North America Partnerships"),
    20: ("Bridgeworks Education", "Director of Regional Programs"),
}


def a(cat: str, app: int, source: str, lang: str = "en") -> tuple:
    company, role = APPS[app]
    return (cat, company, role, app, source, lang)


def o(cat: str, company: str | None, role: str | None, source: str, lang: str = "en") -> tuple:
    return (cat, company, role, None, source, lang)


MAIL = [
    # --- 18 Casa Aurora (bilingual, on hold) -------------------------------------------------
    m(
        "k001",
        "2025-10-13 15:20:40 +0000",
        "Idealist <notifications@idealist.org>",
        "Your application to Casa Aurora was sent",
        a("confirmation", 18, "other"),
        "Hi Marcus,\n\nGood news: your application for Program Manager, Family Engagement at Casa Aurora has been sent.\n\nThe organization will contact you directly if they'd like to move forward.\n\nIdealist | Action Without Borders\nManage email preferences: https://www.idealist.org/en/settings/notifications",
    ),
    m(
        "k002",
        "2025-10-20 12:48:09 -0500",
        "Lucía Barragán <lbarragan@casaaurora-pilsen.org>",
        "Entrevista / Interview - Family Engagement",
        a("interview", 18, "direct", "es"),
        "Hola Marcus,\n\nMuchas gracias por tu interés en el puesto de Program Manager, Family Engagement en Casa Aurora. Nos encantó ver que hablas español y que trabajaste con familias en Pilsen y La Villita.\n\nNos gustaría invitarte a una primera entrevista con nuestra directora, Graciela Montoya, y conmigo. ¿Te funciona el lunes 27 de octubre a las 4:00 p.m. en nuestra oficina (1822 S Blue Island Ave)? Parte de la conversación será en español, ya que el 80 % de nuestras familias son hispanohablantes.\n\n(English: we'd like to invite you to a first interview on Monday, Oct 27 at 4 pm at our office. Part of it will be in Spanish.)\n\nSaludos cordiales,\nLucía Barragán\nCoordinadora de Recursos Humanos\nCasa Aurora | Pilsen, Chicago",
    ),
    m(
        "k003",
        "2025-11-03 17:05:31 -0600",
        "Lucía Barragán <lbarragan@casaaurora-pilsen.org>",
        "Segunda entrevista - Casa Aurora",
        a("interview", 18, "direct", "es"),
        "Hola Marcus,\n\n¡Gracias por venir la semana pasada! Graciela quedó muy contenta con la conversación. Te mandé una invitación para la segunda entrevista con dos miembros de la mesa directiva y una mamá del comité de padres: jueves 13 de noviembre, 6:00 p.m., aquí en la oficina.\n\nSi necesitas cambiar la hora, avísame.\n\nUn abrazo,\nLucía",
        ics={
            "start": "2025-11-13 18:00:00 -0600",
            "minutes": 60,
            "organizer": ("Lucía Barragán", "lbarragan@casaaurora-pilsen.org"),
            "uid": "2c0ur0r4segunda7k1@google.com",
            "summary": "Segunda entrevista: Marcus Delgado-Whitfield (Family Engagement PM)",
            "location": "Casa Aurora, 1822 S Blue Island Ave, Chicago",
        },
    ),
    m(
        "k004",
        "2025-11-24 10:30:02 -0600",
        "Graciela Montoya <gmontoya@casaaurora-pilsen.org>",
        "Actualización sobre el puesto / Update on the position",
        a("confirmation", 18, "direct", "es"),
        st="on_hold",
        text="Estimado Marcus:\n\nQuiero escribirte personalmente. La semana pasada nos enteramos de que la subvención estatal que financia el puesto de Family Engagement se retrasa hasta el próximo año fiscal. Por eso hemos decidido pausar la contratación hasta tener la confirmación, probablemente en marzo o abril.\n\nNo es un \"no\": eres nuestro candidato preferido y, si la financiación llega, me gustaría retomar la conversación contigo primero.\n\n---\nDear Marcus, the state grant that funds this position has been delayed, so we're putting the hire on hold until it's confirmed (likely March or April). This isn't a no.\n\nCon cariño,\nGraciela Montoya\nDirectora Ejecutiva, Casa Aurora",
    ),
    # --- 19 Réseau Horizons Solidaires (Montréal, French) ------------------------------------
    m(
        "k005",
        "2025-11-10 14:02:18 -0500",
        "Recrutement RHS <recrutement@horizons-solidaires.ca>",
        "Accusé de réception - Gestionnaire de programme, Partenariats Amérique du Nord",
        a("confirmation", 19, "direct", "fr"),
        "Bonjour Marcus,\n\nNous accusons réception de votre candidature au poste de Gestionnaire de programme, Partenariats Amérique du Nord (Program Manager, North America Partnerships), basé à Montréal ou en télétravail depuis les États-Unis.\n\nL'équipe des ressources humaines étudiera votre dossier avec attention. Seules les personnes retenues pour une entrevue seront contactées ; nous vous remercions de votre compréhension.\n\nCordialement,\n\nL'équipe Recrutement\nRéseau Horizons Solidaires\n1255, rue Peel, bureau 800, Montréal (Québec)\n\nVeuillez ne pas répondre à ce courriel.",
    ),
    # --- 20 Bridgeworks Education via Hollis & Reyes Search Partners -------------------------
    m(
        "k006",
        "2025-10-15 09:12:33 -0500",
        "Owen Hollis <owen@hollisreyes.com>",
        "Director role - national education nonprofit (Chicago/remote)",
        o("outreach", None, "Director of Regional Programs", "agency"),
        "Hi Marcus,\n\nI'm a partner at Hollis & Reyes Search Partners; we do executive and senior program searches exclusively for nonprofits and foundations. A colleague at the Chicago Workforce Funders network suggested your name.\n\nWe've been retained by a national education nonprofit (about $60M budget, programs in 11 states) to find a Director of Regional Programs for the Midwest. It would lead a team of six program managers across Chicago, Detroit and Cleveland; salary range $115-125k; Chicago-based with travel.\n\nI can't share the organization's name until we've spoken, but I think your background maps well. Would you have 20 minutes this week?\n\nBest,\nOwen\n\nOwen Hollis\nPartner | Hollis & Reyes Search Partners\n312-555-0163 | hollisreyes.com",
    ),
    m(
        "k007",
        "2025-10-22 16:40:51 -0500",
        "Owen Hollis <owen@hollisreyes.com>",
        "Re: Director role - national education nonprofit (Chicago/remote)",
        o("outreach", "Bridgeworks Education", "Director of Regional Programs", "agency"),
        "Marcus,\n\nGreat talking yesterday. As promised, the client is Bridgeworks Education - position profile attached. With your OK I'll present you to their Chief Program Officer, Dr. Ines Valcourt, on Friday.\n\nPlease send me an updated resume and a short note (3-4 sentences) on why Bridgeworks - I'll include it with my write-up.\n\nOwen\n\nOn Tue, Oct 21, 2025 at 5:10 PM Marcus Delgado-Whitfield wrote:\n> Thanks Owen - yes, I'm interested. Happy to talk more.",
        attach=[
            (
                "Bridgeworks_Director_Regional_Programs_Profile.pdf",
                "application/pdf",
                "%PDF-1.4 position profile",
            )
        ],
        **{"In-Reply-To": "<CAH7m2wQ9aTt@mail.gmail.com>"},
    ),
    m(
        "k008",
        "2025-11-04 11:18:27 -0600",
        "Priscilla Reyes <priscilla@hollisreyes.com>",
        "Bridgeworks - first interview scheduled",
        a("interview", 20, "agency"),
        "Hi Marcus,\n\nI coordinate scheduling for Owen. Bridgeworks would like to meet you! Details:\n\nWho: Dr. Ines Valcourt, Chief Program Officer, and Terrence Yu, VP Talent\nWhen: Thursday, November 6, 3:00-4:00 pm CT\nWhere: Zoom - https://bridgeworksed.zoom.us/j/88120447301\n\nOwen will call you Wednesday afternoon to prep. Let me know if anything changes.\n\nThank you,\nPriscilla Reyes\nSearch Coordinator | Hollis & Reyes Search Partners",
    ),
    m(
        "k009",
        "2025-12-04 13:02:10 -0600",
        "Owen Hollis <owen@hollisreyes.com>",
        "Bridgeworks update",
        a("rejection", 20, "agency"),
        "Marcus,\n\nI wanted to call but you're probably in meetings - I'll try you tomorrow too. Bridgeworks has decided to move forward with another finalist for the Director of Regional Programs role. The feedback on you was genuinely strong (Ines called your second-round presentation 'the most grounded of the group'); where they landed came down to someone who has managed multi-state budgets of their size.\n\nI'd like to keep you in mind for the searches we have coming in Q1. Thanks for trusting us with this one.\n\nOwen",
    ),
    # --- job alerts, talent communities ------------------------------------------------------
    m(
        "k010",
        "2025-09-03 12:00:00 +0000",
        "Idealist <notifications@idealist.org>",
        '12 new jobs for "program manager" in Chicago',
        o("alert", None, None, "other"),
        'New on Idealist for your saved search "program manager" - Chicago, IL\n\nProgram Manager, Adult Education - Lakeshore Literacy Alliance - Chicago, IL\nProgram Manager, Youth Employment - Near West Side Partners - Chicago, IL\nSenior Program Coordinator - Friends of the Calumet - Hegewisch, IL\nProgram Manager - Southside Arts Lab - Chicago, IL\n...and 8 more\n\nSee all: https://www.idealist.org/en/jobs?q=program%20manager\nYou\'re receiving this because you saved this search. Unsubscribe.',
    ),
    m(
        "k011",
        "2025-09-17 13:31:12 +0000",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        '"program manager nonprofit": Open Ballot Project - Program Manager, Voter Education and more',
        o("alert", None, None, "linkedin"),
        "Your job alert for program manager nonprofit in Chicago, Illinois, United States\n20 new jobs match your preferences.\n\nProgram Manager, Voter Education\nOpen Ballot Project\nUnited States (Remote)\nActively recruiting\n\nProgram Manager, Community Partnerships\nCommon Harbor Alliance\nChicago, IL (Hybrid)\n\nSenior Program Manager\nMeridian Civic Fund\nWashington, DC (Remote)\n\nSee all jobs: https://www.linkedin.com/jobs/search/?keywords=program%20manager%20nonprofit\n\nYou are receiving Job Alert emails. Unsubscribe",
    ),
    m(
        "k012",
        "2025-10-05 11:45:00 +0000",
        "Indeed <alert@indeed.com>",
        "15 new program manager jobs in Milwaukee, WI",
        o("alert", None, None, "indeed"),
        "Program Manager, Family Resource Center\nFox Valley Family Services - Milwaukee, WI\n$68,000 - $76,000 a year\nEasily apply\n\nCommunity Programs Manager\nLakefront Housing Cooperative - Milwaukee, WI\n\nYouth Program Manager\nRiverwest Boys & Girls Club - Milwaukee, WI\nUrgently hiring\n\nSee all jobs: https://www.indeed.com/jobs?q=program+manager&l=Milwaukee,+WI\n\nEdit this job alert | Unsubscribe",
    ),
    m(
        "k013",
        "2025-10-18 14:00:00 +0000",
        "GovernmentJobs.com <noreply@governmentjobs.com>",
        "Job Interest Card: new job posted - Coordinating Planner II",
        o("alert", "City of Chicago", "Coordinating Planner II", "other"),
        "A new job matching your job interest card has been posted.\n\nCity of Chicago\nCOORDINATING PLANNER II\nSalary: $86,724.00 - $117,384.00 Annually\nClosing date: 11/01/2025\n\nView and apply: https://www.governmentjobs.com/careers/chicago/jobs/5102281\n\nYou are receiving this email because you subscribed to job interest notifications for the category Social Services.",
    ),
    m(
        "k014",
        "2025-11-09 12:14:40 +0000",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Heartland Common Good is hiring: Senior Grants Manager",
        o("alert", "Heartland Common Good", "Senior Grants Manager", "linkedin"),
        "Heartland Common Good is hiring\n\nSenior Grants Manager\nMinneapolis, MN (Hybrid)\nYou applied to a job at this company recently.\n\nView job: https://www.linkedin.com/jobs/view/4340015522/\n\nUnsubscribe | Help",
    ),
    m(
        "k015",
        "2025-09-15 13:20:01 -0500",
        "Lakeview University Careers <hr-noreply@lakeviewuniversity.edu>",
        "Welcome to the Lakeview University Talent Community",
        o("alert", "Lakeview University", None, "other"),
        "Hello Marcus,\n\nThank you for joining the Lakeview University Talent Community. We'll send you openings in the categories you selected: Student Affairs; Community Engagement; Administrative - Program Management.\n\nAs a member you can also get invitations to our virtual career information sessions.\n\nLakeview University Human Resources",
    ),
    m(
        "k016",
        "2025-12-12 15:00:00 +0000",
        "Cream City Health Careers <careers-creamcityhealth@talent.icims.com>",
        "You're in our Talent Network - new roles at Cream City Health",
        o("alert", "Cream City Health", None, "icims"),
        html='<html><body><h2>New roles you might like</h2><p>Hi Marcus, as a member of the Cream City Health Talent Network, here are recent openings:</p><ul><li>Program Manager, Healthy Homes - Milwaukee, WI</li><li>Community Health Worker Supervisor - Racine, WI</li><li>Manager, Health Equity Initiatives - Hybrid</li></ul><p><a href="https://careers-creamcityhealth.icims.com/jobs/search">View all jobs</a></p><p>Cream City Health is an equal opportunity employer.</p></body></html>',
    ),
    m(
        "k017",
        "2026-01-05 13:00:00 +0000",
        "Idealist <notifications@idealist.org>",
        "Jobs you might like: Program Manager, Resident Services and 9 more",
        o("alert", None, None, "other"),
        html='<html><body><p>Hi Marcus, here are new jobs picked for you:</p><p><b>Program Manager, Resident Services</b><br>Uptown Housing Partners &middot; Chicago, IL &middot; $70,000 - $78,000</p><p><b>Program Manager, Reentry Services</b><br>North Star Reentry Network &middot; Minneapolis, MN</p><p><b>Director of Programs</b><br>Pullman Heritage Works &middot; Chicago, IL</p><p><a href="https://www.idealist.org/en/jobs">See more</a></p><p style="font-size:11px">Update your preferences</p></body></html>',
    ),
    m(
        "k018",
        "2026-02-02 14:22:00 +0000",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        '"senior program manager": 8 new jobs in Washington, DC',
        o("alert", None, None, "linkedin"),
        "Your job alert for senior program manager in Washington, District of Columbia\n\nSenior Program Manager, Civic Learning\nDistrict Civic Trust\nWashington, DC (On-site)\n\nSenior Program Manager\nAnchor Neighborhood Fund\nUnited States (Remote)\n\nSee all jobs\nUnsubscribe",
    ),
    # --- recruiter outreach ------------------------------------------------------------------
    m(
        "k019",
        "2025-09-26 15:05:44 +0000",
        "Reggie Amankwah via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Program Director opportunity - workforce nonprofit in Milwaukee",
        o("outreach", "Lakefront Workforce Alliance", "Program Director", "linkedin"),
        "Hi Marcus,\n\nI'm the in-house recruiter at Lakefront Workforce Alliance in Milwaukee. We're building out a new Program Director role for our sector-based training programs (healthcare and manufacturing), and your WIOA and employer-partnership experience jumped out.\n\nOpen to a quick call next week? Salary band is $95-105k, hybrid.\n\nReggie Amankwah\nTalent Acquisition, Lakefront Workforce Alliance\n\nReply on LinkedIn: https://www.linkedin.com/messaging/thread/2-ZmQ2Yj",
    ),
    m(
        "k020",
        "2026-01-07 17:31:10 -0600",
        "Shauna Pickett <spickett@civicbridgetalent.com>",
        "Interim program manager contract - 6 months",
        o("outreach", None, "Interim Program Manager", "agency"),
        "Hi Marcus,\n\nShauna from CivicBridge Talent here - we place interim and contract staff with nonprofits and public agencies. I have a 6-month contract for an Interim Program Manager with a large Chicago human-services agency covering a leave; $55/hr, W-2, start in February.\n\nI can share the client's name once you confirm you're interested and I have your rate expectations. Would you be open to it?\n\nThanks,\nShauna Pickett\nSenior Recruiter, CivicBridge Talent",
    ),
    # --- other job mail ----------------------------------------------------------------------
    m(
        "k021",
        "2025-10-06 14:02:55 -0500",
        "Dana Whitcombe <dwhitcombe@glcfoundation.org>",
        "Automatic reply: Senior Program Officer - phone screen",
        o("other_job", "Great Lakes Community Foundation", None, "direct"),
        "Thank you for your message. I am out of the office October 6-8 with limited access to email. For urgent matters related to open positions, please contact talent@glcfoundation.org.\n\nDana Whitcombe\nTalent Partner",
    ),
    m(
        "k022",
        "2025-11-02 16:20:00 +0000",
        "Cream City Health <careers-creamcityhealth@talent.icims.com>",
        "Tell us about your candidate experience",
        o("other_job", "Cream City Health", None, "icims"),
        "Hi Marcus,\n\nYou recently interviewed with Cream City Health. We'd love your feedback on the process - the survey takes about 3 minutes and responses are anonymous and do not affect hiring decisions.\n\nTake the survey: https://survey.creamcityhealth.org/cx/8812\n\nThank you!\nTalent Acquisition",
    ),
    m(
        "k023",
        "2025-12-05 18:44:10 +0000",
        "City of Chicago <noreply@governmentjobs.com>",
        "Your governmentjobs.com password was changed",
        o("other_job", "City of Chicago", None, "other"),
        "Hello Marcus,\n\nThe password for your governmentjobs.com account was recently changed. If you made this change, no further action is needed.\n\nIf you did not change your password, reset it immediately at https://www.governmentjobs.com/Applications/Account/ForgotPassword\n\nNEOGOV Support",
    ),
    m(
        "k024",
        "2025-12-20 10:30:00 -0600",
        "Owen Hollis <owen@hollisreyes.com>",
        "Hollis & Reyes - Q1 searches + a favor",
        o("other_job", None, None, "agency"),
        "Hi Marcus,\n\nHope you're heading into a restful break. Two quick things:\n\n1) We're opening searches in January for a COO (community foundation, Minneapolis) and a VP Programs (youth development, DC). Neither is quite your level yet, but if you know anyone, send them my way.\n2) Would you be willing to be listed as a reference for our candidate-experience page? No worries if not.\n\nHappy holidays,\nOwen",
    ),
]
