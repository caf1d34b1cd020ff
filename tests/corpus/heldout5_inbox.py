"""Fifth held-out corpus: the ordinary part of Lucas Ferreira's inbox (not job mail), in
French, Portuguese, English, Spanish and German, with look-alikes on purpose (flat, loan,
credit-card, master's, Erasmus and scholarship "applications", a hackathon acceptance, a
volunteer programme, marketing offers, a podcast interview, a conference invitation and a
dentist appointment with calendar parts). Hand-written; people, firms and domains invented.
Not for tuning."""

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply


def _tz(date: str) -> str:
    return "+0100" if date < "2025-03-30" or date >= "2025-10-26 03" else "+0200"


def n(
    key: str,
    date: str,
    frm: str,
    subject: str,
    lang: str,
    text: str | None = None,
    html: str | None = None,
    **kw: Any,
) -> dict[str, Any]:
    """A message that is not about jobs."""
    kw.setdefault("tz", _tz(date))
    return m(key, date, frm, subject, ("not_job", lang), text=text, html=html, **kw)


MAIL = [
    # ---------------------------------------------------------------- March
    n(
        "mae-01",
        "2025-03-01 19:44",
        "Mãe <rosa.ferreira1964@sapo.example>",
        "Fotos do aniversário da avó",
        "pt",
        """Filho,

Mando-te as fotos do almoço de domingo. A avó adorou o cachecol que lhe mandaste, diz que
é o mais quentinho que tem. O tio Zé perguntou outra vez quando é que vens a Braga.

Come bem e não te deites tarde.
Beijinhos da mãe

Enviado do meu iPhone""",
        attach=[
            ("IMG_2231.jpg", "image/jpeg", "jpeg-bytes"),
            ("IMG_2232.jpg", "image/jpeg", "jpeg-bytes"),
        ],
    ),
    n(
        "bank-statement-03",
        "2025-03-02 06:10",
        "Banque Confluence <info@banque-confluence.example>",
        "Votre relevé de compte de février est disponible",
        "fr",
        html="""<html><body><p>Bonjour Lucas Ferreira,</p>
<p>Votre relevé de compte n° ****4471 du mois de février 2025 est disponible dans votre espace
client, rubrique « e-Documents ».</p><p>Banque Confluence – Agence Lyon Part-Dieu</p>
<p style="font-size:9px">Ne répondez pas à ce message. Banque Confluence ne vous demandera jamais vos codes par e-mail.</p>
</body></html>""",
    ),
    n(
        "univ-diploma",
        "2025-03-03 11:30",
        "Scolarité Génie Mécanique <scolarite-gm@insa-lyon.example>",
        "Retrait des diplômes – promotion 2024",
        "fr",
        """Bonjour,

Les diplômes de la promotion 2024 sont disponibles au bureau de la scolarité (bâtiment
Jacquard, 1er étage) du lundi au jeudi, de 9h à 12h. Merci de vous munir d'une pièce
d'identité. Aucun diplôme ne sera envoyé par courrier.

Le service scolarité""",
    ),
    n(
        "flat-dossier-1",
        "2025-03-05 18:22",
        "Agence Saône Immobilier <location@saone-immo.example>",
        "Votre dossier de candidature – T2 rue Paul Bert",
        "fr",
        """Bonjour Monsieur Ferreira,

Suite à votre visite de samedi, nous vous remercions de nous faire parvenir votre dossier de
candidature complet pour l'appartement T2 situé 112 rue Paul Bert (Lyon 3e) :

- pièce d'identité
- trois dernières quittances de loyer
- justificatifs de revenus ou attestation Visale
- avis d'imposition

Les dossiers sont étudiés par ordre d'arrivée. Le propriétaire souhaite une réponse
avant la fin de la semaine.

Cordialement,
Nadège Pelletier
Agence Saône Immobilier""",
    ),
    n(
        "podcast-news",
        "2025-03-06 08:00",
        "Le Labo UX <bonjour@lelabo-ux.example>",
        "🎙️ Épisode 48 : interview de Claire Vasseur, chercheuse UX chez un constructeur auto",
        "fr",
        html="""<html><body><h2>Nouvel épisode</h2>
<p>Cette semaine, nous recevons Claire Vasseur pour une longue interview : comment on mène des
entretiens utilisateurs dans une usine, pourquoi les ingénieurs font d'excellents chercheurs,
et ses conseils pour une reconversion.</p>
<p><a href="https://lelabo-ux.example/48">Écouter l'épisode</a></p>
<p style="font-size:10px">Vous recevez cette newsletter car vous y êtes abonné. Se désabonner.</p></body></html>""",
    ),
    n(
        "tiago-01",
        "2025-03-07 23:12",
        "Tiago Mendes <tiagomendes.bh@gmail.example>",
        "E aí mano",
        "pt",
        """Fala Lucas!

Quanto tempo, cara. Vi no Insta que você tá pensando em largar a engenharia pra fazer UX?
Conta isso direito kkk. Aqui em BH tudo certo, comecei no estágio da distribuidora e tô
aprendendo muito.

Bora marcar uma call no fim de semana?

Abraço
Tiago""",
    ),
    n(
        "phone-bill-03",
        "2025-03-08 07:15",
        "Lumio Mobile <factures@lumio-mobile.example>",
        "Votre facture Lumio de mars est disponible",
        "fr",
        html="""<html><body><p>Bonjour Lucas,</p><p>Votre facture du mois de mars s'élève à
<b>12,99 €</b>. Elle sera prélevée le 14/03/2025 sur votre compte se terminant par 4471.</p>
<p>Forfait 100 Go 5G · Ligne 06 •• •• •• 38</p></body></html>""",
    ),
    n(
        "masters-app",
        "2025-03-10 14:02",
        "Admissions Master Ergonomie <admissions-master@univ-lumiere.example>",
        "Candidature eCandidat – Master Ergonomie et Facteurs Humains – accusé de réception",
        "fr",
        """Bonjour,

Nous accusons réception de votre candidature au Master 2 « Ergonomie, Facteurs Humains et
Design d'interaction » (parcours reconversion) déposée sur la plateforme eCandidat.

Votre dossier est complet. La commission pédagogique se réunira fin avril ; les résultats
d'admission seront publiés sur eCandidat au plus tard le 15 mai.

Le secrétariat pédagogique
Université Lumière – UFR de Psychologie""",
    ),
    n(
        "order-01",
        "2025-03-11 16:47",
        "Boutique Vélocité <commandes@velocite-shop.example>",
        "Confirmation de votre commande n° VC-208813",
        "fr",
        html="""<html><body><p>Merci pour votre commande, Lucas !</p>
<table><tr><td>Chambre à air 700x28c (x2)</td><td>13,80 €</td></tr>
<tr><td>Éclairage avant USB</td><td>24,90 €</td></tr>
<tr><td>Livraison en point relais</td><td>3,90 €</td></tr>
<tr><td><b>Total</b></td><td><b>42,60 €</b></td></tr></table>
<p>Vous recevrez un e-mail dès l'expédition de votre colis.</p></body></html>""",
    ),
    n(
        "camille-sortie",
        "2025-03-12 12:40",
        "Camille Ducret <camille.ducret@boitemail.fr>",
        "ce soir ?",
        "fr",
        """Yo,

On se fait le ciné ce soir avec Bastien et Inès ? Y'a le nouveau film de science-fiction à
20h15 au Comœdia. Dis-moi vite que je prenne les places.

Cam""",
    ),
    n(
        "erasmus-app",
        "2025-03-13 10:05",
        "Relations Internationales <ri@insa-lyon.example>",
        "Votre candidature Erasmus+ stage – pièces manquantes",
        "fr",
        """Bonjour Lucas,

Votre candidature à la bourse Erasmus+ Stages (mobilité post-diplôme) est en cours
d'instruction. Il manque toutefois le Learning Agreement for Traineeships signé par
l'organisme d'accueil, ainsi que votre attestation de niveau de langue.

Merci de déposer ces pièces sur MoveOn avant le 31 mars. Sans elles, le dossier ne pourra
pas être présenté à la commission.

Bien cordialement,
Service des Relations Internationales""",
    ),
    n(
        "train-01",
        "2025-03-14 20:31",
        "RailConnect <billets@railconnect.example>",
        "Votre billet Lyon Part-Dieu → Paris Gare de Lyon",
        "fr",
        html="""<html><body><p>Bon voyage, Lucas !</p>
<p><b>Aller</b> · samedi 22 mars 2025 · 07:04 → 09:02 · Voiture 14, place 83</p>
<p><b>Retour</b> · dimanche 23 mars 2025 · 19:34 → 21:30 · Voiture 3, place 41</p>
<p>Total payé : 58,00 € (Carte Avantage Jeune)</p>
<p>Votre e-billet est disponible dans l'application.</p></body></html>""",
    ),
    n(
        "hackathon-accept",
        "2025-03-15 09:30",
        "HackIndus Lyon <team@hackindus.example>",
        "🎉 Your application has been accepted – HackIndus 2025",
        "en",
        """Hi Lucas,

Great news: your application to HackIndus 2025 has been accepted! We received over 600
applications for 150 spots, so congratulations.

When: 5–6 April 2025, 48 hours non-stop
Where: La Halle, Villeurbanne
Theme: human-machine interfaces on the factory floor

Please confirm your spot by registering your team on the platform before 25 March. Food,
drinks and sleeping areas are provided; bring your laptop and your best ideas.

See you there!
The HackIndus crew""",
    ),
    n(
        "newsletter-tech",
        "2025-03-17 07:00",
        "Mécanique Hebdo <newsletter@mecanique-hebdo.example>",
        "Fabrication additive : le titane arrive dans les PME",
        "fr",
        html="""<html><body><h1>Mécanique Hebdo</h1><p>Au sommaire cette semaine : la fabrication
additive métal s'installe dans les ateliers de sous-traitance, un dossier sur les roulements
hybrides, et notre portrait d'un bureau d'études savoyard.</p>
<p style="font-size:9px">Se désinscrire</p></body></html>""",
    ),
    n(
        "mae-02",
        "2025-03-18 21:05",
        "Mãe <rosa.ferreira1964@sapo.example>",
        "Re: Fotos do aniversário da avó",
        "pt",
        """Então e as entrevistas? Ligaste àquela empresa de Toulouse? O teu pai diz para não
desistires, que ele também levou meses até arranjar trabalho quando chegou a França.

Liga-me no domingo.
Beijinhos

Em sáb., 15/03/2025, Lucas Ferreira escreveu:
> Obrigado mãe! Estão lindas. Diz à avó que lhe ligo amanhã.""",
        **reply("mae-01", "Mãe <rosa.ferreira1964@sapo.example>"),
    ),
    n(
        "crous-01",
        "2025-03-19 15:20",
        "Crous Lyon <logement@crous-lyon.example>",
        "Dossier Social Étudiant 2025-2026 : campagne ouverte",
        "fr",
        """Bonjour,

La campagne du Dossier Social Étudiant (DSE) pour l'année 2025-2026 est ouverte jusqu'au
31 mai. Le DSE permet de demander une bourse sur critères sociaux et un logement en
résidence universitaire.

Rendez-vous sur messervices.etudiant.gouv.fr.

Le Crous de Lyon""",
    ),
    n(
        "loan-app-1",
        "2025-03-20 10:50",
        "Banque Confluence <credit@banque-confluence.example>",
        "Votre demande de prêt étudiant – dossier n° PE-55120",
        "fr",
        """Bonjour Monsieur Ferreira,

Nous avons bien reçu votre demande de prêt étudiant d'un montant de 8 000 € sur 60 mois.

Votre conseiller étudiera votre dossier sous 5 jours ouvrés. Il pourra vous demander des
justificatifs complémentaires (attestation de caution, certificat de scolarité).

Cordialement,
Service Crédit – Banque Confluence""",
    ),
    n(
        "ines-anniv",
        "2025-03-21 18:30",
        "Inès Belkacem <ines.belkacem@mailo.example>",
        "Anniv de Bastien – samedi 29",
        "fr",
        """Coucou tout le monde,

On organise une surprise pour les 25 ans de Bastien samedi 29 chez moi (Croix-Rousse,
digicode 4521B). Arrivée 20h pile, il arrive à 20h30. Chacun ramène un truc à grignoter
ou à boire. On fait une cagnotte pour le cadeau : 15 € par personne sur le lien Lydia.

CHUT À BASTIEN 🤫

Inès""",
    ),
    n(
        "dentist-1",
        "2025-03-24 09:12",
        "Cabinet dentaire des Brotteaux <rdv@dentiste-brotteaux.example>",
        "Confirmation de votre rendez-vous du 3 avril",
        "fr",
        """Bonjour M. Ferreira,

Votre rendez-vous avec le Dr Anne Sorel est confirmé :
jeudi 3 avril 2025 à 17h30 (détartrage et contrôle annuel).

Merci de vous présenter 5 minutes avant, muni de votre carte Vitale. En cas
d'empêchement, prévenez-nous au moins 24h à l'avance.

Cabinet dentaire des Brotteaux""",
        ics={
            "uid": "rdv-20250403-1730@dentiste-brotteaux.example",
            "start": "2025-04-03 17:30:00 +0200",
            "minutes": 30,
            "organizer": ("Cabinet dentaire des Brotteaux", "rdv@dentiste-brotteaux.example"),
            "summary": "Rendez-vous Dr Sorel – détartrage",
            "location": "12 boulevard des Belges, Lyon 6e",
        },
    ),
    n(
        "shipping-01",
        "2025-03-13 14:05",
        "Relais Colis Express <suivi@relaiscolis-express.example>",
        "Votre colis VC-208813 est arrivé dans votre point relais",
        "fr",
        """Bonjour,

Votre colis est disponible au point relais « Tabac Presse Garibaldi », 45 rue Garibaldi,
69003 Lyon, jusqu'au 27/03/2025.

Code de retrait : 771 204

Relais Colis Express""",
    ),
    n(
        "flat-dossier-2",
        "2025-03-25 12:14",
        "Agence Saône Immobilier <location@saone-immo.example>",
        "RE: Votre dossier de candidature – T2 rue Paul Bert",
        "fr",
        """Bonjour Monsieur Ferreira,

Nous avons bien reçu votre dossier. Malheureusement, le propriétaire a retenu une autre
candidature, avec un garant disposant de revenus supérieurs.

Nous gardons vos coordonnées et vous recontacterons si un bien correspondant à votre
recherche se libère.

Cordialement,
Nadège Pelletier""",
        **reply("flat-dossier-1", "Agence Saône Immobilier <location@saone-immo.example>"),
    ),
    n(
        "github-like",
        "2025-03-26 03:44",
        "Forgebox <noreply@forgebox.example>",
        "[lucas-f/bench-logger] Dependabot-style alert: 1 vulnerable dependency",
        "en",
        """A dependency in lucas-f/bench-logger has a known vulnerability.

Package: pyserial-tools (pip)
Severity: moderate
Fixed in: 3.2.1

Review and update: https://forgebox.example/lucas-f/bench-logger/security

You are receiving this because you own this repository.""",
    ),
    n(
        "pai-01",
        "2025-03-27 20:10",
        "João Ferreira <joao.ferreira.lyon@laposte-like.example>",
        "carro",
        "pt",
        """Lucas

O carro passou na inspeção. Se precisares dele para ir a Grenoble na semana que vem
podes levar, mas enche o depósito.

Pai""",
    ),
    # ---------------------------------------------------------------- April
    n(
        "bank-statement-04",
        "2025-04-02 06:10",
        "Banque Confluence <info@banque-confluence.example>",
        "Votre relevé de compte de mars est disponible",
        "fr",
        html="""<html><body><p>Bonjour Lucas Ferreira,</p>
<p>Votre relevé de compte n° ****4471 du mois de mars 2025 est disponible dans votre espace
client.</p><p>Banque Confluence</p></body></html>""",
    ),
    n(
        "loan-app-2",
        "2025-04-01 16:32",
        "Hugo Lambert <hugo.lambert@banque-confluence.example>",
        "Votre demande de prêt étudiant – accord de principe",
        "fr",
        """Bonjour Lucas,

Bonne nouvelle : votre demande de prêt étudiant a reçu un accord de principe, sous réserve de
la caution de vos parents. Je vous propose un rendez-vous en agence pour finaliser l'offre de
prêt, par exemple mardi 8 avril à 12h15.

Bien à vous,
Hugo Lambert
Conseiller clientèle jeunes – Agence Part-Dieu""",
        **reply("loan-app-1", "Banque Confluence <credit@banque-confluence.example>"),
    ),
    n(
        "hackathon-info",
        "2025-04-02 17:00",
        "HackIndus Lyon <team@hackindus.example>",
        "Practical info for this weekend (schedule, wifi, mentors)",
        "en",
        """Hi hackers,

Doors open Saturday at 8:30. Opening talk at 9:30, hacking starts at 10:30 sharp. Mentors
from three local manufacturers will walk around on Saturday afternoon — ask them anything.

Wifi: HackIndus / password on your badge.
Pitch order will be drawn on Sunday at noon.

See you Saturday!""",
    ),
    n(
        "abuela-es",
        "2025-04-04 19:40",
        "Carmen Ruiz <carmen.ruiz.vigo@correo.example>",
        "Hola cariño",
        "es",
        """Hola Lucas, cariño:

Tu tía Lola me ha dicho que te has graduado con muy buenas notas. ¡Qué orgullo! Aquí en
Vigo llueve sin parar, pero el huerto va bien.

Cuando tengas trabajo tienes que venir a vernos, que hace dos veranos que no vienes.

Un beso muy grande,
tu tía abuela Carmen""",
    ),
    n(
        "order-02",
        "2025-04-06 21:10",
        "Librairie Passages <commandes@librairie-passages.example>",
        "Votre commande est prête à être retirée",
        "fr",
        """Bonjour Lucas,

Votre commande « Observing the User Experience » (3e éd.) et « Interviewing Users » est
disponible en magasin, 11 rue de Brest. Nous la conservons 10 jours.

À bientôt,
Librairie Passages""",
    ),
    n(
        "hackathon-result",
        "2025-04-07 10:20",
        "HackIndus Lyon <team@hackindus.example>",
        "Thank you + jury results",
        "en",
        """Hi Lucas,

Thank you for taking part in HackIndus 2025! Your team "ClearPanel" won the Jury's
Special Prize for the best operator interface prototype. Prizes will be handed out at the
closing drinks on 17 April.

Photos are on the shared drive. Please fill in our 3-minute feedback form.

Cheers,
The HackIndus crew""",
    ),
    n(
        "scholarship-app",
        "2025-04-08 13:30",
        "Fondation Ponts & Savoirs <bourses@fondation-ponts-savoirs.example>",
        "Votre candidature à la bourse Reconversion 2025",
        "fr",
        """Cher Monsieur Ferreira,

Nous vous remercions pour votre candidature à la bourse « Reconversion et Innovation »
2025, destinée à financer une formation de master pour des jeunes diplômés qui changent de
discipline.

Votre dossier a été transmis au comité de sélection, qui se réunira le 20 mai. Les lauréats
seront invités à un court entretien avec deux membres du jury.

Avec nos salutations les meilleures,
Fondation Ponts & Savoirs""",
    ),
    n(
        "bastien-merci",
        "2025-04-09 22:56",
        "Bastien Roux <bastien.roux@boitemail.fr>",
        "Merci les gars",
        "fr",
        """Franchement vous êtes des malades, je m'y attendais pas du tout !! Merci pour la montre
et pour la soirée. Lucas ta playlist brésilienne a tout retourné 😂

Bisous à tous
Bastien""",
    ),
    n(
        "insurance",
        "2025-04-10 08:45",
        "Assurances Mutuelle Rhône <contact@mutuelle-rhone.example>",
        "Votre attestation d'assurance habitation",
        "fr",
        """Bonjour,

Vous trouverez ci-joint votre attestation d'assurance habitation pour le logement situé
8 rue Pierre Corneille, 69006 Lyon, valable jusqu'au 30/09/2025.

Cordialement,
Votre service clients""",
        attach=[("attestation_habitation.pdf", "application/pdf", "%PDF-1.4 attestation")],
    ),
    n(
        "dentist-reminder",
        "2025-04-02 10:00",
        "Cabinet dentaire des Brotteaux <rdv@dentiste-brotteaux.example>",
        "Rappel : rendez-vous demain 17h30",
        "fr",
        """Rappel : vous avez rendez-vous demain jeudi 3 avril à 17h30 avec le Dr Sorel.
Pour annuler, répondez ANNULER ou appelez le 04 78 00 00 00.""",
    ),
    n(
        "ux-newsletter-en",
        "2025-04-11 15:00",
        "Research Ops Weekly <hello@researchopsweekly.example>",
        "Issue #112: recruiting participants without a budget",
        "en",
        html="""<html><body><h2>Research Ops Weekly #112</h2>
<p>This week: five scrappy ways to recruit research participants, a template for consent
forms, and an interview with a solo researcher at a hardware start-up about running
diary studies with field technicians.</p><p>Unsubscribe · Update preferences</p></body></html>""",
    ),
    n(
        "marketing-offre",
        "2025-04-12 10:00",
        "Sportiva Outdoor <news@sportiva-outdoor.example>",
        "Offre exclusive : -30 % sur toute la randonnée ce week-end",
        "fr",
        html="""<html><body><h1>Offre exclusive membres</h1>
<p>Ce week-end seulement, profitez de -30 % sur les chaussures et sacs de randonnée avec le
code RANDO30. Votre candidature au club n'est pas nécessaire : vous êtes déjà membre !</p>
<p>Valable jusqu'au 14/04 minuit.</p></body></html>""",
    ),
    n(
        "tiago-02",
        "2025-04-13 01:20",
        "Tiago Mendes <tiagomendes.bh@gmail.example>",
        "Re: E aí mano",
        "pt",
        """Kkkk entendi. Faz todo sentido você ir pra UX, você sempre foi o cara que reclamava das
interfaces das máquinas no laboratório. Manda ver!

Sábado 15h (10h aqui) tá bom pra call.

Em dom., 9 de mar. de 2025 às 10:02, Lucas Ferreira escreveu:
> Cara, é uma longa história. Resumindo: gosto mais de falar com as pessoas que usam
> as máquinas do que de desenhar as peças.""",
        **reply("tiago-01", "Tiago Mendes <tiagomendes.bh@gmail.example>"),
    ),
    n(
        "train-02",
        "2025-04-14 13:02",
        "RailConnect <billets@railconnect.example>",
        "Votre billet Lyon Part-Dieu → Grenoble",
        "fr",
        html="""<html><body><p>Votre réservation est confirmée.</p>
<p>Mardi 22 avril 2025 · TER 17619 · 08:12 → 09:35 · Billet Illico Jeune · 9,20 €</p></body></html>""",
    ),
    n(
        "phone-bill-04",
        "2025-04-08 07:15",
        "Lumio Mobile <factures@lumio-mobile.example>",
        "Votre facture Lumio d'avril est disponible",
        "fr",
        html="""<html><body><p>Bonjour Lucas,</p><p>Votre facture du mois d'avril s'élève à
<b>14,48 €</b> (dont 1,49 € de hors forfait : appel vers le Portugal).</p></body></html>""",
    ),
    n(
        "volunteer-app",
        "2025-04-16 11:11",
        "Les Petits Débrouillards Rhône <benevolat@petits-debrouillards-69.example>",
        "Ta candidature bénévole – Fête de la science",
        "fr",
        """Salut Lucas,

Merci pour ta candidature comme bénévole animateur pour la Fête de la science ! On a adoré
ton idée d'atelier « construis ton moteur électrique en 15 minutes ».

Prochaine étape : une demi-journée de formation le samedi 17 mai (9h-13h). Tu nous
confirmes ta présence ?

L'équipe bénévolat""",
    ),
    n(
        "sofia-es",
        "2025-04-18 17:33",
        "Sofía Navarro <sofia.navarro@correo-uni.example>",
        "¿Sigues con lo de Bilbao?",
        "es",
        """¡Hola Lucas!

Me dijo Marcos que echaste el CV para unas prácticas en Bilbao. Si te cogen, tengo una amiga
que alquila una habitación en Deusto, avísame. Y si vienes en junio, ¡pintxos obligatorios!

Besos,
Sofía""",
    ),
    n(
        "prime-video-like",
        "2025-04-19 20:00",
        "CinéStream <no-reply@cinestream.example>",
        "Nouveau sur CinéStream ce mois-ci",
        "fr",
        html="""<html><body><p>Les nouveautés d'avril : trois séries policières nordiques, un
documentaire sur les ingénieurs du viaduc de Millau, et la saison 2 de « Bureau 12 ».</p>
<p>Se désabonner</p></body></html>""",
    ),
    n(
        "dse-confirm",
        "2025-04-22 09:44",
        "Crous Lyon <ne-pas-repondre@crous-lyon.example>",
        "Accusé de réception de votre Dossier Social Étudiant",
        "fr",
        """Bonjour,

Nous accusons réception de votre Dossier Social Étudiant n° 2025-69-118204. Il sera examiné
dans les prochaines semaines. Vous serez informé de la décision par courriel.

Le Crous de Lyon""",
    ),
    n(
        "credit-card-app",
        "2025-04-23 18:05",
        "Nova Banque <cartes@novabanque.example>",
        "Votre demande de carte Nova Premier est en cours d'étude",
        "fr",
        html="""<html><body><p>Bonjour Lucas,</p>
<p>Merci pour votre demande de carte <b>Nova Premier</b>. Nous étudions votre dossier et
reviendrons vers vous sous 48 heures. Pensez à télécharger votre justificatif de domicile
pour accélérer le traitement.</p><p>Nova Banque – la banque 100 % mobile</p></body></html>""",
    ),
    n(
        "credit-card-decision",
        "2025-04-25 10:12",
        "Nova Banque <cartes@novabanque.example>",
        "Votre demande de carte : notre réponse",
        "fr",
        html="""<html><body><p>Bonjour Lucas,</p>
<p>Après étude de votre demande, nous ne sommes pas en mesure de vous accorder la carte Nova
Premier pour le moment : vos revenus actuels ne correspondent pas aux conditions d'accès.</p>
<p>Vous pouvez toutefois ouvrir gratuitement un compte avec la carte Nova Essentiel.</p></body></html>""",
    ),
    n(
        "impots",
        "2025-04-24 08:30",
        "Finances publiques (DGFiP) <ne-pas-repondre@impots-info.example>",
        "Ouverture de la déclaration des revenus 2024",
        "fr",
        """Madame, Monsieur,

Le service de déclaration en ligne des revenus de 2024 est ouvert. Pour les départements
01 à 19, la date limite est fixée au 22 mai à 23h59.

La Direction générale des Finances publiques""",
    ),
    n(
        "anna-de",
        "2025-04-26 14:02",
        "Anna Schubert <anna.schubert@posteo.example>",
        "Hallo aus Dresden!",
        "de",
        """Hi Lucas,

lange nichts gehört! Ich hab gehört, du bewirbst dich jetzt auch in Deutschland? Wenn du
mal nach Dresden kommst, kannst du gern bei uns auf dem Sofa pennen. Seit dem Erasmus in
Lyon vermisse ich eure Bouchons…

Schreib mal, wie's dir geht!
Anna""",
    ),
    n(
        "order-03",
        "2025-04-28 09:31",
        "Marché Central <service@marche-central.example>",
        "Votre commande a été expédiée",
        "fr",
        """Bonjour,

Votre commande n° 4019-2281 (Souris ergonomique verticale) a été expédiée. Livraison prévue
le 30 avril.

Suivre le colis : https://marche-central.example/suivi/4019-2281""",
    ),
    n(
        "figma-like",
        "2025-04-29 16:20",
        "Framewise <team@framewise.example>",
        "Your Framewise Education plan has been approved",
        "en",
        """Hi Lucas,

Good news — your application for the Framewise Education plan has been approved. You now
have free access to Professional features for one year.

Happy designing!
The Framewise team""",
    ),
    n(
        "conf-invite",
        "2025-04-30 10:00",
        "UX Lyon Meetup <events@uxlyon-meetup.example>",
        "Invitation : Meetup UX Lyon #34 – Recherche terrain en milieu industriel",
        "fr",
        """Bonjour Lucas,

Vous êtes invité(e) au 34e Meetup UX Lyon, le jeudi 15 mai à 19h chez Tuba (Part-Dieu).
Au programme : deux talks sur la recherche terrain en usine, puis apéro networking.

L'invitation est jointe pour votre agenda. Entrée libre, inscription recommandée.

L'équipe UX Lyon""",
        ics={
            "uid": "uxlyon-34@uxlyon-meetup.example",
            "start": "2025-05-15 19:00:00 +0200",
            "minutes": 150,
            "organizer": ("UX Lyon Meetup", "events@uxlyon-meetup.example"),
            "summary": "Meetup UX Lyon #34",
            "location": "Tuba, Lyon Part-Dieu",
        },
    ),
    # ---------------------------------------------------------------- May
    n(
        "bank-statement-05",
        "2025-05-02 06:10",
        "Banque Confluence <info@banque-confluence.example>",
        "Votre relevé de compte d'avril est disponible",
        "fr",
        html="""<html><body><p>Bonjour Lucas Ferreira,</p><p>Votre relevé d'avril 2025 est
disponible dans votre espace client.</p></body></html>""",
    ),
    n(
        "mae-03",
        "2025-05-03 10:17",
        "Mãe <rosa.ferreira1964@sapo.example>",
        "Festa em Braga",
        "pt",
        """Lucas,

A prima Joana casa-se a 2 de agosto, em Braga. Já confirmei que vamos todos. Vê lá se
consegues tirar uns dias, mesmo que já estejas a trabalhar.

O teu pai quer ir de carro, mas eu prefiro o avião. Vê os voos de Lyon para o Porto.

Beijinhos""",
    ),
    n(
        "masters-result",
        "2025-05-12 17:00",
        "eCandidat – Université Lumière <ecandidat@univ-lumiere.example>",
        "Résultat de votre candidature – Master Ergonomie et Facteurs Humains",
        "fr",
        """Bonjour,

Un avis a été rendu sur votre candidature au Master 2 Ergonomie, Facteurs Humains et Design
d'interaction : ADMIS SUR LISTE COMPLÉMENTAIRE (rang 4).

Vous serez informé par courriel si une place se libère. Vous pouvez suivre votre position
sur eCandidat.

Le secrétariat pédagogique""",
    ),
    n(
        "order-04",
        "2025-05-05 12:03",
        "Vinted-like Troc <no-reply@troc-mode.example>",
        "Ton article a été vendu !",
        "fr",
        """Bravo Lucas ! Ta veste en jean a été vendue pour 18,00 €.

Envoie le colis sous 5 jours avec le bordereau prépayé. L'argent sera versé sur ton
porte-monnaie dès réception par l'acheteur.""",
    ),
    n(
        "gym",
        "2025-05-06 07:30",
        "Climb'Up Confluence <contact@climbup-confluence.example>",
        "Ton abonnement arrive à échéance",
        "fr",
        """Salut Lucas,

Ton abonnement mensuel étudiant se termine le 15 mai. Renouvelle-le à l'accueil ou en ligne
pour continuer à grimper. Nouveau : des créneaux d'initiation le jeudi soir.

La team Climb'Up""",
    ),
    n(
        "camille-resto",
        "2025-05-07 13:10",
        "Camille Ducret <camille.ducret@boitemail.fr>",
        "Re: ce soir ?",
        "fr",
        """Tu m'as pas répondu pour le ciné en mars mdr. Bon, ce samedi c'est resto pour fêter
ton stage chez les dieux de l'aéronautique ? 😁 Ou t'attends d'avoir signé ?

Cam""",
        **reply("camille-sortie", "Camille Ducret <camille.ducret@boitemail.fr>"),
    ),
    n(
        "phone-bill-05",
        "2025-05-08 07:15",
        "Lumio Mobile <factures@lumio-mobile.example>",
        "Votre facture Lumio de mai est disponible",
        "fr",
        html="""<html><body><p>Votre facture de mai s'élève à <b>12,99 €</b>.</p></body></html>""",
    ),
    n(
        "marketing-es",
        "2025-05-09 09:00",
        "Viajes Alborán <ofertas@viajes-alboran.example>",
        "Oferta exclusiva: vuelos a Oporto desde 39 €",
        "es",
        html="""<html><body><h2>¡Oferta exclusiva para suscriptores!</h2>
<p>Vuela a Oporto, Lisboa o Faro desde 39 € ida. Reserva antes del domingo.</p>
<p>Darse de baja</p></body></html>""",
    ),
    n(
        "volunteer-confirm",
        "2025-05-13 18:40",
        "Les Petits Débrouillards Rhône <benevolat@petits-debrouillards-69.example>",
        "Re: Ta candidature bénévole – Fête de la science",
        "fr",
        """Super, c'est noté pour le 17 mai ! RDV 9h au local, 35 rue de la Thibaudière. On
fournit le matériel pour les moteurs, ramène juste ton enthousiasme.

L'équipe""",
        **reply(
            "volunteer-app",
            "Les Petits Débrouillards Rhône <benevolat@petits-debrouillards-69.example>",
        ),
    ),
    n(
        "univ-alumni",
        "2025-05-14 11:00",
        "Association des Alumni INSA <contact@alumni-insa.example>",
        "Soirée des jeunes diplômés – 5 juin",
        "fr",
        """Chers jeunes diplômés,

Nous avons le plaisir de vous convier à la soirée annuelle des jeunes diplômés le jeudi
5 juin à 19h, à la Rotonde du campus. Cocktail, retrouvailles et remise des prix des
projets de fin d'études.

Inscription gratuite sur le site de l'association.""",
    ),
    n(
        "scholarship-itw",
        "2025-05-22 15:45",
        "Fondation Ponts & Savoirs <bourses@fondation-ponts-savoirs.example>",
        "Bourse Reconversion 2025 : invitation à un entretien",
        "fr",
        """Cher Monsieur Ferreira,

Le comité de sélection a retenu votre candidature pour la phase finale de la bourse
« Reconversion et Innovation ». Nous vous invitons à un entretien de 20 minutes avec deux
membres du jury le mercredi 4 juin à 11h, à la Fondation (Lyon 2e) ou en visioconférence.

Merci de nous confirmer votre créneau.

Fondation Ponts & Savoirs""",
        **reply(
            "scholarship-app", "Fondation Ponts & Savoirs <bourses@fondation-ponts-savoirs.example>"
        ),
    ),
    n(
        "pai-02",
        "2025-05-24 19:48",
        "João Ferreira <joao.ferreira.lyon@laposte-like.example>",
        "Re: Toulouse",
        "pt",
        """Lucas, parabéns pelo assessment center. Não te preocupes com o resultado, fizeste o
teu melhor. Se fores para Toulouse ajudo-te com a mudança.

Pai

De: Lucas Ferreira
Enviado: quinta-feira, 22 de maio de 2025 21:03
Para: João Ferreira
Assunto: Toulouse

Pai, correu bem hoje. Dizem qualquer coisa daqui a duas semanas.""",
    ),
    n(
        "newsletter-fr-2",
        "2025-05-26 07:00",
        "Mécanique Hebdo <newsletter@mecanique-hebdo.example>",
        "Salon Global Industrie : ce qu'il fallait voir",
        "fr",
        html="""<html><body><h1>Mécanique Hebdo</h1><p>Notre compte rendu du salon : cobots,
jumeaux numériques et une table ronde sur l'attractivité des métiers de l'industrie.</p></body></html>""",
    ),
    n(
        "erasmus-decision",
        "2025-05-27 14:20",
        "Relations Internationales <ri@insa-lyon.example>",
        "Résultat de votre candidature Erasmus+ stage",
        "fr",
        """Bonjour Lucas,

La commission a examiné votre candidature à la bourse Erasmus+ Stages. Faute de convention
signée avec un organisme d'accueil à l'étranger, votre dossier n'a pas pu être retenu pour
la session de mai. Vous pouvez déposer une nouvelle demande à la session de septembre si
un stage à l'étranger se confirme.

Service des Relations Internationales""",
        **reply("erasmus-app", "Relations Internationales <ri@insa-lyon.example>"),
    ),
    n(
        "anna-de-2",
        "2025-05-28 22:15",
        "Anna Schubert <anna.schubert@posteo.example>",
        "Re: Hallo aus Dresden!",
        "de",
        """Haha, das mit dem Werkstudenten-Status ist echt blöd gelaufen – die hätten das auch
gleich in die Anzeige schreiben können. Kopf hoch! Komm trotzdem im Sommer vorbei.

LG Anna

Am Sa., 26. Apr. 2025 um 14:02 Uhr schrieb Anna Schubert:
> lange nichts gehört!""",
        **reply("anna-de", "Anna Schubert <anna.schubert@posteo.example>"),
    ),
    n(
        "order-05",
        "2025-05-30 08:40",
        "Marché Central <service@marche-central.example>",
        "Votre avis compte : notez votre souris ergonomique",
        "fr",
        """Bonjour Lucas,

Vous avez reçu votre souris ergonomique verticale il y a un mois. Qu'en pensez-vous ?
Votre avis aide les autres clients. Notez-la en un clic.""",
    ),
]

