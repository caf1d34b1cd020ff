# ruff: noqa: E501
"""The ordinary inbox and job-adjacent mail of the twenty-second corpus (a tuning corpus)."""

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

GMT, BST = "+0000", "+0100"
ME2 = "Harriet Okonjo-Price <harriet.okp@fastmail.co.uk>"
AQ = "Aster & Quay"
DCS = "Director of Customer Strategy"
BE = "Brightwater Energy"
HSP = "Head of Strategy & Planning"
KC = "Kingsmere College London"
HSI = "Head of Strategy and Insight"
GARETH = "Gareth Lyle <garethlyle71@hotmail.co.uk>"

JOBS: list[dict[str, Any]] = [
    # 23 Aster & Quay (Oracle Recruiting Cloud), forwarded confirmation, ghosted
    m(
        "22301",
        "2026-03-23 07:55",
        ME2,
        "Fwd: Thank you for your application",
        ("confirmation", AQ, DCS, 23, "oracle", "en"),
        text="""note to self - applied from the work laptop, forwarding so it's in one place

---------- Forwarded message ---------
From: Aster & Quay Group Careers <careers-noreply@ejmu.fa.em2.oraclecloud.com>
Date: Sun, 22 Mar 2026 at 22:41
Subject: Thank you for your application
To: <harriet.okonjo-price@worksmail.example>

Dear Harriet,

Thank you for applying for the Director of Customer Strategy position (Requisition 4417) at
Aster & Quay Group Services Limited. Aster & Quay is the holding company of Quay Street
Opticians and Aster Hearing.

We will review your application and contact you if your experience matches our requirements.

Regards,
Talent Acquisition
""",
        tz=GMT,
    ),
    # 24 Brightwater Energy via Reed, hiring manager from hotmail
    m(
        "22302",
        "2026-05-18 12:04",
        "reed.co.uk <noreply@reed.co.uk>",
        "Your application has been sent",
        ("confirmation", BE, HSP, 24, "other", "en"),
        text="""Hi Harriet,

Good news - your application for Head of Strategy & Planning has been sent to Brightwater
Energy Ltd.

Salary: GBP 110,000 - 125,000 per annum
Location: London Bridge

What happens next? The recruiter will review your CV. You can see all your applications in
your reed.co.uk account.

Good luck!
The reed.co.uk team
""",
        tz=BST,
    ),
    m(
        "22303",
        "2026-05-21 22:17",
        GARETH,
        "your CV",
        ("interview", BE, HSP, 24, "direct", "en"),
        text="""Hi Harriet

Sorry for writing from my personal email, our HR system is a bit of a black hole. I'm the
hiring manager for the strategy role you applied for. Would be good to have an informal chat
before we do anything formal - could you do Thursday around 5.30? Happy to do it by phone.

Gareth

Gareth Lyle
Chief Strategy Officer, Brightwater Energy
""",
        tz=BST,
    ),
    m(
        "22304",
        "2026-05-22 07:02",
        GARETH,
        "RE: your CV",
        ("interview", BE, HSP, 24, "direct", "en"),
        text="""Perfect, I'll ring you at 5.30. Speak then.

G

Sent from Outlook for iOS
""",
        **reply("22303", "garethlyle71@hotmail.co.uk"),
        tz=BST,
    ),
    m(
        "22305",
        "2026-06-10 20:30",
        GARETH,
        "catching up",
        ("rejection", BE, HSP, 24, "direct", "en"),
        text="""Hi Harriet

Wanted to tell you myself rather than via HR. The board has frozen new senior hires until after
the rate review, and when it unfreezes we'll probably restructure the team, so I can't take
things forward with you. Genuinely sorry - I'd have liked to work with you. Keep in touch.

Gareth
""",
        tz=BST,
    ),
    # 25 Kingsmere College London (Oleeo), ghosted after interview
    m(
        "22306",
        "2026-05-02 16:40",
        "Kingsmere College London <noreply@kingsmere.tal.net>",
        "Kingsmere College London: Application Received",
        ("confirmation", KC, HSI, 25, "other", "en"),
        text="""Dear Harriet Okonjo-Price,

Thank you for your application for the post of Head of Strategy and Insight (Ref. 026711,
Grade 9, Strategy, Planning & Analytics directorate).

Applications will be reviewed after the closing date. We are committed to equality, diversity
and inclusion and welcome applications from all sections of the community.

Kingsmere College London - HR Resourcing
""",
        tz=BST,
    ),
    m(
        "22307",
        "2026-05-26 11:22",
        "Hannah Quist <hannah.quist@kingsmere.ac.uk>",
        "Ref 026711 - invitation to interview",
        ("interview", KC, HSI, 25, "direct", "en"),
        text="""Dear Harriet,

Further to your application, the panel would like to invite you to interview on Tuesday 9 June
at 14:00 (Strand campus, Room K2.31). The panel: Prof. Amelia Roche (Vice-Principal, Strategy),
Simon Akande (Director of Planning) and myself. You will be asked to give a ten-minute
presentation on "Using data to shape the College's 2030 portfolio".

Please confirm by reply.

Best wishes,
Hannah Quist, HR Business Partner
""",
        tz=BST,
    ),
    m(
        "22308",
        "2026-05-26 15:03",
        "Hannah Quist <hannah.quist@kingsmere.ac.uk>",
        "RE: Ref 026711 - invitation to interview",
        ("interview", KC, HSI, 25, "direct", "en"),
        text="""Thank you Harriet, that's confirmed. Visitor pass will be at the Strand reception.

Hannah
""",
        **reply("22307", "hannah.quist@kingsmere.ac.uk"),
        tz=BST,
    ),
    # alerts
    m(
        "22320",
        "2026-02-03 07:01",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        '30+ new jobs for "head of product strategy" in London',
        ("alert", None, None, None, "linkedin", "en"),
        text="""Your job alert for head of product strategy in London, England, United Kingdom

Head of Product Strategy - Beacon Mutual - London (Hybrid) - Be an early applicant
Director, Strategy & Planning - Tannery Row Media - London
Senior Product Strategy Manager - Oakline Telecom - Reading
Product Strategy Lead - Kitestring - London (Remote)

See all jobs

You are receiving Job Alert emails. Manage job alerts | Unsubscribe
LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2
""",
        tz=GMT,
    ),
    m(
        "22321",
        "2026-03-10 07:02",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "Director of Product: Castlemere Insurance and 11 more",
        ("alert", None, None, None, "linkedin", "en"),
        text="""Your job alert for director of product in London

Director of Product, Claims - Castlemere Insurance - London
Director of Product - Fernleigh Bank - Leeds (Hybrid)
VP Product - Silverpath - London

See all jobs
""",
        tz=GMT,
    ),
    m(
        "22322",
        "2026-02-20 06:30",
        "jobs.ac.uk <alerts@jobs.ac.uk>",
        "Your jobs.ac.uk job alert: 6 new jobs",
        ("alert", None, None, None, "other", "en"),
        text="""Hi Harriet,

6 new jobs match your alert "Strategy / Planning - London":

Director of Strategic Planning - University of Southwark - GBP 98,000 to 110,000
Head of Strategy and Insight - Kingsmere College London - Grade 9
Deputy Director, Planning - Thameside University - Grade 10
Strategy Manager - London School of Design - GBP 58k

View all jobs: https://www.jobs.ac.uk/search
""",
        tz=GMT,
    ),
    m(
        "22323",
        "2026-04-20 06:31",
        "jobs.ac.uk <alerts@jobs.ac.uk>",
        "Your jobs.ac.uk job alert: 3 new jobs",
        ("alert", None, None, None, "other", "en"),
        text="""Hi Harriet,

3 new jobs match your alert "Strategy / Planning - London":

Head of Strategy and Insight - Kingsmere College London - Grade 9
Director of Transformation - St Aldric's University - Competitive
Business Partner (Strategy) - University of Clerkenwell - Grade 8

Manage alerts | jobs.ac.uk
""",
        tz=BST,
    ),
    m(
        "22324",
        "2026-03-01 18:00",
        "NHS Jobs <noreply@jobs.nhs.uk>",
        "New jobs matching your saved search",
        ("alert", None, None, None, "other", "en"),
        text="""Dear Harriet

There are 4 new jobs that match your saved search "Band 8c/8d strategy London":

Associate Director of Strategy - St Hilda's Hospital NHS Trust - Band 8d
Head of Digital Transformation Strategy - Barnsworth and Kell NHS FT - Band 8c (closed)
Head of Planning - North Thames ICB - Band 8c

NHS Jobs
""",
        tz=GMT,
    ),
    m(
        "22325",
        "2026-04-07 09:14",
        "Indeed <alert@indeed.com>",
        "Senior Strategy Manager at Tallow Street Group and 14 more new jobs",
        ("alert", None, None, None, "indeed", "en"),
        text="""New jobs for senior strategy manager in London

Senior Strategy Manager - Tallow Street Group - London EC1 - Easily apply
Strategy Director - Mossgiel Hotels - London - GBP 120,000
Head of Strategy - Carrow & Finch - London

Edit this job alert | Unsubscribe
""",
        tz=BST,
    ),
    m(
        "22326",
        "2026-02-25 10:00",
        "Verity Careers <veritybank@myworkday.com>",
        "Don't forget to finish your application",
        ("alert", "Verity Bank", None, None, "workday", "en"),
        text="""Hi Harriet,

You started an application for Head of Proposition - Mortgages but haven't submitted it yet.
Pick up where you left off: https://veritygroup.wd3.myworkdayjobs.com/VerityCareers

Verity Careers
""",
        tz=GMT,
    ),
    m(
        "22327",
        "2026-03-07 12:00",
        "Harcourt Vale Group Talent Community <talent@harcourtvale.com>",
        "Welcome to the Harcourt Vale Group Talent Community",
        ("alert", "Larkfield Home", None, None, "direct", "en"),
        text="""Hi Harriet,

Thanks for joining our Talent Community. We'll send you roles across Larkfield Home, Larkfield
Outlet and Hestia Kitchens that match your interests, plus news from around the Group.

Harcourt Vale Group Talent
""",
        tz=GMT,
    ),
    m(
        "22328",
        "2026-06-15 08:15",
        "Civil Service Jobs <noreply@csjobs.cabinetoffice.gov.uk>",
        "Job alert: 5 new vacancies",
        ("alert", None, None, None, "other", "en"),
        text="""Dear Harriet Okonjo-Price,

5 new vacancies match your saved search "Grade 6 strategy London":

Deputy Director, Consumer Strategy - HM Treasury
Head of Strategy - Department for Culture, Media and Sport
Grade 6 Policy and Strategy Lead - Ofgem

Civil Service Jobs
""",
        tz=BST,
    ),
    m(
        "22329",
        "2026-05-04 07:45",
        "Totaljobs <jobs@alerts.totaljobs.com>",
        "Harriet, 9 new jobs you may like",
        ("alert", None, None, None, "other", "en"),
        text="""Jobs picked for you

Head of Commercial Strategy - GBP 95k - 110k - Pellham Water - Reading
Head of Strategy & Planning - Brightwater Energy Ltd - London Bridge
Strategy Director - Marlow Group - London

Totaljobs
""",
        tz=BST,
    ),
    # outreach
    m(
        "22340",
        "2026-02-11 17:26",
        "Mark Ellery via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Chief Product Officer opportunity - scale-up fintech",
        ("outreach", "Fernleigh Bank", "Chief Product Officer", None, "linkedin", "en"),
        text="""Mark Ellery
Talent Acquisition Lead at Fernleigh Bank

Hi Harriet, I lead hiring at Fernleigh Bank and we're looking for our first Chief Product
Officer as we move from a savings-only bank to current accounts. Your background at the
intersection of product and strategy caught my eye. Would you be open to a conversation?

Reply | Not interested

This is a LinkedIn Recruiter InMail. You are receiving InMail notification emails.
""",
        tz=GMT,
    ),
    m(
        "22341",
        "2026-03-30 09:12",
        "Olivia Strand <olivia@hartwoodsearch.co.uk>",
        "Quick question",
        ("outreach", None, "Strategy Director", None, "agency", "en"),
        text="""Hi Harriet,

Are you open to hearing about a Strategy Director role with a leading leisure and hospitality
business? I'm not able to name them yet but happy to share more on a call. Base c. 140k.

Best,
Olivia Strand
Hartwood Search
""",
        tz=BST,
    ),
    m(
        "22342",
        "2026-05-20 14:20",
        "Ben Mayhew via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Harriet, a role you might like",
        ("outreach", "Silverpath", "VP Product", None, "linkedin", "en"),
        text="""Ben Mayhew
Senior Recruiter at Silverpath

Hi Harriet - we're hiring a VP Product to lead our consumer app (3m users, London). Would love
to share more if you're open to it.

Reply | Not interested
""",
        tz=BST,
    ),
    m(
        "22343",
        "2026-07-08 10:30",
        "Tobias Krane <tobias.krane@steerwell.com>",
        "Congratulations - and a thought for later",
        ("outreach", None, None, None, "agency", "en"),
        text="""Hi Harriet,

Saw the news about Castlemere - congratulations. I won't try to tempt you now, but we place
a lot of senior product leaders in insurance and I'd love to keep in touch for when you build
out your team, or for your next move in a couple of years.

Tobias Krane, Steerwell Executive Search
""",
        tz=BST,
    ),
    # other job mail
    m(
        "22350",
        "2026-02-09 21:02",
        "Harcourt Vale Group <harcourtvale@myworkday.com>",
        "Verify your candidate account",
        ("other_job", "Larkfield Home", None, None, "workday", "en"),
        text="""Hi Harriet,

Use the link below to verify the email address for your Harcourt Vale Group candidate account:
https://harcourtvale.wd3.myworkdayjobs.com/verify?token=98af2

This link expires in 24 hours.
""",
        tz=GMT,
    ),
    m(
        "22351",
        "2026-02-14 11:58",
        "Meridian Rail Careers <meridianrail@taleo.net>",
        "Meridian Rail Holdings - your user name",
        ("other_job", "Meridian Rail Holdings", None, None, "taleo", "en"),
        text="""Hello,

Your user name for the Meridian Rail Holdings career section is: harriet.okp

If you did not request this, please ignore this message.
""",
        tz=GMT,
    ),
    m(
        "22352",
        "2026-04-30 12:00",
        "NHS Jobs <noreply@trac.jobs>",
        "Tell us about your experience of applying",
        ("other_job", "Barnsworth and Kell NHS Foundation Trust", None, None, "other", "en"),
        text="""Dear Harriet

Barnsworth and Kell NHS Foundation Trust would like to hear about your recent experience as
an applicant. The survey takes 3 minutes and is anonymous:
https://apps.trac.jobs/survey/bk-2615

Thank you
""",
        tz=BST,
    ),
    m(
        "22353",
        "2026-03-31 09:01",
        "Rupert Cavell <rupert.cavell@aldgatepartners.co.uk>",
        "Automatic reply: CV - Harriet Okonjo-Price",
        ("other_job", None, None, None, "agency", "en"),
        text="""Thank you for your email. I am out of the office until Tuesday 7 April with limited
access to email. For anything urgent please contact Jess Blair on 020 7946 0301.

Rupert
""",
        tz=BST,
    ),
    m(
        "22354",
        "2026-03-27 08:00",
        "Fennick <no-reply@greenhouse.io>",
        "How did we do? Share feedback on your Fennick interviews",
        ("other_job", "Fennick Payments", None, None, "greenhouse", "en"),
        text="""Hi Harriet,

We're always looking to improve our candidate experience. Would you take two minutes to share
feedback on your interviews with Fennick? Your answers are anonymous.

https://app.greenhouse.io/survey/candidate/fennick/29a1

Thank you!
""",
        tz=GMT,
    ),
    m(
        "22355",
        "2026-05-12 08:00",
        "Civil Service Jobs <noreply@csjobs.cabinetoffice.gov.uk>",
        "Your Civil Service Jobs account: security code",
        ("other_job", None, None, None, "other", "en"),
        text="""Your security code is 481920. It expires in 15 minutes.

If you did not try to sign in, you can ignore this email.

Civil Service Jobs
""",
        tz=BST,
    ),
    m(
        "22356",
        "2026-06-30 16:45",
        "Castlemere IT <servicedesk@castlemere.co.uk>",
        "Your Castlemere account is ready",
        ("other_job", "Castlemere Insurance", None, None, "direct", "en"),
        text="""Hello Harriet,

Your network account has been created ahead of your start date. Username: hokonjoprice
You will be asked to set a password and register MFA on your first morning.

Castlemere Service Desk
""",
        tz=BST,
    ),
]

