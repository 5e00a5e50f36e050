// The reader view's block relation, enumerated (@blocked tests one pair): the users o in a block relation with
// u, as the arms of a UNION inside the caller's CALL (u) { ... } (each user once): u's BLOCKS edges either
// way (its degree), then @list-block-partners. Never u itself.
// params: u, o
MATCH (<<u>>)-[:BLOCKS]-(<<o>>:User) WHERE <<o>> <> <<u>> RETURN <<o>>
    UNION
    @list-block-partners(<<u>>, <<o>>)
