/* The message catalogue, the one emitter that prints it as
 * "file:line: level: message", and the diagnostics contexts that say
 * where the lines go (standard error, or a buffer) and count the worst
 * level of each stretch of work. */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "diag.h"
#include "utf8.h"

/* Each message in English and in Swedish: the same printf conversions in
 * the same order (tests/unit keeps them in step).  A Swedish text not yet
 * written (NULL) falls back to the English one. */
struct msg_def {
	enum diag_level	 level;
	const char	*text;	/* printf format, English */
	const char	*sv;	/* printf format, Swedish */
};

static const struct msg_def msgs[MSG__COUNT] = {
	[MSG_READ_FAILED] = { DIAG_SYSERR, "cannot read %s: %s",
	    "kan inte läsa %s: %s" },
	[MSG_WRITE_FAILED] = { DIAG_SYSERR, "cannot write %s: %s",
	    "kan inte skriva %s: %s" },
	[MSG_FILE_TOO_LARGE] = { DIAG_ERROR, "the file is larger than %d MB, the most iopdoc reads",
	    "filen är större än %d MB, det största iopdoc läser" },
	[MSG_LIMIT_DEPTH] = { DIAG_ERROR, "the elements are nested more than %d deep, the most iopdoc reads",
	    "elementen ligger mer än %d nivåer djupt i varandra, det djupaste iopdoc läser" },
	[MSG_LIMIT_TEXT] = { DIAG_ERROR, "<%s> holds more than %d KB of text, the most iopdoc reads in one element",
	    "<%s> har mer än %d KB text, den största mängd iopdoc läser i ett element" },
	[MSG_LIMIT_BUDGET_LINES] = { DIAG_ERROR, "the document has more than %d budget lines, the most iopdoc reads",
	    "dokumentet har fler än %d budgetrader, det största antal iopdoc läser" },
	[MSG_LIMIT_PARTIES] = { DIAG_ERROR, "the agreement has more than %d parties, the most iopdoc reads",
	    "överenskommelsen har fler än %d parter, det största antal iopdoc läser" },
	[MSG_TEMPLATE_READ] = { DIAG_SYSERR, "cannot read the template %s: %s",
	    "kan inte läsa mallen %s: %s" },
	[MSG_TEMPLATE_SYNTAX] = { DIAG_SYSERR, "template: expected \"[section]\" or \"key = value\"",
	    "mallen: här ska stå \"[avsnitt]\" eller \"nyckel = värde\"" },
	[MSG_TEMPLATE_KEY] = { DIAG_SYSERR, "template: unknown setting \"%s\" in [%s]",
	    "mallen: okänd inställning \"%s\" i [%s]" },
	[MSG_TEMPLATE_VALUE] = { DIAG_SYSERR, "template: \"%s\" is not a valid value for %s (%s)",
	    "mallen: \"%s\" är inget giltigt värde för %s (%s)" },
	[MSG_TEMPLATE_PATH] = { DIAG_SYSERR, "template: \"%s\" (%s) lies outside the template's folder and the fonts folder beside it",
	    "mallen: \"%s\" (%s) ligger utanför mallens mapp och typsnittsmappen bredvid den" },
	[MSG_FONT_LOAD] = { DIAG_SYSERR, "cannot load the font %s (%s)",
	    "kan inte läsa in typsnittet %s (%s)" },
	[MSG_HYPH_PATTERNS] = { DIAG_NOTE, "no Swedish hyphenation patterns (%s): text is set without hyphenation; install Debian's hyphen-sv or name a pattern file in the template, [layout] hyphenation",
	    "inga svenska avstavningsmönster (%s): texten sätts utan avstavning; installera Debians hyphen-sv eller ange en mönsterfil i mallen, [layout] hyphenation" },
	[MSG_HYPH_EXCEPTIONS] = { DIAG_NOTE, "hyphenation exceptions (%s): the words of that file are left to the patterns; check the template's [layout] hyphenation-exceptions",
	    "avstavningsundantag (%s): orden i den filen avstavas efter mönstren; kontrollera mallens [layout] hyphenation-exceptions" },
	[MSG_IMAGE] = { DIAG_SYSERR, "the image %s cannot be used: %s",
	    "bilden %s kan inte användas: %s" },
	[MSG_PDF_LIBRARY] = { DIAG_SYSERR, "the PDF library failed with error 0x%04X (detail %u) while %s",
	    "PDF-biblioteket gav fel 0x%04X (detalj %u) vid %s" },
	[MSG_NO_INPUT] = { DIAG_SYSERR, "no XML files found in %s",
	    "inga XML-filer hittades i %s" },
	[MSG_BUSY] = { DIAG_SYSERR, "another iopdoc build is writing %s (process %s); try again when it is done, or use --wait",
	    "ett annat iopdoc-bygge skriver %s (process %s); försök igen när det är klart, eller använd --wait" },
	[MSG_STOPPED] = { DIAG_SYSERR, "stopped by %s: %s outputs were not rendered this time; the next build renders them, and until then an earlier PDF of them stays as it was",
	    "bygget stoppades av %s: %s utfiler skapades inte den här gången; nästa bygge skapar dem, och till dess ligger en tidigare PDF av dem kvar som den var" },
	[MSG_INPUT_CHANGED] = { DIAG_ERROR, "the file changed while the build was reading it; its outputs keep their last PDF and the next build renders them",
	    "filen ändrades medan bygget läste den; dess utfiler behåller sin senaste PDF och nästa bygge skapar dem" },
	[MSG_WORKER_DIED] = { DIAG_SYSERR, "the worker process rendering %s stopped unexpectedly (%s); that output failed, the others are rendered, and the next build tries it again",
	    "arbetsprocessen som skapade %s stannade oväntat (%s); den utfilen misslyckades, de andra skapas, och nästa bygge försöker igen" },
	[MSG_WORKER] = { DIAG_WARNING, "cannot start a worker process (%s); going on with fewer",
	    "kan inte starta en arbetsprocess (%s); fortsätter med färre" },
	[MSG_OUTPUT_DIR] = { DIAG_SYSERR, "the output %s must be a folder when several files are rendered",
	    "målet för utdata, %s, måste vara en mapp när flera filer skapas" },
	[MSG_OUTPUT_IS_INPUT] = { DIAG_ERROR, "the PDF would be written over %s, an input file; name another PDF with -o",
	    "PDF:en skulle skrivas över %s, en indatafil; ange en annan PDF med -o" },
	[MSG_OUTPUT_TWICE] = { DIAG_ERROR, "the PDF would be written to %s, where the PDF of %s already goes; render one of the two on its own with -o, or rename one file",
	    "PDF:en skulle skrivas till %s, dit PDF:en för %s redan går; skapa den ena av dem för sig med -o, eller byt namn på en av filerna" },
	[MSG_LOCK_FILE] = { DIAG_SYSERR, "the lock file %s is %s, not a plain file; remove it, and the next build makes a new one",
	    "låsfilen %s är %s, inte en vanlig fil; ta bort den, så gör nästa bygge en ny" },
	[MSG_MANIFEST_FILE] = { DIAG_WARNING, "the build's record %s cannot be used (%s); every output is checked and rendered again",
	    "byggets förteckning %s kan inte användas (%s); varje utfil kontrolleras och skapas på nytt" },
	[MSG_MANIFEST_LINE] = { DIAG_WARNING, "this line of the build's record is ignored: %s",
	    "den här raden i byggets förteckning hoppas över: %s" },
	[MSG_SCAN_NAME] = { DIAG_ERROR, "the name holds a control character or a byte that is not UTF-8 (shown as \\t, \\n or \\xNN); the build does not read it: rename it",
	    "namnet innehåller ett styrtecken eller en byte som inte är UTF-8 (visas som \\t, \\n eller \\xNN); bygget läser det inte: byt namn" },
	[MSG_BUILD_DIR_NAME] = { DIAG_SYSERR, "the %s folder %s: its path holds a control character or a byte that is not UTF-8 (shown as \\t, \\n or \\xNN), which the build's record and the PDFs cannot carry; nothing is built: rename it",
	    "mappen för %s, %s: sökvägen innehåller ett styrtecken eller en byte som inte är UTF-8 (visas som \\t, \\n eller \\xNN), som byggets förteckning och PDF:erna inte kan bära; ingenting byggs: byt namn på den" },
	[MSG_SCAN_LINK] = { DIAG_WARNING, "a symbolic link: the build does not follow links (one can lead round in a loop or out of the input folder); put the file or folder itself here",
	    "en symbolisk länk: bygget följer inte länkar (en länk kan leda runt i en slinga eller ut ur indatamappen); lägg filen eller mappen själv här" },
	[MSG_SCAN_DEPTH] = { DIAG_ERROR, "the folder lies more than %d levels below the input folder; the build does not read it: move its files higher up",
	    "mappen ligger mer än %d nivåer under indatamappen; bygget läser den inte: flytta dess filer högre upp" },
	[MSG_SCAN_LOOP] = { DIAG_ERROR, "the folder is %s again (a folder mounted inside itself?); the build reads it once",
	    "mappen är %s igen (en mapp monterad inuti sig själv?); bygget läser den en gång" },
	[MSG_INPUT_EMPTY] = { DIAG_SYSERR, "the input folder %s holds no XML files, but the last build made %zu outputs from it (a share that is not mounted?); nothing is rendered or removed, and the PDFs stay as they were",
	    "indatamappen %s har inga XML-filer, men förra bygget gjorde %zu utfiler från den (en utdelad mapp som inte är monterad?); ingenting skapas eller tas bort, och PDF:erna ligger kvar som de var" },
	[MSG_PRUNE_REFUSED] = { DIAG_WARNING, "--prune kept %zu outputs nothing read this run makes: their inputs were not read (see above), and an output whose inputs were not read is not gone; they are kept until a build reads them",
	    "--prune behöll %zu utfiler som inget av det som lästes den här gången ger: deras indata lästes inte (se ovan), och en utfil vars indata inte lästes är inte borta; de behålls tills ett bygge läser dem" },
	[MSG_STOPPED_EARLY] = { DIAG_SYSERR, "stopped by %s while reading the input folder: nothing was rendered or removed this time, and every PDF stays as it was",
	    "bygget stoppades av %s medan indatamappen lästes: ingenting skapades eller togs bort den här gången, och varje PDF ligger kvar som den var" },
	[MSG_JOB_TIMEOUT] = { DIAG_SYSERR, "rendering %s took more than %d seconds (--job-timeout), so its worker process was stopped; that output failed and keeps its last PDF, the others are rendered, and the next build tries it again",
	    "att skapa %s tog mer än %d sekunder (--job-timeout), så dess arbetsprocess stoppades; den utfilen misslyckades och behåller sin senaste PDF, de andra skapas, och nästa bygge försöker igen" },
	[MSG_XML_ENCODING] = { DIAG_ERROR, "the file is not valid UTF-8; save it as UTF-8 or declare its encoding, e.g. <?xml version=\"1.0\" encoding=\"windows-1252\"?>",
	    "filen är inte giltig UTF-8; spara den som UTF-8 eller ange dess teckenkodning, t.ex. <?xml version=\"1.0\" encoding=\"windows-1252\"?>" },
	[MSG_XML_ENCODING_BOM] = { DIAG_ERROR, "the file begins with the byte order mark of %s but declares encoding=\"%s\"; save it as UTF-8 with encoding=\"UTF-8\" in its first line",
	    "filen börjar med byte order mark för %s men anger encoding=\"%s\"; spara den som UTF-8 med encoding=\"UTF-8\" på första raden" },
	[MSG_XML_ENCODING_BOM_INVALID] = { DIAG_ERROR, "the file begins with the byte order mark of UTF-8, but this line is not UTF-8; open the file in an editor and save it again as UTF-8",
	    "filen börjar med byte order mark för UTF-8, men den här raden är inte UTF-8; öppna filen i en redigerare och spara den igen som UTF-8" },
	[MSG_XML_ENCODING_BYTE] = { DIAG_ERROR, "byte 0x%02X on this line is not a character in %s, the encoding the file is read in; correct the character, or save the file as UTF-8 with encoding=\"UTF-8\" in its first line",
	    "byten 0x%02X på den här raden är inget tecken i %s, den teckenkodning filen läses i; rätta tecknet, eller spara filen som UTF-8 med encoding=\"UTF-8\" på första raden" },
	[MSG_XML_ENCODING_UTF8] = { DIAG_ERROR, "the file declares encoding=\"%s\", but its text is UTF-8 (\"%s\" would be read as \"%s\"); change the declaration to encoding=\"UTF-8\"",
	    "filen anger encoding=\"%s\", men dess text är UTF-8 (\"%s\" skulle läsas som \"%s\"); ändra till encoding=\"UTF-8\"" },
	[MSG_XML_ENCODING_UNKNOWN] = { DIAG_ERROR, "the file declares encoding=\"%s\", which iopdoc does not know; save it as UTF-8 with encoding=\"UTF-8\" in its first line",
	    "filen anger encoding=\"%s\", som iopdoc inte känner till; spara den som UTF-8 med encoding=\"UTF-8\" på första raden" },
	[MSG_XML_MALFORMED] = { DIAG_ERROR, "malformed XML: %s",
	    "felaktig XML: %s" },
	[MSG_XML_DOCTYPE] = { DIAG_ERROR, "a DOCTYPE or entity declaration is not allowed in iopdoc files",
	    "en DOCTYPE eller entitetsdeklaration är inte tillåten i iopdoc-filer" },
	[MSG_XML_ROOT] = { DIAG_ERROR, "the document element is <%s>; expected <%s>",
	    "dokumentelementet är <%s>; det ska vara <%s>" },
	[MSG_SCHEMA] = { DIAG_ERROR, "%s",
	    "%s" },
	[MSG_DATE_INVALID] = { DIAG_ERROR, "%s is not a date that exists (%s)",
	    "%s är inget datum som finns (%s)" },
	[MSG_PERIOD_ORDER] = { DIAG_ERROR, "the period ends (%s) before it starts (%s)",
	    "perioden slutar (%s) innan den börjar (%s)" },
	[MSG_PERIOD_TOO_LONG] = { DIAG_ERROR, "the period runs %d calendar years (%s to %s), more than the %d an agreement may run: check the years in from and to",
	    "perioden löper över %d kalenderår (%s till %s), fler än de %d en överenskommelse får löpa: kontrollera åren i from och to" },
	[MSG_ORGNR_LUHN] = { DIAG_ERROR, "organisationsnummer %s of %s has a wrong check digit: the last digit should be %d",
	    "organisationsnummer %s för %s har fel kontrollsiffra: sista siffran ska vara %d" },
	[MSG_DUP_PARTY] = { DIAG_ERROR, "two parties have the id \"%s\"",
	    "två parter har id \"%s\"" },
	[MSG_DUP_NAMND] = { DIAG_ERROR, "the agreement names the responsible nämnd \"%s\" twice (line %s): name each nämnd once",
	    "överenskommelsen anger den ansvariga nämnden \"%s\" två gånger (rad %s): ange varje nämnd en gång" },
	[MSG_UNKNOWN_PARTY] = { DIAG_ERROR, "no party has the id \"%s\" (%s)",
	    "ingen part har id \"%s\" (%s)" },
	[MSG_NO_PUBLIC_PARTY] = { DIAG_WARNING, "no party has role=\"public\": an IOP is made with a kommun or region",
	    "ingen part har role=\"public\": en IOP ingås med en kommun eller region" },
	[MSG_PARTY_KIND_NOT_PUBLIC] = { DIAG_ERROR, "%s has role=\"ideburen\" but kind=\"%s\": kind tells what kind of public body a role=\"public\" party is; drop it",
	    "%s har role=\"ideburen\" men kind=\"%s\": kind anger vilket slags offentligt organ en part med role=\"public\" är; ta bort det" },
	[MSG_PARTY_KIND_HINT] = { DIAG_WARNING, "%s looks like %s, but the party has no kind, so nämnd reports count its money as the kommun's: add kind=\"%s\" (or kind=\"kommun\" if it is a kommun)",
	    "%s ser ut att vara %s, men parten har inget kind, så nämndrapporterna räknar dess pengar som kommunens: lägg till kind=\"%s\" (eller kind=\"kommun\" om det är en kommun)" },
	[MSG_DUP_GOAL] = { DIAG_ERROR, "two goals have the id \"%s\"",
	    "två mål har id \"%s\"" },
	[MSG_GOAL_VALUE] = { DIAG_WARNING, "goal \"%s\" says \"%s\" but gives no value to compare with",
	    "målet \"%s\" säger \"%s\" men anger inget värde att jämföra med" },
	[MSG_ADJ_PERCENT] = { DIAG_ERROR, "an adjustment of kind \"percent\" needs a percent attribute",
	    "en uppräkning av slaget \"percent\" behöver attributet percent" },
	[MSG_ADJ_OVERFLOW] = { DIAG_ERROR, "the adjustment makes %s's amount for %d larger than %s, the most iopdoc can compute",
	    "uppräkningen gör beloppet för %s år %d större än %s, det största iopdoc kan räkna med" },
	[MSG_ADJ_INDEX] = { DIAG_ERROR, "an adjustment of kind \"index\" needs the name of the index (index=\"OPI\")",
	    "en uppräkning av slaget \"index\" behöver indexets namn (index=\"OPI\")" },
	[MSG_MONTH] = { DIAG_ERROR, "month %ld does not exist; use 1 to 12",
	    "månad %ld finns inte; använd 1 till 12" },
	[MSG_BUDGET_TOTAL] = { DIAG_WARNING, "stated total %s for %s differs from the computed total %s; the PDF prints the stated total",
	    "den angivna summan %s för %s skiljer sig från den beräknade summan %s; PDF:en skriver den angivna summan" },
	[MSG_STATED_TOTAL] = { DIAG_WARNING, "stated total %s differs from the computed total %s (%s)",
	    "den angivna summan %s skiljer sig från den beräknade summan %s (%s)" },
	[MSG_STATED_TOTAL_OF] = { DIAG_WARNING, "stated total %s of %s differs from the computed total %s (%s)",
	    "den angivna summan %s för %s skiljer sig från den beräknade summan %s (%s)" },
	[MSG_STATED_TOTAL_PART_YEARS] = { DIAG_NOTE, "stated total %s per year is not checked: the period %s – %s covers no budget year in full, and the budgets of a part year are for that part",
	    "den angivna summan %s per år kontrolleras inte: perioden %s – %s täcker inget budgetår helt, och budgeten för en del av ett år gäller den delen" },
	[MSG_BUDGET_YEAR] = { DIAG_WARNING, "the budget is for %d, outside the agreement's period %s to %s",
	    "budgeten gäller %d, utanför överenskommelsens period %s till %s" },
	[MSG_SIGNATURES_COUNT] = { DIAG_ERROR, "the text has %d <signatures> blocks; an agreement needs exactly one",
	    "texten har %d <signatures>-block; en överenskommelse behöver exakt ett" },
	[MSG_NO_SIGNATORY] = { DIAG_WARNING, "party %s has no signatory",
	    "parten %s har ingen undertecknare" },
	[MSG_DUP_SIGNATORY] = { DIAG_WARNING, "the signatories of %s are not next to each other, so each gets a \"För …\" line of its own: put them together",
	    "undertecknarna för %s står inte intill varandra, så var och en får en egen \"För …\"-rad: sätt dem tillsammans" },
	[MSG_SIGNED_MISSING] = { DIAG_ERROR, "the agreement is marked signed, but the signatory for %s has no %s",
	    "överenskommelsen är markerad som undertecknad, men undertecknaren för %s saknar %s" },
	[MSG_SIGN_DATE_IN_DRAFT] = { DIAG_WARNING, "a draft carries a signing date for %s",
	    "ett utkast har ett underskriftsdatum för %s" },
	[MSG_TOC_COUNT] = { DIAG_ERROR, "the text has %d tables of contents; at most one is allowed",
	    "texten har %d innehållsförteckningar; högst en är tillåten" },
	[MSG_EMPTY_TEXT] = { DIAG_ERROR, "<%s> is empty",
	    "<%s> är tomt" },
	[MSG_DUP_ID] = { DIAG_ERROR, "the id \"%s\" is also used by %s",
	    "id \"%s\" används också av %s" },
	[MSG_SAME_AGREEMENT] = { DIAG_WARNING, "the same agreement as %s (the same diarienummer %s, the same parties, periods that overlap): a report counts it once, from %s; remove the copy that is out of date",
	    "samma överenskommelse som %s (samma diarienummer %s, samma parter, perioder som överlappar): en rapport räknar den en gång, från %s; ta bort den kopia som är inaktuell" },
	[MSG_IN_NO_REPORT] = { DIAG_WARNING, "the agreement \"%s\" names no responsible nämnd, so it is in no nämnd's yearly report%s: add <responsible-namnd id=\"ID\" kommun=\"%s\" source=\"%s\">%s</responsible-namnd> before <period>, with the id the nämnd's other agreements use",
	    "överenskommelsen \"%s\" anger ingen ansvarig nämnd, så den finns inte med i någon nämnds årsrapport%s: lägg till <responsible-namnd id=\"ID\" kommun=\"%s\" source=\"%s\">%s</responsible-namnd> före <period>, med det id som nämndens andra överenskommelser använder" },
	[MSG_NAMND_INFERRED] = { DIAG_NOTE, "the agreement names no responsible nämnd: %s is the one its <responsible-namnd> marks source=\"inferred\"; the yearly report says so in its Bilaga",
	    "överenskommelsen anger ingen ansvarig nämnd: %s är den som dess <responsible-namnd> markerar med source=\"inferred\"; årsrapporten säger det i sin bilaga" },
	[MSG_FU_NO_AGREEMENT] = { DIAG_ERROR, "no agreement has the id \"%s\" among the files read: give its file too, or its folder with --input DIR (without --input: input/, or the config file's input)",
	    "ingen överenskommelse bland filerna som lästes har id \"%s\": ange också dess fil, eller dess mapp med --input MAPP (utan --input: input/, eller konfigurationsfilens input)" },
	[MSG_FU_AGREEMENT_BAD] = { DIAG_ERROR, "the agreement \"%s\" (%s) has errors: correct it first",
	    "överenskommelsen \"%s\" (%s) har fel: rätta den först" },
	[MSG_FU_BEFORE_PERIOD] = { DIAG_ERROR, "the follow-up is dated %s, before the agreement's period begins (%s)",
	    "uppföljningen är daterad %s, innan överenskommelsens period börjar (%s)" },
	[MSG_GENDER_SPLIT] = { DIAG_ERROR, "the outcome \"%s\" is %lld, but its split by gender adds up to %lld (%s)",
	    "utfallet \"%s\" är %lld, men uppdelningen efter kön blir sammanlagt %lld (%s)" },
	[MSG_UNKNOWN_GOAL] = { DIAG_ERROR, "\"%s\" is not the id of a goal of agreement %s",
	    "\"%s\" är inte id för något mål i överenskommelsen %s" },
	[MSG_UNMATCHED_MEASURE] = { DIAG_NOTE, "the measure \"%s\" is no goal's measure in agreement %s: it is reported as an outcome without a goal",
	    "måttet \"%s\" är inte något måls mått i överenskommelsen %s: det redovisas som ett utfall utan mål" },
	[MSG_OUTCOME_OUTSIDE] = { DIAG_ERROR, "the outcome period %s to %s lies outside the agreement's period %s to %s",
	    "utfallsperioden %s till %s ligger utanför överenskommelsens period %s till %s" },
	[MSG_OUTCOME_FUTURE] = { DIAG_ERROR, "the outcome period ends %s, after the month of the follow-up's own date %s",
	    "utfallsperioden slutar %s, efter månaden för uppföljningens eget datum %s" },
	[MSG_NEXT_YEAR] = { DIAG_WARNING, "the delmål are set for %d, but the follow-up is from %d",
	    "delmålen gäller %d, men uppföljningen är från %d" },
	[MSG_NO_NAMND] = { DIAG_ERROR, "no agreement names the nämnd \"%s\" as responsible (known: %s)",
	    "ingen överenskommelse anger nämnden \"%s\" som ansvarig (kända: %s)" },
	[MSG_REPORT_SUM_OVERFLOW] = { DIAG_ERROR, "the report's amounts for %d add up to more than %s, the most iopdoc can compute, when %s's %s is added",
	    "rapportens belopp för %d blir sammanlagt mer än %s, det största iopdoc kan räkna med, när beloppet från %s, %s, läggs till" },
	[MSG_REPORT_EMPTY] = { DIAG_ERROR, "no agreement of %s is valid in %d",
	    "ingen överenskommelse för %s gäller %d" },
	[MSG_RF_NO_NAMND] = { DIAG_ERROR, "the report file names no nämnd: add namnd=\"ID\" to <namnd-report> (known: %s)",
	    "rapportfilen anger ingen nämnd: lägg till namnd=\"ID\" i <namnd-report> (kända: %s)" },
	[MSG_RF_NO_YEAR] = { DIAG_ERROR, "the report file names no year: add year=\"YYYY\" to <namnd-report>, the year the report is about",
	    "rapportfilen anger inget år: lägg till year=\"ÅÅÅÅ\" i <namnd-report>, det år rapporten gäller" },
	[MSG_RF_UNKNOWN_NAMND] = { DIAG_ERROR, "no agreement names the nämnd \"%s\" as responsible (known: %s): namnd= of the report file must be one of them",
	    "ingen överenskommelse anger nämnden \"%s\" som ansvarig (kända: %s): rapportfilens namnd= måste vara en av dem" },
	[MSG_RF_TWICE] = { DIAG_ERROR, "a second report file for %s %d; the first is %s: keep one of them",
	    "en andra rapportfil för %s %d; den första är %s: behåll en av dem" },
	[MSG_RF_AUTHOR_NO_NAME] = { DIAG_ERROR, "an <author> without <name>: give the name of the handläggare who wrote the report",
	    "ett <author>-element utan <name>: ange namnet på den handläggare som skrev rapporten" },
	[MSG_RF_DATE_EARLY] = { DIAG_WARNING, "the report is dated %s, before the end of %d, the year it reports on: is the date or the year wrong?",
	    "rapporten är daterad %s, före slutet av %d, det år den redovisar: är datumet eller året fel?" },
	[MSG_RF_MEETING_EARLY] = { DIAG_WARNING, "the nämnd's meeting %s is before the report's date %s: is one of them wrong?",
	    "nämndens sammanträde %s ligger före rapportens datum %s: är ett av dem fel?" },
	[MSG_RF_YEAR_UNCOVERED] = { DIAG_WARNING, "no agreement of %s is valid in %d: no report of that year uses this report file",
	    "ingen överenskommelse för %s gäller %d: ingen rapport för det året använder den här rapportfilen" },
	[MSG_RF_IGNORED] = { DIAG_WARNING, "the report file %s has errors: the report of %s %d is written without it (no diarienummer, date, author or texts of its own)",
	    "rapportfilen %s har fel: rapporten för %s %d skrivs utan den (utan eget diarienummer, datum, författare och egna texter)" },
	[MSG_RF_MISSING] = { DIAG_NOTE, "no report file for %s %d: the report is marked as a draft (UTKAST on every page) and has no diarienummer, date, author or förslag till beslut; see iopdoc-xml(5), \"The report file\"",
	    "ingen rapportfil för %s %d: rapporten markeras som utkast (UTKAST på varje sida) och saknar diarienummer, datum, författare och förslag till beslut; se iopdoc-xml(5), \"The report file\"" },
	[MSG_RF_MISSING_ALL] = { DIAG_NOTE, "%zu of the %zu reports have no report file: they are marked as drafts (UTKAST on every page) and have no diarienummer, date, author or förslag till beslut; see iopdoc-xml(5), \"The report file\"",
	    "%zu av de %zu rapporterna saknar rapportfil: de markeras som utkast (UTKAST på varje sida) och saknar diarienummer, datum, författare och förslag till beslut; se iopdoc-xml(5), \"The report file\"" },
	[MSG_GLYPH] = { DIAG_ERROR, "the character %s (U+%04lX) cannot be shown with the template's fonts",
	    "tecknet %s (U+%04lX) kan inte visas med mallens typsnitt" },
	[MSG_TOO_MANY_CHARS] = { DIAG_ERROR, "the document uses more than %d different characters in one font style",
	    "dokumentet använder fler än %d olika tecken i en typsnittsstil" },
	[MSG_PAGE_LIMIT] = { DIAG_ERROR, "the document would have more than %d pages",
	    "dokumentet skulle få fler än %d sidor" },
	[MSG_SIGNATURE_TALL] = { DIAG_ERROR, "this signature block is taller than a page: shorten its texts (for, name, title, organisation, place)",
	    "det här underskriftsblocket är högre än en sida: korta dess texter (för, namn, titel, organisation, ort)" },
	[MSG_PDF_RELEASE] = { DIAG_SYSERR, "the PDF library loaded is libharu %s, but iopdoc was built for libharu %s: install that release or build iopdoc again (see \"libharu releases\" in src/README.md of iopdoc's source)",
	    "PDF-biblioteket som lästes in är libharu %s, men iopdoc byggdes för libharu %s: installera den versionen eller bygg om iopdoc (se \"libharu releases\" i src/README.md i iopdocs källkod)" },
	[MSG_LIST_DEPTH] = { DIAG_ERROR, "this list is nested more than %d lists deep",
	    "den här listan ligger mer än %d listor djupt" },
	[MSG_OUT_OF_MEMORY] = { DIAG_SYSERR, "out of memory: %zu bytes asked for by %s could not be allocated",
	    "minnet är slut: %zu byte som %s bad om kunde inte reserveras" },
	[MSG_TABLE_ROW_CELLS] = { DIAG_ERROR, "this row of %s covers %zu columns (spans counted), but the table has %zu (%s): add or remove cells, or correct a span",
	    "den här raden i %s täcker %zu kolumner (sammanslagningar medräknade), men tabellen har %zu (%s): lägg till eller ta bort celler, eller rätta en sammanslagning" },
	[MSG_TABLE_SPAN] = { DIAG_ERROR, "a cell of %s spans %zu columns from column %zu, past the table's %zu columns",
	    "en cell i %s sträcker sig över %zu kolumner från kolumn %zu, förbi tabellens %zu kolumner" },
	[MSG_TABLE_WIDTHS] = { DIAG_ERROR, "the widths of the columns of %s add up to %s %%, more than 100 %%",
	    "kolumnbredderna i %s blir sammanlagt %s %%, mer än 100 %%" },
	[MSG_TABLE_SUM] = { DIAG_WARNING, "%s: %s states %s in column \"%s\", the rows add up to %s",
	    "%s: %s anger %s i kolumnen \"%s\", raderna blir sammanlagt %s" },
	[MSG_TABLE_SUM_ROUNDING] = { DIAG_NOTE, "%s: %s states %s in column \"%s\", the rows add up to %s, a difference the rounding of the rows explains",
	    "%s: %s anger %s i kolumnen \"%s\", raderna blir sammanlagt %s, en skillnad som avrundningen av raderna förklarar" },
	[MSG_TABLE_SUM_SKIP] = { DIAG_NOTE, "%s: column \"%s\" is not added up for %s: %s",
	    "%s: kolumnen \"%s\" summeras inte för %s: %s" },
	[MSG_TABLE_SUM_STATED] = { DIAG_NOTE, "%s: %s states \"%s\" in column \"%s\", which is no figure iopdoc can read, so it is not checked",
	    "%s: %s anger \"%s\" i kolumnen \"%s\", vilket inte är något tal iopdoc kan läsa, så det kontrolleras inte" },
	[MSG_DECISION_AFTER_DATE] = { DIAG_NOTE, "the decision of %s is dated %s, after the agreement's date %s: if it approved the agreement, check the dates",
	    "beslutet i %s är daterat %s, efter överenskommelsens datum %s: om beslutet godkände överenskommelsen, kontrollera datumen" },
	[MSG_DECISION_AFTER_PERIOD] = { DIAG_WARNING, "the decision of %s is dated %s, after the period ends (%s): check the year",
	    "beslutet i %s är daterat %s, efter att perioden slutat (%s): kontrollera året" },
	[MSG_VERSION_NOT_LAST] = { DIAG_WARNING, "the version is %s, but the last change in <history> is version %s: add the change, or correct the version",
	    "versionen är %s, men den senaste ändringen i <history> är version %s: lägg till ändringen, eller rätta versionen" },
	[MSG_HISTORY_ORDER] = { DIAG_WARNING, "the change to version %s is dated %s, before the change above it (%s): list the changes in the order they were made",
	    "ändringen till version %s är daterad %s, före ändringen ovanför (%s): lista ändringarna i den ordning de gjordes" },
	[MSG_BLOCK_WITHOUT_DATA] = { DIAG_ERROR, "<%s/> prints the agreement's <%s>, but the agreement has none: add it %s, or remove the block",
	    "<%s/> skriver ut överenskommelsens <%s>, men överenskommelsen har inget sådant: lägg till det %s, eller ta bort blocket" },
	[MSG_DUP_ANNEX] = { DIAG_ERROR, "two annexes have the %s \"%s\"",
	    "två bilagor har samma %s \"%s\"" },
	[MSG_ANNEX_EMPTY] = { DIAG_WARNING, "annex %s is attached but holds nothing after its title: add its text, or mark it attached=\"no\"",
	    "bilaga %s är bifogad men har inget innehåll efter rubriken: lägg till dess text, eller markera den attached=\"no\"" },
	[MSG_ANNEX_TEXT_NOT_ATTACHED] = { DIAG_WARNING, "annex %s is marked attached=\"no\" but holds text, which is not printed: remove the text, or mark the annex attached",
	    "bilaga %s är markerad attached=\"no\" men har text, som inte skrivs ut: ta bort texten, eller markera bilagan som bifogad" },
	[MSG_ANNEX_BLOCK] = { DIAG_ERROR, "<%s> cannot stand in annex %s: it belongs in the agreement's <text>",
	    "<%s> kan inte stå i bilaga %s: det hör hemma i överenskommelsens <text>" },
	[MSG_FU_PERIOD_OUTSIDE] = { DIAG_ERROR, "the report period %s to %s lies outside the agreement's period %s to %s",
	    "rapportperioden %s till %s ligger utanför överenskommelsens period %s till %s" },
	[MSG_GOAL_RANGE_MISSING] = { DIAG_ERROR, "goal \"%s\" says \"mellan\" but does not give both min and max",
	    "målet \"%s\" säger \"mellan\" men anger inte både min och max" },
	[MSG_GOAL_RANGE_ORDER] = { DIAG_ERROR, "goal \"%s\" runs from min %lld to max %lld: min must not be larger than max",
	    "målet \"%s\" går från min %lld till max %lld: min får inte vara större än max" },
	[MSG_GOAL_RANGE_CMP] = { DIAG_ERROR, "goal \"%s\" gives min or max, which only comparison=\"mellan\" takes",
	    "målet \"%s\" anger min eller max, som bara comparison=\"mellan\" tar" },
	[MSG_GOAL_RANGE_VALUE] = { DIAG_ERROR, "goal \"%s\" says \"mellan\" and gives a value: a range takes min and max only",
	    "målet \"%s\" säger \"mellan\" och anger ett värde: ett intervall tar bara min och max" },
	[MSG_GOAL_PERCENT_CMP] = { DIAG_ERROR, "goal \"%s\" gives a percent, which needs comparison=\"minst\" or \"hogst\"",
	    "målet \"%s\" anger en procentsats, som kräver comparison=\"minst\" eller \"hogst\"" },
	[MSG_GOAL_PERCENT_VALUE] = { DIAG_ERROR, "goal \"%s\" gives both a value and a percent: a share goal takes the percent only",
	    "målet \"%s\" anger både ett värde och en procentsats: ett andelsmål tar bara procentsatsen" },
	[MSG_OUTCOME_PERCENT_NO_OF] = { DIAG_ERROR, "the outcome \"%s\" states a percent but no \"of\" to compute it from",
	    "utfallet \"%s\" anger en procentsats men inget \"of\" att räkna den från" },
	[MSG_OUTCOME_OF_ZERO] = { DIAG_ERROR, "the outcome \"%s\" is a share of 0: \"of\" must be at least 1",
	    "utfallet \"%s\" är en andel av 0: \"of\" måste vara minst 1" },
	[MSG_OUTCOME_RATIO] = { DIAG_WARNING, "the outcome \"%s\" states %s %%, but %lld of %lld is %s %%",
	    "utfallet \"%s\" anger %s %%, men %lld av %lld är %s %%" },
	[MSG_OUTCOME_OVER_OF] = { DIAG_WARNING, "the outcome \"%s\" is %lld of %lld, more than the whole",
	    "utfallet \"%s\" är %lld av %lld, mer än helheten" },
	[MSG_DUP_ASSESSMENT] = { DIAG_WARNING, "goal \"%s\" is assessed twice in this follow-up",
	    "målet \"%s\" bedöms två gånger i den här uppföljningen" },
	[MSG_ASSESSMENT_DIFFERS] = { DIAG_NOTE, "the assessment \"%s\" of goal \"%s\" differs from what its outcome %lld gives (%s); the report prints both",
	    "bedömningen \"%s\" av målet \"%s\" skiljer sig från vad dess utfall %lld ger (%s); rapporten skriver ut båda" },
	[MSG_REPORT_DUE_FORM] = { DIAG_ERROR, "a report deadline takes either month and day (every year) or date (once)",
	    "en tidpunkt för rapportering tar antingen month och day (varje år) eller date (en gång)" },
	[MSG_REPORT_DUE_DAY] = { DIAG_ERROR, "day %d does not exist in month %d",
	    "dag %d finns inte i månad %d" },
	[MSG_REPORT_DUE_LEAP] = { DIAG_NOTE, "a deadline on 29 February every year: in the three years of four without that day the report gives 28 February and says so; if the agreement means the last day of February, this is it",
	    "en tidpunkt den 29 februari varje år: under de tre år av fyra som saknar den dagen anger rapporten 28 februari och säger det; om överenskommelsen menar sista dagen i februari blir det alltså rätt" },
	[MSG_DATE_DAY_ZERO] = { DIAG_WARNING, "the date \"%s\": Swedish writes the day without a leading zero (dagen skrivs utan inledande nolla): write \"%s\"; the PDF prints the date as written",
	    "datumet \"%s\": dagen skrivs utan inledande nolla: skriv \"%s\"; PDF:en skriver datumet som det är skrivet" },
	[MSG_PAYMENT_MONTHS_BOTH] = { DIAG_ERROR, "month and months are given together: write every payment month in months (\"1 7\")",
	    "month och months anges tillsammans: skriv varje betalningsmånad i months (\"1 7\")" },
	[MSG_LINE_NO_AMOUNT] = { DIAG_ERROR, "the budget line \"%s\" has no amount: write amount=\"…\" in whole kronor, or kind=\"in-kind\" valued=\"no\" for help that the agreement lists without a value",
	    "budgetraden \"%s\" har inget belopp: skriv amount=\"…\" i hela kronor, eller kind=\"in-kind\" valued=\"no\" för insatser som överenskommelsen räknar upp utan värde" },
	[MSG_LINE_NOT_VALUED_AMOUNT] = { DIAG_ERROR, "the budget line \"%s\" says valued=\"no\" but has amount=\"%s\": remove one of them",
	    "budgetraden \"%s\" säger valued=\"no\" men har amount=\"%s\": ta bort ett av dem" },
	[MSG_LINE_MONEY_NOT_VALUED] = { DIAG_ERROR, "the budget line \"%s\" is money (%s) but says valued=\"no\": only help in kind can be listed without a value; write kind=\"in-kind\" on the line",
	    "budgetraden \"%s\" är pengar (%s) men säger valued=\"no\": bara insatser i annan form än pengar kan stå utan värde; skriv kind=\"in-kind\" på raden" },
	[MSG_LINE_PAYMENT_MONTHS] = { DIAG_WARNING, "the budget line \"%s\" is paid %s, but payment-months names %d distinct month(s): a line paid %s is paid in %d",
	    "budgetraden \"%s\" betalas %s, men payment-months anger %d olika månad(er): en rad som betalas %s betalas under %d månader" },
	[MSG_LINE_PAYMENT_REPEAT] = { DIAG_WARNING, "the budget line \"%s\" names a month twice in payment-months",
	    "budgetraden \"%s\" anger samma månad två gånger i payment-months" },
	[MSG_LINE_PAY_NO_DAY] = { DIAG_WARNING, "the budget line \"%s\" is for %d, but the payment terms pay it in months %s, none of them in the period in %d; it is counted in %d: say when it is paid, e.g. payment=\"once\" payment-months=\"%d\" on the line",
	    "budgetraden \"%s\" gäller %d, men betalningsvillkoren betalar den under månaderna %s, ingen av dem inom perioden %d; den räknas under %d: ange när den betalas, t.ex. payment=\"once\" payment-months=\"%d\" på raden" },
	[MSG_LINE_PRICE_NEEDED] = { DIAG_ERROR, "the budget line \"%s\" has %s but no unit-price: a quantity, ceiling or estimate belongs to a line priced per unit",
	    "budgetraden \"%s\" har %s men inget unit-price: ett antal, tak eller en uppskattning hör till en rad med pris per enhet" },
	[MSG_LINE_PRICE_AMOUNT] = { DIAG_WARNING, "the budget line \"%s\" states %s, but its unit-price times its quantity is %s",
	    "budgetraden \"%s\" anger %s, men dess unit-price gånger antalet är %s" },
	[MSG_LINE_OVER_CEILING] = { DIAG_WARNING, "the budget line \"%s\" has %s %s, more than its ceiling %s",
	    "budgetraden \"%s\" har %s %s, mer än sitt tak %s" },
	[MSG_POOL_DUP_SHARE] = { DIAG_WARNING, "the pool names party %s twice",
	    "potten anger parten %s två gånger" },
	[MSG_POOL_YEAR] = { DIAG_WARNING, "the pool is for %d, outside the agreement's period %s to %s",
	    "potten gäller %d, utanför överenskommelsens period %s till %s" },
	[MSG_BUDGET_STATED_NOT_VALUED] = { DIAG_WARNING, "stated total %s for %s, but no line of the budget has a value (all are valued=\"no\")",
	    "den angivna summan %s för %s, men ingen rad i budgeten har ett värde (alla är valued=\"no\")" },
	[MSG_DUP_ACTOR] = { DIAG_ERROR, "two actors have the id \"%s\"",
	    "två aktörer har id \"%s\"" },
	[MSG_ACTOR_PARTY_ID] = { DIAG_ERROR, "the actor \"%s\" has a party's id: give the actor an id of its own",
	    "aktören \"%s\" har en parts id: ge aktören ett eget id" },
	[MSG_ACTOR_NOT_PARTY] = { DIAG_ERROR, "\"%s\" is an actor, not a party (%s): only a party has a budget or signs; name a party, or make the actor one of <parties>",
	    "\"%s\" är en aktör, inte en part (%s): bara en part har budget eller skriver under; ange en part, eller gör aktören till en av <parties>" },
	[MSG_FU_SIGNATURES_COUNT] = { DIAG_ERROR, "the text has %d <signatures> blocks; a follow-up has at most one",
	    "texten har %d <signatures>-block; en uppföljning har högst ett" },
	[MSG_FU_APPROVED_BEFORE] = { DIAG_WARNING, "the follow-up is approved %s, before its own date %s",
	    "uppföljningen är godkänd %s, före sitt eget datum %s" },
	[MSG_DATE_FORM_WORDS] = { DIAG_WARNING, "the date \"%s\" is written in words, so form=\"iso\" does not change it: it prints as written; write it YYYY-MM-DD to print it ISO",
	    "datumet \"%s\" är skrivet med ord, så form=\"iso\" ändrar det inte: det skrivs ut som det är skrivet; skriv det ÅÅÅÅ-MM-DD för att få det i ISO-form" },
	[MSG_LEGAL_FORM_EMPTY] = { DIAG_WARNING, "<legal-form> is empty, so no legal form is printed: write it (\"ideell förening\") or leave the element out",
	    "<legal-form> är tomt, så ingen juridisk form skrivs ut: skriv den (\"ideell förening\") eller ta bort elementet" },
	[MSG_ADJ_PARTY] = { DIAG_ERROR, "the adjustment is for party \"%s\", which is not a party of the agreement",
	    "uppräkningen gäller parten \"%s\", som inte är part i överenskommelsen" },
	[MSG_ADJ_BUDGET_PARTY] = { DIAG_ERROR, "an adjustment inside a budget applies to that budget only: party=\"%s\" does not belong there (put the adjustment in <economy> with party=, or drop the attribute)",
	    "en uppräkning inne i en budget gäller bara den budgeten: party=\"%s\" hör inte hemma där (lägg uppräkningen i <economy> med party=, eller ta bort attributet)" },
	[MSG_ADJ_CONFLICT] = { DIAG_ERROR, "the adjustments at lines %ld and %ld both apply to the budget line at line %ld; keep them apart with party= or applies-to=, or give the budget its own <adjustment>",
	    "uppräkningarna på rad %ld och %ld gäller båda budgetraden på rad %ld; håll isär dem med party= eller applies-to=, eller ge budgeten en egen <adjustment>" },
	[MSG_ADJ_COMPONENT_KIND] = { DIAG_ERROR, "an adjustment of kind \"percent\" has no <component>: a mixed index is kind=\"index\"",
	    "en uppräkning av slaget \"percent\" har ingen <component>: ett sammanvägt index är kind=\"index\"" },
	[MSG_ADJ_COMPONENT_COUNT] = { DIAG_ERROR, "a mixed index needs 2 to 5 <component> elements, this one has %zu; one index is written index=\"%s\" on the adjustment",
	    "ett sammanvägt index behöver 2 till 5 <component>-element, det här har %zu; ett enda index skrivs index=\"%s\" på uppräkningen" },
	[MSG_ADJ_COMPONENT_TWICE] = { DIAG_ERROR, "the index \"%s\" is a component twice",
	    "indexet \"%s\" är komponent två gånger" },
	[MSG_ADJ_WEIGHTS] = { DIAG_ERROR, "the weights of the mixed index add up to %s %%, not 100 %%",
	    "vikterna i det sammanvägda indexet blir sammanlagt %s %%, inte 100 %%" },
	[MSG_ADJ_VALUE_INDEX] = { DIAG_ERROR, "the value's index %s is not %s",
	    "värdets index %s är inte %s" },
	[MSG_ADJ_VALUE_TWICE] = { DIAG_ERROR, "a second %s value of %s from %s (the first is at line %ld); a definitive value may replace a preliminary one, not another of the same status",
	    "ett andra %s värde för %s från %s (det första står på rad %ld); ett definitivt värde får ersätta ett preliminärt, inte ett annat med samma status" },
	[MSG_ADJ_UNUSED] = { DIAG_NOTE, "the adjustment applies to no budget line: it covers %s%s%s, and no budget has such a line; check applies-to and party",
	    "uppräkningen gäller ingen budgetrad: den omfattar %s%s%s, och ingen budget har en sådan rad; kontrollera applies-to och party" },
	[MSG_YEAR_START] = { DIAG_ERROR, "year-start \"%02d-%02d\" is not a day that begins a year every year (29 February and days that do not exist are not)",
	    "year-start \"%02d-%02d\" är inte en dag som inleder ett år varje år (29 februari och dagar som inte finns är det inte)" },
	[MSG_FIRST_YEAR_NO_BUDGET] = { DIAG_WARNING, "the period starts in %s %s, but the first budget of %s is for %s: the yearly report counts nothing for %s before that; if the budget holds from the start, write year=\"%d\" on it",
	    "perioden börjar under %s %s, men den första budgeten för %s gäller %s: årsrapporten räknar inget för %s före det; om budgeten gäller från början, skriv year=\"%d\" på den" },
	[MSG_LINE_PRICED_NO_AMOUNT] = { DIAG_WARNING, "the budget line \"%s\" has a unit-price but neither amount nor estimate, so nothing is counted for it: give amount=\"…\" or estimate=\"…\" when the source states one",
	    "budgetraden \"%s\" har unit-price men varken belopp eller uppskattning, så inget räknas för den: ange amount=\"…\" eller estimate=\"…\" när källan anger ett" },
	[MSG_DATE_MONTH_CASE] = { DIAG_ERROR, "the date \"%s\": Swedish writes the month lower case (månadens namn skrivs med liten bokstav): write \"%s\"",
	    "datumet \"%s\": månadens namn skrivs med liten bokstav: skriv \"%s\"" },
	[MSG_TABLE_SUM_RATES] = { DIAG_WARNING, "%s: %s states %s in column \"%s\", the rows add up to %s, more than 100 %%; if the column holds rates or averages, not shares of a whole, write sum=\"no\" on its <column>",
	    "%s: %s anger %s i kolumnen \"%s\", raderna blir sammanlagt %s, mer än 100 %%; om kolumnen har satser eller medelvärden, inte andelar av en helhet, skriv sum=\"no\" på dess <column>" },
	/* issue 12, LOGO */
	[MSG_BREACH_CURE_DAYS] = { DIAG_ERROR, "cure-days=\"%s\": the days a party in breach has to put it right are 1 to 365; write the number of days the agreement gives",
	    "cure-days=\"%s\": de dagar en part som bryter mot överenskommelsen har på sig att rätta det är 1 till 365; skriv det antal dagar överenskommelsen anger" },
	[MSG_BREACH_NO_NOTICE] = { DIAG_WARNING, "termination for breach takes effect=\"notice-period\", but <terms> has no <notice months>: add the notice period, or write effect=\"immediate\"",
	    "hävning vid avtalsbrott gäller effect=\"notice-period\", men <terms> har ingen <notice months>: lägg till uppsägningstiden, eller skriv effect=\"immediate\"" },
	[MSG_LOGO_READ] = { DIAG_ERROR, "cannot read the logo %s: %s",
	    "kan inte läsa logotypen %s: %s" },
	[MSG_LOGO_IMAGE] = { DIAG_ERROR, "the logo %s cannot be used: %s",
	    "logotypen %s kan inte användas: %s" },
	[MSG_LOGO_HEIGHT] = { DIAG_ERROR, "the logo's height %g mm is outside %d to %d mm",
	    "logotypens höjd %g mm ligger utanför %d till %d mm" },
	[MSG_LOGO_ABSOLUTE] = { DIAG_ERROR, "the logo \"%s\" is named by an absolute path: name it relative to the XML file's folder, e.g. logotyper/kommun.png",
	    "logotypen \"%s\" anges med en absolut sökväg: ange den relativt XML-filens mapp, t.ex. logotyper/kommun.png" },
	[MSG_LOGO_ALT] = { DIAG_ERROR, "the logo of %s has an empty alt: say whose logo it is, e.g. \"Åsbro kommuns logotyp\"",
	    "logotypen för %s har en tom alt: skriv vems logotyp det är, t.ex. \"Åsbro kommuns logotyp\"" },
	/* issue 12, FIN */
	[MSG_BUDGET_NO_PARTY] = { DIAG_ERROR, "the budget has no party=\"…\": a party's contribution names the party that pays it; write party=\"…\" (or party=\"…\" on each <column>), or type=\"costs\" if the table is what the whole effort costs",
	    "budgeten har inget party=\"…\": en parts bidrag anger den part som betalar det; skriv party=\"…\" (eller party=\"…\" på varje <column>), eller type=\"costs\" om tabellen visar vad hela insatsen kostar" },
	[MSG_FINANCING_SHORT] = { DIAG_WARNING, "the financing%s (%s) does not cover the costs (%s, line %ld): %s is missing",
	    "finansieringen%s (%s) täcker inte kostnaderna (%s, rad %ld): %s saknas" },
	[MSG_FINANCING_OVER] = { DIAG_WARNING, "the financing%s (%s) is more than the costs (%s, line %ld), by %s",
	    "finansieringen%s (%s) är mer än kostnaderna (%s, rad %ld), med %s" },
	[MSG_FINANCING_TWICE] = { DIAG_ERROR, "%s has both a budget (line %ld) and a line in the financing%s: its money would count twice; keep it in one of them",
	    "%s har både en budget (rad %ld) och en rad i finansieringen%s: dess pengar skulle räknas två gånger; behåll dem på ett av ställena" },
	[MSG_FINANCING_SECOND] = { DIAG_ERROR, "a second financing%s (the first is at line %ld): a party's line would count in both; put every party's line in one <financing>",
	    "en andra finansiering%s (den första står på rad %ld): en parts rad skulle räknas i båda; lägg varje parts rad i en och samma <financing>" },
	[MSG_COSTS_COLUMNS] = { DIAG_ERROR, "a costs budget has one amount column, not <columns>: write one <budget type=\"costs\" year=\"…\"> per year; the financing of each year is compared with it",
	    "en kostnadsbudget har en beloppskolumn, inte <columns>: skriv en <budget type=\"costs\" year=\"…\"> per år; finansieringen för varje år jämförs med den" },
	[MSG_SIGNATORY_NO_PARTY] = { DIAG_ERROR, "the signatory names no party: in an agreement each signatory signs for a party; write party=\"…\"",
	    "undertecknaren anger ingen part: i en överenskommelse skriver varje undertecknare under för en part; skriv party=\"…\"" },
	[MSG_FU_SIGNATORY_NO_FOR] = { DIAG_ERROR, "the signatory names no party and has no <for>: write the party it signs for (party=\"…\"), or the role it signs in, e.g. <for>Justerare</for>",
	    "undertecknaren anger ingen part och har ingen <for>: skriv den part som undertecknaren skriver under för (party=\"…\"), eller den roll undertecknaren har, t.ex. <for>Justerare</for>" },
	[MSG_COLUMN_BASIS] = { DIAG_ERROR, "column \"%s\" needs exactly one of year=\"…\", party=\"…\" and total=\"yes\"",
	    "kolumnen \"%s\" behöver exakt ett av year=\"…\", party=\"…\" och total=\"yes\"" },
	[MSG_COLUMN_DUP_ID] = { DIAG_ERROR, "a second column with the id \"%s\" in this budget (the first is at line %ld)",
	    "en andra kolumn med id \"%s\" i den här budgeten (den första står på rad %ld)" },
	[MSG_COLUMNS_MIXED] = { DIAG_ERROR, "the columns mix years (line %ld) and parties (line %ld): write one budget per party with a column per year, or one budget per year with a column per party",
	    "kolumnerna blandar år (rad %ld) och parter (rad %ld): skriv en budget per part med en kolumn per år, eller en budget per år med en kolumn per part" },
	[MSG_COLUMNS_BUDGET_YEAR] = { DIAG_ERROR, "a budget with a column per year has no year=\"%d\" of its own: each column says its year",
	    "en budget med en kolumn per år har inget eget year=\"%d\": varje kolumn anger sitt år" },
	[MSG_COLUMNS_BUDGET_PARTY] = { DIAG_ERROR, "a budget with a column per party has no party=\"%s\" of its own: each column names its party",
	    "en budget med en kolumn per part har inget eget party=\"%s\": varje kolumn anger sin part" },
	[MSG_COLUMN_TWICE] = { DIAG_ERROR, "a second column for %s (the first is at line %ld): each year or party has one column",
	    "en andra kolumn för %s (den första står på rad %ld): varje år eller part har en kolumn" },
	[MSG_COLUMN_TOTAL_TWICE] = { DIAG_ERROR, "a second total column (the first is at line %ld)",
	    "en andra summakolumn (den första står på rad %ld)" },
	[MSG_COLUMN_NOT_VALUED_MONEY] = { DIAG_ERROR, "column \"%s\" says valued=\"no\" but is of money: only help in kind is listed without a value; add kind=\"in-kind\" to the column",
	    "kolumnen \"%s\" säger valued=\"no\" men gäller pengar: bara insatser i annan form än pengar står utan värde; lägg till kind=\"in-kind\" på kolumnen" },
	[MSG_COLUMN_LINE_ATTR] = { DIAG_ERROR, "%s on a line of a budget with <columns>: write each figure as <amount column=\"…\"> under the line (a price per unit needs a budget of its own)",
	    "%s på en rad i en budget med <columns>: skriv varje belopp som <amount column=\"…\"> under raden (ett pris per enhet behöver en egen budget)" },
	[MSG_COLUMN_UNKNOWN] = { DIAG_ERROR, "no column of this budget has the id \"%s\"; its columns are %s",
	    "ingen kolumn i den här budgeten har id \"%s\"; dess kolumner är %s" },
	[MSG_COLUMN_AMOUNT_TWICE] = { DIAG_ERROR, "a second amount in column \"%s\" (the first is at line %ld)",
	    "ett andra belopp i kolumnen \"%s\" (det första står på rad %ld)" },
	[MSG_COLUMN_AMOUNT_NOT_VALUED] = { DIAG_ERROR, "an amount of %s in column \"%s\", which lists help without a value (valued=\"no\")",
	    "ett belopp på %s i kolumnen \"%s\", som räknar upp insatser utan värde (valued=\"no\")" },
	[MSG_COLUMN_NO_COLUMNS] = { DIAG_ERROR, "<amount column=\"%s\"> in a budget without <columns>: write the amount as amount=\"…\" on the line, or add <columns>",
	    "<amount column=\"%s\"> i en budget utan <columns>: skriv beloppet som amount=\"…\" på raden, eller lägg till <columns>" },
	[MSG_COLUMN_STATED_ATTR] = { DIAG_ERROR, "stated=\"…\" on the total of a budget with <columns>: state each column's total as <amount column=\"…\"> in <total>",
	    "stated=\"…\" på summan i en budget med <columns>: ange varje kolumns summa som <amount column=\"…\"> i <total>" },
	[MSG_COLUMN_ROW_TOTAL] = { DIAG_WARNING, "the line's stated total %s (column \"%s\") differs from the sum of its columns %s; the PDF prints the stated total",
	    "radens angivna summa %s (kolumnen \"%s\") skiljer sig från summan av dess kolumner %s; PDF:en skriver den angivna summan" },
	[MSG_COLUMN_TOTAL] = { DIAG_WARNING, "stated total %s of column \"%s\" differs from the column's sum %s; the PDF prints the stated total",
	    "den angivna summan %s i kolumnen \"%s\" skiljer sig från kolumnens summa %s; PDF:en skriver den angivna summan" },
	[MSG_COLUMN_YEAR] = { DIAG_WARNING, "column \"%s\" is for %d, outside the agreement's period %s to %s",
	    "kolumnen \"%s\" gäller %d, utanför överenskommelsens period %s till %s" },
	[MSG_COLUMN_PARTY] = { DIAG_ERROR, "no party has the id \"%s\" (budget column \"%s\")",
	    "ingen part har id \"%s\" (budgetkolumnen \"%s\")" },
	[MSG_RF_BEFORE_SOURCE] = { DIAG_WARNING, "the report is dated %s, before the follow-up it uses, %s dated %s (%s): check the report's <date>, or whether the follow-up belongs to the report",
	    "rapporten är daterad %s, före uppföljningen den använder, %s daterad %s (%s): kontrollera rapportens <date>, eller om uppföljningen hör till rapporten" },
	[MSG_RF_INCOMPLETE] = { DIAG_NOTE, "%s; see iopdoc-xml(5), \"The report file\"",
	    "%s; se iopdoc-xml(5), \"The report file\"" },
	[MSG_RF_TEXT_COUNT] = { DIAG_WARNING, "the <%s> text says %s, but the report of %s %d covers %s; the text is printed as written: check it",
	    "texten i <%s> säger %s, men rapporten för %s %d omfattar %s; texten skrivs ut som den står: kontrollera den" },
	[MSG_FU_KIND_FROM_TITLE] = { DIAG_NOTE, "the title names the record \"%s\" where kind=\"%s\" says %s: the record head prints the title's \"%s\" as the kind; give kind-text=\"%s\" to name it yourself",
	    "rubriken kallar dokumentet \"%s\" där kind=\"%s\" säger %s: dokumenthuvudet skriver rubrikens \"%s\" som slag; ange kind-text=\"%s\" för att själv välja namnet" },
	/* INST (issue 15): the config file, and iopdoc's own files not found */
	[MSG_CONFIG_READ] = { DIAG_SYSERR, "cannot read the config file %s: %s",
	    "kan inte läsa konfigurationsfilen %s: %s" },
	[MSG_CONFIG_SYNTAX] = { DIAG_SYSERR, "config: neither a \"[section]\" nor a \"key = value\" line: write e.g. \"[build]\" and under it \"input = /srv/iop/avtal\"",
	    "konfigurationsfilen: raden är varken \"[avsnitt]\" eller \"nyckel = värde\": skriv t.ex. \"[build]\" och under den \"input = /srv/iop/avtal\"" },
	[MSG_CONFIG_KEY] = { DIAG_SYSERR, "config: no setting \"%s\" in [%s]: the config file has [build] input, output, template and jobs",
	    "konfigurationsfilen: ingen inställning \"%s\" i [%s]: konfigurationsfilen har [build] input, output, template och jobs" },
	[MSG_CONFIG_JOBS] = { DIAG_SYSERR, "config: \"%s\" is no number of jobs: write jobs = N, a whole number from 1 to %d",
	    "konfigurationsfilen: \"%s\" är inget antal jobb: skriv jobs = N, ett heltal från 1 till %d" },
	[MSG_CONFIG_EMPTY] = { DIAG_SYSERR, "config: [%s] %s is empty: write a file or folder after the '=', or leave the line out",
	    "konfigurationsfilen: [%s] %s är tom: skriv en fil eller mapp efter '=', eller ta bort raden" },
	[MSG_TEMPLATE_NOT_FOUND] = { DIAG_SYSERR, "no template found (looked for %s): name one with --template FILE or in the config file, or install iopdoc (make install)",
	    "ingen mall hittades (letade efter %s): ange en med --template FIL eller i konfigurationsfilen, eller installera iopdoc (make install)" },
	[MSG_FONT_NOT_FOUND] = { DIAG_SYSERR, "cannot load the font %s: no such file, nor in %s; install iopdoc (make install) or name fonts the template can reach in its [fonts]",
	    "kan inte läsa typsnittet %s: filen finns inte, inte heller i %s; installera iopdoc (make install) eller ange typsnitt som mallen når i dess [fonts]" },
	/* issue 15, SCHEMA: the schema's errors as our messages (xml_read_schema.c) */
	[MSG_SCHEMA_DATE] = { DIAG_ERROR,
	    "%s: write the date as YYYY-MM-DD, e.g. %s",
	    "%s: skriv datum som ÅÅÅÅ-MM-DD, t.ex. %s" },
	[MSG_SCHEMA_DATE_WORDS] = { DIAG_ERROR,
	    "%s: write the date as YYYY-MM-DD, or in words with a small letter, e.g. %s or 1 mars 2025",
	    "%s: skriv datum som ÅÅÅÅ-MM-DD, eller med ord och liten bokstav, t.ex. %s eller 1 mars 2025" },
	[MSG_SCHEMA_AMOUNT] = { DIAG_ERROR,
	    "%s: write the amount in whole kronor, digits only, without spaces, decimals or \"kr\": %s",
	    "%s: skriv belopp i hela kronor med bara siffror, utan mellanslag, decimaler eller \"kr\": %s" },
	[MSG_SCHEMA_AMOUNT_FORM] = { DIAG_ERROR,
	    "%s: write the amount in whole kronor, digits only, without spaces, decimals, \"kr\" or minus sign, e.g. 800000",
	    "%s: skriv belopp i hela kronor med bara siffror, utan mellanslag, decimaler, \"kr\" eller minustecken, t.ex. 800000" },
	[MSG_SCHEMA_AMOUNT_NEGATIVE] = { DIAG_ERROR,
	    "%s: the amount cannot be negative here; write whole kronor without a minus sign",
	    "%s: beloppet kan inte vara negativt här; skriv hela kronor utan minustecken" },
	[MSG_SCHEMA_FIGURE] = { DIAG_ERROR,
	    "%s: a goal's or an outcome's value is a whole number of 0 or more, digits only: write e.g. %s (for a share, use percent=\"74.5\")",
	    "%s: ett måls eller utfalls värde är ett heltal, 0 eller mer, med bara siffror: skriv t.ex. %s (för en andel, använd percent=\"74.5\")" },
	[MSG_SCHEMA_WHOLE] = { DIAG_ERROR,
	    "%s: write a whole number of 0 or more, digits only, e.g. %s",
	    "%s: skriv ett heltal, 0 eller mer, med bara siffror, t.ex. %s" },
	[MSG_SCHEMA_PERCENT] = { DIAG_ERROR,
	    "%s: write the percentage as a number from -100 to 1000, with a point before at most three decimals and no %% sign, e.g. %s",
	    "%s: skriv procentsatsen som ett tal från -100 till 1000, med punkt före högst tre decimaler och utan %%-tecken, t.ex. %s" },
	[MSG_SCHEMA_SHARE] = { DIAG_ERROR,
	    "%s: write the share in percent as a number of 0 or more, with a point before at most one decimal and no %% sign, e.g. %s",
	    "%s: skriv andelen i procent som ett tal, 0 eller mer, med punkt före högst en decimal och utan %%-tecken, t.ex. %s" },
	[MSG_SCHEMA_YEAR] = { DIAG_ERROR,
	    "%s: write the year with four digits, from 1900 to 2200, e.g. 2025",
	    "%s: skriv året med fyra siffror, från 1900 till 2200, t.ex. 2025" },
	[MSG_SCHEMA_COUNT] = { DIAG_ERROR,
	    "%s: write a whole number from 1 to 100000, digits only, e.g. 12",
	    "%s: skriv ett heltal från 1 till 100000 med bara siffror, t.ex. 12" },
	[MSG_SCHEMA_MONTHS] = { DIAG_ERROR,
	    "%s: write the months as numbers from 1 to 12 with a space between, e.g. \"1 7\" for January and July",
	    "%s: skriv månaderna som tal från 1 till 12 med mellanslag emellan, t.ex. \"1 7\" för januari och juli" },
	[MSG_SCHEMA_NUMBER] = { DIAG_ERROR,
	    "%s: write a number with digits only and a point before any decimals, e.g. 30",
	    "%s: skriv ett tal med bara siffror och punkt före eventuella decimaler, t.ex. 30" },
	[MSG_SCHEMA_ORGNR] = { DIAG_ERROR,
	    "%s: write the organisationsnummer as six digits, a hyphen and four digits, as in %s",
	    "%s: skriv organisationsnumret som sex siffror, bindestreck och fyra siffror, som i %s" },
	[MSG_SCHEMA_IDENT] = { DIAG_ERROR,
	    "%s: write an id with small letters a-z, digits and - _ . only (no spaces, capitals or å ä ö), e.g. %s",
	    "%s: skriv ett id med bara små bokstäver a-z, siffror och - _ . (inga mellanslag, versaler eller å ä ö), t.ex. %s" },
	[MSG_SCHEMA_LANG] = { DIAG_ERROR,
	    "%s: write a language tag such as sv, en or en-GB (a hyphen, not an underscore; at most 35 characters)",
	    "%s: skriv en språkkod som sv, en eller en-GB (bindestreck, inte understreck; högst 35 tecken)" },
	[MSG_SCHEMA_EMPTY] = { DIAG_ERROR,
	    "%s: the text may not be empty: write it, or leave it out",
	    "%s: texten får inte vara tom: skriv den, eller utelämna den" },
	[MSG_SCHEMA_TOO_LONG] = { DIAG_ERROR,
	    "%s: the text is longer than the 2000 characters allowed: shorten it",
	    "%s: texten är längre än de 2000 tecken som får plats: korta den" },
	[MSG_SCHEMA_ENUM] = { DIAG_ERROR,
	    "%s: that value is not allowed here; write one of: %s",
	    "%s: värdet är inte tillåtet här; skriv ett av: %s" },
	[MSG_SCHEMA_ENUM_NEAR] = { DIAG_ERROR,
	    "%s: that value is not allowed here; did you mean %s? (allowed: %s)",
	    "%s: värdet är inte tillåtet här; menade du %s? (tillåtna: %s)" },
	[MSG_SCHEMA_ELEMENT] = { DIAG_ERROR,
	    "<%s> is not allowed here in <%s>; expected here: %s",
	    "<%s> får inte stå här i <%s>; här väntas: %s" },
	[MSG_SCHEMA_ELEMENT_NEAR] = { DIAG_ERROR,
	    "<%s> is not allowed here in <%s>: did you mean <%s>? (expected here: %s)",
	    "<%s> får inte stå här i <%s>: menade du <%s>? (här väntas: %s)" },
	[MSG_SCHEMA_ELEMENT_END] = { DIAG_ERROR,
	    "<%s> is not allowed here in <%s>: nothing more may follow at this place; move it or remove it",
	    "<%s> får inte stå här i <%s>: inget mer får följa på den här platsen; flytta eller ta bort det" },
	[MSG_SCHEMA_MISSING_ELEMENT] = { DIAG_ERROR,
	    "<%s> lacks an element it needs; add: %s",
	    "<%s> saknar ett element som behövs; lägg till: %s" },
	[MSG_SCHEMA_MISSING_ATTR] = { DIAG_ERROR,
	    "<%s> needs the attribute %s: add %s=\"…\"",
	    "<%s> behöver attributet %s: lägg till %s=\"…\"" },
	[MSG_SCHEMA_ATTR] = { DIAG_ERROR,
	    "<%s> takes no attribute %s; its attributes are: %s",
	    "<%s> har inget attribut %s; dess attribut är: %s" },
	[MSG_SCHEMA_ATTR_NEAR] = { DIAG_ERROR,
	    "<%s> takes no attribute %s: did you mean %s? (its attributes: %s)",
	    "<%s> har inget attribut %s: menade du %s? (dess attribut: %s)" },
	[MSG_SCHEMA_ATTR_NONE] = { DIAG_ERROR,
	    "<%s> takes no attributes: remove %s",
	    "<%s> har inga attribut: ta bort %s" },
	[MSG_SCHEMA_TEXT] = { DIAG_ERROR,
	    "<%s> holds text where only elements may be: put the text inside one of its elements, or remove it",
	    "<%s> har text där bara element får stå: lägg texten i ett av dess element, eller ta bort den" },
	[MSG_SCHEMA_OTHER] = { DIAG_ERROR,
	    "%s is not valid here (%s)",
	    "%s är inte giltigt här (%s)" },
	/* issue 15, NEW: the skeletons of iopdoc new (xml_read_placeholder.c) */
	[MSG_PLACEHOLDER] = { DIAG_ERROR, "placeholder not filled: %s",
	    "platshållaren är inte ifylld: %s" },
	[MSG_NO_DEFAULT_INPUT] = { DIAG_SYSERR, "no files were named, and the folder read by default, %s, does not exist: name the files or folders to read, or one with --input DIR, or write input = FOLDER under [build] in the config file (iopdoc.conf(5))",
	    "inga filer angavs, och mappen som läses när ingen anges, %s, finns inte: ange filerna eller mapparna att läsa, eller en mapp med --input MAPP, eller skriv input = MAPP under [build] i konfigurationsfilen (iopdoc.conf(5))" },
	[MSG_RF_NO_AGREEMENTS] = { DIAG_ERROR, "no agreement was read with the report file, so its nämnd \"%s\" cannot be found: name the agreements too (iopdoc check rapport.xml avtal.xml ...), or their folder with --input DIR",
	    "ingen överenskommelse lästes med rapportfilen, så dess nämnd \"%s\" kan inte hittas: ange överenskommelserna också (iopdoc check rapport.xml avtal.xml ...), eller deras mapp med --input MAPP" },
};

