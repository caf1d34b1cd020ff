# ruff: noqa: E501, RUF100
"""Corpus 142, personal life: family, mates, the footy club and the current job on the ward
(data only): see heldout142.py."""

from __future__ import annotations

from heldout142_jobs import PB, PBR, QHD, J, N, ics, m, reply

# --- the current job: Queen Adelaide Hospital, Brisbane Southside HHS (not job hunting) -----------

_resign = m(
    "y8w8",
    "2026-02-03 11:26",
    "BSHHS Workforce Services <BSHHS-Workforce@health.qld.example>",
    "Acknowledgement of resignation - Declan Ruatapu-Hughes (Emp 00418839)",
    N(),
    text="""Dear Declan

We acknowledge receipt of your resignation from your position of Registered Nurse (NG5), Ward 4B Medical, Queen Adelaide Hospital, effective from close of business Friday 27 February 2026.

Your final pay, including any accrued annual leave and leave loading, will be paid on the pay day following your last day of service. A separation certificate will be sent to your nominated email address.

Please return your ID badge, keys and any Queensland Health equipment to your line manager on your last day. Your access to ieMR and Queensland Health email will end at 11:59pm on your last day.

On behalf of Brisbane Southside Hospital and Health Service, thank you for your service and we wish you well for the future.

Workforce Services
Brisbane Southside Hospital and Health Service
"""
    + QHD,
)

