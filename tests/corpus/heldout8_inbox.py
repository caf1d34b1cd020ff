"""Everything that is not job mail in the eighth held-out corpus: an ordinary Austin inbox,
some Spanish family mail, and look-alikes on purpose (do not use for tuning)."""

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

CST, CDT = "-0600", "-0500"
EN = ("not_job", "en")
ES = ("not_job", "es")

MAIL: list[dict[str, Any]] = [
    m(
        "8301",
        "2025-01-03 08:12",
        "Pecan Street Grocer <orders@pecanstreetgrocer.com>",
        "Your curbside order is ready for pickup",
        EN,
        text="""Hi Marisol,

Your order #PS-448102 is ready! Pull into any numbered spot at our South Lamar store and
tap "I'm here" in the app.

Items: 23 | Total: $87.41 (paid with Visa ending 4412)

Pickup window: today 9:00-10:00 AM

Pecan Street Grocer
""",
        tz=CST,
    ),
    m(
        "8302",
        "2025-01-04 19:40",
        "Mamá <lucia.ortega.r@correoplata.mx>",
        "fotos de la posada",
        ES,
        text="""Mija, aquí te mando las fotos de la posada. Tu tía Chela salió con los ojos cerrados
en todas jaja. ¿Cuándo vienen a Saltillo? Tu papá pregunta mucho por los niños.

Te quiero mucho,
Mamá

Enviado desde mi iPhone
""",
        attach=[("IMG_2231.txt", "text/plain", "(photo placeholder)\n")],
        tz=CST,
    ),
    m(
        "8303",
        "2025-01-06 07:00",
        "Lone Star Light & Power <billing@lonestarlight.com>",
        "Your January bill is ready",
        EN,
        html="""<html><body>
<p>Hello Marisol Ortega,</p>
<p>Your bill for account ending 8830 is now available.</p>
<p>Amount due: <b>$142.67</b><br>Due date: January 27, 2025</p>
<p>AutoPay is ON. We'll draft your checking account on the due date.</p>
<p><a href="https://my.lonestarlight.com">View bill</a></p>
</body></html>""",
        tz=CST,
    ),
    m(
        "8304",
        "2025-01-07 15:20",
        "Maple Ridge Elementary PTA <news@mapleridgepta.org>",
        "Maple Ridge Weekly: Spelling bee, spirit night, lost & found",
        EN,
        html="""<html><body>
<h2>Maple Ridge Weekly</h2>
<p><b>Spirit Night</b> at Tacodeli on Thursday, 5-8 PM. 15% of sales come back to the PTA!</p>
<p><b>Spelling Bee</b> sign-ups close Friday. Grades 3-5.</p>
<p><b>Lost &amp; found</b> will be donated on January 17. Please check for jackets!</p>
<p>Volunteer opportunities: we need 4 parents for Field Day setup.</p>
</body></html>""",
        tz=CST,
    ),
    m(
        "8305",
        "2025-01-09 11:32",
        "Hill Country Federal Credit Union <alerts@hillcountryfcu.org>",
        "Deposit received",
        EN,
        text="""A deposit of $2,418.36 was posted to your checking account ending in 0291 on
01/09/2025.

Available balance: $3,102.55

This is an automated alert from Hill Country Federal Credit Union. To manage alerts, sign in
to online banking.
""",
        tz=CST,
    ),
    m(
        "8306",
        "2025-01-10 18:02",
        "Bexley Flats Leasing <leasing@bexleyflats.com>",
        "Your rental application has been received",
        EN,
        text="""Hi Marisol,

Thank you for submitting your rental application for Unit 2214 (2 bed / 2 bath) at Bexley
Flats. We have received your $55 application fee and your $250 holding deposit.

Next steps: we will run the credit and background screening, verify your income and contact
your current landlord. Approval usually takes 2-3 business days.

If approved, your lease start date will be February 15, 2025.

Thanks,
Alyssa
Leasing Consultant, Bexley Flats Apartments
""",
        tz=CST,
    ),
    m(
        "8307",
        "2025-01-13 14:45",
        "Bexley Flats Leasing <leasing@bexleyflats.com>",
        "Congratulations - your application is approved!",
        EN,
        text="""Hi Marisol,

Great news! Your application for Unit 2214 has been approved. Please sign your lease in the
resident portal within 48 hours to keep the unit. Move-in day is Saturday, February 15.

We can't wait to welcome you home!

Alyssa
Bexley Flats Apartments
""",
        headers=reply("8306", "leasing@bexleyflats.com"),
        tz=CST,
    ),
    m(
        "8308",
        "2025-01-14 10:00",
        "Texas Education Agency <noreply@tea-educator.example.gov>",
        "Reminder: Your Standard Certificate expires in 60 days",
        EN,
        text="""Dear Educator,

Our records show that your Standard Certificate (Bilingual Education Supplemental; English
Language Arts and Reading 4-8) will expire on 03/31/2025.

To renew, log in to your Educator account, confirm that you have completed 150 CPE hours,
and pay the renewal fee. Renewal applications submitted after the expiration date will be
subject to a late fee.

Educator Certification
""",
        tz=CST,
    ),
    m(
        "8309",
        "2025-01-15 12:10",
        "Rocío Méndez <rocio.mendez.t@correoplata.mx>",
        "Re: cumpleaños de Sofi",
        ES,
        text="""¡Claro que sí, prima! Ahí estaremos el sábado. Llevo el pastel de tres leches que
le gusta a Sofi. ¿Necesitas que lleve sillas?

Besos

El mié, 15 ene 2025 a las 9:02, Marisol Ortega (<marisol.ortega@pecanmail.com>) escribió:
> Prima, el sábado 25 hacemos la fiesta de Sofi en el parque Zilker a las 3. ¿Vienen?
""",
        tz=CST,
    ),
    m(
        "8310",
        "2025-01-17 09:00",
        "Cedar Bank Card Services <offers@cedarbankcard.com>",
        "Marisol, you're pre-approved for the Cedar Rewards Visa",
        EN,
        html="""<html><body>
<h2>You're pre-approved!</h2>
<p>Marisol, based on your credit profile you have been pre-approved for the Cedar Rewards
Visa Signature card. Earn 3% back on groceries and gas, with a 0% intro APR for 15 months.</p>
<p><a href="https://apply.cedarbankcard.com/pre?code=A9Q2">Apply now</a> - it only takes 5
minutes. Your acceptance code: A9Q2-771K.</p>
<p style="font-size:10px">PRESCREEN &amp; OPT-OUT NOTICE: This "prescreened" offer of
credit is based on information in your credit report. You can choose to stop receiving
prescreened offers by calling 1-888-567-8688.</p>
</body></html>""",
        tz=CST,
    ),
    m(
        "8311",
        "2025-01-18 13:22",
        "Parcel tracking <updates@shipswift.com>",
        "Your package has been delivered",
        EN,
        text="""Your package was delivered at 1:18 PM.

Tracking number: 1SW 4480 2219 7731
Delivered to: front door / porch
From: Bookworm Outlet

Shipswift
""",
        tz=CST,
    ),
    m(
        "8312",
        "2025-01-20 20:05",
        "StreamBox <billing@streambox.tv>",
        "Your StreamBox receipt",
        EN,
        text="""Thanks for being a member, Marisol.

Standard with ads - monthly
Amount: $7.99
Charged to: Visa ending 4412
Billing date: January 20, 2025

Manage your membership at streambox.tv/account
""",
        tz="-0800",
    ),
    m(
        "8313",
        "2025-01-22 16:30",
        "Coach Melissa <melissa.hart.soccer@gmail.com>",
        "U9 Storm practice moved to Thursday",
        EN,
        text="""Hi Storm families,

Because of the freeze warning, Wednesday practice is moved to Thursday 5:30-6:30 at Dick
Nichols field 4. Please bring water and a warm layer. Snacks this week: Ortega family!

Go Storm!
Coach Melissa
""",
        tz=CST,
    ),
    m(
        "8314",
        "2025-01-24 10:15",
        "UT Austin Continuing Education <cpe@utx-continuing.example.edu>",
        "Your application to the Graduate Certificate in Learning Design",
        EN,
        text="""Dear Marisol Ortega,

Thank you for applying to the Graduate Certificate in Learning Design and Technology (Fall
2025 cohort). Your application is complete. Our admissions committee reviews applications
on a rolling basis and you can expect a decision within four weeks.

Please upload your official transcripts if you have not already done so.

Office of Graduate Admissions, Continuing & Professional Education
""",
        tz=CST,
    ),
    m(
        "8315",
        "2025-01-26 08:44",
        "Papá <jorge.ortega.s@correoplata.mx>",
        "la camioneta",
        ES,
        text="""Hija, ya llevé la camioneta al taller. Dice el mecánico que es la bomba de agua,
nada grave. Tu mamá te manda saludos y dice que no se te olvide llamarle a tu abuela el
domingo, que cumple 88.

Papá
""",
        tz=CST,
    ),
    m(
        "8316",
        "2025-01-28 12:00",
        "Notely <hello@notely.app>",
        "Your free trial ends in 3 days",
        EN,
        html="""<html><body>
<p>Hi Marisol,</p>
<p>Your Notely Pro trial ends on January 31. Keep unlimited notebooks, offline sync and
handwriting search for $4.99/month.</p>
<p><a href="https://notely.app/upgrade">Upgrade now</a></p>
</body></html>""",
        tz="-0800",
    ),
    m(
        "8317",
        "2025-01-29 21:40",
        "Ana Lucía Paredes <analu.paredes@pecanmail.com>",
        "book club - February pick!",
        EN,
        text="""Hi ladies!

February pick is "The Covenant of Water" - I know it's long, so we'll meet March 8 instead
of March 1. I'll host. Bring a dish to share, I'm making pozole.

Marisol, can you bring the good salsa? Asking for everyone.

xo Ana Lu
""",
        tz=CST,
    ),
    m(
        "8318",
        "2025-02-01 09:30",
        "Austin Animal Friends <volunteer@austinanimalfriends.org>",
        "Thanks for your volunteer application!",
        EN,
        text="""Hi Marisol,

Thank you for applying to volunteer with Austin Animal Friends! We've received your volunteer
application for Weekend Dog Walking.

Next step: attend a 90-minute orientation. Upcoming sessions:
- Saturday, February 8, 10:00 AM
- Tuesday, February 18, 6:00 PM

Reply to this email to reserve your seat. We can't wait to meet you (and the dogs can't
either)!

Volunteer Services
Austin Animal Friends
""",
        tz=CST,
    ),
    m(
        "8319",
        "2025-02-03 07:45",
        "Bluebonnet Valley ISD <announcements@bluebonnetvisd.org>",
        "Professional Development Day: register for your February 17 sessions",
        EN,
        text="""Dear Teachers,

You are invited to the district Professional Development Day on Monday, February 17 (student
holiday). Please register in Eduphoria by Friday for two breakout sessions:

- Structured Literacy in the Dual Language Classroom (Room 110)
- AI Tools for Lesson Planning: What's Allowed (Library)
- Trauma-Informed Classroom Management (Cafeteria)

Breakfast tacos will be served at 7:45 AM. Sessions begin at 8:15 AM.

Office of Professional Learning
Bluebonnet Valley ISD
""",
        to="Marisol Ortega <mortega@bluebonnetvisd.org>",
        tz=CST,
    ),
    m(
        "8320",
        "2025-02-04 13:05",
        "Sunrise Family Dental <appointments@sunrisefamilydental.com>",
        "Appointment reminder: cleaning on Feb 11",
        EN,
        text="""Hi Marisol,

This is a reminder of your appointment at Sunrise Family Dental:

Tuesday, February 11, 2025 at 4:30 PM
Dr. Nguyen - Cleaning and exam

Please arrive 10 minutes early. Reply C to confirm or call (512) 555-0133 to reschedule.
""",
        ics={
            "uid": "sfd-appt-99812@sunrisefamilydental.com",
            "start": "2025-02-11 16:30:00 -0600",
            "minutes": 60,
            "organizer": ("Sunrise Family Dental", "appointments@sunrisefamilydental.com"),
            "summary": "Dental cleaning - Dr. Nguyen",
            "location": "Sunrise Family Dental, 4100 S Congress Ave, Austin TX",
        },
        tz=CST,
    ),
    m(
        "8321",
        "2025-02-06 11:11",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Congratulate Tomás Herrera on the new job",
        EN,
        html="""<html><body>
<p><b>Tomás Herrera</b> started a new position as Learning Experience Designer at
Brightpath Learning.</p>
<p><a href="https://www.linkedin.com/feed/">Say congrats</a></p>
<p>Other updates: 3 people viewed your profile this week.</p>
<p style="font-size:11px">&copy; 2025 LinkedIn Corporation.</p>
</body></html>""",
        tz="-0800",
    ),
    m(
        "8322",
        "2025-02-07 17:55",
        "Riverbend Auto Finance <noreply@riverbendautofinance.com>",
        "Your auto loan application: decision",
        EN,
        text="""Dear Marisol Ortega,

Thank you for your application for an auto loan. We are pleased to let you know that you have
been conditionally approved for up to $24,000 at 6.49% APR for 60 months.

To finalize your loan, upload proof of income and insurance, and bring the purchase agreement
from your dealer.

Application ID: RAF-2025-0201-7762

Riverbend Auto Finance
""",
        tz=CST,
    ),
    m(
        "8323",
        "2025-02-09 10:20",
        "Tía Chela <graciela.ramos.v@correoplata.mx>",
        "Fwd: Fwd: receta del mole de la abuela",
        ES,
        text="""Aquí está por fin la receta que me pediste. No le pongas tanto chocolate como la
vez pasada jajaja.

---------- Mensaje reenviado ---------
De: Graciela Ramos
Asunto: receta del mole de la abuela

6 chiles mulatos, 4 anchos, 3 pasillas, una tablilla de chocolate, ajonjolí...
""",
        tz=CST,
    ),
    m(
        "8324",
        "2025-02-11 08:05",
        "Southwest Skies <itinerary@swskies.com>",
        "Your trip confirmation: AUS - MTY, March 14",
        EN,
        text="""Confirmation #: QK7T2M

Marisol Ortega
Fri, Mar 14   AUS 7:05 AM -> MTY 9:10 AM   Flight 2214
Sun, Mar 23   MTY 6:40 PM -> AUS 8:35 PM   Flight 2219

Check in 24 hours before departure. Bags: 1 checked bag included.

Southwest Skies
""",
        tz=CST,
    ),
    m(
        "8325",
        "2025-02-13 14:14",
        "Hill Country Federal Credit Union <alerts@hillcountryfcu.org>",
        "Your mortgage pre-approval application is in review",
        EN,
        text="""Hi Marisol,

We received your mortgage pre-approval application. A loan officer will review your income,
assets and credit and contact you within two business days. Loan officer: Daniel Reyes,
NMLS #889012.

Documents still needed: last two pay stubs (Bluebonnet Valley ISD), 2024 W-2.

Hill Country Federal Credit Union - Equal Housing Lender
""",
        tz=CST,
    ),
    m(
        "8326",
        "2025-02-14 07:30",
        "Bloom & Stem <orders@bloomandstem.com>",
        "Order shipped: Valentine's Day bouquet",
        EN,
        text="""Your order #BS10022 is out for delivery today!

Sweetheart Roses (12) with vase - $64.99
Recipient: Lucía Ortega, Saltillo, Coah.
Card: "Feliz día del amor y la amistad, mamá"

Bloom & Stem
""",
        tz=CST,
    ),
    m(
        "8327",
        "2025-02-17 19:19",
        "Dani Brooks <dani.brooks@pecanmail.com>",
        "Re: PD day was... something",
        EN,
        text="""LOL the AI session was wild. "Please don't let students use it, but here are 14
ways you can use it" - okay!!

Margaritas Friday? I need it.

D

On Mon, Feb 17, 2025 at 4:02 PM Marisol Ortega <marisol.ortega@pecanmail.com> wrote:
> Survived PD day. Breakfast tacos were the highlight. How was the literacy session?
""",
        tz=CST,
    ),
    m(
        "8328",
        "2025-02-19 09:10",
        "Austin Public Library <noreply@austinlibrary-notices.org>",
        "Items due soon",
        EN,
        text="""Dear Marisol Ortega,

The following items are due on 02/22/2025:
- Design for How People Learn (2nd ed.)
- Map It: The hands-on guide to strategic training design
- Dragons Love Tacos

Renew online at library.austin.example or in the Libby app.
""",
        tz=CST,
    ),
    m(
        "8329",
        "2025-02-21 12:00",
        "Trailside Outfitters <deals@trailsideoutfitters.com>",
        "Exclusive offer for you, Marisol: 30% off spring gear",
        EN,
        html="""<html><body>
<h1>An exclusive offer, just for members</h1>
<p>Take 30% off hiking boots, rain shells and more through Sunday. Use code SPRING30.</p>
<p><a href="https://trailsideoutfitters.com/sale">Shop now</a></p>
<p style="font-size:10px">You're receiving this because you joined Trailside Rewards.
Unsubscribe.</p>
</body></html>""",
        tz="-0700",
    ),
    m(
        "8330",
        "2025-02-24 15:45",
        "Maple Ridge Elementary <office@mapleridge-bvisd.org>",
        "Mateo - field trip permission slip",
        EN,
        text="""Dear Parents/Guardians,

Second graders will visit the Thinkery on Friday, March 7. Please sign the attached
permission slip and return it with $8 by Monday, March 3. Chaperones must have a completed
volunteer background check on file.

Thank you,
Mrs. Alvarado, 2nd Grade
""",
        attach=[("permission_slip.txt", "text/plain", "Thinkery field trip - permission\n")],
        tz=CST,
    ),
    m(
        "8331",
        "2025-02-26 10:30",
        "The Teacher's Lounge Podcast <hello@teacherslounge.fm>",
        "Would you like to be interviewed on our podcast?",
        EN,
        text="""Hi Marisol,

I host The Teacher's Lounge, a podcast for K-8 teachers (about 4,000 listeners a week). A
listener recommended your blog post on dual-language reading centers and I'd love to
interview you for an episode in April. It's a relaxed 40-minute conversation, recorded over
Zoom.

Would you be up for it? Here's my calendar if so: calendly.com/teacherslounge/guest

Thanks!
Rob Martinelli
Host, The Teacher's Lounge
""",
        tz="-0500",
    ),
    m(
        "8332",
        "2025-02-28 18:00",
        "Lone Star Light & Power <billing@lonestarlight.com>",
        "Payment received - thank you",
        EN,
        text="""We received your payment of $142.67 on 02/27/2025 for account ending 8830.
Thank you!

Lone Star Light & Power
""",
        tz=CST,
    ),
]

