package vn.edu.hocbaso.registry;

import java.util.Arrays;

/**
 * Leaf hashes packed in one growing array (32 bytes each, 32 MB per million leaves): the in-memory copy of
 * {@code registry_log_leaf} that the transparency log's {@link MerkleTree} reads. Not safe for concurrent use.
 */
final class GrowingLeafHashes implements LeafHashes {

	private byte[] packed = new byte[MerkleProofs.HASH_BYTES * 1024];

	private long size;

	@Override
	public byte[] get(long index) {
		if (index < 0 || index >= size) {
			throw new IndexOutOfBoundsException("no leaf " + index + " of " + size);
		}
		int from = Math.toIntExact(index * MerkleProofs.HASH_BYTES);
		return Arrays.copyOfRange(packed, from, from + MerkleProofs.HASH_BYTES);
	}

	@Override
	public long size() {
		return size;
	}

	void add(byte[] hash) {
		if (hash.length != MerkleProofs.HASH_BYTES) {
			throw new IllegalArgumentException("a leaf hash has 32 bytes, not " + hash.length);
		}
		int at = Math.toIntExact(size * MerkleProofs.HASH_BYTES);
		if (at + hash.length > packed.length) {
			packed = Arrays.copyOf(packed, Math.toIntExact(Math.min(Integer.MAX_VALUE - 8, 2L * packed.length)));
		}
		System.arraycopy(hash, 0, packed, at, hash.length);
		size++;
	}

}
