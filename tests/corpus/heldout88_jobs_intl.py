# ruff: noqa: E501
"""Corpus 88, job mail in French (data only): see heldout88.py."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def _tz(day: str) -> str:
    return "+0200" if day < "2025-10-26" else "+0100"


m = partial(dated_spec, _tz)


def F(cat, co, role, app, src, lang="fr"):
    return (cat, co, role, app, src, lang)


def ics(start, org, uid, summary, minutes=60, style="outlook", **kw):
    ev = {"start": f"{start}:00 {_tz(start[:10])}", "organizer": org, "uid": uid}
    ev.update(summary=summary, minutes=minutes, style=style, **kw)
    return ev


MFS, MFS1 = "Moselle Fund Services", "AML Officer"
FW, FW1 = "Fiduciaire Weber & Associés", "Analyste KYC (H/F)"
BV, BV1 = "Banque Verhaegen", "Compliance Officer AML"
FL, FL1 = "Fondation Lumen", "Responsable conformité et contrôle interne"
LVA, LVA1 = "Lux Vita Assurances", "Chargé(e) de conformité"
BL, BL1 = "Banque Lindenthal", "Compliance Officer - Private Banking"
RF, RF1 = "Reding Fiduciaire", "Chargé(e) de conformité - CDD 12 mois"
AA, AA1 = "Arbalète Assurances", "Risk Manager junior"

MAIL: list[dict[str, Any]] = [
    # --- Moselle Fund Services (Talentsoft) -------------------------------------------------
    m(
        "8101",
        "2025-09-03 18:22",
        "Moselle Fund Services S.A. <ne-pas-repondre@talent-soft.com>",
        "Accusé de réception de votre candidature",
        F("confirmation", MFS, MFS1, 18, "other"),
        "Madame,\n\nNous vous remercions de l'intérêt que vous portez à Moselle Fund Services et accusons bonne réception de votre candidature au poste d'AML Officer (réf. MFS-2025-071), Strassen.\n\nVotre dossier va être étudié avec la plus grande attention. Sans réponse de notre part dans un délai de quatre semaines, vous pourrez considérer que nous ne sommes malheureusement pas en mesure de donner une suite favorable à votre candidature.\n\nNous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.\n\nLe service Ressources Humaines\nMoselle Fund Services S.A. - 2, rue Thomas Edison, L-1445 Strassen",
    ),
    m(
        "8102",
        "2025-09-24 11:47",
        "Moselle Fund Services S.A. <ne-pas-repondre@talent-soft.com>",
        "Votre candidature",
        F("rejection", MFS, MFS1, 18, "other"),
        "Madame,\n\nNous vous remercions à nouveau pour votre candidature au poste d'AML Officer.\n\nVotre parcours a retenu toute notre attention. Néanmoins, nous avons le regret de vous informer que nous ne pouvons y donner une suite favorable, d'autres profils correspondant davantage aux exigences du poste.\n\nNous conservons vos coordonnées dans notre vivier et ne manquerons pas de revenir vers vous si une opportunité se présentait.\n\nVeuillez agréer, Madame, nos sincères salutations.\n\nLe service Ressources Humaines\nMFS",
    ),
    # --- Fiduciaire Weber & Associés (job board) ---------------------------------------------
    m(
        "8103",
        "2025-10-06 12:30",
        "jobs.lux board <candidatures@jobslux-board.example>",
        "Votre candidature a bien été envoyée à FIDUCIAIRE WEBER & ASSOCIES SARL",
        F("confirmation", FW, FW1, 19, "other"),
        html="<html><body><p>Bonjour Laure,</p><p>Votre candidature pour l'offre <b>Analyste KYC (H/F)</b> a bien été transmise à <b>FIDUCIAIRE WEBER &amp; ASSOCIES SARL</b> le 06/10/2025.</p><p>Le recruteur reviendra directement vers vous. Retrouvez toutes vos candidatures dans votre espace candidat.</p><p>Bonne chance !<br>L'équipe jobs.lux board</p><p><small>Vous pouvez modifier vos préférences de notification dans votre espace.</small></p></body></html>",
    ),
    m(
        "8104",
        "2025-10-27 15:03",
        "Nathalie Weber <n.weber@fwa-lux.example>",
        "Candidature Analyste KYC",
        F("rejection", FW, FW1, 19, "direct"),
        "Madame Kieffer,\n\nNous avons bien reçu votre candidature via jobs.lux et vous en remercions.\n\nAprès examen de votre dossier, nous avons le regret de vous informer que nous avons retenu une candidature plus proche de notre activité de domiciliation. Votre profil est néanmoins très intéressant et nous nous permettrons de le conserver.\n\nCordialement,\n\nNathalie Weber\nAssociée\nFWA - Fiduciaire Weber & Associés S.à r.l.\n45, route de Longwy, L-8080 Bertrange\nRCS Luxembourg B 98.554",
    ),
    # --- Banque Verhaegen SA/NV (Workday, Brussels) ------------------------------------------
    m(
        "8105",
        "2025-10-08 22:10",
        "Banque Verhaegen <verhaegen@myworkday.com>",
        "Confirmation de votre candidature - Compliance Officer AML",
        F("confirmation", BV, BV1, 20, "workday"),
        "Chère Madame Kieffer,\n\nNous vous remercions pour votre candidature au poste de Compliance Officer AML (JR00412) à Bruxelles.\n\nNotre équipe Talent Acquisition examinera votre profil dans les meilleurs délais. Vous pouvez suivre l'état de votre candidature depuis votre espace candidat.\n\nBien à vous,\nTalent Acquisition\nBanque Verhaegen SA/NV - Banque J. Verhaegen NV\nRue Royale 97, 1000 Bruxelles - TVA BE 0403.117.590",
    ),
    m(
        "8106",
        "2025-11-12 10:31",
        "Hélène Maes <helene.maes@verhaegen.example>",
        "Banque Verhaegen - premier entretien",
        F("interview", BV, BV1, 20, "direct"),
        "Chère Madame Kieffer,\n\nSuite à notre échange téléphonique, je vous confirme votre premier entretien pour le poste de Compliance Officer AML avec Monsieur Pierre Janssens, Head of Compliance, le mardi 18 novembre à 14h00 via Teams. Vous trouverez l'invitation ci-jointe.\n\nBien à vous,\nHélène Maes\nTalent Acquisition Partner\nBanque Verhaegen",
        ics=ics(
            "2025-11-18 14:00",
            ("Hélène Maes", "helene.maes@verhaegen.example"),
            "040000008200E00074C5B7101A82E00800000000BV01",
            "Entretien Laure Kieffer - Compliance Officer AML",
            attendees=[("Pierre Janssens", "pierre.janssens@verhaegen.example")],
            location="Réunion Microsoft Teams",
        ),
    ),
    m(
        "8107",
        "2025-12-03 16:05",
        "Hélène Maes <helene.maes@verhaegen.example>",
        "Banque Verhaegen - second entretien à Bruxelles",
        F("interview", BV, BV1, 20, "direct"),
        "Chère Madame Kieffer,\n\nMonsieur Janssens a apprécié votre échange et souhaite vous rencontrer avec Madame De Smet, CCO, à notre siège. Le rendez-vous est fixé au vendredi 12 décembre à 10h30, rue Royale 97. Vos frais de train depuis Luxembourg seront remboursés.\n\nBien à vous,\nHélène Maes",
        ics=ics(
            "2025-12-12 10:30",
            ("Hélène Maes", "helene.maes@verhaegen.example"),
            "040000008200E00074C5B7101A82E00800000000BV02",
            "2e entretien L. Kieffer - Compliance Officer AML",
            minutes=90,
            location="Banque Verhaegen, Rue Royale 97, Bruxelles - 5e étage",
        ),
    ),
    m(
        "8108",
        "2026-01-20 09:12",
        "Laure Kieffer <laure.kieffer.lu@gmail.com>",
        "Retrait de ma candidature - Compliance Officer AML",
        F("confirmation", BV, BV1, 20, "direct"),
        "Chère Madame Maes,\n\nJe vous remercie pour la qualité des échanges avec Monsieur Janssens et Madame De Smet. J'ai toutefois accepté une proposition au Luxembourg et je préfère donc retirer ma candidature, afin de ne pas vous retenir dans votre processus.\n\nAvec mes meilleures salutations,\nLaure Kieffer",
        to="Hélène Maes <helene.maes@verhaegen.example>",
        st="withdrawn",
    ),
    m(
        "8109",
        "2026-01-20 13:48",
        "Hélène Maes <helene.maes@verhaegen.example>",
        "RE: Retrait de ma candidature - Compliance Officer AML",
        F("confirmation", BV, BV1, 20, "direct"),
        "Chère Madame Kieffer,\n\nMerci de nous avoir prévenus. C'est dommage, car nous comptions vous faire une proposition, mais nous comprenons votre choix. Je procède au retrait de votre candidature dans notre système.\n\nTous nos vœux de réussite dans vos nouvelles fonctions !\n\nHélène Maes\nTalent Acquisition Partner | Banque Verhaegen SA/NV",
        st="withdrawn",
    ),
    # --- Fondation Lumen ASBL (Brussels, by e-mail) ------------------------------------------
    m(
        "8110",
        "2025-09-19 10:40",
        "Fondation Lumen <recrutement@fondation-lumen.example>",
        "Votre candidature - Responsable conformité",
        F("confirmation", FL, FL1, 21, "direct"),
        "Madame,\n\nNous accusons bonne réception de votre candidature au poste de Responsable conformité et contrôle interne, et vous en remercions.\n\nLes entretiens auront lieu dans la première quinzaine d'octobre à Bruxelles. Nous reviendrons vers vous avant la fin du mois.\n\nCordialement,\n\nPour la Fondation Lumen ASBL\nGeneviève Lambotte, Secrétaire générale\nAvenue de Tervueren 214, 1150 Woluwe-Saint-Pierre",
    ),
    m(
        "8111",
        "2025-09-30 08:55",
        "Geneviève Lambotte <g.lambotte@fondation-lumen.example>",
        "Invitation à un entretien",
        F("interview", FL, FL1, 21, "direct"),
        "Madame Kieffer,\n\nJ'ai le plaisir de vous inviter à un entretien le mercredi 8 octobre à 14h dans nos bureaux de Woluwe, avec notre trésorier M. Van Parys. Si le déplacement depuis Luxembourg pose difficulté, un entretien en visioconférence est possible.\n\nMerci de me confirmer votre présence.\n\nGeneviève Lambotte\nSecrétaire générale - Fondation Lumen ASBL",
    ),
    m(
        "8112",
        "2025-10-21 14:14",
        "Geneviève Lambotte <g.lambotte@fondation-lumen.example>",
        "Poste de Responsable conformité - suspension",
        F("confirmation", FL, FL1, 21, "direct"),
        "Madame Kieffer,\n\nJe me permets de revenir vers vous après notre entretien du 8 octobre, qui s'est très bien passé.\n\nLe conseil d'administration a décidé de suspendre ce recrutement dans l'attente de la confirmation de nos subsides pour 2026. Nous ne manquerons pas de vous recontacter en priorité si le poste est rouvert au printemps.\n\nAvec mes excuses pour ce contretemps,\n\nGeneviève Lambotte",
        st="on_hold",
    ),
    # --- Lux Vita Assurances (Cegid) -----------------------------------------------------------
    m(
        "8113",
        "2025-10-10 09:02",
        "Lux Vita Assurances <noreply@cegid.com>",
        "Lux Vita - nous avons bien reçu votre candidature",
        F("confirmation", LVA, LVA1, 22, "other"),
        html="<html><body><p>Madame Kieffer,</p><p>Nous vous remercions pour votre candidature au poste de <b>Chargé(e) de conformité</b> et l'intérêt que vous portez à Lux Vita.</p><p>Votre candidature sera examinée avec attention par notre équipe RH. Nous reviendrons vers vous dans les meilleurs délais.</p><p>Bien cordialement,<br>La Direction des Ressources Humaines<br>Lux Vita Assurances S.A. - Entreprise d'assurance vie agréée par le Commissariat aux Assurances</p></body></html>",
    ),
    m(
        "8114",
        "2025-10-24 15:36",
        "Lux Vita Assurances <noreply@cegid.com>",
        "Votre candidature est en cours d'étude",
        F("viewed", LVA, LVA1, 22, "other"),
        "Madame Kieffer,\n\nNous vous informons que votre candidature au poste de Chargé(e) de conformité est actuellement en cours d'étude par le manager concerné.\n\nLa Direction des Ressources Humaines\nLux Vita",
    ),
    # --- Banque Lindenthal via Delcourt Search -----------------------------------------------
    m(
        "8115",
        "2025-10-13 12:18",
        "Aurélie Delcourt <a.delcourt@delcourt-search.example>",
        "Opportunité - Compliance Officer, banque privée de la place",
        F("outreach", None, None, None, "agency"),
        "Bonjour Madame Kieffer,\n\nJe me permets de vous contacter au sujet d'une mission confiée par une banque privée de la place, établissement de taille humaine (environ 180 collaborateurs), qui recherche un(e) Compliance Officer pour son activité de gestion de fortune.\n\nVotre expérience en KYC et en revue des dossiers à risque élevé correspond bien à ce qu'ils recherchent. Seriez-vous disponible pour un échange téléphonique en toute confidentialité cette semaine ?\n\nBien cordialement,\n\nAurélie Delcourt\nAssociée fondatrice\nDelcourt Search S.à r.l. - Cabinet de recrutement\n+352 28 99 14 20",
    ),
    m(
        "8116",
        "2025-10-14 19:02",
        "Laure Kieffer <laure.kieffer.lu@gmail.com>",
        "RE: Opportunité - Compliance Officer, banque privée de la place",
        F("outreach", None, None, None, "agency"),
        "Bonjour Madame Delcourt,\n\nMerci pour votre message. Je suis disponible jeudi entre 12h et 13h30.\n\nBien cordialement,\nLaure Kieffer",
        to="Aurélie Delcourt <a.delcourt@delcourt-search.example>",
    ),
    m(
        "8117",
        "2025-10-20 09:45",
        "Aurélie Delcourt <a.delcourt@delcourt-search.example>",
        "Banque Lindenthal - présentation de votre candidature",
        F("confirmation", BL, BL1, 23, "agency"),
        "Bonjour Laure,\n\nComme convenu lors de notre appel, je vous confirme que j'ai présenté votre candidature ce matin à la Banque Lindenthal (Luxembourg) S.A., boulevard Grande-Duchesse Charlotte, pour le poste de Compliance Officer - Private Banking.\n\nJe vous tiens informée dès que j'ai un retour de Monsieur Kremer, le Chief Compliance Officer.\n\nBien à vous,\nAurélie",
    ),
    m(
        "8118",
        "2025-10-24 17:30",
        "Aurélie Delcourt <a.delcourt@delcourt-search.example>",
        "Lindenthal - entretien jeudi 30/10",
        F("interview", BL, BL1, 23, "agency"),
        "Bonjour Laure,\n\nBonne nouvelle : M. Kremer souhaite vous rencontrer le jeudi 30 octobre à 17h15 dans les locaux de la banque. L'entretien se fera en français, avec une partie en anglais. Je vous appelle lundi pour le préparer ensemble.\n\nAurélie",
    ),
    m(
        "8119",
        "2025-11-21 12:02",
        "Aurélie Delcourt <a.delcourt@delcourt-search.example>",
        "Retour Banque Lindenthal",
        F("rejection", BL, BL1, 23, "agency"),
        "Bonjour Laure,\n\nJ'ai eu ce matin le retour de la Banque Lindenthal. M. Kremer a beaucoup apprécié votre rigueur et votre connaissance de la réglementation, mais nous avons le regret de vous annoncer qu'ils ont finalement retenu un candidat ayant déjà exercé la fonction de Compliance Officer en banque privée.\n\nJe suis sincèrement désolée. Je garde votre profil en tête pour mes prochaines missions.\n\nAurélie Delcourt\nDelcourt Search",
    ),
    m(
        "8120",
        "2025-11-21 12:40",
        "Laure Kieffer <laure.kieffer.lu@gmail.com>",
        "RE: Retour Banque Lindenthal",
        ("other_job", BL, BL1, None, "agency", "fr"),
        "Merci Aurélie pour votre franchise et votre accompagnement, c'est très apprécié. Au plaisir d'échanger à nouveau.\n\nLaure",
        to="Aurélie Delcourt <a.delcourt@delcourt-search.example>",
    ),
    # --- Reding Fiduciaire (Indeed) ------------------------------------------------------------
    m(
        "8121",
        "2025-11-24 20:41",
        "Indeed <indeedapply@indeed.com>",
        "Candidature envoyée : Chargé(e) de conformité - CDD 12 mois",
        F("confirmation", RF, RF1, 24, "indeed"),
        "Votre candidature a été envoyée à Reding Fiduciaire S.à r.l.\n\nChargé(e) de conformité - CDD 12 mois\nReding Fiduciaire S.à r.l. - Luxembourg\n\nL'employeur pourra consulter votre CV Indeed et vos réponses. Suivez vos candidatures sur Mes emplois : https://myjobs.indeed.com/applied\n\n© 2025 Indeed",
    ),
    m(
        "8122",
        "2025-12-01 09:27",
        "Reding Fiduciaire S.à r.l. via Indeed <noreply@indeed.com>",
        "Nouveau message de Reding Fiduciaire S.à r.l.",
        F("rejection", RF, RF1, 24, "indeed"),
        "Reding Fiduciaire S.à r.l. vous a envoyé un message concernant Chargé(e) de conformité - CDD 12 mois :\n\n« Bonjour Madame Kieffer, merci pour votre candidature. Le poste a été pourvu entre-temps par une personne en interne. Nous vous souhaitons bonne continuation. - Jean Reding »\n\nRépondre sur Indeed : https://www.indeed.com/conversations/…\n\n© 2025 Indeed",
    ),
    # --- Arbalète Assurances (Cegid, Brussels) --------------------------------------------------
    m(
        "8123",
        "2025-10-09 08:14",
        "Groupe Arbalète - Recrutement <noreply@cegid.com>",
        "Votre candidature chez Arbalète",
        F("confirmation", AA, AA1, 25, "other"),
        "Madame Kieffer,\n\nNous avons bien reçu votre candidature au poste de Risk Manager junior (Bruxelles) et vous remercions de votre intérêt pour le Groupe Arbalète.\n\nSi votre candidature n'est pas retenue pour la suite du processus, vous en serez informée par e-mail dans un délai de trois semaines environ.\n\nCordialement,\nL'équipe Recrutement\nArbalète Assurances SA - Boulevard Bischoffsheim 33, 1000 Bruxelles",
    ),
    m(
        "8124",
        "2025-10-22 13:10",
        "Maud Lejeune <maud.lejeune@arbalete-group.example>",
        "Arbalète - entretien téléphonique",
        F("interview", AA, AA1, 25, "direct"),
        "Bonjour Madame Kieffer,\n\nVotre profil a retenu notre attention pour le poste de Risk Manager junior. Je vous propose un premier entretien téléphonique de 30 minutes le lundi 27 octobre à 11h00. Je vous appellerai au numéro indiqué dans votre CV.\n\nBien à vous,\nMaud Lejeune\nTalent Acquisition - Groupe Arbalète",
        ics=ics(
            "2025-10-27 11:00",
            ("Maud Lejeune", "maud.lejeune@arbalete-group.example"),
            "040000008200E00074C5B7101A82E00800000000AA01",
            "Entretien téléphonique - L. Kieffer - Risk Manager junior",
            minutes=30,
            location="Téléphone",
        ),
    ),
    m(
        "8125",
        "2025-11-12 16:45",
        "Groupe Arbalète - Recrutement <noreply@cegid.com>",
        "Votre candidature chez Arbalète",
        F("rejection", AA, AA1, 25, "other"),
        "Madame Kieffer,\n\nNous vous remercions pour le temps accordé lors de votre entretien téléphonique avec Maud Lejeune.\n\nAprès réflexion, nous avons le regret de vous informer que nous ne donnerons pas suite à votre candidature : ce poste requiert une expérience en modélisation Solvabilité II que nous n'avons pas retrouvée dans votre parcours.\n\nNous vous souhaitons plein succès dans vos recherches.\n\nL'équipe Recrutement\nGroupe Arbalète",
    ),
    # --- other job mail in French -------------------------------------------------------------
    m(
        "8126",
        "2025-09-15 08:00",
        "jobs.lux board <alerts@jobslux-board.example>",
        "Alerte emploi : 9 nouvelles offres « conformité »",
        F("alert", None, None, None, "other"),
        html="<html><body><h3>9 nouvelles offres pour « conformité » - Luxembourg</h3><ul><li>AML Officer (H/F) - Moselle Fund Services S.A. - Strassen</li><li>Juriste conformité - Cabinet Schmit &amp; Goedert - Luxembourg</li><li>Compliance Analyst (m/w/d) - Privatbank Hohenfels - Luxembourg</li></ul><p><a href='https://www.jobslux-board.example/alertes'>Voir les offres</a></p><p><small>Gérer mes alertes | Se désabonner</small></p></body></html>",
    ),
    m(
        "8127",
        "2025-10-01 10:00",
        "LuxCarrières Forum <contact@luxcarrieres-forum.example>",
        "Forum de l'emploi du 16 octobre : rencontrez 80 recruteurs à Luxexpo",
        F("alert", None, None, None, "other"),
        html="<html><body><h2>LuxCarrières Forum - jeudi 16 octobre 2025</h2><p>Banques, fonds, Big Four, assurances : 80 entreprises recrutent. Préparez votre CV et inscrivez-vous aux job datings (entretiens de 10 minutes).</p><p><a href='https://luxcarrieres-forum.example/inscription'>Je m'inscris gratuitement</a></p><p><small>Vous recevez ce message car vous êtes inscrite sur LuxCarrières. Se désinscrire.</small></p></body></html>",
    ),
    m(
        "8128",
        "2025-10-15 14:20",
        "Lux Vita Assurances <noreply@cegid.com>",
        "Bienvenue dans notre vivier de talents",
        F("alert", LVA, None, None, "other"),
        "Madame Kieffer,\n\nVotre profil a été ajouté à notre vivier de talents. Vous serez informée des nouvelles offres correspondant à vos critères.\n\nLa Direction des Ressources Humaines\nLux Vita",
    ),
    m(
        "8129",
        "2025-11-05 09:12",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Nouveau message de Céline Marchal",
        F("outreach", "Crédit Européen du Nord", None, None, "linkedin"),
        "Céline Marchal\nTalent Acquisition chez Crédit Européen du Nord\n\nBonjour Laure, nous recrutons un(e) analyste conformité pour notre succursale de Luxembourg (gestion de fortune, clientèle française et belge). Votre profil m'a interpellée. Seriez-vous ouverte à un échange ?\n\nRépondre : https://www.linkedin.com/messaging/thread/2-ZTI\n\nCe message vous a été envoyé via InMail.",
    ),
    m(
        "8130",
        "2025-11-06 08:30",
        "Laure Kieffer <laure.kieffer.lu@gmail.com>",
        "Re: Nouveau message de Céline Marchal",
        ("other_job", "Crédit Européen du Nord", None, None, "linkedin", "fr"),
        "Bonjour Céline, merci pour votre message. Je suis actuellement en process avancé ailleurs et je préfère ne pas démultiplier les pistes pour le moment. Au plaisir,\nLaure",
        to="Céline Marchal <messages-noreply@linkedin.com>",
    ),
    m(
        "8131",
        "2025-10-20 09:46",
        "Aurélie Delcourt <a.delcourt@delcourt-search.example>",
        "Réponse automatique : RE: Opportunité - Compliance Officer",
        F("other_job", None, None, None, "agency"),
        "Bonjour,\n\nJe suis en rendez-vous client toute la journée et vous répondrai dès mon retour. Pour toute urgence, merci de contacter le +352 28 99 14 20.\n\nAurélie Delcourt\nDelcourt Search S.à r.l.",
    ),
    m(
        "8132",
        "2025-12-02 08:00",
        "jobs.lux board <alerts@jobslux-board.example>",
        "Alerte emploi : 4 nouvelles offres « risk »",
        F("alert", None, None, None, "other"),
        html="<html><body><h3>4 nouvelles offres pour « risk » - Luxembourg</h3><ul><li>Risk Officer (H/F) - Valmont Fund Services - Luxembourg</li><li>Analyste Risques Opérationnels - Lux Vita Assurances S.A.</li></ul><p><a href='https://www.jobslux-board.example/alertes'>Voir les offres</a></p></body></html>",
    ),
    m(
        "8133",
        "2025-12-22 10:00",
        "Laure Kieffer <laure.kieffer@depositbank-lux.example>",
        "TR: Accusé de réception de votre candidature",
        F("confirmation", "Caisse Mutuelle de Prévoyance", "Analyste conformité", 26, "other"),
        "\n\n-----Message d'origine-----\nDe : Caisse Mutuelle de Prévoyance <ne-pas-repondre@talent-soft.com>\nEnvoyé : lundi 22 décembre 2025 09:41\nÀ : Laure Kieffer <laure.kieffer@depositbank-lux.example>\nObjet : Accusé de réception de votre candidature\n\nMadame,\n\nNous accusons réception de votre candidature au poste d'Analyste conformité et vous en remercions. Elle sera étudiée dès la rentrée de janvier.\n\nLe service RH\nCaisse Mutuelle de Prévoyance - CMP S.A.",
    ),
    m(
        "8134",
        "2026-01-26 11:15",
        "Caisse Mutuelle de Prévoyance <ne-pas-repondre@talent-soft.com>",
        "Votre candidature",
        F("rejection", "Caisse Mutuelle de Prévoyance", "Analyste conformité", 26, "other"),
        "Madame,\n\nNous faisons suite à votre candidature au poste d'Analyste conformité.\n\nMalgré l'intérêt de votre parcours, nous avons le regret de ne pouvoir y donner une suite favorable.\n\nNous vous prions d'agréer, Madame, nos salutations distinguées.\n\nLe service RH\nCMP",
    ),
]
