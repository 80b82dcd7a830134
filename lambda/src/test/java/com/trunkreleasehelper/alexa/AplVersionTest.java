package com.trunkreleasehelper.alexa;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** APL versions compare as numbers, the way the runtime's maxVersion and a document's version are meant. */
class AplVersionTest {

    @ParameterizedTest(name = "{0} renders {1}: {2}")
    @CsvSource({"2023.3, 1.1, true", "1.7, 1.1, true", "1.1, 1.1, true", "1.0, 1.1, false",
            "1.10, 1.9, true", "1.9, 1.10, false", "2022.1, 1.9, true", "1.9, 2022.1, false"})
    void aRuntimeRendersDocumentsUpToItsOwnVersion(String runtime, String document, boolean renders) {
        assertThat(AplVersion.parse(runtime).renders(AplVersion.parse(document))).isEqualTo(renders);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "latest", "2023", "1.x", "1.7.1", "-1.0"})
    void textThatIsNoVersionSaysNothing(String text) {
        assertThat(AplVersion.parse(text)).isNull();
    }

    @Test
    void anAbsentVersionSaysNothing() {
        assertThat(AplVersion.parse(null)).isNull();
    }
}
