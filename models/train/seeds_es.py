"""Hand-written Spanish seed sentences for the training generator.

Same slots as seeds_en. {o} is the subject's gender ending ("detenido" /
"detenida"), {el} "él"/"ella", {lo} "lo"/"la", {del} "del señor"/"de la señora".
"""

GREET = ["Estimado Oficial Superior de Revisión:", "Buenos días,", "A quien corresponda:",
         "Hola,", "Buenas tardes", "Estimados señores:", "", "Señores de ICE,",
         "Muy respetuosamente me dirijo a ustedes."]

INTRO = {
    "attorney": [
        "Soy abogad{wo} de {N} y solicito la revisión de su caso.",
        "Represento a {N}, número A {ANUM}.",
        "Mi cliente, {N}, solicita que ICE revise su caso.",
        "En nombre de mi cliente {N} presento esta solicitud de discreción procesal.",
        "Nuestra oficina representa a {N} en su caso migratorio.",
        "Le escribo como representante legal de {N}.",
    ],
    "family": [
        "Le escribo por {REL}, {N}.",
        "{REL_CAP} se llama {N} y necesita ayuda.",
        "Me llamo {W} y escribo por {REL} {N}.",
        "por favor ayuden a {REL} {N}",
        "Soy {RELN} de {N} y pido que revisen su caso.",
        "Escribo en nombre de {REL} {N}, número A {ANUM}.",
        "{REL_CAP} {N} está en problemas con inmigración.",
        "hola soy {W}, {REL} es {N}",
    ],
    "self": [
        "Me llamo {N} y pido la revisión de mi caso.",
        "Mi nombre es {N}, número A {ANUM}.",
        "Yo, {N}, les pido respetuosamente que revisen mi caso.",
        "mi nombre completo es {N} necesito ayuda",
        "Soy {N} y escribo por mi propio caso.",
        "Nombre: {N}. Soy la persona de esta solicitud.",
    ],
    "representative": [
        "Soy representante acreditad{wo} de {ORG} y escribo por {N}.",
        "{ORG} presenta esta solicitud a favor de {N}.",
        "Nuestra iglesia, {ORG}, ayuda a {N}, miembro de la congregación.",
        "Como representante acreditado de {N}, pido la revisión del caso.",
    ],
    "other": [
        "Soy amig{wo} de {N} y escribo porque {el} no puede.",
        "Mi vecin{o} {N} me pidió que escribiera por {el}.",
        "Soy el patrón de {N} y escribo a su favor.",
    ],
}

REL = {"m": ["mi esposo", "mi hijo", "mi hermano", "mi padre", "mi novio", "mi sobrino",
             "mi pareja", "mi tío", "mi nieto", "mi primo"],
       "f": ["mi esposa", "mi hija", "mi hermana", "mi madre", "mi novia", "mi sobrina",
             "mi pareja", "mi tía", "mi nieta", "mi prima"]}

ID_LINES = [
    "Nombre: {N}\nNúmero A: {ANUM}\nFecha de nacimiento: {DOB}\nPaís de nacimiento: {C}",
    "Nombre completo: {N}\nA# {ANUM}\nNacionalidad: {D}\nTeléfono: {PHONE}",
    "Detenid{o}: {N} | A{ANUM} | F. nac. {DOB} | Lugar de nacimiento: {CITY}, {C}",
    "NOMBRE - {N}\nNUMERO A - {ANUM}\nPAIS - {C}",
    "<p>Nombre: {N}</p><p>País de origen: {C}</p><p>A-{ANUM}</p>",
    "* Nombre: {N}\n* Ciudadanía: {C}\n* Correo: {EMAIL}",
    "Cliente: {N}; nacid{o} el {DOB} en {CITY}, {C}.",
]

ORIGIN = [
    "{El_cap} nació en {CITY}, {C}, el {DOB}.",
    "{N} es ciudadan{o} de {C}.",
    "{El_cap} es originari{o} de {C} y llegó a Estados Unidos en {YEAR}.",
    "{N} es {D} y vive aquí desde {YEAR}.",
    "{El_cap} es de {C}.",
    "Su país de nacimiento es {C}.",
    "{N}, de nacionalidad {D}, entró al país en {YEAR}.",
    "Nacid{o} en {C}, tiene tres hijos ciudadanos.",
    "{El_cap} vino de {C} cuando tenía {AGE} años.",
]

ORIGIN_SELF = [
    "Nací en {CITY}, {C}, el {DOB}.",
    "Soy de {C}.",
    "Soy {D} y vivo en {US_CITY} hace {YEARS} años.",
    "soy ciudadan{o} de {C}",
    "Vine de {C} en {YEAR}.",
]

ORIGIN_DISTRACT = [
    "{El_cap} vive en {US_CITY} con su familia.",
    "Fue deportad{o} a {X} en {YEAR} y regresó.",
    "Pasó por {X} en el camino.",
    "Su esposa vive en {X} ahora.",
    "Trabajó en {X} dos años antes de venir.",
]