MAIL += [
    m(
        "8333",
        "2025-03-01 09:00",
        "EdTech Insider Webinars <events@edtechinsider.net>",
        "Invitation: Microlearning that sticks - live webinar March 12",
        EN,
        html="""<html><body>
<p>Hi Marisol,</p>
<p>You're invited to our free live webinar <b>Microlearning that Sticks: Designing 5-Minute
Lessons</b> on Wednesday, March 12 at 12:00 PM CT. We'll interview three L&amp;D leaders
about what actually works.</p>
<p>Add it to your calendar with the attached invitation.</p>
<p><a href="https://edtechinsider.net/webinars/microlearning">Save my seat</a></p>
</body></html>""",
        ics={
            "uid": "eti-webinar-0312@edtechinsider.net",
            "start": "2025-03-12 12:00:00 -0500",
            "minutes": 60,
            "organizer": ("EdTech Insider Events", "events@edtechinsider.net"),
            "summary": "Webinar: Microlearning that Sticks",
            "location": "https://edtechinsider.net/live",
        },
        tz=CST,
    ),
    m(
        "8334",
        "2025-03-03 16:20",
        "Bexley Flats Resident Portal <noreply@bexleyflats.com>",
        "March rent receipt",
        EN,
        text="""Payment confirmation

Resident: Marisol Ortega, Unit 2214
Amount: $1,685.00 (rent) + $45.00 (valet trash, pest control)
Paid: 03/03/2025 by ACH

Thank you!
Bexley Flats Apartments
""",
        tz=CST,
    ),
    m(
        "8335",
        "2025-03-05 20:30",
        "Mamá <lucia.ortega.r@correoplata.mx>",
        "Re: vuelos",
        ES,
        text="""¡Qué bueno, hija! Tu papá los recoge en el aeropuerto. Ya les tengo lista la
recámara de arriba. ¿Los niños todavía comen frijoles charros o ya no? Para hacerles.

Un beso,
Mamá

El lun, 3 mar 2025 a las 21:14, Marisol Ortega escribió:
> Ma, ya compré los boletos: llegamos el viernes 14 a las 9:10 a Monterrey.
""",
        tz=CST,
    ),
    m(
        "8336",
        "2025-03-07 11:00",
        "UT Austin Continuing Education <cpe@utx-continuing.example.edu>",
        "Admission decision: Graduate Certificate in Learning Design and Technology",
        EN,
        text="""Dear Marisol,

Congratulations! On behalf of the admissions committee, I am pleased to offer you admission
to the Graduate Certificate in Learning Design and Technology, Fall 2025 cohort.

To accept your offer of admission, please submit your enrollment deposit of $200 by April 4.
Orientation will be held online on August 21.

Welcome!
Dr. Helen Park
Program Director
""",
        tz=CST,
    ),
    m(
        "8337",
        "2025-03-09 10:10",
        "Cedar Bank Card Services <offers@cedarbankcard.com>",
        "Last chance: your pre-approved offer expires Friday",
        EN,
        html="""<html><body>
<p>Marisol, don't miss out. Your pre-approved Cedar Rewards Visa offer expires March 14.</p>
<p>Apply in minutes and get a decision in seconds.</p>
<p><a href="https://apply.cedarbankcard.com/pre?code=A9Q2">Complete your application</a></p>
</body></html>""",
        tz=CDT,
    ),
    m(
        "8338",
        "2025-03-10 13:44",
        "Texas Education Agency <noreply@tea-educator.example.gov>",
        "Certificate renewal application received",
        EN,
        text="""Dear Marisol Ortega,

Your application to renew your Standard Certificate has been received and the renewal fee
of $22.00 has been processed. You will receive an email when your renewed certificate is
posted to your Educator account (usually within 5 business days).

Educator Certification
""",
        tz=CDT,
    ),
    m(
        "8339",
        "2025-03-11 08:55",
        "Shipswift <updates@shipswift.com>",
        "Out for delivery: your package from Kidsworld Toys",
        EN,
        text="""Your package is out for delivery and should arrive by 8 PM today.

Tracking: 1SW 4481 0021 8845
From: Kidsworld Toys

Shipswift
""",
        tz=CDT,
    ),
    m(
        "8340",
        "2025-03-13 21:20",
        "Dani Brooks <dani.brooks@pecanmail.com>",
        "safe travels!!",
        EN,
        text="""Have the BEST spring break with your family. Eat all the cabrito for me. I'll
water your plants, the key is under the frog right?

D
Sent from my iPhone
""",
        tz=CDT,
    ),
    m(
        "8341",
        "2025-03-15 10:30",
        "Abuela Carmen <carmen.viuda.de.ortega@correoplata.mx>",
        "MIS NIETOS",
        ES,
        text="""QUE GUSTO QUE YA LLEGARON. LOS ESPERO EL DOMINGO PARA COMER. YA HICE TAMALES.
DIOS LOS BENDIGA
ABUELA CARMEN
""",
        tz=CST,
    ),
    m(
        "8342",
        "2025-03-17 09:00",
        "Hill Country Federal Credit Union <alerts@hillcountryfcu.org>",
        "Your mortgage pre-approval letter is ready",
        EN,
        text="""Hi Marisol,

Good news - you're pre-approved! Your pre-approval letter for a purchase price up to
$315,000 (conventional, 30-year fixed) is available in online banking under Documents.

This pre-approval is valid for 90 days and is subject to appraisal and final underwriting.

Daniel Reyes, Loan Officer, NMLS #889012
Hill Country Federal Credit Union - Equal Housing Lender
""",
        tz=CDT,
    ),
    m(
        "8343",
        "2025-03-19 14:02",
        "CasaFinder <alerts@casafinder.com>",
        "5 new homes in Pflugerville under $315K",
        EN,
        html="""<html><body>
<p>New listings matching your saved search:</p>
<ul><li>1204 Wren Hollow Dr - 3 bd, 2 ba - $299,000</li>
<li>88 Cattail Ln - 3 bd, 2.5 ba - $312,500</li>
<li>4420 Pecan Grove Cir - 4 bd, 2 ba - $309,900</li></ul>
<p><a href="https://casafinder.com/saved-search">View homes</a></p>
</body></html>""",
        tz="-0700",
    ),
    m(
        "8344",
        "2025-03-21 16:40",
        "Maple Ridge Elementary PTA <news@mapleridgepta.org>",
        "Maple Ridge Weekly: STAAR testing dates, book fair",
        EN,
        html="""<html><body>
<h2>Maple Ridge Weekly</h2>
<p><b>STAAR testing</b> for grades 3-5 is April 8-10. Please make sure students get a good
night's sleep and a healthy breakfast.</p>
<p><b>Book fair</b> March 31 - April 4 in the library. eWallets are available.</p>
</body></html>""",
        tz=CDT,
    ),
    m(
        "8345",
        "2025-03-24 07:20",
        "Southwest Skies <itinerary@swskies.com>",
        "How was your flight to Austin?",
        EN,
        text="""Hi Marisol,

Thanks for flying with us from Monterrey. Tell us about your trip in a 2-minute survey and
get 500 bonus points.

Southwest Skies
""",
        tz=CDT,
    ),
    m(
        "8346",
        "2025-03-26 12:12",
        "Notely <billing@notely.app>",
        "Receipt for your Notely Pro subscription",
        EN,
        text="""Receipt #NT-772810

Notely Pro (monthly) ........ $4.99
Tax ......................... $0.41
Total ....................... $5.40

Charged to Visa ending 4412 on March 26, 2025.
""",
        tz="-0700",
    ),
    m(
        "8347",
        "2025-03-28 18:45",
        "Ana Lucía Paredes <analu.paredes@pecanmail.com>",
        "Re: book club - February pick!",
        EN,
        text="""Thank you all for coming!! Next month: "Demon Copperhead". Marisol you're hosting
April 12, right? I'll bring the paletas.

Ana Lu

On Wed, Jan 29, 2025 at 9:40 PM Ana Lucía Paredes wrote:
> February pick is "The Covenant of Water"...
""",
        headers=reply("8317", "analu.paredes@pecanmail.com"),
        tz=CDT,
    ),
    m(
        "8348",
        "2025-03-31 08:00",
        "Austin Animal Friends <volunteer@austinanimalfriends.org>",
        "Your volunteer shift schedule for April",
        EN,
        text="""Hi Marisol,

Here are your upcoming volunteer shifts:
- Sat, April 5, 8:00-10:00 AM - Dog walking (Kennel B)
- Sat, April 19, 8:00-10:00 AM - Dog walking (Kennel B)

Thank you for giving your time!
Volunteer Services
""",
        tz=CDT,
    ),
    m(
        "8349",
        "2025-04-02 10:05",
        "Cedar Bank Card Services <cards@cedarbankcard.com>",
        "Your Cedar Rewards Visa is on its way",
        EN,
        text="""Hi Marisol,

Thanks for applying! Your application was approved with a credit limit of $6,500. Your
new card should arrive in 7-10 business days. Activate it at cedarbankcard.com/activate.

Cedar Bank Card Services
""",
        tz=CDT,
    ),
    m(
        "8350",
        "2025-04-04 15:15",
        "Bluebonnet Valley ISD <announcements@bluebonnetvisd.org>",
        "Intent to return for the 2025-26 school year - due April 18",
        EN,
        text="""Dear Staff,

Please complete the Intent to Return form in Skyward by April 18. Your response helps
campuses plan staffing for next year. If you indicate that you will not return, your
principal will follow up about the resignation process and timeline.

Human Resources
Bluebonnet Valley ISD
""",
        to="Marisol Ortega <mortega@bluebonnetvisd.org>",
        tz=CDT,
    ),
    m(
        "8351",
        "2025-04-06 11:30",
        "Rocío Méndez <rocio.mendez.t@correoplata.mx>",
        "¡me caso!!!",
        ES,
        text="""¡PRIMA!!! Rodrigo me pidió matrimonio anoche en la Macroplaza. Lloré como niña.
La boda va a ser en octubre en Saltillo, ya te aviso la fecha exacta. Quiero que tú y Sofi
sean parte del cortejo.

¡Te quiero!
Rocío
""",
        tz=CST,
    ),
    m(
        "8352",
        "2025-04-08 09:25",
        "Design for Learning Weekly <newsletter@d4lweekly.com>",
        "An interview with the designer behind the 10-minute module",
        EN,
        html="""<html><body>
<h2>Design for Learning Weekly - Issue 212</h2>
<p><b>This week's interview:</b> we sat down with Keiko Matsuda, who redesigned a hospital
system's onboarding into ten-minute modules, to talk about cutting content ruthlessly.</p>
<p><b>Tool tip:</b> three ways to use branching scenarios without a big budget.</p>
<p>Plus: our readers' favorite storyboard templates.</p>
</body></html>""",
        tz="-0400",
    ),
    m(
        "8353",
        "2025-04-10 19:02",
        "Pecan Street Grocer <orders@pecanstreetgrocer.com>",
        "Receipt for your in-store purchase",
        EN,
        text="""Thank you for shopping at Pecan Street Grocer!

Store: South Lamar  |  04/10/2025 6:51 PM
Subtotal: $54.18   Tax: $1.22   Total: $55.40
Rewards earned: 55 points

Pecan Street Grocer
""",
        tz=CDT,
    ),
    m(
        "8354",
        "2025-04-12 08:40",
        "Coach Melissa <melissa.hart.soccer@gmail.com>",
        "Spring season schedule + picture day",
        EN,
        text="""Storm families -

Picture day is Saturday, April 26 at 8:30 before our game. Order forms are due that morning.
Full spring schedule attached. Remember shin guards, every practice!

Coach Melissa
""",
        attach=[("storm_spring_schedule.txt", "text/plain", "U9 Storm spring schedule\n")],
        tz=CDT,
    ),
    m(
        "8355",
        "2025-04-14 13:30",
        "Texas Education Agency <noreply@tea-educator.example.gov>",
        "Your renewed certificate has been issued",
        EN,
        text="""Dear Marisol Ortega,

Your Standard Certificate has been renewed and is valid through 03/31/2030. You can view and
print your certificate from your Educator account.

Educator Certification
""",
        tz=CDT,
    ),
    m(
        "8356",
        "2025-04-16 17:05",
        "Lone Star Light & Power <outages@lonestarlight.com>",
        "Planned outage in your area on April 22",
        EN,
        text="""To safely upgrade equipment, we will interrupt power in your area on Tuesday,
April 22, between 9:00 AM and 1:00 PM. We apologize for the inconvenience.

Lone Star Light & Power
""",
        tz=CDT,
    ),
    m(
        "8357",
        "2025-04-18 09:48",
        "Sunrise Family Dental <appointments@sunrisefamilydental.com>",
        "Mateo's appointment is confirmed",
        EN,
        text="""Hi Marisol,

Mateo Ortega's appointment is confirmed:
Thursday, April 24 at 3:45 PM with Dr. Nguyen (pediatric cleaning, sealants)

See you soon!
Sunrise Family Dental
""",
        ics={
            "uid": "sfd-appt-10442@sunrisefamilydental.com",
            "start": "2025-04-24 15:45:00 -0500",
            "minutes": 45,
            "organizer": ("Sunrise Family Dental", "appointments@sunrisefamilydental.com"),
            "summary": "Mateo - dental cleaning",
            "location": "Sunrise Family Dental, 4100 S Congress Ave, Austin TX",
        },
        tz=CDT,
    ),
    m(
        "8358",
        "2025-04-21 20:15",
        "Javier Ortega <javi.ortega.mtz@pecanmail.com>",
        "taxes / y lo del carro de mamá",
        ES,
        text="""Hermana, ¿ya hiciste tus taxes? Yo los mandé el viernes, casi se me pasa. Oye, sobre
el carro de mamá: ya hablé con el de la agencia en Saltillo, dice que si pagamos entre los
dos sale en 18 meses. Cuando puedas me marcas.

Javi
""",
        tz=CDT,
    ),
    m(
        "8359",
        "2025-04-23 10:00",
        "Trailside Outfitters <deals@trailsideoutfitters.com>",
        "Members-only: an offer you can't refuse",
        EN,
        html="""<html><body>
<h1>Our best offer of the year</h1>
<p>Marisol, as a Trailside Rewards member you get early access: double points plus 25% off
one full-price item. Offer ends Monday.</p>
<p><a href="https://trailsideoutfitters.com/members">Claim offer</a></p>
</body></html>""",
        tz="-0600",
    ),
    m(
        "8360",
        "2025-04-25 12:20",
        "The Teacher's Lounge Podcast <hello@teacherslounge.fm>",
        "Re: Would you like to be interviewed on our podcast?",
        EN,
        text="""Hi Marisol,

Thanks again for a wonderful interview! Your episode ("Reading centers in two languages")
goes live May 6. I'll send you the link and a few clips you can share.

Rob

On Wed, Feb 26, 2025 at 10:30 AM Rob Martinelli <hello@teacherslounge.fm> wrote:
> I'd love to interview you for an episode in April...
""",
        headers=reply("8331", "hello@teacherslounge.fm"),
        tz=CDT,
    ),
    m(
        "8361",
        "2025-04-27 09:14",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Congratulate Priya Raman on 5 years at Cobalt Ridge Software",
        EN,
        html="""<html><body>
<p><b>Priya Raman</b> is celebrating a work anniversary: 5 years at Cobalt Ridge Software.</p>
<p><a href="https://www.linkedin.com/feed/">Congratulate Priya</a></p>
<p style="font-size:11px">&copy; 2025 LinkedIn Corporation.</p>
</body></html>""",
        tz="-0700",
    ),
    m(
        "8362",
        "2025-04-29 16:30",
        "Maple Ridge Elementary <office@mapleridge-bvisd.org>",
        "Teacher Appreciation Week is next week!",
        EN,
        text="""Dear Maple Ridge families,

Next week is Teacher Appreciation Week! Monday: bring a flower. Tuesday: write a note.
Wednesday: favorite snack. Thursday: wear your teacher's favorite color. Friday: lunch is
provided by the PTA.

Thank you for celebrating our amazing staff!
""",
        tz=CDT,
    ),
    m(
        "8363",
        "2025-05-01 08:00",
        "Hill Country Federal Credit Union <estatements@hillcountryfcu.org>",
        "Your April statement is available",
        EN,
        text="""Your April 2025 statement for checking account ending 0291 is now available in
online banking.

Hill Country Federal Credit Union
""",
        tz=CDT,
    ),
    m(
        "8364",
        "2025-05-03 11:11",
        "Slidesmith <team@slidesmith.io>",
        "Dani Brooks invited you to a team",
        EN,
        text="""Hi Marisol,

Dani Brooks invited you to join the "Maple Ridge Family Night Flyers" team on Slidesmith.

Accept invitation: https://slidesmith.io/invite/bv-88

Slidesmith
""",
        tz="-0700",
    ),
    m(
        "8365",
        "2025-05-05 19:35",
        "Mamá <lucia.ortega.r@correoplata.mx>",
        "Día de las madres",
        ES,
        text="""Gracias por las flores, mi niña, están preciosas. Y gracias por la llamada de los
niños, Mateo me cantó las mañanitas y casi lloro.

¿Cómo vas con lo del trabajo nuevo? Tu papá y yo estamos rezando por ti.

Mamá
""",
        tz=CST,
    ),
    m(
        "8366",
        "2025-05-08 07:50",
        "Shipswift <updates@shipswift.com>",
        "Delivery exception: we couldn't deliver your package",
        EN,
        text="""We attempted to deliver your package but no one was available to sign.

Tracking: 1SW 4483 9902 1120
From: Bloom & Stem

We'll try again tomorrow. You can also pick it up at the Shipswift counter at 2901 S Lamar.
""",
        tz=CDT,
    ),
]

