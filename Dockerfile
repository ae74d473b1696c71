# syntax=docker/dockerfile:1
# The application image: built with the project's Maven wrapper, run on a JRE as an unprivileged user.
# Tests are not run here; `./mvnw verify` (and CI, .ci/run) runs them.

FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
COPY . .
RUN --mount=type=cache,target=/root/.m2 \
	./mvnw -B -ntp -DskipTests package \
	&& cp target/hocbaso-*.jar application.jar \
	&& java -Djarmode=tools -jar application.jar extract --layers --destination extracted

FROM eclipse-temurin:17-jre
RUN apt-get update \
	&& apt-get install -y --no-install-recommends curl \
	&& rm -rf /var/lib/apt/lists/* \
	&& groupadd --system hocbaso \
	&& useradd --system --gid hocbaso --home-dir /application --shell /usr/sbin/nologin hocbaso \
	&& mkdir -p /application /data \
	&& chown hocbaso:hocbaso /data
WORKDIR /application
# Layers from the least to the most often changed, so that a code change rebuilds only the last one.
COPY --from=build /build/extracted/dependencies/ ./
COPY --from=build /build/extracted/spring-boot-loader/ ./
COPY --from=build /build/extracted/snapshot-dependencies/ ./
COPY --from=build /build/extracted/application/ ./
USER hocbaso
# DB_URL, DB_USER and DB_PASSWORD choose the database; without DB_URL an embedded PostgreSQL keeps its
# data under DATA_DIR, which is /data here (mount a volume there).
ENV TZ=UTC \
	DATA_DIR=/data \
	PORT=8080
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=5 \
	CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-Duser.timezone=UTC", "-Dfile.encoding=UTF-8", "-XX:MaxRAMPercentage=75", \
	"-jar", "application.jar"]
