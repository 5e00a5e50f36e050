// The :SuggestionModel the precompute stored (store-suggestion-model.cypher), if any; the evaluation as the
// JSON text it was stored as. One node by a label scan (there is one).
MATCH (m:SuggestionModel {name: 'suggestions'})
RETURN m.method AS method, m.features AS features, m.weights AS weights, m.bias AS bias, m.means AS means,
       m.stds AS stds, m.evaluation AS evaluation, m.heldOutBy AS heldOutBy, m.heldOutShare AS heldOutShare,
       m.trainUsers AS trainUsers, m.evalUsers AS evalUsers, m.trainRows AS trainRows,
       toString(m.trainedAt) AS trainedAt
LIMIT 1
