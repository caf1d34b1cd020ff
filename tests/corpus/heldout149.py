"""Corpus 149: hand-written, labelled mail (TUNING CORPUS: measured first, then tuned on).

What it is
    About 225 messages of one job seeker ("me", Yasmine Belkacem-Rousseau, in M1 of the Master
    Management de la supply chain at an invented Lille business school, the ILM) from October
    2025 to March 2026. She looks for an alternance for her M2 (contrat d'apprentissage or de
    professionnalisation from September 2026, rythme 3 semaines entreprise / 1 semaine école)
    and for her M1 stage (April to August 2026); a cabinet also sounds her out about a CDI for
    after her degree. Mostly French (vous from corporate HR, the hospital and a Belgian company
    near Tournai; tu from the start-ups, Welcome to the Jungle and Teamtailor), some English
    from an English-speaking multinational. Roughly 43 % of the inbox is job mail,
    23 applications: confirmations from Workday (tenant "tlg" for Transalys), Taleo then
    Oracle Recruiting Cloud after a migration (Valmonde), Teamtailor, SmartRecruiters (tenant
    "BiscuiterieDelcourt" for Maison Delcourt), Lever, Welcome to the Jungle, JobTeaser,
    HelloWork, Indeed, LinkedIn, Meteojob (employer hidden as "entreprise confidentielle"),
    France Travail ("Ma candidature") and 1jeune1solution; "viewed" notices from LinkedIn,
    Indeed and HelloWork; accusés de réception from a retail group's recrutement mailbox, a
    public hospital group and a Belgian SA; tests (SHL with a reminder, AssessFirst, an
    easyRecrue vidéo différée, a cas pratique by e-mail); entretiens by phone, Teams, Google
    Meet and on site with Outlook and Google invitations (one décalé, one annulé then
    reprogrammé), a journée de recrutement; refus with neutral subjects ("Votre candidature",
    "Suite à notre échange", "Retour de Sportéo") and praise before the no ("malgré la
    qualité de votre profil", "le poste a été pourvu"); an offre d'alternance accepted by
    reply (promesse d'embauche, the CERFA signed through DocuSign, OPCO and onboarding mail)
    and one declined; a withdrawal ("je retire ma candidature"); a recrutement suspendu (on
    hold); a re-application to the same role after a refus; two posts at one company
    (alternance and stage); ghosted applications. Employer naming on purpose: Rivéa
    Logistique's mail comes from the Groupe Rivéa recrutement mailbox (enseignes Rivéa Market
    and Rivéa Proxi) and its legal name Rivéa Logistique France SAS; Transalys on the Workday
    tenant of its group (TL Group); Valmonde as VALMONDE AUTOMOTIVE SYSTEMS FRANCE SAS;
    Maison Delcourt as Biscuiterie Delcourt SAS; the Coopérative Flandre-Lys in France
    Travail's capitals; the cabinet Nordtalents writing for "un acteur régional de la
    distribution alimentaire sous température dirigée" it names later (Frigonord); the
    school's relations entreprises sending applications on her behalf and relaying answers;
    a start-up co-founder writing from Gmail; Indeed relaying an employer's messages. Also
    job alerts (JobTeaser, Indeed, LinkedIn, HelloWork, France Travail, Meteojob, Welcome to
    the Jungle, the school's offer mailings), a talent-community welcome, an
    incomplete-application nudge, recruiter, intérim and cabinet outreach, an auto-reply, a
    candidate survey and a Workday account e-mail. The rest is an ordinary Lille student
    inbox with look-alikes: a studio rental "dossier de candidature" refused ("malgré la
    qualité de votre dossier") and another accepted with its lease through DocuSign, a
    Visale "garantie", CAF housing aid, a bank student loan "offre de prêt" and a card
    "demande acceptée", an exchange-semester candidature with its "entretien de motivation",
    selection and "désistement", a scholarship "dossier de candidature" withdrawn, SNCF
    tickets, Deliveroo and Lidl "offres", Doctolib appointments with calendar parts (one
    cancelled by the practice), webinar and masterclass invitations with calendar parts,
    newsletters that "interview" a supply chain director, friends and family on Gmail,
    Hotmail, laposte.net and orange.fr talking about their own alternances, interviews and
    new jobs, a LinkedIn "félicitez" notice and a phishing attempt.

How it was written
    By hand, message by message, without reading jobtracker's classifiers, correlator or sample
    generator, nor the message data of the other corpora. Only the first corpus's builder is
    reused, with ``heldout.dated_spec`` as ``m()`` (defined once in heldout149_jobs.py with
    the time zone and label helpers); spec keys are opaque tokens. People, employers and
    employer domains are invented (.example); vendor sender domains (ATS, job boards,
    assessment vendors, DocuSign, LinkedIn, Indeed, France Travail, 1jeune1solution) are the
    vendors' real ones.

    TUNING CORPUS: measured first, then tuned on. Measure it untouched first; afterwards its
    mail may be read to tune the rules.

Labels
    As ``heldout8.py`` describes them (``heldout.py``'s ``label``). Sources outside DESIGN.md's
    vocabulary (Welcome to the Jungle, JobTeaser, HelloWork, Meteojob, France Travail,
    1jeune1solution, SHL, AssessFirst, easyRecrue, and the school's relations entreprises
    service when it applies or answers on her behalf) are ``other``; cabinet and intérim mail
    is ``agency`` with the client as ``company`` (null in outreach that does not name it;
    application mail carries the client from the start, as every message of an application
    does); a person writing from the employer's mailbox or from personal webmail on its
    behalf is ``direct``; employer messages relayed by Indeed are ``indeed``. ``company`` is
    the employer as a person would write it: Rivéa Logistique (not Groupe Rivéa), Transalys
    (not TL Group), Valmonde, Maison Delcourt (not Biscuiterie Delcourt), Coopérative
    Flandre-Lys, Frigonord, Nébuleuse Cosmétiques. HelloWork's, LinkedIn's and Indeed's
    "consultée" / "vue" notices are ``viewed``; the recrutement suspendu is confirmation-like
    mail leaving the application ``on_hold``; the withdrawal acknowledgement is
    confirmation-like mail leaving it ``withdrawn``; the reply to the accepted offer and the
    DocuSign "Complété" CERFA leave it ``accepted``; the reply to the declined offer leaves it
    ``declined``; a vidéo différée and online tests are assessments, a cas pratique sent by
    e-mail too; the reschedule and the cancellation are interviews; onboarding, the school's
    contract paperwork, a candidate survey, an auto-reply, a careers-site account e-mail and
    the school's campaign kick-off are ``other_job``; the school's forwarded offers and the
    incomplete-application nudge are ``alert``s.

Usage
    python tests/corpus/heldout149.py OUTDIR
    -> OUTDIR/all.mbox and OUTDIR/all.mbox.truth.jsonl (one mailbox)

Standard library only; the same input writes the same bytes.
"""

from __future__ import annotations

import sys

import heldout as H  # this folder is the script's first import path
from single_mailbox import Corpus, main

ME = "Yasmine Belkacem-Rousseau <yasmine.belkacem.rousseau@gmail.com>"
DATA_MODULES = (
    "heldout149_jobs",
    "heldout149_jobs_more",
    "heldout149_inbox",
    "heldout149_life",
)
FIRST, LAST = "2025-10-01", "2026-04-01"


# The first corpus's builder (MIME, calendar, labels, checks), with this corpus's candidate.
H.calendar_text = H.attendee_calendar(
    "Yasmine Belkacem-Rousseau", "yasmine.belkacem.rousseau@gmail.com"
)

CORPUS = Corpus(doc=__doc__ or "", me=ME, data_modules=DATA_MODULES, first=FIRST, last=LAST)

if __name__ == "__main__":
    sys.exit(main(sys.argv, CORPUS))
