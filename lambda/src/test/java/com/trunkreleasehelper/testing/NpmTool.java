package com.trunkreleasehelper.testing;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A tool from npm that scripts/test installs, pinned, under {@code target/<name>} at the repository root
 * (Amazon's apl-suggester, the ASK CLI). With {@code -Dnpm.tools.required=true} (scripts/test on a machine
 * with npm, so CI) a missing tool fails the test; a developer without Node.js sees the test skipped with
 * the reason.
 */
public final class NpmTool {

    static final String REQUIRED = "npm.tools.required";

    private NpmTool() {
    }

    /** The installed package's folder, {@code target/<name>/node_modules/<name>}. */
    public static Path installed(String name) {
        Path home = ProjectFiles.root().resolve("target").resolve(name);
        Path module = home.resolve("node_modules").resolve(name);
        String missing = name + " is not installed at " + module + " (scripts/test installs it with npm)";
        if (Boolean.getBoolean(REQUIRED)) {
            if (!Files.isRegularFile(module.resolve("package.json"))) {
                throw new IllegalStateException(missing);
            }
        } else {
            Assumptions.assumeTrue(Files.isRegularFile(module.resolve("package.json")), missing);
        }
        return module;
    }

    /** {@code target/<name>/node_modules}, for NODE_PATH. */
    public static Path modules(String name) {
        return installed(name).getParent();
    }
}
