"""Invented people, places and numbers for the generator's slots.

Every name, number and address here is fictional: 555 phones, example.org
mail, A-numbers drawn at random. Names are split: the `Picker` gives the
held-out file one in four of each pool that train never sees.
"""
from __future__ import annotations

import gettext
import random
from pathlib import Path

import pycountry

FIRST_M = """Carlos José Luis Juan Miguel Pedro Jorge Ramón Wilmer Édgar Rigoberto Santos Kevin Brayan
Jean-Pierre Mamadou Ibrahima Samuel Oleksandr Dmitri Raj Arjun Wei Jian Abdi Yonatan Fabrício
Tomás Héctor Óscar Nelson Byron Elmer Marvin Osmín Darwin Anderson Reinaldo Ernesto Alejandro
Kwame Emmanuel Chinedu Hamid Ali Thanh Nikolai Ricardo Francisco Gerson Walter Mauricio Efraín""".split()
FIRST_F = """María Ana Rosa Lucía Carmen Guadalupe Yesenia Dulce Karla Wendy Marisol Esperanza Leticia
Fabiola Mirlande Fatoumata Aminata Olena Svetlana Priya Anjali Mei Xiu Hodan Saba Luana Daniela
Alejandra Gabriela Sonia Reina Ingrid Glenda Jessenia Brenda Elvia Marta Isabel Patricia Nadia
Ama Ngozi Chiamaka Farida Leila Lan Natalia Beatriz Paola Yolanda Irma Noemí Olga""".split()
MIDDLE = "Elena Luis Antonio Isabel Andrés del Carmen Alberto Fernanda José Guadalupe Ramón Beatriz".split()
LAST = """López García Hernández Martínez Ramírez Cruz Flores Morales Reyes Gutiérrez Chávez Mejía
Castillo Orellana Quintanilla Portillo Aguilar Zelaya Fuentes Barrios Pérez Sánchez Ortiz Méndez
Joseph Pierre Baptiste Diallo Traoré Kovalenko Ivanova Patel Sharma Chen Liu Mohamed Tesfaye Silva
Santos Oliveira Nguyen Okafor Mensah Asante Rahimi Haddad Vargas Rojas Molina Salazar Escobar
Cabrera Villanueva De León Del Cid Paz Lemus Argueta Ayala Zamora Figueroa Benítez Valle
Tzul Xiloj Coc Xol Menjívar Pirela Rivas Guerrero Tum Caal Ixcoy Chuc Bhikhubhai Osei Adeyemi
Yupanqui Mamani Quispe Huamán Sandoval Cárdenas Bautista Villatoro Alvarado Recinos""".split()
WRITERS = """Rebecca Thornton|Daniel Okafor|Megan Castillo|Jonathan Weiss|Laura Kim|Samuel Ortega|
Ana Beltrán|Priscilla Huang|Marcus Bell|Teresa Villalobos|Grace Adeyemi|Paul Schneider|
Lucía Arriaga|Kenneth Moore|Hannah Goldberg|Victor Salas""".replace("\n", "").split("|")
OFFICERS = ["Officer Dana Whitfield", "SDDO Mark Ruiz", "Deportation Officer Carla Benson",
            "AFOD Thomas Greer", "Officer Lynn Park", "Officer Brian Shaw"]
ORGS = ["Casa Esperanza Legal Services", "St. Anne's Parish", "Ortiz & Bell Immigration Law, PLLC",
        "Frontera Justice Project", "Iglesia Nueva Vida", "Centro Legal del Valle",
        "Northside Refugee Clinic", "Thornton Law Group"]
FACILITIES = ["the Riverbend Processing Center", "Pine Hollow Detention Facility",
              "the Mesa Verde County Jail", "the Red Rock Processing Center", "el centro de Sierra Azul"]
OFFICES = ["Houston", "San Antonio", "Chicago", "Atlanta", "Newark", "Miami", "Dallas", "Phoenix",
           "Los Angeles", "New Orleans", "Baltimore", "Seattle"]
US_CITIES = ["Houston", "Los Angeles", "Charlotte", "Omaha", "Nashville", "Denver", "Queens",
             "Riverside", "Salinas", "Raleigh", "Des Moines", "Boston"]
CITIES = ["San Pedro Sula", "Quetzaltenango", "Chalatenango", "Puebla", "Jacmel", "Lagos",
          "Kyiv", "Medellín", "Guayaquil", "Cuenca", "Ahmedabad", "Fuzhou", "Santiago",
          "Ouanaminthe", "Olancho", "Usulután", "Huehuetenango", "Oaxaca", "Léon", "Kumasi"]
MONTHS_EN = "January February March April May June July August September October November December".split()
MONTHS_ES = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
SHORT_EN = {"BO": "Bolivia", "VE": "Venezuela", "RU": "Russia", "KR": "South Korea", "IR": "Iran",
            "VN": "Vietnam", "TZ": "Tanzania", "CD": "Congo", "SY": "Syria", "MD": "Moldova"}
SHORT_ES = {"BO": "Bolivia", "VE": "Venezuela", "RU": "Rusia", "VN": "Vietnam", "IR": "Irán",
            "CD": "Congo", "SY": "Siria", "KR": "Corea del Sur", "TZ": "Tanzania", "MD": "Moldavia"}
# A frozen copy of the demonyms the training data was generated from (the runtime table grows on its own).
DEMONYMS = Path(__file__).parent / "demonyms.tsv"