WORK = [
    m(
        "y8w0",
        "2025-09-10 14:02",
        "Rostering 4B Medical <Roster.4BMedical@health.qld.example>",
        "Roster published: 4B Medical, 22/09/2025 - 19/10/2025",
        N(),
        text="""Hi team,

The roster for 22 September to 19 October is now published in Kronos. Please check your shifts and let me know of any errors by Friday. Shift swaps must be approved by the NUM or CN in charge - no swaps that create a double shift or a short turnaround (<10 hours).

Thanks
Shaz
Rostering Officer, 4B Medical, Queen Adelaide Hospital
""",
    ),
    m(
        "y8w1",
        "2025-09-17 04:10",
        "QH Payroll <payroll.noreply@health.qld.example>",
        "Your payslip is now available",
        N(),
        text="""Your payslip for the fortnight ending 14/09/2025 is now available in MyHR.

This is an automatically generated email. Please do not reply.
Queensland Health Payroll Services
""",
    ),
    m(
        "y8w2",
        "2025-10-03 07:00",
        "iLearn <ilearn.noreply@health.qld.example>",
        "Action required: mandatory training overdue",
        N(),
        text="""Dear Declan Ruatapu-Hughes

Our records show the following mandatory training is overdue:

- Basic Life Support (annual) - due 28/09/2025
- Fire and Evacuation (annual) - due 30/09/2025

Please complete these modules in iLearn as soon as possible. Your line manager has been notified.

iLearn@Queensland Health
""",
    ),
    m(
        "y8w3",
        "2025-10-13 15:41",
        "Jodie Kerslake <Jodie.Kerslake@health.qld.example>",
        "ieMR 2025 upgrade - superuser refresher (28 Oct)",
        N(),
        text="""Hi all superusers,

As you know, the ieMR upgrade goes live on our site on the weekend of 15-16 November. Digital Health is running a compulsory superuser refresher on Tuesday 28 October, 1300-1530 in the Education Centre, Level 1. You'll be paid for the session - I've put you all on as a study day in the roster.

Declan - can you please run the 10 minute bit on the new fluid balance chart, since you helped test it?

Thanks everyone
Jodie

Jodie Kerslake
Nurse Unit Manager, 4B Medical
Queen Adelaide Hospital | Brisbane Southside Hospital and Health Service
"""
        + QHD,
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000C0D6F13E5C3CDC010000000000000000100000005A1B",
            "2025-10-28 13:00",
            "ieMR upgrade - superuser refresher",
            ("Kerslake, Jodie", "Jodie.Kerslake@health.qld.example"),
            style="outlook",
            minutes=150,
            location="QAH Education Centre, Level 1, Room 3",
        ),
    ),
    m(
        "y8w4",
        "2025-10-21 09:00",
        "Working for Queensland Survey <wfq@health.qld.example>",
        "Your voice matters: 2025 employee opinion survey",
        N(),
        text="""Dear colleague

The 2025 employee opinion survey is open until 7 November. It takes about 15 minutes, is completely confidential, and the results are used to improve the way we work.

Your unique link: https://survey.health.qld.example/wfq2025?u=8a1e73

Thank you for your time.
""",
    ),
    m(
        "y8w5",
        "2025-11-05 13:30",
        "Rostering 4B Medical <Roster.4BMedical@health.qld.example>",
        "Roster published: 4B Medical, 17/11/2025 - 14/12/2025",
        N(),
        text="""Hi team,

Next roster is out. Note the extra late shifts over the ieMR go-live weekend (15-16 Nov) - superusers are rostered as floor support, not in the numbers.

Shaz
""",
    ),
    m(
        "y8w6",
        "2025-11-28 20:14",
        "Kirra Donnelly <kirra.donnelly88@gmail.com>",
        "4B Chrissy party!! Sat 13 Dec",
        N(),
        text="""Hey 4B legends,

Christmas party is locked in: Saturday 13 December from 6.30pm at the Pineapple Hotel (back beer garden). $40 a head covers food, first drink on the ward fund. Pay me or Tash by 5 Dec.

Secret Santa $20 limit - names drawn in the tearoom on Monday.

Night shift - we'll save you some pavlova xx

Kirra
""",
    ),
    m(
        "y8w7",
        "2025-12-10 04:11",
        "QH Payroll <payroll.noreply@health.qld.example>",
        "Your payslip is now available",
        N(),
        text="""Your payslip for the fortnight ending 07/12/2025 is now available in MyHR.

This is an automatically generated email. Please do not reply.
Queensland Health Payroll Services
""",
    ),
    m(
        "y8w9",
        "2026-01-20 10:05",
        "QAH Nursing Education <QAH-NursingEd@health.qld.example>",
        "Nursing Grand Rounds - Falls prevention after the ieMR upgrade",
        N(),
        text="""All nursing and midwifery staff are invited to Nursing Grand Rounds.

Falls prevention after the ieMR upgrade: what the data is telling us
Presenters: Jodie Kerslake (NUM 4B) and Declan Ruatapu-Hughes (RN, ieMR superuser)
Thursday 5 February 2026, 1230-1315, QAH Auditorium and via Teams

Light lunch provided. Attendance counts towards CPD.

Nursing Education Unit
Queen Adelaide Hospital
""",
        ics=ics(
            "040000008200E00074C5B7101A82E0080000000011F6A8B3208ADC01000000000000000010000000E7C4",
            "2026-02-05 12:30",
            "Nursing Grand Rounds - Falls prevention after the ieMR upgrade",
            ("QAH Nursing Education", "QAH-NursingEd@health.qld.example"),
            style="outlook",
            minutes=45,
            location="QAH Auditorium / Microsoft Teams",
        ),
    ),
    m(
        "y8x0",
        "2026-01-09 04:10",
        "QH Payroll <payroll.noreply@health.qld.example>",
        "Your payslip is now available",
        N(),
        text="""Your payslip for the fortnight ending 04/01/2026 is now available in MyHR.

This is an automatically generated email. Please do not reply.
Queensland Health Payroll Services
""",
    ),
    _resign,
    m(
        "y8x1",
        "2026-02-03 16:50",
        "Jodie Kerslake <Jodie.Kerslake@health.qld.example>",
        "RE: Resignation",
        N(),
        text="""Declan,

Still processing this. Proud of you, genuinely - but who is going to fix the barcode scanners now??

Let's catch up Thursday after grand rounds about handover of your superuser stuff. And don't you dare try to skip your farewell.

J

-----Original Message-----
From: Declan Ruatapu-Hughes
Sent: Monday, 2 February 2026 2:13 PM
To: Kerslake, Jodie
Subject: Resignation

Hi Jodie,

Please accept this email and the attached letter as my formal resignation. My last shift will be Friday 27 February.

I've accepted a role as Clinical Product Specialist with a health-tech company. It was a very hard decision - 4B has been my home for six years and I've learnt so much from you.

Declan
"""
        + QHD,
    ),
    m(
        "y8x2",
        "2026-02-16 11:22",
        "Tash Whitmore <Tash.Whitmore@health.qld.example>",
        "Farewell morning tea - Declan - Fri 27 Feb",
        N(),
        text="""Hi all,

Please join us to farewell Declan, who is leaving 4B after six years (and one very memorable Christmas party).

Friday 27 February, 1000-1030, 4B tearoom. Bring a plate! Card and collection at the desk - see Kirra.

Tash
Clinical Nurse, 4B Medical
""",
        ics=ics(
            "040000008200E00074C5B7101A82E008000000003B9C2E61D69EDC0100000000000000001000000094F0",
            "2026-02-27 10:00",
            "Farewell morning tea - Declan",
            ("Whitmore, Tash", "Tash.Whitmore@health.qld.example"),
            style="outlook",
            minutes=30,
            location="4B tearoom",
        ),
    ),
]

