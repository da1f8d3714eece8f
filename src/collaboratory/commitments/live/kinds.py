"""The kinds of event a gathering's listeners hear. Apart from `events`, which publishes them,
so the room's reads (`selectors`, which replay them) name them too without an import cycle."""

KIND_CREATED = "commitment.created"
KIND_HIDDEN = "commitment.hidden"
KIND_UNDONE = "commitment.undone"
KIND_STATUS = "commitment.status"
KIND_PRESENTER = "session.presenter"
KIND_WINDOW = "session.window"
# Something only the console shows changed: a youth member's money commitment now waits for
# the guardian, or left the waiting list without reaching the board (declined, withdrawn at
# 18). The console redraws; the payload is empty, because every listener (the board, every
# phone in the room) hears the stream, and none of them may learn who offered what.
KIND_CONSOLE = "console.changed"