MAIL += [
    m(
        "8367",
        "2025-05-09 14:40",
        "Renata Solís <renata@solisrealtygroup.com>",
        "Re: offer on 88 Cattail Ln",
        EN,
        text="""Hi Marisol,

Great news - the sellers accepted our offer on 88 Cattail Ln at $305,000 with $4,000 in
seller concessions! The option period runs 7 days, so let's get the inspection scheduled for
Monday or Tuesday. I'll send the executed contract to the title company this afternoon.

Congratulations!!

Renata Solís
REALTOR | Solís Realty Group
(512) 555-0164

-----Original Message-----
From: Marisol Ortega <marisol.ortega@pecanmail.com>
Sent: Wednesday, May 7, 2025 9:12 PM
To: Renata Solís <renata@solisrealtygroup.com>
Subject: offer on 88 Cattail Ln

Renata, let's go ahead and submit at $305K. Fingers crossed!
""",
        tz=CDT,
    ),
    m(
        "8368",
        "2025-05-10 08:30",
        "Pflugerville Home Inspections <schedule@pfhomeinspect.com>",
        "Inspection appointment scheduled: 88 Cattail Ln",
        EN,
        text="""Hello Marisol,

Your home inspection is scheduled for Tuesday, May 13 at 9:00 AM at 88 Cattail Ln,
Pflugerville, TX. The inspection takes about 3 hours; you're welcome to join for the last 30
minutes, when the inspector walks through the findings.

Fee: $425 (payable before the report is released)

Pflugerville Home Inspections
""",
        tz=CDT,
    ),
    m(
        "8369",
        "2025-05-12 17:15",
        "Lone Star Title Co. <closings@lonestartitle.com>",
        "Wire fraud warning - please read before closing",
        EN,
        text="""IMPORTANT: Lone Star Title will NEVER change wiring instructions by email. Before
sending any funds for your closing on 88 Cattail Ln, call our office at a number you have
verified independently.

Your closing is tentatively scheduled for June 13, 2025.

Lone Star Title Co.
""",
        tz=CDT,
    ),
    m(
        "8370",
        "2025-05-13 19:58",
        "Dani Brooks <dani.brooks@pecanmail.com>",
        "Re: inspection",
        EN,
        text="""A HOUSE!!! I'm so happy for you. Foundation stuff is normal for Pflugerville,
don't panic, get the engineer to look at it. Happy hour on me Friday.

D

On Tue, May 13, 2025 at 6:40 PM Marisol Ortega wrote:
> Inspection done. Roof is fine, AC is old, and "minor foundation movement" whatever that
> means. Help.
""",
        tz=CDT,
    ),
    m(
        "8371",
        "2025-05-14 09:00",
        "Hill Country Federal Credit Union <mortgage@hillcountryfcu.org>",
        "Your mortgage application: conditional approval",
        EN,
        html="""<html><body>
<p>Hi Marisol,</p>
<p>Your mortgage application for 88 Cattail Ln has been <b>conditionally approved</b>.
Outstanding conditions:</p>
<ul><li>Updated pay stub</li><li>Verification of employment (we will contact your employer)
</li><li>Homeowner's insurance binder</li></ul>
<p>Please upload documents in the borrower portal. Your loan officer: Daniel Reyes.</p>
<p style="font-size:10px">Equal Housing Lender. NMLS #401122.</p>
</body></html>""",
        tz=CDT,
    ),
    m(
        "8372",
        "2025-05-15 12:45",
        "Armadillo Insurance <quotes@armadilloins.com>",
        "Your homeowners insurance quote",
        EN,
        text="""Hi Marisol,

Thanks for requesting a quote. Here's your homeowners policy estimate for 88 Cattail Ln:

Dwelling coverage: $290,000
Deductible: 1% wind/hail, $1,500 all other perils
Annual premium: $2,184

Bundle with auto and save 12%. Reply or call to bind coverage.

Armadillo Insurance
""",
        tz=CDT,
    ),
    m(
        "8373",
        "2025-05-16 16:20",
        "Maple Ridge Elementary <office@mapleridge-bvisd.org>",
        "STAAR results and end-of-year report cards",
        EN,
        text="""Dear Parents,

STAAR results will be available in the Family Portal on June 3. End-of-year report cards
will go home on the last day of school, May 29. If you have questions about your child's
assessment results, please contact the campus counselor.

Maple Ridge Elementary
""",
        tz=CDT,
    ),
    m(
        "8374",
        "2025-05-17 10:40",
        "Camp Bluebonnet <registrar@campbluebonnet.org>",
        "Mateo's summer camp application is accepted",
        EN,
        text="""Dear Marisol,

We're happy to let you know that Mateo's application for Camp Bluebonnet Session 2 (June
16-27, Explorers, ages 7-9) has been accepted!

Balance due: $640 by June 1. Health forms must be uploaded before the first day.

See you at camp!
Camp Bluebonnet Registrar
""",
        tz=CDT,
    ),
    m(
        "8375",
        "2025-05-19 21:00",
        "Rocío Méndez <rocio.mendez.t@correoplata.mx>",
        "Fecha de la boda",
        ES,
        text="""Prima, ya quedó: sábado 18 de octubre, misa a las 6 en San Esteban y la fiesta en
la Quinta Las Palmas. Te mando la invitación formal después. ¡Apártalo!

Rocío
""",
        tz=CST,
    ),
    m(
        "8376",
        "2025-05-21 07:35",
        "StreamBox <billing@streambox.tv>",
        "Your StreamBox receipt",
        EN,
        text="""Thanks for being a member, Marisol.

Standard with ads - monthly
Amount: $7.99
Charged to: Visa ending 4412
Billing date: May 20, 2025
""",
        tz="-0700",
    ),
    m(
        "8377",
        "2025-05-22 13:13",
        "U.S. Passport Services <passport-status@travelservices.example.gov>",
        "Application status update: In Process",
        EN,
        text="""Passport application status for MATEO ORTEGA

Status: In Process
We are processing your passport application. Routine service takes 4 to 6 weeks.

This is an automated message. Do not reply.
""",
        tz=CDT,
    ),
    m(
        "8378",
        "2025-05-24 11:00",
        "Bookworm Outlet <orders@bookwormoutlet.com>",
        "Order confirmation #BW-551902",
        EN,
        text="""Thank you for your order, Marisol!

Design for How People Learn (3rd ed.) ........... $34.99
The Accidental Instructional Designer ........... $29.95
Dog Man: Big Jim Believes (Mateo) ............... $12.99
Shipping ........................................ FREE
Total ........................................... $83.62

Estimated delivery: May 28-30
""",
        html="""<html><body>
<h2>Thank you for your order, Marisol!</h2>
<table>
<tr><td>Design for How People Learn (3rd ed.)</td><td>$34.99</td></tr>
<tr><td>The Accidental Instructional Designer</td><td>$29.95</td></tr>
<tr><td>Dog Man: Big Jim Believes</td><td>$12.99</td></tr>
<tr><td><b>Total</b></td><td><b>$83.62</b></td></tr>
</table>
<p>Estimated delivery: May 28-30</p>
</body></html>""",
        tz="-0400",
    ),
    m(
        "8379",
        "2025-05-26 18:30",
        "Papá <jorge.ortega.s@correoplata.mx>",
        "felicidades por la casa",
        ES,
        text="""Mija, tu mamá me contó lo de la casa. Estamos muy orgullosos de ti. Si necesitas
ayuda con la mudanza, Javi y yo podemos ir en junio.

Te quiere,
Papá
""",
        tz=CST,
    ),
    m(
        "8380",
        "2025-05-28 15:05",
        "Bluebonnet Valley ISD <announcements@bluebonnetvisd.org>",
        "End-of-year checkout procedures",
        EN,
        text="""Dear Staff,

Please complete your checkout by Friday, May 30: return laptops and badges, submit your
classroom inventory, and have your principal sign the checkout form. Staff who are leaving
the district should also schedule an exit conversation with HR.

Have a restful summer!
Human Resources
""",
        to="Marisol Ortega <mortega@bluebonnetvisd.org>",
        tz=CDT,
    ),
    m(
        "8381",
        "2025-05-29 20:45",
        "Carmen Villarreal <cvillarreal@bluebonnetvisd.org>",
        "we'll miss you!",
        EN,
        text="""Marisol,

I couldn't say it at the luncheon without crying, so here it is: thank you for eight years of
making 4th grade the best year for so many kids. Whatever you do next, they are lucky to have
you. Keep in touch, and come back and visit the dual-language team!

Carmen
Principal, Maple Ridge Elementary
""",
        to="Marisol Ortega <mortega@bluebonnetvisd.org>",
        tz=CDT,
    ),
    m(
        "8382",
        "2025-05-31 10:10",
        "Austin Animal Friends <volunteer@austinanimalfriends.org>",
        "You're a star volunteer!",
        EN,
        html="""<html><body>
<p>Hi Marisol,</p>
<p>You've logged <b>20 volunteer hours</b> with Austin Animal Friends. Thank you! Pick up your
volunteer T-shirt at the front desk next time you're in.</p>
</body></html>""",
        tz=CDT,
    ),
    m(
        "8383",
        "2025-06-02 08:15",
        "Lone Star Light & Power <billing@lonestarlight.com>",
        "Start service at your new address",
        EN,
        text="""Hi Marisol,

We received your request to start service at 88 Cattail Ln, Pflugerville, TX on June 13 and
stop service at 1500 Bexley Flats Blvd #2214 on June 16.

Confirmation number: SS-2025-440871

Lone Star Light & Power
""",
        tz=CDT,
    ),
    m(
        "8384",
        "2025-06-03 12:00",
        "Bexley Flats Leasing <leasing@bexleyflats.com>",
        "Notice to vacate received",
        EN,
        text="""Hi Marisol,

We received your 30-day notice to vacate Unit 2214. Per your lease, you may break the lease
early with the reletting fee of $1,432.25. Please schedule your move-out inspection with the
office.

Bexley Flats Apartments
""",
        tz=CDT,
    ),
    m(
        "8385",
        "2025-06-04 19:19",
        "Javier Ortega <javi.ortega.mtz@pecanmail.com>",
        "RE: mudanza",
        ES,
        text="""Va. Papá y yo llegamos el jueves 12 en la noche. Rento la troca de U-Haul el viernes
temprano. Tú pon las cervezas.

J

From: Marisol Ortega
Sent: Tuesday, June 3, 2025 10:02 PM
Subject: mudanza

¿Siguen pudiendo venir a ayudarme el 13? Cerramos ese día a las 10.
""",
        tz=CDT,
    ),
    m(
        "8386",
        "2025-06-06 09:40",
        "Shipswift <updates@shipswift.com>",
        "Delivered: your package from Bookworm Outlet",
        EN,
        text="""Your package was delivered at 9:32 AM.

Tracking number: 1SW 4484 3390 5567
Delivered to: mailroom

Shipswift
""",
        tz=CDT,
    ),
    m(
        "8387",
        "2025-06-07 11:25",
        "Ana Lucía Paredes <analu.paredes@pecanmail.com>",
        "party for you + house!!",
        EN,
        text="""Ok it's decided, the book club is throwing you a "new job + new house" party.
Saturday June 21, my place, 6pm. You are not allowed to bring anything. (Except the salsa.)

xo
""",
        tz=CDT,
    ),
    m(
        "8388",
        "2025-06-09 14:30",
        "Lone Star Title Co. <closings@lonestartitle.com>",
        "Closing scheduled: Friday, June 13 at 10:00 AM",
        EN,
        text="""Dear Marisol Ortega,

Your closing for 88 Cattail Ln is scheduled for Friday, June 13 at 10:00 AM at our Round Rock
office. Please bring a valid photo ID. Your Closing Disclosure was sent by your lender on
June 9.

Lone Star Title Co.
""",
        ics={
            "uid": "lst-closing-0613-cattail@lonestartitle.com",
            "start": "2025-06-13 10:00:00 -0500",
            "minutes": 90,
            "organizer": ("Lone Star Title Co.", "closings@lonestartitle.com"),
            "summary": "Closing - 88 Cattail Ln",
            "location": "Lone Star Title, 201 E Main St, Round Rock TX",
        },
        tz=CDT,
    ),
    m(
        "8389",
        "2025-06-11 07:05",
        "Pecan Street Grocer <orders@pecanstreetgrocer.com>",
        "Your delivery is on its way",
        EN,
        text="""Hi Marisol, your shopper Luis is heading your way with 31 items. Estimated arrival:
7:40-8:00 AM. Track live in the app.
""",
        tz=CDT,
    ),
    m(
        "8390",
        "2025-06-14 10:15",
        "Renata Solís <renata@solisrealtygroup.com>",
        "Welcome home!",
        EN,
        text="""Marisol,

Congratulations on your new home! It was such a joy working with you. I've attached a short
list of local favorites in Pflugerville (the taco truck on Pecan St is a must).

If you could leave me a quick review, I'd be so grateful.

Renata
""",
        tz=CDT,
    ),
    m(
        "8391",
        "2025-06-16 18:00",
        "Pflugerville Water Utility <billing@pflugervillewater.example.org>",
        "Welcome - your new water account",
        EN,
        text="""Welcome to the City of Pflugerville water utility.

Account: 3004-1188-02
Service address: 88 Cattail Ln
First bill: early July

Set up paperless billing and autopay online.
""",
        tz=CDT,
    ),
    m(
        "8392",
        "2025-06-17 21:10",
        "Mamá <lucia.ortega.r@correoplata.mx>",
        "Re: fotos de la casa",
        ES,
        text="""¡Qué bonita quedó, hija! Me encanta la cocina. Esa pared de la sala píntala de
amarillo clarito, vas a ver que se ve más grande. Dios los bendiga en su nuevo hogar.

Mamá

Enviado desde mi iPhone
""",
        tz=CST,
    ),
    m(
        "8393",
        "2025-06-19 08:50",
        "Camp Bluebonnet <registrar@campbluebonnet.org>",
        "Session 2 photos are up!",
        EN,
        html="""<html><body>
<p>Hi Camp Bluebonnet families!</p>
<p>Day 4 photos are posted in the parent portal: canoeing, the creek hike and the great
water-balloon war of 2025.</p>
</body></html>""",
        tz=CDT,
    ),
    m(
        "8394",
        "2025-06-20 13:40",
        "Armadillo Insurance <service@armadilloins.com>",
        "Your homeowners policy is active",
        EN,
        text="""Hi Marisol,

Your homeowners policy HO-8841207 is active as of June 13, 2025. Your ID cards and
declarations page are attached and available in the app.

Armadillo Insurance
""",
        tz=CDT,
    ),
    m(
        "8395",
        "2025-06-22 10:00",
        "Notely <hello@notely.app>",
        "What's new in Notely: templates for teams",
        EN,
        html="""<html><body>
<h2>New: shared templates</h2>
<p>Create a template once and share it with your whole team. Great for meeting notes,
lesson plans and project briefs.</p>
</body></html>""",
        tz="-0700",
    ),
    m(
        "8396",
        "2025-06-24 16:45",
        "U.S. Passport Services <passport-status@travelservices.example.gov>",
        "Application status update: Approved",
        EN,
        text="""Passport application status for MATEO ORTEGA

Status: Approved
Your passport has been approved and will be mailed within 1-2 weeks.
""",
        tz=CDT,
    ),
    m(
        "8397",
        "2025-06-26 19:30",
        "Dani Brooks <dani.brooks@pecanmail.com>",
        "first week??",
        EN,
        text="""Soooo how's the fancy new remote job?? Do you miss recess duty? Call me this weekend
and tell me everything.

D
""",
        tz=CDT,
    ),
    m(
        "8398",
        "2025-06-28 09:00",
        "Maple Ridge Elementary PTA <news@mapleridgepta.org>",
        "Summer reading challenge + back-to-school supply lists",
        EN,
        html="""<html><body>
<h2>Summer at Maple Ridge</h2>
<p>Join the summer reading challenge: read 20 books by August 8 and earn a spot at the
pizza party!</p>
<p>Supply lists for 2025-26 are now posted on the PTA website.</p>
</body></html>""",
        tz=CDT,
    ),
    m(
        "8399",
        "2025-06-30 07:30",
        "Hill Country Federal Credit Union <mortgage@hillcountryfcu.org>",
        "Welcome to your new mortgage - first payment due August 1",
        EN,
        text="""Hi Marisol,

Congratulations on your new home! Your first mortgage payment of $2,046.18 is due August 1,
2025. You can set up automatic payments from your checking account in online banking.

Hill Country Federal Credit Union
""",
        tz=CDT,
    ),
]

