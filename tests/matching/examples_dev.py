# ruff: noqa: E501
"""Development examples for text matching: asks and the offer that answers each.

Each example is `(category, ask, offer)`, in the words civic leaders use (categories as in
`collaboratory.capital.HelpCategory`). Evaluation ranks every ask against *all* offers of the
set, so an offer must answer its own ask better than any other offer here; most pairs share few
or no content words, on purpose (`tests/matching/accuracy.py` measures how few). The engine is
tuned against this file only; `examples_heldout.py` is for checking at the end.
"""

from __future__ import annotations

from typing import Literal

Category = Literal[
    "space",
    "intro_people",
    "intro_organizations",
    "volunteers",
    "amplification",
    "expertise",
    "funding",
    "other",
]
Example = tuple[Category, str, str]

DEVELOPMENT: list[Example] = [
    # space
    (
        "space",
        "Where could sixty people meet on a weeknight?",
        "Our community hall seats 80 and is free after 6pm.",
    ),
    (
        "space",
        "We need somewhere to keep 40 folding tables over the winter.",
        "I have an empty garage you can use for boxes and furniture until spring.",
    ),
    (
        "space",
        "Our tamale sellers need a licensed place to cook so they can sell legally.",
        "Our church has a health-department-certified commercial kitchen available on Mondays.",
    ),
    (
        "space",
        "Our youth choir has nowhere to rehearse.",
        "The school music room with a piano is open to groups on Tuesday afternoons.",
    ),
    (
        "space",
        "We want to grow vegetables but have no land.",
        "The parish has an unused lot behind the rectory; gardeners welcome.",
    ),
    (
        "space",
        "Our peer counselors need a private room for one-on-one sessions in the evenings.",
        "Our clinic has two confidential consultation rooms we can lend after hours.",
    ),
    (
        "space",
        "Our teens want to record their own radio stories but have no equipment.",
        "I run a recording studio and can give you free sessions on weekends.",
    ),
    (
        "space",
        "Looking for a venue to screen a documentary for 150 viewers.",
        "The library auditorium has a projector, a big screen and 200 seats.",
    ),
    (
        "space",
        "We need desks for three staff until our lease starts.",
        "Our coworking office has spare desks and Wi-Fi you can use for a few months.",
    ),
    (
        "space",
        "Our after-school tutoring program lost its classroom.",
        "The community college can lend a room with whiteboards from 3 to 6pm.",
    ),
    (
        "space",
        "Need a court for a Saturday basketball clinic for kids.",
        "The rec center gym is open on weekend mornings for community programs.",
    ),
    (
        "space",
        "Where can we host an outdoor summer festival with food trucks?",
        "The city park pavilion and lawn can be reserved for free for nonprofit events.",
    ),
    (
        "space",
        "Our mobile food pantry truck needs a safe spot overnight.",
        "Our warehouse has a gated, lit yard where your truck can stay overnight.",
    ),
    (
        "space",
        "Teens in our photography class need enlargers and chemicals to develop film.",
        "Our arts center still has a working darkroom we can open to your students.",
    ),
    (
        "space",
        "Our seniors' dance needs a room with a wooden floor.",
        "The ballroom at the Elks lodge is free on Wednesday afternoons.",
    ),
    (
        "space",
        "Need a computer lab for a résumé workshop.",
        "Our branch library has twenty laptops and a training room you can book.",
    ),
    (
        "space",
        "We want to hold a weekend retreat in nature for our board.",
        "My family's cabin by the lake sleeps twelve and is yours for a few days in the fall.",
    ),
    (
        "space",
        "We need a storefront window to display student art.",
        "My bakery's front glass is empty this month; you could hang pieces there.",
    ),
    (
        "space",
        "Looking for cold storage for donated produce.",
        "Our grocery co-op has extra walk-in refrigerator capacity.",
    ),
    (
        "space",
        "We need a place to hold a press conference downtown.",
        "The lobby of our building on Main Street can host a media event with a podium.",
    ),
    (
        "space",
        "We need a safe indoor place to run a warming center in January.",
        "The synagogue's fellowship hall can stay open overnight during cold snaps.",
    ),
    (
        "space",
        "Our theater troupe needs a stage for three nights in March.",
        "The high school auditorium is free the second week of that month.",
    ),
    (
        "space",
        "Looking for space to set up a free bike repair shop.",
        "The empty bay in our auto garage has tools and a workbench you can use.",
    ),
    (
        "space",
        "Our parents' group needs a room with a crib and changing table.",
        "Our family resource center has a nursery set up for infants.",
    ),
    (
        "space",
        "Where can we shoot a short video interview with good lighting?",
        "My photography studio has lamps and backdrops; borrow it any Sunday.",
    ),
    (
        "space",
        "Our disability advocacy group needs offices people using wheelchairs can get into.",
        "Our ground-floor suite has ramps, an accessible restroom and a free conference room.",
    ),
    (
        "space",
        "Our beekeepers need a rooftop for their colonies.",
        "The flat top of our office building could host a couple of hives.",
    ),
    (
        "space",
        "We need a big parking lot for a car-seat safety check.",
        "The mall lets community groups use its north lot on Sunday mornings.",
    ),
    (
        "space",
        "Looking for a spot to run a weekly farmers market.",
        "Our church's front plaza can host vendor stalls every Saturday.",
    ),
    (
        "space",
        "Where can our chess club meet every week?",
        "The café's back room has six tables and is quiet on Thursday nights.",
    ),
    # introductions to people
    (
        "intro_people",
        "Could someone connect us with the school superintendent?",
        "I went to college with the head of the district and can set up a coffee.",
    ),
    (
        "intro_people",
        "We want to meet a state lawmaker who could carry our rent-control bill.",
        "My neighbor chairs the housing committee in the statehouse; I'll introduce you.",
    ),
    (
        "intro_people",
        "Is there a chef who might teach our teens to cook?",
        "I can introduce you to the owner of a popular Thai restaurant who loves mentoring young people.",
    ),
    (
        "intro_people",
        "We'd like to talk to a police captain about speeding near the school.",
        "My cousin commands the precinct on the east side and is easy to reach.",
    ),
    (
        "intro_people",
        "Does anyone know a reporter who covers the environment?",
        "I can put you in touch with the climate journalist at the Daily Herald.",
    ),
    (
        "intro_people",
        "Looking to meet a pediatrician willing to speak at parent nights.",
        "A children's doctor in my practice loves giving talks to families; I'll connect you.",
    ),
    (
        "intro_people",
        "We need to reach whoever runs the city's green spaces and playgrounds.",
        "I sit on a board with the head of Parks and Recreation and can email him today.",
    ),
    (
        "intro_people",
        "Hoping to meet an architect who has designed affordable homes.",
        "I know a designer of low-income apartment buildings who volunteers her time.",
    ),
    (
        "intro_people",
        "Anyone know a judge who would talk to our youth court?",
        "A retired magistrate from my congregation would gladly speak to young people.",
    ),
    (
        "intro_people",
        "We'd love an introduction to a pro athlete for our fundraiser.",
        "My brother-in-law played for the Bulls and does charity appearances.",
    ),
    (
        "intro_people",
        "Can someone connect us with a farmer who grows organic produce?",
        "I can introduce you to a grower who runs a certified pesticide-free farm outside town.",
    ),
    (
        "intro_people",
        "We want to meet a famous author for our literacy night.",
        "A bestselling novelist is a friend of mine; she loves visiting reading programs.",
    ),
    (
        "intro_people",
        "Who do we call about the measles outbreak at the regional level?",
        "I used to work with the county's chief epidemiologist and can arrange a call.",
    ),
    (
        "intro_people",
        "We need a union leader to speak about workers' rights.",
        "I know the president of the local electricians' labor organization.",
    ),
    (
        "intro_people",
        "Does anyone know the new bishop?",
        "I serve on the diocese's council and can introduce you to its leader.",
    ),
    (
        "intro_people",
        "Hoping to meet a venture capitalist interested in social enterprise.",
        "I can connect you with an investor who funds startups with a civic mission.",
    ),
    (
        "intro_people",
        "We'd like a tribal elder to advise on our land acknowledgment.",
        "I work closely with the Ojibwe community council and can ask one of their respected grandmothers.",
    ),
    (
        "intro_people",
        "We'd like a meeting with the university president.",
        "My spouse is chief of staff to the head of the state college.",
    ),
    (
        "intro_people",
        "Can anyone introduce us to a well-known musician for a benefit show?",
        "My old bandmate tours nationally and plays charity gigs; I'll text him.",
    ),
    (
        "intro_people",
        "We need to meet a landlord who rents to people leaving prison.",
        "I know a property owner who has housed returning citizens for years.",
    ),
    (
        "intro_people",
        "Looking for a Somali community leader to help with outreach.",
        "I can introduce you to the imam who leads the East African mosque.",
    ),
    (
        "intro_people",
        "Anyone connected to the governor's office?",
        "My former colleague is deputy chief of staff in the executive mansion.",
    ),
    (
        "intro_people",
        "We want a mentor who has run a nonprofit for decades.",
        "A retired executive director of a large charity wants to coach new leaders; I can connect you.",
    ),
    (
        "intro_people",
        "Hoping to meet a scientist who studies air pollution.",
        "My friend is an atmospheric chemist at the university and loves talking to neighborhoods.",
    ),
    (
        "intro_people",
        "Need a contact at the fire department for a smoke alarm drive.",
        "My uncle is a battalion chief and can get firefighters to join you.",
    ),
    (
        "intro_people",
        "Looking to meet the owner of the biggest employer in town.",
        "I golf with the CEO of the paper mill and can make an introduction.",
    ),
    (
        "intro_people",
        "We need an introduction to the council member for our ward.",
        "The alderwoman for the 5th district is my former student; happy to connect.",
    ),
    (
        "intro_people",
        "Could someone link us to a veteran who can speak about PTSD?",
        "A Marine who served in Iraq and now runs a support group is a close friend; he'd talk to your group.",
    ),
    (
        "intro_people",
        "Anyone know a midwife?",
        "My sister delivers babies at home and at the birth center; I'll put you in touch.",
    ),
    (
        "intro_people",
        "Looking for a celebrity who grew up here to be our campaign's face.",
        "The actor who starred in the hometown film is my cousin; I can ask him.",
    ),
    # introductions to organizations
    (
        "intro_organizations",
        "We want to partner with a food bank for our pantry.",
        "I can introduce you to the regional hunger relief network that supplies groceries to charities.",
    ),
    (
        "intro_organizations",
        "Looking for an organization that trains people in construction trades.",
        "I can connect you with the carpenters' apprenticeship program downtown.",
    ),
    (
        "intro_organizations",
        "We need a legal aid group for tenants facing eviction.",
        "I can put you in touch with the nonprofit law center that defends renters in housing court.",
    ),
    (
        "intro_organizations",
        "Is there a group that teaches English to immigrants?",
        "I volunteer with an ESL literacy council that runs classes for newcomers.",
    ),
    (
        "intro_organizations",
        "Seeking a hospital partner for free screenings.",
        "I can connect you to the community benefit office at St. Mary's Medical Center.",
    ),
    (
        "intro_organizations",
        "We want to work with a local museum on a history exhibit.",
        "I know the curators at the historical society and can introduce you.",
    ),
    (
        "intro_organizations",
        "Looking for a bank that offers accounts to people without ID.",
        "I can introduce you to the credit union that opens memberships using consular cards.",
    ),
    (
        "intro_organizations",
        "Need a partner that provides free mental health counseling for teens.",
        "I can connect you with a youth therapy nonprofit that serves adolescents at no cost.",
    ),
    (
        "intro_organizations",
        "We're seeking a business association that supports Latino entrepreneurs.",
        "I'm on the board of the Hispanic Chamber of Commerce and can introduce you.",
    ),
    (
        "intro_organizations",
        "We want to work with a university research center on evaluation.",
        "I can introduce you to the college's institute for program assessment.",
    ),
    (
        "intro_organizations",
        "Looking for a land trust to protect a wetland.",
        "I know the conservation organization that buys marsh habitat to preserve it forever.",
    ),
    (
        "intro_organizations",
        "Need a group that repairs homes for elderly owners.",
        "I can connect you with the nonprofit that builds ramps and grab bars so seniors can stay in their houses.",
    ),
    (
        "intro_organizations",
        "We'd like to partner with a library system for a reading campaign.",
        "I can put you in touch with the county's network of branches and its literacy team.",
    ),
    (
        "intro_organizations",
        "Looking for an organization that resettles refugees.",
        "I can introduce you to the agency that welcomes families fleeing war and helps them find apartments.",
    ),
    (
        "intro_organizations",
        "We need a partner who distributes diapers.",
        "I know the baby supply bank that hands out nappies and wipes to families.",
    ),
    (
        "intro_organizations",
        "Seeking a coding bootcamp to train our young adults.",
        "I can connect you with the software academy that teaches programming to people aged 18 to 24.",
    ),
    (
        "intro_organizations",
        "Looking for a hospice to speak with caregivers.",
        "I can introduce you to the end-of-life care provider on Elm Street.",
    ),
    (
        "intro_organizations",
        "We want to connect with the local arts council.",
        "I can introduce you to the agency that funds and promotes painters, musicians and theaters in the county.",
    ),
    (
        "intro_organizations",
        "Need a partner for free tax preparation.",
        "I can connect you with the VITA program that files returns for low-income households.",
    ),
    (
        "intro_organizations",
        "We'd like a connection to a statewide environmental coalition.",
        "I can introduce you to the alliance of green groups lobbying at the capitol.",
    ),
    (
        "intro_organizations",
        "Looking for an organization that provides wheelchair-accessible rides.",
        "I know the paratransit nonprofit whose vans carry people with disabilities.",
    ),
    (
        "intro_organizations",
        "Seeking a domestic violence shelter to partner with.",
        "I can connect you with the safe house for women and children escaping abuse.",
    ),
    (
        "intro_organizations",
        "We need to partner with the workforce board.",
        "I can introduce you to the regional jobs agency that funds training and placements.",
    ),
    (
        "intro_organizations",
        "Is there a group that gives out free books to kids?",
        "I know the nonprofit that mails a picture book every month to children under five.",
    ),
    (
        "intro_organizations",
        "Looking for a co-op that can supply fair-trade coffee for our café.",
        "I can connect you with the worker-owned roaster that sources beans ethically.",
    ),
    (
        "intro_organizations",
        "Seeking a partner that tests for lead in older homes.",
        "I can introduce you to the environmental health group that checks paint and water for toxic metals.",
    ),
    (
        "intro_organizations",
        "We want to connect with the Boys & Girls Club.",
        "I can introduce you to the director of the youth clubhouse on 5th Avenue.",
    ),
    (
        "intro_organizations",
        "Looking for a network of community gardens.",
        "I can put you in touch with the urban agriculture coalition that coordinates 40 growing plots.",
    ),
    (
        "intro_organizations",
        "Need a partner organization that serves deaf people.",
        "I can introduce you to the center for the hard of hearing, which has sign language interpreters on staff.",
    ),
    (
        "intro_organizations",
        "Seeking a group that trains service dogs.",
        "I know the nonprofit that raises puppies to become helpers for people with disabilities.",
    ),
    # volunteers
    (
        "volunteers",
        "We need people to hand out meals on Thanksgiving.",
        "Our youth group has 15 teens free the fourth Thursday of November to serve food.",
    ),
    (
        "volunteers",
        "Looking for folks to knock on doors before the election.",
        "Twelve of our members can canvass neighborhoods every weekend in October.",
    ),
    (
        "volunteers",
        "Need bilingual helpers at our vaccine clinic.",
        "Five Spanish-speaking nursing students can assist with shots and sign-in.",
    ),
    (
        "volunteers",
        "We need muscle to move furniture into a family's new apartment.",
        "Our football team can carry couches and beds on a Saturday.",
    ),
    (
        "volunteers",
        "Looking for tutors for third graders who struggle with reading.",
        "Retired teachers in our club can coach young children on phonics twice a week.",
    ),
    (
        "volunteers",
        "Need people to pick up litter along the river.",
        "Our company's staff will spend a day cleaning trash from the waterfront.",
    ),
    (
        "volunteers",
        "Seeking drivers to take seniors to medical appointments.",
        "Four of us have cars and free weekday mornings to give elders rides to the doctor.",
    ),
    (
        "volunteers",
        "We need volunteers to build a playground in one day.",
        "Our construction crew of 20 can assemble play equipment on a weekend.",
    ),
    (
        "volunteers",
        "Looking for people to answer the crisis hotline overnight.",
        "Trained listeners from our peer support network can staff phone lines after midnight.",
    ),
    (
        "volunteers",
        "Need photographers to document our gala.",
        "Two members of our camera club can take pictures at your evening event.",
    ),
    (
        "volunteers",
        "We need helpers to sort donated clothes.",
        "Our scout troop can fold and organize garments at your thrift store.",
    ),
    (
        "volunteers",
        "Looking for coaches for a girls' soccer league.",
        "Several former college players would lead practices for young female athletes.",
    ),
    (
        "volunteers",
        "Need volunteers who can read to blind residents.",
        "Our book club will record audiobooks and visit people with low vision.",
    ),
    (
        "volunteers",
        "Seeking people to plant 200 trees in the spring.",
        "Our environmental club can bring 30 students with shovels in April.",
    ),
    (
        "volunteers",
        "We need people to paint a mural on a school wall.",
        "Art students from the college can help design and color a large outdoor artwork.",
    ),
    (
        "volunteers",
        "Looking for ushers and ticket-takers for our play.",
        "Our ladies' auxiliary can greet audiences and check passes at the door.",
    ),
    (
        "volunteers",
        "Need volunteers to fill sandbags before the flood.",
        "Our church men's group can come with trucks and shovels when the river rises.",
    ),
    (
        "volunteers",
        "We need people to cook for a homeless shelter once a month.",
        "Our supper club will prepare a hot dinner for 50 guests on the first Friday of each month.",
    ),
    (
        "volunteers",
        "Seeking volunteers to call lapsed donors.",
        "Our board members can spend an evening phoning past supporters.",
    ),
    (
        "volunteers",
        "We need a dozen people to register voters at the festival downtown.",
        "Our civics class can staff a booth signing up new electors at community events.",
    ),
    (
        "volunteers",
        "Looking for people to shovel snow for elderly neighbors.",
        "Our high school's service club can clear driveways and sidewalks after winter storms.",
    ),
    (
        "volunteers",
        "Need volunteer translators for parent-teacher conferences.",
        "Three of our members speak Vietnamese and Arabic and can interpret at school meetings.",
    ),
    (
        "volunteers",
        "Seeking volunteers to serve as poll workers.",
        "Our retirees' association can staff voting sites on Election Day.",
    ),
    (
        "volunteers",
        "We need hands to harvest apples for the food bank.",
        "Our family ministry can spend an afternoon picking fruit in your orchard.",
    ),
    (
        "volunteers",
        "Looking for people to wrap holiday gifts for foster kids.",
        "Our office will spend an evening packaging Christmas presents for children in care.",
    ),
    (
        "volunteers",
        "We need volunteers to walk shelter dogs.",
        "Our running club can take animals from the pound out for exercise.",
    ),
    (
        "volunteers",
        "Need people to sew blankets for newborns in the hospital.",
        "Our quilting guild has ten members with machines who make baby bedding.",
    ),
    (
        "volunteers",
        "Looking for volunteers to fix computers for low-income families.",
        "Our IT department can refurbish donated laptops on a weekend.",
    ),
    (
        "volunteers",
        "We need mentors for teenage boys.",
        "Men from our fraternity will meet weekly with young men.",
    ),
    (
        "volunteers",
        "Seeking volunteers for a 5K race water station.",
        "Our cheerleading squad can hand out cups at a running event.",
    ),
    # amplification
    (
        "amplification",
        "We want more people to hear about our free tax clinic.",
        "I host a morning show on the local radio station and can announce your service.",
    ),
    (
        "amplification",
        "Help us spread the word about the school board vote.",
        "Our newsletter reaches 8,000 parents; we'll feature the election.",
    ),
    (
        "amplification",
        "We need a big social media account to share our fundraiser.",
        "My Instagram has 120k followers and I'll post your campaign.",
    ),
    (
        "amplification",
        "Looking for an endorsement from a respected figure for our bond measure.",
        "As former mayor I'll publicly back your ballot initiative.",
    ),
    (
        "amplification",
        "Can anyone get our story into the newspaper?",
        "I'm an editor at the Gazette and can assign a reporter to a feature.",
    ),
    (
        "amplification",
        "We want our petition signed by thousands.",
        "Our advocacy network will email its 30,000 supporters asking them to add their names.",
    ),
    (
        "amplification",
        "Need a speaker to testify at the city council hearing.",
        "I'll give public comment in support at the next meeting of the municipal legislature.",
    ),
    (
        "amplification",
        "Help promote our Spanish-language health fair.",
        "I run a Latino TV program and can invite you on air.",
    ),
    (
        "amplification",
        "We want our billboard message seen.",
        "Our outdoor advertising company can donate a roadside sign for a month.",
    ),
    (
        "amplification",
        "Looking for churches to mention our food pantry from the pulpit.",
        "I'll ask pastors in our interfaith alliance to include it in Sunday announcements.",
    ),
    (
        "amplification",
        "We want influencers to talk about our mental health campaign.",
        "I manage a group of TikTok creators who could make videos on wellbeing.",
    ),
    (
        "amplification",
        "Need someone prominent to write a letter of support for our grant.",
        "I'll sign a letter backing your application as head of the regional planning commission.",
    ),
    (
        "amplification",
        "We'd like our event on the city's official calendar and website.",
        "I manage the municipal web portal and can list your happening on the homepage.",
    ),
    (
        "amplification",
        "We want more people to listen to our neighborhood history podcast.",
        "My show has a large audience and I'll feature your episodes in a guest swap.",
    ),
    (
        "amplification",
        "Help us get the word out to Korean families.",
        "I publish a weekly Korean-language paper and can run your notice for free.",
    ),
    (
        "amplification",
        "We need a union to publicly support our paid leave campaign.",
        "Our labor federation will pass a resolution endorsing your sick-day ordinance.",
    ),
    (
        "amplification",
        "We want our documentary shown in schools.",
        "As a teacher trainer I'll recommend your film to every social studies teacher in the district.",
    ),
    (
        "amplification",
        "Looking for online writers to review our community cookbook.",
        "I write a popular food blog and will feature your recipe collection.",
    ),
    (
        "amplification",
        "We need to reach people on their daily ride to work.",
        "The transit agency gives nonprofits free poster space on trains and buses.",
    ),
    (
        "amplification",
        "Help us get a proclamation for Immigrant Heritage Month.",
        "I'm on the city executive's staff and can have City Hall officially recognize your celebration.",
    ),
    (
        "amplification",
        "We'd like a well-known CEO to praise our job program on LinkedIn.",
        "I'll post about your workforce training to my professional network of 40,000.",
    ),
    (
        "amplification",
        "Need to get our flyer into every student's backpack.",
        "As PTA president I can include your notice in the weekly folder sent home with children.",
    ),
    (
        "amplification",
        "Looking for a sportscaster to mention our youth league during a game.",
        "I do play-by-play for the minor league team and can give you a shout-out on air.",
    ),
    (
        "amplification",
        "We want our campaign featured in the alumni magazine.",
        "I edit the university's graduate publication and have space in the spring issue.",
    ),
    (
        "amplification",
        "Help us trend a hashtag for Giving Tuesday.",
        "Our coalition of 50 nonprofits will post together on the day after Cyber Monday.",
    ),
    (
        "amplification",
        "We need faith leaders to sign an open letter against the highway expansion.",
        "I'll gather signatures from rabbis, imams and ministers opposing the freeway widening.",
    ),
    (
        "amplification",
        "Looking for a chance to talk about homelessness on a talk show.",
        "I host a weekly interview program about housing and I'm booking guests for next month.",
    ),
    (
        "amplification",
        "We want local businesses to display our poster.",
        "Our merchants' association will put your sign in 60 shop windows.",
    ),
    (
        "amplification",
        "Need a famous chef to endorse our school lunch reform.",
        "I'll lend my name as a restaurateur to your campaign for healthier cafeteria food.",
    ),
    (
        "amplification",
        "Help us reach seniors who don't use the internet.",
        "I can put your notice in the printed bulletin mailed to every retirement community.",
    ),
    # expertise
    (
        "expertise",
        "We don't know how to do our books.",
        "I'm a CPA and can set up your accounting and reconcile it monthly.",
    ),
    (
        "expertise",
        "Need help writing our bylaws.",
        "I'm a nonprofit lawyer and will draft your governing documents.",
    ),
    (
        "expertise",
        "Our website is broken and ugly.",
        "I design sites and can rebuild yours in WordPress for free.",
    ),
    (
        "expertise",
        "We need to understand why attendance dropped.",
        "I'm a data analyst and can study your sign-in records to find trends.",
    ),
    (
        "expertise",
        "How do we become a 501(c)(3)?",
        "I've helped dozens of groups get recognized as charities and can prepare your application.",
    ),
    (
        "expertise",
        "Our roof leaks and we don't know who to trust.",
        "I'm a licensed contractor and will inspect and give you an honest repair estimate.",
    ),
    (
        "expertise",
        "Need someone to train staff on de-escalation.",
        "I'm a former crisis negotiator and teach workshops on calming tense situations.",
    ),
    (
        "expertise",
        "We want a logo and a brand.",
        "I'm a graphic designer and will create your visual identity.",
    ),
    (
        "expertise",
        "Help us apply for federal money.",
        "I've written successful proposals to HUD and the Department of Education and can draft yours.",
    ),
    (
        "expertise",
        "Our volunteers need first aid certification.",
        "I'm a Red Cross instructor and can teach CPR and emergency care to 12 people.",
    ),
    (
        "expertise",
        "We want to measure our impact for funders.",
        "I'm an evaluator and can design outcome metrics and a logic model.",
    ),
    (
        "expertise",
        "We need a strategic plan.",
        "I'm a consultant who guides leadership teams through setting three-year priorities.",
    ),
    (
        "expertise",
        "How do we negotiate our lease?",
        "I'm a commercial real estate broker and can review the rental terms with you.",
    ),
    (
        "expertise",
        "Need help translating our brochure into Haitian Creole.",
        "I'm a professional Kreyòl translator and can convert your printed materials.",
    ),
    (
        "expertise",
        "Our food truck needs a health permit.",
        "I used to be a restaurant inspector and can walk you through the sanitation rules.",
    ),
    (
        "expertise",
        "We want to make our building use less energy.",
        "I'm an engineer who does efficiency audits and can find savings in heating and lighting.",
    ),
    (
        "expertise",
        "Our staff is burned out.",
        "I'm an organizational psychologist and run workshops on preventing exhaustion at work.",
    ),
    (
        "expertise",
        "We need help with immigration paperwork for clients.",
        "I'm an accredited representative and can assist with green card and citizenship forms.",
    ),
    (
        "expertise",
        "We don't know how to set up payroll for our first employee.",
        "I run an HR firm and can handle wages, withholding and hiring forms.",
    ),
    (
        "expertise",
        "We need to produce a video for our campaign.",
        "I'm a filmmaker and can shoot and edit a three-minute film for you.",
    ),
    (
        "expertise",
        "Need advice on insurance for our events.",
        "I'm a liability broker and can find you coverage for gatherings.",
    ),
    (
        "expertise",
        "We want to learn how to lobby legally as a charity.",
        "I teach nonprofits the rules on advocacy and political activity for tax-exempt groups.",
    ),
    (
        "expertise",
        "Our database is a mess of spreadsheets.",
        "I build CRM systems and can migrate your contacts into Salesforce.",
    ),
    (
        "expertise",
        "We want to start a community solar project.",
        "I'm a renewable energy developer and can advise on panel installation and financing.",
    ),
    (
        "expertise",
        "Our kids' program needs a nutrition curriculum.",
        "I'm a registered dietitian and can design lessons on healthy eating for children.",
    ),
    (
        "expertise",
        "How do we protect our members' data from hackers?",
        "I'm a cybersecurity consultant and can review your passwords, backups and email security.",
    ),
    (
        "expertise",
        "Need a questionnaire designed for residents.",
        "I'm a pollster and can write survey questions and analyze the responses.",
    ),
    (
        "expertise",
        "We want to open a childcare center.",
        "I ran a licensed daycare for 15 years and can guide you through state requirements.",
    ),
    (
        "expertise",
        "We need to redesign our park with native plants.",
        "I'm a landscape architect who specializes in prairie and pollinator gardens.",
    ),
    (
        "expertise",
        "We want to start a worker cooperative.",
        "I help groups incorporate employee-owned businesses and write their operating agreements.",
    ),
    (
        "expertise",
        "Help us understand zoning for a tiny house village.",
        "I'm a city planner and can explain land-use rules and variances.",
    ),
    (
        "expertise",
        "Our grant reports are late and confusing.",
        "I manage compliance for foundations and can set up a reporting calendar and templates.",
    ),
    (
        "expertise",
        "We want to teach financial literacy to teenagers.",
        "I'm a banker who teaches young people about budgeting, saving and credit.",
    ),
    (
        "expertise",
        "Our sound at events is terrible.",
        "I'm an audio engineer and can set up speakers and microphones properly.",
    ),
    (
        "expertise",
        "We need help pricing the products in our social enterprise shop.",
        "I'm a retail consultant who helps small stores decide what to charge.",
    ),
    # funding
    (
        "funding",
        "Our food rescue needs $5,000 toward a second delivery vehicle.",
        "Our foundation gives small grants for vehicles and equipment.",
    ),
    (
        "funding",
        "Looking for seed money to launch a youth bike program.",
        "I can contribute $1,000 toward a new cycling initiative for kids.",
    ),
    (
        "funding",
        "Need to cover rent for three months.",
        "Our church's emergency fund can pay a nonprofit's lease while it recovers.",
    ),
    (
        "funding",
        "We want a sponsor for our summer concert series.",
        "My company will underwrite outdoor music events in exchange for a logo on the banner.",
    ),
    (
        "funding",
        "Need a loan to bridge a late government reimbursement.",
        "Our credit union offers zero-interest short-term financing to charities waiting on contracts.",
    ),
    (
        "funding",
        "Looking for scholarships for first-generation college students.",
        "Our family fund awards tuition aid to kids whose parents never went to university.",
    ),
    (
        "funding",
        "We need match funding for a federal grant.",
        "Our bank's community fund can provide the required 25% local share.",
    ),
    (
        "funding",
        "Need money to pay stipends to youth organizers.",
        "Our donors can cover wages for teenagers doing civic work this summer.",
    ),
    (
        "funding",
        "Looking for a donor to buy instruments for our marching band.",
        "I'll pay for trumpets, drums and tubas for a school music program.",
    ),
    (
        "funding",
        "Can anyone fund our community fridge?",
        "Our Rotary club will pay for a refrigerator and its electricity for a year.",
    ),
    (
        "funding",
        "We need someone to pay for the bus to take kids to the science museum.",
        "Our company will cover transportation costs for a class field trip.",
    ),
    (
        "funding",
        "Looking for funds to replace our building's broken furnace.",
        "Our capital improvement fund makes grants for building repairs at nonprofits.",
    ),
    (
        "funding",
        "We need to raise $20,000 for a playground.",
        "Our family foundation can give a major gift toward building a play area for children.",
    ),
    (
        "funding",
        "Need to pay a facilitator for our community meetings.",
        "I'll cover the fee of a professional moderator for your forums.",
    ),
    (
        "funding",
        "Looking for money to print our oral history book.",
        "Our humanities council funds publishing projects that preserve local stories.",
    ),
    (
        "funding",
        "Can we get donations before we have tax-exempt status?",
        "Our foundation can act as your fiscal sponsor and accept gifts on your behalf.",
    ),
    (
        "funding",
        "Looking for money for emergency rent relief for families.",
        "Our giving circle pools $10,000 a year to help households avoid eviction.",
    ),
    (
        "funding",
        "We need to buy a 3D printer for our maker class.",
        "Our tech firm funds equipment for digital skills programs.",
    ),
    (
        "funding",
        "Need funding for a mural.",
        "The arts endowment offers up to $3,000 for public artworks.",
    ),
    (
        "funding",
        "Could someone kick off our online donation drive with a big first gift?",
        "I'll give a lead contribution of $2,500 to start your campaign's momentum.",
    ),
    (
        "funding",
        "We need someone to cover our phone and internet bills this year.",
        "Our business will pay your utility costs for twelve months.",
    ),
    (
        "funding",
        "Looking for a donor to fund a full-time coordinator position.",
        "Our foundation gives multi-year operating grants that can pay staff salaries.",
    ),
    (
        "funding",
        "Need cash to buy seeds and tools for our garden.",
        "I'll donate $500 to your growing season supplies.",
    ),
    (
        "funding",
        "Need funds for large-print and Braille versions of our voter guide.",
        "Our disability fund pays for accessible formats of civic materials.",
    ),
    (
        "funding",
        "Looking for a micro-loan for a street vendor.",
        "Our lending circle gives $500 to $2,000 to small entrepreneurs without credit histories.",
    ),
    (
        "funding",
        "We need to cover travel for delegates to the national conference.",
        "Our association will pay airfare and hotel for two members to attend the convention.",
    ),
    (
        "funding",
        "Need funding for a summer camp for kids with autism.",
        "Our foundation supports programs for children with developmental disabilities.",
    ),
    (
        "funding",
        "We need $800 to pay for food at our community dinner.",
        "I'll pay the caterer for your neighborhood supper.",
    ),
    (
        "funding",
        "Looking for a grant to start a tool library.",
        "Our hardware store will fund a lending shelf of drills, saws and ladders.",
    ),
    (
        "funding",
        "Need money for a memorial for gun violence victims.",
        "Our peace fund supports vigils and remembrance projects for those killed by shootings.",
    ),
    # other
    (
        "other",
        "We need a truck to move donated furniture on Saturday.",
        "You can borrow our pickup any weekday.",
    ),
    (
        "other",
        "Need chairs and tables for 100 guests.",
        "Our rental company will lend seating and banquet furniture for free.",
    ),
    (
        "other",
        "Looking for a generator for an outdoor event.",
        "Our hardware store can lend a portable power unit for the day.",
    ),
    (
        "other",
        "We need a printer to make 2,000 flyers.",
        "Our print shop will produce your leaflets at cost.",
    ),
    (
        "other",
        "Need 300 bottles of water for a march in the heat.",
        "Our grocery will donate cases of drinking water for your demonstration.",
    ),
    (
        "other",
        "Looking for childcare during our evening meeting.",
        "Two of our members will watch the kids while parents attend your session.",
    ),
    (
        "other",
        "We need a tent in case it rains.",
        "Our scout troop can lend a large canopy that covers 50 people.",
    ),
    (
        "other",
        "Need costumes for our holiday pageant.",
        "The theater company has a wardrobe of outfits you can borrow.",
    ),
    (
        "other",
        "Looking for a boat to take kids out on the lake.",
        "My sailboat can carry six young people on a weekend trip.",
    ),
    (
        "other",
        "We need winter coats for 40 children.",
        "Our clothing drive collected parkas and jackets in kid sizes.",
    ),
    (
        "other",
        "Need software licenses for our office.",
        "Our tech company donates Microsoft Office and Adobe subscriptions to charities.",
    ),
    (
        "other",
        "Looking for a bounce house for a block party.",
        "Our party rental business will bring an inflatable castle free of charge.",
    ),
    (
        "other",
        "We need pizza for a youth meeting every Friday.",
        "Our pizzeria will donate pies for your weekly teen gathering.",
    ),
    (
        "other",
        "Need sports equipment for an after-school league.",
        "Our store will donate balls, nets and cleats.",
    ),
    (
        "other",
        "We need to safely dispose of old client files.",
        "Our office has an industrial shredder and secure disposal service you can use.",
    ),
    (
        "other",
        "Need hundreds of school supplies for back-to-school.",
        "Our office collected backpacks, pencils and notebooks for students.",
    ),
    (
        "other",
        "We need hotel rooms for visiting speakers.",
        "I manage an inn and can host two guests free for three nights.",
    ),
    (
        "other",
        "Looking for pet food for seniors' animals.",
        "Our feed store will donate cat and dog kibble for elders on fixed incomes.",
    ),
    (
        "other",
        "We need a reliable internet hotspot for a remote workshop.",
        "Our phone company can lend portable Wi-Fi devices.",
    ),
    (
        "other",
        "We need traffic cones and barricades for a street festival.",
        "The public works department can lend safety barriers and signs for road closures.",
    ),
    # a few in Spanish (the model is English-first; these show where it stands)
    (
        "space",
        "Necesitamos un lugar para reunir a 40 personas el sábado.",
        "Nuestra iglesia presta su salón comunitario los fines de semana.",
    ),
    (
        "volunteers",
        "Buscamos voluntarios que hablen español para una feria de salud.",
        "Diez estudiantes bilingües pueden ayudar en eventos médicos comunitarios.",
    ),
    (
        "intro_people",
        "¿Alguien conoce a un abogado de inmigración?",
        "Puedo presentarte a una licenciada que ayuda con trámites migratorios.",
    ),
    (
        "funding",
        "Necesitamos fondos para comprar computadoras para la biblioteca.",
        "Nuestra fundación dona dinero para equipos tecnológicos en espacios públicos.",
    ),
    (
        "amplification",
        "Queremos difundir nuestra campaña de vacunación en la radio.",
        "Tengo un programa en una emisora latina y puedo anunciar su evento.",
    ),
    (
        "expertise",
        "Necesitamos a alguien que enseñe contabilidad básica a pequeños negocios.",
        "Soy contadora y doy talleres de finanzas para emprendedores.",
    ),
]
