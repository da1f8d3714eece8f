"""The live room's transport and screens, one package: the event stream (`stream`, SSE), how
events are published (`events`) and carried (`broadcaster` in one process, pure asyncio;
`broker` across processes, PostgreSQL LISTEN/NOTIFY), the session's writes (`services`: who
presents, the window, the timer), the room's reads (`selectors`) and the screens (`screens`:
console, board, phone view, presenter's follow-up list, settings).

Publishing points one way: a service calls `events.live_event_record`, which hands the
message to the broker and the broadcaster; the broker and the stream only read events back.
"""
