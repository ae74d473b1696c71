package vn.edu.hocbaso.registry;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A state of the transparency log that the department vouches for: the tree size, its root hash, when, and
 * whose log (the origin, e.g. the department's code). Its canonical text, the bytes that are signed, follows the
 * transparency-dev checkpoint note: one field per line, each ending in a line feed:
 * <pre>
 * origin
 * tree size in decimal, no leading zeros
 * root hash in standard Base64 (with padding)
 * time as ISO-8601 UTC to the second, e.g. 2026-06-30T00:00:00Z
 * </pre>
 * The fourth line is this project's own: the checkpoint format lets a log add lines after the root. The time
 * is kept to the second so that the text and the value always convert into each other exactly.
 */
public record Checkpoint(String origin, long size, byte[] rootHash, Instant timestamp) {

	private static final Pattern ORIGIN = Pattern.compile("\\S(?:[^\\n\\r]*\\S)?");

	private static final Pattern DECIMAL = Pattern.compile("0|[1-9][0-9]{0,18}");

	private static final Pattern TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");

	public Checkpoint {
		Objects.requireNonNull(timestamp, "timestamp");
		if (origin == null || !ORIGIN.matcher(origin).matches()) {
			throw new CheckpointRefused("registry.checkpoint.origin");
		}
		if (size < 0) {
			throw new CheckpointRefused("registry.checkpoint.size", size);
		}
		if (rootHash == null || rootHash.length != MerkleProofs.HASH_BYTES) {
			throw new CheckpointRefused("registry.checkpoint.root");
		}
		rootHash = rootHash.clone();
		timestamp = timestamp.truncatedTo(ChronoUnit.SECONDS);
	}

	@Override
	public byte[] rootHash() {
		return rootHash.clone();
	}

	/** The canonical text: the four lines that are signed. */
	public String text() {
		return origin + "\n" + size + "\n" + Base64.getEncoder().encodeToString(rootHash) + "\n"
				+ DateTimeFormatter.ISO_INSTANT.format(timestamp) + "\n";
	}

	/** The bytes that are signed: the canonical text in UTF-8. */
	public byte[] signedBytes() {
		return text().getBytes(StandardCharsets.UTF_8);
	}

	/** Reads a canonical text; anything else (other spacing, extra lines, other encodings) is refused. */
	public static Checkpoint parse(String text) {
		if (text == null || !text.endsWith("\n")) {
			throw new CheckpointRefused("registry.checkpoint.malformed");
		}
		List<String> lines = List.of(text.substring(0, text.length() - 1).split("\n", -1));
		if (lines.size() != 4) {
			throw new CheckpointRefused("registry.checkpoint.malformed");
		}
		return new Checkpoint(lines.get(0), parseSize(lines.get(1)), parseRoot(lines.get(2)),
				parseTime(lines.get(3)));
	}

	private static long parseSize(String line) {
		if (!DECIMAL.matcher(line).matches()) {
			throw new CheckpointRefused("registry.checkpoint.size", line);
		}
		try {
			return Long.parseLong(line);
		}
		catch (NumberFormatException e) {
			throw new CheckpointRefused("registry.checkpoint.size", line);
		}
	}

	private static byte[] parseRoot(String line) {
		try {
			byte[] root = Base64.getDecoder().decode(line);
			// Only the one canonical spelling: re-encoding must give the same text.
			if (!Base64.getEncoder().encodeToString(root).equals(line)) {
				throw new CheckpointRefused("registry.checkpoint.root");
			}
			return root;
		}
		catch (IllegalArgumentException e) {
			throw new CheckpointRefused("registry.checkpoint.root");
		}
	}

	private static Instant parseTime(String line) {
		if (!TIME.matcher(line).matches()) {
			throw new CheckpointRefused("registry.checkpoint.time", line);
		}
		try {
			return Instant.parse(line);
		}
		catch (DateTimeParseException e) {
			throw new CheckpointRefused("registry.checkpoint.time", line);
		}
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Checkpoint that && origin.equals(that.origin) && size == that.size
				&& Arrays.equals(rootHash, that.rootHash) && timestamp.equals(that.timestamp);
	}

	@Override
	public int hashCode() {
		return Objects.hash(origin, size, Arrays.hashCode(rootHash), timestamp);
	}

	@Override
	public String toString() {
		return "Checkpoint[" + text().replace('\n', ' ').trim() + "]";
	}

}
