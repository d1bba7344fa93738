"""Parser versions. Every parsed document stores PARSER_VERSION, and a run re-parses
any document read by a different one; so a change to extraction, the FOI rules or the
WRES rules that can change what is read bumps its part here."""

from __future__ import annotations

# extraction (PDF, DOCX, HTML, text) and the FOI rules
# 0.6.0: FOI block labeller, letter styles beyond the corpus, hostile-input budgets
# 0.6.1: FOI pairs drawn from the block labels where the rules find none (label_pairs);
#        every FOI letter stored as hashes (foi_shingles), for its trust's template
# 0.6.2: FOI answer/request markers, table headings, lettered cells, response dates by grammar
#        HTML tables keep each column under its header past a rowspan
#        structural evidence ends the last answer, DOCX/HTML block layout
# 0.6.3: closing/exemption cues read at every clause start; closing wording right after
#        an answer, with only the letter's end after it, stops the answers; a block in
#        the first question's type (bold requests without "?") is told from its reply;
#        label pairs end at the same boundary (and at an off-subject note, not a list);
#        a block in another type than bold questions that does not ask is a reply
# 0.6.4: worded question labels (Query / Item / Your question N, a label heading over
#        its question), owned answer words ("Our position:"), e-mail quote marks, an
#        unpunctuated number before a question with its answer inline, received dates
#        in a sentence or under a recording label, an e-mail's "Sent:" date and its
#        subject line's reference
# 0.6.5: the closing run after the last answer (reader address, the letter speaking of
#        itself, contact forms, the signature run) ends it by structure (foi.tail);
#        paired unnumbered Q./A. marks; numbered requests as headings without "?";
#        received dates as the request arriving ("reached us on …"); an answer's second
#        paragraph kept unless it carries evidence of a closing; no leading list glyph
# 0.6.6: set G's classes: decimal labels under numbered subject headings, capital
#        letters and "No. n:" as question labels, a label then a request marker, a
#        request marker numbering its question, one two-row table per question, two
#        labels taking turns as a marker pair, bulleted questions with answers beneath,
#        HTML <ol> numbers, references in a subject heading or with a joined prefix
# 0.6.7: set H's classes: a question table's number column keeps its label, numbers hung
#        in a borderless table's margin, accordion panels, per-question form fields,
#        spelled-out label numbers, requests quoted whole without labels, an e-mail
#        reply whose questions are in the quoted request, "Answered:" as the response date
# 0.6.8: an answer marker carrying its question's number ("Answer 2:", "Response no.
#        3 –") answers that question, and the number is no part of the answer
# 0.6.9: set I's styles: "#2" / "No. 4" labels, questions enumerated in one sentence,
#        ">"-quoted e-mails with answers between, a field table of reference and
#        dates at the top, FAQ pages, <ol> questions with <blockquote> answers,
#        footnote markers and notes, a contact line in the signature
# 0.7.0: set J's styles: "Q.1" / "Request 2 of 5" / "[3]" labels and answers after an
#        arrow or "Ans:", dotted leaders, an exemptions table or list of its own, a
#        line naming itself a part over numbers begun afresh; extraction carries a
#        block's colour and HTML class (answers told apart by look), two PDF columns
#        at different heights read column by column, a borderless margin column
#        rebuilt as a table, "#" inside a reference
# 0.7.1: dates by form and position (a received date in "On <date> (<ISO>) you asked",
#        a label over its date, a "|" / "·" strip, ISO with a time, day first unless
#        impossible, a period never the request date); unnumbered questions in a face
#        of their own over plain answers; set K's styles: a layout-table letter with a
#        contact sidebar, answers broken down under recurring sub-headings, items
#        answered in one table row, FOIA citations as a grammar ("section 43,
#        subsection (2)", another Act's refused), colon-joined and "please quote"
#        references, "Part N:" labels, section 16 advice ends the answers, hard-wrapped
#        scanned text rejoined and its broken words mended
#        (and answers in a font family of their own; a weekday before a numeric date)
# 0.7.2: sets M and L's styles: number glyphs (①, ❶, ⑴) as labels by their numeric
#        value, a numbered contents list answered in titled sections, a table of short
#        codes beside question-and-answer cells, numbering regrouped out of order under
#        group headings, department credit lines dropped, underline a face (DOCX,
#        HTML, PDF rules), answers under "Response to question N" leads after the
#        list, nested parts 1 -> (a) -> (i) composing their labels, numbered points
#        before the questions no questions, internal review decisions, enclosure lists
#        ending the answers, more date and reference forms; broken words mended only in
#        hard-wrapped letters; a range cut short gives its start as the first date
# 0.7.3: imperative requests ask, labelled earlier dates are not the letter's, lead-ins
#        in the letter's own voice are no credits, answer leads in any order, nested
#        numbering by the order its kinds appear; sets N, O and P's styles: questions
#        across a table's header row, answer tables keyed by number (and two tables
#        keyed alike), summary tables, tick-box lines, mirrored Q/R labels, capitals a
#        face, run-in answers after a dash, repeated status lines between question and
#        answer, "[A]" labels and answer glyphs, numbered questions answered by lettered
#        paragraphs in order, table captions printed as paragraphs, bilingual labels,
#        request/response term pairs, letters numbered paragraph by paragraph, banded
#        tables, typed lists inside answers, page furniture printed as text, public
#        interest tests; more date forms (thanked and replying requesters, Welsh months)
# 0.7.4: sets Q, R and S's styles: questions as one bulleted list answered by a second
#        as long, "[Label: …]" answers closing their question's paragraph, closed-answer
#        columns (Yes/No beside free text) one answer with their detail, a heading after
#        the last answer a section of its own, impersonal closing sentences, numbered
#        subject headings over marker pairs, a paragraph's bold stretch (extraction
#        keeps it) a question run in before its answer, tables divided by merged theme
#        rows, "(continued)" label headings, annexes after the signature; sets S and
#        T's: answers finding their question by number (quoted heads, tags, decimal
#        children, summary lines, point leads), answer bands, responses merged down,
#        whole-request refusals, one-line Date: fields, "N of M" labels standing alone,
#        answers first, answer furniture lines, tables opening answers, prose columns,
#        repeated reply lines
# 0.7.5: set U's styles: label cells taking turns in a headerless table, one grid of
#        figures answering every question a row, a table's merged first row (or
#        caption) asking, unnumbered "name: value" item lines, answers numbered again
#        in the questions' scheme, a bold run judged past its label, the sections a
#        letter cites when no pair is read; set V's: sparse remark columns completing
#        an answer, "Enq. 482 (2023)" references kept whole and the trust's field read
#        past the requester's, a bulleted list running on past a sure labeller, verdicts
#        changing from answer to answer no status field, plain requests over answers in
#        a face of their own; letterhead lines of joined acts ("Signed and sent on …")
#        date the reply; font families without a glued weight; set W's: "1.0"
#        decimal labels, bold topic tags opening a question, figure-per-key lines an
#        answer, a plain paragraph ending a question's bulleted list, a closing note
#        alike in every answer kept in the last; a body's published address kept
# 0.7.6: the one-dimension grid (set Y): upper-case roman numbering, an exemption named
#        in a table row, unnumbered questions taking turns with their answers; the pairs
#        grid (set Z): a numbered answer marker after listed questions a lead, parts
#        under "Q2." labelled "Q2a", a table's stem row in no item, an unmarked table
#        between marked answers the first's, listed answers ending at a section heading;
#        set X's: neither-confirm-nor-deny sections applied ("40(5B)"), a number alone
#        on its line labelling the question beneath, numbering continued from an
#        earlier reply, one request quoted at the end of the opening paragraph, survey
#        codes counted within their section, a line naming the questions a shared reply
#        answers, a reporting line leading in to a quoted extract
# 0.7.7: set AA's styles: answers led in by ordinals ("In answer to your second
#        question:") paired with the questions listed first, a response form's
#        numbered question and answer cells paired by number, a provision quoted with
#        its subsections on lines of their own (the lead's section applied), a web
#        address line ending its answer, the received date the arrival verb governs;
#        a joint lead run into its shared reply, answers labelled again as the
#        questions were keeping the model's closing after them, and units the model
#        cut at its closing read for questions taking turns
# 0.7.8: set AB's styles: a reference label alone over its code (a definition list) one
#        field, a request put as an indirect question ("I would also like to know how
#        many ...") continuing its question, the sign-off and name ending the message
#        quoted in an e-mail reply ending the last answer
# 0.7.9: an EIR adverse-effect exception keeps its paragraph ("12(5)(e)"), as 12(4)'s do
# 0.7.10: set AC's styles: the regulator's case reference ("ICO ref:") no letter's reference,
#         a section still being weighed ("considering whether section 43(2) applies") not applied,
#         a first refusal's section the letter tells was overturned (a decision notice) not applied,
#         the receipt by the trust's team that took the request first ("PALS received your
#         request on …", "contacting the PALS team on …"), an aside before "on <date>", a
#         round-robin's log of received dates (the earliest); a page of messages under
#         "sender – date" headers (a request site's page): the request's and the trust's last
#         message's dates, answers numbered as the questions in a later message; a signature's
#         "for and on behalf of …" line (the closing run above it ends the last answer)
# 0.7.11: set AD's styles: a returned questionnaire's ticked option (and comments) the answer; a
#         reissue's tag on a corrected answer ("Revised answer:", "[Updated]") in no item; an
#         untitled note on the answers' redaction markers in no answer (its section applied); a
#         returned data template ("Ref | Data item | Guidance | Trust response") a row an item; a
#         wrapped line naming a question in lower case ("question 2 contained …") opens no unit
# 0.7.12: set AE's styles: answers after the listed questions tagged with their question's
#         number ("… [Q3]") go to it; a case export's repeated cells are the case's reference and
#         dates; a bundle of letters dated by the one that answers; a part an answer points to by
#         its title, a glossary and a "Not answered:" verdict read; a licence's "v3.0" in a closing
# 0.7.13: set AF's styles: answers run together in one paragraph cut at in-line markers
#         numbered as the questions ("(2) …", "Answer 2: …"); a plain-text e-mail's typed
#         rules under its questions in no answer, a <pre> block's paragraphs parted at blank
#         lines, the code after "ref" closing the Subject: line the reference; the quoted
#         e-mail's rows that ask nothing (greeting, context, sign-off) no items; a request
#         form's numbered questions in its field table's cell, its submission reference the
#         letter's only where it prints none; a template's bracketed drafting notes in no
#         answer; a section's condition ("by virtue of section 40(3A)(a)") no exemption
# 0.7.14: a case log's "Date closed" / "Closed date" / "Date completed" is the response date
# 0.7.15: set AG's FOI styles (learned after first sight): a table typed in fixed-width
#         text (a rule of dashes under its heads, or a '+---+' grid) read as a table from
#         HTML <pre>, DOCX, PDF fixed-pitch lines and plain text; a closing opening on
#         passive re-use terms about what the reply supplies, a "Please quote <ref> if
#         you …" line and a '|'-parted page footer are the closing; a citation kept as
#         deep as printed ("36(2)(b)(ii)"), one section's listed parts at any level;
#         a ruled PDF table's cell merged down across rows keeps the words printed in a
#         lower row's band (centred in the merged height), in the row it starts in; question cards two or three to a row in a bordered table read card
#         by card, row by row; a response form's table of titles and values read with its own
#         field rows around the turns; a DOCX first-page header's text boxes read as the
#         page's top lines; a web page's form of filled-in fields read as the record it
#         shows; a DOCX cell's paragraphs in custom XML read
# 0.7.16: a web page wrapped whole in one <form> (ASP.NET sites) is read as its content,
#         not dropped with the forms inside pages
# 0.7.17: set AH's FOI styles (learned after second sight): the day a request arrived
#         named without its year ("your e-mail of 3 May") dated in the reply's year
# 0.7.18: a numbered question reported in the letter's words ("1. You asked how many
#         …", "2) You wanted to know whether …") is what was asked, without the lead,
#         ending with the reported sentence; the answer run on after it is the answer's
# 0.7.19: the answers after the listed questions, in another order, each pointing to
#         its question by a phrase quoted from it ('On “…”: …'), cut at the pointers and
#         given to the questions they quote
# 0.7.20: a question of several parts answered part by part, each part quoted again
#         before its reply: the answer is the replies, without the parts quoted again
# 0.7.21: an answer's sentence whose subject is an earlier question ("Question 2 covers
#         …", "Q1 includes …") is no new question; a wrapped line opening "(6), …" no label
# 0.7.22: set AI's FOI styles: a table whose number cell is merged down over each
#         question's two rows (question row, answer row under label cells) read pair by pair
# 0.7.23: a small form per question titled by its number across the top ("Request 3",
#         "Q3", "Enquiry 3"): the title is the question's label
# 0.7.24: an answer opening "On 1 December 2023, …" under 'Q1' keeps 'On 1': a reply label
#         mirroring the question's is in its case and no day of a date
# 0.7.25: a PDF's label or list glyph hung in the margin off its text's baseline read
#         with its text ('Q1', 'A:', '•', '◦'); a line filling the measure with no stop
#         wraps on under a loose line spacing; a nested list's '◦' between an answer's
#         items printed as '•' (as DOCX and HTML give it)
# 0.7.26: a reply's bullet nested under a bulleted question is no closing, though it
#         addresses the reader ("you can find it …"): neither the closing run nor the
#         labeller's stop begins inside the answer's own list before the rules' closing
# 0.7.27: a PDF line wraps on under loose spacing only where the next line's first word
#         would not have fitted before the right margin (one-line fields stay apart)
# 0.7.28: under a loose line spacing, a line opening as its paragraph's first did with
#         another number ("Chart 2 - …" after "Chart 1 - …") is the next item, never the
#         paragraph wrapped on (0.7.25's wrap-on joined two PDF captions)
CORE_VERSION = "0.7.28"
# the WRES tables, template, narrative and validation rules
# wres-9: one context for lines and prose; indicators as columns turned round, "(2023:
# x)" bracketed years, a figure above its description, label and value on two lines,
# headings naming a group, a line's label its band, a table of rows all "Indicator N",
# "reported by N%" not a change, the workforce's share beside the board's, bands as a
# profile table's columns, one table's two values for one key not published, indicator 9
# group rows
# wres-10: an infographic's figure read with the caption below it (not as the value of
# the label line above), last year's figure in brackets taking its clause's group, a
# staff survey heading dating the survey figures below it (and a bare bracketed year),
# an indicator heading's own date, a comparator's term and value both dropped, "as
# likely" not a comparison
# wres-11: footnote marks after figures dropped, a summary table's group columns dated
# by the heading above, an action plan's baseline column read, "the 2023 survey" a
# survey year, a date after "X% of our workforce" X's, one staff group's Total row,
# the workforce's share under the board's heading indicator 9's
# wres-12: a summary table row naming its own year dates its figures (a long table)
# wres-13: "1.29:1" ratios read as likelihoods ("1:1.29" counted, not read), snapshot
# dates in figures (31/03/2024, 31.03.2024) as periods, publication dates not; a
# board paper's paragraph numbers and masthead dropped, two groups' figures in one
# cell, a percentage's base its denominator, a group's total row that group's
# wres-14: sub-coded indicators ("WRES 1b", "9b") with a unit column, bands as
# columns under staff group and ethnic group label columns, "x in every 100" as a
# percentage, an infographic's caption opening with its group and last year's
# bracketed figure below it
# wres-15: ISO dates ("2024-03-31") read as snapshot dates, not as a bare year
# wres-16: set I's layouts: one-line group pairs ("White staff: x% / BME staff: y%"),
# the board's percentage-point gap, periods named in a table's caption, a section's
# dated heading for its tables, "<5 (*)" redactions, SVG chart labels and captions
# wres-17: set J's layouts: indicators across the top with a heading merged over White /
# BME columns, only the whole trust's rows of a table beside a directorate breakdown
# (the parts counted, never keyed), an indicator 9 sub-row's own words for whose share,
# "up / down 0.21" beside a figure its change
# wres-18: set K's layouts: a cell of figures joined by arrows read as a series over
# the years its heading names, a table dated once by a merged first row or the report
# title's data year, "England" / "gap" columns comparators, a question heading naming
# its indicator, figures restated for another date taking the previous sentence's
# groups, "x times that of", one named division's sentence counted not keyed; one
# reader of a part of the trust's row for every table reader
# wres-19: sets M and L's layouts: only the document's own trust's column where the
# columns are organisations, "Metric N" the old numbering, indicator 1 rows in other
# words, a ratio placed by the arithmetic of its two likelihoods or two "x of y"
# counts, "down from" last year's level, "WRES 2023" headings dating lines, count
# columns beside "%" columns, comma-separated data blocks read as tables, one-figure-
# a-row tables, ratios listed by indicator, dashboard cards, year-first lines
# wres-20: a card's data year from its title or the report-year heading, the column (or
# row) naming no organisation beside partners' the trust's own, indicator 9's shares
# and difference told apart; sets N, O and P's layouts: sub-groups beside a group's
# total, proportions as decimals, confidence intervals, "(W:BME)" pairs and "I3" codes,
# a table's key applied to its heads, tables per part of the workforce never the
# indicators, "FY24" years, roman-numbered indicators; a metric table's key given two
# different figures publishes neither
# wres-21: sets Q, R and S's layouts: a key numbering short titles, a comparator column
# whose heading repeats the trust's and adds to it, relative-year heads dated by the
# sentence above, target columns never figures, "Ind. 1" heads settled by a key, rows
# per period and group turned round, "value (period)" entries; chart series lines,
# cells holding a line a year, cards with the caption under the figure, PDF grids of
# three or more columns, narrative clauses (a ratio's pair of groups, a clause's
# closing date, restated clauses, a closing bare list in the order of its groups),
# text bar charts, period section rows, short years "23/24" in two-level heads,
# stacked cells split by their key; set T's: indicators as column groups of years, slides
# with a comparison line, "Indicator N: … (period)" lines, a table per group named by the
# line above it, "White to BME" ratio pairs
# wres-22: set U's layouts: a numbered first column agreeing with its words the
# indicators' numbering, dashes outside a row's own columns blanks, commentary tables
# read as prose, indicator lines dated by a source heading (a snapshot, a staff survey),
# an actions heading dating the year before; set V's: a ratio row's "White relative to
# BME" cell its numerator, "short name (N): x%, was y%" lines, charts as captions and
# legend lines, a list dated "a year earlier", parallel clauses taking the first's
# dates; summary tables divided by rows naming an indicator, an indicator 9 row naming
# no board the voting board's, target columns and target-year rows never figures, one
# century rule for two-digit years ("99/00" is 1999/00), hedged figures ("around 27%")
# counted for review, never published; set W's: labels packing indicator, group and
# year, "x (y)" cells under "<group> <year> (<year>)" heads, "N. words" headings naming
# indicator N, phrases defined as a year ("'this year' means 2023/24"), "Indicator Four"
# headings, group lines of dated figures under an indicator heading, paragraphs of
# "Indicator N – figures" dated by the line above
# wres-23: the one-dimension grid (set Y) and the pairs grid (set Z): short year ranges
# beside a group in a one-level head ("BME 23/24"), "per cent" written out, indicators as
# columns with group-and-year rows, a withheld or shared column costing only its cell,
# "Ind. 3", indicator 9 lines under a heading naming the board's part, headings naming
# an indicator by its description only, "WRES 2024" dating label lines, words a narrow
# PDF column broke rejoined by the standard's vocabulary, a withheld line not ending its
# heading's reach; set X's: "by ethnic group" rows the whole workforce's, an indicator 9
# heading's board for the sentences under it, an action plan's column of sentences read
# as the indicator's text, a report in a section a year dating its indicator headings
# wres-24: set AA's layouts: an indicator named in a merged first row of its table (the
# caption), a two-level head (year over groups) above a "No." column, a ratio in the
# whole-trust column beside dashes, "respectively" across sentences and listed years,
# rows of another standard (WDES) left out, "<group>: <whose figure>" row labels
# wres-25: the grid keyer: a table no shape reader reads, and the cells the shape
# readers leave, keyed by the labels framing each figure; set AB's layouts
# wres-26: the keyer as a second reading: a figure a shape reader and the keyer key to
# another indicator, group or period (its value printed once in the table) is withdrawn
# for review; "WRES 2024" above a table dates its survey rows 2023/24; a staff row beside
# the board's rows is the workforce's; a group's staff spread over the bands (columns
# adding to 100% down the bands) withdrawn for review, not read as indicator 1; a
# lead-in naming staff survey years only dates the bare years below as the surveys'
# wres-27: set AC/AD's layouts (learned after first sight): a responsive table's heads
# repeated in its cells, an indicator number on the first of each indicator's rows, a
# value printed in more cells than published, a figure with its change in the cell
# ("28.7% ▼ 1.5") under a year head with a remark in brackets, ARIA <div> tables, a
# group's respondents named before its bracketed percentage ("BME staff who responded (31.0%)")
# and a sentence dated only by last year's figure in brackets is the year after it
# wres-28: a grouped band is kept as printed ("Bands 1-4"), compared in one spelling
# wres-29: a sentence joining two indicators read clause by clause (each clause's own words,
# or "and x% and y% from colleagues" the source of the harassment said once, taking the
# first clause's groups in turn); last year's pair in one bracket ("(2022: x% and y%)") the
# groups in the order the sentence named them, its bare year the survey of the year before
# wres-30: set AE's layouts (learned after first sight): a significance mark after a figure
# ("1.36 (sig.)") no part of it; a table folded into parts side by side read as that many
# tables; a table holding a small table in each results cell read row by row; a bare list
# in the groups the previous sentence named, marked as the trust's ("Here we recorded a%
# and b%"); "we stood at 1.52" the ratio indicator's level
# wres-31: set AF's layouts (learned after first sight): a figure's staff group is the one
# its own ';' part names; a dot-leader line ("BME staff ...... 28.3%") is a label/value
# line; lines of fields at tab stops under a head line of the same shape are a table
# wres-32: set AG's layouts (learned after first sight): a report captioning each table
# beneath it has each caption read as its own table's (parsers/wres/captions_beneath.py);
# a year joined by an en or em dash, or "2024 to 2025", is read as one with a hyphen in
# headings and sentences too (parsers/wres/year_spans.py); a column numbering the
# indicators may repeat a number on each group's row; a comparison after a comma
# (", compared with ...") a clause of its own, dated by its own time; "x% of <a body>
# were <group>" the group's share; a line naming one group gives it to the year lines
# under it (a nested list's middle level); a PDF cell merged down read whole (CORE 0.7.15)
# wres-33: set AH's layouts (learned after first sight): a line labelled by a time alone
# ("2022 survey: x% BME, y% White.", "2022/23: 1.44.") restates the paragraph above for
# that time (parsers/wres/dated_continuation.py); a bracket of figures a PDF wrapped onto
# its own line joins its sentence; "a growing share of ... (x%)" a level, not a change
# wres-34: last year's figure in brackets after a figure's own group and survey ("x% of
# BME staff in the 2023 survey (2022: y%)") takes its group; "x% of shortlisted White
# applicants" the group's rate; a level moving "to y from x", and a pair with no times
# beside one with two, dated from earlier to later; "our workforce (x% BME)" in the
# board's section the workforce's share ("overall"), not the board's
# wres-35: a year-on-year commentary: "rose by 1.4 points, to y, from x" (the level after
# the change's size), a group spelt out then abbreviated in brackets named once; a level
# moving "from x to y" in a sentence naming no time moves over the year (see wres-36); a figure that
# did not move ("unchanged at 1.04", "the same as last year, 24.8%") both years' level
# wres-36: a "from x to y" pair in a sentence naming no time is dated only by the two
# years the sentence before it in the paragraph named (set M's lone pair not guessed)
# wres-37: a Word layout table (borderless; a cell holding a table, or one row of
# paragraph cells with prose) read as the page it sets out: cells flow, nested tables
# wres-38: ruled tables side by side in a PDF (tiles) each captioned by the title lines
# above it, cut where the tables stand (no longer one line glued across the row)
# wres-39: a framed or shaded box of figures beside a PDF page's prose read whole as a
# region of its own (not glued line by line to the prose); a bare figure in large type
# ('1.31') no heading
# wres-40: a label naming only "board members" under an indicator 9 heading that says
# which members ("Voting membership of the board") takes the heading's board
# wres-41: a sentence of only a time and a bare list of figures ("The 2022 survey gave
# x% and y%.") takes, in order, the groups the sentence before named, one per figure
# wres-42: a side-by-side table's title kept as a text block read just before its table
# (title, table, title, table), not as a caption, so the page's text keeps it
WRES_VERSION = "wres-42"

PARSER_VERSION = f"{CORE_VERSION}+{WRES_VERSION}"
