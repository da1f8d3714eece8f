"""Collaboratory: software for Civic Collaboratories and their Rotating Credit Club."""