MUM = "Grace Okonjo <grace.okonjo@btinternet.com>"
SIS = "Tola Okonjo <tola.okonjo@gmail.com>"
DAN = "Dan Price <dan.price.home@gmail.com>"
BOOK = "Fiona Hart <fiona.hart@outlook.com>"
AMELIE = "Amélie Roux <amelie.roux@orange.fr>"


def n(
    key: str,
    date: str,
    frm: str,
    subject: str,
    text: str,
    tz: str = GMT,
    lang: str = "en",
    **kw: Any,
) -> dict[str, Any]:
    """A message that is not about jobs."""
    return m(key, date, frm, subject, ("not_job", lang), text=text, tz=tz, **kw)


HOME: list[dict[str, Any]] = [
    n(
        "22400",
        "2026-02-02 08:12",
        "Octopus Energy <hello@octopus.energy>",
        "Your February statement is ready",
        "Hi Harriet,\n\nYour latest statement is ready. Balance: GBP 42.18 in credit.\nYour Direct Debit of GBP 156.00 will be collected on 12 February.\n\nView it in your account: https://octopus.energy/dashboard\n\nOctopus Energy",
    ),
    n(
        "22401",
        "2026-02-02 19:40",
        MUM,
        "Sunday lunch",
        "Hello darling,\n\nAre you and Dan coming on Sunday? Auntie Bisi will be here, and I'm doing the jollof and the roast because your father cannot decide. Bring Ayo's football boots, he left them in the car.\n\nLove Mum x",
    ),
    n(
        "22402",
        "2026-02-03 12:02",
        "Amazon.co.uk <auto-confirm@amazon.co.uk>",
        "Your Amazon.co.uk order #204-5531870-1182734",
        "Hello Harriet,\n\nThank you for your order. We'll let you know when your item has dispatched.\n\nAnker USB-C hub 7-in-1  GBP 34.99\nArriving: Thursday 5 February\n\nAmazon.co.uk",
    ),
    n(
        "22403",
        "2026-02-04 09:30",
        "Kendal & Moss Lettings <lettings@kendalmoss.co.uk>",
        "Your tenancy application - 14 Aldridge Road, W11",
        "Dear Harriet and Daniel,\n\nThank you for your application for 14 Aldridge Road. The landlord has accepted your offer of GBP 3,150 pcm subject to referencing. You will shortly receive an email from Goodlord to complete your references and pay the holding deposit.\n\nKind regards,\nSara Ibe, Lettings Negotiator\nKendal & Moss",
    ),
    n(
        "22404",
        "2026-02-04 10:02",
        "Goodlord <no-reply@goodlord.co>",
        "Action needed: complete your referencing application",
        "Hi Harriet,\n\nKendal & Moss have asked you to complete a referencing application for 14 Aldridge Road, London W11. We'll need your employer details, an employer reference, 3 months of payslips and your previous landlord.\n\nStart now: https://app.goodlord.co/reference/9f31\n\nGoodlord",
    ),
    n(
        "22405",
        "2026-02-05 18:20",
        "Royal Mail <no-reply@royalmail.com>",
        "Your item is on its way",
        "Your item from AMAZON EU SARL will be delivered today.\nTracking number: FB 4819 2281 5GB\n\nRoyal Mail",
    ),
    n(
        "22406",
        "2026-02-06 07:00",
        "The Product Strategy Letter <hello@productstrategyletter.com>",
        "How the best CPOs interview their teams",
        "This week: we asked twelve chief product officers how they interview senior product hires. The answers ranged from 'I only ask one question' to six-stage case processes.\n\nAlso: why pricing teams are the new growth teams, and three job moves we noticed.\n\nRead online | Unsubscribe",
    ),
    n(
        "22407",
        "2026-02-08 21:15",
        SIS,
        "photos from Saturday!!",
        "Here you go, the ones from the restaurant. You look amazing in the green one, use it for LinkedIn honestly.\n\nT xx",
        attach=[("IMG_4412.jpg", "image/jpeg", "jpegdata")],
    ),
    n(
        "22408",
        "2026-02-09 08:40",
        "Verity Bank <alerts@verity.co.uk>",
        "Your statement is ready",
        "Hi Harriet,\n\nYour Verity Everyday Current Account statement for January is now available in the app.\n\nVerity Bank is a trading name of Verity Banking Group plc.",
    ),
    n(
        "22409",
        "2026-02-10 13:10",
        "Harbour Card <applications@harbourcard.co.uk>",
        "Your credit card application",
        "Dear Ms Okonjo-Price,\n\nThank you for applying for the Harbour Cashback Credit Card. Good news - your application has been approved with a credit limit of GBP 8,500. Your card will arrive within 5 working days.\n\nHarbour Card Services",
    ),
    n(
        "22410",
        "2026-02-11 19:05",
        DAN,
        "Re: flat",
        "Goodlord forms done on my side. Did you get your employer reference sorted? Ask Mei not HR, HR take weeks.\n\nx",
        **reply("22403", "lettings@kendalmoss.co.uk"),
    ),
    n(
        "22411",
        "2026-02-12 09:00",
        "Trainline <auto-confirm@info.trainline.com>",
        "Your tickets: London Euston to Milton Keynes Central",
        "Booking reference: TRK8XQ2\nThursday 12 March 2026\nLondon Euston 11:23 -> Milton Keynes Central 11:54\nOff-Peak Return, 1 adult, GBP 31.40\n\nYour eTickets are in the app.",
    ),
    n(
        "22412",
        "2026-02-13 17:45",
        "Deliveroo <noreply@t.deliveroo.com>",
        "Your order from Dishoom is on its way",
        "Your rider Ahmed is on the way with your order from Dishoom Kensington.\nEstimated arrival: 19:15\n\nOrder total: GBP 46.30",
    ),
    n(
        "22414",
        "2026-02-15 10:30",
        "Regent's Park Business School <admissions@rpbs.ac.uk>",
        "Application received: Executive Certificate in Pricing Strategy",
        "Dear Harriet,\n\nThank you for your application to the Executive Certificate in Pricing Strategy (September 2026 cohort). Our admissions committee reviews applications on a rolling basis and will contact you within four weeks. An interview with the programme director may be required.\n\nExecutive Education Admissions",
    ),
    n(
        "22415",
        "2026-02-16 12:00",
        "Wavecrest Gyms <hello@wavecrestgyms.co.uk>",
        "An exclusive offer for you, Harriet",
        "Come back to Wavecrest! Rejoin this month and pay no joining fee, plus 50% off your first three months. Offer ends 28 February.\n\nWavecrest Gyms - part of Northgate Leisure plc\nUnsubscribe",
    ),
    n(
        "22416",
        "2026-02-17 20:30",
        BOOK,
        "Book club - March pick",
        "Hi all,\n\nMarch is at mine (Thursday 19th). We're reading 'The Safekeep'. Bring wine, I'll do food. Harriet, you said you'd pick April - no pressure!\n\nFi",
    ),
    n(
        "22417",
        "2026-02-18 08:05",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Congratulate Sam Whitaker on their new job",
        "Sam Whitaker started a new position as Head of Product at Fernleigh Bank.\n\nSay congrats\n\nLinkedIn",
    ),
    n(
        "22418",
        "2026-02-18 14:22",
        "Kensington Park Surgery <noreply@accurx.com>",
        "Appointment confirmed",
        "Dear Harriet,\n\nYour appointment with Dr Shah is confirmed for Tuesday 24 February at 08:40 at Kensington Park Surgery. Please arrive 5 minutes early.\n\nTo cancel reply CANCEL.",
        ics={
            "start": "2026-02-24 08:40:00 +0000",
            "minutes": 10,
            "organizer": ("Kensington Park Surgery", "noreply@accurx.com"),
            "uid": "accurx-ap-918273",
            "summary": "GP appointment - Dr Shah",
            "location": "Kensington Park Surgery, 2 Elgin Crescent",
        },
    ),
    n(
        "22419",
        "2026-02-19 11:11",
        "Monzo <help@monzo.com>",
        "Your savings pot hit its target",
        "Nice one Harriet! Your 'Deposit' pot has reached GBP 10,000.\n\nMonzo",
    ),
    n(
        "22420",
        "2026-02-20 09:33",
        "Kendal & Moss Lettings <lettings@kendalmoss.co.uk>",
        "Offer accepted - move-in date",
        "Dear Harriet and Daniel,\n\nReferencing is complete and the landlord is delighted to confirm. Your move-in date is Saturday 28 March. Please sign the tenancy agreement, which will arrive via DocuSign shortly.\n\nSara",
    ),
    n(
        "22421",
        "2026-02-20 09:50",
        "Kendal & Moss via DocuSign <dse_na3@docusign.net>",
        "Please DocuSign: Assured Shorthold Tenancy - 14 Aldridge Road",
        "Sara Ibe sent you a document to review and sign.\n\nREVIEW DOCUMENT\n\nPlease sign the tenancy agreement by 27 February.\n\nDo Not Share This Email",
    ),
    n(
        "22422",
        "2026-02-21 16:00",
        "Podcast: Product Voices <bookings@productvoices.fm>",
        "Interview request - Product Voices podcast",
        "Hi Harriet,\n\nI host Product Voices, a weekly podcast for product leaders (about 18k listeners). I loved your talk at ProductTank on pricing experiments and would love to interview you for a 40-minute episode. Recording is remote, any time in March.\n\nBest,\nJonah Field",
    ),
    n(
        "22423",
        "2026-02-22 10:10",
        "Ocado <customerservices@ocado.com>",
        "Your Ocado order is confirmed",
        "Delivery: Monday 23 February, 07:00-08:00\nOrder total: GBP 112.44\nYou can edit your order until 22:00 tonight.",
    ),
    n(
        "22424",
        "2026-02-23 07:15",
        "The Times <newsletters@thetimes.co.uk>",
        "Red Box: hiring freeze in Whitehall",
        "Good morning. The Treasury has told departments to cap senior recruitment until the spending review, our political editor reports. Also: why ministers keep interviewing for jobs that don't exist.\n\nThe Times",
    ),
    n(
        "22425",
        "2026-02-25 21:05",
        "Tola Okonjo <tola.okonjo@gmail.com>",
        "Re: photos from Saturday!!",
        "Haha ok fine. How did the interview go btw? Mum says you had a big one this week. Call me!!",
        **reply("22407", "tola.okonjo@gmail.com"),
    ),
    n(
        "22426",
        "2026-02-26 08:00",
        "Ryanair <itinerary@ryanair.com>",
        "Your booking confirmation - LGW to DUB",
        "Reservation: Q7KD2L\nWednesday 4 March: London Gatwick 07:05 -> Dublin 08:25\nFriday 6 March: Dublin 19:40 -> London Gatwick 21:00\n1 adult, priority & 2 cabin bags\n\nCheck in online from 24 hours before.",
    ),
    n(
        "22427",
        "2026-02-27 12:30",
        "HMRC <noreply@notifications.hmrc.gov.uk>",
        "Your Self Assessment return has been received",
        "Dear Harriet Okonjo-Price\n\nWe have received your tax return for the year ending 5 April 2025. You can view your calculation in your online account.\n\nHM Revenue and Customs",
    ),
    n(
        "22428",
        "2026-03-01 19:00",
        MUM,
        "Re: Sunday lunch",
        "Thank you for coming darling. Your father says good luck with the job. He still doesn't know what a product strategy is, nor do I, but we are proud.\n\nMum x",
        **reply("22401", "grace.okonjo@btinternet.com"),
    ),
    n(
        "22429",
        "2026-03-02 09:20",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Your post is getting noticed",
        "Harriet, your post 'Returns are a product' has 412 reactions and 57 comments.\n\nSee who reacted\n\nLinkedIn",
    ),
    n(
        "22430",
        "2026-03-03 11:00",
        "Mind the Product <events@mindtheproduct.com>",
        "Webinar: How to hire senior PMs in 2026",
        "You're registered! Join us Thursday 12 March, 17:00 GMT for a live panel on hiring and interviewing senior product managers.\n\nAdd to calendar attached.",
        ics={
            "start": "2026-03-12 17:00:00 +0000",
            "minutes": 60,
            "organizer": ("Mind the Product", "events@mindtheproduct.com"),
            "uid": "mtp-webinar-0312",
            "summary": "Webinar: How to hire senior PMs in 2026",
            "location": "https://zoom.us/webinar/88120",
        },
    ),
    n(
        "22431",
        "2026-03-04 06:12",
        "Ryanair <itinerary@ryanair.com>",
        "Your boarding pass",
        "Your boarding pass for FR117 London Gatwick to Dublin is attached. Gate closes 30 minutes before departure.",
    ),
    n(
        "22432",
        "2026-03-05 22:00",
        "The Dean Hotel <reservations@thedean.ie>",
        "Your stay at The Dean",
        "Thank you for staying with us, Harriet. Your receipt: 2 nights, EUR 418.00. We hope to see you again in Dublin.",
    ),
    n(
        "22433",
        "2026-03-07 10:15",
        "Uber <noreply@uber.com>",
        "Your Saturday morning trip with Uber",
        "Total GBP 18.40\nTrip from Ladbroke Grove to King's Cross\nThanks for riding, Harriet",
    ),
    n(
        "22434",
        "2026-03-08 14:02",
        "Fiona Hart <fiona.hart@outlook.com>",
        "Re: Book club - March pick",
        "Great, Harriet's April pick is 'Intermezzo'. Thank you!!",
        **reply("22416", "fiona.hart@outlook.com"),
    ),
    n(
        "22435",
        "2026-03-09 08:00",
        "Sifted <newsletter@sifted.eu>",
        "Europe's startups are hiring again",
        "After two years of layoffs, European scale-ups are back hiring product and go-to-market roles. We look at who is hiring, and what candidates are being asked in interviews.\n\nSifted Daily",
    ),
    n(
        "22436",
        "2026-03-10 19:32",
        DAN,
        "removals",
        "Got 3 quotes. Cheapest is Bishop's Move 1,240 for the Saturday. Shall I book? Also your mum wants to help pack, I said yes, sorry.\n\nD",
    ),
    n(
        "22437",
        "2026-03-11 12:00",
        "John Lewis <orders@johnlewis.co.uk>",
        "Order confirmation 71203394",
        "Thanks for your order, Harriet.\n\nJohn Lewis ANYDAY Pocket Sprung Mattress, King - GBP 499.00\nDelivery: Saturday 28 March",
    ),
    n(
        "22438",
        "2026-03-12 21:40",
        "Tola Okonjo <tola.okonjo@gmail.com>",
        "how did it go???",
        "Milton Keynes!! Tell me everything. Did they like the slides?",
    ),
    n(
        "22439",
        "2026-03-13 09:30",
        "Castlemere Insurance <renewals@castlemere.co.uk>",
        "Your car insurance renewal",
        "Dear Ms Okonjo-Price,\n\nYour Castlemere Motor policy CM-77210938 renews on 1 April. Your renewal price is GBP 612.40. If you do nothing, we'll renew automatically.\n\nCastlemere Insurance",
    ),
    n(
        "22440",
        "2026-03-14 11:20",
        "Hartwell Borough Council <counciltax@hartwell.gov.uk>",
        "Your council tax bill 2026/27",
        "Dear Occupier,\n\nYour council tax bill for 2026/27 is available in your online account. Band D: GBP 2,019.44, payable in 10 instalments from 1 April.\n\nHartwell Borough Council",
    ),
    n(
        "22441",
        "2026-03-15 17:00",
        "Airbnb <automated@airbnb.com>",
        "Reservation confirmed - Amsterdam",
        "Pack your bags! You're going to Amsterdam.\nCanal house studio, Jordaan\nCheck-in: Fri 3 April, Check-out: Mon 6 April\nHost: Maartje",
    ),
    n(
        "22442",
        "2026-03-16 10:05",
        "Jonah Field <jonah@productvoices.fm>",
        "Re: Interview request - Product Voices podcast",
        "Brilliant - Tuesday 31 March at 2pm it is. I'll send a Riverside link for the interview recording and a list of questions a week before.\n\nJonah",
        **reply("22422", "bookings@productvoices.fm"),
    ),
    n(
        "22443",
        "2026-03-17 08:45",
        "Regent's Park Business School <admissions@rpbs.ac.uk>",
        "Your application: interview invitation",
        "Dear Harriet,\n\nThe Programme Director would like to meet you for a short admissions interview for the Executive Certificate in Pricing Strategy. Please choose a 20-minute slot here: https://rpbs.ac.uk/exec/interview\n\nExecutive Education Admissions",
    ),
    n(
        "22444",
        "2026-03-18 13:00",
        "Wise <noreply@wise.com>",
        "You sent EUR 418.00",
        "Your money is on its way to The Dean Hotel Dublin.\nYou sent: GBP 357.10\nThey receive: EUR 418.00",
    ),
    n(
        "22445",
        "2026-03-19 07:30",
        "Financial Times <FT@news.ft.com>",
        "FirstFT: FTSE 250 consumer groups under pressure",
        "Good morning. Pembrook Brands confirmed it is exploring a sale of its laundry division; shares rose 6 per cent. Plus: the boardroom interview that changed a chief executive's mind.\n\nFirstFT",
    ),
    n(
        "22446",
        "2026-03-21 09:00",
        "Ayo's school <office@stmarksprimary.org.uk>",
        "Year 3 trip to the Science Museum",
        "Dear Parents and Carers,\n\nYear 3 will visit the Science Museum on Friday 17 April. Please give consent and pay GBP 8 via ParentPay by 3 April.\n\nSt Mark's Primary School",
    ),
    n(
        "22447",
        "2026-03-22 18:30",
        "Amélie Roux <amelie.roux@orange.fr>",
        "Paris en avril ?",
        "Coucou Harriet !\n\nTu passes toujours à Paris en avril ? On pourrait dîner chez nous le jeudi, Julien fait son fameux gratin. Dis-moi vite !\n\nBisous,\nAmélie",
        tz="+0100",
        lang="fr",
    ),
    n(
        "22448",
        "2026-03-24 12:12",
        "Thames Water <noreply@thameswater.co.uk>",
        "Moving home? Let us know",
        "We've received notice that you're moving from 6 Lonsdale Road. Please give us a final meter reading on your moving day.",
    ),
    n(
        "22449",
        "2026-03-25 20:00",
        "Mumsnet <newsletter@mumsnet.com>",
        "Talk: returning to work after a career break - how do you handle the interview gap?",
        "This week's most-read threads: the interview question about career gaps, a school place appeal, and the great airfryer debate.\n\nMumsnet",
    ),
    n(
        "22450",
        "2026-03-26 10:30",
        "Barclaycard <alerts@barclaycard.co.uk>",
        "Your credit limit has been increased",
        "Good news, Harriet - we've increased your credit limit to GBP 12,000. You don't need to do anything. If you'd rather keep your current limit, let us know within 30 days.",
    ),
    n(
        "22451",
        "2026-03-28 08:00",
        "Bishop's Move <bookings@bishopsmove.com>",
        "Your move today",
        "Good morning! Your crew of 3 will arrive between 8:00 and 8:30 at 6 Lonsdale Road. Crew leader: Kev. Have a great move!",
    ),
    n(
        "22452",
        "2026-03-29 19:45",
        MUM,
        "new house!!",
        "Darling the flat is lovely. I've left the spare keys in the blue bowl and a lasagne in the fridge. Ayo can have the room with the window seat, he told me.\n\nMum x",
        tz=BST,
    ),
    n(
        "22453",
        "2026-03-31 15:40",
        "Riverside <noreply@riverside.fm>",
        "Recording complete: Product Voices with Harriet Okonjo-Price",
        "Your recording session has ended. Jonah Field will receive the local tracks within 30 minutes.\n\nRiverside",
        tz=BST,
    ),
    n(
        "22454",
        "2026-04-01 08:00",
        "Castlemere Insurance <renewals@castlemere.co.uk>",
        "Your policy has renewed",
        "Dear Ms Okonjo-Price, your Castlemere Motor policy has renewed. Your documents are in your online account.",
        tz=BST,
    ),
    n(
        "22455",
        "2026-04-02 09:10",
        "Eurostar <noreply@eurostar.com>",
        "Booking confirmed: London - Paris",
        "Booking reference: QPL7XZ\nThursday 9 April 2026: London St Pancras 07:01 -> Paris Gare du Nord 10:20\nSunday 12 April 2026: Paris Gare du Nord 18:13 -> London 19:30\nStandard Premier\n\nEurostar",
        tz=BST,
    ),
    n(
        "22456",
        "2026-04-03 16:00",
        "KLM <noreply@klm.com>",
        "Check in now for your flight to Amsterdam",
        "Dear Ms Okonjo-Price,\n\nOnline check-in for KL1008 London Heathrow - Amsterdam is now open. Departure 18:35.",
        tz=BST,
    ),
    n(
        "22457",
        "2026-04-04 12:00",
        "Amélie Roux <amelie.roux@orange.fr>",
        "Re: Paris en avril ?",
        "Super, jeudi soir alors ! Et bonne chance pour ton entretien de l'après-midi, tu vas les épater. On t'attend vers 20h.\n\nA.",
        tz="+0200",
        lang="fr",
        **reply("22447", "amelie.roux@orange.fr"),
    ),
    n(
        "22458",
        "2026-04-06 21:00",
        "Airbnb <automated@airbnb.com>",
        "Leave a review for Maartje",
        "How was your stay at Canal house studio, Jordaan? Your review helps hosts and guests.",
        tz=BST,
    ),
    n(
        "22459",
        "2026-04-07 09:00",
        "Octopus Energy <hello@octopus.energy>",
        "Welcome to your new home",
        "Hi Harriet, we've set up your supply at 14 Aldridge Road. Your first statement will arrive in May.",
        tz=BST,
    ),
    n(
        "22460",
        "2026-04-08 18:00",
        "Regent's Park Business School <admissions@rpbs.ac.uk>",
        "Offer of a place - Executive Certificate in Pricing Strategy",
        "Dear Harriet,\n\nWe are delighted to offer you a place on the Executive Certificate in Pricing Strategy, starting 21 September 2026. To accept, please pay the deposit of GBP 950 by 8 May.\n\nCongratulations!\nExecutive Education Admissions",
        tz=BST,
    ),
    n(
        "22461",
        "2026-04-10 07:30",
        "The Product Strategy Letter <hello@productstrategyletter.com>",
        "Offer season: how to negotiate your next product role",
        "This week: our guide to negotiating an offer as a senior PM - base, bonus, equity and the notice-period trap. Plus five companies hiring heads of product.\n\nUnsubscribe",
        tz=BST,
    ),
    n(
        "22462",
        "2026-04-11 11:00",
        "Le Bon Marché <newsletter@lebonmarche.com>",
        "Offre exclusive : -20 % ce week-end",
        "Profitez de -20 % sur une sélection de beauté ce week-end seulement, en magasin et en ligne.\n\nSe désinscrire",
        tz="+0200",
        lang="fr",
    ),
    n(
        "22463",
        "2026-04-13 09:45",
        "Tola Okonjo <tola.okonjo@gmail.com>",
        "birthday plans for mum",
        "Ok so her 65th is 23 May. I'm thinking Sunday lunch at that place in Peckham, 14 people. Can you do the cake? I'll do the card and the playlist obviously.",
        tz=BST,
    ),
    n(
        "22464",
        "2026-04-14 13:13",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "You appeared in 48 searches this week",
        "Harriet, you appeared in 48 searches this week. Recruiters from Castlemere Insurance, Fernleigh Bank and 5 others looked at profiles like yours.\n\nSee all searches | Try Premium free",
        tz=BST,
    ),
    n(
        "22465",
        "2026-04-15 20:20",
        DAN,
        "tonight",
        "How did the final go?? I'll pick up Ayo, take your time. Pizza?",
        tz=BST,
    ),
    n(
        "22466",
        "2026-04-16 10:00",
        "Kensington Park Surgery <noreply@accurx.com>",
        "Your blood test results",
        "Dear Harriet, your recent test results have been reviewed by Dr Shah. No further action is needed. You can view them in the NHS App.",
        tz=BST,
    ),
    n(
        "22467",
        "2026-04-18 12:00",
        "Zara <noreply@zara.com>",
        "Your order has been shipped",
        "Your order 51992031 is on its way. Estimated delivery: 21 April.",
        tz=BST,
    ),
    n(
        "22468",
        "2026-04-19 09:30",
        "Nationwide <mortgages@nationwide.co.uk>",
        "Your mortgage application: next steps",
        "Dear Harriet and Daniel,\n\nThank you for your Mortgage in Principle application. We're pleased to confirm we could lend up to GBP 720,000. This is not a formal offer. To proceed to a full application, you'll need a property and recent payslips - and let us know if either of you is changing jobs.\n\nNationwide Building Society",
        tz=BST,
    ),
    n(
        "22469",
        "2026-04-20 17:30",
        "Fiona Hart <fiona.hart@outlook.com>",
        "Re: Book club - March pick",
        "April is 16th at Harriet's new flat!! Address please x",
        tz=BST,
        **reply("22416", "fiona.hart@outlook.com"),
    ),
    n(
        "22470",
        "2026-04-22 08:00",
        "Sifted <newsletter@sifted.eu>",
        "The CPO shuffle: who moved where",
        "This week's people moves: Fernleigh Bank names a new CPO, Orbitline's head of growth leaves for a stealth startup, and Quillstone raises a seed extension.\n\nSifted",
        tz=BST,
    ),
    n(
        "22471",
        "2026-04-24 19:00",
        MUM,
        "!!!!",
        "TOLA TOLD ME. Director!! I am so proud of you. Your father has already told the whole church. Call me tonight.\n\nMum xxx",
        tz=BST,
    ),
    n(
        "22472",
        "2026-04-25 10:30",
        "Tesco <noreply@tesco.co.uk>",
        "Your Tesco Clubcard vouchers",
        "You have GBP 14.50 in Clubcard vouchers to spend. Use them in store or online before 31 October.",
        tz=BST,
    ),
    n(
        "22473",
        "2026-04-27 08:15",
        "Product Voices <bookings@productvoices.fm>",
        "Your episode is live!",
        "Hi Harriet, your interview is now live: 'Returns are a product - with Harriet Okonjo-Price'. Share it with your network!\n\nJonah",
        tz=BST,
    ),
    n(
        "22474",
        "2026-04-28 12:00",
        "UK Visas and Immigration <no-reply@homeoffice.gov.uk>",
        "Visa application received - reference GWF081231447",
        "Dear Grace Okonjo,\n\nWe have received your application for a Standard Visitor visa on behalf of Bisi Adeyemi. You will receive a decision within 3 weeks of the biometrics appointment.\n\nUK Visas and Immigration",
        tz=BST,
        to="Grace Okonjo <grace.okonjo@btinternet.com>, Harriet Okonjo-Price <harriet.okp@fastmail.co.uk>",
    ),
    n(
        "22475",
        "2026-04-29 21:10",
        "Tola Okonjo <tola.okonjo@gmail.com>",
        "Re: birthday plans for mum",
        "Booked for 12:30 on the 24th (Sunday), 14 people. Cake: mum likes lemon. Don't let her see the invoice.",
        tz=BST,
        **reply("22463", "tola.okonjo@gmail.com"),
    ),
    n(
        "22476",
        "2026-05-01 09:00",
        "Octopus Energy <hello@octopus.energy>",
        "Your May statement",
        "Hi Harriet, your statement is ready. Balance: GBP 12.04 in credit.",
        tz=BST,
    ),
    n(
        "22477",
        "2026-05-02 11:15",
        "Amazon.co.uk <shipment-tracking@amazon.co.uk>",
        "Dispatched: Intermezzo: A Novel",
        "Your package has been dispatched and will arrive Monday 4 May.",
        tz=BST,
    ),
    n(
        "22478",
        "2026-05-03 18:45",
        "Strava <no-reply@strava.com>",
        "Dan Price gave you kudos",
        "Dan Price gave you kudos on 'Sunday morning 10k in Holland Park'.",
        tz=BST,
    ),
    n(
        "22479",
        "2026-05-05 08:00",
        "The Times <newsletters@thetimes.co.uk>",
        "Money Mentor: how to negotiate a pay offer",
        "Our guide to negotiating a job offer, plus the best easy-access savings rates this week (Verity Bank tops the table at 4.6%).",
        tz=BST,
    ),
    n(
        "22480",
        "2026-05-06 12:40",
        "Harbour Card <statements@harbourcard.co.uk>",
        "Your statement is ready",
        "Statement balance: GBP 1,204.55. Minimum payment GBP 25.00 due 28 May.",
        tz=BST,
    ),
    n(
        "22481",
        "2026-05-08 15:00",
        "Joanna Pike <joanna.pike@harcourtvale.com>",
        "Coffee?",
        "Hi Harriet,\n\nI saw your news on LinkedIn - congratulations on Castlemere! No agenda at all, I'd just love to grab a coffee some time and hear about it. I'm near Kings Cross most Thursdays.\n\nJoanna",
        tz=BST,
    ),
    n(
        "22482",
        "2026-05-09 10:10",
        "Regent's Park Business School <finance@rpbs.ac.uk>",
        "Deposit received - thank you",
        "Dear Harriet, we have received your deposit of GBP 950. Your place on the Executive Certificate in Pricing Strategy is confirmed.",
        tz=BST,
    ),
    n(
        "22483",
        "2026-05-11 07:30",
        "Financial Times <FT@news.ft.com>",
        "FirstFT: Castlemere names new direct chief",
        "Good morning. Castlemere Group Holdings announced a reshuffle of its direct business. Also: Brightwater Energy freezes hiring ahead of rate review.",
        tz=BST,
    ),
    n(
        "22484",
        "2026-05-12 19:00",
        BOOK,
        "May book club",
        "Next one is at Priya's, 21 May. 'Orbital'. Harriet - loved the flat!!",
        tz=BST,
    ),
    n(
        "22485",
        "2026-05-14 09:20",
        "Kensington Park Surgery <noreply@accurx.com>",
        "Appointment reminder: Ayo Price",
        "Reminder: Ayo Price has an appointment with Nurse Kelly on Friday 15 May at 15:50 (vaccination).",
        tz=BST,
        ics={
            "start": "2026-05-15 15:50:00 +0100",
            "minutes": 10,
            "organizer": ("Kensington Park Surgery", "noreply@accurx.com"),
            "uid": "accurx-ap-991204",
            "summary": "Ayo Price - Nurse Kelly",
            "location": "Kensington Park Surgery",
        },
    ),
    n(
        "22486",
        "2026-05-16 13:00",
        "DPD <noreply@dpd.co.uk>",
        "Your DPD parcel is arriving today",
        "Your parcel from Hay's Bakery will be delivered between 13:42 and 14:42. Driver: Marcin.",
        tz=BST,
    ),
    n(
        "22487",
        "2026-05-18 08:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Harriet, congratulate 3 people on work anniversaries",
        "Joanna Pike - 5 years at Harcourt Vale Group\nNiamh Doyle - 2 years at Fennick\nRupert Cavell - 10 years at Aldgate Partners",
        tz=BST,
    ),
    n(
        "22488",
        "2026-05-19 21:30",
        DAN,
        "notice period",
        "Spoke to Rob about my own notice - 3 months, ugh. How did Mei take yours? x",
        tz=BST,
    ),
    n(
        "22489",
        "2026-05-21 10:00",
        "HSBC UK <noreply@hsbc.co.uk>",
        "Your loan application",
        "Dear Mr Price and Ms Okonjo-Price,\n\nThank you for applying for an HSBC Personal Loan of GBP 15,000. We're sorry, we can't offer you a loan at this time. This decision was based on information from your application and your credit file.\n\nHSBC UK",
        tz=BST,
        to="Dan Price <dan.price.home@gmail.com>, Harriet Okonjo-Price <harriet.okp@fastmail.co.uk>",
    ),
    n(
        "22490",
        "2026-05-22 11:30",
        "Hay's Bakery <orders@haysbakery.co.uk>",
        "Cake order confirmed",
        "Lemon drizzle celebration cake, 12 portions, 'Happy 65th Grace'. Collection: Saturday 23 May, 10:00. Paid: GBP 68.00.",
        tz=BST,
    ),
    n(
        "22491",
        "2026-05-25 09:00",
        MUM,
        "thank you",
        "My darlings thank you for the most wonderful lunch. The cake!! Bisi's visa came through too so she will be here in July.\n\nMum x",
        tz=BST,
    ),
    n(
        "22492",
        "2026-05-27 08:00",
        "The Product Strategy Letter <hello@productstrategyletter.com>",
        "Interview: the CPO who killed her own roadmap",
        "This week we interview Nadine Osei, CPO at Castlemere Insurance, about killing a two-year roadmap in her first month. Plus: we're hiring a part-time editor.",
        tz=BST,
    ),
    n(
        "22493",
        "2026-05-29 17:00",
        "Ticketmaster <customer@ticketmaster.co.uk>",
        "You got the tickets!",
        "Order 31-29871/UK: Sade - The O2, Saturday 18 July, 2 tickets, Block 104.",
        tz=BST,
    ),
    n(
        "22494",
        "2026-06-01 09:15",
        "Octopus Energy <hello@octopus.energy>",
        "Your June statement",
        "Hi Harriet, your statement is ready. Balance: GBP 3.10 in credit.",
        tz=BST,
    ),
    n(
        "22495",
        "2026-06-03 12:00",
        "Apple <no_reply@email.apple.com>",
        "Your receipt from Apple",
        "iCloud+ with 200 GB storage - GBP 2.99 / month\nOrder ID: MT9XQ21L",
        tz=BST,
    ),
    n(
        "22496",
        "2026-06-05 18:10",
        "Amélie Roux <amelie.roux@orange.fr>",
        "Félicitations !!",
        "Harriet ! Je viens de voir sur LinkedIn : directrice produit chez Castlemere ! Bravo ma belle. Tant pis pour Paris, on viendra te voir à Londres.\n\nBisous, A.",
        tz="+0200",
        lang="fr",
    ),
    n(
        "22497",
        "2026-06-07 10:00",
        "Nationwide <mortgages@nationwide.co.uk>",
        "Your Mortgage in Principle is about to expire",
        "Your Mortgage in Principle expires on 19 July. Start your full application online any time.",
        tz=BST,
    ),
    n(
        "22498",
        "2026-06-09 07:45",
        "TfL <noreply@tfl.gov.uk>",
        "Your contactless journey statement for May",
        "Total for May: GBP 142.60. View your journeys online.",
        tz=BST,
    ),
    n(
        "22499",
        "2026-06-11 20:00",
        BOOK,
        "June - summer social",
        "No book in June! Picnic in Holland Park on the 20th instead. Kids welcome.",
        tz=BST,
    ),
    n(
        "22500",
        "2026-06-12 09:00",
        "Ayo's school <office@stmarksprimary.org.uk>",
        "Sports Day - Wednesday 1 July",
        "Dear Parents and Carers, Sports Day will take place on Wednesday 1 July from 13:30 at Wormwood Scrubs. Picnics welcome.",
        tz=BST,
    ),
    n(
        "22501",
        "2026-06-14 11:00",
        "Deliveroo <noreply@t.deliveroo.com>",
        "Harriet, here's 25% off your next order",
        "Our exclusive offer: 25% off your next order over GBP 20. Ends Sunday.",
        tz=BST,
    ),
    n(
        "22502",
        "2026-06-16 13:30",
        "Wavecrest Gyms <hello@wavecrestgyms.co.uk>",
        "New swim school classes near you",
        "Wavecrest Swim Schools have new Saturday classes for ages 5-9 at Wavecrest Notting Hill. Book a free trial lesson.",
        tz=BST,
    ),
    n(
        "22503",
        "2026-06-18 08:00",
        "Sifted <newsletter@sifted.eu>",
        "Layoffs tracker: June",
        "The latest layoffs and hiring freezes across European tech, and which companies are still interviewing for senior roles.",
        tz=BST,
    ),
    n(
        "22504",
        "2026-06-19 16:30",
        "Verity Bank <alerts@verity.co.uk>",
        "Your new savings account is open",
        "Hi Harriet, your Verity Easy Access Saver is open and ready. Rate: 4.60% AER variable.",
        tz=BST,
    ),
    n(
        "22505",
        "2026-06-22 19:15",
        SIS,
        "leaving drinks?",
        "When are your leaving drinks?? I want to come and embarrass you.",
        tz=BST,
    ),
    n(
        "22506",
        "2026-06-24 12:00",
        "Mei Tan <mei.tan@worksmail.example>",
        "Your leaving do",
        "Hi Harriet, booked the back room at The Lamb for Thursday 2 July from 6pm. Card is going round. We'll miss you!\n\nMei",
        tz=BST,
    ),
    n(
        "22507",
        "2026-06-26 10:20",
        "Amazon.co.uk <auto-confirm@amazon.co.uk>",
        "Your Amazon.co.uk order #204-8812301-2292111",
        "Moleskine Classic Notebook, Large - GBP 19.99\nLamy Safari fountain pen - GBP 24.00\nArriving Sunday",
        tz=BST,
    ),
    n(
        "22508",
        "2026-06-29 08:00",
        "The Product Strategy Letter <hello@productstrategyletter.com>",
        "Your first 90 days as a product director",
        "This week: a practical playbook for your first 90 days in a new leadership role, from stakeholder interviews to your first roadmap review.",
        tz=BST,
    ),
    n(
        "22509",
        "2026-07-01 09:00",
        "Octopus Energy <hello@octopus.energy>",
        "Your July statement",
        "Hi Harriet, your statement is ready. You owe GBP 8.40; it'll be collected with your next Direct Debit.",
        tz=BST,
    ),
    n(
        "22510",
        "2026-07-03 10:00",
        "Mei Tan <mei.tan@worksmail.example>",
        "Thank you",
        "Lovely send-off last night. The team's card is in your bag - don't lose it! Good luck on Monday.\n\nMei",
        tz=BST,
    ),
    n(
        "22511",
        "2026-07-05 18:00",
        MUM,
        "first day tomorrow",
        "Good luck tomorrow my darling. Wear the blue jacket. Eat breakfast.\n\nMum x",
        tz=BST,
    ),
    n(
        "22512",
        "2026-07-07 08:05",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Your network congratulated you on your new role",
        "112 people congratulated you on starting as Director of Product, Personal Lines at Castlemere Insurance.",
        tz=BST,
    ),
    n(
        "22513",
        "2026-07-09 12:00",
        "Trainline <auto-confirm@info.trainline.com>",
        "Your tickets: London Paddington to Bath Spa",
        "Booking reference: TRQ92P\nSaturday 25 July, London Paddington 09:00 -> Bath Spa 10:27\n2 adults, 1 child",
        tz=BST,
    ),
    n(
        "22514",
        "2026-07-12 16:30",
        "Dan Price <dan.price.home@gmail.com>",
        "Bath",
        "Found a place near the Circus for the weekend, 2 nights, booking now unless you object. How's week one?",
        tz=BST,
    ),
    n(
        "22515",
        "2026-07-15 08:00",
        "Sifted <newsletter@sifted.eu>",
        "Why insurers are hiring product people",
        "Insurtech cooled, but incumbents are hiring product leaders from fintech and retail. We spoke to three recruiters about what they're looking for.",
        tz=BST,
    ),
    n(
        "22516",
        "2026-07-17 11:00",
        "Regent's Park Business School <exec@rpbs.ac.uk>",
        "Welcome pack: Executive Certificate in Pricing Strategy",
        "Dear Harriet, please find attached your pre-reading and timetable for the September cohort. Module 1 begins 21 September.",
        tz=BST,
        attach=[("Welcome_Pack_PricingStrategy.pdf", "application/pdf", "%PDF-1.4 wp")],
    ),
    n(
        "22517",
        "2026-07-19 10:40",
        "Ticketmaster <customer@ticketmaster.co.uk>",
        "How was Sade?",
        "Tell us about your experience at The O2 on 18 July.",
        tz=BST,
    ),
    n(
        "22518",
        "2026-07-22 20:10",
        SIS,
        "Re: leaving drinks?",
        "lol ok I missed it, but brunch Saturday to celebrate? My treat.",
        tz=BST,
        **reply("22505", "tola.okonjo@gmail.com"),
    ),
    n(
        "22519",
        "2026-07-27 09:00",
        "Airbnb <automated@airbnb.com>",
        "Your receipt from Bath",
        "Receipt for your stay: 2 nights, GBP 386.00. Thanks for travelling with Airbnb.",
        tz=BST,
    ),
    n(
        "22520",
        "2026-08-01 09:00",
        "Octopus Energy <hello@octopus.energy>",
        "Your August statement",
        "Hi Harriet, your statement is ready. Balance: GBP 19.72 in credit.",
        tz=BST,
    ),
    n(
        "22521",
        "2026-08-04 07:30",
        "Financial Times <FT@news.ft.com>",
        "FirstFT: Pembrook appoints new strategy chief",
        "Good morning. Pembrook Brands has named its head of investor relations as group strategy director. Also: Keizer Payments cuts 8 per cent of staff.",
        tz=BST,
    ),
    n(
        "22522",
        "2026-08-07 19:30",
        BOOK,
        "September pick",
        "Back on 17 September! Vote on the poll by Friday please.",
        tz=BST,
    ),
    n(
        "22523",
        "2026-08-10 12:00",
        "Bisi Adeyemi <bisi.adeyemi@yahoo.com>",
        "Thank you from Lagos",
        "My dear Harriet, thank you for hosting me. London was wonderful and Ayo is a fine young man. God bless your new job.\n\nAuntie Bisi",
        tz=BST,
    ),
    n(
        "22524",
        "2026-08-13 08:00",
        "The Product Strategy Letter <hello@productstrategyletter.com>",
        "Hiring in August: who's still recruiting",
        "Summer is slow for job seekers, but these 14 companies are still interviewing for senior product roles.",
        tz=BST,
    ),
]

