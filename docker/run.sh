#!/bin/sh
# Starts Ledger as in production: the JVM options in java-options (next to this script) and an archive of the
# classes Ledger loads at start and while it serves, already parsed and verified, made by a training run:
#   - Java 17 to 24: a class data sharing archive (AppCDS, -XX:ArchiveClassesAtExit / -XX:SharedArchiveFile);
#   - Java 25 and later: an ahead-of-time cache (JEP 483, 514, 515), which also holds the profiles of the hot
#     methods, so that they are compiled sooner after the start.
#
#   docker/run.sh          start; the archive is made first when it is missing or older than the build or the
#                          Java runtime changed (a training run of about half a minute on a scratch data
#                          directory; the container image makes it at build time)
#   docker/run.sh train    make the archive only
#
#   LEDGER_CDS=off         start without the archive (and never train)
#   LEDGER_CDS_ARCHIVE     where the archive is kept (default: ledger.jsa, on Java 25+ ledger.aot, next to
#                          quarkus-run.jar)
#   LEDGER_TRAINING_PORT   the local port the training run listens on (default 18080)
#   JAVA_OPTS_APPEND       further JVM options, after those of java-options
# Uses the Java of JAVA_HOME, else the one on PATH. Run from anywhere: the application is the directory of this
# script when it holds quarkus-run.jar (the container image), else target/quarkus-app of the repository.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
if [ -f "$here/quarkus-run.jar" ]; then app=$here; else app=$(cd "$here/../target/quarkus-app" && pwd); fi
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
options=$(cat "$here/java-options")
# glibc gives every thread that allocates its own malloc arena; two are plenty on a small server and keep
# resident memory down (the SQLite driver and the JIT compilers allocate natively)
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"

feature=$("$java" -version 2>&1 | sed -n '1s/^[^"]*"\([0-9][0-9]*\).*/\1/p')
# the native heap trim came with Java 17.0.9: an older runtime would refuse to start with it
if ! "$java" -XX:TrimNativeHeapInterval=5000 -version >/dev/null 2>&1; then
  options=$(printf '%s\n' "$options" | sed 's/-XX:TrimNativeHeapInterval=[0-9]*//')
fi
if [ "${feature:-0}" -ge 25 ]; then
  archive=${LEDGER_CDS_ARCHIVE:-$app/ledger.aot}
  # compact object headers (JEP 519) take 4 bytes off most objects; the cache must be made with them too
  java_options="-XX:+UseCompactObjectHeaders --enable-native-access=ALL-UNNAMED"
  make_archive="-XX:AOTCacheOutput=$archive"
  # Java 25 warns at every start that a few adapter stubs in the cache do not match, which is harmless
  use_archive="-XX:AOTCache=$archive -Xlog:aot*=error"
else
  archive=${LEDGER_CDS_ARCHIVE:-$app/ledger.jsa}
  java_options=
  make_archive="-XX:ArchiveClassesAtExit=$archive"
  use_archive="-XX:SharedArchiveFile=$archive"
fi

case "$archive" in /*) ;; *) archive="$PWD/$archive" ;; esac

# The archive is usable when it was made after every file of the application and by this very runtime (the JVM
# would otherwise refuse it at every start, with a warning, and run without).
archive_is_current() {
  [ -f "$archive" ] && [ -f "$archive.java" ] || return 1
  [ "$("$java" -version 2>&1)" = "$(cat "$archive.java")" ] || return 1
  for file in "$app/quarkus-run.jar" "$here/java-options" "$app"/app/* "$app"/lib/*/* "$app"/quarkus/*; do
    if [ "$file" -nt "$archive" ]; then return 1; fi
  done
}

is_postgresql_build() {
  for jar in "$app"/lib/*/*quarkus-jdbc-postgresql*; do
    [ -f "$jar" ] && return 0
  done
  return 1
}

train() {
  if is_postgresql_build; then
    echo "run.sh: the PostgreSQL build needs its database to run, so it is not trained; starting without a class archive" >&2
    return 0
  fi
  port=${LEDGER_TRAINING_PORT:-18080}
  scratch=$(mktemp -d)
  echo "run.sh: making the class archive $archive (a training run on a scratch data directory)" >&2
  rm -f "$archive" "$archive.java"
  # with the defaults only: no configuration of the real service (its database, a closed registration) may reach
  # the training run, which also starts in the scratch directory so that no ./config or .env there applies
  # shellcheck disable=SC2086
  (cd "$scratch" && exec env -i PATH="$PATH" MALLOC_ARENA_MAX="$MALLOC_ARENA_MAX" LEDGER_DATA_DIR="$scratch/data" \
    QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$port" LEDGER_AUTH_BCRYPT_COST=4 \
    "$java" $options $java_options $make_archive -jar "$app/quarkus-run.jar") >"$scratch/training.log" 2>&1 &
  trainee=$!
  if ! "$here/train-workload.sh" "http://127.0.0.1:$port"; then
    kill "$trainee" 2>/dev/null || true
    wait "$trainee" 2>/dev/null || true
    rm -f "$archive"
    echo "run.sh: the training run failed, starting without a class archive; its log:" >&2
    tail -n 20 "$scratch/training.log" >&2
    rm -rf "$scratch"
    return 0
  fi
  # the archive is written when the trained JVM exits
  kill -TERM "$trainee"
  wait "$trainee" || true
  rm -rf "$scratch"
  if [ -f "$archive" ]; then
    "$java" -version >"$archive.java" 2>&1
  else
    echo "run.sh: the training run wrote no class archive, starting without it" >&2
  fi
}

if [ "${LEDGER_CDS:-on}" = off ]; then
  [ "${1:-}" = train ] && { echo "run.sh: LEDGER_CDS is off, no class archive is made" >&2; exit 0; }
  use_archive=
else
  if [ "${1:-}" = train ] || ! archive_is_current; then
    train
  fi
  [ "${1:-}" = train ] && exit 0
  [ -f "$archive" ] || use_archive=
fi
# shellcheck disable=SC2086
exec "$java" $options $java_options $use_archive ${JAVA_OPTS_APPEND:-} -jar "$app/quarkus-run.jar" "$@"