/* The level's word in the line, English and Swedish.  The build's JSON
 * log keys its records by fields of its own ("status"), never by these
 * words, so they may follow the language. */
static const char *const level_names[] = {
	[DIAG_OK] = "ok",
	[DIAG_NOTE] = "note",
	[DIAG_WARNING] = "warning",
	[DIAG_ERROR] = "error",
	[DIAG_SYSERR] = "error",
};
static const char *const level_names_sv[] = {
	[DIAG_OK] = "ok",
	[DIAG_NOTE] = "anmärkning",
	[DIAG_WARNING] = "varning",
	[DIAG_ERROR] = "fel",
	[DIAG_SYSERR] = "fel",
};

/* Characters that print as nothing or change what the terminal shows:
 * controls, and the invisible and bidirectional formatting characters (a
 * U+202E in a value would print the rest of the line backwards). */
static int
is_invisible(uint32_t cp)
{
	return cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || cp == 0x061C ||
	    (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202E) ||
	    (cp >= 0x2060 && cp <= 0x206F) || cp == 0xFEFF ||
	    (cp >= 0xFFF9 && cp <= 0xFFFB);
}

/* Appends s with every invisible character written as <U+XXXX> and every
 * byte that is no UTF-8 as <0xXX>, so a message shows what the file has. */
