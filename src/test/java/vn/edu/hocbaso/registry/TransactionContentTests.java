package vn.edu.hocbaso.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The national content encoding, built here by hand from its parts (a little-endian length, gzip, Base64) so
 * the codec is checked against the format rather than against itself, and each way content can be wrong.
 */
class TransactionContentTests {

	private static final String XML = """
			<DANH_SACH_HOC_BA id="dataDanhSach">
			<HOC_BA>
			<MA_TRA_CUU_UUID>4ef748d9-2146-4a82-95a5-8534051475f0</MA_TRA_CUU_UUID>
			<HO_VA_TEN>Trương Phương Anh</HO_VA_TEN>
			<GIOI_TINH>Nữ</GIOI_TINH>
			<TEN_TRUONG>Tiểu học Điện Biên Phủ</TEN_TRUONG>
			<NHAN_XET_GVCN>Đọc lưu loát, rõ ràng; viết chữ đẹp &amp; "cẩn thận".</NHAN_XET_GVCN>
			</HOC_BA>
			</DANH_SACH_HOC_BA>
			""";

	@Test
	void vietnameseXmlRoundTripsByteForByte() {
		String content = TransactionContent.encode(XML);

		assertThat(TransactionContent.decodeText(content)).isEqualTo(XML);
		assertThat(TransactionContent.decode(content)).isEqualTo(XML.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void encodingIsTheNationalFormat() throws IOException {
		byte[] utf8 = XML.getBytes(StandardCharsets.UTF_8);

		byte[] bytes = Base64.getDecoder().decode(TransactionContent.encode(XML));

		// .NET BitConverter on a little-endian machine: lowest byte first; the length is of the UTF-8 bytes.
		assertThat(Arrays.copyOf(bytes, 4)).containsExactly(utf8.length & 0xff, (utf8.length >> 8) & 0xff,
				(utf8.length >> 16) & 0xff, utf8.length >>> 24);
		assertThat(utf8.length).isGreaterThan(XML.length());
		assertThat(bytes[4]).isEqualTo((byte) 0x1f);
		assertThat(bytes[5]).isEqualTo((byte) 0x8b);
		assertThat(new GZIPInputStream(new ByteArrayInputStream(bytes, 4, bytes.length - 4))
			.readAllBytes()).isEqualTo(utf8);
	}

	@Test
	void decodesContentMadeByHandAndToleratesLineBreaks() throws IOException {
		byte[] utf8 = XML.getBytes(StandardCharsets.UTF_8);
		String content = Base64.getMimeEncoder().encodeToString(content(utf8.length, gzip(utf8)));

		assertThat(content).contains("\r\n");
		assertThat(TransactionContent.decode(content)).isEqualTo(utf8);
	}

	/** The spec's "escape quote" is not applied either way (see TransactionContent): quotes pass unchanged. */
	@Test
	void quotesAreNeitherEscapedNorUnescaped() throws IOException {
		byte[] escaped = "<HOC_BA id=\\\"x\\\"/>".getBytes(StandardCharsets.UTF_8);

		assertThat(TransactionContent.decodeText(TransactionContent.encode("<HOC_BA id=\"x\"/>")))
			.isEqualTo("<HOC_BA id=\"x\"/>");
		assertThat(TransactionContent.decode(encoded(escaped.length, gzip(escaped)))).isEqualTo(escaped);
	}

	@Test
	void refusesContentOverTenMegabytes() throws IOException {
		String huge = "A".repeat(TransactionContent.MAX_BYTES + 4);

		assertRefused(() -> TransactionContent.decode(huge), TransactionError.CONTENT_TOO_LARGE);
		assertRefused(() -> TransactionContent.decode(encoded(TransactionContent.MAX_BYTES + 1, gzip(new byte[10]))),
				TransactionError.CONTENT_TOO_LARGE);
		assertRefused(() -> TransactionContent.decode(encoded(-1, gzip(new byte[10]))),
				TransactionError.CONTENT_TOO_LARGE);
		assertRefused(() -> TransactionContent.encode(new byte[TransactionContent.MAX_BYTES + 1]),
				TransactionError.CONTENT_TOO_LARGE);
	}

	@Test
	void refusesAGzipBombWithoutInflatingIt() throws IOException {
		byte[] bomb = gzipOfZeros(64 * 1024 * 1024);

		assertThat(bomb.length).isLessThan(1024 * 1024);
		assertRefused(() -> TransactionContent.decode(encoded(1000, bomb)), TransactionError.CONTENT_LENGTH_MISMATCH);
		assertRefused(() -> TransactionContent.decode(encoded(TransactionContent.MAX_BYTES, bomb)),
				TransactionError.CONTENT_LENGTH_MISMATCH);
	}

	@Test
	void refusesContentThatIsNotBase64() {
		assertRefused(() -> TransactionContent.decode("%%%%"), TransactionError.CONTENT_NOT_BASE64);
		assertRefused(() -> TransactionContent.decode("AAAA=AAA"), TransactionError.CONTENT_NOT_BASE64);
	}

	@Test
	void refusesContentTooShortForThePrefix() {
		assertRefused(() -> TransactionContent.decode(null), TransactionError.CONTENT_TOO_SHORT);
		assertRefused(() -> TransactionContent.decode(""), TransactionError.CONTENT_TOO_SHORT);
		assertRefused(() -> TransactionContent.decode(Base64.getEncoder().encodeToString(new byte[3])),
				TransactionError.CONTENT_TOO_SHORT);
	}

	@Test
	void refusesALengthPrefixThatDoesNotMatch() throws IOException {
		byte[] utf8 = XML.getBytes(StandardCharsets.UTF_8);

		assertRefused(() -> TransactionContent.decode(encoded(utf8.length - 1, gzip(utf8))),
				TransactionError.CONTENT_LENGTH_MISMATCH);
		assertRefused(() -> TransactionContent.decode(encoded(utf8.length + 1, gzip(utf8))),
				TransactionError.CONTENT_LENGTH_MISMATCH);
		assertRefused(() -> TransactionContent.decode(encoded(XML.length(), gzip(utf8))),
				TransactionError.CONTENT_LENGTH_MISMATCH);
	}

	@Test
	void refusesDataThatIsNotGzip() throws IOException {
		byte[] utf8 = XML.getBytes(StandardCharsets.UTF_8);
		byte[] gzip = gzip(utf8);
		byte[] damaged = gzip.clone();
		damaged[damaged.length - 6] ^= 1;

		assertRefused(() -> TransactionContent.decode(encoded(utf8.length, utf8)), TransactionError.CONTENT_NOT_GZIP);
		assertRefused(() -> TransactionContent.decode(encoded(0, new byte[0])), TransactionError.CONTENT_NOT_GZIP);
		assertRefused(() -> TransactionContent.decode(encoded(utf8.length, Arrays.copyOf(gzip, gzip.length - 10))),
				TransactionError.CONTENT_NOT_GZIP);
		assertRefused(() -> TransactionContent.decode(encoded(utf8.length, damaged)),
				TransactionError.CONTENT_NOT_GZIP);
	}

	@Test
	void refusesTextThatIsNotUtf8() throws IOException {
		byte[] utf16 = "Nữ".getBytes(StandardCharsets.UTF_16LE);
		String content = encoded(utf16.length, gzip(utf16));

		assertThat(TransactionContent.decode(content)).isEqualTo(utf16);
		assertRefused(() -> TransactionContent.decodeText(content), TransactionError.CONTENT_NOT_UTF8);
	}

	@Test
	void everyRefusalCarriesItsCodeAndMessageKey() {
		TransactionRefused refused = new TransactionRefused(TransactionError.CONTENT_LENGTH_MISMATCH, 12);

		assertThat(refused.getError().code()).isEqualTo("CONTENT_LENGTH_MISMATCH");
		assertThat(refused.getMessageKey()).isEqualTo("registry.transaction.lengthMismatch");
		assertThat(refused.getArguments()).containsExactly(12);
	}

	private static void assertRefused(Executable decoding, TransactionError error) {
		assertThatThrownBy(decoding::execute).isInstanceOfSatisfying(TransactionRefused.class,
				refused -> assertThat(refused.getError()).isEqualTo(error));
	}

	private static String encoded(int declared, byte[] data) {
		return Base64.getEncoder().encodeToString(content(declared, data));
	}

	private static byte[] content(int declared, byte[] data) {
		byte[] bytes = new byte[data.length + 4];
		bytes[0] = (byte) declared;
		bytes[1] = (byte) (declared >>> 8);
		bytes[2] = (byte) (declared >>> 16);
		bytes[3] = (byte) (declared >>> 24);
		System.arraycopy(data, 0, bytes, 4, data.length);
		return bytes;
	}

	private static byte[] gzip(byte[] data) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(data);
		}
		return out.toByteArray();
	}

	private static byte[] gzipOfZeros(int count) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] zeros = new byte[1024 * 1024];
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			for (int written = 0; written < count; written += zeros.length) {
				gzip.write(zeros);
			}
		}
		return out.toByteArray();
	}

}
