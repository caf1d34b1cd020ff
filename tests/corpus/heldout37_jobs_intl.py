# ruff: noqa: E501
"""Corpus 37, English job mail: applications 21-27 (international groups, Danish and Dutch shipping), alerts and outreach."""

from __future__ import annotations

from typing import Any

from heldout37_jobs import m

SK = "Skovgaard Line"
SK1 = "Regional Logistics Manager, Northern Europe"
VW = "Van der Wal Shipping"
VW1 = "Branch Operations Manager Hamburg"
CC = "Castellan Consumer Goods"
CC1 = "Senior Manager, S&OP DACH"
OF = "Orbitline Freight"
OF1 = "Head of Carrier Operations Europe (Remote)"
HX = "Helix Pharma Distribution"
HX1 = "Head of Distribution Germany"
NV = "Novaro Mobility"
NV1 = "Supply Chain Lead, Hardware"
BP = "Bergström Packaging"
BP1 = "Logistics Excellence Manager"

MAIL: list[dict[str, Any]] = [
    # --- 21 Skovgaard Line (Workday + HireVue) ---------------------------------------------------
    m(
        "skovgaard.wd.app.77812@myworkday.com",
        "2025-09-10 13:27:45 +0200",
        "Skovgaard Line Talent Acquisition <skovgaard@myworkday.com>",
        "Thank you for applying – Regional Logistics Manager, Northern Europe",
        ("confirmation", SK, SK1, 21, "workday", "en"),
        """Dear Jonas,

Thank you for your interest in Skovgaard Line and for applying for the position Regional Logistics Manager, Northern Europe (JR-25-1190), based in Hamburg.

We have received your application and our recruitment team will review it shortly. If your profile matches the requirements, we will contact you to discuss next steps.

You can follow your application in our candidate home: https://skovgaard.wd3.myworkdayjobs.com/Skovgaard_Careers/userHome

Med venlig hilsen / Kind regards
Talent Acquisition
Skovgaard Line A/S · Amaliegade 48 · 1256 København K · CVR 31 88 12 09""",
    ),
    m(
        "hv.skovgaard.invite.2291@hirevue.com",
        "2025-09-24 09:04:12 +0200",
        "Skovgaard Line via HireVue <noreply@hirevue.com>",
        "Skovgaard Line: your digital interview invitation",
        ("assessment", SK, SK1, 21, "hirevue", "en"),
        """Hi Jonas,

Skovgaard Line would like to invite you to complete a digital interview for the Regional Logistics Manager, Northern Europe role.

You will be asked 5 questions and can record your answers at a time that suits you. Each answer has a 3-minute limit, and you get one practice question first.

Please complete your interview by 1 October 2025.

Start interview: https://app.hirevue.com/interviews/skovgaard/8xq2m1

Good luck!
The Skovgaard Line Talent Team""",
    ),
    m(
        "SK.0ct09.panel@skovgaardline.com",
        "2025-10-09 10:40:21 +0200",
        "Mette Kjærgaard <mekj@skovgaardline.com>",
        "Interview – Regional Logistics Manager",
        ("interview", SK, SK1, 21, "direct", "en"),
        """Hi Jonas,

Thanks for completing the video interview – we enjoyed it. I'd like to invite you to a panel interview with Søren Holm (VP Logistics Northern Europe) and Annika Brouwer (HR Business Partner).

Date: Thursday 16 October, 14:00–15:15 CEST
Location: our Hamburg office, Große Elbstraße 145, 4th floor – or Teams if you prefer.

Please bring one example of a network or warehouse consolidation you led end to end.

Best regards,
Mette Kjærgaard
Senior Talent Partner | Skovgaard Line A/S
+45 33 63 18 70""",
        ics={
            "uid": "040000008200E00074C5B7101A82E00800000000A0A2E8B5DD33DC01",
            "style": "outlook",
            "start": "2025-10-16 14:00:00 +0200",
            "minutes": 75,
            "organizer": ("Mette Kjærgaard", "mekj@skovgaardline.com"),
            "attendees": [
                ("Søren Holm", "soho@skovgaardline.com"),
                ("Annika Brouwer", "anbr@skovgaardline.com"),
            ],
            "summary": "Panel interview – Jonas Petersen-Yıldız – Regional Logistics Manager",
            "location": "Hamburg office, Große Elbstraße 145, 4th floor / Teams",
        },
    ),
    m(
        "SK.1103.decision@skovgaardline.com",
        "2025-11-03 16:02:57 +0100",
        "Mette Kjærgaard <mekj@skovgaardline.com>",
        "Your application with Skovgaard Line",
        ("rejection", SK, SK1, 21, "direct", "en"),
        """Dear Jonas,

Thank you again for the time and energy you put into our process – Søren particularly appreciated your candid view on transshipment in Bremerhaven.

It was a close call, but we have decided to offer the position to a candidate with deeper experience in reefer logistics, which is a priority for the region over the next two years.

I would be glad to keep your details on file and reach out if something suitable comes up in Hamburg.

Kind regards,
Mette""",
    ),
    # --- 22 Van der Wal Shipping (SmartRecruiters) ----------------------------------------------
    m(
        "sr.vdw.1029@smartrecruiters.com",
        "2025-10-29 11:55:03 +0100",
        "Van der Wal Shipping <noreply@smartrecruiters.com>",
        "We received your application for Branch Operations Manager Hamburg",
        ("confirmation", VW, VW1, 22, "smartrecruiters", "en"),
        """Hi Jonas,

Bedankt – thank you for applying to Van der Wal Shipping!

We've received your application for Branch Operations Manager Hamburg and our recruiting team in Rotterdam will take a look. We'll be in touch whether or not we decide to move forward.

Cheers,
Recruitment Team
Van der Wal Shipping B.V. · Waalhaven Z.z. 31 · 3089 JH Rotterdam""",
    ),
    m(
        "vdw.int.1112@vanderwalshipping.nl",
        "2025-11-12 08:58:40 +0100",
        "Pieter Hoogeveen <p.hoogeveen@vanderwalshipping.nl>",
        "Call next week? Branch Ops Hamburg",
        ("interview", VW, VW1, 22, "direct", "en"),
        """Hello Jonas,

Pieter here, I run the German branches of Van der Wal. Your CV landed on my desk and I'd like to have a first chat – informal, 30-45 minutes, video is fine.

Would Tuesday the 18th at 9:00 or Wednesday the 19th at 16:30 work for you? I've put a placeholder in for Tuesday.

Groeten,
Pieter Hoogeveen
Managing Director Germany | Van der Wal Shipping
Mob +31 6 4120 8873""",
        ics={
            "uid": "7kq1nbd3m0u9i4rv2l8gfh6c1s@google.com",
            "start": "2025-11-18 09:00:00 +0100",
            "minutes": 45,
            "organizer": ("Pieter Hoogeveen", "p.hoogeveen@vanderwalshipping.nl"),
            "summary": "Van der Wal – Jonas Petersen-Yıldız intro call",
            "description": "Join with Google Meet: https://meet.google.com/ebw-rmsd-xhq",
        },
    ),
    m(
        "vdw.rej.1208@vanderwalshipping.nl",
        "2025-12-08 12:14:09 +0100",
        "Pieter Hoogeveen <p.hoogeveen@vanderwalshipping.nl>",
        "Re: Call next week? Branch Ops Hamburg",
        ("rejection", VW, VW1, 22, "direct", "en"),
        """Hi Jonas,

Apologies for the silence, December is always mad on our side.

I'll be straight with you: I really liked our conversation and your ideas on the customs-brokerage side, but we've decided to promote our deputy branch manager internally. It felt wrong to bring someone external above her when she's been carrying the branch for a year.

Hope our paths cross again – the Hamburg shipping world is small.

Groeten,
Pieter

On Tue, 18 Nov 2025 at 10:02, Jonas Petersen-Yıldız <jonas.petersen.yildiz@gmail.com> wrote:
> Hi Pieter,
> thanks for the great conversation this morning. As promised, attached are the KPIs I mentioned.
> Best, Jonas""",
        **{"In-Reply-To": "<vdw.int.1112@vanderwalshipping.nl>"},
    ),
    # --- 23 Castellan Consumer Goods (Workday, ghosted) ----------------------------------------
    m(
        "castellan.wd.0919@myworkday.com",
        "2025-09-19 23:41:02 +0200",
        "Castellan Careers <castellan@myworkday.com>",
        "Application received: Senior Manager, S&OP DACH",
        ("confirmation", CC, CC1, 23, "workday", "en"),
        """Hello Jonas Petersen-Yıldız,

Thank you for applying for Senior Manager, S&OP DACH (Requisition ID 2025-33871) in Munich, Germany.

Unfortunately, due to the high number of applications we receive, we are not able to respond to every candidate individually. If your skills match our requirements, a member of our team will contact you.

Best regards,
Castellan Consumer Goods Talent Acquisition

This message was sent from an unmonitored mailbox.""",
    ),
    # --- 24 Orbitline Freight (Lever) -> withdrawn -----------------------------------------------
    m(
        "lever.orbitline.1104@hire.lever.co",
        "2025-11-04 15:10:38 +0100",
        "Orbitline Freight <no-reply@hire.lever.co>",
        "Thanks for applying to Orbitline Freight",
        ("confirmation", OF, OF1, 24, "lever", "en"),
        """Hi Jonas,

Thanks so much for your interest in joining Orbitline! We've received your application for the Head of Carrier Operations Europe (Remote) role.

Our team reviews every application, and we'll reach out if there's a good fit.

Best,
The Orbitline Talent Team

Orbitline Freight Inc. · 548 Market St · San Francisco, CA""",
    ),
    m(
        "lever.orbitline.1125@hire.lever.co",
        "2025-11-25 18:21:02 +0100",
        "Daniela Ruiz <no-reply@hire.lever.co>",
        "Orbitline – let's talk!",
        ("interview", OF, OF1, 24, "lever", "en"),
        """Hi Jonas,

I'm Daniela, Talent Partner for our European expansion. We'd love to set up a 30-minute recruiter screen for the Head of Carrier Operations Europe role.

Please pick a time that works for you here: https://hire.lever.co/interviews/schedule/8a1e1b2c

Talk soon,
Daniela Ruiz
Orbitline Freight""",
        reply_to="daniela.ruiz@orbitline.io",
    ),
    m(
        "orbitline.wd.0123@orbitline.io",
        "2026-01-23 09:14:27 +0100",
        "Daniela Ruiz <daniela.ruiz@orbitline.io>",
        "Re: Withdrawing my application",
        ("confirmation", OF, OF1, 24, "direct", "en"),
        """Hi Jonas,

Thanks for letting me know, and congratulations on the new role! I've withdrawn your application on our side and let the hiring manager know.

Feel free to reach out any time in the future.

All the best,
Daniela

> On Jan 22, 2026, at 21:48, Jonas Petersen-Yıldız <jonas.petersen.yildiz@gmail.com> wrote:
>
> Hi Daniela,
> I wanted to let you know that I've accepted another offer and would like to withdraw from the process for the Head of Carrier Operations role. Thank you for your time and the good conversations so far.
> Best regards,
> Jonas""",
        st="withdrawn",
    ),
    # --- 25 Helix Pharma Distribution via Ardent Talent Partners (agency) ------------------------
    m(
        "ardent.1106.intro@ardenttalent.co.uk",
        "2025-11-06 11:03:10 +0100",
        "James Whitcombe <james.whitcombe@ardenttalent.co.uk>",
        "Head of Distribution Germany – confidential",
        ("outreach", None, HX1, None, "agency", "en"),
        """Hi Jonas,

I hope you don't mind the direct approach – I found your profile on LinkedIn.

I'm working on an exclusive search for a Head of Distribution Germany with a UK-headquartered healthcare distribution business that is building out its German network (GDP-licensed warehouse near Hanover opening next year, 3 DCs planned). Package is strong – base c. €110-125k plus bonus and car.

I can share the client's name once we've had a quick chat. Would you have 15 minutes this week?

Best,
James Whitcombe
Principal Consultant – Supply Chain & Logistics
Ardent Talent Partners Ltd · London · Frankfurt""",
    ),
    m(
        "ardent.1120.client@ardenttalent.co.uk",
        "2025-11-20 17:40:51 +0100",
        "James Whitcombe <james.whitcombe@ardenttalent.co.uk>",
        "Helix – first interview confirmed",
        ("interview", HX, HX1, 25, "agency", "en"),
        """Hi Jonas,

Great speaking earlier. As discussed, the client is Helix Pharma Distribution, and they'd like to meet you.

First interview: Wednesday 26 November, 11:00 CET, video call with Claire Dunmore (Managing Director, Continental Europe) and Rolf Stahmer (Head of Quality/GDP). Teams link to follow from their side.

I'll give you a call on Monday to prep.

Best,
James""",
    ),
    m(
        "ardent.1212.fb@ardenttalent.co.uk",
        "2025-12-12 12:05:33 +0100",
        "James Whitcombe <james.whitcombe@ardenttalent.co.uk>",
        "Helix feedback",
        ("rejection", HX, HX1, 25, "agency", "en"),
        """Hi Jonas,

Just had feedback from Helix. Claire was very positive about your operational depth and your leadership style, which she called "refreshingly unpretentious".

Unfortunately they've decided not to progress, mainly because the role needs someone who has already held a GDP Responsible Person licence, and they don't want to wait for that to be built up.

Sorry it's not better news – I'll keep you in mind for similar roles.

James""",
    ),
    # --- 26 Novaro Mobility (Greenhouse, English, Munich) ----------------------------------------
    m(
        "gh.novaro.1201@greenhouse-mail.io",
        "2025-12-01 20:14:05 +0100",
        "Novaro Mobility <no-reply@greenhouse-mail.io>",
        "Thanks for your application to Novaro Mobility",
        ("confirmation", NV, NV1, 26, "greenhouse", "en"),
        """Hi Jonas,

Thanks for applying to the Supply Chain Lead, Hardware position at Novaro Mobility in Munich. We're excited you'd like to help us get more people on e-bikes!

We'll review your application and reach out if it's a fit.

Cheers,
Novaro Talent Team""",
    ),
    m(
        "gh.novaro.1210.int@greenhouse-mail.io",
        "2025-12-10 10:22:41 +0100",
        "Lukas Ebner <no-reply@greenhouse-mail.io>",
        "Interview confirmation: Novaro Mobility – Supply Chain Lead, Hardware",
        ("interview", NV, NV1, 26, "greenhouse", "en"),
        """Hi Jonas,

Your interview has been scheduled:

Hiring Manager Interview with Lukas Ebner (VP Operations)
Monday, December 15, 2025
16:00 - 16:45 CET
Zoom: https://novaro.zoom.us/j/84411902231

Looking forward to speaking with you!
Lukas""",
        reply_to="lukas.ebner@novaro-mobility.com",
        ics={
            "uid": "gh-novaro-int-30019744",
            "start": "2025-12-15 16:00:00 +0100",
            "minutes": 45,
            "organizer": ("Lukas Ebner", "lukas.ebner@novaro-mobility.com"),
            "summary": "Novaro Mobility: Hiring Manager Interview – Jonas Petersen-Yıldız",
            "description": "Zoom: https://novaro.zoom.us/j/84411902231",
            "location": "Zoom",
        },
    ),
    m(
        "gh.novaro.0109.update@greenhouse-mail.io",
        "2026-01-09 14:35:19 +0100",
        "Novaro Mobility <no-reply@greenhouse-mail.io>",
        "Update on your application",
        ("rejection", NV, NV1, 26, "greenhouse", "en"),
        """Hi Jonas,

Thank you for taking the time to talk with Lukas about the Supply Chain Lead, Hardware role. We genuinely appreciated learning about your experience.

After careful consideration, we've decided to move forward with candidates whose background in battery and electronics sourcing in Asia more closely matches what we need right now.

We'll keep your details and wish you the best in your search.

Warm regards,
Novaro Talent Team""",
    ),
    # --- 27 Bergström Packaging (SuccessFactors, English) ---------------------------------------
    m(
        "sf.bergstrom.0115@successfactors.eu",
        "2026-01-15 07:48:22 +0100",
        "Bergström Packaging Careers <noreply@successfactors.eu>",
        "Your application for Logistics Excellence Manager",
        ("confirmation", BP, BP1, 27, "other", "en"),
        """Dear Jonas,

Thank you for applying for Logistics Excellence Manager (Job Req 11823) at Bergström Packaging GmbH, Munich.

Unfortunately we cannot provide individual feedback at this stage. Our recruiters will review all applications after the posting closes on 31 January 2026 and contact shortlisted candidates in February.

Kind regards,
Bergström Packaging – Global Talent Acquisition
Bergström Packaging AB · Göteborg, Sweden""",
    ),
    m(
        "sf.bergstrom.0217@successfactors.eu",
        "2026-02-17 10:10:10 +0100",
        "Bergström Packaging Careers <noreply@successfactors.eu>",
        "Bergström Packaging – Logistics Excellence Manager",
        ("rejection", BP, BP1, 27, "other", "en"),
        """Dear Jonas,

We would like to thank you for the interest you have shown in Bergström Packaging.

We have now completed the review of all applications for the Logistics Excellence Manager position. Although your background is impressive, we regret to inform you that your application has not been shortlisted.

We wish you every success in your career.

Kind regards,
Bergström Packaging – Global Talent Acquisition""",
    ),
    # --- English alerts, outreach, other job mail ------------------------------------------------
    m(
        "linkedin.alert.en.0912@linkedin.com",
        "2025-09-12 07:05:22 +0200",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "30+ new jobs for 'logistics manager' in Hamburg",
        ("alert", None, None, None, "linkedin", "en"),
        html="""<html><body><p>Your job alert for <b>logistics manager</b> in <b>Hamburg, Germany</b></p>
<p>Skovgaard Line · Regional Logistics Manager, Northern Europe · Hamburg · Easy Apply</p>
<p>Kühne Harbour Services · Logistics Manager Ocean Freight · Hamburg</p>
<p>Orbital Parts GmbH · Warehouse Operations Manager · Norderstedt</p>
<p><a href="https://www.linkedin.com/jobs/search/?currentJobId=4287712">See all jobs</a></p>
<p style="font-size:11px">You are receiving Job Alert emails. Unsubscribe · Help</p></body></html>""",
    ),
    m(
        "linkedin.recs.1202@linkedin.com",
        "2025-12-02 19:30:00 +0100",
        "LinkedIn <jobs-listings@linkedin.com>",
        "Jonas, Novaro Mobility is hiring",
        ("alert", NV, NV1, None, "linkedin", "en"),
        html="""<html><body><p>Based on your profile and search history</p>
<p><b>Novaro Mobility</b> is hiring for <b>Supply Chain Lead, Hardware</b> – Munich, Bavaria (Hybrid)</p>
<p>3 connections work here · Actively recruiting</p>
<p><a href="https://www.linkedin.com/jobs/view/4312098861/">View job</a></p></body></html>""",
    ),
    m(
        "skovgaard.talent.0910@myworkday.com",
        "2025-09-10 13:29:10 +0200",
        "Skovgaard Line Talent Acquisition <skovgaard@myworkday.com>",
        "Welcome to Skovgaard Line's Talent Community",
        ("alert", SK, None, None, "workday", "en"),
        """Dear Jonas,

Welcome to our Talent Community! You'll now receive updates about roles at Skovgaard Line that match your interests (Logistics, Operations; Hamburg, Copenhagen), plus news from life at sea and ashore.

You can update your preferences or leave the community at any time in your candidate profile.

Kind regards,
Skovgaard Line Talent Acquisition""",
    ),
    m(
        "greenhouse.incomplete.0114@greenhouse-mail.io",
        "2026-01-14 09:00:00 +0100",
        "Tidewater Robotics Careers <no-reply@greenhouse-mail.io>",
        "You left your application unfinished",
        (
            "alert",
            "Tidewater Robotics",
            "Director of Fulfilment Operations",
            None,
            "greenhouse",
            "en",
        ),
        """Hi Jonas,

Looks like you started an application for Director of Fulfilment Operations at Tidewater Robotics but didn't submit it. Your progress is saved – you can finish in a few minutes:

https://boards.greenhouse.io/tidewaterrobotics/jobs/7811042/resume

The role closes on January 31.

Tidewater Robotics Talent Team""",
    ),
    m(
        "li.inmail.en.1015@linkedin.com",
        "2025-10-15 14:12:55 +0200",
        "Priya Raman via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Supply Chain role at Kestrel Foods (Bremen)",
        ("outreach", "Kestrel Foods", "Director Supply Chain Planning", None, "linkedin", "en"),
        html="""<html><body>
<p><b>Priya Raman</b> · Talent Acquisition Manager at Kestrel Foods</p>
<p>Hi Jonas,</p>
<p>I came across your profile and was impressed by your S&amp;OP work. We're looking for a Director Supply Chain Planning for our Bremen site (English-speaking leadership team, German required for the site). Would you be open to a conversation?</p>
<p>Best,<br>Priya</p>
<p><a href="https://www.linkedin.com/messaging/">Reply</a> · <a href="#">Not interested</a></p>
</body></html>""",
    ),
    m(
        "skovgaard.ooo.1010@skovgaardline.com",
        "2025-10-10 08:30:44 +0200",
        "Søren Holm <soho@skovgaardline.com>",
        "Automatic reply: Panel interview 16 Oct – question on location",
        ("other_job", SK, SK1, None, "direct", "en"),
        """Thank you for your email. I am travelling until 14 October with limited access to email. For urgent matters, please contact my assistant Louise Dahl (lodh@skovgaardline.com).

Best regards,
Søren Holm
VP Logistics Northern Europe, Skovgaard Line A/S""",
    ),
]
