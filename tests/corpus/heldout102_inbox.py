# ruff: noqa: E501, RUF100
"""Corpus 102, the rest of the inbox (data only): see heldout102.py."""

from __future__ import annotations

from typing import Any

from heldout102_jobs import m

N = ("not_job", "en")


def ev(uid, start, summary, org, minutes=60, desc="", loc=""):
    out: dict[str, Any] = {
        "uid": uid,
        "start": start + ":00 +0800",
        "summary": summary,
        "organizer": org,
        "minutes": minutes,
    }
    if desc:
        out["description"] = desc
    if loc:
        out["location"] = loc
    return out


MAIL: list[dict[str, Any]] = [
    # --- condo rental application ---------------------------------------------------------
    m(
        "70101",
        "2025-08-02 10:15",
        "Verde Heights Leasing <leasing@verdeheights.ph>",
        "Your Rental Application - Unit 18C, Tower 2",
        N,
        """Hi Ms. Manalastas,

Thank you for submitting your rental application for Unit 18C (1BR, 28 sqm), Tower 2, Verde Heights, Scout Area, Quezon City.

Please send the following so we can process your application:
- 2 valid IDs
- Latest 3 months payslips or Certificate of Employment
- 6 post-dated checks (1 month advance, 2 months deposit)

Processing takes 3-5 working days. Once approved we will send the Contract of Lease for signing.

Verde Heights Leasing Office""",
    ),
    m(
        "70102",
        "2025-08-07 16:40",
        "Verde Heights Leasing <leasing@verdeheights.ph>",
        "Application Approved - Unit 18C",
        N,
        """Hi Ms. Manalastas,

Good news! The unit owner has approved your application for Unit 18C. Please schedule the contract signing and turnover inspection. Move-in date: September 1, 2025.

Verde Heights Leasing Office""",
    ),
    m(
        "70103",
        "2025-08-28 11:00",
        "Verde Heights Admin <admin@verdeheights.ph>",
        "Move-in schedule and elevator reservation",
        N,
        """Dear Residents,

Your move-in on Sept 1 is confirmed, 9AM-12NN, service elevator 2. Please present the gate pass at the guard house. Movers must wear IDs. No moving of furniture after 6PM.

Admin Office""",
    ),
    m(
        "70104",
        "2025-10-05 09:00",
        "Verde Heights Admin <admin@verdeheights.ph>",
        "Advisory: Water interruption Oct 7",
        N,
        """Dear Residents, please be advised of a water interruption on October 7, 10AM-4PM, due to cleaning of the cistern tank. Please store water. Thank you for your understanding.""",
    ),
    m(
        "70105",
        "2025-12-15 18:00",
        "Verde Heights Admin <admin@verdeheights.ph>",
        "Christmas party for residents + Simbang Gabi shuttle",
        N,
        """Hi Residents! Join us for the Verde Heights Christmas Party on Dec 20, 6PM at the Amenity Deck. There will be raffle prizes and lechon! Shuttle to Simbang Gabi at Sto. Domingo leaves 4:15 AM from Dec 16-24.""",
    ),
    # --- credit cards / bank / loan look-alikes -------------------------------------------
    m(
        "70110",
        "2025-08-09 12:00",
        "Kaagapay Bank Cards <cards@kaagapaybank.com.ph>",
        "Kristine, you're PRE-APPROVED for a Kaagapay Platinum Mastercard!",
        N,
        html="""<html><body><h1>You're pre-approved!</h1><p>Dear Kristine Joy,</p><p>Congratulations! Based on your relationship with Kaagapay Bank, you are pre-approved for a Kaagapay Platinum Mastercard with a credit limit of up to PHP 150,000. No income documents needed. Apply in 3 minutes!</p><p><a href="https://kaagapaybank.com.ph/apply">Accept this offer</a></p><p style="font-size:10px">Offer valid until Aug 31, 2025. Subject to final approval.</p></body></html>""",
    ),
    m(
        "70111",
        "2025-08-12 14:22",
        "Kaagapay Bank Cards <cards@kaagapaybank.com.ph>",
        "We've received your credit card application",
        N,
        """Dear Kristine Joy,

Thank you for applying for a Kaagapay Platinum Mastercard. Your application reference number is CC-2508-441902. We will notify you via SMS and email within 7 banking days regarding the status of your application.

Kaagapay Bank""",
    ),
    m(
        "70112",
        "2025-08-22 10:05",
        "Kaagapay Bank Cards <cards@kaagapaybank.com.ph>",
        "Your credit card application status",
        N,
        """Dear Kristine Joy,

We are pleased to inform you that your application for a Kaagapay Platinum Mastercard has been approved. Your card will be delivered to your billing address within 10-15 banking days. Please activate it through the Kaagapay app.

Kaagapay Bank""",
    ),
    m(
        "70113",
        "2025-09-25 09:00",
        "Kaagapay Bank <estatements@kaagapaybank.com.ph>",
        "Your Kaagapay Platinum Mastercard Statement of Account",
        N,
        """Dear Cardholder, your Statement of Account for the period ending September 22, 2025 is now available. Total amount due: PHP 8,430.50. Payment due date: October 12, 2025. Please see the attached PDF (password: your birthdate).""",
    ),
    m(
        "70114",
        "2025-10-25 09:00",
        "Kaagapay Bank <estatements@kaagapaybank.com.ph>",
        "Your Kaagapay Platinum Mastercard Statement of Account",
        N,
        """Dear Cardholder, your Statement of Account for the period ending October 22, 2025 is now available. Total amount due: PHP 12,118.00. Payment due date: November 12, 2025.""",
    ),
    m(
        "70115",
        "2025-11-25 09:00",
        "Kaagapay Bank <estatements@kaagapaybank.com.ph>",
        "Your Kaagapay Platinum Mastercard Statement of Account",
        N,
        """Dear Cardholder, your Statement of Account for the period ending November 22, 2025 is now available. Total amount due: PHP 21,775.25. Payment due date: December 12, 2025.""",
    ),
    m(
        "70116",
        "2025-12-26 09:00",
        "Kaagapay Bank <estatements@kaagapaybank.com.ph>",
        "Your Kaagapay Platinum Mastercard Statement of Account",
        N,
        """Dear Cardholder, your Statement of Account for the period ending December 22, 2025 is now available. Total amount due: PHP 34,902.10. Payment due date: January 12, 2026. Convert big purchases to 0% installment!""",
    ),
    m(
        "70117",
        "2025-09-14 11:11",
        "SilverPeso Lending <offers@silverpeso.ph>",
        "EXCLUSIVE OFFER: Personal loan up to PHP 500K, approval in 24 hours",
        N,
        html="""<html><body><p>Hi Kristine!</p><p>Need extra funds for your move, tuition or business? Get a <b>personal loan</b> up to PHP 500,000 with rates as low as 0.99% per month. Apply online - approval in 24 hours!</p><p><a href="https://silverpeso.ph/apply">Apply now</a></p></body></html>""",
    ),
    m(
        "70118",
        "2025-10-02 15:30",
        "Kaagapay Bank Loans <loans@kaagapaybank.com.ph>",
        "Salary Loan Application - Documents Required",
        N,
        """Dear Ms. Manalastas,

Thank you for your interest in the Kaagapay Salary Loan. To continue your loan application (Ref SL-1002-7731), please upload your latest payslip, Certificate of Employment and 1 valid ID.

Note: applications without complete requirements after 14 days will be cancelled.

Kaagapay Bank Loans""",
    ),
    m(
        "70119",
        "2025-10-17 10:00",
        "Kaagapay Bank Loans <loans@kaagapaybank.com.ph>",
        "Your Salary Loan application has been cancelled",
        N,
        """Dear Ms. Manalastas, we regret to inform you that your Salary Loan application (Ref SL-1002-7731) has been cancelled due to incomplete requirements. You may submit a new application anytime through the Kaagapay app.""",
    ),
    m(
        "70120",
        "2025-11-11 11:11",
        "Kaagapay Bank Cards <cards@kaagapaybank.com.ph>",
        "11.11 offer: 0% installment for 12 months!",
        N,
        html="""<html><body><p>Happy 11.11, Kristine Joy!</p><p>Use your Kaagapay Platinum Mastercard and enjoy 0% installment for up to 12 months at partner merchants. Limited offer - today only!</p></body></html>""",
    ),
    # --- government: SSS, PhilHealth, Pag-IBIG, BIR, NBI ------------------------------------
    m(
        "70130",
        "2025-08-25 08:12",
        "NBI Clearance Online <noreply@clearance.nbi.gov.ph>",
        "NBI Clearance Appointment Confirmation",
        N,
        """Dear KRISTINE JOY MANALASTAS,

Your NBI Clearance appointment has been confirmed.

Purpose: LOCAL EMPLOYMENT
Branch: NBI Clearance Center - SM City North EDSA
Date: August 27, 2025
Time slot: 8:00 AM - 12:00 PM
Reference No.: 2508251137446

Please bring 2 valid IDs and your reference number. Payment has been received.""",
    ),
    m(
        "70131",
        "2025-09-03 09:20",
        "SSS Online <noreply@sss.gov.ph>",
        "My.SSS: Your contribution payment has been posted",
        N,
        """Dear Member, your contribution for the applicable month of August 2025 amounting to PHP 1,750.00 has been posted to your SSS record. Thank you for using My.SSS.""",
    ),
    m(
        "70132",
        "2025-10-08 13:40",
        "SSS Online <noreply@sss.gov.ph>",
        "Salary Loan Application Received",
        N,
        """Dear Member,

We have received your SALARY LOAN application with Transaction Number 2510-0814552. It is now being evaluated. You will receive an email once your loan has been approved and the proceeds credited to your enrolled disbursement account.

Social Security System""",
    ),
    m(
        "70133",
        "2025-10-13 16:02",
        "SSS Online <noreply@sss.gov.ph>",
        "Salary Loan Approved",
        N,
        """Dear Member, your salary loan application with Transaction Number 2510-0814552 has been approved. Loan amount: PHP 40,000.00. Net proceeds will be credited to your UMID-ATM/bank account within 3-5 working days.""",
    ),
    m(
        "70134",
        "2025-09-18 10:00",
        "PhilHealth Member Portal <noreply@philhealth.gov.ph>",
        "Member Data Record (MDR) request",
        N,
        """Dear KRISTINE JOY MANALASTAS, your request for a copy of your Member Data Record has been processed. You may download your MDR from the Member Portal. PIN: 12-0xxxxxxxx-7.""",
    ),
    m(
        "70135",
        "2025-12-10 09:00",
        "PhilHealth <advisory@philhealth.gov.ph>",
        "Advisory: Updated premium contribution schedule for 2026",
        N,
        """Dear Member, please be informed of the premium contribution rates for CY 2026. Employed members: premiums are shared equally by employer and employee. For details visit the PhilHealth website.""",
    ),
    m(
        "70136",
        "2025-09-20 14:00",
        "Virtual Pag-IBIG <noreply@pagibigfund.gov.ph>",
        "Your Pag-IBIG MP2 Savings enrollment",
        N,
        """Dear Member,

Thank you for enrolling in Modified Pag-IBIG 2 (MP2) Savings. Your MP2 Account Number is 1050-xxxx-4412. You may remit your savings through Virtual Pag-IBIG or accredited payment partners.

Pag-IBIG Fund""",
    ),
    m(
        "70137",
        "2025-11-20 10:30",
        "Virtual Pag-IBIG <noreply@pagibigfund.gov.ph>",
        "Housing Loan Pre-qualification Result",
        N,
        """Dear Member, thank you for using the Housing Loan Affordability Calculator. Based on the information you provided, you are pre-qualified for a loanable amount of up to PHP 1,850,000.00. This is not yet a loan approval. Visit a Pag-IBIG branch to file a formal application.""",
    ),
    m(
        "70138",
        "2025-12-02 11:00",
        "Virtual Pag-IBIG <noreply@pagibigfund.gov.ph>",
        "MP2 dividend rate announcement",
        N,
        """Good day Member! Pag-IBIG Fund announces the dividend rates for 2025 MP2 savings. Thank you for saving with Pag-IBIG.""",
    ),
    m(
        "70139",
        "2026-01-12 08:45",
        "BIR eServices <noreply@bir.gov.ph>",
        "ORUS: Your TIN verification request",
        N,
        """Dear Taxpayer, your TIN verification request has been completed. Registered RDO: 038 - North Quezon City. For updates of registration, please use the Online Registration and Update System (ORUS).""",
    ),
    m(
        "70140",
        "2026-01-20 17:00",
        "TindahanPay Payroll <payroll@tindahanpay.ph>",
        "BIR Form 2316 - annualization and payslip for January 15",
        N,
        """Hi Kristine,

Your payslip for the Jan 1-15 pay period is now available on the HR portal. Please also review your 2025 annualization; the BIR Form 2316 from your previous employer has been captured.

TPay Payroll""",
    ),
    # --- church group -----------------------------------------------------------------
    m(
        "70150",
        "2025-08-10 20:30",
        "Kuya Jerome Aquino <jerome.aquino.ccf@gmail.com>",
        "Lifegroup this Friday - Luke 12",
        N,
        """Hi Lifegroup fam!

See you this Friday 7PM at Ate Grace's house in Kamuning. We'll continue with Luke 12 (do not worry). Potluck as usual - Tin, pancit ka ulit ha? haha.

God bless!
Kuya Jerome""",
    ),
    m(
        "70151",
        "2025-09-07 21:00",
        "Kuya Jerome Aquino <jerome.aquino.ccf@gmail.com>",
        "Prayer requests this week",
        N,
        """Hi all, here are our prayer requests:
- Ate Grace's mom, operation on Wednesday
- Tin's job hunt and interviews (praying for the right door!)
- Paolo's board exam results
Let's keep praying for each other.""",
    ),
    m(
        "70152",
        "2025-10-15 19:10",
        "Bethel QC Youth & Young Pros <hello@bethelqc.org>",
        "Volunteer application for the Christmas outreach",
        N,
        """Hi Kristine Joy!

Thank you for applying to volunteer for our Christmas outreach in Payatas (Dec 13). We received your volunteer application for the Logistics team. Orientation is on Nov 22, 2PM at the church hall.

Bethel QC Outreach Ministry""",
    ),
    m(
        "70153",
        "2025-11-20 09:00",
        "Bethel QC Youth & Young Pros <hello@bethelqc.org>",
        "Invitation: Volunteer orientation",
        N,
        """You have been invited to: Christmas Outreach Volunteer Orientation, Sat Nov 22, 2-4PM, Bethel QC church hall.""",
        ics=ev(
            "bethel-orient-22@google.com",
            "2025-11-22 14:00",
            "Christmas Outreach Volunteer Orientation",
            ("Bethel QC", "hello@bethelqc.org"),
            120,
            "Bring a pen and your ID",
            "Bethel QC Church Hall, Kamuning",
        ),
    ),
    m(
        "70154",
        "2025-12-14 21:30",
        "Kuya Jerome Aquino <jerome.aquino.ccf@gmail.com>",
        "Salamat sa outreach!",
        N,
        """Thank you everyone who came to the outreach yesterday! We served 320 families. Special thanks kay Tin for running the distribution line like a BPO floor haha. Pics in the GC!""",
    ),
    m(
        "70155",
        "2026-01-11 20:00",
        "Kuya Jerome Aquino <jerome.aquino.ccf@gmail.com>",
        "Lifegroup 2026 kickoff",
        N,
        """Happy new year fam! Lifegroup resumes Jan 16. New study: Philippians. Same place, same time. Sino magdadala ng dessert?""",
    ),
    # --- friends and family ----------------------------------------------------------------
    m(
        "70160",
        "2025-08-13 22:47",
        "Bea Lacson <bealacson@gmail.com>",
        "uy tin!! new job ko",
        N,
        """Tin!! Guess what, I got the job sa fintech na sinabi ko sayo. Final interview last week then JO kahapon! Start ko Sept 15. Grabe kinabahan ako sa panel interview, pero okay naman. Treat kita pag may first sweldo na ako hahaha

How's your apps? Any update dun sa healthcare account?

Bea""",
    ),
    m(
        "70161",
        "2025-08-22 07:30",
        "Bea Lacson <bealacson@gmail.com>",
        "Re: uy tin!! new job ko",
        N,
        """Ay sayang pero tama ka, mahirap talaga ang graveyard lalo na may inaalagaan ka. Mas okay na maghintay ng dayshift. Laban lang!!

> Declined ko yung JO sa Lumenbridge, graveyard kasi. Sana may dumating na dayshift.""",
    ),
    m(
        "70162",
        "2025-09-28 13:15",
        "Nanay <lorna.manalastas@yahoo.com>",
        "Pasalubong",
        N,
        """Anak, pag uwi mo dito sa Batangas sa undas, pakibili mo naman ako ng ensaymada sa paborito mo sa QC. Ingat ka lagi. Kumain ka ng maayos. Love, Nanay""",
    ),
    m(
        "70163",
        "2025-10-24 21:05",
        "Paolo Reyes <paoloreyes.rn@gmail.com>",
        "interview tips?",
        N,
        """Hi Tin! Sorry to bother, may interview ako sa Monday for a nurse reviewer role sa isang HMO. You're the interview expert na haha. Any tips? Para kasing STAR method yung hinahanap nila.

Paolo""",
    ),
    m(
        "70164",
        "2025-11-03 23:59",
        "Bea Lacson <bealacson@gmail.com>",
        "CONGRATS!!!!",
        N,
        """TIN!!!! Nakita ko sa IG story mo! Congrats sa TPay!!! Deserve mo yan. Kita tayo this weekend, celebrate tayo sa Maginhawa. Libre mo na ako haha joke lang""",
    ),
    m(
        "70165",
        "2025-11-30 19:00",
        "Nanay <lorna.manalastas@yahoo.com>",
        "Bukas na first day mo",
        N,
        """Anak, good luck bukas sa first day mo. Ipinagdarasal ka namin ni Tatay. Huwag kalimutan mag almusal. Love you.""",
    ),
    m(
        "70166",
        "2025-12-20 18:30",
        "Carmi Dela Cruz <carmi.dc@outlook.com>",
        "Barkada Christmas exchange gift",
        N,
        """Hi guys! Exchange gift budget is P500, wishlist please by Dec 22. Venue: my place in Marikina, Dec 27, 5PM. Bring your own plate. Tin you got Jigs haha secret dapat ito oops""",
    ),
    m(
        "70167",
        "2026-01-09 12:20",
        "Paolo Reyes <paoloreyes.rn@gmail.com>",
        "Got the offer!",
        N,
        """Tin, natanggap ako sa HMO!! Nag-accept na ako ng offer kahapon. Salamat sa tips mo, yung STAR method talaga nakatulong. Start ko Feb 2. Kain tayo soon!""",
    ),
    m(
        "70168",
        "2025-12-31 23:10",
        "Tita Baby <babymanalastas@gmail.com>",
        "Happy New Year!",
        N,
        """Happy New Year sa inyong lahat! Manigong Bagong Taon. God bless our family in 2026!""",
    ),
    m(
        "70169",
        "2025-09-15 20:40",
        "Bea Lacson <bealacson@gmail.com>",
        "first day report haha",
        N,
        """First day ko today! Ang daming onboarding, laptop setup, tapos may team lunch. Mabait yung manager ko. Kaso ang layo ng BGC sa Fairview huhu. 3 hrs commute.""",
    ),
    # --- newsletters with interview/hiring talk -------------------------------------------
    m(
        "70170",
        "2025-08-18 07:00",
        "The Outsourcing Brief <newsletter@outsourcingbrief.ph>",
        "Interview: How one QC site cut attrition by 30%",
        N,
        html="""<html><body><h2>The Outsourcing Brief - Weekly</h2><p><b>Interview:</b> We sat down with the site director of a 2,000-seat Quezon City contact center to talk about how they cut agent attrition by 30% in a year - from team leader coaching rituals to flexible shifts.</p><p><b>Also:</b> IT-BPM industry revenue forecast, new PEZA rules, and why hiring for Australian accounts is booming.</p><p><a href="https://outsourcingbrief.ph/unsubscribe">Unsubscribe</a></p></body></html>""",
    ),
    m(
        "70171",
        "2025-09-15 07:00",
        "The Outsourcing Brief <newsletter@outsourcingbrief.ph>",
        "Hiring outlook Q4: BPOs plan 40,000 new seats",
        N,
        html="""<html><body><h2>The Outsourcing Brief</h2><p>BPOs are hiring: industry groups expect 40,000 new seats in Q4, mostly healthcare and fintech accounts. We look at which roles are hardest to fill (hint: team leaders with WFM skills).</p><p>Plus: an interview with a Cebu recruitment head on walk-in applicants.</p></body></html>""",
    ),
    m(
        "70172",
        "2025-10-20 07:00",
        "The Outsourcing Brief <newsletter@outsourcingbrief.ph>",
        "The job offer trap: why candidates ghost after JO",
        N,
        html="""<html><body><h2>The Outsourcing Brief</h2><p>Recruiters say up to 1 in 5 candidates who accept a job offer never show up on Day 1. We asked three TA heads what they're doing about it.</p></body></html>""",
    ),
    m(
        "70173",
        "2025-11-17 07:00",
        "The Outsourcing Brief <newsletter@outsourcingbrief.ph>",
        "13th month pay, explained + year-end hiring",
        N,
        html="""<html><body><h2>The Outsourcing Brief</h2><p>Everything you need to know about 13th month pay computation this December. Plus, which companies are still hiring before the holidays.</p></body></html>""",
    ),
    m(
        "70174",
        "2025-12-15 07:00",
        "The Outsourcing Brief <newsletter@outsourcingbrief.ph>",
        "2025 in review: the year in CX",
        N,
        html="""<html><body><h2>The Outsourcing Brief - 2025 in review</h2><p>AI copilots on the floor, hybrid work fights, and record hiring for healthcare accounts. Our favorite interviews of the year.</p></body></html>""",
    ),
    m(
        "70175",
        "2025-09-04 12:00",
        "CX Pilipinas Podcast <hello@cxpilipinas.fm>",
        "New episode: Interview with a Workforce Manager who started as an agent",
        N,
        """Episode 41 is live! This week we interview Ma'am Liza, who went from a night-shift agent to Head of WFM in eight years. We talk about forecasting, Excel vs WFM tools, and career growth for team leads.

Listen on your favorite podcast app.""",
    ),
    m(
        "70176",
        "2025-10-09 12:00",
        "CX Pilipinas Podcast <hello@cxpilipinas.fm>",
        'Ep. 46: "How I ace every final interview" with a TA head',
        N,
        """This week's guest has interviewed over 10,000 candidates. She tells us what happens after the final interview and how job offers are decided. Plus listener questions!""",
    ),
    m(
        "70177",
        "2025-11-13 12:00",
        "CX Pilipinas Podcast <hello@cxpilipinas.fm>",
        "Ep. 51: Team leaders and burnout",
        N,
        """Our guests, three team leaders from healthcare and telco accounts, talk about burnout, coaching, and setting boundaries. Available now.""",
    ),
    m(
        "70178",
        "2025-08-29 09:00",
        "Remote Pinoy Weekly <weekly@remotepinoy.news>",
        "5 red flags in 'remote US startup' job posts",
        N,
        html="""<html><body><p><b>Remote Pinoy Weekly</b></p><p>1. They ask you to pay for training. 2. The interview is only on Telegram. 3. 'Paid trial' that never gets paid... and more. Plus: how to compute your taxes as a freelancer with BIR Form 1701A.</p></body></html>""",
    ),
    m(
        "70179",
        "2025-10-31 09:00",
        "Remote Pinoy Weekly <weekly@remotepinoy.news>",
        "Freelancer taxes, Wise vs PayPal, and a reader's job offer story",
        N,
        html="""<html><body><p><b>Remote Pinoy Weekly</b></p><p>A reader shares how she negotiated her first USD job offer. Also: registering as self-employed with BIR and paying voluntary SSS/PhilHealth/Pag-IBIG.</p></body></html>""",
    ),
    m(
        "70180",
        "2025-12-05 09:00",
        "Remote Pinoy Weekly <weekly@remotepinoy.news>",
        "Holiday edition: year-end bonuses and remote work",
        N,
        html="""<html><body><p><b>Remote Pinoy Weekly</b></p><p>Do remote US startups give 13th month pay? We asked 200 readers. Also: the best co-working spaces in QC.</p></body></html>""",
    ),
    # --- LinkedIn social ------------------------------------------------------------------
    m(
        "70190",
        "2025-09-16 09:30",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Congratulate Bea Lacson on her new position",
        N,
        """Bea Lacson started a new position as Senior Customer Support Specialist at a fintech company.

Say congrats""",
    ),
    m(
        "70191",
        "2025-10-11 18:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Ronald Tuazon viewed your profile",
        N,
        """Kristine Joy, your profile is getting noticed. Ronald Tuazon, Operations Manager, viewed your profile.

Upgrade to Premium to see all viewers.""",
    ),
    m(
        "70192",
        "2025-11-05 08:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Your post is getting attention",
        N,
        """Your post "Excited to share that I'm starting a new position as Operations Team Lead..." has 87 reactions and 34 comments. See who reacted.""",
    ),
    m(
        "70193",
        "2025-11-06 12:10",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Holly Brennan and 12 others commented on your post",
        N,
        """Holly Brennan: "Congratulations Kristine! Well deserved."
Rhea Sarmiento: "Congrats!! Saya!"
See all comments""",
    ),
    m(
        "70194",
        "2025-12-01 09:00",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Kristine Joy, add a skill: Workforce Management",
        N,
        """Members with similar roles list Workforce Management, Zendesk and Coaching on their profile. Add skills to be found by recruiters.""",
    ),
    m(
        "70195",
        "2026-01-19 09:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Celebrate Paolo Reyes's work anniversary",
        N,
        """Paolo Reyes is celebrating 3 years at Mercy Care Hospital. Say congrats.""",
    ),
    m(
        "70196",
        "2025-08-31 10:00",
        "LinkedIn <invitations@linkedin.com>",
        "Kristine Joy, please add me to your LinkedIn network",
        N,
        """Jessa Villarin, People & Culture at TindahanPay, wants to connect. Accept or ignore.""",
    ),
    # --- shopping / transport / utilities / telco -------------------------------------------
    m(
        "70200",
        "2025-08-15 13:05",
        "Tindero Mart <orders@tinderomart.ph>",
        "Your order #TM250815-2231 has been shipped",
        N,
        """Hi Kristine! Your order (Ergonomic office chair, 1x) has been shipped via Padala Express. Tracking no: PX8820019. Estimated delivery: Aug 18-20.""",
    ),
    m(
        "70201",
        "2025-08-19 15:10",
        "Padala Express <notify@padalaexpress.ph>",
        "Your parcel was delivered",
        N,
        """Your parcel PX8820019 was delivered and received by: Guard - Verde Heights. Proof of delivery attached.""",
    ),
    m(
        "70202",
        "2025-09-09 09:09",
        "Tindero Mart <promo@tinderomart.ph>",
        "9.9 MEGA SALE: offers up to 90% off!",
        N,
        html="""<html><body><h1>9.9 MEGA SALE</h1><p>Exclusive offers just for you, Kristine! Free shipping, vouchers and flash deals all day.</p></body></html>""",
    ),
    m(
        "70203",
        "2025-10-10 10:10",
        "Tindero Mart <promo@tinderomart.ph>",
        "10.10 Brand Day - your special offer inside",
        N,
        html="""<html><body><h1>10.10</h1><p>Your special offer: PHP 150 off with min. spend PHP 999. Valid today only.</p></body></html>""",
    ),
    m(
        "70204",
        "2025-12-12 12:12",
        "Tindero Mart <promo@tinderomart.ph>",
        "12.12 Christmas Sale starts NOW",
        N,
        html="""<html><body><h1>12.12</h1><p>Noche Buena essentials, gifts and gadgets on sale. Offers end at midnight!</p></body></html>""",
    ),
    m(
        "70205",
        "2025-09-06 08:31",
        "SakayNa <receipts@sakayna.ph>",
        "Your Saturday morning ride receipt",
        N,
        """Thanks for riding with SakayNa! Trip: Verde Heights, Scout Area -> Cyberone Tower, Eastwood. Fare: PHP 312.00. Paid with wallet.""",
    ),
    m(
        "70206",
        "2025-10-27 08:05",
        "SakayNa <receipts@sakayna.ph>",
        "Your Monday morning ride receipt",
        N,
        """Thanks for riding with SakayNa! Trip: Verde Heights -> Sequoia Tower, Ortigas Center. Fare: PHP 388.00. Paid with card ending 4471.""",
    ),
    m(
        "70207",
        "2025-12-08 19:02",
        "SakayNa <receipts@sakayna.ph>",
        "Your Monday evening ride receipt",
        N,
        """Thanks for riding with SakayNa! Trip: Ortigas Center -> Verde Heights. Fare: PHP 425.00 (surge). Paid with wallet.""",
    ),
    m(
        "70208",
        "2025-09-12 10:00",
        "Kuryente Electric Co. <ebill@kuryente.com.ph>",
        "Your electric bill for September is ready",
        N,
        """Dear Customer, your bill for the period Aug 11 - Sep 10 is PHP 2,184.55, due Sept 24. Account: 0912-3345-18. Pay via app to avoid disconnection.""",
    ),
    m(
        "70209",
        "2025-10-12 10:00",
        "Kuryente Electric Co. <ebill@kuryente.com.ph>",
        "Your electric bill for October is ready",
        N,
        """Dear Customer, your bill for the period Sep 11 - Oct 10 is PHP 2,611.20, due Oct 24.""",
    ),
    m(
        "70210",
        "2025-11-12 10:00",
        "Kuryente Electric Co. <ebill@kuryente.com.ph>",
        "Your electric bill for November is ready",
        N,
        """Dear Customer, your bill for the period Oct 11 - Nov 10 is PHP 2,402.90, due Nov 24.""",
    ),
    m(
        "70211",
        "2025-12-12 10:00",
        "Kuryente Electric Co. <ebill@kuryente.com.ph>",
        "Your electric bill for December is ready",
        N,
        """Dear Customer, your bill for the period Nov 11 - Dec 10 is PHP 2,950.35, due Dec 24.""",
    ),
    m(
        "70212",
        "2025-09-02 11:00",
        "SignalOne Fiber <care@signalone.com.ph>",
        "Application for Fiber Plan 1699 received",
        N,
        """Hi Kristine Joy! We received your application for SignalOne Fiber Plan 1699 at Unit 18C Verde Heights. A technician will be scheduled for installation within 3-7 days. Application no: SOF-993120.""",
    ),
    m(
        "70213",
        "2025-09-05 17:30",
        "SignalOne Fiber <care@signalone.com.ph>",
        "Installation scheduled",
        N,
        """Your fiber installation is scheduled on Sept 8, 1-5PM. Please make sure someone is home to receive the technician. Reply RESCHED to change.""",
    ),
    m(
        "70214",
        "2025-10-03 09:00",
        "SignalOne Fiber <billing@signalone.com.ph>",
        "Your SignalOne bill",
        N,
        """Your SignalOne bill for September (pro-rated) is PHP 1,210.00. Due Oct 18.""",
    ),
    m(
        "70215",
        "2025-11-03 09:00",
        "SignalOne Fiber <billing@signalone.com.ph>",
        "Your SignalOne bill",
        N,
        """Your SignalOne bill for October is PHP 1,699.00. Due Nov 18.""",
    ),
    m(
        "70216",
        "2025-12-03 09:00",
        "SignalOne Fiber <billing@signalone.com.ph>",
        "Your SignalOne bill",
        N,
        """Your SignalOne bill for November is PHP 1,699.00. Due Dec 18.""",
    ),
    m(
        "70217",
        "2026-01-03 09:00",
        "SignalOne Fiber <billing@signalone.com.ph>",
        "Your SignalOne bill",
        N,
        """Your SignalOne bill for December is PHP 1,699.00. Due Jan 18.""",
    ),
    m(
        "70218",
        "2025-08-01 09:30",
        "PayBuddy <no-reply@paybuddy.ph>",
        "You sent PHP 3,000.00",
        N,
        """You have sent PHP 3,000.00 to LORNA M. (0917***2218) on Aug 1, 2025 9:29 AM. Ref No. 8002 117 442109.""",
    ),
    m(
        "70219",
        "2025-09-01 09:30",
        "PayBuddy <no-reply@paybuddy.ph>",
        "You sent PHP 3,000.00",
        N,
        """You have sent PHP 3,000.00 to LORNA M. (0917***2218) on Sep 1, 2025 9:29 AM. Ref No. 8002 118 992014.""",
    ),
    m(
        "70220",
        "2025-10-01 09:30",
        "PayBuddy <no-reply@paybuddy.ph>",
        "You sent PHP 3,000.00",
        N,
        """You have sent PHP 3,000.00 to LORNA M. (0917***2218) on Oct 1, 2025 9:31 AM. Ref No. 8002 119 130077.""",
    ),
    m(
        "70221",
        "2025-11-01 09:30",
        "PayBuddy <no-reply@paybuddy.ph>",
        "You sent PHP 3,000.00",
        N,
        """You have sent PHP 3,000.00 to LORNA M. (0917***2218) on Nov 1, 2025 9:30 AM. Ref No. 8002 120 338412.""",
    ),
    m(
        "70222",
        "2025-12-01 09:30",
        "PayBuddy <no-reply@paybuddy.ph>",
        "You sent PHP 5,000.00",
        N,
        """You have sent PHP 5,000.00 to LORNA M. (0917***2218) on Dec 1, 2025 9:30 AM. Ref No. 8002 121 502981.""",
    ),
    m(
        "70223",
        "2025-10-20 14:00",
        "PayBuddy <promos@paybuddy.ph>",
        "You're pre-qualified for PayBuddy Credit!",
        N,
        html="""<html><body><p>Good news, Kristine! You're pre-qualified for PayBuddy Credit with a limit of up to PHP 30,000. Activate in the app - no documents needed. Offer subject to approval.</p></body></html>""",
    ),
    m(
        "70224",
        "2026-01-01 09:30",
        "PayBuddy <no-reply@paybuddy.ph>",
        "You sent PHP 3,000.00",
        N,
        """You have sent PHP 3,000.00 to LORNA M. (0917***2218) on Jan 1, 2026 9:30 AM. Ref No. 8002 122 019920.""",
    ),
    m(
        "70225",
        "2025-08-20 18:45",
        "Kainan Delivery <orders@kainan.ph>",
        "Your order from Kuya's Sisig is on its way",
        N,
        """Order #KD-99120: 1x Sisig rice, 1x Iced tea. Total PHP 245. Rider: Jun. ETA 25 mins.""",
    ),
    m(
        "70226",
        "2025-10-14 20:12",
        "Kainan Delivery <orders@kainan.ph>",
        "Your order from Inasal Corner is on its way",
        N,
        """Order #KD-10442: 2x Chicken inasal, unli rice. Total PHP 389. ETA 30 mins.""",
    ),
    m(
        "70227",
        "2025-11-27 21:30",
        "Kainan Delivery <orders@kainan.ph>",
        "Rate your order",
        N,
        """How was your order from Ate Nene's Lomi House? Tap to rate your rider and restaurant.""",
    ),
    # --- health / appointments ------------------------------------------------------------
    m(
        "70230",
        "2025-09-22 10:00",
        "SmileHaus Dental <appointments@smilehaus.ph>",
        "Appointment confirmed: cleaning, Sept 27",
        N,
        """Hi Kristine Joy! Your dental cleaning at SmileHaus Dental, Tomas Morato is confirmed on Sept 27, 11:00 AM with Dr. Ramos.""",
        ics=ev(
            "smilehaus-0927@smilehaus.ph",
            "2025-09-27 11:00",
            "Dental cleaning - SmileHaus Tomas Morato",
            ("SmileHaus Dental", "appointments@smilehaus.ph"),
            60,
            "Please arrive 10 minutes early.",
            "SmileHaus Dental, Tomas Morato Ave, QC",
        ),
    ),
    m(
        "70231",
        "2025-11-26 08:00",
        "Healthway Ortigas <appointments@healthway-ortigas.example>",
        "Reminder: your appointment tomorrow",
        N,
        """Reminder: Annual physical / laboratory - Nov 27, 7:00 AM. Please fast for 8-10 hours before your blood test. Bring your LOA and valid ID.""",
    ),
    m(
        "70232",
        "2025-12-18 09:00",
        "CareLink HMO <members@carelinkhmo.ph>",
        "Welcome to CareLink HMO - your virtual card",
        N,
        """Welcome, KRISTINE JOY MANALASTAS! Your CareLink HMO membership through your employer is now active. Download your virtual card in the app. Account: Tindahan Payments Corp.""",
    ),
    # --- calendar invites that are not interviews ----------------------------------------
    m(
        "70240",
        "2025-09-24 21:00",
        "Carmi Dela Cruz <carmi.dc@outlook.com>",
        "Invitation: Jigs's surprise birthday dinner @ Sat Oct 4, 2025 7pm",
        N,
        """You have been invited to Jigs's surprise birthday dinner. Huwag maingay ha! Samgyup sa Maginhawa.""",
        ics=ev(
            "jigs-bday-1004@google.com",
            "2025-10-04 19:00",
            "Jigs's surprise birthday dinner",
            ("Carmi Dela Cruz", "carmi.dc@outlook.com"),
            180,
            "Surprise! Huwag maingay.",
            "Maginhawa St, Teachers Village, QC",
        ),
    ),
    m(
        "70241",
        "2025-12-08 10:00",
        "Jessa Villarin <jessa@tindahanpay.ph>",
        "Invitation: TPay Ops Weekly Sync @ Weekly on Tuesdays 10am",
        N,
        """You have been invited to a recurring event: TPay Ops Weekly Sync. Agenda doc in the invite.""",
        ics=ev(
            "tpay-ops-weekly@google.com",
            "2025-12-09 10:00",
            "TPay Ops Weekly Sync",
            ("Migs Ocampo", "migs@tindahanpay.ph"),
            60,
            "Weekly sync of the Ops team leads",
            "12F Huddle Room / Google Meet",
        ),
    ),
    m(
        "70242",
        "2025-12-10 15:00",
        "TindahanPay People Team <people@tindahanpay.ph>",
        "Invitation: TPay Christmas Party 2025",
        N,
        """You're invited to the TPay Christmas Party on Dec 19, 6PM at the Sequoia Tower roof deck. Theme: Filipiniana Glam!""",
        ics=ev(
            "tpay-xmas-2025@google.com",
            "2025-12-19 18:00",
            "TPay Christmas Party 2025",
            ("TindahanPay People Team", "people@tindahanpay.ph"),
            240,
            "Theme: Filipiniana Glam",
            "Sequoia Tower Roof Deck, Ortigas",
        ),
    ),
    m(
        "70243",
        "2026-01-13 11:00",
        "Migs Ocampo <migs@tindahanpay.ph>",
        "Interview panel for Merchant Support TL candidates",
        N,
        """Hi Kristine,

Can you join me on the interview panel for the two Merchant Support TL finalists next week? Jessa will send the invites. Please use the scorecard in the shared drive.

Migs""",
    ),
    m(
        "70244",
        "2026-01-15 09:30",
        "Jessa Villarin <jessa@tindahanpay.ph>",
        "Invitation: Panel interview - Merchant Support TL (Candidate: R. Santiago) @ Tue Jan 20, 2026 2pm",
        N,
        """You have been invited as an interviewer. Candidate CV and scorecard attached in the calendar event.""",
        ics=ev(
            "tpay-panel-rs-0120@google.com",
            "2026-01-20 14:00",
            "Panel interview - Merchant Support TL (Candidate: R. Santiago)",
            ("Jessa Villarin", "jessa@tindahanpay.ph"),
            60,
            "Interviewers: Migs Ocampo, Kristine Manalastas",
            "12F Board Room",
        ),
    ),
    m(
        "70245",
        "2025-12-22 11:00",
        "Kristine Joy Manalastas <kjmanalastas@gmail.com>",
        "Invitation: Uwi Batangas - Noche Buena",
        N,
        """Reminder to self: bus to Batangas, Dec 23 7AM from Buendia.""",
        ics=ev(
            "self-uwi-1223@google.com",
            "2025-12-23 07:00",
            "Uwi Batangas - bus from Buendia",
            ("Kristine Joy Manalastas", "kjmanalastas@gmail.com"),
            180,
            "",
            "Buendia bus terminal",
        ),
    ),
    # --- work (TPay internal) -------------------------------------------------------------
    m(
        "70250",
        "2025-12-03 16:20",
        "Migs Ocampo <migs@tindahanpay.ph>",
        "Merchant support backlog - your first project",
        N,
        """Hi Kristine, welcome again! As discussed, your first 30 days: get the KYC ticket backlog under 500 and propose the Q1 staffing plan (building on your case exercise!). Let's review every Friday.

Migs""",
    ),
    m(
        "70251",
        "2025-12-16 10:00",
        "TPay IT Helpdesk <it@tindahanpay.ph>",
        "Your Zendesk admin access has been approved",
        N,
        """Hi Kristine, your request for Zendesk admin access (group: Merchant Support) has been approved. Please enable 2FA on first login.""",
    ),
    m(
        "70252",
        "2026-01-08 17:45",
        "Migs Ocampo <migs@tindahanpay.ph>",
        "Headcount for Q1 - job posts going up",
        N,
        """Hi Kristine, the 2 Merchant Support TL reqs were approved. Jessa will post them on Kalibrr and LinkedIn this week. Can you send her the JD draft by Friday?

Migs""",
    ),
    m(
        "70253",
        "2026-01-16 18:00",
        "TindahanPay Payroll <payroll@tindahanpay.ph>",
        "Payslip for January 1-15, 2026",
        N,
        """Hi Kristine, your payslip for the period January 1-15, 2026 is now available on the HR portal. Net pay has been credited to your payroll account.""",
    ),
    # --- subscriptions / misc -------------------------------------------------------------
    m(
        "70260",
        "2025-08-03 08:00",
        "Daily Kape Brief <hello@dailykape.ph>",
        "Sunday reads: the best coffee shops in Maginhawa",
        N,
        html="""<html><body><p>Good morning! This week: 10 coffee shops in Maginhawa worth the trip, plus an interview with the barista who started it all.</p></body></html>""",
    ),
    m(
        "70261",
        "2025-09-07 08:00",
        "Daily Kape Brief <hello@dailykape.ph>",
        "Sunday reads: rainy season survival kit",
        N,
        html="""<html><body><p>Baha season is here. What to pack, which routes to avoid on EDSA, and our favorite lugaw spots.</p></body></html>""",
    ),
    m(
        "70262",
        "2025-10-05 08:00",
        "Daily Kape Brief <hello@dailykape.ph>",
        "Sunday reads: Undas travel guide",
        N,
        html="""<html><body><p>Heading home for Undas? Bus schedules, NLEX/SLEX advisories and what to bring.</p></body></html>""",
    ),
    m(
        "70263",
        "2025-11-09 08:00",
        "Daily Kape Brief <hello@dailykape.ph>",
        "Sunday reads: Christmas bazaars in QC",
        N,
        html="""<html><body><p>From Cubao Expo to Tiendesitas: our list of weekend Christmas bazaars.</p></body></html>""",
    ),
    m(
        "70264",
        "2025-12-07 08:00",
        "Daily Kape Brief <hello@dailykape.ph>",
        "Sunday reads: Simbang Gabi schedules",
        N,
        html="""<html><body><p>Simbang Gabi schedules in QC churches, plus where to get the best bibingka after mass.</p></body></html>""",
    ),
    m(
        "70265",
        "2026-01-04 08:00",
        "Daily Kape Brief <hello@dailykape.ph>",
        "Sunday reads: new year, new budget",
        N,
        html="""<html><body><p>Budgeting apps compared, an interview with a financial coach, and how to start your MP2.</p></body></html>""",
    ),
    m(
        "70266",
        "2025-08-11 19:00",
        "Streamflix <info@streamflix.example>",
        "Your payment was successful",
        N,
        """Your Streamflix Basic plan has been renewed. PHP 249.00 charged to your card.""",
    ),
    m(
        "70267",
        "2025-09-11 19:00",
        "Streamflix <info@streamflix.example>",
        "Your payment was successful",
        N,
        """Your Streamflix Basic plan has been renewed. PHP 249.00 charged to your card.""",
    ),
    m(
        "70268",
        "2025-10-11 19:00",
        "Streamflix <info@streamflix.example>",
        "Your payment was successful",
        N,
        """Your Streamflix Basic plan has been renewed. PHP 249.00 charged to your card.""",
    ),
    m(
        "70269",
        "2025-11-11 19:00",
        "Streamflix <info@streamflix.example>",
        "New on Streamflix: limited series and a special offer",
        N,
        html="""<html><body><p>Upgrade to Premium for 50% off your first 3 months. Offer ends Nov 30.</p></body></html>""",
    ),
    m(
        "70270",
        "2025-08-27 14:30",
        "Coursefield <no-reply@coursefield.example>",
        "Your application for financial aid was approved",
        N,
        """Hi Kristine Joy, your financial aid application for "Workforce Management Fundamentals" has been approved. You can now enroll in the course for free.""",
    ),
    m(
        "70271",
        "2025-09-30 14:30",
        "Coursefield <no-reply@coursefield.example>",
        "Congratulations on completing Workforce Management Fundamentals!",
        N,
        """You've earned your certificate. Share it on LinkedIn to showcase your new skills.""",
    ),
    m(
        "70272",
        "2025-10-13 10:00",
        "UP Diliman Extension Program <extension@updx.example>",
        "Application received: Certificate in Service Management (Jan 2026 intake)",
        N,
        """Dear Ms. Manalastas, we have received your application for the Certificate in Service Management, January 2026 intake. Admission interviews will be scheduled in November. Results will be posted by December 5.""",
    ),
    m(
        "70273",
        "2025-11-18 10:00",
        "UP Diliman Extension Program <extension@updx.example>",
        "Admission interview schedule",
        N,
        """Dear applicant, your admission interview for the Certificate in Service Management is on Nov 25, 5:30 PM via Zoom. Please prepare a 2-minute introduction about your work experience.""",
    ),
    m(
        "70274",
        "2025-12-05 16:00",
        "UP Diliman Extension Program <extension@updx.example>",
        "Admission result - Certificate in Service Management",
        N,
        """Dear Ms. Manalastas, we are pleased to inform you that you have been admitted to the Certificate in Service Management (January 2026 intake). Please confirm your slot and pay the reservation fee by Dec 15.""",
    ),
    m(
        "70275",
        "2026-01-10 09:00",
        "UP Diliman Extension Program <extension@updx.example>",
        "Class schedule and orientation",
        N,
        """Welcome to the program! Orientation: Jan 17, 9AM, Room 204. Classes every Saturday, 9AM-12NN.""",
    ),
    m(
        "70276",
        "2025-08-24 11:00",
        "DFA Passport Appointment <noreply@passport.gov.ph>",
        "Passport appointment confirmation",
        N,
        """Your passport renewal appointment is confirmed: DFA Office of Consular Affairs - Robinsons Galleria, September 3, 2025, 10:00 AM. Please bring your old passport and the printed application form.""",
    ),
    m(
        "70277",
        "2025-09-29 10:00",
        "DFA Passport Delivery <noreply@passport.gov.ph>",
        "Your passport is ready for release",
        N,
        """Your new passport is ready for release/courier delivery. Tracking: PX99120033.""",
    ),
    m(
        "70278",
        "2025-10-22 13:00",
        "Australian Visa Portal <noreply@immi-portal.example>",
        "Visitor visa application lodged - Transaction Reference EGO8XJ44",
        N,
        """Dear KRISTINE JOY MANALASTAS,

Your application for a Visitor (subclass 600) visa has been lodged. Please keep your Transaction Reference Number EGO8XJ44. Processing times vary. You will be notified if further information is required.""",
    ),
    m(
        "70279",
        "2025-11-28 09:30",
        "Australian Visa Portal <noreply@immi-portal.example>",
        "Visa grant notification",
        N,
        """Dear KRISTINE JOY MANALASTAS, a decision has been made on your Visitor (subclass 600) visa application: GRANTED. Stay period: 3 months per entry. Please keep this notice for your records.""",
    ),
    m(
        "70280",
        "2025-12-27 15:00",
        "Lipad Air <booking@lipadair.example>",
        "Booking confirmed: Manila to Sydney, Apr 2026",
        N,
        """Booking reference: LQX7P2. MNL-SYD, April 9, 2026, 10:35 PM. Passenger: MANALASTAS/KRISTINE JOY MS. Baggage: 20kg.""",
    ),
    m(
        "70281",
        "2025-08-16 18:00",
        "Runrio QC <info@runquezon.example>",
        "Registration confirmed: QC Fun Run 10K",
        N,
        """You're registered for the QC Fun Run 10K on Sept 21, 2025 at the Quezon Memorial Circle. Race kit claiming at the venue on Sept 19-20.""",
    ),
    m(
        "70282",
        "2025-09-22 10:00",
        "Runrio QC <info@runquezon.example>",
        "Your official results",
        N,
        """Congratulations on finishing the QC Fun Run 10K! Your official time: 1:07:42. Download your e-certificate.""",
    ),
    m(
        "70283",
        "2025-10-19 09:15",
        "Pera Pilipinas Finance <newsletter@perapilipinas.example>",
        "How to negotiate a job offer (and your salary)",
        N,
        html="""<html><body><h2>Pera Pilipinas</h2><p>Got a job offer? Here's how to negotiate your salary, allowances and HMO, and what to check in your contract before signing. Plus: emergency fund basics.</p></body></html>""",
    ),
    m(
        "70284",
        "2025-11-21 09:15",
        "Pera Pilipinas Finance <newsletter@perapilipinas.example>",
        "Where to put your 13th month pay",
        N,
        html="""<html><body><h2>Pera Pilipinas</h2><p>MP2, time deposits or index funds? We compare where your 13th month pay can grow.</p></body></html>""",
    ),
    m(
        "70285",
        "2025-12-19 09:15",
        "Pera Pilipinas Finance <newsletter@perapilipinas.example>",
        "Year-end: your 2026 money checklist",
        N,
        html="""<html><body><h2>Pera Pilipinas</h2><p>Update your beneficiaries, check your SSS and Pag-IBIG contributions, and file your BIR requirements early.</p></body></html>""",
    ),
    m(
        "70286",
        "2025-10-06 15:00",
        "Zoom <no-reply@zoom.us>",
        "Your Zoom account password was changed",
        N,
        """Hi Kristine Joy, the password for your Zoom account was recently changed. If you didn't do this, reset your password immediately.""",
    ),
    m(
        "70287",
        "2025-08-07 12:00",
        "Google <no-reply@accounts.google.com>",
        "Security alert: new sign-in on Windows",
        N,
        """A new sign-in to your Google Account kjmanalastas@gmail.com was detected on a Windows device. If this was you, you don't need to do anything.""",
    ),
    m(
        "70288",
        "2025-11-15 10:00",
        "Designly <hello@designly.example>",
        "Your resume template is ready to download",
        N,
        """Your design "Kristine Joy Manalastas - Resume 2025" was exported as PDF. Find it in your Downloads or in Designly.""",
    ),
    m(
        "70289",
        "2025-12-29 20:00",
        "Bea Lacson <bealacson@gmail.com>",
        "New Year's Eve plans?",
        N,
        """Tin, sama ka samin sa NYE? Sa bahay nila Carmi ulit, may fireworks viewing sa rooftop. Bring ka daw ng fruit salad!""",
    ),
    m(
        "70290",
        "2025-10-26 22:10",
        "Carmi Dela Cruz <carmi.dc@outlook.com>",
        "good luck bukas!",
        N,
        """Good luck sa panel bukas Tin!! Kaya mo yan, ikaw pa! Text mo ako after ha.""",
    ),
    m(
        "70291",
        "2025-08-30 21:15",
        "Jigs Navarro <jigsnavarro@gmail.com>",
        "referral sa company ko?",
        N,
        """Tin, may opening samin sa company (insurance, back office) pero for junior analyst lang. Too junior ata for you? If gusto mo i-refer kita, pero parang sayang. Sabihan mo lang ako.

Jigs""",
    ),
    m(
        "70292",
        "2025-11-08 10:00",
        "Barangay Teachers Village East <brgy.tveast@gmail.com>",
        "Barangay Clearance application - ready for pick up",
        N,
        """Magandang araw! Ang inyong Barangay Clearance (for: residency) ay handa na for pick up sa Barangay Hall, Mon-Fri 8AM-5PM. Dalhin ang resibo.""",
    ),
    m(
        "70293",
        "2026-01-23 19:40",
        "Verde Heights Admin <admin@verdeheights.ph>",
        "Annual fire drill - January 28",
        N,
        """Dear Residents, the annual fire drill will be held on January 28, 10AM. Please participate. Elevators will be temporarily unavailable.""",
    ),
    m(
        "70294",
        "2026-01-26 09:00",
        "Kaagapay Bank <estatements@kaagapaybank.com.ph>",
        "Your Kaagapay Platinum Mastercard Statement of Account",
        N,
        """Dear Cardholder, your Statement of Account for the period ending January 22, 2026 is now available. Total amount due: PHP 9,340.00. Payment due date: February 12, 2026.""",
    ),
    m(
        "70295",
        "2026-01-28 20:10",
        "Bea Lacson <bealacson@gmail.com>",
        "hiring kayo?",
        N,
        """Tin! Nakita ko nag-post TPay ng Merchant Support TL. Yung officemate ko (si Rina) interested, pwede ba i-refer mo siya? Send ko CV niya. Salamat!!""",
    ),
]
