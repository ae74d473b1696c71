package vn.edu.hocbaso.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The overall result that Circular 27/2020 Art. 9.2 gives a pupil's levels and scores; the homeroom teacher
 * confirms it or, with a reason, sets another (DOMAIN.md §8b). Subjects the grade does not teach and
 * electives the pupil does not take are ignored; untested subjects need no score.
 */
public final class OverallResultRule {

	static final int DISTINCTION_SCORE = 9;

	static final int WELL_SCORE = 7;

	static final int PASS_SCORE = 5;

	private OverallResultRule() {
	}

	/**
	 * The suggested result, or empty while a level or a test score that the rule needs is missing.
	 */
	public static Optional<OverallResult> suggest(int grade, Map<Subject, SubjectResult> subjects,
			Map<Trait, TraitLevel> traits) {

		List<SubjectLevel> subjectLevels = new ArrayList<>();
		List<Integer> scores = new ArrayList<>();
		for (GradeMatrix.Offer offer : GradeMatrix.subjectsOf(grade)) {
			SubjectResult result = subjects.getOrDefault(offer.subject(), SubjectResult.EMPTY);
			if (offer.elective() && result.level() == null) {
				continue;
			}
			if (result.level() == null || (offer.tested() && result.score() == null)) {
				return Optional.empty();
			}
			subjectLevels.add(result.level());
			if (offer.tested()) {
				scores.add(result.score());
			}
		}

		List<TraitLevel> traitLevels = new ArrayList<>();
		for (Trait trait : Trait.values()) {
			TraitLevel level = traits.get(trait);
			if (level == null && GradeMatrix.isRequired(trait, grade)) {
				return Optional.empty();
			}
			if (level != null) {
				traitLevels.add(level);
			}
		}

		return Optional.of(resultOf(subjectLevels, traitLevels, lowest(scores)));
	}

	private static OverallResult resultOf(List<SubjectLevel> subjects, List<TraitLevel> traits, int lowestScore) {

		boolean allWell = subjects.stream().allMatch(level -> level == SubjectLevel.COMPLETED_WELL)
				&& traits.stream().allMatch(level -> level == TraitLevel.GOOD);
		boolean allMet = !subjects.contains(SubjectLevel.NOT_COMPLETED) && !traits.contains(TraitLevel.NEEDS_EFFORT);

		if (allWell && lowestScore >= DISTINCTION_SCORE) {
			return OverallResult.HTXS;
		}
		if (allWell && lowestScore >= WELL_SCORE) {
			return OverallResult.HTT;
		}
		if (allMet && lowestScore >= PASS_SCORE) {
			return OverallResult.HT;
		}

		return OverallResult.CHT;
	}

	/** Without any tested subject the scores set no bound. */
	private static int lowest(List<Integer> scores) {
		return scores.stream().mapToInt(Integer::intValue).min().orElse(Integer.MAX_VALUE);
	}

}
