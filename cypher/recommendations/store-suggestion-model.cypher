// The precompute's model (scripts/lib/ranker/train.ts) on the one :SuggestionModel node: what serves, the
// ranker's weights and features, its held-out evaluation (JSON text: a list of maps is no property) and when.
// A single node, MERGE by its name.
MERGE (m:SuggestionModel {name: 'suggestions'})
SET m.method = $model.method,
    m.features = $model.features,
    m.weights = $model.weights,
    m.bias = $model.bias,
    m.means = $model.means,
    m.stds = $model.stds,
    m.evaluation = $evaluation,
    m.heldOutBy = $model.heldOutBy,
    m.heldOutShare = $model.heldOutShare,
    m.trainUsers = $model.trainUsers,
    m.evalUsers = $model.evalUsers,
    m.trainRows = $model.trainRows,
    m.trainedAt = datetime($model.trainedAt)
RETURN m.method AS method
