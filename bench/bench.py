#!/usr/bin/env python3
"""scripts/bench: cold start as deployed, SnapStart restore, warm turns, memory and package size, in one table.

Cold: a new process per run, alternating the subjects, each answering the launch event and exiting. The skill as
deployed reads the driver's saved step from dynalite over TLS (a CA and server certificate generated for the run;
the JVM trusts a copy of the JDK's cacerts plus that CA) with credentials in the environment as Lambda sets them;
its Node.js peer (ask-sdk-core 2.x, @aws-sdk/client-dynamodb 3.x, bench/node) does the same GetItem. Each gets the
key exchange AWS's servers would choose for it (AWS_GROUPS). The skill with
progress in memory, a bare ASK SDK skill, a JVM hello-world and a Node.js skill without I/O are reference rows.
All JVMs get the template's JAVA_TOOL_OPTIONS. CPU is user+system of the whole process (getrusage of the child).

Restore: the function under AWS's runtime interface client on the SnapStart init path, behind a Runtime API
stand-in, started as the runtime tests start it (RestoreBench through LambdaProcess): the first launch after restore
against the warm launches that follow, same process.

Options to weigh (never judged): --try adds the deployed shape with other JVM options, cold and restored, in the same
alternating run; --appcds adds it with a CDS archive of the JDK classes it loads; --transports adds one signed
GetItem in a new JVM over HttpsURLConnection (the client as it is), a bare SSLSocket and java.net.http; --plain-http
adds the deployed shape against dynalite over plain HTTP, cold and restored, to show what TLS costs.
"""
import argparse
import contextlib
import glob
import json
import os
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGET = os.path.join(ROOT, "target", "bench")
TLS = os.path.join(TARGET, "tls")
NODE = os.path.join(TARGET, "node")
TASK = os.path.join(TARGET, "task")
LAMBDA_TASK_ROOT = "/var/task"
RESTORE = os.path.join(TARGET, "restore")
EVENT = os.path.join(ROOT, "lambda", "events", "launch.json")
TEMPLATE = os.path.join(ROOT, "template.yaml")
EXPECTED = os.path.join(TARGET, "expected-launch.json")
BARE_HANDLER = "bench.BareSkillStreamHandler"
TABLE = "trunk-release-helper-bench"
# As Lambda sets them for a function (made-up values: dynalite checks the signature's form, not the key).
LAMBDA_ENV = {"AWS_REGION": "us-east-1", "AWS_DEFAULT_REGION": "us-east-1",
              "AWS_ACCESS_KEY_ID": "ASIABENCHEXAMPLEKEY0", "AWS_SECRET_ACCESS_KEY": "bench/secret/not/real/0000000000000000",
              "AWS_SESSION_TOKEN": "IQoJb3JpZ2luX2VjEBench//session/token/not/real",
              "AWS_LAMBDA_FUNCTION_NAME": "bench", "AWS_LAMBDA_FUNCTION_VERSION": "1",
              "AWS_LAMBDA_FUNCTION_MEMORY_SIZE": "1024", "AWS_LAMBDA_LOG_FORMAT": "JSON"}
FUNCTION_VARIABLES = ("PROGRESS_TABLE", "PROGRESS_FILE", "DYNAMODB_ENDPOINT", "SKILL_ID")
NODE_RESUMED = "Welcome back"
TARGETS = {"node_ratio": 3.0, "restore_ratio": 4.0, "bare_ratio": 0.8, "warm_p99_ms": 0.5, "package_mb": 8.0,
           "rss_mib": 120.0}

DEPLOYED = "skill, progress in DynamoDB over TLS"
PLAIN_HTTP = "skill, progress in DynamoDB over plain HTTP"
IN_MEMORY = "skill, progress in memory"
BARE = "bare ASK skill (Java, no I/O)"
HELLO = "JVM hello-world"
NODE_PEER = "Node.js peer, GetItem over TLS"
# AWS's servers prefer P-256 among the key shares a client offers (s2n-tls's s2n_ecc_pref_list_20240501, "chosen
# based on AWS server recommendations"): the JDK offers X25519 and P-256 and gets P-256; Node.js offers only X25519
# and keeps it. OpenSSL takes the first share it supports in the client's order, so the Java subjects' stand-in
# offers only these groups and the Node.js peer's keeps Node.js's defaults.
AWS_GROUPS = "P-256:P-384"
NODE_BARE = "Node.js ask-sdk-core, no I/O"
APPCDS = "JDK classes from a CDS archive (option)"


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


