# ruff: noqa: E501
"""Corpus 55, English job mail, alerts, outreach and other job mail (data only): see heldout55.py."""

from __future__ import annotations

from typing import Any

from heldout55_jobs import _tz, m


def A(cat, co, role, app, src, st=None, lang="en"):
    return (cat, co, role, app, src, lang, st) if st else (cat, co, role, app, src, lang)


def J(cat, src, lang, co=None, role=None):
    return (cat, co, role, None, src, lang)


def ev(uid, start, summary, organizer, style="google", minutes=60, **kw):
    out = {"uid": uid, "start": f"{start}:00 {_tz(start[:10])}", "summary": summary}
    out.update(organizer=organizer, style=style, minutes=minutes, **kw)
    return out


SL, SLR = "Sensoric Labs", "Junior Firmware Engineer"
TA, TAR = "Tessaro Automation", "Embedded Software Engineer - Motion Control"
LA, LAR = "Lindqvist Audio", "Firmware Developer (DSP)"
FS, FSR = "Fernmeld Systems", "Embedded Linux Developer"
CM, CMR = "Corvent Medical", "Embedded Software Engineer (Medical Devices)"
FN, FNR = "Fieldnote", "Junior Embedded Engineer"
OL, OLR = "Orbitline", "Firmware Engineer, Satellite Bus"

