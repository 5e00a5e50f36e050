// Whether Graph Data Science is installed: its version. A server without the plugin refuses the statement
// (Neo.ClientError.Procedure.ProcedureNotFound), which src/queries/recommendations.ts reads as "absent".
CALL gds.version() YIELD gdsVersion
RETURN gdsVersion AS version
