# ruff: noqa: E501
"""Corpus 39, job mail in Belgium, Switzerland, Portugal and English: applications 13-26, alerts."""

from __future__ import annotations

from typing import Any

from heldout39_jobs import m, rep

HEL, HEL_R = "Hélivia", "QA Manager GMP"
COO, COO_R = "Coopharma Brabant", "Pharmacien titulaire"
RHE, RHE_R = "Rheinfeld Pharma", "QA Specialist Sterile Manufacturing"
ALP, ALP_R = "Alpenstat Clinical Research", "GCP QA Auditor"
ATL, ATL_R = "Laboratório Atlanvida", "Especialista de Garantia da Qualidade"
NOR, NOR_R = "Norvance", "Regulatory Affairs Manager Benelux"
SAN, SAN_R = "Sanvorel", "Senior QA Specialist – Batch Release"
MEU, MEU_R = "Meuse Biologics", "Quality Assurance Officer"
EBE, EBE_R = "Ébène Dermatologie", "Chargée d'affaires réglementaires"
LUM, LUM_R = "Lumeris Biopharma", "QA Validation Lead"
ORT, ORT_R = "Ortheo Médical", "Responsable Qualité Dispositifs Médicaux"
CSL, CSL_R = "Clinique Saint-Lambert", "Pharmacien hospitalier"
TAG, TAG_R = "Tagus Pharma", "Regulatory Affairs Associate"
SOL, SOL_R = "Solenne Biotech", "Qualified Person (QP)"

