# ruff: noqa: E501
"""Corpus 92, ordinary Cape Town inbox (data only): see heldout92.py."""

from __future__ import annotations

from functools import partial
from typing import Any

import heldout as H  # this folder is the script's first import path


def _zone(day: str) -> str:
    return "+0200"


m = partial(H.dated_spec, _zone)
N = ("not_job", "en")

MAIL: list[dict[str, Any]] = [
    # --- rental application through a letting agent ---
    m(
        "940101",
        "2025-10-04 10:15",
        "Seeff Atlantic Rentals <rentals@atlanticlettings.co.za>",
        "Rental application received - 3 Tide Close, Muizenberg",
        N,
        "Dear Lerato\n\nThank you for your rental application for 3 Tide Close, Muizenberg (R14 500 pm). We have sent your details to TPN for a credit check. Please upload your last three payslips and three months' bank statements.\n\nApplications are considered in the order received. The landlord will make the final decision.\n\nKind regards\nCheryl Adonis\nRental Consultant\nAtlantic Lettings",
    ),
    m(
        "940102",
        "2025-10-09 14:20",
        "Cheryl Adonis <cheryl@atlanticlettings.co.za>",
        "Viewing confirmed: Saturday 11 October 10:30",
        N,
        "Hi Lerato\n\nConfirming your viewing of 3 Tide Close on Saturday at 10:30. I will meet you at the gate. Please bring your ID.\n\nCheryl",
    ),
    m(
        "940103",
        "2025-10-16 16:40",
        "Cheryl Adonis <cheryl@atlanticlettings.co.za>",
        "Your application has been successful!",
        N,
        "Hi Lerato\n\nGood news - the landlord has approved your application for 3 Tide Close. The lease will run from 1 November 2025 for 12 months. The deposit of R21 750 and first month's rent are payable before occupation. The lease will be sent via DocuSign today.\n\nCongratulations!\nCheryl",
    ),
    m(
        "940104",
        "2025-10-16 17:02",
        "Atlantic Lettings via Docusign <dse@docusign.net>",
        "Please DocuSign: Lease Agreement - 3 Tide Close Muizenberg",
        N,
        html="<p>Cheryl Adonis sent you a document to review and sign.</p><p><b>Lease Agreement - 3 Tide Close Muizenberg</b></p><p><a href='https://na3.docusign.net/Signing'>REVIEW DOCUMENT</a></p><p>Do Not Share This Email</p>",
    ),
    m(
        "940105",
        "2025-10-17 08:10",
        "Atlantic Lettings via Docusign <dse@docusign.net>",
        "Completed: Lease Agreement - 3 Tide Close Muizenberg",
        N,
        html="<p>All parties have completed <b>Lease Agreement - 3 Tide Close Muizenberg</b>.</p><p>View the completed document.</p>",
    ),
    m(
        "940106",
        "2025-10-28 11:00",
        "City of Cape Town Utility Services <utility.accounts@capetown.gov.za>",
        "Application for new electricity and water account: 3 Tide Close",
        N,
        "Dear Customer\n\nYour application to open a municipal account (electricity, water, refuse) for 3 Tide Close, Muizenberg has been received. Reference: SR-9921734. Please allow 7 working days.\n\nCity of Cape Town",
    ),
    # --- bank pre-approvals and offers ---
    m(
        "940201",
        "2025-10-08 12:00",
        "Nedlane Bank <offers@nedlane.co.za>",
        "Lerato, you're pre-approved for a personal loan of up to R250 000",
        N,
        html="<h2>Good news, Lerato!</h2><p>You have been <b>pre-approved</b> for a personal loan of up to R250 000 at a personalised rate. Apply in 5 minutes on the app - no paperwork.</p><p>Offer valid until 31 October 2025. Ts &amp; Cs apply. Nedlane Bank is an authorised financial services and registered credit provider.</p>",
    ),
    m(
        "940202",
        "2025-11-12 09:30",
        "Capstone Bank <noreply@capstonebank.co.za>",
        "Your credit card application: next steps",
        N,
        "Hi Lerato\n\nThanks for applying for a Capstone Gold Credit Card. We need your latest payslip to complete our affordability assessment. Upload it in the app under Applications.\n\nCapstone Bank Limited. Registered credit provider NCRCP 1234.",
    ),
    m(
        "940203",
        "2025-11-18 14:10",
        "Capstone Bank <noreply@capstonebank.co.za>",
        "Your credit card application was approved",
        N,
        "Hi Lerato\n\nCongratulations, your application for a Capstone Gold Credit Card was approved with a limit of R45 000. Your card will be delivered to your chosen branch within 5 working days.\n\nCapstone Bank",
    ),
    m(
        "940204",
        "2026-01-28 08:45",
        "Nedlane Bank <offers@nedlane.co.za>",
        "Exclusive home loan offer for new professionals",
        N,
        html="<p>Starting a new position? Our Young Professional home loan offer gives you up to 105% finance. Get a free pre-qualification certificate today.</p><p>Nedlane Bank</p>",
    ),
    m(
        "940205",
        "2026-02-14 10:00",
        "BondPoint <hello@bondpoint.co.za>",
        "Your bond pre-qualification certificate",
        N,
        "Hi Lerato\n\nAttached is your bond pre-qualification certificate for R1 850 000. It is valid for 90 days and shows sellers you are a serious buyer. Your consultant will contact you about submitting to banks.\n\nBondPoint Home Loans",
        attach=[("PreQual_Mahlangu.pdf", "application/pdf", "%PDF-1.4 prequal placeholder")],
    ),
    # --- SARS ---
    m(
        "940301",
        "2025-10-20 18:00",
        "SARS eFiling <noreply@sarsefiling.co.za>",
        "Notice of Assessment ITA34 - 2025",
        N,
        "Dear Taxpayer\n\nYour Notice of Assessment (ITA34) for the 2025 year of assessment is available on eFiling. Refund due: R3 412.18.\n\nSouth African Revenue Service",
    ),
    m(
        "940302",
        "2025-10-27 09:00",
        "SARS <noreply@sars.gov.za>",
        "Refund payment",
        N,
        "Dear Taxpayer\n\nYour refund of R3 412.18 has been paid into your nominated bank account.\n\nSARS",
    ),
    m(
        "940303",
        "2026-02-25 12:00",
        "SARS eFiling <noreply@sarsefiling.co.za>",
        "eFiling: Your IRP5 certificate from your employer is available",
        N,
        "Dear Taxpayer\n\nA new IRP5/IT3(a) certificate has been submitted by an employer for the 2026 tax year. Log in to eFiling to view it.\n\nSARS",
    ),
    # --- surf club ---
    m(
        "940401",
        "2025-10-06 19:30",
        "Muizenberg Surfriders Club <committee@surfriders.org.za>",
        "October newsletter: Spring Classic entries open",
        N,
        "Howzit members\n\nEntries are open for the Spring Classic on 25 October at Surfer's Corner. Divisions: open, longboard, over-35 and groms. R150 entry, includes a boerie roll.\n\nAlso: nippers' lessons Saturday 8am, and beach clean-up on the 18th.\n\nThe Committee",
    ),
    m(
        "940402",
        "2025-10-25 16:30",
        "Sam Jacobs <samjacobs.surf@gmail.com>",
        "Results + pics",
        N,
        "Hey all\n\nWhat a day! Results attached. Lerato you came 3rd in longboard - shot! Pics on the WhatsApp group.\n\nSam",
    ),
    m(
        "940403",
        "2025-11-30 08:00",
        "Muizenberg Surfriders Club <committee@surfriders.org.za>",
        "AGM: nominations for the committee",
        N,
        "Dear members\n\nOur AGM takes place on Thursday 11 December at 18:30 at the clubhouse. We invite applications for committee positions (treasurer, secretary, events). Send your nomination to the secretary.\n\nThe Committee",
    ),
    m(
        "940404",
        "2025-12-01 08:05",
        "Muizenberg Surfriders Club <committee@surfriders.org.za>",
        "Invitation: Surfriders AGM",
        N,
        "You have been invited to the Surfriders AGM.",
        ics={
            "uid": "agm2025@surfriders.org.za",
            "start": "2025-12-11 18:30:00 +0200",
            "minutes": 120,
            "summary": "Surfriders AGM",
            "organizer": ("Surfriders Committee", "committee@surfriders.org.za"),
            "location": "Clubhouse, Beach Road, Muizenberg",
        },
    ),
    m(
        "940405",
        "2026-01-10 07:45",
        "Muizenberg Surfriders Club <committee@surfriders.org.za>",
        "2026 membership renewals",
        N,
        "Dear members\n\nMembership fees for 2026 are R650 (senior). Please pay by 31 January using your surname as reference.\n\nThe Committee",
    ),
    m(
        "940406",
        "2026-03-07 18:20",
        "Muizenberg Surfriders Club <committee@surfriders.org.za>",
        "March newsletter: an interview with our oldest member",
        N,
        "Howzit members\n\nThis month we interview Auntie Gwen (82), who has surfed Muizenberg since 1961. Read about wooden boards, sharks and the old pavilion.\n\nAlso: the autumn longboard jam is on 28 March.\n\nThe Committee",
    ),
    # --- friends and family ---
    m(
        "940501",
        "2025-10-10 21:14",
        "Zinhle Mahlangu <zinhle.mahlangu@gmail.com>",
        "Mom's birthday",
        N,
        "Sisi, are you coming up to Joburg for Mom's 60th on 8 November? I'm doing the cake, can you sort flowers? Also Dad is asking about your job hunt, just so you know haha.\n\nZinhle",
    ),
    m(
        "940502",
        "2025-10-18 13:02",
        "Kabelo Sithebe <kabelo.sithebe@outlook.com>",
        "Re: how's the job hunting?",
        N,
        "Eish, Lerato, I hear you. The consulting firms are all slow at the moment. At my place they froze all hiring until the new financial year, and we are drowning. My boss interviewed four people for one post and then the post got cancelled. Shame.\n\nSend me your CV anyway, I'll pass it to our structures guy.\n\nK",
    ),
    m(
        "940503",
        "2025-11-01 09:30",
        "Megan Fourie <megfourie@gmail.com>",
        "Braai Saturday?",
        N,
        "Hey! Braai at ours on Saturday from 4, bring your housemate. Johan just got his Pr Eng so we are celebrating. Also I got offered the team lead post at work!! Still deciding.\n\nMeg",
    ),
    m(
        "940504",
        "2025-11-25 20:10",
        "Kabelo Sithebe <kabelo.sithebe@outlook.com>",
        "Re: Re: news!",
        N,
        "Haibo, congrats!! MKC is a big deal. Did you negotiate? Tell them you want the 13th cheque. Drinks on you in December.\n\nK",
    ),
    m(
        "940505",
        "2025-12-20 11:15",
        "Zinhle Mahlangu <zinhle.mahlangu@gmail.com>",
        "Christmas plans",
        N,
        "Are you flying up on the 23rd? Mom wants to know how many for lunch. Tell the new boss you need a holiday first lol.",
    ),
    m(
        "940506",
        "2026-02-09 19:40",
        "Megan Fourie <megfourie@gmail.com>",
        "First week!",
        N,
        "How was the first week at the new job? Nice people? My interview for the internal role is on Thursday, wish me luck. Coffee Sunday at Harvest?\n\nMeg",
    ),
    m(
        "940507",
        "2026-03-12 12:40",
        "Thabiso Ndaba <thabiso.ndaba@gmail.com>",
        "Referral?",
        N,
        "Hi Lerato\n\nLong time! I heard you're at MKC now. I'm applying for their candidate engineer programme - would you mind putting in a word or referring me? CV attached.\n\nThanks so much\nThabiso",
        attach=[("Thabiso_Ndaba_CV.pdf", "application/pdf", "%PDF-1.4 cv placeholder")],
    ),
    # --- ECSA / SAICE ---
    m(
        "940601",
        "2025-10-15 10:00",
        "ECSA <noreply@ecsa.co.za>",
        "Annual fee invoice 2025/2026",
        N,
        "Dear Ms L Mahlangu (Pr Eng 20190345)\n\nYour annual registration fee invoice is attached. Please pay by 30 November to avoid suspension of your registration.\n\nEngineering Council of South Africa",
    ),
    m(
        "940602",
        "2025-11-04 11:30",
        "SAICE <events@saice.org.za>",
        "CPD webinar: SANS 10160 loading updates",
        N,
        html="<p>Join our CPD-accredited webinar on 20 November: updates to SANS 10160 wind loading. 0.1 CPD credits. Members R250.</p><p>SAICE - South African Institution of Civil Engineering</p>",
    ),
    m(
        "940603",
        "2025-11-19 08:00",
        "SAICE <events@saice.org.za>",
        "Your webinar registration",
        N,
        "Thank you for registering for SANS 10160 wind loading updates.",
        ics={
            "uid": "saice-web-2011@saice.org.za",
            "start": "2025-11-20 12:00:00 +0200",
            "minutes": 90,
            "summary": "SAICE CPD webinar: SANS 10160 wind loading",
            "organizer": ("SAICE Events", "events@saice.org.za"),
            "location": "Zoom",
        },
    ),
    m(
        "940604",
        "2026-01-22 09:00",
        "SAICE <news@saice.org.za>",
        "Civil Engineering magazine: in conversation with the new President",
        N,
        html="<h2>Civil Engineering - February issue</h2><p>Interview: the SAICE President on infrastructure delivery, skills and why municipalities struggle to keep engineers.</p><p>Also: the state of hiring in the built environment, and careers for young engineers.</p>",
    ),
    # --- newsletters ---
    m(
        "940701",
        "2025-10-12 06:00",
        "Daily Maverick <newsletters@dailymaverick-news.co.za>",
        "First Thing: the jobs bloodbath nobody talks about",
        N,
        html="<p>Good morning. Unemployment figures are out; we look at what the construction slump means for graduates. Plus an interview with an economist on infrastructure spending.</p>",
    ),
    m(
        "940702",
        "2025-11-09 06:00",
        "Daily Maverick <newsletters@dailymaverick-news.co.za>",
        "First Thing: load-shedding is back (sort of)",
        N,
        html="<p>Good morning. The utility says stage 2 is 'unlikely' but possible this week. Plus: the interview that shook Parliament.</p>",
    ),
    m(
        "940703",
        "2025-12-07 06:00",
        "Engineering News <newsletter@engnews-digest.co.za>",
        "Weekly: consulting engineers report tough conditions; port upgrade tenders",
        N,
        html="<p>Consulting Engineers SA survey: fee income down; firms cautious about hiring. Port of Durban berth reconstruction tender awarded to a JV. Interview: a geotechnical pioneer on 40 years of practice.</p>",
    ),
    m(
        "940704",
        "2026-01-18 06:00",
        "Engineering News <newsletter@engnews-digest.co.za>",
        "Weekly: 2026 infrastructure pipeline, skills shortage",
        N,
        html="<p>The state's infrastructure fund lists 60 projects for 2026. Skills shortage: engineers emigrating. Job offers abroad lure Pr Engs.</p>",
    ),
    m(
        "940705",
        "2026-02-15 06:00",
        "Daily Maverick <newsletters@dailymaverick-news.co.za>",
        "First Thing: SONA reactions",
        N,
        html="<p>Good morning. The President promised jobs, again. We interview three small business owners about red tape.</p>",
    ),
    m(
        "940706",
        "2026-03-15 06:00",
        "Engineering News <newsletter@engnews-digest.co.za>",
        "Weekly: the rise of the engineering JV",
        N,
        html="<p>Why joint ventures dominate big bridge and road contracts. Plus an interview with a resident engineer on the uMngeni crossing.</p>",
    ),
    m(
        "940707",
        "2025-12-14 08:00",
        "The Careers Podcast SA <hello@careerspodcast.co.za>",
        "New episode: how to ace a competency-based interview",
        N,
        html="<p>This week we interview a HR director about STAR answers, psychometric tests and what panels really look for. Listen on Spotify or Apple Podcasts.</p>",
    ),
    # --- LinkedIn social ---
    m(
        "940801",
        "2025-10-21 12:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Congratulate Johan Fourie on passing ECSA registration",
        N,
        "Johan Fourie is now Pr Eng. Say congrats.\n\nLinkedIn",
    ),
    m(
        "940802",
        "2025-11-16 08:30",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "You appeared in 14 searches this week",
        N,
        "You appeared in 14 searches this week. Searchers were from engineering services companies.\n\nLinkedIn",
    ),
    m(
        "940803",
        "2026-02-03 09:10",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Lerato, 23 people congratulated you on your new position",
        N,
        "Ayanda Mthembu, Kabelo Sithebe and 21 others reacted to your update: Starting a new position as Senior Structural Engineer at MKC.\n\nLinkedIn",
    ),
    m(
        "940804",
        "2026-03-02 17:05",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Megan Fourie started a new position",
        N,
        "Megan Fourie started a new position as Team Lead at Oakhurst Insurance. Congratulate her.\n\nLinkedIn",
    ),
    # --- misc services ---
    m(
        "940901",
        "2025-10-30 15:00",
        "Home Affairs <noreply@dha.gov.za>",
        "Smart ID card application: ready for collection",
        N,
        "Dear Applicant\n\nYour Smart ID card application (ref 7721991) is ready for collection at the Cape Town (Barrack Street) office. Bring your receipt.\n\nDepartment of Home Affairs",
    ),
    m(
        "940902",
        "2025-11-20 10:20",
        "VFS Global <donotreply@vfsglobal.com>",
        "Appointment confirmation: Schengen visa application",
        N,
        "Dear LERATO MAHLANGU\n\nYour appointment to submit your Schengen visa application at the Cape Town visa application centre is confirmed for 2 December 2025 at 09:15. Bring all supporting documents.\n\nVFS Global",
    ),
    m(
        "940903",
        "2025-12-15 16:30",
        "Dr Amina Patel Dental <reception@patelsmiles.co.za>",
        "Appointment reminder",
        N,
        "Hi Lerato, reminder of your check-up with Dr Patel on 17 December at 08:00. Reply C to confirm.",
    ),
    m(
        "940904",
        "2026-01-05 10:00",
        "Discovery Vitality <vitality@mailer.vitalityhealth.co.za>",
        "Your Vitality status for 2026",
        N,
        html="<p>Congratulations, you ended 2025 on Gold status! Enjoy flight and gym rewards in 2026.</p>",
    ),
    m(
        "940905",
        "2026-01-26 13:00",
        "Medshield Direct <newmembers@medshielddirect.co.za>",
        "Your medical aid application",
        N,
        "Dear Lerato\n\nYour employer group application to join Medshield Direct has been received and will be activated from 1 February 2026. Your membership card will follow.\n\nMedshield Direct",
    ),
    m(
        "940906",
        "2026-02-10 11:00",
        "Takealot <noreply@takealot.com>",
        "Your order has been shipped",
        N,
        html="<p>Your order #TK88120455 (Logitech MX Keys, Moleskine notebook) is on its way. Estimated delivery: 12 February.</p>",
    ),
    m(
        "940907",
        "2026-03-20 09:00",
        "Virgin Active <members@virginactive-mail.co.za>",
        "Special offer: upgrade to Club",
        N,
        html="<p>Limited offer: upgrade to a Club membership at R100 off for 6 months. Offer ends 31 March.</p>",
    ),
    m(
        "940908",
        "2026-03-26 15:30",
        "Atlantic Lettings <rentals@atlanticlettings.co.za>",
        "Routine inspection: 3 Tide Close",
        N,
        "Dear Lerato\n\nWe will conduct the routine six-month inspection of 3 Tide Close on Thursday 2 April between 10:00 and 12:00. You do not need to be present.\n\nAtlantic Lettings",
    ),
    # --- more look-alikes and life ---
    m(
        "940910",
        "2025-10-23 19:00",
        "False Bay Sea Rescue <volunteers@fbsearescue.org.za>",
        "Your volunteer application",
        N,
        "Dear Lerato\n\nThank you for applying to become a volunteer crew member at Station 9 (Strandfontein). We would like to invite you to an interview with our station commander and a swim test.\n\nPlease come to the base on Saturday 1 November at 09:00. Bring a towel.\n\nFalse Bay Sea Rescue",
    ),
    m(
        "940911",
        "2025-10-24 08:30",
        "Bradley Willemse <bradley.willemse@fbsearescue.org.za>",
        "Invitation: Volunteer interview + swim test",
        N,
        "Invitation from Google Calendar",
        ics={
            "uid": "fbsr-vol-1101@fbsearescue.org.za",
            "start": "2025-11-01 09:00:00 +0200",
            "minutes": 120,
            "summary": "Volunteer interview + swim test - L Mahlangu",
            "organizer": ("Bradley Willemse", "bradley.willemse@fbsearescue.org.za"),
            "location": "Station 9, Strandfontein",
        },
    ),
    m(
        "940912",
        "2025-11-08 12:00",
        "False Bay Sea Rescue <volunteers@fbsearescue.org.za>",
        "Welcome to Station 9 - trainee crew",
        N,
        "Dear Lerato\n\nCongratulations, your application was successful and you have been accepted as trainee crew. Training is every second Sunday.\n\nFalse Bay Sea Rescue",
    ),
    m(
        "940913",
        "2025-11-07 10:15",
        "FlyLindi <bookings@flylindi.co.za>",
        "Booking confirmed: CPT-JNB 7 Nov, JNB-CPT 9 Nov",
        N,
        html="<p>Booking reference: LX7Q2A</p><p>Cape Town (CPT) to Johannesburg (JNB) Fri 7 Nov 17:05</p><p>Johannesburg (JNB) to Cape Town (CPT) Sun 9 Nov 19:40</p><p>Passenger: MS LERATO MAHLANGU</p>",
    ),
    m(
        "940914",
        "2025-12-21 09:00",
        "FlyLindi <bookings@flylindi.co.za>",
        "Check in now for your flight to Johannesburg",
        N,
        html="<p>Online check-in is open for LX7R9B, Cape Town to Johannesburg, 23 Dec 06:30.</p>",
    ),
    m(
        "940915",
        "2025-11-14 13:00",
        "Computicket <tickets@computicket-mail.co.za>",
        "Your tickets: Kirstenbosch Summer Sunset Concert",
        N,
        html="<p>Order 5519032: 2 x General Access, Kirstenbosch Summer Sunset Concert, 7 December 2025, 17:30.</p>",
    ),
    m(
        "940916",
        "2025-12-02 16:45",
        "VFS Global <donotreply@vfsglobal.com>",
        "Your application has been dispatched to the Embassy",
        N,
        "Dear LERATO MAHLANGU\n\nYour visa application (ref CPT/NL/44109) has been forwarded to the Embassy of the Netherlands for a decision. Processing can take up to 15 working days.\n\nVFS Global",
    ),
    m(
        "940917",
        "2025-12-16 11:20",
        "VFS Global <donotreply@vfsglobal.com>",
        "Your passport is ready for collection",
        N,
        "Dear LERATO MAHLANGU\n\nA decision has been made on your application. Your passport is ready for collection at the Cape Town centre.\n\nVFS Global",
    ),
    m(
        "940918",
        "2026-01-08 10:00",
        "Zinhle Mahlangu <zinhle.mahlangu@gmail.com>",
        "Lindo's school application",
        N,
        "Hey sis, Lindo got accepted at Parktown High!! The acceptance letter came today. Mom is crying. Also, can you help me with the fees application for the bursary? You are better at forms than me.\n\nZ",
    ),
    m(
        "940919",
        "2026-01-23 08:30",
        "Megan Fourie <megfourie@gmail.com>",
        "Book club - January",
        N,
        "Hi ladies, book club is at mine on the 29th. We're discussing the new Zakes Mda. Bring wine. Lerato, congrats again on the job - we need details!",
        ics={
            "uid": "bookclub-jan26@gmail.com",
            "start": "2026-01-29 19:00:00 +0200",
            "minutes": 150,
            "summary": "Book club",
            "organizer": ("Megan Fourie", "megfourie@gmail.com"),
            "location": "Megan's place, Tokai",
        },
    ),
    m(
        "940920",
        "2025-10-31 11:00",
        "Woolworths <rewards@woolworths-mail.co.za>",
        "Your WRewards offers this week",
        N,
        html="<p>Personalised offers for you, Lerato: 20% off Woolies coffee, R30 off fresh flowers. Offers valid until Sunday.</p>",
    ),
    m(
        "940921",
        "2025-12-05 11:00",
        "Woolworths <rewards@woolworths-mail.co.za>",
        "Black Friday offers extended",
        N,
        html="<p>Our best offers, extended to Sunday. Up to 40% off home.</p>",
    ),
    m(
        "940922",
        "2026-02-19 09:30",
        "OUTsurance <noreply@outsurance-mail.co.za>",
        "Your car insurance quote",
        N,
        "Hi Lerato\n\nThanks for your interest. Your quote for the 2019 Suzuki Swift is R612 per month. This quote is valid for 30 days.\n\nOUTsurance",
    ),
    m(
        "940923",
        "2026-03-18 19:10",
        "Kabelo Sithebe <kabelo.sithebe@outlook.com>",
        "Re: weekend",
        N,
        "Can't do Saturday, I have a second interview on Monday for that Jozi role and need to prep. The recruiter says they want to make an offer by Easter. Sunday surf instead?\n\nK",
    ),
    m(
        "940924",
        "2026-02-04 07:50",
        "Ayanda Mthembu <ayanda.mthembu@mkc.co.za>",
        "Structures team lunch Friday",
        N,
        "Hi all (and welcome Lerato!)\n\nTeam lunch at the Bree Street Eatery on Friday at 12:30 to welcome our new joiners.\n\nAyanda",
        to="Structures CPT <structures.cpt@mkc.co.za>",
    ),
    m(
        "940925",
        "2026-02-20 15:00",
        "Computicket <tickets@computicket-mail.co.za>",
        "Your tickets: Cape Town Cycle Tour spectator pass",
        N,
        html="<p>Order 5630118: 1 x Grandstand, Cape Town Cycle Tour, 8 March.</p>",
    ),
]

