package vn.edu.hocbaso.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/**
 * The Merkle tree against the published Certificate Transparency test vectors, then every proof of every small
 * tree, checked to verify and checked that nothing else does.
 */
class MerkleTreeTests {

	private static final HexFormat HEX = HexFormat.of();

	/**
	 * Leaves and roots published by transparency-dev/merkle ({@code testonly/constants.go}: LeafInputs,
	 * RootHashes), the test tree of RFC 6962's reference implementation; the root at index n is the tree of the
	 * first n leaves.
	 */
	private static final String[] LEAVES = { "", "00", "10", "2021", "3031", "40414243", "5051525354555657",
			"606162636465666768696a6b6c6d6e6f" };

	private static final String[] ROOTS = {
			"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
			"6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
			"fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
			"aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
			"d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
			"4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
			"76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
			"ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
			"5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328" };

	private static final byte[] SOME_HASH = hex("abacaba000000000000000000000000000000000000000000060061e00123456");

	@Test
	void rootsOfTheReferenceTreeAreThePublishedOnes() {
		for (int cachedHeight : new int[] { 1, 2, MerkleTree.DEFAULT_CACHED_HEIGHT }) {
			MerkleTree tree = MerkleTree.over(referenceLeaves(), cachedHeight);

			for (int n = 0; n <= LEAVES.length; n++) {
				assertThat(HEX.formatHex(tree.root(n))).as("size %d, cached height %d", n, cachedHeight)
					.isEqualTo(ROOTS[n]);
			}
		}
	}

	@Test
	void hashingIsRfc9162s() {
		assertThat(HEX.formatHex(MerkleProofs.emptyRoot())).isEqualTo(ROOTS[0]);
		assertThat(HEX.formatHex(MerkleProofs.leafHash(new byte[0]))).isEqualTo(ROOTS[1]);
		assertThat(HEX.formatHex(MerkleProofs.nodeHash(MerkleProofs.leafHash(hex("")),
				MerkleProofs.leafHash(hex("00"))))).isEqualTo(ROOTS[2]);
	}

