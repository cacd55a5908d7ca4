"""From a Document and its spaCy Doc to the Record: each module builds one kind of fact, and `build`
puts them together. Kept empty so that the name helpers (`extract.facts.names`), which queries use,
import without spaCy."""
