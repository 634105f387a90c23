-- The audit page filters the log by person and by action, newest first.
CREATE INDEX audit_log_by_action ON audit_log (action, id);
CREATE INDEX audit_log_by_coordinator ON audit_log (coordinator_id, id);
