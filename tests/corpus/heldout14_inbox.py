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
        attach=[("IMG_2231.txt", "text/plain", "(photo)\n"), ("IMG_2234.txt", "text/plain", "(photo)\n")],
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
        "Your Amazon.co.uk order of \"Compression socks (3 pairs)\"",
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