static void
add_escaped(struct buf *out, const char *s)
{
	size_t n = strlen(s), k;
	uint32_t cp;

	while (n > 0) {
		k = utf8_decode(s, n, &cp);
		if (k == 0)
			buf_printf(out, "<0x%02X>", (unsigned)(unsigned char)*s);
		else if (is_invisible(cp))
			buf_printf(out, "<U+%04lX>", (unsigned long)cp);
		else
			buf_add(out, s, k);
		if (k == 0)
			k = 1;
		s += k;
		n -= k;
	}
}

static bool		strict;
/* Outside every context: standard error, and a worst nobody reads. */
static struct diag_ctx	bottom = { DIAG_OK, NULL, NULL };
static struct diag_ctx	*innermost = &bottom;

void
diag_open(struct diag_ctx *ctx, struct buf *to)
{
	ctx->worst = DIAG_OK;
	ctx->to = to;
	ctx->outer = innermost;
	innermost = ctx;
}

enum diag_level
diag_close(struct diag_ctx *ctx, enum diag_pass pass)
{
	static const char wrong[] = "iopdoc: internal error: diag_close() of a context "
	    "that is not the innermost open one\n";

	if (ctx != innermost || ctx == &bottom) {
		/* a level would go to the wrong context: stop, loudly */
		if (write(STDERR_FILENO, wrong, sizeof(wrong) - 1) < 0) {
			/* nowhere to say it */
		}
		abort();
	}
	innermost = ctx->outer;
	if (pass == DIAG_PASS_ON && ctx->worst > innermost->worst)
		innermost->worst = ctx->worst;
	return ctx->worst;
}

