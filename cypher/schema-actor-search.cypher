// Name: schema-actor-search
// Purpose: Full-text index for actor search. `searchText` holds every search term of an actor
//   (name, aliases, id with dashes as spaces) already folded by domain foldText: lower case,
//   accents stripped, punctuation turned into single spaces. Because the text is pre-folded,
//   the 'whitespace' analyzer (split on spaces, nothing else) yields exactly foldText's words,
//   in every script, and queries folded the same way are case- and accent-insensitive.
//   Idempotent.
// Parameters: none
CREATE FULLTEXT INDEX actor_search IF NOT EXISTS
FOR (a:Actor) ON EACH [a.searchText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}}
