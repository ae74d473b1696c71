package vn.edu.hocbaso.organisation;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PupilRepository extends JpaRepository<Pupil, Long> {

}