static bool		swedish;

void
diag_set_swedish(bool on)
{
	swedish = on;
}

bool
diag_swedish(void)
{
	return swedish;
}

/* What one locale value says: "C" and "POSIX" (a user or a script that
 * asked for no language) and any other language than Swedish say
 * English; "sv..." says Swedish, and so does "C.UTF-8", what Debian sets
 * when nobody chose a language: iopdoc's users are Swedish. */
static bool
locale_swedish(const char *v)
{
	if (strcmp(v, "C") == 0 || strcmp(v, "POSIX") == 0)
		return false;
	if (strncmp(v, "C.", 2) == 0)
		return true;
	return strncmp(v, "sv", 2) == 0 && strchr("_.@", v[2] != '\0' ? v[2] : '_') != NULL;
}

bool
diag_env_swedish(void)
{
	static const char *const vars[] = { "IOPDOC_LANG", "LC_ALL", "LC_MESSAGES", "LANG" };
	size_t i;

	for (i = 0; i < sizeof(vars) / sizeof(vars[0]); i++) {
		const char *v = getenv(vars[i]);

		if (v != NULL && *v != '\0')
			return locale_swedish(v);
	}
	return true;
}

/* The message's printf format in the language chosen. */
static const char *
diag_format(enum msg_id id)
{
	return swedish && msgs[id].sv != NULL ? msgs[id].sv : msgs[id].text;
}