# --- recurring mail: load-shedding and water outages, bank statements, groceries, MyCiTi, Uber ---
_LS = [
    (
        "2025-10-03 05:40",
        "Stage 2 load-shedding tonight 18:00-22:00",
        "Stage 2 from 16:00. Your area (Muizenberg, block 7) is scheduled 18:00-20:30.",
    ),
    (
        "2025-10-11 14:10",
        "Load-shedding suspended",
        "Load-shedding has been suspended until further notice. Please use electricity sparingly.",
    ),
    (
        "2025-11-07 06:05",
        "Planned outage: Muizenberg, 12 November",
        "Planned maintenance outage on 12 November 09:00-15:00 affecting Beach Road and surrounds.",
    ),
    (
        "2025-11-26 17:55",
        "Stage 1 load-shedding from 17:00",
        "Stage 1 load-shedding from 17:00 to 22:00. Block 7: 20:00-22:30.",
    ),
    (
        "2025-12-09 07:30",
        "Unplanned water outage",
        "Burst main in Main Road, Muizenberg. Teams on site. Estimated restoration 15:00.",
    ),
    (
        "2026-01-14 18:10",
        "Stage 2 load-shedding this evening",
        "Stage 2 from 17:00 to 23:00. Block 7: 18:00-20:30 and 22:00-00:30.",
    ),
    ("2026-02-02 05:30", "Load-shedding suspended", "Load-shedding has been suspended from 05:00."),
    (
        "2026-03-05 11:45",
        "Planned outage: Muizenberg, 10 March",
        "Cable replacement work, 10 March 08:30-16:00.",
    ),
]
for _i, (_when, _subj, _body) in enumerate(_LS):
    MAIL.append(
        m(
            f"9410{_i:02d}",
            _when,
            "City of Cape Town Alerts <alerts@capetown.gov.za>",
            _subj,
            N,
            f"{_body}\n\nFollow @CityofCT for updates. Report outages on 0860 103 089.\n\nCity of Cape Town",
        )
    )

