/**
 * The department's record registry (kho học bạ số của Sở): what schools submit their issued records to, what
 * locks at close-off and what anyone can verify afterwards.
 * <p>
 * Foundations that work without Spring or a database, usable by an offline verification command: the
 * transparency log's Merkle tree with inclusion and consistency proofs (RFC 9162 §2.1), the department's signed
 * checkpoints of that tree, the national transaction content codec (gzip with a little-endian length prefix, in
 * Base64), the JSON envelope of the national transaction interface (CV 2088 Annex 1 §II.2), the envelope's
 * signature ({@link vn.edu.hocbaso.registry.TransactionSignature}) and the record list cut into each record's
 * bytes as received ({@link vn.edu.hocbaso.registry.RecordList}).
 * <p>
 * The intake ({@link vn.edu.hocbaso.registry.RegistryIntake}, {@code POST /registry/transactions}): verifies a
 * submission and each of its records, stores the accepted ones exactly as received in {@code registry_record}
 * (V70; a trigger refuses changes to locked rows) and answers per record, idempotent by message id. Every
 * transaction type enters through {@link vn.edu.hocbaso.registry.RegistryTransactions}: replacements (type 1),
 * queries (2, 6), withdrawals and revocation requests (5, {@link vn.edu.hocbaso.registry.RegistryRevocations},
 * V75), the department's decision publishing {@link vn.edu.hocbaso.registry.RevocationDecided}. The department's
 * pages under {@code /registry}.
 * <p>
 * Depends on signing (record verification), record (the secure XML parser), schoolyear (the current year) and
 * organisation and security (read through {@code RegistryLookups} and the access scope); workflow calls
 * {@link vn.edu.hocbaso.registry.TransparencyLog#lock} at close-off.
 */
package vn.edu.hocbaso.registry;