# --- family ---------------------------------------------------------------------------------------

_mum_nana = m(
    "f2m1",
    "2025-10-19 19:44",
    "Hinemoa Hughes <hinemoa.hughes@bigpond.com>",
    "Nana's 80th - Rotorua",
    N(),
    text="""Hi darling

Aunty Mere has booked the marae for Nana's 80th on Saturday 20 December. Dad and I are flying over on the 18th and coming back on the 28th so we can do Christmas with the whanau.

Can you get the time off? I know Christmas rosters are a nightmare. Flights are going up so book soon. Aroha is coming if she can swap her shifts.

Love Mum xx
""",
)

FAMILY = [
    m(
        "f2m0",
        "2025-09-07 08:12",
        "Hinemoa Hughes <hinemoa.hughes@bigpond.com>",
        "Sunday lunch + the move",
        N(),
        text="""Hi love,

Are you coming for lunch today? Dad's doing a roast. He says he can bring the ute on the 27th for the move if you still need it - just tell him what time.

Any luck with the flats?

Mum xx

Sent from my iPad
""",
    ),
    m(
        "f2m2",
        "2025-09-28 18:31",
        "Hinemoa Hughes <hinemoa.hughes@bigpond.com>",
        "Re: new flat pics",
        N(),
        text="""Oh it's lovely!! So much light. Dad wants to know if the aircon works properly, he says Lockhart Street gets hot.

I'll drop off the spare curtains during the week.

Mum

> On 28 Sep 2025, at 5:02 pm, Declan Ruatapu-Hughes <declan.ruatapuhughes@gmail.com> wrote:
>
> Moved in! Pics attached. Thanks Dad for the ute, my back is wrecked.
""",
        **reply("<CAJ7w1kVc31n@mail.gmail.com>"),
    ),
    _mum_nana,
    m(
        "f2m3",
        "2025-12-21 22:15",
        "Hinemoa Hughes <hinemoa.hughes@bigpond.com>",
        "Photos from Nana's",
        N(),
        text="""Kia ora my boy

What a day. Nana cried through the whole haka. I've put the photos in the shared album - the one of you and Wiremu on the guitar is my favourite.

Miss you. Shame you couldn't stay for Christmas but I understand, someone's got to look after the ward.

Arohanui
Mum
""",
        **reply(_mum_nana),
    ),
    m(
        "f2m4",
        "2026-01-22 07:05",
        "Hinemoa Hughes <hinemoa.hughes@bigpond.com>",
        "So proud of you!!",
        N(),
        text="""Darling, Dad just told me about your phone call last night. A JOB OFFER from the Sydney company and you said yes!!! I am so so proud of you. All those nights studying and being the "computer nurse" on the ward paid off.

Does this mean you're moving to Sydney? Please say no.

We'll take you for dinner to celebrate - Saturday?

Love Mum xxx
""",
    ),
    m(
        "f2d0",
        "2025-10-26 20:40",
        "Phil Hughes <phil.hughes54@bigpond.com>",
        "Footy tipping - final ladder",
        N(),
        text="""G'day all,

Final ladder for the Hughes family tipping comp 2025:

1. Aroha - 148
2. Phil - 145
3. Declan - 141
4. Hinemoa - 139 (picked on colours again)

Aroha wins the $40 pot. Declan, pay up.

Dad
""",
    ),
    m(
        "f2d1",
        "2026-01-03 10:12",
        "Phil Hughes <phil.hughes54@bigpond.com>",
        "Mazda tyres",
        N(),
        text="""Dec,

Had a look at the Mazda when you were here - front tyres are nearly bald. Bob at Tyrepower Coorparoo can do a pair of Falkens for $290 fitted. Don't leave it.

Dad
""",
    ),
    m(
        "f2s0",
        "2025-11-16 21:37",
        "Aroha Ruatapu-Hughes <aroha.rh@outlook.com>",
        "favour - can you read my cover letter?",
        N(),
        text="""Hey bro

I've finally applied for the cabin crew thing with Virgin and I've got a video interview next Friday!! Can you read my cover letter before I send the updated version to the recruiter? You're good at this stuff now.

Also what do I wear for a video interview, is a blazer too much?

A x
""",
        attach=[
            (
                "Aroha_cover_letter_v3.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "cover letter draft",
            )
        ],
    ),
    m(
        "f2s1",
        "2025-11-27 18:03",
        "Aroha Ruatapu-Hughes <aroha.rh@outlook.com>",
        "I GOT IT",
        N(),
        text="""THEY OFFERED ME THE JOB!!!! Training starts in Melbourne 12 Jan. I accepted before they could change their minds lol

Thanks for the cover letter help. Drinks on me (once I get paid)

A
""",
    ),
    m(
        "f2s2",
        "2026-02-11 20:20",
        "Aroha Ruatapu-Hughes <aroha.rh@outlook.com>",
        "Mum's birthday - go halves?",
        N(),
        text="""Mum's 60th is 8 March. Thinking we go halves on a weekend at Montville? About $450 each. I'll be flying most of Feb so can you book it? A
""",
    ),
    m(
        "f2c0",
        "2025-12-12 09:48",
        "Wiremu Ruatapu <wiremu.ruatapu@xtra.co.nz>",
        "Whānau reunion - Ohinemutu",
        N(),
        text="""Kia ora koutou

Just a reminder for everyone about Nana's 80th at Te Papaiouru Marae on Saturday 20 December. Pōwhiri at 10am. Please bring a plate for the hākari and let Aunty Mere know numbers.

Declan - bring your guitar cuz.

Ngā mihi
Wiremu
""",
    ),
]

