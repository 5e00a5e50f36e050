// Test fixture: $count users ($prefix-1 .. $prefix-$count) with a long name, in one statement (stream tests
// need an export larger than the socket buffers). Answers how many.
UNWIND range(1, $count) AS n
CREATE (:User {id: $prefix + '-' + n, username: $prefix + '_' + n, usernameLower: toLower($prefix + '_' + n),
               name: $name, private: false, createdAt: datetime({epochMillis: timestamp()})})
RETURN count(*) AS created
