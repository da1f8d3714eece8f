# ruff: noqa: E501, RUF001
"""A fourth batch of training pairs, `(category, ask, offer)`, written for training only and
read by neither the tuning nor the answered asks: kept so the measurement that left it out
can be repeated, and for a larger model, should one ship.

1,919 pairs (240 per help category, one dropped as too close to a labelled text), about 1
in 10 in Spanish, written on 2026-12-07 by four writers who saw neither the labelled sets
in `tests/matching` nor the earlier pairs (`tests/matching/test_tuning.py` checks that none
is close to a labelled text). Added to the answered asks, or to the tuning's pairs and the
tuning trained again, they moved the development set by one or two pairs of 241, within
noise (docs/architecture.md, "Eighth round").
"""

from __future__ import annotations

PAIRS: list[tuple[str, str, str]] = [
    (
        "space",
        "Our quilting circle of twelve lost its church basement. Anywhere in Marquette with strong daylight and big cutting surfaces on Tuesday mornings?",
        "I run the Superior Arts Co-op in Michigan's Upper Peninsula; our north-facing studio has tall windows and long worktables, open weekdays before noon.",
    ),
    (
        "space",
        "Looking for a licensed commercial kitchen where six moms can bake tamales overnight before the Las Cruces Christmas market.",
        "My pastry shop on Solano Drive closes at 4 p.m.; the health-permitted ovens and steel prep counters stay available after hours for community cooks.",
    ),
    (
        "space",
        "Anyone have a barn where our 4-H kids can keep three market lambs through the county fair season in Ames?",
        "Retired hog farmer outside Story City, Iowa; my old farrowing building has clean pens, a water hydrant and electricity, open to youth livestock projects.",
    ),
    (
        "space",
        "Where can a 40-voice gospel choir rehearse with a real piano every Thursday night in Jackson?",
        "Our Masonic lodge on Farish Street has a tuned Steinway upright and seats about fifty; the upstairs room is free most weeknights after six.",
    ),
    (
        "space",
        "Twenty adult refugees in an ESL class want a quiet classroom near the bus line, Monday and Wednesday evenings.",
        "Boise Public Library branch on Vista Avenue: Meeting Room B holds 25, has a whiteboard, and stays open until 9 p.m. weeknights, with a transit stop at the door.",
    ),
    (
        "space",
        "Hoping to find a fenced acre in Tucson where we can plant a pollinator garden with students from the elementary school next door.",
        "Our congregation owns an unused lot behind the sanctuary on Grant Road, already enclosed by chain-link, with a water spigot; we'd love it growing desert wildflowers.",
    ),
    (
        "space",
        "Is there a big parking lot in Billings where teens can practice driving on weekends?",
        "I manage the Rimrock Mall; the acres of asphalt by the old department store are nearly empty Saturday and Sunday mornings, and we welcome permit holders learning behind the wheel.",
    ),
    (
        "space",
        "Our food pantry has no cold storage, and the dairy co-op just offered 300 gallons of milk each week.",
        "Our grocery warehouse in Rutland has a walk-in cooler with open shelving, and I can spare two pallet positions for nonprofit partners.",
    ),
    (
        "space",
        "Anyone know a gym in Fargo with a wood floor where our senior pickleball league could play in January?",
        "Facilities manager at a Lutheran middle school across the Red River in Moorhead; our indoor court is open afternoons 1-3 while classes are in session, lines already taped.",
    ),
    (
        "space",
        "Seeking a stage and sound booth for a one-night youth poetry slam in Providence, about 150 audience members.",
        "I program the black-box theater at a Federal Hill arts nonprofit: 160 seats, full lighting rig, mixing console, and we keep Friday dates open for teen performers.",
    ),
    (
        "space",
        "Buscamos un salón para la quinceañera de una familia que perdió su casa en el incendio; unas 120 personas, un sábado de junio en Santa Rosa.",
        "Soy administrador del Centro Comunitario Roseland: el auditorio principal tiene cupo para 130 invitados, cocina equipada y estacionamiento; los fines de semana lo prestamos gratis a quienes sufrieron pérdidas por desastre.",
    ),
    (
        "space",
        "I'm trying to store 400 donated bikes over the winter before our spring giveaway in Duluth.",
        "We own a dry, heated marina shed on the Lake Superior waterfront that stands half empty from November to April.",
    ),
    (
        "space",
        "Ten veterans in a writing workshop want a private room to talk openly, every other Saturday morning, Fayetteville area.",
        "American Legion Post 32 near Fort Liberty has a small back office with a door that locks; members reserve it free on weekends.",
    ),
    (
        "space",
        "Could any farm host a weekend campout for 30 Girl Scouts in eastern Oregon this August?",
        "My family ranch near Pendleton has a shaded creekside meadow, a pit toilet and a well pump; church and youth groups are welcome to pitch tents in summer.",
    ),
    (
        "space",
        "Where could our tenants' union hold a 200-person rally and press conference close to city hall in Milwaukee?",
        "The Steamfitters' local owns an assembly space two blocks from the municipal building downtown; the main floor fits 250 standing, and we lend it to housing campaigns.",
    ),
    (
        "space",
        "Looking for a climate-controlled room to keep our historical society's 1890s newspapers and photographs safe from humidity in Savannah.",
        "Records manager for Chatham County: our archive annex on Eisenhower Drive holds a steady 65 degrees and 40% RH and has spare shelf bays for local heritage collections.",
    ),
    (
        "space",
        "Anyone willing to let a mobile mammogram van plug into shore power for two days outside their building in Gallup?",
        "Our Navajo Nation chapter house in Church Rock has a 50-amp RV hookup along the east wall and a paved apron; clinics can park there with notice.",
    ),
    (
        "space",
        "Help, the robotics team outgrew my garage! Any shop space in Huntsville with 240-volt outlets and room for a 12-by-12 practice field?",
        "Engineer at a defense contractor near Redstone Arsenal; our company's vacant prototype bay has three-phase power, a roll-up door and 2,000 square feet we'd lend to a STEM club.",
    ),
    (
        "space",
        "Could someone spare a quiet corner where a nursing mother on our campaign staff can pump during long days in Concord?",
        "Our downtown law firm has a lactation room with a lock, a mini-fridge and a comfortable glider, open to any working parent in the building or nearby.",
    ),
    (
        "space",
        "Need somewhere in Anchorage to dry and sort 80 donated sleeping bags and parkas after the flood.",
        "Our hockey arena's Zamboni garage is warm, has floor drains and ceiling racks, and goes unused from May through August.",
    ),
    (
        "space",
        "Is there a soccer field in Lewiston we could borrow on Sunday afternoons for a Somali youth league of about 60 kids?",
        "Athletic director at Bates; our lower turf pitch is usually free once weekend games end at noon, and we like opening it to neighborhood teams.",
    ),
    (
        "space",
        "Looking for a church or hall in Topeka with a big kitchen to cook 500 Thanksgiving meals on Wednesday of that week.",
        "Our Knights of Columbus council has a commercial range, two convection ovens and a 12-foot steam table; the facility is open the day before the holiday.",
    ),
    (
        "space",
        "¿Alguien sabe de una oficina pequeña en Yakima donde podamos dar asesoría de impuestos gratis los sábados de febrero a abril?",
        "Mi agencia de seguros en la avenida Nob Hill tiene dos escritorios vacíos y conexión a internet; los fines de semana el local queda libre para servicios comunitarios.",
    ),
    (
        "space",
        "Our Lakota language class wants a place to meet that feels like home, not a government building, in Rapid City.",
        "Native-owned coffee shop on Main Street; our back room has couches, star quilts on the walls and a big table, and we close early Mondays for community gatherings.",
    ),
    (
        "space",
        "Where could we put 12 beehives for a youth beekeeping program within biking distance of downtown Asheville?",
        "I own five acres on the French Broad River, ten minutes by greenway from the center of town, with a south-facing clearing and no pesticide spraying nearby.",
    ),
    (
        "space",
        "Anyone have a dark-sky spot in Utah where our astronomy club can set up telescopes for a public star party?",
        "Our ranch outside Torrey borders Capitol Reef; the hay meadow has zero streetlights for 20 miles, and we've hosted meteor-shower watchers before.",
    ),
    (
        "space",
        "I coach a women's boxing class for domestic violence survivors and lost our space. Anything with mats and bags in Toledo?",
        "Police Athletic League center on the Maumee's east bank: heavy punching equipment, padded flooring, and a private hour we can reserve on weekday mornings.",
    ),
    (
        "space",
        "A homeschool co-op of 45 families around Knoxville is looking for a building two mornings a week during the school year.",
        "Pastor of a Baptist church in Powell, Tennessee; our education wing has eight classrooms that are vacant Tuesday and Thursday until noon from August to May.",
    ),
    (
        "space",
        "Does anyone have a secure fenced yard in Lafayette where our three food trucks could stay overnight during the Festival International weekend?",
        "My towing company's impound lot off Evangeline Thruway has gated access, cameras and a night guard, with spare slots for vendors during big events.",
    ),
    (
        "space",
        "Can anyone lend a ballroom or banquet space for our scholarship gala, 300 guests, black tie, in Omaha next April?",
        "Event director at a historic Old Market hotel: our Grand Salon seats 320 for dinner with a dance floor, and we discount one spring date for education nonprofits.",
    ),
    (
        "space",
        "We run a free tax clinic and the library just cut our room. Any office with Wi-Fi and a printer in Sioux Falls for weekday evenings?",
        "Our credit union branch on 41st Street has a member-education suite with four workstations, a laser copier and guest internet, unused after 4 p.m.",
    ),
    (
        "space",
        "Our Hmong elders want a plot to grow bitter melon and long beans near their apartments in Saint Paul.",
        "The Frogtown community land trust has four unassigned raised beds on Thomas Avenue, steps from several senior high-rises, with hoses and a tool shed.",
    ),
    (
        "space",
        "Anyone know a shooting range that would host our sheriff's deputies for quarterly qualification in rural Wyoming?",
        "Our private gun club near Lusk has a 100-yard rifle line and a 25-yard pistol bay, and law enforcement agencies can book weekdays at no charge.",
    ),
    (
        "space",
        "Could a business in Burlington spare a storefront window for two weeks to display student climate art?",
        "I own a vacant retail space on Church Street with big glass frontage facing the pedestrian mall; creatives may hang work there between tenants.",
    ),
    (
        "space",
        "Seeking a hangar or large barn to build parade floats for the Mardi Gras krewe in Mobile; floats are 30 feet long.",
        "Our crop-dusting business at the Bay Minette airstrip has a 60-foot metal aircraft shelter that's empty December through March.",
    ),
    (
        "space",
        "Where could a grief support group for parents who lost children meet privately and gently in Des Moines one evening a month?",
        "Hospice chaplain; our family lounge on Ingersoll Avenue has soft lighting, tissues, couches and a closed door, available first Thursdays after 6.",
    ),
    (
        "space",
        "Is there any acreage near Lubbock where we could hold a two-day ranch rodeo with pens, an arena and room for trailers?",
        "Texas Tech alum with a working cattle outfit in Slaton: lighted roping ring, catch corrals, bleachers, and a gravel lot for 60 rigs.",
    ),
    (
        "space",
        "I'd like to start a Saturday farmers market in Hilo but don't have a spot with shade and road frontage.",
        "Our Buddhist temple on Kilauea Avenue has a banyan-covered yard facing the highway, free after 9 a.m. on weekends between services and bon dance practice.",
    ),
    (
        "space",
        "Where can our small theater troupe store flats, costumes and props between productions in Lawrence?",
        "I own a mini-warehouse facility on 23rd Street and donate one 10-by-20 unit each year to a local arts group.",
    ),
    (
        "space",
        "¿Hay algún terreno pequeño en Homestead donde las familias de la escuela puedan sembrar chiles, cilantro y tomates?",
        "Tengo un vivero de plantas tropicales en Redland con media hectárea sin usar, riego por goteo y una llave de agua; me encantaría verla cultivada por la comunidad.",
    ),
    (
        "space",
        "Our ballet folklórico troupe keeps twisting ankles on concrete. Anyone in Pueblo with a sprung floor we could rent cheaply?",
        "I teach tap and jazz on Northern Avenue; my studio has a suspended maple base under Marley vinyl plus mirrors, open Sunday afternoons and after 8 weeknights at a sliding-scale rate.",
    ),
    (
        "space",
        "Nuestro coro parroquial quiere grabar un disco de villancicos. ¿Hay algún estudio con buena acústica en San Antonio?",
        "Soy ingeniero de sonido y tengo una cabina insonorizada con consola de 24 canales en mi casa de Southtown; cobro poco a grupos religiosos y comunitarios.",
    ),
    (
        "space",
        "Heat advisory next week and our seniors have no AC. Who has a cool building in Phoenix open 10 to 6?",
        "Our mosque on Seventh Street keeps the prayer hall air-conditioned all day, and we turn it into a refuge with water and cots whenever temperatures pass 110.",
    ),
    (
        "space",
        "Looking for a warm overnight shelter site for 15 unhoused men during January cold snaps in Bangor.",
        "Our Episcopal parish hall on Union Street has radiant heat, two showers and cots in storage; the vestry approved emergency use when it drops below zero.",
    ),
    (
        "space",
        "The county clerk says our precinct lost its polling place. Any accessible building near Carrollton available on Election Day?",
        "Our fire station community room has a ramped entrance, wide doors and parking for 40, and we've hosted voting before.",
    ),
    (
        "space",
        "Anyone have a venue for a mayoral candidate forum in Spokane, neutral ground, seats 400, livestream-friendly?",
        "Gonzaga's law school auditorium holds 420, has a built-in video feed, and the dean lends it for nonpartisan civic events.",
    ),
    (
        "space",
        "The blood drive outgrew the church lobby. Where in Grand Junction could the bloodmobile park with room for a waiting tent?",
        "Hardware store manager on North Avenue; our garden-center apron is wide, flat and shaded, and corporate encourages donation events there.",
    ),
    (
        "space",
        "Seeking a room for a job fair with 25 employer tables and a steady flow of 300 job seekers in Flint.",
        "UAW Local 598 has a 6,000-square-foot hall off Dort Highway with loading access and parking for hundreds, free for hiring events.",
    ),
    (
        "space",
        "Could a courthouse or campus host a naturalization ceremony for 90 new citizens and their families in Lincoln this fall?",
        "I chair the Nebraska Wesleyan events committee; our chapel seats 350, has a flag-draped stage and a reception lobby for photos.",
    ),
    (
        "space",
        "After the memorial service, the family wants a place for a potluck reception, about 100 people, in Hattiesburg on short notice.",
        "Our AME church fellowship room seats 110 at round tables, has a warming kitchen, and the deaconesses can usually clear it within two days.",
    ),
    (
        "space",
        "¿Quién tiene un local en Salinas donde podamos abrir un centro de cuidado infantil para hijos de trabajadores del campo, de 5 a 2?",
        "Nuestra iglesia en la calle Alisal tiene un salón con baños pequeños, patio cercado y cocina, que no usamos entre semana desde el amanecer hasta las tres de la tarde.",
    ),
    (
        "space",
        "Our state representative wants a storefront in Bozeman for monthly constituent office hours. Any landlord with a spare suite?",
        "I manage a Main Street building with a ground-floor 300-square-foot unit between tenants, street-level entry, and a desk and two chairs already inside.",
    ),
    (
        "space",
        "Our teen center closed. Is there anywhere in Gary where high schoolers can hang out safely after 3 p.m.?",
        "Our YMCA branch on Broadway has a game lounge with pool tables and Wi-Fi, staffed by trained mentors from final bell until 8.",
    ),
    (
        "space",
        "Where could an autism support group set up a sensory-friendly Santa visit, dim lights and low noise, in Overland Park?",
        "I manage a children's occupational therapy clinic; our calming room has adjustable brightness, padded walls and sound dampening, available Saturday mornings in December.",
    ),
    (
        "space",
        "Hoping to find ice time in Minot for an adaptive sled hockey team of ten kids, one hour a week.",
        "Rink manager at the Maysa Arena; our Sunday 7 a.m. slot is unclaimed, the ramp reaches the bench area, and we'd discount it for disability sports.",
    ),
    (
        "space",
        "Marshallese kids in our swim lessons have no pool. Anyone in Springdale with lanes open on summer mornings?",
        "Aquatics director at the Jones Center; we can rope off the shallow end June through August from 9 to 11 a.m. for community groups.",
    ),
    (
        "space",
        "Where can our river cleanup crew launch 14 canoes and park trailers on the Wabash near Terre Haute?",
        "Our family's bait shop at Fairbanks Landing has a gravel boat ramp and a long roadside pull-off, and conservation outings can use both free.",
    ),
    (
        "space",
        "Could a marina in Maryland spare a slip for a donated sailboat we use for teaching at-risk youth?",
        "Harbormaster at an Annapolis yacht club; one transient berth on C dock stays open all season, and the board waives fees for educational nonprofits.",
    ),
    (
        "space",
        "Our tribe wants to revive a fish camp. Is there riverbank land along the Klamath we could use each fall?",
        "Timber company property manager; our parcel near Weitchpec has frontage on the water and an old cabin, and we're open to cultural-use agreements with local nations.",
    ),
    (
        "space",
        "Buscamos dónde guardar 200 cajas de útiles escolares hasta la feria de regreso a clases en Dalton, Georgia.",
        "Mi fábrica de alfombras tiene una bodega techada con rampa de carga y espacio libre junto al muelle durante todo el verano.",
    ),
    (
        "space",
        "Anyone with pasture near Boulder where 40 goats could graze for a month to clear invasive knapweed?",
        "Our open-space easement north of town has fenced grassland overrun with noxious weeds, and the land trust welcomes browsing animals from June to September.",
    ),
    (
        "space",
        "Twelve teens in a fly-fishing club hope to find a lodge for a three-night retreat in the Catskills in May.",
        "My family's old boarding house in Roscoe has eight bedrooms and a big porch on the Beaverkill, rented at cost to scout and school groups in spring.",
    ),
    (
        "space",
        "Anybody in Charleston with bunks for a church mission team of 18 coming to repair roofs after the hurricane?",
        "Our Summerville Methodist camp has two cabins sleeping 20, hot showers and a dining hall, free for disaster rebuild crews.",
    ),
    (
        "space",
        "Families living in their cars need a safe spot to sleep overnight in Eugene. Which congregations or businesses could host six vehicles?",
        "Our Quaker meetinghouse on Charnelton has a back lot with a portable toilet and lighting, and members approved room for half a dozen people camping in vans and sedans.",
    ),
    (
        "space",
        "Looking for a place with showers where unhoused folks can clean up before job interviews in Reno, weekday mornings.",
        "Our truck stop on East Fourth has four private bathing stalls with towels, and I let nonprofits bring clients in before the lunch rush.",
    ),
    (
        "space",
        "Could a school or business let our coding club use 20 computers on Saturdays in Laramie?",
        "University of Wyoming engineering lab manager: our 24-seat PC lab is locked on weekends, but I can unlock it for youth programs.",
    ),
    (
        "space",
        "Our high school mock trial team wants to practice in a real courtroom before state finals in Columbia.",
        "Circuit judge in Richland County; my bench and jury box are unused Friday afternoons, and I've hosted student advocates before.",
    ),
    (
        "space",
        "Anyone in Wichita with a radio studio we could use to record a weekly call-in show for Vietnamese elders?",
        "I run a low-power FM station on West Broadway; our booth has two mics and a phone hybrid, free Tuesdays after our evening block.",
    ),
    (
        "space",
        "Where could we screen a documentary on rural broadband for 80 people in Lebanon, Missouri, with a proper projector?",
        "Our small-town cinema downtown has one 90-seat auditorium and a digital DCP rig, and we rent it on Monday nights when we're dark.",
    ),
    (
        "space",
        "Is there an outdoor amphitheater in the Ozarks where our bluegrass festival could run two summer evenings?",
        "Our state park near Eureka Springs has a 500-seat hillside stage with power and restrooms, bookable for Friday-Saturday music events June through August.",
    ),
    (
        "space",
        "Is there a corner of asphalt in Albuquerque where a skateboarding nonprofit could set up portable ramps on weekends?",
        "Youth pastor at a Nob Hill church with a big paved lot that's empty except Sunday mornings, and we'd love kids on boards there Saturdays.",
    ),
    (
        "space",
        "Can anyone recommend a field where our model rocketry club can launch under FAA rules near Dayton?",
        "I farm 300 acres of soybeans outside Xenia, far from any airport, and after harvest the stubble is open to hobby flights with notice.",
    ),
    (
        "space",
        "Trucking students at our community college want a big lot to practice backing semis. Anything near Sioux City?",
        "Our grain elevator across the river in Nebraska has a 10-acre gravel yard that's quiet outside harvest, and I've let CDL trainees use it before.",
    ),
    (
        "space",
        "Anyone know of a site for a two-day powwow near Norman with room for 30 vendor booths and dancers' camping?",
        "Our tribal complex in Shawnee has an arbor, a grassy dance arena, RV hookups and a craft row, free to intertribal gatherings with notice.",
    ),
    (
        "space",
        "Necesitamos una cocina con permiso sanitario para preparar pupusas y venderlas en el mercado de Hyattsville los domingos.",
        "Tengo un restaurante salvadoreño en Langley Park, inspeccionado por el condado, que cierra a las 10 de la noche; los fogones, la plancha y el refrigerador quedan libres de madrugada para emprendedores.",
    ),
    (
        "space",
        "Deer season starts Saturday and our venison donation program has nowhere to hang 50 carcasses in Elkins.",
        "Our family meat market in Beverly has a walk-in locker kept at 34 degrees with overhead rails, and we process hunters' gifts for the food bank.",
    ),
    (
        "space",
        "Where could a 12-person immigrant women's sewing cooperative set up industrial machines permanently in Lowell?",
        "I own a converted textile mill on the Merrimack with a 1,500-square-foot third-floor loft, heavy-duty wiring and a freight elevator, leased below market to startups.",
    ),
    (
        "space",
        "Civil War reenactors seek a field for a weekend encampment with 200 spectators near Gettysburg.",
        "We run an orchard in Biglerville with a flat 20-acre meadow beside the packing house, parking for 100 cars, and we love hosting living-history groups.",
    ),
    (
        "space",
        "Anyone have a boardroom where a new nonprofit board of nine can meet quarterly in Manchester without paying?",
        "Our accounting firm on Elm Street has a conference table for twelve with a video screen, and I lend it after 5 p.m. to civic groups at no charge.",
    ),
    (
        "space",
        "¿Alguna parroquia o escuela en Waukegan podría prestarnos un aula para clases de ciudadanía los martes por la noche?",
        "Dirijo el centro de formación del sindicato de carpinteros; tenemos un salón con pizarra y 30 pupitres, desocupado entre semana después de las siete.",
    ),
    (
        "space",
        "The library closes at 5, and our adult literacy tutors meet learners at 7. Somewhere in New Haven with small tables and late hours?",
        "Our bakery café on Chapel Street stays open till 11 with a quiet mezzanine of two-tops, and I comp coffee for education groups.",
    ),
    (
        "space",
        "Trying to find a hall in Paterson for a Bangladeshi community Eid dinner, 250 people, with separate space for women to pray.",
        "Manager of a banquet house on Main Street: the main room seats 275, plus a side parlor with its own entrance, and halal catering partners are welcome.",
    ),
    (
        "space",
        "Does any business near Dover have a loading dock where our diaper bank can receive a 26-foot box truck once a month?",
        "Our poultry distribution center off Route 13 has two ground-level bays and a pallet jack, and the night supervisor can accept nonprofit deliveries.",
    ),
    (
        "space",
        "Where could a new Afghan refugee family's catering startup cook legally two days a week near Charlottesville?",
        "Our shared-use culinary incubator in Crozet rents stations by the shift, ServSafe-certified, with cold holding and dry storage included.",
    ),
    (
        "space",
        "Hunting for a dry place to keep our donated hospital beds and wheelchairs in Hazard until families request them.",
        "I own a former furniture showroom on Main Street with 4,000 square feet, ground-level doors and a working dehumidifier, available rent-free for medical-equipment loans.",
    ),
    (
        "space",
        "Our Polish dance ensemble performs at Dyngus Day but has nowhere to rehearse in winter. Anything on Buffalo's East Side?",
        "The Broadway Market's upstairs event floor is open evenings from November to March, has a worn hardwood surface, and the board loves heritage groups.",
    ),
    (
        "space",
        "Who has a greenhouse where our special-ed students can start seedlings from February to April in Kalispell?",
        "I run a garden center on Highway 93; one poly hoop house stays heated but half empty until the spring rush, and I love having young growers around.",
    ),
    (
        "space",
        "Any horse facility near Ocala that could host weekly therapeutic riding for eight kids with cerebral palsy?",
        "Our thoroughbred training barn has a covered round pen, a mounting ramp and two calm retired mares, available Wednesday mornings.",
    ),
    (
        "space",
        "Our animal rescue is at capacity. Does anyone in Muskogee have kennel runs for 10 dogs for the next two months?",
        "I'm a retired greyhound trainer with twelve covered outdoor pens and a heated whelping shed on my property east of town, free to shelters in a pinch.",
    ),
    (
        "space",
        "Trying to find three spare bedrooms in Minneapolis for visiting Ukrainian orchestra musicians during their tour week.",
        "Our Lutheran seminary has guest suites on campus that go unused between terms, each with a private bath, for cultural exchange guests.",
    ),
    (
        "space",
        "¿Hay algún lugar en Kennett Square donde los trabajadores de los hongos puedan reunirse los domingos para un taller de derechos laborales?",
        "Nuestro restaurante mexicano en State Street tiene un comedor trasero para 40 personas que cerramos en la tarde del día de descanso; lo prestamos a grupos de la comunidad.",
    ),
    (
        "space",
        "Is there a quiet, wheelchair-accessible room in Harrisburg for a monthly meeting of 15 people living with ALS and their caregivers?",
        "Our neurology practice has a ground-floor conference suite with automatic doors, recliners and a hoist-equipped restroom, open second Tuesdays at 2.",
    ),
    (
        "space",
        "Our tiny-home village for veterans has the structures built but no land. Anyone in Kansas City with two acres zoned residential?",
        "Our diocese holds a vacant former school parcel on Troost Avenue, about 100,000 square feet with utilities stubbed, and the bishop wants it used for housing.",
    ),
    (
        "space",
        "Looking for an empty lot in Detroit where our neighborhood can grow sunflowers to pull lead from the soil.",
        "I own three adjacent vacant parcels on the east side near Gratiot and would welcome phytoremediation planting at no cost.",
    ),
    (
        "space",
        "Any mat room for wrestling practice in Waterloo? 25 middle schoolers, Monday-Thursday 5 to 7 p.m.",
        "Head instructor at a Cedar Falls dojo; our 40-by-40 tatami floor is empty after adult jiu-jitsu ends at 4:30 on weekdays.",
    ),
    (
        "space",
        "Anyone with a bouldering gym that could host 30 Boys & Girls Club kids for a free outing in Chattanooga?",
        "I co-own an indoor rock wall on the North Shore; our Tuesday afternoons are slow, and we comp groups up to 35 with harnesses and shoes.",
    ),
    (
        "space",
        "Where could our archery program for foster youth set up targets safely, ideally with a 30-yard backstop, near Lexington?",
        "Our horse farm off Paris Pike has a long earthen berm behind the old training track, well away from barns and roads, open on weekends.",
    ),
    (
        "space",
        "Does anybody have a hayloft or dry shed in Walla Walla for 300 bales donated to ranchers who lost pasture in the fire?",
        "Wheat grower near Dixie with a 60-by-100 pole building that's empty after harvest, dirt floor, big sliding doors for a squeeze.",
    ),
    (
        "space",
        "Our Pueblo youth drum group has been rehearsing in a parking garage. Anywhere in Santa Fe with thick walls and no neighbors to complain?",
        "The adobe chapel at a former mission school has massive earthen construction and no houses within a quarter mile; the elders welcome song practice at night.",
    ),
    (
        "space",
        "Help: 60 students from our Title I school won a trip to the state capital but have no place to eat bagged lunches in Montgomery.",
        "Our Dexter Avenue church fellowship area seats 80 at long tables, three blocks from where the legislature meets, and we open it to out-of-town youth groups.",
    ),
    (
        "space",
        "Se nos venció el contrato del local y necesitamos dónde guardar la ropa del ropero comunitario en Pasco, unas 80 cajas.",
        "Tengo una bodega vacía detrás de mi taller mecánico en la calle Lewis, seca y con candado, disponible sin costo para obras de caridad.",
    ),
    (
        "space",
        "Where can we hold a weekend bike-repair training with 12 stands and room to test-ride around Madison?",
        "Our Catholic school's old bus barn near the Capital City Trail has concrete floors, workbenches and direct path access, free on Saturdays.",
    ),
    (
        "space",
        "I'm organizing a pop-up vaccine clinic in Immokalee and want shaded space for 200 farmworkers to wait in line on a Sunday.",
        "Our packing house has a 150-foot covered loading shed with fans and restrooms, quiet on weekends once the tomato harvest slows.",
    ),
    (
        "space",
        "Our cheer squad is practicing stunts on grass. Any gym in Tupelo with a spring floor we could use two nights a week?",
        "I own a tumbling academy on Gloster Street with a 42-foot-square competition carpet over foam, available Tuesday and Thursday after 7.",
    ),
    (
        "space",
        "Is there a paved area in Gillette where the mobile food pantry truck can hand out boxes on a Saturday without blocking traffic?",
        "Our coal company's employee yard on Highway 59 has a wide turnaround and loop drive, and it's empty on weekends.",
    ),
    (
        "space",
        "Seventy young musicians plus a timpani set: which rehearsal hall in Ann Arbor could take a youth orchestra on Sunday afternoons?",
        "Director of a Ypsilanti high school band program: our band room fits 80 chairs on risers, houses kettle drums, and is unused on weekends.",
    ),
    (
        "space",
        "We'd like to host a monthly Deaf coffee night in Rochester. Any café with good lighting and round tables for signing?",
        "I own a bakery on Monroe Avenue with bright even LEDs, a semicircle booth layout so everyone sees faces, and ASL-fluent baristas.",
    ),
    (
        "space",
        "Looking for land in the Delta where wounded warriors can duck hunt for a weekend in December.",
        "My family's rice farm near Stuttgart floods 200 acres each winter and has two pit blinds and a cabin; we host disabled veterans free.",
    ),
    (
        "space",
        "Our county's new drug court wants a neutral office for peer recovery coaches to meet clients, not at the jail, in Portsmouth.",
        "I run a sober-living house on Chillicothe Street with a separate front parlor and its own entrance, available daytime for counseling sessions.",
    ),
    (
        "space",
        "Where could a seed library keep 2,000 packets cool and dark year-round in Athens, Georgia?",
        "Curator at the university herbarium; we have spare drawers in a climate-stable cabinet room kept at 55 degrees, open to community botany projects.",
    ),
    (
        "space",
        "Queremos celebrar una posada para 300 familias migrantes en Dodge City. ¿Algún lugar bajo cubierta con espacio para piñatas?",
        "Soy gerente del recinto ferial del condado; el pabellón de exhibición tiene techo alto, baños y estacionamiento, y lo prestamos gratis en diciembre a iglesias y grupos comunitarios.",
    ),
    (
        "space",
        "Our search-and-rescue team has to park two trucks and a trailer somewhere with a warm bay near Sandpoint.",
        "Fire chief of a volunteer district on the Pend Oreille; our station has one empty apparatus stall with a floor heater, and we'd gladly share it.",
    ),
    (
        "space",
        "Anyone know a venue in Nashville that would host a free songwriting showcase for kids from juvenile detention?",
        "I book the back room at a Music Row listening bar; Monday nights are dark, it seats 90 in the round, and I'd donate it for a second-chance program.",
    ),
    (
        "space",
        "Where could a historical society permanently display a restored 1923 fire engine in Frederick?",
        "Our car dealership on Route 40 has a glass-fronted showroom corner we'd dedicate to an antique pumper, with lighting and a plaque wall.",
    ),
    (
        "space",
        "Where can our university's solar car team test drive on a closed course in Indianapolis?",
        "Operations manager at a motorsport park in Clermont; our drag strip and infield circuit are open most Tuesdays, and we support engineering students.",
    ),
    (
        "space",
        "Our 12-step group for Spanish-speaking men lost its meeting spot. Anywhere in Garden City open at 8 p.m.?",
        "Our Catholic parish on Campus Drive has a small hall with coffee service we offer to recovery fellowships nightly until 10.",
    ),
    (
        "space",
        "Is there anywhere with a loading ramp in Cheyenne where we could stage donated furniture for newly housed families?",
        "Our moving company's warehouse off I-80 has a dock-height door and 2,000 square feet to spare for homelessness nonprofits through the spring.",
    ),
    (
        "space",
        "Could someone lend a chapel for a small interfaith wedding, 40 guests, in Honolulu this October?",
        "Our Unitarian fellowship in Manoa has an open-air sanctuary facing the valley that holds 50, and we welcome couples of every religion.",
    ),
    (
        "space",
        "Our tribal college's art students want a place to fire large pottery pieces this spring. Anything near Pine Ridge?",
        "I'm a ceramicist with a gas car kiln in my studio outside Kyle, big enough for three-foot vessels, and I lend it to Lakota makers.",
    ),
    (
        "space",
        "Mi compañía de danza azteca busca un espacio abierto en Nampa para ensayar con tambores los domingos.",
        "La cooperativa de agricultores tiene un terreno cubierto de pasto junto al almacén, lejos de las casas, que los fines de semana queda libre para grupos culturales.",
    ),
    (
        "space",
        "Cramped for desk space: our two-person refugee legal aid startup in Columbus wants a shared office three days a week.",
        "Our architecture firm in the Short North has four empty workstations Monday to Wednesday, a locking file cabinet and a private phone booth for confidential calls.",
    ),
    (
        "space",
        "Is there a podcast booth in Tulsa a Black history storytelling project could use twice a month?",
        "I run a Greenwood District recording nook with acoustic foam, two Shure mics and a RodeCaster board, free for heritage work on Fridays.",
    ),
    (
        "space",
        "Our camera club teaches teens to develop film and lost access to a darkroom in Missoula.",
        "Retired newspaper photographer; my basement has enlargers, safelights, trays and running water, and I'll open it Thursday nights to young shooters.",
    ),
    (
        "space",
        "Who has a woodshop in Brattleboro where our Habitat youth crew can build 20 birdhouses and benches?",
        "I'm a cabinetmaker with a table saw, jointer, planer and dust collection in my Putney barn, open Saturday mornings to kids under supervision.",
    ),
    (
        "space",
        "Could an auto shop in Tacoma let our single moms' car-care class use a lift and bays on Sunday?",
        "I own a tire and brake garage on Pacific Avenue with three hoists, closed weekends, and I'd love to teach women basic maintenance.",
    ),
    (
        "space",
        "Fifteen veterans doing yoga want a quiet carpeted room on Wednesday evenings in San Diego.",
        "Our chiropractic clinic in Point Loma has a 600-square-foot wellness studio with soft flooring, free after 6 p.m. midweek.",
    ),
    (
        "space",
        "Anyone in Murfreesboro with two tennis courts we could use for a free summer clinic for kids from public housing?",
        "Club pro at a private racquet club; our two lighted hard surfaces by the parking lot are unbooked June to August mornings, and members want outreach.",
    ),
    (
        "space",
        "Where could a new women's basketball league for moms play Tuesday nights in Casper?",
        "Athletic director at Natrona County High; our auxiliary gym with two hoops and bleachers is unclaimed after 7 p.m. early in the week.",
    ),
    (
        "space",
        "Our Relay for Life team wants a track for an overnight walk, 200 walkers, near Florence.",
        "University of North Alabama rec director; our intramural oval and infield are lit until dawn on request, and we host cancer fundraisers every spring.",
    ),
    (
        "space",
        "Looking for a park pavilion in Biloxi for a Vietnamese fishermen's Tết gathering, roughly 150 people, with grills.",
        "Our shrimp processing company owns a waterfront picnic shelter with six barbecue pits and electric outlets, and we lend it for Lunar New Year.",
    ),
    (
        "space",
        "¿Dónde podemos hacer una kermés con juegos y comida para juntar fondos para la clínica en Brownsville? Necesitamos lugar para 40 puestos.",
        "Soy administrador de la pulga de la carretera 802; los domingos en la tarde, cuando cierran los vendedores, prestamos el terreno con luz y baños a causas comunitarias.",
    ),
    (
        "space",
        "Does any restaurant in Bentonville have a private dining room for a county Republican women's club luncheon of 30 each month?",
        "Manager of a steakhouse on the downtown square: our back salon seats 36, has its own entrance and AV screen, reserved free with a minimum food order.",
    ),
    (
        "space",
        "Looking for a union-friendly spot in Pittsburgh where nurses can hold an organizing meeting away from hospital property.",
        "Our Steelworkers hall on the South Side has a side lounge for 60 and a parking lot out of management's sight, open evenings.",
    ),
    (
        "space",
        "Where can our Sikh youth hold a gatka martial arts camp for a week in July around Yuba City?",
        "The gurdwara on Tierra Buena Road has a shaded lawn and langar hall, and the committee opens it to young people's summer programs.",
    ),
    (
        "space",
        "Our Jewish congregation's High Holy Day crowd doubles. Is there an overflow space for 300 in Scottsdale on Yom Kippur?",
        "Our Presbyterian church on Shea Boulevard has a 350-seat sanctuary free on weekdays and has hosted neighboring synagogues for fall holidays.",
    ),
    (
        "space",
        "Looking for somewhere in Dearborn for a Friday-night iftar dinner for 120 during Ramadan.",
        "Lebanese Catholic hall on Warren Avenue with seating for 130 and a full kitchen; we've welcomed Muslim neighbors to break the fast before.",
    ),
    (
        "space",
        "Our Diwali celebration outgrew the temple. Any venue in Edison with a stage and space for 600?",
        "I manage an expo center off Route 1 with a 700-person hall, a riser platform and permits for oil-lamp displays.",
    ),
    (
        "space",
        "Juneteenth planners in Galveston want a park or lot near the water for a 2,000-person cookout and concert.",
        "Our seawall hotel owns a beachfront lawn with a band shell and permits for crowds up to 2,500, and we sponsor one freedom celebration a year.",
    ),
    (
        "space",
        "Our Pride committee in Bloomington wants a family-friendly indoor venue for drag story hour, about 80 seats.",
        "Independent bookstore on Kirkwood Avenue with a children's corner and rolling shelves that clear for 90 people on Saturday mornings.",
    ),
    (
        "space",
        "Is there a church in Lancaster with space for an Amish-Mennonite quilt auction, 300 bidders, in late March?",
        "Our fire company's social hall in Gordonville seats 350, has a kitchen for pie sales, and we host mud sales each spring.",
    ),
    (
        "space",
        "Buscamos un consultorio vacío en Caldwell donde una enfermera voluntaria pueda tomar la presión a los trabajadores agrícolas los jueves.",
        "Mi clínica dental en la calle Cleveland tiene una sala de exámenes que no usamos por las tardes a mitad de semana; con gusto la presto para chequeos de salud.",
    ),
    (
        "space",
        "Our tool library has 600 tools and no home. Any storefront or garage in Oakland with street access?",
        "I own a former auto body shop on San Pablo Avenue, roll-up door onto the sidewalk, pegboard walls, rented at cost to neighborhood lending projects.",
    ),
    (
        "space",
        "I want to put a little free pantry box somewhere visible and safe in Bend. Any business with a spot by their entrance?",
        "Our brewpub on the west side has a lit, covered porch corner with a camera on it, and we'd happily host a community cupboard.",
    ),
    (
        "space",
        "Our 4-H shooting sports club has a safety class for 20 kids coming up. Where in Bismarck is a classroom next to a trap field?",
        "Our rod-and-gun association north of town has a clubhouse with a projector beside two shotgun clay lanes, and youth instructors book it free.",
    ),
    (
        "space",
        "Our FFA chapter's welding students want booths to practice over the summer. Anything near Clovis?",
        "I own a fabrication shop by Cannon Air Force Base with six MIG stations and ventilation, shut down Fridays in July and August.",
    ),
    (
        "space",
        "Could a sheep ranch host a three-day shearing school for 16 students near Craig, Colorado, in April?",
        "We run 2,000 ewes in Moffat County; our shed has eight stands, catch pens and a bunkhouse, and we welcome trainees before lambing.",
    ),
    (
        "space",
        "Rustic bidding night idea for a cancer center gala: any livestock sale barn in Amarillo that could hold 250 guests?",
        "Our family runs the auction ring at the stockyards off Interstate 40, with tiered seating for 300 and a clerk's booth, free one evening a year for charity.",
    ),
    (
        "space",
        "Is there a farm near Lodi where we could run a maze fundraiser for our school band in October?",
        "We grow 40 acres of field corn east of Highway 99 and will leave 8 acres standing past harvest for a youth group to cut paths through.",
    ),
    (
        "space",
        "Our Christmas tree sale for the Scout troop has to be on a busy street in Spartanburg from Thanksgiving to Christmas.",
        "My tire store on East Main has 40 feet of frontage on the most-traveled corner in town, lit at night, free to youth groups in December.",
    ),
    (
        "space",
        "Who could spare a big blank exterior wall in Richmond for a youth mural about the city's first Black-owned bank?",
        "I own a warehouse in Jackson Ward whose 80-foot brick side faces Broad Street, and I'd welcome painted public art there.",
    ),
    (
        "space",
        "Necesito un rincón en alguna lavandería de Perth Amboy para leer cuentos a los niños los sábados.",
        "Mi negocio de autoservicio en la avenida Smith tiene 30 secadoras, una mesa larga y bancas junto a la ventana; a los pequeños les encantaría una hora de libros los fines de semana.",
    ),
    (
        "space",
        "Any marina or boat club in Corpus Christi with a classroom and dock for a free youth sailing camp?",
        "Our Naval Air Station morale office runs a bayfront rec center with Sunfish racks, a launch ramp and a training room, open to civilian kids in June.",
    ),
    (
        "space",
        "Where can we stage 40 floats and 20 marching bands for the Veterans Day parade in Auburn, Alabama?",
        "Our outlet mall's back parking fields hold 800 cars and connect directly to College Street; we've lent them for homecoming.",
    ),
    (
        "space",
        "Nuestra liga infantil de béisbol tiene 200 niños y un solo diamante. ¿Hay algún campo en Bakersfield libre los sábados por la mañana?",
        "Una petrolera de la ciudad patrocina un parque de pelota con luces en Truxtun, con casetas y malla de protección, disponible los fines de semana antes del mediodía.",
    ),
    (
        "space",
        "Our high school graduation lost its stadium to construction. Who in Yuma could seat 3,000 outdoors on a May evening?",
        "Manager of the county fairgrounds grandstand: room for 3,200 under a canopy, a concert stage and lights, free in late spring before fair setup.",
    ),
    (
        "space",
        "Our county emergency manager wants a backup operations center with generator and radio tower access near Valdosta.",
        "Our electric co-op headquarters has a hardened training room on 500 kW standby power with a 150-foot antenna mast on site, ready for disaster partners.",
    ),
    (
        "space",
        "A traveling nurse staffing our ER needs an RV pad with hookups for three months in Elko.",
        "I have a gravel spot with 30-amp service, water and sewer behind my house on the Humboldt, rented cheap to medical workers.",
    ),
    (
        "space",
        "Is there a few acres of meadow near Ithaca where a green cemetery society could let people be laid to rest naturally?",
        "I own a hillside of wildflowers and hedgerows in Trumansburg and would deed a portion for conservation burials.",
    ),
    (
        "space",
        "Seeking a site for a community solar array of about 1 megawatt in rural Vermont, south-facing and near three-phase lines.",
        "Dairy farmer in Bristol; a 6-acre sunny slope on my farm borders the utility corridor on Route 116, and I'd lease it for shared renewable power.",
    ),
    (
        "space",
        "Where could a tribal veterans' honor guard keep rifles, flags and uniforms securely between funerals in Bemidji?",
        "Our armory has a locked arms vault and garment racks, and the commander offers storage to Ojibwe ceremonial units.",
    ),
    (
        "space",
        "Tornado sirens and no basement: our mobile home park in Moore has 80 residents. Who nearby has a hardened refuge?",
        "Our elementary school's FEMA-rated safe room holds 400, and the principal keeps it unlocked during warnings for neighbors within walking distance.",
    ),
    (
        "space",
        "Wanted: a pond stocked with bluegill where 50 kids can hold a fishing derby in June near Kearney.",
        "Our sandpit lake behind the gravel company is full of sunfish and bass, has a mowed bank and picnic shelter, and we open it for youth angling days.",
    ),
    (
        "space",
        "Help us find a kitchen with pressure canners and a big stove for a three-day salsa class in Pocatello this August.",
        "Our LDS ward's building has a food-storage workroom with six burners, steam kettles and Presto sterilizers, open on weekdays in late summer.",
    ),
    (
        "space",
        "Know of a smokehouse on the Kenai where our Alaska Native youth camp could smoke 300 pounds of salmon?",
        "My family's fishing site near Ninilchik has a cottonwood-fired curing shed and drying racks, and we teach kids the old ways each July.",
    ),
    (
        "space",
        "Where in Grand Rapids could a homebrew club legally host a public tasting of 20 beers?",
        "I own a licensed taproom on Bridge Street that closes Mondays and will welcome amateur fermenters under our permit.",
    ),
    (
        "space",
        "Where could a pizza fundraiser for our robotics team borrow a wood-fired oven for one Saturday in Worcester?",
        "Italian restaurant owner on Shrewsbury Street; our brick hearth is cold until our 4 p.m. opening, and students can bake there from 9 to 2.",
    ),
    (
        "space",
        "Could a business in Lansing host a pet adoption weekend with 20 crates in their lobby or storefront?",
        "I manage a farm-and-feed retailer on Saginaw Highway with a 2,000-square-foot front showroom that we clear for rescue partners two Saturdays a month.",
    ),
    (
        "space",
        "Our feral cat coalition has a vet lined up for a spay day but no surgical space in Texarkana.",
        "Small-animal hospital owner; our two operating suites and recovery kennels are closed Sundays, and I'll open them for trap-neuter-return clinics.",
    ),
    (
        "space",
        "Wildfire evacuation plan: where in Chico can ranchers bring 100 horses and cattle on short notice?",
        "The Silver Dollar Fairgrounds has 180 stalls, wash racks and a large-animal corral, and the board activates it during every disaster declaration.",
    ),
    (
        "space",
        "Any law office or bank in Louisville with a private room where job seekers from reentry can do video interviews?",
        "My CPA firm on Bardstown Road has a small glass-walled huddle space with a webcam, ring light and fast connection, bookable free by workforce programs.",
    ),
    (
        "space",
        "Our caregivers' support group wants a respite room where dementia patients can be watched next door while spouses meet, Tuesdays in Sarasota.",
        "Our adult day center on Fruitville Road has a supervised activity lounge plus an adjoining conference nook, and staff cover both on weekday afternoons.",
    ),
    (
        "space",
        "Calling all pastors: our GED class for 18 adults needs a classroom Monday and Thursday mornings near Greenville.",
        "Our AME Zion congregation on Augusta Road has a Sunday-school room with 20 desks and a chalkboard, vacant weekdays until noon.",
    ),
    (
        "space",
        "Where could a coat drive sort 3,000 donated jackets by size over two weeks in October in Syracuse?",
        "Our shuttered department store at the mall has a quarter-acre sales floor with racks and fitting rooms still in place, loaned to charities this fall.",
    ),
    (
        "space",
        "Hoping for a gymnasium where 40 volunteers can wrap 2,000 toys the week before Christmas in Joplin.",
        "Our Catholic high school's field house has 60 long tables, bright lights and a loading door, free during the December break.",
    ),
    (
        "space",
        "Could a landowner near Ironwood give a Nordic club permission to groom trails this winter?",
        "My family's 300 wooded acres outside Bessemer have old logging roads, and we'd welcome cross-country skiers from December to March.",
    ),
    (
        "space",
        "Anybody in Fairbanks with a site for a ham radio antenna tower and a shack our emergency communications group could use?",
        "Our hilltop church on Chena Ridge has a 60-foot steel mast and a heated shed, and we'd host amateur operators for disaster nets.",
    ),
    (
        "space",
        "Buscamos una cancha de fútbol con luces en Liberal para una liga de adultos los miércoles y viernes por la noche.",
        "Soy director deportivo de la preparatoria del condado; el estadio tiene iluminación nueva y queda desocupado entre semana después de las 8 fuera de temporada.",
    ),
    (
        "space",
        "Do you know a venue for an overnight hackathon for 100 college students with strong Wi-Fi and outlets everywhere in Raleigh?",
        "I manage a coworking floor in the Warehouse District with gigabit fiber, power strips at every seat, and 24-hour badge access for weekend events.",
    ),
    (
        "space",
        "Our esports club for kids on the spectrum has consoles but no room. Anywhere in Fort Wayne?",
        "Our comic and game shop on Calhoun Street has a back lounge with six big TVs and gaming chairs, open to sensory-friendly groups on weekday afternoons.",
    ),
    (
        "space",
        "A chess club of 30 retirees in Sun City lost its clubhouse room. Any daytime spot with quiet tables?",
        "Our public library branch on 99th Avenue has a study hall with eight wide oak desks, two vintage boards in the cabinet, and silent hours from 10 to 2.",
    ),
    (
        "space",
        "Where could a rural county hold a town hall on a proposed hog confinement, with 500 angry residents expected, near Storm Lake?",
        "Our Buena Vista University arena seats 2,000, has a PA system and security staff, and the president lends it for public hearings.",
    ),
    (
        "space",
        "Phone bankers in Tallahassee want 20 landline-friendly desks and headsets for evening voter contact.",
        "Our call center on Capital Circle runs daytime shifts only, leaving 24 cubicles with VoIP phones free from 5 to 10 p.m.",
    ),
    (
        "space",
        "Is there a quiet lakeside lodge where our nonprofit board of 14 could hold a two-day strategic planning retreat in northern Wisconsin?",
        "My family's resort near Minocqua closes after Labor Day, and the main cabin has a stone fireplace, flip charts and beds for 16.",
    ),
    (
        "space",
        "¿Alguien tiene un salón en Pharr para una boda sencilla de una pareja de refugiados, unas 60 personas, un domingo de marzo?",
        "Nuestro restaurante de mariscos en la avenida Cage tiene un patio cubierto con luces colgantes para 70 invitados y lo damos a precio de costo para celebraciones humildes.",
    ),
    (
        "space",
        "Our Filipino seniors' group in Vallejo wants a place to gather for lunch and line dancing every Friday.",
        "Our Navy veterans' club by the old Mare Island shipyard has a smooth oak floor, a kitchenette and karaoke, free weekdays 11 to 3.",
    ),
    (
        "space",
        "Hunting for a sukkah site: our small Chabad house in Durham has no yard for the fall festival.",
        "Our Methodist church near Duke has an enclosed garden with open sky and a water hookup, and the trustees welcome Jewish neighbors for the harvest booth holiday.",
    ),
    (
        "space",
        "Does anyone have a football field in McAllen where our flag league of 12 teams could play Saturday mornings in the fall?",
        "I coach at a Catholic high school in Mission; our turf gridiron stays open weekends before noon from September through November.",
    ),
    (
        "space",
        "Could any hotel near the VA hospital in Tomah donate two rooms a week for families of veterans in inpatient treatment?",
        "I own a 40-unit motel on Superior Avenue, five minutes from the medical center, and reserve a pair of suites every week for military spouses and parents.",
    ),
    (
        "space",
        "Where can 200 students present science fair projects on tri-fold boards with power at each table, in Huntington?",
        "Marshall University's recreation center court fits 250 exhibitor stations with floor outlets every six feet and is free to K-12 competitions in March.",
    ),
    (
        "space",
        "We're hosting a Model UN conference for 400 teens and need 20 breakout classrooms on one weekend in Princeton.",
        "Our private academy on Route 206 has 28 seminar rooms and an auditorium that go unused on winter Saturdays and Sundays, offered to student-run summits.",
    ),
    (
        "space",
        "Mi iglesia quiere abrir un comedor de beneficencia en Santa Ana pero no tenemos cocina grande. ¿Quién nos presta una?",
        "Administro una escuela de artes culinarias en la calle Bristol; nuestras estufas industriales y hornos quedan libres los sábados y domingos para alimentar a quien lo necesite.",
    ),
    (
        "space",
        "Our homeless outreach team wants a daytime drop-in lounge with lockers and phone charging in Portland, Maine.",
        "The Congress Street church I serve has a carpeted undercroft with 40 cubbies, a dozen power strips and couches, open 9 to 4 on weekdays.",
    ),
    (
        "space",
        "Any dairy farmer near Tillamook willing to let our 2nd graders tour a working cow barn in May?",
        "We milk 300 Jerseys on Wilson River Loop with a glass-walled viewing parlor, and we host school groups every spring.",
    ),
    (
        "space",
        "Question: is there a rooftop in Chicago where our youth garden program could put 30 raised beds?",
        "Facilities manager of a Pilsen warehouse with a reinforced flat deck, a freight elevator to the top and a hose bib, happy to host teen growers.",
    ),
    (
        "space",
        "Where can our diabetic kids' camp take 60 campers for a week in July with a nurse's station near Hendersonville?",
        "Our Christian retreat center in Flat Rock has six cabins for 70, a clinic room with a refrigerator for insulin, and open midsummer weeks.",
    ),
    (
        "space",
        "Trying to get 150 Hmong new year celebrants under a roof in Fresno in December; who has a barn-size space?",
        "Our packing company's empty raisin warehouse off Highway 99 covers 30,000 square feet, and we lend it during the slow winter months.",
    ),
    (
        "space",
        "Our Black farmers' cooperative in Clarksdale wants a cold room to hold sweet potatoes through winter.",
        "I own a former cotton gin with a 20-by-40 insulated vault kept at 58 degrees with humidity control, leased cheaply to growers.",
    ),
    (
        "space",
        "Any spot in Coeur d'Alene where a taxpayers' group can hold a 100-person meeting about the school levy?",
        "Our Eagles aerie on Sherman Avenue seats 120 in its ballroom and is available to civic associations on weeknights.",
    ),
    (
        "space",
        "Does anyone near Cody have overnight boarding for six horses during a mounted posse's training weekends?",
        "Outfitter on the North Fork with eight box stalls, a hay barn and a turnout pasture, rented cheap to sheriff's riders.",
    ),
    (
        "space",
        "¿Algún negocio en Woodburn nos presta un estacionamiento para una venta de garaje comunitaria el primer sábado de mayo?",
        "Mi supermercado latino en la carretera 214 tiene un lote amplio que casi no se usa temprano los fines de semana; lo ofrecemos para bazares de caridad.",
    ),
    (
        "space",
        "Drone racing club, 15 pilots, looking for an open field in Salina away from power lines and houses.",
        "Our closed municipal airstrip east of town has a mile of cracked runway and a grass apron, far from homes, available to remote-control hobbyists.",
    ),
    (
        "space",
        "Where might our Audubon chapter run a winter birding class for 25 beginners with a warm classroom and trails right outside?",
        "Naturalist at Bosque del Apache refuge near Socorro; our visitor center has a heated lecture room for 30 that opens onto the marsh loop.",
    ),
    (
        "space",
        "Trying to open a donor breast milk drop-off in Akron. Anyone with a freezer corner and regular hours?",
        "Pediatric clinic manager on West Market Street; we have a lockable deep-chill unit in a staff alcove and are staffed six days a week.",
    ),
    (
        "space",
        "A photographer is donating headshots for job seekers, and we need a place with white walls and good light in Sacramento.",
        "Dance studio owner in Midtown; the north side is a blank ivory backdrop, windows run floor to ceiling, and the studio is free Friday mornings.",
    ),
    (
        "space",
        "Any gallery in Baltimore that would hang 40 paintings by incarcerated artists for a month?",
        "I direct a nonprofit exhibition space in Station North with 120 running feet of lit walls and a second-chance mission; March is unbooked.",
    ),
    (
        "space",
        "Does any church in Dallas have a pipe organ our conservatory students could practice on weekday evenings?",
        "Music director at a downtown cathedral; our 1890s Roosevelt instrument with four manuals is free Monday through Thursday after 6.",
    ),
    (
        "space",
        "Our teen punk band got evicted from a garage. Anywhere in Olympia we can be loud two nights a week?",
        "I run an all-ages music venue downtown; our green room and stage are empty Mondays and Tuesdays, and we love young musicians.",
    ),
    (
        "space",
        "Is there a bowling alley near Wausau that would host our Special Olympics fundraiser for 120 bowlers?",
        "We own a 24-lane center on Grand Avenue and give one Sunday afternoon a year, shoes included, to disability athletics.",
    ),
    (
        "space",
        "The county fair lost its tractor pull track. Any farm near Findlay with a flat, packed clay strip 300 feet long?",
        "I grow beans along Route 224 and have an old hard-pan lane beside the corn that we used for horsepower contests in the '90s; happy to regrade it.",
    ),
    (
        "space",
        "¿Hay un salón en Fort Morgan donde los trabajadores somalíes y latinos de la planta puedan reunirse después del turno de noche?",
        "Nuestra mezquita y centro comunitario en la calle Kiowa abre a las 6 de la mañana y tiene un espacio amplio con café para quienes terminan la jornada.",
    ),
    (
        "space",
        "Hoping to hold our first bilingual spelling bee for 60 kids in Laredo. Any auditorium with a stage and 300 seats?",
        "I manage the old Plaza movie palace downtown: 320 velvet chairs, a proscenium platform and mics, free to schools on Saturday mornings.",
    ),
    (
        "space",
        "Where could 800 Scouts camp for a regional jamboree weekend in West Virginia with water and latrines?",
        "Our family's 500-acre cattle farm near Lewisburg has two spring-fed ponds, a shower house and hillside meadows, open to large youth gatherings in early fall.",
    ),
    (
        "space",
        "A grief camp for kids who lost a parent wants a peaceful place by a lake for one weekend in September in New Hampshire.",
        "Owner of a children's summer program on Squam, with cabins, a waterfront and a chapel in the pines; once the season ends in August, it's free to healing retreats.",
    ),
    (
        "space",
        "Election night: our nonpartisan youth voter group wants a watch-party venue with big screens for 150 in Columbus, Georgia.",
        "Sports bar owner on Broadway with 22 TVs, a 200-person event floor and an under-21 policy until 10 p.m. for civic clubs.",
    ),
    (
        "space",
        "Where can a citizens' group launch 60 door-knockers on Saturday mornings in Reading with coffee and a briefing area?",
        "Our diner on Penn Street opens at 6, has a back room for 70 with a TV screen, and I'll put on urns of joe for canvassers.",
    ),
    (
        "space",
        "The mill workers' strike is entering week three. Where in Longview can the union set up a headquarters with phones and a kitchen?",
        "Our longshore local's dispatch hall on the Columbia waterfront has landlines and a commercial stove, and the membership votes to shelter labor actions.",
    ),
    (
        "space",
        "Wanted: a drive-through lane where 400 cars can pick up groceries in under two hours in Laurel, Mississippi.",
        "Our high school's bus loop wraps around the building with two entrances and cones, and the superintendent opens it on weekends for food distributions.",
    ),
    (
        "space",
        "Any big lawn in Wilmington where we could hide 5,000 eggs for a community hunt the Saturday before Easter?",
        "Our historic estate museum has six acres of mown grounds and a sheltered garden, and we open them to families each spring holiday.",
    ),
    (
        "space",
        "Forty South Asian immigrants playing cricket in Morrisville want a flat pitch for Sunday matches.",
        "Our software company's campus has a closely mowed 150-yard oval behind building C where employees already bowl and bat; outside teams are welcome on weekends.",
    ),
    (
        "space",
        "Any wooded private land near Flagstaff where a disc golf club could design a 9-hole course?",
        "Ponderosa forest owner with 40 acres of open pine stands off Lake Mary Road, happy to see baskets and tee pads go in at no cost.",
    ),
    (
        "space",
        "Where can we stack 8,000 filled sandbags before the spring flood crest in Grand Forks?",
        "Our sugar beet cooperative's piling yard east of the river is paved, forklift-ready and empty by April.",
    ),
    (
        "space",
        "Could someone let our town's volunteer fire department park a surplus pumper indoors this winter in Presque Isle?",
        "Potato farmer with a 100-foot insulated storage barn, half empty after the crop ships in February, and I'd keep a rescue rig out of the cold.",
    ),
    (
        "space",
        "Looking for a tree-shaded woodlot in southern Indiana where we could inoculate 200 shiitake logs for a veterans' farming program.",
        "My family's hardwood hollow near Nashville in Brown County stays cool and damp under oaks and beech, and I'd welcome mushroom growers.",
    ),
    (
        "space",
        "Our sugaring class wants to tap 100 maples and boil sap in March. Any sugarbush near Montpelier?",
        "I own 30 acres of hard rock trees in Calais with an evaporator shack and gravity tubing, and I'd welcome students during the spring run.",
    ),
    (
        "space",
        "Anyone with a cider barn near Hood River where our gleaning group could juice 2 tons of windfall apples?",
        "Our orchard's packing shed has a rack-and-cloth squeezer, a grinder and stainless tanks, free on October weekends to hunger-relief crews.",
    ),
    (
        "space",
        "Busco un lugar en El Paso donde pueda poner un refrigerador comunitario con acceso las 24 horas y un enchufe.",
        "Mi taquería en la calle Alameda tiene una esquina techada afuera con toma de corriente y cámara, abierta día y noche a la vista de todos.",
    ),
    (
        "space",
        "Our tribe's language immersion preschool needs a licensed-ready space for 16 toddlers in Tahlequah by August.",
        "I own a former daycare building on Muskogee Avenue with child-height sinks, a fenced play yard and a current fire inspection, available this summer.",
    ),
    (
        "space",
        "Where could 35 new court-appointed child advocates meet for three full Saturdays of instruction in Springfield, Illinois?",
        "Our state bar association's downtown training center seats 40 classroom-style with a projector and lunch area, free on weekends for family-protection programs.",
    ),
    (
        "space",
        "Separated parents want a safe, homey room for supervised weekend visits with kids in Muncie.",
        "Our church parsonage next door is vacant, with a den, toys, a kitchen and a camera at the door, and caseworkers can book Saturdays and Sundays.",
    ),
    (
        "space",
        "Any mosque or community center in Bridgeport with room for 400 on Fridays when our Jumu'ah prayer overflows?",
        "Our Portuguese social club on Madison Avenue has a 450-capacity ballroom that's unused at midday, and we'd gladly host our Islamic neighbors each week.",
    ),
    (
        "space",
        "Hoping to find a field for a tent revival, 500 people, one week in July near Paducah.",
        "Our county saddle club's show grounds have a level 5-acre arena, water, electric and restrooms, and we lend it for gospel meetings every summer.",
    ),
    (
        "space",
        "Where can we build a sweat lodge that's private and near a creek, for a Native recovery group outside Tacoma?",
        "I have 12 wooded acres on the Puyallup with a secluded clearing by running water, and I'd honor ceremony use by tribal members.",
    ),
    (
        "space",
        "Our suicide-prevention nonprofit wants a booth at the Minnesota State Fair, but every slot is sold. Anyone holding space?",
        "Our farm equipment dealership rents a 20-by-30 lot on Machinery Hill and can share half of it with a mental-health cause.",
    ),
    (
        "space",
        "¿Alguna escuela o iglesia en Lawrenceville nos deja usar un salón para ensayar con el mariachi juvenil los sábados?",
        "Administro un centro de eventos en Buford Highway con una pista de baile y tarima que no se renta en las mañanas del fin de semana; con gusto la presto a muchachos que tocan.",
    ),
    (
        "space",
        "Our bookmobile must plug in overnight to keep batteries up. Any business in Klamath Falls with an outdoor 30-amp outlet?",
        "Our propane company's yard on Washburn Way has a shore-power pedestal and a locked gate, and a rolling library can stay any night.",
    ),
    (
        "space",
        "Need a quiet office a Vet Center counselor can use Thursdays for rural veterans in Hays, so they don't drive 3 hours.",
        "Our hospital's outpatient wing has a small consult room with a door that seals sound, free late in the week.",
    ),
    (
        "space",
        "Buscamos un punto con mucho tráfico de gente en Rockford para inscribir votantes los fines de semana.",
        "Soy gerente general del centro comercial CherryVale: tenemos un quiosco gratuito junto a la zona de comida para causas cívicas, sábado y domingo de 12 a 6.",
    ),
    (
        "space",
        "Can any hospital give our nurse-led mindfulness group a quiet room on the night shift in Omaha?",
        "Chaplain at a Creighton-affiliated medical center; our meditation chapel on the third floor is unlocked around the clock and empty from 11 p.m. to 5 a.m.",
    ),
    (
        "space",
        "Where could a wooden boat building class for at-risk teens keep a half-built 16-foot skiff for a year in Port Townsend?",
        "I own a shipwright's shed on the waterfront with one open bay, sawhorses and good ventilation, rented for a dollar to youth maritime programs.",
    ),
    (
        "space",
        "Planning a 5K for Down syndrome awareness near Chesapeake: who has a start and finish area with toilets and parking for 500?",
        "Our megachurch on Battlefield Boulevard has a 1,200-space lot, indoor restrooms and a greenway that loops 3.1 miles from the front doors.",
    ),
    (
        "intro_people",
        "Our Bozeman robotics club wants a mentor who has actually worked on Mars rovers. Does anybody have a lead?",
        "My college roommate spent eleven years as a mechanical engineer at JPL in Pasadena and now coaches teenagers over Zoom on weekends.",
    ),
    (
        "intro_people",
        "Looking for a Navajo elder willing to share the story of the code talkers with our middle school history class in Gallup.",
        "My grandfather's cousin served with the Marines in the Pacific, sending radio messages in Diné; his daughter keeps his papers and gladly visits seventh and eighth graders.",
    ),
    (
        "intro_people",
        "Anyone have a contact at the state transportation department? The crosswalk outside our senior center in Dover has no signal and two residents have been hit.",
        "I worked fifteen years as a DelDOT traffic engineer before retiring and still have lunch monthly with the district safety chief.",
    ),
    (
        "intro_people",
        "Our Little Rock youth poetry slam would love a published poet as a guest judge in April.",
        "My neighbor held the Arkansas laureate title for four years and still gives readings and workshops for teen writers.",
    ),
    (
        "intro_people",
        "Can someone put me in touch with a farmer who switched to no-till? Our soil district in Ames wants a peer speaker, not an agronomist.",
        "My brother-in-law has grown corn and beans near Boone without plowing since 1998 and will tell any crowd what it did to his ground.",
    ),
    (
        "intro_people",
        "I'd like to interview a woman who worked the Rosie the Riveter shipyards for our oral history podcast in Richmond, California.",
        "My great-aunt, 99 and sharp, welded Liberty hulls at Kaiser Yard Two during the war and loves telling those stories on tape.",
    ),
    (
        "intro_people",
        "Our Moore, Oklahoma third graders are terrified of storm season. Who could come explain how warnings work and calm them down?",
        "My cousin forecasts severe weather for the Channel 9 morning show and does dozens of classroom visits every spring.",
    ),
    (
        "intro_people",
        "Trying to reach a judge who runs a drug court. Our Huntington coalition wants to start one and needs a candid conversation first.",
        "I clerked for Delia Armstead, who presides over the recovery docket in Kanawha County and takes calls from anybody hoping to replicate it.",
    ),
    (
        "intro_people",
        "Our Bangor library wants a lobsterman or lobsterwoman to talk about the trade for a summer reading kickoff.",
        "My uncle has hauled traps out of Stonington for forty years and is a natural with a crowd of kids.",
    ),
    (
        "intro_people",
        "Looking for an adult who grew up in foster care and would sit on our advisory board for a new group home in Billings.",
        "My former coworker aged out of the system at 18, now runs a small bakery, and advocates for teens in state custody.",
    ),
    (
        "intro_people",
        "Anyone know a state senator on the agriculture committee? Our Salina wheat growers want ten minutes of someone's ear before the session.",
        "I managed the 2020 campaign for Roy Delgado, who chairs the Kansas upper chamber's farm panel and always returns my texts.",
    ),
    (
        "intro_people",
        "Our Tulsa teen entrepreneurship camp wants a Black woman business owner who started with almost nothing to tell her story.",
        "My sorority sister opened a hair salon on Greenwood with a $900 loan and now runs three shops and a product line.",
    ),
    (
        "intro_people",
        "Is there anyone with a contact inside the governor's office in Montpelier? We want our flood buyout program on the agenda.",
        "My former student is deputy chief of staff for Vermont's executive branch and handles disaster recovery policy.",
    ),
    (
        "intro_people",
        "Our Flint water justice documentary needs a pediatrician who tracked the lead levels in children's blood back in 2015.",
        "A friend from my residency worked on the Hurley Medical Center team that first flagged toxic exposure in toddlers, and she still gives interviews.",
    ),
    (
        "intro_people",
        "Could anyone put our Cheyenne rodeo club in touch with a retired bull rider willing to coach safety?",
        "My husband rode the PRCA circuit for fourteen seasons, has the broken bones to prove it, and now teaches kids how to fall.",
    ),
    (
        "intro_people",
        "¿Alguien conoce a una partera tradicional que pueda hablar con nuestro grupo de madres jóvenes en Española?",
        "Mi tía fue comadrona en Chimayó por treinta años; recibió a más de quinientos bebés y le encanta contar sus experiencias.",
    ),
    (
        "intro_people",
        "Our Juneau climate class would love to hear from a glaciologist who has measured the Mendenhall's retreat firsthand.",
        "My next-door neighbor is a University of Alaska ice researcher who has drilled cores on that icefield every summer since 2009.",
    ),
    (
        "intro_people",
        "I need a reporter who covers housing. Our Asheville tenants union has documents showing a landlord ignoring mold for two years.",
        "My book club includes the Citizen-Times staff writer whose beat is rents, evictions and code enforcement; she reads every tip.",
    ),
    (
        "intro_people",
        "Hoping to find a Korean War veteran for our Veterans Day assembly in Sioux Falls. Most of our guests have been from Vietnam or Iraq.",
        "My dad fought at Chosin Reservoir with the 1st Marines, is 92, and still gets up in front of a gym full of students.",
    ),
    (
        "intro_people",
        "Anyone able to get me fifteen minutes with a hospital CEO? Our Hattiesburg clinic coalition wants to pitch a shared mobile van.",
        "I sit on a board with the president of Forrest General, who told me she is eager for rural outreach partners.",
    ),
    (
        "intro_people",
        "Our Missoula fly shop wants to host a talk by a Blackfeet fishing guide about the river's history.",
        "My wading partner is an enrolled tribal member from Browning who rows clients down the Two Medicine and knows every legend about it.",
    ),
    (
        "intro_people",
        "Is there a licensed electrician, preferably a woman, who could mentor two girls in our Spokane trades program?",
        "My sister is a journeyman wire-puller with IBEW Local 73 and has been begging for apprentices to take under her wing.",
    ),
    (
        "intro_people",
        "Seeking a certified sign language interpreter who also grew up Deaf-adjacent, to advise our Frederick theater on accessible shows.",
        "My college friend is a CODA raised by two parents who used ASL at home, and now does ASL for Broadway touring productions full-time.",
    ),
    (
        "intro_people",
        "Our Decorah seed-saving circle is hunting for an old-timer who still grows heirloom varieties his grandparents brought from Norway.",
        "My neighbor, 87, plants the same purple potatoes and flat beans his Telemark ancestors carried over in 1868.",
    ),
    (
        "intro_people",
        "Who could put me in front of an Amish bishop? Our Lancaster County fire company wants to discuss buggy reflectors respectfully.",
        "I've driven Old Order families to appointments for twenty years and am close friends with the ordained leader of their district near Gordonville.",
    ),
    (
        "intro_people",
        "Looking for a retired FBI agent to speak to our Roswell senior center about phone scams targeting grandparents.",
        "My golf partner spent 24 years on the Bureau's white-collar fraud squad in Albuquerque and gives free talks on con artists who prey on elders.",
    ),
    (
        "intro_people",
        "Our Oxford, Mississippi book festival would love a big-name novelist for a keynote. Anyone have a personal line to one?",
        "My cousin's wife writes bestselling legal thrillers, lives part-time in Lafayette County, and rarely turns down a hometown event.",
    ),
    (
        "intro_people",
        "Buscamos a un abogado de inmigración que hable español y pueda dar una charla gratuita en la parroquia de Yakima.",
        "Mi yerno ejerce derecho de visas y residencia en Sunnyside, es bilingüe y ofrece pláticas sin costo en iglesias los sábados.",
    ),
    (
        "intro_people",
        "Our Durango rafting nonprofit wants a wilderness EMT to train guides in swiftwater rescue. Who do you trust?",
        "My climbing partner teaches backcountry medicine courses for NOLS and spent six seasons on a Grand Canyon river crew.",
    ),
    (
        "intro_people",
        "I'm after a contact at the Army Corps of Engineers district in Vicksburg; our levee board has questions about a seepage report.",
        "My old fraternity brother is a geotechnical supervisor for the federal agency that maintains Lower Mississippi flood-control structures.",
    ),
    (
        "intro_people",
        "Our Wichita coding bootcamp wants a hiring manager from aviation to tell students what they look for in software folks.",
        "My wife leads a team of developers at Textron and screens dozens of junior applicants each quarter.",
    ),
    (
        "intro_people",
        "Anyone have ties to a country music artist who might do a benefit set for our Muscle Shoals animal shelter?",
        "My college roommate plays pedal steel in a Nashville touring band and has gotten his bandleader to do three charity shows.",
    ),
    (
        "intro_people",
        "Looking for a hospice chaplain who could train our Boise church deacons to sit with dying parishioners.",
        "My pastor friend spent twelve years ministering at end-of-life bedsides for St. Luke's and now leads workshops on accompanying the terminally ill.",
    ),
    (
        "intro_people",
        "Our Pine Ridge youth running program dreams of a visit from an Olympic distance runner. Is that possible?",
        "My uncle's best friend won a 10,000-meter gold medal, is Lakota, and still drops in at reservation schools to encourage young athletes.",
    ),
    (
        "intro_people",
        "Who could link our Burlington refugee soccer league with a former pro player who also came to America as a refugee?",
        "My nephew fled Somalia at age six, later spent two seasons with the Colorado Rapids in MLS, and coaches newcomer kids in summer.",
    ),
    (
        "intro_people",
        "Our Pikeville county clerk race forum needs a neutral moderator, ideally a retired journalist everyone respects.",
        "My father edited the Appalachian News-Express for three decades and ran candidate debates with an iron fist and a fair hand.",
    ),
    (
        "intro_people",
        "Anyone acquainted with a master woodcarver? Our Berea craft school wants someone to demonstrate for a traditional arts weekend.",
        "My neighbor whittles dulcimers and walking sticks by hand, has pieces in the Smithsonian, and shows his technique at festivals.",
    ),
    (
        "intro_people",
        "Our Fargo newcomers' clinic is trying to find a Nepali-speaking nurse for health education nights with Bhutanese families.",
        "My coworker on the Sanford oncology floor grew up in a camp in Jhapa, is fluent in her parents' tongue, and hopes to volunteer.",
    ),
    (
        "intro_people",
        "Necesitamos un mentor para jóvenes que quieren ser chefs; nuestro programa en Salinas tiene diez estudiantes con muchas ganas.",
        "Tengo una taquería en Watsonville y me encanta enseñarles a los chavos a cocinar; ya formé a varios cocineros profesionales.",
    ),
    (
        "intro_people",
        "¿Quién nos puede presentar a un concejal latino en Dalton? Los padres quieren hablar sobre el transporte escolar.",
        "Mi compadre ocupa un puesto en el ayuntamiento desde 2019, es mexicano de Guanajuato y siempre responde mis llamadas.",
    ),
    (
        "intro_people",
        "Could somebody connect our Laramie high school debate team with a sitting appellate judge for a mock trial final?",
        "As a former clerk at the Wyoming Supreme Court, I still have coffee with two justices who enjoy scoring student competitions.",
    ),
    (
        "intro_people",
        "Our Galveston hurricane-prep fair wants somebody who rode out Ike on the island to describe what it was like.",
        "Our church deacon stayed in his Broadway Avenue house through the 2008 storm surge and tells it with humor and hard lessons.",
    ),
    (
        "intro_people",
        "Our Bentonville salsa startup can't get shelf-stable without losing flavor; we'd love fifteen minutes with a food scientist.",
        "A former labmate of mine develops sauces for a national grocery brand and has a soft spot for first-time packaged-goods founders.",
    ),
    (
        "intro_people",
        "Looking for a retired air traffic controller to explain the job to our Oshkosh aviation camp kids.",
        "My father spent thirty years in the tower at O'Hare and still remembers every callsign from the blizzard of '79.",
    ),
    (
        "intro_people",
        "Who's the person to approach at the state historic preservation office? Our Natchez church's 1850s steeple is failing.",
        "I served on Mississippi's review board for National Register nominations and can walk you straight to the staff architect who handles grants.",
    ),
    (
        "intro_people",
        "Our Mobile youth orchestra dreams of a masterclass with a professional cellist. Any chance?",
        "My son-in-law holds the principal chair in the Atlanta Symphony's low strings section and coaches teens whenever he tours the Gulf Coast.",
    ),
    (
        "intro_people",
        "Seeking a person in long-term recovery from meth who'd share their journey at our Rapid City parent night.",
        "A friend from my home group has nine years clean, runs a roofing crew, and tells his story at schools without sugarcoating.",
    ),
    (
        "intro_people",
        "Does anybody have an in with the state fire marshal? Our Winooski arts collective wants to use an old mill for shows.",
        "I sat on the Vermont building code committee for six years, and the chief of public safety inspections was my deputy.",
    ),
    (
        "intro_people",
        "Our Savannah culinary program wants a Gullah Geechee cook to teach the history behind rice dishes.",
        "My aunt from St. Helena Island makes perloo and okra stew the way her grandmother did and explains the lowcountry roots behind every pot.",
    ),
    (
        "intro_people",
        "Who can get me in a room with a tribal historic preservation officer? Our Bemidji road project may cross old burial ground.",
        "My cousin handles cultural resource reviews for the Red Lake Band and has walked many contractors through consultation.",
    ),
    (
        "intro_people",
        "Searching for a child psychologist who specializes in grief; our Kearney parent circle is reeling after last month's bus crash.",
        "My colleague at the university counseling clinic focuses on bereaved kids ages 5 to 14 and volunteers with families after tragedies.",
    ),
    (
        "intro_people",
        "Our Lewiston newcomer moms want to chat with a Somali woman who opened her own daycare in Maine.",
        "My neighbor Hodan runs a licensed in-home nursery for twelve toddlers, came from Mogadishu in 2004, and mentors other aspiring providers.",
    ),
    (
        "intro_people",
        "Hoping someone can connect me with a beekeeper who'd adopt a swarm living in our Athens, Ohio church wall.",
        "My brother-in-law keeps forty hives in Meigs County and happily does cutouts of colonies from houses, barns and sheds.",
    ),
    (
        "intro_people",
        "Our Anchorage student newspaper would love a Pulitzer winner to critique their investigative series.",
        "Two decades ago my husband shared journalism's top prize for reporting on village suicide rates, and he still edits campus reporters' drafts for fun.",
    ),
    (
        "intro_people",
        "Buscamos una enfermera que hable español para dar clases de diabetes a las señoras del mercado en Hialeah.",
        "Mi comadre trabaja en la clínica de endocrinología del Jackson Memorial, es cubana y le fascina enseñar sobre el azúcar en la sangre.",
    ),
    (
        "intro_people",
        "Is there a commercial fisherman in our network who could tell Gloucester eighth graders what the cod collapse meant?",
        "My grandfather dragged for groundfish off Georges Bank from 1961 until the closures and lives to explain quotas to youngsters.",
    ),
    (
        "intro_people",
        "Our Taos adobe restoration workshop needs a master enjarradora, one of the women who plaster by hand.",
        "My tía has mudded church walls across northern New Mexico for fifty years and trains apprentices every May.",
    ),
    (
        "intro_people",
        "Does anybody have an in with someone at NASA? Our Huntsville girls' STEM night wants a real astronaut or flight engineer.",
        "I went to high school with a woman who logged 180 days on the International Space Station and now works at the Marshall center down the road.",
    ),
    (
        "intro_people",
        "Trying to track down a Vietnamese-speaking pharmacist who'd explain Medicare Part D to elders at our New Orleans East temple.",
        "My cousin runs a drugstore on Chef Menteur Highway, fled Saigon as a teen, and walks seniors through prescription plans in their mother tongue.",
    ),
    (
        "intro_people",
        "Our Wheeling steelworkers' history exhibit wants someone who actually worked the open hearth before the mill closed.",
        "My dad poured ladles at Weirton for thirty-one years, kept his hard hat, and can describe a 1970s shift minute by minute.",
    ),
    (
        "intro_people",
        "I need a contact in the mayor's office in Providence; our bike coalition has a protected lane proposal ready.",
        "My college roommate serves as infrastructure advisor at City Hall in Rhode Island's capital and chairs the complete streets working group.",
    ),
    (
        "intro_people",
        "Our Stillwater 4-H kids want to hear from a large-animal vet about careers. Who might come out?",
        "My daughter now spends her days pulling calves, vaccinating heifers and floating horse teeth around Payne County.",
    ),
    (
        "intro_people",
        "Looking for a Hmong elder who could teach story-cloth stitching at our St. Paul public library.",
        "My mother-in-law sewed paj ntaub in a Thai refugee camp and has led needlework circles at craft fairs in Minnesota for thirty years.",
    ),
    (
        "intro_people",
        "Who could introduce our Portsmouth climate group to a utility executive willing to debate rooftop solar in public?",
        "My brother-in-law is a vice president at Eversource for New Hampshire operations and enjoys sparring with advocates at town halls.",
    ),
    (
        "intro_people",
        "Our Yankton rural book club would like to video-chat with a bestselling memoirist about growing up on a farm.",
        "My college friend wrote a chart-topping account of her Nebraska ranch childhood and joins reading circles by Zoom almost every week.",
    ),
    (
        "intro_people",
        "I'm seeking a former gang member turned violence interrupter for our Stockton summer jobs kickoff.",
        "A guy from my men's group did nine years at San Quentin for Norteño activity and now mediates street beefs for a living.",
    ),
    (
        "intro_people",
        "Is there anyone who could get our Ocala equine rescue a few minutes with a Kentucky Derby-winning trainer?",
        "My husband galloped horses for a Hall of Fame conditioner whose colt took the roses in 2012; they still talk weekly.",
    ),
    (
        "intro_people",
        "Looking for an ER doctor to film a short PSA on fentanyl for our Manchester high school.",
        "My sister works overnight shifts in the emergency department at Elliot Hospital and has reversed more overdoses than she can count.",
    ),
    (
        "intro_people",
        "¿Alguien tiene contacto con un jugador de béisbol dominicano que quiera visitar nuestra liga infantil en Lawrence?",
        "Mi primo lanzó tres temporadas para los Medias Rojas, nació en San Pedro de Macorís y le encanta convivir con los niños del barrio.",
    ),
    (
        "intro_people",
        "Our Helena watershed council wants a rancher who has actually fenced cattle out of a creek to tell neighbors how it paid off.",
        "My father-in-law runs 400 cow-calf pairs near Townsend and put up riparian exclosures in 2011; he's blunt about costs and results.",
    ),
    (
        "intro_people",
        "Hoping to reach a documentary filmmaker to mentor teens making short films about our Clarksdale blues heritage.",
        "My cousin directed two PBS features on the Delta and runs a summer editing workshop for high schoolers.",
    ),
    (
        "intro_people",
        "Our Norfolk military spouse network wants a Navy admiral's spouse to talk about surviving long deployments.",
        "My neighbor's husband retired with two stars after commanding a carrier group; she raised four kids through eleven cruises and loves mentoring younger wives.",
    ),
    (
        "intro_people",
        "Anybody acquainted with a Cherokee language speaker? Our Tahlequah preschool wants a grandmother figure to read aloud twice a week.",
        "My auntie grew up with Tsalagi as her first tongue, retired from teaching, and lights up around little ones.",
    ),
    (
        "intro_people",
        "Our Carson City seniors keep getting denied Social Security disability. Who's a retired claims examiner willing to demystify it?",
        "I processed SSA benefit applications for twenty-six years in the Reno field office and do free info sessions now that I've stepped down.",
    ),
    (
        "intro_people",
        "Looking for a tattoo artist who does scar cover-ups for survivors; our Eugene domestic violence shelter gets asked often.",
        "My friend at Black Lotus Ink specializes in reworking self-harm and surgical marks and charges nothing to women escaping abusive partners.",
    ),
    (
        "intro_people",
        "Our Sitka high school wants a commercial diver to talk careers during career week.",
        "My son spends winters harvesting geoducks and sea cucumbers underwater off Southeast Alaska and would gladly visit a classroom.",
    ),
    (
        "intro_people",
        "I'd love a warm handoff to a former Supreme Court clerk for our Charlottesville civics essay contest judging panel.",
        "My law school classmate spent a term working for Justice O'Connor and now teaches constitutional law at UVA.",
    ),
    (
        "intro_people",
        "Our Crookston food shelf board would benefit from talking with a grocery store owner about donation logistics.",
        "My uncle has run a family supermarket in Thief River Falls since 1983 and knows the tricks for moving near-dated stock to charities.",
    ),
    (
        "intro_people",
        "Queremos que una maestra jubilada de origen mexicano lea cuentos en la biblioteca de Garden City los sábados.",
        "Mi mamá enseñó primaria en Zacatecas por 35 años, ahora vive en Kansas y extraña contarles historias a los chiquitos.",
    ),
    (
        "intro_people",
        "¿Conocen a algún locutor de radio en español que quiera entrevistar a nuestras trabajadoras de limpieza en Charlotte?",
        "Mi cuñado conduce el programa matutino de La Raza 106.5 y siempre busca historias de mujeres luchonas.",
    ),
    (
        "intro_people",
        "Our Marquette winter festival would love an Iditarod musher to speak to kids about sled dogs.",
        "I work as a handler every March for a four-time finisher of the thousand-mile Alaska race who adores school crowds.",
    ),
    (
        "intro_people",
        "Could anyone connect our Pawtucket mill-town museum with a descendant of the French-Canadian weavers who worked here?",
        "Through my genealogy society I've met Lucille Thibodeau, whose great-grandparents ran looms at Slater's after leaving Quebec in 1890; she keeps their letters.",
    ),
    (
        "intro_people",
        "I'm hunting for a labor historian who could speak at our Ludlow Massacre memorial event in southern Colorado.",
        "A professor I worked with at CSU-Pueblo has spent twenty years writing on the 1914 coal strike and never turns down a trip to Trinidad.",
    ),
    (
        "intro_people",
        "Who could put our Lowell Cambodian youth dance troupe in touch with a classical Khmer dance master?",
        "My friend trained at the Royal University of Fine Arts in Phnom Penh, performed for the palace before 1975, and still teaches apsara technique in Massachusetts.",
    ),
    (
        "intro_people",
        "Anybody close to a wildland firefighter hotshot? Our Prescott scouts want to learn what the job really demands.",
        "My nephew has spent six summers cutting handline with an interagency crew out of Payson and is frank about the fitness and danger.",
    ),
    (
        "intro_people",
        "Our Portland, Maine restaurant week panel wants a James Beard award winner. Does anyone have a line?",
        "I used to sous-chef for a woman who took Best Chef: Northeast in 2017, and she still owes me a favor.",
    ),
    (
        "intro_people",
        "Is there a retired principal who turned around a failing school and would advise our Gary parent council?",
        "My mentor took Roosevelt Elementary in Hammond from an F to a B in four years, stepped down in 2021, and consults for free.",
    ),
    (
        "intro_people",
        "Looking for a midwife who has attended home births among Amish families, to speak at our Holmes County EMS training.",
        "Our church friend Miriam has caught over 900 babies in Plain households around Berlin and Millersburg and teaches emergency providers about it.",
    ),
    (
        "intro_people",
        "Our Waterloo refugee resettlement group wants a Bosnian survivor of the war to speak at a remembrance night.",
        "My coworker at the Tyson plant escaped Srebrenica as a teenager in 1995 and now gives talks about genocide memory.",
    ),
    (
        "intro_people",
        "Need a contact at the state attorney general's office; our Bismarck seniors have a pile of contractor fraud complaints.",
        "My sister-in-law is an assistant AG in North Dakota's consumer protection division and prefers hearing from groups rather than individuals.",
    ),
    (
        "intro_people",
        "Our Coeur d'Alene historical society wants to interview a former smokejumper from the 1950s.",
        "My grandfather parachuted into Idaho backcountry blazes out of Missoula from 1952 to 1961 and is still clear as a bell at 94.",
    ),
    (
        "intro_people",
        "Does anyone have a contact in a big-league front office? Our Cedar Rapids Little League wants a baseball executive to talk analytics with teens.",
        "My college teammate is assistant general manager of the Kansas City Royals and runs a stats camp for high schoolers each winter.",
    ),
    (
        "intro_people",
        "I'm trying to find a plain-spoken economist who could explain tariffs to our Grand Island soybean growers without jargon.",
        "A Federal Reserve Bank of Kansas City researcher I went to school with grew up on a Nebraska farm and breaks down trade policy at co-op meetings like a neighbor would.",
    ),
    (
        "intro_people",
        "Our Pueblo chile festival needs a celebrity chef judge. Who has a connection?",
        "I produced a Food Network competition show for five seasons and still trade texts with two of its on-air hosts who love Southwest food.",
    ),
    (
        "intro_people",
        "Estamos buscando a un médico que haya trabajado con campesinos expuestos a pesticidas, para una reunión en Immokalee.",
        "Mi vecino es doctor de salud ocupacional en Fort Myers y estudió durante años las intoxicaciones por químicos en los tomatales.",
    ),
    (
        "intro_people",
        "Our Bowling Green Corvette club wants a GM assembly line worker to tell the plant's story at our car show.",
        "My father-in-law bolted fiberglass bodies onto Stingrays at the Kentucky factory for twenty-eight years and loves an audience.",
    ),
    (
        "intro_people",
        "Who could introduce me to a transgender veteran willing to speak on our Tacoma pride panel about serving?",
        "A friend from my support group did two tours in Afghanistan as a Marine MP, came out as a woman in 2018, and is comfortable on stage.",
    ),
    (
        "intro_people",
        "Seeking an older mentor for our Kalamazoo young Muslim professionals group, ideally someone who built a company from scratch.",
        "My uncle immigrated from Lahore with $200, founded a medical billing firm that now employs 300, and meets with aspiring founders monthly.",
    ),
    (
        "intro_people",
        "Our Keene zero-waste club would love a guest talk from a landfill manager who can show the real numbers.",
        "My neighbor runs the regional trash disposal site for Cheshire County and has spreadsheets on tonnage going back to 1995.",
    ),
    (
        "intro_people",
        "Is anyone connected to a Black farmer who won back land through the Pigford settlement? Our Tuskegee students want to interview one.",
        "My pastor's brother grows peanuts and cotton in Macon County and fought for fourteen years in the USDA discrimination case before being paid.",
    ),
    (
        "intro_people",
        "Hoping to line up a career coast guard rescue swimmer for our Kodiak middle school assembly.",
        "My brother has hung from helicopter cables over the Bering Sea for 17 years, pulling crab fishermen out of the water.",
    ),
    (
        "intro_people",
        "Looking for a Hawaiian language kumu who could open our Hilo community garden celebration with an oli.",
        "My auntie teaches at a Pūnana Leo immersion preschool and performs chants of welcome at ground blessings across the island.",
    ),
    (
        "intro_people",
        "Our Lafayette Cajun music camp wants a fiddler who learned from the old masters, not YouTube.",
        "My cousin sat at Dewey Balfa's knee in the 1970s, has played dancehalls across Acadiana ever since, and teaches by ear.",
    ),
    (
        "intro_people",
        "Could someone steer me toward a pilot who flies medical transports? Our Dodge City career fair has many aspiring aviators.",
        "My wife is a captain with an air ambulance service based in Liberal and spends her off days recruiting teens into the cockpit.",
    ),
    (
        "intro_people",
        "Our Nome elders council wants a conversation with a climate scientist studying permafrost thaw under villages.",
        "My former student runs ground-temperature monitoring boreholes across the Yukon-Kuskokwim delta for the University of Alaska Fairbanks.",
    ),
    (
        "intro_people",
        "I'd like to reach a special ed attorney who has beaten a school district. Parents in our Murfreesboro autism group feel stuck.",
        "A lawyer in my church won a due-process IDEA case against the Rutherford County system in 2022 and offers free consults to families.",
    ),
    (
        "intro_people",
        "Our Durham Latino small business fair wants a bank loan officer who can explain ITIN lending.",
        "My comadre underwrites mortgages and startup credit for Self-Help Credit Union and works with borrowers who lack Social Security numbers.",
    ),
    (
        "intro_people",
        "Who knows a retired NFL lineman who'd talk to our Beaumont football team about concussions?",
        "My neighbor played guard for the Oilers for nine seasons, has had brain scans for CTE research, and speaks openly to teen athletes.",
    ),
    (
        "intro_people",
        "Buscamos a una líder sindical latina que pueda inspirar a las empacadoras de carne en Worthington.",
        "Mi hermana organizó la planta de pollos de Gainesville con la UFCW, habla claro y le encanta animar a otras mujeres obreras.",
    ),
    (
        "intro_people",
        "Our Pendleton Round-Up committee wants a tribal elder from Umatilla to give a blessing and share history.",
        "My wife's grandfather is a Cayuse and Walla Walla storyteller who has offered opening prayers at Happy Canyon for decades.",
    ),
    (
        "intro_people",
        "Looking to meet a forester who knows longleaf pine restoration for our Thomasville quail plantation neighbors' workshop.",
        "My brother-in-law manages prescribed burns on 30,000 acres of wiregrass savanna for Tall Timbers and loves teaching landowners.",
    ),
    (
        "intro_people",
        "Who can get our Lansing high school civics club a sit-down with a sitting state representative from the other party?",
        "I chaired a county GOP committee for eight years, and three current House members in Michigan still take my calls.",
    ),
    (
        "intro_people",
        "Our Cumberland homeschool co-op wants a glassblower to demonstrate the craft, maybe a retired Fostoria worker.",
        "My uncle gathered molten batch at the Moundsville factory until it shut in 1986 and still fires a small furnace in his garage.",
    ),
    (
        "intro_people",
        "Anyone personally know an Olympic swimmer? Our Honolulu keiki water-safety day could use a big name.",
        "My college teammate won relay gold in Tokyo, lives on Oʻahu now, and spends weekends teaching toddlers not to fear the ocean.",
    ),
    (
        "intro_people",
        "Our Brattleboro mutual aid group wants advice from someone who ran a free store during the 1970s back-to-the-land era.",
        "My mother co-founded a commune in Guilford in 1971, operated its giveaway shop for a decade, and has opinions about everything.",
    ),
    (
        "intro_people",
        "Could anyone link our Spartanburg BMW parts suppliers' roundtable with a German plant executive fluent in apprenticeships?",
        "I used to interpret for the Greer factory's head of vocational training, who designed its dual-education program and still lives nearby.",
    ),
    (
        "intro_people",
        "Seeking a mentor for my daughter, 16, who dreams of becoming a surgeon; we live in rural Aberdeen, South Dakota.",
        "My med-school classmate repairs hearts at Avera McKennan, grew up on a Brown County farm, and loves taking teenage girls under her wing.",
    ),
    (
        "intro_people",
        "Our Ithaca food co-op wants to hear from a dairy farmer who went organic and survived the price crash.",
        "A family I buy milk from converted their 90-cow herd in Tompkins County in 2009 and kept the barn open through 2015's slump.",
    ),
    (
        "intro_people",
        "¿Hay alguien que conozca a una psicóloga bilingüe que trabaje con niños separados de sus padres en la frontera? Somos de McAllen.",
        "Mi excompañera de maestría atiende a menores migrantes en un albergue de Brownsville y da terapia en español e inglés.",
    ),
    (
        "intro_people",
        "Queremos invitar a un charro con experiencia para enseñar a los muchachos de nuestra escuela en Pasco sobre la tradición.",
        "Mi suegro compitió en lienzos de Jalisco por veinte años, cría caballos en Othello y le encanta platicar con los jóvenes.",
    ),
    (
        "intro_people",
        "Where would I find a Holocaust survivor or child of survivors to address our New Haven interfaith youth retreat?",
        "My synagogue's oldest member hid in a Dutch attic as a girl, and her son carries her testimony to schools when she can't travel.",
    ),
    (
        "intro_people",
        "Our Park City ski patrol auction wants a pro snowboarder to sign gear. Any leads?",
        "I coached a two-time X Games halfpipe medalist in her teens, and she still comes home to Summit County every Christmas.",
    ),
    (
        "intro_people",
        "Any leads on a retired Hallmark card designer? Our Independence art therapy program wants lettering lessons for stroke patients.",
        "My aunt spent 34 years painting birthday and sympathy illustrations at the Crown Center headquarters and now teaches calligraphy to neighbors at her assisted-living building.",
    ),
    (
        "intro_people",
        "Our Newark youth chess club would love a grandmaster to play a simul. Who's got a connection?",
        "My former student earned the top FIDE title at 19, lives in Jersey City, and takes on twenty boards at once for charity every year.",
    ),
    (
        "intro_people",
        "Hunting for someone who served on a nuclear submarine; our Groton maritime camp kids have a million questions.",
        "My husband spent 22 years as a sonar chief on Los Angeles-class boats out of the Thames River base and never tires of curious ten-year-olds.",
    ),
    (
        "intro_people",
        "Does our network include a sports physician who works with high school wrestlers on weight cutting?",
        "I'm friends with the team doctor for Iowa's Hawkeye grapplers, who runs a free hydration clinic each November for prep athletes.",
    ),
    (
        "intro_people",
        "Our St. Louis neighborhood association wants a retired homicide detective to talk honestly about cold cases.",
        "My uncle closed murders for the Metropolitan Police for 27 years and now helps families chase unsolved files as a volunteer.",
    ),
    (
        "intro_people",
        "Our Logan, Utah FFA chapter wants a woman rancher to mentor girls who plan to take over family operations.",
        "My sister-in-law inherited a 4,000-acre sheep outfit in Cache Valley at 24 and now coaches young farm daughters across the state.",
    ),
    (
        "intro_people",
        "Our Cape Girardeau river town festival wants a towboat captain to tell barge stories.",
        "My cousin has piloted fifteen-unit strings of coal and grain on the Upper Mississippi since 1990 and talks like a Mark Twain character.",
    ),
    (
        "intro_people",
        "Would love an intro to a Sikh community leader; our Yuba City school board wants to address turban bullying.",
        "My neighbor is a granthi at the Tierra Buena gurdwara and has trained teachers on religious head coverings since 2001.",
    ),
    (
        "intro_people",
        "Our Ogden refugee tailors' cooperative wants a mentor from the fashion industry who understands small-batch production.",
        "A friend of mine ran sourcing for Patagonia's cut-and-sew contractors for a decade and now advises artisan apparel startups.",
    ),
    (
        "intro_people",
        "Trying to reach anyone who lived through the 1972 Buffalo Creek flood for our Mingo County oral history project.",
        "My grandmother was nine when the coal slurry dam broke at Saunders, lost her house, and has never stopped telling what she saw.",
    ),
    (
        "intro_people",
        "Our Augusta young golfers program hopes to land a tour pro for a clinic during Masters week.",
        "My brother caddied on the PGA circuit for eleven years and is still tight with a former Ryder Cup player who lives in Evans.",
    ),
    (
        "intro_people",
        "Seeking a retired nun who taught in Native boarding schools, for a truth-and-healing circle on the Rosebud reservation.",
        "A Benedictine sister I correspond with served at the St. Francis mission in the 1960s and speaks candidly about what she regrets.",
    ),
    (
        "intro_people",
        "Necesito contactar a un contador que haya sido auditor del IRS; mi taller mecánico en Santa Ana tiene una carta que no entiendo.",
        "Mi cuñada trabajó quince años revisando declaraciones para el gobierno federal y ahora asesora gratis a pequeños negocios latinos.",
    ),
    (
        "intro_people",
        "Our Casper energy transition forum wants a former coal miner who retrained for wind turbine work.",
        "My nephew ran a dragline at the Black Thunder pit until 2016 and now climbs 300-foot towers as a blade technician.",
    ),
    (
        "intro_people",
        "Who might help our Camden, Alabama church figure out whether donated quilts are museum-worthy? Looking for a textile curator.",
        "A college friend of mine oversees the American fabric collection at a Birmingham art institution and does appraisal days for congregations.",
    ),
    (
        "intro_people",
        "Hoping to meet a former state prison warden to speak at our Huntsville, Texas reentry summit.",
        "My father ran the Walls Unit for TDCJ through the 1990s and now champions job training for men coming home.",
    ),
    (
        "intro_people",
        "Our Rochester Deaf theater troupe wants a Deaf professional actor for a masterclass. Any leads?",
        "A classmate from NTID landed a starring role in a Tony-nominated revival and teaches ASL performance workshops nationwide.",
    ),
    (
        "intro_people",
        "Anyone who could link our Laredo trade school with a customs broker? Students ask what the job is like.",
        "My compadre has cleared freight at the Colombia Solidarity crossing for 25 years and takes interns every summer.",
    ),
    (
        "intro_people",
        "Our Marietta moms' group wants to hear from a former pro cheerleader about body image and pressure.",
        "My running partner danced on the Atlanta Falcons sideline for four seasons and now speaks to girls about eating disorders.",
    ),
    (
        "intro_people",
        "Could use an intro to a state park ranger for our Moab youth stewardship hike.",
        "My daughter leads interpretive programs at Dead Horse Point and loves taking teenagers out to the overlooks.",
    ),
    (
        "intro_people",
        "Is anyone acquainted with a structural engineer who has assessed old church bell towers? Ours in Dubuque is swaying.",
        "A fellow parishioner of mine inspects historic masonry steeples across the Midwest and climbed ours in 2019 for free.",
    ),
    (
        "intro_people",
        "Our Paterson Bangladeshi women's collective wants a mentor who built a successful catering business from home.",
        "My sister-in-law started cooking biryani in her Prospect Park kitchen in 2010 and now feeds weddings of 800 guests.",
    ),
    (
        "intro_people",
        "Our Bristol, Tennessee music heritage center needs a descendant of the Carter Family to open our new exhibit.",
        "My church pianist is a great-granddaughter of Maybelle and still sings autoharp ballads at Hiltons on Saturday nights.",
    ),
    (
        "intro_people",
        "Looking for a wastewater operator willing to explain our Bayfield town's sewer rate hike at a public meeting.",
        "My brother runs the treatment plant in Ashland and enjoys walking skeptical taxpayers through pipe replacement math.",
    ),
    (
        "intro_people",
        "Our Danville senior center wants a World War II veteran, if any remain, for a Memorial Day reading.",
        "My neighbor is 100, landed at Normandy in June 1944 with the 29th Infantry, and still recites the names of his fallen buddies every May.",
    ),
    (
        "intro_people",
        "Does anybody have an in with an ice cream maker? Our Waterbury, Vermont school wants a flavor-invention field trip.",
        "My college buddy develops new pints for Ben & Jerry's down the road and leads tours for fifth graders.",
    ),
    (
        "intro_people",
        "¿Alguien conoce a un bombero latino que pueda hablar con los adolescentes de nuestra iglesia en Waukegan?",
        "Mi ahijado apaga incendios para la estación 5 del norte de Illinois, es hijo de inmigrantes guanajuatenses y le encanta motivar a chavos.",
    ),
    (
        "intro_people",
        "Our Salem, Oregon tech meetup wants a woman CTO to keynote. Who has one in their contacts?",
        "My former manager now runs engineering for a 400-person cybersecurity firm in Portland and accepts speaking slots across the Willamette Valley.",
    ),
    (
        "intro_people",
        "Searching for an elderly cowboy poet for our Elko heritage gathering's youth session.",
        "My ranch neighbor, 84, has recited verse about buckaroo life on stages from Winnemucca to Calgary and adores teaching kids.",
    ),
    (
        "intro_people",
        "Our Worcester climate action group wants a public health researcher who studies heat deaths in triple-deckers.",
        "My niece is an epidemiologist at UMass Chan tracking summer mortality in older housing stock.",
    ),
    (
        "intro_people",
        "Anyone with a line to a professional storm chaser? Our Norman science museum wants a live talk.",
        "My cousin drives an armored intercept vehicle into tornadoes for a Weather Channel crew and does kids' programs off-season.",
    ),
    (
        "intro_people",
        "Could someone help me reach a Polish-speaking priest? An elderly couple at our Hamtramck food pantry wants confession in their language.",
        "The associate pastor at St. Florian's was born in Kraków and makes house calls for sacraments in his mother tongue.",
    ),
    (
        "intro_people",
        "Our Abilene youth ranch wants a professional horse trainer who uses gentle methods for kids with trauma.",
        "I board my mare with a clinician of the Buck Brannaman school outside Buffalo Gap who runs equine-assisted therapy for foster children.",
    ),
    (
        "intro_people",
        "Who can get me a meeting with a Chamber CEO who has launched a childcare fund? Our Sheridan employers need a model.",
        "My old boss leads the business council in Gillette and pooled company dollars into a daycare subsidy program in 2022.",
    ),
    (
        "intro_people",
        "Looking for a person who did the Appalachian Trail thru-hike at 70-plus to inspire our Hanover senior walking club.",
        "My aunt finished all 2,190 miles from Springer to Katahdin at age 73 and gives slideshow talks at libraries.",
    ),
    (
        "intro_people",
        "Our Harlingen nursing students want to shadow a flight nurse. Any contacts?",
        "My roommate from Baylor works on a medevac helicopter out of Brownsville and loves bringing trainees along on ride days.",
    ),
    (
        "intro_people",
        "Buscamos a alguien que haya sido trabajador agrícola con visa H-2A para contar su experiencia en un foro en Hendersonville.",
        "Mi primo pizcó manzanas cinco temporadas con contrato temporal en Carolina del Norte y ahora es promotor comunitario.",
    ),
    (
        "intro_people",
        "¿Quién me puede presentar a una escritora latina que quiera visitar el club de lectura de nuestra biblioteca en Kennett Square?",
        "Mi amiga de la universidad publicó tres novelas sobre familias de hongueros en Pensilvania y le encanta conversar con quienes disfrutan sus libros.",
    ),
    (
        "intro_people",
        "Our Rutland recovery café has no one on staff who has been through opioid withdrawal. Who could come share their path once a month?",
        "Darnell, a guy from my Tuesday meeting, is six years off heroin, certified as a peer specialist, and available evenings.",
    ),
    (
        "intro_people",
        "Anybody have a friend in Hollywood casting? Our Shreveport youth film camp wants a pro to run mock auditions.",
        "I spent six years assisting a woman who picks actors for Netflix series, and she's in Louisiana on productions each spring.",
    ),
    (
        "intro_people",
        "Is there a veteran crossword constructor out there? Our Bennington library's puzzle night wants a guest.",
        "I'm pals with a man who has had 60 grids published in the New York Times and loves small-town game evenings.",
    ),
    (
        "intro_people",
        "The tribal college in our area wants its nursing grads to meet Native physicians. Who can we call?",
        "Dr. Wanda Tsosie, my daughter's godmother, is a Diné family medicine doctor in Shiprock and mentors Indigenous health students.",
    ),
    (
        "intro_people",
        "Our Fayetteville veterans' writing workshop would benefit from a published war memoirist to critique drafts.",
        "A platoon-mate of mine wrote a National Book Award finalist about Fallujah and edits manuscripts for fellow infantrymen for free.",
    ),
    (
        "intro_people",
        "Our Lake Charles churches keep asking about FEMA appeals after the hurricanes. Any former FEMA staffer willing to explain?",
        "I spent nine years as a federal disaster-assistance adjuster in Region 6 and know exactly which denial letters can be overturned.",
    ),
    (
        "intro_people",
        "Need an honest talk from a former payday lender for our Gulfport financial literacy class.",
        "My brother-in-law managed a cash-advance storefront chain in Biloxi for a decade and now teaches people how those fees trap them.",
    ),
    (
        "intro_people",
        "Our Moline Mexican folk dance group would love a ballet folklórico master teacher for a weekend intensive.",
        "Ana Reyes trained with Amalia Hernández's company at Bellas Artes, now lives in Davenport, and runs two-day clinics for amateur troupes.",
    ),
    (
        "intro_people",
        "Who might put our Columbia, Missouri journalism students in touch with a war correspondent?",
        "I roomed with an AP photographer who spent twelve years in Kabul and Baghdad and does Zoom critiques for j-school classes.",
    ),
    (
        "intro_people",
        "Trying to find someone who has led Anabaptist relief teams, to advise our Hazard church on organizing rebuild crews after the flood.",
        "Our former pastor coordinated MDS house projects after Katrina and Sandy and loves coaching congregations on job-site logistics.",
    ),
    (
        "intro_people",
        "Our Williston oil patch ministry is hunting for a chaplain who has worked with roughnecks and man-camp life.",
        "A retired Lutheran pastor I golf with spent five years visiting drilling rigs and crew housing in the Bakken.",
    ),
    (
        "intro_people",
        "Does anyone know a retired teacher who taught in a one-room schoolhouse? Our Fort Scott museum needs a docent.",
        "My mother, 96, instructed all eight grades in a prairie building near Uniontown from 1947 to 1952.",
    ),
    (
        "intro_people",
        "Our Kenosha union hall wants to host an autoworker who was on the line at the old AMC plant.",
        "My dad bolted Rambler doors on the lakefront for 31 years until Chrysler shut it down in 1988.",
    ),
    (
        "intro_people",
        "Our Yellow Springs astronomy club wants someone who has worked in mission control. Does anyone have a connection?",
        "I carpool with a flight director who ran the console in Houston during three shuttle launches.",
    ),
    (
        "intro_people",
        "Nuestra cooperativa de costureras en Los Ángeles quiere una diseñadora con experiencia que nos asesore sobre precios.",
        "Mi excompañera de trabajo creó su propia marca de ropa en el barrio de la moda, vende en Nordstrom y da consejos gratis a talleres pequeños.",
    ),
    (
        "intro_people",
        "Our Oak Ridge middle schoolers are doing a Manhattan Project unit. Are any original workers or their children still around?",
        "My mother ran a calutron at Y-12 as an 18-year-old in 1944 and, at 99, still describes the secrecy vividly.",
    ),
    (
        "intro_people",
        "Seeking a Filipino nurse who came over in the 1970s recruitment wave, for our Daly City heritage month panel.",
        "Tita Cora, my godmother, left Manila for Chicago's Cook County Hospital in 1973 and tells hilarious stories about culture shock.",
    ),
    (
        "intro_people",
        "Our Manhattan, Kansas grain science club wants to meet a flour mill manager. Who's got a contact?",
        "I went to K-State with the man who oversees ADM's hard red winter wheat plant in Arkansas City, and he hosts student tours.",
    ),
    (
        "intro_people",
        "Our Olympia environmental justice forum would be stronger with a shellfish farmer from a tribal nation. Any leads?",
        "My brother-in-law harvests Manila clams and oysters for the Squaxin Island Tribe's seafood company and is an eloquent speaker.",
    ),
    (
        "intro_people",
        "Our Lewistown ranch wives' club would love to meet a female large-animal auctioneer.",
        "I buy bred heifers every fall from a woman who calls the sales at the Billings Livestock Commission, one of the few in the country.",
    ),
    (
        "intro_people",
        "Our Greenville, South Carolina teen investment club wants a stock analyst to review their picks.",
        "A fellow deacon of mine manages equity portfolios at a Charlotte wealth firm and quizzes high schoolers on P/E ratios for fun.",
    ),
    (
        "intro_people",
        "Our Emporia library wants an author of children's picture books to do a read-aloud in June.",
        "I illustrated two titles with a Caldecott honoree who lives in Lawrence and adores summer story hours.",
    ),
    (
        "intro_people",
        "Our Farmington, New Mexico refugee clinic needs a Dari-speaking doctor for a few telehealth hours.",
        "A physician I trained with fled Herat in 2021, is licensed in Colorado, and offers virtual visits in his first language on Sundays.",
    ),
    (
        "intro_people",
        "Anyone close to a retired umpire? Our Sioux City Little League umpire clinic lacks an instructor.",
        "My uncle worked behind the plate in independent pro ball for fifteen seasons and still teaches strike zone mechanics.",
    ),
    (
        "intro_people",
        "Our Chattanooga walking-tour group wants a descendant of someone who escaped along the Underground Railroad.",
        "A woman in my choir traces her line to a family who fled a Georgia plantation to Ontario in 1851, and she has the letters.",
    ),
    (
        "intro_people",
        "Our Hood River orchard workers' clinic wants an interpreter who speaks one of the indigenous Oaxacan languages.",
        "My comadre grew up in Tlaxiaco, is fluent in the Mixtec of that region, and translates at doctor visits part-time.",
    ),
    (
        "intro_people",
        "Who could introduce our Bar Harbor marine biology camp to a whale researcher?",
        "My niece photographs humpback flukes off Mount Desert Rock every summer to identify individuals for a College of the Atlantic catalog.",
    ),
    (
        "intro_people",
        "Our Eau Claire maker fair wants a teenager who has launched a successful app to inspire younger kids.",
        "My son, 17, built a homework-planner program with 80,000 downloads and enjoys showing middle schoolers how he coded it.",
    ),
    (
        "intro_people",
        "¿Conocen a un agricultor hispano que tenga su propio rancho? Los jóvenes de nuestro club en Nampa quieren aprender de alguien así.",
        "Mi compadre empezó pizcando cebolla y hoy es dueño de 200 acres de lúpulo cerca de Wilder; le gusta recibir visitas de estudiantes.",
    ),
    (
        "intro_people",
        "I'm searching for a retired judge who would officiate a free group wedding for low-income couples in our Reno church.",
        "My golf buddy sat on the Washoe family court bench for 20 years and still performs marriages as a gift to neighbors.",
    ),
    (
        "intro_people",
        "Our Owensboro music museum's kids' camp wants a mandolin legend, ideally someone who played with the genre's founding band.",
        "I jam every Thursday with a man who toured as one of Bill Monroe's Blue Grass Boys in 1967 and still picks like lightning.",
    ),
    (
        "intro_people",
        "Our Beloit college radio station wants a former DJ from the golden age of Chicago soul radio.",
        "My uncle spun records on WVON in the late '60s and tells legendary stories about the Motown promoters.",
    ),
    (
        "intro_people",
        "Our Meridian, Mississippi civil rights walk needs someone who was active during Freedom Summer 1964.",
        "My godmother, then a Tougaloo sophomore, canvassed voters in Neshoba County that July and still speaks at memorials.",
    ),
    (
        "intro_people",
        "Anyone friendly with a wine sommelier? Our Walla Walla hospitality students need a tasting judge.",
        "My husband holds one of the 270 master credentials from the Court in London, runs a cellar program in Seattle, and grades blind flights for culinary schools.",
    ),
    (
        "intro_people",
        "Our Concord, New Hampshire teen legislature program wants a former governor to speak at opening session.",
        "I ran scheduling for a two-term chief executive of the Granite State, and he still does civic education events.",
    ),
    (
        "intro_people",
        "Our Sandpoint grief group is hoping for a widow or widower who remarried and can speak to hope.",
        "Lorraine, from my quilting circle, lost her husband at 52 and found love again at 60; she's open and funny about it.",
    ),
    (
        "intro_people",
        "Our Butte history museum would love a miner who worked underground at the Kelley before 1975.",
        "My grandpa ran a jackleg drill a mile beneath the Richest Hill on Earth until the Anaconda layoffs.",
    ),
    (
        "intro_people",
        "A Muslim chaplain for our Parkersburg hospital's spiritual care rotation: does anyone have a lead?",
        "The imam at the Islamic center in Marietta, Ohio trained in clinical pastoral education and visits patients weekly.",
    ),
    (
        "intro_people",
        "Busco a un mariachi profesional que dé clases a los alumnos de la secundaria en San Antonio; tienen violines pero no maestro.",
        "Mi tío tocó trompeta con un grupo famoso de Guadalajara treinta años y ahora enseña gratis a chamacos los fines de semana.",
    ),
    (
        "intro_people",
        "Nuestra asociación de padres en Greeley quiere conocer a un policía que hable español para explicar sus derechos.",
        "Mi vecino es sargento de enlace comunitario en el condado de Weld, nació en Chihuahua y da pláticas en iglesias.",
    ),
    (
        "intro_people",
        "Our Springdale health fair keeps missing the Marshallese families. Who could open doors for us there?",
        "Pastor Jomi Lang leads a congregation from Majuro that meets in a Rogers storefront, and elders there trust him completely.",
    ),
    (
        "intro_people",
        "A veteran's graveside service in our Pierre cemetery on Saturday has nobody to play Taps. Any trumpeters around?",
        "The band director at Stanley County High sounds the bugle call at military burials, usually on a day's notice.",
    ),
    (
        "intro_people",
        "Our Paducah hospice wants a certified death doula to train volunteers in vigil sitting.",
        "Marcy Hale, a former ICU nurse in my book club, completed INELDA's end-of-life companion program and teaches bedside presence classes.",
    ),
    (
        "intro_people",
        "Our Sedona fifth graders found what might be a dinosaur footprint on a field trip. Who could tell us if it's real?",
        "A paleontologist friend at Northern Arizona University identifies trackways in Moenave sandstone and answers teachers' emails within days.",
    ),
    (
        "intro_people",
        "Anyone connected to a former ambassador? Our Lexington world affairs council wants a keynote on Africa policy.",
        "My brother-in-law served as U.S. envoy to Ghana and Kenya and now lectures at the Patterson School for diplomacy.",
    ),
    (
        "intro_people",
        "Our Fort Kent snowshoe race wants a Paralympic athlete as honorary starter.",
        "A sit-skier from Presque Isle who competed in Pyeongchang coaches adaptive Nordic kids on weekends and loves hometown events.",
    ),
    (
        "intro_people",
        "Is there a former Forest Service district ranger who'd advise our Bend trail coalition on getting approvals?",
        "I hike with a woman who ran the Crescent office of the Deschutes for 14 years and knows every NEPA trap for new singletrack.",
    ),
    (
        "intro_people",
        "Our Pittsburgh steel-to-tech career panel needs a former mill worker who became a software developer.",
        "Rick Zajac tended coke ovens at Clairton until 2009 and now writes Python for a robotics startup in Lawrenceville.",
    ),
    (
        "intro_people",
        "Our Alamogordo space museum wants someone who worked at White Sands during the early rocket years.",
        "My father-in-law tracked V-2 launches as an Army private in 1947 and, at 97, recalls every scrub and explosion.",
    ),
    (
        "intro_people",
        "Could anyone connect our Jackson Hole avalanche awareness night with a survivor who was fully buried?",
        "A backcountry guide I ski with spent 22 minutes under debris on Teton Pass in 2016 and tells the story to every beginner class.",
    ),
    (
        "intro_people",
        "Our Dearborn Yemeni youth group dreams of meeting a Muslim woman who became a state legislator.",
        "My former intern now represents a Detroit district in Lansing, wears hijab, and makes time for teenagers who want to run someday.",
    ),
    (
        "intro_people",
        "The parents in our Glenwood Springs Down syndrome support group want to meet an adult with the condition who lives independently.",
        "Maddie Ortiz, 31, has Trisomy 21, rents her own apartment in Carbondale, works at a grocery, and gives talks at family gatherings.",
    ),
    (
        "intro_people",
        "Anyone close to a NASCAR pit crew member? Our Mooresville vocational students would love a demo.",
        "My nephew changes front tires for a Cup Series team and visits shop classes with an impact wrench and a stopwatch.",
    ),
    (
        "intro_people",
        "Our Harrisburg election integrity forum needs a nonpartisan elections administrator who can explain how ballots are tallied, to both parties.",
        "I served as Dauphin County's voter registration chief for nine years and can walk a skeptical room through tabulators and audits.",
    ),
    (
        "intro_people",
        "¿Alguien conoce a una mujer que haya salido de la violencia doméstica y quiera dar su testimonio en nuestra iglesia de Pharr?",
        "Una amiga de mi comadre escapó de un matrimonio abusivo en 2015, hoy dirige un salón de belleza y comparte su historia con congregaciones.",
    ),
    (
        "intro_people",
        "Our Lewes beach town's lifeguard program wants an older guard who has done rescues for fifty summers.",
        "Hank Burris, 74, has pulled swimmers out of the Rehoboth surf every season since 1972 and still passes the annual swim test.",
    ),
    (
        "intro_people",
        "Our Newport News shipyard apprentices want a woman who has welded on aircraft carriers to speak at graduation.",
        "My aunt fused hull plates on the Nimitz and the Ford over a 30-year career and is a terrific commencement orator.",
    ),
    (
        "intro_people",
        "Is there a family in our network that has hosted a foreign exchange student from Japan? Our Sidney host recruitment night needs testimonials.",
        "The Lindqvists down the road housed a girl from Osaka for a school year in 2019 and rave about the experience to anyone.",
    ),
    (
        "intro_people",
        "Who can connect our Frankfort bourbon history exhibit with a master distiller's family?",
        "My husband's grandfather ran the stills at Old Taylor for forty years, and his daughters kept the recipes, photos and ledgers.",
    ),
    (
        "intro_people",
        "Our Grand Forks flood memorial wants the mayor who led the city through 1997. Is she reachable?",
        "I worked at the municipal building under the former chief executive who steered the Red River recovery, and we still exchange Christmas cards.",
    ),
    (
        "intro_people",
        "Our Natick garden club needs a tree surgeon who can judge whether the 200-year-old town oak is dying.",
        "A Massachusetts-certified arborist from my church climbs heritage specimens for a living and has saved three colonial-era elms.",
    ),
    (
        "intro_people",
        "Any connection to a sitting federal judge? Our Springfield law magnet students want someone to host them in chambers.",
        "My former partner at a litigation firm was appointed to the Central District of Illinois bench and welcomes high school groups for a morning in her courtroom.",
    ),
    (
        "intro_people",
        "Our Moorhead Somali-Norwegian potluck wants a Lutheran pastor who speaks Somali. Does one exist?",
        "Erik Haugen, ordained in the ELCA, served eleven years as a missionary in Hargeisa and preaches in that tongue to this day.",
    ),
    (
        "intro_people",
        "Our Cody museum wants a Crow tribal member to consult on how we label a beaded cradleboard.",
        "My friend Vernon Plenty Horses from Lodge Grass is a regalia maker and has advised two galleries on Apsáalooke collections.",
    ),
    (
        "intro_people",
        "Our Hutchinson FFA chapter wants a crop-duster pilot to talk about precision ag careers.",
        "My brother sprays wheat and sorghum from an Air Tractor out of Pratt and loves mentoring farm kids interested in aviation.",
    ),
    (
        "intro_people",
        "Our Biddeford Franco-American festival wants a fluent French speaker raised in a mill family to emcee.",
        "Rita Pelletier grew up with the Québécois tongue at home on Alfred Street, ran the parish radio hour, and loves a microphone.",
    ),
    (
        "intro_people",
        "Who could put our Thibodaux sugarcane harvest festival in touch with a Houma tribal leader?",
        "I taught school in Golden Meadow with a former principal chief of the state-recognized nation there, who gladly opens public events with a prayer.",
    ),
    (
        "intro_people",
        "The older women in our Lynchburg sewing guild want to meet someone who worked in a 1950s garment factory.",
        "My grandmother stitched dress shirts on a piecework line in Martinsville from 1952 to 1980 and has the calluses to prove it.",
    ),
    (
        "intro_people",
        "Queremos que un exjugador profesional de fútbol dé una clínica a los niños de nuestra liga en Schuyler.",
        "Mi cuñado militó cinco temporadas en la primera división de Guatemala y ahora entrena a equipos infantiles en Nebraska.",
    ),
    (
        "intro_people",
        "Our Stowe ski museum would love to interview one of the 10th Mountain Division veterans or their kids.",
        "My father trained at Camp Hale with the white-camouflage alpine troops, fought on Riva Ridge, and his letters home are in my attic.",
    ),
    (
        "intro_people",
        "Our Zanesville pottery trail wants a potter who threw for the big Roseville or Weller factories.",
        "My great-uncle shaped vases at one of the art-ware works downtown until 1954 and still turns a wheel at 93.",
    ),
    (
        "intro_people",
        "Anyone know a former Peace Corps volunteer who served in Guatemala? Our Omaha sister-city committee needs a guide for the planning trip.",
        "My brother-in-law spent two years in Huehuetenango villages with a Kennedy-era overseas program, teaching beekeeping, and still leads group travel there.",
    ),
    (
        "intro_people",
        "Our Hilton Head sea turtle patrol needs a marine veterinarian who'd train members on stranding response.",
        "A friend of mine treats injured loggerheads and greens at the Jekyll Island reptile hospital and holds weekend workshops for beach walkers.",
    ),
    (
        "intro_people",
        "Is there anyone who could get us a few minutes with the president of our state's land-grant university? We're in Morgantown.",
        "My old roommate chairs WVU's Board of Governors and can put a memo in front of the top executive within a week.",
    ),
    (
        "intro_people",
        "Our Kingman Route 66 festival wants someone who ran a motor court or diner on the old highway in the 1950s.",
        "My grandmother flipped burgers and rented cabins at her family's Hackberry roadside stop from 1949 until the interstate bypassed it.",
    ),
    (
        "intro_people",
        "Our Glasgow, Montana hospital board needs a rural CEO who has kept a critical-access facility open through bad years.",
        "I once worked alongside Karen Olsen, who steered the Harlowton medical center back from insolvency and mentors struggling small-town administrators.",
    ),
    (
        "intro_people",
        "Our Jonesboro student rice growers would benefit from a call with a rice farmer who rotates with crawfish.",
        "Darryl Thibeaux floods his Acadia Parish paddies for mudbugs after harvest and likes coaching newcomers to the trade by phone.",
    ),
    (
        "intro_people",
        "Seeking a former Hollywood stunt coordinator to teach safe fight choreography to our Provo high school theater kids.",
        "My cousin spent two decades doing falls and brawls on Marvel sets and now runs combat workshops for young actors.",
    ),
    (
        "intro_people",
        "Busco a un sacerdote que hable español y quiera celebrar una misa para los trabajadores de la lechería en Twin Falls.",
        "El padre Ramiro, de la parroquia de Jerome, es originario de Michoacán y visita ranchos para oficiar en las madrugadas.",
    ),
    (
        "intro_people",
        "¿Conocen a algún veterano latino de Vietnam que pueda visitar nuestra escuela en Las Cruces para el Día de los Veteranos?",
        "Mi suegro sirvió con los Marines en Da Nang en 1968, recibió un Corazón Púrpura y le encanta platicar con estudiantes.",
    ),
    (
        "intro_organizations",
        "Our Rockland church wants to start a free tax-prep clinic in January. Is there an IRS-backed network that trains and certifies preparers?",
        "I coordinate the VITA site at the Knox County library and can plug new locations into the statewide coalition before filing season.",
    ),
    (
        "intro_organizations",
        "Who handles lead paint abatement money in Ohio? Our Lorain landlords' association keeps getting bounced between offices.",
        "Our county health department's healthy homes unit, which I manage, runs the state-funded window replacement and hazard control grants.",
    ),
    (
        "intro_organizations",
        "Our Aiken seniors keep falling for Medicare Advantage sales pitches. Is there an unbiased counseling service?",
        "I volunteer with South Carolina's SHIP, the federally funded insurance advice line, and our trained staff do free plan comparisons every autumn open enrollment.",
    ),
    (
        "intro_organizations",
        "Our Waynesboro auto shop wants to hire teens through a registered apprenticeship. Which office signs off on that in Virginia?",
        "I'm a consultant with the Commonwealth's workforce department and approve new earn-and-learn sponsors every month.",
    ),
    (
        "intro_organizations",
        "Looking for a tool library we could model ours on; our Ypsilanti block club has a garage full of donated drills.",
        "I helped launch the Ann Arbor lending shed for saws, ladders and sanders, and we mentor new sites by phone.",
    ),
    (
        "intro_organizations",
        "Is there an outfit that builds wheelchair ramps for free? A veteran in our Cleveland, Tennessee church can't get out his front door.",
        "I'm on the roster of a Chattanooga-area home repair charity that installs modular aluminum entry inclines for disabled and elderly homeowners within three weeks.",
    ),
    (
        "intro_organizations",
        "Our Keokuk food pantry throws out bread every Monday. Is there a food rescue group that could route it to shelters?",
        "I dispatch drivers for a nonprofit that picks up surplus from bakeries and grocers across southeast Iowa and delivers to soup kitchens same day.",
    ),
    (
        "intro_organizations",
        "Which agency inspects private wells? Three families near our Elkins church have brown water and no money for testing.",
        "As Randolph County's sanitarian, I run free bacteria and metals panels for low-income households.",
    ),
    (
        "intro_organizations",
        "Our Indianola youth baseball league needs a national partner that donates gloves, bats and cleats.",
        "MLB's RBI initiative and the Good Sports equipment charity both ship gear to inner-city and rural diamonds, and I'm their regional rep.",
    ),
    (
        "intro_organizations",
        "Our Trenton housing co-op needs a lender willing to finance rehab of a six-unit building. Anyone have a contact?",
        "As the CRA officer for a mid-size New Jersey bank, I look for exactly these small multifamily deals in moderate-income tracts.",
    ),
    (
        "intro_organizations",
        "Our Cheraw literacy council would love to join a national network that provides free books mailed to babies monthly.",
        "I coordinate the Dolly Parton affiliate for three counties and can walk a new sponsor through enrollment and postage costs.",
    ),
    (
        "intro_organizations",
        "Who do I contact about getting a new ambulance base? Our Burns, Oregon volunteers can't cover 10,000 square miles.",
        "I sit on the Harney District Hospital board, which runs EMS across the high desert, and our paramedic chief is drafting a satellite station plan.",
    ),
    (
        "intro_organizations",
        "Is there a statewide group that matches retired engineers with small towns that need water system help?",
        "I volunteer with the Rural Community Assistance Partnership's western office, which sends technical advisors to utilities serving under 10,000 people.",
    ),
    (
        "intro_organizations",
        "Our Claremont, New Hampshire diner wants to hire people in recovery. Is there a certification for recovery-friendly employers?",
        "The governor's workplace initiative I advise designates businesses supporting staff with substance use disorders, and signup is free.",
    ),
    (
        "intro_organizations",
        "¿Hay alguna organización que ayude a los jornaleros a cobrar salarios robados? Somos de Austin.",
        "Trabajo con un centro obrero que recupera pagos pendientes de contratistas; ya hemos ganado más de un millón de dólares para trabajadores de la construcción.",
    ),
    (
        "intro_organizations",
        "Our Beatrice historical society found 4,000 glass-plate negatives. Who digitizes collections for small museums?",
        "I manage the state's online heritage hub at the Lincoln university libraries, and we scan photographic archives for county institutions at cost.",
    ),
    (
        "intro_organizations",
        "Is there a company that donates used laptops to schools? Our Ruleville tutoring center has twelve kids sharing two computers.",
        "I run corporate giving at a Ridgeland IT firm that refurbishes retired office machines and gives them to classrooms in the Delta.",
    ),
    (
        "intro_organizations",
        "Our Rawlins wrestling club needs insurance for tournaments. Does some national governing body offer coverage for small clubs?",
        "Membership cards in the Olympic sport's amateur federation, which I chair for Wyoming, include liability and accident protection for sanctioned events.",
    ),
    (
        "intro_organizations",
        "Our Pocatello mosque wants to link up with an interfaith council that runs joint service projects.",
        "I coordinate an alliance of churches, synagogues, temples and masjids in southeast Idaho that brings worshippers together for Habitat builds and coat drives.",
    ),
    (
        "intro_organizations",
        "Who certifies shared commercial kitchens? Our Willimantic cooking collective wants to sell tamales legally.",
        "I inspect food-service facilities for the Eastern Highlands health district and gladly preview plans before anyone invests a dime.",
    ),
    (
        "intro_organizations",
        "Our Seward sled dog racing camp needs a partner to supply protective booties and straw each winter. Which businesses back mushers?",
        "I manage giving at a statewide feed and pet retail chain that outfits Iditarod teams and junior kennels.",
    ),
    (
        "intro_organizations",
        "Is there a national organization that trains small-town police on crisis intervention for mental health calls?",
        "NAMI's law-enforcement curriculum in Kentucky, where I instruct, runs 40-hour Memphis-model academies for departments of any size.",
    ),
    (
        "intro_organizations",
        "Our Lumberton church wants to adopt a stretch of riverbank for cleanup. Who runs that kind of adoption scheme in North Carolina?",
        "I coordinate the state's Big Sweep litter campaign, which assigns waterway segments to congregations, scouts and businesses every October.",
    ),
    (
        "intro_organizations",
        "Our Cloquet Ojibwe language table wants a university partner that records elders.",
        "Our Duluth campus archive for Anishinaabemowin sends a videographer to speaker circles for free; I'm one of its linguists.",
    ),
    (
        "intro_organizations",
        "Which outfit helps small farms get GAP food-safety certified so they can sell to school cafeterias?",
        "I'm an extension educator with Penn State's fresh produce team, and we run field-level audit prep visits for growers under 50 acres.",
    ),
    (
        "intro_organizations",
        "Our Abingdon theater wants to tour rural schools. Is there a state arts touring roster we could get onto?",
        "At the Commonwealth's cultural commission, where I'm a program officer, we keep the performer directory that districts book from each spring.",
    ),
    (
        "intro_organizations",
        "Anyone connected to a blood bank that runs mobile drives? Our Wausau high school wants to host its first.",
        "I book the donor coach for the regional plasma and platelet center serving central Wisconsin, and we love new campus sites.",
    ),
    (
        "intro_organizations",
        "Our Clovis dairy workers' soccer league has no way to see the ball after 7 p.m. Which organization helps towns install field lighting?",
        "I liaise with the national governing body's charitable foundation, whose Safe Places to Play initiative funds LED towers for community pitches.",
    ),
    (
        "intro_organizations",
        "Necesitamos conectar con una agencia que enseñe inglés a adultos por las noches en Rome, Georgia.",
        "Coordino las clases nocturnas de ESL del colegio técnico del noroeste del estado; son gratis y hay guardería para los niños.",
    ),
    (
        "intro_organizations",
        "Our Orofino library wants to lend hunting and fishing gear. Is there a state program for that?",
        "I coordinate the wildlife department's rod-and-tackle checkout boxes at 40 sites, and we're always adding branches.",
    ),
    (
        "intro_organizations",
        "Is there any group that teaches financial basics to inmates before release? Our Cañon City reentry coalition wants a curriculum partner.",
        "I volunteer with a credit-union-backed nonprofit that runs money management classes inside Colorado prisons and follows up after parole.",
    ),
    (
        "intro_organizations",
        "Our Shawnee tribe's youth council wants to join a national Native youth leadership network.",
        "UNITY, where I'm on staff, links 300 chapters of Indigenous teens across the country and hosts an annual summit.",
    ),
    (
        "intro_organizations",
        "Looking for a coding bootcamp that takes adults without degrees and places them in jobs; our Gadsden laid-off textile workers need options.",
        "I'm the Alabama outreach lead for a nonprofit that trains people with no college into IT help-desk roles and has hiring partners lined up.",
    ),
    (
        "intro_organizations",
        "Our Homer halibut charter captains want a marine conservation partner to tag fish. Which research outfit does that?",
        "At the Kasitsna Bay lab we give anglers satellite transmitters and data sheets for flatfish studies; I'm one of the technicians.",
    ),
    (
        "intro_organizations",
        "Which nonprofit helps small towns get a dollar store replaced with a real grocer? Our Ada, Oklahoma council is desperate.",
        "I advise rural communities for a food-access CDFI that finances independent supermarkets where chains won't go.",
    ),
    (
        "intro_organizations",
        "Our Kapaa surf club wants to partner with a reef protection nonprofit for beach cleanups.",
        "I'm a site captain for the island chapter of a coastal-defense charity founded by Malibu wave riders, and we haul marine debris off the north shore monthly.",
    ),
    (
        "intro_organizations",
        "Which statewide service handles translation hotlines for hospitals? Our Cedar City clinic can't find a Tongan interpreter.",
        "I manage vendor contracts at the Utah language access network, which puts Polynesian-speaking medical linguists on video within five minutes.",
    ),
    (
        "intro_organizations",
        "Our Belfast, Maine shipbuilding apprentices need a partner that trains people in composite boat repair.",
        "Our Kennebunkport trade school for yacht technicians runs short fiberglass and vacuum-infusion courses for outside crews, and I teach there.",
    ),
    (
        "intro_organizations",
        "¿Saben de algún grupo que dé asesoría legal gratis a inquilinos? Nuestro edificio en Chelsea tiene ratas y el dueño no responde.",
        "Soy voluntaria de una clínica jurídica de la Universidad de Boston que defiende a arrendatarios contra desalojos y malas condiciones de vivienda.",
    ),
    (
        "intro_organizations",
        "Buscamos una institución financiera que preste a personas sin número de Seguro Social; queremos abrir una panadería en Hazleton.",
        "Trabajo en una credit union de Pensilvania que acepta ITIN para capital de arranque de negocios chicos y tiene asesores bilingües los sábados.",
    ),
    (
        "intro_organizations",
        "We need a partner that trains lay people to spot suicide risk; our Gunnison ranching families have lost three men this year.",
        "I'm a QPR and Mental Health First Aid instructor with the Colorado AgrAbility project, which serves agricultural households.",
    ),
    (
        "intro_organizations",
        "Which national program places young adults in year-long service roles? Our Ely trail crew needs four extra people for summer.",
        "I supervise an AmeriCorps conservation corps in northern Minnesota that assigns members ages 18 to 25 to 10-month stints.",
    ),
    (
        "intro_organizations",
        "Our Marfa artist residency wants a sister-city relationship with a Mexican town. Who coordinates those?",
        "I chair the Texas branch of the Washington-based federation that pairs U.S. municipalities with counterparts abroad, and Ojinaga is looking for a match.",
    ),
    (
        "intro_organizations",
        "Anyone know who administers the Fresh Fruit and Vegetable grant for elementary schools in Louisiana? Our Opelousas principal missed the deadline.",
        "I work in the child nutrition division at the state education department and can add a campus to next year's produce snack list.",
    ),
    (
        "intro_organizations",
        "Help: a bat colony moved into the attic of our Ripley church. Which wildlife outfit handles humane removal?",
        "I volunteer with the state chiropteran rehab network, which does exclusion work in late summer once pups can fly.",
    ),
    (
        "intro_organizations",
        "Our Durant Choctaw language class wants a tech company to build a keyboard app. Any leads on a firm that does Indigenous languages?",
        "Our small software studio has built predictive-text tools for Lakota, Cree and Yupik speakers.",
    ),
    (
        "intro_organizations",
        "Where can our Ashtabula volunteer firefighters get free smoke alarms to install in older homes?",
        "I coordinate the Red Cross residential safety campaign for northeast Ohio, and we supply detectors plus door-to-door crews for neighborhood blitzes.",
    ),
    (
        "intro_organizations",
        "Hunters around our Chillicothe parish keep offering deer. Is there a group that gets it legally processed for our soup kitchen?",
        "A statewide network whose board I sit on pays licensed butchers to handle harvested whitetail and ships the ground meat to pantries and missions.",
    ),
    (
        "intro_organizations",
        "Our Brookings engineering students want a real client. Is there a network that matches student teams with rural towns?",
        "I direct a land-grant extension initiative that pairs senior design capstones with small municipalities needing park, water and street projects.",
    ),
    (
        "intro_organizations",
        "We need a hospital system willing to put a telehealth kiosk in our Tonopah library. Who's doing rural kiosks?",
        "I lead virtual care expansion at Renown Health, and we've installed private video-visit booths in four Nevada mining towns.",
    ),
    (
        "intro_organizations",
        "Is there a nonprofit that restores old pianos for schools? Our Sumter elementary has a donated upright with broken keys.",
        "A Charleston-based charity I tune for rebuilds worn-out spinets and grands and places them in classrooms and churches free.",
    ),
    (
        "intro_organizations",
        "Our Houlton potato growers need seasonal workers. Who runs the H-2A recruitment program in Maine?",
        "I'm an agricultural labor specialist at the state job office in Presque Isle and process foreign harvest-crew orders for farms every spring.",
    ),
    (
        "intro_organizations",
        "Does anyone have a contact at the Ad Council or a similar group that makes free PSAs for small causes?",
        "I volunteer at a creative collective of retired agency copywriters who produce radio and video spots pro bono for nonprofits under $1 million.",
    ),
    (
        "intro_organizations",
        "Our Hays women's shelter needs a pet foster partner so women don't stay with abusers to protect their animals.",
        "I coordinate a Humane Society safe-haven service in western Kansas, giving temporary homes to dogs and cats of people fleeing violence.",
    ),
    (
        "intro_organizations",
        "¿Existe algún programa que dé clases de manejo y ayude a sacar la licencia? Muchas mamás en Siler City no manejan.",
        "Soy instructora en una autoescuela comunitaria de Chatham que cobra según ingresos y acompaña a las alumnas hasta el examen del DMV.",
    ),
    (
        "intro_organizations",
        "Which company recycles old fishing nets? Our Newport, Oregon harbor has tons piling up.",
        "I manage West Coast collections for a Chico-based firm that turns discarded trawl mesh and seine twine into skateboard decks.",
    ),
    (
        "intro_organizations",
        "Our Winslow Hopi and Navajo student artists want a gallery partner that pays fair commissions.",
        "The Flagstaff co-op storefront I buy for returns 70 percent of every sale to the maker and hosts youth shows.",
    ),
    (
        "intro_organizations",
        "Is there a state agency that helps towns build broadband when no provider will? Our Lubec library hotspot is the only internet in town.",
        "I'm a grants liaison at the Maine Connectivity Authority and can tell you which last-mile funds a municipality can tap this year.",
    ),
    (
        "intro_organizations",
        "Our Albert Lea Latino soccer moms want to start a food truck. Who licenses mobile food units in Minnesota?",
        "Rolling kitchens are my beat: as an inspector in the state Department of Health's vending section, I walk first-time operators through plan review.",
    ),
    (
        "intro_organizations",
        "Who do I call to get a historical marker for a Black one-room school site in Boonville, Missouri?",
        "I serve on the committee at the state archives that approves roadside plaques and can coach you through the $1,500 cast aluminum cost.",
    ),
    (
        "intro_organizations",
        "Our Elkhart RV workers keep getting laid off each winter. Is there an agency that bridges them with temporary health coverage?",
        "I'm a navigator with a federally funded marketplace assister in northern Indiana and enroll people in special-period insurance plans within days of a job loss.",
    ),
    (
        "intro_organizations",
        "Any Habitat affiliate near Grand Junction taking on repair jobs, not just new builds?",
        "Mesa County's home ownership ministry runs a critical roof and porch fix-up crew for owners over 60, and I manage its projects.",
    ),
    (
        "intro_organizations",
        "Our Whitesburg coal camp museum wants an oral history partner with a university archive.",
        "I'm on staff at UK's Nunn Center, which records and transcribes mountain interviews for free.",
    ),
    (
        "intro_organizations",
        "Where can a small-town Iowa paper find a nonprofit newsroom to share reporting? Our Spencer weekly covers three counties with two staff.",
        "I edit for a statewide collaborative that gives free investigative stories and data to rural publishers who agree to run them.",
    ),
    (
        "intro_organizations",
        "Our Lander rock-climbing gym wants to start adaptive climbing for people with disabilities. Which national network trains staff?",
        "I'm a regional coordinator for Paradox Sports, which certifies route setters and belayers in equipment for amputees and wheelchair users.",
    ),
    (
        "intro_organizations",
        "We need a translation company that does Karen and Chin. Our Fort Wayne clinic has dozens of Burmese families.",
        "Our Indianapolis language firm, where I lead projects, has certified linguists for Myanmar's minority tongues, including Hakha and S'gaw.",
    ),
    (
        "intro_organizations",
        "Who runs master gardener programs in Arkansas? Our Mountain View senior center wants trained volunteers to start raised beds.",
        "I coordinate the extension service's horticulture certification in Stone County and can send graduates who need service hours.",
    ),
    (
        "intro_organizations",
        "Is there a coalition of outdoor gear makers that equips youth wilderness trips? Our Ishpeming Girl Scouts have zero tents.",
        "I handle community grants for the Conservation Alliance and know which member brands ship sleeping bags and shelters to troop leaders.",
    ),
    (
        "intro_organizations",
        "Buscamos un banco de alimentos que distribuya productos mexicanos o centroamericanos en Omaha; las familias no usan lo que reciben.",
        "Soy coordinadora en una despensa regional de Nebraska que compra tortillas, frijol negro y masa para comunidades hispanas.",
    ),
    (
        "intro_organizations",
        "Our Belle Fourche sheep producers want to sell wool directly. Is there a fiber co-op that buys from small flocks?",
        "I grade fleeces for a Mountain States cooperative that pools clips from ranches with as few as twenty ewes.",
    ),
    (
        "intro_organizations",
        "Anyone know an airline or charity that flies rural patients to distant cancer centers? A mom in our Ketchikan church needs Seattle trips.",
        "I'm a volunteer aviator with a nonprofit that gives free rides on private planes for medical travel from Alaska to the Lower 48.",
    ),
    (
        "intro_organizations",
        "Our Laurel farmers market wants to accept SNAP. Which group sets up the card readers and token system?",
        "Our Mississippi chapter of a national network installs EBT terminals and runs Double Up matching at produce stands; I'm the field rep.",
    ),
    (
        "intro_organizations",
        "Our Eureka homeless outreach team wants a vision clinic partner for free eye exams and glasses.",
        "I coordinate a mobile optometry van run by a charity that brings refraction equipment and on-site lens grinding to camps and shelters.",
    ),
    (
        "intro_organizations",
        "Is there a group that teaches CPR in Spanish and Vietnamese? Our Biloxi shrimp docks had a cardiac arrest last month.",
        "The American Heart Association's Gulf Coast training center employs me as a multilingual instructor, and I can run bystander courses right at the harbor.",
    ),
    (
        "intro_organizations",
        "Our Sault Ste. Marie tribal youth want summer jobs with the Great Lakes freighter fleet. Who recruits deckhands?",
        "The Seafarers union's Algonac school, where I coordinate hiring, enrolls 18-year-olds for entry-level freshwater vessel crews.",
    ),
    (
        "intro_organizations",
        "We need a statewide network of chambers that runs small business succession programs. Our Hinton hardware store owner is 78.",
        "I advise founders nearing retirement through the West Virginia SBDC's exit-planning service, including conversions to worker co-ops.",
    ),
    (
        "intro_organizations",
        "Who could link our Poplar, Montana elders with a food distribution program run by tribes themselves?",
        "I manage the federal commodity warehouse for Fort Peck and deliver monthly boxes to households over 60.",
    ),
    (
        "intro_organizations",
        "Our Seaford, Delaware chicken plant workers need English at 5 a.m. before shifts. Which adult ed provider would come onsite?",
        "I teach for the Sussex Tech evening division, which runs on-the-job ESL classes inside factories at any hour employers request.",
    ),
    (
        "intro_organizations",
        "¿Conocen una organización que ayude a los trabajadores de lecherías con accidentes? En Tillamook nadie sabe cómo pedir compensación.",
        "Soy promotora de una clínica legal de Oregon que representa gratis a ordeñadores y vaqueros lesionados en reclamos al seguro laboral.",
    ),
    (
        "intro_organizations",
        "Queremos abrir una guardería en casa en Yuma; ¿qué oficina da las licencias y capacitaciones?",
        "Trabajo en la agencia de recursos para el cuidado infantil del condado y doy talleres gratuitos para mamás que quieren cuidar niños en su hogar.",
    ),
    (
        "intro_organizations",
        "Our Bethel clinic keeps seeing elders with frozen pipes. Who administers winter heating aid out in the villages?",
        "Households off the road system in the Yukon-Kuskokwim get federal home energy assistance through the regional nonprofit where I determine eligibility.",
    ),
    (
        "intro_organizations",
        "Orchard workers in our Wenatchee parish live in crowded trailers. Which federal program finances farmworker housing?",
        "I'm a loan specialist at USDA Rural Development's Washington office and handle Section 514 and 516 deals for growers and nonprofits building seasonal apartments.",
    ),
    (
        "intro_organizations",
        "We need someone who can stand up a CERT team in our flood-prone Rexburg neighborhood. Who teaches that in Idaho?",
        "As Madison County's emergency manager, I run the 20-hour federal disaster-readiness course for residents twice a year.",
    ),
    (
        "intro_organizations",
        "Our Kalispell homeschool co-op wants a program that brings live raptors for science lessons.",
        "I volunteer with a Flathead Valley bird rehab center that takes non-releasable owls and hawks on classroom visits.",
    ),
    (
        "intro_organizations",
        "Our Miles City vet clinic can't recruit a second doctor. Is there a loan repayment program for rural veterinarians?",
        "I sit on the state panel that nominates shortage areas for the federal debt relief fund for large-animal practitioners and can walk a practice through the paperwork.",
    ),
    (
        "intro_organizations",
        "Students at our Havre high school want to send a weather balloon to the stratosphere. Which outfit lends gear and expertise?",
        "I coordinate the Montana Space Grant Consortium's near-space launch kits and pair each crew with a university mentor for the first flight.",
    ),
    (
        "intro_organizations",
        "Our Kahului kupuna center has a dozen members who can't afford hearing aids. Is there a program for that?",
        "A Lions foundation on Maui, which I coordinate, refits recycled audio devices for seniors on fixed incomes.",
    ),
    (
        "intro_organizations",
        "Our Crescent City fishermen want tsunami drills from whoever operates the warning system. Who's the right office?",
        "Harbor readiness exercises for Del Norte crews are part of my job as a coordination meteorologist at the National Weather Service in Eureka.",
    ),
    (
        "intro_organizations",
        "Our Coos Bay pantry would love fresh produce from farms' leftover rows. Is there a gleaning network in Oregon?",
        "I'm on the steering team of a statewide alliance of harvest-sharing groups that picks surplus crops after commercial harvest.",
    ),
    (
        "intro_organizations",
        "Three years after the Carr Fire, neighbors in Redding still can't navigate rebuild permits. Who does disaster case management?",
        "Shasta County's long-term recovery committee, where I'm on staff, assigns advocates to burned-out households.",
    ),
    (
        "intro_organizations",
        "Our Visalia Hmong farmers want to sell to grocery chains together. Which group helps small growers form a co-op?",
        "I assist Southeast Asian producers in the Central Valley set up joint marketing associations and land wholesale accounts.",
    ),
    (
        "intro_organizations",
        "Our Bisbee mining museum wants a corporate partner for its new exhibit. Which company would care?",
        "I run community relations for the copper producer operating the Morenci pit and sponsor heritage projects across southern Arizona.",
    ),
    (
        "intro_organizations",
        "Our Silver City hospital wants to certify local people as community health workers. Who runs that training in New Mexico?",
        "I teach the state-approved promotora curriculum at WNMU's extended learning office, with cohorts starting every January.",
    ),
    (
        "intro_organizations",
        "Is Utah part of the Main Street network? Our Price coal town wants a downtown revitalization partner.",
        "I coordinate the state's chapter of the national historic commercial district program and can onboard a new community next fiscal year.",
    ),
    (
        "intro_organizations",
        "Women in our Vernal oil-field families need a domestic violence hotline that reaches remote areas.",
        "Our Uintah Basin safe-house nonprofit answers a 24-hour crisis line and arranges transport from isolated rigs and ranches; I'm one of the advocates.",
    ),
    (
        "intro_organizations",
        "Our Rock Springs community college wants to join a national solar installer training network.",
        "The Interstate Renewable Energy Council, where I lead curriculum, accredits photovoltaic courses at two-year schools.",
    ),
    (
        "intro_organizations",
        "Our Minot Air Force base spouses want to launch businesses. Which organization coaches military spouses as entrepreneurs?",
        "I'm a mentor with a veteran-owned nonprofit that runs a free eight-week startup course for people married to service members.",
    ),
    (
        "intro_organizations",
        "Our Dickinson district wants an energy company to co-sponsor a petroleum technician pathway for juniors.",
        "A Williston Basin drilling operator I work for funds high school lease-operator courses, and I'm its workforce liaison.",
    ),
    (
        "intro_organizations",
        "Our Mitchell church wants to sponsor a refugee family. Which resettlement agency works in South Dakota?",
        "I'm a case manager at the Sioux Falls office that places newly arrived households from Afghanistan, Congo and Eritrea with congregational host teams.",
    ),
    (
        "intro_organizations",
        "Our Spearfish trail club wants a formal volunteer agreement with the national forest. Who signs those?",
        "I'm the partnership coordinator for the Black Hills federal woodland district in Custer and execute stewardship MOUs with outdoor groups every spring.",
    ),
    (
        "intro_organizations",
        "Our North Platte railroad museum hopes to get a Union Pacific sponsor. Anyone inside?",
        "The freight carrier that runs Bailey Yard approves heritage grants across Nebraska, and those requests cross my desk in community affairs.",
    ),
    (
        "intro_organizations",
        "Our Great Bend nursing home would love kids writing to residents. Is there a youth club that does pen pals?",
        "I'm the Barton County 4-H agent and can match our clovers with elders for monthly letters and visits.",
    ),
    (
        "intro_organizations",
        "Which group sends business people into rural classrooms to teach money skills? Our Pittsburg, Kansas PTA wants one.",
        "Our Junior Achievement affiliate covers the Four-State area and recruits presenters from local banks; I'm a district manager.",
    ),
    (
        "intro_organizations",
        "Our Enid wheat co-op wants drought planning help. Which federal office does that?",
        "I'm a scientist at USDA's Southern Plains climate hub outside Oklahoma City and run dry-spell scenario workshops for grain elevators.",
    ),
    (
        "intro_organizations",
        "Our Amarillo middle schools want an after-school robotics league. Who runs those in the Panhandle?",
        "I coordinate FIRST's LEGO challenge for the region and loan kits plus a season of mentor training to any campus.",
    ),
    (
        "intro_organizations",
        "Our Lubbock cotton gin had two near-misses this fall. Is there a free safety consultation service that won't fine us?",
        "I'm on the OSHA 21(d) advisory team at Texas Tech, doing confidential walkthroughs for agricultural processors with no citations issued.",
    ),
    (
        "intro_organizations",
        "Our Alpine dark-sky committee wants to partner with astronomers on a lighting ordinance.",
        "Our University of Texas telescope complex in the Davis Mountains helps towns draft shielded-fixture rules, and I lead outreach there.",
    ),
    (
        "intro_organizations",
        "Creek Freedmen descendants in our Muskogee church want help researching Dawes Roll ancestors. Which archive assists?",
        "I volunteer at the state history center in Oklahoma City, pulling 1890s tribal enrollment cards for families tracing their lineage.",
    ),
    (
        "intro_organizations",
        "After the tornado, our Joplin congregation needs trained disaster chaplains. Which network deploys them?",
        "I lead the Missouri Baptist storm-response spiritual care unit and can have caregivers on the ground within 24 hours.",
    ),
    (
        "intro_organizations",
        "Our Quincy riverfront is flooding more every spring. Is there a coalition of river mayors sharing flood strategies?",
        "I'm on staff with an alliance of 100-plus municipal leaders along America's largest waterway that swaps levee and buyout playbooks.",
    ),
    (
        "intro_organizations",
        "Our Galesburg train depot is shabby. Does Amtrak have a program for civic groups to adopt stations?",
        "The national passenger carrier's caretaker initiative, where I'm a regional rep, partners with clubs to staff and beautify stops.",
    ),
    (
        "intro_organizations",
        "Our Hopkinsville church wants to support families of deployed soldiers. Which base office coordinates that?",
        "I'm a liaison at the 101st Airborne's readiness desk and match congregations with spouses during long tours.",
    ),
    (
        "intro_organizations",
        "Our Cookeville seniors want a classroom driving refresher that lowers insurance rates. Who offers that?",
        "I teach the retirees' association's eight-hour course for motorists over 55, and completion trims premiums for three years.",
    ),
    (
        "intro_organizations",
        "Our Tupelo furniture plant needs upholsterers. Which community college would build a short training course?",
        "I'm dean of workforce at Itawamba and run fabric-and-frame bootcamps designed with manufacturers' input.",
    ),
    (
        "intro_organizations",
        "Our Selma voting rights museum wants to co-host programs with the National Park Service.",
        "Interpretive rangers like me on the historic trail from the Edmund Pettus Bridge to Montgomery set up joint events with partner institutions.",
    ),
    (
        "intro_organizations",
        "Our Waycross swamp tour business wants to join a conservation coalition fighting mining near the Okefenokee.",
        "I'm an organizer with a Georgia river-protection alliance opposing the titanium dredging proposal at Trail Ridge.",
    ),
    (
        "intro_organizations",
        "¿Hay alguna organización que revise gratis los papeles de la ciudadanía? Somos de El Centro y la solicitud cuesta mucho.",
        "Soy representante acreditada por el Departamento de Justicia en una oficina de Caridades Católicas del Valle Imperial y llenamos formularios N-400 sin costo.",
    ),
    (
        "intro_organizations",
        "Nuestra iglesia en Douglas quiere hermanarse con una parroquia de Agua Prieta. ¿Quién organiza esos hermanamientos?",
        "Colaboro con una red binacional de diócesis de Sonora y Arizona que une congregaciones de ambos lados de la frontera.",
    ),
    (
        "intro_organizations",
        "¿Qué agencia en Guymon ayuda a los trabajadores de la planta de cerdos a reportar lesiones sin miedo?",
        "Soy promotora de un centro de salud laboral en Oklahoma que acompaña a empleados de empacadoras cuando presentan quejas ante OSHA.",
    ),
    (
        "intro_organizations",
        "Buscamos una escuela de música que dé becas a niños en Eagle Pass; tenemos veinte interesados en guitarra.",
        "Dirijo un conservatorio comunitario en la frontera con instructores de mariachi y cuerdas, y la mitad de los alumnos estudia sin pagar.",
    ),
    (
        "intro_organizations",
        "Our Binghamton Ukrainian church is welcoming 30 parolees under U4U. Which agency offers case management for them?",
        "The American Civic Association downtown, where I sit on the board, runs resettlement services and English classes for newcomers from Kyiv and Kharkiv.",
    ),
    (
        "intro_organizations",
        "Dairy farmers around Oneonta are under huge stress. Is there a farm-specific crisis line in New York?",
        "Through my job at Cornell extension, I refer callers to a free hotline whose counselors visit milking families at their kitchen tables confidentially.",
    ),
    (
        "intro_organizations",
        "Our Plattsburgh food co-op wants to buy from Quebec farmers. Is there a cross-border trade office that helps?",
        "Every quarter the North Country Chamber, where I work, runs purchasing matchmaking with Montréal agri-producers and handles customs questions.",
    ),
    (
        "intro_organizations",
        "Our Saranac Lake cure-cottage museum wants a university medical library to help with tuberculosis history.",
        "The special collections archivist I work with at Albany Med curates sanatorium-era records and loves loaning items to regional exhibits.",
    ),
    (
        "intro_organizations",
        "Glens Falls hockey moms want a league for kids who use wheelchairs. Which national body supports that version of the game?",
        "As a board member of the Lake Placid adaptive sports foundation, I work with the governing federation's sled division and its equipment loaner pool.",
    ),
    (
        "intro_organizations",
        "Our Pittsfield GE retirees want to volunteer their engineering skills. Is there a network that places retired pros with nonprofits?",
        "I recruit for a talent-donation clearinghouse in the Berkshires that pairs seasoned experts with charities for three-month projects.",
    ),
    (
        "intro_organizations",
        "Our Greenfield tenants need a community land trust model. Who in Massachusetts has helped towns start one?",
        "The regional housing nonprofit I chair has launched two permanently affordable shared-equity ownership entities in Franklin County and shares its bylaws.",
    ),
    (
        "intro_organizations",
        "Our New Bedford Cape Verdean youth want to meet an offshore wind company about jobs.",
        "I run the community hiring office for the turbine project south of Martha's Vineyard and host career nights for teenagers.",
    ),
    (
        "intro_organizations",
        "Is there a marine trades association in Rhode Island that places interns? Our Westerly high schoolers want boatyard summers.",
        "The state boatbuilders' alliance where I volunteer matches 16- and 17-year-olds with paid yard jobs from June to August.",
    ),
    (
        "intro_organizations",
        "Our Norwich tribal casino employees want ESL and GED classes onsite. Which adult education consortium handles eastern Connecticut?",
        "I direct the regional literacy and high-school-equivalency center in New London County, and we already teach at two hospitals and a factory.",
    ),
    (
        "intro_organizations",
        "Our Torrington library wants a seed library. Is there a network that supplies starter stock?",
        "I manage a Connecticut heirloom exchange that mails free vegetable and flower packets to any branch launching a lending drawer.",
    ),
    (
        "intro_organizations",
        "Our St. Johnsbury senior center needs a meal delivery partner for outlying hill farms.",
        "Northeast Kingdom Council on Aging, where I'm a case manager, contracts the hot-lunch drivers who reach the back roads of Caledonia County.",
    ),
    (
        "intro_organizations",
        "Our Rumford paper mill closed. Which agency runs rapid response for laid-off workers in Maine?",
        "I'm with the state labor department's dislocated-employee unit and set up on-site job fairs and retraining enrollments within a week of a shutdown.",
    ),
    (
        "intro_organizations",
        "Our Skowhegan grist mill buys local grain. Is there a network of regional millers and bakers?",
        "I helped found a Northeast alliance linking oat and wheat farmers with flour processors and artisan bread shops.",
    ),
    (
        "intro_organizations",
        "¿Hay alguna organización en Machias que ayude a los rastrilladores de arándanos con vivienda y clínica?",
        "Trabajo con Mano en Mano en Milbridge, que ofrece albergue temporal, atención médica y clases de inglés a familias de la cosecha.",
    ),
    (
        "intro_organizations",
        "Our Caribou Acadian festival wants to partner with a Canadian cultural group across the border.",
        "I'm on the board of a New Brunswick francophone heritage society in Edmundston that trades performers with Aroostook events every summer.",
    ),
    (
        "intro_organizations",
        "Our Toledo algae-bloom coalition wants a university research partner on Lake Erie water.",
        "I manage a freshwater ecology lab at the Maumee Bay field station, and we share cyanotoxin monitoring data with civic groups.",
    ),
    (
        "intro_organizations",
        "Our Findlay church wants to host a free legal clinic night. Which nonprofit provides volunteer attorneys in northwest Ohio?",
        "I chair the pro bono committee of a civil aid law firm serving 32 counties, and our lawyers staff evening walk-in sessions at congregations.",
    ),
    (
        "intro_organizations",
        "Our Marion vape-free schools push needs a state tobacco prevention partner.",
        "I'm the Grant County coalition lead for Indiana's nicotine cessation initiative and bring student-led curricula into grades six through eight.",
    ),
    (
        "intro_organizations",
        "Our Muncie plant closure left a brownfield. Which agency funds environmental assessment for redevelopment?",
        "I manage contaminated-site cleanup money at the state finance authority and can fast-track a Phase I review for old factory parcels.",
    ),
    (
        "intro_organizations",
        "Our Terre Haute prison ministry wants to partner with a reentry housing network.",
        "The sober-living coalition I volunteer with operates 14 recovery residences in western Indiana for men leaving federal custody.",
    ),
    (
        "intro_organizations",
        "Our Orangeburg HBCU students want paid internships in state government. Who runs those?",
        "I coordinate the capitol summer fellowship, which places undergraduates in cabinet agencies for ten salaried weeks.",
    ),
    (
        "intro_organizations",
        "Our Saginaw block club wants to demolish a burned house next door. Who handles blighted properties in Michigan?",
        "I work at the county land bank, which acquires tax-foreclosed parcels and knocks down dangerous structures, then sells lots to neighbors for $50.",
    ),
    (
        "intro_organizations",
        "Our Alpena divers want to volunteer on shipwreck surveys. Who runs that on Lake Huron?",
        "At Thunder Bay National Marine Sanctuary, where I'm an education specialist, we train recreational scuba clubs to document sunken schooners.",
    ),
    (
        "intro_organizations",
        "Our Traverse City film festival wants a partner that provides audio description for blind moviegoers.",
        "I narrate for a nonprofit that writes and records visual-commentary tracks for theaters, museums and live performances.",
    ),
    (
        "intro_organizations",
        "Our Escanaba hospital needs a regional telepsychiatry partner. Who's doing that in the Upper Peninsula?",
        "I coordinate virtual mental health consults for a Marquette-based health system that covers 15 rural emergency rooms.",
    ),
    (
        "intro_organizations",
        "Our Rhinelander lake association wants help stopping invasive milfoil. Which state program trains boat-launch inspectors?",
        "I run Oneida County's watercraft-check volunteer corps and hold spring workshops at public landings.",
    ),
    (
        "intro_organizations",
        "Our Superior shipyard welders want an apprenticeship partnership with a union.",
        "The Boilermakers local I represent runs a four-year earn-while-you-learn pipeline and has openings at the Fraser docks.",
    ),
    (
        "intro_organizations",
        "Our Sheboygan Hmong elders want a culturally specific adult day program. Any provider doing that?",
        "The Southeast Asian family center I volunteer with runs daytime senior care in Green Bay with aides fluent in White and Green dialects.",
    ),
    (
        "intro_organizations",
        "Our Mankato Dakota memorial committee wants to partner with the tribe on the 38+2 commemoration.",
        "I serve on the Lower Sioux cultural office's planning team, which co-hosts the December reconciliation ride and a 90-mile relay run.",
    ),
    (
        "intro_organizations",
        "Our Willmar Somali business owners want a microlending partner that follows Islamic finance rules.",
        "I run the Sharia-compliant murabaha product at a Minneapolis community lender, with no interest charged.",
    ),
    (
        "intro_organizations",
        "Our Mason City homeless coalition wants to join a statewide point-in-time count network.",
        "I'm on staff at the Iowa Institute for Community Alliances, which runs the annual January census of unsheltered people everywhere outside the big metros.",
    ),
    (
        "intro_organizations",
        "¿Qué organización en Fort Dodge ayuda a las víctimas de fraude de notarios?",
        "Soy paralegal en una oficina de asistencia jurídica de Iowa que demanda a falsos asesores migratorios y recupera el dinero de las familias.",
    ),
    (
        "intro_organizations",
        "Our Ottumwa pork plant workers' kids need a summer STEM camp. Which university runs summer day camps in southeast Iowa?",
        "I coordinate youth science outreach at the Ames land-grant school and bring a traveling lab to small towns for a week in July.",
    ),
    (
        "intro_organizations",
        "Our Scranton parish wants to become a warming center. Who coordinates Code Blue shelters in Lackawanna County?",
        "I dispatch for the regional winter emergency housing network, which activates overnight sites whenever temperatures fall below 20 degrees.",
    ),
    (
        "intro_organizations",
        "Our Altoona youth hunters want a mentored hunting program. Which state agency runs those?",
        "Our Game Commission field days, which I lead as a conservation officer, pair first-timers holding apprentice licenses with experienced sportsmen.",
    ),
    (
        "intro_organizations",
        "Our Hagerstown truck-stop chaplains want to partner with an anti-trafficking network.",
        "I train drivers and fuel-plaza staff for a national nonprofit that teaches the road industry to spot and report sex exploitation.",
    ),
    (
        "intro_organizations",
        "Our Salisbury Haitian congregation wants a Creole-speaking health insurance navigator organization.",
        "The Eastern Shore coverage-access nonprofit I volunteer with employs Kreyòl-fluent enrollment assisters at poultry-town churches.",
    ),
    (
        "intro_organizations",
        "Buscamos una organización en Winchester que dé clases de computación a adultos hispanos por la noche.",
        "Soy voluntaria en la biblioteca Handley, donde un programa gratuito enseña a usar correo, Word y celular a inmigrantes después del trabajo.",
    ),
    (
        "intro_organizations",
        "¿Alguien sabe de una red de doulas que hable español en Valdosta? Varias mamás embarazadas no tienen apoyo.",
        "Coordino un colectivo de acompañantes de parto bilingües en el sur de Georgia que atiende gratis a mujeres del campo.",
    ),
    (
        "intro_organizations",
        "Which group runs bipartisan listening sessions? Our Williamsport town is split over a library book challenge.",
        "I'm a trained moderator with Braver Angels' Pennsylvania alliance, which hosts red-blue workshops that lower the temperature without picking sides.",
    ),
    (
        "intro_organizations",
        "Our Cambridge, Maryland watermen want a partner to rebuild oyster reefs on the Chesapeake. Who does that?",
        "I coordinate a Bay restoration nonprofit that collects restaurant shells, cures them, and plants spat on sanctuary bars.",
    ),
    (
        "intro_organizations",
        "Is there a statewide network that trains people to run community mediation? Our Staunton neighbors' disputes keep ending up in court.",
        "I direct a Shenandoah Valley conflict-resolution center certified by Virginia's judiciary, and our volunteer facilitators handle everything from barking dogs to boundary fights.",
    ),
    (
        "intro_organizations",
        "Our Rocky Mount church wants to host a free record-expungement clinic. Which group brings lawyers and paperwork?",
        "A Raleigh nonprofit I work for as a paralegal sends its second-chance team to file petitions sealing old convictions at fellowship halls and community centers.",
    ),
    (
        "intro_organizations",
        "Our Wilkesboro bluegrass festival wants a public radio station as a media partner.",
        "I manage underwriting at WNCW, the mountain music FM signal out of Spindale, and we trade on-air mentions for booth space.",
    ),
    (
        "intro_organizations",
        "Does anyone know of a diaper bank serving the Wiregrass? Moms at our Dothan clinic are rationing.",
        "I'm on the board of an Alabama nonprofit that warehouses donated infant supplies and wipes and stocks 40 pantries where three states meet.",
    ),
    (
        "intro_organizations",
        "Our Columbus, Mississippi high school wants a Model UN chapter. Which group supports new teams?",
        "We're a national nonprofit that trains advisers and sends delegations to diplomacy simulations on Southern campuses; I direct the region.",
    ),
    (
        "intro_organizations",
        "Our Dyersburg parents want to start a unified sports team for kids with intellectual disabilities. Who charters those?",
        "I'm an area director for the global athletic movement founded by Eunice Kennedy Shriver, and I certify new West Tennessee coaches.",
    ),
    (
        "intro_organizations",
        "Our Somerset food pantry wants to join the Feeding America network. Who's the area partner?",
        "I coordinate member agencies for the Lexington-based regional warehouse that supplies 50 Kentucky counties with groceries at no cost.",
    ),
    (
        "intro_organizations",
        "Which organization runs Ag in the Classroom in Missouri? Our Sedalia teachers want farm curriculum for third grade.",
        "I'm an education coordinator for the state's largest producers' federation and mail free lesson kits about soybeans, cattle and pollinators to any primary school that requests them.",
    ),
    (
        "intro_organizations",
        "Our Ardmore Chickasaw youth want to visit a tribal college. Who coordinates campus tours?",
        "The Comanche Nation's two-year school in Lawton, where I recruit, organizes free bus trips for Native high schoolers.",
    ),
    (
        "intro_organizations",
        "Our Nacogdoches timber families want a forestry cooperative to market small woodlots together.",
        "I help East Texas landowners with 20 to 200 acres pool pine sales through a shared-selling association.",
    ),
    (
        "intro_organizations",
        "Our Wailuku taro farmers want a partner to restore stream flow to their loʻi.",
        "I'm an organizer with a Native Hawaiian water-rights group that won a Commission ruling returning diverted water to Nā Wai ʻEhā.",
    ),
    (
        "intro_organizations",
        "Our Astoria cannery history project needs a museum partner with Scandinavian fishing archives.",
        "Our waterfront maritime institution downtown has fully indexed Finnish and Norwegian gillnetter records, and I'm a curator there.",
    ),
    (
        "intro_organizations",
        "Is there a search-and-rescue dog team that trains with small sheriffs' departments? Our La Grande posse needs one.",
        "I handle a trailing bloodhound with a Blue Mountains K-9 unit that drills monthly with rural deputies and responds within two hours.",
    ),
    (
        "intro_organizations",
        "Our Klamath Falls tribes and ranchers want a neutral convener on water. Who facilitates those talks?",
        "I'm a senior mediator with a university-based consensus center that has run basin-wide negotiations between irrigators and Indigenous nations.",
    ),
    (
        "intro_organizations",
        "Our Port Angeles S'Klallam youth want a partner for canoe journey safety training.",
        "Our Coast Guard Auxiliary flotilla teaches paddlecraft and cold-water survival courses for tribal pullers.",
    ),
    (
        "intro_organizations",
        "Our Bellingham makerspace wants to join a national network of fab labs for equipment discounts.",
        "I'm a regional coordinator for the MIT-born federation of laser-cutter and CNC workshops, which negotiates group pricing with vendors.",
    ),
    (
        "intro_organizations",
        "Our Moscow co-op grocery wants to source from a refugee agricultural incubator. Is there one nearby?",
        "I manage plots at a Spokane-area training farm where Congolese and Afghan newcomers grow vegetables for wholesale.",
    ),
    (
        "intro_organizations",
        "Our Salmon, Idaho outfitters want to honor fish returns with the Shoshone-Bannock. Who's the contact office?",
        "I'm with the Fort Hall tribes' natural resources department, which runs the Chinook reintroduction and hosts a feast each August.",
    ),
    (
        "intro_organizations",
        "Our Powell library wants to host a Smithsonian traveling exhibit. Who runs that for small towns?",
        "I coordinate the state humanities council's touring display partnership with the national museum complex on the Mall, which places shows in communities under 20,000.",
    ),
    (
        "intro_organizations",
        "Our Riverton hospital wants to co-run a blood-sugar program with the federal tribal health system. Who's the contact?",
        "I'm a nurse educator at the Fort Washakie IHS unit's diabetes prevention initiative and team-teach cooking and walking classes with outside providers.",
    ),
    (
        "intro_organizations",
        "Our Fallon Navy-town schools want a partnership with the base's STEM outreach. Who handles that?",
        "I do public affairs at the Top Gun training installation in Churchill County and schedule pilots and engineers for classroom visits.",
    ),
    (
        "intro_organizations",
        "Our Richfield seniors need rides to the VA hospital in Salt Lake. Is there a volunteer van network?",
        "I coordinate the Disabled American Veterans' transportation program for central Utah; our drivers make the 160-mile run three days a week.",
    ),
    (
        "intro_organizations",
        "Our Show Low church wants to partner with a ministry that builds beds for kids sleeping on floors.",
        "I lead the White Mountains chapter of a national charity that assembles bunk frames, adds mattresses and quilts, and delivers them to children on Saturdays.",
    ),
    (
        "intro_organizations",
        "Is there a statewide coalition fighting rural hunger that our Watertown churches could join?",
        "I staff an anti-poverty alliance of congregations and food banks in South Dakota that lobbies on school meals and SNAP.",
    ),
    (
        "intro_organizations",
        "Our Jamestown buffalo museum wants to partner with the ranchers who raise them commercially.",
        "The national bison producers' association in Westminster, whose board I'm on, can line up herd tours and meat tastings.",
    ),
    (
        "intro_organizations",
        "Our McCook railroad-era hotel restoration needs a state historic tax credit contact.",
        "I review rehabilitation incentive applications at Nebraska's preservation office in Lincoln.",
    ),
    (
        "intro_organizations",
        "Our Fort Smith Vietnamese nail salon owners want a workplace health program about chemical exposure.",
        "I'm a bilingual outreach educator with a national manicurist safety collaborative that trains technicians on ventilation, gloves and safer polishes.",
    ),
    (
        "intro_organizations",
        "Our Pine Bluff catfish farmers need an aquaculture research partner.",
        "Free pond water tests and disease diagnostics for growers are what I do as a veterinary pathologist at the university's Lonoke aquatic station.",
    ),
    (
        "intro_organizations",
        "Our Hot Springs homeless outreach wants a partner with a mobile shower trailer.",
        "I drive for a church-run nonprofit that converted an old school bus into three warm-water stalls and visits camps twice weekly.",
    ),
    (
        "intro_organizations",
        "Our Texarkana church wants a partner to deliver December gifts to children of incarcerated parents.",
        "I'm a regional coordinator for the Prison Fellowship holiday ministry, which lets moms and dads behind bars send presents through local congregations.",
    ),
    (
        "intro_organizations",
        "Our Tyler library wants to join the state's talking-book service for blind patrons.",
        "I'm a reader advisor for the Texas archives' free audio and braille lending desk, which mails cartridges and players to anyone with a print disability.",
    ),
    (
        "intro_organizations",
        "Our Victoria refinery neighborhood wants independent air monitoring. Who lends monitors?",
        "Our Gulf Coast environmental justice group installs low-cost particulate sensors on porches and trains residents to read the data.",
    ),
    (
        "intro_organizations",
        "Our Brenham German heritage society wants a sister partnership with an organization in Germany.",
        "I volunteer with an alliance that links Hill Country towns with Vereine in Lower Saxony for exchange trips.",
    ),
    (
        "intro_organizations",
        "Nuestra escuela en Kerrville quiere un programa de mentores para estudiantes de primera generación que quieren ir a la universidad.",
        "Coordino en Texas una organización que asigna consejeros voluntarios a jóvenes cuyos padres no cursaron más allá de la prepa, desde la solicitud hasta la graduación.",
    ),
    (
        "intro_organizations",
        "¿Hay alguna organización en San Angelo que ofrezca cursos de primeros auxilios en español para trabajadores del campo petrolero?",
        "Soy instructora certificada de la Cruz Roja y doy clases de RCP y emergencias para cuadrillas de perforación en la Cuenca Pérmica.",
    ),
    (
        "intro_organizations",
        "Buscamos una cooperativa de vivienda o fondo comunitario que ayude a familias de Odessa a comprar casas móviles y el terreno.",
        "Trabajo con una red nacional que convierte parques de trailas en propiedad de sus residentes y consigue préstamos justos.",
    ),
    (
        "intro_organizations",
        "¿Conocen algún grupo en Hobbs que entrene a promotoras para hablar de salud mental en las iglesias?",
        "Formo parte de una alianza de Nuevo México que capacita a líderes comunitarias en primeros auxilios emocionales y prevención del suicidio.",
    ),
    (
        "intro_organizations",
        "Is there a national org that helps small towns build a playground in a single day? Our Raton park has rusted equipment.",
        "KaBOOM!, where I manage projects, brings a corporate sponsor plus 200 workers to put up a kid-designed recreation structure in six hours.",
    ),
    (
        "intro_organizations",
        "Our Steamboat Springs ranch heritage group wants a land trust to protect hay meadows.",
        "The Yampa Valley conservation easement nonprofit where I volunteer has locked up 60,000 acres of working ground from subdivision and takes calls from families considering deals.",
    ),
    (
        "intro_organizations",
        "Our Hailey public library wants to offer free telescope lending. Who supplies the scopes?",
        "An astronomy club federation I belong to donates modified Orion StarBlast reflectors to branches and shows desk staff how to maintain them.",
    ),
    (
        "intro_organizations",
        "Our Pullman students want to start a campus food pantry. Is there a national association for college pantries?",
        "Through my job in the dean's office at WSU, I belong to a countrywide alliance of higher-ed hunger programs that shares launch toolkits.",
    ),
    (
        "intro_organizations",
        "Our Ellensburg rodeo wants an animal welfare certifier so activists stop targeting us.",
        "The professional cowboy association's livestock care committee, which I sit on, sends veterinarians to audit stock handling at member events.",
    ),
    (
        "intro_organizations",
        "Our Longview parents want to start a chapter of a dads' school volunteer program.",
        "As Northwest coordinator for WATCH D.O.G.S., I help put fathers and grandfathers in hallways and lunchrooms one day a year each.",
    ),
    (
        "intro_organizations",
        "Which office approves how much the big data center in The Dalles can pump from the river?",
        "As a Wasco County watermaster for Oregon's allocation agency, I can pull every industrial withdrawal record on file.",
    ),
    (
        "intro_organizations",
        "Our Roseburg timber town wants a partner that turns vacant lots into community gardens.",
        "The Umpqua food-security coalition I help lead builds raised plots on donated parcels and supplies compost, soil and tools.",
    ),
    (
        "intro_organizations",
        "Our Medford Latino small businesses want a chamber that operates in Spanish.",
        "I'm treasurer of a bilingual commerce association in the Rogue Valley that runs permit help and marketing workshops for Mexican and Central American entrepreneurs.",
    ),
    (
        "intro_organizations",
        "Our Ukiah cannabis growers want to go legal. Which agency licenses cultivation in California?",
        "I'm a permit analyst at Sacramento's marijuana regulatory department and hold provisional approval clinics in Mendocino County.",
    ),
    (
        "intro_organizations",
        "Our Oroville neighborhood wants emergency evacuation training for Hmong and Sikh families. Who does multilingual readiness?",
        "The Butte County preparedness alliance I volunteer with prints go-bag checklists and runs drills with interpreters from the gurdwara and Laotian community centers.",
    ),
    (
        "intro_organizations",
        "Our Placerville gold-rush museum wants a university partner for an archaeology dig.",
        "Sacramento State's anthropology faculty run a summer field school on mining-camp sites and welcome county collaborators.",
    ),
    (
        "intro_organizations",
        "Our Bishop Paiute youth want a partner that teaches traditional pine-nut harvesting.",
        "The Owens Valley tribal cultural center I work at runs autumn piñon camps in the White Mountains with elders.",
    ),
    (
        "intro_organizations",
        "After the 2019 quakes, our Ridgecrest school wants a seismology partner for a classroom sensor.",
        "Caltech's ground-motion lab, where I do outreach, installs Raspberry Shake units for teachers and streams the data live.",
    ),
    (
        "intro_organizations",
        "Our Indio date farmworkers need heat-illness protection. Which group trains crews?",
        "Promotoras from a Coachella Valley labor rights center teach shade, water and rest rules in Spanish and Purépecha at dawn.",
    ),
    (
        "intro_organizations",
        "Our Lake Havasu City retirees want to join a citizen science program monitoring water quality.",
        "I coordinate Arizona Game and Fish's volunteer sampling corps, which lends kits for testing dissolved oxygen and algae along the Colorado.",
    ),
    (
        "intro_organizations",
        "Our Sierra Vista hummingbird festival wants a bird-banding partner.",
        "I hold a federal marking permit with an observatory nonprofit in Bisbee that runs public capture-and-release demos at outdoor events.",
    ),
    (
        "intro_organizations",
        "Our Casa Grande Tohono O'odham students want a partner for a traditional foods garden.",
        "A Sells-based community action nonprofit I staff revives tepary bean and squash farming with desert youth.",
    ),
    (
        "intro_organizations",
        "Our Cortez high school wants a partner on the Ute Mountain reservation for a shared mural.",
        "The tribal arts council in Towaoc, where I volunteer, pairs Native painters with outside institutions for wall projects.",
    ),
    (
        "intro_organizations",
        "Our Kanab animal sanctuary wants a national transport partner to move dogs to adopters back East.",
        "I fly for a volunteer aviation network that carries rescued pets from Utah shelters to foster homes on the Atlantic seaboard.",
    ),
    (
        "intro_organizations",
        "Our Tooele depot town wants a partner to monitor chemical weapons site cleanup.",
        "I serve on the citizens' advisory commission that oversees the Army's nerve-agent disposal at Deseret and hosts public briefings quarterly.",
    ),
    (
        "intro_organizations",
        "Our Dillon cattle ranchers want a partner for wolf-conflict prevention.",
        "Our Montana nonprofit funds range riders, night patrols, fladry fencing and guard dogs to keep predators off calving grounds.",
    ),
    (
        "intro_organizations",
        "Our Hamilton seniors want to join a national village network for aging in place.",
        "I help lead the Bitterroot chapter of a membership movement born on Boston's Beacon Hill that arranges rides, handymen and social calls so elders stay home.",
    ),
    (
        "intro_organizations",
        "Our Glendive irrigation district needs a partner on Yellowstone River fish passage.",
        "The Nature Conservancy's Montana office, where I work, co-built the Intake bypass channel for pallid sturgeon with the Corps.",
    ),
    (
        "intro_organizations",
        "Our Devils Lake school wants to partner with the Spirit Lake Nation's college.",
        "I'm an admissions counselor at Cankdeska Cikana in Fort Totten and set up dual-credit classes for nearby districts.",
    ),
    (
        "intro_organizations",
        "Our Valley City nursing students need a rural simulation lab partner.",
        "I schedule a semi-trailer full of high-fidelity mannequins that a Fargo hospital system drives to small colleges and critical-access facilities.",
    ),
    (
        "intro_organizations",
        "Our Huron meatpacking town has 300 youth soccer players and no officials. Who trains refs?",
        "I'm South Dakota's grassroots whistle administrator for the national federation and run entry-level courses for teens and adults any weekend.",
    ),
    (
        "intro_organizations",
        "Our Vermillion students want to join a national campus voter registration network.",
        "Our nonpartisan coalition trains college ambassadors to sign up classmates before every election, and I organize the region.",
    ),
    (
        "intro_organizations",
        "Our Hastings library wants to lend internet hotspots. Who provides discounted data plans?",
        "The national nonprofit where I manage programs negotiates cheap unlimited LTE through the federal E-Rate for schools and branches.",
    ),
    (
        "intro_organizations",
        "Our Junction City army wives from Seoul need a church that worships in their language.",
        "I'm a deacon at a Hangul-speaking Presbyterian congregation off the post that runs a welcome ministry for military spouses.",
    ),
    (
        "intro_organizations",
        "Our Chanute aviation museum wants to partner with the Civil Air Patrol for a cadet squadron.",
        "As a wing recruiting officer for the uniformed flying auxiliary, I can charter a new teen unit with six adult members.",
    ),
    (
        "intro_organizations",
        "Our Bartlesville Osage families want help getting their headright estate records. Which agency holds those?",
        "I work at the federal trust office in Pawhuska that maintains mineral-interest probate files and can schedule heir appointments.",
    ),
    (
        "intro_organizations",
        "Our Ponca City library wants a book club kit supplier.",
        "I manage a statewide lending service that mails boxes of ten identical paperbacks plus discussion guides to reading groups for six weeks.",
    ),
    (
        "intro_organizations",
        "A semiconductor plant is coming to Sherman. Which community college runs chip-technician training?",
        "I'm workforce dean at the Denison two-year campus building a cleanroom lab for wafer-fab operators with Texas Instruments.",
    ),
    (
        "intro_organizations",
        "Our Lufkin foster parents keep receiving kids with nothing but a trash bag of belongings. Who outfits them?",
        "An East Texas charity I volunteer at gives children entering state care a suitcase, pajamas and a week of clothes at no cost.",
    ),
    (
        "intro_organizations",
        "Our Johnson City medical school wants to partner with a rural church network for health screenings.",
        "I coordinate a parish-nurse alliance of 120 Appalachian congregations that hosts blood pressure and A1C checks after Sunday services.",
    ),
    (
        "intro_organizations",
        "Our Opelika church wants to start a GriefShare group. Who provides the curriculum?",
        "I lead a 13-week video-based bereavement course published by a Christian ministry in Wake Forest, and the kit costs under $100.",
    ),
    (
        "intro_organizations",
        "¿Existe un programa en Chula Vista que enseñe a los papás a usar el portal de calificaciones de la escuela?",
        "Coordino un proyecto de la fundación de padres del distrito que da talleres bilingües de tecnología para familias, con cuidado de niños incluido.",
    ),
    (
        "intro_organizations",
        "Buscamos una organización en Statesboro que dé clases de ciudadanía gratis para los trabajadores de la granja de pollos.",
        "Soy voluntario en un centro de recursos para inmigrantes en el condado de Bulloch que prepara para el examen de naturalización los domingos.",
    ),
    (
        "intro_organizations",
        "¿Alguien conoce un grupo en Morristown que acompañe a víctimas de accidentes de tránsito sin seguro?",
        "Colaboro con un centro comunitario hispano del este de Tennessee que orienta a lesionados en choques, negocia facturas médicas y busca abogados.",
    ),
    (
        "intro_organizations",
        "Nuestra cooperativa de limpieza en Clarksville quiere aprender a manejar contratos con empresas grandes. ¿Quién asesora a cooperativas?",
        "Trabajo para una red nacional de negocios de propiedad obrera que capacita a socias latinas en licitaciones, precios y seguros.",
    ),
    (
        "volunteers",
        "Looking for six people with strong backs to unload a 26-foot semi of donated canned goods at our Yakima warehouse this Saturday at 7 a.m.",
        "Our high school wrestling team does a service morning every month; the coach brings about a dozen kids who are used to lifting and early starts.",
    ),
    (
        "volunteers",
        "Anyone know folks who could drive cancer patients from Hays to chemo in Wichita? It's a three-hour round trip, usually Tuesdays.",
        "Retired rural mail carrier, spotless record, own a roomy sedan, happy to spend a whole weekday on the highway if somebody wants a lift.",
    ),
    (
        "volunteers",
        "Our after-school program in Gallup has forty third graders who read below grade level. Could anyone spare an hour twice weekly to sit and listen to them?",
        "My sorority chapter on the local branch campus has members earning service credit; several are elementary education majors who want practice with young learners.",
    ),
    (
        "volunteers",
        "The roof of Miss Edna's house blew half off in last week's storm near Tupelo and she's 84. Who could come patch it before Friday's rain?",
        "I run a crew of retired union carpenters who do free emergency Saturday repairs, shingles and tarps included, for widows and elderly homeowners across north Mississippi.",
    ),
    (
        "volunteers",
        "Could use a dozen sewists to turn donated fleece into 300 blankets for the NICU at Sioux Falls before Christmas.",
        "Our quilting guild meets Wednesday mornings at First Lutheran with eleven machines and a lot of grandmas who finish projects fast.",
    ),
    (
        "volunteers",
        "Who can help me cook for 150 people at a funeral dinner on Thursday? The family is from our parish in Dubuque and can't manage it.",
        "The Altar and Rosary Society ladies have fed bereavement lunches for forty years; give us a day's notice and we bring ham, scalloped potatoes and bars.",
    ),
    (
        "volunteers",
        "Our animal shelter in Bend is overflowing with dogs who haven't been walked in days. Looking for people to come by weekday afternoons.",
        "I coordinate the cross-country team's off-season service; about twenty runners are free after 3:30 and would love to jog with pups.",
    ),
    (
        "volunteers",
        "Need callers to reach 400 lapsed members of our credit union in Burlington about a new fee refund.",
        "I lead a retirees' club of former telemarketing supervisors and switchboard operators who enjoy working a telephone list from their kitchens.",
    ),
    (
        "volunteers",
        "Is there anyone who could chaperone a bus of 45 eighth graders to the state capitol in Pierre next month?",
        "Three of us are retired middle school teachers in Mitchell who still miss field trips and have current background checks.",
    ),
    (
        "volunteers",
        "Our community garden in Flint needs weeding every week through August and the two of us running it are exhausted.",
        "The Boys & Girls Club summer camp wants outdoor service projects for its teen counselors-in-training, ten kids, mornings Monday through Thursday.",
    ),
    (
        "volunteers",
        "Looking for people who can swing a hammer on a wheelchair ramp build for a disabled vet in Bangor on Saturday, June 14.",
        "Our Home Depot store team gets eight paid hours a quarter for service; we have guys who've built decks and can bring a miter saw.",
    ),
    (
        "volunteers",
        "How do I find people to sort and shelve 12,000 donated books before our library's spring sale in Ames?",
        "Iowa State's honors society owes the dean fifty service hours this semester and prefers indoor, organize-things kind of work.",
    ),
    (
        "volunteers",
        "Our trail network outside Missoula lost dozens of trees in the windstorm. Who has chainsaw skills and a free weekend?",
        "I'm a retired Forest Service sawyer, certified B-faller, and I can bring two buddies from the smokejumper alumni group.",
    ),
    (
        "volunteers",
        "Anyone around Hilo who can sit with my dad, who has dementia, for a few hours Wednesday so I can get to my own appointments?",
        "Hospice-trained companion, retired from nursing with years on a memory care unit; my midweek days are open and I live in Puna.",
    ),
    (
        "volunteers",
        "Our Habitat affiliate in Chattanooga has a house framing day for 30 workers and only twelve signed up.",
        "Our insurance office does a team service outing each quarter, 22 employees; we've raised walls for low-income homeownership projects before and own our hard hats.",
    ),
    (
        "volunteers",
        "Looking for bilingual folks to staff tables at a free health fair in Dodge City on May 3, mostly helping families fill out intake forms.",
        "I teach AP Spanish at the high school and a dozen of my heritage-speaking students want service hours on weekends.",
    ),
    (
        "volunteers",
        "Who could shovel walks for about 25 homebound seniors in Fargo after each big snowfall this winter?",
        "Our NDSU football players must log community hours in the off-season and the strength coach loves anything involving cold and heavy work.",
    ),
    (
        "volunteers",
        "Our church is packing 10,000 meals for Haiti on a Sunday afternoon in Lancaster and we're short about 60 pairs of hands.",
        "My Mennonite youth fellowship has 40 teens and parents who like assembly-line service, free most weekends after worship.",
    ),
    (
        "volunteers",
        "We need people to stand at water stations along mile 8 to 12 of the Lincoln half marathon from 6 to 10 a.m.",
        "Our Scout troop of 18 boys plus dads does race support every year and brings its own pop-up tents and coolers.",
    ),
    (
        "volunteers",
        "Could a few people come help us clean and paint the fellowship hall at Bethel AME in Columbia? Walls are peeling badly.",
        "Retired contractor who did commercial interior finish work for 30 years; I have drop cloths, rollers and ladders, and my grandsons join me weekends.",
    ),
    (
        "volunteers",
        "Who can tutor GED students in math two evenings a week at the adult learning center in Pine Bluff?",
        "Retired engineer from the paper mill, good at explaining fractions and algebra to grown-ups, free after supper most nights.",
    ),
    (
        "volunteers",
        "Our farm in Kewaunee County has 200 bales of hay on the ground and rain coming tomorrow. Any hands tonight?",
        "4-H dads and teenagers around here will drop everything to beat weather; text me and I'll have a crew with two flatbeds in an hour.",
    ),
    (
        "volunteers",
        "Looking for a Santa and three elves for our children's hospital ward visit in Omaha on December 20.",
        "Jolly retired firefighter with a real white beard and a velvet suit; my wife and two granddaughters come along in green.",
    ),
    (
        "volunteers",
        "Anyone willing to read to residents at Meadowbrook nursing home in Boise? Many have lost their sight and miss the newspaper.",
        "I was a radio announcer for 35 years and have a free Tuesday; I'd love to put my voice to good use.",
    ),
    (
        "volunteers",
        "Need ten folks to knock doors in the Eastside neighborhood of Stockton and drop off free smoke detector sign-up cards.",
        "Our AmeriCorps team of nine is placed with the county for the year and has Friday afternoons open for canvassing.",
    ),
    (
        "volunteers",
        "Our Little League in Laramie has no umpires for Saturday games this spring. Could anyone learn the rules and call balls and strikes?",
        "Former college catcher, now an accountant, who still watches every pitch and has weekends free now that my own kids are grown.",
    ),
    (
        "volunteers",
        "How can I get a crew to pick up trash along four miles of the Kanawha riverbank near Charleston in April?",
        "Our kayak club paddles every Sunday and members are always looking for a reason to pull junk out of the water.",
    ),
    (
        "volunteers",
        "Our soup kitchen in Tacoma is short three cooks on Monday mornings; we serve about 120 breakfasts.",
        "Culinary arts students at the technical college owe externship time and two of them are eager to run an eggs-and-potatoes line early.",
    ),
    (
        "volunteers",
        "Is anyone able to teach a basic sewing class to refugee women at our center in Bowling Green on Thursday evenings?",
        "I owned an alterations shop for 28 years, just retired, and I have four spare machines I'd bring along.",
    ),
    (
        "volunteers",
        "We're hosting a Special Olympics bowling meet in Springfield and need 25 buddies to cheer and keep score.",
        "Our bank branch staff gets a paid service day each year; fifteen of us signed up to spend it with athletes with disabilities.",
    ),
    (
        "volunteers",
        "Could someone drive our mobile pantry van to three trailer parks around Yuma on Wednesday mornings? It's a big 15-seater.",
        "Retired school bus operator, clean record, available midweek, very comfortable behind the wheel of anything long.",
    ),
    (
        "volunteers",
        "Our Catholic Charities office in Lafayette wants Cajun French speakers to visit elderly shut-ins who never learned English well.",
        "Retired LSU professor of Francophone studies, grew up in Breaux Bridge chatting with my mémère, and I love long afternoons of conversation over coffee.",
    ),
    (
        "volunteers",
        "Anybody have a few hours to help older folks in Rapid City set up their new smartphones and learn video calls?",
        "Our high school robotics club runs a gadget clinic at senior centers; the kids are patient and great with grandparents.",
    ),
    (
        "volunteers",
        "Looking for 12 drivers with pickups to haul donated furniture to newly arrived Afghan families around Sacramento this weekend.",
        "Our men's Bible study meets Saturday at dawn and six of us own trucks; we've moved refugee households before.",
    ),
    (
        "volunteers",
        "Who can cover the overnight slot at our warming shelter in Duluth, 10 p.m. to 6 a.m., once a week?",
        "Graveyard-shift ER nurse on a four-on, three-off rotation; on my off days I'm wide awake at 3 a.m. anyway and would rather be useful.",
    ),
    (
        "volunteers",
        "Our museum in Santa Fe is opening a new gallery and wants docents who can give tours on weekends.",
        "Retired anthropology teacher, lived at Zuni Pueblo for a decade, and I never tire of talking about pottery and weaving with visitors.",
    ),
    (
        "volunteers",
        "Help! Our Thanksgiving basket giveaway in Savannah needs 40 people to bag turkeys and sides on the Tuesday before.",
        "My Delta alumnae chapter turns out in crimson every November for service, usually thirty sisters strong; give us a date and a location.",
    ),
    (
        "volunteers",
        "Is there a group that could staff the kids' games booth at our county fair in Tillamook for two afternoons?",
        "Our FFA officers run carnival-style activities at every school event and want more public service on their record.",
    ),
    (
        "volunteers",
        "Could we get people to write letters to deployed soldiers from Fort Drum families? Looking for 200 letters by Memorial Day.",
        "Our fourth-grade classes at Lincoln Elementary do a pen pal unit every spring and the teachers would love real recipients.",
    ),
    (
        "volunteers",
        "Anyone know people who'd knit hats for the 300 newborns born each winter at our hospital in Presque Isle?",
        "The yarn circle at my Methodist church meets Tuesdays and has been looking for a project after finishing prayer shawls.",
    ),
    (
        "volunteers",
        "Our 1850s Black cemetery in Natchez is overgrown; we'd like a crew to clear brush and reset fallen headstones on a Saturday in March.",
        "The Alcorn State history club and our advisor spend spring service days on heritage sites; 15 students, loppers and gloves provided.",
    ),
    (
        "volunteers",
        "Looking for men to sit with teenage boys at the juvenile detention center in Billings for a weekly card game and conversation.",
        "Our fellowship of dads has eight guys who've raised sons and want a standing Thursday evening doing something that matters.",
    ),
    (
        "volunteers",
        "Anyone know quilters who'd make 40 Quilts of Valor for Honor Flight veterans leaving from Knoxville in May?",
        "Our patchwork bee of nine retirees has finished 200 red, white and blue lap covers since 2015 and takes commissions for free.",
    ),
    (
        "volunteers",
        "Our food bank in Reno is desperate for forklift-certified warehouse helpers on weekday mornings.",
        "I'm a retired Teamster who drove a pallet jack and a Hyster on a dock for 25 years, and I'm free before noon most days.",
    ),
    (
        "volunteers",
        "How do we find volunteers to plant 2,000 oak seedlings on the reclaimed strip mine outside Pikeville?",
        "Our university's forestry club logs field hours each spring and brings 30 students with dibble bars.",
    ),
    (
        "volunteers",
        "Our youth soccer league in Nampa has 14 teams and no coaches for the U8 division.",
        "I played D2 in college, just moved here for work, and miss being on a pitch; evenings and Saturdays free.",
    ),
    (
        "volunteers",
        "Could anyone run the bingo caller's table at our assisted living home in Aberdeen on Friday afternoons?",
        "Retired auctioneer with a loud clear voice who loves older crowds; I'm free at the end of every week.",
    ),
    (
        "volunteers",
        "Need a few people to sit with kids in the church nursery during our Wednesday night recovery meetings in Joplin.",
        "I'm a retired preschool teacher with CPR certification who adores toddlers; midweek evenings suit me best.",
    ),
    (
        "volunteers",
        "Our river town of Hannibal is sandbagging ahead of the crest Thursday; we want 200 bodies at the levee by dawn.",
        "Our National Guard armory's family readiness group can mobilize spouses and teen kids by text in under four hours.",
    ),
    (
        "volunteers",
        "Who could spend Saturday mornings teaching bike maintenance to kids at our Camden youth center?",
        "I own a small cycle repair shop and close early on weekends; I'd bring stands, tools and spare tubes.",
    ),
    (
        "volunteers",
        "Looking for ESL conversation partners for Ukrainian newcomers in Sioux City, an hour a week over coffee.",
        "Retired Morningside College English professor with patience and an open calendar; I also speak some Russian.",
    ),
    (
        "volunteers",
        "Our Meals on Wheels route in Keene has eight stops with no driver on Mondays.",
        "I'm a semi-retired real estate agent who already cruises the whole county by car and has flexible weekdays.",
    ),
    (
        "volunteers",
        "Is there a crew that could clear the walkways of our 12 Houghton churches after lake-effect storms?",
        "Michigan Tech's honor society has students with snowblowers who owe winter service hours.",
    ),
    (
        "volunteers",
        "Our Hispanic chamber's 5K in Pueblo needs course marshals in orange vests at 14 intersections.",
        "The county sheriff's explorer post has 16 teens trained in traffic direction who like to show up in uniform.",
    ),
    (
        "volunteers",
        "Anyone able to build and deliver 20 raised garden beds for seniors in Albuquerque's South Valley this spring?",
        "My shop class of 24 juniors at Rio Grande High wants real projects; we have lumber budget left and a trailer.",
    ),
    (
        "volunteers",
        "Our fish fry in Toledo serves 900 plates every Lenten Friday and we're short on batter dippers and fryer tenders.",
        "Our Knights of Columbus council has twenty guys who've worked the oil at parish picnics for decades.",
    ),
    (
        "volunteers",
        "Looking for teens to help elderly neighbors in Brattleboro rake leaves and clean gutters before the first frost.",
        "Our high school ski team does dryland training in October and the coach wants a community project each weekend.",
    ),
    (
        "volunteers",
        "Could anyone staff a welcome table at the bus station in McAllen for asylum seekers arriving at night?",
        "Our Catholic sisters' retreat house has eight women who keep vigil hours and would gladly greet travelers after dark.",
    ),
    (
        "volunteers",
        "We run a free tax clinic in Greensboro and want people who can greet clients and check IDs on Saturday mornings in February.",
        "Our A&T chapter of the accounting honor society logs service hours every filing season, weekends included.",
    ),
    (
        "volunteers",
        "Is anyone free to help us pack up and move a 3,000-book classroom library in Tuscaloosa this June?",
        "The Crimson Tide rowing team has strong arms and a summer service requirement; coach says eight athletes available.",
    ),
    (
        "volunteers",
        "Our farmers market in Durango needs early birds to set up tents and tables at 6 a.m. every Saturday.",
        "I'm a Fort Lewis College student who works the dawn shift at a bakery, so I'm up anyway; I'll bring my roommates.",
    ),
    (
        "volunteers",
        "How can I find people to sing carols at four nursing homes in Muncie on the Sunday before Christmas?",
        "Our barbershop chorus has 22 voices and a repertoire of December standards, always free for shut-ins and care centers.",
    ),
    (
        "volunteers",
        "Looking for a crew to paint over graffiti along the underpass in East St. Louis once a month.",
        "Our finishing trades apprentice program assigns first-years to community jobs; I can send six with sprayers and rollers.",
    ),
    (
        "volunteers",
        "Our tribal language camp at Fort Yates needs cooks to feed 60 kids three meals a day for a week in July.",
        "A trio of aunties from our community kitchen make frybread, soup and buffalo stew for powwows and will gladly serve anywhere summer-long.",
    ),
    (
        "volunteers",
        "Seeking a few mechanics to check tire pressure and oil for single moms at a free car care day in Lansing.",
        "Our community college's automotive tech students run a service bay and want outreach clinics every spring.",
    ),
    (
        "volunteers",
        "Buscamos voluntarias que cosan cubrebocas y batas para la clínica de Pharr, unas 200 piezas para fin de mes.",
        "Somos un grupo de costureras jubiladas de la iglesia de San Juan; tenemos seis máquinas y nos juntamos los martes.",
    ),
    (
        "volunteers",
        "¿Alguien puede llevar a señoras mayores de Santa Ana a sus citas médicas los jueves por la mañana?",
        "Soy maestro jubilado, tengo una camioneta de siete asientos y mis semanas están libres; me gusta platicar en el camino.",
    ),
    (
        "volunteers",
        "Nos hace falta gente que sirva tamales y champurrado en la posada de la parroquia en Pasco el 20 de diciembre.",
        "El club juvenil de danza folclórica tiene quince muchachos que siempre buscan horas de servicio comunitario en las fiestas navideñas.",
    ),
    (
        "volunteers",
        "Nos faltan tutores para niños que apenas están aprendiendo a leer en el programa de verano de Dalton.",
        "Soy maestra bilingüe de primer grado, de vacaciones desde junio, y tengo tres compañeras que quieren dar unas horas por semana.",
    ),
    (
        "volunteers",
        "¿Quién nos echa la mano para pintar el salón comunitario de la colonia en Sunland Park antes de la kermés?",
        "Mi cuadrilla de construcción descansa los domingos y los muchachos trabajan gratis por el barrio si les damos de comer.",
    ),
    (
        "volunteers",
        "Our program helps incarcerated dads in Selma record bedtime stories; we want people to run the recorders and coach them.",
        "Retired drama teacher and church sound tech; I'm good with microphones and nervous first-time readers.",
    ),
    (
        "volunteers",
        "How do we find a dozen people willing to count homeless neighbors overnight in January for the point-in-time survey in Spokane?",
        "Our Gonzaga social work cohort has 14 grad students who want field experience and don't mind cold late shifts.",
    ),
    (
        "volunteers",
        "Our wildlife refuge near Chincoteague wants people to monitor shorebird nests on the beach at dawn, May through July.",
        "Our Audubon chapter's members are out with binoculars before sunrise anyway; nine of us live on the Delmarva coast.",
    ),
    (
        "volunteers",
        "Could a few folks help our tiny library in Ely move 40 boxes to the new building across town?",
        "Our snowmobile club has a dozen members with trucks and trailers who owe the city council a favor for the trail easement.",
    ),
    (
        "volunteers",
        "Looking for volunteers to walk the halls and chat with patients at our rural hospital in Brookings who rarely get visitors.",
        "Our SDSU nursing students need bedside contact hours before clinicals and would enjoy simply keeping lonely folks company.",
    ),
    (
        "volunteers",
        "Our clinic garden in Wilmington needs someone to water tomatoes and peppers every evening in July while staff are on vacation.",
        "I live two blocks from Cape Fear Community Health and walk my dog by it every night; happy to drag a hose.",
    ),
    (
        "volunteers",
        "Looking for someone who can drive a 15-passenger van to take our girls' robotics team from Traverse City to state in Detroit.",
        "Retired church transportation coordinator with a chauffeur's license who loves long road trips with teen groups.",
    ),
    (
        "volunteers",
        "Anyone know people who can assemble 500 hygiene kits for flood survivors in Jackson, Kentucky by next Friday?",
        "Our accounting firm's office of 35 closes early the last Thursday of each month for a group service project.",
    ),
    (
        "volunteers",
        "Our youth wrestling tournament in Stillwater needs scorekeepers and mat timers for a full Saturday.",
        "I'm a retired math teacher and my husband refereed high school sports for 30 years; we'd happily sit ringside all day.",
    ),
    (
        "volunteers",
        "Could use a group to deep-clean and organize the donated baby clothes at our pregnancy center in Jefferson City.",
        "Our women's Bible study of twelve moms meets Tuesday mornings and wants hands-on ministry instead of just talking.",
    ),
    (
        "volunteers",
        "Our town's Fourth of July parade in Bristol wants 30 marshals to keep kids back from the floats.",
        "Our Coast Guard auxiliary flotilla turns out in uniform for every civic event and is good at holding crowd lines.",
    ),
    (
        "volunteers",
        "Spring is here and our senior housing complex in Dover has 40 window AC units to install before the heat.",
        "My HVAC company gives every tech one paid community afternoon a month; four of them could knock that out fast.",
    ),
    (
        "volunteers",
        "Who would sit by a phone and talk to lonely seniors once a week for our Hartford friendly-caller line?",
        "Homebound myself after a stroke, I'm a chatty former bartender with a landline and lots of free time.",
    ),
    (
        "volunteers",
        "Our free swim lessons for kids in New Orleans want extra adults in the water as spotters.",
        "I competed at Tulane and coach masters workouts in the pool; five of my grown-up athletes would love to give back on Saturday mornings.",
    ),
    (
        "volunteers",
        "Anyone with a pickup and a free Saturday? A widow in Mountain Home wants her late husband's workshop cleared out.",
        "Our Air Force base chapel men's group does one heavy-lifting service project monthly; eight airmen and a box truck.",
    ),
    (
        "volunteers",
        "Our Head Start in Rolla could use grandparent types to rock and read to toddlers around naptime.",
        "I'm a retired Missouri S&T metallurgy professor, father of five, who misses having little ones on my lap.",
    ),
    (
        "volunteers",
        "Forty acres of sweet corn in Palisade have to be picked for the food bank before frost; any takers?",
        "Our church youth group goes gleaning every fall and has 25 kids and a few farm-raised parents who know their way around a field.",
    ),
    (
        "volunteers",
        "Our homeless youth drop-in in Portland, Maine wants adults to cook a family-style dinner on Sunday nights.",
        "Five of us from the same restaurant line have weekend evenings off and miss feeding people for love instead of tips.",
    ),
    (
        "volunteers",
        "Who can drive voters with disabilities to the polls in Concord on election day?",
        "Retired paratransit operator with my own wheelchair-accessible van, free from dawn to dusk on the first Tuesday of November.",
    ),
    (
        "volunteers",
        "Our mosque in Columbus hosts a community iftar for 500 and wants servers and cleanup crew each weekend of Ramadan.",
        "Our Lutheran youth group is eager for interfaith outreach and can send 20 teens with aprons on evenings after sundown.",
    ),
    (
        "volunteers",
        "Our wetlands restoration near Galena needs people to pull invasive garlic mustard in May.",
        "The master naturalist class of 2024 owes 40 field hours each and knows how to tell weeds from native plants.",
    ),
    (
        "volunteers",
        "Is there a group who could build bunk beds for 30 kids sleeping on floors in Lowndes County?",
        "Our carpentry ministry at Hope Church meets the second Saturday of every month with table saws and a 10-person crew.",
    ),
    (
        "volunteers",
        "Our elementary school garden in Waimea is planting a new lo'i of taro and wants help hauling mud and planting huli.",
        "My canoe club's paddlers love a messy day, and a bunch of us grew up working patches with our tūtū.",
    ),
    (
        "volunteers",
        "Who can staff the concession stand at our Friday football games in Ada so the band boosters can watch their kids?",
        "Our Chickasaw youth council wants fundraising-event experience and has ten teens who can run a register.",
    ),
    (
        "volunteers",
        "Hunting for a dozen people to fold, stuff and stamp 8,000 newsletters for our land trust in Great Barrington.",
        "Our retired teachers' lunch bunch likes repetitive tasks with good gossip; twelve of us, any weekday.",
    ),
    (
        "volunteers",
        "Our Boys & Girls Club in Cleveland wants adults to teach chess after school.",
        "I'm a USCF expert-rated player and city bus operator who finishes my route at 2:45 every day.",
    ),
    (
        "volunteers",
        "¿Hay quien nos ayude a repartir despensas casa por casa en las colonias de Laredo el sábado temprano?",
        "Somos un club de motociclistas cristianos con quince miembros y cajas en las motos; salimos a rodar cada fin de semana al amanecer.",
    ),
    (
        "volunteers",
        "Se buscan entrenadores para un equipo de fútbol de niñas en Lexington; practicamos martes y jueves a las seis.",
        "Jugué en la liga semiprofesional de Guadalajara y ahora trabajo con caballos de carreras; salgo de la cuadra a las cinco.",
    ),
    (
        "volunteers",
        "Nuestra despensa en Moses Lake no tiene quien descargue el camión de los miércoles a las ocho.",
        "Soy mayordomo en una huerta y mi cuadrilla de doce termina temprano a mitad de semana en invierno; son muchachos fuertes.",
    ),
    (
        "volunteers",
        "Nos urge gente que sepa hacer tamales para la venta de la escuela en Hutchinson, unas 80 docenas.",
        "Mi mamá, mis tías y yo tenemos hoja, masa y ollas grandes; cada diciembre preparamos más de mil piezas sin problema.",
    ),
    (
        "volunteers",
        "¿Alguien puede darle clases de ciudadanía a un grupo de quince señores los domingos en Fort Smith?",
        "Soy maestro de historia de Estados Unidos en la preparatoria y me encantaría preparar a adultos para el examen de naturalización.",
    ),
    (
        "volunteers",
        "Our hospice in Kalispell wants musicians to play softly at bedsides, harp or guitar ideally.",
        "Retired therapist who plucks Celtic lullabies on a 34-string lap instrument; two evenings free each week.",
    ),
    (
        "volunteers",
        "Could use people who type fast to transcribe 300 oral history tapes from coal miners in Harlan County.",
        "Retired court stenographer, 225 words a minute, happy to spend winter afternoons with headphones on.",
    ),
    (
        "volunteers",
        "Our community center in Gary wants men to lead a Saturday morning fathers' breakfast and mentoring hour.",
        "Our Omega chapter's graduate brothers do monthly service with young dads; expect a dozen of us in purple and gold.",
    ),
    (
        "volunteers",
        "Need two people to shuttle donated bread from three bakeries to our pantry in Kalamazoo every night at 9.",
        "I work the closing shift at the hospital ending at 8:30 and pass through downtown heading home anyway.",
    ),
    (
        "volunteers",
        "A huge oak fell across Mrs. Pruitt's driveway in Opelika and she can't get out. Any crews with saws?",
        "Our Auburn University forestry fraternity has trained fallers and a Saturday service requirement.",
    ),
    (
        "volunteers",
        "Our library in Bar Harbor wants someone to lead a weekly knitting circle for teens this winter.",
        "I run a yarn shop downtown that's dead January through April; I'd teach purl stitch to anybody who shows up.",
    ),
    (
        "volunteers",
        "Who could help raise 20 canvas lodges for our youth culture camp near Browning in August?",
        "The Blackfeet Community College men's basketball team does summer service, and several players grew up setting up tipis at powwows.",
    ),
    (
        "volunteers",
        "Our after-prom party in Norfolk, Nebraska needs chaperones from midnight to 5 a.m.",
        "I'm an insomniac pharmacist off on Saturdays and used to run lock-ins as a youth pastor.",
    ),
    (
        "volunteers",
        "Does anyone have a crew that could winterize 15 mobile homes for elderly residents in Riverton?",
        "Our plumbers and pipefitters local sends apprentices out on weatherization projects each October.",
    ),
    (
        "volunteers",
        "Our 4th of July fireworks in Spearfish leave the park a mess; about 20 people are wanted to pick up debris the morning after.",
        "Black Hills State's hockey club holds a service outing every summer holiday and shows up early with trash grabbers.",
    ),
    (
        "volunteers",
        "Is anyone able to help a blind veteran in Augusta sort his mail and pay bills once a week?",
        "Retired bank teller, patient and discreet, available Wednesday mornings and happy to sit at a kitchen table with paperwork.",
    ),
    (
        "volunteers",
        "Our church in Biloxi is feeding linemen who came to restore power after the hurricane; can anyone cook breakfast at 4 a.m.?",
        "Former short-order grill man at an all-night diner; I can flip 200 eggs an hour and I'm always up before dawn.",
    ),
    (
        "volunteers",
        "Our junior high in Kenai wants adults to judge the science fair for one afternoon in March.",
        "I'm a petroleum geologist working two-weeks-on, two-weeks-off on the Slope; on my weeks home I'm available.",
    ),
    (
        "volunteers",
        "Our county animal rescue in Paducah needs foster homes for 12 puppies for six weeks.",
        "We have a fenced acre, two kids begging for a dog, and a mudroom that could become a nursery.",
    ),
    (
        "volunteers",
        "Who can read the Sunday paper aloud on our radio reading service for the blind in Grand Junction?",
        "Former TV news anchor with a clear voice; I'm up at six on weekends with coffee and nothing to do.",
    ),
    (
        "volunteers",
        "Could somebody repair donated bikes in Winooski so refugee kids can ride to school?",
        "Retired mechanic with a garage full of tools, tubes and chain lube; I've fixed hundreds of Schwinns for grandkids.",
    ),
    (
        "volunteers",
        "Our adult day center in Sheridan could use someone to lead sing-alongs and old-time dancing Friday afternoons.",
        "I play fiddle and call squares at ranch weddings; weekdays are open since I retired from the feedlot.",
    ),
    (
        "volunteers",
        "Hoping to find 10 people who'll spend a week in July painting houses for low-income seniors in Chillicothe.",
        "Our youth mission trip from a Presbyterian church in Cincinnati wants a seven-day service trip close to home this summer.",
    ),
    (
        "volunteers",
        "The memory café at our library in Stowe wants people to sit and chat with guests living with Alzheimer's.",
        "Retired geriatric social worker, trained in validation therapy, free on the second Tuesday each month.",
    ),
    (
        "volunteers",
        "Our church's lutefisk dinner in Decorah serves 1,200 in November and our peelers and boilers are all past 85.",
        "Luther College's Nordic choir students do a heritage outreach day each fall, and several grew up in Norwegian kitchens.",
    ),
    (
        "volunteers",
        "The Polish women at our parish in Hamtramck used to pinch 10,000 pierogi for the festival; now we need younger hands.",
        "Our Wayne State culinary club wants practical heritage cooking nights and has 18 members eager to learn dough work.",
    ),
    (
        "volunteers",
        "Our race checkpoint at McGrath wants people who can stay up all night logging dog teams and melting snow for water.",
        "I'm a ham radio operator and winter camper who's flown out to remote Iditarod stations twice; I have my own arctic gear.",
    ),
    (
        "volunteers",
        "Hands wanted to pass out water and sunscreen at the Juneteenth parade in Tulsa's Greenwood district.",
        "Our Alpha Kappa Alpha graduate chapter of 40 women takes one public service shift every summer, pink tents included.",
    ),
    (
        "volunteers",
        "Who could place flags on 4,000 veterans' graves at the national cemetery in Santa Fe before Memorial Day?",
        "Our Cub Scout pack of 35 boys and their parents does a patriotic service outing every May.",
    ),
    (
        "volunteers",
        "Anyone able to split and stack firewood for four elderly Navajo households near Chinle before the first snow?",
        "Our ROTC cadets at Northern Arizona University do a winter service weekend and have axes, mauls and a borrowed trailer.",
    ),
    (
        "volunteers",
        "Our tiny rural library in Lusk has 30 years of local newspapers that must be scanned page by page.",
        "Retired archivist from the state university, patient with brittle paper and good with a flatbed, free two days a week.",
    ),
    (
        "volunteers",
        "Our town's Easter egg hunt in Frankfort hides 15,000 eggs, and we want a crew at 6 a.m. to scatter them.",
        "Kentucky State's track team does community service in the spring, and its sprinters are fast and up early for practice.",
    ),
    (
        "volunteers",
        "Who could help our small theater in Ashland build sets for the spring musical over three weekends?",
        "I'm a retired shop teacher, and my woodworking guild of 14 meets Saturdays with a full woodshop and loves odd projects.",
    ),
    (
        "volunteers",
        "Our NICU in Little Rock is looking for cuddlers to hold preemies whose parents can't be there overnight.",
        "Retired labor-and-delivery nurse and grandmother of nine, awake at odd hours and very good with tiny newborns.",
    ),
    (
        "volunteers",
        "Our crawfish boil fundraiser in Houma will serve 2,000 pounds; we want guys who know how to run a burner and season a sack.",
        "Our fire company's cook team wins the parish cook-off most years and will bring its own propane rigs and paddles.",
    ),
    (
        "volunteers",
        "Our polling place at the Moscow senior center needs greeters to guide voters with walkers to the accessible entrance.",
        "University of Idaho physical therapy students want community contact hours and are trained in safe gait assistance.",
    ),
    (
        "volunteers",
        "Our December wreath-laying at the veterans' cemetery in Boulder City has 6,000 graves and only 90 helpers so far.",
        "Our Nellis squadron booster club can bring a busload of airmen and families on a Saturday morning.",
    ),
    (
        "volunteers",
        "Is there anyone who could babysit for teenage moms in Hattiesburg while they attend GED classes on Tuesday nights?",
        "I'm a nursing student at Southern Miss with infant CPR training, and my evenings midweek are free.",
    ),
    (
        "volunteers",
        "Our fall festival in Hershey needs 50 people to run hayrides, the pumpkin patch and the cider stand.",
        "Our chocolate factory's employee resource group picks one big community event every October and usually sends 60 staffers.",
    ),
    (
        "volunteers",
        "Anyone out there who could spend Monday afternoons walking with residents at our group home for adults with disabilities in Cheyenne?",
        "Retired PE teacher who hikes daily and loves company; I have free weekdays after lunch.",
    ),
    (
        "volunteers",
        "Our stand down for homeless veterans in San Antonio needs barbers, 20 of them, for one Saturday.",
        "I own a beauty college with 35 students who must log practice hours on real heads and bring their own clippers.",
    ),
    (
        "volunteers",
        "Who can help our Sikh temple in Yuba City serve langar to 5,000 visitors at the parade in November?",
        "Our Methodist youth group wants a cross-cultural outreach day and has 25 teens who've worked big pancake breakfasts.",
    ),
    (
        "volunteers",
        "Our riverside cleanup in Great Falls is the second Saturday of June; we're hoping for 100 people and have 30.",
        "Our fly-fishing club has 60 members who care about the Missouri and show up with waders and trash bags.",
    ),
    (
        "volunteers",
        "Our free clothing closet for foster teens in Columbia, Missouri wants people with a good eye to help kids pick outfits on Saturdays.",
        "I'm a personal shopper at a department store and love dressing youngsters; I get weekends off twice a month.",
    ),
    (
        "volunteers",
        "Buscamos señoras que cocinen para la kermés de la parroquia en Fresno: pozole, enchiladas y aguas frescas para 400.",
        "Tengo un restaurante familiar que cierra los lunes; mi chef y yo preparamos ollas enormes para eventos de la iglesia.",
    ),
    (
        "volunteers",
        "¿Quién puede ayudar a levantar la cosecha de chile en un terreno comunitario de Hatch antes de las heladas?",
        "Somos estudiantes de agronomía de Las Cruces y cada otoño buscamos trabajo de campo para horas de servicio.",
    ),
    (
        "volunteers",
        "Nos faltan choferes para llevar a familias recién llegadas a sus citas de inmigración en Newark cada mes.",
        "Soy taxista jubilado con una minivan y conozco todas las oficinas federales de Nueva Jersey; tengo las mañanas libres.",
    ),
    (
        "volunteers",
        "Buscamos personas que lean cuentos en español a niños en la biblioteca de Doral los sábados.",
        "Fui locutora de radio en Caracas y ahora estoy jubilada; me encanta hacer voces y tengo libres los fines de semana.",
    ),
    (
        "volunteers",
        "¿Alguien se anima a pintar un mural con los jóvenes del centro comunitario en Pilsen este verano?",
        "Soy artista y maestra de arte en secundaria; en vacaciones tengo tiempo y brochas de sobra.",
    ),
    (
        "volunteers",
        "Our hospital in Marshfield wants friendly faces at the main entrance to push wheelchairs and give directions, weekday mornings.",
        "Retired dairy farmer with bad knees but strong arms; I'm at the clinic a lot anyway and know every hallway.",
    ),
    (
        "volunteers",
        "Who can help move a family of nine from a motel into their new rental in Fort Collins on Saturday?",
        "Our CSU rugby team does one community lift a month and owns a hand truck, straps and a lot of muscle.",
    ),
    (
        "volunteers",
        "Our high school debate tournament in Edina needs 40 judges for two days in January.",
        "I'm a trial lawyer who did forensics in college and would love to evaluate arguments for a weekend.",
    ),
    (
        "volunteers",
        "Our food pantry in Bluefield needs people to bag 300 weekend backpacks for schoolkids every Thursday afternoon.",
        "Our coal company retirees' breakfast club has twelve men with free time after lunch who'd rather work than watch TV.",
    ),
    (
        "volunteers",
        "Could a few folks help our rodeo committee in Cody set up bleachers and run the gates during July 4th week?",
        "Our Wyoming National Guard unit's family group loves anything with cowboys and can supply 15 strong backs.",
    ),
    (
        "volunteers",
        "Our Ukrainian church in Parma is making 400 pysanky for a fundraiser and wants patient people to learn the wax method.",
        "Our art teachers' book club has eight women who love fiddly crafts and free evenings during Lent.",
    ),
    (
        "volunteers",
        "Our clinic in Wheeling wants drivers to pick up prescriptions for patients who can't leave home.",
        "I'm a retired pharmacist's wife with a reliable Subaru and nothing but time on weekdays.",
    ),
    (
        "volunteers",
        "We've been asked to cook and deliver weekly meals to 30 cancer patients in Twin Falls; who could commit to one night a month?",
        "I'm part of a casserole ministry of 14 women at First Presbyterian who each take a rotation.",
    ),
    (
        "volunteers",
        "Our historic carousel in Binghamton wants people to run the rides on summer Sundays.",
        "Retired IBM engineer who grew up on those painted horses and would happily take tickets and oil the gears on weekends.",
    ),
    (
        "volunteers",
        "Is there anyone who could coach our girls' softball team in Hoopa? Practices are 4:30 weekdays.",
        "I pitched at Humboldt State and work early shifts at the mill, so I'm done by 3 most days.",
    ),
    (
        "volunteers",
        "Our shelter in Eugene wants people to launder and fold 200 pounds of bedding every Friday.",
        "I own a coin-op wash-and-dry that's quiet mid-day and have three retired ladies who love sorting sheets and chatting.",
    ),
    (
        "volunteers",
        "Our neighborhood in north Baton Rouge is planting 300 shade trees in March and wants crews with shovels.",
        "LSU's landscape architecture students do a spring service dig, bring spades and know their root balls.",
    ),
    (
        "volunteers",
        "Who could sit with kids in the ER waiting room at our hospital in Hagerstown so parents can focus?",
        "I'm a retired kindergarten teacher who keeps a bag of crayons and picture books in my car at all times.",
    ),
    (
        "volunteers",
        "Our ice rink in Saranac Lake has to be flooded and scraped by hand each night in January.",
        "Four of us from the fire department's late crew finish at 11 and like anything involving hoses.",
    ),
    (
        "volunteers",
        "Our orchard co-op in Hood River is short pickers for the last pear week in September.",
        "Our church youth group from Portland does a harvest road trip every fall, 18 teens plus chaperones.",
    ),
    (
        "volunteers",
        "My elderly neighbor in Laconia has a backyard full of brush from the ice storm and no family nearby. Could a few people spare a morning?",
        "Our high school hockey team's captains organize a leaf-and-limb Saturday each spring and bring rakes, tarps and a dump trailer.",
    ),
    (
        "volunteers",
        "Our free flu shot clinic in Rutland wants a couple of people to run the sign-in table and sit with folks during the 15-minute wait afterward.",
        "I'm a retired ICU RN with current CPR and a calm bedside manner; available most Tuesdays and Thursdays.",
    ),
    (
        "volunteers",
        "Desperate for lifeguard-certified folks to watch our free open swim for neighborhood kids in Trenton this July.",
        "I compete in the 200 IM for my college, hold a current Red Cross aquatics rescue card, and have nothing to do on weekday afternoons.",
    ),
    (
        "volunteers",
        "In a bind: the crew that usually sets up 800 chairs for our Juneteenth gala in Beaufort just canceled.",
        "Our air station's single Marines program looks for weekend service and can send 20 guys in two vans.",
    ),
    (
        "volunteers",
        "Two days of rain turned our youth diamonds in Valdosta into a mess. Who can rake infield dirt and fix the mound Saturday?",
        "I'm a groundskeeper at the college baseball stadium and would bring my drag mat and a couple of student workers.",
    ),
    (
        "volunteers",
        "Any chance a few folks could help deliver 200 Christmas trees to low-income families across Meridian on December 12?",
        "Our trucking company's drivers get a paid day of service, and we can lend a flatbed and four CDL holders.",
    ),
    (
        "volunteers",
        "My Cub Scout den of eight in Hammond needs someone who can teach knots and tent pitching; I'm a single mom and lost.",
        "Former Army survival instructor, now a lineman for the parish utility, off on alternate weekends and great with young boys.",
    ),
    (
        "volunteers",
        "Could anyone help us prune the overgrown hedges and fruit trees at the Lake Charles women's shelter?",
        "I'm a certified arborist whose crew takes a charity job once a quarter, trucks and chipper included.",
    ),
    (
        "volunteers",
        "A family of six in Texarkana lost everything in a house fire Tuesday. Who can help sort and deliver donated clothes by size?",
        "Our church's women's circle ran a thrift store for 20 years and can organize a mountain of hand-me-downs in an afternoon.",
    ),
    (
        "volunteers",
        "Our county archive in Nacogdoches has 90 boxes of unindexed deeds. Is there a genealogy buff with free afternoons?",
        "Retired title abstractor who spent 40 years reading old East Texas land records, happy to work three days a week.",
    ),
    (
        "volunteers",
        "Wheelchair users at our assisted living in Abilene would love to go to the rodeo if we had people to push them.",
        "Our ACU exercise science majors want practicum hours with seniors, and several have handled mobility devices.",
    ),
    (
        "volunteers",
        "The roof on our little Amarillo food pantry leaks; can a crew tear off and redo about 1,200 square feet?",
        "I own a residential shingle contracting outfit and give one job a year to a charity; my foreman picks a slow week.",
    ),
    (
        "volunteers",
        "Seeking a pack of teens to run the haunted hay maze at our church's October fundraiser in Enid.",
        "Our high school drama club loves a scare and has 22 kids with makeup kits and fake blood.",
    ),
    (
        "volunteers",
        "Soldiers' families at Fort Sill need babysitters during our spouse job fair in Lawton on the 9th.",
        "Our Cameron University early-childhood majors take a practicum each semester and can staff a play room.",
    ),
    (
        "volunteers",
        "The elderly members at First Christian in Manhattan, Kansas can't lift the 60 boxes of rummage sale donations anymore.",
        "K-State's agriculture fraternity does one heavy service project a month, and its brothers grew up bucking bales.",
    ),
    (
        "volunteers",
        "Short on help for our free Thanksgiving dinner in Cape Girardeau: we want carvers, servers and dishwashers.",
        "Our family of eleven does a volunteer meal every holiday instead of our own and brings three generations of kitchen hands.",
    ),
    (
        "volunteers",
        "Our Carbondale tenant group is trying to get neighbors packed and out after the building was condemned. Can anyone lend muscle?",
        "SIU's student athletes association lines up community service each month; the football linemen are glad to carry boxes.",
    ),
    (
        "volunteers",
        "Our rescue mission in Peoria serves breakfast at 6 a.m. daily and is missing a fry cook on Sundays.",
        "I run the grill at a truck stop diner on weekdays and have weekends free; I'm always up before the sun.",
    ),
    (
        "volunteers",
        "Looking to pair 25 first-generation college freshmen at Indiana State with adults who'll check in monthly.",
        "I'm a Terre Haute banker whose parents never finished high school, and I have lunch hours to give.",
    ),
    (
        "volunteers",
        "Any musicians in Bloomington who'd play a Friday lunchtime set for patients in our cancer infusion center?",
        "I'm a Jacobs School cello student, and our string quartet wants low-pressure gigs where the audience really needs beauty.",
    ),
    (
        "volunteers",
        "¿Alguien puede ayudar a limpiar el terreno de la capilla en Alamosa? Hay maleza y basura de varios años.",
        "Somos un grupo de matachines con veinte danzantes y cada primavera hacemos una jornada de trabajo para la parroquia.",
    ),
    (
        "volunteers",
        "Se necesitan personas que acompañen a adultos mayores al supermercado los viernes en Bakersfield.",
        "Tengo una camioneta grande y trabajo de noche; por las mañanas estoy libre y me gusta ayudar a los abuelitos.",
    ),
    (
        "volunteers",
        "Buscamos voluntarios para armar 300 canastas navideñas en la iglesia de Modesto el 18 de diciembre.",
        "Los empleados de mi empacadora tienen un día pagado de servicio comunitario y somos 40 acostumbrados a trabajar en línea.",
    ),
    (
        "volunteers",
        "Queremos que alguien dé clases de computación básica a trabajadoras del campo en Immokalee los domingos.",
        "Soy técnica en sistemas, hija de jornaleros, y los fines de semana llevo mi laptop a donde me necesiten.",
    ),
    (
        "volunteers",
        "¿Quién nos apoya con el estacionamiento y la seguridad en el jaripeo benéfico de Siler City el sábado?",
        "Mi club de charros tiene doce miembros con chalecos y experiencia dirigiendo tráfico en eventos grandes.",
    ),
    (
        "volunteers",
        "We're making 1,000 sandwiches in Kokomo for a Saturday hunger walk; it's an assembly job for about 15 people.",
        "Our auto plant's UAW women's committee has fifteen members who joke they can build anything on a line, bread included.",
    ),
    (
        "volunteers",
        "Kids at our Mankato shelter would love someone to teach them to skate on the town rink this winter.",
        "I played junior hockey in Manitoba and still have boxes of outgrown blades and helmets; free midweek evenings.",
    ),
    (
        "volunteers",
        "The Ojibwe language table at our Bemidji library needs fluent elders or advanced learners to sit with beginners.",
        "I'm a retired first-speaker from Red Lake who drives to town twice a week for groceries and bingo.",
    ),
    (
        "volunteers",
        "We could really use a couple of handy folks to fix broken cribs and dressers at our baby pantry in Eau Claire.",
        "Retired millwright, good with clamps, glue and hardware; my basement shop is ready and I'm bored.",
    ),
    (
        "volunteers",
        "Who can ring the bell at our red kettle outside a La Crosse grocery from Thanksgiving to Christmas?",
        "Our high school marching band does two-hour holiday shifts with a brass trio to draw a crowd.",
    ),
    (
        "volunteers",
        "Our food bank in Mason City has 20,000 pounds of donated pork to repack into family-size bags this week.",
        "Our softball team just finished summer league, and the coach wants one more team-building day in August.",
    ),
    (
        "volunteers",
        "Could someone spend an hour each Thursday over a deck of cards with the men at our VA nursing home in Grand Island?",
        "Retired railroad conductor, mean pinochle player, and I'm at that end of town every week for dialysis anyway.",
    ),
    (
        "volunteers",
        "Our rural fire district outside Scottsbluff has 40 acres of brush to cut for a firebreak before August.",
        "Our college's wildland suppression class logs field hours and has saws and 12 students with red cards.",
    ),
    (
        "volunteers",
        "Anyone in Minot who'd welcome a Nepali family and help them learn the bus routes and grocery stores?",
        "Our Lutheran couples' group has sponsored three refugee households and knows every corner of town.",
    ),
    (
        "volunteers",
        "The oil boom left Williston's parks full of trash; we're organizing a citywide cleanup on May 18.",
        "Our drilling company's safety team holds a quarterly community day and can bring 30 roughnecks in hard hats.",
    ),
    (
        "volunteers",
        "Is there a retired cowboy who'd help our therapeutic riding program in Gillette lead horses on Tuesday afternoons?",
        "I spent 30 years on ranches around Sheridan and now just keep two geldings; my week is wide open.",
    ),
    (
        "volunteers",
        "We're opening a free community fridge in Rock Springs and need two people a day to check dates and wipe shelves.",
        "Our Western Wyoming nursing cohort rotates a daily public health task for credit.",
    ),
    (
        "volunteers",
        "Could anyone mow the lawns of deployed soldiers' families near Helena this summer?",
        "My landscaping business has two zero-turns and a teenager I pay to learn; we'd add a few yards free.",
    ),
    (
        "volunteers",
        "Our soup supper in Havre feeds 200 every Friday in winter; the two ladies who run it just turned 90.",
        "The young women from our Hutterite colony are glad to cook for neighbors and can bring a van of six on weekdays.",
    ),
    (
        "volunteers",
        "Who can drive Shoshone-Bannock elders from Fort Hall to their dialysis appointments in Pocatello three mornings a week?",
        "Retired tribal police officer with a big SUV and nothing but time; I grew up on the reservation.",
    ),
    (
        "volunteers",
        "Where would I find a few people to harvest breadfruit and mangoes from backyard trees in Kahului for the food bank?",
        "Our Maui high school's agriculture club has orchard poles, ladders and 15 students who want service hours this summer.",
    ),
    (
        "volunteers",
        "Every Saturday our coffee co-op in Kona has 2,000 pounds of cherry to sort by hand and too few sorters.",
        "Our church's retired ladies' fellowship likes seated, fiddly tasks and can send ten on weekend mornings.",
    ),
    (
        "volunteers",
        "Help wanted on Kauai: our beach cleanup at Lihue pulls tons of fishing nets, and we're short on cutters and haulers.",
        "Our surf club meets at dawn every Sunday and has 30 paddlers with strong backs and sharp knives.",
    ),
    (
        "volunteers",
        "Since the cannery closed, our Kodiak food pantry lost its usual helpers. Any crews for Wednesday afternoons?",
        "The Coast Guard base's chief petty officers' association sends work parties out weekly and has eight folks free midweek.",
    ),
    (
        "volunteers",
        "Anybody in Nome able to help a widow haul water and fuel oil to her house twice a week this winter?",
        "I drive a delivery truck for the tank farm and have a four-wheeler with a sled and free evenings.",
    ),
    (
        "volunteers",
        "Our Ithaca tool library needs folks who can sharpen, oil and repair donated hand tools.",
        "Retired Cornell machine-shop tech with a bench grinder and 40 years of fixing anything with a blade.",
    ),
    (
        "volunteers",
        "Utica's new Bosnian families want help filling out school enrollment packets on a Saturday in August.",
        "I grew up in Sarajevo, now teach chemistry here, and can spend a weekend translating forms at any kitchen table.",
    ),
    (
        "volunteers",
        "Plattsburgh's aviation museum needs 10 people to paint and polish a vintage bomber before the July show.",
        "Three of us are retired Air Force crew chiefs who worked on B-52s and FB-111s right here.",
    ),
    (
        "volunteers",
        "Dothan's peanut festival parade needs people to walk alongside floats and pass out candy.",
        "Our Fort Novosel helicopter unit's family club likes to march in community events and has 25 volunteers with kids.",
    ),
    (
        "volunteers",
        "The tobacco barn we're restoring in Florence needs its rotten siding torn off and hauled away.",
        "I'm a demolition contractor who gives a crew and a dumpster to one preservation project a year.",
    ),
    (
        "volunteers",
        "Our Boone food pantry loses its college helpers every summer and still serves 300 families on Thursdays.",
        "I direct a Christian camp in the Blue Ridge with 40 seasonal staffers who get one midweek afternoon off.",
    ),
    (
        "volunteers",
        "Our Blacksburg nonprofit builds accessible playgrounds; the next build needs 80 people for two days.",
        "Virginia Tech's Corps of Cadets assigns each company a community project; mine has 90 cadets and a spring opening.",
    ),
    (
        "volunteers",
        "Our prison reading program near Staunton wants people to lead monthly book discussions with inmates.",
        "Retired English teacher with a background check from my substitute days and a soft spot for second chances.",
    ),
    (
        "volunteers",
        "Our recovery house in Morgantown wants sober men to give residents rides to AA meetings at night.",
        "I've been clean eleven years, have a minivan, and my sponsor group is always looking to repay the favor after dark.",
    ),
    (
        "volunteers",
        "The Elkins depot's Christmas train needs elves and conductors to greet 400 kids each night in December.",
        "Our college theater majors love costumed gigs and can cover four evenings in the holiday season.",
    ),
    (
        "volunteers",
        "Cumberland's canal towpath is covered in downed limbs after the storm; can anyone help clear it this weekend?",
        "Our mountain-bike club rides the trail every Saturday and will bring loppers, a chainsaw and 15 riders.",
    ),
    (
        "volunteers",
        "Torrington's soup kitchen loses its Tuesday crew in January when the retirees head south.",
        "Our parish's confirmation class owes service hours in winter and has 18 teens and a few parents free after school.",
    ),
    (
        "volunteers",
        "Newport's oldest Black church has a wrought-iron fence to be scraped, primed and painted before our bicentennial.",
        "I restore antique railings and gates for the mansions on Bellevue Avenue and can bring two apprentices on a Saturday.",
    ),
    (
        "volunteers",
        "Lewes's beach dune fencing blew down; we want a crew to reset 2,000 feet of posts and slats.",
        "Our University of Delaware marine science club does coastal restoration days and brings augers, mallets and staple guns.",
    ),
    (
        "volunteers",
        "Saginaw's historic theater needs ushers for its Friday film series.",
        "Retired couple, married 50 years, who love old movies and would gladly tear tickets and guide folks to their seats.",
    ),
    (
        "volunteers",
        "Our Alpena shipwreck museum wants people to guide glass-bottom boat visitors in summer.",
        "I'm a retired Great Lakes ore-carrier captain who can talk for hours about the schooners lost off Thunder Bay.",
    ),
    (
        "volunteers",
        "Our tribal powwow in Sault Ste. Marie needs people to sweep the arena and empty trash between sessions.",
        "Lake Superior State's hockey players do a summer service weekend and don't mind grunt work.",
    ),
    (
        "volunteers",
        "¿Quién nos puede ayudar a cargar y descargar los muebles donados para familias en Decatur, Illinois?",
        "Tengo una troca con remolque y mis dos hijos levantan pesas; los domingos estamos libres.",
    ),
    (
        "volunteers",
        "Buscamos mujeres que quieran enseñar a bordar a niñas en el centro comunitario de Ottumwa los sábados.",
        "Soy de Oaxaca y hago blusas con flores de hilo desde los ocho años; tengo agujas y bastidores para prestar.",
    ),
    (
        "volunteers",
        "Nos hacen falta manos para la cosecha del huerto escolar en Watsonville antes de que se eche a perder la fresa.",
        "Somos un grupo de jubilados del campo; sabemos piscar rápido y tenemos las mañanas libres entre semana.",
    ),
    (
        "volunteers",
        "¿Alguien nos puede apoyar con choferes para llevar a niños al partido de fútbol en Merced el domingo?",
        "Soy mamá de tres y tengo una van de doce pasajeros que casi no uso los fines de semana.",
    ),
    (
        "volunteers",
        "Queremos gente que cuide a los niños mientras sus papás toman la clase de inglés en Hanford los martes.",
        "Soy estudiante de educación infantil en el colegio comunitario y busco horas de práctica por las tardes.",
    ),
    (
        "volunteers",
        "Our North Platte canteen reenactment serves 500 cookies and coffee to travelers; we want bakers and servers in 1940s dress.",
        "Our Red Hat ladies' chapter of 16 loves vintage costume and turns out snickerdoodles by the gross.",
    ),
    (
        "volunteers",
        "Dickinson's ranch families lost fence to a prairie fire; can anyone help restring four miles of barbed wire?",
        "Our college rodeo team spends one weekend each fall doing range repair for neighbors and brings post drivers, stretchers and gloves.",
    ),
    (
        "volunteers",
        "Huron's state fair week needs parking lot attendants for the 4-H lot, 6 to 10 a.m.",
        "I'm a retired highway patrolman who loves directing cars and still owns a reflective vest and whistle.",
    ),
    (
        "volunteers",
        "Coeur d'Alene's lake cleanup dive needs skippers and topside helpers in September.",
        "I rent pontoons, business slows after Labor Day, and I can bring two plus a deckhand.",
    ),
    (
        "volunteers",
        "Provo's refugee mothers want someone to teach them to drive so they can get to jobs.",
        "I'm a retired motor-vehicle instructor with a dual-brake sedan and patience for nervous beginners.",
    ),
    (
        "volunteers",
        "Our Moab search-and-rescue fundraiser 10K needs course spotters on remote slickrock sections.",
        "I'm a canyoneering guide who knows every fin and wash out there and have three days off a week.",
    ),
    (
        "volunteers",
        "Our senior lunch in Cortez needs someone to wash dishes at 1 p.m. weekdays.",
        "Retired Navy cook, used to galleys, lives in town and wants something useful to do in the early afternoon.",
    ),
    (
        "volunteers",
        "Sterling's prison visitation center needs someone to read to children while they wait to see incarcerated parents.",
        "I'm a youth services librarian who does puppet shows and can spare two Saturdays a month.",
    ),
    (
        "volunteers",
        "Lander's rock climbing festival needs belay-certified people to run the kids' wall.",
        "I'm a NOLS instructor between courses in July with my own ropes and harnesses.",
    ),
    (
        "volunteers",
        "Miles City's bucking horse sale needs gate crew and runners for three days in May.",
        "I'm a ranch hand between calving and haying, and my two cousins are free too.",
    ),
    (
        "volunteers",
        "Sandpoint's food co-op wants people to deliver groceries to homebound members on snowy days.",
        "I own a lifted 4x4 with chains and work from home, so I can duck out whenever roads are bad.",
    ),
    (
        "volunteers",
        "Ketchikan's library wants someone to teach basic knots and net mending to kids in the teen room.",
        "Retired commercial fisherman, 40 seasons on a seiner, who repairs seine webbing in his garage for fun.",
    ),
    (
        "volunteers",
        "Juneau's homeless shelter needs people to cook dinner for 60 on the second Sunday of each month.",
        "Our legislative staff association does a service rotation when session is out and has eight staffers who can handle a stockpot.",
    ),
    (
        "amplification",
        "Our free mammogram van is coming to Hazard in October, and I'm worried the women up the hollers won't hear about it.",
        "I host the Swap Shop call-in show every weekday morning; half of Perry County listens to buy and sell hay, trucks and puppies.",
    ),
    (
        "amplification",
        "How can we let Somali parents in Lewiston know the school district now offers free halal lunches?",
        "I run three WhatsApp groups for East African families in Androscoggin County, about 1,100 members, mostly mothers.",
    ),
    (
        "amplification",
        "Trying to recruit farmers for a soil health field day near Salina; flyers at the co-op haven't worked.",
        "I'm the auctioneer at the county livestock sale barn every Thursday and I'll read any announcement from the block between lots.",
    ),
    (
        "amplification",
        "Our blood bank in Rochester is down to a one-day supply of O-negative. Who can spread an urgent appeal fast?",
        "I edit the morning e-bulletin that goes to every employee of our medical center, about 30,000 inboxes before 7 a.m.",
    ),
    (
        "amplification",
        "Anyone have a way to reach truckers passing through Effingham about our new overnight parking and shower facility?",
        "My family owns a big diesel stop at the I-57/I-70 interchange; I control the pump-top screens and the driver lounge TV.",
    ),
    (
        "amplification",
        "We're holding listening sessions on the hospital merger and want Amish households around Holmes County to hear about them.",
        "I publish a monthly plain-community circular, printed only, delivered by hand to about 2,000 Old Order homes in east-central Ohio.",
    ),
    (
        "amplification",
        "Looking to get the word out about our benefits clinic in Killeen to families who just left active duty.",
        "I admin a Facebook group for Fort Cavazos spouses, 14,000 members, and I post community events every Monday.",
    ),
    (
        "amplification",
        "How do we let Marshallese families in Springdale know about free boosters and flu shots this Saturday?",
        "I'm a deacon at an Ebeye-born congregation in northwest Arkansas; the pastor reads community notices before the sermon to about 400 worshippers.",
    ),
    (
        "amplification",
        "Our free summer meals site in Greenville opens June 2 and last year half the kids in the neighborhood never knew.",
        "I drive the ice cream truck through the west side every afternoon, and I'll hand a flyer out with every popsicle.",
    ),
    (
        "amplification",
        "Who can help get the news of our tribal college scholarship deadline out across the Navajo Nation?",
        "I co-host the morning program on the 50,000-watt station out of Window Rock, broadcast in Diné and English across four states.",
    ),
    (
        "amplification",
        "Trying to fill a 40-seat CNA training cohort in Youngstown; we want to reach adults who are out of work.",
        "I edit the UAW retiree and laid-off members' newsletter, printed monthly and mailed to 3,200 homes in the Mahoning Valley.",
    ),
    (
        "amplification",
        "How do I let college students in Athens know we're giving away free bike lights at the city's safety event?",
        "I moderate the Ohio University subreddit, about 25,000 subscribers, and can pin a post for a week.",
    ),
    (
        "amplification",
        "Only 12 percent of our Sumter County members have opted into storm outage alerts. How do we reach the older ones?",
        "I'm the pianist at Mount Zion and I print the Sunday bulletin; 350 seniors who don't trust their phones read it cover to cover.",
    ),
    (
        "amplification",
        "Is there any way to get a message about our new overdose kits in front of bar patrons in Huntington on weekend nights?",
        "I own the company that supplies digital jukeboxes to 70 taverns in the Tri-State area and can run a slide between songs.",
    ),
    (
        "amplification",
        "¿Cómo podemos avisar a los ordeñadores de las lecherías cerca de Twin Falls que habrá una clínica dental gratuita el domingo?",
        "Tengo un programa de música regional mexicana en una radio de Jerome los sábados en la noche y leo anuncios de la comunidad entre canciones.",
    ),
    (
        "amplification",
        "Our library's new Tagalog book collection is barely circulating. How do we reach Filipino nurses in Vallejo?",
        "I edit the e-newsletter of the Solano County chapter of the Philippine caregivers and RNs association, 600 readers twice monthly.",
    ),
    (
        "amplification",
        "Looking for ways to tell hunters around Marquette about our venison donation program before deer season opens Nov. 15.",
        "I own the sporting goods store that sells most of the county's licenses; my counter flyers and receipt printouts reach every orange-vest customer.",
    ),
    (
        "amplification",
        "How can we let Vietnamese shrimpers along the Gulf know about the disaster loan workshop in Bayou La Batre?",
        "I read community notices in my mother tongue on a weekly AM segment out of Mobile, popular with families who came from Vũng Tàu and now crew the boats.",
    ),
    (
        "amplification",
        "We're launching a free financial literacy class for teens in Tulsa and have no idea how to get them to notice it.",
        "I'm a TikTok creator with 85,000 followers, mostly Oklahoma high schoolers, and I do a weekly 'stuff happening near you' video.",
    ),
    (
        "amplification",
        "Who can get word to dairy farmers across Vermont that the state's mental health hotline is now staffed by people who grew up on farms?",
        "I write a column for the milk cooperative's monthly magazine that lands in 1,400 barns across New England.",
    ),
    (
        "amplification",
        "Our synagogue in Skokie is hosting a Holocaust survivor's last public talk and we'd like the wider community to come.",
        "I program the digital marquee at the village library, which faces a four-lane road with 20,000 cars a day.",
    ),
    (
        "amplification",
        "How can I reach parents of deaf children across Utah about our new ASL storytime?",
        "I run the Facebook group for families at the state school for the hearing-impaired in Ogden; 2,300 members statewide.",
    ),
    (
        "amplification",
        "Need to recruit 300 poll workers for November in Maricopa County, especially young people.",
        "I'm student body president at Arizona State and send the weekly all-undergrad email that goes to 60,000 inboxes.",
    ),
    (
        "amplification",
        "Our tenant union in Worcester is fighting a rent hike and wants every renter in three buildings to know about Tuesday's meeting.",
        "I drive for the laundromat delivery service that picks up from every triple-decker on the east side, and I staple flyers to the bags.",
    ),
    (
        "amplification",
        "How do we get Korean-speaking grandparents in Duluth, Georgia to hear about free Medicare counseling?",
        "I'm an elder at a Hangul-language Presbyterian church in Gwinnett and run its KakaoTalk group of 900 members.",
    ),
    (
        "amplification",
        "Our minor league ballpark in Montgomery is hosting a job fair; how do we get it in front of folks who just got out of prison?",
        "I'm a reentry chaplain and my list reaches every halfway house and parole office in central Alabama by fax and text.",
    ),
    (
        "amplification",
        "Looking to spread word of our free flu shots at the Casper senior center to retired oil field workers.",
        "I'm secretary of the Wyoming chapter of the petroleum pensioners' club and mail a newsletter to 1,800 members.",
    ),
    (
        "amplification",
        "Our small theater in Bozeman has unsold seats for the matinee; how can we reach homeschool families who might bring kids?",
        "I coordinate an email list for 200 parents who educate their own children at home in the Gallatin Valley.",
    ),
    (
        "amplification",
        "Can anyone help us reach Haitian Creole speakers in Miami about hurricane shelter locations before the season starts?",
        "I host a Sunday morning call-in show on a Kreyòl-language station heard from Little River to Pompano, about 40,000 listeners.",
    ),
    (
        "amplification",
        "Our county's burn ban starts tomorrow and ranchers out past Alpine have to know.",
        "I run the feed store in Marfa and every cattle outfit in the Big Bend stops in weekly; my chalkboard and Facebook page are the local paper.",
    ),
    (
        "amplification",
        "How can we invite LGBTQ youth in rural Idaho to our virtual support group without outing anyone?",
        "I moderate a private Discord server for queer teens in the Mountain West with 1,200 vetted members and strict privacy rules.",
    ),
    (
        "amplification",
        "We want every Little League parent in Lubbock to know the new concussion protocol before opening day.",
        "I'm the voice on the PA at the city's youth baseball complex and I read announcements between every inning all spring.",
    ),
    (
        "amplification",
        "Trying to let Hmong elders in Wausau know about a new diabetes cooking class at the clinic.",
        "Every Sunday I read announcements at the Lao Family Community center's lunch, where about 150 grandmothers and grandfathers from the refugee generation gather.",
    ),
    (
        "amplification",
        "Our domestic violence shelter in Anchorage wants women in remote villages to know our hotline number.",
        "I'm dispatcher for a bush air carrier flying mail and freight to 60 Yukon-Kuskokwim communities; I can tuck notices into every mail sack and pin them at our agents' counters.",
    ),
    (
        "amplification",
        "Our water utility has a lead pipe replacement program and only 30 homeowners in Newark applied. How do we spread the word?",
        "I'm pastor of a 1,500-member Baptist church in the Central Ward and preach every Sunday, plus a robocall to members on Wednesdays.",
    ),
    (
        "amplification",
        "Our free prom dress giveaway in Macon needs girls to show up; how do we reach high school juniors and seniors?",
        "I read the morning announcements at Central and run the yearbook Instagram, 3,000 followers, mostly students.",
    ),
    (
        "amplification",
        "Buscamos la manera de avisar a las familias de trabajadores avícolas en Gainesville que el consulado móvil viene en marzo.",
        "Mi esposo y yo manejamos una tienda de abarrotes mexicana junto a la planta de pollos; nuestra pizarra y el grupo de WhatsApp llegan a 2,000 clientes.",
    ),
    (
        "amplification",
        "¿Alguien sabe cómo difundir entre los trabajadores de las huertas de manzana cerca de Wenatchee que habrá vacunas gratis el fin de semana?",
        "Manejo la cuenta de Facebook de una radio comunitaria en español que se escucha en todo el centro del estado de Washington, con 22,000 seguidores.",
    ),
    (
        "amplification",
        "How do I get our job fair in Fayetteville on the radar of soldiers getting out of Fort Liberty this spring?",
        "I edit the transition assistance office's weekly email to service members within six months of separation.",
    ),
    (
        "amplification",
        "Necesitamos que las mamás latinas de Schuyler sepan que la escuela ofrece clases de inglés gratis por las tardes.",
        "Soy catequista en la parroquia de San Agustín y cada domingo leo los avisos al final de la misa en español, que llena el templo.",
    ),
    (
        "amplification",
        "Our free dental van will visit schools around Pine Ridge next month, but most parents there never see email.",
        "I do afternoon drive on the reservation's community station out of Porcupine, the one every ranch house and pickup radio is tuned to.",
    ),
    (
        "amplification",
        "Does anyone have a channel to Hasidic families in Lakewood for a measles vaccination clinic?",
        "I'm a community liaison who places notices in the Yiddish weekly and on the phone hotlines that Orthodox homes in Ocean County call daily.",
    ),
    (
        "amplification",
        "Hoping to get hunters and anglers in the Upper Peninsula to comment on the proposed mine permit before the deadline.",
        "I write the outdoors column in three weekly papers across the U.P. and host a Saturday fishing report on local AM.",
    ),
    (
        "amplification",
        "Our historical society in Mystic just digitized 5,000 whaling-era photos. How do we get history buffs to look?",
        "I run a maritime heritage newsletter with 18,000 subscribers and a podcast about New England's seafaring past.",
    ),
    (
        "amplification",
        "What's the best way to reach night-shift nurses in Baltimore about our free childcare co-op for odd hours?",
        "I manage the break-room TV slides at three hospitals near Johns Hopkins and change them every Monday.",
    ),
    (
        "amplification",
        "We're opening a warming center in Providence and people sleeping outside have to find out tonight.",
        "I coordinate the street outreach van that makes rounds of every encampment downtown from 8 to midnight.",
    ),
    (
        "amplification",
        "Our beach cleanup in Rehoboth wants college kids on summer break; last year we only got retirees.",
        "I run the Instagram for the seasonal workers' housing program in Sussex County, followed by about 4,000 J-1 and student staff.",
    ),
    (
        "amplification",
        "Is there any way to get our suicide prevention message in front of wheat farmers during harvest in eastern Washington?",
        "I'm the agronomist who texts daily grain prices and weather to 1,900 growers across the Palouse.",
    ),
    (
        "amplification",
        "I'd like every barber in Birmingham to know about our free blood pressure screening program for their customers.",
        "I sell clippers and supplies wholesale to about 160 shops in Jefferson County and send a monthly promo text.",
    ),
    (
        "amplification",
        "Our cooling center in Phoenix is open till 10 p.m. but the unhoused folks along the canal don't know.",
        "I lead a bike-based outreach team that rides the waterway trails each evening handing out ice and info cards.",
    ),
    (
        "amplification",
        "Seeking a way to invite Black-owned businesses in Milwaukee to our supplier diversity expo.",
        "I host a weekly podcast profiling African American entrepreneurs in southeast Wisconsin, 12,000 downloads per episode, and run their LinkedIn group.",
    ),
    (
        "amplification",
        "Trying to let Burmese refugee families in Fort Wayne know about free English classes for parents.",
        "I translate the school district's robocalls and flyers into Karen and Chin, and my Facebook page is followed by most households from those communities.",
    ),
    (
        "amplification",
        "¿Cómo les hacemos llegar a los trabajadores de las lecheras de Tulare la noticia de que hay abogados gratis este sábado?",
        "Tengo un puesto de tacos afuera de la planta de queso y todos los ordeñadores pasan a desayunar; pego volantes en la ventanilla.",
    ),
    (
        "amplification",
        "Queremos que las trabajadoras de limpieza de los hoteles de Las Vegas conozcan sus derechos laborales; ¿alguien tiene cómo?",
        "Conduzco un programa matutino en una emisora en español que escuchan las camaristas del Strip camino al turno de las seis.",
    ),
    (
        "amplification",
        "Buscamos difundir la feria de salud de Garden City entre familias que trabajan en las empacadoras de carne.",
        "Soy locutor de la radio comunitaria de Liberal y mi programa de complacencias lo escuchan en los turnos de la noche de las plantas.",
    ),
    (
        "amplification",
        "Our county extension in Greenwood has a free canning workshop and wants young moms to come.",
        "I run the MOPS group at First Baptist, 65 mothers of preschoolers, and send a weekly email and group text.",
    ),
    (
        "amplification",
        "Could someone help push our safe-storage message about locking up rifles and pistols to folks in rural Montana without sounding preachy?",
        "I own a firearms shop and shooting range outside Lewistown and post handling tips weekly to 6,000 followers who trust me.",
    ),
    (
        "amplification",
        "Our new walk-in mental health clinic in Sitka wants commercial fishermen to hear about it before the salmon season.",
        "I'm the harbormaster, and our VHF morning broadcast and dockside board reach every boat in the fleet.",
    ),
    (
        "amplification",
        "Anybody able to get the word about our free legal aid day to farmworkers in the Salinas Valley who speak Mixteco?",
        "I produce a weekly radio hour in indigenous Oaxacan languages, broadcast from Greenfield and streamed to pickers' phones in the fields.",
    ),
    (
        "amplification",
        "Getting seniors in The Villages to our scam-awareness talk has been impossible. Any ideas?",
        "I anchor the community's closed-circuit morning TV show that plays in 60,000 retiree homes and at every golf cart dealer.",
    ),
    (
        "amplification",
        "Does anyone have a line to Portuguese-speaking families in New Bedford? Our flu clinic flyers are only in English.",
        "I read community notices on a Sunday radio hour in the tongue of the Azores and Brazil, heard in South Coast fishing households for 40 years.",
    ),
    (
        "amplification",
        "How can I let union electricians across Ohio know about our free suicide prevention training?",
        "I edit the IBEW statewide monthly and post to the apprentices' Facebook group with 5,000 members.",
    ),
    (
        "amplification",
        "Our book drive for the jail in Pendleton wants donors beyond our small church.",
        "I'm admin of the 'Umatilla County Buy Sell Trade' group, 27,000 members, and allow one nonprofit post a week.",
    ),
    (
        "amplification",
        "Hoping to tell every corner grocer in the Bronx about a new SNAP fresh-produce incentive.",
        "I run the bodega owners' WhatsApp network, about 1,400 shops, mostly Dominican and Yemeni families.",
    ),
    (
        "amplification",
        "Our PTSD peer group wants to reach combat vets in rural Arkansas who avoid the VA.",
        "I'm commander of an American Legion post and our quarterly newsletter goes to 2,800 members across the Ozarks.",
    ),
    (
        "amplification",
        "Need to gather 500 signatures of support from small business owners for the Main Street grant in Emporia.",
        "I run the merchants' association email list and stop in at every storefront along Commercial once a month.",
    ),
    (
        "amplification",
        "Our Juneteenth festival in Galveston is free this year; help us reach families from Houston who'd make the drive.",
        "I co-host the Sunday gospel brunch show on a big urban station in Harris County, roughly 90,000 weekly listeners.",
    ),
    (
        "amplification",
        "What's the best way to reach snowbirds in Quartzsite about our January service fair?",
        "I manage the RV park association bulletin that goes to 30 parks and about 9,000 winter residents from Canada and the Midwest.",
    ),
    (
        "amplification",
        "I want Chinese-speaking seniors in Flushing to know about free property tax exemption help.",
        "I moderate a 3,000-member WeChat group for retirees in Queens and post community notices daily.",
    ),
    (
        "amplification",
        "Our coalition wants Black churchgoers in Memphis to know about a free prostate cancer screening day.",
        "I chair the ministerial alliance; 80 pastors get my weekly memo with items they read from the pulpit.",
    ),
    (
        "amplification",
        "Trying to reach girls in grades 6-8 around Bismarck for a free coding camp.",
        "I lead the regional Scouts service unit for young women, 700 middle schoolers, with a monthly leaders' email.",
    ),
    (
        "amplification",
        "Our fire district in Paradise is offering free defensible-space inspections; how do we get homeowners to sign up?",
        "I run the local Nextdoor and the 'Ridge Rebuilds' Facebook group with 19,000 members who survived the 2018 blaze.",
    ),
    (
        "amplification",
        "Our adult literacy program in Shreveport keeps hearing people didn't know it existed. Who reaches grown-ups who can't read flyers?",
        "I'm a gospel DJ with a Saturday morning call-in show that carries across the Ark-La-Tex, and I love a good public service spot.",
    ),
    (
        "amplification",
        "Anyone who can reach deer camp crowds in northern Pennsylvania about Lyme disease and tick checks?",
        "I'm editor of a regional hunting and trapping newspaper mailed to 22,000 subscribers in the Alleghenies.",
    ),
    (
        "amplification",
        "There's a new free ride program to the Fargo VA for veterans in Grand Forks, and nobody is using it.",
        "I'm the county service officer and call every discharged serviceman or woman on my list monthly, about 1,100 people.",
    ),
    (
        "amplification",
        "Our Ramadan food drive in Dearborn wants non-Muslim neighbors to join in too.",
        "I run the city's largest community Facebook group, 31,000 members, and the high school boosters' email list.",
    ),
    (
        "amplification",
        "Our eviction defense clinic in Richmond wants tenants at the big apartment complexes to know it exists before court dates.",
        "I drive a pizza delivery route that covers every large rental property on the north side, and I tape flyers to the boxes.",
    ),
    (
        "amplification",
        "Our farmers market in Cheyenne takes SNAP now but low-income shoppers haven't noticed.",
        "I manage the county WIC office; every client visit ends with a handout bag, about 900 families a month.",
    ),
    (
        "amplification",
        "Who could help spread our call for host families for exchange students in small-town Iowa?",
        "I write the church news column for eight weekly papers around Le Mars and Orange City.",
    ),
    (
        "amplification",
        "¿Alguien sabe cómo anunciar a las familias guatemaltecas de Postville que habrá clínica de pasaportes del consulado?",
        "Soy pastor de una iglesia evangélica donde la mitad de los hermanos habla k'iche'; doy todos los avisos al final del culto del domingo.",
    ),
    (
        "amplification",
        "Our free lactation support line in Wichita is barely used; new moms just don't know it's there.",
        "I'm the childbirth educator at the biggest maternity ward in Sedgwick County and hand a discharge folder to every family going home.",
    ),
    (
        "amplification",
        "Any ideas for getting young Black men in Jackson, Mississippi to our free HIV testing nights?",
        "I cut hair at the busiest barbershop on Farish Street and run its Instagram with 11,000 followers, mostly guys 18 to 35.",
    ),
    (
        "amplification",
        "Where could I announce a free Narcan training to the folks who run bars and music venues in Nashville?",
        "I publish the weekly e-mail of the Lower Broadway honky-tonk owners' association, read by every club manager downtown.",
    ),
    (
        "amplification",
        "Nobody on the Ute Mountain reservation knows our mobile eye clinic is coming to Towaoc on the 18th.",
        "I read community news and council notices in our language and English on the tribe's FM station every weekday at noon.",
    ),
    (
        "amplification",
        "Our bilingual storytime in Lawrence is half-empty; Dominican parents in the neighborhood haven't heard of it.",
        "I'm the DJ on a bachata and merengue station streamed across the Merrimack Valley, and I read a 'lo que pasa' segment every afternoon.",
    ),
    (
        "amplification",
        "What's a good channel to tell Sikh truck drivers in Fresno about free diabetes screenings?",
        "I'm on the committee of the gurdwara in Selma, California, and announcements after Sunday langar reach 1,200 families.",
    ),
    (
        "amplification",
        "I'm trying to recruit foster parents in Muskogee; most of our flyers end up in the trash.",
        "I coordinate outreach for the tribe's child welfare office and mail a monthly letter to 4,000 citizen households in eastern Oklahoma.",
    ),
    (
        "amplification",
        "Our tiny museum in Deadwood wants bikers in the area for the Sturgis rally to stop in.",
        "I run a motorcycle touring Facebook page with 140,000 followers and post daily must-see attractions every August in the Black Hills.",
    ),
    (
        "amplification",
        "Parents of kids with autism around Overland Park should hear about our sensory-friendly movie mornings.",
        "I admin a 6,000-member support group for families raising neurodivergent children in Johnson County.",
    ),
    (
        "amplification",
        "Who could help me reach retired teachers across New Mexico for a mentoring program with first-year teachers?",
        "I edit the educators' pension association newsletter, mailed quarterly to all 18,000 people drawing a state school pension.",
    ),
    (
        "amplification",
        "Our food co-op in Northfield is hosting free cooking classes for Somali and Latino families and few have signed up.",
        "I'm the home-school liaison for the district and text parents in three languages, about 1,100 households.",
    ),
    (
        "amplification",
        "Getting word of our Appalachian Trail cleanup to thru-hikers passing Damascus is our goal this spring.",
        "I own the outfitter in town where every northbound backpacker resupplies, and our whiteboard and shelter logbooks get read by thousands.",
    ),
    (
        "amplification",
        "Is there a channel that reaches Catholic school families across the Green Bay diocese? We're promoting a free summer reading program.",
        "I edit the bishop's weekly paper, 60,000 copies, and my 'Around the Parishes' page lists community events at no charge.",
    ),
    (
        "amplification",
        "We'd like every nail salon worker in Orange County to learn about our free chemical-exposure health checks.",
        "I host the top Vietnamese-language talk show in Little Saigon; our noon hour plays in half the manicure shops in Westminster.",
    ),
    (
        "amplification",
        "Any ideas for letting people who play bingo at the casino in Shawnee know about our free hearing tests?",
        "I'm the caller at the tribal gaming hall's big Friday and Saturday sessions and can read a note between every card.",
    ),
    (
        "amplification",
        "Our blood drive at the Mormon ward in Mesa is open to everyone; how do we get non-members to come?",
        "I direct communications for the East Valley chamber; our Thursday e-blast goes to 1,300 businesses and their staff.",
    ),
    (
        "amplification",
        "Our library in Hayward now lends fishing gear, and we'd like anglers who can't afford rods to know.",
        "I run the bait shop and post daily walleye reports on a Facebook page followed by 9,000 people in Sawyer County.",
    ),
    (
        "amplification",
        "Queremos que los padres de familia de Española sepan que hay tutorías gratis de matemáticas en la biblioteca.",
        "Tengo un programa de oldies y rancheras en la radio del norte de Nuevo México; los viernes en la mañana paso los avisos de escuelas y parroquias.",
    ),
    (
        "amplification",
        "¿Alguien tiene contacto con las iglesias hispanas de Charlotte? Queremos invitar a jóvenes a una feria de becas universitarias.",
        "Coordino la red de pastores latinos de Mecklenburg, unas 45 congregaciones, y mando un boletín semanal por WhatsApp.",
    ),
    (
        "amplification",
        "Nuestra clínica en Rogers ofrece vacunas para niños sin seguro, pero casi nadie de la comunidad mexicana lo sabe.",
        "Mi panadería en la calle principal vende pan dulce a medio pueblo cada mañana y tengo un tablero de anuncios junto a la caja.",
    ),
    (
        "amplification",
        "Buscamos que los trabajadores de la construcción en Austin escuchen sobre la clínica de robo de salarios.",
        "Soy el encargado de un punto de contratación de jornaleros y cada madrugada doy avisos a unos 150 hombres que esperan que los contraten.",
    ),
    (
        "amplification",
        "Our rural hospital in Pratt is hiring 12 nurses; who reaches nursing students about to graduate in Kansas?",
        "I teach the NCLEX review course that every RN senior at Fort Hays, Emporia State and Pittsburg State takes in April.",
    ),
    (
        "amplification",
        "Any way to reach skateboarders in Albuquerque about the city's design meetings for a new park?",
        "I own the deck-and-truck shop near Nob Hill and film the local crew's YouTube channel, 20,000 subscribers, mostly teens who ride.",
    ),
    (
        "amplification",
        "Our Chamorro cultural festival in San Diego wants to draw Pacific Islander families from all over Southern California.",
        "I moderate a 25,000-member Facebook group for people from Guam and Saipan living on the West Coast.",
    ),
    (
        "amplification",
        "I'd love to get our free Medicare enrollment help in front of farm couples turning 65 around Watertown, South Dakota.",
        "I'm the agent at the local grain elevator and my weekly market newsletter goes to 700 producers in Codington County.",
    ),
    (
        "amplification",
        "College students at Penn State won't show up to our voter registration drive. Who reaches them?",
        "I run the most-followed undergrad meme account in Happy Valley, 48,000 followers.",
    ),
    (
        "amplification",
        "Trying to reach rural Black landowners in the Mississippi Delta about heirs' property workshops.",
        "I host a blues-and-gospel morning show in Clarksdale that African American farm families in six counties have tuned into since 1985.",
    ),
    (
        "amplification",
        "Our youth hockey scholarship in Eveleth covers skates and ice time, but low-income families haven't applied.",
        "I'm the school district's free-and-reduced meals coordinator and include inserts with every approval letter on the Iron Range.",
    ),
    (
        "amplification",
        "Our nonpartisan candidate forum in Manchester deserves a bigger audience than the usual 30 retirees.",
        "I host the morning drive show on the city's top-rated talk station and happily plug civic events on air.",
    ),
    (
        "amplification",
        "We want Muslim women in Minneapolis to know about our women-only swim hours at the Y.",
        "I coordinate the sisters' halaqa at two mosques in Cedar-Riverside and send a weekly WhatsApp to 700 members.",
    ),
    (
        "amplification",
        "Spreading the word about our fall prevention classes to seniors in Lake Havasu City is proving hard.",
        "I'm activities director at the largest 55+ mobile home community in Mohave County, 1,400 residents, with a weekly calendar.",
    ),
    (
        "amplification",
        "Our new maternity clinic in Bethel wants expecting mothers in villages along the Kuskokwim to hear about it.",
        "I read public service announcements in Yup'ik on the regional station every noon and evening.",
    ),
    (
        "amplification",
        "Is there a way to get our free small-business tax workshop in front of food truck owners around Austin?",
        "I manage the three largest mobile vendor parks in town and text all 80 of my tenants every Monday.",
    ),
    (
        "amplification",
        "Our summer reading challenge in Fairbanks wants kids living on Fort Wainwright to join.",
        "I'm the Army installation's school liaison officer and my weekly family newsletter reaches 3,500 households.",
    ),
    (
        "amplification",
        "Need more women veterans to attend our career fair in Norfolk, Virginia.",
        "I founded a Facebook community for female sailors and Marines in Hampton Roads, 17,000 members.",
    ),
    (
        "amplification",
        "Anyone plugged into the Deaf community near Frederick? Our theater will caption every Thursday show.",
        "I post weekly ASL vlogs about local events, and my followers include most alumni of the state's residential school for signers.",
    ),
    (
        "amplification",
        "I coordinate a free prenatal yoga class in Asheville and want to reach pregnant women on Medicaid.",
        "I'm a WIC nutritionist in Buncombe County and see about 300 expecting moms a month; I can hand out cards.",
    ),
    (
        "amplification",
        "Our rural fire department in Wahpeton is short on recruits; who reaches young men and women in the county?",
        "I'm the announcer at the summer demolition derby and tractor pull that draws 5,000 people aged 16 to 30.",
    ),
    (
        "amplification",
        "Trying to let Greek Orthodox families in Tarpon Springs know about our youth scholarship.",
        "I'm the parish council secretary at St. Nicholas Cathedral and prepare the weekly bulletin read by 1,000 households after Divine Liturgy.",
    ),
    (
        "amplification",
        "Our community theater in Keokuk has auditions next week and no new faces in years.",
        "I teach drama at the high school and post casting calls to a group chat of 140 former students who still live nearby.",
    ),
    (
        "amplification",
        "My husband's ALS support group in Cedar Rapids keeps shrinking; newly diagnosed families never find us.",
        "I'm the neurology nurse navigator at the regional medical center and give every incoming patient a resource packet.",
    ),
    (
        "amplification",
        "Where can I put a notice that fishermen's wives in Gloucester will see? We're starting a grief circle.",
        "I sit on the seafood auction's board, and our family auxiliary's phone tree reaches 260 harbor households.",
    ),
    (
        "amplification",
        "Every spring we hold a free pesticide safety training in Weslaco and every spring we get ten people.",
        "I'm field supervisor for the biggest citrus grower in Hidalgo County, and I talk to 400 crew members at dawn each day.",
    ),
    (
        "amplification",
        "Desperate to get more Native teens in Rapid City to our free college-application workshop.",
        "I emcee the big Lakota Nation Invitational basketball tournament every December and will shout out anything from the announcer's table.",
    ),
    (
        "amplification",
        "Calling all ideas: how do we tell home-care aides in Pittsburgh about the new union-backed training stipend?",
        "I run the Facebook group 'Allegheny Direct Support Pros,' 8,500 members, mostly CNAs and personal attendants.",
    ),
    (
        "amplification",
        "Short on families for our free backpack giveaway in Gulfport; we have 800 bags and 200 sign-ups.",
        "I drive a school bus route through four housing developments and can hand a flyer to every kid who climbs aboard.",
    ),
    (
        "amplification",
        "Is there a list for produce operations in the Hudson Valley? Our farmworker housing survey closes Friday.",
        "I send the weekly price and weather text from the wholesale auction in Goshen to 320 growers, mostly greens and orchard fruit.",
    ),
    (
        "amplification",
        "A new free shuttle links the Rosebud reservation to the hospital in Winner, and riders don't know the schedule.",
        "I announce basketball games and community happenings on the Sicangu radio station, which is on in nearly every home in Todd County.",
    ),
    (
        "amplification",
        "I run a food pantry in Norman and want OU international students to know they're welcome.",
        "I advise the campus's global scholars club and send a weekly newsletter to 2,000 visa holders and their spouses.",
    ),
    (
        "amplification",
        "Last-minute: our vaccine clinic in Lewiston-Auburn has 200 unused doses expiring Saturday.",
        "I produce the 6 o'clock news on the local TV station and can slip a crawl across the bottom of the screen tonight.",
    ),
    (
        "amplification",
        "Looking to draw Jewish families in Scottsdale to our interfaith Thanksgiving dinner.",
        "I edit the weekly newsletter for three synagogues and the JCC in the East Valley, about 5,000 households.",
    ),
    (
        "amplification",
        "Kupuna in Waianae don't know about our free grocery delivery. How do we reach them?",
        "I host a Hawaiian music show on Sunday mornings that every auntie and uncle on the Leeward coast listens to.",
    ),
    (
        "amplification",
        "After the flood, residents of Waterbury have to hear about the FEMA deadline, and half the town lost internet.",
        "I run the general store with the post office counter; every household picks up mail and coffee here.",
    ),
    (
        "amplification",
        "Seeking a way to tell Nepali-speaking families in Akron about our new medical interpreter line.",
        "I'm secretary of the Bhutanese community association in Summit County and run its Viber group, 3,000 members.",
    ),
    (
        "amplification",
        "Pilots and airport folks around Oshkosh should know about our aviation-career camp for girls.",
        "I edit the monthly newsletter for a flying club of 400 private fliers and A&P mechanics in the Fox Valley.",
    ),
    (
        "amplification",
        "Our Lunar New Year health fair in Boston's Chinatown is drawing few older residents who only read Chinese.",
        "I write a weekly column for a Cantonese-language newspaper handed out at 50 groceries and bakeries.",
    ),
    (
        "amplification",
        "Our Vietnam veterans' memorial dedication in Kearney deserves a crowd. Who reaches Nebraska's older vets?",
        "I host a Saturday call-in show for ex-soldiers on a farm radio station that covers most of the state.",
    ),
    (
        "amplification",
        "Getting the word to kids in foster care in Jacksonville that our free summer camp has spots is harder than it should be.",
        "I'm a caseworker supervisor at the county's child services office and email 140 caseworkers weekly.",
    ),
    (
        "amplification",
        "Which neighborhood lists cover East Nashville? Our tool library opens next month.",
        "I moderate a 22,000-member Facebook group for the 37206 zip code and pin one civic post a week.",
    ),
    (
        "amplification",
        "Our new Gaelic football club in Butte wants Irish-American families to know we're recruiting players.",
        "I'm president of the Ancient Order of Hibernians division here and send a monthly e-letter to 600 members.",
    ),
    (
        "amplification",
        "¿Cómo les avisamos a los vendedores ambulantes de Los Ángeles que hay permisos nuevos y ayuda gratis para tramitarlos?",
        "Dirijo un grupo de Facebook de eloteros y paleteros con 12,000 miembros en el sur de California.",
    ),
    (
        "amplification",
        "Queremos llegar a las familias mixtecas de Oxnard para una clínica de salud sin costo.",
        "Soy promotora, hablo tu'un savi y reparto volantes en las filas de fresa al amanecer en los ranchos de Ventura.",
    ),
    (
        "amplification",
        "Buscamos que más jóvenes latinos de Milwaukee conozcan las becas para carreras técnicas del colegio comunitario.",
        "Soy DJ en las quinceañeras y bodas del sur de la ciudad; en cada fiesta tengo micrófono frente a 300 muchachos.",
    ),
    (
        "amplification",
        "¿Hay forma de avisar a las mujeres que pelan camarón en las plantas de Biloxi que tienen derecho a agua y descanso?",
        "Soy la encargada de la tiendita y casa de envíos de dinero frente a las procesadoras; todas pasan los viernes después de cobrar.",
    ),
    (
        "amplification",
        "Mom-and-pop landlords in Detroit don't know about the city's lead-safe grant. Where do they hang out?",
        "I run the rental property owners' meetup that gathers 150 duplex and fourplex owners every second Tuesday.",
    ),
    (
        "amplification",
        "Church youth leaders across Alabama should hear about our free anti-vaping curriculum.",
        "I'm the state Baptist convention's student ministry coordinator and email 1,100 student pastors every Monday.",
    ),
    (
        "amplification",
        "Our lighthouse in Pemaquid is open free this weekend; summer visitors ought to know.",
        "I run the Boothbay Harbor tourist information booth and hand 300 brochures a day to people off the tour buses.",
    ),
    (
        "amplification",
        "Would love to reach pastors of small rural churches in Kentucky about a free mental health first-aid course.",
        "I'm director of missions for a Baptist association of 70 congregations in the eastern coalfields, and I email every minister weekly.",
    ),
    (
        "amplification",
        "Our county has a new 988 crisis line; ranch kids who board in town for high school in Winnemucca should know.",
        "I'm the dorm parent at the student residence for teens from remote outfits and run their group chat, all 60 of them.",
    ),
    (
        "amplification",
        "Our museum's free Saturdays in Dayton aren't reaching inner-city families.",
        "I anchor the Black-owned weekend radio show 'West Side Sounds' that draws about 30,000 listeners every weekend.",
    ),
    (
        "amplification",
        "Trying to let Cajun-speaking elders around Ville Platte know about free home-energy assistance.",
        "I do the Saturday morning French-language music and news show on the local radio; every old-timer in Evangeline Parish tunes in.",
    ),
    (
        "amplification",
        "Tech workers in Seattle never hear about our civic hackathon for the county's food banks.",
        "I organize a 9,000-member Meetup for software engineers in the Puget Sound and run its Slack.",
    ),
    (
        "amplification",
        "Our free parenting class in Gallup is aimed at dads, but only moms show up.",
        "I coach the men's fast-pitch league and send the schedule by text to 300 players, most of them young fathers.",
    ),
    (
        "amplification",
        "Hoping to get the word out about our job training for people with felony records in Wilmington, Delaware.",
        "I run a reentry ministry and visit the county jail weekly; I also keep a 1,400-number text list of recently released men and women.",
    ),
    (
        "amplification",
        "Hairdressers in Savannah could help us reach women about domestic violence, but how do we reach the hairdressers?",
        "I'm the educator for a salon-supply distributor and teach continuing-ed classes to 500 stylists in coastal Georgia.",
    ),
    (
        "amplification",
        "Our town's new splash pad in Yankton opens Memorial Day weekend, and we want young families to come.",
        "I run the pediatric clinic's patient portal and can send a message to every parent of a child under 10.",
    ),
    (
        "amplification",
        "I'd like every bartender in Key West to know about our free mental health line for hospitality workers.",
        "I'm the delivery driver for the island's biggest liquor distributor and visit all 140 saloons and taprooms from Duval Street to Stock Island each week.",
    ),
    (
        "amplification",
        "How can our tiny community college in Ely, Nevada reach adults who dropped out of high school?",
        "I'm the HR manager at the copper mine, the county's largest employer, and send a payroll insert to 900 workers.",
    ),
    (
        "amplification",
        "Parents of premature babies in Omaha should know about our NICU graduate reunion picnic.",
        "I'm the neonatal unit's family coordinator and keep an email list of 2,600 households whose newborns spent time in our intensive care.",
    ),
    (
        "amplification",
        "Our rural broadband survey in Harrison County needs farm households to respond before the state deadline.",
        "I manage member services at the electric cooperative and can put a notice on 14,000 bills next month.",
    ),
    (
        "amplification",
        "Hardly anyone in Logan knows our refugee resettlement office is seeking host families for the holidays.",
        "I'm a stake Relief Society president and can have a notice read in 14 Latter-day Saint wards across Cache Valley.",
    ),
    (
        "amplification",
        "Few snowbirds in St. George ever hear about our literacy tutoring program, and they'd be great at it.",
        "I edit the newsletter for a 3,000-home active-adult community in Washington County, Utah, with a monthly 'get involved' page.",
    ),
    (
        "amplification",
        "Anyone with a podium in Flagstaff? Our Navajo code talker exhibit opens on the 14th.",
        "I'm the PA voice at NAU basketball and football and read community notes at halftime to 8,000 fans.",
    ),
    (
        "amplification",
        "Wondering who can get our safe-sleep message to first-time dads in Prescott.",
        "I teach the hospital's birthing class for couples and email 120 expectant pairs a month.",
    ),
    (
        "amplification",
        "Know a podcast or broadcast that reaches long-haul drivers? We built a free health screening stop near Silver City.",
        "I host the overnight trucking talk show on satellite radio, 300,000 listeners, and take calls from the cab.",
    ),
    (
        "amplification",
        "Roswell's new youth mental health drop-in center has been open a month with three visitors.",
        "I run a gaming café downtown where 200 high schoolers hang out weekly, and I control the wall screens.",
    ),
    (
        "amplification",
        "Oilfield wives in Farmington keep telling us they never heard about our free counseling.",
        "I run a 'San Juan Basin Roughneck Families' Facebook group with 9,000 members, mostly spouses of rig and pipeline workers.",
    ),
    (
        "amplification",
        "Meatpacking workers in Greeley speak 30 languages; our free tax help flyer only comes in two.",
        "I'm the plant's union steward, and our break-room bulletin and steward text list reach everyone on both shifts, about 3,000 people.",
    ),
    (
        "amplification",
        "Please share: our Elko shelter is taking in ranch dogs abandoned after the drought sell-offs, and adopters are scarce.",
        "I write the classifieds-and-gossip page of the weekly cattlemen's paper that every spread in northeast Nevada subscribes to.",
    ),
    (
        "amplification",
        "Help us reach state workers in Carson City about our lunchtime blood drive.",
        "I edit the public employees' association weekly email, 12,000 recipients, most of them within a mile of the capitol.",
    ),
    (
        "amplification",
        "Klamath Falls has no idea our tribe's salmon return ceremony is open to the public this year.",
        "I host the Basin's morning farm and ranch report, heard in every pickup from Chiloquin to Malin.",
    ),
    (
        "amplification",
        "Medford parents haven't heard that our wildfire-smoke air filters are free for families with asthmatic kids.",
        "I'm the respiratory therapist who runs the pediatric pulmonology clinic's text reminders to 1,800 households.",
    ),
    (
        "amplification",
        "Not one Finnish-American family in Astoria showed up to our heritage oral history day.",
        "I edit the newsletter of the Scandinavian fraternal lodge and the sauna club, about 700 members near the river mouth.",
    ),
    (
        "amplification",
        "Walla Walla's winery workers rarely hear about the free ESL nights at our library.",
        "I manage vineyard crews for five estates and text daily start times to 250 pickers and pruners.",
    ),
    (
        "amplification",
        "So far only 40 people in Bellingham have signed up for our earthquake-preparedness kit giveaway.",
        "I'm admin of the Western Washington University parents' Facebook group, 15,000 members, and the city's largest neighborhood app.",
    ),
    (
        "amplification",
        "What newsletter reaches Humboldt County's cannabis farmers? We're doing a free water-rights workshop.",
        "I publish an email digest for licensed growers in the Emerald Triangle, 2,200 subscribers.",
    ),
    (
        "amplification",
        "Redding's unhoused veterans ought to hear about the stand-down in August.",
        "I run the only free shower trailer in Shasta County and see 300 people a week; I hand cards out at every stop.",
    ),
    (
        "amplification",
        "Chico State students never come to our city council forum on rentals.",
        "I DJ the Thursday night dance parties downtown and post weekly to a TikTok with 40,000 college-age followers.",
    ),
    (
        "amplification",
        "Queremos anunciar una clínica de salud mental gratuita para trabajadores de lecherías en el valle de Yakima.",
        "Conduzco el programa de la mañana en una estación que toca banda y norteñas; la escuchan en los establos de Sunnyside a Toppenish.",
    ),
    (
        "amplification",
        "Nadie en El Centro se enteró de la feria de empleo del distrito; nos urge otra forma de difundirla.",
        "Soy administradora de un grupo de Facebook de compra-venta del Valle Imperial con 60,000 miembros.",
    ),
    (
        "amplification",
        "Buscamos que las abuelas puertorriqueñas de Holyoke sepan que hay vacunas contra la gripe en el centro de envejecientes.",
        "Soy pastora de una iglesia pentecostal del barrio y el domingo paso los avisos por el micrófono a 250 hermanos.",
    ),
    (
        "amplification",
        "¿Cómo llegamos a los padres hondureños en Nueva Orleans para la inscripción de kínder?",
        "Tengo una baleadería en Kenner y mi página de Facebook la siguen 15,000 clientes catrachos de toda la zona.",
    ),
    (
        "amplification",
        "Our Erie harbor cleanup day wants sport fishers and boaters to show up; the marina crowd never reads our emails.",
        "I run the bait-and-tackle forum with the daily perch report that 10,000 Presque Isle Bay regulars check before launching.",
    ),
    (
        "amplification",
        "Widows and widowers in Scranton who've lost a spouse this year are welcome at our new grief supper club.",
        "I'm a funeral director at a family-owned home here and mail a monthly comfort letter to every household we've served in the past twelve months.",
    ),
    (
        "amplification",
        "Altoona's railroad retirees are the perfect audience for our new train museum volunteer corps.",
        "I edit the bulletin for pensioned members of the Brotherhood of Locomotive Engineers, mailed to 900 homes along the old Pennsy line.",
    ),
    (
        "amplification",
        "Vineland farm stands don't know the state now buys produce for food banks. Who can tell them?",
        "I'm the county agricultural agent, and my weekly grower alert goes to 450 operations across Cumberland and Salem.",
    ),
    (
        "amplification",
        "Portsmouth shipyard workers could use our free hearing tests; they just don't know about them.",
        "I'm union president at the naval base's metal trades council and send a Friday bulletin to 2,000 members.",
    ),
    (
        "amplification",
        "Waterville's college students are missing our community dinners where they could meet locals.",
        "I'm outreach chair for Colby's undergrad government and post to a class-wide GroupMe with 1,900 people.",
    ),
    (
        "amplification",
        "Pittsfield shop owners on North Street never heard about our storefront-art program.",
        "I run the Berkshire business improvement district's monthly breakfast and email list of 180 merchants.",
    ),
    (
        "amplification",
        "Woonsocket's French-Canadian elders may not know the senior center now has a French-speaking nurse.",
        "I host a Sunday polka-and-chanson hour on the local AM that the Franco community has loved since 1970.",
    ),
    (
        "amplification",
        "New London has hundreds of Coast Guard Academy cadets, and none come to our youth mentoring fair.",
        "I'm the chaplain's assistant on the Thames River campus and post service openings to the corps' weekly bulletin.",
    ),
    (
        "amplification",
        "Salisbury's chicken processing workers from Haiti don't know about our free citizenship class.",
        "I lead the Kreyòl service at a church near the poultry plants on the Delmarva peninsula; 300 come every Sunday.",
    ),
    (
        "amplification",
        "Annapolis boaters should know the harbor pump-out boat is now free on weekends.",
        "I run the yacht club's email blast and the Wednesday night racing results list, 2,400 skippers.",
    ),
    (
        "amplification",
        "Kingsport's Eastman plant shift workers never hear about our evening GED classes.",
        "I manage the credit union branch just inside the chemical complex gate and can add a note to 5,000 monthly statements.",
    ),
    (
        "amplification",
        "Cookeville's Tennessee Tech engineering students could mentor our robotics kids; how do we reach them?",
        "I'm faculty advisor for the campus ASME chapter, 400 members, with a weekly meeting in Brown Hall.",
    ),
    (
        "amplification",
        "Owensboro's barbecue festival crowd would be perfect for our organ donor registration table, if someone would mention it from the stage.",
        "I emcee at the mutton cook-off every May and plug nonprofits between bands.",
    ),
    (
        "amplification",
        "Berea's craft artisans should know about a new free program for small-business bookkeeping.",
        "I run the guild for Kentucky weavers, potters and woodworkers, 350 members, and post at the gallery co-op.",
    ),
    (
        "amplification",
        "Marion's prison staff work odd shifts and miss our town halls. Who can reach correctional officers?",
        "I'm president of the local guards' union at the state facility and text 600 members before each rotation.",
    ),
    (
        "amplification",
        "Zanesville's pottery collectors are a big, generous crowd; we want them at our museum's benefit auction.",
        "I publish a quarterly magazine for people who hunt Roseville and Weller vases, 4,000 subscribers.",
    ),
    (
        "amplification",
        "Sandusky's seasonal workers at the amusement park may qualify for our free health clinic.",
        "I run housing for 3,000 J-1 visa holders running the coasters on the lake each summer and post notices in every dorm.",
    ),
    (
        "amplification",
        "Hot Springs bathhouse businesses are hiring for summer; we'd like high school seniors to hear about our job fair.",
        "I coach the Lakeside and Fountain Lake track teams and have a group text with 300 athletes and parents.",
    ),
    (
        "amplification",
        "Jonesboro's rice farmers should know about our free grain-bin safety training before harvest.",
        "I'm the seed dealer rep who visits 250 Delta row-crop operations every spring and sends a weekly text on planting conditions.",
    ),
    (
        "amplification",
        "Natchitoches Creole families have deep roots in our parish; we'd love them at our genealogy open house.",
        "I'm secretary of the Cane River heritage association, and its Facebook page has 7,000 followers descended from Isle Brevelle's founding clans.",
    ),
    (
        "amplification",
        "Tyler's rose festival crowd is exactly who we want for our garden-club membership drive.",
        "I'm the official announcer on the reviewing stand at October's big flower parade and read sponsor notes between floats.",
    ),
    (
        "amplification",
        "Victoria's nursing home aides work doubles and never see our free childcare co-op flyers.",
        "I'm the scheduler for four long-term care facilities and can add a note to the weekly shift roster of 600 CNAs.",
    ),
    (
        "amplification",
        "Kerrville hosts thousands of college kids working as counselors at riverside sleepaway programs each summer; we'd love them as fall tutors.",
        "I run the Hill Country camp directors' association and email 40 camps employing 3,000 undergrads.",
    ),
    (
        "amplification",
        "Del Rio's Border Patrol families rarely mix with the rest of town; our welcome picnic is for them.",
        "I run the spouses' Facebook group for the sector's agents, 1,800 members, mostly new arrivals.",
    ),
    (
        "amplification",
        "Our new tribal youth archery league in Whiteriver has equipment for 60 and only 12 signed up.",
        "I'm the rez's rec center director and text 500 parents every Friday with weekend happenings.",
    ),
    (
        "amplification",
        "Kingman has a lot of retired truckers and mechanics who'd make great shop-class mentors.",
        "I run the classic-car club's monthly cruise night and newsletter, about 450 gearheads, most past 60.",
    ),
    (
        "amplification",
        "Price's coal miners' families should know about our black lung clinic's new Saturday hours.",
        "I'm the UMWA local's recording secretary and mail a monthly bulletin to 900 active and pensioned members in Carbon County.",
    ),
    (
        "amplification",
        "Glendive's dinosaur museum wants to reach paleontology buffs for its fossil dig weekend.",
        "I run a 60,000-member Facebook group for amateur bone hunters across the Hell Creek formation.",
    ),
    (
        "amplification",
        "Ukiah's Pomo elders should know the county library has a new language recording project.",
        "I'm tribal council secretary for one of the rancherias and post to a Facebook page followed by members of eight bands.",
    ),
    (
        "amplification",
        "Grants Pass has dozens of homeless camps along the river, and no one knows our medical van schedule.",
        "I'm a peer outreach worker who walks the Rogue's banks every morning with socks and a clipboard.",
    ),
    (
        "amplification",
        "Roseburg's timber families lost a lot after the mill closed; our retraining fair is free and nobody's coming.",
        "I edit the loggers' association newsletter for Douglas County, mailed to 1,100 households.",
    ),
    (
        "amplification",
        "Port Angeles gets a ferry full of Canadian tourists every day; our museum would love a slice of them.",
        "I run the visitor booth at the Coho terminal and hand maps to every walk-on passenger from Victoria.",
    ),
    (
        "amplification",
        "Olympia's legislative interns are all new in town; we want them at our civic volunteer fair.",
        "I coordinate the statehouse fellowship program and send a weekly digest to 140 college students placed with lawmakers.",
    ),
    (
        "amplification",
        "Ellensburg's rodeo weekend brings 20,000 people; our organ donor booth wants a shout-out.",
        "I'm the arena announcer for the Labor Day show and read sponsor and charity notes between events.",
    ),
    (
        "amplification",
        "Sedalia's state fair livestock exhibitors should hear about our farm-stress hotline.",
        "I emcee the 4-H and FFA show ring and can read notes during the breed classes to 3,000 families.",
    ),
    (
        "amplification",
        "Deckhands on the river tows passing Winona rarely get health care; we want them at our free flu shot tent by the lock.",
        "I dispatch for a barge line and send a daily bulletin to every pilothouse on the upper Mississippi.",
    ),
    (
        "amplification",
        "Owatonna's corporate office workers might be great mentors for our after-school program, if they heard about it.",
        "I'm HR communications lead at the biggest employer in Steele County and manage the lobby TV screens.",
    ),
    (
        "amplification",
        "Marinette's shipbuilders work long shifts; our free evening health screenings have to reach them somehow.",
        "I'm a welder at the yard and run the Facebook page for our union local, 1,400 members.",
    ),
    (
        "amplification",
        "Quincy's older farmers don't use the internet; our estate-planning seminar needs another way in.",
        "I read the noon hog and grain markets on the local AM station and can add a 30-second notice at no charge.",
    ),
    (
        "amplification",
        "Jamestown waterfowlers should know about our wetlands conservation banquet in October.",
        "I manage the sporting goods counter at the farm store where every duck and goose hunter in Stutsman County buys shells.",
    ),
    (
        "amplification",
        "Hibbing's retirees are the audience for our Medicare fraud workshop, and most of them don't go online.",
        "I publish the weekly shopper that lands in every mailbox from Grand Rapids to Virginia, Minnesota.",
    ),
    (
        "amplification",
        "Superior's college hockey fans pack the arena on Fridays; our coat drive would love a mention.",
        "I'm the PA announcer at the Yellowjackets' home games and read one community notice each intermission.",
    ),
    (
        "amplification",
        "Rhinelander's summer cabin owners leave by Labor Day; we want them to know about our lake-association water testing.",
        "I run the marina and bait shop's email list of 2,000 seasonal residents and post on the dock board.",
    ),
    (
        "amplification",
        "Petoskey's resort workers from Jamaica don't know about our free clinic nights.",
        "I'm the church deacon who drives the Sunday van for seasonal H-2B staff and runs their WhatsApp group.",
    ),
    (
        "amplification",
        "Muskegon's teen moms should know our GED program has free childcare.",
        "I'm a home-visiting nurse for first-time mothers under 20 and see 80 young women every month.",
    ),
    (
        "amplification",
        "Elkhart's RV factory workers have odd shifts; how do we let them know about our evening ESL classes?",
        "I run the biggest Facebook group for Amish and Latino trailer-assembly employees in the county, 11,000 members.",
    ),
    (
        "amplification",
        "Buscamos avisar a los padres hispanos de Evansville que hay clases de crianza gratis en la biblioteca.",
        "Soy el locutor del programa de corridos los domingos en la radio de la ciudad y doy saludos y avisos toda la tarde.",
    ),
    (
        "amplification",
        "¿Cómo hacemos que las familias guatemaltecas de Murray sepan del programa de útiles escolares?",
        "Tengo la única tienda latina del pueblo y en la caja pongo un volante en cada bolsa del mandado.",
    ),
    (
        "amplification",
        "Nos urge que los jóvenes de Tifton sepan que hay becas para hijos de trabajadores agrícolas.",
        "Soy consejera del club de estudiantes migrantes de la preparatoria y tengo un grupo de WhatsApp con 180 muchachos.",
    ),
    (
        "amplification",
        "Queremos invitar a las señoras de Lakeland a una clínica de mamografías gratuita en octubre.",
        "Soy promotora de salud de la iglesia y llevo la lista de teléfonos de 400 mujeres de la congregación para las cadenas de oración.",
    ),
    (
        "amplification",
        "Ocala's horse-farm grooms rarely hear about our free English classes.",
        "I'm the farrier for 60 thoroughbred barns in Marion County and post notices in every tack room.",
    ),
    (
        "amplification",
        "Sarasota's retired executives would make great mentors for our small-business incubator; we just can't find them.",
        "I program the monthly luncheon series at a yacht club where 400 former CEOs and CFOs gather.",
    ),
    (
        "amplification",
        "Pensacola's Navy flight students have weekends free; we'd love them at our beach turtle patrol.",
        "I'm the chaplain at the naval air station and post service opportunities to 1,200 aviators in training every Friday.",
    ),
    (
        "amplification",
        "Tallahassee's FAMU and FSU grad students should know about our community-based research fellowships.",
        "I edit the weekly email for master's and PhD candidates at one campus and co-run a joint Slack for both.",
    ),
    (
        "amplification",
        "Aiken's tritium-plant workforce is highly skilled; we want them as STEM fair judges.",
        "I run the internal newsletter for the Energy Department site's main contractor, 6,000 scientists, engineers and technicians.",
    ),
    (
        "amplification",
        "Rock Hill's BMX track is hosting a free kids' clinic, and families never hear about these things.",
        "I manage the biggest bicycle shop in York County and run its Instagram with 7,000 local riders.",
    ),
    (
        "amplification",
        "Danville's recently hired casino employees come from three states; our housing-assistance office wants them to know we exist.",
        "I'm the onboarding lead at the gaming resort and hand a welcome packet to every newcomer on staff, 1,200 so far.",
    ),
    (
        "expertise",
        "Tenants in our Dayton building want to incorporate as a nonprofit. Who can walk us through the IRS paperwork for tax-exempt status?",
        "Attorney at Buckeye Legal Aid; I file 1023-EZ applications pro bono for small neighborhood groups and explain board duties in plain English.",
    ),
    (
        "expertise",
        "A landlord in Bozeman just handed our youth hockey club a five-year lease with an indemnity clause nobody understands. Can someone read it before we sign?",
        "I practice commercial real estate law in Montana and will review one rental contract a month for community groups at no charge.",
    ),
    (
        "expertise",
        "Is our church allowed to hold a 50/50 drawing at the fall festival in Mobile, or does Alabama forbid it?",
        "Gaming-compliance lawyer; I answer questions about bingo, raffles and charitable gambling rules for congregations and civic clubs across the Gulf Coast.",
    ),
    (
        "expertise",
        "Students painted a mural downtown in Lawrence and now a brewery wants to put it on cans. Who owns the image, the kids or the district?",
        "Intellectual property attorney and former art teacher; I advise visual artists and educators on copyright, licensing deals and royalty splits, free for Kansas classrooms.",
    ),
    (
        "expertise",
        "Help: the treasurer quit in March and the Form 990 is due. Anyone in the Spokane area who does nonprofit returns?",
        "CPA in eastern Washington, 15 years preparing annual IRS filings for charities, PTAs and churches; I reserve April slots for small organizations at a sliding fee.",
    ),
    (
        "expertise",
        "The food truck collective has receipts in a shoebox. Could someone set up QuickBooks and teach two of us to keep it current?",
        "Certified bookkeeper; I build charts of accounts for small ventures and coach owners through monthly reconciliation until they can run the software themselves.",
    ),
    (
        "expertise",
        "Do vendors at our Saturday market in Taos have to collect gross receipts tax on eggs and honey? Nobody agrees.",
        "Enrolled agent focused on New Mexico revenue rules for small farms and cottage producers; I run Q&A sessions for growers' associations and write short memos.",
    ),
    (
        "expertise",
        "A donor gave $40,000 earmarked for our roof, and our board wants to borrow from it for payroll. Is that okay, and how do we book it?",
        "Retired nonprofit auditor; I explain restricted gifts, designated contributions and fund accounting to trustees and treasurers, and I'll sit in on a meeting by Zoom.",
    ),
    (
        "expertise",
        "Our Main Street group in Natchez is buying an 1840s storefront. Who understands the federal rehabilitation credit and the paperwork with the park service?",
        "Preservation consultant; I've shepherded 30 buildings through Part 1-3 certification for historic tax incentives in Mississippi and Louisiana.",
    ),
    (
        "expertise",
        "I just started a mutual-aid network in Asheville with no logo and no colors. Looking for someone who can make us look trustworthy on a shoestring.",
        "Brand designer, ten years at an agency; I donate one identity package a quarter (mark, palette, type) to grassroots groups in western North Carolina.",
    ),
    (
        "expertise",
        "Visitors keep getting lost between the parking lot and the clinic entrance at our rural health center. Who can sort out signage that actually works?",
        "Environmental graphic designer; I plan wayfinding systems for hospitals and campuses, including large-print and pictogram versions for patients with low literacy.",
    ),
    (
        "expertise",
        "A blind member told us our library website is impossible with a screen reader. Can someone audit it and tell our web guy what to fix?",
        "Accessibility specialist certified in WCAG; I test pages with JAWS and VoiceOver and write a prioritized punch list developers can follow.",
    ),
    (
        "expertise",
        "Twenty-two pages of Word text: that's our annual report. Anyone who could turn it into something donors would actually read?",
        "Freelance publication designer; I lay out impact booklets and year-end summaries in InDesign, with infographics, for small charities at half my usual rate.",
    ),
    (
        "expertise",
        "We want to show the county commission exactly which homes in our holler have no broadband. Who can make that map?",
        "GIS analyst with the university extension office; I pull FCC coverage files and address points into clear visuals for public hearings across Appalachia.",
    ),
    (
        "expertise",
        "Our parish wants to ask families what after-school support they'd use, in a way that gives honest answers. Who knows questionnaire design?",
        "Social scientist at a polling firm; I draft neutral survey items, pick a sampling plan and help volunteers avoid leading wording, free for faith communities.",
    ),
    (
        "expertise",
        "Three years of sign-in sheets from our food pantry in Racine are in Excel. Could someone find trends we can show funders?",
        "Data analyst at a Milwaukee health system; weekends I clean messy spreadsheets and build simple charts on visit frequency, seasonality and household size.",
    ),
    (
        "expertise",
        "Donor names are scattered across four spreadsheets and somebody's phone. Who can set up a proper contact database for a small arts nonprofit?",
        "Salesforce administrator; I configure the free NPSP edition for charities, migrate records from old files and train staff in two sessions.",
    ),
    (
        "expertise",
        "Before we host square dances in the old dairy barn near Decorah, someone should tell us if the loft floor can hold a crowd.",
        "Licensed structural engineer in Iowa; I inspect timber-frame agricultural buildings and calculate safe occupancy loads, and I waive my fee for community events.",
    ),
    (
        "expertise",
        "The mosque board in Dearborn wants panels on the roof. How many would cover the electric bill, and is the roof strong enough?",
        "Solar design engineer; I run shading studies, size photovoltaic arrays to a building's utility history and check rafters before installers quote.",
    ),
    (
        "expertise",
        "The camp we run for foster kids in Vermont has a failing leach field. Who can draw up a replacement that passes review?",
        "Wastewater engineer licensed across New England; I design on-site septic systems and handle permits with the environmental regulators in Montpelier.",
    ),
    (
        "expertise",
        "Every thunderstorm floods the playground at Lincoln Elementary in Tulsa. Who could figure out where all that water comes from?",
        "Civil engineer specializing in drainage; I survey grades, trace runoff paths and sketch low-cost fixes like swales and bioretention beds for schools and parks.",
    ),
    (
        "expertise",
        "Our historic theater in Staunton must add a wheelchair ramp that meets code without ruining the facade. Who can draw plans?",
        "Architect focused on accessible retrofits of landmark buildings; I produce ADA-compliant drawings that preservation boards approve.",
    ),
    (
        "expertise",
        "We're applying for a USDA Community Facilities award for a new fire station and have never written anything this big. Who can help?",
        "Professional grant writer, former federal program officer; I draft narratives, budgets and environmental sections for rural infrastructure proposals.",
    ),
    (
        "expertise",
        "Could someone with foundation experience read our two-page letter of inquiry before Friday and tell us if it's convincing?",
        "Former program officer at a large family philanthropy; I give candid line edits on short proposals within 48 hours.",
    ),
    (
        "expertise",
        "SAM.gov keeps rejecting the registration for our tribal youth program, and the federal deadline is in two weeks.",
        "Compliance specialist; I untangle UEI numbers, entity validation and CAGE codes for first-time applicants to government funding.",
    ),
    (
        "expertise",
        "Our town meeting on the proposed gravel pit in Conway keeps turning into shouting. Who can run the next one fairly?",
        "Trained public-dispute mediator; I design and moderate community forums on land-use fights, with ground rules both sides sign beforehand.",
    ),
    (
        "expertise",
        "Library trustees in our town have one Saturday in June to agree on priorities for the next five years. Looking for a neutral facilitator.",
        "Strategic planning consultant; I lead board retreats with SWOT exercises and dot voting, then send a written summary within a week.",
    ),
    (
        "expertise",
        "Two veterans' posts in Fargo both claim the same parade slot every year and it's getting ugly. Anyone who mediates?",
        "Former Air Force JAG officer, now a certified conflict-resolution practitioner; I help service organizations settle disputes between chapters.",
    ),
    (
        "expertise",
        "After a fight at the high school in Gallup, parents want a healing conversation with students. Who does restorative justice work?",
        "Diné peacemaking practitioner and youth counselor; I guide talking circles among teens, families and staff after conflicts.",
    ),
    (
        "expertise",
        "Our Head Start in Fresno is sending home forms about lead testing. Who can put them into Hmong accurately?",
        "Certified translator born in a Thai refugee camp, fluent in White and Green dialects; I render medical and education documents with a second-reader check.",
    ),
    (
        "expertise",
        "A deaf resident plans to speak at our council meeting in Olathe next Tuesday. Who can provide an interpreter?",
        "Nationally certified sign language professional; I work civic hearings, town halls and court sessions across Johnson County.",
    ),
    (
        "expertise",
        "Parents at our mosque in Lewiston keep missing parent-teacher conferences because the notices are only in English.",
        "Somali-speaking translator and cultural liaison; I convert school letters and record short voice messages families can play on WhatsApp.",
    ),
    (
        "expertise",
        "If a member collapsed at the Yuma senior center tomorrow, nobody would know what to do. Who could run a class?",
        "Paramedic and American Heart Association instructor; I teach Heartsaver CPR and defibrillator use to groups of up to 12, older adults welcome.",
    ),
    (
        "expertise",
        "Bartenders on our block in Huntington have seen three overdoses this winter. Who can show them what to do?",
        "Harm-reduction nurse; I train hospitality workers to recognize opioid poisoning and give Narcan, and I leave kits behind.",
    ),
    (
        "expertise",
        "Our summer youth crew clears trails in the Arizona desert. Who can train the leaders on spotting heatstroke?",
        "Wilderness medicine instructor and ER physician in Phoenix; I run half-day courses on hyperthermia, hydration and evacuation for outdoor programs.",
    ),
    (
        "expertise",
        "Growers in our co-op are under huge stress after two bad harvests. Who could show us how to recognize someone in crisis?",
        "Licensed counselor who grew up raising wheat near Salina; I teach Mental Health First Aid for rural audiences, including suicide warning signs.",
    ),
    (
        "expertise",
        "I run a cat rescue in Beaufort and we just took in 14 from a hoarding case. Who can help us figure out which are sick?",
        "Shelter veterinarian; I do intake exams, FIV/FeLV testing and triage for animal welfare groups at cost on weekends in the Lowcountry.",
    ),
    (
        "expertise",
        "Many of the elders at our meal program take eight or nine pills a day. Is there someone who could look them over for dangerous combos?",
        "Clinical pharmacist; I do brown-bag medication reviews at community sites, checking for interactions and duplicate prescriptions.",
    ),
    (
        "expertise",
        "Varias familias de nuestra iglesia en Homestead tienen preguntas sobre el TPS. ¿Alguien sabe de leyes migratorias?",
        "Soy abogada acreditada ante la corte; doy consultas gratuitas los sábados en español sobre estatus protegido y asilo para congregaciones del sur de Florida.",
    ),
    (
        "expertise",
        "The planning board in Bend says our tiny-home village for veterans violates setbacks. Who knows zoning law well enough to fight it?",
        "Oregon attorney who has won dozens of variance and conditional-use hearings; I take one housing case a year for free.",
    ),
    (
        "expertise",
        "First paid employee at our watershed council starts next month. What do we have to do about I-9s, workers' comp and overtime?",
        "HR consultant and former state labor investigator; I set up onboarding checklists, classification decisions and required posters for tiny organizations.",
    ),
    (
        "expertise",
        "Can a nonprofit serve wine at a gala in a rented barn in Kentucky, or do we have to get some kind of permit first?",
        "Alcohol-beverage attorney in Louisville; I handle temporary special-event licenses from the ABC board for charities and fairs.",
    ),
    (
        "expertise",
        "We built a youth mentoring app that collects kids' names and locations. Who can tell us if we're breaking any privacy rules?",
        "Data-protection lawyer; I check software that handles minors' information against COPPA and state statutes, and draft plain-language consent forms for parents.",
    ),
    (
        "expertise",
        "A member left her house to our congregation in her will, but her nephew is challenging it. Where do we start?",
        "Estate litigator in Richmond; I advise churches and charities on bequests, contested estates and selling inherited property.",
    ),
    (
        "expertise",
        "Our acequia in the San Luis Valley is fighting over a ditch allocation with a new subdivision. Who understands Colorado's prior-appropriation rules?",
        "Alamosa attorney; I represent traditional irrigation associations in water-court adjudications and seniority disputes with developers.",
    ),
    (
        "expertise",
        "Two small animal shelters in Maine want to become one organization. What's legally involved, and who can guide us?",
        "Corporate attorney who has handled 11 charity consolidations; I draft plans of merger, file notices with the attorney general and transfer assets.",
    ),
    (
        "expertise",
        "Our neighborhood garden has no 501(c)(3). Can someone explain how a fiscal sponsor arrangement works and what the contract should say?",
        "Nonprofit attorney; I write model agreements between umbrella organizations and unincorporated projects, covering fees, reporting and who owns assets.",
    ),
    (
        "expertise",
        "Lots of guys in our reentry group can't get hired because of old arrests. Any lawyer who clears convictions?",
        "Public defender; I host expungement and record-sealing nights for people with past offenses in Cuyahoga County.",
    ),
    (
        "expertise",
        "Since our charter school in Baton Rouge switched payroll vendors, the quarterly 941s don't match. Who can untangle it?",
        "Former IRS revenue agent; I reconcile federal employment-tax filings, W-2 mismatches and withholding errors for educational employers.",
    ),
    (
        "expertise",
        "A foundation wants our overhead rate, and honestly we don't know it. Who can work out indirect costs for a tiny agency?",
        "Nonprofit finance consultant; I calculate administrative percentages, build allocation models and prepare the figures grantmakers ask for.",
    ),
    (
        "expertise",
        "At my little Methodist church in Hays, the offering still gets counted on the pastor's kitchen table. Who could set up proper controls?",
        "Retired bank examiner; I help congregations design two-person tallying, deposit procedures and simple monthly statements.",
    ),
    (
        "expertise",
        "Just got elected treasurer of our UFCW local in Omaha and the LM-2 report looks terrifying. Anyone to mentor me?",
        "CPA who has audited labor organizations for 20 years; I coach new officers through Department of Labor financial disclosures.",
    ),
    (
        "expertise",
        "The 5K for suicide prevention in Billings wants a shirt design runners will actually wear again.",
        "Screen-print artist; I draw bold one- and two-color graphics that print cheaply on race tees and hoodies.",
    ),
    (
        "expertise",
        "Our farm women's collective in Vidalia wants labels for the pepper jelly that look good in a boutique and meet FDA rules.",
        "Food packaging designer; I create jar wraps with compliant nutrition panels and ingredient statements, and I know what specialty grocers look for.",
    ),
    (
        "expertise",
        "The county historical society has great artifacts and terrible displays. Who could plan a traveling exhibit on the 1913 flood?",
        "Museum installation designer; I develop panel text, casework layouts and portable shows for small heritage organizations.",
    ),
    (
        "expertise",
        "Seniors in our ride-share program can't figure out the booking page. Who can make it simpler?",
        "UX researcher; I run usability sessions with older adults, watch where they stumble and hand developers a list of interface changes.",
    ),
    (
        "expertise",
        "Our annual powwow in Shawnee deserves better pictures than our phones take. Is there a photographer who respects protocol around dancers?",
        "Citizen Potawatomi shooter with 12 years in editorial work; I know when not to raise the camera during honor songs.",
    ),
    (
        "expertise",
        "We have 90 seconds at the county fair board meeting to explain our 4-H barn project. Could someone help us make a short film?",
        "Documentary editor; I script, shoot and cut brief pieces for agricultural clubs and civic groups, usually in a weekend.",
    ),
    (
        "expertise",
        "We just gave away our 1,000th bike in Missoula, and no paper has noticed. Who can pitch reporters?",
        "Communications strategist and ex-newsroom editor; I write releases and know which Montana editors answer email.",
    ),
    (
        "expertise",
        "Staff at our shelter raised concerns about a supervisor, and we have no handbook or grievance system. Help?",
        "SHRM-certified human-resources consultant; I write employee policies and complaint procedures and train managers, discounted for social service agencies.",
    ),
    (
        "expertise",
        "The park district says our Fourth of July fireworks need a liability policy. What coverage is enough, and who writes it?",
        "Independent insurance broker; I place one-day event protection for fairs, parades and pyrotechnic shows and explain certificates naming the municipality as additional insured.",
    ),
    (
        "expertise",
        "Someone hacked our food bank's email and sent fake invoices to donors. Who can lock things down?",
        "Cybersecurity engineer; I set up multi-factor login, phishing training and backups for small charities after a breach.",
    ),
    (
        "expertise",
        "The rural library branch I manage in Ely has six ancient PCs and a router from 2009. Who can tell us what to replace?",
        "Network technician; I assess community computer labs, spec affordable hardware and set up Wi-Fi, weekends in northern Minnesota.",
    ),
    (
        "expertise",
        "For a decade we've relied on one bake sale each spring. Who could help us think about a real annual giving plan?",
        "Development director with 25 years in small-town philanthropy; I coach boards on donor pipelines, year-end appeals and major-gift asks.",
    ),
    (
        "expertise",
        "A developer offered to buy the land under our community garden in Providence. How do we know if the price is fair?",
        "State-certified appraiser; I value urban parcels and can produce a restricted report for neighborhood groups negotiating a sale.",
    ),
    (
        "expertise",
        "The vacant lot by our AME church in Macon could be a pocket park. Who could sketch a layout the city would take seriously?",
        "Landscape architect; I draw schematic plans for small green spaces, with plant lists and cost estimates, to attach to municipal applications.",
    ),
    (
        "expertise",
        "A giant oak at our cemetery in Natick is dropping limbs near graves. Who can tell us if it has to come down?",
        "ISA-certified arborist; I do hazard assessments with resistograph testing and give written removal or pruning recommendations.",
    ),
    (
        "expertise",
        "Neighbors hope to grow vegetables on an old gas station lot in Gary. How do we know the dirt is safe?",
        "Environmental chemist; I sample for lead, petroleum and heavy metals and explain results and raised-bed options to urban growers.",
    ),
    (
        "expertise",
        "Somebody donated hives to our elementary school, and nobody knows what to do with them. Looking for guidance before spring.",
        "Master apiarist with the state association; I mentor first-year keepers and give classroom demos on colony health.",
    ),
    (
        "expertise",
        "Boxes of minutes from our Prince Hall lodge, going back to 1902, are molding in a basement. Who knows how to save them?",
        "Archivist at a historically Black university; I advise community groups on cleaning, rehousing and digitizing fragile records.",
    ),
    (
        "expertise",
        "The outdoor gospel concert in Selma keeps having feedback problems. Who can run sound properly?",
        "Live audio engineer; I tune PA systems, ring out monitors and mix choirs and bands for open-air events.",
    ),
    (
        "expertise",
        "Our credit union wants high schoolers to learn money basics. Is there an educator who could build a six-week unit?",
        "Former economics teacher and curriculum writer; I create financial-literacy lessons aligned to state standards with teen-friendly activities.",
    ),
    (
        "expertise",
        "A few kids in our Sunday school have autism and our volunteers feel lost. Who could coach them?",
        "Board-certified behavior analyst; I train church teams on visual schedules, sensory breaks and calm transitions for neurodivergent children.",
    ),
    (
        "expertise",
        "Several families in our trailer park are drowning in payday loans. Who could sit with them one-on-one?",
        "HUD-certified housing and credit counselor; I offer free individual debt plans and negotiate with high-interest lenders.",
    ),
    (
        "expertise",
        "Workers at our poultry plant mostly miss out on the EITC. Could someone come do returns during shift breaks in February?",
        "IRS-certified VITA site coordinator; my team prepares free filings for low-income households and comes to workplaces on weekday evenings.",
    ),
    (
        "expertise",
        "After last year's ice storm, our township realized there's no plan for opening a warming center. Who writes those?",
        "Retired county emergency manager; I help small municipalities draft sheltering annexes, supply lists and volunteer call-down trees.",
    ),
    (
        "expertise",
        "Church moms in Laredo want to sell tamales at fundraisers, but the health department asked about our kitchen. Who can advise?",
        "Certified ServSafe instructor and former county sanitarian; I prep groups for inspections and teach safe holding temperatures.",
    ),
    (
        "expertise",
        "Queremos abrir una cooperativa de limpieza en Santa Ana, pero no entendemos los estatutos ni los impuestos. ¿Quién nos orienta?",
        "Contadora bilingüe con experiencia en empresas de propiedad de trabajadores; asesoro sobre registro, reglamentos internos y declaraciones fiscales.",
    ),
    (
        "expertise",
        "Los padres de la escuela en Yakima no entienden las cartas del distrito sobre educación especial. ¿Alguien podría pasarlos al español con precisión?",
        "Traductora certificada, exmaestra de niños con discapacidades; conozco la terminología de los IEP y adapto textos para familias.",
    ),
    (
        "expertise",
        "Nuestra clínica comunitaria en Immokalee quiere dar charlas sobre diabetes a trabajadores del campo. ¿Hay algún profesional que pueda venir?",
        "Soy nutrióloga y educadora certificada en control de azúcar en la sangre; doy talleres en español por la tarde para jornaleros.",
    ),
    (
        "expertise",
        "Un compañero de nuestra cuadrilla en Houston se cayó de un andamio y el contratista se niega a cubrir los gastos. ¿Quién sabe de compensación laboral?",
        "Abogado bilingüe especializado en lesiones de obreros y reclamos al seguro del empleador; primera consulta sin costo.",
    ),
    (
        "expertise",
        "Looking for help turning our grant narrative into a line-item budget with fringe, indirect and match columns.",
        "Federal awards accountant; I build SF-424A spreadsheets and cost justifications that reviewers can follow easily.",
    ),
    (
        "expertise",
        "Anyone experienced with National Endowment for the Arts applications? Our bluegrass festival in Galax wants to try for Challenge America.",
        "Former folklife coordinator at a state cultural council; I've written successful federal proposals for old-time and traditional music events and know what panels score.",
    ),
    (
        "expertise",
        "Our nail-salon workers' alliance in Garden Grove is printing chemical-safety flyers, and they have to be in Vietnamese.",
        "Translator raised in Saigon, now an occupational-health educator; I adapt workplace hazard materials for Orange County manicurists.",
    ),
    (
        "expertise",
        "Looking for someone to voice our hurricane-prep radio spots in Kreyòl for listeners in North Miami.",
        "Haitian-born broadcaster and certified translator; I record public-service announcements for South Florida stations.",
    ),
    (
        "expertise",
        "Refugee families at our resettlement office in Boise struggle with lease paperwork. Can anyone interpret Arabic for us two afternoons a month?",
        "Iraqi-American court-certified linguist; free Tuesdays and Thursdays after lunch, comfortable with rental and utility vocabulary.",
    ),
    (
        "expertise",
        "Hoping to produce our voter guide in Diné bizaad for chapter houses around Chinle.",
        "Navajo language teacher and certified translator; I've done election materials for the Apache County recorder.",
    ),
    (
        "expertise",
        "A dozen new Karen families joined our Baptist church in St. Paul. Is there anyone who could render Sunday services in their language?",
        "Son of a pastor from a refugee camp on the Thai-Burma border; I interpret worship and sermons into Sgaw and Pwo.",
    ),
    (
        "expertise",
        "Four Ukrainian families arrived in Sioux Falls under U4U, and the school enrollment forms are baffling them. Any translator around?",
        "Kyiv-born paralegal; I help newcomers from Kyiv and Kharkiv complete district registrations, vaccination records and parole documents in their own language.",
    ),
    (
        "expertise",
        "Our practice in Springdale sees many Marshallese patients, and our consent forms are English-only.",
        "Born on Majuro, now a medical interpreter; I translate clinical documents and explain COFA health coverage to Pacific Islander families in Arkansas.",
    ),
    (
        "expertise",
        "A blind voter asked for our candidate questionnaire results in braille. Who can produce that?",
        "Certified transcriptionist with an embosser at home; I turn print documents into tactile Grade 2 format within a week.",
    ),
    (
        "expertise",
        "Planning a flu-shot day at the union hall in Scranton. Someone credentialed has to run it and handle the paperwork.",
        "Pharmacist with a mobile immunization license; I bring influenza and COVID doses to workplaces and bill insurance directly.",
    ),
    (
        "expertise",
        "Half the kids signing up for our free summer basketball league in Camden don't have a doctor, and the league requires physicals.",
        "Pediatric nurse practitioner; I run pre-participation exams for youth athletes at rec centers, 30 per evening.",
    ),
    (
        "expertise",
        "Teachers at our preschool in Pine Ridge keep noticing kids with rotten teeth. Could a professional come check them?",
        "Public-health dental hygienist; I do fluoride varnish and cavity screenings at schools and daycares on reservations in South Dakota.",
    ),
    (
        "expertise",
        "Lots of our third graders in Tunica can't see the board, and families can't afford eye exams.",
        "Optometrist with a mobile van; I screen students and fit free glasses through a partner lab, Mississippi Delta schools preferred.",
    ),
    (
        "expertise",
        "Many members of our Black church in Memphis have type 2 and no idea how to cook differently. Looking for someone to lead sessions.",
        "Registered dietitian who grew up on soul food; I teach lower-sugar versions of family recipes in fellowship halls.",
    ),
    (
        "expertise",
        "Seniors at our lunch club keep asking about living wills and medical power of attorney. Can someone explain the options?",
        "Palliative-care social worker; I run advance-directive workshops and help people fill out Five Wishes on the spot.",
    ),
    (
        "expertise",
        "New moms staying with us at the women's residence have nobody to help with breastfeeding. Any professional willing to come by?",
        "IBCLC lactation consultant; I make free visits to family shelters and maternity homes around Des Moines.",
    ),
    (
        "expertise",
        "The creek crossing on our nature trail in Boone washed out. Is there an engineer who could design a simple pedestrian bridge?",
        "Retired state DOT structures specialist; I spec small timber and steel spans for greenways and sign off on load ratings.",
    ),
    (
        "expertise",
        "Our Jewish community center's old boilers guzzle money. Could someone tell us whether a heat pump retrofit makes sense?",
        "Mechanical engineer specializing in building electrification; I do energy audits and payback estimates for congregations and schools.",
    ),
    (
        "expertise",
        "Every time we run the stage lights at the Ogden community theater, a breaker trips. Is this dangerous?",
        "Master electrician; I evaluate load on old panels in auditoriums and install dedicated circuits for dimmer racks and fixtures.",
    ),
    (
        "expertise",
        "The steeple at our 1890s Lutheran church in Fredericksburg is leaking, and contractors give wildly different quotes. Who can tell us the truth?",
        "Historic-masonry and roofing consultant; I inspect towers and spires, write repair specs and help congregations compare bids.",
    ),
    (
        "expertise",
        "Kids swim in the river below Elkader every summer, and we've never tested for bacteria. Anyone know how?",
        "Watershed scientist; I train volunteers to collect E. coli samples and run them through a county lab each week.",
    ),
    (
        "expertise",
        "Our county wants to apply for BEAD money but nobody can say how many miles of fiber we'd actually need.",
        "Telecom network planner; I model route lengths, passings and cost per home for rural connectivity proposals.",
    ),
    (
        "expertise",
        "Drivers race past the elementary on Elm Street in Norman. What would it take to get a crosswalk and speed humps?",
        "Traffic engineer; I run velocity studies and write warrants for pedestrian signals and calming devices that city staff accept.",
    ),
    (
        "expertise",
        "After two floods in three years, our trailer community near Lumberton wants to know if a buyout or elevation makes more sense.",
        "Hazard mitigation planner; I walk residents through FEMA acquisition programs, raising homes and the cost-benefit math.",
    ),
    (
        "expertise",
        "Our oral history project is applying to Indiana Humanities, and the draft is due Monday.",
        "Folklorist who sat on review panels for three state cultural agencies; I give overnight critiques focused on public-programming criteria.",
    ),
    (
        "expertise",
        "Hoping to host listening sessions in Lakota and English about the new jail. It takes someone who can hold the room.",
        "Oglala facilitator, bilingual; I run community dialogues with talking-piece protocol on justice issues.",
    ),
    (
        "expertise",
        "The city of Pueblo just created a youth advisory board, and the adults have no idea how to run it well.",
        "Civic-engagement trainer; I coach municipal staff to set up teen commissions with real budgets, agendas and leadership roles.",
    ),
    (
        "expertise",
        "My congregation is split over whether to leave the denomination, and people have stopped speaking. Any experienced guide?",
        "Interim minister trained in church conflict; I lead discernment processes for churches facing disaffiliation votes.",
    ),
    (
        "expertise",
        "The chamber wants a civil forum where pro- and anti-wind-farm residents actually hear each other.",
        "Braver Angels-trained moderator; I run structured depolarization workshops that pair people across political divides.",
    ),
    (
        "expertise",
        "A funder now wants outcome measures for our mentoring program. What should we even measure?",
        "Evaluation consultant; I build logic models, pick indicators and design simple pre/post tools that small after-school groups can run.",
    ),
    (
        "expertise",
        "Trying to show that our zip code has more kids in poverty than Ohio as a whole. Where do those numbers live and how do I pull them?",
        "Demographer at the state data center; I teach people to use American Community Survey tables and explain margins of error.",
    ),
    (
        "expertise",
        "We ran a survey of 300 bus riders in Albuquerque. Could someone help figure out if the results actually mean anything?",
        "Biostatistician; I run significance tests and weighting on community questionnaires and write up findings in plain terms.",
    ),
    (
        "expertise",
        "Our farmers market in Brattleboro still uses a Facebook page as its website. Looking for someone to build a real one with a vendor map.",
        "Web developer; I create WordPress sites with event calendars and interactive stall layouts for fairs and bazaars.",
    ),
    (
        "expertise",
        "After two years, our Instagram has 140 followers. Could a pro audit what we're doing wrong?",
        "Digital marketing consultant; I review accounts, content mix and posting cadence and give small nonprofits a 30-day growth plan.",
    ),
    (
        "expertise",
        "We'd love a charming, artistic map of the historic Greenwood business district for walking tours.",
        "Illustrator and cartographer; I paint hand-drawn neighborhood guides for heritage trails and tourism boards.",
    ),
    (
        "expertise",
        "Our food bank is outgrowing its warehouse. Could an architect help us figure out if adding a mezzanine could work?",
        "Design-build professional; I do feasibility studies for industrial buildings, including racking, loading docks and second-level storage.",
    ),
    (
        "expertise",
        "Our volunteer fire company in Pennsylvania wants the AFG grant for new turnout gear. Anyone done one that got funded?",
        "Retired battalion chief; I've written successful Assistance to Firefighters proposals for 20 departments.",
    ),
    (
        "expertise",
        "Necesitamos a alguien que revise el contrato de renta del local para nuestra panadería cooperativa en Pasco.",
        "Abogado de bienes raíces comerciales; leo arrendamientos para pequeños negocios latinos del este de Washington sin cobrar la primera hora.",
    ),
    (
        "expertise",
        "Queremos hacer una página web para nuestro ballet folclórico en Salinas. ¿Alguien hace sitios a buen precio?",
        "Diseñadora digital; creo portales sencillos con galería de fotos y calendario de presentaciones para grupos culturales, con descuento a organizaciones comunitarias.",
    ),
    (
        "expertise",
        "Los jornaleros de nuestra parroquia en Salem trabajan con pesticidas y nadie les ha explicado los riesgos. ¿Quién puede dar una capacitación?",
        "Enfermera de salud ocupacional; doy talleres sobre químicos agrícolas, equipo de protección y síntomas de intoxicación, en español y mixteco.",
    ),
    (
        "expertise",
        "Nuestro grupo de mujeres quiere abrir un camión de comida y no sabemos qué permisos pide el condado de Maricopa.",
        "Asesora de pequeños negocios en Phoenix; ayudo a emprendedoras a sacar licencias sanitarias, registro fiscal y seguro para venta ambulante.",
    ),
    (
        "expertise",
        "Tenemos tres años de datos de asistencia de la escuelita de inglés y no sabemos cómo presentarlos a los donantes.",
        "Analista de información bilingüe; convierto hojas de cálculo en gráficas claras e informes breves para patrocinadores de programas educativos.",
    ),
    (
        "expertise",
        "A brewery two states over just started using our festival's name. Can we stop them?",
        "Trademark attorney; I run clearance searches, register marks with the USPTO and send cease-and-desist letters for community events and small brands.",
    ),
    (
        "expertise",
        "The Hendricks family wants to protect their 400-acre ranch outside Cody from development forever. What are the legal options?",
        "Land-conservation lawyer; I draft perpetual easements, baseline documentation and tax-deduction paperwork for Wyoming landowners.",
    ),
    (
        "expertise",
        "The school board in Laramie keeps deciding things behind closed doors. Is that even allowed?",
        "Media-law attorney; I advise residents and reporters on sunshine statutes, executive-session limits and public-records requests.",
    ),
    (
        "expertise",
        "Volunteers hope to put a library levy on the November ballot in Bellingham. What are the signature and filing rules?",
        "Election-law specialist; I guide citizen petition drives through county auditor requirements, deadlines and validity checks.",
    ),
    (
        "expertise",
        "Drivers at our warehouse in Joliet want to form a union but are scared of retaliation. Where do they get solid advice?",
        "Labor lawyer; I explain protected concerted activity and file unfair-practice charges when workers get fired for organizing.",
    ),
    (
        "expertise",
        "Our post has several Vietnam-era members denied for Agent Orange claims. Is there anyone credentialed to fight these?",
        "County veterans service officer; I prepare supplemental filings and Board of Veterans' Appeals cases for presumptive herbicide conditions.",
    ),
    (
        "expertise",
        "Families in our apartment complex in Charlotte got 10-day notices after complaining about mold. Any tenant lawyers?",
        "Housing attorney at a legal clinic; I defend renters against retaliatory evictions and code-violation disputes in Mecklenburg County.",
    ),
    (
        "expertise",
        "A young man in our autism support group was cut off SSI and doesn't understand the letter.",
        "Benefits advocate; I decode Social Security notices, request reconsideration and prepare for hearings for people with disabilities.",
    ),
    (
        "expertise",
        "Handshake deals on our family's hay ground are causing trouble. Can someone write a proper cash-rent agreement?",
        "Agricultural law extension specialist; I draft farmland leases with termination, conservation and payment terms for Midwestern landowners and tenants.",
    ),
    (
        "expertise",
        "Our 4-H robotics kids want to fly drones at the county fair for aerial photos. What rules apply?",
        "FAA Part 107 certified pilot and instructor; I teach youth groups airspace basics and file waivers for events.",
    ),
    (
        "expertise",
        "Our neighborhood coalition in Burlington wants to keep homes permanently affordable. How do community land trusts structure the deals?",
        "Housing lawyer who helped launch three shared-equity programs; I draft 99-year ground leases and resale formulas.",
    ),
    (
        "expertise",
        "This year we spent more than $750,000 in federal funds for the first time. Does that trigger some special audit?",
        "Partner at a CPA firm; I perform Uniform Guidance compliance examinations for small nonprofits crossing the threshold.",
    ),
    (
        "expertise",
        "Donors keep giving us used furniture and asking for receipts with values. What's the right way to handle that?",
        "Nonprofit tax advisor; I set up gift-acknowledgment letters and fair-market valuation guides for thrift and reuse organizations.",
    ),
    (
        "expertise",
        "Trying to open a 40-slot child care center in Lusk, a town of 1,500. Can the numbers ever work?",
        "Early-education finance consultant; I build enrollment-based pro formas showing break-even, subsidy mix and staffing ratios for rural providers.",
    ),
    (
        "expertise",
        "How should our farm price CSA shares so we don't lose money again next season?",
        "Agricultural economist; I do enterprise budgets for small vegetable operations and help set subscription rates that cover labor.",
    ),
    (
        "expertise",
        "We paid 30 musicians at our summer concert series. Do we owe them tax forms?",
        "Bookkeeper for arts presenters; I track contractor payments, collect W-9s and issue 1099-NECs each January.",
    ),
    (
        "expertise",
        "Someone left our town library $1.2 million. The trustees have no idea how to handle it responsibly.",
        "Retired portfolio manager; I help small boards write investment policy statements, spending rules and manager selection criteria.",
    ),
    (
        "expertise",
        "Every spring, drinking water at our church camp in the Ozarks fails testing. Who figures out why?",
        "Hydrogeologist; I diagnose contamination in private wells, from casing cracks to surface runoff, and recommend chlorination or treatment systems.",
    ),
    (
        "expertise",
        "The city inspector says our converted warehouse arts space needs sprinklers before we can host shows. Where do we start?",
        "Fire-protection engineer; I design suppression systems and negotiate phased compliance plans with code officials for creative venues.",
    ),
    (
        "expertise",
        "Our senior apartments lost power for four days last winter. What size backup system would keep the elevator and heat running?",
        "Electrical engineer; I calculate standby generator loads and transfer switch setups for residential buildings and shelters.",
    ),
    (
        "expertise",
        "A church wants to turn its fellowship kitchen into a licensed commercial one for a catering training program.",
        "Food-service consultant; I lay out hood, grease trap and three-compartment sink requirements and walk plans through health review.",
    ),
    (
        "expertise",
        "Nobody can understand speakers in our gym when it's used for town meetings. Any fix besides shouting?",
        "Acoustical consultant; I measure reverberation and recommend absorptive panels and sound reinforcement for multipurpose halls.",
    ),
    (
        "expertise",
        "The high school greenhouse in Bemidji freezes every January. How do we keep it warm cheaply?",
        "Controlled-environment ag specialist; I design passive solar, thermal mass and efficient heating for northern grow houses.",
    ),
    (
        "expertise",
        "Our town wants to put car chargers at the library lot. What should we know about power and permits?",
        "EV infrastructure engineer; I assess utility capacity, pick Level 2 or fast equipment and prepare interconnection paperwork.",
    ),
    (
        "expertise",
        "After a teenager nearly drowned in a grain bin near Kearney, our co-op wants to train every farm family.",
        "Agricultural safety specialist; I teach entrapment prevention and lead rescue-tube drills with rural fire departments.",
    ),
    (
        "expertise",
        "Our after-school tutors keep losing patience with kids who act out. Could someone teach them what these kids may have been through?",
        "Child psychologist; I train youth workers in trauma-informed responses, de-escalation and self-regulation strategies.",
    ),
    (
        "expertise",
        "No concussion protocol exists for our youth football league in Massillon. Who could help write one?",
        "Sports medicine physician; I develop head-injury return-to-play policies and train coaches to spot symptoms on the sideline.",
    ),
    (
        "expertise",
        "The homeless shelter in Anchorage had a TB case. How do we screen our guests and staff?",
        "Infectious-disease nurse; I organize skin tests and chest X-ray referrals for congregate living sites and advise on ventilation.",
    ),
    (
        "expertise",
        "Shop owners on our Main Street want to be more welcoming to customers with memory loss.",
        "Geriatric care manager; I run Dementia Friends trainings for retail staff, banks and libraries.",
    ),
    (
        "expertise",
        "Our free clinic in Greenville is losing its supervising physician in May. Is there a doctor who'd take over oversight?",
        "Semi-retired internist; I'm available as volunteer medical director for charitable practices, signing protocols and reviewing charts monthly.",
    ),
    (
        "expertise",
        "Folks living in the encampment along the river have infected feet and cuts. Any clinicians willing to do street outreach?",
        "Wound-care nurse; I do Saturday rounds with a backpack of supplies for unsheltered people in Sacramento.",
    ),
    (
        "expertise",
        "Kids showing goats at our county fair have to get health certificates. Any large-animal vet?",
        "Mixed-practice veterinarian; I do show-barn inspections, CVIs and scrapie tags for 4-H exhibitors.",
    ),
    (
        "expertise",
        "Half our seniors in Eunice never file the FAFSA. Could someone run a family night?",
        "College financial-aid counselor; I walk parents through federal student aid forms in English or Spanish, evenings.",
    ),
    (
        "expertise",
        "Men at our recovery house are applying for jobs with no resumes. Anyone good at that?",
        "Career coach and former HR recruiter; I write work histories that explain gaps and teach interview skills to people rebuilding after addiction.",
    ),
    (
        "expertise",
        "Forty cassette interviews with coal miners sit in our heritage society's closet; we'd like to turn them into a podcast.",
        "Audio producer; I digitize tape, clean up hiss and edit oral histories into episodic series.",
    ),
    (
        "expertise",
        "'Annie' opens in six weeks for our youth production, and the set is three painted sheets.",
        "Scenic designer; I build simple, movable platforms and flats for school and community theaters on tiny budgets.",
    ),
    (
        "expertise",
        "We're turning a church basement into a teen hangout in Dubuque. Could someone make it not feel like a basement?",
        "Interior designer; I use lighting, color and modular furniture to transform windowless rooms into inviting youth spaces.",
    ),
    (
        "expertise",
        "Nuestra asociación de vendedores ambulantes en Los Ángeles quiere entender la nueva ley de permisos. ¿Alguien con conocimiento legal?",
        "Abogada de derechos económicos; doy orientación gratuita a comerciantes de la calle sobre licencias municipales y multas.",
    ),
    (
        "expertise",
        "Las señoras de la parroquia quieren vender conservas caseras. ¿Quién nos explica las reglas de etiquetado y las leyes de Colorado?",
        "Especialista en inocuidad de comida de la extensión universitaria; ofrezco cursos en español sobre producción doméstica legal y rótulos.",
    ),
    (
        "expertise",
        "Buscamos un ingeniero que revise si el techo del salón de nuestra iglesia en Dalton aguanta paneles solares.",
        "Calculista de estructuras con licencia en Georgia; evalúo cubiertas de edificios religiosos antes de instalar energía fotovoltaica.",
    ),
    (
        "expertise",
        "Queremos hacer una encuesta a las familias migrantes del valle de Skagit, pero no sabemos cómo redactar las preguntas sin ofender.",
        "Socióloga bilingüe; diseño cuestionarios culturalmente sensibles y capacito a entrevistadores comunitarios.",
    ),
    (
        "expertise",
        "¿Alguien puede dar un taller de primeros auxilios en español para las niñeras de nuestra red en Pasadena?",
        "Paramédica bilingüe e instructora certificada; enseño RCP y atención de emergencias a cuidadoras infantiles, sábados por la mañana.",
    ),
    (
        "expertise",
        "Anyone know a structural engineer who'd look at a 1920s covered bridge our township in Indiana wants to reopen to foot traffic?",
        "Retired timber-truss specialist who inspected Parke County's spans for 25 years; I assess historic wooden crossings for pedestrian loads.",
    ),
    (
        "expertise",
        "Seeking a Lao speaker who can explain the new recycling rules at a neighborhood meeting in Elgin.",
        "Interpreter born in Vientiane; I cover public gatherings and city notices for Chicago-area families.",
    ),
    (
        "expertise",
        "Hoping to find a Portuguese-speaking nurse for a health fair at our Azorean club in New Bedford.",
        "RN raised on São Miguel; I do blood pressure and glucose checks at community events in my parents' language, weekends on the South Coast.",
    ),
    (
        "expertise",
        "Does anyone work in Tagalog? The caregivers' union in Daly City is printing a know-your-rights card.",
        "Filipino-American paralegal and translator; I render labor notices and wage-theft materials into Filipino for home-care workers.",
    ),
    (
        "expertise",
        "Trying to land a state tourism marketing grant for our roundup in Pendleton, and the application wants proof we bring money into town.",
        "Travel-industry economist; I estimate visitor spending, hotel nights and sales-tax effects for festivals and western events.",
    ),
    (
        "expertise",
        "Could use a lawyer to look at a sponsorship contract a beverage company sent our youth soccer league in Lee's Summit.",
        "Sports-business attorney; I review naming-rights and endorsement agreements for amateur athletic associations.",
    ),
    (
        "expertise",
        "Is there a CPA who knows how sovereign nations keep their books? Our new tribal gas station has to start out right.",
        "Accountant who has served Native-owned businesses for 18 years; I build ledgers that separate government and enterprise funds.",
    ),
    (
        "expertise",
        "Help wanted: a grief counselor for our eighth graders after a classmate died in a car crash last week.",
        "Licensed clinical social worker specializing in bereavement; I run crisis support groups in schools in the days after a loss.",
    ),
    (
        "expertise",
        "Older members at the chapel in Holland, Michigan, can't follow the sermon even with their hearing devices.",
        "Audiologist who installs induction loops; I fit sanctuaries and theaters so telecoil-equipped aids pick up the pulpit mic.",
    ),
    (
        "expertise",
        "The old neon sign on our downtown theater in Paducah has been dark since 1998. Anyone restore those?",
        "Glass bender; I repair vintage tubes, transformers and channel letters on marquees from the 1930s through the 60s.",
    ),
    (
        "expertise",
        "Our 1911 pipe organ in Calumet wheezes on half the stops. Is anyone in the UP qualified to look at it?",
        "Tracker-action restorer; I've releathered windchests and voiced ranks in historic churches across Michigan and Wisconsin.",
    ),
    (
        "expertise",
        "Looking for a certified welder to teach a 10-week class at the county jail's reentry program.",
        "AWS-credentialed fabricator and CTE instructor; I run short courses in MIG and stick for incarcerated learners.",
    ),
    (
        "expertise",
        "Descendants of freedmen in Okmulgee want help tracing their ancestors on the Dawes Rolls.",
        "Professional genealogist; I research Five Tribes enrollment jackets and Reconstruction-era records for Black families.",
    ),
    (
        "expertise",
        "Hoping to get the Rosenwald school in Cheraw listed on the National Register. Who writes nominations?",
        "Architectural historian; I've prepared 14 successful historic-designation packets for Southern classroom buildings of the Jim Crow era.",
    ),
    (
        "expertise",
        "Volunteers at our adult English class in Worthington are well-meaning but untrained. Could a pro run a workshop?",
        "TESOL-certified instructor; I train community tutors in teaching literacy-level newcomers from East Africa and Central America.",
    ),
    (
        "expertise",
        "A quilt from the 1850s donated to our county museum is falling apart. Should we even display it?",
        "Textile conservator; I stabilize fragile fabrics and advise small collections on safe storage and exhibition.",
    ),
    (
        "expertise",
        "Anyone able to chart the 14 miles of ATV trail in our county woodland so we can hand out a brochure?",
        "Forestry technician with a survey-grade GPS; I record routes and produce printable recreation maps.",
    ),
    (
        "expertise",
        "Putting on our first gala in Cheyenne and have no idea about run-of-show, auction or timing.",
        "Event producer with 200 benefit dinners behind me; I plan program flow, paddle raises and silent-bid logistics.",
    ),
    (
        "expertise",
        "A teen from our group speaks before the state legislature next month and is terrified.",
        "Debate coach and former lobbyist; I prepare young people to deliver committee testimony with confidence.",
    ),
    (
        "expertise",
        "The neighborhood council in Oakland's Chinatown wants our ballot-measure explainer in Cantonese.",
        "Bilingual journalist who writes for a Chinese-language weekly; I translate civic guides using traditional characters.",
    ),
    (
        "expertise",
        "Korean-speaking elders at our senior lunch program in Annandale keep missing Medicare enrollment deadlines.",
        "SHIP-certified benefits counselor who grew up in Seoul; I explain Part D and Advantage plans to older immigrants in Fairfax County.",
    ),
    (
        "expertise",
        "Afghan families we resettled in Fort Worth can't figure out car insurance and driver licensing.",
        "Dari and Pashto interpreter, former U.S. Army linguist in Kandahar; I help newcomers through DMV tests and auto coverage.",
    ),
    (
        "expertise",
        "The community orchard in Hood River wastes tons of water with old sprinklers. Could someone redesign it?",
        "Irrigation designer; I convert overhead systems to micro-drip and set up soil moisture sensors for fruit growers.",
    ),
    (
        "expertise",
        "Parents at our church in Lubbock want an age-appropriate puberty talk for 5th graders, taught by someone medical.",
        "Pediatrician and mother of four; I lead faith-friendly body-changes classes for tweens and their families.",
    ),
    (
        "expertise",
        "Since the plant closed, men in our town have been drinking more and talking less. Could a counselor lead something that doesn't feel like therapy?",
        "Licensed addiction specialist and former millworker; I run informal coffee-and-truth groups for laid-off guys at diners and union halls.",
    ),
    (
        "expertise",
        "The library in Tok wants a private booth where patients can see doctors online. What tech and privacy setup works?",
        "Telemedicine implementation specialist; I configure HIPAA-compliant kiosks, cameras and bandwidth for rural access points.",
    ),
    (
        "expertise",
        "Our hippotherapy program in Ocala has a horse going lame. Any equine vet or farrier willing to consult?",
        "Lameness-focused hoof care practitioner; I donate trims and corrective shoeing to special-needs stables in Marion County.",
    ),
    (
        "expertise",
        "Could use a spreadsheet wizard to build a volunteer shift scheduler that texts reminders.",
        "Google Apps Script developer; I automate sign-up sheets with SMS and email notifications for community groups.",
    ),
    (
        "expertise",
        "Our city council meeting videos have no text on screen, and a deaf resident filed a complaint.",
        "CART captioner; I provide real-time and post-production subtitles for public hearings and recorded government sessions.",
    ),
    (
        "expertise",
        "The fishing pier at Tenkiller reservoir is rotting. Anyone who designs marine structures?",
        "Coastal and waterfront engineer; I spec pilings, decking and ADA platforms for lake access and docks.",
    ),
    (
        "expertise",
        "I run a soapmaking social enterprise in Provo and want to be sure the lye ratios are safe before selling.",
        "Cosmetic chemist; I verify saponification formulas and draft safety data sheets for small handmade-product makers.",
    ),
    (
        "expertise",
        "Planning an all-abilities playground in Abilene; where do we find someone who actually knows inclusive design?",
        "Certified safety inspector and occupational therapist; I plan sensory-rich, wheelchair-friendly play spaces.",
    ),
    (
        "expertise",
        "Our tribe wants to restore a traditional corn variety on 20 acres near Window Rock. Any agronomist familiar with heirloom crops?",
        "Plant breeder who works with Indigenous seed keepers; I advise on isolation distances, seed saving and soil fertility for heritage maize.",
    ),
    (
        "expertise",
        "Our church owns 80 acres of woods in Wisconsin and has no idea what to do with the timber.",
        "Consulting forester; I write stewardship plans that qualify landowners for the Managed Forest Law tax program.",
    ),
    (
        "expertise",
        "Bats are living in the attic of our historic schoolhouse museum. How do we evict them legally?",
        "Wildlife biologist; I plan humane exclusions that respect maternity season and endangered-species rules.",
    ),
    (
        "expertise",
        "Nuestra tienda cooperativa en Woodburn quiere aceptar SNAP y WIC. ¿Quién nos explica los trámites con el gobierno?",
        "Consultora de comercio de alimentos; guío a pequeñas bodegas por la solicitud al USDA para beneficios de cupones, en español.",
    ),
    (
        "expertise",
        "Buscamos a un contador que nos ayude a preparar el presupuesto anual de nuestro club de fútbol juvenil en Mesa.",
        "CPA bilingüe; armo planes financieros sencillos para ligas deportivas y asociaciones de padres.",
    ),
    (
        "expertise",
        "Las trabajadoras de la lavandería no saben si les están pagando bien las horas extras. ¿Alguien conoce las leyes de salario en Nueva York?",
        "Abogado laboral; reviso talones de pago y presento reclamos de sueldo ante la oficina laboral del estado, gratis para personas de bajos ingresos.",
    ),
    (
        "expertise",
        "¿Hay alguna psicóloga que hable español y pueda dar una plática sobre ansiedad a las madres de nuestro grupo en Gainesville?",
        "Terapeuta familiar bilingüe; doy charlas sobre estrés, nervios y sueño para mujeres latinas en iglesias y escuelas de Georgia.",
    ),
    (
        "expertise",
        "Queremos pintar un mural sobre la historia del barrio en Pilsen, pero nos falta alguien que haga el boceto y guíe a los jóvenes.",
        "Artista con 20 obras públicas en Chicago; diseño composiciones y dirijo equipos de adolescentes durante la ejecución.",
    ),
    (
        "expertise",
        "The homeschool co-op in Coeur d'Alene takes kids rock climbing. Does a permission slip actually protect us?",
        "Risk-management attorney; I draft releases, assumption-of-risk forms and insurance requirements for outdoor youth activities in Idaho.",
    ),
    (
        "expertise",
        "The owner of our mobile home park in Dover is selling, and residents want to buy it together. Is that even possible?",
        "ROC USA-certified technical assistance provider; I help people in manufactured-housing communities form cooperatives, get financing and close purchases.",
    ),
    (
        "expertise",
        "Deacons at our church in Amarillo want an armed safety team. What are the legal and insurance risks?",
        "Texas attorney and former sheriff's deputy; I advise congregations on Chapter 46 handgun rules, guard licensing and liability coverage.",
    ),
    (
        "expertise",
        "A Cherokee grandmother in our network is fighting for custody of her grandkids sent to live with strangers. Any attorney versed in ICWA?",
        "Family-law practitioner and enrolled tribal member; I handle Indian Child Welfare Act placement-preference cases in state and tribal courts.",
    ),
    (
        "expertise",
        "I'm keeping the books for a citizen group backing the pool bond in Ames, and the disclosure reports confuse me.",
        "Former county elections clerk; I coach ballot-issue committee treasurers through contribution limits, itemization and filing calendars.",
    ),
    (
        "expertise",
        "Sales at our museum gift shop are real money now. Does the IRS want a cut?",
        "Exempt-organizations tax advisor; I analyze unrelated business income and file 990-T returns for cultural venues, zoos and thrift operations.",
    ),
    (
        "expertise",
        "The auxiliary gathered 150 recipes for a fundraiser cookbook. Anyone handy with layout and making casseroles look appetizing on camera?",
        "Former food-magazine art director; I style dishes, shoot them and lay out spiral-bound community collections.",
    ),
    (
        "expertise",
        "Ten years of bird counts from the preserve in Cape May sit in binders, and no one can tell us whether the numbers are going up or down.",
        "Ecologist with R skills; I run population-trend models on long-term wildlife surveys for land trusts and Audubon chapters.",
    ),
    (
        "expertise",
        "A small earthen dam above our camp in West Virginia has a seep. Should we be worried?",
        "Geotechnical engineer; I inspect embankments, piping risk and spillways for private impoundments in Appalachia.",
    ),
    (
        "expertise",
        "Members of our ambulance squad lose radio contact down in the valley. Anyone who understands repeaters?",
        "Licensed RF technician and ham operator; I site and tune VHF relay stations for emergency services in mountain terrain.",
    ),
    (
        "expertise",
        "Lots of vets at our post still smoke, and several want to quit. Could a health professional run a program?",
        "Certified tobacco treatment specialist and respiratory therapist; I lead six-week group cessation classes with nicotine replacement guidance.",
    ),
    (
        "expertise",
        "Is there a certified child passenger safety tech who could check car seats at our community baby shower?",
        "CPST with the fire department; I inspect and install infant and booster restraints at family events, two-hour stations.",
    ),
    (
        "expertise",
        "Durham is trying participatory budgeting for the first time, and someone has to run the idea-collection assemblies.",
        "Civic process designer; I've led public brainstorm sessions and ballot design for resident-decided spending in three cities.",
    ),
    (
        "expertise",
        "The county and the Lummi Nation want to talk about a shared road project, but relations are tense.",
        "Government-to-government negotiator; I facilitate consultations between tribes and local jurisdictions on infrastructure.",
    ),
    (
        "expertise",
        "Elderly Russian-speaking residents in our co-op in Brighton Beach don't understand the new heating rules.",
        "Translator from Odesa; I explain housing notices, utility letters and building bylaws to older immigrants in their native language.",
    ),
    (
        "expertise",
        "Ethiopian parents at our charter school in Columbus want the lunch-menu and allergy notices in Amharic.",
        "Addis Ababa-born registered nurse and translator; I adapt food and medical documents for Habesha families in central Ohio.",
    ),
    (
        "expertise",
        "A family wants to lay a relative to rest in the historic churchyard we thought was full. What are the rules?",
        "Cemetery-law attorney; I advise congregations on plot records, interment rights and state burial statutes.",
    ),
    (
        "expertise",
        "Stray cats and dogs around Eagle Butte have never been vaccinated. Any vet who runs mass clinics?",
        "Shelter-medicine veterinarian; I run one-day rabies and spay events on tribal lands with a mobile surgical unit.",
    ),
    (
        "expertise",
        "Our 80-year-old founder wrote a memoir about the civil rights movement in Jackson, and it deserves real professional polish.",
        "Developmental editor, 20 years at a university press; I shape life stories and oral testimony into publishable books.",
    ),
    (
        "expertise",
        "School lunch in Hartford is all reheated. Could a chef help redesign menus using USDA commodities?",
        "Culinary director who has retrained cafeteria staff in 12 districts; I write scratch-cooking recipes that fit federal meal patterns.",
    ),
    (
        "expertise",
        "Our tribal college in Belcourt wants to apply for an NSF STEM award and has never done a federal science application.",
        "Research development officer; I coordinate sponsored-project submissions, data-management sections and Research.gov logistics for minority-serving institutions.",
    ),
    (
        "expertise",
        "The estate of a local painter wants to donate 200 works to our arts center. What should the donation contract say?",
        "Art-law attorney; I negotiate deeds of gift, reproduction rights and deaccession terms between collectors' heirs and small museums.",
    ),
    (
        "expertise",
        "The treasurer of my bowling league died and nobody knows where the money is. Could someone reconstruct the books?",
        "Forensic accountant; I trace bank statements and rebuild financial histories for clubs after a sudden loss of records.",
    ),
    (
        "expertise",
        "Farmers around Fairbury are getting offers from a wind developer and want an independent read on the lease terms and the noise.",
        "Acoustics engineer and energy-contract reviewer; I model turbine sound at homesteads and flag one-sided easement clauses for landowners.",
    ),
    (
        "expertise",
        "Need someone who can lay out a bilingual ballot-measure mailer that fits on one postcard.",
        "Information designer; I condense complex policy into clean, two-language print pieces under 100 words each side.",
    ),
    (
        "expertise",
        "Teen girls in our basketball program keep tearing ACLs. Is there a PT who teaches injury-prevention warmups?",
        "Sports physical therapist; I coach youth teams through the FIFA 11+ and similar neuromuscular routines to cut knee ligament damage.",
    ),
    (
        "expertise",
        "Kids in our youth wrestling club keep starving themselves before weigh-ins. Could someone talk to them about doing it safely?",
        "Sports dietitian and former collegiate grappler; I teach healthy mat-season nutrition and hydration testing to high school athletes.",
    ),
    (
        "expertise",
        "Our union local and hospital management want a neutral party to lead our joint labor-management council.",
        "Former FMCS commissioner; I guide interest-based bargaining and partnership sessions between nurses' representatives and administrators.",
    ),
    (
        "expertise",
        "Looking for an Anishinaabemowin speaker to check the signs for our new language garden in Bayfield.",
        "Ojibwe professor; I review spelling in the double-vowel system and record pronunciations for public installations.",
    ),
    (
        "expertise",
        "Which blocks in our Baltimore neighborhood have the most vacant houses? Any data folks who could show it?",
        "Urban planner and R user; I pull city property records into street-by-street heat maps for community associations.",
    ),
    (
        "expertise",
        "Nuestro comedor popular en El Paso quiere saber cuántas calorías y nutrientes tienen nuestras comidas. ¿Hay algún nutricionista?",
        "Dietista registrada bilingüe; analizo menús de cocinas comunitarias y propongo ajustes sencillos para bajar sal y grasa.",
    ),
    (
        "expertise",
        "Un señor de la congregación en Waukegan recibió una cita para presentarse frente a un juez y no entiende los plazos. ¿Alguien lo puede orientar?",
        "Representante acreditada por el Departamento de Justicia; explico citaciones ante la corte de inmigración y preparo solicitudes de fianza y asilo.",
    ),
    (
        "expertise",
        "¿Alguien sabe poner en orden los números de una tanda grande? Somos 40 señoras en Santa Fe y ya no cuadran las cuentas.",
        "Contadora y educadora financiera; ayudo a círculos de ahorro informales a llevar registros claros y evitar conflictos por dinero.",
    ),
    (
        "expertise",
        "Queremos construir un baño accesible en la capilla de nuestro rancho en Río Grande City. ¿Qué arquitecto conoce las normas ADA?",
        "Diseñador de edificios con licencia en Texas; preparo planos de sanitarios para sillas de ruedas que cumplen los códigos federales.",
    ),
    (
        "funding",
        "I coach Little League in Kailua-Kona, and we're about $3,000 short for new catcher's gear and a pitching machine.",
        "Big Island credit union community fund; we give up to $5,000 to youth sports teams each quarter, apply online by the 15th.",
    ),
    (
        "funding",
        "Looking for a sponsor to cover jerseys for 14 girls' softball players in Elko.",
        "Family-owned tire shop in northeastern Nevada; we underwrite team uniforms every spring in exchange for our logo on the sleeve.",
    ),
    (
        "funding",
        "The state will put $20,000 toward our new children's wing in Wahoo if we raise the same locally. Anyone offering a match?",
        "Our family foundation makes challenge commitments of up to $25,000 to rural Nebraska libraries that residents must meet dollar-for-dollar.",
    ),
    (
        "funding",
        "A reimbursement grant pays us in 90 days, but the tractor has to be bought now. Is there a short-term loan option?",
        "Community development financial institution; we make bridge financing against signed government awards, six to twelve months, low interest.",
    ),
    (
        "funding",
        "A refugee woman in our network wants to open a tailoring shop in Utica and would need about $8,000 to start.",
        "Nonprofit microlender; we lend $500 to $15,000 to immigrant entrepreneurs in upstate New York, no credit history required.",
    ),
    (
        "funding",
        "A family in our congregation lost everything in a house fire last night. Where can we find quick cash for a motel and clothes?",
        "The Red Door Relief Fund at First Presbyterian disburses up to $1,000 within 24 hours to people displaced by disaster in Jefferson County.",
    ),
    (
        "funding",
        "Three weeks out from Juneteenth in Galveston, the festival is still $4,000 short for the stage and sound.",
        "Regional bank marketing budget; we sponsor cultural celebrations on the Texas coast with $2,500 to $5,000 and a tent of employees.",
    ),
    (
        "funding",
        "Two seniors from our reservation high school got into college but can't cover the gap after financial aid.",
        "Tribal casino foundation; we award $5,000 renewable tuition scholarships to enrolled members, deadline April 1.",
    ),
    (
        "funding",
        "The rural hospital in Hettinger is building a new birthing unit and wants a lead gift to launch the campaign.",
        "Energy-company family foundation in western North Dakota; we make six-figure anchor commitments to health-care construction projects.",
    ),
    (
        "funding",
        "Hoping to buy radio ads for the blood drive, but there's nothing in the budget for airtime.",
        "Our independent pharmacy reimburses up to $1,500 per quarter in paid promotion for health campaigns in Coos County.",
    ),
    (
        "funding",
        "Five of us want to launch a worker-owned bakery in Fayetteville and need seed capital.",
        "Cooperative loan fund; we provide start-up financing of $10,000 to $75,000 to democratically governed businesses in the South, with technical help.",
    ),
    (
        "funding",
        "Looking for money to pay Indigenous artists to paint murals on the grain elevator in Sisseton.",
        "Regional cultural council; awards up to $15,000 for large outdoor works by Native creators in the Dakotas.",
    ),
    (
        "funding",
        "The year-end drive for the animal shelter stands at $12,000. Any employers that double employee donations?",
        "I'm HR director at a Boise software firm; we match staff gifts to charities 1:1 up to $2,000 per person.",
    ),
    (
        "funding",
        "Our tiny Episcopal mission in Hurley wants to open a summer lunch program but has $0 to begin.",
        "The diocesan outreach fund gives startup awards of $3,000 to $8,000 to parish-based hunger ministries.",
    ),
    (
        "funding",
        "Nurses on the picket line in Duluth are three weeks without pay. Any unions with hardship funds to share?",
        "Our building-trades council keeps a solidarity account that sends $5,000 to $20,000 to locals on strike in the upper Midwest.",
    ),
    (
        "funding",
        "Trying to fund a community health worker for our Latino neighborhood in Lexington.",
        "The hospital system's benefit program pays salaries for promotoras and outreach staff in Fayette County, multiyear.",
    ),
    (
        "funding",
        "The volunteer fire department in Broken Bow can't afford the $6,000 thermal imaging camera it badly wants.",
        "Our electric cooperative's Operation Round Up awards up to $7,500 for public-safety equipment in southeast Oklahoma.",
    ),
    (
        "funding",
        "My book club of Black women in Montgomery wants to pay for a reading program for boys. Any giving circles?",
        "The 100 Sisters Collective pools $100 from each member every quarter and awards it to literacy and education projects in Alabama.",
    ),
    (
        "funding",
        "Our hospice in rural Vermont could use an unrestricted gift to cover a gap in Medicare reimbursements.",
        "I give from my donor-advised fund and favor general operating support for end-of-life care in New England, $10,000 to $25,000.",
    ),
    (
        "funding",
        "Band kids at Ponca City High need $9,000 to replace uniforms from 1994.",
        "The Wildcat alumni association pays for one big student-activity purchase a year, usually $5,000 to $10,000, chosen in February.",
    ),
    (
        "funding",
        "Several kids in our after-school program in Valdosta need eyeglasses their families can't pay for.",
        "Our Lions club covers exams and frames for children in Lowndes County, no paperwork beyond a teacher's note.",
    ),
    (
        "funding",
        "As scoutmaster in Kalispell, I'd like to take 12 boys to summer camp, but $2,400 in fees is out of reach for most families.",
        "The Elks lodge in northwest Montana gives $200 outdoor-week stipends to any youth in uniform with a leader's signature.",
    ),
    (
        "funding",
        "Financing for a 12-unit affordable senior housing project in Rutland is $400,000 short.",
        "Community reinvestment officer at a regional bank; we provide low-cost construction debt and tax-credit equity for elder residences in New England.",
    ),
    (
        "funding",
        "We're a town of 600 near Colby and want to build a child-care center, but no bank will finance it.",
        "My office at USDA Rural Development handles Community Facilities direct loans and small awards for clinics, fire halls and daycares in Kansas.",
    ),
    (
        "funding",
        "We're launching a GoFundMe for a wheelchair-accessible van. Will anyone pledge a match to kick it off?",
        "I'm a retired orthodontist who seeds online campaigns for disability mobility with an opening $2,500 challenge.",
    ),
    (
        "funding",
        "Want to pay teens from our housing project in Newark for summer civic internships instead of asking them to work free.",
        "Corporate foundation of a Jersey insurer; we fund $15/hour wages for young people in paid July-August placements with nonprofits.",
    ),
    (
        "funding",
        "Our market in Roswell wants to double SNAP dollars but has no money for the match.",
        "State nutrition-incentive program reimburses farm stands and produce sellers that give EBT shoppers extra tokens, up to $20,000 a season.",
    ),
    (
        "funding",
        "Fifty hotspots for checkout at our branch library in Hazard would cost roughly $9,000 annually in service.",
        "Telecom company's digital-inclusion fund; we give connectivity devices and one year of data to Appalachian public institutions.",
    ),
    (
        "funding",
        "Teenagers in Astoria raised $18,000 with bake sales, but the concrete bowl they dream of costs $300,000.",
        "Our foundation funds skateparks in low-income towns, typically $25,000 to $250,000, after local youth show early fundraising momentum.",
    ),
    (
        "funding",
        "Nuestra parroquia en Dodge City quiere comprar un congelador grande para la despensa y no tenemos dinero.",
        "El fondo de caridad de la planta empacadora local dona hasta $3,000 para equipo de bancos de comida en el suroeste de Kansas.",
    ),
    (
        "funding",
        "Buscamos patrocinio para el torneo de fútbol de las familias jornaleras en Watsonville; nos faltan trofeos y árbitros.",
        "Nuestra empresa de fresas aporta hasta $2,000 por temporada para eventos deportivos de la comunidad en el valle de Pájaro.",
    ),
    (
        "funding",
        "Queremos abrir una guardería para hijos de trabajadores lecheros en Twin Falls, pero nos falta capital.",
        "Cooperativa de crédito latina; ofrecemos préstamos de bajo interés para negocios de cuidado infantil en el sur de Idaho.",
    ),
    (
        "funding",
        "¿Hay alguna beca para muchachas latinas que quieren estudiar enfermería en el colegio comunitario de Hobbs?",
        "La asociación de profesionales de la salud hispanas otorga $1,500 por semestre a mujeres bilingües inscritas en carreras clínicas en Nuevo México.",
    ),
    (
        "funding",
        "The Amish heritage museum in Berlin, Ohio, wants to build an endowment. Is anyone offering challenge gifts?",
        "Our family trust pledges $1 for every $2 raised toward permanent funds at small history institutions in Holmes County.",
    ),
    (
        "funding",
        "Looking for sponsors for a weekend coding marathon for high schoolers in Huntsville: pizza, prizes, maybe laptops.",
        "Aerospace contractor's STEM outreach budget; we underwrite student competitions in north Alabama up to $7,500.",
    ),
    (
        "funding",
        "Forums we host in Storm Lake draw Spanish, Lao and Tigrinya speakers, and we can't afford interpreters.",
        "Meatpacking company community fund pays for language access at civic events in northwest Iowa, up to $4,000 a year.",
    ),
    (
        "funding",
        "A group of Black farmers near Tuskegee wants to buy 200 acres a neighbor is finally selling.",
        "Heirs-property and land-retention fund; we make below-market mortgages to African American growers purchasing farmland in Macon County and the surrounding region.",
    ),
    (
        "funding",
        "The creek took out the road to our hollow in Whitesburg, and 30 families are cut off. Any emergency money for culverts?",
        "Our regional foundation's flood recovery account releases $5,000 to $50,000 to eastern Kentucky communities for urgent infrastructure repair within two weeks.",
    ),
    (
        "funding",
        "An Army vet in our group in Killeen is about to lose his truck, which he depends on for work. Anyone with money set aside for vets in crisis?",
        "The American Legion post's Temporary Financial Assistance program covers one car payment or utility bill for service members' families.",
    ),
    (
        "funding",
        "Our hālau in Waimea has to fly 20 dancers to the Merrie Monarch festival and can't cover airfare.",
        "Inter-island airline's cultural fund; we give discounted or free seats to Hawaiian performing groups traveling to competitions.",
    ),
    (
        "funding",
        "Anyone know where to find money for a defibrillator at our township park in Lititz?",
        "Cardiac-care nurses at Lancaster General hold a February fundraiser and give AEDs to rec fields, pools and playgrounds in the county.",
    ),
    (
        "funding",
        "Before winter, the community radio station in Marfa has to replace a $14,000 transmitter.",
        "Public-media endowment; we make equipment awards of $5,000 to $20,000 to low-power FM and tribal broadcasters in the Southwest.",
    ),
    (
        "funding",
        "Could use $2,000 for laptops and ink to run a free tax-prep site out of the Bangor library this season.",
        "Credit union financial-wellness fund; we cover equipment and supply costs for VITA volunteers in Maine each January.",
    ),
    (
        "funding",
        "Is there a funder for a 'Narcan in every bar' campaign in Charleston, West Virginia?",
        "Opioid settlement board for Kanawha County; we distribute abatement dollars to naloxone distribution and recovery projects, rolling applications.",
    ),
    (
        "funding",
        "I captain the volunteer ambulance squad in Belfast; a new rig is $180,000 and we've raised $40,000.",
        "We're a marine-industry family foundation that makes capital gifts of $25,000 to $100,000 for emergency medical services on the Maine coast.",
    ),
    (
        "funding",
        "Looking to launch a tool library in Ithaca; the first year's inventory is about $6,000.",
        "Hardware store owner; I donate $1,000 in store credit plus a cash gift to lending and repair projects in Tompkins County.",
    ),
    (
        "funding",
        "Is anyone funding trail building? Our mountain bike club in Bentonville has the volunteers but not the $35,000.",
        "Family foundation focused on outdoor recreation in Northwest Arkansas; we pay for singletrack construction, parking areas and youth riding programs.",
    ),
    (
        "funding",
        "The hospital auxiliary in Ketchikan wants to pay for patients' trips, since every specialist visit means a flight to Seattle.",
        "Cruise-line community fund; we give $10,000 to $30,000 yearly to Southeast Alaska nonprofits helping residents reach medical care off-island.",
    ),
    (
        "funding",
        "We host an Eid dinner for 400 neighbors in Hamtramck, and the halal meat alone runs $3,500.",
        "Our Yemeni grocers' association sponsors interfaith community meals with cash and wholesale lamb, up to $4,000.",
    ),
    (
        "funding",
        "Need a financial boost to keep our rural newspaper in Cando printing through the year.",
        "Press foundation's local-news sustainability fund; we give operating support to weekly community journals in towns under 5,000 on the Great Plains.",
    ),
    (
        "funding",
        "Four teachers in Bluefield want to take students to the Smithsonian, but the bus alone is $2,800.",
        "Our coal-heritage foundation pays for charter transportation on educational trips for McDowell and Mercer County schools.",
    ),
    (
        "funding",
        "Looking for a loan to buy a used refrigerated truck for our gleaning project in Chico.",
        "Revolving fund for food-system ventures; we lend $20,000 to $60,000 for cold-chain vehicles at 3% over five years in Northern California.",
    ),
    (
        "funding",
        "A local artist wants to cast a bronze statue of Sacagawea for Salmon, Idaho, and needs $60,000.",
        "Lemhi County heritage trust; we contribute toward public monuments honoring the region's Lewis and Clark and Shoshone history.",
    ),
    (
        "funding",
        "Trying to cover the cost of a sign language interpreter for every performance of our deaf youth theater in Frederick.",
        "Disability-arts fund in Maryland; we pay access costs like ASL, captioning and audio description for productions, up to $6,000 a season.",
    ),
    (
        "funding",
        "The pantry in Rawlins runs out of protein every February. Is there any grant for buying meat?",
        "Cattlemen's association beef-donation fund purchases ground beef for food banks in Carbon County through the winter.",
    ),
    (
        "funding",
        "Tenants I work with in Minneapolis need legal defense money for a class action against a slumlord.",
        "Progressive foundation; we make rapid-response awards of up to $15,000 for litigation and organizing by renters in the Twin Cities.",
    ),
    (
        "funding",
        "Our conservative think tank's youth fellows initiative in Carmel is looking for donors to cover stipends.",
        "I'm a retired manufacturing executive who gives $5,000 to $20,000 a year to free-market leadership programs for young people in Indiana.",
    ),
    (
        "funding",
        "A gun-safety class for first-time buyers at our sportsmen's club in Pierre needs sponsors for lockboxes.",
        "Firearms retailer in central South Dakota; we donate safes and trigger locks and cover range fees for responsible-ownership courses.",
    ),
    (
        "funding",
        "A Black-owned barbershop in Augusta wants to install blood-pressure kiosks. Any health funders?",
        "Hypertension foundation; we pay for screening equipment in places where men get haircuts across Georgia.",
    ),
    (
        "funding",
        "The 4-H club in Lamar wants to build a livestock barn at the fairgrounds; it's a $90,000 project.",
        "Farm Credit association's rural community fund gives capital contributions of up to $50,000 for agricultural education facilities.",
    ),
    (
        "funding",
        "Looking for seed money to hold monthly Shabbat dinners for young Jewish adults in Little Rock.",
        "Our federation gives $500 to $3,000 micro-awards for peer-led Friday-night gatherings for people in their 20s and 30s in Arkansas.",
    ),
    (
        "funding",
        "Our church in Greenwood, Mississippi, wants to pay a part-time youth pastor, but the offering can't stretch.",
        "Denominational new-ministry fund; we cover up to half of a staff salary for three years for congregations starting teen outreach.",
    ),
    (
        "funding",
        "The sheriff's chaplaincy program in Rapid City needs $5,000 for training and a vehicle allowance.",
        "Law-enforcement support foundation in western South Dakota; we fund peer-support, wellness and spiritual-care work for deputies and officers.",
    ),
    (
        "funding",
        "My robotics team in Warren made state finals and now has to raise $8,000 for the world championship trip.",
        "Automaker's STEM sponsorship pool; we cover registration and travel for FIRST teams from Macomb County.",
    ),
    (
        "funding",
        "Could a funder cover childcare so single moms can attend our evening GED classes in Pine Bluff?",
        "Women's fund of southeast Arkansas; we pay babysitting and transportation costs that keep mothers enrolled in adult education.",
    ),
    (
        "funding",
        "The wooden boat-building program for at-risk teens in Port Townsend needs $25,000 to keep running next year.",
        "Maritime heritage foundation; we provide operating support for youth apprenticeships that teach traditional shipwright skills in Puget Sound.",
    ),
    (
        "funding",
        "An elderly widow in our congregation in Opelousas has a ceiling caving in from leaks. Any money for fixing up seniors' houses?",
        "Our utility's weatherization assistance covers up to $12,000 in roofing work for people over 62 in St. Landry Parish.",
    ),
    (
        "funding",
        "We're putting on free Shakespeare in the park in Bismarck this July and have nothing for costumes or lights.",
        "State humanities council's public programs fund; awards up to $10,000 for no-cost outdoor theater and literary events in North Dakota.",
    ),
    (
        "funding",
        "Looking for a no-interest loan so our food co-op in Marquette can survive a summer of road construction outside the door.",
        "Our credit union offers hardship financing at 0% for 6 months to small retailers hurt by municipal projects in the Upper Peninsula.",
    ),
    (
        "funding",
        "Two fluent elders teach at our immersion preschool in Browning, and we can't pay them.",
        "Native-led foundation; we give multi-year support for Blackfeet and other tribal language revitalization, especially compensating speakers in classrooms.",
    ),
    (
        "funding",
        "A veteran-run vegetable operation in Brookings wants a hoop house; about $15,000.",
        "Our fund for service members who farm buys equipment like high tunnels, up to $20,000, anywhere in the Northern Plains.",
    ),
    (
        "funding",
        "Nuestro mariachi juvenil en San Antonio necesita trajes de charro nuevos; cada uno cuesta unos $600.",
        "La fundación de la cervecería local apoya a grupos de música tradicional con hasta $5,000 para vestuario e instrumentos en el condado de Bexar.",
    ),
    (
        "funding",
        "¿Alguien sabe de un préstamo para que las costureras de nuestra cooperativa en Huntington Park compren máquinas industriales?",
        "Fondo comunitario de crédito; financiamos equipo para negocios colectivos de mujeres inmigrantes con pagos bajos y sin historial crediticio.",
    ),
    (
        "funding",
        "La banda de música de la secundaria en Brownsville quiere viajar al concurso estatal y nos faltan $5,000 para el autobús.",
        "Nuestro banco regional patrocina viajes estudiantiles del Valle del Río Grande con hasta $6,000 por escuela.",
    ),
    (
        "funding",
        "Buscamos dinero para comprar computadoras para las clases de ciudadanía en nuestra iglesia de Siler City.",
        "La fundación de la empresa avícola apoya programas de naturalización con equipos y fondos de hasta $4,000 en el condado de Chatham.",
    ),
    (
        "funding",
        "Hmong New Year in Wausau draws 5,000 people, and the hall rental alone is $7,000.",
        "Paper mill community fund; we underwrite large cultural gatherings in Marathon County, typically $3,000 to $10,000.",
    ),
    (
        "funding",
        "Trying to find a stipend for the teenagers who run our community garden in Trenton.",
        "New Jersey urban-agriculture fund; we pay youth wages for growing-season crews, up to $8,000 per site.",
    ),
    (
        "funding",
        "A church van for taking seniors to appointments in Jasper would cost about $35,000 used.",
        "Auto dealer in southern Indiana; we donate one reconditioned passenger vehicle a year to a faith community serving elders.",
    ),
    (
        "funding",
        "The playground at the housing authority in Gulfport was destroyed by the storm, and FEMA won't pay. Who might?",
        "Disaster-recovery fund of a casino resort on the Mississippi coast; we rebuild play areas and gathering spaces after hurricanes.",
    ),
    (
        "funding",
        "The debate team I coach in Ardmore qualified for the NSDA tournament in Omaha and has to find $4,500 for hotel and entry fees.",
        "Chickasaw Nation education foundation covers competition travel for students at schools within the tribe's boundaries.",
    ),
    (
        "funding",
        "Could a local business sponsor breakfast for the 60 poll workers in our precinct in Wilmington on Election Day?",
        "Our bakery's community budget covers catering for civic events in New Castle County, up to $500 per occasion.",
    ),
    (
        "funding",
        "A 1930s movie palace in Hutchinson is for sale, and our group has two months to come up with $150,000 for the down payment.",
        "Downtown revitalization loan pool; we lend acquisition capital for historic theaters and anchor buildings in Kansas towns under 50,000.",
    ),
    (
        "funding",
        "Our bilingual story hour at the Pawtucket library wants books in Portuguese and Cape Verdean Creole; the budget is zero.",
        "Literacy foundation of a dollar-store chain; we give $2,000 to $10,000 for multilingual children's collections.",
    ),
    (
        "funding",
        "The neighborhood wants to throw a block party in Southwest Detroit, but permits and a DJ cost money none of us have.",
        "City Council district office micro-awards: $250 to $1,000 for resident-led street gatherings, apply two weeks ahead.",
    ),
    (
        "funding",
        "Twenty acres our church owns in Clinton, North Carolina, could be a conservation easement if someone pays for the survey and legal fees.",
        "Land trust transaction fund; we reimburse appraisal, boundary and attorney costs for landowners donating protected-status agreements in the coastal plain.",
    ),
    (
        "funding",
        "Rifles and uniforms for the veterans' honor guard in Enid would run about $7,000.",
        "Our state's military-affairs commission awards up to $10,000 to ceremonial firing squads and military funeral detail teams for gear.",
    ),
    (
        "funding",
        "Looking for help paying the insurance premium for our free clinic's malpractice coverage.",
        "Medical society foundation; we reimburse professional liability costs for charitable practices staffed by volunteer physicians.",
    ),
    (
        "funding",
        "Our rural district in Presque Isle wants a greenhouse so kids can raise vegetables for the cafeteria.",
        "Farm-to-school fund of the state agriculture department; up to $25,000 for growing structures at K-12 buildings in Maine.",
    ),
    (
        "funding",
        "When guys come home from lockup to Kenosha, we'd like to hand each a $300 gift card for clothes and a phone.",
        "Prison-ministry fund at a Lutheran synod; we supply small cash grants for basics to people released from Wisconsin facilities.",
    ),
    (
        "funding",
        "The pow wow committee in Mount Pleasant needs $12,000 for drum and dancer prize money.",
        "Saginaw Chippewa tribal community fund; we support cultural events and contest purses across central Michigan.",
    ),
    (
        "funding",
        "Trying to replace a broken wheelchair lift on the church bus in Hattiesburg; quotes are around $5,500.",
        "Our disability-rights foundation covers mobility equipment repairs for congregations and nonprofits in south Mississippi, up to $6,000.",
    ),
    (
        "funding",
        "In Sioux City, our neighborhood association wants to plant 100 trees along the parkways, but the city only covers half.",
        "Urban forestry cost-share; we pay the other 50% of saplings installed on Iowa streets when residents commit to watering for two years.",
    ),
    (
        "funding",
        "Students at our community college in Bakersfield keep dropping out over car repairs and rent shortfalls.",
        "Emergency completion-grant fund; we give one-time payments up to $1,500 to learners close to graduation in the Central Valley.",
    ),
    (
        "funding",
        "Our arts nonprofit wants an original symphony piece written about the 1889 Johnstown flood.",
        "Music-commissioning foundation; we fund new orchestral works by living composers on regional history themes, up to $20,000.",
    ),
    (
        "funding",
        "I'm with an Anaconda union local, and we want to start a scholarship for members' kids going into the trades.",
        "Craft-labor apprenticeship trust; we seed named education awards for sons and daughters of card-carrying workers entering electrical, pipefitting or carpentry programs.",
    ),
    (
        "funding",
        "A nonprofit in Kalamazoo is looking for three years of money to fund a housing navigator position.",
        "Our foundation makes multiyear salary commitments for case-management roles that help families find rentals in southwest Michigan.",
    ),
    (
        "funding",
        "Friends of the riverfront in Keokuk want to restore a 1900s bandstand; the estimate is $48,000.",
        "Historic preservation fund from the state tourism office offers 50-50 matching money for rehab of public gazebos, pergolas and concert pavilions.",
    ),
    (
        "funding",
        "Could anyone bankroll a $2,000 prize for a high school essay contest on the Constitution in Williamsburg?",
        "Patriotic society chapter in Virginia; we fund civics writing competitions and cash awards for students each September.",
    ),
    (
        "funding",
        "Looking for underwriting for a podcast about ranching life in the Nebraska Sandhills.",
        "Ag lender's marketing department; we buy sponsorship spots on agriculture and rural-lifestyle audio shows, $500 per episode.",
    ),
    (
        "funding",
        "Langar at our gurdwara in Yuba City is free to anyone, and donations aren't keeping up with food costs.",
        "Peach growers' cooperative gives monthly cash contributions to community kitchens that feed the public in Sutter County.",
    ),
    (
        "funding",
        "Hoping to fund a bilingual school counselor for the new-arrival students at our middle school in Rogers.",
        "Retailer's hometown giving budget; we pay one year of salary for mental-health staff serving immigrant kids in Benton County.",
    ),
    (
        "funding",
        "We want to hire a part-time coordinator for the warming center in Pocatello this winter.",
        "United Way emergency-shelter pool; we fund seasonal staffing for overnight cold-weather sites in southeast Idaho.",
    ),
    (
        "funding",
        "Trying to pay for a bus that takes our seniors in Lewistown to the grocery store twice a week.",
        "Area agency on aging transportation funds reimburse mileage and driver wages for rural errand shuttles for older adults in central Montana.",
    ),
    (
        "funding",
        "A group of dads in Chattanooga wants to fix up the neighborhood basketball court.",
        "NBA team's community foundation resurfaces outdoor hoops and adds lighting in Tennessee cities, about $30,000 per site.",
    ),
    (
        "funding",
        "The Ukrainian church in Parma wants to send $10,000 in medical supplies overseas but has no shipping budget.",
        "Our logistics company donates freight credit for humanitarian shipments to Eastern Europe, up to two pallets a quarter.",
    ),
    (
        "funding",
        "Could any funder cover tuition for 8 teens from our troop in Butte to learn wilderness first aid?",
        "Outdoor-gear co-op's education fund pays class fees for youth in backcountry medical training, up to $300 each.",
    ),
    (
        "funding",
        "Our volunteer-run courthouse exhibit in Tombstone is losing money every month and might close. Any operating support for tiny places like ours?",
        "Statewide heritage fund offers bridge awards to Arizona house museums and historical societies with budgets under $100,000.",
    ),
    (
        "funding",
        "Diapers, please: the diaper bank in Shreveport gives out 20,000 a month and we're out of cash to restock.",
        "Baby-products manufacturer's giving program; we fund and ship bulk infant supplies to northwest Louisiana distribution sites.",
    ),
    (
        "funding",
        "The mosque in Cedar Rapids wants to cover the first three months of rent for Syrians who just arrived.",
        "Islamic relief zakat committee in eastern Iowa; we pay housing costs for resettled households for up to 90 days.",
    ),
    (
        "funding",
        "Is there money out there for a mobile shower trailer for people sleeping outside in Eugene?",
        "Hygiene-access fund; we buy or co-finance portable bathing units for homeless outreach groups in Oregon.",
    ),
    (
        "funding",
        "Dahlonega's chamber wants to revive the gold rush festival but lost its biggest backer.",
        "Mountain bank's hometown events budget; we step in as presenting sponsor for heritage celebrations in north Georgia.",
    ),
    (
        "funding",
        "The county's only Pride picnic, in Harrisonburg, needs $1,500 for insurance and portable toilets.",
        "LGBTQ community fund of the Shenandoah Valley; we give quick awards up to $2,000 for inclusive public gatherings.",
    ),
    (
        "funding",
        "Six ranch moms near Garden City want to buy a commercial dehydrator for a jerky business.",
        "Rural women's enterprise fund; we make startup awards of $5,000 to $15,000 to female-led value-added food ventures in western Kansas.",
    ),
    (
        "funding",
        "Los danzantes aztecas de nuestra comunidad en Lincoln necesitan dinero para penachos y sonajas nuevas.",
        "El consejo estatal de artes tradicionales otorga hasta $3,000 a grupos de baile indígena para vestuario e instrumentos en Nebraska.",
    ),
    (
        "funding",
        "Queremos comprar una camioneta para llevar a los ancianos de nuestra parroquia en Pharr a sus citas médicas.",
        "Fundación de salud del condado de Hidalgo; aportamos hasta $30,000 para vehículos de transporte de adultos mayores.",
    ),
    (
        "funding",
        "La asociación de padres en Hialeah no tiene fondos para la posada navideña de 300 niños.",
        "Nuestra cadena de supermercados latinos dona tarjetas de regalo y comida para fiestas comunitarias de diciembre en el sur de Florida.",
    ),
    (
        "funding",
        "¿Hay dinero disponible para pagar la fianza de migrantes detenidos de nuestra congregación en Tucson?",
        "Fondo interreligioso de libertad bajo palabra; cubrimos bonos de hasta $10,000 para personas en centros de ICE en Arizona, con acompañamiento pastoral.",
    ),
    (
        "funding",
        "A young teacher in Kayenta wants to start a robot-building team but has zero budget.",
        "Tech company's Native STEM fund; we ship kits and pay coach stipends for engineering clubs on the Navajo Nation.",
    ),
    (
        "funding",
        "Each show in the free summer concert series in Lanesboro costs about $1,200, and we lost our sponsor.",
        "Regional arts board in southeast Minnesota; we pay performer fees for outdoor music programs in towns under 2,000.",
    ),
    (
        "funding",
        "A 94-year-old member in Natchitoches can't afford her electric bill after the heat wave.",
        "Power company's neighbor-to-neighbor fund pays up to $300 toward utility arrears for seniors in Louisiana.",
    ),
    (
        "funding",
        "First-generation seniors at the high school in Sitka can't afford what colleges charge just to apply.",
        "Regional Native corporation education fund covers admission fees and campus visits for Tlingit, Haida and Tsimshian youth.",
    ),
    (
        "funding",
        "Our disability advocacy group in Concord wants to compensate members with disabilities who sit on our review panel.",
        "New Hampshire health foundation; we fund honoraria and travel for people with lived experience who advise nonprofits and agencies.",
    ),
    (
        "funding",
        "The African American burial ground in St. Augustine is overgrown, headstones are toppling, and cleanup will cost $20,000 nobody has.",
        "State historical resources office matching awards; up to $50,000 for stabilization of neglected graveyards and their markers.",
    ),
    (
        "funding",
        "The senior center in Laurel lost its state meals money mid-year and is $18,000 short through June.",
        "Our community foundation's gap fund steps in when government dollars are cut, covering up to six months of nutrition programs for older adults in Jones County.",
    ),
    (
        "funding",
        "The rodeo queen contest in Tillamook would love a prize saddle and scholarships for the girls.",
        "Dairy cooperative's youth fund; we award buckles, tack and $1,000 education awards for ag pageants on the north Oregon coast.",
    ),
    (
        "funding",
        "Two high school seniors in Rolla built a solar car and need $3,000 to race it in Texas.",
        "Engineering society section in south-central Missouri funds student competition travel and materials, up to $5,000.",
    ),
    (
        "funding",
        "Could a funder cover the startup costs for a doula program serving Black moms in Jackson, Mississippi?",
        "Maternal-health foundation; we give $25,000 to $75,000 to community birth-worker initiatives reducing infant mortality in the Deep South.",
    ),
    (
        "funding",
        "Our tribal reading program in Tahlequah wants a van to take books to elders in the hills.",
        "Outreach-vehicle fund of a national library association; we give $40,000 toward mobile units for Native-serving libraries.",
    ),
    (
        "funding",
        "Does anyone know a funder who gets teenagers out of jail while they wait on minor charges in New Orleans?",
        "Community bail fund; we post bonds under $5,000 for youth detained pretrial in the Crescent City.",
    ),
    (
        "funding",
        "The German heritage society in New Ulm wants a brass band for Oktoberfest but can't pay the $5,000 fee.",
        "Brewery in southern Minnesota; we underwrite live music at ethnic celebrations, up to $6,000 a year.",
    ),
    (
        "funding",
        "Looking for a lender for a community solar garden on our church's roof in Ann Arbor.",
        "Green bank; we provide low-rate financing for congregation-hosted photovoltaic projects in Michigan, repaid from energy savings.",
    ),
    (
        "funding",
        "The food bank in Odessa needs $50,000 to buy a second forklift and racking.",
        "Oilfield services company gives capital equipment gifts of $25,000 to $75,000 to hunger-relief warehouses in the Permian Basin.",
    ),
    (
        "funding",
        "For Lunar New Year, the Chinese school in Plano wants to bring a lion dance troupe, about $2,000.",
        "Asian American business association in Collin County sponsors cultural performances each January and February.",
    ),
    (
        "funding",
        "Our bicycle cooperative in Fort Collins wants to hand out 200 bikes to low-income commuters but has no money for parts.",
        "Outdoor-brand corporate foundation; we give cash for repair components and helmets to cycle-recycling programs in Colorado.",
    ),
    (
        "funding",
        "Hospice chaplain here in Shelby: grieving relatives keep asking us for help with cremation and cemetery costs they can't afford.",
        "Funeral-assistance fund at a Baptist association in Cleveland County; up to $2,000 toward final arrangements for households in need.",
    ),
    (
        "funding",
        "Unpaid lunch balances for students in Layton total about $4,800, and our PTA wants to wipe them out.",
        "Local car dealership clears school meal debt every December for districts in Davis County, Utah.",
    ),
    (
        "funding",
        "I direct a youth orchestra in Reno and want to offer free instrument rentals to 40 kids.",
        "Casino-resort community giving program; we purchase violins, cellos and brass for school and teen music ensembles in Washoe County.",
    ),
    (
        "funding",
        "A start-up co-op grocery in a Greensboro neighborhood with nowhere to buy fresh produce has $300,000 in member equity and still lacks $1 million.",
        "Healthy food financing initiative; we make loans and recoverable awards for supermarkets in underserved parts of North Carolina.",
    ),
    (
        "funding",
        "The Knights of Columbus council in Manchester wants someone to double what its coat collection raised; we're at $3,000.",
        "Our insurance agency matches charitable winter clothing drives in Hillsborough County, New Hampshire, dollar for dollar up to $5,000.",
    ),
    (
        "funding",
        "Our wheelchair rugby squad in Lafayette needs six sport chairs at about $2,500 each.",
        "Paralympic-focused foundation; we fund specialized athletic equipment for adaptive teams in Louisiana, up to $20,000 a year.",
    ),
    (
        "funding",
        "A girl in our mentoring network in Bowling Green just turned 18 and is aging out of her group home; she can't cover the deposit on an apartment.",
        "Foster-care alumni fund; we pay move-in costs and first month's rent for young adults leaving state custody in Kentucky.",
    ),
    (
        "funding",
        "Looking for a grant to put our county's old newspaper microfilm online in Baraboo.",
        "State historical society's digitization fund; we pay vendors to scan local press archives for Wisconsin public libraries and museums.",
    ),
    (
        "funding",
        "A used boat for water rescues would cost our fire company in Lewes about $30,000.",
        "Beach-resort merchants' association funds marine emergency equipment for Sussex County departments, up to $35,000.",
    ),
    (
        "funding",
        "The Osage dancers at our arts center in Pawhuska want to tour to Indian Market in New Mexico; the trip is $6,000.",
        "Tribal cultural fund; we pay travel for Wahzhazhe performers and artists showing work outside Oklahoma.",
    ),
    (
        "funding",
        "We're a small counseling nonprofit in Casper, and our therapists' caseloads are too big. Could someone fund a third clinician?",
        "Energy-sector foundation in central Wyoming; we pay first-year salary for behavioral-health positions, up to $70,000.",
    ),
    (
        "funding",
        "January alone brought a $9,000 heating bill for the teen center in Fairbanks.",
        "Pipeline company's winter utility fund covers fuel costs for youth and senior facilities in Interior Alaska.",
    ),
    (
        "funding",
        "Anyone fund cooking classes? The diabetes support group in Bethel wants to learn to make traditional dishes with less sugar.",
        "Tribal health consortium's wellness awards pay for instructors and groceries for healthy Yup'ik food workshops.",
    ),
    (
        "funding",
        "Eastport wants to throw a 4th of July parade, and we're $2,500 short for fireworks.",
        "Sardine-cannery heritage foundation underwrites Independence Day celebrations in Washington County, Maine.",
    ),
    (
        "funding",
        "Could a lender pay for a financial literacy fair at our Hispanic church in Nampa?",
        "Bank's community reinvestment budget covers money-management workshops and bilingual materials in Canyon County.",
    ),
    (
        "funding",
        "Moab's volunteer search-and-rescue team needs $22,000 for a new side-by-side.",
        "County tourism tax board allocates bed-tax revenue to backcountry emergency services in Grand County, Utah.",
    ),
    (
        "funding",
        "A group of retired teachers in Beckley wants to start a free summer reading camp but has nothing for books and snacks.",
        "Coal miners' union women's auxiliary gives $1,500 to literacy programs for children in Raleigh County every spring.",
    ),
    (
        "funding",
        "Our seed library in Northfield wants to hire a coordinator for the spring season.",
        "Organic-foods company foundation; we fund staff time for community gardening and heirloom-variety exchanges in Minnesota.",
    ),
    (
        "funding",
        "We'd like to run a free flu clinic for day laborers in Edison, but vaccines cost money for anyone uninsured.",
        "Pharmacy chain's community immunization fund; we donate doses and pharmacist time for people without coverage in Middlesex County.",
    ),
    (
        "funding",
        "Is there any funding for hiring a coordinator who uses ASL at our deaf senior center in Rochester?",
        "Foundation supporting signing communities; we fund salaries for fluent staff at community programs in western New York.",
    ),
    (
        "funding",
        "Restoring the band organ on the historic carousel in Binghamton will take $70,000.",
        "Broome County preservation trust; we fund repairs of antique amusement-park machinery and mechanical music instruments.",
    ),
    (
        "funding",
        "A single dad in our network in Watertown needs $1,200 to fix his car so he can keep his job.",
        "Work-support fund of the local workforce board; one-time vehicle repair payments up to $1,500 for employed parents in Jefferson County, New York.",
    ),
    (
        "funding",
        "Our open-space group in Driggs wants to buy a ranch's development rights and has to bridge $2 million until donors come through.",
        "Conservation finance fund; we lend short-term capital for easement acquisitions while land trusts raise philanthropic dollars, Rocky Mountain region.",
    ),
    (
        "funding",
        "Our chess club at the community center in Norwalk wants prize money for a citywide tournament.",
        "Hedge fund founder's family foundation; we pay for scholastic board-game competitions and trophies in Fairfield County.",
    ),
    (
        "funding",
        "The amateur astronomy club in Flagstaff wants a telescope for public star parties.",
        "Observatory's outreach fund buys optics for community stargazing nights in northern Arizona.",
    ),
    (
        "funding",
        "Nuestra cooperativa de vivienda en Chelsea necesita un préstamo puente para reparar el techo antes del invierno.",
        "Fondo de inversión comunitaria de Massachusetts; otorgamos créditos a corto plazo a asociaciones de inquilinos para obras urgentes.",
    ),
    (
        "funding",
        "¿Alguien conoce patrocinadores para nuestra liga de béisbol infantil en Lawrence, Massachusetts?",
        "Mi taller mecánico dominicano paga uniformes y bates a equipos de niños cada primavera en el Valle de Merrimack.",
    ),
    (
        "funding",
        "Las madres de la escuela en Caldwell quieren comprar libros en español para la biblioteca del salón.",
        "Editorial latina con programa de donaciones; damos fondos y títulos bilingües a aulas de primaria con estudiantes hispanos.",
    ),
    (
        "funding",
        "Nos faltan $2,000 para el altar y la ofrenda del Día de Muertos en el centro cultural de Santa Ana.",
        "La fundación de artes del condado de Orange patrocina celebraciones tradicionales mexicanas con fondos de hasta $3,000.",
    ),
    (
        "funding",
        "Kids on our Haudenosaunee youth lacrosse team near Syracuse can't afford wooden sticks and tournament fees.",
        "Sporting-goods company's Indigenous athletics fund; we give equipment and entry costs to Native teams in upstate New York.",
    ),
    (
        "funding",
        "The Vietnamese fishermen's association in Bayou La Batre lost boats to the hurricane and needs low-interest money to rebuild.",
        "Disaster-recovery lending fund for Gulf Coast seafood harvesters; 1% financing for vessel and gear repair after storms.",
    ),
    (
        "funding",
        "Could someone sponsor printing 5,000 voter guides for our League chapter in Mankato?",
        "Owner of a commercial press; I set aside $3,000 a year in production time for nonpartisan civic materials in southern Minnesota.",
    ),
    (
        "funding",
        "Our hunters-for-the-hungry chapter in Marshfield needs $4,000 to pay butchers to cut up deer that hunters give us.",
        "Wildlife federation's venison donation fund reimburses meat processors for whitetail given to food pantries in central Wisconsin.",
    ),
    (
        "funding",
        "Trying to raise $25,000 so our synagogue in Pittsburgh can have armed protection during the High Holidays.",
        "Nonprofit Security Grant pass-through administered by our state; reimburses guards, cameras and hardening for houses of worship in western Pennsylvania.",
    ),
    (
        "funding",
        "The old-time fiddlers' contest in Weiser needs cash prizes, about $8,000.",
        "State folk-arts program funds purses and judges' fees for traditional music competitions in the Intermountain West.",
    ),
    (
        "funding",
        "Our drop-in center for homeless youth in Tacoma wants to pay someone to be on duty from 10 p.m. to 6 a.m.",
        "Port authority's community fund pays overnight staffing at shelters for unaccompanied minors and young adults in Pierce County.",
    ),
    (
        "funding",
        "A retired coach in Sumter wants to start a no-cost summer tennis clinic for kids but lacks nets and rackets.",
        "Our USTA section supplies equipment and court fees for youth play initiatives in South Carolina.",
    ),
    (
        "funding",
        "Anyone with money for a mural celebrating coal miners' wives in Harlan?",
        "Appalachian arts foundation; up to $12,000 for public artworks honoring working-class women in eastern Kentucky's hollers.",
    ),
    (
        "funding",
        "The weekly senior lunch at the Filipino community center in Vallejo needs a new commercial stove.",
        "Restaurant-equipment supplier's giving program donates ranges and hoods to nonprofit kitchens in Solano County.",
    ),
    (
        "funding",
        "Looking for a patron to fund a poet laureate stipend for our small city, Montrose.",
        "Retired English professor; I endow annual honoraria for municipal literary posts in western Colorado towns.",
    ),
    (
        "funding",
        "A tornado hit Mayfield, and our Main Street shops need quick cash to reopen.",
        "Small-business disaster fund; we make 0% recovery loans up to $25,000 to storm-damaged storefronts in western Kentucky.",
    ),
    (
        "funding",
        "Our Hispanic chamber in Greeley wants to give five $1,000 scholarships but has only $2,000.",
        "Meat-processing company's education fund matches local student-aid pools dollar for dollar in Weld County.",
    ),
    (
        "funding",
        "Could a local company underwrite our annual Veterans Day dinner for 200 vets in Fayetteville, North Carolina?",
        "Defense contractor near Fort Liberty; we sponsor banquets honoring service members and their families, up to $8,000.",
    ),
    (
        "funding",
        "The environmental club at the high school in Paonia wants solar panels on the roof and needs $40,000.",
        "Clean-energy foundation; we fund student-led photovoltaic installations at public campuses on Colorado's Western Slope.",
    ),
    (
        "funding",
        "Hoping somebody can cover van rides for people in recovery to get to treatment in Portsmouth, Ohio.",
        "Opioid-response fund of the Scioto County health collaborative; we pay for transportation to methadone, Suboxone and counseling appointments.",
    ),
    (
        "funding",
        "Enrollment dropped at the little Catholic academy in Dickinson, and now it can't make payroll.",
        "Diocesan education endowment offers emergency operating support to parochial schools in western North Dakota.",
    ),
    (
        "funding",
        "The Lao temple in Murfreesboro wants a loan to finish its new worship hall.",
        "Faith-based lending fund; we provide construction financing for Buddhist, Hindu and other minority congregations in Tennessee.",
    ),
    (
        "funding",
        "Used trail groomers run $45,000, and our cross-country ski club in Ishpeming really wants one.",
        "Mining company community fund; we buy equipment for winter recreation groups around Marquette.",
    ),
    (
        "funding",
        "A Somali women's sewing cooperative in Shelbyville wants a $10,000 sharia-compliant loan with no interest.",
        "Islamic microfinance fund; we offer murabaha and qard hasan financing for Muslim small businesses in Tennessee.",
    ),
    (
        "funding",
        "Our county fair in Sheridan wants to add a free day for low-income families. Lost gate revenue would be $6,000.",
        "Coal company's community fund in northern Wyoming underwrites no-charge admission at exhibitions and rodeos.",
    ),
    (
        "funding",
        "Looking for someone to pay for a board book for every newborn at the hospital in Keene.",
        "Family literacy fund; we buy first libraries for infants through maternity wards in the Monadnock region.",
    ),
    (
        "funding",
        "A fire destroyed a Mennonite family's milking parlor near Lancaster, and they carry no insurance.",
        "Mutual-aid fund of Plain churches in Pennsylvania; we pool contributions to rebuild barns and homes lost to disaster.",
    ),
    (
        "funding",
        "The Alzheimer's caregiver support group in Morgantown wants to offer respite grants.",
        "Aging-services foundation; we pay for in-home aide hours so family members caring for someone with dementia get breaks, north-central West Virginia.",
    ),
    (
        "funding",
        "Our mobile food pantry in Jellico wants a box truck; we've been hauling in personal pickups.",
        "Supermarket chain's hunger-relief fund donates refrigerated delivery vehicles to rural hunger programs in east Tennessee.",
    ),
    (
        "funding",
        "An FFA chapter in Sidney wants to build a school farm store; $18,000 for a cooler and shelving.",
        "Seed company's youth ag fund; we award up to $20,000 for student-run agribusiness ventures in Nebraska.",
    ),
    (
        "funding",
        "Our nonprofit theater in Ashland lost a season to wildfire smoke and needs bridge money.",
        "Regional emergency arts relief fund pays up to $25,000 to performing companies hurt by climate disasters in southern Oregon.",
    ),
    (
        "funding",
        "My daughter's all-girls mountain biking team in Durango needs $6,000 for race entry and travel.",
        "Women-owned cycling shop; we sponsor female youth racers in southwest Colorado with gear and fees.",
    ),
    (
        "funding",
        "Looking for a donor to underwrite captioning for our city council livestreams in Champaign.",
        "Telecom company's accessibility budget pays for real-time subtitles on local government broadcasts in east-central Illinois.",
    ),
    (
        "funding",
        "Our ironworkers' local in Gary wants to create an emergency purse for members hurt on the job but has nothing to start with.",
        "Labor council's charitable arm gives seed contributions to new injured-worker relief funds, up to $10,000.",
    ),
    (
        "funding",
        "The only pharmacy in Medicine Lodge closed. Our clinic wants to open one and needs $120,000.",
        "Rural health-access foundation in Kansas; we fund startup of community-owned drugstores and telepharmacy in towns without one.",
    ),
    (
        "funding",
        "We run a free legal clinic for farmworkers in Mount Vernon, Washington, and just lost our main funder.",
        "Bar foundation distributes lawyer-trust-account interest to civil aid programs serving agricultural laborers statewide.",
    ),
    (
        "funding",
        "The county animal shelter in Minot can't afford spay surgeries for 200 cats.",
        "Pet-food company's humane fund pays veterinarians for sterilization procedures at municipal and rescue facilities in North Dakota.",
    ),
    (
        "funding",
        "A tiny church in Bisbee wants to open a laundromat ministry offering free washes on Saturdays.",
        "Appliance company's community program donates machines and coins for faith-based no-cost clothes-cleaning days in Arizona.",
    ),
    (
        "funding",
        "At the library in Cape Girardeau we want to lend fishing poles and tackle boxes.",
        "Bass club's youth angler fund buys rods and lures for borrowable collections in southeast Missouri.",
    ),
    (
        "funding",
        "Our group in Elaine wants to complete a memorial to the victims of the 1919 massacre.",
        "Civil-rights history foundation; we fund monuments and interpretive markers at sites of racial violence in the Arkansas Delta.",
    ),
    (
        "funding",
        "Our children's krewe in Houma needs $4,000 for papier-mâché, lumber and beads.",
        "Seafood processor's festival fund sponsors parade floats and throws for family-friendly carnival groups in Terrebonne Parish.",
    ),
    (
        "funding",
        "Nuestra escuelita de música en Española necesita violines para 25 niños. ¿Hay quien done?",
        "Fundación de las artes del norte de Nuevo México; compramos instrumentos de cuerda para programas infantiles en pueblos rurales.",
    ),
    (
        "funding",
        "La cooperativa de productores de chile en Hatch quiere un préstamo para un cuarto frío.",
        "Fondo de desarrollo rural; financiamos almacenamiento refrigerado para agricultores del sur de Nuevo México con tasa del 2%.",
    ),
    (
        "funding",
        "¿Existe alguna ayuda para pagar la renta de familias que perdieron trabajo en la empacadora de Cactus?",
        "El fondo de emergencia de la diócesis de Amarillo cubre hasta un mes de alquiler para hogares afectados por despidos.",
    ),
    (
        "funding",
        "Buscamos quien patrocine las camisetas de la carrera de 5K de nuestra iglesia en Perris.",
        "Mi agencia de seguros aporta hasta $1,000 por evento para ropa y premios de competencias benéficas en el Inland Empire.",
    ),
    (
        "funding",
        "The Holy Ghost feast in Fall River feeds 10,000 people at no charge and needs $15,000 for beef and bread.",
        "Azorean-American fraternal society; we contribute meat and cash toward traditional sopas dinners in southeastern Massachusetts.",
    ),
    (
        "funding",
        "A teacher in Woonsocket wants to take 30 kids to see a Broadway show; tickets run $2,400.",
        "Theater-loving retired couple; we buy blocks of seats for Rhode Island students who have never seen live professional drama.",
    ),
    (
        "funding",
        "Our Hawaiian-language charter school in Nānākuli needs money for deep-sea canoe training.",
        "Polynesian voyaging society's education fund; we give up to $15,000 for wa'a sailing curricula at kula on Oʻahu.",
    ),
    (
        "funding",
        "Kids at our small mosque in Bridgeport want a basketball league, but we can't pay for gym rental.",
        "Muslim professionals' association in Fairfield County covers facility costs for faith-based sports for teens.",
    ),
    (
        "funding",
        "Our Appalachian Trail club in Hanover, New Hampshire, needs $9,000 to rebuild a shelter roof.",
        "Outdoor-gear retailer's stewardship fund pays for lean-to and footbridge repairs on long-distance hiking paths in New England.",
    ),
    (
        "funding",
        "Las Vegas cooks and housekeepers want to start a childcare co-op for night-shift parents.",
        "Hospitality workers' union trust fund gives seed capital for 24-hour daycare serving casino and hotel employees in Clark County.",
    ),
    (
        "funding",
        "A group of Black veterans in Smyrna, Delaware, wants to put up a monument to the Harlem Hellfighters.",
        "State military memorial fund; matching money for markers honoring segregated-era units like the 369th Infantry.",
    ),
    (
        "funding",
        "A farmworker apartment project in Hammonton needs $500,000 in gap financing.",
        "State housing trust; we provide subordinate loans for seasonal-laborer dwellings in South Jersey agricultural areas.",
    ),
    (
        "funding",
        "Anyone funding grief camps? Our hospice in Las Cruces wants to run a weekend camp for kids who lost a parent.",
        "Children's bereavement foundation; we pay cabins, counselors and meals for overnight retreats for grieving youth in New Mexico.",
    ),
    (
        "funding",
        "Our Latino business association in Kennewick wants to offer zero-interest loans to food vendors.",
        "Community development credit union; we capitalize revolving microcredit pools run by ethnic chambers in the Tri-Cities.",
    ),
    (
        "funding",
        "Our youth rodeo association in Miles City can't afford liability insurance this year.",
        "Ranchers' mutual company covers premium costs for junior roping and barrel-racing events in eastern Montana.",
    ),
    (
        "funding",
        "The Cape Verdean community center in Brockton needs a bilingual case worker for six months.",
        "Health insurer's investment arm funds short-term outreach positions for immigrant populations in Plymouth County.",
    ),
    (
        "funding",
        "We're an arts collective in Catskill hoping to buy a studio building with a $250,000 mortgage.",
        "Creative-space loan fund; we finance purchases of artist workspaces in the Hudson Valley at below-market rates.",
    ),
    (
        "funding",
        "Looking for funders for a free teeth-cleaning and extraction day in Wise County.",
        "Coalfield health foundation underwrites mobile dental and vision events in southwest Virginia, up to $40,000.",
    ),
    (
        "funding",
        "Our Pacific Islander youth choir in Salt Lake City has been invited to sing in Auckland but can't cover airfare.",
        "Polynesian cultural foundation in Utah; we pay international travel for Tongan and Samoan performing groups.",
    ),
    (
        "funding",
        "The small hospital in Glasgow, Montana, is desperate to recruit a physician and hopes to help with student debt.",
        "State rural-practice program; we pay off up to $100,000 in medical school borrowing for clinicians who commit to critical-access towns.",
    ),
    (
        "funding",
        "Hmong farmers near Hickory need cash to buy the fields they rent before the owner sells to a developer.",
        "Land-access fund for refugee growers; we lend down payments so immigrant families can purchase acreage in the North Carolina foothills.",
    ),
    (
        "funding",
        "The teen film club I advise in Lawton wants to enter festivals but can't pay the fees.",
        "Independent cinema's youth fund pays submission costs for student movies in southwest Oklahoma.",
    ),
    (
        "funding",
        "An elderly couple in our church in Lake Charles lost their home in the storm and have no flood insurance.",
        "Disaster case-management fund of Catholic Charities in Calcasieu Parish; grants for rebuilding uninsured houses.",
    ),
    (
        "funding",
        "The warmline for farmers in Spencer, staffed by fellow growers, needs $30,000 to stay open nights.",
        "Agricultural insurer's mental-health fund supports rural peer-support phone lines in northwest Iowa.",
    ),
    (
        "funding",
        "Is anyone offering matching funds for our capital campaign to buy the old bank on Main Street in Winona?",
        "I'm a retired dentist who pledges $50,000 challenge gifts for downtown property acquisitions by nonprofits in southeast Minnesota.",
    ),
    (
        "funding",
        "Could someone sponsor trophies for the 4-H goat show in Stephenville?",
        "Feed store in Erath County buys ribbons, buckles and premiums for youth livestock exhibitions each spring.",
    ),
    (
        "funding",
        "Bringing three authors to the book festival in Oxford will cost $10,000.",
        "University press's outreach budget pays honoraria and travel for writers appearing at literary events in north Mississippi.",
    ),
    (
        "funding",
        "Our elders' fish camp near Kotzebue wants to teach kids traditional drying, but boats and fuel cost money.",
        "Regional Iñupiat corporation's cultural fund; we pay for gas, skiffs and supplies for subsistence-skills programs for youth.",
    ),
    (
        "funding",
        "Looking for a donor to buy a wheelchair-friendly merry-go-round for the city playground in Rexburg.",
        "Inclusive-play foundation; we fund adaptive play equipment, ramps and surfacing at public parks in eastern Idaho, up to $15,000.",
    ),
    (
        "funding",
        "A women's shelter in Farmington needs $8,000 for a security system after an abuser showed up.",
        "Domestic-violence coalition's safety fund buys cameras, locks and alarm monitoring for survivor programs in the Four Corners.",
    ),
    (
        "funding",
        "The bluegrass jam in Floyd wants to pay high school pickers to teach other kids.",
        "Old-time music endowment pays apprenticeship stipends so teenage musicians can mentor younger players in the Blue Ridge.",
    ),
    (
        "funding",
        "The police athletic league in Paterson needs $12,000 for a summer boxing program.",
        "Law-enforcement foundation; we fund youth sports run by officers in Passaic County, up to $15,000.",
    ),
    (
        "funding",
        "Twenty kids at our small Korean church in Federal Way could use after-school tutoring we can't pay for.",
        "Community bank founded by immigrants from Seoul gives education awards to congregations running homework help in King County.",
    ),
    (
        "funding",
        "Our blind bowling league in Toledo needs rails and guide equipment; about $3,000.",
        "Lions district foundation in northwest Ohio funds adaptive sports gear for visually impaired athletes.",
    ),
    (
        "funding",
        "The Black rodeo in Okmulgee wants to double its prize purse to attract top cowboys.",
        "Western-wear company's heritage sponsorship adds money to winnings at historically African American roundups in Oklahoma.",
    ),
    (
        "funding",
        "Queremos abrir un banco de ropa para recién llegados en Aurora, pero no tenemos para la renta del local.",
        "Fondo comunitario de Colorado; pagamos hasta seis meses de alquiler de espacio para proyectos que atienden a inmigrantes.",
    ),
    (
        "funding",
        "¿Alguien conoce una beca para que los jóvenes indocumentados de nuestro grupo en Nashville puedan ir a la universidad?",
        "Fundación privada; otorgamos ayuda de matrícula de hasta $10,000 a estudiantes sin papeles, incluidos beneficiarios de DACA, en Tennessee.",
    ),
    (
        "funding",
        "El club de adultos mayores de nuestra parroquia en Pueblo quiere un viaje al santuario de Chimayó y nos faltan $1,800.",
        "Caballeros de Colón, consejo local: pagamos transporte para peregrinaciones de personas de la tercera edad en el sur de Colorado.",
    ),
    (
        "funding",
        "Necesitamos fondos para una clínica de vacunas para mascotas en el barrio de Canutillo.",
        "La sociedad protectora de animales del condado de El Paso paga inyecciones contra la rabia y veterinario para eventos comunitarios.",
    ),
    (
        "other",
        "Our fourth graders have museum tickets but no way to get 50 kids to the science center in Dubuque.",
        "Our church owns a 56-passenger coach with a CDL-licensed deacon behind the wheel, free on weekdays for school outings.",
    ),
    (
        "other",
        "Need 300 yard signs printed in English and Spanish for a library levy vote in Eau Claire by mid-October.",
        "I own a graphics shop on Water Street with a flatbed UV machine and coroplast stock; I do one civic run per season at cost, bilingual layouts included.",
    ),
    (
        "other",
        "The storm knocked out power for days. Who can lend a generator to keep our senior center's insulin fridge running in Lake Charles?",
        "Electrician with three 7,500-watt Honda units on a trailer, loaned free after hurricanes to clinics and elder care sites.",
    ),
    (
        "other",
        "Looking for 25 laptops so our adult learners can take online practice exams at home in Gadsden.",
        "Our bank refreshes its hardware every three years and has 40 wiped Dell notebooks with chargers ready for education nonprofits.",
    ),
    (
        "other",
        "Our powwow committee wants 200 pounds of flour and lard for frybread at the August gathering in Browning.",
        "I manage the wholesale grocery in Cut Bank and donate pallet-level baking staples to Blackfeet cultural events each summer.",
    ),
    (
        "other",
        "Necesitamos 150 pavos para repartir a familias de trabajadores lecheros antes del Día de Acción de Gracias en Twin Falls.",
        "Soy dueño de una granja avícola en Buhl; cada noviembre aparto aves congeladas para despensas y parroquias de la zona.",
    ),
    (
        "other",
        "Anyone know where we can get a wheelchair-accessible van for the monthly trip our disabled veterans take to the VA in Temple?",
        "Our funeral home retired a lift-equipped Ford Transit in good shape, and we loan it out on weekdays to groups serving people who use mobility devices.",
    ),
    (
        "other",
        "The soup kitchen's only stove just died. Anyone upgrading a commercial range in Shreveport?",
        "Restaurant equipment dealer on Line Avenue; trade-ins include six-burner Vulcan units we refurbish and give to charities twice a year.",
    ),
    (
        "other",
        "Is there a trailer we could borrow to haul 40 bales of straw for our harvest festival hayride in Hutchinson?",
        "I grow wheat near Nickerson and keep a 24-foot gooseneck flatbed that neighbors and schools can use with 48 hours' notice.",
    ),
    (
        "other",
        "Our choir is singing for shut-ins at Christmas and wants 60 large-print songbooks in Danville.",
        "I run a copy center on Vine Street with an 11x17 duplexer and comb binder, and I produce 18-point booklets for seniors at cost.",
    ),
    (
        "other",
        "After the flood, 30 families in Waterbury need dehumidifiers and box fans to dry out basements this week.",
        "Our rental center on Thomaston Avenue has 25 commercial moisture-removal units and air movers we lend free for a week after disasters.",
    ),
    (
        "other",
        "Kokomo middle schoolers on a robotics team lost their 3D printer. Anyone with one to spare?",
        "Engineer at an auto plant; I have an unused Prusa MK3 with 10 spools of PETG gathering dust, free to a STEM classroom.",
    ),
    (
        "other",
        "Refugee family of seven arrives in Bowling Green next week and their apartment has no beds.",
        "Our furniture store takes trade-ins and keeps clean twin and bunk mattress sets with frames for resettlement agencies.",
    ),
    (
        "other",
        "Searching for about 200 life jackets in kid sizes for a free swim day on Lake Ouachita.",
        "Our marina in Mountain Pine collects abandoned PFDs every season, mostly youth small and medium, and hands them out to drowning-prevention programs.",
    ),
    (
        "other",
        "Could anyone donate 500 bottles of water and ice for a heat-wave outreach to unhoused people in Las Vegas next weekend?",
        "Our casino's beverage department pulls full pallets of Aquafina near expiration plus bagged cubes from our frozen storage; nonprofits can pick up at the loading dock.",
    ),
    (
        "other",
        "Our rural clinic in Espanola is opening a Narcan vending box and needs the cabinet itself.",
        "We retired a refrigerated snack machine at the hospital cafeteria; it still cools, takes no coins, and could be converted into a free dispenser.",
    ),
    (
        "other",
        "Looking for 40 pairs of steel-toe boots in men's sizes 9-12 for graduates of our construction pre-apprenticeship in Trenton.",
        "Our work-wear outlet on Route 33 sets aside last-season safety footwear, mostly wide, large fits, for job-training programs.",
    ),
    (
        "other",
        "Kids at a free summer lunch site in Helena get meals, but there are no coolers to keep milk cold at the park.",
        "I run a fishing outfitter and have 15 rotomolded ice chests from retired river rafts, given away to youth food programs.",
    ),
    (
        "other",
        "Who has a pressure washer we could borrow to strip graffiti off the underpass before Saturday's cleanup in Pawtucket?",
        "Painting contractor; I keep a 4,000-PSI gas-powered sprayer and a spinning flat-surface attachment on my truck and lend them to neighborhood beautification days.",
    ),
    (
        "other",
        "Anybody have 12 tents and sleeping pads for our inner-city scouts' first camping trip in the Poconos?",
        "Outdoor retailer in Stroudsburg; our rental program retires backpacking shelters and foam mats each fall, and we donate them to youth groups.",
    ),
    (
        "other",
        "¿Alguien tiene máquinas de coser industriales para un taller de costura de mujeres inmigrantes en Hialeah?",
        "Cerré mi fábrica de uniformes en Miami Lakes y guardo 10 Juki de puntada recta y dos overlock; las regalo a proyectos que generen empleo.",
    ),
    (
        "other",
        "Our volunteer fire company in Hollidaysburg needs hose and turnout gear after a budget cut.",
        "Our city department retires hundreds of feet of 1.75-inch attack line and older bunker coats each year and passes them down to small rural crews.",
    ),
    (
        "other",
        "Could anyone lend incubators so 4-H kids can hatch chicks in 6 classrooms in Okeechobee this spring?",
        "Poultry science professor with eight tabletop Brinsea units and a box of candling lights I loan to teachers every March.",
    ),
    (
        "other",
        "Does anyone have a projector and a big inflatable screen for a free outdoor movie night at the park in Owensboro?",
        "I own an event rental company with a 20-foot blow-up cinema and a 5,000-lumen Epson, donated one summer evening a month to neighborhoods.",
    ),
    (
        "other",
        "Our food bank in Marshfield would love ground venison for protein-poor families this winter.",
        "Deer camp of 12 hunters; we each tag two whitetails and have a processor grind our extra into two-pound packs for pantries.",
    ),
    (
        "other",
        "The bilingual voter guide is finished; looking for someone who can print 10,000 tabloid copies on newsprint before October.",
        "Pressroom manager at a small-town daily; our web press has slack on Tuesday nights and runs community inserts at paper cost.",
    ),
    (
        "other",
        "Our special-needs prom is in May and 30 young women still need dresses and shoes.",
        "Bridal boutique owner in Meridian; I keep a rack of sample gowns and heels in sizes 2 to 24 for formal events for teens with disabilities.",
    ),
    (
        "other",
        "Who could lend a dump truck and skid steer for one Saturday to clear a vacant lot for our community garden in Camden?",
        "Excavation contractor with a Bobcat S70 and a 10-wheel hauler parked on weekends; I'll loan both with an operator for neighborhood projects.",
    ),
    (
        "other",
        "Our parish's Thanksgiving dinner for 400 could use roaster ovens and chafing dishes. Any caterers in Altoona?",
        "I run a banquet business with 30 electric 22-quart cookers and 40 stainless buffet warmers I lend to churches in November.",
    ),
    (
        "other",
        "Looking for used smartphones so survivors leaving abusive homes in Salem can call 911 and reach advocates.",
        "Our cell repair kiosk at the mall refurbishes trade-in Androids, wipes them, and gives 10 a month to shelters with prepaid SIMs.",
    ),
    (
        "other",
        "Need a tractor and hay wagon for the homecoming parade float in Mount Pleasant, Iowa.",
        "Antique machinery collector with a restored 1952 Farmall M and a flat-deck running gear, happy to pull for school events with me driving.",
    ),
    (
        "other",
        "Necesito sillas para auto para 20 bebés de familias recién llegadas a Gainesville; muchas no tienen cómo transportar a sus hijos.",
        "Soy técnica certificada en seguridad infantil en vehículos y recibo asientos nuevos donados por la aseguradora; los instalo gratis.",
    ),
    (
        "other",
        "Forty kids in a music program share 6 violins. Any orchestra families in Evanston with instruments in the attic?",
        "I'm a luthier who restores donated fiddles, violas and cellos in fractional sizes and places them free with young string players.",
    ),
    (
        "other",
        "The power company cut service at a family's trailer in Ely, and winter's coming. Anyone with a spare propane heater?",
        "Hardware store owner; every October I set aside portable Buddy-style warming units and 20-pound cylinders for households in a cold-weather crisis.",
    ),
    (
        "other",
        "Our girls' soccer league in Shelbyville has 90 players and no cleats or shin guards.",
        "Sporting goods store manager; returned and last-year footwear, leg protectors and size-4 match balls go to youth clubs every August.",
    ),
    (
        "other",
        "Could someone lend walkie-talkies for 40 parking and safety volunteers at our county fair in Harrisonburg?",
        "Event security company with 50 Motorola handhelds and earpieces, loaned free for community festivals and parades.",
    ),
    (
        "other",
        "Looking for enough hand tools and gloves for 60 people doing a trail restoration day on Mount Greylock.",
        "Our state forestry crew keeps a cargo box of McLeods, Pulaskis, loppers and work mitts that nonprofits can check out for weekend projects.",
    ),
    (
        "other",
        "Who can supply 100 pumpkins for a carving night at our low-income housing complex in Circleville?",
        "We grow jack-o'-lantern squash on 20 acres outside Ashville and leave blemished ones for families who can't afford them.",
    ),
    (
        "other",
        "Our mobile dental clinic needs a portable dental chair and compressor for school visits in Pine Bluff.",
        "Retiring oral surgeon in Jonesboro with a lightweight field operatory unit, air supply and suction still in working order, free to a program serving kids.",
    ),
    (
        "other",
        "¿Alguien puede imprimir 2,000 volantes en español sobre la clínica de vacunas para niños en Siler City?",
        "Tengo un taller de artes gráficas en la calle Chatham y cada mes regalo un tiraje de hojas a color para campañas de salud comunitaria.",
    ),
    (
        "other",
        "Looking for halal lamb and goat for an Eid al-Adha feast for 500 in Cedar Rapids.",
        "Our family farm raises Boer and Katahdin stock near Marion and works with a zabiha slaughterhouse; we donate a dozen head for Muslim holidays.",
    ),
    (
        "other",
        "Could a local business treat 300 foster kids to ice cream at our summer carnival in Stillwater?",
        "Our dairy's frozen-dessert plant gives tubs of mislabeled but perfect product to children's events June through August.",
    ),
    (
        "other",
        "Bhutanese elders at our Wednesday lunch in Erie keep asking for red rice, dried chilies and datshi cheese.",
        "Nepali grocery owner on Parade Street; I import Himalayan staples in bulk and give senior programs a standing order at cost plus a free case monthly.",
    ),
    (
        "other",
        "The pantry in Gastonia goes through 2,000 bags a week and just ran out. Anyone have sturdy totes?",
        "Warehouse manager at a retailer distribution center; we get pallets of returned reusable shopping sacks we can't resell and give them to food ministries.",
    ),
    (
        "other",
        "Looking for a donated car for a single dad in Grand Island who got a night-shift job at the meatpacking plant but has no ride.",
        "Pre-owned auto dealer on South Locust; every quarter I recondition one trade-in sedan with new tires and give it to a working parent referred by a charity.",
    ),
    (
        "other",
        "Who has lockable bins for the belongings of people in our winter shelter in Ogden?",
        "Industrial supply rep; we liquidate 30-gallon steel footlockers with hasps from surplus military contracts and donate overstock to housing programs.",
    ),
    (
        "other",
        "Anyone giving away a piano? Our senior living community in Kerrville lost ours to a roof leak.",
        "Retired music teacher with a 1968 Baldwin console, recently tuned, that needs a home where it'll be played daily.",
    ),
    (
        "other",
        "Any families with outgrown goalie pads and skates for our 20 beginners in Warroad?",
        "Our sports consignment shop in Roseau keeps a back room of trade-in leg guards, blockers and boots in youth sizes, free to learn-to-play programs.",
    ),
    (
        "other",
        "Buscamos 60 chamarras de invierno para niños de familias migrantes que llegaron a Denver sin ropa para el frío.",
        "Mi tienda en la avenida Federal aparta cada noviembre abrigos y guantes de tallas infantiles para albergues y escuelas.",
    ),
    (
        "other",
        "Thirty-five kids in an after-school program in Roanoke have only a few worn board games. Anyone clearing out a closet?",
        "Hobby shop owner; we retire our demo copies of Ticket to Ride, Catan and Uno every quarter and donate them to youth centers.",
    ),
    (
        "other",
        "Seeking 500 American flags to place on veterans' graves at the county cemetery before Memorial Day in Hannibal.",
        "Patriotic-goods retailer on Market Street who stocks 12-by-18 stick banners and sends a full case to any fallen-heroes tribute each May.",
    ),
    (
        "other",
        "The bus stops two miles from our job training center in Kingman. Anyone with used bikes for our students?",
        "Cycle shop mechanic; I rebuild police-auction and abandoned cruisers with lights and locks and give them to people getting to work.",
    ),
    (
        "other",
        "Girls at a STEM camp in Starkville could really use 20 microscopes.",
        "Biology department at Mississippi State is retiring compound Olympus units with working illumination and will pass a classroom set to a K-12 program.",
    ),
    (
        "other",
        "Looking for 1,000 bilingual door hangers for a lead-pipe replacement campaign in Benton Harbor by next week.",
        "Union print shop in St. Joseph with a die-cutter for knob-hole cards; we turn around two-language jobs in three days for health outreach.",
    ),
    (
        "other",
        "Our youth baseball complex in Grants Pass has no defibrillator. Anyone upgrading theirs?",
        "Paramedic captain; when our department replaces cardiac monitors, the older AEDs with new pads and batteries go to ballfields and churches.",
    ),
    (
        "other",
        "Our MLK Day breakfast for 300 in Selma could use donated grits, bacon and coffee.",
        "Restaurant supply distributor; I deliver cases of stone-ground hominy, thick-cut pork belly and ground roast free to civil rights commemorations every January.",
    ),
    (
        "other",
        "Does anyone have 20 sets of clippers, capes and spray bottles for a free back-to-school haircut day in Sumter?",
        "Barber academy owner; our students graduate each June and leave behind Wahl kits, smocks and misters we pass to community grooming events.",
    ),
    (
        "other",
        "Can anyone fly 400 pounds of diapers and formula to a tiny clinic upriver from Bethel?",
        "Bush pilot with a Cessna 206 on wheels and skis; I carry charity freight to Yukon-Kuskokwim villages on my empty return legs.",
    ),
    (
        "other",
        "Tenants organizing in the Bronx need 100 smoke detectors with 10-year batteries.",
        "The fire marshal's community risk office gives out sealed-lithium alarms by the case to building groups that book an install day.",
    ),
    (
        "other",
        "¿Quién nos regala tortillas y frijoles para 200 jornaleros que buscan chamba cada mañana frente a la ferretería en Houston?",
        "Mi fábrica de masa en la calle Navigation dona los paquetes de maíz del día anterior y un costal de pinto a grupos que atienden a trabajadores por día.",
    ),
    (
        "other",
        "Our theater's costume shop needs a heavy-duty steamer and two dress forms for a spring musical in Davenport.",
        "I closed my bridal alterations business and still have a Jiffy J-4000, three adjustable mannequins and a cutting table to give away.",
    ),
    (
        "other",
        "Anyone have a dunk tank we could use for our principal's fundraiser in Vicksburg?",
        "Party rental outfit in Clinton with a trailer-mounted splash booth and a bounce castle, discounted for PTAs.",
    ),
    (
        "other",
        "Women leaving our shelter in Kalamazoo move into empty apartments. Anyone with pots, pans and dishes?",
        "Estate liquidator; after every sale I box up leftover cookware, plates and silverware and deliver them to housing programs.",
    ),
    (
        "other",
        "Our food pantry in Houghton can't open when snow piles up. Anyone with a plow truck or big snowblower?",
        "Contractor with a Ford F-350 and Fisher V-blade; I clear nonprofit lots before 7 a.m. at no cost after every storm.",
    ),
    (
        "other",
        "We run a youth woodworking class in Frankfort and need lumber scraps, hardwood preferred.",
        "Cabinet shop owner; we generate bins of walnut, cherry and oak cutoffs weekly, and teachers can haul them away free.",
    ),
    (
        "other",
        "Who has a popcorn machine and cotton candy maker for our school carnival in Rome, Georgia?",
        "Movie theater manager; our retired concession kettle and spun-sugar spinner go out on loan to PTAs and church festivals.",
    ),
    (
        "other",
        "Homeless outreach burns through socks constantly. Anyone with a bulk supply of new wool ones in Spokane?",
        "Outdoor apparel warehouse manager: we get cases of merino hiking hosiery with cosmetic flaws and send them to street medicine crews.",
    ),
    (
        "other",
        "Need about 30 fishing poles and tackle boxes for kids at our housing authority's summer program in Baton Rouge.",
        "Bass pro-staff angler; I get sponsor reels and rod combos plus lure kits every season and pass the extras to youth outings.",
    ),
    (
        "other",
        "Who has a rototiller to break ground on 12 new community garden plots in Saginaw this April?",
        "Small-engine repair shop; I have a rebuilt Troy-Bilt rear-tine cultivator I lend out each spring with a full tank.",
    ),
    (
        "other",
        "Our refugee youth soccer team needs transport for a full roster to weekend tournaments around Utica.",
        "Our parish owns a 15-passenger Ford Econoline that's free Saturdays if your coach holds a clean license.",
    ),
    (
        "other",
        "Our senior center in Bisbee wants large-button phones and amplified handsets for residents with hearing loss.",
        "Audiologist; a manufacturer sends me boxes of CapTel and loud-ring landline units, and I give them free to older adults with auditory decline.",
    ),
    (
        "other",
        "Necesitamos una camioneta para llevar verduras del campo al mercado comunitario de Watsonville los martes y viernes.",
        "Tengo una troca con caja refrigerada de 16 pies que uso solo los fines de semana; la presto entre semana a cooperativas agrícolas.",
    ),
    (
        "other",
        "Hospice patients in Billings would love 50 handmade quilts or lap blankets this winter.",
        "Our fabric store's sewing circle finishes comfort throws every Tuesday and gives the fall batch to end-of-life care programs.",
    ),
    (
        "other",
        "Anyone have a 3-compartment sink and prep table we could install in our church kitchen in Beckley to get licensed?",
        "I'm closing my diner and giving away the stainless washing basins, drainboards and a work counter to any ministry that hauls them.",
    ),
    (
        "other",
        "Marching band uniforms in Ottumwa are 30 years old. Anyone replacing a set of 80?",
        "Music teacher at a big suburban high school; we're retiring 90 maroon wool jackets, shakos and plumes in good shape this spring.",
    ),
    (
        "other",
        "Who has tables, canopies and a PA for our Cinco de Mayo street festival in Greeley?",
        "Party supply business owner with 10-by-10 pop-up tents, 6-foot banquet stations and a 1,000-watt JBL speaker system, discounted for neighborhood celebrations.",
    ),
    (
        "other",
        "Our kids' library in Window Rock has hardly any books in Diné or about life on the reservation.",
        "Retired Bureau of Indian Education teacher; I own several hundred bilingual readers and picture stories from the old Navajo Curriculum Center and want them in children's hands.",
    ),
    (
        "other",
        "A sober-living house in Parkersburg needs a washer and dryer that actually work.",
        "Appliance repair shop; we refurbish trade-in Whirlpool laundry pairs and deliver one set a month to recovery residences.",
    ),
    (
        "other",
        "Can anyone donate lunch for 40 volunteers at Saturday's river cleanup in Cleveland?",
        "Our deli on Lorain Avenue sends platters of corned beef sandwiches and chips to any weekend work crew doing civic projects.",
    ),
    (
        "other",
        "Buscamos 30 computadoras o tabletas para que las mamás de la escuela en Pasadena tomen clases de inglés en línea.",
        "Mi empresa de reciclaje electrónico restaura equipos portátiles con Windows y cargador, y cada semestre regala un lote a programas de educación para adultos.",
    ),
    (
        "other",
        "Our lobby day needs a charter bus to take 50 wheat growers from western Kansas to the statehouse in February.",
        "I own a motorcoach line in Colby with a 55-seat Prevost, and I give advocacy groups one discounted round trip to Topeka each session.",
    ),
    (
        "other",
        "Anyone have 25 golf carts we could borrow to shuttle seniors from remote parking at our Monday fall festival in Pinehurst?",
        "Course superintendent at a resort; our fleet of 80 E-Z-GOs stays garaged when the links close early in the week, and I'll lend a couple dozen for community events.",
    ),
    (
        "other",
        "After the ice storm, our rural co-op members in Paris, Texas, have downed trees everywhere. Who can lend chainsaws?",
        "Arborist with six Stihl MS 271s, chaps and helmets, loaned free to neighbors after severe weather as long as they come back sharp.",
    ),
    (
        "other",
        "Ranchers near Ogallala lost their hay to the wildfire. Anyone with 100 big rounds to spare?",
        "I put up alfalfa on pivot ground outside Sidney and keep a reserve stack for neighbors hit by drought or disaster.",
    ),
    (
        "other",
        "More patients are coming to a free clinic in Gulfport after knee surgery. Anyone with walkers, canes and shower chairs?",
        "Medical equipment loan closet run by our parish nurse: rollators, quad sticks and bath benches, cleaned and tagged, lent for as long as needed.",
    ),
    (
        "other",
        "Looking for cribs and pack-and-plays for 12 infants in our teen parents' program in Ellensburg.",
        "Our baby consignment store checks recall lists and keeps safety-certified portable playards and full-size sleep spaces for young moms.",
    ),
    (
        "other",
        "Our middle school girls keep missing class because they can't afford pads and tampons. Any bulk source in Laurinburg?",
        "Distribution center manager for a drugstore chain; we divert dented-box feminine hygiene cases to nurses' offices and shelters each month.",
    ),
    (
        "other",
        "¿Alguien tiene mochilas y útiles para 100 niños de familias que pizcan manzanas en Wenatchee?",
        "Mi tienda de descuentos en la avenida Mission regala cada agosto cajas de cuadernos, lápices y bultos escolares a hijos de trabajadores agrícolas.",
    ),
    (
        "other",
        "Our graduating seniors at a rural high school in Alliance want caps and gowns, but many families can't cover them.",
        "I run a formal-wear shop and keep 60 reusable navy commencement robes and mortarboards I lend to small-town districts each May.",
    ),
    (
        "other",
        "Does anyone have a livestream setup, camera, mixer and mic, we could borrow for county commission meetings in Kanab?",
        "Church media director; we have a spare Blackmagic ATEM, two PTZ units and lavaliers in a road case, loaned to local governments for public hearings.",
    ),
    (
        "other",
        "Eagle Butte's youth basketball team has no matching jerseys for next month's tournament.",
        "Screen printer in Pierre; I keep reversible mesh tanks in stock and will number and letter a full squad set free for reservation schools.",
    ),
    (
        "other",
        "We're opening a free store for kids in foster care in Asheville and need clothing racks and mirrors.",
        "We're closing our boutique downtown and giving away rolling garment rails, a few hundred velvet hangers and two full-length cheval glasses.",
    ),
    (
        "other",
        "Anyone with something that floats and handles shallow floodwater, so we can check on elderly residents along the Pearl next week?",
        "Duck hunter with a 16-foot mud-motor jon boat and trailer; I lend it or run it myself whenever the bottomlands go under.",
    ),
    (
        "other",
        "Hanukkah party for 80 kids in Skokie: we still need dreidels, gelt and menorahs.",
        "Judaica shop owner on Dempster; every December I donate a carton of spinning tops, chocolate coins and tin candle holders to community celebrations.",
    ),
    (
        "other",
        "Who can print 150 funeral programs with photos by Thursday for a family in Forrest City who lost their son?",
        "Owner of a copy shop on Washington Street; I do memorial folders in full color at no charge for grieving households, usually within 48 hours.",
    ),
    (
        "other",
        "Looking for 40 solar lanterns and phone chargers for families living without electricity near Chinle.",
        "Outdoor gear company rep; we ship cases of Goal Zero lights and battery banks from cosmetic returns to off-grid households through Navajo chapters.",
    ),
    (
        "other",
        "Our senior meal program in Glasgow, Montana, sends out 60 lunches, but our insulated carriers are falling apart.",
        "Pizza shop owner; I just replaced our delivery fleet's thermal bags and have 30 heavy-duty hot totes to give to a route serving homebound elders.",
    ),
    (
        "other",
        "Anyone with a horse trailer that could evacuate our therapy ponies if the river rises in Fort Collins?",
        "I keep a four-stall slant-load gooseneck hitched and ready every spring runoff season, and I'll haul animals for any nonprofit in an emergency.",
    ),
    (
        "other",
        "Our church is building a wheelchair ramp for a member in Bellows Falls. Anyone have pressure-treated lumber left over?",
        "Supply yard manager at a home center; we set aside culled 2x6 stock and 5/4 decking boards, still straight enough, for access projects for disabled homeowners.",
    ),
    (
        "other",
        "Para la fiesta del Día del Niño en Ulysses necesitamos 15 piñatas y dulces para 400 niños.",
        "Mi tienda de artículos para celebraciones en la calle principal hace figuras de papel maché y vende golosinas por mayoreo; cada abril dono una parte a escuelas.",
    ),
    (
        "other",
        "Community theater in Moscow, Idaho, wants stage lights. Anyone upgrading to LED?",
        "Technical director at a university auditorium; we're retiring 30 ETC Source Four fixtures and a dimmer rack and would rather they keep shining locally.",
    ),
    (
        "other",
        "The youth group wants to run a car wash fundraiser but has no hoses, buckets or soap. Anyone in Zanesville?",
        "I own a detailing business and keep a spare kit of garden lines, pails, sponges and biodegradable suds that teens can borrow for a Saturday.",
    ),
    (
        "other",
        "Does anyone have a raffle drum and 5,000 tickets for our fire department's chicken BBQ in Wellsboro?",
        "Our Sons of Italy lodge owns a hand-crank brass tumbler and rolls of double stubs we lend to any fundraiser in Tioga County.",
    ),
    (
        "other",
        "Need about 300 pounds of potatoes and onions weekly for our shelter's kitchen in Caribou.",
        "We grade spuds for the chip plant near Mars Hill and set aside No. 2s and small yellow globes every Friday for food programs.",
    ),
    (
        "other",
        "Looking for a used pickup that our two-person trail crew in Ketchum can use to haul tools into the backcountry.",
        "Ski resort fleet manager; we auction retired four-wheel-drive Tacomas each spring but hold one back for conservation groups at a dollar.",
    ),
    (
        "other",
        "Our adult day program wants 20 weighted blankets and fidget kits for clients with dementia in Augusta.",
        "Occupational therapist; my sewing group makes 8-pound lap pads and activity aprons with zippers and buckles for memory-care settings.",
    ),
    (
        "other",
        "Who can get 30 pallets of bottled water from a distribution center to our flooded town of Waverly within a day?",
        "Trucking company owner with two 53-foot dry vans and drivers on standby for disaster loads across Middle Tennessee.",
    ),
    (
        "other",
        "Forty mattresses at a Bible camp in Hot Springs have to be replaced before June.",
        "Hotel general manager; we're renovating 120 rooms in April, and the lightly used queen and twin sleep sets go to retreat centers and shelters.",
    ),
    (
        "other",
        "Looking for someone to print and bind 200 copies of a Hmong-English picture dictionary our students wrote in Merced.",
        "Digital press shop on 16th Street with a glue-spine finisher; we publish one community book per quarter at material cost.",
    ),
    (
        "other",
        "The pantry in Decorah hasn't had eggs in a month.",
        "We run a 5,000-hen pastured flock near Cresco and send 40 dozen checks and pee-wees each week to food shelves.",
    ),
    (
        "other",
        "Our elders' center on the Umatilla reservation wants a large chest freezer for donated salmon and elk.",
        "Appliance dealer in Hermiston; floor-model 20-cubic-foot sub-zero units with scratches go free to tribal and senior programs.",
    ),
    (
        "other",
        "Buscamos una bocina grande y micrófonos inalámbricos para la misa al aire libre de la Virgen de Guadalupe en Marshalltown.",
        "Tengo un negocio de sonido para bailes y quinceañeras; cada diciembre presto a parroquias un equipo con dos altavoces de 15 pulgadas y dos Shure de mano sin cable.",
    ),
    (
        "other",
        "Middle school gardeners in Bayfield want fruit trees, apple, pear and plum, for a mini orchard.",
        "Nursery owner with a back lot of bare-root Honeycrisp, Bartlett and Stanley whips left after spring sales, free to youth plantings.",
    ),
    (
        "other",
        "Who could pass along a few office desks, file cabinets and a printer to our new nonprofit in Rexburg?",
        "Facilities lead at a closing call center; we have 50 workstations, four-drawer lateral storage units and two Ricoh copiers to give away by month's end.",
    ),
    (
        "other",
        "We're hosting 200 linemen from out of state after the hurricane. Anyone able to feed them breakfast for a week in Houma?",
        "Cajun caterer with a trailer-mounted kitchen; I serve boudin, eggs and biscuits at dawn to utility crews working storm restoration.",
    ),
    (
        "other",
        "Looking for hearing-protection earmuffs and safety glasses for 30 teens in our shop class in Beloit.",
        "PPE distributor; we donate overstock ear defenders and ANSI-rated eyewear to career-tech programs each fall.",
    ),
    (
        "other",
        "Our 80-year-old parishioners can't read the hymnal. Anyone with a magnifier or large-print Bibles in Bluefield?",
        "Optician; I collect lighted handheld lenses and giant-type scripture from estate donations and pass them to congregations.",
    ),
    (
        "other",
        "Could anyone lend a tent big enough for 300 at our outdoor graduation in Lame Deer if it rains?",
        "Rodeo association's 40-by-100 frame canopy with sidewalls goes up for any community ceremony on the Northern Cheyenne reservation.",
    ),
    (
        "other",
        "Patients at our oncology center in Rochester, Minnesota, want wigs, scarves or soft caps.",
        "Salon owner; I keep a shelf of synthetic hairpieces, silk head wraps and knit beanies for people going through cancer treatment.",
    ),
    (
        "other",
        "Nuestra cooperativa de limpieza en Shakopee necesita aspiradoras y trapeadores industriales para empezar contratos.",
        "Cerré mi empresa de conserjería y guardo cuatro máquinas de succión Kärcher, cubetas con exprimidor y mopas que regalo a emprendedoras.",
    ),
    (
        "other",
        "Who can screen-print 250 shirts in kids' sizes for our reading-challenge finishers in Muscatine?",
        "Apparel decorator with a six-color press in Moline; I run one youth-literacy order a year at blank cost, XS through L.",
    ),
    (
        "other",
        "Anyone able to produce our sample ballot in Braille for 60 blind voters in Jacksonville?",
        "Our school for the visually impaired has a Tiger tactile printer and a transcriber who turns civic documents around in a week.",
    ),
    (
        "other",
        "Volunteer awards night is Friday. Anyone who can engrave 25 plaques fast in Great Falls?",
        "Trophy shop owner on Central Avenue; laser-etched walnut recognition boards, 48-hour turnaround, discounted for civic groups.",
    ),
    (
        "other",
        "Seeking 2,000 balsam wreaths to lay on veterans' graves at the national cemetery near Marion in December.",
        "Christmas greens farm in Washington County, Maine; we tie fir rings with red bows and truck a load south each winter for fallen-service honors.",
    ),
    (
        "other",
        "A family of nine just lost everything in a house fire in Claremore; they need couches, a table and beds today.",
        "Our thrift warehouse keeps a crisis room of sofas, dinettes and bunk frames we deliver same day when the Red Cross calls us.",
    ),
    (
        "other",
        "Anyone have a live Christmas tree, 20 feet or taller, for the town square lighting in Leavenworth?",
        "We own a hillside of blue spruce near Cashmere and will cut one giant for a community holiday celebration, delivered by our boom truck.",
    ),
    (
        "other",
        "The toy drive is 200 gifts short for teens, the hardest age. Anyone in Abilene?",
        "Electronics store manager; we donate earbuds, Bluetooth speakers and boxed chargers from returns each December to holiday programs for 13-to-17-year-olds.",
    ),
    (
        "other",
        "Our domestic violence shelter in Enid takes in pets too and has run out of dog and cat food.",
        "Feed store on West Garriott; we give torn bags of kibble and cases of canned Friskies to animal-inclusive safe houses.",
    ),
    (
        "other",
        "Drought wiped out our members' pasture near Mitchell. Anyone with cattle feed, cubes, silage, anything?",
        "Ethanol plant in Aberdeen sells wet distillers grains and sets aside truckloads at cost for producers in disaster counties.",
    ),
    (
        "other",
        "Looking for vegetable seeds in bulk, beans, squash and corn, for 40 tribal family gardens near Taos.",
        "Heirloom saver in Dixon, New Mexico, with jars of blue flour maize, cushaw and tepary stock that I share with Pueblo growers each spring.",
    ),
    (
        "other",
        "Who can deliver 10 cords of split firewood to elders who heat with wood stoves in Ashland, Wisconsin?",
        "Logger near Mellen; I buck and chunk tamarack and maple slash every fall and haul it free by the dump-trailer load to tribal and senior households.",
    ),
    (
        "other",
        "Se necesitan 50 ventiladores para trabajadores del campo que viven en casas móviles sin aire acondicionado en Coachella.",
        "Soy gerente de una tienda de mejoras para el hogar en Indio; cada junio donamos abanicos de pedestal y de caja a organizaciones campesinas.",
    ),
    (
        "other",
        "Our water's under a boil order for a week. Anyone with countertop filters or large jugs for 150 homes in Jackson?",
        "Beverage distributor; we have 3,000 five-gallon returnable carboys and dispensers we lend to neighborhoods during contamination emergencies.",
    ),
    (
        "other",
        "Heat wave coming. Could anyone supply window AC units for 20 homebound seniors in Memphis?",
        "HVAC contractor; we pull lightly used room air conditioners during upgrades and install them free for older folks who can't leave the house.",
    ),
    (
        "other",
        "Does anyone have hotel-size shampoo, soap and toothpaste for 300 hygiene kits in Myrtle Beach?",
        "Resort housekeeping director; we collect partly used and unopened guest amenities from 900 rooms and box them for outreach groups weekly.",
    ),
    (
        "other",
        "People keep asking our clothing closet for adult incontinence briefs every day. Any source in Sheboygan?",
        "Nursing home administrator; when residents pass or change sizes, unopened cases of Depends and bed pads go to charity pantries.",
    ),
    (
        "other",
        "Hospice family in Saint Johnsbury needs a hospital bed delivered this week.",
        "Durable medical loan program run by our Lions club: electric semi-Fowler frames with rails and mattresses, brought to the house within two days.",
    ),
    (
        "other",
        "Our adaptive sports program wants two racing wheelchairs for teen athletes in Champaign.",
        "Paralympic coach at the university; we retire long-frame racers every couple years and pass them to juniors.",
    ),
    (
        "other",
        "Looking for 50 youth football helmets that meet current safety ratings for our league in Opelousas.",
        "Equipment manager at a Division II college; we recondition and recertify Riddell shells each spring and pass extras in small sizes to peewee programs.",
    ),
    (
        "other",
        "Our CNA students start clinicals next month and need scrubs and non-slip shoes in Dothan.",
        "Uniform shop owner on Ross Clark Circle; we give last-season medical tops and pants plus grippy-sole clogs to nursing-assistant trainees.",
    ),
    (
        "other",
        "Need four suits and ties for young men with job interviews next week at our reentry program in Macon.",
        "Clothier downtown; I fit returning citizens with a pressed jacket, slacks, shirt and neckwear free, tailored the same day.",
    ),
    (
        "other",
        "Our 15 little book-share boxes in Norfolk, Nebraska, are empty. Anyone with children's and adult paperbacks?",
        "Library Friends rummage-sale leftovers: 40 cartons of novels, picture stories and mysteries we give to neighborhood lending stands each spring.",
    ),
    (
        "other",
        "Twenty-five stroke survivors at a memory café in Sheridan want watercolor sets, brushes and paper.",
        "Art supply store owner; at inventory each January I box up discontinued pan paints, sable rounds and cold-press pads for therapeutic programs.",
    ),
    (
        "other",
        "Could a paint store spare 30 gallons of outdoor latex for a youth mural on the skate park in Durango?",
        "Our hardware co-op collects mis-tinted exterior acrylic returns and hands out whole cans to community art projects.",
    ),
    (
        "other",
        "Our high school drumline has 12 kids and 4 drums. Any marching snares or tenors collecting dust in Columbia, Missouri?",
        "Percussion instructor; I repair donated Pearl and Yamaha battery gear, heads replaced, and place it with under-resourced bands.",
    ),
    (
        "other",
        "Queremos darle a cada familia del programa de Head Start en The Dalles una canasta con arroz, frijol y aceite para las fiestas.",
        "Administro un almacén mayorista en Boardman y cada diciembre armo despensas con granos, legumbres y manteca vegetal para preescolares de la región.",
    ),
    (
        "other",
        "Lent fish fry every Friday for 400 people in Sandusky, and our fryers are shot. Anyone replacing commercial ones?",
        "Bar owner; I just upgraded the kitchen and have two 50-pound Pitco deep-fat units with baskets for any church supper that can haul them.",
    ),
    (
        "other",
        "Looking for 300 pounds of Texas-style brisket smoked for the union picnic in Beaumont. Anyone with a pit?",
        "Competition BBQ team with a 1,000-gallon offset cooker on a trailer; we cook for labor and church events at cost of meat.",
    ),
    (
        "other",
        "Our new Afghan families in Fremont, California, need pressure cookers and large rice pots for cooking at home.",
        "South Asian kitchenware importer in Newark; I set aside Hawkins whistles and 20-quart degchis for refugee households.",
    ),
    (
        "other",
        "Seeking a shredding truck for a free identity-theft prevention day for seniors at our library in Tyler.",
        "Document destruction company owner; our mobile grinder rig does one community event per month at no charge, up to 5 tons.",
    ),
    (
        "other",
        "Our bilingual newsletter for farmworkers needs 500 copies printed every month in Plant City.",
        "Owner of an offset shop on Collins Street; I run one recurring two-color community sheet for strawberry pickers at ink cost.",
    ),
    (
        "other",
        "Pinewood Derby in Spring Hill: 60 racers, no track and no timer. Can anyone lend one?",
        "Cubmaster in Franklin; our pack owns a 42-foot aluminum four-lane course with an electronic finish line we loan to other dens.",
    ),
    (
        "other",
        "Who has 40 cots and blankets for our overnight warming center in Devils Lake?",
        "Emergency management coordinator; our county trailer stocks 100 fold-out beds and fleece throws for Red Cross-style shelters during blizzards.",
    ),
    (
        "other",
        "Our Girl Scout troop in Midland, Texas, wants telescopes for astronomy badge nights.",
        "Petroleum geologist and stargazing hobbyist; I own three Dobsonian reflectors and a solar-filtered refractor I lend to youth groups with a quick lesson.",
    ),
    (
        "other",
        "Looking for 30 pairs of snowshoes for winter nature outings with city kids in Saint Cloud.",
        "Outfitter in Grand Marais; we rent Tubbs and MSR floatation frames all season and donate the retired fleet each March to youth programs.",
    ),
    (
        "other",
        "Any kayaks or canoes we could use for a veterans' paddling group on the Current River in Van Buren?",
        "Float trip outfitter in Eminence with 200 aluminum Grummans and sit-on-tops, free weekdays in May for military-service clubs.",
    ),
    (
        "other",
        "Anyone have a Norwegian lefse griddle and rolling pins we could demo at the heritage festival in Westby?",
        "Retired church cook; I own four electric Bethany grills, grooved sticks and turning paddles and teach potato flatbread every October.",
    ),
    (
        "other",
        "Busco un vestido blanco de primera comunión talla 10 para una niña refugiada en Aurora.",
        "Mi boutique de ropa religiosa en la avenida Colfax presta ajuares ceremoniales color marfil para chicas de 7 a 12 años de familias de bajos recursos.",
    ),
    (
        "other",
        "Our Fourth of July parade in Deadwood wants a horse-drawn stagecoach to lead it off.",
        "Draft-team owner with a restored Concord coach and matched Belgians, available for Black Hills celebrations in summer.",
    ),
    (
        "other",
        "¿Alguien tiene un remolque de comida o una parrilla grande para vender elotes en el festival de Fort Worth?",
        "Tengo un puesto rodante con comal, freidora y tanque de gas que rento barato a familias emprendedoras para eventos.",
    ),
    (
        "other",
        "Our shelter wants rain ponchos and hand warmers for 100 people before the November cold snap in Medford.",
        "Sporting goods buyer; we donate cases of waterproof shells and air-activated heat packs left after hunting season.",
    ),
    (
        "other",
        "Looking for sunscreen, electrolyte packets and cooling towels for 200 farmworkers during the peak melon harvest near Rocky Ford.",
        "Pharmacy owner in La Junta; each July I set aside SPF 50 tubes, Pedialyte powder and neck chill wraps for field crews.",
    ),
    (
        "other",
        "Can anyone spare kids' bike helmets in all sizes for a bike rodeo at our elementary in Pella?",
        "Pediatric trauma nurse; our hospital injury-prevention grant buys CPSC-certified headgear, and I fit and hand them out at safety events.",
    ),
    (
        "other",
        "Anyone have breast pumps to lend for new moms returning to work at the poultry plant in Siloam Springs?",
        "Lactation consultant; I keep hospital-grade Medela Symphony rentals and new personal kits from insurance overstock for employed mothers.",
    ),
    (
        "other",
        "T-ball in Berea: 80 kids and not enough bats, gloves or catcher's gear.",
        "Sporting goods rep; every spring I haul sample bins of youth aluminum sticks, mitts and chest protectors to rural clubs that ask.",
    ),
    (
        "other",
        "The formula shortage hit our WIC moms in Orangeburg hard; any source of Similac or Enfamil?",
        "Pediatrician; manufacturer reps leave me cases of infant powder samples, and I give them to families that can't find it on shelves.",
    ),
    (
        "other",
        "Necesitamos un camión de mudanza este sábado para llevar los muebles de una familia refugiada a su nueva casa en Harrisonburg.",
        "Nuestra iglesia tiene una caja seca de 16 pies con rampa y carretillas que prestamos a agencias que reciben inmigrantes, con 48 horas de aviso.",
    ),
    (
        "other",
        "Could any business donate shelving for a new choice-model pantry in Kenosha?",
        "Retail fixtures liquidator; we pull steel gondola units and endcaps from closing grocery stores and give sets to hunger nonprofits.",
    ),
    (
        "other",
        "Our farmers market in Anderson can't take SNAP because we have no card reader. Anyone with a spare terminal?",
        "Payment processing rep; I place free wireless EBT-capable devices with vendors' associations and cover setup for the first season.",
    ),
    (
        "other",
        "Where can we get 100 reading glasses in mixed strengths for our senior center's book club in Carbondale?",
        "Optometrist; I collect unused +1.00 to +3.00 drugstore cheaters from frame reps and hand out boxes to older adults' programs.",
    ),
    (
        "other",
        "Necesitamos 40 uniformes escolares de talla chica para niños que llegaron de Honduras a la escuela en Gainesville.",
        "Tengo una tienda de pantalones caqui y polos azul marino en la avenida Browns Bridge; regalo conjuntos infantiles a familias inmigrantes.",
    ),
    (
        "other",
        "Our pantry in Pikeville lost its forklift in the flood. Anyone with a used one or a pallet jack?",
        "Coal equipment dealer; we have a reconditioned 5,000-pound Toyota warehouse loader and two hand-pump skid movers for a nonprofit that can pick up.",
    ),
    (
        "other",
        "A single mom in Provo has a job offer but no winter tires; anyone with a set of 16-inch snows?",
        "Wheel shop owner on State Street; every November I mount lightly used studless blizzard treads free for a few working parents referred by churches.",
    ),
    (
        "other",
        "Our Sudanese women's group in Schuyler wants to sell sambusas at the farmers market but lacks a commercial fryer and tent.",
        "Food truck builder; I have a propane countertop oil cooker and a 10x10 canopy with weights left from a retired rig, free to immigrant startups.",
    ),
    (
        "other",
        "A county historical museum in Cooperstown wants archival boxes and acid-free folders for 3,000 photos.",
        "Conservator; I order Hollinger document cases and buffered sleeves in bulk and share the extras with small heritage collections.",
    ),
    (
        "other",
        "Can anyone provide mobile hotspots for 40 students in a county with no broadband near Clayton, Georgia?",
        "Cell carrier store manager in Dahlonega; our community program loans Jetpacks with unlimited data to schools for a semester.",
    ),
    (
        "other",
        "We're hosting 60 Ukrainian refugees for Easter dinner in Parma and would love traditional paska bread.",
        "Eastern European bakery on State Road; every Holy Week we bake extra braided sweet loaves and pysanky-decorated baskets for newcomer families.",
    ),
    (
        "other",
        "Who can give our town's food truck rally a few portable toilets and hand-wash stations in Emporia?",
        "Septic service owner; I keep six spare chemical johns and two sink trailers I place free at one community event each month.",
    ),
    (
        "other",
        "ESL students in Nashua want 30 English-Spanish and English-Portuguese dictionaries.",
        "Retired language teacher; I have shelves of Larousse and Michaelis bilingual references to give to adult learners.",
    ),
    (
        "other",
        "Any quarry near Cape Girardeau that could drop 20 tons of sand for flood-fighting bags?",
        "Aggregate pit owner on the Mississippi; I deliver fine-washed material by the dump-truck load free to emergency crews whenever the gauge passes 32 feet.",
    ),
    (
        "other",
        "Our rural ambulance service in Broken Bow could use a second rig. Anyone retiring one?",
        "Fleet manager for a city fire department; our 2014 Type III medic units are being replaced this summer, and we'll transfer one to a small-town squad for a dollar.",
    ),
    (
        "other",
        "Looking for a pontoon boat and captain to take residents of our nursing home out on Lake of the Ozarks for an afternoon.",
        "Marina owner in Osage Beach; our 24-foot party barge with a wheelchair gate goes out free each Wednesday for elder care outings, with me at the helm.",
    ),
    (
        "other",
        "Anyone have 100 pairs of ice skates in kids' sizes for an outdoor rink program in Saint Paul?",
        "Sports swap shop owner; we collect outgrown hockey and figure blades each spring and give boot-and-blade sets to youth winter outings.",
    ),
    (
        "other",
        "Our free pet vaccination day in Somerton is short on syringes, rabies vaccine and muzzles.",
        "Veterinary distributor; biologics nearing their date, needles and soft restraints go to humane society clinics.",
    ),
    (
        "other",
        "Help: our church van's transmission died, and we drive 25 elders to services every Sunday in Cullman.",
        "Auto dealer; I keep one retired 12-passenger courtesy shuttle available on weekends for congregations that need to get members to worship.",
    ),
    (
        "other",
        "Buscamos cobijas y ropa de cama para 30 familias que se mudan a departamentos vacíos en Hazleton.",
        "Administro un hotel en la carretera 309; renovamos los cuartos y donamos sábanas, edredones y almohadas en buen estado a agencias de reasentamiento.",
    ),
    (
        "other",
        "Need a sound system and stage for a gospel concert in a park in Greenwood, Mississippi.",
        "DJ and event production company with a 16-by-24 mobile platform trailer and a line array, discounted for church fellowships.",
    ),
    (
        "other",
        "Could a fisherman donate salmon or halibut for our tribal elders' lunch program in Anacortes?",
        "Gillnetter on Puget Sound; after every opener I set aside two totes of sockeye and bycatch for Swinomish senior meals.",
    ),
    (
        "other",
        "Can anyone outfit a middle school chemistry club in Rolla with lab glassware, beakers and flasks?",
        "Missouri S&T stockroom manager; we surplus borosilicate Pyrex and Erlenmeyers each summer and give classroom lots to local teachers.",
    ),
    (
        "other",
        "Any families with a spare crib mattress, stroller and baby carrier for twins arriving at our shelter in Elizabeth City?",
        "Multiples-parents club; we pass along double joggers, tandem wraps and fitted bassinet pads from households whose kids have outgrown them.",
    ),
    (
        "other",
        "Our high school's girls-in-construction camp needs hard hats, vests and tool belts for 30 in Rock Springs.",
        "Union carpenters' training center; our apprentices turn over ANSI helmets, hi-vis jerseys and leather aprons each term, and we donate them to youth trade programs.",
    ),
    (
        "other",
        "Our campus registration drive in East Lansing goes through clipboards and pens fast; any business with extras?",
        "Office supply store manager; we donate returned document holders with clips and boxes of ballpoints to civic and student organizations each semester.",
    ),
    (
        "other",
        "Any outfitter could spare trekking poles, rain gear and stove fuel for thru-hikers who arrive broke at our Damascus hostel?",
        "Backpacking shop owner on Laurel Avenue; I keep a free bin of returned sticks, shells and canister gas for long-distance walkers down on their luck.",
    ),
    (
        "other",
        "Looking for 5 gallons of local honey for our Rosh Hashanah community dinner in Teaneck.",
        "Beekeeper in Mahwah with 40 hives; I bottle wildflower jars each September and give a case to synagogue and church suppers.",
    ),
    (
        "other",
        "Our village near Nome wants 30 pairs of warm boots for kids walking in 20-below.",
        "Arctic gear wholesaler in Wasilla; we ship cases of Bogs and Muck mukluk-style footwear to rural Alaska schools every October.",
    ),
    (
        "other",
        "Families who can't attend want to see our play; anyone with a camcorder and tripod to film it in Marietta?",
        "Wedding videographer; I lend a Sony 4K handycam and fluid-head sticks to community stages on weeknights.",
    ),
    (
        "other",
        "Can anyone help us get 400 Thanksgiving pies for shelter residents in Lee's Summit?",
        "Bakery production manager; our plant runs a pumpkin and pecan overrun the week of the holiday, and it all goes to charities that pick up.",
    ),
    (
        "other",
        "¿Quién nos ayuda con transporte para que 40 niños del campamento de verano visiten el zoológico de Albuquerque?",
        "Manejo un autobús amarillo de 48 pasajeros para la iglesia y lo prestamos con chofer entre semana durante las vacaciones escolares.",
    ),
    (
        "other",
        "Our hunting mentorship program needs blaze orange vests and hats for 25 first-time youth hunters in Marquette.",
        "Conservation officer; the DNR sends me cases of fluorescent caps and mesh pullovers for novice outings each fall.",
    ),
    (
        "other",
        "Need 50 sleeping bags rated to zero for people camping by the river in Butte this winter.",
        "Army-Navy surplus store owner; I get pallets of military modular bedrolls with bivy covers and give them to street outreach when the temperature drops.",
    ),
    (
        "other",
        "Puerto Rican families in Holyoke collected 3 tons of hurricane relief supplies. Anyone able to get a container to San Juan?",
        "Logistics manager with a Caribbean ocean carrier; we donate one 40-foot box a quarter from Jacksonville for island disaster recovery.",
    ),
    (
        "other",
        "Looking for a lectern and wireless mic for a candidates' debate in Nacogdoches; neutral, no logos.",
        "Our Toastmasters club owns a plain oak speaking stand and a Sennheiser handheld kit we lend to civic forums.",
    ),
    (
        "other",
        "Any nursery that could donate 50 shade trees for a heat-island planting along our school route in Visalia?",
        "Wholesale grower; we have container-grown Chinese pistache and valley oaks in 15-gallon pots that go free to urban canopy projects each winter.",
    ),
    (
        "other",
        "A 94-year-old veteran in Keene has no ramp to leave his house. Anyone with a modular aluminum one?",
        "Medical supply company; we recover bolt-together access platforms with handrails when clients move, and reinstall them free for mobility-limited homeowners.",
    ),
    (
        "other",
        "Looking for 300 Halloween costumes for kids at our trunk-or-treat in Hobbs.",
        "Party store manager; after October 31 we pull unsold superhero, princess and animal outfits and box them for next fall's community events.",
    ),
    (
        "other",
        "Anyone have TI-84 calculators our students could borrow for the SAT in Beaufort?",
        "Math teacher retiring this year with a class set of 30 graphing handhelds and spare AAA batteries to hand off.",
    ),
    (
        "other",
        "Well owners in our farm county keep asking about contamination. Who could donate water test kits in Sioux Center?",
        "Ag lab manager in Orange City; we give 200 free nitrate-and-bacteria sample bottles with mail-in analysis each spring.",
    ),
    (
        "other",
        "Our roofs are open after the storm. Anyone with blue tarps and roofing nails for 40 homes in Port Arthur?",
        "Building materials yard; we stock 20-by-30 poly covers and cap fasteners and release a pallet free whenever a named hurricane lands on the Gulf Coast.",
    ),
    (
        "other",
        "Who has a Santa suit and beard good enough for photos with 200 kids at our rural library in Kosciusko?",
        "Retired mall Kris Kringle; I have a velvet costume, real-hair whiskers and black boots and will loan them, or wear them, every December.",
    ),
    (
        "other",
        "Buscamos ollas grandes de vaporera para hacer 2,000 tamales para la posada de la parroquia en Del Rio.",
        "Tengo un restaurante en la avenida Veterans con cinco recipientes de acero de 60 cuartos con rejilla, que presto cada diciembre a iglesias.",
    ),
    (
        "other",
        "New Burmese farmers in our incubator program in Fort Smith want laying hens to start an egg business.",
        "Poultry grower; when our commercial layers pass peak at 18 months, I give a few hundred healthy birds to newcomers just getting going.",
    ),
    (
        "other",
        "Could someone donate five bee nucs so our veterans' apiary class in Dripping Springs can start hives in April?",
        "Queen breeder near Wimberley; each March I divide colonies into small splits and give a handful to teaching programs.",
    ),
    (
        "other",
        "Looking for 12 used guitars for a songwriting program at our juvenile facility in Cañon City.",
        "Music store owner; trade-in acoustics with new strings and a gig bag go to correctional and youth arts efforts twice a year.",
    ),
    (
        "other",
        "Is there a used weights set, squat rack or heavy bag in Laconia for a recovery gym serving people leaving addiction?",
        "CrossFit box owner; we're upgrading and giving away bumper plates, a power cage and a 100-pound punching sack to a sober fitness group.",
    ),
    (
        "other",
        "Who can help us get 500 pounds of rice and 200 pounds of lentils for our gurdwara's free langar during the Vaisakhi parade in Stockton?",
        "Indian grocery wholesaler off March Lane; I donate basmati sacks and masoor dal by the pallet to community kitchens for Sikh festivals.",
    ),
    (
        "other",
        "Anyone with 20 cornhole sets and a giant Jenga for our street party in Mishawaka?",
        "Lawn-game rental business owner; I have a trailer of bean-bag toss boards, oversize tumbling blocks and ladder golf I lend to neighborhood associations.",
    ),
    (
        "other",
        "Our shelter cooks for 120 every night and needs take-out containers. Any restaurant supplier in Richland?",
        "Foodservice packaging distributor; we donate overstock clamshells and deli cups with lids by the case to meal programs.",
    ),
    (
        "other",
        "Looking for a laminator and label maker so our tool library in Cortland can tag 800 items.",
        "Office manager; we're closing a branch and have a GBC thermal pouch machine, a Brother P-touch and spare tape to donate.",
    ),
    (
        "other",
        "Can anyone give 30 umbrellas and hand fans to voters waiting in long lines in the heat in Brunswick, Georgia?",
        "Insurance agency owner; we order promotional parasols and paddle-shaped cardboard coolers by the thousand and pass them out at civic events.",
    ),
    (
        "other",
        "Our prom for foster teens in Monroe wants a limo or classic car to drive the court.",
        "Chauffeur service owner with a white stretch Lincoln; I donate one evening each spring to kids in state care for their big dance.",
    ),
    (
        "other",
        "Ag-literacy day in Hastings: 400 second graders would love to meet a calf, a goat and some chicks.",
        "Dairy and 4-H family; we trailer a bottle-fed heifer, two Nubian kids and a brooder of peeps to school events in spring.",
    ),
    (
        "other",
        "¿Alguien dona cajas de frutas y verduras que ya no se venden para nuestra despensa en Santa María?",
        "Soy supervisor en una empacadora de fresas y brócoli en Guadalupe; lo que no pasa el control de calidad lo regalamos a bancos de alimentos.",
    ),
    (
        "other",
        "Our adult ed center needs 30 pairs of headphones for computer-based citizenship exams in Fitchburg.",
        "IT manager at a customer-service firm; we replace over-ear USB audio gear every two years and give the old sets, cleaned, to testing labs and classrooms.",
    ),
    (
        "other",
        "Funeral luncheons at our church in Natchez keep growing; we need a 30-cup coffee urn and a big ice maker.",
        "Catering hall owner; we retired two stainless percolators and a countertop cube machine that still work fine, free to a congregation.",
    ),
    (
        "other",
        "Looking for a donated infant coffin and burial gown for a family who lost their newborn in Harlan.",
        "Funeral director in Cumberland; I keep small white caskets and handmade christening-style garments so no parents pay for a baby's service.",
    ),
    (
        "other",
        "Can any utility lend bucket-truck time to hang holiday lights across the main drag in Dillon?",
        "Electric co-op line superintendent; we send an aerial lift crew for one evening each November to help towns string seasonal decorations.",
    ),
    (
        "other",
        "Grandparents raising grandkids in our Okmulgee group need bunk beds and dressers.",
        "Our county's correctional woodshop builds pine twin-over-twin frames and chests of drawers for kinship caregivers at material cost.",
    ),
    (
        "other",
        "Our elementary in Paradise lost its library in the fire; anyone with picture books by the box?",
        "Children's publisher's sales rep; I get overstock hardcovers and early readers each season and ship cartons to schools hit by disasters.",
    ),
    (
        "other",
        "Who could lend snowmobiles and sleds to haul medical supplies to ice-fishing camps on Lake of the Woods?",
        "Resort owner in Baudette with a fleet of Ski-Doos and tow-behind cargo toboggans, on call for emergencies out past the shoreline in winter.",
    ),
    (
        "other",
        "The new girls' wrestling team in Perry, Oklahoma, has no mats.",
        "College athletic department; we're replacing a 42-by-42 roll-up practice surface and will give the old one, with tape, to a youth program.",
    ),
    (
        "other",
        "Necesitamos sillas de ruedas y andaderas para adultos mayores del centro comunitario en San Elizario.",
        "Tengo una farmacia en la carretera Alameda y recibo equipo de movilidad usado; lo limpio y lo presto sin costo a personas de la tercera edad.",
    ),
    (
        "other",
        "Who could provide 40 pounds of coffee and hot chocolate for our night shelter's winter season in Winooski?",
        "Roaster in a converted mill; I set aside dented bags of dark roast and drums of cocoa mix for warming programs from November to March.",
    ),
    (
        "other",
        "Looking for 100 pounds of clay and glazes for a pottery class at our senior center in Abiquiu.",
        "Ceramic supply owner in Santa Fe; I give end-of-lot stoneware bodies and cone-6 finishes to elder arts programs.",
    ),
    (
        "other",
        "Anyone with 3,000 plastic eggs and candy for our community egg hunt in Searcy?",
        "Dollar-store district manager; after the spring holiday we collect unsold fillable capsules and jelly beans and give them to next year's neighborhood celebrations.",
    ),
    (
        "other",
        "Families in our Kodiak transitional housing have no home internet for school and job searches.",
        "Regional ISP manager; we connect one nonprofit-referred household a month free for a year, router included.",
    ),
    (
        "other",
        "A veteran in Jamestown lost his power chair battery; anyone with a pair of 12-volt group 24s?",
        "Mobility repair shop; I stock sealed AGM cells for scooters and motorized seating and swap them free for former service members once a year.",
    ),
    (
        "other",
        "Our Tongan church in Salt Lake City wants a whole roast pig for a youth graduation feast.",
        "Hog farmer in Tooele; I raise 150-pound porkers and will deliver one dressed and ready for an umu to Pacific Islander congregations.",
    ),
    (
        "other",
        "Queremos pintar las aulas de la escuela comunitaria en Perris pero no tenemos brochas, rodillos ni escaleras.",
        "Soy contratista de acabados y cada verano presto pinceles anchos, felpas con extensión y dos andamios de tijera a proyectos vecinales.",
    ),
    (
        "other",
        "Could a sawmill near Hayward donate long flexible poles for building a traditional wiigiwaam at our language camp?",
        "Timber cutter on the Namekagon; I cut straight ironwood and maple saplings and bend-ready cedar for Ojibwe lodge frames, delivered free.",
    ),
    (
        "other",
        "Who has 200 flameless candles for a vigil honoring overdose victims in Logan, West Virginia?",
        "Event decorator; I keep bins of battery-powered LED tea lights from weddings and lend them for memorials and remembrance nights.",
    ),
]
