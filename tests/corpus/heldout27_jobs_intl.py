# ruff: noqa: E501
"""Corpus 27, job mail in English, European Portuguese and French (Lisbon, Porto, London, a
cruise line, a French resort operator), plus alerts and outreach in those languages."""

from __future__ import annotations

from typing import Any

from heldout3_util import m as _m
from heldout3_util import reply


def m(
    key: str,
    date: str,
    frm: str,
    subject: str,
    t: tuple[Any, ...],
    text: str | None = None,
    html: str | None = None,
    *,
    west: bool = False,
    **kw: Any,
) -> dict[str, Any]:
    """Madrid time unless ``west`` (Lisbon / London: one hour behind)."""
    summer = date < "2025-10-26 03:00"
    if west:
        kw.setdefault("tz", "+0100" if summer else "+0000")
    else:
        kw.setdefault("tz", "+0200" if summer else "+0100")
    return _m(key, date, frm, subject, t, text, html, **kw)


CBA = ("Casa do Bairro Alto Hotel", "Revenue Manager")
RIB = ("Ribeira Douro Hotels", "Director of Revenue")
KEN = ("The Kensington Arbour Hotel", "Front Office Manager")
ORW = ("Orwell & Crane Hotels", "Revenue Manager")
AZU = ("Azur Mediterranean Cruises", "Guest Services Manager")
VIL = ("Villages Soleil", "Chef de réception - Village Soleil Fuerteventura")
MAI = ("Maison Lumière Lisbonne", "Rooms Division Manager")
ALM = ("Alma Douro Wine Hotel", "Front Office Manager")
PAL = ("Palmera Resort & Spa Marbella", "Rooms Division Manager")

