# ruff: noqa: E501
"""Corpus 61, Irish and UK job mail (data only): see heldout61.py."""

from __future__ import annotations

from typing import Any

from heldout import message_spec


def _tz(day: str) -> str:
    if day < "2025-10-26" or day >= "2026-03-29":
        return "+0100"
    return "+0000"


def mid(key: str, when: str, dom: str) -> str:
    return f"<{key}.{when[:10].replace('-', '')}@{dom}>"


def m(
    key: str,
    when: str,
    frm: str,
    subject: str,
    t: tuple,
    text: str | None = None,
    html: str | None = None,
    **kw: Any,
) -> dict[str, Any]:
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    return message_spec(
        mid(key, when, dom), f"{when}:00 {_tz(when[:10])}", frm, subject, t, text, html, **kw
    )


def rep(key: str, when: str, dom: str) -> dict[str, str]:
    ref = mid(key, when, dom)
    return {"In-Reply-To": ref, "References": ref}


def A(cat, co, role, app, src):
    return (cat, co, role, app, src, "en")


def ev(uid, start, summary, org, minutes=30, **kw):
    out = {"uid": uid, "start": start, "summary": summary, "organizer": org, "minutes": minutes}
    out.update(kw)
    return out


ME_SIG = "Ciarán"
HL, HL1, HL2 = (
    "Harbourline",
    "Store Manager - Store 0412 Naas Road",
    "Store Manager - Store 0388 Swords",
)
BR, BRR = "Bramble & Co", "Assistant Store Manager"
FW, FWR = "Fernway Logistics", "Warehouse Team Leader (Nights)"
KB, KB1, KB2 = "Kilbride Home & Garden", "Operations Team Lead", "Warehouse Supervisor"
OS, OSR = "Ostara Pharmacy", "Assistant Store Manager"
QS, QSR = "Quaystone Hotels", "Front Office Supervisor"
ML, MLR = "Mulberry Lane", "Store Manager, Dundrum"
CT, CTR = "Cask & Tally", "Bar Manager"
TF, TFR = "Tolka Foods", "Store Manager (Store 0219)"
GC, GCR = "Greenlane Cinemas", "Duty Manager"
AR, ARR = "Ardmore Athletic", "Assistant Store Manager"
HB, HBR = "Halfpenny Burger", "Restaurant General Manager"
BW, BWR = "Brightwater", "Area Operations Team Lead"
SP, SPR = "Saltire Parcel", "Depot Operations Supervisor"
DC, DCR = "Dunmore Cold Chain", "Warehouse Operations Supervisor"
PA, PAR = "Parcelo", "Fulfilment Centre Team Lead"
CB, CBR = "Corbett's Butchers & Deli", "Shop Manager"
WS, WSR = "Wexford Street Social", "Operations Manager"

OLIVIA = "Olivia from Harbourline <no-reply@paradox.ai>"
HLGRP = "Corrib Retail Group Careers <careers@corribretailgroup.ie>"
PEAK = "Shane Doyle | PeakStaff <shane.doyle@peakstaff.ie>"
KBWD = "Kilbride Careers <kilbride@myworkday.com>"

