package vn.edu.hocbaso.signing;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;

/**
 * For tests of other modules: the signing module's sample record ({@link SampleRecordXml}), not yet signed, with
 * the school year and the pupil set as well, so that one template serves every module's tests. The registry's
 * tests send such records for pupils enrolled at a fixture school.
 */
public final class SampleRecordFiles {

	/** A pupil as the national record names them. */
	public record Pupil(String name, String personalId, String code) {
	}

	private SampleRecordFiles() {
	}

	/**
	 * @param startYear the school year's first calendar year: 2026 for 2026-2027
	 * @param teacherId the homeroom teacher's personal ID
	 * @param principalId the signing principal's personal ID
	 */
	public static byte[] of(UUID lookupCode, String schoolCode, int startYear, String teacherId, String principalId,
			Pupil pupil) {

		String xml = new String(SampleRecordXml.of(lookupCode.toString(), schoolCode, teacherId, principalId),
				StandardCharsets.UTF_8);

		String year = startYear + "-" + (startYear + 1);
		xml = withElement(xml, "TEN_NAM_HOC", year);
		xml = withElement(xml, "NAM_HOC", year);
		xml = withElement(xml, "NGAY_TRANG_THAI_CHUYEN_DEN", startYear + "-09-05T00:00:00+07:00");
		xml = withElement(xml, "NGAY_TAO_HOC_BA", (startYear + 1) + "-05-25T08:30:00+07:00");
		xml = withElement(xml, "NGAY_KY_PHAT_HANH_HOC_BA", (startYear + 1) + "-05-31T09:00:00+07:00");

		xml = withElement(xml, "HO_VA_TEN", pupil.name());
		xml = withElement(xml, "SO_CCCD", pupil.personalId());
		xml = withElement(xml, "MA_HOC_SINH", pupil.code());
		return xml.getBytes(StandardCharsets.UTF_8);
	}

	/** The lookup code (MA_TRA_CUU_UUID) of a record file made from this template. */
	public static UUID lookupCode(byte[] record) {
		String xml = new String(record, StandardCharsets.UTF_8);
		int start = xml.indexOf("<MA_TRA_CUU_UUID>") + "<MA_TRA_CUU_UUID>".length();
		return UUID.fromString(xml.substring(start, start + 36));
	}

	/** Every element {@code <tag>} of the template (all plain text) with this value; a missing one is a mistake. */
	private static String withElement(String xml, String tag, String value) {
		String changed = xml.replaceAll("<" + tag + ">[^<]*</" + tag + ">",
				Matcher.quoteReplacement("<" + tag + ">" + value + "</" + tag + ">"));
		if (!changed.contains("<" + tag + ">" + value + "<")) {
			throw new IllegalStateException("the sample record has no " + tag);
		}
		return changed;
	}

}
