# ruff: noqa: E501
"""Held-out examples for the commitment guard: written before the guard existed.

Do not tune the guard against these. They are measured (tests and `bench/specificity.py`)
only to estimate how the guard does on phrasings it was not shaped around. When a held-out
example fails, fix the guard against a *new* development example of the same kind, never by
looking at this file; if this file ever changes, say so in the commit message.

Labels: "firm" (a concrete deliverable from the speaker), "vague" (an offer without a
deliverable, or hedged, or handing the work back to the presenter), "critique" (feedback,
advice or questions to the presenter), "praise" (appreciation without an offer).
"""

from __future__ import annotations

from tests.commitments.examples_dev import Example

HELD_OUT: list[Example] = [
    # firm
    (
        "I will introduce you to Rosa Delgado, who runs the tenant union in Eastside, by next Friday.",
        "firm",
    ),
    (
        "Our church can host the kickoff in our fellowship hall on Saturday, April 12, for up to 80 people.",
        "firm",
    ),
    ("I'll donate $2,500 from our family fund before the end of the month.", "firm"),
    ("We will send 6 volunteers from the Rotary club for the cleanup on May 3.", "firm"),
    ("I'll review your grant narrative and send back tracked changes by Wednesday.", "firm"),
    ("I'll put you in touch with the deputy superintendent this week.", "firm"),
    ("Count me in for 10 hours of bookkeeping help in March.", "firm"),
    ("I will write a letter of support on the chamber's letterhead by June 1.", "firm"),
    ("My newsroom will run a feature on the project in the Sunday edition next month.", "firm"),
    (
        "I'll share your volunteer call with our 3,000-person mailing list tomorrow, let me know if you want edits to the blurb first.",
        "firm",
    ),
    (
        "We're giving you the community room free of charge every Tuesday evening through August.",
        "firm",
    ),
    ("3 introductions to program officers at regional foundations, by the end of April.", "firm"),
    ("I will match the first 5k raised from the room.", "firm"),
    ("I'll teach two Saturday workshops on budgeting for your youth cohort in the fall.", "firm"),
    (
        "I'll draft the press release for the launch by Thursday. Maybe we can grab lunch after the event too.",
        "firm",
    ),
    (
        "I'm hosting a dinner for eight funders on the 14th and I'll seat you next to the program officer from the Meyer Fund.",
        "firm",
    ),
    ("I can translate your flyers into Spanish and Vietnamese by next Monday.", "firm"),
    (
        "Our union will sign on as an endorsing organization and post it on our site this week.",
        "firm",
    ),
    ("I'll drive the van for the food distribution every other Saturday in June.", "firm"),
    ("We will print 500 copies of the survey at our shop at no cost.", "firm"),
    (
        "I'll call the county commissioner's office on Monday and set up a 30-minute meeting for you.",
        "firm",
    ),
    ("Put me down for twenty hours of mentoring for your youth organizers this semester.", "firm"),
    (
        "As the library director, I will give you a display case in the main lobby for the month of October.",
        "firm",
    ),
    ("I'll connect you with the three principals in my district by email tonight.", "firm"),
    ("Ten of my students will canvass with you on the first weekend of May.", "firm"),
    (
        "I'll make an Instagram post about the clinic and get my school's student council to share it before Friday.",
        "firm",
    ),
    ("Yes to the space ask: our gallery is yours for the opening night on June 20.", "firm"),
    ("Love it, I'll bring 15 people from my congregation to the town hall on the 9th.", "firm"),
    (
        "You should come to our board meeting on Tuesday; I'll put you on the agenda for 10 minutes.",
        "firm",
    ),
    # vague
    ("Happy to help however I can!", "vague"),
    ("Let me know if there's anything I can do.", "vague"),
    ("I might be able to find some volunteers for you.", "vague"),
    ("Maybe I could introduce you to a few people at the city.", "vague"),
    ("If I have time next month I'll look over your budget.", "vague"),
    ("Reach out anytime, my door is always open.", "vague"),
    ("I'd love to support this in some way.", "vague"),
    ("We could possibly host something at our space down the road.", "vague"),
    ("I'll try to get my boss to think about sponsoring.", "vague"),
    ("Let's grab coffee and talk about how I can plug in.", "vague"),
    ("I know a lot of people in the housing world, ping me.", "vague"),
    ("I can probably give a little money toward this.", "vague"),
    ("Keep me posted on how it goes and I'll see what I can do.", "vague"),
    ("I'm in! Whatever you need.", "vague"),
    ("I'll think about who in my network might be a good fit.", "vague"),
    ("Our foundation may have some funds later this year, we'll see.", "vague"),
    ("I will!", "vague"),
    # critique
    (
        "Have you considered partnering with the school district instead of going it alone?",
        "critique",
    ),
    ("You should really narrow the focus to one neighborhood first.", "critique"),
    ("I wonder if the timeline is too aggressive for a volunteer-run project.", "critique"),
    ("What's your plan for sustaining this after the grant runs out?", "critique"),
    ("My concern is that you haven't talked to the people who actually live there.", "critique"),
    ("Why not just apply to the city's neighborhood matching fund?", "critique"),
    ("It feels like the budget is missing staff costs.", "critique"),
    ("Did you think about how the transit schedule affects turnout?", "critique"),
    ("I'd suggest doing a pilot before you scale to five sites.", "critique"),
    ("Who is going to own this after you step away", "critique"),
    ("You need a stronger evaluation plan if you want funders to take this seriously.", "critique"),
    (
        "Great presentation, but have you thought about liability for the youth volunteers?",
        "critique",
    ),
    # praise
    ("Love this!", "praise"),
    ("What an inspiring project, thank you for sharing it with us.", "praise"),
    ("This is exactly what our city needs right now.", "praise"),
    ("Bravo, Keisha. So proud to be in the room for this.", "praise"),
    ("Incredible work, truly moving.", "praise"),
    ("Great project, I'm a big fan of what you're doing with the youth council.", "praise"),
    ("Thank you for your courage in bringing this forward.", "praise"),
    ("So impressive how far this has come since last year!", "praise"),
]