def countries() -> list[dict]:
    """Countries with English and Spanish names and demonyms."""
    es = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["es"], fallback=True)
    out = []
    for line in DEMONYMS.read_text("utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        code, en_forms, *rest = line.split("\t")
        c = pycountry.countries.get(alpha_2=code)
        if c is None or not rest:
            continue
        en_name = SHORT_EN.get(code) or getattr(c, "common_name", None) or c.name
        es_name = SHORT_ES.get(code) or es.gettext(c.name)
        es_forms = [f.strip() for f in rest[0].split(",")]
        fem = next((f for f in es_forms[1:2] if f.endswith("a")), es_forms[0])
        out.append({"code": code, "en": en_name.split(",")[0], "es": es_name.split(",")[0],
                    "dem_en": en_forms.split(",")[0].strip(), "dem_m": es_forms[0], "dem_f": fem})
    return out


_COUNTRIES = countries()
_COMMON = [c for c in _COUNTRIES if c["code"] in
           {"MX", "GT", "HN", "SV", "NI", "CU", "DO", "HT", "CO", "VE", "EC", "PE", "BR", "IN", "CN"}]


def _date(rng: random.Random, lang: str, lo: int, hi: int) -> str:
    y, m, d = rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)
    forms = [f"{m:02d}/{d:02d}/{y}", f"{y}-{m:02d}-{d:02d}"]
    forms.append(f"{d} de {MONTHS_ES[m - 1]} de {y}" if lang == "es" else f"{MONTHS_EN[m - 1]} {d}, {y}")
    if lang == "es":
        forms[0] = f"{d:02d}/{m:02d}/{y}"
    return rng.choice(forms)


def _name(rng: random.Random, gender: str, pick) -> str:
    first = pick(FIRST_M if gender == "m" else FIRST_F)
    parts = [first]
    if rng.random() < 0.3:
        parts.append(rng.choice(MIDDLE))
    parts.append(pick(LAST))
    if rng.random() < 0.45:
        parts.append(pick(LAST))
    name = " ".join(parts)
    return name.upper() if rng.random() < 0.08 else name


def _anum(rng: random.Random) -> str:
    digits = f"{rng.randint(10_000_000, 299_999_999):09d}"
    return rng.choice([digits, f"{digits[:3]}-{digits[3:6]}-{digits[6:]}", f"{digits[:3]} {digits[3:6]} {digits[6:]}"])


def _relation(rng: random.Random, lang: str, gender: str, seeds) -> tuple[str, str]:
    rel = rng.choice(seeds.REL[gender])
    noun = rel.split(" ", 1)[1]
    return rel, noun


def slots(rng: random.Random, lang: str, heldout: bool, voice: str, pick) -> dict:
    import seeds_en
    import seeds_es

    s = seeds_es if lang == "es" else seeds_en
    gender = rng.choice("mf")
    country = rng.choice(_COMMON) if rng.random() < 0.6 else rng.choice(_COUNTRIES)
    other = rng.choice([c for c in _COUNTRIES if c["code"] != country["code"]])
    name = _name(rng, gender, pick)
    rel, rel_noun = _relation(rng, lang, gender, s)
    m = gender == "m"
    selfv = voice == "self"
    out = {
        "N": name, "C": country[lang], "X": other[lang], "_code": country["code"],
        "D": country["dem_en"] if lang == "en" else (country["dem_m"] if m else country["dem_f"]),
        "W": rng.choice(WRITERS), "O": rng.choice(OFFICERS), "ORG": rng.choice(ORGS),
        "CITY": rng.choice(CITIES), "US_CITY": rng.choice(US_CITIES), "OFFICE": rng.choice(OFFICES),
        "FAC": rng.choice(FACILITIES), "DATE": _date(rng, lang, 2024, 2026),
        "DOB": _date(rng, lang, 1960, 2006), "ANUM": _anum(rng),
        "PHONE": rng.choice(["(713) 555-0{:03d}", "713-555-0{:03d}", "+1 212 555 0{:03d}"]).format(rng.randint(100, 199)),
        "EMAIL": rng.choice(["family", "contacto", "legal", "ayuda", "jdoe"]) + f"{rng.randint(1, 99)}@example.org",
        "YEAR": rng.randint(1995, 2023), "YEARS": rng.randint(3, 30), "AGE": rng.randint(2, 17),
        "MONTH": rng.choice(MONTHS_ES if lang == "es" else MONTHS_EN),
        "REL": rel, "REL_CAP": rel[0].upper() + rel[1:], "RELN": rel_noun, "REL_OBJ": rel,
        "he": "he" if m else "she", "He": "He" if m else "She", "him": "him" if m else "her",
        "his": "his" if m else "her", "His": "His" if m else "Her",
        "himself": "himself" if m else "herself",
        "o": "o" if m else "a", "wo": rng.choice("oa"), "el": "él" if m else "ella",
        "El_cap": "Él" if m else "Ella", "lo": "lo" if m else "la", "Lo_cap": "Lo" if m else "La",
        "_self": selfv and lang == "en",
    }
    if selfv:
        out.update({"he": "I", "He": "I", "him": "me", "his": "my", "His": "My", "himself": "myself",
                    "lo": "me", "Lo_cap": "Me", "el": "mí", "El_cap": "Yo"})
    return out
