"""Spanish examples for text matching, measured by `bench/matching.py` and held by
`test_spanish.py` (never tuned on; see "Spanish" in docs/architecture.md).

`SPANISH_DEVELOPMENT` (45 pairs, plain words) was in view while a word-for-word gloss into
English was tried and dropped; `SPANISH_HELD_OUT` (25 pairs, other words) was written after
it and read once for it. `CROSS_LANGUAGE` pairs the first 20 Spanish asks with the same offers
written in English, as a bilingual network has them; `REVERSE_LANGUAGE` the other way: the
same 20 asks written in English against the Spanish offers. Every ask is ranked against every
offer of its set, as in `accuracy.evaluate`.
"""

from __future__ import annotations

from tests.matching.examples_dev import Example

SPANISH_DEVELOPMENT: list[Example] = [
    ("space", "un salón para 60 personas", "nuestro centro comunitario tiene capacidad para 80"),
    (
        "expertise",
        "Necesitamos a alguien que haga nuestra página web",
        "Soy desarrollador web y puedo crear un sitio",
    ),
    (
        "expertise",
        "Buscamos un abogado para revisar el contrato de alquiler",
        "Ejerzo derecho inmobiliario y reviso contratos",
    ),
    (
        "funding",
        "Necesitamos fondos para una liga de fútbol juvenil",
        "Nuestra fundación da pequeñas becas al deporte juvenil",
    ),
    (
        "volunteers",
        "Voluntarios para servir comidas el sábado",
        "Mi grupo de la iglesia puede enviar diez ayudantes los fines de semana",
    ),
    (
        "amplification",
        "Cobertura de prensa para el lanzamiento",
        "Soy periodista en el diario local",
    ),
    ("other", "Una camioneta para mudar muebles", "Tengo una pickup que te puedo prestar"),
    (
        "expertise",
        "¿Quién puede traducir folletos al inglés?",
        "Soy bilingüe y traduzco documentos con gusto",
    ),
    (
        "intro_people",
        "Una presentación con la oficina del alcalde",
        "Conozco bien al teniente de alcalde y puedo conectarte",
    ),
    (
        "expertise",
        "Ayuda contable para organizar nuestras cuentas",
        "Soy contadora pública y ayudo con la contabilidad",
    ),
    ("expertise", "Fotos para nuestro informe anual", "Soy fotógrafo y puedo cubrir tu evento"),
    (
        "expertise",
        "Mentoría para una directora primeriza de una ONG",
        "Dirigí una organización sin fines de lucro 20 años y acompaño a nuevos directores",
    ),
    (
        "space",
        "Espacio para guardar alimentos donados",
        "Tenemos un almacén con cámara frigorífica",
    ),
    (
        "expertise",
        "Alguien que enseñe programación a adolescentes",
        "Soy ingeniera de software y me encanta enseñar a programar a jóvenes",
    ),
    (
        "expertise",
        "Un diseñador gráfico para nuestro logo",
        "Hago diseño de marca e identidad visual",
    ),
    (
        "expertise",
        "Un médico que hable en nuestra feria de salud",
        "Soy médico y doy charlas de salud comunitaria",
    ),
    (
        "expertise",
        "Ayuda para escribir solicitudes de subvenciones",
        "He escrito propuestas exitosas para subvenciones federales",
    ),
    (
        "intro_people",
        "Contactos con agricultores locales para nuestro mercado",
        "Conozco a casi todos los productores del condado",
    ),
    (
        "other",
        "Cuidado de niños durante nuestras reuniones nocturnas",
        "Tengo una guardería y puedo proveer niñeras",
    ),
    (
        "other",
        "Un autobús para llevar a personas mayores a votar",
        "Nuestra organización de transporte tiene un minibús accesible para sillas de ruedas",
    ),
    (
        "expertise",
        "Queremos pintar un mural en la escuela del barrio",
        "Soy artista y he pintado murales con estudiantes",
    ),
    (
        "expertise",
        "¿Alguien sabe de impuestos para organizaciones pequeñas?",
        "Preparo declaraciones de impuestos para ONG sin costo",
    ),
    (
        "expertise",
        "Necesito practicar entrevistas de trabajo con jóvenes",
        "Trabajo en recursos humanos y hago simulacros de entrevistas",
    ),
    (
        "other",
        "Buscamos sillas y mesas para un evento de 200 personas",
        "Nuestra iglesia presta cien sillas plegables y mesas",
    ),
    (
        "volunteers",
        "Apoyo para inscribir votantes en el barrio",
        "Coordino campañas de registro de votantes cada año",
    ),
    (
        "expertise",
        "Un electricista que revise la instalación del centro",
        "Soy electricista con licencia y hago revisiones gratis a organizaciones",
    ),
    (
        "expertise",
        "Clases de inglés para madres inmigrantes",
        "Doy clases de inglés como segundo idioma a adultos",
    ),
    (
        "intro_people",
        "Contacto con alguien en el departamento de educación del estado",
        "Trabajé diez años en el departamento de educación estatal y conozco a la gente clave",
    ),
    (
        "expertise",
        "Un terapeuta que apoye a familias en duelo",
        "Soy psicóloga clínica y acompaño procesos de duelo",
    ),
    (
        "amplification",
        "Difundir nuestra campaña en la radio",
        "Tengo un programa semanal en la radio comunitaria",
    ),
    (
        "other",
        "Herramientas para arreglar casas de personas mayores",
        "Nuestra ferretería dona herramientas y materiales",
    ),
    (
        "space",
        "Un lugar para ensayar con nuestro coro juvenil",
        "El auditorio de la biblioteca está libre los martes por la tarde",
    ),
    (
        "expertise",
        "Asesoría para abrir un pequeño negocio de comida",
        "Asesoro a emprendedores gastronómicos en permisos y licencias",
    ),
    (
        "other",
        "Transporte para llevar niños a un campamento",
        "Tenemos dos camionetas de quince pasajeros con conductor",
    ),
    (
        "funding",
        "Un inversionista para nuestra cooperativa de vivienda",
        "Dirijo un fondo de inversión de impacto en vivienda asequible",
    ),
    (
        "expertise",
        "Ayuda para escribir el informe anual",
        "Soy redactora y edito informes y publicaciones",
    ),
    (
        "other",
        "Computadoras para el laboratorio de la escuela",
        "Mi empresa renueva sus laptops y dona las usadas",
    ),
    (
        "expertise",
        "Un chef que enseñe nutrición a adolescentes",
        "Tengo un restaurante y doy talleres de cocina saludable para jóvenes",
    ),
    (
        "expertise",
        "Alguien que grabe videos de testimonios",
        "Soy videógrafo y produzco videos cortos para causas sociales",
    ),
    (
        "intro_people",
        "Conectar con médicos para una jornada de vacunación",
        "Dirijo una clínica y puedo movilizar a enfermeras y médicos",
    ),
    (
        "expertise",
        "Necesitamos un abogado de inmigración",
        "Ofrezco consultas legales gratuitas sobre casos migratorios",
    ),
    (
        "other",
        "Pasantías de verano para estudiantes de secundaria",
        "Mi oficina recibe practicantes jóvenes cada verano",
    ),
    (
        "expertise",
        "Un fotógrafo para la gala de recaudación",
        "Fotografío eventos y galas como voluntaria",
    ),
    (
        "other",
        "Cupos en guarderías para familias trabajadoras",
        "Administro tres centros de cuidado infantil",
    ),
    (
        "space",
        "Espacio en un almacén para bicicletas donadas",
        "Tenemos una bodega grande con lugar libre",
    ),
]