_MONTHS = [
    ("2025-10", "October 2025"),
    ("2025-11", "November 2025"),
    ("2025-12", "December 2025"),
    ("2026-01", "January 2026"),
    ("2026-02", "February 2026"),
    ("2026-03", "March 2026"),
]
for _i, (_ym, _name) in enumerate(_MONTHS):
    MAIL.append(
        m(
            f"9411{_i:02d}",
            f"{_ym}-03 04:15",
            "Capstone Bank <statements@capstonebank.co.za>",
            f"Your Capstone Bank statement for {_name}",
            N,
            f"Dear Lerato\n\nYour statement for the period ending {_name.split()[0]} is attached. The password is your ID number.\n\nCapstone Bank",
            attach=[(f"statement_{_ym}.pdf", "application/pdf", "%PDF-1.4 statement placeholder")],
        )
    )
    MAIL.append(
        m(
            f"9412{_i:02d}",
            f"{_ym}-07 09:00",
            "Cell C <billing@cellc-billing.co.za>",
            f"Your Cell C invoice - {_name}",
            N,
            f"Hi Lerato, your invoice for {_name} is R399.00, due on the 20th. Thank you for choosing Cell C.",
        )
    )
    MAIL.append(
        m(
            f"9413{_i:02d}",
            f"{_ym}-15 12:00",
            "Discovery Vitality <vitality@mailer.vitalityhealth.co.za>",
            f"Your Vitality points for {_name}",
            N,
            html=f"<p>You earned {1200 + _i * 150} points in {_name}. Keep moving!</p><p>Book your health check and earn 5 000 points.</p>",
        )
    )
    MAIL.append(
        m(
            f"9414{_i:02d}",
            f"{_ym}-25 10:00",
            "Atlantic Lettings <accounts@atlanticlettings.co.za>",
            f"Rent invoice {_name}: 3 Tide Close",
            N,
            f"Dear Tenant\n\nPlease find your rent invoice for {_name}: R14 500.00 plus water R312.50. Due on the 1st. Reference: TIDE3.\n\nAtlantic Lettings Accounts",
        )
    )

