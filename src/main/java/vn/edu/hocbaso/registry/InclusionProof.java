package vn.edu.hocbaso.registry;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The proof that a record is in the transparency log: its leaf's index, the tree size of the checkpoint it is
 * proved against, and the audit path (RFC 9162 §2.1.3.1) from the leaf's sibling up. As a file for the offline
 * command it is JSON:
 * <pre>
 * {"lookupCode": "…uuid…", "leafIndex": 41, "treeSize": 1000, "auditPath": ["Base64 of 32 bytes", …]}
 * </pre>
 * The leaf itself is not in the file: it is the record's XML file, leaf hash {@code SHA-256(0x00 || xml)}.
 */
public record InclusionProof(UUID lookupCode, long leafIndex, long treeSize, List<byte[]> auditPath) {

	private static final ObjectMapper JSON = new ObjectMapper();

	public InclusionProof {
		auditPath = auditPath.stream().map(byte[]::clone).toList();
	}

	/** Whether this proof puts the leaf {@code xml} into the tree whose root is {@code root}. */
	public boolean proves(byte[] xml, byte[] root) {
		return MerkleProofs.verifyInclusion(MerkleProofs.leafHash(xml), leafIndex, treeSize, auditPath, root);
	}

	/** The proof file's JSON. */
	public String toJson() {
		ObjectNode node = JSON.createObjectNode();
		node.put("lookupCode", lookupCode.toString());
		node.put("leafIndex", leafIndex);
		node.put("treeSize", treeSize);
		ArrayNode path = node.putArray("auditPath");
		auditPath.forEach(hash -> path.add(Base64.getEncoder().encodeToString(hash)));
		return node.toPrettyString() + "\n";
	}

	/**
	 * Reads a proof file.
	 * @throws IllegalArgumentException saying what is missing or malformed
	 */
	public static InclusionProof parse(String json) {
		try {
			JsonNode node = JSON.readTree(json);
			if (node == null || !node.path("leafIndex").canConvertToLong() || !node.path("treeSize").canConvertToLong()
					|| !node.path("lookupCode").isTextual() || !node.path("auditPath").isArray()) {
				throw new IllegalArgumentException("the proof needs lookupCode, leafIndex, treeSize and auditPath");
			}
			List<byte[]> path = new ArrayList<>();
			for (JsonNode hash : node.get("auditPath")) {
				path.add(Base64.getDecoder().decode(hash.asText()));
			}
			return new InclusionProof(UUID.fromString(node.get("lookupCode").asText()), node.get("leafIndex").asLong(),
					node.get("treeSize").asLong(), path);
		}
		catch (JsonProcessingException e) {
			throw new IllegalArgumentException("the proof is not JSON: " + e.getOriginalMessage(), e);
		}
	}

}