MAIL: list[dict[str, Any]] = [
    # ============================================================ 19 Casa do Bairro Alto (LinkedIn -> PT)
    m(
        "27190",
        "2025-09-15 21:03",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Álvaro, tu solicitud se ha enviado a Casa do Bairro Alto Hotel",
        ("confirmation", *CBA, 19, "linkedin", "es"),
        html="""<html><body style="font-family:-apple-system,system-ui,Arial">
<p style="font-size:20px">Tu solicitud se ha enviado a Casa do Bairro Alto Hotel</p>
<p><b>Revenue Manager</b><br>Casa do Bairro Alto Hotel · Lisboa, Portugal</p>
<p>Solicitado el 15 sept 2025</p>
<p><a href="https://www.linkedin.com/jobs/view/4290013318/">Ver empleo</a></p>
<p style="font-size:11px;color:#666">LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.</p>
</body></html>""",
    ),
    m(
        "27191",
        "2025-09-18 08:47",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Casa do Bairro Alto Hotel ha visto tu solicitud",
        ("viewed", *CBA, 19, "linkedin", "es"),
        html="""<html><body style="font-family:-apple-system,system-ui,Arial">
<p>Novedades de tu solicitud</p>
<p><b>Casa do Bairro Alto Hotel</b> ha visto tu solicitud para <b>Revenue Manager</b>.</p>
<p><a href="https://www.linkedin.com/my-items/saved-jobs/?cardType=APPLIED">Ver solicitudes</a></p>
</body></html>""",
    ),
    m(
        "27192",
        "2025-09-24 11:15",
        "Rita Sequeira <rita.sequeira@casadobairroalto.pt>",
        "Candidatura Revenue Manager | Casa do Bairro Alto",
        ("interview", *CBA, 19, "direct", "pt"),
        """Bom dia Álvaro,

Obrigada pela sua candidatura à posição de Revenue Manager. Gostaríamos de o conhecer numa
primeira conversa por videochamada, com o nosso Diretor-Geral, Sr. Miguel Albuquerque.

Teria disponibilidade na próxima terça-feira, dia 30, às 15h00 (hora de Lisboa)? Caso prefira
falar em espanhol ou inglês, não há problema nenhum.

Com os melhores cumprimentos,

Rita Sequeira
Recursos Humanos
Casa do Bairro Alto Hotel · Rua da Rosa 112, 1200-388 Lisboa""",
        west=True,
    ),
    m(
        "27193",
        "2025-10-15 17:30",
        "Rita Sequeira <rita.sequeira@casadobairroalto.pt>",
        "Re: Candidatura Revenue Manager | Casa do Bairro Alto",
        ("rejection", *CBA, 19, "direct", "pt"),
        """Caro Álvaro,

Antes de mais, muito obrigada pela disponibilidade e pela conversa muito agradável com o Sr.
Miguel Albuquerque.

Após uma análise cuidada, decidimos avançar com um candidato que já reside em Lisboa e tem
experiência no mercado português. Foi uma decisão difícil, dado o seu excelente percurso.

Desejamos-lhe as maiores felicidades profissionais.

Cumprimentos,
Rita Sequeira""",
        west=True,
        **reply("27192", "Rita Sequeira <rita.sequeira@casadobairroalto.pt>"),
    ),
    # ============================================================ 20 Ribeira Douro Hotels (Workday)
    m(
        "27200",
        "2025-09-26 14:22",
        "Ribeira Douro Hotels <ribeiradouro@myworkday.com>",
        "Application received: Director of Revenue (JR-2025-0193)",
        ("confirmation", *RIB, 20, "workday", "en"),
        html="""<html><body style="font-family:Arial;font-size:13px">
<p>Dear Álvaro Menéndez,</p>
<p>Thank you for applying for the <b>Director of Revenue</b> position (JR-2025-0193) in Porto, Portugal.</p>
<p>Our Talent team will review your application and contact you if your profile matches the requirements.
You can follow the status of your application on the <a href="https://ribeiradouro.wd103.myworkdayjobs.com/RDH_Careers/userHome">Candidate Home</a>.</p>
<p>Best regards,<br>People &amp; Culture | Ribeira Douro Hotels</p>
</body></html>""",
        west=True,
    ),
    m(
        "27201",
        "2025-10-29 10:02",
        "Ribeira Douro Hotels <ribeiradouro@myworkday.com>",
        "A sua candidatura a Director of Revenue",
        ("rejection", *RIB, 20, "workday", "pt"),
        """Caro(a) Álvaro Menéndez,

Agradecemos o interesse demonstrado na Ribeira Douro Hotels e o tempo dedicado à sua candidatura
para a função de Director of Revenue.

Informamos que o processo de recrutamento foi concluído e que a sua candidatura não foi
selecionada para as fases seguintes. Os seus dados permanecerão na nossa base de talento.

Com os melhores cumprimentos,
People & Culture | Ribeira Douro Hotels""",
        west=True,
    ),
    # ============================================================ 21 Kensington Arbour (Harri)
    m(
        "27210",
        "2025-10-01 09:48",
        "Harri <no-reply@harri.com>",
        "Your application to The Kensington Arbour Hotel",
        ("confirmation", *KEN, 21, "other", "en"),
        html="""<html><body style="font-family:Arial">
<p>Hi Álvaro,</p>
<p>Thanks for applying for <b>Front Office Manager</b> at <b>The Kensington Arbour Hotel</b>, London.</p>
<p>The hiring team has received your application and will be in touch if there is a match.
Keep your Harri profile up to date to stand out.</p>
<p><a href="https://harri.com/the-kensington-arbour-hotel/job/1884301-front-office-manager">View job</a></p>
<p style="font-size:11px;color:#999">Harri · 4 World Trade Center, New York</p>
</body></html>""",
        west=True,
    ),
    m(
        "27211",
        "2025-10-09 15:36",
        "Harri <no-reply@harri.com>",
        "Interview invitation – Front Office Manager",
        ("interview", *KEN, 21, "other", "en"),
        """Hi Álvaro,

Daniel Osei from The Kensington Arbour Hotel has invited you to an interview for Front Office
Manager.

Type: Video call
Date: Wednesday, 15 October 2025
Time: 14:00 BST

Please confirm your attendance in the Harri app or here:
https://harri.com/interviews/confirm?i=7c2d91aa

Good luck!
Team Harri""",
        west=True,
    ),
    m(
        "27212",
        "2025-10-10 10:02",
        "Daniel Osei <daniel.osei@kensingtonarbour.co.uk>",
        "Video interview – Wednesday",
        ("interview", *KEN, 21, "direct", "en"),
        """Hi Álvaro,

Looking forward to speaking on Wednesday. A quick bit of context: the hotel is owned by Arbour
Estates and operated by Halden Hospitality Management, so you'll also meet Sophie Trent, Halden's
cluster rooms director, for the second half.

Invitation attached. We'll talk through your experience in Madrid, your right to work in the UK
and a couple of guest-recovery scenarios.

Best,
Daniel Osei
Hotel Manager | The Kensington Arbour Hotel
Managed by Halden Hospitality Management Ltd""",
        west=True,
        ics={
            "uid": "1k2hs8arb0uhpkensington27212@google.com",
            "start": "2025-10-15 14:00:00 +0100",
            "minutes": 50,
            "organizer": ("Daniel Osei", "daniel.osei@kensingtonarbour.co.uk"),
            "attendees": [("Sophie Trent", "sophie.trent@haldenhospitality.co.uk")],
            "summary": "Álvaro Menéndez – FOM interview",
            "location": "https://meet.google.com/zui-qpwa-tna",
            "description": "Google Meet joining info: https://meet.google.com/zui-qpwa-tna",
        },
    ),
    m(
        "27213",
        "2025-10-24 12:11",
        "Daniel Osei <daniel.osei@kensingtonarbour.co.uk>",
        "Following up",
        ("rejection", *KEN, 21, "direct", "en"),
        """Hi Álvaro,

Thanks again for your time last week – Sophie and I really enjoyed hearing about the upsell
programme you built in Madrid.

I'm afraid we've decided to go with a candidate who can start before Christmas and already holds
UK settled status, which became the deciding factor given our timing.

I hope our paths cross again.

Kind regards,
Daniel""",
        west=True,
    ),
    # ============================================================ 22 Orwell & Crane (SuccessFactors)
    m(
        "27220",
        "2025-11-18 20:40",
        "Orwell & Crane Careers <noreply@successfactors.eu>",
        "Thank you for applying – Revenue Manager, London",
        ("confirmation", *ORW, 22, "other", "en"),
        """Dear Álvaro,

Thank you for your application for the role of Revenue Manager (Req ID 3117) at Orwell & Crane
Hotels, London Bridge.

Unfortunately, due to the high volume of applications we receive, we are not always able to give
individual feedback. If you are shortlisted, a member of our Talent team will contact you within
three weeks.

You can view your application at any time in your candidate profile:
https://career2.successfactors.eu/career?company=orwellcran&career_ns=job_listing

Kind regards,
The Talent Team
Orwell & Crane Hotels""",
        west=True,
    ),
    m(
        "27221",
        "2026-01-15 09:05",
        "Orwell & Crane Careers <noreply@successfactors.eu>",
        "Application withdrawn – Revenue Manager (3117)",
        ("confirmation", *ORW, 22, "other", "en"),
        """Dear Álvaro,

This is to confirm that you have withdrawn your application for Revenue Manager (Req ID 3117).
If this was a mistake, you can reapply while the position remains open.

Kind regards,
The Talent Team
Orwell & Crane Hotels""",
        west=True,
        st="withdrawn",
    ),
    # ============================================================ 23 Azur Mediterranean Cruises
    m(
        "27230",
        "2025-10-05 12:30",
        "Azur Cruises Careers <azurcruises@myworkday.com>",
        "Thanks for applying, Álvaro!",
        ("confirmation", *AZU, 23, "workday", "en"),
        html="""<html><body style="font-family:Arial">
<p>Hi Álvaro,</p>
<p>Thank you for applying to <b>Guest Services Manager – Shipboard (R13380)</b>. Life at sea isn't for everyone –
we're glad it might be for you.</p>
<p>Our Shipboard Recruitment team in Barcelona reviews applications in the order they arrive. Track your application in
<a href="https://azurcruises.wd3.myworkdayjobs.com/AzurShipboard/userHome">your candidate account</a>.</p>
<p>Fair winds,<br>Shipboard Recruitment – Azur Mediterranean Cruises</p>
</body></html>""",
    ),
    m(
        "27231",
        "2025-10-16 08:15",
        "Azur Mediterranean Cruises <noreply@hirevue.com>",
        "Azur Mediterranean Cruises: complete your on-demand interview",
        ("assessment", *AZU, 23, "hirevue", "en"),
        """Hi Álvaro,

Azur Mediterranean Cruises has invited you to complete an on-demand video interview for Guest
Services Manager – Shipboard.

You will be asked 5 questions and can record your answers at any time before 23 October 2025.
Make sure you have a working camera and microphone.

Start your interview: https://app.hirevue.com/interviews/azur/Rk8s1v2Q

Need help? Visit https://hirevue.com/candidates

HireVue, on behalf of Azur Mediterranean Cruises""",
    ),
    m(
        "27232",
        "2025-11-04 11:00",
        "Azur Cruises Careers <azurcruises@myworkday.com>",
        "Your application: Guest Services Manager – Shipboard (R13380)",
        ("rejection", *AZU, 23, "workday", "en"),
        """Hi Álvaro,

Thank you for recording your video interview for Guest Services Manager – Shipboard. We enjoyed
watching it.

We have now reviewed all candidates and, on this occasion, we will not be taking your application
further. Shipboard roles open every season, so we'd encourage you to keep an eye on our careers page.

All the best,
Shipboard Recruitment – Azur Mediterranean Cruises""",
    ),
    # ============================================================ 24 Villages Soleil (FR)
    m(
        "27240",
        "2025-10-21 16:44",
        "Villages Soleil Recrutement <recrutement@villages-soleil.fr>",
        "Votre candidature - Chef de réception (Fuerteventura)",
        ("confirmation", *VIL, 24, "other", "fr"),
        """Bonjour Álvaro,

Nous vous remercions pour votre candidature au poste de Chef de réception pour notre Village
Soleil Fuerteventura (Canaries), saison hiver 2025-2026 et été 2026.

Notre équipe Recrutement étudie votre profil avec attention et reviendra vers vous sous 15 jours.
Vous pouvez suivre votre candidature depuis votre espace : https://jobs.villages-soleil.fr/espace-candidat

À très bientôt,
L'équipe Recrutement Villages Soleil
Villages Soleil SAS · 18 rue de la Chaussée d'Antin · 75009 Paris""",
    ),
    m(
        "27241",
        "2025-10-28 10:20",
        "Claire Dumas <claire.dumas@villages-soleil.fr>",
        "Entretien visio - Chef de réception Fuerteventura",
        ("interview", *VIL, 24, "direct", "fr"),
        """Bonjour Álvaro,

Suite à l'étude de votre candidature, j'ai le plaisir de vous proposer un entretien en visio avec
Julien Marchetti, Chef de village à Fuerteventura, le lundi 3 novembre à 11h (heure de Paris).
L'entretien se déroulera en français et en partie en espagnol.

Vous trouverez l'invitation ci-jointe.

Belle journée,
Claire Dumas
Chargée de recrutement saisonnier
Villages Soleil""",
        ics={
            "style": "outlook",
            "uid": "040000008200E00074C5B7101A82E00800000000VIL27241",
            "start": "2025-11-03 11:00:00 +0100",
            "minutes": 45,
            "organizer": ("Claire Dumas", "claire.dumas@villages-soleil.fr"),
            "attendees": [("Julien Marchetti", "julien.marchetti@villages-soleil.fr")],
            "summary": "Entretien Álvaro Menéndez - Chef de réception FUE",
            "location": "Réunion Microsoft Teams",
            "description": "Rejoindre la réunion : https://teams.microsoft.com/l/meetup-join/19%3ameeting_vil27241",
        },
    ),
    m(
        "27242",
        "2025-11-12 18:05",
        "Villages Soleil Recrutement <recrutement@villages-soleil.fr>",
        "Suite de votre candidature",
        ("rejection", *VIL, 24, "other", "fr"),
        """Bonjour Álvaro,

Nous tenons à vous remercier pour l'intérêt que vous portez à Villages Soleil et pour le temps
consacré à votre entretien avec Julien.

Après réflexion, nous ne sommes malheureusement pas en mesure de donner une suite favorable à
votre candidature pour ce poste. Nous conservons votre profil pour de futures saisons.

Nous vous souhaitons une belle réussite dans vos projets.

L'équipe Recrutement Villages Soleil""",
    ),
    # ============================================================ 25 Maison Lumière Lisbonne (FR)
    m(
        "27250",
        "2025-11-26 10:12",
        "Anaïs Perrin via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Rooms Division Manager – Maison Lumière Lisbonne",
        ("outreach", *MAI, None, "linkedin", "fr"),
        """Bonjour Álvaro,

Je suis responsable RH de Maison Lumière, un petit groupe d'hôtels boutique français. Nous ouvrons
en avril notre première adresse à Lisbonne (Príncipe Real, 64 chambres) et cherchons un Rooms
Division Manager bilingue espagnol/anglais, idéalement avec du français.

Votre parcours m'a beaucoup plu. Seriez-vous ouvert à un échange ?

Bien à vous,
Anaïs Perrin
Responsable Ressources Humaines · Maison Lumière Hôtels""",
    ),
    m(
        "27251",
        "2025-12-02 14:40",
        "Anaïs Perrin <anais.perrin@maisonlumiere-hotels.fr>",
        "Votre candidature – Rooms Division Manager Lisbonne",
        ("confirmation", *MAI, 25, "direct", "fr"),
        """Bonjour Álvaro,

Merci pour votre CV et votre lettre, bien reçus. Je transmets votre dossier à Hugo Lefèvre,
directeur de l'ouverture à Lisbonne, et je reviens vers vous rapidement pour organiser un
entretien.

Bien cordialement,
Anaïs Perrin
Maison Lumière Hôtels · 9 rue de Sèze · 69006 Lyon""",
    ),
    m(
        "27252",
        "2025-12-09 09:30",
        "Anaïs Perrin <anais.perrin@maisonlumiere-hotels.fr>",
        "Entretien avec Hugo Lefèvre – jeudi 11/12",
        ("interview", *MAI, 25, "direct", "fr"),
        """Bonjour Álvaro,

Hugo vous propose un entretien jeudi 11 décembre à 17h (heure de Madrid) en visio. Voici le
lien : https://zoom.us/j/84417720311

Merci de me confirmer votre présence.

Belle journée,
Anaïs""",
        **reply("27251", "Anaïs Perrin <anais.perrin@maisonlumiere-hotels.fr>"),
    ),
    m(
        "27253",
        "2026-01-13 11:22",
        "Anaïs Perrin <anais.perrin@maisonlumiere-hotels.fr>",
        "Re: Retrait de ma candidature",
        ("confirmation", *MAI, 25, "direct", "fr"),
        """Bonjour Álvaro,

Merci de m'avoir prévenue. C'est dommage pour nous, Hugo comptait vous proposer un deuxième
entretien, mais je comprends tout à fait. Je clôture votre candidature.

Félicitations pour votre nouveau poste et au plaisir de vous recroiser, peut-être à Lisbonne !

Anaïs

Le mar. 13 janv. 2026 à 08:47, Álvaro Menéndez <alvaro.menendez.rm@gmail.com> a écrit :
> Bonjour Anaïs, je vous écris pour retirer ma candidature : j'ai accepté une offre à Madrid...""",
        st="withdrawn",
    ),
    # ============================================================ 26 Alma Douro Wine Hotel (Hosco)
    m(
        "27260",
        "2025-11-09 11:40",
        "Hosco <no-reply@hosco.com>",
        "Your application for Front Office Manager has been sent",
        ("confirmation", *ALM, 26, "other", "en"),
        html="""<html><body style="font-family:Arial,sans-serif;color:#222">
<h2 style="font-size:20px">Application sent!</h2>
<p>Hi Álvaro,</p>
<p>Your application for <b>Front Office Manager</b> at <b>Alma Douro Wine Hotel</b> (Porto, Portugal) was sent successfully.</p>
<p><a href="https://www.hosco.com/en/job/alma-douro-wine-hotel/front-office-manager-221907">View job</a></p>
<p style="color:#888;font-size:11px">Hosco · Manage your <a href="https://www.hosco.com/en/settings/notifications">notifications</a></p>
</body></html>""",
        west=True,
    ),
    m(
        "27261",
        "2025-12-04 09:10",
        "Hosco <no-reply@hosco.com>",
        "Update on your application at Alma Douro Wine Hotel",
        ("rejection", *ALM, 26, "other", "en"),
        html="""<html><body style="font-family:Arial,sans-serif;color:#222">
<p>Hi Álvaro,</p>
<p>The status of your application for <b>Front Office Manager</b> at <b>Alma Douro Wine Hotel</b> has changed to
<b>Not selected</b>.</p>
<p>Message from the employer: <i>"Obrigado pelo seu interesse. Desta vez seguimos com outro perfil. Boa sorte!"</i></p>
<p>Don't give up – there are 1,240 new jobs in Portugal and Spain on Hosco this week.</p>
<p><a href="https://www.hosco.com/en/jobs">Explore jobs</a></p>
</body></html>""",
        west=True,
    ),
    # ============================================================ 27 Palmera Resort & Spa Marbella
    m(
        "27270",
        "2025-12-05 19:25",
        "Hosco <no-reply@hosco.com>",
        "Your application for Rooms Division Manager has been sent",
        ("confirmation", *PAL, 27, "other", "en"),
        html="""<html><body style="font-family:Arial,sans-serif;color:#222">
<h2 style="font-size:20px">Application sent!</h2>
<p>Hi Álvaro,</p>
<p>Your application for <b>Rooms Division Manager</b> at <b>Palmera Resort &amp; Spa Marbella</b> was sent successfully.</p>
<p>Tip: candidates who add a short video presentation get 2x more replies.</p>
<p><a href="https://www.hosco.com/en/job/palmera-resort-spa-marbella/rooms-division-manager-223514">View job</a></p>
</body></html>""",
    ),
    m(
        "27271",
        "2025-12-11 13:05",
        "James Whitford <j.whitford@palmeramarbella.com>",
        "Rooms Division Manager – interview",
        ("interview", *PAL, 27, "direct", "en"),
        """Dear Álvaro,

Thank you for your application through Hosco. I'm the General Manager of Palmera Resort & Spa; the
resort is managed by Sunwell Hospitality on behalf of the owners, and I'd like to invite you to an
interview in person at the resort on Thursday 18 December at 10:00. We'll cover reimbursement of
your train ticket from Madrid.

I've sent a calendar invitation. Please bring a copy of your CV and references.

Kind regards,
James Whitford
General Manager
Palmera Resort & Spa Marbella | Urb. Las Chapas, Ctra. N-340 km 192""",
        ics={
            "uid": "0b7tq2p1palmera27271@google.com",
            "start": "2025-12-18 10:00:00 +0100",
            "minutes": 90,
            "organizer": ("James Whitford", "j.whitford@palmeramarbella.com"),
            "attendees": [("Elena Ruiz", "e.ruiz@palmeramarbella.com")],
            "summary": "Interview – Álvaro Menéndez (RDM)",
            "location": "Palmera Resort & Spa Marbella, Executive Office",
            "description": "In-person interview with GM and HR Manager. Resort tour included.",
        },
    ),
    m(
        "27272",
        "2026-01-08 17:50",
        "Elena Ruiz <e.ruiz@palmeramarbella.com>",
        "Offer of employment – Rooms Division Manager",
        ("offer", *PAL, 27, "direct", "en"),
        """Dear Álvaro,

Following your interview with James and me, I am delighted to offer you the position of Rooms
Division Manager at Palmera Resort & Spa Marbella, starting 1 March 2026.

Salary: EUR 52,000 gross per year, plus annual bonus up to 15 %
Accommodation support for the first 6 months
Contract: permanent, subject to a 6-month probation period

The formal offer letter is attached. Please let us know your decision by 16 January.

Warm regards,
Elena Ruiz
HR Manager – Palmera Resort & Spa Marbella
Sunwell Hospitality Management S.L.""",
        attach=[
            ("Offer_letter_Menendez.pdf", "application/pdf", "%PDF-1.4 offer letter (placeholder)")
        ],
    ),
    m(
        "27273",
        "2026-01-13 12:34",
        "Elena Ruiz <e.ruiz@palmeramarbella.com>",
        "RE: Offer of employment – Rooms Division Manager",
        ("offer", *PAL, 27, "direct", "en"),
        """Dear Álvaro,

Thank you for letting us know. Of course we are disappointed, but we understand that staying in
Madrid is the right choice for you now. We have noted that you decline the offer.

James sends his best wishes for the new role.

Kind regards,
Elena

From: Álvaro Menéndez <alvaro.menendez.rm@gmail.com>
Sent: Monday, 12 January 2026 21:15
To: Elena Ruiz <e.ruiz@palmeramarbella.com>
Subject: Re: Offer of employment – Rooms Division Manager

Dear Elena, thank you very much for the offer. After careful thought I have decided to decline it...""",
        st="declined",
        **reply("27272", "Elena Ruiz <e.ruiz@palmeramarbella.com>"),
    ),
    # ============================================================ alerts, outreach, other (en/pt/fr)
    m(
        "27600",
        "2025-09-11 07:00",
        "Hosco <newsletter@hosco.com>",
        "Top hospitality jobs this week: Lisbon, London, Marbella",
        ("alert", None, None, None, "other", "en"),
        html="""<html><body style="font-family:Arial">
<h3>Jobs picked for you</h3>
<p><b>Revenue Manager</b> · Hotel Alfama Terrace · Lisbon</p>
<p><b>Front Office Manager</b> · The Belgrave Row · London</p>
<p><b>Reservations &amp; Revenue Manager</b> · Villa Coral Marbella</p>
<p><a href="https://www.hosco.com/en/jobs?ref=newsletter">See all jobs</a> · <a href="https://www.hosco.com/en/unsubscribe">Unsubscribe</a></p>
</body></html>""",
    ),
    m(
        "27601",
        "2025-10-07 09:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "New jobs for “front office manager” in London",
        ("alert", None, None, None, "linkedin", "en"),
        html="""<html><body style="font-family:-apple-system,Arial">
<p>Your job alert for <b>front office manager</b> in <b>London, England, United Kingdom</b></p>
<p><b>Front Office Manager</b> · The Marylebone Quarter · London · Easy Apply</p>
<p><b>Assistant Front Office Manager</b> · Thameside Hotel · London</p>
<p><b>Guest Relations Manager</b> · Hyde Row Residences · London</p>
<p><a href="https://www.linkedin.com/comm/jobs/search?savedSearchId=1901445">See all jobs</a></p>
</body></html>""",
        west=True,
    ),
    m(
        "27602",
        "2025-10-23 11:45",
        "Orwell & Crane Careers <talent@orwellcrane.co.uk>",
        "Welcome to the Orwell & Crane Talent Network",
        ("alert", "Orwell & Crane Hotels", None, None, "other", "en"),
        """Hi Álvaro,

You're in! Thanks for joining the Orwell & Crane Talent Network. We'll send you roles that match
your interests (Revenue, Rooms Division – London) and news from our seven London hotels.

In the meantime, meet some of our people: https://careers.orwellcrane.co.uk/stories

The Talent Team""",
        west=True,
    ),
    m(
        "27603",
        "2025-11-12 19:00",
        "Azur Cruises Careers <azurcruises@myworkday.com>",
        "You have an incomplete application",
        (
            "alert",
            "Azur Mediterranean Cruises",
            "Hotel Director – Shipboard",
            None,
            "workday",
            "en",
        ),
        """Hi Álvaro,

You started an application for Hotel Director – Shipboard (R13512) but haven't submitted it yet.
Pick up where you left off:

https://azurcruises.wd3.myworkdayjobs.com/AzurShipboard/job/Barcelona/Hotel-Director---Shipboard_R13512/apply

Shipboard Recruitment – Azur Mediterranean Cruises""",
    ),
    m(
        "27604",
        "2025-10-31 16:20",
        "Tiago Moura via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Revenue Manager | Grupo hoteleiro no Algarve",
        ("outreach", None, "Revenue Manager", None, "linkedin", "pt"),
        """Olá Álvaro,

Sou consultor de recrutamento na área de hotelaria. Tenho em mãos uma posição de Revenue Manager
para um grupo hoteleiro com quatro unidades no Algarve (confidencial nesta fase). Procuram alguém
com experiência em resorts e fluência em espanhol e inglês.

Teria interesse em saber mais? Podemos falar por telefone esta semana.

Cumprimentos,
Tiago Moura
Senior Consultant – Hospitality & Leisure""",
        west=True,
    ),
    m(
        "27605",
        "2025-12-15 08:30",
        "Net-Empregos <alertas@net-empregos.com>",
        "Novas ofertas: rececionista chefe / front office manager",
        ("alert", None, None, None, "other", "pt"),
        """Olá,

Existem novas ofertas de emprego para a sua pesquisa "front office manager" em Lisboa e Porto:

- Chefe de Receção (m/f) – Hotel 4* na Baixa – Lisboa
- Front Office Manager – Hotel boutique – Porto
- Guest Relations Supervisor – Lisboa

Ver ofertas: https://www.net-empregos.com/pesquisa-empregos.asp?alerta=55120

Para cancelar este alerta, aceda à sua área pessoal.""",
        west=True,
    ),
    m(
        "27606",
        "2025-10-06 09:40",
        "Harri <no-reply@harri.com>",
        "Complete your profile to apply faster",
        ("alert", None, None, None, "other", "en"),
        """Hi Álvaro,

Your Harri profile is 60 % complete. Employers like The Kensington Arbour Hotel are more likely to
invite candidates with a photo, work history and availability.

Finish your profile: https://harri.com/profile/edit

12 new hospitality jobs near London match your skills.

Team Harri""",
        west=True,
    ),
    m(
        "27607",
        "2025-12-20 10:00",
        "Anaïs Perrin <anais.perrin@maisonlumiere-hotels.fr>",
        "Réponse automatique : absence",
        ("other_job", "Maison Lumière Lisbonne", None, None, "direct", "fr"),
        """Bonjour,

Je suis absente du 20 décembre au 4 janvier inclus. Pour toute demande urgente concernant le
recrutement de Maison Lumière Lisbonne, merci de contacter rh@maisonlumiere-hotels.fr.

Bonnes fêtes,
Anaïs Perrin""",
    ),
]
