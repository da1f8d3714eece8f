r"""Spanish: the day as Spanish writes it ("miércoles 9 de diciembre de 2026"), the 24-hour
clock ("16:34"), and a short form for dense lists and tables ("9 dic 2026").

Month and year (`F \d\e Y`) and day and month (`j \d\e F`) are Django's own Spanish forms.
Its DATE_FORMAT has no weekday and its short forms are all digits ("09/12/2026"); the short
form here names the month, in lower case as Spanish writes it ("b", where "M" gives "Dic")."""

DATE_FORMAT = r"l j \d\e F \d\e Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = r"l j \d\e F \d\e Y, H:i"
YEAR_MONTH_FORMAT = r"F \d\e Y"
MONTH_DAY_FORMAT = r"j \d\e F"
SHORT_DATE_FORMAT = "j b Y"
SHORT_DATETIME_FORMAT = "j b Y, H:i"