def install_node_peer():
    """bench/node into target/bench/node, its pinned packages installed from npm (skipped when the lock is unchanged)."""
    source = os.path.join(ROOT, "bench", "node")
    os.makedirs(NODE, exist_ok=True)
    installed_lock = os.path.join(NODE, "node_modules", ".package-lock.json")
    unchanged = os.path.exists(installed_lock) and open(os.path.join(source, "package-lock.json")).read() == \
        open(os.path.join(NODE, "package-lock.json")).read()
    for name in os.listdir(source):
        shutil.copy(os.path.join(source, name), NODE)
    if not unchanged:
        sh(["npm", "ci", "--prefix", NODE, "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"])


def lay_out_task_folder():
    """The function as Lambda unpacks it in /var/task (sam build's layout): classes at the root, jars in lib/."""
    shutil.rmtree(TASK, ignore_errors=True)
    os.makedirs(TASK)
    classes = os.path.join(ROOT, "lambda", "target", "classes")
    for name in os.listdir(classes):
        os.symlink(os.path.join(classes, name), os.path.join(TASK, name))
    os.symlink(os.path.join(ROOT, "lambda", "target", "lib"), os.path.join(TASK, "lib"))


def template_jvm_options():
    """The template's JAVA_TOOL_OPTIONS, with paths under Lambda's task root pointing into the task folder."""
    return template_value("JAVA_TOOL_OPTIONS").replace(LAMBDA_TASK_ROOT + "/", TASK + "/")


def template_value(key):
    with open(TEMPLATE) as f:
        match = re.search(key + r':\s*"?([^"\n]*)"?', f.read())
    return match.group(1).strip() if match else ""


def java_home():
    settings = subprocess.run(["java", "-XshowSettings:properties", "-version"], capture_output=True, text=True).stderr
    return re.search(r"java\.home = (.*)", settings).group(1).strip()


def tls_material():
    """A root CA, an intermediate and a server certificate for localhost, made for this run; a trust store that is
    a copy of the JDK's cacerts plus the root, so the JVM loads a trust store of realistic size."""
    shutil.rmtree(TLS, ignore_errors=True)
    os.makedirs(TLS)
    path = lambda name: os.path.join(TLS, name)
    ca_ext = "basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n"
    with open(path("ca.ext"), "w") as f:
        f.write(ca_ext)
    with open(path("server.ext"), "w") as f:
        f.write("basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\n"
                "extendedKeyUsage=serverAuth\nsubjectAltName=DNS:localhost,IP:127.0.0.1\n")
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}

    def certificate(name, subject, issuer, extensions):
        sh(["openssl", "req", "-new", "-newkey", "rsa:2048", "-nodes", "-keyout", path(name + ".key"),
            "-out", path(name + ".csr"), "-subj", subject], **quiet)
        signer = ["-signkey", path(name + ".key")] if issuer is None else \
            ["-CA", path(issuer + ".pem"), "-CAkey", path(issuer + ".key"), "-CAcreateserial"]
        sh(["openssl", "x509", "-req", "-in", path(name + ".csr"), "-out", path(name + ".pem"), "-days", "2",
            "-sha256", "-extfile", path(extensions)] + signer, **quiet)

    certificate("root", "/CN=Trunk Release Helper bench root CA", None, "ca.ext")
    certificate("intermediate", "/CN=Trunk Release Helper bench intermediate CA", "root", "ca.ext")
    certificate("server", "/CN=localhost", "intermediate", "server.ext")
    with open(path("chain.pem"), "w") as chain:
        for name in ("server", "intermediate"):
            chain.write(open(path(name + ".pem")).read())
    cacerts = os.path.join(java_home(), "lib", "security", "cacerts")
    shutil.copy(cacerts, path("truststore"))
    trust_bench_root = ["keytool", "-importcert", "-noprompt", "-alias", "trunk-release-helper-bench-root",
                        "-file", path("root.pem"), "-storepass", "changeit", "-keystore"]
    sh(trust_bench_root + [path("truststore")], **quiet)
    # For --try: Amazon's roots (DynamoDB's chains end there) and the bench root only.
    listing = subprocess.run(["keytool", "-list", "-v", "-keystore", cacerts, "-storepass", "changeit"],
                             capture_output=True, text=True).stdout
    for alias in re.findall(r"^Alias name: (.+)$", listing, re.M):
        if "amazon" in alias.lower() or re.search(r"starfield.?services", alias.lower()):
            exported = subprocess.run(["keytool", "-exportcert", "-rfc", "-alias", alias, "-keystore", cacerts,
                                       "-storepass", "changeit"], capture_output=True, text=True, check=True).stdout
            with open(path("amazon.pem"), "w") as f:
                f.write(exported)
            sh(["keytool", "-importcert", "-noprompt", "-alias", alias, "-file", path("amazon.pem"), "-storetype", "JKS",
                "-keystore", path("amazon-roots"), "-storepass", "changeit"], **quiet)
    sh(trust_bench_root + [path("amazon-roots"), "-storetype", "JKS"], **quiet)
    return {"key": path("server.key"), "chain": path("chain.pem"), "root": path("root.pem"),
            "truststore": path("truststore"), "amazon_roots": path("amazon-roots")}


