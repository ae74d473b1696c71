package vn.edu.hocbaso.registry;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The transparency log's Merkle tree over its leaf hashes (RFC 9162 §2.1): the root of the first {@code n}
 * leaves (§2.1.1), the inclusion proof of a leaf (§2.1.3.1) and the consistency proof between two sizes
 * (§2.1.4.1), each by the RFC's recursive definition over a {@link LeafHashes} accessor. Verify with
 * {@link MerkleProofs}.
 * <p>
 * <b>Cost.</b> The plain recursion re-hashes every subtree it meets, so one proof of a tree of a million leaves
 * costs about a million hashes. Because the log is append-only, a complete subtree of {@code 2^h} leaves
 * starting at a multiple of {@code 2^h} never changes once its leaves exist, and every left child in the RFC's
 * recursion is such a subtree. This tree therefore remembers the hashes of all complete aligned subtrees of at
 * least {@code 2^cachedHeight} leaves (computed once, in one pass, when first needed, and extended when leaves
 * are appended): a root or proof then costs {@code O(2^cachedHeight * log n)} hashes and reads no more than
 * that many leaves. The memory is about {@code 2 * n / 2^cachedHeight} hashes: with the default height 6 and a
 * million leaves about 31,000 hashes (roughly 2 MB with array overhead). A larger height saves memory and costs
 * more hashing per proof; height 1 caches every inner node. The leaf hashes themselves stay with the accessor
 * (the registry's table, or a {@link LeafHashes#packed(byte[])} copy of it: 32 MB per million leaves).
 * <p>
 * An instance is not safe for concurrent use; keep one per thread or guard it.
 */
public final class MerkleTree {

	/** Complete subtrees of at least 64 leaves are remembered unless told otherwise. */
	public static final int DEFAULT_CACHED_HEIGHT = 6;

	private final LeafHashes leaves;

	private final int cachedHeight;

	private final long chunk;

	/** Level {@code i} holds the hashes of the complete aligned subtrees of {@code 2^(cachedHeight + i)}. */
	private final List<List<byte[]>> levels = new ArrayList<>();

	/** How many leaves, from the start, the cache covers: a multiple of {@link #chunk}. */
	private long covered;

	private final MessageDigest digest = MerkleProofs.sha256();

	private MerkleTree(LeafHashes leaves, int cachedHeight) {
		if (cachedHeight < 1 || cachedHeight > 30) {
			throw new IllegalArgumentException("cached height must be 1..30: " + cachedHeight);
		}
		this.leaves = leaves;
		this.cachedHeight = cachedHeight;
		this.chunk = 1L << cachedHeight;
	}

	/** A tree over the leaf hashes, remembering subtrees of {@value #DEFAULT_CACHED_HEIGHT} levels and more. */
	public static MerkleTree over(LeafHashes leaves) {
		return new MerkleTree(leaves, DEFAULT_CACHED_HEIGHT);
	}

	/** A tree over the leaf hashes, remembering complete subtrees of {@code 2^cachedHeight} leaves and more. */
	public static MerkleTree over(LeafHashes leaves, int cachedHeight) {
		return new MerkleTree(leaves, cachedHeight);
	}

	/** The number of leaves now. */
	public long size() {
		return leaves.size();
	}

	/** The root of the whole tree now. */
	public byte[] root() {
		return root(size());
	}

	/** The root of the tree of the first {@code size} leaves (Merkle Tree Hash, RFC 9162 §2.1.1). */
	public byte[] root(long size) {
		checkSize(size);
		if (size == 0) {
			return MerkleProofs.emptyRoot();
		}
		return hash(0, size);
	}

	/**
	 * The inclusion proof (audit path) of the leaf at {@code index} in the tree of the first {@code size}
	 * leaves (RFC 9162 §2.1.3.1), from the leaf's sibling up to the root's child.
	 */
	public List<byte[]> inclusionProof(long index, long size) {
		checkSize(size);
		if (index < 0 || index >= size) {
			throw new IllegalArgumentException("no leaf " + index + " in a tree of " + size);
		}
		List<byte[]> proof = new ArrayList<>();
		path(index, 0, size, proof);
		return Collections.unmodifiableList(proof);
	}

	/**
	 * The consistency proof that the tree of the first {@code firstSize} leaves is a prefix of the tree of the
	 * first {@code secondSize} (RFC 9162 §2.1.4.1); empty when the sizes are equal or the first is empty.
	 */
	public List<byte[]> consistencyProof(long firstSize, long secondSize) {
		checkSize(secondSize);
		if (firstSize < 0 || firstSize > secondSize) {
			throw new IllegalArgumentException("no consistency from " + firstSize + " to " + secondSize);
		}
		List<byte[]> proof = new ArrayList<>();
		if (firstSize > 0 && firstSize < secondSize) {
			subproof(firstSize, 0, secondSize, true, proof);
		}
		return Collections.unmodifiableList(proof);
	}

	private void checkSize(long size) {
		long available = leaves.size();
		if (size < 0 || size > available) {
			throw new IllegalArgumentException("tree size " + size + " outside 0.." + available);
		}
		if (available < covered) {
			throw new IllegalStateException("the log shrank from " + covered + " to " + available + " leaves");
		}
		extendCache(available);
	}

	/** PATH(m, D[start:end]) with m relative to start. */
	private void path(long m, long start, long end, List<byte[]> proof) {
		long size = end - start;
		if (size == 1) {
			return;
		}
		long k = MerkleProofs.split(size);
		if (m < k) {
			path(m, start, start + k, proof);
			proof.add(hash(start + k, end));
		}
		else {
			path(m - k, start + k, end, proof);
			proof.add(hash(start, start + k));
		}
	}

	/** SUBPROOF(m, D[start:end], complete) with m relative to start. */
	private void subproof(long m, long start, long end, boolean complete, List<byte[]> proof) {
		long size = end - start;
		if (m == size) {
			if (!complete) {
				proof.add(hash(start, end));
			}
			return;
		}
		long k = MerkleProofs.split(size);
		if (m <= k) {
			subproof(m, start, start + k, complete, proof);
			proof.add(hash(start + k, end));
		}
		else {
			subproof(m - k, start + k, end, false, proof);
			proof.add(hash(start, start + k));
		}
	}

	/** MTH(D[start:end]) for a non-empty range, from the cache where the range is a remembered subtree. */
	private byte[] hash(long start, long end) {
		long size = end - start;
		if (size == 1) {
			return leaf(start);
		}
		if (isCached(start, size, end)) {
			int level = Long.numberOfTrailingZeros(size) - cachedHeight;
			return levels.get(level).get(Math.toIntExact(start / size));
		}
		long k = MerkleProofs.split(size);
		return MerkleProofs.nodeHash(digest, hash(start, start + k), hash(start + k, end));
	}

	private boolean isCached(long start, long size, long end) {
		return size >= chunk && Long.bitCount(size) == 1 && start % size == 0 && end <= covered;
	}

	private byte[] leaf(long index) {
		byte[] hash = leaves.get(index);
		if (hash == null || hash.length != MerkleProofs.HASH_BYTES) {
			throw new IllegalStateException("leaf " + index + " is not a 32-byte hash");
		}
		return hash;
	}

	/** Remembers the complete chunks appended since the last call, and the subtrees they complete. */
	private void extendCache(long available) {
		while (covered + chunk <= available) {
			byte[] chunkHash = hash(covered, covered + chunk);
			covered += chunk;
			remember(0, chunkHash);
		}
	}

	private void remember(int level, byte[] hash) {
		if (levels.size() == level) {
			levels.add(new ArrayList<>());
		}
		List<byte[]> hashes = levels.get(level);
		hashes.add(hash);
		// Two siblings complete their parent.
		if (hashes.size() % 2 == 0) {
			int size = hashes.size();
			remember(level + 1, MerkleProofs.nodeHash(digest, hashes.get(size - 2), hashes.get(size - 1)));
		}
	}

}