# --- mates ----------------------------------------------------------------------------------------

_tama = m(
    "f3t0",
    "2025-09-20 16:22",
    "Tama Ruatapu <tama.ruatapu@gmail.com>",
    "Mate, got the FIFO gig",
    N(),
    text="""Bro!!

Got the call this arvo - they've offered me the electrician job at the Moranbah North site. 7 on 7 off, flying out of Brissy. The interview was at 7am on a Tuesday and I was sure I'd stuffed it.

Start 13 October. Induction is a week in Mackay first. Money is stupid.

Beers Friday to celebrate? Your shout since you're the one with the fancy job applications lol

T
""",
)

_bec = m(
    "f3b0",
    "2025-10-12 13:10",
    "Bec Sandoval <bec.sandoval@bigpond.com>",
    "Can I put you down as a referee?",
    N(),
    text="""Hi Dec,

Weird question - I've applied for the NUM job at Greenhill Private (!!) and they want two referees who have worked with me in the last 3 years. Would you be OK to be one? You'd get a call from their HR person, probably next week. Mostly about how I handle conflict and rosters, I think.

Totally fine to say no.

Bec x
""",
)

_bucks = m(
    "f3h0",
    "2025-10-30 21:05",
    "Hamish Tully <hamish.tully@gmail.com>",
    "Jono's bucks - Goldy, Sat 22 Nov",
    N(),
    to="Declan Ruatapu-Hughes <declan.ruatapuhughes@gmail.com>, liam.ngata@outlook.com, tama.ruatapu@gmail.com, benji.k@hotmail.com",
    text="""Lads,

Bucks is Saturday 22 November on the Goldy. Plan so far:
- 11am: jet skis at Main Beach
- 2pm: lunch + beers at Burleigh Pavilion
- Evening: dinner then wherever the night takes us
- Airbnb in Mermaid for Saturday night, $95 each

DO NOT tell Jono. Mei has approved the plan (mostly).

Can everyone send me $150 by 10 Nov (covers jet skis, Airbnb, and his drinks). Bank details below.

Hamish
""",
)

