package vn.edu.hocbaso.record;

import java.util.EnumMap;
import java.util.Map;

/**
 * The results of a pupil with every compulsory subject and every required trait filled in, to be changed one
 * value at a time by the rule and check tests.
 */
final class SampleResults {

	final int grade;

	final Map<Subject, SubjectResult> subjects = new EnumMap<>(Subject.class);

	final Map<Trait, TraitLevel> traits = new EnumMap<>(Trait.class);

	private SampleResults(int grade, SubjectLevel level, int score, TraitLevel traitLevel) {
		this.grade = grade;
		for (GradeMatrix.Offer offer : GradeMatrix.subjectsOf(grade)) {
			if (!offer.elective()) {
				subjects.put(offer.subject(), new SubjectResult(level, offer.tested() ? score : null, "Tiến bộ."));
			}
		}
		for (Trait trait : Trait.values()) {
			if (GradeMatrix.isRequired(trait, grade)) {
				traits.put(trait, traitLevel);
			}
		}
	}

	/** All subjects T with the given score, all traits T. */
	static SampleResults allWell(int grade, int score) {
		return new SampleResults(grade, SubjectLevel.COMPLETED_WELL, score, TraitLevel.GOOD);
	}

	SampleResults level(Subject subject, SubjectLevel level) {
		subjects.put(subject, subjects.getOrDefault(subject, SubjectResult.EMPTY).withLevel(level));
		return this;
	}

	SampleResults score(Subject subject, Integer score) {
		subjects.put(subject, subjects.getOrDefault(subject, SubjectResult.EMPTY).withScore(score));
		return this;
	}

	SampleResults trait(Trait trait, TraitLevel level) {
		traits.put(trait, level);
		return this;
	}

	SampleResults without(Subject subject) {
		subjects.remove(subject);
		return this;
	}

	SampleResults without(Trait trait) {
		traits.remove(trait);
		return this;
	}

}