SPANISH_HELD_OUT: list[Example] = [
    (
        "other",
        "Necesitamos una nevera grande para la despensa del barrio",
        "Nuestro restaurante cambió de equipo y regala un refrigerador industrial",
    ),
    (
        "expertise",
        "¿Quién nos explica cómo pedir el estatus de organización benéfica?",
        "Soy abogada y tramito la exención fiscal de entidades sin ánimo de lucro",
    ),
    (
        "volunteers",
        "Buscamos gente que limpie el río un domingo",
        "Nuestro club de senderismo organiza jornadas de limpieza ambiental",
    ),
    (
        "intro_people",
        "Quisiera hablar con alguien del distrito escolar",
        "Fui miembro de la junta escolar y conozco a la superintendente",
    ),
    (
        "space",
        "Un cuarto tranquilo para tutorías después de clases",
        "La biblioteca del barrio tiene salas de estudio que se pueden reservar",
    ),
    (
        "amplification",
        "Que más gente sepa de nuestra colecta de abrigos",
        "Manejo las redes de una página de noticias locales con veinte mil seguidores",
    ),
    (
        "funding",
        "Dinero para comprar uniformes del equipo de béisbol",
        "Mi empresa patrocina equipos deportivos infantiles",
    ),
    (
        "expertise",
        "Alguien que sepa de paneles solares para el techo del centro",
        "Instalo sistemas de energía solar y hago presupuestos sin costo",
    ),
    (
        "expertise",
        "Revisar nuestro plan de negocios antes de pedir un préstamo",
        "Fui gerente de banco y reviso planes financieros",
    ),
    (
        "other",
        "Libros infantiles para un rincón de lectura",
        "Nuestra librería dona libros para niños cada trimestre",
    ),
    (
        "intro_people",
        "Una reunión con el jefe de policía sobre seguridad vecinal",
        "Coordino el consejo de seguridad ciudadana con la comisaría",
    ),
    (
        "expertise",
        "Clases de primeros auxilios para los monitores del campamento",
        "Soy paramédico y certifico en primeros auxilios y RCP",
    ),
    (
        "volunteers",
        "Manos para empacar canastas de comida en diciembre",
        "El equipo de mi oficina quiere hacer voluntariado en las fiestas",
    ),
    (
        "expertise",
        "Ayuda con la declaración de la renta para familias de bajos ingresos",
        "Soy contador y preparo impuestos gratis en temporada",
    ),
    (
        "space",
        "Un gimnasio para un torneo de baloncesto juvenil",
        "La escuela secundaria presta su cancha techada los sábados",
    ),
    (
        "other",
        "Pintura y brochas para renovar el salón comunitario",
        "Mi tienda de pinturas regala galones sobrantes",
    ),
    (
        "expertise",
        "Un arquitecto que dibuje la ampliación de la clínica",
        "Soy arquitecta y hago diseños pro bono para organizaciones comunitarias",
    ),
    (
        "intro_people",
        "Contactos en empresas que contraten a exreclusos",
        "Dirijo una red de empleadores de segunda oportunidad",
    ),
    (
        "amplification",
        "Anunciar la feria de empleo en la televisión local",
        "Soy productora de un noticiero del canal regional",
    ),
    (
        "expertise",
        "Alguien que arregle las bicicletas donadas",
        "Tengo un taller de bicicletas y enseño mecánica básica",
    ),
    (
        "funding",
        "Becas para que jóvenes asistan a la universidad",
        "Nuestra fundación otorga becas universitarias a estudiantes de primera generación",
    ),
    (
        "other",
        "Ropa de invierno para familias recién llegadas",
        "Nuestro ropero comunitario tiene abrigos y botas en todas las tallas",
    ),
    (
        "expertise",
        "Una nutricionista para el programa de diabetes",
        "Soy dietista registrada y doy consejería sobre diabetes",
    ),
    (
        "volunteers",
        "Traductores para una asamblea con familias haitianas",
        "Hablo criollo haitiano y francés y puedo interpretar",
    ),
    (
        "space",
        "Un lugar para guardar el camión de comida por las noches",
        "Tenemos un estacionamiento cerrado con vigilancia",
    ),
]

