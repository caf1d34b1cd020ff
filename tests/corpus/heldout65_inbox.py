# ruff: noqa: E501
"""Corpus 65, job-adjacent mail and the rest of the inbox (data only): see heldout65.py."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from heldout65_jobs import ics, m


def N(lang="en"):
    return ("not_job", lang)


def J(cat, src, lang="en"):
    return (cat, None, None, None, src, lang)


MAIL: list[dict[str, Any]] = [
    # --- alerts, talent communities, nudges, outreach, auto-replies -----------------------
    m(
        "72001",
        "2025-09-09 07:00",
        "GC Talent Hub / Carrefour des talents du GC <no-reply@talenthub-carrefourtalents.ca>",
        "Job alert: 6 new opportunities match 'policy analyst' / Alerte-emplois : 6 nouvelles possibilités",
        J("alert", "other"),
        "English follows / Le français suit\n\n6 nouvelles offres correspondent à votre alerte « analyste des politiques ».\n\n6 new jobs match your alert: Policy Analyst (EC-04) - various departments; Senior Economist (EC-06) ... Apply before the closing date.",
    ),
    m(
        "72002",
        "2025-09-19 10:15",
        "GC Talent Hub / Carrefour des talents du GC <no-reply@talenthub-carrefourtalents.ca>",
        "Incomplete application / Candidature incomplète - 25-TRD-EA-OTT-0350",
        J("alert", "other"),
        "Hello, you started an application for Trade Policy Analyst (EC-04), process 25-TRD-EA-OTT-0350, but have not submitted it. The process closes on 2025-09-22 at 23:59 Pacific Time.\n\nVous avez commencé une candidature sans la soumettre.",
    ),
    m(
        "72003",
        "2025-09-24 08:30",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        '"data analyst bilingual": 12 new jobs in Ottawa',
        J("alert", "linkedin"),
        html="<p>12 new jobs for 'data analyst bilingual' in Ottawa, Ontario</p><ul><li>Bilingual Data Analyst - Orbital Staffing · Ottawa</li><li>Policy Data Lead - Clearpath Civic · Hybrid</li><li>Analyste de données - Ville partenaire · Gatineau</li></ul>",
    ),
    m(
        "72004",
        "2025-10-02 11:11",
        "Rideau Trust Careers <rideautrust@taleo.net>",
        "Welcome to the Rideau Trust Talent Community",
        J("alert", "taleo"),
        "Dear Élise,\n\nThank you for joining our Talent Community. You'll receive updates about roles that match your interests. Joining the community is not an application for a specific position.",
    ),
    m(
        "72005",
        "2025-10-08 07:05",
        "Indeed <alert@indeed.com>",
        "15 new policy analyst jobs in Ottawa, ON",
        J("alert", "indeed"),
        html="<p>Policy Analyst — Ottawa Valley Research Institute — Ottawa, ON<br>Junior Analyst — Lindqvist &amp; Roy — Ottawa, ON<br>Analyste des politiques — Gatineau, QC</p><p>Easily apply</p>",
    ),
    m(
        "72006",
        "2025-10-15 13:40",
        "Jordan Pike <jordan.pike@vantageorbit-staffing.com>",
        "Bilingual Policy Analyst opportunity - 6 months",
        J("outreach", "agency"),
        "Hi Élise,\n\nHope you're well. I'm recruiting for a Bilingual Policy Analyst (6-month contract) with one of our government clients in Gatineau. Secret clearance an asset. Are you available for a call this week?\n\nJordan Pike\nVantage Orbit Staffing",
    ),
    m(
        "72007",
        "2025-10-16 13:41",
        "Marc-André Bélanger <marcandre.belanger@rideautrust.ca>",
        "Automatic reply: RTB application",
        J("other_job", "direct"),
        "I am out of the office until Monday, October 20 with limited access to email. For urgent matters, please contact risk.policy@rideautrust.ca.\n\nJe suis absent du bureau jusqu'au 20 octobre.",
    ),
    m(
        "72008",
        "2025-10-26 19:00",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Olivia Tran sent you a message",
        J("outreach", "linkedin"),
        html="<p><b>Olivia Tran</b> · Senior Technical Recruiter at Lumenbrook</p><p>Hi Élise — we're building a Policy Research team in Ottawa at Lumenbrook and your mix of data + public policy looks like a great fit. Open to a 20 min chat?</p>",
    ),
    m(
        "72009",
        "2025-11-06 07:00",
        "GC Talent Hub / Carrefour des talents du GC <no-reply@talenthub-carrefourtalents.ca>",
        "Alerte-emplois / Job alert: 3 nouvelles possibilités",
        J("alert", "other", "fr"),
        "Le français suit... 3 nouvelles possibilités: Analyste principal(e) des données (EC-06), Conseiller(ère) en politiques (PM-05), Économiste (EC-05).\n\n3 new opportunities match your alert.",
    ),
    m(
        "72010",
        "2025-11-09 12:12",
        "Caisse Boréale <caisseboreale@myworkday.com>",
        "Vous avez une candidature non terminée",
        J("alert", "workday", "fr"),
        "Bonjour Élise,\n\nVous avez commencé à postuler au poste d'Analyste principale, données et politiques mais votre candidature n'est pas terminée. Connectez-vous pour la compléter.",
    ),
    m(
        "72011",
        "2025-11-19 10:30",
        "Habitas <habitas@myworkday.com>",
        "Your candidate account verification code",
        J("other_job", "workday"),
        "Your verification code is 482 917. It expires in 15 minutes.",
    ),
    m(
        "72012",
        "2025-11-26 08:50",
        "Indeed <alert@indeed.com>",
        "Élise, companies are hiring for 'analyste politiques' near Gatineau",
        J("alert", "indeed", "fr"),
        html="<p>Nouveaux emplois: Analyste des politiques · Gatineau, QC · 75 000 $ - 90 000 $</p><p>Conseillère en données · Montréal, QC</p>",
    ),
    m(
        "72013",
        "2025-12-02 14:22",
        "Brightline Policy Group <no-reply@us.greenhouse-mail.io>",
        "How was your interview experience at Brightline?",
        J("other_job", "greenhouse"),
        "Hi Élise, we'd love your feedback on your candidate experience so far. This 3-question survey takes two minutes and does not affect your candidacy.",
    ),
    m(
        "72014",
        "2025-12-16 09:00",
        "Samir Haddad <samir@northstarsearch.ca>",
        "Director, Data Policy - confidential search",
        J("outreach", "agency"),
        "Hi Élise,\n\nI'm leading a confidential search for a Director, Data Policy at a national financial institution headquartered in Toronto (hybrid from Ottawa possible). Would you be open to a conversation?\n\nSamir Haddad\nPartner, Northstar Search",
    ),
    m(
        "72015",
        "2026-01-06 07:30",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        '"policy analyst": 8 new jobs in Ottawa',
        J("alert", "linkedin"),
        html="<p>8 new jobs: Policy Analyst, Telecom · Ottawa; Senior Analyst, Regulatory Affairs · Ottawa; Trust &amp; Safety Policy Analyst · Remote</p>",
    ),
    m(
        "72016",
        "2026-01-21 16:05",
        "Tessellate Labs <no-reply@us.greenhouse-mail.io>",
        "Join the Tessellate talent community",
        J("alert", "greenhouse"),
        "Hi Élise,\n\nWe've launched a talent community for people interested in future roles at Tessellate. Sign up to hear first when we open positions.",
    ),
    m(
        "72017",
        "2026-02-03 10:00",
        "Kayla Brennan <kbrennan@capitaltalentpartners.ca>",
        "New federal contracts - Q1",
        J("outreach", "agency"),
        "Hi Élise,\n\nHappy new year! We have three new bilingual analytics contracts with federal departments opening in March. Let me know if your situation changes.\n\nKayla",
    ),
]

# --- ordinary Ottawa life ----------------------------------------------------------------
LIFE = [
    (
        "2025-09-03 09:12",
        "Passport Program / Programme de passeport <no-reply@passport-passeport-notify.ca>",
        "We received your passport renewal application / Nous avons reçu votre demande de renouvellement",
        "English follows / Le français suit\n\nYour simplified renewal application, file 7719-220-14, has been received. Standard processing time is 20 business days.\n\nVotre demande de renouvellement simplifiée a été reçue.",
        "en",
    ),
    (
        "2025-09-05 18:30",
        "Rideau Terrace Rentals <leasing@rideauterracerentals.ca>",
        "Your rental application - 204-88 Holland Ave",
        "Hi Élise,\n\nThanks for submitting your rental application for unit 204. We'll run the credit check and reference your landlord. We expect to make a decision by Tuesday.\n\nLeasing Office",
        "en",
    ),
    (
        "2025-09-09 15:44",
        "Rideau Terrace Rentals <leasing@rideauterracerentals.ca>",
        "Application approved - 204-88 Holland Ave",
        "Good news Élise, your application has been approved! Please sign the lease and send first and last month's rent by Sept 15.",
        "en",
    ),
    (
        "2025-09-11 08:00",
        "OC Transpo <no-reply@octranspo-alerts.ca>",
        "Detour: Route 85 / Détour : circuit 85",
        "Route 85 is detoured at Bayshore due to construction. / Le circuit 85 est détourné à Bayshore.",
        "en",
    ),
    (
        "2025-09-14 10:02",
        "Mom <francine.tremblay@videotron-mail.ca>",
        "Souper dimanche?",
        "Allô ma belle, tu viens souper dimanche? Ton père fait sa tourtière. Apporte le vin! Bisous",
        "fr",
    ),
    (
        "2025-09-17 12:30",
        "Northwind Rewards Visa <offers@northwindrewards-card.ca>",
        "Élise, you're pre-approved: 60,000 bonus points offer",
        "Apply in minutes for the Northwind Rewards Visa Infinite. Limited-time offer: 60,000 bonus points. Your application decision in 60 seconds.",
        "en",
    ),
    (
        "2025-09-20 07:45",
        "The Capital Brief <newsletter@capitalbrief-news.ca>",
        "Capital Brief: Ottawa's hiring freeze, explained",
        "This week we interview a deputy minister about the public service hiring freeze and what it means for term employees. Plus: LRT update.",
        "en",
    ),
    (
        "2025-09-23 20:11",
        "Kwame Okafor <kwame.okafor77@gmail.com>",
        "hockey sunday",
        "Sens game Sunday? I've got two tickets, section 311. Also, my new job at the credit union is great, the team is super chill. Let me know!",
        "en",
    ),
    (
        "2025-09-26 09:00",
        "Canada Revenue Agency / Agence du revenu du Canada <notification@cra-arc-notify.ca>",
        "You have a new message in My Account / Vous avez un nouveau message dans Mon dossier",
        "A new notice of assessment is available in CRA My Account. For security, log in to view it.\n\nUn nouvel avis de cotisation est disponible.",
        "en",
    ),
    (
        "2025-10-01 11:20",
        "Ottawa Public Library <noreply@biblioottawalibrary.example.ca>",
        "Items due soon / Documents à rendre bientôt",
        "2 items are due on October 8: 'The Economics of Public Policy'; 'Le Petit Prince'.",
        "en",
    ),
    (
        "2025-10-04 08:30",
        "Policy Wonks Podcast <hello@policywonkspod.ca>",
        "New episode: an interview with a former Clerk of the Privy Council",
        "In this week's episode, we interview a former Clerk about 40 years of public service. Listen now.",
        "en",
    ),
    (
        "2025-10-07 17:05",
        "Hydro Ottawa <ebill@hydroottawa-ebill.ca>",
        "Your bill is ready",
        "Your October bill of $62.18 is ready. Due date: October 28.",
        "en",
    ),
    (
        "2025-10-10 19:40",
        "Chloé Bergeron <chloe.bergeron@outlook.com>",
        "Re: mon nouveau poste!",
        "Haha merci! Oui j'ai commencé lundi au ministère, l'équipe est fine mais le processus de sécurité a pris 4 mois. Toi, ça avance les concours? On se fait un 5 à 7 jeudi?\n\n> Félicitations Chloé!!",
        "fr",
    ),
    (
        "2025-10-12 09:00",
        "Ottawa Senators Fan Club <news@sensfanclub-ottawa.ca>",
        "Home opener: exclusive ticket offer",
        "Members get 20% off for the home opener. Offer ends Friday.",
        "en",
    ),
    (
        "2025-10-15 14:30",
        "Maplebank <alerts@maplebank-alerts.ca>",
        "Your line of credit application",
        "Hi Élise, we have received your application for a personal line of credit. A decision will be sent within 2 business days.",
        "en",
    ),
    (
        "2025-10-17 11:15",
        "Maplebank <alerts@maplebank-alerts.ca>",
        "Decision on your application",
        "Congratulations, your personal line of credit of $10,000 has been approved.",
        "en",
    ),
    (
        "2025-10-19 08:10",
        "Eventbrite <noreply@eventbrite.com>",
        "Your tickets for Ottawa Data Meetup: Open Government Data",
        "You're going to Ottawa Data Meetup on Oct 29, 6:30 PM at Bayview Yards.",
        "en",
    ),
    (
        "2025-10-22 12:00",
        "Dr. Leung Dental <reception@leungdental-ottawa.ca>",
        "Appointment reminder / Rappel de rendez-vous",
        "Reminder: your cleaning is on October 31 at 8:00 AM.",
        "en",
    ),
    (
        "2025-10-25 16:20",
        "Kwame Okafor <kwame.okafor77@gmail.com>",
        "Re: hockey sunday",
        "Lol they lost again. Next time. BTW my manager asked if I know anyone for a data role, want me to pass your CV? No pressure.\n\n> Sounds good!",
        "en",
    ),
    (
        "2025-10-28 07:00",
        "The Capital Brief <newsletter@capitalbrief-news.ca>",
        "Capital Brief: 5 questions with a hiring manager",
        "We interviewed a federal hiring manager about what makes a strong application. Tip: answer each screening criterion explicitly.",
        "en",
    ),
    (
        "2025-11-01 10:00",
        "OC Transpo <no-reply@octranspo-alerts.ca>",
        "Line 1 service disruption / Interruption de service Ligne 1",
        "R1 replacement buses between Tunney's Pasture and Blair this weekend.",
        "en",
    ),
    (
        "2025-11-04 13:00",
        "Northmart Wholesale <offers@northmartwholesale.ca>",
        "Your member offers are here",
        "Save on winter tires, Ottawa Senators gear and more. Offers valid until Nov 30.",
        "en",
    ),
    (
        "2025-11-08 18:00",
        "Mom <francine.tremblay@videotron-mail.ca>",
        "Noël chez Tante Sylvie",
        "On fait Noël à Chicoutimi cette année. Tu peux prendre congé? Ton oncle demande si tu as trouvé une job au gouvernement.",
        "fr",
    ),
    (
        "2025-11-10 09:30",
        "Passport Program / Programme de passeport <no-reply@passport-passeport-notify.ca>",
        "Your passport is ready / Votre passeport est prêt",
        "Your new passport has been printed and will be mailed within 3 days.",
        "en",
    ),
    (
        "2025-11-12 15:00",
        "Google Calendar <calendar-notification@google.com>",
        "Invitation: Book club - 'Braiding Sweetgrass' @ Thu Nov 20, 2025 7pm",
        "Chloé Bergeron has invited you to Book club.",
        "en",
    ),
    (
        "2025-11-15 10:45",
        "Ottawa Community Hockey League <league@ochl-rec.ca>",
        "Schedule: Winter session / Horaire : session d'hiver",
        "Your team, the Glebe Puckheads, plays Tuesdays at 9:30 PM at Brewer Arena.",
        "en",
    ),
    (
        "2025-11-18 08:00",
        "Canada Revenue Agency / Agence du revenu du Canada <notification@cra-arc-notify.ca>",
        "Your GST/HST credit payment / Votre paiement du crédit pour la TPS/TVH",
        "A payment was deposited to your account on November 5.",
        "en",
    ),
    (
        "2025-11-22 11:11",
        "Netflix <info@mailer.netflix.com>",
        "New arrivals this week",
        "Three new documentaries just dropped, including an interview series with Canadian prime ministers.",
        "en",
    ),
    (
        "2025-11-25 19:00",
        "Priya Shah <priya.shah.88@gmail.com>",
        "drinks friday?",
        "Survived my first month at the consultancy. Billable hours are brutal lol. Drinks at the Manx Friday?",
        "en",
    ),
    (
        "2025-11-28 06:30",
        "Black Friday Deals <deals@capitalelectronics.ca>",
        "Black Friday: offers you can't refuse",
        "Up to 50% off laptops and headphones. Offer ends Monday.",
        "en",
    ),
    (
        "2025-12-01 09:00",
        "Université d'Ottawa <alumni@uottawa-alumni-example.ca>",
        "Alumni newsletter / Infolettre des diplômés",
        "In this issue: an interview with a graduate who now leads data at a federal agency. / Une entrevue avec une diplômée.",
        "en",
    ),
    (
        "2025-12-03 12:00",
        "OC Transpo <no-reply@octranspo-alerts.ca>",
        "Winter storm: delays expected / Tempête hivernale : retards",
        "Expect delays on all routes tomorrow morning.",
        "en",
    ),
    (
        "2025-12-06 17:22",
        "Rideau Terrace Rentals <leasing@rideauterracerentals.ca>",
        "Parking spot application",
        "Hi Élise, your application for an underground parking spot has been received. You're #4 on the waitlist.",
        "en",
    ),
    (
        "2025-12-10 08:15",
        "Maplewings Air <notifications@maplewings-air.ca>",
        "Booking confirmation: YOW - YBG, Dec 22",
        "Your flight to Saguenay is confirmed. Confirmation: QK7H2M.",
        "en",
    ),
    (
        "2025-12-14 15:00",
        "Chloé Bergeron <chloe.bergeron@outlook.com>",
        "Party du temps des fêtes",
        "Party chez nous le 19! Apporte un cadeau de 20 $ pour l'échange. Mon boss sera là, il cherche des analystes, tu pourrais jaser avec lui 😉",
        "fr",
    ),
    (
        "2025-12-18 10:10",
        "Northwind Rewards Visa <offers@northwindrewards-card.ca>",
        "Final reminder: your card offer expires soon",
        "Don't miss out! Complete your application by Dec 31 to get 60,000 points.",
        "en",
    ),
    (
        "2025-12-22 09:00",
        "Hydro Ottawa <ebill@hydroottawa-ebill.ca>",
        "Your bill is ready",
        "Your December bill of $88.40 is ready.",
        "en",
    ),
    (
        "2025-12-27 13:13",
        "Kwame Okafor <kwame.okafor77@gmail.com>",
        "happy holidays!",
        "Merry Christmas Élise! Hope the job stuff settles in the new year. World Juniors watch party on the 31st at my place.",
        "en",
    ),
    (
        "2026-01-03 10:00",
        "Winterlude volunteers <volunteer@winterlude-ottawa-example.ca>",
        "Volunteer application received / Candidature de bénévole reçue",
        "Thank you for applying to volunteer at Winterlude 2026. We'll send shift options in January.",
        "en",
    ),
    (
        "2026-01-08 08:00",
        "The Capital Brief <newsletter@capitalbrief-news.ca>",
        "Capital Brief: the year in federal hiring",
        "A look back at a year of pools, freezes and cancelled processes. Plus an interview with a union president.",
        "en",
    ),
    (
        "2026-01-12 14:40",
        "Canada Revenue Agency / Agence du revenu du Canada <notification@cra-arc-notify.ca>",
        "Important: update your direct deposit / Important : mettez à jour votre dépôt direct",
        "Log in to My Account to review your banking information.",
        "en",
    ),
    (
        "2026-01-16 19:30",
        "Ottawa Community Hockey League <league@ochl-rec.ca>",
        "Game cancelled - ice conditions",
        "Tonight's game at Brewer is cancelled. Makeup game TBD.",
        "en",
    ),
    (
        "2026-01-20 09:00",
        "Winterlude volunteers <volunteer@winterlude-ottawa-example.ca>",
        "Your volunteer shifts / Vos quarts de bénévolat",
        "You're confirmed for Feb 7 and Feb 14 at the Sparks Street ice bar. Orientation invite attached.",
        "en",
    ),
    (
        "2026-01-24 11:30",
        "Mom <francine.tremblay@videotron-mail.ca>",
        "Des nouvelles?",
        "Pis, le gouvernement t'a rappelée? Ton père dit que c'est toujours long ces affaires-là.",
        "fr",
    ),
    (
        "2026-01-28 07:15",
        "OC Transpo <no-reply@octranspo-alerts.ca>",
        "Presto fare change Feb 1 / Changement de tarifs",
        "New fares take effect February 1.",
        "en",
    ),
    (
        "2026-02-01 10:00",
        "Maplebank <alerts@maplebank-alerts.ca>",
        "Your statement is ready",
        "Your January statement is available in online banking.",
        "en",
    ),
    (
        "2026-02-04 18:00",
        "Priya Shah <priya.shah.88@gmail.com>",
        "Re: big news??",
        "OMG congrats on the EC-05!!! Indeterminate too. We need to celebrate. Saturday?\n\n> I got the offer!!",
        "en",
    ),
    (
        "2026-02-08 12:00",
        "Policy Wonks Podcast <hello@policywonkspod.ca>",
        "Episode 112: Interview with a data steward",
        "This week: how departments share data, and a listener Q&A about job interviews in government.",
        "en",
    ),
    (
        "2026-02-11 16:00",
        "Northwind Rewards Visa <offers@northwindrewards-card.ca>",
        "A special offer just for you",
        "Upgrade your card and get lounge access. Apply today.",
        "en",
    ),
    (
        "2025-09-07 11:00",
        "Glebe Co-op Daycare <info@glebecoop-garderie.ca>",
        "Volunteer board - call for applications",
        "We're looking for parents and neighbours to apply for two board seats. Applications close Sept 30.",
        "en",
    ),
    (
        "2025-09-15 20:20",
        "Amazon.ca <shipment-tracking@amazon.ca>",
        "Your package was delivered",
        "Your package was delivered to the front desk.",
        "en",
    ),
    (
        "2025-09-28 10:30",
        "Kwame Okafor <kwame.okafor77@gmail.com>",
        "Re: hockey sunday",
        "Sweet, meet at Lyon station at 5. Bring cash for beer.",
        "en",
    ),
    (
        "2025-10-03 18:45",
        "Strava <no-reply@strava.com>",
        "Chloé Bergeron gave you kudos",
        "Chloé gave kudos on your run along the canal.",
        "en",
    ),
    (
        "2025-10-09 19:00",
        "Mom <francine.tremblay@videotron-mail.ca>",
        "Action de grâce",
        "On t'attend lundi pour la dinde. Ta soeur vient avec son nouveau chum.",
        "fr",
    ),
    (
        "2025-10-13 21:00",
        "Uber Receipts <noreply@uber.com>",
        "Your Monday evening trip with Uber",
        "Total CA$18.40. Thanks for riding, Élise.",
        "en",
    ),
    (
        "2025-10-24 07:00",
        "Environment weather alerts <alerts@weatheralerts-ottawa.ca>",
        "Frost advisory - Ottawa / Avertissement de gel",
        "Frost expected overnight.",
        "en",
    ),
    (
        "2025-11-02 14:00",
        "Airbnb <automated@airbnb.com>",
        "Reservation request sent",
        "Your request to book in Mont-Tremblant, Jan 16-18, has been sent to the host.",
        "en",
    ),
    (
        "2025-11-06 09:09",
        "Cellier Outaouais <infolettre@cellier-outaouais.ca>",
        "Offre spéciale : 15 % sur les vins québécois",
        "Cette fin de semaine seulement.",
        "fr",
    ),
    (
        "2025-11-14 17:17",
        "Ottawa Public Library <noreply@biblioottawalibrary.example.ca>",
        "Hold available / Réservation disponible",
        "Your hold 'Thinking, Fast and Slow' is ready at Main branch.",
        "en",
    ),
    (
        "2025-11-21 10:00",
        "Rideau Terrace Rentals <leasing@rideauterracerentals.ca>",
        "Notice: fire alarm testing Nov 27",
        "Fire alarms will be tested between 9 and 11 AM.",
        "en",
    ),
    (
        "2025-11-30 12:12",
        "Priya Shah <priya.shah.88@gmail.com>",
        "Re: drinks friday?",
        "That was fun. My firm is interviewing like crazy btw, the partner interviewed 6 people last week for one seat, insane.",
        "en",
    ),
    (
        "2025-12-08 08:00",
        "Maplebank <alerts@maplebank-alerts.ca>",
        "Pre-approved mortgage offer",
        "Thinking of buying? You're pre-qualified. Start your mortgage application online.",
        "en",
    ),
    (
        "2025-12-12 13:30",
        "Google <no-reply@accounts.google.com>",
        "Security alert",
        "A new sign-in on Windows. If this was you, you don't need to do anything.",
        "en",
    ),
    (
        "2025-12-20 09:30",
        "Maplewings Air <notifications@maplewings-air.ca>",
        "Check in now for your flight to Bagotville",
        "Online check-in is open for flight MW 8412.",
        "en",
    ),
    (
        "2026-01-05 18:00",
        "Ottawa Community Hockey League <league@ochl-rec.ca>",
        "Playoff format announced",
        "Top 4 teams qualify; games start Feb 24.",
        "en",
    ),
    (
        "2026-01-09 11:00",
        "Airbnb <automated@airbnb.com>",
        "Reservation confirmed - Mont-Tremblant",
        "Pack your bags! Your stay Jan 16-18 is confirmed.",
        "en",
    ),
    (
        "2026-01-14 20:40",
        "Chloé Bergeron <chloe.bergeron@outlook.com>",
        "ski samedi?",
        "On monte à Camp Fortune samedi, ça te dit? Aussi: ma gestionnaire est en entrevue pour un poste de directrice, si elle part je capote.",
        "fr",
    ),
    (
        "2026-01-30 09:00",
        "Canada Revenue Agency / Agence du revenu du Canada <notification@cra-arc-notify.ca>",
        "Your T4 slips are available / Vos feuillets T4 sont disponibles",
        "Tax slips for 2025 are now available in My Account.",
        "en",
    ),
    (
        "2026-02-07 08:30",
        "OC Transpo <no-reply@octranspo-alerts.ca>",
        "Winterlude shuttles / Navettes du Bal de Neige",
        "Free shuttles to Jacques-Cartier Park this weekend.",
        "en",
    ),
    (
        "2026-02-14 19:00",
        "Kwame Okafor <kwame.okafor77@gmail.com>",
        "congrats!!",
        "Heard from Priya you landed the gov job. Drinks on me at the next game. Your start date is March 2?",
        "en",
    ),
    (
        "2026-02-18 10:10",
        "Hydro Ottawa <ebill@hydroottawa-ebill.ca>",
        "Your bill is ready",
        "Your February bill of $104.77 is ready.",
        "en",
    ),
    (
        "2026-02-21 15:00",
        "Université d'Ottawa <alumni@uottawa-alumni-example.ca>",
        "Mentorship program: apply to be a mentor",
        "Share your career journey. Applications for mentors close March 15.",
        "en",
    ),
    (
        "2026-02-24 12:00",
        "Maplebank <alerts@maplebank-alerts.ca>",
        "Your statement is ready",
        "Your February statement is available.",
        "en",
    ),
]

PLAN = [
    (
        "Chloé Bergeron <chloe.bergeron@outlook.com>",
        "Invitation: 5 à 7 @ jeu. 16 oct. 2025 17:00",
        "2025-10-13 10:00",
        "2025-10-16 17:00:00 -0400",
        "5 à 7 - Lieutenant's Pump",
        "fr",
    ),
    (
        "Dr. Leung Dental <reception@leungdental-ottawa.ca>",
        "Appointment confirmed: Oct 31 8:00 AM",
        "2025-10-20 09:00",
        "2025-10-31 08:00:00 -0400",
        "Dental cleaning - Dr. Leung",
        "en",
    ),
    (
        "Ottawa Data Meetup <organizers@ottawadatameetup.ca>",
        "Invitation: Ottawa Data Meetup - Open Government Data",
        "2025-10-21 12:00",
        "2025-10-29 18:30:00 -0400",
        "Ottawa Data Meetup",
        "en",
    ),
    (
        "Winterlude volunteers <volunteer@winterlude-ottawa-example.ca>",
        "Invitation: Volunteer orientation / Orientation des bénévoles",
        "2026-01-20 09:05",
        "2026-02-02 18:00:00 -0500",
        "Volunteer orientation",
        "en",
    ),
]

_N = 0
for when, frm, subj, body, lang in LIFE:
    _N += 1
    MAIL.append(m(f"73{_N:03d}", when, frm, subj, N(lang), body))
for frm, subj, when, start, summary, lang in PLAN:
    _N += 1
    addr = frm.rsplit("<", 1)[1].rstrip(">")
    MAIL.append(
        m(
            f"73{_N:03d}",
            when,
            frm,
            subj,
            N(lang),
            f"{summary}\n\nPlease RSVP.",
            ics=ics(f"life-{_N}@{addr.split('@')[1]}", start, summary, (frm.split(" <")[0], addr)),
        )
    )

# Weekly digests and notifications, one a week across the period.
WEEKLY = [
    (
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Élise, you appeared in {n} searches this week",
        "You appeared in {n} searches this week. See who's looking.",
        "en",
    ),
    (
        "Bytown Morning <morning@ottawamorning-news.ca>",
        "Morning headlines: {d}",
        "Today: city council budget, Senators win, snow forecast. Plus: interview with the OC Transpo GM.",
        "en",
    ),
    (
        "Outaouais Matin <matin@outaouaismatin-info.ca>",
        "Les manchettes du {d}",
        "Aujourd'hui : pont Portage, budget de Gatineau et une entrevue avec la mairesse.",
        "fr",
    ),
]
_day = date(2025, 9, 6)
_i = 0
while _day < date(2026, 2, 27):
    frm, subj, body, lang = WEEKLY[_i % 3]
    n = 7 + (_i * 5) % 23
    d = _day.strftime("%d/%m") if lang == "fr" else _day.strftime("%b %d")
    MAIL.append(
        m(
            f"74{_i:03d}",
            f"{_day.isoformat()} 0{6 + _i % 3}:1{_i % 10}",
            frm,
            subj.format(n=n, d=d),
            N(lang),
            body.format(n=n),
        )
    )
    _day += timedelta(days=3 + _i % 2)
    _i += 1
