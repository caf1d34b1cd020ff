"""The rest of the fourteenth held-out corpus's inbox: personal mail and look-alikes (do not use
for tuning)."""

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

GMT, IST, CET, CEST = "+0000", "+0100", "+0100", "+0200"
NJ = ("not_job", "en")

MAIL: list[dict[str, Any]] = [
    # family and friends
    m(
        "14501",
        "2026-01-02 10:14",
        "Mam <brennan.maureen@eircom.net>",
        "New Year",
        NJ,
        text="""Hi love,

Happy New Year to you and Conor! Thanks for the lovely day on Stephen's Day. Your father
is still talking about the trifle. Are you working the weekend? If not come down to
Kilkenny for Sunday dinner.

Love Mam xx
""",
        tz=GMT,
    ),
    m(
        "14502",
        "2026-01-02 19:40",
        "Mam <brennan.maureen@eircom.net>",
        "Re: New Year",
        NJ,
        text="""Grand, we'll see you Sunday so. Bring the Tupperware back!!

Mam

> Off this weekend, we'll be down for dinner x
""",
        tz=GMT,
        **reply("14501", "brennan.maureen@eircom.net"),
    ),
    m(
        "14503",
        "2026-01-16 21:33",
        "Niamh Gallagher <niamhgallagher88@gmail.com>",
        "hen party!!!",
        NJ,
        text="""GIRLS. Dates are confirmed - Galway, 22-24 May. I've booked the house in Salthill,
it's 165 each for the two nights. Can everyone send me the deposit of 60 by the end of the
month? Revolut or bank transfer, details below.

Theme TBC (Ciara is NOT allowed to pick it).

Niamh xx
""",
        tz=GMT,
    ),
    m(
        "14504",
        "2026-03-02 21:58",
        "Conor Brennan <conor.brennan@gaelpost.ie>",
        "Re: Fwd: Thank you for your application - Req 4471",
        NJ,
        text="""Go on you good thing! Forgot to say I'm on lates Thurs so can you grab the car from
the NCT place? It's ready after 4.

C x
""",
        tz=GMT,
        **reply("14073", "aoife.brennan@gaelpost.ie"),
    ),
    m(
        "14505",
        "2026-03-08 12:20",
        "Dad <pj.brennan@eircom.net>",
        "photos from the 70th",
        NJ,
        text="""Aoife, your mother says I have to send you the photos from Auntie Bríd's party. I
have attached them I think. Let me know if they come through.

Dad
""",
        attach=[
            ("IMG_2231.txt", "text/plain", "(photo)\n"),
            ("IMG_2234.txt", "text/plain", "(photo)\n"),
        ],
        tz=GMT,
    ),
    m(
        "14506",
        "2026-04-10 18:47",
        "Niamh Gallagher <niamhgallagher88@gmail.com>",
        "Re: news??",
        NJ,
        text="""STOP. Aoife that's amazing!!! Clinical informatics queen!! Drinks on Saturday to
celebrate, no arguments. So proud of you xxx

> I got it!!! Beacon Ridge rang this afternoon. Still in shock.
""",
        tz=IST,
    ),
    m(
        "14507",
        "2026-05-26 09:13",
        "Ciara Dunne <ciara.dunne@outlook.ie>",
        "photos + money",
        NJ,
        text="""Morning hun, still recovering from Galway. Shared album link is below. Also I owe
you 34 for the taxi and the Sunday brunch, sending now.

https://photos.app.goo.gl/hen-galway-2026

Cx
""",
        tz=IST,
    ),
    m(
        "14508",
        "2026-06-29 20:02",
        "Mam <brennan.maureen@eircom.net>",
        "How is the new job",
        NJ,
        text="""Hi love, how is the first month going? Is it strange not being on the wards? Your
father wants to know if you get a laptop. We're off to Lanzarote on the 12th.

Love Mam xx
""",
        tz=IST,
    ),
    # look-alikes: rental, credit, mortgage, university, visa/registration
    m(
        "14509",
        "2026-01-09 14:22",
        "Daft.ie <noreply@daft.ie>",
        "Your enquiry has been sent: 2 Bed Apartment, Phibsborough",
        NJ,
        html="""<html><body style="font-family:Arial;font-size:14px">
<p>Hi Aoife,</p>
<p>Your message has been sent to the advertiser of <b>Apt 14, The Maltings, Phibsborough,
Dublin 7</b> (EUR 2,150 per month).</p>
<p>Tip: renters with a complete <b>Daft Application Profile</b> are 3x more likely to hear back.</p>
<p>Daft.ie</p></body></html>""",
        tz=GMT,
    ),
    m(
        "14510",
        "2026-01-13 11:05",
        "Sherry Lettings <lettings@sherrylettings.ie>",
        "Rental application - The Maltings, Apt 14",
        NJ,
        text="""Dear Aoife and Conor,

Thank you for viewing Apt 14 on Saturday. To progress your application we require:

- Photo ID for both applicants
- Landlord reference
- Employer references and last 3 payslips
- 2 months' bank statements

Unfortunately we cannot hold the property until all documents are received.

Kind regards,
Deirdre
Sherry Lettings
""",
        tz=GMT,
    ),
    m(
        "14511",
        "2026-01-20 16:40",
        "Sherry Lettings <lettings@sherrylettings.ie>",
        "RE: Rental application - The Maltings, Apt 14",
        NJ,
        text="""Dear Aoife,

I'm sorry to let you know that the landlord has decided to proceed with another applicant
for Apt 14. We will keep your details on file for similar properties.

Kind regards,
Deirdre
""",
        tz=GMT,
        **reply("14510", "lettings@sherrylettings.ie"),
    ),
    m(
        "14512",
        "2026-02-02 09:00",
        "Bank of Leinster <alerts@bankofleinster.ie>",
        "Your credit card application",
        NJ,
        text="""Dear Ms Brennan,

Thank you for applying for a Bank of Leinster Platinum Credit Card. We're pleased to let you
know your application has been approved with a credit limit of EUR 3,000. Your card will
arrive by post within 5 working days.

Bank of Leinster
""",
        tz=GMT,
    ),
    m(
        "14513",
        "2026-03-03 10:30",
        "Harbour Mortgages <advisors@harbourmortgages.ie>",
        "Your mortgage approval in principle - next steps",
        NJ,
        text="""Hi Aoife and Conor,

Great news - your application for mortgage approval in principle has been accepted by the
lender for up to EUR 385,000. The AIP is valid for 6 months. When you go sale agreed, send
us the property details and we'll request a valuation.

One thing: if either of you changes employer, please let us know, as the lender will need
your new contract and a payslip before drawdown.

Eimear Cullen
Mortgage Advisor, Harbour Mortgages
""",
        tz=GMT,
    ),
    m(
        "14514",
        "2026-05-14 15:12",
        "Harbour Mortgages <advisors@harbourmortgages.ie>",
        "RE: new job - what do you need?",
        NJ,
        text="""Hi Aoife,

Congratulations on the new role! For the lender we'll need: a copy of your signed contract,
a letter from HR confirming the end of any probation period, and your first payslip. The
probation clause is usually fine for public and large private hospital groups.

Eimear
""",
        tz=IST,
    ),
    m(
        "14515",
        "2026-01-28 12:00",
        "Admissions RCSI <admissions@rcsi-postgrad.example.ie>",
        "Application received: MSc Healthcare Management (part-time)",
        NJ,
        text="""Dear Aoife,

We confirm receipt of your application for the MSc in Healthcare Management (part-time,
September 2026 intake). Your application reference is PG26-04418.

Interviews for shortlisted applicants take place in April. You will be notified of the
outcome of your application by email.

Postgraduate Admissions
""",
        tz=GMT,
    ),
    m(
        "14516",
        "2026-04-21 16:00",
        "Admissions RCSI <admissions@rcsi-postgrad.example.ie>",
        "Offer of a place - MSc Healthcare Management",
        NJ,
        text="""Dear Aoife,

We are delighted to offer you a place on the MSc in Healthcare Management (part-time),
commencing September 2026. To accept your offer please pay the acceptance deposit of
EUR 500 through the applicant portal by 15 May 2026.

Congratulations!
Postgraduate Admissions
""",
        tz=IST,
    ),
    m(
        "14517",
        "2026-02-19 08:45",
        "NMC Registration <registration@nmc-uk.org>",
        "Your overseas application: next step - test of competence",
        NJ,
        text="""Dear Aoife Brennan,

Thank you for your application to join the NMC register. We have assessed your
qualification documents. Your next step is to book Part 2 of the test of competence (the
OSCE). Please log in to NMC Online to continue your application.

Registration and Revalidation
Nursing and Midwifery Council
""",
        tz=GMT,
    ),
    m(
        "14518",
        "2026-03-18 10:00",
        "Ordem dos Enfermeiros <inscricoes@ordemenfermeiros.pt>",
        "Pedido de inscrição - documentação em falta",
        ("not_job", "pt"),
        text="""Exma. Senhora,

Relativamente ao seu pedido de inscrição na Ordem dos Enfermeiros (processo n.º
2026/1187-E), informamos que falta o certificado de conformidade emitido pela autoridade
competente do país de origem (NMBI).

Solicitamos o envio do documento no prazo de 30 dias úteis.

Serviço de Inscrições
Ordem dos Enfermeiros
""",
        tz=GMT,
    ),
    m(
        "14519",
        "2026-02-24 14:30",
        "NMBI <registrations@nmbi.ie>",
        "Certificate of Current Professional Status - request received",
        NJ,
        text="""Dear Aoife Brennan,

We have received your request for a Certificate of Current Professional Status (CCPS) for
the competent authority in Portugal. Processing time is currently 10 working days. The fee
of EUR 60 has been charged to your card.

Registration Department
Nursing and Midwifery Board of Ireland
""",
        tz=GMT,
    ),
    m(
        "14520",
        "2026-01-31 09:00",
        "NMBI <registrations@nmbi.ie>",
        "Annual retention fee - reminder",
        NJ,
        text="""Dear Registrant,

Your annual retention fee is due by 31 January. If payment is not received, your name will
be removed from the Register of Nurses and Midwives and you will not be able to practise.

Log in to MyNMBI to pay.
""",
        tz=GMT,
    ),
]

