package com.trunkreleasehelper.testing;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.Set;

/** Parses SSML as Alexa does: well-formed XML, a {@code speak} root, and only Alexa's tags. */
public final class Ssml {

    public static final Set<String> ALEXA_TAGS = Set.of("speak", "p", "s", "break", "emphasis", "prosody",
            "say-as", "phoneme", "sub", "w", "lang", "voice", "audio", "amazon:domain", "amazon:effect",
            "amazon:emotion");

    private Ssml() {
    }

    /** The parsed document; throws AssertionError naming the problem when Alexa would reject it. */
    public static Document parse(String ssml) {
        Document doc;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(ssml)));
        } catch (Exception e) {
            throw new AssertionError("SSML is not well-formed XML: " + e.getMessage() + "\n" + ssml, e);
        }
        if (!"speak".equals(doc.getDocumentElement().getTagName())) {
            throw new AssertionError("SSML root is not <speak>: " + ssml);
        }
        NodeList all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            String tag = ((Element) all.item(i)).getTagName();
            if (!ALEXA_TAGS.contains(tag)) {
                throw new AssertionError("SSML uses <" + tag + ">, which Alexa does not support: " + ssml);
            }
        }
        return doc;
    }

    public static String text(String ssml) {
        return parse(ssml).getDocumentElement().getTextContent();
    }
}
