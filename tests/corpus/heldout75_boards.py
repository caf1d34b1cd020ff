# ruff: noqa: E501
"""Corpus 75, job-board, ATS and agency mail (data only): see heldout75.py."""

from __future__ import annotations

from functools import partial
from typing import Any

import heldout as H  # this folder is the script's first import path


def _tz(day: str) -> str:
    if day < "2025-10-26":
        return "+0100"
    return "+0000"


m = partial(H.dated_spec, _tz)


def A(cat, co, role, app, src):
    return (cat, co, role, app, src, "en")


def ics(
    uid, start, summary, organizer, minutes=60, location="Microsoft Teams Meeting", description=""
):
    return {
        "uid": uid,
        "start": start,
        "summary": summary,
        "organizer": organizer,
        "minutes": minutes,
        "location": location,
        "description": description,
    }


TR, TRR = "Tandem & Rye", "Brand Communications Executive"
BH, BHR = "Beckett & Hale", "Marketing Officer"
FH, FH1, FH2 = "Fettle Health", "Marketing Executive", "Social Media Executive"
QM, QMR = "Quaystone Media", "Communications Executive"
CL, CLR = "Copperleaf Events", "Marketing Officer"
WG, WGR = "Wrenfield Garden Centres", "Marketing Coordinator"
SE, SER = "Stannary Engineering", "Marketing and Communications Officer"
PP, PPR = "Pennine Pet Foods", "Communications Officer"
LS, LSR = "Loomwork Studio", "Marketing Executive"
OF, OFR = "Oatfield", "Marketing Officer"
MP, MPR = "Marlowe & Pike", "Marketing and Business Development Executive"
SB, SBR = "Saltbox PR", "Account Executive"
HL, HLR = "Harbourline", "Brand Marketing Officer"

HF = "Callum Reid <callum.reid@harlowfinch.co.uk>"
NT = "Priya Mehta <priya.mehta@northpointtalent.co.uk>"