MAIL += [
    # marketing "offers", podcast/press "interviews", webinars and appointments with calendars
    m(
        "14521",
        "2026-01-05 07:30",
        "Brown Thomas <news@e.brownthomas.com>",
        "Exclusive offer: up to 50% off in our January Sale",
        NJ,
        html="""<html><body><p>The January Sale is on. As a valued member, enjoy an extra 10% off
selected beauty this weekend only. <a href="https://www.brownthomas.com/sale">Shop now</a></p>
<p>Unsubscribe | Privacy</p></body></html>""",
        tz=GMT,
    ),
    m(
        "14522",
        "2026-02-11 12:00",
        "Aer Lingus <offers@email.aerlingus.com>",
        "Your exclusive offer: 20% off summer flights",
        NJ,
        html="""<html><body><p>Hi Aoife, dreaming of summer? For 72 hours only, AerClub members save
20% on flights to Faro, Málaga and Lisbon. Offer ends midnight Friday.</p></body></html>""",
        tz=GMT,
    ),
    m(
        "14523",
        "2026-03-20 18:00",
        "Three Ireland <offers@three.ie>",
        "Aoife, an upgrade offer just for you",
        NJ,
        text="""Hi Aoife,

You're eligible for an upgrade! Get the latest phone from EUR 0 upfront on our Unlimited
plan. Offer accepted online only until 31 March.

Three
""",
        tz=GMT,
    ),
    m(
        "14524",
        "2026-04-02 11:12",
        "Fiona Kearns <fiona@wardroundpodcast.ie>",
        "Interview request - The Ward Round podcast",
        NJ,
        text="""Hi Aoife,

I host The Ward Round, a podcast about life in Irish nursing. Your INMO journal piece on
falls prevention went down really well, and we'd love to interview you for an episode on
nurse-led quality improvement. It's about 40 minutes, recorded remotely.

Would any date in late April suit?

Fiona Kearns
Host & Producer, The Ward Round
""",
        tz=IST,
    ),
    m(
        "14525",
        "2026-04-06 10:30",
        "Fiona Kearns <fiona@wardroundpodcast.ie>",
        "Invitation: The Ward Round - recording with Aoife Brennan @ Tue 28 Apr 2026 19:00",
        NJ,
        text="""Thanks Aoife! Invite attached - we'll use Riverside, link in the event. Just bring
headphones and a quiet room.
""",
        ics={
            "uid": "wardround-ep42-brennan@wardroundpodcast.ie",
            "start": "2026-04-28 19:00:00 +0100",
            "minutes": 60,
            "organizer": ("Fiona Kearns", "fiona@wardroundpodcast.ie"),
            "summary": "The Ward Round - recording with Aoife Brennan",
            "location": "https://riverside.fm/studio/the-ward-round",
        },
        tz=IST,
        **reply("14524", "fiona@wardroundpodcast.ie"),
    ),
    m(
        "14526",
        "2026-02-04 13:00",
        "HIMSS Europe <events@himss-europe.example.org>",
        "Webinar invitation: Nursing informatics in Europe - 19 Feb",
        NJ,
        text="""Dear Aoife,

Join us for a free webinar, "Nursing informatics in Europe: from super-users to CNIOs", on
Thursday 19 February, 13:00 CET. Speakers from Ireland, the Netherlands and Portugal will
discuss career paths and the skills hospitals are hiring for.

Add to calendar with the attached invitation.
""",
        ics={
            "uid": "himss-webinar-0219-nursinginfo",
            "start": "2026-02-19 13:00:00 +0100",
            "minutes": 60,
            "organizer": ("HIMSS Europe Events", "events@himss-europe.example.org"),
            "summary": "Webinar: Nursing informatics in Europe",
            "location": "https://zoom.us/j/94410227731",
        },
        tz=CET,
    ),
    m(
        "14527",
        "2026-03-25 09:14",
        "Phibsborough Medical Centre <appointments@phibsmedical.ie>",
        "Appointment confirmation - Dr Aisling Kenny",
        NJ,
        text="""Dear Aoife,

Your appointment is confirmed:

Dr Aisling Kenny - Tuesday 31 March 2026 at 09:40
Phibsborough Medical Centre, 211 North Circular Road, Dublin 7

Please arrive 5 minutes early. To cancel, reply to this email or call 01 830 2211.
""",
        ics={
            "uid": "phibsmed-appt-88412",
            "style": "outlook",
            "start": "2026-03-31 10:40:00 +0200",
            "minutes": 15,
            "organizer": ("Phibsborough Medical Centre", "appointments@phibsmedical.ie"),
            "summary": "GP appointment - Dr Aisling Kenny",
            "location": "Phibsborough Medical Centre",
        },
        tz=GMT,
    ),
    m(
        "14528",
        "2026-05-11 16:00",
        "Smile Dental Drumcondra <reception@smiledental.ie>",
        "Your appointment has been rescheduled",
        NJ,
        text="""Hi Aoife,

Your hygienist appointment has been moved to Saturday 16 May at 11:15, as Ms Power is
unavailable on the original date. Reply C to confirm.

Smile Dental Drumcondra
""",
        ics={
            "uid": "smiledental-hyg-2291",
            "start": "2026-05-16 11:15:00 +0100",
            "minutes": 30,
            "sequence": 1,
            "organizer": ("Smile Dental Drumcondra", "reception@smiledental.ie"),
            "summary": "Hygienist appointment",
            "location": "Smile Dental, Drumcondra Road",
        },
        tz=IST,
    ),
    m(
        "14529",
        "2026-06-08 08:30",
        "Microsoft Bookings <noreply@outlook.com>",
        "Booking confirmed: Physiotherapy - Initial assessment",
        NJ,
        text="""Hi Aoife,

Your booking with Canal Physio is confirmed.

Service: Physiotherapy - Initial assessment (45 min)
Date: Friday, 12 June 2026, 18:00
Staff: Eoin Hanley

Need to make changes? Manage your booking online.
""",
        tz=IST,
    ),
    # LinkedIn social notifications
    m(
        "14530",
        "2026-01-22 17:05",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Congratulate Róisín Byrne on her new job!",
        NJ,
        html="""<html><body><p>Róisín Byrne started a new position as Clinical Nurse Manager 1 at
Mater Private Network.</p><p><a href="https://www.linkedin.com/feed/">Say congrats</a></p></body></html>""",
        tz=GMT,
    ),
    m(
        "14531",
        "2026-02-15 09:40",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "You appeared in 14 searches this week",
        NJ,
        html="""<html><body><p>Hi Aoife, you appeared in 14 searches this week. Searchers came from
Medisync, Beacon Ridge Hospital Group and 3 others.</p>
<p>Try Premium for free to see who's been looking.</p></body></html>""",
        tz=GMT,
    ),
    m(
        "14532",
        "2026-03-03 20:15",
        "LinkedIn <invitations@linkedin.com>",
        "Aoife, please add me to your LinkedIn network",
        NJ,
        html="""<html><body><p>Declan Moran, Head of Clinical Success at Medisync, wants to connect.</p>
<p><a href="https://www.linkedin.com/mynetwork/">Accept</a></p></body></html>""",
        tz=GMT,
    ),
    m(
        "14533",
        "2026-06-03 12:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Kevin O'Dwyer and 38 others reacted to your post",
        NJ,
        html="""<html><body><p>Your post "Excited to share that I've started a new position as Clinical
Informatics Nurse Specialist at Beacon Ridge Hospital Group!" is getting attention.</p>
<p>Kevin O'Dwyer and 38 others reacted. 12 comments.</p></body></html>""",
        tz=IST,
    ),
    m(
        "14534",
        "2026-06-04 07:10",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Rachel Nolan sent you a message",
        NJ,
        html="""<html><body><p><b>Rachel Nolan</b>: Congrats on the new job Aoife!! So delighted for
you. Let's grab a coffee when you're settled.</p></body></html>""",
        tz=IST,
    ),
    # newsletters about hiring / interviews
    m(
        "14535",
        "2026-01-27 08:00",
        "INMO <news@inmo.ie>",
        "INMO Bulletin: recruitment embargo, safe staffing and your pay",
        NJ,
        html="""<html><body><h2>INMO Bulletin</h2>
<p>Hospital groups are still operating under the pay and numbers strategy, with hundreds of
posts unfilled. Our survey found 61% of members say vacancies on their ward are not being
replaced. Read our guide to the new CNM interview process and competency frameworks.</p>
<p>Also: Annual Delegate Conference - motions deadline 20 February.</p></body></html>""",
        tz=GMT,
    ),
    m(
        "14536",
        "2026-03-12 07:00",
        "Digital Health Ireland <newsletter@digitalhealthireland.example.ie>",
        "This week: who's hiring in digital health, and an interview with a CNIO",
        NJ,
        html="""<html><body><p>In this issue: our exclusive interview with the country's first Chief
Nursing Information Officer; health-tech startups raised EUR 84m in Q1 and are hiring
clinical staff; plus tips on moving from the wards into informatics.</p></body></html>""",
        tz=GMT,
    ),
    m(
        "14537",
        "2026-05-20 07:00",
        "Nursing Times <newsletters@nursingtimes.example.net>",
        "Careers special: acing your Band 7 interview",
        NJ,
        html="""<html><body><p>Our careers special: 10 competency questions you'll be asked at a Band 7
interview, how to use the STAR method, and why trusts are recruiting internationally again.</p></body></html>""",
        tz=IST,
    ),
    # banks, receipts, deliveries, utilities
    m(
        "14538",
        "2026-01-26 06:00",
        "Bank of Leinster <alerts@bankofleinster.ie>",
        "Your salary has been lodged",
        NJ,
        text="""A lodgement of EUR 2,381.44 from HSE PAYROLL was credited to your current account
ending 4471 on 26 Jan 2026.
""",
        tz=GMT,
    ),
    m(
        "14539",
        "2026-02-23 06:00",
        "Bank of Leinster <alerts@bankofleinster.ie>",
        "Your salary has been lodged",
        NJ,
        text="""A lodgement of EUR 2,381.44 from HSE PAYROLL was credited to your current account
ending 4471 on 23 Feb 2026.
""",
        tz=GMT,
    ),
    m(
        "14540",
        "2026-03-15 10:11",
        "Revolut <no-reply@revolut.com>",
        "Niamh Gallagher requested EUR 60",
        NJ,
        text="""Niamh Gallagher requested EUR 60.00 from you: "Hen deposit Galway". Tap to pay in the app.""",
        tz=GMT,
    ),
    m(
        "14541",
        "2026-02-06 14:22",
        "Amazon.co.uk <auto-confirm@amazon.co.uk>",
        'Your Amazon.co.uk order of "Compression socks (3 pairs)"',
        NJ,
        text="""Hello Aoife,

Thank you for your order. Arriving Tuesday 10 February.

Order #204-7713402-2231187
Compression socks, graduated 15-20 mmHg (3 pairs) - EUR 24.99
""",
        tz=GMT,
    ),
    m(
        "14542",
        "2026-02-10 13:05",
        "An Post <noreply@anpost.ie>",
        "Your parcel is out for delivery",
        NJ,
        text="""Your parcel CE112334556GB is out for delivery today between 12:00 and 16:00.
If you are not at home we'll leave a card.
""",
        tz=GMT,
    ),
    m(
        "14543",
        "2026-03-02 09:00",
        "Electric Ireland <noreply@electricireland.ie>",
        "Your bill is ready",
        NJ,
        text="""Hi Aoife, your electricity bill for 1 Jan - 28 Feb is EUR 187.42. It will be paid by
direct debit on 16 March.
""",
        tz=GMT,
    ),
    m(
        "14544",
        "2026-04-18 19:44",
        "Deliveroo <noreply@t.deliveroo.ie>",
        "Your order from Bunsen Camden Street",
        NJ,
        text="""Thanks for your order, Aoife! 2x Bunsen cheeseburger, 1x fries, 2x Coke. Total EUR 38.50.
Estimated delivery 20:15.
""",
        tz=IST,
    ),
    m(
        "14545",
        "2026-05-02 11:30",
        "Dunnes Stores <orders@dunnesstoresgrocery.com>",
        "Your grocery order is confirmed",
        NJ,
        text="""Your delivery slot: Sunday 3 May, 10:00-11:00. Order total EUR 92.18. You can edit your
order until 23:00 tonight.
""",
        tz=IST,
    ),
    m(
        "14546",
        "2026-06-15 08:02",
        "Revenue <noreply@revenue.ie>",
        "Revenue - your employment details have changed",
        NJ,
        text="""Dear Aoife Brennan,

Your Revenue record has been updated. A new employment with BEACON RIDGE HOSPITAL GROUP has
been registered from 01/06/2026 and your previous employment has ceased. You can review your
tax credits in myAccount.

Revenue
""",
        tz=IST,
    ),
    m(
        "14547",
        "2026-07-03 09:00",
        "Laya healthcare <service@layahealthcare.ie>",
        "Welcome to your new company health plan",
        NJ,
        text="""Hi Aoife,

Your employer has added you to their group health scheme. Your cover starts on 1 July 2026.
Download the app to see your benefits and claim for GP visits.

Laya healthcare
""",
        tz=IST,
    ),
]

