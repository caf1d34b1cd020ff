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
        to="Marisol Ortega <mortega@bvisd.org>",
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