static const char *
level_name(enum diag_level level)
{
	return swedish ? level_names_sv[level] : level_names[level];
}

const char *
diag_word(const char *en, const char *sv)
{
	return swedish ? sv : en;
}

/* Phrases that reach a message through several functions (the name of
 * a date read, a date's label), English and Swedish. */
static const struct {
	const char	*en, *sv;
} phrases[] = {
	{ "adjustment start", "uppräkningens start" },
	{ "adjustment's other start", "uppräkningens andra start" },
	{ "index value start", "indexvärdets start" },
	{ "decision date", "beslutsdatum" },
	{ "change date", "ändringsdatum" },
	{ "version date", "versionsdatum" },
	{ "report deadline", "sista dag för rapport" },
	{ "goal period start", "målperiodens start" },
	{ "goal period end", "målperiodens slut" },
	{ "document date", "dokumentets datum" },
	{ "period start", "periodens start" },
	{ "period end", "periodens slut" },
	{ "review date", "datum för översyn" },
	{ "report date", "rapportdatum" },
	{ "outcome period start", "utfallsperiodens start" },
	{ "outcome period end", "utfallsperiodens slut" },
	{ "follow-up date", "uppföljningens datum" },
	{ "report period start", "rapportperiodens start" },
	{ "report period end", "rapportperiodens slut" },
	{ "meeting date", "sammanträdesdatum" },
	{ "approval date", "datum för godkännande" },
	{ "signing date", "underskriftsdatum" },
};