MORE: list[dict[str, Any]] = [
    # 26 Kitestring, Lever, company only in the job URL
    m(
        "22600",
        "2026-02-07 23:10",
        "Talent Team <no-reply@hire.lever.co>",
        "Application received - Product Strategy Lead",
        ("confirmation", "Kitestring", "Product Strategy Lead", 26, "lever", "en"),
        text="""Hi Harriet,

Thanks for applying for the Product Strategy Lead role. We've received your application and
will review it shortly. We're a small team, so please bear with us.

Your application: https://jobs.lever.co/kitestring/4c1f0a2e-77b1-4d1a-9d3e-1b2c3d4e5f60

Best wishes,
The Talent Team
""",
        tz=GMT,
    ),
    m(
        "22601",
        "2026-03-04 10:02",
        "Talent Team <no-reply@hire.lever.co>",
        "Product Strategy Lead",
        ("rejection", "Kitestring", "Product Strategy Lead", 26, "lever", "en"),
        text="""Hi Harriet,

Thank you for your patience. We really enjoyed reading about your pricing work, and it was a
difficult decision, but we won't be progressing your application further. We'll keep your
details in mind as we grow.

All the best,
The Talent Team
https://jobs.lever.co/kitestring
""",
        tz=GMT,
    ),
    # 27 Fernleigh Bank: InMail outreach becomes an application, then withdrawn
    m(
        "22602",
        "2026-02-13 09:40",
        "Mark Ellery via LinkedIn <inmail-hit-reply@linkedin.com>",
        "RE: Chief Product Officer opportunity - scale-up fintech",
        ("interview", "Fernleigh Bank", "Chief Product Officer", 27, "linkedin", "en"),
        text="""Mark Ellery
Talent Acquisition Lead at Fernleigh Bank

Thanks Harriet, great to hear you're open. I've shared your profile with our CEO, Rhona
McCallum, and she'd like to meet. I'll send an invite from my work email for next week.

Reply on LinkedIn
""",
        **reply("22340", "inmail-hit-reply@linkedin.com"),
        tz=GMT,
    ),
    m(
        "22603",
        "2026-02-13 11:20",
        "Mark Ellery <mark.ellery@fernleigh.co.uk>",
        "Rhona McCallum <> Harriet Okonjo-Price",
        ("interview", "Fernleigh Bank", "Chief Product Officer", 27, "direct", "en"),
        text="""Hi Harriet, as promised - Rhona would love to meet at our Leeds office or on Teams.
I've put Thursday 19 Feb 12:00 in; happy to move it.

Mark
Fernleigh Bank plc
""",
        ics={
            "start": "2026-02-19 12:00:00 +0000",
            "minutes": 60,
            "organizer": ("Mark Ellery", "mark.ellery@fernleigh.co.uk"),
            "uid": "fern-cpo-rm-okp-0219@fernleigh.co.uk",
            "summary": "Rhona McCallum <> Harriet Okonjo-Price",
            "location": "Microsoft Teams Meeting",
            "style": "outlook",
            "attendees": [("Rhona McCallum", "rhona.mccallum@fernleigh.co.uk")],
        },
        tz=GMT,
    ),
    m(
        "22604",
        "2026-04-24 15:10",
        "Mark Ellery <mark.ellery@fernleigh.co.uk>",
        "RE: CPO - next steps",
        ("confirmation", "Fernleigh Bank", "Chief Product Officer", 27, "direct", "en"),
        text="""Hi Harriet,

Thanks for letting me know so promptly - Castlemere are lucky. I've taken you out of the
process and let Rhona know. She asked me to pass on her congratulations.

All the best,
Mark
""",
        st="withdrawn",
        tz=BST,
    ),
    # Verity mortgages role: SHL-style assessment, then silence
    m(
        "22605",
        "2026-03-24 08:30",
        "Verity Bank Assessments <noreply@shl.com>",
        "Verity Bank: Your online assessment invitation",
        ("assessment", "Verity Bank", "Head of Proposition - Mortgages", 13, "other", "en"),
        text="""Dear Harriet Okonjo-Price,

Verity Bank has invited you to complete an online assessment as part of your application for
Head of Proposition - Mortgages.

Assessment: Verify Interactive - Deductive Reasoning; Occupational Personality Questionnaire
Time needed: about 45 minutes in total
Complete by: 31 March 2026

Start your assessment: https://candidate.shl.com/assessment/verity/8f7e

If you need adjustments, contact your recruiter.
""",
        st="interviewing",
        tz=GMT,
    ),
    # Pembrook: CEO's office and case session
    m(
        "22606",
        "2026-03-09 09:12",
        "Office of the CEO <ceo.office@pembrookbrands.com>",
        "Meeting with Alison Brereton",
        ("interview", "Pembrook Brands", "Group Strategy Director", 2, "direct", "en"),
        text="""Dear Harriet,

Alison would be pleased to meet you on Friday 13 March at 16:15 for 45 minutes at 1 Kingsway.
Please let me know if this is convenient.

Kind regards,
Hannah Wells
Office of the Chief Executive, Pembrook Brands plc
""",
        tz=GMT,
    ),
    m(
        "22607",
        "2026-03-09 10:01",
        "Office of the CEO <ceo.office@pembrookbrands.com>",
        "RE: Meeting with Alison Brereton",
        ("interview", "Pembrook Brands", "Group Strategy Director", 2, "direct", "en"),
        text="""Thank you Harriet, confirmed. See you on Friday.

Hannah
""",
        **reply("22606", "ceo.office@pembrookbrands.com"),
        tz=GMT,
    ),
    m(
        "22608",
        "2026-03-16 12:00",
        "Dev Raman <dev.raman@pembrookbrands.com>",
        "Case session pack - 19 March",
        ("assessment", "Pembrook Brands", "Group Strategy Director", 2, "direct", "en"),
        text="""Hi Harriet,

Attached is the pack for Thursday's case session. You'll have 90 minutes to prepare and 45
minutes to present to me and two of the strategy team. It's based on a real (disguised)
portfolio question. No need to prepare anything in advance beyond reading the pack.

Dev Raman, Head of Corporate Development
""",
        attach=[("Case_pack_confidential.pdf", "application/pdf", "%PDF-1.4 case")],
        st="interviewing",
        tz=GMT,
    ),
    # Castlemere EA auto-reply
    m(
        "22609",
        "2026-03-20 08:00",
        "Lucy Barnard <lucy.barnard@castlemere.co.uk>",
        "Automatic reply: Nadine Osei / Harriet - 45 mins",
        ("other_job", "Castlemere Insurance", None, None, "direct", "en"),
        text="""Thank you for your email. I am on leave on Friday 20 March, returning Monday. For
anything urgent relating to Nadine's diary, please contact Ollie Nash.
""",
        tz=GMT,
    ),
    # Tallow Street: Indeed viewed
    m(
        "22610",
        "2026-04-09 16:20",
        "Indeed <no-reply@indeed.com>",
        "Your application was viewed",
        ("viewed", "Tallow Street Group", "Senior Strategy Manager", 15, "indeed", "en"),
        text="""Good news! An employer viewed your application.

Senior Strategy Manager
Tallow Street Group - London EC1

Employers typically respond within 2 weeks. Keep applying in the meantime.

Indeed
""",
        tz=BST,
    ),
    # Hartwood names the client (outreach)
    m(
        "22611",
        "2026-04-01 12:30",
        "Olivia Strand <olivia@hartwoodsearch.co.uk>",
        "RE: Quick question",
        ("outreach", "Mossgiel Hotels", "Strategy Director", None, "agency", "en"),
        text="""Hi Harriet,

No problem at all, and thanks for the quick reply. For the record the client was Mossgiel
Hotels - if your situation changes in the next few weeks, do shout.

Olivia
""",
        **reply("22341", "olivia@hartwoodsearch.co.uk"),
        tz=BST,
    ),
    # alerts, outreach in French
    m(
        "22612",
        "2026-03-05 08:00",
        "Welcome to the Jungle <noreply@welcometothejungle.com>",
        "Nouvelles offres : Stratégie produit à Paris",
        ("alert", None, None, None, "other", "fr"),
        text="""Bonjour Harriet,

Voici les nouvelles offres qui correspondent à votre alerte « Stratégie produit - Paris » :

Directeur·rice Stratégie Produit - Maison Lavelle - Paris 8e
Head of Product Strategy - Lumio - Paris (anglais courant)
Product Strategy Manager - Brèvecoeur - Paris / télétravail

Voir toutes les offres
""",
        tz="+0100",
    ),
    m(
        "22613",
        "2026-05-04 10:15",
        "Bastien Laurent <b.laurent@cabinet-valmont.fr>",
        "Opportunité confidentielle - Direction Stratégie, Paris",
        ("outreach", None, "Directeur de la Stratégie", None, "agency", "fr"),
        text="""Bonjour Madame Okonjo-Price,

Je me permets de vous contacter au sujet d'une opportunité confidentielle : notre client, un
groupe international de biens de consommation coté, recherche son Directeur de la Stratégie
pour la France et le Benelux, basé à Paris.

Votre parcours me semble particulièrement pertinent. Seriez-vous disponible pour un échange
téléphonique cette semaine ?

Bien cordialement,
Bastien Laurent
Associé, Cabinet Valmont - Executive Search
""",
        tz="+0200",
    ),
    m(
        "22614",
        "2026-04-08 18:00",
        "LinkedIn <jobs-listings@linkedin.com>",
        "Harriet, Fernleigh Bank is hiring a Director of Product",
        ("alert", "Fernleigh Bank", "Director of Product", None, "linkedin", "en"),
        text="""Fernleigh Bank is hiring

Director of Product - Fernleigh Bank - Leeds (Hybrid)
You'd be a top applicant: your skills match 8 of 10 requirements.

Apply now | See all jobs
""",
        tz=BST,
    ),
    m(
        "22615",
        "2026-04-08 09:00",
        "jobs.ac.uk <alerts@jobs.ac.uk>",
        "Closing soon: Director of Strategic Planning",
        ("alert", "University of Southwark", "Director of Strategic Planning", None, "other", "en"),
        text="""Hi Harriet,

A job you saved closes in 4 days:

Director of Strategic Planning - University of Southwark - closes 12 April 2026

Apply now before it's too late.
jobs.ac.uk
""",
        tz=BST,
    ),
    # look-alikes
    n(
        "22616",
        "2026-05-07 14:40",
        "Hartwell Borough Council <parking@hartwell.gov.uk>",
        "Your parking permit application PP-448120",
        "Dear Ms Okonjo-Price,\n\nWe have received your application for a resident parking permit (Zone K). Your application is being processed and we will contact you within 10 working days.\n\nParking Services, Hartwell Borough Council",
        tz=BST,
    ),
    n(
        "22617",
        "2026-06-02 11:45",
        "Lara Whitcombe <lara.whitcombe@guardian.example>",
        "Interview request: returns and retail",
        "Hi Harriet,\n\nI'm a business reporter writing about why retailers are rethinking returns. I heard your Product Voices episode - could I interview you for 20 minutes this week? Happy to keep it off the record about your new employer.\n\nLara",
        tz=BST,
    ),
    n(
        "22618",
        "2026-06-20 09:30",
        "Official ESTA Application <no-reply@cbp.dhs.gov>",
        "ESTA application status: authorization approved",
        "Your application for travel authorization has been approved. Application number: 4R81K2Q9X1L3. Keep this number for your records.",
        tz=BST,
    ),
    n(
        "22619",
        "2026-05-28 18:00",
        "Pret A Manger <club@pret.com>",
        "Your Club Pret offer is waiting",
        "This month's offer: a free pastry with any coffee. Claim in the app.",
        tz=BST,
    ),
]