MAIL += [
    # her current ward (not job-seeking mail)
    m(
        "14548",
        "2026-01-08 14:30",
        "Marian Foley <marian.foley@stlukes-hospital.example.ie>",
        "Roster Feb - St Luke's Ward",
        NJ,
        text="""Hi all,

February roster is attached. Please check your lines and let me know of any errors by
Friday. Swaps must be approved by me or the CNM on duty. Aoife - you're on nights 9-12 Feb,
sorry!

Marian
CNM2, St Luke's Ward
""",
        attach=[("Roster_Feb2026.txt", "text/plain", "Week 1...\n")],
        tz=GMT,
    ),
    m(
        "14549",
        "2026-02-25 10:15",
        "Practice Development Unit <pdu@stlukes-hospital.example.ie>",
        "Mandatory training overdue - manual handling",
        NJ,
        text="""Dear Aoife,

Our records show your manual handling refresher expired on 14/02/2026. Please book onto one
of the sessions below via HSeLanD or the PDU booking page.

  Tue 3 March 09:00-13:00 | Thu 12 March 13:00-17:00

Practice Development Unit
""",
        tz=GMT,
    ),
    m(
        "14550",
        "2026-03-31 11:02",
        "Marian Foley <marian.foley@stlukes-hospital.example.ie>",
        "Extra shift Sat?",
        NJ,
        text="""Aoife, any chance you could do a long day this Saturday? We've three out sick. I'll
owe you one (another one...).

M
""",
        tz=IST,
    ),
    m(
        "14551",
        "2026-04-15 09:30",
        "Marian Foley <marian.foley@stlukes-hospital.example.ie>",
        "Re: Resignation",
        NJ,
        text="""Aoife,

Thank you for your letter. I'm sorry to be losing you but delighted for you - it's a great
move and you'll be brilliant at it. I've passed it to HR; your last shift will be 29 May. We
will definitely be having a send-off!

Marian
""",
        tz=IST,
    ),
    m(
        "14552",
        "2026-05-25 15:44",
        "HR St Luke's <hr@stlukes-hospital.example.ie>",
        "Leaver checklist",
        NJ,
        text="""Dear Aoife,

Please return your ID badge, locker key and pager to the HR office on your last day. Your
P45 will issue with your final pay. Any annual leave not taken will be paid in lieu.

HR Department
""",
        tz=IST,
    ),
    # languages and travel
    m(
        "14553",
        "2026-01-11 19:00",
        "Duolingo <hello@duolingo.com>",
        "You're on a 90 day streak in Portuguese!",
        NJ,
        text="""Nice work, Aoife! You've practised Portuguese for 90 days in a row. Keep it going today.""",
        tz=GMT,
    ),
    m(
        "14554",
        "2026-02-01 10:00",
        "Goethe-Institut Irland <dublin@goethe.example.de>",
        "Anmeldebestätigung: Deutschkurs B1.1 (Abendkurs)",
        ("not_job", "de"),
        text="""Liebe Frau Brennan,

vielen Dank für Ihre Anmeldung zum Kurs B1.1 (dienstags und donnerstags, 18:30-20:30 Uhr,
ab 10. Februar). Die Kursgebühr in Höhe von 395 EUR haben wir erhalten.

Mit freundlichen Grüßen
Ihr Sprachkursteam
Goethe-Institut Irland
""",
        tz=GMT,
    ),
    m(
        "14555",
        "2026-02-14 20:12",
        "Beatriz Moreira <bia.moreira@sapo.pt>",
        "Saudades!",
        ("not_job", "pt"),
        text="""Olá Aoife!

Que saudades! Vi no Instagram que andas a aprender português - estou muito orgulhosa. Se
vieres a Lisboa na Páscoa ficas cá em casa, claro. O Tiago manda beijinhos.

Beijinhos,
Bia
""",
        tz=GMT,
    ),
    m(
        "14556",
        "2026-02-16 21:40",
        "Beatriz Moreira <bia.moreira@sapo.pt>",
        "Re: Saudades!",
        ("not_job", "pt"),
        text="""Ótimo! Entrevista no Hospital Atlântico?? Que bom! Fica então combinado, chegas dia 3
de abril e vamos jantar a Alfama. Boa sorte!!

Bia

> Obrigada Bia! Vou mesmo, e também tenho uma entrevista por Teams esta semana.
""",
        tz=GMT,
        **reply("14555", "bia.moreira@sapo.pt"),
    ),
    m(
        "14557",
        "2026-02-20 15:33",
        "Ryanair <itinerary@ryanair.com>",
        "Your Ryanair booking confirmation ZX4RQ2",
        NJ,
        text="""Booking reference: ZX4RQ2
Dublin (DUB) - Lisbon (LIS)  Fri 3 Apr 2026 06:05
Lisbon (LIS) - Dublin (DUB)  Tue 7 Apr 2026 19:40
Passenger: Ms Aoife Brennan. Check-in opens 24 hours before departure.
""",
        tz=GMT,
    ),
    m(
        "14558",
        "2026-03-29 12:00",
        "Ryanair <checkin@ryanair.com>",
        "Check-in is now open",
        NJ,
        text="""Hi Aoife, online check-in is now open for your flight FR7314 Dublin to Lisbon. Add
priority and 2 cabin bags from EUR 8.""",
        tz=IST,
    ),
    m(
        "14559",
        "2026-03-05 09:00",
        "Passport Online <noreply@passportonline.dfa.ie>",
        "Your passport application has been received",
        NJ,
        text="""Dear Applicant,

Your passport renewal application (ref 20260305-PO-81124) has been received and is being
processed. Current processing time for adult renewals is 10 working days.

Department of Foreign Affairs
""",
        tz=GMT,
    ),
    m(
        "14560",
        "2026-03-16 11:20",
        "Passport Online <noreply@passportonline.dfa.ie>",
        "Your passport has been dispatched",
        NJ,
        text="""Dear Applicant, your new passport has been printed and dispatched by registered post.""",
        tz=GMT,
    ),
    m(
        "14561",
        "2026-04-28 21:10",
        "Laura Jiménez <laurajimenez.enf@gmail.com>",
        "¿Qué tal todo?",
        ("not_job", "es"),
        text="""¡Hola Aoife!

¿Cómo estás? Te echamos de menos en el hospital desde tu Erasmus, ¡ya han pasado diez años!
Me contó Rocío que habías mandado el CV a Málaga. ¿Al final te vienes para España? Si vienes
en verano, avísame y quedamos en Granada.

Un abrazo fuerte,
Laura
""",
        tz=CEST,
    ),
    m(
        "14562",
        "2026-07-14 17:30",
        "Booking.com <noreply@booking.com>",
        "Your booking is confirmed: Hotel Alhambra Palace Views, Granada",
        NJ,
        text="""Thanks, Aoife! Your booking in Granada is confirmed.
Check-in: Fri 7 Aug 2026 | Check-out: Mon 10 Aug 2026 | 2 adults
Total: EUR 486 (pay at the property). Free cancellation until 31 July.
""",
        tz=IST,
    ),
    # hobbies, clubs, subscriptions
    m(
        "14563",
        "2026-01-19 12:00",
        "Phibsboro Parkrun <noreply@parkrun.com>",
        "Your parkrun result: Tolka Valley parkrun #412",
        NJ,
        text="""Hi Aoife, your time was 27:41. You finished 118th out of 301 and 19th in your age
category. Congratulations on a new personal best!""",
        tz=GMT,
    ),
    m(
        "14564",
        "2026-02-08 09:15",
        "Na Fianna GAA <secretary@nafiannagaa.example.ie>",
        "Membership renewal 2026",
        NJ,
        text="""Dear Member,

Club membership for 2026 is now due (adult social EUR 120). Renewals can be paid via ClubZap
before 28 February. The AGM takes place on 4 March in the clubhouse.

Club Secretary, Na Fianna GAA
""",
        tz=GMT,
    ),
    m(
        "14565",
        "2026-03-09 18:55",
        "Dearbhla Quinn <dearbhla.quinn@gmail.com>",
        "Book club - April pick",
        NJ,
        text="""Hi girls, April's book is 'Small Things Like These' (short one, you're welcome).
We're at mine on Thursday 16th, 7.30. Bring wine not excuses.

D x
""",
        tz=GMT,
    ),
    m(
        "14566",
        "2026-04-01 07:30",
        "Spotify <no-reply@spotify.com>",
        "Your Spotify Premium payment",
        NJ,
        text="""Thanks for your payment of EUR 12.99 for Spotify Premium Duo. Next payment: 1 May 2026.""",
        tz=IST,
    ),
    m(
        "14567",
        "2026-04-12 16:20",
        "Strava <no-reply@strava.com>",
        "Niamh Gallagher gave you kudos",
        NJ,
        text="""Niamh Gallagher gave you kudos on "Sunday long run along the Royal Canal". 12.4 km.""",
        tz=IST,
    ),
    m(
        "14568",
        "2026-05-05 10:00",
        "Flyefit <membership@flyefit.example.ie>",
        "Special offer: 3 months for the price of 2",
        NJ,
        html="""<html><body><p>Hi Aoife, we miss you! Come back to Flyefit Phibsborough this May with
our exclusive rejoin offer: 3 months for the price of 2. Offer valid until 31 May.</p></body></html>""",
        tz=IST,
    ),
    m(
        "14569",
        "2026-05-18 13:40",
        "Irish Blood Transfusion Service <donor@giveblood.ie>",
        "You're eligible to donate again",
        NJ,
        text="""Hi Aoife, thank you for donating in February. You're eligible to give blood again from
20 May. Book a clinic at D'Olier Street or Stillorgan in the app.""",
        tz=IST,
    ),
    # more look-alikes: car insurance "quote", loan, volunteer application, apartment "offer"
    m(
        "14570",
        "2026-02-26 11:11",
        "Credit Union Phibsboro <loans@phibsborocu.example.ie>",
        "Loan application - decision",
        NJ,
        text="""Dear Aoife,

Thank you for your application for a car loan of EUR 12,000. We are pleased to confirm your
loan has been approved at 7.5% APR over 48 months. Please call in to the office with photo
ID to sign the loan agreement.

Lending Team
""",
        tz=GMT,
    ),
    m(
        "14571",
        "2026-03-27 10:05",
        "AXA Insurance <quotes@axa.ie>",
        "Your car insurance quote is ready",
        NJ,
        text="""Hi Aoife, your quote for a 2019 Toyota Corolla is EUR 612 per year (fully
comprehensive, 5 years no-claims). This quote is valid for 30 days.""",
        tz=GMT,
    ),
    m(
        "14572",
        "2026-04-03 14:00",
        "Simon Community Volunteering <volunteer@simon.example.ie>",
        "Thank you for your volunteer application",
        NJ,
        text="""Dear Aoife,

Thank you for applying to volunteer with our Health Outreach team. We will invite you to a
short informal interview and Garda vetting will be required before you start. Volunteer
induction days run monthly.

Volunteer Coordinator
""",
        tz=IST,
    ),
    m(
        "14573",
        "2026-05-08 17:25",
        "Lisney Residential <sales@lisneyresi.example.ie>",
        "Your offer on 27 Dalcassian Downs",
        NJ,
        text="""Dear Aoife and Conor,

Thank you for your offer of EUR 372,000 on 27 Dalcassian Downs, Glasnevin. I have passed it
to the vendor. Please note there is a competing bid at EUR 375,000. Let me know if you wish
to increase your offer.

Paul Garvey
Lisney Residential
""",
        tz=IST,
    ),
    m(
        "14574",
        "2026-05-12 12:40",
        "Lisney Residential <sales@lisneyresi.example.ie>",
        "Offer accepted - 27 Dalcassian Downs",
        NJ,
        text="""Dear Aoife and Conor,

I'm delighted to confirm the vendor has accepted your offer of EUR 380,000 on 27 Dalcassian
Downs, subject to contract. The property is now sale agreed. Please send your solicitor's
details and the booking deposit of EUR 5,000.

Congratulations!
Paul Garvey
""",
        tz=IST,
        **reply("14573", "sales@lisneyresi.example.ie"),
    ),
    m(
        "14575",
        "2026-06-22 10:00",
        "Brophy Solicitors <conveyancing@brophysolicitors.example.ie>",
        "27 Dalcassian Downs - contracts",
        NJ,
        text="""Dear Aoife and Conor,

We have received contracts from the vendor's solicitor. Please make an appointment to sign
them in our office. We will also need the loan offer from your lender.

Brophy Solicitors
""",
        tz=IST,
    ),
    m(
        "14576",
        "2026-06-05 09:12",
        "Harbour Mortgages <advisors@harbourmortgages.ie>",
        "Loan offer issued",
        NJ,
        text="""Hi Aoife and Conor, the lender has issued your formal loan offer - it's in your
portal. Please read it carefully with your solicitor before signing.

Eimear
""",
        tz=IST,
    ),
    # newsletters / misc
    m(
        "14577",
        "2026-01-14 07:00",
        "The Irish Times <newsletters@irishtimes.com>",
        "Morning Briefing: Trolley numbers hit January record",
        NJ,
        html="""<html><body><p>Good morning. 931 patients waited on trolleys yesterday, the INMO said.
Also: rents rise again in Dublin; interview: the nurse who walked the Camino for charity.</p></body></html>""",
        tz=GMT,
    ),
    m(
        "14578",
        "2026-02-22 08:00",
        "The Irish Times <newsletters@irishtimes.com>",
        "Weekend reads: why health-tech is hiring nurses",
        NJ,
        html="""<html><body><p>From the wards to the startups: Irish health-tech companies are recruiting
nurses as product specialists and implementation leads. We interview four who made the move.</p></body></html>""",
        tz=GMT,
    ),
    m(
        "14579",
        "2026-04-07 07:00",
        "The Irish Times <newsletters@irishtimes.com>",
        "Morning Briefing: HSE recruitment cap to be lifted",
        NJ,
        html="""<html><body><p>The Government has confirmed the recruitment cap for nurses will be eased.
Also: hospital groups launch an international recruitment drive in India and the Philippines.</p></body></html>""",
        tz=IST,
    ),
    m(
        "14580",
        "2026-03-21 11:00",
        "Eventbrite <noreply@eventbrite.com>",
        "Your tickets for Nursing Careers Fair Dublin 2026",
        NJ,
        text="""Hi Aoife, you're going to Nursing Careers Fair Dublin 2026!
Saturday 28 March, 10:00-16:00, RDS Main Hall. Order #9921734. 1 x Free admission.
Show your QR code at the door.""",
        tz=GMT,
    ),
    m(
        "14581",
        "2026-04-22 13:00",
        "Zoom <no-reply@zoom.us>",
        "Meeting invitation: Practice Development CPD - Leadership in Nursing",
        NJ,
        text="""You are invited to a Zoom meeting: CPD - Leadership in Nursing (Category 1, 3 CEUs).
When: 6 May 2026 14:00 Dublin. Join: https://zoom.us/j/81123345512""",
        ics={
            "uid": "zoom-81123345512",
            "start": "2026-05-06 14:00:00 +0100",
            "minutes": 120,
            "organizer": ("Centre of Nurse Education", "cne@stlukes-hospital.example.ie"),
            "summary": "CPD - Leadership in Nursing",
            "location": "https://zoom.us/j/81123345512",
        },
        tz=IST,
    ),
    m(
        "14582",
        "2026-01-23 16:00",
        "Google <no-reply@accounts.google.com>",
        "Security alert",
        NJ,
        text="""A new sign-in on Windows. aoife.brennan.rn@gmail.com. If this was you, you don't need
to do anything. If not, we'll help you secure your account.""",
        tz=GMT,
    ),
    m(
        "14583",
        "2026-02-12 10:30",
        "Bank of Leinster <security@bankofleinster-verify.example.com>",
        "Action required: your account has been suspended",
        NJ,
        text="""Dear customer, due to unusual activity your online banking has been suspended.
Verify your details within 24 hours: http://bol-verify.example.com/login""",
        tz=GMT,
    ),
    m(
        "14584",
        "2026-06-18 18:00",
        "Conor Brennan <conor.brennan@gaelpost.ie>",
        "dinner with the new boss?",
        NJ,
        text="""Did you say Kevin's team night out was Thursday or Friday? If Friday I'll book
the dog in at Mam's. Also the solicitor rang, we need to sign on Tuesday.

C
""",
        tz=IST,
    ),
    m(
        "14585",
        "2026-07-20 10:20",
        "Dad <pj.brennan@eircom.net>",
        "Lanzarote",
        NJ,
        text="""Back safe. Your mother got burnt on day one, don't say anything. Photos to follow.
Dad""",
        tz=IST,
    ),
]

