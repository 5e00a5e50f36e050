// At most one BLOCKS edge per ordered pair, even under concurrent writes: the edge carries both ends' ids
// (from, to) and this constraint refuses a second one. Its index also answers whether the edge from -> to exists, and gives the
// export's (from, to) order.
CREATE CONSTRAINT blocks_pair_unique IF NOT EXISTS
FOR ()-[r:BLOCKS]-() REQUIRE (r.from, r.to) IS UNIQUE
