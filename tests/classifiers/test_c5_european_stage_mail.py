"""Stage mail in French, German, Portuguese and Spanish that the phrase banks used to miss:
rejections written as "we went on with someone", calls proposed after an application,
internship offers, school career-service relays, and look-alikes that are no job at all
(a race lottery, a master's admission, a scholarship, a flat)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jobtracker.pipeline.contracts import Classification
from jobtracker.pipeline.vocabulary import Category

Classify = Callable[..., Classification]


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            "claire.morel@vantelec.fr",
            "RE: Entretien – Technicienne qualité",
            "Bonjour Madame Dupuis,\n\nMerci encore d'être venue mardi. Après réflexion, nous "
            "avons décidé de continuer avec une candidate qui connaît déjà nos lignes de "
            "production. Je suis désolée de ne pas vous donner une réponse favorable.\n\n"
            "Claire Morel",
        ),
        (
            "paul@studio-brume.fr",
            "Suite à notre entretien",
            "Salut Inès,\n\nMerci pour ton temps jeudi. On a finalement choisi un profil qui "
            "avait déjà travaillé en agence.\n\nBelle suite à toi,\nPaul",
        ),
        (
            "r.lambert@fonderie-arve.fr",
            "Poste technicien méthodes",
            "Bonjour Marc,\n\nJe reviens vers vous au sujet du poste de technicien méthodes : "
            "le poste est désormais pourvu en interne. Je suis désolé de ne pas avoir de "
            "meilleure nouvelle.\n\nRémi Lambert",
        ),
    ],
)
def test_french_rejections_after_an_interview(
    classify: Classify, sender: str, subject: str, body: str
) -> None:
    result = classify(sender=sender, subject=subject, body=body)
    assert result.category is Category.REJECTION


def test_portuguese_rejection_naming_the_person_chosen(classify: Classify) -> None:
    result = classify(
        sender="renata@caju.studio",
        subject="Re: Conversa sobre a vaga de Designer",
        body=(
            "Oi Bruno,\n\nObrigada pela conversa. Infelizmente decidimos avançar com um perfil "
            "que já mora em Recife.\n\nAbraço,\nRenata"
        ),
    )
    assert result.category is Category.REJECTION


def test_german_position_filled_with_title_between(classify: Classify) -> None:
    result = classify(
        sender="karriere@talent.icims.com",
        name="Weber Pumpen",
        subject="Ihre Bewerbung – Praktikum Konstruktion",
        body=(
            "Hallo Frau Schulz,\n\nwir möchten Ihnen mitteilen, dass die Stelle Praktikum "
            "Konstruktion (m/w/d) mittlerweile besetzt ist.\n\nIhr Recruiting-Team"
        ),
    )
    assert result.category is Category.REJECTION


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            "t.roux@acierie-vercors.fr",
            "Stage qualité – premier contact",
            "Bonjour Mme Petit,\n\nNous avons bien reçu votre candidature pour le stage qualité. "
            "Êtes-vous disponible pour un court échange téléphonique jeudi matin ?\n\nThomas Roux",
        ),
        (
            "mia@lichtwerk.design",
            "Kurzes Kennenlernen?",
            "Hi Tom,\n\ndeine Bewerbung fand ich sehr überzeugend. Hast du Lust auf ein erstes "
            "Gespräch per Video nächste Woche?\n\nViele Grüße\nMia",
        ),
        (
            "joana@sabia.design",
            "Conversa sobre a vaga de Product Designer",
            "Oi Pedro,\n\nVi sua candidatura e gostei muito do portfólio. Topa uma conversa de "
            "30 minutos por Google Meet na terça?\n\nJoana",
        ),
    ],
)
def test_a_call_proposed_after_an_application_is_an_interview(
    classify: Classify, sender: str, subject: str, body: str
) -> None:
    result = classify(sender=sender, subject=subject, body=body)
    assert result.category is Category.INTERVIEW


def test_french_scheduling_event_for_an_interview(classify: Classify) -> None:
    result = classify(
        sender="rdv@planif.example",
        subject="Nouvel événement : Marie Roche – Entretien Chargée d'études",
        body=(
            "Bonjour Marie Roche,\n\nUn nouvel événement a été planifié.\n\n"
            "Type d'événement : Entretien Chargée d'études – 30 min\n"
            "Date : mardi 3 juin, 14:00"
        ),
    )
    assert result.category is Category.INTERVIEW


def test_recruiter_pitching_for_a_client_is_outreach(classify: Classify) -> None:
    result = classify(
        sender="s.girard@cabinet-altair.fr",
        subject="Poste technicien de maintenance – client agroalimentaire",
        body=(
            "Bonjour Julie,\n\nJe suis consultante chez Altair. Je recrute actuellement pour "
            "l'un de nos clients, une usine agroalimentaire, un technicien de maintenance (CDI). "
            "Êtes-vous toujours en recherche ?\n\nSophie Girard"
        ),
    )
    assert result.category is Category.OUTREACH


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            "h.leroy@chimie-saone.fr",
            "Proposition – stage ingénieur laboratoire",
            "Bonjour Léo,\n\nAprès votre visite, j'ai le plaisir de vous proposer le stage "
            "d'assistant laboratoire de six mois, gratification de 1 100 € par mois.\n\n"
            "Hugo Leroy",
        ),
        (
            "rh@maresia.pt",
            "Proposta",
            "Caro Rui,\n\nÉ com muito prazer que lhe enviamos a nossa proposta para o "
            "estágio profissional na área de qualidade.\n\nCumprimentos",
        ),
    ],
)
def test_internship_offers(classify: Classify, sender: str, subject: str, body: str) -> None:
    result = classify(sender=sender, subject=subject, body=body)
    assert result.category is Category.OFFER


def test_a_board_telling_the_employer_received_the_application(classify: Classify) -> None:
    result = classify(
        sender="noreply@welcometothejungle.com",
        name="Welcome to the Jungle",
        subject="Ta candidature pour Data Analyst chez Orme",
        body="Orme a bien reçu ta candidature pour le poste Data Analyst.",
    )
    assert result.category is Category.CONFIRMATION


def test_portuguese_trainee_programme_registration(classify: Classify) -> None:
    result = classify(
        sender="noreply@kenoby.com",
        name="Granito Energia",
        subject="Inscrição recebida",
        body=(
            "Olá, Ana!\n\nSua inscrição no Programa de Estágio 2026 da Granito Energia foi "
            "recebida. Os resultados saem em novembro."
        ),
    )
    assert result.category is Category.CONFIRMATION


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            "emploi@ecole-mines.example",
            "[Emplois] Offres pour les diplômés – juin",
            "Chers diplômés,\n\nNous relayons ci-dessous des offres reçues par le service "
            "carrières. Candidatez directement auprès des entreprises.\n\n1) Ingénieur procédés"
            " – Lyon\n2) Chargé d'affaires – Annecy",
        ),
        (
            "alertas@empregos.example",
            "As suas ofertas",
            'Olá,\n\nHá novas ofertas de emprego para o seu alerta "Logística":\n\n'
            "- Técnico de Logística (Porto)",
        ),
        (
            "noreply@xing.com",
            "Neue Jobs für Sie",
            "Hallo Anna,\n\nwir haben Jobs gefunden, die zu Ihrem Profil passen:\n\n"
            "• Werkstudent Vertrieb – Köln",
        ),
        (
            "talento@energia-sur.example",
            "Programa de Becarios 2026",
            "Ya está abierta la convocatoria del programa de becarios 2026: 40 plazas en "
            "ingeniería. Inscríbete antes del 30 de noviembre.",
        ),
    ],
)
def test_job_lists_and_programme_announcements_are_alerts(
    classify: Classify, sender: str, subject: str, body: str
) -> None:
    result = classify(sender=sender, subject=subject, body=body)
    assert result.category is Category.ALERT


def test_interview_tips_in_a_board_digest_are_no_interview(classify: Classify) -> None:
    result = classify(
        sender="digest@jobteaser.com",
        name="JobTeaser",
        subject="Tes offres de la semaine",
        body=(
            "Voici les stages de la semaine sélectionnés pour toi :\n\nStage – Ingénieur "
            "qualité · Lyon\n\nEt aussi : comment réussir ton entretien vidéo ?"
        ),
    )
    assert result.category is Category.ALERT


def test_onboarding_first_day_is_other_job(classify: Classify) -> None:
    result = classify(
        sender="integration@fermat-aero.example",
        name="Fermat Onboarding",
        subject="Votre arrivée chez Fermat",
        body=(
            "Bonjour Léa,\n\nVotre premier jour : lundi 3 novembre, 9h, à l'accueil. Le livret "
            "d'accueil est dans votre espace d'onboarding.\n\nL'équipe Fermat"
        ),
    )
    assert result.category is Category.OTHER_JOB


def test_english_offer_sent_for_signature(classify: Classify) -> None:
    result = classify(
        sender="dse@docusign.net",
        name="Maya Ortiz via DocuSign",
        subject="Please DocuSign: Contract.pdf",
        body="Dear Sam, please find attached your offer to join the Kestrel graduate scheme.",
    )
    assert result.category is Category.OFFER


@pytest.mark.parametrize(
    ("sender", "subject", "body"),
    [
        (
            "inscriptions@trail-annecy.example",
            "Votre candidature au tirage au sort a été enregistrée",
            "Bonjour,\n\nVotre candidature au tirage au sort pour un dossard du trail est bien "
            "enregistrée.",
        ),
        (
            "inscriptions@trail-annecy.example",
            "Tirage au sort : résultat",
            "Malheureusement, votre candidature n'a pas été retenue lors du tirage au sort.",
        ),
        (
            "scolarite@univ-rhone.example",
            "Candidature eCandidat – accusé de réception",
            "Nous accusons réception de votre candidature au master Chimie déposée sur "
            "eCandidat. La commission pédagogique se réunira en mai.",
        ),
        (
            "bourses@fondation-alpha.example",
            "Bourse d'études 2026 : invitation à un entretien",
            "Le comité de sélection de la bourse a retenu votre candidature. Nous vous invitons "
            "à un entretien avec le jury de la bourse le 4 juin.",
        ),
        (
            "ri@ecole.example",
            "Résultat de votre candidature Erasmus+",
            "Votre dossier de candidature à la bourse Erasmus+ n'a pas pu être retenu.",
        ),
        (
            "location@habitat-sud.example",
            "Votre candidature pour le T2 – Arceaux",
            "Nous accusons réception de votre candidature pour le T2, loyer 700 € charges "
            "comprises. Merci de joindre une promesse d'embauche ou un contrat de travail, vos "
            "trois derniers bulletins de salaire ou la garantie Visale.",
        ),
    ],
)
def test_applications_that_are_no_job(
    classify: Classify, sender: str, subject: str, body: str
) -> None:
    result = classify(sender=sender, subject=subject, body=body)
    assert result.category is Category.NOT_JOB


def test_recruiter_asking_for_an_undated_call_stays_outreach(classify: Classify) -> None:
    """A call proposed for a given day schedules an interview; "this week" in a pitch does not."""
    result = classify(
        sender="l.mercier@cabinet-orage.fr",
        subject="Opportunité Ingénieur qualité – client confidentiel",
        body=(
            "Bonjour Hugo,\n\nJe suis consultante chez Orage. Je recrute pour un client "
            "(industrie pharmaceutique, Lyon) un ingénieur qualité.\n\nSeriez-vous disponible "
            "pour un échange téléphonique cette semaine ?\n\nLaure Mercier"
        ),
    )
    assert result.category is Category.OUTREACH


def test_ux_research_as_the_field_of_the_job_is_no_user_study(classify: Classify) -> None:
    """A UX researcher's rejection talks about user interviews; that alone is no user study."""
    result = classify(
        sender="nina@kiebitz.design",
        subject="Re: Kennenlernen",
        body=(
            "Hi Paul,\n\ndanke für das Gespräch. Leider muss ich dir absagen: wir haben uns am "
            "Ende für jemanden entschieden, der schon viele Nutzerinterviews im Gesundheitswesen "
            "geführt hat.\n\nLiebe Grüße\nNina"
        ),
    )
    assert result.category is Category.REJECTION


def test_a_user_study_invitation_is_still_no_job(classify: Classify) -> None:
    result = classify(
        sender="research@kiebitz.app",
        subject="Einladung zur Nutzerstudie",
        body=(
            "Hallo Paul,\n\nwir suchen Teilnehmende für eine Nutzerstudie zu unserer App (30 "
            "Minuten, per Video). Als Dankeschön erhältst du einen Gutschein über 20 €."
        ),
    )
    assert result.category is Category.NOT_JOB


def test_a_professor_introducing_a_student_to_an_employer_is_outreach(
    classify: Classify,
) -> None:
    result = classify(
        sender="m.blanc@ecole-centrale.example",
        subject="Mise en relation – Emma Roy / Saphir Industrie",
        body=(
            "Chère Anne, chère Emma,\n\nComme convenu, je vous mets en relation. Anne dirige le "
            "bureau d'études de Saphir Industrie, qui cherche des jeunes ingénieurs en "
            "mécanique ; Emma a été l'une de mes meilleures étudiantes et s'intéresse à la "
            "recherche utilisateur.\n\nBien à vous,\nMarc Blanc"
        ),
    )
    assert result.category is Category.OUTREACH
