# Shared by the benchmark scripts: build, compile the load generators, start and stop a service.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-8099}
BASE="http://localhost:$PORT"
CP='target/quarkus-app/app/*:target/quarkus-app/lib/main/*'

# Builds when there is no build yet, when a source is newer than it, or when it is for the other database
# (BUILD_PROFILE=-Ppostgresql); MAVEN_ARGS adds to the build command (say, -Psystem-node).
built_for() {
  if ls target/quarkus-app/lib/main 2>/dev/null | grep -q 'quarkus-jdbc-postgresql'; then echo postgresql; else echo sqlite; fi
}
wanted=sqlite
[ "${BUILD_PROFILE:-}" = -Ppostgresql ] && wanted=postgresql
if [ ! -f target/quarkus-app/quarkus-run.jar ] || [ "$(built_for)" != "$wanted" ] ||
  [ -n "$(find src pom.xml frontend/src -newer target/quarkus-app/quarkus-run.jar -print -quit)" ]; then
  # shellcheck disable=SC2086
  ./mvnw -q package -DskipTests ${BUILD_PROFILE:-} ${MAVEN_ARGS:-}
fi
mkdir -p target/bench
javac -d target/bench -cp "$CP" bench/*.java
DATA=$(mktemp -d)
LOG="$DATA/service.log"
SERVICE=

start() {
  # the load generator is one client address holding thousands of connections
  LEDGER_DATA_DIR="$DATA" QUARKUS_HTTP_PORT=$PORT LEDGER_AUTH_BCRYPT_COST=4 \
    LEDGER_REGISTRATION_PER_ADDRESS_PER_HOUR=1000000 \
    LEDGER_HTTP_MAX_CONNECTIONS_PER_ADDRESS=1000000 \
    ${LAUNCH:-java ${JAVA_OPTS:-} -jar target/quarkus-app/quarkus-run.jar} >>"$LOG" 2>&1 &
  SERVICE=$!
  for _ in $(seq 1 1200); do
    curl -sf "$BASE/q/health/ready" >/dev/null 2>&1 && return 0
    sleep 0.05
  done
  echo "service did not start; see $LOG" >&2
  exit 1
}
stop() {
  [ -n "$SERVICE" ] && kill "$SERVICE" 2>/dev/null && wait "$SERVICE" 2>/dev/null || true
  SERVICE=
}
trap 'stop; rm -rf "$DATA"' EXIT
# Writes the wrk script of a deposit of 1.00, with the token of $TOKEN, to the file named.
deposit_script() {
  cat >"$1" <<'LUA'
wrk.method = "POST"
wrk.body = '{"amount":"1.00","description":"wrk"}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
function response(status, headers, body)
  if status ~= 201 then io.stderr:write("deposit answered " .. status .. "\n") end
end
LUA
}
bench() {
  java -cp "target/bench:$CP" "$@"
}
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