MAIL += [
    m(
        "8400",
        "2025-01-05 10:30",
        "Hill Country Federal Credit Union <alerts@hillcountryfcu.org>",
        "Security alert: new sign-in to online banking",
        EN,
        text="""We noticed a new sign-in to your online banking account.

Device: iPhone (Safari)
Location: Austin, TX
Time: 01/05/2025 10:27 AM CT

If this was you, no action is needed. If not, call us immediately at (512) 555-0100.
""",
        tz=CST,
    ),
    m(
        "8401",
        "2025-01-11 12:00",
        "Trailside Outfitters <deals@trailsideoutfitters.com>",
        "New year, new trails: 20% off your next purchase",
        EN,
        html="""<html><body>
<h1>Start the year outside</h1>
<p>Members save 20% on one item with code TRAIL25. Valid through January 19.</p>
</body></html>""",
        tz="-0700",
    ),
    m(
        "8402",
        "2025-01-16 17:30",
        "Maple Ridge Elementary PTA <news@mapleridgepta.org>",
        "Maple Ridge Weekly: MLK day of service, yearbook photos",
        EN,
        html="""<html><body>
<h2>Maple Ridge Weekly</h2>
<p>No school Monday, January 20, for Martin Luther King Jr. Day. Join our family day of
service at the Central Texas Food Bank!</p>
<p>Send your candid photos for the yearbook to yearbook@mapleridgepta.org.</p>
</body></html>""",
        tz=CST,
    ),
    m(
        "8403",
        "2025-01-21 08:10",
        "Austin Public Library <noreply@austinlibrary-notices.org>",
        "Your hold is ready for pickup",
        EN,
        text="""Dear Marisol Ortega,

The following item is ready for pickup at Yarborough Branch until 01/28/2025:

- Map It: The hands-on guide to strategic training design

Austin Public Library
""",
        tz=CST,
    ),
    m(
        "8404",
        "2025-01-25 22:15",
        "Rocío Méndez <rocio.mendez.t@correoplata.mx>",
        "¡gracias por la fiesta!",
        ES,
        text="""Prima, gracias por invitarnos, la fiesta de Sofi estuvo preciosa. Rodri dice que el
pastel le quedó delicioso a tu vecina. Mándame las fotos del brincolín porfa.

Besos
""",
        tz=CST,
    ),
    m(
        "8405",
        "2025-01-31 09:00",
        "Hill Country Federal Credit Union <estatements@hillcountryfcu.org>",
        "Your January statement is available",
        EN,
        text="""Your January 2025 statement for checking account ending 0291 is now available in
online banking.

Hill Country Federal Credit Union
""",
        tz=CST,
    ),
    m(
        "8406",
        "2025-02-02 15:00",
        "Bexley Flats Leasing <leasing@bexleyflats.com>",
        "Move-in checklist for February 15",
        EN,
        text="""Hi Marisol,

We're getting ready for your move-in! Before Feb 15 please:
- Transfer electricity to your name (Lone Star Light & Power) and send us the confirmation
- Provide proof of renters insurance
- Pay your prorated rent of $903.21 in the portal

Keys can be picked up at the office from 10 AM.

Bexley Flats Apartments
""",
        tz=CST,
    ),
    m(
        "8407",
        "2025-02-08 18:30",
        "Coach Melissa <melissa.hart.soccer@gmail.com>",
        "Re: U9 Storm - great game today!",
        EN,
        text="""What a game! Mateo's first goal of the season!! Thanks to all the families who came
out in the cold. Orange slices next week: Nguyen family.

Coach Melissa
""",
        tz=CST,
    ),
    m(
        "8408",
        "2025-02-15 11:45",
        "Armadillo Insurance <service@armadilloins.com>",
        "Your renters insurance policy documents",
        EN,
        text="""Hi Marisol,

Welcome to Armadillo! Your renters policy RT-5510928 for 1500 Bexley Flats Blvd #2214 is
active from February 15, 2025. Monthly premium: $14.50.

Armadillo Insurance
""",
        tz=CST,
    ),
    m(
        "8409",
        "2025-02-20 20:00",
        "Javier Ortega <javi.ortega.mtz@pecanmail.com>",
        "el partido del domingo",
        ES,
        text="""¿Vas a ver el partido de Tigres el domingo? Hacemos carne asada en mi casa, trae a
los niños. Lleva tortillas de harina de la panadería esa que te gusta.

Javi
""",
        tz=CST,
    ),
    m(
        "8410",
        "2025-02-27 14:20",
        "Design for Learning Weekly <newsletter@d4lweekly.com>",
        "Storyboards that stakeholders actually read",
        EN,
        html="""<html><body>
<h2>Design for Learning Weekly - Issue 206</h2>
<p>Three storyboard formats compared, plus a free template. Also: why your knowledge checks
are too easy, and a reader asks how to move from teaching to instructional design.</p>
</body></html>""",
        tz="-0500",
    ),
    m(
        "8411",
        "2025-03-04 07:45",
        "Southwest Skies <itinerary@swskies.com>",
        "It's almost time for your trip to Monterrey",
        EN,
        text="""Hi Marisol,

Your trip is 10 days away! Confirmation QK7T2M.

Traveling internationally? Make sure every traveler has a valid passport, and the children
traveling with one parent carry a notarized consent letter if required.

Southwest Skies
""",
        tz=CST,
    ),
    m(
        "8412",
        "2025-03-18 16:10",
        "Tía Chela <graciela.ramos.v@correoplata.mx>",
        "qué gusto verlos",
        ES,
        text="""Mija, qué gusto me dio verlos el domingo. Mateo está enorme y Sofi igualita a ti de
chiquita. Aquí te mando la foto que nos tomamos en la plaza. Cuídense mucho en el camino.

Tu tía Chela
""",
        tz=CST,
    ),
    m(
        "8413",
        "2025-03-27 19:20",
        "Pecan Street Grocer <orders@pecanstreetgrocer.com>",
        "You've earned a $5 reward",
        EN,
        html="""<html><body>
<p>Nice! You've earned a $5 reward with Pecan Street Rewards. It will apply automatically on
your next order over $30.</p>
</body></html>""",
        tz=CDT,
    ),
    m(
        "8414",
        "2025-04-01 10:00",
        "Bexley Flats Resident Portal <noreply@bexleyflats.com>",
        "April rent receipt",
        EN,
        text="""Payment confirmation

Resident: Marisol Ortega, Unit 2214
Amount: $1,730.00
Paid: 04/01/2025 by ACH

Bexley Flats Apartments
""",
        tz=CDT,
    ),
    m(
        "8415",
        "2025-04-09 18:00",
        "Ana Lucía Paredes <analu.paredes@pecanmail.com>",
        "saturday + parking",
        EN,
        text="""Hey! For Saturday at yours - is there guest parking at Bexley or should we park on
the street? Also Karla can't come, she has her nephew's quince.

Ana Lu
""",
        tz=CDT,
    ),
    m(
        "8416",
        "2025-04-15 06:55",
        "Hill Country Federal Credit Union <alerts@hillcountryfcu.org>",
        "Payment due reminder: Cedar Rewards Visa",
        EN,
        text="""This is a reminder that your Cedar Rewards Visa minimum payment of $35.00 is due on
04/20/2025. Statement balance: $412.77.
""",
        tz=CDT,
    ),
    m(
        "8417",
        "2025-04-19 12:30",
        "Austin Animal Friends <volunteer@austinanimalfriends.org>",
        "Shift canceled due to weather",
        EN,
        text="""Hi Marisol,

Because of the severe storm warning, this morning's dog-walking shift is canceled. Stay
safe, and we'll see you at your next shift!

Volunteer Services
""",
        tz=CDT,
    ),
    m(
        "8418",
        "2025-05-04 09:30",
        "The Teacher's Lounge Podcast <hello@teacherslounge.fm>",
        "New episode: Reading centers in two languages (with Marisol Ortega)",
        EN,
        html="""<html><body>
<h2>New episode out now</h2>
<p>This week we interview Austin teacher Marisol Ortega about dual-language reading centers,
color-coding by language and why her students write their own bilingual picture books.</p>
<p><a href="https://teacherslounge.fm/episodes/118">Listen now</a></p>
</body></html>""",
        tz=CDT,
    ),
    m(
        "8419",
        "2025-05-06 13:00",
        "EdTech Insider Webinars <events@edtechinsider.net>",
        "You're registered: Accessibility in eLearning (May 20)",
        EN,
        text="""Hi Marisol,

You're registered for "Accessibility in eLearning: WCAG for Course Designers" on Tuesday,
May 20 at 12:00 PM CT. Join link: https://edtechinsider.net/live/a11y

A calendar invitation is attached.
""",
        ics={
            "uid": "eti-webinar-0520@edtechinsider.net",
            "start": "2025-05-20 12:00:00 -0500",
            "minutes": 60,
            "organizer": ("EdTech Insider Events", "events@edtechinsider.net"),
            "summary": "Webinar: Accessibility in eLearning",
            "location": "https://edtechinsider.net/live/a11y",
        },
        tz=CDT,
    ),
    m(
        "8420",
        "2025-05-11 21:30",
        "Abuela Carmen <carmen.viuda.de.ortega@correoplata.mx>",
        "FELICIDADES",
        ES,
        text="""MI NIÑA FELICIDADES EN EL DIA DE LAS MADRES. ERES UNA MAMA MUY BUENA Y MUY
TRABAJADORA. TE QUIERO MUCHO.
ABUELA
""",
        tz=CST,
    ),
    m(
        "8421",
        "2025-05-25 08:00",
        "Trailside Outfitters <deals@trailsideoutfitters.com>",
        "Memorial Day sale: up to 40% off",
        EN,
        html="""<html><body>
<h1>Memorial Day Sale</h1>
<p>Up to 40% off tents, coolers and camp chairs. In stores and online through Monday.</p>
</body></html>""",
        tz="-0600",
    ),
    m(
        "8422",
        "2025-06-12 12:00",
        "Hill Country Federal Credit Union <mortgage@hillcountryfcu.org>",
        "Clear to close!",
        EN,
        text="""Hi Marisol,

Your loan is clear to close. Your funds are being wired to Lone Star Title for your closing
tomorrow at 10:00 AM. Remember to bring your photo ID.

Daniel Reyes, Loan Officer
""",
        tz=CDT,
    ),
    m(
        "8423",
        "2025-06-18 15:30",
        "Bexley Flats Leasing <leasing@bexleyflats.com>",
        "Move-out inspection and deposit",
        EN,
        text="""Hi Marisol,

Thanks for turning in your keys. Your move-out inspection is complete. Your security deposit
refund, less the reletting fee and carpet cleaning, will be mailed to your forwarding address
within 30 days.

Bexley Flats Apartments
""",
        tz=CDT,
    ),
    m(
        "8424",
        "2025-07-01 08:00",
        "Pflugerville Water Utility <billing@pflugervillewater.example.org>",
        "Your first water bill",
        EN,
        text="""Account 3004-1188-02
Service period: 06/13 - 06/27
Amount due: $38.12 by 07/21/2025

Pay online or set up autopay.
""",
        tz=CDT,
    ),
    m(
        "8425",
        "2025-07-02 19:40",
        "Ana Lucía Paredes <analu.paredes@pecanmail.com>",
        "4th of July?",
        EN,
        text="""Are you doing anything for the 4th? We're going to watch the fireworks at Lake
Pflugerville, you're basically neighbors now! Bring the kids. We'll bring sparklers.

Ana Lu
""",
        tz=CDT,
    ),
    m(
        "8426",
        "2025-07-03 11:00",
        "Lone Star Light & Power <billing@lonestarlight.com>",
        "Your July bill is ready",
        EN,
        html="""<html><body>
<p>Hello Marisol Ortega,</p>
<p>Your bill for account ending 9012 (88 Cattail Ln) is now available.</p>
<p>Amount due: <b>$96.30</b><br>Due date: July 24, 2025</p>
</body></html>""",
        tz=CDT,
    ),
    m(
        "8427",
        "2025-07-05 10:10",
        "Mamá <lucia.ortega.r@correoplata.mx>",
        "¿cómo te fue en tu primera semana?",
        ES,
        text="""Hija, ¿cómo te fue en tu primera semana en el trabajo nuevo? ¿Te gustan tus
compañeros? No te desveles frente a la computadora. Llámame el domingo.

Mamá
""",
        tz=CST,
    ),
    m(
        "8428",
        "2025-07-07 09:00",
        "Camp Bluebonnet <registrar@campbluebonnet.org>",
        "Thank you for a wonderful summer - feedback survey",
        EN,
        text="""Dear Camp Bluebonnet families,

Thank you for sharing your campers with us! Please take 3 minutes to tell us about your
experience. Registration for summer 2026 opens in January.

Camp Bluebonnet
""",
        tz=CDT,
    ),
    m(
        "8429",
        "2025-07-09 13:15",
        "Bookworm Outlet <orders@bookwormoutlet.com>",
        "Marisol, an exclusive offer on books you'll love",
        EN,
        html="""<html><body>
<h2>Picked for you</h2>
<p>Because you bought <i>Design for How People Learn</i>: take 25% off "Make It Stick" and
"Evidence-Informed Learning Design". Exclusive offer ends Sunday.</p>
</body></html>""",
        tz="-0400",
    ),
    m(
        "8430",
        "2025-07-11 16:30",
        "Dani Brooks <dani.brooks@pecanmail.com>",
        "Re: first week??",
        EN,
        text="""OMG a Slack channel just for dog pictures?? Corporate life is wild. So glad you're
happy. Housewarming when??

D

On Thu, Jun 26, 2025 at 7:30 PM Dani Brooks wrote:
> Soooo how's the fancy new remote job??
""",
        headers=reply("8397", "dani.brooks@pecanmail.com"),
        tz=CDT,
    ),
    m(
        "8431",
        "2025-07-14 08:20",
        "Shipswift <updates@shipswift.com>",
        "Your package has been delivered",
        EN,
        text="""Your package was delivered at 8:14 AM.

Tracking number: 1SW 4486 1102 3309
Delivered to: front door
From: Kidsworld Toys
""",
        tz=CDT,
    ),
    m(
        "8432",
        "2025-07-16 12:45",
        "Texas Education Agency <noreply@tea-educator.example.gov>",
        "Educator survey: tell us why you're leaving the classroom",
        EN,
        text="""Dear Educator,

Our records show that you did not renew a contract with a Texas public school for 2025-26.
Please take a 5-minute anonymous survey to help us understand why teachers leave the
classroom. Your feedback shapes state retention policy.

Educator Certification and Standards
""",
        tz=CDT,
    ),
    m(
        "8433",
        "2025-07-18 20:20",
        "Rocío Méndez <rocio.mendez.t@correoplata.mx>",
        "vestidos de las damas",
        ES,
        text="""Prima, ya escogimos el color de los vestidos: verde salvia. Te mando el link de la
tienda, el tuyo y el de Sofi ya están apartados. ¡No se vale subir de peso jajaja!

Rocío
""",
        tz=CST,
    ),
    m(
        "8434",
        "2025-07-21 10:00",
        "Hill Country Federal Credit Union <alerts@hillcountryfcu.org>",
        "Direct deposit change received",
        EN,
        text="""We received a new direct deposit into checking account ending 0291 from LUMEN AND
SLATE INC PAYROLL for $2,287.54 on 07/15/2025.

Hill Country Federal Credit Union
""",
        tz=CDT,
    ),
    m(
        "8435",
        "2025-07-24 18:00",
        "Coach Melissa <melissa.hart.soccer@gmail.com>",
        "Fall season registration is open",
        EN,
        text="""Hi Storm families!

Fall registration is open through August 10. Same practice nights (Tue/Thu). Let me know
if Mateo is coming back so I can hold his spot. Uniforms are staying the same!

Coach Melissa
""",
        tz=CDT,
    ),
    m(
        "8436",
        "2025-07-28 09:30",
        "UT Austin Continuing Education <cpe@utx-continuing.example.edu>",
        "Fall registration: choose your first course",
        EN,
        text="""Dear Marisol,

Registration for the Graduate Certificate in Learning Design and Technology opens August 4.
As a new student, please register for LDT 501 (Foundations of Learning Design) and one
elective. Orientation is on August 21 at 6 PM.

Continuing & Professional Education
""",
        tz=CDT,
    ),
]

