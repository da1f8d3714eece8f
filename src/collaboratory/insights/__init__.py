"""Network insights: the help graph, bridging and reciprocity figures, small-cell suppression.

Pure computation for now (``engine``, ``privacy``): nothing here imports Django. The web layer
fills the input records from querysets and renders the results.
"""
