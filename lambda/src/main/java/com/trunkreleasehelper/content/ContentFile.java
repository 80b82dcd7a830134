package com.trunkreleasehelper.content;

import com.trunkreleasehelper.json.Json;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/** One content file being read: its name goes into every error, so a broken file says where it broke. */
final class ContentFile {

    private final String source;
    private final Map<String, Object> root;

    private ContentFile(String source, Map<String, Object> root) {
        this.source = source;
        this.root = root;
    }

    static ContentFile read(String source, InputStream in) {
        Object root;
        try {
            root = Json.parse(in);
        } catch (IOException e) {
            throw new InvalidGuideException(source + ": not valid JSON (" + e.getMessage() + ")", e);
        }
        Map<String, Object> object = Json.object(root);
        if (object == null) {
            throw new InvalidGuideException(source + ": the file must hold one JSON object");
        }
        return new ContentFile(source, object);
    }

    static ContentFile resource(String name) {
        try (InputStream in = ContentFile.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new InvalidGuideException(name + ": no such content resource");
            }
            return read(name, in);
        } catch (IOException e) {
            throw new InvalidGuideException(name + ": cannot be read", e);
        }
    }

    Map<String, Object> root() {
        return root;
    }

    Map<String, Object> object(Map<String, Object> parent, String field, String where) {
        Map<String, Object> value = Json.object(parent, field);
        if (value == null) {
            throw fail(where + ": \"" + field + "\" must be an object");
        }
        return value;
    }

    List<Object> list(Map<String, Object> parent, String field, String where) {
        List<Object> value = Json.list(parent, field);
        if (value == null || value.isEmpty()) {
            throw fail(where + ": \"" + field + "\" must be a non-empty list");
        }
        return value;
    }

    String text(Map<String, Object> parent, String field, String where) {
        String value = optionalText(parent, field, where);
        if (value == null) {
            throw fail(where + ": \"" + field + "\" is missing");
        }
        return value;
    }

    String optionalText(Map<String, Object> parent, String field, String where) {
        Object value = parent == null ? null : parent.get(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text) || text.isBlank()) {
            throw fail(where + ": \"" + field + "\" must be non-empty text");
        }
        return text;
    }

    InvalidGuideException fail(String message) {
        return new InvalidGuideException(source + ": " + message);
    }
}
