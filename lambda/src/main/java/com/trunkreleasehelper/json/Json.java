package com.trunkreleasehelper.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON as plain maps, lists, strings, numbers and booleans, on Jackson's streaming parser and generator
 * only. Jackson's ObjectMapper loads about 700 classes when created, close to half of this function's cold
 * start; nothing here needs data binding. Nesting depth and sizes are bounded by Jackson's stream
 * constraints, so hostile input fails as an {@link IOException}.
 */
public final class Json {

    private static final JsonFactory FACTORY = new JsonFactory();

    private Json() {
    }

    public static JsonFactory factory() {
        return FACTORY;
    }

    /** The value of a JSON document: a Map, List, String, Long/BigInteger, Double, Boolean, or null. */
    public static Object parse(byte[] json) throws IOException {
        try (JsonParser parser = FACTORY.createParser(json)) {
            return document(parser);
        }
    }

    public static Object parse(InputStream json) throws IOException {
        try (JsonParser parser = FACTORY.createParser(json)) {
            return document(parser);
        }
    }

    private static Object document(JsonParser parser) throws IOException {
        if (parser.nextToken() == null) {
            throw new JsonParseException(parser, "no JSON value");
        }
        Object value = value(parser);
        if (parser.nextToken() != null) {
            throw new JsonParseException(parser, "content after the JSON value");
        }
        return value;
    }

    private static Object value(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                Map<String, Object> object = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    object.put(name, value(parser));
                }
                return object;
            }
            case START_ARRAY: {
                List<Object> array = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(parser));
                }
                return array;
            }
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
                return parser.getNumberValue();
            case VALUE_NUMBER_FLOAT:
                return parser.getDoubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new JsonParseException(parser, "unexpected " + token);
        }
    }

    /** Writes maps, lists, strings, numbers, booleans and null; anything else as its string. */
    public static void write(JsonGenerator out, Object value) throws IOException {
        if (value == null) {
            out.writeNull();
        } else if (value instanceof Map<?, ?> map) {
            out.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.writeFieldName(String.valueOf(e.getKey()));
                write(out, e.getValue());
            }
            out.writeEndObject();
        } else if (value instanceof Iterable<?> list) {
            out.writeStartArray();
            for (Object item : list) {
                write(out, item);
            }
            out.writeEndArray();
        } else if (value instanceof String text) {
            out.writeString(text);
        } else if (value instanceof Number number) {
            out.writeNumber(number.toString());
        } else if (value instanceof Boolean bool) {
            out.writeBoolean(bool);
        } else {
            out.writeString(value.toString());
        }
    }

    public static void write(OutputStream out, Object value) throws IOException {
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            write(generator, value);
        }
    }

    public static byte[] bytes(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(out, value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON to memory", e);
        }
        return out.toByteArray();
    }

    /** {@code value} as a JSON object, or null when it is anything else. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(Object value) {
        return value instanceof Map<?, ?> ? (Map<String, Object>) value : null;
    }

    public static Map<String, Object> object(Map<String, Object> parent, String field) {
        return parent == null ? null : object(parent.get(field));
    }

    /** The field as a list, or null when absent or not a list. */
    @SuppressWarnings("unchecked")
    public static List<Object> list(Map<String, Object> parent, String field) {
        Object value = parent == null ? null : parent.get(field);
        return value instanceof List<?> ? (List<Object>) value : null;
    }

    /** The field as text, or null when absent or not a string. */
    public static String text(Map<String, Object> parent, String field) {
        Object value = parent == null ? null : parent.get(field);
        return value instanceof String s ? s : null;
    }

    /** Follows a path of object fields; null as soon as one is missing or not an object. */
    public static Map<String, Object> path(Map<String, Object> root, String... fields) {
        Map<String, Object> at = root;
        for (String field : fields) {
            at = object(at, field);
        }
        return at;
    }
}
