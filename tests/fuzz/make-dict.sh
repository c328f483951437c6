#!/bin/sh
# Writes the libFuzzer dictionary to stdout: every element and attribute
# name and every enumerated value of the schema, and XML syntax that
# random mutation finds only slowly.
xsd=${1:-src/schema/iopdoc.xsd}
echo '# made by tests/fuzz/make-dict.sh from' "$xsd"
grep -o '<xs:element name="[^"]*"' "$xsd" | sed 's/.*name="\([^"]*\)"/\1/' | sort -u |
while read -r n; do
	k=$(echo "$n" | tr '-' '_')
	printf 'elem_%s_open="<%s>"\nelem_%s_close="</%s>"\n' "$k" "$n" "$k" "$n"
done
grep -o '<xs:attribute name="[^"]*"' "$xsd" | sed 's/.*name="\([^"]*\)"/\1/' | sort -u |
while read -r n; do
	printf 'attr_%s=" %s=\\"\\""\n' "$(echo "$n" | tr '-' '_')" "$n"
done
grep -o '<xs:enumeration value="[^"]*"' "$xsd" | sed 's/.*value="\([^"]*\)"/\1/' | sort -u |
while read -r v; do
	printf 'value_%s="%s"\n' "$(echo "$v" | tr -c 'a-zA-Z0-9\n' '_')" "$v"
done |
# libFuzzer reads a dictionary of ASCII: other bytes ("kvinnor-män") as \xNN
LC_ALL=C perl -pe 's/([\x80-\xff])/sprintf("\\x%02x", ord($1))/ge'
cat <<'SYNTAX'
xml_decl="<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
xml_decl_latin1="<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>"
doctype="<!DOCTYPE a [<!ENTITY e \"x\">]>"
cdata="<![CDATA["
cdata_end="]]>"
comment="<!--"
comment_end="-->"
pi="<?x ?>"
charref="&#x2212;"
amp="&amp;"
date="2024-01-01"
date_end="2026-12-31"
orgnr="802002-4856"
money="1 077 600"
percent="2,5"
nbsp="\xc2\xa0"
aring="\xc3\xa5"
manifest_file="file\x09"
manifest_logo="logo\x09"
manifest_sum="sum\x09"
manifest_out="out\x09"
manifest_pdf="pdf\x09"
manifest_csv="csv\x09"
manifest_failed="failed\x09"
SYNTAX