MATES = [
    _tama,
    m(
        "f3t1",
        "2025-09-22 07:51",
        "Tama Ruatapu <tama.ruatapu@gmail.com>",
        "Re: Mate, got the FIFO gig",
        N(),
        text="""Haha yeah the roster's going to take some getting used to. Mum is already sending me articles about FIFO mental health.

Friday at the Gabba Hotel, 6ish?

> On Sun, 21 Sept 2025 at 20:02, Declan Ruatapu-Hughes <declan.ruatapuhughes@gmail.com> wrote:
> Stoked for you cuz! Told you the interview went fine. Proud of ya. Friday works.
""",
        **reply("<CAJ7w1kYt8Bn@mail.gmail.com>", _tama["id"]),
    ),
    m(
        "f3t2",
        "2025-10-25 19:30",
        "Tama Ruatapu <tama.ruatapu@gmail.com>",
        "Re: Mate, got the FIFO gig",
        N(),
        text="""First swing done. 12 hour days, red dirt in places I didn't know I had. Camp food is actually good. Pic of the dragline attached.

How's the job stuff going your end?

T
""",
        attach=[("IMG_4412.jpg", "image/jpeg", "jpeg placeholder")],
        **reply(_tama),
    ),
    m(
        "f3t3",
        "2025-12-18 13:02",
        "Tama Ruatapu <tama.ruatapu@gmail.com>",
        "Home for Chrissy",
        N(),
        text="""Off swing from the 20th to the 27th. Beers at the Pineapple on the 22nd? Bring Liam.
""",
    ),
    _bec,
    m(
        "f3b1",
        "2025-11-03 18:55",
        "Bec Sandoval <bec.sandoval@bigpond.com>",
        "!!!!!!!",
        N(),
        text="""I GOT IT. Nurse Unit Manager, Ward 3 Surgical, Greenhill Private. Start 1 December.

Their HR lady said my referees were "glowing" so thank you thank you thank you. I owe you a very large dinner.

Also, what's happening with your applications? Did the Logan one come through?

Bec xx
""",
        **reply(_bec),
    ),
    m(
        "f3n0",
        "2025-11-21 21:48",
        "Nadia Farouk <nadia.farouk.rn@gmail.com>",
        "Sydney update",
        N(),
        text="""Hey stranger!

Sorry I've been useless at keeping in touch. Sydney is expensive but good. Eastbrook Health is intense - we did the Epic go-live in the new tower in October and I basically lived there for three weeks. I'm on the analyst team now (orders and results), mostly building order sets and fixing whatever the docs break.

I miss 4B though. Nobody here knows what a proper tearoom cake roster looks like.

Coming up to Brissy in January for a wedding, let's get brunch?

N x
""",
    ),
    m(
        "f3h1",
        "2025-12-03 08:40",
        "Hamish Tully <hamish.tully@gmail.com>",
        "Paperbark - I passed your name on",
        J("other_job", "other", PB, PBR),
        text="""Mate,

Ruby (my old uni housemate, cofounder of Paperbark Software) is hiring a clinical product owner - first one they've had. I told her you're the nurse who rewrote half the ward's ieMR workflows for fun. She said send your CV straight to her: ruby.achterberg@gmail.com

No pressure, but I reckon you'd be great at it.

H
""",
    ),
    _bucks,
    m(
        "f3h2",
        "2025-11-18 20:12",
        "Hamish Tully <hamish.tully@gmail.com>",
        "Re: Jono's bucks - Goldy, Sat 22 Nov",
        N(),
        to="Declan Ruatapu-Hughes <declan.ruatapuhughes@gmail.com>, liam.ngata@outlook.com, tama.ruatapu@gmail.com, benji.k@hotmail.com",
        text="""Final details:
- Meet at Roma St 8.30am for the 8.47 train to Helensvale, G:link from there
- Bring: boardies, ID, sunscreen, the costume (Declan has the hi-vis vests)
- Still waiting on money from Benji. Benji.

H
""",
        **reply(_bucks),
    ),
    m(
        "f3w0",
        "2025-12-05 12:00",
        "Mei & Jono <rsvp@withjoy.com>",
        "You're invited: Mei & Jono's wedding - please RSVP",
        N(),
        html="""<div style="font-family:Georgia,serif;text-align:center;max-width:520px;margin:auto">
<p style="letter-spacing:3px;font-size:12px">TOGETHER WITH THEIR FAMILIES</p>
<h1 style="font-weight:normal">Mei Lin &amp; Jonathan Kaufusi</h1>
<p>invite you to celebrate their wedding<br><b>Saturday 21 March 2026</b><br>Howard Smith Wharves, Brisbane</p>
<p><a href="https://withjoy.com/mei-and-jono/rsvp">RSVP by 20 January</a></p>
<p style="font-size:11px;color:#999">Sent with Joy</p>
</div>""",
    ),
    m(
        "f3l0",
        "2026-01-04 17:26",
        "Liam Ngata <liam.ngata@outlook.com>",
        "Straddie - Australia Day long weekend?",
        N(),
        text="""Keen for Straddie on the long weekend (24-26 Jan)? My uncle's got the shack at Point Lookout free. Ferry from Cleveland Saturday morning, back Monday arvo. Swell looks decent.

Bring your board and that terrible esky.

L
""",
    ),
    m(
        "f3l1",
        "2026-01-20 08:14",
        "Liam Ngata <liam.ngata@outlook.com>",
        "Re: Straddie - Australia Day long weekend?",
        N(),
        text="""Booked the 7.00am Saturday ferry for two plus the car. You owe me $74. L
""",
    ),
    m(
        "f3s0",
        "2025-10-02 19:40",
        "Sam Okonkwo <sam.okonkwo@yahoo.com.au>",
        "Old place bond",
        N(),
        text="""Hey Dec,

RTA paid the bond for Vulture St out today - full amount, no deductions (I think the agent forgot about the wine stain). Transferred your half, $1,050.

How's the new place? Mine's tiny but the view is unreal.

Sam
""",
    ),
]

