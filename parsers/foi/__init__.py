"""FOI responses: the blocks of an extracted letter → an `FoiResponse`. The entry point
is `parsers.foi.parse.parse_foi`; the letter model is `blocks` (blocks and their layout
features), `labeller` (the CRF over them) and `boilerplate`; the rules are `units`,
`segment`, `segment_items`, `qa_tables`, `cells`, `patterns` and `vocab`; `metadata`
reads the reference and dates; `classify` finds exemptions, answer kinds and the
outcome (by `classify_patterns`); `thread` reads WhatDoTheyKnow threads.

Nothing is imported here, so that importing one module does not load the others."""