MAIL: list[dict[str, Any]] = [
    # --- 13: Hélivia SA/NV via StepStone Belgium, accepted -----------------------------------
    m(
        "k01",
        "2025-10-06 09:14:27 +0000",
        "StepStone <noreply@stepstone.be>",
        "Votre candidature pour QA Manager GMP (H/F/X) chez Hélivia SA",
        ("confirmation", HEL, HEL_R, 13, "other", "fr"),
        html="""<html><body style="font-family:Arial"><p>Bonjour Camille,</p>
<p>Merci d'avoir postulé via StepStone ! Votre candidature pour le poste <b>QA Manager GMP (H/F/X)</b> chez <b>Hélivia SA</b> à Mont-Saint-Guibert a bien été envoyée.</p>
<p>Conseil : complétez votre profil StepStone pour être trouvé(e) par d'autres recruteurs.</p>
<p><a href="https://www.stepstone.be/fr/candidat/candidatures">Mes candidatures</a></p>
<p style="font-size:11px;color:#999">StepStone Belgium NV – Brussels</p></body></html>""",
    ),
    m(
        "k02",
        "2025-10-14 11:32:00 +0200",
        "Griet Van Acker <griet.vanacker@helivia.be>",
        "Hélivia – invitation à un premier entretien (QA Manager GMP)",
        ("interview", HEL, HEL_R, 13, "direct", "fr"),
        """Chère Madame Dubois-Nkemelu,

Nous vous remercions pour votre candidature au poste de QA Manager GMP au sein d'Hélivia SA/NV.

Nous avons le plaisir de vous inviter à un premier entretien par Teams avec M. Olivier Lemaire, Head of Quality, et moi-même, le lundi 20 octobre à 14h00. Vous trouverez l'invitation ci-jointe.

Met vriendelijke groeten / Bien cordialement,

Griet Van Acker
HR Business Partner
Hélivia SA/NV – Rue Granbonpré 14, 1435 Mont-Saint-Guibert
""",
        ics={
            "style": "outlook",
            "start": "2025-10-20 14:00:00 +0200",
            "minutes": 60,
            "organizer": ("Griet Van Acker", "griet.vanacker@helivia.be"),
            "attendees": [("Olivier Lemaire", "olivier.lemaire@helivia.be")],
            "uid": "040000008200E00074C5B7101A82E00800000000A1E9D64AF43CDC01000000000000000010000000",
            "summary": "Entretien QA Manager GMP – C. Dubois-Nkemelu",
            "location": "Microsoft Teams",
        },
    ),
    m(
        "k03",
        "2025-10-27 10:05:51 +0100",
        "Griet Van Acker <griet.vanacker@helivia.be>",
        "RE: Hélivia – invitation à un premier entretien (QA Manager GMP)",
        ("interview", HEL, HEL_R, 13, "direct", "fr"),
        """Bonjour Camille,

Merci pour l'entretien de lundi dernier. Olivier souhaite poursuivre : nous vous proposons une demi-journée sur site le mercredi 5 novembre à partir de 9h00, avec :
- une mise en situation : présentation (20 min) d'un plan de remédiation suite à une inspection AFMPS fictive dont nous vous enverrons le rapport deux jours avant ;
- un entretien avec Mme Anne Peeters, Qualified Person, et le directeur du site ;
- une visite de la production.

Nous prenons en charge votre déplacement depuis Lyon (train Thalys/Eurostar).

Bien à vous,
Griet
""",
        **rep("k02"),
    ),
    m(
        "k04",
        "2025-11-14 17:26:40 +0100",
        "Olivier Lemaire <olivier.lemaire@helivia.be>",
        "Offre – QA Manager GMP",
        ("offer", HEL, HEL_R, 13, "direct", "fr"),
        """Chère Camille,

Suite à votre visite du 5 novembre, j'ai le grand plaisir de vous proposer de rejoindre Hélivia en tant que QA Manager GMP.

Les principaux éléments de notre proposition (détaillés dans le document joint) :
- contrat à durée indéterminée de droit belge, temps plein, prise de fonction le 2 février 2026 ;
- rémunération annuelle brute de 78 000 €, 13e mois et double pécule de vacances ;
- voiture de société ou budget mobilité, chèques-repas, assurance groupe et hospitalisation ;
- 20 jours de congés légaux + 12 jours RTT.

Griet vous contactera pour les aspects pratiques (inscription auprès de l'Ordre des pharmaciens de Belgique, visa de votre diplôme). N'hésitez pas à m'appeler si vous avez des questions.

Au plaisir de travailler ensemble,
Olivier Lemaire
Head of Quality – Hélivia SA/NV
""",
        attach=[("Helivia_offre_CDuboisNkemelu.pdf", "application/pdf", "%PDF-1.4 offre")],
    ),
    m(
        "k05",
        "2025-11-19 15:02:11 +0000",
        "Hélivia SA via DocuSign <dse@eumail.docusign.net>",
        "Terminé : Contrat de travail – Camille Dubois-Nkemelu",
        ("offer", HEL, HEL_R, 13, "docusign", "fr"),
        """Tous les signataires ont terminé le document « Contrat de travail – Camille Dubois-Nkemelu ».

Tous les signataires ont signé. Vous pouvez consulter et télécharger le document terminé.

AFFICHER LE DOCUMENT TERMINÉ

Griet Van Acker
griet.vanacker@helivia.be

Ne partagez pas cet e-mail
Cet e-mail contient un lien sécurisé vers DocuSign. Veuillez ne pas partager ce lien.

À propos de DocuSign
Signez des documents électroniquement en quelques minutes.
""",
        st="accepted",
    ),
    m(
        "k06",
        "2026-01-26 09:00:00 +0100",
        "Griet Van Acker <griet.vanacker@helivia.be>",
        "Bienvenue chez Hélivia – votre premier jour",
        ("other_job", HEL, HEL_R, None, "direct", "fr"),
        """Bonjour Camille,

Plus qu'une semaine ! Voici le programme de votre premier jour, le lundi 2 février :
- 8h30 : accueil à la réception (badge, photo)
- 9h00 : welcome session avec les autres nouveaux collaborateurs
- 11h00 : formation sécurité et habillage zone C
- 14h00 : point avec Olivier

Pensez à apporter votre carte d'identité belge (ou titre de séjour) et votre numéro de compte bancaire.

À très bientôt,
Griet
""",
    ),
    # --- 14: Coopharma Brabant via Jobat --------------------------------------------------------
    m(
        "k07",
        "2025-10-08 20:10:44 +0000",
        "Jobat <noreply@jobat.be>",
        "Ta candidature a été envoyée",
        ("confirmation", COO, COO_R, 14, "other", "fr"),
        """Bonjour Camille,

Ta candidature pour Pharmacien titulaire (m/f/x) chez Coopharma Brabant à Bruxelles a été envoyée à l'employeur.

Bonne chance ! Retrouve toutes tes candidatures dans ton espace Mon Jobat : https://www.jobat.be/fr/mon-jobat/candidatures

L'équipe Jobat
""",
    ),
    m(
        "k08",
        "2025-10-29 08:51:13 +0100",
        "Recrutement Coopharma <jobs@coopharma-brabant.be>",
        "Pharmacien titulaire – Ixelles",
        ("rejection", COO, COO_R, 14, "direct", "fr"),
        """Madame,

Nous vous remercions pour votre candidature au poste de pharmacien titulaire pour notre officine d'Ixelles.

Après analyse, nous devons malheureusement vous informer que votre candidature n'a pas été retenue : le titulariat en Belgique requiert un visa de diplôme délivré par le SPF Santé publique, et nous recherchons une personne opérationnelle dès le mois de décembre.

N'hésitez pas à postuler de nouveau une fois vos démarches terminées.

Service RH – Coopharma Brabant SC
""",
    ),
    # --- 15: Rheinfeld Pharma AG, SuccessFactors, German / English ------------------------------
    m(
        "k09",
        "2025-09-30 12:44:09 +0000",
        "Rheinfeld Pharma AG <noreply@successfactors.eu>",
        "Eingangsbestätigung Ihrer Bewerbung – QA Specialist Sterile Manufacturing (Req. 31877)",
        ("confirmation", RHE, RHE_R, 15, "other", "de"),
        """Sehr geehrte Frau Dubois-Nkemelu

Vielen Dank für Ihre Bewerbung als QA Specialist Sterile Manufacturing (Req. 31877) am Standort Basel-Klybeck und für Ihr Interesse an der Rheinfeld Pharma AG.

Wir haben Ihre Unterlagen erhalten und werden diese sorgfältig prüfen. Den aktuellen Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Kandidatenprofil einsehen.

Freundliche Grüsse

Ihr Talent Acquisition Team
Rheinfeld Pharma AG
""",
    ),
    m(
        "k10",
        "2025-10-10 15:20:33 +0200",
        "Lukas Brändli <lukas.braendli@rheinfeld-pharma.ch>",
        "Interview invitation – QA Specialist Sterile Manufacturing",
        ("interview", RHE, RHE_R, 15, "direct", "en"),
        """Dear Camille,

Thank you for your application. We would like to invite you to a video interview with Dr. Miriam Kessler (Head QA Sterile Operations) and myself on Thursday, 16 October, 09:00–10:00 CEST.

The interview will be held in English; some German would be an asset on the shop floor but is not required.

Best regards,
Lukas Brändli
Talent Acquisition Partner
Rheinfeld Pharma AG, Klybeckstrasse 141, 4057 Basel
""",
        ics={
            "style": "outlook",
            "start": "2025-10-16 09:00:00 +0200",
            "minutes": 60,
            "organizer": ("Lukas Brändli", "lukas.braendli@rheinfeld-pharma.ch"),
            "uid": "040000008200E00074C5B7101A82E00800000000B7C0F88D1B3BDC01000000000000000010000000",
            "summary": "Interview QA Specialist Sterile – C. Dubois-Nkemelu",
            "location": "Microsoft Teams Meeting",
        },
    ),
    m(
        "k11",
        "2025-10-31 10:02:54 +0000",
        "Rheinfeld Pharma AG <noreply@successfactors.eu>",
        "Ihre Bewerbung bei Rheinfeld Pharma AG",
        ("rejection", RHE, RHE_R, 15, "other", "de"),
        """Sehr geehrte Frau Dubois-Nkemelu

Nochmals vielen Dank für Ihr Interesse an der Position QA Specialist Sterile Manufacturing und für das angenehme Gespräch.

Nach sorgfältiger Prüfung müssen wir Ihnen leider mitteilen, dass wir uns für eine andere Kandidatin entschieden haben, deren Profil noch besser auf die Anforderungen passt.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Freundliche Grüsse
Talent Acquisition, Rheinfeld Pharma AG
""",
    ),
    # --- 16: Alpenstat CRO on iCIMS: SHL, interview, on hold ---------------------------------
    m(
        "k12",
        "2025-10-02 07:55:10 +0000",
        "Alpenstat Clinical Research <alpenstat@talent.icims.com>",
        "Alpenstat: Application received – GCP QA Auditor (2025-1184)",
        ("confirmation", ALP, ALP_R, 16, "icims", "en"),
        """Dear Camille,

Thank you for applying for the GCP QA Auditor position (Req ID 2025-1184) at Alpenstat Clinical Research in Basel.

Our recruitment team will review your qualifications. If your background matches our needs, you will hear from us shortly.

You can log in to our career portal at any time: https://careers-alpenstat.icims.com/jobs/1184/gcp-qa-auditor/candidate

Regards,
Alpenstat Talent Acquisition
""",
    ),
    m(
        "k13",
        "2025-10-09 13:00:00 +0000",
        "SHL <noreply@shl.com>",
        "Alpenstat Clinical Research – please complete your online questionnaire",
        ("assessment", ALP, ALP_R, 16, "other", "en"),
        """Dear Camille Dubois-Nkemelu,

As part of the selection process for the role of GCP QA Auditor, Alpenstat Clinical Research invites you to complete the following online assessments:

- Occupational Personality Questionnaire (approx. 25 min)
- Verify Deductive Reasoning (approx. 20 min)

Please complete them by 16 October 2025, 23:59 CET.
Start here: https://candidate.shl.com/login?token=AKq72hX0

If you need adjustments for a disability, please contact the recruiter before starting.
SHL Candidate Support
""",
    ),
    m(
        "k14",
        "2025-10-21 16:40:12 +0200",
        "Nora Schmid <nora.schmid@alpenstat-cro.ch>",
        "Alpenstat – interview with QA leadership",
        ("interview", ALP, ALP_R, 16, "direct", "en"),
        """Hi Camille,

Thanks for completing the questionnaires. I'm pleased to invite you to a panel interview with our Director of Quality Assurance, Dr. Fabio Rossi, and a senior auditor. I've sent a calendar invite for Tuesday 28 October at 11:00. Please prepare a short case: how you would plan a for-cause audit of an investigator site with data integrity findings.

Best,
Nora Schmid
Senior Recruiter, Alpenstat Clinical Research AG
""",
        ics={
            "start": "2025-10-28 11:00:00 +0100",
            "minutes": 75,
            "organizer": ("Nora Schmid", "nora.schmid@alpenstat-cro.ch"),
            "uid": "3hv8q0d2mls1p6k9r4a7tjx5eb@google.com",
            "summary": "Alpenstat | Panel interview – Camille Dubois-Nkemelu",
            "description": "Join Zoom: https://alpenstat.zoom.us/j/84123379012",
            "location": "Zoom",
        },
    ),
    m(
        "k15",
        "2025-11-12 11:05:37 +0100",
        "Nora Schmid <nora.schmid@alpenstat-cro.ch>",
        "Update regarding the GCP QA Auditor role",
        ("confirmation", ALP, ALP_R, 16, "direct", "en"),
        """Hi Camille,

I wanted to give you a transparent update. Following a change in one of our large sponsor contracts, the GCP QA Auditor position has been put on hold until further notice. No decision has been made on candidates, and the team enjoyed meeting you.

I'll reach out as soon as I know more, most likely in Q1 2026.

Kind regards,
Nora
""",
        st="on_hold",
    ),
    # --- 17: Laboratório Atlanvida, Lisbon, Portuguese ----------------------------------------
    m(
        "k16",
        "2025-10-03 10:22:00 +0100",
        "Recursos Humanos Atlanvida <rh@atlanvida.pt>",
        "Candidatura recebida – Especialista de Garantia da Qualidade",
        ("confirmation", ATL, ATL_R, 17, "direct", "pt"),
        """Cara Camille,

Agradecemos o seu interesse no Laboratório Atlanvida e confirmamos a receção da sua candidatura para a função de Especialista de Garantia da Qualidade (ref. GQ-09/25), em Lisboa.

A sua candidatura será analisada pela nossa equipa e entraremos em contacto caso o seu perfil seja selecionado para a fase seguinte.

Com os melhores cumprimentos,
Departamento de Recursos Humanos
Laboratório Atlanvida, S.A. – Rua do Açúcar 88, 1950-010 Lisboa
""",
    ),
    m(
        "k17",
        "2025-10-17 14:45:30 +0100",
        "Tiago Barreto <tiago.barreto@atlanvida.pt>",
        "Entrevista – Especialista de Garantia da Qualidade",
        ("interview", ATL, ATL_R, 17, "direct", "pt"),
        """Olá Camille,

Obrigado pela sua candidatura. Gostaríamos de a convidar para uma entrevista por videochamada na próxima quinta-feira, dia 23 de outubro, às 10h00 (hora de Lisboa), com a Dra. Sofia Mendes, Diretora Técnica, e comigo.

A entrevista pode decorrer em inglês ou em português, como preferir. Enviei o convite para o seu calendário.

Cumprimentos,
Tiago Barreto
Talent Acquisition – Laboratório Atlanvida
""",
        ics={
            "start": "2025-10-23 10:00:00 +0100",
            "minutes": 45,
            "organizer": ("Tiago Barreto", "tiago.barreto@atlanvida.pt"),
            "uid": "0pq1x7wr5nd3m8ka2vc9ley4hs@google.com",
            "summary": "Entrevista Atlanvida – Camille Dubois-Nkemelu",
            "location": "Google Meet",
        },
    ),
    m(
        "k18",
        "2025-11-06 09:30:18 +0000",
        "Tiago Barreto <tiago.barreto@atlanvida.pt>",
        "Re: Entrevista – Especialista de Garantia da Qualidade",
        ("rejection", ATL, ATL_R, 17, "direct", "pt"),
        """Olá Camille,

Mais uma vez obrigado pelo tempo que dedicou ao nosso processo. Gostámos muito da conversa.

Lamentamos informar que decidimos avançar com outro candidato, com experiência no mercado português e no relacionamento com o INFARMED. Guardaremos o seu currículo para futuras oportunidades.

Votos de sucesso,
Tiago
""",
        **rep("k17"),
    ),
    # --- 18: Norvance on Workday tenant "nvhc" + HireVue ----------------------------------------
    m(
        "k19",
        "2025-10-10 17:12:48 +0000",
        "Norvance <nvhc@myworkday.com>",
        "You haven't finished your application",
        ("alert", NOR, NOR_R, None, "workday", "en"),
        """Hi Camille,

You started an application for Regulatory Affairs Manager Benelux (JR-118204) but didn't submit it. Your progress has been saved — pick up where you left off:

https://nvhc.wd103.myworkdayjobs.com/en-US/NorvanceCareers/job/Brussels/Regulatory-Affairs-Manager-Benelux_JR-118204/apply

Norvance Talent Acquisition
""",
    ),
    m(
        "k20",
        "2025-10-12 09:03:11 +0000",
        "Norvance <nvhc@myworkday.com>",
        "Thank you for your application – Regulatory Affairs Manager Benelux",
        ("confirmation", NOR, NOR_R, 18, "workday", "en"),
        """Dear Camille,

Thank you for applying to Norvance. We have received your application for Regulatory Affairs Manager Benelux (JR-118204).

We will review your application against the requirements of the role and let you know the outcome. You can track your status in the candidate home:
https://nvhc.wd103.myworkdayjobs.com/en-US/NorvanceCareers/userHome

Kind regards,
Norvance Talent Acquisition
""",
    ),
    m(
        "k21",
        "2025-10-20 13:30:00 +0000",
        "Norvance <no-reply@hirevue.com>",
        "Norvance – Next step: your digital interview",
        ("assessment", NOR, NOR_R, 18, "hirevue", "en"),
        """Hello Camille,

Norvance would like to learn more about you. Please complete a short on-demand video interview for Regulatory Affairs Manager Benelux. It includes 5 questions; you will have 30 seconds to prepare and up to 3 minutes to answer each.

Please complete your interview within 5 days: https://app.hirevue.com/interviews/norvance/4bX9qLm2

Good luck!
The Norvance Recruiting Team
""",
    ),
    m(
        "k22",
        "2025-11-03 08:41:27 +0000",
        "Norvance <nvhc@myworkday.com>",
        "An update on your application",
        ("rejection", NOR, NOR_R, 18, "workday", "en"),
        """Dear Camille,

Thank you for your interest in the Regulatory Affairs Manager Benelux position and for completing the digital interview.

We were impressed by your background; however, after careful consideration we have decided to proceed with candidates whose experience more closely matches the needs of the role, notably with Dutch-language submissions to the FAMHP.

We wish you every success in your career.
Norvance Talent Acquisition
""",
    ),
    # --- 19: Sanvorel on Taleo, withdrawn -----------------------------------------------------
    m(
        "k23",
        "2025-10-15 06:18:40 +0000",
        "Sanvorel Recrutement <no-reply@taleo.net>",
        "Sanvorel - Accusé de réception de votre candidature",
        ("confirmation", SAN, SAN_R, 19, "taleo", "fr"),
        """Madame Dubois-Nkemelu,

Nous accusons bonne réception de votre candidature pour le poste Senior QA Specialist – Batch Release (numéro de demande 2500Q7K3) à Val-de-Reuil.

Votre candidature est à présent à l'étude. Vous pouvez à tout moment suivre son avancement en vous connectant à la section Mes candidatures : https://sanvorel.taleo.net/careersection/ext/mysubmissions.ftl

Cordialement,
Recrutement Sanvorel France

Ceci est un message automatique, merci de ne pas y répondre.
""",
    ),
    m(
        "k24",
        "2025-11-24 13:55:09 +0000",
        "Sanvorel Recrutement <no-reply@taleo.net>",
        "Sanvorel - Retrait de votre candidature",
        ("confirmation", SAN, SAN_R, 19, "taleo", "fr"),
        """Madame Dubois-Nkemelu,

Nous vous confirmons le retrait de votre candidature pour le poste Senior QA Specialist – Batch Release (2500Q7K3). Votre dossier ne sera plus pris en compte pour cette offre.

Nous vous remercions de l'intérêt porté à Sanvorel.

Recrutement Sanvorel France
""",
        st="withdrawn",
    ),
    # --- 20: Meuse Biologics via LinkedIn (viewed, then nothing) ---------------------------------
    m(
        "k25",
        "2025-10-22 19:33:02 +0000",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Camille, votre candidature a été envoyée à Meuse Biologics",
        ("confirmation", MEU, MEU_R, 20, "linkedin", "fr"),
        html="""<html><body><table style="font-family:-apple-system,Segoe UI,Arial"><tr><td>
<p>Votre candidature a été envoyée à Meuse Biologics</p>
<p><b>Quality Assurance Officer</b><br>Meuse Biologics · Namur, Wallonie, Belgique (Hybride)</p>
<p>Candidature envoyée le 22 oct. 2025</p>
<p><a href="https://www.linkedin.com/jobs/view/4213378821/">Voir l'offre</a></p>
<p style="font-size:11px;color:#666">Cet e-mail est destiné à Camille Dubois-Nkemelu. LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.</p>
</td></tr></table></body></html>""",
    ),
    m(
        "k26",
        "2025-10-27 07:12:40 +0000",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Votre candidature a été consultée par Meuse Biologics",
        ("viewed", MEU, MEU_R, 20, "linkedin", "fr"),
        html="""<html><body><p>Camille, votre candidature a été consultée.</p>
<p><b>Quality Assurance Officer</b> · Meuse Biologics · Namur</p>
<p>L'entreprise Meuse Biologics a consulté votre candidature. Restez à l'affût pour la suite.</p>
<p><a href="https://www.linkedin.com/my-items/saved-jobs/?cardType=APPLIED">Suivre mes candidatures</a></p></body></html>""",
    ),
    # --- 21: Ébène Dermatologie via LinkedIn, rejection by the employer -------------------------
    m(
        "k27",
        "2025-09-26 12:02:16 +0000",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Camille, votre candidature a été envoyée à Ébène Dermatologie",
        ("confirmation", EBE, EBE_R, 21, "linkedin", "fr"),
        html="""<html><body><p>Votre candidature a été envoyée à Ébène Dermatologie</p>
<p><b>Chargé(e) d'affaires réglementaires H/F</b><br>Ébène Dermatologie · Paris, Île-de-France, France (Sur site)</p>
<p><a href="https://www.linkedin.com/jobs/view/4190045512/">Voir l'offre</a></p></body></html>""",
    ),
    m(
        "k28",
        "2025-10-16 18:19:44 +0200",
        "Laure Vasseur <l.vasseur@ebene-derma.fr>",
        "Chargé(e) d'affaires réglementaires",
        ("rejection", EBE, EBE_R, 21, "direct", "fr"),
        """Bonjour Camille,

Merci pour l'intérêt que vous portez à Ébène Dermatologie et pour votre candidature reçue via LinkedIn.

Nous avons étudié votre profil avec attention ; il est riche, mais nous recherchons pour ce poste une expérience en cosmétovigilance et en dossiers DIP que vous n'avez pas encore. Nous ne donnerons donc pas suite cette fois-ci.

Bien cordialement,
Laure Vasseur
Responsable Affaires Réglementaires
""",
    ),
    # --- 22: Vectis Life Sciences Recruitment, client named late --------------------------------
    m(
        "k29",
        "2025-10-23 10:41:05 +0200",
        "Pieter Claes <pieter.claes@vectis-lsr.be>",
        "QA Validation Lead – international biopharma – Walloon Brabant",
        ("outreach", None, LUM_R, None, "agency", "en"),
        """Dear Camille,

I hope this finds you well. I'm a consultant at Vectis Life Sciences Recruitment in Brussels; I came across your profile while working on a permanent assignment.

For one of our clients, an international biopharmaceutical company with a commercial manufacturing site in Walloon Brabant, we are looking for a QA Validation Lead (CQV, computerised systems, Annex 1). French required, English fluent; a Dutch basis is a plus.

Would you be open to a 15-minute call this week? I'll be able to share the name of the company once we've spoken and you've agreed for me to present your profile.

Kind regards,
Pieter Claes
Senior Consultant – Quality & Regulatory
Vectis Life Sciences Recruitment | Avenue Louise 231, 1050 Brussels
""",
    ),
    m(
        "k30",
        "2025-10-30 15:58:20 +0100",
        "Pieter Claes <pieter.claes@vectis-lsr.be>",
        "RE: QA Validation Lead – interview with Lumeris Biopharma",
        ("interview", LUM, LUM_R, 22, "agency", "en"),
        """Hi Camille,

Great news: as discussed, I presented your profile to Lumeris Biopharma SA and they would like to meet you. Interview with Koen De Smet (Head of Validation) on Thursday 6 November at 10:00 at their Wavre site (Parc Industriel Sud, Rue de l'Industrie 12). It will be in French with some questions in English.

I'll call you on Wednesday to prepare.

Best,
Pieter
""",
        **rep("k29"),
    ),
    m(
        "k31",
        "2025-11-13 12:14:02 +0100",
        "Pieter Claes <pieter.claes@vectis-lsr.be>",
        "Feedback Lumeris",
        ("rejection", LUM, LUM_R, 22, "agency", "en"),
        """Hi Camille,

I've just had feedback from Lumeris. Koen was very positive about your quality mindset, but they've decided to go with a candidate who has hands-on CSV experience with their MES. Sorry it's not better news this time.

Let's stay in touch; I'll keep you posted on other QA roles in the area.

Best,
Pieter
""",
    ),
    # --- 23: Ortheo Médical via HelloWork --------------------------------------------------------
    m(
        "k32",
        "2025-10-01 18:40:29 +0000",
        "HelloWork <noreply@hellowork.com>",
        "Votre candidature a bien été envoyée à Ortheo Médical",
        ("confirmation", ORT, ORT_R, 23, "other", "fr"),
        html="""<html><body style="font-family:Arial"><p><b>C'est envoyé !</b></p><p>Bonjour Camille,</p>
<p>Votre candidature pour l'offre <b>Responsable Qualité Dispositifs Médicaux H/F</b> chez <b>Ortheo Médical</b> (Villeurbanne - 69) a bien été transmise.</p>
<p><a href="https://www.hellowork.com/fr-fr/emplois/57481120.html">Revoir l'offre</a></p></body></html>""",
    ),
    m(
        "k33",
        "2025-10-07 09:12:00 +0200",
        "Ortheo Médical <recrutement@ortheo-medical.fr>",
        "Votre candidature au poste de Responsable Qualité DM",
        ("rejection", ORT, ORT_R, 23, "direct", "fr"),
        """Bonjour Madame Dubois-Nkemelu,

Nous avons bien reçu votre candidature au poste de Responsable Qualité Dispositifs Médicaux et vous en remercions.

Malgré l'intérêt de votre parcours, votre candidature n'a pas été retenue pour la suite du processus.

Nous vous souhaitons une bonne continuation dans vos démarches.

L'équipe RH
Ortheo Médical
""",
    ),
    # --- 24: Clinique Saint-Lambert via Indeed, interview then silence --------------------------
    m(
        "k34",
        "2025-11-17 20:30:51 +0000",
        "Indeed <indeedapply@indeed.com>",
        "Candidature envoyée : Pharmacien hospitalier (H/F/X)",
        ("confirmation", CSL, CSL_R, 24, "indeed", "fr"),
        """Candidature envoyée

Pharmacien hospitalier (H/F/X)
Clinique Saint-Lambert - Woluwe-Saint-Lambert, Bruxelles

Vos documents ont été envoyés à Clinique Saint-Lambert.
Consulter vos candidatures : https://be.indeed.com/myjobs
""",
    ),
    m(
        "k35",
        "2025-11-26 11:40:22 +0100",
        "Dr Anne-Sophie Delvaux <as.delvaux@clinique-saintlambert.be>",
        "Candidature pharmacien hospitalier – entretien téléphonique",
        ("interview", CSL, CSL_R, 24, "direct", "fr"),
        """Bonjour Madame,

J'ai bien reçu votre candidature. Votre expérience en assurance qualité nous intéresse pour le projet d'accréditation de notre pharmacie.

Je vous propose un entretien téléphonique le mardi 2 décembre à 12h30. Je vous appellerai au numéro indiqué sur votre CV.

Bien à vous,
Dr A.-S. Delvaux
Pharmacien-chef – Clinique Saint-Lambert
""",
    ),
    # --- 25: Tagus Pharma on Teamtailor ---------------------------------------------------------
    m(
        "k36",
        "2025-10-19 10:05:33 +0000",
        "Tagus Pharma <no-reply@teamtailor.com>",
        "Obrigado pela sua candidatura, Camille!",
        ("confirmation", TAG, TAG_R, 25, "teamtailor", "pt"),
        """Olá Camille,

Obrigado por se candidatar à vaga de Regulatory Affairs Associate na Tagus Pharma! Recebemos a sua candidatura e a nossa equipa vai analisá-la nos próximos dias.

Entretanto, conheça melhor a nossa equipa: https://careers.taguspharma.pt

Até breve,
Equipa de Talento · Tagus Pharma
""",
    ),
    m(
        "k37",
        "2025-11-04 16:22:09 +0000",
        "Tagus Pharma <no-reply@teamtailor.com>",
        "Atualização sobre a sua candidatura",
        ("rejection", TAG, TAG_R, 25, "teamtailor", "pt"),
        """Olá Camille,

Obrigado pelo seu interesse na Tagus Pharma e pelo tempo dedicado à sua candidatura para Regulatory Affairs Associate.

Após uma análise cuidada, decidimos não avançar com a sua candidatura nesta fase. Esta decisão não reflete o seu valor profissional e esperamos cruzar caminhos no futuro.

Com os melhores cumprimentos,
Equipa de Talento · Tagus Pharma
""",
    ),
    # --- 26: Solenne Biotech on Personio, withdrawn ---------------------------------------------
    m(
        "k38",
        "2025-11-03 08:17:45 +0000",
        "Solenne Biotech <no-reply@personio.de>",
        "Your application at Solenne Biotech",
        ("confirmation", SOL, SOL_R, 26, "personio", "en"),
        """Dear Camille,

Thank you for your application for the position Qualified Person (QP) in Gosselies. We have received your documents and will get back to you as soon as possible.

Kind regards,
Your Solenne Biotech Team

Solenne Biotech SRL · Rue Adrienne Bolland 8, 6041 Gosselies
""",
    ),
    m(
        "k39",
        "2025-11-12 14:03:19 +0100",
        "Maxime Lambot <maxime.lambot@solenne-bio.be>",
        "Qualified Person – first conversation",
        ("interview", SOL, SOL_R, 26, "direct", "en"),
        """Hi Camille,

Thanks for applying. I'd love to have a first 30-minute call with you about the QP role. Would Wednesday 19 November at 16:00 work? I'll send a Teams link.

Maxime Lambot
Head of Quality, Solenne Biotech
""",
    ),
    m(
        "k40",
        "2025-11-21 09:10:02 +0100",
        "Maxime Lambot <maxime.lambot@solenne-bio.be>",
        "Re: Qualified Person – first conversation",
        ("confirmation", SOL, SOL_R, 26, "direct", "en"),
        """Hi Camille,

Thanks for letting me know, and congratulations on the new role! I've closed your application on our side. Best of luck at Hélivia.

Maxime

On Thu, 20 Nov 2025 at 21:45, Camille Dubois-Nkemelu <camille.dubois-nkemelu@laposte.net> wrote:
> Dear Maxime, thank you for our conversation yesterday. I have since accepted another offer and would like to withdraw my application.
""",
        st="withdrawn",
        **rep("k39"),
    ),
    # --- alerts and outreach (Belgium, Switzerland) -------------------------------------------
    m(
        "k50",
        "2025-10-05 06:00:00 +0000",
        "StepStone <jobagent@stepstone.be>",
        "Job Agent : 9 nouvelles offres « quality assurance pharma »",
        ("alert", None, None, None, "other", "fr"),
        html="""<html><body><p>Bonjour Camille,</p><p>Voici les nouvelles offres de votre Job Agent :</p>
<p>QA Manager GMP (H/F/X) – Hélivia SA – Mont-Saint-Guibert</p><p>QA Officer Sterile – Seraing</p><p>Validation Engineer – Wavre</p>
<p><a href="https://www.stepstone.be/fr/candidat/job-agent">Gérer mes Job Agents</a></p></body></html>""",
    ),
    m(
        "k51",
        "2025-11-02 07:05:00 +0000",
        "Jobat <alerts@jobat.be>",
        "Nouveaux jobs pour toi : pharmacien – Bruxelles",
        ("alert", None, None, None, "other", "fr"),
        """Nouveaux jobs qui correspondent à ta recherche « pharmacien » à Bruxelles :

- Pharmacien adjoint (m/f/x) – officine à Schaerbeek – CDI
- Pharmacien hospitalier (H/F/X) – Clinique Saint-Lambert – Woluwe
- Pharmacist Regulatory Affairs – Diegem – CDI

Voir tous les jobs : https://www.jobat.be/fr/jobs/pharmacien/bruxelles
""",
    ),
    m(
        "k52",
        "2025-11-09 17:00:00 +0000",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "« quality assurance manager » : 15 nouveaux emplois à Bruxelles",
        ("alert", None, None, None, "linkedin", "fr"),
        html="""<html><body><p>Vos offres d'emploi correspondent à : quality assurance manager à Région de Bruxelles-Capitale</p>
<p><b>QA Manager</b> · Solenne Biotech · Gosselies</p><p><b>Quality Lead CMC</b> · Brabant Cell Therapies · Louvain-la-Neuve</p><p><b>Head of QA</b> · Meuse Biologics · Namur</p>
<p><a href="https://www.linkedin.com/jobs/search/?keywords=quality%20assurance%20manager">Voir toutes les offres</a></p></body></html>""",
    ),
    m(
        "k53",
        "2025-12-03 09:12:41 +0000",
        "Mirjam Wenger via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Head of QA Operations – Basel",
        ("outreach", "Grisenau Therapeutics", "Head of QA Operations", None, "linkedin", "en"),
        """Hi Camille,

I lead talent acquisition at Grisenau Therapeutics in Basel. We're building out our QA Operations team ahead of a commercial launch and I think your background in batch release would be a great fit for our Head of QA Operations opening.

Any chance you'd be up for a quick chat?

Mirjam
""",
    ),
    m(
        "k54",
        "2025-12-04 08:30:00 +0100",
        "Camille Dubois-Nkemelu <camille.dubois-nkemelu@laposte.net>",
        "Fwd: Head of QA Operations – Basel",
        ("outreach", "Grisenau Therapeutics", "Head of QA Operations", None, "linkedin", "en"),
        """Pour garder une trace – à décliner poliment, j'ai signé chez Hélivia.

---------- Forwarded message ---------
De : Mirjam Wenger via LinkedIn <inmail-hit-reply@linkedin.com>
Date : mer. 3 déc. 2025 à 10:12
Objet : Head of QA Operations – Basel

Hi Camille,

I lead talent acquisition at Grisenau Therapeutics in Basel. We're building out our QA Operations team ahead of a commercial launch and I think your background in batch release would be a great fit for our Head of QA Operations opening.
""",
        to="Camille Dubois-Nkemelu <camille.dubois-nkemelu@laposte.net>",
    ),
    m(
        "k55",
        "2025-10-01 07:30:00 +0000",
        "Alpenstat Clinical Research <alpenstat@talent.icims.com>",
        "Alpenstat career portal – your account",
        ("other_job", ALP, None, None, "icims", "en"),
        """Dear Camille,

An account has been created for you on the Alpenstat Clinical Research career portal. Your username is camille.dubois-nkemelu@laposte.net.

To set your password, use this link (valid for 48 hours): https://careers-alpenstat.icims.com/connect?reset=9KX2W

Alpenstat Talent Acquisition
""",
    ),
    m(
        "k56",
        "2025-10-15 06:10:00 +0000",
        "Sanvorel Recrutement <no-reply@taleo.net>",
        "Bienvenue dans la communauté Talents Sanvorel",
        ("alert", SAN, None, None, "taleo", "fr"),
        """Bonjour Camille,

Merci d'avoir rejoint la communauté Talents Sanvorel. Vous recevrez désormais nos offres correspondant à vos centres d'intérêt (Qualité, Affaires réglementaires – France, Belgique, Suisse) ainsi que nos actualités.

Gérez vos préférences : https://sanvorel.taleo.net/careersection/ext/profile.ftl

À bientôt,
L'équipe Recrutement Sanvorel
""",
    ),
    m(
        "k57",
        "2026-01-14 08:45:00 +0000",
        "Welcome to the Jungle <no-reply@welcometothejungle.com>",
        "Ces entreprises recrutent en ce moment à Bruxelles",
        ("alert", None, None, None, "other", "fr"),
        html="""<html><body><h3>Ils recrutent près de chez vous</h3>
<p><b>Solenne Biotech</b> – QA Specialist · Gosselies</p><p><b>Kalyxa</b> – Regulatory Affairs Manager · Paris / Bruxelles</p>
<p><a href="https://www.welcometothejungle.com/fr/jobs">Voir les offres</a></p></body></html>""",
    ),
    m(
        "k58",
        "2026-02-09 10:20:00 +0100",
        "Pieter Claes <pieter.claes@vectis-lsr.be>",
        "Catching up – new QA roles",
        ("outreach", None, "Quality Assurance Manager", None, "agency", "en"),
        """Hi Camille,

I saw on LinkedIn that you started at Hélivia – congratulations! No pressure at all, but if you ever know someone looking, we have two QA Manager searches open for clients in Flemish Brabant.

Best,
Pieter
""",
    ),
]
