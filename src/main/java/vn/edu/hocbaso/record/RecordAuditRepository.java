package vn.edu.hocbaso.record;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RecordAuditRepository extends JpaRepository<RecordAudit, Long> {

	List<RecordAudit> findByRecordIdOrderById(long recordId);

}
