package vn.edu.hocbaso.registry;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The {@code content} of a national transaction (CV 2088 Annex 1 §II.2.2 and Annex 1.2): the
 * {@code DANH_SACH_HOC_BA} XML as UTF-8 bytes, gzip-compressed, behind a 4-byte little-endian prefix holding
 * the length of the uncompressed bytes (what .NET's {@code BitConverter.GetBytes(int)} writes), all in Base64.
 * A transaction carries at most 10 MB.
 * <p>
 * <b>Decoding refuses</b>, each with its own {@link TransactionError}: content over 10 MB as text, a declared
 * length over 10 MB, text that is not Base64, fewer bytes than the prefix, data after the prefix that is not
 * an intact gzip stream, and an inflated size other than the declared one. Inflating stops one byte past the
 * declared length, so a gzip bomb costs at most 10 MB of memory and is refused as a length mismatch.
 * <p>
 * <b>The "escape quote" step.</b> The spec says the XML is "escape quote"-processed before the reference
 * function compresses it, but it defines no escaping, and the reference C# function ({@code CompressString})
 * takes the text as it is. The content travels in Base64, so no quote of the XML ever reaches the JSON
 * envelope and escaping serves no transport purpose; escaping would also change the bytes the schools signed
 * and the registry must store exactly as received. So this codec neither escapes on encoding nor un-escapes
 * on decoding: the decoded bytes are the sender's bytes. A sender that escapes quotes (e.g. {@code id=\"x\"})
 * sends XML that is not well-formed, which the XML reading of the records then refuses.
 */
public final class TransactionContent {

	/** The most a transaction may carry: 10 MB (10 × 1024 × 1024 bytes). */
	public static final int MAX_BYTES = 10 * 1024 * 1024;

	private static final int PREFIX_BYTES = 4;

	private TransactionContent() {
	}

	/** Encodes XML text: its UTF-8 bytes, gzip, length prefix, Base64. */
	public static String encode(String xml) {
		return encode(xml.getBytes(StandardCharsets.UTF_8));
	}

	/** Encodes the UTF-8 bytes of an XML document: gzip, length prefix, Base64. */
	public static String encode(byte[] xml) {
		if (xml.length > MAX_BYTES) {
			throw new TransactionRefused(TransactionError.CONTENT_TOO_LARGE, xml.length, MAX_BYTES);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(xml.length / 4 + 64);
		out.writeBytes(ByteBuffer.allocate(PREFIX_BYTES).order(ByteOrder.LITTLE_ENDIAN).putInt(xml.length).array());
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(xml);
		}
		catch (IOException e) {
			throw new UncheckedIOException("writing to memory cannot fail", e);
		}
		String content = Base64.getEncoder().encodeToString(out.toByteArray());
		// Data that does not compress can outgrow the limit in Base64; the receiver would refuse it.
		if (content.length() > MAX_BYTES) {
			throw new TransactionRefused(TransactionError.CONTENT_TOO_LARGE, content.length(), MAX_BYTES);
		}
		return content;
	}

	/** Decodes content to the sender's XML bytes, exactly as they were compressed. */
	public static byte[] decode(String content) {
		byte[] bytes = base64(content);
		if (bytes.length < PREFIX_BYTES) {
			throw new TransactionRefused(TransactionError.CONTENT_TOO_SHORT, bytes.length);
		}

		// The prefix is a signed int in .NET; read it unsigned so a negative one is simply too large.
		long declared = Integer.toUnsignedLong(ByteBuffer.wrap(bytes, 0, PREFIX_BYTES)
				.order(ByteOrder.LITTLE_ENDIAN).getInt());
		if (declared > MAX_BYTES) {
			throw new TransactionRefused(TransactionError.CONTENT_TOO_LARGE, declared, MAX_BYTES);
		}

		byte[] xml = inflate(bytes, (int) declared);
		if (xml.length != declared) {
			throw new TransactionRefused(TransactionError.CONTENT_LENGTH_MISMATCH, declared);
		}
		return xml;
	}

	/** Decodes content to XML text, refusing bytes that are not UTF-8. */
	public static String decodeText(String content) {
		byte[] xml = decode(content);
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(xml))
				.toString();
		}
		catch (CharacterCodingException e) {
			throw new TransactionRefused(TransactionError.CONTENT_NOT_UTF8);
		}
	}

	private static byte[] base64(String content) {
		if (content == null) {
			throw new TransactionRefused(TransactionError.CONTENT_TOO_SHORT, 0);
		}
		// Base64 takes 4 characters for 3 bytes: text this long cannot fit a 10 MB transaction anyway.
		if (content.length() > MAX_BYTES) {
			throw new TransactionRefused(TransactionError.CONTENT_TOO_LARGE, content.length(), MAX_BYTES);
		}
		try {
			// .NET writes no line breaks but tolerates them on reading; so do we, and nothing else.
			return Base64.getDecoder().decode(content.replaceAll("[ \\t\\r\\n]", ""));
		}
		catch (IllegalArgumentException e) {
			throw new TransactionRefused(TransactionError.CONTENT_NOT_BASE64);
		}
	}

	private static byte[] inflate(byte[] bytes, int declared) {
		InputStream compressed = new ByteArrayInputStream(bytes, PREFIX_BYTES, bytes.length - PREFIX_BYTES);
		try (GZIPInputStream gzip = new GZIPInputStream(compressed)) {
			// One byte more than declared is enough to know the declaration is wrong.
			return gzip.readNBytes(declared + 1);
		}
		catch (IOException e) {
			throw new TransactionRefused(TransactionError.CONTENT_NOT_GZIP);
		}
	}

}
