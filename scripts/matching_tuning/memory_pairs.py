# ruff: noqa: E501
"""More training pairs, for the answered asks (`collaboratory.matching.memory`) and the civic
tuning: asks and the offer that meets each, `(category, ask, offer)`, written for training only.

1,278 pairs, 1 in 10 in Spanish, written in a third batch (160 per help category; two
dropped as too close to a labelled text) by writers who saw neither the labelled sets in
`tests/matching` nor `pairs.py` (`tests/matching/test_tuning.py` checks that none is close to
a labelled text). Written for the answered asks, they are now the civic tuning's too (since
2026-12-06, at 5e-4; on the development set within the seeds' noise, docs/architecture.md,
"Sixth round"). After editing, run `scripts/matching_tuning/train.py`, then `python -m
collaboratory.matching.kinds_build` and `python -m collaboratory.matching.memory_build` (tests
fail until then).
"""

from __future__ import annotations

PAIRS: list[tuple[str, str, str]] = [
    (
        "space",
        "Where could sixty tenants gather on a Tuesday night to talk about the rent hikes at Maple Court?",
        "Our parish basement in Eastgate holds 75 on folding chairs and stays unlocked until 10pm weekdays.",
    ),
    (
        "space",
        "We need a commercial kitchen a few mornings a week to prep meals for homebound seniors.",
        "The culinary arts wing at Harlan Technical College sits idle 6am to noon; licensed, with walk-in coolers and two ranges.",
    ),
    (
        "space",
        "Looking for a secure spot to keep 200 cots and blankets between winter shelter seasons.",
        "I manage a climate-controlled warehouse off Route 9 in Dunmore with roughly 900 square feet nobody is using.",
    ),
    (
        "space",
        "Anyone have an acre or two where refugee families could grow vegetables this summer?",
        "My late father's pasture behind the feed mill in Kearney County is flat, fenced, and has a working well.",
    ),
    (
        "space",
        "Our youth band practices in a garage and the neighbors are complaining. Any soundproofed options?",
        "The public radio station in Millbrook has a padded studio free on weekends after the Saturday jazz broadcast.",
    ),
    (
        "space",
        "I'm starting a legal clinic for immigrants and need a private office two afternoons a week.",
        "Our credit union branch in Pine Bluff has a closed-door consultation room empty most Wednesdays and Fridays after lunch.",
    ),
    (
        "space",
        "We need somewhere to park three mobile health vans overnight, preferably with power hookups.",
        "The county fairgrounds in Otsego has RV slots with 50-amp outlets, vacant October through June.",
    ),
    (
        "space",
        "Where can fifteen teachers hold a two-day retreat somewhere quiet and not too expensive?",
        "Our Benedictine priory outside Conception, Missouri, lends its guesthouse to educators: twelve bedrooms, a library, meals included.",
    ),
    (
        "space",
        "Looking for a storefront where we can run a pop-up tax prep site from February to April.",
        "The vacant former shoe store on Main in Walsenburg belongs to me; it has heat, Wi-Fi, and a back restroom.",
    ),
    (
        "space",
        "We need a large open floor for a weekend quilting bee for the flood victims' memorial project.",
        "The Lutheran fellowship hall in Grand Forks has eight long banquet tables and good north-facing windows.",
    ),
    (
        "space",
        "Is there anywhere downtown where a veterans' support group can meet privately on Thursday evenings?",
        "Upstairs at the American Legion post on Fourth Street there's a side lounge with a door that locks, free after 5.",
    ),
    (
        "space",
        "Our food pantry is outgrowing the church closet. We need roughly 1,500 square feet with a loading dock.",
        "I own a former auto parts depot in Sandusky with a roll-up bay door and an empty front half.",
    ),
    (
        "space",
        "We'd like to film short interviews with elders for an oral history archive but have nowhere quiet.",
        "The Carnegie library in Yankton has a recording booth with lights and a backdrop, bookable in two-hour blocks.",
    ),
    (
        "space",
        "Need a place where rural kids can do homework with internet after school, ideally near the bus line.",
        "Our hardware co-op in Tonopah has a back room with fiber, six desks, and the district shuttle stops out front.",
    ),
    (
        "space",
        "Can anyone host a candidate forum for the school board race? Expecting around 150 people.",
        "Chillicothe High's auditorium seats 400 and the district lends it to civic groups for the custodian's overtime.",
    ),
    (
        "space",
        "We need ground for a community garden on the south side, even a vacant lot would work.",
        "The land bank holds forty cleared parcels near Pullman Avenue and leases them for a dollar a year.",
    ),
    (
        "space",
        "Our artists' collective needs studio space we can afford — the rents downtown went up 40%.",
        "I have the second floor of an old textile mill in Lowell: high ceilings, big windows, $200 a month per bay.",
    ),
    (
        "space",
        "Looking for a building where a tribal language class can meet three nights a week this fall.",
        "The community college satellite campus in Pawhuska has classrooms open evenings and already partners with the Osage Nation.",
    ),
    (
        "space",
        "We need a room with a projector for a six-week financial literacy course for single moms.",
        "Our bank's training suite in Moline has a screen, a laptop hookup, and a playroom next door for little ones.",
    ),
    (
        "space",
        "Where could we stage a free clinic day for uninsured farmworkers during harvest season?",
        "The migrant education center in Immokalee has exam-ready rooms, a waiting area, and is closed on Sundays.",
    ),
    (
        "space",
        "Anyone know of a cheap place to warehouse donated furniture for families leaving shelters?",
        "My self-storage facility in Gallup has three 10x30 units I can give at no charge through spring.",
    ),
    (
        "space",
        "We need somewhere for a weekly recovery meeting that isn't a bar or a church. People feel judged.",
        "The climbing gym on Elm in Burlington closes Mondays at 7, and the mezzanine lounge has couches and coffee.",
    ),
    (
        "space",
        "Looking to rent a hall for a quinceañera-style celebration honoring foster youth aging out of care.",
        "The VFW ballroom in Laredo has a dance floor, a stage, and a kitchen; we waive fees for nonprofits once a year.",
    ),
    (
        "space",
        "We need a secure room to count ballots during a union election next month.",
        "The county clerk's conference suite in Bay City has a locking door, cameras, and is available for observed tallies.",
    ),
    (
        "space",
        "Our cooperative needs a place to dry and cure hemp — about 2,000 square feet with airflow.",
        "I farm near Paonia and my old tobacco barn has slatted walls and a loft, empty since 2019.",
    ),
    (
        "space",
        "We need a place to hold a one-day disaster preparedness fair with booths and parking for 300 cars.",
        "The Walmart lot and garden center in Lake Charles can be closed off on a Saturday morning for community events.",
    ),
    (
        "space",
        "Can anyone host a pop-up polling-place training for 40 volunteer poll workers?",
        "Our Rotary club meets at the Elks lodge in Bend, and the lodge loans its back hall free to civic groups.",
    ),
    (
        "space",
        "I'm organizing a chess club for kids in public housing and need somewhere indoors on Saturdays.",
        "The management office at Riverside Homes has a rec room with tables that sits locked all weekend.",
    ),
    (
        "space",
        "Our theater troupe needs rehearsal space with a sprung floor for eight weeks.",
        "The dance academy in Asheville has a studio with a Marley surface open weeknights after 8.",
    ),
    (
        "space",
        "We need a spot to set up an overnight warming center during the cold snap next week.",
        "My church in Fargo has a gymnasium with showers and we've already cleared it with the fire marshal for sleeping.",
    ),
    (
        "space",
        "Looking for a temporary home for our small nonprofit while the office is repaired after the fire.",
        "Our coworking hub in Boise has four open desks and a meeting room; you'd be welcome rent-free for three months.",
    ),
    (
        "space",
        "We want to hold a seed swap and need a venue near the farmers market in early March.",
        "The county extension office on Courthouse Square has a lobby and classroom a block from the Saturday stalls.",
    ),
    (
        "space",
        "Need a place where a group of Afghan women can cook and sell meals legally.",
        "Our synagogue in Albany has a certified kosher-style kitchen we rent out by the shift for $25.",
    ),
    (
        "space",
        "Buscamos un salón para reunir a unas cien familias este fin de semana y hablar sobre la nueva ley de inmigración.",
        "La parroquia San Judas en Pasco tiene un auditorio con capacidad para 120 personas y lo presta gratis los domingos por la tarde.",
    ),
    (
        "space",
        "Necesitamos un local donde guardar las sillas y mesas de la feria hasta el próximo año.",
        "Tengo una bodega vacía detrás de mi taller mecánico en Hidalgo, con candado, y no la uso desde marzo.",
    ),
    (
        "space",
        "¿Alguien sabe de un espacio donde un grupo de jóvenes pueda ensayar danza folclórica dos noches a la semana?",
        "El centro comunitario de Pilsen tiene un estudio con espejos y piso de madera libre los martes y jueves después de las siete.",
    ),
    (
        "space",
        "Buscamos oficina pequeña para atender a trabajadores agrícolas que necesitan ayuda con sus papeles.",
        "Nuestra cooperativa en Salinas tiene un cuarto privado con escritorio e internet que casi nadie ocupa por las mañanas.",
    ),
    (
        "space",
        "We need a field where a youth soccer league can practice; the city parks are fully booked.",
        "Our dairy's back pasture outside Turlock is mowed flat, about three acres, and the kids could use it evenings.",
    ),
    (
        "space",
        "Looking for a place where a dozen nurses can hold a private strategy session before contract talks.",
        "The carpenters' union hall in Duluth has a small boardroom we'd lend to fellow workers, no questions asked.",
    ),
    (
        "space",
        "We need a loading area and cold storage for a weekly produce distribution from regional growers.",
        "Our brewery in Missoula has a walk-in cooler half empty and a dock out back that's quiet on Wednesdays.",
    ),
    (
        "space",
        "We're hosting a regional summit on rural broadband and need a venue for about 250 attendees plus breakout rooms.",
        "The 4-H conference center in Stillwater has a main ballroom for 300 and six smaller classrooms off the lobby.",
    ),
    (
        "space",
        "Is there a quiet spot where survivors of domestic violence could meet an advocate without being seen walking in?",
        "Our pediatric dental practice in Kalispell has a side entrance and an unused consult office; nobody questions who comes through.",
    ),
    (
        "space",
        "Our mobile library bus needs a covered place to sit out the winter so the pipes don't freeze.",
        "I run a heated equipment barn near Cedar Falls and could fit a 40-foot coach inside from November to March.",
    ),
    (
        "space",
        "Looking for a hall where a Hmong New Year celebration can happen — dancing, food stalls, about 500 guests.",
        "The Minnesota State Fair's Warner Coliseum rents by the day and has hosted ball-tossing games and stages before.",
    ),
    (
        "space",
        "We need a few desks for AmeriCorps members who are placed with us but we literally have no office.",
        "Our architecture firm in Roanoke has five empty workstations since going hybrid, with monitors and a printer.",
    ),
    (
        "space",
        "Anyone know of land where a tribe could build a sweat lodge and hold ceremonies privately?",
        "My family owns 60 wooded acres along the Flambeau River, no houses nearby, and would welcome a long-term arrangement.",
    ),
    (
        "space",
        "Our robotics team needs a workshop with 220-volt outlets and room for a practice field.",
        "The shuttered Ace hardware in Marquette still has its wiring for the paint mixer and an open back floor of 3,000 square feet.",
    ),
    (
        "space",
        "We need a sanctuary-like place for a candlelight vigil after the shooting, indoors in case of rain.",
        "The Unitarian meetinghouse in Uvalde opens its doors for grief gatherings; pews hold 220 and the lights dim.",
    ),
    (
        "space",
        "Where can a dozen small farmers store bulk grain they bought together?",
        "The old co-op elevator in Hettinger has two bins unused since the merger, each holding about 8,000 bushels.",
    ),
    (
        "space",
        "Looking for a spot to run an evening ESL class for parents, ideally with childcare next door.",
        "Lincoln Elementary in Nampa keeps its library and the gym open Monday nights for family programs.",
    ),
    (
        "space",
        "We need a shared workspace where returning citizens can do job applications and print resumes.",
        "The public defender's lobby annex in Camden has four computers and a printer nobody uses after 3pm.",
    ),
    (
        "space",
        "Our choir needs a rehearsal spot with a piano, Wednesdays from 7 to 9.",
        "First Baptist in Macon has a Steinway in its chapel and the janitor's there until ten midweek.",
    ),
    (
        "space",
        "Looking for a parking lot where food trucks can gather Friday nights to draw people downtown.",
        "Our bank's drive-through apron on Broad Street in Rome, Georgia, is empty after 6 and we'd love the foot traffic.",
    ),
    (
        "space",
        "We need somewhere to hold a naturalization ceremony celebration right after the court swearing-in.",
        "The federal building's atrium in El Paso is across the plaza from the courthouse and open to events with a permit.",
    ),
    (
        "space",
        "Our mutual aid group needs a fridge location that's accessible 24/7 on the east side.",
        "The laundromat I own on Hastings Avenue never closes and has an outlet by the front window.",
    ),
    (
        "space",
        "Anyone have somewhere big enough for a blood drive? The Red Cross brings 20 donor beds.",
        "The Moose lodge in Kingman has a dining hall of about 1,800 square feet with level floors and ample outlets.",
    ),
    (
        "space",
        "We're trying to open a drop-in center for LGBTQ teens in a small town. Nowhere will rent to us.",
        "I own a former insurance office on Oak Street in Hays and I'm glad to lease it to you at cost.",
    ),
    (
        "space",
        "Looking for an overnight location for a lock-in with 80 middle schoolers after graduation.",
        "The YMCA in Muncie runs all-night events with the pool, gym, and climbing wall; staff stay on site.",
    ),
    (
        "space",
        "We need a space to train 30 people in CPR and first aid, with space to kneel beside mannequins.",
        "Our fire station in Stevens Point has a bay we clear of engines for classes, concrete floor, plenty of mats.",
    ),
    (
        "space",
        "Looking for a summer site for a day camp — shade, a field, and restrooms for 60 kids.",
        "The Methodist campground outside Ocean Grove has pavilions, a ballfield, and a bathhouse, empty weekdays in July.",
    ),
    (
        "space",
        "Our watershed council needs a place to meet that's actually near the creek we're restoring.",
        "The nature preserve's visitor cabin sits right on Mill Brook and the ranger lends it for conservation groups.",
    ),
    (
        "space",
        "We need a stage and seating for a free Shakespeare-in-the-park show, but the park said no.",
        "The amphitheater behind Pioneer Middle in Walla Walla holds 400 on grass terraces and is unused all summer.",
    ),
    (
        "space",
        "Where could we put a seasonal bike repair shop for kids in the neighborhood?",
        "I run a corner gas station in South Bend and the old service bay has a lift, a compressor, and a roll-up door.",
    ),
    (
        "space",
        "We're a new mosque congregation and need somewhere for jumu'ah prayers each week until we find a building.",
        "The Catholic school gym in Dearborn Heights is free at midday Fridays and the principal is eager to share.",
    ),
    (
        "space",
        "Looking for a temporary site where 40 storm-displaced families can live in RVs for a few months.",
        "Our Baptist retreat in Hazard has 50 pads with water and sewer hookups, open since the flooding.",
    ),
    (
        "space",
        "We need a spot for a weekly pop-up vaccine clinic in a neighborhood with no pharmacy.",
        "The corner bodega on Fulton has a back room with a sink and the owner wants his block healthier.",
    ),
    (
        "space",
        "Need a quiet room where an interpreter can take video calls with deaf clients all day.",
        "Our law office in Olathe has a soundproofed deposition suite available Tuesdays through Thursdays.",
    ),
    (
        "space",
        "Looking for a venue for an election-night watch party that's neutral, not tied to any campaign.",
        "The civic center in Ames lends its lobby to the League of Women Voters every November, big screens included.",
    ),
    (
        "space",
        "Our tool library has outgrown the shed; looking for a garage-sized space with shelving.",
        "A two-car bay at the old fire station on Cherry Lane in Ithaca is empty and already has pegboards on every wall.",
    ),
    (
        "space",
        "We need land to pasture a handful of rescued horses used in equine therapy for veterans.",
        "My ranch near Weatherford has 40 fenced acres and a barn with six empty stalls.",
    ),
    (
        "space",
        "Buscamos un lugar donde las madres puedan tomar clases de inglés mientras sus hijos juegan.",
        "La biblioteca de Santa Ana tiene un aula junto a la sala infantil, disponible los sábados en la mañana.",
    ),
    (
        "space",
        "¿Hay alguna cocina certificada que podamos rentar para hacer tamales y venderlos en el mercado?",
        "Nuestro restaurante en Fresno cierra los lunes y prestamos las estufas y el refrigerador a emprendedoras del barrio.",
    ),
    (
        "space",
        "Necesitamos un terreno para sembrar maíz y frijol con las familias recién llegadas de Guatemala.",
        "Tengo dos acres en las afueras de Yakima con riego por goteo y nadie los está cultivando.",
    ),
    (
        "space",
        "Buscamos dónde celebrar una misa y convivio para los trabajadores de la lechería.",
        "La iglesia de Nuestra Señora en Twin Falls tiene capilla y patio techado; el padre Manuel está encantado de recibirlos.",
    ),
    (
        "space",
        "We need an office for a local newspaper that just lost its lease; reporters are working from cars.",
        "The Chamber building on Main in Ely has two empty rooms upstairs with phone lines and a conference table.",
    ),
    (
        "space",
        "Looking for a big open room where we can lay out a 40-foot memorial banner for stitching.",
        "The roller rink in Paducah is closed Mondays and the whole maple floor is yours for the day.",
    ),
    (
        "space",
        "Is there anywhere a homeless outreach team could shower and change between shifts?",
        "Our gym in Eugene has a locker room we could give your staff keycards to after 9pm.",
    ),
    (
        "space",
        "We need a small stage and a mic for an open mic night for teen poets.",
        "The coffeehouse on Second Avenue in Spokane has a riser, a PA, and nobody's booked Thursdays.",
    ),
    (
        "space",
        "Looking for a spot to host a job fair where 30 employers can set up tables.",
        "The convention hall at the Holiday Inn in Beckley fits 40 exhibitor booths and they discount for workforce boards.",
    ),
    (
        "space",
        "We need to hold trainings for precinct election judges and the courthouse is under renovation.",
        "The county library in Elkhart has a 70-seat auditorium with a projector, bookable weeks ahead.",
    ),
    (
        "space",
        "We need a darkroom for a photography program with incarcerated youth once they're released.",
        "The art department at Kutztown still keeps its chemical developing lab and the chair lends it to outside groups.",
    ),
    (
        "space",
        "Our literacy nonprofit needs a storefront on a bus line so adult learners can drop in.",
        "I lease out a narrow retail unit on Grand River Avenue in Detroit, right at the Route 16 stop, currently vacant.",
    ),
    (
        "space",
        "Where can a support circle for widowed farmers meet that feels comfortable and not clinical?",
        "The Farm Bureau office in Mitchell has a kitchen table room with a coffee pot, and the manager's own dad was one of them.",
    ),
    (
        "space",
        "We need storage for 5,000 sandbags ahead of the spring flood season.",
        "The highway department yard in Cairo, Illinois, has a covered salt shed that's half empty once winter's over.",
    ),
    (
        "space",
        "Looking for a podcast booth where teens can record a show about mental health.",
        "The Boys & Girls Club in Yuma just built a media lab with two microphones, acoustic foam, and editing laptops.",
    ),
    (
        "space",
        "We'd like to hold a citizenship test prep class in a place immigrants already trust.",
        "The Vietnamese Buddhist temple in Garden Grove opens its study hall weekday evenings and the monks love the idea.",
    ),
    (
        "space",
        "Our food co-op needs a temporary retail location while the building gets a new roof.",
        "The former Radio Shack in the Kenwood strip plaza in Marion is empty, already has shelving and a register counter.",
    ),
    (
        "space",
        "Looking for a large lawn for a Juneteenth festival with vendors and a stage.",
        "The historic Black college campus in Tougaloo has a quad that fits 2,000 and the president offers it each June.",
    ),
    (
        "space",
        "We need a private place for families to meet with a grief counselor after the mine accident.",
        "Our funeral home in Beckley has three family parlors with soft chairs and doors, open to anyone, no charge.",
    ),
    (
        "space",
        "Is there a gym we could borrow for a wheelchair basketball league on Sunday afternoons?",
        "The community college in Joliet has an accessible fieldhouse with ramped entrances that sits dark on weekends.",
    ),
    (
        "space",
        "Anyone have a room to host a monthly community dinner for 100 people in a food desert?",
        "The Masonic temple in Gary has a banquet floor with round tables for 120 and a full catering galley.",
    ),
    (
        "space",
        "We need a secure site to store voting machines for a small township between elections.",
        "Our bank has an alarmed vault annex in Baraboo with a camera system and logs of everyone who enters.",
    ),
    (
        "space",
        "Looking for somewhere to run a weekend maker camp with 3D printers for rural girls.",
        "The extension office in Ely has a STEM classroom wired for electronics and it's free Saturdays.",
    ),
    (
        "space",
        "Our disability advocacy group needs a meeting spot that is truly accessible — ramps, wide doors, ADA restroom.",
        "The new Kroger community room in Lexington was built last year to code with automatic entrances and a roll-in bathroom.",
    ),
    (
        "space",
        "We need a large freezer somewhere to hold donated venison for the pantry through winter.",
        "I run a meat locker in Spearfish and have a walk-in with about 400 cubic feet empty most of the season.",
    ),
    (
        "space",
        "Looking for a place where asylum-seeking families can sleep for a few nights while they wait for sponsors.",
        "Our Mennonite church in Hesston has Sunday school rooms with cots stored from a previous hosting, plus showers.",
    ),
    (
        "space",
        "We'd like to run a weekly youth basketball night but every court in town is booked.",
        "The National Guard armory in Chickasha has a drill floor with hoops and the sergeant wants it used more.",
    ),
    (
        "space",
        "Need an office where a small-business counselor can meet clients in a rural county.",
        "Our township hall in Hillsdale has a side room with Wi-Fi and a locking file cabinet, available weekdays.",
    ),
    (
        "space",
        "We're looking for a location to host a regional powwow — dance grounds, camping, and parking.",
        "The county fairgrounds in Rapid City has a dirt arena, 200 tent pads, and a gravel lot for 1,000 vehicles.",
    ),
    (
        "space",
        "Our nonprofit needs a safe place to keep confidential case files.",
        "The title company I own in Cheyenne has a fireproof records vault with extra shelves and restricted entry.",
    ),
    (
        "space",
        "We need a greenhouse to start seedlings for 30 school gardens.",
        "My nursery in Bozeman has a heated polytunnel with bench space empty from January to April.",
    ),
    (
        "space",
        "Looking for somewhere to hold an art exhibit by kids in foster care for a month.",
        "The lobby gallery at the Regional Medical Center in Tupelo rotates shows and its March slot is open.",
    ),
    (
        "space",
        "We need a space for a health screening event for truck drivers near the interstate.",
        "The Pilot travel plaza at exit 52 in Effingham has a lounge for long-haul customers and a paved side lot we can rope off.",
    ),
    (
        "space",
        "Our labor history walking tour needs a starting point where 40 people can gather indoors if it rains.",
        "The Steelworkers Local 1010 hall in East Chicago opens its lobby for visitors and has restrooms.",
    ),
    (
        "space",
        "Is there anywhere to host a debate between city council candidates that isn't tied to either party?",
        "The public access TV studio in Bellingham has a set with three podiums, seating for 60, and a live feed.",
    ),
    (
        "space",
        "We need a dock or marina slip where our youth sailing program can keep two boats.",
        "The yacht club in Sandusky has four vacant moorings this season and wants more kids on the water.",
    ),
    (
        "space",
        "Looking for a barn or shed where we can repair donated bicycles for refugee kids.",
        "I have a pole building in Grand Island with workbenches and lights, and I'd leave the door code with you.",
    ),
    (
        "space",
        "We need an office near the courthouse for a tenant defense attorney to meet clients before hearings.",
        "My accounting firm is across from the Hamilton County Justice Center and has a spare private room with a table.",
    ),
    (
        "space",
        "Looking for a cool, dark spot for a mushroom-growing project run by veterans.",
        "The abandoned railroad tunnel beneath our property in Bellefonte stays 55 degrees all year and is dry.",
    ),
    (
        "space",
        "We need a pavilion or covered area for a free health fair in August.",
        "The fire hall grounds in Lititz have a roofed picnic shelter with electric and 20 tables.",
    ),
    (
        "space",
        "Our seniors' tai chi group lost its room at the rec center. Anyone have a spot mornings?",
        "The ballroom at the Elks in Prescott is empty before 11am every weekday and has a wood floor.",
    ),
    (
        "space",
        "We need a few hundred square feet for a community radio station's transmitter and booth.",
        "My grain elevator office in Scottsbluff sits on the highest point in town and has a spare room with power.",
    ),
    (
        "space",
        "Looking for somewhere a small theater company can store sets and costumes.",
        "The shuttered Kmart in Pueblo leases its back stockroom for $150 a month, dry and lockable.",
    ),
    (
        "space",
        "Necesitamos un lugar para hacer una posada navideña con unas 200 personas de la comunidad.",
        "El salón de eventos La Herradura en Dalton presta su local en diciembre a grupos sin fines de lucro, con cocina y escenario.",
    ),
    (
        "space",
        "¿Alguien tiene una oficina donde podamos atender a víctimas de robo de salario en las tardes?",
        "Nuestro sindicato en Houston tiene dos cubículos con computadora libres de lunes a jueves después de las cuatro.",
    ),
    (
        "space",
        "Buscamos espacio para que los jornaleros esperen trabajo sin que la policía los corra de la esquina.",
        "Soy dueño del estacionamiento junto a la ferretería en Brentwood y puedo poner un toldo y bancas para ellos.",
    ),
    (
        "space",
        "We need a meeting room in a town of 800 where there's no library, no school, and no church hall.",
        "The volunteer fire department in Kim, Colorado, has a day lounge with a coffee maker and folding tables for 40.",
    ),
    (
        "space",
        "Looking for a dedicated spot to teach senior citizens how to use smartphones.",
        "The Verizon store in Greenwood has a demo counter and slow Tuesday mornings; the manager offered it for classes.",
    ),
    (
        "space",
        "Our housing coalition needs a central place for monthly meetings that rotates less than our current chaos.",
        "The county commissioners' chambers in Missoula are free the second Thursday evening and are right by the transit hub.",
    ),
    (
        "space",
        "We need temporary space to sort and bag backpacks of school supplies for 2,000 kids.",
        "The bowling alley in Kokomo closes for lane resurfacing in early August and has a huge carpeted concourse.",
    ),
    (
        "space",
        "We need a place to host a naloxone training for bartenders at an hour when they're off work.",
        "The brewpub I co-own in Huntington is closed Mondays and the taproom seats 50 around long benches.",
    ),
    (
        "space",
        "Looking for an empty lot where we could put up a temporary skate park made of donated ramps.",
        "The city owns a paved former tennis court on Birch Street in Laramie that's been padlocked for years.",
    ),
    (
        "space",
        "Our watershed cleanup crew needs somewhere to rinse waders and dry gear after each weekend.",
        "I have a detached garage with a floor drain and a hose bib two blocks from the Kinnickinnic trailhead.",
    ),
    (
        "space",
        "We need a workspace for a small team running a statewide census outreach push for four months.",
        "The university's economic development office in Morgantown has a suite of six cubicles idle until the fall semester.",
    ),
    (
        "space",
        "Anyone know a venue for a reentry resource fair inside the town where most parolees actually live?",
        "The Baptist church on Dixie Highway in Louisville's West End has a fellowship hall and already hosts probation check-ins.",
    ),
    (
        "space",
        "We want to open a cooling center during heat waves for elderly residents without air conditioning.",
        "Our movie theater in Yuma runs AC all day and the two smaller auditoriums sit empty before 4pm.",
    ),
    (
        "space",
        "We need a commissary where a new Ethiopian injera business can prep under a health permit.",
        "The shared-use culinary incubator in Pharr rents licensed stations by the hour to first-time vendors.",
    ),
    (
        "space",
        "Looking for a room with soft lighting for a postpartum moms' support group.",
        "The birthing center in Decorah has a lounge with rocking chairs and lamps, free after 6pm.",
    ),
    (
        "space",
        "We'd love somewhere for an intergenerational knitting circle, ideally where older folks already are.",
        "The Sunrise assisted-living home in Ottumwa has a sunporch residents use every afternoon and welcomes visitors.",
    ),
    (
        "space",
        "Our after-school program lost its church basement. Need a spot for 25 kids from 3 to 6.",
        "The public library branch on Clinton Avenue in Rochester has a teen annex unused during those hours.",
    ),
    (
        "space",
        "Looking for acreage where a tribal youth program can teach traditional horsemanship.",
        "My cousin's allotment on the Crow reservation near Lodge Grass has corrals, a round pen, and 120 acres of grass.",
    ),
    (
        "space",
        "We need space to host a week-long summer coding bootcamp with reliable Wi-Fi for 40 students.",
        "The regional hospital's training center in Kearney has gigabit fiber, forty laptops, and is empty in July.",
    ),
    (
        "space",
        "Is there anywhere a traveling exhibit on the 1921 Tulsa massacre could be displayed for two months?",
        "The Carver museum in Austin has a 1,500-square-foot temporary gallery with climate control and security.",
    ),
    (
        "space",
        "Our mutual aid network needs a hub to sort diapers, formula, and hygiene kits.",
        "I own a flower shop in Waco whose back room and coolers sit mostly idle outside Valentine's and Mother's Day.",
    ),
    (
        "space",
        "We need an office with a ground-floor entrance for clients who use walkers.",
        "The insurance agency on Lee Highway in Chattanooga has a street-level suite with no steps, vacant since April.",
    ),
    (
        "space",
        "Looking for farmland where new farmers can lease small plots for three to five years.",
        "The land trust in Hudson Valley holds 90 acres of prime soil near Kinderhook set aside for incubator leases.",
    ),
    (
        "space",
        "We need a hall to hold a wake for a community elder. Expecting over 300 people.",
        "The tribal gymnasium in Pine Ridge is opened for funerals and can seat 400 on bleachers and chairs.",
    ),
    (
        "space",
        "Where could an improv group for people with dementia and their caregivers meet weekly?",
        "The senior center in Flagstaff has a multipurpose hall with a small stage that's open Wednesday mornings.",
    ),
    (
        "space",
        "We need short-term housing for visiting nurses coming to staff a rural clinic for the summer.",
        "Our church in Ekalaka owns a furnished parsonage with three bedrooms sitting empty since the pastor retired.",
    ),
    (
        "space",
        "Our river festival needs a place to pitch a beer garden and stage by the water.",
        "The marina in Dubuque has a grassy point with electrical pedestals and permits for amplified music.",
    ),
    (
        "space",
        "We're restarting a Scout troop in a small town and need a regular meeting spot on Monday nights.",
        "The Odd Fellows lodge in Carrollton has a downstairs hall with a flagpole and nobody using it weekdays.",
    ),
    (
        "space",
        "Looking for a recording studio for a gospel choir to make an album to raise money.",
        "Blue Door Sound in Clarksdale is a 24-track room that takes church groups at half rate on weekday mornings.",
    ),
    (
        "space",
        "Need a site for a community compost operation that won't bother neighbors.",
        "The county landfill in Athens, Ohio, has a five-acre buffer strip zoned for organics that's currently unused.",
    ),
    (
        "space",
        "We need a neutral spot for mediation sessions between landlords and tenants.",
        "The dispute resolution center shares a building with the bar association in Tacoma; its small conference suites are free.",
    ),
    (
        "space",
        "Looking for somewhere a grassroots election protection hotline can set up phone banks for a day.",
        "The call center I manage in Duluth has 30 headsets and stations idle on the first Tuesday of November.",
    ),
    (
        "space",
        "Our beekeeping club needs a spot for 20 hives away from houses.",
        "I farm alfalfa outside Brush and the far corner by the windbreak would suit bees fine.",
    ),
    (
        "space",
        "We need a hall big enough for a townwide potluck after the tornado rebuild.",
        "The sale barn in Greensburg hosts auctions on Thursdays and otherwise the arena seats 600 around the ring.",
    ),
    (
        "space",
        "Is there a warm place open overnight where people sleeping in cars could use restrooms?",
        "The 24-hour truck stop in Pendleton lets our outreach team guide folks to its showers and lounge after midnight.",
    ),
    (
        "space",
        "We need a small classroom for a GED program inside the jail's reentry wing.",
        "The sheriff in Muskogee has a vacant visitation suite with tables and a whiteboard he'd convert for education.",
    ),
    (
        "space",
        "Looking for a barn for a contra dance series, ideally with a good wooden floor.",
        "The Grange hall in Montpelier has sprung maple boards and a stage for the band.",
    ),
    (
        "space",
        "Our refugee resettlement office needs a furnished apartment for a family arriving Friday.",
        "I have a two-bedroom rental in Bowling Green between tenants, with beds and dishes, through the end of the month.",
    ),
    (
        "space",
        "We need a spot to host a hackathon on open data for city budgets.",
        "The coworking floor at the Innovation Depot in Birmingham runs around the clock for sponsored events.",
    ),
    (
        "space",
        "Looking for a quiet study hall for first-generation college students during finals week.",
        "The Catholic Newman Center near campus in Lawrence keeps its upstairs lounge and chapel annex open till 2am.",
    ),
    (
        "space",
        "We need a display window downtown to show art made by people experiencing homelessness.",
        "My empty storefront on Market Street in Chattanooga has a big plate-glass front facing the bus stop.",
    ),
    (
        "space",
        "Anyone have a room with a big screen for a public viewing of the state supreme court arguments?",
        "The Rialto cinema in Raton lends its auditorium midday and can stream any feed to its projector.",
    ),
    (
        "space",
        "Necesitamos un lugar para un taller de derechos del inquilino con unas 50 personas el jueves en la noche.",
        "El club de leones de Santa María tiene un salón con sillas y proyector que casi nunca se usa entre semana.",
    ),
    (
        "space",
        "Buscamos dónde guardar las carpas y hieleras del festival del Día de los Muertos.",
        "Mi cuñado tiene una troca y una bodega techada en Pharr; dice que caben varios toldos sin problema.",
    ),
    (
        "space",
        "¿Saben de algún espacio para que las trabajadoras domésticas se reúnan los domingos?",
        "La capilla de San Martín de Porres en Queens abre su sótano después de la misa del mediodía, con café y sillas.",
    ),
    (
        "space",
        "Necesitamos un campo para que los niños del equipo de fútbol entrenen entre semana.",
        "Mi rancho a las afueras de Dodge City tiene un potrero parejo de dos hectáreas, recién podado, cerca de la carretera.",
    ),
    (
        "space",
        "Buscamos un lugar donde los jornaleros puedan llenar en línea sus solicitudes de licencia de manejo.",
        "El consulado móvil dejó libre su local en la plaza de Riverside; tiene escritorios, internet y cuatro computadoras.",
    ),
    (
        "funding",
        "Our volunteer fire department can't afford new turnout gear and the old coats are cracking.",
        "The rural electric co-op in Kiowa County awards up to $15,000 a year for first-responder equipment.",
    ),
    (
        "funding",
        "We want to buy a used van to drive seniors to dialysis but don't have the down payment.",
        "Our community foundation in Elkhart offers zero-interest loans to nonprofits for vehicles, repaid over five years.",
    ),
    (
        "funding",
        "Our library wants to lend hotspots to families without home internet. How do we pay for them?",
        "The state broadband office reimburses libraries for wireless devices loaned to patrons, roughly $300 per unit.",
    ),
    (
        "funding",
        "I'd like to pay formerly incarcerated peer mentors instead of asking them to work for free.",
        "My family's donor-advised account supports stipends for justice-involved people doing outreach, about $6,000 per person.",
    ),
    (
        "funding",
        "We have a chance at a federal award but it requires a 25% local match we don't have.",
        "The county commissioners keep a reserve specifically to cover cost-share requirements for township projects.",
    ),
    (
        "funding",
        "Our tiny theater needs about $8,000 to get through the season after ticket sales collapsed.",
        "The regional arts council runs an emergency operating relief program for small stages, rolling deadlines.",
    ),
    (
        "funding",
        "Looking for sponsors for a free 5K that raises awareness of veteran suicide.",
        "Our Ford dealership in Abilene underwrites two community races a year and covers shirts and timing chips.",
    ),
    (
        "funding",
        "We need to replace a failing septic system at our church camp before summer.",
        "USDA Rural Development has low-interest financing for water and wastewater upgrades in towns under 10,000.",
    ),
    (
        "funding",
        "How can a small-town diner owner cover payroll while the highway bypass construction kills traffic?",
        "Our credit union in Brainerd makes bridge loans up to $25,000 to Main Street businesses hurt by road projects.",
    ),
    (
        "funding",
        "We want to hire a part-time nurse for the school but the district budget is frozen.",
        "The hospital system's community benefit office in Sioux Falls pays salaries for health aides placed in nearby classrooms.",
    ),
    (
        "funding",
        "Our tenants' union needs to pay a lawyer to challenge illegal evictions.",
        "The bar foundation in Cleveland awards $50,000 yearly to groups fighting housing displacement in court.",
    ),
    (
        "funding",
        "Is there any way to cover the cost of translating our voter guides into Somali and Oromo?",
        "The civic engagement fund at the Minneapolis Foundation underwrites multilingual nonpartisan election materials.",
    ),
    (
        "funding",
        "We'd like to give cash to flood survivors directly rather than vouchers. Who backs that?",
        "Our giving circle of 40 women in Baton Rouge pools $20,000 each spring for no-strings disaster relief payments.",
    ),
    (
        "funding",
        "Our farmers market wants to double what SNAP shoppers can spend but can't cover it.",
        "The state health department pays for produce-voucher matches at growers' stalls, up to $10 per customer per visit.",
    ),
    (
        "funding",
        "We need seed money to start a worker-owned cleaning cooperative.",
        "The Madison loan fund for employee-run enterprises lends startup capital at 3%.",
    ),
    (
        "funding",
        "Our rural clinic needs a portable ultrasound but the price is $30,000.",
        "The Rotary district in western Kansas picks one medical equipment purchase each year and covers it in full.",
    ),
    (
        "funding",
        "Looking for help paying teen lifeguards so the public pool can open this summer.",
        "The parks foundation in Tulsa underwrites seasonal youth wages so city aquatic centers keep their hours.",
    ),
    (
        "funding",
        "We're an all-volunteer group and need about $2,000 for insurance so we can host events.",
        "Our Kiwanis club hands out micro-awards up to $2,500 to grassroots clubs for operating costs, decided monthly.",
    ),
    (
        "funding",
        "How do tribal governments pay for elder food boxes when commodity deliveries get delayed?",
        "The Native American Agriculture Fund supports Native nutrition and farming efforts with awards from $50,000 to $250,000.",
    ),
    (
        "funding",
        "Our museum needs to digitize 10,000 fragile photographs before they deteriorate.",
        "The state humanities council's preservation program pays for scanning and archival storage of local collections.",
    ),
    (
        "funding",
        "We want to offer free childcare during our evening community meetings so parents can come.",
        "My company's employee giving committee covers babysitter costs for civic events, up to $500 per gathering.",
    ),
    (
        "funding",
        "Is anyone underwriting solar panels for low-income homeowners in the Appalachian coal counties?",
        "The Energy Communities program at the state energy office pays for rooftop arrays on houses in former mining areas.",
    ),
    (
        "funding",
        "We lost our biggest donor and can't make rent on the food bank warehouse next quarter.",
        "The United Way in Toledo has an emergency bridge pool that covers up to three months of facility costs.",
    ),
    (
        "funding",
        "Looking to pay community health workers who speak Marshallese for a vaccine campaign.",
        "The Arkansas minority outreach initiative reimburses hourly wages for staff fluent in Pacific Island languages.",
    ),
    (
        "funding",
        "Our students got into the national robotics championship but can't afford the trip.",
        "The engineering firm where I work sponsors STEM travel, covering airfare and hotel for up to 12 kids.",
    ),
    (
        "funding",
        "We'd like to give small business owners forgivable loans after the wildfire burned Main Street.",
        "The state economic development agency has a recovery pool that converts to free capital if firms reopen within a year.",
    ),
    (
        "funding",
        "We need money to run a nonpartisan debate series for the county judge race.",
        "The local newspaper publisher covers production costs for candidate forums as part of its civic mission.",
    ),
    (
        "funding",
        "Our tutoring program wants to pay college students rather than rely on volunteers.",
        "The Federal Work-Study community service allotment at Ball State covers 75% of wages for off-campus academic coaches.",
    ),
    (
        "funding",
        "We need a sponsor for a Pride picnic in a conservative small town.",
        "My bakery in Cody pays for the tent rental and cake for any inclusive community gathering in the valley.",
    ),
    (
        "funding",
        "Looking for support to repair a historic Black cemetery that's been neglected for decades.",
        "The African American Civil Rights Grant Program at the National Park Service pays for preservation of burial grounds.",
    ),
    (
        "funding",
        "We want to hire a grant writer but can't pay one until we win something.",
        "Our capacity-building fund in Richmond covers a consultant's first six months of fees for small nonprofits.",
    ),
    (
        "funding",
        "Our county needs to upgrade emergency sirens after they failed during the last tornado.",
        "FEMA's Hazard Mitigation program reimburses 75% of outdoor warning system upgrades after a declared disaster.",
    ),
    (
        "funding",
        "We're a Black-owned farm trying to buy the land we've leased for 20 years.",
        "The Federation of Southern Cooperatives' revolving fund finances acreage purchases for heirs and long-term tenants.",
    ),
    (
        "funding",
        "How do we cover the costs of a mobile dental unit visiting migrant camps?",
        "The oral health foundation in Boise awards up to $100,000 for tooth-care access in farmworker areas.",
    ),
    (
        "funding",
        "Necesitamos dinero para pagar a maestras que den clases de inglés a padres de familia por las noches.",
        "La fundación comunitaria de Yakima otorga becas de hasta $10,000 para programas de educación para adultos.",
    ),
    (
        "funding",
        "¿Alguien sabe cómo conseguir apoyo económico para abrir una panadería con otras mujeres del barrio?",
        "Nuestra cooperativa de crédito en Los Ángeles presta hasta $15,000 a emprendedoras sin historial, con tasa baja.",
    ),
    (
        "funding",
        "Queremos ayudar a las familias a pagar la renta después de que cerró la planta empacadora.",
        "El fondo de emergencia de la diócesis de Dodge City cubre hasta dos meses de alquiler a trabajadores despedidos.",
    ),
    (
        "funding",
        "Buscamos patrocinador para el torneo de fútbol juvenil de verano en el condado.",
        "Mi taquería en Greeley paga uniformes y trofeos para una liga de niños cada año.",
    ),
    (
        "funding",
        "Our scholarship fund for DACA students ran dry this year.",
        "TheDream.US partners with local donors to match dollar-for-dollar awards for Dreamers pursuing degrees.",
    ),
    (
        "funding",
        "We want to run a pilot guaranteed-income program for 50 single parents.",
        "The Economic Security Project backs municipal cash-transfer experiments with matching dollars and evaluation support.",
    ),
    (
        "funding",
        "Our after-school chess club needs about $1,200 for boards, clocks, and tournament entry fees.",
        "The Elks lodge in Bemidji hands out small youth awards each quarter, usually between $500 and $1,500.",
    ),
    (
        "funding",
        "We want to fix up abandoned houses and sell them to first-time buyers, but banks won't lend to us.",
        "Our CDFI in Dayton finances acquisition and rehab for nonprofit developers at below-market rates.",
    ),
    (
        "funding",
        "Can anyone help cover bail for people held pretrial on low-level charges?",
        "The revolving release pool in Atlanta posts bond for neighbors who can't pay and is recruiting partner groups.",
    ),
    (
        "funding",
        "We'd like to pay our youth council members for their time at city hall meetings.",
        "The mayor's office in Long Beach budgets $50 per session honoraria for appointed teen advisers.",
    ),
    (
        "funding",
        "Our rural hospital is about to close its labor and delivery unit. Any lifelines out there?",
        "The state's critical access stabilization program gives bridge dollars to keep obstetric services open in frontier counties.",
    ),
    (
        "funding",
        "We want to put on a free mariachi concert in the park but need to pay the musicians.",
        "The city's cultural affairs department underwrites performer fees for outdoor summer events, up to $4,000.",
    ),
    (
        "funding",
        "Our volunteer ambulance squad needs a new rig; ours has 300,000 miles.",
        "The USDA Community Facilities program pays up to 75% of emergency vehicle purchases for towns under 20,000.",
    ),
    (
        "funding",
        "We need backing to launch a local news site after the county paper shut down.",
        "The Press Forward chapter in Colorado offers startup capital to newsrooms covering places left without reporters.",
    ),
    (
        "funding",
        "How can we cover gas for volunteers driving oncology patients to infusions two hours away?",
        "The American Cancer Society reimburses mileage for rides to chemotherapy in rural service areas.",
    ),
    (
        "funding",
        "We want to build a playground that kids in wheelchairs can actually use.",
        "The Kiwanis inclusive play initiative gives up to $25,000 toward accessible equipment and surfacing.",
    ),
    (
        "funding",
        "Our sheep ranch lost half its flock in the blizzard. Is there any relief?",
        "The Livestock Indemnity Program pays 75% of market value for animals killed by extreme weather.",
    ),
    (
        "funding",
        "We're trying to cover the cost of a mural celebrating the town's Filipino history.",
        "Our paint store in Stockton donates all materials for public wall art and chips in $2,000 for the artist.",
    ),
    (
        "funding",
        "Looking for cash to replace the roof on a 120-year-old synagogue.",
        "The state historic preservation office awards restoration subsidies to landmarked houses of worship.",
    ),
    (
        "funding",
        "We need to pay for interpreters at parent-teacher conferences for Burmese families.",
        "The district's Title III office in Fort Wayne sets aside dollars for language access at family events.",
    ),
    (
        "funding",
        "Our tiny nonprofit needs $5,000 to get a financial audit so larger funders will take us seriously.",
        "My accounting firm's foundation covers a CPA's first independent review of the books for organizations under $500,000 in revenue.",
    ),
    (
        "funding",
        "We want to start a revolving loan pool for fishermen to buy safer boats.",
        "The state's coastal resilience office seeds lending programs for commercial watermen with an initial $500,000.",
    ),
    (
        "funding",
        "Is there anyone who underwrites summer camp fees for kids whose parents are deployed?",
        "Operation Purple covers full tuition at partner sleepaway programs for children of active-duty service members.",
    ),
    (
        "funding",
        "We need money for a feasibility study on turning the old mill into affordable apartments.",
        "The Enterprise predevelopment fund lends up to $100,000 for early planning on housing projects, forgivable if not built.",
    ),
    (
        "funding",
        "Our mosque wants to feed 500 people during Ramadan iftars but the budget is tapped.",
        "The Islamic Relief USA domestic program sponsors community fast-breaking meals across the Midwest.",
    ),
    (
        "funding",
        "We need to buy laptops so adult learners can take the GED online.",
        "The Dollar General Literacy Foundation awards up to $10,000 for devices in high-school-equivalency programs.",
    ),
    (
        "funding",
        "Looking for a business to underwrite our high school's first-ever trip to the state capitol.",
        "Our title insurance company in Pierre pays the charter bus whenever a class visits during the legislative session.",
    ),
    (
        "funding",
        "We want to pay elders to teach the Lakota language to young parents.",
        "The First Nations Development Institute supports stipends for Native speakers passing on their tongue.",
    ),
    (
        "funding",
        "Our women's shelter needs a security system after an abuser broke in.",
        "The state victim services office reimburses safety upgrades at emergency residences, including cameras and locks.",
    ),
    (
        "funding",
        "We'd like to hire a coordinator for our countywide recovery coalition but have no payroll.",
        "The opioid settlement board in Scioto County distributes dollars for staff positions at addiction response groups.",
    ),
    (
        "funding",
        "How do small churches pay for heating when fuel oil doubled this winter?",
        "The Episcopal diocese of Maine runs an energy assistance pool for congregations that also shelter neighbors.",
    ),
    (
        "funding",
        "We need a sponsor to print 5,000 copies of a nonpartisan guide to the ballot measures.",
        "Our press in Salem runs civic materials at cost, and the owner covers the first thousand himself.",
    ),
    (
        "funding",
        "Looking for financing to buy a building for our immigrant legal services center.",
        "The Nonprofit Finance Fund offers real-estate loans to community organizations ready to own their home.",
    ),
    (
        "funding",
        "We want to pay artists-in-residence at three rural schools next spring.",
        "The state arts commission's education track covers half the fee for painters, poets and musicians placed in classrooms.",
    ),
    (
        "funding",
        "Our small town needs to replace lead pipes but the water utility is broke.",
        "The state's SRF office forgives principal for disadvantaged systems swapping out toxic service lines.",
    ),
    (
        "funding",
        "We want to cover costs of a youth trip to a civil rights pilgrimage in Alabama.",
        "My family's charitable trust pays travel for teens visiting Selma and Montgomery, up to $20,000 a year.",
    ),
    (
        "funding",
        "Families at the pantry keep asking for the one baby item SNAP won't cover. Any help paying for it?",
        "The National Diaper Bank Network distributes cash awards to member banks, plus bulk product at cost.",
    ),
    (
        "funding",
        "We need to fund a mobile veterinary day in reservation communities.",
        "The Petco Love program underwrites spay-neuter and vaccine clinics in tribal nations.",
    ),
    (
        "funding",
        "Necesitamos ayuda económica para arreglar la camioneta que lleva a los ancianos al centro de día.",
        "El club Rotario de Hidalgo cubre reparaciones de vehículos para organizaciones que transportan a personas mayores.",
    ),
    (
        "funding",
        "¿Hay algún programa que pague a promotoras de salud para visitar casas en las colonias?",
        "El estado de Texas reembolsa salarios de trabajadoras comunitarias que hacen visitas domiciliarias en zonas fronterizas.",
    ),
    (
        "funding",
        "Queremos dar becas a jóvenes indocumentados que terminan la preparatoria este año.",
        "Mi empresa de construcción en Phoenix aporta $25,000 anuales para matrícula universitaria de estudiantes sin papeles.",
    ),
    (
        "funding",
        "Buscamos quien patrocine la fiesta del 16 de septiembre en el parque municipal.",
        "La cervecería local de Santa Fe paga escenario, sonido y permisos para celebraciones patrias de la comunidad.",
    ),
    (
        "funding",
        "Our food truck incubator needs to buy two trucks to lease to new vendors.",
        "The Kiva Capital program lets us crowdsource zero-interest loans for equipment, typically $50,000 to $150,000.",
    ),
    (
        "funding",
        "We want to run a monthly free legal clinic but need to pay the attorneys' malpractice coverage.",
        "The state bar's access to justice fund reimburses insurance premiums for pro bono programs.",
    ),
    (
        "funding",
        "Our river cleanup needs dumpsters and haul fees covered after the flood.",
        "The waste management company here in Evansville waives tipping charges and donates roll-offs after disasters.",
    ),
    (
        "funding",
        "We'd like to give small awards to residents with ideas to beautify their block.",
        "The neighborhood foundation in Providence seeds neighbor-led micro-projects at $500 each, no application essay.",
    ),
    (
        "funding",
        "Our community land trust wants to buy a trailer park before an out-of-state investor does.",
        "ROC USA Capital lends residents the full purchase price to convert manufactured-home communities to cooperatives.",
    ),
    (
        "funding",
        "We need to pay a Spanish-speaking counselor for the middle school two days a week.",
        "The behavioral health levy board in Lane County awards salaries for bilingual therapists embedded at campuses.",
    ),
    (
        "funding",
        "Our tiny town's only grocery closed. Residents want to open a co-op store but need startup cash.",
        "The Healthy Food Financing Initiative offers loans and gifts to launch markets in places without one.",
    ),
    (
        "funding",
        "Looking for sponsorship for a Veterans Day breakfast for 300 people.",
        "The Hy-Vee in Ankeny provides eggs, pancakes, and coffee for military appreciation events every November.",
    ),
    (
        "funding",
        "We want to give emergency cash to gig workers who lose shifts when they're sick.",
        "The labor center's solidarity pool in Chicago pays up to $400 to app-based drivers who miss earnings due to illness.",
    ),
    (
        "funding",
        "Can anyone help a Hmong farmers' collective buy a refrigerated truck?",
        "The Minnesota agriculture department's value-added program covers 50% of cold-chain equipment for small producers.",
    ),
    (
        "funding",
        "We'd like to commission a study on how many families in our county are one paycheck from eviction.",
        "The state university's public policy center takes on local research at no charge when local officials request it.",
    ),
    (
        "funding",
        "Our poll worker recruitment drive needs money for ads and training lunches.",
        "The county election office has HAVA dollars set aside for outreach and can reimburse meals for new judges.",
    ),
    (
        "funding",
        "We're a youth orchestra in Flint and half our kids can't afford instrument rental.",
        "The Mott Foundation covers lending libraries of violins, cellos, and horns for music programs in Genesee County.",
    ),
    (
        "funding",
        "Looking for underwriting for a radio series about rural mental health.",
        "Farm Credit Mid-America sponsors public media segments on agricultural wellness and stress.",
    ),
    (
        "funding",
        "We need to cover a year of rent for a recovery house for women.",
        "The state opioid response office awards housing operating support to certified sober residences.",
    ),
    (
        "funding",
        "Our Habitat affiliate needs a sponsor to build one home this spring.",
        "Our construction firm in Greenville underwrites one complete house each year, about $80,000, and sends a crew.",
    ),
    (
        "funding",
        "We want to offer microloans to refugee women starting home-based sewing businesses.",
        "The Idaho microenterprise lender in Boise has a $200,000 pool for first-time borrowers, no credit history required.",
    ),
    (
        "funding",
        "Looking for someone to pay for the bus that takes kids from the reservation to the Boys & Girls Club.",
        "The tribal transportation office in Window Rock reimburses daily routes serving enrolled youth programs.",
    ),
    (
        "funding",
        "We want to restore native prairie on 40 acres the school district owns.",
        "Pheasants Forever covers seed and planting for grassland habitat on public property.",
    ),
    (
        "funding",
        "Our free clinic needs $20,000 to keep the pharmacy stocked through winter.",
        "The Direct Relief network ships donated medications and gives cash to safety-net providers.",
    ),
    (
        "funding",
        "We need matching dollars to unlock a state arts award that requires 1:1.",
        "Our bank's charitable arm in Bozeman doubles any cultural prize from Helena, up to $15,000.",
    ),
    (
        "funding",
        "Is there any help for a small-town newspaper that wants to hire a second reporter?",
        "Report for America pays half the salary of an early-career journalist placed with a local outlet.",
    ),
    (
        "funding",
        "We'd like to get our volunteers background-checked, but each check costs $40.",
        "The state's child safety office covers screening fees for people serving minors at nonprofits.",
    ),
    (
        "funding",
        "Looking for support to repair wells after the drought dried up half the households' water.",
        "The Rural Community Assistance Corporation makes low-interest loans to homeowners for deeper drilling and new pumps.",
    ),
    (
        "funding",
        "We want to put on a multicultural festival and need $10,000 for stages and permits.",
        "The tourism bureau in Tacoma reinvests hotel taxes into events that draw visitors, with awards up to $12,000.",
    ),
    (
        "funding",
        "Our adult day center needs to replace its accessible van lift.",
        "The area agency on aging has capital dollars for mobility equipment at senior programs.",
    ),
    (
        "funding",
        "We're a tribe wanting to build a language immersion preschool.",
        "The Administration for Native Americans awards up to $300,000 per year for Indigenous-tongue nests and revitalization.",
    ),
    (
        "funding",
        "We need help paying stipends for college students doing summer internships with nonprofits.",
        "Our regional foundation covers $4,000 per undergraduate placed with a community organization for ten weeks.",
    ),
    (
        "funding",
        "We want to start a tool lending library but need to buy the first batch of equipment.",
        "The Home Depot Foundation's community impact program awards gift cards up to $5,000 for neighborhood projects.",
    ),
    (
        "funding",
        "Our jail diversion program needs a peer specialist but the county won't budget it.",
        "The Bureau of Justice Assistance's justice-and-mental-health collaboration awards cover staff for alternatives to incarceration.",
    ),
    (
        "funding",
        "Looking for money to train local people as certified home health aides.",
        "The workforce board in Bluefield pays tuition and a weekly stipend for caregiving certifications.",
    ),
    (
        "funding",
        "We want to buy books in Arabic for the branch library but the budget is spent.",
        "Our Lebanese-American cultural club in Dearborn donates $3,000 a year toward collections in the language.",
    ),
    (
        "funding",
        "We need to fix the community pool's pump before it closes permanently.",
        "The parks improvement bond in Shreveport has unspent capital for aquatic facility repairs.",
    ),
    (
        "funding",
        "Our after-school program wants to pay high school seniors to mentor younger kids.",
        "The district's peer-leadership budget in Stockton pays upperclassmen $12 an hour to coach third graders after the bell.",
    ),
    (
        "funding",
        "Necesitamos fondos para comprar computadoras para el centro de tareas de los niños.",
        "La compañía de telefonía local en El Paso dona equipos y $5,000 a programas escolares en barrios de bajos ingresos.",
    ),
    (
        "funding",
        "¿Alguien conoce préstamos para campesinos que quieren comprar su propia parcela?",
        "El programa de la Agencia de Servicios Agrícolas ofrece créditos a productores principiantes con 1.5% de interés.",
    ),
    (
        "funding",
        "Queremos pagarles a los padres que cuidan la puerta y ayudan en la cafetería escolar.",
        "La PTA en Santa Ana recibe un subsidio del distrito para dar estipendios de $15 la hora a voluntarios.",
    ),
    (
        "funding",
        "Necesitamos cubrir el costo de abogados para niños que enfrentan deportación sin sus papás.",
        "La fundación Kids in Need of Defense financia representación jurídica gratuita para menores no acompañados.",
    ),
    (
        "funding",
        "We'd like to turn a vacant lot into a pocket park but need money for benches and trees.",
        "The state forestry agency's urban canopy program covers planting and site furnishings in low-income neighborhoods.",
    ),
    (
        "funding",
        "Looking for sponsorship for the county spelling bee; prizes and the venue cost about $2,500.",
        "The Scripps-affiliated newspaper in Knoxville underwrites regional word competitions and provides trophies.",
    ),
    (
        "funding",
        "We need to pay a lawyer to help our town write a short-term rental ordinance.",
        "The state municipal league reimburses up to $10,000 for outside counsel on model local codes.",
    ),
    (
        "funding",
        "Our Black-led credit union wants to open a branch in a neighborhood with only payday lenders.",
        "The CDFI Fund's financial assistance awards provide capital to minority depository institutions expanding into underbanked areas.",
    ),
    (
        "funding",
        "We want to install a walk-in cooler at the pantry so we can accept fresh produce.",
        "Feeding America's equipment program pays for refrigeration at partner agencies, up to $20,000.",
    ),
    (
        "funding",
        "Looking for a sponsor to cover uniforms for a girls' wrestling team in its first season.",
        "My orthodontics practice in Stillwater buys singlets and warmups for any newly started female squad in the county.",
    ),
    (
        "funding",
        "Our striking nurses need help covering their mortgages while we're out.",
        "The state AFL-CIO hardship pool sends $500 checks to union families on picket lines past two weeks.",
    ),
    (
        "funding",
        "We want to lay fiber to 300 farmhouses that the big carriers skipped.",
        "The ReConnect program lends and gives capital for high-speed internet buildout in unserved rural areas.",
    ),
    (
        "funding",
        "Looking for someone to pay for a sign language interpreter at our town hall.",
        "The county ADA coordinator's budget covers ASL services for any public meeting when requested a week ahead.",
    ),
    (
        "funding",
        "Our tribal college wants to start a nursing degree but can't cover faculty for the first two years.",
        "The Indian Health Service workforce initiative pays instructor salaries at tribally chartered schools launching clinical programs.",
    ),
    (
        "funding",
        "We'd like to pay a stipend to the retirees who do free returns for low-income filers every spring.",
        "AARP Foundation Tax-Aide reimburses its counselors' mileage and supplies, plus a small honorarium.",
    ),
    (
        "funding",
        "We need $3,000 to print and mail a voter registration postcard to new citizens.",
        "The nonpartisan civic trust in Milwaukee covers postage for outreach to newly naturalized residents.",
    ),
    (
        "funding",
        "Is anyone backing small farms that want to switch to regenerative grazing?",
        "The NRCS EQIP contract pays ranchers per acre for rotational pasture fencing and water lines.",
    ),
    (
        "funding",
        "Our youth football league can't afford new helmets that meet safety standards.",
        "The NFL Foundation's equipment program replaces outdated headgear for community teams at no cost.",
    ),
    (
        "funding",
        "We want to commission a public sculpture honoring the town's coal miners.",
        "The percent-for-art ordinance in Wheeling sets aside 1% of municipal construction budgets for monuments.",
    ),
    (
        "funding",
        "Looking for a sponsor for our annual wheelchair-accessible beach day.",
        "The surf shop I own in Carlsbad pays for mobility mats and all-terrain chairs at adaptive ocean events.",
    ),
    (
        "funding",
        "We want to pay bilingual poll greeters in a precinct where half the voters speak Vietnamese.",
        "Orange County's registrar budgets community assistant wages at language-minority Election Day locations.",
    ),
    (
        "funding",
        "Our domestic violence program needs money for hotel stays when the shelter is full.",
        "The Marriott business council in Omaha donates room nights and covers incidentals for survivors in crisis.",
    ),
    (
        "funding",
        "We need to pay for soil testing on a former gas station lot before building housing.",
        "The EPA Brownfields assessment program covers environmental site investigations for local governments and nonprofits.",
    ),
    (
        "funding",
        "Looking for a match for our crowdfunding campaign to fix the historic carousel.",
        "Our family foundation in Binghamton doubles community-raised dollars for landmarks, up to $25,000.",
    ),
    (
        "funding",
        "We want to buy an accessible bus for a rural transit route connecting three small towns.",
        "The FTA Section 5311 program pays 80% of vehicle purchases for nonurbanized public transportation.",
    ),
    (
        "funding",
        "Our refugee soccer team needs travel costs for a tournament in Denver.",
        "The Colorado Rapids community arm pays registration, lodging, and gas for newcomer youth squads.",
    ),
    (
        "funding",
        "We need to hire a part-time bookkeeper so we stop missing filing deadlines.",
        "The nonprofit capacity account at the Kalamazoo Community Foundation pays for back-office staff for one year.",
    ),
    (
        "funding",
        "Is there money for a farmworker housing upgrade — new roofs and heaters for 12 cabins?",
        "The USDA Section 514/516 program lends and gives capital for agricultural labor residences.",
    ),
    (
        "funding",
        "Our environmental justice group needs to pay residents for air monitoring.",
        "The state's community emissions protection program reimburses neighbors who operate pollution sensors, $50 a month each.",
    ),
    (
        "funding",
        "We'd like to underwrite a library's fine-free policy so kids get their cards back.",
        "The Friends group in Salt Lake City covers lost revenue when branches drop overdue charges.",
    ),
    (
        "funding",
        "Looking for a donor to pay for a year of grief counseling for children who lost a parent.",
        "The Comfort Zone camp network underwrites sessions with licensed therapists for bereaved youth.",
    ),
    (
        "funding",
        "We want to help young families in our dying town with down payments so they stay.",
        "The state housing finance agency's rural homebuyer program offers $15,000 forgivable assistance for purchases in small communities.",
    ),
    (
        "funding",
        "Our historical society needs cash to move a 1880s schoolhouse before it's demolished.",
        "The Preservation Trust of Vermont awards relocation and stabilization dollars for endangered structures.",
    ),
    (
        "funding",
        "We want to pay musicians to play at nursing homes once a week.",
        "Songs for Seniors covers performer stipends for weekly sets at eldercare facilities.",
    ),
    (
        "funding",
        "Is there support for a clinic in a frontier county to set up telehealth equipment?",
        "The FCC's Rural Health Care program subsidizes connectivity and devices for remote consultations.",
    ),
    (
        "funding",
        "Our neighborhood wants to hire a part-time organizer to fight a highway expansion.",
        "The Surdna Foundation's thriving cultures track backs community organizing salaries on transportation equity.",
    ),
    (
        "funding",
        "We need a sponsor to provide lunch for a day-long citizen academy at city hall.",
        "Panera in Ames donates catered meals for civic learning days with 48 hours' notice.",
    ),
    (
        "funding",
        "Looking for financing for a Native-owned coffee roaster to buy its first roasting machine.",
        "The Lakota loan fund in Rapid City lends equipment capital to tribal entrepreneurs at 4%.",
    ),
    (
        "funding",
        "We want to pay youth for cleaning up the creek through a summer jobs crew.",
        "The state conservation corps reimburses wages for 16-to-24-year-olds doing stream restoration.",
    ),
    (
        "funding",
        "Our family shelter needs a year of funding for a children's case manager.",
        "The McKinney-Vento homeless education subaward at the state education agency covers youth advocates at residences.",
    ),
    (
        "funding",
        "We'd like to send five farmers to a national conference on soil health.",
        "The SARE program provides travel scholarships for producers attending sustainable agriculture gatherings.",
    ),
    (
        "funding",
        "Looking for someone to cover the cost of a community vigil — candles, sound, permits.",
        "The interfaith council in Buffalo keeps a small reserve for memorial gatherings after tragedies.",
    ),
    (
        "funding",
        "We need backing to start a youth-run podcast in a town with no local media.",
        "The public broadcasting station in Bangor funds student audio projects with equipment and $2,000.",
    ),
    (
        "funding",
        "Our volunteers keep paying out of pocket for supplies. Can anyone reimburse them?",
        "My law firm's pro bono budget covers incidental expenses for community projects, receipts only.",
    ),
    (
        "funding",
        "We want to buy back guns at a community event. Who pays for the gift cards?",
        "The hospital trauma foundation in Newark underwrites exchange days with $200 prepaid Visas per firearm.",
    ),
    (
        "funding",
        "¿Hay apoyo económico para que los trabajadores aprendan a manejar tractocamiones y obtengan su licencia?",
        "La junta laboral del condado de Yuma paga la escuela de conductores y un estipendio semanal mientras dura el curso.",
    ),
    (
        "funding",
        "Queremos que las familias de la colonia puedan arreglar sus techos antes de la temporada de huracanes.",
        "El programa de reparaciones de USDA en el Valle de Texas presta al 1% y regala hasta $10,000 a propietarios mayores de 62 años.",
    ),
    (
        "funding",
        "Necesitamos dinero para llevar a las familias a las audiencias de inmigración en San Antonio.",
        "Nuestra parroquia en Laredo cubre gasolina y hospedaje para quienes tienen citas en la corte federal.",
    ),
    (
        "funding",
        "¿Quién podría patrocinar un curso de primeros auxilios para mujeres en el rancho?",
        "La Cruz Roja de Brownsville ofrece capacitaciones gratis y cubre los certificados para grupos comunitarios.",
    ),
    (
        "funding",
        "We want to give graduating foster youth a start-up kit for their first apartment.",
        "The Rotary club in Yakima covers $1,000 per young adult aging out of care for furniture, dishes, and deposits.",
    ),
    (
        "intro_people",
        "Looking to talk with a judge who has run a drug court, before we pitch one to our county commission.",
        "My neighbor presided over the Muskogee treatment docket for eleven years and retired last spring; she loves explaining how it worked.",
    ),
    (
        "intro_people",
        "Does anyone know a dairy farmer who switched to organic and would speak honestly about the transition costs?",
        "Our co-op board includes a Vermont grazier who converted his 90 Holsteins in 2016 and kept every ledger.",
    ),
    (
        "intro_people",
        "We need someone who was formerly incarcerated to co-lead our reentry listening sessions.",
        "I mentor a man who came home from Angola after 19 years; he now facilitates circles at his church in Baton Rouge.",
    ),
    (
        "intro_people",
        "Who's a good person to explain tribal sovereignty to our school board before the mascot vote?",
        "My colleague is a Ho-Chunk attorney and former Nation legislator who has briefed three Wisconsin districts on exactly this.",
    ),
    (
        "intro_people",
        "I'd like to meet a state legislator who actually reads broadband maps.",
        "My sister staffs the Representative from Kanawha who chairs the House technology committee and pores over FCC coverage data.",
    ),
    (
        "intro_people",
        "Looking for a pediatrician willing to testify about lead exposure in older rental housing.",
        "Dr. Okafor at Hurley Children's clinic tracked blood levels in Flint kids and has spoken at hearings before.",
    ),
    (
        "intro_people",
        "Can someone connect us with a fire chief from a small town who has handled wildfire evacuations?",
        "My brother-in-law commands the volunteer department in Magalia, California and got 4,000 residents out during the Camp blaze.",
    ),
    (
        "intro_people",
        "We want to hear from a nurse who has worked night shift in a rural ER about staffing shortages.",
        "My wife spent twelve years on overnights at the critical-access hospital in Jackson, Kentucky, often the only RN on the floor.",
    ),
    (
        "intro_people",
        "Does anyone know a Hmong elder who could advise on our senior meal program's menu?",
        "Our deacon, Mr. Vang, is a clan leader in St. Paul and cooks for every funeral and New Year gathering.",
    ),
    (
        "intro_people",
        "I need to talk to a school superintendent who has closed a building without tearing the community apart.",
        "A friend ran the Marion district when it merged Northside and Eastfield into one campus in 2019, and still gets invited to both homecomings.",
    ),
    (
        "intro_people",
        "Looking for a Spanish-speaking mental health counselor for a support group of farmworker moms.",
        "I know a bilingual licensed therapist in Salinas who grew up picking lettuce and runs sessions for women in the fields.",
    ),
    (
        "intro_people",
        "Who could I ask about starting a credit union? Need someone who has actually chartered one.",
        "My former boss organized Hope Federal in the Delta from a church basement and walked it through NCUA approval.",
    ),
    (
        "intro_people",
        "We're hoping to find a veteran who served in Vietnam to speak at our high school's Memorial Day assembly.",
        "My uncle flew Hueys out of Pleiku in 1968 and visits classrooms in Sioux Falls every November.",
    ),
    (
        "intro_people",
        "Anyone know a county clerk who'd explain ballot counting to skeptical voters at a public forum?",
        "I worked with Deb Harlan, who administers elections in rural Otero, New Mexico, and gives open tours of her tabulation room.",
    ),
    (
        "intro_people",
        "Looking for a commercial fisherman to join our panel on offshore wind.",
        "My dad has hauled lobster out of Stonington, Maine for 40 years and has strong, nuanced views on the turbine leases.",
    ),
    (
        "intro_people",
        "I'd love to talk with a librarian who has fought a book challenge.",
        "Our regional director in Llano, Texas went through the removal lawsuit and is candid about what helped.",
    ),
    (
        "intro_people",
        "We want an economist who can check our numbers on a local minimum wage proposal.",
        "A professor at UMass Amherst studies pay floors in small cities and has reviewed ordinances for two town councils.",
    ),
    (
        "intro_people",
        "Anyone have a contact who is a deaf advocate? We're designing a disaster shelter plan.",
        "My roommate from Gallaudet now trains emergency managers on ASL interpreting and visual alerts in Maryland.",
    ),
    (
        "intro_people",
        "Seeking a pastor in a rural congregation who has hosted refugees.",
        "Reverend Mills at the Lutheran church in Fergus Falls sponsored two Somali families and one Congolese family in 2021.",
    ),
    (
        "intro_people",
        "Who knows a midwife in Appalachia we could interview for our maternal health report?",
        "My college friend delivers babies at home in Letcher, Kentucky and has attended over 600 births.",
    ),
    (
        "intro_people",
        "I need to find a city planner who's done zoning reform for accessory dwelling units.",
        "My old classmate drafted the backyard cottage ordinance in Spokane and now consults for mid-sized towns.",
    ),
    (
        "intro_people",
        "Looking for a retired police officer who supports restorative justice to speak at our forum.",
        "My father spent 28 years patrolling Oakland and now co-facilitates victim-offender circles with the DA.",
    ),
    (
        "intro_people",
        "Anyone know a young person who aged out of foster care and wants to advise a state task force?",
        "One of our scholarship alumni left the Arizona child welfare system at 18 and now studies social work at ASU; she's eager to be heard.",
    ),
    (
        "intro_people",
        "We need to meet a tribal historic preservation officer before the pipeline route hearing.",
        "My coworker spent six years as the Standing Rock cultural resources lead, reviewing construction surveys for sacred sites.",
    ),
    (
        "intro_people",
        "Hoping to connect with a chef who has turned a restaurant into a job-training kitchen.",
        "A friend owns a café in Cleveland where every line cook is a returning citizen in a 12-week apprenticeship.",
    ),
    (
        "intro_people",
        "Is there an engineer out there who understands small rural water systems? Our well keeps failing.",
        "My cousin designs pumping and treatment setups for villages in western Nebraska and troubleshoots aquifer issues by phone.",
    ),
    (
        "intro_people",
        "We'd like to meet a mayor who has gotten a downtown grocery store to open in a food desert.",
        "I know Bill Haskins, who led Orangeburg, South Carolina for eight years and lured a co-op supermarket onto Main Street.",
    ),
    (
        "intro_people",
        "Anyone connected to a union organizer who has worked with home care aides?",
        "My aunt built the SEIU chapter for personal attendants in Detroit and knows how to sign up people scattered across private residences.",
    ),
    (
        "intro_people",
        "Looking for a photographer with lived experience of homelessness for our exhibit.",
        "A man at our shelter shoots street portraits on a donated Canon; he slept outside in Portland for three winters.",
    ),
    (
        "intro_people",
        "I want to talk to a hospital CEO who has partnered with a housing nonprofit.",
        "My board chair runs Providence's Spokane medical center, which co-owns 40 supportive apartments for frequent patients.",
    ),
    (
        "intro_people",
        "Need a meteorologist who could explain heat risk to seniors on our call-in show.",
        "The forecaster at KTAR in Phoenix does a weekly segment on extreme temperatures and older adults' safety.",
    ),
    (
        "intro_people",
        "Who could introduce me to an immigration attorney who handles asylum cases in Texas?",
        "My law school roommate practices in El Paso and represents people fleeing persecution before the federal bench.",
    ),
    (
        "intro_people",
        "Looking for a wind energy landowner who'd talk to neighbors worried about leases.",
        "My uncle has eight turbines on his wheat ground near Greensburg, Kansas and pays for his kids' college with the checks.",
    ),
    (
        "intro_people",
        "Anyone know a grief counselor who works with families after overdose deaths?",
        "Sarah at Hospice of the Ozarks lost her own son to fentanyl and leads a bereavement circle in Springfield every Tuesday.",
    ),
    (
        "intro_people",
        "I'd like to meet a Black farmer who has kept land in the family through heirs' property issues.",
        "Mr. Pettway in Gee's Bend cleared title on 112 inherited acres in 2020 after a decade in probate.",
    ),
    (
        "intro_people",
        "We're looking for someone who has run a statewide ballot initiative and can tell us what it costs.",
        "My mentor managed the Medicaid expansion petition drive in Missouri, from signature gathering through the 2020 vote.",
    ),
    (
        "intro_people",
        "Do you know an astronomer who would help our rural kids with a dark-sky night?",
        "My friend teaches physics at Fort Lewis College and hauls a 12-inch telescope to Navajo chapter houses.",
    ),
    (
        "intro_people",
        "Need someone inside the shipping business to explain trucking careers to our graduates.",
        "My brother-in-law dispatches 200 rigs out of the Savannah harbor terminal and hires drivers constantly.",
    ),
    (
        "intro_people",
        "Looking for a sign language interpreter who is also a poet, for our spoken word night.",
        "Jamal performs ASL verse at slams in Atlanta and has worked the stage for Def Jam showcases.",
    ),
    (
        "intro_people",
        "Is anyone connected to a retired general who cares about climate and national security?",
        "My father-in-law commanded at Fort Bragg, wore two stars, and now sits on a military advisory council on rising seas.",
    ),
    (
        "intro_people",
        "Buscamos una partera tradicional que hable con nuestras madres jóvenes en el valle.",
        "Mi tía atendió nacimientos en Oaxaca durante treinta años y ahora vive en McAllen; le encanta aconsejar a muchachas embarazadas.",
    ),
    (
        "intro_people",
        "Necesito hablar con un policía latino que pueda explicar a los vecinos cómo reportar robos sin miedo.",
        "El sargento Ramírez de Salem patrulla nuestro barrio, es bilingüe y organiza juntas mensuales en la lavandería.",
    ),
    (
        "intro_people",
        "Buscamos un maestro jubilado que sepa enseñar inglés a adultos mayores.",
        "Don Ernesto dio clases de ESL en Yakima por 25 años y todavía tiene paciencia de santo con los abuelos.",
    ),
    (
        "intro_people",
        "¿Quién conoce a una enfermera que hable mixteco? Tenemos familias que no entienden las citas médicas.",
        "Mi prima es RN en Oxnard, creció en Tlaxiaco y traduce su lengua materna para pacientes indígenas en la clínica.",
    ),
    (
        "intro_people",
        "Quisiera conocer a un pastor evangélico que apoye a trabajadores del campo en huelga.",
        "El reverendo Torres de Delano marchó con la UFW y todavía presta su iglesia para asambleas de jornaleros.",
    ),
    (
        "intro_people",
        "Necesitamos a alguien que haya abierto un restaurante con licencia en Chicago para aconsejar a nuestras vendedoras de tamales.",
        "Mi suegra empezó con un carrito en Pilsen y hoy tiene dos taquerías con todos los permisos municipales.",
    ),
    (
        "intro_people",
        "¿Alguien tiene contacto con un concejal que hable español en Houston?",
        "Mi vecino trabaja en la oficina del representante del Distrito H y es bilingüe; puede conseguirnos una cita.",
    ),
    (
        "intro_people",
        "Looking for a public defender willing to explain bail to a room of worried parents.",
        "My cousin represents indigent clients in Fulton and breaks down pretrial release in plain language at PTA meetings.",
    ),
    (
        "intro_people",
        "We need an architect who has designed for dementia, for our adult day center renovation.",
        "A friend at Perkins Eastman drew the memory-care wing at Sunrise in Tulsa with wayfinding colors and looping corridors.",
    ),
    (
        "intro_people",
        "Anybody know a rancher who has worked with wolves and could calm down our county commissioners?",
        "My neighbor runs 300 cow-calf pairs in Idaho's Wood River valley and uses range riders and fladry to coexist with the packs.",
    ),
    (
        "intro_people",
        "Who could connect us to a high school coach who has built a girls' wrestling team from scratch?",
        "My old teammate started the women's mat program at Lebanon, Oregon with four athletes; now she has 35.",
    ),
    (
        "intro_people",
        "Looking to talk with a hospice chaplain for our death cafe series.",
        "Father Ruiz sits with the dying at Mercy in Des Moines and loves frank conversations over coffee.",
    ),
    (
        "intro_people",
        "Need someone who served on a jury in a big civil rights case to speak to students.",
        "My mother sat in the box for the 1992 Rodney King trial in Simi Valley and rarely discusses it, but might for a classroom.",
    ),
    (
        "intro_people",
        "I want to meet a Muslim chaplain who works in prisons for our interfaith reentry project.",
        "Imam Khalid has led Friday prayers at San Quentin for nine years and mentors men after release.",
    ),
    (
        "intro_people",
        "Anyone know a forester who can walk our church land and advise on selling timber?",
        "My uncle cruised stands for Georgia's state woods agency for 30 years and still tours small properties to give a fair pine valuation.",
    ),
    (
        "intro_people",
        "We'd love to talk to a bus driver about what riders say about the new route cuts.",
        "My brother pilots the 14 line in Milwaukee at 5 a.m. and hears every complaint about service reductions.",
    ),
    (
        "intro_people",
        "We need an ADA attorney to audit accessibility at our precincts before November.",
        "My friend litigated wheelchair ramp cases for Disability Rights Ohio and has inspected voting sites in Franklin.",
    ),
    (
        "intro_people",
        "Is there a reporter who has covered rural hospital closures and might moderate our town hall?",
        "My former editor spent two years documenting shuttered ERs across Tennessee for the Tennessean and is great on stage.",
    ),
    (
        "intro_people",
        "I'm trying to find a cardiologist who would do a free talk at our barbershop health night.",
        "Dr. Mensah at Emory volunteers Saturdays checking blood pressure for men getting fades in Southwest Atlanta.",
    ),
    (
        "intro_people",
        "We need to meet someone who has lived in a tiny home village to advise our design team.",
        "A resident at Community First! in Austin has spent four years in a 200-square-foot micro-house and gives tours.",
    ),
    (
        "intro_people",
        "Looking for a historian who knows the story of the Black business district that was razed for the highway.",
        "Professor Dunbar at Tennessee State wrote the book on Jefferson Street in Nashville before I-40 split it.",
    ),
    (
        "intro_people",
        "Who knows a teenager who'd sit on our youth advisory board and tell us the truth?",
        "My niece, 16, started a climate club at Roosevelt High and says exactly what she thinks to adults.",
    ),
    (
        "intro_people",
        "We need a translator who speaks Somali and understands medical vocabulary.",
        "Hodan interprets for Hennepin Healthcare's cardiology and maternity wards and grew up in Mogadishu.",
    ),
    (
        "intro_people",
        "Looking for a cattle veterinarian who'd mentor a 4-H member wanting to go to vet school.",
        "Dr. Brandt does large-animal calls across Custer, Nebraska, and takes a student on ride-alongs every summer.",
    ),
    (
        "intro_people",
        "I'm hoping to meet a state senator's staffer who handles education budget stuff.",
        "My college friend is the K-12 appropriations aide to the Finance chair in Virginia's upper chamber.",
    ),
    (
        "intro_people",
        "Need a climate scientist who can talk to farmers without sounding preachy.",
        "My husband studies drought at Iowa State, grew up baling hay, and still says 'weather' instead of anything fancier.",
    ),
    (
        "intro_people",
        "Anyone know a woman who has run for sheriff? We're hosting a leadership series for women in law enforcement.",
        "My friend Lupe campaigned for and won the top badge in Dallas in 2004 and later mentored female deputies.",
    ),
    (
        "intro_people",
        "We want to hear from a small-town newspaper owner about keeping a paper alive.",
        "Mrs. Harkins publishes the weekly Gazette in Hardin, Montana and has kept it printing through three near-bankruptcies.",
    ),
    (
        "intro_people",
        "Is there a beekeeper who could talk to our garden club about pollinators?",
        "My neighbor tends 30 hives outside Asheville and gives a great slideshow on which wildflowers feed honey-makers.",
    ),
    (
        "intro_people",
        "Looking for someone who has adopted a child from foster care to join our recruitment panel.",
        "My coworker and her husband took in three siblings through Kansas DCF and finalized in 2022.",
    ),
    (
        "intro_people",
        "I need to talk to a utility lineman about storm restoration for our preparedness guide.",
        "My son climbs poles for Entergy in Lake Charles and worked 16-hour days after Hurricane Laura.",
    ),
    (
        "intro_people",
        "Anyone know a dentist who does mobile clinics for rural schools?",
        "Dr. Patel drives a van-mounted operatory around Coos, New Hampshire, seeing kids at their classrooms.",
    ),
    (
        "intro_people",
        "We'd like a Native artist to consult on our public mural near the river.",
        "My friend is a Lakota painter whose wall pieces cover two buildings in Rapid City.",
    ),
    (
        "intro_people",
        "Looking for a rabbi who has worked on affordable housing to join our interfaith table.",
        "The spiritual leader at Temple Beth El in Albany co-founded a community land trust with two Black churches.",
    ),
    (
        "intro_people",
        "Need to find a principal who has cut chronic absence in half.",
        "My old supervisor led Marshall Elementary in Fresno and got daily attendance from 81% to 93% with home visits.",
    ),
    (
        "intro_people",
        "Who knows an auctioneer who'd volunteer for our fundraising gala?",
        "My cousin calls livestock sales in Amarillo and does benefit bids for charity dinners at no charge.",
    ),
    (
        "intro_people",
        "I'm looking for a former gang member now doing violence interruption work.",
        "Marcus left the Vice Lords in 2009 and today mediates street conflicts for Chicago CRED on the West Side.",
    ),
    (
        "intro_people",
        "We need an accessibility consultant who is blind to test our new website.",
        "My friend lost her sight at 20, navigates everything with JAWS, and reviews online portals professionally in Louisville.",
    ),
    (
        "intro_people",
        "Anyone have a connection to a WNBA player for our girls' basketball camp?",
        "My former roommate ran the point for the Seattle Storm and now coaches a summer hoops clinic.",
    ),
    (
        "intro_people",
        "¿Conocen a algún contador que ayude a familias sin seguro social a declarar impuestos con ITIN?",
        "Mi hermano llena formularios fiscales en Phoenix desde 2010 y atiende a clientes con número individual del IRS cada primavera.",
    ),
    (
        "intro_people",
        "Busco a un líder juvenil que haya salido de una pandilla para hablar en la secundaria.",
        "Conozco a Chuy, que dejó los Sureños a los diecinueve y ahora da pláticas en escuelas de Salinas.",
    ),
    (
        "intro_people",
        "Necesitamos un médico que explique la diabetes en español en la feria de salud de la iglesia.",
        "La doctora Guzmán de la clínica comunitaria en Yakima da charlas sobre el azúcar en la sangre y es muy querida.",
    ),
    (
        "intro_people",
        "¿Alguien conoce a una mujer que haya sido alcaldesa en un pueblo pequeño?",
        "Doña Marta gobernó Mesilla, Nuevo México, por dos periodos y ahora asesora a candidatas primerizas.",
    ),
    (
        "intro_people",
        "Looking for a Marine who served in Afghanistan to talk about moral injury at our vets' group.",
        "My buddy did two tours in Helmand with 3/5 and now leads a peer circle on guilt and healing at the VFW in Tacoma.",
    ),
    (
        "intro_people",
        "Anyone connected to a county assessor? We don't understand why our property taxes doubled.",
        "My aunt appraises parcels for Wayne's valuation office in Detroit and can walk homeowners through how bills are calculated.",
    ),
    (
        "intro_people",
        "Need an epidemiologist who'll explain wastewater testing to our city council.",
        "Dr. Lin tracks virus levels in sewage for the Houston health department and presents to elected officials often.",
    ),
    (
        "intro_people",
        "We're looking for a grandparent raising grandkids to share their story at our kinship care summit.",
        "Ms. Odom in Jackson, Mississippi took in her daughter's four children in 2017 and speaks at her church about it.",
    ),
    (
        "intro_people",
        "Who could introduce me to a winemaker who has hired formerly homeless workers?",
        "My friend owns a vineyard in Yamhill, Oregon where half the harvest crew came through the Union Gospel Mission.",
    ),
    (
        "intro_people",
        "Anyone know a coal miner who retrained in solar? We want him for our transition panel.",
        "My cousin spent 15 years underground in Boone, West Virginia and now installs rooftop photovoltaic arrays for a Shepherdstown company.",
    ),
    (
        "intro_people",
        "I'm looking for a county extension agent who knows soil health.",
        "Linda with Purdue's ag outreach in Tippecanoe runs cover-crop field days and tests dirt samples for free.",
    ),
    (
        "intro_people",
        "Seeking a Korean-speaking social worker for our elder isolation project in Queens.",
        "My former intern is an LMSW at a Flushing senior center and grew up translating for her halmeoni.",
    ),
    (
        "intro_people",
        "We need a meeting with someone high up at the state transportation department about a dangerous intersection.",
        "My Rotary friend is the district engineer for ODOT in Lima and decides which crossings get signals.",
    ),
    (
        "intro_people",
        "Looking for a well-known chef to judge our students' cooking contest.",
        "My neighbor won a James Beard award for her Charleston restaurant and loves mentoring teenagers in kitchens.",
    ),
    (
        "intro_people",
        "I'd like to talk with a doula who serves incarcerated mothers.",
        "Keisha accompanies pregnant women at the Minnesota prison in Shakopee through labor and the weeks after.",
    ),
    (
        "intro_people",
        "Who knows a commercial real estate broker who cares about keeping local shops downtown?",
        "My uncle leases storefronts in Greenville, SC and has turned down chain tenants to protect mom-and-pop retailers.",
    ),
    (
        "intro_people",
        "Looking for a refugee from Afghanistan who'd help us understand what newly arrived families need.",
        "Farid fled Kabul in August 2021, now works for our resettlement office in Sacramento, and is generous with his time.",
    ),
    (
        "intro_people",
        "Need someone who has been a poll worker for decades to train new recruits.",
        "Mrs. Delgado has staffed the same Tucson precinct every election since 1984 and knows every procedure.",
    ),
    (
        "intro_people",
        "I want to meet a tech founder from a small town who stayed instead of moving to the coast.",
        "My classmate built a software company in Hays, Kansas and employs 60 people there rather than relocating.",
    ),
    (
        "intro_people",
        "Anyone know a wildland firefighter who'd talk to our high school about seasonal jobs?",
        "My son works on a hotshot crew out of Prineville, Oregon and recruits teenagers every spring.",
    ),
    (
        "intro_people",
        "Looking for a geologist to explain sinkholes to residents after last month's collapse.",
        "A professor at the University of South Florida studies karst and has calmed neighborhoods in Hillsborough before.",
    ),
    (
        "intro_people",
        "We'd like to hear from a parent of a child with autism about sensory-friendly events.",
        "My sister's son is nonverbal; she organizes quiet hours at the Lincoln, Nebraska science museum.",
    ),
    (
        "intro_people",
        "Who could introduce me to a tribal chairman interested in broadband partnerships?",
        "My colleague advises the Gila River Indian Community's governor, who just won a spectrum license for his reservation.",
    ),
    (
        "intro_people",
        "Anyone have a contact who runs a food truck and might mentor new vendors?",
        "My cousin operates three taco rigs in Boise and coaches first-timers on commissary rules.",
    ),
    (
        "intro_people",
        "Looking for a pharmacist in a rural area who can speak to drug pricing.",
        "The independent apothecary owner in Holdenville, Oklahoma has testified at the capitol about PBM reimbursements squeezing him.",
    ),
    (
        "intro_people",
        "We're looking for an Episcopal priest who has led a church through selling its building.",
        "Mother Anne guided St. Luke's in Buffalo through handing its sanctuary to a charter academy for $1.2 million.",
    ),
    (
        "intro_people",
        "Is there a skateboarder who has advocated for a skatepark and won? We're going before the parks board.",
        "Tony in Yakima spent three years lobbying and got a 12,000-square-foot concrete bowl built by the river.",
    ),
    (
        "intro_people",
        "Anyone know a child psychologist who specializes in trauma after school shootings?",
        "Dr. Reyes worked with Uvalde families for two years and trains counselors on acute stress in kids.",
    ),
    (
        "intro_people",
        "Looking to meet a labor historian for our union's centennial.",
        "My professor at Wayne State wrote the definitive book on the Flint sit-down strike and loves anniversaries.",
    ),
    (
        "intro_people",
        "We need someone with lived experience of addiction to serve on our opioid settlement committee.",
        "My friend has been sober nine years after heroin, runs a recovery house in Dayton, and is ready for a seat.",
    ),
    (
        "intro_people",
        "I'm searching for an oyster farmer to talk about water quality with our watershed group.",
        "Ben grows shellfish on cages in the Chesapeake near Tilghman Island and measures salinity every morning.",
    ),
    (
        "intro_people",
        "Who knows a retired teacher who'd tutor adult learners for the GED?",
        "My mom led algebra classes in Shreveport for 34 years and misses having students.",
    ),
    (
        "intro_people",
        "Looking for a Filipino nurse leader for our health workforce roundtable.",
        "Tita Rosa directs the ICU at Kaiser in Vallejo, came from Manila in 1989, and mentors new RNs from the Philippines.",
    ),
    (
        "intro_people",
        "Need an introduction to a congressional caseworker who handles VA disability claims.",
        "My neighbor works in Representative Bost's Carbondale office fixing veterans' benefits problems every day.",
    ),
    (
        "intro_people",
        "Anyone know a playwright who writes about small towns? Our theater wants a commissioned piece.",
        "My friend's scripts about Iowa farm families have been staged in Des Moines and Minneapolis; she's open to new paid work.",
    ),
    (
        "intro_people",
        "We want to connect with a sheriff who has stopped honoring ICE detainers.",
        "I know the elected top lawman in Multnomah, Oregon, who ended immigration holds in his jail in 2014.",
    ),
    (
        "intro_people",
        "Looking for a Spanish-language radio DJ who might emcee our festival.",
        "Pepe hosts the morning show on La Ranchera 106.5 in Fresno and loves hosting quinceañeras and fiestas on weekends.",
    ),
    (
        "intro_people",
        "I'd like to meet a wheelchair user who could review our park trail design.",
        "My colleague has been paralyzed since a 2012 crash and rates paths for Colorado's outdoor access guide.",
    ),
    (
        "intro_people",
        "Anyone know a successful cannabis business owner who came up through the social equity program?",
        "My friend Dre got one of Illinois' first dispensary licenses reserved for people with prior convictions and now runs two stores.",
    ),
    (
        "intro_people",
        "Looking for a puppeteer for our children's library literacy event.",
        "My brother builds marionettes and performs in Providence at daycares and story times.",
    ),
    (
        "intro_people",
        "¿Alguien conoce a una trabajadora doméstica que haya organizado a sus compañeras?",
        "Doña Lucía fundó una red de limpiadoras de casas en Queens y las capacita sobre sus derechos laborales.",
    ),
    (
        "intro_people",
        "Buscamos un ganadero que pueda mentorear a jóvenes del 4-H en Nuevo México.",
        "Mi abuelo cría reses cerca de Socorro desde los años setenta y siempre tiene un muchacho ayudándole en el rancho.",
    ),
    (
        "intro_people",
        "Necesitamos hablar con una jueza latina para nuestro programa de mujeres profesionales.",
        "La magistrada Rivas preside en la corte familiar de San Antonio y da charlas a estudiantes universitarias.",
    ),
    (
        "intro_people",
        "¿Quién conoce a un bombero que dé talleres de prevención de incendios en español?",
        "Mi cuñado trabaja en la estación 7 de Riverside, es bilingüe y visita escuelas para enseñar sobre detectores de humo.",
    ),
    (
        "intro_people",
        "Looking for a cybersecurity expert who can reassure seniors about online scams.",
        "My son-in-law defends bank networks at Regions and spends Saturdays at the AARP chapter teaching grandparents to spot phishing.",
    ),
    (
        "intro_people",
        "Anyone connected to a NASCAR driver for our rural literacy fundraiser?",
        "My cousin raced in the Xfinity Series for four seasons and still signs autographs at Bristol events.",
    ),
    (
        "intro_people",
        "We'd like to find a formerly undocumented entrepreneur to keynote our immigrant business summit.",
        "Marisol crossed at age six, got DACA, then status, and now owns a 40-employee cleaning company in Charlotte.",
    ),
    (
        "intro_people",
        "Need a botanist who knows native prairie plants for our restoration.",
        "My professor at Kansas State has catalogued tallgrass species in the Flint Hills for two decades.",
    ),
    (
        "intro_people",
        "Who could introduce us to a city council member in Albuquerque who cares about homelessness?",
        "My friend chairs the housing committee for New Mexico's largest municipality and visits encampments weekly.",
    ),
    (
        "intro_people",
        "Looking for a Black male teacher to mentor our young men's reading circle.",
        "Mr. Carter leads fourth grade in Prince George's and started a book club for boys at his barbershop.",
    ),
    (
        "intro_people",
        "I need someone who has navigated a FEMA appeal after a flood denial.",
        "My neighbor in Waverly, Tennessee fought the agency for 14 months after Trace Creek rose and finally won $31,000.",
    ),
    (
        "intro_people",
        "Anyone know a conservative pastor willing to co-host a dialogue with progressive clergy?",
        "The Southern Baptist preacher in Tyler, Texas I golf with believes deeply in talking across divides and has done it before.",
    ),
    (
        "intro_people",
        "Looking for a hip-hop artist from our neighborhood to lead a songwriting workshop.",
        "Lil Kay grew up on the North Side of St. Louis, has two albums out, and teaches verse crafting to teens.",
    ),
    (
        "intro_people",
        "We want to meet a family physician practicing in a town of under 2,000 people.",
        "Dr. Halvorson is the only doctor in Hettinger, North Dakota, and has delivered babies and set bones there since 1995.",
    ),
    (
        "intro_people",
        "Anyone know a water rights attorney in Colorado?",
        "My college roommate litigates irrigation ditch priorities in Greeley and argues before the Division 1 court.",
    ),
    (
        "intro_people",
        "Looking to talk with someone who has run a successful rural hospital turnaround.",
        "Our board member was CEO in Jasper, Texas when the facility went from losing $4 million to breaking even in three years.",
    ),
    (
        "intro_people",
        "Need a retired diplomat to speak about world affairs at our library lecture series.",
        "My father served as U.S. ambassador to Ghana and loves giving talks about Africa policy.",
    ),
    (
        "intro_people",
        "Who knows an expert bicycle mechanic who could train our youth at the bike kitchen?",
        "Carlos ran the service department at a Minneapolis cycle shop for 18 years and has patience with teens.",
    ),
    (
        "intro_people",
        "Anyone know an Amish community leader? We need to talk about buggy safety on the county road.",
        "My feed-store customer is a bishop in the Holmes, Ohio settlement and is open to discussing reflectors and lanes.",
    ),
    (
        "intro_people",
        "Looking for a sign language teacher who is deaf to start classes at our library.",
        "My friend Rachel, who has never heard a sound, led ASL courses at Gallaudet and recently moved to Frederick.",
    ),
    (
        "intro_people",
        "We'd love to hear from a mom who fought to get her kid's IEP followed.",
        "My neighbor spent two years in due-process proceedings against Fairfax schools for her dyslexic son and won.",
    ),
    (
        "intro_people",
        "Anyone know a forensic accountant who has uncovered fraud at a nonprofit?",
        "My former partner testified in the Baltimore charity embezzlement case and traced $2 million through shell firms.",
    ),
    (
        "intro_people",
        "Need an introduction to a Hispanic Chamber leader in Phoenix.",
        "My friend is president of the Arizona Latino business association and knows every restaurant owner on 16th Street.",
    ),
    (
        "intro_people",
        "Looking for a Holocaust survivor's descendant to speak at our Yom HaShoah program.",
        "My friend's mother escaped Budapest in 1944, and my friend now tells her story at synagogues in Cleveland.",
    ),
    (
        "intro_people",
        "I'd like to meet a mayor's chief of staff who has worked on participatory budgeting.",
        "My old roommate runs the front office for Vallejo's top elected official and oversaw the city's resident-voted spending process.",
    ),
    (
        "intro_people",
        "Anyone know a trucker who'd talk about human trafficking signs at rest stops?",
        "My uncle has hauled freight coast to coast for 25 years, spotted two exploited girls at a Flying J, and now trains other drivers.",
    ),
    (
        "intro_people",
        "We need a drag performer willing to read at our Pride story hour.",
        "Miss Honey hosts brunch shows in Asheville and has a wholesome children's set with picture books.",
    ),
    (
        "intro_people",
        "Looking for someone who has run a mobile home park as a resident-owned co-op.",
        "My aunt is treasurer of the 120-lot manufactured housing community in Claremont, NH that tenants bought in 2015.",
    ),
    (
        "intro_people",
        "Who knows a retired Air Force pilot for our aviation career day?",
        "My dad flew KC-135 tankers out of Grand Forks for 22 years and still loves talking to kids about flying.",
    ),
    (
        "intro_people",
        "Anyone know a climate-focused investor who funds rural startups?",
        "My classmate is a partner at an Omaha venture firm backing agtech and clean-energy companies in towns under 50,000.",
    ),
    (
        "intro_people",
        "Looking for a community health worker who has done outreach in public housing.",
        "Tasha knocks on doors at the Cabrini-area towers in Chicago for a diabetes program and knows every building captain.",
    ),
    (
        "intro_people",
        "Need an archaeologist before we dig the foundation for our new community center on old mission grounds.",
        "My colleague surveyed Spanish colonial sites around San Antonio for the state and can tell you what permits you'll need.",
    ),
    (
        "intro_people",
        "Anyone know a sports broadcaster who could emcee our Special Olympics meet?",
        "My cousin calls high-school football on KOMU in Columbia, Missouri and has a voice made for stadiums.",
    ),
    (
        "intro_people",
        "We'd like to talk with a mail carrier about which neighbors seem isolated.",
        "My husband has walked the same postal route in Bangor for 19 years and notices when someone stops collecting letters.",
    ),
    (
        "intro_people",
        "Looking for a Ukrainian speaker who has resettled and can mentor newcomers.",
        "Olena came from Kharkiv in 2022, now works as a bank teller in Sacramento, and helps families with paperwork.",
    ),
    (
        "intro_people",
        "Anyone know a master electrician who'd supervise apprentices wiring our Habitat build?",
        "My father-in-law holds Tulsa's highest circuit-work license and has overseen trainees on charity houses before.",
    ),
    (
        "intro_people",
        "Need a Navajo language speaker to record greetings for our clinic's phone system.",
        "My aunt teaches Diné bizaad at the Chinle chapter and has a warm, clear voice.",
    ),
    (
        "intro_people",
        "Who could connect me with a NICU nurse to advise our preemie parents' group?",
        "My best friend has cared for tiny newborns at Vanderbilt's intensive care unit for fifteen years.",
    ),
    (
        "intro_people",
        "Looking for a stand-up comedian to host our fundraiser; funny but not crude.",
        "Dave does clean sets at churches and corporate events around Grand Rapids and works for reasonable rates.",
    ),
    (
        "intro_people",
        "Anyone know a glassblower who'd let our art students watch a demo?",
        "My neighbor runs a hot shop in Corning and invites classes to see furnace work on Fridays.",
    ),
    (
        "intro_organizations",
        "Looking to connect with a land trust that helps retiring farmers keep acreage in production.",
        "I'm on the board of a Vermont agricultural easement nonprofit that matches aging growers with young successors.",
    ),
    (
        "intro_organizations",
        "Who should we talk to about getting a food pantry certified to receive USDA commodities?",
        "My contact at the Second Harvest regional warehouse in Spokane handles TEFAP partner agreements.",
    ),
    (
        "intro_organizations",
        "Is there a statewide coalition working on tenant protections in Ohio?",
        "Our group sits on the steering committee of the Buckeye housing justice network, which is pushing a right-to-counsel bill in Columbus.",
    ),
    (
        "intro_organizations",
        "We need a company that donates laptops to schools in rural areas.",
        "My brother-in-law manages corporate giving at a Dell refurbishing center that ships computers to small-town districts.",
    ),
    (
        "intro_organizations",
        "Does anyone have a contact at the state agency that handles lead pipe replacement funds?",
        "I used to work at the Michigan EGLE drinking water division that distributes service line dollars.",
    ),
    (
        "intro_organizations",
        "Looking for a program that trains women in construction trades.",
        "Our partner in Portland runs a seven-week pre-apprenticeship in carpentry and electrical for female jobseekers.",
    ),
    (
        "intro_organizations",
        "Anyone connected to a community foundation in the Mississippi Delta?",
        "My cousin directs grantmaking at a philanthropic trust serving Bolivar, Sunflower and Coahoma.",
    ),
    (
        "intro_organizations",
        "We want to partner with a hospital system on a medical respite program for unhoused patients.",
        "My contact at Atrium in Charlotte oversees their recuperative care beds for people discharged to the street.",
    ),
    (
        "intro_organizations",
        "Who knows someone at a minor league baseball team? We want a community night.",
        "I'm friends with the promotions manager for the Durham Bulls, who books charity ticket evenings all summer.",
    ),
    (
        "intro_organizations",
        "Need an introduction to a legal aid office that handles evictions in Maricopa County.",
        "My friend supervises the renters' defense unit at a Phoenix nonprofit firm that represents low-income clients free.",
    ),
    (
        "intro_organizations",
        "Is there a group that helps veterans start farms?",
        "The Arkansas program I went through teaches ex-service members to raise poultry, goats and vegetables over a week.",
    ),
    (
        "intro_organizations",
        "Looking for a broadband cooperative that might extend service to our township.",
        "Our rural electric provider in Paulding formed a fiber subsidiary and is mapping neighboring areas now.",
    ),
    (
        "intro_organizations",
        "Anyone know a university lab that tests well water for free?",
        "My sister works at Virginia Tech's household drinking-supply program, which runs no-cost sampling clinics every spring.",
    ),
    (
        "intro_organizations",
        "We're looking for a regional transit authority willing to pilot an on-demand rural shuttle.",
        "The bus agency for the Roaring Fork valley in Colorado tested microtransit vans last year; I know their planning director.",
    ),
    (
        "intro_organizations",
        "Who should I contact at the Small Business Administration about disaster loans after the tornado?",
        "My neighbor staffs the federal recovery center in Mayfield and processes storm-damage applications for shops daily.",
    ),
    (
        "intro_organizations",
        "Looking for a statewide arts council contact for a rural touring grant.",
        "I served on the panel for South Dakota's creative agency and know the staffer who handles traveling exhibitions.",
    ),
    (
        "intro_organizations",
        "Need a connection to a credit union that offers loans to immigrants without Social Security numbers.",
        "I bank at a Durham cooperative lender that accepts ITINs and matricula cards for first-time borrowers.",
    ),
    (
        "intro_organizations",
        "Anyone have a contact at a national park about volunteering with our youth corps?",
        "My cousin coordinates service partners at Great Smoky Mountains and brings in teen crews every summer.",
    ),
    (
        "intro_organizations",
        "We want to reach a tribal college about a joint nursing program.",
        "I used to teach at the Sitting Bull campus in Fort Yates, and their health sciences dean is eager for partners.",
    ),
    (
        "intro_organizations",
        "Looking for a food bank that could supply a weekly mobile pantry in our trailer park.",
        "My contact at the Roadrunner distribution warehouse in Albuquerque schedules drop-offs at housing sites with a refrigerated truck.",
    ),
    (
        "intro_organizations",
        "Does anyone know an organization that helps nonprofits buy their buildings?",
        "We purchased our headquarters with a low-rate facilities loan from a Boston CDFI; I can introduce you to our lender.",
    ),
    (
        "intro_organizations",
        "We need to meet the people who run the statewide 211 helpline.",
        "My former coworker manages the call center at United Way of Connecticut that answers resource referrals around the clock.",
    ),
    (
        "intro_organizations",
        "Anyone connected to a company that makes prosthetics and might sponsor our adaptive sports day?",
        "My friend works in marketing at Hanger Clinic in Austin and they love backing amputee athletics.",
    ),
    (
        "intro_organizations",
        "Looking for an agency that inspects daycare centers so we can get licensed.",
        "My sister-in-law is a field surveyor for Georgia's early education department and walks providers through approvals.",
    ),
    (
        "intro_organizations",
        "Who can put us in touch with a Hispanic-serving institution for a summer research program?",
        "I know the provost at the University of Texas at El Paso, where 84% of undergrads are Latino.",
    ),
    (
        "intro_organizations",
        "We want a regional planning commission to help with our trail grant.",
        "My colleague directs the council of governments in the Upper Valley that writes transportation applications for member towns.",
    ),
    (
        "intro_organizations",
        "Need to reach a Catholic Charities chapter for refugee resettlement in Nebraska.",
        "I volunteer with the diocesan social services office in Omaha that welcomes newly arrived Afghan and Congolese households.",
    ),
    (
        "intro_organizations",
        "Is there a library system that lends hotspots we could learn from?",
        "My friend runs the circulation desk at Chattanooga's public branches, which checks out Wi-Fi devices like books.",
    ),
    (
        "intro_organizations",
        "Anyone know a solar company that trains and hires locally in low-income neighborhoods?",
        "GRID Alternatives in Oakland puts panels on working-class roofs, and its installers are apprentices from the same blocks.",
    ),
    (
        "intro_organizations",
        "Looking for a group that offers free mediation for neighbor disputes.",
        "I volunteer at a Lancaster conflict-resolution nonprofit that settles fence, noise and dog quarrels at no charge.",
    ),
    (
        "intro_organizations",
        "We need a connection to a state historic preservation office about listing our church on the National Register.",
        "My friend reviews nominations at Alabama's heritage commission in Montgomery.",
    ),
    (
        "intro_organizations",
        "Who has a contact at a major grocery chain about donating surplus produce?",
        "I know the sustainability lead at Kroger's Nashville division, which routes unsold fruit and vegetables to shelters.",
    ),
    (
        "intro_organizations",
        "Looking for a program that helps Brazilian adults learn to read and write.",
        "Our partner in Framingham, Massachusetts runs evening ESOL and alfabetização classes in a church basement.",
    ),
    (
        "intro_organizations",
        "Anyone connected with a university extension program that does 4-H robotics?",
        "My wife coordinates STEM clubs for Michigan State's youth outreach in the Upper Peninsula.",
    ),
    (
        "intro_organizations",
        "We'd like to reach the state's workforce board about funding for a welding class.",
        "I sit on the regional jobs council in Lubbock that approves training vendors for federal WIOA dollars.",
    ),
    (
        "intro_organizations",
        "Need an introduction to a hospice that serves homeless people.",
        "My contact at the Inn Between in Salt Lake City provides end-of-life care to those with nowhere to live.",
    ),
    (
        "intro_organizations",
        "Looking for a coalition fighting a new gas pipeline through farmland.",
        "I'm a member of Bold Nebraska, the ranchers-and-tribes alliance that stopped Keystone XL's route.",
    ),
    (
        "intro_organizations",
        "Does anyone know a company that donates bikes to kids?",
        "My cousin works for Trek's foundation in Waterloo, Wisconsin, which gives children's cycles to after-school programs.",
    ),
    (
        "intro_organizations",
        "We want a partnership with a community college for a CDL training program.",
        "I teach at Pitt's technical campus in Greenville, NC, where the truck-driving course has three open cohorts.",
    ),
    (
        "intro_organizations",
        "Anyone know the right agency to report a landlord who won't fix mold?",
        "My roommate is an inspector at Baltimore's housing code enforcement office and takes complaints seriously.",
    ),
    (
        "intro_organizations",
        "¿Conocen una organización que ayude a trabajadores del campo con problemas de salario?",
        "Colaboro con una clínica de derechos laborales en Salinas que recupera pagos robados a jornaleros.",
    ),
    (
        "intro_organizations",
        "Buscamos una clínica comunitaria que atienda a personas sin seguro médico en Houston.",
        "Mi hermana es recepcionista en un centro de salud federal en el este de la ciudad que cobra según ingresos.",
    ),
    (
        "intro_organizations",
        "¿Alguien tiene contacto en el consulado para traer una jornada de pasaportes y matrículas a nuestro pueblo?",
        "Mi amiga trabaja en la representación de México en Denver y coordina visitas a comunidades rurales de Colorado.",
    ),
    (
        "intro_organizations",
        "Necesitamos un banco o cooperativa que dé préstamos a pequeños negocios latinos.",
        "Soy socio de una entidad financiera comunitaria en San Antonio que otorga hasta $50,000 a emprendedores sin historial crediticio.",
    ),
    (
        "intro_organizations",
        "¿Hay algún grupo que ayude a padres a entender el sistema escolar de Estados Unidos?",
        "Participo en un programa de la Universidad de Oregon que capacita a mamás y papás inmigrantes para abogar en las reuniones con maestros.",
    ),
    (
        "intro_organizations",
        "Buscamos una organización que dé clases de ciudadanía gratis.",
        "Mi iglesia colabora con un centro de inmigrantes en Raleigh que prepara a residentes para el examen de naturalización sin costo.",
    ),
    (
        "intro_organizations",
        "¿Conocen alguna empresa de construcción que contrate a jóvenes recién graduados?",
        "Mi tío es supervisor en una compañía de techos en Dallas que busca aprendices de 18 años cada verano.",
    ),
    (
        "intro_organizations",
        "Queremos conectar con una cooperativa de vivienda para aprender cómo se organizaron los inquilinos.",
        "Vivo en un edificio de Washington Heights que los residentes compraron al dueño en 1998; la mesa directiva con gusto los recibe.",
    ),
    (
        "intro_organizations",
        "Looking for a reentry program that hires people straight out of prison.",
        "My contact at the Center for Employment Opportunities in Albany puts returning citizens on paid work crews the week they're released.",
    ),
    (
        "intro_organizations",
        "Does anyone know a seed library or seed bank for Indigenous crops?",
        "I volunteer at a Tucson conservancy that stores 2,000 heirloom varieties of Southwest tribal corn, beans and squash.",
    ),
    (
        "intro_organizations",
        "We need a connection at the state Department of Corrections about a prison garden program.",
        "My brother-in-law is an assistant secretary at Washington's incarceration agency in Tumwater and champions horticulture behind the walls.",
    ),
    (
        "intro_organizations",
        "Anyone connected to an airline that donates miles for medical travel?",
        "My cousin handles charitable giving at Alaska Air, which flies rural patients to Seattle specialists.",
    ),
    (
        "intro_organizations",
        "Looking to connect with a statewide association of school boards.",
        "I was elected to our district governance panel and still attend the Iowa education-trustees conference each August.",
    ),
    (
        "intro_organizations",
        "We want to partner with a minority-owned bank for our capital campaign.",
        "My mentor chairs the directors of Citizens Trust in Atlanta, a depository founded by Black Atlantans in 1921.",
    ),
    (
        "intro_organizations",
        "Who could introduce us to a housing authority open to a Section 8 homeownership program?",
        "I worked with the PHA in Lawrence, Kansas, which lets voucher holders put their subsidy toward a mortgage.",
    ),
    (
        "intro_organizations",
        "Need a contact at a museum that loans traveling exhibits to small towns.",
        "My friend is a registrar at the Smithsonian's SITES office, which ships shows to rural venues.",
    ),
    (
        "intro_organizations",
        "Anyone know a youth orchestra that does outreach in low-income schools?",
        "My daughter plays in El Sistema Colorado, which runs free afternoon string ensembles in Denver's Montbello neighborhood.",
    ),
    (
        "intro_organizations",
        "Looking for an environmental justice group working on diesel truck pollution near the port.",
        "I belong to East Yard Communities in Commerce, California, which monitors freight emissions along the 710.",
    ),
    (
        "intro_organizations",
        "We need a dental school that might run a free clinic day in our county.",
        "My nephew trains at Marquette's tooth-care program, and their students staff a no-cost Saturday event in rural Wisconsin twice a year.",
    ),
    (
        "intro_organizations",
        "Who has a contact with a refugee resettlement agency in Boise?",
        "I volunteer with the International Rescue Committee's Idaho office, welcoming newly arrived families.",
    ),
    (
        "intro_organizations",
        "Looking for an organization that provides free legal help to small farmers facing foreclosure.",
        "The Iowa Concern hotline I volunteered for connects growers about to lose acreage to attorneys at no charge.",
    ),
    (
        "intro_organizations",
        "Anyone know a company that sponsors Little League fields?",
        "My golf partner manages community giving for a Dick's Sporting Goods region, and they fund baseball diamonds.",
    ),
    (
        "intro_organizations",
        "We'd like to talk with a public health department that has a syringe services program.",
        "My colleague oversees harm reduction in Scott, Indiana, where the local agency began needle exchange after the HIV outbreak.",
    ),
    (
        "intro_organizations",
        "Does anyone have a connection at the Census Bureau regional office?",
        "My aunt is a partnership specialist with the federal count's Denver branch and helps groups reach undercounted neighborhoods.",
    ),
    (
        "intro_organizations",
        "Looking for a tech company willing to donate cloud credits to nonprofits.",
        "My classmate handles philanthropy at Microsoft's Redmond campus, which gives Azure hosting grants to charities.",
    ),
    (
        "intro_organizations",
        "We need a food policy council in our state to join.",
        "I chair the Michigan network of local nutrition coalitions that meets monthly on SNAP and farm-to-school.",
    ),
    (
        "intro_organizations",
        "Who knows someone at a community land trust that has done rural homeownership?",
        "I serve on the board of a shared-equity nonprofit in Vermont's Champlain valley selling starter houses below market.",
    ),
    (
        "intro_organizations",
        "Looking for a labor union that represents farmworkers in Washington state.",
        "My cousin organizes for Familias Unidas por la Justicia, the berry pickers' collective bargaining unit in Skagit.",
    ),
    (
        "intro_organizations",
        "Anyone know an organization that trains poll workers in Spanish?",
        "My neighbor runs bilingual election judge sessions for Chicago's board of elections.",
    ),
    (
        "intro_organizations",
        "We're looking for an insurance company that will cover a community garden.",
        "My agent at Nationwide in Columbus wrote a liability policy for our urban farm plots last year.",
    ),
    (
        "intro_organizations",
        "Need an introduction to a regional hospital's community benefit office.",
        "My friend directs outreach spending at Sanford Health in Sioux Falls, which must report IRS charity obligations.",
    ),
    (
        "intro_organizations",
        "Looking for a disability services agency that does supported employment.",
        "My brother gets a job coach through Goodwill of the Olympics and Rainier, which places adults with IDD in paid work.",
    ),
    (
        "intro_organizations",
        "Anyone connected with a cooperative development center? We want to convert our business to employee ownership.",
        "I know the director of a Madison nonprofit that helps retiring proprietors sell their firms to their staff.",
    ),
    (
        "intro_organizations",
        "We want to contact a river conservation group about cleanup days on the Cuyahoga.",
        "My friend coordinates stewards at an Akron watershed nonprofit that pulls tires out of the Crooked every May.",
    ),
    (
        "intro_organizations",
        "Looking for a national network of rural newspapers that shares content.",
        "Our weekly belongs to a Kentucky-based syndicate that swaps stories among 300 small-town publications.",
    ),
    (
        "intro_organizations",
        "Who has a contact at an Area Agency on Aging in East Texas?",
        "My mother-in-law volunteers with the senior services office in Tyler that handles Meals on Wheels for 14 counties.",
    ),
    (
        "intro_organizations",
        "Anyone know a makerspace that partners with schools?",
        "My son learned welding at a Milwaukee fabrication lab that hosts seventh-graders on field trips weekly.",
    ),
    (
        "intro_organizations",
        "We need a connection to a regional electric utility about EV chargers in our downtown.",
        "My Rotary friend manages grid programs at Duke Energy's Asheville office and is funding public car-plug stations.",
    ),
    (
        "intro_organizations",
        "Looking for a nonprofit that repairs homes for low-income seniors.",
        "I volunteer with a Baltimore crew that installs ramps and fixes roofs for elderly residents living on Social Security, free of charge.",
    ),
    (
        "intro_organizations",
        "Anyone connected to a faith-based network that organizes around immigration?",
        "Our congregation belongs to the PICO federation, which runs sanctuary and deportation-defense campaigns.",
    ),
    (
        "intro_organizations",
        "¿Alguien conoce un programa que enseñe a emprendedoras a vender en línea?",
        "Soy mentora en una incubadora de mujeres en Los Ángeles que capacita a dueñas de negocios para abrir tiendas en Etsy y Shopify.",
    ),
    (
        "intro_organizations",
        "Buscamos una agencia que ayude a víctimas de violencia doméstica que no hablan inglés.",
        "Trabajo con un refugio en El Paso cuyo personal es bilingüe y ofrece asesoría gratuita a sobrevivientes de abuso en casa.",
    ),
    (
        "intro_organizations",
        "Necesitamos contacto con una universidad que investigue la calidad del aire en el valle.",
        "Mi sobrino estudia en UC Merced, donde un laboratorio mide contaminación por polvo y pesticidas en Fresno y Tulare.",
    ),
    (
        "intro_organizations",
        "¿Hay alguna organización que regale asientos de coche para bebés?",
        "Conozco a la coordinadora de Safe Kids en Salem, que entrega sillas infantiles y enseña a instalarlas cada mes.",
    ),
    (
        "intro_organizations",
        "Looking for a statewide network of domestic violence shelters to train our staff.",
        "I'm on the board of the Oklahoma coalition against abuse in the home, which runs trauma-informed workshops for partner agencies.",
    ),
    (
        "intro_organizations",
        "We want to connect with a business improvement district that has tackled vacant storefronts.",
        "My friend directs the downtown alliance in Lowell, Massachusetts, which placed pop-up shops in 14 empty retail spaces.",
    ),
    (
        "intro_organizations",
        "Anyone know an AmeriCorps program that places members in rural libraries?",
        "My niece serves with a Minnesota national-service corps assigned to small-town book-lending branches for digital literacy.",
    ),
    (
        "intro_organizations",
        "Looking for a utility assistance program that helps families before the heat gets shut off.",
        "My contact at the Maine housing authority's energy office processes emergency fuel deliveries for households behind on bills.",
    ),
    (
        "intro_organizations",
        "Need a connection with a manufacturer that would host student apprentices.",
        "My husband runs HR at a Kohler plant in Sheboygan that takes 20 high schoolers into machining each year.",
    ),
    (
        "intro_organizations",
        "Who knows someone at a national foundation focused on rural health?",
        "I used to work at the Helmsley Charitable Trust's program that funds clinics across the Upper Midwest.",
    ),
    (
        "intro_organizations",
        "Anyone connected with a historically Black college for a STEM mentoring partnership?",
        "My sorority sister teaches engineering at Prairie View A&M and wants to pair undergrads with middle schoolers.",
    ),
    (
        "intro_organizations",
        "We need to reach the state's emergency management agency about shelter plans.",
        "My brother works at Louisiana GOHSEP's operations center in Baton Rouge and coordinates evacuation sites.",
    ),
    (
        "intro_organizations",
        "Looking for a coalition working on paid family leave in Colorado.",
        "I sit on the steering committee of the Denver group that passed Proposition 118 for caregiving time off.",
    ),
    (
        "intro_organizations",
        "Anyone know a company that refurbishes wheelchairs for donation?",
        "My cousin works at a Little Rock medical-equipment reuse warehouse that cleans mobility devices and gives them away.",
    ),
    (
        "intro_organizations",
        "We want to link up with a farm-to-school program in our state.",
        "I coordinate Vermont FEED, which connects cafeterias with nearby growers and runs taste tests.",
    ),
    (
        "intro_organizations",
        "Need a contact at the Bureau of Indian Affairs regional office about road funding.",
        "My colleague handles reservation transportation for the federal tribal agency's Gallup branch.",
    ),
    (
        "intro_organizations",
        "Looking for a group that provides free tax prep for low-income families.",
        "I volunteer at a VITA site run by United Way in Toledo where IRS-certified helpers file returns at no cost.",
    ),
    (
        "intro_organizations",
        "Anyone know a theater company that does plays with incarcerated people?",
        "My friend directs Shakespeare Behind Bars in Kentucky, which stages productions inside a state penitentiary.",
    ),
    (
        "intro_organizations",
        "We need a partner organization that runs summer meal sites in rural areas.",
        "Our church is the USDA lunch sponsor for six towns in Dodge, Georgia, and would add another stop.",
    ),
    (
        "intro_organizations",
        "Looking for a regional accelerator that invests in Black-owned startups.",
        "I'm an alumna of a Birmingham venture program that gives founders of color $50,000 and a 12-week cohort.",
    ),
    (
        "intro_organizations",
        "Anyone connected to a diaper bank? Our parents keep asking for size 4s.",
        "My neighbor coordinates the Greater Philadelphia baby-supply warehouse that distributes 2 million nappies a year.",
    ),
    (
        "intro_organizations",
        "Who could introduce us to a hospital that runs a violence intervention program in the ER?",
        "My cousin works for Boston Medical Center's trauma unit, where advocates meet shooting victims at the bedside.",
    ),
    (
        "intro_organizations",
        "Looking for a state parks foundation that funds accessible trails.",
        "I'm on the board of the friends group for Michigan's DNR recreation areas, which paid for three wheelchair paths last year.",
    ),
    (
        "intro_organizations",
        "We need an introduction to a workforce program for young adults that pays participants.",
        "My cousin went through YouthBuild in Lawrence, Massachusetts, earning wages while building houses and finishing his diploma.",
    ),
    (
        "intro_organizations",
        "Anyone know a nonprofit that teaches financial literacy to teens?",
        "I volunteer with Junior Achievement in Omaha, running a money-management simulation for ninth graders.",
    ),
    (
        "intro_organizations",
        "We want to reach a state chapter of the American Academy of Pediatrics.",
        "My wife is on the executive committee of the Tennessee association of children's doctors.",
    ),
    (
        "intro_organizations",
        "Looking for a Native-led organization doing food sovereignty work in the Southwest.",
        "I know the founders of a Diné collective in Tuba City growing traditional crops and running a trading post co-op.",
    ),
    (
        "intro_organizations",
        "Who has a connection to a community development financial institution in Appalachia?",
        "My friend is a lender at a Berea, Kentucky mission-driven loan fund that backs small manufacturers in coal counties.",
    ),
    (
        "intro_organizations",
        "Looking for a company that donates trees for neighborhood planting days.",
        "My contact at the Arbor Day Foundation in Lincoln ships seedlings free to civic groups.",
    ),
    (
        "intro_organizations",
        "Anyone connected to a cooperative extension office that runs pesticide safety training?",
        "My aunt teaches applicator certification for UC's agriculture outreach in Kern.",
    ),
    (
        "intro_organizations",
        "We need a contact at the state attorney general's consumer protection division about a scam targeting seniors.",
        "My former classmate investigates elder fraud for the Pennsylvania AG's office in Harrisburg.",
    ),
    (
        "intro_organizations",
        "Looking for a hospital chaplaincy program that trains lay volunteers.",
        "My pastor went through the clinical pastoral education unit at Baptist Health in Little Rock, which accepts laypeople.",
    ),
    (
        "intro_organizations",
        "Anyone know a big employer that offers second-chance hiring?",
        "My neighbor recruits for Dave's Killer Bread in Milwaukie, Oregon, where a third of staff have criminal records.",
    ),
    (
        "intro_organizations",
        "We want to partner with a statewide humanities council on an oral history project.",
        "I served on the grants committee of the Topeka nonprofit that funds story-gathering efforts in small towns.",
    ),
    (
        "intro_organizations",
        "Need an introduction to a group that provides emergency repairs after floods.",
        "My church partners with Mennonite Disaster Service, which rebuilds houses in places like Kentucky's Breathitt County.",
    ),
    (
        "intro_organizations",
        "Looking for an organization that provides free eyeglasses to students.",
        "I know the regional manager of Vision To Learn, which sends mobile optometry vans to Title I campuses.",
    ),
    (
        "intro_organizations",
        "Anyone connected with a statewide immigrant rights coalition in Tennessee?",
        "I'm a member of TIRRC in Nashville, which organizes newcomer communities across the Volunteer State.",
    ),
    (
        "intro_organizations",
        "We want to partner with a library system that circulates tools.",
        "My friend manages Sacramento's branch that checks out drills, sewing machines and ladders like books.",
    ),
    (
        "intro_organizations",
        "Looking for a national organization that trains first-time women candidates.",
        "I went through a bipartisan Virginia program that prepares female newcomers to seek local office.",
    ),
    (
        "intro_organizations",
        "¿Alguien conoce una organización que ayude a campesinos a conseguir tierras para sembrar?",
        "Mi cuñado rentó una parcela a través de ALBA en Salinas, una incubadora agrícola para jornaleros que quieren su propio rancho.",
    ),
    (
        "intro_organizations",
        "Buscamos una agencia del gobierno que revise casas con plomo en Milwaukee.",
        "Mi vecina es inspectora del departamento de salud de la ciudad y hace pruebas de pintura vieja en hogares con niños.",
    ),
    (
        "intro_organizations",
        "¿Quién tiene contacto con una empresa que contrate a personas con antecedentes penales?",
        "Mi primo trabaja en una panadería industrial en Portland que da empleo a expresidiarios desde hace veinte años.",
    ),
    (
        "intro_organizations",
        "Necesitamos una organización que ofrezca transporte a citas médicas para ancianos.",
        "Soy voluntaria en un programa de Tucson que lleva a personas mayores al doctor en camionetas con chofer.",
    ),
    (
        "intro_organizations",
        "Looking for a watershed council in Oregon to partner on salmon habitat.",
        "I'm on the board of the Siuslaw basin group that replaces culverts so coho can reach spawning gravel.",
    ),
    (
        "intro_organizations",
        "Anyone know an organization that helps veterans with PTSD through service dogs?",
        "My neighbor trained her retriever through K9s For Warriors in Ponte Vedra, which pairs canines with post-9/11 troops.",
    ),
    (
        "intro_organizations",
        "We want to connect with a state rural health association.",
        "I'm a member of the group that represents critical-access hospitals and clinics across Montana's frontier counties.",
    ),
    (
        "intro_organizations",
        "Need an introduction to a coding bootcamp with scholarships for adults over 40.",
        "My brother graduated from a Kansas City software academy that waives tuition for midcareer learners.",
    ),
    (
        "intro_organizations",
        "Looking for a Jewish federation that funds interfaith projects.",
        "My cousin sits on the allocations panel of Pittsburgh's Squirrel Hill-based philanthropy that backs synagogue-church partnerships.",
    ),
    (
        "intro_organizations",
        "Anyone know a program that places doctors in underserved rural areas?",
        "My husband came to our Alabama town through the National Health Service Corps loan repayment for shortage regions.",
    ),
    (
        "intro_organizations",
        "We need to reach an organization that helps unhoused young people find a place to live.",
        "My friend works at Covenant House in New Orleans, which shelters runaway teens and moves them into apartments.",
    ),
    (
        "intro_organizations",
        "Looking for a company that provides free software to nonprofits for volunteer scheduling.",
        "My old coworker manages partnerships at a Denver startup that gives its shift-signup app to charities at no cost.",
    ),
    (
        "intro_organizations",
        "Anyone connected with a county soil and water conservation district?",
        "My dad sits on the elected board in Story, Iowa that cost-shares terraces and grassed drainage strips for farmers.",
    ),
    (
        "intro_organizations",
        "We'd like a partner organization running a prison education program.",
        "I teach in Bard's initiative that offers college degrees inside six New York correctional facilities.",
    ),
    (
        "intro_organizations",
        "Looking for a statewide children's advocacy group that works on juvenile justice.",
        "I'm employed by a Louisiana nonprofit pushing to raise the age for adult trials and close youth lockups.",
    ),
    (
        "intro_organizations",
        "Anyone know a professional sports team foundation that funds playgrounds?",
        "My friend runs community relations for the Memphis Grizzlies, whose charity builds swing sets and climbing structures in parks.",
    ),
    (
        "intro_organizations",
        "Need a contact at a hospital that donates surplus medical supplies.",
        "My sister works at an Atlanta warehouse that collects unused gauze, gloves and equipment from Emory's wards and ships it to clinics abroad.",
    ),
    (
        "intro_organizations",
        "Looking for an organization that teaches kids to swim for free in inner-city neighborhoods.",
        "My nephew took lessons through a Baltimore YMCA aquatics initiative that covers costs for families in Sandtown.",
    ),
    (
        "intro_organizations",
        "We want to partner with a tribal health clinic on diabetes prevention.",
        "I know the nurse manager at the IHS facility in Chinle that runs a blood-sugar program for Navajo patients.",
    ),
    (
        "intro_organizations",
        "Anyone connected to a statewide network of food co-ops?",
        "I'm on the board of our member-owned grocery, part of the Minnesota association of consumer-owned markets.",
    ),
    (
        "intro_organizations",
        "Looking for an organization that sends retired executives to mentor small businesses.",
        "My dad volunteers with SCORE in Spokane, advising shop owners on cash flow.",
    ),
    (
        "intro_organizations",
        "We need an introduction to a regional airport authority about a job fair at the terminal.",
        "My neighbor handles community relations at Bradley International in Windsor Locks, Connecticut.",
    ),
    (
        "intro_organizations",
        "Anyone know a national nonprofit that builds accessible homes for wounded veterans?",
        "My cousin, a double amputee, got a custom ranch house from a Massachusetts charity serving injured service members.",
    ),
    (
        "intro_organizations",
        "Who should I call at the state wildlife department about opening private land to public hunting?",
        "My brother-in-law enrolls farms in Kansas's walk-in program, paying owners to let sportsmen on their acres.",
    ),
    (
        "intro_organizations",
        "We'd like to partner with a community health center that offers mental health services in Vietnamese.",
        "My aunt is a counselor at a New Orleans East clinic serving the Versailles neighborhood, where most patients came from Saigon.",
    ),
    (
        "intro_organizations",
        "Anyone connected with a housing counseling agency that prevents foreclosures?",
        "I volunteer at a HUD-approved nonprofit in Cleveland that negotiates mortgage modifications for struggling homeowners.",
    ),
    (
        "intro_organizations",
        "Looking for a company that builds modular classrooms and might donate one.",
        "My former boss sells portable school units for Williams Scotsman in Phoenix and has given a few to charities.",
    ),
    (
        "intro_organizations",
        "Need a connection with a university law clinic that handles wrongful convictions.",
        "My professor directs the exoneration project at UVA, where students reinvestigate old murder cases.",
    ),
    (
        "intro_organizations",
        "Anyone know an organization that certifies community health workers?",
        "My colleague runs the Texas state credentialing course for promotoras at an Austin training center.",
    ),
    (
        "intro_organizations",
        "We want to connect with a national coalition of small-town mayors.",
        "My cousin helps run the rural caucus of a D.C.-based municipal league, which gathers top elected officials from communities under 10,000.",
    ),
    (
        "intro_organizations",
        "Looking for a company that makes PPE and might donate masks for wildfire season.",
        "My brother-in-law manages a 3M plant in Aberdeen, South Dakota that has given N95 respirators to smoke-affected towns.",
    ),
    (
        "intro_organizations",
        "Anyone connected with an adult day program for people with dementia?",
        "My mother attends a memory-care daytime center in Sarasota; the director loves partnering with churches.",
    ),
    (
        "intro_organizations",
        "We need an introduction to the state's broadband office before the BEAD application deadline.",
        "I know the deputy at Louisiana's ConnectLA who reviews internet expansion proposals.",
    ),
    (
        "intro_organizations",
        "Looking for a group that connects retired teachers with tutoring programs.",
        "I belong to the Ohio association of former educators, and we staff reading clubs at 30 elementary schools.",
    ),
    (
        "intro_organizations",
        "Anyone know a nonprofit that provides prom dresses for teens who can't afford them?",
        "My daughter volunteers at a Knoxville closet that loans formal gowns and suits to high schoolers for free.",
    ),
    (
        "intro_organizations",
        "We'd like to talk with an organization that advocates for rural transit riders.",
        "I'm on the board of a Vermont coalition pushing for more bus routes between small towns.",
    ),
    (
        "intro_organizations",
        "Looking for a hospital system with a program to screen patients for food insecurity.",
        "My friend manages ProMedica's in-clinic grocery in Toledo, where doctors write prescriptions for produce.",
    ),
    (
        "intro_organizations",
        "Anyone connected with an Asian American civic engagement group in Georgia?",
        "I volunteer with a Norcross organization that registers Korean, Vietnamese, Indian and Pakistani voters in Gwinnett.",
    ),
    (
        "intro_organizations",
        "We want to reach a national foundation that funds local journalism.",
        "My former editor is a program officer at the Miami-based Knight philanthropy that backs community newsrooms.",
    ),
    (
        "intro_organizations",
        "Need an introduction to a rural hospital network that shares specialists via telehealth.",
        "My sister works for Avera eCARE in Sioux Falls, linking small-town ERs with board-certified doctors by video.",
    ),
    (
        "volunteers",
        "We need about a dozen people to sort donated canned goods before Thanksgiving distribution in Dubuque.",
        "The Loras College men's rugby team does a service Saturday every November and likes work that keeps them moving.",
    ),
    (
        "volunteers",
        "Looking for folks to help tear out moldy drywall in flooded homes along the Cumberland River.",
        "Our Mennonite Disaster Service crew from Lancaster County travels with gutting tools and can stay two weeks.",
    ),
    (
        "volunteers",
        "Anyone know people who could read aloud to second graders twice a week at Jefferson Elementary?",
        "Twenty retired teachers in our AARP chapter meet Tuesdays and keep asking me where they'd be useful with children.",
    ),
    (
        "volunteers",
        "Our community garden needs hands to build raised beds next Saturday; lumber is already delivered.",
        "My Eagle Scout candidate has 14 boys from Troop 212 and two dads with drills looking for a project.",
    ),
    (
        "volunteers",
        "We need poll greeters who can translate for Vietnamese-speaking voters at the Garden Grove precincts in November.",
        "Our student association at Cal State Fullerton has thirty bilingual members who want civic service hours this fall.",
    ),
    (
        "volunteers",
        "Need drivers to take elderly patients to dialysis appointments three mornings a week in rural Chase County.",
        "A few of us retired ranchers have pickups, flexible schedules, and nothing but time since we sold the cattle.",
    ),
    (
        "volunteers",
        "Who could help us paint the inside of the women's shelter before it reopens in March?",
        "The apprentices at IUPAT District Council 6 do a community job each spring, supplies and rollers included.",
    ),
    (
        "volunteers",
        "We're short on coaches for the girls' under-10 soccer league in East Tulsa this spring.",
        "Several players from the community college women's squad want to give back to younger kids on weekends.",
    ),
    (
        "volunteers",
        "Looking for people to pick up litter along six miles of Route 9 for our Adopt-a-Highway cleanup.",
        "Our Rotary Interact club has 25 high schoolers who need service hours and own reflective vests.",
    ),
    (
        "volunteers",
        "We need tutors for adult learners preparing for the GED math section, evenings at the library.",
        "I'm an engineering graduate student and four of my labmates want to teach algebra to grown-ups after work.",
    ),
    (
        "volunteers",
        "Anyone able to help plant 500 native trees along the creek restoration site in April?",
        "Our Earth Day crew from the Boeing employee green team numbers about sixty and brings its own shovels.",
    ),
    (
        "volunteers",
        "We need people to call older residents during heat waves to check they're okay.",
        "Our parish phone ministry already has eleven homebound members who love talking on the line every afternoon.",
    ),
    (
        "volunteers",
        "Looking for hands to unload a semi of bottled water after the boil order in Jackson.",
        "The JSU football strength coach says his linemen are ready whenever the truck shows.",
    ),
    (
        "volunteers",
        "We need helpers to staff the registration table at our free health fair on June 8.",
        "Our nursing sorority chapter, Chi Eta Phi, likes front-desk roles and members can check blood pressure too.",
    ),
    (
        "volunteers",
        "Could anyone help us build a wheelchair ramp for a veteran's mobile home outside Bemidji?",
        "Our carpenters' local retirees club completes three accessibility projects a year and has a trailer of tools.",
    ),
    (
        "volunteers",
        "We need mentors for teen boys coming out of juvenile detention in Milwaukee's north side.",
        "Our 100 Black Men chapter here pairs professionals with young guys one-on-one for a full year.",
    ),
    (
        "volunteers",
        "Looking for people who can sew cloth diaper covers for new moms in our clinic.",
        "Our quilting guild in Paducah meets Thursdays with 18 machines and a closet full of fabric.",
    ),
    (
        "volunteers",
        "We need muscle on moving day: the food pantry relocates across town on the 15th.",
        "The Delta Upsilon brothers owe the dean forty service hours and can bring a box truck.",
    ),
    (
        "volunteers",
        "We need people to staff a warming center overnight during the January cold snap.",
        "Our Lutheran youth group's parents said they'd split night shifts in pairs if someone trains them.",
    ),
    (
        "volunteers",
        "We're looking for people to knock doors and register voters in new apartment complexes, nonpartisan.",
        "The League chapter's retired members walk neighborhoods every Saturday and carry clipboards with forms already.",
    ),
    (
        "volunteers",
        "We need cooks for the Friday community supper; we serve about 150 people.",
        "Our culinary arts class at the vocational high school wants real kitchen practice feeding a crowd.",
    ),
    (
        "volunteers",
        "Who can help clear storm debris from yards of older homeowners after the tornado in Mayfield?",
        "Our Baptist men's group from Tennessee has chainsaw teams on standby and two skid steers.",
    ),
    (
        "volunteers",
        "Need a few people comfortable with kids to run crafts at the library's summer reading kickoff.",
        "I lead a Girl Scout Cadette troop; the girls earn a badge by running activities for younger children.",
    ),
    (
        "volunteers",
        "We need hands to shuck and bag oysters for our fundraising roast on the Chesapeake in October.",
        "Our watermen's association families turn out for any bay cause and can open a bushel in minutes.",
    ),
    (
        "volunteers",
        "Looking for ushers and ticket takers for our three-night community theater run in Bozeman.",
        "The MSU drama club members need front-of-house hours for their production credit this semester.",
    ),
    (
        "volunteers",
        "We need someone to walk dogs at our county animal shelter on weekday afternoons.",
        "My homeschool co-op has a dozen teens who finish lessons by noon and adore anything with four legs.",
    ),
    (
        "volunteers",
        "We need people to help install smoke alarms door to door in the Eastside trailer parks.",
        "Our fire academy cadets do a canvassing day each month and the Red Cross supplies the detectors.",
    ),
    (
        "volunteers",
        "Anyone have people who could weed and mulch the memorial park before Veterans Day?",
        "The American Legion Auxiliary ladies and their grandkids turn out for grounds work with a week's notice.",
    ),
    (
        "volunteers",
        "Looking for volunteers to harvest sweet potatoes from donated fields before the frost.",
        "Our Society of St. Andrew gleaning network texts about 200 people whenever a farmer calls.",
    ),
    (
        "volunteers",
        "We need people to assemble 300 hygiene kits for the migrant shelter in El Paso.",
        "My company's HR team does a packing event every quarter; forty employees, production line style, done in two hours.",
    ),
    (
        "volunteers",
        "We need folks to sit with hospice patients so family caregivers can get a few hours of rest.",
        "Our congregation's Stephen Ministers are trained in bedside presence and have open afternoons.",
    ),
    (
        "volunteers",
        "Can anyone help staff the water stations at our 5K for the domestic violence shelter?",
        "The cross-country team at Millbrook High runs in that race every year and their injured runners want jobs.",
    ),
    (
        "volunteers",
        "Need crews to fix up porches and steps for low-income elders during our Rebuild Day in May.",
        "Our Home Depot store's Team Depot associates pick one neighborhood a year and bring materials.",
    ),
    (
        "volunteers",
        "Looking for people to help count the homeless population during January's point-in-time survey.",
        "Our social work master's cohort at UNLV needs field experience and is free overnight after winter break.",
    ),
    (
        "volunteers",
        "We need stagehands to set up chairs, tables, and tents for the Juneteenth festival downtown.",
        "Our fraternity, Omega Psi Phi, does a setup crew for every community celebration on the east side.",
    ),
    (
        "volunteers",
        "Who could help us collect oral histories from elders at the senior center?",
        "My AP government students need an interview project recording a local voice for their portfolio.",
    ),
    (
        "volunteers",
        "We need people to restock shelves and bag groceries at the pantry on Tuesday mornings.",
        "Our retired Safeway employees' club misses the store and would gladly work a weekly shift.",
    ),
    (
        "volunteers",
        "Looking for anglers to teach kids fishing at our free derby at Lake Murray.",
        "Our bass club members run a youth casting clinic every year and bring loaner rods.",
    ),
    (
        "volunteers",
        "We need builders for a Habitat house on Elm Street; framing starts the first week of August.",
        "Our credit union's staff closes one Friday each summer for a service day and wants a construction site.",
    ),
    (
        "volunteers",
        "Need people to rake leaves for housebound seniors across Sheboygan this fall.",
        "The Lakeland University baseball team does an off-season yard day and brings its own tools.",
    ),
    (
        "volunteers",
        "Buscamos personas que ayuden a repartir despensas en el estacionamiento de la iglesia los sábados.",
        "Los jóvenes de nuestro grupo de confirmación necesitan horas de servicio y llegan temprano con sus papás.",
    ),
    (
        "volunteers",
        "Necesitamos gente que pinte el salón comunitario antes de la fiesta patronal de diciembre.",
        "Mi cuñado y sus compañeros de la cuadrilla de brocha gorda ofrecen un fin de semana sin cobrar.",
    ),
    (
        "volunteers",
        "¿Alguien conoce voluntarios que den clases de inglés a padres inmigrantes por las tardes en Salinas?",
        "Un grupo de maestras jubiladas de la parroquia quiere enseñar conversación a adultos dos noches por semana.",
    ),
    (
        "volunteers",
        "Necesitamos manos para limpiar casas después de la inundación en el Valle del Río Grande.",
        "Nuestra cuadrilla de la Cruz Roja de Laredo tiene palas, botas y quince personas disponibles esta semana.",
    ),
    (
        "volunteers",
        "We need people to staff the intake tables at our free legal clinic for tenants facing eviction.",
        "Our paralegal certificate cohort at Mesa Community College wants front-line experience greeting clients on Saturdays.",
    ),
    (
        "volunteers",
        "Looking for folks to help put up snow fencing at the community ski hill before Thanksgiving.",
        "Our Nordic club members in Marquette turn out for trail work parties with post drivers and gloves.",
    ),
    (
        "volunteers",
        "We need helpers to pack weekend backpacks of food for 400 students every Thursday afternoon.",
        "Our Kiwanis club meets midweek after lunch and members are itching for something hands-on.",
    ),
    (
        "volunteers",
        "Anyone know people who could help catalog 2,000 donated books for our new Little Free Library network?",
        "Three retired school media specialists in my reading circle would happily spend winter sorting and labeling spines.",
    ),
    (
        "volunteers",
        "We need kitchen help for a fish fry feeding 600 during Lent at St. Casimir's.",
        "The Knights of Columbus council next door has fryer experience and a dozen guys free Friday evenings.",
    ),
    (
        "volunteers",
        "Looking for people to check in runners and hand out bibs at the Navajo Nation Marathon in Window Rock.",
        "Our Diné College student government wants a service event this fall and can bring twenty-five members.",
    ),
    (
        "volunteers",
        "We need crews to plant a pollinator meadow on a closed landfill cap in Lorain County.",
        "Our Master Gardener class of 2024 owes forty hours each and loves getting dirt under their nails.",
    ),
    (
        "volunteers",
        "Could anyone help us build bunk beds for kids sleeping on floors in Huntington?",
        "A Charleston charity chapter has jigs, lumber deals, and 30 regulars who assemble twin-over-twin frames monthly for families.",
    ),
    (
        "volunteers",
        "We need chaperones for a field trip taking 60 refugee teens to the state capitol.",
        "Our Rotary club's youth committee has eight members with background checks already cleared by the district.",
    ),
    (
        "volunteers",
        "Looking for hands to fill sandbags as the Red River crests this weekend in Fargo.",
        "Our high school hockey teams will bus over 120 players as soon as the superintendent cancels classes.",
    ),
    (
        "volunteers",
        "We need people to transcribe handwritten church records from the 1800s for our county archive.",
        "Our genealogy society has thirty members who read old cursive easily and work from home.",
    ),
    (
        "volunteers",
        "Anyone know folks who'd help run bingo at the nursing home on Wednesday evenings?",
        "My Key Club kids want to spend time with grandparent types and can come midweek after dinner.",
    ),
    (
        "volunteers",
        "We need volunteers to repair bikes for kids at our free Saturday clinic in Flint.",
        "The mechanics at Rusty Chain Cycles close early on weekends and offered to bring their stands.",
    ),
    (
        "volunteers",
        "Looking for people to help set up cots and blankets for a hurricane evacuee shelter at the fairgrounds.",
        "Our CERT team in Lake Charles completed mass care training last spring and has 22 members.",
    ),
    (
        "volunteers",
        "We need pairs of adults to walk kids to school along the routes near Garfield Park.",
        "Our neighborhood association's retirees already do morning strolls and would gladly shepherd a few children at 7:45.",
    ),
    (
        "volunteers",
        "Looking for translators who speak Somali to help at the vaccine clinic in Lewiston on Saturday.",
        "Several Bates College students whose families came from Mogadishu offered to interpret at health events.",
    ),
    (
        "volunteers",
        "We need people who can haul hay and fix fence for a widow running a ranch near Valentine.",
        "Our FFA chapter has a dozen kids with trucks who'll drive an hour for a neighbor in trouble.",
    ),
    (
        "volunteers",
        "We need staff for the coat drive distribution at the bus depot the first cold Saturday.",
        "My coworkers at the Amazon warehouse formed a giving circle and want a shift sorting by size.",
    ),
    (
        "volunteers",
        "Looking for musicians to play at the memory care unit once a month.",
        "Our community band's brass quintet rehearses weekly and wants audiences beyond the summer concert series.",
    ),
    (
        "volunteers",
        "Need people to help register families at our back-to-school backpack giveaway in Phoenix.",
        "The Sigma Lambda Gamma sorority at Arizona State runs check-in lines for events and has Spanish speakers.",
    ),
    (
        "volunteers",
        "We need builders for a playground install on the Pine Ridge Reservation this July.",
        "Our church youth group from Sioux Falls does a mission trip every summer and wants a construction project.",
    ),
    (
        "volunteers",
        "Anyone willing to deliver hot meals to homebound seniors in Lumberton on weekdays?",
        "Our county retirees association has fifteen drivers who each want one route a week.",
    ),
    (
        "volunteers",
        "We need volunteers to scan and tag photos for the town's bicentennial digital archive.",
        "Our high school computer club is looking for a long-term project and knows image metadata.",
    ),
    (
        "volunteers",
        "Looking for people to help with cleanup after the county fair closes Sunday night.",
        "Our 4-H parents rotate a Monday-morning crew of twenty with rakes, trash bags, and a dump trailer.",
    ),
    (
        "volunteers",
        "We need crisis line volunteers who can answer texts overnight from LGBTQ youth.",
        "Our PFLAG chapter has parents who've done the Trevor Project training and are night owls.",
    ),
    (
        "volunteers",
        "Can anyone help set up the voting machines and signs at the senior center polling place?",
        "Our Elks lodge members finished the county election judge training and want more shifts.",
    ),
    (
        "volunteers",
        "We need people to tend goats and chickens at our teaching farm while staff takes a week off.",
        "My niece and her Future Farmers friends do chores at dawn anyway and could cover seven days.",
    ),
    (
        "volunteers",
        "Looking for adults to referee youth basketball on Saturday mornings in the Bronx.",
        "Our precinct's community affairs officers started a whistle squad and want more weekend games.",
    ),
    (
        "volunteers",
        "We need hands to clean up and replant the cemetery where formerly enslaved people are buried.",
        "Our Black heritage society and the Episcopal youth group do a descendants' workday every June.",
    ),
    (
        "volunteers",
        "Necesitamos personas que cocinen tamales para la venta de recaudación del centro comunitario.",
        "Las señoras del Altar Guadalupano preparan cientos cada diciembre y ofrecen dos días de trabajo.",
    ),
    (
        "volunteers",
        "Buscamos choferes para llevar a trabajadores agrícolas a sus citas médicas en Yakima.",
        "Tres hermanos de nuestra congregación tienen camionetas de ocho pasajeros y libres los martes y jueves.",
    ),
    (
        "volunteers",
        "¿Quién nos ayuda a montar carpas y mesas para la feria de salud del domingo?",
        "Los muchachos del club de fútbol juvenil llegan temprano con su entrenador y se quedan a recoger.",
    ),
    (
        "volunteers",
        "Necesitamos tutores de matemáticas para niños de primaria después de clases en Pasco.",
        "Estudiantes de ingeniería de la universidad, todos bilingües, quieren acompañar a chiquitos tres tardes por semana.",
    ),
    (
        "volunteers",
        "We need people to pull invasive buckthorn in the county forest preserve on Earth Day.",
        "Our Boy Scout troop and the Sierra Club outings group already booked that weekend for stewardship.",
    ),
    (
        "volunteers",
        "Looking for folks to help load donated furniture into apartments for resettled Afghan families.",
        "Our Marine Corps League detachment has strong backs, a trailer, and some guys who served in Helmand.",
    ),
    (
        "volunteers",
        "We need docents to lead tours at the historic mill on summer weekends.",
        "My retired social studies teacher friends in Lowell love an audience and know the textile era cold.",
    ),
    (
        "volunteers",
        "We need help staffing a mobile mammography van sign-in desk in three rural parishes.",
        "Our sorority alumnae chapter in Alexandria takes on women's health outreach and members drive anywhere in Louisiana.",
    ),
    (
        "volunteers",
        "Anyone have people to mow and trim around the abandoned lots we're turning into pocket parks?",
        "Our landscaping company's crew has a slow week in late August and offered machines plus labor.",
    ),
    (
        "volunteers",
        "We need a few reliable adults to run the concession stand at Friday football games for the band boosters.",
        "Our Lions Club's grill team has fed crowds for forty years and misses game nights.",
    ),
    (
        "volunteers",
        "We need people to fold and hand out programs at the Memorial Day ceremony.",
        "The Junior ROTC cadets at Central High want duties during patriotic observances and arrive in uniform.",
    ),
    (
        "volunteers",
        "Looking for volunteers to build raised garden beds for residents in wheelchairs at the group home.",
        "My woodshop class at Roosevelt High needs real clients and has a full set of table saws.",
    ),
    (
        "volunteers",
        "We need extra hands to process donated deer meat for the food bank during hunting season.",
        "Our sportsmen's club has licensed butchers and a half-dozen folks who know the grinder.",
    ),
    (
        "volunteers",
        "Anyone know people to help us clean and set up the children's room in the renovated Carnegie building before opening day?",
        "The honor society at Ridgeview Middle School gives back once each term and loves arranging picture-book bins.",
    ),
    (
        "volunteers",
        "We need guides who can accompany blind hikers in the Smokies this fall.",
        "Several of us in the Knoxville mountaineering club took sighted-guide training for outdoor outings.",
    ),
    (
        "volunteers",
        "We need helpers to dig a trench for the water line to the new tribal community greenhouse.",
        "Our Ho-Chunk youth work crew has a certified backhoe operator and eight strong summer hires.",
    ),
    (
        "volunteers",
        "Looking for people to cut and deliver firewood for elders on the reservation before winter.",
        "Our men's wellness group splits cords every Saturday and has a borrowed log splitter.",
    ),
    (
        "volunteers",
        "We need a team to repaint the faded crosswalks near Lincoln Elementary, city permit secured.",
        "Our Strong Towns local chapter organizes tactical urbanism days and has thirty regulars who bring brushes.",
    ),
    (
        "volunteers",
        "Could anyone provide helpers for our free tax-day shredding event in the mall parking lot?",
        "Our credit union's young professionals group likes directing traffic and lifting boxes at public gatherings.",
    ),
    (
        "volunteers",
        "We need people to sort donated medical supplies for shipment to clinics in Haiti.",
        "The pre-med club at Miami Dade College has fifty members who can tell gauze from sutures.",
    ),
    (
        "volunteers",
        "We need bell ringers outside grocery stores from Thanksgiving to Christmas Eve.",
        "Our high school choir would sing carols in shifts, and the director says they'll handle the kettle too.",
    ),
    (
        "volunteers",
        "Looking for volunteers to install donated computers in the public housing community room.",
        "Two network technicians at our telecom plant offered a Saturday and their own crimping tools.",
    ),
    (
        "volunteers",
        "We need folks to pull weeds and water the tribal seed garden during the August drought.",
        "Our summer language camp kids spend mornings outdoors and could tend plants between Lakota lessons.",
    ),
    (
        "volunteers",
        "We need people to help wash and sort clothing donated for wildfire evacuees in Paradise.",
        "Our laundromat owners' association offered free machines plus employees on Sunday afternoons.",
    ),
    (
        "volunteers",
        "Who could help record audiobooks of local authors for our talking library for the visually impaired?",
        "Our community radio station's DJs have studio time most mornings and warm, clear voices.",
    ),
    (
        "volunteers",
        "We need crews to hang drywall in the parsonage we're converting into transitional housing for women.",
        "Our Methodist Volunteers in Mission team from Ohio does sheetrock and taping and booked two weeks in June.",
    ),
    (
        "volunteers",
        "Looking for helpers to register runners at the Pride 10K in Des Moines.",
        "Our queer-friendly bowling league has 40 members who love a good event and early mornings.",
    ),
    (
        "volunteers",
        "We need chess players to coach kids at the after-school club at Marshall Middle School.",
        "Three retired engineers in my Tuesday park game play rated tournaments and like teaching youngsters.",
    ),
    (
        "volunteers",
        "We need people to count birds on the Christmas count transect near the wildlife refuge.",
        "Our nature club has sixteen members with spotting scopes and life lists who go out in any weather.",
    ),
    (
        "volunteers",
        "Necesitamos voluntarios para cuidar a los niños mientras los padres asisten al taller de vivienda.",
        "Las chicas del grupo juvenil de la parroquia tienen certificado de primeros auxilios y años de trabajo como babysitters.",
    ),
    (
        "volunteers",
        "Buscamos gente para servir la cena de Acción de Gracias a 300 personas en el albergue.",
        "Mi familia y otras seis del barrio ofrecen la tarde del jueves y delantales para todos.",
    ),
    (
        "volunteers",
        "¿Alguien tiene voluntarios para limpiar el río Santa Cruz el Día de la Tierra?",
        "El club ecológico de la preparatoria Pueblo junta cuarenta alumnos con guantes y bolsas cada primavera.",
    ),
    (
        "volunteers",
        "Necesitamos ayuda para arreglar techos dañados por la tormenta en las colonias de Brownsville.",
        "Nuestra cuadrilla de techadores jubilados tiene escaleras, clavadoras y tres fines de semana libres.",
    ),
    (
        "volunteers",
        "We need volunteers to answer phones during the flood relief hotline's busiest hours.",
        "Our call center in Cedar Rapids will lend ten agents a day who already handle insurance claims.",
    ),
    (
        "volunteers",
        "Looking for people who can teach basic sewing to refugee women at the community center.",
        "Our home economics retirees and the local Singer shop owner will run a weekly stitching circle.",
    ),
    (
        "volunteers",
        "We need helpers to decorate the hospital pediatric ward for the holidays.",
        "My cheerleading squad has a tradition of December service and an absurd supply of glitter.",
    ),
    (
        "volunteers",
        "We need bodies to help inventory the tool library before we reopen in spring.",
        "Our makerspace members hold monthly work nights and several are meticulous spreadsheet nerds.",
    ),
    (
        "volunteers",
        "Could anyone help us run a kids' fishing day for military families at Fort Campbell?",
        "Our Trout Unlimited chapter brings rods, bait, and patient members to any youth event in the region.",
    ),
    (
        "volunteers",
        "We need hands to tear down and move the used playground the church in Salem donated to us.",
        "Our Habitat ReStore crew has dismantled three swing sets and owns a flatbed.",
    ),
    (
        "volunteers",
        "Need people to lead walking groups for diabetic patients at our clinic three mornings weekly.",
        "Our early-bird mall loop club, mostly retired nurses, would love a purpose for their laps.",
    ),
    (
        "volunteers",
        "We need construction helpers to finish a straw-bale community building in Taos.",
        "Our permaculture meetup has fifteen regulars who've plastered earthen walls and want weekend work.",
    ),
    (
        "volunteers",
        "Looking for people to pass out cooling towels and water along the July 4th parade route.",
        "Our Civil Air Patrol squadron's cadets serve at public events and follow directions well.",
    ),
    (
        "volunteers",
        "We need folks for a barn raising for a young farmer who lost everything in a fire.",
        "Our Grange and two Mennonite families can put forty men on timber frames by dawn.",
    ),
    (
        "volunteers",
        "We need people to help sort and pack donated books for prisoners in Texas.",
        "Our Austin zine collective meets Wednesdays and already knows correctional mail rules.",
    ),
    (
        "volunteers",
        "Looking for folks to build a fence around the community orchard to keep the deer out.",
        "Our farm-to-school parents have post-hole diggers and Saturday mornings free in October.",
    ),
    (
        "volunteers",
        "We need volunteers who can do ESL conversation practice with Ukrainian newcomers.",
        "A dozen members of our church want to host weekly English chats over tea, and several speak some Russian.",
    ),
    (
        "volunteers",
        "We need people to shovel sidewalks for seniors all winter in Duluth.",
        "Our Lutheran men's breakfast group has seven guys with two-stage blowers and nothing to do at 6 a.m.",
    ),
    (
        "volunteers",
        "We need students to help clean and reset the classrooms at the church school after the flood.",
        "Our campus ministry at LSU has eighty members and a bus that leaves Friday afternoon.",
    ),
    (
        "volunteers",
        "We need crews to pick up trash along the beach after the Fourth of July in Galveston.",
        "Our surf club and the dive shop staff turn out with grabbers and buckets every holiday morning.",
    ),
    (
        "volunteers",
        "Looking for people to teach kids to swim at the new municipal pool this summer.",
        "Several lifeguard-certified college students home for break want paid-forward work in the mornings.",
    ),
    (
        "volunteers",
        "We need people to help distribute naloxone kits at the county fair booth.",
        "Our recovery community members, all trained in overdose response, want to staff outreach tables.",
    ),
    (
        "volunteers",
        "We need help moving the historical society's collection into the new climate-controlled annex.",
        "Our relocation company donates a crew and truck one day per quarter to local nonprofits.",
    ),
    (
        "volunteers",
        "Anyone have folks who could help hang art for the teen show at the gallery this weekend?",
        "My framing shop employees know wire, levels, and anchors and can come Friday night.",
    ),
    (
        "volunteers",
        "We need callers to remind patients about free flu shots at our community health center.",
        "Our retirement village's phone tree ladies have dialed hundreds of numbers a month for years.",
    ),
    (
        "volunteers",
        "We need hands for our annual river cleanup in Pittsburgh; we have canoes but no paddlers.",
        "Our rowing club's masters crew would swap their sculls for a day of hauling tires out.",
    ),
    (
        "volunteers",
        "We need people to repair the roof on a disabled veteran's home before hurricane season in Fayetteville.",
        "Our Fort Bragg spouses' club has a group of handy husbands, some former shingle installers, free most Saturdays.",
    ),
    (
        "volunteers",
        "Looking for adults to be lunch buddies with kids in foster care at Grant Elementary.",
        "Our bank branch lets employees take a paid hour weekly to spend with a student.",
    ),
    (
        "volunteers",
        "We need people to help haul contaminated soil and lay fresh sod in yards near the old smelter in Newark.",
        "Our Laborers' union apprentices, mostly raised in the Ironbound, want community work on weekends.",
    ),
    (
        "volunteers",
        "We need volunteers to scrub and paint over the graffiti under the overpass before the mural starts.",
        "Our probation office's community service crew needs sites and has a supervisor, pressure washer, and primer.",
    ),
    (
        "volunteers",
        "We need people to set up and break down our mobile farmers market each Wednesday in Gary.",
        "Our Purdue Northwest nutrition students need practicum hours midweek and are strong lifters.",
    ),
    (
        "volunteers",
        "Looking for storytellers who could sit with toddlers in our clinic waiting room.",
        "Our retired kindergarten teachers' group has members who love lap-sitting picture book time.",
    ),
    (
        "volunteers",
        "We need hands at the warehouse packing emergency boxes before hurricane season in Mobile.",
        "Our Coast Guard Auxiliary flotilla wants a land-based service project in May.",
    ),
    (
        "volunteers",
        "We need folks to pick apples from backyard trees that owners can't harvest themselves.",
        "Our fruit gleaning Facebook group has 300 members and ladders in most garages.",
    ),
    (
        "volunteers",
        "We need people to help renovate the old train depot into a youth center in Harlan.",
        "Our coal miners' retirees have carpentry skills and a Tuesday coffee club itching for purpose.",
    ),
    (
        "volunteers",
        "Who could help run a free car wash to benefit the band's trip to Washington?",
        "Our soccer team's parents have buckets, hoses, and a church lot on Saturdays.",
    ),
    (
        "volunteers",
        "We need lifeguards and helpers for an adaptive swim day for kids with autism.",
        "Our university's special education majors and the aquatics staff can pair one-on-one with participants.",
    ),
    (
        "volunteers",
        "We need people to help run a free community laundry day at the laundromat in McDowell County.",
        "Our Methodist women's circle folds sheets for the hospital and would gladly handle quarters and towels.",
    ),
    (
        "volunteers",
        "We need hands to pack seed packets for our seed library's spring giveaway.",
        "My garden club's winter meetings are idle; twelve members could fill envelopes at the kitchen table.",
    ),
    (
        "volunteers",
        "We need people to help repair and paint the bleachers at the Little League field in Wichita.",
        "Our aircraft plant's machinists union runs a service week in August and loves welding projects.",
    ),
    (
        "volunteers",
        "We need helpers to sort donated prom dresses and suits for the free boutique in April.",
        "Our Delta Sigma Theta chapter already steams, sizes and hangs garments for our annual formalwear giveaway.",
    ),
    (
        "volunteers",
        "Looking for volunteers to help seniors set up their new tablets at the public housing tower.",
        "My teen robotics team has patient kids who want to coach grandparents online weekly.",
    ),
    (
        "volunteers",
        "We need folks to haul brush and cut firebreaks around the church camp before fire season.",
        "Our hotshot crew alumni association does one fuel-reduction weekend a year for nonprofits.",
    ),
    (
        "volunteers",
        "Necesitamos voluntarios para registrar votantes en la feria del barrio, sin partidismo.",
        "Los estudiantes del club MEChA de la universidad tienen formularios y salen cada sábado.",
    ),
    (
        "volunteers",
        "Buscamos personas que ayuden a sembrar un huerto en la escuela primaria de Watsonville.",
        "Los jornaleros jubilados del centro obrero saben de tierra y tienen las mañanas libres.",
    ),
    (
        "volunteers",
        "¿Hay quien ayude a descargar el tráiler de comida que llega el viernes a las seis?",
        "El equipo de béisbol de la liga de adultos entrena cerca y sus jugadores se ofrecen a mover cajas.",
    ),
    (
        "volunteers",
        "Necesitamos quien reparta agua y suero a los trabajadores del campo durante la ola de calor.",
        "Nuestro grupo de jóvenes de la iglesia tiene hieleras, una van y ganas de salir temprano a los ranchos.",
    ),
    (
        "volunteers",
        "We need crews to muck out and clean horse stalls at our therapeutic riding center.",
        "Our Pony Club kids need service hours and aren't afraid of manure or early mornings.",
    ),
    (
        "volunteers",
        "We need builders for tiny homes for unhoused veterans in Kansas City.",
        "Our IBEW local's apprentices need wiring hours and have a foreman willing to supervise weekends.",
    ),
    (
        "volunteers",
        "We need help setting up 200 chairs and a sound stage for the naturalization ceremony in Boise.",
        "Our National Guard unit's family readiness group does event logistics and is proud to serve new citizens.",
    ),
    (
        "volunteers",
        "We need folks to help clean out the basement of the old Masonic hall we just bought.",
        "Our junk-removal business gives one free crew day a month to community groups.",
    ),
    (
        "volunteers",
        "We need a few people to hold the ladders while we string lights on the town square.",
        "Our fire department's auxiliary loves holiday decorating and brings the aerial truck.",
    ),
    (
        "volunteers",
        "We need volunteers to help kids build birdhouses at the nature center's spring camp.",
        "My woodworking guild has eight retirees who'd pre-cut kits and supervise little hands with hammers.",
    ),
    (
        "volunteers",
        "Looking for people who can stay overnight at the youth shelter so we meet staffing ratios.",
        "Our seminary students need pastoral field placements and several already work nights.",
    ),
    (
        "volunteers",
        "We need scorekeepers and timers for the Special Olympics regional track meet.",
        "Our high school's athletic trainers club and the math team both want to work a spring sports event.",
    ),
    (
        "volunteers",
        "We need people to help sift through fire debris for family keepsakes after the Lahaina fires.",
        "Our archaeology field school crew knows screening and careful excavation and can fly in for a week.",
    ),
    (
        "volunteers",
        "Need pumpkin carvers and face painters for the harvest festival at the children's hospital.",
        "Our art club at Westside High has fifteen students with steady hands and a teacher who loves October.",
    ),
    (
        "volunteers",
        "We need hands to plant marsh grass along eroding shoreline in Plaquemines Parish.",
        "Our coastal fishing families and the Vietnamese shrimpers' association volunteer each spring.",
    ),
    (
        "amplification",
        "How do we let farmers across western Kansas know the drought relief application closes May 31?",
        "I do the noon market report on KXBR ag radio, which plays in grain elevators from Goodland to Dodge City.",
    ),
    (
        "amplification",
        "We want more Vietnamese-speaking seniors in Houston to hear about the new free dental clinic.",
        "Our parish bulletin at Our Lady of La Vang goes to 3,000 families and Father Tran reads announcements after every Mass.",
    ),
    (
        "amplification",
        "Looking for someone to testify at the city council hearing about why our shelter needs the zoning variance.",
        "I'm a former resident who got back on my feet there and I'm comfortable speaking in public.",
    ),
    (
        "amplification",
        "We need to recruit foster parents in rural Maine; where can we tell our story?",
        "Our weekly paper, the Moosehead Ledger, runs a free community spotlight and readership skews toward empty nesters.",
    ),
    (
        "amplification",
        "We'd love a well-known local voice to endorse the library bond so it isn't seen as partisan.",
        "Our retired Republican mayor and the former Democratic state rep co-chair a civility forum and sign joint letters.",
    ),
    (
        "amplification",
        "How can we reach young Black men in Atlanta about free prostate screenings? They don't read flyers.",
        "I own three barbershops on the west side and our chairs see 400 clients a week; my barbers talk.",
    ),
    (
        "amplification",
        "We need to tell Hmong families in St. Paul about the new school enrollment deadlines.",
        "Our clan council leaders relay news through a WhatsApp tree reaching nearly every household from the Laos diaspora here.",
    ),
    (
        "amplification",
        "Anyone with a big social audience who'd share our campaign for the skatepark?",
        "My daughter's trick videos account has 40,000 followers, mostly teens around Spokane.",
    ),
    (
        "amplification",
        "We need pastors to preach on Sunday about the importance of getting kids vaccinated.",
        "Our ministerial alliance of 30 Black churches in Memphis will align messages from the pulpit on a chosen weekend if given talking points.",
    ),
    (
        "amplification",
        "We want state legislators to hear from farmworkers directly about heat illness.",
        "Three of our crew members who collapsed last summer are willing to speak at the Capitol in Sacramento.",
    ),
    (
        "amplification",
        "How do we get the word out to veterans that the PACT Act deadline is coming?",
        "Our VFW post newsletter reaches 1,200 members across four counties and we share on the post's Facebook.",
    ),
    (
        "amplification",
        "We need an op-ed placed about rural hospital closures before the legislative session.",
        "I'm the opinion editor at the Daily Record in Wooster and we're short on local guest columns.",
    ),
    (
        "amplification",
        "Can anyone help spread the word about our free summer meals sites to parents in Tucson?",
        "Our school district's text alert system reaches every family with a student enrolled, in English and Spanish.",
    ),
    (
        "amplification",
        "We want a business voice to back the paid sick leave ordinance in Tacoma.",
        "I own a 60-employee bakery and already offer it; happy to say so at the council and in print.",
    ),
    (
        "amplification",
        "How can we let tenants across the county know about the new rent relief portal?",
        "I manage the largest apartment listing group on Facebook for the Fresno area, around 85,000 members.",
    ),
    (
        "amplification",
        "We need a respected conservative voice to speak up for the prison reentry program.",
        "I'm a Southern Baptist pastor and former sheriff's deputy; I'll write or preach on second chances.",
    ),
    (
        "amplification",
        "We want to get the message about the new 988 crisis line into high school hallways.",
        "Our student council runs the morning announcements and the cafeteria TV screens at Harding.",
    ),
    (
        "amplification",
        "Looking for influencers to promote our farmers market's SNAP double-up program.",
        "I'm a food blogger in Louisville with a newsletter of 12,000 home cooks who love budget recipes.",
    ),
    (
        "amplification",
        "We need someone to tell the county commission how the bus route cut would affect disabled riders.",
        "I use a power chair and ride the number 4 daily; I've spoken at hearings before and would again.",
    ),
    (
        "amplification",
        "How do we reach Spanish-speaking dairy workers in Idaho about workplace safety rights?",
        "Our Radio Bilingüe affiliate in Twin Falls plays in milking parlors during the early shift.",
    ),
    (
        "amplification",
        "We're trying to get more people to show up to the public comment on the pipeline permit.",
        "Our climate group's email list has 6,000 addresses in the watershed and a reliable texting team.",
    ),
    (
        "amplification",
        "We need athletes or coaches to endorse our youth mental health campaign publicly.",
        "I played eight seasons with the Packers and I talk openly about depression at schools.",
    ),
    (
        "amplification",
        "Can someone help us get covered on local TV about the free eviction defense clinic?",
        "I'm the assignment desk producer at KTLQ evening news and always need community stories for Sunday.",
    ),
    (
        "amplification",
        "We want our small-town grocery co-op's membership drive shared widely in the valley.",
        "I write the weekly 'Around Town' column for the Ridge Sentinel and our church bulletin goes out the same day.",
    ),
    (
        "amplification",
        "We need signatures on a letter supporting Native language funding in the state budget.",
        "Our tribal council chairwoman and four other nation leaders will co-sign if the draft comes through our liaison.",
    ),
    (
        "amplification",
        "How do we let Deaf residents know about emergency shelter procedures?",
        "I'm a certified ASL interpreter and make videos for a local signing community group with 2,000 members.",
    ),
    (
        "amplification",
        "We want more people to know about the free naloxone vending machines in Huntington.",
        "Our recovery podcast has 9,000 downloads a month across West Virginia, mostly people in the rooms.",
    ),
    (
        "amplification",
        "Looking for a way to reach small landlords about the lead paint remediation grants.",
        "Our property owners association's monthly mailing goes to 700 mom-and-pop rental owners in Baltimore.",
    ),
    (
        "amplification",
        "We need a pulpit announcement about the blood drive in as many churches as possible.",
        "I chair the county interfaith council; our Friday email goes to 54 congregational secretaries.",
    ),
    (
        "amplification",
        "We want someone with lived experience to testify for the foster youth tuition waiver bill.",
        "I aged out of care at 18 and just graduated from UCF; I'd gladly speak to the committee.",
    ),
    (
        "amplification",
        "How can we spread the word about broadband subsidies to older rural residents who aren't online?",
        "I host a Saturday morning bluegrass show on the co-op radio station that half the county listens to.",
    ),
    (
        "amplification",
        "We need help promoting the nonpartisan candidate forum so both sides actually show up.",
        "Our chamber of commerce and the labor council agreed to co-sponsor and blast it to both memberships.",
    ),
    (
        "amplification",
        "We need a doctor to publicly back our push for fluoride in the city water.",
        "I'm a pediatric dentist and former state dental association president; quote me anywhere.",
    ),
    (
        "amplification",
        "Looking to reach Somali families in Columbus about free summer camp spots.",
        "I run a WhatsApp group of 2,500 mothers from our mosque and the imam lets me speak after Friday prayer.",
    ),
    (
        "amplification",
        "Can anyone share our domestic violence hotline in places where abusers won't notice?",
        "Our salon network posts discreet numbers inside restroom stalls at 40 locations in Arkansas.",
    ),
    (
        "amplification",
        "We want to get our voter guide into the hands of first-time student voters, nonpartisan.",
        "I'm the editor of the campus newspaper at Ball State and we print 5,000 copies each week.",
    ),
    (
        "amplification",
        "¿Cómo avisamos a las familias del barrio que la clínica ahora atiende sin seguro?",
        "Tengo un programa de radio los domingos en La Poderosa 1490 y lo escuchan en casi todas las cocinas del sur de Dallas.",
    ),
    (
        "amplification",
        "Necesitamos que alguien hable ante el concejo sobre los baches y la falta de alumbrado en nuestra colonia.",
        "Soy vecina desde hace treinta años, presidenta de la mesa directiva, y no me da pena tomar el micrófono.",
    ),
    (
        "amplification",
        "Queremos difundir las fechas del censo escolar entre padres que no leen inglés.",
        "Administro un grupo de Facebook de mamás latinas en Omaha con más de nueve mil miembros activos.",
    ),
    (
        "amplification",
        "Buscamos a alguien conocido que apoye públicamente la campaña de vacunación para niños.",
        "Soy pediatra y salgo cada semana en el noticiero de Univision local contestando preguntas de salud.",
    ),
    (
        "amplification",
        "We need to get our Know Your Rights info to day laborers in Houston before rumors spread.",
        "Our worker center's van visits six Home Depot parking lots each dawn with a megaphone and handouts.",
    ),
    (
        "amplification",
        "How do we let small business owners in Detroit know about the façade improvement grants?",
        "I edit the merchants' association e-newsletter, which goes to 900 shopkeepers on Livernois and Seven Mile.",
    ),
    (
        "amplification",
        "We want a well-known athlete to record a PSA about water safety for kids this summer.",
        "I swam in two Olympics and do a lot of local media in Fort Lauderdale; my agent can schedule it.",
    ),
    (
        "amplification",
        "We need faith leaders to sign on to a statement condemning the vandalism at the mosque.",
        "Our rabbi, three pastors and a Sikh gurdwara president in Fairfax have drafted solidarity letters before.",
    ),
    (
        "amplification",
        "How can we reach truck drivers about human trafficking warning signs?",
        "I run a long-haul podcast heard in cabs on I-40, and a travel-center chain lets me post in their lounges.",
    ),
    (
        "amplification",
        "We want to get the story of our community land trust into a national outlet.",
        "I'm a freelance reporter who has placed housing features in The Atlantic and CityLab.",
    ),
    (
        "amplification",
        "Looking for young people to testify at the school board about cellphone policy.",
        "Our student advisory council has eleven teens eager to speak and two have already drafted remarks.",
    ),
    (
        "amplification",
        "How can we tell farmers in the Delta about cost-share for cover crops?",
        "Our extension agent's Friday text blast reaches 1,100 growers across Bolivar and Sunflower counties.",
    ),
    (
        "amplification",
        "We need endorsements from veterans for the county's new mental health levy.",
        "I command the American Legion post and our executive committee will vote to back it and write a letter.",
    ),
    (
        "amplification",
        "We'd like the public library's programming for teens shared widely across Yakima.",
        "I'm a TikTok creator with 60,000 local followers, mostly high schoolers in the valley.",
    ),
    (
        "amplification",
        "We need people to call their state senator about the child care funding bill this week.",
        "Our parent network has a phone-bank script and 2,400 moms on a text list ready to dial.",
    ),
    (
        "amplification",
        "How do we get news about the boil-water notice to people without internet up in the hollers?",
        "Our AM station's swap-shop call-in show is on every kitchen radio in the county at 8 a.m.",
    ),
    (
        "amplification",
        "We want to get a message about safe gun storage into hunting communities without sounding preachy.",
        "I teach the state's firearm education courses and write a column for the rod-and-gun club newsletter.",
    ),
    (
        "amplification",
        "Looking for someone to help our reentry program get positive coverage instead of crime stories.",
        "I produce the Sunday public affairs segment at the NPR station and want hopeful pieces on second chances.",
    ),
    (
        "amplification",
        "We need to let Ukrainian newcomers in Sacramento know about free English classes.",
        "Our Slavic Baptist church announces events from the pulpit in two languages each week.",
    ),
    (
        "amplification",
        "Can anyone get our park cleanup promoted on the screens at the minor league ballpark?",
        "I run the videoboard for the Round Rock club and donate a slot to a local cause every homestand.",
    ),
    (
        "amplification",
        "We need nurses willing to speak publicly about unsafe staffing levels at the county hospital.",
        "I'm a retired ICU charge RN with 30 years there, and I'm no longer afraid of management.",
    ),
    (
        "amplification",
        "How do we advertise the free tax prep sites to low-income workers in Birmingham?",
        "Our credit union prints messages on every receipt and on ATM screens across Jefferson County.",
    ),
    (
        "amplification",
        "We need to get the word to tribal members living off-reservation about the enrollment update.",
        "Our nation's monthly newspaper mails to every citizen's address on file, including those in Denver and Phoenix.",
    ),
    (
        "amplification",
        "We want a corporate endorsement for the state's clean energy jobs bill.",
        "I'm VP of sustainability at a 2,000-employee manufacturer in Toledo and we've testified before.",
    ),
    (
        "amplification",
        "How can we reach the Arab American community in Dearborn about the new mental health hotline?",
        "I host a call-in show on the Lebanese radio hour and my guests are usually doctors.",
    ),
    (
        "amplification",
        "We need a speaker at the rally who's lost a family member to fentanyl.",
        "My son died of an overdose two years ago, and I've spoken at schools and the statehouse since.",
    ),
    (
        "amplification",
        "We want to flood social media on Giving Tuesday for our animal rescue.",
        "I manage accounts for three local breweries with a combined 45,000 followers who love dog content.",
    ),
    (
        "amplification",
        "Looking for a way to share our research on air pollution near the port with affected residents.",
        "Our block club captains knock on 600 doors a month and love a good handout.",
    ),
    (
        "amplification",
        "We need bilingual PSAs about hurricane evacuation routes on the radio in Corpus Christi.",
        "I'm the program director at Tejano 98.7 and we air public service spots free during storm season.",
    ),
    (
        "amplification",
        "We want someone from the business community to write a letter backing the downtown homeless navigation center.",
        "I chair the merchants' improvement district board and I've signed op-eds on housing before.",
    ),
    (
        "amplification",
        "How can we make sure older voters know about the new polling location, nonpartisan?",
        "Our Meals on Wheels drivers slip a note into every delivery, about 900 homes a day.",
    ),
    (
        "amplification",
        "We need a respected farmer to speak for the conservation easement at the county meeting.",
        "My family's been ranching here five generations and I chair the soil and water district.",
    ),
    (
        "amplification",
        "We want the local paper to run our series on wage theft among restaurant workers.",
        "I'm metro editor at the Courier in Lafayette and we're looking for labor stories this spring.",
    ),
    (
        "amplification",
        "How do we get the word out that the food pantry now has halal and kosher options?",
        "Our interfaith council's WhatsApp and listserv reach imams, rabbis and their congregations across Essex County.",
    ),
    (
        "amplification",
        "We need celebrity or author endorsements for our literacy fundraiser gala.",
        "I'm a bestselling mystery novelist living in Asheville and I happily blurb causes I believe in.",
    ),
    (
        "amplification",
        "We need to reach miners' widows about black lung benefits they may be owed.",
        "I host the Sunday gospel hour on WKCQ and the coal camp churches all tune in.",
    ),
    (
        "amplification",
        "Can someone get our transit survey in front of night-shift workers?",
        "Our hospital's internal app pushes notifications to 4,000 staff, half of them working overnight.",
    ),
    (
        "amplification",
        "We want a testimonial video from a patient helped by our free clinic.",
        "I was uninsured with diabetes when your nurses caught it, and I'm comfortable on camera.",
    ),
    (
        "amplification",
        "Queremos que los trabajadores de la construcción sepan de sus derechos cuando no les pagan.",
        "Tengo una página de Facebook de albañiles y techadores en Houston con 22,000 seguidores.",
    ),
    (
        "amplification",
        "Necesitamos que los sacerdotes mencionen la colecta de útiles escolares en las misas de agosto.",
        "Soy coordinadora de pastoral hispana en la diócesis y puedo enviar avisos a las 30 parroquias.",
    ),
    (
        "amplification",
        "¿Quién puede dar testimonio ante la legislatura sobre el acceso a licencias de manejo para inmigrantes?",
        "Llevé a mis hijos a la escuela sin permiso durante diez años por necesidad y estoy dispuesto a contar mi historia en Springfield.",
    ),
    (
        "amplification",
        "Buscamos cómo promover la feria de empleo entre jóvenes latinos del condado.",
        "Mi programa de música regional mexicana en la tarde lo escuchan muchos muchachos de 18 a 25 años.",
    ),
    (
        "amplification",
        "We need a Republican legislator to co-sponsor our bill on rural maternal care.",
        "My husband serves in the state House majority caucus and is passionate about women's health in the farm districts.",
    ),
    (
        "amplification",
        "How can we get the message about the new crisis respite center to police officers?",
        "I'm the training sergeant and I run roll call briefings for all three shifts.",
    ),
    (
        "amplification",
        "We need to promote our free mammogram days to women in the Black Belt counties.",
        "I run the gospel program on WALJ Sunday mornings and our sponsors include every church auxiliary in Selma.",
    ),
    (
        "amplification",
        "We want someone to speak at the planning commission about why the ADU rule matters to seniors.",
        "I'm 78, I built a backyard cottage for my caregiver, and I'd love a microphone.",
    ),
    (
        "amplification",
        "How do we get students to know the campus food pantry exists without shame?",
        "I'm the class president and our dorm RA network posts to every floor's group chat.",
    ),
    (
        "amplification",
        "We need a way to alert ranchers fast when a wildfire jumps containment near Burns.",
        "Our cattlemen's association has a text tree that reaches every member in Harney County within ten minutes.",
    ),
    (
        "amplification",
        "We'd like a national organization to endorse our tribal water rights settlement.",
        "I sit on the NCAI resolutions committee and can bring it forward at the midyear session.",
    ),
    (
        "amplification",
        "Looking for someone to put our voter registration drive in the church newsletters, nonpartisan.",
        "I edit the AME district bulletin that goes to 62 congregations in South Carolina.",
    ),
    (
        "amplification",
        "We want to share teachers' stories about the literacy program with the state board of education.",
        "My third graders gained two reading levels this year and I'll testify in Lansing.",
    ),
    (
        "amplification",
        "How can we get word to Haitian families about the TPS renewal clinic?",
        "I host a Kreyòl call-in show Saturdays on 1320 AM in Miami and the lines stay full.",
    ),
    (
        "amplification",
        "We need a well-known chef to champion our school lunch scratch-cooking campaign.",
        "I run two James Beard-nominated restaurants in Charleston and do a weekly TV kitchen segment.",
    ),
    (
        "amplification",
        "How can we get our message about road safety to motorcycle riders?",
        "I'm president of a Harley owners group with 600 members and we publish a monthly magazine.",
    ),
    (
        "amplification",
        "We need someone influential to nudge the governor to sign the juvenile justice bill.",
        "I chaired her campaign finance committee and still talk to her chief of staff weekly.",
    ),
    (
        "amplification",
        "Looking for ways to reach immigrant parents in Nashville who speak Kurdish.",
        "I'm a family liaison at the school district and lead a Sorani-language group chat with 700 members.",
    ),
    (
        "amplification",
        "We want a billboard along I-94 about suicide prevention for farmers.",
        "Our outdoor advertising company donates vacant panels for public service messages in North Dakota.",
    ),
    (
        "amplification",
        "How do we publicize the free broadband sign-up days to families in the Mississippi Delta?",
        "Our electric co-op's monthly magazine goes to every member's mailbox, 27,000 households.",
    ),
    (
        "amplification",
        "We need youth voices at the state climate hearing next Tuesday.",
        "Our Sunrise hub has a dozen high schoolers with prepared three-minute statements ready.",
    ),
    (
        "amplification",
        "Can anyone help us get coverage of the Juneteenth festival in the Black press?",
        "I'm a columnist for the Michigan Chronicle and I also run a popular events newsletter.",
    ),
    (
        "amplification",
        "We want to let disabled riders know about the paratransit changes before they start.",
        "Our independent living center's phone tree and large-print newsletter reach 1,400 consumers.",
    ),
    (
        "amplification",
        "We need an economist to publicly support the minimum wage study's findings.",
        "I'm a labor professor at Rutgers who's written for the Star-Ledger and will sign a statement.",
    ),
    (
        "amplification",
        "How can we reach older Chinese residents in Flushing about the senior meal program?",
        "I host a Mandarin health talk show on Sino Television every Thursday evening.",
    ),
    (
        "amplification",
        "We'd like a retired general to back our veterans' housing initiative publicly.",
        "My father wore two stars in the Army, writes for Military Times and speaks at VA events.",
    ),
    (
        "amplification",
        "We need influencers in the Latino community to promote census participation.",
        "I'm a YouTube comedian with 300,000 subscribers, mostly Mexican-American families in Texas.",
    ),
    (
        "amplification",
        "How do we spread word about the free arts camp scholarships to low-income kids in Albuquerque?",
        "Our public housing authority posts on every building's bulletin board and texts 5,000 residents.",
    ),
    (
        "amplification",
        "We need somebody with standing to testify on behalf of small dairy farms in Vermont.",
        "I'm the third-generation owner of a 60-cow organic herd and former president of the state grange.",
    ),
    (
        "amplification",
        "We want to get our oral health message on TV screens in clinic waiting rooms.",
        "Our network's lobby displays in 22 sites run a loop of partner announcements, and we take submissions.",
    ),
    (
        "amplification",
        "How can we reach rural LGBTQ youth who feel isolated?",
        "I run a Discord server of 3,000 queer teens across the Plains, moderated by counselors.",
    ),
    (
        "amplification",
        "We need clergy to stand with us at the press conference about the immigration detention center.",
        "Our interfaith sanctuary coalition has 25 ministers and rabbis who will show up in vestments.",
    ),
    (
        "amplification",
        "We want to let shift workers know about the 24-hour child care center opening.",
        "Our union's steward network posts on every break room board at the three auto plants.",
    ),
    (
        "amplification",
        "Looking for someone to talk up our tenant union on Nextdoor.",
        "I'm a lead moderator for the Eastside neighborhood app and can pin posts for a week.",
    ),
    (
        "amplification",
        "How do we get our survey on water quality to households with private wells?",
        "Our drilling company's customer email list covers 4,000 rural homes with their own pumps.",
    ),
    (
        "amplification",
        "We need a public figure to explain the new ballot measure neutrally on local radio.",
        "I'm the former county clerk and I host a civics call-in hour that both parties trust.",
    ),
    (
        "amplification",
        "Queremos avisar a los jornaleros sobre la clínica de salud móvil que llega el martes.",
        "Tengo un grupo de WhatsApp de contratistas que mandan el mensaje a sus cuadrillas cada madrugada.",
    ),
    (
        "amplification",
        "Buscamos a alguien que cuente en la tele local cómo le ayudó el programa de vivienda.",
        "Yo compré mi primera casa gracias a ustedes y me encantaría salir en Telemundo a decirlo.",
    ),
    (
        "amplification",
        "Necesitamos difundir en Wenatchee que la vacuna contra la gripe es gratis en la farmacia.",
        "Soy locutor del programa matutino de La Gran D y se oye en todos los huertos de manzana del valle.",
    ),
    (
        "amplification",
        "¿Algún pastor podría anunciar el taller sobre estafas de notarios en su culto?",
        "Dirijo una red de 18 iglesias evangélicas hispanas en Charlotte y compartimos avisos cada domingo.",
    ),
    (
        "amplification",
        "We need to get emergency alert sign-up info to people who only use Facebook.",
        "I run the community swap group for Okeechobee with 31,000 members who check it daily.",
    ),
    (
        "amplification",
        "We want our youth orchestra's free concert promoted across the city.",
        "I'm the marketing director at the symphony and we can include it in our 40,000-subscriber email.",
    ),
    (
        "amplification",
        "Looking for a state agency leader to publicly praise our workforce pilot.",
        "I'm deputy secretary of labor and like spotlighting local programs in my monthly video.",
    ),
    (
        "amplification",
        "How can we get the message about free cancer screenings to firefighters?",
        "I'm a retired battalion chief and our IAFF local's newsletter goes to every station.",
    ),
    (
        "amplification",
        "We need an endorsement from Latino business leaders for our microloan program.",
        "I sit on the Hispanic Chamber board and chair its access-to-capital committee.",
    ),
    (
        "amplification",
        "We want families of incarcerated people to testify about phone call costs.",
        "My husband's been inside for nine years and I've spent thousands staying in touch; I'll speak anywhere.",
    ),
    (
        "amplification",
        "We need to get word out about cooling centers to people living in cars in Phoenix.",
        "Our street outreach team talks to 300 unsheltered folks a day and hands out cards.",
    ),
    (
        "amplification",
        "How can we share our findings on school bus delays with the superintendent and public?",
        "I'm the education reporter at the Tribune and I've been chasing transportation complaints for months.",
    ),
    (
        "amplification",
        "We want a Native artist to help promote our tribal language app.",
        "I'm a Cherokee hip-hop performer with a big Instagram following and I rap partly in Tsalagi.",
    ),
    (
        "amplification",
        "We need endorsements from law enforcement for the bail reform bill.",
        "I'm a retired county sheriff who's already on record calling money-based pretrial detention a tax on the poor.",
    ),
    (
        "amplification",
        "Looking to reach parents of kids with disabilities about the new respite program.",
        "I moderate a special-needs moms group of 4,000 in the Tampa Bay area.",
    ),
    (
        "amplification",
        "We need someone to tell the story of our mobile dental van on regional TV.",
        "I anchor the 6 o'clock news at the Rapid City station and do a weekly Good Neighbors feature.",
    ),
    (
        "amplification",
        "How do we tell boaters about the new invasive mussel inspection stations?",
        "Our marina association posts at 30 launch ramps and emails 8,000 slip holders.",
    ),
    (
        "amplification",
        "We need voices from the faith community to support the payday lending cap.",
        "I'm a Catholic sister who's testified on usury at three legislatures and still have the stamina.",
    ),
    (
        "amplification",
        "We'd like our after-school program featured on the morning news.",
        "My cousin books guests for the Cincinnati breakfast show and is always hunting for kid-friendly segments.",
    ),
    (
        "amplification",
        "We want our apprenticeship openings seen by moms who've never considered welding or pipefitting.",
        "I run a women-in-construction Facebook group of 15,000 and speak at career fairs across Ohio.",
    ),
    (
        "amplification",
        "We need a respected elder to open our tribal health campaign video.",
        "My grandmother is a fluent speaker and the widow of our last Sun Dance chief, and people listen when she talks.",
    ),
    (
        "amplification",
        "How do we spread the word about free legal help for wildfire survivors in Maui?",
        "I host a Hawaiian music hour on the Valley Isle community station every Sunday.",
    ),
    (
        "amplification",
        "We need an editorial board to back the transit tax on the ballot.",
        "I sit on the Sentinel's opinion page panel and we're deciding endorsements next week.",
    ),
    (
        "amplification",
        "Looking for someone popular with teens to promote the summer jobs program.",
        "My son has 120,000 YouTube subscribers who watch him play Fortnite, mostly 14 to 18.",
    ),
    (
        "amplification",
        "We want legislators to hear directly from home health aides about wages.",
        "I've bathed and fed clients in their apartments for 22 years and I'll drive to Harrisburg to say what I earn.",
    ),
    (
        "amplification",
        "How can we get the new hunting-license discount for veterans known?",
        "I write the outdoors column for four weekly papers in the Upper Peninsula.",
    ),
    (
        "amplification",
        "We need to reach Korean-speaking small business owners about the new permit rules.",
        "I edit a Hangul-language weekly in Annandale read in most shops along Little River Turnpike.",
    ),
    (
        "amplification",
        "We need people to fill the hearing room when the county votes on the solar farm.",
        "Our Sierra Club chapter can turn out 80 members in matching shirts on two days' notice.",
    ),
    (
        "amplification",
        "How can we publicize the new crisis line for farmers under financial stress?",
        "Our seed dealer network prints messages on every invoice sent to 5,000 growers in Iowa.",
    ),
    (
        "amplification",
        "We want someone with a big platform to talk about maternal mortality among Black women.",
        "I'm an OB-GYN with a popular health podcast and I've been on CNN twice this year.",
    ),
    (
        "amplification",
        "We need a sign-on letter from businesses supporting the city's plastic bag ban.",
        "Our sustainable merchants network of 140 shops in Santa Cruz puts its name on advocacy statements at every monthly meeting.",
    ),
    (
        "amplification",
        "How do we reach people in the county jail about voting rights, since many are eligible?",
        "I'm the detention center chaplain and I lead services in every pod weekly, with a literature cart.",
    ),
    (
        "amplification",
        "We want coverage of our refugee soccer league's championship.",
        "I'm a sports producer at the public radio station and want human stories beyond the scores.",
    ),
    (
        "amplification",
        "We need a trusted doctor to do a Q&A on vaccines for Amish families.",
        "I've delivered babies in Holmes County for 30 years and the bishops call me first.",
    ),
    (
        "amplification",
        "Queremos que las familias sepan que la biblioteca tiene libros y cuentos en español.",
        "Conduzco un programa infantil los sábados en la radio comunitaria y leo anuncios del vecindario.",
    ),
    (
        "amplification",
        "Necesitamos testigos que hablen ante la junta escolar sobre la falta de intérpretes.",
        "Soy madre de tres alumnos y he ido a reuniones sin entender nada; estoy lista para declarar.",
    ),
    (
        "amplification",
        "¿Cómo avisamos a los vendedores ambulantes de Los Ángeles sobre los nuevos permisos?",
        "Dirijo la asociación de eloteros y tenemos un chat con 1,200 carritos del este de la ciudad.",
    ),
    (
        "amplification",
        "Buscamos un líder respetado que respalde la campaña contra el acoso escolar.",
        "Soy entrenador de boxeo muy conocido en el barrio y los muchachos me escuchan.",
    ),
    (
        "amplification",
        "We need to get the word out about our free tax clinic to gig drivers.",
        "I run the largest rideshare forum in Chicago, about 18,000 members.",
    ),
    (
        "amplification",
        "We want to make sure disabled voters know about curbside voting, nonpartisan.",
        "Our blind and low-vision association's newsletter reaches 6,000 people in braille and audio.",
    ),
    (
        "amplification",
        "How do we get the story of our tribal bison restoration to a wider audience?",
        "I'm a documentary filmmaker with a PBS distribution deal looking for my next Plains project.",
    ),
    (
        "amplification",
        "We need someone to post our lost-pet and shelter adoption notices across neighborhoods.",
        "I admin the five biggest community pages in Tulsa and pin animal posts weekly.",
    ),
    (
        "amplification",
        "We want to reach retirees who might mentor kids in our program.",
        "I edit the AARP chapter's quarterly bulletin and we love service opportunities.",
    ),
    (
        "amplification",
        "Need help pushing a petition to save the rural post office in Cedarville.",
        "My Facebook page about small-town life in Arkansas has 50,000 followers who hate closures.",
    ),
    (
        "amplification",
        "We want medical students to publicly back Medicaid expansion.",
        "I'm president of the white coat advocacy club at UAB and we have a letter signed by 200 classmates.",
    ),
    (
        "amplification",
        "How can we let hospital janitors and cooks know about the new English classes?",
        "I'm an SEIU steward at the medical center and I text 300 housekeeping and dietary staff each shift change.",
    ),
    (
        "amplification",
        "We need a local celebrity to host our fundraiser and post about it.",
        "I'm the morning DJ on Mix 104 and emcee two charity events a month.",
    ),
    (
        "amplification",
        "We want to share our watershed report with anglers who fish the river.",
        "I run a fly shop in Missoula and my weekly stream conditions email goes to 9,000 subscribers.",
    ),
    (
        "amplification",
        "We need people to write letters to the editor supporting the new park levy.",
        "Our garden club members are prolific correspondents and have had 20 pieces printed this year.",
    ),
    (
        "amplification",
        "How do we make sure immigrant workers in meatpacking plants hear about the COVID booster clinic?",
        "Our Burmese and Karen community leaders speak at the shift meetings in Storm Lake.",
    ),
    (
        "expertise",
        "Our tenant association got an eviction notice for the whole building. Anyone know who could read the lease terms and tell us our rights?",
        "I'm a housing attorney with Legal Aid of the Piedmont and take landlord-renter consults pro bono on Tuesdays.",
    ),
    (
        "expertise",
        "We've never filed a 990 and the IRS sent a letter saying we're late. Help!",
        "I'm a retired CPA who spent thirty years doing returns for small charities around Dubuque.",
    ),
    (
        "expertise",
        "Need someone to tell us whether our after-school tutoring actually raises reading scores, in a way funders will believe.",
        "My day job is program evaluation at the state university; I design pre/post studies with comparison groups.",
    ),
    (
        "expertise",
        "The old footbridge over Mill Creek looks shaky and the county says it isn't theirs. Is it safe for the kids walking to school?",
        "I'm a licensed structural engineer in Vermont and can do a visual inspection and write up a short report.",
    ),
    (
        "expertise",
        "Our flyers look like a ransom note. We want a logo and a simple look that people recognize.",
        "I've done brand identity work for fifteen years, mostly for co-ops and food hubs, and donate two projects a year.",
    ),
    (
        "expertise",
        "We have three years of food pantry sign-in sheets in boxes and want to see which zip codes are growing.",
        "I'm a data analyst at a hospital system; I can digitize, clean and map visit counts by neighborhood in Tableau.",
    ),
    (
        "expertise",
        "Several of the men at our shelter have sores on their feet that won't heal. Who could look at them?",
        "I'm a podiatrist and run a monthly free clinic; I can bring supplies and see patients on site.",
    ),
    (
        "expertise",
        "First federal application ever, due in five weeks, and none of us has written one.",
        "My USDA and HUD proposals have won for rural nonprofits, and I mark up drafts at no cost for newcomers.",
    ),
    (
        "expertise",
        "We're forming a worker cooperative for our cleaning business and don't know what structure to choose.",
        "My practice focuses on employee ownership law; I've drafted bylaws and operating agreements for about forty co-ops.",
    ),
    (
        "expertise",
        "Can someone help us figure out if our volunteer firefighters count as employees for workers' comp?",
        "I'm an insurance broker specializing in municipal and fire district coverage in western Pennsylvania.",
    ),
    (
        "expertise",
        "Our website crashes whenever we post the weekly bus schedule. It's built on something old.",
        "I'm a web developer who migrates small sites to modern hosting and can set it up so your staff edits it easily.",
    ),
    (
        "expertise",
        "We want to poll residents about the park redesign but worry the questions are biased.",
        "I teach survey methodology and can review your draft for leading wording and sampling problems.",
    ),
    (
        "expertise",
        "The community garden soil might have lead from the old paint factory next door. How do we find out?",
        "I'm an environmental scientist; I can take samples, send them to a certified lab, and explain the results to growers.",
    ),
    (
        "expertise",
        "Our board fights every meeting and nobody knows Robert's Rules. We need help running things.",
        "I'm a certified parliamentarian and have trained school, church and union trustees in procedure for orderly sessions.",
    ),
    (
        "expertise",
        "Looking for someone who can translate our clinic consent forms into Somali accurately, medical terms included.",
        "I'm a certified healthcare interpreter born in Mogadishu and have rendered hospital paperwork into Af-Soomaali for Hennepin County.",
    ),
    (
        "expertise",
        "We're buying the old bank building for a youth center and need to know what the roof and wiring will cost to fix.",
        "I'm a general contractor and do pre-purchase walkthroughs with repair estimates, free for nonprofits in the Quad Cities.",
    ),
    (
        "expertise",
        "Our payroll is a mess of spreadsheets and we almost missed withholding deposits last quarter.",
        "I'm a bookkeeper certified in QuickBooks and Gusto; I set up systems for small organizations and train whoever stays on.",
    ),
    (
        "expertise",
        "Teens at our drop-in center are talking about self-harm. Staff don't know what to say.",
        "I'm a licensed clinical social worker and run trainings on suicide risk screening for youth workers.",
    ),
    (
        "expertise",
        "We want to put solar panels on the church roof but can't tell if the quotes we got are fair.",
        "I'm an electrical engineer who designs photovoltaic systems and can compare bids and check the sizing math.",
    ),
    (
        "expertise",
        "Need help understanding the tribal-state compact before our council votes on the gaming revenue split.",
        "I'm an Indian law attorney and have advised three Oklahoma nations in their negotiations with the governor's office.",
    ),
    (
        "expertise",
        "Our farmers market wants to accept SNAP but the paperwork and equipment rules are confusing.",
        "I spent six years at USDA Food and Nutrition Service approving retailer applications and can walk you through it.",
    ),
    (
        "expertise",
        "How do we write a fair hiring policy for our first three staff? We're all volunteers right now.",
        "I'm an HR director and have built onboarding, job descriptions and pay bands for startups and nonprofits.",
    ),
    (
        "expertise",
        "The historic Black cemetery is overgrown and we want to find out who is buried there.",
        "I'm an archaeologist trained in ground-penetrating radar surveys and archival research on unmarked graves.",
    ),
    (
        "expertise",
        "We're recording oral histories from elders and the audio keeps coming out muddy.",
        "I'm a sound engineer at the public radio station and can coach your team on mics, rooms and editing.",
    ),
    (
        "expertise",
        "Is our little water system legally required to test for PFAS? We serve 200 households.",
        "I spent 25 years enforcing federal contaminant rules on small utilities for the state and know what's mandatory for utilities your size.",
    ),
    (
        "expertise",
        "Our mural design keeps getting rejected by the city arts commission. What are they looking for?",
        "I served eight years on a public art review panel and can coach applicants on what reviewers score.",
    ),
    (
        "expertise",
        "We want to start a medical-legal partnership but don't know how to share client information safely.",
        "I'm a health privacy lawyer; HIPAA and confidentiality agreements between clinics and attorneys are my specialty.",
    ),
    (
        "expertise",
        "Trying to figure out if a land trust could keep our neighborhood affordable. Where do we even start?",
        "I've helped set up four community-owned ground lease organizations in the Southeast, from drafting to board structure.",
    ),
    (
        "expertise",
        "The county wants a traffic study before they'll add a crosswalk by the senior center.",
        "I'm a transportation engineer and can do pedestrian counts and a warrant analysis to the MUTCD standard.",
    ),
    (
        "expertise",
        "Our veterans keep getting denied disability claims and we don't know why.",
        "I'm an accredited VA representative and review rejection letters and appeal options at no charge.",
    ),
    (
        "expertise",
        "Necesitamos a alguien que nos explique cómo registrar nuestra asociación de vendedores ambulantes como organización sin fines de lucro.",
        "Soy abogada en San Antonio y ayudo gratis a grupos comunitarios con los trámites ante el estado y el IRS.",
    ),
    (
        "expertise",
        "Queremos saber si el agua del pozo de la escuela rural es segura para los niños.",
        "Soy química de laboratorio certificada y puedo analizar muestras de nitratos y bacterias sin costo.",
    ),
    (
        "expertise",
        "Muchos padres de nuestra iglesia tienen preguntas sobre DACA y la renovación de permisos.",
        "Trabajo como representante acreditada por el Departamento de Justicia y doy consultas migratorias en español los sábados.",
    ),
    (
        "expertise",
        "No sabemos cómo hacer un presupuesto para la panadería cooperativa que estamos formando.",
        "Soy contadora y asesoro a pequeños negocios latinos con planes financieros y proyecciones de flujo de efectivo.",
    ),
    (
        "expertise",
        "We need a short film about our reentry program for a funder pitch, under five minutes.",
        "I'm a documentary editor with two PBS credits and can cut existing footage and interviews into a tight story.",
    ),
    (
        "expertise",
        "Our broadband coalition has to map which homes have no service, house by house, to challenge the FCC map.",
        "I'm a GIS specialist and have filed address-level connectivity disputes for two Kentucky counties.",
    ),
    (
        "expertise",
        "We keep hearing conflicting things about whether our donors can deduct the gala ticket.",
        "I'm a tax attorney and can explain quid pro quo disclosure rules and draft the receipt language.",
    ),
    (
        "expertise",
        "Our dementia caregivers support group needs someone to talk about late-stage symptoms.",
        "I'm a geriatric nurse practitioner and speak to families about advanced Alzheimer's and hospice choices.",
    ),
    (
        "expertise",
        "Could anyone help our small-town newsroom decide whether to publish a leaked police report?",
        "I teach media ethics and libel law and consult editors on prepublication review.",
    ),
    (
        "expertise",
        "We'd like to redesign the library's children's room so it works for kids in wheelchairs.",
        "I'm an architect with a specialty in universal design and ADA compliance for public buildings.",
    ),
    (
        "expertise",
        "A flood ruined our community center and FEMA denied the first claim. What do we do now?",
        "I worked a decade as a federal public assistance specialist after disasters and help organizations prepare appeals with the right documentation.",
    ),
    (
        "expertise",
        "Our refugee families need help figuring out their kids' vaccine records from overseas.",
        "I'm a pediatrician who volunteers with the county health department reconciling immunization histories for new arrivals.",
    ),
    (
        "expertise",
        "We want to sell our jam and salsa at the market but don't know the cottage food rules in Oregon.",
        "I'm a safety specialist with OSU Extension and teach canning and labeling requirements for home producers.",
    ),
    (
        "expertise",
        "Our youth soccer league needs a background check policy after a scary incident.",
        "I'm a child protection consultant; I write screening and abuse-prevention protocols for sports and camps.",
    ),
    (
        "expertise",
        "Does anyone understand how to appeal a property tax assessment? Half the houses on our block doubled.",
        "I'm a licensed appraiser and have represented homeowners at the county board of equalization.",
    ),
    (
        "expertise",
        "We've got the money for a playground but no idea how to lay it out so it's safe.",
        "I'm a certified inspector of play equipment and a landscape architect; I'll review site plans and surfacing.",
    ),
    (
        "expertise",
        "We're starting a podcast on rural mental health and need to know what not to say on air.",
        "I'm a psychiatrist who trained reporters on safe messaging guidelines around suicide and addiction.",
    ),
    (
        "expertise",
        "Our town's comprehensive plan is 22 years old. Who helps a tiny place write a new one?",
        "I'm a certified planner who has guided long-range land use blueprints for villages under 5,000 in Nebraska and Kansas.",
    ),
    (
        "expertise",
        "The mosque wants to expand its parking and the zoning board keeps tabling us.",
        "I'm a land use attorney and know RLUIPA protections for religious congregations in land use disputes.",
    ),
    (
        "expertise",
        "We run a diaper bank and keep running out. Is there a smarter way to predict demand?",
        "I do supply chain forecasting for a grocery distributor and can build you a simple model in Excel.",
    ),
    (
        "expertise",
        "Several of our members were fired after organizing and want to know if that was legal.",
        "I'm a labor lawyer who files unfair labor practice charges with the NLRB, and I'll meet with them confidentially.",
    ),
    (
        "expertise",
        "Our cattle ranchers want to try rotational grazing but worry about the fencing and water costs.",
        "I'm a range management specialist with NRCS and can design paddock layouts and point to federal reimbursement programs like EQIP.",
    ),
    (
        "expertise",
        "We want to measure air quality near the rail yard because kids here have asthma.",
        "I'm an atmospheric chemist and lend low-cost PM2.5 sensors, then help residents interpret the readings.",
    ),
    (
        "expertise",
        "How do we set up a donor database? Right now it's one person's email inbox.",
        "I'm a CRM consultant and have configured Salesforce and Bloomerang for small nonprofits at no charge.",
    ),
    (
        "expertise",
        "Need someone to check whether our candidate forum format is truly nonpartisan under our 501(c)(3) status.",
        "I'm an election law attorney who advises charities on IRS rules for voter education and debates.",
    ),
    (
        "expertise",
        "Our tribe wants to bring back traditional foods in the school lunch program. Who knows the nutrition standards?",
        "I'm a registered dietitian who has worked with Indian Health Service on menus using bison, wild rice and corn.",
    ),
    (
        "expertise",
        "The theater's lighting board died and nobody knows how to program the replacement.",
        "I've designed stage illumination for regional playhouses for 20 years and can set up your console cues and train your crew.",
    ),
    (
        "expertise",
        "We're thinking about a merger with another food bank. How do we know if it makes sense?",
        "I'm a management consultant who has facilitated nonprofit combinations, including due diligence and integration plans.",
    ),
    (
        "expertise",
        "Our wastewater lagoon is failing and the state gave us 18 months. We're a town of 600.",
        "I'm a civil engineer with Rural Community Assistance Partnership and help small systems scope upgrades and funding.",
    ),
    (
        "expertise",
        "Help writing a strategic plan? We have lots of ideas and no priorities.",
        "I'm a facilitator who runs two-day planning retreats and leaves boards with a one-page roadmap.",
    ),
    (
        "expertise",
        "We want kids to code but none of our mentors know programming.",
        "I'm a software engineer at a fintech firm and can design a 10-week Python curriculum for middle schoolers.",
    ),
    (
        "expertise",
        "Our ambulance service is losing money on Medicaid runs. Is our billing wrong?",
        "I'm a certified medical coder who audits EMS claims and finds denials caused by coding errors.",
    ),
    (
        "expertise",
        "We need to understand the new overtime rules before we set pay for our summer camp counselors.",
        "I'm an employment lawyer and advise youth programs on FLSA seasonal exemptions and minimum wage.",
    ),
    (
        "expertise",
        "Our community radio station wants to apply for a low-power FM license.",
        "I'm a broadcast engineer who has prepared FCC LPFM applications and tower site studies.",
    ),
    (
        "expertise",
        "Some of our clients can't read well, and our handouts are confusing. Can someone rewrite them?",
        "I'm a plain-language specialist and health literacy trainer; I edit documents to a fifth-grade level.",
    ),
    (
        "expertise",
        "Necesitamos a alguien que revise si la casa móvil de una familia es segura después del tornado.",
        "Soy ingeniero civil con licencia en Oklahoma y hago inspecciones de daños estructurales gratis para hogares afectados.",
    ),
    (
        "expertise",
        "Los trabajadores del campo quieren entender sus derechos sobre el calor extremo y los descansos.",
        "Soy especialista en seguridad laboral y doy talleres de las normas de OSHA en español para agricultores.",
    ),
    (
        "expertise",
        "Queremos diseñar una página web para la cooperativa de costureras, pero nadie sabe cómo.",
        "Soy programadora y artista gráfica; hago sitios sencillos para negocios de mujeres inmigrantes sin cobrar.",
    ),
    (
        "expertise",
        "Nuestra clínica necesita a alguien que capacite a las promotoras de salud sobre la diabetes.",
        "Soy educadora certificada en control del azúcar en la sangre y he entrenado a trabajadoras comunitarias en el Valle de Texas por diez años.",
    ),
    (
        "expertise",
        "We're applying for historic designation for the old Rosenwald school. The nomination form is 40 pages.",
        "I'm a preservation consultant and have written National Register applications for churches and Black educational buildings across Alabama.",
    ),
    (
        "expertise",
        "Our co-op grocery's freezers keep failing and the repair guy says it's the compressor every time.",
        "I'm a refrigeration engineer and can diagnose your whole cold system and spec an efficient replacement.",
    ),
    (
        "expertise",
        "We want our new shelter to be trauma-informed in its design, not just its programs.",
        "I'm an interior architect who studies how light, sightlines and color affect people recovering from violence.",
    ),
    (
        "expertise",
        "Can anyone help our students prep for a mock trial competition? Their coach left.",
        "I'm a public defender and prepared high school courtroom teams for six years in Cuyahoga County.",
    ),
    (
        "expertise",
        "Our conservation group needs to prove the creek is habitat for the endangered mussel.",
        "I'm a freshwater biologist and hold the federal permit to survey listed bivalves in the Tennessee River basin.",
    ),
    (
        "expertise",
        "We need to know if the empty lot we want for housing has contamination from the old gas station.",
        "I'm an environmental consultant and perform Phase I site assessments to ASTM standards.",
    ),
    (
        "expertise",
        "Our after-school program serves kids with autism, and staff need strategies for meltdowns.",
        "I'm a board-certified behavior analyst and train frontline workers in de-escalation and visual supports.",
    ),
    (
        "expertise",
        "Someone who can audit our books before the annual meeting? Members are asking questions.",
        "I'm a CPA and perform reviews and agreed-upon procedures for associations and clubs at reduced rates.",
    ),
    (
        "expertise",
        "We want to start composting at scale for three school districts. Is it feasible?",
        "I'm a solid waste engineer and have sized and costed regional organics facilities.",
    ),
    (
        "expertise",
        "Our immigrant entrepreneurs need help writing business plans bankers take seriously.",
        "I'm a loan officer at a community bank and coach applicants on cash flow projections and collateral.",
    ),
    (
        "expertise",
        "How do we make our voter guide accessible to people who are blind?",
        "I'm a digital inclusion specialist and test documents with screen readers and fix tagging and alt text.",
    ),
    (
        "expertise",
        "Our county jail has no plan for people detoxing from opioids and two have died this year.",
        "I'm an addiction medicine physician who has set up buprenorphine induction protocols in rural correctional facilities.",
    ),
    (
        "expertise",
        "We want to turn the abandoned rail line into a trail. Who understands railbanking?",
        "I'm a real estate attorney who has closed three railroad-corridor conversions before the Surface Transportation Board.",
    ),
    (
        "expertise",
        "The wind keeps ripping the covers off our hoop houses. Are we building them wrong?",
        "I'm an agricultural engineer and design high tunnels rated for Great Plains gusts.",
    ),
    (
        "expertise",
        "Need someone to teach our neighborhood watch how to request public records from the police department.",
        "I'm a FOIA specialist at an investigative newsroom and run workshops on open-government filings in Illinois.",
    ),
    (
        "expertise",
        "Our hospice volunteers are burning out and we don't know how to support them.",
        "I'm a grief counselor and chaplain who runs debriefing circles and compassion fatigue trainings.",
    ),
    (
        "expertise",
        "We have footage from the 1970s protests on old film reels that are starting to crack.",
        "I'm an audiovisual archivist and can assess the stock, stabilize it and arrange digitization.",
    ),
    (
        "expertise",
        "Our after-hours crisis line wants to start text messaging but worries about privacy and liability.",
        "I built the technical and legal framework for a statewide SMS hotline and consult on setup.",
    ),
    (
        "expertise",
        "How do we price tickets for our first community theater season so we break even?",
        "I'm an arts administrator and have built earned-revenue models for small stages in Appalachia.",
    ),
    (
        "expertise",
        "Our Head Start center failed its fire inspection and we can't read the code citations.",
        "I retired as deputy marshal in Toledo's prevention bureau and walk buildings with owners to explain each violation and the remedy.",
    ),
    (
        "expertise",
        "The middle school wants to add a garden-based science class. Who can tie it to state standards?",
        "I'm a STEM curriculum specialist and align outdoor lessons to NGSS for teachers.",
    ),
    (
        "expertise",
        "Looking for someone who knows how to build a wheelchair ramp that actually meets code.",
        "I'm an occupational therapist and certified aging-in-place specialist; I spec slopes, landings and handrails.",
    ),
    (
        "expertise",
        "Our credit union wants to make small-dollar loans to replace payday lenders. How do we underwrite them?",
        "I designed a $500 emergency lending product at a CDFI and can share the risk model and loss rates.",
    ),
    (
        "expertise",
        "We need a negotiator. The landlord of our 80-unit complex finally agreed to sit down with tenants.",
        "I'm a mediator trained at the Harvard program and have run housing talks between owners and renter unions.",
    ),
    (
        "expertise",
        "Our youth choir is invited to sing at the capitol, but nobody can arrange the songs for four parts.",
        "I'm a choral composer and music teacher and can score your repertoire for SATB voices in two weeks.",
    ),
    (
        "expertise",
        "How do we write a data-sharing agreement with the school district so we can see our kids' attendance?",
        "I'm a FERPA compliance officer and draft memoranda between K-12 systems and community partners.",
    ),
    (
        "expertise",
        "Our reservation's homes have black mold after the storms. Is it dangerous and what's the cleanup?",
        "I'm an industrial hygienist and assess indoor air and remediation plans for tribal housing authorities.",
    ),
    (
        "expertise",
        "We're afraid our little nonprofit's email got hacked. Donor info might be out.",
        "I do cybersecurity incident response and can check your accounts, lock things down and advise on notifications.",
    ),
    (
        "expertise",
        "We want to hold a deliberative gathering where people who disagree actually listen. How?",
        "I'm a trained moderator with the National Issues Forums and lead structured conversations across political divides.",
    ),
    (
        "expertise",
        "We're building tiny homes for the unhoused and the plans need stamped drawings.",
        "I'm a licensed architect in Washington State and will seal and review modular designs for nonprofit developers.",
    ),
    (
        "expertise",
        "Our county wants to know how many people would actually ride a rural bus route.",
        "I'm a transit planner and run ridership demand models using census commute data.",
    ),
    (
        "expertise",
        "Need help telling our story to legislators in a one-page brief that doesn't sound like a brochure.",
        "I'm a former statehouse aide and policy writer; I turn program data into memos staff actually read.",
    ),
    (
        "expertise",
        "Our horse therapy program wants to bill insurance. Is that possible?",
        "I'm a PT credentialed in hippotherapy and know the CPT codes and documentation payers expect.",
    ),
    (
        "expertise",
        "We want to understand why our Hmong elders aren't using the senior center meals.",
        "I'm an anthropologist who has done ethnographic interviews in Southeast Asian refugee communities in Wisconsin, fluent in the Green and White dialects from Laos.",
    ),
    (
        "expertise",
        "The historical society has a trunk of letters in German script that nobody can read.",
        "I'm a paleographer and decipher nineteenth-century Kurrent handwriting; I can transcribe and translate them.",
    ),
    (
        "expertise",
        "Our beekeepers are losing hives and we think it's mites. Who can diagnose?",
        "I'm a state apiarist, now retired, and do colony inspections and varroa treatment plans.",
    ),
    (
        "expertise",
        "Can someone explain to our small-business owners how to bid on city contracts?",
        "I ran procurement for Tacoma's municipal government and teach vendors about RFPs, bonding and certifications.",
    ),
    (
        "expertise",
        "We need a structural check on the bleachers before the homecoming game.",
        "I'm a PE who inspects grandstands and temporary seating for county fairs and schools.",
    ),
    (
        "expertise",
        "Our foster parents need training on caring for babies exposed to drugs in the womb.",
        "I'm a neonatal nurse and teach families about withdrawal symptoms and soothing techniques.",
    ),
    (
        "expertise",
        "We don't know how to write a job description for our first executive director.",
        "I'm a recruiter who places nonprofit CEOs and will draft the position profile and search plan.",
    ),
    (
        "expertise",
        "Our co-housing group is stuck on how to share costs fairly across different unit sizes.",
        "I'm an economist who has designed allocation formulas for shared-equity co-ops.",
    ),
    (
        "expertise",
        "¿Alguien sabe cómo apelar una multa del condado por tener un puesto de tamales?",
        "Soy abogado y ayudo a vendedores ambulantes con permisos, citaciones y audiencias en Los Ángeles.",
    ),
    (
        "expertise",
        "Las madres del grupo quieren aprender a leer los reportes de calificaciones de la escuela.",
        "Soy maestra bilingüe jubilada y explico a familias cómo funcionan las boletas, los exámenes estatales y los planes IEP.",
    ),
    (
        "expertise",
        "Nuestro grupo de jornaleros no sabe si los contratistas les están pagando bien.",
        "Trabajé como investigador de robo de salarios para el Departamento de Trabajo y reviso recibos de pago gratis.",
    ),
    (
        "expertise",
        "Queremos grabar un video sobre la historia del barrio, pero nadie sabe editar.",
        "Soy cineasta y doy clases de edición en Premiere para jóvenes de la comunidad en Albuquerque.",
    ),
    (
        "expertise",
        "We need someone to evaluate whether our restorative justice circles reduce suspensions.",
        "I'm a researcher at an education policy institute and can analyze discipline records with a quasi-experimental design.",
    ),
    (
        "expertise",
        "Our town's hall is too hot all summer and the utility bills are killing us.",
        "I'm an energy auditor certified by BPI; I'll do a blower-door test and rank the cheapest upgrades.",
    ),
    (
        "expertise",
        "How can our farm cooperative set up a food safety plan so we can sell to the hospital?",
        "I'm a GAP auditor and help growers write harvest and handling protocols buyers require.",
    ),
    (
        "expertise",
        "Our pastor wants to start a counseling ministry but worries about liability.",
        "I'm a licensed marriage and family therapist and consult churches on scope, referrals and supervision.",
    ),
    (
        "expertise",
        "We want to quantify how much money the county loses when people can't get dental care.",
        "I'm a health economist and build cost studies on emergency room use for preventable conditions.",
    ),
    (
        "expertise",
        "Our flood buyout program needs to understand which homes sit in the 100-year floodplain.",
        "I'm a hydrologist; I can overlay parcels on the latest FEMA FIRM panels and flag errors.",
    ),
    (
        "expertise",
        "Our literacy nonprofit wants to test a new phonics approach. Is there a way to do it rigorously with 60 kids?",
        "I'm a reading researcher who has run randomized trials in schools and can design a small pilot.",
    ),
    (
        "expertise",
        "We need a logo for the veterans' farm stand, something that honors service without looking like a recruiting ad.",
        "I'm a Marine who served in Fallujah and an illustrator, and have drawn emblems for several VFW posts.",
    ),
    (
        "expertise",
        "The county clerk says our petition signatures don't count. Is she right?",
        "I'm a ballot access attorney and have litigated disputes over voter-name matching on initiative drives in Missouri.",
    ),
    (
        "expertise",
        "Our kids' shelter needs a pediatric dentist to screen new arrivals.",
        "I treat children's teeth and bring portable equipment to group homes twice a month.",
    ),
    (
        "expertise",
        "Help pricing what it takes to run fiber to the last 300 houses on the ridge?",
        "I'm a telecom engineer and do route design and per-passing cost estimates for rural ISPs.",
    ),
    (
        "expertise",
        "Our mutual aid network wants to understand the tax consequences of giving cash to neighbors.",
        "I'm an enrolled agent and advise grassroots groups on fiscal sponsorship and gift reporting.",
    ),
    (
        "expertise",
        "The river cleanup crew keeps finding needles. How do we train them to handle it safely?",
        "I'm a public health nurse and teach sharps disposal and bloodborne pathogen precautions.",
    ),
    (
        "expertise",
        "We want an honest outside look at why our volunteers quit after a month.",
        "I'm an organizational psychologist and run exit interviews and retention studies for civic groups.",
    ),
    (
        "expertise",
        "Our Alaska village needs help planning for relocation as the shoreline erodes.",
        "I'm a coastal geomorphologist who has worked with Newtok and Shishmaref on erosion projections.",
    ),
    (
        "expertise",
        "How should we handle photos of kids at our camp so families feel safe?",
        "I'm a lawyer focused on data privacy and write media release policies for youth programs.",
    ),
    (
        "expertise",
        "We want to build a skatepark and the city won't move without a design.",
        "I've shaped concrete bowls and street plazas in 30 towns and run input sessions with local riders.",
    ),
    (
        "expertise",
        "Our nursing home residents sit in wheelchairs that don't fit them and they're getting sores.",
        "I'm a seating and mobility specialist and do custom fittings and pressure mapping.",
    ),
    (
        "expertise",
        "We need to figure out if our food truck can legally park near the high school.",
        "I'm a municipal attorney and can read your city's vending ordinance and campus buffer rules.",
    ),
    (
        "expertise",
        "Who could teach our growers to read a soil test report and decide what to add?",
        "I'm an agronomist and run winter workshops on fertility, pH and cover crops.",
    ),
    (
        "expertise",
        "Our adult ESL classes need an assessment to place students at the right level.",
        "I'm a TESOL specialist and administer and score CASAS and BEST Plus intake tests.",
    ),
    (
        "expertise",
        "We want to understand what our neighborhood looked like before the highway split it.",
        "I'm an urban historian and know the Sanborn maps, redlining files and interstate-era transportation department archives.",
    ),
    (
        "expertise",
        "Our rural library wants to lend hotspots and laptops but has no IT person.",
        "I'm a network administrator and can configure device management and filtering for small public branches.",
    ),
    (
        "expertise",
        "Need advice on handling a hostile public comment period at our zoning hearing.",
        "I'm a community involvement specialist and design facilitation plans for contentious land use meetings.",
    ),
    (
        "expertise",
        "We need help estimating how much a 40-bed women's shelter would cost to run each year.",
        "I'm a nonprofit finance consultant and build operating pro formas for residential programs.",
    ),
    (
        "expertise",
        "Our sheep keep dying and the nearest vet is 90 miles away.",
        "I'm a large-animal veterinarian and do telehealth consults and quarterly visits to remote ranches.",
    ),
    (
        "expertise",
        "Can someone translate our tenants' rights booklet into Vietnamese?",
        "I'm a court-certified interpreter, born in Hue, who renders legal documents for Houston's Little Saigon.",
    ),
    (
        "expertise",
        "We want to know whether our town's police overtime is higher than comparable towns.",
        "I'm a municipal budget analyst and benchmark public safety spending across peer cities.",
    ),
    (
        "expertise",
        "We're designing a memorial for overdose victims and need help with materials that last outdoors.",
        "I'm a sculptor who works in bronze and granite and has completed public commissions in Maine.",
    ),
    (
        "expertise",
        "Our school board candidates want to understand the district budget before the forum.",
        "I'm a former business manager for a K-12 system and teach people how to read spending plans and levies.",
    ),
    (
        "expertise",
        "Our group home needs help with medication management policies after an error.",
        "I'm a pharmacist and consult on drug administration and storage for residential facilities.",
    ),
    (
        "expertise",
        "We want to pass a tenant protection ordinance and need language that survives a court challenge.",
        "I'm a law professor who drafts model housing legislation and reviews municipal codes.",
    ),
    (
        "expertise",
        "Our recovery café wants to start a peer mentoring program but doesn't know the certification requirements.",
        "I supervise state-credentialed specialists with lived addiction experience and prepare newcomers for the exam.",
    ),
    (
        "expertise",
        "Help designing a safe evacuation plan for our disability housing complex?",
        "I'm an emergency management planner specializing in people with functional and access needs.",
    ),
    (
        "expertise",
        "Our art collective wants to copyright designs and stop knockoffs.",
        "I'm an intellectual property attorney and handle trademark registrations for artists pro bono.",
    ),
    (
        "expertise",
        "We have a pile of survey responses in Spanish and English and no idea how to analyze the open-ended answers.",
        "I'm a qualitative researcher and code interview and questionnaire text in NVivo, bilingual.",
    ),
    (
        "expertise",
        "Nuestra escuela comunitaria quiere solicitar una subvención federal, pero nunca lo hemos hecho.",
        "Soy redactora de propuestas y he conseguido fondos del Departamento de Educación para planteles bilingües.",
    ),
    (
        "expertise",
        "Las familias del parque de casas móviles quieren comprar el terreno. ¿Cómo se hace?",
        "Trabajo con ROC USA y asesoro a residentes en la adquisición cooperativa de comunidades de viviendas prefabricadas.",
    ),
    (
        "expertise",
        "Necesitamos a alguien que revise los contratos de renta que firmaron nuestros vecinos.",
        "Soy paralegal bilingüe en una clínica legal y explico cláusulas de arrendamiento a inquilinos.",
    ),
    (
        "expertise",
        "We'd like to know if our city's new stormwater fee is calculated fairly for churches.",
        "I'm a utility rate analyst and review impervious surface billing methodologies.",
    ),
    (
        "expertise",
        "Our youth orchestra's string instruments keep cracking. Are we storing them wrong?",
        "I'm a luthier and can assess humidity, cases and repairs for student violins and cellos.",
    ),
    (
        "expertise",
        "We want to understand the health effects of the proposed hog operation upwind of town.",
        "I'm an environmental epidemiologist who studies concentrated animal feeding facilities and respiratory illness.",
    ),
    (
        "expertise",
        "A nuestra taquería le fue mal en la inspección sanitaria. ¿Cómo aprobamos la próxima?",
        "Fui inspector del condado por doce años y hago visitas de práctica y capacito al personal de cocina en español.",
    ),
    (
        "expertise",
        "How do we set fair pay for our staff compared with similar organizations?",
        "I'm a compensation analyst and run salary benchmarking studies for the nonprofit sector.",
    ),
    (
        "expertise",
        "We need help designing a signage system so visitors can find our clinic inside the hospital.",
        "I'm a wayfinding consultant and have planned directional graphics for medical campuses.",
    ),
    (
        "expertise",
        "Our election office wants to test the accessibility of its new voting machines.",
        "I'm a usability researcher and run trials with voters who have visual and motor disabilities.",
    ),
    (
        "other",
        "We need a way to get twenty seniors from the high-rise to the grocery store every Thursday.",
        "Our church owns a 24-passenger bus with a wheelchair lift that sits idle on weekdays.",
    ),
    (
        "other",
        "The flood took out every refrigerator on Front Street. Families have nowhere to keep insulin cold.",
        "We have forty new dorm-size fridges left over from the university's move-out sale.",
    ),
    (
        "other",
        "Looking for folding tables for a pop-up voter registration drive at the county fair.",
        "Our Knights of Columbus council lends out thirty eight-foot banquet tops on trestles; just bring a pickup.",
    ),
    (
        "other",
        "Our tool library lost its lawnmowers in a break-in. Neighbors relied on them.",
        "I have three working push mowers and a string trimmer from my landscaping business that I'm retiring.",
    ),
    (
        "other",
        "Kids at our shelter arrive with nothing. We need clean clothes in all sizes, fast.",
        "Our thrift store sorts donated apparel by age and gender and can fill bags for any child within a day.",
    ),
    (
        "other",
        "We're hosting a cleanup of the riverbank and need gloves, grabbers and trash bags for 100 people.",
        "The county solid waste office keeps a litter kit trailer with pickers, vests and sacks for community events.",
    ),
    (
        "other",
        "Need a generator for the warming center in case the power goes out again this winter.",
        "I have a 12,000-watt diesel unit on a trailer from my contracting days, available on loan.",
    ),
    (
        "other",
        "Our students can't do homework because they have no computers at home.",
        "Our company is retiring 150 laptops this spring, wiped and reimaged, and wants them to go to families.",
    ),
    (
        "other",
        "We're opening a community fridge and need a commercial-grade cooler that can sit outdoors.",
        "A restaurant that closed on Main left behind a two-door stainless reach-in unit the owner wants gone.",
    ),
    (
        "other",
        "Our Meals on Wheels route keeps getting longer and volunteers' cars are wearing out.",
        "Our dealership donates one certified used minivan a year to a local charity, with a year of oil changes.",
    ),
    (
        "other",
        "We're rebuilding fences after the wildfire and need posts and wire for a dozen ranches.",
        "The lumber yard in Ellensburg has a pallet of treated cedar stakes and rolls of barbed strand it will donate.",
    ),
    (
        "other",
        "Our homeless outreach team needs sleeping bags rated for below freezing.",
        "We make cold-weather camping gear and have 200 factory seconds good to minus 20, fine except for stitching flaws.",
    ),
    (
        "other",
        "The youth football team practices in the dark. We need lights on the field.",
        "Our electric co-op is replacing the old floodlight poles at the fairgrounds and can give you the fixtures.",
    ),
    (
        "other",
        "Where can we get a wheelchair for a man leaving the hospital with no insurance?",
        "Our loan closet has manual chairs, walkers and shower benches that anyone can borrow for as long as needed.",
    ),
    (
        "other",
        "Need a sound system for an outdoor rally at the courthouse square, about 500 people.",
        "My band has a PA with two powered speakers, a mixer and four mics, and I'll run it.",
    ),
    (
        "other",
        "We're starting a school garden but have no dirt, just a gravel lot.",
        "Our municipal compost facility will deliver ten cubic yards of finished compost free to K-12 campuses.",
    ),
    (
        "other",
        "Our food pantry needs shelving that can hold heavy cases of canned goods.",
        "A warehouse is closing in Fort Wayne and has steel pallet racking it will give to whoever hauls it.",
    ),
    (
        "other",
        "Families evacuating the hurricane need somewhere to put their pets while they stay in hotels.",
        "We run a boarding kennel outside Lafayette and hold 30 runs open for storm refugees at no charge.",
    ),
    (
        "other",
        "We need copies. 5,000 bilingual flyers for the census push, and our printer died.",
        "Our copy shop runs free jobs for nonprofits on slow Mondays, up to ten thousand sheets double-sided.",
    ),
    (
        "other",
        "Our elders can't afford hearing aids and miss everything at church.",
        "Our Lions Club collects and refurbishes donated ear-level amplifiers and fits them at a monthly clinic.",
    ),
    (
        "other",
        "Anyone have a way to move a piano from the closed school to the community center?",
        "My moving company does one free heavy-item haul a month for nonprofits, uprights and grands included.",
    ),
    (
        "other",
        "We're running a winter coat drive and need racks to hang everything.",
        "Our department store is remodeling and has twenty rolling garment rails we're about to scrap.",
    ),
    (
        "other",
        "Our after-school program wants to teach kids to fix bikes but we have no bikes or parts.",
        "The police department auctions unclaimed bicycles and will give you the 60 left from last year plus spare tubes.",
    ),
    (
        "other",
        "New refugee families need pots, pans and dishes to set up their apartments.",
        "I'm downsizing after forty years and have a full kitchen of cookware and place settings for twelve.",
    ),
    (
        "other",
        "We need somebody to haul away debris from the tornado-damaged homes on Cedar Street.",
        "We own two dump trucks and a skid steer and can give three days to clearing lots in Moore.",
    ),
    (
        "other",
        "Our clinic lost power and the vaccines spoiled. We need a backup fridge with an alarm.",
        "We have a medical-grade refrigerator with temperature logging from a pharmacy that relocated.",
    ),
    (
        "other",
        "The teens want to make a film but we don't own a single camera.",
        "I'm upgrading my gear and can give you a Sony mirrorless body, two lenses, a tripod and a shotgun mic.",
    ),
    (
        "other",
        "Our rural schools need hundreds of books for summer reading kits.",
        "Our publisher has overstock of middle-grade paperbacks, a few thousand titles, free for shipping costs.",
    ),
    (
        "other",
        "We're setting up a cooling center and need fans and ice for a heat wave next week.",
        "Our hardware store has 50 box units left from last season and a cuber making 500 pounds a day.",
    ),
    (
        "other",
        "Our youth wrestling team has to practice on concrete. Kids are getting hurt.",
        "The college replaced its training surfaces and has two full-size foam pads in good shape.",
    ),
    (
        "other",
        "Necesitamos pañales y fórmula para las familias que llegan al albergue.",
        "Nuestra farmacia tiene cajas de Huggies y leche infantil cerca de su fecha de vencimiento que podemos regalar.",
    ),
    (
        "other",
        "Buscamos sillas y mesas para la fiesta del Día de los Muertos en el parque.",
        "Nuestra parroquia presta cien asientos plegables y quince mesones; solo hay que recogerlos el viernes.",
    ),
    (
        "other",
        "Las familias que perdieron todo en el incendio necesitan colchones y cobijas.",
        "Tenemos una tienda de muebles en Santa Rosa y podemos donar veinte camas nuevas con sábanas.",
    ),
    (
        "other",
        "¿Alguien tiene una camioneta para llevar las cajas de comida a los ranchos?",
        "Tengo una pickup con remolque y puedo hacer la ruta de reparto los sábados por la mañana.",
    ),
    (
        "other",
        "We'd like to set up a laundry day for people living in their cars.",
        "Our wash-and-fold will open its machines free every second Sunday and supply detergent.",
    ),
    (
        "other",
        "Our polling place needs magnifiers and pen grips for voters with limited sight and dexterity.",
        "I have a box of handheld lenses and foam writing aids from my late mother's occupational therapy practice.",
    ),
    (
        "other",
        "The lake search team needs a boat after the old one sank at the dock.",
        "I have a 16-foot aluminum jon with a 25-horse outboard that I barely use anymore.",
    ),
    (
        "other",
        "We need a tent for the health fair in case it rains, big enough for ten booths.",
        "Our party rental company can set up a 40-by-60 canopy with sidewalls at cost.",
    ),
    (
        "other",
        "Our community kitchen's walk-in needs a new door gasket and we can't find one.",
        "I repair commercial refrigeration and stock seals for most brands; I'll install it free.",
    ),
    (
        "other",
        "Need portable toilets for a weekend powwow with about 2,000 guests.",
        "Our sanitation company rents units and will bring 25 with a hand-wash station at half price for tribal events.",
    ),
    (
        "other",
        "Our village has no ambulance within 40 minutes. Is there any chance of getting a used one?",
        "Our fire district is retiring a 2012 Type III rig with 90,000 miles and wants it to go to a rural squad.",
    ),
    (
        "other",
        "Seniors at the housing complex need grab bars and shower chairs installed.",
        "Our handyman service puts in bathroom safety hardware for low-income elders, parts included, through a city contract.",
    ),
    (
        "other",
        "We run a free summer lunch site and the kids need sunscreen and water bottles.",
        "Our dermatology practice has cases of SPF 50 samples and branded reusable flasks from a conference.",
    ),
    (
        "other",
        "Where can we get supplies for a mural on the underpass? We need lots of colors.",
        "The paint recycling center has mistinted exterior gallons in every shade, free by the pallet.",
    ),
    (
        "other",
        "Our tenant union wants to send a letter to all 400 units but postage is beyond us.",
        "Our nonprofit mail house has a bulk permit and can run your mailing through our presort at cost.",
    ),
    (
        "other",
        "We'd love to show a documentary outdoors in the park for the neighborhood.",
        "I own an inflatable 20-foot screen and a 5,000-lumen projector and run movie nights as a hobby.",
    ),
    (
        "other",
        "Our tribal youth need regalia materials for the spring dance.",
        "My craft supply store is closing and has bins of seed beads, satin ribbon and deer hides to give away.",
    ),
    (
        "other",
        "We need a forklift for two days to unload the donated pallets at the warehouse.",
        "Our rental yard will lend a propane Hyster with an operator for nonprofit distribution days.",
    ),
    (
        "other",
        "The veterans' post needs a flagpole; the old one snapped in the storm.",
        "We fabricate aluminum poles and have a 25-foot one with a halyard from a canceled order.",
    ),
    (
        "other",
        "Our community garden needs water. The hose from the neighbor's spigot won't reach.",
        "I have 300 feet of drip irrigation line and a rain barrel system I pulled from my old farm.",
    ),
    (
        "other",
        "Looking for backpacks and school supplies for 300 kids before the first day.",
        "Our stationery distributor stocks filled book bags and donates a truckload every August.",
    ),
    (
        "other",
        "Our women's shelter needs phones so residents can call family safely.",
        "Our carrier store gives away refurbished smartphones with six months of prepaid service to domestic violence programs.",
    ),
    (
        "other",
        "We need a walk-in freezer to store deer meat the hunters donate.",
        "A butcher shop in Chillicothe is upgrading and will give its 8-by-10 cold box if you move it.",
    ),
    (
        "other",
        "The homeless camp needs somewhere to charge phones and get a shower.",
        "We operate a mobile hygiene trailer with three stalls and outlets and can park it wherever you point.",
    ),
    (
        "other",
        "Our robotics team needs a 3D printer before regionals in March.",
        "Our engineering firm has a Prusa MK4 and spools of filament we no longer use.",
    ),
    (
        "other",
        "Anyone have gently used cribs for new moms in the parenting program?",
        "My daughter's twins outgrew two convertible beds that meet current safety standards; they're yours.",
    ),
    (
        "other",
        "Our rural clinic needs an exam table and a blood pressure cuff.",
        "A medical surplus warehouse in Denver ships refurbished equipment to free health centers for freight only.",
    ),
    (
        "other",
        "We want to start a little free pantry on the corner but need a weatherproof box.",
        "Our high school shop class builds cedar cabinets with plexiglass doors and will make one to order.",
    ),
    (
        "other",
        "Our wildfire evacuees need somewhere to park their horses and livestock.",
        "The fairgrounds have 120 stalls and pens and we open them to displaced animals during fire season.",
    ),
    (
        "other",
        "Need to rent a van with a ramp for a trip to the capitol with disabled advocates.",
        "Our paratransit agency lends accessible vehicles and drivers for civic outings, booked two weeks ahead.",
    ),
    (
        "other",
        "The soup kitchen's dishwasher is dead and volunteers are washing everything by hand.",
        "We sell restaurant equipment and have a reconditioned Hobart high-temperature unit we can donate.",
    ),
    (
        "other",
        "We're holding a quinceañera workshop for girls from low-income families who can't afford dresses.",
        "Our bridal boutique has dozens of sample ball gowns from past seasons, many in teen sizes.",
    ),
    (
        "other",
        "Our library needs chairs. The old ones are broken and kids sit on the floor.",
        "A law firm is moving offices and has sixty padded stackables headed for the dump.",
    ),
    (
        "other",
        "Our farmers lost hay in the drought and cattle are hungry.",
        "I have 200 round bales of alfalfa I can deliver within 80 miles of Amarillo.",
    ),
    (
        "other",
        "We'd like to plant shade trees along the bus stops on Elm Avenue.",
        "Our nursery donates 50 saplings each fall, oaks and maples in 15-gallon containers.",
    ),
    (
        "other",
        "Our hospice families want to record voice messages for grandchildren but lack equipment.",
        "I have a USB microphone, headphones and a laptop with audio software to lend.",
    ),
    (
        "other",
        "Our youth center needs a ping-pong table and board games to keep kids around.",
        "Our hobby shop has a regulation Butterfly setup with paddles plus crates of donated Scrabble, chess and Uno.",
    ),
    (
        "other",
        "The warming shelter needs cots. Forty people sleeping on mats right now.",
        "The Red Cross chapter keeps a container of folding beds and blankets it can lend during cold snaps.",
    ),
    (
        "other",
        "We need eyeglasses for kids who failed the school vision screening.",
        "Our optometry van makes frames and lenses on site and serves Title I campuses for free.",
    ),
    (
        "other",
        "Our senior center wants to hold a prom, but there's no decorations budget.",
        "I'm a party planner with storage full of balloons, string lights, backdrops and centerpieces.",
    ),
    (
        "other",
        "Necesitamos computadoras para una clase de inglés para adultos.",
        "Nuestra empresa de contabilidad va a reemplazar 25 equipos de escritorio y queremos regalarlos.",
    ),
    (
        "other",
        "El comedor comunitario necesita una estufa industrial; la vieja ya no prende.",
        "Cerramos nuestro restaurante en Pasadena y tenemos una cocina de seis quemadores con horno.",
    ),
    (
        "other",
        "Buscamos bicicletas para que los trabajadores lleguen a las granjas sin carro.",
        "Nuestro taller arregla bicis donadas y tiene quince listas con luces y candado.",
    ),
    (
        "other",
        "Las familias del albergue necesitan productos de higiene personal.",
        "Nuestro hotel tiene cajas de champú, jabón y cepillos de dientes sin usar que podemos entregar.",
    ),
    (
        "other",
        "We're setting up a pop-up vaccination site and need a tent, tables and a heater for the line.",
        "Our construction company can park a job trailer with a propane torpedo blower at your location for a week.",
    ),
    (
        "other",
        "Our animal rescue needs crates to transport dogs out of the overcrowded shelter.",
        "My kennel is closing and I have forty airline-approved carriers in various sizes.",
    ),
    (
        "other",
        "We want to give each new citizen a small American flag and a pocket Constitution at the ceremony.",
        "Our DAR chapter stocks handheld banners and booklets for naturalization events.",
    ),
    (
        "other",
        "The community garden's shed was vandalized. We need hand tools.",
        "I'm clearing out my late father's barn: hoes, shovels, rakes and wheelbarrows, all solid.",
    ),
    (
        "other",
        "Need a truck with a liftgate to pick up a donated commercial oven.",
        "Our furniture bank's box van has a hydraulic tail and a driver free on Wednesdays.",
    ),
    (
        "other",
        "Our unhoused clients need ID photos for their state IDs and can't pay.",
        "Our pharmacy's counter will take passport-style pictures free when referred patients come in.",
    ),
    (
        "other",
        "After the ice storm, dozens of homes on the county road still have trees on their roofs.",
        "We're an arborist crew with a bucket rig and a crane and will give two days to cleanup around Pulaski.",
    ),
    (
        "other",
        "Our literacy program wants to hand out reading glasses at the library.",
        "I have 500 pairs of drugstore readers in strengths from +1.00 to +3.00 left from a health fair.",
    ),
    (
        "other",
        "Need a place to get the church van's brakes fixed cheaply; it's our only way to transport kids.",
        "My auto shop does free labor on nonprofit vehicles one Saturday a month; you just pay for parts.",
    ),
    (
        "other",
        "We're giving out fresh produce and need refrigerated transport from the farms.",
        "Our dairy has a reefer trailer that runs empty back from Madison on Tuesdays and Fridays.",
    ),
    (
        "other",
        "Our teen moms need car seats before they can leave the hospital.",
        "Our fire station runs a safety program with new infant carriers and certified technicians to install them.",
    ),
    (
        "other",
        "Our cultural center wants to run a quilting circle but has no sewing machines.",
        "A fabric shop in Paducah has six refurbished Berninas it will donate along with thread and batting.",
    ),
    (
        "other",
        "Our town is building a memorial bench for the flood victims. We need the stone.",
        "Our quarry has granite slabs from a cancelled order and can cut one to size.",
    ),
    (
        "other",
        "Residents in the apartment tower need smoke detectors; many are missing or dead.",
        "The fire department installs free alarms with ten-year batteries in rental units on request.",
    ),
    (
        "other",
        "Our housing rehab program needs windows and doors for twenty homes.",
        "Habitat ReStore just got a truckload of new vinyl sashes and exterior entry units from a builder's overrun.",
    ),
    (
        "other",
        "We want to livestream city council meetings in Spanish but have no equipment.",
        "Our media center lends a streaming kit with two cameras, a switcher and interpreter headsets.",
    ),
    (
        "other",
        "Our cross-country team runs in worn-out shoes. Most families can't buy new ones.",
        "Our running store collects lightly used trainers and gets factory overstock we can size and give out.",
    ),
    (
        "other",
        "Need signs for the polling place that point voters to the accessible entrance.",
        "Our print shop makes corrugated yard placards and A-frames; nonprofits pay only materials.",
    ),
    (
        "other",
        "Our mobile dental clinic can't take X-rays, so kids get sent to a city two hours away.",
        "Our practice went digital and has a handheld Nomad imaging unit with lead aprons to donate.",
    ),
    (
        "other",
        "Our village water plant failed and 400 people need something safe to drink for at least a week.",
        "Our brewery can fill ten thousand cans of plain filtered tap on a day's notice and truck them over.",
    ),
    (
        "other",
        "The shelter kids need something to do on weekends. Any tickets to games or museums?",
        "Our minor league ballclub sets aside 200 seats at every home date for youth groups.",
    ),
    (
        "other",
        "Our community health workers walk door to door in the heat. They need gear.",
        "Our outdoor store has wide-brim hats, cooling towels and hydration packs left from a canceled event.",
    ),
    (
        "other",
        "We're building raised beds at the senior center and need lumber.",
        "The sawmill in Lewis County sells cull boards for pennies and will give a trailer load to nonprofits.",
    ),
    (
        "other",
        "Our mentoring program needs gift cards to reward kids for perfect attendance.",
        "Our grocery chain gives $10 store vouchers in batches of 100 to youth clubs each semester.",
    ),
    (
        "other",
        "We need interpreting equipment so Spanish speakers can follow the school board meeting.",
        "Our church has 30 wireless receivers and a transmitter we use for bilingual worship.",
    ),
    (
        "other",
        "Our farm school needs a tractor. We're doing everything by hand.",
        "I have a 1980s Ford 3000 that still runs well and a brush hog I'd give to anyone training young growers.",
    ),
    (
        "other",
        "Our pantry needs a cargo bike to deliver groceries in the dense downtown blocks.",
        "Our cycle shop has an electric longtail with panniers that was a floor model.",
    ),
    (
        "other",
        "Families who just got housed need furniture: beds, tables, couches.",
        "Our household goods bank picks up from donors and delivers whole apartment setups to referred households.",
    ),
    (
        "other",
        "We need tablets so nursing home residents can video-call relatives.",
        "Our tech company just replaced its iPads for conference rooms; twenty are wiped and ready.",
    ),
    (
        "other",
        "The kids' choir needs matching outfits for the state competition.",
        "Our uniform company has unclaimed polo shirts and slacks in youth sizes from a school order that fell through.",
    ),
    (
        "other",
        "Our village wants Christmas lights for Main Street but the budget is zero.",
        "Our electric supply house has boxes of LED string sets and garland from last year's display.",
    ),
    (
        "other",
        "Our shelter needs a washing machine and dryer that can handle heavy use.",
        "We're a laundromat replacing our front-loaders and will give you a working pair.",
    ),
    (
        "other",
        "We're planting a pollinator meadow on the school grounds and need seeds.",
        "Our wildflower society has coneflower, milkweed and bee balm mixes harvested from local prairies.",
    ),
    (
        "other",
        "Our literacy van's tires are bald. Any chance of help?",
        "Our dealership donates four new radials with mounting to one community vehicle each quarter.",
    ),
    (
        "other",
        "Our reentry program clients need work boots for construction jobs.",
        "Our safety supply company has steel-toe footwear in all sizes from discontinued lines.",
    ),
    (
        "other",
        "We'd like to set up a drop box for people to return unused medications.",
        "Our pharmacy chain provides locked takeback kiosks and pays for incineration pickup.",
    ),
    (
        "other",
        "Nuestro grupo de danza folklórica necesita vestidos para la presentación.",
        "Tengo una tienda de ropa típica en Fresno y puedo prestar faldas jaliscienses y rebozos.",
    ),
    (
        "other",
        "Buscamos herramientas para reparar los techos de las casas después de la tormenta.",
        "Nuestra ferretería puede donar martillos, escaleras, clavos y lonas a los vecinos afectados.",
    ),
    (
        "other",
        "La escuela no tiene instrumentos musicales para la clase de mariachi.",
        "Guardo guitarras, vihuelas y dos trompetas de mi antiguo grupo que nadie usa.",
    ),
    (
        "other",
        "Necesitamos transporte para llevar a los ancianos a sus citas médicas en la ciudad.",
        "Nuestra agencia de taxis da viajes gratis a adultos mayores los martes y jueves con reservación.",
    ),
    (
        "other",
        "Our river rescue team's radios don't work in the canyon.",
        "Our amateur operators' club has portable repeaters and handhelds we can install and lend.",
    ),
    (
        "other",
        "Kids in our reading program want books with characters who look like them.",
        "Our Black-owned bookstore has boxes of picture and chapter titles by African American authors to donate.",
    ),
    (
        "other",
        "We need a whiteboard and markers for the new GED class.",
        "Our school district is removing old chalk-replacement panels and dry-erase supplies from two buildings.",
    ),
    (
        "other",
        "Our refugee families have no winter clothing. It's going to be 10 below next week.",
        "Our outerwear brand ships returned parkas, mittens and hats to resettlement agencies.",
    ),
    (
        "other",
        "Our hospice needs adult incontinence supplies for patients at home.",
        "Our medical equipment shop has cases of briefs and underpads close to expiry.",
    ),
    (
        "other",
        "We're launching a tool-lending shed but only have a few hammers.",
        "Our contractors' association collects retired power drills, saws and sanders from members.",
    ),
    (
        "other",
        "Our Little League needs catcher's gear and bats; families can't afford them.",
        "Our sporting goods distributor gives out demo helmets, chest protectors and aluminum sticks every spring.",
    ),
    (
        "other",
        "We run a free tax prep site and need printers and paper for clients' returns.",
        "Our bank branch is swapping out its laser units and can give four with toner and reams.",
    ),
    (
        "other",
        "Our mobile food pantry's truck broke down and we can't deliver to the trailer parks.",
        "Our produce distributor can lend a box van and driver on Thursdays until yours is fixed.",
    ),
    (
        "other",
        "The domestic violence shelter needs locks changed on every door tonight.",
        "I'm a locksmith and will rekey your entrances after hours, no charge, whenever you call.",
    ),
    (
        "other",
        "Our debate team needs to travel to nationals in Kentucky and we have no way to get there.",
        "Our charter coach company donates one round trip a year to a high school squad.",
    ),
    (
        "other",
        "Our community center wants a defibrillator after a man collapsed at bingo.",
        "Our heart foundation places AEDs in public buildings and trains staff to use them.",
    ),
    (
        "other",
        "New arrivals need SIM cards and phones to call their caseworkers.",
        "Our telecom store has prepaid starter kits and basic handsets set aside for refugee agencies.",
    ),
    (
        "other",
        "We need ice chests and water coolers for the summer sports camp.",
        "Our beverage distributor has insulated five-gallon jugs and branded Igloos from last year's promotions.",
    ),
    (
        "other",
        "Our library wants to lend fishing rods so kids can try it at the lake.",
        "Our bait shop has thirty spincast poles and tackle boxes to give to a loan program.",
    ),
    (
        "other",
        "We need shipping boxes for the book drive to prison libraries.",
        "Our moving company has hundreds of used cartons and packing tape; come take them.",
    ),
    (
        "other",
        "Our teen cooking class needs knives, cutting boards and mixing bowls.",
        "Our culinary school replaces student kits each year and has twenty complete sets.",
    ),
    (
        "other",
        "After the earthquake, families need tarps to cover broken roofs.",
        "Our hardware distributor has a warehouse pallet of heavy-duty blue poly sheets.",
    ),
    (
        "other",
        "We need hand sanitizer and masks for the flu clinic at the senior center.",
        "Our distillery still has cases of the disinfectant we made in 2020 plus boxes of N95s.",
    ),
    (
        "other",
        "Las familias jornaleras se están asando en sus trailas; no tienen aire acondicionado.",
        "Nuestra tienda de electrodomésticos va a regalar sesenta unidades de ventana al empezar el verano.",
    ),
    (
        "other",
        "Our rural school's buses are too old to pass inspection.",
        "Our district is retiring three 72-passenger vehicles with good engines and offers them to smaller systems.",
    ),
    (
        "other",
        "We want to hand out bike helmets at the safety fair.",
        "Our hospital's injury prevention program fits and gives away kids' head protection by the hundreds.",
    ),
    (
        "other",
        "The homeless clinic needs socks. Lots of them.",
        "Our hosiery mill in Fort Payne has irregulars by the case, thousands of pairs.",
    ),
    (
        "other",
        "Our pow wow committee needs a PA and drum mics for the arena.",
        "Our tribal radio station has a portable rig with stands for the singers' circle and an engineer who has done sound at Crow Fair.",
    ),
    (
        "other",
        "We're setting up an emergency shelter in the gym and need privacy partitions.",
        "Our office furniture liquidator has hundreds of cubicle panels we'd give away.",
    ),
    (
        "other",
        "Our seed library needs envelopes, labels and a cabinet with small drawers.",
        "I have an old card catalog from a closed branch and boxes of tiny paper coin packets.",
    ),
    (
        "other",
        "We'd like to offer free haircuts before job interviews for our reentry clients.",
        "Our barber school sends students with clippers to community events under an instructor's watch.",
    ),
    (
        "other",
        "We need a camper or trailer where a displaced family can stay on their land while rebuilding.",
        "I have a 28-foot Airstream with a working bathroom parked in my side yard.",
    ),
    (
        "other",
        "Our after-school program needs healthy snacks for 80 kids every day.",
        "Our bakery and produce stand bag up day-old bread and fruit each afternoon for pickup.",
    ),
    (
        "other",
        "Our nonprofit needs office furniture for our first real space.",
        "A tech startup is shutting down and wants its desks, chairs and filing cabinets to go somewhere useful.",
    ),
    (
        "other",
        "Our garden club needs a rototiller to break new ground.",
        "I rent out a rear-tine tiller and will bring it over with fuel for a weekend.",
    ),
    (
        "other",
        "Arriving refugee families with toddlers need strollers and high chairs.",
        "Our consignment shop has infant gear that passed safety checks and isn't selling.",
    ),
    (
        "other",
        "We need a wheelchair-accessible portable restroom for the farmers market.",
        "Our sanitation firm has ADA units and will place one weekly for a season at cost.",
    ),
    (
        "other",
        "Our students want to start a newspaper but have no way to print copies.",
        "Our weekly paper runs its press on Tuesdays and can add a four-page teen insert.",
    ),
    (
        "other",
        "Our fire-damaged church needs pews or chairs for Sunday service.",
        "A congregation that merged has 40 oak benches in storage and would love to see them used.",
    ),
    (
        "other",
        "Our firewood ministry's volunteers are exhausted from swinging mauls all day.",
        "I have a 27-ton hydraulic splitter on a trailer hitch and will lend it for the season.",
    ),
    (
        "other",
        "Nuestro equipo de fútbol juvenil no tiene uniformes ni balones.",
        "Nuestra tienda deportiva en Yakima puede donar camisetas, espinilleras y pelotas nuevas.",
    ),
    (
        "other",
        "Las familias del campo necesitan linternas y baterías por los apagones.",
        "Tenemos cajas de lámparas solares recargables que sobraron de un proyecto en Puerto Rico.",
    ),
    (
        "other",
        "Queremos organizar una feria de salud pero no tenemos carpas ni sillas.",
        "Nuestra empresa de eventos puede prestar toldos, mesas y asientos sin costo para grupos comunitarios.",
    ),
    (
        "other",
        "We need a projector for our citizenship classes in the church basement.",
        "I have an Epson beamer and a pull-down screen from my teaching days collecting dust.",
    ),
    (
        "other",
        "Our youth boxing gym needs gloves and heavy bags.",
        "Our fitness center is remodeling and has punching equipment and mitts to donate.",
    ),
    (
        "other",
        "We want to hand out free radon test kits to homeowners in the county.",
        "Our state's environmental agency mails free short-term detectors to residents who request them in bulk.",
    ),
    (
        "other",
        "Our small-town museum needs display cases for a veterans exhibit.",
        "A jewelry store that closed has glass-topped showcases with locks that we'd donate.",
    ),
    (
        "other",
        "Our mobile library needs a new van; the old one's transmission failed.",
        "Our auto dealer's foundation gives away one reconditioned cargo vehicle a year to a literacy group.",
    ),
    (
        "other",
        "We need dumpsters for a neighborhood cleanup day in the Eastside.",
        "Our waste hauler drops off two 30-yard roll-offs free for resident-led beautification days.",
    ),
    (
        "other",
        "Our addiction recovery house needs naloxone kits on every floor.",
        "Our harm reduction program distributes Narcan boxes and wall cabinets free to residences.",
    ),
]
