package vn.edu.hocbaso.workflow;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * Lists of ids in process variables. A list is kept as text ("12,15,31"): a Java list would be stored with
 * Java serialization, which the engine refuses by default and Cockpit cannot show. The BPMN turns it back into
 * a collection for a multi-instance activity: {@code camunda:collection="${idLists.of(lateClassIds)}"}.
 */
@Component("idLists")
public class IdLists {

	public List<Long> of(String ids) {
		if (ids == null || ids.isBlank()) {
			return List.of();
		}
		return Arrays.stream(ids.split(",")).map(String::strip).map(Long::valueOf).toList();
	}

	static String text(Collection<Long> ids) {
		return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
	}

}