MAIL: list[dict[str, Any]] = [
    # --- 1 Harbourline Store 0412 (Paradox "Olivia", careers mail from Corrib Retail Group) --
    m(
        "610101",
        "2025-09-04 21:47",
        OLIVIA,
        "You're all set, Ciarán!",
        A("confirmation", HL, HL1, 1, "other"),
        "Hi Ciarán, it's Olivia, the Harbourline hiring assistant.\n\n"
        "Thanks for chatting with me tonight. Your application for Store Manager - Store 0412 Naas Road is complete and I've passed it to the hiring team.\n\n"
        "What happens next? If your experience is a match, I'll text you and email you a link to pick an interview time that suits you. You don't need to do anything else for now.\n\n"
        "Reply STOP to opt out of texts.\n\nOlivia\nHarbourline Talent Acquisition\n"
        "Powered by Paradox",
    ),
    m(
        "610102",
        "2025-09-04 21:52",
        HLGRP,
        "Your application was received - Store Manager - Store 0412 Naas Road (REQ-24881)",
        A("confirmation", HL, HL1, 1, "direct"),
        "Dear Ciarán Delaney,\n\n"
        "Thank you for your interest in a career with Harbourline. We confirm that we have received your application for the position below.\n\n"
        "Position: Store Manager - Store 0412 Naas Road\nRequisition: REQ-24881\nLocation: Naas Road, Dublin 12\n\n"
        "Our team reviews every application carefully. Due to the high volume we receive, we may not be able to contact every applicant personally; if you are not selected for interview you will be notified by email.\n\n"
        "Kind regards,\nTalent Acquisition\nCorrib Retail Group DAC\n"
        "Harbourline | Fresh Fare | Corrib Express\n\n"
        "Corrib Retail Group DAC, registered in Ireland no. 512448. Registered office: Unit 4, Airways Industrial Estate, Dublin 17.",
    ),
    m(
        "610103",
        "2025-09-09 11:03",
        OLIVIA,
        "Schedule your interview for Store Manager - Store 0412",
        A("interview", HL, HL1, 1, "other"),
        None,
        "<html><body style='font-family:Arial'><p>Hi Ciarán,</p>"
        "<p>Good news! The hiring manager at <b>Harbourline Store 0412</b> would like to meet you for a 30-minute interview.</p>"
        "<p>Tap below to choose a time that works for you. Slots fill quickly, so please book within 48 hours.</p>"
        "<p><a href='https://harbourline.paradox.ai/co/HarbourlineTA/schedule/8c1f2'>Pick my interview time</a></p>"
        "<p>Talk soon,<br>Olivia</p><p style='font-size:10px;color:#888'>Powered by Paradox. You are receiving this because you applied for a role at Harbourline.</p></body></html>",
    ),
    m(
        "610104",
        "2025-09-09 11:20",
        OLIVIA,
        "Interview confirmed: Thu 11 Sep at 10:00",
        A("interview", HL, HL1, 1, "other"),
        "Hi Ciarán, you're booked in!\n\n"
        "What: In-person interview, Store Manager - Store 0412\nWhen: Thursday 11 September, 10:00-10:30\nWhere: Harbourline Naas Road, Unit 2 Kylemore Retail Park, Dublin 12 - ask for Deirdre Walsh at customer service\n\n"
        "Need to change it? Just reply to my text with RESCHEDULE.\n\nOlivia",
        ics=ev(
            "px-8c1f2-0412@paradox.ai",
            "2025-09-11 10:00:00 +0100",
            "Interview: Harbourline Store 0412 - Ciarán Delaney",
            ("Olivia (Harbourline)", "no-reply@paradox.ai"),
            location="Harbourline Naas Road, Kylemore Retail Park, Dublin 12",
        ),
    ),
    m(
        "610105",
        "2025-09-10 16:41",
        OLIVIA,
        "Your interview has been rescheduled",
        A("interview", HL, HL1, 1, "other"),
        "Hi Ciarán, Deirdre has had to move your interview. Sorry about that!\n\n"
        "New time: Monday 15 September, 14:00-14:30\nSame place: Harbourline Naas Road, Dublin 12\n\n"
        "If the new time doesn't suit, reply RESCHEDULE and I'll send you more options.\n\nOlivia",
        ics=ev(
            "px-8c1f2-0412@paradox.ai",
            "2025-09-15 14:00:00 +0100",
            "Interview: Harbourline Store 0412 - Ciarán Delaney",
            ("Olivia (Harbourline)", "no-reply@paradox.ai"),
            location="Harbourline Naas Road, Kylemore Retail Park, Dublin 12",
            sequence=1,
        ),
    ),
    m(
        "610106",
        "2025-09-15 08:12",
        OLIVIA,
        "Cancelled: Interview: Harbourline Store 0412 - Ciarán Delaney",
        A("interview", HL, HL1, 1, "other"),
        "Hi Ciarán, unfortunately today's interview has been cancelled because the store manager is out sick. "
        "I'll be in touch with a new time as soon as I can. Apologies for the short notice.\n\nOlivia",
        ics=ev(
            "px-8c1f2-0412@paradox.ai",
            "2025-09-15 14:00:00 +0100",
            "Interview: Harbourline Store 0412 - Ciarán Delaney",
            ("Olivia (Harbourline)", "no-reply@paradox.ai"),
            method="CANCEL",
            sequence=2,
        ),
    ),
    m(
        "610107",
        "2025-09-17 09:30",
        OLIVIA,
        "Interview confirmed: Fri 19 Sep at 11:30",
        A("interview", HL, HL1, 1, "other"),
        "Hi Ciarán, we've found a new slot for you.\n\n"
        "When: Friday 19 September, 11:30-12:00\nWith: Deirdre Walsh (Store Manager) and Paul Furlong (Area Manager)\nWhere: Harbourline Naas Road, Dublin 12\n\n"
        "Bring a photo ID. See you then!\nOlivia",
        ics=ev(
            "px-91aa0-0412@paradox.ai",
            "2025-09-19 11:30:00 +0100",
            "Interview: Harbourline Store 0412 - Ciarán Delaney",
            ("Olivia (Harbourline)", "no-reply@paradox.ai"),
            location="Harbourline Naas Road, Kylemore Retail Park, Dublin 12",
        ),
    ),
    m(
        "610108",
        "2025-10-02 15:55",
        "Corrib Retail Group <noreply@corribretailgroup.ie>",
        "Store Manager - Store 0412 Naas Road",
        A("rejection", HL, HL1, 1, "direct"),
        "Dear Ciarán,\n\n"
        "Thank you for taking the time to meet Deirdre and Paul at our Naas Road store. They enjoyed hearing about how you run your weekend shifts, and your rota planning example stood out.\n\n"
        "After careful consideration, we have decided to progress with a candidate whose experience more closely matches the requirements of this store at this time.\n\n"
        "We will keep your details on file and would encourage you to apply for future vacancies across the Harbourline, Fresh Fare and Corrib Express brands.\n\n"
        "Best wishes,\nTalent Acquisition Team\nCorrib Retail Group",
    ),
    # --- 2 Bramble & Co (Harri; franchise operator Lissadell Hospitality Ltd) ---------------
    m(
        "610201",
        "2025-09-08 13:20",
        "Lissadell Hospitality Ltd <noreply@harri.com>",
        "Application received: Assistant Store Manager",
        A("confirmation", BR, BRR, 2, "other"),
        None,
        "<html><body><table width='600'><tr><td><h2>Thanks for applying!</h2>"
        "<p>Hi Ciarán,</p><p>We've received your application for <b>Assistant Store Manager</b> at <b>Bramble &amp; Co - Grafton Street</b>.</p>"
        "<p>Our team will review your profile and be in touch if there's a fit. Keep your Harri profile up to date so managers can see your latest experience.</p>"
        "<p>Lissadell Hospitality Ltd operates Bramble &amp; Co coffee houses in Ireland under franchise.</p>"
        "<p style='color:#999;font-size:11px'>Sent via Harri. Manage notifications in your Harri account.</p></td></tr></table></body></html>",
    ),
    m(
        "610202",
        "2025-09-12 10:05",
        "Niamh Carey <niamh.carey@lissadellhospitality.ie>",
        "Open day invite - Bramble Grafton St",
        A("interview", BR, BRR, 2, "direct"),
        "Hi Ciarán,\n\n"
        "Thanks for applying for the ASM role with us. We'd like to invite you to our group interview / open day for Bramble Grafton Street on Wednesday 17th September at 9:30am. "
        "It's about 2 hours: a short intro to the brand, a group task, and a 15-minute one-to-one with me and our Ops Manager.\n\n"
        "Please wear smart casual and bring your availability for the next month. Could you confirm by replying to this email?\n\n"
        "Thanks,\nNiamh Carey\nArea Manager - Bramble & Co Ireland\nLissadell Hospitality Ltd\n086 441 2297",
    ),
    m(
        "610203",
        "2025-09-12 10:31",
        "Ciarán Delaney <ciaran.delaney88@gmail.com>",
        "Re: Open day invite - Bramble Grafton St",
        A("interview", BR, BRR, 2, "direct"),
        "Hi Niamh,\n\nThanks a million, I'll be there Wednesday at 9:30.\n\nCiarán\n\n"
        "On Fri 12 Sept 2025 at 10:05, Niamh Carey <niamh.carey@lissadellhospitality.ie> wrote:\n"
        "> Hi Ciarán,\n> Thanks for applying for the ASM role with us. We'd like to invite you to our group interview / open day...",
        to="Niamh Carey <niamh.carey@lissadellhospitality.ie>",
        **rep("610202", "2025-09-12 10:05", "lissadellhospitality.ie"),
    ),
    m(
        "610204",
        "2025-09-22 17:48",
        "Niamh Carey <niamh.carey@lissadellhospitality.ie>",
        "ASM offer",
        A("offer", BR, BRR, 2, "direct"),
        "Hi Ciarán,\n\nGreat news, we'd love to offer you the ASM position at Grafton St! "
        "€36,500 + quarterly bonus, 39 hrs, 5 over 7. Contract to follow once you confirm.\n\n"
        "Can you let me know your start date? We were thinking Mon 6 Oct.\n\nNiamh\nSent from my iPhone",
    ),
    m(
        "610205",
        "2025-09-24 20:14",
        "Ciarán Delaney <ciaran.delaney88@gmail.com>",
        "Re: ASM offer",
        A("offer", BR, BRR, 2, "direct"),
        "Hi Niamh,\n\nThank you so much for the offer, and for the open day, I really enjoyed meeting the team. "
        "After a lot of thought I'm going to say no this time. I'm hoping to move into a full store manager or ops role and I don't think stepping sideways into an ASM role is the right move for me right now.\n\n"
        "Sorry to be the bearer of bad news and thanks again for your time.\n\nBest,\nCiarán\n\n"
        "> On 22 Sep 2025, at 17:48, Niamh Carey <niamh.carey@lissadellhospitality.ie> wrote:\n> Great news, we'd love to offer you the ASM position at Grafton St!",
        to="Niamh Carey <niamh.carey@lissadellhospitality.ie>",
        st="declined",
        **rep("610204", "2025-09-22 17:48", "lissadellhospitality.ie"),
    ),
    m(
        "610206",
        "2025-09-25 08:02",
        "Niamh Carey <niamh.carey@lissadellhospitality.ie>",
        "Re: ASM offer",
        A("offer", BR, BRR, 2, "direct"),
        "No worries at all Ciarán, totally understand. Best of luck with the search and give me a shout if anything changes.\n\nNiamh",
        st="declined",
        **rep("610205", "2025-09-24 20:14", "gmail.com"),
    ),
    # --- 3 Fernway Logistics via PeakStaff (client named late) -----------------------------
    m(
        "610301",
        "2025-09-16 09:12",
        PEAK,
        "Warehouse Team Leader - nights - Dublin 15",
        ("outreach", None, "Warehouse Team Leader (Nights)", None, "agency", "en"),
        "Hi Ciarán,\n\n"
        "I came across your CV on our database. I'm recruiting a Warehouse Team Leader on nights for a leading 3PL client in Ballycoolin, Dublin 15. "
        "Sun-Thu 10pm-6:30am, €42-45k + shift allowance, team of 18 pickers and loaders. Retail supervisory experience is fine, they'll train on the WMS.\n\n"
        "Would you be open to a quick call this week?\n\n"
        "Shane Doyle\nSenior Recruitment Consultant - Logistics & Supply Chain\nPeakStaff Recruitment\n01 555 0193 | peakstaff.ie",
    ),
    m(
        "610302",
        "2025-09-17 14:40",
        PEAK,
        "RE: Warehouse Team Leader - nights - Dublin 15",
        ("outreach", None, "Warehouse Team Leader (Nights)", None, "agency", "en"),
        "Thanks Ciarán, good chatting earlier. As discussed, could you send me an updated CV in Word format and confirm you're happy for me to put you forward? "
        "I can't name the client until you're submitted, but they're a big name in third-party logistics.\n\nShane",
        **rep("610301", "2025-09-16 09:12", "peakstaff.ie"),
    ),
    m(
        "610303",
        "2025-09-19 11:26",
        PEAK,
        "Your submission - Fernway Logistics",
        A("confirmation", FW, FWR, 3, "agency"),
        "Hi Ciarán,\n\nJust confirming I've submitted your CV to Fernway Logistics for the Warehouse Team Leader (Nights) role at their Ballycoolin DC. "
        "Hiring manager is Gary Kinsella, Night Operations Manager. I'll come back to you as soon as I get feedback, usually within a week.\n\n"
        "Shane Doyle\nPeakStaff Recruitment",
    ),
    m(
        "610304",
        "2025-09-25 16:02",
        PEAK,
        "Interview confirmation - Fernway - Mon 29th",
        A("interview", FW, FWR, 3, "agency"),
        "Hi Ciarán,\n\nGreat news, Fernway would like to meet you.\n\n"
        "Date: Monday 29th September\nTime: 7:00pm (so you can see the shift starting up)\nAddress: Fernway Logistics, Unit 9 Ballycoolin Business Park, Dublin 15 - report to security at Gate B\n"
        "Interviewers: Gary Kinsella (Night Ops Manager) and Leanne Byrne (HR)\n\n"
        "Wear safety boots if you have them, they'll do a short walk of the floor. Call me after!\n\nShane",
    ),
    m(
        "610305",
        "2025-10-03 12:18",
        PEAK,
        "Fernway feedback",
        A("interview", FW, FWR, 3, "agency"),
        "Hi Ciarán,\n\nGood feedback from Gary, he liked your people management and the way you handled the question on absenteeism. "
        "They want you back for a second stage with the Site General Manager on Thursday 9th at 4pm. Can I confirm you?\n\nShane",
    ),
    m(
        "610306",
        "2025-10-17 10:44",
        PEAK,
        "Fernway - update",
        A("rejection", FW, FWR, 3, "agency"),
        "Hi Ciarán,\n\nI've had the final word from Fernway. It was very close, but they've gone with an internal candidate who already knows their WMS. "
        "Sorry it wasn't better news, you interviewed really well. I have a couple of other warehouse supervisory roles coming in, so I'll be in touch.\n\nShane",
    ),
    # --- 4 Kilbride Operations Team Lead (Workday, SJT, HireVue, offer accepted) ------------
    m(
        "610401",
        "2025-10-06 19:22",
        KBWD,
        "Thank you for applying: Operations Team Lead (R-10552)",
        A("confirmation", KB, KB1, 4, "workday"),
        "Hi Ciarán,\n\n"
        "Thank you for applying for the Operations Team Lead (R-10552) role at Kilbride Home & Garden, Sandyford. "
        "Your application has been successfully submitted. You can track its status at any time by signing in to our Careers site.\n\n"
        "Unfortunately we're not able to respond to every enquiry personally, but our Talent team will be in contact if your background is a match.\n\n"
        "Kilbride Home & Garden Talent Acquisition",
    ),
    m(
        "610402",
        "2025-10-08 09:00",
        "Kilbride Home & Garden via Criteria <noreply@criteriacorp.com>",
        "Next step: complete your Kilbride assessment",
        A("assessment", KB, KB1, 4, "other"),
        "Dear Ciarán,\n\n"
        "As part of your application for Operations Team Lead, Kilbride Home & Garden invites you to complete an online situational judgement questionnaire. "
        "You'll see short everyday scenarios from a busy store and choose the response you think is most and least effective. There are no trick questions.\n\n"
        "Time: approximately 25 minutes, untimed\nDeadline: 13 October 2025, 23:59 (Irish time)\n\n"
        "Start here: https://app.criteriacorp.com/testing/start?code=KBH-4Q7-T2\n\nGood luck!",
    ),
    m(
        "610403",
        "2025-10-14 12:31",
        "Kilbride Home & Garden <noreply@hirevue.com>",
        "Kilbride Home & Garden - your on-demand video interview",
        A("assessment", KB, KB1, 4, "hirevue"),
        None,
        "<html><body><p>Hello Ciarán,</p><p>Thanks for completing our questionnaire. The next step for <b>Operations Team Lead</b> is an on-demand video interview you can do from your phone or laptop whenever it suits you in the next 5 days.</p>"
        "<p>You'll answer 5 questions. You get 30 seconds to think and up to 2 minutes to answer each one, with one practice question first.</p>"
        "<p><a href='https://app.hirevue.com/interviews/kbhg/9ZtX'>Start interview</a></p><p>Kilbride Home &amp; Garden Talent Team</p></body></html>",
    ),
    m(
        "610404",
        "2025-10-22 15:10",
        "Orla Nugent <orla.nugent@kilbride.ie>",
        "Operations Team Lead - interview",
        A("interview", KB, KB1, 4, "direct"),
        "Hi Ciarán,\n\nThanks for completing the video interview, we enjoyed watching it. I'd like to invite you to a face-to-face interview at our Sandyford store with myself and Ger Tobin, Store Operations Manager. "
        "I've sent a calendar invite for Tuesday 28 October at 11am. It will be competency-based and last about an hour, and then a walk of the shop floor and stock room.\n\n"
        "Kind regards,\nOrla Nugent\nTalent Partner, Retail\nKilbride Home & Garden Ltd\nBallymoss Road, Sandyford, Dublin 18",
        ics=ev(
            "040000008200E00074C5B7101A82E00800000000A1B2C3D4E5@kilbride.ie",
            "2025-10-28 11:00:00 +0000",
            "Interview - Ciarán Delaney - Operations Team Lead",
            ("Orla Nugent", "orla.nugent@kilbride.ie"),
            minutes=60,
            style="outlook",
            location="Kilbride Sandyford - meet at customer service desk",
        ),
    ),
    m(
        "610405",
        "2025-11-06 17:35",
        "Orla Nugent <orla.nugent@kilbride.ie>",
        "Good news - Kilbride",
        A("offer", KB, KB1, 4, "direct"),
        "Hi Ciarán,\n\nFollowing your interview with Ger and myself, I'm delighted to offer you the position of Operations Team Lead at Sandyford. "
        "Salary €44,000, 39 hours over 5 days, 25 days annual leave and staff discount. Your offer letter will come through Workday tonight - please review and accept there.\n\n"
        "Would a start date of Monday 1 December work?\n\nOrla",
    ),
    m(
        "610406",
        "2025-11-06 19:02",
        KBWD,
        "Action required: review your offer",
        A("offer", KB, KB1, 4, "workday"),
        "Hi Ciarán,\n\nYou have an offer to review for Operations Team Lead (R-10552). Sign in to the Kilbride Careers site and open My Tasks to view and respond.\n\nKilbride Home & Garden",
    ),
    m(
        "610407",
        "2025-11-08 10:15",
        KBWD,
        "Offer accepted - welcome to Kilbride!",
        A("offer", KB, KB1, 4, "workday"),
        "Hi Ciarán,\n\nThank you for accepting our offer for Operations Team Lead. We're thrilled to have you join Kilbride Home & Garden.\n\n"
        "Over the next few days you'll get onboarding tasks to complete (bank details, PPSN, Garda vetting is not needed for this role). Your start date is Monday 1 December 2025.\n\nSee you soon!",
        st="accepted",
    ),
    m(
        "610408",
        "2025-11-12 09:40",
        KBWD,
        "Onboarding tasks: Ciarán Delaney",
        ("other_job", KB, KB1, None, "workday", "en"),
        "You have 4 onboarding tasks due before 24 November 2025:\n- Provide personal information\n- Upload proof of right to work\n- Enter payroll and PPSN details\n- Read the Health & Safety handbook\n\nSign in to Workday to complete them.",
    ),
    # --- 5 Kilbride Warehouse Supervisor (second role, withdrawn by writing back) -----------
    m(
        "610501",
        "2025-10-06 19:40",
        KBWD,
        "Thank you for applying: Warehouse Supervisor (R-10571)",
        A("confirmation", KB, KB2, 5, "workday"),
        "Hi Ciarán,\n\nThank you for applying for the Warehouse Supervisor (R-10571) role at Kilbride Home & Garden, Distribution Centre Naas. "
        "Your application has been successfully submitted. You can track its status at any time by signing in to our Careers site.\n\nKilbride Home & Garden Talent Acquisition",
    ),
    m(
        "610502",
        "2025-11-08 10:30",
        "Ciarán Delaney <ciaran.delaney88@gmail.com>",
        "Warehouse Supervisor R-10571 - withdrawing",
        A("confirmation", KB, KB2, 5, "direct"),
        "Hi Orla,\n\nNow that I've accepted the Operations Team Lead role in Sandyford, please withdraw my application for the Warehouse Supervisor role at the Naas DC (R-10571). "
        "Thanks again for everything.\n\nCiarán Delaney",
        to="Orla Nugent <orla.nugent@kilbride.ie>",
        st="withdrawn",
    ),
    m(
        "610503",
        "2025-11-10 09:12",
        KBWD,
        "Your application status has changed",
        A("confirmation", KB, KB2, 5, "workday"),
        "Hi Ciarán,\n\nYour application for Warehouse Supervisor (R-10571) has been withdrawn at your request. No further action is needed.\n\nKilbride Home & Garden Talent Acquisition",
        st="withdrawn",
    ),
    # --- 6 Ostara Pharmacy (Indeed + own ATS, twice; ghosted) -------------------------------
    m(
        "610601",
        "2025-09-23 22:05",
        "Indeed Apply <indeedapply@indeed.com>",
        "Application submitted: Assistant Store Manager",
        A("confirmation", OS, OSR, 6, "indeed"),
        None,
        "<html><body><p><b>Your application has been submitted</b></p><p>Assistant Store Manager<br>Ostara Pharmacy - Rathmines, County Dublin</p>"
        "<p>Good luck! You can track your application status in My jobs.</p><p>Next steps: the employer may contact you by email or phone. Make sure your notifications are on.</p>"
        "<p style='font-size:11px'>Indeed Ireland Operations Ltd, 124 St Stephen's Green, Dublin 2</p></body></html>",
    ),
    m(
        "610602",
        "2025-09-23 22:06",
        "Ostara Pharmacy Recruitment <recruitment@ostarapharmacy.ie>",
        "Your application is now complete",
        A("confirmation", OS, OSR, 6, "direct"),
        "Dear Ciarán,\n\nThank you for applying for the position of Assistant Store Manager (Rathmines). Your application is now complete and has been forwarded to the Store Manager and Area Manager.\n\n"
        "Shortlisted candidates will be contacted within 10 working days. If you have not heard from us in that time, please assume your application has been unsuccessful on this occasion.\n\n"
        "Ostara Pharmacy Group | Caring for communities since 1987",
    ),
    # --- 7 Quaystone Hotels (Fountain: nudge, complete, trial shift, one-line rejection) ----
    m(
        "610701",
        "2025-10-01 20:11",
        "Quaystone Hotels <no-reply@fountain.com>",
        "Finish your application - Front Office Supervisor",
        ("alert", QS, QSR, None, "other", "en"),
        "Hi Ciarán, you started applying for Front Office Supervisor at Quaystone Hotels Dublin City but didn't finish. "
        "It only takes 3 more minutes: https://quaystone.fountain.com/apply/front-office-supervisor?resume=1\n\nReply STOP to unsubscribe.",
    ),
    m(
        "610702",
        "2025-10-02 07:48",
        "Quaystone Hotels <no-reply@fountain.com>",
        "Thanks for applying to Quaystone Hotels",
        A("confirmation", QS, QSR, 7, "other"),
        "Hi Ciarán,\n\nThanks for completing your application for Front Office Supervisor at Quaystone Hotels Dublin City!\n\n"
        "Next step: please answer a few quick questions about your availability (weekends, nights, bank holidays) here: https://quaystone.fountain.com/s/avail/72ac\n\nQuaystone Hotels People Team",
    ),
    m(
        "610703",
        "2025-10-07 12:30",
        "Quaystone Hotels <no-reply@fountain.com>",
        "Trial shift invitation",
        A("interview", QS, QSR, 7, "other"),
        "Hi Ciarán,\n\nWe'd like to invite you for a paid trial shift on the front desk on Saturday 11 October, 7am-11am, with our Front Office Manager Rebecca Okafor. "
        "Please wear black trousers and a white shirt. Confirm or choose another slot here: https://quaystone.fountain.com/s/sched/72ac\n\nQuaystone Hotels People Team",
        ics=ev(
            "fountain-72ac-trial@fountain.com",
            "2025-10-11 07:00:00 +0100",
            "Trial shift - Quaystone Hotels Dublin City",
            ("Quaystone Hotels", "no-reply@fountain.com"),
            minutes=240,
            location="Quaystone Hotel Dublin City, 22 Sir John Rogerson's Quay, Dublin 2",
        ),
    ),
    m(
        "610704",
        "2025-10-15 18:03",
        "Quaystone Dublin City <frontoffice.dublincity@quaystonehotels.com>",
        "Front Office Supervisor",
        A("rejection", QS, QSR, 7, "direct"),
        "Thanks for coming in Saturday Ciarán - we won't be moving forward with your application. All the best. Rebecca",
    ),
    # --- 8 Mulberry Lane (iCIMS; US-owned chain, HireVue; rejection neutral subject) ------------
    m(
        "610801",
        "2025-10-09 14:14",
        "Mulberry Lane Careers <mulberrylane@talent.icims.com>",
        "Mulberry Lane | Application Received",
        A("confirmation", ML, MLR, 8, "icims"),
        "Hi Ciarán,\n\nThank you for applying to the Store Manager, Dundrum position (Req #2025-4471) with Mulberry Lane. We have received your application and our recruitment team will review your qualifications.\n\n"
        "If your background is a fit, a member of the team will reach out regarding next steps.\n\nMulberry Lane Talent Acquisition\nMLX Brands, Inc. | 400 Atlantic Ave, Boston, MA",
    ),
    m(
        "610802",
        "2025-10-13 16:00",
        "MLX Brands Recruiting <noreply@hirevue.com>",
        "Invitation: Mulberry Lane Store Leadership Virtual Interview",
        A("assessment", ML, MLR, 8, "hirevue"),
        "Hi Ciarán,\n\nMLX Brands would like you to complete a virtual interview for Store Manager, Dundrum (Mulberry Lane). You will record answers to 6 questions about leading a team, driving sales and delivering a great customer experience.\n\n"
        "Please complete within 72 hours: https://app.hirevue.com/interviews/mlx/QeR2\n\nTips: find a quiet spot, test your camera, and be yourself!",
    ),
    m(
        "610803",
        "2025-10-29 23:12",
        "Mulberry Lane Careers <mulberrylane@talent.icims.com>",
        "Update on your Mulberry Lane application",
        A("rejection", ML, MLR, 8, "icims"),
        "Hi Ciarán,\n\nThank you for your interest in joining Mulberry Lane and for the time you invested in your virtual interview. We were impressed by your enthusiasm and your background in retail leadership.\n\n"
        "After careful review, we have decided to move forward with other candidates for Store Manager, Dundrum. We encourage you to keep an eye on our careers page for future opportunities.\n\n"
        "Warm regards,\nMulberry Lane Talent Acquisition",
    ),
    # --- 9 Cask & Tally (GM from Gmail; trial shift; I withdraw) ----------------------------
    m(
        "610901",
        "2025-10-20 13:25",
        "Declan Hanratty <dec.hanratty@gmail.com>",
        "bar manager role",
        A("interview", CT, CTR, 9, "direct"),
        "Hi Ciarán\n\nGot your CV from the jobs.ie ad, thanks. I'm the GM at Cask & Tally in Stoneybatter. Could you come in for a chat and a couple of hours behind the bar Thursday from 5? "
        "Nothing formal, just want to see how you get on with the lads and a busy service.\n\nDeclan\n087 224 9011",
    ),
    m(
        "610902",
        "2025-10-20 14:02",
        "Ciarán Delaney <ciaran.delaney88@gmail.com>",
        "Re: bar manager role",
        A("interview", CT, CTR, 9, "direct"),
        "Hi Declan, thanks for getting back to me. Thursday from 5 works, see you then.\nCiarán\n\n"
        "On Mon, 20 Oct 2025 at 13:25, Declan Hanratty <dec.hanratty@gmail.com> wrote:\n> Could you come in for a chat and a couple of hours behind the bar Thursday from 5?",
        to="Declan Hanratty <dec.hanratty@gmail.com>",
        **rep("610901", "2025-10-20 13:25", "gmail.com"),
    ),
    m(
        "610903",
        "2025-11-03 11:50",
        "Ciarán Delaney <ciaran.delaney88@gmail.com>",
        "Re: bar manager role",
        A("confirmation", CT, CTR, 9, "direct"),
        "Hi Declan,\n\nThanks again for Thursday and for the chat on Saturday. I wanted to let you know before you go any further that I'm pulling out of the running for the bar manager job. "
        "I'm at final stage for a day-time operations role and the late finishes just won't work with where I want to go. Sorry, I know you were keen to sort it quickly.\n\n"
        "All the best with the Christmas rush,\nCiarán",
        to="Declan Hanratty <dec.hanratty@gmail.com>",
        st="withdrawn",
        **rep("610902", "2025-10-20 14:02", "gmail.com"),
    ),
    m(
        "610904",
        "2025-11-03 12:40",
        "Declan Hanratty <dec.hanratty@gmail.com>",
        "Re: bar manager role",
        A("confirmation", CT, CTR, 9, "direct"),
        "No bother Ciarán, appreciate you letting me know. Call in for a pint some time. D",
        st="withdrawn",
        **rep("610903", "2025-11-03 11:50", "gmail.com"),
    ),
    # --- 10 Tolka Foods Store 0219 (SmartRecruiters; rejection) -----------------------------
    m(
        "611001",
        "2025-09-29 10:02",
        "Tolka Foods <noreply@smartrecruiters.com>",
        "Thank you for your application to Tolka Foods",
        A("confirmation", TF, TFR, 10, "smartrecruiters"),
        "Dear Ciarán,\n\nThank you for applying for Store Manager (Store 0219) - Finglas. We have received your application and will review it shortly.\n\n"
        "Please note: if you are not selected for the next stage, we will let you know by email.\n\nBest regards,\nTolka Foods Recruitment Team",
    ),
    m(
        "611002",
        "2025-10-21 08:40",
        "Tolka Foods <noreply@smartrecruiters.com>",
        "Your application for Store Manager (Store 0219)",
        A("rejection", TF, TFR, 10, "smartrecruiters"),
        "Dear Ciarán,\n\nThank you for your interest in Tolka Foods. We have now reviewed all applications for Store Manager (Store 0219) - Finglas and regret to inform you that you have not been shortlisted.\n\nBest regards,\nTolka Foods Recruitment Team",
    ),
    # --- 11 Greenlane Cinemas (Workable; group interview; rejection) --------------------------
    m(
        "611101",
        "2025-10-10 12:00",
        "Greenlane Cinemas <noreply@candidates.workablemail.com>",
        "Thanks for applying to Greenlane Cinemas",
        A("confirmation", GC, GCR, 11, "workable"),
        "Hi Ciarán,\n\nThanks for applying for the Duty Manager position at Greenlane Cinemas. Your application has been received and the hiring team will review it soon.\n\nGreenlane Cinemas",
    ),
    m(
        "611102",
        "2025-10-16 15:27",
        "Greenlane Cinemas <noreply@candidates.workablemail.com>",
        "Group interview: Duty Manager - Greenlane Cinemas Liffey Valley",
        A("interview", GC, GCR, 11, "workable"),
        "Hi Ciarán,\n\nWe'd like to invite you to a group interview for the Duty Manager role on Tuesday 21 October at 10:00 in Screen 4 at Greenlane Liffey Valley. "
        "There'll be 8 candidates, a team exercise and short individual interviews. Please confirm your place using the link below.\n\nhttps://apply.workable.com/greenlane-cinemas/j/8A1C2/confirm\n\nSarah Quinlan\nGeneral Manager, Greenlane Liffey Valley",
        ics=ev(
            "workable-8A1C2-group@workable.com",
            "2025-10-21 10:00:00 +0100",
            "Group interview - Duty Manager (Greenlane Cinemas)",
            ("Sarah Quinlan", "noreply@candidates.workablemail.com"),
            minutes=120,
            location="Greenlane Cinemas Liffey Valley, Screen 4",
        ),
    ),
    m(
        "611103",
        "2025-10-27 11:11",
        "Greenlane Cinemas <noreply@candidates.workablemail.com>",
        "Duty Manager at Greenlane Cinemas",
        A("rejection", GC, GCR, 11, "workable"),
        "Hi Ciarán,\n\nThanks for coming along to our group interview. It was great to see how you brought quieter people into the exercise.\n\n"
        "Unfortunately we won't be progressing your application further this time. We'll hold on to your details in case something comes up.\n\nSarah Quinlan\nGreenlane Cinemas",
    ),
    # --- 12 Ardmore Athletic (Greenhouse; US-owned) ----------------------------------------
    m(
        "611201",
        "2025-10-23 17:30",
        "Ardmore Athletic <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Ardmore",
        A("confirmation", AR, ARR, 12, "greenhouse"),
        "Hi Ciarán,\n\nThanks for your interest in Ardmore! We've received your application for Assistant Store Manager - Henry Street, Dublin.\n\n"
        "Our team will review it and reach out if your skills and experience match. Unfortunately, due to the volume of applications we can't respond to everyone individually.\n\nGo Further,\nThe Ardmore Talent Team",
    ),
    m(
        "611202",
        "2025-11-19 21:02",
        "Ardmore Athletic <no-reply@us.greenhouse-mail.io>",
        "Your Ardmore application",
        A("rejection", AR, ARR, 12, "greenhouse"),
        "Hi Ciarán,\n\nThank you for applying for Assistant Store Manager - Henry Street. We've decided to move forward with other candidates whose experience more closely aligns with the role. We wish you the best in your search.\n\nThe Ardmore Talent Team",
    ),
    # --- 13 Halfpenny Burger (Workstream; franchisee Liffeyside Restaurants; ghosted) -------
    m(
        "611301",
        "2025-11-04 18:20",
        "Liffeyside Restaurants <no-reply@workstream.us>",
        "Application received - Restaurant General Manager",
        A("confirmation", HB, HBR, 13, "other"),
        "Hi Ciarán! Thanks for applying for Restaurant General Manager at Halfpenny Burger Blanchardstown. "
        "A hiring manager from Liffeyside Restaurants will review your application. Book a phone screen now: https://wkst.io/s/hbg-blanch-9931",
    ),
    m(
        "611302",
        "2025-11-04 18:26",
        "Liffeyside Restaurants <no-reply@workstream.us>",
        "Phone screen booked",
        A("interview", HB, HBR, 13, "other"),
        "Your phone screen with Karl Mooney for Restaurant General Manager (Halfpenny Burger Blanchardstown) is booked for Fri 7 Nov at 15:00. He'll call you on 085 XXX 4412.",
        ics=ev(
            "wkst-9931-screen@workstream.us",
            "2025-11-07 15:00:00 +0000",
            "Phone screen: Halfpenny Burger RGM",
            ("Liffeyside Restaurants", "no-reply@workstream.us"),
            minutes=15,
        ),
    ),
    # --- 14 Brightwater Retail (Teamtailor; several names) ----------------------------------
    m(
        "611401",
        "2025-11-11 09:15",
        "Brightwater Retail Ltd <noreply@teamtailor-mail.com>",
        "We have received your application",
        A("confirmation", BW, BWR, 14, "teamtailor"),
        "Hi Ciarán,\n\nThank you for your application for the position Area Operations Team Lead (Leinster). We will review it and get back to you as soon as possible.\n\n"
        "Best regards,\nBrightwater Retail Ltd",
    ),
    m(
        "611402",
        "2025-11-18 14:48",
        "Aisling Moran <aisling.moran@bwr.ie>",
        "BWR - Area Ops Team Lead - first interview",
        A("interview", BW, BWR, 14, "direct"),
        "Hi Ciarán,\n\nThanks for applying to join the BWR team. I'd love to set up a 30-minute Teams call to talk through your experience and the role. "
        "Please pick a slot from my calendar: https://brightwater.teamtailor.com/meetings/aisling-moran\n\n"
        "Aisling Moran\nPeople Partner | BWR - Brightwater Retail Ltd\nHome of Brightwater Pharmacy and Brightwater Beauty",
    ),
    m(
        "611403",
        "2025-11-18 15:30",
        "Brightwater <noreply@teamtailor-mail.com>",
        "Meeting confirmed: Area Operations Team Lead interview",
        A("interview", BW, BWR, 14, "teamtailor"),
        "Hi Ciarán,\n\nYour meeting with Aisling Moran has been booked.\n\nThursday, 20 November 2025, 10:00 - 10:30 (GMT)\nMicrosoft Teams link is in the calendar invitation.\n\nBrightwater",
        ics=ev(
            "tt-meeting-55213@teamtailor.com",
            "2025-11-20 10:00:00 +0000",
            "Area Operations Team Lead - Ciarán Delaney / Aisling Moran",
            ("Aisling Moran", "aisling.moran@bwr.ie"),
            location="Microsoft Teams Meeting",
        ),
    ),
    m(
        "611404",
        "2025-12-02 16:05",
        "Aisling Moran <aisling.moran@bwr.ie>",
        "Second stage",
        A("interview", BW, BWR, 14, "direct"),
        "Hi Ciarán,\n\nThanks for your time last week. We'd like to invite you to a second interview with our Head of Retail Operations, Tom Larkin, at our support office in Citywest on Tuesday 9 December at 2pm. "
        "Please prepare a 10-minute presentation on how you'd improve availability across five stores.\n\nAisling\nBrightwater Retail Ltd",
        ics=ev(
            "040000008200E00074C5B7101A82E0080000000077FA21C0@bwr.ie",
            "2025-12-09 14:00:00 +0000",
            "2nd interview: Ciarán Delaney - Area Ops Team Lead",
            ("Aisling Moran", "aisling.moran@bwr.ie"),
            minutes=75,
            style="outlook",
            location="BWR Support Office, Citywest Business Campus",
        ),
    ),
    m(
        "611405",
        "2025-12-04 09:20",
        "Ciarán Delaney <ciaran.delaney88@gmail.com>",
        "Re: Second stage",
        A("interview", BW, BWR, 14, "direct"),
        "Hi Aisling,\n\nThanks for this. I've actually just accepted a role elsewhere, but I'd still like to come in on the 9th if that's OK - the area role is a step up and I'd really like to hear more. I'll bring the presentation.\n\nCiarán",
        to="Aisling Moran <aisling.moran@bwr.ie>",
        **rep("611404", "2025-12-02 16:05", "bwr.ie"),
    ),
    m(
        "611406",
        "2025-12-16 12:00",
        "Brightwater <noreply@teamtailor-mail.com>",
        "Your application to Brightwater Retail",
        A("rejection", BW, BWR, 14, "teamtailor"),
        "Hi Ciarán,\n\nThank you for taking the time to meet Tom and Aisling and for the work you put into your presentation - the team really appreciated it.\n\n"
        "We have now completed the process and have decided to offer the role to another candidate. We hope our paths cross again.\n\nKind regards,\nBrightwater",
    ),
    # --- 15 Saltire Parcel (Lever; SJT; rejection) ------------------------------------------
    m(
        "611504",
        "2025-09-30 09:20",
        "Ciarán Delaney <ciaran_d88@hotmail.com>",
        "Fwd: Thanks for applying to Saltire Parcel!",
        A("confirmation", SP, SPR, 15, "lever"),
        "\n\nSent from Outlook for Android\n________________________________\nFrom: Saltire Parcel <no-reply@hire.lever.co>\nSent: Tuesday, September 30, 2025 8:55:12 AM\nTo: ciaran_d88@hotmail.com\n"
        "Subject: Thanks for applying to Saltire Parcel!\n\nHi Ciarán,\n\nThanks for applying for Depot Operations Supervisor - Dublin Airport Depot. We'll review your application and get back to you.\n\nSaltire Parcel Services Ltd",
    ),
    m(
        "611502",
        "2025-10-03 10:10",
        "Saltire Parcel <no-reply@hire.lever.co>",
        "Saltire Parcel: Online assessment",
        A("assessment", SP, SPR, 15, "lever"),
        "Hi Ciarán,\n\nThe next step for Depot Operations Supervisor is a short online situational judgement test, followed by a numerical reasoning section (around 35 minutes in total). "
        "Please complete it by Friday 10 October: https://assess.saltireparcel.co.uk/sjt?cid=ll-77d\n\nGood luck,\nSaltire Parcel Talent",
    ),
    m(
        "611503",
        "2025-10-14 14:42",
        "Saltire Parcel <no-reply@hire.lever.co>",
        "Depot Operations Supervisor - Saltire Parcel",
        A("rejection", SP, SPR, 15, "lever"),
        "Hi Ciarán,\n\nThanks for completing our assessment. We've reviewed the results and unfortunately won't be moving forward with your application for Depot Operations Supervisor on this occasion.\n\nSaltire Parcel Talent",
    ),
    # --- 16 Dunmore Cold Chain via Crossdock Talent ----------------------------------------
    m(
        "611601",
        "2025-11-24 10:30",
        "Rachel Ennis <rachel@crossdocktalent.ie>",
        "Warehouse Ops Supervisor - cold chain - Naas",
        ("outreach", None, "Warehouse Operations Supervisor", None, "agency", "en"),
        "Hi Ciarán,\n\nHope you're well. I'm working exclusively on a Warehouse Operations Supervisor role for a temperature-controlled distribution business near Naas. Days, Mon-Fri, €47k + car allowance. "
        "Your mix of retail ops and team leadership would suit them. Open to a chat?\n\nRachel Ennis\nCrossdock Talent - Supply Chain Recruitment",
    ),
    m(
        "611602",
        "2025-11-27 16:12",
        "Rachel Ennis <rachel@crossdocktalent.ie>",
        "CV sent to Dunmore Cold Chain",
        A("confirmation", DC, DCR, 16, "agency"),
        "Hi Ciarán,\n\nAs agreed, I've sent your CV to Dunmore Cold Chain for the Warehouse Operations Supervisor position at their Naas site. I'll chase for feedback early next week.\n\nRachel",
    ),
    m(
        "611603",
        "2025-12-05 11:00",
        "Rachel Ennis <rachel@crossdocktalent.ie>",
        "Dunmore - interview Thursday",
        A("interview", DC, DCR, 16, "agency"),
        "Hi Ciarán,\n\nDunmore want to meet you! Thursday 11th December at 10am at their Naas site with Fintan Ward (Site Manager). Bring ID and wear flat closed shoes - part of it is in the chill store.\n\nRachel",
    ),
    m(
        "611604",
        "2026-01-09 15:40",
        "Rachel Ennis <rachel@crossdocktalent.ie>",
        "Dunmore update",
        A("rejection", DC, DCR, 16, "agency"),
        "Hi Ciarán,\n\nSorry for the delay, Christmas slowed everything down. Dunmore have decided to hold off and promote from within for now, so it's a no on this one. "
        "I know you've started at Kilbride, but I'll keep you in mind if anything really good comes up.\n\nRachel",
    ),
    # --- 17 Parcelo (LinkedIn Easy Apply; viewed; ghosted) ----------------------------------
    m(
        "611701",
        "2025-10-12 20:31",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Ciarán, your application was sent to Parcelo",
        A("confirmation", PA, PAR, 17, "linkedin"),
        None,
        "<html><body><p>Your application was sent to <b>Parcelo</b></p><p>Fulfilment Centre Team Lead<br>Parcelo &middot; Dublin, County Dublin, Ireland (On-site)</p>"
        "<p>Applied on 12 October 2025</p><p><a href='https://www.linkedin.com/jobs/view/4312009871'>View job</a></p>"
        "<p style='font-size:11px'>This email was intended for Ciarán Delaney (Shift Supervisor at Tesca... ). LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.</p></body></html>",
    ),
    m(
        "611702",
        "2025-10-15 09:03",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Parcelo",
        A("viewed", PA, PAR, 17, "linkedin"),
        "Your application was viewed by Parcelo\nFulfilment Centre Team Lead\nParcelo - Dublin, Ireland\n\nThe hiring team viewed your application. Good luck!\n\nView job: https://www.linkedin.com/jobs/view/4312009871",
    ),
    # --- 18 Corbett's (Indeed; one-line rejection from store) -------------------------------
    m(
        "611801",
        "2025-09-18 19:44",
        "Indeed Apply <indeedapply@indeed.com>",
        "Application submitted: Shop Manager",
        A("confirmation", CB, CBR, 18, "indeed"),
        "Your application has been submitted\n\nShop Manager\nCorbett's Butchers & Deli - Phibsborough, Dublin\n\nNext steps: the employer may reach out. Track your application on Indeed.",
    ),
    m(
        "611802",
        "2025-09-26 16:20",
        "Corbett's Phibsboro <phibsboro@corbetts.ie>",
        "Re: Shop Manager",
        A("rejection", CB, CBR, 18, "direct"),
        "Hi, position has been filled, thanks for your interest. Corbett's",
    ),
    # --- 19 Wexford Street Social (BambooHR; ghosted) ---------------------------------------
    m(
        "611901",
        "2025-12-08 11:45",
        "Wexford Street Social <notifications@app.bamboohr.com>",
        "Thanks for applying!",
        A("confirmation", WS, WSR, 19, "bamboohr"),
        "Hi Ciarán,\n\nThank you for applying for the Operations Manager position at Wexford Street Social. We have received your application and will be in touch if it's a match.\n\nThe WSS Group team",
    ),
    # --- 20 Harbourline Store 0388 (re-application after rejection) ------------------------
    m(
        "612001",
        "2025-11-02 21:14",
        OLIVIA,
        "You're all set, Ciarán!",
        A("confirmation", HL, HL2, 20, "other"),
        "Hi Ciarán, welcome back! Your application for Store Manager - Store 0388 Swords is complete. "
        "I'll let you know if the hiring team would like to chat.\n\nOlivia\nHarbourline Talent Acquisition\nPowered by Paradox",
    ),
    m(
        "612002",
        "2025-11-02 21:19",
        HLGRP,
        "Your application was received - Store Manager - Store 0388 Swords (REQ-25310)",
        A("confirmation", HL, HL2, 20, "direct"),
        "Dear Ciarán Delaney,\n\nThank you for your interest in a career with Harbourline. We confirm that we have received your application.\n\n"
        "Position: Store Manager - Store 0388 Swords\nRequisition: REQ-25310\n\nIf you are not selected for interview you will be notified by email.\n\nTalent Acquisition\nCorrib Retail Group DAC",
    ),
    m(
        "612003",
        "2025-11-09 10:00",
        "Ciarán Delaney <ciaran.delaney88@gmail.com>",
        "Withdraw application REQ-25310",
        A("confirmation", HL, HL2, 20, "direct"),
        "Hello,\n\nPlease withdraw my application for Store Manager - Store 0388 Swords (REQ-25310). I have accepted another position.\n\nThank you,\nCiarán Delaney",
        to=HLGRP,
        st="withdrawn",
    ),
    # --- job alerts, nudges, talent communities, other job mail -----------------------------
    m(
        "613001",
        "2025-09-02 07:30",
        "Indeed <alert@indeed.com>",
        "12 new store manager jobs in Dublin",
        ("alert", None, None, None, "indeed", "en"),
        "Store Manager - Tolka Foods - Finglas - €48,000 a year\nAssistant Store Manager - Ostara Pharmacy - Rathmines\nStore Manager - Harbourline - Dublin 12 - Easily apply\nShift Manager - Halfpenny Burger - Blanchardstown\n\nSee all jobs: https://ie.indeed.com/jobs?q=store+manager&l=Dublin",
    ),
    m(
        "613002",
        "2025-09-21 07:30",
        "Indeed <alert@indeed.com>",
        "warehouse team leader jobs in Dublin 15",
        ("alert", None, None, None, "indeed", "en"),
        "Warehouse Team Leader - PeakStaff Recruitment - Ballycoolin - €42,000-€45,000\nShift Supervisor - Northgate Distribution - Dublin 15\nTeam Leader Nights - Parcelo - Dublin\n\nYou are receiving this alert because you searched for 'warehouse team leader'.",
    ),
    m(
        "613003",
        "2025-10-19 18:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        '"operations team lead": Kilbride Home & Garden - Operations Team Lead and more',
        ("alert", None, None, None, "linkedin", "en"),
        None,
        "<html><body><p>Your job alert for <b>operations team lead</b> in Dublin</p><ul><li>Operations Team Lead - Kilbride Home &amp; Garden - Sandyford (Actively recruiting)</li><li>Operations Lead - Parcelo - Dublin</li><li>Area Operations Team Lead - Brightwater Retail - Leinster</li></ul><p><a href='https://www.linkedin.com/jobs/search'>See all jobs</a></p></body></html>",
    ),
    m(
        "613004",
        "2025-09-10 12:15",
        "Indeed Flex <hello@indeedflex.co.uk>",
        "New shifts near you this weekend",
        ("alert", None, None, None, "indeed", "en"),
        "Hi Ciarán,\n\nThere are 14 new shifts near Dublin this weekend:\n- Warehouse Operative, Ballycoolin - Sat 06:00-14:00 - €15.20/hr\n- Event Bar Staff, 3Arena - Sat 17:00-00:00 - €14.50/hr\n\nBook in the app before they go!",
    ),
    m(
        "613005",
        "2025-09-06 11:00",
        "Corrib Retail Group Careers <talent@corribretailgroup.ie>",
        "Welcome to the Corrib Retail Group Talent Community",
        ("alert", HL, None, None, "direct", "en"),
        "Hi Ciarán,\n\nThanks for joining our Talent Community! You'll now hear about new roles at Harbourline, Fresh Fare and Corrib Express that match your interests: Store Management, Operations.\n\n"
        "Joining our community is not an application. To be considered for a role, please apply through the job posting.\n\nCorrib Retail Group",
    ),
    m(
        "613006",
        "2025-10-06 19:05",
        KBWD,
        "Verify your email to finish creating your candidate account",
        ("other_job", KB, None, None, "workday", "en"),
        "Please verify your email address to activate your Kilbride Home & Garden candidate account.\n\nVerification code: 558201\n\nThis code expires in 30 minutes.",
    ),
    m(
        "613007",
        "2025-10-27 14:00",
        "Ardmore Athletic <no-reply@us.greenhouse-mail.io>",
        "Complete your application - Store Lead, Blanchardstown",
        ("alert", AR, "Store Lead, Blanchardstown", None, "greenhouse", "en"),
        "Hi Ciarán, you have an unsubmitted application for Store Lead, Blanchardstown at Ardmore. Pick up where you left off: https://job-boards.greenhouse.io/ardmore/jobs/6021133",
    ),
    m(
        "613008",
        "2025-11-15 09:00",
        "Jobs.ie <noreply@jobs.ie>",
        "How to answer 'tell me about a time you dealt with a difficult customer'",
        ("alert", None, None, None, "other", "en"),
        "This week on the Jobs.ie career blog:\n- How to answer 'tell me about a time you dealt with a difficult customer'\n- Retail salaries in Ireland 2026: what store managers earn\n- 9 new jobs matching 'operations manager'\n\nUnsubscribe",
    ),
    m(
        "613009",
        "2025-10-30 10:20",
        "Kilbride Home & Garden <noreply@hirevue.com>",
        "Reminder: your video interview link expires soon",
        ("other_job", KB, KB1, None, "hirevue", "en"),
        "Hi Ciarán, this is a reminder that a HireVue link sent to you will expire in 24 hours. If you have already completed your interview, please ignore this message.",
    ),
    m(
        "613010",
        "2025-12-10 16:00",
        "Mulberry Lane Careers <mulberrylane@talent.icims.com>",
        "How did we do? Tell us about your candidate experience",
        ("other_job", ML, None, None, "icims", "en"),
        "Hi Ciarán,\n\nYou recently applied for a role with Mulberry Lane. We'd love your feedback - our 3-minute survey helps us improve the experience for every candidate.\n\nhttps://mlx.qualtrics.com/jfe/form/SV_4xCand\n\nThank you!",
    ),
    m(
        "613011",
        "2025-11-18 14:49",
        "Aisling Moran <aisling.moran@bwr.ie>",
        "Automatic reply: BWR - Area Ops Team Lead - first interview",
        ("other_job", BW, BWR, None, "direct", "en"),
        "Thanks for your email. I'm at our Galway stores today with limited access to email and will reply on my return tomorrow. For urgent queries please contact people@bwr.ie.\n\nAisling",
    ),
    m(
        "613012",
        "2026-01-14 11:25",
        "Hayley Stokes <hayley.stokes@reedfield-recruitment.co.uk>",
        "Store Manager opportunity - premium grocery - Dublin",
        ("outreach", None, "Store Manager", None, "agency", "en"),
        "Hi Ciarán,\n\nI hope you don't mind me reaching out. I'm partnering with a premium UK grocery brand opening its first Irish store in Ranelagh in spring 2026. They're looking for a launch Store Manager, €55-60k + bonus.\n\n"
        "Would you be open to hearing more? I know you've only just started somewhere new, but this is a rare one.\n\nHayley Stokes\nReedfield Recruitment - Retail Division",
    ),
    m(
        "613013",
        "2026-01-20 09:45",
        "Ciarán Delaney <ciaran.delaney88@gmail.com>",
        "Re: Store Manager opportunity - premium grocery - Dublin",
        ("outreach", None, "Store Manager", None, "agency", "en"),
        "Hi Hayley, thanks for thinking of me. I've just started a new role and I'm staying put for now, but please keep me in mind for later in the year.\n\nCiarán",
        to="Hayley Stokes <hayley.stokes@reedfield-recruitment.co.uk>",
        **rep("613012", "2026-01-14 11:25", "reedfield-recruitment.co.uk"),
    ),
    m(
        "613014",
        "2025-11-26 08:30",
        "Ger Tobin <ger.tobin@kilbride.ie>",
        "Rota for your first week",
        ("other_job", KB, KB1, None, "direct", "en"),
        "Hi Ciarán,\n\nLooking forward to having you on board Monday. First week you're on 8-4:30 Mon-Fri shadowing me and Lorraine on the early shift. Lanyard and uniform will be waiting at the desk.\n\nGer",
    ),
    m(
        "613015",
        "2026-02-02 10:00",
        "Workday <kilbride@myworkday.com>",
        "Job alert: Store Manager roles at Kilbride",
        ("alert", KB, None, None, "workday", "en"),
        "New internal opportunities matching your saved search 'Store Manager':\n- Store Manager, Kilbride Athlone\n- Deputy Store Manager, Kilbride Swords\n\nSign in to the Careers hub to apply.",
    ),
    m(
        "613016",
        "2025-12-01 07:05",
        "Indeed <alert@indeed.com>",
        "Ciarán, employers are looking at profiles like yours",
        ("alert", None, None, None, "indeed", "en"),
        "Your profile was found in 6 searches this week. Update your availability to get more interview invitations from employers like Tolka Foods and Quaystone Hotels.",
    ),
    m(
        "613017",
        "2025-09-14 10:10",
        "Workstream <no-reply@workstream.us>",
        "Shift Supervisor jobs near Dublin 7 are hiring now",
        ("alert", None, None, None, "other", "en"),
        "Text APPLY to apply in minutes! Shift Supervisor - Halfpenny Burger Smithfield. Team Member - Bramble & Co Capel St. Powered by Workstream.",
    ),
]
