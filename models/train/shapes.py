"""The shapes real mail takes around the facts, for the generator (generate.py).

Subject lines that carry the person's name, label lines and tables, "my
husband X", "client X (A# ...)"; and the negatives the model must learn to
leave alone: the writer's own name in an introduction or a signature,
organisations and places written like names, out-of-office and press mail,
countries the person was deported to or only lives in. Slots as in seeds_en:
{N} is the person (labelled), {C}/{D} their country (labelled), {W}, {ORG},
{X} and the rest are never labelled. Everything here is invented.
"""
from __future__ import annotations

SUBJECT = {
    "en": ["Subject: Re: PD request - {N}", "Subject: RE: [EXTERNAL] {N} A# {ANUM} - stay request",
           "Subject: Fwd: Case of {N}", "Subject: FW: {N} / {C}", "Subject: Request for review: {N} ({ANUM})",
           "Subject: {N} - detained at {FAC}", "Subject: RE: RE: {N}", "Subject: Re: my case",
           "Subject: Message from {W}", "Subject: Follow up - {ORG}", "Subject: Urgent - {N}, A{ANUM}"],
    "es": ["Asunto: RE: Solicitud - {N}", "Asunto: RV: caso de {N} ({ANUM})", "Asunto: Fwd: {N}",
           "Asunto: Mi esposo {N} está detenido", "Asunto: RE: mi caso", "Asunto: Mensaje de {W}",
           "Asunto: URGENTE - {N} - {C}"],
}

PERSON = {
    "en": ["Re: {N}\nDOB: {DOB}\nA# {ANUM}",
           "Client {N} (A# {ANUM}) is detained at {FAC}.",
           "I am writing about my {RELN} {N}, who is in ICE custody.",
           "Name of detainee: {N}\nCountry of citizenship: {C}",
           "<table><tr><td>Name</td><td>{N}</td></tr><tr><td>Country of birth</td><td>{C}</td></tr></table>",
           "| Name | {N} |\n| Nationality | {D} |\n| A-Number | {ANUM} |",
           "RE: {N}, A{ANUM}",
           "Our client, {N}, A# {ANUM}, is a native of {C}.",
           "This request concerns {N} (DOB {DOB}).",
           "<p><b>Noncitizen:</b> {N}</p><p><b>COB:</b> {C}</p>"],
    "es": ["Nombre: {N}\nFecha de nacimiento: {DOB}\nNacionalidad: {D}",
           "Le escribo por mi {RELN} {N}, que está detenid{o} en {FAC}.",
           "Mi {RELN} se llama {N} y es de {C}.",
           "Mi cliente {N} (A# {ANUM}) nació en {C}.",
           "<table><tr><td>Nombre</td><td>{N}</td></tr><tr><td>País de nacimiento</td><td>{C}</td></tr></table>",
           "Solicitud a favor de {N}, nacid{o} en {CITY}, {C}."],
}

WRITER = {
    "en": ["My name is {W} and I am writing on behalf of the person named below.",
           "This is {W} from {ORG}.", "I am {W}, a paralegal at {ORG}.",
           "Please contact me, {W}, at {PHONE} with any questions.",
           "cc: {W}, {ORG}", "Sent on behalf of {W}"],
    "es": ["Me llamo {W} y escribo en nombre de la persona indicada abajo.",
           "Soy {W}, de {ORG}.", "Puede llamarme a mí, {W}, al {PHONE}."],
}

SIGNATURE = ["--\n{W}\nParalegal | {ORG}\nTel. {PHONE}", "{W}\nStaff Attorney\n{ORG}\n{EMAIL}",
             "Atentamente,\n{W}\n{ORG}", "Sincerely yours,\n\n{W}\nLaw Office of {W}\n{PHONE}",
             "<p>Best,<br>{W}<br>{ORG}</p>"]

# Title-case words that are not the person: organisations, places, papers.
NOT_PERSON = {
    "en": ["I work at the Rio Grande Valley Legal Clinic.", "The Gulf Coast Ledger asked us about this case.",
           "Please copy Casa Esperanza Legal Services on your answer.", "We are located in Santa Ana County.",
           "The Bluebonnet Community Church wrote a letter of support.", "Sent from the Pine Hollow Law Library.",
           "He attends Saint Mark Catholic Church every Sunday.", "{He} works for Green Valley Landscaping."],
    "es": ["Trabajo en la Clínica Legal del Río Grande.", "La Iglesia Nueva Esperanza envió una carta de apoyo.",
           "{El_cap} trabaja en Construcciones Valle Verde.", "Vivimos en el condado de Santa Ana."],
}

ORIGIN = {
    "en": ["{He} is a native of {C}.", "Nationality: {D}", "Country of birth: {C}", "born in {C}",
           "{He} is {D}."],
    "es": ["{El_cap} nació en {C}.", "Nacionalidad: {D}", "País de nacimiento: {C}", "Es {D}.",
           "Es originari{o} de {C}."],
}

ORIGIN_DISTRACT = {
    "en": ["{He} was removed to {X} once before.", "{His} parents live in {X}.",
           "The family passed through {X}.", "{He} has a cousin in {X}."],
    "es": ["Fue deportad{o} a {X} en {YEAR}.", "Sus padres viven en {X}.", "Pasó por {X} en el camino.",
           "Su esposa vive en {X} ahora."],
}

NOT_REQUEST = {
    "en": ["I am out of the office until {DATE} with limited access to email. For urgent matters, "
           "please contact {W} at {EMAIL}.",
           "Automatic reply: {W} is away. Your message has been received.",
           "Hello, I'm a reporter with the Gulf Coast Ledger writing about detention statistics. "
           "Could your office share how many reviews were granted last year?\n\n{W}",
           "The {ORG} newsletter: upcoming know-your-rights sessions in {US_CITY}.\n\n{W}, Editor"],
    "es": ["Estoy fuera de la oficina hasta el {DATE}. Para asuntos urgentes, comuníquese con {W}.",
           "Respuesta automática: {W} no está disponible.",
           "Soy periodista y escribo un artículo sobre las detenciones. ¿Podrían darme cifras?\n\n{W}"],
}
