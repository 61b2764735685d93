#!/usr/bin/env python3
"""Writes a registry folder (the format's CSV files) as the one sheet most keepers have:
one row per event, the person's details repeated on each row, Spanish headers and words,
dates written dd/MM/yyyy, semicolons, Windows-1252 (as Excel on a Spanish Windows saves
"CSV (delimitado por comas)").

    python3 translate.py REGISTRY_DIR OUT.csv

muestra.csv was made with REGISTRY_DIR = sample-v1, beside this script: the bundled sample as it
was in version 1 of the format (cli/src/main/resources/sample-registry at commit 371f1d1), which
the bundled sample has since outgrown (claims, agencies, profiles); SpanishSheetsTest compares
the imports with sample-v1, not with the bundled sample.

The import (vigil import --encoding windows-1252 --date-format dd/MM/yyyy) must give back
the same registry, less the people without events and the facilities' names and regions,
which this sheet has no column for. make-workbooks.sh turns the CSV into .xlsx and .ods with
LibreOffice. Nothing here runs at build time: the outputs are committed.
"""
import csv
import re
import sys

TYPES = {
    "ARREST": "Detención", "TRANSFER": "Traslado",
    "WHEREABOUTS_UNKNOWN": "Paradero desconocido", "WHEREABOUTS_CONFIRMED": "Paradero confirmado",
    "RELEASE_ORDER": "Boleta de excarcelación", "RELEASE": "Excarcelación",
    "MEASURE_IMPOSED": "Medida impuesta", "MEASURE_LIFTED": "Medida levantada",
    "APPEARANCE_ATTENDED": "Presentación", "APPEARANCE_MISSED": "No se presentó",
    "CASE_CLOSED": "Cierre de causa", "CONVICTION": "Condena", "EXILE": "Exilio",
    "DEATH": "Fallecimiento",
}
GENDERS = {"F": "Femenino", "M": "Masculino", "X": "Otro"}
NATIONALITIES = {"VE": "venezolana", "CO": "colombiana", "ES": "española", "EC": "ecuatoriana",
                 "PE": "peruana", "US": "estadounidense", "AR": "argentina", "CU": "cubana"}
KINDS = {"PRISON": "cárcel", "INTELLIGENCE": "inteligencia", "POLICE": "policial",
         "MILITARY": "militar", "OTHER": "otro"}
PRECISIONS = {"DAY": "día", "MONTH": "mes", "YEAR": "año"}
MEASURES = {
    "SPEECH_BAN": "prohibición de declarar", "TRAVEL_BAN": "prohibición de salida del país",
    "LOCALITY_RESTRICTION": "prohibición de salir de la localidad",
    "HOUSE_ARREST": "arresto domiciliario", "SUPERVISION": "supervisión",
    "ASSEMBLY_BAN": "prohibición de concurrir a reuniones",
    "CONTACT_BAN": "prohibición de comunicarse", "BAIL": "fianza",
    "PASSPORT_SURRENDER": "retención del pasaporte",
    "ELECTRONIC_MONITORING": "monitoreo electrónico",
}
UNITS = {"D": ("día", "días"), "W": ("semana", "semanas"), "M": ("mes", "meses")}


def date(iso):
    if not iso:
        return ""
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def measure(item):
    m = re.fullmatch(r"COURT_APPEARANCE\(P(\d+)([DWM])\)", item)
    if m:
        n = int(m.group(1))
        one, many = UNITS[m.group(2)]
        return f"régimen de presentación cada {n} {one if n == 1 else many}"
    return MEASURES.get(item, item)


def main(folder, out):
    kinds = {}
    with open(f"{folder}/facilities.csv", encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            kinds[r["id"]] = r.get("kind") or "OTHER"
    people = {}
    with open(f"{folder}/detainees.csv", encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            people[r["id"]] = r
    with open(f"{folder}/events.csv", encoding="utf-8", newline="") as f, \
            open(out, "w", encoding="cp1252", newline="") as o:
        w = csv.writer(o, delimiter=";", lineterminator="\r\n")
        w.writerow(["Cédula", "Nombre", "Fecha de nacimiento", "Sexo", "Nacionalidad",
                    "Militar", "Enfermedad grave", "Fecha", "Tipo de evento",
                    "Centro de reclusión", "Tipo de centro", "Medidas", "Fuente",
                    "Fecha de registro", "Precisión", "Observaciones"])
        for e in csv.DictReader(f):
            p = people[e["detainee_id"]]
            affiliation = {"MILITARY": "sí", "CIVILIAN": "no"}.get(p["affiliation"], "")
            health = "sí" if p["serious_health_condition"] == "true" else "no"
            measures = "; ".join(measure(x) for x in e["measures"].split(";") if x)
            facility = e["facility_id"]
            w.writerow([p["id"], p["name"], date(p["birth_date"]), GENDERS.get(p["gender"], ""),
                        NATIONALITIES.get(p["nationality"], p["nationality"]), affiliation, health,
                        date(e["date"]), TYPES[e["type"]], facility,
                        KINDS[kinds[facility]] if facility else "", measures, e["source"],
                        date(e["recorded_on"]), PRECISIONS.get(e["date_precision"], ""),
                        e["note"]])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
