# ruff: noqa: E501
"""Corpus 83, English job mail and a few more French applications (data only): see heldout83.py."""

from __future__ import annotations

from functools import partial
from typing import Any

import heldout as H


def _tz(day: str) -> str:
    if day < "2025-10-26" or day >= "2026-03-29":
        return "+0200"
    return "+0100"


m = partial(H.dated_spec, _tz)


def E(cat: str, co: str | None, role: str | None, app: int, src: str) -> tuple[Any, ...]:
    return (cat, co, role, app, src, "en")


TE, TER = "Tessellate Labs", "Senior Data Scientist, Marketplace"
BR, BRR = "Brightmoor Analytics", "Data Scientist, Customer Analytics (Paris)"
NI, NIR = "Nimbleloop", "Data Scientist (Remote, EU)"
HX, HXR = "Hexaplan", "Senior Data Scientist"
CO, COR = "Corvid Security", "Data Scientist, Threat Detection"

MAIL: list[dict[str, Any]] = [
    # --- 5 Tessellate Labs (London scale-up, Greenhouse), offer declined --------------------
    m(
        "83501",
        "2025-10-10 16:22",
        "Tessellate Labs <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Tessellate Labs!",
        E("confirmation", TE, TER, 5, "greenhouse"),
        "Hi Inès,\n\nThanks for your interest in Tessellate Labs! We've received your application for Senior Data Scientist, Marketplace and our team will be reviewing it shortly.\n\nWe read every application ourselves, so it can take up to two weeks to hear back. If your experience isn't the right fit for this role, we'll let you know either way.\n\nCheers,\nThe Tessellate Talent Team\nTessellate Labs Ltd, 20 Tabernacle Street, London EC2A 4DD",
    ),
    m(
        "83502",
        "2025-10-17 11:04",
        "Priya Nandakumar <priya.n@tessellatelabs.co.uk>",
        "Tessellate Labs - intro chat?",
        E("interview", TE, TER, 5, "direct"),
        "Hi Inès,\n\nI'm a Talent Partner at Tessellate. Thanks for applying for our Senior DS role on the Marketplace team - your pricing and experimentation background caught our eye.\n\nCould you grab 30 minutes for an intro call via this link? https://app.goodtime.io/book/tessellate/intro-ds\n\nWe can accommodate a mostly-remote set-up from Paris with a week in London every month.\n\nBest,\nPriya\n\nPriya Nandakumar | Talent Partner\nTessellate Labs",
    ),
    m(
        "83503",
        "2025-10-17 14:30",
        "GoodTime <noreply@goodtime.io>",
        "Confirmed: Intro call with Tessellate Labs on Tue, Oct 21 at 10:00 BST",
        E("interview", TE, TER, 5, "other"),
        "Hi Inès,\n\nYour interview has been scheduled.\n\nTessellate Labs - Intro call (Senior Data Scientist, Marketplace)\nTuesday, October 21, 2025 · 10:00-10:30 BST (11:00 Paris)\nInterviewer: Priya Nandakumar\nJoin: https://meet.google.com/tsx-ajvw-kzo\n\nNeed to reschedule? Use the link in this email.",
        ics={
            "uid": "gt-7f3e91a0@goodtime.io",
            "start": "2025-10-21 11:00:00 +0200",
            "minutes": 30,
            "summary": "Tessellate Labs - Intro call (Inès Garnier)",
            "organizer": ("Priya Nandakumar", "priya.n@tessellatelabs.co.uk"),
            "location": "https://meet.google.com/tsx-ajvw-kzo",
        },
    ),
    m(
        "83504",
        "2025-10-23 09:15",
        "Priya Nandakumar <priya.n@tessellatelabs.co.uk>",
        "Tessellate take-home exercise",
        E("assessment", TE, TER, 5, "direct"),
        "Hi Inès,\n\nGreat speaking on Tuesday! As discussed, the next step is our take-home: a small marketplace dataset where we'd like you to design and analyse a pricing experiment. Instructions and data are in the repo below; please don't spend more than 4-5 hours.\n\nhttps://github.com/tessellate-hiring/ds-takehome-2025 (invite sent to your GitHub)\n\nSend it back whenever you're ready within the next 10 days.\n\nBest,\nPriya",
    ),
    m(
        "83505",
        "2025-11-06 17:40",
        "Priya Nandakumar <priya.n@tessellatelabs.co.uk>",
        "Final round - Tessellate Labs",
        E("interview", TE, TER, 5, "direct"),
        "Hi Inès,\n\nThe team really enjoyed your take-home - especially your discussion of interference between buyers and sellers. We'd love to invite you to the final round: three 45-minute sessions on 13 November (technical deep dive, product sense, and values with our VP Data). I'll send calendar invites shortly.\n\nBest,\nPriya",
    ),
    m(
        "83506",
        "2025-11-06 17:52",
        "Priya Nandakumar <priya.n@tessellatelabs.co.uk>",
        "Invitation: Tessellate final round - Inès Garnier @ Thu 13 Nov 2025 10:00 - 13:00 (GMT)",
        E("interview", TE, TER, 5, "direct"),
        "You have been invited to the following event.\n\nTessellate final round - Inès Garnier\nThu 13 Nov 2025 10:00 – 13:00 (Greenwich Mean Time - London)\nJoining info: https://meet.google.com/pqe-wmrt-yla\n\nInvitation from Google Calendar",
        ics={
            "uid": "3h9rt0mqe55c@google.com",
            "start": "2025-11-13 11:00:00 +0100",
            "minutes": 180,
            "summary": "Tessellate final round - Inès Garnier",
            "organizer": ("Priya Nandakumar", "priya.n@tessellatelabs.co.uk"),
            "attendees": [("Owen Blakely", "owen@tessellatelabs.co.uk")],
            "location": "https://meet.google.com/pqe-wmrt-yla",
        },
    ),
    m(
        "83507",
        "2025-11-21 18:10",
        "Priya Nandakumar <priya.n@tessellatelabs.co.uk>",
        "Good news from Tessellate!",
        E("offer", TE, TER, 5, "direct"),
        "Hi Inès,\n\nI'm delighted to let you know that we'd like to offer you the Senior Data Scientist role on the Marketplace team! Please find the offer summary attached: £78,000 base, EMI options, hybrid from Paris with monthly trips to London (employed through our EOR partner in France).\n\nLet me know when you'd like to talk it through. We'd ideally need your answer by 19 December.\n\nWarmly,\nPriya",
        attach=[
            (
                "Tessellate_Offer_Summary_IGarnier.pdf",
                "application/pdf",
                "%PDF-1.4 offer summary (fictitious)",
            )
        ],
    ),
    m(
        "83508",
        "2025-12-22 12:01",
        "Priya Nandakumar <priya.n@tessellatelabs.co.uk>",
        "Re: Good news from Tessellate!",
        E("offer", TE, TER, 5, "direct"),
        "Hi Inès,\n\nThanks for letting me know, and for being so transparent throughout. We're disappointed of course, but staying in Paris full-time makes total sense. Best of luck at your new company - and the door is always open.\n\nPriya\n\nOn Sun, 21 Dec 2025 at 21:33, Inès Garnier <ines.garnier@gmail.com> wrote:\n> Hi Priya,\n> After a lot of thought I've decided to decline the offer and accept a role with a Paris-based company. Thank you so much to you and the team.\n> Inès",
        st="declined",
        **{"In-Reply-To": "<83507.20251121.26@tessellatelabs.co.uk>"},
    ),
    # --- 6 Brightmoor Analytics (US company, Paris office, Lever), withdrawn ---------------
    m(
        "83601",
        "2025-11-12 15:55",
        "Brightmoor Analytics <no-reply@hire.lever.co>",
        "Thank you for your application to Brightmoor Analytics",
        E("confirmation", BR, BRR, 6, "lever"),
        "Hi Inès,\n\nThank you for applying for the Data Scientist, Customer Analytics (Paris) position at Brightmoor Analytics. We have received your application and will review it carefully.\n\nDue to the high volume of applications, we may not be able to respond to every candidate individually. Unfortunately, if you are not selected for an interview, you may not hear from us.\n\nBest regards,\nBrightmoor Talent Acquisition",
    ),
    m(
        "83602",
        "2025-11-26 19:20",
        "Jessica Whitcomb <jwhitcomb@brightmoor.com>",
        "Brightmoor - Data Scientist (Paris) next steps",
        E("interview", BR, BRR, 6, "direct"),
        "Hi Inès,\n\nThanks for your application! I'm the recruiter for our Paris office (I'm based in Boston, so apologies for the late hour). I'd love to set up a 30 min phone screen - can you pick a time here? https://calendly.com/jwhitcomb-brightmoor/phone-screen\n\nThanks,\nJessica Whitcomb\nSr. Technical Recruiter, EMEA | Brightmoor Analytics, Inc.",
    ),
    m(
        "83603",
        "2025-12-22 15:05",
        "Jessica Whitcomb <jwhitcomb@brightmoor.com>",
        "Re: Withdrawing my application",
        E("confirmation", BR, BRR, 6, "direct"),
        "Hi Inès,\n\nThank you for letting me know, and congratulations on the new role! I've withdrawn your application for the Data Scientist, Customer Analytics position. We'd be happy to hear from you in the future.\n\nAll the best,\nJessica\n\n> Hi Jessica,\n> I wanted to let you know that I've accepted another offer and would like to withdraw from the process. Thank you for your time.\n> Inès",
        st="withdrawn",
    ),
    # --- 21 Nimbleloop (Workable, London/remote), rejected ----------------------------------
    m(
        "83q01",
        "2025-11-24 08:40",
        "Nimbleloop <noreply@candidates.workablemail.com>",
        "Nimbleloop - Application received",
        E("confirmation", NI, NIR, 21, "workable"),
        "Hi Inès,\n\nThanks for applying for Data Scientist (Remote, EU) at Nimbleloop. We've got your application and will be in touch soon.\n\nThe Nimbleloop hiring team",
    ),
    m(
        "83q02",
        "2025-12-12 13:30",
        "Nimbleloop <noreply@candidates.workablemail.com>",
        "Your application at Nimbleloop",
        E("rejection", NI, NIR, 21, "workable"),
        "Hi Inès,\n\nThank you for taking the time to apply for the Data Scientist role. We were impressed by your background, and it was a genuinely hard decision.\n\nAfter careful consideration, we've decided to move forward with candidates whose experience more closely matches what we need right now.\n\nWe wish you every success,\nThe Nimbleloop hiring team",
    ),
    # --- 22 Hexaplan (LinkedIn, FR), ghosted ----------------------------------------------
    m(
        "83r01",
        "2026-02-10 22:05",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Inès, votre candidature a été envoyée à Hexaplan",
        ("confirmation", HX, HXR, 22, "linkedin", "fr"),
        html="<html><body><p>Votre candidature a été envoyée à Hexaplan</p><p><b>Senior Data Scientist</b><br>Hexaplan · Paris (Hybride)</p></body></html>",
    ),
    # --- 23 Corvid Security (US, Paris office, Greenhouse + HackerRank), rejected ----------
    m(
        "83s01",
        "2025-10-24 17:00",
        "Corvid Security <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Corvid",
        E("confirmation", CO, COR, 23, "greenhouse"),
        "Hello Inès,\n\nThanks for your interest in Corvid and the Data Scientist, Threat Detection role in Paris. Our recruiting team will review your application and get back to you.\n\nRegards,\nCorvid Recruiting",
    ),
    m(
        "83s02",
        "2025-11-03 14:12",
        "HackerRank <support@hackerrankforwork.com>",
        "Corvid Security has invited you to a HackerRank test",
        E("assessment", CO, COR, 23, "hackerrank"),
        html="<html><body><p>Hi Inès,</p><p>Corvid Security has invited you to take the <b>Data Science - Threat Detection</b> test. You have 120 minutes; the link expires on November 10, 2025.</p><p><a href='https://www.hackerrank.com/test/8d2kq1/login'>Start test</a></p></body></html>",
    ),
    m(
        "83s03",
        "2025-11-20 23:48",
        "Corvid Security <no-reply@us.greenhouse-mail.io>",
        "Update on your application",
        E("rejection", CO, COR, 23, "greenhouse"),
        "Hi Inès,\n\nThank you for completing the assessment and for your interest in Corvid. We've reviewed your results alongside the other candidates and unfortunately will not be moving forward with your candidacy at this time.\n\nWe'll keep your details on file for future openings.\n\nCorvid Recruiting",
    ),
    # --- English alerts and outreach ---------------------------------------------------------
    m(
        "83t01",
        "2025-10-30 12:00",
        "Tessellate Labs <no-reply@us.greenhouse-mail.io>",
        "Welcome to Tessellate's talent community",
        ("alert", TE, None, None, "greenhouse", "en"),
        "Hi Inès,\n\nThanks for joining our talent community! We'll email you when roles matching your interests (Data, Analytics) open up.\n\nThe Tessellate Talent Team",
    ),
    m(
        "83t02",
        "2025-12-01 16:45",
        "Marcus Tilley via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Senior Data Scientist role at a Series C climate-tech company (remote)",
        ("outreach", None, "Senior Data Scientist", None, "linkedin", "en"),
        "Hi Inès,\n\nI'm hiring for a Series C climate-tech company building grid-forecasting tools. The role is fully remote within the EU, €85-95k. Would you be open to a quick chat?\n\nMarcus Tilley\nPrincipal Recruiter, Halden Search",
    ),
    m(
        "83t03",
        "2026-02-17 10:20",
        "Brightmoor Analytics <no-reply@hire.lever.co>",
        "New roles at Brightmoor that match your profile",
        ("alert", BR, None, None, "lever", "en"),
        html="<html><body><p>Hi Inès,</p><p>Based on your previous application, these roles may interest you:</p><ul><li>Senior Data Scientist, Forecasting - Paris</li><li>Analytics Engineer - Remote (EMEA)</li></ul></body></html>",
    ),
]