RELIEF = {
    "release_from_custody": [
        "Solicitamos respetuosamente su liberación de la custodia de ICE.",
        "Por favor liberen a {REL_OBJ} para que pueda estar con sus hijos.",
        "Pido que {lo} dejen salir con un grillete electrónico.",
        "Les ruego que {lo} suelten, sus hijos {lo} necesitan.",
        "Pedimos su libertad bajo palabra humanitaria.",
        "Lo que solicitamos: liberación de la detención.",
        "Por favor, déjenlo libre.",
    ],
    "stay_of_removal": [
        "Solicitamos una suspensión de la deportación.",
        "Por favor detengan su deportación, el vuelo es el {DATE}.",
        "Pido que aplacen la deportación hasta la cirugía de su hija.",
        "Les pedimos suspender la remoción programada para la próxima semana.",
        "Por favor cancelen el vuelo de deportación.",
        "Solicitud: suspensión de la remoción.",
    ],
    "cancellation_of_detainer": [
        "Pedimos que retiren el detainer de la cárcel del condado.",
        "Por favor cancelen la orden de retención de inmigración.",
        "Solicitamos que levanten el hold de ICE para que pueda pagar la fianza penal.",
        "Les pido que quiten el candado migratorio.",
        "Solicitamos la cancelación del detainer.",
    ],
    "deferred_action": [
        "Solicitamos acción diferida para {el}.",
        "Por favor concédanle acción diferida por razones humanitarias.",
        "Pido acción diferida para poder cuidar a mi hijo enfermo.",
        "Lo que pedimos es acción diferida.",
        "Les pedimos que consideren otorgar acción diferida.",
    ],
    "decline_enforcement": [
        "Por favor no {lo} deporten.",
        "Pedimos que ICE no {lo} considere prioridad.",
        "No me deporten por favor, llevo veinte años aquí.",
        "Les ruego que {lo} dejen quedarse con su familia.",
        "Solicitamos que no {lo} arresten en su próxima cita.",
        "Pido que me permitan quedarme con mis hijos.",
        "Solicitamos que ICE se abstenga de deportar{lo} a pesar de la orden final.",
    ],
    "motion_to_reopen": [
        "Pedimos que OPLA se una a una moción conjunta para reabrir el caso.",
        "Solicitamos que ICE no se oponga a la moción de reapertura.",
        "Por favor acepten reabrir el proceso para que pueda ajustar su estatus.",
        "Solicitud: moción para reabrir.",
    ],
    "dismissal": [
        "Solicitamos la terminación del proceso de deportación.",
        "Pedimos que ICE pida el sobreseimiento del caso.",
        "Por favor acepten desestimar el caso en la corte.",
        "Solicitamos la desestimación del procedimiento.",
    ],
    "administrative_closure": [
        "Solicitamos el cierre administrativo del caso.",
        "Pedimos que acepten cerrar administrativamente el proceso.",
        "Por favor no se opongan al cierre administrativo.",
    ],
    "stipulation": [
        "Pedimos que el gobierno estipule su elegibilidad para la cancelación.",
        "Solicitamos una estipulación sobre los hechos.",
        "Les pedimos que acepten estipular el asilo.",
    ],
    "continuance": [
        "Solicitamos el aplazamiento de la audiencia del {DATE}.",
        "Por favor acepten posponer la audiencia para que el nuevo abogado se prepare.",
        "Pedimos reprogramar la audiencia en la corte.",
    ],
    "bond": [
        "Solicitamos una fianza razonable.",
        "Por favor consideren darle fianza.",
        "Pedimos que bajen la fianza de inmigración.",
        "Solicitamos una audiencia de fianza.",
    ],
    "relief_in_proceedings": [
        "Pedimos que ICE no se oponga a su solicitud de asilo.",
        "Solicitamos que no se opongan a la cancelación de remoción ante el juez.",
        "Por favor no se opongan a su ajuste de estatus en la corte.",
    ],
}

RELIEF_DISTRACT = [
    "Su audiencia de fianza fue el mes pasado y se la negaron.",
    "En {YEAR} presentamos una moción para reabrir que fue negada.",
    "Fue liberad{o} en {YEAR} y ha cumplido con todas sus citas.",
    "Ya tuvo una suspensión de deportación en {YEAR}.",
    "No tiene ningún detainer.",
    "Su hermano recibió acción diferida hace años.",
]

