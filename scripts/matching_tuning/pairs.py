# ruff: noqa: E501
"""Training pairs for the civic tuning (`collaboratory.matching.tuning`): asks and the offer
that meets each, `(category, ask, offer)`, written for training only.

2,560 pairs, 320 per help category, about 1 in 10 in Spanish, in two batches of 1,280 by
different writers; 90% of them share no content word. None is taken from, or close to, the
labelled sets in `tests/matching` that measure the engine (`tests/matching/test_tuning.py`
checks). Editing this file changes the tuning only when `train.py` is run again; until then
a test fails (the tuning keeps a stamp of this file and the settings).
"""

from __future__ import annotations

PAIRS: list[tuple[str, str, str]] = [
    (
        "space",
        "Where could sixty people meet on a weeknight for a town hall about the proposed landfill expansion?",
        "Our Grange building seats 80 on folding chairs and sits empty after 6pm most evenings.",
    ),
    (
        "space",
        "We're cooking Thanksgiving meals for 300 families and our church kitchen is far too small. Anyone have a bigger one?",
        "The VFW post has a commercial range, two convection ovens and a walk-in cooler you can use that whole week.",
    ),
    (
        "space",
        "Looking for somewhere to keep 400 donated winter coats until our giveaway in November.",
        "I run a self-storage facility off Route 9 and can give you a 10x15 climate-controlled unit free through December.",
    ),
    (
        "space",
        "Our youth soccer league lost its practice field. Does anyone know of open grass we could use Saturday mornings?",
        "The middle school's back pitch is regulation size and unused on weekends; I'm the principal and can sign off on it.",
    ),
    (
        "space",
        "Need a quiet room where survivors can talk with a counselor privately, ideally not inside a government building.",
        "Our library has two bookable study suites with doors that lock and no windows onto the hallway.",
    ),
    (
        "space",
        "We're launching a food truck incubator and need a licensed commissary where vendors can prep overnight.",
        "My restaurant closes at 10pm; the health-inspected back-of-house is available until 6am for a modest fee.",
    ),
    (
        "space",
        "Where can our refugee resettlement team park three donated vans overnight without worrying about break-ins?",
        "The fire station has a fenced, lit lot behind the bays with room for a few extra vehicles.",
    ),
    (
        "space",
        "Could anyone host a two-day leadership retreat for 25 teenagers, with bunks, somewhere outside the city?",
        "Our Methodist camp in the hills has four cabins sleeping eight each plus a dining lodge, open in the off-season.",
    ),
    (
        "space",
        "Our tenant union needs a desk and a phone line two days a week, close to the east side apartments.",
        "We have a spare cubicle at our legal aid office on Harbor Street, six blocks from those complexes, with wifi and a landline Mondays and Thursdays.",
    ),
    (
        "space",
        "Looking for an acre or two where refugee families could grow vegetables next spring.",
        "I farm outside town and could fence off a sunny parcel by the creek, with irrigation, for newcomers who want to plant.",
    ),
    (
        "space",
        "We need a stage and seating for a youth poetry slam, about 150 audience members, in April.",
        "The old Rialto movie house downtown is a nonprofit now; the auditorium holds 180 and we rent cheaply to arts groups.",
    ),
    (
        "space",
        "Does anyone have a warehouse corner where we could sort donated school supplies for a month?",
        "Our distribution center has about 2,000 square feet of empty racking near the loading dock through September.",
    ),
    (
        "space",
        "Where could our veterans' support group gather weekly that isn't a church basement or a bar?",
        "Our credit union branch has a conference room with comfortable chairs and coffee, open to member groups after hours.",
    ),
    (
        "space",
        "We want to hold a job fair with 40 employer tables. Any venue with that much floor?",
        "The expo barn at the county grounds is 12,000 square feet, has power drops, and the board gives nonprofits a discount.",
    ),
    (
        "space",
        "Need a spot to run a weekly farmers market, ideally with shade and lots of foot traffic.",
        "Our bank's parking lot sits empty on Saturdays; it's under big oaks and right on Main Street.",
    ),
    (
        "space",
        "Looking for short-term housing for a visiting trainer, three nights in March.",
        "We keep a furnished guest apartment above the parish office for visiting clergy, and it's usually free midweek.",
    ),
    (
        "space",
        "Our robotics team needs somewhere with power tools and workbenches to build over the winter.",
        "The makerspace I manage has a full wood and metal shop; students can use it evenings with a supervisor.",
    ),
    (
        "space",
        "We're throwing a celebration for foster youth aging out of care. Any ballroom we could borrow for a night?",
        "The Elks lodge has a dance floor, a bar we can close, and tables for 120; members waive the rental for charities.",
    ),
    (
        "space",
        "Does anyone know of an office we could sublet for a year? Staff of four, downtown preferred.",
        "Our architecture firm downsized and has a furnished suite with four workstations on the third floor of the Commerce Building.",
    ),
    (
        "space",
        "Need a cold place to hold 2,000 pounds of donated venison until it can be processed.",
        "Our co-op meat locker has freezer capacity to spare after deer season, and we log temperatures for food-safety records.",
    ),
    (
        "space",
        "Where could we screen a documentary outdoors this summer for the whole neighborhood?",
        "Our ballpark has lights, bleachers for 500, and a big white outfield wall that works as a projection surface.",
    ),
    (
        "space",
        "We need a lockable spot to keep client case files confidential; our current office is shared with another agency.",
        "I can give you a locked records room at our law firm, badge access only, with a shredder next door.",
    ),
    (
        "space",
        "Looking for a site where a mobile health clinic can pull in twice a month out in the rural east end.",
        "Our feed store has a paved apron along Highway 12 with an outdoor outlet; the truck can hook up there any Tuesday.",
    ),
    (
        "space",
        "Any gym we could use for a winter basketball league for middle schoolers?",
        "The Boys and Girls Club court is open Sunday afternoons, and as board chair I can get you the keys.",
    ),
    (
        "space",
        "We need somewhere for 12 people to do a two-hour strategic planning session with a whiteboard and screen.",
        "Our chamber boardroom has a projector, dry-erase walls, and seats fourteen; free for members.",
    ),
    (
        "space",
        "Could anyone lend a stable or barn for a riding program for disabled vets?",
        "We have an indoor arena and six empty stalls on our ranch; horses welcome for programs serving former servicemembers.",
    ),
    (
        "space",
        "Our mosque is hosting an interfaith iftar for 250 and our prayer hall can't fit tables. Anything nearby?",
        "The Lutheran congregation two blocks over has a fellowship room for 300, and we would be honored to welcome you.",
    ),
    (
        "space",
        "We need a temporary warming center for people sleeping outside during the January cold snap.",
        "Our union local has heat, restrooms, showers, and floor room for 40 cots, and stewards can staff it overnight.",
    ),
    (
        "space",
        "Where can we set up 30 laptops so seniors can take digital literacy classes?",
        "Our community college satellite campus has a computer lab that sits idle on Friday mornings.",
    ),
    (
        "space",
        "Need a place for a pop-up voter registration table where lots of shoppers walk by.",
        "I manage the mall and can give you a kiosk spot near the food court any weekend this fall.",
    ),
    (
        "space",
        "Does anyone know of a recording booth where our youth radio project could tape interviews?",
        "Our station has a soundproofed studio with mics and a mixing board we lend to student producers on Saturdays.",
    ),
    (
        "space",
        "We're running a tool library and have completely outgrown my garage.",
        "There's an unused storefront in our strip center; I'd lease it to you for a dollar a year while it's vacant.",
    ),
    (
        "space",
        "Looking for rooms for 20 out-of-town delegates for our statewide convening, two nights.",
        "I own the Riverside Inn and can hold a discounted block of twenty doubles for nonprofit gatherings.",
    ),
    (
        "space",
        "We need a spot to host a blood drive, with enough parking for the bus.",
        "Our megachurch has a huge lot and a covered entry; the donation coach from the regional center has set up there before.",
    ),
    (
        "space",
        "Where could a dozen AmeriCorps members work from each day? They've been camping out at a coffee shop.",
        "We have a coworking floor with open desks and wifi; I'll comp twelve seats for national service members.",
    ),
    (
        "space",
        "Any land where we could put a few tiny homes for a transitional housing pilot?",
        "Our diocese owns a vacant lot zoned residential next to the rectory and is looking for a mission-aligned use.",
    ),
    (
        "space",
        "We need a site to run a summer day camp for 80 kids, with some shade and bathrooms.",
        "The county park's group pavilion has restrooms and a splash pad, and can be reserved weekdays June through August.",
    ),
    (
        "space",
        "Looking for a kitchen where teens can learn culinary skills after school.",
        "Our hotel's banquet prep area is idle from 2 to 5pm, and my chef would love to supervise young cooks.",
    ),
    (
        "space",
        "We need drop-off locations for our diaper drive in the north suburbs.",
        "Both of our hardware stores up in Maple Heights can put a collection bin by the registers.",
    ),
    (
        "space",
        "Could someone host our monthly board meeting? We rotate and have run out of options.",
        "My accounting office has a conference table for ten, and I'm happy to leave you a key.",
    ),
    (
        "space",
        "Buscamos un salón para una reunión de padres de familia, unas 70 personas, un sábado por la mañana.",
        "La parroquia de San José tiene un auditorio con sillas para cien y nos lo prestan gratis los fines de semana.",
    ),
    (
        "space",
        "¿Alguien sabe dónde podemos guardar los materiales de la feria de salud hasta junio?",
        "Tengo una bodega vacía detrás de mi taller mecánico; pueden dejar todo ahí sin costo.",
    ),
    (
        "space",
        "Necesitamos una cocina con permiso sanitario para que las señoras vendan tamales legalmente.",
        "Mi panadería cierra a las dos de la tarde y el área de producción, ya inspeccionada por el condado, queda libre.",
    ),
    (
        "space",
        "Queremos abrir clases de inglés por las noches pero no tenemos dónde.",
        "La escuela primaria Lincoln presta sus aulas después de las seis a grupos comunitarios; yo soy la directora.",
    ),
    (
        "space",
        "Our seniors keep asking for somewhere to play cards and share lunch together on weekdays.",
        "The Legion post's canteen is open 10 to 3, with round tables and a coffee urn, and retirees are always welcome.",
    ),
    (
        "space",
        "We need help getting 200 people under one roof for a candidate forum before the primary.",
        "Our high school auditorium holds 450 with a sound system, and the district lends it free for civic debates.",
    ),
    (
        "space",
        "Where can a Little League team stash bats, helmets and pitching machines during the season?",
        "There's an empty shipping container on our yard beside the diamond; I'll put a padlock on it for you.",
    ),
    (
        "space",
        "Our community choir needs a rehearsal spot with a piano on Thursday nights.",
        "The chapel at St. Mark's has a tuned grand and sits dark most evenings after seven.",
    ),
    (
        "space",
        "Our tribal youth program is looking for private acreage where elders can hold a ceremony with a fire.",
        "Our family ranch has a secluded meadow with a stone ring, far from any road, and you're welcome anytime.",
    ),
    (
        "space",
        "Looking for a garage bay where our teens can learn auto repair.",
        "My body shop has a spare lift and stall on weekends; the kids can wrench under my mechanic's eye.",
    ),
    (
        "space",
        "Any outdoor venue for a reception after a naturalization ceremony, roughly 100 guests?",
        "The botanical garden's lawn terrace takes about 120 for receptions, and the director gives nonprofits a reduced rate.",
    ),
    (
        "space",
        "We need temporary offices for our disaster recovery team after the flood took our building.",
        "Our insurance agency's upstairs has three furnished rooms with desks and internet; move in next week, no rent until spring.",
    ),
    (
        "space",
        "Where can 15 nursing students practice clinical skills on weekends?",
        "Our hospital's simulation center, with mannequins and exam beds, is unused Saturdays, and I can book it for your cohort.",
    ),
    (
        "space",
        "Our food pantry needs a loading dock where semis can unload pallets.",
        "The old lumberyard I own has a truck-height ramp and a forklift-ready floor, empty since we closed.",
    ),
    (
        "space",
        "Need a spot downtown to leave a bookmobile overnight where it can charge.",
        "Our municipal garage has a plug-in bay on the ground level and a night attendant.",
    ),
    (
        "space",
        "Does anyone know a venue for a Juneteenth festival with room for vendors and a stage?",
        "The riverfront amphitheater has a covered platform and a lawn big enough for 60 booths; the parks department waives fees for heritage events.",
    ),
    (
        "space",
        "We need a place where kids near the trailer park can do homework after school.",
        "Our AME church sits right across from Pine Acres and has a fellowship room with tables and wifi open 3 to 6.",
    ),
    (
        "space",
        "Looking for a shared office so three small nonprofits can co-locate and split costs.",
        "I'm converting an old bank into a nonprofit center with six private suites and a common reception; two are still open.",
    ),
    (
        "space",
        "Where can we hold a women's self-defense class that needs mats and mirrors?",
        "My martial arts dojo is padded wall to wall and free on Sunday afternoons.",
    ),
    (
        "space",
        "Any indoor spot for a dog adoption event in February?",
        "Our farm supply store lets rescues set up pens in the heated seasonal aisle after Christmas.",
    ),
    (
        "space",
        "We need a secure lot to stage materials for a Habitat build for six weeks.",
        "My construction company has a gated yard two miles away; bring your lumber and we'll keep an eye on it.",
    ),
    (
        "space",
        "Looking for a greenhouse where our special-ed students could start seedlings in winter.",
        "The university extension has a heated glass house with bench room to spare from January to March.",
    ),
    (
        "space",
        "Where can we keep a 20-foot parade float between events?",
        "I've got an empty machine shed on my farm tall enough for a hay wagon; it's yours till spring.",
    ),
    (
        "space",
        "We need an accessible meeting place; our current one has stairs and two of our members use wheelchairs.",
        "The senior center on Elm is single-level with ramps, automatic doors and an ADA restroom, and lends its activity room free.",
    ),
    (
        "space",
        "Looking for a spot where a dozen volunteers can assemble 500 hygiene kits in one afternoon.",
        "Our school cafeteria has long tables for 150 and is empty every Saturday.",
    ),
    (
        "space",
        "Could we use somebody's pasture for a 4-H lamb show?",
        "Our hay field by the highway is mowed and fenced, with water hookups near the gate.",
    ),
    (
        "space",
        "We're hosting a hackathon and need a place where 60 coders can stay overnight with strong wifi.",
        "Our tech company's open-plan floor has fiber internet, couches and a kitchen, and we allow 24-hour events on weekends.",
    ),
    (
        "space",
        "Does anyone have a conference room in the county seat for mediation sessions?",
        "The courthouse annex has small rooms reserved for settlement talks; as clerk I can put you on the calendar.",
    ),
    (
        "space",
        "Our immigrant women's sewing cooperative needs somewhere to set up eight machines permanently.",
        "The back of my dry cleaners is 600 square feet with good light and plenty of outlets; rent is negotiable.",
    ),
    (
        "space",
        "We'd like to plant a memorial orchard. Any public land available?",
        "The township owns a strip along the bike trail that the supervisors have earmarked for community projects.",
    ),
    (
        "space",
        "Need a rehearsal space with a sprung floor for a youth dance troupe.",
        "Our ballet academy's Studio B is vacant Tuesday and Thursday nights, mirrors and barres included.",
    ),
    (
        "space",
        "Looking for a neutral location for supervised visits between parents and their kids.",
        "Our YMCA has a family room with toys and a one-way window, set up for court-ordered custody exchanges.",
    ),
    (
        "space",
        "Where could we shelter 100 evacuees if the wildfire jumps the ridge?",
        "Our high school gym is a designated Red Cross site with generators, cots on hand, and showers.",
    ),
    (
        "space",
        "Our climbing club wants to hold a beginners' clinic; anyone have a wall?",
        "The rec center's bouldering cave is closed Monday mornings, and staff can open it for groups.",
    ),
    (
        "space",
        "We need somewhere dry to store three tons of hay donated for ranchers who lost everything in the fire.",
        "Our pole barn has a raised floor and a good roof, with room for about 150 bales.",
    ),
    (
        "space",
        "Where could a mariachi class practice without neighbors complaining?",
        "Our music store has soundproof lesson rooms in the basement, free after close.",
    ),
    (
        "space",
        "Need space for a monthly diaper and formula distribution with a long line outside.",
        "The plaza in front of our supermarket has an awning and room for a big queue; we'll clear it the first Saturday of each month.",
    ),
    (
        "space",
        "Looking for a dignified room for a memorial for a homeless man who died on the street.",
        "Our funeral home has a small parlor we offer at no cost for people without family.",
    ),
    (
        "space",
        "We want to open a teen center, but we can't afford rent anywhere in town.",
        "I've got a vacant former pizzeria on Third Street; if you cover utilities, the young people can have it.",
    ),
    (
        "space",
        "Our beekeeping club needs a spot for ten hives.",
        "Our solar farm has fenced acreage with wildflowers under the panels, and we'd welcome pollinators.",
    ),
    (
        "space",
        "Our charter school has no stadium. Where could we hold graduation for 400 guests?",
        "Our minor-league ballpark rents the grandstand for ceremonies at cost, with the PA system included.",
    ),
    (
        "space",
        "We need overnight lodging for 40 teens on a civil rights history tour through Alabama.",
        "Our Baptist church in Selma has a gymnasium with showers where youth groups can bring sleeping bags.",
    ),
    (
        "space",
        "¿Hay algún lugar donde los jornaleros puedan esperar trabajo bajo techo en invierno?",
        "Nuestra ferretería tiene un cobertizo con calefacción al lado del estacionamiento y los hombres pueden usarlo desde las cinco de la mañana.",
    ),
    (
        "space",
        "Necesitamos un terreno para un huerto comunitario en el barrio.",
        "La ciudad me dejó administrar un lote baldío en la calle Ocho; hay agua y ya le quitamos la basura.",
    ),
    (
        "space",
        "Buscamos dónde hacer una posada navideña para unas 150 familias.",
        "El gimnasio de nuestra iglesia cabe doscientas personas y tiene escenario; se los prestamos el 20 de diciembre.",
    ),
    (
        "space",
        "Nuestro grupo de danza folklórica no tiene dónde ensayar.",
        "En el centro cultural hay un estudio con espejos y piso de madera, libre los domingos.",
    ),
    (
        "space",
        "We keep getting asked to run a circle for grieving dads, but we have nowhere comfortable to do it.",
        "Our hospice has a den with a fireplace and couches that we lend to bereavement groups in the evenings.",
    ),
    (
        "space",
        "Need a flat stretch of pavement for a bike rodeo teaching kids traffic safety.",
        "The DMV driving course behind our building is closed Sundays and already has painted lanes and stop signs.",
    ),
    (
        "space",
        "Does anyone know of a room with interpretation booths for a bilingual summit?",
        "Our convention center's Ballroom C has built-in translator cabins and headsets for 300.",
    ),
    (
        "space",
        "Our knitting circle of eight just wants a corner with good light every Wednesday.",
        "The bakery café has a sunny window nook with a big table, and I never mind when groups linger.",
    ),
    (
        "space",
        "We're a rural fire department trying to put on a pancake breakfast fundraiser. Where could we hold it?",
        "Our township hall has a griddle and tables for 200, and the trustees let first responders use it free.",
    ),
    (
        "space",
        "Looking for safe overnight parking for a traveling exhibit trailer about the Dust Bowl.",
        "The county historical museum has a gated, camera-monitored lot where we keep our own mobile display.",
    ),
    (
        "space",
        "The county closed our polling place. Any chance someone has a building voters could use?",
        "Our mosque's multipurpose hall is ground-floor and accessible, and it has already passed the elections office inspection.",
    ),
    (
        "space",
        "We need an after-school spot on the reservation where kids can practice traditional drumming.",
        "The chapter house has a round room with a wood floor that's open weekday afternoons.",
    ),
    (
        "space",
        "Our theatre company lost its black box. Anywhere we could stage a three-week run in June?",
        "The college's experimental studio, 90 seats with a lighting grid, goes dark after commencement.",
    ),
    (
        "space",
        "Need cold storage for vaccines at a weekend community clinic.",
        "Our pharmacy has a medical-grade refrigerator with a temperature alarm, and I can hold doses Friday to Monday.",
    ),
    (
        "space",
        "Looking for a boat launch and dock where we can run youth kayaking lessons.",
        "Our marina has a sheltered slip and a sandy ramp that we open to nonprofit paddling programs weekday mornings.",
    ),
    (
        "space",
        "We'd like a spot where people in recovery can meet at 7am before work.",
        "Our diner opens at 5:30, and the back room is all yours until the breakfast rush.",
    ),
    (
        "space",
        "Is there a quiet place where our students can sit the GED?",
        "The adult learning center is a certified Pearson testing site with proctored carrels.",
    ),
    (
        "space",
        "Our gleaning network needs a sorting shed close to the orchards.",
        "The packing house at our apple farm sits idle once harvest ends; bring crates and tables whenever.",
    ),
    (
        "space",
        "We run a clothing closet out of a minivan. Anyone have a few racks' worth of room?",
        "The consignment shop I own has a back area with rods and shelving I'm not using.",
    ),
    (
        "space",
        "Need a spot for fifteen RVs where traveling nurses could stay during the hospital staffing crisis.",
        "Our fairground has 20 campsites with electric and sewer hookups, empty outside of August.",
    ),
    (
        "space",
        "Could anyone host a Friday night movie for foster families, maybe 60 people?",
        "Our cinema's small auditorium seats 70, and we donate early shows to family charities.",
    ),
    (
        "space",
        "We're looking for a cheap place to run a thrift store that funds our shelter.",
        "The landlord of the old Woolworth building is a member here and will lease the ground floor at half market to a charity.",
    ),
    (
        "space",
        "Need a booth at the big game to hand out flu shots.",
        "As athletic director I can give you a tent right by the stadium gates at Friday's home opener.",
    ),
    (
        "space",
        "Our housing coalition wants to host a regional summit for 500. Where?",
        "The civic center's main hall seats 600 theater-style with breakouts, and the city offers a nonprofit rate.",
    ),
    (
        "space",
        "Is there a place the homeless outreach team can store sleeping bags and tents near the river?",
        "Our rowing club's boathouse has a lockable side bay right on the water that we hardly touch.",
    ),
    (
        "space",
        "We need a location for a CDL training class, with room to maneuver big rigs.",
        "Our trucking terminal has a two-acre practice pad and a classroom trailer that sits unused on weekends.",
    ),
    (
        "space",
        "Our quilting guild needs long tables and room to spread out ten quilts at once.",
        "The parish gym has twenty banquet tables in the closet, and it's open Tuesdays all day.",
    ),
    (
        "space",
        "We need a safe, welcoming place for LGBTQ teens to hang out on Friday evenings in a small town.",
        "Our independent bookstore stays open late and has a loft with sofas; we'd be glad to have them.",
    ),
    (
        "space",
        "Any space near the border crossing where asylum seekers can rest for a few hours?",
        "Our Catholic Charities respite house two blocks from the port of entry has cots, showers and a play corner.",
    ),
    (
        "space",
        "We need a room for a naloxone training with 40 bar and restaurant workers.",
        "The brewery taproom is closed Mondays and holds 50 at picnic tables; we'll even bring the mic.",
    ),
    (
        "space",
        "Looking for land to host a solar eclipse viewing for 1,000 schoolkids.",
        "Our airport has a grass runway and open fields with nothing blocking the horizon; we'd halt flights that afternoon.",
    ),
    (
        "space",
        "Where can our pipe and drum band practice as loudly as they like?",
        "Our quarry office is two miles from the nearest house, with a paved yard you can march around in.",
    ),
    (
        "space",
        "We need a spot to hold English conversation tables in the county's meatpacking town.",
        "The plant's employee breakroom is open to the public between shifts, and HR would be glad to have you.",
    ),
    (
        "space",
        "Need a room to interview 30 applicants over two days for our youth jobs program.",
        "Our bank has two private offices at the Central branch that you can book for back-to-back conversations.",
    ),
    (
        "space",
        "Our mobile food pantry needs a covered place to distribute when it rains.",
        "The auction barn has a roofed drive-through where cars can line up and load straight from the trailer.",
    ),
    (
        "space",
        "We're searching for a permanent headquarters for our 20-year-old civic league; our lease ends in June.",
        "Our lodge is selling its two-story brick building to a community group for a dollar if they maintain the historic facade.",
    ),
    (
        "space",
        "Is there anywhere downtown where day laborers can shower?",
        "Our gym's locker facilities open at 5am, and we've set aside passes for workers who need them.",
    ),
    (
        "space",
        "Looking for a spot to host a small pow wow, with camping, for about 300 dancers and families.",
        "Our ranch has a flat 20-acre meadow with a well, an arbor circle already mowed, and room for tents.",
    ),
    (
        "space",
        "Our library is being renovated for a year. Where could story time happen?",
        "The children's museum has a carpeted reading nook and would love to host your toddler program mornings.",
    ),
    (
        "space",
        "We need a spot for a community fridge that's accessible 24/7.",
        "Our laundromat is open all night, and there's an outlet and a covered corner by the entrance.",
    ),
    (
        "space",
        "Our Christmas toy drive is overflowing the pastor's study. Anywhere we could stack boxes till the 20th?",
        "Our real estate office has an empty furnished listing, a three-bedroom, that you can fill until closing in January.",
    ),
    (
        "space",
        "Looking for campsites for a Scout troop's weekend campout in October.",
        "Our family's woodlot has a flat clearing, a fire pit and an outhouse; troops are welcome with notice.",
    ),
    (
        "space",
        "Need somewhere to teach two grades while our school's roof is repaired, about a month.",
        "Our synagogue's religious-education wing has four furnished rooms that sit empty Monday through Friday.",
    ),
    (
        "space",
        "Our kids' fishing derby needs a pond somewhere within driving distance.",
        "There's a stocked lake on our cattle property; youth events are welcome any Saturday in May.",
    ),
    (
        "space",
        "Necesitamos un espacio para dar talleres de computación a adultos mayores.",
        "La biblioteca del pueblo tiene diez equipos con internet y una sala que casi nadie usa los martes.",
    ),
    (
        "space",
        "¿Alguien tiene un lugar donde estacionar nuestra camioneta de comida por las noches?",
        "En mi taller hay un patio cercado con cámaras; pueden dejar su vehículo ahí cuando gusten.",
    ),
    (
        "space",
        "Buscamos local para una clínica legal gratuita un sábado al mes.",
        "Nuestra oficina de seguros en la avenida Central queda cerrada los fines de semana y tiene tres cubículos privados.",
    ),
    (
        "space",
        "Queremos hacer un torneo de fútbol para jóvenes pero no tenemos cancha.",
        "El club de leones tiene un campo empastado con porterías y luces, y lo presta a grupos juveniles.",
    ),
    (
        "space",
        "Where can we hold citizenship classes at 10am near the poultry plant for second-shift workers?",
        "Our Pentecostal congregation's annex is a five-minute walk from the factory gates and is open every morning.",
    ),
    (
        "space",
        "Our Rotary club wants to throw a welcome dinner for 90 exchange students and host families.",
        "The golf course's terrace dining room seats 100, and the manager gives service organizations a discount.",
    ),
    (
        "space",
        "We need an indoor walking track for seniors during the icy months.",
        "The hospital wellness center has a mezzanine loop, an eighth of a mile, open to anyone over 60 from 7 to 9am.",
    ),
    (
        "space",
        "A veterans' art show needs gallery walls for a month this fall.",
        "Our bank lobby has track lighting and hanging rails, and we rotate local exhibits each season.",
    ),
    (
        "space",
        "Need rooms where six tutoring pairs can work without distracting each other.",
        "Our Sunday school wing has six small classrooms off one hallway.",
    ),
    (
        "space",
        "Our rural clinic wants to add telehealth, but there's no private room with decent internet in the village.",
        "The post office's back office has the fastest broadband in town, a door and a desk, and the postmaster is on board.",
    ),
    (
        "space",
        "Anywhere to put a seasonal ice rink for kids in a neighborhood with no parks?",
        "Our shopping plaza's back lot is flat, lit and near a hydrant; we'd donate it December through February.",
    ),
    (
        "space",
        "We need a spot where volunteers can prefabricate 30 wheelchair ramps before installing them.",
        "The high school shop has table saws and 3,000 square feet, and the tech ed teacher offers it summers.",
    ),
    (
        "space",
        "Our grassroots group just needs a mailing address and a place to receive packages.",
        "Our nonprofit center offers virtual tenancy: a suite number, mail handling and a front desk that signs for deliveries.",
    ),
    (
        "space",
        "Looking for a venue to host a debate watch party for young voters.",
        "The student union lounge has a giant screen and a pizza-friendly policy, and I can reserve it through the civics club.",
    ),
    (
        "space",
        "Need a place to shear and sort wool for our fiber arts co-op in late spring.",
        "We have a clean, empty lambing barn in May with good ventilation and a skirting table.",
    ),
    (
        "space",
        "We need somewhere to hold a naming ceremony and feast for 150 in the Hmong community.",
        "The neighborhood center in Frogtown has a hall with a big kitchen and lets families roast a whole pig out back.",
    ),
    (
        "space",
        "Our kids' coding camp needs AC in July; our current building doesn't have any.",
        "Our corporate training center is fully air-conditioned with 25 workstations, and it's idle most of summer.",
    ),
    (
        "space",
        "Is there land where our tribe could replant native prairie as a seed bank?",
        "Our conservation district manages 40 acres of retired cropland and is seeking partners to restore it with local grasses.",
    ),
    (
        "space",
        "We want a pop-up bike repair station on the greenway.",
        "Our coffee kiosk at the trailhead has an awning and a spare wall where a rack and pump stand could mount.",
    ),
    (
        "space",
        "Need overflow seating for the funeral of a local firefighter; we expect maybe 800 people.",
        "The arena at the state university seats 5,000, and the athletic department has opened it for public memorials before.",
    ),
    (
        "space",
        "Our disability advocacy group needs a venue with a hoist-equipped accessible bathroom.",
        "The rehab hospital's outpatient conference room is next to a changing place with a ceiling lift and an adult-size table.",
    ),
    (
        "space",
        "Could anyone give our literacy nonprofit a small corner in a busy public building?",
        "At the courthouse I can offer a table in the jury assembly lounge, where hundreds of people wait every week.",
    ),
    (
        "space",
        "We'd love a rooftop or high vantage point for the spring bird count.",
        "Our grain elevator has a railed catwalk 120 feet up, and I'll escort your group.",
    ),
    (
        "space",
        "Looking for an empty lot to stage a block party with food trucks.",
        "The dealership next to the park has a paved overflow lot we close off Sundays; happy to lend it.",
    ),
    (
        "space",
        "Where could we hold a monthly men's breakfast for about 30 guys coming home from prison?",
        "The Kiwanis pavilion at Lakeside has picnic tables, a grill and an electrical hookup for a griddle.",
    ),
    (
        "space",
        "We need someone to take our overflow of donated furniture for a few months.",
        "The old parsonage garage is empty and dry; your sofas and dressers can sit there until families claim them.",
    ),
    (
        "space",
        "We need an office for a victim advocate in the north county so people don't have to drive 40 miles.",
        "The sheriff's substation in Millbrook has an empty interview room with a private entrance that we'd gladly share.",
    ),
    (
        "space",
        "Our heritage society needs a hall for a polka festival with a dance floor.",
        "The Sokol lodge has maple parquet, a stage for the band, and a bar staffed by our own members.",
    ),
    (
        "space",
        "Looking for somewhere our chess club can play in the evenings that stays open late.",
        "Our pub's back lounge is quiet on weeknights until 11, with boards and clocks already on the shelf.",
    ),
    (
        "space",
        "Where could we run an indoor archery program in winter?",
        "Our sportsmen's club has a 20-yard range in the basement with backstops, open to youth groups Thursday nights.",
    ),
    (
        "space",
        "Necesitamos dónde guardar las sillas y mesas de la asociación de vecinos.",
        "En la parte de atrás de mi tienda de abarrotes hay un cuarto seco con candado que no estoy ocupando.",
    ),
    (
        "space",
        "¿Dónde podríamos hacer una feria de salud con carpas y unas 20 mesas?",
        "El estacionamiento del supermercado La Favorita queda libre los domingos temprano y el gerente ya nos dio permiso.",
    ),
    (
        "space",
        "Buscamos un cuarto privado para que las mamás puedan amamantar durante los eventos.",
        "En la clínica tenemos una salita de lactancia con sillón y puerta con seguro que pueden usar cuando quieran.",
    ),
    (
        "space",
        "Queremos empezar un grupo de jóvenes los viernes pero la iglesia está ocupada.",
        "El salón del sindicato de trabajadores agrícolas está vacío después de las cinco y tiene mesa de ping-pong.",
    ),
    (
        "funding",
        "We need about $8,000 to replace the roof on our food pantry before winter.",
        "Our Lions chapter makes one capital gift a year, usually five to ten thousand dollars, for buildings that serve hungry neighbors.",
    ),
    (
        "funding",
        "We can't cover payroll for our two youth workers for the next three months while we wait on a state reimbursement.",
        "Our credit union makes zero-interest bridge loans to nonprofits awaiting government contracts.",
    ),
    (
        "funding",
        "We're not a 501(c)(3) yet, so foundations won't accept our applications. What can we do?",
        "Our regional council of nonprofits serves as a fiscal sponsor for emerging groups, holding donations and handling compliance for a 5% fee.",
    ),
    (
        "funding",
        "Looking for a sponsor for our Little League's jerseys and umpire fees this season.",
        "My auto dealership underwrites two youth teams every spring; we'd cover it in exchange for our logo on the back.",
    ),
    (
        "funding",
        "Does anyone know a funder interested in rural broadband for a tribal community?",
        "Our telecom company's charitable arm awards up to $50,000 for connectivity on Native lands this cycle.",
    ),
    (
        "funding",
        "We have a $25,000 challenge match from a donor but only six weeks to meet it.",
        "I'm a retired surgeon and could put in five thousand, and I'll lean on my golf buddies to chip in too.",
    ),
    (
        "funding",
        "Our after-school program needs seed money to get started in a new neighborhood.",
        "The Junior League awards startup gifts of up to $3,000 to first-year efforts serving children.",
    ),
    (
        "funding",
        "We need $600 for bus fare so families can get to court hearings.",
        "Our Sunday collection feeds an emergency benevolence pot, and the deacons can cut a check within a week.",
    ),
    (
        "funding",
        "Looking for a low-interest loan to buy the building we've been renting for 12 years.",
        "Our CDFI finances nonprofit real estate purchases at 3% over 20 years, with technical help on the closing.",
    ),
    (
        "funding",
        "Is there any money out there for farmers switching to regenerative practices?",
        "Our soil and water conservation district reimburses cover-crop seed and no-till equipment costs up to $10,000 per operation.",
    ),
    (
        "funding",
        "We'd like a corporate partner to underwrite our annual 5K for suicide prevention.",
        "Our hospital system sponsors three community races a year at the $10,000 level, with a medical tent thrown in.",
    ),
    (
        "funding",
        "Our shelter for battered women lost its federal VOCA grant. How do we fill a $90,000 hole?",
        "The giving circle I chair pools about 100 members' contributions and makes one large award a year to domestic violence programs.",
    ),
    (
        "funding",
        "Need scholarship money so low-income kids can attend our summer arts camp.",
        "Our cultural council has a tuition-assistance pool that pays up to $400 per child for creative programs.",
    ),
    (
        "funding",
        "Our congregation is trying to raise $40k to make our building accessible with an elevator.",
        "Our family foundation co-funds ADA upgrades in older houses of worship, typically matching dollar for dollar.",
    ),
    (
        "funding",
        "We want to pay stipends to teen interns rather than ask them to volunteer.",
        "The workforce board reimburses wages for 16-to-24-year-olds in paid work experience, up to 200 hours each.",
    ),
    (
        "funding",
        "Can anyone help cover the cost of a community mural? We've got the artist but no budget.",
        "Our bank sets aside $15,000 a year for public art in the neighborhoods where we have branches.",
    ),
    (
        "funding",
        "We need up-front cash to buy seeds and supplies before our farm stand earns anything.",
        "I manage a microlending fund that makes $500 to $5,000 character-based loans to small growers, repaid after harvest.",
    ),
    (
        "funding",
        "Any sponsors for a veterans' fishing trip? Charter boats run about $1,200 a day.",
        "Our American Legion post has a designated fund for outings with former servicemembers and just approved its spring budget.",
    ),
    (
        "funding",
        "Our school PTA wants to pay for a full-time nurse next year.",
        "Our health system's community benefit dollars can cover half a clinician's salary in Title I buildings for two years.",
    ),
    (
        "funding",
        "Looking for emergency relief money for families whose trailers flooded last week.",
        "The community foundation opened a disaster response fund Monday; I sit on the committee and we're disbursing within days.",
    ),
    (
        "funding",
        "We need a donor to cover the last $3,000 for a wheelchair-accessible van.",
        "I own three car washes and give a few thousand each year to causes that keep people mobile; count me in.",
    ),
    (
        "funding",
        "Could any business match what our students raise at the bake sale for the class trip to DC?",
        "Our hardware store doubles whatever kids bring in for educational travel, up to a thousand dollars.",
    ),
    (
        "funding",
        "We're a union local trying to build a strike fund ahead of contract talks.",
        "Our central labor council keeps a solidarity account and can transfer money to affiliates facing a walkout.",
    ),
    (
        "funding",
        "Our rural library wants to stay open Saturdays but needs $12,000 a year for the extra hours.",
        "As county commissioner I have a discretionary allocation each budget cycle and could direct part of it to weekend staffing.",
    ),
    (
        "funding",
        "Need help paying for background checks for 60 new mentors.",
        "Our insurance agency's charitable fund covers screening fees for youth-serving groups; last year we paid for about 200.",
    ),
    (
        "funding",
        "We need multi-year operating support, not just project money.",
        "Our foundation now makes unrestricted three-year commitments to small community-led groups, spendable on rent, salaries, anything.",
    ),
    (
        "funding",
        "Looking for someone to buy a table at our gala; ticket sales are lagging.",
        "Our law firm purchases a few event sponsorships each year and still has room in this quarter's budget.",
    ),
    (
        "funding",
        "We'd like to start a revolving loan fund for home repairs in our neighborhood but need capital.",
        "Our bank's CRA department places low-cost deposits and program-related investments with community lenders.",
    ),
    (
        "funding",
        "Our tribe's language revitalization project needs money for elders' time recording stories.",
        "Our humanities council awards up to $20,000 to preserve Indigenous speech and oral history, and compensating knowledge keepers is an eligible expense.",
    ),
    (
        "funding",
        "We're running a crowdfunding campaign for a new playground. How can we get it moving?",
        "Our utility's foundation seeds neighborhood online fundraisers for parks with an opening gift of $5,000.",
    ),
    (
        "funding",
        "Could a local business sponsor prizes and T-shirts for our youth science fair?",
        "My engineering firm budgets $2,500 a year for STEM competitions for kids and just needs an invoice.",
    ),
    (
        "funding",
        "Our fire department needs a thermal imaging camera that the township can't afford.",
        "The electric co-op's Operation Round Up pool awards up to $7,500 for first-responder gear in our service area.",
    ),
    (
        "funding",
        "We want to offer small cash assistance to families facing eviction.",
        "Our mosque's zakat committee distributes funds to households at risk of losing their housing, no strings attached.",
    ),
    (
        "funding",
        "Need money to translate our ballot guide into Vietnamese and Somali.",
        "The civic engagement fund I help steer makes quick awards of $2,000 for materials in languages other than English.",
    ),
    (
        "funding",
        "We need a lender that understands co-ops to finance our worker-owned bakery.",
        "Our cooperative bank specializes in member-owned businesses and provides equipment and working capital for startups.",
    ),
    (
        "funding",
        "Looking for a foundation that funds jail reentry work in the rural South.",
        "I direct a family trust whose justice portfolio focuses on people leaving incarceration in small towns across Georgia, Alabama and Mississippi.",
    ),
    (
        "funding",
        "Could anyone sponsor the entry fees for our robotics team's state competition?",
        "Our manufacturing company covers registration costs for student engineering contests in the county.",
    ),
    (
        "funding",
        "We're a chamber of commerce trying to launch a small-business recovery fund after the fire downtown.",
        "Our bank and two others pooled $200,000 for forgivable loans to Main Street shops, and we can route it through your association.",
    ),
    (
        "funding",
        "We need $2,000 so our pastor can attend a trauma-informed ministry training.",
        "Our denomination's continuing education fund reimburses clergy for professional development up to $2,500.",
    ),
    (
        "funding",
        "Need a donor who will cover the cost of heating oil for elderly residents this winter.",
        "Every cold season my family gives $10,000 to keep older neighbors warm; we'd send it straight to your fuel vendor.",
    ),
    (
        "funding",
        "Necesitamos fondos para comprar una estufa industrial para el comedor comunitario.",
        "Nuestra cooperativa de crédito otorga donativos de hasta cinco mil dólares a proyectos de alimentación en el condado.",
    ),
    (
        "funding",
        "¿Alguien conoce un préstamo para mujeres que quieren abrir su propio negocio de costura?",
        "Nuestro fondo de microcrédito presta entre 500 y 10,000 dólares a emprendedoras latinas, sin requisito de historial crediticio.",
    ),
    (
        "funding",
        "Buscamos un patrocinador para los uniformes del equipo de fútbol infantil.",
        "Mi taquería apoya a un club juvenil cada temporada; pagamos las camisetas si ponemos nuestro logo.",
    ),
    (
        "funding",
        "No tenemos estatus de organización sin fines de lucro y los donantes no pueden deducir sus aportaciones.",
        "Nuestra asociación puede ser su patrocinador fiscal: recibimos las donaciones a su nombre y emitimos los recibos.",
    ),
    (
        "funding",
        "Our Meals on Wheels route lost its biggest donor. Anyone able to keep lunches going through June?",
        "Our grocery chain's giving budget targets senior nutrition, and I can approve up to $15,000 for the spring.",
    ),
    (
        "funding",
        "We need matching funds to unlock a federal brownfield cleanup award.",
        "Our city's economic development office keeps a local-share reserve specifically to leverage EPA dollars.",
    ),
    (
        "funding",
        "Looking for a quick $1,500 to cover renting a generator after the ice storm.",
        "Our Rotary emergency account can wire money same-day for disaster costs; I just need a receipt afterward.",
    ),
    (
        "funding",
        "Is there a funder who backs investigative journalism in small towns?",
        "Our press foundation gives two-year reporting fellowships and newsroom awards to rural outlets covering local government.",
    ),
    (
        "funding",
        "We'd love to hire our first executive director but can't afford a full salary yet.",
        "Our capacity-building initiative pays 75% of a founding leader's pay in year one, tapering over three years.",
    ),
    (
        "funding",
        "Our free clinic needs to purchase a portable ultrasound, about $30,000.",
        "The medical society's auxiliary holds a gala each spring and directs the proceeds toward one safety-net provider's diagnostic machinery.",
    ),
    (
        "funding",
        "Any church that might adopt our refugee family's first three months of rent?",
        "Our Presbyterian mission committee has set aside $4,500 to sponsor newcomers' housing costs this year.",
    ),
    (
        "funding",
        "We want to bring a touring Shakespeare company to our county fair, but the fee is $6,000.",
        "The state arts commission's presenter program reimburses half of what rural venues pay visiting performers.",
    ),
    (
        "funding",
        "Our farmers' market wants to double SNAP dollars but needs the money to match.",
        "Our health foundation funds produce incentives that stretch food stamp benefits at stands and grocery stores.",
    ),
    (
        "funding",
        "We need a fiscal agent for a $50k state award because we're too small to be audited.",
        "Our United Way chapter can hold public dollars on behalf of grassroots partners and handle the single-audit requirements.",
    ),
    (
        "funding",
        "Looking for someone who gives to animal welfare, for our spay-neuter van.",
        "Our veterinary hospital donates a share of every exam to low-cost sterilization programs, about $20,000 a year.",
    ),
    (
        "funding",
        "Our Scout troop needs money so kids from the housing project can go to summer camp.",
        "As a retired banker I quietly cover camperships for a few children every year; just tell me how many.",
    ),
    (
        "funding",
        "Can anyone help us cover legal fees for tenants fighting a mass eviction?",
        "Our bar foundation makes twice-yearly awards for courtroom representation of renters and other low-income clients.",
    ),
    (
        "funding",
        "We need $250,000 to build a splash pad in a park that has none.",
        "Our county's recreation bond has a neighborhood matching pot, and the commission will put up 2-to-1 for resident-led capital projects.",
    ),
    (
        "funding",
        "Our youth orchestra's instrument repair budget is zero this year.",
        "I'm a retired cellist with a small donor-advised fund, and I love keeping strings and winds playable for kids.",
    ),
    (
        "funding",
        "We want to open a community-owned grocery store in a food desert. Where do we find capital?",
        "Our state's healthy-access financing initiative offers loans and forgivable awards for supermarkets in underserved tracts.",
    ),
    (
        "funding",
        "Is there any pot of money for covering childcare so parents can attend our workshops?",
        "Our family foundation pays babysitting costs at parent-engagement events; just submit invoices each quarter.",
    ),
    (
        "funding",
        "Looking for a company to sponsor our Pride festival's main stage.",
        "Our brewery has been the headline underwriter at several LGBTQ events and has $5,000 left for this June.",
    ),
    (
        "funding",
        "We lost our bingo revenue when the hall closed. How do we replace $20,000 a year?",
        "Our casino's tribal giving fund provides recurring annual support to charities in the surrounding three counties.",
    ),
    (
        "funding",
        "Our small-town museum needs money to digitize old newspapers.",
        "The state historical records board funds scanning and online access for local archive collections.",
    ),
    (
        "funding",
        "We need someone to front the $4,000 deposit on a venue for our conference; registrations will pay it back.",
        "Our association offers short-term cash advances to member nonprofits, repaid from event revenue within 90 days.",
    ),
    (
        "funding",
        "Can a local business adopt a school and fund teachers' classroom supply requests?",
        "Our credit union pays off every DonorsChoose request from educators in our county each August.",
    ),
    (
        "funding",
        "We need money to pay peer navigators with lived experience of homelessness.",
        "Our housing authority has a resident-services allocation that can compensate formerly unhoused staff as outreach workers.",
    ),
    (
        "funding",
        "Looking for angel investors for a social enterprise that hires people with disabilities.",
        "I belong to an impact-investing club that puts $25,000 to $100,000 into mission-driven startups employing neurodivergent and disabled workers.",
    ),
    (
        "funding",
        "Our 4-H club wants to buy a market steer for a member whose family can't afford one.",
        "Our farm bureau chapter sponsors one youth livestock project each year, covering the animal and feed.",
    ),
    (
        "funding",
        "We need funds to pay for interpreters at our town halls.",
        "Our language access fund reimburses ASL and Spanish services at public meetings, up to $3,000 a quarter.",
    ),
    (
        "funding",
        "Our rural hospital foundation wants a corporate match for its capital campaign.",
        "Our timber company will contribute one dollar for every two raised locally toward new clinical facilities.",
    ),
    (
        "funding",
        "Could anyone help cover the fee for our nonprofit's first financial audit?",
        "Our community foundation reimburses the CPA bill for a group's first independent review of its books, up to $8,000.",
    ),
    (
        "funding",
        "We need help paying utility bills at our shelter; the heating bill this January is brutal.",
        "The gas company's shareholder-funded assistance program gives lump sums to nonprofits housing vulnerable people in cold months.",
    ),
    (
        "funding",
        "Looking for a donor who cares about libraries to pay for a bookmobile.",
        "My late husband loved reading; I've set aside a memorial gift for something that carries stories to children up in the hollows.",
    ),
    (
        "funding",
        "We're trying to raise bail money for people held pretrial on minor charges.",
        "Our revolving fund posts bond for anyone jailed on low-level offenses, and the cash comes back when cases close.",
    ),
    (
        "funding",
        "Our literacy council needs a sponsor for its spelling bee.",
        "The newspaper I publish underwrites one youth academic contest per year and already has budget set aside.",
    ),
    (
        "funding",
        "We need somewhere to deposit donations and get a small line of credit; our bank dropped us.",
        "Our member-owned cooperative lender welcomes tiny nonprofits with no minimum balance and offers a $10,000 revolving facility after six months.",
    ),
    (
        "funding",
        "Looking for a sponsor to cover the awards banquet for our volunteer firefighters.",
        "Our propane company buys dinner for the township's first responders every year and would gladly pick up the tab.",
    ),
    (
        "funding",
        "Need money for a solar array on our community center roof.",
        "Our state green bank offers low-rate financing for renewable installations on nonprofit buildings, with no payments until savings kick in.",
    ),
    (
        "funding",
        "Our youth wrestling club can't afford new mats, about $9,000.",
        "Our sporting goods store donates 5% of each season's sales, usually around $10,000, to one hometown athletic program.",
    ),
    (
        "funding",
        "We're trying to get a Christmas dinner for 500 paid for.",
        "Our supermarket chain writes holiday checks to charities serving large meals; I'm the store manager and can nominate you.",
    ),
    (
        "funding",
        "Looking for seed capital for a community land trust.",
        "Our foundation makes program-related investments and recoverable awards to groups that hold property to keep homes permanently affordable.",
    ),
    (
        "funding",
        "Our Hispanic chamber wants to pay for small business owners' certification fees.",
        "The city's minority contracting office reimburses MBE and DBE application costs for local entrepreneurs.",
    ),
    (
        "funding",
        "Could someone help us pay for a teen's prosthetic leg that insurance won't cover?",
        "Our Shriners temple has a patient-assistance fund for kids needing orthopedic devices and can act fast.",
    ),
    (
        "funding",
        "¿Hay alguna beca para que los hijos de trabajadores agrícolas vayan a la universidad?",
        "Nuestra fundación otorga apoyos de 2,000 dólares al año a estudiantes de familias migrantes que cursan estudios superiores.",
    ),
    (
        "funding",
        "Necesitamos dinero para pagar la renta del local de la asociación este invierno.",
        "Nuestra parroquia tiene un fondo de solidaridad que cubre gastos de alquiler a grupos del barrio por unos meses.",
    ),
    (
        "funding",
        "Queremos organizar una colecta para una familia que perdió su casa en el incendio.",
        "Como dueño de la carnicería, pongo una alcancía en el mostrador y además igualo todo lo que junten los clientes.",
    ),
    (
        "funding",
        "Buscamos capital para comprar una camioneta para nuestra cooperativa de limpieza.",
        "Nuestra unión de crédito ofrece financiamiento para vehículos comerciales con tasa baja a negocios propiedad de sus trabajadoras.",
    ),
    (
        "funding",
        "We found the perfect storefront for a youth center; we just can't make the down payment.",
        "Our church endowment makes low-interest mortgages to ministries and neighborhood charities, up to $150,000.",
    ),
    (
        "funding",
        "Our volunteers are paying for gas out of their own pockets to deliver groceries to homebound seniors.",
        "Our auto insurance firm's charitable program reimburses nonprofits for drivers' mileage on delivery routes, up to $5,000 a year.",
    ),
    (
        "funding",
        "Our Eagle Scout candidate needs $1,800 for lumber for his trail bridge.",
        "Our Kiwanis club's youth account writes checks for boys' and girls' service builds; send me the proposal.",
    ),
    (
        "funding",
        "We need to pay a grant writer but have nothing in the budget.",
        "Our capacity fund covers contracted development consultants for organizations under a quarter-million in annual revenue.",
    ),
    (
        "funding",
        "Is there anyone who'd sponsor a billboard for our addiction recovery hotline?",
        "Our pharmacy chain pays for outdoor advertising for public health campaigns in the counties we serve.",
    ),
    (
        "funding",
        "Our neighborhood association wants to install security lighting on a dark block.",
        "The city's small improvement program reimburses up to $10,000 for resident-proposed safety upgrades.",
    ),
    (
        "funding",
        "We need money to bury an unclaimed veteran with honors.",
        "Our VFW auxiliary keeps a burial fund and has covered caskets and plots for former servicemembers with no next of kin.",
    ),
    (
        "funding",
        "Our tiny rural newspaper is about to fold. Is there any support for local news?",
        "The press association's sustainability fund makes bridge awards to independent weeklies facing closure.",
    ),
    (
        "funding",
        "We want to set up an endowment so our scholarship lasts forever.",
        "Our community foundation can host a permanent named fund starting at $10,000, and we handle investing and distributions.",
    ),
    (
        "funding",
        "How can we get into the workplace giving campaigns at big local employers?",
        "As HR director at the paper mill, I run our payroll-deduction drive and can add your charity to the pledge card.",
    ),
    (
        "funding",
        "We need someone to buy the naming rights to our new ballfield.",
        "Our family's bank would put $50,000 toward having our name on a local athletic facility.",
    ),
    (
        "funding",
        "Our domestic violence hotline needs to pay for after-hours phone coverage.",
        "Our telecom co-op's foundation pays staffing costs for crisis lines, especially overnight shifts.",
    ),
    (
        "funding",
        "We're hosting a golf tournament fundraiser and need hole sponsors.",
        "Our title company buys a tee-box sign at every charity outing in the county; put us down for two.",
    ),
    (
        "funding",
        "Our food bank needs $50,000 to buy a refrigerated truck.",
        "Our dairy cooperative's giving program finances cold-chain vehicles for hunger relief, typically covering half the cost.",
    ),
    (
        "funding",
        "We'd like to give small stipends to parents who testify at school board meetings.",
        "Our civic participation fund compensates residents for time spent in public hearings, and mothers and fathers are a priority.",
    ),
    (
        "funding",
        "Looking for microgrants for teens who want to start their own community projects.",
        "Our youth philanthropy board, run by high schoolers, gives $500 awards to peers with ideas for improving their town.",
    ),
    (
        "funding",
        "We can't afford the liability insurance the city requires for our street fair.",
        "Our agency's charitable arm pays event-coverage premiums for nonprofits hosting public festivals, up to $2,000.",
    ),
    (
        "funding",
        "Our nonprofit needs cash flow until the county pays our invoices, which run 90 days late.",
        "Our factoring program advances 90% of receivables owed by government agencies at a flat 1% fee.",
    ),
    (
        "funding",
        "Who funds programs for incarcerated parents to read bedtime stories on video?",
        "Our literacy foundation supports family reading projects behind bars, including recording equipment and mailing costs.",
    ),
    (
        "funding",
        "Our tenants' association needs to pay an organizer for six months.",
        "Our housing justice fund gives $30,000 awards covering half a year of a staffer's wages.",
    ),
    (
        "funding",
        "We need a sponsor for our county's first-ever Juneteenth parade.",
        "Our energy utility underwrites heritage celebrations at the $2,500 level, and I can get you on this year's list.",
    ),
    (
        "funding",
        "Our historic one-room schoolhouse needs foundation repair, around $35,000.",
        "The state preservation office offers matching restoration awards for structures on the National Register.",
    ),
    (
        "funding",
        "Our migrant education program needs money for summer transportation.",
        "Our agricultural employers' association contributes to busing for farmworker children in July and August.",
    ),
    (
        "funding",
        "We'd like to offer zero-interest loans to immigrants for DACA renewal fees.",
        "Our credit union makes $600 advances for immigration filing costs with no finance charges, repaid over twelve months.",
    ),
    (
        "funding",
        "Can anyone help pay the stipend for a retired teacher who runs our GED class?",
        "Our adult education consortium reimburses instructors' hourly wages at community-based sites.",
    ),
    (
        "funding",
        "Our Main Street program wants to give façade improvement grants but has no pot to draw from.",
        "Our bank will capitalize a storefront beautification fund with $75,000 if the town chips in $25,000.",
    ),
    (
        "funding",
        "We need a big sponsor so admission to our county fair can be free for kids.",
        "Our tractor dealership would write a check to waive gate fees for children under 12.",
    ),
    (
        "funding",
        "We're raising money to send our girls' debate team to nationals in Phoenix.",
        "Our sorority's alumnae chapter funds travel for young women competing at the national level.",
    ),
    (
        "funding",
        "Our farmworker clinic needs a donor to cover dental care for patients without insurance.",
        "Our orthodontic practice gives $25,000 a year toward fillings and extractions for uninsured people.",
    ),
    (
        "funding",
        "Our PTO wants to put in a buddy bench and shade structure, but it's $12,000.",
        "Our Optimist club gives $5,000 to $15,000 toward one playground improvement per year.",
    ),
    (
        "funding",
        "We need to cover the $3,500 environmental review before we can break ground.",
        "Our land trust's pre-development fund pays for site assessments for affordable housing and community facilities.",
    ),
    (
        "funding",
        "Our basketball tournament for peace needs about $5,000 for referees and trophies.",
        "Our barbershop association collects a dollar per cut every summer for youth violence-prevention events.",
    ),
    (
        "funding",
        "Our immigrant legal clinic wants a base of recurring monthly donors.",
        "Our congregation's social action committee pledges $500 every month to partners defending newcomers.",
    ),
    (
        "funding",
        "We need money to replace the furnace at our homeless shelter before it dies.",
        "Our HVAC contractors' association raises a pot every fall for heating system replacements at charities.",
    ),
    (
        "funding",
        "Our Native youth basketball team needs travel money for an all-state tournament.",
        "Our tribe's gaming revenue committee funds athletic trips for enrolled members and their teams.",
    ),
    (
        "funding",
        "We'd like a bank to open a savings-match program for our high school seniors.",
        "Our credit union deposits $1 for every $1 students put away toward college, up to $500 each.",
    ),
    (
        "funding",
        "Our mutual aid network needs a way to give cash quickly without liability headaches.",
        "I administer a donor-advised fund that can make rapid individual-assistance distributions through a sponsoring charity.",
    ),
    (
        "funding",
        "Looking for someone who'll pay for a month of motel stays for a family during a housing emergency.",
        "Our ministerial alliance pays for short-term lodging vouchers for families between homes.",
    ),
    (
        "funding",
        "Our police athletic league needs $15,000 for a summer boxing program.",
        "The sheriff's asset-forfeiture account by law must go to crime prevention, and youth sports qualify.",
    ),
    (
        "funding",
        "Our county's only domestic violence shelter needs a lead gift for its capital campaign.",
        "I sold my trucking company last year and want to make one six-figure contribution to protect women and children.",
    ),
    (
        "funding",
        "Necesitamos dinero para pagar el camión que lleva a los niños al campamento de verano.",
        "Nuestro club de rotarios cubre el transporte de grupos juveniles a actividades al aire libre; solo mándenos la factura.",
    ),
    (
        "funding",
        "¿Quién podría patrocinar la fiesta del Día del Niño en el parque?",
        "Mi mueblería siempre aporta quinientos dólares para celebraciones familiares del barrio.",
    ),
    (
        "funding",
        "Buscamos apoyo económico para abrir una guardería para madres trabajadoras.",
        "Nuestra fundación familiar invierte en cuidado infantil y da hasta 20 mil dólares para arrancar centros nuevos.",
    ),
    (
        "funding",
        "No alcanzamos a pagar la fianza de un compañero detenido por inmigración.",
        "Nuestro fondo comunitario de bonos cubre depósitos ante ICE y el dinero regresa al final del caso.",
    ),
    (
        "funding",
        "We need $5,000 to launch a community health worker pilot in the colonias.",
        "Our border wellness foundation makes rapid-start awards for promotora programs in unincorporated settlements.",
    ),
    (
        "funding",
        "Our pantry's freezer died and we need $3,000 by Friday.",
        "Our Elks lodge has an emergency discretionary account the exalted ruler can release within 48 hours.",
    ),
    (
        "funding",
        "We want to buy the vacant lot next door before a developer does.",
        "Our land conservancy provides acquisition bridge financing so neighborhoods can secure parcels fast.",
    ),
    (
        "funding",
        "Our choir was invited to sing at Carnegie Hall and the trip costs $40,000.",
        "Our arts patrons' society underwrites once-in-a-lifetime performance travel for community ensembles.",
    ),
    (
        "funding",
        "Our rural volunteer ambulance squad needs to pay for EMT certification for six new members.",
        "The state EMS office reimburses tuition for first-responder courses in underserved counties, and our hospital covers books.",
    ),
    (
        "funding",
        "Looking for a business to pay for trash pickup on our river cleanup day.",
        "Our outfitter gives 1% of sales to watershed groups and could cover your dumpster bill.",
    ),
    (
        "funding",
        "Can anyone sponsor a few seats at our leadership academy for young Black entrepreneurs?",
        "Our bank pays tuition for five participants a year in business-development programs for founders of color.",
    ),
    (
        "funding",
        "We have a donor who'll give $50k, but only if someone else gives $50k first.",
        "My foundation likes to lead; we'll put up the opening half of a dollar-for-dollar challenge.",
    ),
    (
        "funding",
        "Our senior center's old van broke down and there's nothing saved to replace it.",
        "Our transit authority's 5310 program covers 80% of accessible vehicles for agencies serving older adults.",
    ),
    (
        "funding",
        "Our Muslim youth league needs money to rent gym time for Ramadan night basketball.",
        "Our Islamic center's sadaqa committee sponsors young people's programming during the holy month.",
    ),
    (
        "funding",
        "Our gardening program needs funds for raised beds at the VA home.",
        "Our master gardeners' plant sale proceeds go each year to horticultural therapy for those who served.",
    ),
    (
        "funding",
        "Looking for someone to pay off school lunch debt at our elementary.",
        "Our church takes a special offering each fall to clear negative cafeteria balances in the district.",
    ),
    (
        "funding",
        "Our rodeo for kids with disabilities needs a title sponsor.",
        "Our feed and tack store would gladly put in $7,500 and have our banner at the arena gate.",
    ),
    (
        "funding",
        "Our coalition won a federal grant that requires a 25% local match we don't have.",
        "Our county commission budgets a cost-share assistance line for nonprofits that win outside dollars; we've covered up to $100,000.",
    ),
    (
        "funding",
        "We want to offer small-business loans to refugees who lack credit history.",
        "Our microfinance nonprofit lends to newcomers using peer guarantees instead of FICO scores.",
    ),
    (
        "funding",
        "Our youth hunting mentorship program needs funds for licenses and blaze orange gear.",
        "Our sportsmen's federation pays tags, hunter-ed fees and safety apparel for first-timers under 18.",
    ),
    (
        "funding",
        "We're looking for a donor to endow a lecture series on civil discourse.",
        "I'm a retired judge with means, and I want to permanently bankroll conversations across political divides.",
    ),
    (
        "funding",
        "Our small-town theater needs $20,000 for a digital projector or it closes.",
        "Our state film office awards conversion assistance to single-screen rural cinemas, up to $25,000.",
    ),
    (
        "funding",
        "Our mentoring program wants to give every graduating senior $200 for dorm supplies.",
        "Our alumni association sends each first-generation college student from our town off with a cash gift.",
    ),
    (
        "funding",
        "We'd like a defibrillator in every church in town.",
        "Our heart association chapter splits the cost of AEDs with any congregation that trains ten people in CPR.",
    ),
    (
        "funding",
        "Our rural coalition needs money to hire a lawyer to fight a factory farm permit.",
        "Our environmental defense fund finances litigation costs for neighbors challenging polluting facilities.",
    ),
    (
        "funding",
        "Our group wants to start a cooperative daycare but can't get a bank loan.",
        "Our CDFI underwrites childcare startups that conventional lenders turn down, with patient repayment terms.",
    ),
    (
        "funding",
        "Looking for corporate sponsors for our hackathon's prize pool.",
        "Our software company puts up $10,000 in awards for civic-tech competitions each year.",
    ),
    (
        "funding",
        "Our Vietnamese fishermen's association needs help paying for boat repairs after the hurricane.",
        "The Gulf recovery fund makes forgivable loans to commercial fishers whose vessels were damaged in storms.",
    ),
    (
        "funding",
        "Necesitamos fondos para pagar abogados a familias que enfrentan deportación.",
        "Nuestra red de iglesias cubre honorarios de representación ante la corte migratoria.",
    ),
    (
        "funding",
        "¿Algún negocio podría patrocinar el torneo de básquetbol de la colonia?",
        "Mi concesionaria de autos pone dinero cada año para eventos deportivos juveniles del vecindario.",
    ),
    (
        "funding",
        "Buscamos un préstamo para arreglar el techo del centro comunitario.",
        "La cooperativa financiera de nuestro pueblo da créditos sin intereses a organizaciones vecinales para reparaciones.",
    ),
    (
        "funding",
        "Queremos dar becas a jóvenes indocumentados que quieren estudiar enfermería.",
        "Nuestro grupo de profesionales de salud latinas junta dinero cada año para la matrícula de estudiantes sin papeles.",
    ),
    (
        "intro_people",
        "We keep getting tenants calling us at midnight after lockouts. Does anyone know a reporter who could dig into what the big landlord in Eastgate is doing?",
        "My niece writes about evictions and the courts for the Ledger; she's been chasing corporate rental companies all year and takes tips.",
    ),
    (
        "intro_people",
        "Looking to get ten minutes with our state senator before the session starts; our broadband bill dies in committee otherwise.",
        "I coached the District 14 legislator's kids in Little League for six years and still text him about fishing.",
    ),
    (
        "intro_people",
        "Need someone who understands juvenile court from the inside to advise our diversion program design.",
        "A retired family-division magistrate sits in my Sunday school class, and she's told me she misses working with teenagers.",
    ),
    (
        "intro_people",
        "Who knows the new superintendent? We want to pitch a summer reading partnership before budgets lock in March.",
        "I served on the hiring committee that brought Dr. Alvarez to the district, and she still returns my calls.",
    ),
    (
        "intro_people",
        "Is there a program officer at a regional foundation who funds rural health clinics that someone could connect me to?",
        "My old college friend Renee makes grant decisions on the wellness portfolio at the Plains Community Trust and loves hearing about small-town projects.",
    ),
    (
        "intro_people",
        "We want to hold a vigil with the Black churches on the north side but don't know whom to ask first.",
        "Reverend Thomas at Greater Bethel chairs the ministers' alliance most of those congregations belong to; I can walk you into his office.",
    ),
    (
        "intro_people",
        "Our board meeting last month ended in shouting over the merger. Is there someone neutral who could sit with both factions before we vote?",
        "My brother-in-law spent fifteen years as a labor arbitrator and now facilitates hard conversations for co-ops and churches; happy to put you two in touch.",
    ),
    (
        "intro_people",
        "Anyone connected to the fire chief in Millbrook? We want smoke alarm installs paired with our home-repair visits.",
        "I went through the academy with the guy who now runs that town's department, and we still do breakfast monthly.",
    ),
    (
        "intro_people",
        "I'm hoping to meet a county commissioner who cares about farmland preservation before the zoning rewrite.",
        "Marlene, who represents the eastern precinct on our board of supervisors, grew up on a dairy and votes against every subdivision; she's my neighbor.",
    ),
    (
        "intro_people",
        "Could anyone introduce me to a tribal elder who might bless the opening of our river restoration site?",
        "My wife's uncle is a respected ceremonial leader for the Cedar Creek band and has offered prayers and land acknowledgments at several public events.",
    ),
    (
        "intro_people",
        "¿Alguien conoce a una periodista de habla hispana? Queremos contar lo de la clínica gratuita a las familias del valle.",
        "Mi comadre Lupita conduce el programa matutino de La Tremenda 98.5 y siempre anda buscando invitados locales.",
    ),
    (
        "intro_people",
        "Our veterans' peer group needs a psychiatrist who'd talk honestly about PTSD meds at a potluck. Know anyone?",
        "The doctor who ran the trauma unit at the VA in Fairview retired last spring and told me she wants to keep helping former service members.",
    ),
    (
        "intro_people",
        "We'd love a local celebrity to emcee our gala. Does anyone have a line to the weatherman everyone watches?",
        "I'm godmother to the Channel 7 morning forecaster's daughter; he's said yes to charity auctions before.",
    ),
    (
        "intro_people",
        "I need to reach the person at the mayor's office who actually decides on street closure permits.",
        "My cousin Dana is chief of staff at City Hall and knows exactly which deputy signs off on block party paperwork.",
    ),
    (
        "intro_people",
        "Does anybody know a Somali community leader in Lewiston we could consult before launching our halal food pantry?",
        "I worked alongside Abdi, who organizes the East African elders' council there, on the refugee resettlement drive last winter.",
    ),
    (
        "intro_people",
        "Looking for an architect who has actually designed tiny homes for the unhoused to review our village plan.",
        "A former classmate of mine drew the cottage cluster for a shelter encampment out in Eugene and still critiques plans for free.",
    ),
    (
        "intro_people",
        "We want a retired judge to serve as honorary chair of our reentry fundraiser. Anyone?",
        "My father sat on the circuit bench for twenty-two years and now spends his days volunteering with returning citizens; he'd likely say yes.",
    ),
    (
        "intro_people",
        "Does anyone know the principal at Lincoln High? Our mentoring program keeps getting stuck at the front office.",
        "Coach Ray and I go back to college; he became head administrator at that campus two years ago and still plays in my Thursday pickup league.",
    ),
    (
        "intro_people",
        "Hoping someone can connect us with a union steward at the meatpacking plant, since workers there keep showing up at our clinic with injuries.",
        "I sit on the labor council with Esteban, who represents the line crews at the pork processor out on Route 4.",
    ),
    (
        "intro_people",
        "Who could introduce me to a chamber of commerce president willing to co-sign a letter on childcare?",
        "Gail, who heads our town's business association, just hired two moms back after daycare reopened and talks about it constantly.",
    ),
    (
        "intro_people",
        "Need a sheriff's deputy who'd be comfortable speaking at a youth forum on vaping and fentanyl.",
        "My son-in-law is the school resource officer for the county patrol division and gives a really frank talk to teenagers about pills.",
    ),
    (
        "intro_people",
        "I'm looking for a historian who knows the story of the 1921 flood so we can write the marker text.",
        "My book club includes a retired college professor who wrote her dissertation on that disaster and the towns it wiped out.",
    ),
    (
        "intro_people",
        "Is there anyone in this network close to the editor of the Valley Courier? We've been trying to get an op-ed placed for months.",
        "I play bridge with the woman who runs the opinion page at our county paper; she's open to guest columns from nonprofits.",
    ),
    (
        "intro_people",
        "We need a farmer who'd let teenagers shadow him for a week and talk honestly about the business.",
        "Walt grows 600 acres of soybeans north of Ames and has hosted FFA kids before; he's my brother.",
    ),
    (
        "intro_people",
        "Could anyone put me in front of an imam? We're organizing an interfaith Thanksgiving and want the Muslim community to co-host.",
        "I serve on the hospital chaplaincy board with the spiritual leader of the Al-Noor mosque on Fifth Street; he's warm and loves joint events.",
    ),
    (
        "intro_people",
        "I want to talk with someone who has actually run a rural grocery co-op so we don't repeat mistakes.",
        "My aunt managed the member-owned food store in Walsh for eleven years before it sold; she loves sharing hard lessons.",
    ),
    (
        "intro_people",
        "Does anybody have a relationship with the CEO of the regional hospital? We need a champion at the very top.",
        "I was the first donor to the cancer wing campaign and have had coffee with the health system's chief executive every quarter since.",
    ),
    (
        "intro_people",
        "Looking for a Korean-speaking pediatrician who could answer parents' questions at our Saturday vaccine event.",
        "Dr. Kim treats kids at the Westside clinic, grew up in Seoul, and is a dear friend from my church.",
    ),
    (
        "intro_people",
        "We need a grant reviewer's perspective. Does anyone know a person who has scored federal AmeriCorps applications?",
        "My former supervisor read and rated proposals for the national service corps for five cycles and is now retired in Tucson with time on her hands.",
    ),
    (
        "intro_people",
        "Who knows the athletic director at the community college? We want their gym for a youth tournament.",
        "Pam oversees sports at Tri-County Tech, and her kids were in my Scout troop; I can set up a call.",
    ),
    (
        "intro_people",
        "Buscamos a un abogado de inmigración que hable con las familias en la iglesia el próximo domingo. ¿Alguien tiene contacto?",
        "Mi primo Rodrigo lleva doce años defendiendo casos de asilo y deportación en Houston, y le encanta dar charlas comunitarias.",
    ),
    (
        "intro_people",
        "Does anyone know a highway patrol officer who could talk about the new distracted-driving law at our teen night?",
        "My brother's wife wears the gray uniform out on Interstate 80 and does the phones-and-wheels presentation at high schools.",
    ),
    (
        "intro_people",
        "I'd like to meet a city council member from the south wards who might sponsor our tree canopy ordinance.",
        "Alderwoman Brooks represents Ward 11 and planted 300 oaks with her block club last fall; we go to the same gym.",
    ),
    (
        "intro_people",
        "Any contacts with a university researcher studying rural loneliness? We'd like help designing our survey.",
        "My daughter's dissertation advisor at State studies social isolation among older farm families and is looking for field partners.",
    ),
    (
        "intro_people",
        "We need a former gang member who's now doing violence interruption and would speak to our church's young men.",
        "Marcus came home after nine years inside and now leads the peacekeeper street team on the east side; he's spoken at my congregation twice.",
    ),
    (
        "intro_people",
        "Does anyone know the person who books guests for the public radio afternoon show?",
        "My college roommate produces All Over the Map on WKVU and picks who comes on each day.",
    ),
    (
        "intro_people",
        "I'd love an introduction to a woman who's started a successful business in a town under 2,000 people, to mentor our teen entrepreneurs.",
        "Joanna opened a bakery in Harlan, population 1,400, now ships pies to six states, and has coached kids through 4-H.",
    ),
    (
        "intro_people",
        "Can someone connect me to the person who manages the county's emergency shelters during heat waves?",
        "My neighbor Carl runs the disaster office downtown and opens the cooling centers every July.",
    ),
    (
        "intro_people",
        "We're looking for a pastor in a conservative evangelical congregation willing to co-lead a racial reconciliation dialogue.",
        "Pete leads First Baptist out by the highway, preaches the Bible straight, and has been quietly building friendships with Black churches for years.",
    ),
    (
        "intro_people",
        "Anyone know a bank loan officer who understands Small Business Administration programs and has patience for first-time immigrant owners?",
        "My friend Minh underwrites SBA 7(a) credit at Heartland Savings and grew up translating for his parents' nail salon.",
    ),
    (
        "intro_people",
        "Is anybody close to our congressman's district staff? We need a meeting about the post office closing in Rock Springs.",
        "My former student handles constituent casework for the Representative out of Cheyenne and answers my texts.",
    ),
    (
        "intro_people",
        "Looking for a librarian who's run a seed library, to walk our garden club through the checkout system.",
        "Ellen at the Pine Bluff branch started lending heirloom tomato and bean packets out of an old card catalog five years ago; she's a friend.",
    ),
    (
        "intro_people",
        "Does anyone know a retired police chief who would speak in favor of our mental health crisis response team at the council hearing?",
        "The man who commanded the Riverside department for fourteen years now sits on my hospice board and has told me cops shouldn't be answering psychiatric calls.",
    ),
    (
        "intro_people",
        "We'd like to talk with a Lakota language teacher for our youth culture camp. Can anyone help?",
        "My goddaughter's grandmother runs immersion classes in her tribe's tongue at Pine Ridge and has worked with kids at summer programs before.",
    ),
    (
        "intro_people",
        "Hoping to meet someone on the state board of education before they vote on the new civics standards.",
        "Linda, one of the eleven appointees who sets curriculum rules for Kansas classrooms, was my college roommate.",
    ),
    (
        "intro_people",
        "Is there a documentary filmmaker anyone trusts who might want to follow our flood recovery over the next year?",
        "A guy from my running club shot a feature about tornado survivors in Joplin and is looking for his next long project.",
    ),
    (
        "intro_people",
        "We need a sympathetic Republican legislator to co-sponsor a bill on foster youth aging out. Any leads?",
        "Representative Hale, the GOP member from the 32nd, spent his own childhood in state care and golfs with my husband.",
    ),
    (
        "intro_people",
        "Does anyone know an entrepreneur who has built a successful food truck business and would coach our culinary students?",
        "Tasha started with one taco cart and now runs four rolling kitchens around Tulsa; she's my cousin and loves teaching.",
    ),
    (
        "intro_people",
        "Who could get me a conversation with the head of the local teachers' union? We need them at the table on the school calendar fight.",
        "I've known Rosa, president of the education association here, since we both taught fourth grade at Kennedy Elementary.",
    ),
    (
        "intro_people",
        "Anyone know a Hmong elder who could help us understand why families aren't using our food bank?",
        "Mr. Vang, a clan leader whom many households from Laos in St. Paul turn to, is my father-in-law's best friend.",
    ),
    (
        "intro_people",
        "Estamos buscando a alguien del consulado mexicano que nos ayude con una jornada de documentos para los trabajadores agrícolas.",
        "Conozco bien a Mariela, encargada de protección en la representación de México en Yakima; ya organizó eventos móviles en los ranchos.",
    ),
    (
        "intro_people",
        "Could someone introduce me to the person who runs the county fair? We want a booth and a stage slot for our youth choir.",
        "My uncle has been the fairgrounds manager for nineteen summers and decides who gets the grandstand each August.",
    ),
    (
        "intro_people",
        "I'm looking for a medical examiner or coroner willing to speak on overdose deaths at our parents' night.",
        "Dr. Patel determines the cause in every fatal case in Boone County and has told me she wants families to hear what she sees.",
    ),
    (
        "intro_people",
        "Do you know any pro athletes from our city who might do a basketball clinic for the rec league?",
        "My nephew played three seasons for the Sacramento Kings and comes home every summer looking for ways to give back.",
    ),
    (
        "intro_people",
        "We need to reach the new bishop. Our Catholic parish wants to keep the school open, and the diocese is deciding soon.",
        "I sat on the search committee when the Vatican named our new shepherd last year and have had dinner with him twice since.",
    ),
    (
        "intro_people",
        "Who knows an engineer at the water utility? We suspect lead lines on our block and need someone who'll take it seriously.",
        "My old carpool buddy is the senior pipe and distribution manager at Public Works; she cares about this stuff.",
    ),
    (
        "intro_people",
        "Looking for a woman veteran who served in combat to keynote our Memorial Day breakfast.",
        "Sergeant Lopez did two tours in Afghanistan as a gunner, now runs a horse therapy ranch, and speaks beautifully; she's in my Rotary club.",
    ),
    (
        "intro_people",
        "Does anyone have a contact with the governor's rural affairs advisor?",
        "My former intern is now the policy aide on small-town issues in the executive mansion, and she still calls me for advice.",
    ),
    (
        "intro_people",
        "I'd love to meet a realtor who knows the commercial properties along Main Street and would be honest with a nonprofit.",
        "Brent has sold half the storefronts downtown over the last decade and serves as a deacon at my church.",
    ),
    (
        "intro_people",
        "We need an expert witness type, someone who has testified on air quality near freight yards, for our hearing.",
        "My sister is a pulmonologist who gave sworn statements in the diesel soot lawsuit by the rail hub last year.",
    ),
    (
        "intro_people",
        "Does anybody know a youth pastor who's good with kids coming out of juvie?",
        "Jamal runs the Friday night group at Living Waters and half his students have been through detention; he's fantastic.",
    ),
    (
        "intro_people",
        "Could someone connect me with the dean of the nursing program? We want students doing blood pressure checks at the barbershops.",
        "I'm on the advisory council with Dr. Greene, who heads the RN school at Mercy College, and she's always looking for clinical placements.",
    ),
    (
        "intro_people",
        "Looking for a nationally known author who might come read at our small-town library's centennial.",
        "My college roommate wrote the bestselling memoir about growing up on a Nebraska ranch and does a few rural bookstore visits every year.",
    ),
    (
        "intro_people",
        "Does anyone have a friend on the parole board? We want to present our transitional housing model.",
        "Glenn, one of the five commissioners deciding early releases in this state, coached my son's wrestling team.",
    ),
    (
        "intro_people",
        "We'd like a well-respected conservative voice to vouch for our voter registration drive as nonpartisan.",
        "Harold chaired the county GOP for a decade, is trusted by every farmer around here, and thinks everybody should cast a ballot.",
    ),
    (
        "intro_people",
        "I need to speak with somebody in charge at the transit agency about adding a stop near the senior center.",
        "My neighbor plans the bus routes for Metro and redrew three lines last year after residents asked.",
    ),
    (
        "intro_people",
        "Is there anyone who knows a Native chef we could invite to cook at our harvest celebration?",
        "Winona, who runs an Indigenous foods restaurant in Minneapolis using bison and wild rice, is my wife's cousin.",
    ),
    (
        "intro_people",
        "Hoping someone knows a successful Black farmer who could talk to our young growers about land access.",
        "Mr. Tillman works 300 acres in Halifax County that his grandfather bought in 1919 and speaks to kids often; he's my deacon.",
    ),
    (
        "intro_people",
        "Does anyone know the producer of the morning TV show? We'd like a segment on our adopt-a-grandparent program.",
        "I went to journalism school with the woman who lines up guests for Dayton AM Live.",
    ),
    (
        "intro_people",
        "We want to meet with the county prosecutor about diverting first-time shoplifters. Who can help us get in?",
        "The district attorney and I served together on the YMCA board for six years; he takes my calls.",
    ),
    (
        "intro_people",
        "¿Alguien tiene relación con algún pastor evangélico hispano en el condado? Queremos invitar a las congregaciones a la feria de salud.",
        "El hermano Samuel dirige la Iglesia Fuente de Vida y coordina la alianza de ministros latinos de la zona; somos vecinos.",
    ),
    (
        "intro_people",
        "Looking for someone who has run for local office and lost, to talk honestly with our young women's leadership cohort.",
        "My friend Kendra ran for city council at 26, came up 200 votes short, and now coaches first-time candidates.",
    ),
    (
        "intro_people",
        "Any connection to the guy who owns the minor league ballpark? We'd love a community night.",
        "I grew up next door to the owner of the Riverdogs and his mom still sends me Christmas cards.",
    ),
    (
        "intro_people",
        "We need a rabbi who would co-lead a Passover seder with our Black church to mark civil rights history.",
        "Miriam, who leads Temple Beth Shalom, marched in Selma as a teenager and has done joint services with AME congregations.",
    ),
    (
        "intro_people",
        "Does anyone know a wildlife biologist who could judge our middle school's habitat project?",
        "My brother studies bats and songbirds for the state conservation department and volunteers at science fairs.",
    ),
    (
        "intro_people",
        "Can someone connect us to a trusted elder in the Marshallese community in Springdale?",
        "Aunty Lijon organizes the island churches there and translated for families during the pandemic; I know her through work.",
    ),
    (
        "intro_people",
        "We need to reach a member of the school board who might champion later start times.",
        "Trustee Ng was elected last fall on a sleep-science platform and her daughter plays soccer with mine.",
    ),
    (
        "intro_people",
        "Does anybody know a well-known chef who might donate a cooking demo to our fundraiser?",
        "My college buddy was a finalist on a televised kitchen competition and runs a farm-to-table place in Asheville; he does a lot of charity nights.",
    ),
    (
        "intro_people",
        "Looking for someone who's been through the process of opening a charter school in a rural district.",
        "Nadine founded the Prairie Academy in a town of 900 and survived two state reviews; she's in my book club.",
    ),
    (
        "intro_people",
        "Does anyone know a journalist covering agriculture who might write about our young farmers' cooperative?",
        "My cousin files crop and ranching stories for a national ag magazine's Midwest desk and is always hunting for good profiles.",
    ),
    (
        "intro_people",
        "I'm trying to reach whoever decides which nonprofits get the Walmart store's community grants here.",
        "The manager of the supercenter on Highway 50 picks the local giving recipients each quarter; his wife and I teach together.",
    ),
    (
        "intro_people",
        "Could anyone introduce us to a deaf community leader? Our town hall isn't accessible and we want to fix that right.",
        "Jordan, who signs and leads the regional association of hard-of-hearing adults, is a close friend from grad school.",
    ),
    (
        "intro_people",
        "Is there a former legislator around who could coach our residents on testifying at the Capitol?",
        "My uncle served eight terms in the statehouse and now volunteers teaching citizens how to speak to committees.",
    ),
    (
        "intro_people",
        "We need a credible scientist to explain PFAS to worried parents near the airbase. Who do you know?",
        "My neighbor is a toxicologist who studied forever chemicals at the EPA for twenty years and has just retired.",
    ),
    (
        "intro_people",
        "Looking for a muralist who has painted on grain elevators or silos.",
        "Kyle did the giant sunflowers on the concrete storage towers in Tribune and the wheat harvest scene in Ellis; we were roommates.",
    ),
    (
        "intro_people",
        "Who can connect me with the pastor at St. Augustine? We want to restart the Wednesday supper there.",
        "Father Joe and I have been on the same bowling team for a decade, and I can grab him after Mass.",
    ),
    (
        "intro_people",
        "Anyone know a wedding photographer who might shoot portraits for our homeless youth's IDs and job profiles?",
        "My sister-in-law has shot brides out of her own studio for fifteen years and has said she wants a volunteer project.",
    ),
    (
        "intro_people",
        "We'd like to meet a Muslim woman physician who could lead a women-only health talk at the mosque.",
        "Dr. Aisha practices family medicine at Saint Luke's and wears hijab; she helped with our refugee clinic last year.",
    ),
    (
        "intro_people",
        "Does anyone know someone at the Cardinals front office? Our youth baseball league needs a partner.",
        "My brother-in-law handles community relations for the St. Louis ball club and gives away equipment every spring.",
    ),
    (
        "intro_people",
        "We need a respected rancher to speak up for our grazing-rights compromise at the BLM listening session.",
        "Hank runs 400 cow-calf pairs on leased federal ground and has the trust of every cattleman in three counties; he's my godfather.",
    ),
    (
        "intro_people",
        "Mi hija quiere estudiar enfermería y no conocemos a nadie en el campo. ¿Alguien conoce a una enfermera latina que pueda orientarla?",
        "Mi cuñada Verónica trabaja de jefa en la sala de urgencias del Hospital General y le encanta aconsejar a muchachas jóvenes.",
    ),
    (
        "intro_people",
        "Is there anyone who can get me in front of the head of the county health department?",
        "The woman in charge of restaurant inspections and disease prevention here and I were lab partners in college; I can set up lunch.",
    ),
    (
        "intro_people",
        "Looking for someone who's actually converted an old church building into housing, to tell us what we don't know.",
        "My cousin developed the twelve apartments inside the former Methodist sanctuary in Decorah and still manages them.",
    ),
    (
        "intro_people",
        "Does anybody know a comedian who does clean sets and might headline our benefit for the food pantry?",
        "Dave opens for big touring acts, keeps it family-friendly, and has done free shows for my church twice.",
    ),
    (
        "intro_people",
        "I need to connect with someone on the planning commission before they hear our rezoning request.",
        "Tate, who votes on land-use cases as an appointee, is my son's Little League coach.",
    ),
    (
        "intro_people",
        "We'd like to bring in a former NFL player to talk about concussions with high school coaches.",
        "My college teammate was a linebacker for the Bears for six years and now gives talks about brain injury.",
    ),
    (
        "intro_people",
        "Hoping to meet a climate scientist who speaks comfortably in evangelical churches.",
        "Dr. Ruth studies atmospheric physics at Texas Tech, teaches Sunday school, and has spoken to hundreds of congregations about creation care.",
    ),
    (
        "intro_people",
        "Can anyone introduce me to the editor at the Spanish-language weekly?",
        "I've known Héctor, who runs El Mensajero, since we both worked at the county paper in the nineties.",
    ),
    (
        "intro_people",
        "Does anyone know an older woman who has been a foster parent for decades and would speak to new families?",
        "Miss Georgia has taken in over eighty kids since 1985 and loves telling stories; she lives on my street.",
    ),
    (
        "intro_people",
        "We need someone in the Lieutenant Governor's inner circle. Our rural broadband plan needs a champion.",
        "I ran the campaign field office for our second-in-command in Topeka and still talk to her deputy weekly.",
    ),
    (
        "intro_people",
        "Looking for a trusted Vietnamese Buddhist monk to bless our new community garden.",
        "Venerable Thich Minh leads the pagoda on Bellaire and performs ceremonies for shops and homes all over the city; my mom volunteers there.",
    ),
    (
        "intro_people",
        "Is there a labor historian who could speak at our union hall's centennial?",
        "My former professor wrote three books about the coal miners' strikes and loves an audience of working people.",
    ),
    (
        "intro_people",
        "Need to reach a hospice chaplain who's done grief groups for children.",
        "Brother Anthony ministers to dying patients at the Mercy end-of-life center and started a Camp Butterfly weekend for bereaved kids.",
    ),
    (
        "intro_people",
        "Does anyone know the owner of the biggest dairy in the county? We want to talk about manure runoff without a fight.",
        "Gary milks 2,000 head outside Tillamook and sat next to me on the watershed council for three years.",
    ),
    (
        "intro_people",
        "We'd like an introduction to a Pulitzer-winning photographer to judge our youth photo contest.",
        "My aunt shot the Katrina aftermath images that took journalism's top honor and sits on a few competition juries each year.",
    ),
    (
        "intro_people",
        "Who could introduce me to a city planner who'd quietly advise us on a tactical urbanism pop-up?",
        "My neighbor draws bike lanes and street redesigns for the transportation department and loves guerrilla crosswalk projects.",
    ),
    (
        "intro_people",
        "Looking for someone who's written a successful capital campaign for a small museum, to be a sounding board.",
        "Fran raised four million for the Cody heritage center's new wing and retired last year; she's my sister's best friend.",
    ),
    (
        "intro_people",
        "Does anyone know the chief of the Cherokee Nation's housing office? We want to discuss a joint repair program.",
        "My roommate from law school oversees home rehabilitation work for the tribe in Tahlequah.",
    ),
    (
        "intro_people",
        "We need a cardiologist who'd come to our barbershop health night in the Fifth Ward.",
        "Dr. Okafor treats heart patients at Baylor and grew up getting his hair cut on Lyons Avenue; he's my fraternity brother.",
    ),
    (
        "intro_people",
        "I'm looking to speak with a principal who has turned around a failing middle school.",
        "Ms. Rivera took over Jefferson Junior High when it was on state watch and got it off the list in three years; she mentors new leaders.",
    ),
    (
        "intro_people",
        "Buscamos a un maestro de mariachi que pueda enseñar a los jóvenes los sábados.",
        "Don Chuy tocó trompeta con Los Camperos veinte años y ahora da clases en su garage; es mi tío.",
    ),
    (
        "intro_people",
        "Does anybody know a sitting judge willing to speak at our expungement clinic about clearing records?",
        "Baxter presides over the drug treatment court and told me she'd love to talk with people trying to move on.",
    ),
    (
        "intro_people",
        "We want an honest conversation with a gun shop owner about safe storage messaging.",
        "Cliff owns Frontier Arms out on Route 12, teaches concealed carry classes, and has given out free trigger locks; he's my neighbor.",
    ),
    (
        "intro_people",
        "Looking for someone who has run an all-volunteer fire company to advise our new rural squad.",
        "My father was chief of the unpaid Hollow Creek department for thirty years and still knows every trick in the book.",
    ),
    (
        "intro_people",
        "Anyone know a playwright who might help our seniors turn their stories into a stage show?",
        "Marguerite's plays have run at the Guthrie, and she's done oral history theater with retirement communities; she's in my writing group.",
    ),
    (
        "intro_people",
        "Is there anyone close to the university president? We want a scholarship pipeline for our first-gen kids.",
        "I sat on the trustee board that hired Dr. Collins to lead the campus and we still meet for coffee twice a year.",
    ),
    (
        "intro_people",
        "We'd like to meet the person at the electric co-op who decides on line extensions.",
        "My brother-in-law is operations manager at Prairie Power and signs off on every new pole and service drop in the county.",
    ),
    (
        "intro_people",
        "Looking for an Olympian who'd talk to girls in our running club about sticking with sports.",
        "My former teammate ran the 1500 for Team USA in Tokyo and now coaches in Boulder.",
    ),
    (
        "intro_people",
        "Does anybody know a respected elder from the Puerto Rican community in Holyoke?",
        "Doña Carmen founded the bodega association there in 1978 and everyone on High Street still listens to her; she's my godmother.",
    ),
    (
        "intro_people",
        "We need an insider at the statehouse who can tell us which staffer is writing the Medicaid redesign.",
        "My college friend is chief counsel to the House health committee and knows who's drafting every line.",
    ),
    (
        "intro_people",
        "Does anyone know a reporter at the statewide TV station who'd cover rural hospital closures?",
        "My goddaughter anchors the six o'clock news on KETV and her dad was a country doctor; she'd jump on it.",
    ),
    (
        "intro_people",
        "We're looking for a respected Amish or Mennonite elder who might help us reach Plain families about measles.",
        "Eli, a bishop in the Old Order district east of Kalona, buys hay from me every fall and is open to talking about health.",
    ),
    (
        "intro_people",
        "¿Alguien conoce a una concejala que apoye a los vendedores ambulantes? Nos están multando sin parar.",
        "La regidora del Distrito 9 creció vendiendo elotes con su papá y ya propuso cambiar las ordenanzas; fuimos compañeras de escuela.",
    ),
    (
        "intro_people",
        "I'd love to meet a successful grant writer who has won USDA rural development money, just to pick their brain over coffee.",
        "Sheila has landed over six million from the federal farm agency's small-town programs and loves mentoring newcomers; she lives in my town.",
    ),
    (
        "intro_people",
        "Is there somebody who knows the owner of the vacant Kmart building? We want to propose a makerspace.",
        "The family that holds title to that strip center on Elm goes to my church, and the son handles leasing.",
    ),
    (
        "intro_people",
        "Does anyone have an in with the warden at the women's prison? Our book club wants to start a reading circle inside.",
        "I volunteered in chaplaincy at Dwight Correctional for six years and the superintendent there knows me well.",
    ),
    (
        "intro_people",
        "We need a recognized expert in dyslexia to talk to teachers. Does anyone have a name?",
        "My sister runs the reading disorders clinic at Vanderbilt and trains educators on structured literacy across the South.",
    ),
    (
        "intro_people",
        "Looking for a well-connected realtor or developer in the Latino business community to join our housing task force.",
        "Ricardo has built over 200 starter homes on the west side and chairs the Hispanic contractors' network; we play golf.",
    ),
    (
        "intro_people",
        "Does anyone know a retired FBI agent who'd talk to seniors about scams?",
        "My neighbor spent twenty-five years investigating fraud rings for the Bureau and now volunteers at the Golden Age lunch program.",
    ),
    (
        "intro_people",
        "I want to talk with a union electrician who's gone through a solar apprenticeship, for our green jobs panel.",
        "Kenny is an IBEW journeyman who wired the county's first community array and is my nephew.",
    ),
    (
        "intro_people",
        "Any connections to the country singer who grew up here? We'd love him for the library fundraiser.",
        "I babysat the guy who sings Dirt Road Prayer when he was six and his mother is still my close friend.",
    ),
    (
        "intro_people",
        "We need a pediatric dentist who might do free screenings at our Head Start centers.",
        "Dr. Lin fixes kids' teeth in her practice on Oak Street and did mobile van visits with me in Guatemala.",
    ),
    (
        "intro_people",
        "Does anyone know a Navajo Nation council delegate who cares about water hauling?",
        "My college roommate represents the Chapter houses around Chinle in Window Rock and grew up carrying barrels from the windmill.",
    ),
    (
        "intro_people",
        "Looking for a seasoned campaign manager who might advise our ballot measure pro bono.",
        "Terri ran the successful library levy and two mayoral races; she's retired and bored, and she's my next-door neighbor.",
    ),
    (
        "intro_people",
        "Mi esposo quiere abrir una taquería y no sabe por dónde empezar. ¿Conocen a algún dueño de restaurante que lo aconseje?",
        "Don Efraín arrancó con un puesto en el mercado y ahora tiene tres locales de mariscos en Fresno; es mi compadre y le gusta ayudar.",
    ),
    (
        "intro_people",
        "Is there anybody who knows the director of the county jail? We want to start a GED class inside.",
        "I served with Captain Morris in the Guard; he now runs the detention center and has asked me about education programs.",
    ),
    (
        "intro_people",
        "We need a respected voice from the hunting community to back our public lands access campaign.",
        "Dale hosts the most popular elk podcast in Montana and has 40,000 listeners; we went to high school together.",
    ),
    (
        "intro_people",
        "Does anybody know a woman who flies helicopters for the air ambulance service? Our girls' STEM camp would love her.",
        "My cousin Brenda is a medevac pilot out of the trauma center in Billings and does talks for Girl Scouts.",
    ),
    (
        "intro_people",
        "I'd like to get coffee with someone who ran a successful recall or referendum petition drive.",
        "Molly gathered 18,000 signatures to overturn the landfill expansion in 2019 and now trains signature gatherers.",
    ),
    (
        "intro_people",
        "Looking for a sign language interpreter who works in churches, for our deaf congregants.",
        "Becky has put Sunday worship into ASL at First Presbyterian for eight years and has a couple of open weekends.",
    ),
    (
        "intro_people",
        "Does anyone know a Black woman architect who might mentor high schoolers in our design program?",
        "Kendra drew up the new African American history center downtown and just started her own firm; she went to Spelman with my daughter.",
    ),
    (
        "intro_people",
        "We want to meet somebody on the hospital's board of directors before the maternity ward vote.",
        "Dr. Sorensen, one of the trustees governing St. Mary's, is my family doctor and has delivered babies there for thirty years.",
    ),
    (
        "intro_people",
        "Need to find a trusted interpreter for Mam, the Mayan language, for a tenants' meeting.",
        "Santos grew up in Huehuetenango, speaks his grandparents' highland tongue plus Spanish, and translates at the Guatemalan consulate events; he's in my parish.",
    ),
    (
        "intro_people",
        "Does anyone know the head coach of the university football team? Our reading program wants players to visit schools.",
        "I tutored the kids of the man running the Cornhuskers sideline and he's asked me how his athletes could help.",
    ),
    (
        "intro_people",
        "Is there someone who knows a tribal judge who's worked on restorative justice circles?",
        "My aunt presides over the peacemaking court for the Ho-Chunk and trains other nations in talking-piece sentencing.",
    ),
    (
        "intro_people",
        "Looking for an economist who could testify that our minimum wage proposal won't kill small businesses.",
        "My brother-in-law is a labor professor at UMass who has published studies on pay floors in rural counties.",
    ),
    (
        "intro_people",
        "¿Conocen a alguna partera tradicional que pueda hablar con las mamás de nuestro grupo prenatal?",
        "Doña Teresa atendió cientos de nacimientos en Oaxaca y ahora acompaña embarazos aquí en Salinas; es vecina de mi mamá.",
    ),
    (
        "intro_people",
        "We need a trusted farmer-veteran who could speak at the VA about agriculture as therapy.",
        "Jesse did three deployments with the Marines and now raises goats and honeybees outside Lexington; he's my cousin.",
    ),
    (
        "intro_people",
        "Does anybody know a podcaster who covers small-town politics in the Ozarks?",
        "My nephew hosts Holler Hall, a weekly show about county commissions and local races around Branson.",
    ),
    (
        "intro_people",
        "I'm hoping to meet a former mayor from a small town who revived their downtown.",
        "Bill led Lanesboro for twelve years and turned empty storefronts into a bike-trail tourism hub; he's my fishing buddy.",
    ),
    (
        "intro_people",
        "We need somebody inside the governor's budget office who can explain where the opioid settlement money is going.",
        "My daughter is a fiscal analyst on the state spending team and tracks every dollar from the pharmaceutical payouts.",
    ),
    (
        "intro_people",
        "Can anyone introduce me to a hip-hop artist who might write a song for our anti-violence campaign?",
        "Lil Dre grew up in the Sunnyside projects, has a hit mixtape, and performed at my community center's block party.",
    ),
    (
        "intro_people",
        "Looking for a retired superintendent to coach our new charter school's leadership team.",
        "Dr. Franklin ran Akron's district for nine years, stepped down last spring, and now advises new principals; she's an old friend.",
    ),
    (
        "intro_people",
        "Does anybody have a contact with a sitting bishop in the AME church?",
        "I worked on the Episcopal district's disaster relief with the presiding prelate of the Seventh District and we stay in touch.",
    ),
    (
        "intro_people",
        "We'd love to talk to a NASA engineer about our rural robotics club.",
        "My cousin designed thermal shielding for the Mars rovers at JPL and loves doing video calls with kids.",
    ),
    (
        "intro_people",
        "¿Alguien conoce a un líder sindical de los trabajadores de la construcción que hable español?",
        "Mi hermano Arturo es organizador de la local de carpinteros y lleva diez años reclutando a obreros inmigrantes.",
    ),
    (
        "intro_people",
        "Looking for someone who's run a large county fair 4-H livestock auction, to advise our first one.",
        "Dorothy has been in charge of the market animal sale at the Grand Island exposition for twenty summers.",
    ),
    (
        "intro_people",
        "Does anybody know a respected Sikh leader we could invite to our interfaith council?",
        "Mr. Singh heads the gurdwara committee in Yuba City and serves free langar to anyone who walks in; he's my customer.",
    ),
    (
        "intro_people",
        "Need a conversation with the county's chief public defender about pretrial detention numbers.",
        "Alicia runs the office representing people who can't afford lawyers and we were in law school together; she's frank about jail overcrowding.",
    ),
    (
        "intro_people",
        "Is there anyone who knows a well-regarded pastor in the Korean churches of Los Angeles?",
        "Reverend Park leads a 3,000-member congregation near Wilshire and Western and has partnered with my food bank for years.",
    ),
    (
        "intro_organizations",
        "We want a hospital system to adopt our community health worker model. Does anyone have a way in?",
        "I'm on the charitable-benefit committee at Mercy, which must spend a chunk of its tax exemption on neighborhood programs every year.",
    ),
    (
        "intro_organizations",
        "Looking for a university department that would evaluate our tutoring program's outcomes.",
        "My college's school of education runs a research practice lab that studies literacy interventions and takes on local partners each fall.",
    ),
    (
        "intro_organizations",
        "Does anyone have a connection to a national nonprofit that builds playgrounds?",
        "Our company did a KaBOOM! install day last spring and I still have the regional team's contacts.",
    ),
    (
        "intro_organizations",
        "We need to get in the door with a big employer's HR office so our graduates can interview.",
        "I manage recruiting at the Boeing plant in North Charleston and can get your apprentices in front of our talent acquisition staff.",
    ),
    (
        "intro_organizations",
        "Is there someone who can link us with the county's agricultural extension office?",
        "I chair the advisory board for Iowa State's outreach service in Ames; the staff there run soil clinics and master gardener trainings.",
    ),
    (
        "intro_organizations",
        "Our after-school program wants a formal partnership with the public library system. Who can help?",
        "I'm a trustee of the Metro branch network and our youth services division is actively hunting for afternoon collaborators.",
    ),
    (
        "intro_organizations",
        "We'd like a bank to sponsor a financial literacy series. Any inroads?",
        "I sit on the community reinvestment committee at First Federal, which needs CRA credit for exactly this kind of class.",
    ),
    (
        "intro_organizations",
        "Does anybody have ties to the Army Corps of Engineers district office? Our levee project is stuck.",
        "I spent twenty years as a civilian employee in the Omaha branch of the federal dam-and-river builders and still know the people who run flood-wall jobs.",
    ),
    (
        "intro_organizations",
        "Hoping to connect with a community foundation that cares about the Delta.",
        "I'm on the grants committee of the Mississippi River Region Trust, which pours money into towns from Helena to Greenville.",
    ),
    (
        "intro_organizations",
        "We need a Catholic Charities affiliate willing to take referrals from our shelter.",
        "I volunteer weekly with the archdiocese's social services arm in Sacramento and can introduce you to their intake team.",
    ),
    (
        "intro_organizations",
        "Buscamos una universidad que quiera asociarse con nuestra escuela de padres para talleres sobre la universidad.",
        "Trabajo en la oficina de admisiones de Cal State Fresno y tenemos un programa de alcance para familias hispanohablantes.",
    ),
    (
        "intro_organizations",
        "Does anyone know how to get our project on the radar of the state's housing finance agency?",
        "I used to be deputy director at the authority that allocates low-income tax credits in Ohio and still talk to the underwriting staff.",
    ),
    (
        "intro_organizations",
        "We'd like to partner with a tech company's volunteer program to build our website.",
        "Salesforce gives every employee paid days for service, and I run the civic engagement team at our Indianapolis office.",
    ),
    (
        "intro_organizations",
        "Is there a way to connect with the Boys and Girls Club's national office? We want to replicate our mentoring curriculum.",
        "I served two terms on the board of the youth clubs' Atlanta headquarters and know their program development staff.",
    ),
    (
        "intro_organizations",
        "Does anyone have an in with the regional food bank? We're a tiny pantry that can't get on their distribution list.",
        "I'm the board treasurer at Second Harvest Heartland, and their agency relations team adds new partners every quarter.",
    ),
    (
        "intro_organizations",
        "Looking for a law school clinic that might take on our tenants' cases.",
        "I teach at the University of Memphis and our legal aid practicum places students with housing defense organizations.",
    ),
    (
        "intro_organizations",
        "We want the state parks department to co-host our outdoor kids' camp. Who knows someone there?",
        "I ran the interpretive programs division at Missouri's recreation and natural resources agency until last year.",
    ),
    (
        "intro_organizations",
        "Does anybody have a connection at the local community college's workforce training arm?",
        "I'm on the advisory committee for continuing education at Lakeshore Tech, which designs short certificate courses with employers.",
    ),
    (
        "intro_organizations",
        "We'd love to get our reentry program in front of the Department of Corrections.",
        "I worked in the prison system's transitions office for fifteen years and still have friends in the central office.",
    ),
    (
        "intro_organizations",
        "Is anyone linked to the AARP state chapter? We want help with our caregiver support circles.",
        "I'm a volunteer leader for the retirees' association in Wisconsin and know the Madison director and advocacy staff.",
    ),
    (
        "intro_organizations",
        "Need a connection to the Red Cross regional chapter for disaster training in our church.",
        "I teach shelter operations for the humanitarian relief agency in central Texas and can get your congregation on their calendar.",
    ),
    (
        "intro_organizations",
        "We want a national faith network to take up our payday lending campaign. Any leads?",
        "My congregation belongs to the PICO organizing network, and I know their Washington organizers.",
    ),
    (
        "intro_organizations",
        "Does anyone know how to get in touch with the county's Head Start grantee?",
        "I sit on the policy council for the early childhood agency that runs all the preschool centers across the Fargo area.",
    ),
    (
        "intro_organizations",
        "Looking for a big-box retailer willing to host our voter registration tables outside their stores.",
        "I manage a Target in Aurora, and our district leadership has okayed nonpartisan sign-up booths at the entrance before.",
    ),
    (
        "intro_organizations",
        "Hoping someone can connect us to a medical school for a student-run free clinic partnership.",
        "I'm on faculty at the Kirksville osteopathic college, where second-years are required to do community service rotations.",
    ),
    (
        "intro_organizations",
        "Does anybody have ties to the VFW or American Legion state leadership?",
        "I'm past commander of Post 112 and sit on the department executive committee for Ohio's veterans' halls.",
    ),
    (
        "intro_organizations",
        "We want a hospital's nursing department to adopt our fall-prevention home visits.",
        "My wife heads the RN workforce at Sanford in Fargo, and her team wants a way to cut readmissions among elderly patients.",
    ),
    (
        "intro_organizations",
        "Is there a way into the state Department of Transportation? We need a crosswalk on a state highway through town.",
        "I worked as a district engineer for the roads agency here for twenty-two years and still know who approves signals and markings.",
    ),
    (
        "intro_organizations",
        "Who can introduce us to the regional Habitat affiliate? We have three donated lots.",
        "I'm board chair of the Christian home-building ministry serving the Tri-Cities and we're short on land right now.",
    ),
    (
        "intro_organizations",
        "Does anyone have a contact at a regional airport authority? We want a job fair for aviation mechanics.",
        "I sit on the commission that governs Rickenbacker field, and its staff love anything that fills their maintenance hangar jobs.",
    ),
    (
        "intro_organizations",
        "Nuestra cooperativa de limpieza necesita clientes grandes. ¿Alguien tiene contacto con una empresa de oficinas o de escuelas públicas?",
        "Soy gerente de instalaciones en el distrito escolar de Santa Ana y estamos buscando contratistas para el mantenimiento nocturno.",
    ),
    (
        "intro_organizations",
        "Looking for a national museum network that might send a traveling exhibit to rural towns.",
        "My former colleague runs the Smithsonian's small-town outreach, which ships shows to small libraries and historical societies.",
    ),
    (
        "intro_organizations",
        "We want our elder abuse prevention work recognized by the Area Agency on Aging. Any introductions?",
        "I chair the advisory council for the regional senior services planning office that contracts programs across nine counties.",
    ),
    (
        "intro_organizations",
        "Does anyone have ties to the Girl Scouts council? We'd like to run a troop at the housing project.",
        "I'm on the board of the cookie-selling youth organization for the Desert Southwest, and its membership staff are trying to reach families in subsidized apartments.",
    ),
    (
        "intro_organizations",
        "We need a connection to the state's workforce development board to get our training program certified.",
        "I was appointed to the governor's jobs council that approves which schools and courses qualify for job-seeker vouchers, and I can walk you through their staff.",
    ),
    (
        "intro_organizations",
        "Is there a corporate foundation that funds environmental education you could connect us with?",
        "I'm on the giving committee at the Patagonia store in Bozeman and handle local grant recommendations to headquarters.",
    ),
    (
        "intro_organizations",
        "Looking for someone who can get us a meeting with the water utility's conservation department.",
        "I do public outreach for the city's public works and sit down the hall from the efficiency rebate team.",
    ),
    (
        "intro_organizations",
        "We'd like to partner with a regional theater company on a youth Shakespeare program.",
        "I'm the education director at the Alabama festival that stages the Bard's plays, and we're expanding into rural schools next season.",
    ),
    (
        "intro_organizations",
        "Does anybody have a link to the Small Business Development Center at the university?",
        "My husband advises entrepreneurs at the state's free startup counseling network housed at UW-Whitewater.",
    ),
    (
        "intro_organizations",
        "We need an in with the county sheriff's office to set up a drug take-back box at our pharmacy.",
        "I handle community programs for the Marion lawmen and we place medication disposal kiosks all over.",
    ),
    (
        "intro_organizations",
        "Is there a way to get our clinic connected with a pharmaceutical company's patient assistance program?",
        "I spent a decade in Pfizer's access and affordability group, which gives free medicines to uninsured people through nonprofit providers.",
    ),
    (
        "intro_organizations",
        "We'd like a local TV station to adopt our literacy drive as its annual cause.",
        "I sit on the community advisory panel at WSB, the ABC affiliate, and they choose one campaign to back each year.",
    ),
    (
        "intro_organizations",
        "Looking for a national fellowship program that might take our young organizers.",
        "I'm an alum of Coro's civic leadership year and help select each new class in Pittsburgh.",
    ),
    (
        "intro_organizations",
        "Does anyone know someone in the USDA Rural Development state office?",
        "I worked as a loan specialist for the federal farm department's small-town lending arm in Bismarck and still golf with the man who runs it for North Dakota.",
    ),
    (
        "intro_organizations",
        "We want to be a training site for a big health insurer's community navigator program.",
        "I direct Medicaid outreach at Blue Cross of Idaho and we're contracting with local groups to help families enroll.",
    ),
    (
        "intro_organizations",
        "Hoping to connect with the county elections office about polling places in our neighborhood.",
        "I've worked as a precinct coordinator for the voter registrar in Maricopa for twelve years and know the siting team.",
    ),
    (
        "intro_organizations",
        "Is there an HBCU nearby whose students might help record our elders' stories?",
        "I'm an alumna trustee at Fisk and their history department requires oral history fieldwork each spring.",
    ),
    (
        "intro_organizations",
        "We'd like a formal relationship with the police department's community policing unit.",
        "I'm the civilian liaison for the Fourth Precinct's neighborhood officer program in Minneapolis and set up these agreements.",
    ),
    (
        "intro_organizations",
        "Does anyone have a connection to the state humanities council?",
        "I served six years on the board of the Kansas nonprofit that uses NEH money to fund public talks, book discussions and local history projects.",
    ),
    (
        "intro_organizations",
        "Looking for a union local that might open its apprenticeship doors to our reentry clients.",
        "I'm business agent for Laborers Local 1271, and our training center is trying to recruit people coming home from prison.",
    ),
    (
        "intro_organizations",
        "¿Alguien tiene contactos en el departamento de salud del condado? Queremos una clínica de vacunas en la pulga los domingos.",
        "Trabajo en la división de medicina preventiva de Hidalgo y coordino las unidades móviles de inmunización.",
    ),
    (
        "intro_organizations",
        "We need a university extension partner that does youth agriculture programs in cities.",
        "I coordinate urban 4-H for Ohio State in Cleveland, and we're looking for neighborhood groups to host clubs.",
    ),
    (
        "intro_organizations",
        "Can anyone connect us to a hospice organization willing to train our church volunteers?",
        "I'm on the board of VITAS in South Florida; their bereavement department teaches parish helpers how to sit with the dying.",
    ),
    (
        "intro_organizations",
        "We want to get our digital skills class in front of the public housing authority.",
        "I chair the resident services committee for the Tacoma agency that manages low-income apartments.",
    ),
    (
        "intro_organizations",
        "Looking for an in with a major league team's charitable foundation.",
        "I'm on the grants committee for the Kansas City Royals' community arm, which funds youth baseball and education.",
    ),
    (
        "intro_organizations",
        "Is there someone who could introduce us to the National Park Service staff at the monument near us?",
        "I'm a retired ranger from Scotts Bluff and still volunteer with the interpretation division there.",
    ),
    (
        "intro_organizations",
        "We need a partnership with a utility company's energy assistance program for our seniors.",
        "I oversee bill-payment help and weatherization for low-income households at Xcel in Denver.",
    ),
    (
        "intro_organizations",
        "Does anyone have ties to the state bar association? We want lawyers for our wills clinic.",
        "I'm on the pro bono committee for the Georgia attorneys' professional organization and match volunteer counsel with legal-help events.",
    ),
    (
        "intro_organizations",
        "We want a research hospital to include our rural patients in their clinical trials.",
        "I'm an advocate on the study enrollment board at Mayo, which is trying to recruit beyond Rochester.",
    ),
    (
        "intro_organizations",
        "Looking for a connection to the YMCA of the USA to scale our swim safety classes.",
        "I sat on the national council of the Y for three years and know their aquatics leadership in Chicago.",
    ),
    (
        "intro_organizations",
        "Does anybody know someone at the Federal Reserve's regional bank? We'd like them at our community lending forum.",
        "I'm on the development advisory council of the Fed's Kansas City branch, which sends economists to small-town gatherings.",
    ),
    (
        "intro_organizations",
        "Our immigrant services need a connection to the state's refugee resettlement agency.",
        "I volunteered with the Lutheran agency's new arrivals program for eight years and know their case managers across Minnesota.",
    ),
    (
        "intro_organizations",
        "We'd like to work with a newspaper chain on a local news fellowship.",
        "I'm on the advisory board of Report for America, which places young journalists in small newsrooms.",
    ),
    (
        "intro_organizations",
        "Does anybody have a contact in the local Chamber of Commerce's education committee?",
        "I chair the talent pipeline group of the Greater Wichita business association; we're looking for school partners.",
    ),
    (
        "intro_organizations",
        "Hoping to connect with a faith-based hospital system for a mobile clinic partnership.",
        "I sit on the mission council at AdventHealth, which funds medical vans for underserved communities.",
    ),
    (
        "intro_organizations",
        "Is there a way to reach the regional planning commission about our trail connection?",
        "I'm on the board of the Mid-Ohio metropolitan council, which allocates federal transportation enhancement dollars.",
    ),
    (
        "intro_organizations",
        "We'd like a college athletics department to partner on youth sports clinics.",
        "I'm an assistant AD at Drake and our players need community service hours every semester.",
    ),
    (
        "intro_organizations",
        "Does anyone know somebody at the state's child welfare agency? We want to train foster parents in our parish.",
        "I worked in licensing at Tennessee's DCS for a decade and still have allies in its caregiver education unit.",
    ),
    (
        "intro_organizations",
        "We need a connection to an automaker's community grant program for our STEM girls' club.",
        "I manage local giving for the Toyota plant in Georgetown and we fund robotics teams all over Kentucky.",
    ),
    (
        "intro_organizations",
        "Looking for an engineering firm's foundation that supports water projects abroad.",
        "I'm a principal at Black & Veatch, and our employee-led charity funds wells and filtration in East Africa.",
    ),
    (
        "intro_organizations",
        "Buscamos una organización nacional que apoye a trabajadoras domésticas. ¿Alguien conoce alguna?",
        "Soy miembro activa de la alianza que agrupa a niñeras y empleadas del hogar en todo el país, y conozco a las coordinadoras regionales.",
    ),
    (
        "intro_organizations",
        "Does anyone have an in with the county's mental health board?",
        "I was appointed to the Columbus ADAMH board, which contracts counseling and crisis services.",
    ),
    (
        "intro_organizations",
        "We'd like a regional grocery chain to host our produce prescription program.",
        "I'm a vice president at Hy-Vee and our dietitians run healthy eating classes in every store.",
    ),
    (
        "intro_organizations",
        "Hoping to get in touch with the state historical society about a marker for our lynching memorial.",
        "I serve on the board of the Alabama archives department, which approves roadside plaques.",
    ),
    (
        "intro_organizations",
        "Is there someone who can open a door with Amazon's local fulfillment center? We need job placements.",
        "I'm an HR business partner at the warehouse outside Joliet and we hire hundreds of entry-level workers each month.",
    ),
    (
        "intro_organizations",
        "We'd love to join a national network of rural libraries for idea sharing.",
        "I'm on the steering group of the small-town librarians' association and can get your branch into the peer circles.",
    ),
    (
        "intro_organizations",
        "Looking for connections to a national land trust to protect our family farms.",
        "I worked at a big farmland-protection group's Midwest office for years and know their easement team.",
    ),
    (
        "intro_organizations",
        "Does anyone have ties to the Department of Veterans Affairs medical center?",
        "I'm a peer support specialist on staff at the VA hospital in Augusta and know the community partnerships coordinator.",
    ),
    (
        "intro_organizations",
        "We'd like a university's architecture school to design our community center pro bono.",
        "I teach at Auburn's Rural Studio, where students build real structures for low-income towns in Hale County.",
    ),
    (
        "intro_organizations",
        "Is there a way to get our project funded through the state attorney general's consumer protection settlements?",
        "I worked in the AG's office for six years distributing court-ordered payouts to nonprofits and know the grants staff.",
    ),
    (
        "intro_organizations",
        "Our youth choir wants to perform at an NBA halftime. Does anyone know who handles that?",
        "I work in game-night entertainment for the Milwaukee Bucks and book the school groups who sing between quarters.",
    ),
    (
        "intro_organizations",
        "We need a hospital willing to let our doulas into the delivery rooms. Who can open that door?",
        "I'm on the maternity quality council at Hennepin Healthcare, where the birth center leadership has been asking about community birth workers.",
    ),
    (
        "intro_organizations",
        "Does anybody have ties to the Forest Service ranger district? We want a firewood permit program for elders.",
        "I spent eighteen years on the Kaibab as a timber sale officer and still know the staff at the Williams office who authorize wood gathering.",
    ),
    (
        "intro_organizations",
        "Looking for a national Latino advocacy group that could add our town to its civic engagement tour.",
        "I'm on the regional board of UnidosUS and help pick which communities their voter outreach caravans visit.",
    ),
    (
        "intro_organizations",
        "We want to connect with a company's employee resource group for Black professionals to mentor our teens.",
        "I co-chair the African American associates network at State Farm's Bloomington headquarters; our members want youth projects.",
    ),
    (
        "intro_organizations",
        "Is there any link to the regional transit authority's board? The night bus to the factory got cut.",
        "I was appointed by the mayor to the commission that oversees Metro's routes and budget.",
    ),
    (
        "intro_organizations",
        "Hoping to partner with a seminary whose students could do field placements in our rural churches.",
        "I teach at Duke Divinity, where future pastors must serve a summer internship, and many want small-town congregations.",
    ),
    (
        "intro_organizations",
        "Does anyone know how to reach the Small Business Administration district office?",
        "I was a lender relations specialist for the federal agency that backs startup loans in Denver until last year.",
    ),
    (
        "intro_organizations",
        "We're a tribal college that wants a research partnership with a land-grant university.",
        "I'm associate dean at Montana State's agriculture school and we have a standing compact with reservation schools.",
    ),
    (
        "intro_organizations",
        "Looking for a bank's CDFI arm that lends to first-time homebuyers with thin credit.",
        "I'm on the loan committee at Self-Help, which makes mortgages to working families traditional lenders turn away.",
    ),
    (
        "intro_organizations",
        "Nuestra asociación de padres quiere hablar con el distrito escolar sobre el transporte. ¿Conocen a alguien en la oficina central?",
        "Fui miembro del comité asesor del superintendente en Dallas ISD y conozco al departamento de autobuses.",
    ),
    (
        "intro_organizations",
        "Does anybody have a relationship with the statewide hospital association?",
        "I served on the policy committee of the Kentucky group representing every medical center in the commonwealth.",
    ),
    (
        "intro_organizations",
        "We want a teacher prep program to send student teachers to our rural schools.",
        "I supervise classroom placements at Emporia State's education college, and we're short of small-town host sites.",
    ),
    (
        "intro_organizations",
        "Is there a way in to the National Guard's community outreach office? We want them at our career day.",
        "I'm a retired master sergeant and still help the Arkansas citizen-soldiers' recruiting and family programs staff schedule events.",
    ),
    (
        "intro_organizations",
        "We'd like a museum to lend us artifacts for our immigration history exhibit.",
        "I'm a trustee of the Tenement on Orchard Street, and their collections team loans objects to community partners.",
    ),
    (
        "intro_organizations",
        "Looking for a major employer in town willing to pilot a paid family leave policy.",
        "I lead human resources at Marshfield Clinic, which has been studying better parental benefits for its 10,000 workers.",
    ),
    (
        "intro_organizations",
        "Does anyone know someone at the state Department of Agriculture? Our farmers' market needs EBT approval help.",
        "I worked in the food assistance compliance office at Michigan's farm and rural development agency for years.",
    ),
    (
        "intro_organizations",
        "Hoping someone can connect us with the diocese's Catholic schools office about a tuition scholarship.",
        "I'm on the education board for the Archdiocese of San Antonio, which oversees its parochial campuses.",
    ),
    (
        "intro_organizations",
        "We'd love a national conservation group to list our watershed among its priority projects.",
        "I'm a longtime volunteer leader with Trout Unlimited and know the staff who pick restoration sites.",
    ),
    (
        "intro_organizations",
        "Is there anyone with ties to a public broadcaster that could air our documentary?",
        "I'm on the community advisory board of PBS Wisconsin, which programs local films.",
    ),
    (
        "intro_organizations",
        "Looking to connect with a nursing home chain willing to host intergenerational programs with our preschool.",
        "I'm regional director of operations for Good Samaritan Society's senior care campuses across the Dakotas.",
    ),
    (
        "intro_organizations",
        "Does anybody have a link to the state arts commission?",
        "I sat on the grant panel for the South Carolina agency last cycle and know the program directors.",
    ),
    (
        "intro_organizations",
        "We need an in with a rideshare company for free rides to polling places.",
        "I'm a policy manager at Lyft and our civic team runs discounted trips on Election Day.",
    ),
    (
        "intro_organizations",
        "We'd like a regional credit union to open a branch in our unbanked neighborhood.",
        "I serve on the board of Coastal Federal, which is scouting new locations in lower-income areas of Raleigh.",
    ),
    (
        "intro_organizations",
        "Is there a way to connect with Feeding America's national office about becoming a partner?",
        "I worked on the network engagement team at the hunger relief network's Chicago headquarters for five years.",
    ),
    (
        "intro_organizations",
        "We're a rural clinic that wants to join a telehealth network run by an academic medical center.",
        "I'm on the outreach council at UAMS, whose virtual care program links small-town doctors with specialists in Little Rock.",
    ),
    (
        "intro_organizations",
        "Looking for a sports league's foundation that funds field renovation.",
        "I handle community grants at the NFL team in Charlotte, and we refurbish turf at a dozen high schools a year.",
    ),
    (
        "intro_organizations",
        "Does anyone have connections to a labor federation that could endorse our paid sick days ordinance?",
        "I'm secretary-treasurer of the metro AFL-CIO council, which represents forty locals in the metro area.",
    ),
    (
        "intro_organizations",
        "We need a connection to the state's community college system office to scale our bridge program.",
        "I worked in academic affairs for the Virginia board overseeing all twenty-three two-year campuses.",
    ),
    (
        "intro_organizations",
        "Hoping to get our story in front of a national civil rights organization's local chapter.",
        "I'm second vice president of our county NAACP branch and we're looking for issues to take up.",
    ),
    (
        "intro_organizations",
        "¿Alguien conoce a alguien en el consulado de Guatemala? Necesitamos que vengan a la parroquia a tramitar pasaportes.",
        "Colaboro con la representación diplomática de ese país en Houston en sus jornadas móviles de documentos.",
    ),
    (
        "intro_organizations",
        "We'd like a regional hospital's residency program to rotate doctors through our free clinic.",
        "I'm the graduate medical education coordinator at Baystate, and our family medicine trainees need community sites.",
    ),
    (
        "intro_organizations",
        "Does anyone have a relationship with a national disability rights group?",
        "I'm on the policy board of the Arc of the United States and can get your issue to their advocacy staff.",
    ),
    (
        "intro_organizations",
        "Looking for a corporate partner in the outdoor industry to equip our kids' hiking club.",
        "I manage community relations at REI's Seattle headquarters, where we run a gear-sharing program for youth groups.",
    ),
    (
        "intro_organizations",
        "We need to get on the agenda of the county board of health.",
        "I'm vice chair of the appointed panel that sets disease-prevention rules for Washtenaw and we're setting next month's docket.",
    ),
    (
        "intro_organizations",
        "Is there someone who can connect us to the state's veterans affairs department for a benefits fair?",
        "I served as a claims supervisor in Texas's agency for former service members and still know their outreach staff.",
    ),
    (
        "intro_organizations",
        "We'd like to partner with a legal aid society on an expungement day.",
        "I'm on the board of Land of Lincoln, which runs record-sealing events across southern Illinois.",
    ),
    (
        "intro_organizations",
        "Looking for a connection to a major national foundation's local initiative in our city.",
        "I'm on the community advisory group for Kresge's Detroit program, which funds neighborhood groups.",
    ),
    (
        "intro_organizations",
        "Does anyone know how to get our robotics lessons into the summer camps run for Boy Scouts around here?",
        "I'm on the executive board of the Great Rivers Council, which runs merit badge weeks at its lakeside properties.",
    ),
    (
        "intro_organizations",
        "We want a cable or internet company to wire our affordable housing complex for free.",
        "I'm a regional vice president at Spectrum in charge of community broadband projects in upstate New York.",
    ),
    (
        "intro_organizations",
        "Our seniors keep falling for phone scams. Is there an institution that would run prevention sessions for them?",
        "I volunteer with the Better Business Bureau of the Tri-State area, whose fraud education staff give talks at retirement communities.",
    ),
    (
        "intro_organizations",
        "We need a college marching band for our Juneteenth parade. Who has a connection?",
        "I'm an alum booster for Grambling's World Famed Tigers and know their appearances coordinator.",
    ),
    (
        "intro_organizations",
        "Does anyone have an in with the port authority? We want to turn a waterfront lot into a fishing pier for kids.",
        "I sat on the harbor commission that manages Duluth's docks and shoreline properties for six years.",
    ),
    (
        "intro_organizations",
        "Looking for a children's hospital that would send child-life specialists to our pediatric cancer camp.",
        "I'm on the family advisory council at the big kids' medical center in Cincinnati, and their play therapy department does off-site retreats.",
    ),
    (
        "intro_organizations",
        "We want our mosque's youth to visit Congress on an advocacy day run by a national group.",
        "I'm a board member of the Muslim Public Affairs Council, which organizes Capitol Hill trips for young people.",
    ),
    (
        "intro_organizations",
        "Buscamos una fundación que apoye a productores agrícolas migrantes. ¿Alguien tiene contacto?",
        "Formo parte del consejo de Raíces del Valle, una entidad filantrópica del Valle Central que da becas y capacitación a campesinos.",
    ),
    (
        "intro_organizations",
        "Is there a way to get our program endorsed by the state's association of counties?",
        "I chaired the policy steering committee for the group that lobbies on behalf of all 99 Iowa boards of supervisors.",
    ),
    (
        "intro_organizations",
        "We'd like a cooperative extension nutrition program to teach cooking at our WIC office.",
        "I coordinate SNAP-Ed for Purdue in northern Indiana, and our educators run kitchen demos anywhere families gather.",
    ),
    (
        "intro_organizations",
        "Hoping to connect with a trade association of home builders to sponsor our youth construction academy.",
        "I'm president-elect of the Tulsa homebuilders' group, whose members are desperate to recruit young carpenters and framers.",
    ),
    (
        "intro_organizations",
        "Does anyone know someone at a national service program that could place members at our literacy center?",
        "I was a state director for AmeriCorps VISTA in Oregon and still know the folks who approve host sites.",
    ),
    (
        "intro_organizations",
        "We want a partnership with the regional council of governments on flood mitigation planning.",
        "I'm executive board secretary of the East Texas multi-county body that writes hazard plans for its member towns.",
    ),
    (
        "intro_organizations",
        "Looking for a big church that would adopt our elementary school as a mission partner.",
        "I'm an elder at Saddleback's Lake Forest campus, and our outreach ministry pairs congregations with public campuses.",
    ),
    (
        "intro_organizations",
        "Is there any way into a hospital's community health needs assessment process? Our neighborhood keeps getting left out.",
        "I helped write the triennial population survey for OhioHealth and know the team gathering input right now.",
    ),
    (
        "intro_organizations",
        "We'd like a university's journalism school to cover our town since the paper closed.",
        "I teach at Mizzou, where student newsrooms are adopting news deserts around the state.",
    ),
    (
        "intro_organizations",
        "¿Hay alguien con contactos en la Cruz Roja para dar talleres de preparación para huracanes en español?",
        "Soy voluntaria de la agencia humanitaria en Miami y coordino capacitaciones de emergencia para familias hispanohablantes.",
    ),
    (
        "intro_organizations",
        "Does anybody have an introduction to a national women's business group that could feature our cooperative?",
        "I'm on the chapter board of NAWBO in Phoenix, and we spotlight female-owned enterprises at the annual summit.",
    ),
    (
        "intro_organizations",
        "We need a power company's economic development office to look at our industrial park.",
        "I'm a site selection manager at Duke Energy and pitch locations in the Carolinas to manufacturers.",
    ),
    (
        "intro_organizations",
        "Looking for an agency that handles weatherization for low-income homeowners in our county.",
        "I'm on the board of the Community Action Partnership of Western Nebraska, which insulates and repairs furnaces for families on tight budgets.",
    ),
    (
        "intro_organizations",
        "Is there a connection to the state's poison control center for a safety night at our daycare?",
        "I'm a pharmacist at the 24-hour toxicology hotline housed at Children's Mercy, and our educators do parent workshops.",
    ),
    (
        "intro_organizations",
        "We'd like a regional airline to donate flights for our veterans' honor trip.",
        "I work in corporate giving at Alaska Air and manage comp tickets for charity travel.",
    ),
    (
        "intro_organizations",
        "Does anyone know someone at the local housing authority who decides on Section 8 landlord recruitment?",
        "I'm a commissioner at the public agency that administers rent vouchers in Duval and we're begging for new property owners to sign up.",
    ),
    (
        "intro_organizations",
        "We want our domestic violence shelter listed with the statewide coalition.",
        "I'm treasurer of the Virginia Action Alliance, which accredits and supports member programs.",
    ),
    (
        "intro_organizations",
        "Looking for an institution that trains therapy dogs, for visits to our memory care unit.",
        "I volunteer with Pet Partners, whose certified teams of handlers and animals make regular dementia ward rounds.",
    ),
    (
        "intro_organizations",
        "Hoping to get our youth podcast picked up by the public radio station.",
        "I'm on the community advisory board at WUNC, which airs student-produced segments on weekends.",
    ),
    (
        "intro_organizations",
        "Does anybody have a link to a national organization of Black churches that could spread our health campaign?",
        "I serve on the wellness commission of the Baptist convention that reaches thousands of African American congregations.",
    ),
    (
        "intro_organizations",
        "We need a manufacturing company that would host plant tours for our middle school girls.",
        "I run HR at the John Deere tractor works in Waterloo, and we open the assembly floor to student groups.",
    ),
    (
        "intro_organizations",
        "Is there anyone connected to the county parks district? We want to adopt the neglected pond.",
        "I'm a trustee on the forest preserve commission that manages open land around Naperville.",
    ),
    (
        "intro_organizations",
        "We'd like a big accounting firm to adopt our nonprofit for a pro bono audit.",
        "I'm a senior manager at Deloitte, where our impact day program matches teams with small charities.",
    ),
    (
        "intro_organizations",
        "Nuestra liga de fútbol infantil necesita un patrocinador corporativo. ¿Conocen alguna empresa?",
        "Trabajo en mercadeo en la cervecería regional de San Antonio y manejamos el presupuesto de apoyo a deportes comunitarios.",
    ),
    (
        "intro_organizations",
        "Looking for a rural electric cooperative that would partner on a broadband pilot.",
        "I sit on the board of Midwest Energy in western Kansas, which is stringing fiber along its power lines.",
    ),
    (
        "intro_organizations",
        "Does anyone know how to get our tiny town into the state's Main Street program?",
        "I worked for the downtown revitalization office at the Iowa Economic Development Authority and helped pick new communities.",
    ),
    (
        "intro_organizations",
        "We'd like a national organization of Hispanic engineers to mentor our robotics team.",
        "I'm the regional chair for SHPE in Texas and our chapters pair professionals with high school clubs.",
    ),
    (
        "intro_organizations",
        "Is there a connection anyone has to the state medical society?",
        "I'm a past president of the physicians' professional association in Oklahoma and still sit on its council.",
    ),
    (
        "intro_organizations",
        "We want to partner with a county library on a seed-to-table summer series.",
        "I serve on the trustee board for the Johnson branch system in Kansas, and their programming staff are planning June through August events now.",
    ),
    (
        "intro_organizations",
        "Looking for an in with the Department of Labor's job corps center nearby.",
        "I was a career counselor at the residential training campus for young adults in Excelsior Springs for nine years.",
    ),
    (
        "intro_organizations",
        "¿Conoce alguien una institución que dé clases de inglés gratis a adultos en la tarde?",
        "Soy coordinadora en el colegio comunitario de Yakima, que ofrece cursos nocturnos de ESL sin costo para mayores de 18.",
    ),
    (
        "intro_organizations",
        "Our after-school coding club wants a partnership with a big tech company's education arm.",
        "I'm a program manager on Google's CS First team, which supplies curriculum and staff volunteers for youth programs.",
    ),
    (
        "intro_organizations",
        "Does anyone have ties to the state's tourism office? Our festival needs to be on their calendar.",
        "I'm on the travel promotion board for Visit Mississippi, which decides which events are featured in its guides.",
    ),
    (
        "intro_organizations",
        "We need a health department's lead poisoning program to test homes in our neighborhood.",
        "I worked in environmental inspections at the city agency in Milwaukee that inspects old houses for paint hazards.",
    ),
    (
        "intro_organizations",
        "Hoping to partner with a national organization that fights hunger among rural seniors.",
        "I'm on the state advisory group of Meals on Wheels America, which links local delivery programs across the country.",
    ),
    (
        "volunteers",
        "We're repainting the fence around the elementary school this Saturday and need about twenty extra hands with brushes.",
        "The National Honor Society teens at Lincoln High owe forty service hours each semester and love outdoor projects.",
    ),
    (
        "volunteers",
        "Looking for folks who can drive seniors to medical appointments two mornings a week in the county.",
        "A handful of us retirees at the Elks lodge already shuttle neighbors to dialysis and would happily add riders.",
    ),
    (
        "volunteers",
        "Does anyone have people who could tutor third graders in reading after school? We have 45 kids on a waitlist.",
        "The sorority chapter at the state university runs a literacy service project and is short on placements this fall.",
    ),
    (
        "volunteers",
        "We need bodies to knock on doors for the library levy in the last two weekends before the vote.",
        "Our union local can turn out a dozen stewards for canvassing shifts any Saturday or Sunday.",
    ),
    (
        "volunteers",
        "Our food pantry distribution on Thursdays is short-staffed. Anyone who can sort and bag groceries from 3 to 6?",
        "My congregation's men's group has been looking for a weekly mission; most of them are retired and free afternoons.",
    ),
    (
        "volunteers",
        "We're building a wheelchair ramp for a veteran in Pike County and could use people who know their way around a saw.",
        "Our carpenters' apprenticeship class needs real-world practice hours, and the instructor brings the crew and tools.",
    ),
    (
        "volunteers",
        "Hoping to find mentors for young men coming out of juvenile detention, people willing to meet monthly for a year.",
        "Several deacons at our church have walked alongside returning citizens before and want to commit long term.",
    ),
    (
        "volunteers",
        "Need help staffing the registration tables at our health fair, about 12 shifts of two hours each.",
        "The Rotary club here encourages members to pick up service slots, and a few of us are glad to greet and sign people in.",
    ),
    (
        "volunteers",
        "We want to plant 300 trees along the creek in April. Who can show up with gloves and shovels?",
        "Our Scout troop and their parents do a spring conservation day every year and haven't picked a site yet.",
    ),
    (
        "volunteers",
        "Looking for bilingual folks who could sit with families during parent-teacher conferences and interpret.",
        "A group of moms from our mercado network speak Spanish and Mixteco and have offered to help at schools.",
    ),
    (
        "volunteers",
        "Anyone able to help us serve Thanksgiving dinner to roughly 400 guests at the shelter?",
        "Our bank branch gives every employee a paid service day, and about thirty of us want to use it around the holidays.",
    ),
    (
        "volunteers",
        "Necesitamos voluntarios para limpiar el parque del barrio antes de la fiesta patronal. Serían unas tres horas un sábado.",
        "Los jóvenes de la pastoral juvenil de nuestra parroquia siempre están dispuestos a echar una mano los fines de semana.",
    ),
    (
        "volunteers",
        "We're hosting a citizenship clinic and need people to check applications for completeness before the lawyers review them.",
        "Retired paralegals from our bar association auxiliary enjoy combing through forms for missing signatures and blanks.",
    ),
    (
        "volunteers",
        "Could use some strong backs to unload a semi of donated furniture on Tuesday morning.",
        "The wrestling team's off-season conditioning could easily include lifting couches for a good cause; coach is on board.",
    ),
    (
        "volunteers",
        "We're looking for people to call every senior in our precinct during the heat wave and check they're okay.",
        "Our phone tree ladies at the Methodist church already ring homebound members weekly and could extend their list.",
    ),
    (
        "volunteers",
        "Our youth soccer league lost half its coaches this year. Anyone who could run practices twice a week for U10 teams?",
        "A bunch of the guys from our firefighter station played in college and have been asking how to get involved with kids.",
    ),
    (
        "volunteers",
        "We need crossing guards for the walking school bus pilot, just 7:30 to 8:15 each school morning.",
        "Early-rising members of our dawn strolling group already loop the neighborhood and would wear vests and escort kids.",
    ),
    (
        "volunteers",
        "Who could help us knit or crochet 200 hats for newborns at the county hospital?",
        "Our quilting guild has forty members with yarn stashes and idle needles between quilt shows.",
    ),
    (
        "volunteers",
        "The community garden needs people to water beds during July while our regular gardeners are away.",
        "Kids in our summer day camp need a daily outdoor activity, and counselors could walk them over with hoses and sprinkling cans.",
    ),
    (
        "volunteers",
        "We're recording oral histories of farmworkers and need people to transcribe hours of audio.",
        "Students in my Chicano studies seminar need a community research assignment and several type fast in both languages.",
    ),
    (
        "volunteers",
        "Looking for a crew to help rebuild after the flood, mostly mucking out basements and pulling drywall.",
        "Our Mennonite disaster service group deploys teams within a week of a storm, self-sufficient with tools and meals.",
    ),
    (
        "volunteers",
        "Need help stuffing and stamping 5,000 mailers for the annual appeal before the end of the month.",
        "Residents at our assisted-living facility enjoy seated projects and have done envelope assembly lines before.",
    ),
    (
        "volunteers",
        "We'd love people to read aloud to patients in the pediatric ward on weekends.",
        "The drama club at our community college is eager for performance opportunities beyond the stage.",
    ),
    (
        "volunteers",
        "Does anyone have folks who could help seniors file their taxes this spring?",
        "Our accounting department's honor students get course credit for running free return preparation sites.",
    ),
    (
        "volunteers",
        "We need people to staff our warming center overnight during the January cold snap, 10pm to 6am.",
        "Night-shift nurses from our hospital's employee council offered to cover graveyard hours on their days off.",
    ),
    (
        "volunteers",
        "Help wanted building raised garden beds at the reservation's elder center, about ten beds in one day.",
        "Our tribal college's construction trades cohort wants a hands-on community project before graduation.",
    ),
    (
        "volunteers",
        "Our after-school robotics club has more kids than adults. Need a couple of grown-ups on Wednesdays.",
        "Several engineers at our plant want to give back and our manager lets us leave early midweek for service.",
    ),
    (
        "volunteers",
        "Looking for people who can sit with residents at the memory care home so families can take a break.",
        "Our hospice companion training graduates are ready for placements and are comfortable with dementia.",
    ),
    (
        "volunteers",
        "We're short on referees and scorekeepers for the Special Olympics regional meet next month.",
        "The Kiwanis Key Club at our high school has sixty members hungry for hours and loves sporting events.",
    ),
    (
        "volunteers",
        "Anyone have a group that could clean up the cemetery where our town's Civil War veterans are buried?",
        "Our American Legion post adopts a historic site each Memorial Day season and hasn't chosen one this year.",
    ),
    (
        "volunteers",
        "We need teens who could help older adults learn to use smartphones at the library, once a week.",
        "My granddaughter's youth group is trying to launch a tech buddies program and needs somewhere to start.",
    ),
    (
        "volunteers",
        "Buscamos personas que puedan cuidar a los niños mientras los padres toman clases de inglés los martes por la noche.",
        "Varias abuelas de nuestro comité de madres se ofrecen a entretener a los pequeños en el salón de al lado.",
    ),
    (
        "volunteers",
        "Our voter registration drive at the county fair needs people at the booth across all five days.",
        "The League chapter here has a dozen certified deputies itching to sign up newly eligible citizens in public settings.",
    ),
    (
        "volunteers",
        "We're putting on a 5K and need course marshals at every turn and water station.",
        "Our running club members take turns racing and volunteering; plenty of them would rather hand out cups this time.",
    ),
    (
        "volunteers",
        "Can anyone help us repair bikes for kids who don't have one? We have a garage full of donated frames.",
        "A few of us at the cycling co-op fix wheels and brakes as a hobby and could hold a wrench night monthly.",
    ),
    (
        "volunteers",
        "Need people to walk dogs at the county animal shelter, which is overwhelmed after the hoarding case.",
        "Our middle school's service-learning class needs a weekly placement and the parents already signed waivers.",
    ),
    (
        "volunteers",
        "We want to pair each refugee family arriving this spring with a local household to help them settle in.",
        "Our mosque's welcome committee includes about fifteen couples who'd each like to adopt newcomers and show them the ropes.",
    ),
    (
        "volunteers",
        "Looking for people who can help run a booth every Saturday at the farmers market through October.",
        "Two of our master gardener interns need public-facing hours to finish certification.",
    ),
    (
        "volunteers",
        "We need a few people to help count attendance and hand out surveys at our town hall forums.",
        "Our political science club wants practical civic experience and can send four students to each event.",
    ),
    (
        "volunteers",
        "Anyone know a group that could paint a mural on the side of the youth center with kids?",
        "Art majors at my college need a public project for their capstone and would lead the neighborhood teens.",
    ),
    (
        "volunteers",
        "We're short on adults to chaperone the eighth-grade trip to the state capitol. Need six by next Friday.",
        "Three dads from our barbershop's Saturday morning crew have cleared their calendars and want to ride the bus with the kids.",
    ),
    (
        "volunteers",
        "Our Habitat build is stuck because we don't have enough people who can frame walls on weekdays.",
        "I run a roofing company and during the slow season my guys get paid to put in a couple of service days a month.",
    ),
    (
        "volunteers",
        "Need people to help with intake at the free dental clinic weekend, mostly clipboards and directing patients.",
        "Students on the university's pre-health track who hope to become hygienists and orthodontists have been asking for exposure to community care.",
    ),
    (
        "volunteers",
        "Looking for folks to help elderly homeowners rake leaves and clean gutters before winter.",
        "Our football team does a Saturday of yard work every November as part of its team-building tradition.",
    ),
    (
        "volunteers",
        "We need someone to staff our clothing closet two afternoons a week, folding and helping families pick sizes.",
        "I'm a retired department store buyer with an empty weekday schedule and a knack for organizing racks.",
    ),
    (
        "volunteers",
        "Does anyone have people who could build a playground in one day? The kit arrives June 3rd.",
        "Our company's annual day of service falls right after Memorial Day, and we're seeking a project for about 80 employees.",
    ),
    (
        "volunteers",
        "Our literacy council needs adults who can meet one-on-one with grown learners who never learned to read.",
        "Several retired schoolteachers in our AARP chapter have said they miss teaching and want a weekly commitment.",
    ),
    (
        "volunteers",
        "Can anyone round up people to pick leftover apples in the orchards for the gleaning project?",
        "Our 4-H clubs across the county do a fall harvest service outing and the families bring pickup trucks.",
    ),
    (
        "volunteers",
        "Necesitamos gente que ayude a repartir despensas a familias que no pueden salir de casa.",
        "Nuestra cooperativa de taxistas tiene choferes que podrían hacer entregas en sus horas libres sin cobrar.",
    ),
    (
        "volunteers",
        "We need people to sit in on city council meetings and take notes for our civic watch newsletter.",
        "Journalism students at the community college need to log coverage of public hearings for their reporting class.",
    ),
    (
        "volunteers",
        "Looking for volunteers who can cook a hot meal once a month for our family shelter, about 60 portions.",
        "Our small group from Grace Fellowship rotates dinner duty for a men's mission downtown and wants to add a second site.",
    ),
    (
        "volunteers",
        "We need some muscle to move the food bank into its new warehouse over the long weekend.",
        "The National Guard armory unit does community support drills and the sergeant asked me for ideas.",
    ),
    (
        "volunteers",
        "Our reading garden needs a weeding crew. Just a couple of hours on a weekday morning.",
        "The retirees in my Tai Chi class meet right by there on Tuesdays and wanted a hands-on project afterward.",
    ),
    (
        "volunteers",
        "Does anyone know people who could help set up and tear down chairs and tables for our Juneteenth festival?",
        "My fraternity chapter has pledges who need hours and we're strong and punctual.",
    ),
    (
        "volunteers",
        "We're looking for caring adults to be pen pals with kids in foster care.",
        "Our book club of twelve women has been wanting to do something meaningful that fits around our jobs.",
    ),
    (
        "volunteers",
        "Anyone with a group that could help with a trash pickup along the highway we adopted? It's a two-mile stretch.",
        "Our motorcycle club rides that route every weekend and would gladly bag litter on it once a quarter.",
    ),
    (
        "volunteers",
        "We need people who are good with kids to run crafts at the library's summer reading kickoff.",
        "Our Girl Scout leaders and older Cadettes love leading art stations and have supplies from past events.",
    ),
    (
        "volunteers",
        "Our election protection hotline needs people answering calls on election day from 6am to 9pm.",
        "About twenty members of our law school's public interest society want to spend the day helping voters.",
    ),
    (
        "volunteers",
        "Looking for people willing to be trained as peer counselors for the suicide prevention warmline.",
        "Our veterans' support circle has several members who've been through crisis themselves and want to give back.",
    ),
    (
        "volunteers",
        "We need extra hands on the river cleanup. Last year we pulled 2 tons of tires and trash.",
        "Our kayak outfitters' staff and regulars float that stretch weekly and could bring boats and grabbers.",
    ),
    (
        "volunteers",
        "Hoping to find retired folks to be classroom grandparents in our kindergarten rooms a few hours a week.",
        "Our senior center has a dozen regulars who say the best part of their week is time with little ones.",
    ),
    (
        "volunteers",
        "We need lots of people on the phones for our annual radiothon this spring.",
        "Our insurance agency's staff can take turns manning lines in shifts; they're good on calls and hold a lot of patience.",
    ),
    (
        "volunteers",
        "Could use some help covering shifts at the thrift store while our manager is on leave.",
        "My husband and I just retired from running a hardware business and we'd enjoy working a register again a few days a week.",
    ),
    (
        "volunteers",
        "Necesitamos personas que enseñen a los jóvenes a arreglar carros en el taller comunitario los sábados.",
        "Soy mecánico jubilado y varios compañeros del sindicato de transporte también quieren compartir lo que saben.",
    ),
    (
        "volunteers",
        "We're building a little free library at every bus stop in town. Anyone who can assemble and install them?",
        "Our shop class has been making birdhouses all year and is ready for a bigger woodworking challenge.",
    ),
    (
        "volunteers",
        "Looking for folks to help set up cots and supplies when the emergency shelter opens during storms.",
        "Our CERT team members are trained in disaster response and on call during severe weather.",
    ),
    (
        "volunteers",
        "We'd love some people to welcome newcomers at our neighborhood association meetings and make them feel at home.",
        "I'm a realtor and a natural greeter, and my colleague and I always befriend the new families on the block.",
    ),
    (
        "volunteers",
        "Anyone able to help us sort and shelve 10,000 donated books for the prison library program?",
        "Members of our information science graduate cohort want hands-on cataloguing experience and will bring a team.",
    ),
    (
        "volunteers",
        "Our hunger walk needs people at rest stops handing out water and snacks along the five-mile route.",
        "The cheerleaders and band parents at our high school would gladly cheer walkers on and staff tables.",
    ),
    (
        "volunteers",
        "We need help turning an empty lot into a pocket park: clearing brush, laying mulch, putting in benches.",
        "Our landscaping firm shuts down for a day each spring so the crew can do a neighborhood beautification project.",
    ),
    (
        "volunteers",
        "Looking for people to visit nursing home residents who never get visitors, even just once a month.",
        "Our youth choir likes to sing for elders and the kids enjoy staying to chat after the songs.",
    ),
    (
        "volunteers",
        "We need interpreters fluent in ASL to accompany Deaf residents to the town's budget hearings.",
        "Students in our community college's signing program need supervised field hours in public settings.",
    ),
    (
        "volunteers",
        "Can anybody help staff the cooling station at the park during the August heat advisory?",
        "Off-duty lifeguards from our aquatic center are CPR-certified and available midday on weekdays.",
    ),
    (
        "volunteers",
        "We want to run a weekly homework club at the housing complex. Need tutors for middle-school math.",
        "The engineering honor society on campus sends students into the community every week and they love algebra.",
    ),
    (
        "volunteers",
        "Does anyone know people who'd help rebuild the hiking trail that washed out last spring?",
        "Our conservation corps crew is funded for summer work and still needs projects for July and August.",
    ),
    (
        "volunteers",
        "We need a few people to take photos at our gala and help with the check-in line.",
        "Two of us in the camera club shoot events for fun and would welcome the excuse to dress up.",
    ),
    (
        "volunteers",
        "Looking for someone to help older farmers repair fences after the tornado ripped through the section.",
        "Our FFA chapter students have been itching to help with storm recovery and can bring post drivers.",
    ),
    (
        "volunteers",
        "We need people to answer questions and pass out flyers about the new recycling rules door to door.",
        "The eco-club at our high school wants to do a neighborhood outreach campaign for environmental science credit.",
    ),
    (
        "volunteers",
        "Our veterans' stand-down event needs barbers and folks who can serve lunch to 300 vets.",
        "My cosmetology school students need practice hours and love giving free cuts at community gatherings.",
    ),
    (
        "volunteers",
        "Necesitamos voluntarios que acompañen a familias a sus citas en la corte de inmigración.",
        "Un grupo de estudiantes de derecho de la universidad quiere ir con ellas a las audiencias y ya recibió capacitación.",
    ),
    (
        "volunteers",
        "We're opening a community fridge and need people to check it daily, toss spoiled items, and wipe it down.",
        "Our apartment building's tenant council lives right across the street and several retirees there said they'd take turns.",
    ),
    (
        "volunteers",
        "Anyone have a crowd that could fill sandbags if the river crests Thursday?",
        "Our prison ministry has a work-release crew approved for emergency community labor, plus the church youth.",
    ),
    (
        "volunteers",
        "We need adults to run a mock job interview day for high school seniors, maybe 25 interviewers.",
        "Our HR managers' association likes practicing with young people and several members could spend a morning.",
    ),
    (
        "volunteers",
        "Our Little League concession stand is closed because nobody has time to run it on game nights.",
        "The band boosters want a fundraising gig and would happily sell hot dogs in exchange for a cut of sales.",
    ),
    (
        "volunteers",
        "Looking for people to help write thank-you notes to 800 donors in the next two weeks.",
        "Residents at our retirement village have beautiful penmanship and weekly craft time they'd turn over to cards.",
    ),
    (
        "volunteers",
        "We need a few people who can stand with our clinic's patients and escort them past protesters.",
        "Several women in our faith-based reproductive justice circle have done this kind of accompaniment before.",
    ),
    (
        "volunteers",
        "Hoping to find some folks to teach financial literacy to teens at the Boys and Girls Club.",
        "Our credit union's tellers and loan officers each get four hours a month of paid community time.",
    ),
    (
        "volunteers",
        "We're running a free tax clinic on the reservation and need people to greet and schedule appointments.",
        "Our tribal youth council members want job experience and are comfortable speaking Lakota with elders.",
    ),
    (
        "volunteers",
        "We need people to help elderly residents fill out the heating assistance applications before the deadline.",
        "Our social work students have practicum hours to complete and have been trained on the state benefits forms.",
    ),
    (
        "volunteers",
        "Does anyone know a group that could staff a first aid tent at our county fair?",
        "Our EMT class cohort needs ride-along and event coverage hours before certification.",
    ),
    (
        "volunteers",
        "We're hoping some folks could play music for the residents at the VA home once a month.",
        "Our bluegrass jam crowd meets every Thursday anyway and would happily move it over there sometimes.",
    ),
    (
        "volunteers",
        "Buscamos quien pueda dar clases de costura a señoras recién llegadas que quieren emprender.",
        "En nuestro taller de modistas hay tres mujeres con años de experiencia deseosas de apoyar a otras.",
    ),
    (
        "volunteers",
        "We need monitors in the polling places to watch for irregularities in the primary.",
        "Our party's county committee has a trained bench of election observers who aren't assigned anywhere yet.",
    ),
    (
        "volunteers",
        "Looking for people who can build a few hundred hygiene kits for the outreach van.",
        "Our Sunday school classes do an assembly project in Lent and were looking for a good cause this year.",
    ),
    (
        "volunteers",
        "We're desperate for foster homes for dogs while the shelter is under renovation.",
        "Several families in our co-op of parents who teach their own kids have big yards and want a responsibility project for the kids.",
    ),
    (
        "volunteers",
        "Anyone who can take grocery orders by phone for seniors who don't use the internet?",
        "I'm laid up after surgery with all day free, and I'm a patient listener on a call.",
    ),
    (
        "volunteers",
        "We need about fifteen people to count birds on the annual Christmas census in the wildlife refuge.",
        "Our Audubon chapter members are avid birders and several are free that weekend.",
    ),
    (
        "volunteers",
        "Does anyone have a group that could dig the trench for the community water line in our colonia?",
        "Our church youth from three counties over come down every summer for a mission week of physical labor.",
    ),
    (
        "volunteers",
        "We need greeters and ushers for the interfaith Thanksgiving service, about ten people.",
        "The hospitality committee at our synagogue would gladly partner and do the welcoming at the doors.",
    ),
    (
        "volunteers",
        "Our rural fire department is thin on volunteer firefighters for weekday daytime calls.",
        "Several of the farmers on our co-op board work near town during business hours and are interested in getting certified.",
    ),
    (
        "volunteers",
        "We need adults to help kids build model rockets at our STEM night. It gets chaotic.",
        "Our aerospace company's outreach team loves launching things with children and brings its own supplies.",
    ),
    (
        "volunteers",
        "Looking for volunteers to spend time with hospice patients whose families live far away.",
        "Our parish's Stephen Ministers are trained in one-on-one caring presence and are between assignments.",
    ),
    (
        "volunteers",
        "Our tenants' union needs people to document building conditions with photos in each apartment.",
        "Members of our urban planning student association want fieldwork and each has a phone and a free weekend.",
    ),
    (
        "volunteers",
        "We need someone to lead a weekly walk group for diabetic patients at the clinic.",
        "I'm a retired PE teacher who walks five miles every morning and would enjoy company.",
    ),
    (
        "volunteers",
        "Anyone have people who could host international students for Thanksgiving dinner?",
        "About a dozen families in our Rotary club have spare seats at the table every November.",
    ),
    (
        "volunteers",
        "We're cleaning out a hoarder's house for a widow who's about to lose it to code enforcement.",
        "Our junk-hauling small business will send a crew and a truck for a day, no charge, for a neighbor in need.",
    ),
    (
        "volunteers",
        "Looking for volunteers who can read and record audiobooks for blind patrons.",
        "Several retired radio announcers in our broadcasters' club have booming voices and a lot of free time.",
    ),
    (
        "volunteers",
        "We need people to pass out water and sunscreen at the Pride parade.",
        "Our PFLAG chapter parents want to show up visibly and would love a station along the route.",
    ),
    (
        "volunteers",
        "Our after-prom party needs chaperones who'll stay up from midnight to 5am.",
        "A crew of night-owl grandparents from our bowling league said they'd keep an eye out until sunrise.",
    ),
    (
        "volunteers",
        "We need help running kids' games at the church picnic, sack races and the like.",
        "The teens in our confirmation class need to complete service projects before spring.",
    ),
    (
        "volunteers",
        "Necesitamos más gente para tocar puertas y censar a las familias del barrio este mes.",
        "El club de jóvenes de la biblioteca quiere recorrer las calles y contar a todos; ya tienen chalecos y tabletas.",
    ),
    (
        "volunteers",
        "Anyone know volunteers who could do light home repairs for low-income seniors, like fixing leaky faucets?",
        "Our retired plumbers and electricians from the building trades council have offered to do small jobs for free.",
    ),
    (
        "volunteers",
        "We're trying to get all the soldiers' graves in the county decorated with flags before Memorial Day.",
        "Our Cub Scout pack does this every year at one cemetery and could easily cover two more.",
    ),
    (
        "volunteers",
        "We need staff for a kids' coding camp for one week in July, mornings only.",
        "The computer science majors in our campus hackathon club want summer service with children.",
    ),
    (
        "volunteers",
        "Could anyone help us man a table at the gun show to give out free locks and talk safe storage?",
        "Our sportsmen's club members already attend those shows and are respected voices on responsible ownership.",
    ),
    (
        "volunteers",
        "Our immigrant welcome center needs people who can give rides to English classes at night.",
        "Members of our carpool network work downtown and drive back through that neighborhood around six.",
    ),
    (
        "volunteers",
        "We want to start a community choir for people with Parkinson's and need singers to support them.",
        "Our church's altos and tenors would gladly join in to help the new group sound full.",
    ),
    (
        "volunteers",
        "Looking for sewers to make weighted blankets for children with autism.",
        "Our quilting circle at the county extension office meets weekly and is between projects.",
    ),
    (
        "volunteers",
        "Need a team to spruce up the teachers' lounge at the high school over spring break.",
        "Our interior design class students and a few parent contractors would love a makeover project.",
    ),
    (
        "volunteers",
        "Can anyone help serve breakfast at the warming shelter before dawn?",
        "The early-shift bakers from our bakery finish their prep by five and could swing by to plate eggs.",
    ),
    (
        "volunteers",
        "We need a couple dozen people to help set up the Christmas lights display in the town square.",
        "Our electrical workers' local does a holiday decorating project every year and hasn't picked a spot.",
    ),
    (
        "volunteers",
        "Looking for mentors who can meet with first-generation college students monthly over video.",
        "Our alumni association has hundreds of grads spread across the country who keep asking how to give back.",
    ),
    (
        "volunteers",
        "Our animal rescue needs people to transport dogs from rural shelters to the city, about three hours each way.",
        "A few of us in the RV owners' club are retired and road-trip constantly; happy to carry a crate or two.",
    ),
    (
        "volunteers",
        "Necesitamos quien cuide a los bebés y niños pequeños mientras las mamás asisten al taller de liderazgo los sábados.",
        "Las alumnas del programa de educación infantil del colegio comunitario deben cumplir horas supervisadas antes de sacar su licencia.",
    ),
    (
        "volunteers",
        "Anyone know a group that can help paint the houses of elderly homeowners on Main Street?",
        "Our high school's senior class does a service week before graduation and needs a project.",
    ),
    (
        "volunteers",
        "We need extra hands to serve the community meal during Ramadan iftars this year, every night for a month.",
        "The youth in our interfaith council, Christian and Jewish alike, want to stand with their Muslim neighbors.",
    ),
    (
        "volunteers",
        "Looking for coaches for our girls' wrestling program. It's new and the dads are overwhelmed.",
        "Two women from our police department grappled in college and want to be role models for young athletes.",
    ),
    (
        "volunteers",
        "Necesitamos voluntarios para ayudar con la cosecha del huerto escolar antes de que empiecen las lluvias.",
        "Los abuelos del club de jubilados son campesinos de toda la vida y con gusto les enseñan a los niños a recoger.",
    ),
    (
        "volunteers",
        "We're putting up a village of tiny homes and need people who can roof and side them.",
        "Our vocational high school's construction program has twenty students and a licensed teacher looking for a live build site.",
    ),
    (
        "volunteers",
        "Could anyone send people to help sort donations in the hurricane relief warehouse?",
        "Our company bowling league voted to skip the season and give those nights to service instead.",
    ),
    (
        "volunteers",
        "We need storytellers to sit with kids at the Native youth culture camp.",
        "Our elders' circle carries the old stories and a few of them would make the drive up to the lake.",
    ),
    (
        "volunteers",
        "Nos faltan personas para recibir y registrar a los donantes en la campaña de sangre del sábado.",
        "En mi agencia de seguros el equipo quiere apoyar; varios estamos libres los fines de semana y somos buenos con el papeleo.",
    ),
    (
        "volunteers",
        "We need adults willing to sit on reentry circles for formerly incarcerated people coming home.",
        "Our Quaker meeting has members trained in restorative practices who want to support returning neighbors.",
    ),
    (
        "volunteers",
        "Anyone able to help run the bingo night at the senior center? Our caller moved away.",
        "I used to be an auctioneer and have the voice for it, plus my wife loves running the cards.",
    ),
    (
        "volunteers",
        "We need people who'll make weekly check-in visits to isolated veterans in the hills.",
        "The VFW auxiliary ladies already deliver casseroles out there and would add regular stops to sit and chat.",
    ),
    (
        "volunteers",
        "Can anyone round up a bunch of folks to pack backpacks with school supplies for 1,200 kids?",
        "Our car dealership's staff does an assembly event each August before classes start and has its own tables.",
    ),
    (
        "volunteers",
        "We're running summer lunch at the park and need servers Monday through Friday, noon to 1.",
        "Our retired teachers' association members are free midday and love seeing the kids between June and August.",
    ),
    (
        "volunteers",
        "Does anyone have people to help clear snow off the walks of homebound residents this winter?",
        "Our high school hockey team needs conditioning and could shovel out twenty driveways before practice.",
    ),
    (
        "volunteers",
        "We need lay advocates to accompany domestic violence survivors to court hearings.",
        "Several women in our Junior League took a victim support course and want to be assigned.",
    ),
    (
        "volunteers",
        "Looking for musicians to play at our street festival for free. Six sets between noon and 6.",
        "The jazz combo and mariachi group from our conservatory need gigs for their performance requirement.",
    ),
    (
        "volunteers",
        "We need people to teach ESL classes to farmworkers in the evenings.",
        "Our TESOL certificate students need practicum hours and some drive out to the valley anyway.",
    ),
    (
        "volunteers",
        "Necesitamos gente que ayude a pintar el centro comunitario antes de la inauguración en mayo.",
        "Los trabajadores de nuestra empresa de construcción donan un sábado al mes y traen sus propias brochas y escaleras.",
    ),
    (
        "volunteers",
        "Does anyone have a few people who could deliver meals to shut-ins on the holiday when regular drivers are off?",
        "Our Jewish community center's Christmas Day mitzvah project always needs assignments for families.",
    ),
    (
        "volunteers",
        "We need bilingual poll workers in Vietnamese for the upcoming election.",
        "Our Little Saigon mutual aid society has members fluent in both tongues who've asked how to serve on voting day.",
    ),
    (
        "volunteers",
        "Looking for volunteers to read to kids over Zoom while their parents work evening shifts.",
        "Homebound members of our church have tablets and want a way to connect with young people.",
    ),
    (
        "volunteers",
        "We need judges for the regional science fair, about 40 people with a STEM background.",
        "Our engineering firm encourages staff to spend a Saturday evaluating student projects each year.",
    ),
    (
        "volunteers",
        "Anyone have a group that could help us clean out and reorganize the emergency food storage room?",
        "Our professional organizers' guild does one pro bono makeover per quarter and is looking for the next.",
    ),
    (
        "volunteers",
        "We're recruiting adults to be Big Brothers for boys on the east side waitlist.",
        "Our fraternity alumni chapter has a lot of guys in their thirties who keep saying they want to mentor.",
    ),
    (
        "volunteers",
        "Our county historical society needs docents to keep the museum open on Sundays.",
        "Retired social studies teachers in our book club would love to give tours and talk local lore.",
    ),
    (
        "volunteers",
        "We need people to help us build a community pantry shed outside the library.",
        "My carpentry class at the trade school needs a real-world project for the semester's final grade.",
    ),
    (
        "volunteers",
        "Looking for people with strong stomachs to help clean up after the chicken processing day at the co-op.",
        "Our FFA poultry team is used to the mess and would come scrub and hose down for the experience.",
    ),
    (
        "volunteers",
        "We need some helpers to run the coat drive at the middle school in November.",
        "The student council at Central High wants a cross-campus service project this fall.",
    ),
    (
        "volunteers",
        "Can anyone spare people to read the Declaration aloud at our Fourth of July event?",
        "Our Toastmasters club members are always hunting for chances to speak in public.",
    ),
    (
        "volunteers",
        "Necesitamos personas que acompañen a los adultos mayores a vacunarse contra la gripe.",
        "Los estudiantes de enfermería del colegio comunitario buscan horas de práctica y quieren trabajar en el barrio.",
    ),
    (
        "volunteers",
        "We need volunteers for our youth orchestra's instrument petting zoo at the fair.",
        "Local members of the symphony's musicians' union do community outreach and can bring violins and brass.",
    ),
    (
        "volunteers",
        "Looking for people to pitch in for a park cleanup on Earth Day, especially with trucks.",
        "Our landscaping contractors' association members each pledge a crew and a dump trailer every April.",
    ),
    (
        "volunteers",
        "We want people to be Santa's helpers, wrapping gifts for foster children in December.",
        "Our teachers' union local throws a paper-and-ribbon party every holiday season and invites members' families.",
    ),
    (
        "volunteers",
        "We're looking for help staffing an overnight shelter for youth experiencing homelessness.",
        "Our young adults' ministry is ready to commit to a weekly graveyard-shift rotation.",
    ),
    (
        "volunteers",
        "Does anyone know of folks who'd work the phones on Giving Tuesday to thank donors?",
        "Our Junior Achievement alumni like practicing their call etiquette and a dozen could come in after class.",
    ),
    (
        "volunteers",
        "Buscamos choferes para llevar arbolitos de Navidad a familias de bajos recursos en diciembre.",
        "Los rancheros de nuestra asociación ganadera tienen camionetas y andan libres una vez que termina la cosecha.",
    ),
    (
        "amplification",
        "We need more families to know our free summer meal sites exist. Participation was half of last year's.",
        "Our school district texts every parent weekly, and I control what goes in the Friday bulletin.",
    ),
    (
        "amplification",
        "How do we get the word out about the bond measure to rural voters who don't use social media?",
        "I host the morning farm report on the AM station that every grain elevator and co-op has playing.",
    ),
    (
        "amplification",
        "Looking for people who'd testify at the county commission in favor of the new bike lanes.",
        "Our cycling club has 300 members and a track record of filling hearing rooms in matching jerseys.",
    ),
    (
        "amplification",
        "Our vaccine clinic is under-attended in the Haitian community. How do we reach them?",
        "I do a Kreyòl call-in show on Sunday afternoons with a loyal audience across the metro.",
    ),
    (
        "amplification",
        "We'd love some coverage of our youth robotics team before they go to nationals.",
        "I write the community features column for the regional daily and am always hunting for good kid stories.",
    ),
    (
        "amplification",
        "We want the mayor's office to take our housing proposal seriously. Who could lend credibility?",
        "Our chamber of commerce board would consider a formal letter of support if the plan helps recruit workers.",
    ),
    (
        "amplification",
        "Our new mental health hotline needs to be known by teens. Any ideas how to reach them?",
        "I manage the athletic department's Instagram, which has more student followers than any account in the district.",
    ),
    (
        "amplification",
        "Looking for a chance to present our literacy program to business leaders in town.",
        "I chair the speaker committee for the downtown Rotary lunch, and we book a guest every week.",
    ),
    (
        "amplification",
        "We need signatures on our petition for a stoplight at the dangerous intersection by the school.",
        "Our PTA has an email list of 1,800 parents and we can push it out with a note from the president.",
    ),
    (
        "amplification",
        "How can we let veterans know about the new benefits navigator at the library?",
        "Our American Legion post prints a monthly newsletter that goes to every member in three counties.",
    ),
    (
        "amplification",
        "Queremos que más familias latinas sepan de las clínicas gratuitas de vacunación. ¿Alguien tiene contactos en medios?",
        "Tengo un programa de radio en español todas las mañanas y con gusto entrevisto a una enfermera de ustedes.",
    ),
    (
        "amplification",
        "We need more churches to sign on to our letter opposing the payday lending expansion.",
        "As president of the ministerial alliance I can bring this to our 40 pastors at the monthly breakfast and ask for names.",
    ),
    (
        "amplification",
        "How do we tell farmers about our new cost-share program for cover crops?",
        "I edit the county extension's quarterly magazine, which lands in every farm mailbox in the district.",
    ),
    (
        "amplification",
        "Our mural festival needs buzz. We want people driving in from the next towns over.",
        "My travel blog about small-town road trips gets about 40,000 readers a month in the region.",
    ),
    (
        "amplification",
        "We want the school board to hear from actual students about later start times.",
        "Teen class officers at Roosevelt High are fired up about sleep and would pack the public comment line.",
    ),
    (
        "amplification",
        "Need to spread the word about our job fair for people with criminal records.",
        "Our reentry council's Facebook group has 6,000 members, mostly returning citizens and their families.",
    ),
    (
        "amplification",
        "Is there anyone who could get our story about the water crisis in front of state legislators?",
        "I produce the public television weekly on capitol politics and am booking segments for next month.",
    ),
    (
        "amplification",
        "We're launching a campaign to get people to register as organ donors in the Black community.",
        "Our barbershop network's owners have agreed before to put posters up and talk it up with clients in the chair.",
    ),
    (
        "amplification",
        "Could anyone help us get attention for the rally against the landfill expansion?",
        "I have about 90,000 followers on TikTok and mostly post about environmental justice in the South.",
    ),
    (
        "amplification",
        "We want our plan for a downtown grocery store to get endorsed by respected local figures.",
        "As a former three-term mayor I'd be glad to put my name on it and speak at the announcement.",
    ),
    (
        "amplification",
        "Our hospice program isn't known in the Korean community at all. Help?",
        "I publish a weekly paper in Hangul distributed at every Asian grocery and church in the metro.",
    ),
    (
        "amplification",
        "Looking for venues to tell our story. We've been working on homelessness for 20 years and few know it.",
        "I book the lineup for a monthly true-tales night downtown that sells out and gets podcast distribution.",
    ),
    (
        "amplification",
        "We need to let parents know that kindergarten registration is open and the deadline is soon.",
        "Our pediatric practice sends reminder texts to 12,000 families and we can add a note to the next batch.",
    ),
    (
        "amplification",
        "We need someone influential to champion our rural broadband plan in the legislature.",
        "I'm on the board of the electric cooperative association, and our lobbyists talk to every farm-country senator weekly.",
    ),
    (
        "amplification",
        "How can we make sure Native voters know about the polling place changes on the reservation?",
        "I host the tribal radio station's evening show and announcements air in both English and Navajo.",
    ),
    (
        "amplification",
        "Our tenant union wants the press to show up for the rent strike announcement.",
        "I used to be the metro editor and still have reporters at every outlet in town who'll take my call.",
    ),
    (
        "amplification",
        "We'd love for the bishops to mention our refugee resettlement work.",
        "I coordinate communications for the diocese and can put a story in the Catholic weekly that goes to every parish.",
    ),
    (
        "amplification",
        "We want to let seniors know about the fraud prevention workshops. Many don't go online.",
        "Our Meals on Wheels drivers hand out a printed flyer with every delivery to 900 homes.",
    ),
    (
        "amplification",
        "We're trying to build public support for keeping the rural hospital open. How?",
        "Our farm bureau chapter can pass a resolution and send it to every member and to the governor's office.",
    ),
    (
        "amplification",
        "Our podcast about local history needs listeners. Any help getting it out there?",
        "I do the morning drive show on the classic rock station and love plugging hometown stuff.",
    ),
    (
        "amplification",
        "Who could help us get young people excited to vote in the municipal election?",
        "I'm a hip-hop artist with a following in the city and I'd record a short video or perform at an event.",
    ),
    (
        "amplification",
        "We want to tell immigrant workers about their wage theft rights. Most are afraid of government flyers.",
        "Our soccer league has 80 teams of mostly Central American and West African men, and the captains pass along anything we trust.",
    ),
    (
        "amplification",
        "Looking for someone to write an op-ed with us on the childcare shortage.",
        "I've published pieces in the state's two biggest papers and know both editorial page editors.",
    ),
    (
        "amplification",
        "Necesitamos correr la voz sobre la feria de salud en la iglesia. ¿Quién nos ayuda?",
        "Administro un grupo de WhatsApp de más de 2,000 madres hispanas del condado y puedo compartir el volante.",
    ),
    (
        "amplification",
        "We're trying to convince the county to fund a crisis response team. Who would speak for us?",
        "Our police chief has said publicly that officers shouldn't be the only ones sent to mental health calls and would say so at the hearing.",
    ),
    (
        "amplification",
        "How can we get businesses downtown to hear about the new façade improvement grants?",
        "As head of the merchants' association I send a weekly email and can bring it up at our breakfast meeting.",
    ),
    (
        "amplification",
        "Our farmers market wants more SNAP shoppers to know we double their benefits.",
        "The county social services office includes inserts in every EBT renewal letter and I can ask about adding one.",
    ),
    (
        "amplification",
        "We need parents at the legislature on advocacy day to talk about special education funding.",
        "Our disability family network has a phone tree of 500 households, many of whom have testified before.",
    ),
    (
        "amplification",
        "Anyone with a platform that could boost our crowdfunding for the community land trust?",
        "My YouTube channel on urban gardening has 200,000 subscribers and I feature a local project each month.",
    ),
    (
        "amplification",
        "We need the story of our program's results out to funders and policy folks across the state.",
        "I run a newsletter on governance read by most legislative staff and foundation officers in the capital.",
    ),
    (
        "amplification",
        "We want more volunteers to hear about our reading buddies program. Where could we announce it?",
        "I read the notices at all four masses every weekend and the bulletin reaches 3,000 households.",
    ),
    (
        "amplification",
        "Our coalition needs a conservative voice to co-sign the criminal justice reform letter.",
        "I chair the county Republican women's club and we've backed sentencing changes on fiscal grounds.",
    ),
    (
        "amplification",
        "Looking for ways to let rural teens know about the scholarship before the March deadline.",
        "I'm the state FFA advisor and our weekly email goes to every ag teacher in the state.",
    ),
    (
        "amplification",
        "How do we get our opioid overdose prevention message into workplaces?",
        "Our construction trades council can put it on the agenda at every jobsite safety toolbox talk for a month.",
    ),
    (
        "amplification",
        "We need someone to speak at the city council meeting about why the tree ordinance matters.",
        "I'm a retired forester with forty years at the state forestry division and I enjoy public comment.",
    ),
    (
        "amplification",
        "Our new free clinic is ready, but nobody knows it's there. Ideas?",
        "I own the billboard company along the interstate and usually have a couple of faces unsold each quarter.",
    ),
    (
        "amplification",
        "We want to get our domestic violence hotline number posted where abusers won't notice.",
        "Our hair salon owners' network agreed to put discreet cards in every restroom stall across 60 shops.",
    ),
    (
        "amplification",
        "Does anyone have a connection to a TV station? We have a heartwarming story for the holidays.",
        "I'm the assignment desk producer at the NBC affiliate and December is when we look for exactly that.",
    ),
    (
        "amplification",
        "We want to share our research on eviction rates with a wide audience.",
        "I host a policy podcast that's in the top ten for civic affairs and always need guests with data.",
    ),
    (
        "amplification",
        "¿Cómo hacemos para que los padres hispanohablantes se enteren de la nueva escuela bilingüe?",
        "Soy locutor en la emisora cristiana en español y tenemos oyentes en todo el valle.",
    ),
    (
        "amplification",
        "We want to show the legislature there's broad support for paid family leave.",
        "Our small business alliance has 400 owners who've signed on to letters before and would add theirs.",
    ),
    (
        "amplification",
        "Our church wants to invite the whole town to the Easter egg hunt, not just members.",
        "I run the local community Facebook page with 15,000 followers, basically everyone who lives here.",
    ),
    (
        "amplification",
        "We need to let people know about our free legal clinic for tenants facing eviction.",
        "The court clerk's office lets us put flyers on the table outside the housing courtroom.",
    ),
    (
        "amplification",
        "How do we get more attention for our campaign to save the old theater?",
        "I'm a local celebrity chef with a cooking segment on the morning news and a soft spot for historic buildings.",
    ),
    (
        "amplification",
        "Looking for well-known athletes or coaches who'd record a message for our anti-bullying campaign.",
        "I led the state university's basketball team from the bench for fifteen years and still have some name recognition.",
    ),
    (
        "amplification",
        "Queremos invitar a la comunidad a la asamblea sobre la nueva estación de autobuses. ¿Cómo llegamos a más gente?",
        "Tengo un canal de Facebook Live donde transmito noticias del barrio cada noche y me ven miles.",
    ),
    (
        "amplification",
        "We need to recruit more foster families and want to reach the right crowd.",
        "I lead women's ministry at a megachurch of 8,000 and could give you five minutes on a Sunday.",
    ),
    (
        "amplification",
        "Our rural clinic is offering free mammograms next month. How do we get women to show up?",
        "The feed store's bulletin board and counter are where every ranch wife in the county stops weekly; I own it.",
    ),
    (
        "amplification",
        "We'd like an influential doctor to publicly back our gun safety storage campaign.",
        "As chief of pediatric surgery I've treated too many gunshot wounds and I'm ready to speak out.",
    ),
    (
        "amplification",
        "Who can help us spread our census participation message in Chinatown?",
        "Our family association's newsletter and WeChat group reach nearly every elder household in the neighborhood.",
    ),
    (
        "amplification",
        "We need our plan for the new dog park to be seen by as many residents as possible before the vote.",
        "I run the Nextdoor neighborhood group for the east side and can pin a post for a week.",
    ),
    (
        "amplification",
        "We want students at the university to hear about our internship program with city hall.",
        "I'm the campus newspaper's editor-in-chief and we're looking for stories about careers in public service.",
    ),
    (
        "amplification",
        "We'd like a respected business leader to say workforce housing is good for the economy.",
        "As CEO of the largest employer in the county I've argued that in private and I'd do it publicly.",
    ),
    (
        "amplification",
        "Our anti-litter campaign needs a catchy public service announcement on the radio.",
        "I voice commercials for a living and own a recording studio; I'll cut a spot and get it to stations.",
    ),
    (
        "amplification",
        "How do we get people at the county fair to stop by our booth about water conservation?",
        "I emcee the main stage at the fairgrounds all week and could send folks your way between acts.",
    ),
    (
        "amplification",
        "We're trying to reach Muslim families about our after-school tutoring program.",
        "I give the khutbah at our mosque a few Fridays a month and we have 1,200 worshippers.",
    ),
    (
        "amplification",
        "Our coalition needs faith leaders to sign a public statement against a hate crime in town.",
        "I chair the interfaith clergy council and can circulate the text to rabbis, imams, and pastors today.",
    ),
    (
        "amplification",
        "We want the state agriculture commissioner to hear about our urban farming program.",
        "Our cattlemen's association has a standing monthly sit-down with the head of the ag department and would add your item.",
    ),
    (
        "amplification",
        "Looking for ways to tell union members about the new apprenticeship pathway.",
        "I edit the labor council's monthly paper that goes to 30,000 households of organized workers.",
    ),
    (
        "amplification",
        "Can anyone help get our youth poetry slam noticed by people beyond our neighborhood?",
        "I'm the arts and culture reporter for the alt-weekly and need spring event previews.",
    ),
    (
        "amplification",
        "Nuestro comedor comunitario necesita que más gente sepa que servimos comida gratis los domingos.",
        "Soy dueño de tres panaderías en el barrio y puedo poner carteles en las vitrinas y en cada bolsa de pan.",
    ),
    (
        "amplification",
        "We need a strong turnout of residents at the zoning hearing to oppose the warehouse.",
        "Our homeowners' association has 700 households and I can send an urgent email and robocall.",
    ),
    (
        "amplification",
        "How do we get our safety message in front of motorcyclists?",
        "I organize the biggest charity poker run in the state and every rider gets a packet and a stage announcement.",
    ),
    (
        "amplification",
        "We want local celebrities to share our food drive on their social media.",
        "I'm the sports anchor at Channel 5 and a few of the hometown NFL players owe me favors.",
    ),
    (
        "amplification",
        "Our suicide prevention campaign wants to reach men in the oil fields.",
        "I run the safety newsletter for the drilling contractors' association, read on every rig in the basin.",
    ),
    (
        "amplification",
        "We'd love to present our findings on school lunches to the state PTA convention.",
        "I'm on the planning committee for that gathering and we still have breakout slots open.",
    ),
    (
        "amplification",
        "Does anyone know how to get a story about our pantry into the national news?",
        "I freelance for the wire services and they pick up rural poverty pieces from me a few times a year.",
    ),
    (
        "amplification",
        "We need conservative lawmakers to hear that clean energy creates rural jobs.",
        "I'm a county commissioner and a lifelong Republican who's leased land for wind turbines; I'll testify.",
    ),
    (
        "amplification",
        "How can we tell homeowners about free lead pipe replacement in the north side?",
        "The utility's bill insert goes to every customer and I oversee what goes in it.",
    ),
    (
        "amplification",
        "Looking for speaking slots to talk about our refugee entrepreneurs program.",
        "I coordinate the lecture series at the public library and we're booking next season now.",
    ),
    (
        "amplification",
        "We want to reach truck drivers about human trafficking warning signs.",
        "My family owns four travel plazas on the interstate and we can put materials at every fuel desk and shower lounge.",
    ),
    (
        "amplification",
        "How do we convince the city that residents actually want the library open on Sundays?",
        "Our neighborhood council can pass a resolution and I'd present it during public comment.",
    ),
    (
        "amplification",
        "Our college access nonprofit is invisible to the parents we serve. How can we change that?",
        "I host a gospel hour on Sunday mornings and mothers and fathers in the congregation listen on the way to church.",
    ),
    (
        "amplification",
        "We're looking for a recognizable veteran to front our campaign on veteran homelessness.",
        "I'm a Medal of Honor recipient's son and my dad still does public appearances for causes he believes in.",
    ),
    (
        "amplification",
        "Need to get the word to elderly Polish residents about the heating assistance program.",
        "Our parish has a Sunday bulletin printed in the old-country language and a loyal older congregation, many born near Kraków.",
    ),
    (
        "amplification",
        "Can anyone help us make the case to the school board for universal free lunch?",
        "I'm a pediatric dietitian and would happily show up with data about hunger and learning.",
    ),
    (
        "amplification",
        "We're hoping someone can interview our founders on air about 25 years of the shelter.",
        "I host the weekly community affairs hour on the NPR affiliate and my producer takes pitches.",
    ),
    (
        "amplification",
        "Looking for someone who can help our story trend online.",
        "I manage social accounts for a regional sports team with half a million followers and do community spotlights.",
    ),
    (
        "amplification",
        "We need employers to publicly commit to hiring people with disabilities.",
        "As head of the manufacturers' association I can get a dozen plant managers to pledge at our quarterly summit.",
    ),
    (
        "amplification",
        "How do we let Deaf residents know about the emergency alert changes?",
        "I run a popular vlog in ASL that many signers in the state follow for local news.",
    ),
    (
        "amplification",
        "Our after-school program is losing enrollment. We need parents to hear we exist.",
        "The pediatric clinic's waiting room screens play community announcements and I manage the loop.",
    ),
    (
        "amplification",
        "Queremos que los trabajadores del campo conozcan sus derechos sobre el calor extremo.",
        "Mi programa en la radio comunitaria se escucha en los surcos y las huertas desde las cinco de la mañana.",
    ),
    (
        "amplification",
        "We need a respected voice in the Black church to endorse our prostate cancer screening drive.",
        "I'm presiding bishop over 70 congregations and I've had my own scare; I'd be glad to speak from the pulpit.",
    ),
    (
        "amplification",
        "Our museum's free day for families isn't getting traffic. Any ideas for reaching new audiences?",
        "I write a popular weekend events roundup newsletter for parents with 25,000 subscribers.",
    ),
    (
        "amplification",
        "How can we get gun owners to hear our message on suicide prevention?",
        "I own the largest firearms range in the region and our monthly email goes to every member.",
    ),
    (
        "amplification",
        "We're asking for the city to declare a climate emergency and want many voices at the podium.",
        "Our youth environmental strike chapter has 200 students who'd skip class to testify in a heartbeat.",
    ),
    (
        "amplification",
        "We need an endorsement from law enforcement for our diversion program proposal.",
        "I'm the sheriff here and I'd stand next to you at the press conference; it saves my jail money.",
    ),
    (
        "amplification",
        "Our small nonprofit needs a press release written and sent to the right media.",
        "I ran communications for a Fortune 500 company and still keep a list of every regional reporter.",
    ),
    (
        "amplification",
        "Looking for ways to inform cattle ranchers about the drought relief program.",
        "I auction livestock every Tuesday at the sale barn and make announcements between lots.",
    ),
    (
        "amplification",
        "We'd love to be featured in the local paper's nonprofit spotlight.",
        "I'm the editor at the weekly and we run a charity profile every issue. Send me your pitch.",
    ),
    (
        "amplification",
        "How do we reach Somali elders with information about the new senior center?",
        "I present the segment in Af-Soomaali on the community TV channel and grandparents watch it faithfully.",
    ),
    (
        "amplification",
        "Our candidate forum needs an audience. How do we get people to come?",
        "The ministerial alliance can promote it from fifteen pulpits the Sunday before.",
    ),
    (
        "amplification",
        "We want to reach gamers with our mental health resources.",
        "I stream on Twitch with about 30,000 regulars and do charity streams twice a year.",
    ),
    (
        "amplification",
        "Looking for people who'd write letters to the editor supporting the park bond.",
        "Our garden club's members are prolific at opinion-page submissions; we got three published last month alone.",
    ),
    (
        "amplification",
        "Does anyone know a way to get our campaign for better bus service noticed by transit officials?",
        "Our riders' union sits down monthly with the chair of the regional mobility authority.",
    ),
    (
        "amplification",
        "We need more people to know our thrift store funds youth programs so they shop there.",
        "I host a secondhand-shopping channel on Instagram where I review resale shops in the area.",
    ),
    (
        "amplification",
        "¿Alguien nos puede conseguir una mención durante el partido de fútbol americano de la prepa?",
        "Soy el locutor del estadio los viernes en la noche y leo un anuncio comunitario en el medio tiempo.",
    ),
    (
        "amplification",
        "We need a prominent scientist to publicly support our watershed restoration plan.",
        "I'm a hydrology professor at the state university and I've testified to the legislature on river quality.",
    ),
    (
        "amplification",
        "Our coalition needs to mobilize hundreds of calls to the senator's office this week.",
        "Our union's text alert system reaches 5,000 members and we can put out a call-in action tonight.",
    ),
    (
        "amplification",
        "We'd like our free tax prep service known among gig workers.",
        "I moderate the big Facebook group for rideshare and delivery drivers in the metro.",
    ),
    (
        "amplification",
        "Necesitamos que alguien conocido en la comunidad apoye públicamente nuestra campaña de vacunación.",
        "Soy futbolista retirado de la liga mexicana y la gente del barrio me quiere mucho; puedo grabar un video.",
    ),
    (
        "amplification",
        "How can we let small farmers know about the new farmers' market at the hospital?",
        "I run the growers' listserv for the region's CSA farms and produce stand vendors.",
    ),
    (
        "amplification",
        "We need a respected tribal voice to back our language revitalization funding request.",
        "I serve on our nation's council and would bring a resolution of support to our next session.",
    ),
    (
        "amplification",
        "Who can get our message about safe sleep for infants in front of new parents?",
        "I'm the charge nurse in the maternity ward and we give every family a discharge folder.",
    ),
    (
        "amplification",
        "Looking for an audience of employers to pitch our second-chance hiring program.",
        "I organize the HR directors' roundtable that meets monthly and we always have a guest speaker slot.",
    ),
    (
        "amplification",
        "We want to push back on misinformation about the new wastewater plant.",
        "I'm the science teacher that half the town had, and my Facebook explainer posts get shared everywhere.",
    ),
    (
        "amplification",
        "Our team needs a way to tell parents in trailer parks about free preschool.",
        "I manage three mobile home communities and post notices on every mailbox cluster and in the laundry rooms.",
    ),
    (
        "amplification",
        "We're looking for a sympathetic columnist who'd write about the childcare desert in our county.",
        "I pen a twice-weekly piece on rural life for the state's biggest paper and I've been looking for this angle.",
    ),
    (
        "amplification",
        "Our coalition would love endorsements from the business community for the transit tax.",
        "The chamber's government affairs committee reviews ballot measures next week and I chair it.",
    ),
    (
        "amplification",
        "We need to reach Ukrainian refugees in the area with information about school enrollment.",
        "Our Eastern Orthodox parish, founded by families from Kyiv and Lviv, has a Telegram channel nearly every newcomer follows.",
    ),
    (
        "amplification",
        "We want the county commissioners to see that the whole valley cares about the bridge repair.",
        "Our grange hall hosts the biggest potluck around and I can pass a sign-on sheet around every table.",
    ),
    (
        "amplification",
        "Necesitamos que los padres se enteren del programa de lectura para niños en la biblioteca.",
        "Dirijo el boletín semanal de la escuela primaria y llega a todas las casas en papel y por mensaje.",
    ),
    (
        "amplification",
        "How do we get more visibility for Indigenous Peoples' Day celebrations this year?",
        "I'm the communications director for the state tourism office and we feature cultural events on our homepage.",
    ),
    (
        "amplification",
        "Our coalition needs someone to speak at the state capitol rally about nurse staffing ratios.",
        "I've worked intensive care for 22 years and I gave the keynote at our union's convention last spring.",
    ),
    (
        "amplification",
        "Buscamos quien pueda promover nuestro taller de derechos laborales entre los trabajadores de la construcción.",
        "Tengo una página en Facebook para jornaleros con diez mil seguidores donde publico ofertas de chamba cada día.",
    ),
    (
        "amplification",
        "We need our message about the cuts to the branch system heard beyond the usual book lovers.",
        "I'm a talk radio host on the conservative station and my audience loves libraries more than you'd think.",
    ),
    (
        "amplification",
        "Looking for ways to get suburban moms to show up at the school safety forum.",
        "I run the mothers' group app for the bedroom communities outside the city, with 9,000 active users who share everything.",
    ),
    (
        "amplification",
        "Our food co-op needs to show the planning board it has public backing for the new site.",
        "As the neighborhood association president I can get our directors to vote a formal endorsement Tuesday.",
    ),
    (
        "amplification",
        "¿Alguien nos puede ayudar a que la prensa cubra la marcha por la reforma migratoria?",
        "Trabajo como productora en el noticiero de Univision local y siempre buscamos historias de la comunidad.",
    ),
    (
        "amplification",
        "We'd like to thank our donors publicly in a way that inspires others to give.",
        "My sign shop does free banners for nonprofits and we'll hang one on our storefront on Main Street.",
    ),
    (
        "amplification",
        "¿Cómo hacemos para que los niños del condado conozcan el horario de la biblioteca móvil?",
        "Manejo una de las rutas del autobús escolar y el distrito nos deja repartir volantes a los pequeños que suben.",
    ),
    (
        "amplification",
        "We need churches to announce our blood drive for sickle cell patients.",
        "As chair of the Black pastors' fellowship I can have it read from the pulpit in 25 congregations.",
    ),
    (
        "amplification",
        "Queremos que más mujeres sepan de los exámenes gratuitos de cáncer de mama. ¿Ideas?",
        "Soy dueña de un salón de belleza y mis clientas platican de todo; puedo poner folletos y mencionarlo a cada una.",
    ),
    (
        "amplification",
        "We want someone to tell our story of recovery at the statewide opioid summit.",
        "I've been sober eleven years and now speak to audiences all over about addiction.",
    ),
    (
        "amplification",
        "We're trying to get word of our free eye exams to kids in rural schools.",
        "I'm president of the state association of K-12 nurses and our listserv reaches every district.",
    ),
    (
        "amplification",
        "Our hunger coalition needs a famous face for our annual campaign video.",
        "I played in the NBA for nine seasons and grew up on free lunch; I'll do it.",
    ),
    (
        "amplification",
        "Necesitamos gente que vaya al concejo municipal a apoyar el proyecto de vivienda asequible.",
        "Nuestra asociación de inquilinos tiene más de cien familias dispuestas a llenar la sala y hablar.",
    ),
    (
        "amplification",
        "We'd like our solar co-op featured in the regional business journal.",
        "I edit the green economy pages of that weekly trade paper for local executives and I'm planning the next issue.",
    ),
    (
        "amplification",
        "How do we reach people experiencing homelessness with news about the new shelter beds?",
        "Our street newspaper vendors talk to hundreds of unhoused folks daily and our paper has a resource page.",
    ),
    (
        "amplification",
        "Our program for Southeast Asian elders needs a way to spread news in their own language.",
        "I host a Saturday morning radio show in Hmong and grandparents call in by the dozens.",
    ),
    (
        "amplification",
        "¿Cómo podemos anunciar la clínica legal de inmigración en los pueblos del norte del condado?",
        "Tengo un programa de radio en línea que escuchan en los ranchos y puedo entrevistar a sus abogados.",
    ),
    (
        "amplification",
        "We need a high-profile sign-on from university leadership for our immigrant student fund.",
        "As provost I can take it to the president and I'm confident we'd put our names to a public letter.",
    ),
    (
        "amplification",
        "Looking for a way to let homeschool families know about our science fair.",
        "I coordinate the listserv for parents educating at home, 600 households across three counties.",
    ),
    (
        "amplification",
        "We want to tell hunters about our venison donation program for food banks.",
        "I edit the state wildlife agency's hunting regulations booklet that every license holder receives.",
    ),
    (
        "amplification",
        "Queremos dar a conocer nuestra cooperativa de limpieza para que más gente la contrate.",
        "Soy locutora de un programa de emprendedoras en la radio hispana y entrevisto a negocios nuevos cada semana.",
    ),
    (
        "amplification",
        "Our campaign needs recognizable voices to say no to the book bans.",
        "I'm a bestselling novelist from this town and my books were among those challenged; I'll speak up.",
    ),
    (
        "amplification",
        "How do we make sure seniors hear about the Medicare open enrollment help we offer?",
        "I organize bingo at three centers for older adults and announce things before the first game.",
    ),
    (
        "amplification",
        "We need LGBTQ youth to know our drop-in center is a safe place.",
        "I run the most-followed queer events account in the city and we'd post it in stories and highlights.",
    ),
    (
        "amplification",
        "Necesitamos que alguien hable en la reunión del distrito escolar sobre la falta de intérpretes.",
        "Soy maestra bilingüe jubilada y he dado testimonio antes; con gusto preparo unas palabras.",
    ),
    (
        "amplification",
        "We want to spotlight the women farmers in our network on a bigger stage.",
        "I produce a national podcast about food systems and I'm booking a season on female growers.",
    ),
    (
        "amplification",
        "We'd love more riders at the community bike ride raising money for kids' cancer.",
        "I own the biggest cycle shop in town and our email list plus window display can promote it for a month.",
    ),
    (
        "amplification",
        "Our restorative justice program needs a respected judge to speak to its value.",
        "I retired from the circuit bench last year and I've seen what diversion does; I'd gladly address your event.",
    ),
    (
        "amplification",
        "¿Alguien conoce la forma de que las iglesias hispanas promuevan nuestras clases de ciudadanía?",
        "Soy pastor y presido la red de congregaciones evangélicas latinas; puedo pedir que se anuncie en todos los cultos.",
    ),
    (
        "amplification",
        "We're trying to make sure everyone in town knows about the water boil notice resources.",
        "I manage the municipal emergency alert sign-up and the local radio station's crawl.",
    ),
    (
        "amplification",
        "Looking for a co-sponsor of our candidate debate from across the aisle.",
        "I lead the local conservative think tank and we'd gladly co-host a fair, nonpartisan forum.",
    ),
    (
        "amplification",
        "How can we reach Arabic-speaking families about the new pre-K program?",
        "I'm the imam's wife and run the women's circle's WhatsApp group with 400 mothers.",
    ),
    (
        "amplification",
        "We need public pressure on the landlord who's ignoring mold complaints.",
        "I'm an investigative reporter at the TV station and tenant conditions are my beat.",
    ),
    (
        "amplification",
        "Queremos que los jóvenes sepan del nuevo programa de becas para oficios. ¿Cómo los alcanzamos?",
        "Soy influencer en TikTok y hago videos sobre carreras técnicas; tengo 150 mil seguidores adolescentes.",
    ),
    (
        "amplification",
        "Our rural hospital foundation wants to share its capital campaign with ranchers.",
        "I publish the cattle market report newsletter that goes out every Monday to most cattle operations in the region.",
    ),
    (
        "amplification",
        "We want state lawmakers to see parents lined up for affordable child care.",
        "Our moms' advocacy network charters buses to the capitol each session and has room for another 50 families.",
    ),
    (
        "expertise",
        "Our food pantry just got a letter saying our 501(c)(3) status was revoked because we missed filings. How do we get it back?",
        "I spent twelve years as an IRS exempt-organizations agent and now help small charities with reinstatement and late Form 990s.",
    ),
    (
        "expertise",
        "We're a small tenants' union in Milwaukee and a landlord is threatening to evict three families who organized. What are our rights?",
        "Housing attorney here; I defend renters facing retaliation in court and explain lease protections to building committees.",
    ),
    (
        "expertise",
        "Does anyone know how to write a federal grant narrative? Our first application to the Department of Agriculture is due next month.",
        "I've drafted USDA proposals for rural co-ops for a decade and will review drafts line by line at no charge.",
    ),
    (
        "expertise",
        "Our books are a shoebox of receipts. The board wants a real budget and monthly statements before our audit.",
        "Retired CPA, happy to set up QuickBooks, a chart of accounts and simple reports your treasurer can keep going.",
    ),
    (
        "expertise",
        "The old Grange building we bought has a sagging floor and we don't know if it's safe to hold dances there.",
        "I'm a licensed structural engineer and can do a walkthrough, check the joists and tell you what load it will bear.",
    ),
    (
        "expertise",
        "Looking for someone to make our logo and flyers look less like they were made in 1998.",
        "Graphic designer, I do brand refreshes for nonprofits at cost, including a style guide and print templates.",
    ),
    (
        "expertise",
        "We have two years of survey responses from parents but nobody on staff knows how to make sense of the numbers.",
        "I teach statistics at the community college and love helping groups clean spreadsheets and pull out what the data actually shows.",
    ),
    (
        "expertise",
        "Our church is hiring its first paid staff member. What do we need to know about payroll, contracts and job descriptions?",
        "I ran human resources for a mid-size hospital for twenty years; I can walk you through onboarding, classification and policies.",
    ),
    (
        "expertise",
        "Many of the families at our clinic speak Haitian Creole and our intake forms are English only.",
        "Kreyòl is my first language and I'm a certified medical interpreter; I can adapt your paperwork and train front-desk staff.",
    ),
    (
        "expertise",
        "We've gotten lots of small donations but nothing large. How do we approach wealthy people in town without feeling awkward?",
        "Former major-gifts officer at a university foundation; I coach boards on cultivation, the ask conversation and stewardship.",
    ),
    (
        "expertise",
        "The county says we need a conditional use permit to run a farmers market in the church parking lot. Where do we even start?",
        "I was a zoning administrator for fifteen years and can help you prepare the application and present at the planning commission hearing.",
    ),
    (
        "expertise",
        "We want to start a Saturday science program for middle schoolers but have no lesson plans.",
        "I'm a retired eighth-grade teacher who wrote hands-on STEM units aligned to state standards; glad to share and adapt them.",
    ),
    (
        "expertise",
        "Our board meetings turn into shouting matches between two factions. We need someone neutral to help us get through the next one.",
        "Trained mediator and facilitator; I've guided divided congregations and city councils through hard conversations.",
    ),
    (
        "expertise",
        "A young man in our reentry program has an old conviction that keeps him from getting hired. Can his record be cleared?",
        "Retired court clerk, I know the sealing and expungement forms inside out and can help applicants fill them in correctly.",
    ),
    (
        "expertise",
        "We're a tribal youth program and want to document elders' stories, but we're unsure about consent and who owns the recordings.",
        "I'm an archivist who works on Indigenous data sovereignty and can help draft agreements that keep control with your community.",
    ),
    (
        "expertise",
        "Our website is broken, slow, and nobody can update it since the volunteer who built it moved away.",
        "Web developer; I rebuild small organizations' sites on WordPress and train staff to edit pages themselves.",
    ),
    (
        "expertise",
        "We're thinking of converting our buying club into a cooperative. What legal structure should we pick?",
        "I'm a lawyer who has incorporated over forty co-ops and can explain member ownership, bylaws and state filings.",
    ),
    (
        "expertise",
        "Veterans coming to our post ask about disability claims and we don't know how to help them navigate the VA.",
        "I'm an accredited VSO and can sit with members to file and appeal benefits paperwork.",
    ),
    (
        "expertise",
        "Our after-school garden wants to sell produce at the market but we're worried about food safety rules.",
        "County extension agent here; I teach harvest handling, washing and labeling so small growers meet health department requirements.",
    ),
    (
        "expertise",
        "We have a great idea for a mobile health van but no idea how to turn it into a business plan investors would read.",
        "MBA and former bank lender; I help founders build financial projections and a pitch that bankers take seriously.",
    ),
    (
        "expertise",
        "The city wants to cut the bus route that seniors in our neighborhood rely on. How can we make a persuasive case with numbers?",
        "Transit planner by trade; I can pull ridership data and map who loses access so your testimony has hard evidence.",
    ),
    (
        "expertise",
        "Nuestro comité de padres quiere organizar talleres, pero nadie sabe cómo redactar los estatutos de la asociación.",
        "Soy abogada y ayudo gratis a grupos comunitarios a constituirse legalmente y escribir sus reglamentos internos.",
    ),
    (
        "expertise",
        "Tenemos una panadería familiar y queremos vender al distrito escolar, pero los contratos públicos nos parecen imposibles.",
        "Trabajé veinte años en compras del condado; explico licitaciones, registro de proveedores y cómo preparar una oferta.",
    ),
    (
        "expertise",
        "Our rural fire department needs to replace its brush truck and we don't understand how FEMA assistance-to-firefighters applications are scored.",
        "Former federal reviewer for emergency-services awards; I'll tell you exactly what panels look for and mark up your narrative.",
    ),
    (
        "expertise",
        "We run a youth boxing gym and parents keep asking about concussions. Is there someone who could set up proper protocols?",
        "Sports medicine physician; I write head-injury policies for clubs and can train your coaches to spot warning signs.",
    ),
    (
        "expertise",
        "Our Main Street group wants to apply for historic district designation but the paperwork reads like another language.",
        "Preservation consultant, I've written National Register nominations for small towns across the Plains.",
    ),
    (
        "expertise",
        "We'd like to measure whether our mentoring actually changes outcomes for kids. How do we evaluate it without a huge budget?",
        "Researcher at the state university; I design simple pre/post studies and logic models for community nonprofits.",
    ),
    (
        "expertise",
        "Our mosque is expanding and the city keeps sending our blueprints back with corrections. We need someone who understands the code.",
        "Licensed architect and former municipal plans examiner; I can resolve the comments with the building department.",
    ),
    (
        "expertise",
        "The small farmers in our county are losing their irrigation allotments and nobody understands the state court process.",
        "Water law attorney, I've represented growers in basin adjudications and can explain filings and deadlines.",
    ),
    (
        "expertise",
        "We've been hacked twice this year and donor information may have leaked. What do we do now?",
        "I do cybersecurity incident response and can assess the breach, lock down accounts and advise on notification duties.",
    ),
    (
        "expertise",
        "Our youth choir has been invited to perform, and the venue wants a contract. We've never negotiated one.",
        "Entertainment lawyer who used to book tours; I'll review the agreement and flag liability, payment and cancellation terms.",
    ),
    (
        "expertise",
        "We want to put solar panels on the community center roof. Is it worth it, and how do the tax credits work for nonprofits?",
        "Renewable energy engineer; I run feasibility studies and can explain how charities capture the federal incentive as a direct payment.",
    ),
    (
        "expertise",
        "A lot of our volunteers are burning out and quitting. We need help figuring out how to keep them.",
        "I consult on helper retention, recognition systems and role design, and have rebuilt programs for food banks and hospices.",
    ),
    (
        "expertise",
        "We want to tell our story on video, but we don't know how to storyboard or structure it.",
        "Documentary producer, I help first-time filmmakers shape an arc, plan interviews and cut a rough edit.",
    ),
    (
        "expertise",
        "Our cattle association wants to start a grazing plan that improves the land, not just maintains it.",
        "Range scientist with NRCS for 25 years; I do soil and forage assessments and design rotational systems for working ranches.",
    ),
    (
        "expertise",
        "Police and residents in our neighborhood barely trust each other. Is there a way to structure listening sessions that don't blow up?",
        "I've trained in restorative circles and facilitated dialogues between officers and the public in three cities.",
    ),
    (
        "expertise",
        "We're folding two small arts groups into one and need help with the legal and money side.",
        "I advise on nonprofit mergers: due diligence, combined budgets and the filings with the attorney general's office.",
    ),
    (
        "expertise",
        "Our chamber wants to understand why storefronts downtown stay empty. Is there anyone who could study it?",
        "Urban economist; I do retail market analyses and leakage studies for town centers and present findings to councils.",
    ),
    (
        "expertise",
        "We keep winning awards from funders but the reporting requirements are overwhelming. Could someone show us a system?",
        "Former foundation grants manager; I set up tracking calendars and templates so compliance stops being a scramble.",
    ),
    (
        "expertise",
        "Several of our elderly members are being scammed over the phone. Who could teach a session on protecting themselves?",
        "Retired fraud investigator from the state attorney general's office, I give talks to seniors on spotting con artists.",
    ),
    (
        "expertise",
        "Our small town wants to scan its old photo archive. What resolution and file formats should we use?",
        "I was a digital collections librarian at a state historical society; I'll set up imaging standards and metadata for you.",
    ),
    (
        "expertise",
        "We're opening a community kitchen and need help with the menu costs so we don't lose money on every meal.",
        "Chef and former restaurant owner; I cost out recipes, set portion sizes and plan purchasing so a food business breaks even.",
    ),
    (
        "expertise",
        "The school board keeps asking for our theory of change and none of us knows what that means.",
        "I facilitate strategy workshops for grassroots groups and can help you map the path from activities to outcomes in one afternoon.",
    ),
    (
        "expertise",
        "We need to reach refugee families from the hills of Laos about the vaccine clinic and want materials that actually make sense culturally.",
        "I'm a Hmong health educator and translator who adapts outreach so it respects clan structures and elders.",
    ),
    (
        "expertise",
        "Our union local is preparing for contract bargaining and we have no idea how to read the employer's financial statements.",
        "Labor economist; I analyze company and public-agency books so negotiating committees know what management can really afford.",
    ),
    (
        "expertise",
        "We're a faith-based shelter and a state inspector cited us for safety code violations. How do we fix this fast?",
        "Retired fire marshal, I can walk your building, explain each citation and give you a prioritized correction list.",
    ),
    (
        "expertise",
        "Looking for someone who could help our small land trust figure out conservation easements and what they're worth.",
        "Certified appraiser specializing in agricultural and open-space valuations, including donated development rights for tax purposes.",
    ),
    (
        "expertise",
        "Our youth group made a podcast but the audio is terrible. Can someone teach them to record properly?",
        "Sound engineer at a public radio station; I run mic technique and editing workshops for teens.",
    ),
    (
        "expertise",
        "We want to buy the building we rent but have no idea how to negotiate with the owner or what to offer.",
        "Commercial real estate broker, I've represented nonprofits in acquisitions and can handle pricing and terms.",
    ),
    (
        "expertise",
        "The kids in our literacy program are falling behind and our volunteer helpers aren't sure which methods work.",
        "Reading specialist with structured phonics training; I coach tutors on evidence-based approaches for struggling readers.",
    ),
    (
        "expertise",
        "Does anyone understand Medicaid billing? Our peer-support program could get reimbursed but the process is confusing.",
        "I managed revenue cycle for a behavioral health agency and can set up your claims, credentialing and coding.",
    ),
    (
        "expertise",
        "Our co-op grocery's staff want a stake in the store. What would an ESOP or worker conversion look like?",
        "I advise businesses transitioning to employee ownership and can model costs, structure and financing options.",
    ),
    (
        "expertise",
        "We're designing a playground for kids with disabilities and want to make sure it's truly accessible.",
        "Pediatric occupational therapist and ADA consultant; I review play spaces for sensory, mobility and transfer needs.",
    ),
    (
        "expertise",
        "The social media accounts for our campaign get almost no engagement. What are we doing wrong?",
        "Digital strategist, I audit nonprofit channels and build a content calendar that grows followers organically.",
    ),
    (
        "expertise",
        "Our council wants to run a participatory budgeting pilot but no one has done it here before.",
        "I helped launch processes in two cities where residents vote on how public money is spent, and can design the rules and timeline.",
    ),
    (
        "expertise",
        "We inherited a small cemetery from a dissolved congregation and don't know the legal obligations for upkeep and records.",
        "I practice estate and religious-institution law and have handled burial-ground transfers and perpetual-care trusts.",
    ),
    (
        "expertise",
        "Our refugee welcome center needs someone to explain immigration status options to newly arrived families.",
        "DOJ-accredited representative at a legal aid office; I screen for asylum, TPS and adjustment eligibility.",
    ),
    (
        "expertise",
        "We want to run a strategic planning retreat but last time it turned into a wish list. How do we make it stick?",
        "Organizational development consultant; I lead sessions that end with priorities, owners and measurable milestones.",
    ),
    (
        "expertise",
        "Our volunteer firefighters need CPR certification renewed and the nearest course is two hours away.",
        "I'm an American Heart Association instructor and can come to your station with mannequins to recertify the crew.",
    ),
    (
        "expertise",
        "We've been asked to testify about our watershed at the legislature, and we need the water quality data explained.",
        "Hydrologist; I interpret sampling results and turn them into clear charts and talking points for hearings.",
    ),
    (
        "expertise",
        "Our merchants' association wants to help members transition when owners retire without heirs. Any advice?",
        "I do succession planning and valuation for family firms and can run a seminar on selling to employees or outside buyers.",
    ),
    (
        "expertise",
        "Queremos abrir una guardería en casa, pero no entendemos los requisitos de licencia del estado.",
        "Fui inspectora de cuidado infantil por diez años; puedo guiarle paso a paso por la solicitud y la visita de inspección.",
    ),
    (
        "expertise",
        "Nuestro grupo de trabajadores agrícolas no recibe el pago de horas extra. ¿Alguien conoce las leyes laborales?",
        "Soy abogado y represento a jornaleros en reclamos de salarios no pagados, sin costo para ellos.",
    ),
    (
        "expertise",
        "Los padres de nuestra escuela no saben cómo pedir servicios de educación especial para sus hijos.",
        "Trabajo como defensora de familias en planes IEP y acompaño a mamás y papás a las reuniones con el distrito.",
    ),
    (
        "expertise",
        "We're applying to turn an abandoned lot into a community orchard and the ground might be poisoned from an old gas station.",
        "Environmental scientist; I take soil samples, interpret lead and arsenic results and recommend remediation for urban growers.",
    ),
    (
        "expertise",
        "La prima del seguro de nuestra liga de fútbol juvenil se triplicó. ¿Alguien entiende de pólizas de responsabilidad civil?",
        "Soy corredor independiente especializado en organizaciones sin fines de lucro; comparo aseguradoras y reviso coberturas para encontrar huecos.",
    ),
    (
        "expertise",
        "We want to start a peer recovery group but need guidance on boundaries, confidentiality and preparing the people who'll run it.",
        "Licensed addiction counselor and clinical supervisor; I train lay leaders in trauma-informed support and ethics.",
    ),
    (
        "expertise",
        "We're trying to figure out if our rural broadband co-op idea is even technically feasible in hilly terrain.",
        "Telecom engineer who designed fixed-wireless networks in Appalachia; I can do a propagation study and cost estimate.",
    ),
    (
        "expertise",
        "Our museum's exhibit labels are dense and visitors skip them. Could someone help rewrite them?",
        "I'm an interpretive writer who makes gallery text readable for kids and adults; I'll edit your panels.",
    ),
    (
        "expertise",
        "We're a synagogue wanting to improve our security after threats. What steps make sense?",
        "Former federal protective service officer; I conduct vulnerability assessments for houses of worship.",
    ),
    (
        "expertise",
        "We want to make a map showing where food deserts are in our county for our presentation to commissioners.",
        "GIS analyst; I build interactive maps from census and store-location data.",
    ),
    (
        "expertise",
        "Our arts council's funder now wants a CPA's opinion on our books for the first time. How do we prepare?",
        "I audit small nonprofits and can do a pre-audit readiness review so the real engagement goes smoothly.",
    ),
    (
        "expertise",
        "Our youth orchestra's board is all parents with no governance experience. Could someone teach us how boards should work?",
        "I train nonprofit directors on fiduciary duties, committees and conflict-of-interest policy; two-hour session for new members.",
    ),
    (
        "expertise",
        "We're planning a home-repair program for seniors and want to know which fixes prevent the most falls.",
        "Physical therapist who does safety evaluations in elders' houses; I know which grab bars, lighting and rail changes matter most.",
    ),
    (
        "expertise",
        "Our Native language program needs a curriculum that elders approve and kids enjoy.",
        "Linguist and instructional designer who has built immersion materials with Lakota and Ojibwe communities.",
    ),
    (
        "expertise",
        "We're a small-town newspaper on the brink. Can someone look at whether a nonprofit model could save us?",
        "I've helped local papers convert to tax-exempt status, from IRS filings to membership revenue strategy.",
    ),
    (
        "expertise",
        "Our soup kitchen wants to keep records of who we serve without being invasive. What kind of database should we use?",
        "Data manager for a food bank network; I set up privacy-conscious client tracking on free or low-cost software.",
    ),
    (
        "expertise",
        "We keep getting turned down by every funder we apply to and don't know why. Could someone read our proposals critically?",
        "Former program officer at a regional foundation; I give candid feedback on applications before you submit.",
    ),
    (
        "expertise",
        "The mayor asked our coalition to draft an ordinance on short-term rentals. None of us has done that before.",
        "I served as counsel to a city council for years; I can write code language and explain the adoption steps.",
    ),
    (
        "expertise",
        "Our teen entrepreneurship class needs someone who can explain how to price a product and read a profit-and-loss.",
        "Small-business accountant; I love teaching young people margins, costs and simple financial statements.",
    ),
    (
        "expertise",
        "We have an idea for a meeting between the feuding ranchers and the environmental group. Someone needs to run it fairly.",
        "I'm a certified natural-resource mediator who has brokered agreements between cattlemen and conservationists.",
    ),
    (
        "expertise",
        "Our county wants to turn its jail diversion pilot into a permanent program. What evidence will commissioners need?",
        "Criminal justice researcher; I analyze recidivism and cost data and write policy briefs elected officials can act on.",
    ),
    (
        "expertise",
        "Our Black-owned business alliance wants to bid on city contracts but members don't know how to get minority certification.",
        "For ten years I reviewed DBE applications for the state DOT and can coach firms through the documentation.",
    ),
    (
        "expertise",
        "How do we calculate the carbon footprint of our community event so we can report it honestly?",
        "Sustainability analyst; I run emissions inventories for festivals and organizations using standard protocols.",
    ),
    (
        "expertise",
        "A family in our congregation lost their home to a flood and the insurance company is denying the claim.",
        "Public adjuster licensed in three states; I represent homeowners to contest and document property losses.",
    ),
    (
        "expertise",
        "Our youth robotics team needs a mentor who actually knows how to program microcontrollers.",
        "Embedded systems engineer, I write firmware for Arduino and Raspberry Pi boards and can coach students weekly.",
    ),
    (
        "expertise",
        "We want to open a mental health drop-in for teens but don't know which licenses and supervision are required.",
        "Clinical psychologist who used to review new behavioral programs for the state; I advise on compliance and clinical oversight.",
    ),
    (
        "expertise",
        "Our housing coalition wants to build tiny homes but the local codes seem to forbid them. Who can help us read the rules?",
        "Land-use planner; I write zoning text amendments for accessory and micro dwellings and know the construction code paths.",
    ),
    (
        "expertise",
        "We got a big donation of stock. How do we actually sell it and account for it properly?",
        "Financial advisor who manages nonprofit portfolios; I handle securities gifts, liquidation and acknowledgments.",
    ),
    (
        "expertise",
        "Our farmworker health program wants to know which pesticides our members are breathing and touching in the fields.",
        "Occupational toxicologist; I assess agricultural chemical exposure and can design a monitoring study with workers.",
    ),
    (
        "expertise",
        "Our Friday night fellowship wants to add a support group for grieving parents. How do we set it up with care?",
        "Hospice bereavement coordinator; I train facilitators to run loss circles and know when to refer to counseling.",
    ),
    (
        "expertise",
        "Somos una organización pequeña con cinco empleados y sin manual interno. ¿Qué políticas exige la ley?",
        "Abogada laboral; redacto reglamentos de personal que cubren licencias, acoso, horas extra y requisitos estatales.",
    ),
    (
        "expertise",
        "Our rural clinic wants to add telehealth but broadband and privacy rules are confusing.",
        "Health IT consultant; I've set up HIPAA-compliant virtual visit platforms for critical-access hospitals.",
    ),
    (
        "expertise",
        "We want to capture the memories of retired steelworkers before they're gone. How should we go about it?",
        "Oral historian; I train community interviewers in recording technique, question design and release forms.",
    ),
    (
        "expertise",
        "We've been offered land for a community garden but the deed has restrictions we don't understand.",
        "Real property attorney; I interpret covenants and title exceptions and can negotiate releases with owners.",
    ),
    (
        "expertise",
        "The city approved our neighborhood artwork, but we need someone who knows how to ready a brick wall and protect the colors so they last.",
        "Muralist and restoration painter; I teach surface prep, primers and UV-protective coatings for exterior art.",
    ),
    (
        "expertise",
        "Is there anyone who can help our tribal council write a nation-to-nation engagement policy?",
        "Federal Indian law attorney; I draft consultation protocols and have advised tribes in negotiations with agencies.",
    ),
    (
        "expertise",
        "Our chamber of commerce wants to start a small-business loan fund but doesn't know how to set up underwriting.",
        "Community development lender; I've built CDFI credit policies, approval committees and risk ratings.",
    ),
    (
        "expertise",
        "Necesitamos a alguien que revise nuestra solicitud de subvención antes de enviarla a la fundación.",
        "Redacto propuestas para organizaciones latinas desde hace quince años y con gusto corrijo borradores.",
    ),
    (
        "expertise",
        "Nuestra cooperativa de limpieza quiere entender cómo pagar impuestos correctamente como dueños.",
        "Soy contadora pública bilingüe y asesoro a socios de empresas de trabajadores sobre declaraciones y retenciones.",
    ),
    (
        "expertise",
        "¿Alguien sabe de diseño web? Nuestra radio comunitaria necesita una página para transmitir en línea.",
        "Programador; construyo sitios con reproductor de audio en vivo para emisoras pequeñas.",
    ),
    (
        "expertise",
        "Our produce aggregator wants to sell to hospitals but needs a HACCP plan. We've never written one.",
        "Food safety specialist, I write hazard analysis plans and prepare processors for third-party audits.",
    ),
    (
        "expertise",
        "We're planning a 5K race through downtown. How do we handle road closures and permits with the police?",
        "I've directed running events for twenty years; I take care of course certification, traffic plans and city approvals.",
    ),
    (
        "expertise",
        "We're replacing our founder, who's retiring. How do we find the next leader fairly?",
        "Executive recruiter for nonprofits; I write position profiles, screen candidates and guide boards through interviews.",
    ),
    (
        "expertise",
        "We're building a walking trail along the creek and need to know what the marsh rules allow.",
        "Environmental permitting specialist; I handle Army Corps Section 404 applications and wetland delineations.",
    ),
    (
        "expertise",
        "The kids in our camp have allergies and diabetes. We need proper health protocols before summer.",
        "School nurse; I write medication and emergency care plans and train staff on epinephrine and glucose monitoring.",
    ),
    (
        "expertise",
        "Our veterans' group wants to understand why suicide rates are so high here and what's working elsewhere.",
        "Public health epidemiologist who studies self-harm among former service members; I present local data and proven interventions.",
    ),
    (
        "expertise",
        "We want to launch a youth apprenticeship with local contractors but don't know how to register it with the state.",
        "I ran the government office that certifies earn-and-learn programs and can take employers through standards, wage schedules and sign-off.",
    ),
    (
        "expertise",
        "We keep losing elections for the school board. Could someone help us understand who actually votes?",
        "Campaign data analyst; I work with voter files to identify turnout patterns and target precincts.",
    ),
    (
        "expertise",
        "Our parish wants to put its endowment in investments that match Catholic social teaching.",
        "I manage faith-based portfolios using screening aligned with the bishops' responsible finance guidelines.",
    ),
    (
        "expertise",
        "We're translating our tenant guide into Arabic and need someone who knows housing terms, not just the language.",
        "Certified legal interpreter for Levantine and Gulf dialects, experienced with lease documents and court notices.",
    ),
    (
        "expertise",
        "Could anyone help our arts festival figure out why we lose money every year?",
        "Event finance consultant; I dig into ticketing, vendor fees and sponsorship to find leaks and fix margins.",
    ),
    (
        "expertise",
        "Our historic church's stained glass windows are buckling. We need to know if they can be saved.",
        "Leaded-window conservator; I assess came, bracing and panel condition and write restoration specifications.",
    ),
    (
        "expertise",
        "We want our rural high schoolers to earn credits toward a degree, but the paperwork is a maze.",
        "Community college registrar; I set up articulation agreements and dual-credit enrollment for partner districts.",
    ),
    (
        "expertise",
        "Our police department wants to better respond to people in mental health crisis. Any training resources?",
        "CIT coordinator; I teach the 40-hour de-escalation course for officers and pair agencies with clinicians.",
    ),
    (
        "expertise",
        "Our new homeless shelter's neighbors are angry. How do we communicate so they feel heard?",
        "Public relations specialist who manages local opposition to housing projects through outreach and honest messaging.",
    ),
    (
        "expertise",
        "A dairy farmer in our co-op wants to go chemical-free and get the USDA seal. How long does it take and what paperwork is needed?",
        "Organic certification inspector; I explain the three-year transition, recordkeeping and audit process.",
    ),
    (
        "expertise",
        "We want to figure out what our volunteer hours are worth to show funders our real impact.",
        "Nonprofit economist; I calculate in-kind value and social return so your reports reflect contributed time.",
    ),
    (
        "expertise",
        "Our afterschool club wants to add coding but the staff don't know Python.",
        "Software engineer who teaches beginners; I run weekly programming lessons for educators.",
    ),
    (
        "expertise",
        "We're writing a cookbook to raise money. Does anyone know how self-publishing and ISBNs work?",
        "I've released four books independently and can walk you through layout, printing vendors and distribution.",
    ),
    (
        "expertise",
        "Our community land trust wants to keep homes affordable forever. How do resale formulas work?",
        "Housing policy attorney; I draft ground leases and shared-equity restrictions for permanently below-market ownership.",
    ),
    (
        "expertise",
        "Our Sikh gurdwara serves langar to hundreds every week and wants to know if we're meeting health codes.",
        "Former restaurant inspector; I'll do a friendly walkthrough of your kitchen and explain what the county checks.",
    ),
    (
        "expertise",
        "We're starting a credit union for our neighborhood. What regulators do we deal with first?",
        "I organized two federally chartered cooperatives for savers and know the NCUA process from field of membership to opening.",
    ),
    (
        "expertise",
        "Our small college wants to study whether graduates stay in the region. We have the records but no analyst.",
        "Institutional researcher; I link alumni and labor-market data and build retention dashboards.",
    ),
    (
        "expertise",
        "We have a donated pickup but nobody knows if the brakes and transmission are safe for hauling produce.",
        "Retired ASE-certified mechanic; I'll inspect vehicles for community groups and list what needs fixing.",
    ),
    (
        "expertise",
        "Our Boys and Girls Club needs a child-protection policy that holds up to insurers and parents.",
        "Youth safeguarding consultant; I write abuse-prevention rules, screening procedures and staff training.",
    ),
    (
        "expertise",
        "Our county commission wants to hold a hearing about a controversial pipeline and expects hundreds. How do we keep order and fairness?",
        "Professional facilitator; I design public sessions with speaker rules, timekeeping and de-escalation for contentious issues.",
    ),
    (
        "expertise",
        "We'd like to partner with a hospital, but the legal agreement they sent is forty pages. Anyone able to review?",
        "Healthcare attorney; I vet affiliation and data-sharing contracts for community organizations.",
    ),
    (
        "expertise",
        "Our rural church wants to install a septic system for a new fellowship hall. How do we size it?",
        "Soil scientist and licensed onsite wastewater designer; I do perc tests and engineer treatment for country properties.",
    ),
    (
        "expertise",
        "The youth council wants to run a voter registration drive but doesn't know the state's rules on handling forms.",
        "Former county elections clerk; I train groups on sign-up deadlines, paperwork custody and legal requirements.",
    ),
    (
        "expertise",
        "We want our mentoring app to be usable by grandparents raising grandkids. Can someone test the design?",
        "UX researcher; I run usability sessions with older adults and deliver concrete interface fixes.",
    ),
    (
        "expertise",
        "Our fishing families want to understand the new federal quota rules before the council vote.",
        "Marine fisheries biologist; I explain stock assessments and catch-share proposals in plain terms.",
    ),
    (
        "expertise",
        "We're a foundation-funded pilot ending soon. How do we make our program financially sustainable?",
        "Nonprofit revenue strategist; I help initiatives diversify through earned income, contracts and individual donors.",
    ),
    (
        "expertise",
        "Our Latino chamber wants a study of how much immigrant businesses contribute to the metro.",
        "Regional economist; I build input-output models that quantify jobs, wages and tax contributions.",
    ),
    (
        "expertise",
        "We're preparing a case for the state historical marker program and need help with the research.",
        "Local genealogist; I dig through courthouse records, old newspapers and census rolls to document sites.",
    ),
    (
        "expertise",
        "Our downtown association's website can't be used by blind visitors and we've gotten a complaint.",
        "Accessibility specialist; I audit sites against WCAG and fix screen-reader and keyboard navigation issues.",
    ),
    (
        "expertise",
        "We're trying to figure out if our homeless outreach should register as a 501(c)(3) or stay under a church.",
        "Nonprofit formation lawyer; I compare incorporation with fiscal sponsorship and handle the IRS determination letter.",
    ),
    (
        "expertise",
        "Our tribal college needs someone who knows how to write a bison restoration management plan.",
        "Wildlife biologist who has worked with InterTribal Buffalo Council herds on range, genetics and health.",
    ),
    (
        "expertise",
        "How can our small volunteer group protect itself from getting sued if someone gets hurt at an event?",
        "Risk management consultant; I write waivers, incident procedures and advise on coverage for groups without staff.",
    ),
    (
        "expertise",
        "We want to teach financial literacy to returning citizens. Who can build a course?",
        "Certified credit counselor; I created a budgeting and debt-repair curriculum for people leaving prison.",
    ),
    (
        "expertise",
        "Our civic group wants to pay someone to make a sculpture and needs to know about contracts and copyright.",
        "Lawyer with a pro bono legal program for artists; I draft agreements covering ownership, maintenance and moral rights.",
    ),
    (
        "expertise",
        "The county's new climate plan asks for public input. We need someone to translate it into plain language for our members.",
        "Science communicator; I rewrite technical reports into clear summaries and talking points for general readers.",
    ),
    (
        "expertise",
        "Nuestra iglesia quiere ayudar a los feligreses a sacar el ITIN y hacer sus declaraciones de impuestos.",
        "Soy agente certificado del IRS; en temporada preparo formularios fiscales gratis y gestiono números de identificación para quienes no tienen seguro social.",
    ),
    (
        "expertise",
        "Queremos medir si nuestros cursos de inglés realmente ayudan a los adultos a conseguir mejor trabajo.",
        "Investigadora educativa; diseño encuestas de seguimiento y analizo resultados laborales de los estudiantes.",
    ),
    (
        "expertise",
        "Un grupo de vendedores ambulantes quiere negociar con la ciudad sobre los permisos. ¿Quién nos puede asesorar?",
        "He organizado a comerciantes de la calle y conozco las ordenanzas municipales; puedo preparar su estrategia ante el concejo.",
    ),
    (
        "expertise",
        "Los agricultores de nuestro valle tienen problemas con plagas en los chiles y no sabemos qué hacer.",
        "Agrónomo de extensión; visito parcelas, identifico insectos y recomiendo control integrado con menos químicos.",
    ),
    (
        "expertise",
        "Our veterans' farm program needs someone to design an irrigation system for five acres of vegetables.",
        "Agricultural engineer; I lay out drip lines, pumps and filtration sized to your water source and crops.",
    ),
    (
        "expertise",
        "We're hosting an exchange with a sister city in Japan. How do we avoid cultural missteps?",
        "Intercultural trainer who lived in Osaka for a decade; I run etiquette briefings for delegations.",
    ),
    (
        "expertise",
        "Our foster parent network needs someone to teach about trauma and attachment in kids.",
        "Child psychologist specializing in adoption and out-of-home care; I lead workshops on how early adversity shapes behavior.",
    ),
    (
        "expertise",
        "We're trying to open a supermarket in a food desert and need a feasibility study before lenders will talk to us.",
        "Retail grocery consultant; I analyze trade areas, sales forecasts and store layouts for independent markets.",
    ),
    (
        "expertise",
        "Our parents' group wants to sue the district over unsafe buildings. Is there a case?",
        "Education law attorney; I evaluate claims about school facilities and can advise on administrative complaints first.",
    ),
    (
        "expertise",
        "Our kids' theater looks dim and flat during shows, and no one knows how to run the board.",
        "Stage lighting designer; I'll teach your crew to focus fixtures, program cues and operate the console.",
    ),
    (
        "expertise",
        "The board of our rural electric co-op wants to understand what a battery project would cost members.",
        "Utility rate analyst; I model storage costs, peak savings and bill impacts for cooperative power systems.",
    ),
    (
        "expertise",
        "We're planning to poll the county about hunger. How many people do we need to ask for it to be reliable?",
        "Survey methodologist; I design sampling plans and questionnaires that hold up to scrutiny.",
    ),
    (
        "expertise",
        "Our Filipino community association wants to trademark our festival name. How does that work?",
        "Intellectual property attorney; I file brand registrations and handle USPTO responses for small organizations.",
    ),
    (
        "expertise",
        "El comedor de nuestro centro de mayores necesita a alguien que haga los platos más sanos para el corazón y aptos para diabéticos.",
        "Soy dietista registrada y planeo menús colectivos que cumplen las normas de nutrición para personas de la tercera edad.",
    ),
    (
        "expertise",
        "Our group of family farms wants to sell beef directly but the USDA processing rules confuse us.",
        "Former meat inspector; I explain custom-exempt versus inspected slaughter and how to label for retail.",
    ),
    (
        "expertise",
        "We want to understand whether our neighborhood qualifies as an Opportunity Zone or for New Markets credits.",
        "Community development finance specialist; I screen census tracts and structure incentive-financing deals for local projects.",
    ),
    (
        "expertise",
        "Our conservative and progressive members keep talking past each other. Someone should teach us how to disagree well.",
        "I'm trained in Braver Angels-style dialogue and lead workshops where people across politics practice listening.",
    ),
    (
        "expertise",
        "We need to know if the old mill we're converting has asbestos or lead paint before volunteers start demolition.",
        "Certified environmental inspector; I test building materials for hazardous substances and write abatement scopes.",
    ),
    (
        "other",
        "We're hosting a town hall and need a sound system loud enough for a gym full of people.",
        "Our band has two powered PA speakers, a mixer and four wireless mics we lend out for community events.",
    ),
    (
        "other",
        "Our youth soccer league needs transportation to an away tournament three hours north.",
        "The senior center's 15-passenger van sits idle most weekends and comes with a licensed driver.",
    ),
    (
        "other",
        "Looking for about 500 copies of a bilingual flyer before Saturday's health fair.",
        "My print shop can run color handouts overnight at no charge for nonprofits, English and Spanish sides.",
    ),
    (
        "other",
        "Parents want to attend our evening workshops but have small kids at home.",
        "Our daycare staff will watch little ones in the next room during your sessions; we're licensed for twenty.",
    ),
    (
        "other",
        "We're starting a tool library and need things like drills, saws and ladders to lend.",
        "I'm closing my handyman business and have a garage full of power equipment I'd rather give away than sell.",
    ),
    (
        "other",
        "Our food pantry's refrigerator died and we have a pallet of milk coming Tuesday.",
        "Restaurant supply company here; we have a reconditioned two-door commercial cooler we can deliver this week.",
    ),
    (
        "other",
        "The shelter needs warm coats and boots for winter, especially in men's sizes.",
        "Our outdoor outfitter has last season's parkas and insulated footwear ready to donate in bulk.",
    ),
    (
        "other",
        "Could anyone provide lunch for 120 volunteers at our river cleanup?",
        "Our barbecue joint caters free for service days; brisket, sides and sweet tea for a crowd.",
    ),
    (
        "other",
        "Our nonprofit needs a database but Salesforce licenses are too expensive.",
        "I manage our company's tech donation program and can provide ten free CRM seats for registered charities.",
    ),
    (
        "other",
        "We're building raised garden beds at the elementary school and need lumber.",
        "Our sawmill has cedar offcuts and rough-cut boards we can drop off by the truckload.",
    ),
    (
        "other",
        "Our after-school kids don't have computers to do homework on.",
        "Our firm is refreshing its office and will donate thirty wiped laptops with chargers.",
    ),
    (
        "other",
        "Looking for tables and chairs for an outdoor festival of about 300 people.",
        "Our party rental business lends folding seating and six-foot banquet tops to charities free of charge.",
    ),
    (
        "other",
        "We need to get a donated upright from a farmhouse to our community center.",
        "I own a hauling company with a piano dolly and a crew experienced with heavy instruments.",
    ),
    (
        "other",
        "Our classrooms run out of pencils, notebooks and glue sticks by October.",
        "Our office supply store fills backpacks with school basics each fall; just tell us how many students.",
    ),
    (
        "other",
        "The volunteer fire department needs new radios because ours don't reach the county's repeaters.",
        "Our emergency management office has surplus handheld transceivers programmed for the regional network.",
    ),
    (
        "other",
        "We're running a diaper drive for teen moms and have barely a few packs.",
        "Our grocery chain's distribution center can send several cases of infant nappies and wipes.",
    ),
    (
        "other",
        "Our hospice wants to give patients' families a meal on the day of a death.",
        "Our church's casserole ministry has a freezer stocked with home-cooked dinners ready to go out any day.",
    ),
    (
        "other",
        "We're starting a bike repair program for kids and need bicycles and parts.",
        "Police department auction leftovers: about forty unclaimed bikes plus tubes and chains we can hand over.",
    ),
    (
        "other",
        "Our mobile clinic needs a generator to run equipment at rural sites with no power.",
        "Our construction company has a trailer-mounted diesel unit we can loan out between jobs.",
    ),
    (
        "other",
        "We need a big tent in case it rains on our Juneteenth celebration.",
        "Our funeral home owns a 40-by-60 canopy with sidewalls and will set it up for community gatherings.",
    ),
    (
        "other",
        "Seniors at our housing complex can't get to the grocery store since the bus route ended.",
        "Our rideshare co-op offers free weekly shopping trips for elders in two wheelchair-accessible minivans.",
    ),
    (
        "other",
        "Our pantry wants fresh produce, not just canned goods.",
        "My farm has seconds every week: bruised tomatoes, odd-shaped squash and greens we can't sell at market.",
    ),
    (
        "other",
        "Does anyone have a projector and screen we could borrow for a film night?",
        "Our library circulates a portable beamer and a pull-up display surface to local groups.",
    ),
    (
        "other",
        "Our community theater needs costumes for a 1940s period production.",
        "The historical society has a closet of vintage dresses, suits and hats from that era we'd lend out.",
    ),
    (
        "other",
        "Need hand sanitizer, masks and gloves for our flu vaccine clinic.",
        "Our hospital has surplus PPE nearing its date that we'd rather give to community health efforts.",
    ),
    (
        "other",
        "Our food truck startup needs a commercial-grade griddle and fryer we can't afford.",
        "A restaurant I co-owned closed; I have a flat-top, a deep oil cooker and a hood sitting in storage.",
    ),
    (
        "other",
        "We have volunteers ready to knock on doors but no clipboards, lanyards or name badges.",
        "Our union hall keeps canvassing kits: boards, pens, ID holders and walk sheets printed on demand.",
    ),
    (
        "other",
        "Our Native youth program would love traditional regalia materials for our dancers.",
        "My craft shop has overstock of seed beads, satin trim and deer leather that I'd donate to a cultural effort.",
    ),
    (
        "other",
        "We're organizing a backpack program and need something to fill them with on weekends.",
        "Our cereal plant donates shelf-stable breakfast and snack packs by the pallet to child-feeding efforts.",
    ),
    (
        "other",
        "Is there a way to get a wheelchair ramp for a veteran's home before he's discharged from the hospital?",
        "Our lumber yard and a carpentry crew build modular aluminum access ramps for disabled vets at no cost.",
    ),
    (
        "other",
        "Necesitamos sillas para bebé en los autos de las familias que reciben a sus recién nacidos.",
        "Nuestro departamento de bomberos reparte asientos infantiles de seguridad y los instala gratis.",
    ),
    (
        "other",
        "La feria de salud no tiene carpas ni mesas para los puestos de información.",
        "Mi negocio de alquiler de eventos presta toldos plegables y mobiliario a organizaciones comunitarias.",
    ),
    (
        "other",
        "Buscamos útiles escolares para niños de familias migrantes antes de que empiece el curso.",
        "Nuestra tienda dona mochilas llenas de cuadernos, lápices y colores cada agosto.",
    ),
    (
        "other",
        "We need a truck to haul trash after our neighborhood cleanup day.",
        "The county public works department will send a dump vehicle and roll-off bin for volunteer litter pickups.",
    ),
    (
        "other",
        "Our makerspace for teens needs a 3D printer. The grant didn't cover equipment.",
        "Our engineering firm is upgrading and will give you our old Prusa plus a box of filament.",
    ),
    (
        "other",
        "We'd like to serve a Thanksgiving meal for 400 but don't have the turkeys yet.",
        "Our poultry processor donates frozen birds to holiday dinners; we can deliver a couple hundred.",
    ),
    (
        "other",
        "Our job training center needs professional clothes so participants can go to interviews.",
        "Our law firm runs a suit closet: blazers, slacks and dress shoes employees have donated.",
    ),
    (
        "other",
        "Our small town's Christmas parade needs a float. We have no trailer.",
        "My family farm has a flatbed hay wagon and a tractor to pull it down Main Street.",
    ),
    (
        "other",
        "Looking for someone who can print large banners for a march next week.",
        "Sign shop owner; I can produce vinyl displays up to twenty feet at cost with a three-day turnaround.",
    ),
    (
        "other",
        "Our library needs more books for families who arrived from Vietnam.",
        "Our Saigon-born cultural association has hundreds of novels and children's titles in our mother tongue we'd like to see circulate.",
    ),
    (
        "other",
        "Our animal rescue is out of dog food and cat litter, and intake is rising.",
        "Our pet store chain sends damaged-bag kibble and clumping sand to shelters every month.",
    ),
    (
        "other",
        "We need walkie-talkies for volunteers directing traffic at the county fair.",
        "Our ham radio club lends a dozen two-way handsets with chargers for public events.",
    ),
    (
        "other",
        "Our recovery house residents need bedding: sheets, pillows, blankets.",
        "The hotel I manage is replacing linens and has two hundred full sets plus duvets to give.",
    ),
    (
        "other",
        "Does anyone have a commercial vehicle to deliver meals to homebound seniors?",
        "Our catering company's refrigerated box van is free Monday through Thursday if your drivers can use it.",
    ),
    (
        "other",
        "Our neighborhood watch says the park entrance is pitch dark at night. Anything temporary that could help?",
        "Our utility co-op has solar light towers on wheels we deploy for community safety requests.",
    ),
    (
        "other",
        "The community garden needs compost and mulch before spring planting.",
        "City parks department grinds tree trimmings into wood chips and has a mountain of aged leaf mold to give away.",
    ),
    (
        "other",
        "Our food bank has no forklift and unloading deliveries by hand is killing our backs.",
        "Our warehouse is replacing its pallet jack and a propane lift truck; they're yours if you can pick them up.",
    ),
    (
        "other",
        "Can anyone help with software for our youth program? We need design tools for kids making videos.",
        "I coordinate Adobe's nonprofit donations and can get Creative Cloud licenses for your students.",
    ),
    (
        "other",
        "We're moving the pantry to a new building and need shelving.",
        "Our closing hardware store has rows of steel racks and gondolas we'll dismantle and give you.",
    ),
    (
        "other",
        "Our refugee families arrive with nothing. We need pots, pans and dishes.",
        "Our congregation runs a kitchen-in-a-box collection: cookware, plates and utensils packed per household.",
    ),
    (
        "other",
        "Our cooling center needs bottled water for a heat wave next week.",
        "Our beverage distributor can drop pallets of case-packed spring-sourced drinks at any site in the metro.",
    ),
    (
        "other",
        "We need a cheap way to send text reminders to 2,000 parents.",
        "Our software company gives nonprofits a free tier of our mass SMS platform, up to 10,000 messages a month.",
    ),
    (
        "other",
        "Se rompió la lavadora del albergue y tenemos ropa sucia de cuarenta personas acumulada.",
        "Nuestra tintorería recoge, limpia y dobla prendas de residentes gratis los miércoles.",
    ),
    (
        "other",
        "We need hygiene kits for people living in encampments.",
        "Our dental practice has toothbrushes, floss and travel-size toiletries boxed up for outreach.",
    ),
    (
        "other",
        "Our tribe's language camp needs tents and sleeping bags for forty kids.",
        "Our scout council's equipment cache includes canvas wall shelters and cold-weather sacks we lend to youth groups.",
    ),
    (
        "other",
        "Our seed library needs envelopes, labels and a way to store seed properly.",
        "My stationery company has cases of small kraft packets and printable stickers; we also have a dehumidifier to spare.",
    ),
    (
        "other",
        "We'd love to give every graduate in our GED program a cap and gown.",
        "Our high school keeps extra commencement regalia from past years that we'll lend for any ceremony.",
    ),
    (
        "other",
        "Our rural library needs internet hotspots for people to check out.",
        "Our wireless carrier donates mobile broadband devices with a year of service to public branches.",
    ),
    (
        "other",
        "We need somebody to watch kids while their moms attend our support group.",
        "Teen volunteers from our youth ministry are trained babysitters and love keeping little ones busy.",
    ),
    (
        "other",
        "Our boxing gym needs gloves, heavy bags and mats.",
        "Our martial arts academy is upgrading and has sparring mitts, hanging strike targets and floor padding to donate.",
    ),
    (
        "other",
        "We need food for our Ramadan iftar, which will welcome neighbors of every faith.",
        "Our halal grocery will provide dates, lentil soup and rice dishes for breaking the fast together.",
    ),
    (
        "other",
        "Our volunteer firefighters need turnout gear; ours is past its service life.",
        "A neighboring department just replaced its bunker coats and pants and will pass on the usable sets.",
    ),
    (
        "other",
        "Our farmers' market needs a card reader so customers can use SNAP benefits.",
        "Our state agriculture office provides free EBT terminals to growers' stands through its nutrition incentive effort.",
    ),
    (
        "other",
        "We're starting a community weekly and need paper and ink.",
        "Our print plant has end rolls of newsprint that would otherwise be recycled.",
    ),
    (
        "other",
        "Our nonprofit's office has no furniture. Desks and chairs would be amazing.",
        "Our bank consolidated branches and has cubicles, file cabinets and ergonomic seating in storage.",
    ),
    (
        "other",
        "We need hundreds of pumpkins for our fall festival for kids.",
        "My patch has a late crop of jack-o'-lanterns that didn't sell; come glean them free.",
    ),
    (
        "other",
        "Our kids' choir can't afford sheet music for the holiday concert.",
        "Our church's choral library has octavos in quantity we'd lend.",
    ),
    (
        "other",
        "We need a golf cart or something to move elderly guests across the fairgrounds.",
        "Our country club lends utility carts for charity events and will trailer them over.",
    ),
    (
        "other",
        "Does anyone have a big grill for a block party?",
        "I built a trailer smoker that cooks for 300 and bring it out for neighborhood gatherings.",
    ),
    (
        "other",
        "Our crisis line needs headsets and phones for volunteers working from home.",
        "Our call center is upgrading and has USB earpieces with mics and VoIP handsets to donate.",
    ),
    (
        "other",
        "Necesitamos comida para la posada navideña del barrio, unas 200 personas.",
        "Nuestra panadería regala conchas y el restaurante de al lado ofrece tamales para fiestas comunitarias.",
    ),
    (
        "other",
        "Una familia perdió todo en un incendio y necesita muebles y ropa de cama.",
        "Nuestra tienda de segunda mano guarda camas, sofás, colchas y toallas para emergencias.",
    ),
    (
        "other",
        "Queremos abrir un club de tareas, pero no tenemos computadoras ni impresora.",
        "Mi empresa renovó sus equipos y puede donar quince portátiles y una multifuncional.",
    ),
    (
        "other",
        "Necesitamos transporte para llevar a los jornaleros a la clínica móvil.",
        "Nuestra parroquia tiene un autobús escolar viejo y dos choferes voluntarios los sábados.",
    ),
    (
        "other",
        "Our hunting club wants to donate venison to the pantry but has no way to process it.",
        "Our meat locker butchers and packages deer for food banks through the state's hunters-feeding-the-hungry program.",
    ),
    (
        "other",
        "We're doing a literacy program in the county jail and need books that can pass inspection.",
        "Our prison book project supplies softcover paperbacks that meet correctional facility rules.",
    ),
    (
        "other",
        "Our museum needs display cases for a small exhibit on local veterans.",
        "Our department store remodel freed up glass-front vitrines and lockable cabinets.",
    ),
    (
        "other",
        "Our robotics team needs metal components cut to spec.",
        "Our machine shop runs CNC jobs for student projects free after hours.",
    ),
    (
        "other",
        "We're creating a memorial garden and need benches and a plaque.",
        "Our stone works engraves granite markers and has recycled-plastic park seating to contribute.",
    ),
    (
        "other",
        "Our community choir needs something for singers to stand on at concerts so the back row can be seen.",
        "Our high school drama department will lend its portable stage platforms and steps.",
    ),
    (
        "other",
        "We need medical supplies for our free clinic: blood pressure cuffs, glucose meters, test strips.",
        "Our pharmacy has sphygmomanometers, diabetic monitors and lancets near expiration we can give you.",
    ),
    (
        "other",
        "Our wildfire evacuation center needs cots and blankets in a hurry.",
        "The Red Cross chapter warehouse holds emergency bedding and folding beds ready to deploy.",
    ),
    (
        "other",
        "Looking for a boat so our youth program can do river ecology trips.",
        "Our outfitter rents canoes and will lend a fleet of ten with paddles and life jackets for education.",
    ),
    (
        "other",
        "Our rural school's band needs instruments; half the students share.",
        "Our music store restores used trumpets, clarinets and trombones and donates them to programs in need.",
    ),
    (
        "other",
        "We need to feed the crew rebuilding homes after the tornado.",
        "Our Mennonite disaster kitchen sets up on site and cooks three meals a day for work crews.",
    ),
    (
        "other",
        "Our historical society would like a high-resolution scanner for old photographs.",
        "Our university library surplus includes a flatbed imaging unit with a transparency adapter we no longer use.",
    ),
    (
        "other",
        "We run a community fridge and need a steady supply of groceries.",
        "Our supermarket rescues day-old bread, dairy and produce each morning for neighborhood food sharing.",
    ),
    (
        "other",
        "Our sports league needs uniforms for 200 kids.",
        "Our embroidery and screen printing shop makes jerseys at cost and sponsors a few teams each season.",
    ),
    (
        "other",
        "Our cleanup crew needs gloves, trash grabbers and bags.",
        "Our hardware store puts together litter-pickup kits with work mitts, reacher tools and contractor sacks.",
    ),
    (
        "other",
        "We need a van with a wheelchair lift for our disability advocacy trip to the capitol.",
        "Our paratransit agency will loan an accessible minibus with a driver for group travel.",
    ),
    (
        "other",
        "Does anyone have tablets we could use for digital literacy classes for seniors?",
        "Our telecom company donates refurbished iPads with cases and a setup guide for older learners.",
    ),
    (
        "other",
        "Our sewing circle wants to make quilts for foster kids but fabric is expensive.",
        "Our upholstery business has bolts of cotton remnants and batting left over from jobs.",
    ),
    (
        "other",
        "Our heating assistance program ran out of firewood for families in the hills.",
        "Our logging crew splits and delivers cords of seasoned oak to households that heat with stoves.",
    ),
    (
        "other",
        "We need lots of coffee for a 6am volunteer shift every Saturday.",
        "Our roastery gives bags of beans and brewing urns to community groups.",
    ),
    (
        "other",
        "Our health fair needs a portable exam table and privacy screens.",
        "Our medical equipment supplier has a folding examination bed and rolling partitions to lend.",
    ),
    (
        "other",
        "We need about fifty hard hats and safety vests for a Habitat build.",
        "Our construction firm keeps a stock of PPE: helmets, hi-vis jackets and eye protection for volunteer crews.",
    ),
    (
        "other",
        "Our cemetery restoration project needs a way to clean old headstones safely.",
        "I sell conservation supplies and can donate biological stone wash and soft brushes.",
    ),
    (
        "other",
        "Our 4-H club needs show equipment: halters, feed pans and grooming supplies for lambs.",
        "Our farm store sponsors youth livestock exhibitors with tack, pails and clippers.",
    ),
    (
        "other",
        "We'd like to livestream our city council forum but have no camera gear.",
        "Our public access TV station lends camcorders, tripods and a streaming encoder to residents.",
    ),
    (
        "other",
        "We need prizes for a raffle at our school fundraiser.",
        "Our downtown merchants put together gift baskets and restaurant certificates for local causes.",
    ),
    (
        "other",
        "Our prayer vigil needs candles for a thousand people.",
        "Our chandlery has seconds with imperfect wax that burn perfectly fine, boxed by the hundred.",
    ),
    (
        "other",
        "Our shelter has no beds for families with infants. We need cribs.",
        "Our baby boutique has floor-model bassinets and pack-and-plays we can't sell.",
    ),
    (
        "other",
        "Necesitamos hielo para la fritura de pescado de verano que recauda fondos.",
        "Nuestra planta empacadora tiene una máquina congeladora y puede embolsar cubitos para eventos.",
    ),
    (
        "other",
        "Our youth orchestra needs a van to carry cellos and basses to competitions.",
        "Our moving company's cargo truck with padded blankets is available on weekends.",
    ),
    (
        "other",
        "Our literacy program needs picture books for toddlers.",
        "Our pediatric clinic's Reach Out and Read shelf has extra board titles to share.",
    ),
    (
        "other",
        "Our emergency management team wants satellite phones for when cell towers go down.",
        "Our electric co-op keeps Iridium handsets for storm response and can assign two to your crew.",
    ),
    (
        "other",
        "We need a tractor to till the new community garden plot.",
        "My farm has a compact diesel with a rototiller attachment; I'll come work the ground.",
    ),
    (
        "other",
        "Our farmworker outreach needs sunscreen, hats and water bottles for the heat.",
        "Our dermatology practice donates SPF lotion and wide-brim shade caps every summer.",
    ),
    (
        "other",
        "We want every child at our summer meal site to go home with something to read.",
        "Our bookstore collects gently used kids' titles in a bin by the register all year.",
    ),
    (
        "other",
        "We need signs pointing voters to where they cast ballots in our church basement on Tuesday.",
        "Our county elections office provides A-frame placards and directional arrows to precinct volunteers.",
    ),
    (
        "other",
        "Nuestro equipo de fútbol infantil necesita balones, conos y redes para las porterías.",
        "Mi tienda de deportes dona material de entrenamiento a ligas juveniles cada temporada.",
    ),
    (
        "other",
        "La despensa comunitaria se quedó sin arroz ni frijoles.",
        "Nuestro mercado mayorista puede entregar sacos de granos básicos y lentejas cada semana.",
    ),
    (
        "other",
        "Queremos un mural en la escuela, pero no tenemos pintura ni brochas.",
        "La ferretería del barrio regala galones de color sobrantes y rodillos para proyectos comunitarios.",
    ),
    (
        "other",
        "Our community radio station needs a transmitter to replace one struck by lightning.",
        "Our broadcasting company retired a low-power FM unit that still works and could go to a nonprofit signal.",
    ),
    (
        "other",
        "We need to fix up the playground: the swings are broken and we need new mulch.",
        "Our parks equipment supplier has replacement chains, seats and rubber safety surfacing to give.",
    ),
    (
        "other",
        "Our immigrant women's cooperative needs sewing machines to start a business.",
        "Our tailoring school is replacing its industrial Singers and Juki units and will pass them along.",
    ),
    (
        "other",
        "Our beekeeping effort for veterans needs hives and protective suits.",
        "Our apiary supply business donates boxes, frames, veils and jackets to therapeutic bee programs.",
    ),
    (
        "other",
        "Our warming center runs out of hot meals by midnight.",
        "Our pizza place sends unsold pies at close, around 11, to any shelter that calls.",
    ),
    (
        "other",
        "We need storage bins and totes to organize donated clothing.",
        "Our retail distribution center discards sturdy plastic containers by the hundred.",
    ),
    (
        "other",
        "We need a trailer to haul our mobile stage to rural fairs.",
        "My welding shop has a 20-foot flatbed with a hitch we use for parade floats and can loan.",
    ),
    (
        "other",
        "Our new mothers' group needs breast pumps for moms who went back to work.",
        "Our WIC office lends hospital-grade lactation equipment to working parents.",
    ),
    (
        "other",
        "Our youth hunting education course needs blaze orange and practice targets.",
        "Our sportsmen's club donates hunter-safety vests, clay throwers and paper bullseyes.",
    ),
    (
        "other",
        "Our after-school snack table lost its funding. We need food for 80 kids every afternoon.",
        "Our dairy co-op and bakery split a weekday drop of string cheese, milk cartons and muffins for kids' clubs.",
    ),
    (
        "other",
        "We need a wood chipper for a weekend clearing brush around the church camp.",
        "Our landscaping business will bring a towable shredder and an operator for fire mitigation.",
    ),
    (
        "other",
        "Our ESL class has no whiteboard or markers.",
        "Our office is moving and has rolling dry-erase boards and expo pens to give.",
    ),
    (
        "other",
        "We need dental supplies for a mobile clinic serving farmworkers.",
        "Our orthodontic office has surplus fluoride varnish, gloves and disposable mirrors.",
    ),
    (
        "other",
        "The quilting guild wants to auction a handmade quilt but needs frames and batting.",
        "I have two old wooden stitching racks from my grandmother and a roll of cotton loft I'll never use.",
    ),
    (
        "other",
        "Our community kitchen has nowhere to keep donated meat frozen long term.",
        "Our appliance store has scratch-and-dent chest units that hold zero degrees; we'll deliver to food programs.",
    ),
    (
        "other",
        "We're launching a podcast on rural life and need microphones and headphones.",
        "Our public radio station has a few retired studio mics and monitor cans we'd lend.",
    ),
    (
        "other",
        "Our program for teen moms needs car seats, strollers and baby clothes.",
        "Our consignment shop sets aside infant gear, onesies and pushchairs for families referred by social workers.",
    ),
    (
        "other",
        "Our reentry program needs prepaid phones so participants can reach parole officers and employers.",
        "Our mobile carrier's Lifeline benefit gives free cell devices with minutes to returning citizens.",
    ),
    (
        "other",
        "Our mosque's youth want to plant trees around the parking lot.",
        "Our nursery donates saplings and shade oaks to faith communities for greening projects.",
    ),
    (
        "other",
        "We need sandbags and shovels before the river crests on Thursday.",
        "County road department stockpiles burlap sacks and a pile of sand that anyone may fill.",
    ),
    (
        "other",
        "Our veterans' stand-down needs haircuts and toiletries for two hundred guests.",
        "Our barber college sends students with clippers and donated grooming kits to homeless events.",
    ),
    (
        "other",
        "We need a ticketing system for our fundraiser gala without paying huge fees.",
        "Our events platform waives all service charges for registered nonprofits.",
    ),
    (
        "other",
        "Our elementary school's garden needs seeds for spring.",
        "Our seed company mails free heirloom packets to classroom and community growing projects.",
    ),
    (
        "other",
        "Our summer camp needs life jackets for fifty kids.",
        "Our marina keeps a rack of Coast Guard-approved flotation vests for youth programs.",
    ),
    (
        "other",
        "We're building a little free library and need wood and a glass door.",
        "Our window company has leftover panes and cabinet doors; my carpenter neighbor has scrap pine.",
    ),
    (
        "other",
        "Our Lunar New Year celebration needs red envelopes and lanterns for 500 people.",
        "Our Chinese merchants' association orders hongbao and hanging paper lights in bulk each spring festival and has plenty left.",
    ),
    (
        "other",
        "We need an accounting program for our small nonprofit; spreadsheets are not cutting it.",
        "Through TechSoup, our foundation can get you QuickBooks Online at a deep discount and cover the first year.",
    ),
    (
        "other",
        "Our deaf community event needs captioning equipment and a screen.",
        "Our AV company has CART display monitors and a laptop setup for live text we'll loan free.",
    ),
    (
        "other",
        "Our youth baseball field needs bases, batting helmets and catcher's gear.",
        "Our minor-league club donates retired equipment, including protective masks, bags and bats.",
    ),
    (
        "other",
        "Our county fair's 4-H barn needs fans before the August heat.",
        "Our HVAC company has high-velocity barrel blowers in storage we'll bring out.",
    ),
    (
        "other",
        "Our rural ambulance service needs an AED for the community hall.",
        "Our hospital foundation places automatic defibrillators in public buildings in underserved towns.",
    ),
    (
        "other",
        "We need help feeding participants at our weekend leadership retreat for 40 young people.",
        "Our catering class at the vocational high school prepares meals for community events as practice.",
    ),
    (
        "other",
        "Our dance troupe needs flooring to perform on at outdoor festivals.",
        "Our studio owns a portable marley surface in rolls we'll lend with tape.",
    ),
    (
        "other",
        "Many of our shelter residents squint at forms and can't afford glasses for close-up vision.",
        "Our optometry practice has a box of donated readers in every strength.",
    ),
    (
        "other",
        "Our chamber's business expo needs booth pipe and drape.",
        "Our convention services company lends framing and curtains for local trade shows.",
    ),
    (
        "other",
        "Our hurricane relief team needs chainsaws and fuel.",
        "Our tree service sends saws, bar oil and gas cans with certified operators after storms.",
    ),
    (
        "other",
        "Our kids' summer program wants art supplies: paint, clay, paper.",
        "Our craft store donates unsold tempera, modeling dough and construction sheets to camps.",
    ),
    (
        "other",
        "Necesitamos pañales y leche de fórmula para las familias del albergue.",
        "Nuestra farmacia dona productos para bebés cada mes a refugios de la zona.",
    ),
    (
        "other",
        "Buscamos un proyector para las noches de cine familiar en el parque.",
        "La biblioteca municipal presta un equipo de video portátil y una pantalla inflable.",
    ),
    (
        "other",
        "Nuestra cocina comunitaria necesita ollas grandes para preparar pozole para 300.",
        "Nuestro restaurante presta cazuelas industriales y una estufa de dos quemadores para eventos.",
    ),
    (
        "other",
        "We need cleaning supplies for a church basement that flooded.",
        "Our janitorial distributor donates mops, disinfectant and a wet vac to water-damaged buildings.",
    ),
    (
        "other",
        "Our refugee resettlement office needs beds for a family of seven arriving next week.",
        "Our furniture bank has mattresses, bunk frames and dressers ready for same-week delivery.",
    ),
    (
        "other",
        "Our girls' STEM club wants to look at pond water and cells but has no microscopes.",
        "Our biotech company is upgrading its lab and will give away six benchtop Olympus units and a box of slides.",
    ),
    (
        "other",
        "Nuestra orquesta comunitaria necesita dónde apoyar las partituras para 60 músicos.",
        "El distrito escolar tiene atriles plegables sobrantes de una secundaria que cerró.",
    ),
    (
        "other",
        "We need a website domain and hosting for our new neighborhood association.",
        "My web company gives civic groups a free .org address and server space.",
    ),
    (
        "other",
        "Our teen center needs a pool table and board games.",
        "Our VFW post is remodeling and has a billiards set-up, checkers sets and card decks to donate.",
    ),
    (
        "other",
        "Nuestro campamento de duelo para niños quiere regalarle un osito de peluche a cada uno.",
        "Nuestro club rotario teje y junta muñecos suaves para pequeños que perdieron a un ser querido.",
    ),
    (
        "space",
        "Where could sixty people gather on a Tuesday evening for a town budget forum? The school cafeteria is booked all spring.",
        "The Grange hall on Route 9 seats about eighty on folding chairs, and it sits empty most weeknights after supper.",
    ),
    (
        "space",
        "Our refugee sewing cooperative needs somewhere to keep twelve industrial machines between sessions.",
        "I manage a self-storage lot off the bypass and can comp a ten-by-twenty unit with power for a year.",
    ),
    (
        "space",
        "We're a tribal youth council planning a three-day language camp next July. We have elders, teachers and food lined up. What we lack is ground to pitch tents on, ideally near water.",
        "My family runs cattle on a section that borders the creek; the lower pasture is flat, mowed, and has a hand pump.",
    ),
    (
        "space",
        "Does anyone know of a commercial kitchen we could rent by the hour to launch a tamale business?",
        "Our Lutheran church got its fellowship hall licensed last year: three-compartment sink, six-burner range, and a health permit on file.",
    ),
    (
        "space",
        "Looking for a quiet room where veterans can meet one-on-one with benefits counselors, somewhere that isn't a government building.",
        "The American Legion post has a back office with a door that locks and a desk nobody uses Monday through Thursday.",
    ),
    (
        "space",
        "Necesitamos un lugar para dar clases de inglés a unas treinta madres los sábados por la mañana.",
        "La biblioteca del barrio tiene una sala con pizarrón y mesas grandes que está libre los fines de semana antes del mediodía.",
    ),
    (
        "space",
        "Our after-school robotics team lost its garage. The kids build a 120-pound machine each season and need somewhere with concrete floors and outlets.",
        "I own an auto body shop and the third bay has been empty since I cut back to two techs.",
    ),
    (
        "space",
        "We want to host a winter farmers market so growers in the county can sell year-round. Anyone have indoor square footage?",
        "The old Ben Franklin five-and-dime downtown is vacant; I hold the lease and would let vendors set up tables through March.",
    ),
    (
        "space",
        "Is there a place in town where a grieving family could hold a repast for about 150 after a funeral, with tables already out?",
        "Mount Zion's basement dining room is set for 160 most days, and our kitchen ladies know the drill.",
    ),
    (
        "space",
        "Our mutual aid pantry is outgrowing a closet. We need a spot for pallets of canned goods, dry and off the floor.",
        "I run a feed and seed with a loading dock and a mezzanine I only half use.",
    ),
    (
        "space",
        "A small theatre troupe of formerly incarcerated actors needs rehearsal room, three evenings a week for six weeks.",
        "Our dance studio sits dark after 7pm: sprung floor, mirrored wall, and a sound system you're welcome to plug into.",
    ),
    (
        "space",
        "Where can our hospice volunteers hold a day-long training with a projector and lunch for three dozen?",
        "The credit union's community room has a screen, a kitchenette and seats forty-five; nonprofits book it free.",
    ),
    (
        "space",
        "We're a Hmong farmers' association and several members want a half acre each to grow vegetables for market. Land within twenty minutes of the city would change everything.",
        "I inherited fifteen tillable acres just past the county line and haven't decided what to do with them; happy to sign multi-year leases at a token rate.",
    ),
    (
        "space",
        "Looking for somewhere to park our mobile dental van overnight where it can plug in and stay secure.",
        "The fire station has a fenced apron with a 50-amp shore power outlet we use for the rescue truck; there's room for one more rig.",
    ),
    (
        "space",
        "Does anybody have a desk or two a start-up immigration legal clinic could use while we find funding?",
        "Our co-working floor has four open hot desks, plus a phone booth for confidential calls, and I can waive membership for a nonprofit.",
    ),
    (
        "space",
        "Our mosque wants to host an interfaith iftar but we can only fit forty and we expect three hundred.",
        "The high school gym can be reserved through the district for community events, and as athletic director I can walk the request through.",
    ),
    (
        "space",
        "Need a venue for a quinceañera-style coming-of-age celebration for foster youth who aged out without one.",
        "My banquet hall has a Sunday afternoon open every month and a DJ booth; I'd host it at no charge.",
    ),
    (
        "space",
        "A coalition of small-town librarians wants a retreat weekend somewhere with bunks and a meeting room.",
        "Our Methodist camp on the lake sleeps sixty in cabins and has a lodge with a fireplace; off-season rates are nearly nothing.",
    ),
    (
        "space",
        "We run a tool lending library and keep getting donations: lawnmowers, table saws, ladders. Our shed is full.",
        "I have an empty pole barn on my property, dry, gravel floor, with a roll-up door you can drive a truck into.",
    ),
    (
        "space",
        "Where could we hold a job fair for sixty employers and maybe a thousand visitors?",
        "The county fairgrounds' exhibition building is climate-controlled, has 200 eight-foot tables stored on site, and books through my office.",
    ),
    (
        "space",
        "Our youth climate group wants to plant a pollinator garden but none of us owns any dirt.",
        "The parish has a strip of lawn along the parking lot that the grounds committee would love to see turned into flowers.",
    ),
    (
        "space",
        "Buscamos un salón donde los trabajadores agrícolas puedan reunirse después del trabajo sin que los patrones se enteren.",
        "Nuestra capilla en las afueras tiene un cuarto al fondo; el padre dice que la puerta está abierta para quien la necesite.",
    ),
    (
        "space",
        "We need to host a tele-health hub where rural patients can see specialists by video, with privacy and decent bandwidth.",
        "The library branch in Millbrook has two study rooms with doors and fiber internet that the state just paid for.",
    ),
    (
        "space",
        "After the flood we have nowhere to sort donated clothes and furniture. The church basement is still drying out.",
        "I manage a vacant big-box store on the east side; the owner agreed to let relief groups use it until a tenant signs.",
    ),
    (
        "space",
        "Looking for a stage with lights where a Somali poetry night could be held for about 200 guests.",
        "The community college auditorium has a full lighting rig and 220 seats, and the arts dean likes bringing in outside programming.",
    ),
    (
        "space",
        "Can anyone help us find a secure room for a domestic violence support group, one where the address isn't public?",
        "I'm on the board of a counseling practice whose second-floor suite has no signage and a private entrance off the alley.",
    ),
    (
        "space",
        "Our 4-H club needs a pen to house show lambs for two months before the county fair; the kids live in apartments.",
        "We've got three empty stalls in the horse barn and a paddock with good fencing.",
    ),
    (
        "space",
        "We need a place for a pop-up vaccination clinic: a waiting area, two private stations, and accessible parking.",
        "Our VFW hall is one level, has a ramp and a lot for forty cars, and the side rooms can be curtained off.",
    ),
    (
        "space",
        "The city's new-arrival welcome center needs a temporary home while its building is renovated. Six months, maybe eight.",
        "The chamber of commerce has a ground-floor suite on Main that's been empty since the insurance agency moved out.",
    ),
    (
        "space",
        "Is there anywhere in the valley where a youth soccer league could practice after dark?",
        "The Catholic high school's turf field is free after 6pm on weekdays and the lights are on a timer I control.",
    ),
    (
        "space",
        "A group of Karen elders wants to meet weekly to weave and talk. They need somewhere to spread out looms, daylight, and a bathroom on the ground floor.",
        "The senior center's craft room has big windows, long tables, and is just past the restrooms by the front door.",
    ),
    (
        "space",
        "We're organizing a recovery-friendly New Year's Eve dance. We need a hall where no alcohol has ever been the point.",
        "Our Alano Club has a ballroom that seats 120 and a coffee bar that runs all night.",
    ),
    (
        "space",
        "Where can a tiny newsroom of three reporters work until we find an office?",
        "The journalism department has a lab with six workstations that sits unused most afternoons; I'd sponsor you as visiting partners.",
    ),
    (
        "space",
        "Needed: somewhere dry to stack 400 donated bicycles for a refurbish-and-give-away program.",
        "I own a decommissioned bus depot with a huge heated bay, and it's just sitting there waiting on a buyer.",
    ),
    (
        "space",
        "Our Sikh gurdwara plans a free community meal during the county's heat emergency. We need somewhere cool for the langar line.",
        "The public library's lower level is a designated cooling center and has a large carpeted program room.",
    ),
    (
        "space",
        "We'd like to hold a multi-county summit of sheriffs and treatment providers, around ninety people, somewhere neutral.",
        "The extension office's conference center at the state university campus seats 100 classroom-style and nobody there has a dog in the fight.",
    ),
    (
        "space",
        "Does anyone have a parking lot we could use on Saturday mornings for a drive-through food distribution?",
        "Our megachurch has asphalt for 600 vehicles that sits vacant until the 5pm vigil worship.",
    ),
    (
        "space",
        "Un grupo de jóvenes quiere pintar un mural, pero necesitamos una pared grande y el permiso del dueño.",
        "La lavandería de la esquina es mía, en de la Cuarta; el costado del edificio da a la calle y está en blanco.",
    ),
    (
        "space",
        "Our wildfire evacuation plan needs a designated place to shelter large animals: horses, goats, a few llamas.",
        "The rodeo grounds have 80 covered stalls and water lines, and I chair the board that manages them.",
    ),
    (
        "space",
        "Looking for an office where a county re-entry program can meet clients, near the bus line, accessible, nothing fancy.",
        "Our Baptist church owns a storefront on the Route 4 bus stop that's been a thrift shop; the back half is now open.",
    ),
    (
        "space",
        "We're restarting a polka and old-time fiddle night for the Czech heritage society. Anybody have a wooden floor that won't mind boots?",
        "The Sokol hall out on the state highway still has its original maple boards and we rent it for the cost of heat.",
    ),
    (
        "space",
        "Our Afghan women's group wants a private place to exercise where no men can walk in.",
        "I own a yoga studio with frosted windows and a lock on the door; Sunday mornings are yours.",
    ),
    (
        "space",
        "Where can a group of laid-off mill workers meet to plan a worker-owned cooperative? Union hall feels too political for some of them.",
        "I run a diner with a back banquet room for twenty-five that nobody books on weekday afternoons.",
    ),
    (
        "space",
        "We need a spot in the county seat where residents can drop off hazardous household waste once a quarter.",
        "The road department's maintenance yard is paved, fenced, and has spill containment from when we stored salt brine.",
    ),
    (
        "space",
        "A youth-led podcast collective needs somewhere soundproof to record. Right now they use a closet and the quality shows.",
        "The public radio station has a second booth that's free most mornings, and I can schedule it as a community partner.",
    ),
    (
        "space",
        "Our volunteer fire department's auxiliary is holding a pancake breakfast fundraiser but the firehouse is being reroofed.",
        "The Masonic lodge has a griddle-equipped kitchen and a dining room for a hundred; we'd donate Saturday morning.",
    ),
    (
        "space",
        "Is there an outdoor venue for an Indigenous Peoples' Day powwow with a drum circle and vendor booths? We expect 800 over a weekend.",
        "The city parks department manages Riverside Meadow, six flat acres with restrooms and electrical hookups, and I handle the event permits.",
    ),
    (
        "space",
        "Looking for a spot to house a seed library: a few shelves and a cabinet where people can come borrow packets.",
        "Our branch librarian has been begging for a reason to fill the empty card catalog in the lobby.",
    ),
    (
        "space",
        "We need somewhere for 25 displaced families to sleep tonight after the apartment fire.",
        "St. Brigid's parish hall is a Red Cross-certified shelter site with cots already stored in the closet.",
    ),
    (
        "space",
        "Our Vietnamese nail salon owners' association wants to run safety trainings. Any room that fits forty with chairs?",
        "The workforce board's training center has two classrooms of 45 each, free for industry associations.",
    ),
    (
        "space",
        "We're a Black farmers' cooperative looking to process and pack produce together. We need a cold room and a washing area.",
        "I retired from dairying and the old milk parlor has stainless walls, drains in the floor and a walk-in cooler that still runs.",
    ),
    (
        "space",
        "Does anyone have a room where teenagers could just hang out after school that isn't a church or a police station?",
        "I own the bowling alley and the birthday lounge sits empty until Friday; the kids can have it weekdays.",
    ),
    (
        "space",
        "Need a location to run a free tax-prep site from February to April. Four tables, internet, and waiting chairs.",
        "Our credit union lobby has a side area we clear out every winter, with Wi-Fi and a coffee station.",
    ),
    (
        "space",
        "Where could a mariachi program for middle schoolers practice? The band room is taken and the noise is a problem at home.",
        "The Knights of Columbus building sits on two acres with no neighbors, and the main hall has great acoustics.",
    ),
    (
        "space",
        "We would like to hold a naturalization ceremony watch-party and potluck for new citizens, about 120 guests.",
        "Our synagogue's social hall holds 150 and the sisterhood loves a reason to set up a buffet.",
    ),
    (
        "space",
        "Nuestra cooperativa de limpieza necesita una oficina pequeña para atender a clientes y guardar productos.",
        "Tengo un local al lado de mi panadería con un escritorio y un cuarto atrás con estantes; se los presto sin renta por seis meses.",
    ),
    (
        "space",
        "Our small-town arts council wants to open a gallery but has no building. Even a temporary pop-up would help us prove demand.",
        "The bank moved out of the old brick branch on the square last fall; it has high ceilings and white walls, and I manage the property.",
    ),
    (
        "space",
        "Is there a gym floor anywhere in the district where a wheelchair basketball team could practice twice a week?",
        "The YMCA's second court has no bleachers blocking it and is open Tuesday and Thursday evenings.",
    ),
    (
        "space",
        "We need a remote base camp for a weekend trail-clearing crew after the ice storm: parking, water, somewhere to eat.",
        "The forest service work station at the trailhead has a bunkhouse and a cookshed, and I'm the district ranger.",
    ),
    (
        "space",
        "Our Ukrainian newcomer group needs a weekly space where kids can do homework while parents take job readiness classes.",
        "The Presbyterian church's education wing has four classrooms side by side, so little ones can be next door to mom and dad.",
    ),
    (
        "space",
        "Looking for a loading area where a food truck incubator can stage six trucks for an evening market.",
        "The hardware store's back lot is empty after 5 and has a water spigot and two outdoor outlets.",
    ),
    (
        "space",
        "A union local needs a strike headquarters near the plant gate for several weeks, with a kitchen and bathrooms.",
        "My family's roadside bar is a quarter mile from the plant entrance; we're closed weekdays and we all carry cards ourselves.",
    ),
    (
        "space",
        "We are starting a maker space for girls in a rural county. We need a building with wiring that can take a laser cutter.",
        "The old vo-tech shop at the consolidated school is sitting idle, three-phase power and all, and the board is open to leasing it.",
    ),
    (
        "space",
        "Where can our neighborhood association hold a candidate forum that feels nonpartisan?",
        "The public library's auditorium is the traditional host for debates in this town and has a moderator's podium.",
    ),
    (
        "space",
        "We need a warehouse corner to assemble 2,000 hygiene kits for the migrant shelter next month.",
        "Our distribution center has a training bay with forty feet of conveyor and pallet racks we can clear for you.",
    ),
    (
        "space",
        "Our Bhutanese community wants to celebrate Dashain with dancing and a feast. Two hundred people, a whole Saturday.",
        "The Elks lodge has a ballroom with a stage and a bar we'd lock up; Saturdays in October are still open.",
    ),
    (
        "space",
        "Looking for a small plot near downtown where a homeless services group can place two tiny homes as a pilot.",
        "Our congregation owns a fenced lot behind the sanctuary, zoned for accessory dwellings, and the vestry voted to offer it.",
    ),
    (
        "space",
        "A veterans' woodworking program needs a shop: benches, dust collection, and a place to leave projects overnight.",
        "I closed my cabinetry business last year but kept the building; the tablesaw, jointer and cyclone system are all still bolted down.",
    ),
    (
        "space",
        "We're planning a regional gathering of Native artists and need exhibit walls for about forty works for two weeks.",
        "The university museum's community gallery rotates monthly and the next open slot is in November; I sit on its curatorial committee.",
    ),
    (
        "space",
        "Does anyone have a room for a weekly support circle for parents of kids with autism, with a separate area for childcare?",
        "Our Montessori school has a parent lounge next to a playroom with a half-door, free evenings.",
    ),
    (
        "space",
        "Necesitamos estacionamiento para un mercado de pulgas los domingos. Unos cuarenta puestos.",
        "El lote del supermercado queda vacío los domingos porque cerramos temprano; yo soy el gerente y puedo autorizarlo.",
    ),
    (
        "space",
        "Where might a rural hospital run a community CPR class for seventy ranchers during calving off-season?",
        "The sale barn's auction arena has bleachers for 150 and a flat floor where mannequins could line up.",
    ),
    (
        "space",
        "Our bilingual preschool co-op was told our basement lacks a second exit. We need a licensed-ready classroom by August.",
        "I chair facilities for the Episcopal church and our former nursery has two exits, child-height sinks and passed fire inspection in May.",
    ),
    (
        "space",
        "We need somewhere to hold a two-day mediation training for 30 community members, with breakout rooms.",
        "The law school's clinic wing has a seminar hall plus three small conference offices around it, available in summer.",
    ),
    (
        "space",
        "Looking for free storage for our parade float between Juneteenth and the holiday parade in December.",
        "My trucking company has an empty trailer bay that's covered and behind a gate.",
    ),
    (
        "space",
        "Our library wants to run an outdoor movie series but the lawn is too small. Any field with a flat edge for a screen?",
        "The Little League complex has a grass outfield backed by a white cinderblock wall, and I'm the league president.",
    ),
    (
        "space",
        "We need a hall where a Filipino community association can host a basketball tournament followed by a party.",
        "Our parish gym has a regulation court and a stage at one end, with a kitchen through the swinging door.",
    ),
    (
        "space",
        "Where can a newly formed county tenants' union meet monthly? Forty people, on a bus line, somewhere landlords don't own.",
        "The laborers' local on 3rd Street seats sixty, sits on two transit routes, and welcomes anyone organizing renters or workers.",
    ),
    (
        "space",
        "Is there a safe place for domestic violence survivors' pets to stay while their owners are in shelter?",
        "I run a boarding kennel with six runs I keep in reserve, and I'd waive fees for anyone fleeing an abusive home.",
    ),
    (
        "space",
        "A refugee resettlement office needs somewhere to stage furniture donations before delivering them to new apartments.",
        "Our moving company has a half-empty warehouse bay and I'd happily let you use it until spring.",
    ),
    (
        "space",
        "Our county's first Pride picnic needs a park pavilion, but the town council keeps stalling on permits. Any private grounds nearby?",
        "I own an orchard with a covered packing shed and a big lawn, and I don't need anyone's permission to invite guests.",
    ),
    (
        "space",
        "We're a mobile food pantry and our refrigerated trailer needs a home base with power between runs.",
        "The grocery co-op has a plug-in spot by the dock where our reefer truck used to sit before we sold it.",
    ),
    (
        "space",
        "Looking for somewhere on the Navajo Nation near Tsé Bit'a'í for a water rights workshop, about fifty residents.",
        "Our chapter house seats seventy and has a generator for when the grid drops; the council approves outside uses at the monthly meeting.",
    ),
    (
        "space",
        "Does anyone have an empty classroom where adult learners can study for their GED three nights a week?",
        "I'm principal at Lincoln Elementary and rooms 12 and 14 are unused after 5; the custodian stays till nine.",
    ),
    (
        "space",
        "Our fiddlers' camp for kids keeps getting bigger. We need bunks for 90 and practice rooms for six groups.",
        "The Bible camp up the canyon has three dorms, a chapel, and five small cabins that work as breakout spaces once the summer kids leave in August.",
    ),
    (
        "space",
        "We need a spot to set up a cooling tent for farmworkers during harvest. Shade and water access near the packing houses.",
        "Our grange owns a shaded lot with a well and picnic tables right on Orchard Road, across from the packers.",
    ),
    (
        "space",
        "Where can we hold a blood drive? The bloodmobile needs a flat lot and a room for the canteen.",
        "The Rotary-owned community building has a level gravel pad for buses and a lounge with a fridge.",
    ),
    (
        "space",
        "A Tongan church choir wants to record an album and needs a room with a piano and good echo.",
        "Our cathedral's nave has a seven-foot Steinway and a reverb that recording engineers travel for.",
    ),
    (
        "space",
        "Our coalition needs a permanent mailing address and a place for quarterly board sessions.",
        "My accounting firm sponsors one nonprofit annually with a registered street location, mail handling and use of our boardroom.",
    ),
    (
        "space",
        "We want to grow a three-sisters garden with tribal youth and need about an acre of ground that hasn't been sprayed.",
        "My family's acreage has been certified organic for two decades, and the back field sits fallow next season.",
    ),
    (
        "space",
        "Is there a large shed or barn where we can dry out water-damaged library books after the flood?",
        "The airport authority has an empty T-hangar with big fans; I'm on its board and can get you in this week.",
    ),
    (
        "space",
        "Looking for a home for a weekly chess club for retirees and grade-schoolers. Calm, warm, and with tables.",
        "The coffee shop I own has a back room that's quiet until the evening open mic, and I'll throw in hot cocoa.",
    ),
    (
        "space",
        "We're hosting a statewide youth organizing conference, 400 students, three days, with dorms. Any campus help?",
        "I direct summer conferences at the state college; residence halls are empty in late June and we give nonprofit rates.",
    ),
    (
        "space",
        "Somewhere near the border crossing where asylum seekers can rest a few hours after release? Just seats, a drink, restrooms.",
        "Our parish on Calle Ocho keeps its hall open all day, with a bathroom and a water dispenser, and the deacon is always around.",
    ),
    (
        "space",
        "Necesitamos un terreno para un huerto comunitario cerca de la escuela primaria.",
        "La iglesia tiene un solar vacío a media cuadra de la escuela, con toma de agua, y el consejo parroquial ya dijo que sí.",
    ),
    (
        "space",
        "Our microbrewery-backed trail group needs somewhere to park volunteers' cars at the trailhead on workdays.",
        "The gravel pit beside the start of the hiking path is mine and closed on weekends; forty vehicles fit easily.",
    ),
    (
        "space",
        "A Haitian Creole radio collective wants a storefront studio that people can walk into.",
        "The corner unit in my strip mall on Flatbush has big windows and has been vacant three months.",
    ),
    (
        "space",
        "We need a big freezer somewhere to hold donated venison for the hunters-for-the-hungry program.",
        "Our meat locker has a spare walk-in that holds about two thousand pounds, and I can mark it for you.",
    ),
    (
        "space",
        "Where could our Buddhist sangha hold a silent day-long retreat for thirty? We need quiet more than anything.",
        "The Quaker meetinghouse sits in a grove at the end of a dirt road, seats forty on benches, and nobody will make a sound.",
    ),
    (
        "space",
        "Looking for an office where the county's new Spanish-language hotline can seat four operators.",
        "Our nonprofit has a suite with a quartet of cubicles we emptied when we went remote; the leases run through 2026.",
    ),
    (
        "space",
        "A group of women veterans wants a monthly overnight retreat somewhere peaceful. Cabins or a farmhouse would be perfect.",
        "I run a bed-and-breakfast on forty acres and close it the first weekend of every month anyway.",
    ),
    (
        "space",
        "We need a staging site for forty chainsaw crews after the tornado. Room to park trucks and gas up equipment.",
        "The co-op elevator's yard has a fuel island, acres of gravel, and I'm the general manager.",
    ),
    (
        "space",
        "Our Eritrean coffee ceremony group wants to share the tradition with neighbors. Any room where burning incense is okay?",
        "The Orthodox church fellowship hall is used to frankincense every Sunday and has windows that open wide.",
    ),
    (
        "space",
        "Where can a high school debate team host a tournament for twelve schools? We need about twenty rooms on one Saturday.",
        "Our community college holds classes Monday through Friday only; I can book the whole humanities building.",
    ),
    (
        "space",
        "We'd like a pop-up library in the trailer park, but there's no common building. Somewhere to put shelves and two chairs?",
        "I'm the community manager there and the old laundry shed by the entrance could be cleaned out and painted.",
    ),
    (
        "space",
        "Looking for a greenhouse where a horticulture program for people with disabilities can start seedlings in February.",
        "The high school ag department's hoop house is only half planted until April, and I teach the course.",
    ),
    (
        "space",
        "Our union's apprentices need a lot to practice operating excavators and skid steers.",
        "I own a quarry with a back section that's been mined out; flat ground, plenty of room to dig and fill.",
    ),
    (
        "space",
        "Is there anywhere a Lakota language immersion class could meet that feels like home, not like a school?",
        "Grandma Ruth's ranch house kitchen seats twelve around a big table, and she'd love to hear the language in it again.",
    ),
    (
        "space",
        "We need somewhere to hold an overnight lock-in for eighty middle school youth group kids.",
        "Our family entertainment center closes at 10; the laser tag arena and carpeted arcade are yours till morning.",
    ),
    (
        "space",
        "Does anyone have temporary desks for three AmeriCorps members starting in the county clerk's outreach program?",
        "The extension office has an open bullpen with three workstations since our 4-H agents retired.",
    ),
    (
        "space",
        "Where could 500 people celebrate Diwali together, with a raised platform for dance performances?",
        "The convention center's Hall B seats 600 banquet-style with a riser stage, and the tourism board underwrites cultural events.",
    ),
    (
        "space",
        "Our disaster case managers need a private room in the hardest-hit town to meet survivors confidentially.",
        "The bank branch in Riverton has a loan office with a door that we can give you three days a week.",
    ),
    (
        "space",
        "Un grupo de danza folclórica busca un salón con espejos para ensayar los miércoles.",
        "Mi academia de ballet tiene dos estudios con espejo completo; el pequeño queda libre a media semana.",
    ),
    (
        "space",
        "A dozen retired teachers want to run a summer reading camp but have no building. Where could eighty kids spend mornings?",
        "Our church's vacation Bible school ends in June and leaves eight furnished classrooms and a playground idle till fall.",
    ),
    (
        "space",
        "Looking for a pasture to graze a small herd of rescued goats for a youth therapy program.",
        "I have six fenced acres of brush I'd pay to have cleared; your goats would do it for free.",
    ),
    (
        "space",
        "We need a room on campus where undocumented students can meet without being observed or recorded.",
        "As chaplain I hold the keys to the interfaith prayer chapel, which has no cameras and no sign-in sheet.",
    ),
    (
        "space",
        "Where can our Sudanese elders' council hold its monthly session? They prefer sitting on carpets to chairs.",
        "The mosque's lower hall is fully carpeted wall to wall with cushions stacked along the sides.",
    ),
    (
        "space",
        "Our town's historical society has archival boxes rotting in a damp basement. Does anyone have climate-controlled shelving?",
        "The county records center keeps its vaults at sixty-five degrees and forty percent humidity, and there is spare capacity in the annex.",
    ),
    (
        "space",
        "A rural clinic wants a satellite office one day a week in the next town over, about ten by twelve feet with a sink.",
        "I'm a veterinarian and my second exam room has running water and sits unused Wednesdays; I'd scrub it down for people patients.",
    ),
    (
        "space",
        "Need somewhere for a youth-led hackathon: fifty laptops, power strips everywhere, and permission to stay till midnight.",
        "Our software firm's open office has outlets every four feet and a keycard system, and I'd hang around late to let you in.",
    ),
    (
        "space",
        "Our county has no homeless shelter at all. On nights below freezing we need a warm building and someone to unlock it.",
        "Faith Bible Church voted to open its gymnasium when it hits twenty degrees; our trustees carry keys and will take turns.",
    ),
    (
        "space",
        "Looking for a hall to hold a retirement dinner for a beloved union business agent, roughly 180 members and families.",
        "The Teamsters local has a banquet room upstairs with a full bar and a dance floor, and we host brother and sister locals at cost.",
    ),
    (
        "space",
        "We're a community land trust scouting for a lot to build six affordable homes on.",
        "The county holds a surplus parcel on Elm that it took for back taxes; as assessor I can start the transfer process to a nonprofit.",
    ),
    (
        "space",
        "Where can teen parents take a prenatal class with their babies' future grandmothers? We expect around twenty-five.",
        "The hospital's birthing center has a classroom with rocking chairs and floor mats, and nurses there welcome outside groups.",
    ),
    (
        "space",
        "Our coalition of rural pharmacists wants a central hub to store naloxone kits for distribution across four counties.",
        "I manage the regional warehouse for a grocery chain and we have a secured cage in the pharmacy section that's half empty.",
    ),
    (
        "space",
        "Is there a riverfront spot where a paddling club for veterans with PTSD can launch canoes and keep them racked?",
        "My campground has a boat ramp and a lockable rack shed right at the water.",
    ),
    (
        "space",
        "A Guatemalan Mayan weaving cooperative wants to sell at a holiday market. We need a booth in a high-traffic place.",
        "The downtown business association's December bazaar has three stalls reserved for minority-owned vendors at no fee.",
    ),
    (
        "space",
        "We host a monthly grief circle for families who lost someone to overdose. We need a gentle room, not fluorescent and clinical.",
        "The funeral home's family lounge has lamps, couches and a fireplace, and my director says it's meant for exactly this.",
    ),
    (
        "space",
        "Our youth orchestra lost its rehearsal hall to a sale. Sixty players, Sunday afternoons, with room for timpani.",
        "The Unitarian church sanctuary has pews that slide back and a raised chancel, and the sanctuary is empty once the coffee hour ends.",
    ),
    (
        "space",
        "Where could a tribal health department set up an emergency operations center during wildfire season?",
        "The casino's events arena has backup generators, satellite internet and a catering kitchen, and the gaming commission already approved civic use.",
    ),
    (
        "space",
        "We need to hold an auction with a hundred items on display. Somewhere with surfaces to lay things out and lots of hanging space.",
        "The county 4-H building has folding tables for three hundred and pegboard on every wall from the fair.",
    ),
    (
        "space",
        "Necesitamos una bodega para guardar víveres antes de enviarlos a Puerto Rico después del huracán.",
        "Mi empresa de mudanzas tiene un almacén con muelle de carga, y podemos cederles la mitad por tres meses.",
    ),
    (
        "space",
        "Our sober living house needs a place to host a Thanksgiving meal for residents' families, about ninety people.",
        "The Moose lodge dining room does turkey every year and would give you the Saturday before the holiday.",
    ),
    (
        "space",
        "A Korean senior citizens' group wants somewhere to play baduk and sing karaoke on weekday afternoons.",
        "Our noraebang closes until 5pm weekdays; the private rooms have tables and the machines work just fine.",
    ),
    (
        "space",
        "Looking for a secure site where the county's election office can stage voting machines during a remodel.",
        "The National Guard armory has a caged, alarmed drill floor that's used once a month, and I coordinate civilian requests.",
    ),
    (
        "space",
        "We run a free bike repair workshop and need a storefront with a door wide enough to roll bikes through.",
        "I own the former tire shop on Lincoln, which has an overhead roll-up and a work counter.",
    ),
    (
        "space",
        "Our Sunday school has outgrown the pastor's living room. We need two classrooms within walking distance of the apartments.",
        "Jefferson Elementary, right across from Parkview, rents its library and one other classroom on Sundays for $20.",
    ),
    (
        "space",
        "Where can a traveling exhibit about Japanese American incarceration stay for a month in our town?",
        "The museum of local history has an empty east wing between shows, with track lighting and security, and I'm its director.",
    ),
    (
        "space",
        "Is there a quiet place for a Muslim nurse to pray during shifts at the county hospital? She's been using a supply closet.",
        "I chair the medical center's chaplaincy committee and can designate the meditation room on the third floor as multifaith with a qibla marker.",
    ),
    (
        "space",
        "Our youth wrestling club needs mat space four evenings a week. We own the mats; we lack the floor.",
        "The old armory gym downtown is now city-owned and the recreation director has open slots Monday through Thursday.",
    ),
    (
        "space",
        "We'd like to hold a free legal clinic for tenants every other Saturday. Need two private rooms and a waiting area.",
        "My law office closes on weekends; we have three conference offices and a reception lobby you're welcome to.",
    ),
    (
        "space",
        "Looking for a place to put a community fridge where people can get to it any hour.",
        "My laundromat is open 24 hours and there's an outlet and an empty corner right by the front window.",
    ),
    (
        "space",
        "A group of Syrian cooks wants to run a supper club to raise money. We need a dining room we can use one night a month.",
        "My restaurant is closed Mondays; it seats fifty and the kitchen is yours with a walkthrough.",
    ),
    (
        "space",
        "We need a large, indoor, heated space for a winter coat drive and distribution, lots of racks and a line out the door.",
        "The armory's drill hall is empty in January, warm, and big enough for a hundred clothing rails.",
    ),
    (
        "space",
        "Our 4-H robotics kids qualified for state and need a practice field that's full size. The carpet's fifty feet long.",
        "The middle school's cafeteria is twenty yards wide with tables that fold into the walls, and I'm the facilities manager.",
    ),
    (
        "space",
        "Where can a new dialysis support group meet near the clinic, on the afternoons after treatment?",
        "The pharmacy next door has a consultation room and a seating area no one uses after 2pm.",
    ),
    (
        "space",
        "We're a youth-led voter registration group and need a table at a spot with lots of foot traffic.",
        "I manage the flea market, and there's an open booth by the main gate every weekend.",
    ),
    (
        "space",
        "Our tribe's veterans want a memorial garden but the council has no available parcel near the community center.",
        "My grandfather's allotment touches the back of the gathering building, and the family agreed to set aside a corner for it.",
    ),
    (
        "space",
        "Necesitamos una cancha para un torneo de fútbol de las familias de la cooperativa lechera.",
        "El parque del condado tiene dos campos con porterías y baños, y como encargado de recreación les puedo apartar un domingo.",
    ),
    (
        "space",
        "Looking for a community room in the west end for a neighborhood watch meeting that includes the beat officer.",
        "The fire station on Sycamore has a training classroom for forty and the captain likes hosting neighbors.",
    ),
    (
        "space",
        "We need somewhere to dry and store hay we cut for a farmer whose barn burned down.",
        "I have an open-sided pole shed with space for eight hundred square bales, and I'm only using a third of it.",
    ),
    (
        "space",
        "Our storytelling festival needs a tent site in the middle of town for a weekend in September.",
        "The courthouse square lawn can be reserved through my office, and we run power to the gazebo.",
    ),
    (
        "space",
        "Is there an empty office in the county building for a volunteer income tax site? We had one at the senior center before it closed.",
        "As county administrator I can unlock the old treasurer's suite on the first floor; it has a counter and four desks.",
    ),
    (
        "space",
        "We need a parking area where long-haul truckers in our chaplaincy program can stop overnight and attend services.",
        "The travel plaza on I-80 lets us use the back forty spots, and our chapel trailer is already parked there.",
    ),
    (
        "space",
        "A youth theater group wants to put on a summer musical outdoors. Anyone have a natural amphitheater or a hillside?",
        "My vineyard has a grassy slope facing a flat terrace, and we host weddings there with seating for two hundred.",
    ),
    (
        "space",
        "We need an accessible site for a disability pride festival with smooth paths, shade and accessible restrooms.",
        "The botanical garden's walkways are all paved, the pavilion has ADA toilets, and I handle community events there.",
    ),
    (
        "space",
        "Our Hindu temple is being built and we need somewhere to hold weekly puja until it's finished, around seventy devotees.",
        "The Jewish community center has a multipurpose room with a wooden floor we can clear of chairs for sitting prayer.",
    ),
    (
        "space",
        "Where can our grassroots harm reduction group set up a syringe services table that's legal and trusted?",
        "I run the county health department's clinic and can host you in our side lobby under our existing program authority.",
    ),
    (
        "space",
        "Looking for an office-and-warehouse combo for a diaper bank that's just incorporated.",
        "My HVAC company moved to a bigger building but still leases the old one: front desk area, two bathrooms, and a 2,000-square-foot shop.",
    ),
    (
        "space",
        "We need a hall for a tribal enrollment drive where families can sit with staff and bring paperwork.",
        "The Indian Education program at the high school has a family room with six round tables and a copier.",
    ),
    (
        "volunteers",
        "We're rebuilding wheelchair ramps for elderly homeowners after the flood. Materials are donated; we need people who can swing a hammer on Saturdays.",
        "Our carpenters' apprenticeship class needs field hours, and the instructor can bring twelve first-years out on weekends.",
    ),
    (
        "volunteers",
        "Looking for drivers to get rural cancer patients to chemo appointments two hours away.",
        "Our Kiwanis club has a dozen retirees with good cars and more free mornings than they know what to do with.",
    ),
    (
        "volunteers",
        "We need about thirty people to fill sandbags before the river crests Thursday.",
        "The high school football team finished its season and the coach says the boys want to be useful; they can be there after third period.",
    ),
    (
        "volunteers",
        "Our reading program for second graders has a waiting list of forty kids. Can anyone find us tutors who'll commit weekly?",
        "I coordinate service learning for the education department, and our sophomores each owe twenty hours a semester in a classroom.",
    ),
    (
        "volunteers",
        "Need hands to serve a hot meal to 300 at the Martin Luther King Day community dinner.",
        "Our mosque's youth group gives a Saturday to service every January and about twenty-five teens will show up in aprons.",
    ),
    (
        "volunteers",
        "Buscamos personas que puedan acompañar a inmigrantes a sus citas en la corte de inmigración.",
        "En nuestra parroquia hay un grupo de jubilados bilingües que ya van juntos a las audiencias cada semana.",
    ),
    (
        "volunteers",
        "We're trying to knock on every door in the precinct before the school bond vote. Any groups with feet to spare?",
        "The teachers' union local has a phone tree of two hundred members who'll canvass for anything that fixes the leaky roofs.",
    ),
    (
        "volunteers",
        "Our county animal shelter is at capacity and we need people to walk dogs daily.",
        "Our senior living community has a walking club of fifteen who miss their own pets and go out every morning at nine.",
    ),
    (
        "volunteers",
        "A community garden in a food desert needs steady help weeding and harvesting all summer.",
        "The juvenile court's restitution program places about ten teens a week and prefers outdoor placements.",
    ),
    (
        "volunteers",
        "We're assembling 5,000 backpacks of school supplies in August. Who has a crew that likes assembly lines?",
        "Our plant runs a paid day of service each summer and the second shift alone is eighty employees.",
    ),
    (
        "volunteers",
        "After the tornado, families need help hauling debris to the curb. Insurance adjusters come next week.",
        "Mennonite Disaster Service has a team arriving Monday with trailers and work gloves, and I'm their local liaison.",
    ),
    (
        "volunteers",
        "Looking for mentors for refugee teens entering American high schools, people who'll stick around at least a year.",
        "Our Rotary club just voted to make youth mentoring its signature project, and twenty members signed up at lunch.",
    ),
    (
        "volunteers",
        "The food bank's Saturday sort shift keeps coming up short. We need ten more regulars.",
        "I lead a men's Bible study of twelve guys who've been looking for something to do together besides eat donuts.",
    ),
    (
        "volunteers",
        "We're a youth-led climate group planting a thousand trees along the creek this spring. Shovels ready, people not.",
        "The Scout council has four troops within ten miles and every one of them needs an Eagle-level service project.",
    ),
    (
        "volunteers",
        "Our hospice has patients who die alone because families are far away. We need vigil companions willing to sit overnight.",
        "Several of the sisters in our convent keep night prayer anyway, and they have asked to be present at bedsides.",
    ),
    (
        "volunteers",
        "We need poll workers for the primary in three rural precincts where the average age of judges is 78.",
        "Our FFA chapter members are all 16 or 17, which our state allows for precinct officials, and they need civics credit.",
    ),
    (
        "volunteers",
        "Who could staff a warming center overnight during the January cold snap, shifts from 10pm to 6am?",
        "The firefighters' union local has guys on rotation who are used to being awake at 3am and would cover nights on their off days.",
    ),
    (
        "volunteers",
        "Looking for folks to help Afghan families set up their new apartments: unpacking, assembling beds, stocking kitchens.",
        "Our church small groups are already organized in teams of six and love a concrete task with a start and finish.",
    ),
    (
        "volunteers",
        "Necesitamos voluntarios para cuidar a los niños mientras sus padres asisten a clases de ciudadanía.",
        "Las estudiantes de la carrera de educación infantil del colegio comunitario necesitan horas de práctica con niños pequeños.",
    ),
    (
        "volunteers",
        "We'd like to clean up the old Black cemetery before Decoration Day. It's overgrown and the stones are toppled.",
        "The VFW post does a spring cleanup Saturday; twenty members with weed-eaters, chainsaws and a trailer.",
    ),
    (
        "volunteers",
        "Our adult literacy program needs one-on-one tutors for farm workers who read below a third-grade level.",
        "I'm a retired reading specialist, and our retired educators' association has a roster of sixty who miss teaching.",
    ),
    (
        "volunteers",
        "We're building a playground in one day, community-build style. We need 150 people on-site at 7am.",
        "Our company's sales team has a quarterly offsite and wants it to be something physical and local; that's about 140 employees.",
    ),
    (
        "volunteers",
        "A tribal elders' lunch program needs cooks and servers four days a week. Our regular helpers are getting older themselves.",
        "The tribal college's culinary students cook for credit and would rather feed grandparents than a test panel.",
    ),
    (
        "volunteers",
        "Looking for people to count unsheltered residents on the night of the point-in-time survey.",
        "The social work master's cohort at the state university needs field experience, and thirty of them have signed up to go out in pairs.",
    ),
    (
        "volunteers",
        "Does anyone know a group that could repaint the inside of the women's shelter over a weekend?",
        "Our sorority chapter has a philanthropy Saturday coming up and forty sisters with rollers and music.",
    ),
    (
        "volunteers",
        "We need interpreters at a health fair for Burmese, Karen and Chin speakers. Four hours, one Saturday.",
        "Our refugee youth council includes bilingual high schoolers from Myanmar families who are eager to log volunteer time.",
    ),
    (
        "volunteers",
        "Our town's Fourth of July parade is losing its army of helpers: marshals, barricade watchers, trash pickup.",
        "The Lions club has run the Labor Day picnic for thirty years and has a standing crew of thirty who just need a calendar date.",
    ),
    (
        "volunteers",
        "A refugee family's house needs a new roof before winter. The shingles are bought. Anyone with roofers?",
        "Our roofing company shuts down the Friday after Thanksgiving and the crew has offered to spend it on a charity job.",
    ),
    (
        "volunteers",
        "We want to record oral histories of the last living workers from the copper mine. Interviewers needed.",
        "The high school history club is desperate for a real research project and has eight kids with phones and good questions.",
    ),
    (
        "volunteers",
        "Need friendly faces to call isolated seniors twice a week, just to check in and chat.",
        "I run a homeschool co-op where the kids practice conversation skills, and several families would love a weekly assignment like that.",
    ),
    (
        "volunteers",
        "Our migrant shelter in town needs overnight staff to greet buses that arrive after midnight.",
        "The Catholic Worker house has live-in volunteers who keep vigil hours as part of their rule of life.",
    ),
    (
        "volunteers",
        "We're looking for coaches for a girls' flag football league that starts next month. No experience required.",
        "Our women's veterans group has a lot of former unit athletes and drill sergeants who want to work with kids.",
    ),
    (
        "volunteers",
        "After the hurricane, we need crews to muck out flooded houses and tear out wet drywall.",
        "Samaritan's Purse and our Southern Baptist association have mud-out teams with Tyvek suits, and I can request one for your parish.",
    ),
    (
        "volunteers",
        "Buscamos jóvenes que quieran tocar puertas para informar sobre el censo en los barrios hispanos.",
        "El club de estudiantes latinos de la preparatoria tiene cuarenta miembros que necesitan horas comunitarias para graduarse.",
    ),
    (
        "volunteers",
        "We need ushers and ticket-takers for a three-night community opera production.",
        "Our retired teachers' book club goes to every show in town and would love to be on the inside for once.",
    ),
    (
        "volunteers",
        "Our hurricane-damaged library has 40,000 books to reshelve. We need lots of people who know the alphabet.",
        "The middle school's National Junior Honor Society has sixty members who must log service before May.",
    ),
    (
        "volunteers",
        "Can anyone recruit people to plant eelgrass and seed oysters in the bay on a low-tide weekend?",
        "Our surf club has forty members who don't mind getting wet and already own wetsuits.",
    ),
    (
        "volunteers",
        "A rural volunteer fire department needs new recruits. The average firefighter here is 61 years old.",
        "The community college fire science program requires students to ride along with a crew for a semester.",
    ),
    (
        "volunteers",
        "We're hosting an Iftar for the whole town and need help setting up, serving and cleaning up for 400.",
        "Our Jewish congregation's social action committee has been wanting to reciprocate for your kindness at Passover last spring; about thirty of us.",
    ),
    (
        "volunteers",
        "Looking for help building raised beds at the senior apartments. Lumber's coming Friday.",
        "The Habitat for Humanity women build crew finished its house early and has a free Saturday with drills charged.",
    ),
    (
        "volunteers",
        "Our free clinic is open Thursday nights and the front desk is chaos. We need steady people to check in patients.",
        "The pre-med club at the college has thirty members who each need clinical exposure hours for their applications.",
    ),
    (
        "volunteers",
        "We're running a Meals on Wheels route in a county with no town bigger than 800 people. Drivers keep quitting because of the miles.",
        "Our rural electric co-op lets linemen use two paid hours a week for community service, and their trucks already cover every back road.",
    ),
    (
        "volunteers",
        "Need people to stuff 12,000 envelopes for the library levy mailing by the end of the month.",
        "The assisted living residents' council loves a table project; they did the hospital's holiday cards last year in two afternoons.",
    ),
    (
        "volunteers",
        "A youth basketball league in the reservation needs referees for Saturday games.",
        "Our tribal police officers have certified officiating experience from the men's rec division and want more positive contact with kids.",
    ),
    (
        "volunteers",
        "We need help building a community pantry box outside every church in the county. Fifteen boxes, one month.",
        "The high school shop class picks a service build each spring, and the teacher has twenty-two students and a full wood shop.",
    ),
    (
        "volunteers",
        "Looking for companions to visit nursing home residents who never get visitors, especially those who speak Polish.",
        "Our Polish heritage society holds a social every month, and half the members grew up speaking it at home.",
    ),
    (
        "volunteers",
        "Who can help our refugee women's sewing circle run the booth at the craft fair: making change, bagging, chatting with buyers?",
        "The Junior League chapter has a member-placement program and several members want short, social shifts.",
    ),
    (
        "volunteers",
        "Our rural fire department's pancake breakfast needs flippers and servers. We're down to four auxiliary members.",
        "The FFA officers run a chapter fundraiser flapjack feed every year, so they know the griddle routine and can bring ten kids.",
    ),
    (
        "volunteers",
        "Necesitamos voluntarios para repartir despensas los sábados en la colonia. Son unas 300 familias.",
        "Los miembros del sindicato de empacadoras tienen los sábados libres y varios ya se han ofrecido para ayudar a su comunidad.",
    ),
    (
        "volunteers",
        "We want to run a free summer lunch site at the park but need adults who can be there daily at noon, June to August.",
        "I coordinate the county's retired and senior volunteer program, and about fifteen of our members live within walking distance of that playground.",
    ),
    (
        "volunteers",
        "Our veterans' cemetery needs flags placed on 6,000 graves before Memorial Day.",
        "Every Cub Scout pack in the district does a flag ceremony in May, and together they're about 400 kids plus parents.",
    ),
    (
        "volunteers",
        "A tutoring center for newly arrived Ukrainian kids needs math help in the afternoons.",
        "The engineering honor society at the university has to log service hours, and most of its members did olympiad competitions as teenagers.",
    ),
    (
        "volunteers",
        "We're a small-town theater and our sets for the spring show need to be built and painted. Three weekends.",
        "The art teacher at the middle school runs an after-school club of fifteen kids who would love to paint something huge.",
    ),
    (
        "volunteers",
        "Looking for people to stand at a dozen grocery stores ringing bells for our holiday kettle campaign.",
        "Our Masonic lodge brothers have done this before at the mall and have a rotation ready to go.",
    ),
    (
        "volunteers",
        "Our domestic violence hotline needs more trained overnight responders. We provide forty hours of training.",
        "Several graduate students in the counseling psychology program want crisis experience and have flexible schedules.",
    ),
    (
        "volunteers",
        "We need a team to dig out a collapsed irrigation ditch before planting season. It serves twelve small farms.",
        "Our acequia association's youth crew has shovels, rakes and a tradition of spring cleaning the channel in March.",
    ),
    (
        "volunteers",
        "Where could we find people willing to foster cats and kittens during the summer surge?",
        "Our retirement community's resident council has a list of folks who can't commit to a pet long-term but would take a litter for a few weeks.",
    ),
    (
        "volunteers",
        "We're going door to door in a mobile home park to check smoke detectors and install new ones.",
        "The fire department's explorer post has twelve teenagers trained in fire safety inspections who need service hours.",
    ),
    (
        "volunteers",
        "A Karen church needs helpers to teach English conversation after Sunday worship.",
        "Our Methodist young adults class has been looking for a weekly mission that pairs them with a congregation outside our own.",
    ),
    (
        "volunteers",
        "We need strong backs to move a century-old library's entire collection to a new building across town.",
        "The college wrestling team holds a community day each season, and the coach lends out thirty athletes for heavy lifting.",
    ),
    (
        "volunteers",
        "Looking for a few people who can help our local VFW post computerize fifty years of membership records.",
        "Our 4-H computer club kids are fast typists and have been asking for a real-world data entry project.",
    ),
    (
        "volunteers",
        "Can anyone help serve at the community dinner after the mosque vigil for the victims of the shooting?",
        "The Presbyterian women's association said they will bring thirty people and cover any shift you need.",
    ),
    (
        "volunteers",
        "We need a crowd at the county commission meeting to help with sign-in, handing out agendas and seating people.",
        "Our League of Women Voters chapter trains members to staff public meetings and has twelve ready.",
    ),
    (
        "volunteers",
        "Our food recovery program picks up surplus from restaurants at 10pm. We need night-owl drivers with cars.",
        "I manage a bar and our bartenders get off at 11; several have offered to make runs on their way home.",
    ),
    (
        "volunteers",
        "Our children's hospital wants someone to read to kids in the oncology ward on weekends.",
        "Our high school's drama club does voices for a living, practically, and they've asked for a service project with small audiences.",
    ),
    (
        "volunteers",
        "Buscamos personas que puedan dar clases de computación a adultos mayores en español.",
        "Los estudiantes del programa de informática del colegio comunitario que hablan español tienen que completar horas de servicio.",
    ),
    (
        "volunteers",
        "We want to rebuild fencing for a Black-owned family farm that lost everything in a wildfire. Posts and wire are donated.",
        "Our cattlemen's association has a dozen ranch hands who set fence for a living and can bring a post pounder.",
    ),
    (
        "volunteers",
        "Looking for runners and water station crew for a 5K fundraiser for the suicide prevention coalition.",
        "The cross-country team captains have already offered; that's thirty kids who know exactly what a race course needs.",
    ),
    (
        "volunteers",
        "We need someone to sit with newly released individuals on their first day out and help them get ID and a phone.",
        "Our congregation's prison ministry members have visited the facility for years and want to walk with people on the outside too.",
    ),
    (
        "volunteers",
        "A youth-run bike shop needs volunteers to teach kids to fix flats and adjust brakes.",
        "The cycling club has a dozen members who tinker with their own rides every weekend and would gladly share the know-how.",
    ),
    (
        "volunteers",
        "Our small-town historical society needs docents to keep the museum open on summer weekends.",
        "A group of retired teachers in my garden club love local history and each have one weekend a month free.",
    ),
    (
        "volunteers",
        "We need about fifty people to plant native prairie seed on a reclaimed strip mine.",
        "The Pheasants Forever chapter does a habitat day every fall and brings five dozen members and their kids.",
    ),
    (
        "volunteers",
        "Our Vietnamese elders' lunch needs volunteers to pick up seniors and drive them to the temple.",
        "Our youth group's college-age members have cars and Saturday mornings, and several have grandparents at that very pagoda.",
    ),
    (
        "volunteers",
        "We're hosting Special Olympics regional games and need buddies to accompany each athlete for the day.",
        "The high school's Unified Sports club pairs students with classmates with disabilities all year and wants a bigger event.",
    ),
    (
        "volunteers",
        "Looking for people willing to be on call to help evacuate livestock when fires come near.",
        "Our horse club members all own trailers and have practiced loading each other's animals in the dark.",
    ),
    (
        "volunteers",
        "Can anyone recruit some grown-ups to be lunch buddies with kids at an elementary school where many parents are deployed?",
        "The Air Force base's airman council encourages off-duty troops to give back, and they're only ten minutes from that campus.",
    ),
    (
        "volunteers",
        "We need people to answer questions and guide visitors during our open house at the new tribal cultural center.",
        "The tribal college student government has twenty students who've asked to help present the culture to the public.",
    ),
    (
        "volunteers",
        "Our free tax site lost half its preparers this year. Can anyone find us folks to staff the intake table?",
        "The university accounting club members each need service hours, and many are working on their VITA certification.",
    ),
    (
        "volunteers",
        "We're looking for help tearing out invasive honeysuckle in a city park over several Saturdays.",
        "Our brewery's mug club has two hundred members and we do a monthly workday that ends with a free pint.",
    ),
    (
        "volunteers",
        "We need grandparent-aged folks to volunteer in our Head Start classrooms, just to read and play with kids.",
        "Foster Grandparents in our county currently has nine seniors awaiting new placements.",
    ),
    (
        "volunteers",
        "Necesitamos gente que ayude a limpiar casas después de la inundación: sacar muebles mojados y lodo.",
        "Nuestra cuadrilla de construcción descansa los domingos y los muchachos ya dijeron que van con palas y carretillas.",
    ),
    (
        "volunteers",
        "Buscamos mentores para muchachas adolescentes que serán las primeras de su familia en ir a la universidad.",
        "En mi asociación de profesionistas latinas hay veinte mujeres graduadas que quieren apoyar a las jóvenes de su pueblo.",
    ),
    (
        "volunteers",
        "Our town has a new free clinic for uninsured farmworkers and we need people to greet patients and walk them through forms in Spanish.",
        "My parish prayer group has a dozen bilingual women who could cover Tuesday night shifts.",
    ),
    (
        "volunteers",
        "We're a union local organizing a rally at the capitol. We need marshals to keep the march safe and orderly.",
        "Our steward training class just covered crowd safety, and the fifteen graduates want a chance to put it into practice.",
    ),
    (
        "volunteers",
        "The county's only animal rescue needs people to socialize shy puppies so they can be adopted.",
        "My kids' homeschool group studies dog and cat behavior this semester and wants something hands-on for the little ones.",
    ),
    (
        "volunteers",
        "We're running a school supply giveaway at the fairgrounds and need greeters, line managers and parking attendants.",
        "The sheriff's posse members ride at every county event and would gladly direct cars on foot this time.",
    ),
    (
        "volunteers",
        "Looking for people to sing carols at the memory care unit. Residents light up with old songs.",
        "Our barbershop quartet chapter has forty singers who rehearse Tuesday nights and would trade one for a visit.",
    ),
    (
        "volunteers",
        "We want to repair fifty bicycles for kids in foster care before Christmas. Need mechanics, even amateur ones.",
        "The engineering club at the community college loves tinkering and has been asking for a hands-on charity project.",
    ),
    (
        "volunteers",
        "A rural library wants to start a Saturday story time but the only librarian already works six days.",
        "The moms' group at our Baptist church meets weekend mornings anyway and several were teachers before their kids came.",
    ),
    (
        "volunteers",
        "Our annual Hmong New Year festival needs security helpers, ticket-takers and people to set up chairs.",
        "Our Hmong veterans' association members served with the Americans in Laos and are proud to stand guard at community events.",
    ),
    (
        "volunteers",
        "Need people to help unload a semi of donated water at the fire station at dawn tomorrow.",
        "The lineup at our gym's 5am class is twenty-five early risers who lift heavy things for fun.",
    ),
    (
        "volunteers",
        "We need to register 500 new voters at the state fair this summer. Who can give us booth staff?",
        "Our sorority's graduate chapter makes civic engagement its main cause every election year, and fifty members have the weekend off.",
    ),
    (
        "volunteers",
        "Our parish wants to start a ministry of people who bring communion to homebound elders.",
        "A dozen members of our Catholic Daughters court were already visiting shut-ins informally and would love to be commissioned.",
    ),
    (
        "volunteers",
        "We are looking for adults to sit on a youth court panel once a month and guide teen jurors.",
        "Retired lawyers in our bar association's senior section are asking for pro bono time that doesn't involve paperwork.",
    ),
    (
        "volunteers",
        "The Somali community center needs homework helpers four afternoons a week, especially for middle school science.",
        "The nursing students at the university must complete public health hours and many grew up in East African families.",
    ),
    (
        "volunteers",
        "Looking for folks who can pick apples from an abandoned orchard so we can donate the fruit to food pantries.",
        "Our gleaning network already has ladders and picking bags and a text list of sixty people who show up on short notice.",
    ),
    (
        "volunteers",
        "We're trying to build a Little Free Library at every bus stop in the neighborhood. Need builders and installers.",
        "The retired men's woodshop at the senior center churns out birdhouses and is bored with birdhouses.",
    ),
    (
        "volunteers",
        "A tribal language nest program needs fluent speakers to spend mornings with toddlers.",
        "Four grandmothers from our elders' circle grew up with the language first and have said they'd come every weekday.",
    ),
    (
        "volunteers",
        "Our shelter needs people willing to do laundry: thirty loads a day of sheets and towels.",
        "The women's auxiliary at the Legion post has a standing weekday crew of eight who like quiet, useful work.",
    ),
    (
        "volunteers",
        "After the ice storm we need crews to clear downed limbs from the driveways of elderly residents.",
        "Our Amish neighbors have offered a gang of twenty young men and teams of horses with log chains.",
    ),
    (
        "volunteers",
        "Buscamos conductores que lleven a trabajadores sin licencia a sus citas en el consulado mexicano, a tres horas de aquí.",
        "Los diáconos de nuestra iglesia tienen una camioneta y turnos libres entre semana; ya lo han hecho para otras familias.",
    ),
    (
        "volunteers",
        "Looking for help painting over graffiti on storefronts on Main Street before the festival.",
        "Our youth probation program assigns community hours and the kids specifically ask for visible jobs they can point to.",
    ),
    (
        "volunteers",
        "We need kind adults to be pen pals for incarcerated youth. Letters only, once a month.",
        "Our knitting circle at the library has been looking for a way to connect with young people and several ladies love writing long notes.",
    ),
    (
        "volunteers",
        "Our farmers market wants to accept SNAP but needs people to run the token booth every Saturday.",
        "The AmeriCorps VISTA team working on food access in our county can rotate staffing as part of their service plan.",
    ),
    (
        "volunteers",
        "We need a volunteer crew to plant bulbs and mulch at the memorial park for the mining disaster anniversary.",
        "The United Mine Workers retirees' chapter gathers at that memorial every year and would be honored to tend it.",
    ),
    (
        "volunteers",
        "Looking for people to help families fill out FAFSA forms at a Saturday event in the high school library.",
        "Financial aid staff at the community college volunteer at outreach nights and a handful said they would bring their laptops.",
    ),
    (
        "volunteers",
        "We need strong swimmers to help at a free swim lessons program for immigrant kids who never learned.",
        "Our college lifeguard corps has twenty certified guards who have mornings off before the pool opens.",
    ),
    (
        "volunteers",
        "Our county fair needs extra hands for judging day: runners, scribes and people to herd exhibitors.",
        "Our 4-H alumni association has a phone list of former members who remember exactly how the ribbon process works.",
    ),
    (
        "volunteers",
        "We're reopening a closed rural school as a community center and need crews to scrape and repaint inside.",
        "Our church's youth mission trip was canceled, so we have thirty teens and chaperones with a week to give.",
    ),
    (
        "volunteers",
        "Does anyone have members who could chaperone a field trip to the state capitol for our youth council?",
        "Our grandparents-raising-grandchildren support group says several of us would jump at an outing with teenagers.",
    ),
    (
        "volunteers",
        "We need people to help set up and take down our pop-up immigrant legal clinic each week.",
        "My carpool of five nurses finishes night shift at 7am Saturday and we'd gladly haul tables before sleeping.",
    ),
    (
        "volunteers",
        "Looking for Korean-speaking helpers at a senior flu shot clinic in Koreatown.",
        "Our Korean Presbyterian church's young adult ministry has been waiting for an outreach that lets them serve elders in the neighborhood.",
    ),
    (
        "volunteers",
        "We need folks to plant and tend trees in a neighborhood with no shade canopy. It's hot and hard work in July.",
        "Our conservation corps crew does ten-hour days in the sun for a living and has a project slot open next month.",
    ),
    (
        "volunteers",
        "Our free legal aid clinic has lawyers but nobody to handle the waiting room and phones.",
        "The paralegal certificate program sends its students out for practicums and three need placements this term.",
    ),
    (
        "volunteers",
        "Can someone provide crowd for an empty benefit concert hall? Seats are free, we just need bodies to make the musicians feel loved.",
        "Our college's music appreciation class needs live performance attendance credit, and there are ninety students in it.",
    ),
    (
        "volunteers",
        "We're looking for people to staff the Red Cross shelter at the middle school overnight during the evacuation.",
        "Our CERT team has eighteen certified members who trained in mass care operations last spring.",
    ),
    (
        "volunteers",
        "Need a group to help us clean trash from the riverbank after the spring flood.",
        "Our bass fishing club has thirty anglers and four boats, and the river is our home water.",
    ),
    (
        "volunteers",
        "A refugee soccer league needs adults to coach teams of kids aged eight to twelve.",
        "The Ethiopian and Eritrean men's pickup game meets every Sunday and many of them played club ball back home.",
    ),
    (
        "volunteers",
        "Our youth-led mural project needs adults with steady hands to help prime and grid the wall.",
        "The sign painters' guild has a handful of old-school letterers who relish any reason to climb a scaffold.",
    ),
    (
        "volunteers",
        "We need somebody who can take minutes at our neighborhood council meetings; everyone hates doing it.",
        "A retired court stenographer on our block says she misses the work and types faster than anyone talks.",
    ),
    (
        "volunteers",
        "Necesitamos señoras o señores que cocinen tamales para la venta de la kermés el mes que viene. Son mil docenas.",
        "Las comadres del grupo guadalupano se juntan cada diciembre a hacer cientos de docenas y ya tienen su sistema.",
    ),
    (
        "volunteers",
        "Buscamos jóvenes que enseñen a los abuelos a usar WhatsApp para hablar con sus familias en México.",
        "Los alumnos de la secundaria en el club de tecnología tienen que cumplir veinte horas de servicio social este semestre.",
    ),
    (
        "volunteers",
        "¿Alguien conoce un grupo que pueda pintar la escuelita dominical antes de que empiece el curso?",
        "Los hombres de la cofradía tienen brochas, escaleras y ganas; los sábados los tienen libres.",
    ),
    (
        "volunteers",
        "Necesitamos personas que vayan casa por casa invitando a los vecinos a la reunión sobre el agua contaminada.",
        "Las promotoras de salud de la clínica comunitaria ya conocen a todas las familias de la colonia y pueden salir el fin de semana.",
    ),
    (
        "volunteers",
        "Buscamos voluntarios que armen y entreguen canastas navideñas a familias de jornaleros en los ranchos.",
        "Mi club de motociclistas hace una rodada cada diciembre y podemos cargar las cajas en las motos y camionetas de apoyo.",
    ),
    (
        "volunteers",
        "Our veterans' stand down event needs barbers, not to give advice, just to cut hair for about 300 vets in one day.",
        "Our barbering school's senior class needs clinic hours, and the instructor would bus in twenty students with clippers.",
    ),
    (
        "volunteers",
        "We need people to sit with kids in the courthouse waiting room while their parents are in family court hearings.",
        "Our CASA volunteers are trained in trauma-informed care and several have asked for short-term, low-commitment shifts.",
    ),
    (
        "volunteers",
        "Our little town's Christmas lights display needs about forty people to string lights across the square for two weekends in November.",
        "The electrical workers' apprentices in our local do a holiday community job each year and bring their own bucket truck.",
    ),
    (
        "volunteers",
        "Looking for adults who would eat lunch weekly with a kid whose parent is in prison.",
        "Our Big Brothers Big Sisters affiliate has sixty pre-screened matches waiting and is launching a school-based track.",
    ),
    (
        "volunteers",
        "The tribe's buffalo herd needs fence checks and water tank breaks cleared every day this winter.",
        "Our tribal college's range science students ride out on horseback for lab credit and would add the pasture to their rounds.",
    ),
    (
        "volunteers",
        "Our interfaith coalition is packing 20,000 meals for famine relief in one afternoon. Need a big crowd.",
        "Our megachurch's men's ministry has a Saturday service morning each quarter and routinely turns out two hundred.",
    ),
    (
        "volunteers",
        "We run a diaper bank and need people to repackage bulk boxes into bundles of twenty-five every week.",
        "The adult day program for folks with developmental disabilities looks for repetitive, meaningful work for its participants.",
    ),
    (
        "volunteers",
        "The Juneteenth festival is next month and we still need stage hands, vendor check-in and cleanup.",
        "Our historically Black fraternity's alumni chapter shows up for community celebrations and has twenty-five brothers in the area.",
    ),
    (
        "volunteers",
        "We want to offer free lawn care to disabled veterans in the county. Who has mowers and people to push them?",
        "My landscaping company's crew takes Fridays off in summer and the guys suggested giving a few back to vets.",
    ),
    (
        "volunteers",
        "A county museum needs help digitizing old photos with a scanner. It's slow, careful work.",
        "Our Mormon ward's family history consultants do exactly this kind of archival job and are looking for community projects.",
    ),
    (
        "volunteers",
        "Our youth organizing group wants parents at every school board meeting. Who can help bring people out?",
        "The PTA presidents' council includes every elementary campus in the district and they've been looking for a cause.",
    ),
    (
        "volunteers",
        "We need a crew to staff a water and first-aid station on the pilgrimage route to the shrine this December.",
        "The Knights of Columbus council along that way has members who are EMTs and they've manned tables on that pilgrim road for years.",
    ),
    (
        "volunteers",
        "Looking for hands to sort and pack seed for a native seed bank. Tiny, fiddly, indoor work.",
        "Our quilting guild members have steady fingers, good lamps and a Wednesday afternoon that needs a new project.",
    ),
    (
        "volunteers",
        "A refugee resettlement agency needs people to meet families at the airport at night with warm coats.",
        "Our Quaker meeting's welcoming committee has a rotation of drivers who've done arrivals for Bhutanese and Congolese households.",
    ),
    (
        "volunteers",
        "We need dozens of people to hand out flyers in the laundromats and bodegas about the new rent law.",
        "The tenants' union youth wing has thirty high schoolers who'd rather do this than anything else on a Saturday.",
    ),
    (
        "volunteers",
        "Who can help us rebuild the boardwalk at the nature preserve? Lumber's here, labor isn't.",
        "Our Trout Unlimited chapter does a habitat workday every season and has a lot of retired contractors on the roster.",
    ),
    (
        "volunteers",
        "Our community choir wants to sing at every nursing home in the county but our accompanist can't drive.",
        "My husband and I are retired and have a minivan that fits a keyboard; we'd love to tag along every week.",
    ),
    (
        "volunteers",
        "We need walkers to escort patients past protesters at the women's health clinic on Saturday mornings.",
        "Our Unitarian social justice committee has trained escorts and a sign-up calendar with open slots.",
    ),
    (
        "volunteers",
        "Looking for about ten people to help run a free produce stand at the bus depot every Wednesday.",
        "The urban farm's apprentices finish harvesting by noon midweek and want to see who eats what they grow.",
    ),
    (
        "volunteers",
        "A rural school district needs adults to be lunch-and-recess monitors after budget cuts eliminated aides.",
        "Our retired railroaders' association has members in every town along the line who want to be around kids again.",
    ),
    (
        "volunteers",
        "We need people to play cards and dominoes with residents at the state veterans' home on Friday nights.",
        "Our motorcycle club of Vietnam-era vets meets Fridays and would rather spend the evening with brothers who can't ride anymore.",
    ),
    (
        "volunteers",
        "The hospital wants cuddlers to hold babies in the NICU who are withdrawing from opioids.",
        "Several grandmothers in our church have asked what they can do about the overdose crisis, and they are patient, gentle people.",
    ),
    (
        "volunteers",
        "Our immigrant worker center needs accompaniers who will go with workers to demand unpaid wages from employers.",
        "The building trades council has members who are unafraid of confrontation and know every contractor in the region by sight.",
    ),
    (
        "volunteers",
        "We need a team to cook a hot breakfast at the day shelter every Sunday; our last group moved away.",
        "Our Sikh sangat runs langar every week and our sevadars would extend it to another kitchen on Sundays.",
    ),
    (
        "volunteers",
        "Looking for folks who can build a wheelchair-accessible garden path at the group home this spring.",
        "Our Eagle Scout candidate is looking for a project with permanent impact and his troop has twenty boys and their dads.",
    ),
    (
        "volunteers",
        "The county needs residents willing to serve on the new citizen review board for jail conditions.",
        "Our Justice Ministry network has forty congregants who've completed a course on corrections and want formal roles.",
    ),
    (
        "volunteers",
        "We need people to knit or crochet hats for newborns at the rural birthing center.",
        "Our yarn shop's Thursday stitch night has twenty regulars who finish a project a week and need somewhere to send them.",
    ),
    (
        "volunteers",
        "After the wildfire we need people to sift through ash at burned homes to help families recover heirlooms.",
        "Our Latter-day Saints stake sends JustServe crews with screens and buckets and did the same after the Paradise fire.",
    ),
    (
        "volunteers",
        "Looking for people to deliver books to homebound readers in the county every two weeks.",
        "Our rural mail carriers' association has members who already pass every farmhouse and would drop a bag on their day off.",
    ),
    (
        "volunteers",
        "A youth-led anti-littering campaign needs adults to supervise cleanup teams along the highway.",
        "Our Adopt-a-Mile group from the credit union has safety vests, a trained crew leader and a stretch of Route 12.",
    ),
    (
        "volunteers",
        "We need hands to help a Navajo grandmother rebuild her hogan before winter. Logs are cut.",
        "Our chapter's youth council has been learning traditional building from an elder and wants to put it to use.",
    ),
    (
        "volunteers",
        "Our free eye clinic brings an optometrist once a month but needs people to run the queue and help with frames.",
        "The Lions club's sight program members have handled glasses fittings at screenings for decades and know the routine.",
    ),
    (
        "volunteers",
        "Looking for people to build a wheelchair ramp at the Legion post so older vets can still attend meetings.",
        "Our union carpenters' retirees club builds one access project a month and has an opening in October.",
    ),
    (
        "volunteers",
        "We need referees and scorekeepers for a Ramadan night basketball tournament for Muslim youth.",
        "The city recreation league's officials' association has certified refs who want extra evening games.",
    ),
    (
        "volunteers",
        "Buscamos personas que acompañen a los niños migrantes no acompañados en sus primeras semanas en la escuela.",
        "Nuestro grupo de maestras jubiladas de origen centroamericano se reúne cada semana y quiere ayudar a los recién llegados.",
    ),
    (
        "funding",
        "Our volunteer fire department covers a county of 4,000 people. We need new turnout gear, and the township can't cover it until 2026. Where could we find about $18,000?",
        "The electric co-op whose board I sit on rounds members' bills up to the next dollar and awards that pool each quarter to rural first responders.",
    ),
    (
        "funding",
        "Looking for seed money to start a Somali women's sewing cooperative in Minneapolis.",
        "Our mosque's zakat committee sets aside part of each year's collection for small enterprises that help families leave public assistance.",
    ),
    (
        "funding",
        "Does anyone know a lender that would back a Navajo-owned coffee cart? The banks keep turning us down.",
        "I manage a Native CDFI that makes microloans of $500 to $50,000 on tribal lands, no credit score minimum, with business coaching built in.",
    ),
    (
        "funding",
        "The county cut our line item. We need about $3,000 to keep the library's summer reading program going.",
        "Our used-book sale group raises around twelve thousand a year, and the board votes each June on where proceeds go; kids' literacy gets first claim.",
    ),
    (
        "funding",
        "Our VFW post wants to build a wheelchair ramp and accessible bathroom so older members can keep coming. Any sources of money for that?",
        "My family foundation gives capital awards of $10k-$25k for ADA retrofits at veterans' halls across the Midwest.",
    ),
    (
        "funding",
        "Hurricane flooding took out the community center's roof, and insurance is stalling. We need a bridge until the claim pays.",
        "Our credit union runs a zero-interest disaster recovery loan for nonprofits, repayable once FEMA or carrier reimbursements land.",
    ),
    (
        "funding",
        "Youth council here wants to run a skatepark design contest with cash prizes for teens. Who would sponsor something like that?",
        "The hardware store I own puts $2,500 a year toward local kids' events, and I'd happily have our logo on the winners' certificates.",
    ),
    (
        "funding",
        "Necesitamos fondos para pagar a un abogado que represente a familias de trabajadores agrícolas en audiencias de deportación.",
        "Mi parroquia tiene una colecta especial cada Cuaresma y este año la destinamos a defensa legal para inmigrantes del valle.",
    ),
    (
        "funding",
        "Our Lutheran congregation is sponsoring a refugee family from Afghanistan arriving in March. We've covered rent, but not the security deposit and furniture.",
        "I chair a giving circle of twenty women who each put in $500 a quarter; we just voted to support resettlement costs this year.",
    ),
    (
        "funding",
        "Is there any pot of money for a small-town theater that needs to replace its 1970s stage lighting?",
        "I review applications for the state arts council's facilities program, which pays for equipment in rural performance venues under 300 seats.",
    ),
    (
        "funding",
        "We're a union local and our members have been on strike for six weeks. Rent is coming due for a lot of them.",
        "Our labor council keeps a solidarity fund and can cut checks to picketing workers within days once the executive board signs off.",
    ),
    (
        "funding",
        "Our free clinic needs to hire a part-time nurse practitioner but we have no payroll budget.",
        "I'm at the regional hospital's community benefit office; we underwrite staff positions at safety-net providers for the first two years.",
    ),
    (
        "funding",
        "Looking for someone to match what we raise at our fall pancake breakfast for the 4-H barn roof.",
        "Our farm bureau chapter will double whatever a rural youth club brings in at an event, up to five thousand dollars.",
    ),
    (
        "funding",
        "Our tribe's language program lost its federal award. We need something to pay the fluent elders who teach the classes.",
        "My foundation backs Indigenous immersion efforts, including stipends for first speakers who instruct; letters of inquiry accepted year round.",
    ),
    (
        "funding",
        "We need about $40k to renovate the old depot into a maker space, and we have no track record with funders.",
        "Our county's economic development office has a revolving loan pool for building rehab downtown, and first-time applicants get a mentor.",
    ),
    (
        "funding",
        "Does anyone know how a group that isn't a 501(c)(3) yet can accept tax-deductible donations?",
        "Our community foundation acts as fiscal sponsor for grassroots projects; we hold the money, handle receipts, and take a 7% fee.",
    ),
    (
        "funding",
        "The high school robotics team qualified for nationals in Houston, but most of the kids can't afford the trip.",
        "Our engineering firm budgets for STEM sponsorships every year, and we love covering airfare and hotels for student competitors.",
    ),
    (
        "funding",
        "We're opening a halal food pantry in Dearborn. We need startup money for shelving, refrigeration and the first month's stock.",
        "I sit on the board of a Muslim philanthropy network that gives one-time launch awards to new hunger-relief projects in Michigan.",
    ),
    (
        "funding",
        "Our Black-owned barbershop wants to start a Saturday reading corner for boys, but books and a small stipend for the readers cost more than we have.",
        "The Rotary club I belong to gives literacy mini-awards of up to $1,500, and we've funded unconventional places like laundromats before.",
    ),
    (
        "funding",
        "Wildfire burned through three of our ranch families' fences and hay. Is there emergency money for ag losses that doesn't take months?",
        "Our cattlemen's association runs a relief account that pays out to members within two weeks after a blaze or flood, no paperwork maze.",
    ),
    (
        "funding",
        "We're a refugee-led soccer league in Boise and need money for field rental and referee fees this season.",
        "My bank's CRA budget includes neighborhood sponsorships, and we've covered expenses for immigrant kids' sports before.",
    ),
    (
        "funding",
        "Our mural project needs $8,000 for paint, lift rental and artist fees. The city says it loves the idea but has no budget.",
        "I run a small cultural endowment that pays for public walls and sculptures in towns under 50,000; the letter of intent is one page.",
    ),
    (
        "funding",
        "Necesitamos un préstamo pequeño para comprar un camión de comida. Los bancos nos piden historial de crédito que no tenemos.",
        "Trabajo en una cooperativa de ahorro que ofrece microfinanciamiento a emprendedores sin número de seguro social, usando el ITIN.",
    ),
    (
        "funding",
        "After the tornado our church's fellowship hall is gutted. We've got plenty of hands to rebuild, but need money for materials.",
        "Our denomination's disaster response arm sends restoration grants to storm-hit congregations, usually within a month of applying.",
    ),
    (
        "funding",
        "Any ideas for funding a teen-run podcast studio at the branch library?",
        "I'm with the telecom company's foundation; we put money into digital media labs for young people inside civic buildings.",
    ),
    (
        "funding",
        "We're a small nonprofit and our biggest donor just died. Payroll runs out in October. Is there anything like emergency operating support?",
        "Our foundation keeps a rapid-response pot for groups facing a sudden revenue cliff: unrestricted, decided in ten days.",
    ),
    (
        "funding",
        "Looking for a sponsor for our Juneteenth festival. Stage, sound, and vendor tents come to about $12k.",
        "My car dealership underwrites one big community celebration every summer, and we haven't picked this year's yet.",
    ),
    (
        "funding",
        "Our Hmong elders want to buy the lot we've been farming on before a developer does.",
        "I work at a land trust that fronts acquisition capital for community-held growing sites, then lets the group pay us back over ten years.",
    ),
    (
        "funding",
        "Is there money out there to help veterans start their own businesses? I have three guys with good plans and no capital.",
        "Our statewide fund for former service members makes launch loans up to $50,000 at 2%, paired with a mentor who's been through it.",
    ),
    (
        "funding",
        "We run a rural ambulance service staffed by volunteers. Our rig has 300,000 miles on it and needs replacing.",
        "The hospital system I work for has a capital fund for EMS partners in its catchment, and a new unit is exactly what it's for.",
    ),
    (
        "funding",
        "Our gurdwara serves langar to anyone who walks in. Since the plant closed we're feeding triple the people, and we can't keep up with the cost of flour and lentils.",
        "The grocery chain I manage has a hunger fund that reimburses community meals; a monthly check to a place of worship would qualify.",
    ),
    (
        "funding",
        "A group of parents wants to start a bilingual preschool co-op. Where do we get money to open the doors?",
        "Our state's early-childhood trust, where I'm a program officer, funds new child care slots in areas the data calls deserts, including family-run models.",
    ),
    (
        "funding",
        "Our Pueblo wants to restore a historic adobe church, but the preservation estimate came in at $400,000.",
        "I'm on the board of a national trust that awards matching money for endangered places, and mission-era sites are a priority this cycle.",
    ),
    (
        "funding",
        "We're trying to pay stipends to high school students who do climate canvassing over the summer.",
        "My company's foundation underwrites youth wages for civic internships, and we've funded environmental outreach crews in three states.",
    ),
    (
        "funding",
        "Our bail fund is nearly empty and we have eleven people sitting in county jail on low-level charges.",
        "A few of us at my synagogue pool money for pretrial release and replenish a community account whenever it drops below $20,000.",
    ),
    (
        "funding",
        "We organise a powwow every August, and the dancers' prize purse has shrunk every year. Could anyone help grow it?",
        "The casino my nation operates sets aside a cultural revenue share, and I sit on the committee that approves contest payouts.",
    ),
    (
        "funding",
        "The senior center's van died and the county says a replacement is two budget cycles away. How do other towns handle this?",
        "Our Area Agency on Aging passes through federal transportation dollars for older adults, and I can walk you through applying.",
    ),
    (
        "funding",
        "Our youth orchestra wants to offer free instruments to kids who can't rent them.",
        "I run a music store and we donate a portion of every sale to lending programs for strings and brass in the schools around us.",
    ),
    (
        "funding",
        "Our Latino business association wants to help storefronts on Main Street fix their facades. Is there any money for that?",
        "The downtown development authority I staff has a 50/50 reimbursement program for exterior improvements up to $15,000.",
    ),
    (
        "funding",
        "Buscamos patrocinio para el torneo de fútbol de la liga hispana de Dodge City. Uniformes y árbitros cuestan unos $4,000.",
        "Soy gerente de una empacadora de carne y cada año apoyamos con dinero a equipos deportivos de nuestros trabajadores y sus hijos.",
    ),
    (
        "funding",
        "We're a group of Ojibwe youth planning a canoe journey along our ancestors' trade routes this summer. We need money for food, gear and a support vehicle.",
        "My foundation's cultural continuity program pays for Native young people's land-and-water expeditions, and the application can be a video.",
    ),
    (
        "funding",
        "Our town needs a local match to unlock a state water system grant. We're about $60,000 short and the vote is in May.",
        "I manage the USDA Rural Development portfolio for drinking and sewer infrastructure in this district, and communities often use our awards as their cost share.",
    ),
    (
        "funding",
        "Looking for sponsors for a veterans' fishing retreat: boats, lodging and guides for twenty men and women living with PTSD.",
        "The marina I co-own writes checks every year to programs for service members, and we'd put our name on an outdoor healing weekend.",
    ),
    (
        "funding",
        "Our small Baptist church wants to start a tutoring ministry for the neighborhood. We can't afford the curriculum or a part-time coordinator.",
        "My association of congregations has a mission seed fund, up to $7,500 for new outreach efforts, no prior experience needed.",
    ),
    (
        "funding",
        "Does anyone know a way to pay for the public library's new roof besides a levy?",
        "I've helped three towns finance facilities through the state infrastructure bank, which lends at below-market rates to municipalities.",
    ),
    (
        "funding",
        "Our Vietnamese nail-salon workers' group wants ventilation fans installed in members' shops. The owners can't front the money.",
        "I'm with the county health department; we have an occupational safety cost-share that pays half of air-quality upgrades in small businesses.",
    ),
    (
        "funding",
        "Our town lost its only supermarket two years ago. We're launching a co-op grocery and have pledges from residents, but we need a bigger backer.",
        "I work for a national lender to owner-run enterprises that finances fresh-food stores in underserved places; community share drives count as your stake.",
    ),
    (
        "funding",
        "Our high school's FFA chapter wants a greenhouse. The ag teacher has plans but zero dollars.",
        "The seed company I represent gives equipment awards to farm-science classrooms, and hoop houses are one of our most common requests.",
    ),
    (
        "funding",
        "A refugee family in our network needs $2,300 for a car repair or the father loses his way to work. Anything fast?",
        "Our Catholic Charities office has an emergency assistance line that pays vendors directly, mechanics included, usually the same week.",
    ),
    (
        "funding",
        "The dance company I lead wants to take our show to reservation schools in South Dakota, but travel costs kill it every time.",
        "The regional arts organization where I work funds road trips of performing work into tribal communities, covering mileage, per diem and fees.",
    ),
    (
        "funding",
        "Our mutual aid network wants to pay utility bills for households about to get shut off this winter. Who could chip in?",
        "My congregation tithes ten percent of its budget outward, and keeping heat on for neighbors is exactly what our mission committee picks.",
    ),
    (
        "funding",
        "We're trying to buy a building for our LGBTQ youth drop-in center. We have $80k saved; the price is $340k.",
        "I run a community development lender that does mortgage financing for nonprofits, and the money you've already set aside can serve as the down payment.",
    ),
    (
        "funding",
        "Our county fair lost its beer-garden revenue after a rule change, and now we're short for the livestock premiums.",
        "The agricultural lender where I work backs 4-H and FFA award money at exhibitions across the state every summer.",
    ),
    (
        "funding",
        "Somos un grupo de mujeres mayas que tejemos. Queremos comprar telares nuevos y no tenemos capital.",
        "Dirijo un fondo de préstamos solidarios para artesanas; prestamos a grupos de cinco sin garantía y los pagos son mensuales.",
    ),
    (
        "funding",
        "We're hosting a regional summit for rural school board members and need someone to cover meals and mileage for attendees.",
        "The statewide education foundation I direct underwrites convenings of local governance leaders, especially outside the metros.",
    ),
    (
        "funding",
        "Our Korean church's senior lunch program is running out of money. Forty elders come every weekday.",
        "I'm at the city's aging services division; we contract congregate meal providers and reimburse per plate served.",
    ),
    (
        "funding",
        "Our volunteer-run radio station has to replace the transmitter before the FCC inspection, and we have about $900 in the bank.",
        "I'm a board member at a public media foundation that helps tiny community broadcasters with equipment emergencies; we move fast when a signal is at risk.",
    ),
    (
        "funding",
        "We want to give small scholarships to first-generation students from our mosque heading to community college.",
        "I manage a donor-advised fund for a family that loves supporting education for Muslim kids going to two-year schools.",
    ),
    (
        "funding",
        "After the floods, a lot of small shops on our main street can't reopen. Is there a local pot to tide them over?",
        "The chamber I lead set up a business recovery fund after the last storm, and it still has $200k to disburse in forgivable loans.",
    ),
    (
        "funding",
        "Our historical society wants to digitize 100 years of the town newspaper, but scanning quotes are $25,000.",
        "The humanities council I serve on funds archival projects in small communities, and putting old local papers online is a stated priority.",
    ),
    (
        "funding",
        "We're a home care workers' local. Members who get sick lose their income, so we want a hardship fund. We need seed money to start it.",
        "The labor-friendly credit union I chair will put up a starter contribution for any employee-run emergency pool, and we'll manage the account free.",
    ),
    (
        "funding",
        "Is anyone aware of money for bringing broadband to the last eleven farms on our road?",
        "I administer the state's connectivity office; we pay up to 75% of line-extension costs to unserved rural addresses.",
    ),
    (
        "funding",
        "We're a youth-led climate group and our bank won't let minors open an account. How do we take donations?",
        "Our environmental nonprofit can serve as your fiscal host: we receive gifts on your behalf, keep the books, and release funds when you request.",
    ),
    (
        "funding",
        "A Lakota artist in our network wants to publish a children's book in Lakota. Printing is the sticking point.",
        "The tribal college press I run pays production costs for Native-language titles and splits sales with the author.",
    ),
    (
        "funding",
        "Our Main Street theater needs $150,000 to convert to digital projection or it closes. We've run out of bake-sale ideas.",
        "My family office makes recoverable investments in historic movie houses, and we're comfortable with six-figure checks if the town rallies too.",
    ),
    (
        "funding",
        "Necesitamos dinero para la fianza de un miembro de nuestra iglesia que fue detenido por ICE la semana pasada.",
        "Participo en una red de congregaciones que mantiene un fondo rotatorio para pagar bonos de inmigración; se recupera cuando termina el caso.",
    ),
    (
        "funding",
        "We need to cover the cost of a sign-language interpreter for every town council meeting this year.",
        "Our disability rights foundation reimburses municipalities for ASL access at public proceedings; apply once and you're covered through December.",
    ),
    (
        "funding",
        "Our clinic in the Delta wants to buy a mobile health van to reach people who can't get to town.",
        "The insurer I work for has a rural access fund, and a doctor's office on wheels is the kind of capital request we say yes to.",
    ),
    (
        "funding",
        "Does anyone know a funder for reservation programs that run from 3 to 6pm? Ours serves 90 kids and the grant ended in June.",
        "I'm a program officer at a national foundation whose Native youth portfolio covers out-of-school time; we renew strong sites for three years.",
    ),
    (
        "funding",
        "We're a neighborhood association in a Rust Belt town. There are forty vacant houses on our streets, and we'd like to buy and fix them up for local families.",
        "The land bank I direct sells abandoned properties for $1 and pairs them with a low-interest rehab loan for community groups.",
    ),
    (
        "funding",
        "Our chapter of a Vietnam veterans' group wants to bring members to Washington to visit the Wall. Many can't pay.",
        "My company matches employee gifts 2-to-1 for service member causes, and our staff have been asking for an honor trip to sponsor.",
    ),
    (
        "funding",
        "We want to offer a paid apprenticeship for refugee youth in our bakery. Wages are the hurdle.",
        "The workforce board I sit on subsidizes on-the-job training for newcomers; we reimburse half the hourly rate for six months.",
    ),
    (
        "funding",
        "Our small-town newspaper is about to fold after 110 years. Is there anyone who invests in local news?",
        "I run a journalism fund that's made bridge awards to a dozen rural weeklies, sometimes converting them to nonprofits.",
    ),
    (
        "funding",
        "A Hindu temple in our coalition wants to host a free diabetes screening fair but can't cover lab costs.",
        "Our medical society's charitable arm pays for testing supplies at community wellness events, especially in South Asian neighborhoods.",
    ),
    (
        "funding",
        "Our library board wants to eliminate overdue fines. That's $9,000 a year we'd need to replace.",
        "I'm on the town's Rotary foundation committee; we'd gladly backfill lost revenue for something that brings families back through the doors.",
    ),
    (
        "funding",
        "Our reentry program depends on mentors who were formerly incarcerated themselves. Most can't afford to volunteer for free. We'd like to pay each a stipend.",
        "My foundation funds second-chance work and specifically supports compensating people with conviction histories as peer guides.",
    ),
    (
        "funding",
        "Our family farm is transitioning to organic and the three-year gap before certification is brutal. Any help out there?",
        "I'm with a regional food-system investor that offers patient capital to growers going through the chemical-free conversion period.",
    ),
    (
        "funding",
        "Estamos organizando una feria de salud en la pulga del sábado y necesitamos dinero para carpas y pruebas de glucosa.",
        "La clínica comunitaria donde trabajo tiene un presupuesto de alcance y patrocina eventos en mercados al aire libre.",
    ),
    (
        "funding",
        "We're a Black farmers' cooperative trying to buy a cold-storage unit everyone can use. Nobody will lend to us.",
        "The heirs' property fund I manage extends credit to historically excluded growers for jointly owned infrastructure like coolers and packing sheds.",
    ),
    (
        "funding",
        "We're a tiny arts nonprofit, and an anonymous donor offered $20k if we can find someone to match it.",
        "I've got a challenge budget at my small business and like to be the second half of a dollar-for-dollar deal for creative groups.",
    ),
    (
        "funding",
        "Our Appalachian county's recovery community center has to keep its lights on through June while we wait for opioid settlement dollars to arrive.",
        "I sit on the regional health foundation's board, and we make short-term operating awards to addiction support groups until public money flows.",
    ),
    (
        "funding",
        "We need startup costs for a tool library in our neighborhood: shelving, insurance, the first batch of drills and ladders.",
        "The home improvement store I manage has a community giving budget, and a borrowing shed for DIY gear is right in our wheelhouse.",
    ),
    (
        "funding",
        "Could anyone help pay for a Ukrainian family's English classes and bus passes for their first six months?",
        "Our Orthodox parish council holds an emergency fund for newcomers, and we've covered tuition and transit for arriving households before.",
    ),
    (
        "funding",
        "The girls' basketball team at our reservation high school made state! But the bus and hotel aren't in the budget, and the tournament is in nine days.",
        "Our tribal enterprise board approves sponsorships for student athletes, and getting a squad to a championship is an easy yes.",
    ),
    (
        "funding",
        "Our all-volunteer crisis line wants to pay for certification courses and background checks for thirty new listeners.",
        "The suicide-prevention foundation I direct covers onboarding expenses for hotline responders at small grassroots operations.",
    ),
    (
        "funding",
        "Our Jewish community center wants to offer summer camp scholarships to kids from the public housing across the street.",
        "I'm the treasurer of a memorial fund a family set up so low-income children can attend day programs during school break.",
    ),
    (
        "funding",
        "A group of Marshallese moms in Springdale wants to start a catering business. They need kitchen equipment and a permit fee.",
        "Our economic development nonprofit does $5,000 micro-awards for immigrant women launching food enterprises, plus a voucher for rented commissary time.",
    ),
    (
        "funding",
        "We'd like to buy naloxone kits to put in every bar and gas station in the county. Who funds that?",
        "I'm at the state's overdose prevention office, and we reimburse community groups for distributing Narcan in high-traffic locations.",
    ),
    (
        "funding",
        "We run a Saturday school teaching Arabic and Quran to 150 children. Rent on the space went up 40% in January.",
        "A few families in our Muslim professionals' network pledge monthly to weekend education programs, and we can add a new one this fall.",
    ),
    (
        "funding",
        "Looking for someone to sponsor the trophies and T-shirts for our Pride 5K in a small Ohio town.",
        "My brewery hosts and bankrolls two charity runs a year and would love to back an LGBTQ race somewhere it takes courage.",
    ),
    (
        "funding",
        "Our fire district wants to buy a thermal imaging camera, but the levy failed. Is there money outside taxes?",
        "The regional utility's safety grants program, which I administer, pays for first responder equipment in the communities we serve.",
    ),
    (
        "funding",
        "We're a Filipino nurses' group and want to create a scholarship for caregivers studying for their NCLEX.",
        "My hospital's foundation matches professional-association dollars for workforce pipelines, especially for licensure exam prep.",
    ),
    (
        "funding",
        "The town band has played every Fourth of July since 1911, and the instruments are falling apart.",
        "I administer a local trust left by a music teacher; its only purpose is keeping community ensembles in horns and drums.",
    ),
    (
        "funding",
        "Ayuda: el techo del salón de nuestra asociación de agricultores se cayó con la nieve y no tenemos seguro.",
        "Represento a una fundación rural que otorga dinero de emergencia a organizaciones campesinas después de desastres climáticos.",
    ),
    (
        "funding",
        "Our voter registration drive is run entirely by high schoolers and stays nonpartisan. We need money for clipboards, printing, and a few stipends.",
        "The civic education fund I chair backs young people's democracy projects that steer clear of candidates, with awards up to $3,000.",
    ),
    (
        "funding",
        "Is there money to help farmers install solar to run irrigation pumps? Our diesel bills are killing us.",
        "I administer the REAP program at our USDA state office, which covers a quarter of renewable energy systems for agricultural producers.",
    ),
    (
        "funding",
        "We run a women's shelter in a remote county. Last month someone broke in, and the old security system is useless.",
        "The domestic violence coalition where I work has a small capital fund for safety upgrades at rural safe houses: cameras, locks, lighting.",
    ),
    (
        "funding",
        "Our Cambodian temple wants to send two young monks-in-training to a language intensive so they can serve the next generation.",
        "My family foundation underwrites religious leadership development across Buddhist communities, including tuition for study programs.",
    ),
    (
        "funding",
        "We're a small-town ballet school and want to give full scholarships to kids on free lunch.",
        "The dance supply company I own sets aside a share of profits for tuition help, and low-income students are the priority.",
    ),
    (
        "funding",
        "We need someone to bankroll the county's first tiny-home village for people sleeping in their cars.",
        "I'm with a faith-based housing investor; we provide low-cost construction loans for transitional dwellings when a local government signs on.",
    ),
    (
        "funding",
        "Our 4-H shooting sports club needs new safety equipment and range fees for the season.",
        "The sportsmen's foundation I volunteer with has a youth marksmanship fund that covers eye and ear protection and facility costs.",
    ),
    (
        "funding",
        "Our neighborhood wants 500 street trees in the ground before the city's next budget cycle.",
        "The utility I work for runs a canopy program that reimburses residents' groups for saplings set in away from power lines.",
    ),
    (
        "funding",
        "Our board wants a six-month cash cushion, but we're living gift to gift. Does anyone fund reserves?",
        "The capacity foundation I work with makes one-time rainy-day contributions to help nonprofits stop operating on fumes.",
    ),
    (
        "funding",
        "We're trying to open a Native-owned bookstore in Rapid City. We have the lease lined up but not the inventory money.",
        "The Indigenous community development fund I lend for offers working capital for retail startups run by tribal citizens.",
    ),
    (
        "funding",
        "Our mosque's youth basketball league plays in the parking lot. We'd love a real gym floor.",
        "I run a sporting goods family foundation that finances court construction for faith-based recreation programs.",
    ),
    (
        "funding",
        "A dozen families in our trailer park want to buy the land before the owner sells it to an investor. We need financing fast.",
        "I work for a national nonprofit lender that helps manufactured-home residents purchase their communities as cooperatives.",
    ),
    (
        "funding",
        "We're a tribal health clinic that wants to hire a traditional healer alongside our doctors. Insurance won't pay for it.",
        "Our foundation supports culturally rooted medicine in tribally run facilities, including salaries for ceremonial practitioners.",
    ),
    (
        "funding",
        "Our volunteer search-and-rescue team needs money for a drone with thermal capability.",
        "The outdoor retailer I work for gives backcountry safety awards, and they've bought aerial gear for SAR units before.",
    ),
    (
        "funding",
        "Queremos abrir una guardería para hijos de trabajadores de las lecherías, pero no tenemos capital inicial.",
        "Trabajo en el programa estatal de cuidado infantil y otorgamos subvenciones de arranque a proveedores en zonas rurales.",
    ),
    (
        "funding",
        "Half the kids in our rural district have no internet at home. The library wants to lend hotspots so they can do homework. Any sponsors?",
        "The wireless carrier I manage for the region donates data plans and pays device costs for public check-out programs.",
    ),
    (
        "funding",
        "We're organizing a memorial for the miners who died in the 1920s strike and need money for a granite monument.",
        "My union's retiree chapter has a heritage fund that pays for markers honoring labor history in coal country.",
    ),
    (
        "funding",
        "Our small Episcopal church is turning its basement into a warming center. The code work costs more than we have.",
        "Our diocese keeps a capital loan pool at 1% for parishes converting space to serve unhoused neighbors.",
    ),
    (
        "funding",
        "We'd like to pay Deaf artists to perform at our city festival. Where can we find money for that?",
        "The disability culture fund I run commissions work by disabled creators and covers performance fees at mainstream events.",
    ),
    (
        "funding",
        "After the flash flood, our Hispanic congregation has fifty families who lost everything. We need gift cards for clothes and food.",
        "My bank's disaster relief line sends prepaid debit value through houses of worship when a storm displaces households.",
    ),
    (
        "funding",
        "Our youth-run community garden wants to pay its teen crew this summer instead of relying on volunteers.",
        "The city's seasonal employment program, which I coordinate, covers wages for 14-to-18-year-olds placed at approved nonprofits.",
    ),
    (
        "funding",
        "Anyone know of emergency money for small dairy farms hit by the milk price collapse?",
        "I staff the agriculture department's viability program, which has a hardship tranche for herd operations facing market shocks.",
    ),
    (
        "funding",
        "A few refugee moms want to start a home daycare together but need $3,000 for licensing, cribs, and safety gates.",
        "Our church women's circle has a micro-fund for immigrant mothers' side businesses and can cover up-front costs like those.",
    ),
    (
        "funding",
        "Our tribe is hosting a regional gathering of Native veterans. Many of the elders live hours away, and we need help covering their travel.",
        "I run the gaming commission's community distribution, and honoring those who served is one of our standing funding categories.",
    ),
    (
        "funding",
        "Our arts council wants to commission a sculpture honoring the town's Black founders. The artist's quote is $45,000.",
        "My foundation funds public memorials to overlooked histories, and we've paid for bronzes in three Southern county seats.",
    ),
    (
        "funding",
        "We run a small labor history museum, and the roof leaks every spring. Admissions barely cover heating.",
        "The building trades council I belong to has a fund for preserving workers' heritage sites, and our members will match dollars with hours.",
    ),
    (
        "funding",
        "Nuestro club de jóvenes quiere viajar a la conferencia nacional de LULAC en julio, pero no alcanzamos a pagar los boletos de avión.",
        "La empresa de construcción que tengo dona cada verano para que estudiantes latinos asistan a eventos de liderazgo fuera del estado.",
    ),
    (
        "funding",
        "Buscamos dinero para reparar el sistema de agua potable de la colonia. Las familias llevan meses comprando garrafones.",
        "Soy técnico del programa estatal de infraestructura para colonias fronterizas; financiamos pozos, tuberías y plantas de tratamiento.",
    ),
    (
        "funding",
        "Una familia de nuestra comunidad perdió su casa en un incendio. ¿Alguien sabe de ayuda económica rápida?",
        "En el consulado manejamos un fondo de protección para connacionales en emergencias, y podemos entregar apoyo en pocos días.",
    ),
    (
        "funding",
        "Queremos montar una obra de teatro en español con actores del barrio, pero el alquiler del escenario y el vestuario suman $6,000.",
        "La fundación cultural que dirijo apoya producciones hispanas comunitarias con becas de hasta $10,000.",
    ),
    (
        "funding",
        "Necesitamos capital para que la cooperativa de limpieza compre una camioneta y equipo profesional.",
        "Trabajo en un fondo que presta a negocios de propiedad de sus trabajadores, con tasas bajas y sin exigir casa como garantía.",
    ),
    (
        "funding",
        "Nuestra parroquia quiere pagar el examen de ciudadanía a cincuenta residentes permanentes este año.",
        "Mi organización de abogados inmigrantes tiene un fondo que cubre la cuota del formulario N-400 para quienes no la pueden costear.",
    ),
    (
        "funding",
        "Los jornaleros del centro de trabajo necesitan botas y cascos. ¿Hay quién financie equipo de seguridad?",
        "La tienda de materiales que administro patrocina a grupos de trabajadores por día con un presupuesto anual para protección personal.",
    ),
    (
        "funding",
        "Queremos dar becas a jóvenes indocumentados que van a la universidad, porque no califican para ayuda federal.",
        "Administro un fondo privado para estudiantes DACA y sin papeles; cubrimos matrícula en instituciones públicas del estado.",
    ),
    (
        "funding",
        "Our town wants to hire its first part-time economic development director. The council won't fund it without proof that it works.",
        "The regional commission I work for pays 75% of a new community staff position for two years, then tapers so the locality can take over.",
    ),
    (
        "funding",
        "We're a Hmong and Karen farmers' market in a small city, and we want to accept SNAP and double it.",
        "I'm at the state's nutrition incentive network; we provide match dollars so EBT shoppers get twice the produce at participating stands.",
    ),
    (
        "funding",
        "Our veterans' writing workshop wants to publish an anthology and hold a reading at the county library.",
        "The humanities council where I'm a program officer funds creative projects by people who wore the uniform, print runs included.",
    ),
    (
        "funding",
        "The soup kitchen we run out of a Methodist basement needs a new dishwasher. The health inspector gave us 60 days.",
        "The restaurant group I own gives equipment dollars to charitable meal programs; a commercial sanitizing unit is a typical request.",
    ),
    (
        "funding",
        "We organize Ramadan iftars open to the whole town, and the crowd doubled this year. Who could help cover the meals?",
        "My halal meat business sponsors interfaith community dinners every spring and would love to underwrite a few nights.",
    ),
    (
        "funding",
        "We're a domestic workers' alliance and want to hire our first full-time organizer.",
        "The labor foundation I work for makes three-year general operating awards to caregiver and housekeeper centers ready to add staff.",
    ),
    (
        "funding",
        "Our elementary school's PTA wants to replace the playground that got condemned. The district says maybe in five years.",
        "Our electric cooperative's charitable trust pays for outdoor climbing and swing structures at rural and small-town campuses each year.",
    ),
    (
        "funding",
        "A group of Iraqi veterans who served as interpreters want to open a restaurant. They've got recipes and no capital.",
        "I run a microloan program for Special Immigrant Visa holders, and food businesses are half our portfolio.",
    ),
    (
        "funding",
        "The county jail wants to start a GED program, but education isn't in the sheriff's budget.",
        "Our adult literacy foundation pays for high school equivalency instruction behind bars, including tutor stipends and test fees.",
    ),
    (
        "funding",
        "Our powwow committee is tired of renting an arbor and bleachers every year. We'd like to own them.",
        "The tribe's enterprise corporation I sit on invests in permanent cultural infrastructure for our communities.",
    ),
    (
        "funding",
        "A local farmer wants to host a field day on regenerative grazing, and we need money for speakers' travel and lunch.",
        "The soil and water conservation district I chair sponsors pasture walks and producer learning events, covering honoraria and food.",
    ),
    (
        "funding",
        "Small landlords here can't afford lead paint abatement, so they evict families instead. We want to create a revolving fund to fix the units.",
        "My foundation provides program-related investments for poisoning-hazard remediation in older housing, and capitalizing a loan pool is exactly how we like to do it.",
    ),
    (
        "funding",
        "Our Armenian community choir has been invited to sing in Yerevan. The singers are mostly retirees on fixed incomes.",
        "I manage a diaspora cultural endowment that pays airfare for amateur ensembles representing our people abroad.",
    ),
    (
        "funding",
        "We're a newly recognized tribe with no reservation. We want to buy back a parcel that includes our burial grounds before it's developed.",
        "The Indigenous land return fund I advise provides acquisition money for nations reclaiming sacred and ancestral sites.",
    ),
    (
        "funding",
        "Our nonprofit won a big federal award, but it's reimbursement-only. We can't float three months of expenses before the first check arrives.",
        "I'm a lender at a community bank that offers receivable-backed lines of credit for nonprofits waiting on government payments.",
    ),
    (
        "funding",
        "We run a wrestling club for middle schoolers in a mill town and the mats are twenty years old.",
        "My insurance agency writes a couple of checks each year for youth sports gear, especially in places like ours where the plant closed.",
    ),
    (
        "funding",
        "Our rural clinic can't keep doctors. We'd like to start paying off med students' loans if they commit to staying five years.",
        "The state primary care office, where I work, runs a debt repayment program for providers who pledge service in shortage areas.",
    ),
    (
        "funding",
        "We want to put on a free Shakespeare-in-the-park every August in a town of 2,000. Can anyone underwrite it?",
        "The bank I manage is the sole sponsor of our outdoor concert series and would be glad to add a theater weekend.",
    ),
    (
        "funding",
        "Our Baptist church runs a re-entry house for men coming home from prison, and the mortgage is three months behind.",
        "A coalition of Black congregations I belong to keeps an emergency fund for ministries at risk of foreclosure.",
    ),
    (
        "funding",
        "Is there anybody who helps pay for funerals for families who can't afford them? We had three this month.",
        "Our benevolent society was founded in 1898 to bury neighbors with dignity, and we still cover burial costs for those in need.",
    ),
    (
        "funding",
        "Our teen robotics group in Anchorage wants to mentor kids in villages, but flights are $800 each way.",
        "The Alaska Native corporation I work for sponsors STEM travel to rural communities and has a seat discount with the regional airline.",
    ),
    (
        "funding",
        "We want to pay our volunteer translators a small honorarium at the refugee clinic. Any ideas who'd fund that?",
        "My foundation's language access portfolio includes stipends for community interpreters in healthcare settings.",
    ),
    (
        "funding",
        "A group of retired teachers wants to start a scholarship for future teachers from our county. We need a big first donation.",
        "My late husband left an estate gift to be used for education in the hills where he grew up, and I'm choosing where it goes.",
    ),
    (
        "funding",
        "Our neighborhood food co-op wants to offer a discount membership for low-income households. Who covers the gap?",
        "The community health foundation I work for subsidizes equity shares at member-owned grocers for people under 200% of poverty.",
    ),
    (
        "funding",
        "We need $1,200 to get the snow-plow blade on our township truck repaired before winter.",
        "Our grange hall has a little fund for road and safety emergencies and can cut a check this week.",
    ),
    (
        "funding",
        "Our community radio station wants to launch a Spanish-language morning show, but we'd need to pay a host.",
        "I oversee the local news fund at our regional foundation, which covers salaries for bilingual on-air journalists.",
    ),
    (
        "funding",
        "We're a Black-led land trust trying to protect family farms from heirs' property loss. We need money for legal fees.",
        "My philanthropic network funds title-clearing and estate planning for Southern landowners at risk of partition sales.",
    ),
    (
        "funding",
        "Lobby day at the state capitol is in March. Half our disability advocacy group uses wheelchairs, and we need to pay for accessible transportation.",
        "The transit workers' union I belong to donates to groups bringing constituents to their lawmakers, and lift-equipped buses are an easy yes.",
    ),
    (
        "funding",
        "We're a youth-led mental health club and want to bring a well-known speaker to our high school assembly.",
        "My counseling practice budgets every year to underwrite honoraria for student-organized wellness events.",
    ),
    (
        "funding",
        "The old Rosenwald school in our county is falling down, and the alumni association wants to save it.",
        "I'm on the board of a preservation fund for African American historic places, with awards for stabilization work.",
    ),
    (
        "funding",
        "We run a free legal clinic at our synagogue, and the malpractice coverage renewal is $4,000.",
        "The bar foundation I serve on reimburses insurance premiums for volunteer attorney programs.",
    ),
    (
        "funding",
        "Our farmworker apartments have everything lined up except a final $300,000 gap in the financing stack.",
        "I run the state housing trust fund's agricultural worker set-aside, which is designed as the last-in money for multi-source deals.",
    ),
    (
        "expertise",
        "We're incorporating a nonprofit for our Karen refugee community. Nobody on the founding committee has ever written bylaws, and we're scared of getting it wrong.",
        "I retired from corporate law last year and have quietly drafted governing documents for dozens of small charities, pro bono.",
    ),
    (
        "expertise",
        "Our town council meetings keep devolving into shouting matches over the new zoning map. We need someone to help us have a real conversation.",
        "I'm a trained mediator with the state dispute resolution office and facilitate contentious public hearings at no cost.",
    ),
    (
        "expertise",
        "Our food pantry got its first federal grant, and the reporting requirements look like a foreign language.",
        "I spent 20 years as a compliance accountant for Head Start agencies and can set up your tracking so quarterly submissions are painless.",
    ),
    (
        "expertise",
        "Could someone look at the old mill we're hoping to turn into a community center and tell us if it's safe before we sign?",
        "I'm a licensed engineer who does free walk-throughs of brick and timber structures for nonprofits eyeing a purchase.",
    ),
    (
        "expertise",
        "We need our parent newsletter and permission slips put into Dari and Pashto for new families at the elementary.",
        "I was born in Kabul and work as a certified court interpreter; school paperwork I can turn around within the week.",
    ),
    (
        "expertise",
        "Our tribe wants to apply for money for a new wellness center. We've never done a federal application and the deadline is in six weeks.",
        "I used to review proposals for the Indian Health Service and now coach tribal staff on building competitive narratives and budgets.",
    ),
    (
        "expertise",
        "Several of our members have old marijuana convictions that keep them from getting hired. Can anyone help clear their records?",
        "I clerked in criminal court for fifteen years, so I know expungement petitions inside out.",
    ),
    (
        "expertise",
        "We're a small credit union in a border town. Half our customers only speak Spanish, but our forms and website are all English.",
        "My firm localizes financial documents for Latino audiences, not just word-for-word but culturally clear.",
    ),
    (
        "expertise",
        "We're trying to figure out whether our youth mentoring program actually works. Funders want outcomes data and we have attendance sheets.",
        "I'm an evaluation researcher at the state university and can design a simple pre/post survey and analyze the results with you.",
    ),
    (
        "expertise",
        "Our mosque wants to build an addition, and the city's planning department keeps rejecting our permit application.",
        "I was a land-use planner for the county for twelve years and now help congregations navigate variances and RLUIPA protections.",
    ),
    (
        "expertise",
        "We're a volunteer fire company and just got our first paid employee. We have no HR policies at all.",
        "I run a human resources consulting practice and write handbooks and job descriptions for tiny organizations at cost.",
    ),
    (
        "expertise",
        "Our county just flooded for the second time in five years. We want to apply for FEMA mitigation money, but the process is overwhelming.",
        "I used to work in the state emergency management office preparing buyout and elevation applications and benefit-cost analyses.",
    ),
    (
        "expertise",
        "Our small farm wants to sell beef directly to local restaurants, but we're confused about USDA inspection rules.",
        "I'm a retired federal meat grader and can explain custom-exempt versus official-establishment processing and which plants near you qualify.",
    ),
    (
        "expertise",
        "We've raised money from the same forty people for ten years. How do we grow beyond them?",
        "I've been development director for two regional hospitals and can help you map prospects and build a major-gifts plan.",
    ),
    (
        "expertise",
        "A university museum has agreed to return our ancestors' remains. Our tribe doesn't know the legal process, and we don't want to make mistakes with something this sacred.",
        "I'm an attorney who has handled NAGPRA claims for six nations and can walk your cultural committee through consultation.",
    ),
    (
        "expertise",
        "We want a simple website where families can sign up for the free tax clinic. Nobody on our team knows how to build one.",
        "I'm a web developer who sets up Squarespace sites and online registration forms for volunteer groups on weekends.",
    ),
    (
        "expertise",
        "Our church's finances are a shoebox of receipts. The treasurer just resigned, and we need to get organized before our annual meeting.",
        "I'm a CPA who specializes in religious organizations and can set up QuickBooks and train a new volunteer bookkeeper.",
    ),
    (
        "expertise",
        "Necesitamos ayuda para entender el contrato de arrendamiento del local antes de firmarlo. Está lleno de términos legales.",
        "Soy abogada de bienes raíces comerciales y reviso documentos de renta para pequeños negocios latinos sin cobrar.",
    ),
    (
        "expertise",
        "Our veterans' group wants to help members file disability claims, but the VA paperwork is a maze.",
        "I'm an accredited service officer with the American Legion and can train your volunteers to prepare comp and pension submissions.",
    ),
    (
        "expertise",
        "We're a youth-led group planning a climate march and want to know our rights if police try to shut it down.",
        "I'm a civil liberties lawyer who runs First Amendment trainings for protest organizers and can be on call that day.",
    ),
    (
        "expertise",
        "The county's well tests are showing nitrates. Residents with babies are frightened and want someone who can explain what that means for their kids.",
        "I'm a public health toxicologist and give plain-language talks on agricultural runoff and infant exposure.",
    ),
    (
        "expertise",
        "We need a logo and a brochure for our new Hmong elders' center. Something that feels like us, not clip art.",
        "I'm a Southeast Asian American graphic designer who builds brand identities rooted in paj ntaub story-cloth patterns.",
    ),
    (
        "expertise",
        "We're starting a worker co-op and can't figure out how to structure ownership and profit sharing.",
        "My practice specializes in cooperative law and patronage allocation, and I've converted dozens of businesses to employee-held firms.",
    ),
    (
        "expertise",
        "Our library wants to run a coding club for teens but none of the staff can program.",
        "I'm a software engineer who taught Python at a bootcamp and can design a ten-week curriculum anyone can follow.",
    ),
    (
        "expertise",
        "Our homeless shelter keeps having blowups between staff and guests. Is there training for de-escalation?",
        "I'm a former crisis negotiator with the sheriff's office and teach calming techniques to front-line workers.",
    ),
    (
        "expertise",
        "We want to put solar panels on the community center roof but don't know if it's worth it.",
        "I'm an electrical engineer who runs feasibility analyses on rooftop PV for nonprofits, including payback period and incentives.",
    ),
    (
        "expertise",
        "Our board has gotten into fights about who's responsible for what. Two members quit last month. We probably need some kind of training.",
        "I've served on twenty nonprofit boards and facilitate governance retreats on roles, fiduciary duties, and conflict.",
    ),
    (
        "expertise",
        "Our small-town newspaper wants to survive, and we're thinking about becoming a nonprofit. Has anyone done that?",
        "I'm a media lawyer who's converted four community weeklies to 501(c)(3) status and knows the IRS pitfalls.",
    ),
    (
        "expertise",
        "Buscamos a alguien que nos enseñe a llevar la contabilidad de nuestra panadería. Todo está en cuadernos.",
        "Soy CPA y doy talleres gratuitos de finanzas para pequeños negocios en la cámara hispana.",
    ),
    (
        "expertise",
        "An oil company wants to drill on fee land inside our reservation. Our tribal council needs to understand what regulatory options we actually have.",
        "I teach federal Indian law and have advised several nations on jurisdiction over non-member activity within their borders.",
    ),
    (
        "expertise",
        "We're designing an after-school unit on local history for middle schoolers. We have the stories but no lesson plans.",
        "I taught eighth-grade social studies for 25 years and now write standards-aligned units for museums and heritage groups.",
    ),
    (
        "expertise",
        "The county wants to build a new jail, and our coalition wants to show the numbers don't add up. Who can crunch data?",
        "I'm a criminal justice statistician who can model incarceration projections and alternative scenarios.",
    ),
    (
        "expertise",
        "Our refugee resettlement office keeps struggling with trauma among clients. Our caseworkers are burning out and need guidance.",
        "I'm a licensed clinical social worker who trains helping professionals in working with survivors of war and displacement.",
    ),
    (
        "expertise",
        "We bought an old Catholic school building for our community center and it's full of asbestos. What are our obligations?",
        "I'm an environmental compliance consultant who has managed abatement projects under EPA and OSHA rules.",
    ),
    (
        "expertise",
        "We need to set pay scales for our first three staff hires, and we have no idea what's fair.",
        "I did compensation analysis for a large health system and can benchmark salaries for small nonprofits.",
    ),
    (
        "expertise",
        "Our farmers want to know whether switching to no-till would work in our heavy clay soils.",
        "I'm an extension agronomist who runs on-farm trials of reduced-disturbance cropping in dense, poorly drained ground.",
    ),
    (
        "expertise",
        "Our Sikh youth group wants to make a documentary about our town's 1907 riot. The elders who remember their parents' stories are in their nineties, and we don't know how to interview them properly.",
        "I'm an oral historian and can train your team in recording, consent forms, and archiving family accounts.",
    ),
    (
        "expertise",
        "We want our merchants' guild to offer health insurance to members. Is that even possible?",
        "I'm a benefits broker who has set up association medical plans and ICHRA options for groups of small employers.",
    ),
    (
        "expertise",
        "Our shelter needs a proper volunteer management system. People show up and nobody knows what to do with them.",
        "I ran the auxiliary and service corps at a large hospital for a decade and can set up intake, scheduling and orientation for you.",
    ),
    (
        "expertise",
        "El centro comunitario quiere ofrecer clases de inglés, pero no sabemos qué método usar con adultos que no leen en español.",
        "Soy maestra de alfabetización y he diseñado programas de ESL para trabajadores inmigrantes con poca escolaridad.",
    ),
    (
        "expertise",
        "Our rural hospital is on the brink, and the board is considering a merger. We need someone who understands the options before we vote.",
        "I spent thirty years running critical access facilities and now consult on affiliations, conversions, and REH designation.",
    ),
    (
        "expertise",
        "Our tiny Orthodox synagogue wants to make the sanctuary wheelchair-friendly, but we're worried about changing a 1920s interior.",
        "I'm an architect who specializes in ADA retrofits of landmarked sacred spaces without compromising their character.",
    ),
    (
        "expertise",
        "We've got great photos of our projects, but our social media posts get no engagement. What are we doing wrong?",
        "I manage digital strategy for a regional nonprofit and do free audits of Instagram and Facebook accounts.",
    ),
    (
        "expertise",
        "Our Pacific Islander community wants to track health disparities, but official statistics lump us in with Asian Americans.",
        "I'm an epidemiologist who's worked on disaggregating NHPI data and can help you design your own questionnaire.",
    ),
    (
        "expertise",
        "Our tiny town's water system is required to have a certified operator. Ours retires in the spring and nobody local is qualified.",
        "I hold a Class III treatment license and mentor small utilities' staff through state licensing exams.",
    ),
    (
        "expertise",
        "We're starting a food truck for our refugee women's collective and need help with the health code.",
        "I was a county sanitarian for eighteen years and can walk you through mobile vendor plan review.",
    ),
    (
        "expertise",
        "We're writing a strategic plan for the first time and don't want it to just sit on a shelf.",
        "I've facilitated visioning retreats for over 100 civic groups, and my method ends with a one-page roadmap and quarterly check-ins.",
    ),
    (
        "expertise",
        "Our immigrant parents don't understand the IEP process when their kids are referred for special education.",
        "I'm a former district disability services coordinator who now runs bilingual workshops for families on individualized plans.",
    ),
    (
        "expertise",
        "Our tribe wants to build a utility-scale wind farm. We need someone who understands power purchase agreements.",
        "I negotiated energy offtake contracts for a major developer and now advise Native nations on renewable projects.",
    ),
    (
        "expertise",
        "We want to know if our union's pension fund is being managed well. The people overseeing it are all rank-and-file.",
        "I'm a retired actuary who trains Taft-Hartley trustees on their fiduciary obligations and reading investment reports.",
    ),
    (
        "expertise",
        "Our youth theater wants to adapt a local legend into a play, but nobody has written a script before.",
        "I'm a dramatist who has had work produced regionally and teaches teenagers to shape stories for the stage.",
    ),
    (
        "expertise",
        "We're a small Black-owned business and keep losing city contracts. We think we're filling out the bid forms wrong.",
        "I spent a decade in municipal procurement and help minority firms get certified and write responsive proposals.",
    ),
    (
        "expertise",
        "The county wants to close our rural polling place. For some residents the next one is forty minutes away. We need someone who knows election law.",
        "I'm a voting rights attorney and have challenged precinct consolidations under state and federal statutes.",
    ),
    (
        "expertise",
        "Our mosque wants to make sure we're protecting people's data when we collect donor and member info.",
        "I'm a cybersecurity consultant and do privacy audits and simple security setups for faith-based organizations.",
    ),
    (
        "expertise",
        "Queremos saber si nuestros hijos tienen derecho a un intérprete en las juntas de la escuela.",
        "Trabajé como coordinadora de acceso lingüístico en el distrito y conozco las obligaciones federales hacia familias que hablan otro idioma.",
    ),
    (
        "expertise",
        "Our downtown keeps losing storefronts. We'd like someone to tell us honestly what could bring people back.",
        "I'm a retail market analyst and have done revitalization studies for twenty small main streets in the Plains.",
    ),
    (
        "expertise",
        "Our food bank's warehouse layout is a mess, and volunteers waste hours hunting for things.",
        "I managed logistics for a UPS distribution center and love redesigning storage flow for nonprofits.",
    ),
    (
        "expertise",
        "We need to get our newly formed tribal college accredited. Where do we even start?",
        "I've led three institutional self-studies and served as a peer reviewer for the Higher Learning Commission.",
    ),
    (
        "expertise",
        "Our small nonprofit is suddenly getting large donations of stock. How do we handle those?",
        "I'm a financial planner who helps charities set up brokerage accounts and gift acceptance policies for securities.",
    ),
    (
        "expertise",
        "A rancher has donated 2,000 acres to our land trust with a conservation easement. Before we close, we need the baseline documentation done properly.",
        "I'm a wildlife biologist who prepares present-conditions reports for protected-acreage holders, with photo points and habitat maps.",
    ),
    (
        "expertise",
        "We're trying to get the state to recognize a traditional Ojibwe wild rice bed as protected. We need scientific evidence.",
        "I'm a limnologist who has surveyed manoomin lakes for twenty years and can document water quality thresholds.",
    ),
    (
        "expertise",
        "Our clinic wants to start billing Medicaid for community health worker visits, but we don't know how.",
        "I do revenue cycle consulting for FQHCs and have set up CHW reimbursement in four states.",
    ),
    (
        "expertise",
        "Somos un grupo de campesinos y queremos entender cómo conseguir la certificación orgánica.",
        "Fui inspector de la USDA para productores ecológicos y asesoro a pequeños agricultores en su plan de sistema.",
    ),
    (
        "expertise",
        "Our city wants to pilot participatory budgeting. Has anyone run one?",
        "I designed the process for a mid-sized city's first resident-decided spending cycle and can share the rulebook and ballot design.",
    ),
    (
        "expertise",
        "We've got a dozen interviews with flood survivors on tape, and we want to turn them into a podcast. None of us know audio editing.",
        "I'm a public radio producer and can teach your team to cut, mix, and structure episodes in Audacity or Descript.",
    ),
    (
        "expertise",
        "The parish wants to sell some of its land to fund repairs, but it's a tangled mess of deeds.",
        "I'm a title examiner who specializes in church and cemetery properties with century-old chains of ownership.",
    ),
    (
        "expertise",
        "Our Somali community wants to open a halal meat market, and we need to understand the slaughter regulations.",
        "I'm a food safety specialist and have helped three Muslim-owned processors get their HACCP plans approved.",
    ),
    (
        "expertise",
        "We're a youth-led organization, and the adults on our board keep overruling us. How do other groups structure this?",
        "I consult on intergenerational governance and have rewritten bylaws so teens hold real votes.",
    ),
    (
        "expertise",
        "We want to do a community needs assessment before deciding what to build. Nobody here has done research.",
        "I'm a sociology professor who leads participatory surveys and focus groups with residents in small towns.",
    ),
    (
        "expertise",
        "Our historic district's property owners want tax credits for rehab, but the application seems impossible.",
        "I'm a preservation consultant who prepares Part 1, 2, and 3 certifications for the federal and state programs.",
    ),
    (
        "expertise",
        "After the wildfire, homeowners in our valley are getting lowball insurance settlements. Some are being offered half of what it costs to rebuild. Can anyone help them push back?",
        "I'm a licensed public adjuster and have represented disaster survivors pro bono against carriers.",
    ),
    (
        "expertise",
        "We're setting up a community fridge and want to make sure we're not breaking any health rules.",
        "I teach ServSafe and know the local food code well enough to tell you what you can stock and how to label it.",
    ),
    (
        "expertise",
        "Our union local is heading into contract negotiations, and we've never bargained over health benefits.",
        "I'm a labor economist who preps rank-and-file committees with cost models for medical plans at the table.",
    ),
    (
        "expertise",
        "Our village wants to apply for a Safe Routes to School project, but we need a traffic study first.",
        "I'm a transportation engineer and do pedestrian counts and crash analysis for small municipalities.",
    ),
    (
        "expertise",
        "A lot of the older men at our VFW are isolated and drinking. We'd like to know how to reach them.",
        "I'm a VA-trained peer support specialist and teach civic groups how to recognize and approach struggling veterans.",
    ),
    (
        "expertise",
        "Our Chinese-language community center wants to qualify for city contracts, which means getting our audit done properly.",
        "I'm a CPA who performs Yellow Book reviews and financial statements for small nonprofits, in Mandarin or English.",
    ),
    (
        "expertise",
        "Our coalition is suing over a toxic waste site near the reservation. We need an expert witness on groundwater.",
        "I'm a hydrogeologist who has given testimony on plume migration in three federal cases.",
    ),
    (
        "expertise",
        "Our congregation is down to thirty members, most over seventy. We need to plan for what happens to the building if we close.",
        "I advise faith communities on property transitions: leasing, selling to mission-aligned buyers, or forming a land trust.",
    ),
    (
        "expertise",
        "Queremos formar una cooperativa de vivienda en el barrio, pero nadie sabe cómo se organiza legalmente.",
        "Soy abogado especializado en organizaciones sin fines de lucro y he registrado asociaciones de inquilinos y de propietarios colectivos.",
    ),
    (
        "expertise",
        "Our county keeps losing out on broadband funding because the federal maps say we're covered. The commissioners don't understand how to fix that.",
        "I'm a GIS analyst who has filed successful challenges to FCC availability data on behalf of rural localities.",
    ),
    (
        "expertise",
        "Our mosque's board keeps arguing with the imam about finances. It's getting personal. We need an outside person to help them talk.",
        "I'm a Muslim family counselor trained in conflict resolution, and I've worked with several masjid shura councils through leadership disputes.",
    ),
    (
        "expertise",
        "We're a rural arts center and want to price our classes so they're affordable but we don't go broke.",
        "I'm a small-business consultant and do cost analysis and sliding-scale fee design for studios and workshops.",
    ),
    (
        "expertise",
        "We want to start a community land trust, but the legal structure is way over our heads.",
        "I'm a housing attorney who helped form four CLTs, including ground lease drafting and resale formulas.",
    ),
    (
        "expertise",
        "Our tribe's elders want the language recorded before it's lost, but we don't know the right way to archive it.",
        "I'm a linguist who works with Native nations on documentation, and the nation keeps full control of every file.",
    ),
    (
        "expertise",
        "Our food pantry intake form asks for things like Social Security numbers, and immigrant families walk away. We need someone to redesign it.",
        "I'm a UX researcher who reworks paperwork for public benefit programs with dignity in mind, including multilingual testing.",
    ),
    (
        "expertise",
        "Our fire district and the neighboring one want to merge, but nobody knows how to combine budgets and pensions.",
        "I'm a municipal finance consultant who has guided consolidations of special districts in three states.",
    ),
    (
        "expertise",
        "Our Korean-language school meets on weekends, and we want to know how to train our volunteer teachers.",
        "I teach heritage-learner pedagogy at the university and run Saturday workshops for community instructors.",
    ),
    (
        "expertise",
        "The hospital closed last year and our town is trying to figure out how to get an ER back.",
        "I consulted for HRSA on rural health network development and know the models for walk-in clinics, telehealth, and freestanding ERs.",
    ),
    (
        "expertise",
        "Our small nonprofit's computers keep getting hacked. Can anyone help?",
        "I'm an IT security technician and will lock down your network, set up backups, and train staff on phishing.",
    ),
    (
        "expertise",
        "Our Lutheran church wants to convert part of our parking lot into affordable housing. What's the first step?",
        "I'm a real estate developer who specializes in partnerships with congregations on below-market apartments and can assess feasibility for free.",
    ),
    (
        "expertise",
        "We're organizing a regional youth summit and need someone to help plan the agenda so it isn't boring.",
        "I design participatory convenings for young people, with open space, fishbowls, gallery walks, and can build your run of show.",
    ),
    (
        "expertise",
        "Our refugee clients are signing leases they can't read. We need someone who understands tenant law.",
        "I'm a housing rights attorney and can train caseworkers on common rental-agreement traps and renters' protections.",
    ),
    (
        "expertise",
        "We're designing a new playground and want it to work for kids with disabilities.",
        "I'm a pediatric occupational therapist who consults on inclusive recreation spaces and sensory equipment.",
    ),
    (
        "expertise",
        "Our cattle ranchers want to try carbon credit contracts but are worried about getting locked into a bad deal.",
        "I'm an agricultural attorney who reviews ecosystem-market agreements for producers and flags permanence and exit clauses.",
    ),
    (
        "expertise",
        "Queremos hacer un mural sobre la historia de los braceros, pero necesitamos a alguien que sepa de diseño a gran escala.",
        "Soy pintor de arte público con veinte años de experiencia y puedo guiar a jóvenes del barrio desde el boceto hasta la pared.",
    ),
    (
        "expertise",
        "Our Chamber of Commerce wants to help aging owners sell their businesses instead of closing.",
        "I'm a succession planning advisor and have brokered employee buyouts and transfers to next-generation operators.",
    ),
    (
        "expertise",
        "We're a small police department trying to rebuild trust with the Latino community. We need advice on what works.",
        "I'm a retired chief who led outreach reform in a majority-immigrant city and now coaches other agencies.",
    ),
    (
        "expertise",
        "The county is about to approve a big hog operation. Residents downwind want to understand the permit before the hearing next month.",
        "I'm an environmental engineer who reviews CAFO nutrient management plans and can explain what's in the filing.",
    ),
    (
        "expertise",
        "We run a mentoring program and need a child-protection policy before our insurer will renew.",
        "I wrote abuse-prevention protocols for a national youth-serving organization and can adapt them for you.",
    ),
    (
        "expertise",
        "Our food cooperative wants to understand why our margins are so thin.",
        "I'm a grocery finance consultant who does category-level profitability analysis for independent stores.",
    ),
    (
        "expertise",
        "We want to preserve a collection of Black church records from the 1800s. Some pages are crumbling.",
        "I'm a paper conservator and can advise on stabilization, storage, and digitization of fragile ledgers.",
    ),
    (
        "expertise",
        "Our Native youth council wants to testify at the legislature, but the kids have never spoken publicly.",
        "I coach oratory for Indigenous students and run mock-hearing rehearsals.",
    ),
    (
        "expertise",
        "The storm flooded our historical society's basement. Boxes of photos and documents are soaked. What do we do before they mold?",
        "I'm a disaster response archivist and can show you how to freeze, air-dry and triage wet paper.",
    ),
    (
        "expertise",
        "We're an immigrant-led day labor center and want to know what to do when employers don't pay.",
        "I'm a wage-theft attorney and run clinics on recovering stolen earnings through the state.",
    ),
    (
        "expertise",
        "Our little theater company needs to know if we can legally perform a show we found online.",
        "I'm an entertainment lawyer who handles licensing and rights clearance for community stages.",
    ),
    (
        "expertise",
        "We want to start a community health worker program for our Marshallese families. How do we train them?",
        "I developed the state's CHW certification curriculum and can help you adapt it for a Pacific Islander workforce.",
    ),
    (
        "expertise",
        "Our village just got a big grant and now needs to hire contractors the right way under federal rules.",
        "I ran procurement for a state agency and can set up compliant bid processes under 2 CFR 200 for small localities.",
    ),
    (
        "expertise",
        "Our church wants to host an overnight shelter this winter. What are the fire code requirements?",
        "I'm a retired life-safety inspector and can walk your space and list what you'd need for temporary sleeping occupancy.",
    ),
    (
        "expertise",
        "Our county fair wants to add a rodeo this year. The board is nervous about what liability we'd be taking on.",
        "I'm an insurance broker who covers equine and livestock events and can review your exposure.",
    ),
    (
        "expertise",
        "Buscamos a alguien que pueda revisar nuestra solicitud de subvención antes de enviarla. Es la primera que escribimos.",
        "Trabajé diez años como redactora de propuestas para fundaciones y con gusto doy comentarios detallados.",
    ),
    (
        "expertise",
        "We're planting a food forest on church land and want to pick species that'll survive our Zone 4 winters.",
        "I'm a master gardener and permaculture designer who specializes in cold-hardy fruit and nut guilds.",
    ),
    (
        "expertise",
        "Our veterans' treatment court wants to evaluate whether participants are doing better afterward.",
        "I'm a program evaluator who has studied recidivism and wellbeing outcomes for problem-solving dockets.",
    ),
    (
        "expertise",
        "We're starting a podcast for Muslim teens and want to know how to avoid copyright trouble with music.",
        "I'm an intellectual property attorney who advises independent creators on licensing and fair use.",
    ),
    (
        "expertise",
        "Our tribe wants to start its own police department instead of relying on the BIA. Where do we begin?",
        "I'm a former tribal justice director who helped three nations transition to self-governed law enforcement under 638 contracts.",
    ),
    (
        "expertise",
        "Our immigrant small business owners keep getting fined for signage and permit violations they didn't know about.",
        "I'm a retired city code inspector and run plain-language compliance walk-throughs for storefront merchants.",
    ),
    (
        "expertise",
        "Our crisis center wants to measure whether callers are actually safer a month later.",
        "I'm a research psychologist who designs follow-up protocols and outcome measures for suicide prevention services.",
    ),
    (
        "expertise",
        "Our food hub delivers to restaurants across a 200-mile loop. We have no idea what to charge, and we think we're losing money on every run.",
        "I'm a supply chain analyst who builds routing and cost-per-drop models for regional distributors.",
    ),
    (
        "expertise",
        "We want to rename the county park after a Lakota leader. What's the process?",
        "I staffed the state board that rules on geographic designations and can guide you through petitions, tribal consultation, and public comment.",
    ),
    (
        "expertise",
        "We're launching a bilingual hotline for tenants and want to design the call scripts and triage.",
        "I ran a legal aid intake line for eight years and can build protocols and decision trees for your volunteers.",
    ),
    (
        "expertise",
        "Our town's budget is a massive PDF nobody reads. Can anyone help us make it understandable?",
        "I'm a data visualization designer who turns municipal finances into one-page graphics residents actually look at.",
    ),
    (
        "expertise",
        "Queremos abrir un negocio de tamales, pero no sabemos si nos conviene LLC o trabajar por cuenta propia.",
        "Soy asesor del centro de desarrollo de pequeñas empresas y explico en español las formas legales y sus impuestos.",
    ),
    (
        "expertise",
        "Nuestra iglesia quiere empezar clases de ciudadanía y necesitamos a alguien que sepa preparar a la gente para el examen.",
        "Fui oficial de USCIS y ahora capacito a voluntarios para enseñar civismo y la entrevista de naturalización.",
    ),
    (
        "expertise",
        "La asociación de padres quiere entender el presupuesto del distrito escolar para pedir más fondos para los estudiantes que aprenden inglés.",
        "Fui analista financiero de educación pública y enseño a familias a leer los documentos de gastos y las asignaciones del Título III.",
    ),
    (
        "expertise",
        "Somos trabajadores del campo y están fumigando muy cerca de nuestras casas. ¿Alguien sabe qué leyes nos protegen?",
        "Soy abogada de justicia ambiental y he representado a jornaleros en quejas por deriva de pesticidas ante el estado.",
    ),
    (
        "expertise",
        "Necesitamos diseñar un plan de evacuación en español para las familias del parque de casas móviles.",
        "Trabajé en manejo de emergencias del condado y preparo rutas de salida y simulacros con comunidades hispanohablantes.",
    ),
    (
        "expertise",
        "Queremos hacer una encuesta en la comunidad sobre vivienda, pero no sabemos formular buenas preguntas.",
        "Soy investigadora social y diseño cuestionarios culturalmente apropiados para poblaciones latinas.",
    ),
    (
        "expertise",
        "Nuestra cooperativa de café quiere exportar directamente, pero no entendemos los trámites aduanales.",
        "Trabajé quince años como agente de comercio internacional y asesoro a pequeños productores en importaciones y certificados de origen.",
    ),
    (
        "expertise",
        "La clínica quiere contratar promotoras de salud, pero no sabemos cómo escribir las descripciones de puesto.",
        "Soy especialista en recursos humanos y redacto perfiles laborales y escalas salariales para organizaciones comunitarias.",
    ),
    (
        "expertise",
        "Nuestros jóvenes quieren aprender a programar robots para la competencia, pero ningún adulto sabe cómo.",
        "Soy ingeniero mecatrónico y doy talleres de Arduino y LEGO para estudiantes de secundaria los sábados.",
    ),
    (
        "expertise",
        "Our town is debating a curfew for teenagers. Before the vote we want to know what the research actually says.",
        "I'm a criminologist who studies juvenile ordinances and can summarize the evidence on their effects.",
    ),
    (
        "expertise",
        "We've been asked to write a memorandum of understanding with the school district, and none of us has done one.",
        "I drafted interagency partnership agreements for twenty years as county counsel and can give you a template and review.",
    ),
    (
        "expertise",
        "Our Bhutanese elders keep missing medication doses. We need someone to help design a better system.",
        "I'm a pharmacist who runs adherence programs with pictorial pill charts and blister packs for people with limited literacy.",
    ),
    (
        "expertise",
        "We're a small Pentecostal church and the state says we owe payroll taxes on our pastor. We're confused.",
        "I'm an enrolled agent who specializes in clergy dual-status rules and housing allowances.",
    ),
    (
        "expertise",
        "We want to open a makerspace and need to understand what safety training members need before using the laser cutter.",
        "I'm an OSHA-authorized trainer and write equipment checkouts and lockout procedures for fabrication shops.",
    ),
    (
        "expertise",
        "Our rural clinic wants to offer telehealth, but we don't know the privacy rules.",
        "I'm a HIPAA compliance specialist who sets up secure video visit workflows for small practices.",
    ),
    (
        "expertise",
        "There's a vacant lot we want the county to buy for a park. The commissioners keep asking what it's worth and we can't answer.",
        "I'm a certified appraiser who does pro bono valuations for conservation and public-space projects.",
    ),
    (
        "expertise",
        "Our Ethiopian community association wants to run its rotating savings group more formally, with rules everyone trusts.",
        "I'm a microfinance specialist who has helped equb and tanda circles write simple agreements and record-keeping systems.",
    ),
    (
        "expertise",
        "Our youth orchestra's conductor left, and the kids are lost. We need someone who can help us think through the music program.",
        "I chaired a university department of instrumental pedagogy and consult for community ensembles on repertoire and structure.",
    ),
    (
        "expertise",
        "Our domestic violence shelter wants to accept pets. Women stay with abusers to protect their animals, and we don't know how to set it up.",
        "I'm a veterinarian who helped design kennel, vaccination and liability protocols so survivors' dogs and cats can come along to safe houses.",
    ),
    (
        "expertise",
        "We run a refugee soccer program and think some kids have untreated concussions. We need guidance.",
        "I'm a sports medicine physician and can train your coaches on head-injury recognition and return-to-play rules.",
    ),
    (
        "expertise",
        "Our tiny church's pipe organ is failing, and we don't know if it's worth fixing.",
        "I've restored tracker instruments in forty sanctuaries and can assess condition and give an honest repair-versus-replace opinion.",
    ),
    (
        "expertise",
        "We want to run a Narcan training for bartenders, but we need a qualified person to lead it.",
        "I'm an ER nurse and certified overdose-response instructor; I do hour-long sessions at bars and restaurants.",
    ),
    (
        "expertise",
        "The state plans to widen the highway through our neighborhood. We want to fight it and need someone who understands the environmental review.",
        "I'm a NEPA practitioner and can read the draft impact statement with you and help write substantive comments.",
    ),
    (
        "expertise",
        "Our tribe's buffalo herd is growing, and we need advice on grazing capacity and genetics.",
        "I'm a range scientist who has worked with intertribal bison programs on stocking rates and breeding.",
    ),
    (
        "expertise",
        "Our council just passed an ordinance requiring translation of public notices, and we don't know how to budget or procure it.",
        "I set up the language access office in a mid-sized city and can share vendor contracts, cost estimates, and quality checks.",
    ),
    (
        "expertise",
        "We're a labor union and want to know if we can legally endorse candidates and spend dues on it.",
        "I'm a campaign finance lawyer who advises worker organizations on PAC structure and political spending rules.",
    ),
    (
        "expertise",
        "We're a group of Latina entrepreneurs who want to learn how to read a profit-and-loss statement.",
        "I'm a banker who teaches financial literacy workshops for women-owned businesses in English and Spanish.",
    ),
    (
        "expertise",
        "Our county's 911 center keeps losing dispatchers. We'd like someone to help figure out why.",
        "I'm an organizational psychologist who does retention studies and burnout interviews for emergency communications teams.",
    ),
    (
        "expertise",
        "We're a new mutual aid group and worried about liability if someone gets hurt at a distribution.",
        "I'm a nonprofit risk manager and can explain waivers, insurance options, and safe practices for informal collectives.",
    ),
    (
        "expertise",
        "Our arts nonprofit has a chance to buy the building we rent. We've never borrowed money and don't know how to evaluate a commercial mortgage.",
        "I was a bank loan officer for twenty years and will walk your board through term sheets, covenants, and debt service.",
    ),
    (
        "expertise",
        "A local developer says our wetland isn't really a wetland. We need someone who can tell the difference.",
        "I'm a certified delineator who maps jurisdictional waters and hydric soils for conservation groups.",
    ),
    (
        "expertise",
        "Our congregation wants to livestream services, but we keep getting copyright strikes on hymns.",
        "I manage licensing for a church music publisher and can explain streaming permits like CCLI and OneLicense.",
    ),
    (
        "expertise",
        "We're a tribal college wanting to start a nursing program. We need help with curriculum and state board approval.",
        "I'm a former dean who launched two RN associate-degree tracks and steered both through regulatory review.",
    ),
    (
        "expertise",
        "We want to interview older residents about the 1970s school desegregation for a museum exhibit, but we need it done ethically.",
        "I'm a university IRB member and oral history practitioner who can set up consent and trauma-sensitive protocols.",
    ),
    (
        "expertise",
        "Our refugee farmers can't read the seed catalogs or the pesticide labels. How do we teach safe use?",
        "I'm an extension educator who created pictogram-based spray-safety trainings for Karen, Nepali, and Somali growers.",
    ),
    (
        "expertise",
        "Our museum wants to apply for accreditation, but our collections records are a mess.",
        "I'm a registrar who has cleaned up catalog databases and loan files for a dozen small history institutions.",
    ),
    (
        "expertise",
        "Our housing authority wants to hear from residents, but meetings get five people. How do we do real engagement?",
        "I'm a community organizer who designs door-knocking and kitchen-table listening campaigns for public agencies.",
    ),
    (
        "expertise",
        "We're a rural electric co-op. Members keep asking for internet service, and we want to understand whether our charter even allows it.",
        "I'm a utility attorney who has helped member-owned power providers launch fiber subsidiaries.",
    ),
    (
        "expertise",
        "Some of the kids in our youth basketball program have been through a lot. We want our coaches to know how to handle trauma and anger.",
        "I'm a school counselor who trains sideline adults in calming techniques and recognizing signs of abuse or grief.",
    ),
    (
        "expertise",
        "We're trying to figure out if our county could support a year-round farmers' market. Is there demand?",
        "I'm a food systems economist and do shopper surveys and vendor interviews to test whether a venue would pencil out.",
    ),
    (
        "intro_people",
        "Our county jail has no reentry planning at all. Does anyone know the sheriff personally, well enough to get us twenty minutes with him?",
        "I coached Little League with Dale for eleven years before he ran for office; he still calls me when his grandson has a game.",
    ),
    (
        "intro_people",
        "We're a tribal housing authority trying to understand HUD's new rules. Is there someone who actually wrote or enforced them we could talk to?",
        "My cousin spent two decades in the Office of Native American Programs in Denver before retiring last spring. Happy to set up a call.",
    ),
    (
        "intro_people",
        "Looking for a journalist who covers rural broadband. Our co-op finally ran fiber to 400 farms and nobody outside the valley knows.",
        "I sat next to the Ag Weekly tech correspondent at a conference in Ames and we've stayed in touch; she's always hunting for stories like that.",
    ),
    (
        "intro_people",
        "Who knows the principal at Roosevelt Middle? We want to pilot a lunchtime chess club there.",
        "My daughter teaches seventh-grade science in that building and eats lunch with the head of school most Fridays.",
    ),
    (
        "intro_people",
        "Necesitamos hablar con alguien en la oficina de la alcaldesa sobre los permisos para el mercado de los domingos.",
        "Mi compadre trabaja como asesor de la presidenta municipal desde hace seis años; le puedo pedir que reciba a su grupo.",
    ),
    (
        "intro_people",
        "Our refugee resettlement group wants advice from someone who has run a halal food pantry before. Anyone know such a person?",
        "Imam Tariq's wife, Samira, founded the Friday grocery distribution at Masjid Al-Noor in 2016. I can bring her to our next gathering.",
    ),
    (
        "intro_people",
        "We're drafting a bill on veterans' property tax exemptions. Could someone get us in front of our state representative, not just her staff?",
        "Alvarez and I served in the same Guard unit before she went to the statehouse; I still have her personal cell and she answers.",
    ),
    (
        "intro_people",
        "After the floods, the town's historic mill needs a preservation architect's eye before the insurer writes it off. Does anyone know one personally?",
        "My brother-in-law restored three nineteenth-century grist mills in Vermont and loves a lost cause. I'll connect you.",
    ),
    (
        "intro_people",
        "Is there anyone here close to the county commissioner for District 3? We keep getting bounced by her scheduler.",
        "Margaret Hughes, who holds that seat, is in my Tuesday Bible study. I can mention your project after class this week.",
    ),
    (
        "intro_people",
        "I'm a youth organiser and our students want to interview a Vietnam-era Marine for an oral history podcast. Know anyone willing?",
        "My father did two tours near Da Nang and has finally started telling those stories; he'd be honoured to sit with the kids.",
    ),
    (
        "intro_people",
        "Our library wants to host a talk with a published poet from the reservation. Who could make that introduction?",
        "I edited the first chapbook by Winona, a Lakota writer whose collection just won a regional prize. She's said yes to me before.",
    ),
    (
        "intro_people",
        "We run a small immigrant-owned bakery and the health inspector's notes confuse us. Is there a former inspector who'd explain things informally?",
        "Before I opened my diner I spent nine years doing restaurant walkthroughs for the county sanitation office, and my old partner Gloria still does.",
    ),
    (
        "intro_people",
        "Looking to meet the program officer at the Weatherby Foundation who handles arts education grants. Any warm connection?",
        "Marguerite runs that funder's creative youth portfolio; we were on a panel together in April and she asked me to send promising groups her way.",
    ),
    (
        "intro_people",
        "We'd love a retired judge to sit on the advisory board of our teen court. Does anyone have one in their circle?",
        "My neighbour spent twenty-two years on the juvenile bench in Shelby County and just told me she's bored now that she's stepped down.",
    ),
    (
        "intro_people",
        "Our union local is trying to reach the new plant manager at the poultry processor, who started last month. Anyone met him yet?",
        "The guy who took over the Tyson line in Carthage goes to my Rotary club; he's eager to meet the community and I can set up coffee.",
    ),
    (
        "intro_people",
        "The fire chief in the next county built a volunteer recruitment model that worked. Could someone introduce me to him?",
        "Marlow and I trained together at the state academy in '04. I'll text him tonight.",
    ),
    (
        "intro_people",
        "Somebody should know a pediatrician willing to speak frankly to our parents' group about vaping. Who do you know?",
        "My kids' doctor, Dr. Okafor, gives a no-nonsense talk on nicotine and adolescents and has done it at two PTAs I chaired.",
    ),
    (
        "intro_people",
        "¿Alguien conoce a un abogado de inmigración que hable mixteco o que trabaje con intérpretes de lenguas indígenas?",
        "Mi sobrina es licenciada y lleva casos de asilo en Salinas; recurre seguido a traductores de triqui, zapoteco y otros idiomas oaxaqueños. Con gusto les presento.",
    ),
    (
        "intro_people",
        "Our Sikh gurdwara wants to offer langar at the county fair. Who on the fair board could we speak with directly?",
        "I've been the livestock barn superintendent at the Stanislaus exposition for fifteen years and the man who presides over it is my old roommate.",
    ),
    (
        "intro_people",
        "We need someone who can tell us honestly how the superintendent thinks before we pitch a four-day school week.",
        "I was Dr. Reyes's chief of staff for three years before moving to the state education office; I know what she responds to.",
    ),
    (
        "intro_people",
        "Our small-town newspaper closed. We're trying to start a nonprofit newsroom and want to talk with someone who has done it.",
        "My college roommate founded the Mountain Ledger, a reader-funded outlet covering four Appalachian counties, and mentors startups like yours.",
    ),
    (
        "intro_people",
        "Is there a Hmong elder in this group's network who would advise our clinic on how to talk about end-of-life care?",
        "My mother-in-law is a respected shaman's widow in the Fresno community and families come to her before big decisions; she'd meet your nurses.",
    ),
    (
        "intro_people",
        "We want to put a mural on the water tower. Who knows the public works director well?",
        "Frank, who runs the city's utilities and streets, is my fishing buddy and has a soft spot for anything that makes the town look loved.",
    ),
    (
        "intro_people",
        "I'm organising a job fair for returning citizens and I want an owner who has actually hired people with records to speak.",
        "I own a roofing company and about a third of my crew came to me straight from Parchman. Put me on the program.",
    ),
    (
        "intro_people",
        "Looking for a state senator's ear on rural hospital closures. Three of our towns lost their emergency rooms in two years.",
        "Whitfield chairs the upper chamber's health committee and her legislative director is my former student; I can get you a meeting inside a month.",
    ),
    (
        "intro_people",
        "Our tribal college would love a visiting lecture from an Indigenous astronaut or aerospace engineer. Any leads?",
        "I worked at Johnson Space Center alongside a Chickasaw mission specialist who now speaks to students regularly. I'll reach out on your behalf.",
    ),
    (
        "intro_people",
        "Our mosque had graffiti last week. We'd like to meet the police chief before Friday prayers, not through a form.",
        "Dunleavy, who heads the department, and I co-chair the interfaith breakfast; he's told me any congregation that's been targeted should call him directly.",
    ),
    (
        "intro_people",
        "Does anyone know a forester who could walk our church's forty acres and tell us what we have?",
        "My uncle cruised timber for Weyerhaeuser for thirty years and still does walks for friends for the price of lunch.",
    ),
    (
        "intro_people",
        "We're a veterans' peer-support group and want to invite a well-known combat medic to speak at our gala.",
        "Sergeant Ruiz, whose memoir about Fallujah came out last year, is a close friend from my VFW post and does a handful of events a year.",
    ),
    (
        "intro_people",
        "Necesito contactar con la directora de la escuela primaria Lincoln para proponer clases de inglés para padres.",
        "Yo soy la presidenta de la asociación de familias de ese plantel y me reúno con la señora Ortega cada mes.",
    ),
    (
        "intro_people",
        "We need an honest conversation with a county assessor about why farmland valuations jumped. Who knows one?",
        "I retired last year after running the appraisal office in Benton, and I'm glad to explain how those numbers are built.",
    ),
    (
        "intro_people",
        "Our youth theatre company is staging a play about the 1921 massacre and wants descendants involved. Who could we approach respectfully?",
        "My grandmother's family lost their store on Greenwood Avenue and my aunt leads the circle of survivors' families; I'll ask whether she'll meet your director.",
    ),
    (
        "intro_people",
        "Looking for a banker who understands community land trusts and would mentor our board treasurer.",
        "I spent eighteen years as a lending officer at a Vermont credit union that financed most of the state's permanently affordable homes. Glad to coach.",
    ),
    (
        "intro_people",
        "Can someone introduce us to the person at the regional airport who decides on terminal art installations?",
        "Denise, who manages concessions and passenger experience at the Tri-Cities airfield, is in my book club and has complained about the bare walls.",
    ),
    (
        "intro_people",
        "The Cambodian temple wants to start a credit circle for members, and we'd like to learn from someone who has run a lending circle before.",
        "My aunt ran a tontine among forty Haitian families in Miami for two decades and now trains others in how to keep it fair.",
    ),
    (
        "intro_people",
        "We want a chef with a name to headline our food bank fundraiser dinner. Does anyone know one?",
        "I supply microgreens to Antoine, whose bistro was a semifinalist for a national culinary award, and he's asked me about doing charity nights.",
    ),
    (
        "intro_people",
        "Our 4-H club wants the extension agent who runs the state's youth livestock program to judge our show.",
        "Carol leads 4-H animal science statewide at the land-grant university, and I've known her since we were both in FFA.",
    ),
    (
        "intro_people",
        "We are putting together a panel on farmworker heat safety and need a doctor who has treated heat stroke in the fields.",
        "My wife is an ER physician in Yuma and sees pickers with core temperatures over 106 every July. She speaks plainly and would do it.",
    ),
    (
        "intro_people",
        "Who could put me in touch with the school board chair? She hasn't replied to three emails about the bus route cut.",
        "I ran Janice's campaign for that seat in 2022 and we still talk weekly; I'll tell her to look for your note.",
    ),
    (
        "intro_people",
        "My congregation wants to host an Iftar with our Jewish neighbours. I don't know the rabbi across the street at all.",
        "Miriam at Beth Shalom and I did a pulpit swap last Passover; she'd love to break the fast with your families.",
    ),
    (
        "intro_people",
        "We keep hearing that one woman at the state Medicaid office is the reason the doula pilot happened. Does anyone know who she is and how to reach her?",
        "That would be Renata, the maternal health policy lead; we were in the same leadership fellowship and I can forward a note from you.",
    ),
    (
        "intro_people",
        "Our Lutheran church is thinking about selling its parsonage to a land trust. Is there another pastor who has been through this we could talk to?",
        "Erik, who leads a congregation in Fargo, walked his council through deeding their manse for affordable housing two years ago, and he's candid about the fights.",
    ),
    (
        "intro_people",
        "Anyone connected to the owner of the grain elevator? We'd like to ask about using the lot for a farmers' market.",
        "Walt, who owns the co-op silos on Highway 9, was my dad's best man. I'll drive you out there Saturday.",
    ),
    (
        "intro_people",
        "We're building a podcast about small-town life and want a radio producer to give us honest feedback on the pilot.",
        "I spent twelve years cutting tape for a public broadcaster's Sunday magazine show before going freelance; send me the file and I'll set up a call with my old editor too.",
    ),
    (
        "intro_people",
        "The warden at the women's prison has to approve our doula program. Who has a relationship with her?",
        "I've run the Tuesday quilting circle inside that facility for six years and the superintendent stops by almost every week.",
    ),
    (
        "intro_people",
        "Busco a alguien que conozca al cónsul de México en Phoenix para hablar del consulado móvil en nuestro pueblo.",
        "Fui voluntaria en las jornadas de matrícula del gobierno mexicano durante cuatro años y el titular de la sede me conoce por nombre; les consigo una cita.",
    ),
    (
        "intro_people",
        "We'd like to meet a Native chef who cooks with traditional ingredients to help design our school's lunch menu.",
        "My friend Lorena, an Ojibwe cook who runs a wild rice and bison café in Minneapolis, consults on decolonised menus and owes me a favour.",
    ),
    (
        "intro_people",
        "Who knows the editor of the county paper? Every story about our shelter gets buried on page twelve.",
        "Marty, who runs the Gazette's newsroom, plays bass in my church band; I'll tell him what he's missing.",
    ),
    (
        "intro_people",
        "We're a refugee soccer league and the high-school athletic director won't return calls about field time. A warm introduction would help.",
        "Coach Brenner runs all the varsity programs at Central and I refereed his son's club games for years. He'll listen if I ask.",
    ),
    (
        "intro_people",
        "Our township wants to hire its first grants manager. Could someone connect us with a person doing that job in a town our size?",
        "My sister does exactly that for a borough of 6,000 outside Allentown and has strong opinions on job descriptions.",
    ),
    (
        "intro_people",
        "Looking for an introduction to the bishop. We want the diocese's blessing before our parish opens overnight shelter beds.",
        "I sit on the finance council at the chancery and see Thomas, who heads it, monthly; I can ask for fifteen minutes at the next meeting.",
    ),
    (
        "intro_people",
        "Our apprentices want to hear from a woman who made it to master electrician in the seventies. Anyone know one?",
        "My aunt Dot was the first female journeyman wireman in IBEW Local 46 and she tells those stories better than anyone.",
    ),
    (
        "intro_people",
        "Is there someone who knows the general manager at the rural electric co-op? We want to talk about solar on the community center.",
        "I've served on our power co-op's member advisory committee with Howard for five years; he runs that utility and likes practical pilots.",
    ),
    (
        "intro_people",
        "We're trying to get a meeting with the tribal chairwoman about the water line extension. Who could open that door respectfully?",
        "I grew up on the Rosebud and my mother taught Iron Cloud in grade school; I'd be glad to speak with her family first.",
    ),
    (
        "intro_people",
        "Our library's maker space needs a mentor who has built a hardware startup. Any founders in your networks?",
        "My former business partner sold his drone-sensor company two years ago and is looking for ways to give back in his hometown.",
    ),
    (
        "intro_people",
        "We want to talk to whoever at the hospital decides on charity-care write-offs before our clients get sued for bills.",
        "My college friend is the revenue cycle director at St. Luke's and has pushed internally for gentler collections; I'll connect you.",
    ),
    (
        "intro_people",
        "Does anyone know a war photographer? Our veterans want to exhibit their own pictures and need someone to help choose them.",
        "I assisted Marcus, who shot for the wire services in Kandahar and Mosul, on a book; he's generous with his eye.",
    ),
    (
        "intro_people",
        "Our Ethiopian community association wants to honour an elder who helped the first families settle here in the eighties, but we've lost touch with her.",
        "Mulu, who sponsored half the early arrivals in Columbus, is my godmother; she lives in Dayton now and I can take you to her.",
    ),
    (
        "intro_people",
        "We need someone at the state capitol who really understands how the budget conference committee works, just for a conversation.",
        "I was a fiscal analyst for the House appropriations staff for a decade and still have lunch with the clerks every session.",
    ),
    (
        "intro_people",
        "I'd like to meet the head of the chamber of commerce in the next town over; we're thinking of a joint main-street festival.",
        "Sheila, who leads the Cedar Falls business association, and I went to high school together and share a table at every regional mixer.",
    ),
    (
        "intro_people",
        "Our neighbourhood association meeting keeps turning into a shouting match over the new shelter. We don't need a bigger room; we need somebody who can calm things down.",
        "Pat is a community mediator who has facilitated zoning fights in three counties; she's a friend and I can ask her to come.",
    ),
    (
        "intro_people",
        "We'd love an astronomer to lead our dark-sky night at the county park. Anyone know one?",
        "My neighbour runs the telescope at the state university observatory and does star parties for anyone who asks.",
    ),
    (
        "intro_people",
        "¿Alguien conoce a un pastor evangélico hispano que quiera hablar con jóvenes sobre salud mental?",
        "El hermano Ismael, ministro de la Iglesia Vida Nueva, fue consejero escolar antes del ministerio y ya ha dado pláticas así en otros templos. Se lo presento.",
    ),
    (
        "intro_people",
        "Who in this room knows the owner of the Harper's hardware chain? We want them to sponsor our tool library but need a personal contact.",
        "Ed, whose family has owned those five lumber-and-paint stores since 1952, sits on my hospital foundation board; I'll bring it up.",
    ),
    (
        "intro_people",
        "Our climate group wants a conservative rancher to speak about drought, someone who won't sound like us.",
        "My brother runs 600 cow-calf pairs near Miles City, votes straight Republican, and talks about dry years more persuasively than any scientist.",
    ),
    (
        "intro_people",
        "We're trying to find the librarian who built the seed library in Tucson. We'd like to copy her model.",
        "I know Justine, who started the heirloom packet exchange at a Pima County branch; we presented together at a statewide conference.",
    ),
    (
        "intro_people",
        "Is there anyone here who can get us a meeting with the county's emergency manager before hurricane season?",
        "I was Lt. Graves's deputy at the EOC during Michael; he still takes my calls on the first ring.",
    ),
    (
        "intro_people",
        "Our small arts council wants a seasoned festival director to look at our budget and tell us where we're fooling ourselves.",
        "My friend Anita ran the Bayou Jazz Weekend for twenty years and now does exactly that kind of tough-love review for new events.",
    ),
    (
        "intro_people",
        "We need an introduction to the athletic trainer at the community college; our youth football league has no concussion protocol.",
        "Kelsey, who handles sports medicine for the Mustangs, was my student intern years ago; she'll help.",
    ),
    (
        "intro_people",
        "The Tongan church wants to meet with the city councilmember for our ward about parking on Sundays. How do we get on his radar?",
        "Fifita, who represents that district, is my wife's cousin; we eat together after service at least once a month.",
    ),
    (
        "intro_people",
        "We'd like to talk with a former gang member who now does violence interruption, for our middle-school assembly.",
        "Andre, who came out of the Eastside crews and now leads a street outreach team, mentored my son. He's magnetic with twelve-year-olds.",
    ),
    (
        "intro_people",
        "Our tenants' association wants advice from someone who successfully organised a building against a big landlord.",
        "My aunt led the 2019 rent strike at the Park Towers complex and won repairs for 300 units; she loves talking tactics.",
    ),
    (
        "intro_people",
        "Looking for a pharmacist who has thought hard about naloxone in rural areas and would advise our coalition.",
        "Beth owns the only drugstore in three counties and started handing out Narcan kits from the counter before anyone told her she could.",
    ),
    (
        "intro_people",
        "Does anyone know the producer of the morning show at the AM station? We want a recurring segment, not a one-time mention.",
        "I did the farm report on that frequency for nine years and the woman who books the breakfast hour was my intern.",
    ),
    (
        "intro_people",
        "Our refugee women's sewing co-op wants to meet a fashion designer who might carry their work.",
        "I went to art school with Priya, who runs a sustainable label in Brooklyn and sources hand-finished textiles from artisan collectives.",
    ),
    (
        "intro_people",
        "We want the superintendent of the national park to hear from our gateway town before the new fee plan takes effect.",
        "I've guided rafting trips inside those canyons for twenty years and Cole, who runs the place, joins our river clean-up every fall.",
    ),
    (
        "intro_people",
        "Is there a retired FBI agent anyone knows? Our seniors' center keeps losing people to phone scams and we want a talk that scares them straight.",
        "My father spent twenty-five years at the Bureau chasing wire fraud and now gives a very blunt presentation to older audiences.",
    ),
    (
        "intro_people",
        "Our veterans' garden wants to meet someone at the VA hospital who will refer patients to us.",
        "Dr. Nguyen, who heads recreation therapy at the regional military medical centre, is a regular at my farm stand and keeps asking what else we grow.",
    ),
    (
        "intro_people",
        "Necesitamos presentarnos con el dueño de la empacadora para hablar de horarios que permitan a los padres recoger a sus hijos.",
        "Don Ramiro, propietario de la planta de empaque de fresa, es padrino de mi hija. Puedo organizar un almuerzo con él.",
    ),
    (
        "intro_people",
        "We'd like to meet a former mayor of a town that survived a factory closing, to advise our council.",
        "I ran city hall in Dunmore Falls when the washer plant shut down, and I'll tell your elected officials what I'd do differently.",
    ),
    (
        "intro_people",
        "Our clinic serves a lot of Marshallese families and we keep getting their customs wrong. Could someone connect us with a community leader who'd advise us?",
        "Pastor Jelton leads the biggest Pacific Islander congregation in Springdale, mostly households from Majuro, and has told me he wants health workers to come to him first.",
    ),
    (
        "intro_people",
        "We're looking for a retired union negotiator to coach our new stewards before contract talks.",
        "My father sat across the table from GM for the UAW through three rounds of bargaining and still runs workshops in his basement.",
    ),
    (
        "intro_people",
        "Who knows the dean of the nursing school? We'd like her students to do clinical hours at our free clinic.",
        "Abernathy and I served together on the state licensing board for RNs; she's been looking for community rotation sites.",
    ),
    (
        "intro_people",
        "I want to interview a woman who ran for sheriff in a rural county and lost, for a leadership workshop we're designing.",
        "My friend Carla challenged the incumbent in a ranching district of New Mexico, came within 300 votes, and is refreshingly honest about what went wrong.",
    ),
    (
        "intro_people",
        "Our mosque's youth want a mentor who is a Muslim engineer working in aerospace. Any names?",
        "Hamza, a propulsion lead at a rocket company in Huntsville, prays at my masjid when he visits his parents and loves coaching teenagers.",
    ),
    (
        "intro_people",
        "Does anyone know the person who runs the state's broadband office? Our township keeps getting left off the maps.",
        "The director of the governor's connectivity initiative was my deputy at the utilities commission; I'll email her tonight.",
    ),
    (
        "intro_people",
        "We're a youth climate group and want a conversation with an oil-field worker who'd be open about the transition.",
        "My husband has worked rigs in the Permian for twenty years and is surprisingly thoughtful about what comes next; he'd talk with your kids.",
    ),
    (
        "intro_people",
        "Our Korean seniors' association wants to record their stories. Is there a documentary filmmaker who might take an interest?",
        "Grace, whose film about wartime brides from Seoul aired on public television, attends my church and has been looking for a next project.",
    ),
    (
        "intro_people",
        "Looking for the right person at the state parole board. We run a halfway house and want to understand why releases are stalling.",
        "I clerked for the chair of that panel for four years and can arrange a candid off-the-record conversation.",
    ),
    (
        "intro_people",
        "Our Buddhist sangha wants to offer meditation at the veterans' home. Who there could say yes?",
        "The activities director at the Chula Vista residence for former service members is my neighbour Ruth, who's been trying to add mindfulness sessions for months.",
    ),
    (
        "intro_people",
        "Necesito que alguien me presente al director del centro de salud comunitario para hablar de horarios nocturnos.",
        "Trabajé diez años de enfermera con el doctor Salazar, quien ahora dirige esa clínica. Le escribo hoy mismo.",
    ),
    (
        "intro_people",
        "Our rodeo association wants to invite a champion bull rider to talk to kids about helmets. Anyone know one?",
        "I shoe horses for a two-time world titleholder out of Stephenville who quit riding bareheaded after a bad wreck; he'd do it.",
    ),
    (
        "intro_people",
        "A local billionaire's family office keeps popping up in our housing fight. We just want to meet whoever actually advises them.",
        "I went to business school with the woman who manages philanthropy for those heirs; she's approachable and I'll broker coffee.",
    ),
    (
        "intro_people",
        "We want to learn from a county clerk who modernised elections without losing the public's trust.",
        "Roberta ran the ballot operation in a purple Arizona jurisdiction for sixteen years through two recounts; she's retired now and we're close.",
    ),
    (
        "intro_people",
        "Does anyone know a Somali elder in Lewiston who could help us understand why families are avoiding our after-school program?",
        "Abdi, who helped found the Bantu community association there, is my former colleague at the refugee agency; he'll speak openly.",
    ),
    (
        "intro_people",
        "Our hospice wants a chaplain who has served Native families to train our staff. Who could we ask?",
        "My friend Marlene is a Diné spiritual caregiver at the Gallup hospital who blends traditional and Christian care; she trains teams around the Southwest.",
    ),
    (
        "intro_people",
        "We need an honest read from someone on the governor's staff about whether our bill has a chance this session.",
        "I used to share an office with the executive mansion's deputy legislative liaison; she'll tell you the truth over lunch.",
    ),
    (
        "intro_people",
        "Our immigrant entrepreneurs' network wants to meet the CEO of the regional bank so we can talk about loans in other languages.",
        "I chair the audit committee at First Prairie and sit two seats from the chief executive every quarter; I'll arrange it.",
    ),
    (
        "intro_people",
        "We need a farmer who switched to no-till and saw results, to talk to our soil conservation district.",
        "My neighbour Gene stopped ploughing 2,000 acres of corn and beans in 2009 and has the yield maps to prove it worked; he loves an audience.",
    ),
    (
        "intro_people",
        "Who can introduce me to the executive chef at the university dining halls? We grow 30 acres of vegetables and want a buyer.",
        "The woman who runs food service for the whole campus is my former line cook, and she's under pressure to source locally.",
    ),
    (
        "intro_people",
        "We're hoping to meet the man who started the Black-owned bookstore in Jackson, to advise our new reading room.",
        "Curtis, who opened Medgar's Books on Farish Street, spoke at my church last month and gave me his card for exactly this.",
    ),
    (
        "intro_people",
        "Our town's only dentist is retiring. We'd like to talk with someone from another small town who recruited a new one.",
        "As village administrator in Pocahontas I spent three years luring a young DDS with a loan-repayment deal. I'll share every step.",
    ),
    (
        "intro_people",
        "We want the owner of the minor-league team to let our refugee kids throw out a first pitch. Any connections?",
        "My law firm represents the Riverdogs' ownership group and I'm on friendly terms with the principal investor.",
    ),
    (
        "intro_people",
        "Is there a sign-language interpreter with experience in courtrooms who would mentor our students?",
        "Jolene has signed in federal court for twenty years and takes on two protégés every year; she's a close friend.",
    ),
    (
        "intro_people",
        "We'd like to talk with a fire chief who handled a wildfire evacuation of a town with a big elderly population.",
        "Navarro, who led that department, got 9,000 people, many in wheelchairs, out of a Sierra foothill community ahead of a firestorm and now advises departments in similar communities; we trained together.",
    ),
    (
        "intro_people",
        "Our ESL program wants to meet whoever is in charge of hiring at the hospital's environmental services department.",
        "Linda manages housekeeping and custodial staff across all three Mercy campuses, and she's my next-door neighbour.",
    ),
    (
        "intro_people",
        "We're a tiny historical society. We'd love a conversation with a museum curator who has digitised a collection on a shoestring.",
        "My college friend runs the archive at a county heritage centre in Kansas and scanned 40,000 photographs with volunteers and one flatbed.",
    ),
    (
        "intro_people",
        "Does anyone know a state trooper who grew up here? We want someone local to talk to teens about impaired driving.",
        "My nephew Cody patrols I-80 for the highway patrol and graduated from our high school in 2012. He'd come home for this.",
    ),
    (
        "intro_people",
        "Our congregation wants to connect with the Orthodox priest at the Ukrainian church to support newly arrived families.",
        "Father Bohdan and I co-lead the downtown clergy association; I'll walk you over after his Sunday liturgy.",
    ),
    (
        "intro_people",
        "¿Quién conoce a una maestra jubilada de educación especial que pueda orientar a familias latinas con hijos autistas?",
        "Mi tía Maricela dio clases a niños con discapacidad treinta años en El Paso y ahora asesora a padres sin cobrar. Les doy su contacto en persona.",
    ),
    (
        "intro_people",
        "We're hoping to speak with a Navy submariner about what deployments do to marriages, for a couples' retreat.",
        "My husband is a retired chief from the Groton boats and he and I have led workshops for military husbands and wives together.",
    ),
    (
        "intro_people",
        "Our small-business alliance needs someone who knows the regional SBA director to fix a loan backlog.",
        "The official who runs that agency's district and I sat on the same economic development board for six years; she'll take a call if I ask.",
    ),
    (
        "intro_people",
        "I'm looking for a beekeeper who could advise our prison horticulture program. It has to be someone patient with beginners.",
        "Hank keeps 80 hives on my orchard and taught his grandkids the trade; he's the calmest teacher I know and has been curious about volunteering behind the walls.",
    ),
    (
        "intro_people",
        "Our group of Afghan evacuees wants to meet an American who served as an interpreter's sponsor to learn how others navigated SIV paperwork.",
        "My cousin, a former Army captain, shepherded his Kandahar translator's family through the entire special visa process and now coaches new families.",
    ),
    (
        "intro_people",
        "Can someone introduce us to the city's new poet laureate? We'd love her at our neighbourhood block party.",
        "Aaliyah, who was just named to that honorary post, is my former student and still reads at open mics I host.",
    ),
    (
        "intro_people",
        "We need to talk to someone who actually runs a rural ambulance service to understand why response times are so long.",
        "I've been director of the volunteer EMS squad in Bledsoe County for nine years; come ride along for a shift.",
    ),
    (
        "intro_people",
        "Our group wants to meet a child psychologist who has worked with kids after a school shooting.",
        "Dr. Feldman counselled students for two years after a campus massacre in Florida and is a family friend; she speaks with communities preparing for the worst.",
    ),
    (
        "intro_people",
        "Our youth orchestra would love a masterclass with the principal cellist of the state symphony. Any way in?",
        "I've been second violin in that ensemble for twelve seasons, and Ilse, who leads the low strings, loves teaching teenagers.",
    ),
    (
        "intro_people",
        "We're starting a cooperative grocery and want to meet the general manager of one that actually survived its first five years.",
        "Jeanne has run a food co-op in a small Iowa college town since before it turned profitable and mentors startup co-ops; I know her well.",
    ),
    (
        "intro_people",
        "Who knows a radio DJ from the local Spanish-language station? Our clinic wants a familiar voice at our health fair.",
        "El Güero, who hosts the morning regional Mexican show on La Ranchera, is my compadre and does remote broadcasts at community events.",
    ),
    (
        "intro_people",
        "Our Pueblo's language program wants to meet a linguist who has helped another tribe build a dictionary without taking ownership of it.",
        "Dr. Haskie, a Navajo scholar who co-authored a community-owned lexicon with the Hopi elders' council, is my former advisor; I'll ask her.",
    ),
    (
        "intro_people",
        "Necesitamos conocer a alguien del consejo escolar que entienda por qué las familias migrantes no asisten a las juntas.",
        "La vicepresidenta de la mesa directiva del distrito, Rosa Elena, creció en campamentos agrícolas como yo; le pido que los reciba.",
    ),
    (
        "intro_people",
        "Our coalition is trying to reach the warehouse giant's regional community-affairs manager about truck traffic near the elementary school.",
        "I play pickup basketball with the guy who handles local relations for the fulfilment centres in the Inland Empire; I'll set up a call.",
    ),
    (
        "intro_people",
        "We run a grief group for farm families after suicides. I'd like to meet someone who has done this work in another state.",
        "Mike, a dairy farmer in Wisconsin who lost his brother and now leads rural peer circles, became a friend after I heard him speak.",
    ),
    (
        "intro_people",
        "Is there anyone who knows the sports columnist at the big-city daily? Our Special Olympics team just won state.",
        "I went to J-school with Terrence, who writes about games and athletes every Sunday at the Tribune; he loves an underdog.",
    ),
    (
        "intro_people",
        "¿Alguien tiene contacto con un contador que haya sido auditor del IRS y que pueda asesorar a nuestra cooperativa de limpieza?",
        "Mi esposo trabajó doce años revisando declaraciones para Hacienda federal en Dallas y ahora ayuda a pequeños negocios; con gusto los conecto.",
    ),
    (
        "intro_people",
        "We'd like to meet a hip-hop artist from the area who might write a song with our youth for the anti-violence campaign.",
        "Kiki Rae, whose track about the North Side got local airplay last summer, was in my after-school program at fourteen. She'd do it.",
    ),
    (
        "intro_people",
        "Our food pantry in a county of 4,000 people wants to hear from a pantry director in a similar place that added fresh produce.",
        "My friend Lois runs the only grocery giveaway in Traverse, Minnesota, and got a cooler and weekly vegetables going last year.",
    ),
    (
        "intro_people",
        "We need someone with standing in the Catholic Hispanic community to help us explain the new census outreach.",
        "Padre Luis at San Juan Diego parish is the most trusted man on the east side; I'm on his parish council and can introduce you.",
    ),
    (
        "intro_people",
        "Our theatre company wants to meet the woman who directs the prison Shakespeare project in Kentucky, to start one here.",
        "I was a teaching artist with her program at a medium-security lockup outside Louisville for three seasons; she's delighted when others want to replicate it.",
    ),
    (
        "intro_people",
        "We want a Republican state legislator to co-sponsor our broadband bill. Do any of you have a relationship with one?",
        "Representative Hale from the panhandle is my deer-camp buddy and talks constantly about kids doing homework in the McDonald's lot.",
    ),
    (
        "intro_people",
        "Busco a una partera tradicional que quiera compartir su experiencia con nuestras promotoras de salud.",
        "Doña Chayo atendió más de 500 nacimientos en Oaxaca antes de emigrar y vive a dos cuadras de mi casa; le encantaría enseñar.",
    ),
    (
        "intro_people",
        "Our cultural center wants a muralist with a reputation, ideally someone who has painted in Latino neighbourhoods, to lead a community wall.",
        "I managed projects for Tomás, whose walls cover Pilsen and Boyle Heights, and he's told me he wants to work outside big cities.",
    ),
    (
        "intro_people",
        "Can anyone help us reach the head of the state veterans' cemetery? We want to organise a wreath-laying for Native veterans.",
        "Brooks, who oversees the military burial grounds, attends my American Legion post's breakfasts; I'll talk to him next Saturday.",
    ),
    (
        "intro_people",
        "We're a rural library hoping to learn from a librarian who turned a branch into a community hub after the town lost its school.",
        "Annie ran the Wheeler reading room after the consolidation and made it the place for everything from tax help to quilting; she's my sister.",
    ),
    (
        "intro_people",
        "Who has a relationship with the county medical examiner? Our overdose task force needs better data and the office won't answer.",
        "Dr. Petrakis, who runs the coroner's operation for our region, consulted on cases with me when I was a detective; I'll make the call.",
    ),
    (
        "intro_people",
        "Mi grupo de jóvenes quiere entrevistar a una mujer que haya sido bombera voluntaria en un pueblo pequeño.",
        "Mi vecina Lupe lleva dieciocho años apagando incendios con la brigada de Hatch y todavía responde a llamadas de noche.",
    ),
    (
        "intro_people",
        "Our Haitian church is trying to meet the hospital's chief nursing officer to discuss hiring our trained members as CNAs.",
        "Marie-Claude, who oversees every RN at Memorial Regional, is from Port-au-Prince and worships with my sister; I'll make the connection.",
    ),
    (
        "intro_people",
        "We'd like a session with a successful crowdfunding founder to critique our campaign video before launch.",
        "My brother raised $1.2 million on Kickstarter for a camping gadget and gives brutally honest feedback to friends of friends.",
    ),
    (
        "intro_people",
        "I'm organising a reconciliation dinner between ranchers and the tribe over water rights and need someone both sides respect to introduce me to the tribal water director.",
        "I've been the neutral mediator on the Klamath basin talks for years, and the tribe's hydrologist trusts me; I can arrange that meeting.",
    ),
    (
        "intro_people",
        "Necesitamos hablar con el jefe de bomberos del condado sobre simulacros en español para las familias de la colonia.",
        "El capitán Arellano es mi primo y está a cargo de la prevención de incendios en esa zona; le llamo esta semana.",
    ),
    (
        "intro_people",
        "Our workforce board wants to meet an HR leader at a big employer who has dropped degree requirements, to tell our employers how it went.",
        "My former boss is the chief people officer at a 9,000-person health system that stopped asking for diplomas in 2021; she'd share lessons.",
    ),
    (
        "intro_people",
        "Does anyone know a wildlife biologist who could talk to our ranchers about wolves without it turning into a fight?",
        "Dana worked for the state game agency on predator conflict for two decades and grew up branding calves; she's my oldest friend.",
    ),
    (
        "intro_people",
        "We're a group of young Black farmers and want a mentor who has kept land in the family through heirs' property problems.",
        "My grandfather held onto 140 acres in Sumter County through three generations of title disputes, and he's eager to advise the next generation.",
    ),
    (
        "intro_people",
        "¿Conoce alguien a un periodista de Univision o Telemundo que cubra temas de vivienda?",
        "Compartí piso de universidad con Alejandra, corresponsal de la cadena hispana en Houston que investiga desalojos; le paso su número en persona.",
    ),
    (
        "intro_people",
        "Our interfaith council wants to meet the new imam at the Bosnian mosque. We've never had contact with that congregation.",
        "Edin's family and mine came to St. Louis on the same flight in 1996; I'll introduce you at their open house.",
    ),
    (
        "intro_people",
        "We'd like to talk to whoever runs community benefits at the new battery plant being built outside town.",
        "The woman in charge of local hiring and giving for the gigafactory project rents the apartment above my store; she's approachable.",
    ),
    (
        "intro_people",
        "Our literacy group wants an author who grew up unable to read to speak at our fundraiser.",
        "Jerome, whose memoir about finally deciphering words at 38 became a bestseller, stayed with my family on his book tour and would come for us.",
    ),
    (
        "intro_people",
        "Who knows an emergency-room nurse in the Rio Grande Valley willing to talk about asylum seekers' medical needs?",
        "My best friend has worked triage at the McAllen hospital for eleven years and sees arrivals from the bridge every shift.",
    ),
    (
        "intro_people",
        "We want a university economist who can explain to our county commission what a new prison really does to a local economy.",
        "Professor Lindqvist at the flagship campus has studied correctional facility impacts on small towns for fifteen years; she was my dissertation advisor.",
    ),
    (
        "intro_people",
        "Our youth-led group wants to meet a teenager who successfully lobbied a city council, to learn how they did it.",
        "My daughter, seventeen, got our town to ban single-use foam last spring after six months of testimony; she'd love to coach others.",
    ),
    (
        "intro_people",
        "Our clinic needs to reach a Yup'ik elder who can help us explain cancer screening in villages along the Kuskokwim.",
        "My wife's grandmother is a respected grandmother from Akiak who interprets for health aides; we visit every summer and I can ask her.",
    ),
    (
        "intro_people",
        "Is there anyone close to the new county administrator? We want to get in early before she's swamped.",
        "Tamsin, who just took over running day-to-day operations there, was my deputy when I managed the township; I'll call her.",
    ),
    (
        "intro_people",
        "Necesito conocer a un productor de lácteos hispano que haya pasado de trabajador a dueño de su propio rancho.",
        "Don Efraín empezó ordeñando vacas en Idaho en 1991 y hoy tiene su hato de 300; es mi suegro y le encanta contar su historia.",
    ),
    (
        "intro_people",
        "We'd like to interview a longtime crossing guard for our neighbourhood history project. Do you know one?",
        "Miss Bernice has stood at Fifth and Elm with her stop sign every school morning since 1987 and she's my mother's best friend.",
    ),
    (
        "intro_people",
        "Our Filipino nurses' association wants to meet a hospital CEO who came up through nursing, to inspire our younger members.",
        "Rosario, who started as a night-shift RN and now runs St. Agnes Health, is my kumare; she'd be glad to speak with them.",
    ),
    (
        "intro_people",
        "We want an introduction to a well-respected pastor in the Black church community for our vaccination outreach.",
        "Reverend Lawson of Greater Mount Zion has the largest congregation on the west side and trusts me from our years on the NAACP branch board.",
    ),
    (
        "intro_people",
        "Our disaster recovery group needs to meet the FEMA official who leads the joint field office here after the tornado.",
        "I worked alongside the federal coordinating lead in Joplin and we've stayed close; I'll let her know you're coming.",
    ),
    (
        "intro_people",
        "Could someone connect me with a former Peace Corps volunteer who served in Guatemala? Our Mayan families want a bridge to the schools.",
        "My sister spent three years in the Quiché highlands on a 27-month government service posting, speaks K'iche', and now lives twenty minutes from here.",
    ),
    (
        "intro_people",
        "We're looking for an artist who uses recycled materials to judge our youth sculpture contest.",
        "Odessa builds huge animal figures from scrap metal and salvaged bikes, and she's exhibited all over the state; she's my studio mate.",
    ),
    (
        "amplification",
        "Our free tax-prep clinic is open every Saturday until April and barely anyone knows. How do we get the word out to working families?",
        "I host the drive-time show on the country station that reaches six counties, and I'll read your hours every morning through tax season.",
    ),
    (
        "amplification",
        "We need people to show up at Tuesday's zoning hearing and speak for the affordable housing project.",
        "Our congregation has forty members who've testified before; give me a date and I'll fill the front rows with folks ready to take the microphone.",
    ),
    (
        "amplification",
        "Could someone help us spread news of the new Narcan vending machine at the library?",
        "I manage the county's community Facebook group, 18,000 members strong, and pin public health posts for a week.",
    ),
    (
        "amplification",
        "We're launching a youth mural contest and want every middle schooler in the district to hear about it.",
        "As communications director for our K-12 system I send a weekly message home to 11,000 families; I'll feature it twice.",
    ),
    (
        "amplification",
        "Queremos que más familias sepan que la clínica ya atiende sin cita los jueves por la tarde.",
        "Tengo un programa de radio en español los domingos en la mañana y lo escuchan casi todos los trabajadores del campo; lo anuncio gratis.",
    ),
    (
        "amplification",
        "After the tornado, survivors don't know where the aid stations are. We need a way to reach people without power or internet.",
        "Our ham radio club runs a net every evening at 7 and we can relay lists of locations to anyone with a battery receiver or scanner.",
    ),
    (
        "amplification",
        "Our veterans' job fair is in three weeks. How do we reach vets who don't belong to any post or organisation?",
        "I run a 30,000-follower TikTok about life after the Army; one video from me usually brings hundreds of guys out of the woodwork.",
    ),
    (
        "amplification",
        "We want our city commission to adopt a heat-safety ordinance. It would help to have other groups publicly back it.",
        "The Central Labor Council represents 40 locals, and I can bring a resolution of support to our delegates' meeting next week.",
    ),
    (
        "amplification",
        "Is there a way to let rural seniors know about our ride program? Most aren't online.",
        "I edit the electric co-op's monthly magazine that lands in 26,000 mailboxes, and I have room for a feature on the April page.",
    ),
    (
        "amplification",
        "Our book festival has an incredible lineup but our social posts reach maybe 200 people.",
        "I'm a BookTok creator with 90,000 followers, mostly readers in the Midwest; I'd happily post a reel walking through your authors.",
    ),
    (
        "amplification",
        "The tribe is opening a language nest for toddlers and we want every family on and off the reservation to hear about it.",
        "I produce the tribal radio station's noon broadcast, and we also stream to members living in cities; I'll run an interview and a daily spot.",
    ),
    (
        "amplification",
        "Our petition to keep the post office open in town needs thousands of signatures fast.",
        "Our Grange email list has 3,200 rural households and they're fired up about mail service; one message from me and you'll see the numbers move.",
    ),
    (
        "amplification",
        "We'd like to present our reentry program to local employers, but nobody invites us anywhere.",
        "I book the Rotary lunch speakers for the next six months and I have two Thursday slots open.",
    ),
    (
        "amplification",
        "We've got a powerful story about a refugee family who opened a restaurant. Can anyone get it in front of a larger audience?",
        "I write the weekly 'Neighbours' column for the regional paper and I'm always looking for a good first-person piece.",
    ),
    (
        "amplification",
        "Our county is voting on a library levy and we need trusted voices from across the aisle to say yes publicly.",
        "As chair of the local GOP women's club I'll sign an op-ed supporting it and get our members to put signs in their yards.",
    ),
    (
        "amplification",
        "Necesitamos difundir que hay becas para jóvenes indocumentados antes de la fecha límite de marzo.",
        "Manejo el grupo de WhatsApp de padres de la preparatoria con más de 900 familias; lo comparto y lo repito cada semana.",
    ),
    (
        "amplification",
        "Our blood drive after the hospital shortage needs donors by Friday. How do we get the message out fast?",
        "I run the text alert system for the high school boosters, 4,000 phones, and a blast from me lands in minutes.",
    ),
    (
        "amplification",
        "How do we make sure people in the trailer parks hear about the free home-repair program? They don't trust flyers from the city.",
        "I've been a park manager for twenty years and know every household across four communities; I'll go door to door with your information.",
    ),
    (
        "amplification",
        "We're trying to get state attention on PFAS in our wells. We need people who'll go to the capitol and testify.",
        "Our farm bureau chapter has six dairy families with contaminated water who are angry and articulate; we'll send a carload to the committee.",
    ),
    (
        "amplification",
        "Can anyone help a tiny Hmong dance troupe get noticed before our big performance at the state fair?",
        "I anchor the weekend morning news on Channel 5 and we do a live community segment every Saturday at 8; bring everyone in full costume.",
    ),
    (
        "amplification",
        "We want every bar and restaurant worker in town to know about our overdose training. They won't read a newspaper.",
        "I own three taverns downtown and sit on the hospitality association board; I'll post it in every break room and push it on our staff group chat.",
    ),
    (
        "amplification",
        "Our food co-op membership drive has stalled. We need new faces.",
        "I have a sizeable local Instagram following for my farm photography, mostly young families; I'd do a week of stories featuring your shelves and growers.",
    ),
    (
        "amplification",
        "We're holding a town hall on the hospital merger and it needs to be standing-room only.",
        "I'm president of the nurses' union local with 1,100 members, and we'll turn out in scrubs and spread it on our phone tree.",
    ),
    (
        "amplification",
        "Our mosque is hosting an open house and we want non-Muslim neighbours to feel invited, not just informed.",
        "I pastor the Baptist church two blocks away and will announce it from the pulpit and bring a group from our congregation personally.",
    ),
    (
        "amplification",
        "How can we reach teenagers about our summer jobs program? They ignore everything adults post.",
        "Our student council runs the school's most-followed meme account, and we'd make a few posts about it in our own style.",
    ),
    (
        "amplification",
        "We want more visibility for our Juneteenth celebration beyond our own neighbourhood.",
        "I'm the events editor at the city magazine and we publish a weekend guide read by 60,000 people; it will lead the June issue.",
    ),
    (
        "amplification",
        "Our group supports a state bill on lead pipe replacement and needs organisations to add their names to a coalition letter.",
        "As director of the statewide association of community health centres I can bring it to our board for an endorsement vote this month.",
    ),
    (
        "amplification",
        "We'd like to tell the story of the flood recovery in our river town so people don't forget us once the cameras leave.",
        "I'm a documentary photographer and my feature work runs in several national outlets; I'd spend a week with your families and pitch it.",
    ),
    (
        "amplification",
        "Our diaper bank needs people to hear about it in Spanish, Arabic and Dari.",
        "I run a multilingual newsletter for newcomer families that goes out in six languages through the refugee agency's networks.",
    ),
    (
        "amplification",
        "We're a small theater troupe doing a play about the opioid crisis and want school counselors to know it exists.",
        "I lead the statewide association of K-12 guidance professionals, and our conference in October has an exhibit hall and a general-session announcement slot.",
    ),
    (
        "amplification",
        "¿Cómo podemos avisar a los jornaleros sobre el taller de seguridad en el calor si trabajan desde el amanecer?",
        "Tengo una troca de tacos que se para cada mañana frente al lugar donde esperan que los contraten; pego su volante en la ventana y le cuento a cada cliente.",
    ),
    (
        "amplification",
        "We need more people to know about the county's new mental health crisis line, especially farmers.",
        "I auctioneer at the livestock sale barn every Wednesday and I'll plug it from the box between lots; half the valley is in those bleachers.",
    ),
    (
        "amplification",
        "We want local businesses to display our anti-trafficking posters in restrooms, but we don't know who would help convince them.",
        "As chamber president I'll send a letter to all 340 members asking them to hang your signs in their washrooms and list the shops that do.",
    ),
    (
        "amplification",
        "Our mutual aid fund helped 200 families last winter, but donors don't see it. We need someone to tell that story well.",
        "I produce a local podcast about people quietly holding this city together, and my listeners are exactly the kind who give.",
    ),
    (
        "amplification",
        "We're recruiting foster families in a county where nobody talks about it. How do we start that conversation?",
        "I'm a pastor who preaches to 800 people every Sunday and I'll dedicate a service to the children waiting for homes, with your staff in the lobby.",
    ),
    (
        "amplification",
        "Our reading program for incarcerated parents deserves wider attention. Could anyone help us get on TV?",
        "I book guests for the public television station's weekly state affairs show and we're always short on human stories.",
    ),
    (
        "amplification",
        "We want veterans to know about the free legal clinic, especially the older ones who served in Vietnam.",
        "I'm commander of our VFW post and edit the district newsletter that reaches every post in twelve counties; I'll run a notice.",
    ),
    (
        "amplification",
        "Our climate group needs credible endorsers for the school solar proposal — not the usual activists.",
        "As the retired Air Force colonel who chairs our county's economic development board, I'll sign a letter saying it's a sound investment.",
    ),
    (
        "amplification",
        "How do we get our recycling drop-off day noticed in a town where half the people read Nextdoor and the other half only read what's handed out at Mass?",
        "I write the weekly bulletin for St. Brigid's and also moderate the neighbourhood app; I'll post in both.",
    ),
    (
        "amplification",
        "Our Native youth basketball tournament needs fans in the stands and people cheering online.",
        "I run a livestream channel that covers reservation hoops across the Plains, 25,000 subscribers; I'll broadcast your games.",
    ),
    (
        "amplification",
        "We fought for two years to get a crosswalk on Route 12 after a child was hit. Now the state wants to cut it from the plan. We need public pressure this month.",
        "I moderate the 'You Know You're From Millbrook If' page with 14,000 locals, and I've watched it shame the highway department before.",
    ),
    (
        "amplification",
        "We need the Somali community to hear about the measles vaccine clinic from someone they trust, not from the health department.",
        "I host a weekly call-in show in Af-Soomaali on the low-power station, and mothers phone in every week asking about their children's shots and fevers.",
    ),
    (
        "amplification",
        "Our historic Black cemetery cleanup needs volunteers, but more than that we need the wider region to know it exists and is neglected.",
        "I'm a reporter-turned-blogger whose site on forgotten Southern past gets picked up by the state's largest paper about once a month.",
    ),
    (
        "amplification",
        "Our rural arts council has booked a touring bluegrass act and we need to sell 400 tickets in a county with one stoplight.",
        "I run the bulletin board at the feed store and the ad sheet we tuck into every bag of grain; nothing spreads faster around here.",
    ),
    (
        "amplification",
        "Is there anyone who could speak to their members on our behalf? We need small landlords to accept housing vouchers.",
        "I'm vice president of the county rental owners' association; I'll give you ten minutes at our quarterly meeting and put a piece in our newsletter.",
    ),
    (
        "amplification",
        "Queremos que los padres de familia sepan que el distrito ofrece intérpretes gratis en las conferencias con maestros.",
        "Soy locutora en la emisora cristiana en español y tenemos un segmento diario de avisos comunitarios a las siete de la mañana.",
    ),
    (
        "amplification",
        "Our shelter has no voice when the council debates the camping ban. We need respected people to stand up and say the ban is wrong.",
        "As president of the downtown merchants' group I'll testify that sweeping people doesn't help business, and I'll bring three other shop owners.",
    ),
    (
        "amplification",
        "We'd like to reach younger tribal members living in Denver, Phoenix and Minneapolis about enrolment and voting in the tribal election.",
        "My podcast on urban Native life has a big audience in those exact cities; I'd record an episode with the folks running your ballot.",
    ),
    (
        "amplification",
        "After the plant explosion, residents are scared and rumours are everywhere. We need accurate information to spread through people's own networks.",
        "I'm a barber with the busiest chair on the east side; every man in the neighbourhood passes through my shop in two weeks, and they believe what they hear there.",
    ),
    (
        "amplification",
        "Our library is screening a documentary on the farm crisis and we want farmers there, not just retirees and teachers.",
        "I put together the weekly market report that goes to every grain buyer and producer in the district, and I can add a line at the top.",
    ),
    (
        "amplification",
        "We're a youth-led group pushing for a city climate plan. We need elected officials to hear that older residents support it too.",
        "Our senior centre's current-events club has 70 regulars who write letters to the editor for sport; they'd love a new cause.",
    ),
    (
        "amplification",
        "Could someone help us make our annual report into something people actually read and share?",
        "I'm an illustrator who turns nonprofit impact numbers into comic strips that people pass around; I've done it for three food banks.",
    ),
    (
        "amplification",
        "Our union hall is hosting a citizenship fair and we want every eligible green-card holder in the county to hear about it.",
        "I run the Vietnamese nail salon owners' network, 120 shops, and our workers talk to customers all day; I'll put flyers at every station.",
    ),
    (
        "amplification",
        "Necesitamos que alguien hable en la misa dominical sobre el programa de vacunas para niños.",
        "Soy diácono en la parroquia de Nuestra Señora de Guadalupe y puedo dar el mensaje en las tres misas en español del domingo.",
    ),
    (
        "amplification",
        "Our rural hospital is at risk of closing and the legislature doesn't seem to know. We need statewide noise.",
        "I write a syndicated opinion column that runs in forty-one small-town weeklies across the state, and I'd devote next week's to your fight.",
    ),
    (
        "amplification",
        "We want people across the county to hear the stories of our flood survivors, in their own voices.",
        "I run the storytelling booth at the fair and edit the recordings into short segments that the public station airs all winter.",
    ),
    (
        "amplification",
        "We're fighting a proposed landfill next to the Gullah community and need a national spotlight.",
        "I'm a climate-justice influencer with 200,000 followers on Instagram and I've helped turn three local fights into coast-to-coast headlines.",
    ),
    (
        "amplification",
        "Our chamber's 'Shop Small Saturday' brought fewer shoppers than last year. How do we make noise this time?",
        "I'm the voice of the high school football games on Friday nights and I'll give you a read at halftime for the three weeks before.",
    ),
    (
        "amplification",
        "We need a signed statement from faith leaders across traditions backing our refugee welcome resolution.",
        "I convene the county interfaith clergy council of 32 congregations — Catholic, Jewish, Muslim, Baptist, Sikh — and can gather names within a week.",
    ),
    (
        "amplification",
        "How do we get Korean elders to hear about the new senior meal program when they only watch Korean TV?",
        "I produce a cable news segment in their own language that airs nightly in the metro area; I'll do a short feature with footage of the lunch room.",
    ),
    (
        "amplification",
        "Our tiny museum has a new exhibit on coal-camp women and nobody outside the hollow will drive over unless they hear about it.",
        "I run a travel blog on Appalachian back roads that tourists use to plan trips, and I'm always hunting for out-of-the-way stops.",
    ),
    (
        "amplification",
        "Our harm-reduction group wants local doctors to publicly say syringe services save lives before the county vote.",
        "As president of the regional medical society I can get a letter signed by our members and read it into the record at the hearing.",
    ),
    (
        "amplification",
        "We're a small disability-rights group and nobody covers our issues. We want someone to help us tell the story of the inaccessible polling places.",
        "I'm a freelance investigative writer who has published on voting access in two national magazines; I'll pitch it if you'll walk me through the sites.",
    ),
    (
        "amplification",
        "We'd like the governor to mention our apprenticeship program in the State of the State. Can anyone help build that kind of buzz?",
        "I chair the building trades council, and our delegation meets with the chief executive's team quarterly; I'll add your training pipeline to our talking points.",
    ),
    (
        "amplification",
        "Our literacy centre needs people to hear that adults can learn to read here without shame.",
        "I deliver the mail on Route 4 and know every household; I'll slip your card into boxes of folks I think might need it.",
    ),
    (
        "amplification",
        "¿Quién nos puede ayudar a anunciar la feria de empleo para refugiados venezolanos en redes sociales?",
        "Tengo una página de Facebook de la diáspora de Caracas y Maracaibo en Florida con más de 50.000 seguidores; publico el evento y lo fijo arriba.",
    ),
    (
        "amplification",
        "We're trying to fill our public comment period on the river cleanup with real residents, not just consultants.",
        "I'm president of the bass fishing club, 150 anglers who care about that water, and I'll get them to file written remarks and show up in person.",
    ),
    (
        "amplification",
        "We want our annual powwow to draw visitors from the region while keeping it respectful.",
        "I edit the state tourism board's events calendar and write its cultural etiquette guides; I'll feature it with a note about protocol.",
    ),
    (
        "amplification",
        "Our mobile dental van comes to town once a month and it's half empty. How do we fill the chairs?",
        "I'm the school nurse in Harlan and I'll send a note home with every child who's been complaining of toothaches.",
    ),
    (
        "amplification",
        "We'd like our survivors of domestic violence to speak at a legislative hearing, but we also need prominent allies alongside them.",
        "As a retired county prosecutor I'll take the stand next to them and explain what the law fails to do.",
    ),
    (
        "amplification",
        "Our neighbourhood association's newsletter is dull and goes unread. We want a wider, younger audience for our events.",
        "I'm a college journalism professor and my students need real outlets; we'd run a semester-long beat covering your block.",
    ),
    (
        "amplification",
        "We need the county's dairy farmers to hear about the immigration legal clinic without it getting them in trouble.",
        "I'm the milk hauler for fifty farms and I talk to every producer at the bulk tank; I'll quietly pass on your information.",
    ),
    (
        "amplification",
        "We're hosting a vigil for overdose victims and want the community, not just families, to come.",
        "I'm the morning DJ on the classic rock station in Bangor and I'll read the names you send me and the time and place every morning that week.",
    ),
    (
        "amplification",
        "Our Latino small-business owners want a louder voice in the downtown redevelopment. We need to be heard at city hall.",
        "I sit on the council, and I'll hold a public listening session at your plaza and put your priorities into the plan's final resolution.",
    ),
    (
        "amplification",
        "We want local employers to see veterans as assets. It would help to have respected business people say so publicly.",
        "I own the largest construction firm in three counties and half my foremen are vets; I'll put my name on an op-ed and a billboard.",
    ),
    (
        "amplification",
        "Necesitamos más voces latinas en la audiencia pública sobre el transporte escolar.",
        "Dirijo un club de madres con casi cien integrantes que ya han ido a sesiones del consejo; organizamos carpools y llevamos pancartas.",
    ),
    (
        "amplification",
        "We want parents in the trailer parks to know about free summer meals, but the sites are in places they never go.",
        "I drive the ice-cream truck through every park and subdivision in the district from June to August; I'll hand out your flyers with the popsicles.",
    ),
    (
        "amplification",
        "Our legal aid office is launching an eviction hotline. How do we get judges and clerks to mention it in the courthouse?",
        "I'm second-in-command at the county's court records department and can get it printed on every summons packet and posted in the hallway outside housing court.",
    ),
    (
        "amplification",
        "Our small Pakistani business association wants to be seen as part of the town, not outsiders. How do we get people talking about us positively?",
        "I run the town's Fourth of July parade committee and can give you a featured float slot and a shout-out from the announcer's stand.",
    ),
    (
        "amplification",
        "Our youth-run bike repair shop needs a bigger audience; we're teenagers and people think we're a school project.",
        "I'm a local cycling YouTuber with 40,000 subscribers and would film a full episode with your mechanics.",
    ),
    (
        "amplification",
        "The Army Corps is about to approve a levee plan that floods our side of the river to protect the other. Our parish is small and poor. We need people outside Louisiana to notice.",
        "I'm a national environmental writer with a Substack of 120,000 readers and a habit of turning local fights into stories Congress reads.",
    ),
    (
        "amplification",
        "Our farmworker housing bill is up for a vote and we need growers — not just advocates — to say they support it.",
        "I farm 900 acres of apples and chair the orchardists' association's labor committee; I'll sign on and testify that decent quarters keep crews coming back.",
    ),
    (
        "amplification",
        "We'd love our quilt guild's veterans' project to reach more families who might want a quilt for a loved one.",
        "I'm the public affairs officer for the National Guard in our state and I'll share it across our official pages and in the family readiness newsletter.",
    ),
    (
        "amplification",
        "Our Native-owned coffee roastery is tiny and we need people outside the reservation to find us.",
        "I write the food section's 'Worth the Drive' roundup for the state's biggest paper, and I've been looking for Indigenous entrepreneurs.",
    ),
    (
        "amplification",
        "We're holding a forum on the hospital's maternity ward closing and need pregnant women and new moms to know about it.",
        "I lead the county's biggest mom group on Facebook, about 9,000 members, and run a monthly stroller walk; I'll post and announce it.",
    ),
    (
        "amplification",
        "¿Alguien puede correr la voz sobre las clases gratis de inglés en la biblioteca entre las trabajadoras de limpieza?",
        "Soy supervisora de una empresa de conserjería con 200 empleadas que limpian oficinas de noche; les aviso en la junta de turno.",
    ),
    (
        "amplification",
        "Our coalition needs a well-known local figure to be the public face of our anti-hunger campaign.",
        "I played twelve seasons in the NFL and came home to coach high school ball; people around here will listen to me, and I grew up on free lunch.",
    ),
    (
        "amplification",
        "We want the county board to fund a mental health co-responder program, and it would help if law enforcement publicly backed it.",
        "As sheriff, I'll stand at the podium with you and say my deputies shouldn't be the only people answering crisis calls.",
    ),
    (
        "amplification",
        "Our free concert series at the park wants more diverse crowds, especially from the Eritrean and Ethiopian neighbourhoods.",
        "I run the Habesha community events page and the weekend coffee ceremony at our church hall; a mention from me fills a place.",
    ),
    (
        "amplification",
        "We're a small-town library and we want to tell our community we now lend out mobile hotspots.",
        "I'm the voice of the volunteer fire department's Facebook page, which everyone here follows for road closures and burn bans; I'll share it.",
    ),
    (
        "amplification",
        "We need to get the message to young men in rural areas about suicide prevention without it sounding like a lecture.",
        "I host a hunting and fishing podcast with a big following among guys 18-35 in the upper Midwest, and I've talked about losing a friend on air.",
    ),
    (
        "amplification",
        "Our disaster recovery centre is moving to a new location next week. Survivors need to know immediately.",
        "I'm the news director at the AM station that stayed on the air throughout the storm, and we're still the first thing people turn on.",
    ),
    (
        "amplification",
        "We'd like to share our community land trust model at a national convening. Is there anyone who books speakers?",
        "I'm on the program committee for the big annual housing conference in Baltimore and we're still filling breakout sessions.",
    ),
    (
        "amplification",
        "Nobody at the state capitol seems to know that our county hasn't had a public defender in six months. How do we change that?",
        "I'm on the bar association's governing board; I'll raise it at our next meeting and ask our president to send an open letter.",
    ),
    (
        "amplification",
        "We need Black churches across the region to announce our free prostate cancer screenings.",
        "I'm the executive secretary of the district Baptist convention, with 84 member congregations, and I send Sunday notices to every pastor.",
    ),
    (
        "amplification",
        "Our Arab American festival needs more coverage than a photo on page nine.",
        "I produce a weekly radio magazine on Detroit-area Lebanese, Yemeni and Iraqi life and also contribute to the regional public broadcaster's weekend show.",
    ),
    (
        "amplification",
        "Necesitamos que se sepa que el programa de comida para personas mayores también sirve a quienes no tienen papeles.",
        "Conduzco un espacio de televisión local en español los sábados y tenemos una sección de servicios comunitarios; les doy cinco minutos al aire.",
    ),
    (
        "amplification",
        "We're trying to persuade the county to keep the bookmobile. We need voices from the farms it serves.",
        "I coordinate 4-H for the whole area and our families are exactly who uses it; we'll write letters and bring the kids to the meeting.",
    ),
    (
        "amplification",
        "Our immigrant women's cooperative makes beautiful crafts, but we don't know how to get noticed for the holiday season.",
        "I curate the December gift guide for a popular lifestyle blog and would love to include handmade goods with a story.",
    ),
    (
        "amplification",
        "The hospital is cutting language interpreters. We need patients who were harmed to be heard by the board.",
        "I host a call-in show in Hmong and Lao on community radio and can invite listeners to share their experiences on air and at the meeting.",
    ),
    (
        "amplification",
        "Our kids' robotics team made it to the world championship. We'd like the whole town to know and cheer them on.",
        "I run the digital sign out by the highway, the one everyone passes on the way to work, and I'll put it up for a week.",
    ),
    (
        "amplification",
        "We want rural voters to hear about early voting locations and hours. Our flyers aren't cutting it.",
        "I'm a co-op grain elevator manager and can put your information on our scale ticket printouts and on the sign by the scale house.",
    ),
    (
        "amplification",
        "Our clinic is trying to reach Marshallese and Chuukese families about diabetes screening.",
        "I'm the youth leader at the Micronesian church in town and we run a Facebook group that every family checks; I'll post in both languages.",
    ),
    (
        "amplification",
        "We're a tiny veterans' theater project performing Greek tragedies about war. We need more vets to hear about it and come.",
        "I'm the adjutant of the American Legion district, with sixty posts, and I'll put it in our monthly bulletin and mention it at the convention.",
    ),
    (
        "amplification",
        "Our municipal broadband proposal is being attacked by the cable company's ads. We need respected locals to vouch for it.",
        "As a retired county judge-executive known across the district, I'll record a spot and write a letter saying this is about our kids, not politics.",
    ),
    (
        "amplification",
        "We need more people to sign our petition asking the state to designate the old mine site as a park.",
        "My hiking club's mailing list has 6,000 outdoor enthusiasts statewide, and we share advocacy alerts every month.",
    ),
    (
        "amplification",
        "We'd like to reach new Ukrainian arrivals about our job readiness classes.",
        "I admin the Telegram channel for the Sacramento diaspora from Kyiv and Kharkiv with 7,000 members; I'll post and translate your message.",
    ),
    (
        "amplification",
        "Can anyone help us get the story of our community fridge on local news? People are starting to vandalise it.",
        "I'm the assignment editor at the ABC affiliate; I decide what crews chase each morning and this sounds worth a crew.",
    ),
    (
        "amplification",
        "We want the school board to hear from students themselves about later start times, not just parents.",
        "I'm class president at North High and I'll organise my classmates to sign up for public comment and speak.",
    ),
    (
        "amplification",
        "¿Cómo hacemos para que los trabajadores de las lecherías escuchen sobre sus derechos si trabajan turnos de doce horas?",
        "Tengo un programa de radio nocturno en la estación regional mexicana; lo sintonizan en las salas de ordeña toda la madrugada.",
    ),
    (
        "amplification",
        "Our youth-led anti-vaping campaign needs to go viral among middle schoolers.",
        "I'm a seventeen-year-old with a gaming stream on Twitch, mostly younger viewers, and I'd do a sponsored break and talk about quitting.",
    ),
    (
        "amplification",
        "We need to tell Congress how the shutdown is hitting families around the naval base.",
        "I'm a military spouse blogger and the founder of a 15,000-member online group of Navy households; we'll flood their offices with stories.",
    ),
    (
        "amplification",
        "Our refugee soccer team is playing in the state cup. We'd love a big crowd from the wider city.",
        "I'm the public address announcer for the minor-league ballpark and I'll announce the match between innings all weekend.",
    ),
    (
        "amplification",
        "Our community garden needs people to hear about plots for newcomers. Most of our neighbours don't read English.",
        "I'm an elder at the Bhutanese Nepali association and will announce it at our Saturday gathering, where 300 people come.",
    ),
    (
        "amplification",
        "We want endorsements from local businesses for our paid family leave campaign.",
        "I own four dental practices and I'll sign on publicly and call the other owners I know in the chamber to do the same.",
    ),
    (
        "amplification",
        "Our reentry organisation wants the public to hear directly from formerly incarcerated people, not from us.",
        "I produce a storytelling night at the brewery every month where people tell true stories; I'll give a whole evening to your members.",
    ),
    (
        "amplification",
        "We need our wildfire evacuation map to reach every household in the canyon before fire season.",
        "I'm president of our volunteer brigade auxiliary up here; we hand-deliver a newsletter along every ridge road each spring.",
    ),
    (
        "amplification",
        "Our after-school program has 140 kids on a waitlist because we can't afford more staff, and officials don't believe the demand is real.",
        "I'm a mom who has hoped for a spot for two years, and I'll organise twenty parents to testify before the county commission with our children.",
    ),
    (
        "amplification",
        "Our tribal health department wants to share a campaign about traditional foods and diabetes across tribal media.",
        "I edit the intertribal newspaper that circulates on 14 reservations in the Northern Plains and would run it as a four-part series.",
    ),
    (
        "amplification",
        "We need to let Chinese-speaking seniors in the city know where to find air-conditioned refuge during heat waves.",
        "I host a Cantonese radio hour on the weekend and also send daily messages to a WeChat group of 2,500 elders.",
    ),
    (
        "amplification",
        "Our county commission voted to end fluoridation with almost no public notice. A lot of parents would care if they knew. How do we reach them before the next meeting?",
        "I'm a pediatric dentist and post short videos that local moms and dads share like crazy; I'll explain the decision and the date in plain terms.",
    ),
    (
        "amplification",
        "We want the state's congressional delegation to know our rural clinic depends on the 340B program.",
        "As president of the state association of small-town hospitals and health centres I'll include your facility in our fly-in to Washington next month and in our written testimony.",
    ),
    (
        "amplification",
        "Our youth poetry slam needs an audience beyond the parents. We want it to feel like an event.",
        "I'm the bartender who runs the Thursday open mic at the Blue Door and our regulars come out for anything with spoken word.",
    ),
    (
        "amplification",
        "Queremos que las familias indígenas que hablan mam sepan del nuevo servicio de intérpretes en el hospital.",
        "Soy líder de la comunidad maya mam en Oakland y tenemos un grupo de audio por WhatsApp; grabo el aviso en nuestra lengua y lo mando hoy.",
    ),
    (
        "amplification",
        "We need people to show they care about the library being closed on Saturdays. The city says nobody uses it.",
        "I run the homeschool co-op with 80 families who practically live in that building; we'll pack the council chambers and bring testimony.",
    ),
    (
        "amplification",
        "We're a Sikh organisation trying to change perceptions after a hate incident. We'd like mainstream media to show our community's generosity.",
        "I'm the features producer at the local NPR station and I've wanted to do a piece on the free kitchen for months.",
    ),
    (
        "amplification",
        "Our solar co-op's open house needs farmers to come, but they don't trust environmentalists.",
        "I'm the county Farm Bureau president and I'll put my name on the invitation and stand at the door shaking hands.",
    ),
    (
        "amplification",
        "We're collecting stories about the old steel mill to preserve them. We need former workers to hear about it.",
        "I'm the retired president of Steelworkers Local 1010, and our retiree club's monthly breakfast draws 150 old-timers.",
    ),
    (
        "amplification",
        "Our union is trying to let part-time grocery workers know they're eligible for health benefits. How do we reach them?",
        "I'm a popular cashier-turned-TikToker with a big following among supermarket and store staff; I explain workplace stuff in one-minute videos.",
    ),
    (
        "amplification",
        "Necesitamos voceros que defiendan en público el programa de licencias para conducir para inmigrantes.",
        "Soy empresario de transporte con cuarenta camiones y miembro de la cámara de comercio hispana; daré declaraciones a la prensa y hablaré en el foro.",
    ),
    (
        "amplification",
        "After the hurricane, our small town's businesses reopened but tourists think we're still closed. We need to change that impression.",
        "I manage the state travel bureau's social accounts, with 500,000 followers, and we're running an 'Open Again' series this fall.",
    ),
    (
        "amplification",
        "We'd love a well-known voice to narrate our oral history video on the Japanese American incarceration camp nearby.",
        "I'm a stage actor whose family was held at Minidoka; I do voiceover work and would be honoured to record it.",
    ),
    (
        "amplification",
        "Our mentorship program for boys needs men to sign up, and we want someone whose word carries weight with working men.",
        "I've been president of our Teamsters local for a decade and I'll talk it up at every membership meeting and at the gate.",
    ),
    (
        "amplification",
        "We want our small-town Pride picnic to feel welcome to families who might not come otherwise.",
        "I'm the Methodist pastor here, and I'll invite my congregation from the pulpit and host a table myself.",
    ),
    (
        "amplification",
        "Our coalition needs a state-level champion to speak about kinship caregivers at the children's cabinet meeting.",
        "As the state's child advocate I have a standing slot on that agenda and would gladly present your grandparents' stories.",
    ),
    (
        "amplification",
        "The wildfire smoke advisory system is in English only. We need farmworkers to get alerts in Spanish and Triqui.",
        "I record the daily bulletins for an Indigenous-language radio station in the valley and we broadcast in the Oaxacan languages our listeners speak, plus español.",
    ),
    (
        "amplification",
        "Our Afghan women's bakery wants to build a customer base. We need the local foodies to discover us.",
        "I write a popular restaurant newsletter about hole-in-the-wall eateries, 25,000 subscribers, and a post from me can make a line out the door.",
    ),
    (
        "amplification",
        "¿Alguien puede ayudarnos a que los dueños de taquerías se enteren del nuevo fondo de préstamos pequeños?",
        "Organizo la asociación de vendedores de comida de la calle Mission; en la reunión mensual están más de sesenta propietarios y les comparto la información.",
    ),
    (
        "amplification",
        "Our teacher shortage campaign needs public support from people outside education.",
        "I'm a well-known real estate agent whose face is on half the bus benches in town; I'll put my name on an ad saying good schools sell houses.",
    ),
    (
        "amplification",
        "We want people to hear about the county's free well-water testing before the deadline. Rural folks don't read email.",
        "I'm the propane delivery driver for most of the north end and I'll hand a slip to every customer I see this month.",
    ),
    (
        "amplification",
        "Our refugee youth choir is performing at the state capitol. We want legislators and their staff to actually attend.",
        "I'm a longtime lobbyist, and I'll send an invitation to every office and walk the halls with your director the morning of.",
    ),
    (
        "amplification",
        "We'd like to showcase our tribal college's graduates to employers across the state.",
        "I host the statewide business news hour on public radio and do a series each spring on where new talent is coming from.",
    ),
    (
        "amplification",
        "Our neighbourhood is fighting a highway expansion that would demolish 200 homes. We need to reach people outside the neighbourhood who'll care.",
        "I'm a historian who writes about urban renewal's scars and has a following on Bluesky; I'll write a thread tying this to the 1960s clearances.",
    ),
    (
        "amplification",
        "Necesitamos que los padres inmigrantes sepan que pueden votar en las elecciones de la junta escolar local.",
        "Soy maestro de kínder y escribo la hoja informativa semanal que llevan los niños a casa en mochila; incluiré el aviso con fechas.",
    ),
    (
        "amplification",
        "We need people in our small town to attend a forum on the proposed wind farm and hear both sides.",
        "I'm the host of the Sunday call-in program on our community AM station and I'll moderate a warm-up discussion and announce it every hour.",
    ),
    (
        "amplification",
        "Our free legal help for disaster survivors is underused. People don't believe it's actually free.",
        "I'm a former FEMA applicant whose case was won by a pro bono attorney, and I've got a big local following for my recovery diary posts.",
    ),
    (
        "amplification",
        "We're a Jewish community centre starting a holiday toy drive for all kids in the area. We want it to reach every faith community.",
        "I'm the secretary of the ministerial alliance that includes churches, mosques and a temple, and I'll send your appeal to all 45 members.",
    ),
    (
        "amplification",
        "Our clinic needs truckers to know about our walk-in hours for DOT physicals and blood pressure checks.",
        "I run the diner at the truck stop off exit 42 and I'll put your information on every placemat and at the fuel desk.",
    ),
    (
        "amplification",
        "We want the city council to declare a housing emergency. It would help if other councils' members spoke up.",
        "As president of the state league of cities I can share your resolution with 300 municipal officials and invite a few to testify.",
    ),
    (
        "amplification",
        "Our Yemeni grocers' network wants to share its story about keeping the neighbourhood fed during the pandemic.",
        "I'm a documentary filmmaker who made a short on Hamtramck corner stores that premiered at a regional festival; I'd love to make a sequel.",
    ),
    (
        "amplification",
        "We need rural Black farmers in the Delta to hear about the new debt relief program before the deadline.",
        "I host a gospel radio hour on Sunday mornings that every church family from Greenville to Clarksdale tunes into; I'll read your notice every week.",
    ),
    (
        "amplification",
        "Our drug court graduation is a beautiful event. We want the public and officials there to see what recovery looks like.",
        "I'm the mayor, and I'll issue a proclamation, speak at the ceremony and invite the council and press.",
    ),
    (
        "amplification",
        "We need parents across the district to know about the new dyslexia screening and their rights.",
        "I run the special-education families' advocacy group, 1,800 members, with a monthly webinar and a private forum where moms and dads trade advice.",
    ),
    (
        "amplification",
        "We're organising an LGBTQ youth prom in a conservative county and want supportive adults to show up publicly.",
        "I'm a retired Marine who now runs a PFLAG chapter, and our members will stand at the entrance and tell the kids they're loved.",
    ),
    (
        "amplification",
        "¿Cómo avisamos a los trabajadores de las empacadoras que la clínica de salud abre los domingos?",
        "Soy capellán voluntario en la planta de carne y hablo con los operarios en cada descanso; también tengo un grupo de Facebook de la parroquia.",
    ),
    (
        "amplification",
        "Our arts center is reopening after the flood and we want a big turnout to show the town's spirit.",
        "I organise the Friday night gallery crawl downtown, and I'll make your return the anchor stop with a street band.",
    ),
    (
        "amplification",
        "We're trying to get the word out about our free tutoring for adults studying for the GED.",
        "I manage the bulletin board and announcements at the unemployment office and will put it in front of every person who walks in.",
    ),
    (
        "amplification",
        "Our community radio station needs listeners to know we're not shutting down, just changing frequencies.",
        "I'm the editor of the town's weekly paper and will print the new dial position on the front page for a month.",
    ),
    (
        "amplification",
        "Our refugee nurses' training program needs hospital executives to hear about the talent that's being wasted.",
        "I moderate a LinkedIn group of 12,000 healthcare leaders and would feature your trainees with a post and a webinar.",
    ),
    (
        "amplification",
        "We need prominent voices to back our tiny-house village for homeless veterans, at the ribbon cutting and in the press.",
        "I'm a retired four-star general living here; I'll speak at your opening and write a guest essay saying no one who served should sleep outside.",
    ),
    (
        "intro_organizations",
        "Our food pantry throws out lettuce and berries every week because they arrive too late. Is there a grocery chain that would partner with us on near-date items?",
        "I manage the regional warehouse for a supermarket company, and we run a formal program routing surplus perishables to charities within 24 hours.",
    ),
    (
        "intro_organizations",
        "We're a Hmong farmers' cooperative trying to sell to school cafeterias. Who handles procurement for the district?",
        "I sit on the nutrition services advisory committee for Valley Unified and can get you a meeting with their purchasing office.",
    ),
    (
        "intro_organizations",
        "Looking for a connection to the state veterans affairs department. Our post wants to host a benefits claims clinic.",
        "I'm a retired Army chaplain and still work closely with the VA regional office; they send accredited service officers out to legion halls to file paperwork on site.",
    ),
    (
        "intro_organizations",
        "Our tribe's housing authority wants to pilot solar on twenty homes. We've been turned away twice. We need a utility or a university engineering program willing to work with a sovereign nation.",
        "My department at the state polytechnic has a renewable energy lab that has partnered with two pueblos on rooftop photovoltaic installations.",
    ),
    (
        "intro_organizations",
        "Does anyone have a contact at the county public health department? We'd like them to bring flu shots to our mosque after Friday prayers.",
        "I coordinate immunization outreach for the local disease-prevention office; our nurses bring vaccine clinics to congregations on request.",
    ),
    (
        "intro_organizations",
        "Necesitamos contacto con el consulado de México para organizar una jornada de pasaportes y matrículas en nuestro pueblo.",
        "Trabajo con la oficina de protección a connacionales y puedo gestionar que envíen su unidad móvil de documentación a comunidades rurales.",
    ),
    (
        "intro_organizations",
        "We're training young people for construction careers and need a union that will take our graduates into apprenticeships.",
        "I'm the business manager for the local carpenters' and millwrights' council; our joint apprentice school takes completers of recognized pre-trades programs straight into first-year placement.",
    ),
    (
        "intro_organizations",
        "Our branch library wants to lend hotspots, but we need a telecom company willing to donate data plans. Anyone know how to get in with one?",
        "I do community relations for a regional wireless carrier that has a giving program for mobile internet devices and service lines for public institutions.",
    ),
    (
        "intro_organizations",
        "After the flood, half our small businesses can't reopen. Who at the SBA or a similar agency should we be talking to?",
        "I used to staff a federal disaster loan outreach center and still know the district office team that sets up recovery centers after declared emergencies.",
    ),
    (
        "intro_organizations",
        "Our refugee resettlement office needs a hospital system that will take uninsured newcomers for initial screenings.",
        "I chair the community benefit committee at St. Brendan Medical Center; they already do intake exams for asylum seekers and could extend it to arrivals you sponsor.",
    ),
    (
        "intro_organizations",
        "Our youth robotics team meets in a church basement in a town of 2,000. The kids are sharp but have never seen an engineering workplace. Is there a manufacturer nearby that would host a visit?",
        "I'm the plant manager at the tractor parts factory off Highway 9, and we've been looking for a way to show local teenagers what our automation line does.",
    ),
    (
        "intro_organizations",
        "Looking for a law school clinic that could take immigration cases pro bono for families in our parish.",
        "I adjunct at the university's legal education program, and the asylum and removal-defense practicum there needs more client matters each semester.",
    ),
    (
        "intro_organizations",
        "Our chamber wants to bring a community college workforce program to our county. Who should we approach?",
        "I sit on the board of Three Rivers Tech, and their continuing-ed dean is actively looking for rural satellite sites.",
    ),
    (
        "intro_organizations",
        "Half the storefronts on our main street have been empty since the mill closed. Does anyone know a national nonprofit that helps small towns bring old downtown buildings back?",
        "I spent eight years with a revitalization network that sends teams to rural communities to fix up vacant commercial blocks and recruit tenants.",
    ),
    (
        "intro_organizations",
        "Our mutual aid network wants to refer people to the utility's shutoff-prevention program, but nobody answers the general line.",
        "I'm on the customer assistance team at the electric cooperative and can set up a direct channel for your caseworkers.",
    ),
    (
        "intro_organizations",
        "We're starting a peer group for women veterans and want a partnership with the local Vet Center.",
        "I'm a readjustment counselor at the federal counseling outpost on Elm Street, and we co-sponsor circles hosted out in the community.",
    ),
    (
        "intro_organizations",
        "Our mural project needs a museum or arts council to serve as a partner so we qualify for the state's cultural grant.",
        "I'm on staff at the county historical society, which regularly acts as institutional co-applicant for public painting and design efforts.",
    ),
    (
        "intro_organizations",
        "Who could connect us with the regional transit authority? Our seniors can't get to the clinic since the route was cut.",
        "My husband drives for the bus system and I've sat on their rider advisory board for six years; I know the planners who redraw lines.",
    ),
    (
        "intro_organizations",
        "Our school district wants to partner with a tribal college on dual-credit Native language courses. We have students ready but no teachers who speak it.",
        "I teach at Medicine Wheel, the reservation's two-year nation-chartered campus; our Indigenous linguistics department already enrolls high schoolers from two counties.",
    ),
    (
        "intro_organizations",
        "Necesitamos una organización que ofrezca clases de inglés para adultos por la noche en nuestro barrio.",
        "Soy voluntaria en el centro de alfabetización del condado; dan cursos de ESL gratuitos después del trabajo y buscan nuevas sedes.",
    ),
    (
        "intro_organizations",
        "We'd like to get connected with the state extension service because our 4-H club needs a livestock program partner.",
        "I'm a county agent with the land-grant university's agriculture outreach office and run the youth animal science project.",
    ),
    (
        "intro_organizations",
        "Our reentry program helps people coming home from prison find work. We've placed folks in restaurants, but we want a large employer with a formal second-chance hiring policy. Who has a relationship with one?",
        "I do talent acquisition for the big distribution warehouse outside town, and our company signed a pledge last year to consider applicants with records; I can get you to the site's HR lead.",
    ),
    (
        "intro_organizations",
        "Does anybody have a connection to the Social Security field office? Several of our elders' checks stopped after they moved.",
        "I'm a benefits navigator at the Area Agency on Aging, and we have a liaison channel with the federal retirement agency for exactly these cases.",
    ),
    (
        "intro_organizations",
        "A lot of our members are undocumented and keep their savings in coffee cans. We want a bank that will open accounts using an ITIN or consular ID.",
        "I'm on the board of a community development credit union that accepts matrícula cards and taxpayer numbers to join.",
    ),
    (
        "intro_organizations",
        "Our Sikh gurdwara wants to build ties with the local police department after a vandalism incident.",
        "I'm the chief's community liaison officer, and we've launched a faith-relations unit that meets with congregations after bias crimes.",
    ),
    (
        "intro_organizations",
        "Looking for a hospice or palliative care organisation willing to train our church's visitation team.",
        "I'm a chaplain at Riverside end-of-life services; our bereavement department runs free workshops for congregational caregivers.",
    ),
    (
        "intro_organizations",
        "We're three high schoolers in western Nebraska and we feel isolated. Is there a national network of youth climate groups we could join?",
        "Before college I was a regional coordinator for a student-led environmental movement with chapters in forty states; they onboard new teen chapters monthly.",
    ),
    (
        "intro_organizations",
        "Who can get us in front of the state Department of Transportation? The highway through our town has no crosswalk by the school.",
        "I retired from the regional roads agency's traffic safety office and still know who approves pedestrian signals on numbered routes.",
    ),
    (
        "intro_organizations",
        "Our refugee-led soccer program would love a partnership with a professional club: clinics, game tickets, anything.",
        "I work in the front office of the city's minor-league football team; our foundation arm runs outreach with newcomer communities.",
    ),
    (
        "intro_organizations",
        "Last summer the fire came within a mile of town. Our volunteer department needs to connect with the state forestry agency about wildfire mitigation programs.",
        "I spent a decade as a fuels specialist with the woodland protection division that runs defensible-space work, and I can introduce you to their rural assistance staff.",
    ),
    (
        "intro_organizations",
        "We need a meatpacking plant's HR department to agree to onsite English classes for their workers.",
        "My parish ministry already runs ESL at the Prairie Pork facility, and I know their people-operations manager well.",
    ),
    (
        "intro_organizations",
        "¿Alguien conoce a una clínica de salud comunitaria que atienda a trabajadores agrícolas sin seguro?",
        "Formo parte de la junta del centro médico federalmente calificado del valle; tienen un programa para jornaleros del campo con tarifas escalonadas.",
    ),
    (
        "intro_organizations",
        "Our town library wants a partnership with the state archives to digitize old newspapers.",
        "I volunteer at the historical records commission, which lends scanning equipment and staff to small institutions preserving local periodicals.",
    ),
    (
        "intro_organizations",
        "We're a small Black-owned business association in a mid-sized Southern city. Our members keep losing bids because they aren't certified. Who runs minority-business certification around here?",
        "I used to work for the regional supplier diversity council, the body that vets and registers firms run by people of color for corporate and municipal contracts.",
    ),
    (
        "intro_organizations",
        "Does anyone have an in with a university medical school? We want students to run free screenings at our barbershop.",
        "I'm faculty at the osteopathic college, and our second-years need community service placements doing blood pressure checks.",
    ),
    (
        "intro_organizations",
        "Our Buddhist temple wants to join an interfaith coalition working on homelessness.",
        "I convene the downtown council of congregations, synagogues, mosques, churches and sanghas, whose housing task force meets monthly.",
    ),
    (
        "intro_organizations",
        "We have a mother and three kids who need to get out tonight, and our rural county has no domestic violence shelter beds. Who can take them?",
        "I'm on the board of Safe Harbor House in Millbrook; they have family rooms and a transport arrangement with outlying sheriffs.",
    ),
    (
        "intro_organizations",
        "Our immigrant women's sewing collective wants to sell to a big retailer. Does anyone have a foot in the door at a department store chain?",
        "I spent twelve years as a buyer for a national apparel merchant and still take calls from their maker-partnership team.",
    ),
    (
        "intro_organizations",
        "Looking for a faith-based relief organization that will send a team to muck out basements after the storm.",
        "My Mennonite conference has a disaster service arm that deploys crews for flood cleanup within days of a request.",
    ),
    (
        "intro_organizations",
        "Our village has a failing water main and a clerk who works ten hours a week. We need a regional planning commission to help us apply for infrastructure dollars. Who's the right contact?",
        "I'm a former council-of-governments staffer; the COG there has a circuit rider who assists small municipalities in pursuing federal money for pipes and roads.",
    ),
    (
        "intro_organizations",
        "Our tribal health program wants to work with a university on diabetes research, but only one that respects data sovereignty. We've been burned before by academics who published without asking.",
        "I'm at the state medical school's Indigenous wellness studies center, which signs nation-approved agreements giving communities ownership of all findings.",
    ),
    (
        "intro_organizations",
        "Can anyone introduce our coalition to the city's housing authority? We want vouchers prioritized for young people aging out of foster care.",
        "I'm a commissioner on the municipal rental assistance board and know the Section 8 director who sets waitlist preferences.",
    ),
    (
        "intro_organizations",
        "We're a Filipino nurses' association, and we want a hospital partner that will hire our internationally trained members as they pass boards.",
        "I lead recruitment for Mercy Valley Health, which runs a pathway program for foreign-educated RNs clearing state licensing.",
    ),
    (
        "intro_organizations",
        "Does anyone know the right office at the state capitol to get our rural school's broken boiler on the emergency repair list?",
        "I worked in the education department's facilities division for a decade and know the team that triages urgent building requests from districts.",
    ),
    (
        "intro_organizations",
        "Buscamos una universidad que quiera colaborar con nuestro huerto comunitario en un estudio sobre suelos.",
        "Doy clases en el departamento de agronomía de la estatal y mis alumnos de posgrado necesitan parcelas urbanas para sus tesis.",
    ),
    (
        "intro_organizations",
        "Our county's only grocery store closed last spring. People are driving 40 minutes for milk. We want to explore a community-owned store; is there an organisation that helps places like ours do that?",
        "I'm on the board of a rural cooperative development center; they've guided six prairie towns through cooperative market startups, feasibility to opening day.",
    ),
    (
        "intro_organizations",
        "We need to get our veterans' honor guard connected with the national cemetery so we can serve at services there.",
        "I'm the volunteer coordinator for the federal burial grounds outside the city; we schedule military funeral detail teams from local posts.",
    ),
    (
        "intro_organizations",
        "Looking for a Jewish community organization interested in co-hosting a refugee welcome dinner with our mosque.",
        "I sit on the Federation's social action committee, and we've been hoping to partner with a Muslim congregation on newcomer hospitality.",
    ),
    (
        "intro_organizations",
        "Our homeless outreach team needs a direct line to the county's behavioral health crisis unit.",
        "I'm a clinician with the mobile psychiatric responders, and we set up warm-handoff protocols with groups working in encampments.",
    ),
    (
        "intro_organizations",
        "We're a youth-run zine with forty contributors. Is there a press or publisher that mentors teen writers?",
        "I'm an editor at a small literary house in the river district; our imprint runs an apprenticeship for young authors.",
    ),
    (
        "intro_organizations",
        "Does anyone have ties to a major sports franchise's community foundation? We want an anti-bullying assembly for middle schoolers.",
        "My brother-in-law handles player appearances for the city's basketball team, and their charitable arm books school visits every season.",
    ),
    (
        "intro_organizations",
        "Who can connect us with the state's rural water association? Our village's treatment lagoon keeps failing inspections and our operator is retiring.",
        "I'm a circuit trainer with the nonprofit that supports small-system utility operators across the region and can get you on their field-visit schedule.",
    ),
    (
        "intro_organizations",
        "Looking for a legal aid organization that handles tenant evictions in rural counties.",
        "My late husband founded the Prairie Justice Project; they still send housing attorneys to courthouses across the western plains.",
    ),
    (
        "intro_organizations",
        "Our library is starting a seed library and wants a connection to a seed bank or heritage seed nonprofit.",
        "I volunteer with an heirloom variety preservation exchange that ships starter collections of open-pollinated stock to lending programs.",
    ),
    (
        "intro_organizations",
        "We'd like a partnership with a big youth-serving organization, Boys and Girls Club, the Y, anything, for our Somali girls' basketball program.",
        "I'm the regional director of a national after-school network with twelve clubhouses here; we co-run programs with cultural groups.",
    ),
    (
        "intro_organizations",
        "Does anyone know how to reach the Army Corps of Engineers? Our levee district needs to get on their inspection calendar.",
        "I retired as a project manager from the federal river works regional office and can point you to their flood-control section.",
    ),
    (
        "intro_organizations",
        "We started a free tax prep site at the library last year and served 300 families. This year we want to double it. Is there an organization that certifies and supplies VITA sites?",
        "I coordinate the IRS-backed volunteer return-preparation program for the regional United Way; we train, provide software, and register new locations.",
    ),
    (
        "intro_organizations",
        "Our union local wants to connect with a worker center that organizes day laborers.",
        "I'm on the steering committee of the jornaleros' hiring hall on Fifth Avenue; we've been wanting to build ties with the building trades.",
    ),
    (
        "intro_organizations",
        "Who has a relationship with the state's department of corrections? We want to run a parenting class inside the women's facility.",
        "I was a program director in the prison system for fifteen years and can get you to the warden's office that handles outside volunteers.",
    ),
    (
        "intro_organizations",
        "Nuestra iglesia quiere conectarse con el banco de alimentos regional para convertirse en punto de distribución.",
        "Coordino las agencias asociadas de la red de despensas del condado; puedo ayudarles con la solicitud para ser socio receptor.",
    ),
    (
        "intro_organizations",
        "We're an Indigenous-led arts nonprofit, and our beadwork and ledger art have never been shown outside the reservation. Who knows the curatorial side of a major museum?",
        "I'm a docent and on the acquisitions council at the city's painting and sculpture institute; the contemporary Native wing is actively seeking community exhibitions.",
    ),
    (
        "intro_organizations",
        "We need a hospital's community benefit office to partner on a diabetes prevention program at our Hindu temple.",
        "I work in population health at Lakeside Regional; they fund and staff lifestyle-change courses hosted by faith groups.",
    ),
    (
        "intro_organizations",
        "Does anyone know a regional airline or airport that partners with schools on aviation careers?",
        "I'm a mechanic at the municipal airfield, and the fixed-base operator I work for has a standing offer to host teen groups curious about flying.",
    ),
    (
        "intro_organizations",
        "Our farmworker advocacy group needs a connection with the state labor department's wage enforcement division.",
        "I used to investigate pay-theft complaints for the employment standards office and still know the agricultural unit supervisors.",
    ),
    (
        "intro_organizations",
        "We'd like our small-town weekly newspaper to join a journalism collaborative or nonprofit news network.",
        "I'm an editor with a statewide reporting consortium that shares stories and pays for a fellow in member outlets.",
    ),
    (
        "intro_organizations",
        "Looking for the right contact at the county jail to start a library cart program for inmates.",
        "I'm the deputy in charge of programs at the detention center and approve book donations and reading initiatives for people in custody.",
    ),
    (
        "intro_organizations",
        "We're a Vietnamese fishing families' association on the Gulf and need a partner at the state marine resources agency.",
        "I'm a biologist with the coastal harvest management division and run the liaison program for Southeast Asian shrimpers.",
    ),
    (
        "intro_organizations",
        "Our town has a growing Marshallese community. Kids are struggling in school and families don't know how to navigate the system. Is there an organisation that works specifically with Pacific Islanders?",
        "I'm on the advisory board of a nonprofit founded by COFA migrants in Arkansas that runs family case support and education advocacy across the Midwest.",
    ),
    (
        "intro_organizations",
        "Is there a statewide association of rural libraries we could join for training and pooled purchasing?",
        "I'm treasurer of the small and country book-lending institutions' roundtable, which runs group buying and webinars for member branches.",
    ),
    (
        "intro_organizations",
        "Our Black farmers' cooperative needs a connection with the USDA office that handles land access and heirs' property.",
        "I'm a former Farm Service Agency loan officer and can connect you with the federal agriculture staff who specialize in resolving fractional inheritance titles.",
    ),
    (
        "intro_organizations",
        "Our after-school program has grown to ninety kids and parents keep asking what curriculum we use. We want to affiliate with a national literacy organization for materials and credibility.",
        "I run the regional office of a countrywide reading tutoring network that licenses its model, training and workbooks to local sites.",
    ),
    (
        "intro_organizations",
        "¿Alguien tiene contacto con la oficina del sheriff? Queremos explicar a la comunidad que la policía local no colabora con inmigración.",
        "Trabajo como enlace vecinal del alguacil del condado y puedo organizar una reunión con el comandante para aclarar sus políticas.",
    ),
    (
        "intro_organizations",
        "Does anyone have a contact at a large hospital's graduate medical education office? We want residents doing rotations at our rural clinic.",
        "I'm a coordinator for the family practice training program at University Health, and they need new outlying sites for their community track.",
    ),
    (
        "intro_organizations",
        "Our Pentecostal church wants to connect with the local school district to provide mentors.",
        "I'm the family engagement coordinator in the superintendent's central office and manage partnerships with congregations.",
    ),
    (
        "intro_organizations",
        "We're looking for a company that would put our refugee-made soaps in hotel rooms.",
        "I manage purchasing for a boutique lodging group with nine properties, and we've wanted a locally sourced amenities line.",
    ),
    (
        "intro_organizations",
        "We need the regional Red Cross chapter to designate our gym as an official shelter.",
        "I'm a disaster program manager for the humanitarian relief organization covering this area, and I handle facility agreements for evacuation sites.",
    ),
    (
        "intro_organizations",
        "Is there a university extension program that does financial literacy workshops in Spanish?",
        "I'm a family economics educator at the land-grant college's outreach office and teach budgeting classes bilingually across the region.",
    ),
    (
        "intro_organizations",
        "Our Ojibwe wild rice harvesters want to connect with the state natural resources agency about water levels on the lakes.",
        "I'm a hydrologist with the regional surface-flow division and work with band liaisons on manoomin bed conditions.",
    ),
    (
        "intro_organizations",
        "Does anyone know an organization that places AmeriCorps members? We'd love a full-time service member at our food hub.",
        "I direct an agency that assigns yearlong federally funded fellows to host nonprofits like yours.",
    ),
    (
        "intro_organizations",
        "We're a group of Afghan women who cooked for the army back home. We want to start a catering business. Is there a program in the region that helps immigrant women launch food businesses?",
        "I'm on the board of a downtown culinary startup accelerator that coaches first-time entrepreneurs from newcomer communities.",
    ),
    (
        "intro_organizations",
        "The seat cover factory that employs 400 people here just announced it's leaving. Who can get us a meeting with the state's economic development agency about retention help?",
        "I was a regional project manager at the commerce department's business attraction office, and I still know the team that works on plant closures.",
    ),
    (
        "intro_organizations",
        "Our Quaker meeting has decided to host an asylum seeker and needs a sponsoring organization to work through.",
        "I volunteer with a network that matches congregations with people released from immigration detention and handles the legal guarantor paperwork.",
    ),
    (
        "intro_organizations",
        "We need a connection to a hospital system's mobile mammography program for our Native women's health day.",
        "I'm a nurse navigator at Northern Plains Medical and book the breast-screening coach for reservation visits.",
    ),
    (
        "intro_organizations",
        "Does anyone know a nonprofit that refurbishes computers and partners with senior centers?",
        "My company sends its retired laptops through a workforce program that wipes and rebuilds old machines for older adults' groups.",
    ),
    (
        "intro_organizations",
        "Queremos que una cooperativa de crédito abra una sucursal o cajero en nuestra colonia.",
        "Estoy en el consejo directivo de una caja de ahorro comunitaria que está evaluando ubicaciones nuevas en zonas sin servicios bancarios.",
    ),
    (
        "intro_organizations",
        "We're a new Hmong funeral association and need a funeral home willing to accommodate three-day traditional rites.",
        "My family has run the mortuary on Cedar Avenue for forty years, and we've hosted multi-night Southeast Asian ceremonies with drums and reed pipes.",
    ),
    (
        "intro_organizations",
        "Looking for a contact at the regional council of the Boy Scouts or Girl Scouts to start a troop for refugee kids.",
        "I'm a district executive for the outdoor youth-leadership organization here, and we have a newcomer-unit initiative with free uniforms and handbooks.",
    ),
    (
        "intro_organizations",
        "Our rural hospital is about to close its maternity ward. Women will have to drive ninety minutes to give birth. Is there a larger health system that would consider an affiliation?",
        "I sit on the board of Metro Regional Medical Center, which has been adding critical-access partners with shared obstetrics staffing.",
    ),
    (
        "intro_organizations",
        "Does anyone know the right people at the power company to get streetlights fixed on the east side?",
        "I'm a lineman for the investor-owned utility serving the city and can route you to our public fixtures account manager.",
    ),
    (
        "intro_organizations",
        "We want to partner with a historically Black college on a summer STEM camp for middle schoolers.",
        "I teach chemistry at a Tennessee HBCU whose science outreach office is looking for community co-hosts for its July program.",
    ),
    (
        "intro_organizations",
        "Our disability advocacy group wants a formal link to the state vocational rehabilitation agency.",
        "I'm a counselor at the office that helps people with impairments find and keep jobs, and I can set up a referral agreement with your organization.",
    ),
    (
        "intro_organizations",
        "We need an introduction to a county agency that handles tax-foreclosed lots, so we can turn them into gardens.",
        "I work at the land bank; we transfer vacant delinquent parcels to neighborhood groups for green space for a dollar.",
    ),
    (
        "intro_organizations",
        "Our post has members who served in Vietnam and are now struggling with Agent Orange claims. We've tried the 1-800 number. Is there a veterans service organization with accredited people who could come to us?",
        "I'm a district officer in a national fraternal body for wounded servicemembers; its certified representatives travel to halls and file herbicide-exposure cases at no charge.",
    ),
    (
        "intro_organizations",
        "Looking for a theater company that would co-produce a play written by teenagers in our juvenile detention center.",
        "I'm the artistic director's assistant at the Riverside Repertory; our education department stages new work by incarcerated youth every spring.",
    ),
    (
        "intro_organizations",
        "Does anyone have an in at the state insurance commissioner's office? Our members are getting denied flood coverage.",
        "I used to handle consumer complaints for the regulator that oversees policy carriers, and I know who runs their market-conduct investigations.",
    ),
    (
        "intro_organizations",
        "Our mosque's youth group wants to do service projects with a Habitat-style housebuilding organization.",
        "I'm the faith relations manager for our local affordable homeownership nonprofit, and we schedule congregational crews on construction days.",
    ),
    (
        "intro_organizations",
        "Necesitamos conectar con una organización que ayude a jóvenes con DACA a pagar la universidad.",
        "Colaboro con un fondo nacional de becas para estudiantes indocumentados y puedo presentarles a su coordinadora regional.",
    ),
    (
        "intro_organizations",
        "We need a relationship with the regional Catholic Charities office to refer families needing rent help.",
        "I'm a case manager at the diocese's social services agency, and our emergency assistance program accepts households sent by partners.",
    ),
    (
        "intro_organizations",
        "Our ambulance squad is down to four volunteers, and two of them are over seventy. Is there an organization that trains rural EMTs?",
        "I'm an instructor with the regional paramedic academy, which brings certification courses to small-town stations on weekends.",
    ),
    (
        "intro_organizations",
        "Our community garden wants to partner with a hospital on a produce prescription program.",
        "I'm a dietitian at St. Luke's, and our outpatient nutrition team has been looking for a neighborhood plot to send patients with fruit-and-vegetable vouchers.",
    ),
    (
        "intro_organizations",
        "We need a connection to the state historic preservation office to get our old Rosenwald school on the register.",
        "I served on the review board for the landmarks agency, and I know the staff who nominate properties to the national list.",
    ),
    (
        "intro_organizations",
        "Does anyone know an organisation that helps Latino small-business owners get loans and coaching?",
        "I sit on the board of the Hispanic chamber's enterprise center, a CDFI that pairs capital with mentoring for entrepreneurs.",
    ),
    (
        "intro_organizations",
        "Looking for a contact at a national parks unit. Our tribe wants to co-manage a sacred site inside its boundary.",
        "I'm a ranger with the federal monument service and work on consultation agreements with Indigenous nations over ceremonial areas.",
    ),
    (
        "intro_organizations",
        "We run a youth orchestra in a town where the school cut its music program. We have twenty kids and no instruments to grow. Is there an orchestra or symphony that partners with small communities?",
        "I play second violin with the state philharmonic, whose outreach arm adopts rural ensembles and sends coaches and loaner strings.",
    ),
    (
        "intro_organizations",
        "Our tenant union needs a connection to the city's code enforcement department.",
        "I'm a housing inspector, and I can get your association a standing meeting with our division chief on repeat-violation buildings.",
    ),
    (
        "intro_organizations",
        "Is there a national organization for rural LGBTQ youth we could affiliate with?",
        "I volunteer for a queer and trans young people's network that sets up chapters and support groups in small towns.",
    ),
    (
        "intro_organizations",
        "Our Eritrean community association has decades of stories from the independence war that nobody has recorded. We'd like to connect with a university's African studies department.",
        "I'm a lecturer on the Horn region at Midland College and run a program capturing diaspora oral histories.",
    ),
    (
        "intro_organizations",
        "¿Alguien tiene contacto con una organización que dé capacitación en seguridad a trabajadores de construcción en español?",
        "Trabajo en un centro obrero que ofrece cursos OSHA-10 bilingües y pueden ir a las obras con sus instructores.",
    ),
    (
        "intro_organizations",
        "We're a Native youth running club and want a shoe company's community program to notice us.",
        "My cousin works in the social impact division of a big athletic apparel brand that supports Indigenous distance athletes.",
    ),
    (
        "intro_organizations",
        "Our volunteer library in the township needs to join the county system to get interlibrary loan.",
        "I'm on the board of the regional book-lending consortium and know the process for member branches to access shared catalogs.",
    ),
    (
        "intro_organizations",
        "A lot of the parents we serve work nights at the poultry plant. Who can connect us with a big employer's HR office? We want onsite childcare info sessions.",
        "I'm the benefits manager at the processing facility on Route 12 and would welcome a family-support presentation for our overnight crew.",
    ),
    (
        "intro_organizations",
        "Is there a seminary that places interns in congregations? Our small rural church can't afford a pastor.",
        "I teach pastoral ministry at a Lutheran divinity school whose students need supervised field placements, including in parishes without clergy.",
    ),
    (
        "intro_organizations",
        "We need a contact in the county elections office to set up a polling place at our senior center.",
        "I'm a deputy clerk in charge of voting locations and always need accessible sites for precinct consolidation.",
    ),
    (
        "intro_organizations",
        "Is there a state association of food banks we should belong to? We're a standalone pantry in the hills.",
        "I'm on the steering committee of the regional hunger-relief network, which gives member agencies trucked deliveries and USDA commodities.",
    ),
    (
        "intro_organizations",
        "We're trying to get a community health worker program started, and it needs to be paid for by our Medicaid managed care plan.",
        "I work in provider relations at Horizon Family Coverage, the public-insurance carrier here, and they reimburse promotoras through contracted partners.",
    ),
    (
        "intro_organizations",
        "Our fire department covers 300 square miles with eleven volunteers. We keep hearing about regional mutual aid agreements but don't know where to start. Who organizes those?",
        "I chair the county emergency management coordinating council, which drafts shared-response compacts among small-town brigades.",
    ),
    (
        "intro_organizations",
        "Looking for an organization that provides free legal help to tribal members with wills.",
        "I sit on the board of the Native American rights law center, which runs estate-planning clinics on reservations.",
    ),
    (
        "intro_organizations",
        "We need our rural school to partner with a telehealth provider for student counseling.",
        "I'm clinical director at a virtual mental-health practice that contracts with districts to offer video therapy sessions for kids.",
    ),
    (
        "intro_organizations",
        "Does anyone know an organization that provides service dogs to veterans with PTSD?",
        "My husband got his German shepherd through a nonprofit that trains assistance animals for former troops with trauma, and I can introduce you to their intake team.",
    ),
    (
        "intro_organizations",
        "Buscamos un sindicato que represente a trabajadoras del hogar para unirnos a su campaña.",
        "Soy delegada de la alianza de empleadas domésticas del estado, y siempre buscamos grupos de base que quieran afiliarse.",
    ),
    (
        "intro_organizations",
        "Our council voted 4-1 to become a Welcoming City, and now nobody knows what comes next. Is there a national network that guides municipalities through that?",
        "I'm the immigrant-inclusion lead for a nonprofit that certifies local governments on newcomer integration and walks councils through the standards.",
    ),
    (
        "intro_organizations",
        "We need a partnership with a community college's nursing program for clinical rotations at our free clinic.",
        "I'm faculty in the RN department at Piedmont Tech, and we're short on outpatient placement sites for students.",
    ),
    (
        "intro_organizations",
        "Who knows someone at the regional airport authority? We want a mural in the arrivals hall featuring the local tribes.",
        "I'm on the airfield commission's art-in-terminals committee, which picks Indigenous artists for the baggage-claim walls.",
    ),
    (
        "intro_organizations",
        "Our Korean senior center wants a relationship with a pharmacy chain for medication reviews in Korean.",
        "I'm a district manager for a drugstore company and have two Hangul-speaking pharmacists who could do brown-bag consultations.",
    ),
    (
        "intro_organizations",
        "Does anyone have a connection at a Big Ten university's athletics department? We'd like student athletes to mentor kids at our rec center.",
        "I work in compliance for the Wildcats program at State, and their community-engagement office assigns players to youth sites every semester.",
    ),
    (
        "intro_organizations",
        "A 2,000-acre solar farm is proposed for our county and the zoning hearings are getting ugly. We need a developer willing to sit down with residents before it blows up.",
        "I was in land acquisition for a renewable power company that builds 200-megawatt arrays, and they've set up community benefit talks before.",
    ),
    (
        "intro_organizations",
        "Our fishing village wants to connect with a university's sea grant program on oyster aquaculture.",
        "I'm a shellfish extension specialist with the coastal research consortium funded by NOAA and run training for small-scale growers.",
    ),
    (
        "intro_organizations",
        "Is there an organization that helps churches turn unused land into affordable housing?",
        "I'm a project manager with a faith-based development intermediary that partners with congregations on building apartments on their property.",
    ),
    (
        "intro_organizations",
        "Hundreds of people here can't get hired because of twenty-year-old misdemeanors. We'd like a formal partnership with the public defender's office for a record-clearing day.",
        "I'm a staff attorney with the county's court-appointed counsel agency and coordinate expungement clinics with community hosts.",
    ),
    (
        "intro_organizations",
        "We need a connection with the state's 211 information line to get our services listed.",
        "I'm a resource specialist at the regional helpline and update the referral database for all new providers.",
    ),
    (
        "intro_organizations",
        "We're a Khmer youth dance troupe. Our elders are aging and few teachers remain. Is there a cultural institution that preserves Cambodian classical arts and could mentor us?",
        "I'm on the board of a national Southeast Asian heritage foundation whose master-apprentice program pairs royal-ballet veterans with young performers.",
    ),
    (
        "intro_organizations",
        "Does anyone know how to reach the Bureau of Indian Affairs regional office? Our road maintenance agreement is stalled.",
        "I worked twenty years for the federal Native agency's Great Plains branch and still know who signs transportation contracts.",
    ),
    (
        "intro_organizations",
        "Our 4-H club wants to partner with the county fair board to add a rabbit show.",
        "I'm secretary of the annual exposition committee, and we're expanding the livestock schedule for small animals next summer.",
    ),
    (
        "intro_organizations",
        "¿Alguien nos puede conectar con una escuela pública que quiera un programa para padres sobre cómo funciona el sistema educativo?",
        "Soy consejera en una primaria del distrito y nuestra directora busca organizaciones que den talleres para familias recién llegadas.",
    ),
    (
        "intro_organizations",
        "Our Episcopal parish is nearly all white, and we've realized we don't know our neighbors. We'd like a sister relationship with a congregation across racial lines.",
        "I'm a deacon at a historic AME church across the river, and our pastor has been praying for a partner church to walk with.",
    ),
    (
        "intro_organizations",
        "We need the county's workforce board to recognize our welding course for training vouchers.",
        "I serve with the regional employment center and know the staff who approve providers for the federally funded skills-grant list.",
    ),
    (
        "intro_organizations",
        "We're planning our first powwow in thirty years and the fairgrounds demands a liability policy. Is there an insurance company that understands cultural events?",
        "I'm an agent with a broker that writes coverage for nonprofits' festivals, including gatherings on reservations.",
    ),
    (
        "intro_organizations",
        "Our youth climate group wants to talk to the city's sustainability office about a tree-planting plan.",
        "I'm a planner in the municipal environment and resilience department and can get you on the agenda of our urban canopy working circle.",
    ),
    (
        "intro_organizations",
        "We'd like to link our adult literacy program with the state prison education system.",
        "I taught GED classes behind the walls for ten years and know the corrections school principal who approves outside partners.",
    ),
    (
        "intro_organizations",
        "Does anyone have a contact at the Chamber of Commerce? Our refugee entrepreneurs want to join but don't know how.",
        "I'm the membership chair for the downtown business association and can waive first-year dues for newcomer-owned shops.",
    ),
    (
        "intro_organizations",
        "Our community radio station wants an affiliation with a national public media network.",
        "I work in affiliate relations for a noncommercial broadcasting distributor that brings small outlets into its programming service.",
    ),
    (
        "intro_organizations",
        "We need a connection to the Department of Agriculture's rural development office about a water line extension.",
        "I'm a loan specialist with the federal farm agency's small-community utilities program and handle pipe projects in our area.",
    ),
    (
        "intro_organizations",
        "Our block gets ten degrees hotter than the park two miles away, and we've lost two elders to heat. Is there a university that would monitor temperatures here?",
        "My research group at the engineering school deploys sensor networks to track urban warming and needs community partners for a new site.",
    ),
    (
        "intro_organizations",
        "We're nurses starting a free clinic in a church annex. We know medicine but nothing about malpractice coverage or licensing rules. Is there an association that supports new ones?",
        "I sit on the board of the national alliance of charitable health centers; they mentor startups on liability protection and state regulations.",
    ),
    (
        "intro_organizations",
        "Nuestra asociación de vendedores ambulantes necesita contacto con la oficina municipal de permisos.",
        "Trabajé en el ayuntamiento en el área de licencias comerciales y conozco al supervisor que tramita autorizaciones para puestos en la calle.",
    ),
    (
        "intro_organizations",
        "We want our high school's culinary class to partner with a restaurant group for job shadowing.",
        "I own four diners across the valley and would gladly host teenage cooks in our kitchens on weekday afternoons.",
    ),
    (
        "intro_organizations",
        "Does anyone know a nonprofit that runs free eye exams and glasses for kids?",
        "I volunteer with a mobile vision charity that sends optometrists and a lens lab to elementary schools.",
    ),
    (
        "intro_organizations",
        "We need an introduction to the National Guard's family program; several of our students have a parent overseas.",
        "I'm a readiness specialist with the citizen-soldier command and coordinate support for kids of mobilized members.",
    ),
    (
        "intro_organizations",
        "Is there a land trust that works with Black families to keep farmland from being sold off?",
        "I'm on the advisory board of a conservation nonprofit that helps African American growers protect acreage through easements and heirs'-property help.",
    ),
    (
        "intro_organizations",
        "Our coding club for girls in the Delta meets in a borrowed classroom with six laptops. We'd like a tech company to adopt us.",
        "I'm an engineering manager at a cloud software firm whose employee giving program sponsors one young women's programming initiative per region each year.",
    ),
    (
        "intro_organizations",
        "Our county has no homeless shelter. Is there a regional Continuum of Care we should be part of?",
        "I chair the multi-jurisdiction housing-first planning body that allocates HUD money and coordinates entry for unhoused people.",
    ),
    (
        "intro_organizations",
        "Half the patients at our clinic speak Karen or Chin, and we rely on their kids to translate. Can anyone connect us to a hospital interpreter program we could share?",
        "I coordinate the language-access office at Memorial, which contracts Burmese-dialect speakers and can extend phone coverage to partner sites.",
    ),
    (
        "intro_organizations",
        "Our rural arts council wants to join a statewide network of arts agencies.",
        "I'm vice president of the assembly of local cultural councils in our region, which welcomes small-town creative groups.",
    ),
    (
        "intro_organizations",
        "Is there a national veterans' farming organization? Several of our post's members want to start small farms.",
        "I belong to a coalition of former servicemen and women who grow food, and it runs mentorships and a product label for military-background growers.",
    ),
    (
        "intro_organizations",
        "Who can introduce us to the state attorney general's consumer protection division? Seniors here are being scammed by roofers.",
        "I'm a former investigator with the AG's fraud unit and know the elder exploitation team lead.",
    ),
    (
        "intro_organizations",
        "Our Hindu temple wants a hospital chaplaincy department to include us on their on-call list.",
        "I coordinate spiritual care at County General, and we're building a roster of faith leaders from traditions our staff don't cover.",
    ),
    (
        "intro_organizations",
        "Is there a credit counseling agency that works with refugee families on building credit?",
        "I'm on the board of a nonprofit financial coaching center that helps newcomers establish U.S. borrowing histories.",
    ),
    (
        "intro_organizations",
        "Our little town's newspaper closed, and the only news now is Facebook rumors. A few of us want to start a nonprofit newsroom. Is there an organization that helps launch those?",
        "I'm a former editor now with a national institute that incubates independent local reporting outlets with startup coaching and shared back-office.",
    ),
    (
        "intro_organizations",
        "¿Alguien conoce una organización que defienda a inquilinos en casos de desalojo en el condado?",
        "Estoy en la mesa directiva de un centro de justicia para arrendatarios que acompaña a familias en la corte de vivienda.",
    ),
    (
        "intro_organizations",
        "Black mothers in our city are dying in childbirth at three times the rate of others. We trained twelve doulas, but no hospital lets them in. We need a partner hospital.",
        "I'm a labor and delivery nurse manager at Eastside Women's Center, and we want community birth workers integrated into our maternity unit.",
    ),
    (
        "other",
        "We're hosting a Saturday health fair in a parking lot and the forecast says 95 degrees. Anyone have shade we could borrow?",
        "Our VFW has six 10x20 pop-up canopies and a box of sandbags to weigh them down.",
    ),
    (
        "other",
        "Our pantry's chest freezer died last night, and we have 200 pounds of donated venison sitting in coolers.",
        "I run an appliance repair shop and have a reconditioned upright deep-freeze I'd give away today.",
    ),
    (
        "other",
        "We need a way to get 15 elders from the senior apartments to Thursday's tribal council session.",
        "Our church owns a wheelchair-lift bus that sits idle midweek, and one of our deacons holds a CDL.",
    ),
    (
        "other",
        "Looking for someone who can print 2,000 door hangers in English and Spanish before the bond vote.",
        "My copy shop turns around two-sided cardstock jobs overnight at cost for civic groups.",
    ),
    (
        "other",
        "Necesitamos cunas portátiles y pañales para familias recién llegadas que se están quedando en un motel.",
        "Nuestra parroquia recolectó corralitos plegables y varias cajas de desechables para bebé talla 3 y 4 en la colecta de Navidad.",
    ),
    (
        "other",
        "Our town hall forums run until nine, and young parents never come because they have no one to watch the kids. Could anyone help with that?",
        "I run a licensed home daycare and can bring two staff and a bin of toys for evening drop-in care at your venue.",
    ),
    (
        "other",
        "If the power goes out during the ice storm, we need to keep a warming center running for two days.",
        "My farm has a 20-kilowatt PTO-driven backup generator on a trailer, and I can haul it wherever it's needed.",
    ),
    (
        "other",
        "Does anyone have a way to move 40 donated beds from a closing motel to refugee apartments across town?",
        "I've got a 16-foot enclosed hauler and a three-quarter-ton pickup, free on weekends.",
    ),
    (
        "other",
        "Our library wants to lend laptops, but we can't afford Microsoft Office on 30 machines.",
        "Our IT firm has thirty unused productivity-suite seats on a nonprofit agreement that we can reassign to your branch.",
    ),
    (
        "other",
        "We're feeding 300 at the Juneteenth cookout and the smoker we were promised fell through.",
        "My barbecue team has a trailer-mounted offset pit that handles twenty briskets at a time.",
    ),
    (
        "other",
        "Our mosque hosts iftar every night of Ramadan for about 150 people. Last year we ran out of plates and cups constantly. Does anyone have bulk disposables?",
        "I manage a restaurant supply warehouse and can donate pallets of compostable dinnerware and drinkware.",
    ),
    (
        "other",
        "Looking for hard hats and safety vests for a youth home-repair build.",
        "Our contracting company keeps a bin of spare helmets and hi-vis gear in kid sizes for site tours.",
    ),
    (
        "other",
        "We need a projector and screen for a film night at the grange.",
        "I have a portable backyard cinema setup, beamer, 12-foot inflatable and speakers, that I lend out for neighborhood showings.",
    ),
    (
        "other",
        "One of our members needs rides to dialysis three mornings a week and uses a wheelchair. Anyone have an accessible vehicle?",
        "Our disability services center has a ramp-equipped Sienna available before noon on weekdays for medical trips.",
    ),
    (
        "other",
        "The flood took everything in our daycare: cribs, nap mats, toys. We can't reopen until we replace them.",
        "My children's retail shop is closing a warehouse and has new-in-box infant sleep furniture and play equipment to donate.",
    ),
    (
        "other",
        "¿Alguien tiene sillas y mesas plegables para una quinceañera comunitaria de 120 invitados?",
        "Mi negocio de alquiler para eventos puede prestar mobiliario para 150 personas sin costo a organizaciones vecinales.",
    ),
    (
        "other",
        "We need seeds and seedlings for 40 raised beds at the senior center.",
        "My greenhouse always has extra tomato, pepper and herb starts in May, plus packets left from last season.",
    ),
    (
        "other",
        "Our volunteer firefighters need turnout gear. Ours is expired, and some of it is held together with duct tape.",
        "The city department just retired a set of bunker coats and pants that are still certified for another year.",
    ),
    (
        "other",
        "Looking for hay for a rescue horse sanctuary that lost its supply in the drought.",
        "I've got 60 round bales of last year's brome in the barn and would deliver at cost.",
    ),
    (
        "other",
        "We're holding a town hall with Spanish and Mandarin speakers and need interpretation headsets.",
        "Our congregation owns a 40-receiver wireless translation system we use on Sundays and lend out the rest of the week.",
    ),
    (
        "other",
        "Our youth group is making care packages for deployed troops. We need boxes and snacks that ship well.",
        "My warehouse has overstock of flat-rate mailing cartons and cases of jerky and trail mix.",
    ),
    (
        "other",
        "We need school uniforms for 60 kids whose families just arrived from Venezuela.",
        "Our thrift store sorts khakis and navy polos separately each August and would set aside all sizes for newcomers.",
    ),
    (
        "other",
        "Does anyone have folding cots for an emergency overnight shelter?",
        "Our scout troop has 30 military-style camp beds in storage from the jamboree.",
    ),
    (
        "other",
        "We're a small clinic on the reservation. Our only ultrasound machine is twelve years old and keeps failing. Any chance someone has equipment?",
        "My hospital is upgrading imaging and retiring three portable sonography units that still pass biomedical inspection.",
    ),
    (
        "other",
        "Could anyone lend a pressure washer to clean graffiti off the community center?",
        "I run a small exterior cleaning business and can bring my 4,000-psi rig and surface attachment on a Saturday.",
    ),
    (
        "other",
        "We need canned goods and shelf-stable milk for a weekend backpack program at the elementary school.",
        "Our grocery co-op donates dented tins and ultra-pasteurized cartons every Monday.",
    ),
    (
        "other",
        "Our after-school program wants tablets loaded with reading apps.",
        "My company replaced its field staff's iPads and has 25 wiped units with chargers ready to give.",
    ),
    (
        "other",
        "We need a sound system for an outdoor rally of maybe 500 people.",
        "I DJ weddings and own two powered line-array speakers, a mixer and four wireless mics.",
    ),
    (
        "other",
        "Buscamos quien nos preste una camioneta para repartir despensas a familias en los ranchos.",
        "Tengo una pickup de caja larga y la presto los fines de semana para entregas a la comunidad.",
    ),
    (
        "other",
        "Our quilting circle makes blankets for hospice patients, and we've run through every scrap we had.",
        "I'm closing my upholstery shop and have bolts of cotton and flannel I'd rather see used than tossed.",
    ),
    (
        "other",
        "We're rebuilding a handicap ramp for a disabled veteran whose house was damaged in the tornado. We need lumber.",
        "My sawmill has a stack of pressure-treated two-by-sixes and decking boards left from a cancelled order.",
    ),
    (
        "other",
        "Our refugee families just got apartments but have no pots, pans or dishes.",
        "Our synagogue's sisterhood runs a kitchen-kit drive and has twenty boxed sets of cookware and tableware ready.",
    ),
    (
        "other",
        "We need walkie-talkies for 25 volunteers directing traffic at the county fair.",
        "Our amateur radio club keeps a case of charged handheld two-way radios for event support.",
    ),
    (
        "other",
        "A tree came down across our church's driveway and we can't get the seniors' van out.",
        "I've got a chainsaw, a skid steer with a grapple, and Saturday free.",
    ),
    (
        "other",
        "Our Lakota language camp needs sleeping bags and tents for forty kids. Most families can't send gear, and nights on the prairie get cold even in July.",
        "Our outfitter has a rental fleet we're retiring: thirty-five down mummy sacks rated to 20 degrees and a dozen four-person domes.",
    ),
    (
        "other",
        "Our food truck for the homeless outreach program needs a working griddle.",
        "I just closed my diner and have a 36-inch flat-top and a fryer sitting in storage.",
    ),
    (
        "other",
        "We need a way to take credit card donations at the craft fair; half the crowd doesn't carry cash.",
        "I have three spare Square-style swipers linked to our nonprofit's account that I can set up for your booth.",
    ),
    (
        "other",
        "Our youth wrestling team has no mats since the school closed the old gym.",
        "The college just bought new flooring and is giving away its 42-by-42 roll-up practice surface.",
    ),
    (
        "other",
        "We need prom dresses and suits for teens in foster care before May.",
        "My bridal boutique keeps last season's formalwear and tuxedo rentals for exactly this kind of giveaway.",
    ),
    (
        "other",
        "The volunteers who run our free clinic are drowning in paper charts. Is there an electronic records system we could get for free?",
        "Our health tech startup donates licenses of its cloud charting platform to charitable practices, setup included.",
    ),
    (
        "other",
        "We host a monthly diaper distribution for 90 families, and the last shipment fell through. Does anyone have sizes 4 through 6?",
        "Our union hall ran a baby-supply drive for Labor Day and still has eleven cases of Pampers for bigger toddlers.",
    ),
    (
        "other",
        "Our rural volunteer library wants to put a book drop at the crossroads store. We need some kind of weatherproof box.",
        "I weld for a living and have an old steel mailbox cabinet I could refit with a slot and a locking door.",
    ),
    (
        "other",
        "Necesitamos comida caliente para 80 personas después del funeral de un jornalero que murió en el campo.",
        "Las señoras del comité de la capilla preparan arroz, frijoles y tamales para velorios; solo avísenos el día.",
    ),
    (
        "other",
        "Does anyone have a laminator? We're making 500 reusable signs for the polling-place walk.",
        "Our elementary school's workroom has a 27-inch thermal sealing machine and rolls of film we can spare.",
    ),
    (
        "other",
        "Our youth-led bike repair collective is fixing bikes for refugee kids, and we have almost nothing to work with.",
        "My cycling shop is retiring its old service bench: truing stand, cone wrenches, chain tools and a compressor.",
    ),
    (
        "other",
        "The new Burmese families need winter coats and boots. Most have never seen snow, and it's already October.",
        "Our Rotary club's outerwear drive filled two storage units with parkas, gloves and insulated footwear, sorted by size.",
    ),
    (
        "other",
        "Can anyone help us feed the crews clearing debris after the tornado? There are about sixty volunteers a day.",
        "Our Baptist men's ministry runs a mobile disaster kitchen trailer that can serve hundreds of hot meals daily.",
    ),
    (
        "other",
        "We need a sewing machine or two for a tailoring class with Afghan women.",
        "I'm a retired seamstress with three working Berninas and a serger gathering dust in my spare room.",
    ),
    (
        "other",
        "Our veterans' post wants to start a color guard but we don't have flags or rifles.",
        "Our chapter just replaced its ceremonial kit and has parade banners, harnesses and demilitarized drill pieces to pass on.",
    ),
    (
        "other",
        "We set up a homework room for high schoolers in the trailer park, but there's no way for the kids to get assignments onto paper.",
        "Our accounting office is upgrading and has four laser printers and a box of toner cartridges to give away.",
    ),
    (
        "other",
        "Our farmers market needs EBT machines so SNAP customers can shop.",
        "I manage the state-approved wireless token terminal program and can loan a device for your booth at no charge.",
    ),
    (
        "other",
        "We're putting on a play in the park and need lighting that runs without an outlet.",
        "Our theater department has battery-powered LED wash fixtures and stands we lend for outdoor productions.",
    ),
    (
        "other",
        "We're a small-town animal shelter out of kibble and cat litter.",
        "My feed store writes off torn bags of dog and cat food every month and would deliver them to you.",
    ),
    (
        "other",
        "Does anyone have a canoe or kayaks for a youth water program on the reservation lake?",
        "Our outfitter is retiring eight sit-on-top paddle craft and the life jackets that go with them.",
    ),
    (
        "other",
        "Our Sikh langar feeds anyone who walks in, and the flour bill is killing us. Does anyone have bulk atta or wheat?",
        "I farm 1,200 acres of hard red winter grain and have a family mill that grinds it; I can drop off 500 pounds.",
    ),
    (
        "other",
        "¿Alguien tiene una carpa grande para una misa al aire libre en el Día de la Virgen?",
        "Nuestro club de charros tiene un toldo de 40 por 60 pies con postes que prestamos para celebraciones.",
    ),
    (
        "other",
        "We need name tags, markers, clipboards, and sticky notes for a 200-person community summit.",
        "Our office is moving and has cartons of stationery, badges and writing boards we'd rather donate than haul.",
    ),
    (
        "other",
        "Our volunteers go door to door after hurricanes and need a way to charge phones in neighborhoods without power.",
        "I sell solar panels and have a dozen portable battery stations with USB ports that fold into a suitcase.",
    ),
    (
        "other",
        "We're running an overnight lock-in for fifty teenagers and need pizza for all of them.",
        "I own two pie shops on Main and always make free large pepperonis for youth events.",
    ),
    (
        "other",
        "Our 4-H kids need a livestock scale to weigh their hogs before the fair.",
        "The co-op elevator has a portable platform weighing unit they let members borrow each summer.",
    ),
    (
        "other",
        "We're a group of retired teachers running a GED program in the jail. Our students need TI-30s for the math section and have none.",
        "My church's back-to-school drive ended up with two boxes of scientific calculators we never handed out.",
    ),
    (
        "other",
        "Anyone have cargo bikes or electric scooters for a youth delivery co-op?",
        "Our transit agency is auctioning a fleet of e-trikes with front baskets, but I can get a few donated to a nonprofit.",
    ),
    (
        "other",
        "We need hearing aid batteries and magnifiers for the elders at our senior lunch.",
        "Our optometry clinic and audiology practice share a closet of donated size-312 cells and handheld lenses.",
    ),
    (
        "other",
        "The tribe's community garden needs irrigation; we're hauling water in buckets right now.",
        "I installed drip systems for twenty years and have spools of tubing, emitters and timers left in my garage.",
    ),
    (
        "other",
        "We're bringing a hundred people from the mountains to the state capitol for lobby day. What we don't have is a way to get them there.",
        "Our school district rents out its yellow fleet with drivers on days when classes aren't in session.",
    ),
    (
        "other",
        "Our soup kitchen's dishwasher broke and we're washing by hand for 250 a day.",
        "I service commercial kitchens and have a rebuilt conveyor sanitizing unit I can install at cost.",
    ),
    (
        "other",
        "We need art supplies for a summer mural camp with thirty middle schoolers.",
        "My hardware store mixes returned exterior paint into gallons of usable colors and has brushes and rollers overstocked.",
    ),
    (
        "other",
        "A local family lost their house in a fire and has a newborn. They need everything for the baby.",
        "Our moms' group keeps a closet with bassinets, car seats, onesies and bottles for exactly this kind of emergency.",
    ),
    (
        "other",
        "Necesitamos útiles escolares para 200 niños de familias trabajadoras del campo.",
        "Mi tienda de artículos de oficina regala mochilas con cuadernos, lápices y colores cada agosto a organizaciones comunitarias.",
    ),
    (
        "other",
        "We're a small labor union local and our website is a mess. We need a way to track membership dues online.",
        "Our software company gives free accounts of its member-management and payment platform to unions and nonprofits.",
    ),
    (
        "other",
        "We need three pallets of bottled water delivered to the neighborhood with the boil order.",
        "Our beverage distributor keeps emergency stock and a box truck on standby for exactly this.",
    ),
    (
        "other",
        "Our Hmong New Year festival needs sound and a stage for dancers.",
        "My church owns a modular riser platform and a PA system we set up for community events.",
    ),
    (
        "other",
        "Can anyone get us fresh fish for our elders' feast? We used to catch it ourselves before the river was closed.",
        "My family's commercial salmon boat had a strong season, and I've set aside a freezer of fillets for community meals.",
    ),
    (
        "other",
        "Our mobile food pantry needs a refrigerated truck. We currently deliver produce in a borrowed horse trailer.",
        "Our dairy just replaced a reefer box van that still holds 38 degrees, and we'd rather it go to a good cause.",
    ),
    (
        "other",
        "We need reading glasses for the adult literacy class; half the students can't see the page.",
        "Our Lions club collects and sorts donated eyewear by strength and can bring a kit to your classroom.",
    ),
    (
        "other",
        "We have thirty youth volunteers and no matching shirts for the cleanup day.",
        "My screen-printing shop will do a run of tees for free if you send us your logo.",
    ),
    (
        "other",
        "Our women's shelter needs hygiene products: pads, tampons, soap, toothbrushes.",
        "Our sorority just finished a dignity drive and packed 400 kits of feminine care and toiletries.",
    ),
    (
        "other",
        "Our mosque needs a wheelchair for elders who can't stand for long prayers. Actually several would help.",
        "I run a medical equipment loan closet out of our church basement with walkers, rollators and seats on wheels.",
    ),
    (
        "other",
        "The rural high school's robotics team needs parts: motors, sensors, aluminum stock.",
        "Our machine shop has bins of servos, photoeyes and extruded rail left over from old automation jobs.",
    ),
    (
        "other",
        "We run a refugee soccer league and half the kids play barefoot.",
        "Our sporting goods store has a stockroom of discontinued cleats and shin guards in youth sizes.",
    ),
    (
        "other",
        "We're a new Ethiopian Orthodox congregation meeting in a rented storefront. We have no chairs, and the elders stand through a three-hour liturgy.",
        "Our Methodist church just renovated its sanctuary and has eighty stackable padded seats waiting in the basement for a new home.",
    ),
    (
        "other",
        "Does anyone have a truck that can haul away a dumpster's worth of flood-soaked drywall?",
        "I own a roll-off container business and can drop a 30-yard can and pick it up at no charge for storm victims.",
    ),
    (
        "other",
        "Our free tax clinic needs tax software licences for six preparers.",
        "Our CPA firm buys bulk e-filing seats and always has a handful we can assign to volunteer return sites.",
    ),
    (
        "other",
        "We're hosting a community baby shower for teen moms and need gifts.",
        "Our women's auxiliary knits caps and booties all year and keeps a cedar chest of receiving blankets.",
    ),
    (
        "other",
        "Our Navajo Nation chapter house needs firewood for elders before the first freeze.",
        "My crew thins timber on the national forest under a permit, and we've got cords of split juniper and piñon to deliver.",
    ),
    (
        "other",
        "Necesitamos una computadora con internet para que las familias puedan hacer citas de inmigración en línea.",
        "Tengo dos laptops reacondicionadas con módem móvil incluido que puedo donar a su centro.",
    ),
    (
        "other",
        "Our girls' softball team travels to tournaments in two minivans that break down constantly.",
        "Our dealership has a 15-passenger Ford Transit from a closed church that we'd sell to a youth league for a dollar.",
    ),
    (
        "other",
        "We need a big coffee urn and hot water for an outdoor vigil in January.",
        "Our VFW canteen has two 100-cup percolators and insulated dispensers we lend for gatherings.",
    ),
    (
        "other",
        "We've been collecting stories from elders on cell phones and the sound is awful. We need proper recording gear.",
        "I'm a podcast producer with a spare field kit: two lavalier mics, a Zoom recorder and closed-back headphones.",
    ),
    (
        "other",
        "Our youth climate strike needs posterboard, paint and sticks for 300 signs.",
        "My craft store has a back room of dented poster stock, tempera and wooden stakes that we write off anyway.",
    ),
    (
        "other",
        "We run a weekly community dinner in a church basement. The regular cook is having surgery and will be out six weeks. Can anyone cover the food?",
        "I own a catering company, and my Tuesday crew has no bookings through spring; we'll bring a hot meal for 120 each week.",
    ),
    (
        "other",
        "We need car seats for refugee families being picked up at the airport.",
        "Our fire station is a certified installation site and keeps a stock of new infant and booster restraints for households in need.",
    ),
    (
        "other",
        "Our volunteer ambulance needs an AED; the old one failed its last test.",
        "The hospital foundation runs a cardiac program that places free defibrillators with rural first responders.",
    ),
    (
        "other",
        "We're launching a youth newspaper and need cameras.",
        "I'm a retired photojournalist with three DSLR bodies and a bag of lenses that should be in young hands.",
    ),
    (
        "other",
        "Can anyone donate meat for the Eid distribution? We have 200 families signed up.",
        "My halal butcher shop sets aside lamb and goat for Qurbani shares every year and can cut it into family portions.",
    ),
    (
        "other",
        "Our village's only playground was torn out because it wasn't safe. The kids play in the street.",
        "Our parks department is removing a lightly used climbing structure and swing set that could be reinstalled elsewhere.",
    ),
    (
        "other",
        "We need a piano for the community choir; we've been rehearsing to a phone.",
        "My late mother's Baldwin upright is in tune and I'd gladly give it to a group that will play it.",
    ),
    (
        "other",
        "Our library's summer reading program needs prizes for 400 kids.",
        "Our minor-league ballpark donates ticket vouchers and bobbleheads to youth incentive efforts.",
    ),
    (
        "other",
        "¿Quién nos puede regalar material para arreglar techos? Después del huracán, varias casas del barrio tienen goteras.",
        "Tengo una ferretería y guardo lonas azules, clavos y rollos de fieltro asfáltico para emergencias.",
    ),
    (
        "other",
        "We're setting up a cooling center for the heat wave. It's a church fellowship hall with no air conditioning.",
        "I install HVAC and can bring four portable spot coolers and the ducting to vent them out a window.",
    ),
    (
        "other",
        "We need backpacks of basic supplies for people leaving the county jail at 2am with nothing.",
        "Our reentry ministry assembles release bags with a phone charger, socks, snacks, bus passes and a resource card.",
    ),
    (
        "other",
        "Our Mexican folklorico troupe needs costumes for twenty dancers.",
        "I'm a seamstress from Jalisco and have trunks of hand-stitched ribbon skirts and charro outfits from my old ballet.",
    ),
    (
        "other",
        "Our rural clinic needs a way to keep vaccines cold during power outages.",
        "My pharmacy just upgraded and has a medical-grade refrigerator with battery backup and a temperature alarm to donate.",
    ),
    (
        "other",
        "We need a trailer to take the youth group's float in the Christmas parade.",
        "I have a 24-foot flatbed gooseneck that I've lent for parades the last ten years.",
    ),
    (
        "other",
        "We're housing a family of nine who fled the Congo. They need beds, a table and a couch.",
        "Our furniture bank picks up donated mattresses and dining sets and delivers to resettled households within a week.",
    ),
    (
        "other",
        "Our ag class needs chicks and an incubator for a poultry unit.",
        "My hatchery sells day-old layers and I have a spare forced-air hatching cabinet I'd loan to a school.",
    ),
    (
        "other",
        "Does anyone have a boat we could use to check on families on the bayou after the flood?",
        "I run airboat tours and my two flat-bottom craft are yours, with me driving, for as long as you need.",
    ),
    (
        "other",
        "We need paper, pens and clipboards for volunteers doing a community needs survey.",
        "Our real estate office has a supply closet of legal pads, ballpoints and writing boards we'd happily share.",
    ),
    (
        "other",
        "Our refugee women's co-op makes jam but needs jars and lids.",
        "I run a home-canning supply business and have cases of half-pint mason glass with bands and flats.",
    ),
    (
        "other",
        "Our tribal youth center wants a video game console setup to get kids in the door.",
        "My son upgraded and left two PlayStations, eight controllers and a stack of sports titles; I'd donate the lot.",
    ),
    (
        "other",
        "The wheelchair ramp at our town hall is rotted and we can't wait for the budget cycle. We need something temporary.",
        "Our medical supply company rents aluminum modular ramps and can install one at cost until yours is rebuilt.",
    ),
    (
        "other",
        "Day laborers ride to work in the dark with no protection. Our free bike shop needs helmets and lights.",
        "Our cycling-safety coalition got a grant for 200 hard-shell lids and rechargeable headlamp sets to hand out.",
    ),
    (
        "other",
        "Our shelter's kids need something to do at night. Books, games, puzzles, anything.",
        "My toy store keeps returned Monopoly-type sets and jigsaws in good shape, and the bookstore next door gives away advance copies of novels.",
    ),
    (
        "other",
        "We need a forklift for two days to unload the mobile pantry's semi.",
        "I manage a lumber yard and can send our propane lift truck and an operator.",
    ),
    (
        "other",
        "Necesitamos quien cuide a los niños mientras las mamás asisten a las clases de ciudadanía los sábados.",
        "Soy maestra de preescolar jubilada y con dos amigas podemos organizar juegos y meriendas para los pequeños mientras estudian.",
    ),
    (
        "other",
        "Our Tongan church is hosting a regional youth conference. We need food for 400 over three days.",
        "Our Polynesian market sells whole pigs, taro and corned beef at wholesale and will deliver for congregational gatherings.",
    ),
    (
        "other",
        "We need a vacuum sealer and freezer bags to preserve venison from the hunters' share program.",
        "My butcher shop has a chamber packaging machine we use on Mondays only and a case of pouches to go with it.",
    ),
    (
        "other",
        "Our county's only homeless outreach worker drives her own car. It just died.",
        "Our credit union repossessed a reliable Honda Civic and would transfer it to a nonprofit for the title fee.",
    ),
    (
        "other",
        "We're a small-town Pride picnic and need rainbow flags and decorations.",
        "My party supply shop has a bin of leftover streamers, banners and balloons in every color.",
    ),
    (
        "other",
        "Our mentoring program for Black boys takes them camping, but we have no cooking gear.",
        "I'm an Eagle Scout dad with a garage full of propane burners, dutch ovens and mess kits.",
    ),
    (
        "other",
        "Nuestro grupo de danza azteca necesita tambores para los jóvenes que están aprendiendo.",
        "Mi taller hace huéhuetl de madera y cuero, y tengo cuatro terminados que puedo regalar a un calpulli.",
    ),
    (
        "other",
        "Our chapter house out on the reservation has no internet. Elders have to drive an hour to do telehealth visits. Does anyone have a way to get us connected?",
        "I work for a satellite broadband company and can donate a dish, router and a year of service to a community site.",
    ),
    (
        "other",
        "We need gas cards so volunteer drivers can take cancer patients to chemo two hours away.",
        "Our truck stop chain gives fuel vouchers to rural health charities every quarter.",
    ),
    (
        "other",
        "Our union's strike kitchen is feeding picket lines around the clock. We need groceries, fast.",
        "My bakery and the farm stand next door will send day-old bread and crates of vegetables every morning of the walkout.",
    ),
    (
        "other",
        "We're building tiny houses for homeless veterans and need windows and doors.",
        "I run a construction-materials reuse store and just got a shipment of salvaged casements and prehung exterior entries.",
    ),
    (
        "other",
        "¿Alguien tiene un horno o comal grande? Queremos vender pupusas para recaudar fondos para la clínica.",
        "En el restaurante tenemos una plancha industrial de tres quemadores que prestamos para kermeses.",
    ),
    (
        "other",
        "Our youth radio club wants to broadcast on low-power FM but can't afford a transmitter.",
        "I'm a retired transmission engineer at a TV station and have a working 100-watt exciter and antenna in my workshop I'd install for you.",
    ),
    (
        "other",
        "Our Muslim girls' basketball team needs modest uniforms; the league only supplies shorts and tanks.",
        "I design athletic hijabs and long-sleeve jerseys, and I'll sew a full squad set at material cost.",
    ),
    (
        "other",
        "We're hosting a wake for a tribal elder and expect 300 people. We need a place to keep all the food cold.",
        "My catering business has a refrigerated trailer we park on site for big events, free for funerals.",
    ),
    (
        "other",
        "Our tenants' association wants to test apartments for lead and mold. We can't pay for kits.",
        "Our environmental lab has a surplus of home swab and dust-wipe sampling packs nearing their print date.",
    ),
    (
        "other",
        "Our 200-family food pantry runs out of protein every month. Canned tuna and peanut butter disappear first. Is there any source for bulk protein?",
        "My hog operation donates processed pork through the producers' association, and I can get you 300 pounds of ground sausage per cycle.",
    ),
    (
        "other",
        "We need a way to shred ten years of old client files before we move offices.",
        "My document destruction company sends a truck with an onboard crusher and will do nonprofits for free once a year.",
    ),
    (
        "other",
        "Our mural needs scaffolding; the wall is three stories tall.",
        "My masonry company has rolling staging towers and can lend them for a month with a safety walkthrough.",
    ),
    (
        "other",
        "Necesitamos leche de fórmula para bebés de familias que acaban de cruzar y están en el albergue.",
        "Nuestra despensa recibió una donación grande de Similac y Enfamil en polvo que vence en seis meses.",
    ),
    (
        "other",
        "Our Vietnamese elders' tai chi group practices in a parking lot. They keep slipping in the rain. Can anyone help?",
        "I own a flooring store and have rolls of outdoor rubber matting from a cancelled gym job.",
    ),
    (
        "other",
        "Our tiny-town library got a grant for a makerspace but nothing to put in it.",
        "My engineering firm upgraded and is giving away two 3D printers, a laser cutter and a soldering station.",
    ),
    (
        "other",
        "We help women leaving domestic violence. They often arrive with nothing but the clothes they're wearing.",
        "Our boutique closes out each season's inventory to a charity; dresses, jeans, underwear and shoes in all sizes.",
    ),
    (
        "other",
        "Our Latter-day Saint ward is running a disaster preparedness fair and needs example emergency kits.",
        "Our hardware store sells 72-hour grab-and-go packs and will donate ten display sets for your tables.",
    ),
    (
        "other",
        "We need somebody to watch about a dozen toddlers during our Sunday afternoon town hall on the new landfill.",
        "Our church nursery is licensed and staffed; two of our workers will come to your building for a small stipend.",
    ),
    (
        "other",
        "We're starting a community fridge outside the laundromat. We need the actual fridge.",
        "I flip appliances and have a double-door stainless refrigerator that works perfectly but has a dent.",
    ),
    (
        "other",
        "Our refugee youth photography club has one camera for fifteen kids.",
        "My photo shop takes trade-ins of older point-and-shoots and mirrorless bodies; I'll set aside ten for your group.",
    ),
    (
        "other",
        "The immigrant farmworkers in our valley have no way to get to the Sunday clinic. The nearest bus stop is twelve miles away.",
        "Our parish has a 12-passenger van and a retired sheriff's deputy who drives it on weekends.",
    ),
    (
        "other",
        "Our volunteer cleanup after the wildfire needs respirators and gloves. The ash is toxic.",
        "I'm a safety supply distributor and have cases of N95 masks and nitrile hand protection I can drop off.",
    ),
    (
        "other",
        "¿Alguien puede imprimir folletos en español sobre los derechos de los inquilinos? Necesitamos 3,000.",
        "Mi imprenta hace trabajos grandes a precio de costo para organizaciones sin fines de lucro y entrega en dos días.",
    ),
    (
        "other",
        "We need a wood stove for the community hall in our Alaskan village. The oil furnace costs more than we can raise.",
        "My shop refurbishes cast-iron heaters, and I have a large EPA-certified box unit I'll ship on the barge.",
    ),
    (
        "other",
        "Our Ramadan food drive needs dates, hundreds of pounds, for families breaking the fast.",
        "Our Middle Eastern grocery imports Medjool and Deglet Noor by the pallet and donates during the holy month.",
    ),
    (
        "other",
        "Our youth orchestra is growing faster than our instrument supply. We need violins and cellos.",
        "My music store runs a rent-to-own program and has thirty returned student strings we'd donate.",
    ),
    (
        "other",
        "Our Filipino senior group needs a rice cooker big enough for fifty people.",
        "I ran a turo-turo restaurant for twenty years and still have the commercial 60-cup steamer in my garage.",
    ),
    (
        "other",
        "We need a way to get five hundred sandbags filled before the river crests Thursday.",
        "Our construction company has a sand-filling machine and a dump truck of material that can fill hundreds an hour.",
    ),
    (
        "other",
        "Our job-readiness program needs professional clothes for interviews.",
        "Our men's clothing store donates blazers, slacks and ties each quarter to workforce programs.",
    ),
    (
        "other",
        "We need PPE and cleaning supplies for volunteers mucking out homes after the flood.",
        "Our janitorial supply company keeps pallets of bleach, mops, Tyvek suits and boots for disaster response.",
    ),
    (
        "other",
        "Our powwow committee needs porta-potties for 2,000 people over the weekend.",
        "My sanitation company serves rodeos and fairs, and I give cultural events a deep discount on units and handwashing stations.",
    ),
    (
        "other",
        "Our mosque's weekend school needs Arabic textbooks for 80 kids.",
        "Our Islamic bookstore has overstock of the Qaida and primer series, levels one through four.",
    ),
    (
        "other",
        "Nuestra cooperativa de costura necesita hilo, agujas y tela para los delantales que vendemos en el mercado.",
        "Cerré mi fábrica de uniformes y me quedaron carretes, telas de algodón y cajas de insumos que puedo regalar.",
    ),
    (
        "other",
        "We need thermometers and pulse oximeters for a community health worker program in the colonias.",
        "My medical supply business has a case of digital fingertip monitors and forehead scanners I can donate.",
    ),
    (
        "other",
        "We're organizing a job fair for veterans and need booths, table covers, and signage.",
        "Our trade show company has pipe-and-drape kits and vinyl banners sitting in our warehouse between conventions.",
    ),
    (
        "other",
        "Our rural school's buses can't run on unplowed roads. Could anyone help clear them?",
        "I have a tractor with a snow blade and a pickup with a plow, and I'm up by 4am anyway.",
    ),
    (
        "other",
        "Our LGBTQ youth drop-in center needs a washer and dryer so kids living in cars can clean their clothes.",
        "I manage an apartment complex replacing its laundry room machines, and the old stacked set still runs fine.",
    ),
    (
        "other",
        "We need Narcan for our peer outreach team in the trailer parks.",
        "Our harm reduction coalition distributes naloxone kits free to any group that completes a fifteen-minute training.",
    ),
    (
        "other",
        "Our community theater needs a costume closet; we have a show in six weeks and nothing to wear.",
        "My late aunt ran a vintage shop and left three wardrobe racks of period dresses, suits and hats in our barn.",
    ),
]
