"""Seating: who sits with whom at a gathering's tables, round after round.

The solver (:mod:`.solver`) is pure (plain data in and out, NumPy, no Django) so it can be
tested and benchmarked alone; the package itself imports nothing so that importing the solver
never loads Django.
"""