MAIL += [
    m(
        "14586",
        "2026-01-04 11:00",
        "Netflix <info@mailer.netflix.com>",
        "New on Netflix this week",
        NJ,
        html="""<html><body><p>Aoife, the series everyone is talking about is back. Plus: new documentaries
and a true-crime podcast adaptation.</p></body></html>""",
        tz=GMT,
    ),
    m(
        "14587",
        "2026-01-06 08:12",
        "Leap Card <noreply@leapcard.ie>",
        "Your Leap Card has been topped up",
        NJ,
        text="""Your Leap Card ending 9921 has been topped up by EUR 20.00 via Auto Top-up.""",
        tz=GMT,
    ),
    m(
        "14588",
        "2026-01-18 15:30",
        "Niamh Gallagher <niamhgallagher88@gmail.com>",
        "Re: hen party!!!",
        NJ,
        text="""Thanks Aoife, got your 60! Just waiting on Sarah and Ciara now (naming and shaming).

N x
""",
        tz=GMT,
        **reply("14503", "niamhgallagher88@gmail.com"),
    ),
    m(
        "14589",
        "2026-01-25 10:00",
        "Irish Water <noreply@water.ie>",
        "Planned works in your area",
        NJ,
        text="""Works on the water main on North Circular Road may cause supply interruptions on
Tuesday 27 January, 09:00-15:00.""",
        tz=GMT,
    ),
    m(
        "14590",
        "2026-02-03 12:30",
        "Bord Gáis Energy <hello@bordgaisenergy.ie>",
        "An exclusive offer for loyal customers",
        NJ,
        html="""<html><body><p>Aoife, switch to our dual fuel plan and get EUR 100 credit. Offer accepted
until 28 February for existing customers.</p></body></html>""",
        tz=GMT,
    ),
    m(
        "14591",
        "2026-02-09 20:45",
        "Sarah Whelan <sarahwhelan.rgn@gmail.com>",
        "swap?",
        NJ,
        text="""Hey, any chance you'd swap your Sunday 22nd long day for my Wednesday 25th? My
cousin's christening. Marian said it's fine if you agree.

Sarah
""",
        tz=GMT,
    ),
    m(
        "14592",
        "2026-02-09 21:30",
        "Sarah Whelan <sarahwhelan.rgn@gmail.com>",
        "Re: swap?",
        NJ,
        text="""You're a legend. Thanks a million, I'll tell Marian tomorrow.

> No problem, Wednesday suits me better anyway.
""",
        tz=GMT,
        **reply("14591", "sarahwhelan.rgn@gmail.com"),
    ),
    m(
        "14593",
        "2026-02-28 14:00",
        "Zara <noreply@zara.com>",
        "Your order has been shipped",
        NJ,
        text="""Hello Aoife, your order 58291137 has been shipped and will arrive in 2-4 working days.
1 x Blazer, navy (M) EUR 59.95""",
        tz=GMT,
    ),
    m(
        "14594",
        "2026-03-01 18:22",
        "Zara <noreply@zara.com>",
        "Return received",
        NJ,
        text="""We have received your return. The refund of EUR 29.95 will be credited to your card
within 14 days.""",
        tz=GMT,
    ),
    m(
        "14595",
        "2026-03-06 07:45",
        "Irish Rail <noreply@irishrail.ie>",
        "Your e-ticket: Dublin Heuston - Kilkenny",
        NJ,
        text="""Booking 7731QX. Dublin Heuston 17:30 to Kilkenny, Friday 6 March. Coach C, seat 42.""",
        tz=GMT,
    ),
    m(
        "14596",
        "2026-03-14 12:12",
        "Mam <brennan.maureen@eircom.net>",
        "Paddy's Day",
        NJ,
        text="""Are you working Paddy's Day? Your cousins are coming up for the parade. I'll do a
ham if you can come.

Mam x
""",
        tz=GMT,
    ),
    m(
        "14597",
        "2026-03-23 08:00",
        "Bank of Leinster <alerts@bankofleinster.ie>",
        "Your salary has been lodged",
        NJ,
        text="""A lodgement of EUR 2,412.90 from HSE PAYROLL was credited to your current account
ending 4471 on 23 Mar 2026.""",
        tz=GMT,
    ),
    m(
        "14598",
        "2026-03-30 09:10",
        "Bank of Leinster <cards@bankofleinster.ie>",
        "Your credit card statement is ready",
        NJ,
        text="""Your March statement is ready. Balance EUR 612.33. Minimum payment EUR 25.00 due
22 April.""",
        tz=IST,
    ),
    m(
        "14599",
        "2026-04-04 20:01",
        "Airbnb <automated@airbnb.com>",
        "Reminder: leave a review for Tiago",
        NJ,
        text="""Hi Aoife, how was your trip to Lisbon? Write a review for your host Tiago - it only
takes a minute.""",
        tz=IST,
    ),
    m(
        "14600",
        "2026-04-09 10:00",
        "Vodafone <noreply@vodafone.ie>",
        "Your bill is ready to view",
        NJ,
        text="""Hi Aoife, your Vodafone bill for April is EUR 35.00. It will be paid by direct debit.""",
        tz=IST,
    ),
    m(
        "14601",
        "2026-04-17 16:00",
        "Dearbhla Quinn <dearbhla.quinn@gmail.com>",
        "Re: Book club - April pick",
        NJ,
        text="""Great night, thanks all! May's pick is 'The Bee Sting' - yes, the long one. Sorry.

D x
""",
        tz=IST,
        **reply("14565", "dearbhla.quinn@gmail.com"),
    ),
    m(
        "14602",
        "2026-04-23 19:00",
        "Ciara Dunne <ciara.dunne@outlook.ie>",
        "Re: hen party!!!",
        NJ,
        text="""Theme is 'Galway Girl' and I will hear no complaints. Everyone bring a fiddle.

C

> Niamh said you're NOT picking the theme
""",
        tz=IST,
        **reply("14503", "niamhgallagher88@gmail.com"),
    ),
    m(
        "14603",
        "2026-04-26 11:30",
        "Penneys <news@primark.example.com>",
        "Summer edit: new in",
        NJ,
        html="""<html><body><p>Linen, sandals and everything for your holidays. New in store now.</p></body></html>""",
        tz=IST,
    ),
    m(
        "14604",
        "2026-05-01 09:00",
        "Revolut <no-reply@revolut.com>",
        "Your April statement",
        NJ,
        text="""Your April statement for your EUR account is ready in the app.""",
        tz=IST,
    ),
    m(
        "14605",
        "2026-05-09 22:10",
        "Sarah Whelan <sarahwhelan.rgn@gmail.com>",
        "your send-off!!",
        NJ,
        text="""Hiya, we're planning a little send-off for you on 28 May after the day shift, Doyle's
pub, don't make plans!! Marian is doing a speech (god help us).

Sarah x
""",
        tz=IST,
    ),
    m(
        "14606",
        "2026-05-15 12:00",
        "Phibsborough Medical Centre <appointments@phibsmedical.ie>",
        "Your test results",
        NJ,
        text="""Dear Aoife, your recent blood test results have been reviewed by Dr Kenny and are
normal. No further action is required.""",
        tz=IST,
    ),
    m(
        "14607",
        "2026-05-20 18:30",
        "Irish Life Health <renewals@irishlifehealth.ie>",
        "Your health insurance renewal",
        NJ,
        text="""Dear Aoife, your policy renews on 1 July 2026 at EUR 1,540 for the year. If you now
have cover through your employer, please let us know before renewal to cancel.""",
        tz=IST,
    ),
    m(
        "14608",
        "2026-05-22 08:30",
        "Irish Rail <noreply@irishrail.ie>",
        "Your e-ticket: Dublin Heuston - Galway",
        NJ,
        text="""Booking 8812RP. Dublin Heuston 07:35 to Galway Ceannt, Friday 22 May. Coach B, seat 17.""",
        tz=IST,
    ),
    m(
        "14609",
        "2026-06-01 07:00",
        "Google Calendar <calendar-notification@google.com>",
        "Reminder: First day - Beacon Ridge 9am",
        NJ,
        text="""This is a reminder for: First day - Beacon Ridge 9am (Sandyford)
Monday 1 June 2026 09:00 - 10:00. Calendar: Aoife personal.""",
        tz=IST,
    ),
    m(
        "14610",
        "2026-06-10 20:20",
        "Niamh Gallagher <niamhgallagher88@gmail.com>",
        "wedding rsvp reminder",
        NJ,
        text="""Just a gentle reminder that RSVPs for the big day are due by 30 June! Dietary
requirements too please. Conor's chicken allergy noted already :)

N xx
""",
        tz=IST,
    ),
    m(
        "14611",
        "2026-06-20 10:45",
        "Amazon.co.uk <auto-confirm@amazon.co.uk>",
        'Your order: "Healthcare Informatics: A Practical Guide"',
        NJ,
        text="""Hello Aoife, thank you for your order. Arriving Wednesday 24 June.
Healthcare Informatics: A Practical Guide for Nurses (paperback) - EUR 48.50""",
        tz=IST,
    ),
    m(
        "14612",
        "2026-06-27 09:30",
        "Bank of Leinster <alerts@bankofleinster.ie>",
        "Your salary has been lodged",
        NJ,
        text="""A lodgement of EUR 3,046.12 from BEACON RIDGE HG PAYROLL was credited to your current
account ending 4471 on 26 Jun 2026.""",
        tz=IST,
    ),
    m(
        "14613",
        "2026-07-02 11:00",
        "Admissions RCSI <admissions@rcsi-postgrad.example.ie>",
        "Orientation - MSc Healthcare Management",
        NJ,
        text="""Dear Aoife, orientation for part-time students takes place on Saturday 12 September.
Your timetable and module handbook are now available in the student portal.""",
        tz=IST,
    ),
    m(
        "14614",
        "2026-07-10 15:30",
        "Brophy Solicitors <conveyancing@brophysolicitors.example.ie>",
        "Closing date confirmed",
        NJ,
        text="""Dear Aoife and Conor, we can confirm closing on 27 Dalcassian Downs is set for Friday
31 July. Keys will be released by the agent once funds have cleared.""",
        tz=IST,
    ),
    m(
        "14615",
        "2026-07-24 12:20",
        "Conor Brennan <conor.brennan@gaelpost.ie>",
        "van booked",
        NJ,
        text="""Van booked for Saturday 1st from 8am. My brother and Dad are helping. You're on
boxes and tea duty :)

C x
""",
        tz=IST,
    ),
]

