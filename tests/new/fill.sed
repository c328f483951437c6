# Fills every placeholder of the skeletons of iopdoc new (templates/new/)
# with plausible values, as a handläggare would: Vikby kommun's
# agreement with Föreningen Mötesplats Vikby for 2025-2026, its
# verksamhetsrapport for 2025 and socialnämnden's report file for 2025.
# tests/new/run.sh applies it to each of the three.

# ids: the follow-up names the agreement, the report file the nämnd
s/fyll-i-overenskommelsens-id/vikby-motesplats/g
s/fyll-i-uppfoljningens-id/vikby-motesplats-rapport-2025/g
s/fyll-i-namndens-id/vikby-socialnamnden/g
# the report's year, as the attribute and in its texts
/<namnd-report /s/year="1900"/year="2025"/
s/\[FYLL I: år\]/2025/g

# dates: the agreement's, its period; the follow-up's period and outcomes
/<agreement /,/<parties>/s/<date>0000-00-00</<date>2024-11-20</
/<followup id=/,/<author>/s/<date>0000-00-00</<date>2026-02-10</
/<namnd-report /,/<author>/s/<date>0000-00-00</<date>2026-02-20</
s/<meeting>0000-00-00</<meeting>2026-03-12</
/<period /s/from="0000-00-00" to="0000-00-00"/from="2025-01-01" to="2026-12-31"/
/<followup id=/,/<author>/s/from="2025-01-01" to="2026-12-31"/from="2025-01-01" to="2025-12-31"/
/<outcomes /s/from="0000-00-00" to="0000-00-00"/from="2025-01-01" to="2025-12-31"/

# organisationsnummer: the kommun's first, then the förening's
0,/<orgnr>000000-0000/s/<orgnr>000000-0000/<orgnr>212000-1231/
s/<orgnr>000000-0000/<orgnr>802471-2344/

# amounts and counts: the goal, the kommun's budget line, the förening's
/<goal /,/<\/goal>/s/value="000000"/value="40"/
/<outcome /,/<\/outcome>/s/value="000000"/value="46"/
0,/amount="000000"/s/amount="000000"/amount="420000"/
s/amount="000000"/amount="180000"/

# the names the documents repeat
s/\[FYLL I: kommunens namn\]/Vikby kommun/g
s/\[FYLL I: organisationens namn\]/Föreningen Mötesplats Vikby/g
s/\[FYLL I: verksamhetens namn\]/Mötesplats Vikby/g
s/\[FYLL I: nämndens namn, t\.ex\. Socialnämnden\]/Socialnämnden/g
s/\[FYLL I: nämnden, t\.ex\. socialnämnden\]/socialnämnden/g
s/\[FYLL I: nämnden\]/Socialnämnden/g
s/\[FYLL I: [a-zäö ]*e-post\]/anna.berg@vikby.se/g
s/\[FYLL I: diarienummer\]/SN 2024\/118/g
s/\[FYLL I: första dagen\]/den 1 januari 2025/g
s/\[FYLL I: sista dagen\]/den 31 december 2026/g
s/\[FYLL I: ort\]/Vikby/g
s/\[FYLL I: [^]]*enhet[^]]*\]/deltagare/g
s/\[FYLL I: vad [^]]*mä[^]]*\]/nya deltagare/g

# every other placeholder: a sentence of its own
s/\[FYLL I: \([^]]*\)\]/Här står \1 ifyllt/g
