# ruff: noqa: E501
"""Held-out examples for text matching: written in one sitting, after the engine, never tuned on.

Do not tune the engine against these. They are measured (tests and `bench/matching.py`) only to
estimate how matching does on wording it was not shaped around. When a held-out example
fails, fix the engine against a *new* development example of the same kind, never by looking
at this file; if this file ever changes, say so in the commit message.

Texts are fuller than in the development set (a sentence of context, as members write on a
profile or at a gathering); most pairs still share few content words.
"""

from __future__ import annotations

from tests.matching.examples_dev import Example

HELD_OUT: list[Example] = [
    # space
    (
        "space",
        "We are hosting a town hall on the new bus routes and expect about seventy neighbors; we need somewhere central to meet on a Tuesday evening.",
        "The Lutheran church on Fifth Street has a fellowship room that holds up to a hundred and is open most weeknights.",
    ),
    (
        "space",
        "Our youth robotics team needs a place to build and test their machine after school, somewhere they can leave it set up.",
        "Our manufacturing shop has an unused corner with workbenches and power tools that students could have for the season.",
    ),
    (
        "space",
        "The tenant union wants to run Saturday morning trainings for new organizers but our apartment building has no common room.",
        "Our credit union branch has a meeting room with a screen that community groups can book on weekends.",
    ),
    (
        "space",
        "We are starting a grief support circle and need a calm, private setting where a dozen people can sit together.",
        "The hospice has a quiet family lounge with sofas that we lend to bereavement groups in the evenings.",
    ),
    (
        "space",
        "Our refugee sewing cooperative needs somewhere to put six machines and cut fabric three days a week.",
        "There is a bright vacant storefront in our building with big tables; a small workshop could use it rent-free until it leases.",
    ),
    (
        "space",
        "We'd like to hold a free outdoor movie night for families in August.",
        "Our school's football field and bleachers are available on summer evenings, and we can run the lights.",
    ),
    (
        "space",
        "Our food rescue collects bread and vegetables from stores and needs a place to keep them cold overnight before delivery.",
        "Our restaurant's walk-in cooler has two empty shelves you are welcome to use.",
    ),
    (
        "space",
        "A group of retired nurses wants to run a free blood-pressure check-up station once a week.",
        "The pharmacy has a private consultation corner near the entrance that we can lend on Wednesday mornings.",
    ),
    # introductions to people
    (
        "intro_people",
        "We are trying to get the state to fund lead pipe replacement and want to talk with someone who actually writes the budget.",
        "My college roommate is a senior staffer on the senate appropriations committee and would take a call from you.",
    ),
    (
        "intro_people",
        "Our students want to interview someone who marched in the civil rights movement for their history project.",
        "My grandmother marched in Selma in 1965 and loves telling young people what it was like.",
    ),
    (
        "intro_people",
        "We're planning a tech apprenticeship and need advice from a hiring manager at a big software company.",
        "I can introduce you to a director of engineering at Microsoft who recruits junior developers.",
    ),
    (
        "intro_people",
        "Our mosque wants to build a relationship with the new police chief before Ramadan.",
        "I worked with the city's top cop on a youth program and can arrange an introduction this month.",
    ),
    (
        "intro_people",
        "We'd love a chef who could judge our kids' cooking competition.",
        "A friend of mine runs the kitchen at the best bistro downtown and enjoys events with children.",
    ),
    (
        "intro_people",
        "We need someone who knows the farm bill to explain what the new rules mean for our growers.",
        "My cousin is an agricultural policy analyst in Washington and could join a video call.",
    ),
    (
        "intro_people",
        "Looking for an economist who can speak at our forum on the minimum wage.",
        "I can connect you with a labor professor at the state university who studies pay and employment.",
    ),
    (
        "intro_people",
        "We want to meet the person who decides which streets get repaved.",
        "I know the city's public works commissioner well and can ask her to meet you.",
    ),
    # introductions to organizations
    (
        "intro_organizations",
        "Our seniors keep getting scammed over the phone; is there an organization that could run a workshop for them?",
        "I can introduce you to the state attorney general's consumer protection office, which sends speakers to senior centers.",
    ),
    (
        "intro_organizations",
        "We need a partner to provide free eye exams and glasses for kids at our school.",
        "I know the nonprofit optometry van that visits schools and gives children spectacles at no cost.",
    ),
    (
        "intro_organizations",
        "We want to start composting in our neighborhood and need a group that picks up food scraps.",
        "I can connect you with the worker-owned company that collects kitchen waste by bicycle and turns it into soil.",
    ),
    (
        "intro_organizations",
        "Our immigrant families need somewhere trustworthy to get help with citizenship applications.",
        "I can put you in touch with the legal clinic at the law school, where students help people naturalize under supervision.",
    ),
    (
        "intro_organizations",
        "We'd like to partner with a theater that does shows for children with autism.",
        "I know the company that stages sensory-friendly performances with low lights and quiet spaces.",
    ),
    (
        "intro_organizations",
        "Is there a program that teaches people coming out of incarceration to drive trucks?",
        "I can introduce you to the commercial driver school that runs a second-chance scholarship with the parole office.",
    ),
    (
        "intro_organizations",
        "We're looking for an orchestra that might do a free concert in a nursing home.",
        "I sit on the board of the city symphony, whose outreach ensemble plays in care facilities.",
    ),
    (
        "intro_organizations",
        "We need to connect with a group that cleans up vacant lots.",
        "I can introduce you to the land bank's greening program, which mows and fences abandoned parcels.",
    ),
    # volunteers
    (
        "volunteers",
        "Our pantry distribution on the last Saturday of the month needs extra hands to unload the truck and bag groceries.",
        "Our high school's honor society has twenty students who need service hours and are free on weekends.",
    ),
    (
        "volunteers",
        "We are opening a homework club and want adults who can help middle schoolers with math.",
        "Several engineers from our firm would spend an hour a week helping young students with algebra.",
    ),
    (
        "volunteers",
        "Before the storm season we want to check on elderly residents who live alone.",
        "Our church's visiting ministry has a phone tree of thirty members who call homebound neighbors.",
    ),
    (
        "volunteers",
        "We need people to staff a booth at the county fair and explain the new recycling rules.",
        "Our Master Gardener chapter loves talking to the public at outdoor events and knows waste sorting well.",
    ),
    (
        "volunteers",
        "Our clinic needs volunteers who speak Mandarin to help patients fill out forms.",
        "Four members of our Chinese cultural association are fluent and can come on Thursday afternoons.",
    ),
    (
        "volunteers",
        "We need a crew to paint the inside of our shelter before the families move in.",
        "Our company's employees get a paid service day each quarter and would roll walls for you.",
    ),
    (
        "volunteers",
        "We want to give every kid in the neighborhood a bike safety check before school starts.",
        "Our cycling club has mechanics who can tune brakes and chains at a community event.",
    ),
    (
        "volunteers",
        "Looking for someone to drive our donated bread from the bakery to the shelter every morning.",
        "I'm retired, have a station wagon and can do a delivery run at 7am on weekdays.",
    ),
    # amplification
    (
        "amplification",
        "Our campaign to keep the branch library open needs to reach more residents before the council vote.",
        "I write a weekly column in the neighborhood paper and would devote one to your cause.",
    ),
    (
        "amplification",
        "We are trying to recruit foster parents and want our message to reach more families.",
        "Our parish bulletin goes to 3,000 households and I can run a notice for a month.",
    ),
    (
        "amplification",
        "We want young people to know about our free summer jobs program.",
        "I have 60,000 followers on TikTok, mostly teenagers, and can make a video about it.",
    ),
    (
        "amplification",
        "We need well-known voices to support a ballot measure for affordable housing.",
        "As a retired football star I'm happy to appear in your ad and speak at your rally.",
    ),
    (
        "amplification",
        "We'd like local businesses to stand up publicly for the new bike lanes.",
        "Our chamber of commerce can issue a statement of support and rally our members.",
    ),
    (
        "amplification",
        "Could someone help our food drive get attention on the evening news?",
        "I'm a producer at Channel 7 and can pitch a segment to our assignment desk.",
    ),
    (
        "amplification",
        "We want doctors to publicly back our clean air campaign.",
        "As president of the county medical society I can get physicians to sign an op-ed.",
    ),
    # expertise
    (
        "expertise",
        "We've been offered a donated building but don't know whether it is structurally safe.",
        "I'm a structural engineer and can walk through the property and write you an assessment.",
    ),
    (
        "expertise",
        "Our organization keeps arguing about decisions; we need help running better meetings.",
        "I'm a trained facilitator and can teach your group consensus methods and Robert's Rules.",
    ),
    (
        "expertise",
        "We want to know if our after-school program actually improves kids' grades.",
        "I'm a statistician at the university and can analyze your attendance and report card data.",
    ),
    (
        "expertise",
        "We need a contract reviewed before we sign with a city vendor.",
        "I'm an attorney and will read your agreement and flag the risky clauses.",
    ),
    (
        "expertise",
        "Our Facebook ads are not bringing anyone to our events.",
        "I run digital marketing for a living and can audit your targeting and copy.",
    ),
    (
        "expertise",
        "We want to apply for historic landmark status for our old firehouse.",
        "I'm a preservation consultant and have prepared nominations to the National Register.",
    ),
    (
        "expertise",
        "Our new board doesn't understand the budget or the balance sheet.",
        "I'm a finance professor and can give your directors a two-hour primer on reading financial statements.",
    ),
    (
        "expertise",
        "We need to make our website usable by people who are blind.",
        "I test sites for screen readers and can fix your pages to meet accessibility standards.",
    ),
    # funding
    (
        "funding",
        "Our after-school program loses its city grant in June and we need about $15,000 to finish the year.",
        "Our foundation makes bridge grants to youth programs that lose public money mid-year.",
    ),
    (
        "funding",
        "We need to pay young artists a fair wage to paint murals this summer.",
        "My company will sponsor stipends for teenage artists working on public art.",
    ),
    (
        "funding",
        "Could someone help cover the bail fund's operating costs for a few months?",
        "Our giving circle can give $3,000 to criminal justice reform groups this quarter.",
    ),
    (
        "funding",
        "We need money to buy a wheelchair-accessible van for our seniors' outings.",
        "Our Lions Club raises funds for mobility vehicles for community organizations.",
    ),
    (
        "funding",
        "We're looking for someone to underwrite translation of our tenant handbook into five languages.",
        "I'll pay for professional interpreters and translators for housing rights materials.",
    ),
    (
        "funding",
        "Our community garden's water bill is more than we can afford this summer.",
        "I'd be glad to give $400 toward your utilities for the growing season.",
    ),
    (
        "funding",
        "We need seed funding to pilot a free diaper delivery service.",
        "Our women's fund invests early money in new programs for mothers and infants.",
    ),
    # other
    (
        "other",
        "We need forty folding chairs and a podium for a rally at the park.",
        "Our funeral home lends chairs, a lectern and a sound system to community events.",
    ),
    (
        "other",
        "Our shelter needs a washer and dryer; the old ones broke.",
        "Our appliance store has two floor models we can donate and install.",
    ),
    (
        "other",
        "We need gloves, rakes and trash bags for a neighborhood cleanup.",
        "The hardware store on Main will donate work supplies for volunteer projects.",
    ),
    (
        "other",
        "Our students need prom dresses and suits they can't afford.",
        "Our boutique collects formal wear and lets teens pick outfits for free.",
    ),
    (
        "other",
        "We are looking for a used van that runs for our mobile library.",
        "We are retiring a passenger vehicle from our fleet and would give it to a nonprofit.",
    ),
    # Spanish
    (
        "space",
        "Buscamos un salón para una reunión de padres de familia con unas cincuenta personas.",
        "Nuestra parroquia tiene un auditorio con sillas que prestamos a grupos comunitarios por la tarde.",
    ),
    (
        "volunteers",
        "Necesitamos personas que ayuden a servir comida en la posada de diciembre.",
        "Los jóvenes de nuestro grupo pueden repartir platos y limpiar durante la fiesta navideña.",
    ),
]
