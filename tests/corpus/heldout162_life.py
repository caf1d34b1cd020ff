# ruff: noqa: E501, RUF100
"""Corpus 162, the ordinary inbox part two (data only): see heldout162.py.

Family in Chennai and Pune, the cousin and friends talking about their own interviews, offers
and layoffs, the cricket team's mailing list, the flat found through a broker (a tenant
"application" and a rent agreement through DocuSign), a doctor's appointment with a calendar
part, travel and the odd receipt."""

from __future__ import annotations

from typing import Any

from heldout162_jobs import N, gcal, ics, m, thread

_KKCC = "Koramangala Kings CC <kkcc-bengaluru@googlegroups.com>"
_kkcc_hdr = {
    "List-Id": "<kkcc-bengaluru.googlegroups.com>",
    "List-Unsubscribe": "<mailto:kkcc-bengaluru+unsubscribe@googlegroups.com>",
}

_aish_offer = m(
    "Ai2of",
    "2025-08-16 22:58",
    "Aishwarya Subramanian <aishu.subramanian97@gmail.com>",
    "Got the offer!!!",
    N(),
    text="""ANNAAAA

Northpeak offer came today evening!!! Product Analyst II, 18 LPA fixed + 10% variable + some RSUs (they said 4 lakhs over 4 yrs?). Joining 3rd Nov since my notice is 60 days.

Current is 11.5 so it's like 56% hike 🥹🥹 But my manager friend says I should negotiate, they always keep buffer. Should I? I'm scared they'll take it back 😭 How did you do it when you switched last time?

Also don't tell Periamma yet, I want to tell her myself on Sunday.

- Aishu
""",
)

_vivek_offer = m(
    "Vk1of",
    "2025-07-13 23:40",
    "Vivek Menon <vivek.menon.blr@gmail.com>",
    "bhai news",
    N(),
    text="""Bhai,

Zentrik se offer aa gaya finally 🔥🔥 Senior SDE, 40% hike, full remote Fridays. 4 rounds mein dimaag ka dahi ho gaya but worth it.

Resignation kal de raha hoon, 60 days notice hai. Manager ko abhi tak pata nahi, kal morning 1:1 mein bolunga. Scene tight hai 😅

Party Saturday? Toit ya Arbor, tu bata.

- V
""",
)

_broker_first = m(
    "Br1fl",
    "2025-08-13 11:26",
    "Manjunath G <manjunath.rentals.hsr@gmail.com>",
    "2BHK HSR Layout Sector 2 - semi furnished - photos",
    N(),
    text="""Hello sir,

As discussed on phone, sending details of the flat.

2BHK, 1150 sqft, 3rd floor, Sai Enclave apartment, HSR Layout Sector 2 (near 27th Main)
Semi furnished - wardrobes, modular kitchen, geyser, 4 fans, lights
Rent: 32,000 + maintenance 4,250
Deposit: 3 lakh (negotiable to 2.5)
Car parking 1, lift, power backup, 24 hr security
Family or working bachelors OK, non-veg OK
Available from 1st September

Photos attached. Owner is NRI in Dubai, his brother will show the flat. Saturday 11 am ok for visit?

My commission is one month rent sir, half from owner half from you.

Thanks
Manjunath G
HSR Rentals & Properties
98450 xxxxx
""",
    attach=[
        ("IMG-20250813-WA0004.jpg", "image/jpeg", "JFIF living room"),
        ("IMG-20250813-WA0005.jpg", "image/jpeg", "JFIF kitchen"),
    ],
)

_broker_tenant = m(
    "Br3ap",
    "2025-08-19 18:04",
    "Manjunath G <manjunath.rentals.hsr@gmail.com>",
    "Re: 2BHK HSR Layout Sector 2 - semi furnished - photos",
    N(),
    text="""Sir good news,

Owner has approved your tenant application. He is ok with 2.75 lakh deposit and 31,500 rent since you are IT and long term.

Please send following for owner and association:
1. Aadhaar copy
2. PAN copy
3. Company ID card / offer letter or last 3 payslips
4. 2 passport photos
5. Police verification form (I will send)

Token advance 25,000 to owner's account by this week pls, otherwise another party is asking. Account details below.

A/c name: Suresh Kumar R
Bank: Nilgiri Bank, HSR branch
A/c no: 0417xxxxxx9921
IFSC: NILG0000417

Agreement 11 months, 5% increase after. I will send agreement draft for checking.

Thanks
Manjunath
""",
    **thread(_broker_first),
)

_nets = ics(
    "kkcc-nets-1030@google.com",
    "2025-10-30 19:00",
    "KKCC nets - Thursday",
    ("Harsha Gowda", "harsha.gowda.kkcc@gmail.com"),
    minutes=120,
    location="Just Cricket Academy, Koramangala 8th Block",
)

