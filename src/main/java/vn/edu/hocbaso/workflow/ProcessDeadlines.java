package vn.edu.hocbaso.workflow;

import java.util.Date;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import vn.edu.hocbaso.schoolyear.DeadlineKind;
import vn.edu.hocbaso.schoolyear.Deadlines;

/**
 * The deadlines as the BPMN files read them: {@code timeDate="${deadlines.at('MAIN_CLOSE_OFF', execution)}"}
 * and {@code camunda:dueDate="${deadlines.at('PREPARATION_DUE', execution)}"}. The engine takes a timer date
 * only as a {@link Date}; the school and year come from the instance's variables.
 */
@Component("deadlines")
public class ProcessDeadlines {

	private final Deadlines deadlines;

	ProcessDeadlines(Deadlines deadlines) {
		this.deadlines = deadlines;
	}

	public Date at(String kind, VariableScope execution) {

		long schoolId = ((Number) execution.getVariable(ProcessVariables.SCHOOL_ID)).longValue();
		long schoolYearId = ((Number) execution.getVariable(ProcessVariables.SCHOOL_YEAR_ID)).longValue();

		return Date.from(deadlines.at(DeadlineKind.valueOf(kind), schoolId, schoolYearId));
	}

}