_SIXTY = [
    "2025-10-05 17:22",
    "2025-10-19 16:48",
    "2025-11-02 18:03",
    "2025-11-16 11:15",
    "2025-11-30 17:40",
    "2025-12-14 10:02",
    "2026-01-11 16:30",
    "2026-01-25 12:44",
    "2026-02-08 17:10",
    "2026-02-22 09:55",
    "2026-03-08 18:20",
    "2026-03-22 11:32",
]
for _i, _when in enumerate(_SIXTY):
    MAIL.append(
        m(
            f"9415{_i:02d}",
            _when,
            "Checkers Sixty60 <noreply@sixty60-mail.co.za>",
            f"Your order #{60412 + _i * 37} has been delivered",
            N,
            html=f"<p>Hi Lerato, your Sixty60 order #{60412 + _i * 37} was delivered in {38 + _i % 9} minutes. Total R{412 + _i * 53}.{_i * 7 % 100:02d}</p><p>Rate your driver.</p>",
        )
    )

_UBER = [
    "2025-10-24 15:10",
    "2025-11-06 18:40",
    "2025-11-13 08:55",
    "2025-11-20 12:40",
    "2025-12-13 23:15",
    "2026-01-30 19:05",
    "2026-02-02 07:25",
    "2026-02-27 22:40",
]
for _i, _when in enumerate(_UBER):
    MAIL.append(
        m(
            f"9416{_i:02d}",
            _when,
            "Uber Receipts <noreply@uber.com>",
            "Your trip with Uber",
            N,
            html=f"<p>Thanks for riding, Lerato</p><p>Total R{88 + _i * 19}.00</p><p>UberX - Cape Town</p>",
        )
    )

