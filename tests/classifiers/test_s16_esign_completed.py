"""An e-signature service's notice that every party signed the offer letter or the employment
contract is the reader's yes: the offer accepted. The same notice for a lease, a loan or an NDA
stays what it was."""

from __future__ import annotations

from jobtracker.pipeline.vocabulary import ApplicationStatus, Category
from tests.classifiers.probes import sender_test

OFFER, ACCEPTED, NOT_JOB = Category.OFFER, ApplicationStatus.ACCEPTED, Category.NOT_JOB

test_a_completed_envelope_of_an_offer_is_the_offer_accepted = sender_test(
    [
        (
            "dse_na2@docusign.net",
            "Completed: Offer Letter - Priya Natarajan.pdf",
            "All parties have completed the envelope Offer Letter - Priya Natarajan.pdf.\n\n"
            "You can view or download the completed document from DocuSign.",
            OFFER,
            ACCEPTED,
        ),
        (
            "dse@eumail.docusign.net",
            "Concluído: Carta Proposta - Analista Financeiro.pdf",
            "Todas as partes concluíram o envelope Carta Proposta - Analista Financeiro.pdf.\n\n"
            "Pode ver ou descarregar o documento concluído a partir do DocuSign.",
            OFFER,
            ACCEPTED,
        ),
        (
            "naoresponda@clicksign.com",
            "Documento finalizado: Proposta de Trabalho - Mariana Costa",
            "Todas as assinaturas foram concluídas.\n\nO documento Proposta de Trabalho - "
            "Mariana Costa.pdf foi assinado por todos os signatários.\n\nBaixe o documento "
            "assinado pelo link abaixo.",
            OFFER,
            ACCEPTED,
        ),
        (
            "dse@docusign.net",
            "Completado: Carta oferta - Sofía Herrera",
            "Todas las partes han completado el sobre Carta oferta - Sofía Herrera.\n\n"
            "Puede ver o descargar el documento completado desde DocuSign.",
            OFFER,
            ACCEPTED,
        ),
        (
            "dse@docusign.net",
            "Terminé : Promesse d'embauche - Julien Mercier",
            "Toutes les parties ont complété l'enveloppe Promesse d'embauche - Julien "
            "Mercier.\n\nVous pouvez consulter ou télécharger le document terminé depuis DocuSign.",
            OFFER,
            ACCEPTED,
        ),
        (
            "dse@docusign.net",
            "Abgeschlossen: Arbeitsvertrag Lena Vogt",
            "Alle Parteien haben den Umschlag Arbeitsvertrag Lena Vogt abgeschlossen.\n\n"
            "Sie können das abgeschlossene Dokument in DocuSign anzeigen oder herunterladen.",
            OFFER,
            ACCEPTED,
        ),
        (
            "dse@docusign.net",
            "Completed: Employment Agreement - Tom Becker",
            "All parties have completed Employment Agreement - Tom Becker.\n\n"
            "View or download the completed document.",
            OFFER,
            ACCEPTED,
        ),
    ]
)

test_a_completed_envelope_of_anything_else_stays_not_job = sender_test(
    [
        (
            "dse@eumail.docusign.net",
            "Concluído: Contrato de Arrendamento - Rua das Flores 12",
            "Todas as partes concluíram o envelope Contrato de Arrendamento - Rua das Flores "
            "12.\n\nPode ver ou descarregar o documento concluído a partir do DocuSign.",
            NOT_JOB,
            None,
        ),
        (
            "dse_na2@docusign.net",
            "Completed: Lease Agreement - 41 Elm Street Apt 3",
            "All parties have completed the envelope Lease Agreement - 41 Elm Street Apt 3.\n\n"
            "You can view or download the completed document from DocuSign.",
            NOT_JOB,
            None,
        ),
        (
            "naoresponda@clicksign.com",
            "Documento finalizado: Proposta de Crédito Imobiliário",
            "Todas as assinaturas foram concluídas.\n\nO documento Proposta de Crédito "
            "Imobiliário.pdf foi assinado por todos os signatários.",
            NOT_JOB,
            None,
        ),
        (
            "dse@docusign.net",
            "Completado: Contrato de alquiler - Calle Mayor 8",
            "Todas las partes han completado el sobre Contrato de alquiler - Calle Mayor 8.",
            NOT_JOB,
            None,
        ),
    ]
)

test_a_signed_by_all_notice_of_an_offer_is_the_offer_accepted = sender_test(
    [
        (
            "no-reply@signhub.example",
            "Document completed",
            "The document Offer Letter - Ana Ruiz.pdf has been signed by all parties.",
            OFFER,
            ACCEPTED,
        ),
        (
            "no-reply@signhub.example",
            "Dokument abgeschlossen",
            "Das Dokument Arbeitsvertrag Lena Vogt.pdf wurde von allen Unterzeichnern "
            "unterschrieben.",
            OFFER,
            ACCEPTED,
        ),
        (
            "no-reply@signhub.example",
            "Document finalisé",
            "Le document Promesse d'embauche - Julien Mercier.pdf a été signé par tous les "
            "signataires.",
            OFFER,
            ACCEPTED,
        ),
        (
            "no-reply@signhub.example",
            "Documento finalizado",
            "El documento Carta oferta - Sofía Herrera.pdf ha sido firmado por todos los "
            "firmantes.",
            OFFER,
            ACCEPTED,
        ),
        (
            "no-reply@signhub.example",
            "Documento finalizado",
            "O documento Carta-Proposta_Rui_Lopes.pdf foi assinado por todos os signatários.",
            OFFER,
            ACCEPTED,
        ),
        (
            "no-reply@signhub.example",
            "Document completed",
            "The document Lease Agreement - 41 Elm Street.pdf has been signed by all parties.",
            NOT_JOB,
            None,
        ),
    ]
)


test_the_readers_own_yes_or_no_to_an_offer_opens_the_first_look = sender_test(
    [
        (
            "jane.doe.cv@gmail.com",
            "Re: Your offer",
            "Hi Tom,\n\nI'm thrilled to accept your offer! Looking forward to starting on "
            "3 March.\n\nBest,\nJane",
            OFFER,
            ACCEPTED,
        ),
        (
            "jane.doe.cv@gmail.com",
            "AW: Ihr Angebot",
            "Sehr geehrter Herr Brandt,\n\nvielen Dank, ich nehme Ihr Angebot sehr gerne an und "
            "freue mich auf den Start am 1. April.\n\nMit freundlichen Grüßen\nJane Doe",
            OFFER,
            ACCEPTED,
        ),
        (
            "deals@shop.example",
            "Last chance",
            "Accept the offer before midnight and get 30% off every pair of trainers.",
            NOT_JOB,
            None,
        ),
    ]
)

test_an_admission_offer_to_accept_stays_not_job = sender_test(
    [
        (
            "admissions@courses.example",
            "Congratulations! You've been admitted to the Data Analytics Certificate",
            "Dear Sam,\n\nWe're pleased to offer you a place in the Data Analytics Certificate, "
            "spring cohort. Please accept your offer and pay the deposit by 24 June to secure "
            "your seat.\n\nWelcome aboard!\nAdmissions",
            NOT_JOB,
            None,
        ),
    ]
)
