#!/bin/sh
# Turns muestra.csv (made by translate.py from sample-v1, the bundled sample of version 1; Windows-1252, semicolons, dd/MM/yyyy) into muestra.xlsx and muestra.ods
# with LibreOffice, as a keeper with a Spanish locale would by opening the CSV and saving it:
# the dates become date cells. Run once after changing the CSV (apt-get install -y
# libreoffice-calc); the workbooks are committed, so the build needs no office suite.
#
# CSV filter options: field separator 59 (;), text delimiter 34 ("), character set 1
# (Windows-1252), first line 1, default column formats, language 3082 (Spanish, Spain),
# quoted fields as text false, detect special numbers (dates) true.
set -eu
cd "$(dirname "$0")"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
for format in xlsx ods; do
  soffice -env:UserInstallation=file://"$profile" --headless \
    --infilter='Text - txt - csv (StarCalc):59,34,1,1,,3082,false,true' \
    --convert-to "$format" --outdir . muestra.csv
done