MAIL: list[dict[str, Any]] = [
    # --- 12 Tandem & Rye through Harlow & Finch Recruitment --------------------------------
    m(
        "720101",
        "2025-09-09 12:44",
        HF,
        "Brand comms role - well-known consumer brand, Manchester",
        ("outreach", None, TRR, None, "agency", "en"),
        "Hi Ruth,\n\nHope you don't mind me reaching out - I came across your profile on CV-Library and think you'd be a great fit for a role I'm working on.\n\nMy client is a well-known consumer brand (drinks, household name in the UK) with their head office in Ancoats. They're looking for a Brand Communications Executive to join a team of six. £30-33k plus bonus, hybrid 3 days in.\n\nI can't name the client just yet, but would love to tell you more. Are you free for a quick call this week?\n\nKind regards\nCallum\n\nCallum Reid\nSenior Consultant - Marketing & Creative\nHarlow & Finch Recruitment Ltd | 0161 496 0718\nHarlow & Finch is acting as an employment agency in relation to this vacancy.",
    ),
    m(
        "720102",
        "2025-09-11 16:20",
        HF,
        "Call notes + next steps",
        ("outreach", None, TRR, None, "agency", "en"),
        "Hi Ruth, great to speak just now. Quick notes from our call so we're on the same page:\n\n- Brand Comms Exec, perm, c.£32k + 8% bonus\n- Current salary / notice: 29.5k, 4 weeks\n- Happy to go to 3 days in Ancoats\n- You're also interviewing at a housing association - no problem, keep me posted\n- I'll send you the JD (client name removed) tomorrow\n\nIf you're happy for me to put your CV forward, just reply YES and I'll submit it with a short cover note.\n\nCheers\nCallum",
    ),
    m(
        "720103",
        "2025-09-15 10:05",
        HF,
        "RE: Call notes + next steps",
        A("confirmation", TR, TRR, 12, "agency"),
        "Morning Ruth,\n\nThanks for the YES! I've submitted your CV this morning. As promised, now it's gone in I can tell you the client is Tandem & Rye - you'll know the cans. Their parent is Rye Beverages plc so you may see that name on any paperwork.\n\nThe hiring manager is Lucy Grant, Head of Brand PR. I'll chase for feedback by end of the week.\n\nCallum\n\n> YES please! Thanks Callum.\n> Ruth",
    ),
    m(
        "720104",
        "2025-09-22 17:31",
        HF,
        "Tandem & Rye - interview!",
        A("interview", TR, TRR, 12, "agency"),
        "Hi Ruth,\n\nGood news - Lucy would like to meet you! First stage is on Teams, 45 mins, Friday 26 Sept at 9:30. She'll send the invite directly from the Rye Beverages system. Format: chat about your background, then a few questions on how you'd handle a product recall statement.\n\nCall me before if you want to prep.\n\nCallum",
    ),
    m(
        "720105",
        "2025-09-22 18:02",
        "Lucy Grant <lucy.grant@ryebeverages.com>",
        "Tandem & Rye: Brand Communications Executive - first interview",
        A("interview", TR, TRR, 12, "direct"),
        "Hi Ruth,\n\nLooking forward to chatting on Friday. Teams link in the invite.\n\nBest\nLucy\n\nLucy Grant | Head of Brand PR | Tandem & Rye\nRye Beverages plc, registered office: Ancoats Works, Manchester M4",
        ics=ics(
            "040000008200E00074C5B7101A82E008-rye-0926",
            "2025-09-26 09:30:00 +0100",
            "Tandem & Rye: Brand Comms Exec - Ruth Adeyemi-Clarke",
            ("Lucy Grant", "lucy.grant@ryebeverages.com"),
            45,
        ),
    ),
    m(
        "720106",
        "2025-10-02 13:10",
        HF,
        "Feedback from T&R",
        A("rejection", TR, TRR, 12, "agency"),
        "Hi Ruth,\n\nJust had feedback from Lucy. She said you came across really warmly and your recall answer was spot on, but they've decided to go with someone who's worked in-house in FMCG before. Gutted for you as it was close.\n\nI've got a couple of other roles coming in that I think could be good - I'll be in touch.\n\nSpeak soon\nCallum",
    ),
    m(
        "720107",
        "2025-10-20 09:30",
        HF,
        "Automatic reply: quick one",
        ("other_job", None, None, None, "agency", "en"),
        "Hi, thanks for your email. I'm out of the office until Monday 27 October with no access to email. For anything urgent please contact marketing@harlowfinch.co.uk.\n\nCallum Reid\nHarlow & Finch Recruitment Ltd",
    ),
    # --- 13 Beckett & Hale through Northpoint Talent ---------------------------------------
    m(
        "720111",
        "2025-10-27 11:15",
        NT,
        "Marketing Officer - leading Leeds-based retailer",
        ("outreach", None, BHR, None, "agency", "en"),
        "Hi Ruth,\n\nI'm recruiting for a Marketing Officer on behalf of a leading Leeds-based retailer (independent department stores, 5 sites across Yorkshire and the North West). £31k, hybrid, Leeds HQ with occasional trips to the Manchester store.\n\nWould you be open to a chat? I can call after 5 if that's easier.\n\nMany thanks\nPriya\n\nPriya Mehta | Recruitment Consultant | Northpoint Talent\nNorthpoint Talent Ltd, Wellington Street, Leeds",
    ),
    m(
        "720112",
        "2025-10-29 17:52",
        NT,
        "Your application to Beckett & Hale",
        A("confirmation", BH, BHR, 13, "agency"),
        "Hi Ruth,\n\nThanks for the chat earlier. As discussed, I've now sent your CV over to Beckett & Hale for the Marketing Officer role. They're reviewing CVs this week.\n\nVoicemail from their HR this afternoon: \"keen to see Manchester-based candidates, interviews likely w/c 10 Nov\", so fingers crossed.\n\nPriya",
    ),
    m(
        "720113",
        "2025-11-06 15:40",
        NT,
        "Beckett & Hale interview - Wed 12 Nov",
        A("interview", BH, BHR, 13, "agency"),
        "Hi Ruth,\n\nGreat news - B&H would like to interview you at their Briggate head office on Wednesday 12 November at 2pm. It's a panel with Sam Hale (Marketing Director) and Jo Fenwick (Marketing Manager). Please bring examples of print and social campaigns.\n\nCalendar hold attached.\n\nPriya",
        ics=ics(
            "npt-bh-1112-ra@northpointtalent.co.uk",
            "2025-11-12 14:00:00 +0000",
            "Interview - Beckett & Hale - Marketing Officer",
            ("Priya Mehta", "priya.mehta@northpointtalent.co.uk"),
            60,
            "Beckett & Hale, Briggate, Leeds",
        ),
    ),
    m(
        "720114",
        "2025-11-14 10:03",
        NT,
        "RE: Beckett & Hale interview - Wed 12 Nov",
        A("interview", BH, BHR, 13, "agency"),
        "Hi Ruth,\n\nThanks for letting me know how it went - sounds positive! I've chased Sam for feedback and will let you know as soon as I hear. They're seeing two more people on Monday.\n\nPriya\n\n> Hi Priya, it went well I think, they spent a long time on my Castlefield Leisure\n> reopening campaign. Let me know when you hear. Ruth",
    ),
    # --- 14 and 15 Fettle Health (Greenhouse), re-application ------------------------------
    m(
        "720121",
        "2025-09-19 14:22",
        "Fettle Health <no-reply@greenhouse.io>",
        "Thanks for applying to Fettle Health",
        A("confirmation", FH, FH1, 14, "greenhouse"),
        "Hi Ruth,\n\nThanks for your interest in Fettle Health! We've received your application for the Marketing Executive role (London / Manchester, hybrid).\n\nOur team reviews every application, and if your background is a match we'll be in touch about next steps.\n\nBest,\nFettle Health Talent",
    ),
    m(
        "720122",
        "2025-10-08 18:40",
        "Fettle Health <no-reply@greenhouse.io>",
        "Your application to Fettle Health",
        A("rejection", FH, FH1, 14, "greenhouse"),
        "Hi Ruth,\n\nThank you for taking the time to apply for the Marketing Executive role. We were genuinely impressed by your experience and the care you put into your application.\n\nAfter careful consideration, we've decided to move forward with candidates whose experience more closely matches what we need right now.\n\nWe'd encourage you to keep an eye on our careers page.\n\nBest,\nFettle Health Talent",
    ),
    m(
        "720123",
        "2026-01-20 21:05",
        "Fettle Health <no-reply@greenhouse.io>",
        "Thanks for applying to Fettle Health",
        A("confirmation", FH, FH2, 15, "greenhouse"),
        "Hi Ruth,\n\nThanks for your interest in Fettle Health! We've received your application for the Social Media Executive role (Manchester, hybrid).\n\nOur team reviews every application, and if your background is a match we'll be in touch about next steps.\n\nBest,\nFettle Health Talent",
    ),
    # --- 16 Quaystone Media (Greenhouse) ---------------------------------------------------
    m(
        "720131",
        "2025-10-14 09:12",
        "Quaystone Media Careers <no-reply@us.greenhouse-mail.io>",
        "Application received - Communications Executive",
        A("confirmation", QM, QMR, 16, "greenhouse"),
        html="<html><body><p>Hi Ruth,</p><p>Thank you for applying to <b>Quaystone Media</b> for the <b>Communications Executive</b> role in London.</p><p>We review applications on a rolling basis. If you are not selected to move forward, we will let you know by email.</p><p>Quaystone Media People Team</p></body></html>",
    ),
    m(
        "720132",
        "2025-10-24 12:00",
        "Hannah Levi <hannah.levi@quaystone.media>",
        "Quaystone - written exercise",
        A("assessment", QM, QMR, 16, "direct"),
        "Hi Ruth,\n\nThanks for your application. We'd like to invite you to complete a short written exercise: draft a press release (max 400 words) announcing a fictional new podcast from one of our titles, plus a pitch email to a journalist. Please send it back within 5 working days.\n\nBrief attached.\n\nThanks,\nHannah\nHannah Levi, Talent Partner, Quaystone Media Group Ltd",
        attach=[
            (
                "Quaystone_exercise.txt",
                "text/plain",
                "Written exercise - Communications Executive. Our title 'The Northern Table' is launching a weekly food podcast...\n",
            )
        ],
    ),
    # --- 17 Copperleaf Events (Reed) -------------------------------------------------------
    m(
        "720141",
        "2025-09-23 19:33",
        "reed.co.uk <noreply@reed.co.uk>",
        "Your application for Marketing Officer has been sent",
        A("confirmation", CL, CLR, 17, "other"),
        "Hi Ruth,\n\nYour application for Marketing Officer at Copperleaf Events Ltd (Manchester, £27,000 - £30,000 per annum) has been sent.\n\nWhat happens next?\nThe recruiter will review your CV. If you're a good match, they'll be in touch. You can track your applications on reed.co.uk.\n\nGood luck!\nreed.co.uk",
    ),
    m(
        "720142",
        "2025-09-30 12:51",
        "Martin Ellery <martin@copperleafevents.co.uk>",
        "Marketing Officer - phone chat?",
        A("interview", CL, CLR, 17, "direct"),
        "Hi Ruth,\n\nThanks for applying via Reed. I'm the MD here at Copperleaf. Could we do a 20-minute phone interview on Thursday 2nd October at 4pm? I'll call your mobile.\n\nCheers,\nMartin\n\nMartin Ellery\nManaging Director\nCopperleaf | Events that people remember\nCopperleaf Events Ltd, Deansgate, Manchester",
    ),
    # --- 18 Wrenfield Garden Centres (Totaljobs) -------------------------------------------
    m(
        "720151",
        "2025-10-02 20:18",
        "Totaljobs <noreply@totaljobs.com>",
        "Application sent: Marketing Coordinator",
        A("confirmation", WG, WGR, 18, "other"),
        html="<html><body><table><tr><td><h3>Your application has been sent</h3><p>Marketing Coordinator<br>Wrenfield Garden Centres<br>Stockport</p><p>Recruiters typically respond within 14 days. Keep your profile up to date to make sure you're found.</p></td></tr></table></body></html>",
    ),
    m(
        "720152",
        "2025-10-16 08:51",
        "Wrenfield HR <hr@wrenfield.co.uk>",
        "Marketing Coordinator - your application",
        A("rejection", WG, WGR, 18, "direct"),
        "Dear Ruth,\n\nThank you for applying for the role of Marketing Coordinator with Wrenfield. We had a fantastic response and your application was a strong one.\n\nUnfortunately we have not selected you for interview on this occasion.\n\nKind regards\nHR Team\nWrenfield Garden Centres Ltd",
    ),
    # --- 19 Stannary Engineering (CV-Library) ----------------------------------------------
    m(
        "720161",
        "2025-11-10 13:26",
        "CV-Library <noreply@cv-library.co.uk>",
        "Application confirmation: Marketing and Communications Officer",
        A("confirmation", SE, SER, 19, "other"),
        "Dear Ruth,\n\nThank you for applying for Marketing and Communications Officer (Trafford Park) posted by Stannary Engineering Ltd. Your CV has been sent to the recruiter.\n\nCV-Library",
    ),
    m(
        "720162",
        "2025-11-13 08:02",
        "CV-Library <noreply@cv-library.co.uk>",
        "Stannary Engineering Ltd viewed your application",
        A("viewed", SE, SER, 19, "other"),
        "Dear Ruth,\n\nGood news! Stannary Engineering Ltd has viewed your application for Marketing and Communications Officer.\n\nCV-Library",
    ),
    # --- 20 Pennine Pet Foods (Indeed) -----------------------------------------------------
    m(
        "720171",
        "2025-11-02 15:04",
        "Indeed Apply <indeedapply@indeed.com>",
        "Application submitted: Communications Officer",
        A("confirmation", PP, PPR, 20, "indeed"),
        html="<html><body><p><b>Application submitted</b></p><p>Communications Officer<br>Pennine Pet Foods - Oldham</p><p>The following items were sent to Pennine Pet Foods: CV, cover letter.</p><p>Good luck with your application!</p></body></html>",
    ),
    m(
        "720172",
        "2025-11-21 10:15",
        "Pennine Pet Foods <no-reply@indeed.com>",
        "An update on your application from Pennine Pet Foods",
        A("rejection", PP, PPR, 20, "indeed"),
        "Hi Ruth,\n\nThank you for your interest in the Communications Officer position at Pennine Pet Foods in Oldham. Unfortunately, Pennine Pet Foods will not be moving forward with your application, but we appreciate the time you invested.\n\nWe wish you the best of luck in your job search.\n\nThe Indeed team, on behalf of Pennine Pet Foods",
    ),
    # --- 21 Loomwork Studio (LinkedIn Easy Apply) ------------------------------------------
    m(
        "720181",
        "2025-11-25 12:07",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Ruth, your application was sent to Loomwork Studio",
        A("confirmation", LS, LSR, 21, "linkedin"),
        "Your application was sent to Loomwork Studio\n\nMarketing Executive\nLoomwork Studio - Manchester, England, United Kingdom (Hybrid)\nApplied on 25 November 2025\n\nView application",
    ),
    m(
        "720182",
        "2025-11-27 09:44",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Loomwork Studio",
        A("viewed", LS, LSR, 21, "linkedin"),
        "Ruth, your application was viewed\n\nMarketing Executive\nLoomwork Studio - Manchester\n\nLoomwork Studio viewed your application. Keep applying to similar jobs.",
    ),
    m(
        "720183",
        "2025-12-09 16:33",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application to Marketing Executive at Loomwork Studio",
        A("rejection", LS, LSR, 21, "linkedin"),
        "Thank you for your interest in the Marketing Executive position at Loomwork Studio in Manchester. Unfortunately, we will not be moving forward with your application, but we appreciate your time and interest in Loomwork Studio.\n\nRegards,\nLoomwork Studio",
    ),
    # --- 22 Oatfield (Teamtailor) ----------------------------------------------------------
    m(
        "720191",
        "2025-12-03 22:49",
        "Oatfield <notifications@teamtailor-mail.com>",
        "We've got your application 🌾",
        A("confirmation", OF, OFR, 22, "teamtailor"),
        "Hey Ruth,\n\nThanks for applying to be our Marketing Officer in Leeds! We're a small team making oat drinks in Holbeck, so every application gets read by a human (usually Dan).\n\nWe'll come back to you within two weeks either way.\n\nCheers,\nTeam Oatfield\n\nOatfield Foods Ltd, Holbeck, Leeds",
    ),
    m(
        "720192",
        "2025-12-15 11:02",
        "Oatfield <notifications@teamtailor-mail.com>",
        "Update on your application",
        A("rejection", OF, OFR, 22, "teamtailor"),
        "Hey Ruth,\n\nThanks so much for your patience. We loved reading your application - the Castlefield Leisure campaign made us laugh. In the end, though, we've gone with someone who's already based in Leeds and can be in the office five days a week while we're this small.\n\nWishing you loads of luck,\nDan and Team Oatfield",
    ),
    # --- 23 Marlowe & Pike (Oleeo) ---------------------------------------------------------
    m(
        "720201",
        "2025-10-10 17:27",
        "Marlowe & Pike Recruitment <noreply@tal.net>",
        "Marlowe & Pike LLP - Application Received",
        A("confirmation", MP, MPR, 23, "other"),
        "Dear Ruth\n\nThank you for submitting your application for the role of Marketing and Business Development Executive (London or Manchester). Your candidate reference is MPL-0198833.\n\nWe will review your application and contact you with an update in due course.\n\nYours sincerely\n\nRecruitment Team\nMarlowe & Pike LLP",
    ),
    m(
        "720202",
        "2025-10-22 13:40",
        "Marlowe & Pike Recruitment <noreply@tal.net>",
        "Marlowe & Pike LLP - Invitation to interview",
        A("interview", MP, MPR, 23, "other"),
        "Dear Ruth\n\nWe are pleased to invite you to a video interview for the role of Marketing and Business Development Executive. Please use the link below to select a time between 3 and 7 November. The interview will be with Fiona Marsh (BD Manager, Manchester office) and Rupert Acland (Partner, Real Estate) and will last 45 minutes.\n\nSelect an interview slot\n\nRecruitment Team\nMarlowe & Pike LLP",
    ),
    m(
        "720203",
        "2025-10-23 08:15",
        "Fiona Marsh <fiona.marsh@marlowepike.com>",
        "Marlowe & Pike interview - Ruth Adeyemi-Clarke",
        A("interview", MP, MPR, 23, "direct"),
        "Dear Ruth,\n\nThank you for booking. Please find the Teams invitation for Tuesday 4 November at 11:00.\n\nKind regards,\nFiona\n\nFiona Marsh | Business Development Manager | M&P\nMarlowe & Pike LLP is a limited liability partnership registered in England and Wales (OC318842) and authorised and regulated by the Solicitors Regulation Authority.",
        ics=ics(
            "040000008200E00074C5B7101A82E008-mp-1104",
            "2025-11-04 11:00:00 +0000",
            "MP Interview: Ruth Adeyemi-Clarke (Mktg & BD Exec)",
            ("Fiona Marsh", "fiona.marsh@marlowepike.com"),
            45,
        ),
    ),
    m(
        "720204",
        "2025-11-12 16:10",
        "Marlowe & Pike Recruitment <noreply@tal.net>",
        "Marlowe & Pike LLP - Your application",
        A("rejection", MP, MPR, 23, "other"),
        "Dear Ruth\n\nThank you for your time interviewing with Fiona and Rupert. They enjoyed meeting you and were impressed by your writing samples.\n\nHowever, on this occasion we have decided not to progress your application further. We have chosen a candidate with experience of legal or professional services marketing.\n\nWe wish you every success.\n\nRecruitment Team\nMarlowe & Pike LLP",
    ),
    # --- 24 Saltbox PR (founder from Gmail) ------------------------------------------------
    m(
        "720211",
        "2025-11-18 22:03",
        "Jess Okoro <jess.okoro.pr@gmail.com>",
        "Re: Account Executive role",
        A("confirmation", SB, SBR, 24, "direct"),
        "Hi Ruth\n\nThanks for your email and CV - sorry I'm replying from my personal email, our work server is being migrated this week (small agency life!).\n\nReally liked your Castlefield stuff. I'm seeing a few people for the AE role over the next fortnight, I'll get back to you by Friday.\n\nJess\n\nSent from my iPhone\n\n> Dear Jess, I saw on LinkedIn that Saltbox PR is looking for an Account Executive...",
    ),
    m(
        "720212",
        "2025-11-21 19:30",
        "Jess Okoro <jess.okoro.pr@gmail.com>",
        "Coffee next week?",
        A("interview", SB, SBR, 24, "direct"),
        "Hi Ruth\n\nWould you be free to meet for a coffee and a proper chat about the AE role? How about Tuesday 25th, 10am, at Idle Hands in Piccadilly? It's informal but it is the interview, so have a think about a client you'd love to pitch to.\n\nJess\nFounder, Saltbox PR",
    ),
    # --- 25 Harbourline (Greenhouse; company only in HTML) ---------------------------------
    m(
        "720221",
        "2025-12-18 10:40",
        "Talent Team <no-reply@us.greenhouse-mail.io>",
        "Application received",
        A("confirmation", HL, HLR, 25, "greenhouse"),
        html="<html><body><div><img src='https://boards.greenhouse.io/harbourline/logo.png' alt='Harbourline'></div><p>Hi Ruth,</p><p>Thanks for applying for <b>Brand Marketing Officer</b> at Harbourline. Our team will review your application and reach out if there's a fit.</p><p>- The Harbourline Talent Team</p><p style='font-size:10px'>Harbourline Travel Ltd, 20 St Thomas Street, London SE1</p></body></html>",
    ),
    m(
        "720222",
        "2026-01-08 15:15",
        "Talent Team <no-reply@us.greenhouse-mail.io>",
        "Update regarding your application",
        A("rejection", HL, HLR, 25, "greenhouse"),
        html="<html><body><p>Hi Ruth,</p><p>We really appreciate the time you took to apply for Brand Marketing Officer. Your background in leisure marketing stood out, and it was a difficult decision.</p><p>Unfortunately we won't be moving forward with your application at this time.</p><p>- The Harbourline Talent Team</p></body></html>",
    ),
    # --- outreach, alerts, other job mail --------------------------------------------------
    m(
        "720301",
        "2025-10-01 14:12",
        "Ellie Cartwright via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Internal Comms opportunity at Verdant Telecom",
        ("outreach", "Verdant Telecom", "Internal Communications Officer", None, "linkedin", "en"),
        "Hi Ruth,\n\nI'm an in-house recruiter at Verdant Telecom. We're hiring an Internal Communications Officer for our Salford Quays office and your background looks like a great match. Would you be open to a 15-minute call?\n\nBest wishes,\nEllie Cartwright\nTalent Acquisition Partner, Verdant Telecom",
    ),
    m(
        "720302",
        "2025-12-02 09:50",
        "Sourced Creative <hello@sourcedcreative.co.uk>",
        "PR & Comms Officer - education charity - London (hybrid)",
        ("outreach", None, "PR and Communications Officer", None, "agency", "en"),
        "Hi Ruth,\n\nWe're working with a national education charity on a PR & Comms Officer role, London-based with 2 days a week in office. £33-35k. Given your CV on Reed we thought you might be interested.\n\nReply to this email or call the team on 020 7946 0302.\n\nSourced Creative\nSpecialist recruitment for marketing, comms and creative",
    ),
    m(
        "720303",
        "2025-09-05 08:10",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“communications officer”: 12 new jobs in Greater Manchester",
        ("alert", None, None, None, "linkedin", "en"),
        "Your job alert for communications officer in Greater Manchester\n\nCommunications Officer - Salford Community Leisure - Salford\nMarketing & Comms Officer - Ardwick Housing - Manchester (Hybrid)\nInternal Communications Officer - Verdant Telecom - Salford Quays\nBrand Communications Executive - Harlow & Finch Recruitment - Manchester\n\nSee all jobs",
    ),
    m(
        "720304",
        "2025-10-27 08:10",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“marketing officer”: new jobs in Leeds",
        ("alert", None, None, None, "linkedin", "en"),
        "Your job alert for marketing officer in Leeds\n\nMarketing Officer - Northpoint Talent - Leeds\nMarketing Officer - Oatfield - Leeds (Actively recruiting)\nMarketing Executive - Kirkgate Brewing Co - Leeds\n\nSee all jobs",
    ),
    m(
        "720305",
        "2026-01-12 08:10",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“communications officer”: 7 new jobs in Greater Manchester",
        ("alert", None, None, None, "linkedin", "en"),
        "Your job alert for communications officer in Greater Manchester\n\nSocial Media Executive - Fettle Health - Manchester (Hybrid)\nCommunications Officer - Bolton Citizens Advice - Bolton\nComms Officer - Stockport Homes Partnership - Stockport\n\nSee all jobs",
    ),
    m(
        "720306",
        "2025-09-17 07:45",
        "Indeed <alert@indeed.com>",
        "15 new marketing officer jobs in Manchester",
        ("alert", None, None, None, "indeed", "en"),
        html="<html><body><h3>Marketing Officer jobs in Manchester</h3><ul><li>Marketing Officer - Copperleaf Events Ltd - £27,000 - £30,000 a year</li><li>Marketing Assistant - Castlegate Dental - £24,000</li><li>Digital Marketing Officer - Hulme Community Trust</li></ul><p>Easily apply</p></body></html>",
    ),
    m(
        "720307",
        "2025-11-26 07:45",
        "Indeed <alert@indeed.com>",
        "Communications Officer at Pennine Pet Foods and 9 more jobs",
        ("alert", None, None, None, "indeed", "en"),
        html="<html><body><h3>Jobs for you</h3><ul><li>Communications Officer - Oldham Leisure Trust</li><li>PR Executive - Saltbox PR - Manchester</li><li>Internal Communications Assistant - Lancashire Rail</li></ul></body></html>",
    ),
    m(
        "720308",
        "2025-10-06 06:05",
        "reed.co.uk <jobalerts@reed.co.uk>",
        "Your daily jobs: Marketing Officer, Manchester",
        ("alert", None, None, None, "other", "en"),
        "Hi Ruth, here are your latest jobs:\n\nMarketing Officer - Harlow & Finch Recruitment - Manchester - £30,000\nCommunications Assistant - Manchester Cathedral Trust - £25,500\nMarketing Executive - Sourced Creative - Trafford - £28,000\n\nView all on reed.co.uk",
    ),
    m(
        "720309",
        "2025-11-08 06:05",
        "Totaljobs <jobalerts@totaljobs.com>",
        "New jobs for 'communications officer' in Leeds",
        ("alert", None, None, None, "other", "en"),
        "New jobs matching your search:\n\nCommunications Officer - Kirkstall Valley Trust - Leeds\nMarketing and Communications Officer - Leeds Arts Hub - Leeds\nEngagement Officer - Aire Homes - Leeds\n\nTotaljobs",
    ),
    m(
        "720310",
        "2025-12-14 06:20",
        "CV-Library <jobs@cv-library.co.uk>",
        "Jobs you may like, Ruth",
        ("alert", None, None, None, "other", "en"),
        "Jobs you may like:\n\nMarketing Executive - Stannary Engineering Ltd - Trafford Park\nComms Officer - Ellesmere Port Council - Cheshire\nPR Assistant - Saltbox PR - Manchester\n\nCV-Library",
    ),
    m(
        "720311",
        "2025-11-13 09:00",
        "Guardian Jobs <jobs@jobs.theguardian.com>",
        "Your Guardian Jobs alert: Communications, London",
        ("alert", None, None, None, "other", "en"),
        "Hi Ruth,\n\n8 new jobs match your alert 'Communications, London':\n\nCommunications Officer - Open Stage - London\nMedia Officer - Refuge Housing Network - London\nDigital Content Officer - Museum of Printing - London\n\nGuardian Jobs",
    ),
    m(
        "720312",
        "2025-12-04 11:00",
        "Quaystone Media Careers <no-reply@us.greenhouse-mail.io>",
        "Join the Quaystone talent community",
        ("alert", None, None, None, "greenhouse", "en"),
        "Hi Ruth,\n\nWant to hear about future roles at Quaystone Media? Join our talent community and we'll let you know when something matching your interests comes up.\n\nJoin now\n\nQuaystone Media People Team",
    ),
    m(
        "720313",
        "2026-02-02 10:30",
        "Reed Talent <talent@reed.co.uk>",
        "Are you still looking?",
        ("alert", None, None, None, "other", "en"),
        "Hi Ruth,\n\nIt's been a while since you last updated your CV on reed.co.uk. Let recruiters know if you're still looking by updating your status.\n\nreed.co.uk",
    ),
    m(
        "720314",
        "2025-10-08 12:05",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Ruth, you appeared in 14 searches this week",
        ("not_job", "en"),
        "You appeared in 14 searches this week. Recruiters from Harlow & Finch Recruitment and Verdant Telecom were among those who found you.\n\nSee who's viewed your profile",
    ),
]