class Dynalite:
    """dynalite on a free port, for the length of the run: over TLS with the run's certificate, offering only the key
    exchange groups given, or over plain HTTP when tls is None."""

    def __init__(self, tls=None, groups=None):
        keys = [tls["key"], tls["chain"]] + ([groups] if groups else []) if tls else []
        self.process = subprocess.Popen(["node", os.path.join(NODE, "dynalite-server.js"), "0"] + keys,
                                        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        line = self.process.stdout.readline()
        match = re.match(r"listening on (\d+)", line)
        if not match:
            self.process.kill()
            raise SystemExit("dynalite did not start: " + line + self.process.stdout.read())
        self.endpoint = ("https://localhost:" if tls else "http://127.0.0.1:") + match.group(1) + "/"

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.process.terminate()
        self.process.wait()


def base_env():
    """The caller's environment without anything the function would read as its own configuration."""
    return {k: v for k, v in os.environ.items() if k not in FUNCTION_VARIABLES and not k.startswith("AWS_")}


def deployed_env(endpoint, **extra):
    """The function's environment as Lambda sets it, its progress in dynalite at endpoint, plus extra variables."""
    return dict(base_env(), **LAMBDA_ENV, PROGRESS_TABLE=TABLE, DYNAMODB_ENDPOINT=endpoint, **extra)


def seed(env, truststore):
    sh(["java", "-Djavax.net.ssl.trustStore=" + truststore, "-cp", test_classpath(),
        "com.trunkreleasehelper.bench.SeedProgress", TEMPLATE, EVENT, EXPECTED], env=env,
       stdout=subprocess.DEVNULL)


def cold_run(cmd, env):
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    err = proc.stderr.read().decode()
    if status != 0:
        raise SystemExit("cold run failed: " + " ".join(cmd) + "\n" + err)
    return usage.ru_utime + usage.ru_stime, wall, usage.ru_maxrss / 1024.0


def cold_start(module, args, *jvm_options):
    return ["java"] + list(jvm_options) + ["-cp", classpath(module), "ColdStart"] + args


TRANSPORTS = {"url-connection": "one GetItem: HttpsURLConnection (the client)",
              "socket": "one GetItem: SSLSocket, HTTP/1.1 by hand",
              "http-client": "one GetItem: java.net.http.HttpClient"}


def compile_transport_runner():
    sh(["javac", "-d", os.path.join(TARGET, "runner"), "-cp", classpath("lambda"), "bench/runner/TransportColdStart.java"])


def cold_subjects(options, tls, endpoint, node_endpoint, plain_endpoint, tries, appcds, transports):
    handler = template_value("Handler").split("::")[0]
    java = dict(base_env(), JAVA_TOOL_OPTIONS=options)
    deployed = deployed_env(endpoint, JAVA_TOOL_OPTIONS=options)
    node = deployed_env(node_endpoint, NODE_EXTRA_CA_CERTS=tls["root"])
    trust = "-Djavax.net.ssl.trustStore=" + tls["truststore"]
    subjects = {DEPLOYED: (cold_start("lambda", [handler, EVENT, EXPECTED], trust), deployed)}
    for name, flags in tries:
        subjects[DEPLOYED + " + " + name] = (cold_start("lambda", [handler, EVENT, EXPECTED], trust, *flags), deployed)
    if appcds:
        subjects[DEPLOYED + " + " + APPCDS] = (cold_start("lambda", [handler, EVENT, EXPECTED], trust,
                                                          "-XX:SharedArchiveFile=" + appcds), deployed)
    for transport, label in (TRANSPORTS.items() if transports else []):
        subjects[label] = (["java", trust, "-cp", classpath("lambda"), "TransportColdStart", transport], deployed)
    if plain_endpoint:
        subjects[PLAIN_HTTP] = (cold_start("lambda", [handler, EVENT, EXPECTED]),
                                deployed_env(plain_endpoint, JAVA_TOOL_OPTIONS=options))
    subjects.update({
        IN_MEMORY: (cold_start("lambda", [handler, EVENT]), java),
        BARE: (cold_start("bench/bare-skill", [BARE_HANDLER, EVENT]), java),
        HELLO: (cold_start("bench/bare-skill", ["--hello"]), java),
        NODE_PEER: (["node", os.path.join(NODE, "cold.js"), os.path.join(NODE, "skill.js"), EVENT, NODE_RESUMED], node),
        NODE_BARE: (["node", os.path.join(NODE, "cold.js"), os.path.join(NODE, "bare.js"), EVENT], base_env()),
    })
    return subjects


def jdk_class_archive(options, tls, endpoint):
    """The option README "Cold start" describes: a static CDS archive of the JDK classes the deployed cold start loads
    (TLS, crypto, HTTP). JDK classes only, because on Lambda the function's own classes come through the runtime
    client's class loader, which a CDS archive of this JVM does not serve. The archive fits only the JVM build that
    made it."""
    folder = os.path.join(TARGET, "cds")
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    loaded, jdk_only, archive = (os.path.join(folder, name) for name in ("loaded.classlist", "jdk.classlist", "jdk.jsa"))
    handler = template_value("Handler").split("::")[0]
    sh(cold_start("lambda", [handler, EVENT, EXPECTED], "-Djavax.net.ssl.trustStore=" + tls["truststore"],
                  "-XX:DumpLoadedClassList=" + loaded),
       env=deployed_env(endpoint, JAVA_TOOL_OPTIONS=options), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(loaded) as source, open(jdk_only, "w") as target:
        target.writelines(line for line in source if re.match(r"(java|javax|jdk|sun|com/sun)/", line))
    sh(["java", "-Xshare:dump", "-XX:SharedClassListFile=" + jdk_only, "-XX:SharedArchiveFile=" + archive],
       env=dict(base_env(), JAVA_TOOL_OPTIONS=options), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return archive


def cold(runs, subjects):
    results = {name: [] for name in subjects}
    for _ in range(runs):
        for name, (cmd, env) in subjects.items():
            results[name].append(cold_run(cmd, env))
    return {name: {"cpu": statistics.median(r[0] for r in rs), "wall": statistics.median(r[1] for r in rs),
                   "rss": max(r[2] for r in rs), "cpus": [r[0] for r in rs]} for name, rs in results.items()}


def restore(runs, warm_launches, tls, variants):
    """Each run a new runtime process per variant (name -> extra JVM options and DynamoDB endpoint), alternating: init
    and priming, restore, the first launch, then the warm ones. The process is the tests' LambdaProcess: Lambda's Java
    command line and environment, the template's variables and JVM options."""
    results = {name: {"first": [], "warm": [], "init": [], "ratios": []} for name in variants}
    for _ in range(runs):
        for name, (flags, endpoint) in variants.items():
            shutil.rmtree(RESTORE, ignore_errors=True)
            jvm_options = ["-Djavax.net.ssl.trustStore=" + tls["truststore"]] + list(flags)
            out = subprocess.run(["java", "-Dproject.root=" + ROOT, "-cp", test_classpath(),
                                  "com.trunkreleasehelper.bench.RestoreBench", RESTORE, EVENT, EXPECTED, str(warm_launches),
                                  TABLE, endpoint, "--"] + jvm_options, env=base_env(), capture_output=True, text=True)
            if out.returncode != 0:
                raise SystemExit("restore run failed (runtime output: " + os.path.join(RESTORE, "output.txt") + "):\n"
                                 + out.stderr)
            result = json.loads(out.stdout.strip().splitlines()[-1])
            results[name]["first"].append(result["first_ms"])
            results[name]["warm"].extend(result["warm_ms"])
            results[name]["init"].append(result["init_ms"])
            results[name]["ratios"].append(result["first_ms"] / statistics.median(result["warm_ms"]))
    return {name: {"first": statistics.median(r["first"]), "warm": statistics.median(r["warm"]),
                   "init": statistics.median(r["init"]), "ratios": r["ratios"],
                   "warm_p90": statistics.quantiles(r["warm"], n=10)[-1] if len(r["warm"]) > 1 else r["warm"][0]}
            for name, r in results.items()}


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


def pair_line(c):
    """How close the deployed cold start is to its target within this run: the ratio of each alternating pair."""
    pairs = sorted(java / node for java, node in zip(c[DEPLOYED]["cpus"], c[NODE_PEER]["cpus"]))
    if len(pairs) < 4:
        return
    low, _, high = statistics.quantiles(pairs, n=4)
    within = sum(ratio <= TARGETS["node_ratio"] for ratio in pairs)
    print(f"\n{DEPLOYED} / {NODE_PEER}, each alternating pair: middle half {low:.2f}-{high:.2f}x, "
          f"within {TARGETS['node_ratio']:.1f}x in {within} of {len(pairs)}")


def restore_line(label, r):
    print(f"{label}: init with priming {r['init']:.0f} ms; first launch after restore {r['first']:.1f} ms, "
          f"warm launches median {r['warm']:.1f} ms (p90 {r['warm_p90']:.1f} ms): {r['first'] / r['warm']:.1f}x "
          f"(per process {min(r['ratios']):.1f}-{max(r['ratios']):.1f}x)")


def report(c, r, p50, p99, heap_mib, size, runs, restore_runs, server_groups):
    node_ratio = c[DEPLOYED]["cpu"] / c[NODE_PEER]["cpu"]
    bare_ratio = c[IN_MEMORY]["cpu"] / c[BARE]["cpu"]
    restore_ratio = r[DEPLOYED]["first"] / r[DEPLOYED]["warm"]
    rss = max(c[DEPLOYED]["rss"], c[IN_MEMORY]["rss"])
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
    print(f"\nTrunk Release Helper benchmark  ({time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores, {java})")
    print(f"JAVA_TOOL_OPTIONS: {template_value('JAVA_TOOL_OPTIONS')}   cold runs per subject: {runs} (median)")
    print(f"key exchange groups offered by the stand-in for DynamoDB: to Java {server_groups}, "
          f"to Node.js its defaults\n")
    width = max(len(name) for name in c) + 2
    print(f"{'cold start (new process -> launch answered)':<{width}}{'CPU s':>7}{'wall s':>8}{'peak RSS MiB':>14}"
          f"{'CPU vs Node.js peer':>21}")
    for name, row in c.items():
        print(f"{name:<{width}}{row['cpu']:>7.3f}{row['wall']:>8.3f}{row['rss']:>14.1f}"
              f"{row['cpu'] / c[NODE_PEER]['cpu']:>20.2f}x")
    pair_line(c)
    print(f"\nskill in memory / bare ASK skill CPU: {bare_ratio:.2f}x   "
          f"TLS + DynamoDB add {c[DEPLOYED]['cpu'] - c[IN_MEMORY]['cpu']:.3f} s CPU to the skill, "
          f"{c[NODE_PEER]['cpu'] - c[NODE_BARE]['cpu']:.3f} s to the Node.js skill")
    print(f"\nSnapStart path (runtime interface client on the SnapStart init path, {restore_runs} processes each)")
    for name, row in r.items():
        restore_line(name, row)
    print()
    print(f"warm turn in memory (JMH, sample mode, same JVM options): median {p50 * 1000:.1f} us, p99 {p99 * 1000:.1f} us")
    print(f"heap in use after warm-up: {heap_mib:.1f} MiB   deployment package (classes + lib): {size:.2f} MB\n")
    print(f"{'target':<46}{'measured':>12}{'met':>6}")
    rows = [("deployed cold CPU <= 3.0x Node.js peer", f"{node_ratio:.2f}x", node_ratio <= TARGETS["node_ratio"]),
            ("first launch after restore <= 4x warm", f"{restore_ratio:.1f}x", restore_ratio <= TARGETS["restore_ratio"]),
            ("cold CPU in memory <= 0.8x bare ASK skill", f"{bare_ratio:.2f}x", bare_ratio <= TARGETS["bare_ratio"]),
            ("warm p99 <= 0.5 ms", f"{p99:.3f} ms", p99 <= TARGETS["warm_p99_ms"]),
            ("deployment package <= 8 MB", f"{size:.2f} MB", size <= TARGETS["package_mb"]),
            ("cold peak RSS <= 120 MiB", f"{rss:.1f} MiB", rss <= TARGETS["rss_mib"])]
    for label, value, ok in rows:
        print(f"{label:<46}{value:>12}{verdict(ok):>6}")
    return all(ok for _, _, ok in rows)


def require_tools():
    missing = [tool for tool in ("java", "mvn", "node", "npm", "openssl", "keytool") if shutil.which(tool) is None]
    if missing:
        raise SystemExit("scripts/bench needs " + ", ".join(missing) + " on the PATH")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=10, help="cold runs per subject (median reported)")
    parser.add_argument("--restore-runs", type=int, default=5, help="runtime processes for the restore figures")
    parser.add_argument("--warm-launches", type=int, default=20, help="warm launches after the first, per process")
    parser.add_argument("--smoke", action="store_true", help="one run of everything, a one-iteration JMH run; not judged")
    parser.add_argument("--no-build", action="store_true", help="reuse the last build")
    parser.add_argument("--try", dest="tries", action="append", default=[], metavar="NAME=JVM-OPTIONS",
                        help="also measure the deployed shape (cold and restore) with these JVM options, e.g. "
                             "'one key share=-Djdk.tls.namedGroups=x25519'; {amazon_roots} is a trust store of Amazon's "
                             "roots and the bench CA; repeatable; not judged")
    parser.add_argument("--transports", action="store_true",
                        help="also measure one signed GetItem in a new JVM over each HTTP transport the JDK offers")
    parser.add_argument("--appcds", action="store_true",
                        help="also measure the deployed cold start with a CDS archive of the JDK classes it loads "
                             "(an option that fits only the JVM build that made it; not judged)")
    parser.add_argument("--plain-http", action="store_true",
                        help="also measure the deployed shape, cold and restored, against dynalite over plain HTTP: "
                             "what TLS costs (a reference; not judged)")
    parser.add_argument("--server-groups", metavar="GROUPS", default=AWS_GROUPS,
                        help="the key exchange groups the Java subjects' stand-in for DynamoDB offers, in OpenSSL's "
                             "form (default: %(default)s, so it takes the JDK's P-256 key share as AWS's servers do); "
                             "'default' for Node.js's own list, which takes the JDK's X25519 share")
    args = parser.parse_args()
    require_tools()
    os.makedirs(TARGET, exist_ok=True)
    if not args.no_build:
        build(quiet=True)
    install_node_peer()
    lay_out_task_folder()
    options = template_jvm_options()
    runs = 1 if args.smoke else args.runs
    restore_runs = 1 if args.smoke else args.restore_runs
    warm_launches = 3 if args.smoke else args.warm_launches
    tls = tls_material()
    tries = [(name, shlex.split(flags.format(**tls))) for name, flags in (t.split("=", 1) for t in args.tries)]
    groups = None if args.server_groups == "default" else args.server_groups
    with Dynalite(tls, groups) as dynalite, Dynalite(tls) as node_dynalite, \
            (Dynalite() if args.plain_http else contextlib.nullcontext()) as plain:
        plain_endpoint = plain.endpoint if plain else None
        for endpoint in (dynalite.endpoint, node_dynalite.endpoint, plain_endpoint):
            if endpoint:
                seed(deployed_env(endpoint, JAVA_TOOL_OPTIONS=options), tls["truststore"])
        appcds = jdk_class_archive(options, tls, dynalite.endpoint) if args.appcds else None
        if args.transports:
            compile_transport_runner()
        c = cold(runs, cold_subjects(options, tls, dynalite.endpoint, node_dynalite.endpoint, plain_endpoint, tries, appcds,
                                     args.transports))
        variants = dict([(DEPLOYED, ([], dynalite.endpoint))]
                        + [(DEPLOYED + " + " + name, (flags, dynalite.endpoint)) for name, flags in tries]
                        + ([(PLAIN_HTTP, ([], plain_endpoint))] if plain_endpoint else []))
        r = restore(restore_runs, warm_launches, tls, variants)
    p50, p99 = warm(args.smoke, options)
    met = report(c, r, p50, p99, heap(), package_mb(), runs, restore_runs, args.server_groups)
    return 0 if met or args.smoke else 1


if __name__ == "__main__":
    sys.exit(main())