MAIL: list[dict[str, Any]] = [
    # ---------------------------------------------------------------- family
    m(
        "Fm01a",
        "2025-07-06 08:17",
        "Jayalakshmi Venkataraman <jaya.venkat1962@gmail.com>",
        "Varalakshmi vratham",
        N(),
        text="""Kanna,

Varalakshmi vratham is on 8th August (Friday). Try to come if you can take leave, Appa will be happy. Otherwise come for Avani Avittam, that is on 9th Saturday, you have to change poonal anyway.

Are you eating properly? Don't order Swiggy every day. Rasam and rice you can make in 15 minutes, I have told you 100 times.

Lakshmi called yesterday, Aadhya is going to new school next year, she is very busy with that.

Amma
""",
    ),
    m(
        "Fm02s",
        "2025-07-30 21:33",
        "Lakshmi Raghunathan <lakshmi.raghunathan@outlook.com>",
        "Aadhya's admission - finally applied!",
        N(),
        text="""Hi Karthik,

Finally submitted Aadhya's application at Vidyashilp (Pune) for Grade 1. 180 applications for 40 seats it seems 🙄 The application fee alone was 2500.

They have a "parent interaction" and a "child observation" on 9th Aug. Basically an interview for a 5 year old!! Raghu is more nervous than her. They ask both parents about values, screen time, blah.

Amma said you're busy with interviews also? All the best da. Don't take the first thing that comes, you're worth more than Suvarna is paying you.

Akka
""",
    ),
    m(
        "Fm03a",
        "2025-08-10 19:45",
        "Venkataraman S <venkataraman.s.retd@gmail.com>",
        "Eye surgery",
        N(),
        text="""Dear Karthik,

Cataract surgery on left eye done yesterday at Sankara Nethralaya. Doctor says everything went well. Eye drops four times a day for three weeks. Amma is managing all.

Right eye after 2 months.

No need to come now. Concentrate on your work.

With blessings,
Appa
""",
    ),
    m(
        "Fm04s",
        "2025-08-11 12:06",
        "Lakshmi Raghunathan <lakshmi.raghunathan@outlook.com>",
        "Re: Aadhya's admission - finally applied!",
        N(),
        text="""She got selected!!! 🎉🎉

The school sent the "offer of admission" today morning. We have to accept and pay the first term fee (1.8 L!!!) by 20th. Crazy. But the campus is lovely.

Aadhya's comment after the interaction: "the aunty asked me my favourite colour and I said dinosaur". 😂

Akka
""",
    ),
    m(
        "Fm05a",
        "2025-09-02 07:50",
        "Jayalakshmi Venkataraman <jaya.venkat1962@gmail.com>",
        "Golu",
        N(),
        text="""Kanna,

Navaratri starts 22nd September. We are keeping 9 padi golu this year. If you are coming for Deepavali anyway, bring the Dasavataram set from your flat that I gave you last year, it is in the loft in a blue box.

New flat address send me, I will send sundal and murukku parcel through Ramu mama's son who is coming to Bangalore.

Amma
""",
    ),
    m(
        "Fm06a",
        "2025-09-24 18:12",
        "Venkataraman S <venkataraman.s.retd@gmail.com>",
        "Fwd: Navaratri programme - Sri Sankara Bhaktha Sabha",
        N(),
        text="""FYI. Amma is singing on 28th.

Appa

---------- Forwarded message ---------
From: Sri Sankara Bhaktha Sabha <ssbsabha.mylapore@gmail.com>
Date: Tue, 23 Sept 2025 at 10:15
Subject: Navaratri programme - Sri Sankara Bhaktha Sabha

Dear Members,

The Navaratri programme for 2025 is attached. Daily Lalitha Sahasranamam parayanam at 6 PM followed by bhajans. Members willing to sing on any day may give their names to the secretary.

Secretary
""",
    ),
    m(
        "Fm07a",
        "2025-10-08 21:05",
        "Jayalakshmi Venkataraman <jaya.venkat1962@gmail.com>",
        "Deepavali",
        N(),
        text="""Kanna,

Appa told Ramu mama and Chitra chitti about your new company. Everybody is asking. Very happy for you. 🙏

When are you coming for Deepavali? Train ticket you booked no? Come on 17th night itself, 18th we will go to Kapaleeshwarar temple. Ganga snanam on 20th early morning 4 o'clock, don't sleep till 8 like last time.

Shruti's marriage is fixed for 14th December - Pranav, software in Chennai only. Invitation will come.

Amma
""",
    ),
    m(
        "Fm08a",
        "2025-10-29 10:21",
        "Jayalakshmi Venkataraman <jaya.venkat1962@gmail.com>",
        "Photos",
        N(),
        text="""Deepavali photos. Send to Lakshmi also, my WhatsApp is not sending big files.

You forgot your charger here. Appa will courier.

Amma
""",
        attach=[
            ("IMG_20251020_061244.jpg", "image/jpeg", "JFIF deepavali 1"),
            ("IMG_20251020_062010.jpg", "image/jpeg", "JFIF deepavali 2"),
        ],
    ),
    m(
        "Fm09w",
        "2025-11-20 19:30",
        "Shruti & Pranav <shrutiwedspranav2025@gmail.com>",
        "Shruti weds Pranav - 14 December 2025, Chennai 💐",
        N(),
        html="""<html><body style="font-family:Georgia,serif;text-align:center;background:#fff8e7">
<p style="font-size:13px">With the blessings of the Almighty and our elders</p>
<h1 style="color:#a0522d">Shruti &amp; Pranav</h1>
<p>request the pleasure of your company at their wedding</p>
<p><b>Muhurtham:</b> Sunday, 14 December 2025, 7:30 AM - 9:00 AM<br>
<b>Reception:</b> Saturday, 13 December 2025, 6:30 PM onwards</p>
<p>Sri Kalyana Mahal, T. Nagar, Chennai</p>
<p><a href="https://maps.google.com/?q=Sri+Kalyana+Mahal+T+Nagar">Location</a></p>
<p style="font-size:12px">With best compliments from: Chitra &amp; Ramesh, and family</p>
</body></html>""",
    ),
    m(
        "Fm10a",
        "2025-12-10 20:40",
        "Jayalakshmi Venkataraman <jaya.venkat1962@gmail.com>",
        "Re: Shruti weds Pranav - 14 December 2025, Chennai 💐",
        N(),
        text="""Kanna,

You are coming on 13th morning flight no? Reception is evening, come straight to the hall by 5, we have to receive guests. Wear the silk veshti I bought, it is in your almirah.

Amma
""",
    ),
    m(
        "Fm11s",
        "2025-12-23 09:14",
        "Lakshmi Raghunathan <lakshmi.raghunathan@outlook.com>",
        "Coming to Bangalore 26th",
        N(),
        text="""Hi Karthik,

We're driving down from Pune for the Christmas break, reaching Bangalore 26th evening. Can we crash at your place for 2 nights? Aadhya wants to see "Karthik mama's new house". We'll go to Coorg on 28th.

Also - Raghu wants to pick your brain about data engineering jobs, his company is doing layoffs again 😕 Don't worry, nothing serious.

Akka
""",
    ),
    # ---------------------------------------------------------------- cousin Aishwarya
    m(
        "Ai1iv",
        "2025-07-28 23:15",
        "Aishwarya Subramanian <aishu.subramanian97@gmail.com>",
        "Anna help 🙏",
        N(),
        text="""Anna,

I have the final round at Northpeak on Thursday - it's a case study + "bar raiser" interview. HR said they will ask a product metrics case (like "DAU dropped 10%, what do you do").

Can we do a mock on Wednesday night? 30 mins only. You've done 100 interviews, pls 🥺

Also what should I say when they ask expected CTC? I'm at 11.5 now.

- Aishu
""",
    ),
    _aish_offer,
    m(
        "Ai3re",
        "2025-08-18 08:02",
        "Aishwarya Subramanian <aishu.subramanian97@gmail.com>",
        "Re: Got the offer!!!",
        N(),
        text="""Did what you said - asked for 20 with the competing-offer line and they came back with 19.5 + joining bonus 1L!!! 🥳🥳🥳

Treat pending. Coming to Bangalore for the joining anyway, we'll go to Vidyarthi Bhavan.

Thank you anna ❤️

> On 17-Aug-2025, at 10:40 AM, Karthik Iyer <karthik.v.iyer@gmail.com> wrote:
>
> Congrats Aishu!! Super proud of you. Yes, negotiate - politely. Ask for 20 fixed, mention you were expecting a number closer to that given the market. Worst case they say no, they will not withdraw the offer for that. Don't touch variable and RSU, fixed is what matters.
""",
        **thread(_aish_offer),
    ),
    m(
        "Ai4jn",
        "2025-11-03 19:48",
        "Aishwarya Subramanian <aishu.subramanian97@gmail.com>",
        "First day done ✅",
        N(),
        text="""Anna,

First day at Northpeak done! Got a MacBook, a hoodie and 47 Slack channels 😵 My manager seems nice. Onboarding for a full week, then I get my first project (something on checkout funnel).

Your joining is January na? Not fair, you got 3 months of "holiday" 😜

- Aishu
""",
    ),
    # ---------------------------------------------------------------- friends
    _vivek_offer,
    m(
        "Vk2re",
        "2025-07-15 13:20",
        "Vivek Menon <vivek.menon.blr@gmail.com>",
        "Re: bhai news",
        N(),
        text="""Done, Saturday 8 pm Arbor. Arjun aur Sneha bhi aa rahe hain. Table book kar diya.

Aur haan, teri bhi interviews chal rahi hain na? Koi achha lage toh bata, Zentrik mein bhi data team hire kar rahi hai, I'll ask around once I join.

On Mon, Jul 14, 2025 at 9:02 AM Karthik Iyer <karthik.v.iyer@gmail.com> wrote:
> Congrats da!!! Well deserved. Saturday done, Arbor is better, Toit will be packed.
""",
        **thread(_vivek_offer),
    ),
    m(
        "Cg1ru",
        "2025-08-24 11:02",
        "Nitin Hegde <nitin.hegde.19@gmail.com>",
        "BMSCE CSE 2019 - reunion in December?",
        N(),
        cc="bmsce-cse-2019@googlegroups.com",
        text="""Hey all,

It's been 6 years (!!) since we graduated. Thinking of a reunion on 20th December in Bangalore - lunch + campus visit. Half the batch is in Bangalore anyway, and the US folks are coming home for Christmas.

Reply with yes / no / maybe. If we get 30+ yes, I'll book a place.

Nitin
""",
        headers={"List-Id": "<bmsce-cse-2019.googlegroups.com>"},
    ),
    m(
        "Cg2ru",
        "2025-08-26 22:45",
        "Divya Ramesh <divya.ramesh.cs19@gmail.com>",
        "Re: BMSCE CSE 2019 - reunion in December?",
        N(),
        cc="bmsce-cse-2019@googlegroups.com",
        text="""Yes!! Count me in. I'll be in from Seattle 15th Dec to 5th Jan.

Also can we please not do it at a place where we can't hear each other 😂

Divya

On Sun, 24 Aug 2025 at 11:02, Nitin Hegde <nitin.hegde.19@gmail.com> wrote:
> It's been 6 years (!!) since we graduated. Thinking of a reunion on 20th December in Bangalore ...
""",
        headers={"List-Id": "<bmsce-cse-2019.googlegroups.com>"},
    ),
    m(
        "Pr1lo",
        "2025-09-09 22:10",
        "Priya Sharma <priya.sharma.dev@gmail.com>",
        "Laid off today",
        N(),
        text="""Hey Karthik,

Bad news - got laid off today along with 30% of the company. Whole analytics team gone. They gave 2 months' severance, so it's not the end of the world, but still 😞

If you hear of any Analytics Engineer / Data Analyst openings (dbt, SQL, Looker), please let me know or refer me. My resume is attached. I'm applying everywhere and prepping for interviews again.

Sorry to dump this on you. Chai soon?

Priya
""",
        attach=[("Priya_Sharma_Resume_2025.pdf", "application/pdf", "%PDF-1.4 resume")],
    ),
    m(
        "Ar1tr",
        "2025-09-25 16:32",
        "Arjun Raghavan <arjun.raghavan88@gmail.com>",
        "Skandagiri this Sat?",
        N(),
        text="""Da, night trek to Skandagiri this Saturday? Leaving 1 am from Hebbal, sunrise at top, back by 10.

Forest dept slots open tomorrow 10 am on Aranya Vihaara, we need to book fast, it gets over in 5 min. 5 of us so far.

Bring torch and jacket, it gets cold.

-Arjun
""",
    ),
    m(
        "Pr2of",
        "2025-10-31 18:55",
        "Priya Sharma <priya.sharma.dev@gmail.com>",
        "Update - good news!",
        N(),
        text="""Karthik!!

Got an offer from Greyloft - Analytics Engineer, and it's actually 15% more than what I was making before the layoff 🎉 Joining 17th November. Thank you so much for forwarding my resume around and for the SQL mock - the window functions question literally came in round 2.

Chai + samosa on me this time. Next week?

Priya
""",
    ),
    m(
        "Sd1rv",
        "2025-11-14 23:02",
        "Sandeep Kumar <sandeep.k.kumar91@gmail.com>",
        "resume review pls",
        N(),
        text="""Hi Karthik,

Sorry to bother you. I'm applying for an SDE-2 role at a product company and have an interview loop in 2 weeks. Can you take a look at my resume and tell me if it's ok? My friend said it's too long (3 pages 🙈).

Also if you have any tips for system design rounds. You cracked it so you're the expert now 😄

Thanks da,
Sandeep
""",
        attach=[
            (
                "Sandeep_Kumar_SDE2.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "PK resume",
            )
        ],
    ),
    m(
        "Vk3go",
        "2025-12-05 14:30",
        "Vivek Menon <vivek.menon.blr@gmail.com>",
        "NYE Goa?",
        N(),
        text="""Bhai NYE Goa chalein? 29th se 2nd. Sneha ke cousin ka villa hai Assagao mein, free stay. Flights abhi 9k hai, kal tak 12 ho jayega.

Tu toh ab free bird hai, notice period mein kaun kaam karta hai 😂

Jaldi bata.
""",
    ),
    m(
        "Cl1fw",
        "2025-08-07 17:52",
        "Deepa Raman <deepa.raman.86@gmail.com>",
        "Ravi's farewell - contribution",
        N(),
        text="""Hi all (sending from personal id since the DL on office mail bounces for some of you),

Ravi's last day at Suvarna is 14th Aug - he's moving to Ferncloud as Engineering Manager. We're planning a farewell lunch on 13th at Nagarjuna, Residency Road, plus a gift.

Please GPay 500 to me (98860 xxxxx) by Monday.

Thanks,
Deepa
""",
    ),
    # ---------------------------------------------------------------- cricket team
    m(
        "Kc01m",
        "2025-07-05 21:10",
        _KKCC,
        "Sunday match vs HSR Hitters - 7 AM @ Jakkur",
        N(),
        headers=_kkcc_hdr,
        sender="kkcc-bengaluru@googlegroups.com",
        text="""Team,

Sunday 6th July, 7 AM sharp, Jakkur ground 2, vs HSR Hitters. 20 overs.

Playing XI: Harsha (c), Karthik, Manju, Imran, Rahul, Suhas, Chetan, Naveen, Faizal, Praveen, Sid
12th: Abhi

Whites optional, team jersey mandatory. Bring your own water, ground mein kuch nahi milta.

Reporting 6:40. Late aaya toh bench pe baithega, no excuses 😤

Harsha
""",
    ),
    m(
        "Kc02f",
        "2025-07-20 19:42",
        _KKCC,
        "Ground fee - July",
        N(),
        headers=_kkcc_hdr,
        sender="kkcc-bengaluru@googlegroups.com",
        text="""Boys,

Ground fee for July - 450 per head per match, 2 matches = 900. Plus new balls 950 per head for the season.

Total 1850 per head, GPay to Manju (manju.k@okaxis) by Friday. List dekh ke bata raha hoon kiska pending hai - Karthik, Sid, Naveen.

- Manju
""",
    ),
    m(
        "Kc03r",
        "2025-08-31 13:15",
        _KKCC,
        "Result: KKCC won by 23 runs 🏆",
        N(),
        headers=_kkcc_hdr,
        sender="kkcc-bengaluru@googlegroups.com",
        text="""What a game boys!!

KKCC 168/6 (20) - Karthik 61 (38), Imran 34
Whitefield Warriors 145 all out (18.4) - Faizal 3/22, Suhas 2/18

MoM: Karthik 🔥 (yeh data engineer nahi, run machine hai)

Next match 14th Sept. Celebration biryani at Kadamba tonight 8 pm, be there.

Harsha
""",
    ),
    m(
        "Cp04r",
        "2025-09-20 12:40",
        "Corporate Premier League Bengaluru <registrations@cplbengaluru.example>",
        "Team registration application received - Koramangala Kings CC (CPL Season 6)",
        N(),
        text="""Dear Harsha Gowda,

Thank you for registering your team for CPL Season 6 (Tennis Ball, 12 overs).

Team: Koramangala Kings CC
Application No.: CPL6-T-0418
Registration fee paid: Rs. 18,000

Your application is under review. Teams will be confirmed after the draw on 28 September. Fixtures will be shared on e-mail and WhatsApp.

Please submit the squad list (max 15 players) with ID proofs by 25 September.

Regards,
CPL Organising Committee
""",
        cc=_KKCC,
    ),
    m(
        "Kc05s",
        "2025-09-21 10:05",
        _KKCC,
        "CPL squad - need IDs by Thursday",
        N(),
        headers=_kkcc_hdr,
        sender="kkcc-bengaluru@googlegroups.com",
        text="""Guys,

Application done for CPL. Squad of 15 - send Aadhaar photo by Thursday to me. Without ID koi nahi khelega, CPL is strict.

Karthik, Imran, Faizal, Suhas, Chetan - confirmed. Baaki log reply karo.

Harsha
""",
    ),
    m(
        "Kc06n",
        "2025-10-25 18:33",
        "Harsha Gowda <harsha.gowda.kkcc@gmail.com>",
        "Invitation: KKCC nets - Thursday @ Thu 30 Oct 2025 7pm - 9pm (IST) (karthik.v.iyer@gmail.com)",
        N(),
        text=gcal(
            "KKCC nets - Thursday",
            "Thursday 30 Oct 2025 ⋅ 7pm – 9pm (India Standard Time - Kolkata)",
            "Harsha Gowda - harsha.gowda.kkcc@gmail.com",
            "meet.google.com/kkc-nets-thu",
            "Kc06nQ2mPz7",
            "Nets before CPL league matches. Bring own bat. Rs 300 per head.",
        ),
        ics=_nets,
    ),
    m(
        "Kc07f",
        "2025-11-29 20:55",
        _KKCC,
        "FINAL on Sunday!!! 🏏",
        N(),
        headers=_kkcc_hdr,
        sender="kkcc-bengaluru@googlegroups.com",
        text="""WE ARE IN THE FINAL BOYS!!!

CPL Season 6 Final - Sunday 30th Nov, 8 AM, Jakkur main ground vs Electronic City Eagles.

Whites mandatory for the final (organisers' rule). Reporting 7:15. Families welcome.

Same XI as semi. Koi bhi late nahi aayega. Alarm 3 laga ke so jao.

Harsha
""",
    ),
    m(
        "Kc08l",
        "2025-11-30 15:20",
        _KKCC,
        "Re: FINAL on Sunday!!! 🏏",
        N(),
        headers=_kkcc_hdr,
        sender="kkcc-bengaluru@googlegroups.com",
        text="""Lost by 4 runs. Dil toot gaya 💔 but proud of everyone. Runners-up trophy + 10k prize money - goes to next season's kit.

Next season pakka. Team dinner next Saturday.

Harsha
""",
    ),
    # ---------------------------------------------------------------- flat through a broker
    _broker_first,
    m(
        "Br2vs",
        "2025-08-16 09:18",
        "Manjunath G <manjunath.rentals.hsr@gmail.com>",
        "Re: 2BHK HSR Layout Sector 2 - semi furnished - photos",
        N(),
        text="""Sir, visit confirmed today 11 am. Owner's brother Mr. Ramesh will be there. Location pin below. Please come on time, 2 more parties are coming at 12.

https://maps.app.goo.gl/hsr27thmain

Manjunath
""",
        **thread(_broker_first),
    ),
    _broker_tenant,
    m(
        "Se4ta",
        "2025-08-22 20:10",
        "Sai Enclave Owners Association <secretary.saienclave@gmail.com>",
        "Tenant application form - Flat 304",
        N(),
        text="""Dear Mr. Karthik,

As per the association bye-laws, all new tenants must submit the tenant application form along with ID proofs before moving in. Please fill the attached form and return it with:

- Copy of rental agreement
- Aadhaar / passport copy of all occupants
- Employer ID or letter
- Vehicle details for parking sticker

Move-in is allowed only between 8 AM and 6 PM. Lift padding to be arranged by the movers. Move-in fee Rs. 2,000 (non refundable).

Regards,
K. Prakash
Secretary, Sai Enclave Owners Association
""",
        attach=[("Tenant_Application_Form_SEOA.pdf", "application/pdf", "%PDF-1.4 tenant form")],
    ),
    m(
        "Ds5ra",
        "2025-08-26 15:32",
        "Suresh Kumar R via Docusign <dse_NA3@docusign.net>",
        "Please DocuSign: Rental Agreement - Flat 304, Sai Enclave, HSR Layout.pdf",
        N(),
        html="""<html><body style="font-family:Helvetica,Arial,sans-serif;background:#eaeaea">
<table width="640" align="center" style="background:#1e4ca1;color:#fff;padding:30px"><tr><td align="center">
<p style="font-size:16px">Suresh Kumar R sent you a document to review and sign.</p>
<p><a href="https://na3.docusign.net/Signing/EmailStart.aspx?a=77aa01bc-2d3e-4f50-8a6b-c7d8e9f0a1b2&amp;etti=24" style="background:#ffc820;color:#000;padding:10px 24px;text-decoration:none;font-weight:bold">REVIEW DOCUMENT</a></p>
</td></tr></table>
<table width="640" align="center" style="background:#fff;padding:30px"><tr><td>
<p><b>Suresh Kumar R</b><br>suresh.kr.dubai@gmail.com</p>
<p>Hi Karthik, please sign the rental agreement. Manjunath will bring the e-stamp paper copy on the 1st. Regards, Suresh</p>
<p style="font-size:12px;color:#666"><b>Do Not Share This Email</b><br>This email contains a secure link to Docusign. Please do not share this email, link, or access code with others.</p>
</td></tr></table></body></html>""",
        reply_to="Suresh Kumar R <suresh.kr.dubai@gmail.com>",
    ),
    m(
        "Ds6rc",
        "2025-08-27 22:19",
        "Docusign <dse_NA3@docusign.net>",
        "Completed: Rental Agreement - Flat 304, Sai Enclave, HSR Layout.pdf",
        N(),
        html="""<html><body style="font-family:Helvetica,Arial,sans-serif;background:#eaeaea">
<table width="640" align="center" style="background:#1e4ca1;color:#fff;padding:30px"><tr><td align="center">
<p style="font-size:16px">Your document has been completed</p>
<p><a href="https://na3.docusign.net/Member/EmailStart.aspx?m=0b1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e" style="background:#ffc820;color:#000;padding:10px 24px;text-decoration:none;font-weight:bold">VIEW COMPLETED DOCUMENT</a></p>
</td></tr></table>
<table width="640" align="center" style="background:#fff;padding:30px"><tr><td>
<p>All parties have completed <b>Rental Agreement - Flat 304, Sai Enclave, HSR Layout.pdf</b>.</p>
</td></tr></table></body></html>""",
    ),
    m(
        "Pk7mv",
        "2025-08-29 11:48",
        "Swift Relocations <quotes@swiftrelocations.example>",
        "Quotation for household shifting - BTM Layout to HSR Layout (31 Aug)",
        N(),
        text="""Dear Sir,

Thank you for your enquiry. Please find our quotation for local shifting:

From: BTM Layout 2nd Stage (2nd floor, no lift)
To: HSR Layout Sector 2 (3rd floor, lift available)
Date: Sunday, 31 August 2025, 8 AM
Items: 1BHK household + washing machine + bike (carrier)

Packing material + labour + transport (14 ft truck): Rs. 9,800
Bike transport: Rs. 1,200
Insurance (optional, 2%): extra
GST 18% extra

Advance Rs. 2,000 to confirm the slot.

Regards,
Swift Relocations, Bengaluru
""",
    ),
    m(
        "Mg8mi",
        "2025-08-30 16:20",
        "MyGate <noreply@mygate.com>",
        "Move-in approved for Flat 304, Sai Enclave",
        N(),
        text="""Hi Karthik,

Your move-in request for Flat 304, Sai Enclave Owners Association, has been approved by the management committee.

Date: 31 Aug 2025
Time slot: 9:00 AM - 5:00 PM
Vehicle: 14 ft truck (Swift Relocations)

Show this approval at the gate. Welcome to Sai Enclave!

MyGate
""",
    ),
    m(
        "Ol9dp",
        "2025-09-06 10:05",
        "Ganesh Rao <ganeshrao.btm@gmail.com>",
        "Deposit refund - BTM flat",
        N(),
        text="""Hi Karthik,

Transferred Rs. 1,28,000 to your account today (deposit 1,50,000 minus painting 14,000 and the broken bathroom tap + geyser service 8,000). Please check and confirm.

Thanks for keeping the flat well for 3 years. All the best in the new place.

Ganesh Rao
""",
    ),
    # ---------------------------------------------------------------- doctor
    m(
        "Pt1ap",
        "2025-10-01 13:44",
        "Practo <no-reply@practo.com>",
        "Appointment confirmed with Dr. Meenakshi Sundaram on Sat, 4 Oct at 10:30 AM",
        N(),
        text="""Hi Karthik,

Your appointment is confirmed.

Dr. Meenakshi Sundaram - General Physician, MBBS, MD
Indiranagar Family Clinic, 100 Feet Road, HAL 2nd Stage, Indiranagar, Bengaluru

Saturday, 4 October 2025, 10:30 AM
Booking ID: PR-88412093

Consultation fee: Rs. 800 (pay at clinic)

Please arrive 10 minutes early and carry your previous prescriptions, if any. Add this appointment to your calendar using the attached invite.

Need to reschedule? https://www.practo.com/appointments/PR-88412093

Team Practo
""",
        ics=ics(
            "PR-88412093@practo.com",
            "2025-10-04 10:30",
            "Appointment with Dr. Meenakshi Sundaram - Indiranagar Family Clinic",
            ("Practo", "no-reply@practo.com"),
            minutes=20,
            location="Indiranagar Family Clinic, 100 Feet Road, HAL 2nd Stage, Indiranagar, Bengaluru",
        ),
    ),
    m(
        "Pt2rm",
        "2025-10-03 18:00",
        "Practo <no-reply@practo.com>",
        "Reminder: Your appointment is tomorrow at 10:30 AM",
        N(),
        text="""Hi Karthik,

This is a reminder for your appointment tomorrow.

Dr. Meenakshi Sundaram, Indiranagar Family Clinic
Saturday, 4 October 2025, 10:30 AM

Get directions: https://www.practo.com/directions/PR-88412093

Team Practo
""",
    ),
    m(
        "Md3rp",
        "2025-10-06 17:25",
        "Medisure Diagnostics <reports@medisure.example>",
        "Your test reports are ready - Karthik V Iyer (Ref MD-2510-33918)",
        N(),
        text="""Dear Mr. Karthik V Iyer,

Your reports for the following tests are ready:

- Complete Blood Count
- Lipid Profile
- HbA1c
- Vitamin D (25-OH)
- Thyroid Profile (T3, T4, TSH)

Download your reports (password: your date of birth in DDMMYYYY): https://reports.medisure.example/MD-2510-33918

Referred by: Dr. Meenakshi Sundaram

For home sample collection, call 080-4xxxxx00.

Medisure Diagnostics, Indiranagar
""",
    ),
    # ---------------------------------------------------------------- travel and rides
    m(
        "Ub1rc",
        "2025-08-03 22:41",
        "Uber Receipts <noreply@uber.com>",
        "Your Sunday evening trip with Uber",
        N(),
        text="""Thanks for riding, Karthik

Total ₹412.37

Trip fare ₹356.20
Booking fee ₹28.00
Taxes ₹28.17

Uber Go · 11.8 km · 38 min
Pickup: Arbor Brewing Company, Magrath Road, Bengaluru
Drop-off: BTM Layout 2nd Stage, Bengaluru

Paid with UPI

Uber India Systems Pvt. Ltd.
""",
    ),
    m(
        "Ir2bk",
        "2025-09-12 08:02",
        "IRCTC <ticketadmin@irctc.co.in>",
        "Booking Confirmation on IRCTC, Train: 12658, 17-Oct-2025, SBC - MAS",
        N(),
        text="""Dear Customer,

Thank you for booking on IRCTC.

PNR No.: 4418209317
Train No. / Name: 12658 / CHENNAI MAIL
Date of Journey: 17-Oct-2025
From: KSR BENGALURU (SBC) To: MGR CHENNAI CTL (MAS)
Class: 3A (THIRD AC)
Departure: 22:40 Arrival: 04:15*

Passenger: KARTHIK V IYER, 32, M - WL 18 / WL 12

Total fare: Rs. 1,135.45

Please carry a valid photo ID proof in original during the journey.

IRCTC
""",
    ),
    m(
        "Ol3rc",
        "2025-10-04 11:26",
        "Ola <no-reply@olacabs.com>",
        "Your Ola ride receipt - CRN 8812049931",
        N(),
        text="""Thanks for travelling with us, Karthik

Auto · 4.2 km · 18 min
HSR Layout Sector 2 -> Indiranagar 100 Feet Road

Total bill: ₹118

Paid by Cash

Ola (ANI Technologies Pvt. Ltd.)
""",
    ),
    m(
        "Ir4cp",
        "2025-10-17 18:45",
        "IRCTC <ticketadmin@irctc.co.in>",
        "Chart prepared: PNR 4418209317 - CNF B2 34",
        N(),
        text="""Dear Customer,

Chart has been prepared for PNR 4418209317.

Train 12658 CHENNAI MAIL, 17-Oct-2025, SBC -> MAS
Passenger 1: CNF / B2 / 34 / LB

Happy journey!
IRCTC
""",
    ),
    m(
        "Rb5tk",
        "2025-10-21 12:10",
        "redBus <noreply@redbus.in>",
        "Ticket confirmed: Chennai to Bangalore, 22 Oct 2025",
        N(),
        text="""Hi Karthik,

Your bus ticket is confirmed.

Ticket No.: TN7C41218933
Operator: SRS Travels - A/C Sleeper (2+1)
Date: 22 Oct 2025, 22:30
Boarding: Koyambedu (Omni Bus Stand)
Dropping: Silk Board, Bengaluru (06:00 approx.)
Seat: L7

Total fare: ₹1,349

Track your bus: https://www.redbus.in/track/TN7C41218933

Happy journey!
Team redBus
""",
    ),
    m(
        "Ub6rc",
        "2025-11-08 00:52",
        "Uber Receipts <noreply@uber.com>",
        "Your Friday night trip with Uber",
        N(),
        text="""Thanks for riding, Karthik

Total ₹286.10

Uber Moto · 7.1 km · 22 min
Pickup: Koramangala 5th Block, Bengaluru
Drop-off: HSR Layout Sector 2, Bengaluru

Paid with UPI

Uber India Systems Pvt. Ltd.
""",
    ),
    m(
        "Mm7ht",
        "2025-11-24 20:14",
        "MakeMyTrip <noreply@makemytrip.com>",
        "Booking Confirmed! Hotel Palmgrove, Chennai - 13 Dec to 15 Dec",
        N(),
        text="""Hi Karthik,

Your hotel booking is confirmed.

Booking ID: NH7891420993012
Hotel Palmgrove, Nungambakkam, Chennai
Check-in: Sat, 13 Dec 2025, 12 PM
Check-out: Mon, 15 Dec 2025, 11 AM
1 Room, 2 Adults (Deluxe Double)

Amount paid: ₹9,842

Free cancellation till 11 Dec 2025.

MakeMyTrip
""",
    ),
    m(
        "Rp8rc",
        "2025-12-01 09:37",
        "Rapido <noreply@rapido.bike>",
        "Your Rapido ride invoice",
        N(),
        text="""Hi Karthik,

Thanks for riding with Rapido!

Bike Taxi · 3.4 km
HSR Layout -> Agara Lake

Fare: ₹41.00

Rapido (Roppen Transportation Services Pvt. Ltd.)
""",
    ),
    m(
        "Ig9ci",
        "2025-12-11 07:30",
        "IndiGo <noreply@goindigo.in>",
        "Web check-in is open for your flight 6E 511 | BLR - MAA | 13 Dec",
        N(),
        text="""Dear Mr. Karthik Iyer,

Web check-in is now open for your flight.

PNR: QX7T2K
Flight: 6E 511, Bengaluru (BLR) T1 -> Chennai (MAA) T1
Date: Saturday, 13 December 2025
Departure: 07:05

Check in now: https://www.goindigo.in/web-check-in.html

Please reach the airport at least 60 minutes before departure.

IndiGo
""",
    ),
    # ---------------------------------------------------------------- entertainment, fitness, home
    m(
        "Bm1tk",
        "2025-07-26 14:02",
        "BookMyShow <tickets@bookmyshow.com>",
        "Your tickets for Kaantha (Tamil) - PVR Nexus Koramangala",
        N(),
        text="""Booking ID: WXYZ8841

Kaantha (Tamil) (U/A)
PVR: Nexus Koramangala, Audi 4
Sat, 26 Jul 2025 | 07:15 PM
Seats: G12, G13

Total: ₹760.00

Show this booking ID at the counter or scan the QR code in the app.

BookMyShow
""",
    ),
    m(
        "Cf2ex",
        "2025-09-07 08:00",
        "cult.fit <no-reply@cult.fit>",
        "Your cultpass ELITE expires in 7 days",
        N(),
        text="""Hi Karthik,

Your cultpass ELITE membership expires on 14 Sep 2025. Renew now and get 2 months free on a 12-month pack.

Renew: https://www.cult.fit/renew

Keep moving!
Team cult.fit
""",
    ),
    m(
        "Bm3tk",
        "2025-10-19 11:20",
        "BookMyShow <tickets@bookmyshow.com>",
        "Your tickets for Bhairava Dweepam (Telugu) - AGS Villivakkam",
        N(),
        text="""Booking ID: QRST2209

Bhairava Dweepam (Telugu)
AGS Cinemas: Villivakkam, Chennai, Screen 2
Sun, 19 Oct 2025 | 02:30 PM
Seats: H7, H8, H9

Total: ₹690.00

BookMyShow
""",
    ),
    m(
        "Se4wt",
        "2025-11-01 07:45",
        "Sai Enclave Residents <saienclave-residents@googlegroups.com>",
        "Water supply disruption on 3rd Nov + Rajyotsava celebration",
        N(),
        headers={"List-Id": "<saienclave-residents.googlegroups.com>"},
        text="""Dear Residents,

1. BWSSB has informed that there will be no Cauvery water supply on Monday, 3rd November, from 6 AM to 6 PM due to pipeline maintenance. Tanker water will be arranged; please store water.

2. Kannada Rajyotsava celebration today at 6 PM in the clubhouse - flag hoisting, cultural programme by kids, followed by dinner. All are welcome.

Regards,
Management Committee
""",
    ),
    m(
        "Sh5hi",
        "2025-07-22 10:40",
        "Star Health <noreply@starhealth.in>",
        "Renewal reminder: Family Health Optima policy for Venkataraman S",
        N(),
        text="""Dear Karthik Venkataraman Iyer,

The Family Health Optima policy (Policy No. P/181300/01/2025/004412) covering Mr. Venkataraman S and Mrs. Jayalakshmi V is due for renewal on 05-08-2025.

Renewal premium: Rs. 38,214 (incl. GST)

Renew online: https://www.starhealth.in/renew

Premium paid is eligible for deduction under section 80D.

Star Health and Allied Insurance Co. Ltd.
""",
    ),
]
