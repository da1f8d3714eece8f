"""English: the day written out with its weekday ("Wednesday 9 December 2026"), the 24-hour
clock ("16:34"), and a short form for dense lists and tables ("9 Dec 2026")."""

DATE_FORMAT = "l j F Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "l j F Y, H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "j M Y"
SHORT_DATETIME_FORMAT = "j M Y, H:i"
