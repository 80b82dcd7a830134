#!/usr/bin/env python3
"""scripts/bench: cold start, warm turns, memory and package size, printed as one table.

Cold: a new JVM per run (handler constructed, the launch event answered, process exits), alternating the
skill, a bare one-sentence ASK SDK skill and a JVM hello-world, all with the template's JAVA_TOOL_OPTIONS.
CPU is user+system of the whole process (getrusage of the child); wall is the elapsed time.
"""
import argparse
import glob
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGET = os.path.join(ROOT, "target", "bench")
EVENT = os.path.join(ROOT, "lambda", "events", "launch.json")
HANDLER = "com.trunkreleasehelper.TrunkReleaseHelperHandler"
BARE_HANDLER = "bench.BareSkillStreamHandler"
TARGETS = {"cold_cpu_ratio": 0.8, "warm_p99_ms": 0.5, "package_mb": 8.0, "rss_mib": 120.0}


def sh(cmd, **kw):
    subprocess.run(cmd, check=True, cwd=ROOT, **kw)


def classpath(module):
    lib = sorted(glob.glob(os.path.join(ROOT, module, "target", "lib", "*.jar")))
    return os.pathsep.join([os.path.join(ROOT, module, "target", "classes")] + lib + [os.path.join(TARGET, "runner")])


def build(quiet):
    q = ["-q"] if quiet else []
    mvn = ["mvn", "-B", "-ntp"] + q
    print("building the function, the bare skill and the runner...", file=sys.stderr)
    sh(mvn + ["-f", "lambda/pom.xml", "test-compile", "jar:jar", "dependency:copy-dependencies",
              "-DincludeScope=runtime", "-DoutputDirectory=target/lib"])
    sh(mvn + ["-f", "lambda/pom.xml", "dependency:build-classpath", "-Dmdep.includeScope=test",
              "-Dmdep.outputFile=" + os.path.join(TARGET, "test-classpath.txt")])
    sh(mvn + ["-f", "bench/bare-skill/pom.xml", "package", "dependency:copy-dependencies",
              "-DincludeScope=runtime", "-DoutputDirectory=target/lib"])
    core = glob.glob(os.path.join(ROOT, "lambda", "target", "lib", "aws-lambda-java-core-*.jar"))[0]
    sh(["javac", "-d", os.path.join(TARGET, "runner"), "-cp", core, "bench/runner/ColdStart.java"])


def java_tool_options():
    with open(os.path.join(ROOT, "template.yaml")) as f:
        match = re.search(r'JAVA_TOOL_OPTIONS:\s*"([^"]*)"', f.read())
    return match.group(1) if match else ""


