"""Tests of text matching."""
