"""Commitments made in the Rotating Credit Club, and the live room that carries them.

`lifecycle` is the commitment's status as plain data (states, words, the table of moves);
`specificity` the pure "commitments, not critique" guard; `live/` the live room (the event
stream, broadcaster and broker, the session's services, the screens); the rest is the Django
app (models, services, selectors, rules, the phone's submission endpoint).
"""
