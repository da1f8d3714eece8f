"""Commitments made in the Rotating Credit Club, and the live stream that carries them.

`specificity` is the pure "commitments, not critique" guard; `broadcaster` the pure
in-process fan-out of live events; the rest is the Django app (models, services, selectors,
rules, the server-sent events view).
"""