# --- footy club -----------------------------------------------------------------------------------

FOOTY = [
    m(
        "f4f0",
        "2025-09-04 12:30",
        "Gabba Magpies Masters <noreply@teamapp.com>",
        "Grand final BBQ this Saturday",
        N(),
        text="""Gabba Magpies Masters AFL - new post

Grand final BBQ - Saturday 27 September, from 1pm at the clubrooms (Hanlon Park). Big screen, sausages, and the presentation of the 2025 "best clubman" (it's not Declan).

BYO drinks. Kids and partners welcome.

View in TeamApp: https://gabbamagpiesmasters.teamapp.com/news/8812
""",
    ),
    m(
        "f4f1",
        "2025-09-29 09:15",
        "Gabba Magpies Masters <noreply@teamapp.com>",
        "Presentation night - Sat 11 Oct",
        N(),
        text="""Gabba Magpies Masters AFL - new event

2025 Presentation Night
Saturday 11 October, 7pm, Stones Corner Hotel function room
Tickets $65 (two-course dinner + drinks package) - buy in TeamApp by 3 October

Awards: Best & Fairest, Most Improved, Coaches' Award, and the traditional "Hamstring of the Year".

View in TeamApp: https://gabbamagpiesmasters.teamapp.com/events/2231
""",
    ),
    m(
        "f4f2",
        "2025-10-13 20:40",
        "Gary Whitehead <gary.whitehead@bigpond.com>",
        "Presentation night photos + awards",
        N(),
        text="""Hi all,

Thanks for a cracking night on Saturday. Photos are up on the Facebook page.

Award winners:
- Best & Fairest: Benji Kaufusi
- Runner-up: Declan Ruatapu-Hughes
- Most Improved: Stuart "Stewie" Lamb
- Hamstring of the Year: Gary Whitehead (self-nominated)

See you at the AGM.

Gary
Club Secretary, Gabba Magpies Masters AFL
""",
    ),
    m(
        "f4f3",
        "2025-11-10 18:00",
        "Gabba Magpies Masters <noreply@teamapp.com>",
        "2026: committee nominations and coaching applications now open",
        N(),
        text="""Gabba Magpies Masters AFL - new post

AGM: Monday 1 December, 7pm, clubrooms.

Nominations are open for all committee positions (President, Secretary, Treasurer, Registrar, 2 general members). Applications are also open for Senior Coach and Assistant Coach for the 2026 season - send a short note about your coaching experience and your Working with Children check (Blue Card) number to the secretary by 24 November.

Committee roles are volunteer positions. The senior coach receives a $1,500 honorarium.

View in TeamApp: https://gabbamagpiesmasters.teamapp.com/news/8840
""",
    ),
    m(
        "f4f4",
        "2026-01-15 19:22",
        "Gabba Magpies Masters <noreply@teamapp.com>",
        "Pre-season training starts Tue 3 Feb",
        N(),
        text="""Gabba Magpies Masters AFL - new event

Pre-season training starts Tuesday 3 February, 6pm at Hanlon Park. Tuesdays and Thursdays from then on. Bring water and your dodgy knees.

Calendar invite attached.
""",
        ics=ics(
            "teamapp-event-2290-20260203@teamapp.com",
            "2026-02-03 18:00",
            "Magpies Masters pre-season training",
            ("Gabba Magpies Masters", "noreply@teamapp.com"),
            minutes=90,
            location="Hanlon Park, Stones Corner QLD",
        ),
    ),
    m(
        "f4f5",
        "2026-02-05 12:05",
        "PlayHQ <noreply@playhq.com>",
        "Registration open: Gabba Magpies Masters AFL - 2026 Season",
        N(),
        text="""Hi Declan,

Registrations are now open for Gabba Magpies Masters AFL - AFL Masters Queensland 2026 Season.

Registration fee: $260 (includes AFL Masters insurance levy)
Registration closes: 28 February 2026

Register now: https://www.playhq.com/afl/register/4a11b2

PlayHQ
""",
    ),
]

MAIL = [*WORK, *FAMILY, *MATES, *FOOTY]