const char *
diag_phrase(const char *en)
{
	size_t i;

	for (i = 0; swedish && i < sizeof(phrases) / sizeof(phrases[0]); i++)
		if (strcmp(en, phrases[i].en) == 0)
			return phrases[i].sv;
	return en;
}

const char *
diag_text(enum msg_id id, bool sv)
{
	return sv ? msgs[id].sv : msgs[id].text;
}

void
diag(const char *file, long line, enum msg_id id, ...)
{
	enum diag_level level = msgs[id].level;
	const struct diag_ctx *dest;
	va_list ap;

	if (strict && level == DIAG_WARNING)
		level = DIAG_ERROR;
	if (level > innermost->worst)
		innermost->worst = level;

	{
		struct buf line_buf = { NULL, 0, 0 };
		char text[2048];

		if (file != NULL && line > 0) {
			add_escaped(&line_buf, file);
			buf_printf(&line_buf, ":%ld: ", line);
		} else if (file != NULL) {
			add_escaped(&line_buf, file);
			buf_adds(&line_buf, ": ");
		} else
			buf_adds(&line_buf, "iopdoc: ");
		buf_printf(&line_buf, "%s: ", level_name(msgs[id].level));
		va_start(ap, id);
		vsnprintf(text, sizeof(text), diag_format(id), ap);
		va_end(ap);
		add_escaped(&line_buf, text);
		buf_addc(&line_buf, '\n');
		/* the innermost context that names a destination */
		for (dest = innermost; dest->to == NULL && dest->outer != NULL; dest = dest->outer)
			continue;
		if (dest->to != NULL)
			buf_adds(dest->to, line_buf.data);
		else
			fputs(line_buf.data, stderr);
		buf_free(&line_buf);
	}
}