MAIL += [
    # ---------------------------------------------------------------- June
    n(
        "bank-statement-06",
        "2025-06-02 06:10",
        "Banque Confluence <info@banque-confluence.example>",
        "Votre relevé de compte de mai est disponible",
        "fr",
        html="""<html><body><p>Bonjour Lucas Ferreira,</p><p>Votre relevé de mai 2025 est disponible
dans votre espace client, rubrique « e-Documents ».</p></body></html>""",
    ),
    n(
        "scholarship-result",
        "2025-06-11 12:30",
        "Fondation Ponts & Savoirs <bourses@fondation-ponts-savoirs.example>",
        "Bourse Reconversion 2025 – décision du jury",
        "fr",
        """Cher Monsieur Ferreira,

Nous vous remercions pour l'entretien du 4 juin. Le jury a été sensible à la cohérence de
votre projet. Il a toutefois décidé d'attribuer les bourses de cette année à des candidats
déjà admis définitivement dans leur formation, votre admission en master étant encore sur
liste complémentaire.

Nous vous encourageons à candidater de nouveau l'an prochain.

Fondation Ponts & Savoirs""",
    ),
    n(
        "camille-toulouse",
        "2025-06-12 19:02",
        "Camille Ducret <camille.ducret@boitemail.fr>",
        "OMG",
        "fr",
        """T'AS SIGNÉ ??? Inès vient de me dire. Félicitations mon grand, Toulouse ça va être
trop bien. On fête ça vendredi, pas d'excuse.

Cam
Envoyé de mon iPhone""",
    ),
    n(
        "mae-04",
        "2025-06-12 21:40",
        "Mãe <rosa.ferreira1964@sapo.example>",
        "Estou tão orgulhosa",
        "pt",
        """Meu querido filho,

O teu pai já ligou a toda a família. A avó chorou ao telefone. Sabia que ias conseguir.
Agora tens de encontrar casa em Toulouse, vê se não é muito cara.

Muitos beijinhos
Mãe""",
    ),
    n(
        "flat-tlse-1",
        "2025-06-18 10:15",
        "Garonne Habitat Location <location@garonne-habitat.example>",
        "Votre candidature pour le T1 bis – Saint-Cyprien",
        "fr",
        """Bonjour Monsieur Ferreira,

Nous accusons réception de votre candidature pour le T1 bis de 32 m² situé rue de la
République à Toulouse (Saint-Cyprien), loyer 610 € charges comprises.

Merci de compléter votre dossier sur notre plateforme sécurisée : promesse d'embauche ou
contrat de travail, trois derniers bulletins de salaire ou garantie Visale, pièce
d'identité.

Garonne Habitat – Service location""",
    ),
    n(
        "flat-tlse-2",
        "2025-06-24 16:48",
        "Garonne Habitat Location <location@garonne-habitat.example>",
        "Dossier accepté – T1 bis Saint-Cyprien",
        "fr",
        """Bonjour Monsieur Ferreira,

Bonne nouvelle : le propriétaire a accepté votre dossier. Nous vous enverrons le bail pour
signature électronique dans les prochains jours. L'état des lieux d'entrée pourra avoir lieu
le samedi 27 septembre.

Garonne Habitat""",
        **reply("flat-tlse-1", "Garonne Habitat Location <location@garonne-habitat.example>"),
    ),
    n(
        "lease-docusign",
        "2025-06-26 11:05",
        "Garonne Habitat via DocuSign <dse@eumail.docusign.net>",
        "Veuillez signer avec DocuSign : Bail_T1bis_StCyprien_Ferreira.pdf",
        "fr",
        html="""<html><body><p>Garonne Habitat vous a envoyé un document à examiner et à signer.</p>
<p><a href="https://eu.docusign.net/Signing/EmailStart.aspx?a=b71c">EXAMINER LE DOCUMENT</a></p>
<p>Bonjour M. Ferreira, voici votre bail d'habitation et l'annexe état des risques. Merci de
signer sous 5 jours. Cordialement, Garonne Habitat</p>
<p style="font-size:10px">Ne partagez pas cet e-mail. Optimisé par DocuSign</p></body></html>""",
    ),
    n(
        "lease-completed",
        "2025-06-27 09:12",
        "DocuSign <dse@eumail.docusign.net>",
        "Terminé : Bail_T1bis_StCyprien_Ferreira.pdf",
        "fr",
        html="""<html><body><p>Toutes les parties ont terminé Bail_T1bis_StCyprien_Ferreira.pdf.</p>
<p><a href="https://eu.docusign.net/Member/EmailStart.aspx?m=c91">AFFICHER LE DOCUMENT TERMINÉ</a></p></body></html>""",
    ),
    n(
        "masters-decline",
        "2025-06-16 09:22",
        "eCandidat – Université Lumière <ecandidat@univ-lumiere.example>",
        "Confirmation de votre désistement – Master Ergonomie",
        "fr",
        """Bonjour,

Nous prenons acte de votre désistement pour le Master 2 Ergonomie, Facteurs Humains et
Design d'interaction. Votre place sur liste complémentaire a été libérée.

Nous vous souhaitons une bonne continuation.

Le secrétariat pédagogique""",
    ),
    n(
        "phone-bill-06",
        "2025-06-08 07:15",
        "Lumio Mobile <factures@lumio-mobile.example>",
        "Votre facture Lumio de juin est disponible",
        "fr",
        html="""<html><body><p>Votre facture de juin s'élève à <b>12,99 €</b>.</p></body></html>""",
    ),
    n(
        "fete-science",
        "2025-06-03 20:30",
        "Les Petits Débrouillards Rhône <benevolat@petits-debrouillards-69.example>",
        "Merci les bénévoles ! 💛",
        "fr",
        """Un immense merci à toutes et tous pour la formation du 17 mai : vous étiez 23, un record.
Le planning des ateliers d'octobre arrive à la rentrée.

L'équipe""",
    ),
    n(
        "sofia-es-2",
        "2025-06-14 11:50",
        "Sofía Navarro <sofia.navarro@correo-uni.example>",
        "Re: ¿Sigues con lo de Bilbao?",
        "es",
        """¡Qué bien lo de Toulouse, Lucas! Pues nada de Bilbao entonces, pero Toulouse está al lado
de los Pirineos, ¡así que este invierno esquiamos juntos!

Un abrazo enorme,
Sofía""",
        **reply("sofia-es", "Sofía Navarro <sofia.navarro@correo-uni.example>"),
    ),
    n(
        "flight-porto",
        "2025-06-19 22:41",
        "AeroLigne Réservations <reservations@aeroligne.example>",
        "Confirmation de réservation – Lyon (LYS) → Porto (OPO)",
        "fr",
        html="""<html><body><p>Merci d'avoir choisi AeroLigne.</p>
<p>Référence de réservation : <b>K7QZ2M</b></p>
<p>Vol AL 4421 · jeudi 31 juillet 2025 · LYS 18:25 → OPO 19:40<br>
Vol AL 4422 · mardi 5 août 2025 · OPO 20:15 → LYS 23:25</p>
<p>Passager : M. Lucas FERREIRA · 1 bagage cabine</p></body></html>""",
    ),
    n(
        "ux-newsletter-en-2",
        "2025-06-20 15:00",
        "Research Ops Weekly <hello@researchopsweekly.example>",
        "Issue #122: when your stakeholders are engineers",
        "en",
        html="""<html><body><h2>Research Ops Weekly #122</h2>
<p>How to present findings to an engineering audience, a reading list on contextual inquiry,
and job board highlights from our community (we don't vet these — apply at your own pace).</p></body></html>""",
    ),
    n(
        "podcast-invite",
        "2025-06-23 14:14",
        "Juliette Marchal <juliette@podcast-reconversions.example>",
        "Interview pour le podcast « Bifurquer » ?",
        "fr",
        """Bonjour Lucas,

Je produis « Bifurquer », un podcast sur les reconversions de jeunes diplômés. Ton post
LinkedIn sur ton passage de la mécanique à la recherche utilisateur m'a beaucoup plu.

Est-ce que tu accepterais une interview d'environ 40 minutes, enregistrée à distance, en
juillet ? Aucune préparation nécessaire, je t'envoie les thèmes avant.

Belle journée,
Juliette Marchal
Bifurquer – le podcast des chemins de traverse""",
    ),
    n(
        "order-06",
        "2025-06-28 17:20",
        "Déco&Co <commandes@decoco.example>",
        "Commande confirmée : bureau pliant + lampe",
        "fr",
        html="""<html><body><p>Merci Lucas !</p><p>Bureau pliant chêne clair : 89,00 €<br>
Lampe d'architecte noire : 34,99 €<br>Livraison prévue entre le 29/09 et le 02/10 à
Toulouse.</p></body></html>""",
    ),
    n(
        "alumni-ev",
        "2025-06-30 10:30",
        "Association des Alumni INSA <contact@alumni-insa.example>",
        "Cotisation 2025-2026 : offerte aux jeunes diplômés",
        "fr",
        """Bonjour,

Bonne nouvelle : la cotisation à l'association est offerte la première année pour les
diplômés 2025. Activez simplement votre compte pour accéder à l'annuaire.

Le bureau des Alumni""",
    ),
    # ---------------------------------------------------------------- July
    n(
        "bank-statement-07",
        "2025-07-02 06:10",
        "Banque Confluence <info@banque-confluence.example>",
        "Votre relevé de compte de juin est disponible",
        "fr",
        html="""<html><body><p>Votre relevé de juin 2025 est disponible dans votre espace client.</p></body></html>""",
    ),
    n(
        "podcast-confirm",
        "2025-07-04 09:30",
        "Juliette Marchal <juliette@podcast-reconversions.example>",
        "Re: Interview pour le podcast « Bifurquer » ?",
        "fr",
        """Top ! On cale l'enregistrement le mardi 15 juillet à 10h. Je t'enverrai le lien
Riverside la veille. Prévois un casque avec micro, et un endroit calme.

Juliette""",
        **reply("podcast-invite", "Juliette Marchal <juliette@podcast-reconversions.example>"),
        ics={
            "uid": "bifurquer-ep-ferreira@podcast-reconversions.example",
            "start": "2025-07-15 10:00:00 +0200",
            "minutes": 60,
            "organizer": ("Juliette Marchal", "juliette@podcast-reconversions.example"),
            "summary": "Enregistrement Bifurquer – Lucas Ferreira",
            "location": "Riverside (lien à venir)",
        },
    ),
    n(
        "mae-05",
        "2025-07-06 18:00",
        "Mãe <rosa.ferreira1964@sapo.example>",
        "Casamento da Joana",
        "pt",
        """Filho, a Joana pediu para levares a guitarra para a festa. E não te esqueças do fato,
tens de o levar à lavandaria.

A avó vai ficar em casa da tia Fátima, por isso ficas no quarto dela lá em casa.

Beijinhos""",
    ),
    n(
        "tiago-03",
        "2025-07-08 00:40",
        "Tiago Mendes <tiagomendes.bh@gmail.example>",
        "olha isso",
        "pt",
        """Mano, olha esse vídeo de um cara testando usabilidade de painel de trator kkkk lembrei de
você na hora

https://video.example/watch?v=trator-ux

Abraço!""",
    ),
    n(
        "phone-bill-07",
        "2025-07-08 07:15",
        "Lumio Mobile <factures@lumio-mobile.example>",
        "Votre facture Lumio de juillet est disponible",
        "fr",
        html="""<html><body><p>Votre facture de juillet s'élève à <b>12,99 €</b>.</p></body></html>""",
    ),
    n(
        "visale",
        "2025-07-09 11:45",
        "Visale <ne-pas-repondre@visale-garantie.example>",
        "Votre visa Visale est disponible",
        "fr",
        """Bonjour,

Votre demande de garantie Visale a été acceptée. Votre visa (n° V2025-0719-2231) est valable
trois mois pour un logement d'un loyer maximum de 800 € charges comprises. Transmettez-le à
votre futur bailleur.

Action Logement""",
    ),
    n(
        "brasil-cousin",
        "2025-07-11 21:22",
        "Mariana Ferreira <mari.ferreira@uol-like.example>",
        "Primo!!",
        "pt",
        """Oi primo!

Minha mãe contou que você vai trabalhar com avião em Toulouse, que chique! Aqui em Curitiba
tá um frio absurdo. Quando vier pro Brasil me avisa, tem um monte de gente querendo te
conhecer.

Beijo grande,
Mari""",
    ),
    n(
        "newsletter-en-3",
        "2025-07-14 08:00",
        "The Hardware Letter <editor@hardwareletter.example>",
        "Why test benches are the most underrated product",
        "en",
        """THE HARDWARE LETTER — issue 77

This week we look at the humble test bench: why it's where most product knowledge lives,
how the best teams design it for the technicians who use it, and a short Q&A with an
interviewer who has hired 200 hardware engineers.

Unsubscribe: https://hardwareletter.example/u""",
    ),
    n(
        "train-03",
        "2025-07-16 12:22",
        "RailConnect <billets@railconnect.example>",
        "Votre billet Lyon Part-Dieu → Toulouse Matabiau",
        "fr",
        html="""<html><body><p>Votre réservation est confirmée.</p>
<p>Samedi 26 juillet 2025 · 06:58 → 11:26 · Voiture 7, place 112 · 45,00 €</p></body></html>""",
    ),
    n(
        "podcast-published",
        "2025-07-28 07:00",
        "Bifurquer <bonjour@podcast-reconversions.example>",
        "Nouvel épisode : Lucas, de la bielle à l'interview utilisateur",
        "fr",
        html="""<html><body><p>Dans l'épisode 19 de Bifurquer, Lucas raconte comment un projet de fin
d'études sur l'IHM d'une presse lui a donné envie de faire de la recherche utilisateur.</p>
<p><a href="https://podcast-reconversions.example/19">Écouter</a></p></body></html>""",
    ),
    n(
        "order-07",
        "2025-07-19 15:33",
        "Marché Central <service@marche-central.example>",
        "Confirmation de commande n° 4019-7713",
        "fr",
        """Bonjour Lucas,

Nous confirmons votre commande : valise cabine 55 cm (59,90 €). Livraison prévue le 23 juillet.

Marché Central""",
    ),
    n(
        "marketing-fr-2",
        "2025-07-21 10:00",
        "Lumio Mobile <offres@lumio-mobile.example>",
        "Lucas, une offre exclusive rien que pour vous : 200 Go à 9,99 €",
        "fr",
        html="""<html><body><h2>Offre exclusive</h2><p>Passez au forfait 200 Go pour 9,99 €/mois
pendant 12 mois. Sans engagement, sans changer de carte SIM.</p>
<p>Offre soumise à conditions, valable jusqu'au 31/07.</p></body></html>""",
    ),
    n(
        "bastien-vacances",
        "2025-07-22 13:05",
        "Bastien Roux <bastien.roux@boitemail.fr>",
        "Ardèche mi-août ?",
        "fr",
        """Salut la team,

On loue un gîte à Vallon-Pont-d'Arc du 15 au 19 août, 5 places. Canoë + grimpe. Qui est
chaud ? Faut répondre avant dimanche, le proprio attend.

Bastien""",
    ),
    n(
        "caf",
        "2025-07-25 08:10",
        "Caf du Rhône <ne-pas-repondre@caf-info.example>",
        "Un nouveau document est disponible dans votre espace",
        "fr",
        """Bonjour,

Un nouveau courrier concernant votre aide au logement est disponible dans votre espace
Mon Compte. Pensez à déclarer votre changement de situation en cas de déménagement.

Votre Caf""",
    ),
    n(
        "dentist-2",
        "2025-07-29 18:02",
        "Cabinet dentaire des Brotteaux <rdv@dentiste-brotteaux.example>",
        "Confirmation de votre rendez-vous du 11 septembre",
        "fr",
        """Bonjour M. Ferreira,

Votre rendez-vous avec le Dr Sorel est confirmé : jeudi 11 septembre 2025 à 9h00 (soin
d'une carie, 45 min). Pensez à apporter votre carte Vitale.

Cabinet dentaire des Brotteaux""",
        ics={
            "uid": "rdv-20250911-0900@dentiste-brotteaux.example",
            "start": "2025-09-11 09:00:00 +0200",
            "minutes": 45,
            "organizer": ("Cabinet dentaire des Brotteaux", "rdv@dentiste-brotteaux.example"),
            "summary": "Rendez-vous Dr Sorel – soin",
            "location": "12 boulevard des Belges, Lyon 6e",
        },
    ),
    n(
        "checkin-porto",
        "2025-07-30 18:25",
        "AeroLigne <checkin@aeroligne.example>",
        "Votre carte d'embarquement – AL 4421 Lyon → Porto",
        "fr",
        html="""<html><body><p>Vous êtes enregistré, M. FERREIRA.</p>
<p>AL 4421 · 31/07 · LYS 18:25 → OPO 19:40 · Siège 14C · Porte fermée 20 min avant le départ</p></body></html>""",
        attach=[("boarding_pass.pdf", "application/pdf", "%PDF-1.4 boarding")],
    ),
]

