package vn.edu.hocbaso.registry;

import java.util.List;

/**
 * The leaf hashes of the transparency log in log order, read by position: one leaf hash per locked record
 * version, each 32 bytes ({@link MerkleProofs#leafHash(byte[])} of the leaf's content). The log is append-only:
 * a later {@link #size()} is never smaller and the leaf at a position never changes.
 */
public interface LeafHashes {

	/** The leaf hash at {@code index}, 0-based, 32 bytes. */
	byte[] get(long index);

	/** The number of leaves now. */
	long size();

	/** The leaf hashes of a list, read live: appending to the list appends to the log. */
	static LeafHashes of(List<byte[]> hashes) {
		return new LeafHashes() {

			@Override
			public byte[] get(long index) {
				return hashes.get(Math.toIntExact(index));
			}

			@Override
			public long size() {
				return hashes.size();
			}

		};
	}

	/**
	 * The leaf hashes packed one after the other in one array (32 bytes each): a million leaves take 32 MB
	 * instead of a million small arrays.
	 */
	static LeafHashes packed(byte[] concatenated) {
		if (concatenated.length % MerkleProofs.HASH_BYTES != 0) {
			throw new IllegalArgumentException("not a whole number of 32-byte hashes: " + concatenated.length);
		}
		byte[] copy = concatenated.clone();
		return new LeafHashes() {

			@Override
			public byte[] get(long index) {
				int from = Math.toIntExact(index * MerkleProofs.HASH_BYTES);
				byte[] hash = new byte[MerkleProofs.HASH_BYTES];
				System.arraycopy(copy, from, hash, 0, hash.length);
				return hash;
			}

			@Override
			public long size() {
				return copy.length / MerkleProofs.HASH_BYTES;
			}

		};
	}

}