MAIL += [
    m(
        "14616",
        "2026-01-07 18:00",
        "ESTA Application <esta-noreply@cbp.example.gov>",
        "ESTA application status: Authorization Approved",
        NJ,
        text="""Your application for travel authorization (ESTA) has been reviewed.
Application number: D9K2-77QW-1041
Status: AUTHORIZATION APPROVED. Valid for two years or until your passport expires.""",
        tz=GMT,
    ),
    m(
        "14617",
        "2026-01-12 09:30",
        "Conor Brennan <conor.brennan@gaelpost.ie>",
        "flat docs",
        NJ,
        text="""Sent Deirdre my payslips and the reference from Mrs Daly. Can you do yours tonight?
They need your employer reference too - maybe ask Marian?

C
""",
        tz=GMT,
    ),
    m(
        "14618",
        "2026-01-29 13:13",
        "Daft.ie <noreply@daft.ie>",
        "Complete your Application Profile",
        NJ,
        text="""Hi Aoife, your Daft Application Profile is 60% complete. Add your employment details
and references so landlords can review your application faster.""",
        tz=GMT,
    ),
    m(
        "14619",
        "2026-02-07 10:10",
        "Residential Tenancies Board <noreply@rtb.ie>",
        "Dispute application received",
        NJ,
        text="""Dear Ms Brennan,

We have received your dispute resolution application (DR0226-88140) concerning the
retention of your deposit at 3 Cabra Park. The other party has been notified. An
adjudication hearing will be scheduled and you will be notified of the date.

Residential Tenancies Board
""",
        tz=GMT,
    ),
    m(
        "14620",
        "2026-04-24 12:00",
        "Residential Tenancies Board <noreply@rtb.ie>",
        "Adjudication hearing - DR0226-88140",
        NJ,
        text="""Dear Ms Brennan,

Your adjudication hearing has been scheduled for Thursday 14 May 2026 at 10:00 by
telephone. Please submit any evidence no later than 5 working days before the hearing.""",
        tz=IST,
    ),
    m(
        "14621",
        "2026-02-13 19:05",
        "Interflora <orders@interflora.ie>",
        "Your Valentine's order is confirmed",
        NJ,
        text="""Thank you for your order. 12 red roses will be delivered to Conor Brennan tomorrow
between 9am and 6pm. Message: 'Happy Valentine's, no card needed x'""",
        tz=GMT,
    ),
    m(
        "14622",
        "2026-02-17 16:45",
        "Mam <brennan.maureen@eircom.net>",
        "Grannys 90th",
        NJ,
        text="""Aoife, we're having a do for Granny's 90th on Saturday 11 April in Hotel Kilkenny. Can
you and Conor come? And will you do a few words - you're the best at that.

Mam xx
""",
        tz=GMT,
    ),
    m(
        "14623",
        "2026-02-17 21:12",
        "Mam <brennan.maureen@eircom.net>",
        "Re: Grannys 90th",
        NJ,
        text="""Great stuff. Don't worry about Lisbon the week before, sure
you'll be home by then. Love you.

> We'll be there! I might be away the week before but back by the 8th.
""",
        tz=GMT,
        **reply("14622", "brennan.maureen@eircom.net"),
    ),
    m(
        "14624",
        "2026-03-10 08:00",
        "TheJournal.ie <newsletter@thejournal.ie>",
        "The 9 at 9: Tuesday",
        NJ,
        html="""<html><body><p>1. Nurses' union warns of summer staffing crisis. 2. Job vacancies fall
for the third month. 3. An interview with the Tánaiste on housing targets.</p></body></html>""",
        tz=GMT,
    ),
    m(
        "14625",
        "2026-03-22 10:20",
        "Lidl Ireland <news@lidl.ie>",
        "Middle of Lidl: gardening offers this Thursday",
        NJ,
        html="""<html><body><p>Raised beds, compost and barbecues - offers from Thursday while stocks last.</p></body></html>""",
        tz=GMT,
    ),
    m(
        "14626",
        "2026-03-26 13:30",
        "NMBI <registrations@nmbi.ie>",
        "Your CCPS has been issued",
        NJ,
        text="""Dear Aoife Brennan, your Certificate of Current Professional Status has been sent
directly to the Ordem dos Enfermeiros (Portugal).""",
        tz=GMT,
    ),
    m(
        "14627",
        "2026-04-05 19:30",
        "Tiago Moreira <tiago.moreira@gmail.com>",
        "Fotos do jantar",
        ("not_job", "pt"),
        text="""Olá Aoife,

Aqui vão as fotos do jantar em Alfama. Foi ótimo ter-te cá! Da próxima vez trazes o Conor.

Um abraço,
Tiago
""",
        tz=IST,
    ),
    m(
        "14628",
        "2026-04-11 22:30",
        "Ciara Dunne <ciara.dunne@outlook.ie>",
        "granny speech",
        NJ,
        text="""Your speech at your granny's do had me in tears (Niamh sent me the video). Iconic.

C x
""",
        tz=IST,
    ),
    m(
        "14629",
        "2026-04-13 09:00",
        "Ordem dos Enfermeiros <inscricoes@ordemenfermeiros.pt>",
        "Pedido de inscrição - processo n.º 2026/1187-E",
        ("not_job", "pt"),
        text="""Exma. Senhora,

Informamos que o seu processo de inscrição se encontra completo e foi remetido para
apreciação do Conselho Diretivo. Será notificada da decisão por correio eletrónico.

Serviço de Inscrições
""",
        tz=IST,
    ),
    m(
        "14630",
        "2026-04-20 08:45",
        "Ryanair <itinerary@ryanair.com>",
        "Don't forget: summer sale ends tonight",
        NJ,
        text="""Fares from EUR 19.99 to Faro, Málaga, Berlin and more. Book by midnight.""",
        tz=IST,
    ),
    m(
        "14631",
        "2026-04-25 10:00",
        "Fiona Kearns <fiona@wardroundpodcast.ie>",
        "Prep notes for Tuesday",
        NJ,
        text="""Hi Aoife, here are the questions I'll roughly cover in our interview: how you got into
quality improvement, what the falls project changed, and what advice you'd give to a newly
qualified nurse. No need to prepare answers - it's a chat!

Fiona
""",
        tz=IST,
        **reply("14525", "fiona@wardroundpodcast.ie"),
    ),
    m(
        "14632",
        "2026-05-12 07:00",
        "Fiona Kearns <fiona@wardroundpodcast.ie>",
        "Your episode is live!",
        NJ,
        text="""Episode 42 of The Ward Round with Aoife Brennan is out now on Spotify and Apple
Podcasts. Thanks again - please share!""",
        tz=IST,
    ),
    m(
        "14633",
        "2026-05-13 14:20",
        "Goethe-Institut Irland <dublin@goethe.example.de>",
        "Ihr Zertifikat B1.1",
        ("not_job", "de"),
        text="""Liebe Frau Brennan,

herzlichen Glückwunsch! Sie haben den Kurs B1.1 erfolgreich abgeschlossen. Ihre
Teilnahmebescheinigung liegt im Sekretariat zur Abholung bereit. Die Anmeldung für B1.2
im Herbst ist ab sofort möglich.

Ihr Sprachkursteam
""",
        tz=IST,
    ),
    m(
        "14634",
        "2026-05-14 11:40",
        "Residential Tenancies Board <noreply@rtb.ie>",
        "Adjudication outcome - DR0226-88140",
        NJ,
        text="""Dear Ms Brennan, the adjudicator has found in your favour. The landlord is directed to
return the deposit of EUR 1,850 within 28 days. The determination order will follow by post.""",
        tz=IST,
    ),
    m(
        "14635",
        "2026-05-21 17:00",
        "Niamh Gallagher <niamhgallagher88@gmail.com>",
        "Galway - final plans",
        NJ,
        text="""Train Friday 7.35 from Heuston (I know, I'm sorry). Dinner booked in Ard Bia 8pm
Saturday. Bring wellies - don't ask.

N xx
""",
        tz=IST,
    ),
    m(
        "14636",
        "2026-05-29 23:40",
        "Sarah Whelan <sarahwhelan.rgn@gmail.com>",
        "last night!!",
        NJ,
        text="""What a send-off! St Luke's won't be the same. Marian cried twice. Photos in the
WhatsApp group. Don't be a stranger!!

S xx
""",
        tz=IST,
    ),
    m(
        "14637",
        "2026-06-06 10:00",
        "Electric Ireland <noreply@electricireland.ie>",
        "Moving home? Tell us in advance",
        NJ,
        text="""Hi Aoife, if you're moving home, let us know your move-out date and meter reading so
we can close your account and set up your new home.""",
        tz=IST,
    ),
    m(
        "14638",
        "2026-06-12 09:20",
        "IKEA Ireland <noreply@ikea.ie>",
        "Your IKEA delivery is booked",
        NJ,
        text="""Order 1102934771. Delivery to 27 Dalcassian Downs on Saturday 1 August, 12:00-16:00.
Items: MALM bed frame, KALLAX shelf unit, 2x LACK side tables.""",
        tz=IST,
    ),
    m(
        "14639",
        "2026-06-14 19:00",
        "Laura Jiménez <laurajimenez.enf@gmail.com>",
        "Re: ¿Qué tal todo?",
        ("not_job", "es"),
        text="""¡Enhorabuena por el trabajo nuevo, Aoife! Qué pena que no vengas a Málaga, pero me
alegro muchísimo. Y lo de Granada en agosto, ¡hecho! Te mando las fechas.

Besos,
Laura
""",
        tz=CEST,
        **reply("14561", "laurajimenez.enf@gmail.com"),
    ),
    m(
        "14640",
        "2026-06-24 08:00",
        "Na Fianna GAA <secretary@nafiannagaa.example.ie>",
        "Summer camp - volunteer coaches needed",
        NJ,
        text="""Dear Members, our Cúl Camp runs 20-24 July. We need volunteers (Garda vetted) to help
with the U8s. Application forms at the clubhouse or reply to this email.""",
        tz=IST,
    ),
    m(
        "14641",
        "2026-07-01 12:00",
        "Duolingo <hello@duolingo.com>",
        "You're on a 262 day streak!",
        NJ,
        text="""Aoife, you've practised Portuguese for 262 days. Keep it up!""",
        tz=IST,
    ),
    m(
        "14642",
        "2026-07-06 09:30",
        "Beacon Ridge IT Service Desk <servicedesk@brhg.ie>",
        "Password expiry notice",
        NJ,
        text="""Your network password will expire in 7 days. Please change it via the self-service
portal. Do not share your password with anyone.""",
        tz=IST,
    ),
    m(
        "14643",
        "2026-07-09 14:00",
        "Kevin O'Dwyer <kevin.odwyer@brhg.ie>",
        "EPR nursing workstream - Thursday",
        NJ,
        text="""Hi Aoife, can you present the nursing documentation audit at Thursday's EPR workstream
meeting? 10 minutes is plenty. Thanks - great work so far.

Kevin
Head of Digital Health, Beacon Ridge Hospital Group
""",
        tz=IST,
    ),
    m(
        "14644",
        "2026-07-16 08:15",
        "Irish Times Events <events@irishtimes.com>",
        "Invitation: Future of Health Summit - 'Who will staff our hospitals?'",
        NJ,
        text="""Join us on 24 September for the Future of Health Summit. Panel: 'Who will staff our
hospitals? Recruitment, retention and the international workforce.' Early-bird tickets
EUR 95.""",
        tz=IST,
    ),
    m(
        "14645",
        "2026-07-22 18:40",
        "Mam <brennan.maureen@eircom.net>",
        "Re: new house",
        NJ,
        text="""We'll be up Saturday with the car full. Your father has the drill. Mind yourself.

Mam xx

> Keys on Friday!!!
""",
        tz=IST,
    ),
]

