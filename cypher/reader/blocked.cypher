// The reader view, 1 of 4: whether users a and b (both bound) stand in a block relation: a BLOCKS either way,
// or a list block either way (one subscribes to a block list that holds the other, API.md "Lists and
// moderation lists"; never oneself). Such a pair's follows are hidden and neither is shown to the other.
// Every test is an index seek, whatever either user's degree or a list's size: BLOCKS a seek of
// blocks_pair_unique either way (@blocks-either); a list block a seek of list_blocks_pair_unique on the
// subscriber (none for most users), then, per list it subscribes to, a seek of list_members_pair_unique
// (@list-blocks). PROFILE (test/plans/dense-node.test.ts, a page of 100 followers): about 4 db hits a row for
// a pair in no block relation. For a user fixed across rows, @blocked-with skips what its ties rule out.
// params: a, b
(@blocks-either(<<a>>.id, <<b>>.id)
  OR @list-blocks(<<a>>.id, <<b>>.id)
  OR @list-blocks(<<b>>.id, <<a>>.id))
