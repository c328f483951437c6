# Sourced by the suites: keep_pdf PDF NAME [XML [TEMPLATE]] copies a PDF a
# test made (and its source, for the checks that compare with it, and the
# template it was made with, for the layout checker's margins) into
# $IOPDOC_TEST_PDFS, where tests/run-all.sh checks every one of them for
# PDF/A-2b and tagging at the end.  Without the variable it does nothing.
keep_pdf() {
	[ -n "${IOPDOC_TEST_PDFS:-}" ] && [ -s "$1" ] || return 0
	cp "$1" "$IOPDOC_TEST_PDFS/$2.pdf"
	if [ -n "${3:-}" ]; then
		cp "$3" "$IOPDOC_TEST_PDFS/$2.xml"
	fi
	if [ -n "${4:-}" ]; then
		cp "$4" "$IOPDOC_TEST_PDFS/$2.ini"
	fi
	return 0
}