MAIL: list[dict[str, Any]] = [
    # --- 19 Sensoric Labs (Greenhouse, Codility) -------------------------------------------
    m(
        "56201",
        "2025-11-05 10:31",
        "Sensoric Labs <no-reply@greenhouse.io>",
        "Thanks for applying to Sensoric Labs!",
        A("confirmation", SL, SLR, 19, "greenhouse"),
        "Hi Jana,\n\nThank you for your interest in Sensoric Labs! We have received your application for Junior Firmware "
        "Engineer (Munich) and our hiring team will review it shortly.\n\nIf there is a fit, we will be in touch about next steps. "
        "Unfortunately we cannot respond to every applicant individually, so please check your spam folder from time to time.\n\n"
        "Cheers,\nSensoric Labs Talent Team",
    ),
    m(
        "56208",
        "2025-11-12 15:02",
        "Sensoric Labs via Codility <no-reply@codility.com>",
        "Sensoric Labs invites you to a coding test",
        A("assessment", SL, SLR, 19, "codility"),
        html="<html><body><p>Hello Jana Wiesner,</p><p>Sensoric Labs has invited you to take a test on Codility as part of "
        "the recruitment process for <b>Junior Firmware Engineer</b>.</p><p>Time limit: 90 minutes. Languages: C, C++.</p>"
        "<p><a href='https://app.codility.com/c/run/RT9K2L-QPX'>Start test</a> (valid until 19 November 2025)</p>"
        "<p>Good luck!<br>The Codility team</p></body></html>",
    ),
    m(
        "56219",
        "2025-11-27 11:48",
        "Sensoric Labs <no-reply@greenhouse.io>",
        "An update from Sensoric Labs",
        A("rejection", SL, SLR, 19, "greenhouse"),
        "Hi Jana,\n\nThanks again for taking the time to complete our coding exercise - your solution was clean and well "
        "structured, and the team enjoyed reading your comments on the ISR handling.\n\nAfter careful consideration, we have "
        "decided not to move forward with your application at this time. We know this is disappointing and we really appreciate "
        "your interest.\n\nWe wish you all the best in your search.\nSensoric Labs Talent Team",
    ),
    m(
        "56220",
        "2025-11-28 09:00",
        "Sensoric Labs <no-reply@greenhouse.io>",
        "How did we do? 2-minute survey about your candidate experience",
        J("other_job", "greenhouse", "en", SL),
        "Hi Jana,\n\nYou recently interviewed or applied with Sensoric Labs. We'd love to hear about your experience - good or "
        "bad. The survey is anonymous and takes about two minutes.\n\nTake the survey: https://survey.greenhouse.io/c/9f2a\n\nThank you!",
    ),
    # --- 20 Tessaro Automation (Workday) ----------------------------------------------------
    m(
        "56231",
        "2025-11-25 16:40",
        "Tessaro Automation <tessaro@myworkday.com>",
        "Thank you for applying - Embedded Software Engineer - Motion Control (R-7712)",
        A("confirmation", TA, TAR, 20, "workday"),
        "Dear Jana,\n\nThank you for applying to the Embedded Software Engineer - Motion Control position in Nuremberg. We have "
        "received your application and will review it carefully.\n\nYou can check the status of your application at any time "
        "in your candidate home.\n\nKind regards,\nTessaro Automation SE - Talent Acquisition",
    ),
    m(
        "56260",
        "2026-01-09 07:15",
        "Tessaro Automation <tessaro@myworkday.com>",
        "Your application status for R-7712",
        A("rejection", TA, TAR, 20, "workday"),
        "Dear Jana,\n\nThank you for your interest in Tessaro Automation. We have reviewed your background and, unfortunately, "
        "have decided to pursue other candidates whose experience more closely matches the requirements of this role.\n\n"
        "We will keep your profile on file and encourage you to explore other opportunities on our careers site.\n\n"
        "Kind regards,\nTalent Acquisition",
    ),
    # --- 21 Lindqvist Audio (Recruitee) -----------------------------------------------------
    m(
        "56240",
        "2025-12-03 13:05",
        "Lindqvist Audio <lindqvistaudio@recruitee.com>",
        "Application received - Firmware Developer (DSP)",
        A("confirmation", LA, LAR, 21, "recruitee"),
        "Hi Jana,\n\nThanks for applying for Firmware Developer (DSP) (Remote - Germany). We read every application ourselves, "
        "so give us about a week.\n\nBest,\nMalin & the Lindqvist Audio team",
    ),
    m(
        "56246",
        "2025-12-12 14:20",
        "Malin Öberg <malin@lindqvist-audio.se>",
        "Chat about the firmware role?",
        A("interview", LA, LAR, 21, "direct"),
        "Hi Jana,\n\nI liked your project with the active vibration damping - that's surprisingly close to what we do with speaker "
        "cones. Would you be up for a 45-minute video call with me and Erik (our firmware lead) on Wednesday the 17th at 14:00 CET? "
        "I've sent an invite, just move it if needed.\n\nBest,\nMalin Öberg\nPeople Lead, Lindqvist Audio AB",
        ics=ev(
            "lqa-56246@google.com",
            "2025-12-17 14:00",
            "Jana Wiesner <> Lindqvist Audio",
            ("Malin Öberg", "malin@lindqvist-audio.se"),
            minutes=45,
            location="https://meet.google.com/qtx-bvnr-hke",
            attendees=[("Erik Sandahl", "erik@lindqvist-audio.se")],
        ),
    ),
    m(
        "56257",
        "2026-01-07 10:44",
        "Malin Öberg <malin@lindqvist-audio.se>",
        "Re: Chat about the firmware role?",
        A("rejection", LA, LAR, 21, "direct"),
        "Hi Jana,\n\nHappy new year, and sorry this took a while with the holidays. Erik and I really enjoyed the conversation. "
        "We've decided to go with a candidate who has several years of DSP experience on ARM Cortex-M, since we need someone "
        "to own the audio pipeline from day one. It was a close call.\n\nAll the best,\nMalin\n\n"
        "On Fri, 12 Dec 2025 at 14:20, Malin Öberg <malin@lindqvist-audio.se> wrote:\n> Hi Jana,\n> I liked your project ...",
    ),
    # --- 22 Fernmeld Systems (LinkedIn) -----------------------------------------------------
    m(
        "56244",
        "2025-12-04 19:55",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Jana, your application was sent to Fernmeld Systems",
        A("confirmation", FS, FSR, 22, "linkedin"),
        html="<html><body><p>Your application was sent to Fernmeld Systems</p><p><b>Embedded Linux Developer</b><br>Fernmeld Systems "
        "· Munich, Bavaria, Germany (Hybrid)</p><p>Applied on December 4, 2025</p><p>Now, take these next steps for more success "
        "with your job search: Set up job alerts, update your profile.</p><p>LinkedIn Corporation, 1000 W Maude Ave, Sunnyvale, CA</p></body></html>",
    ),
    m(
        "56248",
        "2025-12-09 08:12",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Fernmeld Systems",
        A("viewed", FS, FSR, 22, "linkedin"),
        html="<html><body><p>Jana, your application was viewed</p><p>Fernmeld Systems viewed your application for Embedded Linux "
        "Developer.</p><p>See jobs similar to this one</p></body></html>",
    ),
    # --- 23 Corvent Medical (SmartRecruiters), offer declined -------------------------------
    m(
        "56262",
        "2026-01-13 12:30",
        "Corvent Medical <no-reply@smartrecruiters.com>",
        "Thank you for your application to Corvent Medical",
        A("confirmation", CM, CMR, 23, "smartrecruiters"),
        "Dear Jana,\n\nThank you for applying to the Embedded Software Engineer (Medical Devices) position in Hamburg. Our team "
        "is reviewing your application. If your qualifications match our needs, a recruiter will contact you.\n\n"
        "Best regards,\nCorvent Medical GmbH Recruiting",
    ),
    m(
        "56266",
        "2026-01-21 09:48",
        "Olivia Brandt <olivia.brandt@corventmedical.com>",
        "Corvent Medical - intro call",
        A("interview", CM, CMR, 23, "direct"),
        "Hi Jana,\n\nI'm a recruiter at Corvent Medical and would like to set up a 30-minute intro call about the Embedded Software "
        "Engineer role. Please pick a time that works for you here: https://calendly.com/olivia-brandt-corvent/intro\n\n"
        "Best,\nOlivia",
    ),
    m(
        "56267",
        "2026-01-21 20:03",
        "Calendly <notifications@calendly.com>",
        "New Event: Jana Wiesner - 01:30pm Mon, Jan 26, 2026 - Intro call (Corvent Medical)",
        A("interview", CM, CMR, 23, "other"),
        "Hi Jana Wiesner,\n\nYour event has been scheduled.\n\nEvent Type: Intro call (Corvent Medical)\nInvitee: Olivia Brandt\n"
        "Date/Time: 01:30pm - 02:00pm (Central European Time), Monday, January 26, 2026\nLocation: Microsoft Teams\n\nCancel | Reschedule",
        ics=ev(
            "calendly-cm-56267",
            "2026-01-26 13:30",
            "Intro call (Corvent Medical)",
            ("Olivia Brandt", "olivia.brandt@corventmedical.com"),
            minutes=30,
            location="Microsoft Teams",
        ),
    ),
    m(
        "56272",
        "2026-02-02 17:20",
        "Olivia Brandt <olivia.brandt@corventmedical.com>",
        "Next step: technical interview",
        A("interview", CM, CMR, 23, "direct"),
        "Hi Jana,\n\nGreat news - the team would like to move you forward to a technical interview (90 min) with Dr. Anke Meyer "
        "and Tomás Rueda from the firmware team, covering C, state machines and IEC 62304 basics. Invite for Thursday Feb 12, 10:00.\n\nBest,\nOlivia",
        ics=ev(
            "040000008200E00074C5B7101A82E00800000000CMD56272",
            "2026-02-12 10:00",
            "Technical Interview - Jana Wiesner",
            ("Olivia Brandt", "olivia.brandt@corventmedical.com"),
            style="outlook",
            minutes=90,
            location="Microsoft Teams Meeting",
        ),
    ),
    m(
        "56275",
        "2026-02-16 08:00",
        "Olivia Brandt <olivia.brandt@corventmedical.com>",
        "Automatic reply: Next step: technical interview",
        J("other_job", "direct", "en", CM),
        "Thank you for your message. I am out of office until February 23 with limited access to email. For urgent matters "
        "please contact talent@corventmedical.com.\n\nOlivia Brandt | Corvent Medical",
    ),
    m(
        "56281",
        "2026-03-06 16:10",
        "Olivia Brandt <olivia.brandt@corventmedical.com>",
        "Offer - Embedded Software Engineer",
        A("offer", CM, CMR, 23, "direct"),
        "Hi Jana,\n\nIt was a pleasure talking to you on the phone earlier! As promised, attached is your offer letter for the "
        "Embedded Software Engineer (Medical Devices) position in Hamburg, with a start date of April 1, 2026. Please let us "
        "know your decision by March 18.\n\nWe are really excited about the idea of you joining the team.\n\nBest,\nOlivia",
        attach=[
            (
                "Corvent_Offer_Wiesner.txt",
                "text/plain",
                "Offer of employment - Corvent Medical GmbH\nPosition: Embedded Software Engineer\n",
            )
        ],
    ),
    m(
        "56288",
        "2026-03-17 18:30",
        "Olivia Brandt <olivia.brandt@corventmedical.com>",
        "Re: Offer - Embedded Software Engineer",
        A("offer", CM, CMR, 23, "direct", st="declined"),
        "Hi Jana,\n\nThank you for letting me know, and for being so transparent throughout. Of course we are sad, but Stuttgart "
        "sounds like a great fit for you. I've closed the offer on our side. Feel free to reach out if anything changes.\n\n"
        "All the best,\nOlivia\n\nOn Tue, Mar 17, 2026 at 9:02 AM Jana Wiesner <jana.wiesner@posteo.de> wrote:\n"
        "> Hi Olivia, thank you so much for the offer. After a lot of thinking I have decided to decline ...",
    ),
    # --- 24 Fieldnote (Greenhouse, take-home) ----------------------------------------------
    m(
        "56270",
        "2026-02-09 11:11",
        "Fieldnote Hiring <no-reply@us.greenhouse-mail.io>",
        "Your application to Fieldnote",
        A("confirmation", FN, FNR, 24, "greenhouse"),
        "Hi Jana,\n\nThanks for applying for the Junior Embedded Engineer role (Remote, Germany) at Fieldnote! We're a small "
        "team, so we review every application by hand. Expect to hear from us within 10 days either way.\n\nThe Fieldnote team",
    ),
    m(
        "56274",
        "2026-02-19 09:35",
        "Priyanka Rao <priyanka@fieldnote.dev>",
        "Fieldnote take-home exercise",
        A("assessment", FN, FNR, 24, "greenhouse"),
        "Hi Jana,\n\nThanks for your patience! The next step is a small take-home: write a driver for a (simulated) I2C "
        "temperature sensor with a ring buffer and a tiny CLI. Please don't spend more than 4 hours. Submit a repo link via "
        "the Greenhouse form within a week.\n\nHave fun,\nPriyanka\nEngineering Manager, Fieldnote",
    ),
    m(
        "56279",
        "2026-03-03 15:00",
        "Priyanka Rao <priyanka@fieldnote.dev>",
        "Let's talk about your take-home",
        A("interview", FN, FNR, 24, "greenhouse"),
        "Hi Jana,\n\nWe loved your submission. Let's do a 60-minute review call where you walk us through the code - I've sent a "
        "calendar invite for Friday, March 6 at 15:00 CET.\n\nPriyanka",
        ics=ev(
            "fieldnote-56279@google.com",
            "2026-03-06 15:00",
            "Take-home review: Jana Wiesner",
            ("Priyanka Rao", "priyanka@fieldnote.dev"),
            location="Google Meet",
        ),
    ),
    m(
        "56284",
        "2026-03-11 13:42",
        "Fieldnote Hiring <no-reply@us.greenhouse-mail.io>",
        "Following up",
        A("rejection", FN, FNR, 24, "greenhouse"),
        "Hi Jana,\n\nThank you so much for the time you've invested with us - the take-home was one of the strongest we received "
        "and the team enjoyed the review call.\n\nThat said, we've decided to move forward with another candidate whose "
        "experience with Zephyr RTOS is a closer match for where we are right now. This was a hard decision.\n\nWarmly,\nPriyanka & the Fieldnote team",
    ),
    # --- 25 Orbitline (Ashby) ---------------------------------------------------------------
    m(
        "56263",
        "2026-01-15 22:40",
        "Orbitline <no-reply@ashbyhq.com>",
        "Thanks for applying to Orbitline",
        A("confirmation", OL, OLR, 25, "ashby"),
        "Hi Jana,\n\nThanks for your interest in the Firmware Engineer, Satellite Bus role. We'll review your application and "
        "be in touch if there is a match.\n\n- The Orbitline Recruiting Team",
    ),
    m(
        "56264",
        "2026-01-19 10:05",
        "Orbitline <no-reply@ashbyhq.com>",
        "Your application to Orbitline",
        A("rejection", OL, OLR, 25, "ashby"),
        "Hi Jana,\n\nThank you for applying. Unfortunately, we won't be moving forward at this time - this role requires prior "
        "flight software experience. We appreciate your interest in Orbitline.\n\nBest,\nOrbitline Recruiting",
    ),
    # --- alerts -----------------------------------------------------------------------------
    m(
        "56301",
        "2025-11-03 07:02",
        "StepStone Jobagent <jobagent@stepstone.de>",
        '12 neue Jobs für "Embedded Software" in München',
        J("alert", "other", "de"),
        html="<html><body><p>Hallo Jana,</p><p>Ihr Jobagent hat 12 neue Stellen gefunden:</p><ul><li>Embedded Software Engineer "
        "(m/w/d) - Brennwerk Systems GmbH, München</li><li>Firmware-Entwickler (m/w/d) - Telmar AG, Unterföhring</li><li>"
        "Softwareentwickler C++ (m/w/d) - Gebr. Raithel GmbH, Dachau</li></ul><p>Alle Jobs ansehen</p></body></html>",
    ),
    m(
        "56302",
        "2025-11-18 07:04",
        "StepStone Jobagent <jobagent@stepstone.de>",
        '8 neue Jobs für "Embedded Software" in München',
        J("alert", "other", "de"),
        html="<html><body><p>Hallo Jana,</p><ul><li>Embedded C Entwickler IoT (m/w/d) - Alpenfunk GmbH, Garching</li>"
        "<li>Junior Embedded Engineer (m/w/d) - Mavero Systems, München</li></ul><p>Jobagent bearbeiten</p></body></html>",
    ),
    m(
        "56303",
        "2026-01-14 07:03",
        "StepStone Jobagent <jobagent@stepstone.de>",
        "Neue Jobs: Embedded Entwickler Stuttgart",
        J("alert", "other", "de"),
        html="<html><body><p>Hallo Jana,</p><p>Passend zu Ihrer Suche in Stuttgart:</p><ul><li>Junior Embedded Entwickler "
        "C/C++ (m/w/d) - Kaltenbach Antriebstechnik GmbH &amp; Co. KG</li><li>Embedded Software Tester (m/w/d) - Lorch "
        "Systemtechnik</li></ul></body></html>",
    ),
    m(
        "56304",
        "2025-11-08 18:30",
        "Indeed <alert@indeed.com>",
        "Testingenieur Embedded - 5 neue Jobs in Nürnberg",
        J("alert", "indeed", "de"),
        html="<html><body><p>Neue Jobs für Ihre Suche Testingenieur Embedded in Nürnberg</p><p><b>Testingenieur Embedded Systems "
        "(m/w/d)</b> - Weißenfels Elektronik GmbH - Einfach bewerben</p><p><b>Validierungsingenieur (m/w/d)</b> - Pegnitz Lab</p></body></html>",
    ),
    m(
        "56305",
        "2026-02-05 18:31",
        "Indeed <alert@indeed.com>",
        "Firmware Entwickler Remote: neue Stellen",
        J("alert", "indeed", "de"),
        html="<html><body><p>Jana, hier sind neue Jobs für Firmware Entwickler - Homeoffice</p><ul><li>Firmware Entwickler "
        "(m/w/d) 100 % remote - Solvaris GmbH</li><li>Embedded Developer - Kobaltblau GmbH</li></ul></body></html>",
    ),
    m(
        "56306",
        "2025-12-01 09:15",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        '"embedded software engineer": 24 new jobs in Munich',
        J("alert", "linkedin", "en"),
        html="<html><body><p>Your job alert for embedded software engineer in Munich</p><p>Embedded Linux Developer - Fernmeld "
        "Systems - Munich (Hybrid) - Easy Apply</p><p>Firmware Engineer - Velora - Munich</p><p>See all jobs</p></body></html>",
    ),
    m(
        "56307",
        "2026-02-23 09:16",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        '"firmware engineer": 9 new jobs in Germany',
        J("alert", "linkedin", "en"),
        html="<html><body><p>Firmware Engineer (Remote) - Fieldnote</p><p>Junior Embedded Software Engineer - Quellwerk Medizintechnik AG - "
        "Nuremberg</p><p>Your alert settings</p></body></html>",
    ),
    m(
        "56308",
        "2025-11-22 12:00",
        "XING <jobs@mail.xing.com>",
        "Jana, diese Jobs passen zu Ihnen",
        J("alert", "other", "de"),
        "Hallo Jana Wiesner,\n\ndiese Stellen könnten Sie interessieren:\n- Embedded Software Developer Wechselrichter (m/w/d), "
        "Voltaria Energy Systems GmbH, Stuttgart\n- Entwicklungsingenieur Mechatronik (m/w/d), Hallbrunn AG, Augsburg\n\nJetzt ansehen",
    ),
    m(
        "56309",
        "2026-03-09 12:01",
        "XING <jobs@mail.xing.com>",
        "Neue Jobempfehlungen für Sie",
        J("alert", "other", "de"),
        "Hallo Jana Wiesner,\n\nwir haben 6 neue Jobempfehlungen für Sie gefunden, z. B. Embedded Systems Engineer (m/w/d) bei "
        "Wendel Maritime, Hamburg.\n\nIhr XING Team",
    ),
    m(
        "56310",
        "2025-12-11 06:45",
        "Bundesagentur für Arbeit <noreply@arbeitsagentur.de>",
        'Ihr Suchauftrag "Embedded" - neue Stellenangebote',
        J("alert", "other", "de"),
        'Guten Tag Frau Wiesner,\n\nzu Ihrem Suchauftrag "Embedded" (München, 50 km) wurden 7 neue Stellenangebote veröffentlicht. '
        "Sie finden diese in der JOBBÖRSE unter Meine Suchaufträge.\n\nMit freundlichen Grüßen\nIhre Bundesagentur für Arbeit",
    ),
    m(
        "56311",
        "2026-01-22 19:10",
        "JOIN <noreply@join.com>",
        "Neue Jobs, die zu dir passen",
        J("alert", "other", "de"),
        html="<html><body><p>Hi Jana,</p><p>basierend auf deiner letzten Bewerbung haben wir neue Jobs für dich:</p>"
        "<p>Hardware/Firmware Engineer - Tideway Robotics, Hamburg</p><p>Embedded Developer - Fluxbau, Berlin</p></body></html>",
    ),
    m(
        "56312",
        "2026-01-10 10:00",
        "Hallerbau Industrietechnik AG <hallerbau@myworkday.com>",
        "Schließen Sie Ihre Bewerbung ab",
        J("alert", "workday", "de", "Hallerbau", "Trainee Softwareentwicklung (m/w/d)"),
        "Sehr geehrte Jana Wiesner,\n\nSie haben begonnen, sich auf die Position Trainee Softwareentwicklung (m/w/d) zu bewerben, "
        "Ihre Bewerbung aber noch nicht abgeschickt. Ihre Angaben sind gespeichert - melden Sie sich an, um fortzufahren.\n\n"
        "Freundliche Grüße\nHallerbau Talent Acquisition",
    ),
    # --- outreach ---------------------------------------------------------------------------
    m(
        "56320",
        "2025-12-03 11:25",
        "Felix Amrhein via XING <mailrobot@mail.xing.com>",
        "Felix Amrhein hat Ihnen eine Nachricht gesendet",
        J(
            "outreach",
            "other",
            "de",
            "Süd-Ost Bahntechnik",
            "Softwareentwickler Zugsteuerung (m/w/d)",
        ),
        "Hallo Frau Wiesner,\n\nich bin Recruiter bei der Süd-Ost Bahntechnik GmbH in Nürnberg. Wir suchen aktuell einen "
        "Softwareentwickler Zugsteuerung (m/w/d) und Ihr Profil mit Maschinenbau-Hintergrund passt gut. Darf ich Ihnen die "
        "Stellenbeschreibung schicken?\n\nBeste Grüße\nFelix Amrhein\n\nAntworten Sie direkt auf XING.",
    ),
    m(
        "56321",
        "2026-01-30 14:05",
        "Ruth Callaghan via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Firmware role at an eVTOL scale-up in Bavaria",
        J("outreach", "linkedin", "en", None, "Firmware Engineer, Flight Actuation"),
        "Hi Jana,\n\nI'm with Kestrel Talent, a specialist recruitment firm for aerospace. One of my clients, a fast-growing eVTOL "
        "company near Munich, is looking for a Firmware Engineer for flight actuation. Your mix of mechanics and embedded C "
        "caught my eye. Open to a quick chat?\n\nRuth Callaghan\nPrincipal Consultant, Kestrel Talent",
    ),
    m(
        "56322",
        "2026-02-11 10:12",
        "Daniel Oberhuber <d.oberhuber@talentbruecke-personal.de>",
        "Neues Projekt - Embedded Entwickler Landtechnik",
        J("outreach", "agency", "de", None, "Embedded Entwickler Landtechnik (m/w/d)"),
        "Liebe Frau Wiesner,\n\nwie versprochen melde ich mich wieder: Ein Landtechnik-Hersteller in Baden-Württemberg sucht "
        "einen Embedded Entwickler (m/w/d) für Hydraulik-Steuergeräte. Das passt super zu Ihrem Maschinenbau-Hintergrund. "
        "Haben Sie weiterhin Interesse an einem Wechsel?\n\nBeste Grüße\nDaniel Oberhuber\nTalentbrücke Personalberatung GmbH",
    ),
    m(
        "56323",
        "2026-03-25 16:40",
        "Corinna Walz <corinna.walz@walz-partner-personal.de>",
        "Freelance-Projekt Embedded C (Remote)",
        J("outreach", "agency", "de"),
        "Guten Tag Frau Wiesner,\n\nfür ein Projekt ab Mai (6 Monate, 100 % remote) suche ich Unterstützung im Bereich Embedded C "
        "für einen Kunden aus der Medizintechnik. Wäre ein freiberuflicher Einsatz für Sie grundsätzlich denkbar?\n\n"
        "Mit freundlichen Grüßen\nCorinna Walz\nWalz & Partner Personalberatung",
    ),
    # --- other job mail ---------------------------------------------------------------------
    m(
        "56330",
        "2025-11-06 11:20",
        "softgarden <noreply@softgarden.io>",
        "Bitte bestätigen Sie Ihre E-Mail-Adresse",
        J("other_job", "other", "de"),
        "Hallo Jana Wiesner,\n\nbitte bestätigen Sie Ihre E-Mail-Adresse, um Ihr Bewerberkonto zu aktivieren: "
        "https://app.softgarden.io/confirm/7c1e2\n\nIhr softgarden Team",
    ),
    m(
        "56331",
        "2026-03-19 09:20",
        "Daniel Oberhuber <d.oberhuber@talentbruecke-personal.de>",
        "Abwesenheitsnotiz: AW: Neues Projekt - Embedded Entwickler Landtechnik",
        J("other_job", "agency", "de"),
        "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 27.03.2026 nicht im Büro und habe keinen Zugriff auf meine "
        "E-Mails. In dringenden Fällen wenden Sie sich bitte an info@talentbruecke-personal.de.\n\nDaniel Oberhuber",
    ),
    m(
        "56332",
        "2026-01-25 08:00",
        "Jana Wiesner <jana.wiesner@posteo.de>",
        "Bewerbungen Übersicht (für mich)",
        J("other_job", "direct", "de"),
        "Notiz an mich selbst:\n- Velora BMS: wartet\n- Kaltenbach: Online-Test gemacht\n- Corvent: Intro Call Montag\n"
        "- Orbitline: Absage\n- Hallerbau Trainee: Assessment kommt noch\nNächste Woche: Anschreiben für Wendel überarbeiten!",
    ),
]