MAIL += [
    m(
        "14646",
        "2026-01-03 12:30",
        "Eir <noreply@eir.ie>",
        "Your broadband bill",
        NJ,
        text="""Hi Aoife, your eir bill of EUR 65.00 is ready. Payment will be taken on 14 January.""",
        tz=GMT,
    ),
    m(
        "14647",
        "2026-01-17 10:05",
        "Uber <noreply@uber.com>",
        "Your Saturday morning trip with Uber",
        NJ,
        text="""Thanks for riding, Aoife. Total EUR 14.20. Mater Hospital to Phibsborough, 07:58-08:09.""",
        tz=GMT,
    ),
    m(
        "14648",
        "2026-02-01 16:00",
        "Conor Brennan <conor.brennan@gaelpost.ie>",
        "viewing sat",
        NJ,
        text="""Got us a viewing for the 2-bed in Drumcondra on Saturday at 11. Agent says bring
references and they'll take applications on the day.

C
""",
        tz=GMT,
    ),
    m(
        "14649",
        "2026-02-21 09:00",
        "An Post <noreply@anpost.ie>",
        "We tried to deliver your parcel",
        NJ,
        text="""We tried to deliver your parcel today. It is available for collection at Phibsborough
Post Office from 12:00 tomorrow. Bring photo ID.""",
        tz=GMT,
    ),
    m(
        "14650",
        "2026-03-04 19:19",
        "Sarah Whelan <sarahwhelan.rgn@gmail.com>",
        "did u see this",
        NJ,
        text="""Apparently they're finally replacing the drug trolleys on St Luke's. Only took 6 years.
Also, coffee before handover tomorrow? I'll bring the good stuff.

S
""",
        tz=GMT,
    ),
    m(
        "14651",
        "2026-03-28 15:00",
        "Eventbrite <noreply@eventbrite.com>",
        "How was Nursing Careers Fair Dublin 2026?",
        NJ,
        text="""Hi Aoife, thanks for attending. Rate the event and tell the organiser what you thought.""",
        tz=GMT,
    ),
    m(
        "14652",
        "2026-04-14 07:00",
        "Bank of Leinster <alerts@bankofleinster.ie>",
        "Direct debit notification",
        NJ,
        text="""A direct debit of EUR 187.42 to ELECTRIC IRELAND will be taken from your account ending
4471 on 16 Apr 2026.""",
        tz=IST,
    ),
    m(
        "14653",
        "2026-05-03 21:05",
        "Dearbhla Quinn <dearbhla.quinn@gmail.com>",
        "Re: Book club - April pick",
        NJ,
        text="""Reminder: Bee Sting discussion at Aoife's this time - 21st May. Aoife, we're expecting
the celebration cake.

D
""",
        tz=IST,
        **reply("14601", "dearbhla.quinn@gmail.com"),
    ),
    m(
        "14654",
        "2026-05-27 10:30",
        "Irish Life Health <renewals@irishlifehealth.ie>",
        "Cancellation confirmed",
        NJ,
        text="""Dear Aoife, as requested, your individual policy will be cancelled from 30 June 2026 as
you are joining a group scheme. Thank you for being a member.""",
        tz=IST,
    ),
    m(
        "14655",
        "2026-06-09 13:10",
        "Strava <no-reply@strava.com>",
        "Your May Monthly Report",
        NJ,
        text="""Aoife, in May you ran 82 km over 11 activities. That's 14% more than April.""",
        tz=IST,
    ),
    m(
        "14656",
        "2026-06-25 17:45",
        "Ciara Dunne <ciara.dunne@outlook.ie>",
        "housewarming?",
        NJ,
        text="""When is the housewarming?? I'm bringing the inflatable flamingo whether you like it or not.

C x
""",
        tz=IST,
    ),
    m(
        "14657",
        "2026-07-12 09:00",
        "Ordem dos Enfermeiros <inscricoes@ordemenfermeiros.pt>",
        "Decisão sobre pedido de inscrição",
        ("not_job", "pt"),
        text="""Exma. Senhora,

Informamos que o Conselho Diretivo deferiu o seu pedido de inscrição. A sua cédula
profissional será emitida após o pagamento da quota anual, através do portal.

Serviço de Inscrições
Ordem dos Enfermeiros
""",
        tz=IST,
    ),
    m(
        "14658",
        "2026-07-18 11:11",
        "Amazon.co.uk <auto-confirm@amazon.co.uk>",
        'Your order of "Moving boxes (20 pack)"',
        NJ,
        text="""Thank you for your order. Arriving Tuesday 21 July. Moving boxes, large (20 pack) EUR 34.99.""",
        tz=IST,
    ),
    m(
        "14659",
        "2026-07-27 08:00",
        "Beacon Ridge People Services <peopleservices@brhg.ie>",
        "Staff newsletter: welcome to our new starters",
        NJ,
        html="""<html><body><p>This month we welcome 42 new colleagues across the group, including our
new Clinical Informatics Nurse Specialist in Digital Health. Also: staff survey results,
the summer BBQ and our new recruitment referral bonus.</p></body></html>""",
        tz=IST,
    ),
    m(
        "14660",
        "2026-07-29 20:00",
        "Niamh Gallagher <niamhgallagher88@gmail.com>",
        "seating plan help",
        NJ,
        text="""I need your nurse brain for logistics. Who can sit beside Uncle Gerry without a
diplomatic incident? Call me.

N
""",
        tz=IST,
    ),
]