MAIL += [
    m(
        "8437",
        "2025-01-23 12:40",
        "Travis County Jury Services <jury@traviscounty-courts.example.gov>",
        "Juror summons: response required",
        EN,
        text="""MARISOL ORTEGA, you have been summoned for jury service on Monday, February 24,
2025 at 8:00 AM, Travis County Courthouse. Complete your juror questionnaire online within 5
days. If you are a teacher, you may request a postponement to a school holiday.

Travis County Jury Services
""",
        tz=CST,
    ),
    m(
        "8438",
        "2025-01-27 07:20",
        "Pulse Fitness <members@pulsefitness.club>",
        "Your membership freeze has ended",
        EN,
        text="""Hi Marisol, welcome back! Your membership freeze ended on January 26, and your
regular monthly dues of $29.99 resume on February 1. Check out the new Zumba classes on
Tuesday nights.

Pulse Fitness - South Austin
""",
        tz=CST,
    ),
    m(
        "8439",
        "2025-02-16 18:25",
        "Papá <jorge.ortega.s@correoplata.mx>",
        "RE: la camioneta",
        ES,
        text="""Ya quedó la camioneta, hija. Costó 4,800 pesos con todo y mano de obra. Tu mamá
dice que ya no le mandes dinero, que estamos bien.

Papá

-----Mensaje original-----
De: Marisol Ortega
Enviado el: domingo, 26 de enero de 2025 09:10 p. m.
Asunto: RE: la camioneta

Pa, ¿cuánto salió lo de la bomba? Yo les ayudo.
""",
        tz=CST,
    ),
    m(
        "8440",
        "2025-02-22 10:05",
        "Travis County Jury Services <jury@traviscounty-courts.example.gov>",
        "Postponement approved",
        EN,
        text="""Your request to postpone jury service has been approved. Your new reporting date
is Monday, June 9, 2025.

Travis County Jury Services
""",
        tz=CST,
    ),
    m(
        "8441",
        "2025-03-06 20:45",
        "Sofía's Piano Studio <lessons@martapianostudio.com>",
        "Spring recital date + tuition",
        EN,
        text="""Dear piano families,

Our spring recital will be on Sunday, May 4 at 3 PM at St. Luke's. Each student will play
one piece. March tuition ($120) is due this week; Venmo or check is fine.

Marta Kowalski
""",
        tz=CST,
    ),
    m(
        "8442",
        "2025-03-29 14:50",
        "Bluebonnet Valley ISD Benefits <benefits@bluebonnetvisd.org>",
        "TRS ActiveCare: your 2025 benefits statement",
        EN,
        text="""Dear Employee,

Your 2025 total compensation and benefits statement is available in the employee portal.
Questions about TRS ActiveCare or your Teacher Retirement System account can be directed to
the Benefits Office.

Benefits Office, Bluebonnet Valley ISD
""",
        to="Marisol Ortega <mortega@bluebonnetvisd.org>",
        tz=CDT,
    ),
    m(
        "8443",
        "2025-04-03 09:15",
        "Pulse Fitness <members@pulsefitness.club>",
        "Your class booking: Zumba, Tue 7:00 PM",
        EN,
        text="""You're booked! Zumba with Carla, Tuesday April 8 at 7:00 PM, Studio B. Cancel at
least 4 hours before class to avoid a $5 fee.
""",
        tz=CDT,
    ),
    m(
        "8444",
        "2025-04-11 17:30",
        "Riverbend Auto Finance <noreply@riverbendautofinance.com>",
        "Your first payment is due May 1",
        EN,
        text="""Dear Marisol Ortega,

Welcome to Riverbend Auto Finance. Your loan for the 2022 Honda CR-V is funded. Your first
payment of $464.22 is due May 1, 2025. Enroll in autopay and get 0.25% off your rate.
""",
        tz=CDT,
    ),
    m(
        "8445",
        "2025-04-17 11:20",
        "Javier Ortega <javi.ortega.mtz@pecanmail.com>",
        "Fwd: foto de la abuela",
        ES,
        text="""Mira qué foto tan bonita le tomó Rocío a la abuela en la comida del domingo.

---------- Forwarded message ---------
From: Rocío Méndez
Date: Sun, Apr 13, 2025
Subject: foto de la abuela

La abuela con su pastel, ¡88 años y bien guapa!
""",
        tz=CDT,
    ),
    m(
        "8446",
        "2025-05-02 15:40",
        "Sofía's Piano Studio <lessons@martapianostudio.com>",
        "Recital program",
        EN,
        text="""Hi families, attached is the program for Sunday. Sofía is #6, playing "Für Elise"
(simplified). Please arrive by 2:30 for a warm-up. Refreshments after!

Marta
""",
        tz=CDT,
    ),
    m(
        "8447",
        "2025-05-20 08:45",
        "Pflugerville ISD Enrollment <enrollment@pflugervilleisd.example.org>",
        "New student enrollment application received",
        EN,
        text="""Dear Marisol Ortega,

We have received your online enrollment applications for MATEO ORTEGA (grade 3) and SOFIA
ORTEGA (grade 1) for the 2025-26 school year. Your campus assignment will be confirmed after
we verify your proof of residency. Please upload a closing statement or utility bill.

PfISD Student Enrollment
""",
        tz=CDT,
    ),
    m(
        "8448",
        "2025-05-23 14:00",
        "Capitol Honda <sales@capitolhondatx.com>",
        "Your trade-in offer is ready",
        EN,
        text="""Hi Marisol,

Thanks for using our online appraisal tool. Based on the details you provided for your 2014
Toyota Corolla, your instant trade-in offer is $5,200, valid for 7 days. Bring your car in
for a quick inspection to lock it in.

Capitol Honda
""",
        tz=CDT,
    ),
    m(
        "8449",
        "2025-06-06 09:00",
        "Cattail Creek HOA <manager@cattailcreekhoa.org>",
        "Welcome to Cattail Creek!",
        EN,
        text="""Welcome, new homeowner!

Please review the community guidelines attached. Reminders:
- Trash and recycling: Tuesdays
- Pool passes: request in the resident portal
- Any exterior changes (fences, paint, sheds) need an architectural review application
  approved by the committee BEFORE work begins

Cattail Creek HOA Management
""",
        tz=CDT,
    ),
    m(
        "8450",
        "2025-06-08 16:20",
        "Travis County Jury Services <jury@traviscounty-courts.example.gov>",
        "Reminder: report for jury service tomorrow",
        EN,
        text="""This is a reminder that you are scheduled to report for jury service on Monday,
June 9, 2025 at 8:00 AM. Check after 5 PM today whether your group still needs to report.
""",
        tz=CDT,
    ),
    m(
        "8451",
        "2025-06-10 12:30",
        "Pflugerville ISD Enrollment <enrollment@pflugervilleisd.example.org>",
        "Enrollment approved: campus assignment",
        EN,
        text="""Dear Marisol Ortega,

Your residency has been verified. Mateo and Sofía have been assigned to Windermere Oaks
Elementary for 2025-26. Meet the Teacher night is August 12.

PfISD Student Enrollment
""",
        tz=CDT,
    ),
    m(
        "8452",
        "2025-06-15 11:00",
        "Cattail Creek HOA <manager@cattailcreekhoa.org>",
        "Architectural review application: decision",
        EN,
        text="""Dear Ms. Ortega,

The Architectural Review Committee has approved your application to replace the backyard
fence (6 ft cedar, board-on-board). Work must be completed within 90 days.

Cattail Creek HOA Management
""",
        tz=CDT,
    ),
    m(
        "8453",
        "2025-06-25 10:40",
        "Pulse Fitness <members@pulsefitness.club>",
        "Sorry to see you go",
        EN,
        text="""Hi Marisol,

We've processed your membership cancellation. Your access continues through June 30. Moving
to Pflugerville? Our Pflugerville club is 5 minutes from Stone Hill - come back anytime!
""",
        tz=CDT,
    ),
    m(
        "8454",
        "2025-06-29 19:15",
        "Tía Chela <graciela.ramos.v@correoplata.mx>",
        "felicidades por la casa y el trabajo",
        ES,
        text="""Mi niña, ya me contó tu mamá de la casa y del trabajo nuevo. ¡Dios es grande! Te
mando una bendición para tu hogar. Cuando vengamos a Texas les caemos de visita.

Tu tía que te quiere
""",
        tz=CST,
    ),
    m(
        "8455",
        "2025-07-08 08:00",
        "Design for Learning Weekly <newsletter@d4lweekly.com>",
        "Your first 90 days as an instructional designer",
        EN,
        html="""<html><body>
<h2>Design for Learning Weekly - Issue 225</h2>
<p>Made the leap from the classroom? This issue is for you: what to learn first, how to run a
kickoff meeting with a subject-matter expert, and the tools nobody tells you about.</p>
</body></html>""",
        tz="-0400",
    ),
    m(
        "8456",
        "2025-07-12 10:20",
        "Sunrise Family Dental <appointments@sunrisefamilydental.com>",
        "Time for your 6-month checkup",
        EN,
        text="""Hi Marisol,

It's been six months since your last visit. Book your next cleaning online or reply to this
message. We have Saturday appointments in August!

Sunrise Family Dental
""",
        tz=CDT,
    ),
    m(
        "8457",
        "2025-07-15 14:05",
        "Cattail Creek HOA <manager@cattailcreekhoa.org>",
        "Pool party this Saturday",
        EN,
        html="""<html><body>
<p>Neighbors, join us for the summer pool party on Saturday, July 19, 4-7 PM at the
Cattail Creek amenity center. Hot dogs, snow cones and a DJ!</p>
</body></html>""",
        tz=CDT,
    ),
    m(
        "8458",
        "2025-07-19 21:00",
        "Javier Ortega <javi.ortega.mtz@pecanmail.com>",
        "lo del carro de mamá - ya quedó",
        ES,
        text="""Hermana, ya firmé lo del carro de mamá en la agencia. Te toca la mitad del
enganche, te paso la cuenta. Mamá está feliz, dice que ya no va a tener que pedirle ride a
la vecina para ir a misa.

J
""",
        tz=CDT,
    ),
    m(
        "8459",
        "2025-07-22 07:30",
        "Pecan Street Grocer <orders@pecanstreetgrocer.com>",
        "Now delivering to Pflugerville",
        EN,
        html="""<html><body>
<p>Good news, Marisol! Pecan Street Grocer now delivers to your new ZIP code, 78660. Get
free delivery on your first order over $50 with code NEWHOME.</p>
</body></html>""",
        tz=CDT,
    ),
    m(
        "8460",
        "2025-07-26 11:45",
        "Ana Lucía Paredes <analu.paredes@pecanmail.com>",
        "book club August",
        EN,
        text="""Hi ladies! August pick is "Tomorrow, and Tomorrow, and Tomorrow". Marisol
volunteered to host in her new house (!!!) on August 16. Bring a swimsuit, there's a pool.

xo Ana Lu
""",
        tz=CDT,
    ),
    m(
        "8461",
        "2025-07-29 09:10",
        "StreamBox <billing@streambox.tv>",
        "We're updating our prices",
        EN,
        text="""Hi Marisol,

Starting with your next billing date on August 20, your Standard with ads plan will cost
$8.99/month. No action is needed to keep watching.

StreamBox
""",
        tz="-0700",
    ),
]
