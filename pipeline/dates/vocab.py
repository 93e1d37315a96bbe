"""Words that name calendar units, as tables the date rules are built from."""

from __future__ import annotations

MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
# Words that name a month or a day of the week (lower case).
DATE_WORDS = frozenset({*MONTHS, *WEEKDAYS})
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
ORDINALS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "last": 4,
    "final": 4,
}
NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
# Years read out in transcripts: "nineteen ninety-six", "two thousand".
TENS = {
    "ten": 10, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
TEENS = {
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
# Spoken decades: "the nineties", "the '80s".
DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
    "seventies": 7, "eighties": 8, "nineties": 9,
}  # fmt: skip
# The middle month of a season, to place a year-less season like a month.
SEASON_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 12}  # winter Y: Dec Y to Feb Y+1
# "the summer school", "the winter Olympics": a season word naming a thing.
_SEASON_NOUN_WORDS = """
school schools camp camps course courses institute session sessions workshop
workshops program programme programs programmes olympics games internship
internships intern interns student students solstice triangle meeting meetings
conference festival academy
"""
SEASON_NOUNS = frozenset(_SEASON_NOUN_WORDS.split())
CENTURIES = {
    "twentieth": 19,
    "20th": 19,
    "twenty-first": 20,
    "21st": 20,
    "nineteenth": 18,
    "19th": 18,
}
# A bare four-digit number followed by one of these is a count, not a year.
_COUNT_WORDS = """
people persons scientists participants students members researchers experts
delegates km kilometres kilometers kg tons tonnes meters metres m hours days
times copies units pieces images papers yuan dollars euros rmb usd eur
satellites stations
"""
COUNT_NOUNS = frozenset(_COUNT_WORDS.split())


# Month names on pages in German, French, Spanish, Italian, Portuguese,
# Turkish, Polish (genitive, as a date writes it) and Malay or Indonesian:
# "13. Juli 2019", "12 juillet 2024", "3 de marzo de 2025", "18 Şubat 2025",
# "18 lipca 2025", "10 Disember 2020"
FOREIGN_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "januar janvier enero gennaio janeiro ocak stycznia januari",
            "februar février febrero febbraio fevereiro şubat lutego februari",
            "märz mars marzo marzo março mart marca mac maret",
            "april avril abril aprile abril nisan kwietnia april",
            "mai mai mayo maggio maio mayıs maja mei",
            "juni juin junio giugno junho haziran czerwca jun",
            "juli juillet julio luglio julho temmuz lipca julai",
            "august août agosto agosto agosto ağustos sierpnia ogos agustus",
            "september septembre septiembre settembre setembro eylül września",
            "oktober octobre octubre ottobre outubro ekim października oktober",
            "november novembre noviembre novembre novembro kasım listopada",
            "dezember décembre diciembre dicembre dezembro aralık grudnia"
            " disember desember",
        ),
        start=1,
    )
    for name in names.split()
}