def cold_run(cp, args, options):
    env = dict(os.environ, JAVA_TOOL_OPTIONS=options)
    start = time.perf_counter()
    proc = subprocess.Popen(["java", "-cp", cp, "ColdStart"] + args, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    err = proc.stderr.read().decode()
    if status != 0:
        raise SystemExit("cold run failed: " + " ".join(args) + "\n" + err)
    return usage.ru_utime + usage.ru_stime, wall, usage.ru_maxrss / 1024.0


def cold(runs, options):
    subjects = {
        "skill": (classpath("lambda"), [HANDLER, EVENT]),
        "bare ASK skill": (classpath("bench/bare-skill"), [BARE_HANDLER, EVENT]),
        "JVM hello-world": (classpath("bench/bare-skill"), ["--hello"]),
    }
    results = {name: [] for name in subjects}
    for _ in range(runs):
        for name, (cp, args) in subjects.items():
            results[name].append(cold_run(cp, args, options))
    return {name: {"cpu": statistics.median(r[0] for r in rs), "wall": statistics.median(r[1] for r in rs),
                   "rss": max(r[2] for r in rs)} for name, rs in results.items()}


def test_classpath():
    with open(os.path.join(TARGET, "test-classpath.txt")) as f:
        deps = f.read().strip()
    lambda_target = os.path.join(ROOT, "lambda", "target")
    return os.pathsep.join([os.path.join(lambda_target, "classes"), os.path.join(lambda_target, "test-classes"), deps])


def warm(smoke, options):
    """JMH in a forked JVM with the template's JAVA_TOOL_OPTIONS, as the function runs on Lambda."""
    result = os.path.join(TARGET, "jmh.json")
    iterations = ["-wi", "1", "-i", "1", "-w", "1s", "-r", "1s"] if smoke else ["-wi", "5", "-i", "5", "-w", "2s", "-r", "3s"]
    with open(os.path.join(TARGET, "jmh.log"), "w") as log:
        subprocess.run(["java", "-cp", test_classpath(), "org.openjdk.jmh.Main", "TurnBenchmark", "-f", "1",
                        "-bm", "sample", "-tu", "us", "-rf", "json", "-rff", result, "-jvmArgsAppend", options] + iterations,
                       check=True, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    with open(result) as f:
        percentiles = json.load(f)[0]["primaryMetric"]["scorePercentiles"]
    return percentiles["50.0"] / 1000.0, percentiles["99.0"] / 1000.0


def heap():
    out = subprocess.run(["java", "-cp", test_classpath(), "com.trunkreleasehelper.bench.HeapAfterWarmup"],
                         check=True, cwd=ROOT, capture_output=True, text=True).stdout
    return float(out.strip().splitlines()[-1])


def package_mb():
    total = 0
    for base in [os.path.join(ROOT, "lambda", "target", "classes"), os.path.join(ROOT, "lambda", "target", "lib")]:
        for dirpath, _, files in os.walk(base):
            total += sum(os.path.getsize(os.path.join(dirpath, f)) for f in files)
    return total / (1024.0 * 1024.0)


def verdict(ok):
    return "yes" if ok else "NO"


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=10, help="cold runs per subject (median reported)")
    parser.add_argument("--smoke", action="store_true", help="one cold run and a one-iteration JMH run")
    parser.add_argument("--no-build", action="store_true", help="reuse the last build")
    args = parser.parse_args()
    os.makedirs(TARGET, exist_ok=True)
    if not args.no_build:
        build(quiet=True)
    options = java_tool_options()
    runs = 1 if args.smoke else args.runs
    c = cold(runs, options)
    p50, p99 = warm(args.smoke, options)
    heap_mib = heap()
    size = package_mb()
    skill, bare, hello = c["skill"], c["bare ASK skill"], c["JVM hello-world"]
    ratio = skill["cpu"] / bare["cpu"]

    print(f"\nTrunk Release Helper benchmark  ({time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores, "
          f"{subprocess.run(['java', '-version'], capture_output=True, text=True).stderr.splitlines()[0]})")
    print(f"JAVA_TOOL_OPTIONS: {options}   cold runs per subject: {runs} (median)\n")
    print(f"{'cold start':<22}{'CPU s':>8}{'wall s':>8}{'peak RSS MiB':>14}")
    for name in ["skill", "bare ASK skill", "JVM hello-world"]:
        print(f"{name:<22}{c[name]['cpu']:>8.3f}{c[name]['wall']:>8.3f}{c[name]['rss']:>14.1f}")
    print(f"\nskill / bare ASK skill CPU: {ratio:.2f}x   skill / hello-world CPU: {skill['cpu'] / hello['cpu']:.1f}x")
    print(f"warm turn (JMH, sample mode, same JVM options): median {p50 * 1000:.1f} us, p99 {p99 * 1000:.1f} us")
    print(f"heap in use after warm-up: {heap_mib:.1f} MiB   deployment package (classes + lib): {size:.2f} MB\n")
    print(f"{'target':<36}{'measured':>12}{'met':>6}")
    rows = [("cold CPU <= 0.8x bare ASK skill", f"{ratio:.2f}x", ratio <= TARGETS["cold_cpu_ratio"]),
            ("warm p99 <= 0.5 ms", f"{p99:.3f} ms", p99 <= TARGETS["warm_p99_ms"]),
            ("deployment package <= 8 MB", f"{size:.2f} MB", size <= TARGETS["package_mb"]),
            ("cold peak RSS <= 120 MiB", f"{skill['rss']:.1f} MiB", skill["rss"] <= TARGETS["rss_mib"])]
    for label, value, ok in rows:
        print(f"{label:<36}{value:>12}{verdict(ok):>6}")
    return 0 if all(ok for _, _, ok in rows) or args.smoke else 1


if __name__ == "__main__":
    sys.exit(main())
