// The reader view's @mutes when a is the same user on every row and aMutes its ties read once by
// @mute-lists(a): per row the seek of @mutes-direct only when a has a MUTES edge at all, and a seek of
// list_members_pair_unique for a's few mute lists only when it has any (one CASE, as @blocked-with). PROFILE
// (friends of friends, bench S, 266 ranked candidates checked): 1,064 db hits of MUTES and MUTES_LIST seeks
// (the planner split the expiry test into a Union of two seeks) -> none for a user without mutes.
// params: a, b, aMutes
CASE
  WHEN CASE WHEN <<aMutes>>.mutes = 0 THEN false ELSE @mutes-direct(<<a>>.id, <<b>>.id) END THEN true
  WHEN <<a>> = <<b>> OR size(<<aMutes>>.lists) = 0 THEN false
  ELSE EXISTS { MATCH ()-[rvEdge:HAS_MEMBER]->() WHERE rvEdge.list IN <<aMutes>>.lists AND rvEdge.member = <<b>>.id }
END