MAIL += [
    # ---------------------------------------------------------------- August
    n(
        "bank-statement-08",
        "2025-08-02 06:10",
        "Banque Confluence <info@banque-confluence.example>",
        "Votre relevé de compte de juillet est disponible",
        "fr",
        html="""<html><body><p>Votre relevé de juillet 2025 est disponible dans votre espace client.</p></body></html>""",
    ),
    n(
        "joana-thanks",
        "2025-08-04 23:58",
        "Joana Ferreira Silva <joana.fsilva@sapo.example>",
        "Obrigada primo ❤️",
        "pt",
        """Lucas,

Nem sei como te agradecer pela música na igreja. Toda a gente chorou, até o padre! Foi o
dia mais bonito da minha vida e tu fizeste parte dele.

Quando estiveres instalado em Toulouse vamos visitar-te, o Rui já está a planear.

Beijinho enorme,
Joana""",
    ),
    n(
        "phone-bill-08",
        "2025-08-08 07:15",
        "Lumio Mobile <factures@lumio-mobile.example>",
        "Votre facture Lumio d'août est disponible",
        "fr",
        html="""<html><body><p>Votre facture d'août s'élève à <b>17,45 €</b> (dont roaming hors UE
: 0,00 € ; appels vers le Portugal : 4,46 €).</p></body></html>""",
    ),
    n(
        "roaming-sms",
        "2025-07-31 19:52",
        "Lumio Mobile <info@lumio-mobile.example>",
        "Bienvenue au Portugal",
        "fr",
        """Bienvenue au Portugal ! Vos appels, SMS et 25 Go de données s'utilisent comme en France.
Urgences : 112. Bon séjour avec Lumio.""",
    ),
    n(
        "ardeche",
        "2025-08-10 10:40",
        "Inès Belkacem <ines.belkacem@mailo.example>",
        "Re: Ardèche mi-août ?",
        "fr",
        """Ok pour moi ! Lucas tu prends ta voiture (enfin celle de ton père) ? On peut faire
Lyon → Vallon à 4 avec les canoës sur le toit… non je rigole. Départ vendredi 15 à 8h ?

Inès""",
        **reply("bastien-vacances", "Bastien Roux <bastien.roux@boitemail.fr>"),
    ),
    n(
        "moving-quote",
        "2025-08-12 14:30",
        "Déménagements Rhône-Garonne <devis@demenagements-rg.example>",
        "Votre devis de déménagement Lyon → Toulouse",
        "fr",
        """Bonjour Monsieur Ferreira,

Suite à votre demande, voici notre devis pour un déménagement formule « Éco » (8 m³) de
Lyon 6e vers Toulouse, le samedi 27 septembre 2025 : 690 € TTC, assurance incluse.

Devis valable 30 jours. Pour valider, retournez-le signé avec un acompte de 30 %.

Cordialement,
Déménagements Rhône-Garonne""",
        attach=[("devis_DRG_2025-0812.pdf", "application/pdf", "%PDF-1.4 devis")],
    ),
    n(
        "anna-de-3",
        "2025-08-14 17:17",
        "Anna Schubert <anna.schubert@posteo.example>",
        "Toulouse!!",
        "de",
        """Lucas!!

Glückwunsch, Toulouse klingt toll! Ich hab mir direkt mal Flüge angeschaut, im November
wäre ich dabei. Habt ihr da eigentlich auch so gute Bouchons? 😄

Liebe Grüße
Anna""",
    ),
    n(
        "newsletter-es",
        "2025-08-18 09:00",
        "Ingeniería Hoy <boletin@ingenieria-hoy.example>",
        "Boletín semanal: la eólica marina gallega toma impulso",
        "es",
        html="""<html><body><h2>Ingeniería Hoy</h2><p>Esta semana: nuevos parques eólicos marinos en
Galicia, entrevista con una ingeniera de turbinas y las claves del nuevo reglamento de baja
tensión.</p><p>Darse de baja</p></body></html>""",
    ),
    n(
        "order-08",
        "2025-08-20 11:11",
        "Librairie Passages <commandes@librairie-passages.example>",
        "Votre précommande est arrivée",
        "fr",
        """Bonjour Lucas,

La précommande « Just Enough Research » (édition française) est arrivée. Nous la gardons
pour vous jusqu'au 3 septembre.

Librairie Passages""",
    ),
    n(
        "crous-decision",
        "2025-08-22 08:30",
        "Crous Lyon <ne-pas-repondre@crous-lyon.example>",
        "Notification de décision – bourse sur critères sociaux",
        "fr",
        """Bonjour,

Suite à l'examen de votre Dossier Social Étudiant, aucune bourse ne peut vous être
attribuée pour l'année 2025-2026 : vous n'êtes pas inscrit dans une formation habilitée.

Cette décision est consultable dans votre espace.

Le Crous de Lyon""",
    ),
    n(
        "edf-like",
        "2025-08-25 16:00",
        "Énergie Verte Plus <clients@energie-verteplus.example>",
        "Mise en service de votre contrat d'électricité",
        "fr",
        """Bonjour Lucas,

Votre contrat d'électricité pour le logement situé rue de la République, 31300 Toulouse, sera
actif à partir du 27/09/2025. Pensez à relever le compteur le jour de votre emménagement.

Énergie Verte Plus""",
    ),
    n(
        "box-internet",
        "2025-08-26 18:18",
        "Fibrelo <bienvenue@fibrelo.example>",
        "Votre commande Box Fibre est confirmée",
        "fr",
        html="""<html><body><p>Merci Lucas !</p><p>Votre box fibre sera installée le <b>mardi
30 septembre entre 8h et 12h</b>. Un technicien vous contactera la veille.</p>
<p>Offre de bienvenue : 19,99 €/mois pendant un an.</p></body></html>""",
    ),
    n(
        "sofia-es-3",
        "2025-08-29 20:44",
        "Sofía Navarro <sofia.navarro@correo-uni.example>",
        "Fotos de Oporto",
        "es",
        """¡Lucas! Al final Marcos y yo pasamos por Oporto justo después de que te fueras, qué
pena. Te mando un par de fotos de la Ribeira. ¿La francesinha es de verdad tan buena o es
marketing?

Besos,
Sofía""",
        attach=[("ribeira.jpg", "image/jpeg", "jpeg-bytes")],
    ),
    n(
        "mecanique-aout",
        "2025-08-25 07:00",
        "Mécanique Hebdo <newsletter@mecanique-hebdo.example>",
        "Spécial rentrée : 10 logiciels de CAO comparés",
        "fr",
        html="""<html><body><h1>Mécanique Hebdo</h1><p>Notre comparatif de rentrée des logiciels de
CAO, et le retour des offres d'emploi de la rubrique « Carrières » la semaine prochaine.</p></body></html>""",
    ),
    # ---------------------------------------------------------------- September
    n(
        "bank-statement-09",
        "2025-09-02 06:10",
        "Banque Confluence <info@banque-confluence.example>",
        "Votre relevé de compte d'août est disponible",
        "fr",
        html="""<html><body><p>Votre relevé d'août 2025 est disponible dans votre espace client.</p></body></html>""",
    ),
    n(
        "bank-transfer",
        "2025-09-03 09:40",
        "Hugo Lambert <hugo.lambert@banque-confluence.example>",
        "Transfert de votre compte vers l'agence de Toulouse",
        "fr",
        """Bonjour Lucas,

Comme convenu par téléphone, je lance le transfert de votre compte vers notre agence de
Toulouse Capitole. Votre RIB ne change pas. Votre nouvelle conseillère, Mme Delpech, vous
contactera en octobre.

Bonne installation !
Hugo Lambert""",
        **reply("loan-app-2", "Hugo Lambert <hugo.lambert@banque-confluence.example>"),
    ),
    n(
        "phone-bill-09",
        "2025-09-08 07:15",
        "Lumio Mobile <factures@lumio-mobile.example>",
        "Votre facture Lumio de septembre est disponible",
        "fr",
        html="""<html><body><p>Votre facture de septembre s'élève à <b>9,99 €</b>.</p></body></html>""",
    ),
    n(
        "dentist-reminder-2",
        "2025-09-10 10:00",
        "Cabinet dentaire des Brotteaux <rdv@dentiste-brotteaux.example>",
        "Rappel : rendez-vous demain 9h00",
        "fr",
        """Rappel : vous avez rendez-vous demain jeudi 11 septembre à 9h00 avec le Dr Sorel.
Pour annuler, appelez le 04 78 00 00 00.""",
    ),
    n(
        "erasmus-newsletter",
        "2025-09-12 14:00",
        "Relations Internationales <ri@insa-lyon.example>",
        "Campagne Erasmus+ de septembre : candidatures ouvertes",
        "fr",
        """Bonjour à tous,

La session de septembre des bourses Erasmus+ Stages est ouverte jusqu'au 10 octobre. Seuls
les stages avec convention signée peuvent être financés.

Service des Relations Internationales""",
    ),
    n(
        "volunteer-oct",
        "2025-09-15 19:00",
        "Les Petits Débrouillards Rhône <benevolat@petits-debrouillards-69.example>",
        "Fête de la science : le planning des ateliers",
        "fr",
        """Salut à tous,

Voici le planning des ateliers de la Fête de la science (4-5 octobre). Lucas, on t'a mis sur
l'atelier moteurs le samedi matin — mais on a compris que tu déménages : dis-nous si tu
peux quand même venir, sinon on te remplace sans souci !

L'équipe""",
        **reply(
            "volunteer-app",
            "Les Petits Débrouillards Rhône <benevolat@petits-debrouillards-69.example>",
        ),
    ),
    n(
        "volunteer-reply",
        "2025-09-16 08:20",
        "Les Petits Débrouillards Rhône <benevolat@petits-debrouillards-69.example>",
        "Re: Fête de la science : le planning des ateliers",
        "fr",
        """Merci Lucas pour ta réponse, c'est noté, Mehdi prend ta place. Bonne route pour Toulouse,
et passe nous voir quand tu remontes à Lyon !""",
    ),
    n(
        "mae-06",
        "2025-09-18 21:30",
        "Mãe <rosa.ferreira1964@sapo.example>",
        "Mudança",
        "pt",
        """Lucas,

O teu pai e eu vamos contigo no dia 27 para ajudar com a mudança. Levo as cortinas que fiz
e uns tupperwares com comida para a primeira semana. Não digas que não!

Beijinhos
Mãe

Enviado do meu iPhone""",
    ),
    n(
        "order-09",
        "2025-09-19 10:05",
        "Déco&Co <commandes@decoco.example>",
        "Votre livraison est programmée",
        "fr",
        """Bonjour Lucas,

Votre livraison (bureau pliant + lampe) est programmée le mercredi 1er octobre entre 13h et
18h, rue de la République à Toulouse.

Déco&Co""",
    ),
    n(
        "newsletter-en-4",
        "2025-09-22 15:00",
        "Research Ops Weekly <hello@researchopsweekly.example>",
        "Issue #135: the interview guide template everyone asked for",
        "en",
        html="""<html><body><h2>Research Ops Weekly #135</h2>
<p>Our most requested template is here: a semi-structured interview guide you can adapt in ten
minutes. Plus a podcast recommendation and three conference calls for papers.</p></body></html>""",
    ),
    n(
        "conf-cfp",
        "2025-09-23 11:00",
        "Journées Facteurs Humains <contact@journees-fh.example>",
        "Invitation – Journées Facteurs Humains 2025, Toulouse, 20-21 novembre",
        "fr",
        """Madame, Monsieur,

Nous avons le plaisir de vous inviter aux Journées Facteurs Humains 2025, qui se tiendront à
Toulouse les 20 et 21 novembre. Inscription à tarif réduit pour les jeunes professionnels
jusqu'au 15 octobre.

Le comité d'organisation""",
        ics={
            "uid": "jfh2025@journees-fh.example",
            "start": "2025-11-20 09:00:00 +0100",
            "minutes": 480,
            "organizer": ("Journées Facteurs Humains", "contact@journees-fh.example"),
            "summary": "Journées Facteurs Humains 2025",
            "location": "Centre de congrès, Toulouse",
        },
    ),
    n(
        "caf-move",
        "2025-09-24 09:00",
        "Caf du Rhône <ne-pas-repondre@caf-info.example>",
        "Votre déclaration de changement d'adresse a bien été enregistrée",
        "fr",
        """Bonjour,

Nous avons bien enregistré votre nouvelle adresse à compter du 27/09/2025. Votre dossier
sera transféré à la Caf de la Haute-Garonne.

Votre Caf""",
    ),
    n(
        "etat-des-lieux",
        "2025-09-25 16:45",
        "Garonne Habitat Location <location@garonne-habitat.example>",
        "État des lieux d'entrée – samedi 27 septembre 10h",
        "fr",
        """Bonjour Monsieur Ferreira,

Nous vous confirmons l'état des lieux d'entrée le samedi 27 septembre à 10h, sur place.
Merci de vous munir de l'attestation d'assurance habitation pour le nouveau logement.

Garonne Habitat""",
        **reply("flat-tlse-2", "Garonne Habitat Location <location@garonne-habitat.example>"),
    ),
    n(
        "insurance-2",
        "2025-09-26 12:00",
        "Assurances Mutuelle Rhône <contact@mutuelle-rhone.example>",
        "Votre nouveau contrat habitation – Toulouse",
        "fr",
        """Bonjour,

Votre contrat d'assurance habitation a été transféré à votre nouvelle adresse à Toulouse.
Votre attestation est jointe.

Votre service clients""",
        attach=[("attestation_habitation_toulouse.pdf", "application/pdf", "%PDF-1.4 attestation")],
    ),
    n(
        "camille-depart",
        "2025-09-26 22:10",
        "Camille Ducret <camille.ducret@boitemail.fr>",
        "tu vas nous manquer",
        "fr",
        """Bon bah voilà, c'est demain. Merci pour ces années de coloc', de TP ratés et de soirées
sur les quais. Toulouse a de la chance.

On vient te voir à la Toussaint, c'est promis.

Cam 💛""",
    ),
    n(
        "fibrelo-tech",
        "2025-09-29 17:40",
        "Fibrelo <rdv@fibrelo.example>",
        "Rappel : installation de votre box demain",
        "fr",
        """Bonjour Lucas,

Notre technicien passera demain mardi 30 septembre entre 8h et 12h. Merci de vous assurer
que le local technique de l'immeuble est accessible.

Fibrelo""",
    ),
    # ---------------------------------------------------------------- October
    n(
        "bank-statement-10",
        "2025-10-02 06:10",
        "Banque Confluence <info@banque-confluence.example>",
        "Votre relevé de compte de septembre est disponible",
        "fr",
        html="""<html><body><p>Votre relevé de septembre 2025 est disponible dans votre espace client.</p></body></html>""",
    ),
    n(
        "tiago-04",
        "2025-10-03 02:11",
        "Tiago Mendes <tiagomendes.bh@gmail.example>",
        "E aí, primeiro dia?",
        "pt",
        """Fala engenheiro aeroespacial kkk

Como foi a primeira semana? Já te deram crachá e tudo? Manda foto do avião.

Abraço de BH""",
    ),
    n(
        "pai-03",
        "2025-10-04 12:02",
        "João Ferreira <joao.ferreira.lyon@laposte-like.example>",
        "cortinas",
        "pt",
        """A tua mãe pergunta se as cortinas ficaram bem. Eu digo que sim mas ela quer foto.

Pai""",
    ),
    n(
        "phone-bill-10",
        "2025-10-08 07:15",
        "Lumio Mobile <factures@lumio-mobile.example>",
        "Votre facture Lumio d'octobre est disponible",
        "fr",
        html="""<html><body><p>Votre facture d'octobre s'élève à <b>9,99 €</b>.</p></body></html>""",
    ),
    n(
        "mecanique-oct",
        "2025-10-06 07:00",
        "Mécanique Hebdo <newsletter@mecanique-hebdo.example>",
        "Aéronautique : les cadences remontent à Toulouse",
        "fr",
        html="""<html><body><h1>Mécanique Hebdo</h1><p>Les sous-traitants toulousains recrutent à
nouveau, reportage dans trois ateliers de la région, et notre interview d'un responsable
méthodes sur la montée en cadence.</p></body></html>""",
    ),
    n(
        "new-advisor",
        "2025-10-09 10:30",
        "Claire Delpech <claire.delpech@banque-confluence.example>",
        "Présentation – votre conseillère à Toulouse Capitole",
        "fr",
        """Bonjour Monsieur Ferreira,

Je suis votre nouvelle conseillère à l'agence Toulouse Capitole. Je vous propose un premier
rendez-vous pour faire le point sur votre situation (nouvel emploi, prêt étudiant en cours).
Seriez-vous disponible un midi la semaine prochaine ?

Bien cordialement,
Claire Delpech""",
    ),
    n(
        "anna-de-4",
        "2025-10-12 19:50",
        "Anna Schubert <anna.schubert@posteo.example>",
        "Flüge gebucht ✈️",
        "de",
        """Hi Lucas,

so, Flüge sind gebucht: ich lande am 14. November um 18:40 in Toulouse und bleib bis
Sonntag. Ich bring dir Stollen mit, egal ob du willst oder nicht 😄

Bis bald!
Anna""",
    ),
    n(
        "order-10",
        "2025-10-14 09:20",
        "Marché Central <service@marche-central.example>",
        "Votre commande n° 4019-9902 a été livrée",
        "fr",
        """Bonjour Lucas,

Votre colis (tapis de bain, étagère murale) a été livré dans votre boîte aux lettres.

Marché Central""",
    ),
    n(
        "alumni-oct",
        "2025-10-16 11:00",
        "Association des Alumni INSA <contact@alumni-insa.example>",
        "Apéro alumni à Toulouse – 6 novembre",
        "fr",
        """Bonjour,

Le groupe régional Occitanie organise un apéro le jeudi 6 novembre à 19h, place Saint-Pierre.
Idéal pour les nouveaux arrivants dans la région !

Le bureau des Alumni""",
    ),
    n(
        "sofia-es-4",
        "2025-10-19 13:13",
        "Sofía Navarro <sofia.navarro@correo-uni.example>",
        "¿Puente de diciembre?",
        "es",
        """¡Hola, toulousain! ¿Qué tal el curro nuevo? Oye, para el puente de diciembre estamos
pensando en ir a esquiar a Baqueira. ¿Te apuntas? Desde Toulouse estás a nada.

Un beso,
Sofía""",
    ),
    n(
        "newsletter-en-5",
        "2025-10-20 08:00",
        "The Hardware Letter <editor@hardwareletter.example>",
        "Designing cockpits for tired humans",
        "en",
        """THE HARDWARE LETTER — issue 91

Human factors in the cockpit: a long read on alarm fatigue, plus an interview with a
researcher who spent a year observing maintenance crews at night.

Unsubscribe: https://hardwareletter.example/u""",
    ),
    n(
        "mae-07",
        "2025-10-22 20:15",
        "Mãe <rosa.ferreira1964@sapo.example>",
        "Natal",
        "pt",
        """Filho, já sabes se vens no Natal? A avó quer saber para fazer o bacalhau para todos.
E traz a tua roupa suja, não te esqueças 😊

Beijinhos
Mãe""",
    ),
    n(
        "impots-2",
        "2025-10-24 08:30",
        "Finances publiques (DGFiP) <ne-pas-repondre@impots-info.example>",
        "Votre avis d'impôt sur les revenus 2024 est disponible",
        "fr",
        """Madame, Monsieur,

Votre avis d'impôt 2025 sur les revenus de 2024 est disponible dans votre espace
particulier. Vous n'êtes pas imposable.

La Direction générale des Finances publiques""",
    ),
    n(
        "marketing-oct",
        "2025-10-27 10:00",
        "Sportiva Outdoor <news@sportiva-outdoor.example>",
        "Offre exclusive : vos skis de rando à -25 % avant l'hiver",
        "fr",
        html="""<html><body><h1>Offre exclusive</h1><p>Préparez l'hiver : -25 % sur les skis de
randonnée et les peaux de phoque jusqu'au 2 novembre.</p></body></html>""",
    ),
    n(
        "train-04",
        "2025-10-28 21:03",
        "RailConnect <billets@railconnect.example>",
        "Votre billet Toulouse Matabiau → Lyon Part-Dieu",
        "fr",
        html="""<html><body><p>Votre réservation est confirmée.</p>
<p>Vendredi 31 octobre 2025 · 17:34 → 21:58 · Voiture 11, place 44 · 39,00 €</p></body></html>""",
    ),
    n(
        "camille-toussaint",
        "2025-10-29 12:30",
        "Camille Ducret <camille.ducret@boitemail.fr>",
        "Re: tu vas nous manquer",
        "fr",
        """Petit changement : c'est TOI qui remontes à Lyon pour la Toussaint finalement ? Ok on se
fait un bouchon samedi midi, j'ai réservé au Café des Fédérations.

Cam""",
        **reply("camille-depart", "Camille Ducret <camille.ducret@boitemail.fr>"),
    ),
]

