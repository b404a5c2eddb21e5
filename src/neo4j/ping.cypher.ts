/**
 * The trivial statement that asks whether the database answers at all (readiness, the
 * availability gate's probe): it reads nothing, so its answer time is the connection's.
 */
export const PING_STATEMENT = 'RETURN 1';
