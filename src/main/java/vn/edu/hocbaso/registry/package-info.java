/**
 * The department's record registry (kho học bạ số của Sở): what schools submit their issued records to, what
 * locks at close-off and what anyone can verify afterwards. This module holds the foundations that work without
 * Spring or a database and can be used by an offline verification command: the transparency log's Merkle tree
 * with inclusion and consistency proofs (RFC 9162 §2.1), the department's signed checkpoints of that tree, the
 * national transaction content codec (gzip with a little-endian length prefix, in Base64) and the JSON envelope
 * of the national transaction interface (CV 2088 Annex 1 §II.2). It may depend on signing, record and
 * organisation; nothing depends on it yet.
 */
package vn.edu.hocbaso.registry;
