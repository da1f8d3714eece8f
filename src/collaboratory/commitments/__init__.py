"""Commitments made in the Rotating Credit Club.

For now this package holds only the pure "commitments, not critique" guard
(`specificity.assess_commitment`); the Live Rotating Credit Club turns it into a Django app.
"""
