package vn.edu.hocbaso.workflow;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.edu.hocbaso.record.RecordCorrections;
import vn.edu.hocbaso.record.RecordState;
import vn.edu.hocbaso.schoolyear.SchoolYear;
import vn.edu.hocbaso.schoolyear.SchoolYearRepository;
import vn.edu.hocbaso.security.CurrentUser;

/**
 * The pupil page's links to the correction page, read by the template as {@code @correctionLinks.of(pupil.id)}:
 * one per current record of the pupil at a school the signed-in user runs (its clerk or board), none for
 * anyone else. The pupil page's controller stays as it is.
 */
@Component("correctionLinks")
public class CorrectionLinks {

	private final RecordCorrections corrections;

	private final SchoolYearRepository years;

	CorrectionLinks(RecordCorrections corrections, SchoolYearRepository years) {
		this.corrections = corrections;
		this.years = years;
	}

	public List<Link> of(long pupilId) {

		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
			return List.of();
		}

		return corrections.overviewsOfPupil(pupilId).stream()
			.filter(record -> CorrectionController.runsSchool(user, record.schoolId()))
			.map(record -> new Link(record.recordId(), yearName(record.schoolYearId()), record.state()))
			.toList();
	}

	private String yearName(long schoolYearId) {
		return years.findById(schoolYearId).map(SchoolYear::getName).orElse("");
	}

	/** One record of the pupil with its school year and state. */
	public record Link(long recordId, String yearName, RecordState state) {
	}

}
