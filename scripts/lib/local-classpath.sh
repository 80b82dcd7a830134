# Sourced by the local tools. Sets LOCAL_CP: the function's classes, the local tooling (test classes)
# and their dependencies, rebuilding with Maven only when a source or the pom changed since the last build.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
module="$root/lambda"
cp_file="$module/target/local-classpath.txt"
stamp="$module/target/local-classpath.stamp"

if [ ! -f "$stamp" ] || [ ! -f "$cp_file" ] \
   || [ -n "$(find "$module/src" "$module/pom.xml" -newer "$stamp" -print -quit 2>/dev/null)" ]; then
  echo "Building the function and local tools (once per change)..." >&2
  if ! mvn -q -B -Dstyle.color=never -f "$module/pom.xml" test-compile dependency:build-classpath \
        -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >&2; then
    echo "error: the Maven build failed (see above)" >&2
    exit 1
  fi
  touch "$stamp"
fi
LOCAL_CP="$module/target/classes:$module/target/test-classes:$(cat "$cp_file")"
export LOCAL_CP