EXTRA: list[dict[str, Any]] = [
    n(
        "22700",
        "2026-02-05 07:20",
        "Citymapper <hello@citymapper.com>",
        "Your weekly travel recap",
        "You made 11 journeys this week and walked 23 km. Nice!",
    ),
    n(
        "22701",
        "2026-02-09 12:45",
        "Waterstones <orders@waterstones.com>",
        "Your Waterstones order has shipped",
        "The Safekeep - Yael van der Wouden - GBP 9.99. Arriving Wednesday.",
    ),
    n(
        "22702",
        "2026-02-14 09:00",
        DAN,
        "tonight x",
        "Table at 8 at Trullo. Babysitter confirmed (Ellie, 7:15). Don't check your email at dinner.\n\nD x",
    ),
    n(
        "22703",
        "2026-02-19 18:00",
        "Netflix <info@mailer.netflix.com>",
        "New on Netflix this week",
        "Three new series you might like, including the return of a drama you started and never finished.",
    ),
    n(
        "22704",
        "2026-02-28 10:00",
        "British Gas HomeCare <noreply@britishgas.co.uk>",
        "Your boiler service is booked",
        "Engineer visit: Tuesday 10 March, 08:00-13:00, 6 Lonsdale Road.",
    ),
    n(
        "22705",
        "2026-03-06 20:30",
        "Ellie Burke <ellie.burke99@gmail.com>",
        "babysitting next week",
        "Hi Harriet, I can do Tuesday and Thursday next week but not Wednesday (exam). Same time as usual? Ellie",
    ),
    n(
        "22706",
        "2026-03-20 13:00",
        "ParentPay <noreply@parentpay.com>",
        "Payment confirmation",
        "Payment of GBP 8.00 to St Mark's Primary School for 'Y3 Science Museum trip' was successful.",
    ),
    n(
        "22707",
        "2026-04-05 08:30",
        "Holland Park parkrun <results@parkrun.com>",
        "Your parkrun result",
        "Harriet, your time today was 27:41. You finished 118th of 402. Well done!",
        tz=BST,
    ),
    n(
        "22708",
        "2026-04-12 19:15",
        "Eurostar <noreply@eurostar.com>",
        "Welcome home - how was your trip?",
        "Tell us how your journey from Paris went and earn Club Eurostar points.",
        tz=BST,
    ),
    n(
        "22709",
        "2026-04-26 11:00",
        "Headspace <hello@headspace.com>",
        "Your 30-day streak!",
        "You've meditated 30 days in a row. Keep going.",
        tz=BST,
    ),
    n(
        "22710",
        "2026-05-10 10:20",
        "Vinted <no-reply@vinted.co.uk>",
        "Your item sold!",
        "Great news - 'Whistles navy blazer, size 12' sold for GBP 42. Print your shipping label.",
        tz=BST,
    ),
    n(
        "22711",
        "2026-05-15 19:40",
        "Ellie Burke <ellie.burke99@gmail.com>",
        "Re: babysitting next week",
        "Yes Friday is fine! See you at 7.",
        tz=BST,
        **reply("22705", "ellie.burke99@gmail.com"),
    ),
    n(
        "22712",
        "2026-05-30 09:00",
        "Thames Water <noreply@thameswater.co.uk>",
        "Your new bill",
        "Your first bill at 14 Aldridge Road: GBP 96.12, due 20 June.",
        tz=BST,
    ),
    n(
        "22713",
        "2026-06-06 14:00",
        "Ocado <customerservices@ocado.com>",
        "Your Ocado order is confirmed",
        "Delivery: Sunday 7 June, 09:00-10:00\nOrder total: GBP 134.20",
        tz=BST,
    ),
    n(
        "22714",
        "2026-06-13 08:00",
        "Citymapper <hello@citymapper.com>",
        "Strikes this week: plan ahead",
        "RMT strikes on Tuesday and Thursday. Here's how to get around.",
        tz=BST,
    ),
    n(
        "22715",
        "2026-06-27 16:00",
        "Uber <noreply@uber.com>",
        "Your Saturday afternoon trip with Uber",
        "Total GBP 22.10\nTrip from Aldridge Road to Peckham Rye\nThanks for riding, Harriet",
        tz=BST,
    ),
    n(
        "22716",
        "2026-07-02 10:30",
        "Kensington Park Surgery <noreply@accurx.com>",
        "Appointment confirmed",
        "Your appointment with Dr Shah is confirmed for Monday 13 July at 17:20. Please arrive 5 minutes early.",
        tz=BST,
        ics={
            "start": "2026-07-13 17:20:00 +0100",
            "minutes": 10,
            "organizer": ("Kensington Park Surgery", "noreply@accurx.com"),
            "uid": "accurx-ap-1022871",
            "summary": "GP appointment - Dr Shah",
            "location": "Kensington Park Surgery, 2 Elgin Crescent",
        },
    ),
    n(
        "22717",
        "2026-07-14 12:15",
        "Deliveroo <noreply@t.deliveroo.com>",
        "Your order from Honest Burgers is on its way",
        "Estimated arrival: 12:50. Order total: GBP 18.70.",
        tz=BST,
    ),
    n(
        "22718",
        "2026-07-21 07:30",
        "Financial Times <FT@news.ft.com>",
        "FirstFT: Interview with Verity's chief executive",
        "Good morning. In an interview with the FT, Verity Banking Group's chief executive says the bank will double its mortgage book. Plus: markets wrap.",
        tz=BST,
    ),
    n(
        "22719",
        "2026-07-30 18:00",
        MUM,
        "Bisi's flight",
        "Darling, Bisi's flight is Saturday 8 August at 21:40 from Heathrow T2. Can Dan drive her? Mum x",
        tz=BST,
    ),
    n(
        "22720",
        "2026-08-11 09:00",
        "Monzo <help@monzo.com>",
        "Your salary arrived early",
        "Nice, Harriet! GBP 7,412.80 from CASTLEMERE INS SVCS just landed in your account.",
        tz=BST,
    ),
]

MAIL: list[dict[str, Any]] = JOBS + HOME + MORE + EXTRA
