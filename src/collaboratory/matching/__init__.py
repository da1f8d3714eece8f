"""Matching asks to offers by meaning: sentence embeddings, with a labelled lexical fallback.

``engine`` is pure (no Django): text and vectors in, indices and scores out, so it is tested and
benchmarked alone. Storage of vectors and the pages that show suggestions live beside it.
"""
