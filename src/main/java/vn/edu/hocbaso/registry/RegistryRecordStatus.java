package vn.edu.hocbaso.registry;

/**
 * The state of a record version the registry holds (DESIGN.md §5): accepted, withdrawn or superseded by a
 * replacement before close-off, locked at close-off, revoked after lock by the department's approval.
 */
public enum RegistryRecordStatus {

	ACCEPTED, WITHDRAWN, SUPERSEDED, LOCKED, REVOKED

}