void
diag_set_strict(bool on)
{
	strict = on;
}

enum exit_status
diag_exit_status(enum diag_level level)
{
	switch (level) {
	case DIAG_OK:
	case DIAG_NOTE:
	case DIAG_WARNING:
		return EXIT_OK;
	case DIAG_ERROR:
		return EXIT_INPUT;
	case DIAG_SYSERR:
		break;
	}
	return EXIT_SYSTEM;
}

void
diag_out_of_memory(size_t n, const char *caller)
{
	char text[512];
	int len;

	/* no buf, no stdio buffer: memory is what is missing */
	len = snprintf(text, sizeof(text), "iopdoc: %s: ", level_name(DIAG_SYSERR));
	len += snprintf(text + len, sizeof(text) - (size_t)len, diag_format(MSG_OUT_OF_MEMORY), n, caller);
	if (len > (int)sizeof(text) - 2)
		len = (int)sizeof(text) - 2;
	text[len++] = '\n';
	if (write(STDERR_FILENO, text, (size_t)len) < 0)
		return;	/* nowhere left to say it */
}

void
diag_list(void)
{
	int i;

	for (i = 0; i < MSG__COUNT; i++)
		printf("%s: %s\n", level_name(msgs[i].level), diag_format((enum msg_id)i));
}