MAIL += [
    # ---------------------------------------------------------------- more, all months
    n(
        "forgebox-2fa",
        "2025-03-09 11:02",
        "Forgebox <noreply@forgebox.example>",
        "[Forgebox] Your two-factor authentication recovery codes were viewed",
        "en",
        """Hey lucas-f,

Your two-factor recovery codes were viewed on Sunday, 9 March 2025 at 11:01 CET from
Firefox on Linux (Lyon, FR). If this was you, you can ignore this message.

Thanks,
The Forgebox Team""",
    ),
    n(
        "marathon-app",
        "2025-03-16 09:00",
        "Run in Lyon <inscriptions@runinlyon-like.example>",
        "Votre candidature au tirage au sort du semi-marathon a été enregistrée",
        "fr",
        """Bonjour Lucas,

Votre candidature au tirage au sort pour un dossard du semi-marathon (5 octobre 2025) est
bien enregistrée. Résultats du tirage le 15 avril par e-mail.

L'équipe Run in Lyon""",
    ),
    n(
        "marathon-result",
        "2025-04-15 12:00",
        "Run in Lyon <inscriptions@runinlyon-like.example>",
        "Tirage au sort : vous n'avez pas été retenu",
        "fr",
        """Bonjour Lucas,

Malheureusement, votre candidature n'a pas été retenue lors du tirage au sort. Vous êtes
inscrit sur liste d'attente (n° 1 884) et serez prévenu si un dossard se libère.

L'équipe Run in Lyon""",
        **reply("marathon-app", "Run in Lyon <inscriptions@runinlyon-like.example>"),
    ),
    n(
        "spotify-like",
        "2025-03-23 18:00",
        "Sonora <no-reply@sonora-music.example>",
        "Your Sonora Student discount needs re-verifying",
        "en",
        """Hi Lucas,

Your Sonora Premium Student discount renews every 12 months. Re-verify your student status
before 23 April to keep paying €5.99/month, or you'll move to the standard plan.

Sonora""",
    ),
    n(
        "library",
        "2025-03-28 08:30",
        "Bibliothèque Universitaire <bu-doc@insa-lyon.example>",
        "Rappel : document à rendre",
        "fr",
        """Bonjour,

Le document suivant doit être rendu avant le 02/04/2025 :
« Ergonomie du produit » – cote 620.82 ERG

Au-delà, votre compte lecteur sera suspendu. Les diplômés conservent un accès jusqu'au 30/06.

La Bibliothèque universitaire""",
    ),
    n(
        "marcos-es",
        "2025-04-20 21:00",
        "Marcos Gil <marcos.gil.ib@correo.example>",
        "La foto del hackathon",
        "es",
        """Tío, ¡vi en LinkedIn que ganasteis un premio en el hackathon! Eres un crack. ¿Eso del
panel para operarios lo vais a seguir desarrollando o fue solo para el finde?

Abrazo,
Marcos""",
    ),
    n(
        "bike-service",
        "2025-05-16 17:45",
        "Atelier Cycles Guillotière <contact@cycles-guillotiere.example>",
        "Votre vélo est prêt",
        "fr",
        """Bonjour Lucas,

Votre vélo est prêt (révision complète + changement de chaîne). Montant : 65 €.
Nous sommes ouverts jusqu'à 19h.

Atelier Cycles Guillotière""",
    ),
    n(
        "en-friend",
        "2025-05-19 20:12",
        "Ollie Hartley <ollie.hartley@postbox.example>",
        "long time no see",
        "en",
        """Lucas mate,

Saw your LinkedIn post about the graduate assessment centre — fingers crossed! I did one
at a rail company last year and the group exercise was pure chaos. Any plans to come to
Bristol this summer? You still owe me a rematch at pool.

Ollie""",
    ),
    n(
        "en-friend-2",
        "2025-05-21 07:55",
        "Ollie Hartley <ollie.hartley@postbox.example>",
        "Re: long time no see",
        "en",
        """Ha, fair enough, Toulouse or bust. Let me know how it goes on Thursday. Bring a pen that
works, that's my only advice.

O

On Tue, 20 May 2025 at 22:40, Lucas Ferreira <lucas.ferreira@boitemail.fr> wrote:
> Thanks Ollie! Thursday is the big day. Bristol maybe in September if things work out.""",
        **reply("en-friend", "Ollie Hartley <ollie.hartley@postbox.example>"),
    ),
    n(
        "course-app",
        "2025-05-29 14:40",
        "OpenCourses Academy <admissions@opencourses-academy.example>",
        "Your application to the UX Research Certificate has been received",
        "en",
        """Dear Lucas,

Thank you for applying to the online UX Research Certificate (Autumn 2025 cohort). Our
admissions team will review your statement of purpose and let you know within two weeks.
Need-based fee waivers are available; you can request one from your dashboard.

OpenCourses Academy Admissions""",
    ),
    n(
        "course-accept",
        "2025-06-10 09:15",
        "OpenCourses Academy <admissions@opencourses-academy.example>",
        "Congratulations! You've been admitted to the UX Research Certificate",
        "en",
        """Dear Lucas,

We're pleased to offer you a place in the UX Research Certificate, Autumn 2025 cohort
(online, evenings, 14 weeks, starting 6 October). Please accept your offer and pay the
deposit of €150 by 24 June to secure your seat.

Welcome aboard!
OpenCourses Academy Admissions""",
        **reply("course-app", "OpenCourses Academy <admissions@opencourses-academy.example>"),
    ),
    n(
        "course-receipt",
        "2025-06-14 16:20",
        "OpenCourses Academy <billing@opencourses-academy.example>",
        "Receipt for your deposit – UX Research Certificate",
        "en",
        """Receipt #OCA-2025-18812

Deposit, UX Research Certificate (Autumn 2025): €150.00
Paid by card ending 4471 on 14 June 2025.

Thank you!""",
    ),
    n(
        "course-start",
        "2025-10-01 09:00",
        "OpenCourses Academy <learn@opencourses-academy.example>",
        "Week 1 starts Monday: what is user research?",
        "en",
        """Hi Lucas,

Your first live session is on Monday 6 October at 19:00 CET. Before then, please read the
two short articles in the Week 1 module and introduce yourself in the cohort forum.

See you Monday!
Your instructors""",
    ),
    n(
        "german-course",
        "2025-06-05 10:00",
        "Goethe-Sprachschule Lyon <info@sprachschule-lyon.example>",
        "Anmeldebestätigung – Deutschkurs B1 (Sommerintensiv)",
        "de",
        """Lieber Herr Ferreira,

vielen Dank für Ihre Anmeldung zum Intensivkurs Deutsch B1 (7. bis 25. Juli, täglich 9–12
Uhr). Bitte überweisen Sie die Kursgebühr von 420 € bis zum 20. Juni.

Mit freundlichen Grüßen
Ihr Sprachschulteam""",
    ),
    n(
        "german-course-2",
        "2025-06-30 17:10",
        "Goethe-Sprachschule Lyon <info@sprachschule-lyon.example>",
        "Kurs abgesagt – Rückerstattung",
        "de",
        """Lieber Herr Ferreira,

wie telefonisch besprochen, haben wir Ihre Anmeldung zum Intensivkurs storniert. Die
Kursgebühr von 420 € wird innerhalb von 10 Werktagen auf Ihr Konto zurücküberwiesen.

Viel Erfolg in Toulouse!
Ihr Sprachschulteam""",
        **reply("german-course", "Goethe-Sprachschule Lyon <info@sprachschule-lyon.example>"),
    ),
    n(
        "vaccine",
        "2025-07-01 09:30",
        "Centre de santé Lyon 6 <rdv@centresante-lyon6.example>",
        "Votre rendez-vous de vaccination du 8 juillet",
        "fr",
        """Bonjour,

Rappel de votre rendez-vous : rappel DTP, mardi 8 juillet 2025 à 16h10, avec le Dr Ménard.

Centre de santé Lyon 6""",
    ),
    n(
        "tia-lola",
        "2025-07-10 18:44",
        "Lola Ruiz <lolaruiz.vigo@correo.example>",
        "Boda y verano",
        "es",
        """Hola sobrino,

Tu madre me ha contado que vas a la boda de Joana en Braga. ¡Nosotros también vamos! Así
que nos vemos allí. Llevaré las empanadas de la abuela Carmen.

Un beso fuerte,
Tía Lola""",
    ),
    n(
        "photo-print",
        "2025-08-07 13:30",
        "Clic Photo <commandes@clicphoto.example>",
        "Votre album photo est en cours de fabrication",
        "fr",
        """Bonjour Lucas,

Votre album « Mariage Joana & Rui » (40 pages, couverture rigide) est en cours de
fabrication. Expédition prévue sous 5 jours ouvrés.

Clic Photo""",
    ),
    n(
        "en-saas",
        "2025-08-13 04:12",
        "Noteful <team@noteful.example>",
        "Your Noteful trial ends in 3 days",
        "en",
        """Hi Lucas,

Your 14-day Noteful Pro trial ends on 16 August. Keep your synced research notes, tags and
templates by upgrading, or your workspace will move to the free plan.

The Noteful team""",
    ),
    n(
        "brazil-visa",
        "2025-08-30 10:10",
        "Consulado Honorário – Informações <info@consulado-info.example>",
        "Resposta: documentos para viagem ao Brasil",
        "pt",
        """Prezado Sr. Lucas Ferreira,

Em resposta à sua consulta, informamos que cidadãos portugueses e franceses não necessitam
de visto para estadias de turismo no Brasil até 90 dias. Basta passaporte válido por, no
mínimo, seis meses.

Atenciosamente,
Setor de Informações""",
    ),
    n(
        "de-news",
        "2025-09-05 07:30",
        "Technik Kompakt <newsletter@technik-kompakt.example>",
        "Wochenrückblick: Wärmepumpen, Leistungshalbleiter und ein Interview",
        "de",
        html="""<html><body><h2>Technik Kompakt</h2><p>Diese Woche: neue SiC-Leistungshalbleiter,
Wärmepumpen im Altbau, und ein Interview mit einer Prüfingenieurin über Normen im Alltag.</p>
<p>Abmelden</p></body></html>""",
    ),
    n(
        "ollie-sept",
        "2025-09-09 21:30",
        "Ollie Hartley <ollie.hartley@postbox.example>",
        "Bristol?",
        "en",
        """So… September. Are you coming or have the French aerospace overlords already claimed
your soul? Spare room is yours any weekend before the 27th.

O""",
    ),
    n(
        "moving-confirm",
        "2025-09-01 09:05",
        "Déménagements Rhône-Garonne <devis@demenagements-rg.example>",
        "Confirmation de votre déménagement du 27 septembre",
        "fr",
        """Bonjour Monsieur Ferreira,

Nous avons bien reçu votre devis signé et votre acompte. Notre équipe se présentera le
samedi 27 septembre à 7h30 au 8 rue Pierre Corneille, Lyon 6e.

Déménagements Rhône-Garonne""",
        **reply("moving-quote", "Déménagements Rhône-Garonne <devis@demenagements-rg.example>"),
    ),
    n(
        "mutuelle-card",
        "2025-10-07 11:45",
        "Mutuelle Santé Avenir <adherents@mutuelle-avenir.example>",
        "Bienvenue : votre carte de tiers payant",
        "fr",
        """Bonjour Lucas,

Bienvenue parmi les adhérents de Mutuelle Santé Avenir ! Votre carte de tiers payant est
disponible dans l'application. Votre affiliation prend effet au 01/10/2025.

Mutuelle Santé Avenir""",
    ),
    n(
        "mariana-oct",
        "2025-10-11 22:22",
        "Mariana Ferreira <mari.ferreira@uol-like.example>",
        "Fotos de Curitiba",
        "pt",
        """Primo, como prometido, fotos do Jardim Botânico e da feirinha do Largo da Ordem. Quando
você vem?? Minha mãe já tá fazendo lista de comida pra você experimentar kkkk

Beijo!""",
        attach=[("jardim.jpg", "image/jpeg", "jpeg-bytes")],
    ),
    n(
        "marcos-oct",
        "2025-10-15 18:00",
        "Marcos Gil <marcos.gil.ib@correo.example>",
        "Re: La foto del hackathon",
        "es",
        """Por cierto, ¿sabes que el proyecto del panel lo ha retomado un grupo de la universidad
de Zaragoza? Te han citado en su póster, jaja. Fama internacional.

Marcos""",
        **reply("marcos-es", "Marcos Gil <marcos.gil.ib@correo.example>"),
    ),
    n(
        "forgebox-oct",
        "2025-10-18 10:05",
        "Forgebox <noreply@forgebox.example>",
        "[lucas-f/bench-logger] New issue: support for CSV export (#14)",
        "en",
        """tomaszk opened an issue in lucas-f/bench-logger:

  Would you accept a PR for CSV export? I use your logger on a small motor test bench
  and would love to plot in a spreadsheet.

Reply to this email directly or view it on Forgebox.""",
    ),
    n(
        "heating",
        "2025-10-21 09:00",
        "Garonne Habitat Location <location@garonne-habitat.example>",
        "Information : mise en route du chauffage collectif",
        "fr",
        """Madame, Monsieur,

Nous vous informons que le chauffage collectif de la résidence sera mis en route le lundi
27 octobre. Merci de purger vos radiateurs si nécessaire.

Garonne Habitat – Gestion locative""",
    ),
    n(
        "vote",
        "2025-10-23 12:00",
        "Association des Alumni INSA <contact@alumni-insa.example>",
        "Élection du conseil d'administration : votez avant le 31 octobre",
        "fr",
        """Chers membres,

Le vote électronique pour le renouvellement du conseil d'administration est ouvert jusqu'au
31 octobre minuit. Retrouvez les professions de foi des candidats sur le site.

Le bureau des Alumni""",
    ),
    n(
        "es-news",
        "2025-10-25 09:00",
        "Viajes Alborán <ofertas@viajes-alboran.example>",
        "Puente de diciembre: escapadas a la nieve desde 99 €",
        "es",
        html="""<html><body><h2>¡Escápate a la nieve!</h2><p>Paquetes de hotel + forfait en
Baqueira, Formigal y Sierra Nevada desde 99 € por persona. Plazas limitadas.</p>
<p>Darse de baja</p></body></html>""",
        tz="+0200",
    ),
]