	/** Inclusion proofs published by transparency-dev/merkle ({@code proof/verify_test.go}), 0-based here. */
	@Test
	void inclusionProofsAreThePublishedOnes() {
		MerkleTree tree = MerkleTree.over(referenceLeaves(), 1);

		assertProof(tree.inclusionProof(0, 8), "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
				"5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
				"6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
		assertProof(tree.inclusionProof(5, 8), "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
				"ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
				"d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
		assertProof(tree.inclusionProof(2, 3), "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125");
		assertProof(tree.inclusionProof(1, 5), "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
				"5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
				"bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b");
		assertThat(tree.inclusionProof(0, 1)).isEmpty();
	}

	/** Consistency proofs published by transparency-dev/merkle ({@code proof/verify_test.go}). */
	@Test
	void consistencyProofsAreThePublishedOnes() {
		MerkleTree tree = MerkleTree.over(referenceLeaves(), 1);

		assertProof(tree.consistencyProof(1, 8), "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
				"5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
				"6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
		assertProof(tree.consistencyProof(6, 8), "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
				"ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
				"d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
		assertProof(tree.consistencyProof(2, 5), "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
				"bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b");
		assertProof(tree.consistencyProof(6, 7), "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
				"b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
				"d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
		assertThat(tree.consistencyProof(1, 1)).isEmpty();
	}

	@Test
	void thePublishedProofsVerify() {
		List<byte[]> proof = hashes("bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
				"ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
				"d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
		byte[] leaf = MerkleProofs.leafHash(hex(LEAVES[5]));

		assertThat(MerkleProofs.verifyInclusion(leaf, 5, 8, proof, hex(ROOTS[8]))).isTrue();
		assertThat(MerkleProofs.verifyInclusion(leaf, 4, 8, proof, hex(ROOTS[8]))).isFalse();

		List<byte[]> consistency = hashes("0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
				"b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
				"d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");

		assertThat(MerkleProofs.verifyConsistency(6, 7, consistency, hex(ROOTS[6]), hex(ROOTS[7]))).isTrue();
		assertThat(MerkleProofs.verifyConsistency(6, 7, consistency, hex(ROOTS[7]), hex(ROOTS[6]))).isFalse();
	}

	@Test
	void everyInclusionProofOfEverySmallTreeVerifiesAndNoTamperedOneDoes() {
		List<byte[]> leaves = syntheticLeaves(40);
		MerkleTree tree = MerkleTree.over(LeafHashes.of(leaves), 2);

		for (int n = 1; n <= 40; n++) {
			byte[] root = tree.root(n);
			for (int m = 0; m < n; m++) {
				List<byte[]> proof = tree.inclusionProof(m, n);

				assertThat(MerkleProofs.verifyInclusion(leaves.get(m), m, n, proof, root)).as("leaf %d of %d", m, n)
					.isTrue();
				assertInclusionTamperingFails(leaves, m, n, proof, root);
			}
		}
	}

	@Test
	void everyConsistencyProofOfEverySmallTreeVerifiesAndNoTamperedOneDoes() {
		List<byte[]> leaves = syntheticLeaves(40);
		MerkleTree tree = MerkleTree.over(LeafHashes.of(leaves), 2);

		for (int n = 1; n <= 40; n++) {
			for (int m = 1; m <= n; m++) {
				List<byte[]> proof = tree.consistencyProof(m, n);
				byte[] first = tree.root(m);
				byte[] second = tree.root(n);

				assertThat(MerkleProofs.verifyConsistency(m, n, proof, first, second)).as("%d to %d", m, n).isTrue();
				if (m < n) {
					assertConsistencyTamperingFails(m, n, proof, first, second);
				}
			}
		}
	}

	@Test
	void theCacheChangesNoAnswerAndFollowsAppends() {
		List<byte[]> leaves = new ArrayList<>();
		MerkleTree cached = MerkleTree.over(LeafHashes.of(leaves), 1);
		MerkleTree uncached = MerkleTree.over(LeafHashes.of(leaves), 30);

		for (byte[] leaf : syntheticLeaves(70)) {
			leaves.add(leaf);
			int n = leaves.size();

			assertThat(cached.root()).isEqualTo(uncached.root());
			for (int m = 0; m < n; m += 7) {
				assertThat(cached.inclusionProof(m, n)).containsExactlyElementsOf(uncached.inclusionProof(m, n));
				assertThat(cached.consistencyProof(m, n)).containsExactlyElementsOf(uncached.consistencyProof(m, n));
				assertThat(cached.root(m)).isEqualTo(uncached.root(m));
			}
		}
	}

	@Test
	void edgeCasesOfConsistency() {
		byte[] empty = MerkleProofs.emptyRoot();
		byte[] one = MerkleProofs.leafHash(new byte[] { 1 });

		assertThat(MerkleProofs.verifyConsistency(0, 0, List.of(), empty, empty)).isTrue();
		assertThat(MerkleProofs.verifyConsistency(0, 5, List.of(), empty, SOME_HASH)).isTrue();
		assertThat(MerkleProofs.verifyConsistency(0, 5, List.of(), SOME_HASH, SOME_HASH)).isFalse();
		assertThat(MerkleProofs.verifyConsistency(1, 1, List.of(), one, one)).isTrue();
		assertThat(MerkleProofs.verifyConsistency(1, 1, List.of(), one, SOME_HASH)).isFalse();
		assertThat(MerkleProofs.verifyConsistency(1, 1, List.of(empty), one, one)).isFalse();
		assertThat(MerkleProofs.verifyConsistency(2, 1, List.of(), one, one)).isFalse();
		assertThat(MerkleProofs.verifyConsistency(1, 2, List.of(), one, SOME_HASH)).isFalse();
		assertThat(MerkleProofs.verifyConsistency(-1, 2, List.of(SOME_HASH), one, SOME_HASH)).isFalse();
	}

	@Test
	void edgeCasesOfInclusion() {
		byte[] leaf = MerkleProofs.leafHash("data".getBytes());

		assertThat(MerkleProofs.verifyInclusion(leaf, 0, 1, List.of(), leaf)).isTrue();
		assertThat(MerkleProofs.verifyInclusion(leaf, 0, 1, List.of(), SOME_HASH)).isFalse();
		assertThat(MerkleProofs.verifyInclusion(leaf, 0, 0, List.of(), leaf)).isFalse();
		assertThat(MerkleProofs.verifyInclusion(leaf, 1, 1, List.of(), leaf)).isFalse();
		assertThat(MerkleProofs.verifyInclusion(leaf, -1, 1, List.of(), leaf)).isFalse();
		assertThat(MerkleProofs.verifyInclusion(new byte[0], 0, 1, List.of(), new byte[0])).isFalse();
		assertThat(MerkleProofs.verifyInclusion(leaf, 0, 1, null, leaf)).isFalse();
	}

	@Test
	void refusesProofsOutsideTheTree() {
		MerkleTree tree = MerkleTree.over(referenceLeaves());

		assertThatThrownBy(() -> tree.inclusionProof(8, 8)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> tree.inclusionProof(0, 9)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> tree.consistencyProof(5, 4)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> tree.root(-1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> MerkleTree.over(referenceLeaves(), 0)).isInstanceOf(IllegalArgumentException.class);
	}

	/**
	 * A million leaves: the cache is built once, after which a proof reads a few hundred leaves at most instead
	 * of the whole log.
	 */
	@Test
	void aMillionLeavesStayCheap() {
		int n = 1_000_000;
		byte[] packed = new byte[n * MerkleProofs.HASH_BYTES];
		for (int i = 0; i < n; i++) {
			byte[] leaf = MerkleProofs.leafHash(Integer.toString(i).getBytes());
			System.arraycopy(leaf, 0, packed, i * MerkleProofs.HASH_BYTES, MerkleProofs.HASH_BYTES);
		}
		LeafHashes plain = LeafHashes.packed(packed);
		AtomicLong reads = new AtomicLong();
		LeafHashes counted = new LeafHashes() {

			@Override
			public byte[] get(long index) {
				reads.incrementAndGet();
				return plain.get(index);
			}

			@Override
			public long size() {
				return plain.size();
			}

		};
		MerkleTree tree = MerkleTree.over(counted);
		byte[] root = tree.root();
		assertThat(reads.get()).isEqualTo(n);

		reads.set(0);
		long index = 765_432;
		List<byte[]> proof = tree.inclusionProof(index, n);
		List<byte[]> consistency = tree.consistencyProof(999_999 - 12_345, n);

		assertThat(reads.get()).isLessThan(2_000);
		assertThat(MerkleProofs.verifyInclusion(plain.get(index), index, n, proof, root)).isTrue();
		assertThat(MerkleProofs.verifyConsistency(999_999 - 12_345, n, consistency, tree.root(999_999 - 12_345),
				root)).isTrue();
	}

	/**
	 * A proof does not pin the size where neighbouring sizes give the path the same shape (leaf 0 of 3 or of 4):
	 * the size is vouched for by the signed checkpoint, not by the proof. So only sizes that change the
	 * shape are tampered with here, as in transparency-dev's own tests.
	 */
	private static void assertInclusionTamperingFails(List<byte[]> leaves, long m, long n, List<byte[]> proof,
			byte[] root) {
		byte[] leaf = leaves.get((int) m);
		String at = "leaf " + m + " of " + n;

		assertThat(MerkleProofs.verifyInclusion(leaf, m, n, proof, SOME_HASH)).as(at + ": wrong root").isFalse();
		assertThat(MerkleProofs.verifyInclusion(SOME_HASH, m, n, proof, root)).as(at + ": wrong leaf").isFalse();
		assertThat(MerkleProofs.verifyInclusion(leaf, m, n * 2, proof, root)).as(at + ": size * 2").isFalse();
		assertThat(MerkleProofs.verifyInclusion(leaf, m + 1, n, proof, root)).as(at + ": index + 1").isFalse();
		assertThat(MerkleProofs.verifyInclusion(leaf, m ^ 2, n, proof, root)).as(at + ": index ^ 2").isFalse();
		if (m > 0) {
			assertThat(MerkleProofs.verifyInclusion(leaf, m - 1, n, proof, root)).as(at + ": index - 1").isFalse();
		}
		if (n > 1) {
			assertThat(MerkleProofs.verifyInclusion(leaf, m, n / 2, proof, root)).as(at + ": size / 2").isFalse();
		}
		assertThat(MerkleProofs.verifyInclusion(leaf, m, n, with(proof, root), root)).as(at + ": longer").isFalse();
		assertThat(MerkleProofs.verifyInclusion(leaf, m, n, withFirst(proof, root), root)).as(at + ": prefixed")
			.isFalse();
		for (int i = 0; i < proof.size(); i++) {
			assertThat(MerkleProofs.verifyInclusion(leaf, m, n, flipped(proof, i), root)).as(at + ": bit in " + i)
				.isFalse();
		}
		if (!proof.isEmpty()) {
			assertThat(MerkleProofs.verifyInclusion(leaf, m, n, proof.subList(0, proof.size() - 1), root))
				.as(at + ": shorter")
				.isFalse();
		}
	}

	private static void assertConsistencyTamperingFails(long m, long n, List<byte[]> proof, byte[] first,
			byte[] second) {
		String at = m + " to " + n;

		assertThat(MerkleProofs.verifyConsistency(m, n, proof, SOME_HASH, second)).as(at + ": root 1").isFalse();
		assertThat(MerkleProofs.verifyConsistency(m, n, proof, first, SOME_HASH)).as(at + ": root 2").isFalse();
		assertThat(MerkleProofs.verifyConsistency(m, n, proof, second, first)).as(at + ": swapped").isFalse();
		assertThat(MerkleProofs.verifyConsistency(m - 1, n, proof, first, second)).as(at + ": size1 - 1").isFalse();
		assertThat(MerkleProofs.verifyConsistency(m + 1, n, proof, first, second)).as(at + ": size1 + 1").isFalse();
		assertThat(MerkleProofs.verifyConsistency(m, n * 2, proof, first, second)).as(at + ": size2 * 2").isFalse();
		assertThat(MerkleProofs.verifyConsistency(m, n, List.of(), first, second)).as(at + ": empty").isFalse();
		assertThat(MerkleProofs.verifyConsistency(m, n, with(proof, first), first, second)).as(at + ": longer")
			.isFalse();
		assertThat(MerkleProofs.verifyConsistency(m, n, withFirst(proof, second), first, second))
			.as(at + ": prefixed")
			.isFalse();
		assertThat(MerkleProofs.verifyConsistency(m, n, proof.subList(0, proof.size() - 1), first, second))
			.as(at + ": shorter")
			.isFalse();
		for (int i = 0; i < proof.size(); i++) {
			assertThat(MerkleProofs.verifyConsistency(m, n, flipped(proof, i), first, second))
				.as(at + ": bit in " + i)
				.isFalse();
		}
	}

	private static List<byte[]> with(List<byte[]> proof, byte[] extra) {
		List<byte[]> longer = new ArrayList<>(proof);
		longer.add(extra);
		return longer;
	}

	private static List<byte[]> withFirst(List<byte[]> proof, byte[] extra) {
		List<byte[]> longer = new ArrayList<>(proof);
		longer.add(0, extra);
		return longer;
	}

	private static List<byte[]> flipped(List<byte[]> proof, int index) {
		List<byte[]> tampered = new ArrayList<>(proof);
		byte[] element = tampered.get(index).clone();
		element[0] ^= 8;
		tampered.set(index, element);
		return tampered;
	}

	private static LeafHashes referenceLeaves() {
		List<byte[]> hashes = new ArrayList<>();
		for (String leaf : LEAVES) {
			hashes.add(MerkleProofs.leafHash(hex(leaf)));
		}
		return LeafHashes.of(hashes);
	}

	private static List<byte[]> syntheticLeaves(int count) {
		List<byte[]> hashes = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			hashes.add(MerkleProofs.leafHash(new byte[] { (byte) i, (byte) (i * 7) }));
		}
		return hashes;
	}

	private static void assertProof(List<byte[]> proof, String... expected) {
		assertThat(proof.stream().map(HEX::formatHex).toList()).containsExactly(expected);
	}

	private static List<byte[]> hashes(String... hex) {
		return Arrays.stream(hex).map(MerkleTreeTests::hex).toList();
	}

	private static byte[] hex(String hex) {
		return HEX.parseHex(hex);
	}

}
