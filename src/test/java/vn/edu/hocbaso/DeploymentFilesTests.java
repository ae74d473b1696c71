package vn.edu.hocbaso;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The deployment files hold together: Compose runs PostgreSQL 17 on a named volume and the application image
 * against it, and the image runs the application as it should. No Docker engine is needed to check this.
 */
class DeploymentFilesTests {

	private static final Path COMPOSE = Path.of("docker-compose.yml");

	private static final Path DOCKERFILE = Path.of("Dockerfile");

	@Test
	void composeRunsPostgresql17OnANamedVolume() throws IOException {

		Map<String, Object> db = service("db");

		assertThat(db.get("image")).isEqualTo("postgres:17");
		assertThat(db).containsKey("restart");
		assertThat(map(compose().get("volumes"))).containsKey("db-data");
		assertThat(list(db.get("volumes"))).containsExactly("db-data:/var/lib/postgresql/data");
		assertThat(list(map(db.get("healthcheck")).get("test")).toString()).contains("pg_isready");
		assertThat(map(db.get("environment"))).containsOnlyKeys("POSTGRES_DB", "POSTGRES_USER", "POSTGRES_PASSWORD",
				"TZ");
		assertThat(map(db.get("environment")).get("POSTGRES_PASSWORD")).asString()
			.startsWith("${POSTGRES_PASSWORD:-");
	}

	@Test
	void composeStartsTheApplicationOnThatDatabaseOnceItIsHealthy() throws IOException {

		Map<String, Object> app = service("app");
		Map<String, Object> environment = map(app.get("environment"));

		assertThat(app.get("build")).isEqualTo(".");
		assertThat(app).containsKey("restart");
		assertThat(map(map(app.get("depends_on")).get("db"))).containsEntry("condition", "service_healthy");
		assertThat(environment.get("DB_URL")).asString().startsWith("jdbc:postgresql://db:5432/${POSTGRES_DB");
		assertThat(environment.get("DB_USER")).asString().startsWith("${POSTGRES_USER");
		assertThat(environment.get("DB_PASSWORD")).asString().startsWith("${POSTGRES_PASSWORD");
		assertThat(environment.get("DB_APP_USER")).asString().startsWith("${DB_APP_USER:-")
			.isNotEqualTo(environment.get("DB_USER"));
		assertThat(environment.get("DB_APP_PASSWORD")).asString().startsWith("${DB_APP_PASSWORD:-");
		assertThat(list(app.get("ports"))).singleElement().asString().endsWith(":8080");
	}

	@Test
	void imageRunsTheApplicationAsAnUnprivilegedUserInUtc() throws IOException {

		String dockerfile = Files.readString(DOCKERFILE);

		assertThat(dockerfile).contains("FROM eclipse-temurin:17-jdk AS build", "FROM eclipse-temurin:17-jre",
				"./mvnw", "EXPOSE 8080", "HEALTHCHECK", "/actuator/health", "TZ=UTC", "-Duser.timezone=UTC");
		assertThat(dockerfile.lines().filter(line -> line.startsWith("USER "))).containsExactly("USER hocbaso");
		assertThat(Files.readAllLines(Path.of(".dockerignore"))).contains("target", "data", ".git");
	}

	private static Map<String, Object> service(String name) throws IOException {
		return map(map(compose().get("services")).get(name));
	}

	private static Map<String, Object> compose() throws IOException {
		return new Yaml().load(Files.readString(COMPOSE));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		assertThat(value).isInstanceOf(Map.class);
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	private static List<Object> list(Object value) {
		assertThat(value).isInstanceOf(List.class);
		return (List<Object>) value;
	}

}
