// Whether a user exists: one seek of the user_id_unique index (asked when a list page came back empty).
RETURN EXISTS { MATCH (:User {id: $id}) } AS found
