# ruff: noqa: E501
"""Job mail of the thirty-second held-out corpus in Spanish, Portuguese and French (measured, never tuned on)."""

from __future__ import annotations

from typing import Any

from heldout3_util import m as _m
from heldout3_util import reply

BOG, SP, BA = "-0500", "-0300", "-0300"


def m(key: str, date: str, *a: Any, **kw: Any) -> dict[str, Any]:
    """Toronto local time unless told otherwise."""
    kw.setdefault("tz", "-0400" if date < "2025-11-02" else "-0500")
    return _m(key, date, *a, **kw)


TL = "Tinto Labs"
JB = "Jabuti Pagamentos"
PA = "Paralelo"
SPD = "Senior Product Designer"
AB = "Atelier Boréal"
PRIYA = "Priya Raman-Okafor <priya.ramanokafor@fastmail.com>"
VALE = "Valentina Rojas <valentina.rojas@tintolabs.co>"
LUCAS = "Lucas Pereira <lucas.pereira@jabuti.com.br>"
MAXI = "Maximiliano Ibarra <maxi@paralelo.com.ar>"
GENEV = "Geneviève Tremblay <genevieve@atelierboreal.ca>"

MAIL: list[dict[str, Any]] = [
    # --- 15 Tinto Labs (Bogotá), Workable, Spanish --------------------------------------
    m(
        "50101",
        "2025-10-03 11:40",
        "Tinto Labs <noreply@candidates.workablemail.com>",
        "Gracias por tu postulación a Tinto Labs",
        ("confirmation", TL, "Diseñadora de Producto Senior", 15, "workable", "es"),
        """Hola Priya,

¡Gracias por postularte al cargo de Diseñador/a de Producto Senior en Tinto Labs!

Recibimos tu hoja de vida y tu portafolio. Nuestro equipo revisará tu perfil con calma y, si encaja con lo que buscamos, te contactaremos en las próximas dos semanas.

Mientras tanto, puedes conocer más sobre nosotros en tintolabs.co/cultura.

Un abrazo,
Equipo de Talento - Tinto Labs S.A.S.
Bogotá, Colombia

Enviado con Workable
""",
        tz=BOG,
    ),
    m(
        "50103",
        "2025-10-14 09:25",
        VALE,
        "Entrevista - Diseño de Producto Senior (remoto)",
        ("interview", TL, "Diseñadora de Producto Senior", 15, "workable", "es"),
        """Hola Priya, ¿cómo estás?

Te escribo de Tinto Labs. Nos gustó mucho tu portafolio, en especial el caso del planificador de viajes. Queremos invitarte a una primera conversación de 45 minutos con Andrés, nuestro Head of Design, para conocerte mejor y contarte del rol.

¿Te sirve el jueves 16 de octubre a las 10:00 a. m. hora de Bogotá (11:00 a. m. en Toronto)? Si no, propón otro horario y lo acomodamos.

Saludos,
Valentina Rojas
People Partner | Tinto Labs
""",
        tz=BOG,
        reply_to="Valentina Rojas <valentina.rojas+c81@tintolabs.workable.com>",
    ),
    m(
        "50104",
        "2025-10-14 10:02",
        PRIYA,
        "Re: Entrevista - Diseño de Producto Senior (remoto)",
        ("interview", TL, "Diseñadora de Producto Senior", 15, "direct", "es"),
        """Hola Valentina,

¡Muchas gracias! El jueves a las 10:00 hora de Bogotá me queda perfecto.

Saludos,
Priya

El mar, 14 oct 2025 a las 9:25, Valentina Rojas (<valentina.rojas@tintolabs.co>) escribió:
> ¿Te sirve el jueves 16 de octubre a las 10:00 a. m. hora de Bogotá?
""",
        to=VALE,
        **reply("50103", "valentina.rojas@tintolabs.co"),
    ),
    m(
        "50106",
        "2025-10-29 16:48",
        VALE,
        "Tinto Labs - actualización de tu proceso",
        ("rejection", TL, "Diseñadora de Producto Senior", 15, "workable", "es"),
        """Hola Priya,

Gracias de verdad por tu tiempo con Andrés y con el equipo de producto. Tu forma de presentar los hallazgos de investigación nos pareció muy clara.

Después de pensarlo mucho, decidimos continuar con una persona que vive en Colombia, ya que para este rol necesitamos que la persona viaje con frecuencia a nuestras oficinas en Bogotá y Medellín. Sabemos que no es la noticia que esperabas.

Nos encantaría seguir en contacto para futuras posiciones totalmente remotas.

Un saludo grande,
Valentina
""",
        tz=BOG,
    ),
    # --- 16 Jabuti Pagamentos (São Paulo), Gupy, Portuguese ------------------------------
    m(
        "50201",
        "2025-10-08 14:12",
        "Jabuti Pagamentos <naoresponda@gupy.com.br>",
        "Recebemos sua candidatura - Product Designer Sênior",
        ("confirmation", JB, "Product Designer Sênior", 16, "other", "pt"),
        html="""<html><body style="font-family:Arial"><div style="max-width:600px;margin:auto">
<p>Olá, Priya!</p>
<p>Sua candidatura para a vaga <b>Product Designer Sênior (Remoto - LATAM)</b> na <b>Jabuti Pagamentos</b> foi concluída com sucesso. 🎉</p>
<p>Acompanhe cada etapa do processo seletivo pelo seu painel: <a href="https://jabuti.gupy.io/candidates/applications">Minhas candidaturas</a></p>
<p>Boa sorte!<br>Time de Gente &amp; Cultura - Jabuti</p>
<p style="font-size:11px;color:#999">Este é um e-mail automático enviado pela Gupy. Por favor, não responda.</p></div></body></html>""",
        tz=SP,
    ),
    m(
        "50203",
        "2025-10-20 10:30",
        "Jabuti Pagamentos <naoresponda@gupy.com.br>",
        "Nova etapa: Desafio de design - Jabuti Pagamentos",
        ("assessment", JB, "Product Designer Sênior", 16, "other", "pt"),
        """Olá, Priya! Tudo bem?

Você avançou no processo seletivo para Product Designer Sênior na Jabuti Pagamentos. A próxima etapa é um desafio prático de design.

O enunciado está disponível na plataforma. Você terá 5 dias corridos para entregar, até 25/10 às 23h59 (horário de Brasília). Sugerimos não dedicar mais do que 4 a 6 horas.

Acessar o desafio: https://jabuti.gupy.io/candidates/jobs/9983120/steps/challenge

Qualquer dúvida, estamos por aqui.
Time de Gente & Cultura
""",
        tz=SP,
    ),
    m(
        "50205",
        "2025-11-03 15:05",
        LUCAS,
        "Convite: apresentação do desafio + conversa com o time",
        ("interview", JB, "Product Designer Sênior", 16, "direct", "pt"),
        """Oi Priya,

Muito obrigado pela entrega do desafio, o time curtiu bastante a forma como você tratou o fluxo de Pix parcelado.

Queremos te convidar para apresentar o desafio para mim e para a Carol (PM) na quinta, 6/11, às 14h de Brasília (12h em Toronto). Vai ser pelo Google Meet, o convite segue anexo.

Abraço,
Lucas Pereira
Design Manager | Jabuti Pagamentos
""",
        tz=SP,
        ics={
            "start": "2025-11-06 14:00:00 -0300",
            "minutes": 60,
            "uid": "jabuti-lp-0611@jabuti.com.br",
            "organizer": ("Lucas Pereira", "lucas.pereira@jabuti.com.br"),
            "attendees": [("Carolina Mendes", "carolina.mendes@jabuti.com.br")],
            "summary": "Apresentação do desafio - Priya (Product Designer Sênior)",
            "location": "https://meet.google.com/jbt-xkqe-pra",
        },
    ),
    m(
        "50208",
        "2025-11-19 11:20",
        "Jabuti Pagamentos <naoresponda@gupy.com.br>",
        "Atualização sobre o processo seletivo",
        ("rejection", JB, "Product Designer Sênior", 16, "other", "pt"),
        """Olá, Priya!

Agradecemos muito sua participação no processo seletivo para Product Designer Sênior na Jabuti Pagamentos e todo o cuidado com o desafio.

Neste momento, optamos por seguir com outros perfis mais aderentes à vaga. Sabemos que essa não é a resposta que você esperava, mas seu currículo continuará em nosso banco de talentos para oportunidades futuras.

Desejamos sucesso na sua jornada!
Time de Gente & Cultura - Jabuti
""",
        tz=SP,
    ),
    # --- 17 Paralelo (Buenos Aires), Lever in Spanish, withdrawn -----------------------
    m(
        "50301",
        "2025-11-10 18:44",
        "Paralelo <no-reply@hire.lever.co>",
        "Recibimos tu postulación en Paralelo",
        ("confirmation", PA, SPD, 17, "lever", "es"),
        """¡Hola Priya!

Gracias por tu interés en Paralelo. Recibimos tu postulación para Senior Product Designer y nos pone muy contentos que quieras sumarte al equipo.

Vamos a revisar tu perfil y, si hay match, te vamos a escribir para coordinar los próximos pasos.

¡Saludos!
Equipo de Paralelo

https://jobs.lever.co/paralelo/e1b5c2aa-6f0d-4b9e-8a77-3d51c09ba2f6
""",
        tz=BA,
    ),
    m(
        "50303",
        "2025-11-17 12:15",
        MAXI,
        "Charla con Paralelo 🙂",
        ("interview", PA, SPD, 17, "lever", "es"),
        """Hola Priya, ¿qué tal?

Soy Maxi, líder de diseño en Paralelo. Vi tu postulación y me encantaría charlar un rato. ¿Podés el miércoles 19 a las 15 h (Buenos Aires), o sea 13 h en Toronto? Te paso el link de Meet: https://meet.google.com/prl-uuzm-ahd

Abrazo,
Maxi
""",
        tz=BA,
    ),
    m(
        "50304",
        "2025-11-17 13:00",
        PRIYA,
        "Re: Charla con Paralelo 🙂",
        ("interview", PA, SPD, 17, "direct", "es"),
        """¡Hola Maxi! Dale, el miércoles a las 15 h de Buenos Aires me viene bien. ¡Nos vemos!

Priya
""",
        to=MAXI,
        **reply("50303", "maxi@paralelo.com.ar"),
    ),
    m(
        "50306",
        "2025-12-05 09:10",
        PRIYA,
        "Retiro mi candidatura - Senior Product Designer",
        ("confirmation", PA, SPD, 17, "direct", "es"),
        """Hola Maxi,

Muchas gracias por las conversaciones de estas semanas. Lo pensé bastante y, por la diferencia horaria con los rituales del equipo y un par de procesos que están avanzando en Toronto, prefiero retirar mi candidatura para no hacerles perder tiempo.

Me encantó conocer el producto y al equipo. ¡Ojalá coincidamos más adelante!

Un abrazo,
Priya
""",
        to=MAXI,
        st="withdrawn",
    ),
    m(
        "50307",
        "2025-12-05 11:42",
        MAXI,
        "Re: Retiro mi candidatura - Senior Product Designer",
        ("confirmation", PA, SPD, 17, "lever", "es"),
        """Priya, ¡gracias por avisar con tanta claridad! Entendido, cierro tu proceso en Lever. Cualquier cosa, las puertas quedan abiertas.

Abrazo grande,
Maxi
""",
        tz=BA,
        st="withdrawn",
        **reply("50306", "priya.ramanokafor@fastmail.com"),
    ),
    # --- 18 Atelier Boréal (Montréal), French, direct --------------------------------
    m(
        "50401",
        "2025-12-08 10:05",
        GENEV,
        "Candidature - Designer UX/UI principal(e)",
        ("confirmation", AB, "Designer UX/UI principal(e)", 18, "direct", "fr"),
        """Bonjour Priya,

Merci pour votre candidature au poste de designer UX/UI principal(e) chez Atelier Boréal. Nous avons bien reçu votre CV et votre portfolio.

Nous prenons le temps de regarder chaque dossier avec soin ; vous aurez de nos nouvelles d'ici la fin de la semaine prochaine.

Au plaisir,
Geneviève Tremblay
Directrice de studio
Atelier Boréal inc. · 5445, av. de Gaspé, Montréal (Québec)
""",
    ),
    m(
        "50403",
        "2025-12-15 14:30",
        GENEV,
        "Rencontre avec l'équipe - Atelier Boréal",
        ("interview", AB, "Designer UX/UI principal(e)", 18, "direct", "fr"),
        """Bonjour Priya,

Votre portfolio nous a beaucoup plu, particulièrement le projet de permis municipaux. Nous aimerions vous rencontrer en visioconférence pour une entrevue d'environ une heure avec moi et Mathieu, notre directeur de création.

Seriez-vous disponible le jeudi 18 décembre à 11 h (heure de l'Est) ? L'invitation est jointe.

Bonne journée,
Geneviève
""",
        ics={
            "start": "2025-12-18 11:00:00 -0500",
            "minutes": 60,
            "uid": "boreal-gt-1812@atelierboreal.ca",
            "organizer": ("Geneviève Tremblay", "genevieve@atelierboreal.ca"),
            "attendees": [("Mathieu Gagnon", "mathieu@atelierboreal.ca")],
            "summary": "Entrevue - Priya Raman-Okafor (Designer UX/UI principal(e))",
            "location": "https://meet.google.com/abr-hhyt-qwe",
        },
    ),
    m(
        "50406",
        "2026-01-05 09:50",
        GENEV,
        "Suite à notre rencontre",
        ("rejection", AB, "Designer UX/UI principal(e)", 18, "direct", "fr"),
        """Bonjour Priya,

Merci encore pour notre échange du 18 décembre ; Mathieu et moi avons vraiment apprécié votre approche et votre franchise.

Après réflexion, nous avons choisi de poursuivre avec une personne basée à Montréal, le poste exigeant finalement une présence au studio quatre jours par semaine. Ce n'est en rien un jugement sur la qualité de votre travail.

Nous vous souhaitons une très belle année 2026 et beaucoup de succès dans vos démarches.

Cordialement,
Geneviève Tremblay
""",
    ),
    # --- alerts and outreach in Portuguese / Spanish ----------------------------------
    m(
        "50501",
        "2025-09-15 08:00",
        "Gupy <naoresponda@gupy.com.br>",
        "Novas vagas de Product Design para você",
        ("alert", None, None, None, "other", "pt"),
        """Olá, Priya!

Separamos algumas vagas que combinam com o seu perfil:

- Product Designer Sênior | Fintech Arara | Remoto
- UX Designer Pleno | Lojas Caravela | São Paulo - SP
- Lead Product Designer | Saúde Ipê | Remoto

Ver todas as vagas: https://portal.gupy.io/job-search/term=product%20designer

Gupy - Conectando pessoas e empresas
""",
        tz=SP,
    ),
    m(
        "50502",
        "2025-11-26 07:30",
        "LinkedIn <jobalerts-noreply@linkedin.com>",
        "Vagas de product designer sênior: 8 novas vagas no Brasil (remoto)",
        ("alert", None, None, None, "linkedin", "pt"),
        html="""<html><body><table width="512" align="center" style="font-family:Arial"><tr><td>
<p>Seu alerta de vaga para <b>product designer sênior</b> - Brasil (Remoto)</p>
<p><b>Product Designer Sênior</b> - Banco Sabiá - Remoto</p>
<p><b>Senior Product Designer</b> - Quero Mais Educação - São Paulo, SP</p>
<p><a href="https://www.linkedin.com/jobs/search/?savedSearchId=22918">Ver todas as vagas</a></p>
<p style="font-size:11px;color:#999">© 2025 LinkedIn Corporation</p></td></tr></table></body></html>""",
        tz=SP,
    ),
    m(
        "50503",
        "2025-10-22 11:15",
        "Workable <noreply@workable.com>",
        "Nuevos empleos remotos de diseño en Latinoamérica",
        ("alert", None, None, None, "workable", "es"),
        """Hola Priya,

Estos empleos coinciden con tus preferencias:

 • Diseñador/a UX Senior - Cumbre Seguros - Remoto (Colombia)
 • Product Designer - Tucán Pagos - Ciudad de México / Remoto
 • Lead Designer - Ñandú Tech - Buenos Aires / Remoto

Ver empleos: https://jobs.workable.com/search?query=product%20designer&remote=true

El equipo de Workable
""",
        tz=BOG,
    ),
    m(
        "50504",
        "2025-10-30 13:20",
        "Camila Duarte <camila.duarte@lumasaude.com.br>",
        "Oportunidade: Head de Design na Luma Saúde",
        ("outreach", "Luma Saúde", "Head de Design", None, "direct", "pt"),
        """Oi Priya, tudo bem?

Sou a Camila, Tech Recruiter da Luma Saúde (healthtech em São Paulo). Estamos buscando uma Head de Design para liderar um time de 6 pessoas, e seu perfil no LinkedIn chamou muita atenção, principalmente a experiência com produtos para clínicas.

A posição é remota, com viagens trimestrais para SP, contratação PJ em dólar. Topa um papo de 20 minutos esta semana?

Abraços,
Camila Duarte
Tech Recruiter | Luma Saúde
""",
        tz=SP,
    ),
    m(
        "50505",
        "2025-12-01 10:00",
        "Paralelo <no-reply@hire.lever.co>",
        "Contanos cómo fue tu experiencia",
        ("other_job", PA, SPD, None, "lever", "es"),
        """¡Hola Priya!

Estamos mejorando la forma en que entrevistamos. ¿Nos regalás 2 minutos para contarnos cómo fue tu experiencia en el proceso de Senior Product Designer?

Completar la encuesta: https://forms.paralelo.com.ar/experiencia-candidato

¡Gracias!
Equipo de Paralelo
""",
        tz=BA,
    ),
    m(
        "50506",
        "2026-01-20 09:00",
        "Jabuti Pagamentos <naoresponda@gupy.com.br>",
        "Bem-vinda ao Banco de Talentos da Jabuti!",
        ("alert", JB, None, None, "other", "pt"),
        """Olá, Priya!

Você agora faz parte do Banco de Talentos da Jabuti Pagamentos. Sempre que abrirmos uma vaga compatível com o seu perfil, você será avisada por aqui.

Enquanto isso, siga a gente no LinkedIn para acompanhar as novidades.

Time de Gente & Cultura
""",
        tz=SP,
    ),
]
