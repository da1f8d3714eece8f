"""How the product writes days and times, per language: Django's FORMAT_MODULE_PATH.

One source of truth (docs/architecture.md, "How dates are written"): templates write
`|date:"DATE_FORMAT"`, `|date:"SHORT_DATE_FORMAT"`, ... and Python calls
`date_format(value, "DATE_FORMAT")`; only machine formats are spelled out literally.
What a language does not set here (input formats, separators) comes from Django's own locale.
"""