LOCAL = {
    "denied": [
        "Primero pedimos a la oficina local de {OFFICE} y la negaron el {DATE}.",
        "La oficina local de ERO rechazó la solicitud el {DATE}.",
        "El oficial {O} de la oficina de ICE negó nuestra petición.",
        "Solicitamos la revisión a la oficina de campo y fue denegada.",
        "La oficina local nos dio una respuesta negativa el {DATE}; adjunto la carta.",
    ],
    "granted": [
        "La oficina local aprobó la solicitud el {DATE} pero no la respetaron.",
        "Pedimos a la oficina de campo de {OFFICE} y nos la concedieron.",
        "La oficina de ICE aceptó nuestra solicitud el {DATE}.",
    ],
    "partial": [
        "La oficina local aprobó parcialmente la solicitud el {DATE}.",
        "La oficina de campo concedió la solicitud solo en parte.",
        "La oficina de ERO de {OFFICE} aprobó en parte lo que pedimos.",
    ],
    "no_response": [
        "Enviamos la solicitud a la oficina local de {OFFICE} el {DATE} y nunca contestaron.",
        "La oficina local no nos ha respondido.",
        "Mandamos correos a la oficina de ICE dos veces y no hubo respuesta.",
        "Pedimos a la oficina de campo el {DATE} y seguimos sin ninguna respuesta.",
        "Fui a la oficina de inmigración a pedir y nunca me contestaron.",
    ],
    "pending": [
        "Nuestra solicitud en la oficina local de {OFFICE} sigue pendiente.",
        "La oficina de campo todavía está revisando la solicitud del {DATE}.",
        "Presentamos la solicitud a la oficina local y estamos esperando la decisión.",
        "La solicitud a la oficina local está en trámite.",
    ],
}

LOCAL_NONE = ["No hemos contactado la oficina local.", "No sabía que tenía que pedir primero a la oficina local.",
              "", ""]

SAFETY = {
    "assault": [
        "Un guardia {lo} golpeó durante el traslado.",
        "Otro detenido {lo} agredió y los guardias no hicieron nada.",
        "Me contó que un oficial abusó sexualmente de {el} en {FAC}.",
        "{El_cap} fue golpead{o} anoche y tiene moretones.",
        "Sufrió maltrato de los guardias del centro.",
    ],
    "detention_conditions": [
        "No le dan su insulina desde hace cinco días en {FAC}.",
        "Le han negado atención médica para su brazo roto.",
        "{El_cap} está sin sus medicamentos para las convulsiones.",
        "{Lo_cap} pusieron en aislamiento por un mes.",
        "Están en la hielera, hacinados y pasando hambre.",
    ],
    "trafficking": [
        "{El_cap} es víctima de trata de personas y solicitó la visa T.",
        "Los que {lo} trajeron {lo} obligaron a trabajo forzado sin pago.",
        "Fue víctima de trata y servidumbre por deudas.",
        "{Lo_cap} tuvieron encerrad{o} y {lo} obligaban a trabajar para pagar una deuda.",
    ],
    "mental_health": [
        "{El_cap} tiene esquizofrenia y no recibe tratamiento.",
        "Intentó quitarse la vida la semana pasada en detención.",
        "Tiene una enfermedad mental grave y escucha voces.",
        "Me dijo que quiere hacerse daño.",
        "El médico le diagnosticó depresión severa y trastorno de estrés postraumático.",
    ],
    "child_separation": [
        "ICE se llevó a nuestra hija en la frontera y no sabemos dónde está.",
        "Le quitaron a su hijo y lo pusieron en un hogar temporal.",
        "Nos separaron de nuestros niños y están en un albergue.",
        "Sus hijos fueron separados de {el} cuando {lo} arrestaron.",
    ],
}

SAFETY_DISTRACT = [
    "Nunca ha sido maltratad{o} en detención.",
    "{El_cap} huyó de la violencia en su país.",
    "Terminó un programa contra el abuso de alcohol en {YEAR}.",
    "Sus hijos lo extrañan mucho.",
    "Gracias a Dios está bien de salud.",
    "Sus hijos viven con la abuela mientras trabaja.",
]

FILLER = [
    "Vive en Estados Unidos desde hace {YEARS} años y no tiene antecedentes penales.",
    "Es el sostén de su familia.",
    "Tiene tres hijos ciudadanos de {AGE}, 9 y 12 años.",
    "Trabaja en la construcción y paga sus impuestos.",
    "Va a la iglesia todos los domingos.",
    "Está detenid{o} en {FAC}.",
    "Su deportación está programada para el {DATE}.",
    "ICE {lo} arrestó el {DATE} afuera de su casa.",
    "Adjunto el formulario G-28 firmado.",
    "Mi teléfono es {PHONE} y mi correo es {EMAIL}.",
    "Tiene una orden final de deportación de {YEAR}.",
    "Adjunto cartas de apoyo de su pastor y su patrón.",
]

CLOSE = ["Atentamente,\n{W}", "Gracias,\n{W}", "Saludos cordiales,\n{W}\n{ORG}",
         "Que Dios los bendiga,\n{W}", "{W}\n{PHONE}", "Respetuosamente,\n{W}, abogad{wo}"]

NOT_REQUEST = [
    "Invitación: taller gratuito sobre sus derechos este sábado en la parroquia.",
    "¿Cuál es el horario de la oficina? Soy estudiante y hago una tarea.",
    "Por favor quítenme de esta lista de correo.",
    "¡Felicidades! Ganó un premio, haga clic aquí para reclamarlo.",
    "Ofrecemos servicios de traducción para bufetes a buen precio. Llame al {PHONE}.",
    "Gracias por la información de la semana pasada. Que tengan buen día.",
    "Mensaje de prueba, favor de ignorar.",
    "¿Cuánto tarda normalmente el proceso? No tengo caso, solo pregunto.",
]
