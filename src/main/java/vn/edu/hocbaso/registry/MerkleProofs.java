package vn.edu.hocbaso.registry;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * The hashing of RFC 9162 §2.1 (SHA-256, leaf hash {@code H(0x00 || leaf)}, node hash
 * {@code H(0x01 || left || right)}, empty tree {@code H("")}) and the verification of its proofs: inclusion of a
 * leaf (§2.1.3.2) and consistency of two tree sizes (§2.1.4.2). Static and free of Spring, so that an offline
 * command can check a record's proof against a signed {@link Checkpoint} with nothing but the JDK.
 * <p>
 * Every verification answers {@code false} for anything that does not prove the claim: a wrong hash, a wrong
 * index or size, a proof element that is not 32 bytes, a proof too long or too short.
 */
public final class MerkleProofs {

	/** Length of a SHA-256 hash, and so of every leaf hash, node hash, root and proof element. */
	public static final int HASH_BYTES = 32;

	private static final byte LEAF_PREFIX = 0x00;

	private static final byte NODE_PREFIX = 0x01;

	private MerkleProofs() {
	}

	/** The leaf hash of a leaf's content: {@code SHA-256(0x00 || content)}. */
	public static byte[] leafHash(byte[] content) {
		MessageDigest digest = sha256();
		digest.update(LEAF_PREFIX);
		return digest.digest(content);
	}

	/** The root of the empty tree: {@code SHA-256("")}. */
	public static byte[] emptyRoot() {
		return sha256().digest();
	}

	/** The hash of an inner node: {@code SHA-256(0x01 || left || right)}. */
	public static byte[] nodeHash(byte[] left, byte[] right) {
		return nodeHash(sha256(), left, right);
	}

	static byte[] nodeHash(MessageDigest digest, byte[] left, byte[] right) {
		digest.update(NODE_PREFIX);
		digest.update(left);
		return digest.digest(right);
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java platform has SHA-256", e);
		}
	}

	/** The size of the left subtree of a tree of {@code size} leaves: the largest power of two below it. */
	static long split(long size) {
		return Long.highestOneBit(size - 1);
	}

	/**
	 * Whether {@code proof} proves that the leaf with hash {@code leafHash} is at {@code index} in the tree of
	 * {@code size} leaves whose root is {@code root} (RFC 9162 §2.1.3.2).
	 */
	public static boolean verifyInclusion(byte[] leafHash, long index, long size, List<byte[]> proof, byte[] root) {
		if (index < 0 || index >= size || !isHash(leafHash) || !isHash(root) || !allHashes(proof)) {
			return false;
		}
		MessageDigest digest = sha256();
		long fn = index;
		long sn = size - 1;
		byte[] r = leafHash;

		for (byte[] p : proof) {
			if (sn == 0) {
				return false;
			}
			if (isOdd(fn) || fn == sn) {
				r = nodeHash(digest, p, r);
				// Skip the levels where this node is the right edge's only child, so has no sibling.
				while (!isOdd(fn) && fn != 0) {
					fn >>>= 1;
					sn >>>= 1;
				}
			}
			else {
				r = nodeHash(digest, r, p);
			}
			fn >>>= 1;
			sn >>>= 1;
		}

		return sn == 0 && MessageDigest.isEqual(r, root);
	}

	/**
	 * Whether {@code proof} proves that the tree of {@code firstSize} leaves with root {@code firstRoot} is a
	 * prefix of the tree of {@code secondSize} leaves with root {@code secondRoot} (RFC 9162 §2.1.4.2). The RFC
	 * defines proofs for {@code 0 < first < second}; for equal sizes the proof must be empty and the roots
	 * equal, and the empty tree (size 0, root {@link #emptyRoot()}) is a prefix of every tree, with an empty
	 * proof.
	 */
	public static boolean verifyConsistency(long firstSize, long secondSize, List<byte[]> proof, byte[] firstRoot,
			byte[] secondRoot) {
		if (firstSize < 0 || firstSize > secondSize || !isHash(firstRoot) || !isHash(secondRoot)
				|| !allHashes(proof)) {
			return false;
		}
		if (firstSize == secondSize) {
			return proof.isEmpty() && MessageDigest.isEqual(firstRoot, secondRoot);
		}
		if (firstSize == 0) {
			return proof.isEmpty() && MessageDigest.isEqual(firstRoot, emptyRoot());
		}
		if (proof.isEmpty()) {
			return false;
		}
		return verifyConsistentPath(firstSize, secondSize, path(firstSize, proof, firstRoot), firstRoot,
				secondRoot);
	}

	private static List<byte[]> path(long firstSize, List<byte[]> proof, byte[] firstRoot) {
		List<byte[]> path = new ArrayList<>(proof.size() + 1);
		// A first tree that is a complete subtree of the second is itself a node of it, so the proof omits it.
		if (Long.bitCount(firstSize) == 1) {
			path.add(firstRoot);
		}
		path.addAll(proof);
		return path;
	}

	private static boolean verifyConsistentPath(long firstSize, long secondSize, List<byte[]> path,
			byte[] firstRoot, byte[] secondRoot) {
		MessageDigest digest = sha256();
		long fn = firstSize - 1;
		long sn = secondSize - 1;
		while (isOdd(fn)) {
			fn >>>= 1;
			sn >>>= 1;
		}
		byte[] fr = path.get(0);
		byte[] sr = path.get(0);

		for (byte[] c : path.subList(1, path.size())) {
			if (sn == 0) {
				return false;
			}
			if (isOdd(fn) || fn == sn) {
				fr = nodeHash(digest, c, fr);
				sr = nodeHash(digest, c, sr);
				while (!isOdd(fn) && fn != 0) {
					fn >>>= 1;
					sn >>>= 1;
				}
			}
			else {
				sr = nodeHash(digest, sr, c);
			}
			fn >>>= 1;
			sn >>>= 1;
		}

		return MessageDigest.isEqual(fr, firstRoot) && MessageDigest.isEqual(sr, secondRoot) && sn == 0;
	}

	private static boolean isOdd(long n) {
		return (n & 1) == 1;
	}

	private static boolean isHash(byte[] hash) {
		return hash != null && hash.length == HASH_BYTES;
	}

	private static boolean allHashes(List<byte[]> proof) {
		return proof != null && proof.stream().allMatch(MerkleProofs::isHash);
	}

}