CROSS_LANGUAGE: list[Example] = [
    ("space", "un salón para 60 personas", "our community hall seats 80"),
    (
        "expertise",
        "Necesitamos a alguien que haga nuestra página web",
        "I'm a web developer and can make a site for you",
    ),
    (
        "expertise",
        "Buscamos un abogado para revisar el contrato de alquiler",
        "I practice real estate law and can look over contracts",
    ),
    (
        "funding",
        "Necesitamos fondos para una liga de fútbol juvenil",
        "Our foundation gives small grants to youth sports",
    ),
    (
        "volunteers",
        "Voluntarios para servir comidas el sábado",
        "My church group can send ten helpers on weekends",
    ),
    (
        "amplification",
        "Cobertura de prensa para el lanzamiento",
        "I'm a reporter at the local newspaper",
    ),
    ("other", "Una camioneta para mudar muebles", "I have a pickup truck you can borrow"),
    (
        "expertise",
        "¿Quién puede traducir folletos al inglés?",
        "I'm bilingual and happy to translate documents",
    ),
    (
        "intro_people",
        "Una presentación con la oficina del alcalde",
        "I know the deputy mayor well and can connect you",
    ),
    (
        "expertise",
        "Ayuda contable para organizar nuestras cuentas",
        "I'm a CPA and can help with bookkeeping",
    ),
    (
        "expertise",
        "Fotos para nuestro informe anual",
        "I'm a photographer and can shoot your event",
    ),
    (
        "expertise",
        "Mentoría para una directora primeriza de una ONG",
        "I ran a nonprofit for 20 years and coach new executive directors",
    ),
    (
        "space",
        "Espacio para guardar alimentos donados",
        "We have a warehouse with a walk-in freezer",
    ),
    (
        "expertise",
        "Alguien que enseñe programación a adolescentes",
        "I'm a software engineer who loves teaching kids to program",
    ),
    (
        "expertise",
        "Un diseñador gráfico para nuestro logo",
        "I do branding and visual identity design",
    ),
    (
        "expertise",
        "Un médico que hable en nuestra feria de salud",
        "I'm a physician and give community health talks",
    ),
    (
        "expertise",
        "Ayuda para escribir solicitudes de subvenciones",
        "I've written successful federal grant proposals",
    ),
    (
        "intro_people",
        "Contactos con agricultores locales para nuestro mercado",
        "I know most of the growers in the county",
    ),
    (
        "other",
        "Cuidado de niños durante nuestras reuniones nocturnas",
        "I run a daycare and can provide babysitters",
    ),
    (
        "other",
        "Un autobús para llevar a personas mayores a votar",
        "Our transit nonprofit has a wheelchair-accessible shuttle",
    ),
]

_ENGLISH_ASKS = (
    "A hall for 60 people",
    "We need someone to build our website",
    "Looking for a lawyer to review the lease",
    "We need funds for a youth soccer league",
    "Volunteers to serve meals on Saturday",
    "Press coverage for the launch",
    "A van to move furniture",
    "Who can translate leaflets into English?",
    "An introduction to the mayor's office",
    "Bookkeeping help to sort out our accounts",
    "Photos for our annual report",
    "Mentoring for a first-time nonprofit director",
    "Space to store donated food",
    "Someone to teach coding to teenagers",
    "A graphic designer for our logo",
    "A doctor to speak at our health fair",
    "Help writing grant applications",
    "Contacts with local farmers for our market",
    "Childcare during our evening meetings",
    "A bus to take seniors to vote",
)

REVERSE_LANGUAGE: list[Example] = [
    (category, ask, offer)
    for (category, _, offer), ask in zip(SPANISH_DEVELOPMENT[:20], _ENGLISH_ASKS, strict=True)
]