_MYCITI = [
    "2025-10-13 07:00",
    "2025-11-10 07:00",
    "2025-12-08 07:00",
    "2026-01-12 07:00",
    "2026-02-09 07:00",
    "2026-03-09 07:00",
]
for _i, _when in enumerate(_MYCITI):
    MAIL.append(
        m(
            f"9417{_i:02d}",
            _when,
            "Wavescape <news@wavescape-mail.co.za>",
            f"Surf forecast: the week ahead ({_when[:10]})",
            N,
            html=f"<p>Muizenberg: {2 + _i % 3}-{3 + _i % 3} ft, light south-easter in the mornings. Long Beach: best on the {_i + 8}th. Water 16-18C.</p>",
        )
    )

_SPOTIFY = [
    "2025-10-28 10:00",
    "2025-11-28 10:00",
    "2025-12-28 10:00",
    "2026-01-28 10:00",
    "2026-02-28 10:00",
    "2026-03-28 10:00",
]
for _i, _when in enumerate(_SPOTIFY):
    MAIL.append(
        m(
            f"9418{_i:02d}",
            _when,
            "Spotify <no-reply@spotify.com>",
            "Your Spotify Premium receipt",
            N,
            html="<p>Thanks for your payment of R79.99 for Spotify Premium Individual.</p>",
        )
    )
